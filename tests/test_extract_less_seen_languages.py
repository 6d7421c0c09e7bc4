"""Gaps found by the held-out notices written here (tests/data/unseen): prose dates,
co-financing labels, labelled titles and short names, names in capital words and programmes
named after no pair of countries, in the languages concerned. Every text is written for
the test; none comes from the held-out notices or from a real page."""

from __future__ import annotations

import pytest

from coopkg.extraction.money import find_amounts, find_cofinancing_rate
from coopkg.records.vocab import match_programme
from extracting import date_pair, record_of


@pytest.mark.parametrize(
    ("text", "langs", "expected"),
    [
        # Irish: "ón" (from the) and "go dtí" (until).
        (
            "Rithfidh an tionscadal ón 1 Márta 2022 go dtí an 28 Feabhra 2025.",
            ["ga"],
            ("2022-03-01", "2025-02-28"),
        ),
        # Croatian news: a start verb and an end verb, each before its date.
        (
            "Projekt započinje 15. siječnja 2023., a završava 14. siječnja 2026. godine.",
            ["hr"],
            ("2023-01-15", "2026-01-14"),
        ),
        # Slovak: "Realizácia ... od ... do ..." (the implementation runs from ... to ...).
        (
            "Realizácia potrvá od 1. marca 2022 do 31. augusta 2024.",
            ["sk"],
            ("2022-03-01", "2024-08-31"),
        ),
        # Spanish: the works ("actuaciones") between two dates.
        (
            "Las actuaciones se desarrollarán entre el 1 de abril de 2023 y el 31 de marzo "
            "de 2026.",
            ["es"],
            ("2023-04-01", "2026-03-31"),
        ),
        # Latvian: year first with "gada", genitive then dative month.
        (
            "Projekts tiks īstenots no 2023. gada 1. jūlija līdz 2025. gada 30. jūnijam.",
            ["lv"],
            ("2023-07-01", "2025-06-30"),
        ),
    ],
)
def test_prose_ranges_in_less_seen_languages(
    text: str, langs: list[str], expected: tuple[str, str]
) -> None:
    assert date_pair(text, langs) == expected


def test_latvian_year_first_date_under_a_label() -> None:
    assert date_pair("Sākuma datums: 2022. gada 1. oktobrī", ["lv"])[0] == "2022-10-01"


@pytest.mark.parametrize(
    ("text", "langs", "rate"),
    [
        ("Támogatási intenzitás: 85%", ["hu"], 0.85),
        (
            "Vrijednost projekta je 900.000,00 eura, od čega je 85 % sufinancirano iz "
            "Europskog fonda za regionalni razvoj.",
            ["hr"],
            0.85,
        ),
    ],
)
def test_rate_labels(text: str, langs: list[str], rate: float) -> None:
    hit = find_cofinancing_rate(text, langs)
    assert hit is not None and hit.value == pytest.approx(rate)


def test_croatian_eu_amount_label_and_its_bracketed_rate() -> None:
    text = "Iznos sufinanciranja EU: 425.000,00 EUR (85%)"
    kinds = [(a.value, a.kind) for a in find_amounts(text, ["hr"])]
    assert kinds == [(425000.0, "eu_funding")]
    hit = find_cofinancing_rate(text, ["hr"])
    assert hit is not None and hit.value == pytest.approx(0.85)


@pytest.mark.parametrize(
    ("text", "title", "acronym"),
    [
        (
            "Detail projektu\n\nNázev: Obnova mokřadů v povodí Lužnice\nZkratka: MOKRO\n"
            "Program: Interreg Rakousko – Česko 2021–2027\n",
            "Obnova mokřadů v povodí Lužnice",
            "MOKRO",
        ),
        (
            "Informácie o projekte\n\nNázov: Spoločné hasičské cvičenia na Morave\n"
            "Skratka: HASIČI SPOLU\n",
            "Spoločné hasičské cvičenia na Morave",
            "HASIČI SPOLU",
        ),
        (
            "Tagħrif dwar il-proġett\n\nTitlu: Rotot kulturali fil-Baħar Mediterran\n"
            "Akronimu: ROTOT\n",
            "Rotot kulturali fil-Baħar Mediterran",
            "ROTOT",
        ),
        (
            "ADATLAP\n\nProjekt címe: Közös árvízvédelmi riasztórendszer a Tisza mentén\n"
            "Rövid név: TISZAVÉD\n",
            "Közös árvízvédelmi riasztórendszer a Tisza mentén",
            "TISZAVÉD",
        ),
    ],
)
def test_bare_title_and_short_name_labels(text: str, title: str, acronym: str) -> None:
    record = record_of(text)
    assert (record.title, record.acronym) == (title, acronym)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            "Općina Vir i Grad Nin pokrenuli su projekt SUNČANA OBALA, sufinanciran iz "
            "programa Interreg.",
            "SUNČANA OBALA",
        ),
        ("A Câmara de Chaves coordena o projeto RIOS LIMPOS, aprovado em março.", "RIOS LIMPOS"),
        ("El pueblo participa en el proyecto MONTAÑA VIVA, que arrancó ayer.", "MONTAÑA VIVA"),
        ("Il comune aderisce al progetto BORGHI APERTI, avviato in primavera.", "BORGHI APERTI"),
        # A stop word or a programme generation after the name is no part of it.
        ("The municipality joins the project GREENWAY EU funded by Interreg.", "GREENWAY"),
    ],
)
def test_names_in_capital_words_after_a_project_word(text: str, acronym: str) -> None:
    assert record_of(text).acronym == acronym


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Ohjelma: Interreg Aurora 2021–2027", "aurora"),
        ("Program: Interreg Aurora", "aurora"),
        ("Programme : Interreg France-Wallonie-Vlaanderen 2014-2020", "france-wallonie-vlaanderen"),
        ("Programma: Interreg France-Wallonie-Vlaanderen", "france-wallonie-vlaanderen"),
        ("Clár: Interreg Éire-An Bhreatain Bheag 2021-2027", "ireland-wales"),
        ("Programme: Interreg Ireland-Wales 2014-2020", "ireland-wales"),
        ("Rhaglen: Interreg Iwerddon-Cymru", "ireland-wales"),
    ],
)
def test_programmes_named_after_no_pair_of_countries(text: str, family: str) -> None:
    ids = [c.id for _, _, c in match_programme(text)]
    assert len(ids) == 1 and ids[0].startswith(family)


