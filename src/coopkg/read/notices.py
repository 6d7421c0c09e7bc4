"""The read stage: one input file in, one :class:`coopkg.records.Notice` out.

:func:`read_notice` picks a reader by file kind (:data:`READERS`: plain text, Markdown,
HTML, PDF), decodes the bytes (BOMs, BOM-less UTF-16, strict UTF-8, then
charset-normalizer's candidates arbitrated by a plausibility score, then cp1252/latin-1),
renders the document as plain text with one structural block per line, and normalises it
with :func:`coopkg.read.normalise.normalise_text`. Every offset in the Notice is into that
final text.

This module must not extract facts (no dates, money or partners), must not touch the
network, and raises only :class:`coopkg.errors.InputError` for bad input.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopkg.errors import InputError
from coopkg.read.normalise import normalise_text, text_blocks
from coopkg.records import Notice

# --------------------------------------------------------------------------- kinds

#: File suffix -> (reader kind, media type).
EXTENSIONS: dict[str, tuple[str, str]] = {
    ".txt": ("text", "text/plain"),
    ".text": ("text", "text/plain"),
    ".md": ("markdown", "text/markdown"),
    ".markdown": ("markdown", "text/markdown"),
    ".html": ("html", "text/html"),
    ".htm": ("html", "text/html"),
    ".xhtml": ("html", "application/xhtml+xml"),
    ".pdf": ("pdf", "application/pdf"),
}

#: Media type -> reader kind (for :func:`notice_from_text`).
MEDIA_KINDS = {media: kind for kind, media in EXTENSIONS.values()}

#: Magic numbers of binary formats we are likely to be handed by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip archive or office document"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
)

_SUPPORTED = ", ".join(EXTENSIONS)

#: Largest input read, by reader kind (bytes). A notice is a web page or a short
#: document (real ones hold 5-200 kB of text); anything bigger is refused with a one-line
#: reason instead of tying up a build (extraction takes about 16 s of CPU per MB of text,
#: so a 28 MB text file would take many minutes). Stated in the README.
MAX_BYTES: dict[str, int] = {
    "text": 1_000_000,
    "markdown": 1_000_000,
    "html": 5_000_000,
    "pdf": 50_000_000,
}
#: Most characters of text a notice may hold once read (an HTML page or a PDF under its
#: byte limit can still unfold into more text than any notice has).
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader produced: plain text before normalisation, and how it was decoded."""

    text: str
    encoding: str
    html_title: str | None = None
    #: The file's text as decoded, before rendering (what provenance offsets index).
    file_text: str = ""


#: A reader turns a file's bytes (and its name, for messages) into a RawDocument.
Reader = Callable[[bytes, str], RawDocument]


# ----------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: Single-byte code pages worth trying for European text (charset-normalizer proposes
#: others, e.g. Mac or DOS pages, whose guesses on short texts are mostly noise).
_SINGLE_BYTE = (
    "cp1252", "cp1250", "cp1257", "cp1251", "cp1253", "iso8859_2", "iso8859_15",
    "iso8859_13", "iso8859_7", "iso8859_5", "latin_1",
)  # fmt: skip

_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_C0_C1 = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Latin-1 symbols that never sit inside a word but do when Central-European letters
# were decoded with the wrong code page ("wspó³praca" for "współpraca").
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[¡£¤¥¦§¨©ª¬®¯°±²³´¶¸¹º¼½¾¿](?=[^\W\d_])")
_WORDS = re.compile(r"[^\W\d_]+")


