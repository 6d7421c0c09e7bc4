"""How partner names are cut from their text: an elided article glued to a name's first
word, and a country after a dot separator.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import candidates as cm
from coopkg.extraction import partners as pm


@pytest.mark.parametrize(
    ("piece", "name"),
    [
        ("l’Unione Regionale Veneta", "Unione Regionale Veneta"),  # it
        ("dell'ATS Progetto Montano", "ATS Progetto Montano"),  # it
        ("l'Université de Montclair", "Université de Montclair"),  # fr
        ("d’Innovation Alpine Lab", "Innovation Alpine Lab"),  # fr
        ("l'Institut Català del Bosc", "Institut Català del Bosc"),  # ca
        ("Regione Veneta", "Regione Veneta"),  # no article: unchanged
    ],
)
def test_an_elided_article_is_not_part_of_the_name(piece: str, name: str) -> None:
    span = cm._best_span(piece)
    assert span is not None
    assert piece[span[0] : span[1]] == name


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("PP3 Regional Agency of Northvale • AUSTRIA", ("PP3 Regional Agency of Northvale", "AT")),
        ("Agenzia Sud-Alpina · Italia", ("Agenzia Sud-Alpina", "IT")),
        ("Landkreis Oberhain – Deutschland", ("Landkreis Oberhain", "DE")),
        (
            "Fundación Sierra Alta • Centro de estudios",
            ("Fundación Sierra Alta • Centro de estudios", None),
        ),
    ],
)
def test_a_country_after_a_dot_separator_is_the_entry_s(
    entry: str, expected: tuple[str, str | None]
) -> None:
    parsed = pm.parse_entry(entry)
    assert parsed is not None
    assert parsed[:2] == expected


@pytest.mark.parametrize(
    ("piece", "name"),
    [
        ("la métropole de Montclair", "métropole de Montclair"),  # fr
        ("il comune di Valfonda", "comune di Valfonda"),  # it
        ("el ayuntamiento de Río Claro", "ayuntamiento de Río Claro"),  # es
        ("the municipality of Northvale", "municipality of Northvale"),  # en
        ("a câmara municipal de Vila Alta", "Vila Alta"),  # pt: two-word head, name only
    ],
)
def test_a_body_s_lowercase_head_noun_and_connector_start_its_name(piece: str, name: str) -> None:
    span = cm._best_span(piece)
    assert span is not None
    assert piece[span[0] : span[1]] == name
