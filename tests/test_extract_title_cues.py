"""Titles and short names in page layouts and prose cues of many languages: a heading that
the page's end repeats, duplicated headings, flattened "Label | value |" tables, quoted
names after cues written before or after them, acronyms spelled out by a verb, and the
project's website named by its title. Every text here is written for the test in the style
of real project pages and news items."""

from __future__ import annotations

import pytest

from coopkg.extraction.layout import header_lines, layout
from coopkg.extraction.titles import find_title_and_acronym, looks_like_acronym
from extracting import record_of

BODY = {
    "en": "The partners test new methods together, train local staff and publish a common "
    "guide for the towns of the border area over the next three years of work.",
    "de": "Die Partner erproben gemeinsam neue Methoden, schulen das Personal vor Ort und "
    "veröffentlichen in den nächsten drei Jahren einen gemeinsamen Leitfaden.",
    "fr": "Les partenaires testent ensemble de nouvelles méthodes, forment le personnel local "
    "et publient un guide commun pour les communes de la zone frontalière.",
    "it": "I partner sperimentano insieme nuovi metodi, formano il personale locale e "
    "pubblicano una guida comune per i comuni dell'area di confine nei prossimi anni.",
    "es": "Los socios prueban juntos nuevos métodos, forman al personal local y publican una "
    "guía común para los municipios de la zona fronteriza durante los próximos años.",
    "pl": "Partnerzy wspólnie testują nowe metody, szkolą lokalny personel i opracują "
    "wspólny przewodnik dla gmin obszaru przygranicznego w ciągu trzech lat.",
    "nl": "De partners testen samen nieuwe methoden, leiden lokaal personeel op en maken een "
    "gemeenschappelijke gids voor de gemeenten in het grensgebied in drie jaar.",
    "pt": "Os parceiros testam em conjunto novos métodos, formam o pessoal local e publicam "
    "um guia comum para os municípios da zona de fronteira nos próximos três anos.",
}


def _titles(text: str, langs: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    title, acronym = find_title_and_acronym(layout(text), langs)
    return (title.value if title else None, acronym.value if acronym else None)


# ------------------------------------------------------------------ headings the end repeats


@pytest.mark.parametrize(
    ("lang", "heading", "closing"),
    [
        ("en", "Rivers Without Borders", "More stories on the project – Rivers Without Borders"),
        ("de", "Grüne Grenzwege", "Alle Meldungen zum Projekt – Grüne Grenzwege"),
        (
            "fr",
            "Sentiers du Jura partagés",
            "Toutes les actualités du projet – Sentiers du Jura partagés",
        ),
        (
            "it",
            "Sentieri delle Alpi Giulie",
            "Tutte le notizie sul progetto – Sentieri delle Alpi Giulie",
        ),
        (
            "es",
            "Caminos del Miño compartidos",
            "Todas las noticias del proyecto – Caminos del Miño compartidos",
        ),
        (
            "pl",
            "Wspólne szlaki Beskidów",
            "Wszystkie aktualności projektu – Wspólne szlaki Beskidów",
        ),
        (
            "nl",
            "Groene grensroutes Maas",
            "Alle berichten over het project – Groene grensroutes Maas",
        ),
        ("pt", "Rotas verdes da raia", "Todas as notícias do projeto – Rotas verdes da raia"),
    ],
)
def test_heading_repeated_after_a_project_word_at_the_end_is_the_title(
    lang: str, heading: str, closing: str
) -> None:
    text = f"{heading}\n{heading}\n\n{BODY[lang]} {BODY[lang]}\n\n{closing}\n"
    assert header_lines(layout(text)) == frozenset()
    assert _titles(text, (lang,))[0] == heading


def test_site_name_repeated_in_a_copyright_footer_stays_the_site_header() -> None:
    text = (
        "Gemeinde Waldhausen\n"
        "Startseite  Rathaus  Projekte  Kontakt\n\n"
        "Neue Wege im Grenzland\n\n" + BODY["de"] + "\n\n" + BODY["de"] + "\n\n"
        "© 2024 Gemeinde Waldhausen\n"
    )
    lay = layout(text)
    assert lay.lines[0].start in header_lines(lay)
    assert _titles(text, ("de",))[0] != "Gemeinde Waldhausen"


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        # a quoted name after a programme prefix, the page's heading (repeated at the end)
        (
            "Monday, 4th March 2024\n\nInterreg Euro-MED Thematic Project - “Blue Harbours”\n\n"
            + BODY["en"] * 2
            + "\n\n Interreg Euro-MED Thematic Project - “Blue Harbours”\n",
            "en",
            "Blue Harbours",
        ),
        # a flattened table under a duplicated heading
        (
            "Forest Fire Watch\nForest Fire Watch\n"
            "Source of funding | Interreg IPA programme |\n"
            "Area of intervention | Risk prevention |\n"
            "Project period | 01. Mar 2019 – 28. Feb 2022 |\n"
            "Project partners | |\n",
            "en",
            "Forest Fire Watch",
        ),
        # a project number after the project word, years at the title's end
        (
            "Projekt AB 318 – Gemeinsame Pflege der Flusslandschaft am Inn 2021-2023\n\n"
            + BODY["de"]
            + " "
            + BODY["de"]
            + "\n",
            "de",
            "Gemeinsame Pflege der Flusslandschaft am Inn 2021-2023",
        ),
        (
            "Progetto ITAT 4051 – Gestione comune delle foreste di confine 2020-2023\n\n"
            + BODY["it"]
            + " "
            + BODY["it"]
            + "\n",
            "it",
            "Gestione comune delle foreste di confine 2020-2023",
        ),
    ],
)
def test_heading_layouts(text: str, lang: str, title: str) -> None:
    assert _titles(text, (lang,))[0] == title


