"""Image file names and logo captions left as text lines are page furniture
(extraction/layout.py), and one place written in full and in short is one region
(the regions step of extraction/assemble.py).

Texts written for these tests in the manner of project and municipal pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.extraction.layout import FURNITURE, layout
from coopkg.read.notices import Notice

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    "line",
    [
        "logo Junta de Galicia e Interreg",  # es
        "Logo: Regione Piemonte",  # it
        "Logos des partenaires du projet",  # fr
        "Logo Land Niederösterreich",  # de
        "logotipo Câmara Municipal de Braga",  # pt
        "Logotyp Województwo Opolskie",  # pl
        "logo-cz-sk-eu-barevne.jpg",  # cs file name
        "logotip Mestna občina Celje",  # sl
        "λογότυπο Περιφέρεια Κεντρικής Μακεδονίας",  # el
        "лого Община Видин",  # bg
        "Flag_of_Europe.svg",
    ],
)
def test_image_lines_are_furniture(line: str) -> None:
    lay = layout("The partners restore the old mill and open it to visitors.\n" + line + "\n")
    assert [x.kind for x in lay.lines][-1] == FURNITURE


@pytest.mark.parametrize(
    "line",
    [
        "Logistics partner: Port of Koper",
        "The logo of the project was chosen by pupils.",
        "Logo design contest for schools ended in May.",
    ],
)
def test_sentences_about_logos_stay_content(line: str) -> None:
    lay = layout(line + "\n")
    assert [x.kind for x in lay.lines][-1] != FURNITURE


def _regions(text: str) -> list[str]:
    return list(extract_record(Notice(source="img.txt", text=text), today=TODAY).regions)


def test_a_region_named_only_in_a_logo_caption_is_not_a_region() -> None:
    text = (
        "The project trains farmers in water saving on both sides of the border.\n\n"
        "logo Junta de Andalucía e Interreg\n"
    )
    assert _regions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # pl
            "Projekt łączy Polskę i Czechy. Partnerami są gmina Bystrzyca Kłodzka i miasto "
            "Náchod.\n\nW Bystrzycy Kłodzkiej i w Bystrzycy powstaną nowe trasy.\n",
            ("Bystrzyca Kłodzka", "Náchod"),
        ),
        (  # de/en, pilot sites listed once in full and once in short
            "Partners from Austria and Slovenia.\n\nPilot sites:\nSankt Veit an der Glan\n"
            "Sankt Veit\n",
            ("Sankt Veit an der Glan",),
        ),
    ],
)
def test_a_place_in_full_and_in_short_is_one_region(text: str, expected: tuple) -> None:
    assert tuple(_regions(text)) == expected
