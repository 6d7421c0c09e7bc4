"""Countries written anywhere in a notice, in any EU language (extraction/mentions.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.assemble import latin
from coopkg.extraction.mentions import country_mentions
from coopkg.records import Notice

TODAY = dt.date(2026, 1, 1)

# Sentences written for these tests, in the manner of programme and partner pages.
SENTENCES = [
    ("en", "The project links municipalities in Slovenia and Croatia.", ["SI", "HR"]),
    ("de", "Gemeinden aus Österreich und Ungarn arbeiten zusammen.", ["AT", "HU"]),
    ("fr", "Un projet transfrontalier entre la France et la Suisse.", ["FR", "CH"]),
    ("it", "Il progetto coinvolge partner di Italia e Slovenia.", ["IT", "SI"]),
    ("pl", "Współpraca gmin z Polska i Słowacja.", ["PL", "SK"]),
    ("hu", "A projektben Magyarország és Románia települései vesznek részt.", ["HU", "RO"]),
    ("lv", "Projektā piedalās Latvija un Lietuva.", ["LV", "LT"]),
    ("fi", "Hankkeessa ovat mukana Suomi, Ruotsi ja Norja.", ["FI", "SE", "NO"]),
    ("el", "Συνεργασία μεταξύ Ελλάδα και Κύπρος.", ["GR", "CY"]),
    ("bg", "Проектът обхваща България и Румъния.", ["BG", "RO"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), SENTENCES)
def test_country_names_in_many_languages(lang: str, text: str, codes: list[str]) -> None:
    assert [h.value for h in country_mentions(text)] == codes


def test_codes_and_lower_case_words_are_not_mentions() -> None:
    assert country_mentions("IT and DE teams; the malta cross") == []


def test_multi_word_names_are_one_mention() -> None:
    hits = country_mentions("Partners in Bosnia and Herzegovina and North Macedonia.")
    assert [h.value for h in hits] == ["BA", "MK"]


def test_the_record_lists_countries_named_as_context() -> None:
    text = (
        "Cross-border cycling route\n\n"
        "A trail along the Mura river, next to an existing route in Austria, connects "
        "towns in Slovenia and Croatia.\n"
    )
    record = extract_record(Notice(source="route.txt", text=text), today=TODAY)
    assert set(record.countries) == {"AT", "SI", "HR"}
    assert "countries" not in record.derived


def test_regions_in_other_scripts_are_written_in_latin_letters() -> None:
    assert latin("Русе") == "Ruse"
    assert latin("Ιωάννινα") == "Ioannina"
    assert latin("Győr") == "Győr"
