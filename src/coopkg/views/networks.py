"""The networks the views draw: :mod:`coopkg.network`'s, with what a page shows added.

The graph is read once, by :func:`coopkg.network.network_data`; each network is the one
:mod:`coopkg.network` defines (the same nodes, edges, weights and Louvain communities as
in ``coopkg analyze``'s GEXF and report). This module only adds view attributes to
copies of them, taken from the snapshot:

* :func:`organisation_network`: :func:`coopkg.network.organisation_graph`;
* :func:`region_network`: :func:`coopkg.network.region_graph` at one NUTS level;
* :func:`knowledge_network` / :func:`neighbourhood_network`:
  :func:`coopkg.network.knowledge_graph` and the part of it around one node.

Every node gets ``kind``, ``name``, ``country``, ``facts`` (pairs of text), ``sources``
(notice paths) and ``community``; every edge keeps ``weight`` and gets ``projects`` (the
names of the shared projects). It never reads RDF itself, writes triples, mints IRIs or
renders anything (that is :mod:`coopkg.views.encode` and :mod:`coopkg.views.render`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from coopkg.errors import GraphError, LinkError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from coopkg.network.graphs import NetworkData, ProjectInfo

#: Where NUTS region IRIs live; the code is the last path segment.
NUTS_BASE = "http://data.europa.eu/nuts/code/"

#: How many project names a fact line lists before it says "+N more".
_LIST_LIMIT = 5


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _listing(names: Iterable[str]) -> str:
    """Names sorted case-insensitively, at most five, then how many more.

    >>> _listing(["b", "A", "c", "d", "e", "f", "g"])
    'A, b, c, d, e, +2 more'
    """
    ordered = sorted(set(names), key=str.casefold)
    shown = ", ".join(ordered[:_LIST_LIMIT])
    extra = len(ordered) - _LIST_LIMIT
    return f"{shown}, +{extra} more" if extra > 0 else shown


def _money(amount: float) -> str:
    """Euro with thousands separators. ``_money(1687872.0)`` -> ``'1,687,872.00'``."""
    return f"{amount:,.2f}"


def _data(graph: Graph | NetworkData, data: NetworkData | None) -> NetworkData:
    from coopkg.network import NetworkData, network_data

    if data is not None:
        return data
    return graph if isinstance(graph, NetworkData) else network_data(graph)


def _with_communities(g: nx.Graph) -> None:
    """Store :func:`coopkg.network.communities` (the report's numbering) on every node."""
    import networkx as nx

    from coopkg.network import communities, community_map

    nx.set_node_attributes(g, community_map(communities(g)), "community")


def _region_name(code: str, data: NetworkData) -> str:
    """ "Niederösterreich (AT12)", or the code alone when the graph gives no name."""
    name = data.labels.get(code, code)
    return f"{name} ({code})" if name != code else code


def _projects_fact(own: Iterable[ProjectInfo]) -> str:
    """ "3: ALPHA, BETA, GAMMA" """
    own = list(own)
    return f"{len(own)}: {_listing(p.label for p in own)}"


def _sources(own: Iterable[ProjectInfo]) -> tuple[str, ...]:
    return tuple(sorted({s for p in own for s in p.sources}))


def _shared_projects(g: nx.Graph, groups: Iterable[tuple[str, Iterable[str]]]) -> None:
    """Name on every edge the projects (``groups``: label, members) its two ends share."""
    names: dict[frozenset[str], set[str]] = defaultdict(set)
    for label, members in groups:
        for a, b in combinations(sorted(set(members)), 2):
            names[frozenset((a, b))].add(label)
    for a, b, attrs in g.edges(data=True):
        attrs["projects"] = tuple(sorted(names.get(frozenset((a, b)), ()), key=str.casefold))


def organisation_network(graph: Graph | NetworkData, data: NetworkData | None = None) -> nx.Graph:
    """:func:`coopkg.network.organisation_graph` with the view's node facts and edge names.

    ``data`` is the :func:`coopkg.network.network_data` snapshot, if the caller has it.
    """
    from coopkg.network import organisation_graph

    data = _data(graph, data)
    g = organisation_graph(data)
    g.graph["kind"] = "organisations"
    _with_communities(g)
    projects_of: dict[str, list[ProjectInfo]] = defaultdict(list)
    for p in data.projects:
        for org in p.partners:
            projects_of[org].append(p)
    for iri, attrs in g.nodes(data=True):
        info = data.organisations[iri]
        own = projects_of.get(iri, [])
        facts: list[tuple[str, str]] = []
        if info.country:
            facts.append(("Country", info.country))
        if info.city:
            facts.append(("City", info.city))
        if info.region:
            facts.append(("Region", _region_name(info.region, data)))
        facts.append(("Projects", _projects_fact(own)))
        led = [p.label for p in own if iri in p.leads]
        if led:
            facts.append(("Lead partner in", _listing(led)))
        if info.alt_labels:
            facts.append(("Also named", _listing(info.alt_labels)))
        attrs.update(
            kind="organisation",
            name=str(attrs.get("label") or _tail(iri)),
            country=info.country,
            facts=tuple(facts),
            sources=_sources(own),
        )
    _shared_projects(g, ((p.label, p.partners) for p in data.projects))
    return g


def region_network(
    graph: Graph | NetworkData, level: int = 2, data: NetworkData | None = None
) -> nx.Graph:
    """:func:`coopkg.network.region_graph` at ``level`` (0-3) with the view's node facts.

    A project's regions are its own plus its partners', raised to ``level``;
    ``g.graph["unplaced"]`` counts organisations with no region at ``level``.
    """
    from coopkg.network import region_at_level, region_graph

    if level not in (0, 1, 2, 3):
        raise LinkError(f"NUTS level must be 0, 1, 2 or 3, not {level}")
    data = _data(graph, data)
    try:
        g = region_graph(data, level)
    except GraphError as error:
        raise LinkError(str(error)) from error
    _with_communities(g)

    def raised(codes: Iterable[str]) -> list[str]:
        return sorted({r for c in codes if c and (r := region_at_level(c, level, data))})

    orgs_in: dict[str, int] = defaultdict(int)
    unplaced = 0
    for org in data.organisations.values():
        found = raised([org.region])
        unplaced += not found
        for code in found:
            orgs_in[code] += 1
    projects_in: dict[str, list[ProjectInfo]] = defaultdict(list)
    for p in data.projects:
        for code in raised(p.regions):
            projects_in[code].append(p)

    g.graph.update(kind="regions", level=level, unplaced=unplaced)
    for code, attrs in g.nodes(data=True):
        own = projects_in.get(code, [])
        attrs.update(
            kind="region",
            name=_region_name(code, data),
            country=str(attrs.get("country") or code[:2]),
            facts=(
                ("NUTS code", code),
                ("NUTS level", str(level)),
                ("Organisations", str(orgs_in.get(code, 0))),
                ("Projects", _projects_fact(own)),
            ),
            sources=_sources(own),
        )
    _shared_projects(g, ((p.label, raised(p.regions)) for p in data.projects))
    return g


def knowledge_network(graph: Graph | NetworkData, data: NetworkData | None = None) -> nx.Graph:
    """:func:`coopkg.network.knowledge_graph` with the view's node facts.

    Edges carry ``relation`` (partner, lead partner, region, theme, programme) and
    ``weight`` 1; region nodes are NUTS codes.
    """
    from coopkg.network import knowledge_graph

    data = _data(graph, data)
    g = knowledge_graph(data)
    g.graph["kind"] = "neighbourhood"
    _with_communities(g)
    projects = {p.iri: p for p in data.projects}
    for node, attrs in g.nodes(data=True):
        attrs.update(_typed_node(node, attrs, projects, data))
    for _a, _b, attrs in g.edges(data=True):
        attrs["projects"] = ()
    return g


def _typed_node(
    node: str, attrs: dict[str, Any], projects: dict[str, ProjectInfo], data: NetworkData
) -> dict[str, Any]:
    """The view attributes of one node of the knowledge network."""
    kind = str(attrs.get("type", ""))
    if kind == "project":
        p = projects[node]
        facts = [("Title", p.title), ("Programme", str(attrs.get("programme", "")))]
        if p.start or p.end:
            facts.append(("Period", f"{p.start or '?'} to {p.end or '?'}"))
        if p.funding:
            facts.append(("EU funding (EUR)", _money(p.funding)))
        return {
            "kind": "project",
            "name": p.label,
            "country": "",
            "facts": tuple((k, v) for k, v in facts if v),
            "sources": p.sources,
        }
    if kind == "organisation":
        o = data.organisations[node]
        facts = [("Country", o.country), ("City", o.city)]
        return {
            "kind": "organisation",
            "name": o.label,
            "country": o.country,
            "facts": tuple((k, v) for k, v in facts if v),
            "sources": (),
        }
    if kind == "region":
        return {
            "kind": "region",
            "name": _region_name(node, data),
            "country": str(attrs.get("country") or node[:2]),
            "facts": (("NUTS code", node),),
            "sources": (),
        }
    name = str(attrs.get("label", node))
    return {"kind": kind, "name": name, "country": "", "facts": (), "sources": ()}


def resolve_focus(g: nx.Graph, focus: str) -> str:
    """The node of ``g`` that ``focus`` names: an IRI, else a unique name or NUTS code.

    A NUTS region IRI names its code. Exact (case-insensitive) names win over partial
    matches; an ambiguous or unknown name raises :class:`coopkg.errors.LinkError`
    listing candidates.
    """
    if focus in g:
        return focus
    if focus.startswith(NUTS_BASE) and _tail(focus) in g:
        return _tail(focus)
    wanted = focus.strip().casefold()
    if not wanted:
        raise LinkError("--focus needs an IRI or a name")

    def names(node: str) -> set[str]:
        data = g.nodes[node]
        found = {data.get("name", "").casefold(), _tail(node).casefold()}
        found.update(v.casefold() for k, v in data.get("facts", ()) if k in ("NUTS code", "Title"))
        return found

    exact = sorted(n for n in g if wanted in names(n))
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(n for n in g if any(wanted in name for name in names(n)))
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise LinkError(f"nothing in the graph is named {focus!r}")
    shown = "; ".join(f"{g.nodes[n].get('name', n)} <{n}>" for n in partial[:5])
    raise LinkError(f"{focus!r} names {len(partial)} nodes, give the IRI of one: {shown}")


def neighbourhood_network(graph: Graph | NetworkData, focus: str, radius: int = 1) -> nx.Graph:
    """The nodes within ``radius`` links of ``focus`` (IRI or name) in the knowledge network.

    Every node gets ``distance`` (links from the focus); ``g.graph["focus"]`` is the focus.
    """
    import networkx as nx

    if radius < 1:
        raise LinkError(f"radius must be at least 1, not {radius}")
    whole = knowledge_network(graph)
    centre = resolve_focus(whole, focus)
    distances = nx.single_source_shortest_path_length(whole, centre, cutoff=radius)
    sub = whole.subgraph(distances).copy()
    for node, distance in distances.items():
        sub.nodes[node]["distance"] = distance
    sub.graph.update(kind="neighbourhood", focus=centre, radius=radius)
    return sub
