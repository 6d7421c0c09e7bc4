"""The pipeline: notice files -> records -> linked records -> RDF graph -> files.

:func:`extract_paths` streams records from files (one failure never stops the rest);
:func:`extract_records` extracts many in worker processes (or on Dask) through the
extraction cache, in input order; :func:`build` runs the whole river: records are linked,
their triples streamed to disk chunk by chunk and ``graph.nt``, ``graph.ttl`` and the
Oxigraph store written from there (:mod:`coopkg.store.buildstore`), all atomically; an
unchanged rebuild keeps the outputs. This module orchestrates; every stage's logic lives
in its own module.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopkg.errors import CoopkgError, ExtractionError
from coopkg.graph.identity import DEFAULT_BASE
from coopkg.records import Notice, ProjectRecord
from coopkg.store import atomic

if TYPE_CHECKING:
    from rdflib import Graph

    from coopkg.extraction.cache import RecordSpool
    from coopkg.extraction.parallel import Outcome
    from coopkg.link import LinkResult

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("output")


#: Shows a stage's progress: called with the stage's items and a description
#: ("extracting", "linking", ...), it yields the items back as the stage takes them
#: (e.g. ``rich.progress.track``). A stage without countable items passes one item.
Progress = Callable[[Sequence[Any], str], Iterable[Any]]


def _stage(progress: Progress | None, description: str, work: Callable[[], Any]) -> Any:
    """``work()`` as one step of a progress display (a stage without countable items)."""
    if progress is None:
        return work()
    result = None
    for _ in progress([description], description):
        result = work()
    return result


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed, and why (one line)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Extracted:
    """A record with the notice it was read from."""

    notice: Notice
    record: ProjectRecord


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What :func:`build` did: counts for the summary, failures, files written."""

    notices_read: int
    failures: tuple[Failure, ...]
    projects: int
    organisations: int
    participations: int
    regions: int
    themes: int
    programmes: int
    triples: int
    conflicts: int = 0
    outputs: tuple[Path, ...] = field(default=())
    cache_hits: int = 0
    cache_misses: int = 0
    unchanged: bool = False
    #: One line: what changed since the previous build in the same folder.
    changes: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        lines = [
            f"notices read      {self.notices_read}",
            f"notices failed    {len(self.failures)}",
            f"projects          {self.projects}",
            f"organisations     {self.organisations}",
            f"participations    {self.participations}",
            f"regions           {self.regions}",
            f"themes            {self.themes}",
            f"programmes        {self.programmes}",
            f"triples           {self.triples}",
            f"conflicts         {self.conflicts}",
            f"extracted         {self.cache_misses} (cached {self.cache_hits})",
        ]
        if self.unchanged:
            lines.append("unchanged         inputs, options and code as in the last build: kept")
        if self.changes:
            lines.append(f"changes           {self.changes}")
        lines += [f"wrote             {p}" for p in self.outputs]
        return "\n".join(lines)


