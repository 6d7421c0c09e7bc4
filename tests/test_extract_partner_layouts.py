"""Partner lists in the layouts real pages use, in many languages: a label with its first
entry on the same line, side headings, headings in any wording, "A: B" lines, role codes in
label brackets, table cells, and the partner counts written around them.

Every text here is written for the test, in the styles of real pages.
"""

from __future__ import annotations

import pytest

from coopkg.extraction import candidates as cm
from coopkg.extraction import partners as pm
from coopkg.extraction.layout import layout
from coopkg.extraction.quantities import find_partner_count


def _lines(text: str) -> list[cm.Candidate]:
    return [c for c in cm.candidates(layout(text), []) if c.kind == "line"]


# ------------------------------------------------------------------ a label opens the list

OPENED = {
    "en": (
        "Partners: Northvale County Council\nEastmoor Regional Agency\n"
        "Harbourside Technical University\n",
        [
            "Northvale County Council",
            "Eastmoor Regional Agency",
            "Harbourside Technical University",
        ],
    ),
    "fr": (
        "Partenaires : Communauté de communes du Val Doré\nAgence régionale Sud-Alpes\n",
        ["Communauté de communes du Val Doré", "Agence régionale Sud-Alpes"],
    ),
    "es": (
        "Socios: Diputación Provincial de Valdeloma\nAyuntamiento de Río Claro\n",
        ["Diputación Provincial de Valdeloma", "Ayuntamiento de Río Claro"],
    ),
}


@pytest.mark.parametrize("lang", sorted(OPENED))
def test_a_label_with_its_first_entry_opens_the_list_below(lang: str) -> None:
    text, names = OPENED[lang]
    got = _lines(text)
    assert [c.name for c in got] == names
    # The first entry sits on the label's line; the others are under it.
    assert [c.features["label_line"] for c in got] == [1.0] + [0.0] * (len(names) - 1)
    assert [c.features["after_heading"] for c in got] == [0.0] + [1.0] * (len(names) - 1)


# ------------------------------------------------------------------ side headings


def test_side_headings_give_the_country_of_the_entries_below_them_it() -> None:
    text = (
        "PARTNER BENEFICIARI\nPer la Grecia\nRegione di Kalamos (capofila)\nComune di Thyra\n"
        "Per l’Italia\nProvincia di Montefosco\n"
    )
    got = _lines(text)
    assert [(c.name, c.country, c.role) for c in got] == [
        ("Regione di Kalamos", "GR", "lead"),
        ("Comune di Thyra", "GR", "partner"),
        ("Provincia di Montefosco", "IT", "partner"),
    ]
    assert all(c.features["side_heading"] == 1.0 for c in got)
    assert all(c.features["after_heading"] == 1.0 for c in got)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Per la Grecia", "GR"),
        ("Per l’Italia", "IT"),
        ("Aus Österreich:", "AT"),
        ("Slovenija", "SI"),
        ("d'Autriche", "AT"),
        ("Landkreis Oberhain (DE)", None),
        ("Comune di Italia", None),
        ("Regione Grecia", None),
    ],
)
def test_side_country(text: str, code: str | None) -> None:
    assert cm._side_country(text) == code


# ------------------------------------------------------------------ headings in any wording


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("PARTNER BENEFICIARI", "partner"),  # it
        ("Norsk prosjekteier", "partner"),  # no
        ("Partneři zapojení do projektu:", "partner"),  # cs
        ("Project verantwoordelijke", "lead"),  # nl
        ("Vadošais partneris", "lead"),  # lv
        ("Partnerzy projektu wspólnie realizują działania w regionie.", None),  # pl sentence
        ("Gmina Zielona Dolina", None),
    ],
)
def test_short_partner_headings_in_any_wording(text: str, role: str | None) -> None:
    assert cm._heading_role(text) == role


