"""CLI conventions shared by every command: exit codes and the -g option."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coopkg.__main__ import cli

GRAPH_COMMANDS = [
    ["analyze"],
    ["suggest", "somebody"],
    ["view"],
    ["serve"],
    ["push", "--endpoint", "http://127.0.0.1:9/store"],
    ["export", "-o", "out.nt", "-f", "nt"],
]


@pytest.mark.parametrize("args", GRAPH_COMMANDS, ids=lambda a: a[0])
def test_missing_graph_file_is_a_usage_error(args: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [*args, "-g", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_unknown_command_is_a_usage_error() -> None:
    assert CliRunner().invoke(cli, ["frobnicate"]).exit_code == 2


def test_version() -> None:
    import coopkg

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and coopkg.__version__ in result.output
