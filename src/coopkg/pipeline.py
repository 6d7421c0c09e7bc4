"""The pipeline: notice files -> records -> linked records -> RDF graph -> files.

:func:`extract_paths` streams records from files (one failure never stops the rest);
:func:`build` runs the whole river and writes ``graph.ttl`` and its companions
atomically. This module orchestrates; every stage's logic lives in its own module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coopkg.errors import CoopkgError, ExtractionError
from coopkg.graph.identity import DEFAULT_BASE
from coopkg.records import Notice, ProjectRecord
from coopkg.store import atomic

if TYPE_CHECKING:
    from rdflib import Graph

    from coopkg.link import LinkResult

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("output")


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
        ]
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
    from coopkg.read.notices import iter_input_sources

    paths = [Path(p) for p in paths]
    found = list(iter_input_sources(paths))
    listed = {f.resolve() for f, _ in found}
    for folder in (p for p in paths if p.is_dir()):
        for file in export_files(folder):
            if file.resolve() not in listed:
                listed.add(file.resolve())
                found.append((file, file.relative_to(folder).as_posix()))
    kept = {f.resolve() for f in collapse_pairs(f for f, _ in found)}
    return sorted(((f, s) for f, s in found if f.resolve() in kept), key=lambda item: item[1])


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
    reason = getattr(error, "reason", None)
    return str(reason or error).splitlines()[0]


def records_json(records: Sequence[ProjectRecord]) -> str:
    """The records as the JSON array of ``coopkg extract --format json``."""
    return json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2) + "\n"


def build_graph(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    *,
    base: str = DEFAULT_BASE,
    corrections: str | Path | None = None,
    overrides: str | Path | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    export_format: str | None = None,
) -> tuple[Graph, LinkResult, list[Extracted]]:
    """Run read -> extract -> link -> graph in memory; return the graph and what fed it.

    ``corrections`` (``overrides`` is its former name) is a corrections file, applied to
    the records before linking; a fix that matches nothing is reported as a failure.
    """
    from coopkg.graph.identity import Minter
    from coopkg.graph.triples import build_graph as records_to_graph
    from coopkg.link import link_records
    from coopkg.link.corrections import correct_records

    files = input_files(paths)
    stream: Iterable[Path] = progress(files) if progress else files
    listed: list[tuple[str, object]] = []
    extracted = list(
        extract_paths(
            stream, on_failure=on_failure, export_format=export_format, organisations=listed
        )
    )
    minter = Minter(base)
    rules, records, applied, problems = correct_records(
        [e.record for e in extracted], corrections or overrides, iri_of=minter.project
    )
    for problem in problems:
        if on_failure:
            on_failure(Failure(str(rules.source if rules else corrections), problem))
    linked = link_records(
        records,
        overrides=rules,
        organisations=listed,  # type: ignore[arg-type]
    )
    media_types = {e.record.source: e.notice.media_type for e in extracted}
    graph = records_to_graph(
        linked.records, linked.organisations, base=base, media_types=media_types,
        corrections=applied,
    )  # fmt: skip
    return graph, linked, extracted


def build(
    paths: Iterable[str | Path] = (DEFAULT_INPUT,),
    out_dir: str | Path = DEFAULT_OUTPUT,
    *,
    base: str = DEFAULT_BASE,
    corrections: str | Path | None = None,
    overrides: str | Path | None = None,
    views: bool = True,
    on_failure: Callable[[Failure], None] | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    export_format: str | None = None,
) -> BuildResult:
    """Build the knowledge graph of the notices in ``paths`` into ``out_dir``.

    Writes ``graph.ttl``, ``records.json`` and ``organisations.csv`` (the merge report),
    each atomically, and the default network views unless ``views`` is false. Inputs
    that fail are reported through ``on_failure`` and listed in the result; the rest is
    still built.
    """
    from coopkg.graph.namespace import COOP
    from coopkg.store.export import turtle_bytes

    failures: list[Failure] = []

    def record_failure(failure: Failure) -> None:
        failures.append(failure)
        if on_failure:
            on_failure(failure)

    paths = list(paths)
    if not input_files(paths):
        from coopkg.errors import InputError
        from coopkg.read.notices import EXTENSIONS

        raise InputError(
            ", ".join(str(p) for p in paths) or "(no input)",
            f"no notice files found (looked for {', '.join(EXTENSIONS)}); nothing built",
        )
    graph, linked, extracted = build_graph(
        paths,
        base=base,
        corrections=corrections or overrides,
        on_failure=record_failure,
        progress=progress,
        export_format=export_format,
    )
    if not extracted:
        # Every input failed: keep whatever an earlier build wrote (nothing is replaced).
        return BuildResult(0, tuple(failures), 0, 0, 0, 0, 0, 0, 0)
    out = Path(out_dir)
    from coopkg.store.diff import changes_since

    turtle = turtle_bytes(graph)
    changes = changes_since(out / "graph.ttl", turtle)  # read before it is replaced
    outputs = [
        atomic.write_bytes(out / "graph.ttl", turtle),
        atomic.write_text(out / "records.json", records_json([e.record for e in extracted])),
        atomic.write_text(out / "organisations.csv", merge_report_csv(linked)),
        atomic.write_text(out / "conflicts.csv", conflicts_csv(linked)),
        atomic.write_text(out / "regions.csv", regions_csv(linked)),
    ]
    if views:
        from coopkg.views import write_default_views

        # Source names are relative to the input folder: links from the views point there.
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        root = folders[0] if len(folders) == 1 else Path(paths[0]).parent if paths else None
        outputs.extend(write_default_views(graph, out / "views", source_root=root))
    from rdflib import RDF

    def count(cls: object) -> int:
        return sum(1 for _ in graph.subjects(RDF.type, cls))

    return BuildResult(
        notices_read=len(extracted),
        failures=tuple(failures),
        projects=count(COOP.Project),
        organisations=count(COOP.Organisation),
        participations=count(COOP.Participation),
        regions=count(COOP.Region),
        themes=len(set(graph.objects(None, COOP.theme))),
        programmes=len(set(graph.objects(None, COOP.programme))),
        triples=len(graph),
        conflicts=len(linked.conflicts),
        outputs=tuple(outputs),
        changes=changes,
    )


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
    """Facts on which notices of one project disagree: kept side by side, reported here."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["project", "field", "values", "sources"])
    for c in getattr(linked, "conflicts", ()):
        writer.writerow([c.project_id, c.field, " | ".join(c.values), " | ".join(c.sources)])
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
