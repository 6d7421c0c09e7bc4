"""The saved queries give exactly the rows of their plain forms (tests/fixtures/sparql/plain).

The saved queries are written for speed (each pattern its own subquery, joined by hash);
the plain forms say the same thing the obvious way. Same columns, same rows, same order,
on both engines, on the seed build and on a generated graph in the shape of a build.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from coopkg.store.buildstore import graph_store
from coopkg.store.query import query, query_text, saved_queries
from coopkg.store.stores import open_store

PLAIN = Path(__file__).parent / "fixtures" / "sparql" / "plain"
NAMES = sorted(path.stem for path in PLAIN.glob("*.rq"))


def _generated_nt(folder: Path, projects: int) -> Path:
    """A graph in the shape of a build (the query benchmark's generator)."""
    bench = Path(__file__).parent / "benchmarks" / "bench_query.py"
    spec = importlib.util.spec_from_file_location("bench_query", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = folder / "generated.nt"
    lines = module.synthetic_triples(projects, seed=3)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_every_plain_form_is_a_saved_query() -> None:
    saved = {q.name for q in saved_queries()}
    assert set(NAMES) <= saved and len(NAMES) == 12


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
    fast = query(seed_graph, name)
    assert (fast.columns, fast.terms) == (plain.columns, plain.terms)


# rdflib evaluates subqueries without hash joins: a smaller graph keeps it to seconds.
@pytest.mark.parametrize(("kind", "projects"), [("memory", 40), ("oxigraph", 300)])
def test_generated_graph_gives_the_plain_rows(tmp_path: Path, kind: str, projects: int) -> None:
    store = open_store(kind)
    store.load(_generated_nt(tmp_path, projects))
    for name in NAMES:
        plain = query_text(store, (PLAIN / f"{name}.rq").read_text(encoding="utf-8"))
        fast = query(store, name)
        assert (name, fast.columns, fast.terms) == (name, plain.columns, plain.terms)
        assert fast.rows  # the generated graph gives every query something to answer
