"""A place an institution's name ends in after a link word ("Universidade de Aveiro") is a
partner's territory; a place an institution is merely named after ("Lund University") is
not (extraction/localities.py, extraction/places.py).

Sentences written for these tests in the manner of project and news pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities
from coopkg.extraction.places import of_its_place
from extracting import record_of


@pytest.mark.parametrize(
    ("lang", "text", "countries", "expected"),
    [
        ("pt", "Parceiros: a Universidade de Aveiro e outras entidades.", ["PT"], ["Aveiro"]),
        ("es", "Colabora la Universidad de Salamanca en los ensayos.", ["ES"], ["Salamanca"]),
        ("ro", "Partener este Universitatea din Ruse, cu două laboratoare.", ["BG"], ["Ruse"]),
        ("sl", "Sodeluje Univerza v Mariboru s tremi fakultetami.", ["SI"], ["Maribor"]),
        ("it", "Partecipa l'Università degli Studi di Padova al progetto.", ["IT"], ["Padova"]),
        ("fr", "Le partenaire scientifique est l'Université de Lille.", ["FR"], ["Lille"]),
        ("en", "The partners include the University of Evora and others.", ["PT"], ["Evora"]),
        ("pl", "Partnerem jest Instytut Badawczy w Gdańsku oraz gmina.", ["PL"], ["Gdańsk"]),
        ("gl", "Participa a Universidade de Vigo nas probas de campo.", ["ES"], ["Vigo"]),
    ],
)
def test_an_institution_of_its_place_names_a_territory(
    lang: str, text: str, countries: list[str], expected: list[str]
) -> None:
    assert [h.value for h in find_localities(text, countries, [lang])] == expected


@pytest.mark.parametrize(
    ("lang", "text", "countries"),
    [
        ("en", "Partners: Lund University and two agencies.", ["SE"]),
        ("de", "Beteiligt ist die Technische Universität Dresden mit zwei Lehrstühlen.", ["DE"]),
        ("nl", "De Hogeschool Utrecht Kenniscentrum doet mee.", ["NL"]),
        # A cut-off name gives only an alternate spelling of the town.
        ("en", "Partners: University of Ljubljan", ["SI"]),
    ],
)
def test_an_institution_named_after_a_town_is_not_its_territory(
    lang: str, text: str, countries: list[str]
) -> None:
    assert find_localities(text, countries, [lang]) == []


def test_a_link_word_must_stand_right_before_the_place() -> None:
    text = "Universidade de Aveiro; Lund University"
    assert of_its_place(text, text.index("Aveiro"))
    assert not of_its_place(text, text.index("Lund"))


def test_a_part_of_a_country_after_of_is_no_seat_taken_as_a_territory() -> None:
    # "Eastern Finland" in a university's name is not a town the university stands for.
    record = record_of(
        "Partners: University of Eastern Finland (FI) and Karelia Regional Council (FI).\n"
        "Programme: Interreg Aurora 2021-2027."
    )
    assert "Eastern Finland" not in record.regions