def test_a_heading_in_another_wording_opens_a_list_no() -> None:
    got = _lines("Norsk prosjekteier\n\nFjordby vitensenter\n\nProsjektperiode\n")
    assert [c.name for c in got][:1] == ["Fjordby vitensenter"]
    assert got[0].features["after_heading"] == 1.0


# ------------------------------------------------------------------ both sides of "A: B"


def test_a_task_line_gives_the_organisation_after_the_colon_da() -> None:
    text = (
        "Hver partner præsenterede sit ansvarsområde:\n"
        "• Projektledelse: Nordby Erhvervsakademi\n• Kommunikation: Region Vestjylland\n"
    )
    got = [c for c in _lines(text) if c.features["colon_tail"] == 1.0]
    assert [c.name for c in got] == ["Nordby Erhvervsakademi", "Region Vestjylland"]
    # The whole line is no candidate: a task and a name are not one name.
    assert not any("Kommunikation" in c.name and "Region" in c.name for c in _lines(text))


def test_a_budget_line_gives_the_organisation_before_the_colon_el() -> None:
    text = "Ο προϋπολογισμός κατανέμεται ως εξής:\n• Δήμος Αλφαπόλεως: 512.300,00€\n"
    got = [c for c in _lines(text) if c.features["colon_head"] == 1.0]
    assert [(c.name, c.features["tail_number"]) for c in got] == [("Δήμος Αλφαπόλεως", 1.0)]


# ------------------------------------------------------------------ labels with codes, cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Projekt Partner (PP1): Alföldi Vidékfejlesztési Alapítvány", "partner"),  # hu
        ("Főpályázó (LP): Körösvidéki Egyesület", "lead"),  # hu
        ("Lead Partner (LP): Northvale County Council", "lead"),  # en
        ("Lead Promoter | Universidad de Valdeloma", "lead"),  # en table row
        ("Partners | Agencia Norte (ES), Instituto Sul (PT)", "partner"),
        ("Partners (7)", "partner"),
        ("Projekt Partner (Budapest): Alföldi Alapítvány", None),
    ],
)
def test_role_codes_in_label_brackets_and_table_cells(text: str, expected: str | None) -> None:
    assert pm._label_split(text)[0] == expected


def test_a_table_row_of_partners_is_read_cell_by_cell_pt() -> None:
    got = _lines("Partners | Agência Norte (ES), Instituto Sul (PT) e Câmara de Vilar (PT)\n")
    assert [(c.name, c.country) for c in got] == [
        ("Agência Norte", "ES"),
        ("Instituto Sul", "PT"),
        ("Câmara de Vilar", "PT"),
    ]


# ------------------------------------------------------------------ features


def test_addresses_titles_and_associated_partners_are_flagged() -> None:
    assert pm._address_line("36-040 Wólka Dolna") == "Wólka Dolna"  # pl postcode
    assert cm._base_features("Lipowa 33", ())["house_number"] == 1.0
    assert cm._base_features("Gmina Lipowa", ())["house_number"] == 0.0
    assert cm._base_features("VIAGGIO TRA LE MINORANZE", ())["caps_words"] == 1.0
    assert cm._base_features("ERDF", ())["caps_words"] == 0.0
    text = (
        "Il progetto coinvolge come partner la Provincia di Montefosco. "
        "Tra i partner associati figura anche il Ministero degli Affari Regionali."
    )
    prose = {c.name: c for c in cm.prose_candidates(text, ())}
    assert prose["Ministero degli Affari Regionali"].features["associated_near"] == 1.0
    assert prose["Provincia di Montefosco"].features["associated_near"] == 0.0


def test_places_named_as_partners_share_their_run() -> None:
    text = "Das Projekt ist eine Zusammenarbeit der Städte Dresden, Leipzig und Chemnitz."
    got = {c.name: c.features for c in cm.candidates(layout(text), []) if c.kind == "prose"}
    assert got["Leipzig"]["place"] == got["Chemnitz"]["place"] == 1.0
    # Two of the sentence's three candidates are places.
    assert got["Leipzig"]["group_place"] == pytest.approx(2 / 3)


