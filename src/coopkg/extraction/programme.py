"""Funding programme, its vocabulary id and its period.

Programme names are matched against the controlled vocabulary (:func:`coopkg.vocab.
match_programme`). A mention counts when it sits on a programme-labelled line ("Funding
program: INTERREG IVC"), in a keep.eu bullet ("2000 - 2006 Interreg IIIC East") or in a
sentence with a programme cue ("funded by the INTERREG Central Europe program"): a bare
area name in prose ("in Central Europe") is a place, not a programme. The period is stated
by a keep.eu prefix or derived from a programme that belongs to one period. This module
must not guess a period for an ambiguous family name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coopkg.extraction import labels
from coopkg.extraction.hits import Hit

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


def find_programme(clean: str) -> ProgrammeFinding | None:
    """The project's programme in the masked text, or None."""
    from coopkg.vocab import match_programme

    best: tuple[int, int, int, Any] | None = None
    for start, end, concept in match_programme(clean):
        score = _score(clean, start, end)
        if score and (best is None or score > best[0]):
            best = (score, start, end, concept)
    if best is None:
        return None
    score, start, end, concept = best
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
    name = Hit(
        inner_start,
        inner_start + len(written),
        written.strip(),
        f"programme:{score}",
        1.0 if score >= 2 else 0.9,
    )
    derived = False
    if period is None and getattr(concept, "period", None):
        period = Hit(start, end, str(concept.period), "programme:vocabulary-period", 0.5)
        derived = True
    return ProgrammeFinding(name, getattr(concept, "id", None), period, derived)
