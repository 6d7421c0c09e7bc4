"""The saved queries that read a build's summaries give exactly the rows of the plain
forms, which work the same values out from the graph's own triples.

Summaries (``coopkg/graph/summaries.py``) are written into the named graph
``SUMMARY_GRAPH`` of a build's store; the saved queries read them, the raw forms
(``queries/raw/``) and plain forms (``queries/plain/``) do not. Checked on the seed build
and on generated graphs with several notices, titles, fundings and dates per project.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from coopkg.graph.group_summaries import GROUP_BASE, GroupCollector
from coopkg.graph.namespace import COOP
from coopkg.graph.summaries import (
    SUMMARY_GRAPH,
    SummaryCollector,
    literal_parts,
    summary_lines,
)
from coopkg.store.buildstore import graph_store
from coopkg.store.query import has_summaries, query, query_form_for, query_text, saved_queries
from coopkg.store.stores import open_store, wrap_graph

SUMMARISED = sorted(q.name for q in saved_queries() if q.raw is not None)
PARAMLESS = sorted(q.name for q in saved_queries() if not q.params)


def _reference(saved_name: str):
    saved = next(q for q in saved_queries() if q.name == saved_name)
    return saved.plain or saved.raw or saved.text


def test_the_summarised_queries() -> None:
    assert SUMMARISED == [
        "country-pairs",
        "derived-values",
        "funding-by-programme",
        "lead-partners",
        "missing-data",
        "partners-by-country",
        "programme-periods",
        "project-overview",
        "projects-by-programme",
        "region-pairs",
        "repeat-organisations",
    ]
    for name in SUMMARISED:
        saved = next(q for q in saved_queries() if q.name == name)
        assert any(word in saved.text for word in ("summary", "Group", "derivedEvidence"))
        for other in (saved.raw, saved.plain or ""):
            assert "summary" not in other and "Group" not in other


@pytest.mark.parametrize("name", PARAMLESS)
def test_seed_build_summaries_give_the_plain_rows(seed_build, name: str) -> None:
    _result, out = seed_build
    store = graph_store(out)
    assert store.kind == "oxigraph" and has_summaries(store)
    saved = next(q for q in saved_queries() if q.name == name)
    assert query_form_for(saved, store) == saved.text
    fast = query(store, name)
    plain = query_text(store, _reference(name))
    assert (fast.columns, fast.terms) == (plain.columns, plain.terms)
    if saved.raw is not None:
        raw = query_text(store, saved.raw)
        assert (raw.columns, raw.terms) == (plain.columns, plain.terms)


def test_seed_build_summaries_are_in_their_named_graph_only(seed_build) -> None:
    _result, out = seed_build
    store = graph_store(out)
    ask = f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ ?p <{COOP.summaryNotices}> ?n }} }}"
    assert query_text(store, ask).boolean is True
    assert "summaryNotices" not in (out / "graph.ttl").read_text(encoding="utf-8")
    counted = query_text(
        store,
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
        f"{{ ?p <{COOP.summaryNotices}> ?n }} }}",
    )
    projects = query_text(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p a <{COOP.Project}> }}")
    assert counted.rows == projects.rows


def test_derived_values_link_their_evidence(seed_graph) -> None:
    linked = set(seed_graph.objects(None, COOP.derivedEvidence))
    derived = set(seed_graph.subjects(COOP.derived, Literal(True)))
    assert linked and linked == derived


def test_a_store_without_summaries_is_given_the_raw_form(seed_build) -> None:
    _result, out = seed_build
    bare = open_store("oxigraph")
    bare.load(out / "graph.nt")
    assert not has_summaries(bare)
    saved = next(q for q in saved_queries() if q.name == "project-overview")
    assert query_form_for(saved, bare) == saved.raw
    assert query_form_for(saved, wrap_graph(Graph())) == saved.plain
    built = query(graph_store(out), "project-overview")
    assert query(bare, "project-overview").terms == built.terms


def test_a_store_with_summaries_of_an_older_version_is_given_the_raw_form(seed_build) -> None:
    # A store built before the group summaries has per-project summaries but no groups:
    # the saved query would find no rows, so the store is answered as one without.
    _result, out = seed_build
    older = open_store("oxigraph")
    older.load(out / "graph.nt")
    summaries = summary_lines(Graph().parse(out / "graph.nt"))
    kept = [line for line in summaries if not line.startswith(f"<{GROUP_BASE}")]
    kept = [line for line in kept if "#summaryVersion>" not in line]
    assert len(kept) < len(summaries)
    older.store.bulk_load(  # type: ignore[attr-defined]
        "".join(kept).encode("utf-8"),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
        to_graph=pyoxigraph.NamedNode(SUMMARY_GRAPH),
    )
    assert not has_summaries(older)
    saved = next(q for q in saved_queries() if q.name == "country-pairs")
    assert query_form_for(saved, older) == saved.raw
    built = query(graph_store(out), "country-pairs")
    assert built.rows and query(older, "country-pairs").terms == built.terms


def test_pairs_are_counted_once_per_project_in_code_point_order() -> None:
    groups = GroupCollector()
    for codes in (['"DE"', '"AT"', '"ÖS"'], ['"AT"', '"DE"'], ['"AT"', "<http://x/iri>"]):
        groups.add_project(
            period='"2014-2020"', programme=None, partners=["<o1>", "<o2>"],
            country_codes=codes, region_codes=[],
        )  # fmt: skip
    pairs = {}
    for line in groups.lines():
        subject, prop, value = line[:-3].split(" ", 2)
        pairs.setdefault(subject, {})[prop.rsplit("#", 1)[-1][:-1]] = value
    found = sorted(
        (row["groupFirst"], row["groupSecond"], row["groupProjects"][1:2])
        for row in pairs.values()
        if row.get("type", "").endswith("CountryPairGroup>")
    )
    assert found == [('"AT"', '"DE"', "2"), ('"AT"', '"ÖS"', "1"), ('"DE"', '"ÖS"', "1")]
    programme = [row for row in pairs.values() if "groupPeriod" in row]
    assert programme == [
        {
            "type": "<https://w3id.org/coopkg/ontology#ProgrammePeriodGroup>",
            "groupPeriod": '"2014-2020"',
            "groupProjects": '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
            "groupOrganisations": '"2"^^<http://www.w3.org/2001/XMLSchema#integer>',
        }
    ]


def _messy(text: str, seed: int) -> Graph:
    """The generated graph with what builds also have: projects described by several
    notices in several languages, disagreeing figures and dates, values missing."""
    g = Graph().parse(data=text, format="nt")
    rng = random.Random(seed)
    projects = sorted(g.subjects(None, COOP.Project))
    organisations = sorted(g.subjects(None, COOP.Organisation))
    for index, project in enumerate(projects):
        roll = rng.random()
        if roll < 0.2:
            g.add((project, COOP.title, Literal(f"Projet {index}", lang="fr")))
            g.add((project, COOP.title, Literal(f"A project {index}", lang="en-GB")))
            g.add((project, COOP.acronym, Literal(f"ALT{index}")))
            g.add((project, COOP.describedBy, URIRef(f"{project}/other-notice")))
        elif roll < 0.3:
            g.add((project, COOP.euFunding, Literal("99.50", datatype=XSD.decimal)))
            g.add((project, COOP.startDate, Literal("1999-05-01", datatype=XSD.date)))
            g.add((project, COOP.endDate, Literal("2031-01-31", datatype=XSD.date)))
        elif roll < 0.4:
            for prop in (COOP.title, COOP.euFunding, COOP.programme, COOP.period,
                         COOP.leadPartner, COOP.startDate, COOP.status):  # fmt: skip
                g.remove((project, prop, None))
        elif roll < 0.45:
            g.remove((project, COOP.hasPartner, None))
        elif roll < 0.55:
            extra = rng.choice(organisations)
            g.add((project, COOP.hasPartner, extra))
            g.add((project, COOP.leadPartner, extra))
    return g


@pytest.mark.parametrize("seed", [3, 11])
def test_generated_graph_summaries_give_the_plain_rows(
    tmp_path: Path, seed: int, generated_triples: Callable[[int, int], str]
) -> None:
    graph = _messy(generated_triples(150, seed), seed)
    store = open_store("oxigraph")
    store.load(graph)
    lines = summary_lines(graph)
    store.store.bulk_load(  # type: ignore[attr-defined]
        "".join(lines).encode("utf-8"),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
        to_graph=pyoxigraph.NamedNode(SUMMARY_GRAPH),
    )
    assert has_summaries(store)
    for name in PARAMLESS:
        fast = query(store, name)
        plain = query_text(store, _reference(name))
        assert (name, fast.columns, fast.terms) == (name, plain.columns, plain.terms)
        assert fast.rows or name == "lead-partners"


def test_summaries_of_a_tiny_graph() -> None:
    p = URIRef("https://w3id.org/coopkg/id/project/p")
    o = URIRef("https://w3id.org/coopkg/id/organisation/o")
    country = URIRef("http://publications.europa.eu/resource/authority/country/AUT")
    collector = SummaryCollector()
    collector.add(
        [
            (p, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), COOP.Project),
            (p, COOP.title, Literal("Zweiter", lang="de")),
            (p, COOP.title, Literal("Second", lang="en")),
            (p, COOP.title, Literal("First", lang="fr")),
            (p, COOP.euFunding, Literal("10.00", datatype=XSD.decimal)),
            (p, COOP.euFunding, Literal("9.50", datatype=XSD.decimal)),
            (p, COOP.hasPartner, o),
            (p, COOP.leadPartner, o),
            (o, COOP.country, country),
            (country, COOP.countryCode, Literal("AT")),
            (o, COOP.region, URIRef("http://data.europa.eu/nuts/code/AT13")),
        ]
    )
    lines = collector.lines()
    groups = [line for line in lines if line.startswith(f"<{GROUP_BASE}")]
    got = {
        (s[1:-1].rsplit("/", 1)[1], prop[1:-1].rsplit("#", 1)[1], literal_parts(v)[0])
        for s, prop, v in (line[:-3].split(" ", 2) for line in lines if line not in groups)
    }
    # One period-and-programme group (neither known), one funding group (lead country
    # AT), no pair: one country, one region.
    assert sorted(
        (line.split(" ", 2)[1].rsplit("#", 1)[1][:-1], literal_parts(line.split(" ", 2)[2][:-3])[0])
        for line in groups
    ) == [
        ("groupEuFunding", "10.00"),
        ("groupLeadCountry", "AT"),
        ("groupOrganisations", "1"),
        ("groupProjects", "1"),
        ("groupProjects", "1"),
        ("type", ""),
        ("type", ""),
    ]
    assert any(line.endswith("#ProgrammePeriodGroup> .\n") for line in groups)
    assert any(line.endswith("#FundingGroup> .\n") for line in groups)
    assert got == {
        ("summaries", "summaryVersion", "2"),
        ("p", "summaryPartners", "1"),
        ("p", "summaryLeadPartners", "1"),
        ("p", "summaryCountries", "0"),
        ("p", "summaryNotices", "0"),
        ("p", "summaryTitle", "Second"),
        ("p", "summaryEuFunding", "10.00"),
        ("p", "summaryLeadCountry", "AT"),
        ("p", "summaryPartnerCountry", "AT"),
        ("p", "summaryPartnerRegion", "AT13"),
        ("o", "summaryProjects", "1"),
        ("o", "summaryLeadProjects", "1"),
    }


@pytest.mark.parametrize("seed", [3, 11])
def test_summaries_folded_chunk_by_chunk_with_repeats_are_those_of_the_graph(
    seed: int, generated_triples: Callable[[int, int], str]
) -> None:
    # A build feeds the collector chunk by chunk, and a project read from several
    # notices repeats its facts: the folded aggregates must give the whole graph's
    # summaries, and the unsorted stream a build writes must hold each line once.
    from coopkg.graph.ntext import nt_lines

    graph = _messy(generated_triples(120, seed), seed)
    expected = summary_lines(graph)
    lines = list(nt_lines(graph))
    random.Random(seed).shuffle(lines)
    collector = SummaryCollector()
    for start in range(0, len(lines), 97):
        chunk = lines[start : start + 97]
        collector.add_lines(chunk)
        collector.add_lines(chunk[: len(chunk) // 3])  # repeated facts
    streamed = list(collector.unsorted_lines())
    assert collector.lines() == expected
    assert sorted(streamed) == expected and len(streamed) == len(set(streamed))


def test_a_build_store_opened_as_a_folder_leaves_its_summaries_out_of_the_union(
    seed_build, tmp_path: Path
) -> None:
    # `coopkg query --store oxigraph --store-path output/store`: the default graph is the
    # build's graph (and any pushed graph), the summaries are read through GRAPH only.
    import shutil

    from coopkg.store.query import run_query_result

    result, out = seed_build
    folder = tmp_path / "store"
    shutil.copytree(out / "store", folder)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p <{COOP.summaryNotices}> ?n }}"
    named = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
        f"{{ ?p <{COOP.summaryNotices}> ?n }} }}"
    )
    every = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def number(sparql: str) -> int:
        found = run_query_result(sparql, store="oxigraph", store_path=folder, limit=None)
        return int(found.rows[0][0])

    assert number(count) == 0
    assert number(named) == result.projects > 0
    assert number(every) == result.triples
    store = open_store("oxigraph", folder)
    assert len(store) == result.triples
    # A graph pushed into the same store is still part of the union.
    pushed = pyoxigraph.NamedNode("https://example.org/graph/pushed")
    store.store.add(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode("https://example.org/a"),
            pyoxigraph.NamedNode("https://example.org/p"),
            pyoxigraph.Literal("Grenzüberschreitend"),
            pushed,
        )
    )
    assert len(store) == result.triples + 1
    assert int(query_text(store, every).rows[0][0]) == result.triples + 1
    del store


@pytest.mark.parametrize(
    "figures",
    [
        ['"10.00"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"9.50"^^<http://www.w3.org/2001/XMLSchema#decimal>'],
        ['"12"^^<http://www.w3.org/2001/XMLSchema#integer>', '"30"^^<http://www.w3.org/2001/XMLSchema#integer>'],
        ['"12"^^<http://www.w3.org/2001/XMLSchema#integer>', '"0.25"^^<http://www.w3.org/2001/XMLSchema#decimal>'],
        ['"1687872.00"^^<http://www.w3.org/2001/XMLSchema#decimal>'],
        ['"-3.10"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"3.1"^^<http://www.w3.org/2001/XMLSchema#decimal>'],
        ['"12"^^<http://www.w3.org/2001/XMLSchema#decimal>', '"unknown"'],
    ],
)  # fmt: skip
def test_a_funding_group_sum_is_written_as_sum_writes_it(figures: list[str]) -> None:
    # The saved query adds 0 to the stored sum: the same term SPARQL's SUM gives.
    groups = GroupCollector()
    for figure in figures:
        groups.add_project(
            period=None, programme=None, partners=[], country_codes=[], region_codes=[],
            funding=figure,
        )  # fmt: skip
    sums = [line.split(" ", 2)[2][:-3] for line in groups.lines() if "#groupEuFunding>" in line]
    engine = pyoxigraph.Store()
    expected = next(
        iter(
            engine.query(f"SELECT (SUM(?x) AS ?s) WHERE {{ VALUES ?x {{ {' '.join(figures)} }} }}")
        )
    )["s"]
    if expected is None:
        assert sums == []
        return
    stored = next(iter(engine.query(f"SELECT (({sums[0]} + 0) AS ?s) WHERE {{}}")))["s"]
    assert stored == expected


@pytest.mark.parametrize(
    "name", ["country-pairs", "region-pairs", "programme-periods", "funding-by-programme"]
)
def test_cli_group_queries_give_the_rows_of_the_graph_file(
    seed_build, tmp_path: Path, name: str
) -> None:
    # `coopkg query NAME` on the build reads the finished rows of the summaries graph; an
    # Oxigraph store loaded from the graph file alone works them out (the raw form; the
    # in-memory store would write a sum's decimals as rdflib does, "1687872.00").
    import shutil

    from click.testing import CliRunner

    from coopkg.__main__ import cli

    _result, out = seed_build
    alone = tmp_path / "graph.nt"
    shutil.copy(out / "graph.nt", alone)
    runner = CliRunner()
    answers = []
    loaded = ["--store", "oxigraph", "--store-path", str(tmp_path / "store")]
    for graph, store in ((out, []), (alone, loaded)):
        command = ["query", name, "-g", str(graph), "--limit", "0", "-f", "csv", *store]
        found = runner.invoke(cli, command)
        assert found.exit_code == 0, found.output
        answers.append(found.stdout)
    assert answers[0] == answers[1] and answers[0].count("\n") > 1
    store = graph_store(out)
    saved = next(q for q in saved_queries() if q.name == name)
    assert "Group" in query_form_for(saved, store)
