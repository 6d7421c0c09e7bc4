"""A share of the total with its amount in brackets and the EU named as payer right after
it. Every text here is written for the test in the style of real news items."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_bracketed_eu_share


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The project costs 1 500 000 EUR, of which 80% (1 200 000 EUR) is paid by the ERDF.",
        ),
        ("fr", "Le projet coûte 1 500 000 EUR, dont 80 % (1 200 000 EUR) financés par le FEDER."),
        ("de", "Das Projekt kostet 1.500.000 EUR, davon 80% (1.200.000 EUR) aus dem EFRE."),
        ("it", "Il progetto costa 1.500.000 EUR, di cui l'80% (1.200.000 EUR) dal FESR."),
        ("es", "El proyecto cuesta 1.500.000 EUR, de los cuales el 80% (1.200.000 EUR) del FEDER."),
        ("lv", "Projekta izmaksas ir 1 500 000 EUR, no kurām 80% (1 200 000 EUR) finansē ERAF."),
        ("pl", "Projekt kosztuje 1 500 000 EUR, z czego 80% (1 200 000 EUR) pokrywa EFRR."),
        ("nl", "Het project kost 1.500.000 EUR, waarvan 80% (1.200.000 EUR) door het EFRO."),
    ],
)
def test_share_with_its_amount_in_brackets_paid_by_the_eu(lang: str, text: str) -> None:
    found = find_bracketed_eu_share(text, (lang,))
    assert found is not None
    rate, amount = found
    assert (rate.value, amount.value) == (0.8, 1_200_000.0)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The town pays 20% (300 000 EUR) of the costs from its own budget."),
        ("de", "Die Gemeinde trägt 20% (300.000 EUR) aus eigenen Mitteln."),
    ],
)
def test_share_in_brackets_without_the_eu_is_not_its_money(lang: str, text: str) -> None:
    assert find_bracketed_eu_share(text, (lang,)) is None
