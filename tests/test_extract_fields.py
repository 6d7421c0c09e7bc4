"""Field helpers of the assembler: layout, titles, status, partners, website, regions."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.layout import ADVERT, CONTENT, FOOTER, FURNITURE, layout
from coopkg.extraction.partners import (
    footer_partner,
    listed_partners,
    match_subject,
    merge,
    parse_entry,
)
from coopkg.extraction.sections import results, website
from coopkg.extraction.status import derive_status, stated_status
from coopkg.extraction.titles import find_title_and_acronym, looks_like_acronym
from coopkg.records import Partner

# ------------------------------------------------------------------ layout


def test_layout_masks_advert_furniture_and_link_labels() -> None:
    text = (
        "Search for European Projects\n\nReal title here\n\n"
        "Looking for a partnership?\nHave a look at\nMa Région Sud!\n\n"
        "• Project on KEEP Platform\nProject Website\n"
    )
    kinds = [(line.text, line.kind) for line in layout(text).lines]
    assert kinds == [
        ("Search for European Projects", FURNITURE),
        ("Real title here", CONTENT),
        ("Looking for a partnership?", ADVERT),
        ("Have a look at", ADVERT),
        ("Ma Région Sud!", ADVERT),
        ("• Project on KEEP Platform", FURNITURE),
        ("Project Website", FURNITURE),
    ]
    lay = layout(text)
    assert "Sud" not in lay.clean and len(lay.clean) == len(text)


def test_layout_footer_with_vat_is_kept_apart() -> None:
    text = "Some prose.\nAcme Innovazione S.r.l. Via Roma, 1 - 20121 Milano P. IVA 01234567890\n"
    lay = layout(text)
    assert [line.kind for line in lay.lines] == [CONTENT, FOOTER]
    assert "Acme" not in lay.clean and "Acme" in lay.footer


# ------------------------------------------------------------------ titles and acronyms


@pytest.mark.parametrize(
    ("text", "title", "acronym"),
    [
        (
            "Rechercher des projets européens\n\nRéseau des villes (RESVIL)\nlong " + "x " * 120,
            "Réseau des villes",
            "RESVIL",
        ),
        (
            "GreenPort - Ports verts pour la Méditerranée\n\n" + "Le texte. " * 30,
            "Ports verts pour la Méditerranée",
            "GreenPort",
        ),
        ("Akronym: WaterLink\nTitel: Wasser verbinden\n", "Wasser verbinden", "WaterLink"),
        (
            "Acronimo: ALPINNO\nTitolo del progetto: Innovazione alpina\n",
            "Innovazione alpina",
            "ALPINNO",
        ),
        (
            "Acrónimo: TURISMAR\nTítulo: Turismo marítimo sostenible\n",
            "Turismo marítimo sostenible",
            "TURISMAR",
        ),
        (
            "Akronim projektu: CE-HEAT\nTytuł projektu: Ciepło w miastach\n",
            "Ciepło w miastach",
            "CE-HEAT",
        ),
    ],
)
def test_labelled_and_heading_titles(text: str, title: str, acronym: str) -> None:
    t, a = find_title_and_acronym(layout(text))
    assert (t.value if t else None, a.value if a else None) == (title, acronym)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Das SmartAlp-Projekt unterstützt Gemeinden. " * 8, "SmartAlp"),
        ("Il progetto CLIMAPLAN aiuta i comuni alpini a pianificare. " * 6, "CLIMAPLAN"),
        ("El proyecto EcoTur promueve el turismo sostenible en la frontera. " * 6, "EcoTur"),
        ("Le projet ReSEAU vise à relier les villes portuaires. " * 6, "ReSEAU"),
        (
            "Watersafe is a project funded to protect rivers and lakes in the region. " * 4,
            "Watersafe",
        ),
        ("Het project DeltaWise verbindt waterbeheerders in beide landen. " * 5, "DeltaWise"),
    ],
)
def test_prose_acronyms(text: str, acronym: str) -> None:
    title, a = find_title_and_acronym(layout(text))
    assert title is None
    assert a is not None and a.value == acronym and a.confidence == 0.8


def test_acronym_shape() -> None:
    assert looks_like_acronym("TraCS3") and looks_like_acronym("InnoTrax")
    assert not looks_like_acronym("Cross-Linking")
    assert not looks_like_acronym("ERDF") and not looks_like_acronym("Interreg")
    assert not looks_like_acronym("Clustrat") and looks_like_acronym("Clustrat", relaxed=True)


def test_navigation_heading_is_not_a_title() -> None:
    text = "Rechercher des projets européens\n\n" + "Un texte de projet assez long. " * 10
    assert find_title_and_acronym(layout(text)) == (None, None)


# ------------------------------------------------------------------ status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Start date: 1 Jan 2020 PROJECT  FINISHED", "finished"),
        ("Date du début: 1 janv. 2020 PROJET TERMINÉ", "finished"),
        ("Status: ongoing", "ongoing"),
        ("Projektstatus: abgeschlossen", "finished"),
        ("Stato: in corso", "ongoing"),
        ("Estado: finalizado", "finished"),
        ("Status projektu: w realizacji", "ongoing"),
    ],
)
def test_stated_status(text: str, status: str) -> None:
    hit = stated_status(layout(text))
    assert hit is not None and hit.value == status


def test_status_word_in_prose_is_not_a_status() -> None:
    text = "The call was closed in 2019 after the partners completed the study of the port."
    assert stated_status(layout(text)) is None


def test_derived_status() -> None:
    today = dt.date(2024, 6, 1)
    assert derive_status(None, dt.date(2014, 12, 31), today) == "finished"
    assert derive_status(dt.date(2025, 1, 1), dt.date(2027, 1, 1), today) == "planned"
    assert derive_status(dt.date(2023, 1, 1), dt.date(2026, 1, 1), today) == "ongoing"
    assert derive_status(None, None, today) is None


# ------------------------------------------------------------------ partners


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Tillväxtverket (SE)", ("Tillväxtverket", "SE", None, False)),
        ("Comune di Bolzano – Italia", ("Comune di Bolzano", "IT", None, False)),
        ("Universidad de Vigo, Vigo, España", ("Universidad de Vigo", "ES", "Vigo", False)),
        ("Stadt Graz | Österreich | Lead partner", ("Stadt Graz", "AT", None, False)),
        ("Gmina Wrocław (Polska)", ("Gmina Wrocław", "PL", None, False)),
    ],
)
def test_parse_entry(entry: str, expected: tuple) -> None:
    assert parse_entry(entry) == expected


def test_lead_listed_twice_is_one_partner_and_labels_in_languages() -> None:
    text = (
        "Chef de file : Région Bretagne (FR)\n\nPartenaires :\nRégion Bretagne (FR)\n"
        "Xunta de Galicia (ES)\nAutoridade Portuária (PT)\n\nPartenaires associés :\n"
        "Port de Brest (FR)\n\nContact : Jean Dupont, jean.dupont@example.org\n"
    )
    got = [
        (h.partner.name, h.partner.country, h.partner.role)
        for h in merge(listed_partners(layout(text)))
    ]
    assert got == [
        ("Région Bretagne", "FR", "lead"),
        ("Xunta de Galicia", "ES", "partner"),
        ("Autoridade Portuária", "PT", "partner"),
        ("Port de Brest", "FR", "associated"),
    ]


def test_funders_and_single_country_line_are_not_partners() -> None:
    text = "Digital skills (IT)\n\nPartners:\nEuropean Union (BE)\nERDF\n"
    assert [h.partner.name for h in listed_partners(layout(text))] == []


def test_footer_partner_with_address_and_vat() -> None:
    text = (
        "Prose about the project.\n"
        "Acme Innovazione Società consortile Via Roma, 12 - 20121 Milano Tel (+39) 02 123456 "
        "P. IVA 01234567890\n"
    )
    hit = footer_partner(layout(text))
    assert hit is not None
    assert hit.partner == Partner(
        name="Acme Innovazione Società consortile",
        country="IT",
        role="partner",
        city="Milano",
        address="Via Roma, 12 - 20121 Milano",
        vat="01234567890",
        confidence=0.6,
    )


def test_budget_subject_matches_national_name_via_legal_form() -> None:
    partners = [
        Partner("Nyugat-Pannon Nonprofit Kft"),
        Partner("Pannonhalma Abbey"),
        Partner("Stadt Wien"),
    ]
    assert match_subject("West Pannon Ltd.", partners) == 0
    # Two equally good candidates: no guess.
    assert match_subject("Pannon Ltd.", [*partners, Partner("Pannon Egyetem Zrt")]) is None
    assert match_subject("Stadt Wien", partners) == 2
    assert match_subject("Unrelated GmbH", partners) is None


# ------------------------------------------------------------------ website and results


def test_website_needs_a_url_next_to_a_label() -> None:
    assert website(layout("Project Website\n\nContact: info@example.org\n")) is None
    hit = website(layout("Site du projet : https://www.resvil.eu/fr.\n"))
    assert hit is not None and hit.value == "https://www.resvil.eu/fr"
    assert website(layout("See https://www.news-portal.example/article\n")) is None


def test_results_list_after_heading() -> None:
    text = "Ergebnisse:\n• Leitfaden für Gemeinden\n• 12 Pilotaktionen\n\nPartner:\n"
    assert [h.value for h in results(layout(text))] == [
        "Leitfaden für Gemeinden",
        "12 Pilotaktionen",
    ]
