"""Partners named only in prose, with a partnership cue, in languages beyond the first
ones: lead nouns with a copula ("Водещ партньор е X"), lead verbs ("X står i spidsen for
projektet"), "led by" ("Projektet leds av X"), partner-list openers ("Partenerii
proiectului sunt A și B") and "in partnership with" ("i gcomhpháirt le", "flimkien ma'").

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.prose import prose_partners

CASES = [
    (  # bg: lead noun and copula, then an opener and a conjunction
        "Водещ партньор е Община Бяла Река, а партньори са Община Дунавец и Сдружение Зелен Бряг.",
        [
            ("Община Бяла Река", "lead"),
            ("Община Дунавец", "partner"),
            ("Сдружение Зелен Бряг", "partner"),
        ],
    ),
    (  # ro: an opener and "și"
        "Partenerii proiectului sunt Universitatea de Vest Dunăreană și Asociația Pădurea Vie.",
        [("Universitatea de Vest Dunăreană", "partner"), ("Asociația Pădurea Vie", "partner")],
    ),
    (  # el: lead noun, copula and article
        "Επικεφαλής εταίρος είναι ο Δήμος Ακτής Νότου.",
        [("Δήμος Ακτής Νότου", "lead")],
    ),
    (  # sv: "led by"
        "Projektet leds av Nordkustens Kommun Väst.",
        [("Nordkustens Kommun Väst", "lead")],
    ),
    (  # da: a lead verb before the project
        "Grænselandets Erhvervsskole Syd står i spidsen for projektet.",
        [("Grænselandets Erhvervsskole Syd", "lead")],
    ),
    (  # no: "led by"
        "Prosjektet ledes av Fjellregionens Høgskole Nord.",
        [("Fjellregionens Høgskole Nord", "lead")],
    ),
    (  # mt: "together with"
        "Il-Kunsill Lokali huwa sieħeb, flimkien ma' Università ta' Għawdex Ġdida.",
        [("Università ta' Għawdex Ġdida", "partner")],
    ),
    (  # ga: "in partnership with"
        "Sheol an chomhairle an tionscadal i gcomhpháirt le Foras Oideachais Nua.",
        [("Foras Oideachais Nua", "partner")],
    ),
    (  # fi: an opener and "ja"
        "Hankkeen kumppanit ovat Tunturijärven Kaupunki Oy ja Metsäkeskus Pohjola Oy.",
        [("Tunturijärven Kaupunki Oy", "partner"), ("Metsäkeskus Pohjola Oy", "partner")],
    ),
    (  # lv: an opener and "un"
        "Projekta partneri ir Ezermalas Novada Pašvaldība un Meža Attīstības Fonds.",
        [("Ezermalas Novada Pašvaldība", "partner"), ("Meža Attīstības Fonds", "partner")],
    ),
    (  # hu: the lead noun before the name, the full stop left out
        "A vezető partner Duna-parti Város Önkormányzata.",
        [("Duna-parti Város Önkormányzata", "lead")],
    ),
    (  # hr: lead noun and copula
        "Vodeći partner je Grad Riječni Brod.",
        [("Grad Riječni Brod", "lead")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partners_after_a_partnership_cue(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(h.partner.name, h.partner.role) for h in prose_partners(text)]
    assert got == expected


def test_a_partnership_cue_ends_the_lead_name_read_after_its_role() -> None:
    text = "Водещ партньор е Община Бяла Река в партньорство с Община Дунавец, България."
    got = [(h.partner.name, h.partner.role) for h in prose_partners(text)]
    assert got == [("Община Бяла Река", "lead"), ("Община Дунавец", "partner")]


def test_a_role_noun_with_no_name_after_it_gives_no_partner() -> None:
    assert prose_partners("Vodeći partner je odgovoran za izvještaje.") == []
