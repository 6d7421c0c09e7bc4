"""Network metrics on the networkx graphs of :mod:`coopkg.network.graphs`.

Each function takes a networkx graph (or the RDF snapshot, for the per-period table) and
returns plain data: dicts keyed by node, or tables as lists of dicts. Nothing here reads
RDF, renders figures or writes files.

Betweenness is measured on hop counts (edge weights are tie strengths, not distances).
It is exact up to :data:`EXACT_BETWEENNESS_MAX_NODES` nodes and sampled above, from
:data:`BETWEENNESS_SAMPLES` source nodes drawn with a fixed seed, so results repeat.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import networkx as nx

from coopkg.network.graphs import NetworkData

#: Largest graph (in nodes) that gets exact betweenness.
#:
#: Measured with ``tests/benchmarks/bench_analyze.py`` on the real CORDIS H2020
#: organisation network (12,326 nodes, 170,120 edges; networkx 3.6.1, 2 shared cores),
#: on connected breadth-first samples grown from the best-connected organisation (the
#: dense core, so the worst case per node). Exact vs sampled (k=500, seed 42) seconds and
#: overlap of the top-20 nodes: 500 nodes/1.9k edges 0.5 vs 0.6 (20/20); 1,000/4.8k
#: 2.8 vs 1.8 (17/20); 2,000/29.7k 29.6 vs 10.5 (19/20); 3,000/68.4k 136 vs 29 (19/20).
#: Exact cost grows as nodes x edges, about 10x per doubling in this network's core,
#: while sampling keeps the same top brokers. Up to 1,000 nodes exact takes a few
#: seconds and sampling saves little, so the threshold sits there.
EXACT_BETWEENNESS_MAX_NODES = 1000

#: Number of source nodes sampled above the threshold (``k`` of networkx).
BETWEENNESS_SAMPLES = 500

#: Seed of every randomised algorithm here (sampled betweenness, Louvain).
SEED = 42


def betweenness(
    graph: nx.Graph,
    *,
    exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES,
    samples: int = BETWEENNESS_SAMPLES,
    seed: int = SEED,
) -> dict[Hashable, float]:
    """Normalised betweenness centrality, exact or sampled by graph size.

    Parameters
    ----------
    graph : nx.Graph
    exact_max_nodes : int
        Graphs with at most this many nodes get the exact value.
    samples, seed : int
        Above the threshold: number of sampled sources (``k``) and the random seed.

    Examples
    --------
    >>> b = betweenness(nx.path_graph(3))
    >>> b[1], b[0]
    (1.0, 0.0)
    """
    n = graph.number_of_nodes()
    if n <= exact_max_nodes or samples >= n:
        return nx.betweenness_centrality(graph, normalized=True)
    return nx.betweenness_centrality(graph, k=samples, normalized=True, seed=seed)


def communities(graph: nx.Graph, *, seed: int = SEED) -> list[set[Hashable]]:
    """Louvain communities (on ``weight``), largest first, numbered stably.

    Ties in size are broken by the smallest node id (as a string), so the same graph
    always gives the same numbering.

    >>> G = nx.barbell_graph(3, 0)
    >>> [sorted(c) for c in communities(G)]
    [[0, 1, 2], [3, 4, 5]]
    """
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(str(n) for n in c)))


def community_map(groups: Iterable[set[Hashable]]) -> dict[Hashable, int]:
    """Node -> community number, from :func:`communities`'s list."""
    return {node: index for index, group in enumerate(groups) for node in group}


def components(graph: nx.Graph) -> list[set[Hashable]]:
    """Connected components, largest first (ties: smallest node id)."""
    found = nx.connected_components(graph)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(str(n) for n in c)))


def pagerank(graph: nx.Graph, *, weight: str | None = "weight") -> dict[Hashable, float]:
    """PageRank (damping 0.85) on ``weight``; empty graphs give an empty dict."""
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(graph, weight=weight)


def node_metrics(
    graph: nx.Graph,
    *,
    exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES,
    samples: int = BETWEENNESS_SAMPLES,
    seed: int = SEED,
) -> list[dict[str, Any]]:
    """One row per node: degree, weighted degree, betweenness, PageRank, clustering,
    core number, community and component numbers, plus the node's label and country.

    Rows are sorted by weighted degree, then degree (both descending), then node id.

    >>> rows = node_metrics(nx.star_graph(3))
    >>> [(r["node"], r["degree"], r["betweenness"], r["core_number"]) for r in rows[:2]]
    [(0, 3, 1.0, 1), (1, 1, 0.0, 1)]
    """
    plain = nx.Graph(graph)
    plain.remove_edges_from(nx.selfloop_edges(plain))
    between = betweenness(plain, exact_max_nodes=exact_max_nodes, samples=samples, seed=seed)
    ranks = pagerank(plain)
    clustering = nx.clustering(plain)
    cores = nx.core_number(plain)
    community = community_map(communities(plain, seed=seed))
    component = community_map(components(plain))
    rows = []
    for node, data in plain.nodes(data=True):
        rows.append(
            {
                "node": node,
                "label": data.get("label", str(node)),
                "country": data.get("country", ""),
                "degree": plain.degree(node),
                "weighted_degree": _number(plain.degree(node, weight="weight")),
                "betweenness": round(between[node], 6),
                "pagerank": round(ranks[node], 6),
                "clustering": round(clustering[node], 6),
                "core_number": cores[node],
                "community": community[node],
                "component": component[node],
            }
        )
    rows.sort(key=lambda r: (-r["weighted_degree"], -r["degree"], str(r["node"])))
    return rows


