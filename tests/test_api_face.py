"""The Python API face: every name in ``coopkg.__all__`` is a function that works every call."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import coopkg

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def test_no_submodule_shares_a_name_with_the_api() -> None:
    submodules = {m.name for m in pkgutil.iter_modules(coopkg.__path__)}
    assert not submodules & set(coopkg.__all__)


def test_every_face_function_works_twice_even_after_build(tmp_path: Path) -> None:
    for module in pkgutil.walk_packages(coopkg.__path__, "coopkg."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)  # every submodule loaded: nothing rebinds
    result = coopkg.build([SEEDS / "clusterix_en.txt"], tmp_path / "out", views=False)
    assert result.projects == 1
    graph = coopkg.load(tmp_path / "out" / "graph.ttl")  # one notice: a small graph
    assert len(graph) == result.triples
    for attempt in range(2):
        assert callable(coopkg.query) and callable(coopkg.view)
        answer = coopkg.query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?p a ?c }")
        assert answer.rows[0][0] > 0
        assert coopkg.validate(graph).conforms is True
        written = coopkg.export(graph, tmp_path / f"g{attempt}.nt", fmt="nt")
        assert written.read_text(encoding="utf-8").count(" .\n") == len(graph)
        paths = coopkg.view(graph, tmp_path / f"views{attempt}", png=False)
        assert [p.name for p in paths] == ["organisations.html", "regions-nuts2.html"]
        analysed = coopkg.analyze(graph, tmp_path / f"analysis{attempt}", report=False)
        assert analysed.summary["networks"]["organisation"]["nodes"] == 9
        assert len(coopkg.extract([SEEDS / "clusterix_en.txt"])) == 1
        assert len(coopkg.build_graph([SEEDS / "clusterix_en.txt"])) > 100
