"""Places named in passing: a building's premises, a one-day event, an exhibition, an
ordinal date inside the event's sentence, a university named by a compound, and one town
written under two of its names (extraction/places.py, extraction/localities.py and
records/gazetteer_data/venues.toml).

Texts written for these tests in the manner of news and project pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction.localities import find_localities
from coopkg.extraction.places import find_regions, is_incidental


def _incidental(text: str, place: str) -> bool:
    start = text.index(place)
    return is_incidental(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The plan was signed at the headquarters of the County Council of Kerry.", "Kerry"),
        ("Il progetto è stato presentato presso la sede della Provincia di Asti.", "Asti"),
        ("Le projet a été présenté au siège du Département de la Drôme.", "Drôme"),
        ("Die Partner trafen sich in den Räumlichkeiten des Landratsamts Passau.", "Passau"),
        ("El acuerdo se firmó en la sede de la Diputación de Huesca.", "Huesca"),
        ("O acordo foi assinado na sede da Câmara Municipal de Braga.", "Braga"),
        ("Umowę podpisano w siedzibie Starostwa Powiatowego w Nowym Targu.", "Nowym Targu"),
        ("Smlouva byla podepsána v sídle Krajského úřadu v Ostravě.", "Ostravě"),
        ("Acordul a fost semnat la sediul Consiliului Județean Satu Mare.", "Satu Mare"),
        ("Avtalet undertecknades i lokaler hos kommunen i Kalmar.", "Kalmar"),
    ],
)
def test_a_place_a_few_words_after_a_premises_word_is_incidental(text: str, place: str) -> None:
    assert _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("L'associazione, con sede a Gorizia, è il capofila del progetto.", "Gorizia"),  # it
        ("Der Verein mit Sitz in Villach leitet das Projekt.", "Villach"),  # de
        ("L'association, dont le siège à Menton accueille le secrétariat.", "Menton"),  # fr
        ("La asociación, con sede en Tarbes, coordina el proyecto.", "Tarbes"),  # es
    ],
)
def test_where_a_partner_is_based_is_not_premises(text: str, place: str) -> None:
    # "con sede a X" says where the body is based: its territory, which the gold counts.
    assert not _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("This morning in Kilkenny the partners reviewed the first results.", "Kilkenny"),  # en
        ("Questa mattina, a Lecce, si è riunito il gruppo di lavoro del progetto.", "Lecce"),
        ("Gestern in Passau stellten die Partner die Ergebnisse vor.", "Passau"),  # de
        ("Ayer en Huesca los socios revisaron el calendario.", "Huesca"),  # es
        ("Ontem em Braga os parceiros discutiram o plano.", "Braga"),  # pt
        ("Wczoraj w Rzeszowie partnerzy omówili harmonogram.", "Rzeszowie"),  # pl
        ("Včera v Ostravě partneři projednali harmonogram.", "Ostravě"),  # cs
        ("Jučer su u Osijeku partneri razgovarali o planu.", "Osijeku"),  # hr
        ("Eine Ausstellung über Fossilien wurde in Hermagor eröffnet.", "Hermagor"),  # de
        ("An exhibition on the old mills opened in Tralee.", "Tralee"),  # en
        ("Výstava o historii železnice byla otevřena v Bohumíně.", "Bohumíně"),  # cs
    ],
)
def test_a_one_day_event_or_an_exhibition_makes_a_venue(text: str, place: str) -> None:
    assert _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("U Osijeku je 19. veljače održana svečanost potpisivanja sporazuma.", "Osijeku"),  # hr
        ("V Celju je bilo 5. marca srečanje partnerjev.", "Celju"),  # sl
        ("V Ostravě se 14. února konalo setkání partnerů.", "Ostravě"),  # cs
        ("In Passau fand am 3. Mai das Treffen der Partner statt.", "Passau"),  # de
    ],
)
def test_an_ordinal_day_does_not_end_the_events_sentence(text: str, place: str) -> None:
    assert _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Partner ist die Ruprecht-Karls-Universität zu Heidelberg.", "Heidelberg"),  # de
        ("Partner er Syddansk-Universitet i Odense.", "Odense"),  # da
        ("Partnerem je Technicko-ekonomická akademie v Ostravě.", "Ostravě"),  # cs
    ],
)
def test_an_institution_word_ending_a_compound_makes_a_seat(text: str, place: str) -> None:
    from coopkg.extraction.places import _is_seat

    # The seat test itself; a place after "v"/"de"/"of" ending the name is then taken as
    # the institution's territory (tests/test_extract_institution_places.py).
    assert _is_seat(text, text.index(place), of_place=False)


def test_a_town_written_under_two_of_its_names_is_one_place() -> None:
    text = "Partnerji: Mestna občina Beljak (Stadt Villach) in Univerza v Celju."
    found = [h.value for h in find_localities(text, ["AT", "SI"], ["sl"])]
    assert found.count("Beljak") == 1
    assert "Villach" not in found


def test_two_towns_without_a_population_both_stay() -> None:
    # The table gives no population for either: nothing says they are one place.
    text = "Os municípios de Vila Flor e Vimioso aderiram ao projeto."
    assert [h.value for h in find_localities(text, ["PT"], ["pt"])] == ["Vila Flor", "Vimioso"]


def test_a_teaser_of_another_article_is_a_dateline() -> None:
    text = "Leggi anche\nPescara – Il presidente della Giunta ha annunciato …\n"
    assert _incidental(text, "Pescara")


def test_a_region_named_only_at_premises_is_left_out() -> None:
    text = (
        "Il progetto coinvolge la Liguria e il Piemonte. È stato presentato presso la sede "
        "della Giunta regionale di Torino."
    )
    names = [name for _, name in find_regions(text, ["it"])]
    assert "Liguria" in names
    assert "Torino" not in names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Il progetto coinvolge la Provincia di Asti e la Liguria.", "it", "Provincia di Asti"),
        ("El proyecto une la Provincia de Huesca y Aragón.", "es", "Provincia de Huesca"),
        ("El projecte implica la Província de Girona i Catalunya.", "ca", "Província de Girona"),
        ("Le projet associe la Province de Liège et la Wallonie.", "fr", "Province de Liège"),
        # No link word: the name as the gazetteer has it.
        ("Das Projekt verbindet den Landkreis Passau mit Oberösterreich.", "de", "Passau"),
        ("Het project verbindt de provincie Utrecht met Gelderland.", "nl", "Utrecht"),
        # A region that no town shares its name with keeps its short name.
        ("Projektet omfattar Region Skåne och Själland.", "sv", "Skåne"),
        ("The partners come from the Region of Crete and Cyprus.", "en", "Crete"),
    ],
)
def test_a_province_named_like_its_town_keeps_its_noun(
    text: str, language: str, expected: str
) -> None:
    assert expected in [name for _, name in find_regions(text, [language])]


@pytest.mark.parametrize(
    "text",
    [
        "A projekt partnere a Bihar Megyei Tanács, Románia.",
        "A projekt területe: Bihar megye és Békés megye.",
    ],
)
def test_a_county_word_makes_a_common_word_a_territory(text: str) -> None:
    # "Bihar" is also a frequent Hungarian word; "megye" after it says it is the county.
    names = [name for _, name in find_regions(text, ["hu"])]
    assert any(name.startswith("Bihar") for name in names)


def test_a_common_word_without_a_county_word_stays_a_word() -> None:
    text = "Семинарът ще се проведе в Зала 2 на общината."
    assert [name for _, name in find_regions(text, ["bg"])] == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Partner è il GAL Venezia orientale.", "Venezia", "Venezia orientale"),  # it
        ("El proyecto abarca Asturias oriental y Cantabria.", "Asturias", "Asturias oriental"),
        ("O projeto abrange o Algarve oriental e a Andaluzia.", "Algarve", "Algarve oriental"),
        ("Le projet couvre la Provence orientale et la Ligurie.", "Provence", "Provence orientale"),
        ("El projecte cobreix la Catalunya meridional.", "Catalunya", "Catalunya meridional"),
        # A capitalised word after the name is no adjective; other languages put it first.
        ("l'Università del Piemonte Orientale", "Piemonte", "Piemonte"),
        ("Das Projekt umfasst Tirol östlich von Innsbruck.", "Tirol", "Tirol"),  # de
        ("The project covers Cornwall and Devon.", "Cornwall", "Cornwall"),  # en
    ],
)
def test_a_compass_adjective_after_the_name_is_kept(text: str, name: str, expected: str) -> None:
    from coopkg.extraction.places import with_territory_noun

    end = text.index(name) + len(name)
    assert with_territory_noun(text, end, name) == expected


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Partner: Vas County Government Office (Hungary).", "en", "HU222"),
        ("A projektet Vas megye és Zala megye közösen valósítja meg.", "hu", "HU222"),
        ("Le projet associe le département du Var et la Ligurie.", "fr", "FRL05"),
        ("Das Projekt verbindet das Departement Ain mit dem Kanton Genf.", "de", "FRK21"),
        ("Proiectul este implementat în județul Olt și în Bulgaria.", "ro", "RO414"),
        ("Project partners: the Lot département and Aragón.", "en", "FRJ25"),
    ],
)
def test_a_short_region_name_next_to_a_county_word_is_found(
    text: str, language: str, code: str
) -> None:
    from coopkg.extraction.places import short_named_regions

    assert code in [h.kind for h in short_named_regions(text, [language])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vas a plaisanté avec les partenaires.", "fr"),  # a verb, no county word
        ("Der Lot der Waren wurde geliefert.", "de"),
        ("The Var team met the county officials.", "en"),  # "county" not right after
        # "dipartimento", "departamento", "departament" also name a university's
        # department: no county word.
        ("Il progetto coinvolge il dipartimento del Var e la Liguria.", "it"),
        ("El proyecto une el departamento del Lot y Aragón.", "es"),
        ("Projekt łączy departament Ain i kanton Genewa.", "pl"),
    ],
)
def test_a_short_word_without_a_county_word_is_no_region(text: str, language: str) -> None:
    from coopkg.extraction.places import short_named_regions

    assert short_named_regions(text, [language]) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Výstavba cyklostezky v Opavě začne v létě.", "Opavě"),  # cs: construction
        ("Výstavba cyklotrasy vo Svite sa začne v lete.", "Svite"),  # sk: construction
        ("La exposición al riesgo de inundación en Huesca es alta.", "Huesca"),  # es: exposure
        ("L'esposizione al rischio idrogeologico a Asti è alta.", "Asti"),  # it: exposure
        ("Η έκθεση για την ανάπτυξη στην Καβάλα δημοσιεύτηκε.", "Καβάλα"),  # el: a report
        ("Réduire l'exposition aux crues à Menton est le but.", "Menton"),  # fr: exposure
    ],
)
def test_a_word_that_only_looks_like_an_exhibition_makes_no_venue(text: str, place: str) -> None:
    assert not _incidental(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le attività si svolgono presso le scuole di Udine e Gorizia.", "Udine"),  # it
        ("Nová hřiště vzniknou na sídlišti v Karviné.", "Karviné"),  # cs: a housing estate
    ],
)
def test_where_activities_take_place_is_no_premises(text: str, place: str) -> None:
    assert not _incidental(text, place)