# ------------------------------------------------------------------ acronym shapes


@pytest.mark.parametrize("word", ["Vi.A", "PE:Region", "Mura-Drava.Bike", "B.LU.Tresa"])
def test_acronyms_joined_by_a_point_or_colon(word: str) -> None:
    assert looks_like_acronym(word)


@pytest.mark.parametrize("word", ["Projekt.Der", "Ende.", "Hinweis:"])
def test_a_sentence_end_is_no_joined_acronym(word: str) -> None:
    assert not looks_like_acronym(word)


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [
        ("Le Projet Ri.Ve\n\n" + BODY["fr"] + "\n", "fr", "Ri.Ve"),
        (
            "Unter der Bezeichnung „GR:Lab“ starten drei Hochschulen ein neues Vorhaben.\n",
            "de",
            "GR:Lab",
        ),
        (
            "Prende il nome di “MontAlpi” il nuovo progetto dei parchi di confine.\n",
            "it",
            "MontAlpi",
        ),
        (
            "La iniciativa transfronteriza, denominada 'Pinus AP', reúne a ocho socios.\n",
            "es",
            "Pinus AP",
        ),
        (
            "A HUSK/1601/2.1 GREEN-WAY c. projekt a határ két oldalán valósul meg.\n",
            "hu",
            "GREEN-WAY",
        ),
    ],
)
def test_short_names_after_cues(text: str, lang: str, acronym: str) -> None:
    assert _titles(text, (lang,))[1] == acronym


