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
    ("text", "language", "field", "value"),
    [
        (
            "Le projet, d'un budget total d'environ 2 millions d'euros, démarre.",
            "fr",
            "total_budget_eur",
            2_000_000.0,
        ),
        (
            "El proyecto recibe una ayuda FEDER de casi 700.000 euros.",
            "es",
            "eu_funding_eur",
            700_000.0,
        ),
        ("Die Gesamtkosten liegen bei rund 1,8 Millionen Euro.", "de", "total_budget_eur", 1.8e6),
        ("The total budget is about EUR 2.4 million.", "en", "total_budget_eur", 2.4e6),
        ("Celotni stroški:\nca. 2,5 mio. evrov\n", "sl", "total_budget_eur", 2.5e6),
    ],
)
def test_hedged_amount_is_recorded_as_written(
    text: str, language: str, field: str, value: float
) -> None:
    # The annotation rules record a rounded or approximate figure as shown.
    (hit,) = find_amounts(text, [language])
    assert hit.confidence >= 0.5 and hit.rule.endswith(":approximate")
    assert getattr(_record(text), field) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het project heeft een totale begroting van ruim 3 miljoen euro.", "nl"),
        ("The total budget is more than EUR 2.4 million.", "en"),
        ("Die EU-Förderung beträgt bis zu 1,5 Millionen Euro.", "de"),
        ("Celkový rozpočet projektu je více než 2 miliony EUR.", "cs"),
    ],
)
def test_bound_is_kept_below_fact_confidence(text: str, language: str) -> None:
    (hit,) = find_amounts(text, [language])
    assert hit.confidence < 0.5 and hit.rule.endswith(":bound")
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
        "Die Region Franche-Comté und Hauts-de-France arbeiten zusammen.",
    ],
)
def test_programme_area_and_place_names_give_no_countries(text: str) -> None:
    assert _record(text).countries == ()


def test_programme_area_gives_only_derived_countries() -> None:
    # A cross-border programme's name gives its countries as derived, never as stated.
    record = _record("Interreg España-Francia-Andorra apoya la zona fronteriza.")
    assert record.countries == ("ES", "FR", "AD")
    assert "countries" in record.derived


def test_programme_area_does_not_complete_stated_countries() -> None:
    # "Bayern-Österreich" names a Land, not Germany: with Austria stated, the programme's
    # other side is not added as a country the text writes.
    record = _record(
        "Das Vorhaben wird im Programm Interreg Bayern-Österreich 2021-2027 gefördert. "
        "Projektpartner ist der Waldverband Mühlviertel (Österreich)."
    )
    assert record.countries == ("AT",)
    assert "countries" not in record.derived


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
            "CZ",  # derived from the place in the name
        ),
        (
            "En esta iniciativa el Ayuntamiento de Huesca es el socio líder del consorcio.",
            "Ayuntamiento de Huesca",
            "lead",
            "ES",  # derived from the place in the name
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


# ------------------------------------------------------------------ partner list layouts


def _partners(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.role) for p in _record(text).partners]


@pytest.mark.parametrize(
    "marker",
    ["– ", "— ", "• ", "* ", "▪ ", "1. ", "2) "],
)
def test_list_markers_are_stripped_from_names(marker: str) -> None:
    text = (
        f"Partenariato\n{marker}Comune di Pordenone (IT)\n{marker}Mestna občina Nova Gorica (SI)\n"
    )
    assert _partners(text) == [
        ("Comune di Pordenone", "IT", "partner"),
        ("Mestna občina Nova Gorica", "SI", "partner"),
    ]


def test_keep_rows_with_country_and_nuts_region_cells() -> None:
    text = (
        "Partners (3)\n"
        "Lead partner: Vlaamse Milieumaatschappij — Belgium — Arr. Gent (BE234)\n"
        "Rijkswaterstaat Zee en Delta — Netherlands — Zeeuwsch-Vlaanderen (NL341)\n"
        "Syndicat Mixte de la Côte d'Opale — France — Pas-de-Calais (FRE12)\n"
    )
    assert _partners(text) == [
        ("Vlaamse Milieumaatschappij", "BE", "lead"),
        ("Rijkswaterstaat Zee en Delta", "NL", "partner"),
        ("Syndicat Mixte de la Côte d'Opale", "FR", "partner"),
    ]


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "• Energieinstitut Vorarlberg, Dornbirn (AT) – Lead Partner",
            "Energieinstitut Vorarlberg",
            "lead",
        ),
        ("[LP] Energieinstitut Vorarlberg (AT)", "Energieinstitut Vorarlberg", "lead"),
        ("LP: Energieinstitut Vorarlberg (AT)", "Energieinstitut Vorarlberg", "lead"),
        ("Energieinstitut Vorarlberg (AT) (lead)", "Energieinstitut Vorarlberg", "lead"),
        ("Energieinstitut Vorarlberg (AT), capofila", "Energieinstitut Vorarlberg", "lead"),
        ("PP2 Energieinstitut Vorarlberg (AT)", "Energieinstitut Vorarlberg", "partner"),
    ],
)
def test_role_markers_on_an_entry(line: str, name: str, role: str) -> None:
    text = f"Projektpartner\n{line}\nUniwersytet Zielonogórski (PL)\n"
    rows = _partners(text)
    assert rows[0] == (name, "AT", role)
    assert rows[1] == ("Uniwersytet Zielonogórski", "PL", "partner")


def test_observers_results_and_related_box_end_the_partner_list() -> None:
    text = (
        "Partenaires\n"
        "• Parc naturel régional du Vercors (FR)\n"
        "• Ente di gestione delle aree protette delle Alpi Cozie (IT)\n\n"
        "Observateurs\n"
        "Direction départementale des territoires de la Drôme (FR); Regione Piemonte (IT)\n\n"
        "Résultats\n"
        "• réseau de 15 refuges labellisés\n"
        "• carte commune des sentiers\n\n"
        "Autres projets\n"
        "• Alpes sans frontières – Chef de file : Commune de Briançon, France\n"
    )
    record = _record(text)
    assert [(p.name, p.country, p.role) for p in record.partners] == [
        ("Parc naturel régional du Vercors", "FR", "partner"),
        ("Ente di gestione delle aree protette delle Alpi Cozie", "IT", "partner"),
    ]
    assert record.partner_count == 2
    assert record.countries == ("FR", "IT")


def test_two_line_entries_take_their_country_from_the_second_line() -> None:
    text = (
        "Project partners\n"
        "Hochschule Kempten\n"
        "Kempten, Germany\n"
        "Fachhochschule Salzburg GmbH\n"
        "Austria\n"
    )
    assert _partners(text) == [
        ("Hochschule Kempten", "DE", "partner"),
        ("Fachhochschule Salzburg GmbH", "AT", "partner"),
    ]


