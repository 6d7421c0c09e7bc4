"""coopkg: a knowledge-graph builder for EU cooperation projects.

The public API, small on purpose::

    import coopkg
    result = coopkg.build(["seeds"], "output")         # files -> output/graph.ttl
    records = coopkg.extract(["seeds/clusterix_en.txt"])  # typed records, no RDF
    graph = coopkg.load("output/graph.ttl")             # an rdflib.Graph
    table = coopkg.query(graph, "lead-partners")        # a saved or inline SPARQL query
    coopkg.export(graph, "output/graph.nt", fmt="nt")   # Turtle, N-Triples, JSON-LD, TriG
    changes = coopkg.diff("previous", "output")         # facts added, removed, changed
    queue = coopkg.review("output")                     # output/review.html and review.csv

Nothing heavy is imported until a function is called.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

    from coopkg.pipeline import BuildResult, Failure
    from coopkg.records import ProjectRecord

__all__ = [
    "analyze",
    "build",
    "build_graph",
    "diff",
    "export",
    "extract",
    "load",
    "query",
    "review",
    "to_dataframe",
    "validate",
    "view",
]

__version__ = "0.1.0"


def build(
    paths: Iterable[str | Path] = ("seeds",), out_dir: str | Path = "output", **options: Any
) -> BuildResult:
    """Build the knowledge graph of notice files/folders into ``out_dir``.

    Options: ``base`` (IRI), ``corrections`` (a corrections file; ``overrides`` is its
    former name), ``views`` (bool), ``on_failure``, ``jobs`` (worker processes), ``cache``
    (bool), ``provenance`` (full, compact, none), ``executor`` and ``scheduler`` (Dask).
    ``result.changes`` says in one line what changed since the previous build.
    """
    from coopkg.pipeline import build as _build

    return _build(paths, out_dir, **options)


def build_graph(paths: Iterable[str | Path] = ("seeds",), **options: Any) -> Graph:
    """The knowledge graph of notice files/folders, in memory (nothing written)."""
    from coopkg.pipeline import build_graph as _build_graph

    graph, _linked, _extracted = _build_graph(paths, **options)
    return graph


def extract(
    paths: Iterable[str | Path], failures: list[Failure] | None = None
) -> list[ProjectRecord]:
    """One record per readable notice; failures are appended to ``failures`` if given."""
    from coopkg.pipeline import extract_paths, input_files

    sink = failures.append if failures is not None else None
    return [e.record for e in extract_paths(input_files(paths), on_failure=sink)]


def load(path: str | Path) -> Graph:
    """Parse a graph file (format from the extension) into an rdflib graph."""
    from coopkg.store.stores import load_graph

    return load_graph(path)


def query(
    graph: Any,
    sparql_or_name: str,
    params: dict[str, Any] | None = None,
    *,
    limit: int | None = None,
) -> Any:
    """Run inline SPARQL or a saved query by name; returns a QueryResult.

    ``limit`` keeps the first rows only (``.truncated`` then says so and ``.total``
    counts them all); ``None`` keeps every row.
    """
    from coopkg.store.query import query as _query

    return _query(graph, sparql_or_name, params, max_rows=limit)


def export(graph: Graph, path: str | Path, fmt: str = "turtle") -> Path:
    """Write ``graph`` deterministically as Turtle, N-Triples, JSON-LD or TriG."""
    from coopkg.store.export import export as _export

    return _export(graph, fmt, Path(path))


def validate(graph: Graph) -> Any:
    """SHACL-validate a graph; returns a ValidationReport (``.conforms``, ``.violations``)."""
    from coopkg.graph.validate import validate_graph

    return validate_graph(graph)


def analyze(
    graph: Graph, out_dir: str | Path = "output/analysis", lang: str = "en", **options: Any
) -> Any:
    """Network analysis of partners and regions, written to ``out_dir``.

    ``lang`` chooses the language of theme, programme and country labels (English default).
    """
    from coopkg.network import analyze as _analyze
    from coopkg.records.vocab import use_label_language

    with use_label_language(lang):
        return _analyze(graph, Path(out_dir), **options)


def view(
    graph: Graph, out_dir: str | Path = "output/views", lang: str = "en", **options: Any
) -> Any:
    """Interactive offline HTML views of the networks (labels in ``lang``, English default)."""
    from coopkg.records.vocab import use_label_language
    from coopkg.views import write_default_views

    with use_label_language(lang):
        return write_default_views(graph, Path(out_dir), **options)


def to_dataframe(result: Any) -> Any:
    """A query result (:func:`query`) or an analysis table (list of dicts) as a pandas
    DataFrame; needs the optional extra ``coopkg[pandas]``."""
    from coopkg.store.query import to_dataframe as _to_dataframe

    return _to_dataframe(result)


def diff(old: Any, new: Any) -> Any:
    """Facts added, removed and changed from ``old`` to ``new`` (graph files, build folders
    or rdflib graphs); returns a GraphDiff (``.added``, ``.removed``, ``.changed``,
    ``.to_json()``, ``.summary()``)."""
    from coopkg.store.diff import diff_graphs

    return diff_graphs(old, new)


def review(build_dir: str | Path = "output", **options: Any) -> Any:
    """Write ``review.html`` and ``review.csv`` (the review queue) into ``build_dir``.

    Options: ``threshold`` (confidence), ``duplicate_score``, ``corrections`` (file),
    ``graph`` (an rdflib graph instead of ``build_dir/graph.ttl``). Returns a ReviewResult.
    """
    from coopkg.views.review import write_review

    return write_review(build_dir, **options)
