"""Benchmark: analysis of a large organisation network (a script, not a test).

Generates a partner network shaped like keep.eu's (organisations with Zipf-skewed
popularity, projects of 2-12 partners in 30 countries, programme periods), of
``--organisations`` organisations (default 50,000), and times each step of
:func:`coopkg.network.analyze` on it: the organisation graph, the node metrics
(betweenness, PageRank, clustering, core numbers, Louvain communities, components),
brokers, and the whole analysis (six networks, CSV, GraphML, GEXF, metrics.ttl; no HTML
report). The whole analysis runs in a fresh process so its peak memory is its own; the
``side_by_side`` block sets its CPU, wall time and peak RSS next to the metrics-only ones.
With ``--compare`` it also measures, on the largest graph where that is affordable, the
sampled betweenness against the exact one (maximum absolute error, overlap of the top 20).

    python tests/benchmarks/bench_network.py --organisations 50000
    python tests/benchmarks/bench_network.py --organisations 12000 --compare

Prints one JSON document. Nothing asserts times.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
             "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI",
             "SK", "NO", "CH", "UK")  # fmt: skip
PERIODS = ("2000-2006", "2007-2013", "2014-2020", "2021-2027")


def network(organisations: int, seed: int = 7):
    """A synthetic NetworkData with about ``organisations`` organisations."""
    from coopkg.network.graphs import NetworkData, OrganisationInfo, ProjectInfo

    rng = random.Random(seed)
    orgs = {
        f"https://example.org/org/{i}": OrganisationInfo(
            f"https://example.org/org/{i}", f"Organisation {i}", rng.choice(COUNTRIES)
        )
        for i in range(organisations)
    }
    iris = list(orgs)
    # Zipf-like popularity: a few organisations in hundreds of projects, most in one or
    # two (cumulative weights: each draw is a bisection, not a pass over all weights).
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(organisations)))
    projects = []
    for index in range(organisations * 3 // 5):
        size = rng.randint(2, 10)
        partners = set(rng.choices(iris, cum_weights=cumulative, k=size))
        for first in (2 * index, 2 * index + 1):  # every organisation in some project
            if first < organisations:
                partners.add(iris[first])
        projects.append(
            ProjectInfo(
                f"https://example.org/project/{index}",
                f"Project {index}",
                tuple(sorted(partners)),
                period=rng.choice(PERIODS),
                funding=float(rng.randint(1, 50) * 100_000),
            )
        )
    return NetworkData(tuple(projects), orgs)


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    cpu = time.process_time()
    value = func(*args, **kwargs)
    return value, round(time.perf_counter() - start, 2), round(time.process_time() - cpu, 2)


def peak_rss_mb() -> int:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def whole_analysis(organisations: int) -> dict:
    """``analyze`` (no HTML) on the generated network, timed in this process."""
    from coopkg.network import analyze

    data = network(organisations)
    result = {"rss_before_mb": peak_rss_mb()}
    with tempfile.TemporaryDirectory() as tmp:
        analysis, result["wall_s"], result["cpu_s"] = timed(
            analyze, data, Path(tmp) / "analysis", report=False
        )
        result["output_mb"] = round(
            sum(p.stat().st_size for p in (Path(tmp) / "analysis").iterdir()) / 2**20
        )
    result["peak_rss_mb"] = peak_rss_mb()
    result["betweenness"] = analysis.summary["betweenness"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=50_000)
    parser.add_argument("--compare", action="store_true", help="sampled vs exact betweenness")
    parser.add_argument("--skip-analyze", action="store_true")
    parser.add_argument("--analyze-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.analyze_only:  # the child process of the whole-analysis measurement
        print(json.dumps(whole_analysis(args.organisations)))
        return

    result: dict = {}
    whole: dict = {}
    if not args.skip_analyze:
        # First, while this process is small: a child's peak RSS starts from its parent's.
        command = [sys.executable, __file__, "--organisations", str(args.organisations)]
        child = subprocess.run(
            [*command, "--analyze-only"], capture_output=True, text=True, check=True
        )
        whole = result["analyze"] = json.loads(child.stdout)

    from coopkg.network import organisation_graph
    from coopkg.network.brokers import broker_table
    from coopkg.network.metrics import betweenness, node_metrics

    data, result["generate_s"], _ = timed(network, args.organisations)
    result["projects"] = len(data.projects)
    graph, result["organisation_graph_s"], result["organisation_graph_cpu"] = timed(
        organisation_graph, data
    )
    result["organisation_graph"] = [graph.number_of_nodes(), graph.number_of_edges()]
    rows, result["node_metrics_s"], result["node_metrics_cpu"] = timed(node_metrics, graph)
    communities = {r["node"]: r["community"] for r in rows}
    result["communities"] = len(set(communities.values()))
    _brokers, result["brokers_s"], result["brokers_cpu"] = timed(broker_table, graph, communities)
    result["peak_rss_mb"] = peak_rss_mb()
    if whole:
        result["side_by_side"] = {
            "node_metrics": {
                "cpu_s": result["node_metrics_cpu"],
                "wall_s": result["node_metrics_s"],
            },
            "brokers": {"cpu_s": result["brokers_cpu"], "wall_s": result["brokers_s"]},
            "whole_analyze": {
                "cpu_s": whole["cpu_s"],
                "wall_s": whole["wall_s"],
                "peak_rss_mb": whole["peak_rss_mb"],
                "rss_before_mb": whole["rss_before_mb"],
            },
        }
    if args.compare:
        plain = graph.copy()
        exact, result["exact_betweenness_s"], _ = timed(
            betweenness, plain, exact_max_nodes=plain.number_of_nodes()
        )
        sampled, result["sampled_betweenness_s"], _ = timed(betweenness, plain, exact_max_nodes=0)
        errors = [abs(exact[n] - sampled[n]) for n in exact]
        top = 20

        def best(values: dict) -> set:
            return {n for n, _ in sorted(values.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]}

        result["sampled_vs_exact"] = {
            "max_abs_error": round(max(errors), 6),
            "mean_abs_error": round(sum(errors) / len(errors), 8),
            "largest_exact": round(max(exact.values()), 6),
            f"top{top}_overlap": len(best(exact) & best(sampled)),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
