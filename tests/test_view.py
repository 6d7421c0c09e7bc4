"""Tests of coopkg.views without a browser: networks, budget, encoding, HTML, PNG."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import coopkg
from coopkg.errors import GraphError, LinkError
from coopkg.views import networks, write_default_views, write_view
from coopkg.views.encode import (
    OTHER_KEY,
    PALETTE,
    categories,
    edge_width,
    legend,
    node_sizes,
    source_href,
    vis_options,
)
from coopkg.views.reduce import node_ranking, reduce_to_budget
from coopkg.views.render import external_references

FIXTURE = Path(__file__).parent / "fixtures" / "view" / "mini.ttl"
ORG = "https://w3id.org/coopkg/id/organisation/"
PROJECT = "https://w3id.org/coopkg/id/project/"


@pytest.fixture(scope="module")
def mini():
    return coopkg.load(FIXTURE)


def page_data(html: str) -> dict:
    block = re.search(
        r'<script type="application/json" id="coopkg-data">(.*?)</script>', html, re.S
    )
    assert block is not None
    return json.loads(block.group(1))


# --- networks -------------------------------------------------------------------------


def test_organisation_network_structure_and_facts(mini):
    g = networks.organisation_network(mini)
    assert g.number_of_nodes() == 6
    assert g.number_of_edges() == 6
    eco, west = ORG + "ecoplus", ORG + "westpannon"
    assert g.edges[eco, west]["weight"] == 2
    assert g.edges[eco, west]["projects"] == ("ALPHA", "BETA")
    node = g.nodes[eco]
    assert node["kind"] == "organisation"
    assert node["country"] == "AT"
    facts = dict(node["facts"])
    assert facts["Lead partner in"] == "ALPHA"
    assert facts["Projects"] == "2: ALPHA, BETA"
    assert facts["Region"] == "Niederösterreich (AT12)"
    assert facts["City"] == "St. Pölten"
    assert node["sources"] == ("seeds/alpha_en.txt", "seeds/beta_de.txt")
    assert dict(g.nodes[west]["facts"])["Also named"] == "West Pannon Ltd."
    assert g.degree(ORG + "solo") == 0


@pytest.mark.parametrize(
    ("level", "nodes"),
    [
        (0, ["AT", "DE", "FR", "HU", "IT"]),
        (1, ["AT1", "DE1", "FR1", "HU2", "ITH"]),
        (2, ["AT12", "DE12", "FR10", "HU22", "ITH1"]),
    ],
)
def test_region_network_levels(mini, level, nodes):
    g = networks.region_network(mini, level)
    assert sorted(g.nodes) == nodes
    assert g.number_of_edges() == 6
    assert g.graph["unplaced"] == 1  # Solo AB has no region


def test_region_network_names_and_weights(mini):
    g = networks.region_network(mini, 2)
    assert g.nodes["AT12"]["name"] == "Niederösterreich (AT12)"
    assert g.edges["AT12", "HU22"]["weight"] == 2
    assert dict(g.nodes["AT12"]["facts"])["Projects"] == "2: ALPHA, BETA"


def test_region_network_rejects_bad_level(mini):
    with pytest.raises(LinkError):
        networks.region_network(mini, 4)


def test_neighbourhood_of_a_project(mini):
    g = networks.neighbourhood_network(mini, "alpha")
    assert g.graph["focus"] == PROJECT + "alpha"
    kinds = Counter(d["kind"] for _n, d in g.nodes(data=True))
    assert kinds == {"project": 1, "organisation": 3, "region": 2, "theme": 1, "programme": 1}
    assert g.number_of_edges() == 9
    assert g.edges[PROJECT + "alpha", ORG + "ecoplus"]["relation"] == "lead partner"
    assert g.edges[PROJECT + "alpha", ORG + "tis"]["relation"] == "partner"


def test_neighbourhood_radius_two_reaches_partners_projects(mini):
    g = networks.neighbourhood_network(mini, ORG + "hostile", radius=2)
    assert set(g.nodes) == {
        ORG + "hostile",
        PROJECT + "gamma",
        "FR10",  # regions are NUTS codes, as in every coopkg.network graph
        ORG + "tis",
        "https://w3id.org/coopkg/theme/energy",
        "https://w3id.org/coopkg/programme/interreg-europe",
    }
    assert g.nodes[ORG + "tis"]["distance"] == 2


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        ("Stadt Karlsruhe", ORG + "karlsruhe"),
        ("stadt karlsruhe", ORG + "karlsruhe"),
        ("AT12", "AT12"),
        ("http://data.europa.eu/nuts/code/AT12", "AT12"),
        ("Solo", ORG + "solo"),
        (PROJECT + "beta", PROJECT + "beta"),
    ],
)
def test_resolve_focus(mini, focus, expected):
    assert networks.resolve_focus(networks.knowledge_network(mini), focus) == expected


@pytest.mark.parametrize("focus", ["interreg", "no such thing", "  "])
def test_resolve_focus_fails_clearly(mini, focus):
    with pytest.raises(LinkError):
        networks.resolve_focus(networks.knowledge_network(mini), focus)


# --- budget ---------------------------------------------------------------------------


def test_reduction_keeps_most_connected(mini):
    g = networks.organisation_network(mini)
    assert node_ranking(g)[:3] == [ORG + "ecoplus", ORG + "westpannon", ORG + "tis"]
    r = reduce_to_budget(g, 3)
    assert sorted(r.graph.nodes) == [ORG + "ecoplus", ORG + "tis", ORG + "westpannon"]
    assert (r.nodes_dropped, r.edges_dropped, r.method) == (3, 3, "top-degree")


def test_reduction_edge_budget_keeps_heaviest():
    g = nx.Graph()
    g.add_edge("a", "b", weight=5)
    g.add_edge("b", "c", weight=1)
    g.add_edge("c", "a", weight=3)
    r = reduce_to_budget(g, 10, max_edges=2)
    assert sorted(tuple(sorted(e)) for e in r.graph.edges) == [("a", "b"), ("a", "c")]
    assert (r.nodes_dropped, r.edges_dropped) == (0, 1)


def test_reduction_within_budget_is_identity():
    g = nx.path_graph(4)
    r = reduce_to_budget(g, 4)
    assert r.graph is g and r.method == "none"


# --- encoding -------------------------------------------------------------------------


def test_sizes_and_widths():
    assert node_sizes(nx.star_graph(3)) == {0: 40.0, 1: 18.67, 2: 18.67, 3: 18.67}
    assert edge_width(8, 8) == 8.0
    assert edge_width(1, 8) == 1.0
    assert edge_width(2, 8) == 3.33


def test_legend_folds_overflow_into_other():
    cats = {i: f"C{i:02d}" for i in range(25)}
    entries = legend(cats, "community")
    assert len(entries) == len(PALETTE) + 1
    assert entries[-1].key == OTHER_KEY
    assert entries[-1].count == 25 - len(PALETTE)


def test_community_colouring_follows_the_network_communities():
    g = nx.barbell_graph(4, 0)
    assert categories(g, "community") == {
        n: "community-0" if n < 4 else "community-1" for n in range(8)
    }
    nx.set_node_attributes(g, {n: n % 2 for n in g}, "community")  # as the views set it
    assert categories(g, "community") == {n: f"community-{n % 2}" for n in range(8)}


def test_source_links_cannot_carry_a_scheme():
    href = source_href("javascript:alert(1)", Path("/w/out/views"), Path("/w"))
    assert ":" not in href
    assert source_href("seeds/x.txt", Path("/w/output/views"), Path("/w")) == "../../seeds/x.txt"


def test_physics_options_scale_with_size():
    small, big = vis_options(10, 10), vis_options(1500, 9000)
    assert small["physics"]["stabilization"]["iterations"] == 1000
    assert big["physics"]["stabilization"]["iterations"] == 150
    assert big["layout"]["improvedLayout"] is False


# --- HTML and PNG ---------------------------------------------------------------------


def test_external_reference_check_catches_pyvis_cdn_links():
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1)
    html = net.generate_html()
    assert any(
        "cdn.jsdelivr.net" in html[html.find(ref) :][:80] for ref in external_references(html)
    )


def test_view_html_is_offline_and_escaped(mini, tmp_path):
    result = write_view(mini, tmp_path, kind="organisations", png=False)
    html = result.html.read_text("utf-8")
    assert external_references(html) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?https?://", html, re.I)
    assert "<img src=x" not in html
    assert "<script>alert(2)" not in html
    data = page_data(html)
    assert len(data["nodes"]) == result.nodes_shown == 6
    assert len(data["edges"]) == result.edges_shown == 6
    hostile = next(n for n in data["nodes"] if n["id"] == ORG + "hostile")
    assert hostile["name"] == "<img src=x onerror=alert(1)>"  # plain text in the data
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert "stabilizationIterationsDone" in html
    assert "physics: false" in html


def test_reduced_view_says_what_was_left_out(mini, tmp_path):
    result = write_view(mini, tmp_path, kind="organisations", max_nodes=3, png=False,
                        graph_path="output/graph.ttl")  # fmt: skip
    html = result.html.read_text("utf-8")
    assert (result.nodes_total, result.nodes_shown) == (6, 3)
    assert "Showing 3 of 6 organisations" in html
    assert "3 organisations and 3 links left out" in html
    command = "coopkg view --graph output/graph.ttl --kind organisations --max-nodes 6"
    assert command in html
    assert "coopkg view --kind neighbourhood --focus" in html
    assert len(page_data(html)["nodes"]) == 3


def test_region_view_notes_unplaced_organisations(mini, tmp_path):
    result = write_view(mini, tmp_path, kind="regions", level=2, png=False)
    assert result.html.name == "regions-nuts2.html"
    assert result.notes[0].startswith("1 organisation has no NUTS region at level 2")


def test_neighbourhood_view_file_and_focus(mini, tmp_path):
    result = write_view(mini, tmp_path, kind="neighbourhood", focus="Stadt Karlsruhe", png=False)
    assert result.html.name == "neighbourhood-stadt-karlsruhe.html"
    nodes = page_data(result.html.read_text("utf-8"))["nodes"]
    assert [n["name"] for n in nodes if n.get("focus")] == ["Stadt Karlsruhe"]


def test_neighbourhood_needs_focus(mini, tmp_path):
    with pytest.raises(LinkError):
        write_view(mini, tmp_path, kind="neighbourhood")


@pytest.mark.parametrize("bad", [{"kind": "maps"}, {"colour_by": "rainbow"}, {"max_nodes": 0}])
def test_bad_options_raise_graph_error(mini, tmp_path, bad):
    with pytest.raises(GraphError):
        write_view(mini, tmp_path, png=False, **bad)


def test_default_views_write_html_and_png(mini, tmp_path):
    paths = write_default_views(mini, tmp_path)
    assert [p.name for p in paths] == [
        "organisations.html",
        "organisations.png",
        "regions-nuts2.html",
        "regions-nuts2.png",
    ]
    for path in paths:
        if path.suffix == ".png":
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_empty_graph_still_renders(tmp_path):
    from rdflib import Graph

    result = write_view(Graph(), tmp_path, kind="organisations")
    assert (result.nodes_shown, result.edges_shown) == (0, 0)
    assert result.png is not None and result.png.exists()


def test_cli_view_writes_and_reports(tmp_path):
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    args = ["view", "-g", str(FIXTURE), "-o", str(tmp_path), "--max-nodes", "4", "--no-png"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "4 of 6 nodes, 5 of 6 links" in result.output
    assert "2 organisations and 1 link left out" in result.output
    assert (tmp_path / "organisations.html").is_file()
    assert not (tmp_path / "organisations.png").exists()


def test_cli_view_turns_errors_into_messages(tmp_path):
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    args = ["view", "-g", str(FIXTURE), "-o", str(tmp_path), "--kind", "neighbourhood",
            "--focus", "interreg"]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "'interreg' names 2 nodes" in result.output
