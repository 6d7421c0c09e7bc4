"""A partner label with its first entry on its line ("Partners: A") and one organisation a
line below it: the rule reader reads the whole run, as under a heading, in any language.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import candidates as cm
from coopkg.extraction import partners as pm
from coopkg.extraction.layout import layout

RUNS = {
    "en": (
        "Partners: Northvale County Council",
        ["Eastmoor Regional Agency", "Harbourside Technical University"],
    ),
    "de": ("Projektpartner: Landkreis Oberhain", ["Gemeinde Unterau", "Hochschule Talbrück"]),
    "fr": (
        "Partenaires : Communauté de communes du Val Doré",
        ["Agence régionale Sud-Alpes", "Université de Montclair"],
    ),
    "it": (
        "Partner: Comune di Valfonda",
        ["Provincia di Montefosco", "Università degli Studi di Roccalta"],
    ),
    "es": (
        "Socios: Diputación Provincial de Valdeloma",
        ["Ayuntamiento de Río Claro", "Universidad de Sierra Alta"],
    ),
    "pl": ("Partnerzy: Gmina Zielona Dolina", ["Powiat Borowski", "Uniwersytet w Lipnicy"]),
    "cs": ("Partneři: Město Horní Lhota", ["Obec Dolní Luka", "Technická univerzita v Brodě"]),
    "nl": ("Partners: Gemeente Waalveen", ["Provincie Noordmark", "Hogeschool Lindeoord"]),
    "hu": (
        "Partnerek: Kisvárosi Önkormányzat",
        ["Alföldi Vízügyi Igazgatóság", "Tiszamenti Egyetem"],
    ),
}


def _rules(text: str) -> list[pm.PartnerHit]:
    return pm.listed_partners(layout(text))


@pytest.mark.parametrize("lang", sorted(RUNS))
def test_lines_under_a_label_with_a_value_belong_to_its_list(lang: str) -> None:
    label, rest = RUNS[lang]
    text = "\n".join([label, *rest]) + "\n\nThe project started in spring with a first meeting.\n"
    got = _rules(text)
    assert [h.partner.name for h in got][1:] == rest
    assert all(h.rule.startswith("partners:list:") for h in got[1:])
    # The line candidates' rule twins carry the run's layout like a heading's list does.
    rules = [c for c in cm.candidates(layout(text), got) if c.kind == "rule"]
    assert all(c.features["rule_run"] >= 2 / 6 for c in rules[1:])
    assert all(c.features["rule_off_heading"] == 0.0 for c in rules[1:])


def test_a_blank_line_ends_the_label_run_en() -> None:
    got = _rules("Partners: Northvale County Council\n\nEastmoor Regional Agency\n")
    assert [h.partner.name for h in got] == ["Northvale County Council"]


def test_a_field_line_ends_the_label_run_sk() -> None:
    text = (
        "Projektoví partneri: Obec Horná Lúka\n"
        "Príspevok z Európskeho fondu regionálneho rozvoja pre projekt: 800 000,00 EUR\n"
    )
    assert [h.partner.name for h in _rules(text)] == ["Obec Horná Lúka"]


def test_a_change_of_bullet_ends_the_label_run_de() -> None:
    text = "Projektpartner: Landkreis Oberhain\n• Workshops in beiden Regionen\n"
    assert [h.partner.name for h in _rules(text)] == ["Landkreis Oberhain"]


def test_a_lead_label_names_one_organisation_en() -> None:
    text = "Lead partner: Northvale County Council\nEastmoor Regional Agency\n"
    assert [h.partner.name for h in _rules(text)] == ["Northvale County Council"]


# ------------------------------------------------------------------ headings in any wording

CUE_HEADINGS = {
    "cs": "Partneři zapojení do projektu:",
    "it": "Partner coinvolti nel progetto:",
    "de": "Beteiligte Projektpartner:",
    "fr": "Partenaires impliqués dans le projet :",
    "es": "Socios participantes en el proyecto:",
    "pl": "Partnerzy biorący udział w projekcie:",
    "hu": "A projektben részt vevő partnerek:",
    "sv": "Samarbetspartner i projektet:",
    "nl": "Deelnemende partners in het project:",
}


@pytest.mark.parametrize("lang", sorted(CUE_HEADINGS))
def test_a_heading_in_any_wording_opens_the_rule_readers_list(lang: str) -> None:
    text = (
        f"{CUE_HEADINGS[lang]}\n\n  • Agentura Severní Pahorkatina,\n"
        "  • Sdružení Obcí Horní Luka,\n  • Technická Univerzita Brodská.\n\n"
        "The project started in spring with a meeting.\n"
    )
    lay = layout(text)
    got = pm.listed_partners(lay, None, cm.opens_partner_list)
    assert [h.partner.name for h in got] == [
        "Agentura Severní Pahorkatina",
        "Sdružení Obcí Horní Luka",
        "Technická Univerzita Brodská",
    ]
    assert all(h.rule == "partners:list:partner" for h in got)


def test_without_the_heading_reader_bare_lines_open_no_list_cs() -> None:
    text = "Partneři zapojení do projektu:\n\n  • Agentura Severní Pahorkatina,\n  • Obec Luka.\n"
    assert pm.listed_partners(layout(text)) == []
