"""Network metrics on the networkx graphs of :mod:`coopkg.network.graphs`.

Each function takes a networkx graph (or the RDF snapshot, for the per-period table) and
returns plain data: dicts keyed by node, or tables as lists of dicts. Nothing here reads
RDF, renders figures or writes files.

Betweenness is measured on hop counts (edge weights are tie strengths, not distances).
It is exact up to :data:`EXACT_BETWEENNESS_MAX_NODES` nodes and sampled above, from
:data:`BETWEENNESS_SAMPLES` source nodes drawn with a fixed seed, so results repeat.

Large graphs (:data:`IGRAPH_MIN_NODES` nodes or more) are measured with igraph (C)
instead of networkx (Python), which takes minutes at 50,000 organisations: PageRank,
clustering, core numbers and Louvain communities. Sampled betweenness uses igraph at any
size, from the same sources networkx would draw, so its values are networkx's. Callers
still get networkx graphs and plain dicts; igraph stays inside this module.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations
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

#: Graphs with at least this many nodes get igraph's PageRank, clustering, core numbers
#: and Louvain instead of networkx's (same definitions; Louvain's communities can differ,
#: as between any two runs of a randomised method, and PageRank in the 7th decimal).
#: Measured with ``tests/benchmarks/bench_network.py``: on 50,000 organisations and 638k
#: edges networkx needs 26 s for core numbers alone; igraph does all four in 3 s.
IGRAPH_MIN_NODES = 5000

#: Sampled betweenness is computed in this many batches of sources, whose spread gives
#: its standard error (:func:`sampled_betweenness`).
BETWEENNESS_BATCHES = 10


def _igraph(graph: nx.Graph, converted: Any = None) -> tuple[Any, list[Hashable]]:
    """The graph as an igraph graph (vertex i is ``nodes[i]``) with edge weights.

    ``converted``, a pair this function returned for the same graph, is given back as
    it is (converting 600k edges takes seconds: :func:`node_metrics` does it once).
    """
    if converted is not None:
        return converted
    import igraph

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in graph.edges()]
    converted = igraph.Graph(n=len(nodes), edges=edges)
    converted.es["weight"] = [float(d.get("weight", 1)) for _a, _b, d in graph.edges(data=True)]
    return converted, nodes


def _has_igraph() -> bool:
    try:
        import igraph  # noqa: F401
    except ImportError:
        return False
    return True


def _large(graph: nx.Graph) -> bool:
    return graph.number_of_nodes() >= IGRAPH_MIN_NODES and _has_igraph()


def sampled_betweenness(
    graph: nx.Graph,
    *,
    samples: int = BETWEENNESS_SAMPLES,
    seed: int = SEED,
    converted: Any = None,
) -> tuple[dict[Hashable, float], float]:
    """Normalised betweenness from ``samples`` sources, and its largest standard error.

    The sources are those ``nx.betweenness_centrality(graph, k=samples, seed=seed)``
    draws and the values are networkx's (its rescaling of sampled sources included),
    computed by igraph. The sources are taken in :data:`BETWEENNESS_BATCHES` batches:
    each batch gives an estimate of its own, and the spread of those estimates gives
    each node's standard error; the largest over all nodes is returned with the values
    (on a 1,500-node test graph with 200 sources it was 0.013, and the largest actual
    error against exact betweenness 0.014).

    >>> values, error = sampled_betweenness(nx.path_graph(5), samples=4)
    >>> round(values[2], 3), error > 0
    (0.667, True)
    """
    import math
    import random

    n = graph.number_of_nodes()
    if n < 3:
        return {node: 0.0 for node in graph}, 0.0
    converted, nodes = _igraph(graph, converted)
    k = min(samples, n)
    sources = random.Random(seed).sample(range(n), k)
    batches = [sources[i::BETWEENNESS_BATCHES] for i in range(BETWEENNESS_BATCHES)]
    batches = [b for b in batches if b]
    raw = [converted.betweenness(sources=batch, directed=False) for batch in batches]
    # igraph counts each unordered pair once, networkx each ordered pair: a factor 2.
    sampled = set(sources)
    total = [sum(values[i] for values in raw) for i in range(n)]
    result = {}
    for i, node in enumerate(nodes):
        pool = k - 1 if i in sampled else k
        result[node] = 2 * total[i] / (pool * (n - 2)) if pool else 0.0
    error = 0.0
    if len(batches) > 1:
        for i in range(n):
            estimates = [2 * values[i] * len(raw) / (k * (n - 2)) for values in raw]
            mean = sum(estimates) / len(estimates)
            spread = sum((e - mean) ** 2 for e in estimates) / (len(estimates) - 1)
            error = max(error, math.sqrt(spread / len(estimates)))
    return result, error


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
    if _has_igraph():
        return sampled_betweenness(graph, samples=samples, seed=seed)[0]
    return nx.betweenness_centrality(graph, k=samples, normalized=True, seed=seed)


def communities(graph: nx.Graph, *, seed: int = SEED, converted: Any = None) -> list[set[Hashable]]:
    """Louvain communities (on ``weight``), largest first, numbered stably.

    Ties in size are broken by the smallest node id (as a string), so the same graph
    always gives the same numbering.

    >>> G = nx.barbell_graph(3, 0)
    >>> [sorted(c) for c in communities(G)]
    [[0, 1, 2], [3, 4, 5]]
    """
    if graph.number_of_nodes() == 0:
        return []
    if _large(graph):
        found = _igraph_louvain(graph, seed, converted)
    else:
        found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(str(n) for n in c)))


def community_map(groups: Iterable[set[Hashable]]) -> dict[Hashable, int]:
    """Node -> community number, from :func:`communities`'s list."""
    return {node: index for index, group in enumerate(groups) for node in group}


