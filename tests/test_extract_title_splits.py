"""Titles and acronyms on pages of sites the extractor has not seen: a site's menu flattened
to one line (and the site's name above it), a heading or label that carries the acronym
with its title in either order, a sentence whose subject names the project in full, a
quoted title after a compound project word, a quoted heading alone, a headline that says
"project", and a name in capital words over the title. Every text is written for the test
in the style of real municipal, university, newspaper and project pages; it is normalised
as a file is read (runs of spaces collapse, so a menu's wide gaps are lost)."""

from __future__ import annotations

import pytest

from coopkg.extraction.layout import layout
from coopkg.extraction.titles import find_title_and_acronym
from coopkg.read.normalise import normalise_text

BODY = {
    "en": "The partners will test new methods together, train local staff in both countries "
    "and publish a common guide for the towns of the border area. Pilot actions start in "
    "spring and the results are presented at a final conference.",
    "de": "Die Partner erproben gemeinsam neue Methoden, schulen das Personal vor Ort in "
    "beiden Ländern und veröffentlichen einen gemeinsamen Leitfaden für die Gemeinden des "
    "Grenzraums. Die Pilotmaßnahmen beginnen im Frühjahr.",
    "fr": "Les partenaires testent ensemble de nouvelles méthodes, forment le personnel local "
    "des deux pays et publient un guide commun pour les communes de la zone frontalière. "
    "Les actions pilotes commencent au printemps.",
    "it": "I partner sperimentano insieme nuovi metodi, formano il personale locale dei due "
    "paesi e pubblicano una guida comune per i comuni dell'area di confine. Le azioni "
    "pilota partono in primavera e si chiudono con un convegno.",
    "es": "Los socios prueban juntos nuevos métodos, forman al personal local de ambos "
    "países y publican una guía común para los municipios de la zona fronteriza. Las "
    "acciones piloto empiezan en primavera y terminan con una conferencia final.",
    "pl": "Partnerzy wspólnie testują nowe metody, szkolą lokalny personel w obu krajach i "
    "opracują wspólny przewodnik dla gmin obszaru przygranicznego. Działania pilotażowe "
    "rozpoczną się wiosną i zakończą konferencją.",
    "nl": "De partners testen samen nieuwe methoden, leiden lokaal personeel in beide landen "
    "op en maken een gemeenschappelijke gids voor de gemeenten in het grensgebied. De "
    "proefacties starten in het voorjaar en eindigen met een slotconferentie.",
    "pt": "Os parceiros testam em conjunto novos métodos, formam o pessoal local dos dois "
    "países e publicam um guia comum para os municípios da zona de fronteira. As ações "
    "piloto começam na primavera e terminam com uma conferência final.",
    "sv": "Partnerna prövar nya metoder tillsammans, utbildar personal i båda länderna och "
    "tar fram en gemensam vägledning för kommunerna i gränsområdet. Pilotinsatserna "
    "börjar under våren och avslutas med en konferens.",
    "fi": "Kumppanit kokeilevat yhdessä uusia menetelmiä, kouluttavat henkilöstöä "
    "molemmissa maissa ja laativat yhteisen oppaan raja-alueen kunnille. Pilotit "
    "alkavat keväällä ja tulokset esitellään loppuseminaarissa.",
    "el": "Οι εταίροι δοκιμάζουν μαζί νέες μεθόδους, εκπαιδεύουν το τοπικό προσωπικό και "
    "των δύο χωρών και εκδίδουν κοινό οδηγό για τους δήμους της παραμεθόριας περιοχής. "
    "Οι πιλοτικές δράσεις ξεκινούν την άνοιξη.",
    "bg": "Партньорите изпитват заедно нови методи, обучават местния персонал в двете "
    "страни и издават общо ръководство за общините в граничния район. Пилотните "
    "дейности започват през пролетта и завършват с конференция.",
    "cs": "Partneři společně zkoušejí nové metody, školí místní personál v obou zemích a "
    "vydávají společného průvodce pro obce příhraniční oblasti. Pilotní akce začínají na "
    "jaře a končí závěrečnou konferencí v Liberci.",
    "hu": "A partnerek közösen új módszereket próbálnak ki, képzik a helyi munkatársakat "
    "mindkét országban, és közös útmutatót adnak ki a határ menti települések számára. "
    "A kísérleti lépések tavasszal kezdődnek.",
    "et": "Partnerid katsetavad koos uusi meetodeid, koolitavad mõlema riigi kohalikke "
    "töötajaid ja koostavad piiriala omavalitsustele ühise juhendi. Katsetegevused "
    "algavad kevadel ja lõpevad ühise konverentsiga.",
    "da": "Partnerne afprøver sammen nye metoder, uddanner lokalt personale i begge lande "
    "og udgiver en fælles vejledning til kommunerne i grænseregionen. Pilotforløbene "
    "begynder til foråret og slutter med en konference.",
    "ro": "Partenerii testează împreună metode noi, instruiesc personalul local din ambele "
    "țări și publică un ghid comun pentru localitățile din zona de frontieră. Acțiunile "
    "pilot încep în primăvară și se încheie cu o conferință.",
    "lv": "Partneri kopā izmēģina jaunas metodes, apmāca vietējos darbiniekus abās valstīs "
    "un sagatavo kopīgu rokasgrāmatu pierobežas pašvaldībām. Izmēģinājuma darbības "
    "sāksies pavasarī un noslēgsies ar konferenci.",
    "lt": "Partneriai kartu išbando naujus metodus, moko vietos darbuotojus abiejose "
    "šalyse ir parengia bendrą vadovą pasienio savivaldybėms. Bandomieji veiksmai "
    "prasidės pavasarį ir baigsis bendra konferencija.",
    "ga": "Déanfaidh na comhpháirtithe modhanna nua a thástáil le chéile, oilfear foireann "
    "áitiúil sa dá thír agus foilseofar treoir choiteann do na comhairlí sa cheantar "
    "teorann. Tosóidh na gníomhaíochtaí píolótacha san earrach.",
}


