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

This module writes no graph: it gives N-Triples lines for the writer to load.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from coopkg.graph.ntext import plain_literal

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

_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(["\'\\tbnrf]))')
_CONTROL = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescaped(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code:
        return chr(int(code, 16))
    char = match.group(3)
    return _CONTROL.get(char, char)


def literal_parts(term: str) -> tuple[str, str, str]:
    """(text, language, datatype IRI) of an N-Triples literal; ("", "", "") for an IRI.

    >>> literal_parts('"Caf\\\\u00E9 \\\\"A\\\\""@fr')
    ('Café "A"', 'fr', '')
    >>> literal_parts('"12.50"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    ('12.50', '', 'http://www.w3.org/2001/XMLSchema#decimal')
    """
    if not term.startswith('"'):
        return "", "", ""
    end = term.rindex('"')
    text, tail = term[1:end], term[end + 1 :]
    if "\\" in text:
        text = _UNESCAPE.sub(_unescaped, text)
    if tail.startswith("@"):
        return text, tail[1:], ""
    if tail.startswith("^^<"):
        return text, "", tail[3:-1]
    return text, "", ""


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


def _smallest(texts: Iterable[str]) -> str | None:
    return min(texts, default=None)


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


class SummaryCollector:
    """Reads a graph's N-Triples lines chunk by chunk (:meth:`add_lines`), then gives the
    summary triples as N-Triples lines (:meth:`lines`).

    >>> p, c = "<https://w3id.org/coopkg/id/project/x>", SummaryCollector()
    >>> acronym = p + ' <https://w3id.org/coopkg/ontology#acronym> "X" .' + chr(10)
    >>> c.add_lines([p + " " + " ".join(_TYPE_PROJECT), acronym])
    >>> [line.split()[1].rsplit("#", 1)[1][:-1] for line in c.lines()][:2]
    ['summaryAcronym', 'summaryCountries']
    """

    def __init__(self) -> None:
        self.projects: set[str] = set()
        self.participations: set[str] = set()
        self.values: dict[str, dict[str, list[str]]] = {
            k: defaultdict(list) for k in _KEPT.values()
        }

    def add_lines(self, lines: Iterable[str]) -> None:
        """Keep what the summaries need of these N-Triples lines (the rest is skipped)."""
        kept, values, projects = _KEPT, self.values, self.projects
        type_p, project_o = _TYPE_PROJECT
        for line in lines:
            s, p, o = line.split(" ", 2)
            key = kept.get(p)
            if key is not None:
                values[key][s].append(o[:-3])  # without " .\n"
            elif p == type_p:
                if o == project_o:
                    projects.add(s)
                elif o == _PARTICIPATION:
                    self.participations.add(s)

    def add(self, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """The same for rdflib triples."""
        from coopkg.graph.triples import nt_lines

        self.add_lines(nt_lines(triples))

    def lines(self) -> list[str]:
        """The summary triples, sorted N-Triples lines with their newline."""
        v = self.values
        out: list[str] = []
        add = out.append

        def of(key: str, subject: str) -> list[str]:
            return v[key].get(subject, [])

        def codes(organisation: str) -> list[str]:
            return [c for iri in of("country", organisation) for c in of("countryCode", iri)]

        def texts(terms: Iterable[str]) -> list[tuple[str, str]]:
            return [literal_parts(t)[:2] if t.startswith('"') else (t[1:-1], "") for t in terms]

        prop = {name: f" <{_COOP}summary{name}> " for name in (
            "Partners", "LeadPartners", "Countries", "Notices", "Acronym", "Title",
            "Programme", "Period", "Status", "LeadPartner", "LeadCountry", "StartDate",
            "EndDate", "EuFunding", "PartnerCountry", "PartnerRegion", "Projects",
            "LeadProjects", "Organisations", "Participations")}  # fmt: skip
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
                ("Countries", len(set(of("country", project)))),
                ("Notices", len(set(of("describedBy", project)))),
            ):
                add(f'{project}{prop[name]}"{count}"{_INTEGER} .\n')
            titles = texts(of("title", project))
            english = [text for text, language in titles if _english(language)]
            programme = _smallest(
                text
                for iri in of("programme", project)
                for text, language in texts(of("prefLabel", iri))
                if not language or _english(language)
            )
            if programme is None:
                programme = _smallest(text for text, _ in texts(of("programmeName", project)))
            lead_labels = [label for lead in leads for label in texts(of("prefLabel", lead))]
            lead_english = [
                text for text, language in lead_labels if not language or _english(language)
            ]
            chosen = {
                "Acronym": _smallest(text for text, _ in texts(of("acronym", project))),
                "Title": _smallest(english or [text for text, _ in titles]),
                "Programme": programme,
                "Period": _smallest(
                    text for iri in of("period", project) for text, _ in texts(of("label", iri))
                ),
                "Status": _smallest(
                    iri[1:-1].partition("/status/")[2] for iri in of("status", project)
                ),
                "LeadPartner": _smallest(lead_english or [text for text, _ in lead_labels]),
                "LeadCountry": _smallest(text for lead in leads for text, _ in texts(codes(lead))),
            }
            for name, text in chosen.items():
                if text is not None:
                    add(f"{project}{prop[name]}{plain_literal(text)} .\n")
            for name, key, pick in (
                ("StartDate", "startDate", min),
                ("EndDate", "endDate", max),
                ("EuFunding", "euFunding", max),
            ):
                found = of(key, project)
                if found:
                    add(f"{project}{prop[name]}{pick(found, key=_value)} .\n")
            for code in {c for organisation in partners for c in codes(organisation)}:
                add(f"{project}{prop['PartnerCountry']}{code} .\n")
            regions = {
                region_code(iri[1:-1])
                for organisation in partners
                for iri in of("region", organisation)
            }
            for code in regions:
                add(f"{project}{prop['PartnerRegion']}{plain_literal(code)} .\n")
        for organisation, projects in projects_of.items():
            led = len(leads_of.get(organisation, ()))
            add(f'{organisation}{prop["Projects"]}"{len(projects)}"{_INTEGER} .\n')
            add(f'{organisation}{prop["LeadProjects"]}"{led}"{_INTEGER} .\n')
        out.extend(self._country_lines(prop))
        return sorted(set(out))

    def _country_lines(self, prop: dict[str, str]) -> list[str]:
        """Per country (of an organisation taking part): its organisations taking part,
        their participations and the projects these are in (partners-by-country)."""
        v = self.values
        found: dict[str, tuple[set[str], set[str], set[str]]] = {}
        for participation in self.participations:
            projects = v["inProject"].get(participation, [])
            if not projects:  # no row of partners-by-country
                continue
            for organisation in v["participant"].get(participation, []):
                for country in v["country"].get(organisation, []):
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
