"""Places named only as an event's venue, on a co-funder line or with their own amount are
not project regions (extraction/places.py with records/gazetteer_data/venues.toml).

Texts written for these tests in the manner of news and project pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.extraction.places import is_incidental
from coopkg.read.notices import Notice


def _incidental(text: str, place: str) -> bool:
    start = text.index(place)
    return is_incidental(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Na krajském úřadě v Opavě podepsali smlouvu o realizaci projektu.", "Opavě"),  # cs
        ("V Prešove podpísali zmluvu o spolupráci obidve mestá.", "Prešove"),  # sk
        ("U Varaždinu je održana svečanost potpisivanja sporazuma.", "Varaždinu"),  # hr
        ("Srečanje partnerjev je bilo v Celju v začetku marca.", "Celju"),  # sl
        ("Conferința de lansare a proiectului a avut loc în Oradea.", "Oradea"),  # ro
        ("Срещата на партньорите се проведе в Русе миналата седмица.", "Русе"),  # bg
        ("Η συνάντηση των εταίρων έγινε στην Καβάλα την Τρίτη.", "Καβάλα"),  # el
    ],
)
def test_an_events_venue_is_incidental(text: str, place: str) -> None:
    assert _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Projekt zlepší cyklostezky v Opavě a okolí.", "Opavě"),  # cs
        ("Projekt obnoví chodníky v Prešove a okolí.", "Prešove"),  # sk
        ("Projekt uređuje biciklističke staze u Varaždinu.", "Varaždinu"),  # hr
        ("Proiectul reabilitează drumurile din Oradea și din Debrecen.", "Oradea"),  # ro
    ],
)
def test_a_project_place_in_a_sentence_without_an_event_counts(text: str, place: str) -> None:
    assert not _incidental(text, place)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Cofinançament: 31 000 € de la Regió de Catalunya", "Catalunya"),  # ca
        ("Cofinancement : Région Grand Est", "Grand Est"),  # fr
        ("Národní spolufinancování: Moravskoslezský kraj", "Moravskoslezský kraj"),  # cs
        ("Nacionalno sufinanciranje: Varaždinska županija", "Varaždinska županija"),  # hr
        ("Cofinanțare națională: Județul Bihor", "Bihor"),  # ro
        ("Национално съфинансиране: Област Видин", "Видин"),  # bg
        ("Nemzeti társfinanszírozás: Hajdú-Bihar megye", "Hajdú-Bihar"),  # hu
        ("Nacionalno sofinanciranje: Podravje", "Podravje"),  # sl
    ],
)
def test_a_place_on_a_co_funding_line_is_incidental(line: str, place: str) -> None:
    assert _incidental(line, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # fr "la" and it "i" are articles, not the Romanian or Nordic "at".
        ("Le projet, qui associe la Savoie et le Piémont, a été lancé le 3 mars.", "Savoie"),
        ("Il convegno ha riunito i Grigioni e la Lombardia.", "Lombardia"),
        # sv: a place next to a word that starts like a visit ("besökare") is no venue.
        ("Anläggningen byggs i Lund och ska öppna för besökare.", "Lund"),
    ],
)
def test_articles_are_not_locative_prepositions(text: str, place: str) -> None:
    assert not _incidental(text, place)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Provincie Overijssel 45.500,00 €", "Overijssel"),  # nl, a financing table row
        ("Land Tirol € 120.000", "Tirol"),  # de, currency first
        ("Regione Veneto (120.000 euro)", "Veneto"),  # it, in brackets
    ],
)
def test_a_place_with_its_own_amount_is_a_payer(line: str, place: str) -> None:
    assert _incidental(line, place)


def test_a_place_followed_by_a_year_is_not_a_payer() -> None:
    assert not _incidental("Pilot sites: Tirol 2024 and Veneto 2025", "Tirol")


def test_a_financing_table_row_gives_no_region() -> None:
    text = (
        "Het project verbetert de grensoverschrijdende samenwerking van scholen.\n\n"
        "Financier Bedrag\nProvincie Overijssel 45.500,00 €\n"
    )
    record = extract_record(Notice(source="nl.txt", text=text), today=dt.date(2026, 1, 1))
    assert "Overijssel" not in record.regions


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Address: 14 Egnatia, PC 54630, Thessaloniki", "Egnatia"),  # en, Greek address
        ("Indirizzo: Via Trieste 21, 33100 Udine", "Trieste"),  # it
        ("Adresse : 8 rue de Strasbourg, 67000 Colmar", "Strasbourg"),  # fr
        ("Anschrift: Wiener Straße 12, 4020 Linz", "Wiener"),  # de, the street's own word
        ("Adres: ul. Krakowska 7, 43-300 Bielsko-Biała", "Krakowska"),  # pl
        ("Adresa: Zagrebačka 15, 42000 Varaždin, tel. +385 42 000 000", "Zagrebačka"),  # hr
        ("Dirección: Calle Zaragoza 9, 22001 Huesca", "Zaragoza"),  # es
        ("Adresa: Bratislavská 4, 040 01 Košice", "Bratislavská"),  # sk
    ],
)
def test_a_place_named_as_a_street_is_incidental(line: str, place: str) -> None:
    assert _incidental(line, place)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("5700, Gyula, Városház utca 26.", "Gyula"),  # hu: a four-digit postcode, the town
        ("Address: 14 Egnatia, PC 54630, Thessaloniki", "Thessaloniki"),  # the town itself
        ("Partners from 3 Graz schools and Maribor", "Graz"),  # no address on the line
    ],
)
def test_the_town_of_an_address_is_no_street(line: str, place: str) -> None:
    assert not _incidental(line, place)
