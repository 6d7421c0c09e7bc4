"""The review queue: the facts of a build that most need a person's look.

::

    from coopkg.views.review import write_review
    result = write_review("output")     # output/review.html and output/review.csv
    result.items[0].snippet             # a [[fix]] table to paste into corrections.toml

Three kinds of item, each with the passage it rests on and a ready-to-paste snippet for
the corrections file (``coopkg build --corrections FILE``):

* ``low-confidence``: an extracted value whose confidence is below the threshold
  (derived values included), unless a correction already set that field;
* ``conflict``: a single-valued fact (dates, amounts, title...) for which the notices of
  one project give different values;
* ``duplicate``: two organisations whose names are close (token-sort ratio at least
  :data:`DUPLICATE_SCORE`, the same numbers in both) in the same country, but were kept
  apart.

The HTML page is self-contained (inline style and script, no network), sortable and
filterable; every value is escaped by the template. This module only reads the graph.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from coopkg.errors import GraphError, QueryError
from coopkg.store import atomic

if TYPE_CHECKING:
    from rdflib import Graph

    from coopkg.link.model import Corrections

#: Facts below this confidence are queued.
DEFAULT_THRESHOLD = 0.6
#: Organisations at least this close (rapidfuzz token-sort ratio, 0-100) are queued.
DUPLICATE_SCORE = 80.0
KINDS = ("low-confidence", "conflict", "duplicate")
CSV_COLUMNS = (
    "kind", "subject", "field", "value", "confidence", "source", "passage", "reason", "snippet",
)  # fmt: skip

_COOP = "https://w3id.org/coopkg/ontology#"
XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
#: Single-valued project property -> record field.
_SINGLE = {
    "title": "title", "acronym": "acronym", "startDate": "start_date", "endDate": "end_date",
    "status": "status", "programme": "programme_id", "period": "period",
    "euFunding": "eu_funding_eur", "totalBudget": "total_budget_eur",
    "cofinancingRate": "cofinancing_rate", "partnerCount": "partner_count",
}  # fmt: skip
_NUMBERS = {"eu_funding_eur", "total_budget_eur", "cofinancing_rate"}
_LISTS = {"countries", "regions", "themes", "results"}
#: Project property of each list field (the snippet repeats the project's whole list).
_LIST_PROPERTIES = {
    "countries": "country", "regions": "regionMention", "themes": "keyword", "results": "result",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One thing for a person to check, with the passage and a corrections snippet."""

    kind: str
    subject: str
    field: str
    value: str
    confidence: float | None
    source: str
    passage: str
    reason: str
    snippet: str

    def row(self) -> list[str]:
        confidence = "" if self.confidence is None else f"{self.confidence:.2f}"
        return [
            self.kind, self.subject, self.field, self.value, confidence, self.source,
            self.passage, self.reason, self.snippet,
        ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """What :func:`write_review` wrote."""

    html: Path
    csv: Path
    items: tuple[ReviewItem, ...]

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for i in self.items if i.kind == kind) for kind in KINDS}


@cache
def _query_text(name: str) -> str:
    return resources.files("coopkg.views").joinpath("queries", f"{name}.rq").read_text("utf-8")


def _open_store(source: Any) -> Any:
    """An Oxigraph store holding ``source`` (a store, an rdflib graph or a graph file).

    The review's queries have OPTIONAL joins over every evidence node, which rdflib's
    engine takes minutes for on a few hundred notices; Oxigraph answers in a second.
    """
    from coopkg.store.stores import OxigraphStore

    if isinstance(source, OxigraphStore):
        return source
    store = OxigraphStore()
    store.load(source)
    return store


