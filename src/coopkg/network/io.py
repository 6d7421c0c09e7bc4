"""Writers for network results: CSV and JSON tables, GraphML and GEXF graphs, metrics as RDF.

Every writer writes a temporary file and renames it (:mod:`coopkg.store.atomic`), so a
reader never sees half a file. GraphML, GEXF and ``metrics.ttl`` are streamed as text,
line by line from the graph or the rows, never held whole in memory: the documents
networkx's and rdflib's writers gave, at a fraction of their time and memory.
:func:`metrics_graph` states the organisation metrics as triples on the organisations'
existing IRIs (it mints none), so SPARQL can join them with the knowledge graph;
:func:`metrics_turtle_lines` writes the same triples as Turtle text.

This module formats and writes; it must not compute metrics.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
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
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    plain = (str, int, float)
    writer.writerows(
        [v if type(v) in plain else _cell(v) for v in map(row.get, header)] for row in rows
    )
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


# --- GraphML and GEXF, written as text ----------------------------------------------------
#
# networkx's writers build the whole document as an ElementTree (and :func:`_portable`
# copied the graph first): at 50,000 organisations and 638k edges that took most of
# ``analyze``'s time and a gigabyte of memory per file. These writers stream the same
# documents line by line from the graph itself: same elements, attributes, key ids and
# indentation as ``networkx.generate_graphml`` / ``generate_gexf`` on the portable copy
# (tests compare the bytes). Non-ASCII characters become character references, as there.
# A graph with attributes networkx treats specially (GEXF ``viz``, ``start``, ``id``...)
# or values of other types goes through networkx as before.

#: XML Schema type of each attribute value type (networkx's table; ``bool`` and ``None``
#: are written as strings by :func:`_scalar`).
_XML_TYPES: dict[type, str] = {str: "string", int: "long", float: "double"}

#: Keys networkx's GEXF writer does not write as plain attributes.
_GEXF_SPECIAL_NODE_KEYS = frozenset(
    {"id", "pid", "start", "end", "parents", "viz", "spells", "key"}
)
_GEXF_SPECIAL_EDGE_KEYS = frozenset({"id", "label", "type", "start", "end", "viz", "spells", "key"})

_NEEDS_ESCAPE = re.compile(r"[&<>\"\r\n\t\x0b\x0c\x1c-\x1e]")
# str.splitlines, which networkx's generators end with, breaks lines at these too.
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e]")


class _Unportable(Exception):
    """A value or key this module's writers do not handle: networkx writes the graph."""


def _portable_type(value: Any) -> type:
    """The type :func:`_scalar` gives ``value`` (raises :class:`_Unportable` for
    subclasses of int, float or str, whose XML type networkx would decide)."""
    kind = type(value)
    if kind is str or kind is int or kind is float:
        return kind
    if kind is bool or value is None:
        return str
    if isinstance(value, int | float | str):
        raise _Unportable(kind.__name__)
    return str


def _cdata(text: str) -> str:
    """Element text as ElementTree escapes it."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _LINE_BREAKS.sub("\n", text)


def _attr(text: str) -> str:
    """An attribute value as ElementTree escapes it."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
    return _LINE_BREAKS.sub("\n", text.replace("\t", "&#09;"))


def _graphml_keys(
    graph: nx.Graph,
) -> tuple[dict[tuple[str, str, str], str], dict[str, dict[tuple[Any, type], str]]]:
    """GraphML key ids by (scope, name, XML type), numbered in networkx's order, and the
    same ids by scope, then by (attribute name, value type) as the graph holds them.

    The second is keyed by the value's own type (``bool`` and ``None`` are written as
    strings), so the writer looks each value up without converting it first.
    """
    keys: dict[tuple[str, str, str], str] = {("graph", "name", "string"): "d0"}
    index: dict[str, dict[tuple[Any, type], str]] = {"graph": {("name", str): "d0"}}
    for scope, items in (
        ("node", (d for _n, d in graph.nodes(data=True))),
        ("edge", (d for _a, _b, d in graph.edges(data=True))),
    ):
        known = index.setdefault(scope, {})
        for data in items:
            for name, value in data.items():
                if (name, type(value)) in known:
                    continue
                key = (scope, str(name), _XML_TYPES[_portable_type(value)])
                if key not in keys:
                    keys[key] = f"d{len(keys)}"
                known[name, type(value)] = keys[key]
    return keys, index


def _text(value: Any) -> str:
    """The escaped text of a portable value (numbers need no escaping)."""
    kind = type(value)
    if kind is int or kind is float:
        return str(value)
    return _cdata(value if kind is str else str(_scalar(value)))