def components(graph: nx.Graph, *, converted: Any = None) -> list[set[Hashable]]:
    """Connected components, largest first (ties: smallest node id).

    ``converted`` (see :func:`_igraph`), if given, finds them in C; the sets are the same.
    """
    if converted is not None:
        converted, nodes = converted
        found = [{nodes[i] for i in members} for members in converted.connected_components()]
    else:
        found = [set(c) for c in nx.connected_components(graph)]
    return sorted(found, key=lambda c: (-len(c), min(str(n) for n in c)))


def pagerank(
    graph: nx.Graph, *, weight: str | None = "weight", converted: Any = None
) -> dict[Hashable, float]:
    """PageRank (damping 0.85) on ``weight``; empty graphs give an empty dict."""
    if graph.number_of_nodes() == 0:
        return {}
    if _large(graph):
        converted, nodes = _igraph(graph, converted)
        values = converted.pagerank(weights="weight" if weight else None, damping=0.85)
        return dict(zip(nodes, values, strict=True))
    return nx.pagerank(graph, weight=weight)


def _igraph_louvain(graph: nx.Graph, seed: int, converted: Any = None) -> list[set[Hashable]]:
    """igraph's Louvain (multilevel) on ``weight``, its random order drawn from ``seed``."""
    import random

    import igraph

    converted, nodes = _igraph(graph, converted)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clusters = converted.community_multilevel(weights="weight")
    finally:
        igraph.set_random_number_generator(random)
    return [{nodes[i] for i in members} for members in clusters]


def clustering(graph: nx.Graph, *, converted: Any = None) -> dict[Hashable, float]:
    """Local clustering coefficient of each node (unweighted, 0 below degree 2).

    >>> clustering(nx.complete_graph(3))
    {0: 1.0, 1: 1.0, 2: 1.0}
    """
    if _large(graph):
        converted, nodes = _igraph(graph, converted)
        values = converted.transitivity_local_undirected(mode="zero")
        return dict(zip(nodes, values, strict=True))
    return nx.clustering(graph)


def core_numbers(graph: nx.Graph, *, converted: Any = None) -> dict[Hashable, int]:
    """The k-core number of each node (self-loops must be removed first).

    >>> core_numbers(nx.complete_graph(4))
    {0: 3, 1: 3, 2: 3, 3: 3}
    """
    if _large(graph):
        converted, nodes = _igraph(graph, converted)
        return dict(zip(nodes, converted.coreness(), strict=True))
    return nx.core_number(graph)


