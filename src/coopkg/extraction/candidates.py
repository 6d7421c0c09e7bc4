"""Partner candidates from a notice's structure, their features and a learned decision.

Three generators propose candidates:

* ``rule``: the partners the rule readers found (:mod:`partners`, :mod:`prose`);
* ``line``: every short content line (one organisation a line, bullets, numbered items,
  "Name (Country)", "Name, City, Country", table cells split on "|" or ";");
* ``prose``: in sentences that speak of partners or participation (a multilingual stem
  list below, in every EU language), the pieces of enumerations split on commas and
  conjunctions; each piece gives the span that best looks like an organisation's name
  (:mod:`orgname`), and other cuts of it the name model prefers (a head noun kept, a verb
  or a tail dropped), of which the decision keeps at most one.

Each candidate gets features (its organisation-name score, whether it sits in a block
after a partner heading, its list position and the size of its run, a country tag, role
words nearby, furniture, funds, programmes, managing authorities, the notice's own title
or acronym, a bare place name, a person). A logistic model over them, trained by
``scripts/train_partners.py`` and shipped as ``models/partners.json``, gives a calibrated
probability; below :data:`THRESHOLD` nothing is emitted. The rules are features here,
not decisions. This module knows nothing of the record's other fields beyond the title
and acronym it is given.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from coopkg.extraction import labels, orgname, partners, plural_heads
from coopkg.extraction.cards import Card, find_cards
from coopkg.extraction.dates import is_date_label
from coopkg.extraction.layout import CONTENT, Layout
from coopkg.extraction.titles import is_page_word
from coopkg.records import Partner
from coopkg.records.countries import country_code
from coopkg.records.gazetteer import city_country, regions_named

THRESHOLD = 0.75
#: A rule reader's hit is dropped only below this probability: a list under a partner
#: heading in a language the name model knows little ("Ollscoil na Gaillimhe") scores low
#: on its name alone. On the shared notices (leave-one-site-out) 0.45 instead of 0.5 adds
#: two false partners over 104 notices; it guards such lists on sites of new languages.
RULE_THRESHOLD = 0.45
_MODEL = "models/partners.json"
_MAX_LINE_WORDS = 16
_MAX_LINE_CHARS = 180
_MAX_SPAN_WORDS = 8
_SPAN_MARGIN = 2.5

#: Word stems that speak of partners, participation or a lead, in every EU language
#: (and Norwegian, Icelandic). Matched case-insensitively at a word start.
_CUE_STEMS = (
    # partner nouns
    "partner",
    "partenaire",
    "partenari",
    "parceir",
    "parcer",
    "socio",
    "socia",
    "socis",
    "εταίρ",
    "εταιρ",
    "партньор",
    "партнер",
    "kumppan",
    "partneri",
    "partnerų",
    "partnerių",
    "partneru",
    "partnerj",
    "partnerů",
    "partnerek",
    "partnerem",
    "partnerzy",
    "partnerów",
    "beneficiar",
    "beneficiár",
    "beneficjen",
    "begünstig",
    "bénéficiair",
    "beneficiá",
    "kedvezményez",
    "příjemc",
    "prijímateľ",
    "korisni",
    "upravičen",
    "δικαιούχ",
    "бенефициент",
    "consorti",
    "konsorti",
    "konzorci",
    "coordinat",
    "coordin",
    "koordin",
    "συντονιστ",
    "координатор",
    "capofila",
    "chef de file",
    "leadpartner",
    "lead partner",
    "lead beneficiary",
    "hauptpartner",
    "federführ",
    "pääpartner",
    "päätoteuttaja",
    "vodiln",
    "vodeć",
    "vodeći",
    "vezető",
    "vedoucí",
    "vedúci",
    "wiodąc",
    "lider",
    "líder",
    "водещ",
    "επικεφαλής",
    "huvudpartner",
    "hovedpartner",
    "vadošais",
    "vadovaujan",
    "juhtpartner",
    "penvoerder",
    "projektträger",
    "porteur",
    "jefe de fila",
    "hlavní",
    "hlavný",
    "partneř",
    # compounds that hide the noun inside a word
    "projektpartner",
    "projectpartner",
    "projektipartner",
    "kooperationspartner",
    "samarbeidspartner",
    "samarbetspartner",
    "samarbejdspartner",
    "partener",
    "coordon",
    "prosjekteier",
    "projektägare",
    "projektejer",
    "verantwoordelijk",
    "promoter",
    "promotor",
    "pályázó",
    # participation verbs and nouns
    "particip",
    "partecip",
    "συμμετ",
    "участ",
    "uczestnicz",
    "részt",
    "részvétel",
    "zúčastn",
    "účast",
    "sodeluj",
    "sodelu",
    "sudjeluj",
    "sudjelu",
    "osallistu",
    "deltar",
    "deltag",
    "deelnem",
    "beteilig",
    "dalyvau",
    "piedalās",
    "piedalī",
    "osale",
    "implement",
    "realiz",
    "realis",
    "umsetz",
    "durchgeführt",
    "izvaja",
    "provod",
    "įgyvendin",
    "īsteno",
    "toteutt",
    "genomför",
    "gjennomfør",
    "uitgevoerd",
    "υλοποι",
    "изпълн",
    "реализ",
    "wdraż",
    "zrealiz",
    "megvalósít",
    "atstovau",
    "pārstāv",
    "zastup",
    "predstavl",
    "together with",
    "insieme",
    "ensemble",
    "junto",
    "gemeinsam",
    "zusammen",
    "razem",
    "wspólnie",
    "együtt",
    "společn",
    "spoločn",
    "skupaj",
    "zajedno",
    "yhdessä",
    "tillsammans",
    "sammen",
    "samen",
    "kartu",
    "kopā",
    "koos",
    "împreună",
    "заедно",
    "μαζί",
)
_LEAD_STEMS = (
    "lead",
    "capofila",
    "chef de file",
    "federführ",
    "hauptpartner",
    "pääpartner",
    "päätoteut",
    "vodiln",
    "vodeć",
    "vezető",
    "vedoucí",
    "vedúci",
    "wiodąc",
    "lider",
    "líder",
    "водещ",
    "επικεφαλής",
    "huvudpartner",
    "hovedpartner",
    "vadoš",
    "vadovaujan",
    "juhtpartner",
    "penvoerder",
    "projektträger",
    "porteur",
    "jefe de fila",
    "coordinat",
    "coordinad",
    "koordinator",
    "συντονιστ",
    "координатор",
    "principal",
    "principale",
    "hlavní",
    "hlavný",
    "főpályázó",
    "leader",
    "verantwoordelijk",
    "coordonator",
)
#: Organisations in other roles and what is never a partner: funds, programmes, authorities.
_OTHER_ROLE = re.compile(
    r"(?i)\b(?:interreg|programm?e?s?\b|programa|programma|program\b|programu|πρόγραμμα|програма|"
    r"fund\b|fonds?\b|fondo|fundusz|fondu|ταμείο|фонд|rahasto|alap\b|erdf|efre|feder|fesr|efrr|"
    r"erfa|eakr|εσπα|ετπα|ефрр|european union|europäische union|union européenne|"
    r"unione europea|unión europea|unia europejska|evropsk[áé] unie|európai unió|"
    r"managing authority|verwaltungsbehörde|autorité de gestion|autorità di gestione|"
    r"autoridad de gestión|instytucja zarządzająca|irányító hatóság|řídící orgán|"
    r"riadiaci orgán|organ upravljanja|upravljačko tijelo|autoritatea de management|"
    r"διαχειριστική αρχή|управляващ орган|hallintoviranomai|förvaltande myndighet|"
    r"vadošā iestāde|vadovaujančioji institucija|korraldusasutus|joint secretariat|"
    r"gemeinsames sekretariat|secrétariat conjoint|segretariato congiunto|"
    r"secretariado conjunto|wspólny sekretariat|közös titkárság|skupn\w+ sekretariat|"
    r"zajedničk\w+ tajništv|κοινή γραμματεία|съвместен секретариат|european commission|"
    r"commission européenne|europäische kommission|commissione europea)"
)
#: One-word or two-word section headings of project pages that are never an organisation
#: (besides the label tables' furniture), in the EU languages.
_SECTION_WORDS = frozenset(
    w.casefold()
    for w in (
        "Details",
        "Detail",
        "Project details",
        "Description",
        "Summary",
        "Project summary",
        "Overview",
        "Info",
        "Information",
        "Projects info",
        "Project",
        "Projects",
        "Budget",
        "Duration",
        "Objectives",
        "Activities",
        "Outputs",
        "Results",
        "Documents",
        "Gallery",
        "Downloads",
        "Timeline",
        "Location",
        "Funding",
        "Lead Partner",
        "Partners",
        "Partner",
        "Beschreibung",
        "Zusammenfassung",
        "Projektbeschreibung",
        "Ziele",
        "Laufzeit",
        "Projekt",
        "Détails",
        "Résumé",
        "Description du projet",
        "Objectifs",
        "Projet",
        "Durée",
        "Dettagli",
        "Descrizione",
        "Sintesi",
        "Obiettivi",
        "Progetto",
        "Durata",
        "Detalles",
        "Descripción",
        "Resumen",
        "Objetivos",
        "Proyecto",
        "Duración",
        "Szczegóły",
        "Opis",
        "Opis projektu",
        "Cele",
        "Projekt",
        "Lokalizacja",
        "Részletek",
        "Leírás",
        "Összefoglaló",
        "Célok",
        "Projekt",
        "Időtartam",
        "Λεπτομέρειες",
        "Περιγραφή",
        "Περίληψη",
        "Στόχοι",
        "Έργο",
        "Διάρκεια",
        "Подробности",
        "Описание",
        "Резюме",
        "Цели",
        "Проект",
        "Продължителност",
        "Podrobnosti",
        "Popis",
        "Shrnutí",
        "Cíle",
        "Opis projekta",
        "Cilji",
        "Ciljevi",
        "Detalii",
        "Descriere",
        "Rezumat",
        "Obiective",
        "Proiect",
        "Durată",
        "Tiedot",
        "Kuvaus",
        "Tiivistelmä",
        "Tavoitteet",
        "Hanke",
        "Kesto",
        "Beskrivning",
        "Sammanfattning",
        "Mål",
        "Projektet",
        "Beskrivelse",
        "Formål",
        "Details",
        "Beschrijving",
        "Samenvatting",
        "Doelstellingen",
        "Looptijd",
        "Apraksts",
        "Kopsavilkums",
        "Mērķi",
        "Aprašymas",
        "Santrauka",
        "Tikslai",
        "Kirjeldus",
        "Kokkuvõte",
        "Eesmärgid",
        "Descrição",
        "Resumo",
        "Objetivos",
        "Projeto",
    )
)
#: Stems of "associated partner" in the EU languages: an associated partner is not a partner.
_ASSOCIATED = re.compile(
    r"(?i)(?<!\w)(?:associat|associé|assoziier|asociad|asociat|stowarzysz|pridružen|přidružen|"
    r"társul|συνδεδεμέν|асоциира|geassocieer|assosi|liitännäis|asocij|asotsi)"
)
#: Prepositions of place: "in Szombathely", "à Nice", "w Krakowie" name a venue or a seat.
_LOCATIVE = re.compile(
    r"(?i)(?<!\w)(?:in|at|im|am|à|au|aux|en|nel|nella|nei|presso|em|no|na|w|we|v|ve|vo|"
    r"u|στο|στη|στην|σε|в|във|iš)\s*$"
)
_CUES = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _CUE_STEMS)) + ")")
_LEADS = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _LEAD_STEMS)) + ")")
_AND = (
    "and",
    "as well as",
    "und",
    "sowie",
    "et",
    "ainsi que",
    "e",
    "ed",
    "y",
    "i",
    "oraz",
    "a",
    "in",
    "és",
    "ja",
    "och",
    "og",
    "en",
    "și",
    "şi",
    "и",
    "και",
    "ir",
    "un",
    "ar",
    "kā arī",
    "together with",
    "with",
    "mit",
    "avec",
    "con",
    "com",
    "z",
    "ze",
    "s",
    "sa",
    "с",
    "με",
    "kaj",
    "nonché",
    "así como",
    "bem como",
    "oder",
    "or",
    "ou",
    "o",
)
# A match never starts inside a run of spaces (each alternative needs what follows the
# whole run): without that guard, blanked-out furniture (long runs of spaces) made the
# scan quadratic, tens of ms a notice. The matches are the same.
_SPLIT = re.compile(
    r"(?:(?<!\s)|(?!\s))"
    r"(?:\s*[,;:()\[\]«»„“”\"]\s*|\s+[–—]\s+|\s+(?:" + "|".join(map(re.escape, _AND)) + r")\s+)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])|\n\s*\n")


@lru_cache(maxsize=1)
def _cooperation() -> re.Pattern[str]:
    """The cooperation cues of ``data/partners.toml`` ("led by", "in Zusammenarbeit mit",
    "réunit", "współprac"): a sentence without a partner word may still name partners
    ("X, Y and Z carried out", "brings together A, B and C")."""
    return re.compile(r"(?i)(?<!\w)(?:" + partners.vocab_alternation("cooperation_cues") + ")")


def _cooperation_in(sentence: str) -> bool:
    # Tried only where a cue's first word starts: the alternation has about 300 phrases and
    # Python's engine would try it at every position of every sentence.
    cues = partners.vocab_words("cooperation_cues")
    return labels.phrase_search(_cooperation(), sentence, cues) is not None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A string that may name a partner, where it was read and its features."""

    name: str
    start: int
    end: int
    kind: str
    features: dict[str, float] = field(default_factory=dict)
    hit: partners.PartnerHit | None = None
    country: str | None = None
    role: str | None = None
    group: str = ""
    #: Other ways the text writes the name ("Huelva" for "Diputación de Huelva").
    aliases: tuple[str, ...] = ()


