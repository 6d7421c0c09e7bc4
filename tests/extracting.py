"""What the extraction tests share: a record extracted from a text written for the test,
and the project dates a text states, as ISO strings (so a failing case prints readably)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coopkg.extraction import extract_record
from coopkg.extraction.dates import find_project_dates
from coopkg.records import Notice

# A fixed day: a status derived from the dates must not change with the day the tests run.
TODAY = dt.date(2025, 1, 1)


def record_of(text: str, *, source: str = "t.txt", today: dt.date = TODAY):
    """The record extracted from `text`, read as the file `source`."""
    return extract_record(Notice(source=source, text=text), today=today)


def date_pair(text: str, langs: Sequence[str]) -> tuple[str | None, str | None]:
    """The start and end date found in `text` for the languages `langs`."""
    start, end = find_project_dates(text, list(langs))
    return (
        start.value.isoformat() if start else None,
        end.value.isoformat() if end else None,
    )
