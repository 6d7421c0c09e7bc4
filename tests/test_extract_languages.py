"""Label tables in every official EU language plus Icelandic and Norwegian.

Each language gets a short notice written here in the style of a project database page: a
label line per field family ("<label>: <value>") and a partner list under its label. The
extractor must read every field through that language's own labels, so a missing table
entry fails the test for that language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import pytest

from coopkg.extraction import extract_record
from coopkg.records import Notice, ProjectRecord

TODAY = dt.date(2025, 1, 1)
TOTAL, EU = 2_450_000.0, 1_960_000.0


@dataclass(frozen=True)
class Page:
    """The labels and values of one language's notice."""

    title: tuple[str, str]  # (label, title)
    acronym: str  # label
    start: str
    end: str
    total: str
    eu: str
    amounts: tuple[str, str]  # (total, EU) as the language writes them
    lead: tuple[str, str]  # (label, organisation)
    partners: tuple[str, str, str]  # (label, organisation, organisation)
    status: tuple[str, str]  # (label, a word for "ongoing")


EUR = ("2 450 000,00 EUR", "1 960 000,00 EUR")
EUR_DOT = ("2.450.000,00 EUR", "1.960.000,00 EUR")
EUR_POINT = ("€2,450,000.00", "€1,960,000.00")

