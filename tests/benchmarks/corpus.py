"""A generated corpus of notices that looks like the web: for benchmarks, not for tests.

:func:`write_corpus` writes ``n`` notices (plain text and HTML) into a folder, in eight
languages (en, fr, de, it, es, pl, nl, pt) and four layouts seen on real pages:

* **labels**: a programme database page, one ``Label: value`` line per fact;
* **table**: an HTML page whose partners sit in a table (name, country, role, budget);
* **prose**: a news item that names the partners in sentences;
* **keep**: a project-database listing (badges, figures, a partner list).

Each page carries furniture (menus, cookie banners, share buttons, footers). Partners
are drawn from a pool of organisations with Zipf-skewed popularity (a few appear in
hundreds of projects, most in one or two, as in keep.eu) and are written with spelling
variants (case, accents, legal form, abbreviations). All text here is invented.

    python tests/benchmarks/corpus.py --notices 1000 /tmp/corpus
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from pathlib import Path

LANGS = ("en", "fr", "de", "it", "es", "pl", "nl", "pt")

# Labels per language: title, acronym, start, end, programme, lead, partners, EU funding,
# total budget, summary heading.
LABELS = {
    "en": ("Project title", "Acronym", "Start date", "End date", "Programme", "Lead partner",
           "Project partners", "ERDF funding", "Total budget", "Summary"),
    "fr": ("Titre du projet", "Acronyme", "Date de début", "Date de fin", "Programme",
           "Chef de file", "Partenaires du projet", "Contribution FEDER", "Budget total",
           "Résumé"),
    "de": ("Projekttitel", "Akronym", "Projektbeginn", "Projektende", "Programm",
           "Lead-Partner", "Projektpartner", "EFRE-Mittel", "Gesamtbudget", "Zusammenfassung"),
    "it": ("Titolo del progetto", "Acronimo", "Data di inizio", "Data di fine", "Programma",
           "Capofila", "Partner di progetto", "Contributo FESR", "Budget totale", "Sintesi"),
    "es": ("Título del proyecto", "Acrónimo", "Fecha de inicio", "Fecha de finalización",
           "Programa", "Socio principal", "Socios del proyecto", "Contribución FEDER",
           "Presupuesto total", "Resumen"),
    "pl": ("Tytuł projektu", "Akronim", "Data rozpoczęcia", "Data zakończenia", "Program",
           "Partner wiodący", "Partnerzy projektu", "Dofinansowanie EFRR", "Budżet całkowity",
           "Streszczenie"),
    "nl": ("Projecttitel", "Acroniem", "Startdatum", "Einddatum", "Programma", "Leadpartner",
           "Projectpartners", "EFRO-bijdrage", "Totaal budget", "Samenvatting"),
    "pt": ("Título do projeto", "Acrónimo", "Data de início", "Data de fim", "Programa",
           "Parceiro líder", "Parceiros do projeto", "Contribuição FEDER", "Orçamento total",
           "Resumo"),
}  # fmt: skip

MONTHS = {
    "en": ("January February March April May June July August September October November "
           "December"),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
}  # fmt: skip

# Furniture: menus, banners and footers in each language (invented wording).
FURNITURE = {
    "en": ("Home   About   Projects   News   Contact", "This website uses cookies. Accept all",
           "Share   Print", "© 2024 Programme secretariat. All rights reserved."),
    "fr": ("Accueil   Projets   Actualités   Contact", "Ce site utilise des cookies.",
           "Partager   Imprimer", "Tous droits réservés. Mentions légales"),
    "de": ("Startseite   Projekte   Aktuelles   Kontakt", "Diese Website verwendet Cookies.",
           "Teilen   Drucken", "Impressum   Datenschutz"),
    "it": ("Home   Progetti   Notizie   Contatti", "Questo sito utilizza cookie.",
           "Condividi   Stampa", "Tutti i diritti riservati."),
    "es": ("Inicio   Proyectos   Noticias   Contacto", "Este sitio web utiliza cookies.",
           "Compartir   Imprimir", "Todos los derechos reservados. Aviso legal"),
    "pl": ("Strona główna   Projekty   Aktualności   Kontakt", "Polityka prywatności",
           "Udostępnij   Drukuj", "Wszelkie prawa zastrzeżone."),
    "nl": ("Home   Projecten   Nieuws   Contact", "Deze website gebruikt cookies.",
           "Delen   Afdrukken", "Alle rechten voorbehouden. Privacybeleid"),
    "pt": ("Início   Projetos   Notícias   Contactos", "Política de privacidade",
           "Partilhar   Imprimir", "Todos os direitos reservados."),
}  # fmt: skip

PROSE = {
    "en": "The {acronym} project, led by {lead}, brings together {others} to improve {topic}.",
    "fr": "Le projet {acronym}, porté par {lead}, réunit {others} pour améliorer {topic}.",
    "de": "Das Projekt {acronym} unter Leitung von {lead} vereint {others}, um {topic} zu stärken.",
    "it": "Il progetto {acronym}, guidato da {lead}, riunisce {others} per migliorare {topic}.",
    "es": "El proyecto {acronym}, liderado por {lead}, reúne a {others} para mejorar {topic}.",
    "pl": "Projekt {acronym}, prowadzony przez {lead}, łączy {others}, aby wzmocnić {topic}.",
    "nl": "Het project {acronym}, geleid door {lead}, brengt {others} samen rond {topic}.",
    "pt": "O projeto {acronym}, liderado por {lead}, reúne {others} para melhorar {topic}.",
}
AND = {"en": "and", "fr": "et", "de": "und", "it": "e", "es": "y", "pl": "i", "nl": "en",
       "pt": "e"}  # fmt: skip
TOPICS = {
    "en": ["energy efficiency in public buildings", "sustainable tourism", "SME innovation",
           "river basin management", "low-carbon mobility", "cultural heritage"],
    "fr": ["l'efficacité énergétique", "le tourisme durable", "l'innovation des PME",
           "la gestion des bassins fluviaux", "la mobilité bas carbone"],
    "de": ["die Energieeffizienz", "den nachhaltigen Tourismus", "die Innovation in KMU",
           "das Flussgebietsmanagement", "die klimafreundliche Mobilität"],
    "it": ["l'efficienza energetica", "il turismo sostenibile", "l'innovazione delle PMI",
           "la gestione dei bacini fluviali", "la mobilità a basse emissioni"],
    "es": ["la eficiencia energética", "el turismo sostenible", "la innovación de las pymes",
           "la gestión de cuencas", "la movilidad baja en carbono"],
    "pl": ["efektywność energetyczną", "zrównoważoną turystykę", "innowacje w MŚP",
           "gospodarkę wodną", "niskoemisyjną mobilność"],
    "nl": ["energie-efficiëntie", "duurzaam toerisme", "innovatie in het mkb",
           "stroomgebiedbeheer", "koolstofarme mobiliteit"],
    "pt": ["a eficiência energética", "o turismo sustentável", "a inovação das PME",
           "a gestão de bacias hidrográficas", "a mobilidade de baixo carbono"],
}  # fmt: skip
PROGRAMMES = [
    ("Interreg Central Europe", "2014-2020"), ("Interreg Alpine Space", "2014-2020"),
    ("Interreg Europe", "2014-2020"), ("INTERREG IVC", "2007-2013"),
    ("Interreg Atlantic Area", "2014-2020"), ("Interreg North Sea Region", "2014-2020"),
    ("Interreg Baltic Sea Region", "2021-2027"), ("Interreg MED", "2014-2020"),
]  # fmt: skip

# Organisation pool: kind patterns with a place, and a country.
KINDS = [
    ("University of {city}", "Université de {city}", "Universität {city}"),
    ("{city} Regional Development Agency", "Agence de développement de {city}",
     "Entwicklungsagentur {city} GmbH"),
    ("Chamber of Commerce of {city}", "Chambre de commerce de {city}", "Handelskammer {city}"),
    ("Municipality of {city}", "Ville de {city}", "Stadt {city}"),
    ("{city} Energy Agency", "Agence de l'énergie de {city}", "Energieagentur {city}"),
    ("{city} Technology Park Ltd", "Technopole de {city} SA", "Technologiepark {city} GmbH"),
]  # fmt: skip
CITIES = [
    ("Graz", "AT"), ("Linz", "AT"), ("Udine", "IT"), ("Trento", "IT"), ("Bologna", "IT"),
    ("Lyon", "FR"), ("Nantes", "FR"), ("Lille", "FR"), ("Bilbao", "ES"), ("Sevilla", "ES"),
    ("Porto", "PT"), ("Braga", "PT"), ("Győr", "HU"), ("Pécs", "HU"), ("Maribor", "SI"),
    ("Kraków", "PL"), ("Gdańsk", "PL"), ("Brno", "CZ"), ("Aarhus", "DK"), ("Tartu", "EE"),
    ("Freiburg", "DE"), ("Dresden", "DE"), ("Utrecht", "NL"), ("Gent", "BE"), ("Cork", "IE"),
]  # fmt: skip


def _organisations(count: int) -> list[tuple[str, str]]:
    pool = []
    for i in range(count):
        city, country = CITIES[(i // len(KINDS)) % len(CITIES)]
        kind = KINDS[i % len(KINDS)]
        form = 1 if country in ("FR", "BE") else 2 if country in ("DE", "AT") else 0
        name = kind[form].format(city=city)
        suffix = i // (len(CITIES) * len(KINDS))
        pool.append((f"{name} {suffix + 1}" if suffix else name, country))
    return pool


def _variant(name: str, rng: random.Random) -> str:
    """The same organisation as another page might spell it."""
    roll = rng.random()
    if roll < 0.55:
        return name
    if roll < 0.65:
        return name.upper()
    if roll < 0.75:
        stripped = unicodedata.normalize("NFKD", name)
        return "".join(c for c in stripped if not unicodedata.combining(c))
    if roll < 0.85:
        return name.replace("University", "Univ.").replace(" Ltd", "").replace(" GmbH", "")
    if roll < 0.95:
        return name.replace(" of ", " of the ") if " of " in name else f"The {name}"
    return name.lower()


def _date(day: int, month: int, year: int, lang: str) -> str:
    names = MONTHS[lang].split()
    if lang == "en":
        return f"{day} {names[month - 1]} {year}"
    if lang == "de":
        return f"{day:02d}.{month:02d}.{year}"
    return f"{day} {names[month - 1]} {year}"


def _money(value: int, lang: str) -> str:
    text = f"{value:,}"
    if lang == "en":
        return f"EUR {text}.00"
    return text.replace(",", " ") + ",00 EUR"


def notice(index: int, pool: list[tuple[str, str]], rng: random.Random) -> tuple[str, str]:
    """(file name, content) of notice ``index``."""
    lang = LANGS[index % len(LANGS)]
    layout = rng.choice(("labels", "table", "prose", "keep"))
    lab = LABELS[lang]
    stem = rng.choice(["Green", "Smart", "Blue", "Alp", "Danu", "Atlant", "Cross", "Heri"])
    acronym = f"{stem}{rng.choice(['NET', 'LINK', 'Tour', 'Power', 'Flow'])}{index}"
    topic = rng.choice(TOPICS[lang])
    title = f"{topic[0].upper()}{topic[1:]} {index}"
    programme, _period = rng.choice(PROGRAMMES)
    year = rng.randint(2008, 2022)
    start = _date(1, rng.randint(1, 12), year, lang)
    end = _date(28, rng.randint(1, 12), year + rng.randint(2, 4), lang)
    funding = rng.randint(300, 4000) * 1000 + rng.randint(0, 999)
    total = int(funding / rng.choice((0.75, 0.8, 0.85)))
    # Skewed degrees: Zipf-like draw over the pool.
    size = min(len(pool), max(2, int(rng.paretovariate(1.6) * 3)))
    members: list[tuple[str, str]] = []
    while len(members) < size:
        pick = pool[min(len(pool) - 1, int(rng.paretovariate(0.9)) - 1)]
        pick = pool[rng.randrange(len(pool))] if rng.random() < 0.6 else pick
        if pick not in members:
            members.append(pick)
    names = [(_variant(n, rng), c) for n, c in members]
    menu, banner, share, footer = FURNITURE[lang]
    if layout == "table":
        rows = "\n".join(
            f"<tr><td>{n}</td><td>{c}</td><td>{lab[5] if i == 0 else lab[6]}</td>"
            f"<td>{_money(funding // size, lang)}</td></tr>"
            for i, (n, c) in enumerate(names)
        )
        html = (
            f"<html lang='{lang}'><head><title>{acronym}</title></head><body>\n"
            f"<nav>{menu}</nav><div class='cookie'>{banner}</div>\n"
            f"<h1>{title} ({acronym})</h1>\n"
            f"<p>{lab[2]}: {start}<br>{lab[3]}: {end}</p>\n<p>{lab[4]}: {programme}</p>\n"
            f"<p>{lab[7]}: {_money(funding, lang)}<br>{lab[8]}: {_money(total, lang)}</p>\n"
            f"<h2>{lab[6]}</h2>\n<table>{rows}</table>\n"
            f"<p>{share}</p><footer>{footer}</footer></body></html>\n"
        )
        return f"{index:06d}_{lang}.html", html
    partner_lines = "\n".join(f"{n} ({c})" for n, c in names[1:])
    lead = f"{names[0][0]} ({names[0][1]})"
    if layout == "labels":
        body = (
            f"{lab[0]}: {title}\n{lab[1]}: {acronym}\n{lab[2]}: {start}\n{lab[3]}: {end}\n"
            f"{lab[4]}: {programme}\n{lab[7]}: {_money(funding, lang)}\n"
            f"{lab[8]}: {_money(total, lang)}\n\n{lab[5]}: {lead}\n\n{lab[6]}:\n{partner_lines}\n"
        )
    elif layout == "prose":
        others = ", ".join(n for n, _ in names[1:-1])
        others = f"{others} {AND[lang]} {names[-1][0]}" if others else names[-1][0]
        body = (
            f"{title} ({acronym})\n\n"
            + PROSE[lang].format(acronym=acronym, lead=names[0][0], others=others, topic=topic)
            + f"\n\n{lab[2]}: {start}. {lab[3]}: {end}.\n{lab[4]}: {programme}.\n"
            f"{lab[7]}: {_money(funding, lang)}.\n"
        )
    else:  # keep-like listing
        rate = round(100 * funding / total)
        body = (
            f"{title} ({acronym})\n{lab[2]}: {start}, {lab[3]}: {end}\n\n"
            f"{lab[9]}\n{PROSE[lang].format(acronym=acronym, lead=names[0][0], others='', topic=topic)}\n\n"  # noqa: E501
            f"{lab[5]}: {lead}\n\n{partner_lines}\n\n • {rate}%   {_money(funding, lang)}\n"
            f" • {programme}\n\n{size} {lab[6]}\n"
        )
    text = f"{menu}\n{banner}\n\n{body}\n{share}\n{footer}\n"
    return f"{index:06d}_{lang}.txt", text


def write_corpus(folder: str | Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` notices into ``folder`` (created); the same seed gives the same files."""
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pool = _organisations(max(30, n // 2))
    for index in range(n):
        name, text = notice(index, pool, rng)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.folder, args.notices, args.seed)


if __name__ == "__main__":
    main()
