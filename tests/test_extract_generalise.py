"""Generalisation tests for the extractor: new short texts, written for these tests, that
exercise each general fix (layouts, label tables, language rules) beyond the dev set.

Every text here is invented in the style of real pages; none is taken from a fixture.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.money import find_amounts, find_cofinancing_rate
from coopkg.records import Notice

TODAY = dt.date(2024, 6, 1)


def _record(text: str):
    return extract_record(Notice(source="generalise.txt", text=text), today=TODAY)


# ------------------------------------------------------------------ money: programme scope


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The programme's 95 million EUR envelope will fund cross-border projects.", "en"),
        ("Le programme dispose d'une dotation de 52 millions d'euros de FEDER.", "fr"),
        ("Die Mittelausstattung beträgt 120 Millionen Euro aus dem EFRE.", "de"),
        ("Finora sono stati approvati 14 progetti per 21 milioni di euro.", "it"),
        ("In totaal zijn 12 projecten goed voor 30 miljoen euro aan EFRO-middelen.", "nl"),
    ],
)
def test_programme_scope_money_is_not_project_money(text: str, language: str) -> None:
    kinds = [h.kind for h in find_amounts(text, [language])]
    assert kinds == ["programme_budget"]


def test_programme_scope_money_never_reaches_the_record() -> None:
    text = (
        "Cooperation programme\n\n"
        "La dotation du programme s'élève à 64 millions d'euros de FEDER pour les projets "
        "transfrontaliers, cofinancés jusqu'à 65 % au maximum.\n"
    )
    r = _record(text)
    assert (r.eu_funding_eur, r.total_budget_eur, r.cofinancing_rate) == (None, None, None)


# ------------------------------------------------------------------ money: prose and payers


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        (
            "Das Vorhaben wird mit 840.000 Euro aus dem EFRE unterstützt.",
            "de",
            "eu_funding",
            840000.0,
        ),
        (
            "Il costo è di 1,2 milioni di euro, di cui 900.000 euro dal FESR.",
            "it",
            "eu_funding",
            900000.0,
        ),
        (
            "Het project kost 2 miljoen euro, waarvan 1,2 miljoen euro uit het EFRO.",
            "nl",
            "eu_funding",
            1200000.0,
        ),
        ("Von den Kosten trägt die EU 650.000 Euro.", "de", "eu_funding", 650000.0),
    ],
)
def test_payer_next_to_amount_makes_eu_funding(
    text: str, language: str, kind: str, value: float
) -> None:
    hits = find_amounts(text, [language])
    assert (hits[-1].kind, hits[-1].value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le projet, d'un budget total d'environ 2 millions d'euros, démarre.", "fr"),
        ("Het project heeft een totale begroting van ruim 3 miljoen euro.", "nl"),
        ("El proyecto recibe una ayuda FEDER de casi 700.000 euros.", "es"),
        ("Die Gesamtkosten liegen bei rund 1,8 Millionen Euro.", "de"),
        ("The total budget is about EUR 2.4 million.", "en"),
    ],
)
def test_approximate_amount_is_kept_below_fact_confidence(text: str, language: str) -> None:
    (hit,) = find_amounts(text, [language])
    assert hit.confidence < 0.5 and hit.rule.endswith(":approximate")
    r = _record(text)
    assert (r.eu_funding_eur, r.total_budget_eur) == (None, None)


def test_exact_amount_wins_over_an_earlier_approximate_one() -> None:
    text = "Het project kost ruim 1 miljoen euro. De EFRO-bijdrage bedraagt 540.000 euro.\n"
    assert _record(text).eu_funding_eur == 540000.0


# ------------------------------------------------------------------ rates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Contribution UE : 420 000 € (80 %)", "fr", 0.8),
        ("Wkład UE: 310 500,00 € (85%)", "pl", 0.85),
        (
            "Dofinansowanie ze środków Europejskiego Funduszu Rozwoju Regionalnego wynosi 80%.",
            "pl",
            0.8,
        ),
        ("El proyecto está financiado al 75% por el FEDER.", "es", 0.75),
    ],
)
def test_rate_in_prose_and_brackets(text: str, language: str, expected: float) -> None:
    hit = find_cofinancing_rate(text, [language])
    assert hit is not None and hit.value == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les projets peuvent être cofinancés jusqu'à 60 % au maximum.", "fr"),
        ("Projekte werden mit bis zu 80 % kofinanziert.", "de"),
        ("I progetti sono cofinanziati fino a 85 % dal FESR.", "it"),
    ],
)
def test_rate_ceiling_is_not_a_project_rate(text: str, language: str) -> None:
    assert find_cofinancing_rate(text, [language]) is None


# ------------------------------------------------------------------ dates: inflected months


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        (
            "Data początkowa: 1 marca 2019\nData końcowa: 31 grudnia 2021\n",
            "pl",
            "2019-03-01",
            "2021-12-31",
        ),
        (
            "Datum začetka: 1. marca 2018\nDatum zaključka: 30. septembra 2020\n",
            "sl",
            "2018-03-01",
            "2020-09-30",
        ),
        (
            "Datum zahájení: 1. října 2017\nDatum ukončení: 31. prosince 2019\n",
            "cs",
            "2017-10-01",
            "2019-12-31",
        ),
        (
            "Datum početka: 1. ožujka 2017.\nDatum završetka: 31. prosinca 2019.\n",
            "hr",
            "2017-03-01",
            "2019-12-31",
        ),
    ],
)
def test_inflected_month_names_with_labels(text: str, language: str, start: str, end: str) -> None:
    from coopkg.extraction.dates import find_project_dates

    s, e = find_project_dates(text, [language])
    assert s is not None and e is not None
    assert (s.value.isoformat(), e.value.isoformat()) == (start, end)


# ------------------------------------------------------------------ programmes and periods


def test_programme_name_never_includes_the_period() -> None:
    from coopkg.extraction.programme import find_programme

    text = "Il progetto è finanziato dal programma Interreg Central Europe 2014-2020 con il FESR."
    found = find_programme(text, None, ("it",))
    assert found is not None
    assert (found.name.value, found.period.value, found.period_derived) == (
        "Interreg Central Europe",
        "2014-2020",
        False,
    )


def test_keep_bullet_without_interreg_word_is_a_programme_line() -> None:
    from coopkg.extraction.programme import find_programme

    text = "Programme\n  • 2000 - 2006 Deutschland - Tschechien\n\nThemes\n  • Tourism\n"
    found = find_programme(text, None, ("en",))
    assert found is not None
    assert (found.name.value, found.period.value) == ("Deutschland - Tschechien", "2000-2006")


def test_site_header_naming_only_a_programme_counts_when_the_body_names_none() -> None:
    from coopkg.extraction.programme import find_programme

    raw = "INTERREG Alpenrhein-Bodensee-Hochrhein 2014-2020\nProjekte  Kontakt\n\nProjekt X\n"
    clean = " " * raw.index("\n") + raw[raw.index("\n") :]
    found = find_programme(clean, raw, ("de",))
    assert found is not None
    assert found.name.value == "INTERREG Alpenrhein-Bodensee-Hochrhein"
    assert found.period.value == "2014-2020"


def test_programming_period_label_is_stated_as_written() -> None:
    from coopkg.extraction.programme import find_stated_period

    hit = find_stated_period("Période de programmation : 2014-2021\n", ("fr",))
    assert hit is not None and hit.value == "2014-2021"
    assert find_stated_period("Project period: 2016-2019\n", ("en",)) is None


# ------------------------------------------------------------------ regions


def _region_names(text: str) -> list[str]:
    from coopkg.extraction.places import find_regions

    return [name for _, name in find_regions(text)]


def test_event_venue_is_not_a_project_region() -> None:
    text = (
        "Los socios se reunieron en Budapest en un taller de formación.\n"
        "El proyecto une Navarra y la Nouvelle-Aquitaine.\n"
    )
    names = _region_names(text)
    assert "Budapest" not in names
    assert "Navarra" in names


def test_region_named_only_inside_the_programme_name_is_left_out() -> None:
    text = "Il progetto è finanziato dal programma Interreg Alpine Space.\n"
    assert _region_names(text) == []


def test_co_funder_line_is_not_a_project_region() -> None:
    text = "Das Projekt verbindet Vorarlberg und das Allgäu.\nKofinanzierer: Land Tirol\n"
    names = _region_names(text)
    assert "Tirol" not in names
    assert "Vorarlberg" in names


# ------------------------------------------------------------------ partners, titles, countries
# (partners.py, titles.py, layout.py, prose.py)


def _partner_rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.role) for p in _record(text).partners]


def test_partner_headings_with_counts_lead_heading_dotted_forms_and_news_lines() -> None:
    text = (
        "Consortium\n"
        "Partners (3)\n"
        "Lead partner\n"
        "Bodensee Wasserforschung e.V. | Konstanz | Germany\n"
        "Project partners\n"
        "Acque del Lario S.p.A. | Como | Italy\n"
        "Vodárny Morava a.s. | Brno | Czechia\n"
        "Associated partners (1)\n"
        "Lake Region Water Forum | Bregenz | Austria\n"
        "Latest news\n"
        "14/03/2022 Kick-off meeting in Konstanz\n"
    )
    rows = _partner_rows(text)
    assert rows == [
        ("Bodensee Wasserforschung e.V.", "DE", "lead"),
        ("Acque del Lario S.p.A.", "IT", "partner"),
        ("Vodárny Morava a.s.", "CZ", "partner"),
        ("Lake Region Water Forum", "AT", "associated"),
    ]
    assert _record(text).partner_count == 3


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Koordinator (Lead Partner): Stadtwerke Passau GmbH (DE)", "Stadtwerke Passau GmbH"),
        (
            "Bénéficiaire chef de file : Syndicat mixte du Haut-Doubs (FR)",
            "Syndicat mixte du Haut-Doubs",
        ),
        ("Beneficiario principale: Comune di Sondrio (IT)", "Comune di Sondrio"),
        ("Socio beneficiario principal: Fundación Ebro Vivo (ES)", "Fundación Ebro Vivo"),
        ("Partner wiodący: Gmina Zgorzelec (PL)", "Gmina Zgorzelec"),
        (
            "Lead beneficiary: Kraków Technology Park Sp. z o.o. (PL)",
            "Kraków Technology Park Sp. z o.o.",
        ),
    ],
)
def test_lead_labels_with_prefix_or_bracket(line: str, name: str) -> None:
    rows = _partner_rows(f"Projektseite\n\n{line}\nLaufzeit: 2019-2022\n")
    assert rows[0][0] == name and rows[0][2] == "lead"


def test_comma_separated_partner_line_splits_and_footer_registry_number_is_no_vat() -> None:
    text = (
        "Socios: Cooperativa Olivarera del Bajo Aragón (ES), Quinta do Vale Verde Lda. (PT), "
        "Domaine des Trois Rivières (FR)\n\n"
        "Cooperativa Olivarera del Bajo Aragón – Calle Mayor 12, 44600 Alcañiz – "
        "Registro Mercantil 1234567 8\n"
    )
    rows = _partner_rows(text)
    assert [r[0] for r in rows] == [
        "Cooperativa Olivarera del Bajo Aragón",
        "Quinta do Vale Verde Lda.",
        "Domaine des Trois Rivières",
    ]
    assert all(p.vat is None for p in _record(text).partners)


def test_managing_authority_in_footer_is_not_a_partner() -> None:
    text = (
        "Lead partner: Green Harbour Lab (DK)\n\n"
        "Region Syddanmark – Managing Authority of the Interreg Deutschland-Danmark "
        "Programme – VAT DK 29190909\n"
    )
    assert [r[0] for r in _partner_rows(text)] == ["Green Harbour Lab"]


def test_site_brand_menu_and_project_number_are_not_title() -> None:
    text = (
        "Stadtportal Waldviertel\n"
        "Startseite Aktuelles Projekte Kontakt DE | EN\n\n"
        "Projekte > Bildung > ATCZ112\n\n"
        "ATCZ112 – Grenzenlose Bildung im Waldviertel (EduWald)\n\n"
        "Schulen aus dem Waldviertel und aus Südböhmen entwickeln gemeinsam Lernmaterialien, "
        "tauschen Lehrkräfte aus und organisieren zweisprachige Sommerlager für Kinder aus "
        "beiden Ländern. Das Vorhaben läuft drei Jahre und wird von acht Schulen getragen.\n"
    )
    r = _record(text)
    assert (r.title, r.acronym) == ("Grenzenlose Bildung im Waldviertel", "EduWald")


def test_acronym_line_over_title_line_and_code_before_acronym() -> None:
    text = (
        "Interreg Central Europe\n"
        "Home Projects News Contact EN | DE\n\n"
        "CE1234 – GREENROOF\n"
        "Green roofs for dense central European cities\n\n"
        "Cities of Central Europe lose green space every year. The partners test green roofs "
        "on public buildings, measure their effect on heat and runoff and write a common "
        "guide for planners in six cities, with training for municipal staff.\n"
    )
    r = _record(text)
    assert (r.title, r.acronym) == ("Green roofs for dense central European cities", "GREENROOF")


@pytest.mark.parametrize(
    ("text", "title", "acronym"),
    [
        (
            "La Ville a présenté le projet européen Sentiers du Rhin Supérieur (SRS), "
            "cofinancé par l'Union européenne, qui relie les chemins de randonnée.",
            "Sentiers du Rhin Supérieur",
            "SRS",
        ),
        (
            "Die Gemeinde stellte das grenzüberschreitende Projekt „Gemeinsam über die Neiße“ "
            "vor, das im Herbst beginnt.",
            "Gemeinsam über die Neiße",
            None,
        ),
        (
            "De provincie keurt het WADLINK-project goed voor de kustgemeenten.",
            None,
            "WADLINK",
        ),
    ],
)
def test_titles_and_acronyms_in_prose(text: str, title: str | None, acronym: str | None) -> None:
    r = _record(text)
    assert (r.title, r.acronym) == (title, acronym)


def test_organisation_abbreviation_is_not_a_project_acronym() -> None:
    r = _record("Die Stadtverwaltung von Passau (SVP) hat am Montag neue Radwege vorgestellt.")
    assert r.acronym is None and r.title is None


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Le projet renforce la coopération franco-belge entre les parcs naturels.", ("FR", "BE")),
        ("Ein deutsch-tschechisches Netzwerk von Museen entsteht an der Grenze.", ("DE", "CZ")),
        ("The project builds a Dutch-German network of care homes.", ("NL", "DE")),
        (
            "Il partenariato riunisce 6 partner di 3 paesi: Austria, Slovenia e Croazia.",
            ("AT", "SI", "HR"),
        ),
        ("Participan socios de Italia, Grecia y Chipre en la red.", ("IT", "GR", "CY")),
    ],
)
def test_countries_stated_in_prose(text: str, countries: tuple[str, ...]) -> None:
    assert _record(text).countries == countries


@pytest.mark.parametrize(
    "text",
    [
        "Il programma di cooperazione italo-svizzero finanzia progetti nell'area di confine.",
        "Interreg España-Francia-Andorra apoya la zona fronteriza.",
        "Die Region Franche-Comté und Hauts-de-France arbeiten zusammen.",
    ],
)
def test_programme_area_and_place_names_give_no_countries(text: str) -> None:
    assert _record(text).countries == ()


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Le chef de file est la Communauté de communes du Val d'Amour; six partenaires "
            "suivent.",
            "Communauté de communes du Val d'Amour",
            "lead",
            None,
        ),
        (
            "Miasto Görlitz (Niemcy) jako Partner Wiodący realizuje projekt razem z gminą.",
            "Miasto Görlitz",
            "lead",
            "DE",
        ),
        (
            "Die Technische Universität Liberec, die das Projekt leitet, lädt Schulen ein.",
            "Technische Universität Liberec",
            "lead",
            None,
        ),
        (
            "En esta iniciativa el Ayuntamiento de Huesca es el socio líder del consorcio.",
            "Ayuntamiento de Huesca",
            "lead",
            None,
        ),
    ],
)
def test_partners_with_a_role_cue_in_prose(
    text: str, name: str, role: str, country: str | None
) -> None:
    assert _partner_rows(text) == [(name, country, role)]


def test_person_or_host_without_role_cue_is_not_a_partner() -> None:
    text = (
        "Maria Rossi, director of the Museo Civico di Trento, opened the meeting hosted by "
        "the Chamber of Commerce of Bolzano."
    )
    assert _partner_rows(text) == []