def _titles(text: str, langs: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    title, acronym = find_title_and_acronym(layout(normalise_text(text)), langs)
    return (title.value if title else None, acronym.value if acronym else None)


# ------------------------------------------------------------------ a menu on one line


@pytest.mark.parametrize(
    ("lang", "site", "menu", "heading"),
    [
        (
            "sv",
            "Bergviks kommun",
            "Bo & leva  Näringsliv  Kommun & politik  Nyheter  Kontakt",
            "ÄLVSTIG – Gemensamma vandringsleder längs gränsälven",
        ),
        (
            "da",
            "Tønderby Kommune",
            "Borger  Erhverv  Politik  Om kommunen  Nyheder",
            "KYSTLYS – Fælles belysning af havnene ved grænsen",
        ),
        (
            "fi",
            "Pohjolan ammattikorkeakoulu",
            "Opiskelu  Tutkimus  Yhteistyö  Ajankohtaista  In English",
            "REVONTULI – Kestävä talviliikenne pohjoisen rajaseuduilla",
        ),
        (
            "pt",
            "Diário da Raia",
            "Última hora  Região  Desporto  Cultura  Opinião  Assinaturas",
            "SERRAVIVA – Gestão conjunta dos incêndios na serra da fronteira",
        ),
        (
            "ga",
            "Comhairle Contae an Chladaigh",
            "Baile  Seirbhísí  Nuacht  Pobal  Teagmháil  English",
            "CALAFORT – Cuanta beaga glasa idir an dá chósta",
        ),
        (
            "it",
            "Portale dei progetti",
            "Progetti  Beneficiari  Mappa  Dati  IT | EN",
            "ACQUALPI – Rete di sorgenti alpine monitorate",
        ),
        (
            "lt",
            "Pajūrio kolegija",
            "Studijos  Mokslas  Tarptautiškumas  Naujienos  Apie mus",
            "JŪRAKELIS – Bendri pakrantės maršrutai abiejose sienos pusėse",
        ),
        (
            "bg",
            "Община Бреговo",
            "Начало  Общината  Администрация  Услуги  Проекти  Контакти",
            "ДУНАВЕЛО – Общ велосипеден маршрут по двата бряга",
        ),
        (
            "pl",
            "Gmina Borowice",
            "Aktualności  Urząd  Gmina  Turystyka  BIP  Kontakt",
            "ŁUŻYCE-RAZEM – Wspólne szlaki przyrodnicze pogranicza",
        ),
    ],
)
def test_a_menu_on_one_line_and_the_site_name_above_it_are_no_title(lang, site, menu, heading):
    text = f"{site}\n{menu}\n\n{heading}\n\n{BODY[lang]}\n"
    title, acronym = _titles(text, (lang,))
    acr, name = heading.split(" – ")
    assert (title, acronym) == (name, acr)


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        # Titles in title case, with one menu word, stay titles.
        ("en", "Culture Routes Network for the Danube Towns"),
        ("en", "Green Partners Along the Coast"),
        ("de", "Kultur und Natur im Grenzraum"),
        ("nl", "Partners voor de Groene Grensregio"),
        ("es", "Cultura Compartida de los Pirineos Centrales"),
        ("it", "Progetti Condivisi per le Valli Alpine"),
        ("fr", "Ressources Partagées des Vallées Frontalières"),
        ("pl", "Turystyka Wspólnych Dolin Pogranicza"),
    ],
)
def test_a_title_in_title_case_with_a_menu_word_is_kept(lang, heading):
    text = f"{heading}\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,))[0] == heading


# ------------------------------------------------------------------ acronym inside the title


@pytest.mark.parametrize(
    ("lang", "heading", "title", "acronym"),
    [
        (
            "hu",
            "Dunai élményút két város között – DUNAVIA",
            "Dunai élményút két város között",
            "DUNAVIA",
        ),
        (
            "en",
            "Smart Harbours for Small Islands – SMARTISLE",
            "Smart Harbours for Small Islands",
            "SMARTISLE",
        ),
        ("de", "Grüne Höfe im Dreiländereck | HOFGRÜN", "Grüne Höfe im Dreiländereck", "HOFGRÜN"),
        ("el", "«Κοινά μονοπάτια της Ροδόπης» (ΡΟΔΟΠΗ+)", "Κοινά μονοπάτια της Ροδόπης", "ΡΟΔΟΠΗ+"),
        (
            "bg",
            "„Зелен коридор по Струма“ (СТРУМА-ГРИЙН)",
            "Зелен коридор по Струма",
            "СТРУМА-ГРИЙН",
        ),
        ("cs", "Společné stezky Krkonoš (KRKONET)", "Společné stezky Krkonoš", "KRKONET"),
        (
            "es",
            "BOSCAT | Bosques resilientes del Pirineo",
            "Bosques resilientes del Pirineo",
            "BOSCAT",
        ),
        ("ro", "Punți verzi peste Dunăre – PUNTEVERDE", "Punți verzi peste Dunăre", "PUNTEVERDE"),
    ],
)
def test_a_heading_carrying_its_acronym_is_split(lang, heading, title, acronym):
    text = f"{heading}\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, acronym)