def test_aurora_alone_in_prose_is_no_programme() -> None:
    assert match_programme("Revontulet eli aurora borealis näkyy Lapissa.") == []


@pytest.mark.parametrize(
    ("text", "title", "acronym"),
    [
        (
            "Hulpbronnen voor gezonde duinen (DUINZORG)\n\nProgramma: Interreg Vlaanderen-"
            "Nederland\n\nPartners\n\nGemeente Koksijde | Leadpartner | BE\n"
            "Natuurmonumenten | Partner | NL\nProvincie West-Vlaanderen | Partner | BE\n",
            "Hulpbronnen voor gezonde duinen",
            "DUINZORG",
        ),
        (
            "Wspólna ochrona doliny Nysy (NYSA-EKO)\n\nProgram: Interreg Polska – Saksonia\n\n"
            "Partnerzy\n\nPartner | Rola | Kraj\nGmina Pieńsk | Partner wiodący | PL\n"
            "Stadt Rothenburg | Partner | DE\n",
            "Wspólna ochrona doliny Nysy",
            "NYSA-EKO",
        ),
    ],
)
def test_partner_table_rows_in_bars_are_no_site_menu(text: str, title: str, acronym: str) -> None:
    # Rows of a table flattened with bars, under the heading, do not make the heading a
    # line of the site's header (as a one-line bar menu would).
    record = record_of(text)
    assert (record.title, record.acronym) == (title, acronym)


@pytest.mark.parametrize(
    ("text", "title", "acronym"),
    [
        (
            "ΠΟΤΑΜΙ : Κοινή παρακολούθηση της ποιότητας των υδάτων του Έβρου\n\n"
            "Πρόγραμμα: Interreg VI-A Ελλάδα – Βουλγαρία 2021-2027\n"
            "Διάρκεια: 01/03/2024 – 28/02/2027\nΣυνολικός προϋπολογισμός: 900.000,00 €\n",
            "Κοινή παρακολούθηση της ποιότητας των υδάτων του Έβρου",
            "ΠΟΤΑΜΙ",
        ),
        (
            "Обща грижа за горите в Родопите (РОДОПИ-ГОРА)\n\n"
            "Програма: Интеррег VI-A Гърция – България 2021-2027\n"
            "Начална дата: 01.04.2024 г.\nКрайна дата: 31.03.2026 г.\n",
            "Обща грижа за горите в Родопите",
            "РОДОПИ-ГОРА",
        ),
    ],
)
def test_heading_short_names_in_greek_and_cyrillic_capitals(
    text: str, title: str, acronym: str
) -> None:
    record = record_of(text)
    assert (record.title, record.acronym) == (title, acronym)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tá ceithre chomhpháirtí sa tionscadal ó Éirinn agus ón mBreatain Bheag.", 4),
        ("Oibreoidh cúig chomhpháirtí le chéile ar an tionscadal.", 5),
        ("Tá 6 pháirtí sa tionscadal.", 6),
    ],
)
def test_irish_partner_counts(text: str, count: int) -> None:
    from coopkg.extraction.quantities import find_partner_count

    hit = find_partner_count(text, ["ga"])
    assert hit is not None and hit.value == count


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Município de Mértola lidera projeto transfronteiriço sobre o rio Guadiana", "pt"),
        ("La Comarca del Sobrarbe lidera un proyecto para los valles del Pirineo", "es"),
        ("Il Comune di Sondrio coordina il progetto sulle piste ciclabili", "it"),
        ("The Region of Crete leads a new project on water reuse", "en"),
    ],
)
def test_leading_verbs_make_a_headline(text: str, language: str) -> None:
    from coopkg.extraction.titles import is_headline

    assert is_headline(text, [language])


def test_a_title_without_a_verb_is_no_headline() -> None:
    from coopkg.extraction.titles import is_headline

    assert not is_headline("Proteção transfronteiriça do rio Guadiana", ["pt"])


@pytest.mark.parametrize(
    ("text", "langs", "rate"),
    [
        # The fund is the subject of the contribution verb: its share is the EU rate.
        ("El presupuesto es de 600.000 euros, de los que el FEDER aportará el 75 %.", ["es"], 0.75),
        ("O FEDER comparticipa com 85% do investimento elegível.", ["pt"], 0.85),
        # A partner as the subject: that partner's own share, no EU rate.
        ("La Diputación aporta el 25 % del presupuesto.", ["es"], None),
        ("El Ayuntamiento, socio del FEDER, aporta el 20 %.", ["es"], None),
    ],
)
def test_fund_as_subject_of_a_contribution_verb(
    text: str, langs: list[str], rate: float | None
) -> None:
    hit = find_cofinancing_rate(text, langs)
    assert (hit.value if hit else None) == (pytest.approx(rate) if rate else None)