def _escaped_ids(graph: nx.Graph) -> dict[Hashable, str]:
    """Each node's id as an escaped XML attribute value (escaped once, used per edge)."""
    return {node: _attr(str(node)) for node in graph}


def _graphml_data(
    data: Mapping[Any, Any], keys: Mapping[tuple[Any, type], str], indent: str
) -> str:
    parts = []
    for name, value in data.items():
        kind = type(value)
        text = str(value) if kind is int or kind is float else _text(value)  # numbers: as is
        key = keys[name, kind]
        if text:
            parts.append(f'{indent}<data key="{key}">{text}</data>\n')
        else:
            parts.append(f'{indent}<data key="{key}" />\n')
    return "".join(parts)


def graphml_lines(graph: nx.Graph) -> Iterator[str]:
    """GraphML of ``graph``, line by line (each ending in a newline).

    The document ``networkx.generate_graphml`` gives for the graph with string node ids
    and string or number attributes, without building it in memory.

    >>> lines = list(graphml_lines(nx.Graph([("a", "b")], name="g")))
    >>> lines[0].startswith('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')
    True
    >>> print("".join(lines[1:]), end="")
      <key id="d0" for="graph" attr.name="name" attr.type="string" />
      <graph edgedefault="undirected">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b" />
        <data key="d0">g</data>
      </graph>
    </graphml>
    """
    try:
        declared, keys = _graphml_keys(graph)
    except _Unportable:
        yield from (line + "\n" for line in nx.generate_graphml(_portable(graph)))
        return
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
        ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for (scope, name, xml_type), key in reversed(declared.items()):  # networkx inserts first
        name = _attr(name)
        yield f'  <key id="{key}" for="{scope}" attr.name="{name}" attr.type="{xml_type}" />\n'
    yield (
        '  <graph edgedefault="directed">\n'
        if graph.is_directed()
        else ('  <graph edgedefault="undirected">\n')
    )
    node_keys, edge_keys = keys["node"], keys["edge"]
    ids = _escaped_ids(graph)
    for node, data in graph.nodes(data=True):
        if data:
            inner = _graphml_data(data, node_keys, "      ")
            yield f'    <node id="{ids[node]}">\n{inner}    </node>\n'
        else:
            yield f'    <node id="{ids[node]}" />\n'
    for a, b, data in graph.edges(data=True):
        head = f'    <edge source="{ids[a]}" target="{ids[b]}"'
        if data:
            yield f"{head}>\n{_graphml_data(data, edge_keys, '      ')}    </edge>\n"
        else:
            yield head + " />\n"
    yield _graphml_data({"name": str(graph.graph.get("name", ""))}, keys["graph"], "    ")
    yield "  </graph>\n</graphml>\n"


def graphml_text(graph: nx.Graph) -> str:
    """GraphML of ``graph`` as one string (see :func:`graphml_lines`)."""
    return "".join(graphml_lines(graph)).encode("ascii", "xmlcharrefreplace").decode("ascii")


def write_graphml(path: Path, graph: nx.Graph) -> Path:
    """GraphML of ``graph`` (atomically), streamed: see :func:`graphml_lines`."""
    return _write_lines(Path(path), graphml_lines(graph))


#: Node metrics a GEXF file carries when the analysis computed them (Gephi can size and
#: colour by them without recomputing).
GEXF_METRICS = ("degree", "weighted_degree", "pagerank", "betweenness", "community", "core_number")

_GEXF_FLOATS = {"inf": "INF", "-inf": "-INF", "nan": "NaN"}


def _gexf_nodes(
    graph: nx.Graph, metrics: Iterable[Mapping[str, Any]]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, portable attributes) of every node, the metric rows' values merged in."""
    by_node = {str(row.get("node")): row for row in metrics}
    for node, data in graph.nodes(data=True):
        attrs = {str(k): _scalar(v) for k, v in data.items()}
        row = by_node.get(str(node))
        if row is not None:
            for name in GEXF_METRICS:
                if row.get(name) is not None:
                    attrs[name] = _scalar(row[name])
        yield str(node), attrs


def _gexf_attributes(
    graph: nx.Graph, nodes: Sequence[tuple[str, dict[str, Any]]]
) -> dict[str, dict[str, tuple[str, str]]]:
    """GEXF attribute (id, type) by class and title, numbered in networkx's order.

    The type is that of a title's first value; every (title, value type) is checked once,
    so a graph networkx would write differently raises :class:`_Unportable`.
    """
    declared: dict[str, dict[str, tuple[str, str]]] = {}
    count = 0
    for scope, items, special, own in (
        ("node", (d for _n, d in nodes), _GEXF_SPECIAL_NODE_KEYS, "label"),
        ("edge", (d for _a, _b, d in graph.edges(data=True)), _GEXF_SPECIAL_EDGE_KEYS, "weight"),
    ):
        checked: set[tuple[Any, type]] = set()
        for data in items:
            for name, value in data.items():
                if (name, type(value)) in checked:
                    continue
                checked.add((name, type(value)))
                if type(name) is not str or name in special:
                    raise _Unportable(str(name))
                xml_type = _XML_TYPES[_portable_type(value)]
                if name == own:  # an XML attribute of the element, not a GEXF attribute
                    continue
                titles = declared.setdefault(scope, {})
                if name not in titles:
                    titles[name] = (str(count), xml_type)
                    count += 1
    return declared


