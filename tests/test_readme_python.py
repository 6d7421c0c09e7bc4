"""The README's Python examples use the API as it is (the face example once raised TypeError)."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

import coopkg

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)


def test_the_readme_face_example_calls_only_face_functions() -> None:
    face = next(b for b in BLOCKS if "coopkg.build(" in b)
    called = [
        node.func.attr
        for node in ast.walk(ast.parse(face))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "coopkg"
    ]
    assert len(called) >= 8
    for name in called:
        assert name in coopkg.__all__ and callable(getattr(coopkg, name)), name


def test_the_readme_render_network_example_runs(tmp_path: Path, monkeypatch) -> None:
    block = next(b for b in BLOCKS if "render_network(" in b)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md render_network example", "exec"), {})
    assert (tmp_path / "output" / "karate.html").stat().st_size > 1000


@pytest.mark.parametrize("name", coopkg.__all__)
def test_every_face_function_has_a_docstring(name: str) -> None:
    assert getattr(coopkg, name).__doc__
