"""Shared fixtures: paths, and the seed graph built once per session."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory):
    """The seeds built once into a temporary folder: (BuildResult, output folder).

    Built through the package face (``coopkg.build``), as the README shows it; tests that
    only read a seed build share this one instead of building their own.
    """
    import coopkg

    out = tmp_path_factory.mktemp("seed-output") / "output"
    result = coopkg.build([SEEDS], out, views=False)
    return result, out


@pytest.fixture(scope="session")
def seed_graph_in_memory():
    """The seeds through the in-memory path (``coopkg.build_graph``, full provenance), once."""
    import coopkg

    return coopkg.build_graph([SEEDS])


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    """The seed knowledge graph, parsed back from the Turtle the build wrote."""
    from coopkg import load

    _result, out = seed_build
    return load(out / "graph.ttl")


@pytest.fixture(scope="session")
def generated_triples() -> Callable[[int, int], str]:
    """N-Triples text of a graph in the shape of a build, from the query benchmark's generator.

    One loader for the tests that compare query forms on graphs larger than the seeds'.
    """
    bench = ROOT / "tests" / "benchmarks" / "bench_query.py"
    spec = importlib.util.spec_from_file_location("bench_query", bench)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def text(projects: int, seed: int) -> str:
        return "".join(line + "\n" for line in module.synthetic_triples(projects, seed=seed))

    return text