# ------------------------------------------------------------------ partner counts


@pytest.mark.parametrize(
    ("text", "langs", "expected"),
    [
        ("Партньорите по проекта са общо 5.", ("bg",), 5),
        ("Die Projektpartner sind insgesamt 9 und kommen aus vier Ländern.", ("de",), 9),
        ("Na projektu pracuje 9 polských a českých partnerů.", ("cs",), 9),
        ("Partnerów jest łącznie 4.", ("pl",), 4),
        ("Os parceiros do projeto são, no total, 6.", ("pt",), None),
        ("Οι εταίροι είναι συνολικά 4.", ("el",), 4),
        ("Co-financed by partners\n61 538,40 €", ("en",), None),
        ("Partners: 85 % of the eligible costs", ("en",), None),
        ("7 Austrian and Hungarian partners", ("en",), 7),
    ],
)
def test_counts_written_around_the_partner_noun(
    text: str, langs: tuple[str, ...], expected: int | None
) -> None:
    hit = find_partner_count(text, langs)
    assert (hit.value if hit else None) == expected


def test_a_derived_count_leaves_out_entries_the_decision_dropped() -> None:
    from coopkg.records import Partner

    def hit(name: str) -> pm.PartnerHit:
        return pm.PartnerHit(Partner(name=name, role="partner"), 0, 1, "partners:list:partner")

    listed = [hit("Gmina Lipowa"), hit("Lipowa 33"), hit("Obec Horná Lúka")]
    kept = [listed[0], listed[2]]
    assert [h.partner.name for h in pm.countable(listed, kept)] == [
        "Gmina Lipowa",
        "Obec Horná Lúka",
    ]


# ------------------------------------------------------------------ prose spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # cs: the municipality's common noun opens its name
        ("Dalšími partnery projektu jsou obec Horní Luka a statutární město Lipov.", "město Lipov"),
        (
            "Dalšími partnery projektu jsou obec Horní Luka a statutární město Lipov.",
            "obec Horní Luka",
        ),
        # fi: a verb in front does not
        ("Hankkeeseen osallistuvat Lapin liitto ja Oulun yliopisto.", "Lapin liitto"),
    ],
)
def test_a_common_noun_before_a_name_opens_it_only_when_it_helps(text: str, name: str) -> None:
    assert name in {c.name for c in cm.prose_candidates(text, ())}


@pytest.mark.parametrize(
    ("text", "name", "locative"),
    [
        ("The partners met together with guests in Szombathely (Hungary).", "Szombathely", 1.0),
        ("Les partenaires se sont réunis à Montclair avec la Ville de Brion.", "Montclair", 1.0),
        ("Partnerzy spotkali się w Krakowie z Gminą Lipowa.", "Krakowie", 1.0),
        ("Partnerzy spotkali się w Krakowie z Gminą Lipowa.", "Gminą Lipowa", 0.0),
    ],
)
def test_a_place_after_a_preposition_of_place_is_flagged(
    text: str, name: str, locative: float
) -> None:
    got = {c.name: c.features for c in cm.prose_candidates(text, ())}
    assert got[name]["locative"] == locative


# ------------------------------------------------------------------ whole lists, derived counts


def _record(text: str):
    import datetime as dt

    from coopkg.extraction import extract_record
    from coopkg.records import Notice

    return extract_record(Notice(source="layouts.txt", text=text), today=dt.date(2026, 1, 1))


def test_a_list_read_whole_under_a_heading_in_other_words_gives_a_derived_count_cs() -> None:
    text = (
        "Zdravé pobřeží\n\nProjekt spojuje města na pobřeží a jejich školy.\n\n"
        "Partneři zapojení do projektu:\n\n• Město Severní Přístav\n• Nadace Pobřeží\n"
        "• Obec Horní Luka\n\nRozpočet projektu\n\n500 000 €\n"
    )
    record = _record(text)
    assert [p.name for p in record.partners] == [
        "Město Severní Přístav",
        "Nadace Pobřeží",
        "Obec Horní Luka",
    ]
    assert record.partner_count == 3
    assert "partner_count" in record.derived


