"""The saved queries give exactly the rows of their plain forms (coopkg/store/queries/plain).

The saved queries are written for Oxigraph (each pattern its own subquery, joined by
hash; several read the build's summaries, and their raw forms in ``queries/raw/`` the
graph's own triples); the plain forms say the same thing the obvious way, and rdflib is
given them. Same columns, same rows, same order, on both engines, on the seed build and
on generated graphs (summaries: ``tests/test_query_summaries.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coopkg.store.buildstore import graph_store
from coopkg.store.query import query, query_text, saved_queries, saved_query
from coopkg.store.stores import open_store, wrap_graph

PLAIN = Path(__file__).parent.parent / "src" / "coopkg" / "store" / "queries" / "plain"
NAMES = sorted(path.stem for path in PLAIN.glob("*.rq"))


def test_every_plain_form_is_a_saved_query() -> None:
    saved = {q.name: q for q in saved_queries()}
    assert set(NAMES) <= set(saved) and len(NAMES) == 12
    assert all(saved[name].plain == (PLAIN / f"{name}.rq").read_text("utf-8") for name in NAMES)


def test_rdflib_is_given_the_plain_form(seed_graph) -> None:
    # rdflib joins subqueries row by row (minutes at a few hundred projects): the
    # in-memory store runs the plain form, Oxigraph the saved text.
    seen: list[str] = []

    class Recording:
        def __init__(self, store) -> None:
            self.store, self.kind = store, store.kind

        def query(self, sparql, bindings=None):
            seen.append(sparql)
            return self.store.query(sparql, bindings)

    saved = saved_query("country-pairs")
    query(Recording(wrap_graph(seed_graph)), "country-pairs")
    oxigraph = open_store("oxigraph")
    query(Recording(oxigraph), "country-pairs")
    # An Oxigraph store without a build's summaries is asked, then given the raw form.
    assert seen[0] == saved.plain and seen[1].startswith("ASK") and seen[2:] == [saved.raw]
    assert saved.plain != saved.raw != saved.text and saved_query("provenance").plain is None


@pytest.mark.parametrize("name", NAMES)
def test_seed_build_store_gives_the_plain_rows(seed_build, name: str) -> None:
    _result, out = seed_build
    store = graph_store(out)
    assert store.kind == "oxigraph"
    plain = query_text(store, (PLAIN / f"{name}.rq").read_text(encoding="utf-8"))
    fast = query(store, name)
    assert (fast.columns, fast.terms) == (plain.columns, plain.terms)


@pytest.mark.parametrize("name", NAMES)
def test_seed_graph_in_rdflib_gives_the_plain_rows(seed_graph, name: str) -> None:
    plain = query(seed_graph, str(PLAIN / f"{name}.rq"))
    saved = saved_query(name)
    fast = query_text(wrap_graph(seed_graph), saved.raw or saved.text)
    assert (fast.columns, fast.terms) == (plain.columns, plain.terms)


# rdflib evaluates subqueries without hash joins: a smaller graph keeps it to seconds.
@pytest.mark.parametrize(("kind", "projects"), [("memory", 40), ("oxigraph", 300)])
def test_generated_graph_gives_the_plain_rows(
    tmp_path: Path, kind: str, projects: int, generated_triples: Callable[[int, int], str]
) -> None:
    path = tmp_path / "generated.nt"
    path.write_text(generated_triples(projects, 3), encoding="utf-8")
    store = open_store(kind)
    store.load(path)
    for name in NAMES:
        plain = query_text(store, (PLAIN / f"{name}.rq").read_text(encoding="utf-8"))
        saved = saved_query(name)
        fast = query_text(store, saved.raw or saved.text)
        assert (name, fast.columns, fast.terms) == (name, plain.columns, plain.terms)
        assert fast.rows  # the generated graph gives every query something to answer
