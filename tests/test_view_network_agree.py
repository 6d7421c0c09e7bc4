"""The views draw coopkg.network's networks: same nodes, edges, weights and communities.

One definition of each network (issue: the view used to read the RDF a second time with
its own SPARQL and could drift from the GEXF and the report).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import coopkg
from coopkg.network import (
    analyze,
    knowledge_graph,
    network_data,
    organisation_graph,
    region_graph,
)
from coopkg.views import networks

FIXTURE = Path(__file__).parent / "fixtures" / "view" / "mini.ttl"


@pytest.fixture(scope="module", params=["mini", "seed"])
def rdf(request):
    if request.param == "mini":
        return coopkg.load(FIXTURE)
    return request.getfixturevalue("seed_graph")


def weighted_edges(g: nx.Graph) -> set[tuple[frozenset, object]]:
    return {(frozenset((a, b)), w) for a, b, w in g.edges(data="weight")}


def test_every_network_is_the_network_packages(rdf):
    data = network_data(rdf)
    pairs = [
        (networks.organisation_network(rdf), organisation_graph(data)),
        (networks.knowledge_network(rdf), knowledge_graph(data)),
        *[(networks.region_network(rdf, lv), region_graph(data, lv)) for lv in (0, 1, 2, 3)],
    ]
    for view, net in pairs:
        assert set(view.nodes) == set(net.nodes)
        assert weighted_edges(view) == weighted_edges(net)
    assert all(view.number_of_edges() > 0 for view, _net in pairs[:3])  # not vacuous


def test_view_gexf_and_report_share_nodes_weights_and_communities(rdf, tmp_path):
    result = analyze(rdf, tmp_path / "analysis", report=False)
    view = networks.organisation_network(rdf)
    gexf = nx.read_gexf(tmp_path / "analysis" / "organisation.gexf")
    assert set(view.nodes) == set(gexf.nodes)
    assert weighted_edges(view) == {
        (frozenset((a, b)), int(w)) for a, b, w in gexf.edges(data="weight")
    }
    report = {row["node"]: row["community"] for row in result.tables["organisations"]}
    assert dict(view.nodes(data="community")) == report
    assert {n: int(c) for n, c in gexf.nodes(data="community")} == report
    regions = networks.region_network(rdf, 2)
    assert dict(regions.nodes(data="community")) == {
        row["node"]: row["community"] for row in result.tables["regions"]
    }
