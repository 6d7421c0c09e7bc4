"""Towns of the country whose first language the notice is written in are found even where
no country is named (extraction/assemble.py with extraction/localities.py): a local news
item rarely names its own country. Only towns of some size count there, and English,
written in many countries, gives none.

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
        ("pt", "Os municípios de Guimarães e Fafe participam no projeto.", "Guimarães"),
        ("fi", "Hanke rakentaa uuden pyörätien Kokkola kaupungin keskustaan.", "Kokkola"),
        ("sv", "Projektet bygger en ny cykelväg i Gävle kommun.", "Gävle"),
        ("pl", "Projekt obejmuje gminy Gorlice i Biecz.", "Gorlice"),
        ("cs", "Projekt realizuje statutární město Karviná se svými partnery.", "Karviná"),
        ("hu", "A projektet Gyula Város Önkormányzata vezeti.", "Gyula"),
        ("it", "Il progetto è guidato dal Comune di Bassano del Grappa.", "Bassano del Grappa"),
        ("es", "El Ayuntamiento de Ponferrada lidera el nuevo proyecto.", "Ponferrada"),
    ],
)
def test_a_town_of_the_texts_own_country_is_found(language: str, text: str, town: str) -> None:
    assert town in _regions(text, language)


def test_english_gives_no_country_of_its_own() -> None:
    # An English page may be written anywhere: a British town's name is not looked up.
    assert "Wrexham" not in _regions("The council of Wrexham leads the new trail project.", "en")


def test_a_hamlet_of_a_country_the_text_does_not_name_is_not_looked_up() -> None:
    # A German noun may name a hamlet in Switzerland or Austria: without the country
    # written, only towns of some size are looked up.
    text = "Das Projekt verbindet Kommunen und Hochschulen beiderseits der Grenze."
    assert "Hochschulen" not in _regions(text, "de")


def test_a_small_town_counts_where_its_country_is_written() -> None:
    text = "Os municípios de Mirandela e Vimioso, em Portugal, participam no projeto."
    assert "Mirandela" in _regions(text, "pt")
