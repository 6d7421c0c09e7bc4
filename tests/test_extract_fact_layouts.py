"""Fact layouts of programme and CMS pages: label and value boxes, definition lists with one
entry per line, fact sheets copied out of a PDF, and headings that name a project in
capital words. Texts written here, in the styles of real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopkg.extraction import extract_record
from coopkg.read.notices import html_to_text, notice_from_text, read_notice


def _html(body: str, lang: str) -> str:
    return f'<html lang="{lang}"><body><main>{body}</main></body></html>'


# ------------------------------------------------------------------------------ reading


def test_plain_text_rejoins_words_split_at_a_line_end(tmp_path: Path) -> None:
    sheet = (
        "Naziv projekta: Zajedničko upravlja-\nnje slivom Drave\n"
        "Partneri: Grad Osijek; Regionalna razvojna agen-\ncija Slavonije\n"
        "Regija: Sjever-\nJug\n"
    )
    path = tmp_path / "list.txt"
    path.write_text(sheet, encoding="utf-8")
    for text in (read_notice(path).text, notice_from_text(sheet, "memo").text):
        assert "upravljanje slivom" in text
        assert "agencija Slavonije" in text
        # A capital after the break is a compound's second part: the hyphen stays.
        assert "Sjever-\nJug" in text


def test_label_and_value_boxes_are_kept_apart() -> None:
    page = _html(
        '<div class="fact"><span class="label">Laufzeit</span>'
        '<span class="value">01.05.2024 – 30.04.2027</span></div>'
        "<p>Inter<b>reg</b> <em>E</em>U <span>Alp</span>en</p>",
        "de",
    )
    text, _ = html_to_text(page)
    assert "Laufzeit 01.05.2024 – 30.04.2027" in text
    # Formatting inside a word, or a span next to text, does not split the word.
    assert "Interreg EU Alpen" in text


def test_a_value_broken_into_lines_keeps_its_lines() -> None:
    page = _html(
        "<dl><dt>Partnerzy</dt><dd>Miasto Zgorzelec<br>Landkreis Bautzen<br>"
        "Fundacja Doliny Nysy</dd><dt>Program</dt><dd>Interreg Polska – Saksonia</dd></dl>"
        "<table><tr><th>Partner</th><td>Obec Vysoké nad Jizerou<br>Gmina Mirsk</td></tr></table>",
        "pl",
    )
    text, _ = html_to_text(page)
    assert text.splitlines()[:4] == [
        "Partnerzy: Miasto Zgorzelec",
        "Landkreis Bautzen",
        "Fundacja Doliny Nysy",
        "Program: Interreg Polska – Saksonia",
    ]
    assert "Partner: Obec Vysoké nad Jizerou\nGmina Mirsk" in text


# ------------------------------------------------------------------- partners per line

_DL_PAGES = [
    (
        "de",
        "Federführung",
        "Projektpartner",
        ["Landratsamt Traunstein", "Gemeinde Saalfelden", "Alpenverein Sektion Rosenheim"],
    ),
    ("pl", "Partner wiodący", "Partnerzy", ["Gmina Bogatynia", "Stadt Zittau", "Muzeum Łużyckie"]),
    (
        "it",
        "Capofila",
        "Partner",
        ["Comune di Tolmezzo", "Marktgemeinde Kötschach-Mauthen", "Consorzio Boschi Carnici"],
    ),
    (
        "fr",
        "Chef de file",
        "Partenaires",
        ["Ville de Mulhouse", "Landkreis Lörrach", "Université de Haute-Alsace"],
    ),
    (
        "es",
        "Beneficiario principal",
        "Socios",
        ["Ayuntamiento de Jaca", "Commune de Pau", "Universidad de Zaragoza"],
    ),
    (
        "nl",
        "Leadpartner",
        "Partners",
        ["Gemeente Venlo", "Stadt Viersen", "Fontys Hogeschool Venlo"],
    ),
    (
        "cs",
        "Vedoucí partner",
        "Partneři",
        ["Město Náchod", "Gmina Kudowa-Zdrój", "Muzeum Kladského pomezí"],
    ),
    ("sv", "Huvudpartner", "Partner", ["Strömstads kommun", "Halden kommune", "Högskolan Väst"]),
]


@pytest.mark.parametrize(("lang", "lead_label", "label", "names"), _DL_PAGES)
def test_definition_list_with_one_partner_per_line(
    lang: str, lead_label: str, label: str, names: list[str]
) -> None:
    lead, *others = names
    page = _html(
        "<h1>Grenzenlos 2030</h1><dl>"
        f"<dt>{lead_label}</dt><dd>{lead}</dd>"
        f"<dt>{label}</dt><dd>{'<br>'.join(others)}</dd></dl>",
        lang,
    )
    record = extract_record(notice_from_text(page, f"dl-{lang}", "text/html"))
    got = [p.name for p in record.partners]
    assert set(names) <= set(got), got
    assert all("<" not in n and " " in n for n in got)


# -------------------------------------------------------- headings with capital words

_HEADINGS = [
    ("it", "Progetto TERRE ALTE – Agricoltura di montagna tra Carnia e Carinzia", "TERRE ALTE"),
    ("bg", "Проект „ЧИСТА РЕКА“ – Опазване на река Тимок", "ЧИСТА РЕКА"),
    ("es", "Proyecto AGUA VIVA – Gestión compartida del río Miño", "AGUA VIVA"),
    ("pl", "Projekt ZIELONE MOSTY – Ścieżki rowerowe nad Odrą", "ZIELONE MOSTY"),
    ("hr", "Projekt MORE ZNANJA – Morska edukacija na Jadranu", "MORE ZNANJA"),
    ("fr", "Projet MONTS UNIS – Sentiers partagés du Jura", "MONTS UNIS"),
    ("de", "Projekt GRÜNE GRENZE – Biotopverbund im Böhmerwald", "GRÜNE GRENZE"),
    ("en", "Project BLUE CORRIDOR – Shared river monitoring on the Danube", "BLUE CORRIDOR"),
]


@pytest.mark.parametrize(("lang", "heading", "acronym"), _HEADINGS)
def test_heading_names_the_project_in_capital_words(lang: str, heading: str, acronym: str) -> None:
    body = "Lorem. " * 3 + (
        "The partners meet twice a year and share their data, their tools and their "
        "experience with the towns and the parks of both sides of the border for three years."
    )
    page = _html(f"<h1>{heading}</h1><p>{body}</p>", lang)
    record = extract_record(notice_from_text(page, f"h-{lang}", "text/html"))
    assert record.acronym == acronym
    assert record.title == heading.split(" – ", 1)[1]


@pytest.mark.parametrize(
    "heading",
    [
        "NOTA DE PRENSA – 4 de mayo de 2025",
        "COMUNICAT DE PRESĂ – Oradea",
        "PRESS RELEASE – New cycling route opens",
    ],
)
def test_a_page_word_heading_in_capitals_is_no_project_name(heading: str) -> None:
    page = _html(f"<h1>{heading}</h1><p>{'Texto de la nota. ' * 20}</p>", "es")
    record = extract_record(notice_from_text(page, "press", "text/html"))
    assert record.acronym is None or record.acronym not in heading


# ------------------------------------------------ a name in words, its title in brackets

_NAMED_THEN_TITLE = [
    (
        "nl",
        "Het project WADDEN WERK (Samen werken aan de Waddenkust) start in maart.",
        "WADDEN WERK",
    ),
    (
        "pl",
        "Ruszył projekt ZIELONE ŁĄKI (Wspólna ochrona łąk nad Nysą) w Zgorzelcu.",
        "ZIELONE ŁĄKI",
    ),
    (
        "hr",
        "Projekt ČISTA DRAVA (Zajednička zaštita rijeke Drave) traje tri godine.",
        "ČISTA DRAVA",
    ),
    ("lt", "Prasidėjo projektas ŠILO TAKAS (Bendras miško takų tinklas pasienyje).", "ŠILO TAKAS"),
    (
        "es",
        "El proyecto RÍO VIVO (Restauración compartida del río Bidasoa) arranca hoy.",
        "RÍO VIVO",
    ),
    (
        "it",
        "Il progetto MONTI VERDI (Pascoli alpini per il clima) è partito a Belluno.",
        "MONTI VERDI",
    ),
    (
        "de",
        "Das Projekt KLARE SEEN (Gemeinsamer Gewässerschutz am Bodensee) beginnt.",
        "KLARE SEEN",
    ),
    (
        "en",
        "The project OPEN SHORES (Shared Coastal Access for Everyone) starts in May.",
        "OPEN SHORES",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "acronym"), _NAMED_THEN_TITLE)
def test_project_named_in_words_then_its_title_in_brackets(
    lang: str, sentence: str, acronym: str
) -> None:
    record = extract_record(notice_from_text(sentence, f"p-{lang}"))
    assert record.acronym == acronym
    assert record.title == sentence.split("(", 1)[1].split(")", 1)[0]


def test_an_organisation_after_the_project_word_is_not_read_as_a_title() -> None:
    text = "The project is run by ZLTO (Zuidelijke Land- en Tuinbouworganisatie) in Goes."
    record = extract_record(notice_from_text(text, "org"))
    assert record.title is None


# ---------------------------------------------------------- "other partners" labels

_OTHER_PARTNERS = [
    (
        "da",
        "Leadpartner",
        "Øvrige partnere",
        ["Tønder Kommune", "Kreis Schleswig-Flensburg", "Syddansk Universitet"],
    ),
    (
        "sv",
        "Huvudpartner",
        "Övriga partner",
        ["Haparanda stad", "Tornion kaupunki", "Luleå tekniska universitet"],
    ),
    (
        "no",
        "Hovedpartner",
        "Øvrige partnere",
        ["Halden kommune", "Strömstads kommun", "Høgskolen i Østfold"],
    ),
    (
        "cs",
        "Vedoucí partner",
        "Další partneři",
        ["Město Aš", "Stadt Selb", "Západočeská univerzita v Plzni"],
    ),
    (
        "hr",
        "Vodeći partner",
        "Ostali partneri",
        ["Grad Čakovec", "Občina Ormož", "Međimursko veleučilište"],
    ),
    (
        "hu",
        "Vezető partner",
        "További partnerek",
        ["Sopron Megyei Jogú Város", "Stadtgemeinde Eisenstadt", "Soproni Egyetem"],
    ),
    (
        "ro",
        "Partener lider",
        "Alți parteneri",
        ["Municipiul Satu Mare", "Nyíregyháza Megyei Jogú Város", "Universitatea de Nord"],
    ),
    (
        "fi",
        "Päätoteuttaja",
        "Muut kumppanit",
        ["Oulun yliopisto", "Luleå kommun", "Kemin kaupunki"],
    ),
]


@pytest.mark.parametrize(("lang", "lead_label", "label", "names"), _OTHER_PARTNERS)
def test_other_partners_label_opens_the_rest_of_the_partnership(
    lang: str, lead_label: str, label: str, names: list[str]
) -> None:
    lead, *others = names
    text = f"Tiedot\n\n{lead_label}: {lead}\n{label}: {'; '.join(others)}\n"
    record = extract_record(notice_from_text(text, f"o-{lang}"))
    got = [p.name for p in record.partners]
    assert set(names) <= set(got), got


# ------------------------------------------------- period under a fact sheet's programme

_SHEET_HEADERS = [
    ("fr", "FICHE PROJET          Interreg France-Italie ALCOTRA\n                      2021-2027"),
    ("de", "Interreg Österreich-Bayern            PROJEKTBLATT\n2021 – 2027"),
    ("it", "SCHEDA PROGETTO      Interreg Italia-Svizzera\n                     2021-2027"),
    ("es", "Interreg España-Portugal     FICHA DE PROYECTO\n2021-2027"),
    ("pl", "Interreg Polska-Słowacja          KARTA PROJEKTU\n2021–2027"),
    ("cs", "Interreg Rakousko-Česko            KARTA PROJEKTU\n2021-2027"),
    ("hu", "Interreg Magyarország-Horvátország     PROJEKTADATLAP\n2021-2027"),
    ("fi", "Interreg Aurora                    HANKEKORTTI\n2021–2027"),
]


@pytest.mark.parametrize(("lang", "header"), _SHEET_HEADERS)
def test_period_on_the_line_under_the_programme_of_a_sheet(lang: str, header: str) -> None:
    text = header + "\n\nMOUNTAIN LINK: cross-border mountain rescue training\n"
    record = extract_record(notice_from_text(text, f"sheet-{lang}"))
    assert record.programme is not None
    assert record.period == "2021-2027"
    assert "period" not in record.derived


def test_a_project_run_on_the_next_line_is_no_period() -> None:
    text = "Programme: Interreg Europe\n2016-2019: the partners tested ten pilot actions.\n"
    record = extract_record(notice_from_text(text, "run"))
    assert record.period != "2016-2019"


# ------------------------------------------------------------ a budget stated in prose


@pytest.mark.parametrize(
    "sentence",
    [
        "El proyecto RÍO VIVO cuenta con un presupuesto de 2,4 millones de euros y está "
        "cofinanciado en un 75 % por el Fondo Europeo de Desarrollo Regional.",
        "La iniciativa, que cuenta con un presupuesto de 2,4 millones de euros, está "
        "cofinanciada en un 75 % por el FEDER.",
    ],
)
def test_spanish_budget_in_prose_is_the_total_not_the_eu_amount(sentence: str) -> None:
    record = extract_record(notice_from_text(sentence, "presupuesto"))
    assert record.total_budget_eur == 2_400_000
    assert record.eu_funding_eur in (None, 1_800_000)
    if record.eu_funding_eur is not None:
        assert "eu_funding_eur" in record.derived
