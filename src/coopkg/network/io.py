"""Writers for network results: CSV and JSON tables, GraphML and GEXF graphs, metrics as RDF.

Every writer goes through :mod:`coopkg.store.atomic`, so a reader never sees half a file.
:func:`metrics_graph` states the organisation metrics as triples on the organisations'
existing IRIs (it mints none), so SPARQL can join them with the knowledge graph.

This module formats and writes; it must not compute metrics.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import XSD, Graph, Literal, URIRef

from coopkg.errors import GraphError
from coopkg.graph.namespace import COOP
from coopkg.store import atomic


def csv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Rows as CSV text; columns default to the keys of the first row.

    >>> csv_text([{"a": 1, "b": "x"}]).splitlines()
    ['a,b', '1,x']
    """
    header = list(columns or (rows[0].keys() if rows else ()))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in header})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(
    path: Path, rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None
) -> Path:
    """Write rows as a UTF-8 CSV file (atomically)."""
    return atomic.write_text(Path(path), csv_text(rows, columns))


def write_json(path: Path, data: Any) -> Path:
    """Write JSON, indented, keys in insertion order (atomically)."""
    return atomic.write_text(Path(path), json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _portable(graph: nx.Graph) -> nx.Graph:
    """A copy whose node ids are strings and whose attributes are strings or numbers."""
    copy = nx.Graph(name=str(graph.graph.get("name", "")))
    for node, data in graph.nodes(data=True):
        copy.add_node(str(node), **{k: _scalar(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        copy.add_edge(str(a), str(b), **{k: _scalar(v) for k, v in data.items()})
    return copy


def _scalar(value: Any) -> str | int | float:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | str):
        return value
    if value is None:
        return ""
    return str(value)


def write_graphml(path: Path, graph: nx.Graph) -> Path:
    """GraphML of ``graph`` (atomically)."""
    data = "\n".join(nx.generate_graphml(_portable(graph))) + "\n"
    return atomic.write_text(Path(path), data)


#: Node metrics a GEXF file carries when the analysis computed them (Gephi can size and
#: colour by them without recomputing).
GEXF_METRICS = ("degree", "weighted_degree", "pagerank", "betweenness", "community", "core_number")


def gexf_text(graph: nx.Graph, metrics: Iterable[Mapping[str, Any]] = ()) -> str:
    """GEXF 1.2 of ``graph`` with the given node metric rows as node attributes.

    No date stamp: the same graph always gives the same bytes.

    >>> g = nx.Graph([("a", "b")])
    >>> text = gexf_text(g, [{"node": "a", "degree": 1, "pagerank": 0.5, "community": 0}])
    >>> "lastmodifieddate" in text, 'title="pagerank"' in text
    (False, True)
    """
    copy = _portable(graph)
    for row in metrics:
        node = str(row.get("node"))
        if node in copy:
            for name in GEXF_METRICS:
                if row.get(name) is not None:
                    copy.nodes[node][name] = _scalar(row[name])
    text = "\n".join(nx.generate_gexf(copy, version="1.2draft")) + "\n"
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


def write_gexf(path: Path, graph: nx.Graph, metrics: Iterable[Mapping[str, Any]] = ()) -> Path:
    """GEXF 1.2 of ``graph`` (atomically), for Gephi; see :func:`gexf_text`."""
    return atomic.write_text(Path(path), gexf_text(graph, metrics))


def metrics_graph(
    rows: Iterable[Mapping[str, Any]], brokers: Iterable[Mapping[str, Any]] = ()
) -> Graph:
    """Organisation metrics as triples on the organisations' own IRIs.

    ``rows`` are :func:`coopkg.network.metrics.node_metrics` rows whose ``node`` is an
    IRI; ``brokers`` are :func:`coopkg.network.brokers.broker_table` rows.

    >>> g = metrics_graph([{"node": "https://x.org/o/1", "degree": 2, "weighted_degree": 3,
    ...     "betweenness": 0.5, "pagerank": 0.25, "community": 0, "core_number": 1}])
    >>> len(g)
    6
    """
    g = Graph(bind_namespaces="core")
    g.bind("coop", COOP._NS)
    for row in rows:
        node = _iri(row["node"])
        g.add((node, COOP.degree, Literal(int(row["degree"]), datatype=XSD.integer)))
        g.add((node, COOP.weightedDegree, _decimal(row["weighted_degree"])))
        g.add((node, COOP.betweenness, _decimal(row["betweenness"])))
        g.add((node, COOP.pagerank, _decimal(row["pagerank"])))
        g.add((node, COOP.community, Literal(int(row["community"]), datatype=XSD.integer)))
        g.add((node, COOP.coreNumber, Literal(int(row["core_number"]), datatype=XSD.integer)))
    for row in brokers:
        g.add((_iri(row["node"]), COOP.isBroker, Literal(bool(row["is_broker"]))))
    return g


def _iri(value: Any) -> URIRef:
    text = str(value)
    if ":" not in text:
        raise GraphError(f"metrics can only be stated on IRIs, not on {text!r}")
    return URIRef(text)


def _decimal(value: Any) -> Literal:
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return Literal(Decimal(text if "." in text else text + ".0"), datatype=XSD.decimal)


def write_turtle(path: Path, g: Graph) -> Path:
    """Turtle of ``g`` (atomically)."""
    data = g.serialize(format="turtle", encoding="utf-8")
    return atomic.write_bytes(Path(path), bytes(data))
