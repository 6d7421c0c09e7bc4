"""Generic extraction rules in many languages: dates, titles and short names, page words,
co-financing rates, and extraction that never raises. Every text here is written for the
test in the style of real project pages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopkg.extraction.dates import find_dates, weekday_names
from coopkg.extraction.layout import layout
from coopkg.extraction.money import find_cofinancing_rate
from coopkg.extraction.titles import find_title_and_acronym, is_page_word, looks_like_acronym
from extracting import date_pair, record_of

# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "langs", "expected"),
    [
        # weekdays before both dates of a labelled range
        (
            "Project period: Monday, March 4, 2019 to Friday, June 30, 2023",
            ["en"],
            ("2019-03-04", "2023-06-30"),
        ),
        (
            "Durée : lundi 4 mars 2019 – vendredi 30 juin 2023",
            ["fr"],
            ("2019-03-04", "2023-06-30"),
        ),
        # a range line under a label of a language without date labels
        (
            "Īstenošanas laiks: 01.07.2019.-31.12.2021.\n",
            ["lv"],
            ("2019-07-01", "2021-12-31"),
        ),
        # CLDR month names with their article ("de gener") and a bullet
        ("• 1 de febrer 2018 – 30 de novembre 2020\n", ["ca"], ("2018-02-01", "2020-11-30")),
        # year-first dotted dates and a long dash
        ("Időszak: 2013.05.01.—2015.04.30.\n", ["hu"], ("2013-05-01", "2015-04-30")),
        ("Kestus: 1. märts 2019 – 28. veebruar 2021\n", ["et"], ("2019-03-01", "2021-02-28")),
        (
            "Laikotarpis: 2019 m. kovo 1 d. – 2021 m. vasario 28 d.\n",
            ["lt"],
            ("2019-03-01", "2021-02-28"),
        ),
        ("Срок: 1 март 2019 г. – 28 февруари 2021 г.\n", ["bg"], ("2019-03-01", "2021-02-28")),
        (
            "Διάρκεια: 1 Μαρτίου 2019 – 28 Φεβρουαρίου 2021\n",
            ["el"],
            ("2019-03-01", "2021-02-28"),
        ),
        (
            "Trvanie: 1. marca 2019 – 28. februára 2021\n",
            ["sk"],
            ("2019-03-01", "2021-02-28"),
        ),
        # a stated length in brackets after the range
        ("2016-09-01 – 2018-08-31 (24 kk)\n", ["fi"], ("2016-09-01", "2018-08-31")),
        # a call's range is no project's run
        ("Call for proposals: 01.01.2020 - 30.09.2020\n", ["en"], (None, None)),
        # a short range alone is an event's days
        ("12.05.2021 – 14.05.2021\n", ["de"], (None, None)),
    ],
)
def test_project_dates_in_many_languages(
    text: str, langs: list[str], expected: tuple[str | None, str | None]
) -> None:
    assert date_pair(text, langs) == expected


def test_month_names_follow_the_notice_language_on_clashes() -> None:
    # "listopad" is November in Polish and Czech but October in Croatian.
    (pl,) = find_dates("1 listopada 2019", ["pl"])
    (hr,) = find_dates("1. listopada 2019.", ["hr"])
    assert (pl.value, hr.value) == (dt.date(2019, 11, 1), dt.date(2019, 10, 1))


def test_weekday_names_come_from_cldr() -> None:
    names = weekday_names()
    assert {"sunday", "mercredi", "środa", "κυριακή", "pirmdiena", "неделя"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "Duration: March 2019 – June 2021",
        "Laufzeit: März 2019 bis Juni 2021",
        "Durata: marzo 2019 – giugno 2021",
        "Okres realizacji: marzec 2019 – czerwiec 2021",
    ],
)
def test_month_only_dates_stay_empty(text: str) -> None:
    r = record_of("Some project\n\n" + text + "\n")
    assert (r.start_date, r.end_date) == (None, None)


# ------------------------------------------------------------------ page words


@pytest.mark.parametrize(
    "word",
    ["FINISHED", "TERMINÉ", "ABGESCHLOSSEN", "CONCLUSO", "FINALIZADO", "Details", "Partner"],
)
def test_badges_and_labels_are_no_acronyms(word: str) -> None:
    assert is_page_word(word)
    assert not looks_like_acronym(word)


def test_status_badge_beside_the_dates_is_no_acronym() -> None:
    text = (
        "Search for European Projects\n\n"
        "Green Harbours Network\n"
        "Start date: Mar 1, 2016, End date: Feb 28, 2019 PROJECT  FINISHED \n\n"
        "The project brings ports of the Adriatic together to cut emissions of ships at "
        "berth, with pilot installations and a joint strategy for the sea basin, and a "
        "training scheme for port staff in six regions.\n"
    )
    r = record_of(text)
    assert (r.title, r.acronym) == ("Green Harbours Network", None)


def test_name_over_a_section_heading() -> None:
    text = (
        "SEAWAVE\nProject summary\n"
        "Coastal towns lose beaches to storms every winter. SEAWAVE brings six coastal "
        "authorities together to exchange experience on nature-based protection and to "
        "improve the policy instruments that fund it, with study visits and action plans.\n"
    )
    title, acronym = find_title_and_acronym(layout(text), ["en"])
    assert (title, acronym.value if acronym else None) == (None, "SEAWAVE")


def test_spaced_acronym_in_brackets() -> None:
    text = (
        "Alpine Food Routes (ALP FOOD)\n\n"
        "The project links mountain farms with local restaurants across the border, with a "
        "shared label, a map of producers and training for young cooks in four valleys.\n"
    )
    title, acronym = find_title_and_acronym(layout(text), ["en"])
    assert (title.value, acronym.value) == ("Alpine Food Routes", "ALP FOOD")


# ------------------------------------------------------------------ labels over values


@pytest.mark.parametrize(
    ("label", "value", "lang"),
    [
        ("Project title:", "Smart heating for rural schools", "en"),
        ("Titre du projet :", "Des sentiers pour tous dans les Alpes", "fr"),
        ("Projekttitel:", "Grenzenlose Radwege im Dreiländereck", "de"),
        ("Titolo del progetto:", "Sentieri accessibili nelle valli alpine", "it"),
        ("Título del proyecto:", "Rutas verdes en la frontera", "es"),
        ("Tytuł projektu:", "Wspólne dziedzictwo pogranicza", "pl"),
        ("Projecttitel:", "Schone rivieren in de grensstreek", "nl"),
        ("Título do projeto:", "Rotas do património da raia", "pt"),
    ],
)
def test_title_under_its_label(label: str, value: str, lang: str) -> None:
    text = f"Projects\n\n{label}\n{value}\n\nSome other field: 12\n"
    title, _ = find_title_and_acronym(layout(text), [lang])
    assert title is not None and title.value == value


def test_wrapped_value_under_a_label_is_joined() -> None:
    text = (
        "Project title:\nJoint management of the wetlands and\n"
        "meadows of the upper valley\n\nAcronym:\nWETMEAD\n"
    )
    title, acronym = find_title_and_acronym(layout(text), ["en"])
    assert title.value == "Joint management of the wetlands and meadows of the upper valley"
    assert acronym.value == "WETMEAD"


def test_quoted_short_name_under_its_label() -> None:
    text = "Acronyme\n\n“Sentiers partagés”\n\nDurée\n\n24 mois\n"
    _, acronym = find_title_and_acronym(layout(text), ["fr"])
    assert acronym.value == "Sentiers partagés"


@pytest.mark.parametrize(
    ("text", "lang", "title", "acronym"),
    [
        (
            "Εγκρίθηκε η πρόταση με τίτλο «Κοινές διαδρομές νερού στα Βαλκάνια» με το "
            "ακρωνύμιο «AQUAPATH» από τους δήμους της περιοχής.",
            "el",
            "Κοινές διαδρομές νερού στα Βαλκάνια",
            "AQUAPATH",
        ),
        (
            "Byl schválen projekt s názvem: „Společné cesty přes hranici“ se zkratkou "
            "a obec je jeho partnerem.",
            "cs",
            "Společné cesty přes hranici",
            None,
        ),
        (
            "O projeto, designado “Rotas do Património da Fronteira”, é um projeto de "
            "cooperação transfronteiriça.",
            "pt",
            "Rotas do Património da Fronteira",
            None,
        ),
        (
            "Projektas „Bendri ežerų valdymo sprendimai pasienyje“, akronimas – „Ežerų tinklas“, "
            "įgyvendinamas kartu su partneriais.",
            "lt",
            None,
            "Ežerų tinklas",
        ),
        (
            "Общината ще изпълнява нов проект със съкратено наименование „Мостове за всички“ "
            "по програмата.",
            "bg",
            None,
            "Мостове за всички",
        ),
        (
            "A fost aprobat proiectul cu titlul „Drumuri comune peste Dunăre” în cadrul "
            "programului.",
            "ro",
            "Drumuri comune peste Dunăre",
            None,
        ),
        (
            "Obec realizuje projekt s názvom „Spoločné chodníky pohraničia“ spolu s partnerom.",
            "sk",
            "Spoločné chodníky pohraničia",
            None,
        ),
        (
            "Das Vorhaben mit dem Titel „Grüne Wege am Oberrhein“ startet im Frühjahr.",
            "de",
            "Grüne Wege am Oberrhein",
            None,
        ),
    ],
)
def test_quoted_names_after_cues(
    text: str, lang: str, title: str | None, acronym: str | None
) -> None:
    t, a = find_title_and_acronym(layout("News\n\n" + text + "\n"), [lang])
    if title is not None:
        assert t is not None and t.value == title
    if acronym is not None:
        assert a is not None and a.value == acronym


# ------------------------------------------------------------------ rates


@pytest.mark.parametrize(
    ("text", "lang", "rate"),
    [
        ("Funding: 80% ERDF 20% National Co-financing", "en", 0.8),
        ("Financement : 70 % FEDER, 30 % autofinancement", "fr", 0.7),
        ("Finanzierung: 75 % EFRE, 25 % nationale Kofinanzierung", "de", 0.75),
        ("Finanziamento: 85% FESR e 15% cofinanziamento nazionale", "it", 0.85),
        ("Financiación: 65% FEDER, 35% cofinanciación nacional", "es", 0.65),
        ("Finansowanie: 85% EFRR, 15% wkład krajowy", "pl", 0.85),
        ("Financiering: 50% EFRO en 50% nationale cofinanciering", "nl", 0.5),
        ("Financiamento: 85% FEDER e 15% contrapartida nacional", "pt", 0.85),
    ],
)
def test_fund_share_is_the_percentage_next_to_the_fund(text: str, lang: str, rate: float) -> None:
    hit = find_cofinancing_rate(text, [lang])
    assert hit is not None and hit.value == rate


# ------------------------------------------------------------------ robustness

_LABEL_LINES = [
    "Project title:",
    "Acronym:",
    "Titre du projet :",
    "Projekt címe:",
    "Akronimas –",
    "Duration: 01.01.2019 –",
    "Laufzeit:",
    "Total budget: EUR",
    "Co-financing rate: %",
    "Partners:",
    "Lead partner:",
    "με τίτλο «",
    "»",
    "„",
    "PROJECT FINISHED",
    "• ",
    "Sunday, ",
    "2019.11.",
    "(24 mėn.)",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_LABEL_LINES),
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
        ),
        max_size=25,
    ),
    st.sampled_from(["\n", "\n\n", " ", "\t"]),
)
def test_extraction_never_raises_on_label_lines_and_noise(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    r = record_of(text)
    for e in r.evidence:
        assert 0 <= e.start <= e.end <= len(text)


# ------------------------------------------------------------------ amounts and their roles


@pytest.mark.parametrize(
    ("text", "lang", "total", "eu"),
    [
        (
            "The project costs EUR 2 400 000, including EUR 1 800 000 of ERDF funding.",
            "en",
            2400000.0,
            1800000.0,
        ),
        ("Le projet coûte 1 200 000 €, dont 960 000 € de FEDER.", "fr", 1200000.0, 960000.0),
        (
            "Das Projekt kostet 3.000.000 Euro, davon 2.250.000 Euro EFRE-Mittel.",
            "de",
            3000000.0,
            2250000.0,
        ),
        ("Il progetto vale 900.000 euro, di cui 765.000 euro dal FESR.", "it", 900000.0, 765000.0),
        (
            "Het project kost 4.100.000 euro met een EFRO-bijdrage van 2.050.000 euro.",
            "nl",
            4100000.0,
            2050000.0,
        ),
        ("Pressupost: 1 500 000 euros inclosos 975 000 de FEDER (65%)", "ca", 1500000.0, None),
    ],
)
def test_total_then_the_eu_share_it_includes(
    text: str, lang: str, total: float, eu: float | None
) -> None:
    from coopkg.extraction.money import find_amounts

    hits = find_amounts(text, [lang])
    assert [h.value for h in hits if h.kind == "total_budget"] == [total]
    assert [h.value for h in hits if h.kind == "eu_funding"] == ([eu] if eu else [])


@pytest.mark.parametrize(
    ("text", "lang", "rate"),
    [
        (
            "con un presupuesto de 2 millones de euros (cofinanciado por el FEDER al 75%)",
            "es",
            0.75,
        ),
        ("Das Vorhaben wird aus dem EFRE zu 80 % gefördert.", "de", 0.8),
        ("Le budget est financé par le FEDER (65 %).", "fr", 0.65),
        ("Il progetto è finanziato dal FESR all'85%.", "it", 0.85),
    ],
)
def test_fund_then_its_share_with_a_short_word_between(text: str, lang: str, rate: float) -> None:
    hit = find_cofinancing_rate(text, [lang])
    assert hit is not None and hit.value == rate


@pytest.mark.parametrize(
    "heading",
    [
        "Interreg Alpine Space, a transnational programme",
        "Alcotra, programme européen franco-italien",
        "PROGRAMMA DI COOPERAZIONE TRANSFRONTALIERA",
        "Programm für grenzüberschreitende Zusammenarbeit",
    ],
)
def test_a_heading_about_a_programme_is_no_title(heading: str) -> None:
    text = (
        f"{heading}\n\nThe cooperation area covers mountain regions of several countries and "
        "funds work on transport, nature, culture and public services across the borders, "
        "with calls open to local authorities, universities and associations every year.\n"
    )
    title, _ = find_title_and_acronym(layout(text), ["en"])
    assert title is None


# ------------------------------------------------------------------ partner counts


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Projektą įgyvendina direkcija kartu su 8 partnerių iš abiejų šalių.", "lt", 8),
        ("Ett projekt med 14 olika partners i tre länder.", "sv", 14),
        ("Проектът се изпълнява от 5 партньори от двете страни.", "bg", 5),
        ("Projekt realizuje 6 partnerjev iz obeh regij.", "sl", 6),
        ("Proiectul reunește 5 parteneri din cele două țări.", "ro", 5),
        ("Hankkeessa on mukana 6 kumppania kolmesta maasta.", "fi", 6),
        ("Projekt realizira 4 partnera s obje strane granice.", "hr", 4),
        ("Projekt realizuje 3 partneri zo Slovenska a Poľska.", "sk", 3),
        # derived words and partner places are no counts
        ("The region signed 12 partnership agreements last year.", "en", None),
        ("Zapojeno je 5 partnerských regionů z obou zemí.", "cs", None),
        ("Das Netzwerk umfasst 3 Partnerregionen und 2 Partnerstädte.", "de", None),
    ],
)
def test_partner_count_from_a_noun_stem(text: str, lang: str, count: int | None) -> None:
    from coopkg.extraction.quantities import find_partner_count

    hit = find_partner_count(text, [lang])
    assert (hit.value if hit else None) == count


def test_heading_under_a_metadata_line() -> None:
    text = (
        "REGISTRY · Q1234567 · SE\n\n"
        "Cleaner Harbours for Coastal Towns\n\n"
        "The project helps small harbours cut waste and noise, with shared equipment, a "
        "training course for harbour staff and a joint plan for the coast of three regions, "
        "tested in pilot harbours on both sides of the sound.\n"
    )
    title, _ = find_title_and_acronym(layout(text), ["en"])
    assert title.value == "Cleaner Harbours for Coastal Towns"


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        (
            "Projekt mesta Poprad „Spoločné trasy pohraničia“ získal podporu z programu.",
            "sk",
            "Spoločné trasy pohraničia",
        ),
        (
            "Projekt Gminy Sanok „Wspólne szlaki pogranicza” otrzymał dofinansowanie.",
            "pl",
            "Wspólne szlaki pogranicza",
        ),
    ],
)
def test_quoted_title_two_words_after_the_project_word(text: str, lang: str, title: str) -> None:
    t, _ = find_title_and_acronym(layout("Aktuality\n\n" + text + "\n"), [lang])
    assert t is not None and t.value == title


def test_title_with_its_short_name_after_a_slash() -> None:
    text = (
        "Jaunumi\n\nNotika projekta “Kopīgi risinājumi upju krastu atjaunošanai/ RiverLink” "
        "darba grupas sanāksme, kurā piedalījās visi partneri.\n"
    )
    title, acronym = find_title_and_acronym(layout(text), ["lv"])
    assert (title.value, acronym.value) == (
        "Kopīgi risinājumi upju krastu atjaunošanai",
        "RiverLink",
    )


@pytest.mark.parametrize(
    ("label", "value", "status"),
    [
        ("Project status", "Completed", "finished"),
        ("Statut du projet :", "En cours", "ongoing"),
        ("Projektstatus", "Abgeschlossen", "finished"),
        ("Stato:", "Concluso", "finished"),
        ("Estado del proyecto:", "En curso", "ongoing"),
        ("Status projektu", "Zakończony", "finished"),
        ("Projectstatus", "Afgerond", "finished"),
        ("Situação", "Concluído", "finished"),
    ],
)
def test_status_label_over_its_value(label: str, value: str, status: str) -> None:
    from coopkg.extraction.status import stated_status

    # The value line is followed by a figure, so it is not a status word alone on a line.
    text = f"Some Project Name\n\n{label}\n{value}\n2019 - 2021\n"
    hit = stated_status(layout(text))
    assert hit is not None and (hit.value, hit.rule) == (status, "status:label-over-value")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Le projet s'appuie sur les programmes Alcotra, Maritime, Espace alpin et la "
            "Région Piémont.\n",
            [],
        ),
        (
            "Il progetto dialoga con i programmi Marittimo e Spazio Alpino.\n",
            [],
        ),
        (
            "Pilot actions were tested in the Alpine Space area, in mountain villages.\n",
            ["Alpine Space"],
        ),
    ],
)
def test_cooperation_area_after_the_noun_programme_is_the_programme(
    text: str, names: list[str]
) -> None:
    from coopkg.extraction.places import find_regions

    found = [name for _, name in find_regions(text)]
    assert [n for n in found if "Alp" in n and "Piém" not in n] == names
