"""Per-project and per-organisation summaries: what the saved queries aggregate, worked
out once when a build writes its graph.

A build's store keeps these triples in their own named graph, :data:`SUMMARY_GRAPH`
(``coop:ProjectSummaries`` in ``ontology/coopkg.ttl``; the ``coop:summary...``
properties). They are not part of ``graph.ttl``: they restate what its triples say
(counts, one chosen value per project), so they live and die with the store, which is
dropped and answered from the file when the graph changes.

Every summary is the value the plain form of a saved query computes from the graph's own
triples (``coopkg/store/queries/plain/``), so :class:`SummaryCollector` reads triples, not
records: it is fed each chunk of a build's triples as they are written, and nothing else.
``tests/test_query_summaries.py`` checks, on the seed build and on generated graphs, that
the saved queries reading summaries give exactly the rows of the plain forms.

Per project (every ``coop:Project``):

* ``summaryAcronym``, ``summaryTitle`` (English first), ``summaryProgramme`` (the
  programme's English label, else the name in the notice), ``summaryPeriod``,
  ``summaryStatus``: the smallest value as text, as ``MIN(STR(...))`` gives it;
* ``summaryStartDate`` (earliest), ``summaryEndDate`` (latest), ``summaryEuFunding``
  (largest, the literal as written);
* ``summaryPartners``, ``summaryLeadPartners``, ``summaryCountries``, ``summaryNotices``:
  distinct counts (written even when 0);
* ``summaryLeadPartner`` (a lead partner's name, English or plain first) and
  ``summaryLeadCountry`` (the smallest country code of its lead partners);
* ``summaryPartnerCountry`` / ``summaryPartnerRegion``: each distinct country code /
  region code of its partners (region codes as the saved queries write them).

Per organisation taking part in a project: ``summaryProjects`` and ``summaryLeadProjects``.

This module writes no graph: it gives N-Triples lines for the writer to load.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

#: The named graph of a build's store that holds the summaries. (rdflib is imported only
#: by the functions that make triples: a query on a build's store reads this name without
#: paying rdflib's start-up.)
SUMMARY_GRAPH = "https://w3id.org/coopkg/graph/summaries"


@functools.cache
def _kept() -> dict[Any, str]:
    """Predicate -> short key; only these triples are kept (references to their terms)."""
    from rdflib import RDFS, SKOS

    from coopkg.graph.namespace import COOP

    return {
        COOP.acronym: "acronym",
        COOP.title: "title",
        COOP.programme: "programme",
        COOP.programmeName: "programmeName",
        COOP.period: "period",
        COOP.status: "status",
        COOP.startDate: "startDate",
        COOP.endDate: "endDate",
        COOP.euFunding: "euFunding",
        COOP.hasPartner: "hasPartner",
        COOP.leadPartner: "leadPartner",
        COOP.country: "country",
        COOP.region: "region",
        COOP.describedBy: "describedBy",
        COOP.countryCode: "countryCode",
        SKOS.prefLabel: "prefLabel",
        RDFS.label: "label",
    }


def _english_or_plain(label: Any) -> bool:
    """``LANGMATCHES(LANG(?l), "en") || LANG(?l) = ""``."""
    language = (getattr(label, "language", None) or "").lower()
    return language in ("", "en") or language.startswith("en-")


def _english(label: Any) -> bool:
    """``LANGMATCHES(LANG(?l), "en")``."""
    language = (getattr(label, "language", None) or "").lower()
    return language == "en" or language.startswith("en-")


def region_code(iri: str) -> str:
    """A region's code as the saved queries write it: the NUTS code, or the IRI's last
    segment (cooperation areas).

    >>> region_code("http://data.europa.eu/nuts/code/AT13")
    'AT13'
    >>> region_code("https://w3id.org/coopkg/area/alpine-space")
    'alpine-space'
    """
    if "/nuts/code/" in iri:
        return iri.partition("/code/")[2]
    return iri.rsplit("/", 1)[-1]


def _smallest_text(values: Iterable[Any]) -> str | None:
    texts = [str(v) for v in values]
    return min(texts) if texts else None


def _extreme(values: list[Any], largest: bool) -> Any:
    """The smallest (largest) literal by value, as ``MIN`` (``MAX``) gives it."""
    if not values:
        return None
    pick = max if largest else min
    return pick(values, key=lambda v: (v.toPython(), str(v)))


class SummaryCollector:
    """Reads a graph's triples chunk by chunk (:meth:`add`), then gives the summary
    triples as N-Triples lines (:meth:`lines`).

    >>> from rdflib import RDF, Literal, URIRef
    >>> from coopkg.graph.namespace import COOP
    >>> p = URIRef("https://w3id.org/coopkg/id/project/x")
    >>> c = SummaryCollector()
    >>> c.add([(p, RDF.type, COOP.Project), (p, COOP.acronym, Literal("X"))])
    >>> [line.split()[1].rsplit("#", 1)[1][:-1] for line in c.lines()][:2]
    ['summaryAcronym', 'summaryCountries']
    """

    def __init__(self) -> None:
        self.projects: set[Any] = set()
        self.values: dict[str, dict[Any, list[Any]]] = {
            k: defaultdict(list) for k in _kept().values()
        }

    def add(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Keep what the summaries need of these triples (the rest is skipped)."""
        from rdflib import RDF

        from coopkg.graph.namespace import COOP

        kept, values, projects = _kept(), self.values, self.projects
        rdf_type, project_class = RDF.type, COOP.Project
        for s, p, o in triples:
            key = kept.get(p)
            if key is not None:
                values[key][s].append(o)
            elif p == rdf_type and o == project_class:
                projects.add(s)

    def lines(self) -> list[str]:
        """The summary triples, sorted N-Triples lines with their newline."""
        from coopkg.graph.triples import nt_lines

        return sorted(set(nt_lines(self.triples())))

    def triples(self) -> list[tuple[Any, Any, Any]]:
        """The summary triples (rdflib terms)."""
        from rdflib import XSD, Literal

        from coopkg.graph.namespace import COOP

        v = self.values
        out: list[tuple[Any, Any, Any]] = []
        add = out.append

        def first(key: str, subject: Any) -> list[Any]:
            return v[key].get(subject, [])

        def codes(organisation: Any) -> list[Any]:
            return [c for iri in first("country", organisation) for c in first("countryCode", iri)]

        projects_of: dict[Any, set[Any]] = defaultdict(set)
        leads_of: dict[Any, set[Any]] = defaultdict(set)
        for project in sorted(self.projects):
            partners = set(first("hasPartner", project))
            leads = set(first("leadPartner", project))
            for organisation in partners:
                projects_of[organisation].add(project)
            for organisation in leads & partners:
                leads_of[organisation].add(project)
            counts = {
                COOP.summaryPartners: len(partners),
                COOP.summaryLeadPartners: len(leads),
                COOP.summaryCountries: len(set(first("country", project))),
                COOP.summaryNotices: len(set(first("describedBy", project))),
            }
            for prop, count in counts.items():
                add((project, prop, Literal(count, datatype=XSD.integer)))
            titles = first("title", project)
            english_titles = [t for t in titles if _english(t)]
            programme = _smallest_text(
                label
                for iri in first("programme", project)
                for label in first("prefLabel", iri)
                if _english_or_plain(label)
            )
            if programme is None:
                programme = _smallest_text(first("programmeName", project))
            lead_labels = [label for lead in leads for label in first("prefLabel", lead)]
            lead_english = [label for label in lead_labels if _english_or_plain(label)]
            texts = {
                COOP.summaryAcronym: _smallest_text(first("acronym", project)),
                COOP.summaryTitle: _smallest_text(english_titles or titles),
                COOP.summaryProgramme: programme,
                COOP.summaryPeriod: _smallest_text(
                    label for iri in first("period", project) for label in first("label", iri)
                ),
                COOP.summaryStatus: _smallest_text(
                    str(iri).partition("/status/")[2] for iri in first("status", project)
                ),
                COOP.summaryLeadPartner: _smallest_text(lead_english or lead_labels),
                COOP.summaryLeadCountry: _smallest_text(c for lead in leads for c in codes(lead)),
            }
            for prop, text in texts.items():
                if text is not None:
                    add((project, prop, Literal(text)))
            chosen = {
                COOP.summaryStartDate: _extreme(first("startDate", project), largest=False),
                COOP.summaryEndDate: _extreme(first("endDate", project), largest=True),
                COOP.summaryEuFunding: _extreme(first("euFunding", project), largest=True),
            }
            for prop, value in chosen.items():
                if value is not None:
                    add((project, prop, value))
            for code in {c for organisation in partners for c in codes(organisation)}:
                add((project, COOP.summaryPartnerCountry, code))
            regions = {
                region_code(str(iri))
                for organisation in partners
                for iri in first("region", organisation)
            }
            for code in regions:
                add((project, COOP.summaryPartnerRegion, Literal(code)))
        for organisation, projects in projects_of.items():
            add((organisation, COOP.summaryProjects, Literal(len(projects), datatype=XSD.integer)))
            led = len(leads_of.get(organisation, ()))
            add((organisation, COOP.summaryLeadProjects, Literal(led, datatype=XSD.integer)))
        return out


def summary_lines(triples: Iterable[tuple[Any, Any, Any]]) -> list[str]:
    """The summary triples of a whole graph's triples, as sorted N-Triples lines."""
    collector = SummaryCollector()
    collector.add(triples)
    return collector.lines()
