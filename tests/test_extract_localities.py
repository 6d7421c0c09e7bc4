"""Towns and villages named as project or partner territory (extraction/localities.py)."""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities
from coopkg.records.localities import localities_named

# Sentences written for these tests in the manner of municipal and programme pages.
CASES = [
    (
        "sk",
        "Cyklotrasa spája mestá Kysucké Nové Mesto a Bardejov.",
        ["SK"],
        ["Kysucké Nové Mesto", "Bardejov"],
    ),
    ("pl", "Partnerzy: Gmina Łodygowice oraz Miasto Gorlice.", ["PL"], ["Łodygowice", "Gorlice"]),
    (
        "hr",
        "Nositelj projekta je Općina Vinica, partner je Grad Lenti.",
        ["HR", "HU"],
        ["Vinica", "Lenti"],
    ),
    (
        "ro",
        "Proiectul leagă orașele Marghita și Berettyóújfalu.",
        ["RO", "HU"],
        ["Marghita", "Berettyóújfalu"],
    ),
    (
        "cs",
        "Stezka vede z obce Petrovice u Karviné do města Jastrzębie-Zdrój.",
        ["CZ", "PL"],
        ["Petrovice u Karviné", "Jastrzębie-Zdrój"],
    ),
    ("it", "Il percorso collega Luino e Pontebba lungo il confine.", ["IT"], ["Luino", "Pontebba"]),
    (
        "pt",
        "Os municípios de Mogadouro e Vimioso participam no projeto.",
        ["PT"],
        ["Mogadouro", "Vimioso"],
    ),
    (
        "de",
        "Die Stadt Zgorzelec und die Gemeinde Altötting sind Partner.",
        ["PL", "DE"],
        ["Zgorzelec", "Altötting"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "countries", "places"), CASES)
def test_small_places_in_many_languages(
    lang: str, text: str, countries: list[str], places: list[str]
) -> None:
    assert [h.value for h in find_localities(text, countries, [lang])] == places


def test_only_places_in_the_notices_countries() -> None:
    text = "Il percorso collega Luino e Pontebba lungo il confine."
    assert find_localities(text, ["FR"], ["it"]) == []


def test_common_words_are_not_small_places() -> None:
    # "Parco" and "Monte" are villages somewhere in Italy, and common Italian words.
    text = "Il Parco organizza visite sul Monte con le scuole di Padova."
    assert [h.value for h in find_localities(text, ["IT"], ["it"])] == ["Padova"]


def test_the_seat_of_an_institution_is_not_its_territory() -> None:
    text = "Partners: Lund University (SE) and the Municipality of Kalmar (SE)."
    assert [h.value for h in find_localities(text, ["SE"], ["en"])] == ["Kalmar"]


def test_places_other_finders_read_are_not_read_again() -> None:
    text = "Partners from Maribor and Ptuj."
    taken = [(text.index("Maribor"), text.index("Maribor") + len("Maribor"))]
    assert [h.value for h in find_localities(text, ["SI"], ["en"], taken)] == ["Ptuj"]


def test_the_table_knows_places_in_three_scripts() -> None:
    assert "BG" in localities_named("Русе")
    assert "SK" in localities_named("kysucke nove mesto")
    assert localities_named("Atlantis") == {}


# A municipal body's word names its town as a place even where the town opens the
# sentence, is written in a case form that is also a common word, or is joined to the body
# by an adjective or a genitive ("Câmara Municipal de", "Primăria Municipiului").
BODY_CASES = [
    ("ro", "Primăria Municipiului Calafat semnează acordul.", ["RO", "BG"], "Calafat"),
    ("pt", "Parceiro: Câmara Municipal de Peniche.", ["PT"], "Peniche"),
    ("lv", "Bauskas novada pašvaldība sāk jaunu projektu.", ["LV", "LT"], "Bauska"),
    ("et", "Põlva vald alustab uut projekti.", ["EE", "LV"], "Põlva"),
    ("hu", "Kőszeg Város Önkormányzata új projektet indít.", ["HU", "AT"], "Kőszeg"),
    ("sv", "Strömstad kommun startar ett nytt projekt.", ["SE", "NO"], "Strömstad"),
    ("no", "Risør kommune starter et nytt prosjekt.", ["NO", "SE"], "Risør"),
    ("fi", "Kemijärven kaupunki aloittaa uuden hankkeen.", ["FI", "SE"], "Kemijärvi"),
    ("en", "Cavan County Council launches a new project.", ["IE", "GB"], "Cavan"),
    ("da", "Tønder Kommune starter et nyt projekt.", ["DK", "DE"], "Tønder"),
]


@pytest.mark.parametrize(("lang", "text", "countries", "expected"), BODY_CASES)
def test_a_municipal_body_names_its_town(
    lang: str, text: str, countries: list[str], expected: str
) -> None:
    assert [h.value for h in find_localities(text, countries, [lang])] == [expected]


def test_a_small_town_opening_a_sentence_alone_is_still_not_read() -> None:
    # Without a body's word after it a sentence's first word must name a large place.
    assert find_localities("Põlva alustab uut projekti.", ["EE"], ["et"]) == []