def test_side_headings_do_not_break_a_whole_list_it() -> None:
    text = (
        "Sentiero dei laghi\n\nIl progetto unisce i comuni dei laghi.\n\n"
        "PARTNER BENEFICIARI\nPer la Grecia\nRegione di Kalamos (capofila)\nComune di Thyra\n"
        "Per l’Italia\nProvincia di Montefosco\n\nDurata del progetto: 01.03.2018 – 28.02.2021\n"
    )
    record = _record(text)
    assert [(p.name, p.country, p.role) for p in record.partners] == [
        ("Regione di Kalamos", "GR", "lead"),
        ("Comune di Thyra", "GR", "partner"),
        ("Provincia di Montefosco", "IT", "partner"),
    ]
    assert record.partner_count == 3
    assert "partner_count" in record.derived


def test_a_written_count_wins_over_the_list_bg() -> None:
    text = (
        "Партньорите по проекта са общо 5.\n\nПартньори:\n• Община Северен бряг\n"
        "• Университет Морско дело\n"
    )
    record = _record(text)
    assert record.partner_count == 5
    assert "partner_count" not in record.derived


@pytest.mark.parametrize(
    ("text", "shared", "alone"),
    [
        (  # el: three regions with one head noun
            "Στο έργο συμμετέχουν η Περιφέρεια Άλφα, η Περιφέρεια Βήτα και το Πανεπιστήμιο Γάμμα.",
            ["Περιφέρεια Άλφα", "Περιφέρεια Βήτα"],
            "Πανεπιστήμιο Γάμμα",
        ),
        (  # pl
            "Partnerami projektu są Gmina Lipowa, Gmina Dębowa oraz Stowarzyszenie Brzoza.",
            ["Gmina Lipowa", "Gmina Dębowa"],
            "Stowarzyszenie Brzoza",
        ),
    ],
)
def test_parallel_names_with_one_head_word(text: str, shared: list[str], alone: str) -> None:
    got = {c.name: c.features for c in cm.candidates(layout(text), []) if c.kind == "prose"}
    assert [got[n]["shared_head"] for n in shared] == [1.0, 1.0]
    assert got[alone]["shared_head"] == 0.0


def test_acronyms_after_names_and_quoted_titles_are_flagged() -> None:
    text = (
        "Projektpartner sind die Nordische Universität (NU) und die Hochschule Südstadt "
        "sowie das Vorhaben „Grüne Brücken“."
    )
    got = {c.name: c.features for c in cm.prose_candidates(text, ())}
    assert got["Nordische Universität"]["acronym_after"] == 1.0
    assert got["Hochschule Südstadt"]["acronym_after"] == 0.0
    assert got["Grüne Brücken"]["quoted"] == 1.0
    assert got["Hochschule Südstadt"]["quoted"] == 0.0
    assert [cm._acronym_after(x) for x in [" (ΚΑΠΕ) από", " (Ελλάδα)", "(2019)"]] == [
        True,
        False,
        False,
    ]


def test_a_listed_line_the_decision_doubts_among_sure_names_is_dropped() -> None:
    # Written for the test: an activity line inside a partner list is read by the list
    # reader; the decision doubts it (below reliability.LIST_FLOOR) while it is sure of the
    # names around it, so the line is not stated as a partner.
    text = (
        "Partners:\nUniversity of Tartu (EE)\nStadt Görlitz (DE)\nRiver cleaning days\n"
        "Gmina Zgorzelec (PL)\n"
    )
    conf = {p.name: p.confidence for p in _record(text).partners}
    assert "River cleaning days" not in conf
    assert min(conf["University of Tartu"], conf["Stadt Görlitz"], conf["Gmina Zgorzelec"]) > 0.95
