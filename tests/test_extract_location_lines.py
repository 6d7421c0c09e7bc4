"""Towns on location lines and card town lines (extraction/location_lines.py), and a
council's place (extraction/localities.py).

Lines written for these tests in the manner of programme databases and partner cards.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities
from coopkg.extraction.location_lines import location_places
from extracting import record_of


@pytest.mark.parametrize(
    ("lang", "text", "countries", "expected"),
    [
        ("en", "Location\nLienz, Tyrol, Austria\n\nSummary", [], ["Lienz"]),
        ("it", "Localizzazione\nBolzano, Provincia autonoma di Bolzano, Italia\n", [], ["Bolzano"]),
        ("de", "Standort: Lienz, Tirol, Österreich", [], ["Lienz"]),
        ("fr", "Lieu : Lille, Hauts-de-France", ["FR"], ["Lille"]),
        ("es", "Ubicación\nHuesca, Aragón, España\n", [], ["Huesca"]),
        ("pl", "Lokalizacja projektu\nBoguchwała, podkarpackie, Polska\n", [], ["Boguchwała"]),
        ("sk", "Lokalita\nEngelhartstetten, Niederösterreich, Rakúsko\n", [], ["Engelhartstetten"]),
        ("pt", "Localização: Évora, Alentejo, Portugal", [], ["Évora"]),
        ("lv", "Valmieras novada pašvaldība\nAbja-Paluoja, Igaunija\n", [], ["Abja-Paluoja"]),
        ("nl", "Partner\nGemeente Goes\nGoes, Nederland\n", [], ["Goes"]),
    ],
)
def test_a_town_on_a_location_line(
    lang: str, text: str, countries: list[str], expected: list[str]
) -> None:
    assert [h.value for h in location_places(text, countries)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A sentence closing with a country is no card line.
        "The kick-off was held in Lienz. Partners came from Austria, Italia",
        # A label over a sentence.
        "Location\nThe works take place along the river, Austria.\n",
        # A country's name alone, and an institution's name, are no town.
        "Location: Austria",
        "Lund University, Sweden",
        # A town the table places in another country than the line names.
        "Lienz, Polska",
    ],
)
def test_no_town_from_other_lines(text: str) -> None:
    assert location_places(text, []) == []


def test_a_location_line_adds_its_town_to_the_record() -> None:
    text = (
        "Programme Interreg Italia-Österreich 2021-2027\n\n"
        "Beneficiaries\nAlpine Huts Association\n\n"
        "Location\nLienz, Tirol, Österreich\n\n"
        "Description\nThe project equips mountain huts with water sensors."
    )
    assert "Lienz" in record_of(text).regions


@pytest.mark.parametrize(
    ("lang", "text", "countries", "expected"),
    [
        (
            "en",
            "Partners: Cork County Council and Tralee Town Council.",
            ["IE"],
            ["Cork", "Tralee"],
        ),
        ("mt", "Il-Kunsill Lokali Marsaxlokk huwa sieħeb.", ["MT"], ["Marsaxlokk"]),
        ("mt", "Sieħeb: Kunsill Lokali Birżebbuġa.", ["MT"], ["Birżebbuġa"]),
        ("sl", "Sodeluje Svet Občine Lenart.", ["SI"], ["Lenart"]),
        ("pl", "Partnerem jest Rada Miasta Gorlice.", ["PL"], ["Gorlice"]),
        ("cs", "Partnerem je Rada Města Třinec.", ["CZ"], ["Třinec"]),
        ("ro", "Partener: Consiliul Local Marghita.", ["RO"], ["Marghita"]),
        ("it", "Aderisce il Consiglio comunale di Pozzallo.", ["IT"], ["Pozzallo"]),
        ("fr", "Avec le Conseil municipal de Thionville.", ["FR"], ["Thionville"]),
    ],
)
def test_a_councils_place_is_its_territory(
    lang: str, text: str, countries: list[str], expected: list[str]
) -> None:
    assert [h.value for h in find_localities(text, countries, [lang])] == expected
