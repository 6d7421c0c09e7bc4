"""Polish towns whose name ends in a soft consonant, read from their case forms: the "i"
that spells the soft consonant before the ending is dropped, and a dropped "ie" put back
("w Toruniu" -> Toruń, "w Lubniu" -> Lubień; extraction/localities.py).

Sentences written for these tests in the manner of Polish project pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ścieżka rowerowa powstanie w Toruniu i okolicach.", "Toruń"),
        ("Park zabytkowy w Lubniu zostanie odnowiony.", "Lubień"),
        ("Nowe trasy połączą gminy wokół Koszalina i Kołobrzegu.", "Kołobrzeg"),
    ],
)
def test_a_soft_stem_gives_the_towns_own_name(text: str, town: str) -> None:
    assert town in [h.value for h in find_localities(text, ["PL"], ["pl"])]


def test_another_language_keeps_its_own_endings() -> None:
    # Czech writes no soft "i": "v Toruni" is read with Czech endings only.
    found = [h.value for h in find_localities("Partneři se sešli v Plzni.", ["CZ"], ["cs"])]
    assert all("ń" not in name for name in found)
