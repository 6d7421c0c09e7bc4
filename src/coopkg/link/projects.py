"""Project identity: notices about the same project share one ``project_id``.

Two notices describe the same project when they give the same acronym within the same
programme family (the programme's name across periods, e.g. ``central-europe``), or the
same normalised title. Facts are not merged here: the graph keeps each notice's values with
their provenance; this module lists the facts that disagree as :class:`Conflict`.
It never mints IRIs (``coopkg.graph.identity`` turns keys into IRIs).

**Precedence.** When sources of one project disagree, one value is the project's current
value (:func:`current_value`): the source of the highest kind in :data:`PRECEDENCE` wins
(by default an export - an official registry or list of operations, CORDIS, Kohesio,
keep.eu - over a notice), then the value read with the higher confidence, then the
source whose name sorts first (coopkg knows no reliable publication date of a file, so
"newest" cannot be told). The order is configurable (``precedence``: export kinds such as
``"cordis"``, ``"export"`` for any other export, ``"notice"``). The other values stay in
the graph as attributed evidence.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from coopkg.link.model import Conflict
from coopkg.records import Evidence, ProjectRecord
from coopkg.records.countries import normalise_name

#: Facts compared between notices of one project.
CONFLICT_FIELDS = (
    "title", "acronym", "start_date", "end_date", "programme_id", "eu_funding_eur",
    "total_budget_eur", "cofinancing_rate", "partner_count",
)  # fmt: skip

#: Facts of which a project has one current value when sources disagree. Titles are not
#: among them: notices in several languages give several titles, one per language.
PRECEDENCE_FIELDS = tuple(name for name in CONFLICT_FIELDS if name != "title")

#: Kinds of source, most trusted first: an export kind (``"cordis"``,
#: ``"kohesio-projects"``...), ``"export"`` (any export not named), ``"notice"``.
PRECEDENCE: tuple[str, ...] = ("export", "notice")


def source_rank(record: ProjectRecord, precedence: Sequence[str] = PRECEDENCE) -> int:
    """The rank of a record's kind of source in ``precedence`` (0 = most trusted).

    >>> source_rank(ProjectRecord("a.csv#row=2", origin="cordis"))
    0
    >>> source_rank(ProjectRecord("a.html"), ("cordis", "notice", "export"))
    1
    """
    names = (record.origin, "export") if record.origin else ("notice",)
    for rank, kind in enumerate(precedence):
        if kind in names:
            return rank
    return len(precedence)


def _confidence(record: ProjectRecord, name: str) -> float:
    return max((e.confidence for e in record.evidence if e.field == name), default=0.0)


def for_linking(record: ProjectRecord) -> ProjectRecord:
    """The record as linking needs it: the same facts, and of its evidence only the
    highest confidence of each field (all that :func:`current_value` reads of it).

    A build keeps these while it links and reads the full records back from disk for
    the graph (:class:`coopkg.extraction.cache.RecordSpool`): evidence is most of a
    record's memory, and linking needs all records at once.

    >>> from coopkg.records import Evidence
    >>> r = ProjectRecord("a.txt", acronym="X", evidence=(
    ...     Evidence("acronym", "X", 0, 1, "X", "label", 0.7),
    ...     Evidence("acronym", "X", 9, 10, "X", "title", 0.9)))
    >>> [(e.field, e.confidence) for e in for_linking(r).evidence]
    [('acronym', 0.9)]
    """
    best: dict[str, float] = {}
    for e in record.evidence:
        if e.field not in best or e.confidence > best[e.field]:
            best[e.field] = e.confidence
    return replace(record, evidence=tuple(_bare_evidence(f, c) for f, c in best.items()))


@functools.lru_cache(maxsize=65536)
def _bare_evidence(name: str, confidence: float) -> Evidence:
    """One shared evidence object per (field, confidence): records repeat few of them."""
    return Evidence(name, "", 0, 0, "", "", confidence)


def current_value(
    records: Sequence[ProjectRecord], name: str, precedence: Sequence[str] = PRECEDENCE
) -> tuple[str, tuple[str, ...], str]:
    """(current value, sources stating it, reason) of field ``name`` among ``records``.

    >>> a = ProjectRecord("list.csv#row=2", partner_count=4, origin="kohesio-projects")
    >>> b = ProjectRecord("page.html", partner_count=5)
    >>> current_value([b, a], "partner_count")
    ('4', ('list.csv#row=2',), 'source kind: kohesio-projects before notice')
    """
    stated = [r for r in records if getattr(r, name) is not None]
    best = min(stated, key=lambda r: (source_rank(r, precedence), -_confidence(r, name), r.source))
    value = str(getattr(best, name))
    holders = tuple(sorted(r.source for r in stated if str(getattr(r, name)) == value))
    others = [r for r in stated if str(getattr(r, name)) != value]
    rank = source_rank(best, precedence)
    if all(source_rank(r, precedence) > rank for r in others):
        kind = best.origin or "notice"
        losers = sorted({r.origin or "notice" for r in others})
        return value, holders, f"source kind: {kind} before {', '.join(losers)}"
    if all(_confidence(r, name) < _confidence(best, name) for r in others):
        return value, holders, "higher confidence"
    return value, holders, "first source by name"


def programme_family(record: ProjectRecord) -> str:
    """The programme name family of a record (period left out), or ``""`` if unknown."""
    if record.programme_id:
        try:
            from coopkg.records.vocab import programme_by_id

            concept = programme_by_id(record.programme_id)
        except Exception:  # the vocabulary is optional for identity: fall back to the id
            concept = None
        if concept is not None and concept.period and concept.broader:
            return concept.broader
        return record.programme_id
    return _slug(record.programme or "")


def _slug(text: str) -> str:
    return normalise_name(text).replace(" ", "-")


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def title_key(record: ProjectRecord) -> str | None:
    """``t-<hash>`` of the normalised title, or None without a title."""
    title = normalise_name(record.title or "")
    return f"t-{_short_hash(title)}" if title else None


def project_key(record: ProjectRecord) -> str:
    """A deterministic project key: acronym + programme family, else title, else source.

    >>> project_key(ProjectRecord(source="a", acronym="ClusteriX", programme_id="interreg-ivc"))
    'clusterix--interreg-ivc'
    """
    acronym = _slug(record.acronym or "")
    if acronym:
        family = programme_family(record) or "any"
        return f"{acronym}--{family}"
    if record.ids:  # an export's own project identifier (no acronym given)
        return "id-" + _slug(record.ids[0].replace(":", " "))
    return title_key(record) or f"n-{_short_hash(record.sha256 or record.source)}"


def group_projects(records: Sequence[ProjectRecord]) -> tuple[str, ...]:
    """One project id per record; records sharing an acronym key or a title share one id.

    Records sharing a source identifier (``ProjectRecord.ids``) share one id too; two
    groups holding different identifiers of one scheme (two CORDIS grant numbers) are
    never joined by acronym or title.
    """
    parent = list(range(len(records)))
    schemes: dict[int, dict[str, set[str]]] = {}
    for i, record in enumerate(records):
        for identifier in record.ids:
            scheme = identifier.split(":", 1)[0]
            schemes.setdefault(i, {}).setdefault(scheme, set()).add(identifier)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def conflicting(a: int, b: int) -> bool:
        left, right = schemes.get(a, {}), schemes.get(b, {})
        return any(right.get(s) and not v & right[s] for s, v in left.items())

    first_by: dict[str, int] = {}
    for i, record in enumerate(records):
        # An export row with its own project id is not merged with others by title alone
        # (lists of operations repeat titles such as "Messebeteiligung").
        by_title = None if record.ids else title_key(record)
        for key in (*record.ids, project_key(record), by_title):
            if key is None:
                continue
            if key in first_by:
                a, b = find(first_by[key]), find(i)
                if a != b and (":" in key or not conflicting(a, b)):
                    low, high = min(a, b), max(a, b)
                    parent[high] = low
                    moved = schemes.pop(high, {})
                    for scheme, values in moved.items():
                        schemes.setdefault(low, {}).setdefault(scheme, set()).update(values)
            else:
                first_by[key] = i
    # The id of a group is the key of its first record, so it does not depend on later ones;
    # a group kept apart by its identifier but with a taken key adds that identifier.
    keys: dict[int, str] = {}
    taken: set[str] = set()
    for i in range(len(records)):
        root = find(i)
        if root in keys:
            continue
        key = project_key(records[root])
        if key in taken and records[root].ids:
            key = f"{key}--{_slug(records[root].ids[0].replace(':', ' '))}"
        keys[root] = key
        taken.add(key)
    return tuple(keys[find(i)] for i in range(len(records)))


def find_conflicts(
    records: Sequence[ProjectRecord], ids: Sequence[str], precedence: Sequence[str] = PRECEDENCE
) -> tuple[Conflict, ...]:
    """Facts on which records with the same project id disagree, with the current value."""
    groups: dict[str, list[ProjectRecord]] = defaultdict(list)
    for record, pid in zip(records, ids, strict=True):
        groups[pid].append(record)
    conflicts = []
    for pid, group in groups.items():
        if len(group) < 2:
            continue
        for name in CONFLICT_FIELDS:
            values = {r.source: getattr(r, name) for r in group if getattr(r, name) is not None}
            shown = {str(v) for v in values.values()}
            if name == "title":
                shown = {normalise_name(v) for v in shown}
            if len(shown) > 1:
                current, holders, reason = (
                    current_value(group, name, precedence)
                    if name in PRECEDENCE_FIELDS
                    else ("", (), "all kept (one title per language)")
                )
                conflicts.append(
                    Conflict(
                        pid,
                        name,
                        tuple(str(values[s]) for s in sorted(values)),
                        tuple(sorted(values)),
                        current,
                        holders,
                        reason,
                    )
                )
    return tuple(conflicts)


#: Facts of a participation with one current value when sources disagree: the record's
#: partner field, and its name in ``conflicts.csv`` (``partner_role:<organisation>``).
PARTNER_FIELDS = {"role": "partner_role", "partner_budget_eur": "partner_budget_eur"}


def partner_conflicts(
    records: Sequence[ProjectRecord],
    ids: Sequence[str],
    organisation_ids: Sequence[Sequence[str]],
    precedence: Sequence[str] = PRECEDENCE,
) -> tuple[tuple[Conflict, ...], list[tuple[tuple[str, int], ...]]]:
    """Participations whose role or budget two source files state differently: conflicts,
    and per record the (field, partner index) pairs the precedence set aside.

    The value of the most trusted source (as for :func:`current_value`: kind of source,
    then the partner's confidence, then the source name) is the participation's.
    """
    conflicts = []
    aside: list[set[tuple[str, int]]] = [set() for _ in records]
    for name, label in PARTNER_FIELDS.items():
        stated: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for i, (record, pid, keys) in enumerate(zip(records, ids, organisation_ids, strict=True)):
            for j, (partner, key) in enumerate(zip(record.partners, keys, strict=True)):
                if getattr(partner, name) is not None:
                    stated[(pid, key)].append((i, j))
        for (pid, key), found in sorted(stated.items()):

            def value(item: tuple[int, int], name: str = name) -> object:
                return getattr(records[item[0]].partners[item[1]], name)

            if len({value(item) for item in found}) < 2:
                continue
            if len({records[i].source.split("#")[0] for i, _j in found}) < 2:
                # Rows of one file are one source (a table may list a partner twice in a
                # project, e.g. per phase): not a disagreement between sources.
                continue

            def rank(item: tuple[int, int]) -> tuple[int, float, str]:
                record = records[item[0]]
                partner = record.partners[item[1]]
                return source_rank(record, precedence), -partner.confidence, record.source

            best = min(found, key=rank)
            chosen = value(best)
            others = [item for item in found if value(item) != chosen]
            for i, j in others:
                aside[i].add((name, j))
            first = source_rank(records[best[0]], precedence)
            if all(source_rank(records[i], precedence) > first for i, _j in others):
                losers = sorted({records[i].origin or "notice" for i, _j in others})
                winner = records[best[0]].origin or "notice"
                reason = f"source kind: {winner} before {', '.join(losers)}"
            else:
                reason = "first source by kind, confidence and name"
            listed = sorted((records[i].source, str(value((i, j)))) for i, j in found)
            conflicts.append(
                Conflict(
                    pid,
                    f"{label}:{key}",
                    tuple(v for _s, v in listed),
                    tuple(s for s, _v in listed),
                    str(chosen),
                    tuple(sorted({records[i].source for i, j in found
                                  if value((i, j)) == chosen})),
                    reason,
                )
            )  # fmt: skip
    return tuple(conflicts), [tuple(sorted(a)) for a in aside]


def precedence_marks(
    records: Sequence[ProjectRecord], conflicts: Sequence[Conflict]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(current fields, set-aside fields) of each record, from the conflicts' choices."""
    side: dict[tuple[str, str], bool] = {}
    for c in conflicts:
        for source in c.sources if c.current_sources else ():
            side[(c.field, source)] = source in c.current_sources
    return [
        (
            tuple(n for n in PRECEDENCE_FIELDS if side.get((n, r.source)) is True),
            tuple(n for n in PRECEDENCE_FIELDS if side.get((n, r.source)) is False),
        )
        for r in records
    ]
