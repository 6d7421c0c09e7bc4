"""SPARQL over a coopkg graph: saved analyst queries, bound parameters, result formats.

Saved queries are ``.rq`` files shipped in ``coopkg/store/queries/``, loaded by name. Each
starts with comment lines that describe it::

    # description: Where a project's fact comes from
    # param: project (string) the project's acronym or IRI

A saved query may also have a plain form in ``queries/plain/`` (the same question written
the obvious way): Oxigraph joins subqueries by hash, so the saved text puts each pattern in
its own subquery, but rdflib evaluates such joins row by row; the in-memory (rdflib)
store is given the plain form, which gives the same rows (``tests/test_query_plain.py``).

Several saved queries read the per-project summaries a build writes into its store (the
named graph :data:`~coopkg.graph.summaries.SUMMARY_GRAPH`, see
:mod:`coopkg.graph.summaries`). Each has a raw form in ``queries/raw/`` that works the
same values out from the graph's triples (the saved query as it was before summaries):
an Oxigraph store without summaries (loaded from a graph file, or built by an older
coopkg) is given that form; the in-memory store the plain form. All three give the same
rows (``tests/test_query_summaries.py``).

Listings can be long (a row per project): :func:`run_query` shows the first
:data:`DEFAULT_LIMIT` rows and states the total (``limit=None`` shows all);
:func:`query`'s ``max_rows`` cuts an answer and its ``total`` says how many rows there were.

Parameters are bound as RDF terms through the store (rdflib ``initBindings``, Oxigraph
SEP-0007 substitutions), never pasted into the query text. SEP-0007 wants a substituted
variable in the SELECT projection, so saved queries project their parameters and
:func:`query` drops those columns from the result.

:func:`query` returns a :class:`QueryResult` with plain Python values (``str``, ``int``,
``Decimal``, ``float``, ``bool``, ``datetime.date``); :func:`format_result` renders it as a
text table, CSV, TSV, JSON, SPARQL JSON/XML results or (for CONSTRUCT) Turtle/N-Triples.

This module only reads graphs: it must not write triples or mint IRIs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopkg.errors import CoopkgError, InputError, QueryError, QueryUsageError
from coopkg.store.stores import (
    XSD_STRING,
    RawResult,
    Store,
    StoreKind,
    Term,
    open_store,
    wrap_graph,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import rdflib
    import rdflib.query
    import rdflib.term

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = frozenset(
    XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
        "unsignedShort", "unsignedByte",
    )
)  # fmt: skip

#: Parameter types a saved query may declare, and the datatype their values get.
PARAM_TYPES: dict[str, str | None] = {
    "string": XSD_STRING,
    "iri": None,
    "integer": XSD + "integer",
    "decimal": XSD + "decimal",
    "date": XSD + "date",
    "boolean": XSD + "boolean",
}

#: Rows :func:`run_query` (and ``coopkg query``) shows unless told otherwise: a listing of
#: a large build (a row per project) is cut there, with the total stated.
DEFAULT_LIMIT = 1000

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "excel-csv", "tsv", "json", "sparql-json", "xml", "turtle", "nt")

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s*\((\w+)\)\s*(.*)$")
_DESCRIPTION_LINE = re.compile(r"^#\s*description:\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a saved query declares (``# param: name (type) description``)."""

    name: str
    type: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """A named ``.rq`` file from ``coopkg/queries``."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    #: The same question without hash-join subqueries, for rdflib (``None``: use ``text``).
    plain: str | None = None
    #: The same question over the graph's own triples, for an Oxigraph store without the
    #: build's summaries (``None``: ``text`` reads no summaries).
    raw: str | None = None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A query's answer.

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE; then the
    columns are subject, predicate, object). ``rows`` hold plain Python values (``None`` for
    unbound), ``terms`` the RDF terms behind them, ``boolean`` the ASK answer.
    ``truncated`` says the row cap cut the answer short; ``total`` is then the number of
    rows the whole answer has (counted without converting them), else ``len(rows)``.
    """

    kind: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    terms: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    truncated: bool = False
    total: int | None = None


# --- saved queries -----------------------------------------------------------------------


def _parse_header(text: str) -> tuple[str, tuple[Param, ...]]:
    """Description and parameters from a query's leading comment lines."""
    description = ""
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        if match := _DESCRIPTION_LINE.match(stripped):
            description = match.group(1).strip()
        elif match := _PARAM_LINE.match(stripped):
            name, kind, about = match.groups()
            if kind not in PARAM_TYPES:
                raise QueryError(f"parameter {name}: unknown type {kind!r}")
            params.append(Param(name, kind, about.strip()))
    return description, tuple(params)


