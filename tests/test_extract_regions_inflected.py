"""Regions and countries named in case forms, other scripts and compounds.

Texts written for these tests in the manner of municipal news, programme pages and press
releases in the EU's inflected languages (Finnish, Hungarian, Polish, Lithuanian, Latvian,
Slovene, Croatian, Greek, Bulgarian, Estonian, Romanian, Czech, Slovak, German).
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.extraction.localities import find_localities
from coopkg.extraction.mentions import country_mentions
from coopkg.extraction.places import find_regions, part_of_country, with_territory_noun
from coopkg.read.notices import Notice
from coopkg.records.gazetteer import find_inflected_region_mentions, latin_name, romanise
from coopkg.records.inflection import build_index, find_inflected, readings, stems, territory_names

TODAY = dt.date(2026, 1, 1)


def _record(text: str, name: str = "inflected.txt"):
    return extract_record(Notice(source=name, text=text), today=TODAY)


# ------------------------------------------------------------------ whole notices

RECORDS = [
    (
        "Hankkeessa ovat mukana Pohjois-Pohjanmaan ja Kainuun liitot. "
        "Yhteistyötä tehdään Ruotsin ja Norjan kanssa.",
        ("SE", "NO"),
        ("Pohjois-Pohjanmaa", "Kainuu"),
    ),
    (
        "A projekt keretében Gyulán és Aradon nyílik tanácsadó iroda, "
        "Magyarország és Románia együttműködésében.",
        ("HU", "RO"),
        ("Arad", "Gyula"),
    ),
    (
        "Nowe ścieżki rowerowe powstaną w Sninie i w Gorlicach, na pograniczu Polski i Słowacji.",
        ("PL", "SK"),
        ("Snina", "Gorlice"),
    ),
    (
        "Dviračių takus tvarkys Biržų ir Klaipėdos miestai su Lietuvos ir Latvijos kolegomis.",
        ("LT", "LV"),
        ("Biržai", "Klaipėda"),
    ),
    (
        "Kolesarska pot bo povezala mesti od Ptuja do Maribora v Sloveniji, "
        "partnerji pa prihajajo iz Avstrije in Hrvaške.",
        ("SI", "AT", "HR"),
        ("Ptuj", "Maribor"),
    ),
    (
        "Στο έργο συμμετέχουν η Περιφέρεια Ηπείρου και η Περιφέρεια Δυτικής Ελλάδας, "
        "καθώς και εταίροι από την Κύπρο.",
        ("GR", "CY"),
        ("Epirus", "Western Greece"),
    ),
    (
        "Партньори по проекта са община Гърмен и област Благоевград, България, "
        "и град Ксанти, Гърция.",
        ("BG", "GR"),
        ("Blagoevgrad", "Garmen", "Xánthi"),
    ),
    (
        "Projekti partnerid on Valga ja Valka linnad Eestis ja Lätis.",
        ("EE", "LV"),
        ("Valga", "Valka"),
    ),
    (
        "Proiectul unește municipiul Călărași cu orașul Silistra, la granița României cu Bulgaria.",
        ("RO", "BG"),
        ("Călărași", "Silistra"),
    ),
    (
        "Spoločný projekt medzi Bardejovom a Gorlicami podporil rozvoj Poľska a Slovenska.",
        ("PL", "SK"),
        ("Bardejov", "Gorlice"),
    ),
    (
        "Der Nationalpark liegt im Nordwesten Ungarns, nahe der Grenze Österreichs.",
        ("HU", "AT"),
        ("Nordwesten Ungarns",),
    ),
    (
        "Planinarske staze vode do sela u Austriji i Mađarskoj, uz obale rijeka.",
        ("AT", "HU"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "countries", "regions"), RECORDS)
def test_places_in_case_forms_are_read_from_whole_notices(
    text: str, countries: tuple[str, ...], regions: tuple[str, ...]
) -> None:
    record = _record(text)
    assert record.countries == countries
    assert record.regions == regions


def test_a_programme_named_by_its_countries_gives_them_as_derived() -> None:
    record = _record("Projekt je sofinanciran iz programa Interreg Slovenija-Hrvaška 2014-2020.")
    assert record.countries == ("SI", "HR")
    assert "countries" in record.derived


def test_a_country_stated_beside_a_compound_is_not_derived() -> None:
    record = _record(
        "Program Interreg Slovenija-Hrvaška financira projekt. Partnerji so iz Avstrije."
    )
    assert record.countries == ("AT", "SI", "HR")
    assert "countries" not in record.derived


# ------------------------------------------------------------------ countries


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Junat kulkevat Pohjois-Suomen, Ruotsin ja Norjan läpi", ["fi"], ["FI", "SE", "NO"]),
        ("Suomesta ja Virosta tulevat kumppanit", ["fi"], ["FI", "EE"]),
        ("Skolēni no Latvijas un Lietuvas", ["lv"], ["LV", "LT"]),
        ("Partneriai iš Lenkijos ir Vokietijos", ["lt"], ["PL", "DE"]),
        ("Staze u Austriji i Mađarskoj", ["hr"], ["AT", "HU"]),
        ("εταίροι από την Ελλάδα και την Κύπρο", ["el"], ["GR", "CY"]),
        ("Partnerzy z Austrii i Słowacji", ["pl"], ["AT", "SK"]),
        ("Interreg V-A Slovenija-Hrvaška", ["sl"], ["SI", "HR"]),
        ("Poľsko-slovenská hranica", ["sk"], ["PL", "SK"]),
        ("mit österreichischen Gemeinden", ["de"], ["AT"]),
    ],
)
def test_country_names_in_case_forms_and_compounds(
    text: str, languages: list[str], expected: list[str]
) -> None:
    assert [h.value for h in country_mentions(text, languages)] == expected


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Projekt MOSTE startuje v září.", ["cs"]),
        ("La région Hauts-de-France et l'Île-de-France.", ["fr"]),  # one place name each
        ("Το σχολείο της Σάμου συμμετέχει.", ["el"]),  # the island Samos, not Samoa
        ("Die Mittel des Fonds stammen aus Bayern.", ["de"]),
    ],
)
def test_no_country_where_none_is_named(text: str, languages: list[str]) -> None:
    assert country_mentions(text, languages) == []


def test_case_forms_are_read_only_in_the_texts_languages() -> None:
    # "Suomen" is Finnish: in an English text it is left alone.
    assert country_mentions("Suomen Pankki", ["en"]) == []
    assert [h.value for h in country_mentions("Suomen Pankki", ["fi"])] == ["FI"]


def test_country_names_come_from_cldr_for_each_language() -> None:
    names = {code: name for name, code in territory_names("lt")}
    assert names["LV"] == "Latvija"
    assert {code: name for name, code in territory_names("el")}["CY"] == "Κύπρος"
    assert territory_names("xx-not-a-language") == ()


# ------------------------------------------------------------------ the matcher


def test_stems_and_readings() -> None:
    assert stems("suomi") == ("suomi", "suom")
    assert stems("lappi") == ("lappi", "lapp", "lap")
    assert stems("ηπειροσ", final_s=True) == ("ηπειροσ", "ηπειρ")
    assert stems("mures") == ("mures",)  # no -s dropped outside Baltic and Greek names
    assert stems("βορειο") == ("βορειο", "βορ", "βορει")  # a Greek neuter keeps its "ι"
    assert stems("αλεξανδρεια") == ("αλεξανδρεια", "αλεξανδρ")
    assert readings("mariboru", ["sl"]) == ("mariboru", "maribor", "maribor~")
    assert readings("mariboru", ["en"]) == ("mariboru",)


def test_find_inflected_matches_multi_word_names_and_counts_changed_words() -> None:
    index = build_index([("Δυτική Ελλάδα", "EL63", True), ("Kainuu", "FI1D8", False)])
    words = [(0, 7, "δυτικησ"), (8, 15, "ελλαδασ"), (16, 23, "kainuun"), (24, 30, "kainuu")]
    assert find_inflected(words, index, ["el", "fi"]) == [
        (0, 2, 2, ("EL63",)),
        (2, 3, 1, ("FI1D8",)),
        (3, 4, 0, ("FI1D8",)),
    ]


# ------------------------------------------------------------------ regions


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        (
            "Kumppanit tulevat Pohjois-Pohjanmaan alueelta, Lapin ja Kainuun kunnista",
            ["fi"],
            [("Pohjois-Pohjanmaa", "FI1D9"), ("Lappi", "FI1D7"), ("Kainuu", "FI1D8")],
        ),
        (
            "η Περιφέρεια Δυτικής Ελλάδας και η Περιφέρεια Ιονίων Νήσων",
            ["el"],
            [("Δυτική Ελλάδα", "EL63"), ("Ιόνια Νησιά", "EL62")],
        ),
        (
            "Η Περιφέρεια Βορείου Αιγαίου και η Περιφέρεια Νοτίου Αιγαίου συνεργάζονται",
            ["el"],
            [("Βόρειο Αιγαίο", "EL41"), ("Νότιο Αιγαίο", "EL42")],
        ),
        ("Partnerzy z Małopolski", ["pl"], [("Małopolskie", "PL21")]),
        ("Das Projekt des Saarlandes", ["de"], [("Saarland", "DEC")]),
    ],
)
def test_inflected_region_mentions(
    text: str, languages: list[str], expected: list[tuple[str, str]]
) -> None:
    found = find_inflected_region_mentions(text, languages)
    assert [(h.value, h.kind) for h in found] == expected


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("A Román nyelvű kiadvány elkészült.", ["hu"]),  # "Roma" + "n" is a word
        ("šetnja uz obale Mure", ["hr"]),  # the river Mura, not Romania's Mureş
        ("Ein Spielplatz für Bērnu", ["lv"]),  # "Bern" + "u" is a Latvian word
        ("Lapin", ["en"]),
        # An adjective ("Alexandrian") is not the city Αλεξάνδρεια in a case form.
        ("το Αλεξάνδρειο Τεχνολογικό Ίδρυμα", ["el"]),
    ],
)
def test_no_region_from_a_word_that_only_looks_inflected(text: str, languages: list[str]) -> None:
    assert find_inflected_region_mentions(text, languages) == []


def test_greek_regions_are_given_in_english() -> None:
    found = find_regions("Η Περιφέρεια Ηπείρου και η Περιφέρεια Δυτικής Ελλάδας.", ["el"])
    assert [name for _, name in found] == ["Epirus", "Western Greece"]
    assert latin_name("EL54") == "Epirus"
    assert latin_name("EL512") == "Xanthi"
    assert latin_name("AT12") == "Niederösterreich"
    assert latin_name("RO223") == "Constanţa"  # its own Latin label, for "Констанца"


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Partner della Regione dell’Epiro e della Baviera.", ["it"], ["Epiro", "Baviera"]),
        ("Partnerzy z Bawarii i Saksonii.", ["pl"], ["Bawaria", "Saksonia"]),
    ],
)
def test_region_names_in_other_languages_come_from_iso_3166_2(
    text: str, languages: list[str], expected: list[str]
) -> None:
    assert [name for _, name in find_regions(text, languages)] == expected


def test_a_generic_wrapper_is_dropped_and_a_county_word_kept() -> None:
    found = find_regions("Region Skåne leder projektet tillsammans med partners.")
    assert [name for _, name in found] == ["Skåne"]
    assert with_territory_noun("Vas County Government Office", 3, "Vas") == "Vas County"
    assert with_territory_noun("Bihar megye önkormányzata", 5, "Bihar") == "Bihar megye"
    assert with_territory_noun("Tartu Municipality", 5, "Tartu") == "Tartu"


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("La red reúne municipios del norte de Portugal.", ["es"], ["norte de Portugal"]),
        ("Razvoj za severovzhodna Slovenija in okolico.", ["sl"], ["severovzhodna Slovenija"]),
        ("Pohjois-Suomen liikennejärjestelmät", ["fi"], ["Pohjois-Suomen"]),
        ("Les partenaires de l'est de la France.", ["fr"], ["est de la France"]),
        ("Ce projet est France Nature.", ["fr"], []),  # "est" is a verb here
        ("Partners from Portugal and Spain.", ["en"], []),
    ],
)
def test_parts_of_a_country_named_by_a_compass_word(
    text: str, languages: list[str], expected: list[str]
) -> None:
    assert [h.value for h in part_of_country(text, languages)] == expected


def test_a_news_dateline_is_not_a_project_region() -> None:
    text = "GRAZ, 3. März (APA) - Ein Projekt im Burgenland startet."
    assert [name for _, name in find_regions(text, ["de"])] == ["Burgenland"]


# ------------------------------------------------------------------ towns


@pytest.mark.parametrize(
    ("text", "countries", "languages", "expected"),
    [
        ("Irodák nyílnak Gyulán és Békéscsabán.", ["HU"], ["hu"], ["Gyula", "Békéscsaba"]),
        ("W Sninie i w Gorlicach powstaną parki.", ["SK", "PL"], ["pl"], ["Snina", "Gorlice"]),
        ("Kop ar Liepojos ir Klaipėdos miestais.", ["LT", "LV"], ["lt"], ["Liepoja", "Klaipėda"]),
        ("Ekipa iz Maribora in Ptuja.", ["SI"], ["sl"], ["Maribor", "Ptuj"]),
        ("Matka alkaa Skellefteån satamasta ja päättyy Pietarsaaren torille.", ["SE", "FI"], ["fi"],
         ["Skellefteå", "Pietarsaari"]),
    ],
)  # fmt: skip
def test_towns_in_case_forms(
    text: str, countries: list[str], languages: list[str], expected: list[str]
) -> None:
    assert [h.value for h in find_localities(text, countries, languages)] == expected


@pytest.mark.parametrize(
    ("text", "countries", "languages"),
    [
        ("Το έργο της Κεντρικής Μακεδονίας και της Πολιτικής Προστασίας.", ["GR"], ["el"]),
        ("Projekt MOSTE startuje v září.", ["CZ", "PL"], ["cs"]),
        ("Partnerzy z Rumunii i Bułgarii.", ["RO", "BG"], ["pl"]),
        ("Spotkał się z nimi Tomasz Snina i Ing. Zdenka Gorlice.", ["PL", "SK"], ["pl"]),
        ("Par exemple, les villages du vignoble.", ["FR"], ["fr"]),
    ],
)
def test_no_town_from_words_names_or_countries(
    text: str, countries: list[str], languages: list[str]
) -> None:
    assert find_localities(text, countries, languages) == []


def test_a_town_named_in_its_web_address_is_still_a_town() -> None:
    text = "Druhým partnerom je mesto Bardejov (www.bardejov.sk)."
    assert [h.value for h in find_localities(text, ["SK"], ["sk"])] == ["Bardejov"]


# ------------------------------------------------------------------ scripts


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Гърмен", None, "Garmen"),
        ("Хасково", "bg", "Haskovo"),
        ("Благоевград", None, "Blagoevgrad"),
        ("Ниш", "sr", "Niš"),
        ("Нови Сад", "sr", "Novi Sad"),
        ("Ευρυτανία", None, "Evrytania"),
        ("Θεσσαλονίκη", None, "Thessaloniki"),
        ("Győr", None, "Győr"),
    ],
)
def test_romanise(name: str, language: str | None, expected: str) -> None:
    assert romanise(name, language) == expected


def test_greek_and_cyrillic_towns_take_their_own_latin_names() -> None:
    text = "Партньор 2 е университетът в Ксанти, а партньор 3 е от Констанца."
    found = find_localities(text, ["GR", "RO", "BG"], ["bg"])
    assert [h.value for h in found] == ["Xánthi", "Constanţa"]