def test_labels_in_czech_and_slovenian_with_associated_partner() -> None:
    cs = "Vedoucí partner: Město Trutnov\nProjektový partner: Gmina Lubawka (Polsko)\n"
    assert _partners(cs) == [("Město Trutnov", None, "lead"), ("Gmina Lubawka", "PL", "partner")]
    sl = (
        "Vodilni partner: Občina Kanal ob Soči (SI)\n"
        "Projektni partnerji:\n– Comune di Gorizia (IT)\n\n"
        "Pridruženi partner: Razvojna agencija ROD\n"
    )
    record = _record(sl)
    assert [(p.name, p.role) for p in record.partners] == [
        ("Občina Kanal ob Soči", "lead"),
        ("Comune di Gorizia", "partner"),
        ("Razvojna agencija ROD", "associated"),
    ]
    assert record.partner_count == 2


# ------------------------------------------------------------------ partners in prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lead Partner ist die Stadt Passau. Projektpartner sind die Gemeinde Schärding, "
            "der Markt Obernzell sowie die Stadtgemeinde Engelhartszell.",
            [
                ("Stadt Passau", "lead"),
                ("Gemeinde Schärding", "partner"),
                ("Markt Obernzell", "partner"),
                ("Stadtgemeinde Engelhartszell", "partner"),
            ],
        ),
        (
            "O parceiro líder é a Câmara Municipal de Chaves. São parceiros a Xunta de Galicia, "
            "o Concello de Verín e a Universidade do Minho.",
            [
                ("Câmara Municipal de Chaves", "lead"),
                ("Xunta de Galicia", "partner"),
                ("Concello de Verín", "partner"),
                ("Universidade do Minho", "partner"),
            ],
        ),
        (
            "Capofila è stato il Comune di Belluno, con la Provincia di Treviso e "
            "l'Agentur für Energie Südtirol.",
            [
                ("Comune di Belluno", "lead"),
                ("Provincia di Treviso", "partner"),
                ("Agentur für Energie Südtirol", "partner"),
            ],
        ),
        (
            "Coordinated by the Port of Tallinn, the project brings together harbour operators "
            "and logistics clusters.",
            [("Port of Tallinn", "lead")],
        ),
    ],
)
def test_partner_lists_in_prose(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in _record(text).partners] == expected


def test_prose_list_gives_a_derived_count_and_a_lone_lead_gives_none() -> None:
    listed = _record(
        "Le projet est piloté par la Communauté urbaine de Dunkerque. Les autres partenaires "
        "sont la Province de Flandre-Occidentale et la Ville de Furnes."
    )
    assert [p.name for p in listed.partners] == [
        "Communauté urbaine de Dunkerque",
        "Province de Flandre-Occidentale",
        "Ville de Furnes",
    ]
    assert listed.partner_count == 3
    assert "partner_count" in listed.derived
    lone = _record("Lead partner: Tartu Science Park Foundation (EE)\n")
    assert lone.partner_count is None


def test_dash_comment_after_an_item_is_not_part_of_a_name() -> None:
    text = (
        "Les partenaires sont la Région Occitanie – qui assure la coordination – et la "
        "Generalitat de Catalunya."
    )
    assert [p.name for p in _record(text).partners] == [
        "Région Occitanie",
        "Generalitat de Catalunya",
    ]


def test_bracket_after_a_prose_lead_is_another_name() -> None:
    text = (
        "As lead partner, the Baltic Institute of Finland (BIF) opened the kick-off meeting "
        "in Tampere."
    )
    (partner,) = _record(text).partners
    assert (partner.name, partner.aliases, partner.role) == (
        "Baltic Institute of Finland",
        ("BIF",),
        "lead",
    )


# ------------------------------------------------------------------ countries


def test_counted_countries_with_a_filler_word_and_a_bracket_comment() -> None:
    text = (
        "Die Partner kommen aus 4 verschiedenen Ländern – Deutschland, Polen, Tschechien und "
        "Litauen (mit einem beratenden Partner aus Vilnius)."
    )
    assert _record(text).countries == ("DE", "PL", "CZ", "LT")


def test_country_derived_from_a_place_in_the_partner_name() -> None:
    text = "Partners:\nUniversity of Ljubljana\nComune di Udine\n"
    record = _record(text)
    assert [(p.name, p.country) for p in record.partners] == [
        ("University of Ljubljana", "SI"),
        ("Comune di Udine", "IT"),
    ]
    assert record.countries == ("SI", "IT")
    assert "countries" in record.derived


# ------------------------------------------------------------------ titles and acronyms (round 2)


def test_news_headline_naming_the_acronym_is_not_the_title() -> None:
    text = (
        "Regione Marche – Notizie\n\n"
        "MOBILAB kick-off a Pesaro: partner da cinque paesi\n\n"
        "Il progetto europeo MOBILAB è stato avviato a Pesaro con una riunione di due giorni. "
        "I partner hanno discusso il piano di lavoro, il calendario delle visite di studio e la "
        "strategia di comunicazione comune per i prossimi tre anni di attività del progetto.\n"
    )
    rec = _record(text)
    assert (rec.title, rec.acronym) == (None, "MOBILAB")


def test_projects_breadcrumb_names_the_title_without_body_right_after() -> None:
    text = (
        "Gmina Kłodzko – serwis informacyjny\n"
        "Start » Gmina » Projekty unijne » Razem przez góry bez granic\n\n"
        "Razem przez góry bez granic\n\n"
        "Data publikacji: 02.02.2018\n"
        "Program: Interreg V-A Czechy – Polska\n"
        "Okres realizacji: 01.01.2018 – 31.12.2019\n"
    )
    assert _record(text).title == "Razem przez góry bez granic"


def test_breadcrumb_short_name_over_the_title_line() -> None:
    text = (
        "Interreg Europe\n"
        "Projects › Smart Ports\n\n"
        "Smart Ports\n"
        "Greener logistics chains for small and medium seaports of the Baltic\n\n"
        "Lead partner: Port of Gdynia Authority, Poland\n"
    )
    rec = _record(text)
    assert (rec.acronym, rec.title) == (
        "Smart Ports",
        "Greener logistics chains for small and medium seaports of the Baltic",
    )


def test_project_word_before_acronym_heading_and_colon_subtitle() -> None:
    text = (
        "Progetto SOLARNET – Energia solare nei borghi alpini: comunità e reti locali\n\n"
        "Durata: 01/03/2019 – 28/02/2022\n"
    )
    rec = _record(text)
    assert rec.acronym == "SOLARNET"
    assert rec.title == "Energia solare nei borghi alpini: comunità e reti locali"


