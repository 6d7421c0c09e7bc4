"""An amount given "for the lead partner" is that partner's, not the project's
(extraction/money.py, rule money:for-partner).

Texts written for these tests in the manner of news pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        (
            "en",
            "The project received EUR 450 000 for the lead partner.",
            450000.0,
        ),
        (
            "it",
            "Il progetto è finanziato per € 380.000,00 per il capofila.",
            380000.0,
        ),
        ("de", "Bewilligt wurden 250.000 Euro für den Lead Partner.", 250000.0),
        ("fr", "Le projet obtient 300 000 € pour le chef de file.", 300000.0),
        (
            "es",
            "El proyecto recibe 200.000 euros para el socio principal.",
            200000.0,
        ),
        ("pl", "Projekt otrzymał 150 000 EUR dla partnera wiodącego.", 150000.0),
        (
            "nl",
            "Het project krijgt 120.000 euro voor de hoofdpartner.",
            120000.0,
        ),
        (
            "pt",
            "O projeto recebe 90.000 euros para o parceiro principal.",
            90000.0,
        ),
        (
            "ro",
            "Proiectul primește 110.000 EUR pentru partenerul principal.",
            110000.0,
        ),
    ],
)
def test_an_amount_for_the_lead_partner_is_the_partners(
    language: str, text: str, amount: float
) -> None:
    assert [(h.value, h.kind) for h in find_amounts(text, [language])] == [
        (amount, "partner_budget")
    ]


def test_a_total_for_a_period_stays_the_total() -> None:
    text = "The project has a total budget of EUR 450 000 for three years."
    assert [(h.value, h.kind) for h in find_amounts(text, ["en"])] == [(450000.0, "total_budget")]
