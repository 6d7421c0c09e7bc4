"""Network metrics and brokers on textbook graphs, with exact expected values."""

from __future__ import annotations

import networkx as nx
import pytest

from coopkg.network import (
    betweenness,
    broker_table,
    brokerage,
    communities,
    components,
    graph_summary,
    node_metrics,
    participation_coefficient,
    repeat_partnerships,
)


def _by_node(rows):
    return {r["node"]: r for r in rows}


def test_star_metrics():
    rows = _by_node(node_metrics(nx.star_graph(4)))
    assert rows[0]["degree"] == 4
    assert rows[0]["betweenness"] == 1.0
    assert rows[1]["betweenness"] == 0.0
    assert rows[0]["clustering"] == 0.0
    assert rows[0]["core_number"] == 1
    assert rows[0]["pagerank"] == 0.475677
    assert {r["community"] for r in rows.values()} == {0}


def test_path_betweenness_exact():
    b = betweenness(nx.path_graph(5))
    assert [round(b[n], 6) for n in range(5)] == [0.0, 0.5, 0.666667, 0.5, 0.0]


def test_two_triangles_joined_by_a_bridge():
    graph = nx.barbell_graph(3, 0)  # triangles {0,1,2} and {3,4,5}, bridge 2-3
    rows = _by_node(node_metrics(graph))
    assert rows[2]["betweenness"] == 0.6
    assert rows[0]["betweenness"] == 0.0
    assert rows[0]["clustering"] == 1.0
    assert rows[2]["clustering"] == 0.333333
    assert [sorted(c) for c in communities(graph)] == [[0, 1, 2], [3, 4, 5]]
    groups = {n: rows[n]["community"] for n in graph}
    assert brokerage(graph, groups) == {0: 0, 1: 0, 2: 2, 3: 2, 4: 0, 5: 0}
    pc = participation_coefficient(graph, groups)
    assert pc[2] == 0.444444
    assert pc[0] == 0.0
    brokers = [r["node"] for r in broker_table(graph, groups) if r["is_broker"]]
    assert brokers == [2, 3]


def test_florentine_families():
    graph = nx.florentine_families_graph()
    rows = _by_node(node_metrics(graph))
    assert rows["Medici"]["degree"] == 6
    assert rows["Medici"]["betweenness"] == 0.521978
    assert rows["Guadagni"]["betweenness"] == 0.254579
    assert rows["Medici"]["pagerank"] == 0.145818
    assert rows["Medici"]["clustering"] == 0.066667
    assert rows["Pazzi"]["core_number"] == 1
    assert rows["Medici"]["core_number"] == 2
    found = [sorted(c) for c in communities(graph)]
    assert found == [
        ["Acciaiuoli", "Barbadori", "Medici", "Ridolfi", "Tornabuoni"],
        ["Albizzi", "Ginori", "Guadagni", "Lamberteschi"],
        ["Bischeri", "Castellani", "Peruzzi", "Strozzi"],
        ["Pazzi", "Salviati"],
    ]
    table = broker_table(graph, {r["node"]: r["community"] for r in rows.values()})
    brokers = [r["node"] for r in table if r["is_broker"]]
    # Medici bridges the most unlinked pairs; Strozzi (P = 0.375) is below the threshold.
    assert brokers[:2] == ["Medici", "Guadagni"]
    assert len(brokers) == 9
    assert "Strozzi" not in brokers
    assert "Peruzzi" not in brokers  # all its neighbours are in its own community


def test_communities_of_the_florentine_families():
    graph = nx.florentine_families_graph()  # Louvain, seed 42: largest first
    assert [sorted(c) for c in communities(graph)] == [
        ["Acciaiuoli", "Barbadori", "Medici", "Ridolfi", "Tornabuoni"],
        ["Albizzi", "Ginori", "Guadagni", "Lamberteschi"],
        ["Bischeri", "Castellani", "Peruzzi", "Strozzi"],
        ["Pazzi", "Salviati"],
    ]


def test_clique_has_no_broker_whatever_its_countries():
    graph = nx.complete_graph(5)
    nx.set_node_attributes(graph, dict(enumerate("ABCDE")), "country")
    rows = broker_table(graph, {n: 0 for n in graph})
    assert [r["is_broker"] for r in rows] == [False] * 5
    assert rows[0]["country_participation"] == 0.75
    assert rows[0]["country_brokerage"] == 0