@pytest.mark.parametrize(
    ("lang", "label", "title", "acronym"),
    [
        ("lt", "Projekto pavadinimas", "Sveika senatvė pajūrio kaimuose", "SENJŪRA"),
        ("lv", "Projekta nosaukums", "Veselīgas novecošanas programmas laukos", "VESELS LAUKS"),
        ("en", "Project title", "Healthy Ageing in Border Villages", "AGEWELL"),
        ("de", "Projekttitel", "Gesund älter werden in Grenzdörfern", "GESUNDALT"),
        ("fr", "Titre du projet", "Bien vieillir dans les villages frontaliers", "VIEILLIR+"),
        ("it", "Titolo del progetto", "Invecchiare bene nei borghi di confine", "BORGHIVIVI"),
        ("pl", "Tytuł projektu", "Zdrowe starzenie się na wsi pogranicza", "ZDROWIE60"),
        ("nl", "Projecttitel", "Gezond ouder worden in grensdorpen", "GRENSGEZOND"),
    ],
)
def test_a_labelled_title_with_its_acronym_in_brackets_is_split(lang, label, title, acronym):
    text = f"{label}: {title} ({acronym})\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, acronym)


def test_a_title_whose_dash_joins_two_places_stays_whole():
    # "Valga – Valka", "Devín – Schlosshof": a place after a dash is no acronym.
    text = f"Cyklomost Devín – Schlosshof: spojenie dvoch brehov\n\n{BODY['cs']}\n"
    assert _titles(text, ("cs",))[0] == "Cyklomost Devín – Schlosshof: spojenie dvoch brehov"


# ------------------------------------------------------------------ "ACR – Title is a project"


@pytest.mark.parametrize(
    ("lang", "sentence", "title", "acronym"),
    [
        (
            "pt",
            "O MARESCOLA – Literacia do Mar nas Escolas da Costa é um projeto apoiado.",
            "Literacia do Mar nas Escolas da Costa",
            "MARESCOLA",
        ),
        (
            "en",
            "The OCEANKIDS – Ocean Literacy in Coastal Schools is a project of the programme.",
            "Ocean Literacy in Coastal Schools",
            "OCEANKIDS",
        ),
        (
            "fr",
            "Le projet LITTOLAB – Laboratoires du littoral pour les écoles est un projet soutenu.",
            "Laboratoires du littoral pour les écoles",
            "LITTOLAB",
        ),
        (
            "it",
            "MARESCUOLA – Il mare nelle scuole della costa è un progetto finanziato dal programma.",
            "Il mare nelle scuole della costa",
            "MARESCUOLA",
        ),
        (
            "es",
            "COSTAVIVA (Escuelas vivas de la costa atlántica) es un proyecto financiado.",
            "Escuelas vivas de la costa atlántica",
            "COSTAVIVA",
        ),
        (
            "de",
            "KÜSTENKLASSE – Meereswissen für Küstenschulen ist ein Projekt des Programms.",
            "Meereswissen für Küstenschulen",
            "KÜSTENKLASSE",
        ),
        (
            "fi",
            "MERIKOULU – Meren lukutaito rannikon kouluissa on hanke, jota ohjelma rahoittaa.",
            "Meren lukutaito rannikon kouluissa",
            "MERIKOULU",
        ),
        (
            "sv",
            "HAVSSKOLA – Havskunskap i kustens skolor är ett projekt som programmet finansierar.",
            "Havskunskap i kustens skolor",
            "HAVSSKOLA",
        ),
        (
            "ro",
            "MAREȘCOALĂ – Educație marină în școlile de pe coastă este un proiect finanțat.",
            "Educație marină în școlile de pe coastă",
            "MAREȘCOALĂ",
        ),
    ],
)
def test_a_subject_naming_the_project_in_full_gives_title_and_acronym(
    lang, sentence, title, acronym
):
    text = f"Sobre\n\n{sentence}\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, acronym)


# ------------------------------------------------------------------ quotes and project words