def input_files(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Files to read, from files and folders (folders recursively), in a stable order,
    each with its source name (relative to the folder given: no machine path).

    Folders give their notices and their exports (tables: see :mod:`coopkg.read.exports`).
    """
    from coopkg.read.exports.registry import collapse_pairs, export_files
    from coopkg.read.notices import resolved_input_sources

    paths = [Path(p) for p in paths]
    # Each file is resolved once (a system call per folder of its path, six times a file
    # before: a second of one core at 10,000 notices, before any worker starts).
    found = list(resolved_input_sources(paths))
    resolved = {f: key for f, _s, key in found}
    listed = set(resolved.values())
    for folder in (p for p in paths if p.is_dir()):
        for file in export_files(folder):
            key = file.resolve()
            if key not in listed:
                listed.add(key)
                resolved[file] = key
                found.append((file, file.relative_to(folder).as_posix(), key))
    kept = {resolved[f] for f in collapse_pairs((f for f, _s, _k in found), resolved)}
    return sorted(((f, s) for f, s, key in found if key in kept), key=lambda item: item[1])


def extract_paths(
    paths: Iterable[str | Path | tuple[Path, str]],
    *,
    on_failure: Callable[[Failure], None] | None = None,
    today: dt.date | None = None,
    export_format: str | None = None,
    organisations: list[tuple[str, object]] | None = None,
) -> Iterator[Extracted]:
    """Read and extract each input; report failures through ``on_failure`` and go on.

    Files are processed one at a time (a stream), so memory grows with the records kept
    by the caller, not with the corpus. Exports (tables) give one record per project;
    organisations they list without a project are appended to ``organisations``.
    ``export_format`` forces the export kind instead of detecting it.
    """
    from coopkg.extraction import extract_record
    from coopkg.read.exports import export_notice, import_export, is_export
    from coopkg.read.notices import read_notice

    day = today or dt.date.today()
    for item in paths:
        path, source = item if isinstance(item, tuple) else (Path(item), None)
        try:
            if is_export(path):  # the one dispatch point for structured sources
                imported = import_export(path, export_format, source)
                if organisations is not None:
                    organisations.extend(imported.organisations)
                for record in imported.records:
                    yield Extracted(export_notice(record, imported.media_type), record)
                continue
            notice = read_notice(path, source)
            record = extract_record(notice, today=day)
            if not _has_project_facts(record):
                raise ExtractionError(
                    "no project facts found (no title, acronym, programme, dates, money, "
                    "partners, countries, regions or website): not a project notice?"
                )
        except CoopkgError as error:
            if on_failure:
                on_failure(Failure(str(path), _reason(error)))
            continue
        except Exception as error:  # a bug must not cost the user the other notices
            if on_failure:
                on_failure(Failure(str(path), f"internal error: {type(error).__name__}: {error}"))
            continue
        yield Extracted(notice, record)


def _has_project_facts(record: ProjectRecord) -> bool:
    """True when a record states anything about a project (not just page furniture).

    Any stated fact counts, places included: a real notice whose title the extractor
    missed still names its countries and regions, and those are worth keeping.
    """
    return any(
        (record.title, record.acronym, record.programme, record.start_date, record.end_date,
         record.eu_funding_eur is not None, record.total_budget_eur is not None,
         record.cofinancing_rate is not None, record.partner_count is not None,
         record.partners, record.countries, record.regions, record.website)
    )  # fmt: skip


def _reason(error: CoopkgError) -> str:
    from coopkg.extraction.parallel import reason

    return reason(error)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extraction stage of a build gave: records (in input order) and counts."""

    records: list[ProjectRecord]
    media_types: dict[str, str]
    cache_hits: int = 0
    cache_misses: int = 0
    organisations: list[object] = field(default_factory=list)
    #: Per record, what linking finds in it alone (:func:`coopkg.link.record_links`),
    #: found by the workers; ``None`` where not (cached records, exports' tables).
    links: list[object | None] = field(default_factory=list)


def extract_records(
    paths: Iterable[str | Path],
    *,
    jobs: int | None = None,
    cache: str | Path | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    export_format: str | None = None,
    files: list[tuple[Path, str]] | None = None,
    spool: RecordSpool | None = None,
) -> Extraction:
    """Extract every input, ``jobs`` at a time, reusing the records cached in ``cache``.

    Records come back in input order whatever ``jobs`` is; failures go to ``on_failure``.
    Exports (tables) are imported through :func:`extract_paths` in the workers too.
    ``files`` are the inputs as :func:`input_files` lists them, when the caller has them.
    With a ``spool``, each record goes to disk as it arrives and the result holds only
    what linking needs of it (:func:`coopkg.link.projects.for_linking`): a build's memory
    then does not grow with the records' evidence.
    """
    import functools

    from coopkg.extraction.cache import ExtractionCache
    from coopkg.extraction.parallel import extract_files
    from coopkg.link.projects import for_linking

    files = input_files(paths) if files is None else files
    ticks = iter(progress([f for f, _s in files], "extracting")) if progress else None
    store = ExtractionCache(cache) if cache is not None else None
    records: list[ProjectRecord] = []
    media_types: dict[str, str] = {}
    organisations: list[object] = []
    links: list[object | None] = []
    # The workers spell each record's JSON when it is written anyway (records.json, the
    # cache): the process gathering their records is then not the one doing it all.
    # With a spool, they also pickle the record for it and send on only what linking
    # keeps (the evidence is most of a record: it then crosses the pipe once, as bytes).
    work = functools.partial(
        _extract_item,
        export_format=export_format,
        with_json=spool is not None or store is not None,
        spooled=spool is not None,
    )
    try:
        for outcome in extract_files(
            files,
            work=work,
            jobs=jobs,
            cache=store,
            executor=executor,
            scheduler=scheduler,
            today=today,
        ):
            if ticks is not None:
                next(ticks, None)
            organisations.extend(outcome.organisations)
            if outcome.record is None:
                if outcome.error and on_failure:
                    on_failure(Failure(outcome.path, outcome.error))
                continue
            if spool is not None and outcome.pickled is not None and outcome.json is not None:
                spool.add_pickled(outcome.pickled, outcome.json)
                records.append(outcome.record)  # already as linking keeps it
                links.append(outcome.links)
                media_types[outcome.record.source] = outcome.media_type or ""
                kept: tuple[ProjectRecord, ...] = outcome.more
            else:
                kept = (outcome.record, *outcome.more)
            for record in kept:
                if spool is not None:
                    spool.add(record, outcome.json if record is outcome.record else None)
                records.append(record if spool is None else for_linking(record))
                links.append(None)
                media_types[record.source] = outcome.media_type or ""
        if store is not None:
            store.commit()
    finally:
        if ticks is not None:
            for _ in ticks:  # let a progress bar finish
                pass
        if store is not None:
            store.close()
    hits, misses = (store.hits, store.misses) if store is not None else (0, len(records))
    return Extraction(records, media_types, hits, misses, organisations, links)


def _extract_item(
    item: tuple[Path, str],
    today: dt.date,
    export_format: str | None = None,
    with_json: bool = False,
    spooled: bool = False,
) -> Outcome:
    """One input through :func:`extract_paths` (the dispatch point), as a worker's outcome
    (``with_json``: with the first record's indented JSON, :attr:`Outcome.json`;
    ``spooled``: with that record pickled for a spool, :attr:`Outcome.pickled`, and as
    :func:`~coopkg.link.projects.for_linking` gives it)."""
    import pickle

    from coopkg.extraction.jsontext import indented_json
    from coopkg.extraction.parallel import Outcome
    from coopkg.link import record_links
    from coopkg.link.projects import for_linking

    failed: list[Failure] = []
    listed: list[tuple[str, object]] = []
    found = list(
        extract_paths(
            [item],
            on_failure=failed.append,
            today=today,
            export_format=export_format,
            organisations=listed,
        )
    )
    path = str(item[0])
    if not found:
        return Outcome(
            path, error=failed[0].reason if failed else None, organisations=tuple(listed)
        )
    first, *rest = found
    spool = spooled and with_json
    kept = for_linking(first.record) if spool else first.record
    return Outcome(
        path,
        kept,
        first.notice.media_type,
        more=tuple(e.record for e in rest),
        organisations=tuple(listed),
        json=indented_json(first.record) if with_json else None,
        pickled=pickle.dumps(first.record, protocol=pickle.HIGHEST_PROTOCOL) if spool else None,
        # A build's linking finds these in each record alone: here they are found on all
        # cores, not one record after another in the process that links (the same values:
        # found from the same record as linking keeps it).
        links=record_links(kept) if spool else None,
    )


def records_json(records: Sequence[ProjectRecord]) -> str:
    """The records as the JSON array of ``coopkg extract --format json`` (the same text a
    build's spool writes record by record)."""
    from coopkg.extraction.cache import json_array_end, json_array_item

    return "".join(json_array_item(r, i) for i, r in enumerate(records)) + json_array_end(
        len(records)
    )


def _move_records_json(spool: RecordSpool, path: Path) -> Path:
    """The spool's ``records.json`` (written as records arrived) moved into place."""
    written = spool.finish_json()
    os.chmod(written, atomic.file_mode())  # the mode an ordinary file would get
    os.replace(written, path)
    return path


def build_graph(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    base: str = DEFAULT_BASE,
    corrections: str | Path | None = None,
    overrides: str | Path | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    provenance: str = "full",
    export_format: str | None = None,
    precedence: Sequence[str] | None = None,
) -> tuple[Graph, LinkResult, list[ProjectRecord]]:
    """Run read -> extract -> link -> graph in memory; return the graph and what fed it."""
    from coopkg.graph.triples import build_graph as records_to_graph

    extraction = extract_records(
        paths, jobs=jobs, on_failure=on_failure, progress=progress, export_format=export_format
    )
    linked, applied = _link(
        extraction.records,
        corrections or overrides,
        extraction.organisations,
        base=base,
        on_failure=on_failure,
        precedence=precedence,
    )
    graph = records_to_graph(
        linked.records,
        linked.organisations,
        base=base,
        media_types=extraction.media_types,
        provenance=provenance,  # type: ignore[arg-type]
        corrections=applied,
    )
    return graph, linked, extraction.records


def _link(
    records: list[ProjectRecord],
    corrections: str | Path | None,
    organisations: Sequence[object] = (),
    *,
    base: str = DEFAULT_BASE,
    on_failure: Callable[[Failure], None] | None = None,
    precedence: Sequence[str] | None = None,
    found: Sequence[Any] = (),
) -> tuple[LinkResult, list[Any]]:
    """Apply the corrections file (if any) to the records, then link them.

    Returns the link result and the corrections applied (for the graph). A fix that
    matches nothing is reported through ``on_failure``; the rest is still built.
    ``found``: what the workers found in each record alone (``Extraction.links``); a
    record a correction changed is looked at again.
    """
    from coopkg.graph.identity import Minter
    from coopkg.link import link_records
    from coopkg.link.corrections import correct_records

    rules, fixed, applied, problems = correct_records(
        records, corrections, iri_of=Minter(base).project
    )
    for problem in problems:
        if on_failure:
            on_failure(Failure(str(rules.source if rules else corrections), problem))
    from coopkg.link.projects import PRECEDENCE

    # A fix replaces the record it changes: the others are the records the links were found in.
    kept = [
        known if fix is record else None
        for fix, record, known in zip(fixed, records, found, strict=False)
    ]
    linked = link_records(
        fixed,
        overrides=rules,
        organisations=organisations,  # type: ignore[arg-type]
        precedence=precedence or PRECEDENCE,
        found=kept,
    )
    return linked, applied


def _tidy(run: Callable[..., BuildResult]) -> Callable[..., BuildResult]:
    """Around a build: leftovers of killed builds go first, this build's own at the end.

    SIGTERM unwinds the build like Ctrl-C does, so no temporary file outlives it either.
    """
    import functools

    @functools.wraps(run)
    def tidy(
        paths: Iterable[str | Path] = (DEFAULT_INPUT,),
        out_dir: str | Path = DEFAULT_OUTPUT,
        **options: Any,
    ) -> BuildResult:
        atomic.clean_stale(out_dir)
        try:
            with atomic.terminate_as_exit():
                return run(paths, out_dir, **options)
        finally:
            atomic.clean_stale(out_dir, own=True)

    return tidy


@_tidy
def build(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    out_dir: str | Path = DEFAULT_OUTPUT,
    *,
    base: str = DEFAULT_BASE,
    corrections: str | Path | None = None,
    overrides: str | Path | None = None,
    views: bool = True,
    on_failure: Callable[[Failure], None] | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
    cache: bool = True,
    provenance: str = "full",
    executor: str = "process",
    scheduler: str | None = None,
    timings: dict[str, float] | None = None,
    export_format: str | None = None,
    precedence: Sequence[str] | None = None,
) -> BuildResult:
    """Build the knowledge graph of the notices in ``paths`` into ``out_dir``.

    Writes ``graph.ttl`` and ``graph.nt`` (sorted, the same bytes for the same input),
    ``store/`` (a persistent Oxigraph store of the graph, with ``store.json``),
    ``records.json``, ``organisations.csv`` (the merge report), ``conflicts.csv`` and
    ``regions.csv``, each atomically, and the default network views unless ``views`` is
    false. Inputs that fail are reported through ``on_failure`` and listed in the
    result; the rest is still built.

    ``jobs`` worker processes extract (default: all cores); with ``cache`` the records
    are kept in ``out_dir/cache/`` and an unchanged notice is not extracted again.
    ``provenance``: ``full``, ``compact`` or ``none`` (see :mod:`coopkg.graph.triples`).
    ``executor="dask"`` extracts on the Dask cluster at ``scheduler``. ``timings``, if
    given, receives the seconds each stage took. ``precedence``: kinds of source, most
    trusted first, deciding a project's current value where sources disagree (default
    :data:`coopkg.link.projects.PRECEDENCE`: exports before notices).
    """

    from coopkg.graph.triples import PROVENANCE

    if provenance not in PROVENANCE:
        raise ValueError(f"unknown provenance {provenance!r}: expected {', '.join(PROVENANCE)}")
    clock = timings if timings is not None else {}
    failures: list[Failure] = []

    def record_failure(failure: Failure) -> None:
        failures.append(failure)
        if on_failure:
            on_failure(failure)

    paths = list(paths)
    files = input_files(paths)  # listed once: folders are walked and exports sniffed
    if not files:
        from coopkg.errors import InputError
        from coopkg.read.notices import EXTENSIONS

        raise InputError(
            ", ".join(str(p) for p in paths) or "(no input)",
            f"no notice files found (looked for {', '.join(EXTENSIONS)}); nothing built",
        )
    out = Path(out_dir)
    started = _clock()
    corrections = corrections or overrides
    if corrections:
        from coopkg.link.corrections import load_corrections

        load_corrections(corrections)  # a broken corrections file builds nothing
    fingerprint = _fingerprint(
        files, base, corrections, views, provenance, export_format, precedence
    )
    kept = _unchanged(out, fingerprint)
    if kept is not None:
        _lap(clock, "check", started)
        return kept
    cache_existed = (out / CACHE_FILE).exists()
    with _spool(out) as spool, _collector_spared():
        return _build_spooled(
            spool, paths, files, out, clock, started, record_failure, failures, fingerprint,
            cache_existed, base=base, corrections=corrections, views=views, progress=progress,
            jobs=jobs, cache=cache, provenance=provenance, executor=executor,
            scheduler=scheduler, export_format=export_format, precedence=precedence,
        )  # fmt: skip


@contextlib.contextmanager
def _collector_spared() -> Iterator[None]:
    """Inside, :func:`gc.freeze` may be called at the end of stages; undone on the way out.

    A build keeps what a stage made (the extractor's data, the records, the link result)
    until it ends: frozen, Python's cyclic collector no longer walks it again and again
    while the next stage allocates (at 10,000 notices that walking was a quarter of the
    graph stage's CPU).
    """
    import gc

    try:
        yield
    finally:
        gc.unfreeze()


def _spare_from_collector() -> None:
    """What is alive now stays for the rest of the build: let the collector skip it."""
    import gc

    gc.freeze()


@contextlib.contextmanager
def _spool(out: Path) -> Iterator[RecordSpool]:
    """A records spool in a temporary folder of ``out``, removed when the build ends."""
    import shutil
    import tempfile

    from coopkg.extraction.cache import RecordSpool

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=atomic.temp_prefix("records"), suffix=".tmp", dir=out))
    spool = RecordSpool(folder)
    try:
        yield spool
    finally:
        spool.close()
        shutil.rmtree(folder, ignore_errors=True)