@lru_cache(maxsize=1)
def saved_queries() -> tuple[SavedQuery, ...]:
    """Every saved query shipped with coopkg, sorted by name."""
    folder = resources.files("coopkg.store").joinpath("queries")
    plain_folder = folder.joinpath("plain")
    raw_folder = folder.joinpath("raw")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            description, params = _parse_header(text)
            plain_entry = plain_folder.joinpath(entry.name)
            plain = plain_entry.read_text(encoding="utf-8") if plain_entry.is_file() else None
            raw_entry = raw_folder.joinpath(entry.name)
            raw = raw_entry.read_text(encoding="utf-8") if raw_entry.is_file() else None
            name = entry.name[: -len(".rq")]
            found.append(SavedQuery(name, description, params, text, plain, raw))
    return tuple(sorted(found, key=lambda q: q.name))


def saved_query(name: str) -> SavedQuery:
    """One saved query by name (``"lead-partners"``)."""
    for candidate in saved_queries():
        if candidate.name == name:
            return candidate
    known = ", ".join(q.name for q in saved_queries())
    raise QueryUsageError(f"no saved query named {name!r}; known: {known}")


def describe_saved_queries() -> str:
    """A listing of the saved queries: name, description, parameters (for ``--list``)."""
    lines = []
    for saved in saved_queries():
        lines.append(f"{saved.name:24} {saved.description}")
        lines.extend(
            f"{'':24}   --param {p.name}=... ({p.type}) {p.description}" for p in saved.params
        )
    return "\n".join(lines)


def _resolve(sparql_or_name: str) -> SavedQuery:
    """The query behind a saved name, an ``.rq`` path or inline text (the last two as a
    :class:`SavedQuery` without plain or raw forms)."""
    candidate = sparql_or_name.strip()
    if _NAME.match(candidate) and any(q.name == candidate for q in saved_queries()):
        return saved_query(candidate)
    if candidate.endswith(".rq") and "\n" not in candidate:
        path = Path(candidate)
        if not path.is_file():
            raise InputError(candidate, "no such query file")
        text = path.read_text(encoding="utf-8")
        return SavedQuery(path.stem, "", _parse_header(text)[1], text)
    if _NAME.match(candidate):
        saved_query(candidate)  # raises with the list of known names
    return SavedQuery("", "", _parse_header(sparql_or_name)[1], sparql_or_name)


def has_summaries(store: Store) -> bool:
    """True when the store holds a build's summaries graph (:mod:`coopkg.graph.summaries`)
    of the version the saved queries read (a store built before the group summaries of
    :mod:`coopkg.graph.group_summaries` lacks them: it is given the raw forms)."""
    from coopkg.graph.group_summaries import SUMMARY_VERSION
    from coopkg.graph.summaries import SUMMARY_GRAPH

    if store.kind != "oxigraph":
        return False
    raw = store.query(
        f"ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> "
        f"<https://w3id.org/coopkg/ontology#summaryVersion> ?version "
        f"FILTER(?version >= {SUMMARY_VERSION}) }} }}"
    )
    return bool(raw.boolean)


def query_form_for(saved: SavedQuery, store: Store) -> str:
    """The text of a saved query to give this store: the plain form to the in-memory
    store, the raw form to an Oxigraph store without summaries, else the saved text."""
    if store.kind == "memory":
        return saved.plain or saved.raw or saved.text
    if saved.raw is not None and not has_summaries(store):
        return saved.raw
    return saved.text


# --- parameters --------------------------------------------------------------------------


def bind_param(value: Any, kind: str = "string") -> Term:
    """A parameter value as an RDF term of the declared type.

    An ``<iri>`` in angle brackets is always an IRI, whatever the declared type.

    >>> bind_param("42", "integer")
    Term(kind='literal', value='42', datatype='http://www.w3.org/2001/XMLSchema#integer', lang=None)
    """
    if isinstance(value, Term):
        return value
    text = str(value).strip() if not isinstance(value, bool) else str(value).lower()
    if text.startswith("<") and text.endswith(">"):
        return Term.iri(text[1:-1])
    if kind == "iri":
        return Term.iri(text)
    try:
        if kind == "integer":
            text = str(int(text))
        elif kind == "decimal":
            text = str(Decimal(text))
        elif kind == "date":
            text = dt.date.fromisoformat(text).isoformat()
        elif kind == "boolean" and text not in ("true", "false"):
            raise ValueError("expected true or false")
    except (ValueError, InvalidOperation) as error:
        raise QueryUsageError(
            f"parameter value {value!r} is not a valid {kind}: {error}"
        ) from error
    return Term.literal(text, PARAM_TYPES.get(kind, XSD_STRING))


