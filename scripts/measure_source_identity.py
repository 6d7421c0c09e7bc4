"""Precision and recall of organisation identity across sources, on labelled pairs.

Labels: CORDIS organisation ids (PICs). Two participations from different CORDIS files
are the same organisation exactly when they carry the same PIC. The files:

* ``cordis_search_export_json_semiconductors_ev/organization.json`` (1,076 participations);
* ``cordis_h2020_organizations_gitscrape_2023/h2020_organizations_out_formatted_latest.csv``
  (2,722 participations, the CSV schema of the same export).

Each participation becomes a partner mention (name, country, short name as alias) and
coopkg's organisation resolution clusters them twice:

* ``names only`` - identifiers removed, as if the files were notices: measures the name
  rules (normalised, acronym, alias, fuzzy) across sources;
* ``names + ids`` - PIC and VAT kept as strong keys, as ``coopkg build`` does.

Pairs are counted over mentions from *different* files (cross-source pairs) and over all
mentions; precision = predicted-and-true pairs / predicted pairs, recall = predicted-and-
true pairs / true pairs. Run::

    python scripts/measure_source_identity.py [../shared/data]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from coopkg.link import Mention, resolve_organisations
from coopkg.read.exports import import_export

FILES = (
    "cordis_search_export_json_semiconductors_ev/organization.json",
    "cordis_h2020_organizations_gitscrape_2023/h2020_organizations_out_formatted_latest.csv",
)


def _mentions(data: Path) -> tuple[list[Mention], list[str], list[int]]:
    """Mentions (with ids), their PIC labels and the index of the file each came from."""
    mentions, labels, files = [], [], []
    for number, name in enumerate(FILES):
        for record in import_export(data / name).records:
            for index, partner in enumerate(record.partners):
                pic = next((i for i in partner.ids if i.startswith("pic:")), None)
                if pic is None:
                    continue
                mentions.append(
                    Mention(partner.name, partner.country, partner.aliases, record.source,
                            index, ids=partner.ids)
                )  # fmt: skip
                labels.append(pic)
                files.append(number)
    return mentions, labels, files


def _pairs(groups: Counter[tuple], cross: bool) -> int:
    """Pairs inside groups keyed (..., file): cross-file pairs or all pairs."""
    by_group: dict[tuple, Counter[int]] = {}
    for (*key, file), n in groups.items():
        by_group.setdefault(tuple(key), Counter())[file] += n
    total = 0
    for per_file in by_group.values():
        counts = list(per_file.values())
        everything = sum(counts)
        all_pairs = everything * (everything - 1) // 2
        same_file = sum(c * (c - 1) // 2 for c in counts)
        total += all_pairs - same_file if cross else all_pairs
    return total


def scores(keys: list[str], labels: list[str], files: list[int], cross: bool) -> tuple:
    """(precision, recall, predicted pairs, true pairs, correct pairs)."""
    predicted = _pairs(Counter(zip(keys, files, strict=True)), cross)
    true = _pairs(Counter(zip(labels, files, strict=True)), cross)
    correct = _pairs(Counter(zip(keys, labels, files, strict=True)), cross)
    precision = correct / predicted if predicted else 1.0
    recall = correct / true if true else 1.0
    return precision, recall, predicted, true, correct


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve()
    found = next(
        (p / "shared" / "data" for p in here.parents if (p / "shared" / "data").is_dir()), None
    )
    data = Path(argv[1]) if len(argv) > 1 else found or here.parents[2] / "shared" / "data"
    mentions, labels, files = _mentions(data)
    shared = set(labels[i] for i, f in enumerate(files) if f == 0) & {
        labels[i] for i, f in enumerate(files) if f == 1
    }
    print(f"mentions {len(mentions)} (files: {Counter(files)[0]} + {Counter(files)[1]}), "
          f"PICs {len(set(labels))}, PICs in both files {len(shared)}")  # fmt: skip
    plain = [Mention(m.name, m.country, m.aliases, m.source, m.index) for m in mentions]
    for title, batch in (("names only", plain), ("names + ids", mentions)):
        keys = list(resolve_organisations(batch).keys)
        for cross in (True, False):
            p, r, predicted, true, correct = scores(keys, labels, files, cross)
            scope = "cross-source pairs" if cross else "all pairs         "
            print(f"{title:12} {scope} precision {p:.3f} recall {r:.3f} "
                  f"(predicted {predicted}, true {true}, correct {correct})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
