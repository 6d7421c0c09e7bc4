"""networkx graphs read from a coopkg RDF graph.

Everything here starts from RDF that follows ``ontology/coopkg.ttl`` (what ``coopkg build``
writes, or any other Turtle of the same shape), reads it with rdflib triple patterns into
a small plain snapshot (:class:`NetworkData`), and projects that snapshot into networkx
graphs: project-organisation (bipartite), organisation co-participation, region-region,
country-country, programme-programme and theme-region. Each builder can be filtered by
period, programme, theme and country.

Node identifiers: organisations, projects, programmes and themes use their IRI (as a
string); regions use their NUTS code ("AT12"); countries use their ISO 3166 alpha-2 code
("AT"). Node and edge attributes are strings and numbers only, so every graph can be
written as GraphML, GEXF or JSON as it is.

This module only reads RDF: it must not add triples, mint IRIs or compute metrics
(see :mod:`coopkg.network.metrics`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Literal as TypingLiteral

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal
from rdflib.term import Node

from coopkg.errors import GraphError
from coopkg.graph.namespace import COOP

#: Weighting of organisation co-participation edges.
Weight = TypingLiteral["projects", "funding"]

#: A filter value: one string, several strings, or ``None`` for "no filter".
FilterValue = str | Iterable[str] | None

_NUTS_CODE = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
#: NUTS country codes that differ from ISO 3166-1 alpha-2.
_NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    """One organisation as the RDF graph describes it."""

    iri: str
    label: str
    country: str = ""
    region: str = ""
    alt_labels: tuple[str, ...] = ()
    city: str = ""


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    """One project reduced to what the networks need.

    ``countries`` and ``regions`` are the project's own plus those of its partners;
    ``regions`` are NUTS codes, ``own_regions`` the project's own only. ``leads`` are the
    lead partners, ``sources`` the notice paths that describe the project; ``title``,
    ``start`` and ``end`` are what the views show.
    """

    iri: str
    label: str
    partners: tuple[str, ...]
    programme: str = ""
    period: str = ""
    funding: float = 0.0
    themes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    own_regions: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    title: str = ""
    start: str = ""
    end: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NetworkData:
    """A plain snapshot of the RDF graph, read once and shared by every builder.

    ``labels`` maps a programme, theme or region IRI/code to its display label;
    ``aliases`` maps the same keys to every name a filter may use for them.
    ``region_levels``/``region_parents`` come from ``coop:nutsLevel``/``skos:broader``.
    """

    projects: tuple[ProjectInfo, ...]
    organisations: Mapping[str, OrganisationInfo]
    labels: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    region_levels: Mapping[str, int] = field(default_factory=dict)
    region_parents: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Filters:
    """Which projects to keep. Every given criterion must hold (logical AND).

    Each criterion accepts an IRI, the last segment of an IRI ("interreg-ivc"), a label
    ("INTERREG IVC", case-insensitive) or a code ("AT", "AUT"); several values mean
    "any of them". ``country`` keeps projects with at least one partner (or a project
    country) in that country, with all their partners: the country's network.
    """

    period: tuple[str, ...] = ()
    programme: tuple[str, ...] = ()
    theme: tuple[str, ...] = ()
    country: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        *,
        period: FilterValue = None,
        programme: FilterValue = None,
        theme: FilterValue = None,
        country: FilterValue = None,
    ) -> Filters:
        """Filters from the keyword arguments the graph builders take."""
        return cls(_values(period), _values(programme), _values(theme), _values(country))

    def is_empty(self) -> bool:
        return not (self.period or self.programme or self.theme or self.country)


def _values(value: FilterValue) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(v for v in value if v and v.strip())


# --- reading the RDF graph -------------------------------------------------------------


def _last_segment(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _label(g: Graph, node: Node) -> str:
    """prefLabel in the chosen label language (English by default, then no language, then
    any), else rdfs:label likewise, else the IRI's last segment."""
    from coopkg.records.vocab import choose_label

    for prop in (SKOS.prefLabel, RDFS.label):
        pairs = [(str(v), v.language) for v in g.objects(node, prop) if isinstance(v, Literal)]
        if pairs:
            return choose_label(pairs)
    return _last_segment(str(node))


