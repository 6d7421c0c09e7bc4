"""Stores (coopkg.store.stores): rdflib in memory and Oxigraph give the same answers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from coopkg.errors import InputError, QueryError, ReadOnlyError, StoreError
from coopkg.store.query import query, saved_queries
from coopkg.store.stores import Term, open_store, query_form, wrap_graph

MINI = Path(__file__).resolve().parent / "fixtures" / "sparql" / "mini.ttl"

#: Parameters that make the parameterised saved queries return rows on the seeds.
SEED_PARAMS = {
    "provenance": {"project": "ClusteriX", "field": "eu_funding_eur"},
    "organisation-profile": {"name": "ecoplus"},
    "organisation-projects": {"name": "ecoplus"},
}
MINI_PARAMS = {
    "provenance": {"project": "alpha", "field": "eu_funding_eur"},
    "organisation-profile": {"name": "pannon"},
    "organisation-projects": {"name": "pannon"},
}


def _normalised(rows: tuple) -> list[tuple]:
    # Typed values are compared as values (Decimal("1.50") == Decimal("1.5")), rows as a
    # sorted list: engines may order ties differently.
    return sorted(rows, key=repr)


def _values(graph: rdflib.Graph) -> set[tuple]:
    return {(s, p, o.toPython() if isinstance(o, rdflib.Literal) else o) for s, p, o in graph}


def _both(source: Path | rdflib.Graph):
    stores = [open_store("memory"), open_store("oxigraph")]
    for store in stores:
        store.load(source)
    return stores


@pytest.mark.parametrize("saved", [q.name for q in saved_queries()])
def test_same_rows_on_both_stores_mini(saved: str) -> None:
    memory, oxigraph = _both(MINI)
    params = MINI_PARAMS.get(saved)
    left, right = query(memory, saved, params), query(oxigraph, saved, params)
    assert left.columns == right.columns
    assert left.rows  # the fixture gives every saved query something to answer
    assert _normalised(left.rows) == _normalised(right.rows)


def test_same_rows_on_both_stores_seeds(seed_graph: rdflib.Graph) -> None:
    memory, oxigraph = _both(seed_graph)
    assert len(memory) == len(oxigraph) == len(seed_graph)
    for saved in saved_queries():
        params = SEED_PARAMS.get(saved.name)
        left, right = query(memory, saved.name, params), query(oxigraph, saved.name, params)
        assert left.columns == right.columns, saved.name
        assert _normalised(left.rows) == _normalised(right.rows), saved.name


def test_load_len_and_serialize_round_trip(tmp_path: Path) -> None:
    reference = rdflib.Graph().parse(MINI)
    for kind in ("memory", "oxigraph"):
        store = open_store(kind)
        assert store.load(MINI) == 255 == len(store)
        for fmt, parser in (("turtle", "turtle"), ("nt", "nt")):
            back = rdflib.Graph().parse(data=store.serialize(fmt), format=parser)
            # Oxigraph writes canonical lexical forms ("1200000.5" for "1200000.50"):
            # compare values, not spellings.
            assert _values(back) == _values(reference), (kind, fmt)
            if kind == "memory":
                assert isomorphic(back, reference)


def test_persistent_oxigraph_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "ox"
    first = open_store("oxigraph", folder)
    first.load(rdflib.Graph().parse(MINI))
    del first  # releases the store's lock on the folder
    again = open_store("oxigraph", folder)
    assert len(again) == 255
    result = query(
        again,
        "SELECT (SUM(?f) AS ?total) WHERE { ?p <https://w3id.org/coopkg/ontology#euFunding> ?f }",
    )
    assert result.rows == ((Decimal("3387872.50"),),)


def test_bindings_are_terms_on_both_stores() -> None:
    sparql = "SELECT ?acronym ?p WHERE { ?p <https://w3id.org/coopkg/ontology#acronym> ?acronym }"
    for store in _both(MINI):
        raw = store.query(sparql, {"acronym": Term.literal("BETA")})
        rows = list(raw.rows)
        assert rows == [(Term.literal("BETA"), Term.iri("https://w3id.org/coopkg/id/project/beta"))]


def test_wrap_graph_does_not_copy() -> None:
    graph = rdflib.Graph()
    store = wrap_graph(graph)
    graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:b"), rdflib.Literal("c")))
    assert len(store) == 1


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown store kind"):
        open_store("sqlite")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="cannot be persistent"):
        open_store("memory", tmp_path)
    with pytest.raises(InputError, match="no such graph file"):
        open_store("oxigraph").load(tmp_path / "absent.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .\n")
    for kind in ("memory", "oxigraph"):
        with pytest.raises(InputError, match="cannot parse"):
            open_store(kind).load(bad)  # type: ignore[arg-type]


def test_syntax_error_is_store_error() -> None:
    for store in _both(MINI):
        with pytest.raises(StoreError, match="SPARQL failed"):
            list(store.query("SELECT ?x WHERE { ?x }").rows)


@pytest.mark.parametrize(
    ("sparql", "form"),
    [
        ("PREFIX delete: <urn:x:> SELECT ?load { ?s delete:service ?load }", "SELECT"),
        ("ask { ?s ?p 'INSERT DATA' }  # DROP ALL", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("SELECT (REPLACE(?x, 'a', 'b') AS ?y) WHERE { ?s ?p ?x }", "SELECT"),
    ],
)
def test_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x.ttl>",
        "DROP ALL",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    ],
)
def test_query_form_refuses(sparql: str) -> None:
    with pytest.raises(ReadOnlyError):
        query_form(sparql)


def test_query_form_needs_a_form() -> None:
    with pytest.raises(QueryError, match="not a SPARQL query"):
        query_form("PREFIX ex: <urn:x:>")
