"""Every CLI command is documented in the README and has help with an example."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coopkg.__main__ import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"build", "extract", "validate"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert f"coopkg {name}" in README, f"README does not show `coopkg {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`coopkg {name} --help` shows no example"
    assert (cli.commands[name].help or "").strip()
