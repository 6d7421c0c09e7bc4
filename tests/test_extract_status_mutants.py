"""Edges of the status rules and of partner de-duplication that only a mutation run found
untested (see docs/architecture.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.partners import is_listed
from coopkg.extraction.status import derive_status
from coopkg.records import Partner

TODAY = dt.date(2020, 6, 30)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (dt.date(2019, 1, 1), TODAY, "ongoing"),  # ends today: not finished yet
        (dt.date(2019, 1, 1), TODAY - dt.timedelta(days=1), "finished"),
        (TODAY, dt.date(2021, 1, 1), "ongoing"),  # starts today: under way
        (TODAY + dt.timedelta(days=1), None, "planned"),
        (None, TODAY, "ongoing"),
        (None, None, None),
    ],
)
def test_derive_status_on_the_boundaries(start, end, expected) -> None:
    assert derive_status(start, end, TODAY) == expected


def test_a_proper_name_on_each_side_makes_two_organisations() -> None:
    karlsruhe = Partner(name="Université de Sciences Appliquées de Karlsruhe")
    offenburg = Partner(name="Université de Sciences Appliquées d'Offenburg")
    assert is_listed(karlsruhe, [offenburg]) is False
    assert is_listed(karlsruhe, [Partner(name="Université des Sciences Appliquées Karlsruhe")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Project ALPHA\nStatus: completed\nMore text here.", (22, 31, "finished", "status:label")),
        ("Project ALPHA\nSTATUS: Completed\n", (22, 31, "finished", "status:label")),
        (
            "Title of the thing\nCompleted\nDescription follows here with words.",
            (19, 28, "finished", "status:line"),
        ),
        ("Results\nPlanned\n12 workshops", None),  # "Planned" labels the number under it
    ],
)
def test_stated_status_spans_and_rules(text: str, expected) -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.status import stated_status

    hit = stated_status(layout(text))
    found = None if hit is None else (hit.start, hit.end, hit.value, hit.rule)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Start date: 1 Jan 2020 PROJECT  FINISHED", (23, 40, "finished", "status:badge", 1.0)),
        (
            "A very long first line of prose that goes on and on here without end.\nCompleted",
            (70, 79, "finished", "status:line", 1.0),
        ),
        (
            "Project ALPHA\nStatus: completed\nMore text here.",
            (22, 31, "finished", "status:label", 1.0),
        ),
        ("Title\nCompleted works on the bridge\nMore.", None),  # a short line is all status or none
    ],
)
def test_stated_status_hits_exactly(text: str, expected) -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.status import stated_status

    hit = stated_status(layout(text))
    found = None if hit is None else (hit.start, hit.end, hit.value, hit.rule, hit.confidence)
    assert found == expected
