"""Benchmark: every saved query on in-memory rdflib vs Oxigraph, on a synthetic graph.

Not collected by pytest (``--ignore=tests/benchmarks``); run it as a script::

    .venv/bin/python tests/benchmarks/bench_query.py --projects 12000

It writes a graph in the shape ``coopkg build`` produces (projects, organisations,
participations, notices, evidence; >= 1 million triples at the default size) as
N-Triples, loads it into both stores, runs each saved query once per store (rdflib is
stopped after ``--rdflib-timeout`` seconds) and prints a table of latencies, the ratio
and the machine. It asserts nothing: timings are information, not tests.

With ``--build FOLDER`` it times a real build's store instead (``coopkg build ... -o
FOLDER``), the way an analyst meets it::

    .venv/bin/python tests/benchmarks/bench_query.py --build big --repeat 5
    .venv/bin/python tests/benchmarks/bench_query.py --build big --only country-pairs,notices

Every saved query without parameters runs ``--repeat`` times in this process (the p50 of
CPU and wall seconds, every row), then once as a whole ``coopkg query -g FOLDER NAME``
process (start-up, opening the store, the query and the text table of its first 1,000
rows, or ``--limit N`` rows; CPU seconds of the child).
CPU seconds are the figure to compare on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from coopkg.store.query import query, saved_queries
from coopkg.store.stores import open_store

COOP = "https://w3id.org/coopkg/ontology#"
ID = "https://w3id.org/coopkg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
COUNTRIES = ["AUT", "DEU", "FRA", "ITA", "HUN", "SWE", "DNK", "ROU", "ESP", "POL", "CZE", "SVN"]
PROGRAMMES = [
    ("interreg-ivc", "2007-2013"),
    ("interreg-europe", "2014-2020"),
    ("central-europe", "2014-2020"),
    ("atlantic-area", "2000-2006"),
]
THEMES = ["clustering", "innovation", "energy", "transport", "tourism", "ict"]


def _iri(value: str) -> str:
    return f"<{value}>"


def _lit(value: object, datatype: str | None = None) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"^^<{XSD}{datatype}>' if datatype else f'"{text}"'


def synthetic_triples(projects: int, seed: int = 7) -> Iterator[str]:
    """N-Triples lines of a graph shaped like coopkg's output."""
    rng = random.Random(seed)
    organisations = max(10, projects // 2)
    for code in COUNTRIES:
        country = f"http://publications.europa.eu/resource/authority/country/{code}"
        yield f"{_iri(country)} {_iri(RDF_TYPE)} {_iri(COOP + 'Country')} ."
        yield f"{_iri(country)} {_iri(COOP + 'countryCode')} {_lit(code[:2])} ."
        yield f'{_iri(country)} {_iri(SKOS + "prefLabel")} "{code}"@en .'
    for slug, period in PROGRAMMES:
        programme = f"https://w3id.org/coopkg/programme/{slug}"
        yield f"{_iri(programme)} {_iri(RDF_TYPE)} {_iri(COOP + 'Programme')} ."
        yield f'{_iri(programme)} {_iri(SKOS + "prefLabel")} "{slug}"@en .'
        period_iri = f"https://w3id.org/coopkg/period/{period}"
        yield f"{_iri(programme)} {_iri(COOP + 'period')} {_iri(period_iri)} ."
        yield f"<https://w3id.org/coopkg/period/{period}> {_iri(RDFS + 'label')} {_lit(period)} ."
    for slug in THEMES:
        theme = f"https://w3id.org/coopkg/theme/{slug}"
        yield f"{_iri(theme)} {_iri(RDF_TYPE)} {_iri(COOP + 'Theme')} ."
        yield f'{_iri(theme)} {_iri(SKOS + "prefLabel")} "{slug}"@en .'
    regions = [f"{c[:2]}{i}{j}" for c in COUNTRIES for i in range(1, 4) for j in range(1, 4)]
    for org in range(organisations):
        node = f"{ID}organisation/o{org}"
        country = COUNTRIES[org % len(COUNTRIES)]
        region = regions[(org * 7) % len(regions)]
        yield f"{_iri(node)} {_iri(RDF_TYPE)} {_iri(COOP + 'Organisation')} ."
        yield f"{_iri(node)} {_iri(SKOS + 'prefLabel')} {_lit(f'Organisation {org}')} ."
        yield (
            f"{_iri(node)} {_iri(COOP + 'country')} "
            f"<http://publications.europa.eu/resource/authority/country/{country}> ."
        )
        yield f"{_iri(node)} {_iri(COOP + 'region')} <http://data.europa.eu/nuts/code/{region}> ."
        yield f"{_iri(node)} {_iri(COOP + 'city')} {_lit(f'City {org % 500}')} ."
    for number in range(projects):
        key = f"p{number}"
        project = f"{ID}project/{key}"
        notice = f"{ID}notice/n{number}"
        slug, period = PROGRAMMES[number % len(PROGRAMMES)]
        p = _iri(project)
        yield f"{p} {_iri(RDF_TYPE)} {_iri(COOP + 'Project')} ."
        yield f'{p} {_iri(COOP + "title")} "Project number {number}"@en .'
        yield f"{p} {_iri(COOP + 'acronym')} {_lit(f'P{number:05d}')} ."
        if number % 10:
            start = 2000 + number % 20
            yield f"{p} {_iri(COOP + 'startDate')} {_lit(f'{start}-01-01', 'date')} ."
            yield f"{p} {_iri(COOP + 'endDate')} {_lit(f'{start + 3}-12-31', 'date')} ."
        yield f"{p} {_iri(COOP + 'status')} <https://w3id.org/coopkg/status/finished> ."
        yield f"{p} {_iri(COOP + 'programme')} <https://w3id.org/coopkg/programme/{slug}> ."
        yield f"{p} {_iri(COOP + 'programmeName')} {_lit(slug)} ."
        yield f"{p} {_iri(COOP + 'period')} <https://w3id.org/coopkg/period/{period}> ."
        funding = f"{rng.randint(100_000, 5_000_000)}.{rng.randint(0, 99):02d}"
        yield f"{p} {_iri(COOP + 'euFunding')} {_lit(funding, 'decimal')} ."
        partners = rng.sample(range(organisations), 6)
        yield f"{p} {_iri(COOP + 'partnerCount')} {_lit(len(partners), 'integer')} ."
        yield f"{p} {_iri(COOP + 'derivedProperty')} {_iri(COOP + 'period')} ."
        yield f"{p} {_iri(COOP + 'describedBy')} {_iri(notice)} ."
        for theme in rng.sample(THEMES, 2):
            yield f"{p} {_iri(COOP + 'theme')} <https://w3id.org/coopkg/theme/{theme}> ."
        for index, org in enumerate(partners):
            organisation = f"{ID}organisation/o{org}"
            participation = f"{ID}participation/{key}/o{org}"
            role = "lead" if index == 0 else "partner"
            yield f"{p} {_iri(COOP + 'hasPartner')} {_iri(organisation)} ."
            if index == 0:
                yield f"{p} {_iri(COOP + 'leadPartner')} {_iri(organisation)} ."
            yield f"{p} {_iri(COOP + 'hasParticipation')} {_iri(participation)} ."
            yield f"{_iri(participation)} {_iri(RDF_TYPE)} {_iri(COOP + 'Participation')} ."
            yield f"{_iri(participation)} {_iri(COOP + 'inProject')} {p} ."
            yield f"{_iri(participation)} {_iri(COOP + 'participant')} {_iri(organisation)} ."
            role_iri = f"https://w3id.org/coopkg/role/{role}"
            yield f"{_iri(participation)} {_iri(COOP + 'role')} {_iri(role_iri)} ."
            yield f"{_iri(participation)} {_iri(COOP + 'nameInNotice')} {_lit(f'Org {org}')} ."
            country = COUNTRIES[org % len(COUNTRIES)]
            yield (
                f"{p} {_iri(COOP + 'country')} "
                f"<http://publications.europa.eu/resource/authority/country/{country}> ."
            )
        for region in {regions[(org * 7) % len(regions)] for org in partners[:2]}:
            yield f"{p} {_iri(COOP + 'region')} <http://data.europa.eu/nuts/code/{region}> ."
        yield f"{_iri(notice)} {_iri(RDF_TYPE)} {_iri(COOP + 'Notice')} ."
        yield f"{_iri(notice)} {_iri(COOP + 'sourcePath')} {_lit(f'notices/{key}.txt')} ."
        for field, prop, value in (
            ("eu_funding_eur", "euFunding", funding),
            ("period", "period", period),
        ):
            evidence = f"{notice}/evidence/{field}/1"
            e = _iri(evidence)
            yield f"{p} {_iri(COOP + 'hasEvidence')} {e} ."
            yield f"{e} {_iri(RDF_TYPE)} {_iri(COOP + 'FieldEvidence')} ."
            yield f"{e} {_iri(COOP + 'recordField')} {_lit(field)} ."
            yield f"{e} {_iri(COOP + 'evidenceFor')} {_iri(COOP + prop)} ."
            yield f"{e} {_iri(COOP + 'extractedValue')} {_lit(value)} ."
            yield f"{e} {_iri(COOP + 'quote')} {_lit(f'{field}: {value}')} ."
            yield f"{e} {_iri(COOP + 'charStart')} {_lit(100, 'integer')} ."
            yield f"{e} {_iri(COOP + 'charEnd')} {_lit(130, 'integer')} ."
            yield f"{e} {_iri(COOP + 'rule')} {_lit(field + ':label')} ."
            yield f"{e} {_iri(COOP + 'confidence')} {_lit('0.9', 'decimal')} ."
            derived = "true" if field == "period" else "false"
            yield f"{e} {_iri(COOP + 'derived')} {_lit(derived, 'boolean')} ."
            if field == "period":
                yield f"{p} {_iri(COOP + 'derivedEvidence')} {e} ."
            yield f"{e} {_iri(PROV + 'wasDerivedFrom')} {_iri(notice)} ."


class _Timeout(BaseException):  # not an Exception: the stores must not wrap it
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


def _timed(run, limit: float | None = None) -> tuple[float | None, int | None]:
    """Seconds and row count of one run (None, None when it ran past ``limit``)."""
    if limit:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        rows = len(run().rows)
    except _Timeout:
        return None, None
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started, rows


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_build(
    folder: Path, repeat: int, limit: int | None = None, only: frozenset[str] = frozenset()
) -> None:
    """Saved queries on a build's store: in-process p50 (every row) and a whole
    ``coopkg query`` process (``--limit`` passed on when given, else its default);
    ``only``: these saved queries (else all without parameters)."""
    from coopkg.store.buildstore import graph_store

    store = graph_store(folder)
    coopkg = Path(sys.executable).with_name("coopkg")
    print(f"build: {folder} ({len(store):,} triples, store {store.kind})", flush=True)
    header = (
        f"{'query':24} {'p50 CPU ms':>11} {'p50 wall ms':>12} {'rows':>7} "
        f"{'process CPU s':>14} {'process wall s':>15}"
    )
    print(header)
    print("-" * len(header), flush=True)
    for saved in saved_queries():
        if saved.params or (only and saved.name not in only):
            continue
        cpu, wall = [], []
        rows = 0
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            rows = len(query(store, saved.name).rows)
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        before, started = _child_cpu(), time.perf_counter()
        limited = [] if limit is None else ["--limit", str(limit)]
        subprocess.run(
            [str(coopkg), "query", "-g", str(folder), saved.name, *limited],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        process_wall, process_cpu = time.perf_counter() - started, _child_cpu() - before
        print(
            f"{saved.name:24} {statistics.median(cpu) * 1000:11.0f} "
            f"{statistics.median(wall) * 1000:12.0f} {rows:7} {process_cpu:14.2f} "
            f"{process_wall:15.2f}",
            flush=True,
        )
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=12_000)
    parser.add_argument("--rdflib-timeout", type=float, default=300.0)
    parser.add_argument("--build", type=Path, help="time a build folder's store instead")
    parser.add_argument("--repeat", type=int, default=5, help="in-process runs per query")
    parser.add_argument(
        "--limit", type=int, help="--limit for each coopkg query process (0: every row)"
    )
    parser.add_argument(
        "--only", default="", help="with --build: these saved queries (comma-separated)"
    )
    args = parser.parse_args(argv)
    if args.build is not None:
        only = frozenset(name for name in args.only.split(",") if name)
        bench_build(args.build, args.repeat, args.limit, only)
        return 0

    params = {
        "provenance": {"project": "P00042", "field": "eu_funding_eur"},
        "organisation-profile": {"name": "Organisation 17"},
        "organisation-projects": {"name": "Organisation 17"},
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.nt"
        started = time.perf_counter()
        with path.open("w", encoding="utf-8") as out:
            count = 0
            for line in synthetic_triples(args.projects):
                out.write(line + "\n")
                count += 1
        print(
            f"generated {count:,} triples ({path.stat().st_size / 1e6:.0f} MB) "
            f"in {time.perf_counter() - started:.1f} s",
            flush=True,
        )

        started = time.perf_counter()
        oxigraph = open_store("oxigraph", Path(folder) / "ox")
        oxigraph.load(path)
        ox_load = time.perf_counter() - started
        print(f"oxigraph bulk load: {ox_load:.1f} s ({len(oxigraph):,} triples)", flush=True)
        started = time.perf_counter()
        memory = open_store("memory")
        memory.load(path)
        rdflib_load = time.perf_counter() - started
        print(f"rdflib parse: {rdflib_load:.1f} s ({len(memory):,} triples)", flush=True)

        header = f"{'query':24} {'rdflib s':>10} {'oxigraph s':>11} {'ratio':>8} {'rows':>8}"
        lines = [header, "-" * len(header)]
        print(header, flush=True)
        for saved in saved_queries():
            p = params.get(saved.name)
            ox_time, ox_rows = _timed(lambda s=saved, p=p: query(oxigraph, s.name, p))
            rd_time, rd_rows = _timed(
                lambda s=saved, p=p: query(memory, s.name, p), args.rdflib_timeout
            )
            rd_text = f"{rd_time:10.2f}" if rd_time is not None else f">{args.rdflib_timeout:9.0f}"
            ratio = f"{rd_time / ox_time:8.1f}" if rd_time and ox_time else "       -"
            agree = "" if rd_rows in (None, ox_rows) else f"  (rdflib rows {rd_rows})"
            line = f"{saved.name:24} {rd_text} {ox_time:11.3f} {ratio} {ox_rows:8}{agree}"
            lines.append(line)
            print(line, flush=True)
        print()
        print(f"triples: {count:,}; load: rdflib {rdflib_load:.1f} s, oxigraph {ox_load:.1f} s")
        print(
            f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
