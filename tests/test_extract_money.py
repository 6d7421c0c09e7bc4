"""Tests for coopkg.extraction.money: amounts, their kinds, co-financing rates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopkg.extraction.money import (
    find_amounts,
    find_cofinancing_rate,
    find_rate_amount_pair,
    parse_amount,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("709 596,05", None, 709596.05),
        ("709\u00a0596,05", None, 709596.05),
        ("1 687 872,00 EUR", None, 1687872.0),
        ("1.687.872,00 EUR", "de", 1687872.0),
        ("€4,738,764.00", "en", 4738764.0),
        ("EUR 4.738.764", None, 4738764.0),
        ("4,738,764 €", None, 4738764.0),
        ("EUR 1.2 million", "en", 1200000.0),
        ("1,2 Mio. €", "de", 1200000.0),
        ("1,2 Mio. Euro", "de", 1200000.0),
        ("2.5 M€", None, 2500000.0),
        ("500 mila euro", "it", 500000.0),
        ("1,5 milioni di euro", "it", 1500000.0),
        ("1,2 millions d'euros", "fr", 1200000.0),
        ("1,5 mil millones de euros", "es", 1500000000.0),
        ("1.5 bn", None, 1500000000.0),
        ("MEUR 1.2", None, 1200000.0),
        ("12 k€", None, 12000.0),
        ("EUR 1.687", "en", 1.687),
        ("EUR 1.687", "de", 1687.0),
        ("EUR 1.687", None, 1687.0),
        ("EUR 1.687 million", "en", 1687000.0),
        ("€ 4.500", "en", 4500.0),
        ("1.687 Mio. €", "de", 1687000.0),
    ],
)
def test_parse_amount(text: str, language: str | None, expected: float) -> None:
    assert parse_amount(text, language) == expected


@pytest.mark.parametrize(
    "text", ["1,2 mln zł", "PLN 4 500 000", "55%", "", "Interreg", "100 000 HUF"]
)
def test_parse_amount_rejects(text: str) -> None:
    assert parse_amount(text) is None


def _kinds(text: str, languages: tuple[str, ...] = ()) -> list[tuple[float, str | None]]:
    return [(h.value, h.kind) for h in find_amounts(text, languages)]


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Total budget: EUR 2,000,000; ERDF contribution: EUR 1,700,000", ("en",)),
        ("Budget total : 2 000 000 €. Contribution UE : 1 700 000 €", ("fr",)),
        ("Gesamtbudget: 2.000.000 EUR, EFRE-Mittel: 1.700.000 EUR", ("de",)),
        ("Budget totale: € 2.000.000 - Contributo FESR: € 1.700.000", ("it",)),
        ("Presupuesto total: 2.000.000 €. Ayuda FEDER: 1.700.000 €", ("es",)),
        (
            "Całkowita wartość projektu: 2 000 000 EUR, dofinansowanie z EFRR: 1 700 000 EUR",
            ("pl",),
        ),
        ("Totale begroting: € 2.000.000, EFRO-bijdrage: € 1.700.000", ("nl",)),
        ("Orçamento total: 2.000.000 €; Financiamento FEDER: 1.700.000 €", ("pt",)),
    ],
)
def test_total_and_eu_funding_in_many_languages(text: str, languages: tuple[str, ...]) -> None:
    assert _kinds(text, languages) == [(2000000.0, "total_budget"), (1700000.0, "eu_funding")]


def test_label_after_the_amount() -> None:
    text = "Das Projekt hat ein Gesamtbudget von 1,2 Mio. € und erhält 1.020.000 € EFRE-Mittel."
    assert _kinds(text, ("de",)) == [(1200000.0, "total_budget"), (1020000.0, "eu_funding")]


def test_named_partner_budget() -> None:
    text = "ERDF funding: 1 687 872,00 EUR\n\nBudget of the West Pannon Ltd.: 153 872,00 EUR"
    hits = find_amounts(text, ("en",))
    assert [(h.value, h.kind, h.subject) for h in hits] == [
        (1687872.0, "eu_funding", None),
        (153872.0, "partner_budget", "West Pannon Ltd."),
    ]
    assert hits[1].quote(text) == "153 872,00 EUR"


@pytest.mark.parametrize(
    ("text", "languages", "subject"),
    [
        ("Budget du partenaire ADEUPa : 120 000 €", ("fr",), "ADEUPa"),
        ("Partner budget: 120 000 EUR", ("en",), None),
        ("Budget der Stadt Graz: 120.000 EUR", ("de",), "Stadt Graz"),
    ],
)
def test_partner_budgets(text: str, languages: tuple[str, ...], subject: str | None) -> None:
    hits = find_amounts(text, languages)
    assert [(h.value, h.kind, h.subject) for h in hits] == [(120000.0, "partner_budget", subject)]


def test_budget_of_the_project_is_not_a_partner() -> None:
    assert _kinds("Budget of the project: EUR 2.1 million", ("en",)) == [
        (2100000.0, "total_budget")
    ]


def test_programme_budget_near_project_budget() -> None:
    text = (
        "The programme has a budget of EUR 300 million. The project's total budget is "
        "EUR 2.1 million, of which ERDF: EUR 1.7 million."
    )
    assert _kinds(text, ("en",)) == [
        (300000000.0, "programme_budget"),
        (2100000.0, "total_budget"),
        (1700000.0, "eu_funding"),
    ]


def test_call_budget_is_programme_level() -> None:
    text = "Il bando mette a disposizione 20 milioni di euro."
    assert _kinds(text, ("it",)) == [(20000000.0, "programme_budget")]


def test_footer_share_capital_is_other() -> None:
    text = (
        "Friuli Innovazione Via Jacopo Linussio, 51 - 33100 Udine Tel (+39) 0432 629911 "
        "fondo consortile € 3.696.000\nACME S.p.A. capitale sociale € 10.000 i.v."
    )
    assert _kinds(text) == [(3696000.0, "other"), (10000.0, "other")]


def test_english_decimal_million() -> None:
    text = "The project has a total budget of EUR 1.687 million."
    assert _kinds(text, ("en",)) == [(1687000.0, "total_budget")]


def test_unlabelled_and_foreign_currency_and_percent() -> None:
    text = "Tickets cost 12 EUR. We sold 500 000 zł of goods. It rose 85 %. We got € 4.000."
    hits = find_amounts(text, ("en",))
    assert [(h.value, h.kind) for h in hits] == [(12.0, "other"), (4000.0, None)]


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("co-financing rate: 85%", ("en",), 0.85),
        ("EU co-financing 85 %", ("en",), 0.85),
        ("Taux de cofinancement 75 %", ("fr",), 0.75),
        ("Kofinanzierungssatz 80%", ("de",), 0.8),
        ("tasso di cofinanziamento: 85%", ("it",), 0.85),
        ("Tasa de cofinanciación: 75 %", ("es",), 0.75),
        ("Poziom dofinansowania: 85%", ("pl",), 0.85),
        ("Taxa de cofinanciamento: 80,5 %", ("pt",), 0.805),
        ("The project is 85% co-financed by the ERDF.", ("en",), 0.85),
    ],
)
def test_cofinancing_rate(text: str, languages: tuple[str, ...], expected: float) -> None:
    hit = find_cofinancing_rate(text, languages)
    assert hit is not None and hit.value == expected
    assert hit.quote(text).endswith("%")


def test_no_rate_without_label() -> None:
    assert find_cofinancing_rate("Unemployment fell by 12 % in the region.", ("en",)) is None


@pytest.mark.parametrize(
    ("text", "rate", "amount"),
    [
        ("Look\n\n  • 55.6%   709 596,05\n  • 2000 - 2006 Interreg IIIC East", 0.556, 709596.05),
        ("  • 56%   1 103 559,81\n", 0.56, 1103559.81),
    ],
)
def test_keep_eu_rate_amount_pair(text: str, rate: float, amount: float) -> None:
    pair = find_rate_amount_pair(text)
    assert pair is not None
    rate_hit, amount_hit = pair
    assert (rate_hit.value, amount_hit.value, amount_hit.kind) == (rate, amount, "eu_funding")
    assert rate_hit.quote(text) in {"55.6%", "56%"}
    assert "bullet" in rate_hit.rule and "bullet" in amount_hit.rule


def test_no_pair_in_prose() -> None:
    assert find_rate_amount_pair("Growth was 55.6% and 709 596,05 visitors came.") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_money_functions_never_raise(text: str) -> None:
    parse_amount(text)
    parse_amount(text, "en")
    find_amounts(text)
    find_cofinancing_rate(text)
    find_rate_amount_pair(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from(["de", "fr", "it"]))
def test_grouped_amounts_round_trip(value: int, language: str) -> None:
    written = f"{value:,}".replace(",", ".") + ",00 EUR"
    assert parse_amount(written, language) == float(value)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared gold records")
@pytest.mark.parametrize("name", ["clusterix_en", "clustrat_en", "innotrax_en", "techlink_fr"])
def test_seed_eu_funding_matches_gold(name: str) -> None:
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    funding = [h.value for h in find_amounts(text) if h.kind == "eu_funding"]
    pair = find_rate_amount_pair(text)
    if pair is not None:
        funding.append(pair[1].value)
    assert funding[:1] == ([gold["eu_funding_eur"]] if gold["eu_funding_eur"] else [])
    assert (pair[0].value if pair else None) == gold["cofinancing_rate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programme: Interreg Europe | ERDF funding: EUR 1.2 million", "eu_funding"),
        ("Programme: Interreg Europe, ERDF funding: EUR 1.2 million", "eu_funding"),
        ("Programme budget: EUR 300 million", "programme_budget"),
        ("The programme's ERDF contribution amounts to EUR 300 million", "programme_budget"),
        ("EU funding: € 1,234,567.89 (total: € 1,500,000)", "eu_funding"),
    ],
)
def test_programme_field_label_versus_programme_subject(text: str, expected: str) -> None:
    assert find_amounts(text, ("en",))[0].kind == expected


def test_total_after_funding_in_parentheses() -> None:
    text = "EU funding: € 1,234,567.89 (total: € 1,500,000)"
    assert _kinds(text, ("en",)) == [(1234567.89, "eu_funding"), (1500000.0, "total_budget")]
