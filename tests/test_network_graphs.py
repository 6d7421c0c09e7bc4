"""networkx graphs built from a hand-made Turtle graph in the coopkg shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from coopkg.errors import GraphError, LinkError
from coopkg.network import (
    country_graph,
    find_organisation,
    network_data,
    organisation_graph,
    period_changes,
    programme_graph,
    project_organisation_graph,
    region_at_level,
    region_graph,
    suggest_partners,
    theme_region_graph,
)

FIXTURE = Path(__file__).parent / "fixtures" / "network" / "small.ttl"
ORG = "https://w3id.org/coopkg/id/organisation/"
PROG = "https://w3id.org/coopkg/programme/"
THEME = "https://w3id.org/coopkg/theme/"


@pytest.fixture(scope="module")
def data():
    return network_data(Graph().parse(FIXTURE))


def _edges(graph, attr="weight"):
    return {
        tuple(sorted((a.removeprefix(ORG), b.removeprefix(ORG)))): d[attr]
        for a, b, d in graph.edges(data=True)
    }


def test_organisation_graph_edges_and_weights(data):
    graph = organisation_graph(data)
    assert _edges(graph, "projects") == {
        ("o1", "o2"): 2,
        ("o1", "o3"): 1,
        ("o2", "o3"): 1,
        ("o2", "o4"): 1,
        ("o2", "o5"): 1,
        ("o4", "o5"): 1,
        ("o4", "o6"): 1,  # DELTA names its partners only through participations
    }
    assert graph[ORG + "o1"][ORG + "o2"]["funding"] == 1_200_000.0
    assert graph.nodes[ORG + "o2"] == {
        "projects": 3,
        "label": "Pannon Development Agency",
        "type": "organisation",
        "country": "HU",
        "region": "HU221",
    }


def test_organisation_graph_funding_weight(data):
    graph = organisation_graph(data, weight="funding")
    assert graph[ORG + "o4"][ORG + "o6"]["weight"] == 300_000.0
    with pytest.raises(GraphError):
        organisation_graph(data, weight="money")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "nodes"),
    [
        ({"period": "2007-2013"}, {"o1", "o2", "o3"}),
        ({"period": "https://w3id.org/coopkg/period/2014-2020"}, {"o1", "o2", "o4", "o5", "o6"}),
        ({"programme": "Interreg Europe"}, {"o1", "o2", "o4", "o5"}),
        ({"programme": "interreg-ivc"}, {"o1", "o2", "o3"}),
        ({"programme": "INTERREG IVC"}, {"o1", "o2", "o3"}),
        ({"theme": "Tourisme"}, {"o1", "o2", "o4", "o5"}),
        ({"theme": THEME + "energy"}, {"o4", "o6"}),
        ({"country": "RO"}, {"o1", "o2", "o3"}),
        ({"country": "Austria"}, {"o1", "o2", "o3", "o4", "o6"}),
        ({"country": ["IT", "RO"]}, {"o1", "o2", "o3", "o4", "o5"}),
        ({"period": "2014-2020", "theme": "tourism"}, {"o1", "o2", "o4", "o5"}),
        ({"period": "1990-1993"}, set()),
    ],
)
def test_filters(data, filters, nodes):
    assert {n.removeprefix(ORG) for n in organisation_graph(data, **filters)} == nodes


def test_project_organisation_graph_is_bipartite(data):
    graph = project_organisation_graph(data)
    projects = {n for n, d in graph.nodes(data=True) if d["bipartite"] == 0}
    assert len(projects) == 4
    assert graph.number_of_nodes() == 10
    assert graph.number_of_edges() == 10
    alpha = graph.nodes["https://w3id.org/coopkg/id/project/alpha"]
    assert (alpha["label"], alpha["programme"], alpha["period"]) == (
        "ALPHA",
        "INTERREG IVC",
        "2007-2013",
    )


def test_country_graph(data):
    graph = country_graph(data)
    assert _edges(graph) == {
        ("AT", "DE"): 1,
        ("AT", "HU"): 2,
        ("AT", "RO"): 1,
        ("DE", "HU"): 1,
        ("DE", "IT"): 1,
        ("HU", "IT"): 1,
        ("HU", "RO"): 1,
    }
    assert graph.nodes["AT"]["label"] == "Austria"


def test_region_graph_levels(data):
    level2 = region_graph(data, 2)
    assert _edges(level2) == {
        ("AT12", "HU22"): 2,
        ("AT12", "RO11"): 1,
        ("AT13", "DE12"): 1,
        ("DE12", "HU22"): 1,
        ("DE12", "ITH3"): 1,
        ("HU22", "ITH3"): 1,
        ("HU22", "RO11"): 1,
    }
    assert level2.nodes["HU22"]["label"] == "Nyugat-Dunántúl"
    assert level2.nodes["HU22"]["projects"] == 3
    assert sorted(region_graph(data, 1).nodes) == ["AT1", "DE1", "HU2", "ITH", "RO1"]
    assert sorted(region_graph(data, 0).nodes) == ["AT", "DE", "HU", "IT", "RO"]
    assert sorted(region_graph(data, 3).nodes) == ["HU221"]
    with pytest.raises(GraphError):
        region_graph(data, 4)


def test_region_at_level_uses_broader(data):
    assert region_at_level("HU221", 1, data) == "HU2"
    assert region_at_level("HU2", 2, data) is None
    assert region_at_level("EL301", 2) == "EL30"


def test_programme_graph(data):
    graph = programme_graph(data)
    edges = {
        tuple(sorted((a.removeprefix(PROG), b.removeprefix(PROG)))): w
        for a, b, w in graph.edges(data="weight")
    }
    assert edges == {
        ("interreg-europe", "interreg-ivc"): 2,
        ("central-europe", "interreg-europe"): 1,
    }
    assert graph.nodes[PROG + "interreg-europe"]["organisations"] == 4
    assert graph.nodes[PROG + "interreg-europe"]["label"] == "Interreg Europe"


def test_theme_region_graph(data):
    graph = theme_region_graph(data, 2)
    assert graph[THEME + "innovation"]["HU22"]["weight"] == 2
    assert graph[THEME + "energy"]["DE12"]["weight"] == 1
    assert graph.number_of_edges() == 11  # innovation-HU22 is shared by ALPHA and BETA
    assert graph.nodes[THEME + "tourism"]["label"] == "Tourism"


def test_period_changes(data):
    assert period_changes(data) == [
        {
            "period": "2007-2013",
            "projects": 1,
            "organisations": 3,
            "edges": 3,
            "density": 1.0,
            "new": 3,
            "continuing": 0,
        },
        {
            "period": "2014-2020",
            "projects": 3,
            "organisations": 5,
            "edges": 5,
            "density": 0.5,
            "new": 3,
            "continuing": 2,
        },
    ]


def test_find_organisation(data):
    assert find_organisation(data, ORG + "o3") == ORG + "o3"
    assert find_organisation(data, "west pannon ltd.") == ORG + "o2"
    assert find_organisation(data, "Veneto") == ORG + "o5"
    assert find_organisation(data, "Karlsruhe Economc Ofice") == ORG + "o4"
    with pytest.raises(LinkError):
        find_organisation(data, "Agency")  # two organisations contain it
    with pytest.raises(LinkError):
        find_organisation(data, "Nowhere Institute of Nothing")


def test_suggest_partners(data):
    found = suggest_partners(data, "Bucharest Research Institute", k=5)
    assert [s.organisation.removeprefix(ORG) for s in found] == ["o5", "o4"]
    best = found[0]
    assert best.score == 0.85
    assert best.resource_allocation == 0.25
    assert best.reasons == (
        "1 shared partner: Pannon Development Agency",
        "both work on Innovation capacity and awareness-raising",
        "based in Italy, where none of its partners is yet",
    )
    assert found[1].score == 0.8
    assert suggest_partners(data, "Bucharest Research Institute", k=1) == found[:1]


def test_suggest_never_returns_existing_partners(data):
    for org in data.organisations:
        graph = organisation_graph(data)
        for s in suggest_partners(data, org, k=10):
            assert not graph.has_edge(org, s.organisation)
            assert s.organisation != org


def test_non_graph_input_is_rejected():
    with pytest.raises(GraphError):
        network_data("graph.ttl")  # type: ignore[arg-type]
