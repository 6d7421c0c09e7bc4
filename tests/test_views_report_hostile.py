"""Views and report: hostile strings escaped, readable PNG, report and GEXF without noise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import coopkg
from coopkg.network.io import gexf_text
from coopkg.views.render import png_geometry, png_label_count

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "bad_inputs"
RAW = ("<script>alert", "<img src=x", "<svg onload", "onerror=alert")


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory: pytest.TempPathFactory):
    files = [HOSTILE / "hostile-strings.html", HOSTILE / "hostile-markdown.md"]
    out = tmp_path_factory.mktemp("hostile")
    coopkg.build(files, out, views=True)
    return coopkg.load(out / "graph.ttl"), out


def _hrefs(page: str) -> list[str]:
    return re.findall(r"""href\s*=\s*["']([^"']*)""", page, re.IGNORECASE)


def test_hostile_strings_are_escaped_in_every_view(hostile_graph, tmp_path: Path) -> None:
    graph, out = hostile_graph
    pages = list((out / "views").glob("*.html"))
    written = coopkg.view(graph, tmp_path / "views", png=False)
    pages += [p for p in written if p.suffix == ".html"]
    focus = coopkg.query(
        graph, "SELECT ?a WHERE { ?p <https://w3id.org/coopkg/ontology#acronym> ?a }"
    )
    assert focus.rows  # the hostile notices were built
    from coopkg.views import write_view

    for (acronym,) in focus.rows:
        pages += list(
            write_view(
                graph, tmp_path / "focus", kind="neighbourhood", focus=acronym, png=False
            ).paths
        )
    assert len(pages) >= 4
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for raw in RAW:
            assert raw not in text, (page.name, raw)
        for href in _hrefs(text):
            assert not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")), href


def test_hostile_strings_are_escaped_in_the_report(hostile_graph, tmp_path: Path) -> None:
    graph, _out = hostile_graph
    coopkg.analyze(graph, tmp_path / "analysis")
    text = (tmp_path / "analysis" / "report.html").read_text(encoding="utf-8")
    for raw in RAW:
        assert raw not in text
    assert "javascript:" not in " ".join(_hrefs(text))


def test_the_graph_never_holds_a_javascript_website(hostile_graph) -> None:
    graph, _out = hostile_graph
    sites = coopkg.query(
        graph, "SELECT ?w WHERE { ?p <https://w3id.org/coopkg/ontology#website> ?w }"
    ).rows
    assert all(not str(w).lower().startswith("javascript:") for (w,) in sites)


def test_png_labels_only_the_top_nodes_and_grows_with_the_network() -> None:
    assert [png_label_count(n) for n in (3, 20, 21, 40, 200, 201, 5000)] == [
        3, 20, 15, 15, 15, 10, 10,
    ]  # fmt: skip
    assert png_geometry(40) == ((12.0, 9.0), 1.0)
    assert png_geometry(1000) == ((20.0, 15.0), 0.25)


def test_png_of_a_large_network_is_written(tmp_path: Path) -> None:
    import networkx as nx

    from coopkg.views.render import write_png

    g = nx.barabasi_albert_graph(120, 2, seed=1)
    for node in g:
        g.nodes[node]["name"] = f"Organisation number {node} with a long name"
    path = write_png(
        g, tmp_path / "big.png", title="big", colours=dict.fromkeys(g, "#336699"),
        sizes=dict.fromkeys(g, 10.0), widths={}, legend=(),
    )  # fmt: skip
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_report_has_unique_headings_and_no_empty_brokers_chart(seed_graph, tmp_path) -> None:
    result = coopkg.analyze(seed_graph, tmp_path / "a")
    assert result.summary["brokers"] == 0
    text = (tmp_path / "a" / "report.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2>([^<]*)</h2>", text)
    assert len(headings) == len(set(headings))
    assert 'alt="Brokers"' not in text
    assert "No organisation meets the broker rule" in text


def test_gexf_has_metrics_and_no_date_stamp(seed_graph, tmp_path: Path) -> None:
    coopkg.analyze(seed_graph, tmp_path / "a", report=False)
    text = (tmp_path / "a" / "organisation.gexf").read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text
    for name in ("degree", "pagerank", "community", "betweenness"):
        assert f'title="{name}"' in text
    again = tmp_path / "b"
    coopkg.analyze(seed_graph, again, report=False)
    assert (again / "organisation.gexf").read_bytes() == text.encode("utf-8")


def test_gexf_text_adds_metric_rows() -> None:
    import networkx as nx

    text = gexf_text(nx.Graph([("a", "b")]), [{"node": "a", "pagerank": 0.5, "community": 3}])
    assert 'title="pagerank"' in text and 'value="0.5"' in text and 'value="3"' in text
