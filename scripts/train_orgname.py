#!/usr/bin/env python3
"""Train the organisation-name model (coopkg.extraction.orgname) and write its weights.

Usage: train_orgname.py [--shared ../shared] [--out src/coopkg/extraction/models/orgname.npz]

Positives: organisation names from the registries in SHARED/data (CORDIS organisations,
Kohesio beneficiaries, national lists of operations, the Swedish Interreg partner table,
Norwegian H2020 participants). Negatives: project titles and summary fragments from the same
lists, CORDIS topics, NUTS region names, programme titles, and texts generated here (people,
dates, amounts, furniture from the label tables, fund names). No notice text is read.
Fixed seed; prints what it read and the held-out scores; only the weights are written.
"""

from __future__ import annotations

import argparse
import csv
import gzip  # noqa: F401  (kept for readers of gzipped registries)
import json
import random
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from coopkg.extraction.orgname import DIM, feature_ids  # noqa: E402

SEED = 13
csv.field_size_limit(1 << 24)


def _rows(path: Path, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def _clean(text: str) -> str:
    return " ".join(str(text or "").split()).strip(" \"'")


_SMALL = {
    "of",
    "and",
    "for",
    "the",
    "de",
    "di",
    "del",
    "della",
    "la",
    "le",
    "des",
    "du",
    "und",
    "für",
    "der",
    "die",
    "das",
    "y",
    "e",
    "et",
    "i",
    "a",
    "v",
    "w",
    "z",
    "na",
    "o",
    "u",
    "per",
    "en",
    "van",
    "von",
    "zu",
    "am",
    "im",
    "da",
    "do",
    "dos",
}


def _title_case(name: str) -> str:
    """ "UNIVERSITAET WIEN" -> "Universitaet Wien", short legal forms kept ("GMBH" stays)."""
    out = []
    for i, w in enumerate(name.split()):
        low = w.lower()
        if i and low in _SMALL:
            out.append(low)
        elif len(w) <= 3 and w.isalpha() and w.isupper() and i:
            out.append(w)  # "AG", "SRL", "AB", "OY" keep their capitals
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


def _recase(names: list[str], rng: random.Random) -> list[str]:
    """Registry names written in capitals are shown as title case most of the time."""
    out = []
    for n in names:
        if n.isupper() and rng.random() < 0.8:
            out.append(_title_case(n))
        else:
            out.append(n)
    return out


def positives(data: Path) -> dict[str, list[str]]:
    got: dict[str, list[str]] = {}
    c = data / "cordis_h2020_fp7_network_sod16"
    rows = _rows(c / "h2020_2016/unique_org.csv", delimiter="\t")[1:]
    got["cordis-h2020"] = [_clean(r[1]) for r in rows if len(r) > 2] + [
        _clean(r[2]) for r in rows if len(r) > 2 and len(r[2]) > 6 and not r[2].isupper()
    ]
    rows = _rows(c / "fp7/fp7org_sod16.csv", delimiter=";")[1:]
    got["cordis-fp7"] = [_clean(r[1]) for r in rows if len(r) > 1]
    rows = _rows(
        data
        / "cordis_h2020_organizations_gitscrape_2023/h2020_organizations_out_formatted_latest.csv"
    )[1:]
    got["cordis-2023"] = [_clean(r[4]) for r in rows if len(r) > 4]
    orgs = json.loads(
        (data / "cordis_search_export_json_semiconductors_ev/organization.json").read_text("utf-8")
    )
    got["cordis-json"] = [_clean(o.get("name")) for o in orgs]
    rows = _rows(data / "kohesio_beneficiaries_2023/kohesio-data-export.tsv", delimiter="\t")[1:]
    got["kohesio"] = [_clean(r[2]) for r in rows if len(r) > 2]
    se = json.loads((data / "interreg_se_partners_tillvaxtverket/rawdata.json").read_text("utf-8"))
    got["interreg-se"] = [_clean(r.get("organisationsnamn")) for r in se]
    n = data / "national_lists_of_operations_os_data"
    spec = _national(n)
    for key, (rows, name_col, _title_col, _summary_col) in spec.items():
        got["lists-" + key] = [
            _clean(re.sub(r"\s*\(\d{6,}\)\s*$", "", r[name_col])) for r in rows if len(r) > name_col
        ]
    dk = spec["DK"][0]
    got["lists-DK-partners"] = [
        _clean(p) for r in dk if len(r) > 18 for p in re.split(r"[\n;,]", r[18]) if _clean(p)
    ]
    return got


def _national(n: Path) -> dict[str, tuple[list[list[str]], int, int, int | None]]:
    """(rows, beneficiary column, operation-name column, summary column) per list."""
    f = {
        "AT": ("AT_Vorhabensliste_IWB_EFRE_AT2014-2020_Download.csv", "utf-8-sig", ",", 1, 0, 2),
        "DE": (
            "DE-SN_ERDF_FP_14-20_Verzeichnis_der_Beguenstigten_Stand_30-06-2016.csv",
            "utf-8-sig",
            ",",
            0,
            1,
            2,
        ),
        "DK": ("DK_ERDF_Denmark_2014-2020.csv", "utf-8-sig", ",", 11, 0, 7),
        "EL": ("EL_ListOfOperations_20160513.csv", "cp1253", ";", 3, 4, 5),
        "FI": ("FI_ERDF_ESF_2014-2020_projektilista-csv-final.csv", "utf-8-sig", ",", 8, 2, None),
        "HR": ("HR_ESIF_Croatia_2007-2020.csv", "utf-8-sig", ",", 6, 0, 7),
        "PL": ("PL_Poland_ERDF_2014_2020.csv", "cp1250", ";", 1, 0, None),
        "UK": (
            "UK-ENG_ESIF_2014-2020_List_of_beneficiaries_Oct_2016.csv",
            "utf-8-sig",
            ",",
            0,
            1,
            3,
        ),
    }
    out = {}
    for key, (name, enc, delim, bcol, tcol, scol) in f.items():
        out[key] = (_rows(n / name, enc, delim)[1:], bcol, tcol, scol)
    return out


def _fragments(text: str, rng: random.Random, k: int) -> list[str]:
    """Up to k spans of 1-8 words cut from a sentence (the shapes prose candidates take)."""
    words = text.split()
    out = []
    for _ in range(k):
        if not words:
            break
        size = rng.randint(1, min(8, len(words)))
        i = rng.randint(0, len(words) - size)
        frag = " ".join(words[i : i + size]).strip(" ,.;:()\"'")
        if frag:
            out.append(frag[:1].upper() + frag[1:] if rng.random() < 0.5 else frag)
    return out


_FIRST = [
    "Anna",
    "Marco",
    "Jean",
    "Pierre",
    "Maria",
    "Hans",
    "Jelena",
    "Piotr",
    "Katarzyna",
    "Giorgos",
    "Eleni",
    "János",
    "Zsófia",
    "Mikko",
    "Liisa",
    "Lars",
    "Ingrid",
    "Ana",
    "José",
    "Miguel",
    "Luca",
    "Giulia",
    "Tomasz",
    "Ivana",
    "Marko",
    "Petra",
    "Jan",
    "Sophie",
    "Thomas",
    "Claudia",
    "Andrzej",
    "Dimitris",
    "Ioana",
    "Radu",
    "Mārtiņš",
    "Aistė",
    "Kristjan",
    "Nikolai",
    "Μαρία",
    "Γιώργος",
    "Иван",
    "Мария",
    "Sean",
    "Emma",
]
_LAST = [
    "Müller",
    "Rossi",
    "Dupont",
    "Kowalski",
    "Nowak",
    "Papadopoulos",
    "Nagy",
    "Kovács",
    "Virtanen",
    "Johansson",
    "García",
    "Fernández",
    "Bianchi",
    "Novák",
    "Horvat",
    "Popescu",
    "Bērziņš",
    "Kazlauskas",
    "Tamm",
    "Schmidt",
    "Martin",
    "Silva",
    "Costa",
    "Jensen",
    "de Vries",
    "Janssens",
    "O'Brien",
    "Παπαδόπουλος",
    "Иванов",
    "Petrović",
]
_TITLES = [
    "Dr.",
    "Prof.",
    "Mr",
    "Mrs",
    "Ms.",
    "Herr",
    "Frau",
    "M.",
    "Mme",
    "dott.",
    "ing.",
    "mag.",
    "Sr.",
    "Dña.",
    "dr hab.",
    "Mgr.",
    "PhDr.",
    "κ.",
    "г-н",
]
_MONTHS = [
    "January",
    "March",
    "June",
    "September",
    "Januar",
    "März",
    "Juni",
    "janvier",
    "mars",
    "juin",
    "gennaio",
    "marzo",
    "giugno",
    "enero",
    "junio",
    "stycznia",
    "czerwca",
    "január",
    "június",
    "Ιανουαρίου",
    "Ιουνίου",
    "tammikuuta",
    "kesäkuuta",
    "maja",
]
_WEEKDAYS = ["Monday", "Sunday", "Montag", "lundi", "lunedì", "lunes", "poniedziałek", "hétfő"]
_FUNDS = [
    "ERDF",
    "EFRE",
    "FEDER",
    "FESR",
    "EFRR",
    "ERFA",
    "EAKR",
    "ΕΤΠΑ",
    "ЕФРР",
    "EFRR",
    "European Regional Development Fund",
    "Europäischer Fonds für regionale Entwicklung",
    "Fonds européen de développement régional",
    "Fondo europeo di sviluppo regionale",
    "Fondo Europeo de Desarrollo Regional",
    "Europejski Fundusz Rozwoju Regionalnego",
    "Európai Regionális Fejlesztési Alap",
    "Euroopan aluekehitysrahasto",
    "Ευρωπαϊκό Ταμείο Περιφερειακής Ανάπτυξης",
    "Европейски фонд за регионално развитие",
    "Evropský fond pro regionální rozvoj",
    "Cohesion Fund",
    "European Social Fund",
    "IPA",
    "ENI",
    "Interreg",
    "INTERREG",
    "European Union",
    "Unione europea",
    "Europäische Union",
    "Union européenne",
    "Unión Europea",
    "Unia Europejska",
]
_PROGRAMMES = [
    "Interreg V-A Italia-Austria",
    "Interreg Europe",
    "Interreg MED",
    "Interreg Central Europe",
    "Interreg V-A Slovenija-Hrvaška 2014-2020",
    "Interreg Alpine Space",
    "Interreg North Sea Region",
    "Interreg Aurora",
    "Interreg VI-A Deutschland-Nederland",
    "Programme Alcotra 2021-2027",
    "INTERREG IVC",
    "Interreg V-A España-Portugal (POCTEP) 2014-2020",
    "Programma Interreg Italia-Svizzera",
    "Program Interreg Polska-Słowacja",
    "Interreg Baltic Sea Region",
    "Interreg Danube Transnational Programme",
    "Interreg V-A Greece-Italy 2014-2020",
    "Interreg IPA CBC Bulgaria-Serbia",
    "Latvia-Lithuania Cross Border Cooperation Programme",
    "Interreg NEXT MED",
]


def generated(rng: random.Random, labels_toml: Path) -> dict[str, list[str]]:
    got: dict[str, list[str]] = {}
    people = []
    for _ in range(3000):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if rng.random() < 0.4:
            name = f"{rng.choice(_TITLES)} {name}"
        if rng.random() < 0.1:
            name = name.upper()
        people.append(name)
    got["people"] = people
    dates = []
    for _ in range(2000):
        d, m, y = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2000, 2030)
        forms = [
            f"{d} {m} {y}",
            f"{m} {d}, {y}",
            f"{d:02d}.{rng.randint(1, 12):02d}.{y}",
            f"{y}-{rng.randint(1, 12):02d}-{d:02d}",
            f"{rng.choice(_WEEKDAYS)}, {m} {d}, {y}",
            f"{y} - {y + rng.randint(1, 6)}",
            f"{m} {y}",
            f"{d}/{rng.randint(1, 12)}/{y}",
        ]
        dates.append(rng.choice(forms))
    got["dates"] = dates
    amounts = []
    for _ in range(2000):
        v = rng.randint(1000, 9_999_999)
        s = f"{v:,}"
        forms = [
            f"€ {s}",
            f"{s.replace(',', '.')},00 EUR",
            f"EUR {s}.00",
            f"{s.replace(',', ' ')} €",
            f"{v / 1e6:.1f} Mio. Euro",
            f"{rng.randint(5, 95)}%",
            f"{rng.randint(50, 85)}% ERDF",
            f"{s.replace(',', '.')} Euro",
            f"Budget: € {s}",
            f"Total budget {s} EUR",
        ]
        amounts.append(rng.choice(forms))
    got["amounts"] = amounts
    table = tomllib.loads(labels_toml.read_text("utf-8"))
    furniture: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            furniture.extend(str(x) for x in node if isinstance(x, str) and len(x) > 1)

    for key in (
        "furniture",
        "menu_words",
        "advert",
        "link_labels",
        "website_labels",
        "title_labels",
        "acronym_labels",
        "status_labels",
        "status_badges",
        "status_words",
        "programme_labels",
        "partner_labels",
        "list_end_headings",
        "related_boxes",
        "contact_labels",
        "theme_labels",
        "result_labels",
        "section_labels",
        "page_labels",
        "partner_fields",
        "table_headers",
        "table_total",
        "cofunder_intros",
    ):
        walk(table.get(key, {}))
    extra = []
    for f in furniture:
        extra += [f, f.upper(), f + ":", f[:1].upper() + f[1:]]
    got["furniture"] = extra
    got["funds"] = [f for f in _FUNDS for _ in range(4)]
    got["programmes"] = [p for p in _PROGRAMMES for _ in range(3)]
    return got


