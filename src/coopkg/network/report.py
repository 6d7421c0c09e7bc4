"""The self-contained HTML report of an analysis: tables and matplotlib figures.

Figures are PNGs embedded as ``data:`` URIs and the page has no script, stylesheet or
font link, so the file opens offline anywhere. This module renders results it is given;
it must not compute metrics or read RDF.
"""

from __future__ import annotations

import base64
import html
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import networkx as nx

#: Rows shown per table in the report (the CSV files have them all).
TABLE_ROWS = 25
#: Regions shown in the heat map.
HEATMAP_REGIONS = 25

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}
th{background:#f0f0f0} td.n{text-align:right} img{max-width:100%}
"""


def _png(fig: Any) -> str:
    """A matplotlib figure as a data URI (the figure is closed)."""
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display; must be set before pyplot is imported
    import matplotlib.pyplot as plt

    return plt


def degree_figure(graph: nx.Graph) -> str:
    """Degree distribution (log-log), as a PNG data URI."""
    plt = _pyplot()
    counts = Counter(d for _, d in graph.degree())
    fig, ax = plt.subplots(figsize=(6, 4))
    xs = sorted(k for k in counts if k > 0)
    ax.loglog(xs, [counts[k] for k in xs], "o", markersize=4)
    ax.set_xlabel("degree (co-partners)")
    ax.set_ylabel("organisations")
    ax.set_title("Degree distribution")
    return _png(fig)


def region_heatmap_figure(graph: nx.Graph, limit: int = HEATMAP_REGIONS) -> str:
    """Heat map of shared projects between the most active regions, as a data URI."""
    plt = _pyplot()
    top = sorted(graph.nodes, key=lambda n: (-graph.nodes[n].get("projects", 0), str(n)))[:limit]
    matrix = [
        [graph[a][b].get("weight", 0) if graph.has_edge(a, b) else 0 for b in top] for a in top
    ]
    size = max(4.0, 0.3 * len(top) + 2)
    fig, ax = plt.subplots(figsize=(size, size))
    image = ax.imshow(matrix or [[0]], cmap="viridis")
    ax.set_xticks(range(len(top)), [str(t) for t in top], rotation=90, fontsize=7)
    ax.set_yticks(range(len(top)), [str(t) for t in top], fontsize=7)
    ax.set_title("Shared projects between regions")
    fig.colorbar(image, ax=ax, shrink=0.7)
    return _png(fig)


def brokers_figure(rows: Sequence[Mapping[str, Any]], limit: int = 15) -> str:
    """Bar chart of the top brokers' brokerage (country and community), as a data URI."""
    plt = _pyplot()
    top = [r for r in rows if r["is_broker"]][:limit]
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.35 * len(top) + 1)))
    labels = [_short(str(r["label"])) for r in top][::-1]
    ax.barh(labels, [r["country_brokerage"] for r in top][::-1], label="across countries")
    ax.barh(
        labels,
        [r["community_brokerage"] for r in top][::-1],
        left=[r["country_brokerage"] for r in top][::-1],
        label="across communities",
    )
    ax.set_xlabel("unlinked neighbour pairs bridged")
    ax.set_title("Top brokers")
    if top:
        ax.legend(fontsize=8)
    return _png(fig)


def communities_figure(rows: Sequence[Mapping[str, Any]], limit: int = 20) -> str:
    """Bar chart of the largest communities' sizes, as a data URI."""
    plt = _pyplot()
    top = list(rows[:limit])
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.bar([str(r["community"]) for r in top], [r["size"] for r in top])
    ax.set_xlabel("community")
    ax.set_ylabel("organisations")
    ax.set_title("Largest communities (Louvain, seed 42)")
    return _png(fig)


def _image(title: str, uri: str) -> str:
    return f'<img alt="{html.escape(title)}" src="{html.escape(uri)}">'


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def html_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], limit: int) -> str:
    """An HTML table of the first ``limit`` rows (escaped).

    >>> html_table([{"a": 1}], ["a"], 5)
    '<table><tr><th>a</th></tr><tr><td class="n">1</td></tr></table>'
    """
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows[:limit]:
        cells = []
        for c in columns:
            value = row.get(c, "")
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            cls = ' class="n"' if numeric else ""
            cells.append(f"<td{cls}>{html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def render_report(
    summary: Mapping[str, Any],
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    graphs: Mapping[str, nx.Graph],
) -> str:
    """The whole report as one HTML page.

    ``tables`` needs ``organisations``, ``brokers``, ``repeat_partnerships``,
    ``communities``, ``periods`` and ``region_links``; ``graphs`` needs
    ``organisation`` and ``region``.
    """
    brokers = [r for r in tables.get("brokers", []) if r.get("is_broker")]
    #: Figures shown under the section of the same topic (one heading per topic).
    figures = {
        "communities": communities_figure(tables["communities"]),
    }
    if brokers:  # no empty chart when no organisation meets the broker rule
        figures["brokers"] = brokers_figure(tables["brokers"])
    sections = [
        ("Organisations (by weighted degree)", "organisations",
         ["label", "country", "degree", "weighted_degree", "betweenness", "pagerank",
          "clustering", "core_number", "community"]),
        ("Brokers", "brokers",
         ["label", "country", "degree", "countries", "communities", "country_participation",
          "community_participation", "country_brokerage", "community_brokerage", "is_broker"]),
        ("Repeat partnerships", "repeat_partnerships",
         ["a_label", "b_label", "projects", "funding"]),
        ("Communities", "communities", ["community", "size", "countries", "members"]),
        ("Programming periods", "periods",
         ["period", "projects", "organisations", "edges", "density", "new", "continuing"]),
        ("Region links", "region_links",
         ["source", "source_label", "target", "target_label", "weight"]),
    ]  # fmt: skip
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>coopkg network analysis</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>coopkg network analysis</h1>",
        "<h2>Summary</h2>",
        html_table(
            [{"network": k, **v} for k, v in summary.get("networks", {}).items()],
            ["network", "nodes", "edges", "density", "components", "largest_component"],
            TABLE_ROWS,
        ),
        f"<p>{html.escape(str(summary.get('betweenness', '')))}</p>",
        "<h2>Degree distribution</h2>",
        _image("Degree distribution", degree_figure(graphs["organisation"])),
        "<h2>Shared projects between regions</h2>",
        _image("Shared projects between regions", region_heatmap_figure(graphs["region"])),
    ]
    for title, key, columns in sections:
        rows = tables.get(key, [])
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if key == "brokers" and not brokers:
            rule = summary.get("broker_rule", "")
            parts.append(
                "<p>No organisation meets the broker rule"
                + (f" ({html.escape(str(rule))})" if rule else "")
                + ".</p>"
            )
        if key in figures:
            parts.append(_image(title, figures[key]))
        parts.append(f"<p>{len(rows)} rows; the first {min(len(rows), TABLE_ROWS)} shown.</p>")
        parts.append(html_table(rows, columns, TABLE_ROWS))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
