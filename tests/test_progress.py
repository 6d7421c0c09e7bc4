"""The build shows progress for each long stage, on a terminal only, and not with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

import coopkg.__main__ as main
from coopkg.pipeline import build

SEED = Path(__file__).resolve().parents[1] / "seeds" / "clusterix_en.txt"


def test_build_reports_every_stage_in_order(tmp_path):
    stages: list[tuple[str, int]] = []

    def recorder(items, description):
        items = list(items)
        stages.append((description, len(items)))
        return items

    result = build([SEED], tmp_path / "out", progress=recorder, jobs=1, cache=False)
    assert result.ok
    assert stages == [
        ("extracting", 1),
        ("linking", 1),
        ("writing triples", 1),
        ("writing graph files", 1),
        ("drawing views", 1),
    ]


def test_cli_shows_bars_on_a_terminal_only_and_never_with_quiet(tmp_path, monkeypatch):
    seen: list[object] = []

    def fake_build(paths, out_dir, **options):
        seen.append(options["progress"])
        raise main.CoopkgError("stopped here")

    monkeypatch.setattr("coopkg.pipeline.build", fake_build)
    for terminal, args in ((True, []), (True, ["-q"]), (False, []), (False, ["--quiet"])):
        monkeypatch.setattr(main, "_stderr_is_terminal", lambda t=terminal: t)
        CliRunner().invoke(main.cli, ["build", str(SEED), "-o", str(tmp_path), *args])
    assert seen == [main._progress, None, None, None]


def test_bar_names_the_stage(monkeypatch):
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=80)
    monkeypatch.setattr(main, "_stderr_console", lambda: console)
    assert list(main._progress(["a", "b"], "linking")) == ["a", "b"]
    assert "linking" in buffer.getvalue()


def test_quiet_build_prints_no_summary(tmp_path):
    result = CliRunner().invoke(
        main.cli, ["build", str(SEED), "-o", str(tmp_path / "o"), "--no-views", "-q", "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "o" / "graph.ttl").is_file()
