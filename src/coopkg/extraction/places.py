"""Regions named in a notice (NUTS regions and cooperation areas), as written.

Uses :func:`coopkg.records.gazetteer.find_region_mentions` on the masked text (adverts, navigation
and the publisher's footer are blank there). Names keep their written form, except that
adjectival forms become the region's name ("Western Transdanubian" -> "Western
Transdanubia", "Central European area" -> "Central Europe"). Countries (NUTS level 0) are
not regions. A place named only inside the programme's name ("Interreg Alpine Space") is
the programme's area, and a place named only as the venue of one event ("training in
Budapest") is not where the project works: both are left out. This module must not
resolve regions to codes for the graph: the linker does.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopkg.extraction import labels
from coopkg.records import gazetteer
from coopkg.records.countries import country_code, normalise_name, own_languages
from coopkg.records.gazetteer import (
    DATA_DIR,
    find_city_mentions,
    find_inflected_region_mentions,
    region,
    translated_names,
)
from coopkg.records.hits import Hit
from coopkg.records.inflection import ENDINGS, readings
from coopkg.records.organisation_terms import concept_of
from coopkg.records.vocab import fold

#: A venue's event word may stand this many characters before or after the place.
_VENUE_REACH = 90
#: A sentence ends at a stop and a space or at a line's end; not at the point of an ordinal
#: day ("19. veljače", "5. April", "1. oktoober") or of a list number ("1. Az ..."), which
#: would cut an event's sentence before its event word.
_SENTENCE_END = re.compile(r"(?<![^\w]\d)(?<![^\w]\d\d)(?<!^\d)(?<!^\d\d)[.!?]\s|\n", re.M)


def _is_latin(name: str) -> bool:
    return all(not c.isalpha() or ord(c) < 0x370 for c in name)


def _fold(text: str) -> str:
    # The vocabulary's fold keeps non-Latin letters (Greek region names would fold to "").

    return " ".join(fold(text).split())


def _names_of(kind: str) -> tuple[str, ...]:
    if kind.startswith("area:"):
        a = gazetteer.area(kind.split(":", 1)[1])
        return (a.name, *a.names) if a else ()
    r = gazetteer.region(kind)
    return (r.name, *r.names) if r else ()


def canonical_name(written: str, kind: str | None) -> str:
    """The region's own name when ``written`` is an adjectival form of it, else ``written``."""
    if not kind or kind.startswith("ambiguous:"):
        return written
    names = _names_of(kind)
    folded = _fold(written)
    primary = _fold(names[0]) if names else ""
    # "Central European area" is listed as a name of Central Europe: still an adjectival
    # form of the primary name, which is what a reader expects.
    if (
        primary
        and folded != primary
        and folded.startswith(primary[:-1])
        and len(folded) > len(primary)
    ):
        return names[0]
    if any(_fold(n) == folded for n in names):
        return written
    # "Western Transdanubian" starts with "Western Transdanubia"; "Central European area"
    # shares its stem with "Central Europe": take the longest name that is a prefix.
    prefixes = [n for n in names if folded.startswith(_fold(n)) and n[:1].isupper()]
    if prefixes:
        return max(prefixes, key=len)
    stems = [n for n in names if _fold(n)[:-1] and folded.startswith(_fold(n)[:-1]) and n.isascii()]
    return max(stems, key=len) if stems else written


@lru_cache(maxsize=1)
def _venue_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads((DATA_DIR / "venues.toml").read_text(encoding="utf-8"))

    def alternation(table: dict[str, list[str]]) -> str:
        words = {w.lower() for items in table.values() for w in items}
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    at = re.compile(r"(?<!\w)(?:" + alternation(data["at"]) + r")\s+$", re.IGNORECASE)
    events = re.compile(r"(?<!\w)(?:" + alternation(data["events"]) + r")", re.IGNORECASE)
    funders = re.compile(r"(?<!\w)(?:" + alternation(data["funders"]) + r")(?!\w)", re.IGNORECASE)
    return at, events, funders


def _is_funder(clean: str, start: int) -> bool:
    """A place on a co-funder line ("Cofinanciers: Provincie Gelderland, ...")."""
    line_start = clean.rfind("\n", 0, start) + 1
    return _venue_words()[2].search(clean[line_start:start]) is not None


def _is_venue(clean: str, start: int, end: int) -> bool:
    """A place right after "in"/"en"/"a" in a sentence about one event."""
    at, events, _ = _venue_words()
    if not at.search(clean[max(0, start - 6) : start]):
        return False
    left = max(0, start - _VENUE_REACH)
    for m in _SENTENCE_END.finditer(clean, left, start):
        left = m.end()
    stop = _SENTENCE_END.search(clean, end, min(len(clean), end + _VENUE_REACH))
    right = stop.start() if stop else min(len(clean), end + _VENUE_REACH)
    return (
        events.search(clean[left:start]) is not None or events.search(clean[end:right]) is not None
    )