def _restored(linked: Iterable[Any], spool: RecordSpool) -> Iterator[Any]:
    """Linked records with the evidence linking did without, read back from the spool.

    Corrections change a record's facts, never its evidence, so the record the graph
    gets is the one an in-memory build would give it.
    """
    from dataclasses import replace

    for item, full in zip(linked, spool.records(), strict=True):
        if full.source != item.record.source:  # pragma: no cover - an internal error
            raise RuntimeError(f"records out of order: {full.source} != {item.record.source}")
        yield replace(item, record=replace(item.record, evidence=full.evidence))


def _build_spooled(
    spool: RecordSpool,
    paths: list[str | Path],
    files: list[tuple[Path, str]],
    out: Path,
    clock: dict[str, float],
    started: tuple[float, float],
    record_failure: Callable[[Failure], None],
    failures: list[Failure],
    fingerprint: str,
    cache_existed: bool,
    *,
    base: str,
    corrections: str | Path | None,
    views: bool,
    progress: Progress | None,
    jobs: int | None,
    cache: bool,
    provenance: str,
    executor: str,
    scheduler: str | None,
    export_format: str | None,
    precedence: Sequence[str] | None,
) -> BuildResult:
    """:func:`build` from extraction on, the records going through ``spool``."""
    from coopkg.extraction.memory import release_tables
    from coopkg.graph.triples import graph_lines
    from coopkg.store.buildstore import GraphWriter

    extraction = extract_records(
        paths,
        jobs=jobs,
        cache=out / CACHE_FILE if cache else None,
        executor=executor,
        scheduler=scheduler,
        on_failure=record_failure,
        progress=progress,
        export_format=export_format,
        files=files,
        spool=spool,
    )
    if not extraction.records:
        # Every input failed: keep whatever an earlier build wrote (nothing is replaced,
        # and a cache this build started is removed again).
        if cache and not cache_existed:
            (out / CACHE_FILE).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                (out / CACHE_FILE).parent.rmdir()
        return BuildResult(0, tuple(failures), 0, 0, 0, 0, 0, 0, 0)
    started = _lap(clock, "extract", started)
    # The extractor's tables (loaded here for the workers to inherit) are not needed by
    # the later stages, where a large build peaks.
    release_tables()
    _spare_from_collector()
    linked, applied = _stage(
        progress,
        "linking",
        lambda: _link(
            extraction.records,
            corrections,
            extraction.organisations,
            base=base,
            on_failure=record_failure,
            precedence=precedence,
            found=extraction.links,
        ),
    )
    started = _lap(clock, "link", started)
    _spare_from_collector()
    counts = _Counts()
    with GraphWriter(out) as writer:
        for lines in graph_lines(
            _restored(
                progress(linked.records, "writing triples") if progress else linked.records,
                spool,
            ),
            linked.organisations,
            base=base,
            media_types=extraction.media_types,
            provenance=provenance,  # type: ignore[arg-type]
            corrections=applied,
            facts=counts.add,
            summaries=writer.add_summary_lines,
        ):
            writer.add_lines(lines)
        started = _lap(clock, "graph", started)
        previous = _keep_previous_graph(out)
        written = _stage(progress, "writing graph files", writer.commit)
    changes = _changes(previous, out / "graph.ttl")
    started = _lap(clock, "write", started)
    outputs = [
        *written,
        _move_records_json(spool, out / "records.json"),
        atomic.write_text(out / "organisations.csv", merge_report_csv(linked)),
        atomic.write_text(out / "conflicts.csv", conflicts_csv(linked)),
        atomic.write_text(out / "regions.csv", regions_csv(linked)),
    ]
    if views:
        from coopkg.store.stores import load_graph
        from coopkg.views import write_default_views

        # Source names are relative to the input folder: links from the views point there.
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        root = folders[0] if len(folders) == 1 else Path(paths[0]).parent if paths else None
        outputs.extend(
            _stage(
                progress,
                "drawing views",
                lambda: write_default_views(
                    load_graph(out / "graph.nt"), out / "views", source_root=root
                ),
            )
        )
    _lap(clock, "files", started)
    result = BuildResult(
        notices_read=len(extraction.records),
        failures=tuple(failures),
        projects=counts.count("Project"),
        organisations=counts.count("Organisation"),
        participations=counts.count("Participation"),
        regions=counts.count("Region"),
        themes=len(counts.themes),
        programmes=len(counts.programmes),
        triples=writer.triples,
        conflicts=len(linked.conflicts),
        outputs=tuple(outputs),
        cache_hits=extraction.cache_hits,
        cache_misses=extraction.cache_misses,
        changes=changes,
    )
    if cache and result.ok:
        _remember(out, fingerprint, result)
    return result


