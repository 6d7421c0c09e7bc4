"""Summaries of groups of projects: the rows of the saved queries that count projects by a
pair of partner countries or regions, or by period and programme (and lead country),
worked out once when a build writes its graph.

The per-project summaries (:mod:`coopkg.graph.summaries`) spare the saved queries the
joins over the graph, but these three still met every project: at 100,000 notices
country-pairs joined half a million (project, country) rows with themselves (1.4 s of
CPU). A group is a handful of triples, and there are a few hundred groups, so the saved
queries now read finished rows (country-pairs, region-pairs, programme-periods and
funding-by-programme).

Each group is a node in the summaries graph (an IRI under :data:`GROUP_BASE`, named by a
hash of its key: groups are not things of the graph, only rows kept for its queries):

* ``coop:CountryPairGroup`` / ``coop:RegionPairGroup``: ``coop:groupFirst`` and
  ``coop:groupSecond`` (the two codes, the first smaller, as ``FILTER(?a < ?b)`` orders
  them) and ``coop:groupProjects`` (the projects whose partners have both);
* ``coop:ProgrammePeriodGroup``: ``coop:groupPeriod`` and ``coop:groupProgramme`` (each
  absent when a project has none), ``coop:groupProjects`` and ``coop:groupOrganisations``
  (the distinct partners of its projects);
* ``coop:FundingGroup``: the projects with a funding figure by ``coop:groupPeriod``,
  ``coop:groupProgramme`` and ``coop:groupLeadCountry`` (each absent when none),
  ``coop:groupProjects`` and ``coop:groupEuFunding`` (the sum of their figures).

Every value is the term the saved query's plain form would give (checked by
``tests/test_query_summaries.py`` on the seed build and generated graphs). The summaries
graph states that it holds groups with ``coop:summaryVersion`` (:data:`SUMMARY_VERSION`):
a store built before them lacks it and is given the queries' raw forms.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import combinations

from coopkg.graph.ntext import literal_parts

#: Where group nodes are named (under the summaries graph's own IRI).
GROUP_BASE = "https://w3id.org/coopkg/graph/summaries/group/"

#: The summaries' version, stated on the summaries graph's IRI: 2 since groups are written.
SUMMARY_VERSION = 2

_COOP = "https://w3id.org/coopkg/ontology#"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
_STRING = "^^<http://www.w3.org/2001/XMLSchema#string>"


def _simple(term: str) -> bool:
    """Whether an N-Triples term is a simple literal (``"AT"``, or typed xsd:string), the
    only terms ``<`` compares here as SPARQL does (by code point)."""
    return term.startswith('"') and (term.endswith('"') or term.endswith(_STRING))


def _text_key(term: str) -> str:
    """The text of a simple literal term (what ``<`` compares)."""
    return literal_parts(term)[0]


def _node(kind: str, key: Iterable[str | None]) -> str:
    digest = hashlib.sha256(json.dumps([kind, *key]).encode("utf-8")).hexdigest()[:32]
    return f"<{GROUP_BASE}{kind}/{digest}>"


_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class _Funding:
    """Projects with a funding figure, and the sum of the figures as ``SUM`` adds them:
    integers stay integers, a decimal makes the sum decimal (written exactly, as Python's
    ``Decimal`` gives it; the saved query adds 0 so Oxigraph writes it as its ``SUM``
    would). A figure that is not a number makes the sum an error (no sum is written, the
    row's sum is unbound). A build writes decimals only; a double is added as a float."""

    projects: int = 0
    integers: bool = True
    doubles: bool = False
    error: bool = False
    sum: Decimal | float = Decimal(0)

    def add(self, term: str) -> None:
        self.projects += 1
        text, _language, datatype = literal_parts(term)
        try:
            if datatype in (_XSD + "double", _XSD + "float"):
                self.doubles = True
                self.sum = float(self.sum) + float(text)
            elif datatype in (_XSD + "decimal", _XSD + "integer"):
                number = Decimal(text.strip())
                if not number.is_finite() or (datatype == _XSD + "decimal" and "e" in text.lower()):
                    raise InvalidOperation(text)
                self.integers = self.integers and datatype == _XSD + "integer"
                self.sum = self.sum + (float(number) if self.doubles else number)
            else:
                self.error = True
        except (ValueError, InvalidOperation):
            self.error = True

    @property
    def total(self) -> str | None:
        """The sum as an N-Triples literal (None: an error)."""
        if self.error:
            return None
        if self.doubles:
            return f'"{float(self.sum)!r}"^^<{_XSD}double>'
        kind = "integer" if self.integers else "decimal"
        return f'"{self.sum}"^^<{_XSD}{kind}>'


@dataclass
class GroupCollector:
    """Takes each project's chosen values (:meth:`add_project`); gives the group triples
    as N-Triples lines (:meth:`lines`)."""

    country_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    region_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (period term, programme term) -> [projects, distinct partners].
    programme_periods: dict[tuple[str | None, str | None], tuple[list[int], set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: ([0], set()))
    )

    #: (period, programme, lead country) -> [projects with a funding figure, their sum].
    funding: dict[tuple[str | None, str | None, str | None], _Funding] = field(
        default_factory=lambda: defaultdict(_Funding)
    )

    def add_project(
        self,
        *,
        period: str | None,
        programme: str | None,
        partners: Iterable[str],
        country_codes: Iterable[str],
        region_codes: Iterable[str],
        lead_country: str | None = None,
        funding: str | None = None,
    ) -> None:
        """One project: its period, programme and lead partner's country (N-Triples
        terms, None when it has none), its partners (terms), the distinct country and
        region codes of its partners (literal terms) and its funding figure (a term)."""
        count, organisations = self.programme_periods[period, programme]
        count[0] += 1
        organisations.update(partners)
        if funding is not None:
            self.funding[period, programme, lead_country].add(funding)
        for found, codes in (
            (self.country_pairs, country_codes),
            (self.region_pairs, region_codes),
        ):
            simple = sorted((_text_key(c), c) for c in set(codes) if _simple(c))
            for (text1, first), (text2, second) in combinations(simple, 2):
                if text1 < text2:
                    found[first, second] += 1

    def lines(self) -> Iterator[str]:
        """The group triples, each once (the summaries graph adds its version statement)."""
        for kind, pairs in (("CountryPair", self.country_pairs), ("RegionPair", self.region_pairs)):
            for (first, second), projects in pairs.items():
                node = _node(kind, (first, second))
                yield f"{node} {_TYPE} <{_COOP}{kind}Group> .\n"
                yield f"{node} <{_COOP}groupFirst> {first} .\n"
                yield f"{node} <{_COOP}groupSecond> {second} .\n"
                yield f'{node} <{_COOP}groupProjects> "{projects}"{_INTEGER} .\n'
        for (period, programme), (count, organisations) in self.programme_periods.items():
            node = _node("ProgrammePeriod", (period, programme))
            yield f"{node} {_TYPE} <{_COOP}ProgrammePeriodGroup> .\n"
            if period is not None:
                yield f"{node} <{_COOP}groupPeriod> {period} .\n"
            if programme is not None:
                yield f"{node} <{_COOP}groupProgramme> {programme} .\n"
            yield f'{node} <{_COOP}groupProjects> "{count[0]}"{_INTEGER} .\n'
            yield f'{node} <{_COOP}groupOrganisations> "{len(organisations)}"{_INTEGER} .\n'
        for (period, programme, lead), found in self.funding.items():
            node = _node("Funding", (period, programme, lead))
            yield f"{node} {_TYPE} <{_COOP}FundingGroup> .\n"
            for name, term in (("Period", period), ("Programme", programme), ("LeadCountry", lead)):
                if term is not None:
                    yield f"{node} <{_COOP}group{name}> {term} .\n"
            yield f'{node} <{_COOP}groupProjects> "{found.projects}"{_INTEGER} .\n'
            if found.total is not None:
                yield f"{node} <{_COOP}groupEuFunding> {found.total} .\n"