def _rows(store: Any, name: str, **params: float) -> list[SimpleNamespace]:
    """A saved review query's rows: each column as text (or None), ``<column>_kind`` too.

    ``params`` bind the query's variables to decimal literals.
    """
    from coopkg.errors import StoreError
    from coopkg.store.stores import Term

    bindings = {k: Term.literal(f"{v:.6f}", XSD_DECIMAL) for k, v in params.items()}
    try:
        result = store.query(_query_text(name), bindings)
        rows = []
        for row in result.rows:
            values = {
                c: (t.value if t is not None else None)
                for c, t in zip(result.columns, row, strict=True)
            }
            kinds = {
                f"{c}_kind": (t.kind if t is not None else None)
                for c, t in zip(result.columns, row, strict=True)
            }
            rows.append(SimpleNamespace(**values, **kinds))
        return rows
    except StoreError as error:
        raise QueryError(f"review query {name!r} failed: {error}") from error


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _toml(value: Any) -> str:
    """A TOML value: strings quoted and escaped (JSON's escapes are valid TOML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _typed(field: str, text: str) -> Any:
    """A value as the corrections file wants it for ``field``."""
    try:
        if field in _NUMBERS:
            return float(text)
        if field == "partner_count":
            return int(float(text))
    except ValueError:
        pass
    return text


def _fix_snippet(project: str, field: str, value: Any, comment: str, note: str = "") -> str:
    from coopkg.link.corrections import PROJECT_FIELDS

    if field not in PROJECT_FIELDS:
        return f"# {field} cannot be corrected in the corrections file yet"
    if field in ("start_date", "end_date") and len(str(value)) == 10:
        shown = str(value)  # a TOML date
    else:
        shown = _toml(value)
    return "\n".join(
        [
            "[[fix]]",
            f"project = {_toml(project)}",
            f"field = {_toml(field)}",
            f"value = {shown}  # {comment}; or: remove = true",
            f"note = {_toml(note)}",
        ]
    )


def _partner_snippet(project: str, partner: str) -> str:
    return "\n".join(
        [
            "[[fix]]",
            f"project = {_toml(project)}",
            f"partner = {_toml(partner)}",
            'remove = true  # if it is not a partner; or field = "role", value = "lead"',
            'note = ""',
        ]
    )


@dataclass
class _Projects:
    names: dict[str, str]  # project IRI -> shown name (acronym, title or IRI)
    handles: dict[str, str]  # project IRI -> what a [[fix]] names it by (unique)
    corrected: dict[str, set[str]]  # project IRI -> corrected record fields


def _projects(graph: Any) -> _Projects:
    acronyms: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, set[str]] = defaultdict(set)
    corrected: dict[str, set[str]] = defaultdict(set)
    iris: set[str] = set()
    for row in _rows(graph, "review-projects"):
        iri = str(row.project)
        iris.add(iri)
        if row.acronym is not None:
            acronyms[iri].add(str(row.acronym))
        if row.title is not None:
            titles[iri].add(str(row.title))
        if row.corrected is not None:
            corrected[iri].add(str(row.corrected))
    owners: dict[str, set[str]] = defaultdict(set)
    for iri in iris:
        for name in acronyms[iri] | titles[iri]:
            owners[name.casefold()].add(iri)
    names: dict[str, str] = {}
    handles: dict[str, str] = {}
    for iri in sorted(iris):
        candidates = sorted(acronyms[iri]) + sorted(titles[iri])
        names[iri] = candidates[0] if candidates else iri.rsplit("/", 1)[-1]
        unique = [c for c in candidates if owners[c.casefold()] == {iri}]
        handles[iri] = unique[0] if unique else iri
    return _Projects(names, handles, corrected)


def _project_lists(graph: Any) -> dict[tuple[str, str], list[str]]:
    """(project IRI, list field) -> the project's values, sorted."""
    fields = {prop: field for field, prop in _LIST_PROPERTIES.items()}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _rows(graph, "review-lists"):
        field = fields[str(row.property).removeprefix(_COOP)]
        value = str(row.value)
        found[(str(row.project), field)].append(
            value.rsplit("/", 1)[-1] if row.value_kind == "uri" else value
        )
    return {key: sorted(values) for key, values in found.items()}


