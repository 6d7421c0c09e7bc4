"""Interactive, offline network views of a coopkg knowledge graph.

::

    import coopkg
    from coopkg.views import write_view, write_default_views
    g = coopkg.load("output/graph.ttl")
    write_default_views(g, "output/views")          # organisations + NUTS-2 regions
    write_view(g, "output/views", kind="neighbourhood", focus="ClusteriX")

Each view is one self-contained HTML file (vis-network, data, script and style inline:
it opens from disk with no network) plus a static PNG. Above ``max_nodes`` nodes a view
keeps the most central ones and says on the page what was left out and which command
shows it.

Modules: :mod:`~coopkg.views.networks` (:mod:`coopkg.network`'s networks, with what a
page shows), :mod:`~coopkg.views.reduce` (node/edge budget), :mod:`~coopkg.views.encode`
(colours, sizes, legend), :mod:`~coopkg.views.render` (HTML, PNG). The graph is read once,
by :func:`coopkg.network.network_data`: the views draw the same nodes, weights and
communities as ``coopkg analyze``'s GEXF and report. This package defines no network and
runs no SPARQL of its own.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopkg.errors import GraphError, LinkError

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

__all__ = [
    "KINDS",
    "ViewResult",
    "render_network",
    "view_file",
    "write_default_views",
    "write_view",
]

#: The views ``write_view`` can draw.
KINDS = ("organisations", "regions", "neighbourhood")
#: Node budget: vis-network stays responsive up to about this many nodes.
DEFAULT_MAX_NODES = 1500
#: Default colouring per view kind (the neighbourhood mixes node types).
_DEFAULT_COLOUR = {"organisations": "country", "regions": "country", "neighbourhood": "type"}
_NOUNS = {"organisations": "organisations", "regions": "regions", "neighbourhood": "nodes"}


@dataclass(frozen=True, slots=True)
class ViewResult:
    """What one view wrote and how much of its network it shows."""

    html: Path
    png: Path | None
    nodes_total: int
    nodes_shown: int
    edges_total: int
    edges_shown: int
    notes: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.html,) if self.png is None else (self.html, self.png)


def _slug(text: str, limit: int = 40) -> str:
    """A file-name-safe slug. ``_slug("Stadt Karlsruhe!")`` -> ``"stadt-karlsruhe"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:limit].rstrip("-") or "node"


def _many(count: int, noun: str) -> str:
    """``_many(1, "links")`` -> ``"1 link"``; ``_many(1500, "nodes")`` -> ``"1,500 nodes"``."""
    return f"{count:,} {noun[:-1] if count == 1 and noun.endswith('s') else noun}"


def _command(args: dict[str, Any]) -> str:
    """A ``coopkg view`` command line for the given options (shell-quoted)."""
    parts = ["coopkg", "view"]
    for key, value in args.items():
        if value is not None:
            parts += [f"--{key}", str(value)]
    return shlex.join(parts)


def _notes_and_commands(
    reduction: Any, kind: str, base_args: dict[str, Any], top_name: str | None
) -> tuple[list[str], list[str]]:
    """What the page says was left out, and the commands that show it."""
    notes: list[str] = []
    commands: list[str] = []
    noun = _NOUNS.get(kind, "nodes")
    shown_n, shown_m = reduction.graph.number_of_nodes(), reduction.graph.number_of_edges()
    if reduction.nodes_dropped:
        how = (
            "the nearest to the focus, then the most connected"
            if reduction.method == "nearest"
            else "the most connected, by degree centrality"
        )
        notes.append(
            f"Showing {shown_n:,} of {reduction.nodes_total:,} {noun} ({how}): "
            f"{_many(reduction.nodes_dropped, noun)} and "
            f"{_many(reduction.edges_dropped, 'links')} left out to keep the page responsive."
        )
        commands.append(_command({**base_args, "max-nodes": reduction.nodes_total}))
    elif reduction.edges_dropped:
        notes.append(
            f"Showing the {shown_m:,} strongest of {reduction.edges_total:,} links: "
            f"{_many(reduction.edges_dropped, 'weaker links')} left out."
        )
    if reduction.nodes_dropped or reduction.edges_dropped:
        if top_name and kind != "neighbourhood":
            commands.append(_command({"kind": "neighbourhood", "focus": top_name}))
        if kind == "organisations":
            commands.append(_command({"kind": "regions", "level": 2}))
        elif kind == "regions" and base_args.get("level", 0) > 0:
            commands.append(_command({**base_args, "level": base_args["level"] - 1}))
    return notes, commands


