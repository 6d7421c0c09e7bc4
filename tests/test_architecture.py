"""The rules of the house, checked on the source (see docs/architecture.md).

* at most 12 entries directly under ``src/coopkg/``;
* data flows one way: no module imports one of a later stage, lazy imports inside
  functions and ``TYPE_CHECKING`` imports included;
* no import cycle between stage packages.

Imports are read with :mod:`ast`, so nothing is imported to check them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "coopkg"

#: The stages in the order data flows; a module may import its own stage and earlier ones.
ORDER = (
    "errors",
    "records",
    "read",
    "extraction",
    "link",
    "graph",
    "store",
    "network",
    "views",
    "pipeline",
    ("__main__", "__init__"),
)
RANK = {
    name: rank
    for rank, stage in enumerate(ORDER)
    for name in (stage if isinstance(stage, tuple) else (stage,))
}
#: Stage of a package that is about to move (the importers go into read/ at merge).
MOVING = {"importers": "read"}
MAX_TOP_LEVEL = 12


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> str:
    """``coopkg.store.query`` -> ``store``; ``coopkg`` (the package face) -> ``__init__``.

    >>> stage_of("coopkg.store.query"), stage_of("coopkg"), stage_of("coopkg.__main__")
    ('store', '__init__', '__main__')
    """
    parts = module.split(".")
    stage = parts[1] if len(parts) > 1 else "__init__"
    return MOVING.get(stage, stage)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every coopkg import in one file, wherever it stands."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "coopkg"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] != "coopkg":
                continue
            # "from coopkg import network" imports the stage package coopkg.network
            stages = [a.name for a in node.names if target == "coopkg" and a.name in RANK]
            found += [(node.lineno, f"coopkg.{name}") for name in stages]
            if len(stages) < len(node.names):
                found.append((node.lineno, target))
    return found


def import_edges() -> list[tuple[str, str, str]]:
    """(importing file:line, its stage, the imported stage) for every coopkg import."""
    edges = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = stage_of(module_name(path))
        for line, target in imported_modules(path):
            edges.append((f"{path.relative_to(PACKAGE)}:{line}", source, stage_of(target)))
    return edges


def test_at_most_twelve_entries_under_the_package() -> None:
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__")
    assert len(entries) <= MAX_TOP_LEVEL, entries


def test_every_stage_is_known() -> None:
    stages = {stage_of(module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert stages <= set(RANK), stages - set(RANK)


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
def test_imports_are_found(tmp_path: Path, code: str, expected: list[str], monkeypatch) -> None:
    views = tmp_path / "coopkg" / "views"
    views.mkdir(parents=True)
    (views / "x.py").write_text(code, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "coopkg")
    assert [target for _line, target in imported_modules(views / "x.py")] == expected


def test_a_backward_import_is_caught(tmp_path: Path, monkeypatch) -> None:
    for name, code in {"views/x.py": "", "store/y.py": "from coopkg.views import x\n"}.items():
        (tmp_path / "coopkg" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "coopkg" / name).write_text(code, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "coopkg")
    assert import_edges() == [("store/y.py:1", "store", "views")]
