"""Public bodies named under one plural head noun ("die Landkreise A und B"): one body per
name, with the singular head, and one partner candidate each for the decision to weigh.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import candidates as cm
from coopkg.extraction.layout import layout
from coopkg.extraction.plural_heads import bodies

CASES = {
    "de": (
        "Das Projekt ist eine Zusammenarbeit der Kommunen Oberhain, Talbrück und Lindenau.",
        ["Kommune Oberhain", "Kommune Talbrück", "Kommune Lindenau"],
    ),
    "es": (
        "Participan las Diputaciones de Valdeloma y Sierra Alta en la red.",
        ["Diputación de Valdeloma", "Diputación de Sierra Alta"],
    ),
    "fr": (
        "Le projet associe les régions Val Doré et Montclair à la métropole.",
        ["Région Val Doré", "Région Montclair"],
    ),
    "it": (
        "Sono partner i comuni di Valfonda, Roccalta e Montefosco.",
        ["Comune di Valfonda", "Comune di Roccalta", "Comune di Montefosco"],
    ),
    "en": (
        "The municipalities of Northvale and Eastmoor signed the agreement.",
        ["Municipality of Northvale", "Municipality of Eastmoor"],
    ),
    "pl": (
        "Partnerami są gminy Zielona Dolina i Borowo.",
        ["Gmina Zielona Dolina", "Gmina Borowo"],
    ),
    "cs": (
        "Projekt realizují obce Horní Lhota u Brodu a Dolní Luka.",
        ["Obec Horní Lhota u Brodu", "Obec Dolní Luka"],
    ),
    "el": (
        "Στο έργο συμμετέχουν οι Δήμοι Καλαμιάς και Θύρας.",
        ["Δήμος Καλαμιάς", "Δήμος Θύρας"],
    ),
    "lt": (
        "Projektą įgyvendina Ąžuolyno, Beržyno ir Pušyno savivaldybės.",
        ["Ąžuolyno savivaldybė", "Beržyno savivaldybė", "Pušyno savivaldybė"],
    ),
    "fi": (
        "Hanketta toteuttavat Järvelän ja Koskelan kunnat.",
        ["Järvelän kunta", "Koskelan kunta"],
    ),
    "sv": ("Projektet drivs av kommunerna Sjöby och Åstad.", ["Sjöby kommun", "Åstad kommun"]),
    "ro": (
        "Proiectul este implementat de municipiile Valea Mare și Dealu.",
        ["Municipiul Valea Mare", "Municipiul Dealu"],
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_name_under_a_plural_head_is_one_body(lang: str) -> None:
    text, names = CASES[lang]
    got = bodies(text)
    assert [b.name for b in got] == names
    # The bare name is where the text writes it.
    assert all(text[b.start : b.end] == b.bare for b in got)
    assert [b.index for b in got] == list(range(len(names)))


@pytest.mark.parametrize(
    "text",
    [
        "The municipalities of Northvale organised a meeting.",  # one name: no enumeration
        "die Gemeinden haben zugestimmt und Oberhain auch",  # no names after the head
        "The regions are beautiful, Northvale and Eastmoor too.",
    ],
)
def test_no_enumeration_no_bodies(text: str) -> None:
    assert bodies(text) == []


def test_an_enumeration_stays_on_its_line() -> None:
    got = bodies("die Landkreise Oberhain und Talbrück\nAktuelles\n")
    assert [b.bare for b in got] == ["Oberhain", "Talbrück"]


def test_plural_candidates_carry_the_bare_name_as_alias_es() -> None:
    text = (
        "La red se desarrolla a través de las Diputaciones de Valdeloma, Sierra Alta y "
        "Río Claro, con un presupuesto de dos millones de euros para toda la zona.\n"
    )
    got = [c for c in cm.candidates(layout(text), []) if c.kind == "plural"]
    assert [(c.name, c.aliases) for c in got] == [
        ("Diputación de Valdeloma", ("Valdeloma",)),
        ("Diputación de Sierra Alta", ("Sierra Alta",)),
        ("Diputación de Río Claro", ("Río Claro",)),
    ]
    assert all(c.features["kind_plural"] == 1.0 and c.features["run"] == 0.5 for c in got)


def test_a_venue_before_the_head_is_marked_it() -> None:
    text = "Gli incontri si terranno nei comuni di Valfonda e Roccalta durante l'estate.\n"
    got = [c for c in cm.candidates(layout(text), []) if c.kind == "plural"]
    assert [c.features["locative"] for c in got] == [1.0, 1.0]


@pytest.mark.parametrize(
    "text",
    [
        # pt: the project's area, not who carries it out
        "O âmbito geográfico do projeto abrange os municípios de Vila Alta, Serrado e Ribeira.",
        # en
        "The project area covers the counties of Northvale and Eastmoor.",
        # de: regions in brackets after a country gloss the country
        "Beteiligt sind Slowenien (Regionen Obertal und Untertal) und Kroatien.",
        # it: "a" is "at" in Italian, not "and"
        "Il kick-off si è tenuto presso i comuni di Valfonda a Roccalta ieri.",
    ],
)
def test_territory_and_venues_are_no_enumeration_of_bodies(text: str) -> None:
    assert bodies(text) == []


def test_regions_in_brackets_after_partner_words_are_bodies_it() -> None:
    text = "Partecipano le istituzioni partner (regioni Valfonda, Roccalta e Montefosco)."
    assert [b.name for b in bodies(text)] == [
        "Regione Valfonda",
        "Regione Roccalta",
        "Regione Montefosco",
    ]


def _kept_rules(text: str) -> list[tuple[str, str]]:
    # Weights that keep every plural-head candidate and nothing else.
    cm.use_weights({"bias": -20.0, "kind_plural": 40.0})
    try:
        hits = cm.partner_hits(layout(text), [])
    finally:
        cm.use_weights(None)
    return [(h.partner.name, h.rule) for h in hits]


def test_an_enumeration_kept_whole_and_alone_is_a_whole_list_nl() -> None:
    text = "Het project is een samenwerking van de gemeenten Waalveen, Lindeoord en Noordmark.\n"
    assert _kept_rules(text) == [
        ("Gemeente Waalveen", cm.LIST_RULE),
        ("Gemeente Lindeoord", cm.LIST_RULE),
        ("Gemeente Noordmark", cm.LIST_RULE),
    ]


def test_two_enumerations_are_no_whole_list_pt() -> None:
    text = (
        "Participam os municípios de Vila Alta e Serrado e as freguesias de Ribeira e Outeiro "
        "na iniciativa conjunta.\n"
    )
    got = _kept_rules(text)
    assert len(got) == 4
    assert all(rule == "partners:model:plural" for _, rule in got)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Het project is een samenwerking van de gemeenten Waalveen en Lindeoord.\n", 1.0),
        (
            "Le projet associe Monaco, les régions Val Doré et Montclair, et la ville de Lyon.\n",
            0.0,
        ),
        ("Projekt realizują gminy Borowo i Lipnica.\n", 1.0),
        ("Los concellos de Vila Alta y Serrado, la Diputación y la Xunta participan.\n", 0.0),
    ],
)
def test_an_enumeration_alone_in_its_sentence(text: str, alone: float) -> None:
    got = [c for c in cm.candidates(layout(text), []) if c.kind == "plural"]
    assert len(got) == 2
    assert {c.features["enum_alone"] for c in got} == {alone}