def negatives(data: Path, rng: random.Random) -> dict[str, list[str]]:
    got: dict[str, list[str]] = {}
    spec = _national(data / "national_lists_of_operations_os_data")
    for key, (rows, _b, tcol, scol) in spec.items():
        titles = [_clean(r[tcol]) for r in rows if len(r) > tcol]
        got["titles-" + key] = [re.sub(r"^\d{5,}-", "", t) for t in titles if t]
        if scol is not None:
            frags = []
            for r in rows:
                if len(r) > scol and r[scol]:
                    frags += _fragments(_clean(r[scol]), rng, 3)
            got["summaries-" + key] = frags
    rows = _rows(data / "norway_forskningsradet_eu_grants/dataset.csv", delimiter=";")
    head = rows[0]
    col = head.index("Prosjektnavn") if "Prosjektnavn" in head else 12
    got["titles-NO"] = sorted({_clean(r[col]) for r in rows[1:] if len(r) > col and r[col]})
    topics = _rows(data / "cordis_h2020_organizations_gitscrape_2023/h2020_topics_out.csv")
    tcol = topics[0].index("title") if "title" in topics[0] else 1
    got["topics"] = sorted({_clean(r[tcol]) for r in topics[1:] if len(r) > tcol})[:8000]
    nuts = _rows(data / "nuts/NUTS2021_names_latin.csv", delimiter=";")[1:]
    got["places"] = [_clean(r[1]) for r in nuts if len(r) > 1]
    cci = _rows(data / "programmes_cci_2014_2020/cci_codes.csv")[1:]
    got["programme-titles"] = [_clean(r[2]) for r in cci if len(r) > 2]
    sic = data / "cordis_h2020_fp7_network_sod16/cordis_reference_2017/cordisref-sicCode.csv"
    got["sic-topics"] = [_clean(r[1]) for r in _rows(sic, delimiter=";")[1:] if len(r) > 1]
    got["cldr"] = _cldr()
    return got


