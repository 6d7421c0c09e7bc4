"""The record assembler: one notice in, one :class:`~coopkg.records.ProjectRecord` out.

It classifies the notice's lines (:mod:`coopkg.extraction.layout`), runs every finder on the
masked text (dates, money, counts from their own modules; titles, status, programme,
partners, places and free-text fields from the helpers next to this module), keeps one
value per field and records an :class:`~coopkg.records.Evidence` for every value, listing
inferred fields in ``derived``. It is pure: ``today`` (for the status) is passed in, and it
knows nothing about RDF.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

import ahocorasick

from coopkg.extraction import (
    candidates,
    count_parts,
    labels,
    partners,
    places,
    programme,
    prose,
    reliability,
    sections,
    status,
    titles,
    whole_lists,
)
from coopkg.extraction.layout import Layout, layout
from coopkg.extraction.mentions import COMPOUND, country_mentions
from coopkg.read.offsets import with_file_spans
from coopkg.records import Evidence, Indicator, Notice, ProjectRecord
from coopkg.records.hits import Hit
from coopkg.records.vocab import fold

#: Field order of the record, used to sort explanations.
FIELD_ORDER = tuple(f.name for f in fields(ProjectRecord))
DERIVED_CONFIDENCE = 0.5
#: The smallest amount read as a project's budget or EU share (small-project funds start
#: at a few thousand euros).
MIN_PROJECT_EUR = 1000.0
#: An EU amount at least this sure (a label or the fund named) may give a derived total.
CLEAR_EU = 0.7
_LANG_SECTIONS = (
    "furniture",
    "link_labels",
    "status_badges.finished",
    "status_badges.ongoing",
    "partner_labels.lead",
    "partner_labels.partner",
    "page_labels",
    "result_labels",
)


@dataclass(slots=True)
class _Draft:
    """Values and evidence collected while assembling one record (local, never shared)."""

    text: str
    values: dict[str, object] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)

    def put(
        self,
        name: str,
        value: object,
        hit: Hit | None,
        *,
        derived: bool = False,
        shown: object = None,
    ) -> None:
        self.values[name] = value
        if hit is not None:
            self.note(name, shown if shown is not None else value, hit, derived=derived)
        if derived and name not in self.derived:
            self.derived.append(name)

    def note(self, name: str, value: object, hit: Hit, *, derived: bool = False) -> None:
        start, end = max(0, hit.start), max(0, min(hit.end, len(self.text)))
        confidence = min(hit.confidence, DERIVED_CONFIDENCE) if derived else hit.confidence
        self.evidence.append(
            Evidence(
                name, str(value), start, end, self.text[start:end], hit.rule, confidence, derived
            )
        )


# ------------------------------------------------------------------ languages


@lru_cache(maxsize=1)
def _language_cues() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(language, phrase's first word in lower case, compiled phrase) of the phrases only
    one language uses.

    Compiled once: building them per notice thrashed the re module's cache.
    """
    cues: list[tuple[str, str, re.Pattern[str]]] = []
    for name in _LANG_SECTIONS:
        owners: dict[str, set[str]] = {}
        for lang, items in labels.phrases_by_language(name).items():
            for p in items:
                owners.setdefault(p.lower(), set()).add(lang)
        for phrase, langs in owners.items():
            if len(langs) == 1:
                pattern = re.compile(labels.phrase_pattern(phrase), re.IGNORECASE)
                cues.append((next(iter(langs)), phrase.split()[0], pattern))
    return tuple(cues)


@lru_cache(maxsize=1)
def _cue_first_words() -> tuple[
    ahocorasick.Automaton, dict[str, tuple[tuple[str, str, re.Pattern[str]], ...]]
]:
    """The cues' first words, folded (:func:`labels.fold_case`), in one automaton, and the cues of
    each folded first word: a single pass over a page finds where each occurs, where
    testing a thousand words one by one cost a twelfth of the extraction."""
    automaton = ahocorasick.Automaton()
    by_key: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    for cue in _language_cues():
        key = labels.fold_case(cue[1]) or cue[1]
        automaton.add_word(key, key)
        by_key.setdefault(key, []).append(cue)
    automaton.make_automaton()
    return automaton, {k: tuple(v) for k, v in by_key.items()}


