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
