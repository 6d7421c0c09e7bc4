"""Project status: stated badges and labels, or derived from the project dates.

Stated: a page badge ("PROJECT FINISHED", "PROJET TERMINÉ") anywhere, or a single status
word after a status label ("Status: ongoing") or alone on a short line. Derived (only when
nothing is stated): from the end/start date compared with ``today``. This module must not
read the clock: ``today`` is always passed in.
"""

from __future__ import annotations

import datetime as dt
import re

from coopkg.extraction import labels
from coopkg.extraction.layout import Layout, Line, core
from coopkg.records import STATUSES
from coopkg.records.hits import Hit

_SHORT = 40


def _badge(clean: str) -> Hit | None:
    best: Hit | None = None
    for status in STATUSES:
        m = labels.compiled(f"status_badges.{status}").search(clean)
        if m and (best is None or m.start() < best.start):
            best = Hit(m.start(), m.end(), status, "status:badge", 1.0)
    return best


def _word(lay: Layout) -> Hit | None:
    label = re.compile(
        r"(?:" + labels.alternation("status_labels") + r")\s*[:：]\s*(.+)$", re.IGNORECASE
    )
    alone = _label_alone()
    lines = lay.content_lines()
    for i, line in enumerate(lines):
        m = label.search(line.text)
        value, offset, rule = None, 0, ""
        if m:
            value, offset, rule = m.group(1), m.start(1), "status:label"
        elif alone.match(line.text) and i + 1 < len(lines):
            # "Status" / "Completed": the label over its value, as fact sheets lay them out.
            nxt = lines[i + 1]
            if nxt.paragraph - line.paragraph <= 1:
                hit = _status_value(nxt.text.strip(), nxt.start, "status:label-over-value")
                if hit is not None:
                    return hit
        elif len(line.text) <= _SHORT and not _value_follows(lines, i):
            value, offset, rule = line.text, 0, "status:line"
        if value is None:
            continue
        for status in STATUSES:
            w = labels.compiled(f"status_words.{status}")
            hit = w.fullmatch(core(value)) if rule == "status:line" else w.match(value.strip())
            if hit:
                start = line.start + offset + (len(value) - len(value.lstrip()))
                return Hit(start, start + len(hit.group(0)), status, rule, 1.0)
    return None


def _label_alone() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + labels.alternation("status_labels") + r")\s*[:：]?\s*$", re.I)


def _status_value(value: str, start: int, rule: str) -> Hit | None:
    """The status a value line states, when it is one status word (any language's)."""
    for status in STATUSES:
        hit = labels.compiled(f"status_words.{status}").fullmatch(core(value))
        if hit:
            return Hit(start, start + len(hit.group(0)), status, rule, 1.0)
    return None


def _value_follows(lines: tuple[Line, ...], i: int) -> bool:
    """Whether a number follows the line: "Previsto" / "1 num" is a planned value's label."""
    return i + 1 < len(lines) and bool(re.match(r"\W*\d", lines[i + 1].text))


def stated_status(lay: Layout) -> Hit | None:
    """The status the notice states, if any."""
    return _badge(lay.clean) or _word(lay)


def derive_status(start: dt.date | None, end: dt.date | None, today: dt.date) -> str | None:
    """Status implied by the project dates on ``today`` (None without dates)."""
    if end is not None and end < today:
        return "finished"
    if start is not None and start > today:
        return "planned"
    if end is not None or start is not None:
        return "ongoing"
    return None