def _page_language(text: str) -> str | None:
    """The language of the page's labels: the language whose own labels occur most."""
    votes: Counter[str] = Counter()
    lowered = text.lower()
    automaton, cues = _cue_first_words()
    folded = labels.fold_case(text)
    if folded is not None:
        # A cue can only match where its first word starts: matching there instead of
        # searching the whole page once per cue.
        starts: dict[str, list[int]] = {}
        for end, key in automaton.iter(folded) if len(automaton) else ():
            starts.setdefault(key, []).append(end - len(key) + 1)
        for key, at in starts.items():
            for lang, first, pattern in cues[key]:
                # The phrase's first word as it stands first: most phrases are absent.
                if any(lowered.startswith(first, i) for i in at) and any(
                    pattern.match(text, i) for i in at
                ):
                    votes[lang] += 1
    else:
        for lang, first, pattern in _language_cues():
            if first in lowered and pattern.search(text):
                votes[lang] += 1
    if not votes:
        return None
    ranked = [*votes.most_common(2), ("", 0)]
    return ranked[0][0] if ranked[0][1] > ranked[1][1] else None


def _languages(lay: Layout, desc: Hit | None) -> tuple[str | None, str | None]:
    from coopkg.read.language import detect_language

    body = str(desc.value) if desc else lay.clean
    language = detect_language(body) if body.strip() else None
    page = _page_language(lay.text)
    return language, (page if page and page != language else None)


# ------------------------------------------------------------------ field families


def _titles(d: _Draft, lay: Layout, langs: Sequence[str]) -> None:
    title, acronym = titles.find_title_and_acronym(lay, langs)
    d.put("title", title.value if title else None, title)
    d.put("acronym", acronym.value if acronym else None, acronym)


def _dates_and_status(d: _Draft, lay: Layout, langs: Sequence[str], today: dt.date) -> None:
    from coopkg.extraction.dates import day_precise, find_project_dates

    start, end = find_project_dates(lay.clean, langs)
    # Month-only dates are not recorded (no day stated) but still inform a derived status.
    for name, hit in (("start_date", day_precise(start)), ("end_date", day_precise(end))):
        d.put(name, hit.value if hit else None, hit, shown=hit.value.isoformat() if hit else None)
    stated = status.stated_status(lay)
    if stated:
        d.put("status", stated.value, stated)
        return
    derived = status.derive_status(
        start.value if start else None, end.value if end else None, today
    )
    if derived:
        anchor = end or start
        d.put("status", derived, replace(anchor, rule="status:derived-from-dates"), derived=True)  # type: ignore[arg-type]
    else:
        d.values["status"] = None


def _programme(d: _Draft, lay: Layout, langs: Sequence[str] = ()) -> None:
    found = programme.find_programme(lay.clean, lay.text, tuple(langs))
    if found is None:
        stated = programme.find_stated_period(lay.clean, tuple(langs))
        if stated is not None:
            d.put("period", stated.value, stated)
        return
    d.put("programme", found.name.value, found.name)
    d.put("programme_id", found.programme_id, found.name if found.programme_id else None)
    period = found.period or programme.prose_period(lay.clean)
    if period:
        d.put(
            "period", period.value, period, derived=found.period_derived and period is found.period
        )


#: An amount this sure has a label or a fund of its own; below, a generic word ("budget").
LABELLED_AMOUNT = 0.7


def _hedged_last(hit: Hit) -> tuple[bool, bool, int]:
    return hit.rule.endswith(":approximate"), hit.confidence < LABELLED_AMOUNT, hit.start