def test_bilingual_heading_keeps_the_first_title() -> None:
    text = (
        "HIDROKRAS – Voda na Krasu / Acqua sul Carso\n\n"
        "Trajanje projekta: 1. 3. 2018 – 28. 2. 2021\n"
    )
    rec = _record(text)
    assert (rec.acronym, rec.title) == ("HIDROKRAS", "Voda na Krasu")


def test_quoted_acronym_and_title_after_a_project_word() -> None:
    text = (
        "Landkreis Cham – Pressemitteilungen\n\n"
        "Startschuss für das Interreg-Projekt „WaldKlima“\n\n"
        "Mit einer Auftaktveranstaltung in Furth im Wald ist das Projekt „WaldKlima – Gemeinsame "
        "Anpassung der Grenzwälder an den Klimawandel“ gestartet. Forstleute aus Bayern und "
        "Böhmen erproben klimastabile Mischwälder auf zwölf Versuchsflächen beiderseits der "
        "Grenze und tauschen ihre Erfahrungen in gemeinsamen Schulungen aus.\n"
    )
    rec = _record(text)
    assert rec.acronym == "WaldKlima"
    assert rec.title == "Gemeinsame Anpassung der Grenzwälder an den Klimawandel"


def test_acronym_named_in_guillemets_after_a_name_cue() -> None:
    text = (
        "Le Journal du Jura\n\n"
        "C'est sous le nom de « JuraBois » que les partenaires ont présenté leur initiative "
        "commune pour la filière bois entre la Franche-Comté et la Suisse. La démarche durera "
        "trois ans et réunira des scieries, des communes forestières et des écoles.\n"
    )
    assert _record(text).acronym == "JuraBois"


def test_expansion_spelled_by_capitals_after_the_acronym() -> None:
    text = (
        "Ville de Dunkerque\n"
        "Actualités | Environnement | Mer\n\n"
        "Le littoral en projet\n\n"
        "Dunkerque rejoint DUNEFLEX (DUNE systems for FLEXible coastal defence), un projet "
        "lancé cette année avec des partenaires belges et néerlandais. Le projet européen "
        "DUNEFLEX teste des solutions fondées sur la nature sur trois sites pilotes.\n"
    )
    rec = _record(text)
    assert rec.acronym == "DUNEFLEX"
    assert rec.title == "DUNE systems for FLEXible coastal defence"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Il progetto unisce ai comuni del lato italiano i partner austriaci del Tirolo.",
            ("IT", "AT"),
        ),
        (
            "On the English side, two councils joined; French partners lead the pilots.",
            ("GB", "FR"),
        ),
        ("A projekt partnerei szlovák oldalról két város, magyar oldalról egy park.", ("SK", "HU")),
    ],
)
def test_country_adjectives_on_partners_and_border_sides(
    text: str, countries: tuple[str, ...]
) -> None:
    assert _record(text).countries == countries


def test_programme_area_adjective_is_not_a_partner_country() -> None:
    text = "Il programma di cooperazione italo-svizzero finanzia partner locali."
    assert _record(text).countries == ()


# ------------------------------------------------------------------ website in a sentence


def test_bare_url_holding_the_acronym_is_the_project_site() -> None:
    text = (
        "Il progetto AGRIVAL rafforza le filiere agricole di montagna tra Veneto e Carinzia.\n\n"
        "Tutti i materiali sono disponibili su www.agrival-project.eu e sui canali social.\n"
    )
    assert _record(text).website == "www.agrival-project.eu"


def test_sentence_calling_it_the_project_site_in_czech() -> None:
    text = (
        "Projekt HORYSPOLU propojuje turistické stezky v Krkonoších.\n\n"
        "Webové stránky projektu najdete na adrese www.krkonose-bez-hranic.cz/stezky.\n"
    )
    assert _record(text).website == "www.krkonose-bez-hranic.cz/stezky"


def test_social_media_and_programme_sites_are_not_the_project_site() -> None:
    text = (
        "Le projet VITIMONT accompagne les viticulteurs de montagne.\n\n"
        "Suivez le projet sur www.facebook.com/vitimont et www.instagram.com/vitimont.\n"
        "Site du programme : www.interreg-alcotra.eu\n"
    )
    assert _record(text).website is None


def test_a_url_without_acronym_or_project_cue_is_not_the_site() -> None:
    text = (
        "Das Projekt ALPWASSER untersucht Quellen in den Hochalpen.\n\n"
        "Mehr über die Gemeinde unter www.gemeinde-tux.at.\n"
    )
    assert _record(text).website is None


# ------------------------------------------------------------------ money: rates and amounts


def test_eu_fund_rate_then_its_amount_in_german_prose() -> None:
    rec = _record(
        "Das Projekt wird im Rahmen von Interreg gefördert. Die Gesamtkosten betragen "
        "2.400.000 Euro, davon übernimmt der EFRE 80 Prozent, das sind 1.920.000 Euro.\n"
    )
    assert (rec.total_budget_eur, rec.eu_funding_eur, rec.cofinancing_rate) == (
        2400000.0,
        1920000.0,
        0.8,
    )


def test_amount_before_financed_at_rate_is_the_total_in_italian() -> None:
    rec = _record(
        "Il progetto, del valore di 620 mila euro e finanziato all'80% dal Fondo europeo di "
        "sviluppo regionale, si concluderà nel 2025.\n"
    )
    assert (rec.total_budget_eur, rec.cofinancing_rate) == (620000.0, 0.8)
    assert "eu_funding_eur" not in {e.field for e in rec.evidence if not e.derived}


def test_amount_before_finance_a_rate_is_the_total_in_french() -> None:
    text = "Doté d'un budget de 2,1 millions d'euros, il est financé à 65 % par le FEDER."
    kinds = [(h.value, h.kind) for h in find_amounts(text, ["fr"])]
    assert kinds == [(2100000.0, "total_budget")]
    assert find_cofinancing_rate(text, ["fr"]).value == 0.65


def test_rate_with_the_fund_after_it_in_portuguese() -> None:
    text = "O investimento total é de 950 mil euros, comparticipado a 80% pelo FEDER."
    assert find_cofinancing_rate(text, ["pt"]).value == 0.8


def test_a_partners_own_share_is_not_the_cofinancing_rate() -> None:
    text = (
        "El presupuesto total asciende a 1.200.000 €, de los que el Ayuntamiento aporta el "
        "25 % con fondos propios."
    )
    assert find_cofinancing_rate(text, ["es"]) is None


def test_total_after_a_sentence_about_several_projects_is_not_a_project_budget() -> None:
    text = (
        "El Cabildo recibirá fondos FEDER para los cuatro proyectos aprobados en la primera "
        "convocatoria. La inversión total asciende a 4.500.000 €.\n"
    )
    assert [h.kind for h in find_amounts(text, ["es"])] == ["programme_budget"]


