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
from functools import lru_cache

from coopkg.extraction import labels
from coopkg.extraction.hits import Hit
from coopkg.extraction.partners import PartnerHit, place_country
from coopkg.records import Partner

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
    # After an explicit role cue the clause is the name, lower-case words included
    # ("Communauté de communes du Val d'Amour"), up to a relative clause.
    stop = {p.lower() for p in labels.phrases("prose_relative")} | {"dont", "whose", "cuyo"}
    kept: list[str] = []
    for w in raw.split():
        if w.lower() in stop and kept:
            break
        kept.append(w)
    name = _clean_name(" ".join(kept))
    if name is None:
        return None
    return start + m.start(1) + raw.index(name.split()[0]), name


def _bracket_after(text: str, end: int) -> tuple[str | None, str | None]:
    """(country, alias) of a bracket right after a name: "(Niemcy)" or "(Eixo Atlántico)"."""
    from coopkg.countries import country_code

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
    country, alias = _bracket_after(text, start + len(name))
    derived = False
    if country is None and (country := place_country(name)):
        derived = True
    partner = Partner(
        name=name,
        country=country,
        role=role,
        aliases=(alias,) if alias else (),
        confidence=PROSE_CONFIDENCE,
    )
    return PartnerHit(partner, start, start + len(name), rule, derived)


def _role_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(role, where the name is, pattern) of the prose role cues."""
    out = []
    for role in ("lead", "partner"):
        noun = _alt(f"prose_roles.{role}")
        out.append(
            (
                role,
                "after",
                re.compile(r"(?<!\w)(?:" + noun + r")\s+(?:" + _alt("prose_is") + r")\s+", re.I),
            )
        )
        out.append(
            (
                role,
                "before",
                re.compile(r"\s+(?:" + _alt("prose_as") + r")\s+(?:" + noun + r")(?!\w)"),
            )
        )
        out.append(
            (
                role,
                "before",
                re.compile(r"\s+(?:" + _alt("prose_is") + r")\s+(?:" + noun + r")(?!\w)"),
            )
        )
    # "led by X", "piloté par l'Université de Caen", "guidato da X".
    out.append(("lead", "after", re.compile(r"(?<!\w)(?:" + _alt("prose_led_by") + r")\s+", re.I)))
    # "As lead partner of the project, the X welcomed ...".
    out.append(
        (
            "lead",
            "after",
            re.compile(r"(?<!\w)(?:" + _alt("prose_as_lead_opening") + r")[^,.;\n]{0,40},\s*"),
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
        )
    )
    return out


def _sentence_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def prose_partners(clean: str) -> list[PartnerHit]:
    """Partners named in prose with an explicit role cue, in text order, one per name."""
    hits: list[PartnerHit] = []
    for role, where, pattern in _role_patterns():
        for m in pattern.finditer(clean):
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
    out: dict[str, PartnerHit] = {}
    for h in sorted(hits, key=lambda x: (x.partner.role != "lead", x.start)):
        key = " ".join(re.sub(r"[^\w]+", " ", h.partner.name.lower()).split())
        out.setdefault(key, h)
    return sorted(out.values(), key=lambda h: h.start)


def _list_items(clean: str, pos: int, rule: str) -> list[PartnerHit]:
    """Partners listed from ``pos`` to the end of the sentence: "A, B sowie C".

    An item counts only when it reads as a name (capitalised, two words or more); a
    bracket after an item is its country or another name, never an item of its own.
    """
    out: list[PartnerHit] = []
    end = _SENTENCE_END.search(clean, pos)
    segment = clean[pos : end.start() if end else len(clean)]
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
        name = _clean_name(piece.strip())
        if name is None or not name[:1].isupper():
            continue
        start = clean.find(name, offset)
        hit = _hit(clean, (start, name), "partner", rule)
        if hit:
            out.append(hit)
    return out


def _listed_in_prose(clean: str) -> list[PartnerHit]:
    """'tra i partner figurano A, B e C': each item that reads as a name is a partner."""
    out: list[PartnerHit] = []
    cue = re.compile(r"(?<!\w)(?:" + _alt("prose_partner_list") + r")\s*[:,]?\s*", re.I)
    for m in cue.finditer(clean):
        out.extend(_list_items(clean, m.end(), "partners:prose:list"))
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
    from coopkg.countries import country_code

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


def adjective_partners(clean: str) -> list[Hit]:
    """Countries of partners or border sides named with a country adjective.

    "les régions italiennes", "Italian partners", "côté anglais", "szlovák oldalról",
    "auf österreichischer Seite"; not right after a programme cue ("programme
    italo-suisse" is the programme's area).
    """
    nouns = _alt("prose_partner_nouns") + "|" + _alt("prose_side_nouns")
    word = r"([^\W\d_]{4,})"
    cue = labels.compiled("programme_cues")
    out: list[Hit] = []
    for pattern in (
        re.compile(r"(?<!\w)(?:" + nouns + r")\s+" + word + r"(?!\w)", re.I),
        re.compile(r"(?<![\w-])" + word + r"\s+(?:" + nouns + r")(?!\w)", re.I),
    ):
        for m in pattern.finditer(clean):
            code = _adjective_country(m.group(1))
            if code is None or cue.search(clean[max(0, m.start() - 40) : m.start()]):
                continue
            out.append(Hit(m.start(1), m.end(1), code, "countries:partner-adjective", 0.8))
    return out
