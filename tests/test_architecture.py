"""The rules of the house, checked on the source (see docs/architecture.md).

The imports are read by ``scripts/stage_graph.py``, which also draws the diagram of
docs/architecture.md from them.

* at most 12 entries directly under ``src/coopkg/``;
* data flows one way: no module imports one of a later stage, lazy imports inside
  functions and ``TYPE_CHECKING`` imports included;
* no import cycle between stage packages.

Imports are read with :mod:`ast`, so nothing is imported to check them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import networkx as nx
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "stage_graph.py"
MAX_TOP_LEVEL = 12


def _script():
    spec = importlib.util.spec_from_file_location("stage_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


stages = _script()
PACKAGE, RANK = stages.PACKAGE, stages.RANK


def import_edges(package: Path = PACKAGE) -> list[tuple[str, str, str]]:
    return stages.import_edges(package)


def test_at_most_twelve_entries_under_the_package() -> None:
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__")
    assert len(entries) <= MAX_TOP_LEVEL, entries


def test_every_stage_is_known() -> None:
    found = {stages.stage_of(stages.module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert found <= set(RANK), found - set(RANK)


def test_no_module_imports_a_later_stage() -> None:
    backwards = [
        f"{where}: {source} imports {target}"
        for where, source, target in import_edges()
        if RANK[target] > RANK[source]
    ]
    assert backwards == []


def test_no_import_cycle_between_stages() -> None:
    graph = nx.DiGraph()
    for _where, source, target in import_edges():
        if source != target:
            graph.add_edge(source, target)
    assert list(nx.simple_cycles(graph)) == []
    assert graph.number_of_edges() > 10  # the check saw the imports


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("from coopkg.store import atomic", ["coopkg.store"]),
        ("import coopkg.views.encode", ["coopkg.views.encode"]),
        ("from . import encode", ["coopkg.views"]),
        ("from ..network import graphs", ["coopkg.network"]),
        ("from coopkg import pipeline", ["coopkg.pipeline"]),
        ("from coopkg import build, network", ["coopkg.network", "coopkg"]),
        ("def f():\n    from coopkg.pipeline import build", ["coopkg.pipeline"]),
        ("import os\nfrom rdflib import Graph", []),
    ],
)
def test_imports_are_found(tmp_path: Path, code: str, expected: list[str]) -> None:
    views = tmp_path / "coopkg" / "views"
    views.mkdir(parents=True)
    (views / "x.py").write_text(code, encoding="utf-8")
    found = stages.imported_modules(views / "x.py", tmp_path / "coopkg")
    assert [target for _line, target in found] == expected


def test_a_backward_import_is_caught(tmp_path: Path) -> None:
    for name, code in {"views/x.py": "", "store/y.py": "from coopkg.views import x\n"}.items():
        (tmp_path / "coopkg" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "coopkg" / name).write_text(code, encoding="utf-8")
    assert import_edges(tmp_path / "coopkg") == [("store/y.py:1", "store", "views")]


def test_the_diagram_in_the_docs_is_current() -> None:
    # after a change of imports: python scripts/stage_graph.py
    assert stages.doc_diagram() == stages.mermaid()
