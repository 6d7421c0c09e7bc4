"""Project partners: labelled lists, lead lines, table rows and a publisher's footer.

Catalogue of the partner-list layouts real pages use, each handled here:

* labelled lists: "Lead partner: X (AT)", "Partenaires :" / "Projektni partnerji:" headings
  with entries below (label tables per language in ``data/labels.toml``), and headings that
  state their size ("Partners (7)");
* list markers: "– X", "— X", "• X", "* X", "1. X", "(2) X" (stripped from names);
* entry shapes: "Name (CC)", "Name (Country)", "Name, City (Country)", "Name, City, Country",
  "Name – Country", keep.eu rows "Name — Country — Region (NUTS)", table rows
  "Name | Country | Role", "A (FR), B (IT)" and "A; B; C" lines, two-line entries (name line,
  then a "City, Country" or "Country" line);
* role markers on an entry: "X (DE) – Lead Partner", "X [LP]", "X (lead)", "X, capofila",
  "LP: X", "PP2 X", "[AP] X" (role set, marker removed);
* what ends a list: any heading of results, sections, themes, contacts, related boxes
  ("Ergebnisse", "Risultati", "Related news", "Contact"), a running-text sentence, a
  "Label: value" line; observers and co-financing authorities ("Beobachter", "Opérateurs
  méthodologiques") are read and dropped; associated partners keep the role "associated";
* countries: stated in the entry, else derived from a NUTS region or main city its name
  holds ("Comune di Trieste" -> IT, marked derived);
* a partner's own page: the footer that names the page owner with address and VAT number
  (a lower-confidence partner);
* partner blocks ("Lead Partner: X / Address: ..., Belgium / Total budget: EUR ...", glued
  "TownGreifswald / CountryGermany" cards) and beneficiary tables one cell a line: the
  money in a block is its partner's (:func:`block_spans` tells the assembler where).

Also matches a partner-budget label's subject ("West Pannon Ltd.") to the partner it names
("Nyugat-Pannon Nonprofit Kft") and says which partners a derived partner count may count.
It must not treat funders, programme bodies, contact persons, link labels, output bullets,
related-project boxes or the site's CMS as partners. Partners named in running text are
read by :mod:`coopkg.extraction.prose`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

from coopkg.extraction import labels
from coopkg.extraction.layout import ADVERT, CONTENT, FOOTER, Layout, Line, core
from coopkg.records import Partner
from coopkg.records.countries import country_code, phone_country
from coopkg.records.gazetteer import city_country, find_region_mentions, region

# Small patterns the readers ask of every line and name, compiled once (a pattern given to
# re as a string costs a look-up in re's cache at every call).
_NON_WORD = re.compile(r"[^\w]+")
_DOTTED_FORM = re.compile(r"(?:[A-Za-zÀ-ÿ]{1,3}\.){2,}")
_ENDS_WITH_COLON = re.compile(r"[:：]\s*$")
_LABEL_AND_VALUE = re.compile(r"^[^:]{1,40}:\s+\S")
_SITE_IN_BRACKETS = re.compile(r"\s*\((?:https?://|www\.)[^()\s]*\)\s*$")
_WEB_ADDRESS = re.compile(r"https?://|www\.", re.I)
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_DIGIT = re.compile(r"\d")

ROLE_SECTIONS = (
    ("lead", "partner_labels.lead"),
    ("associated", "partner_labels.associated"),
    ("advisory", "partner_labels.advisory"),
    ("observer", "partner_labels.observer"),
    ("partner", "partner_labels.partner"),
)
#: Roles whose entries are read (so they do not leak into other lists) but never emitted.
DROPPED_ROLES = frozenset({"observer"})
#: Sections whose headings end a partner list.
_END_SECTIONS = (
    "list_end_headings",
    "related_boxes",
    "result_labels",
    "section_labels",
    "theme_labels",
    "contact_labels",
    "furniture",
)
_MAX_ENTRY = 250
_MAX_WORDS = 30
FOOTER_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    raw = resources.files("coopkg.extraction").joinpath("data/partners.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


@lru_cache(maxsize=16)
def vocab_words(table: str) -> tuple[str, ...]:
    """The words of one table of ``data/partners.toml`` over all languages, longest first."""
    words = {str(w) for items in _vocab().get(table, {}).values() for w in items}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=16)
def vocab_alternation(table: str) -> str:
    """A regex alternation of one table's words (any run of spaces between their parts)."""
    return labels.spaced_alternation(vocab_words(table))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for t in vocab_words("person_titles"))


def is_person(name: str) -> bool:
    """Whether a name is a person's: it starts with a title ("Dr. Corinna Glasner",
    "Herr Müller", "Ms. Jelena Ćosić-Dukić"). People are never partners."""
    words = name.split()
    return bool(words) and len(words) <= 5 and words[0].lower().rstrip(".") in _titles()


#: The columns of gender-guesser's name table for European countries (Great Britain to
#: Greece, in the table's order) and the least frequency (1 rare .. 13 very common) a given
#: name needs in one of them: rare entries include words ("Forest", "River").
_NAME_COLUMNS = slice(30, 69)
_NAME_FREQUENCY = 3


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names common in a European country, lower-cased ("maria", "jean", "jürgen"),
    from the name table gender-guesser ships (about 10,000 names); empty without it."""
    try:
        raw = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    out: set[str] = set()
    for line in raw.splitlines():
        if not line or line[0] in "#=":
            continue
        cols = line[_NAME_COLUMNS].rstrip("$")
        if max((int(c, 16) for c in cols if c in "123456789ABCDabcd"), default=0) < _NAME_FREQUENCY:
            continue
        # "Jean+Pierre" stands for "Jeanpierre", "Jean Pierre" and "Jean-Pierre".
        out.update(line.split()[1].replace("+", j).lower() for j in ("", " ", "-"))
    return frozenset(out)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def person_name(name: str) -> bool:
    """Whether a name reads as a person's without a title: two or three capitalised words,
    the first a common given name ("Maria Kowalska", "Jean-Luc Martin"). Some places and
    organisations start alike ("Sofia University"): a feature for the decision, no rule."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
        return False
    names = given_names()
    first = words[0].lower()
    if first in names or first.split("-")[0] in names:
        return True
    if first.isascii():
        return False

    # The table is written in Latin letters: "Μαρία", "Георги" read as "Maria", "Georgi".
    latin = anyascii(first).lower()
    return latin in names or latin.split("-")[0] in names


@dataclass(frozen=True, slots=True)
class PartnerHit:
    """A partner with where it was read and how sure we are of its country."""

    partner: Partner
    start: int
    end: int
    rule: str
    country_derived: bool = False


def _country(text: str) -> str | None:
    t = text.strip().strip(".,;:")
    if not t or len(t) > 40:
        return None
    return country_code(t)


