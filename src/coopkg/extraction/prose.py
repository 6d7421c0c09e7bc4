"""Partners and countries stated in running text (news items, partner web pages).

Reads, conservatively, only what a sentence states with an explicit cue:

* a partner with its role: "Capofila è la Fundación X", "la Diputación de Teruel es el socio
  líder", "Gmina Pieńsk jako Partner Wiodący", "X, die das Projekt leitet", "X liderará el
  proyecto", and a prose list "tra i partner figurano A, B e C";
* countries: a counted list ("9 partner di 7 paesi: Italia, Spagna, ..."), partners "from"
  countries ("socios de Francia, Portugal, Serbia") and cross-border compounds of country
  adjectives ("frontière franco-suisse", "deutsch-polnisches Zentrum", "Dutch-German").

It must not read a person, a host or a venue as a partner (no role cue, no partner), nor a
programme's area ("Interreg Italia-Österreich", "zona fronteriza España-Francia-Andorra"
are names of countries, not adjectives) as the project's countries. Cue words live in
``data/labels.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from coopkg.extraction import labels
from coopkg.extraction.partners import (
    PartnerHit,
    ends_with_legal_form,
    is_person,
    place_country,
    vocab_alternation,
    vocab_words,
)
from coopkg.records import Partner
from coopkg.records.hits import Hit

PROSE_CONFIDENCE = 0.7
_NAME_TOKEN = r"[\w'’.&\-–]+"
_MAX_NAME_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?;]\s|[.!?;]$|\n")


def _alt(name: str) -> str:
    return labels.alternation(name)


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    return frozenset(p.lower() for p in labels.phrases("name_connectors"))


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _strip_articles(name: str) -> str:
    pat = re.compile(r"^(?:(?:" + _alt("name_articles") + r")\s*)+", re.IGNORECASE)
    out = pat.sub("", name).strip()
    out = re.sub(r"^[lL]['’]\s*", "", out)
    return out.strip(" ,–-")


def _clean_name(raw: str) -> str | None:
    """A name run without articles and trailing connectors, or None if it is no name."""
    words = raw.split()
    while words and words[-1].lower().strip(",") in _connectors():
        words.pop()
    name = _strip_articles(" ".join(words)).strip(" ,")
    capitals = [w for w in name.split() if _is_name_word(w)]
    if not capitals or not _is_name_word(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    # One capitalised word alone ("Teruel", "DPT") is a place or an abbreviation.
    return name if len(name.split()) >= 2 else None


def _name_before(text: str, end: int) -> tuple[int, str] | None:
    """The organisation name that ends at ``end``: capitalised words and connectors."""
    left = text[max(0, end - 300) : end]
    tokens = list(re.finditer(_NAME_TOKEN, left))
    start_index = None
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group(0)
        gap = left[tokens[i].end() : tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        if re.search(r"[,;:()\n]", gap):
            break
        if _is_name_word(word.lstrip("'’")) or word.lower() in _connectors():
            start_index = i
            continue
        break
    if start_index is None:
        return None
    s = tokens[start_index].start()
    name = _clean_name(left[s:].strip())
    if name is None:
        return None
    return end - len(left) + left.index(name, s), name


def _name_after(text: str, start: int) -> tuple[int, str] | None:
    """The organisation name that starts at ``start``, up to a clause break."""
    m = re.match(r"\s*(.{2,200}?)(?=[;,.]\s|[;,.]$|\s\(|$|\n)", text[start:])
    if not m:
        return None
    raw = m.group(1)
    # "X in partnership with Y", "X в партньорство с Y": a partnership cue ends the name.
    if cut := _partnership_cue().search(raw):
        raw = raw[: cut.start()].rstrip()
    # After an explicit role cue the clause is the name, lower-case words included
    # ("Communauté de communes du Val d'Amour"), up to a relative clause.
    stop = {p.lower() for p in labels.phrases("prose_relative")} | {"dont", "whose", "cuyo"}
    kept: list[str] = []
    words = raw.split()
    ands = {p.lower() for p in labels.phrases("prose_and")}
    for i, w in enumerate(words):
        if w.lower() in stop and kept:
            break
        # "X und läuft drei Jahre": a conjunction before a verb ends the name; one before
        # a connector stays inside it ("Ministère de l'Agriculture et de l'Alimentation").
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if kept and w.lower() in ands and nxt[:1].islower() and nxt.lower() not in _connectors():
            break
        kept.append(w)
    name = _clean_name(" ".join(kept))
    if name is None:
        return None
    return start + m.start(1) + raw.index(name.split()[0]), name


@lru_cache(maxsize=1)
def _partnership_cue() -> re.Pattern[str]:
    """A partnership cue inside a clause read as a name ("in partnership with")."""
    return re.compile(r"(?<!\w)(?:" + vocab_alternation("partnership_with") + r")(?!\w)", re.I)


def _bracket_after(text: str, end: int) -> tuple[str | None, str | None]:
    """(country, alias) of a bracket right after a name: "(Niemcy)" or "(Eixo Atlántico)"."""
    from coopkg.records.countries import country_code

    m = re.match(r"\s*\(([^()]{2,60})\)", text[end:])
    if not m:
        return None, None
    inner = m.group(1).strip()
    if code := country_code(inner):
        return code, None
    # Another name of the organisation (its own-language name or its abbreviation).
    words = inner.split()
    if len(words) <= 6 and inner[:1].isupper() and not re.search(r"\d|[:;,]", inner):
        return None, inner
    return None, None


def _hit(text: str, found: tuple[int, str] | None, role: str, rule: str) -> PartnerHit | None:
    if found is None:
        return None
    start, name = found
    if labels.compiled("not_partners").fullmatch(name) or labels.compiled(
        "programme_bodies"
    ).search(name):
        return None
    if is_person(name):
        return None
    country, alias = _bracket_after(text, start + len(name))
    derived = False
    if country is None and (country := place_country(name)):
        derived = True
    partner = Partner(
        # One apostrophe for one name: "Valle d’Aosta" and "Valle d'Aosta" are the same body.
        name=name.replace("’", "'"),
        country=country,
        role=role,
        aliases=(alias,) if alias else (),
        confidence=PROSE_CONFIDENCE,
    )
    return PartnerHit(partner, start, start + len(name), rule, derived)


_RoleCue = tuple[str, str, re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]]


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[_RoleCue, ...]:
    """(role, where the name is, pattern, anchor, phrases) of the prose role cues.

    A "before" pattern starts with whitespace and a long alternation, which the regex engine
    would retry at every space of the notice; its anchor (the role noun or lead verb alone)
    is searched first and the full pattern only checked just before each anchor. Every
    match of the regex searched through the whole text (the anchor, else the pattern)
    starts with one of ``phrases``: it is only tried where one's first word occurs.
    """
    out: list[_RoleCue] = []
    verb_phrases = labels.phrases("prose_lead_verbs")
    for role in ("lead", "partner"):
        noun = _alt(f"prose_roles.{role}")
        nouns = labels.phrases(f"prose_roles.{role}")
        if role == "lead":
            noun += "|" + vocab_alternation("lead_nouns")
            nouns = (*nouns, *vocab_words("lead_nouns"))
        out.append(
            (
                role,
                "after",
                re.compile(r"(?<!\w)(?:" + noun + r")\s+(?:" + _alt("prose_is") + r")\s+", re.I),
                None,
                nouns,
            )
        )
        out.append(
            (
                role,
                "before",
                re.compile(r"\s+(?:" + _alt("prose_as") + r")\s+(?:" + noun + r")(?!\w)"),
                re.compile(r"(?<!\w)(?:" + noun + r")(?!\w)"),
                nouns,
            )
        )
        out.append(
            (
                role,
                "before",
                re.compile(r"\s+(?:" + _alt("prose_is") + r")\s+(?:" + noun + r")(?!\w)"),
                re.compile(r"(?<!\w)(?:" + noun + r")(?!\w)"),
                nouns,
            )
        )
    # "led by X", "piloté par l'Université de Caen", "guidato da X".
    out.append(
        (
            "lead",
            "after",
            re.compile(
                r"(?<!\w)(?:" + _alt("prose_led_by") + "|" + vocab_alternation("led_by") + r")\s+",
                re.I,
            ),
            None,
            (*labels.phrases("prose_led_by"), *vocab_words("led_by")),
        )
    )
    # "As lead partner of the project, the X welcomed ...".
    out.append(
        (
            "lead",
            "after",
            re.compile(r"(?<!\w)(?:" + _alt("prose_as_lead_opening") + r")[^,.;\n]{0,40},\s*"),
            None,
            labels.phrases("prose_as_lead_opening"),
        )
    )
    project = _alt("project_words")
    verbs = _alt("prose_lead_verbs")
    object_ = r"(?:\w+\s+){0,1}(?:" + project + r")"
    out.append(
        (
            "lead",
            "before",
            re.compile(
                r",\s*(?:"
                + _alt("prose_relative")
                + r")\s+(?:\w+\s+)?(?:"
                + project
                + r")\s+(?:"
                + verbs
                + r")(?!\w)"
            ),
            re.compile(r"(?:" + verbs + r")(?!\w)"),
            verb_phrases,
        )
    )
    out.append(
        (
            "lead",
            "before",
            re.compile(
                r"(?:,[^,.;\n]{3,80},)?\s+(?:\w+\s+(?:y|and|et|und|e|i)\s+)?(?:"
                + verbs
                + r")\s+"
                + object_
                + r"(?!\w)"
            ),
            re.compile(r"(?:" + verbs + r")\s+" + object_ + r"(?!\w)"),
            verb_phrases,
        )
    )
    return tuple(out)


# How far before its anchor a "before" cue may start (a comma clause of up to 80 characters,
# a coordinated word and the spaces between).
_ANCHOR_REACH = 200


def _anchored(
    pattern: re.Pattern[str],
    anchor: re.Pattern[str] | None,
    text: str,
    phrases: tuple[str, ...],
) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text``; with an anchor, only those ending at one.
    (``phrases``: those every match of the anchor, or of a pattern without one, starts
    with.)"""
    if anchor is None:
        return list(labels.phrase_matches(pattern, text, phrases))
    out: list[re.Match[str]] = []
    done = 0
    for a in labels.phrase_matches(anchor, text, phrases):
        if a.start() < done:
            continue
        for m in pattern.finditer(text, max(done, a.start() - _ANCHOR_REACH), a.end()):
            if m.end() == a.end():
                out.append(m)
                done = m.end()
                break
    return out


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def prose_partners(clean: str) -> list[PartnerHit]:
    """Partners named in prose with an explicit role cue, in text order, one per name."""
    hits: list[PartnerHit] = []
    for role, where, pattern, anchor, phrases in _role_patterns():
        for m in _anchored(pattern, anchor, clean, phrases):
            if where == "after":
                found = _name_after(clean, m.end())
            else:
                # "z Gminą Neißeaue (Niemcy) jako Partnerem": the name ends before its country.
                bracket = re.search(r"\s*\([^()]{2,30}\)\s*$", clean[: m.start()])
                found = _name_before(clean, bracket.start() if bracket else m.start())
                if found and found[0] < _sentence_start(clean, m.start()):
                    found = None
            hit = _hit(clean, found, role, f"partners:prose:{role}")
            if hit:
                hits.append(hit)
                if role == "lead":
                    hits.extend(_listed_with(clean, hit))
    hits.extend(_listed_in_prose(clean))
    hits.extend(predicate_list_partners(clean))
    hits.extend(coded_run_partners(clean))
    hits.extend(marked_list_partners(clean))
    hits.extend(apposition_leads(clean))
    hits.extend(country_group_partners(clean))
    out: dict[str, PartnerHit] = {}
    for h in sorted(hits, key=lambda x: (x.partner.role != "lead", x.start)):
        key = " ".join(re.sub(r"[^\w]+", " ", h.partner.name.lower()).split())
        kept = out.setdefault(key, h)
        if kept.partner.country is None and h.partner.country is not None:
            # The lead named once with its role and once with its country: one partner.
            partner = replace(kept.partner, country=h.partner.country)
            out[key] = replace(kept, partner=partner, country_derived=h.country_derived)
    return sorted(out.values(), key=lambda h: h.start)


