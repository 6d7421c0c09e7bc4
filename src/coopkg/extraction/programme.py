"""Funding programme, its vocabulary id and its period.

Programme names are matched against the controlled vocabulary (:func:`coopkg.records.vocab.
match_programme`). A mention counts when it sits on a programme-labelled line ("Funding
program: INTERREG IVC"), in a keep.eu bullet ("2000 - 2006 Interreg IIIC East") or in a
sentence with a programme cue ("funded by the INTERREG Central Europe program"): a bare
area name in prose ("in Central Europe") is a place, not a programme. The period is stated
by a keep.eu prefix or derived from a programme that belongs to one period. This module
must not guess a period for an ambiguous family name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from coopkg.extraction import labels
from coopkg.records.hits import Hit


@lru_cache(maxsize=16)
def programme_mentions(text: str) -> tuple[tuple[int, int, Any], ...]:
    """(start, end, concept) of the programme names in ``text``, cached.

    The matcher is the slowest single step of extraction, and titles, places and this
    module ask about the same masked text; every caller in the package goes through here.
    """
    from coopkg.records.vocab import match_programme

    return tuple(match_programme(text))


_PERIOD = re.compile(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\s*$")
_CUE_WINDOW = 60


@dataclass(frozen=True, slots=True)
class ProgrammeFinding:
    """The programme as written, its vocabulary concept id and its period."""

    name: Hit
    programme_id: str | None
    period: Hit | None
    period_derived: bool


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    return text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1


def _score(text: str, start: int, end: int) -> int:
    """How strongly the context says this mention is the project's programme (0 = not)."""
    ls, le = _line_bounds(text, start, end)
    before = text[ls:start]
    if re.search(r"(?:" + labels.alternation("programme_labels") + r")\s*[:：]\s*$", before, re.I):
        return 3
    bullet = r"\s*[•·\-*▪]?\s*(?:(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d)?\s*"
    if re.fullmatch(bullet, before) and text[end:le].strip() == "":
        return 2  # a bullet or a line of its own holding only the programme
    window = text[max(ls, start - _CUE_WINDOW) : min(le, end + _CUE_WINDOW)]
    if labels.compiled("programme_cues").search(window):
        return 1
    return 0


def _stated_period(text: str, start: int) -> Hit | None:
    ls = text.rfind("\n", 0, start) + 1
    m = _PERIOD.search(text[ls:start])
    if not m:
        return None
    value = f"{m.group(1)}-{m.group(2)}"
    return Hit(ls + m.start(), ls + m.end(), value, "programme:keep-period", 1.0)