#: EU official languages plus Norwegian and Icelandic, for the CLDR names below.
_LOCALES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "nb",
    "is",
]


def _cldr() -> list[str]:
    """Country, language, month and weekday names in every EU language (babel's CLDR data):
    a country or a month is never an organisation."""
    from babel import Locale

    out: list[str] = []
    for code in _LOCALES:
        loc = Locale.parse(code)
        out += [v for k, v in loc.territories.items() if len(k) == 2 and k.isalpha()]
        out += list(loc.languages.values())[:80]
        out += list(loc.months["format"]["wide"].values())
        out += list(loc.days["format"]["wide"].values())
    return out


#: Head nouns of public bodies and institutions, placed before ("Comune di X") or after
#: ("X kommun") a place name, written here for the EU languages, Norwegian and Icelandic.
_HEADS_BEFORE = [
    "Municipality of",
    "City of",
    "County of",
    "Region of",
    "University of",
    "Chamber of Commerce of",
    "Landkreis",
    "Stadt",
    "Gemeinde",
    "Marktgemeinde",
    "Landratsamt",
    "Universität",
    "Hochschule",
    "Region",
    "Bezirk",
    "Land",
    "Kreis",
    "Stadtverwaltung",
    "Handwerkskammer",
    "Commune de",
    "Ville de",
    "Mairie de",
    "Communauté de communes du",
    "Communauté d'agglomération de",
    "Département de",
    "Région",
    "Conseil départemental de",
    "Université de",
    "Syndicat mixte de",
    "Comune di",
    "Città di",
    "Provincia di",
    "Regione",
    "Università di",
    "Unione dei Comuni di",
    "Camera di Commercio di",
    "Ayuntamiento de",
    "Diputación de",
    "Concello de",
    "Universidad de",
    "Junta de",
    "Consell Comarcal de",
    "Câmara Municipal de",
    "Município de",
    "Universidade de",
    "Gmina",
    "Miasto",
    "Powiat",
    "Urząd Miasta",
    "Starostwo Powiatowe w",
    "Uniwersytet",
    "Obec",
    "Město",
    "Mesto",
    "Statutární město",
    "Kraj",
    "Univerzita",
    "Občina",
    "Mestna občina",
    "Univerza v",
    "Općina",
    "Grad",
    "Županija",
    "Sveučilište u",
    "Primăria",
    "Consiliul Județean",
    "Comuna",
    "Universitatea din",
    "Δήμος",
    "Περιφέρεια",
    "Πανεπιστήμιο",
    "Επιμελητήριο",
    "Община",
    "Областна администрация",
    "Университет",
    "Gemeente",
    "Provincie",
    "Universiteit",
    "Stad",
    "Kommune",
    "Region",
    "Savivaldybė",
    "Pašvaldība",
]
_HEADS_AFTER = [
    "kommun",
    "kommune",
    "region",
    "län",
    "landsting",
    "kaupunki",
    "kunta",
    "liitto",
    "maakuntaliitto",
    "yliopisto",
    "vald",
    "vallavalitsus",
    "linn",
    "novada pašvaldība",
    "pilsētas pašvaldība",
    "rajono savivaldybė",
    "miesto savivaldybė",
    "universitetas",
    "Megyei Önkormányzat",
    "Város Önkormányzata",
    "Község Önkormányzata",
    "Megyei Kormányhivatal",
    "Egyetem",
    "County Council",
    "City Council",
    "District Council",
    "University",
    "Municipality",
    "Chamber of Commerce",
    "sveitarfélag",
    "bær",
    "fylkeskommune",
]