def _list_items(clean: str, pos: int, rule: str) -> list[PartnerHit]:
    """Partners listed from ``pos`` to the end of the sentence: "A, B sowie C".

    An item counts only when it reads as a name (capitalised, two words or more); a
    bracket after an item is its country or another name, never an item of its own.
    After a region noun ("le regioni italiane di A, B e C") a known region's name alone
    is an item too: the regions themselves are the partners.
    """
    out: list[PartnerHit] = []
    regions = False
    end = _SENTENCE_END.search(clean, pos)
    segment = clean[pos : end.start() if end else len(clean)]
    # "Projektpartner sind an der Zusammenarbeit beteiligt: A, B": the list follows the colon.
    colon = re.match(r"[^:,()]{0,60}:\s*", segment)
    if colon:
        pos, segment = pos + colon.end(), segment[colon.end() :]
    # Brackets are blanked (same length) so that commas inside them do not split items.
    flat = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), segment)
    splitter = re.compile(r",\s*|\s+(?:" + _alt("prose_and") + r")\s+")
    at = 0
    for m in [*splitter.finditer(flat), None]:
        stop = m.start() if m else len(flat)
        piece = flat[at:stop]
        offset = pos + at
        at = m.end() if m else len(flat)
        # "Ligurie – cette dernière en qualité de chef de file –": a dash clause is a comment.
        piece = re.split(r"\s[–—]\s+(?=[^\W\d_]*[a-zà-ÿ])(?![A-ZÀ-Ý])", piece)[0]
        # "Stowarzyszeniem X w Gubinie projekt pt.": the project after the last item is no name.
        piece = _project_tail().split(piece)[0]
        # "(comme partenaires) les régions italiennes de": lower-case words may come first.
        region = _region_prefix().search(piece)
        if region and not re.search(r"[A-ZÀ-Ý]", piece[: region.start()]):
            regions, piece = True, piece[region.end() :]
        if regions:
            piece = _leading_connectors().sub("", piece.strip())
        name = _clean_name(piece.strip()) or _single_name(piece)
        if name is None and regions:
            name = _region_name(piece)
        if name is None or not name[:1].isupper():
            continue
        start = clean.find(name, offset)
        hit = _hit(clean, (start, name), "partner", rule)
        if hit:
            out.append(hit)
    # Regions listed as partners often stand beside bodies that are not regions and may be
    # missed: such a list is never taken as the whole partnership (no derived count).
    if regions:
        out = [replace(h, rule="partners:prose:cue") for h in out]
    return out


