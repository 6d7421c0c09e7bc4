"""Benchmark: import and link the 145k-row H2020 participations file (a script, not a test).

Reads ``../shared/data/cordis_h2020_participations_eunets_2020/h2020.csv.gz`` (31,451
projects, 144,726 participations, 35,871 PICs) with :func:`coopkg.read.exports.import_export`,
then resolves its organisations with :func:`coopkg.link.link_records` (themes off: the
rows have no text). Run from the repository root::

    .venv/bin/python tests/benchmarks/bench_import.py [PATH]

Prints one JSON document with wall-clock and CPU seconds per stage. Times depend on the
machine and its load: nothing asserts them.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ROOT.parent / "shared"
)
DEFAULT = SHARED / "data" / "cordis_h2020_participations_eunets_2020" / "h2020.csv.gz"


def main(argv: list[str]) -> int:
    from coopkg.link import link_records
    from coopkg.read.exports import import_export

    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    wall, cpu = time.perf_counter(), time.process_time()
    imported = import_export(path)
    import_wall, import_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    linked = link_records(imported.records, themes=())
    link_wall, link_cpu = time.perf_counter() - wall, time.process_time() - cpu
    report = {
        "file": str(path),
        "projects": len(imported.records),
        "participations": sum(len(r.partners) for r in imported.records),
        "organisations": len(linked.organisations),
        "import_wall_s": round(import_wall, 1),
        "import_cpu_s": round(import_cpu, 1),
        "link_wall_s": round(link_wall, 1),
        "link_cpu_s": round(link_cpu, 1),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
