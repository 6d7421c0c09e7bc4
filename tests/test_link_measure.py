"""The organisation resolver measured on real CORDIS organisation ids (needs ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "measure_org_resolution.py"


def _script():
    spec = importlib.util.spec_from_file_location("measure_org_resolution", SCRIPT)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_pairwise_scores() -> None:
    script = _script()
    assert script.pairwise_scores(["a", "a", "b"], ["x", "x", "x"]) == (1.0, 1 / 3)
    assert script.pairwise_scores(["a", "a", "a"], ["x", "x", "y"]) == (1 / 3, 1.0)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_resolver_precision_on_cordis_sample() -> None:
    script = _script()
    figures = script.measure(script.cordis_rows(limit=600))
    assert figures["mentions"] == 600
    assert figures["precision"] >= 0.9
    assert figures["recall"] >= 0.9
