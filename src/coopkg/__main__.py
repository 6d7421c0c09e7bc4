"""The ``coopkg`` command line: a thin layer over the library.

Every command calls one library function and turns :class:`coopkg.errors.CoopkgError`
into a one-line message. Exit codes (documented in the README):

* 0: everything worked;
* 1: some inputs failed or the data failed a check (the rest was still built);
* 2: usage error (bad option, missing file given on the command line).

Heavy modules are imported inside the commands so ``coopkg --help`` stays fast.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from coopkg.errors import CoopkgError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _fail(error: CoopkgError) -> click.ClickException:
    return click.ClickException(str(error))


def graph_option(help_text: str, *, must_exist: bool = True):  # type: ignore[no-untyped-def]
    """The ``-g/--graph`` option every graph-reading command shares.

    A missing graph file is a usage error (exit code 2), like any missing input.
    """
    return click.option(
        "-g",
        "--graph",
        "graph_path",
        default="output/graph.ttl",
        show_default=True,
        type=click.Path(exists=must_exist, path_type=Path),
        callback=_graph_file,
        help=help_text + " A build folder names its graph.ttl.",
    )


def _graph_file(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """A build folder given as ``-g`` stands for the graph file in it."""
    if value is None or not value.is_dir():
        return value
    from coopkg.store.buildstore import build_folder

    try:
        return build_folder(value)[0]
    except CoopkgError as error:
        raise click.BadParameter(str(error)) from error


def lang_option(command):  # type: ignore[no-untyped-def]
    """``--lang``: the language of theme, programme and country labels (English default)."""
    return click.option(
        "--lang",
        default="en",
        show_default=True,
        help="Language of labels (en, de, fr, it, es...; English where one is missing).",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="coopkg")
def cli() -> None:
    """coopkg: turn notices about EU cooperation projects into a knowledge graph.

    \b
    Example:
      coopkg build                 # seeds/ -> output/graph.ttl
      coopkg query --list          # saved analyst queries
    """
    import warnings

    from coopkg.store.buildstore import StaleStoreWarning

    default = warnings.showwarning

    def one_line(message, category, *args, **kwargs):  # type: ignore[no-untyped-def]
        if issubclass(category, StaleStoreWarning):
            click.secho(f"warning: {message}", fg="yellow", err=True)
        else:
            default(message, category, *args, **kwargs)

    warnings.showwarning = one_line


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="coopkg")


# --- build, extract, validate (pipeline) --------------------------------------------


def one_line(text: str) -> str:
    r"""``text`` on one printable line: control characters (a newline in a file name) are
    shown escaped, so each failure stays exactly one line.

    >>> one_line("notes/bad\nname.txt: empty file")
    'notes/bad\\nname.txt: empty file'
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _print_failure(failure: object) -> None:
    click.secho(f"error: {one_line(str(failure))}", fg="red", err=True)


def _progress(items: list, description: str):
    """A rich progress bar for one stage of a build (on stderr; gone when it ends)."""
    from rich.progress import track

    return track(items, description=description, transient=True, console=_stderr_console())


def progress_display(quiet: bool, terminal: bool):
    """The build's progress display: a bar per long stage on a terminal, else none.

    >>> progress_display(quiet=True, terminal=True) is None
    True
    >>> progress_display(quiet=False, terminal=False) is None
    True
    """
    return None if quiet or not terminal else _progress