class _DecodeError(Exception):
    """Internal: bytes are not text; read_notice turns it into an InputError."""


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NUL bytes sit on one side of most byte pairs."""
    sample = data[: 4096 - 4096 % 2] if len(data) >= 2 else b""
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    # ASCII-heavy text in UTF-16 has a NUL in (nearly) every pair, always on one side.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _binary_kind(data: bytes) -> str | None:
    """A name for the binary format of ``data``, or None when it may be text."""
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if b"\x00" in sample:
        return "contains NUL bytes"
    if len(_CONTROL_BYTES.findall(sample)) > max(2, len(sample) // 50):
        return "control characters"
    return None


def _letter_alphabets() -> dict[str, frozenset[str]]:
    from coopkg.read.language import LETTERS

    return {code: frozenset(letters) for code, letters in LETTERS.items()}


def implausibility(text: str) -> int:
    """How much ``text`` looks like bytes decoded with the wrong code page (0 = clean).

    Counts control characters, symbols stuck inside words, words mixing scripts or
    letters no single EU language writes together, and letters the text's own language
    does not write.

    >>> implausibility("Wrocław i współpraca")
    0
    >>> implausibility("Wroc³aw i wspó³praca") > 0
    True
    """
    from coopkg.read.language import detect_language

    score = 3 * len(_C0_C1.findall(text)) + 2 * len(_SYMBOL_IN_WORD.findall(text))
    alphabets = _letter_alphabets()
    for word in set(_WORDS.findall(text)):
        special = {c for c in word.casefold() if not c.isascii()}
        if special and not any(special <= letters for letters in alphabets.values()):
            score += 2
    language = detect_language(text[:20000])
    if language is not None and language != "en":
        own = alphabets[language]
        score += sum(1 for c in text.casefold() if not c.isascii() and c.isalpha() and c not in own)
    return score


def _charset_candidates(data: bytes) -> list[str]:
    """Single-byte encodings charset-normalizer finds least chaotic, best first."""
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    try:
        matches = list(charset_normalizer.from_bytes(data[:65536]))
    except Exception:  # a heuristic library must not break reading
        return []
    if not matches:
        return []
    best_chaos = min(m.chaos for m in matches)
    ranked = sorted((m for m in matches if m.chaos <= best_chaos), key=lambda m: -m.coherence)
    return [m.encoding for m in ranked if m.encoding in _SINGLE_BYTE]


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """Decode with the most plausible single-byte code page; cp1252 wins ties."""
    candidates = list(dict.fromkeys(["cp1252", *_charset_candidates(data)]))
    decoded: list[tuple[int, int, str, str]] = []
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        decoded.append((implausibility(text), rank, encoding, text))
    if not decoded:
        text, encoding = data.decode("latin_1"), "latin_1"  # latin-1 decodes every byte string
    else:
        _, _, encoding, text = min(decoded)
    if _wordless(text):
        raise _DecodeError("binary file (no words in any text encoding), not a supported document")
    return text, encoding


def _wordless(text: str) -> bool:
    """True for long "text" with (almost) no spaces: random or compressed bytes.

    Natural language has a space or line break every few words; bytes that only decode
    because every single-byte code page decodes everything do not.

    >>> _wordless("Lead partner: ecoplus. " * 10), _wordless("\u00e4\u00f8\u00df\u00a7" * 40)
    (False, True)
    """
    sample = text[:8192]
    if len(sample) < 64:
        return False
    spaces = sum(1 for c in sample if c.isspace())
    return spaces * 40 < len(sample)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML head declares (meta charset, http-equiv, XML prolog)."""
    head = data[:4096].decode("ascii", errors="ignore")
    match = re.search(r"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", head, re.I)
    return match.group(1).lower() if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) for ``data``; raises an internal error when it is not text.

    Order: BOM; BOM-less UTF-16; strict UTF-8; a declared charset; the most plausible
    single-byte code page among cp1252 and charset-normalizer's candidates; latin-1.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _DecodeError(f"undecodable: invalid {encoding} after its BOM") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: let the binary check judge
    kind = _binary_kind(data)
    if kind is not None:
        raise _DecodeError(f"binary file ({kind}), not a supported document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared.replace("-", "").replace("_", "") not in {"utf8", "utf16"}:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_single_byte(data)


# ------------------------------------------------------------------ rendering rows


def render_row(cells: list[str], pairs: bool = True) -> str:
    """One table row as a line: "label: value" for two cells, else cells joined by " | ".

    ``pairs=False`` (tables with a header row) always joins with " | ", since there the
    first column is a value, not a label.

    >>> render_row(["Total budget", "709 596,05 €"])
    'Total budget: 709 596,05 €'
    >>> render_row(["AT", "ecoplus", "Lead partner"])
    'AT | ecoplus | Lead partner'
    """
    cells = [c.strip() for c in cells]
    if len(cells) == 2 and pairs:
        label, value = cells
        if not label or not value:
            return label or value
        return f"{label} {value}" if label.endswith(":") else f"{label}: {value}"
    if not any(cells):
        return ""
    return " | ".join(cells)


# ----------------------------------------------------------------------- plain text


def read_text(data: bytes, source: str) -> RawDocument:
    """A plain-text file: decoded, words split at a line end rejoined, otherwise as is.

    Text copied out of a PDF fact sheet keeps the sheet's hyphenated line wraps
    ("Wasser-\nwirtschaft"); they are undone as for a PDF read here.
    """
    text, encoding = _decode_or_fail(data, source)
    return RawDocument(dehyphenate(text), encoding, file_text=text)


def _decode_or_fail(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    try:
        return decode_bytes(data, declared)
    except _DecodeError as exc:
        raise InputError(source, str(exc)) from None


# ------------------------------------------------------------------------- markdown

_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_MD_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<br\s*/?>", re.I), "\n"),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"<((?:https?://|mailto:)[^>\s]+)>"), r"\1"),
    (re.compile(r"""\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)"""), r"\1 (\2)"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
)
_LINK_SELF = re.compile(r"(\S+) \(\1\)")


def _markdown_inline(text: str) -> str:
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return _LINK_SELF.sub(r"\1", text)  # "[url](url)" says the URL once


def _markdown_cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [_markdown_inline(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", line)]


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: markup stripped, one block per line, blank lines kept.

    Extra blank lines are left for :func:`coopkg.read.normalise.normalise_text` to tidy.

    >>> markdown_to_text("# Title\\n\\n* **Lead**: [ecoplus](https://ecoplus.at)\\n")
    '\\nTitle\\n\\n\\n• Lead: ecoplus (https://ecoplus.at)\\n'
    """
    lines = markdown.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    in_code = False
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _MD_FENCE.match(line):
            in_code = not in_code
            out.append("")
            continue
        if in_code:
            out.append(line)
        elif _MD_TABLE_SEP.match(line) and "-" in line and ("|" in line or not out):
            continue
        elif _MD_SETEXT.match(line) and out and out[-1].strip():
            out.append("")  # underline of the heading above: end that block
        elif _MD_RULE.match(line) or _MD_REF_DEF.match(line):
            out.append("")
        elif heading := _MD_HEADING.match(line):
            out.extend(["", _markdown_inline(heading.group(1)), ""])
        elif "|" in line and (line.strip().startswith("|") or _MD_TABLE_SEP.match(following)):
            out.append(render_row(_markdown_cells(line)))
        else:
            line = _MD_QUOTE.sub("", line)
            item = _MD_ITEM.match(line)
            out.append("• " + _markdown_inline(item.group(1)) if item else _markdown_inline(line))
    return "\n".join(out)


def read_markdown(data: bytes, source: str) -> RawDocument:
    """A Markdown file rendered as plain text."""
    text, encoding = _decode_or_fail(data, source)
    return RawDocument(markdown_to_text(text), encoding, file_text=text)


# ----------------------------------------------------------------------------- HTML

#: Elements whose content is never notice text.
_DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "nav", "form", "svg", "iframe", "template", "object",
        "embed", "canvas", "button", "select", "input", "textarea", "head", "math", "audio",
        "video", "map", "dialog",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = _HEADINGS | frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "details",
        "dd", "div", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
        "hr", "html", "legend", "main", "p", "pre", "section", "summary",
    }
)  # fmt: skip
#: class/id fragments of navigation and consent furniture.
_FURNITURE = (
    "cookie", "consent", "gdpr", "breadcrumb", "menu", "navbar", "navigation", "skip-link",
    "skiplink", "sidebar-nav", "social-share", "share-buttons",
)  # fmt: skip
_FURNITURE_TOKENS = frozenset({"nav", "skip", "toolbar", "topbar"})
#: Link texts that announce a website, per language; such links keep their target.
WEBSITE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("website", "web site", "homepage", "home page", "web page", "webpage"),
    "fr": ("site web", "site internet", "site du projet", "page web", "site officiel"),
    "de": ("webseite", "website", "internetseite", "homepage", "internetauftritt"),
    "it": ("sito web", "sito internet", "sito del progetto", "pagina web"),
    "es": ("sitio web", "página web", "web del proyecto", "sitio del proyecto"),
    "pt": ("sítio web", "site do projeto", "página do projeto", "página web", "sítio"),
    "nl": ("website", "webpagina", "projectwebsite"),
    "pl": ("strona internetowa", "strona projektu", "strona www"),
    "cs": ("webové stránky", "webová stránka", "stránky projektu"),
    "sk": ("webová stránka", "webové sídlo", "stránka projektu"),
    "hu": ("honlap", "weboldal", "weblap"),
    "sl": ("spletna stran", "spletišče"),
    "hr": ("web stranica", "mrežna stranica"),
    "ro": ("site web", "pagina web", "site-ul proiectului"),
    "sv": ("webbplats", "hemsida"),
    "da": ("hjemmeside", "websted"),
    "fi": ("verkkosivu", "kotisivu", "verkkosivusto"),
    "et": ("veebileht", "koduleht"),
    "lv": ("tīmekļa vietne", "mājaslapa"),
    "lt": ("interneto svetainė", "tinklalapis"),
    "el": ("ιστοσελίδα", "ιστότοπος"),
    "bg": ("уебсайт", "интернет страница"),
}
#: Inline elements that pages lay out as separate boxes with CSS (a label span and a value
#: span side by side): two of them with nothing between are kept apart by a space, where
#: the raw text would glue "Start date" to "01 Sep 2023". Text-level formatting (b, em,
#: sup, ...) is not among them, since it may split a word.
_BOXED_INLINE = frozenset({"span", "label", "time", "data", "output"})
_BR = "\x1e"  # stands for <br> until lines are split (never survives decoding checks)
_HTML_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def is_website_label(text: str) -> bool:
    """True when a link's text announces a website ("Project website", "Site du projet").

    >>> is_website_label("Site du projet :"), is_website_label("Read more")
    (True, False)
    """
    folded = text.casefold().strip(" :\u00a0")
    return bool(folded) and any(
        label in folded for labels in WEBSITE_LABELS.values() for label in labels
    )


def _ends_with_website_label(text: str) -> bool:
    """True when inline text so far ends with a website label and a colon ("Website:")."""
    last_line = text.split(_BR)[-1]
    head, colon, rest = last_line.rstrip().rpartition(":")
    if not colon or rest.strip():
        return False
    return is_website_label(head[-40:].rsplit(".", 1)[-1])


def _is_furniture(tag: Any) -> bool:
    """Navigation, consent banners and hidden elements (never notice text)."""
    attrs = tag.attrs or {}
    if tag.name in _DROP_TAGS or "hidden" in attrs:
        return True
    if str(attrs.get("role", "")).lower() in {"navigation", "menubar", "menu", "search"}:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if re.search(r"display\s*:\s*none", str(attrs.get("style", "")), re.I):
        return True
    classes = attrs.get("class", [])
    names = " ".join(
        [*(classes if isinstance(classes, list) else [classes]), str(attrs.get("id", ""))]
    )
    names = names.lower()
    if any(marker in names for marker in _FURNITURE):
        return True
    if _FURNITURE_TOKENS & set(re.split(r"[^a-z0-9]+", names)):
        return True
    if tag.name in {"header", "footer"}:
        return _link_density(tag) >= 0.6
    return False


def _link_density(tag: Any) -> float:
    """Share of an element's text that is link text (site headers/footers are mostly links)."""
    total = len(_HTML_SPACE.sub("", tag.get_text()))
    if total == 0:
        return 1.0
    linked = sum(len(_HTML_SPACE.sub("", a.get_text())) for a in tag.find_all("a"))
    return linked / total


def _link_target(tag: Any) -> str | None:
    href = str(tag.get("href", "")).strip()
    if re.match(r"(?i)^(?:https?://|www\.)\S+$", href):
        return href
    return None


def _belongs_to(row: Any, table: Any) -> bool:
    """True when ``row`` is a visible row of ``table`` itself (not of a nested table)."""
    for parent in row.parents:
        if parent is table:
            return not _is_furniture(row)
        if parent.name == "table" or _is_furniture(parent):
            return False
    return False


class _HtmlRenderer:
    """Walks a parsed page once and collects its blocks (state lives for one page only)."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, int | None]] = []
        self.buffer: list[str] = []
        self.prefix = ""
        self.group: int | None = None
        self._groups = 0

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        lines = (_HTML_SPACE.sub(" ", line).strip() for line in text.split(_BR))
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append((self.prefix + text, self.group))
            self.prefix = ""

    def emit(self, text: str) -> None:
        self.flush()
        if text.strip():
            self.blocks.append((text, self.group))

    def new_group(self) -> int | None:
        previous = self.group
        self._groups += 1
        self.group = self._groups
        return previous

    def text(self) -> str:
        self.flush()
        parts: list[str] = []
        previous: int | None = None
        for index, (block, group) in enumerate(self.blocks):
            if index:
                # Items of one list/table share a group: a line break, not a blank line.
                parts.append("\n" if group is not None and group == previous else "\n\n")
            parts.append(block)
            previous = group
        return "".join(parts)

    def inline_text(self, tag: Any) -> str:
        """An element's text on one line (table cells, definition terms)."""
        return " ".join(self.cell_lines(tag)) if tag is not None else ""

    def cell_lines(self, tag: Any) -> list[str]:
        """An element's lines as the page breaks them (<br>, blocks, list items)."""
        sub = _HtmlRenderer()
        sub.walk(tag)
        sub.flush()
        return [line for block, _ in sub.blocks for line in block.split("\n") if line.strip()]

    def emit_pair(self, label: str, lines: list[str]) -> None:
        """A label and its value; a value the page breaks into lines keeps its lines.

        A definition or a label cell often holds one entry per line ("Partners" with one
        organisation per <br>): joined into one line they would read as one long name.
        The label goes with the first line and the others follow as lines of their own,
        as a fact sheet in plain text would write them.
        """
        if not lines:
            self.emit(label)
            return
        self.emit(render_row([label, lines[0]]) if label else lines[0])
        for line in lines[1:]:
            self.emit(line)

    def walk(self, node: Any, pre: bool = False) -> None:
        from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

        boxed_before = False  # the previous sibling was a boxed inline element
        for child in node.children:
            if isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                text = str(child).replace(_BR, "")
                self.buffer.append(text.replace("\n", _BR) if pre else text)
                boxed_before = boxed_before and not text
                continue
            if getattr(child, "name", None) is None or _is_furniture(child):
                continue
            boxed = child.name in _BOXED_INLINE
            if boxed and boxed_before and not pre:
                self.buffer.append(" ")
            self.element(child, pre)
            boxed_before = boxed
        if node.name in _BLOCK_TAGS:
            self.flush()

    def element(self, tag: Any, pre: bool) -> None:
        name = tag.name
        if name == "br":
            self.buffer.append(_BR)
        elif name == "title":
            return
        elif name == "a":
            self.link(tag, pre)
        elif name in {"ul", "ol", "menu"}:
            self.flush()
            previous = self.new_group()
            self.walk(tag, pre)
            self.flush()
            self.group = previous
        elif name == "li":
            self.flush()
            self.prefix = "• "
            self.walk(tag, pre)
            self.flush()
            self.prefix = ""
        elif name == "table":
            self.table(tag)
        elif name == "dl":
            self.definitions(tag)
        elif name in _BLOCK_TAGS:
            self.flush()
            self.walk(tag, pre or name == "pre")
            self.flush()
        else:
            self.walk(tag, pre)

    def link(self, tag: Any, pre: bool) -> None:
        label = _HTML_SPACE.sub(" ", tag.get_text()).strip()
        target = _link_target(tag)
        if target and is_website_label(label) and target not in label:
            self.buffer.append(f"{label} {target}" if label.endswith(":") else f"{label}: {target}")
        elif target and _ends_with_website_label("".join(self.buffer)):
            # "Website: <a href=URL>click here</a>": the label is outside the link.
            self.buffer.append(target)
        else:
            self.walk(tag, pre)

    def table(self, table: Any) -> None:
        self.flush()
        previous = self.new_group()
        for caption in table.find_all("caption", limit=1):
            self.emit(self.inline_text(caption))
        rows = []
        for row in table.find_all("tr"):
            if _belongs_to(row, table):
                cells = [c for c in row.find_all(["td", "th"], recursive=False)]
                rows.append([c for c in cells if not _is_furniture(c)])
        # A first row of column headings makes it a grid, not a label/value list.
        header = bool(rows) and len(rows[0]) > 1 and all(c.name == "th" for c in rows[0])
        for cells in rows:
            if not header and len(cells) == 2:
                self.emit_pair(self.inline_text(cells[0]), self.cell_lines(cells[1]))
            else:
                self.emit(render_row([self.inline_text(c) for c in cells], pairs=not header))
        self.group = previous

    def definitions(self, dl: Any) -> None:
        self.flush()
        previous = self.new_group()
        term, described = "", False
        for item in dl.find_all(["dt", "dd"]):
            if item.find_parent("dl") is not dl or _is_furniture(item):
                continue
            if item.name == "dt":
                if term and not described:
                    self.emit(term)  # a term without a description
                term, described = self.inline_text(item), False
            else:
                self.emit_pair(term, self.cell_lines(item))
                described = True
        if term and not described:
            self.emit(term)
        self.group = previous


def html_to_text(html: str) -> tuple[str, str | None]:
    """(plain text, title) of an HTML page; one block per line, blank lines between.

    >>> html_to_text("<title>T</title><nav>Home</nav><h1>Head</h1><ul><li>a</li><li>b</li></ul>")
    ('Head\\n\\n• a\\n• b', 'T')
    """
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        # A short page that looks like a file name or URL is still a page.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = _HTML_SPACE.sub(" ", title_tag.get_text()).strip() if title_tag else ""
    renderer = _HtmlRenderer()
    renderer.walk(soup)
    return renderer.text(), (title or None)


def read_html(data: bytes, source: str) -> RawDocument:
    """An HTML/XHTML page rendered as plain text, with its <title>."""
    text, encoding = _decode_or_fail(data, source, _declared_charset(data))
    try:
        body, title = html_to_text(text)
    except RecursionError:  # absurdly nested markup: keep its text, lose the layout
        body, title = _flat_html_text(text), None
    return RawDocument(body, encoding, title, file_text=text)


def _flat_html_text(html: str) -> str:
    """All text of a page, one string per line, without the renderer's recursion."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


# ------------------------------------------------------------------------------ PDF

_LINE_END_HYPHEN = re.compile(r"([^\W\d_])-\n(?=[^\W\d_]*[a-zà-ÿ])")


def dehyphenate(text: str) -> str:
    """Join words split by a hyphen at a line end ("coope-\\nration" -> "cooperation"),
    line ends written as ``\\n`` first (text copied from Windows ends them ``\\r\\n``).

    Only when the next line goes on in lower case, so "North-\\nWest" keeps its hyphen.

    >>> dehyphenate("inter-\\nregional and North-\\r\\nWest")
    'interregional and North-\\nWest'
    """
    text = text.replace("\r\n", "\n")
    return _LINE_END_HYPHEN.sub(
        lambda m: m.group(1) if text[m.end()].islower() else m.group(0), text
    )


def read_pdf(data: bytes, source: str) -> RawDocument:
    """A PDF's text layer, pages separated by blank lines (needs ``coopkg[pdf]``)."""
    try:
        import pypdf
    except ImportError:
        raise InputError(source, "PDF support is missing: install coopkg[pdf]") from None
    import logging

    # pypdf logs every repaired quirk of a broken file; the InputError says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pdf = pypdf.PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise InputError(source, "encrypted PDF (password needed)")
        pages = [page.extract_text() or "" for page in pdf.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise InputError(source, f"unreadable PDF ({type(exc).__name__})") from None
    text = "\n\n".join(page.strip() for page in pages)
    if not text.strip():
        raise InputError(source, "no text layer (scanned PDF?)")
    # A PDF has no text of its own: offsets index its text layer as extracted.
    return RawDocument(dehyphenate(text), "pdf", file_text=text)


#: One reader per kind of input; :func:`read_notice` dispatches on the file's kind.
READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "pdf": read_pdf,
}


# ------------------------------------------------------------------------ public API


def _notice(source: str, raw: RawDocument, media_type: str, sha256: str) -> Notice:
    text = normalise_text(raw.text)
    title = normalise_text(raw.html_title) if raw.html_title else None
    return Notice(
        source=source,
        text=text,
        media_type=media_type,
        encoding=raw.encoding,
        sha256=sha256,
        blocks=text_blocks(text),
        html_title=title or None,
        file_text=raw.file_text,
    )


def read_notice(path: Path | str, source: str | None = None) -> Notice:
    """Read one input file as a normalised :class:`Notice`.

    ``source`` is the name the notice keeps (in records and the graph); by default the
    path as given. Builds pass the path relative to the folder it was found in (see
    :func:`iter_input_sources`), so that no machine path reaches an output.

    Raises :class:`InputError` (naming the file as given) for a missing, empty, binary,
    undecodable, oversized or unsupported file, and for a PDF without a text layer.
    """
    shown = str(path)
    path = Path(path)
    if not path.exists():
        raise InputError(shown, "no such file")
    if path.is_dir():
        raise InputError(shown, "is a folder, not a file")
    if not path.is_file():  # a FIFO or a device would block or never end
        raise InputError(shown, "not a regular file (a pipe, socket or device)")
    kind_media = EXTENSIONS.get(path.suffix.lower())
    if kind_media is None:
        raise InputError(
            shown,
            f"unsupported file type {path.suffix or '(no extension)'!r} (supported: {_SUPPORTED})",
        )
    kind, media_type = kind_media
    try:
        size = path.stat().st_size
        limit = max(MAX_BYTES[kind], MAX_BYTES["pdf"] if size and _starts_pdf(path) else 0)
        if size > limit:
            raise InputError(
                shown, f"too large ({size:,} bytes; the limit for {kind} is {limit:,} bytes)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(shown, "empty file" if not data else "empty file (only white space)")
    if data.startswith(b"%PDF-"):
        kind, media_type = "pdf", "application/pdf"  # content wins over a wrong suffix
    elif kind == "pdf":
        raise InputError(shown, "not a PDF (no %PDF header)")
    raw = READERS[kind](data, shown)
    if len(raw.text) > MAX_TEXT_CHARS:
        raise InputError(
            shown,
            f"too much text ({len(raw.text):,} characters; the limit is {MAX_TEXT_CHARS:,})",
        )
    notice = _notice(source or shown, raw, media_type, hashlib.sha256(data).hexdigest())
    if not notice.text:
        raise InputError(shown, "no text in file")
    return notice


def notice_from_text(text: str, source: str, media_type: str = "text/plain") -> Notice:
    """A :class:`Notice` from text in memory (HTML and Markdown are rendered first).

    Never raises on any string; ``sha256`` is taken over the UTF-8 bytes.

    >>> notice_from_text("Lead partner:\\u00a0ecoplus", "memo").text
    'Lead partner: ecoplus'
    """
    kind = MEDIA_KINDS.get(media_type, "text")
    if kind == "html":
        try:
            body, title = html_to_text(text)
        except RecursionError:  # absurdly nested markup: keep its text, lose the layout
            body, title = _flat_html_text(text), None
        raw = RawDocument(body, "utf-8", title, file_text=text)
    elif kind == "markdown":
        raw = RawDocument(markdown_to_text(text), "utf-8", file_text=text)
    else:
        raw = RawDocument(dehyphenate(text), "utf-8", file_text=text)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return _notice(source, raw, media_type, digest)


def _starts_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"


def iter_input_sources(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str]]:
    """Each input file with its source name, sorted by that name.

    The source name is the path relative to the folder it was found in
    (``sub/notice.txt``), or the bare file name for a file given on its own; when two
    inputs would share a name, the later one is prefixed with its folder's name. Source
    names are what records and graphs keep, so the same notices give the same outputs
    from any folder and in any order of arguments.

    >>> list(iter_input_sources([]))
    []
    """
    for file, name, _key in resolved_input_sources(paths):
        yield file, name


def resolved_input_sources(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str, Path]]:
    """:func:`iter_input_sources`, each file also with its resolved path (resolving is a
    system call per folder of the path: at 10,000 files, asking again cost a second)."""
    seen: set[Path] = set()
    named: dict[str, tuple[Path, Path]] = {}
    for given in paths:
        root = Path(given)
        folder = root.is_dir()
        for file, key in _resolved_input_files([root]):
            if key in seen:
                continue
            seen.add(key)
            name = file.relative_to(root).as_posix() if folder else file.name
            if name in named:
                parent = key.parent.name if not folder else root.resolve().name
                name = f"{parent}/{name}"
            while name in named:
                name = f"_/{name}"
            named[name] = (file, key)
    for name in sorted(named):
        file, key = named[name]
        yield file, name, key


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Supported files among ``paths``; folders are searched recursively, in sorted order.

    Hidden files and folders (name starting with ".") inside folders are skipped; a file
    named explicitly is yielded whatever its type, so that reading it reports the problem.
    Each file is yielded once.
    """
    for file, _key in _resolved_input_files(paths):
        yield file


def _resolved_input_files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, Path]]:
    """:func:`iter_input_files`, each file with its resolved path."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in EXTENSIONS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found = [path]
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file, key