def _money(
    d: _Draft,
    lay: Layout,
    langs: Sequence[str],
    plist: list[partners.PartnerHit],
    spans: Sequence[tuple[int, int]],
) -> list[partners.PartnerHit]:
    from coopkg.extraction.money import (
        FACT_CONFIDENCE,
        find_amounts,
        find_bracketed_eu_share,
        find_cofinancing_rate,
        find_rate_amount_pair,
    )

    # Money inside a partner's own block or table row (``spans``) is that partner's, not
    # the project's.
    def outside(h: Hit | None) -> bool:
        return h is None or not any(s <= h.start < e for s, e in spans)

    pair = find_rate_amount_pair(lay.clean)
    pair = pair if pair is None or (outside(pair[0]) and outside(pair[1])) else None
    rate = find_cofinancing_rate(lay.clean, langs)
    rate = rate if outside(rate) else None
    amounts = [h for h in find_amounts(lay.clean, langs) if outside(h)]
    # Approximate amounts ("rund 2 Mio.") stay below FACT_CONFIDENCE: not stated as facts.
    # A project's budget or EU share is never a few hundred euros: "65" or "204" read as
    # one is a fragment of a longer figure, a unit price or a percentage's number.
    facts = [
        h for h in amounts if h.confidence >= FACT_CONFIDENCE and float(h.value) >= MIN_PROJECT_EUR
    ]
    # The first of each kind, a labelled figure before a generic one and an exact one before
    # a hedged one:
    # "Budget total 598 500 €" after the partners' "Budget EAM 358 500 €" rows, "Geplande
    # projectkosten 4.834.690,00 €" after "ca. 0,6 miljoen" for a part of the work.
    eu = min((h for h in facts if h.kind == "eu_funding"), key=_hedged_last, default=None)
    total = min((h for h in facts if h.kind == "total_budget"), key=_hedged_last, default=None)
    if pair is not None:
        rate = rate or pair[0]
        eu = eu or pair[1]
    # "of which 80% (1 200 000 EUR) is paid by the ERDF": a share and its amount.
    share = find_bracketed_eu_share(lay.clean, langs)
    if share is not None and outside(share[0]) and outside(share[1]):
        rate = rate or share[0]
        eu = eu or share[1]
    if rate is not None:
        d.put("cofinancing_rate", round(float(rate.value), 6), rate)
    if eu is not None:
        d.put("eu_funding_eur", float(eu.value), eu)
    if total is not None:
        d.put("total_budget_eur", float(total.value), total)
    # Derived money: only from a stated rate and one stated amount, marked as derived; a
    # total only from an amount that is clearly the EU contribution (a labelled one).
    r = float(rate.value) if rate is not None else 0.0
    if 0 < r <= 1 and eu is not None and total is None and eu.confidence >= CLEAR_EU:
        d.put("total_budget_eur", round(float(eu.value) / r, 2), eu, derived=True)
    elif 0 < r <= 1 and total is not None and eu is None:
        d.put("eu_funding_eur", round(float(total.value) * r, 2), total, derived=True)
    out = list(plist)
    for h in amounts:
        if h.kind != "partner_budget" or not h.subject:
            continue
        i = partners.match_subject(h.subject, [p.partner for p in out])
        if i is None:
            continue
        p = out[i].partner
        aliases = p.aliases
        if partners.name_key(h.subject) != partners.name_key(p.name) and h.subject not in aliases:
            aliases = (*aliases, h.subject.strip())
        out[i] = replace(
            out[i], partner=replace(p, partner_budget_eur=float(h.value), aliases=aliases)
        )
        d.note("partner_budget_eur", f"{p.name}: {h.value}", h)
    return out


def _partners(d: _Draft, plist: list[partners.PartnerHit]) -> None:
    for h in plist:
        d.note(
            "partners",
            h.partner.name,
            Hit(h.start, h.end, h.partner.name, h.rule, h.partner.confidence),
        )
    d.values["partners"] = tuple(
        replace(h.partner, country_derived=True)
        if h.country_derived and h.partner.country
        else h.partner
        for h in plist
    )


def _partner_count(
    d: _Draft,
    lay: Layout,
    langs: Sequence[str],
    listed: list[partners.PartnerHit],
    found: Sequence[partners.PartnerHit] = (),
) -> None:
    """The stated partner count, else a list heading's, else the length of the list
    ``listed`` when :func:`reliability.countable_list` allows it (``found``: every partner
    of the record)."""
    from coopkg.extraction.quantities import find_partner_count

    stated = find_partner_count(lay.clean, langs)
    heading = partners.heading_count(lay)
    # Associated and advisory partners are not counted as project partners.
    counted = [h for h in listed if h.partner.role in (None, "lead", "partner")]
    second = (
        count_parts.second_part(lay.clean, stated.end)
        if stated is not None and stated.rule in ("count:noun", "count:noun-stem")
        else None
    )
    if stated is not None and second is not None:
        # "five partners from A and four from B": the sum of the parts, inferred.
        total = int(stated.value) + second
        hit = Hit(stated.start, stated.end, total, "count:noun-parts", stated.confidence)
        d.put("partner_count", total, hit, derived=True)
    elif stated is not None:
        d.put("partner_count", int(stated.value), stated)
    elif heading is not None:
        n, start, end = heading
        d.put("partner_count", n, Hit(start, end, n, "partner_count:heading", 0.9))
    elif counted and reliability.countable_list(counted, found):
        first, last = counted[0], counted[-1]
        hit = Hit(
            first.start, last.end, len(counted), "partner_count:list-length", DERIVED_CONFIDENCE
        )
        d.put("partner_count", len(counted), hit, derived=True)
    elif not counted and (whole := whole_lists.whole_in_prose(lay.clean, found)):
        # The partners named in prose, when the sentences naming them close on them.
        first, last = whole[0], whole[-1]
        hit = Hit(first.start, last.end, len(whole), "partner_count:prose-list", DERIVED_CONFIDENCE)
        d.put("partner_count", len(whole), hit, derived=True)


