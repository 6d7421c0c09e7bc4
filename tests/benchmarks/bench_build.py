"""Benchmark: `coopkg build` on a generated corpus (time per stage, peak memory, triples).

Not a test: run it as a script and read the figures.

    python tests/benchmarks/bench_build.py --notices 1000 10000
    python tests/benchmarks/bench_build.py --notices 1000 --provenance compact --jobs 2
    python tests/benchmarks/bench_build.py --notices 100000 --keep /data/bench

For each size it generates notices (``corpus.py``: eight languages, four page layouts
with furniture, organisations recurring under spelling variants with skewed degrees),
then, each in its own process so that peak memory is its own:

1. ``build``: the whole ``coopkg build`` (no views), with the seconds of each stage
   (extract, link, graph, write, files) and peak RSS of the main process and of the
   largest extraction worker;
2. ``rebuild``: the same build again, unchanged (the outputs are kept), then with one
   notice changed (that notice is extracted again, the others come from the cache, and
   linking, graph and files are redone);
3. ``oxigraph``: a plain pyoxigraph bulk load of the same triples (``graph.nt``) into a
   fresh store in one call: the peer a build's store is measured against (not a bound a
   build can reach: one call holds memory in proportion to the graph, 2.9 GB at 30,000
   notices);
   ``--stage oxigraph-runs GRAPH.NT WORKDIR LINES`` loads it instead in calls of
   ``LINES`` lines, as a build's store is loaded run by run, and gives each call's CPU
   seconds (background compaction included) and the store's size on disk after it;
4. ``rdflib``: what a user holding everything in rdflib would do with the same records
   (cached): link, one in-memory ``rdflib.Graph``, ``graph.serialize("turtle")``.

Ratios compare coopkg's graph stage (graph + write) with 3 and 4.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cpu() -> float:
    """CPU seconds of this process and its finished children (robust on a busy machine)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


STAGES = ("extract", "link", "graph", "write", "files")


def _resident_mb() -> float:
    """The resident set of this process now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _sample_peaks(timings: dict[str, float], peaks: dict[str, float], stop: list[bool]) -> None:
    """Peak resident set of this process per stage, sampled every 50 ms (the stage is
    the first one ``timings`` has no figure for yet)."""
    while not stop:
        done = sum(1 for name in STAGES if name in timings)
        stage = STAGES[done] if done < len(STAGES) else "end"
        peaks[stage] = max(peaks.get(stage, 0.0), _resident_mb())
        time.sleep(0.05)


def stage_build(corpus: Path, out: Path, jobs: int | None, provenance: str) -> dict:
    import threading

    from coopkg.pipeline import build

    timings: dict[str, float] = {}
    peaks: dict[str, float] = {}
    stop: list[bool] = []
    sampler = threading.Thread(target=_sample_peaks, args=(timings, peaks, stop), daemon=True)
    sampler.start()
    start, cpu = time.perf_counter(), _cpu()
    result = build([corpus], out, views=False, jobs=jobs, provenance=provenance, timings=timings)
    stop.append(True)
    sampler.join()
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu() - cpu,
        "stages": timings,
        "triples": result.triples,
        "notices": result.notices_read,
        "failed": len(result.failures),
        "projects": result.projects,
        "organisations": result.organisations,
        "cache_hits": result.cache_hits,
        "rss_mb": _rss_mb(),
        "worker_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
        "stage_peak_mb": {name: round(mb) for name, mb in peaks.items()},
    }


def stage_oxigraph(nt: Path, work: Path) -> dict:
    import pyoxigraph as ox

    start, cpu = time.perf_counter(), _cpu()
    store = ox.Store(str(work / "ox"))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    size = len(store)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu() - cpu,
        "triples": size,
        "rss_mb": _rss_mb(),
    }


def stage_oxigraph_runs(nt: Path, work: Path, lines: int) -> dict:
    """``graph.nt`` loaded ``lines`` lines per ``bulk_load`` call into one store: what one
    call costs as the store grows (RocksDB's compaction of what earlier calls wrote)."""
    import itertools

    import pyoxigraph as ox

    def size(folder: Path) -> int:
        return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())

    start, cpu = time.perf_counter(), _cpu()
    store = ox.Store(str(work / "ox"))
    calls = []
    with open(nt, "rb") as handle:
        while block := list(itertools.islice(handle, lines)):
            part = work / "part.nt"
            part.write_bytes(b"".join(block))
            del block
            before = _cpu()
            store.bulk_load(path=str(part), format=ox.RdfFormat.N_TRIPLES, lenient=True)
            calls.append({"cpu": round(_cpu() - before, 2), "mb": round(size(work / "ox") / 2**20)})
    store.flush()
    tenth = max(len(calls) // 10, 1)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu() - cpu,
        "calls": len(calls),
        "cpu_per_call_first_tenth": sum(c["cpu"] for c in calls[:tenth]) / tenth,
        "cpu_per_call_last_tenth": sum(c["cpu"] for c in calls[-tenth:]) / tenth,
        "rss_mb": _rss_mb(),
        "per_call": calls,
    }


def stage_rdflib(corpus: Path, out: Path, provenance: str) -> dict:
    from coopkg.graph.triples import build_graph
    from coopkg.pipeline import CACHE_FILE, _link, extract_records

    extraction = extract_records([corpus], jobs=1, cache=out / CACHE_FILE)
    start = time.perf_counter()
    linked, _applied = _link(extraction.records, None)
    link = time.perf_counter() - start
    graph = build_graph(
        linked.records,
        linked.organisations,
        media_types=extraction.media_types,
        provenance=provenance,  # type: ignore[arg-type]
    )
    graph_seconds = time.perf_counter() - start - link
    data = graph.serialize(format="turtle", encoding="utf-8")
    write = time.perf_counter() - start - link - graph_seconds
    return {
        "link": link,
        "graph": graph_seconds,
        "write": write,
        "bytes": len(data),
        "triples": len(graph),
        "rss_mb": _rss_mb(),
    }


