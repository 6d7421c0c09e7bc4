"""Place names that are parts of longer names, short alternates and towns found through the
regions a notice names (extraction/localities.py, the regions step of assemble.py).

Texts written for these tests in the manner of news and municipal pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction.assemble import extract_record
from coopkg.extraction.localities import find_localities
from coopkg.read.notices import Notice

TODAY = dt.date(2026, 1, 1)


def _record(text: str):
    return extract_record(Notice(source="places.txt", text=text), today=TODAY)


def _localities(text: str, countries: list[str], languages: list[str]) -> list[str]:
    return [str(h.value) for h in find_localities(text, countries, languages)]


@pytest.mark.parametrize(
    ("language", "text", "countries", "expected"),
    [
        # A town's name heading a longer name is not the town ("Foz", "Feira").
        (
            "gl",
            "Os concellos preparan a Eurocidade da Foz do Minho e a Feira do Marisco de Vigo.",
            ["ES", "PT"],
            ["Vigo"],
        ),
        (
            "es",
            "La Feira do Queixo y el municipio de Mogadouro firman el acuerdo.",
            ["ES", "PT"],
            ["Mogadouro"],
        ),
        # From one town to another: both stay ("od ... do ...").
        ("sl", "Pot bo vodila od Ptuja do Maribora in naprej.", ["SI"], ["Ptuj", "Maribor"]),
        # A town followed by its country stays.
        ("en", "The partners meet in the town of Lund of Sweden.", ["SE"], ["Lund"]),
        # A short alternate name (GeoNames lists "Inn" for Innsbruck) is not the town.
        (
            "de",
            "Die Region Bayerischer Wald-Böhmerwald-Unterer Inn arbeitet mit Altötting.",
            ["DE", "AT"],
            ["Altötting"],
        ),
        # A number parts two names: the road "DJ 601 B" is not part of the villages' list.
        (
            "ro",
            "Drumul DJ 601 B Stoenești – Crevedia Mare – Novaci va fi reabilitat.",
            ["RO"],
            ["Stoenești", "Crevedia Mare", "Novaci"],
        ),
        # A common word opening a line after a star or a bullet is a word.
        (
            "fr",
            "Inscription\n*Champs obligatoire\n• Annecy accueille le projet.",
            ["FR"],
            ["Annecy"],
        ),
    ],
)
def test_places_inside_longer_names(
    language: str, text: str, countries: list[str], expected: list[str]
) -> None:
    assert _localities(text, countries, [language]) == expected


def test_a_town_that_holds_a_regions_name_is_the_town() -> None:
    # "Douro" is a NUTS 3 region of Portugal; "Miranda do Douro" a town.
    record = _record(
        "Projeto de cooperação transfronteiriça entre Portugal e Espanha.\n"
        "Participam os municípios de Miranda do Douro, Vimioso e Mogadouro."
    )
    assert record.regions == ("Miranda do Douro", "Vimioso", "Mogadouro")


def test_towns_are_found_in_the_countries_of_the_regions_named() -> None:
    # No country is written, but Region Skåne places Lund in Sweden.
    record = _record(
        "Region Skåne finansierar projektet.\n"
        "Forskningsanläggningen byggs i Lund och ska öppna för besökare."
    )
    assert record.countries == ()
    assert record.regions == ("Skåne", "Lund")


def test_the_town_where_a_project_was_launched_is_a_venue() -> None:
    record = _record(
        "Le projet, qui associe la Savoie et le Piémont, a été lancé le mardi 3 mars au "
        "siège de la Région à Grenoble."
    )
    assert "Grenoble" not in record.regions
    assert "Savoie" in record.regions