def _countries(
    d: _Draft,
    plist: list[partners.PartnerHit],
    stated: Sequence[Hit] = (),
    area: Sequence[Hit] = (),
) -> None:
    codes: list[str] = []
    all_derived = True
    # A country read off a partner's place ("Lodzkie Region") is not written in the text:
    # derived, and only when the text writes no country at all (as the programme's below).
    read_off = [h for h in plist if h.partner.country and h.country_derived]
    for h in plist:
        code = h.partner.country
        if code and not h.country_derived and code not in codes:
            codes.append(code)
            d.note(
                "countries",
                code,
                Hit(h.start, h.end, code, f"countries:{h.rule}", h.partner.confidence),
            )
            all_derived = False
    # Countries the prose states for the partnership ("7 paesi: Italia, ...", "franco-suisse").
    # A compound of country names ("Interreg Spain-Portugal") names a programme's area:
    # derived, as the programme's countries below, unless the text states them otherwise.
    for s in sorted(stated, key=lambda h: h.rule == COMPOUND):
        if s.value not in codes:
            codes.append(str(s.value))
            d.note("countries", s.value, s, derived=s.rule == COMPOUND)
            all_derived = all_derived and s.rule == COMPOUND
    if not codes:
        for h in read_off:
            code = str(h.partner.country)
            if code not in codes:
                codes.append(code)
                hit = Hit(h.start, h.end, code, f"countries:{h.rule}", h.partner.confidence)
                d.note("countries", code, hit, derived=True)
    # Countries a cross-border programme's name states ("Interreg España-Portugal"), derived,
    # only when the text states none. Completing a stated country with the programme's other
    # one ("Interreg Bayern-Österreich" -> DE beside a stated AT) set a country the text does
    # not write beside those it does: on the written test sets 1 right against 5 wrong.
    if not codes:
        for a in area:
            if a.value not in codes:
                codes.append(str(a.value))
                d.note("countries", a.value, a, derived=True)
    d.values["countries"] = tuple(codes)
    if codes and all_derived:
        d.derived.append("countries")


def _programme_area(d: _Draft) -> list[Hit]:
    """Countries named by the programme the record found (see :func:`prose.programme_countries`)."""
    found = next((e for e in d.evidence if e.field == "programme"), None)
    if found is None:
        return []
    pid = d.values.get("programme_id")
    return prose.programme_countries(d.text, found.start, found.end, pid)  # type: ignore[arg-type]


def latin(name: str, language: str | None = None) -> str:
    """``name`` in Latin letters when it is written in another script, else unchanged.

    >>> latin("Русе"), latin("Ιωάννινα"), latin("Győr")
    ('Ruse', 'Ioannina', 'Győr')
    """
    if all(not c.isalpha() or "LATIN" in unicodedata.name(c, "LATIN") for c in name):
        return name
    from coopkg.records.gazetteer import romanise

    return romanise(name, language)


def _inflected(a: str, b: str) -> bool:
    """One place written twice, once inflected ("Maribor", "Mariboru")."""
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 5 and len(a) - common <= 2 and len(b) - common <= 2


def _territory_countries(countries: object, found: Sequence[tuple[Hit, str]]) -> list[str]:
    """The notice's countries and those of the NUTS regions it names: a text that names
    "Region Skåne" but no country still places its towns in Sweden (for finding them only;
    the record's countries stay those written)."""
    out = list(countries) if isinstance(countries, (list, tuple)) else []
    for hit, _ in found:
        kind = hit.kind or ""
        if len(kind) > 2 and kind[:2].isalpha() and kind[:2].isupper() and kind[2:3].isalnum():
            code = {"EL": "GR", "UK": "GB"}.get(kind[:2], kind[:2])
            if code not in out:
                out.append(code)
    return out


def _language_countries(langs: Sequence[str]) -> list[str]:
    """The countries whose first language the text is written in (English aside, which
    many write abroad): a Finnish news item names Finnish towns without naming Finland.
    Only towns of some size are looked up there (``towns_only`` of
    :func:`coopkg.extraction.localities.find_localities`)."""
    from coopkg.records.countries import NEIGHBOURHOOD, own_languages

    lang = {"no": "nb"}.get(langs[0], langs[0]) if langs else "en"
    if lang == "en":
        return []
    return [c for c in sorted(NEIGHBOURHOOD) if own_languages(c)[:1] == (lang,)]


