"""The linker's output types: resolved organisations, merge decisions, conflicts.

Plain frozen dataclasses, no RDF: :mod:`coopkg.graph.triples` turns them into triples and the
pipeline writes :class:`MergeDecision` rows into the merge report. This module must not
import the resolvers (they import it).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from coopkg.records import LinkedRecord


@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation, however many names and notices it appears under.

    ``key`` is stable for the same inputs; ``members`` are ``(source, partner index)``
    pairs of the partner mentions resolved to it; ``match_rule`` is the strongest rule
    that merged two of its names (``exact`` when only one name was seen).
    """

    key: str
    name: str
    alt_names: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    acronyms: tuple[str, ...] = ()
    members: tuple[tuple[str, int], ...] = ()
    match_rule: str = "exact"
    #: No notice writes the country: it is read off places in the names (derived).
    country_derived: bool = False


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether two names were judged to be one organisation, by which rule and why."""

    left: str
    right: str
    rule: str
    score: float
    accepted: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    """A project fact on which notices merged into one project disagree."""

    project_id: str
    field: str
    values: tuple[str, ...]
    sources: tuple[str, ...]
    #: The value the precedence chose as current, the sources stating it, and why.
    current: str = ""
    current_sources: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Fix:
    """One ``[[fix]]`` entry of a corrections file: set or remove one fact.

    A project fix sets ``field`` of the records of ``project`` to ``value`` (or removes it).
    With ``partner`` it targets that partner of the project: ``field`` is a partner field
    (``role``, ``country``...), no ``field`` with ``remove`` drops the partner, and ``add``
    adds it (with ``country`` and ``role`` taken from ``partner_fields``). ``entry`` names the
    entry in messages, e.g. ``fix #2 (project "InnoTrax", field "eu_funding_eur")``.
    """

    number: int
    project: str
    field: str | None = None
    value: object = None
    remove: bool = False
    partner: str | None = None
    add: bool = False
    partner_fields: tuple[tuple[str, object], ...] = ()
    note: str = ""

    @property
    def entry(self) -> str:
        parts = [f'project "{self.project}"']
        if self.partner:
            parts.append(f'partner "{self.partner}"')
        if self.field:
            parts.append(f'field "{self.field}"')
        return f"fix #{self.number} ({', '.join(parts)})"


@dataclass(frozen=True, slots=True)
class Corrections:
    """User decisions honoured on every rebuild.

    ``same_as`` / ``not_same_as``: pairs of organisation names or keys; ``fixes``: facts
    set or removed by hand. ``source`` is the file they came from, as written into the
    graph's provenance; ``problems`` are entries that could not be read (one line each).
    """

    same_as: tuple[tuple[str, str], ...] = ()
    not_same_as: tuple[tuple[str, str], ...] = ()
    fixes: tuple[Fix, ...] = ()
    source: str = dataclasses.field(default="", compare=False)
    problems: tuple[str, ...] = ()


#: The former name of :class:`Corrections` (organisation pairs only).
Overrides = Corrections


@dataclass(frozen=True, slots=True)
class AppliedCorrection:
    """A fix as applied to one record: what it changed, from what, and on whose word.

    ``value`` and ``replaced`` are plain text (``None`` when there is no value: a removal,
    or a field the notice did not state). ``field`` is ``partners`` when a partner was
    added or removed.
    """

    source: str
    number: int
    field: str
    value: str | None
    replaced: str | None
    file: str
    note: str = ""
    partner: str | None = None


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Everything :func:`coopkg.link.link_records` found."""

    records: tuple[LinkedRecord, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    merges: tuple[MergeDecision, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
