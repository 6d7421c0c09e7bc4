"""Scale: parallel extraction, the extraction cache, the build's store, provenance modes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopkg.__main__ import cli
from coopkg.pipeline import build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OUTPUTS = ("graph.ttl", "graph.nt", "records.json", "organisations.csv", "regions.csv")


def _notices(folder: Path) -> Path:
    """The five seeds plus two renamed copies (the same projects under other files)."""
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, folder / seed.name)
    shutil.copy(SEEDS / "innotrax_en.txt", folder / "zz_copy_en.txt")
    shutil.copy(SEEDS / "techlink_fr.txt", folder / "aa_copy_fr.txt")
    return folder


def _bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _notices(tmp_path_factory.mktemp("scale") / "in")


def test_one_job_and_three_jobs_write_the_same_bytes(notices: Path, tmp_path: Path) -> None:
    one = build([notices], tmp_path / "one", views=False, jobs=1, cache=False)
    three = build([notices], tmp_path / "three", views=False, jobs=3, cache=False)
    assert one.notices_read == three.notices_read == 7
    assert _bytes(tmp_path / "one") == _bytes(tmp_path / "three")
    records = json.loads((tmp_path / "three" / "records.json").read_text("utf-8"))
    assert [Path(r["source"]).name for r in records] == [
        "aa_copy_fr.txt", "clusterix_en.txt", "clustrat_en.txt", "innotrax_en.txt",
        "techlink_fr.txt", "tracs3_de.txt", "zz_copy_en.txt",
    ]  # fmt: skip


def test_parallel_extraction_keeps_input_order_and_reports_failures(tmp_path: Path) -> None:
    import datetime as dt

    from coopkg.extraction import parallel

    folder = _notices(tmp_path / "in")
    (folder / "broken.txt").write_bytes(b"")
    paths = sorted(folder.iterdir())
    outcomes = list(parallel.extract_files(paths, jobs=2, today=dt.date(2026, 1, 1)))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert [o.error for o in outcomes if o.error] == ["empty file"]
    assert all(o.record is not None and o.record.source == o.path for o in outcomes if not o.error)


def test_notices_extracted_before_the_workers_start_keep_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from coopkg.extraction import parallel

    # A sample smaller than the input: some notices are extracted here, the rest by the
    # workers, and the outcomes still come in input order.
    monkeypatch.setattr(parallel, "SAMPLE", 3)
    folder = _notices(tmp_path / "in")
    paths = sorted(folder.iterdir())
    day = dt.date(2026, 1, 1)
    assert parallel._sample(len(paths)) == [0, 2, 4]
    pooled = list(parallel.extract_files(paths, jobs=2, today=day))
    alone = list(parallel.extract_files(paths, jobs=1, today=day))
    assert [o.path for o in pooled] == [str(p) for p in paths]
    assert [o.record for o in pooled] == [o.record for o in alone]


def test_unchanged_rebuild_extracts_nothing_and_writes_the_same_bytes(
    notices: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = build([notices], out, views=False, jobs=2)
    assert (first.cache_hits, first.cache_misses) == (0, 7)
    before = _bytes(out)
    second = build([notices], out, views=False, jobs=2)
    assert (second.cache_hits, second.cache_misses) == (7, 0)
    assert _bytes(out) == before
    assert second.unchanged and "extracted         0 (cached 7)" in second.summary()
    # Without the record of the last build, every stage runs again from cached records.
    (out / "cache" / "last-build.json").unlink()
    third = build([notices], out, views=False, jobs=2)
    assert (third.cache_hits, third.cache_misses, third.unchanged) == (7, 0, False)
    assert _bytes(out) == before


def test_the_cache_keeps_each_record_as_compact_json(notices: Path, tmp_path: Path) -> None:
    """The workers write each record's records.json text; the cache keeps it made compact:
    the text json.dumps gives the record, whoever extracted it (a worker or the sample)."""
    import sqlite3

    from coopkg.extraction.cache import compact_json

    out = tmp_path / "out"
    build([notices], out, views=False, jobs=2)
    records = json.loads((out / "records.json").read_text("utf-8"))
    with sqlite3.connect(out / "cache" / "extraction.sqlite") as db:
        cached = dict(db.execute("SELECT sha256, json FROM record"))
    # The two copies have two seeds' content: the cache keeps the record put last.
    expected = {r["sha256"]: json.dumps(r, ensure_ascii=False) for r in records}
    assert len(cached) == 5 and cached == expected
    indented = json.dumps(records, ensure_ascii=False, indent=2)
    assert compact_json(indented) == json.dumps(records, ensure_ascii=False)


def test_a_changed_notice_is_the_only_one_extracted_again(tmp_path: Path) -> None:
    folder = _notices(tmp_path / "in")
    out = tmp_path / "out"
    build([folder], out, views=False, jobs=1)
    text = (folder / "clusterix_en.txt").read_text("utf-8")
    (folder / "clusterix_en.txt").write_text(text.replace("1 687 872,00", "1 700 000,00"), "utf-8")
    again = build([folder], out, views=False, jobs=1)
    assert (again.cache_hits, again.cache_misses) == (6, 1)
    records = json.loads((out / "records.json").read_text("utf-8"))
    clusterix = next(r for r in records if r["source"].endswith("clusterix_en.txt"))
    assert clusterix["eu_funding_eur"] == 1700000.0
    fresh = build([folder], tmp_path / "fresh", views=False, jobs=1, cache=False)
    assert fresh.cache_misses == 7
    assert _bytes(out) == _bytes(tmp_path / "fresh")


def test_another_extractor_version_misses_the_cache(tmp_path: Path) -> None:
    import datetime as dt

    from coopkg.extraction.cache import ExtractionCache
    from coopkg.extraction.parallel import extract_files

    day = dt.date(2026, 1, 1)
    files = [SEEDS / "innotrax_en.txt", SEEDS / "tracs3_de.txt"]
    with ExtractionCache(tmp_path / "c.sqlite", version="one") as cache:
        list(extract_files(files, jobs=1, cache=cache, today=day))
        cache.commit()
    with ExtractionCache(tmp_path / "c.sqlite", version="one") as cache:
        list(extract_files(files, jobs=1, cache=cache, today=day))
        assert (cache.hits, cache.misses) == (2, 0)
    with ExtractionCache(tmp_path / "c.sqlite", version="two") as cache:
        list(extract_files(files, jobs=1, cache=cache, today=day))
        assert (cache.hits, cache.misses) == (0, 2)


def test_cached_records_equal_fresh_ones() -> None:
    import coopkg
    from coopkg.extraction.cache import record_from_json

    for record in coopkg.extract([SEEDS]):
        assert record_from_json(json.loads(json.dumps(record.to_json()))) == record


def test_extractor_version_changes_with_the_extraction_data(monkeypatch, tmp_path) -> None:
    from coopkg.extraction import cache

    root = Path(cache.__file__).resolve().parents[1]
    # Hashed afresh, not from the session's cache: a value cached earlier in a long run would
    # differ from the one recomputed at the end if a model file was rebuilt in between.
    cache.extractor_version.cache_clear()
    cache.code_version.cache_clear()
    version = cache.extractor_version()
    assert len(version) == 16
    copy = tmp_path / "coopkg"
    for stage in ("read", "extraction", "records"):
        shutil.copytree(root / stage, copy / stage)
    monkeypatch.setattr(cache, "__file__", str(copy / "extraction" / "cache.py"))
    cache.extractor_version.cache_clear()
    cache.code_version.cache_clear()
    same = cache.extractor_version()
    (copy / "extraction" / "data" / "labels.toml").write_text("# edited\n", "utf-8")
    cache.extractor_version.cache_clear()
    cache.code_version.cache_clear()
    edited = cache.extractor_version()
    cache.extractor_version.cache_clear()
    cache.code_version.cache_clear()
    assert same != edited
    monkeypatch.undo()
    assert cache.extractor_version() == version


def test_seed_graph_keeps_its_meaning(seed_build, seed_graph_in_memory) -> None:
    # graph.nt (streamed, sorted on disk) holds exactly the triples of the in-memory path.
    _result, out = seed_build
    graph = seed_graph_in_memory  # build_graph([SEEDS]), built once a session
    expected = sorted({line + "\n" for line in graph.serialize(format="nt").splitlines() if line})
    assert (out / "graph.nt").read_text("utf-8").splitlines(keepends=True) == expected


def test_graph_ttl_is_sorted_turtle_of_the_same_triples(seed_build) -> None:
    import pyoxigraph as ox

    _result, out = seed_build
    ttl = {str(t) for t in ox.parse(path=str(out / "graph.ttl"))}
    nt = {str(t) for t in ox.parse(path=str(out / "graph.nt"))}
    assert ttl == nt and len(nt) == _result.triples
    subjects = [line.split()[0] for line in (out / "graph.ttl").read_text("utf-8").splitlines()
                if line and line[0] not in "@\t"]  # fmt: skip
    assert subjects == sorted(set(subjects), key=lambda s: subjects.index(s))  # one block each


@pytest.mark.parametrize(
    ("mode", "evidence_nodes", "evidence_records"), [("full", 154, 0), ("compact", 0, 154),
                                                     ("none", 0, 0)]
)  # fmt: skip
def test_provenance_modes(
    mode: str, evidence_nodes: int, evidence_records: int, seed_graph_in_memory
) -> None:
    from rdflib import RDF

    from coopkg import build_graph
    from coopkg.graph.namespace import COOP

    # "full" is the default: the session's in-memory seed graph is that build.
    graph = seed_graph_in_memory if mode == "full" else build_graph([SEEDS], provenance=mode)
    assert len(set(graph.subjects(RDF.type, COOP.FieldEvidence))) == evidence_nodes
    assert len(list(graph.objects(None, COOP.evidenceRecord))) == evidence_records
    assert len(set(graph.subjects(RDF.type, COOP.Project))) == 5
    assert len(set(graph.subjects(RDF.type, COOP.Extraction))) == (5 if mode == "full" else 0)


def test_compact_provenance_keeps_span_rule_and_confidence() -> None:
    from coopkg import build_graph
    from coopkg.graph.namespace import COOP

    graph = build_graph([SEEDS / "clusterix_en.txt"], provenance="compact")
    items = [json.loads(str(o)) for o in graph.objects(None, COOP.evidenceRecord)]
    funding = [i for i in items if i["field"] == "eu_funding_eur"]
    assert len(funding) == 1
    assert set(funding[0]) == {"field", "value", "start", "end", "rule", "confidence", "derived"}
    assert funding[0]["value"] == "1687872.0" and funding[0]["end"] > funding[0]["start"]


def test_cli_build_options(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["build", str(SEEDS), "-o", str(out), "--no-views", "--jobs", "2"]
    result = CliRunner().invoke(cli, [*args, "--provenance", "none"])
    assert result.exit_code == 0, result.output
    assert "triples           " in result.output
    none = int(result.output.split("triples")[1].split()[0])
    result = CliRunner().invoke(cli, [*args, "--provenance", "compact", "--no-cache"])
    assert "extracted         5 (cached 0)" in result.output
    compact = int(result.output.split("triples")[1].split()[0])
    assert (none, compact) == (955, 1109)
    bad = CliRunner().invoke(cli, [*args, "--provenance", "some"])
    assert bad.exit_code == 2


def test_query_answers_from_the_fresh_store_and_notices_a_stale_one(tmp_path: Path) -> None:
    from coopkg.store.buildstore import StaleStoreWarning, graph_store, store_status
    from coopkg.store.query import query
    from coopkg.store.stores import OxigraphStore

    out = tmp_path / "out"
    build([SEEDS / "clusterix_en.txt", SEEDS / "innotrax_en.txt"], out, views=False, jobs=1)
    count = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/coopkg/ontology#Project> }"
    assert store_status(out) == "fresh"
    assert isinstance(graph_store(out), OxigraphStore)
    assert query(out / "graph.ttl", count).rows == ((2,),)
    # Another graph.ttl (here: the one of a single notice) makes the store stale.
    other = tmp_path / "other"
    build([SEEDS / "tracs3_de.txt"], other, views=False, jobs=1)
    shutil.copy(other / "graph.ttl", out / "graph.ttl")
    assert store_status(out) == "stale"
    with pytest.warns(StaleStoreWarning, match="stale"):
        assert query(out / "graph.ttl", count).rows == ((1,),)


def test_cli_query_takes_a_build_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([SEEDS / "clusterix_en.txt"], out, views=False, jobs=1)
    sparql = "SELECT ?a WHERE { ?p <https://w3id.org/coopkg/ontology#acronym> ?a }"
    result = CliRunner().invoke(cli, ["query", "-g", str(out), sparql, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["a", "ClusteriX"]


def test_dask_executor_on_a_local_cluster_gives_the_same_bytes(
    notices: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        on_dask = build(
            [notices], tmp_path / "dask", views=False, cache=False, jobs=2,
            executor="dask", scheduler=cluster.scheduler_address,
        )  # fmt: skip
    local = build([notices], tmp_path / "local", views=False, cache=False, jobs=1)
    assert on_dask.notices_read == local.notices_read == 7
    assert _bytes(tmp_path / "dask") == _bytes(tmp_path / "local")


def test_dask_executor_needs_a_scheduler(notices: Path, tmp_path: Path) -> None:
    from coopkg.errors import InputError

    with pytest.raises(InputError, match="scheduler"):
        build([notices], tmp_path / "out", views=False, cache=False, jobs=2, executor="dask")


def test_the_records_spool_gives_the_records_back_and_records_json_bytes(
    tmp_path: Path,
) -> None:
    import coopkg
    from coopkg.extraction.cache import RecordSpool
    from coopkg.pipeline import records_json

    records = coopkg.extract([SEEDS])
    for number, chosen in enumerate((records, records[:1], [])):
        spool = RecordSpool(tmp_path / str(number))
        for record in chosen:
            spool.add(record)
        assert len(spool) == len(chosen)
        assert list(spool.records()) == chosen
        assert list(spool.records()) == chosen  # read back as often as needed
        assert spool.finish_json().read_text("utf-8") == records_json(chosen)
        # Both write, item by item, what json.dumps gives the whole array.
        whole = json.dumps([r.to_json() for r in chosen], ensure_ascii=False, indent=2)
        assert records_json(chosen) == whole + "\n"
        spool.close()


def test_records_a_worker_pickled_for_the_spool_come_back_as_if_added_whole(
    tmp_path: Path,
) -> None:
    import pickle

    import coopkg
    from coopkg.extraction.cache import RecordSpool
    from coopkg.extraction.jsontext import indented_json
    from coopkg.pipeline import records_json

    records = coopkg.extract([SEEDS])
    spool = RecordSpool(tmp_path / "mixed")
    for number, record in enumerate(records):
        if number % 2:  # both kinds in one spool: the readers must not tell them apart
            spool.add(record)
        else:
            spool.add_pickled(pickle.dumps(record, pickle.HIGHEST_PROTOCOL), indented_json(record))
    assert list(spool.records()) == records
    assert spool.finish_json().read_text("utf-8") == records_json(records)
    spool.close()


def test_a_spooled_worker_outcome_holds_the_linking_record_and_the_whole_one_pickled(
    tmp_path: Path,
) -> None:
    import datetime as dt
    import pickle

    from coopkg.extraction.jsontext import indented_json
    from coopkg.link.projects import for_linking
    from coopkg.pipeline import _extract_item

    notice = sorted(p for p in SEEDS.iterdir() if p.is_file())[0]
    day = dt.date(2026, 1, 5)
    whole = _extract_item((notice, notice.name), day, with_json=True)
    spooled = _extract_item((notice, notice.name), day, with_json=True, spooled=True)
    assert whole.record is not None and whole.pickled is None
    assert spooled.pickled is not None and pickle.loads(spooled.pickled) == whole.record
    assert spooled.record == for_linking(whole.record)
    assert spooled.json == whole.json == indented_json(whole.record)


def test_linking_keeps_only_the_highest_confidence_of_each_field() -> None:
    from coopkg.link.projects import _confidence, for_linking
    from coopkg.records import Evidence, ProjectRecord

    record = ProjectRecord(
        "a.txt",
        acronym="X",
        partner_count=4,
        evidence=(
            Evidence("acronym", "X", 0, 1, "X", "label", 0.7),
            Evidence("partner_count", "4", 5, 6, "4", "label", 0.5),
            Evidence("acronym", "X", 9, 10, "X", "title", 0.9),
        ),
    )
    compact = for_linking(record)
    assert compact.acronym == "X" and compact.partner_count == 4
    assert [(e.field, e.value, e.confidence) for e in compact.evidence] == [
        ("acronym", "", 0.9),
        ("partner_count", "", 0.5),
    ]
    for name in ("acronym", "partner_count", "title"):
        assert _confidence(compact, name) == _confidence(record, name)


def test_store_is_bulk_loaded_run_by_run_with_every_triple(monkeypatch, tmp_path: Path) -> None:
    # Runs of 7 lines: the store is fed in many small bulk loads and the sort in many
    # runs; graph.nt, the store and the count must still hold each distinct triple once.
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    from coopkg.store import buildstore

    monkeypatch.setattr(buildstore, "RUN_LINES", 7)
    triples = [
        (URIRef(f"https://example.org/s{i % 13}"), URIRef("https://example.org/p"), Literal(i))
        for i in range(40)
    ]
    with buildstore.GraphWriter(tmp_path) as writer:
        writer.add(triples[:25])
        writer.add(triples[20:])  # five duplicates
        writer.commit()
    lines = (tmp_path / "graph.nt").read_text("utf-8").splitlines()
    assert writer.triples == 40 and len(lines) == 40 and lines == sorted(lines)
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert len(store) == 40
    assert {str(q.object.value) for q in store} == {str(i) for i in range(40)}


@pytest.mark.skipif(shutil.which("sort") is None, reason="no system sort")
def test_system_sort_merges_the_runs_as_the_python_merge_does(tmp_path: Path) -> None:
    # Literals in several scripts (byte order must be code point order), a value that
    # is another's beginning, a tab, and lines repeated within and across runs.
    from coopkg.store import buildstore

    values = ["Zürich", "Zug", "Łódź", "Lodz", "Αθήνα", "Киев", "東京", "東", "a\tb", "a",
              "ab", "Ærø", "Évora", "evora", "🙂", "İzmir", "ß", "ss", "Ñ", "n"]  # fmt: skip
    lines = [f'<https://example.org/s{i % 5}> <https://example.org/p> "{v}" .\n'
             for i, v in enumerate(values * 3)]  # fmt: skip
    runs = []
    for number, start in enumerate(range(0, len(lines), 17)):
        run = tmp_path / f"run{number}.nt"
        run.write_bytes("".join(sorted(lines[start : start + 17])).encode("utf-8"))
        runs.append(run)
    by_sort = b"".join(buildstore._sort_merged(runs, tmp_path))
    by_python = b"".join(buildstore._python_merged(runs))
    assert by_sort == by_python == "".join(sorted(set(lines))).encode("utf-8")


@pytest.mark.parametrize("size", [1, 7, 1 << 20])
def test_turtle_prefix_lines_are_sorted_however_the_writer_splits_its_output(
    size: int,
) -> None:
    import hashlib
    import io

    from coopkg.store.buildstore import _SortedHead

    text = (
        b"@prefix zz: <https://example.org/z#> .\n@prefix aa: <https://example.org/a#> .\n"
        b"@prefix mm: <https://example.org/m#> .\n"
        b'aa:x zz:p "@prefix in a literal" .\n@prefix later: <https://example.org/l#> .\n'
    )
    target = io.BytesIO()
    sink = _SortedHead(target)
    for start in range(0, len(text), size):
        sink.write(text[start : start + size])
    sink.close()
    head, rest = text.split(b"\naa:x", 1)
    expected = b"".join(sorted((head + b"\n").splitlines(keepends=True))) + b"aa:x" + rest
    assert target.getvalue() == expected
    assert sink.digest.hexdigest() == hashlib.sha256(expected).hexdigest()


def test_summary_lines_are_loaded_into_their_graph_a_run_at_a_time(
    monkeypatch, tmp_path: Path
) -> None:
    # Summaries are millions of lines at 100,000 notices: they reach the store in parts
    # of RUN_LINES lines (Oxigraph holds what one call is given), all in their graph.
    import pyoxigraph as ox

    from coopkg.graph.summaries import SUMMARY_GRAPH
    from coopkg.store import buildstore

    monkeypatch.setattr(buildstore, "RUN_LINES", 3)
    calls: list[int] = []
    original = buildstore._parts

    def parts(path: Path, lines: int):
        for part in original(path, lines):
            calls.append(part.count(b"\n"))
            yield part

    monkeypatch.setattr(buildstore, "_parts", parts)
    line = '<https://example.org/s{}> <https://example.org/p> "{}" .\n'
    with buildstore.GraphWriter(tmp_path) as writer:
        writer.add_lines([line.format("g", 1)])
        writer.add_summary_lines(line.format(i, i) for i in range(10))
        writer.commit()
    assert calls == [3, 3, 3, 1]
    store = ox.Store.read_only(str(tmp_path / "store"))
    summaries = list(store.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH)))
    assert sorted(int(q.object.value) for q in summaries) == list(range(10))
    assert len(store) == 11


@pytest.mark.parametrize("mode", ["full", "compact", "none"])
def test_graph_lines_are_the_lines_of_the_graph_triples(mode: str) -> None:
    # Evidence written as text directly must give the very lines rdflib terms give:
    # escapes, non-ASCII, offsets, current / set-aside markers and bare set-aside nodes.
    from coopkg.graph.ntext import nt_lines
    from coopkg.graph.triples import graph_chunks, graph_lines
    from coopkg.link import link_records
    from coopkg.records import Evidence, Partner, ProjectRecord

    quote = 'Ausgaben: "5 Partner"\\ \n zweite Zeile\r — ĳ'
    first = ProjectRecord(
        "a.txt", language="de", acronym="ZUG", partner_count=5, sha256="a" * 64,
        partners=(Partner("Stadt Zürich", country="CH", role="lead"),),
        evidence=(
            Evidence("partner_count", "5", 10, 30, quote, "label", 0.9, file_start=12,
                     file_end=40, file_quote=quote),
            Evidence("acronym", "ZUG", 0, 3, "ZUG", "title", 0.8),
            Evidence("acronym", "ZUG", 50, 53, "ZUG", "label", 0.7, file_quote="ZUG"),
        ),
    )  # fmt: skip
    second = ProjectRecord(
        "b.txt", acronym="ZUG", partner_count=4, eu_funding_eur=1000.0, sha256="b" * 64,
        evidence=(Evidence("partner_count", "4", 1, 2, "4", "label", 0.6, derived=True),),
    )  # fmt: skip
    linked = link_records([first, second], themes=())
    assert {c.field for c in linked.conflicts} == {"partner_count"}
    expected = sorted(
        {
            line
            for chunk in graph_chunks(linked.records, linked.organisations, provenance=mode)
            for line in nt_lines(chunk)
        }
    )
    seen: list[str] = []
    lines = [
        line
        for chunk in graph_lines(
            linked.records, linked.organisations, provenance=mode, facts=seen.extend
        )
        for line in chunk
    ]
    assert sorted(set(lines)) == expected
    escaped = '"Ausgaben: \\"5 Partner\\"\\\\ \\n zweite Zeile\\r \u2014 \u0133"'
    assert (escaped in "".join(lines)) == (mode == "full")
    # ``facts`` sees every line but the evidence nodes' (and the project's link to the
    # evidence of its one derived value, coop:derivedEvidence).
    assert not any("FieldEvidence" in line for line in seen)
    assert (
        set(seen) <= set(lines)
        and len(set(lines) - set(seen)) == ({"full": 53, "compact": 0, "none": 0}[mode])
    )
    assert sum("#derivedEvidence>" in line for line in lines) == (mode == "full")


def test_a_line_the_store_cannot_load_fails_the_commit_and_keeps_the_folder(
    monkeypatch, tmp_path: Path
) -> None:
    # The store is loaded in a thread beside the graph stage: its error must come back
    # to the build (not hang it or be lost), and nothing of the build may stay behind.
    from coopkg.store import buildstore

    monkeypatch.setattr(buildstore, "RUN_LINES", 2)
    (tmp_path / "graph.nt").write_text("kept\n", encoding="utf-8")
    good = [f'<https://example.org/s{i}> <https://example.org/p> "{i}" .\n' for i in range(5)]
    with buildstore.GraphWriter(tmp_path) as writer:
        writer.add_lines(good)
        writer.add_lines(["this is not N-Triples\n"])
        writer.add_lines(good)
        with pytest.raises(SyntaxError):
            writer.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt"]
    assert (tmp_path / "graph.nt").read_text("utf-8") == "kept\n"


def test_the_turtle_written_beside_the_merge_is_the_turtle_of_graph_nt(tmp_path: Path) -> None:
    # graph.ttl is written by a process of its own fed the lines as they are merged; it
    # must be the same bytes as the Turtle written from the finished graph.nt.
    from coopkg.store import buildstore

    lines = [f'<https://w3id.org/coopkg/id/s{i % 7}> <https://schema.org/name> "n\u00e9 {i}"@fr .\n'
             for i in range(50)]  # fmt: skip
    with buildstore.GraphWriter(tmp_path) as writer:
        writer.add_lines(lines)
        writer.commit()
    buildstore.write_turtle(tmp_path / "graph.nt", tmp_path / "again.ttl")
    written = (tmp_path / "graph.ttl").read_bytes()
    assert written == (tmp_path / "again.ttl").read_bytes() and b"@prefix schema:" in written
    manifest = json.loads((tmp_path / "store.json").read_text("utf-8"))
    assert manifest["graph.ttl"]["sha256"] == buildstore.sha256_file(tmp_path / "graph.ttl")


def test_a_turtle_process_that_fails_leaves_the_turtle_to_the_build(
    monkeypatch, tmp_path: Path
) -> None:
    # A process that cannot start or fails (here: an interpreter that exits at once) must
    # not fail the build nor change graph.ttl: it is then written from graph.nt as before.
    import sys

    from coopkg.store import buildstore

    lines = [f'<https://example.org/s> <https://example.org/p> "{i}" .\n' for i in range(10)]
    with buildstore.GraphWriter(tmp_path / "a") as writer:
        writer.add_lines(lines)
        writer.commit()
    monkeypatch.setattr(sys, "executable", shutil.which("false") or "false")
    with buildstore.GraphWriter(tmp_path / "b") as writer:
        writer.add_lines(lines)
        writer.commit()
    a, b = tmp_path / "a", tmp_path / "b"
    for name in ("graph.ttl", "graph.nt"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    manifests = [json.loads((folder / "store.json").read_text("utf-8")) for folder in (a, b)]
    assert manifests[0]["graph.ttl"]["sha256"] == manifests[1]["graph.ttl"]["sha256"]


def test_a_build_interrupted_in_the_graph_stage_stops_the_store_loader(
    monkeypatch, tmp_path: Path
) -> None:
    import threading

    from coopkg.store import buildstore

    monkeypatch.setattr(buildstore, "RUN_LINES", 1)
    line = '<https://example.org/s> <https://example.org/p> "{}" .\n'
    with pytest.raises(KeyboardInterrupt), buildstore.GraphWriter(tmp_path) as writer:
        for i in range(20):
            writer.add_lines([line.format(i)])
        raise KeyboardInterrupt
    assert not any(t.name == "coopkg-store-loader" for t in threading.enumerate())
    assert list(tmp_path.iterdir()) == []


def test_a_build_leaves_the_collector_as_it_found_it(notices: Path, tmp_path: Path) -> None:
    # The build freezes what it keeps between stages (gc.freeze) and undoes it at the end.
    import gc

    before = gc.get_freeze_count()
    build([notices], tmp_path / "out", views=False, jobs=2, cache=False)
    assert gc.get_freeze_count() == before == 0


def test_releasing_the_extractor_tables_empties_their_caches_and_keeps_the_records() -> None:
    import datetime as dt

    from coopkg.extraction import extract_record
    from coopkg.extraction.labels import phrases
    from coopkg.extraction.memory import release_tables
    from coopkg.read.notices import read_notice

    notice = read_notice(next(SEEDS.glob("*.txt")))
    before = extract_record(notice, today=dt.date(2025, 1, 1))
    assert phrases.cache_info().currsize > 0
    assert release_tables() > 10
    assert phrases.cache_info().currsize == 0
    assert extract_record(notice, today=dt.date(2025, 1, 1)) == before
