"""Extraction regression on a development set of 22 realistic notices in eight languages.

The notices and their gold records live in ``tests/fixtures/heldout/`` (one
``NNN_<lang>_<slug>.txt`` per notice, its gold record next to it as ``.json``).
They are scored with the shared scorer ``../shared/eval/score_extraction.py``
(the same one used for the seed notices); the tests are skipped when that
folder is absent.

The set was written blind (micro F1 0.725, precision 0.814 when first scored) and
has been used for development since, so it is no longer held out: it guards against
regressions. ``F1_FLOOR`` and ``PRECISION_FLOOR`` sit 0.03 below the last measured
values; raise them when the extractor improves.

Its regions were annotated before the shared gold's rule that places of partners count
("places named as project/partner territories, including those inside partner names"):
since the extractor follows the shared rule, towns of partners it now finds count as false
positives here, which lowered the measured precision from 0.939 to 0.883.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score_extraction.py"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
TODAY = dt.date(2025, 1, 1)  # fixed, so statuses derived from dates do not drift

MEASURED_F1 = 0.904
MEASURED_PRECISION = 0.883
F1_FLOOR = round(MEASURED_F1 - 0.03, 3)
PRECISION_FLOOR = round(MEASURED_PRECISION - 0.03, 3)

pytestmark = pytest.mark.skipif(
    not SCORER.is_file(), reason="shared scorer (../shared/eval) not available"
)


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Extract every held-out notice through the public API and score it."""
    import contextlib
    import io

    try:  # the extraction package was renamed from coopkg.extract
        from coopkg.extraction import extract_record
    except ModuleNotFoundError:  # pragma: no cover - older layout
        from coopkg.extract import extract_record  # type: ignore[no-redef]
    from coopkg.read.notices import read_notice

    notices = sorted(HELDOUT.glob("*.txt"))
    assert notices, f"no held-out notices in {HELDOUT}"
    records = [extract_record(read_notice(p), today=TODAY).to_json() for p in notices]
    preds = tmp_path_factory.mktemp("heldout") / "heldout.json"
    preds.write_text(json.dumps(records, ensure_ascii=False, default=str), encoding="utf-8")

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = _load_scorer().main(["score_extraction.py", str(HELDOUT), str(preds)])
    report = out.getvalue()
    assert code == 0, report
    assert "no record for" not in report, report
    prec_rec = re.search(r"micro precision ([\d.]+) recall ([\d.]+)", report)
    f1 = re.search(r"micro F1 ([\d.]+)", report)
    assert prec_rec and f1, report
    return {
        "precision": float(prec_rec.group(1)),
        "recall": float(prec_rec.group(2)),
        "f1": float(f1.group(1)),
        "report": report,  # type: ignore[dict-item]
    }


def test_heldout_set_is_complete() -> None:
    """Every notice has a gold record and every gold record names its notice."""
    texts = {p.stem for p in HELDOUT.glob("*.txt")}
    golds = {p.stem for p in HELDOUT.glob("*.json")}
    assert texts == golds
    for gold_file in HELDOUT.glob("*.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        assert gold["source"] == f"{gold_file.stem}.txt"


def test_heldout_f1_does_not_regress(heldout_scores: dict[str, float]) -> None:
    assert heldout_scores["f1"] >= F1_FLOOR, heldout_scores["report"]


def test_heldout_precision_floor(heldout_scores: dict[str, float]) -> None:
    """Invented values are worse than missing ones: precision must stay high."""
    assert heldout_scores["precision"] >= PRECISION_FLOOR, heldout_scores["report"]