@lru_cache(maxsize=1)
def _seat_words() -> re.Pattern[str]:
    data = tomllib.loads((DATA_DIR / "venues.toml").read_text(encoding="utf-8"))
    words = sorted({w.lower() for items in data["seats"].values() for w in items}, key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, reversed(words))) + r")", re.I)


_SEAT_REACH = 6  # words between an institution word and its seat ("Institut de ... de X")
_PAID = re.compile(
    r"[ \t]*(?:\(\s*)?(?:ca\.?\s*)?(?:(?:€|EUR)\s*\d[\d.,' ]*\d|\d[\d.,' ]*\s*(?:€|EUR|euro))", re.I
)


#: Link words by which an institution's name ends in its place ("Universidade de Aveiro",
#: "Universitatea din Ruse", "Univerza v Mariboru", "University of Newcastle upon Tyne").
OF_PLACE = frozenset(
    {"of", "de", "di", "da", "do", "del", "della", "degli", "dei", "din", "du", "des", "v", "w"}
)


def of_its_place(clean: str, start: int) -> bool:
    """Whether a link word stands right before the place at ``start``, the place ending an
    institution's name: the annotators take "Universidade de Aveiro" as naming Aveiro as
    a partner's territory, not "Lund University" (a name merely taken from its town)."""
    before = clean[max(0, start - 12) : start]
    m = re.search(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+$", before)
    return m is not None and m.group(1) in OF_PLACE


def _is_seat(clean: str, start: int, of_place: bool = True) -> bool:
    """A place inside an institution's name: "FH Münster", "Christian-Albrechts-Universität
    zu Kiel" (the institution word ends a compound); with ``of_place``, not a place the
    name ends in after a link word ("Université de Freiburg": the annotators take it as
    a partner's territory, :func:`of_its_place`)."""
    left = clean[max(0, start - 80) : start]
    left = re.split(r"[,;:()\n.!?]", left)[-1]
    words = left.split()[-_SEAT_REACH:]
    parts = [p for w in words for p in re.split(r"[-‐]", w) if p]
    if not any(_seat_words().match(p.lstrip("'’l")) for p in parts):
        return False
    return not (of_place and of_its_place(clean, start))


@lru_cache(maxsize=1)
def _premises_words() -> re.Pattern[str]:
    from coopkg.records.gazetteer import DATA_DIR

    data = tomllib.loads((DATA_DIR / "venues.toml").read_text(encoding="utf-8"))
    words = sorted({w.lower() for items in data["premises"].values() for w in items}, key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, reversed(words))) + r")", re.I)


def _is_premises(clean: str, start: int) -> bool:
    """A place a few words after a word for premises, in the same clause ("presso la sede
    della Giunta regionale di X", "au siège du Département de X"): the address of a
    building, where a meeting was held or a body sits."""
    left = clean[max(0, start - 80) : start]
    left = re.split(r"[,;:()\n.!?]", left)[-1]
    words = left.split()[-_SEAT_REACH:]
    at = _venue_words()[0]
    for i, word in enumerate(words):
        if _premises_words().match(word):
            # "con sede a X", "mit Sitz in X": where a partner is based, its territory.
            return not all(at.search(w + " ") for w in words[i + 1 :])
    return False


def _is_large(kind: str) -> bool:
    """A NUTS 1 or 2 region ("Normandie", "Algarve"): named in a seat, it still is the area
    a regional partner stands for; cities and NUTS 3 seats are not."""
    r = region(kind) if kind and not kind.startswith(("area:", "ambiguous:")) else None
    return r is not None and r.level in (1, 2)


def _is_payer(clean: str, end: int) -> bool:
    """A place followed by its own amount: "dem Land Nordrhein-Westfalen (428.301 €)"
    names a co-financing body, not a project region."""
    return _PAID.match(clean, end) is not None


@lru_cache(maxsize=4)
def _programme_spans(clean: str) -> tuple[tuple[int, int], ...]:
    """Spans of programme names (cached: regions and cities ask for the same notice)."""
    from coopkg.extraction.programme import programme_mentions

    return tuple((s, e) for s, e, _ in programme_mentions(clean))


_ADDRESS_LINE = re.compile(r"\b\d{4,5}\b|\([A-Z]{2}\)|@|\+\d| \| ")


def _in_entry(clean: str, start: int, end: int) -> bool:
    """A city on a partner-entry or address line ("Lund University (SE)", "33100 Udine"),
    or right before an institution word: the seat of an organisation."""
    line_start = clean.rfind("\n", 0, start) + 1
    line_end = clean.find("\n", end)
    line = clean[line_start : line_end if line_end != -1 else len(clean)]
    after = clean[end : end + 40].split()[:2]
    # A hyphen joins the city into a longer name ("Fédération Wallonie-Bruxelles").
    compound = clean[start - 1 : start] == "-" or clean[end : end + 1] == "-"
    return (
        compound or bool(_ADDRESS_LINE.search(line)) or any(_seat_words().match(w) for w in after)
    )