@lru_cache(maxsize=1)
def _project_tail() -> re.Pattern[str]:
    return re.compile(r"\s+(?=(?:" + _alt("project_words") + r")(?!\w))")


@lru_cache(maxsize=1)
def _region_prefix() -> re.Pattern[str]:
    """An item's opening "le regioni italiane di", "les régions françaises", "the Italian
    regions of": articles, a region noun, a lower-case adjective and a connector."""
    return re.compile(
        r"\s*(?:(?:"
        + _alt("name_articles")
        + r")\s+)?(?:[^\W\d_]+\s+)?(?:"
        + vocab_alternation("region_nouns")
        + r")(?:\s+[a-zà-ÿ][\w]*)?(?:\s+(?:"
        + _alt("name_connectors")
        + r")(?=\s|['’]))?['’]?\s+",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _leading_connectors() -> re.Pattern[str]:
    return re.compile(r"^(?:(?:" + _alt("name_connectors") + r")(?:\s+|(?<=['’])))+", re.I)


def _region_name(piece: str) -> str | None:
    """A known region's name alone ("Piemonte", "Auvergne-Rhône-Alpes"), else None."""
    from coopkg.records.gazetteer import find_region_mentions

    word = _strip_articles(piece.strip()).strip(" ,")
    if not re.fullmatch(r"[A-ZÀ-Ý][\w'’\-–]{2,40}", word):
        return None
    return word if find_region_mentions(word) and place_country(word) else None


def _single_name(piece: str) -> str | None:
    """A one-word item of an explicit partner list ("HyGear", "Powerspex"): capitalised,
    not a place, a country or a common word of the label tables."""
    from coopkg.records.gazetteer import find_region_mentions

    word = _strip_articles(piece.strip()).strip(" ,")
    if not re.fullmatch(r"[A-ZÀ-Ý][\w&\-–]{2,40}", word) or word.lower() in _connectors():
        return None
    if labels.compiled("not_partners").fullmatch(word) or place_country(word):
        return None
    return None if find_region_mentions(word) else word


def _listed_in_prose(clean: str) -> list[PartnerHit]:
    """'tra i partner figurano A, B e C': each item that reads as a name is a partner."""
    out: list[PartnerHit] = []
    cue = re.compile(r"(?<!\w)(?:" + _alt("prose_partner_list") + r")\s*[:,]?\s*", re.I)
    for m in labels.phrase_matches(cue, clean, labels.phrases("prose_partner_list")):
        out.extend(_list_items(clean, m.end(), "partners:prose:list"))
    # Openers and partnership cues of data/partners.toml: their items are partners, but the
    # list is not known to be the whole partnership, so it is never counted.
    for table in ("partner_list_openers", "partnership_with"):
        cue = re.compile(r"(?<!\w)(?:" + vocab_alternation(table) + r")\s*[:,]?\s*", re.I)
        for m in labels.phrase_matches(cue, clean, _vocab_words(table)):
            out.extend(_list_items(clean, m.end(), "partners:prose:cue"))
    return out


@lru_cache(maxsize=16)
def _vocab_words(table: str) -> tuple[str, ...]:
    return vocab_words(table)


def _all_name_words(name: str) -> bool:
    return all(_is_name_word(w) or w.lower() in _connectors() for w in name.split())


def predicate_list_partners(clean: str) -> list[PartnerHit]:
    """A list closed by a partner predicate: "A, B et la C sont également partenaires du
    projet", "A, B and C are also partners". Items are split at commas, conjunctions and
    dashes; brackets stay in the name. The sentence's first item must be a name from its
    first word ("En plus des universités ..." is not)."""
    out: list[PartnerHit] = []
    # Only from the start of a run of spaces: blanked-out furniture leaves long runs, and a
    # match tried from inside each of them would rescan the run (quadratic, same matches).
    cue = re.compile(r"(?<!\s)\s+(?:" + vocab_alternation("predicate_cues") + r")(?!\w)", re.I)
    # "la Santé et de la Recherche": a conjunction before a connector joins inside a name.
    splitter = re.compile(
        r"\s*,\s*|\s*[–—]\s*|\s+(?:"
        + _alt("prose_and")
        + r")\s+(?!(?:"
        + _alt("name_connectors")
        + r")\s)"
    )
    for m in cue.finditer(clean):
        start = _sentence_start(clean, m.start())
        segment = clean[start : m.start()]
        flat = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), segment)
        at, first = 0, True
        for sep in [*splitter.finditer(flat), None]:
            stop = sep.start() if sep else len(flat)
            piece, offset = flat[at:stop], at
            at = sep.end() if sep else len(flat)
            if not piece.strip():
                continue
            name = _clean_name(piece.strip())
            if name is None or (first and not _all_name_words(piece.strip())):
                first = False
                continue
            first = False
            words = name.split()
            s0 = flat.find(words[0], offset)
            e0 = flat.rfind(words[-1], s0, stop) + len(words[-1])
            written = " ".join(segment[s0:e0].split())
            hit = _hit(clean, (start + s0, written), "partner", "partners:prose:predicate")
            if hit:
                out.append(hit)
    return out


