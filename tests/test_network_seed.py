"""Networks of the seed graph (built once per session by ``tests/conftest.py``)."""

from __future__ import annotations

from itertools import combinations

import pytest

from coopkg.network import country_graph, network_data, organisation_graph, region_graph


@pytest.fixture(scope="module")
def seed_data(request):
    try:
        graph = request.getfixturevalue("seed_graph")
    except ImportError as error:  # the pipeline is still being assembled
        pytest.skip(f"seed pipeline unavailable: {error}")
    return network_data(graph)


def _clusterix(data):
    found = [p for p in data.projects if p.label.casefold() == "clusterix"]
    assert len(found) == 1
    return found[0]


def test_clusterix_partners_form_a_clique(seed_data):
    project = _clusterix(seed_data)
    assert len(project.partners) == 9
    graph = organisation_graph(seed_data).subgraph(project.partners)
    assert graph.number_of_edges() == 36


def test_country_graph_links(seed_data):
    graph = country_graph(seed_data)
    assert graph.has_edge("AT", "HU")
    assert graph.has_edge("HU", "RO")


def test_region_graph_links_clusterix_regions(seed_data):
    project = _clusterix(seed_data)
    graph = region_graph(seed_data, 2)
    regions = sorted({code[:4] for code in project.regions if len(code) >= 4})
    assert len(regions) >= 2
    for a, b in combinations(regions, 2):
        assert graph.has_edge(a, b), (a, b)
