"""The whole river: notice files -> records -> linked records -> graph.ttl, via API and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from coopkg.__main__ import cli
from coopkg.graph.namespace import COOP

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD_FIELDS = {
    "source", "language", "title", "acronym", "start_date", "end_date", "status", "programme",
    "period", "eu_funding_eur", "total_budget_eur", "cofinancing_rate", "partner_count",
    "partners", "countries", "regions", "themes", "website", "results", "derived",
}  # fmt: skip


def test_seed_build_writes_five_projects(seed_build, seed_graph: Graph) -> None:
    result, out = seed_build
    assert result.ok and result.notices_read == 5
    assert result.projects == 5
    assert len(set(seed_graph.subjects(RDF.type, COOP.Project))) == 5
    assert result.triples == len(seed_graph)
    assert (out / "records.json").is_file() and (out / "organisations.csv").is_file()


def test_seed_graph_parses_with_oxigraph(seed_build) -> None:
    import pyoxigraph

    _result, out = seed_build
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == seed_build[0].triples


def test_building_twice_gives_identical_bytes(seed_build, tmp_path: Path) -> None:
    from coopkg.pipeline import build

    _result, out = seed_build
    build([SEEDS], tmp_path, views=False)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_base_iri_is_configurable(tmp_path: Path) -> None:
    from coopkg import build_graph

    graph = build_graph([SEEDS / "clusterix_en.txt"], base="https://example.org/kg/")
    projects = list(graph.subjects(RDF.type, COOP.Project))
    assert len(projects) == 1 and str(projects[0]).startswith("https://example.org/kg/project/")


def test_extract_json_follows_the_record_contract() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert len(records) == 5
    for record in records:
        assert set(record) >= GOLD_FIELDS
        # Relative to the folder given: no machine path in an output.
        assert record["source"] == Path(record["source"]).name
    clusterix = next(r for r in records if r["source"].endswith("clusterix_en.txt"))
    assert clusterix["period"] == "2007-2013" and "period" in clusterix["derived"]


def test_extract_explain_shows_passages() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEEDS / "clusterix_en.txt"), "--explain"])
    assert result.exit_code == 0, result.output
    assert "eu_funding_eur" in result.output and "1 687 872,00 EUR" in result.output


def _bad_inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text((SEEDS / "clusterix_en.txt").read_text("utf-8"), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.pdf").write_bytes(b"\x00\x01\x02 not a pdf")
    return folder


def test_bad_inputs_fail_one_line_each_and_the_rest_is_built(tmp_path: Path) -> None:
    inputs = _bad_inputs(tmp_path / "in")
    result = CliRunner().invoke(
        cli, ["build", str(inputs), "-o", str(tmp_path / "out"), "--no-views"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("empty.txt" in e for e in errors) and any("junk.pdf" in e for e in errors)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(set(graph.subjects(RDF.type, COOP.Project))) == 1


def test_extract_exit_code_is_one_when_an_input_fails(tmp_path: Path) -> None:
    inputs = _bad_inputs(tmp_path / "in")
    result = CliRunner().invoke(cli, ["extract", str(inputs), "--format", "json"])
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)) == 1


def test_usage_error_exits_with_two(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "missing")])
    assert result.exit_code == 2


def test_failed_build_keeps_the_previous_graph(tmp_path: Path, monkeypatch) -> None:
    from coopkg.pipeline import build
    from coopkg.store import buildstore

    build([SEEDS / "innotrax_en.txt"], tmp_path, views=False)
    before = {name: (tmp_path / name).read_bytes() for name in ("graph.ttl", "graph.nt")}

    def broken(_nt: Path, _ttl: Path) -> Path:
        raise RuntimeError("disk full")

    monkeypatch.setattr(buildstore, "write_turtle", broken)
    # The Turtle is written in this process (not by the one fed beside the merge).
    monkeypatch.setattr(buildstore._TurtleBeside, "__enter__", lambda self: self)
    with pytest.raises(RuntimeError):
        build([SEEDS], tmp_path, views=False)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert buildstore.store_status(tmp_path) == "fresh"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_public_api_extract_returns_typed_records() -> None:
    import coopkg
    from coopkg.records import ProjectRecord

    failures: list = []
    records = coopkg.extract([SEEDS / "techlink_fr.txt"], failures=failures)
    assert failures == []
    assert isinstance(records[0], ProjectRecord)
    assert records[0].acronym == "TECHLINK"


def test_two_notices_of_one_project_become_one_project_with_conflicts(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    inputs = tmp_path / "in"
    inputs.mkdir()
    text = (SEEDS / "clusterix_en.txt").read_text("utf-8")
    (inputs / "a.txt").write_text(text, "utf-8")
    (inputs / "b.txt").write_text(text.replace("1 687 872,00", "1 700 000,00"), "utf-8")
    result = build([inputs], tmp_path / "out", views=False)
    assert result.projects == 1 and result.conflicts == 1
    report = (tmp_path / "out" / "conflicts.csv").read_text("utf-8").splitlines()
    assert report[0] == "project,field,values,sources,current,current_sources,reason"
    assert "eu_funding_eur" in report[1] and "1700000.0" in report[1]
    # Two notices, same kind and confidence: the first by name gives the current value.
    assert report[1].endswith(",1687872.0,a.txt,first source by name")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    project = next(graph.subjects(RDF.type, COOP.Project))
    assert len(set(graph.objects(project, COOP.describedBy))) == 2
    assert [str(v) for v in graph.objects(project, COOP.euFunding)] == ["1687872.00"]
    # Both values stay in the graph, each in its notice's evidence.
    kept = {
        (str(graph.value(ev, COOP.extractedValue)), graph.value(ev, COOP.currentValue).toPython())
        for ev in graph.subjects(COOP.currentValue, None)
    }
    assert kept == {("1687872.0", True), ("1700000.0", False)}


def test_region_report_keeps_the_reason_an_ambiguous_name_stays_unlinked(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "n.txt").write_text(
        "Cross-border Care Network (CROSSCARE)\n\n"
        "The CROSSCARE project connects care providers in Limburg and in Lower Austria.\n",
        "utf-8",
    )
    build([inputs], tmp_path / "out", views=False)
    rows = (tmp_path / "out" / "regions.csv").read_text("utf-8").splitlines()
    assert rows[0] == "project,source,mention,linked_to,level,reason"
    limburg = next(r for r in rows if ",Limburg," in r)
    assert ",Limburg,,," in limburg and "ambiguous" in limburg
    assert any(",Lower Austria,AT12,2,name" in r for r in rows)
    with_country = tmp_path / "in2"
    with_country.mkdir()
    text = (inputs / "n.txt").read_text("utf-8") + "\nLead partner: Zorggroep Maastricht (NL)\n"
    (with_country / "n.txt").write_text(text, "utf-8")
    build([with_country], tmp_path / "out2", views=False)
    report = (tmp_path / "out2" / "regions.csv").read_text("utf-8")
    assert ",Limburg,NL42,2," in report  # the partners' country settles it
