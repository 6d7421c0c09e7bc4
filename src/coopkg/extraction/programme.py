"""Funding programme, its vocabulary id and its period.

Programme names are matched against the controlled vocabulary (:func:`coopkg.records.vocab.
match_programme`). A mention counts when it sits on a programme-labelled line ("Funding
program: INTERREG IVC"), in a keep.eu bullet ("2000 - 2006 Interreg IIIC East") or in a
sentence with a programme cue ("funded by the INTERREG Central Europe program"): a bare
area name in prose ("in Central Europe") is a place, not a programme. The period is stated
by a keep.eu prefix or derived from a programme that belongs to one period. This module
must not guess a period for an ambiguous family name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from coopkg.extraction import labels
from coopkg.records.hits import Hit


@lru_cache(maxsize=16)
def programme_mentions(text: str) -> tuple[tuple[int, int, Any], ...]:
    """(start, end, concept) of the programme names in ``text``, cached.

    The matcher is the slowest single step of extraction, and titles, places and this
    module ask about the same masked text; every caller in the package goes through here.
    """
    from coopkg.records.vocab import match_programme

    return tuple(match_programme(text))


_PERIOD = re.compile(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\s*$")
_CUE_WINDOW = 60


@dataclass(frozen=True, slots=True)
class ProgrammeFinding:
    """The programme as written, its vocabulary concept id and its period."""

    name: Hit
    programme_id: str | None
    period: Hit | None
    period_derived: bool


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def _score(text: str, start: int, end: int) -> int:
    """How strongly the context says this mention is the project's programme (0 = not)."""
    ls, le = _line_bounds(text, start, end)
    before = text[ls:start]
    if re.search(r"(?:" + labels.alternation("programme_labels") + r")\s*[:：]\s*$", before, re.I):
        return 3
    bullet = r"\s*[•·\-*▪]?\s*(?:(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d)?\s*"
    if re.fullmatch(bullet, before) and text[end:le].strip() == "":
        return 2  # a bullet or a line of its own holding only the programme
    window = text[max(ls, start - _CUE_WINDOW) : min(le, end + _CUE_WINDOW)]
    if labels.compiled("programme_cues").search(window):
        return 1
    return 0


def _stated_period(text: str, start: int) -> Hit | None:
    ls = text.rfind("\n", 0, start) + 1
    m = _PERIOD.search(text[ls:start])
    if not m:
        return None
    value = f"{m.group(1)}-{m.group(2)}"
    return Hit(ls + m.start(), ls + m.end(), value, "programme:keep-period", 1.0)


