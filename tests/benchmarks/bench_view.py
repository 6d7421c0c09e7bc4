"""Benchmark: network views of the real CORDIS H2020 partner network (a script, not a test).

Loads ``../shared/data/cordis_h2020_fp7_network_sod16`` (7.6k projects, 12.3k
organisations, 31.9k links) through :func:`coopkg.pipeline.cordis_graph`, writes
the organisation and NUTS-0 region views with :func:`coopkg.views.write_view` at several
node budgets, opens each page in headless Chromium with the network blocked
(``tests/browser.py``) and records the time until vis-network fired
``stabilizationIterationsDone``.

Run from the repository root::

    .venv/bin/python tests/benchmarks/bench_view.py [--budgets 500 1500 3000] [--keep DIR]

Prints one JSON document. Wall-clock times depend on the machine: nothing asserts them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "cordis_h2020_fp7_network_sod16"
sys.path.insert(0, str(ROOT / "tests"))


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    value = func(*args, **kwargs)
    return value, round(time.perf_counter() - start, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budgets", type=int, nargs="+", default=[500, 1500, 3000])
    parser.add_argument("--keep", type=Path, default=None, help="Keep the pages in this folder.")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"dataset not found: {DATA}")

    import browser
    from coopkg.network import network_data
    from coopkg.pipeline import cordis_graph
    from coopkg.views import networks, render_network

    report: dict = {"dataset": str(DATA.relative_to(ROOT.parent)), "views": []}
    graph, report["load_rdf_s"] = timed(cordis_graph, DATA)
    report["triples"] = len(graph)
    data, report["network_data_s"] = timed(network_data, graph)
    orgs, report["organisation_network_s"] = timed(networks.organisation_network, graph, data)
    regions, report["region_network_nuts0_s"] = timed(networks.region_network, graph, 0, data)
    report["organisations"] = {"nodes": orgs.number_of_nodes(), "edges": orgs.number_of_edges()}
    reason = browser.unavailable_reason()
    report["browser"] = reason or browser.chromium_path()

    out = args.keep or Path(tempfile.mkdtemp(prefix="coopkg-bench-view-"))
    jobs = [("organisations", orgs, b) for b in args.budgets] + [("regions-nuts0", regions, 1500)]
    for name, g, budget in jobs:
        path = out / f"{name}-{budget}.html"
        result, seconds = timed(
            render_network, g, path, title=f"{name} (budget {budget})",
            colour_by="country", max_nodes=budget, png=False,
        )  # fmt: skip
        entry = {
            "view": name,
            "max_nodes": budget,
            "nodes_shown": result.nodes_shown,
            "nodes_total": result.nodes_total,
            "edges_shown": result.edges_shown,
            "edges_total": result.edges_total,
            "write_html_s": seconds,
            "html_mb": round(path.stat().st_size / 1e6, 2),
        }
        if reason is None:
            page, wall = timed(browser.open_view, path, timeout_ms=300_000)
            entry.update(
                stabilize_ms=round(page.stabilize_ms or -1),
                browser_total_s=wall,
                dataset_nodes=page.node_count,
                console_errors=len(page.console_errors) + len(page.page_errors),
                external_requests=len(page.external_requests),
            )
        report["views"].append(entry)
        print(json.dumps(entry), file=sys.stderr)
    _png, report["png_1500_s"] = timed(
        render_network, orgs, out / "organisations-png.html", title="png", max_nodes=1500
    )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