# ------------------------------------------------------------------ quoted names in prose


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'Il Comune presenta il progetto "Ci.Vi. Lago" “Ciclabile dei villaggi del lago”'
            " al programma Interreg.\n",
            "it",
            ("Ciclabile dei villaggi del lago", "Ci.Vi. Lago"),
        ),
        (
            "La comarca presentó el proyecto «RíoVivo» «Restauración de riberas del Duero "
            "internacional» al programa Interreg.\n",
            "es",
            ("Restauración de riberas del Duero internacional", "RíoVivo"),
        ),
        (
            "La commune porte le projet « MontJura » « Randonnées partagées sur les crêtes du "
            "Jura » avec ses voisins suisses.\n",
            "fr",
            ("Randonnées partagées sur les crêtes du Jura", "MontJura"),
        ),
        (
            "Община Смолян и дем Ксанти ще изпълняват проект: „Подобряване на достъпа до "
            "планинските пътеки и хижите“ със съкратено наименование „Планински "
            "пътеки“ по програмата Интеррег.\n",
            "bg",
            (
                "Подобряване на достъпа до планинските пътеки и хижите",
                "Планински пътеки",
            ),
        ),
        (
            "Garamszentbenedek Önkormányzata a „Közös hagyományaink ápolása” elnevezésű "
            "pályázaton támogatást nyert.\n",
            "hu",
            ("Közös hagyományaink ápolása", None),
        ),
        (
            'Kunta osallistuu "Rajaseudun vesireitit kuntoon" -niminen hankkeeseen kolmen '
            "vuoden ajan.\n",
            "fi",
            ("Rajaseudun vesireitit kuntoon", None),
        ),
    ],
)
def test_quoted_names_with_cues(
    text: str, lang: str, expected: tuple[str | None, str | None]
) -> None:
    assert _titles(text, (lang,)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Regione aderisce al Progetto europeo denominato Percorsi ciclabili per la "
            "scoperta delle valli alpine – VALBIKE, nell'ambito del Programma Interreg.\n",
            "it",
            ("Percorsi ciclabili per la scoperta delle valli alpine", "VALBIKE"),
        ),
        (
            "La Diputación participa en el proyecto denominado Rutas verdes para el turismo "
            "de frontera – RUTAVER, del programa Interreg.\n",
            "es",
            ("Rutas verdes para el turismo de frontera", "RUTAVER"),
        ),
        (
            "The council joined the project named Safer Rivers for Border Towns – SAFERIV, "
            "funded by Interreg.\n",
            "en",
            ("Safer Rivers for Border Towns", "SAFERIV"),
        ),
        (
            "Le Département rejoint le projet intitulé Sentiers partagés des Alpes du Sud – "
            "SENTALP, soutenu par Interreg.\n",
            "fr",
            ("Sentiers partagés des Alpes du Sud", "SENTALP"),
        ),
    ],
)
def test_unquoted_title_after_a_cue_then_its_acronym(
    text: str, lang: str, expected: tuple[str | None, str | None]
) -> None:
    assert _titles(text, (lang,)) == expected


def test_headline_naming_a_quoted_project_is_news_not_the_title() -> None:
    text = (
        "ValleNotizie\n\n"
        "Nuove piste sul lago grazie al progetto europeo “Lago Bici”\n\n"
        + BODY["it"]
        + " "
        + BODY["it"]
        + "\n"
    )
    title, acronym = _titles(text, ("it",))
    assert title is None
    assert acronym == "Lago Bici"


def test_event_names_after_project_colon_are_not_the_project() -> None:
    text = (
        "Cooperation between mountain villages\n\n"
        "The project organised three events to reach its goals: „Opening Day”, „Training”"
        " and „Closing Conference”. " + BODY["en"] + "\n"
    )
    assert _titles(text, ("en",)) == ("Cooperation between mountain villages", None)


# ------------------------------------------------------------------ acronyms spelled out


@pytest.mark.parametrize(
    ("intro", "text", "title"),
    [
        (
            "The GreenPorT project",
            "GreenPorT stands for: Green Ports and Transport for the Adriatic Region.",
            "Green Ports and Transport for the Adriatic Region",
        ),
        (
            "Das Projekt GreenPorT",
            "GreenPorT steht für Grüne Häfen und Verkehr in der Adriaregion.",
            "Grüne Häfen und Verkehr in der Adriaregion",
        ),
        (
            "Le projet GreenPorT",
            "GreenPorT signifie Ports verts et transports de la région adriatique.",
            "Ports verts et transports de la région adriatique",
        ),
        (
            "Il progetto GreenPorT",
            "GreenPorT sta per Porti verdi e trasporti nella regione adriatica.",
            "Porti verdi e trasporti nella regione adriatica",
        ),
        (
            "El proyecto GreenPorT",
            "GreenPorT significa Puertos verdes y transporte en la región adriática.",
            "Puertos verdes y transporte en la región adriática",
        ),
        (
            "Projekt GreenPorT",
            "GreenPorT oznacza Zielone porty i transport w regionie Adriatyku.",
            "Zielone porty i transport w regionie Adriatyku",
        ),
        (
            "Het project GreenPorT",
            "GreenPorT staat voor Groene havens en vervoer in het Adriatische gebied.",
            "Groene havens en vervoer in het Adriatische gebied",
        ),
        (
            "Projektet GreenPorT",
            "GreenPorT står för Gröna hamnar och transporter i Adriatiska regionen.",
            "Gröna hamnar och transporter i Adriatiska regionen",
        ),
    ],
)
def test_acronym_spelled_out_by_a_verb_gives_the_title(intro: str, text: str, title: str) -> None:
    assert _titles(f"{intro}\n\n{text}\n") == (title, "GreenPorT")


def test_a_sentence_after_means_is_no_title() -> None:
    text = "GreenPorT means that the ports will cut their emissions.\n"
    assert _titles(text, ("en",))[0] is None


