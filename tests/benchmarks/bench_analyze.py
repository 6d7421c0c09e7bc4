"""Benchmark: network analysis of the real CORDIS H2020 partner network (a script, not a test).

Loads ``../shared/data/cordis_h2020_fp7_network_sod16`` (7.6k projects, 12.3k
organisations, 31.9k links) into a coopkg RDF graph, runs :func:`coopkg.network.analyze`
end to end (its CPU, wall time and peak RSS side by side with those of the node metrics
alone), and times exact against sampled betweenness on connected samples of growing
size, which is how :data:`coopkg.network.metrics.EXACT_BETWEENNESS_MAX_NODES` was chosen.

Run from the repository root::

    .venv/bin/python tests/benchmarks/bench_analyze.py [--sizes 500 1000 2000 3000]

Prints one JSON document. Wall-clock times depend on the machine: nothing asserts them.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections import deque
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "cordis_h2020_fp7_network_sod16"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    value = func(*args, **kwargs)
    return value, round(time.perf_counter() - start, 2)


def timed_cpu(func, *args, **kwargs):
    """Value, wall seconds and CPU seconds of one call (CPU is what a shared machine
    does not blur)."""
    cpu = time.process_time()
    value, wall = timed(func, *args, **kwargs)
    return value, wall, round(time.process_time() - cpu, 2)


def connected_sample(graph: nx.Graph, size: int) -> nx.Graph:
    """The first ``size`` nodes of a breadth-first walk from the highest-degree node."""
    start = max(graph.nodes, key=lambda n: (graph.degree(n), str(n)))
    seen = {start}
    queue = deque([start])
    while queue and len(seen) < size:
        node = queue.popleft()
        for nb in sorted(graph[node], key=str):
            if nb not in seen and len(seen) < size:
                seen.add(nb)
                queue.append(nb)
    return graph.subgraph(seen).copy()


def betweenness_trial(graph: nx.Graph, size: int, samples: int, top: int = 20) -> dict:
    sample = connected_sample(graph, size)
    exact, t_exact = timed(nx.betweenness_centrality, sample)
    sampled, t_sampled = timed(nx.betweenness_centrality, sample, k=min(samples, size), seed=42)

    def best(values: dict) -> set:
        return {n for n, _ in sorted(values.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]}

    return {
        "nodes": sample.number_of_nodes(),
        "edges": sample.number_of_edges(),
        "exact_s": t_exact,
        f"sampled_k{samples}_s": t_sampled,
        f"top{top}_overlap": len(best(exact) & best(sampled)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 1000, 2000, 3000])
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--skip-analyze", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"dataset not found: {DATA}")

    from coopkg.network import analyze, network_data, organisation_graph
    from coopkg.network.brokers import broker_table
    from coopkg.network.metrics import communities, node_metrics
    from coopkg.pipeline import cordis_graph

    result: dict = {}
    g, result["load_rdf_s"] = timed(cordis_graph, DATA, vocabulary=False)
    result["triples"] = len(g)
    data, result["network_data_s"] = timed(network_data, g)
    graph, result["organisation_graph_s"] = timed(organisation_graph, data)
    result["organisation_graph"] = [graph.number_of_nodes(), graph.number_of_edges()]
    groups, result["louvain_s"] = timed(communities, graph)
    result["communities"] = len(groups)
    mapping = {n: i for i, c in enumerate(groups) for n in c}
    brokers, result["brokers_s"] = timed(broker_table, graph, mapping)
    _rows, metrics_s, metrics_cpu = timed_cpu(node_metrics, graph)
    result["brokers"] = sum(1 for r in brokers if r["is_broker"])
    result["peak_rss_mb_after_load"] = peak_rss_mb()
    if not args.skip_analyze:
        with tempfile.TemporaryDirectory() as tmp:
            analysis, result["analyze_s"], analyze_cpu = timed_cpu(
                analyze, data, Path(tmp) / "analysis"
            )
            result["analyze_files"] = len(analysis.files)
            result["analyze_summary"] = {
                k: analysis.summary[k] for k in ("betweenness", "brokers", "communities")
            }
            result["repeat_partnerships"] = analysis.summary["repeat_partnerships"]
        result["peak_rss_mb_after_analyze"] = peak_rss_mb()
        result["side_by_side"] = {
            "node_metrics": {"cpu_s": metrics_cpu, "wall_s": metrics_s},
            "whole_analyze": {
                "cpu_s": analyze_cpu,
                "wall_s": result["analyze_s"],
                "peak_rss_mb": result["peak_rss_mb_after_analyze"],
                "rss_before_mb": result["peak_rss_mb_after_load"],
            },
        }
    result["betweenness"] = [betweenness_trial(graph, s, args.samples) for s in args.sizes]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