# ------------------------------------------------------------------ model


_override: dict[str, float] | None = None


def use_weights(weights: dict[str, float] | None) -> None:
    """Score with these weights instead of the shipped ones (None restores them);
    the evaluation's leave-one-site-out folds use it."""
    global _override
    _override = weights


@lru_cache(maxsize=1)
def _shipped() -> dict[str, float]:
    raw = resources.files("coopkg.extraction").joinpath(_MODEL)
    try:
        return {str(k): float(v) for k, v in json.loads(raw.read_text("utf-8"))["weights"].items()}
    except FileNotFoundError:
        return {}


def weights() -> dict[str, float]:
    return _override if _override is not None else _shipped()


def probability(features: dict[str, float], w: dict[str, float] | None = None) -> float:
    """The model's probability that a candidate with these features is a partner."""
    w = weights() if w is None else w
    if not w:
        return 1.0 if features.get("kind_rule") else 0.0
    if features.get("alt_cut") and CUT_WEIGHTS + "bias" in w:
        # A piece's other cuts have weights of their own, fitted on the prose spans: the
        # shared weights' calibration of the other candidates stays as it was.
        return _logistic(
            w[CUT_WEIGHTS + "bias"]
            + sum(w.get(CUT_WEIGHTS + k, 0.0) * v for k, v in features.items())
        )
    return _logistic(w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in features.items()))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ------------------------------------------------------------------ features


