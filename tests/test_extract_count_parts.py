"""A partner count stated in parts ("five partners from A and four from B"): the record
states the sum, marked derived; a second number that counts something else adds nothing.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.count_parts import second_part
from extracting import record_of


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The network joins 5 partners from Wales and 3 from Ireland.", 8),  # en
        ("Sechs Partner aus Bayern und drei aus Tirol arbeiten zusammen.", 9),  # de
        ("Quatre partenaires français et deux de Suisse portent le projet.", 6),  # fr
        ("Il progetto riunisce 5 partner italiani e 4 dalla Slovenia.", 9),  # it
        ("Seis socios asturianos y tres del sur de Francia colaboran.", 9),  # es
        ("Participam 3 parceiros portugueses e 2 da Galiza.", 5),  # pt
        ("W projekcie uczestniczy 4 partnerów z Polski i 3 z Czech.", 7),  # pl
        ("Het project telt 6 partners uit Vlaanderen en 2 uit Zeeland.", 8),  # nl
        ("Projekt spojuje 3 partnery z Česka a 2 z Polska.", 5),  # cs
        ("I projektet deltar 4 partner från Sverige och 3 från Norge.", 7),  # sv
    ],
)
def test_a_count_in_two_parts_is_summed_and_marked_derived(text: str, total: int) -> None:
    record = record_of(f"Proiect Grenzweg\n\n{text}\n")
    assert record.partner_count == total
    assert "partner_count" in record.derived


@pytest.mark.parametrize(
    "text",
    [
        "The project brings together 12 partners and 3 associated partners.",  # en
        "Das Projekt hat 7 Partner und 2 assoziierte Partner.",  # de
        "Le projet réunit 6 partenaires et 40 communes.",  # fr
        "Il progetto conta 8 partner e 3 anni di lavoro.",  # it
    ],
)
def test_a_second_number_of_something_else_adds_nothing(text: str) -> None:
    record = record_of(f"Projekt Grenzweg\n\n{text}\n")
    assert record.partner_count is not None
    assert "partner_count" not in record.derived


def test_a_count_alone_has_no_second_part() -> None:
    text = "Nine partners from four countries meet in Graz."
    assert second_part(text, len("Nine partners")) is None