def _number(value: float) -> int | float:
    """Integers stay integers (project counts), money keeps two decimals."""
    return int(value) if float(value).is_integer() else round(float(value), 2)


def graph_summary(graph: nx.Graph) -> dict[str, Any]:
    """Size and shape of a graph: nodes, edges, density, components, clustering.

    >>> graph_summary(nx.path_graph(4))["largest_component"]
    4
    """
    n = graph.number_of_nodes()
    parts = components(graph) if n else []
    return {
        "nodes": n,
        "edges": graph.number_of_edges(),
        "density": round(nx.density(graph), 6) if n > 1 else 0.0,
        "components": len(parts),
        "largest_component": len(parts[0]) if parts else 0,
        "isolates": nx.number_of_isolates(graph),
        "average_clustering": round(nx.average_clustering(graph), 6) if n else 0.0,
        "max_core_number": max(nx.core_number(graph).values()) if n else 0,
    }


def repeat_partnerships(graph: nx.Graph, *, min_projects: int = 2) -> list[dict[str, Any]]:
    """Pairs of organisations that worked together in at least ``min_projects`` projects.

    Expects the ``projects`` (and optionally ``funding``) edge attributes of
    :func:`coopkg.network.graphs.organisation_graph`. Sorted by projects (descending),
    then by the two node ids.

    >>> G = nx.Graph(); G.add_edge("a", "b", projects=3); G.add_edge("b", "c", projects=1)
    >>> [(r["a"], r["b"], r["projects"]) for r in repeat_partnerships(G)]
    [('a', 'b', 3)]
    """
    rows = []
    for a, b, data in graph.edges(data=True):
        shared = int(data.get("projects", data.get("weight", 1)))
        if shared < min_projects:
            continue
        a, b = sorted((a, b), key=str)
        rows.append(
            {
                "a": a,
                "a_label": graph.nodes[a].get("label", str(a)),
                "b": b,
                "b_label": graph.nodes[b].get("label", str(b)),
                "projects": shared,
                "funding": data.get("funding", 0.0),
            }
        )
    rows.sort(key=lambda r: (-r["projects"], str(r["a"]), str(r["b"])))
    return rows


def period_changes(data: NetworkData) -> list[dict[str, Any]]:
    """How the organisation network changes from one programming period to the next.

    One row per period (in label order; projects without a period are left out): its
    projects, organisations (nodes), co-participation edges, density, and how many
    organisations are ``new`` (seen in no earlier period) or ``continuing`` (seen in the
    period just before).
    """
    from coopkg.network.graphs import organisation_graph

    periods = sorted({p.period for p in data.projects if p.period})
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    previous: set[str] = set()
    for period in periods:
        graph = organisation_graph(data, period=period)
        orgs = set(graph.nodes)
        rows.append(
            {
                "period": period,
                "projects": sum(1 for p in data.projects if p.period == period),
                "organisations": len(orgs),
                "edges": graph.number_of_edges(),
                "density": round(nx.density(graph), 6) if len(orgs) > 1 else 0.0,
                "new": len(orgs - seen),
                "continuing": len(orgs & previous),
            }
        )
        seen |= orgs
        previous = orgs
    return rows


def edge_table(graph: nx.Graph, *, attrs: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Edges as rows (``source``, ``target``, labels and every edge attribute).

    >>> edge_table(nx.Graph([(1, 2, {"weight": 3})]))
    [{'source': 1, 'source_label': '1', 'target': 2, 'target_label': '2', 'weight': 3}]
    """
    rows = []
    for a, b, data in graph.edges(data=True):
        a, b = sorted((a, b), key=str)
        row = {
            "source": a,
            "source_label": graph.nodes[a].get("label", str(a)),
            "target": b,
            "target_label": graph.nodes[b].get("label", str(b)),
        }
        row.update({(attrs or {}).get(k, k): v for k, v in sorted(data.items())})
        rows.append(row)
    rows.sort(key=lambda r: (-float(r.get("weight", 0)), str(r["source"]), str(r["target"])))
    return rows
