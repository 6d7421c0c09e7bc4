"""A start label over a whole run of dates (extraction/dates.py). Lines written for these
tests in the manner of flattened fact tables."""

from __future__ import annotations

import pytest

from extracting import date_pair


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Project start | 01. Feb 2011 – 31. Dec 2013 |\nPartners | 6 |",
            ("2011-02-01", "2013-12-31"),
        ),
        ("de", "Projektbeginn: 01.03.2019 - 28.02.2022\nPartner: 4", ("2019-03-01", "2022-02-28")),
        ("it", "Data di inizio: 1 marzo 2017 – 30 giugno 2019", ("2017-03-01", "2019-06-30")),
        # A few days after a start label are an event's, not the run's end.
        ("en", "Start: 1 March 2019 - 3 March 2019, kick-off in Graz", ("2019-03-01", None)),
    ],
)
def test_a_start_label_over_a_run(
    language: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert date_pair(text, [language]) == expected
