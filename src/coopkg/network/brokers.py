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

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

#: Minimum participation coefficient for a node to count as a broker.
MIN_PARTICIPATION = 0.4


def _neighbours(graph: nx.Graph) -> dict[Hashable, list[Hashable]]:
    """Each node's neighbours but itself, in the graph's order (which fixes the order of
    the floating-point sums below, so results repeat to the last bit)."""
    return {n: [m for m in graph[n] if m != n] if n in graph[n] else list(graph[n]) for n in graph}


def _participation(counts: Counter[Any], k: int) -> float:
    return round(1.0 - sum((c / k) ** 2 for c in counts.values()), 6) if k else 0.0


def participation_coefficient(
    graph: nx.Graph, groups: Mapping[Hashable, Hashable]
) -> dict[Hashable, float]:
    """Guimerà-Amaral participation coefficient of every node (0 for isolates).

    >>> G = nx.star_graph(4)
    >>> participation_coefficient(G, {0: "x", 1: "a", 2: "a", 3: "b", 4: "b"})[0]
    0.5
    """
    get = groups.get
    return {
        node: _participation(Counter(map(get, neighbours)), len(neighbours))
        for node, neighbours in _neighbours(graph).items()
    }


def _closed_pairs(
    graph: nx.Graph,
    adjacency: Mapping[Hashable, list[Hashable]],
    first: Mapping[Hashable, Hashable],
    second: Mapping[Hashable, Hashable] | None = None,
) -> tuple[Counter[Hashable], Counter[Hashable]]:
    """For each of two groupings, the cross-group neighbour pairs of each node that are
    adjacent.

    Each cross-group edge (j, l) is a closed pair for every common neighbour of j and l,
    so the cost is that of listing the triangles on cross-group edges, not O(degree²).
    The common neighbours of an edge are found once for both groupings.
    """
    closed_first: Counter[Hashable] = Counter()
    closed_second: Counter[Hashable] = Counter()
    count_first, count_second = closed_first.update, closed_second.update  # C, not Python
    sets = {node: set(neighbours) for node, neighbours in adjacency.items()}
    group, other = first.get, (second or {}).get
    for j, neighbours in adjacency.items():
        mine, theirs, near = group(j), other(j), sets[j]
        for k in neighbours:
            if k in sets:  # each edge once, from the end met first
                crosses_first, crosses_second = group(k) != mine, other(k) != theirs
                if crosses_first or crosses_second:
                    common = near & sets[k]
                    if crosses_first:
                        count_first(common)
                    if crosses_second:
                        count_second(common)
        del sets[j]
    return closed_first, closed_second


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
    adjacency = _neighbours(graph)
    closed, _ = _closed_pairs(graph, adjacency, groups)
    get = groups.get
    return {
        node: _cross_pairs(Counter(map(get, neighbours)), len(neighbours)) - closed[node]
        for node, neighbours in adjacency.items()
    }


def _cross_pairs(counts: Counter[Any], k: int) -> int:
    return (k * k - sum(c * c for c in counts.values())) // 2


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
    adjacency = _neighbours(graph)
    # One pass over the edges and one over each node's neighbours serve both groupings
    # (the measures are those of participation_coefficient and brokerage).
    country_closed, community_closed = _closed_pairs(graph, adjacency, countries, communities)
    community_of = communities.get
    rows = []
    for node, data in graph.nodes(data=True):
        neighbours = adjacency[node]
        k = len(neighbours)
        by_country = Counter(map(countries.__getitem__, neighbours))
        by_community = Counter(map(community_of, neighbours))
        country_p = _participation(by_country, k)
        community_p = _participation(by_community, k)
        country_b = _cross_pairs(by_country, k) - country_closed[node]
        community_b = _cross_pairs(by_community, k) - community_closed[node]
        is_broker = (country_b >= 1 and country_p >= min_participation) or (
            community_b >= 1 and community_p >= min_participation
        )
        rows.append(
            {
                "node": node,
                "label": data.get("label", str(node)),
                "country": data.get(country_attr, ""),
                "degree": graph.degree(node),
                "countries": len(by_country),
                "communities": len(by_community),
                "country_participation": country_p,
                "community_participation": community_p,
                "country_brokerage": country_b,
                "community_brokerage": community_b,
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
