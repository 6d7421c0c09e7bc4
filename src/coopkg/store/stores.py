"""Triple stores that answer SPARQL over a coopkg graph: in-memory rdflib or Oxigraph.

:func:`open_store` gives a :class:`Store` with one small interface (``load``, ``query``,
``serialize``, ``len``) over two back ends:

* ``"memory"``: an :class:`rdflib.Graph`; fine for the few thousand triples a handful of
  notices give, and the graph the rest of coopkg already works with;
* ``"oxigraph"``: a :class:`pyoxigraph.Store`, in memory or persistent on disk (``path``);
  a bulk load keeps a 10-million-triple graph out of Python objects.

Answers come back as neutral :class:`Term` values, so callers (``coopkg.store.query``,
``coopkg.store.endpoint``) never care which back end answered. Parameters are bound through the
back end's own mechanism (rdflib ``initBindings``, Oxigraph SEP-0007 ``substitutions``),
never pasted into the query text.

This module must not write to a graph other than through :meth:`Store.load` and must not
know about saved queries, output formats or HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from coopkg.errors import InputError, QueryError, ReadOnlyError, StoreError
from coopkg.graph.ntext import plain_literal

if TYPE_CHECKING:  # pragma: no cover - typing only
    import rdflib

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

StoreKind = Literal["memory", "oxigraph"]
ResultKind = Literal["select", "ask", "graph"]

#: File suffix -> (rdflib format name, pyoxigraph RdfFormat attribute name).
_FORMATS: dict[str, tuple[str, str]] = {
    ".ttl": ("turtle", "TURTLE"),
    ".turtle": ("turtle", "TURTLE"),
    ".nt": ("nt", "N_TRIPLES"),
    ".nq": ("nquads", "N_QUADS"),
    ".trig": ("trig", "TRIG"),
    ".jsonld": ("json-ld", "JSON_LD"),
    ".json": ("json-ld", "JSON_LD"),
    ".rdf": ("xml", "RDF_XML"),
    ".owl": ("xml", "RDF_XML"),
    ".xml": ("xml", "RDF_XML"),
}

#: Names accepted by :meth:`Store.serialize` -> (rdflib format, pyoxigraph RdfFormat name).
_SERIALIZE: dict[str, tuple[str, str]] = {
    "turtle": ("turtle", "TURTLE"),
    "ttl": ("turtle", "TURTLE"),
    "nt": ("nt", "N_TRIPLES"),
    "ntriples": ("nt", "N_TRIPLES"),
    "n-triples": ("nt", "N_TRIPLES"),
}


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term, independent of the library that produced it.

    ``kind`` is ``"uri"``, ``"literal"`` or ``"bnode"``. A literal carries ``datatype``
    (``xsd:string`` for plain literals) or ``lang`` (then ``datatype`` is ``None``).
    """

    kind: Literal["uri", "literal", "bnode"]
    value: str
    datatype: str | None = None
    lang: str | None = None

    def nt(self) -> str:
        """The term in N-Triples syntax (``<iri>``, ``"text"@en``, ``"1.0"^^<...#decimal>``).

        >>> Term.literal('say "hi"', lang="en").nt()
        '"say \\\\"hi\\\\""@en'
        """
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = plain_literal(self.value)
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != XSD_STRING:
            return f"{text}^^<{self.datatype}>"
        return text

    @staticmethod
    def iri(value: str) -> Term:
        """An IRI term."""
        return Term("uri", value)

    @staticmethod
    def literal(value: str, datatype: str | None = None, lang: str | None = None) -> Term:
        """A literal term; plain literals get ``xsd:string``."""
        if lang:
            return Term("literal", value, None, lang.lower())
        return Term("literal", value, datatype or XSD_STRING)


Row = tuple[Term | None, ...]
Triple = tuple[Term, Term, Term]


@dataclass(frozen=True, slots=True)
class RawResult:
    """What a store answered, lazily: rows (SELECT), a boolean (ASK) or triples.

    ``rows`` and ``triples`` are iterators: read them once, and stop early to stop the work
    (Oxigraph evaluates lazily; so does rdflib for queries without ORDER BY/aggregates).
    """

    kind: ResultKind
    columns: tuple[str, ...] = ()
    rows: Iterator[Row] = field(default_factory=lambda: iter(()))
    boolean: bool | None = None
    triples: Iterator[Triple] = field(default_factory=lambda: iter(()))
    #: Counts the rows ``rows`` has not given yet, without converting them (``None``: the
    #: store has no cheaper way than reading ``rows``).
    count_rest: Callable[[], int] | None = None