def render_network(
    g: nx.Graph,
    html_path: str | Path,
    *,
    title: str = "Network",
    colour_by: str = "type",
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    png: bool = True,
    command_args: dict[str, Any] | None = None,
    extra_notes: tuple[str, ...] = (),
    source_root: str | Path | None = None,
) -> ViewResult:
    """Write one network as an offline HTML page (and a PNG next to it).

    ``g`` is any networkx graph whose nodes may carry ``name``, ``kind``, ``country``,
    ``facts`` (pairs of text) and ``sources`` (notice paths) and whose edges may carry
    ``weight`` and ``projects``. ``command_args`` are the ``coopkg view`` options that
    produced it, used to tell the reader how to see what the budget left out.
    ``source_root`` is the folder notice paths are relative to (default: the current one).
    """
    from coopkg.store import atomic
    from coopkg.views import encode, reduce, render

    if colour_by not in encode.COLOUR_BY:
        raise GraphError(f"colour must be one of {', '.join(encode.COLOUR_BY)}, not {colour_by!r}")
    if max_nodes < 1:
        raise GraphError(f"--max-nodes must be at least 1, not {max_nodes}")
    html_path = Path(html_path)
    page_dir = html_path.resolve().parent
    root = Path(source_root).resolve() if source_root is not None else Path.cwd()
    kind = str(g.graph.get("kind", "network"))

    reduction = reduce.reduce_to_budget(g, max_nodes, max_edges)
    shown = reduction.graph
    ranking = reduce.node_ranking(g) if g.number_of_nodes() else []
    top_name = str(g.nodes[ranking[0]].get("name", ranking[0])) if ranking else None
    notes, commands = _notes_and_commands(reduction, kind, dict(command_args or {}), top_name)
    notes = [*extra_notes, *notes]

    cats = encode.categories(shown, colour_by)
    entries = encode.legend(cats, colour_by)
    keys = encode.legend_key(cats, entries)
    nodes = encode.vis_nodes(shown, keys, entries, page_dir, root)
    edges = encode.vis_edges(shown)
    summary = (
        f"{shown.number_of_nodes():,} {_NOUNS.get(kind, 'nodes')} and "
        f"{shown.number_of_edges():,} links shown. Colour: {colour_by}; size: degree "
        "centrality; edge width: shared projects. Hover for facts, click for details "
        "and links to the source notices."
    )
    html = render.page_html(
        title=title,
        summary=summary,
        notes=notes,
        commands=commands,
        legend=entries,
        colour_by=colour_by,
        nodes=nodes,
        edges=edges,
        options=encode.vis_options(len(nodes), len(edges)),
    )
    atomic.write_text(html_path, html)
    png_path = None
    if png:
        colours = {n["id"]: n["color"] for n in nodes}
        png_path = render.write_png(
            shown,
            html_path.with_suffix(".png"),
            title=title,
            colours={v: colours[str(v)] for v in shown.nodes},
            sizes=encode.node_sizes(shown),
            widths={(e["from"], e["to"]): e["width"] for e in edges},
            legend=entries,
        )
    return ViewResult(
        html=html_path,
        png=png_path,
        nodes_total=reduction.nodes_total,
        nodes_shown=shown.number_of_nodes(),
        edges_total=reduction.edges_total,
        edges_shown=shown.number_of_edges(),
        notes=tuple(notes),
    )


def write_view(
    graph: Graph,
    out_dir: str | Path = "output/views",
    *,
    kind: str = "organisations",
    level: int = 2,
    focus: str | None = None,
    radius: int = 1,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_edges: int | None = None,
    colour_by: str | None = None,
    png: bool = True,
    graph_path: str | Path | None = None,
    source_root: str | Path | None = None,
) -> ViewResult:
    """Write one view of ``graph`` into ``out_dir``; the one function ``coopkg view`` calls.

    ``kind``: ``organisations`` (organisations.html), ``regions`` (regions-nuts{level}.html)
    or ``neighbourhood`` of ``focus`` (an IRI or a name; neighbourhood-{name}.html).
    ``colour_by``: ``type``, ``country`` or ``community`` (default: country for the
    organisation and region views, type for the neighbourhood). ``graph_path`` only
    goes into the commands the page suggests.
    """
    from coopkg.views import networks

    if kind not in KINDS:
        raise GraphError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    colour = colour_by or _DEFAULT_COLOUR[kind]
    out = Path(out_dir)
    args: dict[str, Any] = {"graph": str(graph_path)} if graph_path else {}
    extra: tuple[str, ...] = ()
    if kind == "organisations":
        g = networks.organisation_network(graph)
        title, name = "Organisation network", "organisations"
        args.update(kind=kind)
    elif kind == "regions":
        g = networks.region_network(graph, level)
        title, name = f"Region network (NUTS level {level})", f"regions-nuts{level}"
        args.update(kind=kind, level=level)
        if g.graph.get("unplaced"):
            count = g.graph["unplaced"]
            who = "1 organisation has" if count == 1 else f"{count:,} organisations have"
            hint = " (try a lower --level)." if level > 0 else "."
            extra = (f"{who} no NUTS region at level {level}, so left off this map{hint}",)
    else:
        if not focus:
            raise LinkError("the neighbourhood view needs --focus (an IRI or a name)")
        g = networks.neighbourhood_network(graph, focus, radius)
        centre = g.graph["focus"]
        centre_name = str(g.nodes[centre].get("name", centre))
        title = f"Neighbourhood of {centre_name}"
        name = f"neighbourhood-{_slug(centre_name)}"
        args.update(kind=kind, focus=centre, radius=radius)
    if colour_by:
        args["color"] = colour_by
    return render_network(
        g,
        out / f"{name}.html",
        title=title,
        colour_by=colour,
        max_nodes=max_nodes,
        max_edges=max_edges,
        png=png,
        command_args=args,
        extra_notes=extra,
        source_root=source_root,
    )


def write_default_views(
    graph: Graph, out_dir: str | Path = "output/views", **options: Any
) -> list[Path]:
    """The default views (organisations, NUTS-2 regions) written into ``out_dir``.

    ``options`` go to :func:`write_view` (e.g. ``max_nodes``, ``png``). Returns the
    paths written. ``coopkg build`` calls this with ``<out>/views``.
    """
    options.pop("kind", None)
    written: list[Path] = []
    for kind in ("organisations", "regions"):
        written.extend(write_view(graph, out_dir, kind=kind, **options).paths)
    return written


def view_file(
    graph_path: str | Path, out_dir: str | Path = "output/views", **options: Any
) -> ViewResult:
    """Load the RDF file ``graph_path`` and write one view of it (see :func:`write_view`)."""
    from coopkg.store.stores import load_graph

    return write_view(load_graph(graph_path), out_dir, graph_path=graph_path, **options)