def _in_prose(clean: str, start: int, end: int) -> bool:
    """A city inside a sentence: in news prose a city is mostly a venue or a seat, so only
    cities on short item lines (results, materials, headings) count."""
    line_start = clean.rfind("\n", 0, start) + 1
    line_end = clean.find("\n", end)
    line = clean[line_start : line_end if line_end != -1 else len(clean)].strip()
    return len(line) > 80 or bool(re.search(r"[.!?;:]\s", line + " "))


def _city_hits(clean: str, taken: list[tuple[int, int]]) -> list[Hit]:
    """Cities named as items of the project (a course, a plan, a pilot site on its own line):
    not in running text, a region name, an organisation's name or address, a venue, a
    co-funder line or a programme's name."""
    spans = _programme_spans(clean)
    out = []
    for hit in find_city_mentions(clean):
        if any(s <= hit.start < e for s, e in [*taken, *spans]):
            continue
        if (
            _in_prose(clean, hit.start, hit.end)
            or _in_entry(clean, hit.start, hit.end)
            or _is_seat(clean, hit.start)
            or _is_venue(clean, hit.start, hit.end)
            or _is_funder(clean, hit.start)
            or _is_payer(clean, hit.end)
        ):
            continue
        out.append(hit)
    return out


#: A news dateline after a place: "GRAZ, 3. März (APA) -", "Lugo, 12 dic.".
_DATELINE = re.compile(
    r"\s*[,/–-]\s*(?:\d{1,2}\.?\s*[^\W\d_]{3,}\.?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"[^\W\d_]{3,}\.?\s+\d{1,2}\b)"
)
_DATELINE_LEAD = 24  # characters a dateline may have before its place ("date 2020-11 ")


#: A news lead after its place and a dash: "TERAMO – La Provincia ha presentato ...".
_LEAD_DASH = re.compile(r"[ \t]*[–—][ \t]+[^\W\d_]")
_LEAD_LENGTH = 100  # characters of a lead after the dash: a sentence, not a title's half


def _is_dateline(clean: str, start: int, end: int) -> bool:
    """A place opening a news item's line with the date, or opening a long lead with a
    dash: where the news was written."""
    line_start = clean.rfind("\n", 0, start) + 1
    lead = clean[line_start:start]
    if not lead.strip() and _LEAD_DASH.match(clean, end):
        line_end = clean.find("\n", end)
        line_end = line_end if line_end != -1 else len(clean)
        # A teaser of another article ("X – Il presidente ha detto …") is cut short.
        if line_end - end >= _LEAD_LENGTH or clean[end:line_end].rstrip().endswith(("…", "...")):
            return True
    return (
        len(lead) <= _DATELINE_LEAD
        and not re.search(r"[^\W\d_]{3,}\s+[^\W\d_]{3,}\s*$", lead)
        and _DATELINE.match(clean, end) is not None
    )


#: An address line: a postcode ("33100", "43-300", "040 01"), a phone number or an e-mail.
_ADDRESS_MARK = re.compile(
    r"\b\d{4,5}\b|\b\d\d-\d{3}\b|\b\d{3} \d{2}\b|\+\d|@|\b(?:PC|CP|PLZ|CAP|T\.K\.)\s*\d"
)


