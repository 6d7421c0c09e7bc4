"""Visual encoding: how a network's nodes and edges look in a view.

The one place that decides colours (by node type, country or community), node sizes (by
degree centrality), edge widths (by weight), the legend and the vis-network options.
Returns plain dicts and dataclasses that :mod:`coopkg.views.render` serialises; nothing
here writes files, escapes HTML or reads RDF. Text from notices stays plain text here:
the page inserts it with ``textContent`` only.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import networkx as nx

#: Colour schemes a view can use.
COLOUR_BY = ("type", "country", "community")

#: One colour per node type (the neighbourhood view mixes types).
KIND_COLOURS = {
    "project": "#1f77b4",
    "organisation": "#ff7f0e",
    "region": "#2ca02c",
    "theme": "#9467bd",
    "programme": "#8c564b",
}
KIND_LABELS = {
    "project": "Project",
    "organisation": "Organisation",
    "region": "Region",
    "theme": "Theme",
    "programme": "Programme",
}

#: Distinct colours for countries and communities (tab20 without its greys).
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
    "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5",
)  # fmt: skip
#: Colour of everything the palette has no room for, and of unknown values.
OTHER_COLOUR = "#b0b0b0"
OTHER_KEY = "other"

MIN_SIZE, MAX_SIZE = 8.0, 40.0
MIN_WIDTH, MAX_WIDTH = 1.0, 8.0
#: Labels longer than this are cut on the canvas (the tooltip has the full name).
LABEL_LIMIT = 40
#: Seed of every random choice (community detection, layouts): same input, same picture.
SEED = 42


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One colour of the legend: ``key`` is what the filter toggles."""

    key: str
    label: str
    colour: str
    count: int


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """English name of an ISO 3166 alpha-2 (or Eurostat EL/UK) code, else the code.

    >>> country_name("EL")
    'Greece'
    """
    import pycountry

    alpha2 = {"EL": "GR", "UK": "GB"}.get(code.upper(), code.upper())
    found = pycountry.countries.get(alpha_2=alpha2) if len(alpha2) == 2 else None
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code


def communities(g: nx.Graph) -> dict[Any, int]:
    """Community number of every node: its ``community`` attribute (set by
    :mod:`coopkg.views.networks` from the whole network, before any budget cut), else
    :func:`coopkg.network.communities` of ``g``, numbered as in ``coopkg analyze``'s report.

    >>> import networkx as nx
    >>> sorted(communities(nx.barbell_graph(3, 0)).items())
    [(0, 0), (1, 0), (2, 0), (3, 1), (4, 1), (5, 1)]
    """
    given = dict(g.nodes(data="community"))
    if all(c is not None for c in given.values()):
        return given
    from coopkg.network import communities as louvain
    from coopkg.network import community_map

    return community_map(louvain(g))


def categories(g: nx.Graph, colour_by: str) -> dict[Any, str]:
    """The legend key of every node under a colour scheme."""
    if colour_by == "type":
        return {n: str(d.get("kind") or OTHER_KEY) for n, d in g.nodes(data=True)}
    if colour_by == "country":
        return {n: str(d.get("country") or "").upper() or OTHER_KEY for n, d in g.nodes(data=True)}
    if colour_by == "community":
        return {n: f"community-{c}" for n, c in communities(g).items()}
    raise ValueError(f"colour_by must be one of {COLOUR_BY}, not {colour_by!r}")


def _key_label(key: str, colour_by: str) -> str:
    if key == OTHER_KEY:
        return "Other / unknown"
    if colour_by == "type":
        return KIND_LABELS.get(key, key)
    if colour_by == "country":
        name = country_name(key)
        return f"{name} ({key})" if name != key else key
    return f"Community {key.removeprefix('community-')}"


def legend(cats: dict[Any, str], colour_by: str) -> tuple[LegendEntry, ...]:
    """Legend entries, biggest group first; groups past the palette share "other".

    >>> [e.key for e in legend({1: "AT", 2: "AT", 3: "HU"}, "country")]
    ['AT', 'HU']
    """
    counts = Counter(cats.values())
    other = counts.pop(OTHER_KEY, 0)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    entries = []
    for index, (key, count) in enumerate(ordered):
        if colour_by == "type":
            colour = KIND_COLOURS.get(key, OTHER_COLOUR)
        elif index < len(PALETTE):
            colour = PALETTE[index]
        else:
            other += count
            continue
        entries.append(LegendEntry(key, _key_label(key, colour_by), colour, count))
    if other:
        entries.append(
            LegendEntry(OTHER_KEY, _key_label(OTHER_KEY, colour_by), OTHER_COLOUR, other)
        )
    return tuple(entries)


def legend_key(cats: dict[Any, str], entries: tuple[LegendEntry, ...]) -> dict[Any, str]:
    """Each node's key in the legend (folded into "other" when the palette ran out)."""
    shown = {e.key for e in entries}
    return {n: k if k in shown else OTHER_KEY for n, k in cats.items()}


def node_sizes(g: nx.Graph) -> dict[Any, float]:
    """Node size from degree centrality, scaled to [MIN_SIZE, MAX_SIZE] (2 decimals).

    >>> import networkx as nx
    >>> node_sizes(nx.star_graph(2))
    {0: 40.0, 1: 24.0, 2: 24.0}
    """
    import networkx as nx

    if g.number_of_nodes() < 2:
        return {n: MAX_SIZE for n in g.nodes}
    centrality = nx.degree_centrality(g)
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * c, 2) for n, c in centrality.items()}


