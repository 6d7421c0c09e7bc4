"""A first heading that opens with the EU's initials or the word Interreg is news about
funding or a programme's page line, not the project's title.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from extracting import record_of

_BODY = (
    "The partners met in the town hall to agree the work plan for the coming months, "
    "and the first pilot sites were chosen along the river valley and on the coast. "
    "Walks, workshops and a shared map will follow in spring, open to every visitor of "
    "the region and to the schools of both sides of the border."
)


@pytest.mark.parametrize(
    "heading",
    [
        "EU funds a new ferry link between two island towns",  # en
        "EU-Förderung für den Radweg am Grenzfluss",  # de
        "UE : un nouveau sentier transfrontalier dans les Vosges",  # fr
        "UE, nuovo percorso ciclabile tra Gorizia e Nova Gorica",  # it
        "EU yhteistyötä Oulun ja Luulajan välille",  # fi
        "UE finanțează o nouă pistă de biciclete",  # ro
        "ΕΕ: νέο μονοπάτι στα σύνορα",  # el
        "ЕС подкрепя нов туристически маршрут",  # bg
        "Interreg Boreal HANKEKUVAUS",  # fi: a programme's page line
        "Interreg-Projekt für saubere Seen gestartet",  # de
    ],
)
def test_a_heading_opening_with_the_funder_is_no_title(heading: str) -> None:
    assert record_of(f"{heading}\n\n{_BODY}\n").title is None


@pytest.mark.parametrize(
    "heading",
    [
        "Grenzenlose Pflege im Emsland",  # de
        "Sentiers partagés des Vosges du Nord",  # fr
        "Eurocity cycling routes for the lakes",  # en: a word that starts with "Eu"
    ],
)
def test_a_title_heading_stays(heading: str) -> None:
    assert record_of(f"{heading}\n\n{_BODY}\n").title == heading
