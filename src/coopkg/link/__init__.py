"""Linking: from extracted records to identities (organisations, regions, themes, projects).

::

    result = link_records(records, overrides=load_corrections("corrections.toml"))
    result.records        # LinkedRecord per input record, in order
    result.organisations  # one Organisation per resolved organisation
    result.merges         # every organisation merge decision (rule, score, accepted)
    result.conflicts      # facts that disagree between notices of one project

This package reads records and vocabularies only; it writes no triples and mints no IRIs
(``coopkg.graph.identity`` turns its keys into IRIs).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from coopkg.link.corrections import apply_corrections, load_corrections, load_overrides
from coopkg.link.model import (
    AppliedCorrection,
    Conflict,
    Corrections,
    Fix,
    LinkResult,
    MergeDecision,
    Organisation,
    Overrides,
)
from coopkg.link.organisations import (
    FUZZY_THRESHOLD,
    Mention,
    normalise_org_name,
    org_key,
    resolve_organisations,
)
from coopkg.link.projects import (
    PRECEDENCE,
    find_conflicts,
    group_projects,
    partner_conflicts,
    precedence_marks,
    project_key,
)
from coopkg.link.regions import link_region, link_regions, partner_region
from coopkg.link.themes import score_themes, theme_scorer
from coopkg.records import LinkedRecord, Partner, ProjectRecord, RegionLink, ThemeScore

__all__ = [
    "FUZZY_THRESHOLD",
    "AppliedCorrection",
    "Conflict",
    "Corrections",
    "Fix",
    "LinkResult",
    "Mention",
    "MergeDecision",
    "Organisation",
    "Overrides",
    "RecordLinks",
    "apply_corrections",
    "link_records",
    "link_region",
    "link_regions",
    "load_corrections",
    "load_overrides",
    "normalise_org_name",
    "org_key",
    "partner_region",
    "project_key",
    "record_links",
    "resolve_organisations",
    "score_themes",
]


def _period_id(record: ProjectRecord) -> str | None:
    if record.period:
        return record.period.replace(" ", "").replace("–", "-")
    if record.programme_id:
        try:
            from coopkg.records.vocab import programme_by_id

            concept = programme_by_id(record.programme_id)
        except Exception:  # vocabulary missing or broken: the period stays unknown
            return None
        return concept.period if concept else None
    return None


def _theme_scores(vocabulary: object) -> Callable[[ProjectRecord], tuple]:
    """The theme scorer of a vocabulary (the default one when None), compiled once."""
    try:
        return theme_scorer(vocabulary)  # type: ignore[arg-type]
    except FileNotFoundError:  # no themes.ttl yet: link without themes
        return lambda _record: ()


@dataclass(frozen=True, slots=True)
class RecordLinks:
    """What linking finds in one record alone: its partners' regions, its regions and its
    themes (by the default vocabulary). A build finds them where the record is extracted,
    in its workers on all cores, and hands them to :func:`link_records` (``found``),
    instead of the linking process finding them one record after another."""

    partner_regions: tuple[str | None, ...]
    regions: tuple[RegionLink, ...]
    themes: tuple[ThemeScore, ...]


def record_links(record: ProjectRecord) -> RecordLinks:
    """The :class:`RecordLinks` of one record (the default theme vocabulary)."""
    return _record_links(record, _default_theme_scores())


def _record_links(
    record: ProjectRecord, scores: Callable[[ProjectRecord], tuple[ThemeScore, ...]]
) -> RecordLinks:
    return RecordLinks(
        tuple(partner_region(p) for p in record.partners), link_regions(record), scores(record)
    )


@functools.lru_cache(maxsize=1)
def _default_theme_scores() -> Callable[[ProjectRecord], tuple[ThemeScore, ...]]:
    return _theme_scores(None)


def link_records(
    records: Iterable[ProjectRecord],
    *,
    overrides: Overrides | None = None,
    themes: Iterable[object] | None = None,
    organisations: Iterable[tuple[str, Partner]] = (),
    precedence: Sequence[str] = PRECEDENCE,
    found: Sequence[RecordLinks | None] = (),
) -> LinkResult:
    """Link a stream of records: organisations, regions, themes, project ids, conflicts.

    Where sources of one project disagree, ``precedence`` (kinds of source, most trusted
    first; see :mod:`coopkg.link.projects`) decides the current value.

    ``themes`` replaces the theme vocabulary (tests); by default ``coopkg.records.vocab.themes()``.
    ``organisations`` are ``(source, partner)`` pairs listed without a project (export
    beneficiary tables): resolved with the partners, so they merge with them.
    ``found``: :func:`record_links` of the records, in their order, where known already
    (``None`` or missing: found here); not used with a ``themes`` vocabulary of its own.
    """
    items = tuple(records)
    scores = _theme_scores(tuple(themes) if themes is not None else None)
    given: list[RecordLinks | None] = list(found)[: len(items)] if themes is None else []
    given += [None] * (len(items) - len(given))
    parts = [
        known if known is not None else _record_links(record, scores)
        for record, known in zip(items, given, strict=True)
    ]
    mentions: list[Mention] = []
    partner_regions: list[tuple[str | None, ...]] = []
    for record, part in zip(items, parts, strict=True):
        places = part.partner_regions
        partner_regions.append(places)
        for index, (partner, place) in enumerate(zip(record.partners, places, strict=True)):
            mentions.append(
                Mention(
                    name=partner.name,
                    country=_iso(partner.country),
                    aliases=partner.aliases,
                    source=record.source,
                    index=index,
                    region=place,
                    ids=partner.ids,
                    country_derived=partner.country_derived,
                )
            )
    for source, partner in organisations:  # listed without a project (beneficiary tables)
        mentions.append(
            Mention(
                name=partner.name,
                country=_iso(partner.country),
                aliases=partner.aliases,
                source=source,
                region=partner_region(partner),
                ids=partner.ids,
            )
        )
    resolution = resolve_organisations(mentions, overrides=overrides)
    project_ids = group_projects(items)
    conflicts = find_conflicts(items, project_ids, precedence)
    marks = precedence_marks(items, conflicts)
    organisation_ids = []
    cursor = 0
    for record in items:
        organisation_ids.append(resolution.keys[cursor : cursor + len(record.partners)])
        cursor += len(record.partners)
    partners, partners_aside = partner_conflicts(items, project_ids, organisation_ids, precedence)
    linked = []
    for record, part, pid, (current, aside), keys, partner_aside in zip(
        items, parts, project_ids, marks, organisation_ids, partners_aside, strict=True
    ):
        linked.append(
            LinkedRecord(
                record=record,
                project_id=pid,
                organisation_ids=keys,
                partner_regions=part.partner_regions,
                regions=part.regions,
                programme_id=record.programme_id,
                period_id=_period_id(record),
                themes=part.themes,
                current=current,
                set_aside=aside,
                partners_set_aside=partner_aside,
            )
        )
    return LinkResult(
        records=tuple(linked),
        organisations=resolution.organisations,
        merges=resolution.merges,
        conflicts=(*conflicts, *partners),
    )


@functools.lru_cache(maxsize=4096)
def _iso(country: str | None) -> str | None:
    if not country:
        return None
    from coopkg.records.countries import country_code

    return country_code(country)