@lru_cache(maxsize=1)
def _house_number() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A house number right before a name, maybe with a street word ("76 Komninon", "8 rue
    de X"), or right after it ("Lipowa 12,", "Wiener Straße 12")."""
    from coopkg.extraction import labels

    street = r"(?:(?i:" + labels.alternation("street_words") + r")[ \t]+(?:[a-z]{1,5}[ \t]+)?)?"
    before = re.compile(r"(?:^|[\s,:])\d{1,3}[a-zA-Z]?,?[ \t]+" + street + r"$")
    after = re.compile(
        r"[ \t]+(?:(?i:" + labels.alternation("street_words") + r")[ \t]+)?"
        r"\d{1,3}[a-zA-Z]?(?:[,;/]|[ \t]*$)"
    )
    return before, after


def _is_street(clean: str, start: int, end: int) -> bool:
    """A place's name used as a street's on an address line ("Address: 76 Komninon, PC
    57013, ..."): next to a house number, on a line with a postcode, phone or e-mail."""
    line_start = clean.rfind("\n", 0, start) + 1
    line_end = clean.find("\n", end)
    line_end = len(clean) if line_end == -1 else line_end
    before, after = _house_number()
    numbered = before.search(clean[line_start:start]) or after.match(clean[end:line_end])
    rest = clean[line_start:start] + " " + clean[end:line_end]
    return bool(numbered) and _ADDRESS_MARK.search(rest) is not None


#: A page's first lines: where a site's masthead and menu stand.
_TOP_LINES = 4
_MENU_WORDS = (5, 12)
_MENU_PUNCTUATION = re.compile(r"[.,;:!?()\"'„“”«»/]")


@lru_cache(maxsize=4)
def _menu_lines(clean: str) -> tuple[tuple[int, int], ...]:
    """Spans of the menu runs among a page's first lines: five to twelve capitalised words
    and nothing else ("News Deventer Zwolle Kampen Sport Subscribe"), a menu whose wide
    gaps the reading lost; the towns there are the site's sections, not the project's."""
    out = []
    pos = 0
    seen = 0
    while pos < len(clean) and seen < _TOP_LINES:
        end = clean.find("\n", pos)
        end = len(clean) if end == -1 else end
        line = clean[pos:end]
        if line.strip():
            seen += 1
            words = [w for w in line.split() if w not in {"|", "–", "-", "·", "•"}]
            if (
                _MENU_WORDS[0] <= len(words) <= _MENU_WORDS[1]
                and not _MENU_PUNCTUATION.search(line)
                and all(w[0].isupper() for w in words)
                # A table's row ends with a country ("Provincie Zeeland Leadpartner NL").
                and not country_code(words[-1])
            ):
                out.append((pos, end))
        pos = end + 1
    return tuple(out)


def _in_menu(clean: str, start: int) -> bool:
    return any(s <= start < e for s, e in _menu_lines(clean))


def is_incidental(clean: str, start: int, end: int) -> bool:
    """Whether a place at ``clean[start:end]`` is named only in passing: inside a
    programme's name, as one event's venue, on a co-funder line, with its own amount, as
    a news item's dateline, in an address (a street, a building's premises) or in a
    site's menu."""
    return (
        any(s <= start and end <= e for s, e in _programme_spans(clean))
        or _is_venue(clean, start, end)
        or _is_funder(clean, start)
        or _is_payer(clean, end)
        or _is_dateline(clean, start, end)
        or _is_street(clean, start, end)
        or _is_premises(clean, start)
        or _in_menu(clean, start)
    )


_AREA_REACH = 80


def _programme_area(clean: str, start: int, kind: str) -> bool:
    """A cooperation area named as a programme: "les programmes Alcotra, Maritime, Espace
    alpin", "i programmi ... Spazio Alpino". An area shares its programme's name; after the
    noun "programme" (any language) in the same sentence it is the programme."""
    if not kind.startswith("area:"):
        return False
    from coopkg.extraction.titles import cue_alternation

    window = clean[max(0, start - _AREA_REACH) : start]
    window = re.split(r"[.!?;\n]\s", window)[-1]
    return re.search(cue_alternation("programme_nouns"), window, re.IGNORECASE) is not None


#: Words that join a generic word to a name ("Province of Antwerp", "Provincia di Asti").
_LINK_WORDS = frozenset({"of", "di", "de", "del", "della", "du", "des", "der", "von", "da", "do"})
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)(?![\w-])")


#: Compass adjectives that Romance languages write after a place's name for a part of it
#: ("Venezia orientale", "Sicilia occidentale", "Asturias oriental", "Alsace bossue" aside).
_COMPASS_AFTER = frozenset(
    {"orientale", "occidentale", "settentrionale", "meridionale", "oriental", "occidental",
     "septentrional", "septentrionale", "méridional", "méridionale", "meridional"}
)  # fmt: skip


def with_territory_noun(clean: str, end: int, name: str, languages: Sequence[str] = ()) -> str:
    """``name`` with the word for a county or region that follows it in the text
    ("Tartu" + "County", "Bihar" + "megye", "Královéhradecký" + "kraj"): the name of the
    territory as written, where the bare word may name a town too.

    >>> with_territory_noun("Vas County Government Office", 3, "Vas")
    'Vas County'
    >>> with_territory_noun("Tartu Municipality", 5, "Tartu")
    'Tartu'
    >>> with_territory_noun("il GAL Venezia orientale.", 14, "Venezia")
    'Venezia orientale'
    """
    m = _NEXT_WORD.match(clean, end)
    if m is None:
        return name
    word = m.group(1)
    if word in _COMPASS_AFTER:  # lower case: an adjective, not a capitalised name's word
        return f"{name} {word}"
    # In a case or adjective form too: "Bihar Megyei Tanács" names Bihar megye.
    forms = [word, *(r for r in readings(normalise_name(word), languages) if "~" not in r)]
    if any(concept_of(f) == "county" for f in forms):
        return f"{name} {word}"
    return name


