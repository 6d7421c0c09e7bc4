"""Benchmark: what each ``--provenance`` mode costs in triples and seconds (graph stage only).

Not a test. Takes a build folder (its ``records.json``), links the records once, then
writes the graph three times (full, compact, none) and prints triples, wall and CPU
seconds and file sizes:

    python tests/benchmarks/bench_build.py --notices 1000 --keep /tmp/bench
    python tests/benchmarks/bench_provenance.py /tmp/bench/out-1000-full
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from coopkg.extraction.cache import record_from_json
    from coopkg.graph.triples import PROVENANCE, graph_chunks
    from coopkg.pipeline import _link
    from coopkg.store.buildstore import GraphWriter

    out = Path(sys.argv[1])
    records = [record_from_json(r) for r in json.loads((out / "records.json").read_text("utf-8"))]
    types = {r.source: "text/html" if r.source.endswith(".html") else "text/plain" for r in records}
    linked = _link(records, None)
    print(f"{len(records)} records from {out / 'records.json'}")
    for mode in PROVENANCE:
        work = Path(tempfile.mkdtemp())
        wall, cpu = time.perf_counter(), time.process_time()
        with GraphWriter(work) as writer:
            for chunk in graph_chunks(
                linked.records, linked.organisations, media_types=types, provenance=mode
            ):
                writer.add(chunk)
            writer.commit()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        size = sum((work / name).stat().st_size for name in ("graph.ttl", "graph.nt"))
        print(
            f"{mode:8s} triples {writer.triples:9d}   graph+write {wall:6.1f} s, CPU {cpu:6.1f} s"
            f"   graph.ttl+graph.nt {size / 1e6:.0f} MB"
        )
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
