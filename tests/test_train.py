"""The training and evaluation scripts: clean skips without data, exact weights from rows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"


@pytest.mark.parametrize("script", ["train_orgname.py", "train_partners.py", "eval_extraction.py"])
def test_scripts_skip_cleanly_without_shared_data(script: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / script), "--shared", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "nothing trained" in done.stdout or "skipped" in done.stdout


def test_partner_weights_are_learned_from_feature_rows() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(SCRIPTS))
    import train_partners

    rows = [({"org": 1.0}, 1)] * 20 + [({"org": -1.0}, 0)] * 20
    w = train_partners.fit(rows)
    assert set(w) == {"org", "bias"}
    assert w["org"] > 0
    assert w == train_partners.fit(rows)  # fixed seed: the same weights twice


def test_shipped_partner_weights_are_plain_json() -> None:
    import json

    raw = json.loads((ROOT / "src/coopkg/extraction/models/partners.json").read_text("utf-8"))
    assert {"org", "bias", "kind_rule", "other_role", "furniture"} <= set(raw["weights"])
    assert all(isinstance(v, float) for v in raw["weights"].values())
    assert raw["weights"]["other_role"] < 0
    assert raw["weights"]["furniture"] < 0
