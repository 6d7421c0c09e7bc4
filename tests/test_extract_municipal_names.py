"""Places a municipal body names, known to no table (extraction/municipal_names.py).

Sentences written for these tests in the manner of municipal pages; the village names are
made up, so that no table of places knows them.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.municipal_names import municipal_names
from extracting import record_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "Határon átnyúló partner: Zalabérvölgy Község Önkormányzata.", ["Zalabérvölgy"]),
        ("sv", "Lead Part för projektet är Brunnevik kommun.", ["Brunnevik"]),
        ("da", "Projektet ledes af Østerlund Kommune.", ["Østerlund"]),
        ("et", "Partneriks on Kaarlimäe vald.", ["Kaarlimäe"]),
        ("pl", "Partnerem projektu jest Gmina Zawierzyce.", ["Zawierzyce"]),
        ("cs", "Příjemcem dotace je Obec Horní Lhotkov.", ["Horní Lhotkov"]),
        ("sk", "Partnerom je Obec Dolné Varínky.", ["Dolné Varínky"]),
        ("hr", "Nositelj projekta je Općina Brezovljani.", ["Brezovljani"]),
        ("it", "Capofila è il Comune di Valtorbia.", ["Valtorbia"]),
        ("pt", "O parceiro é o Município de Vilarelhos.", ["Vilarelhos"]),
        ("es", "Participa el Ayuntamiento de Villarrasa.", ["Villarrasa"]),
        ("en", "The lead partner is Kilbrennan Municipality.", ["Kilbrennan"]),
    ],
)
def test_a_municipal_body_names_an_unknown_village(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [h.value for h in municipal_names(text, [lang])] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Hungarian writes the body after its place: a word after it is not one.
        ("hu", "Község Polgármesteri Hivatal"),
        # Finnish and Greek write the place in the genitive: not its name as written.
        ("fi", "Hankkeen vetäjä on Kaarlunkylän kunta."),
        ("el", "Επικεφαλής είναι ο Δήμος Καλαμίτσας."),
        # A common word beside a body's word is no place.
        ("de", "Die Gemeinde Verwaltung lädt ein."),
        # A programme's motto with a lower-case "comune" in Romanian.
        ("ro", "„Graniţe comune. Soluţii comune.”"),
    ],
)
def test_no_place_from_other_words_beside_a_body(lang: str, text: str) -> None:
    assert municipal_names(text, [lang]) == []


def test_a_village_a_body_names_is_a_region_of_the_record() -> None:
    text = (
        "Projekt realizuje Gmina Zawierzyce w partnerstwie z Obcí Dolné Varínky.\n"
        "Program Interreg Polska – Słowacja 2021-2027."
    )
    assert "Zawierzyce" in record_of(text, source="village_pl.txt").regions


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Los concellos de O Porriñal, A Valiña y Valdoriño firman el acuerdo.",
            ["O Porriñal", "A Valiña", "Valdoriño"],
        ),
        (
            "de",
            "Die Gemeinden Kleinwaldau, Obertressen und Gochfeld arbeiten zusammen.",
            ["Kleinwaldau", "Obertressen", "Gochfeld"],
        ),
        (
            "it",
            "Aderiscono i comuni di Valtorbia, Premanello e Casargiu.",
            ["Valtorbia", "Premanello", "Casargiu"],
        ),
        (
            "fr",
            "Les communes de Vallorcine-le-Haut et Bessanèze signent.",
            ["Vallorcine-le-Haut", "Bessanèze"],
        ),
        ("pl", "Współpracują gminy Zawierzyce i Podgórzanka.", ["Zawierzyce", "Podgórzanka"]),
        (
            "hr",
            "Sudjeluju općine Brezovljani, Donjevac i Goričanec.",
            ["Brezovljani", "Donjevac", "Goričanec"],
        ),
        (
            "nl",
            "De gemeenten Oosterwolde-Zuid en Kleinbergen werken samen.",
            ["Oosterwolde-Zuid", "Kleinbergen"],
        ),
        (
            "en",
            "The municipalities of Kilbrennan and Ardnacross joined.",
            ["Kilbrennan", "Ardnacross"],
        ),
        ("ro", "Participă comunele Marghitaș și Săcuieni-Vale.", ["Marghitaș", "Săcuieni-Vale"]),
    ],
)
def test_a_plural_body_lists_its_villages(lang: str, text: str, expected: list[str]) -> None:
    assert [h.value for h in municipal_names(text, [lang])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Câmara da Murtaliça e a universidade apresentaram a candidatura.", ["Murtaliça"]),
        ("Parceiro: Câmara Municipal de Vilarelhos.", ["Vilarelhos"]),
        # A chamber of commerce is no municipality.
        ("Parceiro: Câmara de Comércio e Indústria.", []),
    ],
)
def test_a_portuguese_municipal_chamber_names_its_place(text: str, expected: list[str]) -> None:
    assert [h.value for h in municipal_names(text, ["pt"])] == expected


def test_one_name_after_a_plural_body_is_no_list() -> None:
    # "communes Haute Vallée" names one body: read as the body's name, not as a list.
    text = "La Communauté de communes Haute Vallée signe."
    assert [h.value for h in municipal_names(text, ["fr"])] == ["Haute Vallée"]


def test_a_chamber_before_a_region_is_no_municipality() -> None:
    # "Câmara de X" without an article, and a chamber in another language's text.
    assert municipal_names("Parceiro: Câmara de Castilha y Leon.", ["pt"]) == []
    assert municipal_names("Partner: Câmara da Murtaliça.", ["en"]) == []