#: A word for a county or province and its link word right before a name: "Provincia di ",
#: "Province of ", "Provincie ", "Comté de ".
_LEADING_NOUN = re.compile(
    r"(?<![\w-])([^\W\d_]+)[ \u00a0]+(?:(?:of|di|de|del|della|du|des|der|von|da|do)[ \u00a0]+"
    r"|d['’])$"
)


def with_leading_territory_noun(clean: str, start: int, name: str, kind: str) -> str:
    """``name`` with the word for a province or county and its link word written before it
    ("Provincia di" + "Asti"), where the region bears the name of a town of its country:
    the bare word names the town, the phrase the territory (as "Tartu County" does in
    :func:`with_territory_noun`).

    >>> with_leading_territory_noun("la Provincia di Asti e", 16, "Asti", "ITC17")
    'Provincia di Asti'
    >>> with_leading_territory_noun("la Provincia di Asti e", 16, "Asti", "area:x")
    'Asti'
    """
    from coopkg.records.gazetteer import region
    from coopkg.records.localities import localities_named
    from coopkg.records.organisation_terms import concept_of

    found = region(kind) if kind and not kind.startswith(("area:", "ambiguous:")) else None
    if found is None:
        return name
    m = _LEADING_NOUN.search(clean, max(0, start - 40), start)
    if m is None or concept_of(m.group(1)) != "county":
        return name
    country = {"EL": "GR", "UK": "GB"}.get(kind[:2], kind[:2])
    if country not in localities_named(name):
        return name
    return clean[m.start() : start] + name


_SHORT_WORD = re.compile(r"(?<![\w-])[^\W\d_]{2,3}(?![\w-])")
#: A county word right before a name, with or without a link word ("département du Var",
#: "Departement Ain", "județul Olt").
_COUNTY_BEFORE = re.compile(
    r"(?<![\w-])([^\W\d_]+)[ \u00a0]+(?:(?:of|di|de|del|della|du|des|der|von|da|do)[ \u00a0]+)?$"
)