@lru_cache(maxsize=4096)
def _org(text: str) -> float:
    return orgname.decision(text)


@lru_cache(maxsize=65536)  # decide() compares every candidate with every kept one
def _key(name: str) -> str:
    """A name folded for comparison: case, accents and punctuation ("Judeţean" and
    "Județean" are one)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return partners.name_key("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@lru_cache(maxsize=1)
def _furniture_pattern() -> re.Pattern[str]:
    alts = [
        labels.alternation(s)
        for s in (
            "furniture",
            "menu_words",
            "link_labels",
            "section_labels",
            "result_labels",
            "theme_labels",
            "contact_labels",
            "page_labels",
            "list_end_headings",
            "related_boxes",
            "partner_labels.partner",
            "partner_labels.lead",
            "partner_labels.associated",
            "status_labels",
            "programme_labels",
        )
    ]
    return re.compile(r"^\W*(?:" + "|".join(a for a in alts if a) + r")\W*$", re.I)


def _contains_own(name: str, own: Sequence[str]) -> bool:
    """Whether the notice's own acronym or title is a part of the name ("Projekt X verbindet
    ..." is a headline about the project, not an organisation)."""
    k = f" {_key(name)} "
    return any(o and len(o) >= 3 and f" {o} " in k and o != k.strip() for o in own)


@lru_cache(maxsize=4096)  # the generators propose the same strings again
def _furniture(name: str) -> bool:
    n = name.strip(" :.").casefold()
    return n in _SECTION_WORDS or bool(_furniture_pattern().match(name)) or partners._excluded(name)


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    n = name.strip()
    return bool(country_code(n) or city_country(n) or regions_named(n))


_DIGIT = re.compile(r"\d")
_HOUSE_NUMBER = re.compile(r"\D+\s\d{1,4}[a-zA-Z]?")


# A web address without its scheme, as partner cards link a name: "hz.nl", "ec.europa.eu/x".
_BARE_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/\S*)?")


def names_nobody(name: str) -> bool:
    """Whether ``name`` is a label or heading of the page or a bare web address.

    >>> names_nobody("Λήξη"), names_nobody("Key facts"), names_nobody("hz.nl")
    (True, True, True)
    >>> names_nobody("Stadt Wien")
    False
    """
    n = name.strip()
    return is_page_word(n) or is_date_label(n) or bool(_BARE_DOMAIN.fullmatch(n))


def _never_partner(c: Candidate, clean: str, own: Sequence[str]) -> bool:
    """What the model may score high but is never an organisation. Applied to its choice,
    not to the candidates it learns from, so its weights keep these as negatives.

    A label or heading of the page read as a name ("Key facts", "Laufzeit", "Λήξη"); a bare
    web address; a headline about the project ("Project 'X' - <title>"): a name holding the
    notice's whole title (three words or more), or the title's first words read from such
    a headline (the headline cut at its "and"). A shorter own name inside a name is only a
    feature: an organisation may carry a project's acronym."""
    if names_nobody(c.name):
        return True
    titles = tuple(o for o in own if len(o.split()) >= 3)
    return bool(titles) and (_contains_own(c.name, titles) or _title_piece(c, clean, titles))


def _title_piece(c: Candidate, clean: str, titles: Sequence[str]) -> bool:
    """Whether the candidate is the title's first words (not all of them), read from a
    headline that holds the whole title after other words ("Project 'X' - <title>"). A
    line that starts with the title, or a title that is or ends with a partner's name
    ("Lead partner: X" taken for the title), may be a partner's line: it stays."""
    a = clean.rfind("\n", 0, c.start) + 1
    b = clean.find("\n", c.end)
    line = f" {_key(clean[a : b if b >= 0 else len(clean)])} "
    k = _key(c.name)
    return bool(k) and any(
        k != t and f" {t} " in line and not line.startswith(f" {t} ") and t.startswith(f"{k} ")
        for t in titles
    )


def _base_features(name: str, own: Sequence[str], z: float | None = None) -> dict[str, float]:
    """The features every generator's candidate has; ``z`` is the name's score
    (:func:`orgname.decision`) where the caller has it already."""
    words = name.split()
    z = _org(name) if z is None else z
    f = {
        "org": max(-8.0, min(8.0, z)) / 4.0,
        "org_hi": 1.0 if z > 2.0 else 0.0,
        "org_lo": 1.0 if z < -1.0 else 0.0,
        "one_word": 1.0 if len(words) == 1 else 0.0,
        "long": 1.0 if len(words) > 8 else 0.0,
        "digit": 1.0 if _DIGIT.search(name) else 0.0,
        "lower_start": 1.0 if name[:1].islower() else 0.0,
        "caps": 1.0 if name.isupper() and len(name) > 3 else 0.0,
        "other_role": 1.0 if _OTHER_ROLE.search(name) else 0.0,
        "furniture": 1.0 if _furniture(name) else 0.0,
        "person": 1.0 if partners.is_person(name) else 0.0,
        # "Maria Kowalska" without "Dr." or "Ms.": a common given name first.
        "given_name": 1.0 if partners.person_name(name) else 0.0,
        "place": 1.0 if len(words) <= 4 and _is_place(name) else 0.0,
        "own": 1.0 if _key(name) in own else 0.0,
        "has_own": 1.0 if _contains_own(name, own) else 0.0,
        # A headline or title in capitals ("VIAGGIO MULTICULTURALE TRA ITALIA").
        "caps_words": 1.0 if name.isupper() and len(words) >= 3 else 0.0,
        # A street and house number ("Suszyckich 33"), not a name.
        "house_number": 1.0 if len(words) <= 3 and _HOUSE_NUMBER.fullmatch(name) else 0.0,
    }
    return f


# ------------------------------------------------------------------ generators