# ------------------------------------------------------------------ website


def test_website_whose_host_spells_the_title() -> None:
    text = (
        "Forest Fire Watch\nForest Fire Watch\n"
        "Source of funding | Interreg IPA programme |\n"
        "Area of intervention | Risk prevention |\n"
        "Project period | 01. Mar 2019 – 28. Feb 2022 |\n"
        "Further information | http://www.forest-fire-watch.eu/ |\n"
    )
    assert record_of(text).website == "http://www.forest-fire-watch.eu/"


def test_a_portal_page_deep_under_a_programme_site_is_not_the_website() -> None:
    text = (
        "Il Comune presenta il progetto “LAGOBIKE” al programma Interreg. "
        + BODY["it"]
        + "\nScheda del progetto sul sito del programma:\n"
        "https://www.interreg-example.eu/en/programme/funded/projects/lagobike\n"
    )
    assert record_of(text).website is None


# ------------------------------------------------------------------ headings under programmes


@pytest.mark.parametrize(
    ("lang", "heading", "translation"),
    [
        ("de", "Rahmenprojekt Kleinprojekte EUREGIO", "Kaderproject kleine projecten EUREGIO"),
        ("nl", "Kaderproject Grensregio MAAS", "Rahmenprojekt Grenzregion MAAS"),
        (
            "fr",
            "Microprojets frontaliers GRAND-EST",
            "Grenzüberschreitende Kleinprojekte GRAND-EST",
        ),
        ("it", "Fondo piccoli progetti ALPIMAR", "Fonds petits projets ALPIMAR"),
    ],
)
def test_heading_under_programme_name_lines(lang: str, heading: str, translation: str) -> None:
    text = (
        f"Interreg\n\nDeutschland-Nederland\n\n{heading}\n\n{translation}\n\n"
        f"{BODY[lang]} {BODY[lang]}\n"
    )
    assert _titles(text, (lang,))[0] == heading


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        (
            "hr",
            "DRAVSKE RIJEČNE STAZE: POTPISAN SPORAZUM\n\n"
            "U Varaždinu je potpisan sporazum na projektu Dravske riječne staze, koji "
            "financira Interreg. Partneri će urediti staze uz rijeku.\n",
            "Dravske riječne staze",
        ),
        (
            "sl",
            "ZELENE POTI OB MURI: PODPISANA POGODBA\n\n"
            "V Lendavi so podpisali pogodbo za projekt Zelene poti ob Muri, ki ga sofinancira "
            "program Interreg. Partnerji bodo uredili poti ob reki.\n",
            "Zelene poti ob Muri",
        ),
        (
            "en",
            "RIVER PATHS OF THE DRAVA: AGREEMENT SIGNED\n\n"
            "The partners signed the agreement on the project River paths of the Drava, "
            "co-financed by Interreg. They will build paths along the river.\n",
            "River paths of the Drava",
        ),
        (
            "de",
            "GRÜNE WEGE AM INN: VERTRAG UNTERZEICHNET\n\n"
            "In Passau wurde der Vertrag für das Projekt Grüne Wege am Inn unterzeichnet, "
            "das Interreg fördert. Die Partner bauen Wege am Fluss.\n",
            "Grüne Wege am Inn",
        ),
    ],
)
def test_name_before_the_headline_colon_that_the_article_repeats(
    lang: str, text: str, title: str
) -> None:
    assert _titles(text, (lang,))[0] == title


def test_headline_colon_whose_name_the_article_does_not_call_a_project() -> None:
    text = (
        "BORDER TOWNS: NEW BRIDGE OPENED\n\n"
        "The mayors opened a bridge between the border towns, co-financed by Interreg.\n"
    )
    assert _titles(text, ("en",))[0] is None


# ------------------------------------------------------------------ heading under a fact sheet