def _listed_with(clean: str, lead: PartnerHit) -> list[PartnerHit]:
    """Partners named right after a lead in prose: "Capofila è la X, con la Y e la Z"."""
    tail = re.match(r"\s*(?:\([^()]*\)\s*)?", clean[lead.end :])
    pos = lead.end + (tail.end() if tail else 0)
    m = re.match(r",?\s*(?:" + _alt("prose_with") + r")\s+", clean[pos:], re.I)
    if not m:
        return []
    return _list_items(clean, pos + m.end(), "partners:prose:list")


# ------------------------------------------------------------------ countries


@lru_cache(maxsize=1)
def _adjectives() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = labels.section("country_adjectives")
    return tuple(
        (re.compile(r"(?:" + "|".join(v) + r")", re.IGNORECASE), str(code))
        for code, v in table.items()
        if isinstance(v, list)
    )


def _adjective_country(word: str) -> str | None:
    for pattern, code in _adjectives():
        if pattern.fullmatch(word):
            return code
    return None


def country_compounds(clean: str) -> list[Hit]:
    """Countries of cross-border compounds ("franco-suisse"), not inside programme names."""
    out: list[Hit] = []
    cue = labels.compiled("programme_cues")
    for m in re.finditer(r"(?<![\w-])[^\W\d_]{3,}(?:-[^\W\d_]{3,}){1,3}(?![\w-])", clean):
        codes = [_adjective_country(p) for p in m.group(0).split("-")]
        if None in codes or len(set(codes)) < 2:
            continue
        # "Programma di cooperazione italo-svizzero": a programme's area, not the project's.
        if cue.search(clean[max(0, m.start() - 40) : m.start()]):
            continue
        for code in dict.fromkeys(codes):
            out.append(Hit(m.start(), m.end(), code, "countries:compound", 0.8))
    return out