def _strip_period(text: str, start: int, end: int) -> tuple[int, str]:
    """The mention without a leading "2000 - 2006" (the vocabulary may include it)."""
    written = text[start:end]
    m = re.match(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\s+", written)
    if m:
        return start + m.end(), written[m.end() :]
    return start, written


_TRAILING_PERIOD = re.compile(r"[\s,(]*((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\)?\s*$")
_PERIOD_AFTER = re.compile(
    r"^[ \t]*[(,]?[ \t]*((?:19|20)\d\d)[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)"
)
# keep.eu's programme bullet: "• 2007 - 2013 France - Suisse" (the name may lack "Interreg").
_KEEP_LINE = re.compile(
    r"^[ \t]*[•·▪*\-][ \t]*((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][^\d\n:;|]{2,70}?)[ \t]*$",
    re.MULTILINE,
)
#: Lines at the top of the raw page that may be the site's header ("INTERREG X 2014-2020").
_HEADER_LINES = 3


def _known_period(first: str, second: str) -> bool:
    from coopkg.records.vocab import period_of_years

    return period_of_years(int(first), int(second)) is not None


def _keep_line(clean: str) -> tuple[Hit, Hit] | None:
    """A keep.eu programme bullet whose name the vocabulary lacks: (name, period)."""
    for m in _KEEP_LINE.finditer(clean):
        if not _known_period(m.group(1), m.group(2)):
            continue
        name = m.group("name").strip()
        return (
            Hit(m.start("name"), m.start("name") + len(name), name, "programme:keep-line", 0.8),
            Hit(m.start(1), m.end(2), f"{m.group(1)}-{m.group(2)}", "programme:keep-period"),
        )
    return None


def _header_mention(raw: str) -> tuple[int, int, Any] | None:
    """A programme named alone on one of the page's first lines (the site's header)."""
    offset = 0
    seen = 0
    for line in raw.split("\n"):
        if line.strip():
            seen += 1
            for start, end, concept in programme_mentions(line):
                rest = (line[:start] + " " + line[end:]).strip()
                if not rest or _PERIOD.fullmatch(rest):
                    return offset + start, offset + end, concept
        if seen >= _HEADER_LINES:
            break
        offset += len(line) + 1
    return None


def find_stated_period(clean: str, languages: tuple[str, ...] = ()) -> Hit | None:
    """A programming period stated by a label, for pages that do not name the programme.

    A generation heading over the project's name ("INTERREG VI – XTraVel Tourism") states
    the period too; a generation in a site section ("Interreg VI news") does not.
    """
    return _period_label(clean, languages) or _generation_heading(clean) or prose_period(clean)


_YEAR_RANGE = re.compile(r"(?<![\d./-])((?:19|20)\d\d)[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?![\d./-])")
#: A sentence this long (in words) is running text, not a menu slogan or a heading.
_PROSE_WORDS = 8


def prose_period(clean: str) -> Hit | None:
    """A programming period written in running text ("La période 2014-2020 représente
    ...", "(POCTEFA 2014-2020)", "w okresie 2021-2027 będzie"), when the text writes one
    period and no other; a range on a short line (a site slogan, a menu) does not count,
    nor a project's run, which is no programming period's exact span."""
    from coopkg.records.vocab import period_of_years

    found: dict[str, Hit] = {}
    for m in _YEAR_RANGE.finditer(clean):
        if period_of_years(int(m.group(1)), int(m.group(2))) is None:
            continue
        line_start = clean.rfind("\n", 0, m.start()) + 1
        line_end = clean.find("\n", m.end())
        line = clean[line_start : line_end if line_end != -1 else len(clean)]
        value = f"{m.group(1)}-{m.group(2)}"
        if len(line.split()) >= _PROSE_WORDS:
            found.setdefault(value, Hit(m.start(1), m.end(2), value, "programme:prose-period", 0.7))
    if len(found) != 1:
        return None
    hit = next(iter(found.values()))
    # A run of dates that starts after the period ended ("March 2018 – February 2020"
    # beside "a continuation of the 2007-2013 programme") is a later project's.
    runs = [int(m.group(1)) for m in _RUN.finditer(clean)]
    return None if any(y > int(str(hit.value)[-4:]) + 1 for y in runs) else hit


#: The first year of a run of dates: "March 2018 – February 2020", "01.11.2023-30.09.2029".
_RUN = re.compile(
    r"((?:19|20)\d\d)\.?[ \t]*[-–—][ \t]*(?:\d{1,2}[./][ \t]*)?(?:\d{1,2}[./][ \t]*)?"
    r"(?:[^\W\d_]+\.?[ \t]+)?(?:19|20)\d\d"
)


def _generation_heading(clean: str) -> Hit | None:
    for start, end, concept in programme_mentions(clean):
        if _generation_only(concept) and re.match(r"[ \t]*[-–—:|][ \t]+\S", clean[end:]):
            return Hit(start, end, str(concept.period), "programme:generation-heading", 0.8)
    return None


def _period_label(clean: str, languages: tuple[str, ...]) -> Hit | None:
    """A period stated by a label ("Okres programowania: 2014-2021"), as written."""
    words = _period_words(languages)
    if not words:
        return None
    # A label may be glued to the word before it ("programOkres programowania: 2014-2021").
    pattern = re.compile(
        r"(?:(?<!\w)|(?<=[^\W\d_])(?=(?-i:[A-ZÀ-ÝĀ-Ž])))(?:"
        + words
        + r")[ \t]*[:：]?[ \t]*((?:19|20)\d\d)[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    )
    m = pattern.search(clean)
    # Only a programming period's first year: "Project period: 2016-2019" is a project run.
    if m is None or not _period_start(int(m.group(1))):
        return None
    return Hit(m.start(1), m.end(2), f"{m.group(1)}-{m.group(2)}", "programme:period-label")


def _period_start(year: int) -> bool:
    from coopkg.records.vocab import periods

    return any(str(p.id).startswith(str(year)) for p in periods())


def _period_words(languages: tuple[str, ...]) -> str:
    from coopkg.extraction.dates import period_labels

    words = sorted(set(period_labels(languages)), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def find_programme(
    clean: str, raw: str | None = None, languages: tuple[str, ...] = ()
) -> ProgrammeFinding | None:
    """The project's programme in the masked text, or None.

    ``raw`` (the unmasked notice) lets a site header that names only a programme count
    when the masked text names none. The name never includes a period ("Interreg MED
    2014-2020" -> "Interreg MED", period 2014-2020 stated).
    """
    best: tuple[int, int, int, Any] | None = None
    for start, end, concept in programme_mentions(clean):
        if _generation_only(concept):
            continue
        score = _score(clean, start, end)
        if score and (best is None or score > best[0]):
            best = (score, start, end, concept)
    if best is not None:
        best = _short_form(clean, best)
    keep = _keep_line(clean)
    labelled = _period_label(clean, languages)
    if keep is not None and (best is None or best[0] < 2):
        return ProgrammeFinding(keep[0], None, labelled or keep[1], False)
    # A programme named by its area in the page's language: alone, or completing a family
    # the vocabulary knows without its area ("Interreg V-A" + "Česká republika – Polsko").
    area = find_area_programme(clean)
    if area is not None and (
        best is None
        or (
            getattr(best[3], "area", None) is None
            and area[0].start <= best[2] + 1
            and area[0].end > best[2]
        )
        # The area's name holds the vocabulary's ("Italy-France ALCOTRA Cross-border ...").
        or (area[0].start <= best[1] and best[2] <= area[0].end)
    ):
        name, period = area
        if best is None:
            return ProgrammeFinding(name, _area_family(name.value), period or labelled, False)
        known = _finding(clean, *best)
        if period is None and known.period is not None and not known.period_derived:
            period = known.period
        return ProgrammeFinding(
            name,
            known.programme_id,
            period or labelled or known.period,
            period is None and labelled is None and known.period_derived,
        )
    source = clean
    if best is None and raw is not None:
        header = _header_mention(raw)
        if header is not None:
            best, source = (1, *header), raw
    if best is None:
        bare = _called_a_programme(clean)
        return None if bare is None else ProgrammeFinding(bare, None, labelled, False)
    finding = _finding(source, *best)
    if labelled is not None and (finding.period is None or finding.period_derived):
        return replace(finding, period=labelled, period_derived=False)
    return finding


def _short_form(clean: str, best: tuple[int, int, int, Any]) -> tuple[int, int, int, Any]:
    """The programme's short name where the chosen mention spells it out: "Alpes Latines
    COopération TRAnsfrontalière" is written "ALCOTRA" elsewhere on the page, the name
    the programme goes by."""
    score, start, end, concept = best
    written = clean[start:end]
    capitals = "".join(c for c in written if c.isupper())
    if len(written.split()) < 3 or len(capitals) < 4:
        return best
    for s, e, c in programme_mentions(clean):
        short = clean[s:e]
        same = getattr(c, "id", c) == getattr(concept, "id", concept)
        if same and " " not in short and short.upper() == capitals.upper():
            return score, s, e, concept
    return best


def _generation_only(concept: Any) -> bool:
    """A generation without a programme's name ("Interreg VI", "Interreg V"): no programme.

    Such a mention is a site section or the name of an era; the project's programme is a
    named one (a strand family "Interreg V-A" still says which kind of programme it is).
    """
    return (
        getattr(concept, "generation", None) is not None
        and getattr(concept, "strand", None) is None
        and getattr(concept, "area", None) is None
        and not getattr(concept, "broaders", ())
    )


def _without_tail(written: str) -> str:
    """The name without a trailing "Programme" word ("Interreg MED Programme" -> "Interreg MED").

    The word is kept when nothing but "Interreg" would remain.
    """
    tail = re.compile(r"[\s-]+(?:" + labels.alternation("programme_name_tails") + r")\s*$", re.I)
    m = tail.search(written)
    if m is None or len(written[: m.start()].split()) < 2:
        return written
    return written[: m.start()]


@lru_cache(maxsize=1)
def _programme_nouns() -> frozenset[str]:
    """The noun "programme" in every case and language, lower case."""
    from coopkg.records.vocab import PROGRAMME_WORDS

    return frozenset(p.casefold() for p in labels.phrases("programme_heads")) | PROGRAMME_WORDS


#: "Interreg VA Programms ...", "INTERREG IV C programme ...": a generation, then a word.
_INNER_NOUN = re.compile(
    r"(interreg[ \t]+[IVX]+(?:[ \t-]?[ABC])?[ \t]+)([^\W\d_]+)[ \t]+(?=\S)", re.IGNORECASE
)


def _finding(clean: str, score: int, start: int, end: int, concept: Any) -> ProgrammeFinding:
    period = _stated_period(clean, start)
    inner_start, written = _strip_period(clean, start, end)
    # A name starts at its first capitalised word ("programu Interreg ..." -> "Interreg ...").
    lead = re.match(r"(?:[a-zà-ÿ][\w'’-]*\s+)+(?=[A-ZÀ-Ý0-9])", written)
    if lead:
        inner_start, written = inner_start + lead.end(), written[lead.end() :]
    # ... and at "Interreg" after the noun "programme" ("Programa Interreg Sudoe").
    noun = re.match(r"([^\W\d_]+)\s+(?=interreg\b)", written, re.IGNORECASE)
    if noun and noun.group(1).casefold() in _programme_nouns():
        inner_start, written = inner_start + noun.end(), written[noun.end() :]
    # ... and at a programme's short name in capitals ("Programa POCTEFA" -> "POCTEFA").
    noun = re.match(r"([^\W\d_]+)\s+(?=[A-ZÀ-Ý]{3,}\b)", written)
    if (
        noun
        and noun.group(1).casefold() != "interreg"
        and noun.group(1).casefold() in _programme_nouns()
    ):
        inner_start, written = inner_start + noun.end(), written[noun.end() :]
    # The noun inside the name is no part of it: "Interreg VA Programms Großregion" (a
    # genitive after the generation) -> "Interreg VA Großregion".
    inner = _INNER_NOUN.match(written)
    if inner and inner.group(2).casefold() in _programme_nouns():
        written = written[: inner.start(2)] + written[inner.end(2) :].lstrip()
    if period is None and inner_start != start:
        m = re.match(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", clean[start:end])
        if m:
            period = Hit(
                start, start + m.end(), f"{m.group(1)}-{m.group(2)}", "programme:keep-period"
            )
    # "Interreg MED 2014-2020": the period is stated, the name ends before it.
    trailing = _TRAILING_PERIOD.search(written)
    if trailing is not None and trailing.start() > 0:
        p_start = inner_start + trailing.start(1)
        period = period or Hit(
            p_start,
            inner_start + trailing.end(2),
            f"{trailing.group(1)}-{trailing.group(2)}",
            "programme:period-after-name",
        )
        written = written[: trailing.start()]
    after = (
        _PERIOD_AFTER.match(clean[end:])
        or _PERIOD_NEXT.match(clean[end:])
        or _PERIOD_BELOW.match(clean[end:])
    )
    if period is None and after is not None and _known_period(after.group(1), after.group(2)):
        period = Hit(
            end + after.start(1),
            end + after.end(2),
            f"{after.group(1)}-{after.group(2)}",
            "programme:period-after-name",
        )
    written = _without_tail(written.rstrip())
    name = Hit(
        inner_start,
        inner_start + len(written.rstrip()),
        written.strip(),
        f"programme:{score}",
        1.0 if score >= 2 else 0.9,
    )
    derived = False
    if period is None and getattr(concept, "period", None):
        period = Hit(start, end, str(concept.period), "programme:vocabulary-period", 0.5)
        derived = True
    return ProgrammeFinding(name, getattr(concept, "id", None), period, derived)


# ------------------------------------------------------------------ programme areas
#
# Most cross-border programmes are named by their area, two or three countries joined by a
# dash, in the page's language and case: "Interreg V-A Česká republika – Polsko",
# "Szlovákia – Magyarország Határon Átnyúló Együttműködési Program", "Latvijos-Lietuvos
# bendradarbiavimo per sieną programą", "Επιχειρησιακό Πρόγραμμα ... Ελλάδα Βουλγαρία". No
# vocabulary lists every spelling and case, so a country pair next to a programme word is
# read as the programme's area, with country names from the multilingual country index.

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_JOIN = re.compile(r"[ \t]*[-–—/][ \t]*\Z")
_SPACES = re.compile(r"[ \t]+\Z")
#: Words between a programme word and the area it names ("programa prekogranične
#: suradnje IPA Hrvatska", "Határon Átnyúló Együttműködési Program" after the area).
_HEAD_GAP_BEFORE = 5
_HEAD_GAP_AFTER = 5
_FAMILY_BEFORE = re.compile(
    r"(?:(?<!\w)(?:interreg|интеррег|ipa)(?:[ \t]+(?:i{1,3}|iv|vi?)(?:[ \t]*-?[ \t]*[abc])?)?"
    r"(?:[ \t]+ipa)?(?:[ \t]+cbc)?[ \t]*)\Z",
    re.IGNORECASE,
)
# A period written after the name, possibly after a closing quote, a bracketed short name
# or a few words in the same clause ("... Slovenija-Hrvaška v obdobju 2014-2020",
# "... (POCTEP) 2014-2020").
_PERIOD_NEXT = re.compile(
    r"^(?:[ \t]*[^\s.,;:!?\d]+){0,3}?[ \t]*[(,]?[ \t]*"
    r"((?:19|20)\d\d)\.?[ \t]*[-–/][ \t]*((?:19|20)\d\d)(?!\d)"
)
# ... or at the start of the next line, under the name in a fact sheet's header ("Interreg
# Aurora   PROJECT SHEET" / "2021-2027"), after at most a few header words.
_PERIOD_BELOW = re.compile(
    r"^(?:[ \t]*[^\s.,;:!?\d]+){0,3}?[ \t]*\n"
    r"((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)(?!\d)"
)
# ... or right before it, with an abbreviated "year(s)" ("2007-2013 m. Latvijos-Lietuvos").
_PERIOD_BEFORE = re.compile(
    r"((?:19|20)\d\d)\.?[ \t]*[-–/][ \t]*((?:19|20)\d\d)\.?[ \t]*(?:[^\W\d_]{1,3}\.)?[ \t]*\Z"
)


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, tuple[tuple[str, str], ...]]:
    """First four letters -> (folded one-word country name, code), for inflected forms."""
    from coopkg.records.countries import country_names
    from coopkg.records.vocab import fold

    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in country_names().items():
        key = fold(name)
        if " " in key or len(key) < 4 or not key.isalpha():
            continue
        out.setdefault(key[:4], []).append((key, code))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def _country_of_word(word: str) -> str | None:
    """The country a word names in any language and case ("Latvijos", "Румъния"), or None.

    A word matches a name when it keeps all of it but its last two letters and adds at
    most three ("Latvija" -> "Latvijas", "Latvijos"; "Słowacja" -> "Słowacka").
    """
    from coopkg.records.vocab import fold

    w = fold(word)
    if len(w) < 4:
        return None
    best: tuple[int, str] | None = None
    for name, code in _country_stems().get(w[:4], ()):
        common = 0
        for a, b in zip(w, name, strict=False):
            if a != b:
                break
            common += 1
        fits = common == len(w) == len(name) or (
            common >= max(4, len(name) - 2) and len(w) - common <= 3
        )
        if fits and (best is None or common > best[0]):
            best = (common, code)
    return best[1] if best else None


@lru_cache(maxsize=8)
def _folded_set(section: str) -> frozenset[str]:
    from coopkg.records.vocab import fold

    return frozenset(fold(p) for p in labels.phrases(section))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Nominative programme heads; they compare in lower case with their accents
    ("programą" is not "programa")."""
    return frozenset(p.casefold() for p in labels.phrases("programme_heads"))


@dataclass(frozen=True, slots=True)
class _Area:
    start: int
    end: int
    codes: tuple[str, ...]
    first: int  # index of the first word
    last: int  # index of the last word


def _areas(text: str, words: list[re.Match[str]]) -> list[_Area]:
    """Runs of two or more countries joined by dashes (or, when both are bare country
    words, by a space), each country with an optional "republic" word."""
    from coopkg.records.vocab import fold

    state = _folded_set("state_words")
    codes = [_country_of_word(m.group()) for m in words]
    out: list[_Area] = []
    i = 0
    while i < len(words):
        if codes[i] is None:
            i += 1
            continue
        segments: list[tuple[int, int, str]] = []  # (first word, last word, code)
        j = i
        while j < len(words) and codes[j] is not None:
            first, last = j, j
            if (
                first > 0
                and fold(words[first - 1].group()) in state
                and (_SPACES.match(text[words[first - 1].end() : words[first].start()]))
            ):
                first -= 1
            if (
                last + 1 < len(words)
                and fold(words[last + 1].group()) in state
                and (_SPACES.match(text[words[last].end() : words[last + 1].start()]))
            ):
                last += 1
            segments.append((first, last, str(codes[j])))
            nxt = last + 1
            if nxt >= len(words):
                break
            gap = text[words[last].end() : words[nxt].start()]
            if _JOIN.match(gap) or (_SPACES.match(gap) and last == j and codes[nxt]):
                # "... – Republika Słowacka": the state word opens the next country.
                if (
                    codes[nxt] is None
                    and nxt + 1 < len(words)
                    and fold(words[nxt].group()) in state
                    and _SPACES.match(text[words[nxt].end() : words[nxt + 1].start()])
                ):
                    nxt += 1
                j = nxt
                continue
            break
        found = tuple(dict.fromkeys(code for _, _, code in segments))
        if len(found) >= 2:
            a, b = segments[0][0], segments[-1][1]
            out.append(_Area(words[a].start(), words[b].end(), found, a, b))
            i = b + 1
        else:
            i += 1
    return out


def _plain_gap(text: str, lines: int = 0) -> bool:
    """No sentence or clause break between two words of one name (up to ``lines`` line
    breaks: a fact sheet may wrap a long name)."""
    return re.search(r"[.;:!?()\"„“”«»]", text) is None and text.count("\n") <= lines


def find_area_programme(clean: str) -> tuple[Hit, Hit | None] | None:
    """A programme named by its area next to a programme word, and the period written
    after it: (name, period). The name keeps an "Interreg V-A"/"IPA" prefix, and a
    nominative programme head written before or after the area; an inflected head is left
    out ("Operačního programu ... Slovenská republika – Česká republika" -> the area).

    >>> name, period = find_area_programme(
    ...     "Sredstva dolaze iz programa prekogranične suradnje IPA Hrvatska – Srbija.")
    >>> name.value, period
    ('IPA Hrvatska – Srbija', None)
    >>> name, period = find_area_programme(
    ...     "a Szlovákia – Magyarország Határon Átnyúló Együttműködési Program 2007 – 2013 "
    ...     "támogatásával")
    >>> name.value, period.value
    ('Szlovákia – Magyarország Határon Átnyúló Együttműködési Program', '2007-2013')
    """
    from coopkg.records.vocab import fold

    words = list(_WORD.finditer(clean))
    stems = tuple(_folded_set("programme_stems"))
    families = ("interreg", "интеррег", "ιντερρεγκ", "ipa", "cbc")
    heads = _heads()

    def programme_word(k: int) -> bool:
        return fold(words[k].group()).startswith(stems)

    for area in _areas(clean, words):
        start, end = area.start, area.end
        family = _FAMILY_BEFORE.search(clean[max(0, start - 40) : start])
        if family is not None and family.group().strip():
            start = start - len(family.group())
        cued = family is not None and bool(family.group().strip())
        # A programme word shortly before the area, in the same clause.
        lead_head: int | None = None
        for k in range(area.first - 1, max(-1, area.first - 1 - _HEAD_GAP_BEFORE), -1):
            if not _plain_gap(clean[words[k].end() : words[k + 1].start()]):
                break
            if programme_word(k):
                cued = True
                if words[k].group().casefold() in heads and words[k].group()[:1].isupper():
                    lead_head = k
                # A family word ("Interreg") may follow the head: read on to it.
                if not fold(words[k].group()).startswith(families):
                    break
        # ... or shortly after it ("... Együttműködési Program", "... programme").
        tail_head: int | None = None
        tail_end = end
        for k in range(area.last + 1, min(len(words), area.last + 1 + _HEAD_GAP_AFTER)):
            if not _plain_gap(clean[words[k - 1].end() : words[k].start()], lines=1):
                break
            if programme_word(k):
                cued = True
                tail_end = words[k].end()
                if words[k].group().casefold() in heads:
                    tail_head = k
                break
        if not cued:
            continue
        # "Programa Interreg ..." names the family right after the noun: the name starts
        # at the family ("Interreg Sudoe"); "Program cezhraničnej spolupráce Interreg ..."
        # keeps its own words.
        if lead_head is not None and fold(words[lead_head + 1].group()).startswith(families):
            lead_head = None
        if lead_head is not None and tail_head is None:
            start = min(start, words[lead_head].start())
        elif tail_head is not None and lead_head is None:
            end = words[tail_head].end()
        name = clean[start:end].strip()
        hit = Hit(start, start + len(name), name, "programme:area", 0.9)
        period = _period_near(clean, start, end, tail_end)
        if period is None:
            # The same area named again with its period ("... programmas līdzfinansētā
            # projekta ... programma 2014.-2020. gadam").
            for other in _areas(clean, words):
                if other.codes == area.codes and other.start > area.start:
                    period = _period_near(clean, other.start, other.end, other.end)
                    if period is not None:
                        break
        return hit, period
    return None


def _area_family(name: str) -> str | None:
    """The vocabulary's name family of the countries an area names, in any language and
    case ("Latvijos ir Lietuvos", "Latvijas-Lietuvas" -> latvia-lithuania), when exactly
    one family covers those countries."""
    words = list(_WORD.finditer(name))
    areas = _areas(name, words)
    # Country names are capitalised; "italo-svizzero", "franco-italien" are adjectives
    # that describe a programme without naming it.
    from coopkg.records.vocab import fold

    state = _folded_set("state_words")  # "Česká republika": the state word may be lower case
    if any(
        not w.group()[:1].isupper() and fold(w.group()) not in state
        for a in areas
        for w in words[a.first : a.last + 1]
    ):
        return None
    codes = {c for a in areas for c in a.codes}
    if len(codes) < 2:
        return None
    return _families_by_countries().get(frozenset(codes))


@lru_cache(maxsize=1)
def _families_by_countries() -> dict[frozenset[str], str]:
    """Country set -> name family id, for the families whose area names countries only."""
    from coopkg.records.vocab import programmes

    seen: dict[frozenset[str], list[str]] = {}
    for concept in programmes():
        if concept.period is not None or not concept.area:
            continue
        parts = re.split(r"\s*[-–/]\s*", concept.area)
        codes = [_country_of_word(p) for p in parts]
        if len(parts) >= 2 and all(codes):
            seen.setdefault(frozenset(str(c) for c in codes), []).append(concept.id)
    return {k: v[0] for k, v in seen.items() if len(v) == 1}


def _period_near(clean: str, start: int, end: int, tail_end: int) -> Hit | None:
    """A programming period written right after a programme's name or right before it."""
    for at in dict.fromkeys((end, tail_end)):
        after = _PERIOD_NEXT.match(clean[at:]) or _PERIOD_BELOW.match(clean[at:])
        if after is not None and _known_period(after.group(1), after.group(2)):
            return Hit(
                at + after.start(1),
                at + after.end(2),
                f"{after.group(1)}-{after.group(2)}",
                "programme:period-after-name",
            )
    before = _PERIOD_BEFORE.search(clean[max(0, start - 20) : start])
    if before is not None and _known_period(before.group(1), before.group(2)):
        offset = max(0, start - 20)
        return Hit(
            offset + before.start(1),
            offset + before.end(2),
            f"{before.group(1)}-{before.group(2)}",
            "programme:period-before-name",
        )
    return None


_BARE_INTERREG = re.compile(
    r"(?<![\w-])(?:interreg|интеррег)(?:[ \t]+(?:i{1,3}|iv|vi?)(?:[ \t]*-?[ \t]*[abc])?)?(?![\w-])",
    re.IGNORECASE,
)


#: A pre-accession (IPA) or neighbourhood (ENI) cross-border programme the vocabulary lacks,
#: named by its capitalised words: "IPA Danube Bridges", "ENI CBC Karelia".
_NAMED_INSTRUMENT = re.compile(
    r"(?<![\w-])(?:IPA|ENI)(?:[ \t]+(?:CBC|II))?(?:[ \t]+[A-ZÀ-Ý][\w-]+){1,4}"
    r"(?:[ \t]+(?i:programme|program|programma|programa|programm))?(?![\w-])"
)


def _called_a_programme(clean: str) -> Hit | None:
    """ "Interreg" with no programme's name, where the text calls it a programme
    ("στο διασυνοριακό πρόγραμμα INTERREG", "ao Programa de Iniciativa Comunitária INTERREG
    IV"): recorded as written. "Interreg-Programm" or "Interreg project" name none.
    Also an IPA or ENI programme named by its words after a programme word ("the
    cross-border programme IPA Danube Bridges").
    """
    from coopkg.records.vocab import fold

    stems = tuple(_folded_set("programme_stems"))
    for m in [*_BARE_INTERREG.finditer(clean), *_NAMED_INSTRUMENT.finditer(clean)]:
        before = clean[max(0, m.start() - 80) : m.start()]
        words = list(_WORD.finditer(before))[-5:]
        if not words or not _plain_gap(before[words[0].start() :]):
            continue
        if any(
            fold(w.group()).startswith(stems) and not fold(w.group()).startswith("interreg")
            for w in words
        ):
            return Hit(m.start(), m.end(), m.group(), "programme:called-a-programme", 0.8)
    return None
