"""What changed between two builds: facts added, removed and changed.

::

    d = diff_graphs("old/graph.ttl", "output")         # graph files or build folders
    d.changed[0]   # Change(kind='project', name='InnoTrax', field='eu_funding_eur',
                   #        old=709596.05, new=1234567.0, ...)
    d.summary()    # '1 changed, 0 added, 0 removed (InnoTrax eu_funding_eur 709596.05 -> ...)'

A *fact* is one value of one field of a project or an organisation, with the record's
field names (``eu_funding_eur``, ``start_date``, ``partners``; a partner's ``role`` and
``partner_budget_eur`` name the partner). Entities are matched by IRI, values compared as
plain values (``709596.05`` and ``709596.050`` are one amount). Evidence, notices and
vocabulary labels are not facts: a rebuild that only moves a passage changes nothing.

Graphs are read with pyoxigraph's parser (fast enough to run on every build); an rdflib
graph is accepted as well. This module only reads graphs.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from coopkg.errors import InputError

_COOP = "https://w3id.org/coopkg/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DCTERMS_LANGUAGE = "http://purl.org/dc/terms/language"

#: Project property -> field name (the record's names; linked values get their own).
PROJECT_FIELDS: dict[str, str] = {
    _COOP + "title": "title",
    _COOP + "acronym": "acronym",
    _COOP + "description": "description",
    _COOP + "startDate": "start_date",
    _COOP + "endDate": "end_date",
    _COOP + "status": "status",
    _COOP + "programmeName": "programme",
    _COOP + "programme": "programme_id",
    _COOP + "period": "period",
    _COOP + "euFunding": "eu_funding_eur",
    _COOP + "totalBudget": "total_budget_eur",
    _COOP + "cofinancingRate": "cofinancing_rate",
    _COOP + "partnerCount": "partner_count",
    _COOP + "website": "website",
    _COOP + "country": "countries",
    _COOP + "regionMention": "regions",
    _COOP + "region": "nuts_regions",
    _COOP + "keyword": "themes",
    _COOP + "theme": "theme_concepts",
    _COOP + "result": "results",
}
#: Participation property -> partner field name.
PARTICIPATION_FIELDS: dict[str, str] = {
    _COOP + "role": "role",
    _COOP + "partnerBudget": "partner_budget_eur",
}
#: Organisation property -> field name.
ORGANISATION_FIELDS: dict[str, str] = {
    _SKOS + "prefLabel": "name",
    _SKOS + "altLabel": "alt_names",
    _COOP + "country": "countries",
    _COOP + "region": "region",
    _COOP + "city": "city",
    _COOP + "address": "address",
    _COOP + "vatNumber": "vat",
}
_HAS_PARTICIPATION = _COOP + "hasParticipation"
_PARTICIPANT = _COOP + "participant"
_COUNTRY_CODE = _COOP + "countryCode"
_CLASSES = {_COOP + "Project": "project", _COOP + "Organisation": "organisation"}
_KEPT = {
    *PROJECT_FIELDS, *PARTICIPATION_FIELDS, *ORGANISATION_FIELDS, _HAS_PARTICIPATION,
    _PARTICIPANT, _COUNTRY_CODE,
}  # fmt: skip

#: A term as plain data: ("uri", iri) or ("literal", lexical, datatype or "", lang or "").
_Term = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """One fact added, removed or changed.

    ``kind`` is ``project`` or ``organisation``; ``name`` its acronym (or title) or its
    preferred name; ``partner`` names the partner for a partner fact (``partners``,
    ``role``, ``partner_budget_eur``). ``old`` is ``None`` for an added fact, ``new`` for a
    removed one.
    """

    kind: str
    name: str
    iri: str
    field: str
    old: Any = None
    new: Any = None
    partner: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {self.kind: self.name, "iri": self.iri, "field": self.field}
        if self.partner is not None:
            data["partner"] = self.partner
        data["old"] = self.old
        data["new"] = self.new
        return data

    def label(self) -> str:
        """``InnoTrax eu_funding_eur`` or ``ClusteriX role of Tillväxtverket``."""
        of = f" of {self.partner}" if self.partner and self.field != "partners" else ""
        return f"{self.name} {self.field}{of}"


@dataclass(frozen=True, slots=True)
class GraphDiff:
    """The facts added, removed and changed from an old graph to a new one."""

    added: tuple[Change, ...] = ()
    removed: tuple[Change, ...] = ()
    changed: tuple[Change, ...] = ()
    entities: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        """``{"added": [...], "removed": [...], "changed": [...]}``, JSON-ready."""
        return {
            "added": [c.to_json() for c in self.added],
            "removed": [c.to_json() for c in self.removed],
            "changed": [c.to_json() for c in self.changed],
        }

    def summary(self, *, examples: int = 3) -> str:
        """One line: counts, then the changes themselves when there are few of them."""
        if not self:
            return "no change"
        counts = (
            f"{len(self.changed)} changed, {len(self.added)} added, {len(self.removed)} removed"
        )
        everything = (*self.changed, *self.added, *self.removed)
        if len(everything) <= examples:
            return f"{counts} ({'; '.join(_example(c) for c in everything)})"
        touched = defaultdict(set)
        for c in everything:
            touched[c.kind].add(c.iri)
        parts = [
            f"{len(touched[k])} {k}{'s' if len(touched[k]) != 1 else ''}" for k in sorted(touched)
        ]
        return f"{counts} facts in {', '.join(parts)}"


def _example(change: Change) -> str:
    if change.old is None:
        return f"{change.label()} + {_shown(change.new)}"
    if change.new is None:
        return f"{change.label()} - {_shown(change.old)}"
    return f"{change.label()} {_shown(change.old)} -> {_shown(change.new)}"


def _shown(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


# --- reading triples ---------------------------------------------------------------------


def _oxigraph_triples(source: Path | bytes) -> Iterator[tuple[str, str, _Term]]:
    import pyoxigraph as ox

    if isinstance(source, bytes):
        quads = ox.parse(source, ox.RdfFormat.TURTLE)
    else:
        fmt = ox.RdfFormat.from_extension(source.suffix.lstrip(".") or "ttl")
        if fmt is None:
            raise InputError(str(source), "not an RDF file (unknown extension)")
        quads = ox.parse(path=source, format=fmt)
    for quad in quads:
        p = quad.predicate.value
        if p != _RDF_TYPE and p not in _KEPT:
            continue
        o = quad.object
        if isinstance(o, ox.Literal):
            term: _Term = ("literal", o.value, o.datatype.value, o.language or "")
        else:
            term = ("uri", o.value)
        yield quad.subject.value, p, term


def _rdflib_triples(graph: Any) -> Iterator[tuple[str, str, _Term]]:
    from rdflib import Literal

    for s, p, o in graph:
        ps = str(p)
        if ps != _RDF_TYPE and ps not in _KEPT:
            continue
        if isinstance(o, Literal):
            datatype = str(o.datatype) if o.datatype else ("" if o.language else _XSD + "string")
            term: _Term = ("literal", str(o), datatype, o.language or "")
        else:
            term = ("uri", str(o))
        yield str(s), ps, term


def graph_path(path: str | Path) -> Path:
    """A graph file, or ``graph.ttl`` in a build folder; InputError when there is none."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise InputError(str(path), "no such graph file (give a graph file or a build folder)")
    return path