@pytest.mark.parametrize(
    ("lang", "sentence", "title"),
    [
        (
            "et",
            "Vallavalitsus alustas koostööprojekti „Piirita metsarajad“ elluviimist.",
            "Piirita metsarajad",
        ),
        (
            "de",
            "Die Gemeinde startet das Kooperationsprojekt „Grüne Pfade entlang der Grenze“ im Mai.",
            "Grüne Pfade entlang der Grenze",
        ),
        (
            "da",
            "Kommunen deltager i grænseprojektet »Fælles kystveje« fra i år.",
            "Fælles kystveje",
        ),
        (
            "nl",
            "De gemeente trekt het samenwerkingsproject „Groene grensroutes“ vanaf mei.",
            "Groene grensroutes",
        ),
        (
            "sv",
            "Kommunen leder samarbetsprojektet ”Gröna gränsleder” sedan i våras.",
            "Gröna gränsleder",
        ),
        (
            "fi",
            "Kunta käynnisti yhteistyöhankkeen ”Rajattomat retkipolut” toukokuussa.",
            "Rajattomat retkipolut",
        ),
        (
            "lv",
            "Pašvaldība uzsāka sadarbības pārrobežprojekta „Zaļās pierobežas takas” īstenošanu.",
            "Zaļās pierobežas takas",
        ),
        (
            "pl",
            "Gmina realizuje mikroprojekt „Zielone szlaki pogranicza” od maja.",
            "Zielone szlaki pogranicza",
        ),
    ],
)
def test_a_quoted_title_after_a_compound_project_word(lang, sentence, title):
    text = f"Uudised\n\n{sentence} {BODY[lang]}\n"
    assert _titles(text, (lang,))[0] == title


@pytest.mark.parametrize(
    ("lang", "sentence", "acronym"),
    [
        ("ga", "Tá an tionscadal TEANGA BEO seolta ag an gcomhairle.", "TEANGA BEO"),
        ("en", "The council launched the project NEWS HARBOUR last week.", "NEWS HARBOUR"),
        ("it", "Il comune avvia il progetto CULTURA VIVA con i partner.", "CULTURA VIVA"),
        ("es", "El ayuntamiento presenta el proyecto AGENDA VERDE este año.", "AGENDA VERDE"),
        ("fr", "La ville lance le projet AGENDA BLEU avec ses voisins.", "AGENDA BLEU"),
        (
            "de",
            "Die Stadt startet das Projekt KULTUR OHNE GRENZEN im Herbst.",
            "KULTUR OHNE GRENZEN",
        ),
        ("pl", "Gmina rozpoczyna projekt KONTAKT ZDROWIE z partnerami.", "KONTAKT ZDROWIE"),
        ("pt", "O município lança o projeto CULTURA RAIANA com os parceiros.", "CULTURA RAIANA"),
    ],
)
def test_a_name_in_capital_words_is_judged_whole(lang, sentence, acronym):
    # Its first word alone is a menu word ("Teanga", "News", "Cultura", "Agenda", ...).
    text = f"{sentence} {BODY[lang]}\n"
    assert _titles(text, (lang,))[1] == acronym


@pytest.mark.parametrize(
    ("lang", "section", "heading"),
    [
        ("pl", "Projekty unijne", "„Ścieżkami gór – wspólne dziedzictwo pogranicza”"),
        ("de", "EU-Projekte", "„Grenzwälder – gemeinsam klimafit“"),
        ("fr", "Projets européens", "« Sentiers partagés du Jura »"),
        ("it", "Progetti europei", "«Sentieri condivisi delle Alpi»"),
        ("es", "Proyectos europeos", "«Senderos compartidos del Pirineo»"),
        ("cs", "Projekty EU", "„Společné stezky Krkonoš“"),
        ("hu", "Projektek", "„Közös ösvények a Duna mentén”"),
        ("bg", "Европейски проекти", "„Общи пътеки по Дунав“"),
    ],
)
def test_a_quoted_heading_on_its_own_line_is_the_title(lang, section, heading):
    body = BODY.get(lang, BODY["en"])
    text = f"{section}\n\n{heading}\n\n{body}\n"
    assert _titles(text, (lang,))[0] == heading.strip("„“”«» ")


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("ga", "Tionscadal nua trasteorann do na calafoirt bheaga"),
        ("en", "New cross-border project for small harbours"),
        ("de", "Neues Interreg-Projekt für kleine Häfen"),
        ("fr", "Un nouveau projet transfrontalier pour les petits ports"),
        ("it", "Nuovo progetto transfrontaliero per i piccoli porti"),
        ("es", "Nuevo proyecto transfronterizo para los pequeños puertos"),
        ("nl", "Nieuw grensoverschrijdend project voor kleine havens"),
        ("lb", "Neit Interreg-Projet fir déi kleng Hafen"),
        ("pl", "Nowy projekt transgraniczny dla małych portów"),
    ],
)
def test_a_headline_that_says_project_is_not_the_title(lang, headline):
    body = BODY.get(lang, BODY["en"])
    text = f"{headline}\n\n{body}\n"
    assert _titles(text, (lang,))[0] is None


def test_a_title_with_a_closed_compound_project_word_is_kept():
    text = f"Rahmenprojekt Kleinprojekte Grenzraum Süd\n\n{BODY['de']}\n"
    assert _titles(text, ("de",))[0] == "Rahmenprojekt Kleinprojekte Grenzraum Süd"


# ------------------------------------------------------------------ a name in capitals


