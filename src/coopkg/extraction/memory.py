"""Giving back the memory the extractor's tables hold, once a build has its records.

The extractor loads its tables lazily and keeps them in ``functools.lru_cache`` caches on
pure functions: label and term tables per language, word-frequency lists, the gazetteer,
compiled patterns, and per-string results. Before forking its workers the build extracts
a sample of notices in the main process so that the workers inherit those tables instead
of each loading them (:mod:`coopkg.extraction.parallel`); afterwards the main process no
longer needs them, but they would stay through linking, the graph and the writers, the
stages where a large build peaks (some 400 MB at any size). Clearing the caches lets them
go; a later call loads what it needs again, with the same results, since every cached
function is pure.
"""

from __future__ import annotations

import functools
import gc
import sys

#: Packages whose module-level caches hold the extractor's tables: reading, extraction, the
#: record vocabularies (countries, gazetteer, inflection) and the word-frequency lists.
PACKAGES = ("coopkg.read", "coopkg.extraction", "coopkg.records", "wordfreq")


def release_tables(packages: tuple[str, ...] = PACKAGES) -> int:
    """Clear every ``lru_cache`` at module level in the loaded modules of ``packages``;
    return how many were cleared. Results of later calls are unchanged (pure functions)."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in packages):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
                cleared += 1
    gc.collect()
    return cleared
