"""Typed records: the contract between the pipeline's stages.

A :class:`Notice` is what a reader produced from one input file (normalised text plus
where it came from). A :class:`ProjectRecord` is what the extractor read from one notice:
plain values with the field names of the scoring contract, plus the :class:`Evidence`
(provenance) of every value. A :class:`LinkedRecord` adds identities found by the linker.

Records are frozen and hold no RDF: they can be built, compared and serialised to JSON
without rdflib. Only :mod:`coopkg.graph.triples` turns them into triples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any


def _quick_pickle(cls: type) -> type:
    """Give a frozen slotted dataclass a pickle state that does not call ``fields()``.

    The standard library's ``__setstate__`` for such classes looks the fields up again
    for every object; a build reads each record back from its spool in the graph stage
    (some thirty evidence objects a notice), and that lookup was half of the reading.
    The state is the same list of values, in field order, as the standard one.
    """
    names = tuple(f.name for f in fields(cls))
    setattr_ = object.__setattr__

    def getstate(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def setstate(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=True):
            setattr_(self, name, value)

    cls.__getstate__ = getstate  # type: ignore[attr-defined]
    cls.__setstate__ = setstate  # type: ignore[attr-defined]
    return cls


#: Partner roles, as short codes (the ontology has one concept per code).
ROLES = ("lead", "partner", "associated", "advisory", "observer", "third-party")

#: Project statuses, as short codes.
STATUSES = ("planned", "ongoing", "finished")


@dataclass(frozen=True, slots=True)
class Notice:
    """One input document, read and normalised.

    ``text`` is the normalised text every character offset refers to.
    ``blocks`` are the (start, end) spans of the text's structural blocks (paragraphs,
    headings, list items, table rows) in reading order.
    """

    source: str
    text: str
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    sha256: str = ""
    blocks: tuple[tuple[int, int], ...] = ()
    html_title: str | None = None
    #: The input file's text as read (decoded, before rendering and normalisation), which
    #: provenance offsets index; empty when the notice was made in memory from ``text``.
    file_text: str = ""


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where one extracted value came from.

    ``start``/``end`` are character offsets into :attr:`Notice.text`; ``quote`` is that
    passage. A derived value (inferred, not stated) has ``derived=True`` and points at the
    passage it was inferred from, if any.
    """

    field: str
    value: str
    start: int
    end: int
    quote: str
    rule: str
    confidence: float
    derived: bool = False
    #: The passage in the input file as read (:attr:`Notice.file_text`): offsets and the
    #: verbatim text, markup and entities included. A passage not found in the file has
    #: only ``file_quote`` (the normalised quote); evidence made in memory has none of the
    #: three (its text is its own file).
    file_start: int | None = None
    file_end: int | None = None
    file_quote: str | None = None


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Partner:
    """An organisation taking part in a project, as the notice names it."""

    name: str
    country: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    partner_budget_eur: float | None = None
    city: str | None = None
    address: str | None = None
    vat: str | None = None
    confidence: float = 1.0
    #: Identifiers a structured source states, as ``scheme:value`` (``pic:999993856``,
    #: ``vat:SE202100518201``); organisation resolution treats them as strong keys.
    ids: tuple[str, ...] = ()
    #: NUTS code of the partner's place when the source states it (exports).
    region: str | None = None
    #: The country is read off a place the name holds ("Comune di Trieste": IT), not
    #: written for the partner: a derived value.
    country_derived: bool = False


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Indicator:
    """A quantified result stated in the text ("51 interregional learning events")."""

    label: str
    value: float
    qualifier: str | None = None
    language: str | None = None


@_quick_pickle
@dataclass(frozen=True, slots=True)
class ProjectRecord:
    """What one notice states about one project.

    Field names and meanings follow the gold records (``shared/gold``). A field the text
    does not state is ``None`` (or empty); a field whose value was inferred is listed in
    ``derived``. Dates are ISO dates, money is in euro, ``cofinancing_rate`` is a fraction.
    """

    source: str
    language: str | None = None
    page_language: str | None = None
    title: str | None = None
    acronym: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str | None = None
    programme: str | None = None
    programme_id: str | None = None
    period: str | None = None
    eu_funding_eur: float | None = None
    total_budget_eur: float | None = None
    cofinancing_rate: float | None = None
    partner_count: int | None = None
    partners: tuple[Partner, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    website: str | None = None
    results: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    description: str | None = None
    derived: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    sha256: str = ""
    #: Identifiers of the project a structured source states, as ``scheme:value``
    #: (``cordis:662192``, ``keep:4711``); records sharing one are one project.
    ids: tuple[str, ...] = ()
    #: The kind of source: ``""`` for a notice, the export kind for a row of an export
    #: (``cordis``, ``kohesio-projects``, ``interreg-se``...); precedence between
    #: disagreeing sources ranks it (:mod:`coopkg.link.projects`).
    origin: str = ""

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-ready data, in the shape of the scoring contract."""
        return _jsonable(self)

    def evidence_for(self, name: str) -> tuple[Evidence, ...]:
        """The evidence of one field, in text order."""
        return tuple(sorted((e for e in self.evidence if e.field == name), key=lambda e: e.start))


@dataclass(frozen=True, slots=True)
class RegionLink:
    """A region mention resolved (or not) to a NUTS code."""

    mention: str
    nuts_code: str | None
    level: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """A theme concept assigned to a project, with its score in [0, 1]."""

    theme_id: str
    score: float
    matched: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkedRecord:
    """A record plus the identities the linker found for its parts.

    ``organisation_ids`` runs parallel to ``record.partners``: one organisation key per
    partner. Keys are opaque strings; :mod:`coopkg.graph.identity` turns them into IRIs.
    """

    record: ProjectRecord
    project_id: str
    organisation_ids: tuple[str, ...] = ()
    partner_regions: tuple[str | None, ...] = ()
    regions: tuple[RegionLink, ...] = ()
    programme_id: str | None = None
    period_id: str | None = None
    themes: tuple[ThemeScore, ...] = ()
    notes: tuple[str, ...] = field(default=())
    #: Fields on which this record disagrees with another source of the same project,
    #: split by the precedence: ``current`` - its value is the project's current value;
    #: ``set_aside`` - another source's value is (this one stays as attributed evidence).
    current: tuple[str, ...] = ()
    set_aside: tuple[str, ...] = ()
    #: (partner field, partner index) pairs another source states differently and the
    #: precedence preferred: ``("role", 2)``, ``("partner_budget_eur", 0)`` (the
    #: participation gets the other source's value).
    partners_set_aside: tuple[tuple[str, int], ...] = ()


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value
