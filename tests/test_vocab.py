"""The controlled vocabularies (programmes, periods, themes, roles, statuses) and their lookups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from coopkg.errors import InputError
from coopkg.records import vocab
from coopkg.records.resources import ontology_path, read_ontology_text

COOP_NS = "https://w3id.org/coopkg/ontology#"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _ids(text: str) -> list[str]:
    return [concept.id for _, _, concept in vocab.match_programme(text)]


# --------------------------------------------------------------------------- resources


def test_ontology_path_finds_files_and_rejects_bad_names() -> None:
    assert ontology_path("roles.ttl").name == "roles.ttl"
    assert "skos:ConceptScheme" in read_ontology_text("themes.ttl")
    with pytest.raises(InputError):
        ontology_path("missing.ttl")
    with pytest.raises(InputError):
        ontology_path("../pyproject.toml")


def test_vocabulary_files_use_only_terms_the_ontology_declares() -> None:
    ontology = Graph().parse(data=read_ontology_text("coopkg.ttl"), format="turtle")
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(COOP_NS)}
    for name in ("programmes.ttl", "themes.ttl", "roles.ttl", "shapes.ttl", "alignments.ttl"):
        graph = Graph().parse(data=read_ontology_text(name), format="turtle")
        used = {
            str(term)
            for triple in graph
            for term in triple
            if isinstance(term, URIRef) and str(term).startswith(COOP_NS)
        }
        assert used - declared == set(), name
    # Terms inside the SPARQL constraint text count too.
    sparql_terms = set(re.findall(r"coop:(\w+)", read_ontology_text("shapes.ttl")))
    assert {COOP_NS + t for t in sparql_terms} - declared == set()


# --------------------------------------------------------------------------- periods, programmes


def test_periods_are_the_six_programming_periods() -> None:
    found = [(p.id, p.start_year, p.end_year, p.generation) for p in vocab.periods()]
    assert found == [
        ("1990-1993", 1990, 1993, "Interreg I"),
        ("1994-1999", 1994, 1999, "Interreg II"),
        ("2000-2006", 2000, 2006, "Interreg III"),
        ("2007-2013", 2007, 2013, "Interreg IV"),
        ("2014-2020", 2014, 2020, "Interreg V"),
        ("2021-2027", 2021, 2027, "Interreg VI"),
    ]


def test_programme_concept_fields() -> None:
    east = vocab.programme_by_id("interreg-iiic-east")
    assert east is not None
    assert (east.label, east.period, east.strand, east.generation, east.broader) == (
        "Interreg IIIC East",
        "2000-2006",
        "C",
        "Interreg III",
        "interreg-iiic",
    )
    assert "2000 - 2006 Interreg IIIC East" in east.aliases
    assert east.iri == "https://w3id.org/coopkg/programme/interreg-iiic-east"
    alpine = vocab.programme_by_id("alpine-space-2014-2020")
    assert alpine is not None
    assert (alpine.notation, alpine.area, alpine.broader) == (
        "2014TC16RFTN001",
        "Alpine Space",
        "alpine-space",
    )
    assert set(alpine.broaders) == {"alpine-space", "interreg-vb"}
    assert alpine.funds == ("ERDF",)
    assert vocab.programme_by_id("no-such-programme") is None


def test_name_family_has_one_programme_per_period() -> None:
    family = vocab.programme_by_id("alpine-space")
    assert family is not None and family.is_family and family.period is None
    assert family.narrower == (
        "alpine-space-2000-2006",
        "alpine-space-2007-2013",
        "alpine-space-2014-2020",
        "alpine-space-2021-2027",
    )
    for narrower in family.narrower:
        concept = vocab.programme_by_id(narrower)
        assert concept is not None and concept.broader == "alpine-space"


def test_every_broader_and_narrower_id_exists() -> None:
    ids = {c.id for c in vocab.programmes()}
    for concept in vocab.programmes():
        assert set(concept.broaders) <= ids, concept.id
        assert set(concept.narrower) <= ids, concept.id
        assert concept.period is None or vocab.period_by_id(concept.period) is not None


def test_aliases_in_several_languages_link_to_the_family() -> None:
    assert _ids("Projekt im Programm Interreg Alpenraum") == ["alpine-space"]
    assert _ids("financé par Interreg Espace Atlantique") == ["atlantic-area"]
    assert _ids("finanziato dal programma Spazio Alpino") == ["alpine-space"]
    assert _ids("cofinanciado por Interreg Espacio Atlántico") == ["atlantic-area"]
    assert _ids("Interreg Europe centrale") == ["central-europe"]
    assert _ids("Programm Mitteleuropa") == ["central-europe"]


def test_keep_eu_period_prefix_picks_the_programme_of_that_period() -> None:
    text = "  • 56%   1 103 559,81\n  • 2000 - 2006 Atlantic Area\n"
    [(start, end, concept)] = vocab.match_programme(text)
    assert (text[start:end], concept.id) == ("2000 - 2006 Atlantic Area", "atlantic-area-2000-2006")
    assert _ids("2014 - 2020 INTERREG VB Danube") == ["danube-2014-2020"]
    assert _ids("2007 - 2013 Alpine Space") == ["alpine-space-2007-2013"]
    assert _ids("• 2000 - 2006 Interreg IIIC East") == ["interreg-iiic-east"]


def test_generation_designator_and_trailing_period_pick_the_period() -> None:
    assert _ids("Interreg IVB North West Europe") == ["north-west-europe-2007-2013"]
    assert _ids("Interreg V-B Mitteleuropa") == ["central-europe-2014-2020"]
    assert _ids("Interreg VI-B Alpine Space") == ["alpine-space-2021-2027"]
    assert _ids("Alpine Space (2007-2013)") == ["alpine-space-2007-2013"]
    assert _ids("INTERREG VA Deutschland-Nederland") == ["deutschland-nederland-2014-2020"]


def test_ambiguous_family_name_without_period_stays_the_family() -> None:
    assert _ids("approved and funded by the INTERREG Central Europe program") == ["central-europe"]
    assert _ids("Interreg Europe") == ["interreg-europe"]
    assert vocab.programme_by_id("interreg-europe").narrower == (  # type: ignore[union-attr]
        "interreg-europe-2014-2020",
        "interreg-europe-2021-2027",
    )


def test_bare_area_names_are_geography_without_a_cue() -> None:
    assert _ids("regions of the Atlantic Area and of Central Europe") == []
    assert _ids("the Alpenraum is mountainous") == []
    assert _ids("tools that interact with users") == []
    assert _ids("the Central Europe programme") == ["central-europe"]


def test_matches_are_longest_first_non_overlapping_and_in_text_order() -> None:
    text = "Funding program: INTERREG IVC; later Interreg Europe and URBACT III."
    found = [(text[s:e], c.id) for s, e, c in vocab.match_programme(text)]
    assert found == [
        ("INTERREG IVC", "interreg-ivc"),
        ("Interreg Europe", "interreg-europe"),
        ("URBACT III", "urbact-iii"),
    ]
    # "Interreg IIIC East" wins over the strand family "Interreg IIIC".
    assert _ids("Interreg IIIC East") == ["interreg-iiic-east"]
    assert _ids("Interreg IIIC") == ["interreg-iiic"]


def test_match_is_case_and_accent_insensitive_on_word_boundaries() -> None:
    assert _ids("INTERREG ESPACIO ATLANTICO") == ["atlantic-area"]
    assert _ids("interreg oresund-kattegat-skagerrak") == ["oresund-kattegat-skagerrak"]
    assert _ids("Interreg IVCX") == []
    assert _ids("XINTERREG IVC") == []


def test_names_do_not_run_across_lines() -> None:
    assert _ids("Interreg\nCentral Europe") == []


def test_seed_programmes() -> None:
    found = {
        path.name: _ids(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))
    }
    assert found["innotrax_en.txt"] == ["interreg-iiic-east"]
    assert found["techlink_fr.txt"] == ["atlantic-area-2000-2006"]
    assert found["clusterix_en.txt"] == ["interreg-ivc"]
    assert found["clustrat_en.txt"] == ["central-europe"]
    assert found["tracs3_de.txt"] == []


# --------------------------------------------------------------------------- themes


def test_themes_are_the_42_keep_eu_themes_in_five_languages() -> None:
    themes = vocab.themes()
    assert len(themes) == 42
    for theme in themes:
        assert set(theme.labels) == {"en", "fr", "de", "it", "es"}, theme.id
        for lang in ("en", "fr", "de", "it", "es"):
            assert 8 <= len(theme.keywords[lang]) <= 20, (theme.id, lang)
    transfer = vocab.theme_by_id("knowledge-and-technology-transfer")
    assert transfer is not None
    assert transfer.label == "Knowledge and technology transfer"
    assert transfer.iri == "https://w3id.org/coopkg/theme/knowledge-and-technology-transfer"
    assert "Technologietransfer" in transfer.keywords["de"]
    assert "transfert de technologie" in transfer.keywords["fr"]
    assert "trasferimento tecnologico" in transfer.keywords["it"]
    assert "transferencia de tecnología" in transfer.keywords["es"]


# --------------------------------------------------------------------------- roles, statuses


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Lead partner", "lead"),
        ("chef de file", "lead"),
        ("Lead-Partner", "lead"),
        ("Federführender Partner", "lead"),
        ("capofila", "lead"),
        ("socio principal", "lead"),
        ("beneficiario principal", "lead"),
        ("partner wiodący", "lead"),
        ("PARTNER WIODACY", "lead"),
        ("Project partner", "partner"),
        ("Projektpartner", "partner"),
        ("partenaire associé", "associated"),
        ("Assoziierter Partner", "associated"),
        ("socio asociado", "associated"),
        ("partner stowarzyszony", "associated"),
        ("Advisory partner", "advisory"),
        ("observateur", "observer"),
        ("banana", None),
    ],
)
def test_role_code_in_six_languages(label: str, code: str | None) -> None:
    assert vocab.role_code(label) == code


def test_roles_and_statuses_follow_the_record_codes() -> None:
    from coopkg.records import ROLES, STATUSES

    assert tuple(r.code for r in vocab.roles()) == ROLES
    assert tuple(s.code for s in vocab.statuses()) == STATUSES
    lead = vocab.roles()[0]
    assert lead.labels["fr"][0] == "Chef de file"  # the preferred label comes first
    assert vocab.status_code("PROJET  TERMINÉ") == "finished"
    assert vocab.status_code("laufend") == "ongoing"
    assert vocab.status_code("in corso") == "ongoing"
    assert vocab.status_code("planned") == "planned"