def _public_bodies(data: Path, rng: random.Random) -> list[str]:
    """Head noun and place name: "Comune di Castelverde", "Skellefteå kommun"."""
    nuts = _rows(data / "nuts/NUTS2021_names_latin.csv", delimiter=";")[1:]
    places = [_clean(r[1]) for r in nuts if len(r) > 1 and 2 < len(_clean(r[1])) < 30]
    out = []
    for _ in range(6000):
        place = rng.choice(places)
        if rng.random() < 0.7:
            out.append(f"{rng.choice(_HEADS_BEFORE)} {place}")
        else:
            out.append(f"{place} {rng.choice(_HEADS_AFTER)}")
    # Greek and Cyrillic: national-script region names with their own head nouns.
    rows = _rows(data / "nuts/NUTS2024_all_levels.csv")[1:]
    for country, heads in _SCRIPT_HEADS.items():
        names = [_clean(r[2]) for r in rows if r and r[0] == country and _clean(r[2])]
        for _ in range(800 if names else 0):
            out.append(f"{rng.choice(heads)} {rng.choice(names)}")
    return out


_SCRIPT_HEADS = {
    "EL": [
        "Δήμος",
        "Περιφέρεια",
        "Πανεπιστήμιο",
        "Επιμελητήριο",
        "Περιφερειακή Ενότητα",
        "Αναπτυξιακή Εταιρεία",
        "Τεχνολογικό Εκπαιδευτικό Ίδρυμα",
        "Εφορεία Αρχαιοτήτων",
    ],
    "BG": [
        "Община",
        "Областна администрация",
        "Университет",
        "Окръжен съвет",
        "Търговско-промишлена палата",
        "Регионална дирекция",
        "Читалище",
    ],
}