def test_sampled_betweenness_above_threshold_repeats():
    graph = nx.connected_watts_strogatz_graph(60, 4, 0.2, seed=1)
    first = betweenness(graph, exact_max_nodes=10, samples=20)  # 20 sources, seed 42
    top = sorted(first, key=lambda n: (-first[n], n))[:3]
    assert [(n, round(first[n], 6)) for n in top] == [
        (14, 0.160163),
        (42, 0.108402),
        (21, 0.107688),
    ]
    assert first != betweenness(graph)  # sampled, not exact


def test_components_and_summary():
    graph = nx.Graph([(1, 2), (3, 4), (4, 5)])
    graph.add_node(6)
    assert [sorted(c) for c in components(graph)] == [[3, 4, 5], [1, 2], [6]]
    summary = graph_summary(graph)
    assert summary == {
        "nodes": 6,
        "edges": 3,
        "density": 0.2,
        "components": 3,
        "largest_component": 3,
        "isolates": 1,
        "average_clustering": 0.0,
        "max_core_number": 1,
    }


def test_repeat_partnerships_threshold():
    graph = nx.Graph()
    graph.add_edge("b", "a", projects=2, funding=10.0)
    graph.add_edge("c", "a", projects=1, funding=5.0)
    graph.add_edge("c", "d", projects=4, funding=1.0)
    rows = repeat_partnerships(graph)
    assert [(r["a"], r["b"], r["projects"]) for r in rows] == [("c", "d", 4), ("a", "b", 2)]
    assert len(repeat_partnerships(graph, min_projects=1)) == 3


@pytest.mark.parametrize("name", ["graphs", "metrics", "brokers", "io", "report"])
def test_doctests(name):
    import doctest
    import importlib

    module = importlib.import_module(f"coopkg.network.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0
    assert failures == 0


def test_sampled_betweenness_is_networkx_sampled_betweenness():
    # igraph from the sources networkx draws: networkx's values (its rescaling of the
    # sampled sources included), and a standard error that bounds the actual error.
    from coopkg.network.metrics import sampled_betweenness

    graph = nx.les_miserables_graph()
    values, error = sampled_betweenness(graph, samples=20, seed=3)
    expected = nx.betweenness_centrality(graph, k=20, normalized=True, seed=3)
    assert values.keys() == expected.keys()
    assert max(abs(values[n] - expected[n]) for n in graph) < 1e-12
    exact = nx.betweenness_centrality(graph)
    assert 0 < error < 0.2
    assert max(abs(values[n] - exact[n]) for n in graph) < 3 * error
    assert betweenness(graph, exact_max_nodes=10, samples=20, seed=3) == values


def test_large_graph_metrics_with_igraph_equal_networkx(monkeypatch):
    # Above IGRAPH_MIN_NODES the metrics come from igraph: clustering and core numbers
    # are networkx's exactly, PageRank to its tolerance, Louvain a partition that repeats.
    from coopkg.network import metrics

    graph = nx.florentine_families_graph()
    small = _by_node(node_metrics(graph))
    monkeypatch.setattr(metrics, "IGRAPH_MIN_NODES", 1)
    large = _by_node(node_metrics(graph))
    for node, row in small.items():
        assert large[node]["clustering"] == row["clustering"]
        assert large[node]["core_number"] == row["core_number"]
        assert large[node]["betweenness"] == row["betweenness"]  # 15 nodes: exact
        assert abs(large[node]["pagerank"] - row["pagerank"]) < 1e-5
    groups = metrics.communities(graph)
    assert sorted(n for g in groups for n in g) == sorted(graph)
    assert groups == metrics.communities(graph)
    assert metrics.graph_summary(graph) == {
        **metrics.graph_summary(graph),
        "average_clustering": round(nx.average_clustering(graph), 6),
        "max_core_number": 2,
    }


def test_analysis_states_the_error_of_sampled_betweenness():
    from coopkg.network.analysis import analysis_tables
    from coopkg.network.graphs import NetworkData, OrganisationInfo, ProjectInfo
    from coopkg.network.metrics import sampled_betweenness

    n = 600  # more nodes than the 500 sampled sources
    orgs = {f"o{i:03d}": OrganisationInfo(f"o{i:03d}", f"Org {i}", "AT") for i in range(n)}
    projects = tuple(
        ProjectInfo(f"p{i}", f"P{i}", tuple(sorted({f"o{i:03d}", f"o{(i + 1) % n:03d}",
                                                    f"o{(i * 7) % n:03d}"})))
        for i in range(n)
    )  # fmt: skip
    graphs, _tables, summary = analysis_tables(NetworkData(projects, orgs), exact_max_nodes=100)
    _values, error = sampled_betweenness(graphs["organisation"])
    assert error > 0
    assert summary["betweenness"] == (
        f"sampled: k=500 sources, seed=42 (600 nodes > 100); largest standard error {error:.2g}"
    )
