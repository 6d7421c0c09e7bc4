"""Offsets back into the input file: where a passage of the normalised text was read from.

Extraction works on :attr:`coopkg.records.Notice.text`, the rendered and normalised text
(markup dropped, entities decoded, line ends, spaces and invisible characters unified), so
the offsets it records do not point into the file. Provenance must: a reader who opens the
file and counts characters has to find the quoted passage there. :func:`offset_map` aligns
the normalised text with :attr:`coopkg.records.Notice.file_text` (the file's text as
decoded, before any rendering) and :func:`file_span` turns a normalised span into a file
span; :func:`with_file_spans` fills them into a record's evidence.

The alignment is by tokens (a run of word characters, or one other visible character):
the file is first reduced to its visible characters (tags, comments, scripts and styles
skipped; entities decoded, each keeping the span of its entity; invisible characters
skipped) and the two token sequences are matched in order with :mod:`difflib`. Text the
renderer added (list bullets, the ": " joining a table's label and value cells) and text
normalisation rewrote (repaired mojibake) match nothing and are left out of a span; a
passage of which nothing matches gets no file span at all, rather than a wrong one.

>>> m = offset_map("Budget: 709 596 €", "<p>Budget:&nbsp;709&#160;596&nbsp;&euro;</p>", html=True)
>>> start, end = file_span(m, 8, 17)
>>> "<p>Budget:&nbsp;709&#160;596&nbsp;&euro;</p>"[start:end]
'709&#160;596&nbsp;&euro;'
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from coopkg.records import Evidence, Notice

# Skipped whole: markup and the content of elements that never render as text.
_HTML_SKIP = re.compile(
    r"<(script|style|noscript|template|svg|head|textarea)\b.*?(?:</\1\s*>|$)"
    r"|<!--.*?(?:-->|$)|<!\[CDATA\[|\]\]>|<!?[A-Za-z/?][^>]*>?",
    re.DOTALL | re.IGNORECASE,
)
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_HTML_TOKEN = re.compile(_HTML_SKIP.pattern + "|" + _HTML_ENTITY.pattern, re.DOTALL | re.I)
# Characters normalisation deletes: they must not split a word of the file into two tokens.
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
_INVISIBLE_CHAR = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Matched tokens: normalised ``(start, end)`` -> file ``(start, end)``, in text order."""

    text_starts: tuple[int, ...]
    text_ends: tuple[int, ...]
    file_starts: tuple[int, ...]
    file_ends: tuple[int, ...]


def _visible(file_text: str, markup: bool) -> tuple[str, list[int], list[int]]:
    """The file's visible characters, each with the (start, end) of what it was read from."""
    chars: list[str] = []  # runs of visible characters
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    pieces = _HTML_TOKEN.finditer(file_text) if markup else ()
    for match in pieces:
        _plain(file_text, position, match.start(), chars, starts, ends)
        position = match.end()
        token = match.group(0)
        if token.startswith("&"):
            decoded = html.unescape(token)
            if decoded == token:
                _plain(file_text, match.start(), match.end(), chars, starts, ends)
            else:
                for char in decoded:
                    if char not in _INVISIBLE:
                        chars.append(char)
                        starts.append(match.start())
                        ends.append(match.end())
        else:
            # A tag separates words ("<td>a</td><td>b</td>" renders as "a b").
            chars.append(" ")
            starts.append(match.start())
            ends.append(match.end())
    _plain(file_text, position, len(file_text), chars, starts, ends)
    return "".join(chars), starts, ends


def _plain(
    text: str, start: int, end: int, chars: list[str], starts: list[int], ends: list[int]
) -> None:
    # Whole runs between invisible characters at once, not a character at a time.
    position = start
    for match in _INVISIBLE_CHAR.finditer(text, start, end):
        _copy(text, position, match.start(), chars, starts, ends)
        position = match.end()
    _copy(text, position, end, chars, starts, ends)


def _copy(
    text: str, start: int, end: int, chars: list[str], starts: list[int], ends: list[int]
) -> None:
    if end > start:
        chars.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))


def _token_spans(text: str, tokens: list[str]) -> tuple[list[int], list[int]]:
    """(starts, ends) of ``tokens`` (``_TOKEN.findall(text)``, in order) in ``text``.

    Only white space lies between two tokens and a token starts with a character that is
    not white space, so the next occurrence of a token after the previous one's end is
    that token: a string search instead of a match object per token.
    """
    starts: list[int] = []
    ends: list[int] = []
    find = text.find
    position = 0
    for token in tokens:
        position = find(token, position)
        starts.append(position)
        position += len(token)
        ends.append(position)
    return starts, ends


