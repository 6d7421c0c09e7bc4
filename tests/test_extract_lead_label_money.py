"""A "Lead partner:" label line followed by the project's money labels: the money is the
project's, not the lead partner's (extraction/partners.py, ``_read_block``). A partner
block's own money follows its seat (address, town) or says it is the partner's.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.records import Notice

TODAY = dt.date(2025, 1, 1)

# (language, text, lead partner, total budget, EU contribution)
PROJECT_MONEY = [
    (
        "en",
        "Harbour Shore Power\n\nLead partner: Port Authority of Northvale\n"
        "Total budget: 2 400 000 EUR\nEU contribution: 1 680 000 EUR\nStart date: 01.01.2020\n",
        "Port Authority of Northvale",
        2400000.0,
        1680000.0,
    ),
    (
        "de",
        "Grüne Häfen am Meer\n\nLead Partner: Hafenbehörde Nordstadt\n"
        "Gesamtbudget: 1.500.000 EUR\nEFRE-Mittel: 1.125.000 EUR\nLaufzeit: 2019 - 2022\n",
        "Hafenbehörde Nordstadt",
        1500000.0,
        1125000.0,
    ),
    (
        "fr",
        "Ports verts du littoral\n\nChef de file : Syndicat mixte du Port de Valbelle\n"
        "Budget total : 900 000 €\nContribution FEDER : 675 000 €\n",
        "Syndicat mixte du Port de Valbelle",
        900000.0,
        675000.0,
    ),
    (
        "it",
        "Porti puliti\n\nCapofila: Autorità portuale di Marina Alta\n"
        "Budget totale: 1.200.000,00 €\nContributo FESR: 1.020.000,00 €\n",
        "Autorità portuale di Marina Alta",
        1200000.0,
        1020000.0,
    ),
    (
        "es",
        "Puertos limpios\n\nBeneficiario principal: Autoridad Portuaria de Valdemar\n"
        "Presupuesto total: 800.000 €\nAyuda FEDER: 600.000 €\n",
        "Autoridad Portuaria de Valdemar",
        800000.0,
        600000.0,
    ),
    (
        "pl",
        "Czyste porty\n\nPartner wiodący: Zarząd Portu Morskiego Nowa Zatoka\n"
        "Budżet całkowity: 700 000 EUR\nEFRR: 595 000 EUR\n",
        "Zarząd Portu Morskiego Nowa Zatoka",
        700000.0,
        595000.0,
    ),
    (
        "nl",
        "Schone havens\n\nLeadpartner: Havenbedrijf Zeestad\n"
        "Totaal budget: 1.000.000 EUR\nEFRO: 500.000 EUR\n",
        "Havenbedrijf Zeestad",
        1000000.0,
        500000.0,
    ),
    (
        "pt",
        "Portos limpos\n\nBeneficiário principal: Administração do Porto de Vila Serena\n"
        "Orçamento total: 640.000 €\nFEDER: 480.000 €\n",
        "Administração do Porto de Vila Serena",
        640000.0,
        480000.0,
    ),
    (
        "el",
        "Καθαρά λιμάνια\n\nΕπικεφαλής εταίρος: Οργανισμός Λιμένος Νέας Ακτής\n"
        "Συνολικός προϋπολογισμός: 500.000 €\nΕΤΠΑ: 425.000 €\n",
        "Οργανισμός Λιμένος Νέας Ακτής",
        500000.0,
        425000.0,
    ),
]


@pytest.mark.parametrize(("language", "text", "lead", "total", "eu"), PROJECT_MONEY)
def test_money_labels_after_a_lead_label_are_the_projects(
    language: str, text: str, lead: str, total: float, eu: float
) -> None:
    rec = extract_record(Notice(source=f"{language}.txt", text=text), today=TODAY)
    assert [p.name for p in rec.partners] == [lead]
    assert rec.partners[0].role == "lead"
    assert rec.partners[0].partner_budget_eur is None
    assert rec.total_budget_eur == total
    assert rec.eu_funding_eur == eu


def test_a_block_with_its_seat_keeps_its_money() -> None:
    text = (
        "Harbour Shore Power\n\nLead Partner: Port Authority of Northvale\n"
        "Address: 12 Quay Street, 4000 Northvale, Denmark\nTotal budget: 410 000 EUR\n"
        "\nProject partners\n"
    )
    rec = extract_record(Notice(source="block.txt", text=text), today=TODAY)
    assert rec.partners[0].partner_budget_eur == 410000.0
    assert rec.total_budget_eur is None


@pytest.mark.parametrize(
    ("label", "owned"),
    [
        ("Partner budget: 120 000 EUR", True),
        ("Budget du partenaire : 120 000 €", True),
        ("Proračun partnerja: 120 000 EUR", True),
        ("Total budget: 120 000 EUR", False),
        ("Budget totale: 120.000 €", False),
    ],
)
def test_a_money_label_naming_the_partner_is_the_partners(label: str, owned: bool) -> None:
    from coopkg.extraction.partners import _partner_money

    assert _partner_money(label) is owned
