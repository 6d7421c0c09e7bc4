"""``analyze``: every network, metric and table of a knowledge graph, written to one folder.

Reads the RDF graph once (:func:`coopkg.network.graphs.network_data`), builds the
networks, computes the metrics, and writes a CSV per table, ``summary.json``, GraphML and
GEXF of each network, ``report.html`` and ``metrics.ttl``. The folder is written in a
staging folder next to it and swapped in at the end, so a failed run leaves the previous
results untouched.

This module orchestrates; the numbers come from :mod:`~coopkg.network.metrics` and
:mod:`~coopkg.network.brokers`, the rendering from :mod:`~coopkg.network.report`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from coopkg.errors import CoopkgError, InputError
from coopkg.network import io as netio
from coopkg.network.brokers import MIN_PARTICIPATION, broker_table
from coopkg.network.graphs import (
    FilterValue,
    NetworkData,
    Weight,
    country_graph,
    network_data,
    organisation_graph,
    programme_graph,
    project_organisation_graph,
    region_graph,
    theme_region_graph,
)
from coopkg.network.metrics import (
    BETWEENNESS_SAMPLES,
    EXACT_BETWEENNESS_MAX_NODES,
    SEED,
    edge_table,
    graph_summary,
    node_metrics,
    period_changes,
    repeat_partnerships,
)
from coopkg.network.report import render_report
from coopkg.store import atomic


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """What :func:`analyze` wrote and found.

    ``tables`` hold the rows of every CSV file (lists of dicts); ``graphs`` the networkx
    networks; ``files`` the paths written, relative to ``out_dir``.
    """

    out_dir: Path
    files: tuple[str, ...]
    summary: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    graphs: dict[str, nx.Graph] = field(default_factory=dict)


def load_graph(path: str | Path) -> Graph:
    """An RDF file parsed into an rdflib graph (format guessed from the suffix)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file (run `coopkg build` first?)")
    g = Graph()
    try:
        g.parse(path)
    except Exception as error:  # rdflib raises many unrelated types on bad syntax
        raise InputError(str(path), f"cannot parse RDF: {error}") from error
    return g