@pytest.mark.parametrize(
    ("lang", "name", "title"),
    [
        ("lv", "BALTIC SAUNA ROUTE", "Pirts tradīcijas kā kopīgs tūrisma produkts četrās valstīs"),
        ("ga", "FARRAIGE GHLAN", "Bainistíocht chomhroinnte ar dhramhaíl mhuirí sa dá thír"),
        ("en", "CLEAN HARBOURS", "Shared management of marine litter in small fishing ports"),
        ("de", "SAUBERE HÄFEN", "Gemeinsamer Umgang mit Meeresmüll in kleinen Fischereihäfen"),
        ("fr", "PORTS PROPRES", "Gestion partagée des déchets marins dans les petits ports"),
        ("it", "PORTI PULITI", "Gestione condivisa dei rifiuti marini nei piccoli porti"),
        ("el", "ΚΑΘΑΡΑ ΛΙΜΑΝΙΑ", "Κοινή διαχείριση θαλάσσιων απορριμμάτων στα μικρά λιμάνια"),
        ("bg", "ЧИСТИ ПРИСТАНИЩА", "Общо управление на морските отпадъци в малките пристанища"),
    ],
)
def test_a_name_in_capital_words_over_the_title(lang, name, title):
    text = f"{name}\n\n{title}\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, name)


def test_a_press_label_in_capitals_is_no_name():
    text = (
        "NOTA DE PRENSA\n\nLa Diputación lidera un proyecto europeo para recuperar la dehesa\n\n"
        f"{BODY['es']}\n"
    )
    assert _titles(text, ("es",))[1] != "NOTA DE PRENSA"


# ------------------------------------------------------------------ names in prose


@pytest.mark.parametrize(
    ("lang", "sentence", "title", "acronym"),
    [
        (
            "lv",
            "Pašvaldība īsteno projektu “Upes bez robežām” (UPESLINK) kopā ar kaimiņiem.",
            "Upes bez robežām",
            "UPESLINK",
        ),
        (
            "en",
            "The town runs the project “Rivers without borders” (RIVERLINK) with its neighbours.",
            "Rivers without borders",
            "RIVERLINK",
        ),
        (
            "de",
            "Die Stadt führt das Projekt „Flüsse ohne Grenzen“ (FLUSSNETZ) mit Partnern durch.",
            "Flüsse ohne Grenzen",
            "FLUSSNETZ",
        ),
        (
            "fr",
            "La ville mène le projet « Rivières sans frontières » (RIVEO) avec ses voisins.",
            "Rivières sans frontières",
            "RIVEO",
        ),
        (
            "it",
            "Il comune guida il progetto «Fiumi senza confini» (FIUMINET) con i vicini.",
            "Fiumi senza confini",
            "FIUMINET",
        ),
        (
            "pl",
            "Gmina realizuje projekt „Rzeki bez granic” (RZEKANET) z sąsiadami.",
            "Rzeki bez granic",
            "RZEKANET",
        ),
        (
            "bg",
            "Общината изпълнява проект „Реки без граници“ (РЕКИНЕТ) със съседите си.",
            "Реки без граници",
            "РЕКИНЕТ",
        ),
        (
            "el",
            "Ο δήμος υλοποιεί το έργο «Ποτάμια χωρίς σύνορα» (ΠΟΤΑΜΟΣ+) με τους γείτονες.",
            "Ποτάμια χωρίς σύνορα",
            "ΠΟΤΑΜΟΣ+",
        ),
    ],
)
def test_a_quoted_title_then_its_acronym_in_brackets(lang, sentence, title, acronym):
    text = f"{sentence} {BODY.get(lang, BODY['en'])}\n"
    assert _titles(text, (lang,)) == (title, acronym)


def test_a_project_number_in_brackets_is_no_acronym():
    text = (
        "Municipiul a semnat contractul pentru proiectul „Copii fără bariere” (ROHU-00512), "
        f"finanțat prin program. {BODY['ro']}\n"
    )
    assert _titles(text, ("ro",))[1] != "ROHU-00512"


@pytest.mark.parametrize(
    ("lang", "sentence", "title", "acronym"),
    [
        (
            "en",
            "HARBOUR-LINK (Harbours And Regions Building Local Infrastructure) received funding.",
            "Harbours And Regions Building Local Infrastructure",
            "HARBOUR-LINK",
        ),
        (
            "de",
            "GRENZSTROM (Gemeinsame Regionale Energie Netze Zwischen Städten) startet jetzt.",
            "Gemeinsame Regionale Energie Netze Zwischen Städten",
            "GRENZSTROM",
        ),
        (
            "fr",
            "PORTELEC (Ports Organisés pour la Recharge Transfrontalière Électrique) démarre.",
            "Ports Organisés pour la Recharge Transfrontalière Électrique",
            "PORTELEC",
        ),
        (
            "it",
            "PORTIVERDI (Porti Oggi Resilienti Trasporti Intelligenti) parte ora.",
            "Porti Oggi Resilienti Trasporti Intelligenti",
            "PORTIVERDI",
        ),
        (
            "es",
            "PUERTOLUZ (Puertos Unidos En Red Transfronteriza Ordenada) arranca ahora.",
            "Puertos Unidos En Red Transfronteriza Ordenada",
            "PUERTOLUZ",
        ),
        (
            "nl",
            "HAVENSTROOM (Havens Aan Vaste Elektrische Netten en Stroom) start nu.",
            "Havens Aan Vaste Elektrische Netten en Stroom",
            "HAVENSTROOM",
        ),
        (
            "pl",
            "PORTYMOC (Porty Oparte na Regionalnych Technologiach) rusza teraz.",
            "Porty Oparte na Regionalnych Technologiach",
            "PORTYMOC",
        ),
        (
            "pt",
            "PORTOVIVO (Portos Organizados em Rede Transfronteiriça Viva) arranca agora.",
            "Portos Organizados em Rede Transfronteiriça Viva",
            "PORTOVIVO",
        ),
    ],
)
def test_a_name_then_an_expansion_spelling_its_start(lang, sentence, title, acronym):
    # As in a newsletter: a numbered heading names the project, the text spells it out.
    text = f"Newsletter 3/2025\n\n1) {acronym} on its way\n{sentence} {BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, acronym)