def _keep_previous_graph(out: Path) -> Path | None:
    """A hard link (or copy) of the graph.ttl about to be replaced, to compare with."""
    import shutil

    current = out / "graph.ttl"
    if not current.is_file():
        return None
    kept = out / "cache" / "previous-graph.ttl"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.unlink(missing_ok=True)
    try:
        os.link(current, kept)
    except OSError:
        shutil.copyfile(current, kept)
    return kept


def _changes(previous: Path | None, current: Path) -> str:
    """The build's one-line summary of what changed since the previous build."""
    from coopkg.store.diff import changes_since

    if previous is None:
        return "first build in this folder"
    try:
        return changes_since(previous, current.read_bytes())
    finally:
        previous.unlink(missing_ok=True)


#: What the last build in a folder was made of, and what it wrote.
LAST_BUILD = Path("cache") / "last-build.json"


def _fingerprint(
    files: list[tuple[Path, str]],
    base: str,
    overrides: str | Path | None,
    views: bool,
    provenance: str,
    export_format: str | None,
    precedence: Sequence[str] | None = None,
) -> str:
    """A hash of everything a build's outputs depend on: inputs, options, code, the day."""
    import hashlib

    from coopkg.extraction.cache import code_version

    digest = hashlib.sha256()
    options = [base, provenance, str(views), str(export_format), dt.date.today().isoformat()]
    options.append(code_version())
    options.append(",".join(precedence or ()))
    if overrides:
        options.append(hashlib.sha256(Path(overrides).read_bytes()).hexdigest())
    for item in options:
        digest.update(item.encode("utf-8") + b"\0")
    for path, source in files:
        digest.update(f"{path}\0{source}".encode() + b"\0")
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def _stamp(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns] if path.is_file() else [0, 0]