def _bindings(
    declared: tuple[Param, ...], params: Mapping[str, Any] | None, sparql: str = ""
) -> dict[str, Term]:
    """Terms for the given parameters; unknown names and missing ones are usage errors.

    A parameter is known when the query declares it (``# param:``) or, for a query that
    declares none, when its text uses it as a variable.
    """
    given = dict(params or {})
    types = {p.name: p.type for p in declared}
    missing = [name for name in types if name not in given]
    if missing:
        raise QueryUsageError(f"missing parameter(s): {', '.join(missing)}")
    if declared:
        unknown = sorted(set(given) - set(types))
    else:
        unknown = sorted(n for n in given if not re.search(rf"[?$]{re.escape(n)}\b", sparql))
    if unknown:
        expected = ", ".join(types) if declared else "variables of the query"
        raise QueryUsageError(f"unknown parameter(s): {', '.join(unknown)} (expected: {expected})")
    return {name: bind_param(value, types.get(name, "string")) for name, value in given.items()}


# --- running -----------------------------------------------------------------------------


def as_store(source: Store | rdflib.Graph | str | Path) -> Store:
    """A store for a store, an rdflib graph (wrapped, not copied) or a graph file."""
    # An rdflib graph can only exist once rdflib is imported: looking it up instead of
    # importing it spares a build-store query rdflib's start-up (0.3 s CPU a process).
    rdflib = sys.modules.get("rdflib")
    if rdflib is not None and isinstance(source, rdflib.Graph):
        return wrap_graph(source)
    if isinstance(source, str | Path):
        from coopkg.store.buildstore import graph_store

        return graph_store(source)  # the build's store when fresh, else the file
    return source


def query(
    graph_or_store: Store | rdflib.Graph | str | Path,
    sparql_or_name: str,
    params: Mapping[str, Any] | None = None,
    *,
    max_rows: int | None = None,
    cancel: threading.Event | None = None,
) -> QueryResult:
    """Run a saved query (by name), an ``.rq`` file or inline SPARQL; return plain values.

    ``params`` bind variables (declared types for saved queries, strings otherwise;
    ``"<iri>"`` for an IRI). ``max_rows`` caps the answer (``truncated`` then says so, and
    ``total`` gives the whole answer's row count); setting ``cancel`` stops reading rows
    and raises :class:`QueryError`.

    >>> import rdflib
    >>> query(rdflib.Graph(), "ASK { ?s ?p ?o }").boolean
    False
    """
    saved = _resolve(sparql_or_name)
    bindings = _bindings(saved.params, params, saved.text)
    store = as_store(graph_or_store)
    try:
        chosen = query_form_for(saved, store)
        return query_text(
            store, chosen, bindings, max_rows=max_rows, cancel=cancel, count_total=True
        )
    except CoopkgError:
        # Oxigraph binds only projected variables: a build's store hands such a query
        # back to the graph file in memory (as before the build's store answered).
        if not bindings or store.kind != "oxigraph" or not isinstance(graph_or_store, str | Path):
            raise
    from coopkg.store.buildstore import build_folder

    memory = open_store("memory")
    memory.load(build_folder(graph_or_store)[0])
    chosen = query_form_for(saved, memory)
    return query_text(memory, chosen, bindings, max_rows=max_rows, cancel=cancel, count_total=True)


def query_text(
    store: Store,
    sparql: str,
    bindings: Mapping[str, Term] | None = None,
    *,
    max_rows: int | None = None,
    cancel: threading.Event | None = None,
    count_total: bool = False,
) -> QueryResult:
    """Run SPARQL text as given (no saved names, no files: what an HTTP endpoint needs).

    Bound variables are dropped from the result's columns. With ``count_total`` the rows
    past ``max_rows`` are counted (``QueryResult.total``); without, reading stops there
    (an endpoint's answer to ``?s ?p ?o`` must not read the whole store).
    """
    bindings = dict(bindings or {})
    try:
        raw = store.query(sparql, bindings)
        return _collect(
            raw,
            drop=frozenset(bindings),
            max_rows=max_rows,
            cancel=cancel,
            count_total=count_total,
        )
    except QueryError:
        raise
    except CoopkgError as error:
        raise QueryError(str(error)) from error