def test_an_organisation_and_its_abbreviation_spell_nothing():
    # "Lombardy Foundation for the Environment (LFE)" is no project name: its capitals do
    # not open the word in brackets.
    text = f"Partners: Water Board of the Delta (WBD), City of Riverton (CR). {BODY['en']}\n"
    assert _titles(text, ("en",))[0] is None


@pytest.mark.parametrize(
    ("lang", "word", "name", "title"),
    [
        ("sl", "Projekt", "GOZDNA POT", "Čezmejno upravljanje gozdov na dveh pogorjih"),
        ("en", "Project", "FOREST PATH", "Cross-border management of forests on two ranges"),
        ("de", "Projekt", "WALDWEG", "Grenzüberschreitende Bewirtschaftung der Bergwälder"),
        ("it", "Progetto", "BOSCO COMUNE", "Gestione transfrontaliera dei boschi di montagna"),
        ("hr", "Projekt", "ŠUMSKI PUT", "Prekogranično upravljanje šumama na dva gorja"),
        ("cs", "Projekt", "LESNÍ STEZKA", "Přeshraniční správa horských lesů na obou stranách"),
        ("es", "Proyecto", "SENDA VERDE", "Gestión transfronteriza de los bosques de montaña"),
        ("pl", "Projekt", "LEŚNA ŚCIEŻKA", "Transgraniczne zarządzanie lasami górskimi"),
    ],
)
def test_a_project_word_and_name_over_the_title(lang, word, name, title):
    body = BODY.get(lang, BODY["en"])
    text = f"{word} {name}\n\n{title}\n\n{body}\n"
    assert _titles(text, (lang,)) == (title, name)


@pytest.mark.parametrize(
    ("lang", "sentence", "acronym"),
    [
        (
            "is",
            "Stofnunin tekur þátt í nýju verkefni, FJARLÆKNIR, sem hefst í haust.",
            "FJARLÆKNIR",
        ),
        ("en", "The hospital joins a new project, TELECARE, which starts in autumn.", "TELECARE"),
        (
            "de",
            "Die Klinik beteiligt sich am neuen Projekt, FERNPFLEGE, das im Herbst startet.",
            "FERNPFLEGE",
        ),
        (
            "fr",
            "L'hôpital rejoint un nouveau projet, TÉLÉSOIN, qui démarre à l'automne.",
            "TÉLÉSOIN",
        ),
        (
            "it",
            "L'ospedale aderisce al nuovo progetto, TELECURA, che parte in autunno.",
            "TELECURA",
        ),
        (
            "es",
            "El hospital se suma a un nuevo proyecto, TELECUIDA, que arranca en otoño.",
            "TELECUIDA",
        ),
        (
            "nl",
            "Het ziekenhuis doet mee aan een nieuw project, ZORGAFSTAND, dat in de herfst start.",
            "ZORGAFSTAND",
        ),
        (
            "pt",
            "O hospital adere a um novo projeto, TELECUIDAR, que arranca no outono.",
            "TELECUIDAR",
        ),
    ],
)
def test_a_name_set_off_by_commas_after_the_project_word(lang, sentence, acronym):
    text = f"{sentence} {BODY.get(lang, BODY['en'])}\n"
    assert _titles(text, (lang,))[1] == acronym


@pytest.mark.parametrize(
    ("lang", "opening", "later"),
    [
        ("en", "SEAGRASS kicked off last week in Bergen.", "All SEAGRASS partners met online."),
        ("de", "SEEGRAS startete letzte Woche in Kiel.", "Alle SEEGRAS-Partner trafen sich."),
        (
            "fr",
            "HERBIMER a démarré la semaine dernière à Brest.",
            "Les partenaires de HERBIMER se sont réunis.",
        ),
        (
            "it",
            "PRATERIA è partito la settimana scorsa a Trieste.",
            "I partner di PRATERIA si sono riuniti.",
        ),
        (
            "es",
            "PRADOMAR arrancó la semana pasada en Vigo.",
            "Los socios de PRADOMAR se reunieron.",
        ),
        (
            "nl",
            "ZEEGRAS ging vorige week van start in Vlissingen.",
            "Alle ZEEGRAS-partners kwamen samen.",
        ),
        (
            "pl",
            "TRAWAMOR ruszył w zeszłym tygodniu w Gdyni.",
            "Partnerzy TRAWAMOR spotkali się online.",
        ),
        (
            "pt",
            "ERVAMAR arrancou na semana passada em Aveiro.",
            "Os parceiros do ERVAMAR reuniram-se.",
        ),
    ],
)
def test_a_recurring_name_in_capitals_opening_a_sentence(lang, opening, later):
    text = f"Our application was approved!\n\n{opening} {BODY[lang]}\n\n{later}\n"
    assert _titles(text, (lang,))[1] == opening.split()[0]


