"""Word frequencies from the compact tables equal wordfreq's own, and the tables' cache."""

from __future__ import annotations

import pytest
import wordfreq

from coopkg.extraction import frequency_tables as tables

#: Words in twelve languages: common ones, rare ones, inflected, capitalised, with digits,
#: apostrophes, hyphens and spaces (several tokens), and words no list has.
WORDS = {
    "en": ["the", "Cooperation", "cross-border", "river's", "2021", "A4", "zqxwv", "two words"],
    "fr": ["les", "coopération", "l'eau", "transfrontalière", "Région", "12e", "aujourd'hui"],
    "de": ["und", "Zusammenarbeit", "grenzüberschreitend", "Straße", "1990er", "Rhein-Main"],
    "es": ["el", "cooperación", "transfronteriza", "Año", "siglo XXI", "Pirineos"],
    "it": ["il", "cooperazione", "dell'Europa", "transfrontaliera", "Città", "anni '90"],
    "pl": ["i", "współpraca", "transgraniczna", "Wrocław", "województwo", "3-letni"],
    "nl": ["de", "samenwerking", "grensoverschrijdend", "'s-Hertogenbosch", "Maas"],
    "pt": ["o", "cooperação", "transfronteiriça", "Região", "d'Ouro", "N.º 5"],
    "cs": ["a", "spolupráce", "přeshraniční", "Čechy", "kraj", "č. 12"],
    "hu": ["a", "együttműködés", "határon", "átnyúló", "Győr", "megye"],
    "ro": ["și", "cooperare", "transfrontalieră", "județ", "Timișoara"],
    "sv": ["och", "samarbete", "gränsöverskridande", "Öresund", "län"],
    "sh": ["i", "suradnja", "prekogranična", "županija", "Općina"],
    "nb": ["og", "samarbeid", "grenseoverskridende", "fylke", "Østfold"],
}


@pytest.mark.parametrize("code", sorted(WORDS))
def test_zipf_frequency_is_wordfreqs(code: str) -> None:
    for word in ["", "   ", *WORDS[code], *(w.upper() for w in WORDS[code])]:
        expected = wordfreq.zipf_frequency(word, code)
        got = tables.zipf_frequency(word, code)
        assert (got, type(got)) == (expected, type(expected)), word


def test_common_words_rank_above_rare_ones() -> None:
    assert tables.zipf_frequency("und", "de") > 6 > tables.zipf_frequency("zqxwv", "de") == 0


def test_table_bytes_round_trip() -> None:
    pairs = [("ö", 3), ("a", 1), ("b", 2), ("ab", 5), ("a", 7)]  # "a" twice: the last band
    table = tables.parse_table(tables.table_bytes(pairs))
    assert [table.band(w) for w in ("a", "ab", "b", "ö", "c", "")] == [7, 5, 2, 3, None, None]
    assert len(table) == 4


def test_damaged_bytes_are_refused() -> None:
    data = tables.table_bytes([("word", 1)])
    for bad in (b"", b"not a table", data[:-2], data[: len(tables.MAGIC) + 5]):
        with pytest.raises(ValueError):
            tables.parse_table(bad)


def test_table_is_cached_and_reread(tmp_path, monkeypatch) -> None:
    made = tables.load_table("da", tmp_path)
    files = list((tmp_path / "wordfreq").glob("da-*.table"))
    assert len(files) == 1
    # Read back, not made again: making it now would fail.
    monkeypatch.setattr(tables, "wordfreq_bands", lambda code: pytest.fail("made again"))
    again = tables.load_table("da", tmp_path)
    assert (again.words, again.offsets, again.bands) == (made.words, made.offsets, made.bands)


def test_damaged_cache_file_is_made_again(tmp_path) -> None:
    tables.load_table("sl", tmp_path)
    (path,) = (tmp_path / "wordfreq").glob("sl-*.table")
    path.write_bytes(b"half a table")
    table = tables.load_table("sl", tmp_path)
    assert table.band("in") is not None
    assert tables.parse_table(path.read_bytes()).band("in") == table.band("in")


def test_unwritable_cache_still_gives_the_table(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    table = tables.load_table("lv", blocker)
    assert table.band("un") is not None


def test_cache_folder_from_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(tables.CACHE_ENV, str(tmp_path))
    assert tables.cache_folder() == tmp_path
    monkeypatch.delenv(tables.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert tables.cache_folder() == tmp_path / "xdg" / "coopkg"