def test_swiss_francs_are_not_euro() -> None:
    assert find_amounts("Die Schweizer Partner erhalten 150.000 CHF vom Bund.", ["de"]) == []


def test_czech_total_eligible_expenditure_is_the_total_budget() -> None:
    text = "Celkové způsobilé výdaje projektu: 812 300,00 EUR"
    assert [(h.value, h.kind) for h in find_amounts(text, ["cs"])] == [(812300.0, "total_budget")]


# ------------------------------------------------------------------ dates in prose


def test_until_a_day_in_a_sentence_about_the_project_is_its_end() -> None:
    from coopkg.extraction.dates import find_project_dates

    text = (
        "Der Auftakt fand am 3. Mai 2022 statt; das Vorhaben soll bis 30. April 2025 "
        "abgeschlossen sein."
    )
    start, end = find_project_dates(text, ["de"])
    assert start is None
    assert (end.value, end.kind) == (dt.date(2025, 4, 30), "end")


def test_until_a_deadline_is_not_the_projects_end() -> None:
    from coopkg.extraction.dates import find_project_dates

    text = "Anträge für das Projekt können bis 15. März 2024 eingereicht werden (Einreichfrist)."
    assert find_project_dates(text, ["de"]) == (None, None)


def test_range_after_a_duration_in_months_in_spanish_prose() -> None:
    from coopkg.extraction.dates import find_project_dates

    text = (
        "La iniciativa tendrá una duración de 36 meses, en concreto del 1 de enero de 2024 "
        "al 31 de diciembre de 2026."
    )
    start, end = find_project_dates(text, ["es"])
    assert (start.value, end.value) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))


# ------------------------------------------------------------------ regions: exonyms


def test_portuguese_and_italian_exonyms_of_regions() -> None:
    from coopkg.extraction.places import find_regions

    text = "O projeto junta municípios da Galiza e da Bretanha. Partner anche dalla Carinzia."
    assert [name for _, name in find_regions(text)] == ["Galiza", "Bretanha", "Carinzia"]


# ------------------------------------------------- round 3: names, partner blocks, money labels


def test_programme_prefix_heading_names_the_project() -> None:
    text = (
        "Interreg Europe – GreenPorts Link\n\n"
        "Avec 6 partenaires de quatre pays, le port de Brest veut rendre le transport maritime "
        "plus propre et développer des liaisons durables entre les ports de la façade "
        "atlantique, avec des bornes électriques et des études communes sur les carburants."
    )
    record = _record(text)
    assert (record.title, record.acronym) == (None, "GreenPorts Link")


def test_quoted_short_name_after_project_word_is_the_acronym() -> None:
    text = (
        "Cykelstier langs kysten\n\n"
        'Interreg Europe-projektet "Blue Trails" skal gøre det mere attraktivt at cykle langs '
        "kysterne og vandvejene i regionen, og partnerne udveksler erfaringer om ruter, "
        "skiltning og formidling af cykelturisme i hele Europa over fire år."
    )
    record = _record(text)
    assert (record.title, record.acronym) == (None, "Blue Trails")


def test_spaced_capitals_name_before_project_word_is_the_acronym() -> None:
    record = _record("The GREEN RAIL project met in Graz to plan its first study visits.")
    assert record.acronym == "GREEN RAIL"
    assert _record("Das Programm INTERREG V-A fördert das Projekt.").acronym is None


def test_title_line_over_acronym_line() -> None:
    text = (
        "Restoration of coastal dunes for climate adaptation in the southern Baltic\n"
        "DUNEREST\n"
        "The project restores dunes along the coast and trains local authorities in how to "
        "keep them stable, with pilot sites in three countries and a joint handbook."
    )
    record = _record(text)
    assert record.acronym == "DUNEREST"
    assert record.title == (
        "Restoration of coastal dunes for climate adaptation in the southern Baltic"
    )


def test_czech_fact_sheet_title_and_amounts() -> None:
    text = (
        "Stezka přes hranici\n\n"
        "Programové období: 2014-2020\n"
        "Region: Olomoucký kraj\n"
        "Příjemce: Obec Horní Lipová\n"
        "Výše dotace EU: 425 000,00 EUR\n"
        "Celková částka: 500 000,00 EUR\n"
    )
    record = _record(text)
    assert record.title == "Stezka přes hranici"
    assert (record.eu_funding_eur, record.total_budget_eur) == (425000.0, 500000.0)


def test_amounts_in_a_partner_detail_block_are_not_project_totals() -> None:
    text = (
        "Partner (12)\n\nLead Partner: Ville de Namur\n\nAddress: Rue de Fer, 5000 Namur\n\n"
        "Legal status: public\n\nTotal budget: EUR 120 000.00\n\nERDF budget: EUR 60 000.00\n"
    )
    kinds = [h.kind for h in find_amounts(text, ["en"])]
    assert kinds == ["partner_budget", "partner_budget"]


def test_caption_first_line_is_no_title() -> None:
    text = (
        "Logo Comune di Sanremo\n\n"
        "Il progetto MARELINK collega i porti della Liguria e della Corsica con nuovi servizi "
        "di trasporto sostenibile, studi comuni e azioni pilota per ridurre le emissioni."
    )
    assert _record(text).title is None


# ------------------------------------------------------------ partner blocks, tables, prose lists


def _rows(record) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.role) for p in record.partners]


def test_keep_partner_blocks_give_partners_and_their_budgets_not_project_money() -> None:
    text = (
        "Partners (9)\n\nLead Partner: Stadt Passau\n\n"
        "Address: Rathausplatz 2, 94032 Passau, Germany\n\nLegal status: public\n\n"
        "Total budget: EUR 250 000.00\n\nERDF budget: EUR 187 500.00\n\n"
        "Gemeinde Schärding\n\nName: Gemeinde Schärding\n\n"
        "Address: Hauptplatz 1, 4780 Schärding, Austria\n"
    )
    record = _record(text)
    assert _rows(record) == [
        ("Stadt Passau", "DE", "lead"),
        ("Gemeinde Schärding", "AT", "partner"),
    ]
    assert record.partners[0].partner_budget_eur == 250000.0
    assert (record.eu_funding_eur, record.total_budget_eur) == (None, None)
    assert record.partner_count == 9


def test_glued_partner_cards_of_a_flattened_page() -> None:
    text = (
        "Partner\nUniversität Graz\n- OrtGraz\n- LandÖsterreich\n- Telefon\n"
        "Ungefähres Partnerbudget\n12.500,00\n"
        "Univerza v Ljubljani\n- OrtLjubljana\n- LandSlowenien\n- Telefon\n"
    )
    record = _record(text)
    assert _rows(record) == [
        ("Universität Graz", "AT", "partner"),
        ("Univerza v Ljubljani", "SI", "partner"),
    ]