def low_confidence_items(
    graph: Any, projects: _Projects, threshold: float = DEFAULT_THRESHOLD
) -> list[ReviewItem]:
    """Extracted values below ``threshold``, except fields a correction already set."""
    items = []
    lists: dict[tuple[str, str], list[str]] | None = None
    for row in _rows(graph, "review-evidence", threshold=threshold):
        confidence = float(row.confidence)
        project, field = str(row.project), str(row.field)
        if field in projects.corrected.get(project, set()):
            continue
        value = str(row.value)
        derived = _text(row.derived).lower() == "true"
        rule = _text(row.rule)
        reason = f"{'derived' if derived else 'read'} by {rule}, confidence {confidence:.2f}"
        handle = projects.handles[project]
        if field == "partners":
            snippet = _partner_snippet(handle, value)
        elif field in _LISTS:
            lists = _project_lists(graph) if lists is None else lists
            whole = lists.get((project, field), [])
            snippet = _fix_snippet(handle, field, whole, "the whole list, as built")
        else:
            snippet = _fix_snippet(handle, field, _typed(field, value), "as extracted")
        items.append(
            ReviewItem("low-confidence", projects.names[project], field, value, confidence,
                       _text(row.source), _text(row.quote), reason, snippet)
        )  # fmt: skip
    return items


def conflict_items(graph: Any, projects: _Projects) -> list[ReviewItem]:
    """Single-valued facts with more than one value: the notices of a project disagree."""
    values: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in _rows(graph, "review-values"):
        field = _SINGLE[str(row.property).removeprefix(_COOP)]
        value = str(row.value)
        shown = value if row.value_kind == "literal" else value.rsplit("/", 1)[-1]
        if field == "title":
            shown = " ".join(shown.split())
        values[(str(row.project), field)].add(shown)
    disagree = {
        key: found
        for key, found in values.items()
        if len({v.casefold() for v in found} if key[1] == "title" else found) > 1
    }
    if not disagree:
        return []
    passages: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for row in _rows(graph, "review-passages"):
        passages[(str(row.project), str(row.field))].append(
            (_text(row.source), str(row.value), _text(row.quote))
        )
    items = []
    for (project, field), found in sorted(disagree.items()):
        shown = sorted(found)
        evidence = sorted(set(passages.get((project, field), [])))
        items.append(
            ReviewItem(
                "conflict",
                projects.names[project],
                field,
                " | ".join(shown),
                None,
                " | ".join(sorted({s for s, _v, _q in evidence if s})),
                " | ".join(f"{s}: «{q}» ({v})" for s, v, q in evidence),
                f"{len(shown)} different values in the notices of one project",
                _fix_snippet(
                    projects.handles[project], field, _typed(field, shown[0]),
                    "one of: " + ", ".join(shown),
                ),
            )
        )  # fmt: skip
    return items