def _heading_role(text: str) -> str | None:
    role, rest = partners._label_split(text)
    if role is not None and not rest.strip():
        return role
    if partners._list_intro(text):
        return "partner"
    return _cue_heading(text)


def _cue_heading(text: str) -> str | None:
    """The role of a short heading that speaks of partners in words no label table holds
    ("PARTNER BENEFICIARI", "Norsk prosjekteier", "Partneři zapojení do projektu:"):
    at most three words, or six ending with a colon, with a partner or lead stem."""
    t = text.strip()
    words = t.split()
    colon = t.endswith((":", "："))
    if not words or len(words) > (6 if colon else 3) or re.search(r"\d|[.!?]$", t):
        return None
    if not _CUES.search(t) or "|" in t:
        return None
    return "lead" if _LEADS.search(t) else "partner"


def opens_partner_list(text: str) -> bool:
    """Whether a line ending with a colon heads a partner list in words no label table
    holds ("Partneři zapojení do projektu:"): the rule readers read the list below it as
    they read one under a label."""
    return text.rstrip().endswith((":", "：")) and _cue_heading(text) == "partner"


def _side_country(text: str) -> str | None:
    """The country of a side heading inside a partner list ("Per la Grecia", "Slovenia",
    "From Austria:"): at most four words ending with a country's name."""
    t = text.strip().rstrip(":：").strip()
    words = t.split()
    if not 0 < len(words) <= 4 or re.search(r"[\d()\[\]|,;]", t):
        return None
    for k in (2, 1):
        lead = words[:-k]
        # Only little words before the country ("Per la", "From", "Za"): no name.
        if len(words) >= k and all(len(w) <= 4 or w.islower() for w in lead):
            # "l’Italia", "d'Autriche": an elided article glued to the country.
            name = re.sub(r"^\w{1,2}['’]", "", " ".join(words[-k:]))
            if code := country_code(name):
                return code
    return None


def _short(text: str) -> bool:
    t = text.strip()
    return (
        0 < len(t) <= _MAX_LINE_CHARS
        and len(t.split()) <= _MAX_LINE_WORDS
        and not (partners._is_sentence(t))
    )


_Flags = tuple[list[str | None], list[bool], list[bool], list[int]]


def _line_flags(lay: Layout) -> _Flags:
    """Per line: its heading role, whether it ends a list, whether it is a short content
    line, and the size of the run of short lines it stands in."""
    lines = lay.lines
    heading = [_heading_role(ln.text) if ln.kind == CONTENT else None for ln in lines]
    ends = [ln.kind == CONTENT and partners._ends_list(ln.text) for ln in lines]
    short = [
        ln.kind == CONTENT and _short(ln.text) and heading[i] is None and not ends[i]
        for i, ln in enumerate(lines)
    ]
    runs = [0] * len(lines)
    i = 0
    while i < len(lines):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and short[j]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j
    return heading, ends, short, runs


def line_candidates(
    lay: Layout, own: Sequence[str], flags: _Flags | None = None
) -> list[Candidate]:
    """One candidate per short content line (or per cell of a split line)."""
    out: list[Candidate] = []
    lines = lay.lines
    heading, _ends, short, runs = flags or _line_flags(lay)
    cue_lines = [bool(labels.phrase_search(_CUES, ln.text, _CUE_STEMS)) for ln in lines]
    role: str | None = None
    since = 99  # lines since the last partner heading
    run = 0
    side: str | None = None  # the country of a side heading ("Per la Grecia") in the list
    run_start = 0
    for i, line in enumerate(lines):
        text = line.text
        if line.kind != CONTENT:
            since += 1
            run = 0
            continue
        if heading[i] is not None:
            role, since, run, side = heading[i], 0, 0, None
            continue
        if not short[i]:
            role, since, run, side = None, 99, 0, None
            continue
        if role in partners.DROPPED_ROLES or role == "associated":
            continue  # observers and associated partners are the rule readers' to sort
        if role is not None and (code := _side_country(text)):
            side = code  # "Per l'Italia": the entries below are that side's
            continue
        since += 1
        run += 1
        if run == 1:
            run_start = i  # the list's first line names its group
        after = role is not None and since <= 40
        block = runs[i]
        label_role, rest = partners._label_split(text)
        offset = len(text) - len(rest)
        for sub, piece, part in _line_pieces(rest, label_role is not None):
            marked, entry = partners.split_role(piece)
            parsed = partners.parse_entry(entry)
            if parsed is None:
                continue
            name, country, _city, _ = parsed
            name = _trim(name)
            if len(name) < 2:
                continue
            country = country or side
            f = _base_features(name, own)
            f.update(
                kind_line=1.0,
                after_heading=1.0 if after else 0.0,
                # In the unbroken run of entries right under the heading (or label line).
                under_heading=1.0 if role is not None and run == since else 0.0,
                label_line=1.0 if label_role is not None else 0.0,
                country_tag=1.0 if country else 0.0,
                side_heading=1.0 if side else 0.0,
                run=min(block, 12) / 6.0,
                run_1=1.0 if block == 1 else 0.0,
                position=min(run, 20) / 10.0,
                marker=1.0 if partners._MARKER.match(text) else 0.0,
                cue_near=1.0 if any(cue_lines[max(0, i - 3) : i]) else 0.0,
                lead_word=1.0 if marked == "lead" or label_role == "lead" else 0.0,
                colon=1.0 if ":" in text else 0.0,
                colon_head=1.0 if part == "head" else 0.0,
                colon_tail=1.0 if part == "tail" else 0.0,
                tail_number=1.0 if part == "head" and re.search(r"\d", rest) else 0.0,
            )
            cand_role = "lead" if (marked == "lead" or label_role == "lead") else "partner"
            start = line.start + offset + sub
            group = f"line:{run_start}"
            out.append(
                Candidate(
                    name, start, start + len(piece), "line", f, None, country, cand_role, group
                )
            )
        if label_role is not None and rest.strip():
            # "Partners: A" then one organisation a line: the label opened the list.
            role, since, run = "partner", 0, 0
    return out


def _line_pieces(rest: str, labelled: bool) -> list[tuple[int, str, str]]:
    """(offset, piece, part) of the entries of one line: the list's pieces ("whole"), and
    for an unlabelled "A: B" line each side ("head", "tail"), since a task or a budget
    sits on one side of the colon ("Kommunikation: Region X", "Municipality Y: 785 803 €")."""
    pieces = partners.split_entries(rest) if "|" not in rest else [(0, rest)]
    if not labelled and rest.count(":") == 1 and "|" not in rest:
        k = rest.index(":")
        head, tail = rest[:k], rest[k + 1 :]
        if head.strip() and tail.strip():
            return [
                (0, head, "head"),
                (k + 1 + len(tail) - len(tail.lstrip()), tail.strip(), "tail"),
            ]
    return [(o, p, "whole") for o, p in pieces]


_SPAN_STRIP = " .,;:'\"’"


