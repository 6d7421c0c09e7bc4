"""Benchmark: the curation loop on generated notices (diff and review times).

Not a test: run it as a script and read the figures.

    python tests/benchmarks/bench_curation.py --notices 300

Builds the generated notices of ``bench_build.py``, changes the amount in one notice,
builds again into the same folder, then times what curation adds: the "changes since
the previous build" line (parse both graphs, compare facts), ``coopkg diff`` of two
build folders and ``coopkg review``.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_build import _notice


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=300)
    args = parser.parse_args()
    from coopkg.pipeline import build
    from coopkg.store.diff import changes_since, diff_graphs
    from coopkg.store.export import turtle_bytes
    from coopkg.views.review import write_review

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "notices"
        folder.mkdir()
        for i in range(args.notices):
            name, text = _notice(rng, i)
            (folder / name).write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        build([folder], out, views=False)
        shutil.copytree(out, Path(tmp) / "previous")
        first = sorted(folder.iterdir())[0]
        text = first.read_text(encoding="utf-8")
        first.write_text(re.sub(r"\d{3},\d\d", "111,11", text, count=1), encoding="utf-8")
        result = build([folder], out, views=False)
        print(f"notices {result.notices_read}, triples {result.triples}")
        print(f"build says: {result.changes}")

        from coopkg import load

        graph = load(out / "graph.ttl")
        data = turtle_bytes(graph)
        start = time.perf_counter()
        changes_since(Path(tmp) / "previous" / "graph.ttl", data)
        print(f"changes line (two parses and a comparison): {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        found = diff_graphs(Path(tmp) / "previous", out)
        print(f"diff of two build folders: {time.perf_counter() - start:.2f} s, {found.summary()}")
        start = time.perf_counter()
        review = write_review(out)
        elapsed = time.perf_counter() - start
        print(f"review of the build folder: {elapsed:.2f} s, {review.counts()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