def test_spanish_beneficiary_table_and_lead_in_prose() -> None:
    text = (
        "Beneficiario\nImporte elegible (€)\nFEDER (€)\n\n"
        "Ayuntamiento de Tui\n\n400.000,00\n\n300.000,00\n\n"
        "Câmara Municipal de Valença\n\n200.000,00\n\n150.000,00\n\n"
        "Total (€)\n\n600.000,00\n\n450.000,00\n\n"
        "El convenio se firmó con el Ayuntamiento de Tui, en calidad de beneficiario principal.\n"
    )
    record = _record(text)
    names = {p.name: (p.role, p.partner_budget_eur) for p in record.partners}
    assert names == {
        "Ayuntamiento de Tui": ("lead", 400000.0),
        "Câmara Municipal de Valença": ("partner", 200000.0),
    }


def test_german_prose_list_with_countries_in_brackets() -> None:
    text = (
        "Die Stadt Passau arbeitet dabei zusammen mit der Gemeinde Schärding (Österreich), "
        "der Jihočeská univerzita (Tschechien) und dem Landkreis Freyung-Grafenau "
        "(Deutschland). Das Projekt läuft drei Jahre.\n"
    )
    record = _record(text)
    # The subject that "works together with" the listed partners takes part too.
    assert [(p.name, p.country) for p in record.partners] == [
        ("Stadt Passau", None),
        ("Gemeinde Schärding", "AT"),
        ("Jihočeská univerzita", "CZ"),
        ("Landkreis Freyung-Grafenau", "DE"),
    ]
    assert set(record.countries) == {"AT", "CZ", "DE"}


def test_english_prose_list_with_dash_countries_and_its_subject() -> None:
    text = (
        "Harbour Authority of Gdansk is a partner of the project together with Port of "
        "Rostock – Germany and Klaipeda State Seaport Authority – Lithuania.\n"
    )
    names = [(p.name, p.country) for p in _record(text).partners]
    assert names[1:] == [
        ("Port of Rostock", "DE"),
        ("Klaipeda State Seaport Authority", "LT"),
    ]
    assert names[0][0] == "Harbour Authority of Gdansk"


def test_one_bracketed_place_in_prose_is_no_partner_list() -> None:
    text = "The kick-off took place together with local guests in Szombathely (Hungary).\n"
    assert _record(text).partners == ()


def test_italian_lead_named_after_its_role_noun() -> None:
    text = "L'incontro è stato ospitato dal capofila Comune di Trieste e ha riunito tutti.\n"
    record = _record(text)
    assert ("Comune di Trieste", "lead") in [(p.name, p.role) for p in record.partners]


def test_dutch_lead_with_address_lines_under_it() -> None:
    text = "Projectleider\n\nStad Brugge\nHoogstraat 12\n8000 Brugge\nBELGIË\n\nContactpersoon\n"
    record = _record(text)
    assert _rows(record) == [("Stad Brugge", "BE", "lead")]
    assert record.partners[0].city == "Brugge"


def test_partner_website_in_brackets_is_not_part_of_the_name() -> None:
    text = (
        "Beneficjent: Gmina Zgorzelec (www.zgorzelec.pl)\n"
        "Projektpartner: Stadt Görlitz (www.goerlitz.de)\n"
    )
    assert [(p.name, p.role) for p in _record(text).partners] == [
        ("Gmina Zgorzelec", "lead"),
        ("Stadt Görlitz", "partner"),
    ]


def test_slovak_czech_programme_name_states_countries() -> None:
    """Countries written in a programme's name are written in the text: stated, not derived."""
    text = (
        "Cezhraničná cyklotrasa\n\n"
        "Operační program: INTERREG V-A Slovenská republika - Česká republika\n"
        "Příjemce: Obec Lysá pod Makytou\n"
    )
    record = _record(text)
    assert set(record.countries) == {"SK", "CZ"}
    assert "countries" not in record.derived


def test_transnational_programme_names_no_countries() -> None:
    text = "A project of the Interreg Alpine Space programme on mountain mobility.\n"
    assert _record(text).countries == ()


# ------------------------------------------------------------------ round 4: partners, regions


def _names(text: str) -> list[str]:
    return [p.name for p in _record(text).partners]


def test_one_line_list_joined_by_a_conjunction_after_a_country_bracket() -> None:
    text = (
        "Projekt RIVERA je spolufinancován z programu Interreg Europe.\n\n"
        "Partneři: Agencia de Energía de Galicia (ES), Comune di Parma (IT) a "
        "Stadtwerke Linz (AT).\n"
    )
    record = _record(text)
    assert [p.name for p in record.partners] == [
        "Agencia de Energía de Galicia",
        "Comune di Parma",
        "Stadtwerke Linz",
    ]
    assert record.countries == ("ES", "IT", "AT")


def test_numbered_list_after_a_partner_institutions_line() -> None:
    text = (
        "The first meeting of the SEAFIX project took place in Split on 3 May 2018.\n"
        "Mr. Ivan Horvat welcomed the representatives of all partner institutions:\n"
        "1. Marine Institute Split;\n"
        "2. University of Kotor, and\n"
        "3. Port Authority Ploče.\n"
        "All partners agreed on the work plan for the next months of the project.\n"
    )
    record = _record(text)
    assert [p.name for p in record.partners] == [
        "Marine Institute Split",
        "University of Kotor",
        "Port Authority Ploče",
    ]
    assert record.partner_count == 3


def test_coded_run_without_cue_and_persons_are_not_partners() -> None:
    text = (
        "Last week, delegates of Vitalab (BE), Nordhealth AB (SE), Medicluster (FR) and "
        "Agrotec (PL) met in Ghent. Dr. Anna Berg presented the pilot results.\n"
    )
    names = _names(text)
    assert names == ["Vitalab", "Nordhealth AB", "Medicluster", "Agrotec"]


def test_predicate_list_with_single_word_and_bracketed_names() -> None:
    text = (
        "Die Hochschule Trier ist der Koordinator des Projekts. "
        "Folgende Projektpartner sind an der Arbeit beteiligt: Universität Lüttich, "
        "Technolab und die Firma Aquaris GmbH.\n"
    )
    names = _names(text)
    assert "Technolab" in names
    assert "Universität Lüttich" in names
    fr = (
        "Le projet est coordonné par l’Université de Nancy. L’Institut des Sciences "
        "(chimie, physique) de Metz, la Haute école de Luxembourg et le Centre National "
        "de la Santé et de la Recherche sont également partenaires du projet.\n"
    )
    assert _names(fr)[-3:] == [
        "Institut des Sciences (chimie, physique) de Metz",
        "Haute école de Luxembourg",
        "Centre National de la Santé et de la Recherche",
    ]