def short_named_regions(
    clean: str, languages: Sequence[str] = (), taken: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """Regions with a name of two or three letters ("Vas", "Var", "Ain"), which running
    text is not searched for (too many words are that short), where a word for a county
    stands after or before it: "Vas County", "Vas megye", "département du Var".

    >>> [(h.value, h.kind) for h in short_named_regions("Vas County Government Office")]
    [('Vas', 'HU222')]
    >>> short_named_regions("Vas a plaisanté")
    []
    """
    from coopkg.records.gazetteer import regions_named
    from coopkg.records.organisation_terms import concept_of

    out = []
    for m in _SHORT_WORD.finditer(clean):
        word = m.group()
        if (
            not word[:1].isupper()
            or word.isupper()
            or any(s < m.end() and m.start() < e for s, e in taken)
        ):
            continue
        # The table first: few short words name a region, and reading the words around
        # each short word of a page would cost more.
        found = regions_named(word)
        if len(found) != 1:
            continue
        after = with_territory_noun(clean, m.end(), word, languages) != word
        lead = _COUNTY_BEFORE.search(clean, max(0, m.start() - 40), m.start())
        before = lead is not None and concept_of(lead.group(1)) == "county"
        if after or before:
            out.append(Hit(m.start(), m.end(), word, "places:short-name", 0.6, found[0].code))
    return out


def _short_form(name: str, kind: str) -> str:
    """The region's own name where ``name`` wraps it in a generic word ("Region Skåne",
    "Autonomous Province of Bolzano"): what a reader and the gazetteer call the place."""
    found = region(kind) if kind and not kind.startswith(("area:", "ambiguous:")) else None
    if found is None:
        return name
    folded = f" {_fold(name)} "

    def wrapper_only(inner: str) -> bool:
        rest = folded.replace(f" {inner} ", " ", 1).split()
        return bool(rest) and all(w in _LINK_WORDS or concept_of(w) for w in rest)

    inner = [
        n
        for n in found.names
        if len(_fold(n)) >= 4 and f" {_fold(n)} " in folded and wrapper_only(_fold(n))
    ]
    if not inner:
        return name
    # The shortest inner name, in the letters the text writes it in ("Skåne", where the
    # table also lists "Skane").
    short = _fold(min(inner, key=len)).split()
    words, folded_words = name.split(), _fold(name).split()
    if len(words) == len(folded_words):
        for i in range(len(words) - len(short) + 1):
            if folded_words[i : i + len(short)] == short:
                return " ".join(words[i : i + len(short)])
    return min(inner, key=len)


#: Compass words of the EU's languages that name a part of a country written next to it
#: ("norte de Portugal", "im Nordwesten Ungarns", "severovzhodna Slovenija",
#: "Pohjois-Suomen"). Whole words first, then stems that take case or gender endings.
_COMPASS_WORDS = (
    "north south east west nord sud süd ost est ouest ovest norte sur sul este oeste leste "
    "noord zuid oost norra södra östra västra syd øst vest észak kelet nyugat itä ida lõuna "
    "põhja lääne"
)
_COMPASS_STEMS = (
    "northern southern eastern western north-east north-west south-east south-west "
    "northeast northwest southeast southwest norden süden osten westen nordwest nordost "
    "südwest südost nördlich südlich östlich westlich nord-est nord-ouest sud-est sud-ouest "
    "nordest nordovest sudest sudovest settentrional meridional oriental occidental noroeste "
    "nordeste sudeste sudoeste sureste suroeste sever jih juh východ západ sjever jug vzhod "
    "zahod istok istoč zapad półn połud wschod zachod ziemeļ dienvid austrum rietum šiaur "
    "piet ryt vakar pohjois etelä länsi koillis kaakkois lounais luoteis βόρει νότι "
    "ανατολικ δυτικ северн южн източн западн"
)
_COMPASS = re.compile(
    r"(?<![\w-])(?:(?:"
    + "|".join(re.escape(w) for w in sorted(_COMPASS_WORDS.split(), key=len, reverse=True))
    + r")(?![\w-])|(?:"
    + "|".join(re.escape(w) for w in sorted(_COMPASS_STEMS.split(), key=len, reverse=True))
    + r")[^\W\d_]*)",
    re.IGNORECASE,
)
#: Every match of :data:`_COMPASS` starts with one of these (for :func:`labels.phrase_matches`).
_COMPASS_STARTS = tuple(_COMPASS_WORDS.split()) + tuple(_COMPASS_STEMS.split())


def _compass_before_a_name(clean: str) -> bool:
    """Whether a compass word stands right before a capitalised word somewhere (a cheap
    test before reading the text again in more languages)."""
    found = labels.phrase_matches(_COMPASS, clean, _COMPASS_STARTS)
    return any(_CAPITALISED_NEXT.match(clean, m.end()) for m in found)


_CAPITALISED_NEXT = re.compile(
    r"(?:\s+(?:of|the|de|do|da|du|di|del|della|des|der|la|le|el)){0,2}[\s-]+[^\W\d_a-zß]"
)

#: Words allowed between a compass word and the country ("norte de Portugal").
_COMPASS_LINK = re.compile(
    r"(?:\s+(?:of|the|de|do|da|du|di|del|della|des|der|la|le|el|d’|d')){0,2}\s+$|-$"
)


def part_of_country(
    clean: str, languages: Sequence[str] = (), taken: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """Parts of a country named by a compass word next to the country's name, as written
    ("im Nordwesten Ungarns" -> "Nordwesten Ungarns", "Pohjois-Suomen").

    >>> [h.value for h in part_of_country("Partners from the north of Portugal.")]
    ['north of Portugal']
    >>> [h.value for h in part_of_country("Das Projekt im Nordwesten Ungarns.", ["de"])]
    ['Nordwesten Ungarns']
    """
    from coopkg.extraction.mentions import country_mentions

    out = []
    for country in country_mentions(clean, languages):
        if any(s < country.end and country.start < e for s, e in taken):
            continue
        window = clean[max(0, country.start - 40) : country.start]
        link = _COMPASS_LINK.search(window)
        if link is None:
            continue
        before = window[: link.start()]
        matches = list(_COMPASS.finditer(before))
        compass = matches[-1] if matches else None
        if compass is None or compass.end() != len(before):
            continue
        if len(compass.group()) <= 3 and not link.group().strip():
            continue  # "est", "sur", "sul" are also words: only "est de la France" counts
        start = country.start - len(window) + compass.start()
        out.append(Hit(start, country.end, clean[start : country.end], "places:compass", 0.7))
    return out


#: Zipf frequency (wordfreq) from which a translated one-word name is a common word.
_COMMON_TRANSLATION_ZIPF = 4.0


def _common_translation(written: str, languages: Sequence[str]) -> bool:
    """Whether a region name that only a translation gives is a common word of the text's
    language ("Зала 2": a hall, not Zala county)."""
    key = normalise_name(written)
    if key not in translated_names():
        return False
    return _is_word(written.lower(), tuple(languages))


@lru_cache(maxsize=4096)
def _is_word(word: str, languages: tuple[str, ...]) -> bool:
    from coopkg.extraction.wordlists import zipf_frequencies

    return any(z >= _COMMON_TRANSLATION_ZIPF for z in zipf_frequencies(word, languages))


#: A capitalised word inside a sentence, with its link word, right before a name:
#: "Agencija Zeleni | Kras", "Eurocidade da Foz do | Minho".
_NAME_HEAD = re.compile(
    r"(?<=[^\W\d_]\s)([^\W\d_]+)\s(?:(?:do|da|de|di|del|du|des|der|von|van|nad|pod)\s)?$"
)

#: German nouns for protected areas and regions, capitalised like any German noun, that
#: put a landscape after them rather than make it part of a longer name.
_AREA_NOUNS = frozenset(
    {"nationalpark", "naturpark", "geopark", "biosphärenpark", "region", "regionen", "raum"}
)


def _inside_longer_name(clean: str, start: int, languages: Sequence[str]) -> bool:
    """A landscape's name that ends a longer proper name ("Foz do Minho", a town; "Zeleni
    Kras", an agency): the text names that town or organisation, not the landscape.
    German capitalises every noun ("die Ursaurier des Gailtals"): there a capital says
    nothing, and the name counts."""
    if tuple(languages[:1]) == ("de",):
        return False
    m = _NAME_HEAD.search(clean, max(0, start - 40), start)
    return bool(m and m.group(1)[:1].isupper() and m.group(1).lower() not in _AREA_NOUNS)


#: Nouns after which Polish writes a voivodeship's adjectival name in lower case
#: ("województwo śląskie", "w województwie małopolskim", "województwa opolskiego").
_PROVINCE_NOUN = re.compile(r"(?<!\w)(?i:województw[a-z]*)\s+(?=[a-ząćęłńóśźż])")


def capitalise_after_province_nouns(clean: str) -> str:
    """``clean`` with the lower-case name after a province noun capitalised, as the
    gazetteer's finders expect a proper name; the same length, so offsets hold.

    >>> capitalise_after_province_nouns("w województwie małopolskim i opolskim")
    'w województwie Małopolskim i opolskim'
    """
    if "ojewództw" not in clean:
        return clean
    out = list(clean)
    for m in _PROVINCE_NOUN.finditer(clean):
        out[m.end()] = out[m.end()].upper()
    return "".join(out)


def reading_languages(clean: str, languages: Sequence[str]) -> tuple[str, ...]:
    """The text's languages, then the languages of the countries it names that decline
    place names: a Slovene page writes its Croatian partners' places in Croatian
    ("sjeverozapadne Hrvatske"), a Hungarian one its Romanian partners' in Romanian.

    >>> reading_languages("Partnerji iz Hrvaške in Madžarske.", ["sl"])
    ('sl', 'hr', 'hu')
    """
    from coopkg.extraction.mentions import country_mentions

    out = list(dict.fromkeys(languages))
    for hit in country_mentions(clean, languages):
        for lang in own_languages(str(hit.value)):
            if lang in ENDINGS and lang not in out:
                out.append(lang)
    return tuple(out)


def _foreign_case_forms(
    clean: str, languages: Sequence[str], taken: Sequence[tuple[int, int]]
) -> list[Hit]:
    """Regions of a named country written in a case form of that country's language
    ("Województwa Śląskiego" in a German page about a Polish partner): read with that
    language's endings, and kept only for the regions of the countries speaking it, so
    that a foreign ending never turns a word of the text (an Italian surname) into a
    place."""
    out: list[Hit] = []
    for lang in reading_languages(clean, languages)[len(set(languages)) :]:
        spans = [*taken, *((h.start, h.end) for h in out)]
        for hit in find_inflected_region_mentions(clean, (lang,), spans):
            kind = hit.kind or ""
            code = {"EL": "GR", "UK": "GB"}.get(kind[:2], kind[:2])
            if kind[:2].isupper() and lang in own_languages(code):
                out.append(hit)
    return out


def _resolved_by_the_text(hits: Sequence[Hit]) -> dict[str, str]:
    """Ambiguous kinds that another mention of the text settles: "Koroška (Kärnten)" names
    the Austrian Land, not the Slovene region of the same name, and is one region, once.

    >>> _resolved_by_the_text([Hit(0, 7, "Koroška", "x", 1, "ambiguous:AT21,SI034"),
    ...                        Hit(14, 21, "Kärnten", "x", 1, "AT21")])
    {'ambiguous:AT21,SI034': 'AT21'}
    """
    plain = {h.kind for h in hits if h.kind and not h.kind.startswith("ambiguous:")}
    out: dict[str, str] = {}
    for h in hits:
        if h.kind and h.kind.startswith("ambiguous:"):
            named = [c for c in h.kind.split(":", 1)[1].split(",") if c in plain]
            if len(named) == 1:
                out[h.kind] = named[0]
    return out


def find_regions(clean: str, languages: Sequence[str] = ()) -> list[tuple[Hit, str]]:
    """(hit, name) of the regions named in ``clean``, first appearance first, unique.

    In a language that declines names, case forms count too ("Pohjois-Pohjanmaan" is
    Pohjois-Pohjanmaa, "Περιφέρεια Ηπείρου" is Epirus), and so do border areas named by
    their countries ("the Czech-Polish border area", :mod:`coopkg.extraction.border_areas`)
    and areas an area noun names ("mikroregion X", :mod:`coopkg.extraction.named_areas`).
    A region all of whose mentions are inside a programme name, one event's venue or on a
    co-funder line is left out.
    """
    from coopkg.extraction.border_areas import border_areas
    from coopkg.extraction.named_areas import named_areas, suffix_areas
    from coopkg.records.gazetteer import (
        find_inflected_region_mentions,
        find_region_mentions,
        latin_name,
    )

    spans = _programme_spans(clean)
    grouped: dict[str, list[tuple[Hit, str, bool]]] = {}
    order: list[str] = []
    named = capitalise_after_province_nouns(clean)
    regions = find_region_mentions(named)
    regions += find_inflected_region_mentions(named, languages, [(h.start, h.end) for h in regions])
    regions += _foreign_case_forms(named, languages, [(h.start, h.end) for h in regions])
    regions += part_of_country(clean, languages, [(h.start, h.end) for h in regions])
    if _compass_before_a_name(clean):
        # A compass word before a capitalised word: the country may be in the case of a
        # named country's own language ("sjeverozapadne Hrvatske" in a Slovene page).
        reading = reading_languages(clean, languages)
        if len(reading) > len(set(languages)):
            regions += part_of_country(clean, reading, [(h.start, h.end) for h in regions])
    regions += [
        h
        for h in border_areas(clean, languages)
        if not any(r.start < h.end and h.start < r.end for r in regions)
    ]
    regions += named_areas(clean, [(h.start, h.end) for h in regions], languages)
    regions += suffix_areas(clean, languages, [(h.start, h.end) for h in regions])
    regions += short_named_regions(clean, languages, [(h.start, h.end) for h in regions])
    cities = _city_hits(clean, [(h.start, h.end) for h in regions])
    resolved = _resolved_by_the_text([*regions, *cities])
    for hit in sorted([*regions, *cities], key=lambda h: h.start):
        kind = resolved.get(hit.kind or "", hit.kind or "")
        if len(kind) == 2 and kind.isalpha():  # NUTS 0: a country, not a region
            continue
        # A word for a county after it ("Bihar megye") makes even a common word a territory.
        value = str(hit.value)
        if (
            _common_translation(value, languages)
            and with_territory_noun(clean, hit.end, value, languages) == value
        ):
            continue
        name = _short_form(canonical_name(str(hit.value), kind), kind)
        if kind and not kind.startswith(("area:", "ambiguous:")) and not _is_latin(name):
            # Greek and Cyrillic names are given in Latin letters, the region's English
            # name first ("Περιφέρεια Ηπείρου" -> "Epirus").
            name = latin_name(kind) or name
        elif name == str(hit.value):
            name = with_leading_territory_noun(clean, hit.start, name, kind)
        key = kind if kind and not kind.startswith("ambiguous:") else _fold(name)
        incidental = (
            any(s <= hit.start and hit.end <= e for s, e in spans)
            or _is_venue(clean, hit.start, hit.end)
            or _is_funder(clean, hit.start)
            # A part of a country named by a compass word ("University of Eastern
            # Finland") is no town the institution is named after.
            or (
                _is_seat(clean, hit.start, of_place=hit.rule != "places:compass")
                and not _is_large(kind)
            )
            or _is_payer(clean, hit.end)
            or _is_dateline(clean, hit.start, hit.end)
            or _is_street(clean, hit.start, hit.end)
            or _is_premises(clean, hit.start)
            or _programme_area(clean, hit.start, kind)
            or _in_menu(clean, hit.start)
            or (
                kind.startswith("area:landscape-")
                and _inside_longer_name(clean, hit.start, languages)
            )
        )
        if key not in grouped:
            order.append(key)
        if kind != (hit.kind or ""):
            hit = replace(hit, kind=kind)  # the kind another mention settled
        grouped.setdefault(key, []).append((hit, name, incidental))
    out: list[tuple[Hit, str]] = []
    seen: set[str] = set()
    for key in order:
        mentions = grouped[key]
        if all(incidental for _, _, incidental in mentions):
            continue
        hit, name, _ = next(m for m in mentions if not m[2])
        keys = {_fold(name), key}
        if keys & seen:
            continue
        seen.update(keys)
        out.append((hit, name))
    return [(h, n) for h, n in out if not _part_of_its_parent(h, n, out)]


def _part_of_its_parent(hit: Hit, name: str, found: Sequence[tuple[Hit, str]]) -> bool:
    """A region whose name is a word of its parent region's name, also found: a fragment
    of the parent's name ("León" out of "Castilla y León" written in another spelling),
    not a region of its own."""
    kind = hit.kind or ""
    if not kind[:2].isupper() or len(kind) <= 2:
        return False
    words = f" {_fold(name)} "
    return any(
        (other.kind or "") != kind
        and kind.startswith(other.kind or "-")
        and words in f" {_fold(other_name)} "
        for other, other_name in found
    )