class Store(Protocol):
    """The interface every store offers."""

    kind: StoreKind

    def load(self, source: str | Path | rdflib.Graph) -> int:
        """Add a file's or a graph's triples; return the store's size afterwards."""
        ...

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> RawResult:
        """Run a read-only SPARQL query with variables bound to terms."""
        ...

    def serialize(self, fmt: str = "turtle") -> bytes:
        """The whole store as Turtle or N-Triples."""
        ...

    def __len__(self) -> int: ...


def open_store(kind: StoreKind = "memory", path: str | Path | None = None) -> Store:
    """Open an empty (or, for a persistent Oxigraph ``path``, existing) store.

    >>> store = open_store("memory")
    >>> len(store)
    0
    """
    if kind == "memory":
        if path is not None:
            raise StoreError("the memory store cannot be persistent: use kind='oxigraph'")
        return MemoryStore()
    if kind == "oxigraph":
        return OxigraphStore(path)
    raise StoreError(f"unknown store kind {kind!r}: expected 'memory' or 'oxigraph'")


def wrap_graph(graph: rdflib.Graph) -> MemoryStore:
    """A memory store over an existing rdflib graph (no copy)."""
    return MemoryStore(graph)


def _suffix_format(path: Path) -> tuple[str, str]:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown RDF file suffix {path.suffix!r}")
    return fmt


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise InputError(str(path), "no such graph file")


# --- read-only guard ---------------------------------------------------------------------