def _best_span(piece: str, initial: bool = False) -> tuple[int, int, float] | None:
    """(start, end, score) of the span of ``piece`` that best looks like a name.

    The name model scores a name cut short ("Univerza v") about as high as the whole
    name, so the longest span within a margin of the best score wins. When the piece
    opens its sentence (``initial``), its first capital says nothing: spans from the first
    word must beat the others by the margin."""
    spans = _piece_spans(piece, initial)
    if not spans:
        return None
    best = max(sp[3] for sp in spans)
    near = [sp for sp in spans if sp[3] >= best - _SPAN_MARGIN]
    s, e, z, _ = max(
        near, key=lambda sp: (sp[3] >= best - 0.5 * _SPAN_MARGIN, sp[1] - sp[0], sp[3])
    )
    return s, e, z


def _piece_words(piece: str) -> list[tuple[int, int, str]]:
    # "l’Unione Italiana", "dell'ATS Projekt", "d’Azur": an elided article is glued to the
    # name's first word; the word starts after the apostrophe.
    return [(m.start(1), m.end(1), m.group(1)) for m in _ELIDED_WORD.finditer(piece)]


@lru_cache(maxsize=2048)
def _piece_spans(piece: str, initial: bool) -> tuple[tuple[int, int, float, float], ...]:
    """(start, end, name score, rank) of the spans of ``piece`` that may be a name: from
    its first two capitalised words, or a head noun before them, up to
    :data:`_MAX_SPAN_WORDS` words."""
    words = _piece_words(piece)
    spans: list[tuple[int, int, float, float]] = []
    caps = [k for k, w in enumerate(words) if w[2][:1].isupper() or w[2][:1].isdigit()][:2]
    # "obec Petrovice u Karviné", "la métropole de Nice": a common noun before the proper
    # name may be the organisation's head word.
    before = [
        k - 1
        for k in caps
        if k >= 1
        and words[k - 1][2].isalpha()
        and words[k - 1][2].islower()
        and len(words[k - 1][2]) > 3
    ]
    # "la métropole de Turin", "the municipality of Northvale": a body's head noun (the
    # plural-head table's singulars) and its connector before the name.
    headed = [
        k - 2
        for k in caps
        if k >= 2
        and plural_heads.connector(words[k - 1][2])
        and words[k - 2][2].casefold() in plural_heads.singular_heads()
    ]
    starts = sorted({*caps, *before, *headed})
    ends = [
        (a, b, words[a][0], words[b - 1][1])
        for a in starts
        for b in range(a + 1, min(len(words), a + _MAX_SPAN_WORDS) + 1)
        if len(piece[words[a][0] : words[b - 1][1]].strip(_SPAN_STRIP)) >= 2
    ]
    # The spans overlap: scored together, sharing the n-grams of the stretch they cover.
    texts = [piece[s:e].strip(_SPAN_STRIP) for _, _, s, e in ends]
    stretch = piece[min((x[2] for x in ends), default=0) : max((x[3] for x in ends), default=0)]
    for (a, b, s, e), z in zip(ends, orgname.decisions(texts, stretch), strict=True):
        rank = z - 2 * _SPAN_MARGIN if initial and a == 0 and b - a > 1 else z
        if a not in caps:
            rank -= 0.5 * _SPAN_MARGIN  # a common noun in front must earn its place
        spans.append((s, e, z, rank))
    return tuple(spans)


#: A word, without an elided article in front (Italian, French, Catalan).
_ELIDED_WORD = re.compile(
    r"(?:(?<=\s)|^)(?:(?i:l|d|dell|dall|nell|all|sull|degl|un|qu)['’](?=\w))?(\S+)"
)


def _acronym_after(text: str) -> bool:
    """Whether ``text`` opens with an acronym in brackets: "(SDU)", "(ΚΑΠΕ)", "(CAU)"."""
    m = re.match(r"\s*\(\s*(\w{2,8})\s*\)", text)
    return bool(m) and m.group(1).isupper() and not m.group(1).isdigit()


def _trim(name: str) -> str:
    """A name without the punctuation around it; a dotted legal form keeps its dot."""
    t = name.strip(" ,;:'\"’")
    return t if partners.ends_with_legal_form(t) else t.rstrip(".")


def _running_text(lay: Layout, flags: _Flags | None = None) -> str:
    """The masked text with its short list lines blanked (the line generator reads them);
    headings stay, so a "Partners" heading cues the sentence below it."""
    heading, _ends, short, _runs = flags or _line_flags(lay)
    chars = list(lay.clean)
    for i, line in enumerate(lay.lines):
        if short[i] and heading[i] is None:
            chars[line.start : line.end] = " " * (line.end - line.start)
    return "".join(chars)


def _sentence_bounds(clean: str) -> list[int]:
    """The offsets where the sentences of ``clean`` start, and its end."""
    return [0] + [m.end() for m in _SENTENCE.finditer(clean)] + [len(clean)]


def prose_candidates(clean: str, own: Sequence[str]) -> list[Candidate]:
    """Name spans in the enumerations of sentences that speak of partners or taking part."""
    out: list[Candidate] = []
    bounds = _sentence_bounds(clean)
    sentences = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    previous_cue = False
    for s0, s1 in sentences:
        sent = clean[s0:s1]
        if not sent.strip() or len(sent) > 1500:
            previous_cue = False
            continue
        cue = bool(labels.phrase_search(_CUES, sent, _CUE_STEMS))
        lead_here = bool(labels.phrase_search(_LEADS, sent, _LEAD_STEMS))
        # A cooperation cue opens the sentence to the generator, but as a feature it cost
        # precision (leave-one-site-out): the spans' other features decide.
        if not (cue or previous_cue or _cooperation_in(sent)):
            previous_cue = cue
            continue
        previous_cue = cue
        pieces = []
        pos = 0
        for m in _SPLIT.finditer(sent):
            pieces.append((pos, sent[pos : m.start()]))
            pos = m.end()
        pieces.append((pos, sent[pos:]))
        named = [
            (p0, piece, span)
            for p0, piece in pieces
            if piece.strip() and (span := _best_span(piece, not sent[:p0].strip())) is not None
        ]
        strong = sum(1 for _, _, span in named if span[2] > 1.0)
        ctx = _SentenceContext(sent, s0, cue, lead_here, strong)
        for idx, (p0, piece, (a, b, z)) in enumerate(named):
            out.append(_prose_candidate(ctx, p0, piece, a, b, z, idx, own))
            initial = not sent[:p0].strip()
            for a2, b2, z2, cut in _alternative_cuts(piece, initial, (a, b, z)):
                out.append(_prose_candidate(ctx, p0, piece, a2, b2, z2, idx, own, cut, z2 - z))
    return out


@dataclass(frozen=True, slots=True)
class _SentenceContext:
    """What every prose span of one sentence shares."""

    sent: str
    s0: int
    cue: bool
    lead_here: bool
    strong: int