def _elided_regions(
    clean: str, langs: Sequence[str], found: Sequence[tuple[Hit, str]]
) -> list[tuple[Hit, str]]:
    """Regions written with a shared part left out ("Pohjois-Suomen, -Ruotsin ja -Norjan",
    "Ober- und Niederösterreich"): each shortened member whose full name the region
    finders read whole, at the member's place in the text."""
    from coopkg.extraction.elisions import elided_names

    out: list[tuple[Hit, str]] = []
    for el in elided_names(clean):
        if any(h.start < el.end and el.start < h.end for h, _ in found) or places.is_incidental(
            clean, el.start, el.end
        ):
            continue
        for full in el.full:
            whole = [
                (h, name)
                for h, name in places.find_regions(full, langs)
                if h.start == 0 and h.end == len(full)
            ]
            if whole:
                h, name = whole[0]
                hit = Hit(el.start, el.end, h.value, h.rule + ":elided", h.confidence, h.kind)
                out.append((hit, name))
                break
    return out


def _municipal_names(
    clean: str, langs: Sequence[str], taken: Sequence[tuple[int, int]], known: Sequence[str]
) -> list[Hit]:
    """Places a municipal body names that the localities table lacks ("Szalacs Község"),
    unless a venue's or a programme's, or another spelling of a place found already
    ("Oreokastro" beside the table's "Oraiokastro")."""
    from difflib import SequenceMatcher

    from coopkg.extraction.municipal_names import municipal_names

    folded = [fold(k) for k in known]

    def alike(a: str, b: str) -> bool:
        # The quick ratios bound the ratio from above: most pairs fail them already.
        m = SequenceMatcher(None, a, b)
        return m.real_quick_ratio() >= 0.8 and m.quick_ratio() >= 0.8 and m.ratio() >= 0.8

    return [
        h
        for h in municipal_names(clean, langs, taken)
        if not places.is_incidental(clean, h.start, h.end)
        and not any(alike(fold(str(h.value)), k) for k in folded)
    ]


def _regions(d: _Draft, lay: Layout, langs: Sequence[str]) -> None:
    from coopkg.extraction.localities import find_localities, lower_case_words

    found = places.find_regions(lay.clean, langs)
    if elided := _elided_regions(lay.clean, langs, found):
        found = sorted([*found, *elided], key=lambda pair: pair[0].start)
    taken = [(hit.start, hit.end) for hit, _ in found]
    countries = d.values.get("countries") or ()
    small = find_localities(
        lay.clean,
        _territory_countries(countries, found),
        langs,
        taken,
        towns_only=_language_countries(langs),
    )
    small += _municipal_names(
        lay.clean,
        langs,
        [*taken, *((h.start, h.end) for h in small)],
        [*(name for _, name in found), *(str(h.value) for h in small)],
    )
    # A region whose name a town's holds ("Douro" in "Miranda do Douro") is that town.
    found = [
        (hit, name)
        for hit, name in found
        if not any(h.start <= hit.start and hit.end <= h.end for h in small)
    ]
    names: list[str] = []
    seen: set[str] = set()
    lang = langs[0] if langs else None
    # A one-word name the text also writes in lower case is a word there ("cross-border"
    # and the Irish region Border).
    lower = lower_case_words(lay.clean)
    for hit, written in [*found, *((h, str(h.value)) for h in small)]:
        if " " not in written and written.lower() in lower:
            continue
        # The graph and the gold write regions in Latin letters ("Русе" -> "Ruse").
        name = latin(places.with_territory_noun(lay.clean, hit.end, written, langs), lang)
        # A slash joins one place's names in two languages ("Narva/Narova"): either name
        # written alone later is the same place.
        key = " ".join(fold(name).replace("/", " ").split())
        # "Rosal" after "O Rosal": the same place, its article dropped; "San Lorenzo" and
        # "San Lorenzo al Mare": the same place, once in short.
        # A town named by a word of a region's name found already ("Leon" in "Castilla y
        # León Region"): a fragment of that name.
        fragment = hit.rule.startswith("localities") and any(
            f" {key} " in f" {other} " for other in seen
        )
        if (
            fragment
            or key in seen
            or any(
                _inflected(key, other)
                or other.endswith(" " + key)
                or other.startswith(key + " ")
                or key.startswith(other + " ")
                for other in seen
            )
        ):
            continue
        seen.add(key)
        names.append(name)
        d.note("regions", name, hit)
    d.values["regions"] = tuple(names)