def test_seat_cities_and_paying_regions_are_not_project_regions() -> None:
    text = (
        "Das Projekt GRIDLINK verbindet die Energieagenturen der Euregio Maas-Rhein. "
        "Partner sind die FH Aachen und die Universität Freiburg. Es wird vom Land "
        "Nordrhein-Westfalen (120.000 €) kofinanziert.\n"
    )
    regions = _record(text).regions
    assert "Euregio Maas-Rhein" in regions
    assert "Freiburg" not in regions
    assert "Nordrhein-Westfalen" not in regions


# ------------------------------------------------------------------ titles: headlines, furniture


_HEADLINE_BODIES = {
    "de": (
        "Die Partner des grenzüberschreitenden Netzwerks haben die gemeinsame Ausbildung "
        "von Pflegekräften und den Austausch von Personal zwischen den Kliniken auf beiden "
        "Seiten der Grenze vorbereitet, den der Begleitausschuss befürwortet hat."
    ),
    "fr": (
        "Les partenaires du réseau transfrontalier ont préparé la formation commune des "
        "infirmiers et les échanges de personnel entre les hôpitaux des deux côtés de la "
        "frontière, que le comité de suivi du programme a validés la semaine dernière."
    ),
    "es": (
        "Los socios de la red transfronteriza han preparado la formación común de los "
        "guías y el intercambio de personal entre los municipios a ambos lados de la "
        "frontera, que el comité de seguimiento del programa valoró la semana pasada."
    ),
    "it": (
        "I partner della rete transfrontaliera hanno preparato la formazione comune degli "
        "infermieri e lo scambio di personale tra gli ospedali dei due lati del confine, "
        "che il comitato di sorveglianza del programma ha approvato la settimana scorsa."
    ),
    "en": (
        "The partners of the cross-border network prepared the joint training of nurses "
        "and the exchange of staff between the hospitals on both sides of the border, which "
        "the programme's monitoring committee approved last week."
    ),
}


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Grenzüberschreitendes Pflegezentrum in Görlitz geplant", "de"),
        ("Les partenaires du projet se réunissent enfin à Strasbourg !", "fr"),
        ("En septiembre se sabrá si Bruselas financia la red de senderos", "es"),
        ("25 anni di cooperazione transfrontaliera", "it"),
        ("Skip to main content", "en"),
        ("Passa al contenuto", "it"),
    ],
)
def test_headline_or_furniture_first_line_is_no_title(headline: str, language: str) -> None:
    text = f"{headline}\n\n{_HEADLINE_BODIES[language]}\n"
    assert _record(text).title is None


def test_noun_phrase_first_line_stays_a_title() -> None:
    text = f"Gemeinsame Ausbildung von Pflegekräften im Grenzraum\n\n{_HEADLINE_BODIES['de']}\n"
    assert _record(text).title == "Gemeinsame Ausbildung von Pflegekräften im Grenzraum"


def test_section_label_over_headline_is_no_title() -> None:
    text = (
        "Wirtschaft & Region\n\n"
        "Förderung für neues Netzwerk der Fahrradwerkstätten\n\n"
        "Das Projekt RADWERK verbindet zwölf Werkstätten in der Grenzregion und bildet "
        "junge Menschen zu Zweiradmechanikern aus; die Werkstätten teilen Werkzeuge, "
        "Ersatzteile und Ausbildungspläne über die Grenze hinweg.\n"
    )
    record = _record(text)
    assert (record.title, record.acronym) == (None, "RADWERK")


def test_misspelt_programme_heading_is_no_title() -> None:
    text = (
        "Interreg Centrl Europe\n\n"
        "Projekt WATERLINK je spolufinancován z programu a propojuje vodárny ve čtyřech "
        "zemích, které sdílejí data o kvalitě vody a společně plánují investice do sítí "
        "a úpraven vody v příhraničních regionech.\n"
    )
    record = _record(text)
    assert (record.title, record.acronym) == (None, "WATERLINK")


def test_project_code_line_and_scrambled_title_label() -> None:
    text = (
        "Project code HUSK-77\n\n"
        "Joint management of flood risks along the upper Tisza Project title river\n\n"
        "The main objective of the TISZAFLOOD project is to reduce flood damage in the "
        "border area through shared warning systems and common exercises of the rescue "
        "services of both countries.\n"
    )
    record = _record(text)
    assert record.title == "Joint management of flood risks along the upper Tisza river"
    assert record.acronym == "TISZAFLOOD"


# ------------------------------------------------------------------ acronyms: codes, short words


def test_project_code_is_no_acronym_and_name_after_code_is() -> None:
    coded = _record(
        "Im Rahmen des Projekts ATCZ-215 wurden zwei Grenzübergänge für Radfahrer ausgebaut.\n"
    )
    assert coded.acronym is None
    named = _record(
        "Under the strategic project SKHU 512-MEDIBRIDGE the clinics share an ambulance "
        "fleet along the border.\n"
    )
    assert named.acronym == "MEDIBRIDGE"


def test_two_letter_word_and_capitals_text_give_no_acronym() -> None:
    text = (
        "LA REGIONE HA FINANZIATO IL PROGETTO SI TRATTA DI UN INTERVENTO PER LE SCUOLE "
        "DI MONTAGNA CHE MIGLIORA I TRASPORTI E I SERVIZI PER GLI STUDENTI DELLE VALLI.\n"
    )
    assert _record(text).acronym is None


def test_quoted_title_with_acronym_beats_publisher_project_word() -> None:
    text = (
        "Provincie financiert nieuw HANZELAB-project over mobiliteit\n\n"
        "Het projectvoorstel “Smart Rural Mobility for European Border Towns (SMARTBORDER)” "
        "heeft financiering gekregen van Interreg Europe.\n"
    )
    record = _record(text)
    assert record.title == "Smart Rural Mobility for European Border Towns"
    assert record.acronym == "SMARTBORDER"


def test_acronym_between_programme_name_and_project_word() -> None:
    text = "The launch of the Interreg Europe CIRCULAB project took place in Porto.\n"
    assert _record(text).acronym == "CIRCULAB"
    assert _record("Das Interreg Europe Projekt startete in Graz.\n").acronym is None


def test_quoted_lower_case_name_with_digit() -> None:
    text = "Le projet « 3dlearn+ » a démarré à Lyon avec dix partenaires.\n"
    assert _record(text).acronym == "3dlearn+"


# ------------------------------------------------------------------ programme names, status


