"""Tests of language identification on short notice-like texts."""

from __future__ import annotations

import pytest

from coopkg.read.language import EU_LANGUAGES, LETTERS, block_languages, detect_language
from coopkg.read.notices import notice_from_text

SAMPLES = [
    ("en", "The project strengthens cooperation between border regions."),
    ("en", "Partners will develop a joint strategy for sustainable tourism."),
    ("fr", "Le projet renforce la coopération entre les régions frontalières."),
    ("fr", "Partenaire principal : Ville de Lyon, chef de file du projet"),
    ("de", "Das Projekt stärkt die Zusammenarbeit der Grenzregionen."),
    ("de", "Federführender Partner ist die Stadt Graz in der Steiermark."),
    ("it", "Il progetto rafforza la cooperazione tra le regioni."),
    ("it", "Capofila: Comune di Torino, con sei partner italiani e francesi"),
    ("es", "El proyecto refuerza la cooperación entre regiones fronterizas."),
    ("es", "Socio principal: Ayuntamiento de Vigo y la Diputación de Pontevedra"),
    ("pt", "O projeto reforça a cooperação entre as regiões."),
    ("pt", "Parceiro principal: Câmara Municipal do Porto, com sede em Portugal"),
    ("nl", "Het project versterkt de samenwerking tussen grensregio's."),
    ("nl", "De hoofdpartner is de gemeente Utrecht, samen met vijf partners."),
    ("pl", "Projekt wzmacnia współpracę między regionami przygranicznymi."),
    ("pl", "Partner wiodący: miasto Wrocław oraz urząd marszałkowski"),
    # Catalan, and the Romance languages next to it, which it must not take over.
    ("ca", "El projecte reforça la cooperació entre les regions de la frontera."),
    ("ca", "Soci principal: Ajuntament de Girona, amb quatre socis francesos i andorrans"),
    ("ca", "Pressupost total del projecte i ajut del fons europeu de desenvolupament regional"),
    ("es", "El proyecto mejora la cooperación entre los municipios de la frontera."),
    ("fr", "Le projet améliore la coopération entre les communes de la frontière."),
    ("it", "Il progetto migliora la cooperazione tra i comuni della frontiera."),
    ("pt", "O projeto melhora a cooperação entre os municípios da fronteira."),
    ("ro", "Proiectul îmbunătățește cooperarea dintre comunele de la graniță."),
]


@pytest.mark.parametrize(("code", "text"), SAMPLES)
def test_detects_short_texts(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "EUR 1 250 000", "AT | DE", "https://www.example.eu/project"])
def test_too_short_or_no_letters_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_only_eu_languages_are_answered() -> None:
    # Russian is not an EU/EEA language: the closest EU language or None, never "ru".
    assert detect_language("Проект укрепляет сотрудничество между регионами России.") in {
        None,
        "bg",
    }


def test_block_languages_follow_the_blocks() -> None:
    notice = notice_from_text(
        "Le projet renforce la coopération entre les régions.\n\n"
        "AT\n"
        "Das Projekt stärkt die Zusammenarbeit der Regionen.",
        "memo",
    )
    assert block_languages(notice) == ("fr", None, "de")


def test_letter_table_covers_every_language() -> None:
    assert set(LETTERS) == set(EU_LANGUAGES)
    assert all(letters == letters.lower() for letters in LETTERS.values())


def test_a_catalan_notice_is_read_as_catalan() -> None:
    import datetime as dt

    from coopkg.extraction import extract_record
    from coopkg.records import Notice

    text = (
        "El projecte Boscverd, presentat al Programa POCTEFA el 4 de març de 2017, forma part "
        "de l’eix prioritari 2 del programa.\n\n"
        "Es tracta d’un projecte cofinançat pel Fons Europeu de Desenvolupament Regional. "
        "L’objectiu és millorar la gestió dels boscos de muntanya a banda i banda de la "
        "frontera.\n"
    )
    record = extract_record(Notice(source="ca.txt", text=text), today=dt.date(2026, 1, 1))
    # With no language the project word "projecte" was not read and the name was lost.
    assert (record.language, record.acronym) == ("ca", "Boscverd")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Data d'inici: 1 de gener de 2017\nData de finalització: 31 de desembre de 2019",
            "2017-01-01",
            "2019-12-31",
        ),
        (
            "Durada del projecte: del 15 d'abril de 2019 al 14 d'octubre de 2021",
            "2019-04-15",
            "2021-10-14",
        ),
        ("Data d’inici: 01/03/2017\nData de finalització: 28/02/2020", "2017-03-01", "2020-02-28"),
    ],
)
def test_catalan_project_dates(text: str, start: str, end: str) -> None:
    from coopkg.extraction.dates import find_project_dates

    found = find_project_dates(text, ("ca",))
    assert tuple(h.value.isoformat() if h else None for h in found) == (start, end)
