"""A project's one-word name said once after a project word (extraction/titles.py).
Sentences written for these tests in the manner of local news pages."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.read.notices import Notice


def _acronym(text: str) -> str | None:
    record = extract_record(Notice(source="names.txt", text=text), today=dt.date(2026, 1, 1))
    return record.acronym


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Câmara Municipal é um dos quatro parceiros do projecto Ceramurb, que quer "
            "valorizar a cerâmica urbana nas cidades da fronteira.",
            "Ceramurb",
        ),
        (
            "Das Landratsamt beteiligt sich am Projekt Grenzwaldix, das Wanderwege auf beiden "
            "Seiten der Grenze verbindet und von der EU gefördert wird.",
            "Grenzwaldix",
        ),
        (
            "Gmina przystąpiła do projektu Rowerolandia, który połączy szlaki rowerowe po obu "
            "stronach granicy.",
            "Rowerolandia",
        ),
        # A word of the language after the project word is no name ("europeo", "nuevo").
        (
            "El ayuntamiento presentó ayer el proyecto Europeo, que une a seis municipios de "
            "ambos lados de la frontera.",
            None,
        ),
        (
            "Il comune ha presentato il progetto Nuovo, che riguarda la mobilità lenta lungo "
            "il confine con la Slovenia.",
            None,
        ),
    ],
)
def test_a_coined_name_said_once_is_the_acronym(text: str, expected: str | None) -> None:
    assert _acronym(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Kommunen är partner i projektet, som har namnet "Gröna vägar över gränsen". '
        "Projektet pågår i tre år och finansieras av EU.",
        'Kommunen er partner i projektet, som har navnet "Gröna vägar över gränsen". '
        "Projektet varer i tre år og finansieres af EU.",
    ],
)
def test_a_title_quoted_after_a_name_cue(text: str) -> None:
    record = extract_record(Notice(source="names.txt", text=text), today=dt.date(2026, 1, 1))
    assert record.title == "Gröna vägar över gränsen"
