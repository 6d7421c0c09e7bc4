"""Tests for coopkg.extraction.dates: date parsing, finding, and the project's run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopkg.extraction.dates import find_dates, find_project_dates, parse_date

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
D = dt.date


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Aug 31, 2004", (), D(2004, 8, 31)),
        ("31 janv. 2004", ("fr",), D(2004, 1, 31)),
        ("1st January 2012", ("en",), D(2012, 1, 1)),
        ("31st December 2014", (), D(2014, 12, 31)),
        ("1. Januar 2012", ("de",), D(2012, 1, 1)),
        ("31/12/2014", (), D(2014, 12, 31)),
        ("31.12.2014", (), D(2014, 12, 31)),
        ("2014-12-31", (), D(2014, 12, 31)),
        ("1er janvier 2012", ("fr",), D(2012, 1, 1)),
        ("31 dicembre 2014", ("it",), D(2014, 12, 31)),
        ("1 de enero de 2012", ("es",), D(2012, 1, 1)),
        ("1 stycznia 2012", ("pl",), D(2012, 1, 1)),
        ("1 januari 2012", ("nl",), D(2012, 1, 1)),
        ("1 de janeiro de 2012", ("pt",), D(2012, 1, 1)),
        ("1. ledna 2012", ("cs",), D(2012, 1, 1)),
        ("März 2012", ("de",), D(2012, 3, 1)),
        ("January 2012", (), D(2012, 1, 1)),
        ("01/2012", (), D(2012, 1, 1)),
    ],
)
def test_parse_date(text: str, languages: tuple[str, ...], expected: dt.date) -> None:
    assert parse_date(text, languages) == expected


@pytest.mark.parametrize("text", ["2012", "FR", "12 Partners", "", "31/02/2014", "Interreg IVC"])
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_offsets_and_precision() -> None:
    text = "Start: 1. März 2019 (FR, 12 partners, 2019), Ende: 02/2022; Mai 2021"
    hits = find_dates(text, ["de"])
    assert [(h.quote(text), h.value, h.rule) for h in hits] == [
        ("1. März 2019", D(2019, 3, 1), "date:dmy-name"),
        ("02/2022", D(2022, 2, 1), "date:my-numeric:month"),
        ("Mai 2021", D(2021, 5, 1), "date:my-name:month"),
    ]


def test_find_dates_hungarian_year_first() -> None:
    hits = find_dates("Kezdés: 2012. január 1.", ["hu"])
    assert [h.value for h in hits] == [D(2012, 1, 1)]


def _run(text: str, languages: tuple[str, ...] = ()) -> tuple[object, object]:
    start, end = find_project_dates(text, languages)
    return (start and start.value, end and end.value)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Project duration: 1st March 2019 – 28th February 2022", ("en",)),
        ("Start date: Mar 1, 2019, End date: Feb 28, 2022 PROJECT FINISHED", ("en",)),
        ("Date du début: 1 mars 2019, Date de fin: 28 févr. 2022", ("fr",)),
        ("Laufzeit: 01.03.2019 - 28.02.2022", ("de",)),
        ("Projektbeginn: 1. März 2019\nProjektende: 28. Februar 2022", ("de",)),
        ("Durata: dal 1 marzo 2019 al 28 febbraio 2022", ("it",)),
        ("Data di inizio: 01/03/2019 Data di fine: 28/02/2022", ("it",)),
        ("Fecha de inicio: 1 de marzo de 2019. Fecha de finalización: 28 de febrero de 2022", ()),
        ("Okres realizacji: 1 marca 2019 - 28 lutego 2022", ("pl",)),
        ("Looptijd: 1 maart 2019 t/m 28 februari 2022", ("nl",)),
        ("Início: 1 de março de 2019 | Fim: 28 de fevereiro de 2022", ("pt",)),
        ("The project runs from 1 March 2019 to 28 February 2022.", ("en",)),
        ("Le projet se déroule du 1er mars 2019 au 28 février 2022.", ("fr",)),
        ("Das Projekt läuft vom 1. März 2019 bis 28. Februar 2022.", ("de",)),
        (
            "El proyecto se desarrolla desde el 1 de marzo de 2019 hasta el 28 de febrero de 2022.",
            (),
        ),
    ],
)
def test_project_dates_many_languages(text: str, languages: tuple[str, ...]) -> None:
    assert _run(text, languages) == (D(2019, 3, 1), D(2022, 2, 28))


def test_project_dates_kinds_rules_and_offsets() -> None:
    text = "Start date: Aug 31, 2004, End date: Dec 30, 2007"
    start, end = find_project_dates(text)
    assert start is not None and end is not None
    assert (start.kind, start.rule, start.quote(text)) == (
        "start",
        "project-date:start-label",
        "Aug 31, 2004",
    )
    assert (end.kind, end.rule, end.quote(text)) == (
        "end",
        "project-date:end-label",
        "Dec 30, 2007",
    )


def test_month_only_range_is_marked_and_less_confident() -> None:
    start, end = find_project_dates("Duration: 03/2019 - 02/2022")
    assert start is not None and end is not None
    assert (start.value, end.value) == (D(2019, 3, 1), D(2022, 2, 1))
    assert start.rule == "project-date:range-label:month"
    assert start.confidence < 0.9


def test_news_page_publication_date_is_not_the_start() -> None:
    text = (
        "News\nPublished on 12 May 2021 | Last updated: 3 June 2021\n"
        "Kick-off meeting held in Graz. The call deadline is 30 September 2021.\n"
        "© 2021 Interreg Central Europe"
    )
    assert _run(text) == (None, None)


def test_call_range_is_not_the_project_run() -> None:
    text = "Project proposals can be submitted from 1 March 2021 to 30 April 2021."
    assert _run(text, ("en",)) == (None, None)


def test_lone_range_without_project_is_ignored() -> None:
    assert _run("from 1 March 2019 to 28 February 2022", ("en",)) == (None, None)


def test_duration_in_months_gives_no_dates() -> None:
    assert _run("Project duration: 36 months", ("en",)) == (None, None)


def test_start_after_end_lowers_confidence() -> None:
    start, end = find_project_dates("Start date: 1 March 2022, End date: 1 March 2019")
    assert start is not None and end is not None
    assert (start.value, end.value) == (D(2022, 3, 1), D(2019, 3, 1))
    assert start.confidence < 0.5 and end.confidence < 0.5


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_date_functions_never_raise(text: str) -> None:
    parse_date(text)
    find_dates(text)
    find_project_dates(text, ["de"])


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared gold records")
@pytest.mark.parametrize("name", ["clusterix_en", "innotrax_en", "techlink_fr", "tracs3_de"])
def test_seed_project_dates_match_gold(name: str) -> None:
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    start, end = _run(text)
    as_iso = (start and start.isoformat(), end and end.isoformat())  # type: ignore[attr-defined]
    assert as_iso == (gold["start_date"], gold["end_date"])


def test_language_lists_share_compiled_patterns_but_keep_their_month_meanings() -> None:
    from coopkg.extraction import dates

    # Every list spells the same month names, so a new pair of languages reuses the
    # compiled patterns; which month a name means still follows the list's own order.
    assert dates._patterns(("pl",)) is dates._patterns(("hr", "en"))
    (pl,) = find_dates("Otwarcie 3 listopada 2021", ["pl"])
    (hr,) = find_dates("Otvorenje 3. listopada 2021.", ["hr", "en"])
    assert (pl.value, hr.value) == (D(2021, 11, 3), D(2021, 10, 3))