def _strip_period(text: str, start: int, end: int) -> tuple[int, str]:
    """The mention without a leading "2000 - 2006" (the vocabulary may include it)."""
    written = text[start:end]
    m = re.match(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\s+", written)
    if m:
        return start + m.end(), written[m.end() :]
    return start, written


_TRAILING_PERIOD = re.compile(r"[\s,(]*((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\)?\s*$")
_PERIOD_AFTER = re.compile(
    r"^[ \t]*[(,]?[ \t]*((?:19|20)\d\d)[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)"
)
# keep.eu's programme bullet: "• 2007 - 2013 France - Suisse" (the name may lack "Interreg").
_KEEP_LINE = re.compile(
    r"^[ \t]*[•·▪*\-][ \t]*((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][^\d\n:;|]{2,70}?)[ \t]*$",
    re.MULTILINE,
)
#: Lines at the top of the raw page that may be the site's header ("INTERREG X 2014-2020").
_HEADER_LINES = 3


def _known_period(first: str, second: str) -> bool:
    from coopkg.records.vocab import period_of_years

    return period_of_years(int(first), int(second)) is not None


def _keep_line(clean: str) -> tuple[Hit, Hit] | None:
    """A keep.eu programme bullet whose name the vocabulary lacks: (name, period)."""
    for m in _KEEP_LINE.finditer(clean):
        if not _known_period(m.group(1), m.group(2)):
            continue
        name = m.group("name").strip()
        return (
            Hit(m.start("name"), m.start("name") + len(name), name, "programme:keep-line", 0.8),
            Hit(m.start(1), m.end(2), f"{m.group(1)}-{m.group(2)}", "programme:keep-period"),
        )
    return None


def _header_mention(raw: str) -> tuple[int, int, Any] | None:
    """A programme named alone on one of the page's first lines (the site's header)."""
    offset = 0
    seen = 0
    for line in raw.split("\n"):
        if line.strip():
            seen += 1
            for start, end, concept in programme_mentions(line):
                rest = (line[:start] + " " + line[end:]).strip()
                if not rest or _PERIOD.fullmatch(rest):
                    return offset + start, offset + end, concept
        if seen >= _HEADER_LINES:
            break
        offset += len(line) + 1
    return None


def find_stated_period(clean: str, languages: tuple[str, ...] = ()) -> Hit | None:
    """A programming period stated by a label, for pages that do not name the programme.

    A generation heading over the project's name ("INTERREG VI – XTraVel Tourism") states
    the period too; a generation in a site section ("Interreg VI news") does not.
    """
    return _period_label(clean, languages) or _generation_heading(clean)


def _generation_heading(clean: str) -> Hit | None:
    for start, end, concept in programme_mentions(clean):
        if _generation_only(concept) and re.match(r"[ \t]*[-–—:|][ \t]+\S", clean[end:]):
            return Hit(start, end, str(concept.period), "programme:generation-heading", 0.8)
    return None


def _period_label(clean: str, languages: tuple[str, ...]) -> Hit | None:
    """A period stated by a label ("Okres programowania: 2014-2021"), as written."""
    words = _period_words(languages)
    if not words:
        return None
    pattern = re.compile(
        r"(?<!\w)(?:"
        + words
        + r")[ \t]*[:：]?[ \t]*((?:19|20)\d\d)[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    )
    m = pattern.search(clean)
    # Only a programming period's first year: "Project period: 2016-2019" is a project run.
    if m is None or not _period_start(int(m.group(1))):
        return None
    return Hit(m.start(1), m.end(2), f"{m.group(1)}-{m.group(2)}", "programme:period-label")


def _period_start(year: int) -> bool:
    from coopkg.records.vocab import periods

    return any(str(p.id).startswith(str(year)) for p in periods())


def _period_words(languages: tuple[str, ...]) -> str:
    from coopkg.extraction.dates import period_labels

    words = sorted(set(period_labels(languages)), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def find_programme(
    clean: str, raw: str | None = None, languages: tuple[str, ...] = ()
) -> ProgrammeFinding | None:
    """The project's programme in the masked text, or None.

    ``raw`` (the unmasked notice) lets a site header that names only a programme count
    when the masked text names none. The name never includes a period ("Interreg MED
    2014-2020" -> "Interreg MED", period 2014-2020 stated).
    """
    best: tuple[int, int, int, Any] | None = None
    for start, end, concept in programme_mentions(clean):
        if _generation_only(concept):
            continue
        score = _score(clean, start, end)
        if score and (best is None or score > best[0]):
            best = (score, start, end, concept)
    keep = _keep_line(clean)
    labelled = _period_label(clean, languages)
    if keep is not None and (best is None or best[0] < 2):
        return ProgrammeFinding(keep[0], None, labelled or keep[1], False)
    source = clean
    if best is None and raw is not None:
        header = _header_mention(raw)
        if header is not None:
            best, source = (1, *header), raw
    if best is None:
        return None
    finding = _finding(source, *best)
    if labelled is not None and (finding.period is None or finding.period_derived):
        return replace(finding, period=labelled, period_derived=False)
    return finding


def _generation_only(concept: Any) -> bool:
    """A generation without a programme's name ("Interreg VI", "Interreg V"): no programme.

    Such a mention is a site section or the name of an era; the project's programme is a
    named one (a strand family "Interreg V-A" still says which kind of programme it is).
    """
    return (
        getattr(concept, "generation", None) is not None
        and getattr(concept, "strand", None) is None
        and getattr(concept, "area", None) is None
        and not getattr(concept, "broaders", ())
    )


def _without_tail(written: str) -> str:
    """The name without a trailing "Programme" word ("Interreg MED Programme" -> "Interreg MED").

    The word is kept when nothing but "Interreg" would remain.
    """
    tail = re.compile(r"[\s-]+(?:" + labels.alternation("programme_name_tails") + r")\s*$", re.I)
    m = tail.search(written)
    if m is None or len(written[: m.start()].split()) < 2:
        return written
    return written[: m.start()]


def _finding(clean: str, score: int, start: int, end: int, concept: Any) -> ProgrammeFinding:
    period = _stated_period(clean, start)
    inner_start, written = _strip_period(clean, start, end)
    # A name starts at its first capitalised word ("programu Interreg ..." -> "Interreg ...").
    lead = re.match(r"(?:[a-zà-ÿ][\w'’-]*\s+)+(?=[A-ZÀ-Ý0-9])", written)
    if lead:
        inner_start, written = inner_start + lead.end(), written[lead.end() :]
    if period is None and inner_start != start:
        m = re.match(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", clean[start:end])
        if m:
            period = Hit(
                start, start + m.end(), f"{m.group(1)}-{m.group(2)}", "programme:keep-period"
            )
    # "Interreg MED 2014-2020": the period is stated, the name ends before it.
    trailing = _TRAILING_PERIOD.search(written)
    if trailing is not None and trailing.start() > 0:
        p_start = inner_start + trailing.start(1)
        period = period or Hit(
            p_start,
            inner_start + trailing.end(2),
            f"{trailing.group(1)}-{trailing.group(2)}",
            "programme:period-after-name",
        )
        written = written[: trailing.start()]
    after = _PERIOD_AFTER.match(clean[end:])
    if period is None and after is not None and _known_period(after.group(1), after.group(2)):
        period = Hit(
            end + after.start(1),
            end + after.end(2),
            f"{after.group(1)}-{after.group(2)}",
            "programme:period-after-name",
        )
    written = _without_tail(written.rstrip())
    name = Hit(
        inner_start,
        inner_start + len(written.rstrip()),
        written.strip(),
        f"programme:{score}",
        1.0 if score >= 2 else 0.9,
    )
    derived = False
    if period is None and getattr(concept, "period", None):
        period = Hit(start, end, str(concept.period), "programme:vocabulary-period", 0.5)
        derived = True
    return ProgrammeFinding(name, getattr(concept, "id", None), period, derived)
