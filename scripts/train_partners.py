#!/usr/bin/env python3
"""Train the partner decision model (coopkg.extraction.candidates) and write its weights.

Usage: train_partners.py [--shared ../shared] [--out src/coopkg/extraction/models/partners.json]

Reads the real notices of SHARED/dev and SHARED/dev-extra with their gold files, generates
every partner candidate (rule hits, lines, prose spans) and labels a candidate positive when
its name matches a gold partner the way the shared scorer matches names. A logistic
regression (fixed seed) over the candidates' features gives the weights, written as plain
JSON (feature name -> weight); no notice text is written. Because the weights are learned
on those notices, scripts/eval_extraction.py reports leave-one-site-out scores for them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from coopkg.extraction import candidates as cmod  # noqa: E402

SEED = 13
SETS = ("dev", "dev-extra")


def default_shared() -> Path:
    """../shared next to the repository (or next to the folder of worktrees)."""
    for cand in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if cand.is_dir():
            return cand
    return ROOT.parent / "shared"


def scorer(shared: Path):
    """The shared scorer module (names_match, partner_names)."""
    spec = importlib.util.spec_from_file_location(
        "score_extraction", shared / "eval/score_extraction.py"
    )
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def notices(shared: Path, sets: Sequence[str] = SETS) -> list[tuple[str, Path, dict]]:
    """(site, notice path, gold) of every annotated notice of the sets."""
    out = []
    for name in sets:
        for gold_file in sorted((shared / name / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text("utf-8"))
            path = shared / name / "notices" / gold["source"]
            site = urlparse(gold.get("source_url") or "").netloc.lower() or gold_file.stem
            if path.is_file():
                out.append((site, path, gold))
    return out


def extract(paths: Sequence[Path]) -> list:
    """The records of these notices (today fixed, so a rebuild is exact)."""
    import datetime as dt

    from coopkg.pipeline import extract_paths

    return [x.record for x in extract_paths(paths, today=dt.date(2026, 1, 1))]


def notice_candidates(paths: Sequence[Path]) -> list[list[cmod.Candidate]]:
    """Every notice's partner candidates (in the order of ``paths``)."""
    saved = cmod._override
    cmod.use_weights({})  # no decision: the rule hits pass, nothing is filtered
    got = cmod.capture(True)
    try:
        for p in paths:
            extract([p])
        return list(got)
    finally:
        cmod.capture(False)
        cmod.use_weights(saved)


def labelled(
    cands: list[cmod.Candidate], gold: dict, names_match: Callable, partner_names: Callable
) -> list[tuple[dict[str, float], int]]:
    gold_names = [n for g in gold.get("partners") or [] for n in partner_names(g)]
    # A candidate's aliases count like its name, as the scorer counts a partner's.
    return [
        (c.features, int(any(names_match(n, g) for n in (c.name, *c.aliases) for g in gold_names)))
        for c in cands
    ]


def fit(rows: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    """Logistic-regression weights (feature name -> weight, plus "bias").

    The candidates that are a prose piece's other cuts get weights of their own (prefixed
    ``cmod.CUT_WEIGHTS``), fitted on every prose span: fitted with the rest, they moved the
    shared weights and cost precision elsewhere (leave-one-site-out)."""
    w = _fit([r for r in rows if not r[0].get("alt_cut")])
    if any(f.get("alt_cut") for f, _ in rows):
        cut = _fit([r for r in rows if r[0].get("kind_prose")])
        w.update({cmod.CUT_WEIGHTS + k: v for k, v in cut.items()})
    return w


def _fit(rows: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for f, _ in rows for k in f})
    x = np.asarray([[f.get(k, 0.0) for k in names] for f, _ in rows], dtype=float)
    y = np.asarray([label for _, label in rows])
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED)
    model.fit(x, y)
    w = {k: round(float(v), 5) for k, v in zip(names, model.coef_[0], strict=True)}
    w["bias"] = round(float(model.intercept_[0]), 5)
    return w


def training_rows(shared: Path, items: list[tuple[str, Path, dict]] | None = None):
    """(site, rows) per notice: the labelled candidates."""
    sc = scorer(shared)
    items = items if items is not None else notices(shared)
    cands = notice_candidates([p for _, p, _ in items])
    return [
        (site, labelled(c, gold, sc.names_match, sc.partner_names))
        for (site, _, gold), c in zip(items, cands, strict=True)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(default_shared()))
    ap.add_argument("--out", default=str(ROOT / "src/coopkg/extraction/models/partners.json"))
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "dev").is_dir():
        print(f"no annotated notices under {shared}: nothing trained")
        return 0
    items = notices(shared)
    per = training_rows(shared, items)
    rows = [r for _, rs in per for r in rs]
    pos = sum(y for _, y in rows)
    print(
        f"read {len(items)} notices from {', '.join(SETS)} ({len({s for s, _, _ in items})} sites)"
    )
    print(f"candidates {len(rows)}: {pos} match a gold partner, {len(rows) - pos} do not")
    w = fit(rows)
    p = [cmod.probability(f, w) for f, _ in rows]
    tp = sum(1 for q, (_, y) in zip(p, rows, strict=True) if q >= cmod.THRESHOLD and y)
    fp = sum(1 for q, (_, y) in zip(p, rows, strict=True) if q >= cmod.THRESHOLD and not y)
    print(
        f"training fit at {cmod.THRESHOLD}: candidate precision {tp / max(1, tp + fp):.3f}, "
        f"recall {tp / max(1, pos):.3f} (candidates, before one-per-name; see make eval)"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "trained_on": [
            f"{s}: {len([1 for i in items if i[1].parts[-3] == s])} notices" for s in SETS
        ],
        "seed": SEED,
        "threshold": cmod.THRESHOLD,
    }
    out.write_text(json.dumps({"meta": meta, "weights": w}, indent=1, sort_keys=True) + "\n")
    print(f"wrote {out} ({len(w)} weights)")
    for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1]))[:40]:
        print(f"  {k:16s} {v:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
