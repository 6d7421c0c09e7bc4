"""Whether the partners named in running text are the whole partnership.

A notice with no written count may still give one: "the lead partner is X, the partners
are A and B" names three and says nothing of others. :func:`whole_in_prose` allows the
length of such a list as a derived partner count only when the evidence says it is whole:

* every counted partner stands in a sentence with a partnership cue ("partners",
  "together with", "jefe de fila", "flimkien ma'"), so no name met elsewhere is counted;
* no such sentence hedges ("among others", "including", "such as", "etc.", "mehrere");
* every list closes on the partners found: no item between two of them or after the
  last that was not read as a partner ("A, B e le rispettive agenzie": three and more);
* none of them was read from a plural phrase ("the three regional councils"), whose
  members the text does not name one by one.

The words live in ``data/whole_lists.toml``, for all EU languages.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from coopkg.extraction import labels
from coopkg.extraction.partners import PartnerHit

__all__ = ["whole_in_prose"]

#: Roles a partner count counts (not associated partners, observers or advisers).
_COUNTED_ROLES = (None, "lead", "partner")
#: Rules whose partners are never part of a count read from prose: the page owner of a
#: footer, and members of a plural phrase.
_NOT_COUNTED = ("partners:footer-owner",)
_PLURAL = "partners:model:plural"
_MIN_PARTNERS = 2
#: A sentence ends at a stop and a space, a semicolon or a line break; a stop inside a name
#: ("e.V.") is inside a partner's span and never ends the sentence of that partner.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
#: A gap this long between two partners of a sentence is no list separator.
_MAX_GAP = 160


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("coopkg.extraction").joinpath("data/whole_lists.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def _words(table: str) -> list[str]:
    return sorted({w for ws in _tables()[table].values() for w in ws}, key=len, reverse=True)


def _spaced(table: str) -> str:
    """One table's words as an alternation, longest first, any run of spaces inside."""
    return labels.spaced_alternation(_words(table))


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in _words("cues")), re.I)


@lru_cache(maxsize=1)
def _hedge() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _spaced("hedges") + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _separator() -> re.Pattern[str]:
    return re.compile(r"\s*[,;]\s*|\s+(?:" + _spaced("and") + r")\s+", re.I)


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in _words("joining"))
    return re.compile(r"\s(?:" + alts + r")\s", re.I)


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(w.casefold() for w in _words("articles"))


#: An elided article or preposition before a name ("all'Občina", "l'Agence").
_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds the span ``start``-``end``."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else max(0, start - 600)), (after.start() if after else len(text))


def _blank(text: str, spans: Sequence[tuple[int, int]], lo: int, hi: int) -> str:
    """``text[lo:hi]`` with the partner spans and brackets blanked (same length)."""
    chars = list(text[lo:hi])
    for s, e in spans:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = " "
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group(0)), "".join(chars))


def _names_item(piece: str) -> bool:
    """Whether a piece of a list (between separators) names something: a capitalised
    word after at most two articles ("ο Comune di Lecce", "all'Občina Kanal"), or an
    article before a noun ("le rispettive agenzie"). A piece holding a cue ("a partner
    írországi") is the list's own wording, not an item; a country or a town alone is
    where the item before it stands."""
    from coopkg.records.countries import country_code
    from coopkg.records.gazetteer import city_country

    words = piece.strip(" \t,–—-:").split()
    if not words or _cue().search(piece):
        return False
    name = " ".join(words)
    if country_code(name) or city_country(name):
        return False
    lead = 0
    while lead < min(2, len(words) - 1) and words[lead].casefold() in _articles():
        lead += 1
    first = _ELIDED.sub("", words[lead])
    if first[:1].isupper():
        return True
    return lead > 0 and first[:1].isalpha()


def _open_gap(gap: str, *, tail: bool) -> bool:
    """Whether a gap between two partners (or after the last, ``tail``) holds an item
    that was not read: a piece that names something between two separators, or after
    the separator that follows the last partner."""
    pieces = _separator().split(gap)
    if len(pieces) < 2:
        return False
    inner = pieces[1:] if tail else pieces[1:-1]
    if tail:
        # Only the piece right after the first separator: "A and B, which lie ..." ends.
        inner = inner[:1]
    return any(_names_item(p) for p in inner)


