"""Measure organisation resolution against real organisation ids (CORDIS).

Runs coopkg's resolver on (name, country) of every CORDIS H2020 participation in
``../shared/data/cordis_h2020_organizations_gitscrape_2023`` and compares the clusters with
the true ``organisationID`` (PIC): pairwise precision and recall of "same organisation".
Prints the figures, the time and the peak memory. Usage::

    .venv/bin/python scripts/measure_org_resolution.py [--limit N] [--threshold 92]
"""

from __future__ import annotations

import argparse
import csv
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from coopkg.link.organisations import FUZZY_THRESHOLD, Mention, resolve_organisations

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORDIS = SHARED / "data" / "cordis_h2020_organizations_gitscrape_2023"
CORDIS_FILE = CORDIS / "h2020_organizations_out_formatted_latest.csv"


def cordis_rows(limit: int | None = None) -> list[tuple[str, str, str]]:
    """(name, country, true id) of each participation, in file order."""
    rows = []
    with CORDIS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["name"].strip() and row["organisationID"].strip():
                rows.append((row["name"], row["country"], row["organisationID"]))
            if limit and len(rows) >= limit:
                break
    return rows


def pairwise_scores(predicted: list[str], truth: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted clusters against true clusters."""

    def pair_count(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pair_count(Counter(zip(predicted, truth, strict=True)))
    predicted_pairs = pair_count(Counter(predicted))
    true_pairs = pair_count(Counter(truth))
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return precision, recall


def measure(rows: list[tuple[str, str, str]], threshold: float = FUZZY_THRESHOLD) -> dict:
    """Run the resolver and score it; returns figures as a dict."""
    mentions = [
        Mention(name, country or None, index=i) for i, (name, country, _) in enumerate(rows)
    ]
    tracemalloc.start()
    started = time.perf_counter()
    resolution = resolve_organisations(mentions, threshold=threshold)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    precision, recall = pairwise_scores(list(resolution.keys), [t for _, _, t in rows])
    return {
        "mentions": len(rows),
        "true_organisations": len({t for _, _, t in rows}),
        "found_organisations": len(resolution.organisations),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "seconds": round(seconds, 3),
        "peak_mb": round(peak / 1e6, 1),
        "accepted_merges": sum(m.accepted for m in resolution.merges),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=FUZZY_THRESHOLD)
    args = parser.parse_args()
    figures = measure(cordis_rows(args.limit), args.threshold)
    for name, value in figures.items():
        print(f"{name:20} {value}")


if __name__ == "__main__":
    main()
