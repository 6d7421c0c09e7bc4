"""Scalar fields of a record in many languages: programme named by its area, its period,
money by role, rates, dates said in prose, short names and titles.

Every text here is written for these tests in the style of real project pages; none is
taken from a notice.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.dates import find_project_dates
from coopkg.extraction.money import find_amounts, find_cofinancing_rate
from coopkg.extraction.programme import find_area_programme
from coopkg.records import Notice
from extracting import date_pair

TODAY = dt.date(2025, 1, 15)


def _record(text: str):
    return extract_record(Notice(source="scalar.txt", text=text), today=TODAY)


# ------------------------------------------------------------------ programme by its area


@pytest.mark.parametrize(
    ("text", "name", "period"),
    [
        # Croatian, genitive head, IPA prefix
        (
            "Projekt je sufinanciran iz programa prekogranične suradnje IPA Slovenija – "
            "Hrvatska, a traje dvije godine.",
            "IPA Slovenija – Hrvatska",
            None,
        ),
        # Hungarian, nominative head after the area, period after it
        (
            "A fejlesztés a Szlovákia – Magyarország Együttműködési Program 2014 – 2020 "
            "támogatásával valósul meg.",
            "Szlovákia – Magyarország Együttműködési Program",
            "2014-2020",
        ),
        # Polish, inflected head left out, formal country names
        (
            "Zadanie realizowane w ramach Programu Współpracy Transgranicznej Rzeczpospolita "
            "Polska – Republika Słowacka 2007-2013.",
            "Rzeczpospolita Polska – Republika Słowacka",
            "2007-2013",
        ),
        # Lithuanian, genitive country names, period before with "m."
        (
            "Veikla finansuojama pagal 2014-2020 m. Latvijos-Lietuvos bendradarbiavimo per "
            "sieną programą.",
            "Latvijos-Lietuvos",
            "2014-2020",
        ),
        # Greek, two countries joined by a space after the head
        (
            "Η πράξη χρηματοδοτείται από το Πρόγραμμα Συνεργασίας Ελλάδα Βουλγαρία 2014-2020.",
            "Πρόγραμμα Συνεργασίας Ελλάδα Βουλγαρία",
            "2014-2020",
        ),
        # Bulgarian, Cyrillic family name inside a quoted programme
        (
            "Проектът е по Програма „Интеррег V-A Румъния – България“ 2014-2020 и е на "
            "стойност 400 000 евро.",
            "Интеррег V-A Румъния – България",
            "2014-2020",
        ),
        # Slovak, nominative head kept, family word after it
        (
            "Zdroj financovania: Program cezhraničnej spolupráce Interreg Poľsko – Slovensko "
            "2021 – 2027",
            "Program cezhraničnej spolupráce Interreg Poľsko – Slovensko",
            "2021-2027",
        ),
        # Latvian, locative head, period written with ordinal points
        (
            "Projekts tiek īstenots Interreg Igaunijas – Latvijas pārrobežu sadarbības "
            "programmā 2014.– 2020. gadam.",
            "Interreg Igaunijas – Latvijas",
            "2014-2020",
        ),
        # Romanian, nominative head with its article
        (
            "Finanțarea vine prin Programul de Cooperare Transfrontalieră România-Bulgaria "
            "2007-2013.",
            "Programul de Cooperare Transfrontalieră România-Bulgaria",
            "2007-2013",
        ),
        # Estonian, head after the area
        (
            "Tegevusi rahastab Eesti-Läti piiriülese koostöö programm.",
            "Eesti-Läti piiriülese koostöö programm",
            None,
        ),
    ],
)
def test_programme_named_by_its_area(text: str, name: str, period: str | None) -> None:
    found = find_area_programme(text)
    assert found is not None
    hit, stated = found
    assert (hit.value, stated.value if stated else None) == (name, period)
    assert text[hit.start : hit.end] == name


@pytest.mark.parametrize(
    "text",
    [
        "Die Radtour führt entlang der Grenze Slowenien – Kroatien bis nach Varaždin.",
        "The Estonia-Latvia border is 343 km long.",
        "Spotkanie Polska – Słowacja odbyło się w Żylinie.",
    ],
)
def test_country_pair_without_programme_word_is_no_programme(text: str) -> None:
    assert find_area_programme(text) is None


def test_area_completes_a_family_the_vocabulary_knows_without_area() -> None:
    text = (
        "Na opravu mostu přispěla Evropská unie prostřednictvím Interreg V-A Česká republika – "
        "Polsko 2014–2020.\n\nMěsto Lanškroun je vedoucím partnerem."
    )
    r = _record(text)
    assert (r.programme, r.period) == ("Interreg V-A Česká republika – Polsko", "2014-2020")
    assert "period" not in r.derived


def test_programme_noun_before_interreg_is_not_part_of_the_name() -> None:
    r = _record("O projeto é financiado pelo Programa Interreg Sudoe através do FEDER.")
    assert r.programme == "Interreg Sudoe"


def test_programming_period_label_glued_to_the_word_before() -> None:
    r = _record("programOkres programowania: 2014-2020\nFundusz: Fundusz Spójności\n")
    assert r.period == "2014-2020"


# ------------------------------------------------------------------ money by role


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Project budget\n\n512 300 €\n\nFinanced by ERDF\n\n435 455,00 €\n\n"
            "Co-financed by partners\n\n76 845,00 €\n",
            "en",
            [(512300.0, "total_budget"), (435455.0, "eu_funding")],
        ),
        (
            "Budżet kwalifikowalny\n744 120,50 EUR\nDofinansowanie z Europejskiego Funduszu "
            "Rozwoju Regionalnego\n632 502,42 EUR\n",
            "pl",
            [(744120.5, "total_budget"), (632502.42, "eu_funding")],
        ),
        (
            "Kopējās projekta izmaksas\n\n265 400,00 EUR ( ERAF līdzfinansējums225 590,00 EUR)\n",
            "lv",
            [(265400.0, "total_budget"), (225590.0, "eu_funding")],
        ),
        (
            "Geplande projectkosten\n\n2.150.000,00 €\n\nProjectlooptijd\n\n1.3.2019 - 28.2.2022\n",
            "nl",
            [(2150000.0, "total_budget")],
        ),
    ],
)
def test_label_on_the_line_above_the_amount(
    text: str, language: str, expected: list[tuple[float, str]]
) -> None:
    hits = [(h.value, h.kind) for h in find_amounts(text, [language])]
    assert hits[: len(expected)] == expected


def test_part_of_the_total_is_not_the_total_bulgarian() -> None:
    text = "Общината получава 64 000 евро, част от общата сума на проекта от 1 210 500 евро."
    kinds = [(h.value, h.kind) for h in find_amounts(text, ["bg"])]
    assert kinds == [(64000.0, None), (1210500.0, "total_budget")]


def test_amount_after_a_currency_label_with_a_colon_latvian() -> None:
    text = "Projekta kopējās izmaksas sastāda EUR: 640 212.50, no tā ERAF finansējums 85%."
    r = _record(text)
    assert (r.total_budget_eur, r.cofinancing_rate) == (640212.5, 0.85)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Celotni stroški:\nca. 1,9 mio. evrov\n", "total_budget_eur", 1_900_000.0),
        (
            "Předpokládané celkové náklady projektu: cca 48 200 EUR\n",
            "total_budget_eur",
            48_200.0,
        ),
        ("Il budget complessivo del progetto è di circa 850 mila euro.", "total_budget_eur", 850e3),
    ],
)
def test_hedged_amount_is_recorded(text: str, field: str, value: float) -> None:
    assert getattr(_record(text), field) == value


@pytest.mark.parametrize(
    "text",
    [
        "Podpora činí 85 % způsobilých nákladů, nejvýše 25 000 EUR\n",
        "Hodnota projektu predstavuje viac ako 400 000 EUR.",
        "Die EU-Förderung beträgt bis zu 2 Millionen Euro.",
    ],
)
def test_bound_is_no_amount(text: str) -> None:
    r = _record(text)
    assert (r.eu_funding_eur, r.total_budget_eur) == (None, None)


def test_exact_labelled_total_wins_over_a_hedged_part() -> None:
    text = (
        "Het project omvat ca. 300 kleine acties met een budget van ca. 0,4 miljoen €.\n\n"
        "Geplande projectkosten\n\n3.120.400,00 €\n"
    )
    assert _record(text).total_budget_eur == 3_120_400.0


# ------------------------------------------------------------------ rates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Projekt se financira s 80% europskih sredstava i 20% gradskih.", "hr", 0.8),
        ("80% sredstev Evropske unije, 15% državnih sredstev, 5% lastnih sredstev.", "sl", 0.8),
        (
            "Z toho 82,5% je spolufinancovanie z programu a 5% zo štátneho rozpočtu.",
            "sk",
            0.825,
        ),
        ("European Regional Development Fund (ERDF) co financing rate: 80%", "en", 0.8),
        (
            "The total eligible cost is 4,000,000.00 Euros, with a European contribution of "
            "3,400,000.00 Euros, which is 85% of the total.",
            "en",
            0.85,
        ),
        ("Projekta kopējās izmaksas 120 000 EUR, ERAF finansējums 85%.", "lv", 0.85),
        ("Die EU werde 80 Prozent der Gesamtkosten übernehmen.", "de", 0.8),
        ("Το έργο συγχρηματοδοτείται από το ΕΤΠΑ κατά 85% και από εθνικούς πόρους.", "el", 0.85),
    ],
)
def test_rate_in_any_language(text: str, language: str, expected: float) -> None:
    rate = find_cofinancing_rate(text, [language])
    assert rate is not None and rate.value == expected


# ------------------------------------------------------------------ dates in prose


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The project started 1 March 2018 and will finish 28 February 2021.",
            "en",
            ("2018-03-01", "2021-02-28"),
        ),
        (
            "Il progetto, della durata di 24 mesi, è iniziato il 1 settembre 2020 e terminerà "
            "il 31 agosto 2022.",
            "it",
            ("2020-09-01", "2022-08-31"),
        ),
        (
            "Proiectul se desfășoară pe 12 luni, începând din 3 martie 2014.",
            "ro",
            ("2014-03-03", None),
        ),
        (
            "Le projet a débuté le 1 avril 2019 et s'achèvera le 31 mars 2022.",
            "fr",
            ("2019-04-01", "2022-03-31"),
        ),
        (
            "El proyecto comenzó el 1 de enero de 2017 y finalizará el 30 de junio de 2019.",
            "es",
            ("2017-01-01", "2019-06-30"),
        ),
        (
            "O projeto teve início em 1 de outubro de 2016 e terminará em 30 de setembro de 2018.",
            "pt",
            ("2016-10-01", "2018-09-30"),
        ),
        (
            "Termin realizacji\n\n01.05.2021-30.04.2024\n\nRodzaj projektu",
            "pl",
            ("2021-05-01", "2024-04-30"),
        ),
        (
            "Projekta ieviešanas laiks: 01.09.2019.-31.08.2021.",
            "lv",
            ("2019-09-01", "2021-08-31"),
        ),
        (
            "informacje o projekcieData początkowa: 1 kwietnia 2018\nData końcowa: 31 marca 2020",
            "pl",
            ("2018-04-01", "2020-03-31"),
        ),
    ],
)
def test_project_dates_in_prose_and_flattened_sheets(
    text: str, language: str, expected: tuple[str | None, str | None]
) -> None:
    assert date_pair(text, [language]) == expected


def test_approval_date_is_not_a_start() -> None:
    start, end = find_project_dates(
        "On 5 June 2015 the steering group of the programme selected the proposal.", ["en"]
    )
    assert (start, end) == (None, None)


# ------------------------------------------------------------------ short names and titles


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "Parte oggi il progetto Vitesse, con capofila la Regione.\n\nVitesse durerà tre anni "
            "e coinvolge sei partner.",
            "Vitesse",
        ),
        (
            "A Câmara integra o projecto Marelia, que visa a mobilidade suave.\n\nO Marelia tem "
            "quatro parceiros.",
            "Marelia",
        ),
        ("The implementation of the project “Agri-loop” involves two partners.", "Agri-loop"),
        (
            "Projekt »Zelena pot« z akronimom GreenMob povezuje pet občin ob meji.",
            "GreenMob",
        ),
        ("El proyecto transfronterizo denominado 'Monte Vivo' reúne a nueve socios.", "Monte Vivo"),
    ],
)
def test_short_name_after_a_project_word(text: str, acronym: str) -> None:
    assert _record(text).acronym == acronym


@pytest.mark.parametrize(
    "text",
    [
        # a common noun after the project word is written in lower case elsewhere
        "Das Projekt Radweg verbindet zwei Orte.\n\nDer radweg ist 12 km lang. Radweg.",
        # a place after the project word
        "Il progetto Liguria, approvato ieri.\n\nLiguria e Piemonte collaborano.",
        # a longer name follows: no single word is the name
        "Il Progetto Monviso Patrimonio unisce due parchi.\n\nMonviso è la vetta.",
    ],
)
def test_no_short_name_from_a_common_word_a_place_or_a_longer_name(text: str) -> None:
    assert _record(text).acronym is None


def test_registration_number_is_no_acronym() -> None:
    text = "Numer Projektu\nPLSK.02.01.00-SK-0101/18\nBudżet kwalifikowalny\n500 000,00 EUR\n"
    assert _record(text).acronym is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Titel: Grenzenlose Wege (Borderless paths for hikers)\n\nDas Projekt verbindet "
            "Wanderwege entlang der Grenze zwischen zwei Regionen und schafft neue Angebote für "
            "Familien, Schulen und Vereine in beiden Ländern, mit Karten und Führungen.",
            "Grenzenlose Wege",
        ),
        (
            "DENUMIREA PROIECTULUI: ROHU 415 – Drumuri verzi între orașele Salonta și Gyula\n\n"
            "Proiectul urmărește dezvoltarea unor trasee comune pentru bicicliști între cele "
            "două orașe partenere, cu marcaje, hărți și evenimente pentru cetățeni.",
            "Drumuri verzi între orașele Salonta și Gyula",
        ),
        (
            "Název projektu: Společná cesta k udržitelné turistice v pohraničí.\n\nProjekt "
            "propojuje turistické cíle obou měst a připravuje společné akce pro návštěvníky, "
            "školy a místní spolky po celou dobu realizace projektu.",
            "Společná cesta k udržitelné turistice v pohraničí",
        ),
    ],
)
def test_title_without_gloss_number_or_full_stop(text: str, title: str) -> None:
    assert _record(text).title == title


def test_title_under_a_language_switch_over_a_flattened_fact_sheet() -> None:
    text = (
        "Projekty\n\nZmeniť jazyk\nSpoločné cesty pohraničím Levoča – Nowy Sącz\n\nStav\n"
        "Pripravované\nDátum od\n2. októbra 2023\nPoskytovateľ\nInterreg Poľsko – Slovensko\n"
        "Mesto\nLevoča\n"
    )
    r = _record(text)
    assert (r.title, r.status) == ("Spoločné cesty pohraničím Levoča – Nowy Sącz", "planned")


def test_compound_project_word_keeps_the_total_the_projects_german() -> None:
    text = (
        "Das Vorhaben erhält Mittel aus dem Interreg-Programm. Das Gesamtprojektvolumen "
        "während der Förderperiode beläuft sich auf 3,2 Millionen Euro."
    )
    (hit,) = find_amounts(text, ["de"])
    assert (hit.value, hit.kind) == (3_200_000.0, "total_budget")


def test_label_with_a_case_ending_hungarian() -> None:
    text = "A projekt adatai\nProjekt teljes költsége:     812 400,50 EUR\n"
    (hit,) = find_amounts(text, ["hu"])
    assert (hit.value, hit.kind) == (812400.5, "total_budget")


@pytest.mark.parametrize(
    "text",
    [
        "Ansökan om nytt gränsprojekt inlämnad\n\nKommunerna har lämnat in en ansökan till "
        "programmet och väntar nu på beslut om stöd för det gemensamma arbetet längs kusten, "
        "med fokus på vatten, turism och nya arbetstillfällen i hela regionen.",
        "Υπογράφηκε η σύμβαση για το νέο διασυνοριακό έργο\n\nΟ δήμος και οι εταίροι του "
        "υπέγραψαν σήμερα τη σύμβαση για το έργο, που αφορά την ενέργεια και τη βιώσιμη "
        "ανάπτυξη της περιοχής, με δράσεις σε σχολεία και δημόσια κτίρια.",
        "Neues Zentrum für Grenzraumforschung entsteht in der Region\n\nDie Universitäten der "
        "Region gründen gemeinsam ein Zentrum, das Forschung, Lehre und Beratung zu Fragen "
        "der Grenzräume bündelt und Partner aus Verwaltung und Wirtschaft einbindet.",
    ],
)
def test_news_headline_is_no_title(text: str) -> None:
    assert _record(text).title is None


def test_labelled_value_wrapped_onto_the_next_line_czech() -> None:
    text = (
        "Název projektu: Společná obnova historických zahrad a parků v partnerských\n"
        "obcích\nProgram: Interreg V-A Česká republika – Polsko\n"
    )
    assert _record(text).title == (
        "Společná obnova historických zahrad a parků v partnerských obcích"
    )


def test_acronym_label_with_possessive_hungarian() -> None:
    text = "Projekt címe: Közös örökség a határ mentén\nProjekt rövidített neve: KÖZÖRÖK\n"
    assert _record(text).acronym == "KÖZÖRÖK"


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("Ο δήμος εντάχθηκε στο διασυνοριακό πρόγραμμα INTERREG με δύο εταίρους.", "INTERREG"),
        (
            "O município submeteu o projeto Ria ao Programa de Iniciativa Comunitária "
            "INTERREG IIIA em 2003.",
            "INTERREG IIIA",
        ),
        ("Die Stadt erhält Mittel aus dem Interreg-Programm.", None),
        ("The Interreg project brings two towns together.", None),
    ],
)
def test_bare_interreg_only_where_the_text_calls_it_a_programme(
    text: str, programme: str | None
) -> None:
    assert _record(text).programme == programme


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Número de proyecto y Acrónimo: EFA112/09 - PIRINEO VERDE\n", "PIRINEO VERDE"),
        ("Projet N. et acronyme : n°412 VAL CLAIR\n", "VAL CLAIR"),
    ],
)
def test_acronym_label_with_the_project_number_first(text: str, acronym: str) -> None:
    assert _record(text).acronym == acronym


def test_short_name_after_the_quoted_title_bulgarian() -> None:
    text = (
        "Приключи изпълнението на проект „Green routes for the border region“, GRB_118 "
        "селектиран по Програма „Интеррег V-A Гърция - България“ 2014-2020."
    )
    r = _record(text)
    assert (r.acronym, r.programme, r.period) == (
        "GRB_118",
        "Интеррег V-A Гърция - България",
        "2014-2020",
    )


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Retenu par le comité, le projet Mont’Eau va bénéficier du FEDER.", "Mont’Eau"),
        ("The AQUA'NET project, co-financed by the programme, starts in May.", "AQUA'NET"),
        ("Ziel des Inn-Salz-Rad-Projekts ist ein durchgehender Radweg.", "Inn-Salz-Rad"),
    ],
)
def test_acronym_with_an_apostrophe_or_of_three_joined_parts(text: str, acronym: str) -> None:
    assert _record(text).acronym == acronym


def test_possessive_is_not_part_of_an_acronym() -> None:
    r = _record("The GREENPORT project's partners met in Split.\n\nGREENPORT runs until 2026.")
    assert r.acronym == "GREENPORT"


def test_heading_with_short_name_then_title() -> None:
    text = (
        "Project title: Blue Harbours. Improving policies for cleaner ports in small coastal "
        "towns\n\n"
        "The project brings together seven partners from five countries to exchange practice "
        "on port waste, shore power and green logistics, and to improve regional policies "
        "through action plans."
    )
    r = _record(text)
    assert (r.acronym, r.title) == (
        "Blue Harbours",
        "Improving policies for cleaner ports in small coastal towns",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Na naši obec z rozpočtu projektu připadá 64 120,50 EUR.", "cs"),
        ("Iz projekta naš grad dobiva 81.400 eura za obnovu trga.", "hr"),
        ("Der Anteil für unsere Gemeinde am Projekt beträgt 120.000 Euro.", "de"),
        ("Il costo del progetto per il nostro comune è di 95.000 euro.", "it"),
    ],
)
def test_publishing_partners_own_share_is_no_project_money(text: str, language: str) -> None:
    (hit,) = find_amounts(text, [language])
    assert hit.kind == "partner_budget"
    r = _record(text)
    assert (r.eu_funding_eur, r.total_budget_eur) == (None, None)


def test_greek_sentence_ends_before_a_greek_capital() -> None:
    text = (
        "Στόχος των έργων του προγράμματος είναι η ενέργεια. Ο συνολικός προϋπολογισμός της "
        "πράξης είναι 1.250.400 ευρώ. Από αυτά θα διατεθούν δράσεις στον δήμο."
    )
    amounts = [(h.value, h.kind) for h in find_amounts(text, ["el"])]
    assert amounts == [(1250400.0, "total_budget")]


def test_follow_up_numeral_belongs_to_the_acronym_danish() -> None:
    text = (
        "Projektet SEAHEAT II samler fem partnere om varme fra havet.\n\nSEAHEAT II slutter i 2026."
    )
    assert _record(text).acronym == "SEAHEAT II"


@pytest.mark.parametrize(
    "text",
    [
        "Projekt bol podporený v programovom období 2014-2020 z fondov EÚ.",
        "Hanke rahoitettiin ohjelmakaudella 2014-2020 Euroopan aluekehitysrahastosta.",
        "Proiectul a fost finanțat în perioada de programare 2014-2020 din fonduri europene.",
    ],
)
def test_programming_period_said_in_prose(text: str) -> None:
    assert _record(text).period == "2014-2020"
