"""Keep a network within a node and edge budget, and say what was left out.

Browsers stall past roughly 1,500 nodes in vis-network (pyvis issue #204), so a view
above its budget keeps the most central nodes (by degree, then weighted degree; in a
neighbourhood, the nearest first) and the strongest edges among them.

Pure functions on networkx graphs: nothing here reads RDF or writes files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class Reduction:
    """A network cut down to its budget, with counts of what was dropped."""

    graph: Any  # networkx.Graph (Any so the dataclass needs no networkx import)
    nodes_total: int
    edges_total: int
    method: str  # "none", "top-degree" or "nearest"

    @property
    def nodes_dropped(self) -> int:
        return self.nodes_total - self.graph.number_of_nodes()

    @property
    def edges_dropped(self) -> int:
        return self.edges_total - self.graph.number_of_edges()


def node_ranking(g: nx.Graph) -> list[Any]:
    """Nodes, most important first: nearest to the focus (if any), then degree, weighted
    degree and name; ties end on the node id so the order never depends on input order.

    >>> import networkx as nx
    >>> node_ranking(nx.Graph([("a", "b"), ("b", "c")]))
    ['b', 'a', 'c']
    """
    weighted = dict(g.degree(weight="weight"))

    def key(node: Any) -> tuple[Any, ...]:
        data = g.nodes[node]
        return (
            data.get("distance", 0),
            -g.degree(node),
            -weighted[node],
            str(data.get("name", "")).casefold(),
            str(node),
        )

    return sorted(g.nodes, key=key)


def strongest_edges(g: nx.Graph, limit: int) -> list[tuple[Any, Any]]:
    """The ``limit`` heaviest edges (ties by endpoint ids)."""
    ranked = sorted(
        g.edges(data="weight", default=1),
        key=lambda e: (-e[2], *sorted((str(e[0]), str(e[1])))),
    )
    return [(a, b) for a, b, _w in ranked[:limit]]


def reduce_to_budget(g: nx.Graph, max_nodes: int, max_edges: int | None = None) -> Reduction:
    """``g`` itself if within budget, else the top ``max_nodes`` nodes (see
    :func:`node_ranking`) and the ``max_edges`` heaviest edges between them.

    >>> import networkx as nx
    >>> r = reduce_to_budget(nx.path_graph(5), 3)
    >>> sorted(r.graph.nodes), r.nodes_dropped, r.method
    ([1, 2, 3], 2, 'top-degree')
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    edge_limit = max_edges if max_edges is not None else 5 * max_nodes
    n, m = g.number_of_nodes(), g.number_of_edges()
    if n <= max_nodes and m <= edge_limit:
        return Reduction(g, n, m, "none")
    method = "nearest" if "focus" in g.graph else "top-degree"
    kept = node_ranking(g)[:max_nodes] if n > max_nodes else list(g.nodes)
    sub = g.subgraph(kept).copy()
    if sub.number_of_edges() > edge_limit:
        keep_edges = {frozenset(e) for e in strongest_edges(sub, edge_limit)}
        sub.remove_edges_from([e for e in list(sub.edges) if frozenset(e) not in keep_edges])
    return Reduction(sub, n, m, method)