def _precedence(text: str | None) -> tuple[str, ...] | None:
    """``--precedence`` as a tuple of kinds; a kind coopkg does not know is a usage error."""
    if not text:
        return None
    from coopkg.read.exports import kind_names

    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    known = {"export", "notice", *kind_names()}
    unknown = [k for k in kinds if k not in known]
    if unknown:
        raise click.BadParameter(
            f"unknown kind {', '.join(unknown)}; known: {', '.join(sorted(known))}",
            param_hint="--precedence",
        )
    return kinds


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="output",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write into.",
)
@click.option("--base", default=None, help="Base IRI of minted resources (ends with / or #).")
@click.option(
    "--corrections",
    "--overrides",
    "corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Corrections file (TOML) honoured on every build: [[fix]] tables and "
    "organisation same_as / not_same_as pairs (--overrides is its former name).",
)
@click.option("--no-views", is_flag=True, help="Do not write the HTML network views.")
@click.option(
    "--format",
    "export_format",
    metavar="KIND",
    help="Read every export (.json/.csv/.tsv/.xlsx/.gz) as this kind instead of detecting "
    "it: cordis, cordis-participations, interreg-se, a column map name (fi-eura2014, "
    "keep-partners, ...) or a column-map .toml file.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that extract notices [default: all cores].",
)
@click.option(
    "--provenance",
    type=click.Choice(["full", "compact", "none"]),
    default="full",
    show_default=True,
    help="full: an evidence node per value; compact: one JSON literal per value; none.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Extract every notice again (default: reuse OUT/cache/ for unchanged notices).",
)
@click.option(
    "--executor",
    type=click.Choice(["process", "dask"]),
    default="process",
    show_default=True,
    help="Where extraction runs: local processes, or a Dask cluster (--scheduler).",
)
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars and no summary; only errors.")
@click.option(
    "--precedence",
    metavar="KINDS",
    help="Where sources of a project disagree, whose value is current: kinds of source, "
    "most trusted first, comma-separated (export kinds such as cordis or kohesio-projects, "
    "'export' for any other export, 'notice') [default: export,notice].",
)
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    base: str | None,
    corrections: Path | None,
    no_views: bool,
    jobs: int | None,
    provenance: str,
    no_cache: bool,
    executor: str,
    scheduler: str | None,
    export_format: str | None,
    quiet: bool,
    precedence: str | None,
) -> None:
    """Build the knowledge graph of notice files, exports and folders (default: seeds/).

    Notices (.txt, .html, .pdf, ...) are extracted; exports (CORDIS, keep.eu, Kohesio,
    partner tables, lists of operations as .json/.csv/.tsv/.xlsx) are imported, their
    kind detected from their columns. Writes OUT/graph.ttl and OUT/graph.nt (sorted),
    OUT/store/ (an Oxigraph store that query uses), OUT/records.json,
    OUT/organisations.csv, OUT/conflicts.csv and OUT/views/. Unchanged notices are not
    extracted again (OUT/cache/).
    Exit code 1 if some inputs failed (the rest is still built). On a terminal a
    progress bar shows each stage (extracting, linking, writing triples, writing graph
    files, drawing views); -q hides the bars and the summary.

    \b
    Example:
      coopkg build seeds/ -o output
      coopkg build seeds/ partners.json -o output --no-views
      coopkg build notices/ -o big --jobs 2 --provenance compact --no-views
      coopkg build seeds/ -o output --corrections corrections.toml
    """
    from coopkg.graph.identity import DEFAULT_BASE
    from coopkg.pipeline import DEFAULT_INPUT
    from coopkg.pipeline import build as run_build

    if not paths and not DEFAULT_INPUT.is_dir():
        raise click.UsageError(
            f"no {DEFAULT_INPUT}/ folder in {Path.cwd()}: give the notice files or folders "
            "to build (coopkg build PATH...), or run in the folder that holds seeds/"
        )
    try:
        result = run_build(
            paths or (DEFAULT_INPUT,),
            out_dir,
            base=base or DEFAULT_BASE,
            corrections=corrections,
            views=not no_views,
            on_failure=_print_failure,
            progress=progress_display(quiet, _stderr_is_terminal()),
            jobs=jobs,
            cache=not no_cache,
            provenance=provenance,
            executor=executor,
            scheduler=scheduler,
            export_format=export_format,
            precedence=_precedence(precedence),
        )
    except (CoopkgError, ValueError) as error:
        raise click.ClickException(str(error)) from error
    if not quiet:
        click.echo(result.summary())
    if not result.outputs:
        click.secho(
            f"error: every input failed: nothing written, {out_dir}/ left as it was",
            fg="red",
            err=True,
        )
    if not result.ok:
        sys.exit(EXIT_FAILED)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="table",
    show_default=True,
    help="json: the record contract; table: one line per record.",
)
@click.option("--explain", is_flag=True, help="Show each value next to the passage it came from.")
def extract(paths: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Extract one record per notice and print it (no linking, no RDF).

    \b
    Example:
      coopkg extract seeds/*.txt --format json > records.json
      coopkg extract seeds/clusterix_en.txt --explain
    """
    from coopkg.pipeline import extract_paths, input_files, records_json

    failed: list[object] = []

    def on_failure(failure: object) -> None:
        failed.append(failure)
        _print_failure(failure)

    files = input_files(paths)
    if not files:
        _print_failure(f"{', '.join(map(str, paths))}: no notice files found")
        sys.exit(EXIT_FAILED)
    items = list(extract_paths(files, on_failure=on_failure))
    if explain:
        click.echo(_explain_text(items))
    elif fmt == "json":
        click.echo(records_json([i.record for i in items]), nl=False)
    else:
        click.echo(_records_table(items))
    if failed:
        sys.exit(EXIT_FAILED)


def _records_table(items: list) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table("source", "acronym", "title", "dates", "programme", "EU funding", "partners")
    for item in items:
        r = item.record
        dates = f"{r.start_date or '?'} – {r.end_date or '?'}" if r.start_date or r.end_date else ""
        money = f"{r.eu_funding_eur:,.2f}" if r.eu_funding_eur is not None else ""
        table.add_row(
            Path(r.source).name,
            r.acronym or "",
            (r.title or "")[:50],
            dates,
            r.programme or "",
            money,
            str(len(r.partners)),
        )
    console = Console(record=True, width=160, file=io.StringIO())
    console.print(table)
    return console.export_text()


def _explain_text(items: list) -> str:
    from coopkg.extraction import explain

    lines: list[str] = []
    for item in items:
        lines.append(f"== {item.record.source}")
        for row in explain(item.record, item.notice):
            name, value, quote, rule, confidence = row
            lines.append(f"{name:18} {value}")
            lines.append(f"{'':18} « {quote} »  [{rule}, {confidence:.2f}]")
    return "\n".join(lines)


@cli.command()
@click.argument(
    "graph",
    required=False,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@graph_option("The knowledge graph to check (GRAPH as an argument still works).", must_exist=False)
def validate(graph: Path | None, graph_path: Path) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl).

    Exit code 0 if it conforms, 1 if it has violations, 2 if the graph is missing.

    \b
    Example:
      coopkg validate -g output/graph.ttl
    """
    from coopkg.graph.validate import format_report, validate_file

    if graph is None and not graph_path.is_file():
        raise click.BadParameter(
            f"File '{graph_path}' does not exist.", param_hint="'-g' / '--graph'"
        )
    try:
        report = validate_file(graph or graph_path)
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(EXIT_FAILED)


# --- end of pipeline commands ----------------------------------------------------------


# --- review, diff (curation) -------------------------------------------------------------


@cli.command()
@click.argument(
    "build_dir",
    default="output",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option(
    "--threshold",
    default=0.6,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Queue extracted values below this confidence.",
)
@click.option(
    "--corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Leave out organisation pairs this corrections file already decides.",
)
def review(build_dir: Path, threshold: float, corrections: Path | None) -> None:
    """Write the review queue of a build: BUILD_DIR/review.html and review.csv.

    Low-confidence facts, conflicts between the notices of a project and suspected
    duplicate organisations, each with its passage and a snippet to paste into the
    corrections file of `coopkg build --corrections`.

    \b
    Example:
      coopkg review output
      coopkg review output --threshold 0.8 --corrections corrections.toml
    """
    from coopkg.views.review import write_review

    try:
        result = write_review(build_dir, threshold=threshold, corrections=corrections)
    except CoopkgError as error:
        raise _fail(error) from error
    counts = result.counts()
    click.echo(", ".join(f"{n} {kind}" for kind, n in counts.items()))
    click.echo(f"wrote {result.html}")
    click.echo(f"wrote {result.csv}")


@cli.command()
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: one row per fact; json: {added, removed, changed}.",
)
def diff(old: Path, new: Path, fmt: str) -> None:
    """Show the facts added, removed and changed from OLD to NEW.

    OLD and NEW are graph files or build folders (their graph.ttl). Facts are the values
    of the fields of each project and organisation, partners and their roles included.

    \b
    Example:
      coopkg diff previous/ output/
      coopkg diff previous/graph.ttl output/graph.ttl --format json
    """
    from coopkg.store.diff import diff_graphs, format_diff

    try:
        found = diff_graphs(old, new)
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(format_diff(found, fmt), nl=False)


# --- end of review, diff commands -----------------------------------------------------------


# --- analyze, suggest (network analysis) -------------------------------------------------

_GRAPH_OPTION = graph_option("The knowledge graph to analyse (Turtle or any RDF file).")


@cli.command()
@_GRAPH_OPTION
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="output/analysis",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to (re)write.",
)
@click.option(
    "--level",
    default=2,
    show_default=True,
    type=click.IntRange(0, 3),
    help="NUTS level of the region networks.",
)
@click.option("--period", multiple=True, help="Keep projects of this period (repeatable).")
@click.option(
    "--programme", multiple=True, help="Keep projects of this programme (IRI, id or name)."
)
@click.option("--theme", multiple=True, help="Keep projects with this theme (IRI, id or label).")
@click.option("--country", multiple=True, help="Keep projects with a partner in this country.")
@click.option(
    "--weight",
    type=click.Choice(["projects", "funding"]),
    default="projects",
    show_default=True,
    help="Weight of organisation links.",
)
@click.option("--no-report", is_flag=True, help="Skip report.html (and matplotlib).")
@lang_option
def analyze(
    graph_path: Path,
    out_dir: Path,
    level: int,
    period: tuple[str, ...],
    programme: tuple[str, ...],
    theme: tuple[str, ...],
    country: tuple[str, ...],
    weight: str,
    no_report: bool,
    lang: str,
) -> None:
    """Network analysis of partners and regions: CSV tables, summary.json, GraphML,
    GEXF, report.html and metrics.ttl.

    \b
    Example:
      coopkg analyze -g output/graph.ttl -o output/analysis --level 2 --period 2007-2013
    """
    from coopkg.network import analyze as run_analysis
    from coopkg.records.vocab import use_label_language

    try:
        with use_label_language(lang):
            result = run_analysis(
                graph_path,
                out_dir,
                level=level,
                period=period,
                programme=programme,
                theme=theme,
                country=country,
                weight=weight,
                report=not no_report,  # type: ignore[arg-type]
            )
    except CoopkgError as error:
        raise _fail(error) from error
    for name, info in result.summary["networks"].items():
        click.echo(f"{name}: {info['nodes']} nodes, {info['edges']} edges")
    click.echo(f"{len(result.files)} files written to {result.out_dir}")
    chosen = {k: v for k, v in result.summary.get("filters", {}).items() if v}
    if chosen and not result.summary["networks"].get("project_organisation", {}).get("nodes"):
        shown = "; ".join(f"{k} {', '.join(map(str, v))}" for k, v in chosen.items())
        click.secho(f"note: the filters ({shown}) select no project", fg="yellow", err=True)


@cli.command()
@click.argument("organisation")
@_GRAPH_OPTION
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1), help="How many.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@lang_option
def suggest(organisation: str, graph_path: Path, k: int, fmt: str, lang: str) -> None:
    """Suggest new partners for ORGANISATION (a name, part of one, or an IRI).

    The first line (stderr with -f json) names the organisation the name was taken for.

    \b
    Example:
      coopkg suggest "Region Syddanmark" -g output/graph.ttl -k 5
    """
    from coopkg.network.analysis import load_graph
    from coopkg.network.graphs import network_data
    from coopkg.network.suggest import find_organisation, suggest_partners
    from coopkg.records.vocab import use_label_language

    try:
        with use_label_language(lang):
            data = network_data(load_graph(graph_path))
            target = find_organisation(data, organisation)
            found = suggest_partners(data, target, k)
    except CoopkgError as error:
        raise _fail(error) from error
    chosen = data.organisations[target]
    click.echo(
        f"partners for {chosen.label} ({chosen.country or '?'}) <{target}>",
        err=fmt == "json",
    )
    if fmt == "json":
        import json

        click.echo(json.dumps([s.to_json() for s in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("no suggestion: the organisation has no partners or themes to start from")
    for rank, s in enumerate(found, start=1):
        click.echo(f"{rank}. {s.label} ({s.country or '?'})  score {s.score:.3f}")
        for reason in s.reasons:
            click.echo(f"     - {reason}")


# --- end of network commands -------------------------------------------------------------

# --- view (interactive network views) ---------------------------------------------------


@cli.command()
@graph_option("The knowledge graph to draw (Turtle or any RDF file).")
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="output/views",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the HTML and PNG.",
)
@click.option(
    "--kind",
    type=click.Choice(["organisations", "regions", "neighbourhood"]),
    default="organisations",
    show_default=True,
    help="Which network to draw.",
)
@click.option(
    "--level",
    default=2,
    show_default=True,
    type=click.IntRange(0, 3),
    help="NUTS level of the region view.",
)
@click.option(
    "--focus", default=None, help="Neighbourhood centre: an IRI, a name, an acronym or a NUTS code."
)
@click.option(
    "--radius",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Links from the focus the neighbourhood view reaches.",
)
@click.option(
    "--max-nodes",
    default=1500,
    show_default=True,
    type=click.IntRange(1),
    help="Node budget; bigger networks keep their most central nodes.",
)
@click.option(
    "--color",
    "colour_by",
    type=click.Choice(["type", "country", "community"]),
    default=None,
    help="Node colours [default: country; type for neighbourhood].",
)
@click.option("--no-png", is_flag=True, help="Skip the static PNG (and matplotlib).")
@lang_option
def view(
    graph_path: Path,
    out_dir: Path,
    kind: str,
    level: int,
    focus: str | None,
    radius: int,
    max_nodes: int,
    colour_by: str | None,
    no_png: bool,
    lang: str,
) -> None:
    """Write an interactive network view: one self-contained HTML file (works offline)
    and a PNG.

    \b
    Example:
      coopkg view -g output/graph.ttl -o output/views --kind organisations --color community
      coopkg view --kind regions --level 2
      coopkg view --kind neighbourhood --focus ClusteriX
    """
    from coopkg.records.vocab import use_label_language
    from coopkg.views import view_file

    if kind == "neighbourhood" and not focus:
        raise click.UsageError("--kind neighbourhood needs --focus (an IRI, a name or a code)")
    try:
        with use_label_language(lang):
            result = view_file(
                graph_path,
                out_dir,
                kind=kind,
                level=level,
                focus=focus,
                radius=radius,
                max_nodes=max_nodes,
                colour_by=colour_by,
                png=not no_png,
            )
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(
        f"{result.nodes_shown} of {result.nodes_total} nodes, "
        f"{result.edges_shown} of {result.edges_total} links"
    )
    for note in result.notes:
        click.echo(note)
    for path in result.paths:
        click.echo(f"wrote {path}")


# --- end of view commands ----------------------------------------------------------------

# --- query, serve, push, export (SPARQL and publishing) ----------------------------------

_STORE_OPTIONS = (
    click.option(
        "--store",
        "store_kind",
        type=click.Choice(["memory", "oxigraph"]),
        default="memory",
        show_default=True,
        help="rdflib in memory, or Oxigraph (fast on large graphs).",
    ),
    click.option(
        "--store-path",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of a persistent Oxigraph store (loaded from the graph while empty).",
    ),
)


def _store_options(command):  # type: ignore[no-untyped-def]
    for option in reversed(_STORE_OPTIONS):
        command = option(command)
    return command


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected name=value, got {pair!r}", param_hint="--param")
        params[name.strip()] = value
    return params


@cli.command()
@click.argument("sparql", required=False)
@graph_option(
    "The knowledge graph to query (not needed with a filled --store-path).", must_exist=False
)
@click.option("-p", "--param", "params", multiple=True, help="Bind a parameter: name=value.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "excel-csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="excel-csv: CSV with a byte-order mark, formulas neutralised (for spreadsheets).",
)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and exit.")
@click.option(
    "--limit",
    default=1000,
    show_default=True,
    type=click.IntRange(0),
    help="Show at most this many rows and state the total (0: all rows).",
)
@_store_options
def query(
    sparql: str | None,
    graph_path: Path,
    params: tuple[str, ...],
    fmt: str,
    list_saved: bool,
    limit: int,
    store_kind: str,
    store_path: Path | None,
) -> None:
    """Run SPARQL: a saved query by name, an .rq file, or inline text.

    \b
    Examples:
      coopkg query --list
      coopkg query lead-partners
      coopkg query provenance --param project=ClusteriX --param field=eu_funding_eur
      coopkg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" -f csv
      coopkg query my.rq --store oxigraph --store-path output/store
      coopkg query project-overview --limit 0 -f csv > projects.csv
    """
    from coopkg.store.query import (
        describe_saved_queries,
        format_result,
        limit_note,
        run_query_result,
    )

    if list_saved:
        click.echo(describe_saved_queries())
        return
    from coopkg.errors import QueryUsageError

    if not sparql:
        raise click.UsageError("give a saved query name, an .rq file or SPARQL text (or --list)")
    if not graph_path.is_file() and not _filled_store(store_path):
        raise click.BadParameter(
            f"File '{graph_path}' does not exist.", param_hint="'-g' / '--graph'"
        )
    if _filled_store(store_path):
        click.secho(
            f"note: answering from the store in {store_path} (loaded on an earlier run; "
            "delete that folder to load the graph again)",
            fg="yellow",
            err=True,
        )
    try:
        result = run_query_result(
            sparql,
            graph=graph_path,
            params=_parse_params(params),
            store=store_kind,  # type: ignore[arg-type]
            store_path=store_path,
            limit=limit or None,
        )
        text = format_result(result, fmt)
    except QueryUsageError as error:
        raise click.UsageError(str(error)) from error
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(text.rstrip("\n"))
    note = limit_note(result)
    if note is not None and fmt != "table":  # the table's own last line says it
        click.secho(f"note: {note}", fg="yellow", err=True)


def _filled_store(store_path: Path | None) -> bool:
    """True when a persistent store folder exists and holds files (a graph loaded earlier)."""
    return store_path is not None and store_path.is_dir() and any(store_path.iterdir())


@cli.command()
@graph_option("The knowledge graph to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.01),
    help="Seconds a query may run before the client gets 503 (and its worker is stopped).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(1),
    help="Answers are cut at this many rows.",
)
@click.option(
    "--workers",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes running queries (a timed-out query's worker is killed).",
)
@_store_options
def serve(
    graph_path: Path,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    store_kind: str,
    store_path: Path | None,
) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (Ctrl-C stops it).

    \b
    Example:
      coopkg serve --port 7878
      curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql?query=ASK%7B?s%20?p%20?o%7D'
    """
    from coopkg.store.endpoint import serve as _serve

    if _filled_store(store_path):
        click.secho(
            f"note: serving the store in {store_path} (loaded on an earlier run; "
            "delete that folder to load the graph again)",
            fg="yellow",
            err=True,
        )
    try:
        _serve(
            graph_path,
            host,
            port,
            store=store_kind,  # type: ignore[arg-type]
            store_path=store_path,
            timeout=timeout,
            max_rows=max_rows,
            workers=workers,
            ready=lambda url: click.echo(f"SPARQL endpoint at {url} (page at {url[:-6]})"),
        )
    except CoopkgError as error:
        raise _fail(error) from error


@cli.command()
@graph_option("The graph file to send (.ttl, .nt or .rdf).")
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. .../store.")
@click.option("--graph-iri", default=None, help="Named graph to replace [base IRI + 'graph'].")
@click.option("--user", default=None, help="User name for HTTP basic authentication.")
@click.option(
    "--password",
    envvar="COOPKG_PUSH_PASSWORD",
    default=None,
    help="Password for --user [env COOPKG_PUSH_PASSWORD; prompted when missing].",
)
@click.option(
    "--token",
    envvar="COOPKG_PUSH_TOKEN",
    default=None,
    help="Bearer token instead of a user [env COOPKG_PUSH_TOKEN].",
)
def push(
    graph_path: Path,
    endpoint: str,
    graph_iri: str | None,
    user: str | None,
    password: str | None,
    token: str | None,
) -> None:
    """Replace a named graph in a triple store with the graph (HTTP PUT).

    \b
    Example:
      oxigraph serve --location /tmp/ox --bind 127.0.0.1:7879 &
      coopkg push --endpoint http://127.0.0.1:7879/store
      COOPKG_PUSH_TOKEN=... coopkg push --endpoint https://kg.example.org/store
    """
    from coopkg.store.push import push as _push

    if user is not None and password is None:
        password = click.prompt(f"password for {user}", hide_input=True, default="")
    try:
        result = _push(graph_path, endpoint, graph_iri, user=user, password=password, token=token)
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(f"pushed {result.bytes_sent} bytes to <{result.graph_iri}> (HTTP {result.status})")


@cli.command()
@graph_option("The graph to export.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["turtle", "ttl", "nt", "json-ld", "jsonld", "trig"]),
    default="turtle",
    show_default=True,
    help="ttl = turtle, jsonld = json-ld; trig: one named graph per notice.",
)
@click.option(
    "-o",
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="File to write, or - for standard output.",
)
def export(graph_path: Path, fmt: str, out_path: Path) -> None:
    """Write the graph deterministically (same input, same bytes), atomically.

    \b
    Example:
      coopkg export -f trig -o output/graph.trig
      coopkg export -f nt -o - | head
    """
    from coopkg.store.export import export as _export
    from coopkg.store.export import render

    try:
        if str(out_path) == "-":
            stream = click.get_text_stream("stdout").buffer
            stream.write(render(graph_path, fmt).encode("utf-8"))
            stream.flush()
            return
        written = _export(graph_path, fmt, out_path)
    except CoopkgError as error:
        raise _fail(error) from error
    click.echo(f"wrote {written}")


# --- end of query, serve, push, export commands -------------------------------------------

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
