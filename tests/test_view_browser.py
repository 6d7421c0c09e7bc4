"""Open every kind of view in headless Chromium, offline, and check it really works.

Marked ``browser``; skipped (with the reason) where Chromium or playwright is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import coopkg
from coopkg.views import write_view

browser = pytest.importorskip("browser", reason="tests/browser.py helpers not importable")

REASON = browser.unavailable_reason()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(REASON is not None, reason=REASON or ""),
]

FIXTURE = Path(__file__).parent / "fixtures" / "view" / "mini.ttl"
HOSTILE = "https://w3id.org/coopkg/id/organisation/hostile"


@pytest.fixture(scope="module")
def mini():
    return coopkg.load(FIXTURE)


VIEWS = {
    "organisations": {"kind": "organisations"},
    "regions": {"kind": "regions", "level": 1},
    "neighbourhood": {"kind": "neighbourhood", "focus": "GAMMA", "radius": 2},
    "reduced-community": {"kind": "organisations", "max_nodes": 4, "colour_by": "community"},
}


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_view_renders_offline(mini, tmp_path, name):
    result = write_view(mini, tmp_path, png=False, **VIEWS[name])
    report = browser.open_view(result.html)
    assert report.has_network
    assert report.stabilized
    assert report.node_count == result.nodes_shown
    assert report.edge_count == result.edges_shown
    assert report.canvas_ink > 0
    assert report.console_errors == []
    assert report.page_errors == []
    assert report.external_requests == []
    assert report.alerts == []


def test_hostile_name_stays_text(mini, tmp_path):
    # Notices next to the page: a link is made (far away ones get none, see encode.MAX_CLIMB).
    result = write_view(mini, tmp_path, kind="organisations", png=False, source_root=tmp_path)
    report = browser.open_view(
        result.html,
        evaluate={
            # Search shows the details panel of the match (facts + source links).
            "found": "() => window.coopkgView.search('onerror')",
            "details": "() => document.getElementById('coopkg-details').textContent",
            "images": "() => document.querySelectorAll('img').length",
            "scripts": "() => document.querySelectorAll('script').length",
            "tooltip": f"() => window.coopkgView.nodes.get('{HOSTILE}').title.textContent",
            "links": "() => Array.from(document.querySelectorAll('#coopkg-details a'))"
            ".map(a => a.getAttribute('href'))",
        },
    )
    assert report.extra["found"] == [HOSTILE]
    assert "<img src=x onerror=alert(1)>" in report.extra["details"]
    assert "<script>alert(2)</script>" in report.extra["details"]
    assert "<img src=x onerror=alert(1)>" in report.extra["tooltip"]
    assert report.extra["images"] == 0
    assert report.extra["scripts"] == 3  # data block, vis-network, our script
    # The notice path "javascript:alert(3)" became a harmless relative link.
    assert report.extra["links"] and all(":" not in h for h in report.extra["links"])
    assert report.alerts == []
    assert report.external_requests == []


def test_filter_hides_a_category(mini, tmp_path):
    result = write_view(mini, tmp_path, kind="organisations", png=False)
    report = browser.open_view(
        result.html,
        evaluate={
            "hidden": """() => {
                const box = document.querySelector('#coopkg-legend input[data-category="AT"]');
                box.click();
                return window.coopkgView.nodes.get({filter: n => n.hidden === true}).length;
            }""",
        },
    )
    assert report.extra["hidden"] == 1