def _city_country(name: str) -> str | None:
    return city_country(name.strip())


def _role_of(label_text: str) -> str | None:
    for role, section in ROLE_SECTIONS:
        if labels.compiled(section).fullmatch(label_text.strip()):
            return role
    return None


#: A bracket after a label: a count "(7)" or a second label "(Lead-Partner)".
_LABEL_BRACKET = r"(?:\s*\((?P<br>[^()]{1,40})\))?"


def _bracket_role(bracket: str | None, role: str) -> str | None:
    """The role a label keeps given its bracket, or None when the bracket is not a label's."""
    if bracket is None or bracket.strip().isdigit():
        return role
    # "Projekt Partner (PP1):", "Főpályázó (LP):": a role code in brackets repeats the role.
    code = re.fullmatch(r"\s*([A-Z]{1,3})\s?\d{0,2}\s*", bracket)
    if code:
        codes = labels.section("role_codes")
        coded = next((r for r, cs in codes.items() if code.group(1) in cs), None)
        if coded is not None:
            return "lead" if "lead" in (coded, role) else role
    inner = _role_of(bracket)
    if inner is None:
        return None
    return "lead" if "lead" in (inner, role) else role


@lru_cache(maxsize=16)
def _label_patterns(section: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(label then a value, label alone) of one role section, compiled once."""
    alt = labels.alternation(section)
    return (
        # A table row "Lead Promoter | Universidad X" reads like "Lead Promoter: Universidad X".
        re.compile(r"^\W*(?:" + alt + r")" + _LABEL_BRACKET + r"\s*(?:[:：|]|[-–]\s)\s*", re.I),
        re.compile(r"\W*(?:" + alt + r")" + _LABEL_BRACKET + r"\s*[:：]?", re.I),
    )


@lru_cache(maxsize=4096)  # every generator asks of the same lines again
def _label_split(text: str) -> tuple[str | None, str]:
    """(role, rest) when a line starts with a partner label ("Lead partner: ...").

    The label may carry a bracket: "Projektträger (Lead-Partner):", "Partners (7)".
    """
    for role, section in ROLE_SECTIONS:
        with_value, alone = _label_patterns(section)
        m = with_value.match(text)
        if m and (kept := _bracket_role(m.group("br"), role)):
            return kept, text[m.end() :]
        m = alone.fullmatch(text.strip())
        if m and (kept := _bracket_role(m.group("br"), role)):
            return kept, ""
    return None, text


@lru_cache(maxsize=1)
def _counted_heading() -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:" + labels.alternation("partner_labels.partner") + r")\s*\((\d{1,3})\)\s*[:：]?$",
        re.I,
    )


def heading_count(lay: Layout) -> tuple[int, int, int] | None:
    """(count, start, end) of a partner list heading that states its size: "Partners (7)".

    Only the general partner label counts (an "Associated partners (1)" heading counts
    associated partners, which the partner count leaves out).
    """
    pat = _counted_heading()
    for line in lay.content_lines():
        m = pat.match(line.text)
        if m and int(m.group(1)) > 0:
            return int(m.group(1)), line.start, line.end
    return None


@lru_cache(maxsize=4096)  # asked of each candidate by several generators
def _excluded(name: str) -> bool:
    n = name.strip()
    if len(n) < 2 or "@" in n or _WEB_ADDRESS.search(n):
        return True
    # "[…]", "---", "2.": an elided or empty cell names nobody.
    if not _TWO_LETTERS.search(n):
        return True
    if labels.compiled("not_partners").fullmatch(n) or _country(n) or _is_number_line(n):
        return True
    if _contact_start().match(n):
        return True
    return bool(labels.compiled("link_labels").fullmatch(n.rstrip(":")))


@lru_cache(maxsize=1)
def _contact_start() -> re.Pattern[str]:
    """A contact label at the start (compiled once: given to ``re.match`` as a string, the
    long pattern fell out of re's small cache and was compiled again and again)."""
    return re.compile(r"^(?:" + labels.alternation("contact_labels") + r")\b", re.I)


@lru_cache(maxsize=4096)  # the list readers parse the same entries again
def parse_entry(text: str) -> tuple[str, str | None, str | None, bool] | None:
    """(name, country, city, country_derived) of one partner entry, or None.

    Handles "Name (AT)", "Name, City (Country)", "Name – Country", "Name, City, Country",
    "Name | Country | Role" and a bare name with a trailing known city.
    """
    # "Gemeinde Hohendubrau (www.hohendubrau.de)": the bracket is the partner's site.
    t = _SITE_IN_BRACKETS.sub("", strip_marker(text))
    # The last entry of a one-line list ends the sentence: "... a Autonomní provincie Trento (IT)."
    t = re.sub(r"(?<=\))\s*\.$", "", t)
    if not t:
        return None
    if "|" in t:
        cells = [c.strip() for c in t.split("|") if c.strip()]
        if not cells:
            return None
        country = next((c for c in (_country(x) for x in cells[1:]) if c), None)
        return cells[0], country, None, False
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", t)
    if m and (code := _country(m.group(2))):
        name, city = m.group(1).strip(" ,"), None
        parts = [p.strip() for p in name.rsplit(",", 1)]
        if len(parts) == 2 and (_city_country(parts[1]) or _city_like(parts[0], parts[1])):
            name, city = parts
        return name, code, city, False
    # "Name – Country", "Name • COUNTRY" and keep.eu rows "Name — Country — Region (NUTS)":
    # the first dash- or dot-separated cell after the name that is a country ends the name.
    cells = list(re.finditer(r"\s+[–—\-•·]\s+", t))
    for sep in cells:
        cell = re.split(r"\s+[–—\-•·]\s+", t[sep.end() :], maxsplit=1)[0]
        if code := _country(cell):
            return t[: sep.start()].strip(), code, None, False
    parts = [p.strip() for p in t.split(",")]
    if len(parts) >= 2 and (code := _country(parts[-1])):
        city = parts[-2] if len(parts) >= 3 else None
        return ", ".join(parts[:-2] if city else parts[:-1]), code, city, False
    if len(parts) >= 2 and (code := _city_country(parts[-1])):
        return ", ".join(parts[:-1]), code, parts[-1], True
    return t, None, None, False


_MARKER = re.compile(r"^(?:[\s•·\-–—*▪►‣◦→]+|\(?\d{1,2}[.)]\s+)+")


def strip_marker(text: str) -> str:
    """An entry without its list marker: "– X", "• X", "* X", "1. X", "(2) X" give "X"."""
    return _MARKER.sub("", text).strip()


@lru_cache(maxsize=1)
def _role_marker_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """(role, prefix pattern, suffix pattern) of the role markers written on an entry."""
    out = []
    for role in ("lead", "associated", "observer"):
        words = "|".join(
            x
            for x in (
                labels.alternation(f"role_markers.{role}"),
                labels.alternation("partner_labels.lead") if role == "lead" else "",
            )
            if x
        )
        codes = "|".join(re.escape(c) for c in labels.section("role_codes").get(role, []))
        code = r"(?:" + codes + r")\s?\d{0,2}" if codes else r"(?!x)x"
        # "LP: X", "[LP] X", "PP2 X", "Lead partner – X"
        prefix = re.compile(
            r"^\s*(?:\[(?:" + code + r")\]\s*[:.–-]?|(?:" + code + r")(?:\s*[:.)–-]|(?<=\d))"
            r"|(?:" + words + r")\s*[:–-])\s*",
            re.I,
        )
        # "X (DE) – Lead Partner", "X [LP]", "X (lead)", "X, capofila"
        suffix = re.compile(
            r"\s*(?:[(\[]\s*(?:" + words + r"|" + code + r")\s*[)\]]"
            r"|(?:\s[–—-]|,)\s*(?:" + words + r"))\s*$",
            re.I,
        )
        out.append((role, prefix, suffix))
    codes = "|".join(re.escape(c) for c in labels.section("role_codes").get("partner", []))
    partner_prefix = re.compile(
        r"^\s*(?:\[(?:" + codes + r")\s?\d{0,2}\]|(?:" + codes + r")\s?\d{1,2}[:.)–-]?)\s+"
    )
    out.append(("partner", partner_prefix, re.compile(r"(?!x)x")))
    return tuple(out)


@lru_cache(maxsize=4096)  # the line and list readers ask of the same entries
def split_role(text: str) -> tuple[str | None, str]:
    """(role, entry without it) of a role marker on one entry, or (None, entry).

    Reads "X (DE) – Lead Partner", "X [LP]", "X (lead)", "LP: X", "PP2 X", "[AP] X".
    """
    t = strip_marker(text)
    for role, prefix, suffix in _role_marker_patterns():
        m = suffix.search(t)
        if m and m.start() > 0:
            return role, t[: m.start()].strip(" ,;–—-")
        m = prefix.match(t)
        if m and m.end() < len(t):
            return role, t[m.end() :].strip()
    return None, t


def _city_like(name: str, place: str) -> bool:
    """Whether "Name, Place (CC)" puts a seat after the comma: one to three capitalised
    words ("Kempten", "Simbach am Inn") after a name of two words or more."""
    words = place.split()
    if not 0 < len(words) <= 3 or len(name.split()) < 2 or re.search(r"\d", place):
        return False
    if name_key(place) in labels.legal_form_groups():
        return False
    small = {"am", "an", "der", "sur", "de", "di", "del", "im", "ob", "upon", "on", "pod", "nad"}
    return words[0][:1].isupper() and all(w[:1].isupper() or w in small for w in words)


_DATED = re.compile(r"^\W*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b")


def ends_with_legal_form(text: str) -> bool:
    """Whether a name ends in a dotted legal form ("e.V.", "S.p.A.", "Sp. z o.o.", "Ltd.")."""
    last = text.split()[-1] if text.split() else ""
    if _DOTTED_FORM.fullmatch(last):
        return True
    return last.endswith(".") and " ".join(re.sub(r"[^\w]+", " ", last.lower()).split()) in (
        labels.legal_form_groups()
    )


def _organisation_like(name: str) -> bool:
    """Whether an entry can name an organisation: not an output bullet, a list of outputs
    ("Map · Tool · 6 studies") or a lower-case phrase with a number ("rete di 12 stazioni")."""
    if name.count("·") >= 2 or name.count(" • ") >= 1:
        return False
    first = name.split()[0]
    return not (first[:1].islower() and re.search(r"\d", name) and not re.search(r"\d", first))


def place_country(name: str) -> str | None:
    """The one country of the places (NUTS regions, main cities) an organisation name holds.

    "Comune di Trieste" gives IT, "Standortagentur Tirol" AT; names with places of two
    countries, or ambiguous ones, give None. The result is derived, not stated.
    """
    found: set[str] = set()
    for h in find_region_mentions(name):
        kind = str(h.kind)
        if kind.startswith(("area:", "ambiguous:")):
            continue
        r = region(kind)
        if r is not None:
            found.add(r.country)
    words = re.findall(r"[\w'’\-]+", name)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i : i + size])
            if chunk[:1].isupper() and len(chunk) >= 4 and (code := _city_country(chunk)):
                found.add(code)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8192)  # asked for every line; menus and headings recur across pages
