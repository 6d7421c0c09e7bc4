"""Areas named by an area noun before a proper name: micro-regions, Euroregions, a
capitalised "Region", river basins (extraction/named_areas.py).

Texts written for these tests in the manner of municipal and project pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.named_areas import named_areas
from coopkg.extraction.places import find_regions


def _names(text: str) -> list[str]:
    return [str(h.value) for h in named_areas(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Školy v mikroregionu povodí Olšovky spolupracují.", ["mikroregionu povodí Olšovky"]),
        ("Obce mikroregiónu Hornád pripravili spoločný plán.", ["mikroregiónu Hornád"]),
        ("Gminy Euroregionu Beskidy przygotowały projekt.", ["Euroregionu Beskidy"]),
        ("Die Gemeinden der EUREGIO Inn-Salzach arbeiten zusammen.", ["EUREGIO Inn-Salzach"]),
        (
            "Il progetto coinvolge i comuni dell'Euroregione Senza Confini.",
            ["Euroregione Senza Confini"],
        ),
        (
            "Los municipios de la Eurorregión Pirineos-Mediterráneo colaboran.",
            ["Eurorregión Pirineos-Mediterráneo"],
        ),
        ("Comunele din microregiunea Someșana colaborează.", ["microregiunea Someșana"]),
        ("Općine Euroregije Dunav-Drava-Sava surađuju.", ["Euroregije Dunav-Drava-Sava"]),
        (
            "Les communes de l'Eurorégion Alpes-Méditerranée coopèrent.",
            ["Eurorégion Alpes-Méditerranée"],
        ),
        (
            "Os municípios da Eurorregião Alentejo-Extremadura cooperam.",
            ["Eurorregião Alentejo-Extremadura"],
        ),
    ],
)
def test_an_area_noun_that_belongs_to_the_name_stays_in_it(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Partner: Region Holicko-Pardubicko, Česko", ["Holicko-Pardubicko"]),  # cs
        ("Projektpartner ist die Region Hohenlohe-Tauber.", ["Hohenlohe-Tauber"]),  # de
        ("Samarbetet omfattar Region Västerbygden i norr.", ["Västerbygden"]),  # sv
        (
            "Cooperation in the river basins Neman/Nemunas and Daugava/Väina.",
            ["Neman/Nemunas", "Daugava/Väina"],
        ),
    ],
)
def test_a_generic_noun_is_left_out_of_the_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Podpísal predseda euroregiónu Marek Kováč.",  # sk: a person after the noun
        "Przemawiał prezes euroregionu Tomasz Nowak.",  # pl
        "Co-funded through the European Regional Development Fund.",  # en: no "Region"
        "Work on the River Basin Management Plan went on.",  # en: a title, capitalised noun
        "La Regione Puglia ha approvato il piano.",  # it: "Regione" is read by the gazetteer
        "Der Regionalverband Ostwürttemberg ist Partner.",  # de
        "Die Region ist reich an Wäldern.",  # de: no name after the noun
        "Spolupráce v mikroregionu a v okolí.",  # cs: no name after the noun
    ],
)
def test_no_area_without_a_name_after_the_noun(text: str) -> None:
    assert _names(text) == []


def test_a_name_the_gazetteer_reads_is_left_to_it() -> None:
    text = "Projektet drivs av Region Skåne och Region Hovedstaden."
    names = [name for _, name in find_regions(text, ["sv"])]
    assert names.count("Skåne") == 1
    assert "Hovedstaden" in names


def test_a_named_area_is_a_region_of_the_record() -> None:
    text = "Projekt je zaměřen na spolupráci škol v mikroregionu povodí Olšovky a v okolí."
    names = [name for _, name in find_regions(text, ["cs"])]
    assert names == ["mikroregionu povodí Olšovky"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Het project versterkt de Kempenstreek als geheel.", ["Kempenstreek"]),
        (
            "hu",
            "A projekt a Bodrogközben és a Tisza-völgyben zajlik.",
            ["Bodrogköz", "Tisza-völgy"],
        ),
        (
            "hu",
            "A Rába-, Marcal- és Répce-völgyben új utak épülnek.",
            ["Rába-völgy", "Marcal-völgy", "Répce-völgy"],
        ),
        (
            "sv",
            "Projektet stärker turismen i Tornedalen och i Klarälvdalen.",
            ["Tornedalen", "Klarälvdalen"],
        ),
        ("da", "Projektet udvikler stier i Gudenådalen.", ["Gudenådalen"]),
        (
            "fi",
            "Hanke toimii Kymenlaaksossa ja Tornionlaaksossa.",
            ["Kymenlaakso", "Tornionlaakso"],
        ),
        ("et", "Projekt arendab matkaradu Virumaal ja Järvamaal.", ["Virumaa", "Järvamaa"]),
        ("lv", "Projekts attīsta tūrismu Kurzemē un Vidzemē.", ["Kurzeme", "Vidzeme"]),
        ("pl", "Szlak połączy gminy na Opolszczyźnie.", ["Opolszczyzna"]),
    ],
)
def test_a_compound_ending_in_an_area_word_is_an_area(
    language: str, text: str, expected: list[str]
) -> None:
    from coopkg.extraction.named_areas import suffix_areas

    assert [str(h.value) for h in suffix_areas(text, [language])] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hu", "Hegyvidéken is épülnek utak."),  # a sentence's first word: a common noun
        ("hu", "A völgyben és a vidéken új utak épülnek."),  # lower case: common nouns
        ("et", "Rohumaa ääres kasvavad puud."),  # et: a sentence's first word
        ("de", "Das Projekt stärkt den Kempenstreek nicht."),  # no suffix table for German
        ("en", "The project covers the Tornedalen area."),  # no suffix table for English
    ],
)
def test_no_area_from_a_common_noun_or_another_language(language: str, text: str) -> None:
    from coopkg.extraction.named_areas import suffix_areas

    assert suffix_areas(text, [language]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Innovation in the Alentejo Central Region of Portugal.",
            ["Alentejo Central Region of Portugal"],
        ),
        ("Partners come from the Kvarner Region and Istria.", ["Kvarner Region"]),
        ("The partner region of the project is small.", []),  # lower case: no name
        ("Each year the Partner Region hosts a meeting.", []),  # a role, not a name
        ("Funds come from the European Regional Development Fund.", []),
    ],
)
def test_english_writes_region_after_the_name(text: str, expected: list[str]) -> None:
    assert _names(text) == expected