def _free_text(d: _Draft, lay: Layout, langs: Sequence[str], desc: Hit | None) -> None:
    from coopkg.extraction.quantities import find_indicators

    theme_hits = sections.themes(lay, langs)
    for h in theme_hits:
        d.note("themes", h.value, h)
    d.values["themes"] = tuple(str(h.value) for h in theme_hits)
    result_hits = sections.results(lay)
    for h in result_hits:
        d.note("results", h.value, h)
    d.values["results"] = tuple(str(h.value) for h in result_hits)
    site = sections.website(
        lay,
        d.values.get("acronym"),  # type: ignore[arg-type]
        d.values.get("title"),  # type: ignore[arg-type]
    )
    d.put("website", site.value if site else None, site)
    indicators = find_indicators(lay.clean, langs[0] if langs else None)
    for h in indicators:
        d.note("indicators", getattr(h.value, "label", h.value), h)
    d.values["indicators"] = tuple(h.value for h in indicators if isinstance(h.value, Indicator))
    d.put(
        "description",
        desc.value if desc else None,
        desc,
        shown=str(desc.value)[:80] if desc else None,
    )


# ------------------------------------------------------------------ public


def extract_record(notice: Notice, *, today: dt.date | None = None) -> ProjectRecord:
    """Read one notice into a project record with evidence for every value.

    ``today`` decides a status derived from dates (default: the current date).
    """
    today = today or dt.date.today()
    lay = layout(notice.text)
    d = _Draft(notice.text)
    desc = sections.description(lay)
    language, page_language = _languages(lay, desc)
    d.values["language"], d.values["page_language"] = language, page_language
    langs = tuple(x for x in (language, page_language) if x)
    _titles(d, lay, langs)
    _dates_and_status(d, lay, langs, today)
    _programme(d, lay, langs)
    blocks = partners.partner_blocks(lay)
    listed = partners.merge(partners.listed_partners(lay, blocks, candidates.opens_partner_list))
    plist = list(listed)
    owner = partners.footer_partner(lay)
    if owner is not None and not partners.is_listed(owner.partner, [p.partner for p in plist]):
        plist.append(owner)
    in_prose = prose.prose_partners(lay.clean)
    for extra in in_prose:
        if not partners.is_listed(extra.partner, [p.partner for p in plist]):
            plist.append(extra)
    plist = partners.lead_from_prose(plist, in_prose)
    # The model decides among the rule hits and the structure's other candidates.
    plist = candidates.partner_hits(
        lay, plist, d.values.get("title"), d.values.get("acronym"), d.values.get("programme")
    )
    plist = reliability.confident_partners(plist)
    plist = _money(d, lay, langs, plist, partners.block_spans(blocks))
    _partners(d, plist)
    _partner_count(d, lay, langs, partners.countable(listed, plist), plist)
    stated = [*prose.prose_countries(lay.clean), *country_mentions(lay.clean, langs)]
    _countries(d, plist, stated, _programme_area(d))
    _regions(d, lay, langs)
    _free_text(d, lay, langs, desc)
    known = {f.name for f in fields(ProjectRecord)}
    values = {k: v for k, v in d.values.items() if k in known}
    return ProjectRecord(
        source=notice.source,
        sha256=notice.sha256,
        derived=tuple(dict.fromkeys(d.derived)),
        # Provenance points into the file as read, not only the normalised text.
        evidence=with_file_spans(
            notice,
            sorted(
                d.evidence,
                key=lambda e: (
                    FIELD_ORDER.index(e.field) if e.field in FIELD_ORDER else len(FIELD_ORDER),
                    e.start,
                ),
            ),
        ),
        **values,  # type: ignore[arg-type]
    )


def explain(record: ProjectRecord, notice: Notice) -> list[tuple[str, str, str, str, float]]:
    """(field, value, quote with context, rule, confidence) rows, in record field order."""
    rows = []
    text = notice.text
    for e in record.evidence:
        left = text[max(0, e.start - 30) : e.start].replace("\n", " ")
        right = text[e.end : e.end + 30].replace("\n", " ")
        quote = f"…{left}[{text[e.start : e.end]}]{right}…".replace("\n", " ")
        rule = e.rule + (" (derived)" if e.derived else "")
        rows.append((e.field, e.value, quote, rule, e.confidence))
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    rows.sort(key=lambda r: order.get(r[0], len(order)))
    return rows
