"""The package face (coopkg.__all__): each function called the way the README shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib.compare

import coopkg
from coopkg.pipeline import Failure

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ACRONYMS = ["ClusteriX", "Clustrat", "InnoTrax", "TECHLINK", "TraCS3"]


@pytest.fixture(scope="module")
def built(seed_build):
    """The session's seed build (tests/conftest.py), made with ``coopkg.build`` as here."""
    return seed_build


def test_the_face_is_small() -> None:
    assert coopkg.__all__ == [
        "analyze",
        "build",
        "build_graph",
        "diff",
        "export",
        "extract",
        "load",
        "query",
        "review",
        "to_dataframe",
        "validate",
        "view",
    ]


def test_build_writes_the_graph_and_counts(built) -> None:
    result, out = built
    assert result.ok
    assert (result.notices_read, result.projects, result.failures) == (5, 5, ())
    assert sorted(p.name for p in result.outputs) == [
        "conflicts.csv",
        "graph.nt",
        "graph.ttl",
        "organisations.csv",
        "records.json",
        "regions.csv",
        "store",
        "store.json",
    ]
    assert len(coopkg.load(out / "graph.ttl")) == result.triples


def test_build_graph_is_what_build_writes(built, seed_graph_in_memory) -> None:
    _result, out = built
    in_memory = seed_graph_in_memory  # coopkg.build_graph([SEEDS]), built once a session
    assert rdflib.compare.isomorphic(in_memory, coopkg.load(out / "graph.ttl"))


def test_extract_records_and_failures(tmp_path: Path) -> None:
    failures: list[Failure] = []
    records = coopkg.extract([SEEDS, tmp_path / "absent.txt"], failures)
    assert sorted(r.acronym for r in records) == ACRONYMS
    assert [(Path(f.path).name, f.reason) for f in failures] == [("absent.txt", "no such file")]


def test_query_saved_and_inline(built) -> None:
    graph = coopkg.load(built[1] / "graph.ttl")
    rows = coopkg.query(graph, "projects-by-programme").rows
    assert sorted(row[2] for row in rows) == ACRONYMS
    ask = coopkg.query(graph, "ASK { ?p <https://w3id.org/coopkg/ontology#acronym> ?a }")
    assert ask.boolean is True


def test_export_round_trips(built, tmp_path: Path) -> None:
    graph = coopkg.load(built[1] / "graph.ttl")
    for fmt, name in (("nt", "g.nt"), ("turtle", "g.ttl"), ("jsonld", "g.jsonld")):
        path = coopkg.export(graph, tmp_path / name, fmt)
        assert path == tmp_path / name
        assert rdflib.compare.isomorphic(coopkg.load(path), graph), fmt


def test_validate_the_seed_graph_conforms(built) -> None:
    report = coopkg.validate(coopkg.load(built[1] / "graph.ttl"))
    assert (report.conforms, len(report.violations)) == (True, 0)
    broken = rdflib.Graph()
    project = rdflib.URIRef("https://w3id.org/coopkg/id/project/x")
    coop = rdflib.Namespace("https://w3id.org/coopkg/ontology#")
    broken.add((project, rdflib.RDF.type, coop.Project))
    broken.add((project, coop.euFunding, rdflib.Literal("-5")))
    assert coopkg.validate(broken).conforms is False


def test_analyze_and_view(built, tmp_path: Path) -> None:
    graph = coopkg.load(built[1] / "graph.ttl")
    result = coopkg.analyze(graph, tmp_path / "analysis", report=False)
    organisations = result.summary["networks"]["organisation"]["nodes"]
    assert organisations == built[0].organisations
    assert "organisation.gexf" in result.files
    written = coopkg.view(graph, tmp_path / "views", png=False)
    assert [p.name for p in written] == ["organisations.html", "regions-nuts2.html"]
    assert all(p.is_file() for p in written)