def test_a_name_in_capitals_said_once_is_not_taken():
    text = f"Our application was approved!\n\nSEAGRASS kicked off last week. {BODY['en']}\n"
    assert _titles(text, ("en",))[1] is None


# ------------------------------------------------------------------ wrapped, dashed, enclitic


@pytest.mark.parametrize(
    ("lang", "lines", "title"),
    [
        (
            "fr",
            [
                "PRAIRIE+ : Pâturages et adaptation au climat dans",
                "les massifs du Jura et des",
                "Vosges",
            ],
            "Pâturages et adaptation au climat dans les massifs du Jura et des Vosges",
        ),
        (
            "en",
            [
                "MEADOW+ : Grazing and adaptation to climate change in",
                "the mountain ranges of the",
                "Jura",
            ],
            "Grazing and adaptation to climate change in the mountain ranges of the Jura",
        ),
        (
            "de",
            ["ALMEN+ : Weidewirtschaft und Anpassung an den", "Klimawandel in den Bergen"],
            "Weidewirtschaft und Anpassung an den Klimawandel in den Bergen",
        ),
        (
            "it",
            ["PASCOLI+ : Pascoli e adattamento al clima nelle", "valli alpine di confine"],
            "Pascoli e adattamento al clima nelle valli alpine di confine",
        ),
        (
            "es",
            ["PASTOS+ : Pastoreo y adaptación al clima en los", "valles del Pirineo central"],
            "Pastoreo y adaptación al clima en los valles del Pirineo central",
        ),
        (
            "pl",
            ["HALE+ : Wypas i adaptacja do zmian klimatu na", "halach pogranicza"],
            "Wypas i adaptacja do zmian klimatu na halach pogranicza",
        ),
        (
            "nl",
            [
                "WEIDE+ : Beweiding en aanpassing aan het klimaat in de",
                "grensstreek van de Ardennen",
            ],
            "Beweiding en aanpassing aan het klimaat in de grensstreek van de Ardennen",
        ),
        (
            "pt",
            ["PASTO+ : Pastoreio e adaptação ao clima nas", "serras da fronteira"],
            "Pastoreio e adaptação ao clima nas serras da fronteira",
        ),
    ],
)
def test_a_heading_wrapped_over_a_narrow_column_is_joined(lang, lines, title):
    block = "\n".join(lines)
    text = f"{block}\n\nProgramme: Interreg 2021-2027\n\n{BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, lines[0].split(" : ")[0])


def test_a_heading_over_a_body_line_is_not_joined():
    text = f"ALPINE+ : Shared alpine pastures\nThe project starts in May.\n\n{BODY['en']}\n"
    assert _titles(text, ("en",))[0] == "Shared alpine pastures"


@pytest.mark.parametrize(
    ("lang", "sentence", "title", "acronym"),
    [
        (
            "fr",
            "SANTÉNET – Réseau transfrontalier de télémédecine – réunit six partenaires.",
            "Réseau transfrontalier de télémédecine",
            "SANTÉNET",
        ),
        (
            "en",
            "HEALTHNET – Cross-border network for telemedicine – brings six partners together.",
            "Cross-border network for telemedicine",
            "HEALTHNET",
        ),
        (
            "de",
            "GESUNDNETZ – Grenzüberschreitendes Netz für Telemedizin – vereint sechs Partner.",
            "Grenzüberschreitendes Netz für Telemedizin",
            "GESUNDNETZ",
        ),
        (
            "it",
            "SALUTERETE – Rete transfrontaliera di telemedicina – riunisce sei partner.",
            "Rete transfrontaliera di telemedicina",
            "SALUTERETE",
        ),
        (
            "es",
            "SALUDRED – Red transfronteriza de telemedicina – reúne a seis socios.",
            "Red transfronteriza de telemedicina",
            "SALUDRED",
        ),
        (
            "pl",
            "ZDROWIENET – Transgraniczna sieć telemedycyny – łączy sześciu partnerów.",
            "Transgraniczna sieć telemedycyny",
            "ZDROWIENET",
        ),
        (
            "nl",
            "ZORGNET – Grensoverschrijdend netwerk voor telegeneeskunde – verbindt zes partners.",
            "Grensoverschrijdend netwerk voor telegeneeskunde",
            "ZORGNET",
        ),
        (
            "pt",
            "SAÚDENET – Rede transfronteiriça de telemedicina – reúne seis parceiros.",
            "Rede transfronteiriça de telemedicina",
            "SAÚDENET",
        ),
    ],
)
def test_a_name_and_its_title_between_dashes_open_a_paragraph(lang, sentence, title, acronym):
    text = f"Partenaires\n\n{sentence} {BODY[lang]}\n"
    assert _titles(text, (lang,)) == (title, acronym)


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("pt", "Guarda e Salamanca unem-se para valorizar o queijo serrano"),
        ("pt", "Bragança candidata-se a fundos para a rota do castanheiro"),
        ("pt", "Autarquias juntam-se para proteger o rio Minho"),
        ("ca", "Lleida i Osca uneix-se per promoure el formatge del Pirineu"),
    ],
)
def test_a_headline_with_a_joined_pronoun_is_not_the_title(lang, headline):
    text = f"{headline}\n\n{BODY.get(lang, BODY['es'])}\n"
    assert _titles(text, (lang,))[0] is None