FACTS = {
    "en": ("Start date: 1 April 2018", "End date: 30 June 2021", "Total budget: 1 200 000 €"),
    "de": ("Beginn: 1. April 2018", "Ende: 30. Juni 2021", "Gesamtbudget: 1 200 000 €"),
    "fr": (
        "Date de début : 1 avril 2018",
        "Date de fin : 30 juin 2021",
        "Budget total : 1 200 000 €",
    ),
    "it": (
        "Data di inizio: 1 aprile 2018",
        "Data di fine: 30 giugno 2021",
        "Budget totale: 1 200 000 €",
    ),
    "es": (
        "Fecha de inicio: 1 de abril de 2018",
        "Fecha de fin: 30 de junio de 2021",
        "Presupuesto total: 1 200 000 €",
    ),
    "pl": (
        "Data początkowa: 1 kwietnia 2018",
        "Data końcowa: 30 czerwca 2021",
        "Budżet ogółem: 1 200 000 €",
    ),
    "nl": ("Startdatum: 1 april 2018", "Einddatum: 30 juni 2021", "Totaal budget: 1 200 000 €"),
    "pt": (
        "Data de início: 1 de abril de 2018",
        "Data de fim: 30 de junho de 2021",
        "Orçamento total: 1 200 000 €",
    ),
}
HEADINGS = {
    "en": "Renovation of the old harbour warehouses",
    "de": "Sanierung der alten Speicher am Hafen",
    "fr": "Rénovation des anciens entrepôts du port",
    "it": "Recupero dei vecchi magazzini del porto",
    "es": "Rehabilitación de los antiguos almacenes del puerto",
    "pl": "Odnowa dawnych magazynów portowych w mieście",
    "nl": "Renovatie van de oude pakhuizen aan de haven",
    "pt": "Reabilitação dos antigos armazéns do porto",
}


@pytest.mark.parametrize("lang", sorted(FACTS))
def test_heading_under_a_fact_sheet_over_the_description(lang: str) -> None:
    text = (
        "Project map: discover cohesion projects near you\n\n"
        + "\n".join(FACTS[lang])
        + f"\n\n{HEADINGS[lang]}\n\n{BODY[lang]} {BODY[lang]}\n"
    )
    assert _titles(text, (lang,))[0] == HEADINGS[lang]


def test_description_right_under_a_fact_sheet_gives_no_title() -> None:
    text = (
        "Project map: discover cohesion projects near you\n\n"
        + "\n".join(FACTS["en"])
        + f"\n\n{BODY['en']} {BODY['en']}\n"
    )
    assert _titles(text, ("en",))[0] is None


# ------------------------------------------------------------------ names before "-hanke"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Kunta on mukana Clean Lakes - Water Quality in the Border Lakes -hankkeessa. "
            "Clean Lakes -hanke kestää kolme vuotta ja sitä rahoittaa Interreg.\n",
            ("Water Quality in the Border Lakes", "Clean Lakes"),
        ),
        (
            "fi",
            "Rajakylät -hankkeeseen osallistuu kuusi kuntaa kolmesta maasta.\n",
            (None, None),
        ),
        (
            "et",
            "Vald osaleb Green Routes projekti raames rajatud matkaradade töös. Green Routes "
            "-projekt kestab kaks aastat.\n",
            (None, "Green Routes"),
        ),
    ],
)
def test_names_before_a_hyphenated_project_word(
    lang: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _titles(text, (lang,)) == expected


# ------------------------------------------------------------------ a coined name repeated


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "AquaLinK connects water utilities. AquaLinK will also train their staff."),
        ("de", "AquaLinK verbindet Wasserversorger. AquaLinK schult außerdem ihr Personal."),
        ("fr", "AquaLinK relie les services des eaux. AquaLinK forme aussi leur personnel."),
        ("it", "AquaLinK collega i gestori idrici. AquaLinK forma anche il loro personale."),
        ("es", "AquaLinK conecta a los gestores del agua. AquaLinK también forma a su personal."),
        ("pl", "AquaLinK łączy wodociągi. AquaLinK szkoli także ich pracowników."),
        ("nl", "AquaLinK verbindt waterbedrijven. AquaLinK leidt ook hun personeel op."),
        ("pt", "AquaLinK liga as empresas de água. AquaLinK também forma o seu pessoal."),
    ],
)
def test_a_camel_case_name_the_text_repeats_is_the_short_name(lang: str, text: str) -> None:
    assert _titles(text + "\n", (lang,))[1] == "AquaLinK"


def test_a_camel_case_name_said_once_is_not_taken() -> None:
    text = "The partners met at the TecnoCampus in the city to plan the next steps.\n"
    assert _titles(text, ("en",))[1] is None


def test_site_name_with_a_project_word_in_a_copyright_footer_stays_the_header() -> None:
    text = (
        "Border Project Hub\n\n"
        "New cycle bridge opened between the two towns\n\n"
        + "\n\n".join([BODY["en"]] * 4)
        + "\n\n© 2024 Border Project Hub. All rights reserved.\n"
    )
    lay = layout(text)
    assert lay.lines[0].start in header_lines(lay)