def _country_run(clean: str, start: int) -> list[Hit]:
    """Countries listed from ``start``: "Italia, Spagna, Francia e Portogallo"."""
    from coopkg.records.countries import country_code

    end = _SENTENCE_END.search(clean, start)
    segment = clean[start : end.start() if end else len(clean)]
    segment = re.sub(r"\s*(?:\.{2,}|…).*$", "", segment)
    out: list[Hit] = []
    pos = start
    for piece in re.split(r",\s*|\s+(?:and|e|et|y|und|i|en|oraz|ou|o)\s+", segment):
        # "Belgium (with ACR+ as advisory partner)": the bracket is a comment on the country.
        text = re.sub(r"\s*\(.*$", "", piece).strip()
        at = clean.find(text, pos) if text else pos
        code = country_code(text) if text else None
        if code is None:
            # "Polonia y" (a list cut off): a trailing conjunction is not a country.
            text = re.sub(r"\s+\w{1,2}$", "", text)
            code = country_code(text) if text else None
            if code is None:
                break
        out.append(Hit(at, at + len(text), code, "countries:prose-list", 0.8))
        pos = at + len(text)
    return out


def prose_countries(clean: str) -> list[Hit]:
    """Countries the prose states for the partnership, in text order, one hit per mention."""
    hits: list[Hit] = []
    counted = re.compile(
        r"(?<!\w)\d{1,2}\s+(?:(?:"
        + _alt("prose_country_fillers")
        + r")\s+){0,2}(?:"
        + _alt("prose_country_nouns")
        + r")\s*[:–—-]\s*",
        re.I,
    )
    for m in counted.finditer(clean):
        hits.extend(_country_run(clean, m.end()))
    from_ = re.compile(
        r"(?<!\w)(?:" + _alt("prose_partner_nouns") + r")\s+(?:" + _alt("prose_from") + r")\s+",
        re.I,
    )
    for m in from_.finditer(clean):
        hits.extend(_country_run(clean, m.end()))
    hits.extend(country_compounds(clean))
    hits.extend(adjective_partners(clean))
    return sorted(hits, key=lambda h: h.start)


