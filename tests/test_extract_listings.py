"""keep.eu / up2europe-style project listings in the site languages beyond en and fr.

Each listing is composed for these tests in the layout of the portal (search heading, title
with acronym, "start: ..., end: ... STATUS BADGE" line, advert block, rate+amount bullet,
period+programme bullet, KEEP link label, website link label, partner count line); the
furniture wording per language is derived from the English and French pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.dates import parse_date
from coopkg.records import Notice

TODAY = dt.date(2024, 6, 1)


@dataclass(frozen=True, slots=True)
class Site:
    """The furniture words of one site language."""

    search: str
    start: str
    end: str
    advert: tuple[str, str]
    keep: str
    website: str


SITES = {
    "de": Site(
        "Europäische Projekte suchen",
        "Startdatum",
        "Enddatum",
        ("Suchen Sie eine Partnerschaft?", "Werfen Sie einen Blick auf"),
        "Projekt auf KEEP-Plattform",
        "Projekt-Website",
    ),
    "it": Site(
        "Cerca progetti europei",
        "Data di inizio",
        "Data di fine",
        ("Cerchi un partenariato?", "Dai un'occhiata a"),
        "Progetto sulla piattaforma KEEP",
        "Sito web del progetto",
    ),
    "es": Site(
        "Buscar proyectos europeos",
        "Fecha de inicio",
        "Fecha de finalización",
        ("¿Busca una asociación?", "Eche un vistazo a"),
        "Proyecto en la plataforma KEEP",
        "Sitio web del proyecto",
    ),
    "pl": Site(
        "Szukaj projektów europejskich",
        "Data rozpoczęcia",
        "Data zakończenia",
        ("Szukasz partnerstwa?", "Zajrzyj na"),
        "Projekt na platformie KEEP",
        "Strona projektu",
    ),
    "nl": Site(
        "Zoek Europese projecten",
        "Startdatum",
        "Einddatum",
        ("Op zoek naar een partnerschap?", "Neem een kijkje bij"),
        "Project op KEEP-platform",
        "Projectwebsite",
    ),
    "pt": Site(
        "Pesquisar projetos europeus",
        "Data de início",
        "Data de fim",
        ("À procura de uma parceria?", "Dê uma vista de olhos em"),
        "Projeto na plataforma KEEP",
        "Website do projeto",
    ),
}


def _listing(
    lang: str,
    title: str,
    dates: tuple[str, str],
    badge: str,
    body: str,
    bullets: tuple[str, str],
    count: str,
) -> str:
    s = SITES[lang]
    return (
        f"{s.search}\n\n{title}\n{s.start}: {dates[0]}, {s.end}: {dates[1]} {badge} \n\n{body}\n\n"
        f"{s.advert[0]}\n{s.advert[1]}\nRegione Esempio!\n\n\n\n"
        f"  • {bullets[0]}\n  • {bullets[1]}\n  • {s.keep}\n{s.website}\n\n{count}"
    )


CASES = [
    (
        "de",
        _listing(
            "de",
            "Gemeinsames Hochwassermanagement an der Oder (ODERFLUT)",
            ("31. Jan. 2005", "28. Dez. 2007"),
            "PROJEKT  ABGESCHLOSSEN",
            "Das Projekt ODERFLUT verbindet Kommunen und Hochschulen beiderseits der Grenze, um "
            "gemeinsame Warnsysteme zu entwickeln. Die Partner erproben neue Pegelmessungen.",
            ("62,5%   1.204.330,40", "2000 - 2006 Interreg IIIB CADSES"),
            "1 Partner Teilnehmer",
        ),
        {
            "title": "Gemeinsames Hochwassermanagement an der Oder",
            "acronym": "ODERFLUT",
            "start_date": dt.date(2005, 1, 31),
            "end_date": dt.date(2007, 12, 28),
            "status": "finished",
            "cofinancing_rate": 0.625,
            "eu_funding_eur": 1204330.40,
            "programme": "Interreg IIIB CADSES",
            "period": "2000-2006",
            "partner_count": 1,
            # The river the title names is the project's territory.
            "regions": ("Oder",),
        },
    ),
    (
        "it",
        _listing(
            "it",
            "Rete alpina per la mobilità dolce (ALPMOB)",
            ("1 mag 2023", "30 set 2026"),
            "PROGETTO  IN CORSO",
            "Il progetto ALPMOB riunisce comuni e agenzie di trasporto per sviluppare servizi "
            "comuni di mobilità sostenibile nelle valli alpine.",
            ("85%   2 345 678,00", "2021 - 2027 Interreg Italia - Österreich"),
            "14 Partner Partecipanti",
        ),
        {
            "title": "Rete alpina per la mobilità dolce",
            "acronym": "ALPMOB",
            "start_date": dt.date(2023, 5, 1),
            "end_date": dt.date(2026, 9, 30),
            "status": "ongoing",
            "cofinancing_rate": 0.85,
            "eu_funding_eur": 2345678.0,
            "programme": "Interreg Italia - Österreich",
            "period": "2021-2027",
            "partner_count": 14,
        },
    ),
    (
        "es",
        _listing(
            "es",
            "Cooperación para la gestión de puertos pesqueros (PORTIBER)",
            ("1 abr. 2009", "30 sept. 2012"),
            "PROYECTO  FINALIZADO",
            "El proyecto PORTIBER reúne a autoridades portuarias y centros de investigación "
            "para mejorar la gestión de los puertos pesqueros del litoral.",
            ("75%   987 654,32", "2007 - 2013 Atlantic Area"),
            "5 Socios Participantes",
        ),
        {
            "title": "Cooperación para la gestión de puertos pesqueros",
            "acronym": "PORTIBER",
            "start_date": dt.date(2009, 4, 1),
            "end_date": dt.date(2012, 9, 30),
            "status": "finished",
            "cofinancing_rate": 0.75,
            "eu_funding_eur": 987654.32,
            "programme": "Atlantic Area",
            "period": "2007-2013",
            "partner_count": 5,
        },
    ),
    (
        "pl",
        _listing(
            "pl",
            "Transgraniczna sieć parków krajobrazowych (PARKLINK)",
            ("1 lut 2010", "31 paź 2013"),
            "PROJEKT  ZAKOŃCZONY",
            "Projekt PARKLINK łączy zarządców parków i uczelnie w celu opracowania wspólnych "
            "metod ochrony przyrody.",
            ("85%   456 789,10", "2007 - 2013 Interreg IVC"),
            "3 Partnerzy Uczestnicy",
        ),
        {
            "title": "Transgraniczna sieć parków krajobrazowych",
            "acronym": "PARKLINK",
            "start_date": dt.date(2010, 2, 1),
            "end_date": dt.date(2013, 10, 31),
            "status": "finished",
            "cofinancing_rate": 0.85,
            "eu_funding_eur": 456789.10,
            "programme": "Interreg IVC",
            "period": "2007-2013",
            "partner_count": 3,
        },
    ),
    (
        "nl",
        _listing(
            "nl",
            "Netwerk voor duurzame binnenvaart (BLUEBARGE)",
            ("1 mrt. 2023", "30 sept. 2026"),
            "PROJECT  LOPEND",
            "Het project BLUEBARGE verbindt havenbedrijven en kennisinstellingen om de "
            "binnenvaart duurzamer te maken.",
            ("50%   1.500.000,00", "2021 - 2027 Interreg North-West Europe"),
            "11 Partners Deelnemers",
        ),
        {
            "title": "Netwerk voor duurzame binnenvaart",
            "acronym": "BLUEBARGE",
            "start_date": dt.date(2023, 3, 1),
            "end_date": dt.date(2026, 9, 30),
            "status": "ongoing",
            "cofinancing_rate": 0.5,
            "eu_funding_eur": 1500000.0,
            "programme": "Interreg North-West Europe",
            "period": "2021-2027",
            "partner_count": 11,
        },
    ),
    (
        "pt",
        # English description under Portuguese furniture, as on the portal's translated pages.
        _listing(
            "pt",
            "Smart water networks for small towns (AQUASMART)",
            ("1 fev. 2016", "31 out. 2019"),
            "PROJETO  CONCLUÍDO",
            "AQUASMART brings together water utilities and universities to test sensor "
            "networks that cut leaks in the distribution systems of small towns.",
            ("75%   650 000,00", "2014 - 2020 Interreg Sudoe"),
            "7 Parceiros Participantes",
        ),
        {
            "title": "Smart water networks for small towns",
            "acronym": "AQUASMART",
            "start_date": dt.date(2016, 2, 1),
            "end_date": dt.date(2019, 10, 31),
            "status": "finished",
            "cofinancing_rate": 0.75,
            "eu_funding_eur": 650000.0,
            "programme": "Interreg Sudoe",
            "period": "2014-2020",
            "partner_count": 7,
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_listing_fields(lang: str, text: str, expected: dict[str, object]) -> None:
    r = extract_record(Notice(source=f"listing_{lang}.txt", text=text), today=TODAY)
    got = {field: getattr(r, field) for field in expected}
    assert got == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_listing_furniture_never_becomes_a_value(
    lang: str, text: str, expected: dict[str, object]
) -> None:
    r = extract_record(Notice(source=f"listing_{lang}.txt", text=text), today=TODAY)
    # Link labels ("Projekt-Website", "KEEP") carry no URL; the advert names a region.
    assert (r.website, r.regions) == (None, expected.get("regions", ()))
    assert len(r.partners) == 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("30 sept. 2026", "nl", dt.date(2026, 9, 30)),
        ("3 sep. 2005", "nl", dt.date(2005, 9, 3)),
        ("31 paź 2013", "pl", dt.date(2013, 10, 31)),
        ("28. Dez. 2007", "de", dt.date(2007, 12, 28)),
    ],
)
def test_listing_abbreviated_months(text: str, lang: str, expected: dt.date) -> None:
    assert parse_date(text, [lang]) == expected
