"""A programming period written in running text (extraction/programme.py, prose_period).
Texts written for these tests in the manner of municipal and partner pages."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.extraction.programme import prose_period
from coopkg.read.notices import Notice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La période 2014-2020 est la cinquième période de programmation de la coopération.",
            "2014-2020",
        ),
        (
            "Stowarzyszenie w okresie 2021-2027 będzie zarządzać funduszem "
            "małych projektów na swoim terenie.",
            "2021-2027",
        ),
        (
            "Sdružení bude v období 2021–2027 řídit fond malých projektů na svém území i nadále.",
            "2021-2027",
        ),
        (
            "El projecte forma part del Programa Interreg (POCTEFA 2014-2020) "
            "i de les seves prioritats.",
            "2014-2020",
        ),
        # A slogan on its own short line is no statement; a project run is no period.
        ("Przekraczamy Granice 2014-2020\nProjekt potrwa od 2021 do 2023.", None),
        (
            "Das Projekt läuft in den Jahren 2016-2019 und verbindet die Gemeinden beider Seiten.",
            None,
        ),
        # Two periods: which one is the project's is not written.
        (
            "Nach dem Programm 2007-2013 setzt das Programm 2014-2020 die "
            "Zusammenarbeit der Regionen fort.",
            None,
        ),
        # A period older than the project's own run is history.
        (
            "Our network grew out of the 2007-2013 cross-border "
            "cooperation programme here.\n"
            "24 months, March 2018 – February 2020",
            None,
        ),
    ],
)
def test_prose_period(text: str, expected: str | None) -> None:
    hit = prose_period(text)
    assert (hit.value if hit else None) == expected


def test_a_period_after_a_programme_abbreviation_is_the_records() -> None:
    text = (
        "Cicloturisme transfronterer\n\n"
        "El projecte està cofinançat pel Fons Europeu de Desenvolupament Regional, part del "
        "Programa POCTEFA 2014-2020, amb quatre socis de tots dos costats."
    )
    record = extract_record(Notice(source="period.txt", text=text), today=dt.date(2026, 1, 1))
    assert record.period == "2014-2020"
    assert "period" not in record.derived
