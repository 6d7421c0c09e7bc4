"""The networkx graphs the views draw, read from the RDF knowledge graph.

Three graphs, each node carrying what the views show (``kind``, ``name``, ``country``,
``facts``, ``sources``) and each edge a ``weight``:

* :func:`organisation_network`: organisations linked by the projects they share;
* :func:`region_network`: NUTS regions (at one level) linked by shared projects;
* :func:`knowledge_network` / :func:`neighbourhood_network`: the typed graph of projects,
  organisations, regions, themes and programmes, and the part of it around one node.

The RDF is read with the SPARQL files in ``queries/`` (package data), run with bound
parameters. This module only reads the graph: it never writes triples, mints IRIs or
renders anything (that is :mod:`coopkg.views.encode` and :mod:`coopkg.views.render`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations
from typing import TYPE_CHECKING, Any

from coopkg.errors import LinkError, QueryError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

    from coopkg.network import NetworkData

#: Where NUTS region IRIs live; the code is the last path segment.
NUTS_BASE = "http://data.europa.eu/nuts/code/"

#: How many project names a fact line lists before it says "+N more".
_LIST_LIMIT = 5


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    """What the views say about one project."""

    iri: str
    acronym: str
    title: str
    programme: str
    start: str
    end: str
    eu_funding: str
    sources: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.acronym or self.title or _tail(self.iri)


@dataclass(frozen=True, slots=True)
class OrganisationFacts:
    """What the views say about one organisation."""

    iri: str
    name: str
    country: str
    region: str
    city: str


@dataclass(frozen=True, slots=True)
class RegionFacts:
    """A NUTS region described in the graph."""

    iri: str
    code: str
    name: str
    level: int | None
    country: str


@cache
def _query_text(name: str) -> str:
    return resources.files("coopkg.views").joinpath("queries", f"{name}.rq").read_text("utf-8")


def _rows(graph: Graph, name: str) -> list[Any]:
    try:
        return list(graph.query(_query_text(name)))
    except Exception as error:  # rdflib raises many exception types from its SPARQL engine
        raise QueryError(f"view query {name!r} failed: {error}") from error


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _first(values: Iterable[str]) -> str:
    """The smallest non-empty value, so that repeated rows give a stable answer."""
    present = sorted(v for v in values if v)
    return present[0] if present else ""


def _listing(names: Iterable[str]) -> str:
    ordered = sorted(set(names), key=str.casefold)
    shown = ", ".join(ordered[:_LIST_LIMIT])
    extra = len(ordered) - _LIST_LIMIT
    return f"{shown}, +{extra} more" if extra > 0 else shown


def region_code(iri: str, regions: dict[str, RegionFacts]) -> str:
    """The NUTS code of a region IRI: its ``skos:notation``, else the IRI's last segment.

    >>> region_code("http://data.europa.eu/nuts/code/AT12", {})
    'AT12'
    """
    known = regions.get(iri)
    if known is not None and known.code:
        return known.code
    return _tail(iri) if iri.startswith(NUTS_BASE) else ""


def _grouped(
    graph: Graph, query: str, subject: str, keys: tuple[str, ...]
) -> dict[str, dict[str, set[str]]]:
    """The non-empty values of ``keys`` in the rows of a saved view query, per ``subject``.

    An entity appears in several rows (one per optional value combination): gathering every
    value into a set lets :func:`_first` pick the same one each time.
    """
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _rows(graph, query):
        entry = fields[str(row[subject])]
        for key in keys:
            value = _text(row[key])
            if value:
                entry[key].add(value)
    return fields


def project_facts(graph: Graph) -> dict[str, ProjectFacts]:
    """Key facts of every project, by IRI."""
    keys = ("acronym", "title", "programmeName", "start", "end", "funding", "source")
    fields = _grouped(graph, "projects", "project", keys)
    return {
        iri: ProjectFacts(
            iri=iri,
            acronym=_first(entry["acronym"]),
            title=_first(entry["title"]),
            programme=_first(entry["programmeName"]),
            start=_first(entry["start"]),
            end=_first(entry["end"]),
            eu_funding=_first(entry["funding"]),
            sources=tuple(sorted(entry["source"])),
        )
        for iri, entry in fields.items()
    }


def organisation_facts(graph: Graph) -> dict[str, OrganisationFacts]:
    """Name, country code, region IRI and city of every organisation, by IRI."""
    fields = _grouped(graph, "organisations", "org", ("name", "countryCode", "region", "city"))
    return {
        iri: OrganisationFacts(
            iri=iri,
            name=_first(entry["name"]) or _tail(iri),
            country=_first(entry["countryCode"]),
            region=_first(entry["region"]),
            city=_first(entry["city"]),
        )
        for iri, entry in fields.items()
    }


def region_facts(graph: Graph) -> dict[str, RegionFacts]:
    """The NUTS regions the graph describes, by IRI."""
    fields = _grouped(graph, "regions", "region", ("code", "name", "level", "countryCode"))
    result = {}
    for iri, entry in fields.items():
        code = _first(entry["code"]) or (_tail(iri) if iri.startswith(NUTS_BASE) else "")
        level = _first(entry["level"])
        result[iri] = RegionFacts(
            iri=iri,
            code=code,
            name=_first(entry["name"]) or code or _tail(iri),
            level=int(level) if level.isdigit() else None,
            country=_first(entry["countryCode"]),
        )
    return result


def partner_lists(graph: Graph) -> tuple[dict[str, list[str]], dict[str, set[str]]]:
    """Partners of every project (sorted) and, per organisation, the projects it leads."""
    members: dict[str, set[str]] = defaultdict(set)
    leads: dict[str, set[str]] = defaultdict(set)
    for row in _rows(graph, "partners"):
        project, org = str(row.project), str(row.org)
        members[project].add(org)
        if row.lead is not None and row.lead.toPython() is True:
            leads[org].add(project)
    return {p: sorted(orgs) for p, orgs in members.items()}, dict(leads)


def _project_label(iri: str, projects: dict[str, ProjectFacts]) -> str:
    facts = projects.get(iri)
    return facts.label if facts is not None else _tail(iri)


def _projects_fact(own: set[str], projects: dict[str, ProjectFacts]) -> str:
    """ "3: ALPHA, BETA, GAMMA" """
    return f"{len(own)}: {_listing(_project_label(p, projects) for p in own)}"


def organisation_network(graph: Graph, data: NetworkData | None = None) -> nx.Graph:
    """Organisations linked when they share projects (``weight`` = shared projects).

    The structure is :func:`coopkg.network.organisation_graph`'s; this adds what the
    view shows: ``kind``, ``name``, ``country``, ``facts``, ``sources`` on nodes and the
    shared projects' names (``projects``) on edges. ``data`` is the
    :func:`coopkg.network.network_data` snapshot, if the caller already has it.
    """
    from coopkg.network import network_data, organisation_graph

    data = data if data is not None else network_data(graph)
    projects = project_facts(graph)
    orgs = organisation_facts(graph)
    regions = region_facts(graph)
    _members, leads = partner_lists(graph)
    g = organisation_graph(data)
    g.graph["kind"] = "organisations"

    projects_of: dict[str, set[str]] = defaultdict(set)
    pair_projects: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in data.projects:
        for org in p.partners:
            projects_of[org].add(p.iri)
        for a, b in combinations(p.partners, 2):
            pair_projects[(a, b)].append(p.label)

    for iri, attrs in g.nodes(data=True):
        base = data.organisations.get(iri)
        info = orgs.get(iri)
        own = projects_of.get(iri, set())
        facts: list[tuple[str, str]] = []
        country = str(attrs.get("country") or "")
        if country:
            facts.append(("Country", country))
        if info is not None and info.city:
            facts.append(("City", info.city))
        if info is not None and info.region:
            code = region_code(info.region, regions)
            region = regions.get(info.region)
            facts.append(("Region", f"{region.name} ({code})" if region else code))
        facts.append(
            ("Projects", f"{len(own)}: {_listing(_project_label(p, projects) for p in own)}")
        )
        if leads.get(iri):
            facts.append(
                ("Lead partner in", _listing(_project_label(p, projects) for p in leads[iri]))
            )
        if base is not None and base.alt_labels:
            facts.append(("Also named", _listing(base.alt_labels)))
        sources = {s for p in own if p in projects for s in projects[p].sources}
        attrs.update(
            kind="organisation",
            name=str(attrs.get("label") or _tail(iri)),
            country=country,
            facts=tuple(facts),
            sources=tuple(sorted(sources)),
        )
    for a, b, attrs in g.edges(data=True):
        names = pair_projects.get((a, b)) or pair_projects.get((b, a)) or []
        attrs["projects"] = tuple(sorted(set(names), key=str.casefold))
    return g


def region_network(graph: Graph, level: int = 2, data: NetworkData | None = None) -> nx.Graph:
    """NUTS regions at ``level`` (0-3) linked by the projects they share.

    The structure is :func:`coopkg.network.region_graph`'s (a project's regions are its
    own plus its partners', raised to ``level``); this adds the view's node facts.
    ``g.graph["unplaced"]`` counts organisations with no region at ``level``.
    """
    from coopkg.errors import GraphError
    from coopkg.network import network_data, region_at_level, region_graph

    if level not in (0, 1, 2, 3):
        raise LinkError(f"NUTS level must be 0, 1, 2 or 3, not {level}")
    data = data if data is not None else network_data(graph)
    projects = project_facts(graph)
    try:
        g = region_graph(data, level)
    except GraphError as error:
        raise LinkError(str(error)) from error

    def raised(code: str) -> str | None:
        return region_at_level(code, level, data) if code else None

    orgs_in: dict[str, int] = defaultdict(int)
    unplaced = 0
    for org in data.organisations.values():
        code = raised(org.region)
        if code is None:
            unplaced += 1
        else:
            orgs_in[code] += 1
    projects_in: dict[str, set[str]] = defaultdict(set)
    pair_projects: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in data.projects:
        codes = sorted({c for r in p.regions if (c := raised(r))})
        for code in codes:
            projects_in[code].add(p.iri)
        for a, b in combinations(codes, 2):
            pair_projects[(a, b)].append(p.label)

    g.graph.update(kind="regions", level=level, unplaced=unplaced)
    for code, attrs in g.nodes(data=True):
        name = str(attrs.get("label") or code)
        own = projects_in.get(code, set())
        sources = {s for p in own if p in projects for s in projects[p].sources}
        attrs.update(
            kind="region",
            name=f"{name} ({code})" if name != code else code,
            country=str(attrs.get("country") or code[:2]),
            facts=(
                ("NUTS code", code),
                ("NUTS level", str(level)),
                ("Organisations", str(orgs_in.get(code, 0))),
                ("Projects", _projects_fact(own, projects)),
            ),
            sources=tuple(sorted(sources)),
        )
    for a, b, attrs in g.edges(data=True):
        names = pair_projects.get((a, b)) or pair_projects.get((b, a)) or []
        attrs["projects"] = tuple(sorted(set(names), key=str.casefold))
    return g


def _theme_programme_names(graph: Graph) -> dict[str, tuple[str, str]]:
    """IRI -> (kind, name) for themes and programmes."""
    from coopkg.records.vocab import choose_label

    names: dict[str, dict[str, set[tuple[str, str | None]]]] = defaultdict(lambda: defaultdict(set))
    for row in _rows(graph, "labels"):
        kind = "theme" if str(row.type).endswith("Theme") else "programme"
        names[str(row.node)][kind].add((_text(row.name), getattr(row.name, "language", None)))
    result = {}
    for iri, by_kind in names.items():
        kind = sorted(by_kind)[0]
        result[iri] = (kind, choose_label(by_kind[kind]) or _tail(iri))
    return result


def knowledge_network(graph: Graph) -> nx.Graph:
    """The typed graph of projects, organisations, regions, themes and programmes.

    Edges carry ``relation`` (partner, lead partner, region, theme, programme) and
    ``weight`` 1. Nodes carry ``kind`` and the same facts as the other networks.
    """
    import networkx as nx

    projects = project_facts(graph)
    orgs = organisation_facts(graph)
    regions = region_facts(graph)
    concepts = _theme_programme_names(graph)
    _members, leads = partner_lists(graph)
    lead_pairs = {(p, o) for o, ps in leads.items() for p in ps}

    g = nx.Graph(kind="neighbourhood")
    for row in _rows(graph, "links"):
        s, o, relation = str(row.s), str(row.o), str(row.relation)
        if relation == "partner" and (s, o) in lead_pairs:
            relation = "lead partner"
        g.add_edge(s, o, relation=relation, weight=1, projects=())
    for node in g.nodes:
        g.nodes[node].update(_typed_node(node, projects, orgs, regions, concepts))
    return g


def _typed_node(
    iri: str,
    projects: dict[str, ProjectFacts],
    orgs: dict[str, OrganisationFacts],
    regions: dict[str, RegionFacts],
    concepts: dict[str, tuple[str, str]],
) -> dict[str, Any]:
    """The view attributes of one node of the knowledge network."""
    if iri in projects:
        p = projects[iri]
        facts = [("Title", p.title), ("Programme", p.programme)]
        if p.start or p.end:
            facts.append(("Period", f"{p.start or '?'} to {p.end or '?'}"))
        if p.eu_funding:
            facts.append(("EU funding (EUR)", p.eu_funding))
        return {
            "kind": "project",
            "name": p.label,
            "country": "",
            "facts": tuple((k, v) for k, v in facts if v),
            "sources": p.sources,
        }
    if iri in orgs:
        o = orgs[iri]
        facts = [("Country", o.country), ("City", o.city)]
        return {
            "kind": "organisation",
            "name": o.name,
            "country": o.country,
            "facts": tuple((k, v) for k, v in facts if v),
            "sources": (),
        }
    if iri in regions or iri.startswith(NUTS_BASE):
        r = regions.get(iri)
        code = region_code(iri, regions)
        name = r.name if r else code
        return {
            "kind": "region",
            "name": f"{name} ({code})" if name != code else code,
            "country": r.country if r and r.country else code[:2],
            "facts": (("NUTS code", code),),
            "sources": (),
        }
    kind, name = concepts.get(iri, ("programme" if "/programme/" in iri else "theme", _tail(iri)))
    return {"kind": kind, "name": name, "country": "", "facts": (), "sources": ()}


def resolve_focus(g: nx.Graph, focus: str) -> str:
    """The node of ``g`` that ``focus`` names: an IRI, else a unique name or NUTS code.

    Exact (case-insensitive) names win over partial matches; an ambiguous or unknown
    name raises :class:`coopkg.errors.LinkError` listing candidates.
    """
    if focus in g:
        return focus
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


def neighbourhood_network(graph: Graph, focus: str, radius: int = 1) -> nx.Graph:
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
