"""Streamed GraphML, GEXF and metrics Turtle: the documents networkx and rdflib wrote.

The writers of :mod:`coopkg.network.io` write text line by line instead of building an
ElementTree or an rdflib graph; these tests hold them to the bytes (GraphML, GEXF) and
triples (Turtle) of the library writers they replaced, and check the brokers, period and
summary shortcuts of the analysis against their definitions.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from coopkg.errors import GraphError
from coopkg.network import analyze, brokers, metrics, organisation_graph, period_changes
from coopkg.network import io as netio
from coopkg.network.graphs import NetworkData, OrganisationInfo, ProjectInfo

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"


def _networkx_graphml(graph: nx.Graph) -> str:
    return "\n".join(nx.generate_graphml(netio._portable(graph))) + "\n"


def _networkx_gexf(graph: nx.Graph, rows=()) -> str:
    # networkx's document, its creator and date stamp aside
    text = netio._networkx_gexf(graph, list(rows))
    assert "<creator>coopkg</creator>" in text
    return text


def _awkward_graph() -> nx.Graph:
    """Every kind of value and character the writers must escape or type like networkx."""
    graph = nx.Graph(name="Ré & <Co>")
    graph.add_node(
        "https://x.org/o/1?a=1&b=2",
        label='Agència "Sud" <Est>',
        projects=3,
        funding=2.5,
        type="organisation",
        country="ES",
        region="",
    )
    graph.add_node(
        "o2", label="Zweite\tLinie\nneu", projects=1, flag=True, none=None, big=10**20, country="DE"
    )
    graph.add_node("o3")
    graph.add_node(
        "o4",
        label="Ωmega 😀",
        projects=2.0,
        ratio=float("inf"),
        other=float("nan"),
        low=float("-inf"),
        text="a\rb",
    )
    graph.add_edge("https://x.org/o/1?a=1&b=2", "o2", projects=2, funding=1.5, weight=2)
    graph.add_edge("o2", "o4", projects=1, funding=3.0, weight=1.5, note="x & y")
    graph.add_edge("o3", "o4")
    graph.add_edge("o3", "o3", weight=1)
    return graph  # fmt: skip


AWKWARD_ROWS = [
    {"node": "o2", "degree": 2, "weighted_degree": 3.5, "pagerank": 0.25, "betweenness": 0.5,
     "community": 1, "core_number": 1},
    {"node": "o4", "degree": 3, "weighted_degree": 2, "pagerank": None, "community": 0},
    {"node": "elsewhere", "degree": 9},
]  # fmt: skip


def test_graphml_is_networkx_graphml_byte_for_byte():
    graph = _awkward_graph()
    text = netio.graphml_text(graph)
    assert text == _networkx_graphml(graph)
    assert '<key id="d3" for="node" attr.name="funding" attr.type="double" />' in text
    assert "&#937;mega &#128512;" in text  # non-ASCII as character references


def test_gexf_is_networkx_gexf_byte_for_byte():
    graph = _awkward_graph()
    text = netio.gexf_text(graph, AWKWARD_ROWS)
    assert text == _networkx_gexf(graph, AWKWARD_ROWS)
    assert '<attvalue for="9" value="3.5" />' in text  # weighted_degree of o2
    assert "lastmodifieddate" not in text


@pytest.mark.parametrize("trial", range(40))
def test_random_graphs_written_as_networkx_writes_them(trial):
    rng = random.Random(trial)
    graph = nx.gnm_random_graph(rng.randint(0, 9), rng.randint(0, 15), seed=trial)
    graph = nx.relabel_nodes(graph, {n: rng.choice(["n", "é&", 'q"\n', "a b"]) + str(n)
                                     for n in graph})  # fmt: skip
    values = ["", "A & B", "ü", 1, 2.5, True, None, float("nan"), 0, -1.0]
    for node in graph:
        for key in rng.sample(["label", "type", "projects", "funding", "community"], 3):
            graph.nodes[node][key] = rng.choice(values)
    for a, b in graph.edges():
        for key in rng.sample(["weight", "projects", "funding"], rng.randint(0, 3)):
            graph.edges[a, b][key] = rng.choice(values)
    rows = [{"node": n, **{m: rng.choice([1, 0.5, None]) for m in netio.GEXF_METRICS}}
            for n in list(graph)[: rng.randint(0, len(graph))]]  # fmt: skip
    assert netio.graphml_text(graph) == _networkx_graphml(graph)
    assert netio.gexf_text(graph, rows) == _networkx_gexf(graph, rows)


def test_unusual_values_and_keys_go_through_networkx():
    numpy = pytest.importorskip("numpy")
    graph = nx.Graph([("a", "b")])
    graph.nodes["a"]["score"] = numpy.float64(0.5)  # a float subclass: networkx's type
    assert netio.graphml_text(graph) == _networkx_graphml(graph)
    assert 'attr.type="float"' in netio.graphml_text(graph)
    graph = nx.Graph([("a", "b", {"id": "e1"})])
    assert netio.gexf_text(graph) == _networkx_gexf(graph)
    assert 'id="e1"' in netio.gexf_text(graph)


@pytest.fixture(scope="module")
def analysis(tmp_path_factory):
    return analyze(FIXTURE, tmp_path_factory.mktemp("a") / "analysis", report=False)


@pytest.mark.parametrize("name", ["organisation", "project_organisation", "region", "country",
                                  "programme", "theme_region"])  # fmt: skip
def test_written_files_read_back_as_networkx_writes_them(analysis, name, tmp_path):
    graph = analysis.graphs[name]
    tables = {"organisation": "organisations", "region": "regions"}
    rows = analysis.tables[tables[name]] if name in tables else ()
    path = analysis.out_dir / f"{name}.graphml"
    assert path.read_text(encoding="ascii") == _networkx_graphml(graph)
    before = tmp_path / "before.graphml"
    before.write_text(_networkx_graphml(graph), encoding="ascii")
    ours, theirs = nx.read_graphml(path), nx.read_graphml(before)
    assert ours.graph == theirs.graph
    assert ours.graph["name"] == graph.graph["name"]
    assert list(ours.nodes(data=True)) == list(theirs.nodes(data=True))
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert sorted(ours.nodes) == sorted(str(n) for n in graph.nodes)
    path = analysis.out_dir / f"{name}.gexf"
    before = tmp_path / "before.gexf"
    before.write_text(_networkx_gexf(graph, rows), encoding="ascii")
    ours, theirs = nx.read_gexf(path), nx.read_gexf(before)
    assert ours.graph == theirs.graph
    assert list(ours.nodes(data=True)) == list(theirs.nodes(data=True))
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert ours.number_of_edges() == graph.number_of_edges()


def test_metrics_turtle_states_the_triples_of_metrics_graph(analysis):
    rows, brokers_rows = analysis.tables["organisations"], analysis.tables["brokers"]
    written = Graph().parse(analysis.out_dir / "metrics.ttl")
    assert set(written) == set(netio.metrics_graph(rows, brokers_rows))
    assert len(written) == 7 * len(rows) == 42


def test_metrics_turtle_values_and_iris():
    rows = [
        {
            "node": "https://x.org/o/a b<c>",
            "degree": 3,
            "weighted_degree": 1234.5,
            "betweenness": 1e-7,
            "pagerank": 0.1234567,
            "community": 2,
            "core_number": 1,
        }
    ]
    brokers_rows = [{"node": "https://x.org/o/a b<c>", "is_broker": False},
                    {"node": "https://x.org/o/other", "is_broker": True}]  # fmt: skip
    text = "".join(netio.metrics_turtle_lines(rows, brokers_rows))
    assert "<https://x.org/o/a\\u0020b\\u003Cc\\u003E> coop:betweenness 0.0 ;" in text
    assert "coop:pagerank 0.123457 ;" in text and "coop:weightedDegree 1234.5 ." in text
    assert "<https://x.org/o/other> coop:isBroker true ." in text
    parsed = Graph().parse(data=text, format="turtle")
    assert set(parsed) == set(netio.metrics_graph(rows, brokers_rows))
    with pytest.raises(GraphError):
        list(netio.metrics_turtle_lines([{**rows[0], "node": "o1"}]))
    with pytest.raises(GraphError):
        list(netio.metrics_turtle_lines([{**rows[0], "pagerank": float("nan")}]))


def _synthetic(seed: int, organisations: int = 60) -> NetworkData:
    rng = random.Random(seed)
    orgs = {f"o{i:02d}": OrganisationInfo(f"o{i:02d}", f"Org {i}", rng.choice("ABCD"))
            for i in range(organisations)}  # fmt: skip
    projects = tuple(
        ProjectInfo(f"p{i}", f"P{i}", tuple(sorted(rng.sample(sorted(orgs), rng.randint(1, 5)))),
                    period=rng.choice(["2000-2006", "2007-2013", "2014-2020", ""]),
                    funding=float(rng.randint(1, 9)))
        for i in range(organisations)
    )  # fmt: skip
    return NetworkData(projects, orgs)


@pytest.mark.parametrize("seed", range(5))
def test_period_changes_count_the_period_graphs(seed):
    data = _synthetic(seed)
    rows = period_changes(data)
    assert [r["period"] for r in rows] == ["2000-2006", "2007-2013", "2014-2020"]
    for row in rows:
        graph = organisation_graph(data, period=row["period"])
        assert row["organisations"] == graph.number_of_nodes()
        assert row["edges"] == graph.number_of_edges()
        assert row["density"] == round(nx.density(graph), 6)


def _brute_brokerage(graph: nx.Graph, groups) -> dict:
    """Brokerage by its definition: every pair of neighbours, one at a time."""
    result = {}
    for node in graph:
        neighbours = sorted(set(graph[node]) - {node}, key=str)
        result[node] = sum(
            1
            for a, b in itertools.combinations(neighbours, 2)
            if groups.get(a) != groups.get(b) and not graph.has_edge(a, b)
        )
    return result


@pytest.mark.parametrize("seed", range(8))
def test_broker_table_against_definitions(seed):
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(30, 90, seed=seed)
    graph.add_edge(0, 0)
    countries = {n: rng.choice(["AT", "HU", ""]) for n in graph}
    nx.set_node_attributes(graph, countries, "country")
    communities = {n: rng.randint(0, 3) for n in graph}
    rows = {r["node"]: r for r in brokers.broker_table(graph, communities)}
    by_country = _brute_brokerage(graph, countries)
    by_community = _brute_brokerage(graph, communities)
    assert brokers.brokerage(graph, communities) == by_community
    participation = brokers.participation_coefficient(graph, communities)
    for node, row in rows.items():
        neighbours = set(graph[node]) - {node}
        assert row["country_brokerage"] == by_country[node]
        assert row["community_brokerage"] == by_community[node]
        assert row["community_participation"] == participation[node]
        assert row["countries"] == len({countries[n] for n in neighbours})
        assert row["communities"] == len({communities[n] for n in neighbours})


def test_node_metrics_summary_is_graph_summary(monkeypatch):
    graph = nx.les_miserables_graph()
    graph.add_edge("Valjean", "Valjean")
    graph.add_node("alone")
    for large in (False, True):
        if large:
            monkeypatch.setattr(metrics, "IGRAPH_MIN_NODES", 1)
        summary: dict = {}
        metrics.node_metrics(graph, exact_max_nodes=10, samples=20, summary=summary)
        assert summary == metrics.graph_summary(graph)
        assert summary["edges"] == 255 and summary["isolates"] == 1
