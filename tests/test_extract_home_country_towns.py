"""Towns of the country whose first language the notice is written in are found even where
no country is named (extraction/assemble.py with extraction/localities.py): a local news
item rarely names its own country. English, written in many countries, gives none.

Texts written for these tests in the manner of local news items.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.read.notices import Notice


def _regions(text: str, language: str) -> tuple[str, ...]:
    notice = Notice(source=f"{language}.txt", text=text)
    return extract_record(notice, today=dt.date(2026, 1, 1)).regions


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("pt", "Os municípios de Mirandela e Vimioso participam no projeto.", "Mirandela"),
        ("fi", "Hanke rakentaa uuden pyörätien Kokkola kaupungin keskustaan.", "Kokkola"),
        ("sv", "Projektet bygger en ny cykelväg i Söderhamn kommun.", "Söderhamn"),
        ("pl", "Projekt obejmuje gminy Gorlice i Biecz.", "Gorlice"),
        ("cs", "Projekt realizuje statutární město Karviná se svými partnery.", "Karviná"),
        ("hu", "A projektet Gyula Város Önkormányzata vezeti.", "Gyula"),
        ("it", "Il progetto è guidato dal Comune di Luino con i suoi partner.", "Luino"),
        ("es", "El Ayuntamiento de Jaca lidera el nuevo proyecto de senderos.", "Jaca"),
    ],
)
def test_a_town_of_the_texts_own_country_is_found(language: str, text: str, town: str) -> None:
    assert town in _regions(text, language)


def test_english_gives_no_country_of_its_own() -> None:
    # An English page may be written anywhere: a British town's name is not looked up.
    assert "Wrexham" not in _regions("The council of Wrexham leads the new trail project.", "en")