def duplicate_items(
    graph: Any, *, score: float = DUPLICATE_SCORE, corrections: Corrections | None = None
) -> list[ReviewItem]:
    """Pairs of organisations with close names in one country that were not merged.

    Pairs the corrections file already decides (``same_as`` or ``not_same_as``) are left
    out.
    """
    from rapidfuzz import fuzz, process

    from coopkg.link.organisations import digits_match, normalise_org_name

    names: dict[str, str] = {}
    country: dict[str, str] = {}
    in_notices: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    for row in _rows(graph, "review-organisations"):
        org = str(row.org)
        names[org] = str(row.name)
        country[org] = _text(row.code)
        if row.inNotice is not None:
            in_notices[org].add(str(row.inNotice))
        if row.source is not None:
            sources[org].add(str(row.source))
    decided: set[frozenset[str]] = set()
    if corrections is not None:
        for left, right in (*corrections.same_as, *corrections.not_same_as):
            decided.add(frozenset((normalise_org_name(left), normalise_org_name(right))))
    blocks: dict[str, list[str]] = defaultdict(list)
    for org in sorted(names):
        blocks[country[org]].append(org)
    items = []
    for code, members in sorted(blocks.items()):
        if len(members) < 2:
            continue
        norms = [normalise_org_name(names[o]) for o in members]
        matrix = process.cdist(norms, norms, scorer=fuzz.token_sort_ratio, score_cutoff=score)
        for i, j in zip(*matrix.nonzero(), strict=True):
            if i >= j:
                continue
            a, b = members[i], members[j]
            if frozenset((norms[i], norms[j])) in decided or not digits_match(norms[i], norms[j]):
                continue  # decided by the user, or numbered siblings ("Lyceum 1", "Lyceum 2")
            pair = sorted((names[a], names[b]))
            passage = " / ".join(
                f"{names[o]} (named {', '.join(sorted(in_notices[o])) or names[o]})" for o in (a, b)
            )
            snippet = "\n".join(
                [
                    "[[same_as]]  # the same organisation; [[not_same_as]] if they are two",
                    f"left = {_toml(pair[0])}",
                    f"right = {_toml(pair[1])}",
                ]
            )
            items.append(
                ReviewItem(
                    "duplicate",
                    f"{pair[0]} / {pair[1]}",
                    "organisation",
                    " | ".join(pair),
                    round(float(matrix[i, j]) / 100, 3),
                    " | ".join(sorted(sources[a] | sources[b])),
                    passage,
                    f"names {matrix[i, j]:.0f}% alike in {code or 'no country'}, kept apart",
                    snippet,
                )
            )
    return items


def review_items(
    graph: Any,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    duplicate_score: float = DUPLICATE_SCORE,
    corrections: Corrections | None = None,
) -> list[ReviewItem]:
    """Everything to review in ``graph``: conflicts, then duplicates, then low confidence.

    ``graph`` is an rdflib graph, a graph file or an Oxigraph store. Within a kind, items
    are sorted by subject and field (low-confidence items by confidence first).
    """
    graph = _open_store(graph)
    projects = _projects(graph)
    low = sorted(
        low_confidence_items(graph, projects, threshold),
        key=lambda i: (i.confidence or 0.0, i.subject.casefold(), i.field, i.value),
    )
    conflicts = conflict_items(graph, projects)
    duplicates = sorted(
        duplicate_items(graph, score=duplicate_score, corrections=corrections),
        key=lambda i: (-(i.confidence or 0.0), i.subject.casefold()),
    )
    return [*conflicts, *duplicates, *low]


def review_csv(items: list[ReviewItem]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(item.row())
    return buffer.getvalue()


def review_html(items: list[ReviewItem], *, title: str = "coopkg review queue") -> str:
    """The self-contained HTML page (raises GraphError if it would reach the network)."""
    from coopkg.views.render import _environment, external_references

    counts = {kind: sum(1 for i in items if i.kind == kind) for kind in KINDS}
    html = (
        _environment()
        .get_template("review.html")
        .render(title=title, items=items, kinds=KINDS, counts=counts)
    )
    found = external_references(html)
    if found:
        raise GraphError(f"review page would load from the network: {found[:3]}")
    return html


def write_review(
    build_dir: str | Path = "output",
    *,
    graph: Graph | Path | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    duplicate_score: float = DUPLICATE_SCORE,
    corrections: str | Path | Corrections | None = None,
) -> ReviewResult:
    """Write ``review.html`` and ``review.csv`` for the build in ``build_dir``.

    ``graph`` defaults to ``build_dir/graph.ttl``; ``corrections`` (a file or loaded
    corrections) leaves out organisation pairs it already decides.
    """
    out = Path(build_dir)
    source: Any = graph if graph is not None else out / "graph.ttl"
    rules = corrections
    if isinstance(corrections, str | Path):
        from coopkg.link.corrections import load_corrections

        rules = load_corrections(corrections)
    items = review_items(
        source,
        threshold=threshold,
        duplicate_score=duplicate_score,
        corrections=rules,  # type: ignore[arg-type]
    )
    html = atomic.write_text(out / "review.html", review_html(items))
    table = atomic.write_text(out / "review.csv", review_csv(items))
    return ReviewResult(html, table, tuple(items))