def _cut_names(names: list[str], rng: random.Random) -> list[str]:
    """Names cut after a connector ("Univerza v", "Ministero per gli"): prose spans that
    stop inside a name must score lower than the whole name."""
    out = []
    for n in names:
        words = n.split()
        cuts = [k for k, w in enumerate(words[:-1]) if k and w.islower() and len(w) <= 4]
        if cuts and rng.random() < 0.5:
            out.append(" ".join(words[: rng.choice(cuts) + 1]))
    return out


def _cap(items: list[str], n: int, rng: random.Random) -> list[str]:
    items = sorted({i for i in items if 1 < len(i) <= 200})
    rng.shuffle(items)
    return items[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = next(
        (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
        ROOT.parent / "shared",
    )
    ap.add_argument("--shared", default=str(default))
    ap.add_argument("--out", default=str(ROOT / "src/coopkg/extraction/models/orgname.npz"))
    args = ap.parse_args()
    data = Path(args.shared) / "data"
    if not data.is_dir():
        print(f"no training data at {data}: nothing trained")
        return 0
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, roc_auc_score

    rng = random.Random(SEED)
    pos = positives(data)
    neg = negatives(data, rng)
    neg.update(generated(rng, ROOT / "src/coopkg/extraction/data/labels.toml"))
    pos["public-bodies"] = _public_bodies(data, rng)
    neg["cut-names"] = _cut_names([n for src in sorted(pos) for n in pos[src]], rng)
    texts: list[str] = []
    ys: list[int] = []
    print("read (source: used / read):")
    for label, groups, cap in ((1, pos, 12000), (0, neg, 8000)):
        for src in sorted(groups):
            items = groups[src]
            if label == 1:
                items = _recase(items, rng)
            kept = _cap(items, cap, rng)
            print(f"  {'+' if label else '-'} {src:22s} {len(kept):6d} / {len(items)}")
            texts += kept
            ys += [label] * len(kept)
    pos_set = {t for t, y in zip(texts, ys, strict=True) if y}
    pairs = [(t, y) for t, y in zip(texts, ys, strict=True) if y or t not in pos_set]
    print(
        f"total {len(pairs)}: {sum(y for _, y in pairs)} names, "
        f"{sum(1 - y for _, y in pairs)} non-names ({Counter(y for _, y in pairs)})"
    )
    rng.shuffle(pairs)
    indptr, indices = [0], []
    for t, _ in pairs:
        ids = sorted(set(feature_ids(t)))
        indices.extend(ids)
        indptr.append(len(indices))
    x = csr_matrix(
        (np.ones(len(indices), dtype=np.float32), np.asarray(indices), np.asarray(indptr)),
        shape=(len(pairs), DIM),
    )
    y = np.asarray([p[1] for p in pairs])
    cut = int(len(pairs) * 0.9)
    model = LogisticRegression(C=0.5, solver="liblinear", max_iter=200, random_state=SEED)
    model.fit(x[:cut], y[:cut])
    p = model.predict_proba(x[cut:])[:, 1]
    acc = float(((p >= 0.5) == y[cut:]).mean())
    print(
        f"held-out 10%: AUC {roc_auc_score(y[cut:], p):.4f}  "
        f"AP {average_precision_score(y[cut:], p):.4f}  accuracy@0.5 {acc:.4f}"
    )
    model.fit(x, y)
    w = model.coef_[0].astype(np.float16).astype(np.float32)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, weights=w.astype(np.float16), bias=np.asarray([model.intercept_[0]]))
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {DIM} slots, seed {SEED})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
