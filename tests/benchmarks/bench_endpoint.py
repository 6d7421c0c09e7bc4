"""Benchmark: 20 concurrent clients against ``coopkg serve`` for 30 seconds.

Not collected by pytest; run it as a script::

    .venv/bin/python tests/benchmarks/bench_endpoint.py --clients 20 --seconds 30

It builds the seed graph in memory, starts the endpoint (waitress + Oxigraph worker
processes) on a free loopback port, and lets each client send saved queries without
parameters in a loop (plus, with ``--slow``, one query in ten that overruns the timeout
and costs its worker). It prints requests, errors by kind, throughput and latency
percentiles. It asserts nothing: timings are information, not tests.
"""

from __future__ import annotations

import argparse
import collections
import os
import platform
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from coopkg.pipeline import build_graph
from coopkg.store.endpoint import ServeOptions, running_server
from coopkg.store.query import saved_queries

ROOT = Path(__file__).resolve().parents[2]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--slow", action="store_true", help="mix in queries that time out")
    args = parser.parse_args()

    graph, _linked, _extracted = build_graph([ROOT / "seeds"])
    queries = [q.text for q in saved_queries() if not q.params]
    options = ServeOptions(timeout=args.timeout, max_concurrent=args.workers)
    latencies: list[float] = []
    outcomes: collections.Counter[str] = collections.Counter()
    lock = threading.Lock()
    with running_server(graph, options=options) as running:
        stop = time.monotonic() + args.seconds

        def client(number: int) -> None:
            i = number
            while time.monotonic() < stop:
                i += 1
                text = SLOW if args.slow and i % 10 == 0 else queries[i % len(queries)]
                url = running.url + "?" + urllib.parse.urlencode({"query": text})
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(url, timeout=60) as response:
                        response.read()
                        kind = str(response.status)
                except urllib.error.HTTPError as error:
                    kind = str(error.code)
                except Exception as error:  # dropped connections count as errors
                    kind = type(error).__name__
                with lock:
                    outcomes[kind] += 1
                    latencies.append(time.perf_counter() - started)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    total = sum(outcomes.values())
    ordered = sorted(latencies)
    python = platform.python_version()
    print(f"machine    {platform.machine()} {os.cpu_count()} CPUs, Python {python}")
    print(f"clients    {args.clients} for {args.seconds:g} s, {args.workers} workers")
    print(f"requests   {total} ({total / args.seconds:.1f}/s)")
    print(f"outcomes   {dict(sorted(outcomes.items()))}")
    if ordered:
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        median = statistics.median(ordered) * 1000
        print(f"latency    median {median:.1f} ms, p95 {p95 * 1000:.1f} ms")


if __name__ == "__main__":
    main()
