"""One organisation named in two languages becomes one (link/translations.py)."""

from __future__ import annotations

import pytest

from coopkg.link.organisations import Mention, normalise_org_name, resolve_organisations
from coopkg.link.translations import name_parts, same_organisation
from coopkg.records.organisation_terms import concept_table

SAME = [
    ("Univerza v Ljubljani", "University of Ljubljana", "SI"),
    ("Technische Universität München", "Technical University of Munich", "DE"),
    ("Uniwersytet Jagielloński w Krakowie", "Jagiellonian University in Kraków", "PL"),
    ("Wirtschaftsministerium Baden-Württemberg", "Ministry of Economy Baden-Württemberg", "DE"),
    ("Gemeente Den Haag", "Municipality of The Hague", "NL"),
    ("Comune di Milano", "Municipality of Milan", "IT"),
    ("Ayuntamiento de Sevilla", "Municipality of Sevilla", "ES"),
    ("Universität Wien", "Université de Vienne", "AT"),
    ("Stowarzyszenie Gmin Pomorskich", "Association of Pomorskie Gminas", "PL"),
    ("Agence régionale de développement Occitanie", "Occitanie Regional Development Agency", "FR"),
    ("Regionální rozvojová agentura Pardubice", "Pardubice Regional Development Agency", "CZ"),
    ("Πανεπιστήμιο Κρήτης", "University of Kriti", "EL"),
]

DIFFERENT = [
    ("University of Graz", "City of Graz", "AT"),
    ("Institute of Physics", "Institute of Physiology", "DE"),
    ("Chamber of Commerce and Industry of Slovenia", "Chamber of Commerce of Slovenia", "SI"),
    ("Universität Wien", "Universität Graz", "AT"),
    ("Malmö Universitet", "Lund University", "SE"),  # two cities of one NUTS 3 region
    ("Lyceum 1 Vilnius", "Lyceum 2 Vilnius", "LT"),
    ("Fundacja Rozwoju Gdańska", "Stowarzyszenie Rozwoju Gdańska", "PL"),
]


@pytest.mark.parametrize(("left", "right", "country"), SAME)
def test_the_same_body_in_two_languages(left: str, right: str, country: str) -> None:
    a = name_parts(normalise_org_name(left), country)
    b = name_parts(normalise_org_name(right), country)
    assert same_organisation(a, b)


@pytest.mark.parametrize(("left", "right", "country"), DIFFERENT)
def test_other_bodies_stay_apart(left: str, right: str, country: str) -> None:
    a = name_parts(normalise_org_name(left), country)
    b = name_parts(normalise_org_name(right), country)
    assert not same_organisation(a, b)


def test_places_in_other_languages_are_one_place() -> None:
    munich = name_parts("technical university of munich", "DE").words
    munchen = name_parts("technische universitat munchen", "DE").words
    assert [w.place for w in munich] == [w.place for w in munchen] == ["city:DE:munchen"]


def test_bodies_without_a_proper_name_are_never_paired() -> None:
    generic = name_parts("agence de developpement regional", "FR")
    assert not same_organisation(generic, name_parts("regional development agency", "FR"))


def test_concept_words_in_many_languages_and_scripts() -> None:
    table = concept_table()
    assert table["univerza"] == table["egyetem"] == table["yliopisto"] == "university"
    assert table["ministerstwo"] == table["ypoyrgeio"] == "ministry"
    assert table["obcina"] == table["gmina"] == table["kunta"] == "municipality"


def test_resolver_merges_translations_and_says_why() -> None:
    resolution = resolve_organisations(
        [
            Mention("Univerza v Ljubljani", "SI", source="a.txt"),
            Mention("University of Ljubljana", "SI", source="b.txt"),
            Mention("University of Ljubljana", "HR", source="c.txt"),
        ]
    )
    assert resolution.keys[0] == resolution.keys[1] != resolution.keys[2]
    rules = [(m.rule, m.accepted) for m in resolution.merges]
    assert ("translated", True) in rules


def test_blocked_pairs_are_the_pairs_of_comparing_every_two_names() -> None:
    # translated_pairs compares only names sharing word keys; it must find exactly the
    # pairs (and in the order) that comparing every two names of a country gives.
    from itertools import combinations

    from coopkg.link.translations import translated_pairs

    pool = [(name, country) for left, right, country in SAME + DIFFERENT
            for name in (left, right)]  # fmt: skip
    pool += [("Universität Wien 2", "AT"), ("University of Vienna 12", "AT"),
             ("Wiener Stadtwerke", "AT"), ("Université de Vienne", "AT"), ("Stadt Wien", "AT"),
             ("Univerza v Ljubljani", ""), ("Univerzita Karlova", "CZ"),
             ("Karlova univerzita", "CZ"), ("Gemeente Den Haag", "NL")]  # fmt: skip
    names = [(normalise_org_name(name), country) for name, country in pool]
    expected = []
    groups: dict[tuple[str, frozenset[str]], list[int]] = {}
    for index, (name, country) in enumerate(names):
        parts = name_parts(name, country) if country else None
        if parts is not None and parts.concepts and parts.words:
            groups.setdefault((country, parts.concepts), []).append(index)
    for members in groups.values():
        for a, b in combinations(members, 2):
            if same_organisation(name_parts(*names[a]), name_parts(*names[b])):
                expected.append((a, b))
    found = translated_pairs(names)
    assert found == expected
    assert len(found) >= len(SAME) + 3