def edge_width(weight: float, max_weight: float) -> float:
    """Edge width grows with the log of its weight, heaviest edge = MAX_WIDTH.

    >>> edge_width(1, 1), edge_width(1, 4), edge_width(4, 4), edge_width(2, 4)
    (1.0, 1.0, 8.0, 4.5)
    """
    if max_weight <= 1 or weight <= 1:
        return MIN_WIDTH
    share = math.log(weight) / math.log(max_weight)
    return round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share, 2)


def short_label(name: str, limit: int = LABEL_LIMIT) -> str:
    """``name`` cut to ``limit`` characters with an ellipsis.

    >>> short_label("Provincia Autonoma di Bolzano", 10)
    'Provincia…'
    """
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


#: Folders a link from a page to a notice may climb ("../../seeds/x.txt" climbs two).
MAX_CLIMB = 3


def source_href(source: str, page_dir: Path, source_root: Path) -> str:
    """A relative, percent-encoded link from the page to a notice file, or "" for none.

    Percent-encoding ``:`` means no source path can become a ``javascript:`` (or any
    other scheme) link, whatever the notice path says. A link that would climb more than
    :data:`MAX_CLIMB` folders would spell out the machine's folders: there is none then.

    >>> source_href("seeds/a b.txt", Path("/w/output/views"), Path("/w"))
    '../../seeds/a%20b.txt'
    >>> source_href("javascript:alert(1)", Path("/w/out"), Path("/w"))
    '../javascript%3Aalert%281%29'
    >>> source_href("a.txt", Path("/tmp/run/out/views"), Path("/home/me/notices"))
    ''
    """
    target = Path(source)
    if not target.is_absolute():
        target = source_root / target
    relative = os.path.relpath(target, page_dir).replace(os.sep, "/")
    if relative.split("/").count("..") > MAX_CLIMB:
        return ""
    return quote(relative, safe="/")


def vis_nodes(
    g: nx.Graph,
    keys: dict[Any, str],
    entries: tuple[LegendEntry, ...],
    page_dir: Path,
    source_root: Path,
) -> list[dict[str, Any]]:
    """The nodes as the page's script reads them (plain text, JSON-ready values only)."""
    colours = {e.key: e.colour for e in entries}
    sizes = node_sizes(g)
    focus = g.graph.get("focus")
    result = []
    for node, data in g.nodes(data=True):
        name = str(data.get("name") or node)
        kind = str(data.get("kind") or "")
        facts = [[str(k), str(v)] for k, v in data.get("facts", ())]
        facts.append(["Connections shown", str(g.degree(node))])
        entry: dict[str, Any] = {
            "id": str(node),
            "label": short_label(name),
            "name": name,
            "kind": KIND_LABELS.get(kind, kind),
            "category": keys[node],
            "color": colours.get(keys[node], OTHER_COLOUR),
            "size": sizes[node],
            "facts": facts,
            "sources": [
                [str(s), source_href(str(s), page_dir, source_root)]
                for s in data.get("sources", ())
            ],
        }
        if node == focus:
            entry["focus"] = True
        result.append(entry)
    return result


def vis_edges(g: nx.Graph) -> list[dict[str, Any]]:
    """The edges as the page's script reads them; ``title`` is plain text."""
    weights = [w for _a, _b, w in g.edges(data="weight", default=1)]
    heaviest = max(weights, default=1)
    result = []
    for index, (a, b, data) in enumerate(g.edges(data=True)):
        weight = data.get("weight", 1)
        projects = data.get("projects", ())
        if data.get("relation"):
            title = str(data["relation"])
        else:
            noun = "shared project" if weight == 1 else "shared projects"
            listed = ", ".join(projects[:5]) + (
                f", +{len(projects) - 5} more" if len(projects) > 5 else ""
            )
            title = f"{weight} {noun}" + (f": {listed}" if listed else "")
        result.append(
            {
                "id": index,
                "from": str(a),
                "to": str(b),
                "width": edge_width(weight, heaviest),
                "title": title,
            }
        )
    return result


def vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: physics that stabilises (then the page turns it off).

    Big graphs get fewer stabilisation iterations, straight edges and no
    "improvedLayout" (its Kamada-Kawai pass is what makes vis-network hang on
    thousands of nodes).
    """
    big = n_nodes > 300 or n_edges > 2000
    return {
        "autoResize": True,
        "layout": {"randomSeed": SEED, "improvedLayout": not big},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"size": 12 if not big else 10, "face": "sans-serif"},
            "scaling": {"label": {"enabled": False}},
        },
        "edges": {
            "color": {"color": "#9aa5b1", "highlight": "#333333", "opacity": 0.7},
            "smooth": False if big else {"type": "continuous"},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 110,
                "springConstant": 0.08,
                "avoidOverlap": 0.2,
            },
            "maxVelocity": 50,
            "minVelocity": 0.75,
            "timestep": 0.5,
            "stabilization": {
                "enabled": True,
                "iterations": 1000 if n_nodes <= 300 else 300 if n_nodes <= 1000 else 150,
                "updateInterval": 25,
                "fit": True,
            },
        },
    }
