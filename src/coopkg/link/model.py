"""The linker's output types: resolved organisations, merge decisions, conflicts.

Plain frozen dataclasses, no RDF: :mod:`coopkg.graph.triples` turns them into triples and the
pipeline writes :class:`MergeDecision` rows into the merge report. This module must not
import the resolvers (they import it).
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Overrides:
    """User decisions honoured on every rebuild: pairs of names or organisation keys."""

    same_as: tuple[tuple[str, str], ...] = ()
    not_same_as: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class LinkResult:
    """Everything :func:`coopkg.link.link_records` found."""

    records: tuple[LinkedRecord, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    merges: tuple[MergeDecision, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