def _ends_list(text: str) -> bool:
    """A heading that ends a partner list ("Results", "Ergebnisse", "Related news")."""
    c = core(text)
    if not c or len(c.split()) > 8:
        return False
    return any(labels.compiled(name).fullmatch(c) for name in _END_SECTIONS)


def _is_sentence(text: str) -> bool:
    """A line of running text: several words ending with sentence punctuation."""
    t = text.strip()
    return len(t.split()) >= 6 and t[-1:] in ".!?" and not ends_with_legal_form(t)


def _place_line(text: str) -> tuple[str | None, str] | None:
    """(city, country) of a line that only places the entry above: "Kempten, Germany",
    "Wien (AT)", "Austria"; None for anything else."""
    t = strip_marker(text).strip(" .")
    if code := _country(t):
        return None, code
    parsed = parse_entry(t)
    if parsed is None or parsed[1] is None:
        return None
    name, code, _, _ = parsed
    # A known city of that country, or one word ("Kempten"): an organisation needs more.
    if _city_country(name) == code or (len(name.split()) == 1 and name[:1].isupper()):
        return name, code
    return None


_POSTCODE_LINE = re.compile(
    r"(?:(?:[A-Z]{1,2}-?)?\d{4,5}|\d{2}-\d{3})\s+([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,2})"
)


@lru_cache(maxsize=4096)  # asked of each line under every entry
def _address_line(text: str) -> str | None:
    """The city of a postcode line ("7500 Tournai"), "" for a street line ("Quai
    Saint-Brice 35"), None for any other line: the address lines under a list entry."""
    t = strip_marker(text).strip(" ,")
    if m := _POSTCODE_LINE.fullmatch(t):
        return m.group(1)
    if len(t.split()) > 6 or not _DIGIT.search(t):
        return None
    return "" if _street_start().match(t) else None


@lru_cache(maxsize=1)
def _street_start() -> re.Pattern[str]:
    """A street line's start: a street word then a name, or a suffixed street name then a
    number (built once: the line readers ask it of every line)."""
    return re.compile(
        r"(?:\d+[a-z]?,?\s+)?(?:(?:" + labels.alternation("street_words") + r")\s+\S"
        r"|[\w\-]+(?:" + "|".join(map(re.escape, labels.phrases("street_suffixes"))) + r")\s+\d)",
        re.I,
    )


