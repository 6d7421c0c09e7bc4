"""Partner candidates: generators, feature families and the learned decision.

Every text here is written for the test, in the styles of real pages, in ten languages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopkg.extraction import candidates as cm
from coopkg.extraction.layout import layout


def _cands(text: str, kind: str, *own: str) -> list[cm.Candidate]:
    return [c for c in cm.candidates(layout(text), [], *own) if c.kind == kind]


# ------------------------------------------------------------------ line generator

LISTS = {
    "de": (
        "Projektpartner:\n- Landkreis Oberhain (DE)\n- Gemeinde Unterau (AT)\n"
        "- Verein Grenzland e.V.\nErgebnisse\nDie Broschüre ist erschienen und wurde verteilt.",
        ["Landkreis Oberhain", "Gemeinde Unterau", "Verein Grenzland e.V."],
        [True, True, False],
    ),
    "fr": (
        "Partenaires\n1. Ville de Montclair, Montclair, France\n"
        "2. Comune di Castelverde (Italie)\n",
        ["Ville de Montclair", "Comune di Castelverde"],
        [True, True],
    ),
    "pl": (
        "Partnerzy projektu:\n• Gmina Zielona Dolina (PL)\n• Obec Horná Lúka (SK)\n",
        ["Gmina Zielona Dolina", "Obec Horná Lúka"],
        [True, True],
    ),
    "it": (
        "Partner di progetto:\nUniversità di Monteleone | Italia | Capofila\n"
        "Regione Valverde | Italia | Partner\n",
        ["Università di Monteleone", "Regione Valverde"],
        [True, True],
    ),
}


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_lists_under_a_partner_heading_are_read_to_their_end(lang: str) -> None:
    text, names, tagged = LISTS[lang]
    got = _cands(text, "line")
    assert [c.name for c in got] == names
    assert all(c.features["after_heading"] == 1.0 for c in got)
    assert [c.features["country_tag"] == 1.0 for c in got] == tagged
    assert all(c.features["run"] == len(names) / 6.0 for c in got)


def test_a_heading_line_itself_is_no_candidate() -> None:
    got = _cands("Partners\nNorthbridge County Council\nSouthport University\n", "line")
    assert [c.name for c in got] == ["Northbridge County Council", "Southport University"]


def test_sentences_are_not_line_candidates() -> None:
    text = "The partners met in Valverde to discuss the next steps of the pilot actions.\n"
    assert _cands(text, "line") == []


# ------------------------------------------------------------------ prose generator

PROSE = {
    "es": (
        "En el proyecto participan el Ayuntamiento de Villanueva del Campo, "
        "la Universidad de Salamanca y la Diputación de Zamora.",
        {
            "Ayuntamiento de Villanueva del Campo",
            "Universidad de Salamanca",
            "Diputación de Zamora",
        },
    ),
    "pl": (
        "Partnerami projektu są Gmina Zielona Dolina oraz Miasto Kamionka.",
        {"Gmina Zielona Dolina", "Miasto Kamionka"},
    ),
    "hu": (
        "A projektben részt vesz a Kisvárosi Polgármesteri Hivatal és a Nagymezői Egyetem.",
        {"Kisvárosi Polgármesteri Hivatal", "Nagymezői Egyetem"},
    ),
    "el": (
        "Στο έργο συμμετέχουν ο Δήμος Καλαμπάκας και το Πανεπιστήμιο Ιωαννίνων.",
        {"Δήμος Καλαμπάκας", "Πανεπιστήμιο Ιωαννίνων"},
    ),
    "fi": (
        "Hankkeeseen osallistuvat Lapin liitto ja Oulun yliopisto.",
        {"Lapin liitto", "Oulun yliopisto"},
    ),
    "it": (
        "Il capofila è il Comune di Castelverde, insieme alla Provincia di Monteleone.",
        {"Comune di Castelverde", "Provincia di Monteleone"},
    ),
}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_enumerations_in_partner_sentences_give_name_spans(lang: str) -> None:
    text, names = PROSE[lang]
    got = {c.name for c in _cands(text, "prose")}
    assert names <= got


def test_sentences_without_partner_words_give_no_prose_candidates() -> None:
    text = "Die Gemeinde Unterau hat gestern den neuen Radweg eröffnet. Das Wetter war schön."
    assert _cands(text, "prose") == []


def test_lead_words_near_a_prose_candidate() -> None:
    text = "Il capofila è il Comune di Castelverde, insieme alla Provincia di Monteleone."
    got = {c.name: c for c in _cands(text, "prose")}
    assert got["Comune di Castelverde"].features["lead_word"] == 1.0
    assert got["Comune di Castelverde"].role == "lead"


# ------------------------------------------------------------------ feature families

OTHER_ROLES = [
    "European Regional Development Fund",  # en
    "Europäischer Fonds für regionale Entwicklung (EFRE)",  # de
    "Autorité de gestion du programme",  # fr
    "Autorità di Gestione",  # it
    "Programa Interreg España-Portugal",  # es
    "Instytucja Zarządzająca",  # pl
    "Irányító Hatóság",  # hu
    "Διαχειριστική Αρχή",  # el
    "Управляващ орган",  # bg
    "Joint Secretariat",  # en
]


@pytest.mark.parametrize("name", OTHER_ROLES)
def test_funds_programmes_and_authorities_are_flagged(name: str) -> None:
    assert cm._base_features(name, ())["other_role"] == 1.0


@pytest.mark.parametrize(
    "name", ["Gmina Zielona Dolina", "Δήμος Καλαμπάκας", "Universidad de Salamanca"]
)
def test_organisations_are_not_flagged_as_other_roles(name: str) -> None:
    assert cm._base_features(name, ())["other_role"] == 0.0


@pytest.mark.parametrize("text", ["Details", "Partners", "Partenaires", "Read more", "Kontakt"])
def test_furniture_is_flagged(text: str) -> None:
    assert cm._base_features(text, ())["furniture"] == 1.0


def test_people_places_and_own_names_are_flagged() -> None:
    assert cm._base_features("Dr. Anna Kovač", ())["person"] == 1.0
    assert cm._base_features("Haute-Savoie", ())["place"] == 1.0
    own = (cm._key("GREENBRIDGE"),)
    assert cm._base_features("GREENBRIDGE", own)["own"] == 1.0


# ------------------------------------------------------------------ decision


def test_decision_keeps_one_candidate_per_name_above_the_threshold() -> None:
    a = cm.Candidate("Comune di Castelverde", 0, 21, "line", {"x": 1.0})
    b = cm.Candidate("Comune di Castelverde", 40, 61, "prose", {"x": 1.0})
    c = cm.Candidate("Read more", 70, 79, "line", {"x": -1.0})
    cm.use_weights({"bias": 0.0, "x": 3.0})
    try:
        kept = cm.decide([a, b, c])
    finally:
        cm.use_weights(None)
    assert [k.name for k, _ in kept] == ["Comune di Castelverde"]
    assert kept[0][0].start == 0


def test_probability_is_a_logistic_of_the_weighted_features() -> None:
    assert cm.probability({"x": 1.0}, {"bias": -1.0, "x": 1.0}) == 0.5
    assert cm.probability({}, {}) == 0.0
    assert cm.probability({"kind_rule": 1.0}, {}) == 1.0


# ------------------------------------------------------------------ robustness


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_candidates_never_raise_on_arbitrary_text(text: str) -> None:
    for c in cm.candidates(layout(text), [], "T", None):
        assert 0.0 <= cm.probability(c.features) <= 1.0
        assert c.name.strip()


# ------------------------------------------------------------------ rule hits in their lines

RULE_LISTS = {
    "de": "Projektpartner:\n- Landkreis Oberhain (DE)\n- Gemeinde Unterau (AT)\n"
    "- Stadt Kleinfeld (DE)\n",
    "fr": "Partenaires du projet :\n• Ville de Montclair (FR)\n• Comune di Castelverde (IT)\n",
    "pl": "Partnerzy projektu:\n• Gmina Zielona Dolina (PL)\n• Obec Horná Lúka (SK)\n",
    "es": "Socios del proyecto:\n- Ayuntamiento de Villaverde (ES)\n"
    "- Câmara Municipal de Rio Claro (PT)\n",
    "nl": "Projectpartners:\n- Gemeente Zandhoven (NL)\n- Stad Lindeveld (BE)\n",
    "cs": "Partneři projektu:\n• Město Horní Luka (CZ)\n• Gmina Nowa Wola (PL)\n",
    "el": "Εταίροι του έργου:\n• Δήμος Ορεινής (GR)\n• Община Бяло поле (BG)\n",
    "it": "Partner di progetto:\n- Comune di Valfonda (IT)\n- Občina Zelena (SI)\n"
    "- Gemeinde Talhof (AT)\n",
    "fi": "Hankkeen kumppanit:\n- Pohjolan kaupunki (FI)\n- Nordby kommun (SE)\n",
}
RULE_NAMES = {
    "de": [("Landkreis Oberhain", "DE"), ("Gemeinde Unterau", "AT"), ("Stadt Kleinfeld", "DE")],
    "fr": [("Ville de Montclair", "FR"), ("Comune di Castelverde", "IT")],
    "pl": [("Gmina Zielona Dolina", "PL"), ("Obec Horná Lúka", "SK")],
    "es": [("Ayuntamiento de Villaverde", "ES"), ("Câmara Municipal de Rio Claro", "PT")],
    "nl": [("Gemeente Zandhoven", "NL"), ("Stad Lindeveld", "BE")],
    "cs": [("Město Horní Luka", "CZ"), ("Gmina Nowa Wola", "PL")],
    "el": [("Δήμος Ορεινής", "GR"), ("Община Бяло поле", "BG")],
    "it": [("Comune di Valfonda", "IT"), ("Občina Zelena", "SI"), ("Gemeinde Talhof", "AT")],
    "fi": [("Pohjolan kaupunki", "FI"), ("Nordby kommun", "SE")],
}


@pytest.mark.parametrize("lang", sorted(RULE_LISTS))
def test_rule_hits_carry_the_layout_of_their_line(lang: str) -> None:
    from coopkg.extraction import partners as pm

    lay = layout(RULE_LISTS[lang])
    got = [c for c in cm.candidates(lay, pm.listed_partners(lay)) if c.kind == "rule"]
    n = len(RULE_NAMES[lang])
    assert [(c.name, c.country) for c in got] == RULE_NAMES[lang]
    assert [c.features["rule_off_heading"] for c in got] == [0.0] * n
    assert [c.features["rule_run"] for c in got] == [n / 6.0] * n
    assert [c.features["rule_position"] for c in got] == [k / 10.0 for k in range(1, n + 1)]
    assert [c.features["rule_odd_marker"] for c in got] == [0.0] * n
    assert "rule_list" not in got[0].features


@pytest.mark.parametrize("lang", sorted(RULE_LISTS))
def test_whole_partner_lists_give_partners_and_a_derived_count(lang: str) -> None:
    import datetime as dt

    from coopkg.extraction import extract_record
    from coopkg.records import Notice

    r = extract_record(
        Notice(source=f"{lang}.txt", text=RULE_LISTS[lang]), today=dt.date(2026, 1, 1)
    )
    assert [(p.name, p.country) for p in r.partners] == RULE_NAMES[lang]
    assert r.partner_count == len(RULE_NAMES[lang])
    assert r.derived == ("partner_count",)


def test_a_line_written_unlike_its_list_is_flagged() -> None:
    text = (
        "Projectpartners\n- Gemeente Zandhoven (NL)\n- Stad Lindeveld (BE)\n"
        "\nTotale subsidiabele kosten\n"
    )
    lay = layout(text)
    from coopkg.extraction import partners as pm

    got = {
        (c.kind, c.name): (c.features.get("odd_marker"), c.features.get("odd_country"))
        for c in cm.candidates(lay, pm.listed_partners(lay))
        if c.kind == "line"
    }
    assert got == {
        ("line", "Gemeente Zandhoven"): (0.0, 0.0),
        ("line", "Stad Lindeveld"): (0.0, 0.0),
        ("line", "Totale subsidiabele kosten"): (1.0, 1.0),
    }


# ------------------------------------------------------------------ cooperation cues

#: Sentences that name partners with no partner word, only a cue of cooperation
#: (data/partners.toml, cooperation_cues): one a language, the names they must give.
COOPERATION = {
    "en": (
        "The pilot is led by Northbridge County Council in cooperation with Southport University.",
        {"Northbridge County Council", "Southport University"},
    ),
    "de": (
        "Der Verbund vereint seit 2021 die Stadt Oberhain, die Hochschule Unterau und den "
        "Landkreis Mittelfeld.",
        {"Hochschule Unterau", "Landkreis Mittelfeld"},
    ),
    "fr": (
        "L'action réunit la Ville de Montclair et la Communauté de communes du Haut-Val.",
        {"Ville de Montclair", "Communauté de communes du Haut-Val"},
    ),
    "it": (
        "L'iniziativa è guidata da Comune di Castelverde in collaborazione con Provincia di "
        "Monteleone.",
        {"Comune di Castelverde", "Provincia di Monteleone"},
    ),
    "es": (
        "La ruta fue diseñada en colaboración con la Diputación de Villaseca y el Ayuntamiento "
        "de Pinares.",
        {"Diputación de Villaseca", "Ayuntamiento de Pinares"},
    ),
    "pl": (
        "Trasę przygotowano we współpracy z Gminą Zielona Dolina i Miastem Kamionka.",
        {"Gminą Zielona Dolina", "Miastem Kamionka"},
    ),
    "sv": (
        "Arbetet leds av Region Norrvik i samarbete med Sundby kommun.",
        {"Region Norrvik", "Sundby kommun"},
    ),
    "el": (
        "Η δράση σχεδιάστηκε σε συνεργασία με τον Δήμο Καλαμπάκας και το Πανεπιστήμιο Ιωαννίνων.",
        {"Δήμο Καλαμπάκας", "Πανεπιστήμιο Ιωαννίνων"},
    ),
    "ro": (
        "Traseul a fost construit în colaborare cu Primăria Orașului Deltaverde și Consiliul "
        "Județean Deal.",
        {"Primăria Orașului Deltaverde", "Consiliul Județean Deal"},
    ),
}


@pytest.mark.parametrize("lang", sorted(COOPERATION))
def test_cooperation_cues_open_sentences_to_the_prose_generator(lang: str) -> None:
    text, names = COOPERATION[lang]
    got = {c.name: c for c in _cands(text, "prose")}
    assert names <= set(got)
    assert all(got[n].features["cue_sentence"] == 0.0 for n in names)  # no partner word


def test_only_the_sentence_with_a_cooperation_cue_is_read() -> None:
    text = "Le tracé est porté par la Ville de Montclair. La fête a eu lieu au Parc de Valbonne."
    assert [c.name for c in _cands(text, "prose")] == ["Ville de Montclair"]


# ------------------------------------------------------------------ people without a title

PEOPLE = [
    "Maria Kowalska",  # pl
    "Jürgen Schmidt",  # de
    "Jean-Luc Martin",  # fr
    "Giancarla Rossetti",  # it
    "Mikko Virtanen",  # fi
    "Ivan Horvat",  # hr
    "Μαρία Παπαδοπούλου",  # el, read in Latin letters
    "Георги Петров",  # bg, read in Latin letters
    "Jiří Novák",  # cs
    "Ingrid Lindqvist",  # sv
]
NOT_PEOPLE = [
    "Gmina Zielona Dolina",
    "Universität Unterau",
    "Δήμος Καλαμπάκας",
    "Община Бургас",
    "Comune di Castelverde",
    "Oulun yliopisto",
    "Regional Development Agency",
    "Maria",  # one word: a given name alone says too little
    "Hochschule für Technik und Wirtschaft Oberhain",
]


@pytest.mark.parametrize("name", PEOPLE)
def test_a_given_name_first_flags_a_person_without_a_title(name: str) -> None:
    assert cm._base_features(name, ())["given_name"] == 1.0


@pytest.mark.parametrize("name", NOT_PEOPLE)
def test_organisations_are_not_read_as_people(name: str) -> None:
    assert cm._base_features(name, ())["given_name"] == 0.0
