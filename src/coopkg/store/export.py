"""Deterministic exports of a coopkg graph: Turtle, N-Triples, JSON-LD and TriG.

The same graph always gives the same bytes (subjects, predicates and objects sorted;
fixed prefixes; blank nodes, should any appear, canonically relabelled), so exports can
be diffed and checked into version control. Files are written atomically (temporary file
plus ``os.replace``) through :mod:`coopkg.store.atomic`.

TriG puts the triples each notice gave into one named graph, named by the notice IRI:
the project it describes (``coop:describedBy``), that project's participations, theme
assignments, indicators and evidence, the evidence's extraction activity and the notice
itself. Shared nodes (organisations, regions, countries, programmes, themes, periods) and
projects described by several notices stay in the default graph, so the union of the
graphs is exactly the input graph.

Turtle and TriG are written by Oxigraph's serialiser from sorted triples (one block per
subject, one per named graph), N-Triples are sorted lines, JSON-LD is flattened here
(Oxigraph writes expanded JSON-LD without a context, harder to read). A graph file is
read with Oxigraph's parser, not rdflib's.

This module only reads the graph: it must not add, change or mint anything.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopkg.errors import InputError
from coopkg.store.atomic import write_bytes
from coopkg.store.stores import XSD_STRING, Term

if TYPE_CHECKING:  # pragma: no cover - typing only
    import rdflib

COOP = "https://w3id.org/coopkg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: Prefixes used in Turtle, TriG and JSON-LD (only those a file uses are declared).
PREFIXES: tuple[tuple[str, str], ...] = (
    ("coop", COOP),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prov", PROV),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("country", "http://publications.europa.eu/resource/authority/country/"),
    ("language", "http://publications.europa.eu/resource/authority/language/"),
    ("nuts", "http://data.europa.eu/nuts/code/"),
)

#: Accepted format names -> canonical name.
FORMATS = {
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "trig": "trig",
}

# A local name we can write after "prefix:" without escapes.
_SAFE_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")

_Triple = tuple[Term, Term, Term]


def export(graph: rdflib.Graph | str | Path, fmt: str, path: str | Path) -> Path:
    """Write ``graph`` (or a graph file) as ``fmt`` to ``path``, atomically; return the path.

    ``fmt``: ``turtle`` (``ttl``), ``nt``, ``json-ld`` (``jsonld``) or ``trig``.
    """
    canonical = FORMATS.get(fmt.lower())
    if canonical is None:
        raise InputError(str(path), f"unknown export format {fmt!r}; expected {_names()}")
    return write_bytes(Path(path), render(graph, canonical).encode("utf-8"))


def render(graph: rdflib.Graph | str | Path, fmt: str) -> str:
    """The export text (what :func:`export` writes)."""
    triples = _triples(graph)
    renderers = {
        "turtle": to_turtle,
        "nt": to_ntriples,
        "json-ld": to_jsonld,
        "trig": to_trig,
    }
    canonical = FORMATS.get(fmt.lower())
    if canonical is None:
        raise InputError(fmt, f"unknown export format; expected {_names()}")
    return renderers[canonical](triples)


def turtle_bytes(graph: rdflib.Graph) -> bytes:
    """Turtle with a stable order: the same graph always gives the same bytes."""
    return render(graph, "turtle").encode("utf-8")


def _names() -> str:
    return ", ".join(sorted(set(FORMATS.values())))


def _triples(source: rdflib.Graph | str | Path) -> list[_Triple]:
    """Sorted neutral triples; blank nodes (if any) relabelled canonically first."""
    import rdflib
    from rdflib.compare import to_canonical_graph

    from coopkg.store.stores import _from_rdflib

    if isinstance(source, str | Path):
        found = _file_triples(Path(source))
        if found is not None:
            return found
        from coopkg.store.stores import load_graph

        source = load_graph(source)
    graph = source
    if any(isinstance(node, rdflib.BNode) for triple in graph for node in triple):
        graph = to_canonical_graph(graph)
    out = {(_from_rdflib(s), _from_rdflib(p), _from_rdflib(o)) for s, p, o in graph}
    return sorted(out, key=_triple_key)


def _file_triples(path: Path) -> list[_Triple] | None:
    """A graph file's sorted triples by Oxigraph's parser; ``None`` if it has blank nodes."""
    import pyoxigraph as ox

    from coopkg.store.stores import _FORMATS, _from_ox

    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None or not path.is_file() or fmt[1] in ("N_QUADS", "TRIG"):
        return None
    out: set[_Triple] = set()
    try:
        for triple in ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt[1])):
            terms = (triple.subject, triple.predicate, triple.object)
            if any(isinstance(term, ox.BlankNode) for term in terms):
                return None  # rdflib relabels blank nodes canonically
            out.add(tuple(_from_ox(term) for term in terms))  # type: ignore[arg-type]
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(str(path), f"not a readable RDF file: {error}") from error
    return sorted(out, key=_triple_key)


def _triple_key(triple: _Triple) -> tuple[str, str, str]:
    s, p, o = triple
    return (s.nt(), p.nt(), o.nt())


# --- N-Triples ---------------------------------------------------------------------------


def to_ntriples(triples: Iterable[_Triple]) -> str:
    """One sorted N-Triples line per triple."""
    lines = sorted(f"{s.nt()} {p.nt()} {o.nt()} ." for s, p, o in triples)
    return "".join(line + "\n" for line in lines)


# --- Turtle and TriG (Oxigraph's serialiser) ----------------------------------------------


def _compact(iri: str) -> str | None:
    for prefix, namespace in PREFIXES:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if _SAFE_LOCAL.match(local):
                return f"{prefix}:{local}"
    return None


def _serialise(lines: list[str], quads: bool) -> str:
    """Sorted N-Triples / N-Quads lines re-serialised as Turtle / TriG with fixed prefixes."""
    import pyoxigraph as ox

    source, target = (
        (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
        if quads
        else (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)
    )
    data = "".join(lines).encode("utf-8")
    parsed = ox.parse(data, format=source, lenient=True)
    text = ox.serialize(parsed, format=target, prefixes=dict(PREFIXES)).decode("utf-8")
    # Only the prefixes the data uses, in a fixed order (Oxigraph declares all given).
    head, body = [], []
    for line in text.splitlines(keepends=True):
        (head if line.startswith("@prefix ") and not body else body).append(line)
    used = "".join(body)
    kept = [f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES if f"{p}:" in used]
    return "".join(kept) + ("\n" if kept else "") + used


def to_turtle(triples: Iterable[_Triple]) -> str:
    """Sorted Turtle with fixed prefixes (Oxigraph's serialiser, fed sorted triples)."""
    lines = sorted({f"{s.nt()} {p.nt()} {o.nt()} .\n" for s, p, o in triples})
    return _serialise(lines, quads=False)


def notice_graphs(triples: Iterable[_Triple]) -> dict[Term | None, list[_Triple]]:
    """Triples grouped by the notice they came from (``None``: the default graph)."""
    triples = list(triples)
    owners = _owners(triples)
    groups: dict[Term | None, list[_Triple]] = defaultdict(list)
    for triple in triples:
        notices = owners.get(triple[0], set())
        key = next(iter(notices)) if len(notices) == 1 else None
        groups[key].append(triple)
    return dict(groups)


def _owners(triples: list[_Triple]) -> dict[Term, set[Term]]:
    """Which notice(s) each subject belongs to, following the provenance links."""
    owners: dict[Term, set[Term]] = defaultdict(set)
    notices = {s for s, p, o in triples if p.value == RDF_TYPE and o.value == COOP + "Notice"}
    for notice in notices:
        owners[notice].add(notice)
    by_predicate: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
    for s, p, o in triples:
        by_predicate[p.value].append((s, o))
    # Direct links to a notice: the project it describes, its evidence, its extraction.
    for predicate in (COOP + "describedBy", PROV + "wasDerivedFrom", PROV + "used"):
        for s, o in by_predicate[predicate]:
            if o in notices:
                owners[s].add(o)
    # Nodes that exist only as part of a project (or of an evidence item) follow it.
    for predicate in (
        COOP + "hasParticipation",
        COOP + "hasThemeAssignment",
        COOP + "hasIndicator",
        COOP + "hasEvidence",
    ):
        for s, o in by_predicate[predicate]:
            owners[o] |= owners.get(s, set())
    for s, o in by_predicate[COOP + "inProject"]:
        owners[s] |= owners.get(o, set())
    for s, o in by_predicate[PROV + "wasGeneratedBy"]:
        owners[o] |= owners.get(s, set())
    return owners


def to_trig(triples: Iterable[_Triple]) -> str:
    """Sorted TriG: the default graph first, then one named graph per notice."""
    groups = notice_graphs(triples)
    lines = sorted(f"{s.nt()} {p.nt()} {o.nt()} .\n" for s, p, o in groups.get(None, []))
    for name in sorted((g for g in groups if g is not None), key=Term.nt):
        lines.extend(
            sorted(f"{s.nt()} {p.nt()} {o.nt()} {name.nt()} .\n" for s, p, o in groups[name])
        )
    return _serialise(lines, quads=True)


# --- JSON-LD -----------------------------------------------------------------------------


def _jsonld_iri(iri: str, used: set[str]) -> str:
    short = _compact(iri)
    if short is None:
        return iri
    used.add(short.split(":", 1)[0])
    return short


def _jsonld_value(term: Term, used: set[str]) -> dict[str, Any]:
    if term.kind == "uri":
        return {"@id": _jsonld_iri(term.value, used)}
    if term.kind == "bnode":
        return {"@id": f"_:{term.value}"}
    if term.lang:
        return {"@value": term.value, "@language": term.lang}
    if term.datatype and term.datatype != XSD_STRING:
        return {"@value": term.value, "@type": _jsonld_iri(term.datatype, used)}
    return {"@value": term.value}


def to_jsonld(triples: Iterable[_Triple]) -> str:
    """Flattened JSON-LD: one node object per subject, sorted, with a prefix context."""
    used: set[str] = set()
    nodes: dict[Term, dict[str, Any]] = {}
    for s, p, o in sorted(triples, key=_triple_key):
        subject_id = f"_:{s.value}" if s.kind == "bnode" else _jsonld_iri(s.value, used)
        node = nodes.setdefault(s, {"@id": subject_id})
        if p.value == RDF_TYPE and o.kind == "uri":
            node.setdefault("@type", []).append(_jsonld_iri(o.value, used))
        else:
            key = _jsonld_iri(p.value, used)
            node.setdefault(key, []).append(_jsonld_value(o, used))
    graph = [nodes[s] for s in sorted(nodes, key=Term.nt)]
    context = {p: ns for p, ns in PREFIXES if p in used}
    return json.dumps({"@context": context, "@graph": graph}, ensure_ascii=False, indent=1) + "\n"