def _entry_shape(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MAX_WORDS or len(text) > _MAX_ENTRY or _DATED.match(text):
        return False
    return not text.endswith(".") or ends_with_legal_form(text)


def _list_intro(text: str) -> bool:
    """A sentence line ending with a partner noun and a colon ("The meeting was attended by
    ... from all partner institutions:"): the list below it names the partners."""
    # The colon first: most lines have none, and the pattern is a long alternation.
    if not text.rstrip().endswith((":", "：")) or len(text.split()) < 4:
        return False
    pattern = re.compile(
        r"(?<!\w)(?:" + vocab_alternation("list_intro_nouns") + r")\s*[:：]\s*$", re.I
    )
    return pattern.search(text) is not None


def _list_entry(text: str) -> str:
    """A list line without its closing punctuation: "4. X, and" and "5. X." give "X"."""
    t = re.sub(r"[,;]?\s+(?:" + vocab_alternation("list_and") + r")\s*$", "", text.rstrip())
    return re.sub(r"(?<!\b[A-Z])(?<!\.\w)[.;,]\s*$", "", t) if not ends_with_legal_form(t) else t


@lru_cache(maxsize=1)
def _entry_splitter() -> re.Pattern[str]:
    # "A (PT) a B (IT)", "A (FR) et B (IT)": a conjunction after a country bracket splits too.
    joined = r"|\(([^()]{2,40})\)\s+(?:" + vocab_alternation("list_and") + r")\s+(?=\S)"
    return re.compile(r"(?<=\))\s*,\s*|\s*;\s*" + joined)


def split_entries(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the partners on one line: "A (FR), B (IT); C (FR)" gives three.

    Commas split only after a closing country bracket, so "Université de Turin, Département
    ..." stays one name; semicolons always split.
    """
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _entry_splitter().finditer(text):
        if m.group(1) is not None:
            if not _country(m.group(1)):
                continue
            out.append((pos, text[pos : m.start() + len(m.group(1)) + 2]))
        else:
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    pieces = [(o, p) for o, p in out if p.strip()]
    return pieces or [(0, text)]


def _named_organisation(name: str) -> bool:
    """Whether a list entry's or grid cell's name may be a partner: no word the readers
    exclude, shaped like an organisation's name, not a person's."""
    return not _excluded(name) and _organisation_like(name) and not is_person(name)


def _with_place_country(name: str, country: str | None, derived: bool) -> tuple[str | None, bool]:
    """(country, derived): the country written for the entry, else the country of a place
    its name holds ("Comune di Bormio"), marked derived."""
    if country is None and (found := place_country(name)):
        return found, True
    return country, derived


def _hit(line: Line, offset: int, rest: str, role: str, rule: str) -> PartnerHit | None:
    marked, entry = split_role(rest)
    parsed = parse_entry(entry)
    if parsed is None or role in DROPPED_ROLES:
        return None
    role = marked or role
    if role in DROPPED_ROLES:
        return None
    name, country, city, derived = parsed
    if not _entry_shape(name) or not _named_organisation(name):
        return None
    country, derived = _with_place_country(name, country, derived)
    start = line.start + offset
    return PartnerHit(
        Partner(name=name, country=country, role=role, city=city),
        start,
        start + len(rest.rstrip()),
        rule,
        derived,
    )


def _cofunder_intro(text: str) -> bool:
    """A line ending with a colon that announces national co-financiers, not partners."""
    return bool(_ENDS_WITH_COLON.search(text)) and bool(
        labels.compiled("cofunder_intros").search(text)
    )


def _coded_row(line: Line, text: str) -> PartnerHit | None:
    """A table row "PP2 | Name | Country |" or "Lead Beneficiary (PP1) | Name | Country":
    its first cell is a role code or label, a later cell a country."""
    cells = [c.strip() for c in text.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 3:
        return None
    head = re.sub(r"\s*\([^()]{1,12}\)$", "", cells[0])
    code = re.fullmatch(r"([A-Z]{1,3})\s?\d{0,2}", head)
    role = None
    if code:
        codes = labels.section("role_codes")
        role = next((r for r, cs in codes.items() if code.group(1) in cs), None)
        if role is None or (role == "partner" and not re.search(r"\d", head)):
            return None
    else:
        role = _role_of(head)
    if role is None or role in DROPPED_ROLES:
        return None
    if not any(_country(c) for c in cells[2:]):
        return None
    offset = text.find(cells[1])
    return _hit(line, offset, " | ".join(cells[1:]), role, f"partners:coded-row:{role}")


def listed_partners(
    lay: Layout,
    blocks: Sequence[PartnerBlock] | None = None,
    opens_list: Callable[[str], bool] | None = None,
) -> list[PartnerHit]:
    """Partners of labelled lists, "Name (CC)" runs and table rows, in text order
    (``blocks``: the notice's :func:`partner_blocks`, when the caller has them already;
    ``opens_list``: whether a line is a heading of a partner list in words no label table
    holds, "Partneři zapojení do projektu:")."""
    blocks = partner_blocks(lay) if blocks is None else blocks
    hits: list[PartnerHit] = [b.hit for b in blocks]
    section_role: str | None = None  # role of the list we are in
    explicit = False  # opened by a list label (entries need no country)
    cofunders = False  # in a list of national co-financiers: "Name (HU)" lines are no partners
    # "Partners: A" then "B", "C" one a line: the label's list runs on in its paragraph
    # while the lines keep the label line's shape (the paragraph and its bullet or none).
    label_run: tuple[int, bool] | None = None
    previous: Line | None = None
    for line in lay.lines:
        if any(b.start <= line.start < b.end for b in blocks):
            continue  # read as a partner block already
        if line.kind != CONTENT and section_role is None:
            continue
        role, rest = _label_split(line.text) if line.kind == CONTENT else (None, line.text)
        if role is not None:
            offset = len(line.text) - len(rest)
            if rest.strip():
                for sub, piece in split_entries(rest):
                    hit = _hit(line, offset + sub, piece, role, f"partners:label:{role}")
                    if hit:
                        hits.append(hit)
                section_role, explicit = ("partner", False) if role == "lead" else (role, False)
                # A lead label names one organisation: what follows it is another field.
                label_run = None if role == "lead" else _line_shape(line)
            else:
                # A heading alone on its line: the entries below it belong to it.
                section_role, explicit, label_run = role, True, None
            previous = line
            continue
        if label_run is not None and (_line_shape(line) != label_run or ":" in line.text):
            # A colon starts another field ("EU contribution: 1 332 626,80 EUR").
            label_run = None
        text = line.text
        if section_role and explicit and _MARKER.match(text):
            # "4. Faculty of Medicine, University of Mostar, and": the list's own punctuation.
            text = _list_entry(text)
        if line.kind != CONTENT or _ends_list(text):
            # A menu, heading or footer line between lists ends the list ("Latest news").
            section_role, explicit = None, False
            continue
        if _list_intro(text) or (opens_list is not None and opens_list(text)):
            # "... from all partner institutions:" opens a list like a heading would.
            section_role, explicit = "partner", True
            previous = line
            continue
        if (
            _ENDS_WITH_COLON.search(text)
            or _LABEL_AND_VALUE.match(text)
            or len(text) > _MAX_ENTRY
            or _is_sentence(text)
        ):
            section_role, explicit = None, False
            cofunders = _cofunder_intro(text)
            continue
        if row := _coded_row(line, text):
            # "PP2 | Agency X | Slovenia |": a table row led by its role code.
            hits.append(row)
            previous = line
            continue
        seat = _address_line(text) if section_role and previous is not None else None
        if seat is not None and hits and hits[-1].end >= previous.start:
            # "IDETA / Quai Saint-Brice 35 / 7500 Tournai / BELGIE": the entry's address.
            last = hits[-1]
            partner = replace(last.partner, city=last.partner.city or seat or None)
            hits[-1] = replace(last, partner=partner, end=line.end)
            previous = line
            continue
        place = _place_line(text) if section_role and previous is not None else None
        last_open = hits and (hits[-1].partner.country is None or hits[-1].country_derived)
        if place and last_open and hits[-1].end >= previous.start:
            # A two-line entry: "Universität Innsbruck" then "Innsbruck, Austria".
            city, code = place
            last = hits[-1]
            partner = replace(last.partner, country=code, city=last.partner.city or city)
            hits[-1] = replace(last, partner=partner, end=line.end, country_derived=False)
            previous = line
            continue
        parsed = parse_entry(split_role(text)[1])
        has_country = bool(parsed and parsed[1])
        if section_role and (explicit or has_country or label_run is not None):
            hit = _hit(line, 0, text, section_role, f"partners:list:{section_role}")
            previous = line
            if hit:
                hits.append(hit)
                if section_role == "lead":
                    section_role, explicit = "partner", False
                continue
            if section_role in DROPPED_ROLES:
                continue
        if section_role and not has_country and not explicit:
            section_role = None
        if cofunders and not has_country:
            cofunders = False
        if (
            section_role is None
            and not cofunders
            and has_country
            and re.search(r"\([A-Z]{2}\)\s*$", text)
        ):
            hit = _hit(line, 0, text, "partner", "partners:country-code-line")
            if hit:
                hits.append(replace(hit, partner=replace(hit.partner, confidence=0.9)))
    return sorted(_runs_only(hits), key=lambda h: h.start)


def _line_shape(line: Line) -> tuple[int, bool]:
    """A line's place and form in a list: its paragraph and whether it has a bullet."""
    return line.paragraph, bool(_MARKER.match(line.text))


def _runs_only(hits: list[PartnerHit]) -> list[PartnerHit]:
    """Unlabelled "Name (CC)" lines count only when there are at least two of them."""
    loose = [h for h in hits if h.rule == "partners:country-code-line"]
    return [h for h in hits if h.rule != "partners:country-code-line" or len(loose) >= 2]


def name_key(name: str) -> str:
    return " ".join(_NON_WORD.sub(" ", name.lower()).split())


def merge(hits: list[PartnerHit]) -> list[PartnerHit]:
    """One partner per organisation: a lead listed again in the list stays one (lead)."""
    out: list[PartnerHit] = []
    index: dict[str, int] = {}
    for h in hits:
        k = name_key(h.partner.name)
        if k not in index:
            index[k] = len(out)
            out.append(h)
            continue
        old = out[index[k]]
        p = old.partner
        role = "lead" if "lead" in (p.role, h.partner.role) else p.role
        merged = replace(
            p, role=role, country=p.country or h.partner.country, city=p.city or h.partner.city
        )
        out[index[k]] = replace(old, partner=merged)
    return out


# ------------------------------------------------------------------ footer partner


def _number_after(label: str) -> re.Pattern[str]:
    return re.compile(
        labels.phrase_pattern(label) + r"\s*[:.]?\s*([A-Z]{2})?U?\s?(\d[\d .]{6,}\d)", re.I
    )


@lru_cache(maxsize=1)
def _number_regexes() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(regex, implied country, is a VAT number) per VAT label (longest first), then per
    company-register label, compiled once."""
    vat = sorted(labels.vat_labels().items(), key=lambda kv: -len(kv[0]))
    return (
        *((_number_after(label), country, True) for label, country in vat),
        *((_number_after(label), "", False) for label in labels.phrases("registry_labels")),
    )


def _vat(text: str) -> tuple[re.Match[str], str, bool] | None:
    """(match, implied country, is a VAT number) of a footer's VAT or company number.

    A company-register number (SIRET, KvK, C.F.) marks the footer but is not a VAT number.
    """
    for regex, country, is_vat in _number_regexes():
        if m := regex.search(text):
            return m, (m.group(1) or country or "").upper() if is_vat else "", is_vat
    return None


def is_listed(owner: Partner, listed: list[Partner]) -> bool:
    """Whether a partner found elsewhere (footer, prose) is already one of the listed ones.

    Same name or alias, one name inside the other, or most distinctive words shared: a
    shared place word alone ("... di Bolzano") does not make two organisations one.
    """
    key = name_key(owner.name)
    words, _ = _tokens(owner.name)
    for p in listed:
        keys = {name_key(p.name), *(name_key(a) for a in p.aliases)}
        if key in keys or any(key in k or (k and k in key) for k in keys):
            return True
        other, _ = _tokens(p.name)
        shared = words & other
        # "Université de Sciences Appliquées de Karlsruhe" and "... d'Offenburg": a proper
        # name of its own on each side makes two organisations.
        distinct = _proper(owner.name) & (words - other) and _proper(p.name) & (other - words)
        if len(shared) >= 2 and len(shared) >= 0.6 * min(len(words), len(other)) and not distinct:
            return True
    return False


def _proper(name: str) -> set[str]:
    """The capitalised words of a name, lower-cased (its proper names and initials)."""
    return {w.lower() for w in re.findall(r"\w+", name) if w[:1].isupper()}


def footer_partner(lay: Layout) -> PartnerHit | None:
    """The page owner named in a footer with address and VAT number (confidence 0.6)."""
    for line in lay.lines:
        if line.kind != FOOTER:
            continue
        found = _vat(line.text)
        if not found or labels.compiled("programme_bodies").search(line.text):
            continue  # a managing authority or secretariat signs the page: not a partner
        vat_match, vat_country, is_vat = found
        text = line.text
        street = re.search(
            r"(?:\d+[a-z]?,?\s+)?(?:(?:" + labels.alternation("street_words") + r")\s+\S"
            r"|(?<!\w)[\w\-]+(?:"
            + "|".join(map(re.escape, labels.phrases("street_suffixes")))
            + r")\s+\d)",
            text,
            re.I,
        )
        postcode = re.search(r"\b(\d{4,5})\s+([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)", text)
        cut = min(x.start() for x in (street, postcode, vat_match) if x is not None)
        name = text[:cut].strip(" ,-–|")
        if _excluded(name) or len(name.split()) < 2 or not name[0].isupper():
            continue
        city = address = None
        if postcode:
            city = postcode.group(2).split()[0]
            if street and street.start() < postcode.start():
                address = text[street.start() : postcode.start(2) + len(city)].strip()
        country = vat_country or phone_country(text) or (_city_country(city) if city else None)
        vat_number = re.sub(r"[ .]", "", vat_match.group(2)) if is_vat else None
        partner = Partner(
            name=name,
            country=country or None,
            role="partner",
            city=city,
            address=address,
            vat=vat_number,
            confidence=FOOTER_CONFIDENCE,
        )
        return PartnerHit(
            partner, line.start, line.start + len(name), "partners:footer-owner", False
        )
    return None


# ------------------------------------------------------------------ budget subjects


def _tokens(name: str) -> tuple[set[str], set[str]]:
    """(distinctive tokens, legal-form groups) of an organisation name."""
    norm = " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())
    forms = labels.legal_form_groups()
    # norm and the forms hold only word characters and single spaces: a form stands
    # alone exactly where it occurs between spaces.
    padded = f" {norm} "
    groups = {g for form, g in forms.items() if f" {form} " in padded}
    words = {
        w for w in norm.split() if len(w) >= 4 and w not in forms and w not in {"the", "of", "and"}
    }
    return words, groups


def match_subject(subject: str, partners: list[Partner]) -> int | None:
    """Index of the partner a budget label's subject names, or None if unsure.

    Exact names match; otherwise the names must share a distinctive token and, when both
    carry a legal form, forms of the same kind (Kft = Ltd).
    """
    key = name_key(subject)
    for i, p in enumerate(partners):
        if name_key(p.name) == key or key in {name_key(a) for a in p.aliases}:
            return i
    s_words, s_groups = _tokens(subject)
    scored = []
    for i, p in enumerate(partners):
        p_words, p_groups = _tokens(p.name)
        shared = s_words & p_words
        if not shared:
            continue
        if s_groups and p_groups and not s_groups & p_groups:
            continue
        scored.append((len(shared), i))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


# ------------------------------------------------------------------ partner count


#: A list of fewer partners than this gives no derived count (a lone lead is no partnership).
MIN_COUNTED = 2


def countable(listed: list[PartnerHit], found: list[PartnerHit]) -> list[PartnerHit]:
    """The partners a derived partner count may count, or [] when none is safe.

    The listed partners when the page lists at least two; else the partners named in
    prose when the prose lists them ("Projektpartner sind A, B sowie C"), since a lead
    named alone says nothing about the size of the partnership. Associated partners,
    advisory partners and observers are never counted; the footer owner is not either.
    """

    def counted(hits: list[PartnerHit]) -> list[PartnerHit]:
        return [h for h in hits if h.partner.role in (None, "lead", "partner")]

    # A listed entry the decision dropped (an address line, a heading) is not counted.
    kept = {name_key(h.partner.name) for h in found}
    listed = [h for h in listed if name_key(h.partner.name) in kept]
    # Entries the decision kept from a list it kept whole ("partners:model:list").
    known = {name_key(h.partner.name) for h in listed}
    listed += [
        h
        for h in found
        if h.rule == "partners:model:list" and name_key(h.partner.name) not in known
    ]
    if len(counted(listed)) >= MIN_COUNTED:
        return counted(listed)
    if listed:
        return []
    prose_hits = [h for h in found if h.rule.startswith("partners:prose:")]
    lists = ("partners:prose:list", "partners:prose:predicate", "partners:prose:coded")
    if any(h.rule in lists for h in prose_hits):
        out = counted(prose_hits)
        return out if len(out) >= MIN_COUNTED else []
    return []


# ------------------------------------------------------------------ partner blocks

#: Kinds of the fields of a partner block (sections ``partner_fields.<kind>``).
FIELD_KINDS = ("name", "address", "town", "region", "country", "legal", "person", "contact")
MONEY_FIELDS = ("budget", "erdf")
#: A block needs one of these: name and phone alone may be a contact card.
_SUBSTANTIAL = frozenset({"address", "town", "country", "legal", "budget", "erdf"})
_MIN_FIELDS = 2
_MAX_HEADERS = 4
_NUMBER_LINE = re.compile(r"[-–]?\s*(?:EUR|€)?\s*\d[\d\s.,'’]*\s*(?:EUR|€)?", re.I)


@dataclass(frozen=True, slots=True)
class PartnerBlock:
    """One partner read from its own block or table row; ``start``/``end`` span the block,
    whose money is the partner's, never the project's."""

    hit: PartnerHit
    start: int
    end: int


@lru_cache(maxsize=1)
def _field_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """(any field label at a line start, label's lower case -> kind).

    No right word boundary: flattened pages glue label and value ("TownGreifswald").
    """
    kinds: dict[str, str] = {}
    for kind in (*FIELD_KINDS, *MONEY_FIELDS):
        for phrase in labels.phrases(f"partner_fields.{kind}"):
            kinds.setdefault(" ".join(phrase.lower().split()), kind)
    alt = "|".join(
        r"\s+".join(map(re.escape, p.split())) for p in sorted(kinds, key=lambda x: -len(x))
    )
    return re.compile(r"(?:" + alt + r")", re.I), kinds


def block_field(text: str) -> tuple[str, str] | None:
    """(kind, value) of a partner-block field line: "Address: ...", "CountryGermany",
    "Phone"; None for any other line."""
    t = strip_marker(text)
    pattern, kinds = _field_table()
    m = pattern.match(t)
    if not m:
        return None
    kind = kinds[" ".join(m.group(0).lower().split())]
    rest = t[m.end() :]
    colon = re.match(r"\s*[:：]\s*", rest)
    if colon:
        return kind, rest[colon.end() :].strip()
    if not rest.strip():
        return kind, ""
    # Glued: a lower-case label end then an upper-case value start ("TownGreifswald").
    if m.group(0)[-1].islower() and (rest[0].isupper() or rest[0].isdigit()):
        return kind, rest.strip()
    return None


#: Stems of "partner" in money labels that are surely a partner's ("Partner budget",
#: "Budget du partenaire", "Proračun partnerja", "Προϋπολογισμός εταίρου").
_PARTNER_MONEY = re.compile(
    r"(?i)(?:partn|parten|parceir|socio|εταίρ|партньор|beneficiar|begünstig|kedvezményez)"
)


def _partner_money(text: str) -> bool:
    """Whether a money field line's label names the partner as its owner."""
    label = re.split(r"[:：]|\d", strip_marker(text), maxsplit=1)[0]
    return bool(_PARTNER_MONEY.search(label))


def _is_number_line(text: str) -> bool:
    return bool(_NUMBER_LINE.fullmatch(text.strip()))


def _name_line(text: str) -> bool:
    """A line that can be a partner's name heading its block or table row."""
    t = strip_marker(text)
    if not t or ":" in t or _is_number_line(t) or _ends_list(t) or _is_sentence(t):
        return False
    return _entry_shape(t) and _organisation_like(t) and not _excluded(t) and t[0].isupper()


def _block_head(lines: tuple[Line, ...], i: int) -> tuple[str, str] | None:
    """(name, role) when line ``i`` opens a partner block."""
    line = lines[i]
    role, rest = _label_split(line.text)
    if role is not None and rest.strip():
        return rest.strip(), role
    field = block_field(line.text)
    if field is not None:
        return (field[1], "partner") if field[0] == "name" and field[1] else None
    if i + 1 < len(lines) and block_field(lines[i + 1].text) and _name_line(line.text):
        return strip_marker(line.text), "partner"
    return None


def _read_block(lines: tuple[Line, ...], i: int, name: str) -> tuple[int, dict[str, str], int]:
    """(index after the block, its fields, how many field lines) from the line after the head."""
    fields: dict[str, str] = {}
    count, pending, j = 0, "", i + 1
    while j < len(lines):
        text = lines[j].text
        field = block_field(text)
        if field is None:
            if not core(text) and j + 1 < len(lines):
                j += 1  # a lone "-" between fields
                continue
            if _is_number_line(text):
                if pending in MONEY_FIELDS and pending not in fields:
                    fields[pending] = text.strip()
                j += 1
                continue
            break
        kind, value = field
        if kind == "name" and value and name_key(value) != name_key(name):
            break  # the next partner's "Name:" line
        if kind in MONEY_FIELDS and not count and not _partner_money(text):
            # "Lead partner: X" then "Total budget: …", "EU contribution: …": money before
            # any address, town or legal form of the partner is the project's (a block's
            # own money follows its seat); the notice's label lines end the block.
            break
        count += 1
        if value:
            fields.setdefault(kind, value)
        pending = kind
        j += 1
    while j > i + 1 and not core(lines[j - 1].text):
        j -= 1
    return j, fields, count


def _block_partner(name: str, role: str, fields: dict[str, str]) -> tuple[Partner, bool] | None:
    """The partner of a block and whether its country is derived (from a city)."""
    from coopkg.extraction.money import parse_amount

    parsed = parse_entry(name)
    if parsed is None or _excluded(parsed[0]):
        return None
    name, country, city, derived = parsed
    address = fields.get("address")
    parts = [p.strip() for p in (address or "").split(",") if p.strip()]
    if "country" in fields:
        country = _country(fields["country"]) or country
    if country is None and len(parts) >= 2:
        country = _country(parts[-1])
    if city is None:
        city = fields.get("town")
    if city is None and parts:
        seat = re.search(r"\b\d{4,5}\s+([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)", address or "")
        city = seat.group(1) if seat else None
    if country is None and city and (found := _city_country(city)):
        country, derived = found, True
    budget = None
    for kind in MONEY_FIELDS:
        if kind in fields and (value := parse_amount(fields[kind])) is not None:
            budget = value if kind == "budget" or budget is None else budget
            if kind == "budget":
                break
    partner = Partner(
        name=name,
        country=country,
        role=role,
        city=city,
        address=address,
        partner_budget_eur=budget,
    )
    return partner, derived


def _field_blocks(lay: Layout) -> list[PartnerBlock]:
    lines = tuple(x for x in lay.lines if x.kind != ADVERT)
    out: list[PartnerBlock] = []
    i = 0
    while i < len(lines):
        head = _block_head(lines, i)
        if head is None:
            i += 1
            continue
        name, role = head
        j, fields, count = _read_block(lines, i, name)
        made = _block_partner(name, role, fields) if count >= _MIN_FIELDS else None
        kinds = {*fields, *_read_kinds(lines, i, j)}
        # A bare heading needs a place or legal field: "Budget / Total: ..." is no partner.
        needed = _SUBSTANTIAL - ({*MONEY_FIELDS} if _is_bare_head(lines[i].text) else set())
        if made is None or not needed & kinds:
            i += 1
            continue
        partner, derived = made
        start, end = lines[i].start, lines[j - 1].end
        hit = PartnerHit(partner, start, end, f"partners:block:{role}", derived)
        out.append(PartnerBlock(hit, start, end))
        i = j
    return out


def _is_bare_head(text: str) -> bool:
    return _label_split(text)[0] is None and block_field(text) is None


def _read_kinds(lines: tuple[Line, ...], i: int, j: int) -> set[str]:
    """Kinds of the field lines between ``i`` and ``j``, valued or not."""
    return {f[0] for x in lines[i + 1 : j] if (f := block_field(x.text))}


@lru_cache(maxsize=1)
def _table_header_start() -> re.Pattern[str]:
    return re.compile(r"(?:" + labels.alternation("table_headers") + r")", re.I)


def _table_header(text: str) -> bool:
    """A beneficiary table's first header cell: "Beneficiário 2018 - 2021", "Partner"."""
    c = core(text)
    m = _table_header_start().match(c)
    return bool(m) and not re.search(r"[^\W\d_]", c[m.end() :])


def _column_header(text: str) -> bool:
    t = text.strip()
    return (
        len(t.split()) <= 6
        and not _is_number_line(t)
        and bool(re.search(r"€|\bEUR\b|" + _money_label_alt(), t, re.I))
    )


@lru_cache(maxsize=1)
def _money_label_alt() -> str:
    return "|".join(labels.alternation(f"partner_fields.{k}") for k in MONEY_FIELDS)


def _table_blocks(lay: Layout) -> list[PartnerBlock]:
    """Rows of beneficiary tables rendered one cell a line: a name line, then its amounts;
    the first amount is the partner's budget. A "Total" row ends the table."""
    from coopkg.extraction.money import parse_amount

    lines = lay.content_lines()
    total = re.compile(r"^(?:" + labels.alternation("table_total") + r")(?!\w)", re.I)
    out: list[PartnerBlock] = []
    for i, line in enumerate(lines):
        if not _table_header(line.text):
            continue
        j = i + 1
        while j < len(lines) and j - i <= _MAX_HEADERS and _column_header(lines[j].text):
            j += 1
        if j == i + 1:
            continue  # no money columns: a plain "Partners" heading, read as a list
        rows: list[PartnerBlock] = []
        bare = 0  # rows whose amount cells came through empty
        while j < len(lines) and _name_line(lines[j].text) and not total.match(lines[j].text):
            k = j + 1
            while k < len(lines) and _is_number_line(lines[k].text):
                k += 1
            if k == j + 1 and bare < len(rows):
                break
            bare += k == j + 1
            name = strip_marker(lines[j].text)
            budget = parse_amount(lines[j + 1].text + " EUR") if k > j + 1 else None
            partner = Partner(name=name, role="partner", partner_budget_eur=budget)
            start, end = lines[j].start, lines[k - 1].end
            rows.append(PartnerBlock(PartnerHit(partner, start, end, "partners:table"), start, end))
            j = k
        # A table whose amounts were all lost counts only when its "Total" row closes it.
        closed = not bare or (j < len(lines) and total.match(lines[j].text))
        if len(rows) >= _MIN_FIELDS and bare in (0, len(rows)) and closed:
            out.extend(rows)
    return out


@dataclass(frozen=True, slots=True)
class GridColumns:
    """Where a partner grid keeps each partner's name, role and country (cell indexes of
    its rows) and how many cells a row has."""

    width: int
    name: int
    role: int | None
    country: int | None


def _cells(text: str) -> list[str]:
    """A grid line's cells, empty ones kept: their positions are the columns."""
    return [c.strip() for c in text.strip().strip("|").split("|")]


def _column_kind(cell: str) -> str | None:
    """What a column heading names: "name" (the partner: "Partner", "Organisation",
    "Ente"), "role" ("Role", "Ruolo", "Ρόλος"), a partner field ("country", "town",
    "budget", ...), or None for a heading this reader does not know."""
    c = cell.strip().rstrip(":").strip()
    if not c:
        return None
    if _table_header_start().fullmatch(c):
        return "name"
    if labels.compiled("grid_role_headings").fullmatch(c):
        return "role"
    if labels.compiled("partner_fields.country").fullmatch(c):
        return (
            "country"  # before the other fields: "Kraj" is a country in Polish, a region in Czech
        )
    pattern, kinds = _field_table()
    if pattern.fullmatch(c):
        return kinds[" ".join(c.lower().split())]
    return None


def grid_columns(text: str) -> GridColumns | None:
    """The columns of a partner grid from its heading row ("Partner | Role | Country",
    "Ruolo | Ente | Paese"), or None when the line is no such row.

    Every cell is a short heading; one names the partner and another its role, country,
    town or money, so a row of two names or a label/value pair is not taken for a grid.
    """
    if "|" not in text:
        return None
    cells = _cells(text)
    if len(cells) < 2 or any(len(c.split()) > 4 or _DIGIT.search(c) for c in cells):
        return None
    kinds = [_column_kind(c) for c in cells]
    names = [i for i, k in enumerate(kinds) if k == "name"]
    if len(names) != 1 or sum(k is not None for k in kinds) < 2:
        return None
    roles = [i for i, k in enumerate(kinds) if k == "role"]
    countries = [i for i, k in enumerate(kinds) if k == "country"]
    return GridColumns(
        width=len(cells),
        name=names[0],
        role=roles[0] if roles else None,
        country=countries[0] if countries else None,
    )


def _grid_row(line: Line, columns: GridColumns) -> PartnerBlock | None:
    """One grid row's partner: the name from its column, "lead" when the role cell says
    so, the country from its cell (or from the name's place, derived)."""
    cells = _cells(line.text)
    name = cells[columns.name]
    if not name or not _named_organisation(name):
        return None
    role = "partner"
    if columns.role is not None:
        role = _role_of(cells[columns.role]) or "partner"
    if role in DROPPED_ROLES:
        return None
    country = _country(cells[columns.country]) if columns.country is not None else None
    country, derived = _with_place_country(name, country, False)
    start = line.start + line.text.find(name)
    hit = PartnerHit(
        Partner(name=name, country=country, role=role),
        start,
        start + len(name),
        f"partners:block:{role}",
        derived,
    )
    return PartnerBlock(hit, line.start, line.end)


def _grid_blocks(lay: Layout) -> list[PartnerBlock]:
    """Rows of partner grids: a heading row of columns (:func:`grid_columns`), then rows of
    as many cells, one partner each. The heading row is part of the first block, so no
    reader takes its cells for a partner."""
    lines = lay.content_lines()
    out: list[PartnerBlock] = []
    i = 0
    while i < len(lines):
        columns = grid_columns(lines[i].text)
        if columns is None:
            i += 1
            continue
        rows: list[PartnerBlock] = []
        j = i + 1
        while j < len(lines) and "|" in lines[j].text:
            if len(_cells(lines[j].text)) != columns.width:
                break
            if row := _grid_row(lines[j], columns):
                rows.append(row)
            j += 1
        if rows:
            first = rows[0]
            rows[0] = PartnerBlock(first.hit, lines[i].start, first.end)
            out.extend(rows)
        i = max(j, i + 1)
    return out


def partner_blocks(lay: Layout) -> list[PartnerBlock]:
    """Partners read from their own blocks (keep.eu "Lead Partner: X / Address: ... /
    Total budget: ...", flattened "TownGreifswald / CountryGermany" cards), from
    beneficiary tables and from partner grids, in text order. The money inside a block is
    its partner's."""
    found = [*_field_blocks(lay), *_table_blocks(lay)]
    taken = [(b.start, b.end) for b in found]
    found += [b for b in _grid_blocks(lay) if not any(s <= b.start < e for s, e in taken)]
    return sorted(found, key=lambda b: b.start)


def block_spans(blocks: Sequence[PartnerBlock]) -> tuple[tuple[int, int], ...]:
    """(start, end) of every partner block: money found there is not the project's."""
    return tuple((b.start, b.end) for b in blocks)


def lead_from_prose(found: list[PartnerHit], prose_hits: list[PartnerHit]) -> list[PartnerHit]:
    """``found`` with the lead that running text names ("a Universidade de Sevilha, na
    qualidade de Beneficiário Principal") marked on the listed partner it names, when no
    listed partner is the lead yet."""
    if any(h.partner.role == "lead" for h in found):
        return found
    leads = [h for h in prose_hits if h.partner.role == "lead"]
    if len(leads) != 1:
        return found
    key = name_key(leads[0].partner.name)
    out = list(found)
    for i, h in enumerate(out):
        if name_key(h.partner.name) == key and h.partner.role == "partner":
            out[i] = replace(h, partner=replace(h.partner, role="lead"))
            break
    return out
