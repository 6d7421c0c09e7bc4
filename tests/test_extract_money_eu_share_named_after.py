"""An EU share written without a currency after the amount it belongs to, the fund named
after it: "4 millions d'euros, dont 2,6 millions de fonds européens". Every text here is
written for the test in the style of real news items."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts


def _kinds(text: str, lang: str) -> list[tuple[str | None, float]]:
    return [(h.kind, float(h.value)) for h in find_amounts(text, (lang,))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le projet dispose de 4 millions d'euros, dont 2,6 millions de fonds européens."),
        ("it", "Il progetto vale 4 milioni di euro, di cui 2,6 milioni di fondi europei."),
        (
            "es",
            "El proyecto cuenta con 4 millones de euros, de los cuales 2,6 millones de "
            "fondos europeos.",
        ),
        (
            "pt",
            "O projeto tem um orçamento de 4 milhões de euros, dos quais 2,6 milhões de "
            "fundos europeus.",
        ),
        ("ca", "El projecte té 4 milions d'euros, dels quals 2,6 milions de fons europeus."),
        ("en", "The project has a budget of 4 million euros, of which 2.6 million of EU funds."),
        (
            "nl",
            "Het project heeft een budget van 4 miljoen euro, waarvan 2,6 miljoen van "
            "Europese fondsen.",
        ),
        (
            "de",
            "Das Projekt hat ein Budget von 4 Millionen Euro, davon 2,6 Millionen von EU-Mitteln.",
        ),
    ],
)
def test_share_of_the_amount_before_named_by_its_fund(lang: str, text: str) -> None:
    assert _kinds(text, lang) == [("total_budget", 4_000_000.0), ("eu_funding", 2_600_000.0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La région compte 2 millions d'habitants et 3 millions de visiteurs par an."),
        ("it", "Il parco accoglie 4 milioni di euro di turismo, e 2 milioni di visitatori."),
        ("en", "The region has 3 million inhabitants, of which 2 million of working age."),
    ],
)
def test_millions_of_people_are_no_eu_share(lang: str, text: str) -> None:
    assert all(kind != "eu_funding" for kind, _ in _kinds(text, lang))


def test_programme_envelope_and_its_fund_share_are_not_the_project() -> None:
    text = "L'enveloppe du programme s'élève à 100 millions d'euros, dont 60 millions de FEDER."
    assert all(kind not in ("eu_funding", "total_budget") for kind, _ in _kinds(text, "fr"))
