"""A town named with a case or plural form of a municipality's or a city's word is the
municipality's territory, not a person's or an institution's name (records/org_terms.toml,
read by extraction/localities.py).

Sentences written for these tests in the manner of municipal pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities
from coopkg.records.organisation_terms import concept_of

CASES = [
    (
        "ro",
        "Proiectul se derulează în parteneriat cu Municipalitatea Byala.",
        ["BG", "RO"],
        "Byala",
    ),
    ("pl", "Wniosek złożył Urząd Miasta Gorlice.", ["PL"], "Gorlice"),
    ("sl", "Vodilni partner je Mestna občina Ptuj.", ["SI"], "Ptuj"),
    ("hr", "Projekt provode djelatnici Grada Čakovca.", ["HR"], "Čakovec"),
    ("sk", "Projekt pripravili zamestnanci Mesta Snina.", ["SK"], "Snina"),
    ("hu", "A pályázatot Pilismarót Község nyújtotta be.", ["HU"], "Pilismarót"),
    ("cs", "Zapojily se také obce Godów a Zebrzydowice.", ["PL", "CZ"], "Godów"),
    ("es", "Los concellos O Rosal y Tomiño firmaron el acuerdo.", ["ES"], "Tomiño"),
]


@pytest.mark.parametrize(("language", "text", "countries", "town"), CASES)
def test_a_town_after_a_municipal_word_is_found(
    language: str, text: str, countries: list[str], town: str
) -> None:
    assert town in [h.value for h in find_localities(text, countries, [language])]


@pytest.mark.parametrize(
    "word", ["Municipalitatea", "Község", "obce", "concellos", "Miasta", "Grada", "Mestna"]
)
def test_the_forms_are_territorial(word: str) -> None:
    assert concept_of(word) in {"municipality", "city"}
