"""Values left empty because their evidence is too weak: a list line the partner decision
doubts, and a partner count derived from a list whose entry holds several organisations.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import reliability as rel
from coopkg.extraction.partners import PartnerHit
from coopkg.records import Partner
from extracting import record_of


@pytest.mark.parametrize(
    "entry",
    [
        "Northvale University of Applied Sciences, Ostmark Energy Agency",  # en
        "Landkreis Nordheide, Hochschule Wesermarsch, Verein Küstenenergie e.V.",  # de
        "Gemeente Westerdijk, Landkreis Emsfeld, Hogeschool Dollard",  # nl
        "Comune di Valdoro, Parco naturale delle Prealpi Orientali",  # it
        "Chambre d'agriculture du Val Morin ; Parc naturel régional des Crêtes",  # fr
        "Ayuntamiento de Villaserra, Fundación Montes del Sur",  # es
        "Gmina Nowe Pole, Stowarzyszenie Doliny Brzegowej",  # pl
        "Agder kystmuseum, Vestre fylkeskommune",  # no
        "Metsäntutkimus Oy, Pohjoisen yliopisto (Ruotsi), Tunturi ry",  # fi
        "Město Horní Lada, Regionální rozvojová agentura Pomoraví",  # cs
    ],
)
def test_an_entry_joining_organisations_by_commas_is_seen(entry: str) -> None:
    assert rel.joins_organisations(entry)


@pytest.mark.parametrize(
    "name",
    [
        "University of Northvale, Faculty of Civil Engineering",  # en: a unit
        "Univerza v Novem Mestu, Fakulteta za gradbeništvo",  # sl: a unit
        "Provinz Ostland, Abteilung Wasser und Umwelt",  # de: a unit
        "Università di Valdoro, Dipartimento di Scienze della Terra",  # it: a unit
        "Politechnika Brzegowa, Wydział Inżynierii Lądowej",  # pl: a unit
        "Povodie Horného Toku, štátny podnik",  # sk: a legal form, lower case
        "Сдружение „Планински път“, България, Смолян",  # bg: a country and a town
        "Hafenhaus, Kiel",  # de: one word, then a town
        "Martrain, CRL",  # pt: a name and its legal form
        "Stichting Kustwacht Noord",  # nl: no comma at all
    ],
)
def test_one_organisation_with_commas_is_not_several(name: str) -> None:
    assert not rel.joins_organisations(name)


def _hit(name: str, rule: str, confidence: float) -> PartnerHit:
    return PartnerHit(Partner(name=name, role="partner", confidence=confidence), 0, 1, rule)


def test_a_list_line_the_decision_doubts_is_dropped() -> None:
    hits = [
        _hit("Agentschap Kustbeheer", "partners:list:partner", 0.95),
        _hit("Gemeente Zeedorp", "partners:list:partner", 0.97),
        _hit("Totale kosten", "partners:list:partner", 0.55),
        # Other readers keep their doubted hits: a labelled value or a prose cue is a
        # statement about partners, not a line that merely follows a heading.
        _hit("Région Sud-Alpine", "partners:prose:cue", 0.55),
        _hit("Zöld Jövő Egyesület", "partners:label:partner", 0.6),
    ]
    kept = [h.partner.name for h in rel.confident_partners(hits)]
    assert kept == [
        "Agentschap Kustbeheer",
        "Gemeente Zeedorp",
        "Région Sud-Alpine",
        "Zöld Jövő Egyesület",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # en
        "GreenDock – harbour energy\n\nLead partner: Port of Ravnholm Authority\n"
        "Partners: Northvale University of Applied Sciences, Ostmark Energy Agency, "
        "Kessling Harbour Museum\n",
        # de
        "Projekt HafenWärme\n\nLeadpartner: Stadtwerke Ostkamp GmbH\n"
        "Projektpartner: Landkreis Nordheide, Hochschule Wesermarsch, Verein Küstenenergie e.V.\n",
        # nl
        "Project ZorgSamen\n\nLeadpartner: Stichting Welzijn Noordkust\n"
        "Partners: Gemeente Westerdijk, Landkreis Emsfeld, Hogeschool Dollard\n",
    ],
)
def test_a_list_with_joined_entries_gives_no_derived_count(text: str) -> None:
    record = record_of(text)
    assert len(record.partners) >= 2
    assert record.partner_count is None


def test_a_list_of_one_organisation_a_line_still_gives_a_derived_count() -> None:
    text = (
        "Projekt HafenWärme\n\nLeadpartner: Stadtwerke Ostkamp GmbH\n"
        "Projektpartner: Hochschule Wesermarsch\n"
    )
    record = record_of(text)
    assert record.partner_count == 2
    assert "partner_count" in record.derived


@pytest.mark.parametrize(
    "name",
    [
        "Renforcement du festival « Vignes ouvertes",  # fr
        "Creazione del percorso « Sentieri del lago",  # it
        "Förderung des Netzwerks „Grüne Grenze",  # de
        "Organizacja festiwalu „Dni Doliny",  # pl
        "Rozvoj cyklostezky „Zelená hranice",  # cs
        "Creación de la ruta « Caminos del agua",  # es
        "Northvale Energy Agency (NEA",  # en
        "Stichting Kustwerk [in oprichting",  # nl
    ],
)
def test_a_name_that_opens_a_quote_it_never_closes_is_a_cut_piece(name: str) -> None:
    assert rel.cut_piece(name)


@pytest.mark.parametrize(
    "name",
    [
        "Stowarzyszenie Rozwoju „Dolina Brzegu”",  # pl
        "Verein „Grüne Grenze“ e.V.",  # de
        "Association « Vignes et Terroirs »",  # fr
        "Northvale Energy Agency (NEA)",  # en
        "Фондация „Планински път“",  # bg
        "Agencia de Desarrollo Local",  # es: no quote at all
    ],
)
def test_a_name_with_its_quotes_closed_is_whole(name: str) -> None:
    assert not rel.cut_piece(name)


def test_a_list_with_a_partner_found_beside_it_is_no_count() -> None:
    listed = [
        _hit("Stadtwerke Ostkamp GmbH", "partners:label:lead", 0.99),
        _hit("Hochschule Wesermarsch", "partners:label:partner", 0.98),
    ]
    beside = _hit("Landkreis Nordheide", "partners:model:prose", 0.9)
    owner = _hit("Verlag Küstenblick", rel.FOOTER_RULE, 0.6)
    assert rel.countable_list(listed, listed)
    # The page owner of a footer is never counted: it does not make the list partial.
    assert rel.countable_list(listed, [*listed, owner])
    assert not rel.countable_list(listed, [*listed, beside])


def test_a_list_the_decision_doubts_as_a_whole_stays() -> None:
    # Names in a language the name model knows little all score low: none is dropped.
    hits = [
        _hit("Ollscoil Chathair na Trá", "partners:list:partner", 0.58),
        _hit("Comhairle Contae an Chnoic", "partners:list:partner", 0.7),
    ]
    assert rel.confident_partners(hits) == hits