def _unchanged(out: Path, fingerprint: str) -> BuildResult | None:
    """The previous build's result if it was made of the same and its outputs are intact."""
    try:
        saved = json.loads((out / LAST_BUILD).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("fingerprint") != fingerprint:
        return None
    outputs = saved.get("outputs", {})
    if not outputs or any(_stamp(Path(p)) != stamp for p, stamp in outputs.items()):
        return None
    counts = saved["result"]
    return BuildResult(
        **counts,
        failures=(),
        outputs=tuple(Path(p) for p in outputs),
        cache_hits=counts["notices_read"],
        cache_misses=0,
        unchanged=True,
        changes="no change since the previous build",
    )


def _remember(out: Path, fingerprint: str, result: BuildResult) -> None:
    counts = {
        name: getattr(result, name)
        for name in ("notices_read", "projects", "organisations", "participations", "regions",
                     "themes", "programmes", "triples", "conflicts")
    }  # fmt: skip
    outputs = {str(p): _stamp(p) for p in result.outputs}
    text = json.dumps({"fingerprint": fingerprint, "result": counts, "outputs": outputs}, indent=1)
    atomic.write_text(out / LAST_BUILD, text + "\n")


def _clock() -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (this process and its finished workers)."""
    import time

    try:
        import resource
    except ImportError:  # not on Unix: CPU of this process only
        return time.perf_counter(), time.process_time()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), time.process_time() + kids.ru_utime + kids.ru_stime


def _lap(clock: dict[str, float], stage: str, started: tuple[float, float]) -> tuple[float, float]:
    """Record a stage's seconds (and ``"<stage> cpu"``) in ``clock``; start the next."""
    now = _clock()
    clock[stage] = now[0] - started[0]
    clock[f"{stage} cpu"] = now[1] - started[1]
    return now


#: The extraction cache, inside the output folder.
CACHE_FILE = Path("cache") / "extraction.sqlite"


def _type(name: str) -> str:
    from coopkg.graph.namespace import COOP

    return str(COOP[name])


class _Counts:
    """Distinct subjects per class and distinct themes and programmes, as N-Triples
    lines pass (only the classes the summary counts, not the many evidence nodes).

    Each distinct IRI is kept as its 64-bit hash, not its text: a build's participations
    alone are a few per notice, and two IRIs sharing a hash are too unlikely to matter to
    a count (about one chance in 10^7 at a million participations).
    """

    def __init__(self) -> None:
        from rdflib import RDF

        from coopkg.graph.namespace import COOP

        counted = ("Project", "Organisation", "Participation", "Region")
        self.types: dict[str, set[int]] = {f"<{_type(name)}>": set() for name in counted}
        self.themes: set[int] = set()
        self.programmes: set[int] = set()
        self._rdf_type = f" <{RDF.type}> "
        self._theme = f" <{COOP.theme}> "
        self._programme = f" <{COOP.programme}> "

    def count(self, name: str) -> int:
        return len(self.types[f"<{_type(name)}>"])

    def add(self, lines: Iterable[str]) -> None:
        kinds = ((self._rdf_type, None), (self._theme, self.themes),
                 (self._programme, self.programmes))  # fmt: skip
        types = self.types
        for line in lines:
            for marker, found in kinds:
                if marker in line:  # (a literal may hold the text: the predicate decides)
                    subject, predicate, rest = line.split(" ", 2)
                    if predicate != marker[1:-1]:
                        continue
                    value = rest[:-3]  # " .\n"
                    if found is not None:
                        found.add(hash(value))
                    elif value in types:
                        types[value].add(hash(subject))
                    break


def regions_csv(linked: object) -> str:
    """Every region mention and what it was linked to, or why it was left unlinked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["project", "source", "mention", "linked_to", "level", "reason"])
    for item in getattr(linked, "records", ()):
        for link in item.regions:
            level = "" if link.level is None else link.level
            writer.writerow(
                [item.project_id, item.record.source, link.mention, link.nuts_code or "", level,
                 link.reason]
            )  # fmt: skip
    return buffer.getvalue()


def conflicts_csv(linked: object) -> str:
    """Facts on which sources of one project disagree: kept side by side, reported here,
    with the value the precedence chose as current, its sources and why."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["project", "field", "values", "sources", "current", "current_sources", "reason"]
    )
    for c in getattr(linked, "conflicts", ()):
        writer.writerow(
            [c.project_id, c.field, " | ".join(c.values), " | ".join(c.sources), c.current,
             " | ".join(c.current_sources), c.reason]
        )  # fmt: skip
    return buffer.getvalue()


def merge_report_csv(linked: object) -> str:
    """The organisation merge decisions as CSV: what was merged, by which rule, why."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["left", "right", "rule", "score", "accepted", "reason"])
    for m in getattr(linked, "merges", ()):
        writer.writerow([m.left, m.right, m.rule, f"{m.score:.1f}", m.accepted, m.reason])
    return buffer.getvalue()


def cordis_graph(path: str | Path, *, limit: int | None = None, vocabulary: bool = True) -> Graph:
    """The CORDIS H2020 2016 snapshot (:mod:`coopkg.read.exports.cordis`) as an RDF graph.

    ``vocabulary=False`` leaves out the labels of countries, programmes and themes
    (:func:`coopkg.graph.triples.add_vocabulary`); the networks do not need them.
    """
    from coopkg.graph import triples as kg
    from coopkg.graph.identity import Minter
    from coopkg.read.exports.cordis import cordis_records

    records, organisations = cordis_records(path, limit=limit)
    minter = Minter()
    g = kg.new_graph()
    for linked in records:
        kg.add_linked_record(g, linked, minter, media_type="text/tab-separated-values")
    for org in organisations:
        kg.add_organisation(g, org, minter)
    if vocabulary:
        kg.add_vocabulary(g)
    return g
