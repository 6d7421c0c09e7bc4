"""What is never a partner, whatever the model scores: a label or heading of the page, a
bare web address, a headline that holds the notice's title. Texts written for the test in
the styles of fact sheets and partner cards."""

from __future__ import annotations

import pytest

from coopkg.extraction.candidates import names_nobody
from coopkg.extraction.dates import is_date_label
from extracting import record_of


@pytest.mark.parametrize(
    "label",
    [
        "Start date",
        "Laufzeit",
        "Date de fin :",
        "Data di inizio",
        "Fecha de finalización",
        "Data rozpoczęcia",
        "Λήξη",
        "Kestus",
        "Начална дата",
        "Alkamispäivä",
    ],
)
def test_a_date_label_of_any_language_is_no_partner(label: str) -> None:
    assert is_date_label(label)
    assert names_nobody(label)


@pytest.mark.parametrize("heading", ["Key facts", "Project details", "At a glance"])
def test_a_page_heading_is_no_partner(heading: str) -> None:
    assert names_nobody(heading)


@pytest.mark.parametrize("address", ["hz.nl", "ec.europa.eu/regional_policy", "uni-graz.at"])
def test_a_bare_web_address_is_no_partner(address: str) -> None:
    assert names_nobody(address)


@pytest.mark.parametrize(
    "name",
    [
        "Comune di Gorizia",
        "Stadt Wien",
        "Bord Iascaigh Mhara",
        "Start-up Centre Tartu",
        "Università degli Studi di Trieste",
        "Hanzehogeschool Groningen",
        "Lapin yliopisto",
        "Δήμος Κάσου",
    ],
)
def test_names_of_organisations_stay_candidates(name: str) -> None:
    assert not is_date_label(name)
    assert not names_nobody(name)


CARD = """Project ALPENWALD

Alpine forests after the storms

Partners

Lead partner: Universität für Bodenkultur Wien (AT)
Partner: Slovenski gozdarski inštitut (SI)
Partner: Comunità Montana della Carnia (IT)

Key facts
Start
01.03.2024
End
28.02.2027
"""


def test_a_fact_sheet_keeps_its_labels_out_of_the_partners() -> None:
    names = [p.name for p in record_of(CARD).partners]
    assert "Universität für Bodenkultur Wien" in names
    assert not {"Key facts", "Start", "End"} & set(names)


BENEFICIARY_PAGE = """{project} – {title}

{town} е бенефициент по проекта {project} – {title}, финансиран от програма
Interreg VI-A Румъния–България.

Партньори
{project} – {title}
{partner} (Румъния)
"""


@pytest.mark.parametrize(
    ("project", "title", "town", "partner"),
    [
        (
            "Проект „ЗЕЛЕНИ ГРАДОВЕ“",
            "Зелена инфраструктура в градовете Русе и Гюргево",
            "Община Русе",
            "Община Гюргево",
        ),
        (
            "Проект „ЧИСТ ДУНАВ“",
            "Пречистване на водите в Никопол и Турну Мъгуреле",
            "Община Никопол",
            "Община Турну Мъгуреле",
        ),
    ],
)
def test_a_headline_holding_the_title_is_no_partner(
    project: str, title: str, town: str, partner: str
) -> None:
    text = BENEFICIARY_PAGE.format(project=project, title=title, town=town, partner=partner)
    record = record_of(text)
    names = [p.name for p in record.partners]
    assert record.title == title
    assert partner in names
    # Neither the headline nor its first part, cut at its "и" (and).
    assert not [n for n in names if n in title or title in n]
