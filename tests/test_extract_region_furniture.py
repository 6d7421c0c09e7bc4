"""Towns in a site's furniture are not the project's regions: a news site's menu of local
sections (its wide gaps lost in reading) and a box of most-read or related articles
(extraction/places.py, extraction/layout.py).

Pages written for these tests in the manner of regional news sites.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.layout import FURNITURE, layout
from extracting import record_of

_BODY = {
    "nl": "Het project KLIMWEG verbindt Enschede en Gronau met een nieuwe fietsroute.",
    "pt": "O projeto RAIAVIVA liga Castelo Branco e Cáceres numa rota comum de turismo.",
    "ro": "Proiectul BIHORMED unește Oradea și Debrecen într-un centru comun de sănătate.",
    "el": "Το έργο AGROKRITI συνδέει το Ηράκλειο με τη Λευκωσία σε κοινή δράση.",
    "de": "Das Projekt GRENZRAD verbindet Passau und Schärding mit einem neuen Radweg.",
    "it": "Il progetto VALLIVIVE unisce Sondrio e Tirano in un percorso comune.",
    "pl": "Projekt RAZEMGRANICA łączy Cieszyn i Český Těšín wspólną trasą rowerową.",
    "es": "El proyecto RAYAVERDE une Badajoz y Elvas en una ruta verde común.",
}
_MENU = {
    "nl": "Nieuws Deventer Zwolle Kampen Sport Abonneren",
    "pt": "Destaques Viseu Guarda Lamego Desporto Opinião",
    "ro": "Știri Arad Timișoara Lugoj Sport Cultură",
    "el": "Επικαιρότητα Κοζάνη Φλώρινα Καστοριά Αθλητικά Πολιτισμός",
    "de": "Nachrichten Linz Wels Steyr Sport Kultur",
    "it": "Cronaca Bergamo Brescia Cremona Sport Cultura",
    "pl": "Wiadomości Bielsko Żywiec Oświęcim Sport Kultura",
    "es": "Portada Mérida Cáceres Plasencia Deportes Opinión",
}
_MENU_TOWNS = {
    "nl": ["Deventer", "Zwolle", "Kampen"],
    "pt": ["Viseu", "Guarda", "Lamego"],
    "ro": ["Arad", "Timișoara", "Timisoara", "Lugoj"],
    "el": ["Kozani", "Florina", "Kastoria", "Kozáni", "Flórina", "Kastoriá"],
    "de": ["Linz", "Wels", "Steyr"],
    "it": ["Bergamo", "Brescia", "Cremona"],
    "pl": ["Żywiec", "Oświęcim"],
    "es": ["Mérida", "Plasencia"],
}


@pytest.mark.parametrize("lang", sorted(_BODY))
def test_the_towns_of_a_sites_menu_are_not_regions(lang: str) -> None:
    text = f"Regional Daily\n{_MENU[lang]}\n\n{_BODY[lang]}\nInterreg 2021-2027.\n"
    regions = record_of(text).regions
    assert not set(regions) & set(_MENU_TOWNS[lang])
    assert regions  # the body's places stay


def test_a_title_case_heading_with_a_country_is_no_menu() -> None:
    text = "Partner Overview\nProvincie Zeeland Leadpartner Waterschap NL\n\nHet project loopt."
    assert "Zeeland" in " ".join(record_of(text).regions)


@pytest.mark.parametrize(
    ("heading", "teaser"),
    [
        ("Most read", "Roadworks near Deventer this weekend"),
        ("Les plus lus", "Travaux sur la route de Thionville"),
        ("Meistgelesen", "Baustelle bei Passau gesperrt"),
        ("I più letti", "Lavori sulla strada per Cremona"),
        ("Lo más leído", "Obras en la carretera de Mérida"),
        ("Também lhe pode interessar", "Viseu recebe a feira do livro"),
        ("Cele mai citite", "Lucrări pe drumul spre Lugoj"),
        ("Najczęściej czytane", "Remont drogi w Żywcu"),
        ("Meest gelezen", "Nieuwe rotonde bij Zwolle"),
        ("Mest lästa", "Vägarbete vid Strömstad"),
    ],
)
def test_a_most_read_box_is_furniture(heading: str, teaser: str) -> None:
    lay = layout(f"Body text of the article.\n\n{heading}\n{teaser}\n")
    assert [line.kind for line in lay.lines[1:]] == [FURNITURE, FURNITURE]