def _collect(
    raw: RawResult,
    *,
    drop: frozenset[str],
    max_rows: int | None,
    cancel: threading.Event | None,
    count_total: bool = False,
) -> QueryResult:
    if raw.kind == "ask":
        return QueryResult("ask", (), (), boolean=raw.boolean)
    if raw.kind == "graph":
        columns: tuple[str, ...] = ("subject", "predicate", "object")
        source: Iterator[tuple[Term | None, ...]] = iter(raw.triples)
        keep = (0, 1, 2)
    else:
        keep = tuple(i for i, name in enumerate(raw.columns) if name not in drop)
        columns = tuple(raw.columns[i] for i in keep)
        source = raw.rows
    terms: list[tuple[Term | None, ...]] = []
    truncated = False
    total = 0
    for row in source:
        if cancel is not None and cancel.is_set():
            raise QueryError("query cancelled")
        if max_rows is not None and len(terms) >= max_rows:
            truncated = True
            if not count_total:
                break
            # Counted, not kept: the total is stated with the cut answer.
            total += 1 + (
                raw.count_rest() if raw.count_rest is not None else sum(1 for _ in source)
            )
            break
        total += 1
        terms.append(tuple(row[i] for i in keep))
    rows = tuple(tuple(to_python(t) for t in row) for row in terms)
    counted = total if count_total or not truncated else None
    return QueryResult(raw.kind, columns, rows, tuple(terms), None, truncated, counted)


def to_python(term: Term | None) -> Any:
    """A term as a plain Python value: IRIs and strings as ``str``, typed literals converted.

    >>> to_python(Term.literal("1687872.00", XSD + "decimal"))
    Decimal('1687872.00')
    """
    if term is None:
        return None
    if term.kind != "literal":
        return term.value if term.kind == "uri" else f"_:{term.value}"
    datatype, value = term.datatype, term.value
    try:
        if datatype in _INTEGER_TYPES:
            return int(value)
        if datatype == XSD + "decimal":
            return Decimal(value)
        if datatype in (XSD + "double", XSD + "float"):
            return float(value)
        if datatype == XSD + "boolean":
            return value.strip() in ("true", "1")
        if datatype == XSD + "date":
            return dt.date.fromisoformat(value)
        if datatype == XSD + "dateTime":
            return dt.datetime.fromisoformat(value)
    except (ValueError, InvalidOperation):
        return value  # an ill-typed literal stays its lexical form
    return value