def _triples(source: Any) -> Iterator[tuple[str, str, _Term]]:
    if isinstance(source, bytes):
        return _oxigraph_triples(source)
    if isinstance(source, str | Path):
        return _oxigraph_triples(graph_path(source))
    return _rdflib_triples(source)


# --- facts ---------------------------------------------------------------------------------


def _value(term: _Term, codes: dict[str, str]) -> Any:
    """A term as a plain, comparable value."""
    if term[0] == "uri":
        iri = term[1]
        return codes.get(iri) or iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    _kind, lexical, datatype, _lang = term
    try:
        if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            return float(Decimal(lexical))
        if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
            return int(lexical)
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(lexical).isoformat()
    except (InvalidOperation, ValueError):
        pass
    return lexical


@dataclass
class _Facts:
    """Facts by (kind, entity IRI, field, partner IRI or ""), and the names to show."""

    values: dict[tuple[str, str, str, str], set[Any]]
    names: dict[str, str]


def graph_facts(source: Any) -> _Facts:
    """The project and organisation facts of a graph file, build folder, bytes or graph."""
    types: dict[str, str] = {}
    props: dict[str, list[tuple[str, _Term]]] = defaultdict(list)
    codes: dict[str, str] = {}
    for s, p, o in _triples(source):
        if p == _RDF_TYPE:
            kind = _CLASSES.get(o[1])
            if kind:
                types[s] = kind
        elif p == _COUNTRY_CODE:
            codes[s] = o[1]
        else:
            props[s].append((p, o))
    names: dict[str, str] = {}
    for iri, kind in types.items():
        if kind == "organisation":
            labels = sorted(o[1] for p, o in props[iri] if p == _SKOS + "prefLabel")
        else:
            labels = sorted(o[1] for p, o in props[iri] if p == _COOP + "acronym") or sorted(
                o[1] for p, o in props[iri] if p == _COOP + "title"
            )
        names[iri] = labels[0] if labels else iri.rstrip("/").rsplit("/", 1)[-1]
    values: dict[tuple[str, str, str, str], set[Any]] = defaultdict(set)
    for iri, kind in types.items():
        table = PROJECT_FIELDS if kind == "project" else ORGANISATION_FIELDS
        for p, o in props[iri]:
            if p in table:
                values[(kind, iri, table[p], "")].add(_value(o, codes))
            elif p == _HAS_PARTICIPATION and kind == "project":
                part = props.get(o[1], [])
                org = next((t[1] for q, t in part if q == _PARTICIPANT), None)
                if org is None:
                    continue
                values[(kind, iri, "partners", org)].add(names.get(org, org))
                for q, t in part:
                    if q in PARTICIPATION_FIELDS:
                        values[(kind, iri, PARTICIPATION_FIELDS[q], org)].add(_value(t, codes))
    return _Facts(dict(values), names)


