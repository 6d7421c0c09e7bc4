"""Partner cards copied as text (extraction/cards.py, read by extraction/candidates.py).

Texts written for these tests in the manner of project pages that show one card per
partner: its name, then its town (and country), a role badge and a link on lines of their
own.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.cards import is_web_line, place_country
from coopkg.records import Notice

# (language, text, [(name, country, role)]) with the cards' lines in several orders.
CASES = [
    (
        "en",
        "Project partners\n\nLead partner\nStadtwerke Lindau GmbH\nLindau, Germany\nWebsite\n"
        "Kantonsschule Kreuzlingen\nKreuzlingen, Switzerland\nWebsite\n"
        "Energieinstitut Vorarlberg\nDornbirn, Austria\nWebsite\n"
        "Gemeinde Lustenau\nLustenau, Austria\nWebsite\n",
        [
            ("Stadtwerke Lindau GmbH", "DE", "lead"),
            ("Kantonsschule Kreuzlingen", "CH", "partner"),
            ("Energieinstitut Vorarlberg", "AT", "partner"),
            ("Gemeinde Lustenau", "AT", "partner"),
        ],
    ),
    (
        "hr",
        "Partneri projekta VODA-NET\n\nProjekt VODA-NET povezuje četiri partnera iz Hrvatske i "
        "Slovenije u okviru programa Interreg VI-A Slovenija-Hrvatska.\n\n"
        "Komunalac d.o.o.\nKarlovac\nVodeći partner\nkomunalac.hr\n"
        "Vodovod Pula d.o.o.\nPula\nvodovod-pula.hr\n"
        "Javno podjetje Kraški vodovod Sežana\nSežana\nkraski-vodovod.si\n"
        "Univerza v Novi Gorici\nNova Gorica\nung.si\n",
        [
            ("Komunalac d.o.o.", None, "lead"),
            ("Vodovod Pula d.o.o.", None, "partner"),
            ("Javno podjetje Kraški vodovod Sežana", None, "partner"),
            ("Univerza v Novi Gorici", None, "partner"),
        ],
    ),
    (
        "fr",
        "Les partenaires\n\nChef de file\nCentre hospitalier de Haguenau\nHaguenau\nFrance\n"
        "Site web\nKlinikum Mittelbaden\nBaden-Baden\nAllemagne\nSite web\n"
        "Hôpital de Wissembourg\nWissembourg\nFrance\nSite web\n",
        [
            ("Centre hospitalier de Haguenau", "FR", "lead"),
            ("Klinikum Mittelbaden", "DE", "partner"),
            ("Hôpital de Wissembourg", "FR", "partner"),
        ],
    ),
    (
        "de",
        "Projektpartner\n\nLandratsamt Schwarzwald-Baar-Kreis\nVillingen-Schwenningen\n"
        "Lead-Partner\nwww.lrasbk.de\nGemeinde Stetten\nStetten, Schweiz\nwww.stetten.ch\n"
        "Naturpark Südschwarzwald e.V.\nLörrach\nwww.naturpark-suedschwarzwald.de\n",
        [
            ("Landratsamt Schwarzwald-Baar-Kreis", None, "lead"),
            ("Gemeinde Stetten", "CH", "partner"),
            ("Naturpark Südschwarzwald e.V.", None, "partner"),
        ],
    ),
    (
        "it",
        "Partner di progetto\n\nComune di Sondrio\nSondrio (Italia)\nCapofila\nSito web\n"
        "Gemeinde Poschiavo\nPoschiavo (Svizzera)\nSito web\n"
        "Comunità Montana Valtellina di Tirano\nTirano (Italia)\nSito web\n",
        [
            ("Comune di Sondrio", "IT", "lead"),
            ("Gemeinde Poschiavo", "CH", "partner"),
            ("Comunità Montana Valtellina di Tirano", "IT", "partner"),
        ],
    ),
    (
        "es",
        "Socios del proyecto\n\nDiputación de Huesca\nHuesca, España\nBeneficiario principal\n"
        "www.dphuesca.es\nCommunauté de communes du Béarn\nPau, Francia\nwww.cc-bearn.fr\n"
        "Consorcio Forestal de Aragón\nZaragoza, España\nwww.cfaragon.es\n",
        [
            ("Diputación de Huesca", "ES", "lead"),
            ("Communauté de communes du Béarn", "FR", "partner"),
            ("Consorcio Forestal de Aragón", "ES", "partner"),
        ],
    ),
    (
        "nl",
        "Partners\n\nHet project wordt uitgevoerd door vier partners uit Nederland en "
        "Vlaanderen, met steun van Interreg Vlaanderen-Nederland.\n\n"
        "Hogeschool Rotterdam\nRotterdam\nLeadpartner\nhr.nl\n"
        "Waterschap Brabantse Delta\nBreda\nbrabantsedelta.nl\n"
        "Universiteit Antwerpen\nAntwerpen\nuantwerpen.be\n"
        "Provincie Limburg\nHasselt\nlimburg.be\n",
        [
            ("Hogeschool Rotterdam", None, "lead"),
            ("Waterschap Brabantse Delta", None, "partner"),
            ("Universiteit Antwerpen", None, "partner"),
            ("Provincie Limburg", None, "partner"),
        ],
    ),
    (
        "pl",
        "Partnerzy projektu\n\nGmina Miejska Zgorzelec\nZgorzelec, Polska\nPartner wiodący\n"
        "Strona internetowa\nStadtverwaltung Görlitz\nGörlitz, Niemcy\nStrona internetowa\n"
        "Powiat Lubański\nLubań, Polska\nStrona internetowa\n",
        [
            ("Gmina Miejska Zgorzelec", "PL", "lead"),
            ("Stadtverwaltung Görlitz", "DE", "partner"),
            ("Powiat Lubański", "PL", "partner"),
        ],
    ),
    (
        "sl",
        "Partnerji\n\nObčina Kobarid\nKobarid vodilni partner kobarid.si\n"
        "Comune di Cividale del Friuli\nCividale del Friuli cividale.net\n"
        "Posoški razvojni center\nTolmin prc.si\n",
        [
            ("Občina Kobarid", None, "lead"),
            ("Comune di Cividale del Friuli", None, "partner"),
            ("Posoški razvojni center", None, "partner"),
        ],
    ),
]


def _partners(text: str) -> list[tuple[str, str | None, str]]:
    record = extract_record(Notice(source="cards.txt", text=text))
    return [(p.name, p.country, p.role) for p in record.partners]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_every_card_gives_its_partner_with_its_country_and_role(
    lang: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _partners(text) == expected


def test_towns_links_and_badges_are_no_partners() -> None:
    text = CASES[0][1]
    names = [name for name, _, _ in _partners(text)]
    assert not {"Lindau, Germany", "Website", "Lead partner"} & set(names)


def test_a_plain_list_of_names_is_not_read_as_cards() -> None:
    # One name a line, no town or link: the list readers' business, read as before.
    text = (
        "Project partners\n\nStadtwerke Lindau GmbH\nKantonsschule Kreuzlingen\n"
        "Energieinstitut Vorarlberg\nGemeinde Lustenau\n"
    )
    names = [name for name, _, _ in _partners(text)]
    assert "Kantonsschule Kreuzlingen" in names
    assert len(names) == 4


def test_news_teasers_without_a_partner_heading_are_no_cards() -> None:
    # Short lines with links, but no partner heading above them: no partner comes of them.
    text = (
        "Latest news\n\nWorkshop in Lindau\n12 March 2025\nRead more\n"
        "Study visit to Dornbirn\n3 April 2025\nRead more\n"
        "Final conference in Kreuzlingen\n20 May 2025\nRead more\n"
    )
    assert _partners(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hz.nl", True),
        ("https://www.uks.eu", True),
        ("Site web: https://www.chl.lu", True),
        ("Webseite", True),
        ("Strona internetowa", True),
        ("Visit the project website for the agenda", False),
        ("ZLTO", False),
        ("Universität Basel", False),
    ],
)
def test_web_lines(text: str, expected: bool) -> None:
    assert is_web_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lindau, Germany", (True, "DE")),
        ("Belgique", (True, "BE")),
        ("Sondrio (Italia)", (True, "IT")),
        ("Haguenau", (True, None)),
        ("Kantonsschule Kreuzlingen", (False, None)),
    ],
)
def test_place_lines_and_the_country_they_state(text: str, expected: tuple) -> None:
    assert place_country(text) == expected
