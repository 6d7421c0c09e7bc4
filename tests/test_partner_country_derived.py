"""A partner's country read off a place in its name is derived, and marked so in the record,
the resolved organisation and the graph (never passed off as a country the text writes).

Texts written for these tests in the manner of news items and partner lists.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from coopkg.extraction import extract_record
from coopkg.graph.namespace import COOP
from coopkg.graph.triples import build_graph
from coopkg.link import Mention, link_records, resolve_organisations
from coopkg.records import Notice

CASES = [
    (
        "en",
        "The project is led by the University of Ljubljana, and its partners are the City of "
        "Graz (AT) and the Regional Council of Lapland.",
    ),
    (
        "it",
        "Partner del progetto:\n- Comune di Trieste\n- Città di Villach (AT)\n"
        "- Università di Padova\n",
    ),
    (
        "de",
        "Das Projekt wird von der Stadt Linz geleitet; Partner sind die Gemeinde Brixen (IT) "
        "und die Universität Innsbruck.",
    ),
]


def _partners(text: str) -> dict[str, tuple[str | None, bool]]:
    record = extract_record(Notice(source="derived.txt", text=text))
    return {p.name: (p.country, p.country_derived) for p in record.partners}


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_country_read_off_a_place_is_derived_and_a_written_one_is_not(
    lang: str, text: str
) -> None:
    found = _partners(text)
    written = [name for name, (country, derived) in found.items() if country and not derived]
    read_off = [name for name, (country, derived) in found.items() if country and derived]
    assert written, found  # the one with "(AT)"
    assert all("(" not in name for name in written)
    assert read_off, found  # a city or region in the name
    assert all(country is not None for country, _ in found.values() if _)


def test_an_organisation_is_derived_only_when_no_mention_writes_its_country() -> None:
    read_off = Mention("Comune di Trieste", "IT", source="a", country_derived=True)
    again = Mention("Comune di Trieste", "IT", source="b", country_derived=True)
    written = Mention("Comune di Trieste", "IT", source="c")
    (only_read,) = resolve_organisations([read_off, again]).organisations
    assert only_read.country == "IT" and only_read.country_derived
    (stated,) = resolve_organisations([read_off, written]).organisations
    assert stated.country == "IT" and not stated.country_derived


def test_the_graph_marks_a_derived_organisation_country() -> None:
    records = [
        extract_record(Notice(source=f"{k}.txt", text=text)) for k, (_, text) in enumerate(CASES)
    ]
    result = link_records(records)
    g = build_graph(result.records, result.organisations)
    marked = set(g.subjects(COOP.derivedProperty, COOP.country))
    derived = {o.name for o in result.organisations if o.country_derived}
    stated = {o.name for o in result.organisations if o.country and not o.country_derived}
    assert derived and stated
    names = {str(n): s for s in marked for n in g.objects(s, URIRef(str(_SKOS_PREF)))}
    assert set(names) == derived


_SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
