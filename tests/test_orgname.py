"""The shipped organisation-name model: loads without pickle and knows names from non-names."""

from __future__ import annotations

import pytest

from coopkg.extraction import orgname

# Names and non-names written here, in the styles of real pages, in ten languages.
NAMES = [
    "University of Central Westshire",  # en
    "Landkreis Oberhain",  # de
    "Communauté de communes du Val Fleuri",  # fr
    "Comune di Castelverde",  # it
    "Ayuntamiento de Villanueva del Campo",  # es
    "Gmina Zielona Dolina",  # pl
    "Kisvárosi Polgármesteri Hivatal",  # hu
    "Δήμος Καλαμπάκας",  # el
    "Občina Zgornja Vas",  # sl
    "Regionālās attīstības aģentūra",  # lv
]
NON_NAMES = [
    "Read more",  # furniture
    "Project summary",
    "12 March 2019",  # date
    "€ 1,250,000",  # amount
    "Dr. Anna Müller",  # person
    "the project was presented to the press",  # sentence
    "Lokalizacja projektu",  # pl heading
    "La déclinaison du programme sur le territoire",  # fr sentence piece
]


@pytest.mark.parametrize("name", NAMES)
def test_names_score_high(name: str) -> None:
    assert orgname.score(name) > 0.5


@pytest.mark.parametrize("text", NON_NAMES)
def test_non_names_score_low(text: str) -> None:
    assert orgname.score(text) < 0.5


def test_weights_are_plain_arrays() -> None:
    weights, bias = orgname._weights()
    assert weights.shape == (orgname.DIM,)
    assert isinstance(bias, float)


def test_features_are_case_aware_and_marked() -> None:
    keys = orgname.feature_keys("Ab")
    assert "c\x02A" in keys and "cb\x03" in keys
    assert "c\x02a" not in keys
    assert orgname.feature_ids("Ab") != orgname.feature_ids("ab")