# --- formats -----------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result: ``table``, ``csv``, ``tsv``, ``json`` (records of plain values),
    ``sparql-json``, ``xml`` (SPARQL 1.1 results formats), ``turtle``/``nt`` (graphs).

    >>> result = QueryResult("select", ("a",), ((1,),), ((Term.literal("1"),),))
    >>> format_result(result, "csv").splitlines()
    ['a', '1']
    """
    renderers = {
        "table": _table,
        "csv": _csv,
        "excel-csv": _excel_csv,
        "tsv": _tsv,
        "json": _json,
        "sparql-json": _sparql_json,
        "xml": _sparql_xml,
        "turtle": _turtle,
        "nt": _ntriples,
    }
    renderer = renderers.get(fmt)
    if renderer is None:
        raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if result.kind == "graph" and fmt in ("table", "csv", "excel-csv", "tsv", "json"):
        renderer = _turtle
    return renderer(result)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


#: Widest column of the text table; longer values end in "…" (the other formats keep all).
TABLE_CELL_LIMIT = 60


def _table(result: QueryResult) -> str:
    """A plain-text table, then "(N rows)".

    The layout is rich's ``box.SIMPLE_HEAD`` table (columns three spaces apart, a rule of
    "─" under the header, cells over :data:`TABLE_CELL_LIMIT` terminal cells cut with "…"),
    written directly: rich took 95 s of CPU to lay out the 10,000 rows of ``notices``,
    this takes well under one. Cell text is shown as it is (no console markup).
    """
    from rich.cells import cell_len, set_cell_size

    if result.kind == "ask":
        return "true" if result.boolean else "false"
    header = [_cell_lines(name, cell_len, set_cell_size) for name in result.columns]
    body = [[_cell_lines(_plain(v), cell_len, set_cell_size) for v in row] for row in result.rows]
    widths = [max((w for _, w in lines), default=0) for lines in header]
    for row in body:
        for i, lines in enumerate(row):
            widest = max((w for _, w in lines), default=0)
            if widest > widths[i]:
                widths[i] = widest
    out: list[str] = []
    _table_row(header, widths, out)
    out.append("─" * (sum(widths) + 3 * max(len(widths) - 1, 0)))
    for row in body:
        _table_row(row, widths, out)
    return "\n".join([*out, _footer(result)])


def _footer(result: QueryResult) -> str:
    """``(N rows)``, or for a cut answer ``(first N of M rows, truncated)``."""
    shown = len(result.rows)
    if result.truncated and result.total is not None:
        return f"(first {shown} of {result.total} rows, truncated)"
    footer = f"({shown} row{'s' if shown != 1 else ''}"
    return footer + (", truncated)" if result.truncated else ")")


def _cell_lines(text: str, cell_len: Any, set_cell_size: Any) -> list[tuple[str, int]]:
    """A cell's lines with their widths in terminal cells, each cut to the column limit.

    A cut line keeps ``TABLE_CELL_LIMIT - 1`` cells and ends in "…", as rich's
    ``overflow="ellipsis"`` does.
    """
    lines = []
    for line in text.split("\n") if text else [""]:
        width = cell_len(line)
        if width > TABLE_CELL_LIMIT:
            line, width = set_cell_size(line, TABLE_CELL_LIMIT - 1) + "…", TABLE_CELL_LIMIT
        lines.append((line, width))
    return lines


def _table_row(cells: list[list[tuple[str, int]]], widths: list[int], out: list[str]) -> None:
    """One table row (several lines when a cell holds line breaks), right spaces trimmed."""
    height = max((len(lines) for lines in cells), default=1)
    for index in range(height):
        parts = []
        for lines, width in zip(cells, widths, strict=True):
            text, used = lines[index] if index < len(lines) else ("", 0)
            parts.append(text + " " * (width - used))
        out.append("   ".join(parts).rstrip())


def _rdflib_term(term: Term) -> rdflib.term.Identifier:
    import rdflib

    if term.kind == "uri":
        return rdflib.URIRef(term.value)
    if term.kind == "bnode":
        return rdflib.BNode(term.value)
    datatype = None if term.lang or term.datatype == XSD_STRING else term.datatype
    return rdflib.Literal(term.value, lang=term.lang, datatype=datatype)


def _rdflib_result(result: QueryResult) -> rdflib.query.Result:
    """The result as an rdflib ``Result``, whatever engine answered, for rdflib's writers."""
    import rdflib
    from rdflib.query import Result

    if result.kind == "ask":
        answer = Result("ASK")
        answer.askAnswer = bool(result.boolean)
        return answer
    answer = Result("SELECT")
    answer.vars = [rdflib.Variable(c) for c in result.columns]
    answer.bindings = [
        {rdflib.Variable(c): _rdflib_term(t) for c, t in zip(result.columns, row, strict=True) if t}
        for row in result.terms
    ]
    return answer


def _serialised(result: QueryResult, fmt: str) -> str:
    """rdflib's SPARQL 1.1 results writer (``json``, ``xml`` or ``csv``)."""
    return _rdflib_result(result).serialize(format=fmt).decode("utf-8")


def _csv(result: QueryResult) -> str:
    # SPARQL 1.1 CSV: lexical forms only, empty for unbound.
    if result.kind == "ask":  # the CSV results format has no boolean: coopkg's own line
        return "boolean\r\n" + ("true" if result.boolean else "false") + "\r\n"
    return _serialised(result, "csv")


