"""Open the review page in headless Chromium, offline: it sorts, filters and stays inert.

Marked ``browser``; skipped (with the reason) where Chromium or playwright is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

browser = pytest.importorskip("browser", reason="tests/browser.py helpers not importable")

REASON = browser.unavailable_reason()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(REASON is not None, reason=REASON or ""),
]


@pytest.fixture(scope="module")
def review_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from coopkg.graph.triples import build_graph
    from coopkg.link import link_records
    from coopkg.records import Evidence, Partner, ProjectRecord
    from coopkg.views.review import write_review

    hostile = '</td><script>alert("x")</script><img src=x onerror=alert(2)>'

    def record(source: str, funding: float, confidence: float, partner: str) -> ProjectRecord:
        return ProjectRecord(
            source=source, sha256=source.ljust(64, "0"), acronym="ALPHA",
            programme_id="interreg-ivc", eu_funding_eur=funding,
            partners=(Partner(partner, "AT"),),
            evidence=(Evidence("eu_funding_eur", str(funding), 0, 9, "EUR" + hostile,
                               "money:label", confidence),),
        )  # fmt: skip

    records = [
        record("a.txt", 100.0, 0.3, "Tyrol Cluster Agency"),
        record("b.txt", 200.0, 0.5, "Tyrol Cluster Agency West"),
    ]
    linked = link_records(records, themes=())
    graph = build_graph(linked.records, linked.organisations)
    out = tmp_path_factory.mktemp("review")
    return write_review(out, graph=graph).html


def test_review_page_sorts_filters_and_stays_inert(review_page: Path) -> None:
    report = browser.open_view(
        review_page,
        evaluate={
            "rows": "() => document.querySelectorAll('#queue tbody tr').length",
            "sorted": """() => {
                const th = document.querySelectorAll('#queue th')[4];
                th.click(); th.click();  // confidence, descending
                return Array.from(document.querySelectorAll('#queue tbody tr'))
                    .map(r => r.cells[4].textContent.trim());
            }""",
            "kind": """() => {
                const select = document.getElementById('kind');
                select.value = 'duplicate';
                select.dispatchEvent(new Event('change'));
                return Array.from(document.querySelectorAll('#queue tbody tr'))
                    .filter(r => !r.hidden).map(r => r.cells[0].textContent.trim());
            }""",
            "text": """() => {
                document.getElementById('kind').value = '';
                const box = document.getElementById('filter');
                box.value = '0.30';
                box.dispatchEvent(new Event('input'));
                return [document.getElementById('shown').textContent,
                        document.querySelectorAll('script').length];
            }""",
        },
    )
    assert report.page_errors == [] and report.console_errors == []
    assert report.external_requests == [] and report.alerts == []
    assert report.extra["rows"] == 4
    assert report.extra["sorted"] == ["0.89", "0.50", "0.30", ""]
    assert report.extra["kind"] == ["duplicate"]
    assert report.extra["text"] == ["1 shown", 1]
