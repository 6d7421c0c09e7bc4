"""Turn an encoded network into a self-contained HTML page and a static PNG.

The HTML inlines vis-network 9.1.2 (the copy pyvis ships, the files its
``cdn_resources="in_line"`` mode includes), our own CSS and script, and the data as a
JSON block. It uses our own template rather than pyvis's, which links Bootstrap from a
CDN and builds tooltips from HTML strings. :func:`external_references` checks the
result: a page that would load anything from the network is an error, not a warning.

Escaping: the template autoescapes every value; the data block is JSON with ``<``,
``>``, ``&`` and ``'`` escaped, so no notice text can close the script element; the
page script inserts text with ``textContent`` only.

This module must not read RDF or decide how things look (that is
:mod:`coopkg.views.encode`).
"""

from __future__ import annotations

import io
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopkg.errors import GraphError
from coopkg.store import atomic

if TYPE_CHECKING:
    import networkx as nx

    from coopkg.views.encode import LegendEntry

#: The vis-network copy inside pyvis that the page inlines.
VIS_VERSION = "9.1.2"

# Attributes that make a browser fetch something: <script src>, <link href>, <img src>,
# <iframe src>, CSS url()/@import. Absolute http(s) or protocol-relative targets fail.
_EXTERNAL = re.compile(
    r"""<(?:script|img|iframe|embed|source|audio|video)\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|url\(\s*["']?\s*(?:https?:)?//"""
    r"""|@import\s+["']?(?:url\()?\s*["']?(?:https?:)?//""",
    re.IGNORECASE,
)


def external_references(html: str) -> list[str]:
    """Every place in ``html`` that would make a browser fetch from the network.

    >>> external_references('<script src="https://cdn.example/x.js"></script>')
    ['<script src="https://']
    >>> external_references('<a href="https://example.org">ok</a><script>1</script>')
    []
    """
    return [m.group(0) for m in _EXTERNAL.finditer(html)]


@cache
def _vis_assets() -> tuple[str, str]:
    """(JavaScript, CSS) of vis-network as pyvis ships it."""
    try:
        lib = resources.files("pyvis").joinpath("templates", "lib", f"vis-{VIS_VERSION}")
        js = lib.joinpath("vis-network.min.js").read_text("utf-8")
        css = lib.joinpath("vis-network.css").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise GraphError(
            f"vis-network {VIS_VERSION} not found in pyvis; install coopkg's dependencies "
            f"(pip install 'pyvis>=0.3.2'): {error}"
        ) from error
    # An inlined script must not contain its own end tag.
    if "</script" in js.lower() or "</style" in css.lower():
        raise GraphError("vis-network assets contain a closing tag and cannot be inlined")
    return js, css


@cache
def _asset(name: str) -> str:
    return resources.files("coopkg.views").joinpath("assets", name).read_text("utf-8")


def _environment() -> Any:
    from jinja2 import Environment, FunctionLoader, StrictUndefined

    return Environment(
        loader=FunctionLoader(_asset),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page_html(
    *,
    title: str,
    summary: str,
    notes: list[str],
    commands: list[str],
    legend: tuple[LegendEntry, ...],
    colour_by: str,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    options: dict[str, Any],
) -> str:
    """The complete HTML page (raises :class:`GraphError` if it would reach the network)."""
    from jinja2.utils import htmlsafe_json_dumps
    from markupsafe import Markup

    vis_js, vis_css = _vis_assets()
    payload = {"nodes": nodes, "edges": edges, "options": options}
    html = (
        _environment()
        .get_template("network.html")
        .render(
            title=title,
            summary=summary,
            notes=notes,
            commands=commands,
            legend=legend,
            colour_by_label={"type": "node type"}.get(colour_by, colour_by),
            # htmlsafe_json_dumps escapes < > & ' so the JSON cannot end its script element.
            data_json=htmlsafe_json_dumps(payload, sort_keys=False),
            vis_js=Markup(vis_js),
            vis_css=Markup(vis_css),
            view_js=Markup(_asset("view.js")),
            view_css=Markup(_asset("view.css")),
        )
    )
    found = external_references(html)
    if found:
        raise GraphError(f"view would load from the network: {found[:3]}")
    return html


def _mpl_text(text: str) -> str:
    """Plain text for matplotlib: ``$`` would start mathtext."""
    return text.replace("$", r"\$")


def png_label_count(n: int) -> int:
    """How many nodes get a name in the PNG: all up to 20, then the 15 most central (10
    beyond 200 nodes), so the picture stays readable at any size.

    >>> [png_label_count(n) for n in (5, 20, 40, 500)]
    [5, 20, 15, 10]
    """
    if n <= 20:
        return n
    return 15 if n <= 200 else 10


def png_geometry(n: int) -> tuple[tuple[float, float], float]:
    """Figure size (inches) and node-area scale for ``n`` nodes: bigger canvas, smaller dots.

    >>> png_geometry(10), png_geometry(500)
    (((12.0, 9.0), 1.0), ((20.0, 15.0), 0.25))
    """
    width = min(20.0, 12.0 + max(0, n - 40) / 20)
    scale = 1.0 if n <= 60 else max(0.25, 60 / n)
    return (width, width * 0.75), scale


def write_png(
    g: nx.Graph,
    path: Path,
    *,
    title: str,
    colours: dict[Any, str],
    sizes: dict[Any, float],
    widths: dict[tuple[Any, Any], float],
    legend: tuple[LegendEntry, ...],
    label_count: int | None = None,
) -> Path:
    """A static picture of ``g`` (spring layout, fixed seed), for reports and the README."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.lines import Line2D

    from coopkg.views.encode import SEED, short_label
    from coopkg.views.reduce import node_ranking

    n = g.number_of_nodes()
    figsize, scale = png_geometry(n)
    fig, ax = plt.subplots(figsize=figsize, dpi=110)
    try:
        if n:
            # k grows as nodes get fewer, so small graphs do not collapse into a blob.
            pos = nx.spring_layout(g, seed=SEED, k=1.5 / max(n, 1) ** 0.5, iterations=100)
            edge_list = list(g.edges)
            nx.draw_networkx_edges(
                g,
                pos,
                ax=ax,
                edgelist=edge_list,
                width=[max(0.3, widths.get(e, 1.0) / 2) for e in edge_list],
                edge_color="#9aa5b1",
                alpha=0.6,
            )
            nodelist = list(g.nodes)
            nx.draw_networkx_nodes(
                g,
                pos,
                ax=ax,
                nodelist=nodelist,
                node_color=[colours[v] for v in nodelist],
                node_size=[scale * sizes[v] ** 2 / 4 for v in nodelist],
                edgecolors="#555555",
                linewidths=0.5,
            )
            count = png_label_count(n) if label_count is None else label_count
            labelled = node_ranking(g)[:count]
            names = {v: short_label(str(g.nodes[v].get("name", v)), 30) for v in labelled}
            nx.draw_networkx_labels(
                g,
                pos,
                ax=ax,
                labels={v: _mpl_text(name) for v, name in names.items()},
                font_size=9,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 1},
            )
        handles = [
            Line2D([], [], marker="o", linestyle="", markersize=8, color=e.colour,
                   label=_mpl_text(f"{e.label} ({e.count})"))
            for e in legend[:20]
        ]  # fmt: skip
        if handles:
            ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=True)
        ax.set_title(_mpl_text(title))
        ax.set_axis_off()
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        # Like every other output, the PNG replaces an earlier one only once it is complete.
        atomic.write_bytes(path, buffer.getvalue())
    finally:
        plt.close(fig)
    return path