def test_programme_name_without_programme_word_and_generation_alone() -> None:
    text = "The ALPHUB project is co-financed under the Interreg MED Programme.\n"
    assert _record(text).programme == "Interreg MED"
    text = "Il progetto è finanziato dal programma INTERREG ITALIA-SVIZZERA.\n"
    assert _record(text).programme == "INTERREG ITALIA-SVIZZERA"
    record = _record("Interreg VI news\n\nThe partners of the project met in Enschede.\n")
    assert (record.programme, record.period) == (None, None)


def test_planned_value_label_is_no_status() -> None:
    text = (
        "Indicatori di realizzazione\n"
        "Scuole collegate alla rete\n"
        "- Previsto\n"
        "- 4 num\n"
        "- Effettivo\n"
        "- 0 num\n"
    )
    assert _record(text).status is None


# ---------------------------------------------- round 5: prose partners, money, dates


def test_partners_grouped_by_country_in_prose() -> None:
    from coopkg.extraction.prose import country_group_partners

    text = (
        "An dem Vorhaben wirken acht Partner mit. In Österreich sind die Stadt Villach, "
        "die Wirtschaftskammer Kärnten und das Amt für Energie- und Umweltfragen des Landes "
        "Kärnten beteiligt, aus Slowenien kommen ZRS Bistra Ptuj und GoHydrogen. "
        "Côté français : Université de Limoges ; côté italien : Comune di Aosta. "
        "In Deutschland sind Hochschulen beteiligt."
    )
    found = [(h.partner.name, h.partner.country) for h in country_group_partners(text)]
    assert found == [
        ("Stadt Villach", "AT"),
        ("Wirtschaftskammer Kärnten", "AT"),
        ("Amt für Energie- und Umweltfragen des Landes Kärnten", "AT"),
        ("ZRS Bistra Ptuj", "SI"),
        ("GoHydrogen", "SI"),
        ("Université de Limoges", "FR"),
        ("Comune di Aosta", "IT"),
    ]
    text = "Dal lato italiano partecipano Comune di Bormio e Parco della Val Masino.\n"
    names = [(h.partner.name, h.partner.country) for h in country_group_partners(text)]
    assert names == [("Comune di Bormio", "IT"), ("Parco della Val Masino", "IT")]


def test_lead_carried_by_in_german_prose() -> None:
    from coopkg.extraction.prose import prose_partners

    text = "Das Vorhaben wird getragen von der Hochschule Zittau/Görlitz und läuft drei Jahre."
    found = [(h.partner.name, h.partner.role) for h in prose_partners(text)]
    assert found == [("Hochschule Zittau/Görlitz", "lead")]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        # the payer as subject, filler words between it and the amount
        (
            "Die Kosten betragen 3,4 Millionen Euro, die EU soll davon 2,6 Millionen Euro tragen.",
            "de",
            2.6e6,
        ),
        # the fund named in the sentence before, then referred back to
        (
            "Die Mittel stammen aus dem Europäischen Fonds für Regionale Entwicklung (EFRE). "
            "Nach der Zusage fließen 812.340,50 € aus diesem Fonds in das Vorhaben.",
            "de",
            812340.5,
        ),
        # a programme as setting, the EU as payer, "ca." before an amount written to the euro
        (
            "Das Projekt wird im Rahmen des Interreg-Programms Oberrhein umgesetzt und von der "
            "Europäischen Union (ca. 2.345.678 €) kofinanziert.",
            "de",
            2345678.0,
        ),
    ],
)
def test_eu_amount_in_prose(text: str, language: str, value: float) -> None:
    hits = [h for h in find_amounts(text, (language,)) if h.kind == "eu_funding"]
    assert [(h.value, h.confidence >= 0.5) for h in hits] == [(value, True)]


def test_lower_bound_amount_is_no_fact_czech() -> None:
    text = "Projekt je financován z programu s rozpočtovou alokací větší než 2 miliony euro."
    hits = find_amounts(text, ("cs",))
    assert [h.confidence < 0.5 for h in hits] == [True]


def test_round_approximate_amount_is_flagged_approximate() -> None:
    hits = find_amounts("Die EU fördert das Projekt mit ca. 950.000 Euro.", ("de",))
    assert [(h.value, h.kind, h.rule.endswith(":approximate")) for h in hits] == [
        (950000.0, None, True)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Okres realizacji projektu: 01.03.2020r.-30.06.2021r.",
            "pl",
            ("2020-03-01", "2021-06-30"),
        ),
        ("KARTA\n2020-02-01 → 2022-07-31\nCel tematyczny", "pl", ("2020-02-01", "2022-07-31")),
        ("Workshop\n2022-03-28 → 2022-03-29\n", "en", (None, None)),
    ],
)
def test_range_with_year_suffix_or_bare_line(text: str, language: str, expected: tuple) -> None:
    from coopkg.extraction.dates import find_project_dates

    start, end = find_project_dates(text, (language,))
    got = (start and start.value.isoformat(), end and end.value.isoformat())
    assert got == expected


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Trasa propojí 4 partnerských obcí na obou stranách hranice.", "cs", 4),
        ("Projekt má pět partnerů ze tří zemí.", "cs", 5),
        ("Projektet samler syv partnere fra tre lande.", "da", 7),
        ("Le projet réunit cinq partenaires.", "fr", 5),
    ],
)
def test_partner_count_number_words(text: str, language: str, count: int) -> None:
    from coopkg.extraction.quantities import find_partner_count

    hit = find_partner_count(text, (language,))
    assert hit is not None and hit.value == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city as an item of the project (a course, a pilot site) is a place it works in.
        ("Available materials:\n\nPilot training course Maribor\n\nRegional action plan\n", True),
        ("Risultati:\n\nLaboratorio urbano Ljubljana\n", True),
        # A partner entry, an address, a table row, a compound name or a venue is not.
        ("Partners:\n\nUniversity of Maribor (SI)\n", False),
        ("Kontakt: Hauptplatz 1, 2000 Maribor\n", False),
        ("Agency for Mobility | Maribor | Slovenia\n", False),
        ("Fédération Wallonie-Maribor\n", False),
        ("The kick-off meeting took place in Maribor on 3 May.\n", False),
    ],
)
def test_city_counts_as_a_region_only_as_an_item_of_the_project(text: str, expected: bool) -> None:
    from coopkg.extraction.places import find_regions

    names = [name for _hit, name in find_regions(text)]
    assert ("Maribor" in names or "Ljubljana" in names) is expected


def test_partner_map_legend_and_elided_cells_are_no_partners() -> None:
    text = (
        "Projekt ABC\n\nPartner (1)\n\nLead partner: Ville de Tournai\n\n"
        "Address: Tournai, Belgium\n\n"
        "Partners map\n\nLead partner marker\n\nLead partner\n\nProject partner marker\n\n"
        "Project partner\n\n[…]\n"
    )
    names = [p.name for p in _record(text).partners]
    assert names == ["Ville de Tournai"]


