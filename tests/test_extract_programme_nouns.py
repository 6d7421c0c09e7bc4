"""The noun "programme" is no part of a programme's name: before a short name in capitals
("Programa POCTEFA" -> "POCTEFA") or after the Interreg generation ("Interreg VA Programms
Großregion" -> "Interreg VA Großregion") (extraction/programme.py).

Texts written for these tests in the manner of project pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.programme import find_programme


def _name(text: str) -> str | None:
    found = find_programme(text)
    return str(found.name.value) if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La iniciativa rep suport del Programa POCTEFA des de la primera convocatòria.",
            "POCTEFA",
        ),
        ("Il progetto è finanziato dal Programma ALCOTRA 2014-2020.", "ALCOTRA"),
        ("Le projet est financé par le programme ALCOTRA 2014-2020.", "ALCOTRA"),
        ("El proyecto está cofinanciado por el Programa POCTEP 2014-2020.", "POCTEP"),
        (
            "Die Fördermittel kommen aus dem Topf des Interreg VA Programms Großregion.",
            "Interreg VA Großregion",
        ),
        ("The project is funded by the Interreg IV C programme.", "Interreg IV C"),
        (
            "Przedsięwzięcie wsparto ze środków Programu Interreg V-A Polska-Słowacja.",
            "Interreg V-A Polska-Słowacja",
        ),
        (
            "Projekt je financiran iz programa INTERREG V-A Slovenija-Hrvaška.",
            "INTERREG V-A Slovenija-Hrvaška",
        ),
        (
            "Le projet est soutenu par le programme INTERREG V France-Suisse.",
            "INTERREG V France-Suisse",
        ),
    ],
)
def test_the_programme_noun_is_left_out(text: str, name: str) -> None:
    assert _name(text) == name


def test_interreg_in_capitals_stays_in_the_name() -> None:
    assert _name("Funded by INTERREG IVC, the project ran for three years.") == "INTERREG IVC"