def whole_in_prose(text: str, found: Sequence[PartnerHit]) -> list[PartnerHit]:
    """The partners of ``found`` to count when they are the whole partnership named in
    prose (see the module's docstring), else []."""
    counted = [
        h for h in found if h.partner.role in _COUNTED_ROLES and not h.rule.startswith(_NOT_COUNTED)
    ]
    if len(counted) < _MIN_PARTNERS or any(h.rule == _PLURAL for h in counted):
        return []
    # "A a mestská časť B" read as one name: the list holds more than its entries.
    if any(_joined().search(h.partner.name) for h in counted):
        return []
    # A list of regions ("le regioni di A, B e C") stands beside bodies that are not
    # regions and are often missed: never the whole partnership.
    if any(_region_name(h.partner.name) for h in counted):
        return []
    spans = sorted((h.start, h.end) for h in found)
    if not any(h.partner.role == "lead" for h in counted) and _lead_named(text, spans):
        return []
    for lo, hi in sorted({_sentence(text, h.start, h.end) for h in counted}):
        flat = _blank(text, spans, lo, hi)
        if not _cue().search(flat) or _hedge().search(flat):
            return []
        inside = sorted(s for s in spans if lo <= s[0] < hi)
        for (_, end), (start, _) in itertools.pairwise(inside):
            gap = flat[end - lo : start - lo]
            if len(gap) <= _MAX_GAP and _open_gap(gap, tail=False):
                return []
        rest = flat[inside[-1][1] - lo :]
        if _open_gap(rest, tail=True) or _cut(text, hi):
            return []
    if _open_labels(text, spans, counted):
        return []
    return counted


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    return re.compile(_spaced("leads"), re.I)


#: How far after a lead word its lead may begin ("lead partner is the X").
_LEAD_REACH = 25


def _lead_named(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the text names a lead no partner found stands for ("Από την Ιταλική
    πλευρά ... του Επικεφαλής Εταίρου", "the lead partner is the Y Institute, while A and B
    take part"): with no partner found as the lead, the lead was missed. A lead word after
    a partner found in its sentence ("X ... Vezető kedvezményezettként"), or right before
    one, gives that partner's role, which the decision left unsaid."""
    for m in _lead().finditer(text):
        lo, _ = _sentence(text, m.start(), m.end())
        if not any(
            (lo <= s and e <= m.start()) or 0 <= s - m.end() <= _LEAD_REACH or s <= m.start() < e
            for s, e in spans
        ):
            return True
    return False


def _region_name(name: str) -> bool:
    from coopkg.records.gazetteer import find_region_mentions

    return bool(re.fullmatch(r"[^\W\d_][\w'’\-– ]{2,40}", name)) and any(
        m.start == 0 and m.end == len(name) for m in find_region_mentions(name)
    )


def _cut(text: str, end: int) -> bool:
    """Whether a sentence ending at ``end`` was cut off: the text stops there without a
    stop, or on a hyphen ("Auvergne-Rhône-")."""
    tail = text[:end].rstrip()
    if tail.endswith(("-", "–", "…", "...")):
        return True
    return end >= len(text.rstrip()) and not tail.endswith((".", "!", "?", ")"))


_LABEL = re.compile(r"^\s*([^\W\d_][^\n:]{0,40}?)\s*\d*\s*:", re.M)


def _open_labels(
    text: str, spans: Sequence[tuple[int, int]], counted: Sequence[PartnerHit]
) -> bool:
    """Whether a partner read from a labelled line ("Beneficiar 2: X") has a sibling line
    with the same label word that gave no partner ("Beneficiar 3: Y" missed)."""
    words: set[str] = set()
    for h in counted:
        line_start = text.rfind("\n", 0, h.start) + 1
        m = _LABEL.match(text, line_start)
        if m and m.end() <= h.start:
            words.add(m.group(1).split()[0].casefold())
    if not words:
        return False
    for m in _LABEL.finditer(text):
        if m.group(1).split()[0].casefold() not in words:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not any(m.end() <= s < line_end for s, _ in spans):
            return True
    return False