PAGES: dict[str, Page] = {
    "bg": Page(
        ("Наименование на проекта", "Чиста енергия за дунавските пристанища"),
        "Акроним",
        "Начална дата",
        "Крайна дата",
        "Общ бюджет",
        "Финансиране от ЕФРР",
        EUR,
        ("Водещ партньор", "Община Благоевград"),
        ("Партньори по проекта", "Югозападен университет Неофит Рилски", "Сдружение Зелена Струма"),
        ("Статус на проекта", "в изпълнение"),
    ),
    "cs": Page(
        ("Název projektu", "Čistá energie pro říční přístavy"),
        "Akronym",
        "Datum zahájení",
        "Datum ukončení",
        "Celkový rozpočet",
        "Příspěvek EFRR",
        EUR,
        ("Vedoucí partner", "Liberecký kraj"),
        ("Partneři projektu", "Technická univerzita v Liberci", "Obec Hrádek nad Nisou"),
        ("Stav projektu", "probíhající"),
    ),
    "da": Page(
        ("Projekttitel", "Ren energi til kysthavne"),
        "Akronym",
        "Startdato",
        "Slutdato",
        "Samlet budget",
        "EFRU-støtte",
        EUR_DOT,
        ("Leadpartner", "Region Syddanmark"),
        ("Projektpartnere", "Syddansk Universitet", "Sønderborg Kommune"),
        ("Projektstatus", "igangværende"),
    ),
    "de": Page(
        ("Projekttitel", "Saubere Energie für Küstenhäfen"),
        "Akronym",
        "Projektbeginn",
        "Projektende",
        "Gesamtbudget",
        "EFRE-Mittel",
        EUR_DOT,
        ("Lead-Partner", "Energieagentur Bodensee GmbH"),
        ("Projektpartner", "Hochschule für Technik Konstanz", "Landkreis Lindau"),
        ("Projektstatus", "laufend"),
    ),
    "el": Page(
        ("Τίτλος έργου", "Καθαρή ενέργεια για τα παράκτια λιμάνια"),
        "Ακρωνύμιο",
        "Ημερομηνία έναρξης",
        "Ημερομηνία λήξης",
        "Συνολικός προϋπολογισμός",
        "Συγχρηματοδότηση ΕΤΠΑ",
        EUR_DOT,
        ("Επικεφαλής εταίρος", "Περιφέρεια Κεντρικής Μακεδονίας"),
        ("Εταίροι του έργου", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "Δήμος Σερρών"),
        ("Κατάσταση έργου", "σε εξέλιξη"),
    ),
    "en": Page(
        ("Project title", "Clean Energy for Coastal Harbours"),
        "Acronym",
        "Start date",
        "End date",
        "Total budget",
        "ERDF contribution",
        EUR_POINT,
        ("Lead partner", "Northern Coast Energy Agency"),
        ("Project partners", "University of Eastport", "Harbour Innovation Centre Ltd"),
        ("Project status", "ongoing"),
    ),
    "es": Page(
        ("Título del proyecto", "Energía limpia para los puertos costeros"),
        "Acrónimo",
        "Fecha de inicio",
        "Fecha de finalización",
        "Presupuesto total",
        "Ayuda FEDER",
        EUR_DOT,
        ("Socio principal", "Agencia Andaluza de la Energía"),
        ("Socios del proyecto", "Universidad de Huelva", "Diputación de Badajoz"),
        ("Estado del proyecto", "en curso"),
    ),
    "et": Page(
        ("Projekti nimi", "Puhas energia rannikusadamatele"),
        "Akronüüm",
        "Alguskuupäev",
        "Lõppkuupäev",
        "Kogueelarve",
        "ERF toetus",
        EUR,
        ("Juhtpartner", "Tartu Ülikool"),
        ("Projektipartnerid", "Valga Vallavalitsus", "Lõuna-Eesti Turismi MTÜ"),
        ("Projekti staatus", "käimasolev"),
    ),
    "fi": Page(
        ("Hankkeen nimi", "Puhdasta energiaa rannikon satamiin"),
        "Lyhenne",
        "Alkamispäivä",
        "Päättymispäivä",
        "Kokonaisbudjetti",
        "EAKR-rahoitus",
        EUR,
        ("Päätoteuttaja", "Lapin liitto"),
        ("Hankekumppanit", "Lapin yliopisto", "Rovaniemen kaupunki"),
        ("Hankkeen tila", "käynnissä"),
    ),
    "fr": Page(
        ("Titre du projet", "Énergie propre pour les ports côtiers"),
        "Acronyme",
        "Date de début",
        "Date de fin",
        "Budget total",
        "Contribution FEDER",
        EUR,
        ("Chef de file", "Agence régionale de l'énergie Loire-Océan"),
        (
            "Partenaires du projet",
            "Université de Bretagne Sud",
            "Chambre de commerce de Cornouaille",
        ),
        ("Statut", "en cours"),
    ),
    "ga": Page(
        ("Teideal an tionscadail", "Fuinneamh glan do chuanta cósta"),
        "Acrainm",
        "Dáta tosaigh",
        "Dáta deiridh",
        "Buiséad iomlán",
        "Maoiniú an AE",
        EUR_POINT,
        ("Príomhchomhpháirtí", "Údarás na Gaeltachta"),
        (
            "Comhpháirtithe an tionscadail",
            "Ollscoil na Gaillimhe",
            "Comhairle Contae Dhún na nGall",
        ),
        ("Stádas", "ar siúl"),
    ),
    "hr": Page(
        ("Naziv projekta", "Čista energija za obalne luke"),
        "Akronim",
        "Datum početka",
        "Datum završetka",
        "Ukupni proračun",
        "Sufinanciranje iz EFRR",
        EUR_DOT,
        ("Vodeći partner", "Istarska županija"),
        ("Projektni partneri", "Sveučilište Jurja Dobrile u Puli", "Grad Pazin"),
        ("Status projekta", "u provedbi"),
    ),
    "hu": Page(
        ("A projekt címe", "Tiszta energia a folyami kikötőknek"),
        "Rövidítés",
        "Projekt kezdete",
        "Projekt vége",
        "Teljes költségvetés",
        "ERFA támogatás",
        EUR,
        ("Vezető partner", "Győr-Moson-Sopron Megyei Önkormányzat"),
        ("Projektpartnerek", "Széchenyi István Egyetem", "Pannon Fejlesztési Nonprofit Kft."),
        ("Státusz", "folyamatban"),
    ),
    "is": Page(
        ("Heiti verkefnis", "Hrein orka fyrir hafnir við ströndina"),
        "Skammstöfun",
        "Upphafsdagur",
        "Lokadagur",
        "Heildarkostnaður",
        "Styrkur frá ESB",
        EUR_DOT,
        ("Leiðandi samstarfsaðili", "Háskóli Íslands"),
        ("Samstarfsaðilar", "Reykjavíkurborg", "Samtök sveitarfélaga á Vesturlandi"),
        ("Staða verkefnis", "í gangi"),
    ),
    "it": Page(
        ("Titolo del progetto", "Energia pulita per i porti costieri"),
        "Acronimo",
        "Data di inizio",
        "Data di fine",
        "Budget totale",
        "Contributo FESR",
        EUR_DOT,
        ("Capofila", "Agenzia per lo sviluppo del Friuli"),
        ("Partner di progetto", "Università degli Studi di Udine", "Comune di Cividale"),
        ("Stato del progetto", "in corso"),
    ),
    "lt": Page(
        ("Projekto pavadinimas", "Švari energija pakrančių uostams"),
        "Akronimas",
        "Pradžios data",
        "Pabaigos data",
        "Bendras biudžetas",
        "ERPF finansavimas",
        EUR,
        ("Pagrindinis partneris", "Vilniaus universitetas"),
        ("Projekto partneriai", "Klaipėdos miesto savivaldybė", "Asociacija Žalioji Lietuva"),
        ("Projekto būsena", "vykdomas"),
    ),
    "lv": Page(
        ("Projekta nosaukums", "Tīra enerģija piekrastes ostām"),
        "Akronīms",
        "Sākuma datums",
        "Beigu datums",
        "Kopējais budžets",
        "ERAF finansējums",
        EUR,
        ("Vadošais partneris", "Rīgas Tehniskā universitāte"),
        ("Projekta partneri", "Valmieras novada pašvaldība", "Biedrība Zaļā Vidzeme"),
        ("Projekta statuss", "tiek īstenots"),
    ),
    "mt": Page(
        ("Titlu tal-proġett", "Enerġija nadifa għall-portijiet kostali"),
        "Akronimu",
        "Data tal-bidu",
        "Data tat-tmiem",
        "Baġit totali",
        "Finanzjament tal-UE",
        EUR_POINT,
        ("Sieħeb ewlieni", "Kunsill Lokali Għawdex"),
        ("Sħab tal-proġett", "Università ta' Malta", "Aġenzija għall-Iżvilupp Reġjonali"),
        ("Status tal-proġett", "għaddej"),
    ),
    "nl": Page(
        ("Projecttitel", "Schone energie voor kusthavens"),
        "Acroniem",
        "Startdatum",
        "Einddatum",
        "Totale begroting",
        "EFRO-bijdrage",
        EUR_DOT,
        ("Leadpartner", "Provincie Zeeland"),
        ("Projectpartners", "Hogeschool Zeeland", "Gemeente Terneuzen"),
        ("Projectstatus", "lopend"),
    ),
    "no": Page(
        ("Prosjekttittel", "Ren energi for kysthavner"),
        "Akronym",
        "Startdato",
        "Sluttdato",
        "Totalbudsjett",
        "EU-støtte",
        EUR,
        ("Hovedpartner", "Universitetet i Tromsø"),
        ("Prosjektpartnere", "Troms fylkeskommune", "Nordland fylkeskommune"),
        ("Prosjektstatus", "pågående"),
    ),
    "pl": Page(
        ("Tytuł projektu", "Czysta energia dla portów przybrzeżnych"),
        "Akronim",
        "Data rozpoczęcia",
        "Data zakończenia",
        "Budżet całkowity",
        "Dofinansowanie z EFRR",
        EUR,
        ("Partner wiodący", "Uniwersytet Zielonogórski"),
        ("Partnerzy projektu", "Gmina Słubice", "Stowarzyszenie Euroregion Pro Europa Viadrina"),
        ("Status projektu", "w realizacji"),
    ),
    "pt": Page(
        ("Título do projeto", "Energia limpa para os portos costeiros"),
        "Acrónimo",
        "Data de início",
        "Data de fim",
        "Orçamento total",
        "Financiamento FEDER",
        EUR_DOT,
        ("Parceiro líder", "Agência Regional de Energia do Alentejo"),
        ("Parceiros do projeto", "Universidade de Évora", "Câmara Municipal de Elvas"),
        ("Estado do projeto", "em curso"),
    ),
    "ro": Page(
        ("Titlul proiectului", "Energie curată pentru porturile dunărene"),
        "Acronim",
        "Data de începere",
        "Data de încheiere",
        "Buget total",
        "Contribuția FEDR",
        EUR_DOT,
        ("Partener principal", "Consiliul Județean Timiș"),
        ("Parteneri de proiect", "Universitatea de Vest din Timișoara", "Asociația Banat Verde"),
        ("Stadiul proiectului", "în desfășurare"),
    ),
    "sk": Page(
        ("Názov projektu", "Čistá energia pre riečne prístavy"),
        "Akronym",
        "Dátum začatia",
        "Dátum ukončenia",
        "Celkový rozpočet",
        "Príspevok z EFRR",
        EUR,
        ("Vedúci partner", "Žilinský samosprávny kraj"),
        ("Partneri projektu", "Žilinská univerzita v Žiline", "Obec Terchová"),
        ("Stav projektu", "prebiehajúci"),
    ),
    "sl": Page(
        ("Naslov projekta", "Čista energija za obalna pristanišča"),
        "Akronim",
        "Datum začetka",
        "Datum zaključka",
        "Celotni proračun",
        "Sofinanciranje ESRR",
        EUR_DOT,
        ("Vodilni partner", "Občina Kobarid"),
        ("Projektni partnerji", "Univerza v Novi Gorici", "Razvojna agencija Soča"),
        ("Status projekta", "v izvajanju"),
    ),
    "sv": Page(
        ("Projekttitel", "Ren energi för kusthamnar"),
        "Akronym",
        "Startdatum",
        "Slutdatum",
        "Total budget",
        "ERUF-stöd",
        EUR,
        ("Huvudpartner", "Region Skåne"),
        ("Projektpartner", "Lunds universitet", "Malmö stad"),
        ("Projektstatus", "pågående"),
    ),
}

