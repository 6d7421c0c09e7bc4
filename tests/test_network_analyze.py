"""``analyze`` end to end on the hand-made fixture: files, tables, RDF metrics, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from coopkg.__main__ import cli
from coopkg.errors import GraphError, InputError
from coopkg.graph.namespace import COOP
from coopkg.network import analyze
from coopkg.network.io import csv_text, metrics_graph

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"
ORG = "https://w3id.org/coopkg/id/organisation/"

EXPECTED_FILES = sorted(
    [f"{t}.csv" for t in (
        "organisations", "brokers", "repeat_partnerships", "communities", "periods", "regions",
        "region_links", "country_links", "programme_links", "theme_region_links",
    )]
    + [f"{g}.{ext}" for g in (
        "organisation", "project_organisation", "region", "country", "programme", "theme_region",
    ) for ext in ("graphml", "gexf")]
    + ["metrics.ttl", "report.html", "summary.json"]
)  # fmt: skip


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = tmp_path_factory.mktemp("analysis") / "analysis"
    return analyze(FIXTURE, out)


def test_files_written(result):
    assert list(result.files) == EXPECTED_FILES
    assert sorted(p.name for p in result.out_dir.iterdir()) == EXPECTED_FILES


def test_summary(result):
    summary = json.loads((result.out_dir / "summary.json").read_text(encoding="utf-8"))
    assert summary["networks"]["organisation"]["nodes"] == 6
    assert summary["networks"]["organisation"]["edges"] == 7
    assert summary["networks"]["country"]["edges"] == 7
    assert summary["repeat_partnerships"] == 1
    assert summary["betweenness"] == "exact (6 nodes <= 1000)"
    assert summary["files"] == EXPECTED_FILES


def test_tables(result):
    rows = {r["node"].removeprefix(ORG): r for r in result.tables["organisations"]}
    assert rows["o2"]["degree"] == 4
    assert rows["o2"]["weighted_degree"] == 5
    assert rows["o2"]["betweenness"] == 0.6
    assert [
        (r["a_label"], r["b_label"], r["projects"]) for r in result.tables["repeat_partnerships"]
    ] == [("Alpine Business Agency", "Pannon Development Agency", 2)]
    header = (result.out_dir / "organisations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == (
        "node,label,country,degree,weighted_degree,betweenness,pagerank,clustering,"
        "core_number,community,component"
    )


def test_metrics_ttl_joins_the_knowledge_graph(result):
    g = Graph().parse(FIXTURE)
    g.parse(result.out_dir / "metrics.ttl")
    rows = g.query(
        """SELECT ?label ?degree WHERE {
             ?org coop:isBroker true ; coop:degree ?degree ; skos:prefLabel ?label }
           ORDER BY DESC(?degree) ?label""",
        initNs={"coop": COOP._NS, "skos": URIRef("http://www.w3.org/2004/02/skos/core#")},
    )
    found = [(str(r[0]), int(r[1])) for r in rows]
    assert found[0] == ("Pannon Development Agency", 4)
    assert (URIRef(ORG + "o2"), COOP.degree, Literal(4)) in g


def test_report_is_self_contained(result):
    html = (result.out_dir / "report.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 4
    assert "<script" not in html
    assert "src='http" not in html and 'href="http' not in html
    assert "Pannon Development Agency" in html


def test_graphml_round_trip(result):
    import networkx as nx

    graph = nx.read_graphml(result.out_dir / "country.graphml")
    assert graph["AT"]["HU"]["weight"] == 2
    assert graph.nodes["AT"]["label"] == "Austria"


def test_rerun_replaces_the_folder(tmp_path):
    out = tmp_path / "analysis"
    out.mkdir()
    (out / "stale.csv").write_text("old", encoding="utf-8")
    analyze(FIXTURE, out, report=False, period="2007-2013")
    assert not (out / "stale.csv").exists()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["networks"]["organisation"]["nodes"] == 3
    assert summary["filters"] == {"period": "2007-2013"}


def test_failed_run_keeps_previous_results(tmp_path):
    out = tmp_path / "analysis"
    analyze(FIXTURE, out, report=False)
    before = sorted(p.name for p in out.iterdir())
    with pytest.raises(GraphError):
        analyze(FIXTURE, out, level=7)
    assert sorted(p.name for p in out.iterdir()) == before
    assert [p.name for p in tmp_path.iterdir()] == ["analysis"]


def test_missing_graph_file(tmp_path):
    with pytest.raises(InputError):
        analyze(tmp_path / "nope.ttl", tmp_path / "out")


def test_metrics_graph_needs_iris():
    with pytest.raises(GraphError):
        metrics_graph([{"node": 1, "degree": 1, "weighted_degree": 1, "betweenness": 0,
                        "pagerank": 1, "community": 0, "core_number": 1}])  # fmt: skip


def test_csv_text_lists():
    assert csv_text([{"a": ["x", "y"], "b": None}]) == "a,b\nx;y,\n"


def test_cli_analyze_and_suggest(tmp_path):
    runner = CliRunner()
    out = tmp_path / "an"
    done = runner.invoke(cli, ["analyze", "-g", str(FIXTURE), "-o", str(out), "--no-report"])
    assert done.exit_code == 0, done.output
    assert "organisation: 6 nodes, 7 edges" in done.output
    assert (out / "metrics.ttl").is_file()
    done = runner.invoke(cli, ["suggest", "Bucharest", "-g", str(FIXTURE), "-k", "1"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0].startswith("partners for Bucharest Research Institute (RO) <")  # which one
    assert lines[1] == "1. Veneto Innovation Park (IT)  score 0.850"
    done = runner.invoke(cli, ["suggest", "Bucharest", "-g", str(FIXTURE), "--format", "json"])
    assert [s["label"] for s in json.loads(done.stdout)] == [
        "Veneto Innovation Park",
        "Karlsruhe Economic Office",
    ]


def test_cli_errors(tmp_path):
    runner = CliRunner()
    done = runner.invoke(cli, ["suggest", "Agency", "-g", str(FIXTURE)])
    assert done.exit_code == 1
    assert "ambiguous" in done.output
    done = runner.invoke(cli, ["analyze", "-g", str(tmp_path / "missing.ttl")])
    assert done.exit_code == 2


def test_empty_selection_still_writes_everything(tmp_path):
    result = analyze(FIXTURE, tmp_path / "a", period="1990-1993")
    assert list(result.files) == EXPECTED_FILES
    assert result.summary["networks"]["organisation"]["nodes"] == 0
    assert result.tables["organisations"] == []