def _child(*args: str) -> dict:
    """Run one stage in a fresh interpreter; return what it printed (JSON)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"stage {args[0]} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"machine: {platform.platform()}, {cores} cores, python {sys.version.split()[0]}, "
        f"load average {load}"
    )


def run_size(n: int, root: Path, jobs: int | None, provenance: str, skip_rdflib: bool) -> None:
    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    corpus = root / f"corpus-{n}"
    if not corpus.is_dir():
        write_corpus(corpus, n)
    out = root / f"out-{n}-{provenance}"
    shutil.rmtree(out, ignore_errors=True)
    jobs_arg = str(jobs or 0)
    first = _child("build", str(corpus), str(out), jobs_arg, provenance)
    again = _child("build", str(corpus), str(out), jobs_arg, provenance)
    changed_file = sorted(corpus.iterdir())[n // 2]
    original = changed_file.read_bytes()
    changed_file.write_bytes(original.replace(b"2", b"3", 1))
    try:
        changed = _child("build", str(corpus), str(out), jobs_arg, provenance)
    finally:
        changed_file.write_bytes(original)
    work = Path(tempfile.mkdtemp(dir=root))
    plain = _child("oxigraph", str(out / "graph.nt"), str(work))
    shutil.rmtree(work, ignore_errors=True)
    stages = first["stages"]
    ours = stages["graph"] + stages["write"]
    ours_cpu = stages["graph cpu"] + stages["write cpu"]
    print(
        f"\n{n} notices ({first['notices']} read, {first['failed']} failed), "
        f"provenance {provenance}, jobs {jobs or 'all'}: {first['triples']} triples "
        f"({first['triples'] / max(first['notices'], 1):.0f} per notice), "
        f"{first['projects']} projects, {first['organisations']} organisations"
    )
    print(
        f"  build        {first['seconds']:7.1f} s   peak RSS {first['rss_mb']:6.0f} MB "
        f"(largest worker {first['worker_rss_mb']:.0f} MB), CPU {first['cpu']:.1f} s"
    )
    for name in STAGES:
        cpu = stages.get(f"{name} cpu", 0)
        peak = first["stage_peak_mb"].get(name)
        shown = f"{peak:.0f} MB" if peak else "not sampled (under 50 ms)"
        print(
            f"    {name:10s} {stages.get(name, 0):7.1f} s   CPU {cpu:6.1f} s "
            f"({1000 * cpu / max(first['notices'], 1):.1f} ms a notice), peak RSS {shown}"
        )
    print(
        f"  rebuild      {again['seconds']:7.1f} s   ({again['cache_hits']} cached; "
        f"{first['seconds'] / again['seconds']:.1f}x faster than the first build; CPU "
        f"{again['cpu']:.1f} s, {first['cpu'] / again['cpu']:.1f}x less)"
    )
    print(
        f"  one changed  {changed['seconds']:7.1f} s   ({changed['cache_hits']} cached, "
        f"{first['seconds'] / changed['seconds']:.1f}x faster; CPU {changed['cpu']:.1f} s: "
        + ", ".join(
            f"{name} {changed['stages'][name + ' cpu']:.1f} s"
            for name in ("extract", "link", "graph", "write", "files")
        )
        + ")"
    )
    print(
        f"  oxigraph     {plain['seconds']:7.1f} s   peak RSS {plain['rss_mb']:6.0f} MB, "
        f"CPU {plain['cpu']:.1f} s "
        f"(plain bulk load of graph.nt; coopkg's graph+write is "
        f"{ours / plain['seconds']:.1f}x of it, {ours_cpu / plain['cpu']:.2f}x its CPU)"
    )
    if not skip_rdflib:
        mem = _child("rdflib", str(corpus), str(out), provenance)
        theirs = mem["graph"] + mem["write"]
        print(
            f"  rdflib       {theirs:7.1f} s   peak RSS {mem['rss_mb']:6.0f} MB "
            f"(graph {mem['graph']:.1f} s + Turtle {mem['write']:.1f} s in memory; "
            f"coopkg's graph+write takes {ours / theirs:.2f}x the time, "
            f"{first['rss_mb'] / mem['rss_mb']:.2f}x the memory)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--notices", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (all cores)")
    parser.add_argument("--provenance", default="full", choices=["full", "compact", "none"])
    parser.add_argument("--keep", type=Path, help="folder for corpora and outputs (kept)")
    parser.add_argument(
        "--no-rdflib", action="store_true", help="skip the rdflib comparison (slow at 100k)"
    )
    args = parser.parse_args()
    if args.stage:
        kind, *rest = args.stage
        if kind == "build":
            corpus, out, jobs, provenance = rest
            report = stage_build(Path(corpus), Path(out), int(jobs) or None, provenance)
        elif kind == "oxigraph":
            report = stage_oxigraph(Path(rest[0]), Path(rest[1]))
        elif kind == "oxigraph-runs":
            report = stage_oxigraph_runs(Path(rest[0]), Path(rest[1]), int(rest[2]))
        else:
            report = stage_rdflib(Path(rest[0]), Path(rest[1]), rest[2])
        print(json.dumps(report))
        return 0
    print(_machine())
    root = args.keep or Path(tempfile.mkdtemp(prefix="coopkg-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        for n in args.notices:
            run_size(n, root, args.jobs, args.provenance, args.no_rdflib)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(_machine())
    return 0


if __name__ == "__main__":
    sys.exit(main())