def node_metrics(
    graph: nx.Graph,
    *,
    exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES,
    samples: int = BETWEENNESS_SAMPLES,
    seed: int = SEED,
    errors: dict[str, float] | None = None,
    summary: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One row per node: degree, weighted degree, betweenness, PageRank, clustering,
    core number, community and component numbers, plus the node's label and country.

    Rows are sorted by weighted degree, then degree (both descending), then node id.
    ``errors``, if given, receives ``betweenness_standard_error`` when betweenness was
    sampled (see :func:`sampled_betweenness`); ``summary``, if given, receives
    :func:`graph_summary` of the graph, from the same clustering, cores and components.

    >>> rows = node_metrics(nx.star_graph(3))
    >>> [(r["node"], r["degree"], r["betweenness"], r["core_number"]) for r in rows[:2]]
    [(0, 3, 1.0, 1), (1, 1, 0.0, 1)]
    """
    n = graph.number_of_nodes()
    sampled = n > exact_max_nodes and samples < n and _has_igraph()
    # A copy lists the same nodes and edges in the same order, but may order a node's
    # neighbours differently. Only exact betweenness walks neighbours in that order
    # (its float sums follow it), so only small graphs are still measured on a copy;
    # a large one is measured as it is (copying 600k edges costs seconds and memory).
    if sampled:
        plain = _without_loops(graph)
    else:
        plain = nx.Graph(graph)
        plain.remove_edges_from(list(nx.selfloop_edges(plain)))
    converted = _igraph(plain) if sampled or _large(plain) else None
    if sampled:
        between, error = sampled_betweenness(plain, samples=samples, seed=seed, converted=converted)
        if errors is not None:  # the caller states how far sampled values may be off
            errors["betweenness_standard_error"] = error
    else:
        between = betweenness(plain, exact_max_nodes=exact_max_nodes, samples=samples, seed=seed)
    ranks = pagerank(plain, converted=converted)
    clustered = clustering(plain, converted=converted)
    cores = core_numbers(plain, converted=converted)
    community = community_map(communities(plain, seed=seed, converted=converted))
    parts = components(plain, converted=converted)
    component = community_map(parts)
    del converted
    if summary is not None:
        summary.update(_summary(graph, parts, clustered, cores))
    rows = []
    degrees = plain.degree()
    strengths = plain.degree(weight="weight")
    for node, data in plain.nodes(data=True):
        rows.append(
            {
                "node": node,
                "label": data.get("label", str(node)),
                "country": data.get("country", ""),
                "degree": degrees[node],
                "weighted_degree": _number(strengths[node]),
                "betweenness": round(between[node], 6),
                "pagerank": round(ranks[node], 6),
                "clustering": round(clustered[node], 6),
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
    if not graph.number_of_nodes():
        return _summary(graph, [], {}, {})
    plain = _without_loops(graph)
    converted = _igraph(plain) if _large(plain) else None  # converted once for both
    return _summary(
        graph,
        components(plain, converted=converted),
        clustering(plain, converted=converted),
        core_numbers(plain, converted=converted),
    )


def _summary(
    graph: nx.Graph,
    parts: list[set[Hashable]],
    clustered: Mapping[Hashable, float],
    cores: Mapping[Hashable, int],
) -> dict[str, Any]:
    """:func:`graph_summary` from the graph's components, clustering and core numbers."""
    n = graph.number_of_nodes()
    return {
        "nodes": n,
        "edges": graph.number_of_edges(),
        "density": round(nx.density(graph), 6) if n > 1 else 0.0,
        "components": len(parts),
        "largest_component": len(parts[0]) if parts else 0,
        "isolates": nx.number_of_isolates(graph),
        # the sum in node order, as networkx's average_clustering adds them
        "average_clustering": round(sum(clustered.values()) / n, 6) if n else 0.0,
        "max_core_number": max(cores.values()) if n else 0,
    }


def _without_loops(graph: nx.Graph) -> nx.Graph:
    if nx.number_of_selfloops(graph) == 0:
        return graph
    plain = nx.Graph(graph)
    plain.remove_edges_from(list(nx.selfloop_edges(plain)))
    return plain


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
        shared = int(data["projects"] if "projects" in data else data.get("weight", 1))
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
    period just before). The nodes and edges are those of
    ``organisation_graph(data, period=...)``, counted without building it.
    """
    from coopkg.network.graphs import Filters, filter_projects

    periods = sorted({p.period for p in data.projects if p.period})
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    previous: set[str] = set()
    index: dict[str, int] = {}
    for period in periods:
        orgs: set[str] = set()
        pairs: set[int] = set()  # pair (a, b) as one int: a quarter of a tuple's memory
        for p in filter_projects(data, Filters.of(period=period)):
            orgs.update(p.partners)
            numbers = [index.setdefault(org, len(index)) for org in p.partners]
            pairs.update(
                (a << 32) | b if a < b else (b << 32) | a for a, b in combinations(numbers, 2)
            )
        n, m = len(orgs), len(pairs)
        rows.append(
            {
                "period": period,
                "projects": sum(1 for p in data.projects if p.period == period),
                "organisations": n,
                "edges": m,
                # networkx's density, operation for operation (an int 0 without edges)
                "density": round(m / (n * (n - 1)) * 2 if m else 0, 6) if n > 1 else 0.0,
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