#: Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _excel_csv(result: QueryResult) -> str:
    """CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads accents right) and
    text that would start a formula ("=HYPERLINK(...)") prefixed with an apostrophe."""

    def cell(term: Term | None) -> str:
        if term is None:
            return ""
        value = term.value
        numeric = term.kind == "literal" and term.datatype not in (None, XSD_STRING)
        return "'" + value if value.startswith(_FORMULA_START) and not numeric else value

    if result.kind == "ask":
        return "\ufeff" + _csv(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.terms:
        writer.writerow([cell(t) for t in row])
    return "\ufeff" + buffer.getvalue()


def to_dataframe(result: QueryResult | list[dict[str, Any]]) -> Any:
    """A query result, or a table of dicts (an analysis table), as a pandas DataFrame.

    Needs pandas (``pip install coopkg[pandas]``); values are the plain Python values of
    :attr:`QueryResult.rows` (``Decimal``, ``datetime.date``, ``str``...).
    """
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("to_dataframe needs pandas: pip install 'coopkg[pandas]'") from None
    if isinstance(result, QueryResult):
        if result.kind == "ask":
            return pd.DataFrame({"boolean": [result.boolean]})
        return pd.DataFrame(list(result.rows), columns=list(result.columns))
    return pd.DataFrame(list(result))


def _tsv(result: QueryResult) -> str:
    # SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax, header with "?".
    if result.kind == "ask":  # the TSV results format has no boolean: coopkg's own line
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    return _oxigraph_serialised(result, "TSV")


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean})
    records = [
        {c: _json_value(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows
    ]
    return json.dumps(records, ensure_ascii=False, indent=2)


def _sparql_json(result: QueryResult) -> str:
    return _serialised(result, "json")


def _sparql_xml(result: QueryResult) -> str:
    return _oxigraph_serialised(result, "XML")


def _oxigraph_serialised(result: QueryResult, fmt: str) -> str:
    """pyoxigraph's writer (``XML`` or ``TSV``), fed the rows through SPARQL JSON results.

    rdflib has no TSV writer, and its XML writer drops falsy literals (``"false"``,
    ``0``: ``XMLGenerator.characters`` skips them), so these two come from pyoxigraph.
    """
    import pyoxigraph

    answer = pyoxigraph.parse_query_results(
        _serialised(result, "json").encode("utf-8"), pyoxigraph.QueryResultsFormat.JSON
    )
    return answer.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt)).decode("utf-8")


def _ntriples(result: QueryResult) -> str:
    lines = sorted({" ".join(t.nt() for t in row if t is not None) + " ." for row in result.terms})
    return "\n".join(lines) + ("\n" if lines else "")


def _turtle(result: QueryResult) -> str:
    """Sorted Turtle with the ontology's prefixes (``coop:``, ``skos:``...), never ``ns1:``."""
    from coopkg.store.export import to_turtle

    rows = {row for row in result.terms if None not in row}
    triples = sorted(rows, key=lambda t: [x.nt() for x in t if x is not None])
    return to_turtle(triples)  # type: ignore[arg-type]


# --- command line ------------------------------------------------------------------------


def run_query(
    sparql_or_name: str,
    *,
    graph: str | Path = "output/graph.ttl",
    params: Mapping[str, str] | None = None,
    fmt: str = "table",
    store: StoreKind = "memory",
    store_path: str | Path | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> str:
    """What ``coopkg query`` prints: open the store, load the graph, run, format.

    At most ``limit`` rows are shown (``None``: all); a cut table ends with
    ``(first N of M rows, truncated)``, and :func:`limit_note` words the same for the
    other formats (the CLI prints it on standard error).

    By default the build's own store beside ``graph`` answers (when it still matches the
    graph file; see :func:`coopkg.store.buildstore.graph_store`).

    A persistent Oxigraph store (``store_path``) is loaded from ``graph`` only while empty,
    so later runs answer from disk without parsing the graph again.
    """
    return format_result(
        run_query_result(
            sparql_or_name,
            graph=graph,
            params=params,
            store=store,
            store_path=store_path,
            limit=limit,
        ),
        fmt,
    )


def run_query_result(
    sparql_or_name: str,
    *,
    graph: str | Path = "output/graph.ttl",
    params: Mapping[str, str] | None = None,
    store: StoreKind = "memory",
    store_path: str | Path | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> QueryResult:
    """The result :func:`run_query` formats (first ``limit`` rows, the total counted)."""
    if store == "memory" and store_path is None:
        return query(graph, sparql_or_name, params, max_rows=limit)
    opened = open_store(store, store_path)
    if len(opened) == 0 or store_path is None:
        opened.load(graph)
    return query(opened, sparql_or_name, params, max_rows=limit)


def limit_note(result: QueryResult) -> str | None:
    """One line saying a result was cut at the row limit, with its total (else None).

    >>> limit_note(QueryResult("select", ("a",), ((1,),), truncated=True, total=5))
    'showing the first 1 of 5 rows (--limit 0 shows all)'
    """
    if not result.truncated:
        return None
    total = f" of {result.total}" if result.total is not None else ""
    return f"showing the first {len(result.rows)}{total} rows (--limit 0 shows all)"
