"""Amounts in millions without a currency, and amounts spelled in parts
(extraction/money.py). Sentences written for these tests in the manner of news pages."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts


def _amounts(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(float(h.value), h.kind) for h in find_amounts(text, [language])]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Il progetto durerà 24 mesi, per un budget di 3,4 milioni, di cui 2,9 milioni "
            "cofinanziati dal FESR.",
            [(3_400_000.0, "total_budget"), (2_900_000.0, "eu_funding")],
        ),
        (
            "es",
            "Con una inversión total de 1,8 millones, la obra está cofinanciada por el Feder.",
            [(1_800_000.0, "total_budget")],
        ),
        (
            "en",
            "The project budget is 2.1 million, shared by six partners.",
            [(2_100_000.0, "total_budget")],
        ),
        # Millions of people, or of another currency, are not money in euro.
        ("es", "La comarca tiene 1,5 millones de habitantes y recibe fondos Feder.", []),
        ("en", "The region has a budget for 3 million visitors a year.", []),
        ("sv", "Projektet har en budget på 9,5 miljoner kronor.", []),
        ("pl", "Budżet projektu wynosi 2 miliony złotych.", []),
    ],
)
def test_millions_without_a_currency(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _amounts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "it",
            "Il progetto ha un bilancio complessivo di 4 milioni 215 mila 300 euro.",
            4_215_300.0,
        ),
        ("es", "El presupuesto total asciende a 2 millones 300 mil euros.", 2_300_000.0),
        ("fr", "Le budget total est de 1 million 250 000 euros.", 1_250_000.0),
    ],
)
def test_amounts_spelled_in_parts(language: str, text: str, expected: float) -> None:
    [(value, kind)] = _amounts(text, language)
    assert (value, kind) == (expected, "total_budget")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The payer right after the amount says it is EU money, before the rate does.
        (
            "es",
            "La Diputación lidera el proyecto europeo Montes Vivos. Cofinanciado con 1,2 "
            "millones de euros por Interreg Sudoe al 75 por ciento, suma seis socios.",
            [(1_200_000.0, "eu_funding")],
        ),
        # A paragraph that names the project after a programme word is about the project.
        (
            "it",
            "L'ufficio Programmi Europei della Provincia guiderà il progetto europeo Alpi "
            "Verdi per tre anni. Finanziato con 900.000 euro dal FESR, coinvolge sei partner.",
            [(900_000.0, "eu_funding")],
        ),
    ],
)
def test_whose_money_in_a_paragraph_about_the_project(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _amounts(text, language) == expected


def test_eu_funds_named_after_the_amount_in_german() -> None:
    text = (
        "Die Partner verfügen über ein Gesamtbudget von 1,4 Mio. Euro, davon sind "
        "1,1 Mio. Euro als Fördermittel von der Europäischen Union."
    )
    assert _amounts(text, "de") == [(1_400_000.0, "total_budget"), (1_100_000.0, "eu_funding")]
