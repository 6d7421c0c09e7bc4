"""Catalan label and money tables: title, acronym, dates, budget, EU contribution, rate,
partners, lead partner and programme on project pages written in Catalan. Every text here
is written for the test in the style of real Catalan project pages."""

from __future__ import annotations

import datetime as dt

from coopkg.extraction import extract_record
from coopkg.extraction.money import find_amounts, find_cofinancing_rate, parse_amount
from coopkg.records import Notice

TODAY = dt.date(2025, 1, 1)

FACT_SHEET = (
    "Fitxa del projecte\n\n"
    "Títol del projecte: Xarxa transfronterera de refugis de muntanya sostenibles\n"
    "Acrònim: REFUGIMONT\n"
    "Programa: Interreg VI-A Espanya-França-Andorra (POCTEFA 2021-2027)\n"
    "Data d'inici: 1 de març de 2023\n"
    "Data de finalització: 28 de febrer de 2026\n"
    "Pressupost total: 1.250.000,00 €\n"
    "Contribució FEDER: 812.500,00 €\n"
    "Taxa de cofinançament: 65%\n"
    "Soci principal: Consell Comarcal del Pallars Sobirà\n"
    "Socis: Parc Natural de l'Alt Pirineu; Communauté de communes Haute-Ariège\n\n"
    "El projecte millora la gestió energètica dels refugis de muntanya a banda i banda de "
    "la frontera, amb plaques solars, sistemes de depuració d'aigua i una xarxa comuna de "
    "reserves en línia per als excursionistes i els guardes dels refugis participants.\n"
)


def _record(text: str):
    return extract_record(Notice(source="ca.txt", text=text), today=TODAY)


def test_catalan_fact_sheet_labels() -> None:
    r = _record(FACT_SHEET)
    assert r.title == "Xarxa transfronterera de refugis de muntanya sostenibles"
    assert r.acronym == "REFUGIMONT"
    assert (r.start_date, r.end_date) == (dt.date(2023, 3, 1), dt.date(2026, 2, 28))
    assert r.total_budget_eur == 1_250_000.0
    assert r.eu_funding_eur == 812_500.0
    assert r.cofinancing_rate == 0.65
    assert (r.programme, r.period) == ("Interreg VI-A Espanya-França-Andorra", "2021-2027")


def test_catalan_lead_and_partner_labels() -> None:
    r = _record(FACT_SHEET)
    assert [(p.name, p.role) for p in r.partners] == [
        ("Consell Comarcal del Pallars Sobirà", "lead"),
        ("Parc Natural de l'Alt Pirineu", "partner"),
        ("Communauté de communes Haute-Ariège", "partner"),
    ]


def test_catalan_money_words_in_prose() -> None:
    text = (
        "El projecte té un pressupost total de 2,4 milions d'euros, dels quals el Fons "
        "Europeu de Desenvolupament Regional aporta 1,56 milions d'euros.\n"
    )
    hits = {h.kind: h.value for h in find_amounts(text, ("ca",))}
    assert hits.get("total_budget") == 2_400_000.0
    assert hits.get("eu_funding") == 1_560_000.0


def test_catalan_multiplier_words() -> None:
    assert parse_amount("3,2 milions d'euros", "ca") == 3_200_000.0
    assert parse_amount("1 milió d'euros", "ca") == 1_000_000.0


def test_catalan_rate_label() -> None:
    hit = find_cofinancing_rate("Taxa de cofinançament FEDER: 75%\n", ("ca",))
    assert hit is not None and hit.value == 0.75


def test_catalan_bound_is_no_budget() -> None:
    # "fins a" makes the figure a ceiling, not the project's budget.
    text = "Cada entitat pot rebre un ajut de fins a 30.000 euros per a petites accions.\n"
    r = _record(text)
    assert r.total_budget_eur is None and r.eu_funding_eur is None


def test_catalan_quoted_title_after_cue() -> None:
    text = (
        "Notícies\n\n"
        "L'Ajuntament participa en el projecte europeu titulat «Camins d'aigua entre el "
        "Ter i l'Aude», amb l'acrònim «AIGUATER», finançat pel programa Interreg POCTEFA. "
        "Els socis faran inventaris de les fonts, rutes senyalitzades i tallers escolars "
        "durant tres anys a les dues bandes de la frontera.\n"
    )
    r = _record(text)
    assert r.title == "Camins d'aigua entre el Ter i l'Aude"
    assert r.acronym == "AIGUATER"


def test_catalan_verbs_leave_hungarian_and_alone() -> None:
    from coopkg.extraction.titles import is_headline

    # "és" is Catalan "is" and Hungarian "and": a Hungarian title is no headline.
    assert not is_headline("Víz és természet a határ mentén")
    assert is_headline("El projecte Aiguater presenta els resultats", ("ca",))
