"""Regions coordinated with a shared part written once (extraction/elisions.py).

Sentences written for these tests in the manner of regional news in compounding languages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.elisions import elided_names
from extracting import record_of


def _regions(text: str, lang: str) -> tuple[str, ...]:
    record = record_of(text, source=f"elided_{lang}.txt")
    return record.regions


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Hanke parantaa Pohjois-Suomen, -Ruotsin ja -Norjan välisiä yhteyksiä.",
            ("Pohjois-Suomen", "Pohjois-Ruotsin", "Pohjois-Norjan"),
        ),
        (
            "fi",
            "Mukana ovat Etelä- ja Pohjois-Savon maakuntaliitot.",
            ("Etelä-Savo", "Pohjois-Savo"),
        ),
        (
            "de",
            "Radwege in Ober- und Niederösterreich werden ausgebaut.",
            ("Oberösterreich", "Niederösterreich"),
        ),
        (
            "nl",
            "Gemeenten uit Noord- en Zuid-Holland werken samen.",
            ("Noord-Holland", "Zuid-Holland"),
        ),
        ("sv", "Kommuner i Väster- och Norrbotten samarbetar.", ("Västerbotten", "Norrbotten")),
        ("da", "Kommuner i Nord- og Midtjylland samarbejder.", ("Nordjylland", "Midtjylland")),
        (
            "hu",
            "Az Észak- és Dél-Alföld települései együttműködnek.",
            ("Észak-Alföld", "Dél-Alföld"),
        ),
        (
            "et",
            "Põhja- ja Lõuna-Eesti omavalitsused teevad koostööd.",
            ("Põhja-Eesti", "Lõuna-Eesti"),
        ),
    ],
)
def test_each_member_of_an_elided_coordination_is_a_region(
    lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert _regions(text, lang) == expected


def test_an_elided_compound_that_names_no_region_adds_none() -> None:
    assert _regions("Klein- und Mittelunternehmen aus Bayern nehmen teil.", "de") == ("Bayern",)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Pohjois-Suomen, -Ruotsin ja -Norjan",
            [("-Ruotsin", "Pohjois-Ruotsin"), ("-Norjan", "Pohjois-Norjan")],
        ),
        (
            "Noord-, Midden- en Zuid-Holland",
            [("Noord-", "Noord-Holland"), ("Midden-", "Midden-Holland")],
        ),
        ("Väster- eller Norrbotten", [("Väster-", "Västerbotten")]),
    ],
)
def test_elided_members_and_their_full_names(text: str, members: list[tuple[str, str]]) -> None:
    found = elided_names(text)
    assert [text[e.start : e.end] for e in found] == [m for m, _ in members]
    assert all(full in e.full for e, (_, full) in zip(found, members, strict=True))


def test_lower_case_words_and_plain_lists_are_no_elisions() -> None:
    assert elided_names("Energie- und CO2-Bilanzierung") == []
    assert elided_names("from north- and south-facing slopes") == []
    assert elided_names("Pohjois-Suomen ja Ruotsin") == []