def _prose_candidate(
    ctx: _SentenceContext,
    p0: int,
    piece: str,
    a: int,
    b: int,
    z: float,
    idx: int,
    own: Sequence[str],
    cut: str = "",
    gain: float = 0.0,
) -> Candidate:
    """The prose candidate of the span ``piece[a:b]`` of the piece at ``p0`` of a sentence;
    ``cut`` names how an alternative cut differs from the piece's best span (empty for
    the best span itself), ``z`` is the span's name score and ``gain`` is its name score
    minus the best span's."""
    sent, s0 = ctx.sent, ctx.s0
    trimmed = _trim(piece[a:b])
    start = s0 + p0 + a
    name = trimmed[:1].upper() + trimmed[1:] if cut == "capital" else trimmed
    after = sent[p0 + b : p0 + b + 60]
    before = sent[max(0, p0 + a - 60) : p0 + a]
    country = None
    if m := re.match(r"\s*\(([^()]{2,30})\)", sent[p0 + b :]):
        country = partners._country(m.group(1))
    # The span's score is the name's when trimming left it as scored.
    f = _base_features(name, own, z if name == piece[a:b].strip(_SPAN_STRIP) else None)
    rest_words = piece[b:].split()
    f.update(
        sentence_start=1.0 if not sent[: p0 + a].strip() else 0.0,
        cut_before=1.0 if piece[:a].strip() else 0.0,
        cut_after=1.0 if rest_words else 0.0,
        cut_lower_after=1.0 if rest_words and rest_words[0][:1].islower() else 0.0,
        piece_long=1.0 if len(piece.split()) > _MAX_SPAN_WORDS else 0.0,
    )
    lead_near = bool(_LEADS.search(before[-40:]) or _LEADS.search(after[:40]))
    f.update(
        kind_prose=1.0,
        cue_sentence=1.0 if ctx.cue else 0.0,
        run=min(ctx.strong, 12) / 6.0,
        run_1=1.0 if ctx.strong <= 1 else 0.0,
        position=min(idx, 20) / 10.0,
        country_tag=1.0 if country else 0.0,
        lead_word=1.0 if lead_near else 0.0,
        lead_sentence=1.0 if ctx.lead_here else 0.0,
        whole_piece=1.0 if len(name) >= len(piece.strip(" .,;:")) - 1 else 0.0,
        cue_near=1.0 if _CUES.search(before[-50:]) or _CUES.search(after[:50]) else 0.0,
        locative=1.0 if _LOCATIVE.search(before) else 0.0,
        # "(SDU)", "(ΚΑΠΕ)": an organisation is often introduced with its acronym.
        acronym_after=1.0 if _acronym_after(after) else 0.0,
        quoted=1.0 if re.search(r"[„“”\"«‚‘]\s*$", before) else 0.0,
        associated_near=1.0
        if _ASSOCIATED.search(before[-60:]) or _ASSOCIATED.search(after[:60])
        else 0.0,
    )
    if cut:
        f.update(_cut_features(cut, gain))
    role = "lead" if lead_near else "partner"
    return Candidate(name, start, start + len(trimmed), "prose", f, None, country, role, f"s:{s0}")


#: How an alternative cut of a piece differs from its best span: a head noun or an article
#: kept in front ("left"), a leading word dropped ("late": "Northvale University" ->
#: "University"), a tail dropped ("short": a verb, a city), a tail kept ("long"), or the
#: best span with a capital ("capital": "la métropole de X").
CUT_KINDS = ("left", "late", "short", "long", "capital")
#: The prefix of the weights that score the prose spans when a piece has other cuts.
CUT_WEIGHTS = "cut:"


def _cut_features(cut: str, gain: float) -> dict[str, float]:
    return {"alt_cut": 1.0, f"alt_{cut}": 1.0, "alt_gain": max(-8.0, min(8.0, gain)) / 4.0}


def _alternative_cuts(
    piece: str, initial: bool, best: tuple[int, int, float]
) -> list[tuple[int, int, float, str]]:
    """Other cuts of a piece than its best span, at most one of each kind of
    :data:`CUT_KINDS`: the one the name model scores highest, when it scores it above the
    best span. The decision keeps at most one cut of a piece (the candidates overlap):
    the model, not the span heuristic, chooses among them."""
    a, b, z = best
    spans = [(s, e, zz) for s, e, zz, _ in _piece_spans(piece, initial)]
    top: dict[str, tuple[int, int, float]] = {}
    for s, e, zz in spans:
        if (s, e) == (a, b) or zz <= z:
            continue
        cut = "left" if s < a else "late" if s > a else "short" if e < b else "long"
        if cut not in top or zz > top[cut][2]:
            top[cut] = (s, e, zz)
    out = [(s, e, zz, cut) for cut, (s, e, zz) in top.items()]
    # "la métropole de Turin", "τον δήμο Έδεσσας": a body's head noun in lower case in
    # running text; its name writes it with a capital, as the name model knows names.
    text = _trim(piece[a:b])
    if text[:1].islower() and len(text.split()) >= 2:
        zc = _org(text[:1].upper() + text[1:])
        if zc > z:
            out.append((a, b, zc, "capital"))
    return out


def plural_candidates(clean: str, own: Sequence[str]) -> list[Candidate]:
    """One candidate per name under a plural head noun of public bodies ("die Landkreise A
    und B", "las Diputaciones de A y B"), named with the singular head ("Landkreis A"):
    the prose generator's pieces would be the bare place names, or none at all when the
    sentence has no partner word."""
    out: list[Candidate] = []
    found = plural_heads.bodies(clean)
    if not found:  # most notices: no sentence bounds needed
        return out
    bounds = _sentence_bounds(clean)
    spans: dict[int, tuple[int, int]] = {}
    for b in found:
        lo, hi = spans.get(b.head_start, (b.head_start, b.head_end))
        spans[b.head_start] = (min(lo, b.start), max(hi, b.end))
    for b in found:
        k = bisect.bisect_right(bounds, b.head_start) - 1
        s0, s1 = bounds[max(0, k)], bounds[min(k + 1, len(bounds) - 1)]
        sent = clean[s0:s1]
        before = clean[max(s0, b.head_start - 60) : b.head_start]
        lo, hi = spans[b.head_start]
        f = _base_features(b.name, own)
        f.update(
            kind_plural=1.0,
            country_tag=0.0,
            cue_sentence=1.0 if labels.phrase_search(_CUES, sent, _CUE_STEMS) else 0.0,
            cooperation_sentence=1.0 if _cooperation_in(sent) else 0.0,
            lead_sentence=1.0 if labels.phrase_search(_LEADS, sent, _LEAD_STEMS) else 0.0,
            run=min(b.count, 12) / 6.0,
            position=min(b.index, 20) / 10.0,
            # "in the municipalities of A and B": where something happens, not who.
            locative=1.0 if _LOCATIVE.search(before) else 0.0,
            bare_place=1.0 if _is_place(b.bare) else 0.0,
            associated_near=1.0 if _ASSOCIATED.search(before) else 0.0,
            # The enumeration is its sentence's only list: no item before it ("Monaco, les
            # régions A et B") or after it ("A y B, la métropole de C").
            enum_alone=0.0
            if _LIST_BEFORE.search(clean[s0:lo]) or _LIST_AFTER.match(clean, hi)
            else 1.0,
        )
        group = f"h:{b.head_start}"
        aliases = (b.bare,) if b.bare != b.name else ()
        out.append(
            Candidate(b.name, b.start, b.end, "plural", f, None, None, "partner", group, aliases)
        )
    return out


