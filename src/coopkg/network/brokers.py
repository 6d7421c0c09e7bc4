"""Brokers: nodes that bridge groups (countries or communities) other nodes do not link.

Two measures, both over a grouping of the nodes (``groups`` maps node -> group):

* **participation coefficient** (Guimerà & Amaral 2005):
  ``P(i) = 1 - sum_s (k_is / k_i)^2``, where ``k_is`` is how many of ``i``'s neighbours
  are in group ``s``. 0 when all neighbours are in one group, towards 1 when they spread
  evenly over many.
* **brokerage**: the number of pairs of ``i``'s neighbours that are in *different* groups
  and are *not* linked to each other, i.e. the cross-group two-paths that run only
  through ``i``. This is the undirected sum of Gould & Fernandez's coordinator-free roles
  (liaison, gatekeeper, representative) without their direction. A member of a clique
  brokers nothing, however international the clique is.

A node **is a broker** (``coop:isBroker``) when, for countries *or* for communities, its
brokerage is at least 1 and its participation coefficient is at least
:data:`MIN_PARTICIPATION`: its ties really span several groups *and* it connects some
of them that would otherwise not be adjacent.

This module computes numbers only; it must not read RDF or render anything.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

#: Minimum participation coefficient for a node to count as a broker.
MIN_PARTICIPATION = 0.4


def participation_coefficient(
    graph: nx.Graph, groups: Mapping[Hashable, Hashable]
) -> dict[Hashable, float]:
    """Guimerà-Amaral participation coefficient of every node (0 for isolates).

    >>> G = nx.star_graph(4)
    >>> participation_coefficient(G, {0: "x", 1: "a", 2: "a", 3: "b", 4: "b"})[0]
    0.5
    """
    result: dict[Hashable, float] = {}
    for node in graph:
        neighbours = [n for n in graph[node] if n != node]
        if not neighbours:
            result[node] = 0.0
            continue
        counts = Counter(groups.get(n) for n in neighbours)
        k = len(neighbours)
        result[node] = round(1.0 - sum((c / k) ** 2 for c in counts.values()), 6)
    return result


def brokerage(graph: nx.Graph, groups: Mapping[Hashable, Hashable]) -> dict[Hashable, int]:
    """Pairs of a node's neighbours in different groups that are not linked to each other.

    Counted as (all cross-group neighbour pairs, from group sizes) minus (cross-group
    neighbour pairs that are adjacent). The second term is found edge by edge: each
    cross-group edge (j, l) is a closed pair for every common neighbour of j and l, so
    the cost is that of listing the triangles on cross-group edges, not O(degree²).

    >>> G = nx.star_graph(3)
    >>> brokerage(G, {0: "x", 1: "a", 2: "b", 3: "b"})[0]
    2
    >>> brokerage(nx.complete_graph(4), {0: "a", 1: "b", 2: "c", 3: "d"})[0]
    0
    """
    adjacency = {n: set(graph[n]) - {n} for n in graph}
    closed: Counter[Hashable] = Counter()
    for j, k in graph.edges():
        if j == k or groups.get(j) == groups.get(k):
            continue
        for i in adjacency[j] & adjacency[k]:
            closed[i] += 1
    result: dict[Hashable, int] = {}
    for node, neighbours in adjacency.items():
        counts = Counter(groups.get(n) for n in neighbours)
        k = len(neighbours)
        cross_pairs = (k * k - sum(c * c for c in counts.values())) // 2
        result[node] = cross_pairs - closed[node]
    return result


def broker_table(
    graph: nx.Graph,
    communities: Mapping[Hashable, int],
    *,
    country_attr: str = "country",
    min_participation: float = MIN_PARTICIPATION,
) -> list[dict[str, Any]]:
    """Broker measures of every node, brokers first.

    Columns: ``node``, ``label``, ``country``, ``degree``, ``countries`` and
    ``communities`` (distinct groups among the neighbours), ``country_participation``,
    ``community_participation``, ``country_brokerage``, ``community_brokerage`` and
    ``is_broker`` (see the module docstring). Sorted by ``is_broker``, then total
    brokerage, then degree (all descending), then node id.

    >>> G = nx.Graph([("hub", "a"), ("hub", "b")])
    >>> nx.set_node_attributes(G, {"hub": "AT", "a": "HU", "b": "RO"}, "country")
    >>> row = broker_table(G, {"hub": 0, "a": 0, "b": 0})[0]
    >>> row["node"], row["country_brokerage"], row["is_broker"]
    ('hub', 1, True)
    """
    # Organisations of unknown country share one group "": they neither make nor count as
    # a country bridge among themselves.
    countries = {n: d.get(country_attr, "") or "" for n, d in graph.nodes(data=True)}
    country_p = participation_coefficient(graph, countries)
    community_p = participation_coefficient(graph, communities)
    country_b = brokerage(graph, countries)
    community_b = brokerage(graph, communities)
    spread: dict[Hashable, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for node in graph:
        neighbours = [n for n in graph[node] if n != node]
        spread[node] = (
            len({countries[n] for n in neighbours}),
            len({communities.get(n) for n in neighbours}),
        )
    rows = []
    for node, data in graph.nodes(data=True):
        is_broker = (country_b[node] >= 1 and country_p[node] >= min_participation) or (
            community_b[node] >= 1 and community_p[node] >= min_participation
        )
        rows.append(
            {
                "node": node,
                "label": data.get("label", str(node)),
                "country": data.get(country_attr, ""),
                "degree": graph.degree(node),
                "countries": spread[node][0],
                "communities": spread[node][1],
                "country_participation": country_p[node],
                "community_participation": community_p[node],
                "country_brokerage": country_b[node],
                "community_brokerage": community_b[node],
                "is_broker": is_broker,
            }
        )
    rows.sort(
        key=lambda r: (
            not r["is_broker"],
            -(r["country_brokerage"] + r["community_brokerage"]),
            -r["degree"],
            str(r["node"]),
        )
    )
    return rows