#: What the guard blanks out before looking for keywords: IRIs, strings and comments, so
#: that ``"SERVICE"`` in a literal or ``<http://x/load>`` do not count.
_NOISE = re.compile(
    r"<[^<>\"{}|^`\\\s]*>"  # IRI reference
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # long strings
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n]|\\.)*'"  # short strings
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|#[^\n]*"  # comments
)
# Keywords only: not part of a prefixed name (ex:load), a variable (?select) or a word.
_FORM = re.compile(r"(?<![\w:?$-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)
# "REPLACE(", "COPY(" ... are not keywords; the update verbs never take a parenthesis.
_UPDATE = re.compile(
    r"(?<![\w:?$-])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)(?![\w:-])(?!\s*\()",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.IGNORECASE)


def query_form(sparql: str) -> str:
    """The query's form (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``), checking it is safe.

    Raises :class:`coopkg.errors.QueryError` for SPARQL Update (coopkg's stores are
    read-only through this interface), ``LOAD`` and federated ``SERVICE`` calls (rdflib
    would fetch them over the network).

    >>> query_form("PREFIX ex: <http://ex/> ask { ?s ex:p 'DELETE' }")
    'ASK'
    """
    text = _NOISE.sub(" ", sparql)
    if _SERVICE.search(text):
        raise ReadOnlyError("SERVICE (federated query) is not allowed")
    form = _FORM.search(text)
    update = _UPDATE.search(text)
    if update is not None and (form is None or update.start() < form.start()):
        raise ReadOnlyError(f"updates are not allowed ({update.group(1).upper()}): read-only store")
    if form is None:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form.group(1).upper()


# --- rdflib ------------------------------------------------------------------------------


_RDFLIB_PATCHED = False


def _patch_rdflib_distinct_aggregates() -> None:
    """Let rdflib skip unbound values in DISTINCT aggregates, as SPARQL 1.1 says.

    rdflib 7 raises ``NotBoundError`` for ``GROUP_CONCAT(DISTINCT ?x)`` (and ``SUM``,
    ``MIN``... with DISTINCT) when ``?x`` comes from an OPTIONAL that did not match;
    the same query runs on Oxigraph. Its ``COUNT`` already skips such rows; this gives
    every other aggregate the same rule. Applied once, on the first in-memory query.
    """
    global _RDFLIB_PATCHED
    if _RDFLIB_PATCHED:
        return
    from rdflib.plugins.sparql import aggregates
    from rdflib.plugins.sparql.sparql import NotBoundError

    original = aggregates.Accumulator.use_row

    def use_row(self: Any, row: Any) -> bool:
        try:
            return original(self, row)
        except NotBoundError:
            return False

    aggregates.Accumulator.use_row = use_row  # type: ignore[method-assign]
    _RDFLIB_PATCHED = True


class MemoryStore:
    """An rdflib graph behind the :class:`Store` interface."""

    kind: StoreKind = "memory"

    def __init__(self, graph: rdflib.Graph | None = None) -> None:
        import rdflib

        self.graph = graph if graph is not None else rdflib.Graph()

    def load(self, source: str | Path | rdflib.Graph) -> int:
        import rdflib

        if isinstance(source, rdflib.Graph):
            for triple in source:
                self.graph.add(triple)
            return len(self.graph)
        path = Path(source)
        _check_file(path)
        rdflib_format, _ = _suffix_format(path)
        try:
            if rdflib_format in ("trig", "nquads"):
                # Quads: merge every named graph into this one (queries see one graph).
                dataset = rdflib.Dataset()
                dataset.parse(path, format=rdflib_format)
                for s, p, o, _g in dataset.quads((None, None, None, None)):
                    self.graph.add((s, p, o))
            else:
                self.graph.parse(path, format=rdflib_format)
        except Exception as error:  # rdflib raises many unrelated types on bad syntax
            raise InputError(str(path), f"cannot parse: {error}") from error
        return len(self.graph)

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> RawResult:
        query_form(sparql)
        _patch_rdflib_distinct_aggregates()
        init = {name: _to_rdflib(term) for name, term in (bindings or {}).items()}
        try:
            result = self.graph.query(sparql, initBindings=init)
        except Exception as error:  # pyparsing and evaluation errors have no common base
            raise StoreError(f"SPARQL failed: {error}") from error
        if result.type == "ASK":
            return RawResult("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = result.graph
            triples = (
                (_from_rdflib(s), _from_rdflib(p), _from_rdflib(o))
                for s, p, o in (graph if graph is not None else ())
            )
            return RawResult("graph", triples=triples)  # type: ignore[arg-type]
        columns = tuple(str(v) for v in (result.vars or ()))
        rows = (tuple(_from_rdflib_or_none(row[i]) for i in range(len(columns))) for row in result)
        return RawResult("select", columns, rows)

    def serialize(self, fmt: str = "turtle") -> bytes:
        rdflib_format, _ = _serialize_format(fmt)
        return self.graph.serialize(format=rdflib_format, encoding="utf-8")

    def __len__(self) -> int:
        return len(self.graph)


def _to_rdflib(term: Term) -> Any:
    import rdflib

    if term.kind == "uri":
        return rdflib.URIRef(term.value)
    if term.kind == "bnode":
        return rdflib.BNode(term.value)
    if term.lang:
        return rdflib.Literal(term.value, lang=term.lang)
    datatype = None if term.datatype in (None, XSD_STRING) else rdflib.URIRef(term.datatype)
    return rdflib.Literal(term.value, datatype=datatype)


def _from_rdflib(node: Any) -> Term:
    import rdflib

    if isinstance(node, rdflib.URIRef):
        return Term("uri", str(node))
    if isinstance(node, rdflib.BNode):
        return Term("bnode", str(node))
    if isinstance(node, rdflib.Literal):
        datatype = str(node.datatype) if node.datatype is not None else None
        return Term.literal(str(node), datatype, node.language)
    raise StoreError(f"unexpected RDF node {node!r}")


def _from_rdflib_or_none(node: Any) -> Term | None:
    return None if node is None else _from_rdflib(node)


def _serialize_format(fmt: str) -> tuple[str, str]:
    found = _SERIALIZE.get(fmt.lower())
    if found is None:
        raise StoreError(f"unknown serialization {fmt!r}: expected turtle or nt")
    return found


# --- Oxigraph ----------------------------------------------------------------------------


class OxigraphStore:
    """A pyoxigraph store (in memory, or persistent in the folder ``path``).

    Queries see every named graph as the default graph (``union``), as pushed graphs
    need; a build's store is opened with ``union=False``: its default graph is the
    build's graph, and its summaries graph is read by ``GRAPH`` only.

    The summaries graph of a build (:data:`coopkg.graph.summaries.SUMMARY_GRAPH`) is
    never part of the union: a build's store opened as a folder (``--store oxigraph
    --store-path output/store``) answers as ``coopkg query`` on the build does, its
    summaries restating the graph only for ``GRAPH`` patterns (counted once, not twice).
    """

    kind: StoreKind = "oxigraph"
    union: bool = True

    def __init__(self, path: str | Path | None = None) -> None:
        import pyoxigraph as ox

        self.path = Path(path) if path is not None else None
        try:
            self.store = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        except OSError as error:
            raise StoreError(f"cannot open Oxigraph store at {path}: {error}") from error

    @classmethod
    def read_only(cls, path: str | Path, *, union: bool = True) -> OxigraphStore:
        """An existing persistent store, opened read-only (other processes may read too)."""
        import pyoxigraph as ox

        self = cls.__new__(cls)
        self.path = Path(path)
        self.union = union
        try:
            self.store = ox.Store.read_only(str(self.path))
        except OSError as error:
            raise StoreError(f"cannot open Oxigraph store at {path}: {error}") from error
        return self

    def load(self, source: str | Path | rdflib.Graph) -> int:
        import pyoxigraph as ox
        import rdflib

        try:
            if isinstance(source, rdflib.Graph):
                data = source.serialize(format="nt", encoding="utf-8")
                self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
                return len(self)
            path = Path(source)
            _check_file(path)
            _, ox_format = _suffix_format(path)
            # bulk_load streams the file and writes index files directly: no Python object
            # per triple, which is what lets a 10-million-triple graph load at all.
            self.store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, ox_format))
        except (SyntaxError, ValueError) as error:
            raise InputError(str(source), f"cannot parse: {error}") from error
        except OSError as error:
            raise StoreError(f"cannot load {source}: {error}") from error
        return len(self)

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> RawResult:
        import pyoxigraph as ox

        query_form(sparql)
        substitutions = {ox.Variable(name): _to_ox(term) for name, term in (bindings or {}).items()}
        try:
            result = self.store.query(
                sparql,
                substitutions=substitutions or None,
                # Pushed graphs may sit in named graphs; queries see them all (not in a
                # build's store, whose summaries graph only GRAPH patterns read).
                **self._dataset(),
            )
        except (SyntaxError, RuntimeError, OSError, ValueError) as error:
            raise StoreError(f"SPARQL failed: {error}") from error
        if isinstance(result, ox.QueryBoolean):
            return RawResult("ask", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            triples = (
                (_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in result
            )
            return RawResult("graph", triples=triples)
        columns = tuple(v.value for v in result.variables)
        solutions = iter(result)
        rows = (
            tuple(_from_ox_or_none(solution[i]) for i in range(len(columns)))
            for solution in solutions
        )
        # The rows and the count share one iterator: what the rows have not read is counted
        # without making a term of it (a listing cut at 1,000 rows of 100,000).
        return RawResult("select", columns, _guarded(rows), count_rest=lambda: _counted(solutions))

    def serialize(self, fmt: str = "turtle") -> bytes:
        import pyoxigraph as ox

        _, ox_format = _serialize_format(fmt)
        triples = (q.triple for q in self.store)
        data = ox.serialize(triples, format=getattr(ox.RdfFormat, ox_format))
        return data if isinstance(data, bytes) else b""

    def _dataset(self) -> dict[str, Any]:
        """What a query's default graph is: the store's default graph (``union=False``);
        else every graph but a build's summaries graph."""
        import pyoxigraph as ox

        if not self.union:
            return {}
        summaries = _summary_graph()
        if not self.store.contains_named_graph(summaries):
            return {"use_default_graph_as_union": True}
        others = [g for g in self.store.named_graphs() if g != summaries]
        return {"default_graph": [ox.DefaultGraph(), *others]}

    def __len__(self) -> int:
        # A build's store holds its summaries graph besides: not counted (it is not part
        # of the union), and without the union only the default graph counts.
        if self.union and not self.store.contains_named_graph(_summary_graph()):
            return len(self.store)
        pattern = self.store.quads_for_pattern
        left_out = (g for g in self.store.named_graphs() if not self.union or g == _summary_graph())
        named = sum(1 for g in left_out for _ in pattern(None, None, None, g))
        return len(self.store) - named


def _summary_graph() -> Any:
    import pyoxigraph as ox

    from coopkg.graph.summaries import SUMMARY_GRAPH

    return ox.NamedNode(SUMMARY_GRAPH)


def _counted(solutions: Iterator[Any]) -> int:
    try:
        return sum(1 for _ in solutions)
    except (RuntimeError, OSError, ValueError) as error:
        raise StoreError(f"SPARQL failed: {error}") from error


def _guarded(rows: Iterator[Row]) -> Iterator[Row]:
    """Oxigraph evaluates while we iterate: turn its errors into :class:`StoreError`."""
    try:
        yield from rows
    except (RuntimeError, OSError, ValueError) as error:
        raise StoreError(f"SPARQL failed: {error}") from error


def _to_ox(term: Term) -> Any:
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype or XSD_STRING))


def _from_ox(node: Any) -> Term:
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return Term.literal(node.value, node.datatype.value, node.language)
    raise StoreError(f"unexpected RDF term {node!r}")


def _from_ox_or_none(node: Any) -> Term | None:
    return None if node is None else _from_ox(node)


def load_graph(path: str | Path) -> rdflib.Graph:
    """Parse a graph file (format from the extension) into an rdflib graph."""
    from rdflib import Graph
    from rdflib.util import guess_format

    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as error:  # rdflib raises many types for bad syntax
        raise InputError(str(path), f"not a readable RDF file: {error}") from error
    return graph