_LIST_BEFORE = re.compile(
    r"(?:[,;]|\s(?:" + "|".join(map(re.escape, _AND)) + r"))\s+(?:\S+\s+)?$", re.I
)
_LIST_AFTER = re.compile(r"\s*(?:[,;]|(?:" + "|".join(map(re.escape, _AND)) + r")\s)", re.I)


def rule_candidates(hits: Iterable[partners.PartnerHit], own: Sequence[str]) -> list[Candidate]:
    out = []
    for h in hits:
        f = _base_features(h.partner.name, own)
        f.update(
            kind_rule=1.0,
            rule_footer=1.0 if "footer" in h.rule else 0.0,
            country_tag=1.0 if h.partner.country and not h.country_derived else 0.0,
            lead_word=1.0 if h.partner.role == "lead" else 0.0,
        )
        out.append(
            Candidate(
                h.partner.name, h.start, h.end, "rule", f, h, h.partner.country, h.partner.role
            )
        )
    return out


def _own_keys(own_names: Sequence[object]) -> tuple[str, ...]:
    """The notice's own title, acronym and programme, folded as names are compared."""
    return tuple(_key(str(x)) for x in own_names if x)


def candidates(
    lay: Layout,
    hits: Iterable[partners.PartnerHit],
    *own_names: object,
    flags: _Flags | None = None,
) -> list[Candidate]:
    """Every partner candidate of a notice, rule hits first, with features.

    ``own_names`` are the notice's own title, acronym and programme: never partners."""
    own = _own_keys(own_names)
    cands = rule_candidates(hits, own)
    flags = flags or _line_flags(lay)
    cands += line_candidates(lay, own, flags)
    running = _running_text(lay, flags)
    cands += prose_candidates(running, own)
    cands += plural_candidates(running, own)
    # A candidate also proposed by another generator: each knows it (agreement feature).
    keys: dict[str, set[str]] = {}
    for c in cands:
        if not c.features.get("alt_cut"):
            keys.setdefault(_key(c.name), set()).add(c.kind)
    groups: dict[str, list[float]] = {}
    places: dict[str, list[float]] = {}
    marks: dict[str, list[float]] = {}
    tags: dict[str, list[float]] = {}
    heads: dict[tuple[str, str], set[int]] = {}
    for c in cands:
        if c.features.get("alt_cut"):
            continue  # a piece's other cuts leave its list's figures as they were
        groups.setdefault(c.group, []).append(c.features["org"])
        places.setdefault(c.group, []).append(c.features["place"])
        marks.setdefault(c.group, []).append(c.features.get("marker", 0.0))
        tags.setdefault(c.group, []).append(c.features["country_tag"])
        if h := _head(c.name):
            heads.setdefault((c.group, h), set()).add(c.start)
    out = []
    for c in cands:
        kinds = keys.get(_key(c.name), set()) | {c.kind}
        f = dict(c.features)
        # Lists of activities or outputs are no partner lists: the mean name score of the
        # candidate's list, run or sentence.
        f["group_org"] = sum(groups[c.group]) / len(groups[c.group])
        # "der Kommunen Bergen, Boxmeer, Cuijk und Weeze": a run of places named as the
        # partners; the share of places in the candidate's list or sentence.
        f["group_place"] = sum(places[c.group]) / len(places[c.group])
        # "η Περιφέρεια Κρήτης και η Περιφέρεια Αττικής", "Gmina A, Gmina B": parallel
        # names with one head word are an enumeration of organisations.
        h = _head(c.name)
        f["shared_head"] = 1.0 if h and len(heads.get((c.group, h), ())) >= 2 else 0.0
        f["address"] = 1.0 if partners._address_line(c.name) is not None else 0.0
        # A list is written alike: a line without the bullet or the country tag most of
        # its list has ("Total costs" after "- A (NL)", "- B (BE)") has left the list.
        if c.kind == "line":
            share_m = sum(marks[c.group]) / len(marks[c.group])
            share_t = sum(tags[c.group]) / len(tags[c.group])
            f["odd_marker"] = 1.0 if share_m >= 0.5 and not f.get("marker") else 0.0
            f["odd_country"] = 1.0 if share_t >= 0.5 and not f["country_tag"] else 0.0
        f["agree"] = (len(kinds) - 1) / 2.0
        f["also_rule"] = 1.0 if c.kind != "rule" and "rule" in kinds else 0.0
        out.append(replace(c, features=f))
    return _with_line_context(out)


#: The layout features of a line that a rule reader's hit on that line shares.
_LINE_CONTEXT = (
    "run",
    "run_1",
    "position",
    "marker",
    "odd_marker",
    "odd_country",
)


