"""The stages of coopkg and the imports between them, read from the source with ast.

Writes the Mermaid diagram of docs/architecture.md (between its ``stage-graph`` markers)
from the imports actually in ``src/coopkg``; tests/test_architecture.py checks the rules
of the house with the same functions and that the diagram is current::

    python scripts/stage_graph.py            # rewrite the diagram in docs/architecture.md
    python scripts/stage_graph.py --print    # print it
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "coopkg"
DOC = ROOT / "docs" / "architecture.md"

#: The stages in the order data flows; a module may import its own stage and earlier ones.
ORDER: tuple[str | tuple[str, ...], ...] = (
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
#: Packages about to move, and the stage they move into (none now: importers went to read/).
MOVING: dict[str, str] = {}


def module_name(path: Path, package: Path = PACKAGE) -> str:
    """``.../src/coopkg/store/query.py`` -> ``coopkg.store.query``."""
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage_of(module: str) -> str:
    """``coopkg.store.query`` -> ``store``; ``coopkg`` (the package face) -> ``__init__``.

    >>> stage_of("coopkg.store.query"), stage_of("coopkg"), stage_of("coopkg.__main__")
    ('store', '__init__', '__main__')
    """
    parts = module.split(".")
    stage = parts[1] if len(parts) > 1 else "__init__"
    return MOVING.get(stage, stage)


def imported_modules(path: Path, package: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, absolute module) of every coopkg import in one file, wherever it stands
    (module level, inside functions, under ``TYPE_CHECKING``)."""
    here = module_name(path, package)
    parent = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "coopkg"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = parent.split(".")[: len(parent.split(".")) - node.level + 1]
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


def import_edges(package: Path = PACKAGE) -> list[tuple[str, str, str]]:
    """(file:line, importing stage, imported stage) for every coopkg import."""
    edges = []
    for path in sorted(package.rglob("*.py")):
        source = stage_of(module_name(path, package))
        for line, target in imported_modules(path, package):
            edges.append((f"{path.relative_to(package)}:{line}", source, stage_of(target)))
    return edges


def mermaid(package: Path = PACKAGE) -> str:
    """A Mermaid flowchart: the stages in data-flow order, an arrow from each stage to
    every stage it imports (dashed and marked when it runs back up the flow)."""
    pairs = sorted(
        {(s, t) for _w, s, t in import_edges(package) if s != t},
        key=lambda p: (RANK.get(p[0], 99), RANK.get(p[1], 99), p),
    )
    stages = sorted({s for p in pairs for s in p}, key=lambda s: (RANK.get(s, 99), s))
    lines = ["```mermaid", "flowchart RL"]
    lines += [f'    {_node(s)}["{s}"]' for s in stages]
    lines += [
        f"    {_node(s)} -. backwards .-> {_node(t)}"
        if RANK.get(t, 99) > RANK.get(s, 99)
        else f"    {_node(s)} --> {_node(t)}"
        for s, t in pairs
    ]
    lines.append("```")
    return "\n".join(lines)


def _node(stage: str) -> str:
    return stage.strip("_") or stage


_BLOCK = re.compile(r"(<!-- stage-graph -->\n).*?(\n<!-- /stage-graph -->)", re.S)


def update_doc(doc: Path = DOC) -> bool:
    """Rewrite the diagram in ``doc``; True if it changed."""
    text = doc.read_text(encoding="utf-8")
    new = _BLOCK.sub(lambda m: m.group(1) + mermaid() + m.group(2), text)
    if new != text:
        doc.write_text(new, encoding="utf-8")
    return new != text


def doc_diagram(doc: Path = DOC) -> str:
    """The diagram currently in ``doc``."""
    match = _BLOCK.search(doc.read_text(encoding="utf-8"))
    return match.group(0).split("\n", 1)[1].rsplit("\n", 1)[0] if match else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print instead of writing")
    args = parser.parse_args()
    if args.print:
        print(mermaid())
    else:
        print("updated" if update_doc() else "already current", DOC.relative_to(ROOT))


if __name__ == "__main__":
    main()
