"""Countries written as adjectives in the text's own language, and border areas named by
their countries (extraction/mentions.py, records/country_adjectives.toml,
extraction/border_areas.py). Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.border_areas import border_areas
from coopkg.extraction.mentions import country_mentions
from coopkg.extraction.places import find_regions
from coopkg.records import Notice
from coopkg.records.countries import adjective_of_other, adjective_pattern

ADJECTIVES = [
    ("nb", "Norsk prosjekteier er et vitensenter, sammen med svenske kommuner.", ["NO", "SE"]),
    ("sv", "Samarbetet samlar svenska, danska och norska kommuner.", ["SE", "DK", "NO"]),
    ("da", "Projektet samler tyske og danske kommuner om vandmiljøet.", ["DE", "DK"]),
    (
        "fi",
        "Pohjoisruotsalainen kaupunki ja virolainen yliopisto aloittavat hankkeen.",
        ["SE", "EE"],
    ),
    ("hu", "A magyar partner és a román egyesület közös túraútvonalat épít.", ["HU", "RO"]),
    ("cs", "Čeští a polští partneři obnoví starou železniční trať.", ["CZ", "PL"]),
    ("sk", "Projekt spája poľské a slovenské obce v regióne.", ["PL", "SK"]),
    ("sl", "Hrvaški in slovenski partnerji urejajo kolesarsko pot.", ["HR", "SI"]),
    ("hr", "Mađarski i hrvatski partneri grade biciklističku stazu.", ["HU", "HR"]),
    ("ro", "Partenerul bulgar și partenerul român au semnat acordul.", ["BG", "RO"]),
    ("bg", "Румънски и български общини работят заедно.", ["RO", "BG"]),
    ("el", "Οι ελληνικοί και κυπριακοί φορείς συνεργάζονται.", ["GR", "CY"]),
    ("lt", "Projekte dalyvauja lenkų ir lietuvių savivaldybės.", ["PL", "LT"]),
    ("lv", "Igauņu un latviešu pašvaldības kopā attīsta tūrismu.", ["EE", "LV"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), ADJECTIVES)
def test_country_adjectives_of_the_texts_language(lang: str, text: str, codes: list[str]) -> None:
    # A capitalised first word may be read as the country's name in a case form instead.
    assert [h.value for h in country_mentions(text, [lang])] == codes


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Sidan finns också på svenska och engelska."),
        ("lv", "Informācija latviešu valodā un angļu valodā."),
        ("hu", "Magyar\nEnglish\nDeutsch"),
        ("sv", "Budgeten motsvarar 40 miljoner svenska kronor."),
        ("da", "Budgettet er 12 millioner danske kroner."),
        ("cs", "Rozpočet činí 2 miliony českých korun."),
        ("ro", "Un proiect în română, finanțat de UE."),
        ("hu", "A Magyar Nemzeti Múzeum kiállítása nyílt meg."),
        ("hu", "A felújított román stílusú templom és a görög katolikus parókia."),
        ("sk", "Obnova kostola gréckokatolíckej cirkvi a gréckej katolíckej fary."),
    ],
)
def test_a_language_a_currency_or_a_proper_name_is_no_country(lang: str, text: str) -> None:
    assert [h for h in country_mentions(text, [lang]) if h.rule == "countries:adjective"] == []


def test_one_form_names_two_countries_by_language() -> None:
    assert adjective_pattern("cs").fullmatch("slovenský").lastgroup == "SK"
    assert adjective_pattern("sk").fullmatch("slovenská").lastgroup == "SK"
    assert adjective_pattern("sl").fullmatch("slovenski").lastgroup == "SI"
    assert adjective_pattern("hr").fullmatch("slovenska").lastgroup == "SI"
    assert adjective_pattern("da").fullmatch("slovenske").lastgroup == "SI"
    assert adjective_pattern("nb").fullmatch("slovakiske").lastgroup == "SK"


def test_a_slovene_name_is_no_mention_of_slovakia() -> None:
    it = "Partner: Slovensko kulturno društvo di Gorizia e il Comune di Udine."
    assert "SK" not in [h.value for h in country_mentions(it, ["it"])]
    assert adjective_of_other("Slovensko", "SK", ("it",)) == "SI"
    sk = "Slovensko a Poľsko podpísali zmluvu o spolupráci."
    assert [h.value for h in country_mentions(sk, ["sk"])][:2] == ["SK", "PL"]
    cs = "Partneři ze Slovensko a Polsko."
    assert "SK" in [h.value for h in country_mentions(cs, ["cs"])]


BORDERS = [
    ("en", "Cycle routes across the Czech-Polish border area.", "Czech-Polish border area"),
    ("de", "Radwege im deutsch-tschechischen Grenzraum.", "deutsch-tschechischen Grenzraum"),
    ("pl", "Szlak na pograniczu polsko-słowackim.", "pograniczu polsko-słowackim"),
    ("sk", "Poklady poľsko-slovenského pohraničia.", "poľsko-slovenského pohraničia"),
    ("cs", "Turistika v česko-polském pohraničí.", "česko-polském pohraničí"),
    ("fr", "Dans la région frontalière franco-belge.", "région frontalière franco-belge"),
    ("it", "Nella zona di confine italo-austriaca.", "zona di confine italo-austriaca"),
    ("es", "La región fronteriza hispano-portuguesa.", "región fronteriza hispano-portuguesa"),
    ("nl", "In de Nederlands-Duitse grensregio.", "Nederlands-Duitse grensregio"),
    ("da", "I den dansk-tyske grænseregion.", "dansk-tyske grænseregion"),
    ("hu", "A magyar-szlovák határ menti térség fejlesztése.", "magyar-szlovák határ menti térség"),
    ("sl", "Na slovensko-hrvaškem obmejnem območju.", "slovensko-hrvaškem obmejnem območju"),
    ("hr", "Hrvatsko-mađarsko pogranično područje.", "Hrvatsko-mađarsko pogranično područje"),
]


@pytest.mark.parametrize(("lang", "text", "area"), BORDERS)
def test_border_areas_named_by_their_countries(lang: str, text: str, area: str) -> None:
    assert [h.value for h in border_areas(text, [lang])] == [area]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Neue Radwege entlang der deutsch-dänischen Grenze wurden markiert."),
        ("en", "A German-Danish partnership for the border."),
        ("pl", "Pogranicze to nasza wspólna przestrzeń."),
        ("fr", "La zone frontalière est-ouest du massif."),
    ],
)
def test_a_border_line_or_a_compound_without_a_country_is_no_area(lang: str, text: str) -> None:
    assert border_areas(text, [lang]) == []


def test_one_border_area_in_several_forms_is_one_region() -> None:
    text = (
        "Ścieżki pogranicza polsko-słowackiego.\n"
        "Projekt tworzy szlak na polsko-słowackim pograniczu.\n"
    )
    names = [name for _, name in find_regions(text, ["pl"])]
    assert names == ["pogranicza polsko-słowackiego"]


# Regions of a named country in that country's language and case, inside a page in another
# language; and Slavic regions named by adjectives in their cases.
FOREIGN_CASES = [
    ("sl", "Partnerji iz Hrvaške: Javna ustanova za odpadke sjeverozapadne Hrvatske.", "Hrvatske"),
    ("de", "Partner aus Polen: Urząd Marszałkowski Województwa Dolnośląskiego.", "Dolnośląskie"),
    ("it", "Partner dalla Slovenia: Razvojna agencija Pomurja in Prekmurja.", "Pomurje"),
    (
        "en",
        "Partners from Finland: Pohjois-Pohjanmaan liitto and a university.",
        "Pohjois-Pohjanmaa",
    ),
    ("es", "Socio de Grecia: Περιφέρεια Ηπείρου, con sede en la ciudad.", "Epirus"),
    ("sk", "Partner z Poľska: Urząd Marszałkowski Województwa Małopolskiego.", "Małopolskie"),
    ("pl", "Urząd Marszałkowski Województwa Dolnośląskiego jest liderem.", "Dolnośląskie"),
    ("cs", "Projekt realizuje Krajský úřad Moravskoslezského kraje.", "Moravskoslezský kraj"),
]


@pytest.mark.parametrize(("lang", "text", "name"), FOREIGN_CASES)
def test_regions_in_the_case_forms_of_their_own_language(lang: str, text: str, name: str) -> None:
    names = [n for _, n in find_regions(text, [lang])]
    assert any(name in n for n in names), names


def test_a_foreign_ending_makes_no_place_of_another_countrys_word() -> None:
    text = "Con la Croazia e l'Albania; presente il sindaco Luca D’Alessandrini."
    assert find_regions(text, ["it"]) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lv", "Projekts attīsta Valgas un Valkas kopīgo pilsētas centru."),
        ("et", "Projekt arendab Valga ja Valka ühist linnakeskust."),
        ("en", "A common town centre for Valga and Valka."),
    ],
)
def test_twin_towns_that_list_each_others_names_are_two_places(lang: str, text: str) -> None:
    from coopkg.extraction.localities import find_localities

    assert [h.value for h in find_localities(text, ["EE", "LV"], [lang])] == ["Valga", "Valka"]


EXONYMS = [
    ("el", "Το έργο υλοποιείται στην Ανατολική Μακεδονία και Θράκη.", "EL51"),
    ("it", "Partner dalla Regione delle Isole Ionie e dalla Grecia Occidentale.", "EL62"),
    ("fr", "Les partenaires viennent d'Épire et des Îles Ioniennes.", "EL54"),
    ("de", "Partner aus Westgriechenland und der Region Attika.", "EL63"),
    ("nl", "Het project loopt in Noordrijn-Westfalen en Limburg.", "DEA"),
    ("de", "Radwege zwischen Niederösterreich und Südmähren.", "CZ064"),
    ("fr", "Les régions du Val d'Aoste et du Piémont coopèrent.", "ITC2"),
    ("de", "Die Route führt vom Niederrhein nach Nord-Brabant.", "NL41"),
]


@pytest.mark.parametrize(("lang", "text", "code"), EXONYMS)
def test_region_names_in_neighbouring_languages(lang: str, text: str, code: str) -> None:
    assert code in [h.kind for h, _ in find_regions(text, [lang])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Projekt realizowany jest w województwie małopolskim.", "Małopolskie"),
        ("Partnerzy pochodzą z województwa dolnośląskiego.", "Dolnośląskie"),
        ("Gminy z województwa podkarpackiego i z Preszowa.", "Podkarpackie"),
        ("Siedziba: województwo opolskie.", "Opolskie"),
    ],
)
def test_polish_voivodeships_written_in_lower_case(text: str, name: str) -> None:
    assert name in [n for _, n in find_regions(text, ["pl"])]


HOTLINES = [
    ("en", "Call us in Germany: +49 30 1234 5678"),
    ("de", "Hilfe-Hotline für Menschen aus der Ukraine - 0800 1234567"),
    ("fr", "Numéro vert pour les ressortissants de Belgique : 0800 12 345"),
    ("it", "Numero verde per i cittadini dell'Ucraina 800 123 456 - 06 12345678"),
    ("bg", "Денонощна линия за граждани на Украйна - 0888 123 456"),
    ("pl", "Infolinia dla obywateli Ukrainy: +48 22 123 45 67"),
    ("es", "Atención a ciudadanos de Ucrania 0034 912 345 678"),
    ("hu", "Segélyvonal Ukrajna állampolgárainak: +36 1 234 5678"),
]


@pytest.mark.parametrize(("lang", "text"), HOTLINES)
def test_a_help_line_names_no_country_of_the_project(lang: str, text: str) -> None:
    assert country_mentions(text, [lang]) == []


def test_a_partners_contact_line_keeps_its_country() -> None:
    text = "Comune di Udine, Via Roma 1, Udine, Italia, Tel. +39 0432 123456"
    assert [h.value for h in country_mentions(text, ["it"])] == ["IT"]


LEADS = [
    (
        "it",
        "Teramo – Il presidente della Provincia ha presentato ieri il nuovo progetto europeo "
        "di cooperazione con i partner croati e albanesi per la mobilità sostenibile.",
    ),
    (
        "es",
        "Valladolid – La Junta ha presentado este lunes el nuevo proyecto europeo de "
        "cooperación transfronteriza con los socios portugueses para el turismo rural.",
    ),
    (
        "fr",
        "Strasbourg — Le conseil régional a présenté mardi le nouveau projet européen de "
        "coopération avec les partenaires allemands et suisses pour le tourisme durable.",
    ),
    (
        "de",
        "Passau – Der Landkreis hat am Montag das neue europäische Projekt mit den "
        "Partnern aus Oberösterreich und Südböhmen für den sanften Tourismus vorgestellt.",
    ),
    (
        "pt",
        "Braga – A câmara municipal apresentou esta segunda-feira o novo projeto europeu "
        "de cooperação com os parceiros galegos para o turismo de natureza e património.",
    ),
    (
        "ro",
        "Oradea – Consiliul Județean a prezentat luni noul proiect european de cooperare "
        "transfrontalieră cu partenerii maghiari pentru dezvoltarea turismului rural local.",
    ),
    (
        "pl",
        "Rzeszów – Urząd Marszałkowski przedstawił w poniedziałek nowy projekt europejski "
        "realizowany wspólnie z partnerami ze Słowacji w zakresie turystyki przyrodniczej.",
    ),
    (
        "hr",
        "Varaždin – Županija je u ponedjeljak predstavila novi europski projekt suradnje "
        "s mađarskim partnerima za razvoj održivog turizma uz rijeke Muru i Dravu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LEADS)
def test_the_place_opening_a_news_lead_is_where_it_was_written(lang: str, text: str) -> None:
    from coopkg.extraction.places import is_incidental

    end = text.index(" ")
    assert is_incidental(text, 0, end)


def test_a_short_title_with_two_towns_is_no_lead() -> None:
    from coopkg.extraction.places import is_incidental

    text = "Valga – Valka: one centre for the twin towns"
    assert not is_incidental(text, 0, 5)


def test_every_language_of_the_adjective_table_is_listed() -> None:
    from coopkg.records.countries import ADJECTIVE_LANGUAGES, _adjective_tables

    assert set(_adjective_tables()) == set(ADJECTIVE_LANGUAGES)


def test_one_border_area_written_in_two_languages_is_one_region() -> None:
    text = (
        "Szlaki turystyczne pogranicza czesko-polskiego\n"
        "Turistické stezky česko-polského pohraničí\n"
    )
    assert len(find_regions(text, ["pl"])) == 1


SUPPLEMENTS = [
    (
        "en",
        "The Albanian and Montenegrin partners met the Ukrainian delegation.",
        ["AL", "ME", "UA"],
    ),
    ("it", "I partner albanesi e montenegrini con i comuni croati.", ["AL", "ME", "HR"]),
    ("de", "Die albanischen und bosnischen Partner trafen sich.", ["AL", "BA"]),
    ("fr", "Les partenaires albanais et monténégrins.", ["AL", "ME"]),
    ("es", "Los socios albaneses y croatas.", ["AL", "HR"]),
    ("pl", "Partnerzy ukraińscy i mołdawscy oraz polscy.", ["UA", "MD", "PL"]),
    ("nl", "De Oekraïense en Roemeense partners.", ["UA", "RO"]),
    ("pt", "Os parceiros ucranianos e romenos.", ["UA", "RO"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), SUPPLEMENTS)
def test_neighbourhood_adjectives_in_the_general_tables_languages(
    lang: str, text: str, codes: list[str]
) -> None:
    assert [h.value for h in country_mentions(text, [lang])] == codes


def test_a_language_named_at_a_sentence_end_is_no_country() -> None:
    assert country_mentions("The page is also available in Albanian.", ["en"]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Geopark liegt entlang der Karnischen Alpen.", "Karnische Alpen"),
        ("Wanderwege in den Hohen Tauern und im Salzkammergut.", "Hohe Tauern"),
        ("Ein Netzwerk der Gemeinden der Karnischen Alpen.", "Karnische Alpen"),
    ],
)
def test_german_names_with_an_adjective_in_the_dative_or_genitive(text: str, name: str) -> None:
    assert name in [n for _, n in find_regions(text, ["de"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Nowe trasy powstaną w Bystrzycy Kłodzkiej."),
        ("cs", "Nové stezky vzniknou v okolí Ústí nad Orlicí."),
    ],
)
def test_an_adjective_of_a_towns_name_is_not_that_town(lang: str, text: str) -> None:
    assert "Kłodzko" not in [n for _, n in find_regions(text, [lang])]


AREAS = [
    (
        "it",
        "Un progetto pilota per i porti della Macroregione Adriatico-Jonica.",
        "adriatic-ionian",
    ),
    ("hr", "Projekt doprinosi razvoju Podunavlja i Jadransko-jonske regije.", "danube"),
    ("sl", "Sodelovanje občin v Podonavju in v Alpski regiji.", "danube"),
    ("lt", "Projektas skirtas Baltijos jūros regiono miestams.", "baltic-sea"),
    ("bg", "Проектът обхваща общини от Дунавския регион.", "danube"),
    ("cs", "Spolupráce měst v Podunají a ve Střední Evropě.", "danube"),
    ("de", "Ein Netzwerk für die Adriatisch-Ionische Region.", "adriatic-ionian"),
    ("es", "Una red de ciudades de la Región del Danubio.", "danube"),
    ("da", "Et netværk af havne i Østersøregionen.", "baltic-sea"),
]


@pytest.mark.parametrize(("lang", "text", "area"), AREAS)
def test_macro_regions_in_their_languages(lang: str, text: str, area: str) -> None:
    assert f"area:{area}" in [h.kind for h, _ in find_regions(text, [lang])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Partner: Koroška (Kärnten), Avstrija."),
        ("en", "Partners: the Land of Koroška (Carinthia) and Maribor."),
        ("it", "Partner: Koroška (Carinzia), Austria."),
        ("fr", "Partenaire : Koroška (Carinthie), Autriche."),
        ("hu", "Partner: Koroška (Karintia), Ausztria."),
        ("pl", "Partner: Koroška (Karyntia), Austria."),
        ("sk", "Partner: Koroška (Korutánsko), Rakúsko."),
        ("ro", "Partener: Koroška (Carintia), Austria."),
    ],
)
def test_a_name_and_its_translation_are_one_region(lang: str, text: str) -> None:
    assert [h.kind for h, _ in find_regions(text, [lang])] == ["AT21"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Partners: Câmara de Castilha y Leon (ES). Innovation in the Castilla y León Region.",
        ),
        ("es", "Socios: Câmara de Castilha y Leon. Innovación en Castilla y León."),
        ("pt", "Parceiros: Câmara de Castilha y Leon (ES). Inovação em Castilla y León."),
        ("fr", "Partenaires : Câmara de Castilha y Leon (ES). Innovation en Castilla y León."),
        ("it", "Partner: Câmara de Castilha y Leon (ES). Innovazione in Castilla y León."),
        ("de", "Partner: Câmara de Castilha y Leon (ES). Innovation in Castilla y León."),
        ("nl", "Partners: Câmara de Castilha y Leon (ES). Innovatie in Castilla y León."),
        ("pl", "Partnerzy: Câmara de Castilha y Leon (ES). Innowacje w Castilla y León."),
    ],
)
def test_a_word_of_a_parent_regions_name_is_no_region_of_its_own(lang: str, text: str) -> None:
    record = extract_record(Notice(source="p.txt", text=text), today=dt.date(2026, 1, 1))
    assert [r.removesuffix(" Region") for r in record.regions] == ["Castilla y León"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "A projekt sikeres lett, és a falu központja megújult."),
        ("bg", "Ремонт на полски път между две села."),
        ("lv", "Viņš paņēma somu un devās uz tirgu."),
        ("en", "Traditional Macedonian cuisine of northern Greece."),
    ],
)
def test_adjective_forms_that_are_common_words_are_left_out(lang: str, text: str) -> None:
    assert [h for h in country_mentions(text, [lang]) if h.rule == "countries:adjective"] == []


FLEETING = [
    ("hr", ["HR", "HU"], "Nove biciklističke staze u Čakovcu.", "Čakovec"),
    ("sk", ["SK", "PL"], "Cyklotrasa vedie z Kežmarku do Popradu.", "Kežmarok"),
    ("pl", ["PL", "DE"], "Partnerzy ze Zgorzelca i z Görlitz.", "Zgorzelec"),
    ("sl", ["SI", "AT"], "Kolesarska pot povezuje občane Žalca in Celja.", "Žalec"),
    ("cs", ["CZ", "PL"], "Nová cyklostezka v Liberci.", "Liberec"),
    ("sk", ["SK", "HU"], "Projekt mesta v Lučenci.", "Lučenec"),
]


@pytest.mark.parametrize(("lang", "countries", "text", "name"), FLEETING)
def test_slavic_case_forms_that_drop_a_vowel(
    lang: str, countries: list[str], text: str, name: str
) -> None:
    from coopkg.extraction.localities import find_localities

    assert name in [h.value for h in find_localities(text, countries, [lang])]


@pytest.mark.parametrize(
    ("lang", "countries", "text"),
    [
        ("fi", ["FI", "SE"], "Kokous pidettiin Liberci-hallissa."),
        ("hu", ["HU", "SK"], "A találkozó a Lučenci úton volt."),
        ("de", ["DE", "CZ"], "Treffen in der Liberci-Straße."),
    ],
)
def test_no_vowel_is_put_back_outside_the_slavic_languages(
    lang: str, countries: list[str], text: str
) -> None:
    from coopkg.extraction.localities import find_localities

    assert find_localities(text, countries, [lang]) == []


def _record(text: str):
    return extract_record(Notice(source="coordinated.txt", text=text), today=dt.date(2026, 12, 7))


@pytest.mark.parametrize(
    "text",
    [
        "Obec Kúty pripraví informačné tabule v slovenskom, nemeckom a anglickom jazyku.",
        "Obec připraví informační tabule v českém, německém a anglickém jazyce.",
        "Općina će postaviti ploče na hrvatskom, mađarskom i engleskom jeziku uz stazu.",
        "Občina bo postavila table v slovenskem, italijanskem in angleškem jeziku ob poti.",
        "Общината ще постави табели на български, румънски и английски език по маршрута.",
        "Savivaldybė parengs stendus lietuvių, latvių ir anglų kalbomis prie tako.",
        "Pašvaldība uzstādīs stendus latviešu, lietuviešu un angļu valodā pie takas.",
        "Az önkormányzat magyar, szlovák és angol nyelvű táblákat helyez el az út mentén.",
        "Primăria va instala panouri în limbile română, bulgară și engleză pe traseu.",
        "Vald paigaldab rajale eesti, läti ja inglise keelsed infotahvlid.",
        "Tablice informacyjne w językach polskim, niemieckim i czeskim stoją przy szlaku.",
    ],
)
def test_coordinated_language_adjectives_name_no_country(text: str) -> None:
    # The language noun after (or before) the last of several adjectives is theirs all.
    assert _record(text).countries == ()


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Projekt spája slovenské a rakúske obce pozdĺž rieky Moravy.", ("SK", "AT")),
        ("Na projektu spolupracují české a polské obce v Krkonoších.", ("CZ", "PL")),
        ("U projektu sudjeluju hrvatski i slovenski partneri iz pograničja.", ("HR", "SI")),
        ("Sodelujejo slovenski in italijanski partnerji ob meji.", ("SI", "IT")),
        ("W projekcie uczestniczą polskie i czeskie gminy z pogranicza.", ("PL", "CZ")),
        ("Proiectul reunește parteneri români și bulgari de pe Dunăre.", ("RO", "BG")),
        ("Projektā piedalās latviešu un lietuviešu pašvaldības.", ("LV", "LT")),
        ("A projektben magyar és szlovák települések vesznek részt.", ("HU", "SK")),
    ],
)
def test_coordinated_country_adjectives_still_name_countries(
    text: str, countries: tuple[str, ...]
) -> None:
    assert _record(text).countries == countries
