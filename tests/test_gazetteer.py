"""Tests for coopkg.records.gazetteer: NUTS regions, exonyms, cities and cooperation areas."""

from __future__ import annotations

import csv

from coopkg.records import gazetteer
from coopkg.records.gazetteer import (
    city_country,
    city_region,
    find_region_mentions,
    label_variants,
    region,
    regions_named,
)


def test_region_by_code() -> None:
    lower_austria = region("AT12")
    assert lower_austria is not None
    assert (lower_austria.name, lower_austria.level, lower_austria.parent) == (
        "Niederösterreich",
        2,
        "AT1",
    )
    assert "Lower Austria" in lower_austria.names
    assert region("AT1").parent == "AT"
    assert region("AT").level == 0
    assert region("EL30").country == "GR"
    assert region("GR30").code == "EL30"
    assert region("UKC").version == "2016"
    assert region("XX99") is None


def test_seed_regions_by_name() -> None:
    assert [r.code for r in regions_named("Lower Austria")] == ["AT12"]
    assert [r.code for r in regions_named("Syddanmark")] == ["DK03"]
    assert [r.code for r in regions_named("Region Syddanmark")] == ["DK03"]
    assert [r.code for r in regions_named("Western Transdanubia")] == ["HU22"]
    assert [r.code for r in regions_named("Győr-Moson-Sopron")] == ["HU221"]
    assert [r.code for r in regions_named("Karlsruhe, Stadtkreis")] == ["DE122"]
    assert [r.code for r in regions_named("Rhône-Alpes")] == ["FRK2"]
    assert [r.code for r in regions_named("Karlsruhe")] == ["DE12", "DE122", "DE123"]


def test_regions_named_with_country_context() -> None:
    assert [r.code for r in regions_named("North-West", "RO")] == ["RO11"]
    assert [r.code for r in regions_named("Limburg", "NL")] == ["NL42"]
    assert {r.code for r in regions_named("Limburg")} == {"BE22", "NL42"}


def test_greek_transliteration_and_exonym() -> None:
    assert [r.code for r in regions_named("Attiki")] == ["EL3", "EL30"]
    assert [r.code for r in regions_named("Central Macedonia")] == ["EL52"]


def test_label_variants() -> None:
    assert label_variants("North East (England)") == (
        "North East (England)",
        "North East",
        "North East England",
    )


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(h.value, h.kind) for h in find_region_mentions(text)]


def test_mentions_with_adjectives_and_areas() -> None:
    text = (
        "The Western Transdanubian and Lower Austrian partners of the Central European "
        "area met in Karlsruhe, Stadtkreis and in the Alpine Space."
    )
    assert mentions(text) == [
        ("Western Transdanubian", "HU22"),
        ("Lower Austrian", "AT12"),
        ("Central European area", "area:central-europe"),
        ("Karlsruhe, Stadtkreis", "DE122"),
        ("Alpine Space", "area:alpine-space"),
    ]


def test_mentions_offsets_and_hit_fields() -> None:
    text = "Partner aus Niederösterreich."
    (hit,) = find_region_mentions(text)
    assert (hit.start, hit.end, hit.kind, hit.rule) == (12, 28, "AT12", "gazetteer.nuts")
    assert text[hit.start : hit.end] == "Niederösterreich"


def test_mentions_skip_common_words_and_countries() -> None:
    assert mentions("The Centre and the Nord, Como or lot, in Austria and Luxembourg.") == []
    assert mentions("we met in lower austria") == []


def test_ambiguous_mentions_are_not_guessed() -> None:
    assert mentions("Limburg") == [("Limburg", "ambiguous:BE22,NL42")]
    assert mentions("Karlsruhe") == [("Karlsruhe", "ambiguous:DE12,DE122,DE123")]
    # A name at several levels of one branch is one territory, not an ambiguity.
    assert mentions("Attica") == [("Attica", "EL3")]


def test_longest_match_wins() -> None:
    assert mentions("Provence-Alpes-Côte d'Azur") == [("Provence-Alpes-Côte d'Azur", "FRL")]


def test_cities() -> None:
    assert city_country("Győr") == "HU"
    assert city_country("Gyor") == "HU"
    assert city_region("Győr") == "HU221"
    assert city_region("Karlsruhe") == "DE122"
    assert city_region("Udine", "IT") == "ITH42"
    assert city_region("Lund") == "SE224"
    assert city_region("Odense") == "DK031"
    assert city_region("London") is None
    assert city_country("London") == "GB"
    assert city_region("Atlantis") is None


def test_city_table_codes_exist_at_level_3() -> None:
    path = gazetteer.DATA_DIR / "cities.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert len(rows) >= 400
    for row in rows:
        if row["nuts3"]:
            found = region(row["nuts3"])
            assert found is not None, row
            assert (found.level, found.country) == (3, row["country"]), row


def test_exonym_codes_exist() -> None:
    path = gazetteer.DATA_DIR / "nuts_exonyms.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    missing = [row["code"] for row in rows if region(row["code"]) is None]
    assert missing == []
