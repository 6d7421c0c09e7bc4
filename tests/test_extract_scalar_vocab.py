"""Vocabulary behind the scalar facts: a million in each language's words and
abbreviations, a partner's own EU share kept out of the project's money, month names in
the cases prose uses, and the 2014-2020 Interreg V-A programmes by their names in the
languages of their countries. Every text is written for the test."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts, find_cofinancing_rate, parse_amount
from coopkg.records.vocab import match_programme
from extracting import date_pair, record_of


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2,4 mil. eur", "cs", 2_400_000.0),  # Czech and Slovak "mil." = milion / milión
        ("2,4 mil. eur", "sk", 2_400_000.0),
        ("400 mil euros", "es", 400_000.0),  # Spanish "mil" = a thousand
        ("400 mil euros", "pt", 400_000.0),
        ("2,4 miljonit eurot", "et", 2_400_000.0),
        ("1,5 miljoni eiro", "lv", 1_500_000.0),
        ("2 milijonai eurų", "lt", 2_000_000.0),
        ("€3.2 milliún", "ga", 3_200_000.0),
        ("€2.4 miljun", "mt", 2_400_000.0),
        ("2,4 milljónir evra", "is", 2_400_000.0),
        ("2,4 милиона евро", "bg", 2_400_000.0),
        ("2,4 miliónov eur", "sk", 2_400_000.0),
    ],
)
def test_a_million_in_each_language(text: str, lang: str, value: float) -> None:
    assert [a.value for a in find_amounts(text, [lang])] == [value]


def test_mil_is_read_by_the_given_language() -> None:
    assert parse_amount("2,4 mil. EUR", "cs") == 2_400_000.0
    assert parse_amount("2,4 mil. EUR", "es") == 2_400.0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Costo totale del progetto: 1.800.000,00 €. Budget del partner Comune di Lerici: "
            "320.000,00 €, di cui FESR 272.000,00 €.",
            "it",
        ),
        (
            "Gesamtkosten: 1.800.000 €. Partnerbudget der Stadt Hof: 320.000 €, davon EFRE "
            "272.000 €.",
            "de",
        ),
    ],
)
def test_a_partners_eu_share_is_not_the_projects(text: str, lang: str) -> None:
    kinds = {a.value: a.kind for a in find_amounts(text, [lang])}
    assert kinds[1_800_000.0] == "total_budget"
    assert kinds[272_000.0] == "partner_budget"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Irish two-word month names ("Meán Fómhair" = September).
        (
            "Beidh an tionscadal ar siúl ón 1 Meán Fómhair 2024 go dtí an 31 Deireadh "
            "Fómhair 2026.",
            "ga",
            ("2024-09-01", "2026-10-31"),
        ),
        # Estonian elative and terminative month cases.
        (
            "Projekt kestab 1. märtsist 2024 kuni 28. veebruarini 2027.",
            "et",
            ("2024-03-01", "2027-02-28"),
        ),
        # Maltese "ta'" between the day and the month, verbs for start and end.
        (
            "Il-proġett jibda fl-1 ta' Ottubru 2024 u jintemm fit-30 ta' Settembru 2026.",
            "mt",
            ("2024-10-01", "2026-09-30"),
        ),
        # Hungarian "between ... and ..." with no word for "from".
        (
            "A projekt 2024. március 1. és 2026. február 28. között valósul meg.",
            "hu",
            ("2024-03-01", "2026-02-28"),
        ),
        # Finnish: a dashed range, no word for "from".
        ("Hanke toteutetaan 1.3.2024–28.2.2027.", "fi", ("2024-03-01", "2027-02-28")),
        # English: the project named after the range.
        (
            "Running between 1 March 2024 and 28 February 2027, the project links four ports.",
            "en",
            ("2024-03-01", "2027-02-28"),
        ),
    ],
)
def test_prose_runs(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert date_pair(text, [lang]) == expected


def test_a_short_range_in_a_project_sentence_is_an_event() -> None:
    text = "Hankkeen seminaari pidetään 3.3.2025–4.3.2025 Oulussa."
    assert date_pair(text, ["fi"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Program: Interreg Deutschland-Danmark", "deutschland-danmark"),
        ("programu Interreg Polska-Słowacja", "poland-slovakia"),
        ("Eesti-Läti programmi kaudu", "estonia-latvia"),
        ("Le programme Interreg France-Suisse", "france-suisse"),
        ("Interreg V-A Slovenija-Hrvatska", "slovenia-croatia-2014-2020"),
        ("Programm Interreg Österreich-Tschechien", "austria-czechia"),
        ("Interreg SK-AT", "slovakia-austria"),
        ("Program Interreg Magyarország-Horvátország", "hungary-croatia"),
        ("πρόγραμμα Interreg Ελλάδα-Κύπρος", "greece-cyprus"),
        ("програма Interreg Гърция-България", "greece-bulgaria"),
        ("taħt il-programm Interreg Italja-Malta", "italia-malta"),
        ("2014 - 2020 Interreg V-A Germany-Denmark", "deutschland-danmark-2014-2020"),
    ],
)
def test_cross_border_programmes_by_their_own_names(text: str, programme: str) -> None:
    assert [c.id for _, _, c in match_programme(text)] == [programme]


def test_a_programme_word_before_a_bracket_is_no_part_of_the_name() -> None:
    text = "pagal Latvijos-Lietuvos programą (Latvia-Lithuania cross-border cooperation)"
    assert match_programme(text) == []


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        # Inflected names are read by their countries: the one family of those countries.
        (
            "Projekts tiek īstenots Interreg Latvijas–Lietuvas programmas ietvaros.",
            "latvia-lithuania",
        ),
        (
            "A projekt a Szlovákia – Magyarország program támogatásával valósul meg.",
            "slovakia-hungary",
        ),
    ],
)
def test_an_inflected_area_links_to_its_family(text: str, programme: str) -> None:
    assert record_of(text).programme_id == programme


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Budgettet er på 980.000 euro, heraf 833.000 euro i EU-støtte (85 %).", "da"),
        ("De begroting bedraagt € 980.000, waarvan € 833.000 EFRO-steun (85%).", "nl"),
        ("EU contribution: EUR 833,000 (85%)\n\n" + "Partner | Role | Country\n" * 20, "en"),
    ],
)
def test_a_rate_after_the_eu_amount_and_its_label(text: str, lang: str) -> None:
    hit = find_cofinancing_rate(text, [lang])
    assert hit is not None and hit.value == pytest.approx(0.85)
    assert text[hit.start : hit.end].startswith("85")  # the span is the percentage itself