def _gexf_value(value: Any) -> str:
    """An attribute value as networkx's GEXF writer states it, escaped."""
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is float:
        text = str(value)
        return _GEXF_FLOATS.get(text, text)
    return _attr(value if kind is str else str(_scalar(value)))


def _gexf_values(
    data: Mapping[str, Any], titles: Mapping[str, tuple[str, str]], skip: str = ""
) -> str:
    parts = ["        <attvalues>\n"]
    for name, value in data.items():
        if name != skip:
            number = titles[name][0]
            text = str(value) if type(value) is int else _gexf_value(value)
            parts.append(f'          <attvalue for="{number}" value="{text}" />\n')
    parts.append("        </attvalues>\n")
    return "".join(parts)


def gexf_lines(graph: nx.Graph, metrics: Iterable[Mapping[str, Any]] = ()) -> Iterator[str]:
    """GEXF 1.2 of ``graph``, line by line, the metric rows' values as node attributes.

    The document ``networkx.generate_gexf`` gives for the portable graph (string ids,
    string or number attributes) with the metrics added, without its date stamp (the
    same graph always gives the same bytes) and without building it in memory.
    """
    metrics = list(metrics)
    try:
        nodes = list(_gexf_nodes(graph, metrics))  # merged once, for both passes
        declared = _gexf_attributes(graph, nodes)
    except _Unportable:
        yield _networkx_gexf(graph, metrics)
        return
    yield (
        '<gexf xmlns="http://www.gexf.net/1.2draft"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.gexf.net/1.2draft'
        ' http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
        "  <meta>\n    <creator>coopkg</creator>\n  </meta>\n"
    )
    kind = "directed" if graph.is_directed() else "undirected"
    name = _attr(str(graph.graph.get("name", "")))
    yield f'  <graph defaultedgetype="{kind}" mode="static" name="{name}">\n'
    for scope in reversed(declared):  # networkx inserts each class's block first
        yield f'    <attributes mode="static" class="{scope}">\n'
        for title, (number, xml_type) in declared[scope].items():
            yield f'      <attribute id="{number}" title="{_attr(title)}" type="{xml_type}" />\n'
        yield "    </attributes>\n"
    node_titles = declared.get("node", {})
    if graph.number_of_nodes():
        yield "    <nodes>\n"
        for node, attrs in nodes:
            label = _attr(str(attrs.pop("label", node)))
            if attrs:
                values = _gexf_values(attrs, node_titles)
                yield f'      <node id="{_attr(node)}" label="{label}">\n{values}      </node>\n'
            else:
                yield f'      <node id="{_attr(node)}" label="{label}" />\n'
        yield "    </nodes>\n"
    else:
        yield "    <nodes />\n"
    edges = declared.get("edge", {})
    if graph.number_of_edges():
        yield "    <edges>\n"
        ids = _escaped_ids(graph)
        for number, (a, b, data) in enumerate(graph.edges(data=True)):
            head = f'      <edge source="{ids[a]}" target="{ids[b]}" id="{number}"'
            size = len(data)
            if "weight" in data:
                head += f' weight="{_attr(str(_scalar(data["weight"])))}"'
                size -= 1
            if size:
                yield f"{head}>\n{_gexf_values(data, edges, 'weight')}      </edge>\n"
            else:
                yield head + " />\n"
        yield "    </edges>\n"
    else:
        yield "    <edges />\n"
    yield "  </graph>\n</gexf>\n"


def _networkx_gexf(graph: nx.Graph, metrics: Sequence[Mapping[str, Any]]) -> str:
    """networkx's GEXF of the portable graph with the metrics (no date stamp)."""
    copy = _portable(graph)
    for row in metrics:
        node = str(row.get("node"))
        if node in copy:
            for name in GEXF_METRICS:
                if row.get(name) is not None:
                    copy.nodes[node][name] = _scalar(row[name])
    text = "\n".join(nx.generate_gexf(copy, version="1.2draft")) + "\n"
    text = re.sub(r"<creator>[^<]*</creator>", "<creator>coopkg</creator>", text, count=1)
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


