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
            "Cooperation in the river basins Narva/Narova and Koiva/Gauja.",
            ["Narva/Narova", "Koiva/Gauja"],
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
        "Funded by the European Regional Development Fund.",  # en: "Regional" is no "Region"
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