def offset_map(text: str, file_text: str, *, html: bool = False) -> OffsetMap:
    """Align a normalised ``text`` with the ``file_text`` it was read from.

    ``html``: the file is markup (tags skipped, entities decoded).

    >>> m = offset_map("Lead partner: ecoplus", "Lead\\u00a0partner:\\r\\n  ecoplus")
    >>> m.text_starts, m.file_starts
    ((0, 5, 12, 14), (0, 5, 12, 17))
    """
    visible, starts, ends = _visible(file_text, html)
    our_tokens = _TOKEN.findall(text)
    our_starts, our_ends = _token_spans(text, our_tokens)
    if visible == text:
        # Nothing rendered or normalised away (a notice made in memory, a clean text file):
        # every token is its own twin, so the tokens are read once and not compared.
        return OffsetMap(
            tuple(our_starts),
            tuple(our_ends),
            tuple(starts[s] for s in our_starts),
            tuple(ends[e - 1] for e in our_ends),
        )
    their_tokens = _TOKEN.findall(visible)
    their_starts, their_ends = _token_spans(visible, their_tokens)
    if our_tokens == their_tokens:
        # Most files only lose spaces and line ends in normalising: every token pairs with
        # its twin, and the alignment (a third of the reading time) is not needed.
        blocks = [(0, 0, len(our_tokens))]
    else:
        matcher = difflib.SequenceMatcher(
            None, our_tokens, their_tokens, autojunk=len(their_tokens) > 2000
        )
        blocks = matcher.get_matching_blocks()
    t_starts: list[int] = []
    t_ends: list[int] = []
    f_starts: list[int] = []
    f_ends: list[int] = []
    for a, b, size in blocks:
        t_starts.extend(our_starts[a : a + size])
        t_ends.extend(our_ends[a : a + size])
        f_starts.extend(starts[v] for v in their_starts[b : b + size])
        f_ends.extend(ends[v - 1] for v in their_ends[b : b + size])
    return OffsetMap(tuple(t_starts), tuple(t_ends), tuple(f_starts), tuple(f_ends))


def file_span(mapping: OffsetMap, start: int, end: int) -> tuple[int, int] | None:
    """The file span of the normalised span ``[start, end)``, or None when nothing matched.

    The span runs from the first to the last matched token inside it; a token cut by the
    span's edge is cut in the file too when it was copied character for character.
    """
    if end <= start:
        return None
    first = bisect.bisect_right(mapping.text_ends, start)
    last = bisect.bisect_left(mapping.text_starts, end) - 1
    if first > last:
        return None
    f_start = mapping.file_starts[first]
    t_start, t_end = mapping.text_starts[first], mapping.text_ends[first]
    if start > t_start and mapping.file_ends[first] - f_start == t_end - t_start:
        f_start += start - t_start
    f_end = mapping.file_ends[last]
    t_start, t_end = mapping.text_starts[last], mapping.text_ends[last]
    if end < t_end and f_end - mapping.file_starts[last] == t_end - t_start:
        f_end -= t_end - end
    return (f_start, f_end) if f_end > f_start else None


def notice_offset_map(notice: Notice) -> OffsetMap:
    """The offset map of a notice (a notice built in memory is its own file)."""
    file_text = notice.file_text or notice.text
    return offset_map(notice.text, file_text, html="html" in notice.media_type)


def with_file_spans(notice: Notice, evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """The evidence with ``file_start``, ``file_end`` and ``file_quote`` filled in.

    >>> from coopkg.read.notices import notice_from_text
    >>> n = notice_from_text("<p>Lead&nbsp;partner: <b>ecoplus</b></p>", "a.html", "text/html")
    >>> ev = Evidence("partners", "ecoplus", 14, 21, "ecoplus", "label", 0.9)
    >>> e = with_file_spans(n, [ev])[0]
    >>> e.file_start, e.file_end, e.file_quote
    (25, 32, 'ecoplus')
    """
    items = tuple(evidence)
    if not items:
        return items
    mapping = notice_offset_map(notice)
    file_text = notice.file_text or notice.text
    out = []
    for ev in items:
        span = file_span(mapping, ev.start, ev.end)
        if span is None:
            out.append(replace(ev, file_start=None, file_end=None, file_quote=None))
        else:
            out.append(
                replace(
                    ev, file_start=span[0], file_end=span[1], file_quote=file_text[slice(*span)]
                )
            )
    return tuple(out)
