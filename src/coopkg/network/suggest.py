"""Partner suggestions: organisations an organisation has not worked with yet, but might.

Candidates are organisations two steps away in the co-participation network (partners
of partners) and organisations that worked on one of the same themes; organisations
already linked are never suggested. Each candidate gets a score in [0, 1]:

``score = 0.6 * shared-neighbour score + 0.3 * theme overlap + 0.1 * complementarity``

* shared-neighbour score: resource allocation index (sum of ``1/degree`` over shared
  partners, Zhou et al. 2009), divided by the best candidate's, so it lies in [0, 1];
  a shared partner with few ties says more than a hub everyone works with;
* theme overlap: Jaccard index of the two organisations' themes;
* complementarity: half for being in another country, half for bringing a country none
  of the organisation's current partners is in.

Every suggestion carries human-readable reasons. This module reads the network only;
it writes nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph

from coopkg.errors import LinkError
from coopkg.network.graphs import (
    NetworkData,
    network_data,
    organisation_graph,
    organisation_themes,
)

#: Weights of the three score components (they sum to 1).
WEIGHT_NEIGHBOURS = 0.6
WEIGHT_THEMES = 0.3
WEIGHT_COMPLEMENT = 0.1

#: Minimum rapidfuzz WRatio for a fuzzy organisation-name match.
FUZZY_CUTOFF = 88.0


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested partner, with the evidence for it."""

    organisation: str
    label: str
    country: str
    score: float
    shared_partners: tuple[str, ...] = ()
    shared_themes: tuple[str, ...] = ()
    resource_allocation: float = 0.0
    adamic_adar: float = 0.0
    reasons: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The suggestion as JSON-ready data."""
        return {
            "organisation": self.organisation,
            "label": self.label,
            "country": self.country,
            "score": self.score,
            "shared_partners": list(self.shared_partners),
            "shared_themes": list(self.shared_themes),
            "resource_allocation": self.resource_allocation,
            "adamic_adar": self.adamic_adar,
            "reasons": list(self.reasons),
        }


def find_organisation(data: NetworkData, name: str) -> str:
    """The IRI of the organisation ``name`` designates: an IRI, a name, or close to one.

    Tries, in order: the IRI itself; an exact (case-insensitive) preferred or
    alternative label; a unique label containing ``name``; the best fuzzy match
    (rapidfuzz WRatio >= :data:`FUZZY_CUTOFF`). Raises :class:`LinkError` otherwise.
    """
    query = name.strip()
    if query in data.organisations:
        return query
    folded = query.casefold()
    exact = sorted(
        iri
        for iri, org in data.organisations.items()
        if folded in {n.casefold() for n in (org.label, *org.alt_labels)}
    )
    if exact:
        return exact[0]
    partial = sorted(
        iri
        for iri, org in data.organisations.items()
        if any(folded in n.casefold() for n in (org.label, *org.alt_labels))
    )
    if len(partial) == 1:
        return partial[0]
    from rapidfuzz import fuzz, process

    choices = {iri: org.label for iri, org in data.organisations.items()}
    best = process.extract(query, choices, scorer=fuzz.WRatio, limit=2)
    if best and best[0][1] >= FUZZY_CUTOFF and (len(best) == 1 or best[0][1] > best[1][1]):
        return str(best[0][2])
    if len(partial) > 1:
        names = ", ".join(repr(data.organisations[i].label) for i in partial[:5])
        raise LinkError(
            f"{name!r} is ambiguous: it matches {names}; give more of the name or the IRI"
        )
    hint = ", ".join(f"{choice!r}" for choice, _, _ in best) or "none"
    raise LinkError(f"no organisation matches {name!r} (closest: {hint})")


def _listing(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown if len(names) <= limit else f"{shown} and {len(names) - limit} more"


def suggest_partners(
    source: Graph | NetworkData | str | Path,
    organisation: str,
    k: int = 10,
    *,
    graph: nx.Graph | None = None,
) -> list[Suggestion]:
    """The ``k`` most likely new partners of ``organisation`` (a name or an IRI).

    Parameters
    ----------
    source : rdflib.Graph, NetworkData, or a path to an RDF file
        The knowledge graph (or its snapshot from :func:`network_data`).
    organisation : str
        IRI or name; see :func:`find_organisation`.
    k : int
        How many suggestions at most.
    graph : nx.Graph, optional
        A prebuilt :func:`organisation_graph` of ``source`` (saves rebuilding it).

    Returns
    -------
    list[Suggestion]
        Best first; ties broken by label, then IRI.
    """
    if isinstance(source, str | Path):
        from coopkg.network.analysis import load_graph

        source = load_graph(source)
    data = source if isinstance(source, NetworkData) else network_data(source)
    network = graph if graph is not None else organisation_graph(data)
    target = find_organisation(data, organisation)
    if target not in network:
        return []
    themes = organisation_themes(data)
    own_themes = themes.get(target, set())
    neighbours = set(network[target])
    own_country = data.organisations[target].country
    partner_countries = {data.organisations[n].country for n in neighbours} - {""}
    candidates = {c for n in neighbours for c in network[n]}
    if own_themes:
        candidates |= {o for o, ts in themes.items() if ts & own_themes}
    candidates -= neighbours | {target}
    candidates &= set(network.nodes)
    if not candidates:
        return []
    raw: dict[str, tuple[list[str], float, float]] = {}
    for cand in candidates:
        shared = sorted(neighbours & set(network[cand]))
        ra = sum(1 / network.degree(z) for z in shared)
        aa = sum(1 / math.log(network.degree(z)) for z in shared if network.degree(z) > 1)
        raw[cand] = (shared, ra, aa)
    best_ra = max(ra for _, ra, _ in raw.values()) or 1.0
    suggestions = []
    for cand, (shared, ra, aa) in raw.items():
        info = data.organisations[cand]
        cand_themes = themes.get(cand, set())
        union = own_themes | cand_themes
        overlap = len(own_themes & cand_themes) / len(union) if union else 0.0
        other_country = bool(info.country and own_country and info.country != own_country)
        new_country = bool(info.country and info.country not in partner_countries | {own_country})
        complement = 0.5 * other_country + 0.5 * new_country
        score = (
            WEIGHT_NEIGHBOURS * ra / best_ra
            + WEIGHT_THEMES * overlap
            + WEIGHT_COMPLEMENT * complement
        )
        shared_labels = sorted(data.organisations[z].label for z in shared)
        theme_labels = sorted(data.labels.get(t, t) for t in own_themes & cand_themes)
        reasons = []
        if shared_labels:
            noun = "shared partner" if len(shared_labels) == 1 else "shared partners"
            reasons.append(f"{len(shared_labels)} {noun}: {_listing(shared_labels)}")
        if theme_labels:
            reasons.append(f"both work on {_listing(theme_labels)}")
        if new_country:
            reasons.append(
                f"based in {data.labels.get(info.country, info.country)},"
                " where none of its partners is yet"
            )
        elif other_country:
            reasons.append(
                f"based in another country ({data.labels.get(info.country, info.country)})"
            )
        suggestions.append(
            Suggestion(
                organisation=cand,
                label=info.label,
                country=info.country,
                score=round(score, 4),
                shared_partners=tuple(shared_labels),
                shared_themes=tuple(theme_labels),
                resource_allocation=round(ra, 6),
                adamic_adar=round(aa, 6),
                reasons=tuple(reasons),
            )
        )
    suggestions.sort(key=lambda s: (-s.score, s.label.casefold(), s.organisation))
    return suggestions[:k]
