"""A quoted name of several words after a project word is no acronym by its first word
(extraction/titles.py, the project-cue rule): „ROWEREM PRZEZ BESKIDY“ is a title in
capitals, "GrenzLab for Regional Studies" a name whose first word is only part of it.

Texts written for these tests in the manner of news and project pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.read.notices import Notice


def _record(text: str):
    return extract_record(Notice(source="q.txt", text=text), today=dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (  # pl
            "Projekt „ROWEREM PRZEZ BESKIDY“ jest dofinansowany ze środków Europejskiego "
            "Funduszu Rozwoju Regionalnego.",
            "ROWEREM PRZEZ BESKIDY",
        ),
        (  # de
            'Die Förderung für das Interreg-Projekt "GrenzLab for Regional Studies" wurde um '
            "zwei Jahre verlängert.",
            "GrenzLab for Regional Studies",
        ),
        (  # en
            "The project “RiverLink Heritage Trails” connects six towns along the border.",
            "RiverLink Heritage Trails",
        ),
        (  # fr
            "Le projet « CoopAlp Montagne Vivante » réunit douze communes de montagne.",
            "CoopAlp Montagne Vivante",
        ),
        (  # it
            "Il progetto “BiciLago per tutti” collega i comuni del lago con nuove piste.",
            "BiciLago per tutti",
        ),
        (  # es
            "El proyecto «EcoRaya Sostenible» une a los municipios de la frontera.",
            "EcoRaya Sostenible",
        ),
        (  # cs
            "Projekt „PĚŠKY PŘES HORY“ podpořil rozvoj turistiky v pohraničí.",
            "PĚŠKY PŘES HORY",
        ),
        (  # nl
            "Het project „GrensWerk in de regio” helpt werkzoekenden over de grens.",
            "GrensWerk in de regio",
        ),
        (  # hu
            "A „TÁJHÁZ A HATÁRON” projekt a határ két oldalán működik.",
            "TÁJHÁZ A HATÁRON",
        ),
    ],
)
def test_the_first_word_of_a_quoted_name_is_no_acronym(text: str, quoted: str) -> None:
    record = _record(text)
    assert record.acronym in (None, quoted)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "Projekt „ROWEREM“ jest dofinansowany ze środków Europejskiego Funduszu Rozwoju "
            "Regionalnego.",
            "ROWEREM",
        ),
        ("Das Interreg-Projekt „RadInn“ verbindet die Gemeinden am Inn.", "RadInn"),
        ("The project “RiverLink” connects six towns along the border.", "RiverLink"),
    ],
)
def test_a_quoted_one_word_name_is_the_acronym(text: str, acronym: str) -> None:
    assert _record(text).acronym == acronym