# ------------------------------------------------------------------ a project's own site


@pytest.mark.parametrize(
    ("lang", "brand", "heading"),
    [
        ("en", "TIDEGATE", "Tidal Data for Gate Management in Estuaries"),
        ("de", "GRENZWASSER", "Gemeinsame Wasserbewirtschaftung an der Grenze"),
        ("fr", "RIVELAB", "Rivières et laboratoires pour les vallées frontalières"),
        ("it", "ACQUAVIVA", "Acque vive nelle valli di confine alpine"),
        ("es", "RIOSUR", "Ríos compartidos del suroeste de la península"),
        ("nl", "SCHELDEWIJS", "Samen slim beheren van de Schelde en haar oevers"),
        ("pl", "ODRANET", "Odra jako wspólna rzeka pogranicza polsko-niemieckiego"),
        ("pt", "MINHOVIVO", "Margens do Minho vivas e partilhadas entre vizinhos"),
    ],
)
def test_the_line_under_a_project_sites_name_spelling_it_out_is_the_title(lang, brand, heading):
    text = f"{brand}\n\n{heading}\n\n{BODY[lang]}\n\nContact: info@{brand.lower()}.example\n"
    text += f"© {brand} 2025\n"
    assert _titles(text, (lang,)) == (heading, brand)


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("el", "Το GreenPolis χρηματοδοτείται από το πρόγραμμα συνεργασίας."),
        ("en", "The GreenPolis is funded by the cooperation programme."),
        ("de", "Das GreenPolis wird vom Kooperationsprogramm gefördert."),
        ("fr", "Le GreenPolis est financé par le programme de coopération."),
        ("it", "Il GreenPolis è finanziato dal programma di cooperazione."),
        ("es", "El GreenPolis está financiado por el programa de cooperación."),
        ("bg", "GreenPolis се финансира от програмата за сътрудничество."),
        ("pl", "GreenPolis jest finansowany z programu współpracy."),
    ],
)
def test_a_coined_name_opening_the_text_is_the_acronym(lang, opening):
    text = f"{opening} {BODY.get(lang, BODY['en'])}\n"
    assert _titles(text, (lang,))[1] == "GreenPolis"


def test_a_coined_name_said_once_later_in_the_text_is_not_taken():
    text = f"{BODY['en']} The town also uses the GreenPolis app for bookings.\n"
    assert _titles(text, ("en",))[1] is None


def test_an_irish_project_word_after_a_preposition_mutates():
    text = (
        f"Tá an chomhairle ag obair ar thionscadal nua, CÓSTA GLAS, le comharsana. {BODY['ga']}\n"
    )
    assert _titles(text, ("ga",))[1] == "CÓSTA GLAS"


@pytest.mark.parametrize(
    ("lang", "sentence", "title"),
    [
        (
            "en",
            "The committee approved MARSHLIFE (Restoring Coastal Marshes for Carbon and Birds).",
            "Restoring Coastal Marshes for Carbon and Birds",
        ),
        (
            "de",
            "Der Ausschuss genehmigte MARSHLIFE (Neue Küstennahe Salzwiesen für Vögel).",
            "Neue Küstennahe Salzwiesen für Vögel",
        ),
        (
            "fr",
            "Le comité a approuvé MARSHLIFE (Restauration des Marais Côtiers pour les Oiseaux).",
            "Restauration des Marais Côtiers pour les Oiseaux",
        ),
        (
            "it",
            "Il comitato approva MARSHLIFE (Ripristino delle Paludi Costiere per gli Uccelli).",
            "Ripristino delle Paludi Costiere per gli Uccelli",
        ),
        (
            "es",
            "El comité aprobó MARSHLIFE (Restauración de Marismas Costeras para las Aves).",
            "Restauración de Marismas Costeras para las Aves",
        ),
        (
            "nl",
            "Het comité keurde MARSHLIFE goed (Herstel van Kwelders langs de Kust).",
            None,
        ),
        (
            "pt",
            "O comité aprovou MARSHLIFE (Restauro de Sapais Costeiros para as Aves).",
            "Restauro de Sapais Costeiros para as Aves",
        ),
        (
            "pl",
            "Komitet zatwierdził MARSHLIFE (Odbudowa Nadmorskich Łąk Solnych dla Ptaków).",
            "Odbudowa Nadmorskich Łąk Solnych dla Ptaków",
        ),
    ],
)
def test_a_known_name_then_a_title_in_title_case_in_brackets(lang, sentence, title):
    # The name is known from a recurring subject; its brackets hold the title. A bracket
    # that does not follow the name (nl) gives none.
    text = f"MARSHLIFE gets the green light\n\n{sentence} {BODY[lang]}\n\nMARSHLIFE runs on.\n"
    assert _titles(text, (lang,)) == (title, "MARSHLIFE")


def test_a_bracket_in_lower_case_after_the_name_is_no_title():
    text = (
        "MARSHLIFE gets the green light\n\nThe committee approved MARSHLIFE (after a second "
        f"round of review and talks). {BODY['en']}\n\nMARSHLIFE runs for three years.\n"
    )
    assert _titles(text, ("en",)) == (None, "MARSHLIFE")
