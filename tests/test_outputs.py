"""Outputs: no machine path, the same bytes from any folder and order, modes from the umask."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from coopkg.graph.identity import web_iri
from coopkg.pipeline import build, input_files
from coopkg.store import atomic

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OUTPUTS = ("graph.ttl", "records.json", "organisations.csv", "conflicts.csv", "regions.csv")


def test_source_names_are_relative_to_the_input_root(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "b.txt").write_text("b")
    (tmp_path / "in" / "sub" / "a.txt").write_text("a")
    (tmp_path / "lone.txt").write_text("c")
    found = input_files([tmp_path / "lone.txt", tmp_path / "in"])
    assert [name for _path, name in found] == ["b.txt", "lone.txt", "sub/a.txt"]


def test_same_name_in_two_folders_keeps_both(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "n.txt").write_text(folder)
    names = [name for _path, name in input_files([tmp_path / "one", tmp_path / "two"])]
    assert names == ["n.txt", "two/n.txt"]


def test_outputs_hold_no_machine_path_and_same_bytes_from_another_folder(
    seed_build, tmp_path: Path
) -> None:
    _result, first = seed_build
    copy = tmp_path / "elsewhere" / "notices"
    shutil.copytree(SEEDS, copy)
    files = sorted(copy.iterdir(), reverse=True)  # another order, file by file
    second = tmp_path / "out"
    build(files, second, views=False)
    for name in OUTPUTS:
        data = (first / name).read_bytes()
        assert data == (second / name).read_bytes(), name
        text = data.decode("utf-8")
        for machine in (str(ROOT), str(tmp_path), "file:/", "/tmp/", "/home/"):
            assert machine not in text, (name, machine)
    assert '"source": "clusterix_en.txt"' in (second / "records.json").read_text()


@pytest.mark.parametrize(
    ("written", "iri"),
    [
        ("www.interregeurope.eu/clusterix", "https://www.interregeurope.eu/clusterix"),
        ("clusterix.eu", "https://clusterix.eu"),
        ("//cdn.example.eu/x", "https://cdn.example.eu/x"),
        ("http://example.eu/a b", "http://example.eu/a%20b"),
        ('https://example.eu/"<x>"', "https://example.eu/%22%3Cx%3E%22"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("not a web address", None),
    ],
)
def test_web_addresses_become_absolute_https_iris(written: str, iri: str | None) -> None:
    assert (str(web_iri(written)) if web_iri(written) else None) == iri


def test_a_website_without_scheme_is_an_absolute_iri_in_the_graph(tmp_path: Path) -> None:
    import pyoxigraph

    notice = tmp_path / "n.txt"
    notice.write_text(
        "WEBSITE PROJECT\n\nProject acronym: WEBSITE\n"
        "Programme: Interreg Europe\nWebsite: www.website-project.eu/about\n\n"
        "The project improves regional innovation policies in five regions.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build([notice], out, views=False)
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "<https://www.website-project.eu/about>" in text
    assert "<www." not in text
    store = pyoxigraph.Store()  # Oxigraph refuses relative IRIs: the graph must load
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 0


@pytest.mark.parametrize(
    ("umask", "file_mode", "dir_mode"),
    [(0o022, 0o644, 0o755), (0o002, 0o664, 0o775), (0o077, 0o600, 0o700)],
)
def test_output_modes_follow_the_umask(
    tmp_path: Path, umask: int, file_mode: int, dir_mode: int
) -> None:
    old = os.umask(umask)
    try:
        written = atomic.write_text(tmp_path / "a" / "graph.ttl", "x")
        staged = atomic.staging_dir(tmp_path / "analysis")
        atomic.write_text(staged / "t.csv", "x")
        folder = atomic.replace_dir(tmp_path / "analysis", staged)
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == file_mode
    assert stat.S_IMODE((folder / "t.csv").stat().st_mode) == file_mode
    assert stat.S_IMODE(folder.stat().st_mode) == dir_mode


def test_build_outputs_get_the_mode_an_ordinary_file_would_get(seed_build) -> None:
    _result, out = seed_build
    expected = 0o666 & ~atomic.current_umask()
    for name in OUTPUTS:
        assert stat.S_IMODE((out / name).stat().st_mode) == expected, name


def test_views_hold_no_machine_path(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([SEEDS / "clusterix_en.txt"], out, views=True)
    pages = list((out / "views").glob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for machine in (str(ROOT), str(tmp_path), "file:/"):
            assert machine not in text, (page.name, machine)
