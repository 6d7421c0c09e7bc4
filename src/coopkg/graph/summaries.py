"""Per-project and per-organisation summaries: what the saved queries aggregate, worked
out once when a build writes its graph.

A build's store keeps these triples in their own named graph, :data:`SUMMARY_GRAPH`
(``coop:ProjectSummaries`` in ``ontology/coopkg.ttl``; the ``coop:summary...``
properties). They are not part of ``graph.ttl``: they restate what its triples say
(counts, one chosen value per project), so they live and die with the store, which is
dropped and answered from the file when the graph changes.

Every summary is the value the plain form of a saved query computes from the graph's own
triples (``coopkg/store/queries/plain/``), so :class:`SummaryCollector` reads the graph's
N-Triples lines, not records: it is fed each chunk of a build's lines as they are written
(the evidence nodes aside), and writes N-Triples text, without an rdflib term: at 10,000
notices it reads about a million lines and writes 200,000.
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
Per country of an organisation with a participation: ``summaryOrganisations``,
``summaryParticipations`` and ``summaryProjects`` (distinct, over its organisations'
participations).

Groups of projects (pairs of partner countries or regions, period and programme) are
summarised too, from these values (:mod:`coopkg.graph.group_summaries`).

This module writes no graph: it gives N-Triples lines for the writer to load.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from coopkg.graph.group_summaries import SUMMARY_VERSION, GroupCollector
from coopkg.graph.ntext import literal_parts, nt_lines, plain_literal

#: The named graph of a build's store that holds the summaries.
SUMMARY_GRAPH = "https://w3id.org/coopkg/graph/summaries"

_COOP = "https://w3id.org/coopkg/ontology#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = f"^^<{_XSD}integer>"
_TYPE_PROJECT = (
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
    f"<{_COOP}Project> .\n",
)
_PARTICIPATION = f"<{_COOP}Participation> .\n"

# Predicate (N-Triples text) -> short key; only lines with these predicates are kept.
_KEPT: dict[str, str] = {
    f"<{_COOP}{name}>": name
    for name in ("acronym", "title", "programme", "programmeName", "period", "status",
                 "startDate", "endDate", "euFunding", "hasPartner", "leadPartner", "country",
                 "region", "describedBy", "countryCode", "participant", "inProject")
} | {
    "<http://www.w3.org/2004/02/skos/core#prefLabel>": "prefLabel",
    "<http://www.w3.org/2000/01/rdf-schema#label>": "label",
}  # fmt: skip


def _english(language: str) -> bool:
    """``LANGMATCHES(LANG(?l), "en")``."""
    language = language.lower()
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


def _value(term: str) -> tuple[int, Any, str]:
    """A sort key comparing literals by value (dates, decimals), as ``MIN``/``MAX`` do."""
    text, _language, datatype = literal_parts(term)
    try:
        if datatype == _XSD + "date":
            return 0, dt.date.fromisoformat(text), term
        if datatype in (_XSD + "decimal", _XSD + "integer", _XSD + "double"):
            return 0, Decimal(text), term
    except (ValueError, InvalidOperation):
        pass
    return 1, text, term


#: How each kept predicate is aggregated per subject (see :class:`SummaryCollector`).
_SETS = ("programme", "period", "hasPartner", "leadPartner", "country", "region",
         "describedBy", "countryCode", "participant", "inProject")  # fmt: skip
_SMALLEST = ("acronym", "programmeName", "label", "status")
_PAIRS = ("title", "prefLabel")
_BEST = ("startDate", "endDate", "euFunding")
_LARGEST = frozenset({"endDate", "euFunding"})


def _text(term: str) -> tuple[str, str]:
    """(text, language) of a literal term, (IRI, "") of an IRI term."""
    if term.startswith('"'):
        return literal_parts(term)[:2]
    return term[1:-1], ""


def _objects(found: dict[str, str | list[str]], subject: str) -> Sequence[str]:
    """The distinct objects kept for ``subject`` (see ``SummaryCollector.sets``)."""
    objects = found.get(subject)
    if objects is None:
        return ()
    return (objects,) if type(objects) is str else objects


def _first(text: str | None, otherwise: str | None) -> str | None:
    """``text`` unless it is None (an empty text counts)."""
    return otherwise if text is None else text


def _literal(text: str | None) -> str | None:
    """``text`` as a plain literal term (None stays None)."""
    return None if text is None else plain_literal(text)


def _plain(key: str, language: str) -> bool:
    """Whether a text counts first: an English title; an English or untagged label."""
    if key == "title":
        return _english(language)
    return not language or _english(language)


class SummaryCollector:
    """Reads a graph's N-Triples lines chunk by chunk (:meth:`add_lines`), then gives the
    summary triples as N-Triples lines (:meth:`lines`).

    Every summary is a smallest or largest value, or a count of distinct values, so each
    line is folded into its subject's aggregate as it is read (the smallest text so far,
    the distinct partners...) instead of being kept: memory grows with the projects,
    organisations and participations, not with the lines (a project read from several
    notices repeats its facts). IRIs are interned: an organisation's IRI is one string
    however many projects name it.

    >>> p, c = "<https://w3id.org/coopkg/id/project/x>", SummaryCollector()
    >>> acronym = p + ' <https://w3id.org/coopkg/ontology#acronym> "X" .' + chr(10)
    >>> c.add_lines([p + " " + " ".join(_TYPE_PROJECT), acronym])
    >>> [line.split()[1].rsplit("#", 1)[1][:-1] for line in c.lines() if line.startswith(p)][:2]
    ['summaryAcronym', 'summaryCountries']
    """

    def __init__(self) -> None:
        self.projects: set[str] = set()
        self.participations: set[str] = set()
        #: key -> subject -> the smallest text (of a literal, or an IRI without <>).
        self.smallest: dict[str, dict[str, str]] = {k: {} for k in _SMALLEST}
        #: key -> subject -> (smallest English or untagged text, smallest text).
        self.pairs: dict[str, dict[str, tuple[str | None, str]]] = {k: {} for k in _PAIRS}
        #: key -> subject -> the extreme term so far, with its sort key (:func:`_value`).
        self.best: dict[str, dict[str, tuple[int, Any, str]]] = {k: {} for k in _BEST}
        #: key -> subject -> the distinct objects (terms), in the order first read: one
        #: term as it is, several in a list (see :func:`_objects`).
        self.sets: dict[str, dict[str, str | list[str]]] = {k: {} for k in _SETS}

    def add_lines(self, lines: Iterable[str]) -> None:
        """Fold what the summaries need of these N-Triples lines into the aggregates."""
        kept, projects, intern = _KEPT, self.projects, sys.intern
        smallest, pairs, best, sets = self.smallest, self.pairs, self.best, self.sets
        type_p, project_o = _TYPE_PROJECT
        for line in lines:
            s, p, o = line.split(" ", 2)
            key = kept.get(p)
            if key is None:
                if p == type_p:
                    if o == project_o:
                        projects.add(intern(s))
                    elif o == _PARTICIPATION:
                        self.participations.add(intern(s))
                continue
            term = o[:-3]  # without " .\n"
            found = sets.get(key)
            if found is not None:
                objects = found.get(s)
                if objects is None:  # most subjects have one: kept as it is, no list
                    found[intern(s)] = intern(term) if term[0] == "<" else term
                elif type(objects) is str:
                    if objects != term:
                        found[s] = [objects, intern(term) if term[0] == "<" else term]
                elif term not in objects:
                    objects.append(intern(term) if term[0] == "<" else term)
                continue
            found_best = best.get(key)
            if found_best is not None:
                value = _value(term)
                old = found_best.get(s)
                if old is None or (value > old if key in _LARGEST else value < old):
                    found_best[intern(s)] = value
                continue
            if key == "status":
                text = term[1:-1].partition("/status/")[2]
            else:
                text, language = _text(term)
            if key in _PAIRS:
                found_pair = pairs[key]
                plain = text if _plain(key, language) else None
                old_pair = found_pair.get(s)
                if old_pair is None:
                    found_pair[intern(s)] = (plain, text)
                else:
                    least, least_all = old_pair
                    if plain is not None and (least is None or plain < least):
                        least = plain
                    found_pair[s] = (least, min(least_all, text))
                continue
            found_text = smallest[key]
            old_text = found_text.get(s)
            if old_text is None or text < old_text:
                found_text[intern(s)] = text

    def add(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """The same for rdflib triples."""
        self.add_lines(nt_lines(triples))

    def lines(self) -> list[str]:
        """The summary triples, sorted N-Triples lines with their newline."""
        return sorted(set(self.unsorted_lines()))

    def unsorted_lines(self) -> Iterator[str]:
        """The summary triples as N-Triples lines, each once, project by project (a
        build writes them to a file as they come: at 100,000 notices they are two
        million lines, which a sorted list would hold at once)."""
        sets, smallest, pairs, best = self.sets, self.smallest, self.pairs, self.best
        out: list[str] = []
        add = out.append

        def of(key: str, subject: str) -> Sequence[str]:
            return _objects(sets[key], subject)

        def codes(organisation: str) -> list[str]:
            return [c for iri in of("country", organisation) for c in of("countryCode", iri)]

        def least(texts: Iterable[str | None]) -> str | None:
            return min((t for t in texts if t is not None), default=None)

        prop = {name: f" <{_COOP}summary{name}> " for name in (
            "Partners", "LeadPartners", "Countries", "Notices", "Acronym", "Title",
            "Programme", "Period", "Status", "LeadPartner", "LeadCountry", "StartDate",
            "EndDate", "EuFunding", "PartnerCountry", "PartnerRegion", "Projects",
            "LeadProjects", "Organisations", "Participations")}  # fmt: skip
        labels, titles = pairs["prefLabel"], pairs["title"]
        groups = GroupCollector()
        projects_of: dict[str, set[str]] = defaultdict(set)
        leads_of: dict[str, set[str]] = defaultdict(set)
        for project in self.projects:
            partners = set(of("hasPartner", project))
            leads = set(of("leadPartner", project))
            for organisation in partners:
                projects_of[organisation].add(project)
            for organisation in leads & partners:
                leads_of[organisation].add(project)
            for name, count in (
                ("Partners", len(partners)),
                ("LeadPartners", len(leads)),
                ("Countries", len(of("country", project))),
                ("Notices", len(of("describedBy", project))),
            ):
                add(f'{project}{prop[name]}"{count}"{_INTEGER} .\n')
            title = titles.get(project)
            programme = least(labels.get(iri, (None, ""))[0] for iri in of("programme", project))
            if programme is None:
                programme = smallest["programmeName"].get(project)
            lead_labels = [labels[lead] for lead in leads if lead in labels]
            chosen = {
                "Acronym": smallest["acronym"].get(project),
                "Title": None if title is None else _first(*title),
                "Programme": programme,
                "Period": least(smallest["label"].get(iri) for iri in of("period", project)),
                "Status": smallest["status"].get(project),
                "LeadPartner": _first(
                    least(plain for plain, _ in lead_labels),
                    least(text for _, text in lead_labels),
                ),
                "LeadCountry": least(_text(c)[0] for lead in leads for c in codes(lead)),
            }
            for name, text in chosen.items():
                if text is not None:
                    add(f"{project}{prop[name]}{plain_literal(text)} .\n")
            for name, key in (("StartDate", "startDate"), ("EndDate", "endDate"),
                              ("EuFunding", "euFunding")):  # fmt: skip
                found = best[key].get(project)
                if found is not None:
                    add(f"{project}{prop[name]}{found[2]} .\n")
            country_codes = {c for organisation in partners for c in codes(organisation)}
            for code in country_codes:
                add(f"{project}{prop['PartnerCountry']}{code} .\n")
            regions = {
                plain_literal(region_code(iri[1:-1]))
                for organisation in partners
                for iri in of("region", organisation)
            }
            for code in regions:
                add(f"{project}{prop['PartnerRegion']}{code} .\n")
            funding = best["euFunding"].get(project)
            groups.add_project(
                period=_literal(chosen["Period"]),
                programme=_literal(chosen["Programme"]),
                partners=partners,
                country_codes=country_codes,
                region_codes=regions,
                lead_country=_literal(chosen["LeadCountry"]),
                funding=None if funding is None else funding[2],
            )
            yield from out
            out.clear()
        for organisation, projects in projects_of.items():
            led = len(leads_of.get(organisation, ()))
            add(f'{organisation}{prop["Projects"]}"{len(projects)}"{_INTEGER} .\n')
            add(f'{organisation}{prop["LeadProjects"]}"{led}"{_INTEGER} .\n')
        yield from out
        yield from self._country_lines(prop)
        yield from groups.lines()
        # The summaries graph says which summaries it holds (a store without the groups
        # is given the raw query forms).
        yield f'<{SUMMARY_GRAPH}> <{_COOP}summaryVersion> "{SUMMARY_VERSION}"{_INTEGER} .\n'

    def _country_lines(self, prop: dict[str, str]) -> list[str]:
        """Per country (of an organisation taking part): its organisations taking part,
        their participations and the projects these are in (partners-by-country)."""
        participants, in_project = self.sets["participant"], self.sets["inProject"]
        countries = self.sets["country"]
        found: dict[str, tuple[set[str], set[str], set[str]]] = {}
        for participation in self.participations:
            projects = _objects(in_project, participation)
            if not projects:  # no row of partners-by-country
                continue
            for organisation in _objects(participants, participation):
                for country in _objects(countries, organisation):
                    seen = found.setdefault(country, (set(), set(), set()))
                    seen[0].add(organisation)
                    seen[1].add(participation)
                    seen[2].update(projects)
        out = []
        for country, (organisations, participations, projects) in found.items():
            for name, count in (
                ("Organisations", len(organisations)),
                ("Participations", len(participations)),
                ("Projects", len(projects)),
            ):
                out.append(f'{country}{prop[name]}"{count}"{_INTEGER} .\n')
        return out


def summary_lines(triples: Iterable[tuple[Any, Any, Any]]) -> list[str]:
    """The summary triples of a whole graph's rdflib triples, as sorted N-Triples lines."""
    collector = SummaryCollector()
    collector.add(triples)
    return collector.lines()