@lru_cache(maxsize=1)
def _adjective_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The patterns of :func:`adjective_partners` (noun first, adjective first) and the
    nouns they hold."""
    nouns = _alt("prose_partner_nouns") + "|" + _alt("prose_side_nouns")
    word = r"([^\W\d_]{4,})"
    return (
        re.compile(r"(?<!\w)(?:" + nouns + r")\s+" + word + r"(?!\w)", re.I),
        re.compile(r"(?<![\w-])" + word + r"\s+(?:" + nouns + r")(?!\w)", re.I),
        (*labels.phrases("prose_partner_nouns"), *labels.phrases("prose_side_nouns")),
    )


def adjective_partners(clean: str) -> list[Hit]:
    """Countries of partners or border sides named with a country adjective.

    "les régions italiennes", "Italian partners", "côté anglais", "szlovák oldalról",
    "auf österreichischer Seite"; not right after a programme cue ("programme
    italo-suisse" is the programme's area).
    """
    noun_first, word_first, nouns = _adjective_patterns()
    # Both patterns need a noun: a page holding none is not scanned.
    if not labels.may_contain(clean, nouns):
        return []
    cue = labels.compiled("programme_cues")
    out: list[Hit] = []
    for matches in (
        labels.phrase_matches(noun_first, clean, nouns),
        word_first.finditer(clean),
    ):
        for m in matches:
            code = _adjective_country(m.group(1))
            if code is None or cue.search(clean[max(0, m.start() - 40) : m.start()]):
                continue
            out.append(Hit(m.start(1), m.end(1), code, "countries:partner-adjective", 0.8))
    return out


# ------------------------------------------------------------------ programme area

#: Generation and strand designators and programme words inside a programme's name.
_DESIGNATOR = re.compile(
    r"(?<![^\W\d_])(?:interreg|(?:I{1,3}|IV|V|VI)(?:\s?-?\s?[ABC])?|programm\w*|program\w*)"
    r"(?![^\W\d_])|\d{4}\s*[-–/]\s*\d{4}|\([^()]*\)",
    re.I,
)
_MAX_PART_WORDS = 3


def _part_country(part: str) -> str | None:
    """The country of one part of a programme's area: a country ("Polsko") or a region
    ("Saksonia", "Bayern", "Vlaanderen") of one country."""
    from coopkg.records.countries import country_code
    from coopkg.records.gazetteer import regions_named

    if code := country_code(part):
        return code
    found = {r.country for r in regions_named(part)}
    return found.pop() if len(found) == 1 else None


def area_countries(name: str) -> list[str]:
    """Countries named by a cross-border area written "A-B(-C)" ("Česká republika - Polsko",
    "Österreich-Bayern", "Spain-France-Andorra"); [] unless every part is a country or a
    region and two countries or more result.

    >>> area_countries("Interreg V-A España-Francia-Andorra")
    ['ES', 'FR', 'AD']
    """
    flat = _DESIGNATOR.sub(" ", name)
    run = re.search(
        r"[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*)*(?:\s*[–—/-]\s*[^\W\d_][\w'’.]*"
        r"(?:\s+[^\W\d_][\w'’.]*)*)+",
        flat,
    )
    if run is None:
        return []
    parts = [p.strip() for p in re.split(r"\s*[–—/-]\s*", run.group(0)) if p.strip()]
    codes: list[str] = []
    for part in parts:
        if len(part.split()) > _MAX_PART_WORDS:
            return []
        code = _part_country(part)
        if code is None:
            return []
        codes.append(code)
    unique = list(dict.fromkeys(codes))
    return unique if len(unique) >= 2 else []


def programme_countries(text: str, start: int, end: int, programme_id: str | None) -> list[Hit]:
    """Countries named by the project's cross-border programme (derived, not stated).

    From the programme concept's area ("Spain-Portugal") or, for a generic designator,
    from the name as written on its line ("INTERREG V-A Česká republika - Polsko").
    Transnational and interregional programmes ("Interreg Europe", "Alpine Space") name
    no countries and give none.
    """
    from coopkg.records.vocab import programme_by_id

    concept = programme_by_id(programme_id) if programme_id else None
    codes = area_countries(concept.area) if concept is not None and concept.area else []
    if not codes:
        line_end = text.find("\n", end)
        codes = area_countries(text[start : line_end if line_end >= 0 else len(text)])
    return [Hit(start, end, code, "countries:programme-area", 0.6) for code in codes]


# ------------------------------------------------------------------ country-marked lists

#: A list in prose counts when at least this many of its items carry a country.
MIN_MARKED_ITEMS = 2
_MAX_ITEM_WORDS = 12


def _country_markers(segment: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of the country marks in a list: "(Hongarije)", " – Hungary"."""
    from coopkg.records.countries import country_code

    out: list[tuple[int, int, str]] = []
    for m in re.finditer(
        r"\s*\(([^()]{2,40})\)|\s+[–—-]\s+([^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+)?)(?=\s*(?:[,;.]|$))"
        r"|\s+[–—-]\s+([^\W\d_]+)(?=\s)",
        segment,
    ):
        inner = next(g for g in m.groups() if g is not None).strip()
        if code := country_code(inner):
            out.append((m.start(), m.end(), code))
    return out


def _segment_end(text: str, pos: int) -> int:
    """Where the sentence from ``pos`` ends: a full stop not ending a legal form ("Ltd.")."""

    for m in _SENTENCE_END.finditer(text, pos):
        if text[m.start()] == "." and ends_with_legal_form(text[pos : m.start() + 1]):
            continue
        return m.start()
    return len(text)


def _item_name(raw: str) -> str | None:
    """A list item's name: separators and articles stripped, a capitalised word required."""
    t = re.sub(r"^[\s,;]*(?:(?:" + _alt("prose_and") + r")\s+)?", "", raw, flags=re.I)
    t = _strip_articles(t).strip(" ,;")
    words = t.split()
    if not words or len(words) > _MAX_ITEM_WORDS or not any(_is_name_word(w) for w in words):
        return None
    if labels.compiled("not_partners").fullmatch(t) or re.search(r"[.!?:]\s", t):
        return None
    return t


def _subject_before(clean: str, cue_start: int) -> tuple[int, str] | None:
    """The subject of "X works together with ...": the name right before the cue
    ("werkt de Euregio Rijn-Waal samen met"), else the sentence's opening name when the
    clause calls it a partner ("ECF is a proud partner of the project together with")."""
    found = _name_before(clean, cue_start)
    start = _sentence_start(clean, cue_start)
    if found and found[0] >= start:
        return found
    opening = re.match(
        r"\s*((?:" + _NAME_TOKEN + r")(?:\s+" + _NAME_TOKEN + r"){0,8})", clean[start:cue_start]
    )
    if opening is None:
        return None
    words: list[str] = []
    for w in opening.group(1).split():
        if not (_is_name_word(w) or (words and w.lower() in _connectors())):
            break
        words.append(w)
    name = _clean_name(" ".join(words))
    clause = clean[start:cue_start]
    if name is None or not re.search(
        r"(?<!\w)(?:" + _alt("prose_partner_nouns") + r")(?!\w)", clause, re.I
    ):
        return None
    return clean.index(name, start), name


def marked_list_partners(clean: str) -> list[PartnerHit]:
    """Partners of a prose list whose items carry their countries, after a "with" cue:
    "werkt X samen met A (Hongarije), de B (Polen) en de C (België)", "together with
    A – Hungary, B – Poland and C – Italy". Each marked item is a partner with that
    country; the subject X is a partner too. At least two marked items are needed.
    """
    out: list[PartnerHit] = []
    cue = re.compile(r"(?<!\w)(?:" + _alt("prose_with") + r")\s+", re.I)
    for m in cue.finditer(clean):
        end = _segment_end(clean, m.end())
        segment = clean[m.end() : end]
        marks = _country_markers(segment)
        if len(marks) < MIN_MARKED_ITEMS:
            continue
        items: list[PartnerHit] = []
        at = 0
        for s, e, code in marks:
            name = _item_name(segment[at:s])
            if name is not None:
                start = clean.find(name, m.end() + at)
                partner = Partner(
                    name=name, country=code, role="partner", confidence=PROSE_CONFIDENCE
                )
                items.append(PartnerHit(partner, start, start + len(name), "partners:prose:list"))
            at = e
        if len(items) < MIN_MARKED_ITEMS:
            continue
        subject = _subject_before(clean, m.start())
        if subject is not None:
            hit = _hit(clean, subject, "partner", "partners:prose:list")
            if hit is not None:
                out.append(hit)
        out.extend(items)
    return out


def _capitalised_run(text: str, start: int) -> tuple[int, str] | None:
    """The name of capitalised words (and connectors inside it) that starts at ``start``."""
    words: list[re.Match[str]] = []
    for m in re.finditer(_NAME_TOKEN, text[start : start + 200]):
        gap = text[start + (words[-1].end() if words else 0) : start + m.start()]
        if words and (re.search(r"[,;:()\n]", gap) or len(gap) > 2):
            break
        if not (_is_name_word(m.group(0)) or (words and m.group(0).lower() in _connectors())):
            break
        words.append(m)
    name = _clean_name(" ".join(w.group(0) for w in words))
    return (start + words[0].start(), name) if name and words else None


def apposition_leads(clean: str) -> list[PartnerHit]:
    """Leads named right after their role noun: "hosted by the Lead Partner West Pannon
    Nonprofit Ltd and ...", "der Lead-Partner Stadt Passau hat ..."."""
    noun = _alt("prose_roles.lead")
    out: list[PartnerHit] = []
    for m in re.finditer(r"(?<!\w)(?:" + noun + r")\s+(?=[A-ZÀ-Ý])", clean):
        found = _capitalised_run(clean, m.end())
        if found is None or labels.compiled("prose_not_names").search(found[1]):
            continue
        if found[1].endswith(".") and not ends_with_legal_form(found[1]):
            # The sentence's full stop, not an abbreviation's ("Önkormányzata.", "e.V.").
            found = (found[0], found[1][:-1])
        hit = _hit(clean, found, "lead", "partners:prose:lead")
        if hit is not None:
            out.append(hit)
    return out


#: A run of "Name (CC)" items in prose counts without a cue when it has this many items.
MIN_CODED_ITEMS = 3
_CODE = re.compile(r"\s*\(([A-Z]{2})\)")


def _first_item(clean: str, end: int) -> tuple[int, str] | None:
    """The name right before the first country code of a run: its capitalised words
    ("representatives of BOM (NL)" gives "BOM")."""
    tokens = list(re.finditer(_NAME_TOKEN, clean[max(0, end - 120) : end]))
    base = max(0, end - 120)
    kept: list[re.Match[str]] = []
    for t in reversed(tokens):
        gap = clean[base + t.end() : base + (kept[0].start() if kept else len(clean[base:end]))]
        if re.search(r"[,;:()\n.]", gap):
            break
        if _is_name_word(t.group(0)) or (kept and t.group(0).lower() in _connectors()):
            kept.insert(0, t)
            continue
        break
    while kept and kept[0].group(0).lower() in _connectors():
        kept.pop(0)
    if not kept:
        return None
    start = base + kept[0].start()
    return start, " ".join(clean[start:end].split())


def coded_run_partners(clean: str) -> list[PartnerHit]:
    """Partners of a prose run whose items all carry a country code, without a cue:
    "representatives of BOM (NL), Oost NV (NL), Biocat (ES) and ATB (FR) gathered".
    At least three coded items in a row, joined by commas or a conjunction."""
    from coopkg.records.countries import country_code

    joint = re.compile(
        r"(?:\s*,\s*|\s+(?:" + vocab_alternation("list_and") + r")\s+)"
        r"((?:" + _NAME_TOKEN + r")(?:[ \t]+" + _NAME_TOKEN + r"){0,7})$"
    )
    codes = [m for m in _CODE.finditer(clean) if country_code(m.group(1))]
    runs: list[list[tuple[int, str, str]]] = []
    previous: re.Match[str] | None = None
    for m in codes:
        between = clean[previous.end() : m.start()] if previous else ""
        j = joint.match(between) if previous else None
        name = j.group(1) if j else None
        if previous is not None and j and name and _is_name_word(name):
            start = previous.end() + j.start(1)
            runs[-1].append((start, name, str(country_code(m.group(1)))))
        else:
            first = _first_item(clean, m.start())
            runs.append([(first[0], first[1], str(country_code(m.group(1))))] if first else [])
        previous = m
    out: list[PartnerHit] = []
    for run in runs:
        if len(run) < MIN_CODED_ITEMS:
            continue
        for start, name, code in run:
            if is_person(name) or labels.compiled("not_partners").fullmatch(name):
                continue
            partner = Partner(name=name, country=code, role="partner", confidence=PROSE_CONFIDENCE)
            out.append(PartnerHit(partner, start, start + len(name), "partners:prose:coded"))
    return out


# ------------------------------------------------------------------ country groups

_GROUP_COUNTRY = r"(?P<c>[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,2}?)"
# Where a group opener may start: the text's start or after a clause mark. Openers are
# matched only there (not searched), which keeps this rule cheap on long pages.
_GROUP_START = re.compile(r"(?:^|(?<=[.;:,!?\n]))[ \t]*(?=\w)")


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    """(opener, closer) regexes of country groups, from ``data/partners.toml``, and one
    regex matching where any opener does (a clause start seldom opens a group: one match
    there instead of one per opener)."""
    from coopkg.extraction.partners import _vocab

    table = _vocab()["country_group_openers"]
    templates = sorted({t for words in table.values() for t in words}, key=len, reverse=True)
    alts = tuple(
        re.compile("(?:" + t.replace("{c}", _GROUP_COUNTRY) + r")(?!\w)\s*", re.I)
        for t in templates
    )
    unnamed = _GROUP_COUNTRY.replace("(?P<c>", "(?:", 1)
    anyone = re.compile(
        "|".join("(?:" + t.replace("{c}", unnamed) + r")(?!\w)" for t in templates), re.I
    )
    closers = vocab_alternation("country_group_closers")
    # A closer ends its group where it stands ("... C beteiligt, aus X kommen D"), and
    # whatever follows in the sentence is no longer the group's.
    closer = re.compile(r"[\s,]*(?<!\w)(?:" + closers + r")(?=\s*(?:[,.;:]|$))", re.I)
    return alts, closer, anyone


@lru_cache(maxsize=1)
def _inflections() -> dict[str, str]:
    from coopkg.extraction.partners import _vocab

    table = _vocab()["country_inflections"]
    return {w.lower(): code for code, words in table.items() for w in words}


def _group_country(phrase: str) -> str | None:
    """The country of a group opener's {c}: a name, an inflected name or an adjective."""
    from coopkg.records.countries import country_code

    words = phrase.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        code = country_code(tail) or _inflections().get(tail.lower())
        if code is None and len(words) - i == 1:
            code = _adjective_country(tail)
        if code:
            return code
    return None


def _group_item_name(name: str) -> bool:
    """A group item reads as an organisation: name words only; one word needs an inner
    capital or digit ("WaterstofNet", "GRE-Liège"), so "Hochschulen" is no partner."""
    if not _all_name_words(name):
        return False
    words = name.split()
    if len(words) > _MAX_ITEM_WORDS:
        return False
    if len(words) == 1:
        return bool(re.search(r"(?<=.)[A-Z0-9À-Ý]", words[0]))
    return True


def _group_clean(piece: str) -> str | None:
    """A group item's name: two name words at least, or one organisation-shaped word."""
    name = _clean_name(piece)
    if name is None and len(piece.split()) <= 2:
        name = _strip_articles(piece).strip(" ,") or None
    return name if name is not None and _group_item_name(name) else None


@lru_cache(maxsize=1)
def _group_splitter() -> re.Pattern[str]:
    """Between two items of a country group: a comma, a dash or "and" (not before a
    connector and a lower-case word)."""
    return re.compile(
        r"\s*,\s*|\s*[–—]\s*|(?<!-)\s+(?:"
        + _alt("prose_and")
        + r")\s+(?!(?:"
        + _alt("name_connectors")
        + r")\s+[a-zà-ÿ])"
    )


def country_group_partners(clean: str) -> list[PartnerHit]:
    """Partners grouped by country in prose: "In Deutschland sind A, B und C beteiligt,
    aus den Niederlanden D", "Côté français : A, B ; côté italien : C". Each item of a
    group gets the group's country; a group whose country is unknown is skipped."""
    alts, closer, anyone = _group_patterns()
    found: list[tuple[int, int, str]] = []
    for start in _GROUP_START.finditer(clean):
        if anyone.match(clean, start.end()) is None:
            continue
        for regex in alts:
            m = regex.match(clean, start.end())
            if m is None:
                continue
            code = _group_country(m.group("c"))
            if code and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), code))
            break
    found.sort()
    splitter = _group_splitter()
    out: list[PartnerHit] = []
    for i, (_, end, code) in enumerate(found):
        stop_at = found[i + 1][0] if i + 1 < len(found) else len(clean)
        sentence = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])|[.!?]\s*$|;|\n").search(clean, end, stop_at)
        stop = sentence.start() if sentence else stop_at
        segment = clean[end:stop]
        if closed := closer.search(segment):
            segment = segment[: closed.start()]
        flat = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), segment)
        at = 0
        for sep in [*splitter.finditer(flat), None]:
            piece_end = sep.start() if sep else len(flat)
            piece, offset = flat[at:piece_end], at
            at = sep.end() if sep else len(flat)
            name = _group_clean(piece.strip()) if piece.strip() else None
            if name is None:
                continue
            words = name.split()
            s0 = flat.find(words[0], offset)
            e0 = flat.rfind(words[-1], s0, piece_end) + len(words[-1])
            written = " ".join(segment[s0:e0].split())
            hit = _hit(clean, (end + s0, written), "partner", "partners:prose:country-group")
            if hit:
                partner = replace(hit.partner, country=code)
                out.append(replace(hit, partner=partner, country_derived=False))
    return out