def community_table(graph: nx.Graph, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per community: size, most frequent countries and best-connected members."""
    members: dict[int, list[dict[str, Any]]] = {}
    for row in rows:  # rows come sorted by weighted degree: members are best-connected first
        members.setdefault(row["community"], []).append(row)
    table = []
    for number in sorted(members):
        group = members[number]
        countries = Counter(r["country"] for r in group if r["country"])
        table.append(
            {
                "community": number,
                "size": len(group),
                "countries": ";".join(f"{c}:{n}" for c, n in countries.most_common(5)),
                "members": "; ".join(str(r["label"]) for r in group[:5]),
            }
        )
    table.sort(key=lambda r: (-r["size"], r["community"]))
    return table


def analysis_tables(
    data: NetworkData,
    *,
    level: int = 2,
    weight: Weight = "projects",
    filters: dict[str, FilterValue] | None = None,
    exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES,
) -> tuple[dict[str, nx.Graph], dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """The networks, tables and summary of one analysis, without writing anything."""
    f = filters or {}
    graphs = {
        "organisation": organisation_graph(data, weight=weight, **f),
        "project_organisation": project_organisation_graph(data, **f),
        "region": region_graph(data, level, **f),
        "country": country_graph(data, **f),
        "programme": programme_graph(data, **f),
        "theme_region": theme_region_graph(data, level, **f),
    }
    org = graphs["organisation"]
    errors: dict[str, float] = {}
    # node_metrics states each summary from the measures it computed anyway.
    shapes: dict[str, dict[str, Any]] = {"organisation": {}, "region": {}}
    rows = node_metrics(
        org, exact_max_nodes=exact_max_nodes, errors=errors, summary=shapes["organisation"]
    )
    communities = {r["node"]: r["community"] for r in rows}
    brokers = broker_table(org, communities)
    region_rows = node_metrics(
        graphs["region"], exact_max_nodes=exact_max_nodes, summary=shapes["region"]
    )
    # The GEXF/GraphML carry the report's communities: the views colour by the same ones.
    nx.set_node_attributes(org, communities, "community")
    nx.set_node_attributes(
        graphs["region"], {r["node"]: r["community"] for r in region_rows}, "community"
    )
    tables = {
        "organisations": rows,
        "brokers": brokers,
        "repeat_partnerships": repeat_partnerships(org),
        "communities": community_table(org, rows),
        "periods": period_changes(data),
        "regions": region_rows,
        "region_links": edge_table(graphs["region"]),
        "country_links": edge_table(graphs["country"]),
        "programme_links": edge_table(graphs["programme"]),
        "theme_region_links": edge_table(graphs["theme_region"]),
    }
    n = org.number_of_nodes()
    summary = {
        "filters": {k: v for k, v in f.items() if v},
        "nuts_level": level,
        "weight": weight,
        "networks": {name: shapes.get(name) or graph_summary(g) for name, g in graphs.items()},
        "brokers": sum(1 for r in brokers if r["is_broker"]),
        "broker_rule": f"brokerage >= 1 and participation coefficient >= {MIN_PARTICIPATION}"
        " (countries or Louvain communities)",
        "repeat_partnerships": len(tables["repeat_partnerships"]),
        "communities": len(tables["communities"]),
        "betweenness": (
            f"exact ({n} nodes <= {exact_max_nodes})"
            if n <= exact_max_nodes
            else f"sampled: k={BETWEENNESS_SAMPLES} sources, seed={SEED}"
            f" ({n} nodes > {exact_max_nodes})"
            + (
                f"; largest standard error {errors['betweenness_standard_error']:.2g}"
                if "betweenness_standard_error" in errors
                else ""
            )
        ),
        "seed": SEED,
    }
    return graphs, tables, summary


def analyze(
    graph: Graph | NetworkData | str | Path,
    out_dir: str | Path = "output/analysis",
    *,
    level: int = 2,
    period: FilterValue = None,
    programme: FilterValue = None,
    theme: FilterValue = None,
    country: FilterValue = None,
    weight: Weight = "projects",
    exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES,
    report: bool = True,
) -> AnalysisResult:
    """Analyse the partner and region networks of a knowledge graph and write the results.

    Parameters
    ----------
    graph : rdflib.Graph, NetworkData, or a path to an RDF file
    out_dir : folder to (re)write; replaced as a whole at the end.
    level : NUTS level (0-3) of the region networks.
    period, programme, theme, country : filters (see :class:`~coopkg.network.graphs.Filters`).
    weight : ``"projects"`` or ``"funding"`` for organisation edges.
    exact_max_nodes : largest organisation network that gets exact betweenness.
    report : also render ``report.html`` (matplotlib figures).

    Returns
    -------
    AnalysisResult
    """
    if isinstance(graph, str | Path):
        graph = load_graph(graph)
    data = graph if isinstance(graph, NetworkData) else network_data(graph)
    filters = {"period": period, "programme": programme, "theme": theme, "country": country}
    graphs, tables, summary = analysis_tables(
        data, level=level, weight=weight, filters=filters, exact_max_nodes=exact_max_nodes
    )
    target = Path(out_dir)
    staged = atomic.staging_dir(target)
    try:
        files = _write_all(staged, graphs, tables, summary, report=report)
        atomic.replace_dir(target, staged)
    except BaseException:
        import shutil

        shutil.rmtree(staged, ignore_errors=True)
        raise
    return AnalysisResult(target, files, summary, tables, graphs)


def _write_all(
    folder: Path,
    graphs: dict[str, nx.Graph],
    tables: dict[str, list[dict[str, Any]]],
    summary: dict[str, Any],
    *,
    report: bool,
) -> tuple[str, ...]:
    written: list[str] = []
    for name, rows in tables.items():
        netio.write_csv(folder / f"{name}.csv", rows)
        written.append(f"{name}.csv")
    node_rows = {
        "organisation": tables.get("organisations", []),
        "region": tables.get("regions", []),
    }
    for name, g in graphs.items():
        netio.write_graphml(folder / f"{name}.graphml", g)
        netio.write_gexf(folder / f"{name}.gexf", g, node_rows.get(name, ()))
        written += [f"{name}.graphml", f"{name}.gexf"]
    try:
        netio.write_metrics(folder / "metrics.ttl", tables["organisations"], tables["brokers"])
    except CoopkgError:  # organisations without IRIs (hand-built data): nothing to state
        netio.write_metrics(folder / "metrics.ttl", ())
    written.append("metrics.ttl")
    full_summary = {**summary, "files": sorted([*written, "summary.json"])}
    if report:
        html = render_report(summary, tables, graphs)
        atomic.write_text(folder / "report.html", html)
        written.append("report.html")
        full_summary["files"] = sorted([*written, "summary.json"])
    netio.write_json(folder / "summary.json", full_summary)
    written.append("summary.json")
    return tuple(sorted(written))