LANGUAGES = sorted(PAGES)


def _notice(page: Page) -> str:
    total, eu = page.amounts
    return "\n".join(
        [
            f"{page.title[0]}: {page.title[1]}",
            f"{page.acronym}: SEAPORT",
            f"{page.start}: 01.03.2019",
            f"{page.end}: 31.08.2022",
            f"{page.total}: {total}",
            f"{page.eu}: {eu}",
            f"{page.lead[0]}: {page.lead[1]}",
            "",
            page.partners[0],
            page.partners[1],
            page.partners[2],
            "",
        ]
    )


@cache
def _record(lang: str) -> ProjectRecord:
    return extract_record(Notice(source=f"{lang}.txt", text=_notice(PAGES[lang])), today=TODAY)


def test_every_official_language_and_the_eea_ones() -> None:
    official = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv"
    assert sorted([*official.split(), "is", "no"]) == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_title_and_acronym_labels(lang: str) -> None:
    r = _record(lang)
    assert (r.title, r.acronym) == (PAGES[lang].title[1], "SEAPORT")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_start_and_end_date_labels(lang: str) -> None:
    r = _record(lang)
    assert (r.start_date, r.end_date) == (dt.date(2019, 3, 1), dt.date(2022, 8, 31))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_total_budget_and_eu_funding_labels(lang: str) -> None:
    r = _record(lang)
    assert (r.total_budget_eur, r.eu_funding_eur) == (TOTAL, EU)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lead_partner_label_and_partner_list(lang: str) -> None:
    page = PAGES[lang]
    got = [(p.name, p.role) for p in _record(lang).partners]
    assert got == [
        (page.lead[1], "lead"),
        (page.partners[1], "partner"),
        (page.partners[2], "partner"),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_status_label_and_word(lang: str) -> None:
    label, word = PAGES[lang].status
    text = f"{PAGES[lang].title[0]}: {PAGES[lang].title[1]}\n{label}: {word}\n"
    r = extract_record(Notice(source=f"{lang}-status.txt", text=text), today=TODAY)
    assert r.status == "ongoing"


@dataclass(frozen=True)
class More:
    """Further labels of one language: run, rate, partner count, website, page furniture."""

    period: str
    rate: str
    count: str
    website: str
    furniture: tuple[str, str, str]  # share, print, read more


MORE: dict[str, More] = {
    "bg": More(
        "Продължителност на проекта",
        "Процент на съфинансиране",
        "Брой партньори",
        "Уебсайт на проекта",
        ("Сподели", "Печат", "Прочети още"),
    ),
    "cs": More(
        "Doba realizace",
        "Míra spolufinancování",
        "Počet partnerů",
        "Webové stránky projektu",
        ("Sdílet", "Tisk", "Číst více"),
    ),
    "da": More(
        "Projektperiode",
        "Medfinansieringsgrad",
        "Antal partnere",
        "Projektets hjemmeside",
        ("Del", "Udskriv", "Læs mere"),
    ),
    "de": More(
        "Projektlaufzeit",
        "Kofinanzierungssatz",
        "Anzahl der Partner",
        "Projektwebseite",
        ("Teilen", "Drucken", "Weiterlesen"),
    ),
    "el": More(
        "Διάρκεια έργου",
        "Ποσοστό συγχρηματοδότησης",
        "Αριθμός εταίρων",
        "Ιστοσελίδα του έργου",
        ("Κοινοποίηση", "Εκτύπωση", "Διαβάστε περισσότερα"),
    ),
    "en": More(
        "Project duration",
        "Co-financing rate",
        "Number of partners",
        "Project website",
        ("Share", "Print", "Read more"),
    ),
    "es": More(
        "Duración del proyecto",
        "Tasa de cofinanciación",
        "Número de socios",
        "Sitio web del proyecto",
        ("Compartir", "Imprimir", "Leer más"),
    ),
    "et": More(
        "Projekti kestus",
        "Kaasrahastamise määr",
        "Partnerite arv",
        "Projekti veebileht",
        ("Jaga", "Prindi", "Loe edasi"),
    ),
    "fi": More(
        "Hankkeen kesto",
        "Tukiprosentti",
        "Kumppanien määrä",
        "Hankkeen verkkosivut",
        ("Jaa", "Tulosta", "Lue lisää"),
    ),
    "fr": More(
        "Durée du projet",
        "Taux de cofinancement",
        "Nombre de partenaires",
        "Site du projet",
        ("Partager", "Imprimer", "Lire la suite"),
    ),
    "ga": More(
        "Tréimhse an tionscadail",
        "Ráta cómhaoinithe",
        "Líon na gcomhpháirtithe",
        "Suíomh gréasáin an tionscadail",
        ("Comhroinn", "Priontáil", "Léigh tuilleadh"),
    ),
    "hr": More(
        "Trajanje projekta",
        "Stopa sufinanciranja",
        "Broj partnera",
        "Mrežna stranica projekta",
        ("Podijeli", "Ispiši", "Pročitaj više"),
    ),
    "hu": More(
        "Projekt időtartama",
        "Támogatási arány",
        "Partnerek száma",
        "A projekt honlapja",
        ("Megosztás", "Nyomtatás", "Bővebben"),
    ),
    "is": More(
        "Verkefnistími",
        "Styrkhlutfall",
        "Fjöldi samstarfsaðila",
        "Vefsíða verkefnis",
        ("Deila", "Prenta", "Lesa meira"),
    ),
    "it": More(
        "Durata del progetto",
        "Tasso di cofinanziamento",
        "Numero di partner",
        "Sito web del progetto",
        ("Condividi", "Stampa", "Leggi di più"),
    ),
    "lt": More(
        "Įgyvendinimo laikotarpis",
        "Bendrojo finansavimo norma",
        "Partnerių skaičius",
        "Projekto svetainė",
        ("Dalintis", "Spausdinti", "Skaityti daugiau"),
    ),
    "lv": More(
        "Īstenošanas periods",
        "Līdzfinansējuma likme",
        "Partneru skaits",
        "Projekta tīmekļa vietne",
        ("Dalīties", "Drukāt", "Lasīt vairāk"),
    ),
    "mt": More(
        "Perjodu ta' implimentazzjoni",
        "Rata ta' kofinanzjament",
        "Numru ta' sħab",
        "Sit web tal-proġett",
        ("Aqsam", "Ipprintja", "Aqra aktar"),
    ),
    "nl": More(
        "Looptijd",
        "Cofinancieringspercentage",
        "Aantal partners",
        "Projectwebsite",
        ("Delen", "Afdrukken", "Lees meer"),
    ),
    "no": More(
        "Prosjektperiode",
        "Støttegrad",
        "Antall partnere",
        "Prosjektets nettside",
        ("Del", "Skriv ut", "Les mer"),
    ),
    "pl": More(
        "Okres realizacji projektu",
        "Poziom dofinansowania",
        "Liczba partnerów",
        "Strona internetowa projektu",
        ("Udostępnij", "Drukuj", "Czytaj więcej"),
    ),
    "pt": More(
        "Duração do projeto",
        "Taxa de cofinanciamento",
        "Número de parceiros",
        "Website do projeto",
        ("Partilhar", "Imprimir", "Ler mais"),
    ),
    "ro": More(
        "Durata proiectului",
        "Rata de cofinanțare",
        "Numărul de parteneri",
        "Site-ul proiectului",
        ("Distribuie", "Printează", "Citește mai mult"),
    ),
    "sk": More(
        "Doba realizácie",
        "Miera spolufinancovania",
        "Počet partnerov",
        "Webová stránka projektu",
        ("Zdieľať", "Tlačiť", "Čítať viac"),
    ),
    "sl": More(
        "Trajanje projekta",
        "Stopnja sofinanciranja",
        "Število partnerjev",
        "Spletna stran projekta",
        ("Deli", "Natisni", "Preberi več"),
    ),
    "sv": More(
        "Projektperiod",
        "Medfinansieringsgrad",
        "Antal partner",
        "Projektets webbplats",
        ("Dela", "Skriv ut", "Läs mer"),
    ),
}


def _more_notice(lang: str) -> str:
    page, more = PAGES[lang], MORE[lang]
    return "\n".join(
        [
            f"{page.title[0]}: {page.title[1]}",
            f"{more.period}: 01.03.2019 – 31.08.2022",
            f"{more.rate}: 80 %",
            f"{more.count}: 7",
            f"{more.website}: https://www.seaport-project.eu",
            "",
            page.partners[0],
            page.partners[1],
            page.partners[2],
            *more.furniture,
            "",
        ]
    )


@cache
def _more_record(lang: str) -> ProjectRecord:
    return extract_record(Notice(source=f"{lang}-more.txt", text=_more_notice(lang)), today=TODAY)


def test_more_labels_for_every_language() -> None:
    assert sorted(MORE) == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_project_period_label(lang: str) -> None:
    r = _more_record(lang)
    assert (r.start_date, r.end_date) == (dt.date(2019, 3, 1), dt.date(2022, 8, 31))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cofinancing_rate_label(lang: str) -> None:
    assert _more_record(lang).cofinancing_rate == 0.8


@pytest.mark.parametrize("lang", LANGUAGES)
def test_partner_count_label(lang: str) -> None:
    assert _more_record(lang).partner_count == 7


@pytest.mark.parametrize("lang", LANGUAGES)
def test_website_label(lang: str) -> None:
    assert _more_record(lang).website == "https://www.seaport-project.eu"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_furniture_ends_a_partner_list(lang: str) -> None:
    page = PAGES[lang]
    assert [p.name for p in _more_record(lang).partners] == [page.partners[1], page.partners[2]]


@pytest.mark.parametrize("lang", ["bg", "el"])
def test_labels_written_in_capitals(lang: str) -> None:
    """Cyrillic and Greek labels match in capitals; Greek capitals drop the accents."""
    page = PAGES[lang]
    upper = {"bg": "ВОДЕЩ ПАРТНЬОР", "el": "ΕΠΙΚΕΦΑΛΗΣ ΕΤΑΙΡΟΣ"}[lang]
    text = "\n".join(
        [
            f"{upper}: {page.lead[1]}",
            "",
            page.partners[0].upper(),
            page.partners[1],
            page.partners[2],
            "",
        ]
    )
    r = extract_record(Notice(source=f"{lang}-caps.txt", text=text), today=TODAY)
    assert [(p.name, p.role) for p in r.partners] == [
        (page.lead[1], "lead"),
        (page.partners[1], "partner"),
        (page.partners[2], "partner"),
    ]


ELIGIBLE = {
    "bg": "Общо допустими разходи",
    "cs": "Celkové způsobilé výdaje",
    "da": "Samlede støtteberettigede omkostninger",
    "de": "Förderfähige Gesamtkosten",
    "el": "Συνολικό επιλέξιμο κόστος",
    "en": "Total eligible costs",
    "es": "Coste total subvencionable",
    "et": "Abikõlblikud kulud",
    "fi": "Hyväksyttävät kokonaiskustannukset",
    "fr": "Coût total éligible",
    "hr": "Ukupni prihvatljivi troškovi",
    "hu": "Elszámolható összköltség",
    "it": "Costo totale ammissibile",
    "lt": "Tinkamos finansuoti išlaidos",
    "lv": "Kopējās attiecināmās izmaksas",
    "nl": "Totale subsidiabele kosten",
    "pl": "Całkowite koszty kwalifikowalne",
    "pt": "Custo total elegível",
    "ro": "Valoarea totală eligibilă",
    "sk": "Celkové oprávnené výdavky",
    "sl": "Skupni upravičeni stroški",
    "sv": "Totala stödberättigande kostnader",
}


@pytest.mark.parametrize("lang", sorted(ELIGIBLE))
def test_total_eligible_cost_label(lang: str) -> None:
    page = PAGES[lang]
    text = f"{page.title[0]}: {page.title[1]}\n{ELIGIBLE[lang]}: {page.amounts[0]}\n"
    r = extract_record(Notice(source=f"{lang}-eligible.txt", text=text), today=TODAY)
    assert r.total_budget_eur == TOTAL


# (address, town, country) field labels of a partner's block, and the country as written.
BLOCK_FIELDS = {
    "bg": ("Адрес", "Град", "Държава", "България", "BG"),
    "el": ("Διεύθυνση", "Πόλη", "Χώρα", "Ελλάδα", "GR"),
    "et": ("Aadress", "Linn", "Riik", "Eesti", "EE"),
    "fi": ("Osoite", "Kaupunki", "Maa", "Suomi", "FI"),
    "hr": ("Adresa", "Grad", "Država", "Hrvatska", "HR"),
    "lt": ("Adresas", "Miestas", "Šalis", "Lietuva", "LT"),
    "lv": ("Adrese", "Pilsēta", "Valsts", "Latvija", "LV"),
    "ro": ("Adresa", "Localitate", "Țara", "România", "RO"),
    "sk": ("Adresa", "Mesto", "Krajina", "Slovensko", "SK"),
    "sv": ("Adress", "Ort", "Land", "Sverige", "SE"),
}


# The label of a partner's own budget in its block.
PARTNER_BUDGET = {
    "bg": "Бюджет на партньора",
    "el": "Προϋπολογισμός εταίρου",
    "et": "Partneri eelarve",
    "fi": "Budjetti",
    "hr": "Proračun partnera",
    "lt": "Partnerio biudžetas",
    "lv": "Partnera budžets",
    "ro": "Bugetul partenerului",
    "sk": "Rozpočet partnera",
    "sv": "Budget",
}


@pytest.mark.parametrize("lang", sorted(BLOCK_FIELDS))
def test_partner_blocks_with_field_labels(lang: str) -> None:
    """A name line followed by its address, town, country and budget fields is one partner."""
    page = PAGES[lang]
    address, town, country, name, code = BLOCK_FIELDS[lang]
    blocks = [
        f"{org}\n{address}: Centra {i}, 10{i}0\n{town}: Alfa{i}\n{country}: {name}\n"
        f"{PARTNER_BUDGET[lang]}: {i}20 000,00 EUR\n"
        for i, org in enumerate((page.lead[1], page.partners[1]), start=1)
    ]
    text = f"{page.title[0]}: {page.title[1]}\n\n" + "\n".join(blocks)
    r = extract_record(Notice(source=f"{lang}-blocks.txt", text=text), today=TODAY)
    assert [(p.name, p.country, p.city, p.partner_budget_eur) for p in r.partners] == [
        (page.lead[1], code, "Alfa1", 120_000.0),
        (page.partners[1], code, "Alfa2", 220_000.0),
    ]


# A beneficiary table as text, one cell a line: (first header, budget column, total row).
TABLES = {
    "el": ("Δικαιούχος", "Προϋπολογισμός", "Σύνολο"),
    "fi": ("Toteuttaja", "Kokonaisbudjetti", "Yhteensä"),
    "lt": ("Paramos gavėjas", "Biudžetas", "Iš viso"),
    "lv": ("Finansējuma saņēmējs", "Kopējais budžets", "Kopā"),
    "sv": ("Stödmottagare", "Budget", "Totalt"),
}


@pytest.mark.parametrize("lang", sorted(TABLES))
def test_beneficiary_table_headers(lang: str) -> None:
    page = PAGES[lang]
    header, budget, total = TABLES[lang]
    rows = [page.lead[1], "1 200 000,00", page.partners[1], "800 000,00", total, "2 000 000,00"]
    text = "\n".join([f"{page.title[0]}: {page.title[1]}", "", header, budget, *rows, ""])
    r = extract_record(Notice(source=f"{lang}-table.txt", text=text), today=TODAY)
    assert [(p.name, p.partner_budget_eur) for p in r.partners] == [
        (page.lead[1], 1_200_000.0),
        (page.partners[1], 800_000.0),
    ]


# "Project objective" headings that end a partner list.
OBJECTIVE_HEADINGS = {
    "bg": "Цел на проекта",
    "el": "Στόχος του έργου",
    "et": "Projekti eesmärk",
    "fi": "Hankkeen tavoite",
    "lt": "Projekto tikslas",
    "lv": "Projekta mērķis",
    "ro": "Obiectivul proiectului",
    "sk": "Cieľ projektu",
    "sv": "Projektets mål",
}


@pytest.mark.parametrize("lang", sorted(OBJECTIVE_HEADINGS))
def test_section_heading_ends_a_partner_list(lang: str) -> None:
    page = PAGES[lang]
    text = "\n".join(
        [
            f"{page.title[0]}: {page.title[1]}",
            "",
            page.partners[0],
            page.partners[1],
            page.partners[2],
            OBJECTIVE_HEADINGS[lang],
            "Alfa Beta Gamma",
            "",
        ]
    )
    r = extract_record(Notice(source=f"{lang}-heading.txt", text=text), today=TODAY)
    assert [p.name for p in r.partners] == [page.partners[1], page.partners[2]]
