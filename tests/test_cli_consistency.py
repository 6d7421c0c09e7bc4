"""One CLI language: -g and -f everywhere, usage errors exit 2, builds that say what they did."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from coopkg.__main__ import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph_file(seed_build) -> Path:
    _result, out = seed_build
    return out / "graph.ttl"


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_validate_takes_the_graph_with_g_and_positionally(graph_file: Path) -> None:
    with_g = run("validate", "-g", str(graph_file))
    positional = run("validate", str(graph_file))
    assert with_g.exit_code == positional.exit_code == 0, with_g.output
    assert with_g.output == positional.output


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["query", "lead-partners"],
        ["analyze"],
        ["view"],
        ["export", "-o", "x.nt"],
        ["suggest", "x"],
    ],
    ids=lambda a: a[0],
)
def test_missing_graph_exits_2_everywhere(args: list[str], tmp_path: Path) -> None:
    result = run(*args, "-g", str(tmp_path / "missing.ttl"))
    assert result.exit_code == 2, result.output
    assert "does not exist" in result.output


def test_suggest_takes_short_format_and_names_the_organisation(graph_file: Path) -> None:
    result = CliRunner().invoke(cli, ["suggest", "Syddanmark", "-g", str(graph_file), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "partners for Region Syddanmark (DK) <https://w3id.org/coopkg/id/organisation/" in (
        result.stderr
    )
    assert isinstance(json.loads(result.stdout), list)
    table = run("suggest", "Syddanmark", "-g", str(graph_file))
    assert table.output.splitlines()[0].startswith("partners for Region Syddanmark (DK) <")


@pytest.mark.parametrize(("fmt", "start"), [("ttl", "@prefix"), ("jsonld", "{")])
def test_export_accepts_short_format_names(fmt: str, start: str, graph_file: Path, tmp_path: Path):
    out = tmp_path / f"g.{fmt}"
    result = run("export", "-g", str(graph_file), "-f", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith(start)


def test_export_to_dash_writes_standard_output(
    graph_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", "-g", str(graph_file), "-f", "nt", "-o", "-")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    lines = result.stdout.splitlines()
    assert lines and all(line.endswith(" .") for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "lead-partners", "-p", "foo=bar"], "unknown parameter(s): foo"),
        (["query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "-p", "nope=1"], "unknown parameter"),
        (["query", "no-such-query"], "no saved query named 'no-such-query'"),
        (["query", "provenance"], "missing parameter(s)"),
        (["view", "--kind", "neighbourhood"], "needs --focus"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, graph_file: Path) -> None:
    result = run(*args, "-g", str(graph_file))
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_a_used_parameter_of_inline_sparql_is_accepted(graph_file: Path) -> None:
    result = run(
        "query",
        "SELECT ?c WHERE { ?c <https://w3id.org/coopkg/ontology#countryCode> ?code }",
        "-p",
        "code=DK",
        "-g",
        str(graph_file),
        "-f",
        "csv",
    )
    assert result.exit_code == 0, result.output
    assert result.output.split() == [
        "c",
        "http://publications.europa.eu/resource/authority/country/DNK",
    ]


def test_build_of_an_empty_folder_says_so_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "no notice files found" in result.output
    assert not (tmp_path / "out").exists()


def test_build_without_seeds_here_is_a_usage_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 2
    assert "no seeds/ folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_build_where_every_input_fails_keeps_the_previous_graph(
    seed_build, tmp_path: Path
) -> None:
    _result, built = seed_build
    out = tmp_path / "out"
    out.mkdir()
    before = (built / "graph.ttl").read_bytes()
    (out / "graph.ttl").write_bytes(before)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"")
    (bad / "b.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("build", str(bad), "-o", str(out), "--no-views")
    assert result.exit_code == 1
    assert "every input failed" in result.output
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_python_dash_m_coopkg_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coopkg", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "coopkg: turn notices" in done.stdout


def test_analyze_says_when_the_filters_select_nothing(graph_file: Path, tmp_path: Path) -> None:
    result = run(
        "analyze", "-g", str(graph_file), "-o", str(tmp_path / "a"), "--period", "1990-1999",
        "--no-report",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "note: the filters (period 1990-1999) select no project" in result.stderr


def test_query_says_when_it_answers_from_an_earlier_store(graph_file: Path, tmp_path) -> None:
    args = ["query", "lead-partners", "-g", str(graph_file), "--store", "oxigraph"]
    args += ["--store-path", str(tmp_path / "store"), "-f", "csv"]
    first, second = run(*args), run(*args)
    assert first.exit_code == second.exit_code == 0
    assert "answering from the store" not in first.stderr
    assert f"note: answering from the store in {tmp_path / 'store'}" in second.stderr
    assert first.stdout == second.stdout


def test_extract_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert f"error: {tmp_path}: no notice files found" in result.stderr