def gexf_text(graph: nx.Graph, metrics: Iterable[Mapping[str, Any]] = ()) -> str:
    """GEXF 1.2 of ``graph`` as one string (see :func:`gexf_lines`).

    >>> g = nx.Graph([("a", "b")])
    >>> text = gexf_text(g, [{"node": "a", "degree": 1, "pagerank": 0.5, "community": 0}])
    >>> "lastmodifieddate" in text, 'title="pagerank"' in text
    (False, True)
    """
    text = "".join(gexf_lines(graph, metrics))
    return text.encode("ascii", "xmlcharrefreplace").decode("ascii")


def write_gexf(path: Path, graph: nx.Graph, metrics: Iterable[Mapping[str, Any]] = ()) -> Path:
    """GEXF 1.2 of ``graph`` (atomically), for Gephi, streamed: see :func:`gexf_lines`."""
    return _write_lines(Path(path), gexf_lines(graph, metrics))


def _write_lines(path: Path, lines: Iterable[str]) -> Path:
    """ASCII with character references, as ElementTree writes XML without a declaration."""
    return atomic.write_lines(path, lines, encoding="ascii", errors="xmlcharrefreplace")


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


#: Metric columns of :func:`coopkg.network.metrics.node_metrics` rows stated as triples:
#: (column, local name of the COOP property, whether the value is an integer).
_METRIC_PROPERTIES = (
    ("betweenness", "betweenness", False),
    ("community", "community", True),
    ("core_number", "coreNumber", True),
    ("degree", "degree", True),
    ("pagerank", "pagerank", False),
    ("weighted_degree", "weightedDegree", False),
)

#: Characters Turtle does not allow raw in an IRI (written as \\u escapes).
_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri_text(value: Any) -> str:
    """``<value>`` as a Turtle IRI; :class:`GraphError` when it is not an IRI."""
    text = str(_iri(value))
    return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04X}", text) + ">"


def _decimal_text(value: Any) -> str:
    """The xsd:decimal :func:`_decimal` states, as Turtle (six decimals at most)."""
    number = float(value)
    if not math.isfinite(number):
        raise GraphError(f"metrics must be finite numbers, not {value!r}")
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return text if "." in text else text + ".0"


def metrics_turtle_lines(
    rows: Iterable[Mapping[str, Any]], brokers: Iterable[Mapping[str, Any]] = ()
) -> Iterator[str]:
    """The triples of :func:`metrics_graph` as Turtle text, one organisation at a time.

    Written directly instead of through an rdflib graph, which at 50,000 organisations
    held 350,000 triples and took most of a minute to serialise. Raises
    :class:`~coopkg.errors.GraphError` before the first line if a node is not an IRI.

    >>> print("".join(metrics_turtle_lines(
    ...     [{"node": "https://x.org/o/1", "degree": 2, "weighted_degree": 3,
    ...       "betweenness": 0.5, "pagerank": 0.25, "community": 0, "core_number": 1}],
    ...     [{"node": "https://x.org/o/1", "is_broker": True}])).strip())
    @prefix coop: <https://w3id.org/coopkg/ontology#> .
    <BLANKLINE>
    <https://x.org/o/1> coop:betweenness 0.5 ;
        coop:community 0 ;
        coop:coreNumber 1 ;
        coop:degree 2 ;
        coop:isBroker true ;
        coop:pagerank 0.25 ;
        coop:weightedDegree 3.0 .
    """
    rows = list(rows)
    roles = {str(row["node"]): bool(row["is_broker"]) for row in brokers}
    subjects = [_iri_text(row["node"]) for row in rows]
    loners = [(_iri_text(node), flag) for node, flag in roles.items()]
    yield f"@prefix coop: <{COOP._NS}> .\n\n"
    measured = set()
    for subject, row in zip(subjects, rows, strict=True):
        node = str(row["node"])
        measured.add(node)
        statements = []
        for column, name, integer in _METRIC_PROPERTIES:
            value = str(int(row[column])) if integer else _decimal_text(row[column])
            statements.append(f"coop:{name} {value}")
            if name == "degree" and node in roles:  # predicates in alphabetical order
                statements.append(f"coop:isBroker {str(roles[node]).lower()}")
        yield subject + " " + " ;\n    ".join(statements) + " .\n\n"
    for (subject, flag), node in zip(loners, roles, strict=True):
        if node not in measured:
            yield f"{subject} coop:isBroker {str(flag).lower()} .\n\n"


def write_metrics(
    path: Path, rows: Iterable[Mapping[str, Any]], brokers: Iterable[Mapping[str, Any]] = ()
) -> Path:
    """Turtle of :func:`metrics_turtle_lines` (atomically)."""
    return atomic.write_lines(Path(path), metrics_turtle_lines(rows, brokers))