def _with_line_context(cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each rule hit given the layout features of the line candidate it
    overlaps: a rule reader keeps reading a list past its end ("Les partenaires :", then
    a new heading and lines of activities), which its hit alone does not show."""
    lines = [c for c in cands if c.kind == "line"]
    out = []
    for c in cands:
        if c.kind == "rule":
            line = next((x for x in lines if x.start < c.end and c.start < x.end), None)
            if line is not None:
                f = dict(c.features)
                f.update({f"rule_{k}": line.features[k] for k in _LINE_CONTEXT})
                # Most rule hits stand right under a heading: the exception is the signal.
                f["rule_off_heading"] = 1.0 - line.features["under_heading"]
                c = replace(c, features=f)
        out.append(c)
    return out


def _head(name: str) -> str:
    """A name's first word, folded, when it can be a head noun (three letters or more)."""
    words = name.split()
    first = words[0].casefold().strip("„“\"'’(") if len(words) >= 2 else ""
    return first if len(first) >= 3 and first.isalpha() else ""


def _same(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    return ka == kb or (min(len(ka), len(kb)) >= 6 and (ka in kb or kb in ka))


def decide(
    cands: list[Candidate], threshold: float = THRESHOLD, rule_threshold: float = RULE_THRESHOLD
) -> list[tuple[Candidate, float]]:
    """The candidates kept as partners, one per organisation.

    The rule readers' hits go first and need only ``rule_threshold`` (the model overrules a
    rule when it is fairly sure the rule is wrong); the other candidates need ``threshold``
    and must not overlap a kept one."""
    scored = [(c, probability(c.features)) for c in cands]
    order = sorted(scored, key=lambda cp: (cp[0].kind != "rule", -cp[1], cp[0].start))
    kept: list[tuple[Candidate, float]] = []
    for c, p in order:
        if p < (rule_threshold if c.kind == "rule" else threshold):
            continue
        if any(_same(c.name, k.name) or (c.start < k.end and k.start < c.end) for k, _ in kept):
            continue
        kept.append((c, p))
    return sorted(kept, key=lambda cp: cp[0].start)


_capture: list[list[Candidate]] | None = None


def capture(on: bool) -> list[list[Candidate]]:
    """Start (or stop) keeping every notice's candidates, for the training script."""
    global _capture
    _capture = [] if on else None
    return _capture if _capture is not None else []


def partner_hits(
    lay: Layout, hits: list[partners.PartnerHit], *own_names: object
) -> list[partners.PartnerHit]:
    """The partners of a notice: the rule readers' hits and the other candidates, decided by
    the model. Without weights the rule hits pass unchanged."""
    if _capture is not None:
        _capture.append(candidates(lay, hits, *own_names))
    if not weights():
        return hits
    flags = _line_flags(lay)
    cands = candidates(lay, hits, *own_names, flags=flags)
    own = _own_keys(own_names)
    kept = [(c, p) for c, p in decide(cands) if not _never_partner(c, lay.clean, own)]
    line_of = _line_index(lay)
    cards = {card.name_line: card for card in find_cards(lay, flags[0], flags[2], _heading_role)}
    if cards:
        kept = _read_cards(kept, cands, cards, line_of, lay.clean, own)
    whole = _whole_lists(line_of, cands, [c for c, _ in kept]) | _whole_enumeration(cands, kept)
    out = []
    for c, p in kept:
        line = line_of(c.start)
        if (card := cards.get(line)) is not None:
            c = _card_facts(c, card, lay.lines[line].text)
        if c.hit is not None:
            hit = c.hit
            if p < hit.partner.confidence:
                # A rule's fixed confidence overstates a hit the decision doubts: the
                # decision's probability, learned on annotated notices, is the estimate shown.
                hit = replace(hit, partner=replace(hit.partner, confidence=round(p, 3)))
            listed = hit.rule.startswith(("partners:list", "partners:label", "partners:block"))
            # A rule reader's hit inside a whole list counts with the list.
            out.append(hit if listed or c.start not in whole else replace(hit, rule=LIST_RULE))
            continue
        partner = Partner(
            name=c.name, country=c.country, role=c.role, aliases=c.aliases, confidence=round(p, 3)
        )
        rule = LIST_RULE if c.start in whole else f"partners:model:{c.kind}"
        out.append(partners.PartnerHit(partner, c.start, c.end, rule))
    return out


def _line_index(lay: Layout) -> Callable[[int], int]:
    """The index of the line an offset of the notice's text stands in."""
    starts = [ln.start for ln in lay.lines]
    return lambda pos: bisect.bisect_right(starts, pos) - 1


#: A card's name line is read as its partner when its best candidate is at least this
#: likely: the card says where the name stands, the model still says whether it is one.
_CARD_FLOOR = 0.1


def _read_cards(
    kept: list[tuple[Candidate, float]],
    cands: list[Candidate],
    cards: dict[int, Card],
    line_of: Callable[[int], int],
    clean: str,
    own: Sequence[str],
) -> list[tuple[Candidate, float]]:
    """The choice mended by the cards: a card's town, link or role line names nobody, and
    its name line names its partner (the line's likeliest candidate, if not too unlikely)."""
    others = {k for card in cards.values() for k in card.lines}
    out = [(c, p) for c, p in kept if line_of(c.start) not in others]
    have = {line_of(c.start) for c, _ in out}
    for line in cards:
        if line in have:
            continue
        scored = [
            (c, probability(c.features))
            for c in cands
            if c.kind == "line" and line_of(c.start) == line
        ]
        if not scored:
            continue
        best, p = max(scored, key=lambda cp: cp[1])
        if p < _CARD_FLOOR or _never_partner(best, clean, own):
            continue
        if any(_same(best.name, k.name) for k, _ in out):
            continue
        out.append((best, p))
    return sorted(out, key=lambda cp: cp[0].start)


def _card_facts(c: Candidate, card: Card, line: str) -> Candidate:
    """The candidate given the country and role its card states. A country name among the
    cards is a card's line, not a side heading over the list ("Luxembourg" under "Centre
    Hospitalier de Luxembourg"): only the name line's own tag or its card gives it."""
    stated = partners.parse_entry(line)
    country = (stated[1] if stated else None) or card.country
    # The role too is the card's (a badge on it, or a mark on the name line): a lead badge
    # read as a heading would make the next card's name the lead.
    lead = card.role == "lead" or partners.split_role(line)[0] == "lead"
    role = "lead" if lead else "partner"
    if c.hit is not None:
        partner = replace(c.hit.partner, country=country, role=role)
        return replace(c, country=country, role=role, hit=replace(c.hit, partner=partner))
    return replace(c, country=country, role=role)


def _whole_enumeration(cands: list[Candidate], kept: list[tuple[Candidate, float]]) -> set[int]:
    """The starts of the kept partners when they are one plural-head enumeration kept name
    by name and nothing else ("eine Zusammenarbeit der Kommunen A, B und C"): that
    enumeration is the whole partnership, and may give a derived partner count."""
    groups = {c.group for c, _ in kept}
    if len(groups) != 1 or any(c.kind != "plural" or not c.features["enum_alone"] for c, _ in kept):
        return set()
    (group,) = groups
    if len(kept) < 2 or len(kept) != sum(1 for c in cands if c.group == group):
        return set()
    # Another name the decision was unsure of ("the lead partner is the town of X") may be
    # a partner too: then the enumeration is not the whole partnership.
    if any(c.group != group and probability(c.features) >= _UNSURE for c in cands):
        return set()
    return {c.start for c, _ in kept}


#: A candidate this likely may be a partner the decision left out.
_UNSURE = 0.5


#: The rule of a partner the model kept from a list it kept every line of: such a list may
#: give a derived partner count, like a list the rule readers read.
LIST_RULE = "partners:model:list"
#: Below this probability a line names nobody: it may bound a whole list.
_NOBODY = 0.3


def _whole_lists(
    line_of: Callable[[int], int], cands: list[Candidate], kept: list[Candidate]
) -> set[int]:
    """The starts of the kept line candidates that stand in a whole list: a run of two or
    more lines that each gave a kept partner, between lines that clearly name nobody
    (every candidate of theirs below :data:`_NOBODY`) or the run's ends. ``line_of``
    gives the line of an offset (:func:`_line_index`)."""
    best: dict[int, float] = {}
    groups: dict[str, set[int]] = {}
    for c in cands:
        if c.kind == "line":
            i = line_of(c.start)
            best[i] = max(best.get(i, 0.0), probability(c.features))
            groups.setdefault(c.group, set()).add(i)
    got = {line_of(k.start) for k in kept}
    whole: set[int] = set()
    for lines in groups.values():
        order = sorted(lines)
        k = 0
        while k < len(order):
            if order[k] not in got:
                k += 1
                continue
            j = k
            while j + 1 < len(order) and order[j + 1] in got:
                j += 1
            before = best[order[k - 1]] if k > 0 else 0.0
            after = best[order[j + 1]] if j + 1 < len(order) else 0.0
            if j > k and before < _NOBODY and after < _NOBODY:
                whole.update(order[k : j + 1])
            k = j + 1
    return {k.start for k in kept if line_of(k.start) in whole}
