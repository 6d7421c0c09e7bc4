#!/usr/bin/env python3
"""Print extraction scores: seeds, and the shared real notices with leave-one-site-out.

Usage: eval_extraction.py [--shared ../shared] [--no-loso]

* seeds: SHARED/seeds scored against SHARED/gold with the shipped weights;
* dev and dev-extra with the shipped weights (in-sample: the partner decision was trained
  on these notices, so these figures flatter);
* the notices written in this repository as held-out checks (``tests/data/unseen``, 27
  languages, ``tests/data/unseen-2``, 24 languages in other layouts,
  ``tests/data/unseen-3``, 24 languages as captured page text, and
  ``tests/data/unseen-4``, 24 languages as captured page text written blind; not to be
  used to choose rules), with the shipped weights, next to their first score recorded
  before any fix;
* leave-one-site-out (the honest figure): for each site (host of ``source_url`` in the
  gold files), the partner decision is retrained without that site's notices, the site's
  notices are extracted with those weights and scored. The organisation-name model reads
  no notice text, so it is not retrained.

Per-field and micro precision, recall and F1 use the shared scorer. Skips cleanly when
SHARED is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_partners as tp  # noqa: E402

from coopkg.extraction import candidates as cmod  # noqa: E402


def _score(shared: Path, gold_dir: Path, records: list, names: set[str] | None = None) -> str:
    """The shared scorer's per-field lines for these records (gold files limited to names)."""
    sc = tp.scorer(shared)
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp) / "gold"
        gdir.mkdir()
        for g in sorted(gold_dir.glob("*.json")):
            if names is None or g.stem in names:
                (gdir / g.name).write_text(g.read_text("utf-8"), "utf-8")
        pred = Path(tmp) / "pred.json"
        pred.write_text(json.dumps([r.to_json() for r in records], ensure_ascii=False), "utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            sc.main(["score", str(gdir), str(pred)])
        return buf.getvalue()


def _summary(report: str) -> str:
    lines = report.strip().splitlines()
    keep = [ln for ln in lines if ln.startswith(("partners", "micro"))]
    return "\n".join("    " + ln for ln in keep)


def _merged_score(shared: Path, parts: list[tuple[Path, list]]) -> str:
    """One report over several gold folders (the records of each matched to its own)."""
    sc = tp.scorer(shared)
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp) / "gold"
        gdir.mkdir()
        recs = []
        for gold_dir, records in parts:
            for g in sorted(gold_dir.glob("*.json")):
                (gdir / g.name).write_text(g.read_text("utf-8"), "utf-8")
            recs += [r.to_json() for r in records]
        pred = Path(tmp) / "pred.json"
        pred.write_text(json.dumps(recs, ensure_ascii=False), "utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            sc.main(["score", str(gdir), str(pred)])
        return buf.getvalue()


#: Held-out notices written here, each set before the extractor was run on it.
UNSEEN_SETS = (
    ("unseen", ROOT / "tests" / "data" / "unseen"),
    ("unseen-2", ROOT / "tests" / "data" / "unseen-2"),
    ("unseen-3", ROOT / "tests" / "data" / "unseen-3"),
    ("unseen-4", ROOT / "tests" / "data" / "unseen-4"),
)


def _print_unseen(shared: Path, name: str, folder: Path) -> None:
    """Held-out notices written here: their score now and the first one, before fixes."""
    paths = sorted((folder / "notices").glob("*")) if (folder / "notices").is_dir() else []
    if not paths:
        return
    readme = (folder / "README.md").read_text("utf-8")
    first = re.search(r"First run[^\n]*?micro F1 ([\d.]+)", readme)
    print(
        f"== {name} ({len(paths)} notices written here in {len(_languages(paths))} languages, "
        "held out: never used to choose rules; shipped weights)"
    )
    if first:
        print(f"   first score, before any fix: micro F1 {first.group(1)}; now:")
    print(_score(shared, folder / "gold", tp.extract(paths)))


def _languages(paths: list[Path]) -> set[str]:
    return {p.name.split("_")[1] for p in paths if p.name.count("_") >= 2}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(tp.default_shared()))
    ap.add_argument("--no-loso", action="store_true", help="skip leave-one-site-out")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "eval/score_extraction.py").is_file():
        print(f"no shared evaluation data at {shared}: skipped")
        return 0
    seeds = sorted((shared / "seeds").glob("*.txt"))
    if seeds:
        print(f"== seeds ({len(seeds)} notices, shipped weights)")
        print(_score(shared, shared / "gold", tp.extract(seeds)))
    items = tp.notices(shared)
    by_set: dict[str, list[tuple[str, Path, dict]]] = {}
    for it in items:
        by_set.setdefault(it[1].parts[-3], []).append(it)
    for name, its in by_set.items():
        recs = tp.extract([p for _, p, _ in its])
        print(f"== {name} ({len(its)} notices, shipped weights: in-sample for partners)")
        print(_score(shared, shared / name / "gold", recs))
    for name, folder in UNSEEN_SETS:
        _print_unseen(shared, name, folder)
    if args.no_loso:
        return 0
    print(
        "== leave-one-site-out: partner decision retrained without each site "
        "(the organisation-name model reads no notice text and is not retrained)"
    )
    per = tp.training_rows(shared, items)
    sites = sorted({s for s, _, _ in items})
    loso: dict[str, list] = {name: [] for name in by_set}
    try:
        for site in sites:
            rows = [r for s, rs in per if s != site for r in rs]
            cmod.use_weights(tp.fit(rows))
            for s, path, _ in items:
                if s == site:
                    loso[path.parts[-3]] += tp.extract([path])
    finally:
        cmod.use_weights(None)
    for name in by_set:
        print(f"-- {name}, leave-one-site-out ({len(sites)} sites over both sets)")
        print(_score(shared, shared / name / "gold", loso[name]))
    print("-- dev + dev-extra together, leave-one-site-out")
    report = _merged_score(shared, [(shared / n / "gold", loso[n]) for n in by_set])
    print(_summary(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