def test_national_cofinanciers_listed_with_country_codes_are_no_partners() -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.partners import listed_partners

    text = (
        "Finanzierung\n\nDas Projekt wird durch die folgenden Stellen mit nationaler "
        "Kofinanzierung unterstützt, nationale Kofinanzierung:\n\n"
        "  • Ministerstvo pro místní rozvoj (CZ)\n  • Bundesministerium für Inneres (AT)\n"
    )
    assert listed_partners(layout(text)) == []


def test_table_row_led_by_role_code_is_a_partner() -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.partners import listed_partners

    text = (
        "Il progetto segue il principio del beneficiario capofila.\n"
        "Lead Beneficiary (PP1) | Agenzia regionale per lo sviluppo rurale | Italy |\n"
        "PP2 | Razvojna agencija Sotla | Slovenia |\n"
    )
    hits = listed_partners(layout(text))
    got = [(h.partner.name, h.partner.country, h.partner.role) for h in hits]
    assert got == [
        ("Agenzia regionale per lo sviluppo rurale", "IT", "lead"),
        ("Razvojna agencija Sotla", "SI", "partner"),
    ]


def test_leading_partner_heading_opens_the_lead_entry() -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.partners import listed_partners

    text = (
        "Project summary:\n\nLeading partner\n"
        "Regional Development Agency Pelagonija - North Macedonia\n"
    )
    hits = listed_partners(layout(text))
    got = [(h.partner.name, h.partner.country, h.partner.role) for h in hits]
    assert got == [("Regional Development Agency Pelagonija", "MK", "lead")]


def test_beneficiary_table_with_lost_amounts_needs_its_total_row() -> None:
    from coopkg.extraction.layout import layout
    from coopkg.extraction.partners import listed_partners

    rows = "Beneficiário 2019 - 2022\nMontante elegível (€)\nFundos FEDER (€)\n\n"
    rows += "Universidade do Minho\n\n\nXunta de Galicia\n\n\n"
    closed = [h.partner.name for h in listed_partners(layout(rows + "Total (€)\n"))]
    assert closed == ["Universidade do Minho", "Xunta de Galicia"]
    assert listed_partners(layout(rows + "Outras notícias do projeto\n")) == []


# ------------------------------------------------------------------ dates, titles (round 7, set E)


def test_month_only_run_is_not_recorded_as_a_day() -> None:
    text = (
        "Städtenetz Donau-Drau\n\nDas Netzwerk der Grenzstädte arbeitet an gemeinsamen "
        "Verkehrslösungen, an Bildungsangeboten und am Austausch der Verwaltungen. "
        * 2
        + "\nLaufzeit: 3/2017 – 9/2020\n"
    )
    rec = _record(text)
    assert (rec.start_date, rec.end_date) == (None, None)
    assert rec.status == "finished"  # still derived from the month-only run


def test_duration_in_years_and_months_before_a_numeric_range() -> None:
    from coopkg.extraction.dates import find_project_dates

    text = "With a duration of 3 years and 2 months (01/03/2019 – 30/04/2022), the plan runs."
    start, end = find_project_dates(text, ["en"])
    assert (start.value, end.value) == (dt.date(2019, 3, 1), dt.date(2022, 4, 30))


def test_croatian_implementation_sentence_with_godine() -> None:
    from coopkg.extraction.dates import find_project_dates

    text = (
        "Ukupna vrijednost je 2 milijuna kuna. Provodio se od 1. ožujka 2018. godine do 28.2.2021."
    )
    start, end = find_project_dates(text, ["hr"])
    assert (start.value, end.value) == (dt.date(2018, 3, 1), dt.date(2021, 2, 28))


def test_polish_quoted_title_after_pn_abbreviation() -> None:
    text = (
        "Komitet Monitorujący przyjął listę projektów do dofinansowania, w tym projekt pn. "
        '"Wspólne szlaki rowerowe doliny Popradu" złożony przez dwie gminy.\n'
    )
    assert _record(text).title == "Wspólne szlaki rowerowe doliny Popradu"


def test_section_heading_is_not_a_title() -> None:
    text = (
        "Das Projekt\n\n\nDas Vorhaben GRENZWALD hat ein Gesamtbudget von 2,1 Millionen Euro "
        "und verbessert den Brandschutz in den Wäldern beiderseits der Grenze durch gemeinsame "
        "Übungen, Ausrüstung und Frühwarnsysteme der Feuerwehren.\n"
    )
    assert _record(text).title is None


def test_fact_sheet_without_space_after_colon_keeps_its_first_line_title() -> None:
    text = (
        "Joint Flood Warning along the Timok River\n\nProject code:CB007.1.11.045\n"
        "Project call:CB007.1\nType of project:Investment\nProject duration in months:18\n"
    )
    assert _record(text).title == "Joint Flood Warning along the Timok River"


def test_spanish_regions_named_as_partners_after_a_list_opener() -> None:
    from coopkg.extraction.prose import prose_partners

    text = (
        "La iniciativa tiene como socios las regiones españolas de Cantabria y Asturias; "
        "el presupuesto es de un millón de euros.\n"
    )
    assert [h.partner.name for h in prose_partners(text)] == ["Cantabria", "Asturias"]


def test_croatian_partnership_cue_lists_partners_with_typographic_apostrophe() -> None:
    from coopkg.extraction.prose import prose_partners

    text = "Grad Pula provodi u suradnji s Istarska Razvojna Agencija i Centro d’Arte Moderna.\n"
    names = [h.partner.name for h in prose_partners(text)]
    assert names == ["Istarska Razvojna Agencija", "Centro d'Arte Moderna"]


def test_region_list_is_not_counted_as_the_whole_partnership() -> None:
    text = (
        "Le projet a pour partenaires les régions de la Bourgogne et de la Franconie. "
        "Il durera trois ans.\n"
    )
    record = _record(text)
    assert [p.name for p in record.partners] == ["Bourgogne", "Franconie"]
    assert record.partner_count is None


def test_expansion_only_after_the_acronym_as_a_whole_word() -> None:
    from coopkg.extraction.titles import _spelled_expansion

    # Inside a longer word ("xTIDEWAY") the brackets are not the acronym's; a later
    # mention on its own is read, and a bracket that does not spell it is passed over.
    text = (
        "Wir starten xTIDEWAY (Tidal Infrastructure for Danube Estuary Water Access Yards) "
        "heute. TIDEWAY (ein Projekt) und danach TIDEWAY (Transport In Danube Estuary With "
        "All Yards)."
    )
    hit = _spelled_expansion(text, "TIDEWAY")
    assert hit is not None
    assert hit.value == "Transport In Danube Estuary With All Yards"
    assert text[hit.start : hit.end] == hit.value
    assert _spelled_expansion(text, "") is None