# ------------------------------------------------------------------ a name before a verb


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Proiectul Blue Lakes este un parteneriat între șase comune."),
        # In German, nouns are capitalised: only words foreign to German make a name.
        ("de", "Das INTERREG-Projekt Coastal Heritage ist eine Zusammenarbeit von Gemeinden."),
        ("fr", "Le projet Blue Lakes est un partenariat de six communes riveraines."),
        ("it", "Il progetto Blue Lakes è una collaborazione tra sei comuni del lago."),
        ("es", "El proyecto Blue Lakes es una colaboración entre seis municipios."),
        ("nl", "Het project Blue Lakes is een samenwerking van zes gemeenten."),
        ("pl", "Projekt Blue Lakes jest partnerstwem sześciu gmin nad jeziorami."),
        ("pt", "O projeto Blue Lakes é uma parceria entre seis municípios."),
    ],
)
def test_capitalised_name_between_project_word_and_verb(lang: str, text: str) -> None:
    expected = "Coastal Heritage" if lang == "de" else "Blue Lakes"
    assert _titles(text + "\n", (lang,))[1] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il progetto Nova Gorica è una collaborazione tra scuole."),
        ("fr", "Le projet Interreg Europe est cité ici sans nom."),
        ("en", "The project Steering Group is chaired by the lead partner."),
        ("de", "Das Projekt Anfang Mai ist mit einer Konferenz gestartet."),
    ],
)
def test_places_and_programmes_before_a_verb_are_no_name(lang: str, text: str) -> None:
    assert _titles(text + "\n", (lang,))[1] is None


# ------------------------------------------------------------------ a fact sheet's running header

# The programme's name and a page word over a fact sheet, in the words of each language.
_SHEET_HEADERS = {
    "en": "Interreg Central Europe   PROJECT FACT SHEET",
    "de": "Interreg Bayern-Österreich   PROJEKTSTECKBRIEF",
    "fr": "Interreg Grande Région   FICHE PROJET",
    "it": "Interreg Italia-Austria   SCHEDA PROGETTO",
    "es": "Interreg Sudoe   FICHA DE PROYECTO",
    "pl": "Interreg Polska-Saksonia   KARTA PROJEKTU",
    "nl": "Interreg Vlaanderen-Nederland   PROJECTFICHE",
    "pt": "Interreg Espanha-Portugal   FICHA DO PROJETO",
}


_SHEET_FACTS = {
    "en": "Duration: 01.03.2024 - 28.02.2027\nTotal budget: 1 200 000 EUR\nERDF: 960 000 EUR",
    "de": "Laufzeit: 01.03.2024 - 28.02.2027\nGesamtbudget: 1 200 000 EUR\nEFRE: 960 000 EUR",
    "fr": "Durée : 01.03.2024 - 28.02.2027\nBudget total : 1 200 000 EUR\nFEDER : 960 000 EUR",
    "it": "Durata: 01.03.2024 - 28.02.2027\nBudget totale: 1 200 000 EUR\nFESR: 960 000 EUR",
    "es": "Duración: 01.03.2024 - 28.02.2027\nPresupuesto total: 1 200 000 EUR\nFEDER: 960 000 EUR",
    "pl": "Okres realizacji: 01.03.2024 - 28.02.2027\nBudżet całkowity: 1 200 000 EUR\n"
    "EFRR: 960 000 EUR",
    "nl": "Looptijd: 01.03.2024 - 28.02.2027\nTotaal budget: 1 200 000 EUR\nEFRO: 960 000 EUR",
    "pt": "Duração: 01.03.2024 - 28.02.2027\nOrçamento total: 1 200 000 EUR\nFEDER: 960 000 EUR",
}


@pytest.mark.parametrize("lang", sorted(_SHEET_HEADERS))
def test_a_programme_name_over_a_fact_sheet_is_no_title(lang: str) -> None:
    # The sheet's name heading is broken over lines (copied from a PDF): no title is
    # better than the running header.
    text = f"{_SHEET_HEADERS[lang]}\n2021-2027\n\n{_SHEET_FACTS[lang]}\n\n{BODY[lang]}\n"
    title, _ = _titles(text, (lang,))
    assert title is None or not title.startswith("Interreg")
