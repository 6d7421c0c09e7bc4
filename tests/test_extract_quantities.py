"""Tests for coopkg.extraction.quantities: partner counts and result indicators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopkg.extraction.quantities import find_indicators, find_partner_count
from coopkg.records import Indicator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Project on KEEP Platform\n\n12 Partners Participants", (), 12),
        ("Projet Website\n\n6 Participants partenaires", ("fr",), 6),
        ("Number of partners: 7", ("en",), 7),
        ("Nombre de partenaires : 7", ("fr",), 7),
        ("Anzahl der Partner: 7", ("de",), 7),
        ("Das Konsortium besteht aus 7 Projektpartnern aus 5 Ländern.", ("de",), 7),
        ("7 Projektpartner aus 5 Ländern", ("de",), 7),
        ("Numero di partner: 8", ("it",), 8),
        ("Número de socios: 5", ("es",), 5),
        ("Liczba partnerów: 6", ("pl",), 6),
        ("Aantal partners: 4", ("nl",), 4),
        ("Número de parceiros: 3", ("pt",), 3),
        ("The consortium gathers 9 partners from 6 countries.", ("en",), 9),
        ("nine partners from six countries", ("en",), 9),
        ("The 3 partner regions and 3 countries cooperate.", ("en",), None),
        ("Partners: Region Syddanmark (DK), Tillväxtverket (SE)", ("en",), None),
    ],
)
def test_partner_count(text: str, languages: tuple[str, ...], expected: int | None) -> None:
    hit = find_partner_count(text, languages)
    assert (hit.value if hit else None) == expected


def test_label_beats_noun_and_conflict_lowers_confidence() -> None:
    text = "12 partners joined. Number of partners: 11"
    hit = find_partner_count(text, ("en",))
    assert hit is not None
    assert (hit.value, hit.rule, hit.quote(text)) == (11, "count:label", "Number of partners: 11")
    assert hit.confidence < 0.8


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("The town council leads the work with four other partners.", ("en",), 5),
        ("The agency coordinates 3 further partners from Latvia.", ("en",), 4),
        ("La comarca dirigirá el proyecto con otros tres socios de Francia.", ("es",), 4),
        ("La ville pilote le projet avec cinq autres partenaires.", ("fr",), 6),
        ("Der Landkreis arbeitet mit zwei weiteren Partnern zusammen.", ("de",), 3),
        ("Il Comune è capofila insieme ad altri quattro partner.", ("it",), 5),
        ("A câmara lidera o projeto com outros dois parceiros.", ("pt",), 3),
        ("Gmina realizuje projekt z dwoma innymi partnerami.", ("pl",), 3),
        ("A megyei önkormányzat további 3 partnerrel dolgozik.", ("hu",), 4),
        ("Kaupunki toteuttaa hankkeen 4 muuta kumppania kanssa.", ("fi",), 5),
        ("Ο Δήμος συνεργάζεται με άλλους τρεις εταίρους.", ("el",), 4),
        ("Общината работи с 3 други партньори от Румъния.", ("bg",), 4),
        ("Kommunen driver projektet sammen med 2 andre partnere.", ("da",), 3),
    ],
)
def test_other_partners_count_the_one_named_too(
    text: str, languages: tuple[str, ...], expected: int
) -> None:
    hit = find_partner_count(text, languages)
    assert hit is not None
    assert hit.value == expected


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Partners\n2  Harbour Authority of Klaipėda (LT)\n3  City of Turku (FI)", ("en",)),
        ("Partenaires\n2  Communauté de communes du Val (FR)", ("fr",)),
        ("Projektpartner:\n2 Stadtwerke Rostock GmbH (DE)", ("de",)),
        ("Partner\n2  Provincia di Cuneo (IT)", ("it",)),
        ("Socios\n2  Ayuntamiento de Tui (ES)", ("es",)),
        ("Partnerzy\n2  Gmina Cieszyn (PL)", ("pl",)),
        ("Parceiros\n2  Município de Chaves (PT)", ("pt",)),
        ("Partners\n2  Gemeente Venlo (NL)", ("nl",)),
    ],
)
def test_a_list_number_under_a_partner_heading_is_no_count(
    text: str, languages: tuple[str, ...]
) -> None:
    assert find_partner_count(text, languages) is None


def test_a_count_on_the_line_after_its_label_still_counts() -> None:
    hit = find_partner_count("Number of partners:\n7\nDuration: 36 months", ("en",))
    assert hit is not None
    assert hit.value == 7


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("The project gathers 12 organisations from 7 countries.", ("en",), 12),
        ("Das Projekt vereint neun Einrichtungen aus vier Ländern.", ("de",), 9),
        ("Il progetto riunisce 8 enti di 3 paesi.", ("it",), 8),
        ("El proyecto reúne a 10 entidades de 4 países.", ("es",), 10),
        ("Le projet rassemble 6 organismes de 3 pays.", ("fr",), 6),
        ("Projekt łączy 7 instytucji z 3 krajów.", ("pl",), 7),
        ("Hankkeessa on 9 organisaatiota 5 maasta.", ("fi",), 9),
        ("Проектът обединява 6 организации от 3 държави.", ("bg",), 6),
        ("Το έργο συγκεντρώνει 7 φορείς από 4 χώρες.", ("el",), 7),
        # Organisations without the countries they come from are no partnership's size.
        ("The fair welcomed 40 organisations.", ("en",), None),
    ],
)
def test_organisations_counted_with_their_countries(
    text: str, languages: tuple[str, ...], expected: int | None
) -> None:
    hit = find_partner_count(text, languages)
    assert (hit.value if hit else None) == expected


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("The work is done by a consortium of nine.", ("en",), 9),
        ("a consortium of nine from six countries", ("en",), 9),
        ("Getragen wird es von einem Konsortium aus sieben, geleitet von der Stadt.", ("de",), 7),
        ("un partenariat de 6, dont deux universités", ("fr",), 6),
        ("un consorzio di cinque, guidato dal Comune", ("it",), 5),
        ("un consorcio de ocho de 3 países", ("es",), 8),
        ("O projeto é de um consórcio de 4.", ("pt",), 4),
        ("het consortium van 5 uit 3 landen", ("nl",), 5),
        ("konsorcjum z 6 z 3 krajów", ("pl",), 6),
        # A number that is not the members' count: an amount, a year, another noun.
        ("a partnership of 2 million euro", ("en",), None),
        ("the Partnership of 2021", ("en",), None),
    ],
)
def test_a_partnership_noun_counts_its_members(
    text: str, languages: tuple[str, ...], expected: int | None
) -> None:
    hit = find_partner_count(text, languages)
    assert (hit.value if hit else None) == expected


def _indicators(text: str, language: str | None) -> list[tuple[float, str, str | None]]:
    return [
        (h.value.value, h.value.label, h.value.qualifier) for h in find_indicators(text, language)
    ]


def test_german_results_sentence() -> None:
    text = (
        "Die wichtigsten Projektergebnisse sind: 51 interregionale Lernveranstaltungen,7 "
        "Aktionspläne für 6 EFRE- und 1 regionalpolitische Instrumente, mindestens 14 bewährte "
        "Verfahren analysiert und geteilt 95 Personen mit erhöhter beruflicher Kapazität"
    )
    assert _indicators(text, "de") == [
        (51.0, "interregionale Lernveranstaltungen", None),
        (7.0, "Aktionspläne", None),
        (14.0, "bewährte Verfahren analysiert und geteilt", "at least"),
        (95.0, "Personen mit erhöhter beruflicher Kapazität", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Main results: at least 20 pilot actions, more than 300 stakeholders trained "
            "and 5 regional action plans.",
            "en",
            [
                (20.0, "pilot actions", "at least"),
                (300.0, "stakeholders trained", "more than"),
                (5.0, "regional action plans", None),
            ],
        ),
        (
            "Résultats : au moins 12 bonnes pratiques identifiées, 4 plans d'action adoptés.",
            "fr",
            [
                (12.0, "bonnes pratiques identifiées", "at least"),
                (4.0, "plans d'action adoptés", None),
            ],
        ),
        (
            "Risultati: almeno 10 buone pratiche, 250 imprese coinvolte.",
            "it",
            [(10.0, "buone pratiche", "at least"), (250.0, "imprese coinvolte", None)],
        ),
        (
            "Resultados: al menos 15 empresas apoyadas; más de 200 participantes en 8 talleres.",
            "es",
            [(15.0, "empresas apoyadas", "at least"), (200.0, "participantes", "more than")],
        ),
        (
            "Resultaten: 1.200 bezoekers, ongeveer 40 ondernemers begeleid.",
            "nl",
            [(1200.0, "bezoekers", None), (40.0, "ondernemers begeleid", "about")],
        ),
        (
            "Resultados: pelo menos 6 estratégias conjuntas.",
            "pt",
            [(6.0, "estratégias conjuntas", "at least")],
        ),
        (
            "Rezultaty: co najmniej 25 przedsiębiorstw objętych wsparciem.",
            "pl",
            [(25.0, "przedsiębiorstw objętych wsparciem", "at least")],
        ),
    ],
)
def test_indicators_in_many_languages(
    text: str, language: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _indicators(text, language) == expected


def test_indicator_value_language_and_offsets() -> None:
    text = "Outputs:\n• 3 joint strategies\n• 12 pilot actions"
    hits = find_indicators(text, "en")
    assert [h.value for h in hits] == [
        Indicator("joint strategies", 3.0, None, "en"),
        Indicator("pilot actions", 12.0, None, "en"),
    ]
    assert [h.quote(text) for h in hits] == ["3 joint strategies", "12 pilot actions"]


def test_not_indicators() -> None:
    text = (
        "Results: the project started in 2019 and lasted 36 months with 12 partners from "
        "5 countries; 85 % of SMEs, EUR 2 million, on 12 March 2020. Contact: Via Roma 12, "
        "33100 Udine, tel. 0432 629911.\n"
        "• 55.6%   709 596,05\n• 2000 - 2006 Interreg IIIC East"
    )
    assert _indicators(text, "en") == []


def test_figures_outside_result_contexts_are_ignored() -> None:
    text = "The region has 120 municipalities and 3 universities."
    assert _indicators(text, "en") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=150))
def test_quantity_functions_never_raise(text: str) -> None:
    find_partner_count(text)
    find_indicators(text)
    find_indicators("Results: " + text, "de")


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared gold records")
def test_seed_indicator_values_match_gold() -> None:
    gold = json.loads((SHARED / "gold" / "tracs3_de.json").read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / "tracs3_de.txt").read_text(encoding="utf-8")
    found = [(h.value.value, h.value.qualifier) for h in find_indicators(text, "de")]
    assert found == [(i["value"], i.get("qualifier")) for i in gold["indicators"]]