def _sort_key(value: Any) -> tuple[str, str]:
    return (type(value).__name__, str(value))


def diff_facts(old: _Facts, new: _Facts) -> GraphDiff:
    """The facts added, removed and changed from ``old`` to ``new``."""
    added: list[Change] = []
    removed: list[Change] = []
    changed: list[Change] = []

    def name(iri: str) -> str:
        return new.names.get(iri) or old.names.get(iri) or iri

    for key in sorted(set(old.values) | set(new.values)):
        kind, iri, field_name, partner_iri = key
        before = old.values.get(key, set())
        after = new.values.get(key, set())
        if before == after:
            continue
        gone = sorted(before - after, key=_sort_key)
        came = sorted(after - before, key=_sort_key)
        partner = name(partner_iri) if partner_iri else None

        def change(old_value: Any, new_value: Any) -> Change:
            return Change(kind, name(iri), iri, field_name, old_value, new_value, partner)  # noqa: B023

        if len(gone) == 1 and len(came) == 1 and field_name != "partners":
            changed.append(change(gone[0], came[0]))
            continue
        removed.extend(change(v, None) for v in gone)
        added.extend(change(None, v) for v in came)

    def order(c: Change) -> tuple[str, ...]:
        return (c.kind, c.name.casefold(), c.iri, c.field, c.partner or "")

    return GraphDiff(
        added=tuple(sorted(added, key=order)),
        removed=tuple(sorted(removed, key=order)),
        changed=tuple(sorted(changed, key=order)),
    )


def diff_graphs(old: Any, new: Any) -> GraphDiff:
    """What changed from ``old`` to ``new``: graph files, build folders or rdflib graphs.

    Raises :class:`InputError` naming a file that is missing or not readable RDF.
    """
    return diff_facts(_read_facts(old), _read_facts(new))


def _read_facts(source: Any) -> _Facts:
    try:
        return graph_facts(source)
    except (SyntaxError, ValueError, OSError) as error:
        shown = str(source) if isinstance(source, str | Path) else "graph"
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(shown, f"not a readable RDF graph: {reason}") from error


def changes_since(previous: str | Path, new_turtle: bytes) -> str:
    """One line saying what changed since the graph at ``previous`` (never raises).

    Used by every build on the ``graph.ttl`` it is about to replace: identical bytes
    need no parsing at all.
    """
    path = Path(previous)
    if not path.is_file():
        return "first build in this folder"
    try:
        if path.read_bytes() == new_turtle:
            return "no change since the previous build"
        found = diff_facts(graph_facts(path), graph_facts(new_turtle))
    except Exception as error:  # a broken old graph must not break the build
        return f"the previous graph could not be compared ({type(error).__name__})"
    if not found:
        return "no change in facts since the previous build"
    return f"since the previous build: {found.summary()}"


def format_diff(found: GraphDiff, fmt: str = "table") -> str:
    """The diff as ``json`` (``added``, ``removed``, ``changed``) or a ``table``."""
    import json

    if fmt == "json":
        return json.dumps(found.to_json(), ensure_ascii=False, indent=2) + "\n"
    if not found:
        return "no change\n"
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table("change", "kind", "name", "field", "partner", "old", "new")
    for what, items in (
        ("changed", found.changed),
        ("added", found.added),
        ("removed", found.removed),
    ):
        for c in items:
            table.add_row(
                what, c.kind, c.name, c.field, c.partner or "", _shown(c.old), _shown(c.new)
            )
    console = Console(record=True, width=200, file=io.StringIO())
    console.print(table)
    console.print(found.summary())
    return console.export_text()


def iter_changes(found: GraphDiff) -> Iterable[tuple[str, Change]]:
    """Every change with its kind of change (``changed``, ``added``, ``removed``)."""
    for what in ("changed", "added", "removed"):
        for change in getattr(found, what):
            yield what, change
