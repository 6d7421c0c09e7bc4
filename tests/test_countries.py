"""Tests for coopkg.records.countries: names in EU languages, codes, VAT and phone prefixes."""

from __future__ import annotations

import pytest

from coopkg.errors import LinkError
from coopkg.records.countries import (
    country_code,
    country_iri_code,
    country_labels,
    country_names,
    phone_country,
    vat_country,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AT", "AT"),
        ("AUT", "AT"),
        ("EL", "GR"),
        ("UK", "GB"),
        ("Austria", "AT"),
        ("Autriche", "AT"),
        ("Österreich", "AT"),
        ("osterreich", "AT"),
        ("Niemcy", "DE"),
        ("Regno Unito", "GB"),
        ("Česko", "CZ"),
        ("Ελλάδα", "GR"),
        ("HUNGARY", "HU"),
        ("Dänemark", "DK"),
        ("Suède", "SE"),
        ("Rumänien", "RO"),
        ("Narnia", None),
        ("", None),
    ],
)
def test_country_code(text: str, expected: str | None) -> None:
    assert country_code(text) == expected


def test_country_names_is_a_copy_of_the_index() -> None:
    names = country_names()
    assert names["deutschland"] == "DE"
    names["deutschland"] = "XX"
    assert country_code("Deutschland") == "DE"


def test_country_iri_code() -> None:
    assert [country_iri_code(c) for c in ("AT", "GR", "EL", "UK", "gb")] == [
        "AUT",
        "GRC",
        "GRC",
        "GBR",
        "GBR",
    ]
    with pytest.raises(LinkError):
        country_iri_code("QQ")


def test_country_labels_include_own_language() -> None:
    labels = country_labels("HU")
    assert labels["en"] == "Hungary"
    assert labels["fr"] == "Hongrie"
    assert labels["de"] == "Ungarn"
    assert labels["hu"] == "Magyarország"
    assert set(labels) == {"en", "fr", "de", "it", "es", "pl", "nl", "pt", "hu"}
    assert country_labels("EL")["el"] == "Ελλάδα"


@pytest.mark.parametrize(
    ("vat", "expected"),
    [
        ("IT02159640305", "IT"),
        ("IT 02159640305", "IT"),
        ("ATU12345678", "AT"),
        ("EL123456789", "GR"),
        ("DE123456789", "DE"),
        ("DE12345", None),
        ("02159640305", None),
    ],
)
def test_vat_country(vat: str, expected: str | None) -> None:
    assert vat_country(vat) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(+39) 0432 629911", "IT"),
        ("Tel. +43 2742 9000", "AT"),
        ("Phone: 0036 96 516 340", "HU"),
        ("+358 9 123", "FI"),
        ("+4930123456", "DE"),
        ("0432 629911", None),
    ],
)
def test_phone_country(text: str, expected: str | None) -> None:
    assert phone_country(text) == expected


def test_sl_in_a_partner_list_is_slovenia() -> None:
    from coopkg.extraction import extract_record
    from coopkg.read.notices import notice_from_text
    from coopkg.records.countries import country_code

    assert (country_code("SL"), country_code("Sierra Leone"), country_code("SLE")) == (
        "SI",
        "SL",
        "SL",
    )
    notice = notice_from_text(
        "SLOPRO - Slovenian project\n\nProject acronym: SLOPRO\n"
        "Programme: Interreg Italy-Slovenia\n"
        "Lead partner: Regional Development Agency of Ljubljana (SL)\n"
        "Partners: Comune di Trieste (IT), Razvojna agencija Kras (SL)\n",
        "slopro.txt",
    )
    record = extract_record(notice)
    assert [(p.name, p.country) for p in record.partners] == [
        ("Regional Development Agency of Ljubljana", "SI"),
        ("Comune di Trieste", "IT"),
        ("Razvojna agencija Kras", "SI"),
    ]