def _names(g: Graph, node: Node) -> tuple[str, ...]:
    names = {str(node), _last_segment(str(node))}
    for prop in (SKOS.prefLabel, SKOS.altLabel, RDFS.label, SKOS.notation, COOP.countryCode):
        names.update(str(v) for v in g.objects(node, prop))
    return tuple(sorted(names))


@functools.lru_cache(maxsize=512)
def _alpha2_from_iri(iri: str) -> str:
    """ISO alpha-2 code of an EU authority country IRI (``.../country/AUT`` -> ``AT``)."""
    import pycountry

    code = _last_segment(iri).upper()
    if len(code) == 2:
        return _NUTS_TO_ISO.get(code, code)
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else code


@functools.lru_cache(maxsize=512)
def _country_name(alpha2: str) -> str:
    """English short name of a country code, or the code itself when unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return getattr(country, "common_name", None) or country.name if country else alpha2


def _country_code(g: Graph, node: Node | None, cache: dict[Node, str]) -> str:
    if node is None:
        return ""
    if node not in cache:
        code = g.value(node, COOP.countryCode)
        cache[node] = str(code).upper() if code is not None else _alpha2_from_iri(str(node))
    return cache[node]


def _region_code(g: Graph, node: Node | None, cache: dict[Node, str]) -> str:
    """NUTS code of a region node, or "" for anything that is not a NUTS region."""
    if node is None:
        return ""
    if node not in cache:
        notation = g.value(node, SKOS.notation)
        code = str(notation) if notation is not None else _last_segment(str(node))
        code = code.strip().upper()
        cache[node] = code if _NUTS_CODE.match(code) else ""
    return cache[node]


def network_data(g: Graph) -> NetworkData:
    """Read the projects, organisations and vocabularies the networks need.

    Parameters
    ----------
    g : rdflib.Graph
        A graph in the coopkg shape (projects with ``coop:hasPartner`` or
        ``coop:hasParticipation``/``coop:participant``).

    Returns
    -------
    NetworkData
        Projects sorted by IRI, organisations keyed by IRI.
    """
    if not isinstance(g, Graph):
        raise GraphError(f"expected an rdflib.Graph, got {type(g).__name__}")
    countries: dict[Node, str] = {}
    regions: dict[Node, str] = {}
    labels: dict[str, str] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    org_nodes: set[Node] = set(g.subjects(RDF.type, COOP.Organisation))
    projects: list[ProjectInfo] = []
    for project in sorted(set(g.subjects(RDF.type, COOP.Project)), key=str):
        partners = set(g.objects(project, COOP.hasPartner))
        for part in g.objects(project, COOP.hasParticipation):
            partners.update(g.objects(part, COOP.participant))
        partners.update(g.objects(project, COOP.leadPartner))
        org_nodes.update(partners)
        programme = g.value(project, COOP.programme)
        period = g.value(project, COOP.period)
        if period is None and programme is not None:
            period = g.value(programme, COOP.period)
        for concept in (programme, period, *g.objects(project, COOP.theme)):
            if concept is not None and str(concept) not in labels:
                labels[str(concept)] = _label(g, concept)
                aliases[str(concept)] = _names(g, concept)
                if concept == period:  # projects keep the period's label: filter by it too
                    aliases[labels[str(concept)]] = aliases[str(concept)]
        if programme is not None:
            name = g.value(project, COOP.programmeName)
            if name is not None and str(name) not in aliases[str(programme)]:
                aliases[str(programme)] = (*aliases[str(programme)], str(name))
        funding = g.value(project, COOP.euFunding)
        acronym = g.value(project, COOP.acronym)
        title = _smallest(g.objects(project, COOP.title))
        own_regions = {_region_code(g, r, regions) for r in g.objects(project, COOP.region)}
        projects.append(
            ProjectInfo(
                iri=str(project),
                label=str(acronym or title or _last_segment(str(project))),
                title=title,
                start=_smallest(g.objects(project, COOP.startDate)),
                end=_smallest(g.objects(project, COOP.endDate)),
                leads=tuple(sorted(str(o) for o in g.objects(project, COOP.leadPartner))),
                sources=tuple(
                    sorted(
                        str(path)
                        for notice in g.objects(project, COOP.describedBy)
                        for path in g.objects(notice, COOP.sourcePath)
                    )
                ),
                partners=tuple(sorted(str(p) for p in partners)),
                programme=str(programme) if programme is not None else "",
                period=labels[str(period)] if period is not None else "",
                funding=_float(funding),
                themes=tuple(sorted(str(t) for t in g.objects(project, COOP.theme))),
                countries=tuple(
                    sorted(
                        {_country_code(g, c, countries) for c in g.objects(project, COOP.country)}
                    )
                ),
                regions=tuple(sorted(own_regions - {""})),
                own_regions=tuple(sorted(own_regions - {""})),
            )
        )
    organisations = {
        str(o): OrganisationInfo(
            iri=str(o),
            label=_label(g, o),
            country=_country_code(g, g.value(o, COOP.country), countries),
            region=_region_code(g, g.value(o, COOP.region), regions),
            alt_labels=tuple(sorted({str(a) for a in g.objects(o, SKOS.altLabel)})),
            city=_smallest(g.objects(o, COOP.city)),
        )
        for o in sorted(org_nodes, key=str)
    }
    projects = [_with_partner_places(p, organisations) for p in projects]
    region_levels, region_parents = _region_hierarchy(g, regions, labels, aliases)
    for node, code in countries.items():
        has_label = g.value(node, SKOS.prefLabel) is not None
        # The country's own label (in the chosen language) wins over a NUTS level-0 region's
        # name, which NUTS gives in the country's language ("Danmark").
        labels[code] = _label(g, node) if has_label else labels.get(code) or _country_name(code)
        aliases.setdefault(code, (*_names(g, node), code, _country_name(code)))
    return NetworkData(
        projects=tuple(projects),
        organisations=organisations,
        labels=labels,
        aliases=aliases,
        region_levels=region_levels,
        region_parents=region_parents,
    )


def _smallest(values: Iterable[Node]) -> str:
    """The smallest non-empty value as text ("" if none): the same answer every time."""
    present = sorted(str(v) for v in values if str(v))
    return present[0] if present else ""


def _float(value: Node | None) -> float:
    try:
        return float(value) if value is not None else 0.0  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _with_partner_places(
    project: ProjectInfo, organisations: Mapping[str, OrganisationInfo]
) -> ProjectInfo:
    """Fold the partners' countries and regions into the project's own."""
    orgs = [organisations[p] for p in project.partners]
    countries = set(project.countries) | {o.country for o in orgs if o.country}
    regions = set(project.regions) | {o.region for o in orgs if o.region}
    return replace(project, countries=tuple(sorted(countries)), regions=tuple(sorted(regions)))


def _region_hierarchy(
    g: Graph, seen: Mapping[Node, str], labels: dict[str, str], aliases: dict[str, tuple[str, ...]]
) -> tuple[dict[str, int], dict[str, str]]:
    """NUTS levels and parents of every region node the graph describes."""
    levels: dict[str, int] = {}
    parents: dict[str, str] = {}
    cache = dict(seen)
    nodes = set(g.subjects(RDF.type, COOP.Region)) | set(seen)
    for node in nodes:
        code = _region_code(g, node, cache)
        if not code:
            continue
        labels.setdefault(code, _label(g, node))
        aliases.setdefault(code, _names(g, node))
        level = g.value(node, COOP.nutsLevel)
        if level is not None:
            levels[code] = int(level)
        parent = _region_code(g, g.value(node, SKOS.broader), cache)
        if parent:
            parents[code] = parent
    return levels, parents


# --- filtering -------------------------------------------------------------------------


def _matching(keys: Iterable[str], wanted: tuple[str, ...], data: NetworkData) -> set[str]:
    """The keys (IRIs or codes) any wanted value names."""
    targets = {w.strip().casefold() for w in wanted}
    found = set()
    for key in keys:
        names = {key, *data.aliases.get(key, ()), data.labels.get(key, "")}
        if any(n.casefold() in targets for n in names if n):
            found.add(key)
    return found


def filter_projects(data: NetworkData, filters: Filters) -> tuple[ProjectInfo, ...]:
    """The projects that pass every criterion of ``filters``."""
    if filters.is_empty():
        return data.projects
    projects = data.projects
    if filters.period:
        keys = {p.period for p in projects}
        ok = _matching(keys, filters.period, data) | {
            k for k in keys if k.casefold() in {w.casefold() for w in filters.period}
        }
        projects = tuple(p for p in projects if p.period in ok)
    if filters.programme:
        ok = _matching({p.programme for p in projects}, filters.programme, data)
        projects = tuple(p for p in projects if p.programme in ok)
    if filters.theme:
        ok = _matching({t for p in projects for t in p.themes}, filters.theme, data)
        projects = tuple(p for p in projects if ok.intersection(p.themes))
    if filters.country:
        wanted = {_iso(c) for c in filters.country}
        keys = {c for p in projects for c in p.countries}
        ok = _matching(keys, filters.country, data) | (wanted & keys)
        projects = tuple(p for p in projects if ok.intersection(p.countries))
    return projects


def _iso(code: str) -> str:
    code = code.strip().upper()
    return _NUTS_TO_ISO.get(code, code)


def _snapshot(source: Graph | NetworkData) -> NetworkData:
    return source if isinstance(source, NetworkData) else network_data(source)


# --- graph builders ---------------------------------------------------------------------


def _organisation_attrs(org: OrganisationInfo) -> dict[str, str | int | float]:
    return {
        "label": org.label,
        "type": "organisation",
        "country": org.country,
        "region": org.region,
    }


def _project_attrs(project: ProjectInfo, data: NetworkData) -> dict[str, str | int | float]:
    return {
        "label": project.label,
        "type": "project",
        "country": ";".join(project.countries),
        "region": ";".join(project.regions),
        "programme": data.labels.get(project.programme, ""),
        "period": project.period,
        "funding": project.funding,
    }


def project_organisation_graph(
    source: Graph | NetworkData,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """The bipartite graph of projects and their partner organisations.

    Project nodes have ``bipartite=0`` and ``type="project"``; organisation nodes
    ``bipartite=1`` and ``type="organisation"``.

    Examples
    --------
    >>> data = NetworkData(
    ...     projects=(ProjectInfo("p1", "P1", ("o1", "o2")),),
    ...     organisations={"o1": OrganisationInfo("o1", "A"), "o2": OrganisationInfo("o2", "B")},
    ... )
    >>> sorted(project_organisation_graph(data).edges())
    [('p1', 'o1'), ('p1', 'o2')]
    """
    data = _snapshot(source)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    graph = nx.Graph(name="project-organisation")
    # Nodes, then edges, in the order one add_node/add_edge per link gave (an
    # organisation's attributes are the same at each of its projects).
    attrs: dict[str, dict[str, str | int | float]] = {}
    for p in projects:
        graph.add_node(p.iri, bipartite=0, **_project_attrs(p, data))
        for org in p.partners:
            if org not in attrs:
                attrs[org] = {"bipartite": 1, **_organisation_attrs(data.organisations[org])}
                graph.add_node(org, **attrs[org])
    graph.add_edges_from((p.iri, org) for p in projects for org in p.partners)
    return graph


def organisation_graph(
    source: Graph | NetworkData,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
    weight: Weight = "projects",
) -> nx.Graph:
    """Organisations linked when they took part in the same project.

    Every edge has ``projects`` (shared projects), ``funding`` (sum of the EU funding of
    the shared projects, in euro: a big joint project weighs more) and ``weight``, a copy
    of whichever of the two ``weight`` names. Nodes carry ``projects`` (their number of
    projects) besides label, type, country and region; organisations whose projects
    have no other partner stay as isolated nodes.

    Examples
    --------
    >>> data = NetworkData(
    ...     projects=(ProjectInfo("p1", "P1", ("a", "b"), funding=10.0),
    ...               ProjectInfo("p2", "P2", ("a", "b", "c"), funding=5.0)),
    ...     organisations={k: OrganisationInfo(k, k.upper()) for k in "abc"},
    ... )
    >>> G = organisation_graph(data)
    >>> G["a"]["b"]["projects"], G["a"]["b"]["funding"], G.number_of_edges()
    (2, 15.0, 3)
    >>> organisation_graph(data, weight="funding")["a"]["c"]["weight"]
    5.0
    """
    if weight not in ("projects", "funding"):
        raise GraphError(f"weight must be 'projects' or 'funding', not {weight!r}")
    data = _snapshot(source)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    graph = nx.Graph(name="organisation")
    counts: Counter[str] = Counter()
    pairs: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for p in projects:
        counts.update(p.partners)
        for a, b in combinations(p.partners, 2):  # partners are sorted: (a, b) is canonical
            pair = pairs[(a, b)]
            pair[0] += 1
            pair[1] += p.funding
    graph.add_nodes_from(
        (org, {"projects": counts[org], **_organisation_attrs(data.organisations[org])})
        for org in sorted(counts)
    )
    # One call for all edges (600k at 50,000 organisations) rather than one per edge.
    graph.add_edges_from(
        (
            a,
            b,
            {
                "projects": int(shared),
                "funding": round(money, 2),
                "weight": int(shared) if weight == "projects" else round(money, 2),
            },
        )
        for (a, b), (shared, money) in pairs.items()
    )
    return graph


def region_at_level(code: str, level: int, data: NetworkData | None = None) -> str | None:
    """The NUTS region of ``level`` that contains ``code``, or ``None`` if it is coarser.

    Follows ``skos:broader`` when the graph gives the hierarchy, else truncates the code
    (a NUTS code has two letters for the country and one character per level).

    >>> region_at_level("HU221", 2), region_at_level("AT12", 0), region_at_level("AT", 1)
    ('HU22', 'AT', None)
    """
    if not 0 <= level <= 3:
        raise GraphError(f"NUTS level must be 0-3, not {level}")
    if data is not None:
        current: str | None = code
        seen: set[str] = set()
        while current and current in data.region_levels and current not in seen:
            seen.add(current)
            if data.region_levels[current] == level:
                return current
            if data.region_levels[current] < level:
                return None
            current = data.region_parents.get(current)
    if len(code) < 2 + level:
        return None
    return code[: 2 + level]


def _region_attrs(code: str, data: NetworkData) -> dict[str, str | int | float]:
    return {
        "label": data.labels.get(code, code),
        "type": "region",
        "country": _iso(code[:2]),
        "region": code,
        "level": len(code) - 2,
    }


def _co_occurrence_graph(
    name: str,
    groups: Iterable[tuple[str, Iterable[str]]],
    attr_of: Callable[[str], Mapping[str, str | int | float]],
) -> nx.Graph:
    """Nodes linked by how many groups (projects) hold both; nodes count their groups."""
    graph = nx.Graph(name=name)
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for _, members in groups:
        items = sorted(set(members))
        counts.update(items)
        pairs.update(combinations(items, 2))
    for node in sorted(counts):
        graph.add_node(node, projects=counts[node], **attr_of(node))
    for (a, b), n in sorted(pairs.items()):
        graph.add_edge(a, b, projects=n, weight=n)
    return graph


def region_graph(
    source: Graph | NetworkData,
    level: int = 2,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """NUTS regions (at ``level``, 0-3) linked by the projects they share.

    A project's regions are its own ``coop:region`` values plus its partners' regions,
    raised to ``level``; regions coarser than ``level`` are left out. Edge ``weight`` =
    ``projects`` = number of shared projects; nodes count their projects.
    """
    data = _snapshot(source)
    region_at_level("AT", level)  # validates the level early
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    groups = [(p.iri, _regions_at(p, level, data)) for p in projects]
    graph = _co_occurrence_graph("region", groups, attr_of=lambda c: _region_attrs(c, data))
    graph.graph["level"] = level
    return graph


def _regions_at(project: ProjectInfo, level: int, data: NetworkData) -> set[str]:
    return {r for code in project.regions if (r := region_at_level(code, level, data))}


def country_graph(
    source: Graph | NetworkData,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """Countries (ISO alpha-2) linked by the projects their organisations share."""
    data = _snapshot(source)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    return _co_occurrence_graph(
        "country",
        [(p.iri, p.countries) for p in projects],
        attr_of=lambda c: {
            "label": data.labels.get(c, c),
            "type": "country",
            "country": c,
            "region": "",
        },
    )


def programme_graph(
    source: Graph | NetworkData,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """Programmes linked by the organisations that took part in both.

    Edge ``weight`` = ``organisations`` = number of shared organisations; nodes carry
    ``projects`` and ``organisations`` counts. Projects without a programme are skipped.
    """
    data = _snapshot(source)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    members: dict[str, set[str]] = defaultdict(set)
    per_org: dict[str, set[str]] = defaultdict(set)
    n_projects: Counter[str] = Counter()
    for p in projects:
        if not p.programme:
            continue
        n_projects[p.programme] += 1
        members[p.programme].update(p.partners)
        for org in p.partners:
            per_org[org].add(p.programme)
    graph = nx.Graph(name="programme")
    for prog in sorted(members):
        graph.add_node(
            prog,
            label=data.labels.get(prog, _last_segment(prog)),
            type="programme",
            country="",
            region="",
            projects=n_projects[prog],
            organisations=len(members[prog]),
        )
    shared: Counter[tuple[str, str]] = Counter()
    for progs in per_org.values():
        shared.update(combinations(sorted(progs), 2))
    for (a, b), n in sorted(shared.items()):
        graph.add_edge(a, b, organisations=n, weight=n)
    return graph


def theme_region_graph(
    source: Graph | NetworkData,
    level: int = 2,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """Bipartite graph of themes and NUTS regions; edge weight = projects on both."""
    data = _snapshot(source)
    region_at_level("AT", level)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    graph = nx.Graph(name="theme-region")
    pairs: Counter[tuple[str, str]] = Counter()
    for p in projects:
        for t in p.themes:
            for r in _regions_at(p, level, data):
                pairs[(t, r)] += 1
    for (t, r), n in sorted(pairs.items()):
        if t not in graph:
            graph.add_node(
                t,
                label=data.labels.get(t, _last_segment(t)),
                type="theme",
                bipartite=0,
                country="",
                region="",
            )
        if r not in graph:
            graph.add_node(r, bipartite=1, **_region_attrs(r, data))
        graph.add_edge(t, r, projects=n, weight=n)
    graph.graph["level"] = level
    return graph


def knowledge_graph(
    source: Graph | NetworkData,
    *,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
) -> nx.Graph:
    """The typed graph of projects, organisations, NUTS regions, themes and programmes.

    Edges carry ``relation``: ``partner`` or ``lead partner`` (project-organisation),
    ``region`` (a project's own regions, an organisation's region), ``theme`` and
    ``programme``; every edge has ``weight`` 1. Nodes carry ``type`` and ``label`` like
    the other networks; regions are NUTS codes.

    Examples
    --------
    >>> data = NetworkData(
    ...     projects=(ProjectInfo("p1", "P1", ("o1", "o2"), leads=("o1",), themes=("t",)),),
    ...     organisations={"o1": OrganisationInfo("o1", "A", region="AT12"),
    ...                    "o2": OrganisationInfo("o2", "B")},
    ...     labels={"t": "Energy"},
    ... )
    >>> G = knowledge_graph(data)
    >>> for edge in sorted(G.edges(data="relation")):
    ...     print(*edge)
    o1 AT12 region
    p1 o1 lead partner
    p1 o2 partner
    p1 t theme
    >>> G.nodes["t"]["type"], G.nodes["t"]["label"]
    ('theme', 'Energy')
    """
    data = _snapshot(source)
    projects = filter_projects(
        data, Filters.of(period=period, programme=programme, theme=theme, country=country)
    )
    graph = nx.Graph(name="knowledge")

    def concept(iri: str, kind: str) -> str:
        if iri not in graph:
            label = data.labels.get(iri, _last_segment(iri))
            graph.add_node(iri, label=label, type=kind, country="", region="")
        return iri

    def region(code: str) -> str:
        if code not in graph:
            graph.add_node(code, **_region_attrs(code, data))
        return code

    for p in projects:
        graph.add_node(p.iri, **_project_attrs(p, data))
        for org in p.partners:
            info = data.organisations[org]
            graph.add_node(org, **_organisation_attrs(info))
            relation = "lead partner" if org in p.leads else "partner"
            graph.add_edge(p.iri, org, relation=relation, weight=1)
            if info.region:
                graph.add_edge(org, region(info.region), relation="region", weight=1)
        for code in p.own_regions:
            graph.add_edge(p.iri, region(code), relation="region", weight=1)
        for t in p.themes:
            graph.add_edge(p.iri, concept(t, "theme"), relation="theme", weight=1)
        if p.programme:
            graph.add_edge(p.iri, concept(p.programme, "programme"), relation="programme", weight=1)
    return graph


def organisation_themes(data: NetworkData) -> dict[str, set[str]]:
    """Theme IRIs each organisation has worked on (through its projects)."""
    themes: dict[str, set[str]] = defaultdict(set)
    for p in data.projects:
        for org in p.partners:
            themes[org].update(p.themes)
    return dict(themes)
