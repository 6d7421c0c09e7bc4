"""Project title and acronym.

Reads labelled lines ("Acronym: X", "Titre du projet : ..."), heading lines ("Title
(ACRONYM)", "ACRONYM - Title", a short title-like line before the body) and prose cues
("The X project", "Das X-Projekt", "le projet X", "X is a project", "the project Title
(ACR)", 'Projekt „Title"'). Site headers (brand lines) and project numbers are never
titles. Works on the masked
text of :mod:`coopkg.extraction.layout`, so site navigation never becomes a title. It must not
decide any other field.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from coopkg.extraction import labels
from coopkg.extraction.layout import FURNITURE, Layout, Line, core, header_lines
from coopkg.records.hits import Hit

_WORD = r"[A-Za-zÀ-ÿ0-9][\w\-&+]*"
#: The capitals of Latin Extended-A (Č, Ł, Ő, Ś, Š, Ų, Ž ...): Central European and Baltic
#: names in capitals begin with them as often as with A-Z.
_CAPS_EXT = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
# An apostrophe may join two capitalised parts ("RISQ'EAU", "Observ’Alp"), not end a word
# ("ClusteriX's").
_ACRO_TOKEN = r"[A-ZÀ-Ý" + _CAPS_EXT + r"0-9](?:[\wÀ-ÿ&+\-]|['’.:](?=[A-ZÀ-Ý])){1,24}"
_MAX_TITLE = 220
_MIN_BODY = 200
#: A programme's project number before a heading ("AB86 – ...", "ITAT1023 – ...",
#: "SOE3/P5/E0912"): letters then at least two digits. It is neither title nor acronym.
_PROJECT_CODE = re.compile(r"[A-Z]{1,6}\d{2,}(?:[/.-][A-Z0-9]+)*|[A-Z]{2,6}-\d{2,}")
#: A code then the acronym after it ("ROHU 443-BABYROHU", "ROHU-401 – NAME").
_CODE_THEN_NAME = re.compile(r"[ \t]?-?\d{2,}[ \t]*[-–][ \t]*(?P<acr>[A-ZÀ-Ý][\wÀ-ÿ&+\-]{1,24})")
_QUOTES = '„“”"«»‚‘’'
# A programme generation ("V-A", "VI", "IV-C") is part of a programme's name, not an acronym.
_GENERATION = re.compile(r"[IVX]{1,4}(?:-?[A-D])?")
# "EU CYCLE": capitals words with spaces, a project's name when a project cue frames it.
_SPACED_ACRO = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9]+(?:\s[A-ZÀ-Ý0-9]{2,}){1,2}"


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, dict[str, list[str]]]:
    raw = resources.files("coopkg.extraction").joinpath("data/titles.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def cue_table(name: str) -> dict[str, list[str]]:
    """One section of ``data/titles.toml`` (language or key -> phrases)."""
    return dict(_cue_table().get(name, {}))


@lru_cache(maxsize=32)
def cue_phrases(name: str) -> tuple[str, ...]:
    """The phrases of one section of ``data/titles.toml`` over all languages, longest first."""
    seen = {str(v): None for values in _cue_table().get(name, {}).values() for v in values}
    return tuple(sorted(seen, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=32)
def cue_alternation(name: str) -> str:
    """A regex alternation (no group) of a titles.toml section's phrases."""
    return labels.trie_alternation(cue_phrases(name))


@lru_cache(maxsize=1)
def _project_words() -> str:
    """Project words of every language ("project", "Projekt", "progetto", "projekt")."""
    words = dict.fromkeys([*labels.phrases("project_words"), *cue_phrases("project_words_extra")])
    return labels.trie_alternation(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _compound_project_word() -> str:
    """A compound ending in a project word, as a pattern ("koostööprojekti", "Interreg-
    Projekt", "grænseprojektet"): the project words' trie begins at a word's start."""
    words = dict.fromkeys([*labels.phrases("project_words"), *cue_phrases("project_words_extra")])
    ends = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return r"(?<![\w-])[^\W\d_]{3,}-?(?i:" + ends + r")(?!\w)"


@lru_cache(maxsize=1)
def _project_word_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + _project_words() + r")", re.IGNORECASE)


def looks_like_acronym(word: str, *, relaxed: bool = False) -> bool:
    """Whether ``word`` has the shape of a project acronym.

    Strict: at least two capitals, or a capital plus a digit (TECHLINK, InnoTrax, TraCS3).
    Relaxed (used after a strong project cue): a capitalised word that is not a common word.
    """
    w = word.strip("-–:,.;()")
    if not 2 <= len(w) <= 25 or w.lower() in labels.stop_acronyms() or is_page_word(w):
        return False
    # "PROIECTULUI", "PROJEKTU": the word "project" in capitals, in any case.
    if _project_word_re().fullmatch(w):
        return False
    if not w[0].isupper() and not w[0].isdigit():
        return False
    # A point or colon may join parts too ("Ri.Ve", "GR:Lab", "Sava-Kupa.Trail").
    if not re.fullmatch(r"(?:[\wÀ-ÿ&+\-]|['’.:](?=[A-ZÀ-Ý]))+", w) or w.isdigit():
        return False
    if _GENERATION.fullmatch(w):
        return False
    # "Projekt.Der": two words glued at a sentence end, not a name joined by a point.
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}[.:][A-ZÀ-Ý][a-zà-ÿ]+", w):
        return False
    caps = sum(c.isupper() for c in w)
    digits = any(c.isdigit() for c in w)
    if caps >= 2 or (caps >= 1 and digits):
        # Hyphenated capitalised compounds ("Cross-Linking") are words, not acronyms.
        return not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+", w)
    return relaxed and w[1:].islower() and len(w) >= 4


#: Label sections whose phrases are page matter: a badge ("FINISHED", "TERMINÉ"), a field
#: or section label ("Partner", "Details", "Lead Partner"), a menu word. Never a project's
#: name, however it is written.
_PAGE_WORD_SECTIONS = (
    "furniture",
    "menu_words",
    "link_labels",
    "website_labels",
    "title_labels",
    "acronym_labels",
    "status_labels",
    "status_badges.finished",
    "status_badges.ongoing",
    "status_badges.planned",
    "status_words.finished",
    "status_words.ongoing",
    "status_words.planned",
    "programme_labels",
    "partner_labels.lead",
    "partner_labels.partner",
    "partner_labels.associated",
    "partner_labels.advisory",
    "partner_labels.observer",
    "list_end_headings",
    "related_boxes",
    "contact_labels",
    "theme_labels",
    "result_labels",
    "section_labels",
    "page_labels",
    "table_headers",
)


@lru_cache(maxsize=1)
def _page_words() -> frozenset[str]:
    words = {p.casefold() for name in _PAGE_WORD_SECTIONS for p in labels.phrases(name)}
    words.update(p.casefold() for p in cue_phrases("section_headings"))
    words.update(p.casefold() for p in cue_phrases("page_words"))
    return frozenset(words)


def is_page_word(text: str) -> bool:
    """Whether ``text`` is, whole, a label, badge or heading of page furniture.

    >>> is_page_word("TERMINÉ"), is_page_word("Project summary"), is_page_word("INNOGROW")
    (True, True, False)
    """
    return " ".join(core(text).split()).casefold() in _page_words()


@lru_cache(maxsize=8)
def _label_line(section: str) -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:" + labels.alternation(section) + r")\s*[:：]\s*(\S.*)$", re.IGNORECASE
    )


@lru_cache(maxsize=8)
def _label_alone(section: str) -> re.Pattern[str]:
    """A label alone on its line ("Projekt címe:"), its value on the next lines."""
    return re.compile(r"^\W*(?:" + labels.alternation(section) + r")\s*[:：]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _label_cell(section: str) -> re.Pattern[str]:
    """A label and its value in two cells of a flattened table ("Acronym<TAB>X")."""
    return re.compile(
        r"^\W*(?:" + labels.alternation(section) + r")(?:\t+|\s{3,})(\S.*)$", re.IGNORECASE
    )


def _continues(text: str, nxt: Line) -> bool:
    """Whether a value broken over lines goes on in ``nxt`` ("... házak a" / "Körös-...").

    A wrapped value breaks mid-phrase: its line ends with a lower-case word, a comma or a
    hyphen, or the next line starts in lower case; a line holding a label starts anew.
    """
    if _FACT_LINE.match(nxt.text) or is_page_word(nxt.text) or text.endswith((".", ":", ";")):
        return False
    last = text.split()[-1]
    return nxt.text[0].islower() or last[0].islower() or text.endswith((",", "-", "–"))


def _value_below(lines: Sequence[Line], i: int) -> Hit | None:
    """The value under a label alone on line ``i``: the next line and its wrapped rest."""
    if i + 1 >= len(lines) or lines[i + 1].paragraph - lines[i].paragraph > 1:
        return None
    first = lines[i + 1]
    if is_page_word(first.text) or _FACT_LINE.match(first.text) or len(first.text) > _MAX_TITLE:
        return None
    parts, end = [first.text], first.end
    for nxt in lines[i + 2 : i + 4]:
        joined = " ".join(parts)
        if nxt.paragraph != first.paragraph or not _continues(joined, nxt):
            break
        if len(joined) + len(nxt.text) > _MAX_TITLE:
            break
        parts.append(nxt.text)
        end = nxt.end
    value = " ".join(" ".join(parts).split())
    # '"Potenciāla attīstība"': a value written in quotes under its label.
    if len(value) > 2 and value[0] in _QUOTES and value.rstrip(".")[-1] in _QUOTES:
        value = value.rstrip(".")[1:-1].strip()
    return Hit(first.start, end, value, "", 1.0)


def _labelled(lay: Layout, section: str) -> Hit | None:
    """A labelled value: "Label: value", "Label<TAB>value", or the label alone on its line
    with the value on the lines under it."""
    pat, cell, alone = _label_line(section), _label_cell(section), _label_alone(section)
    lines = lay.content_lines()
    for i, line in enumerate(lines):
        m = pat.match(line.text) or cell.match(line.text)
        if m:
            value = m.group(1).strip()
            if is_page_word(value):
                continue
            start = line.start + m.start(1)
            end = start + len(value)
            # "Název projektu: ... kulturního" / "dědictví": a value wrapped onto the next line.
            for nxt in lines[i + 1 : i + 3]:
                if nxt.paragraph != line.paragraph or not _continues(value, nxt):
                    break
                if len(value) + len(nxt.text) > _MAX_TITLE:
                    break
                value, end = f"{value} {nxt.text.strip()}", nxt.end
            return Hit(start, end, value, f"label:{section}", 1.0)
        if alone.match(line.text):
            below = _value_below(lines, i)
            if below is not None:
                return replace(below, rule=f"label:{section}:below", confidence=0.9)
    return None


@lru_cache(maxsize=1)
def _quoted_after_cue() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a quoted value, a title or short-name cue ending right before its quote).

    'με τίτλο «X»', 's názvem: „X"', 'designado "X"', 'akronimas – „X"', 'със съкратено
    наименование „X"': the cue says what the quoted name is. Short-name cues come first,
    so that "съкратено наименование" is not read as its last word, a title cue. Quotes are
    found first and the cue looked for just before each: a scan of the whole text for
    hundreds of cues was the slowest step of extraction.
    """

    def alternation(phrases: set[str]) -> str:
        ordered = sorted(phrases, key=lambda p: (-len(p), p))
        return labels.trie_alternation(ordered)

    acr = alternation({*labels.phrases("acronym_labels"), *cue_phrases("acronym_quote_cues")})
    title = alternation({*labels.phrases("title_labels"), *cue_phrases("title_quote_cues")})
    q = _QUOTES + "¨"
    # A plain apostrophe quotes too when it opens after a space and closes before a
    # non-letter ("denominada 'Pinus AP'.").
    quoted = re.compile(
        r"[" + q + r"][ \t]*(?P<v>[^" + q + r"\n]{2,220}?)[ \t]*[" + q + r"]"
        r"|(?<=\s)'(?P<p>[^'\n]{2,60}?)'(?!\w)"
    )
    cue = re.compile(
        r"(?:(?P<acue>" + acr + r")|(?P<tcue>" + title + r"))[ \t]*[:\-–—]?\s{0,3}$",
        re.IGNORECASE,
    )
    return quoted, cue


@lru_cache(maxsize=1)
def _cue_after() -> re.Pattern[str]:
    """A cue written after the name ('„X” elnevezésű', '"X" -niminen'), right after it."""
    return re.compile(
        r"[ \t]?(?:" + cue_alternation("title_after_cues") + r")(?!\w)", re.IGNORECASE
    )


_CUE_REACH = 40


def _short_name(value: str) -> bool:
    """A project's short name: an acronym, or up to five words ("Ežerai ateičiai")."""
    words = value.split()
    return (
        0 < len(words) <= 5
        and len(value) <= 60
        and (value[0].isupper() or value[0].isdigit())
        and not value.endswith((".", ",", ";", ":"))
        and not is_page_word(value)
    )


def _cued_quotes(clean: str) -> tuple[Hit | None, Hit | None]:
    """The first title and short name that a cue introduces in quotes (see above)."""
    title: Hit | None = None
    acronym: Hit | None = None
    quoted, cue = _quoted_after_cue()
    for m in quoted.finditer(clean):
        c = cue.search(clean, max(0, m.start() - _CUE_REACH), m.start())
        after = c is None and _cue_after().match(clean, m.end()) is not None
        if c is None and not after:
            continue
        acronym_cue = c is not None and c.group("acue") is not None
        group = "v" if m.group("v") is not None else "p"
        value, at = m.group(group).strip(), m.start(group)
        # A title cue before a short name with a coined part ("denominada 'Pinus AP'")
        # names the project by its short name.
        coined = _is_short_name(value) and any(looks_like_acronym(w) for w in value.split())
        if (acronym_cue or coined) and acronym is None and _short_name(value):
            acronym = Hit(at, at + len(value), value, "prose:cued-acronym", 0.85)
        elif (
            not acronym_cue
            and title is None
            and len(value.split()) >= 2
            and not value.endswith((".", ":", ";"))
            and not is_page_word(value)
        ):
            title = Hit(at, at + len(value), value, "prose:cued-title", 0.85)
        if title is not None and acronym is not None:
            break
    return title, acronym


@lru_cache(maxsize=1)
def _inner_title_label() -> re.Pattern[str]:
    # Only labels of two or more words ("Project title"): "Title" alone is a common word.
    names = [p for p in labels.phrases("title_labels") if " " in p]
    alternation = labels.trie_alternation(names)
    return re.compile(r"^(?P<a>.*?)\s*(?<!\w)(?:" + alternation + r")(?!\w)\s*(?P<b>.*)$")


def _scrambled_title(lay: Layout) -> Hit | None:
    """A title whose label a PDF reader moved into the value, without a colon.

    "Development of an integrated response ... emergency Project title situations": the
    label "Project title" (case as written) sits inside or in front of the value.
    """
    for line in lay.content_lines()[:12]:
        m = _inner_title_label().match(line.text)
        if m is None or ":" in line.text:
            continue
        value = " ".join(x for x in (m.group("a"), m.group("b")) if x).strip()
        if _title_like(value) and len(value.split()) >= 4 and not is_headline(value):
            return Hit(line.start, line.end, value, "label:scrambled-title", 0.7)
    return None


def _title_like(text: str, *, lower_ok: bool = False, colon_ok: bool = False) -> bool:
    words = text.split()
    if len(words) < 2 or len(text) > _MAX_TITLE or text.endswith((".", ":", ";", ",")):
        return False
    if is_page_word(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or (lower_ok and text[0].isalpha())):
        return False
    checked = text
    # "ELCOD – Elektromobilität im Oberrhein: Ladeinfrastruktur ...": after an acronym a
    # colon separates title and subtitle; a label ("Laufzeit: ...") has one word before it.
    m = re.fullmatch(r"([^:]+?)\s*:\s+(\S.*)", text) if colon_ok else None
    if m and len(m.group(1).split()) >= 2 and not _is_label(m.group(1)):
        checked = f"{m.group(1)} {m.group(2)}"
    # "... am Inn 2021-2023": a title may end with the years it runs.
    long_with_years = re.fullmatch(
        r"(?:\S+\s+){4,}\S+\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", checked
    )
    if long_with_years:
        checked = checked[: checked.rstrip().rfind(" ")]
    if re.search(r"[:|@]|https?://|\d{4}", checked):
        return False
    # Section headings ("Results", "Available materials") are not titles.
    return not any(
        labels.compiled(s).fullmatch(core(text))
        for s in ("result_labels", "section_labels", "theme_labels", "furniture")
    )


def _is_label(text: str) -> bool:
    sections = ("title_labels", "programme_labels", "page_labels", "status_labels")
    return any(labels.compiled(s).fullmatch(core(text)) for s in sections)


def _first_language(title: str) -> str:
    """The first of a bilingual title "Titel A / Title B" (the notice's own language first)."""
    parts = re.split(r"\s+/\s+", title)
    if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts):
        return parts[0].strip()
    return title


@lru_cache(maxsize=32)
def _headline_pattern(languages: tuple[str, ...]) -> re.Pattern[str]:
    """Finite verbs of the notice's languages (all languages when unknown)."""
    table = _cue_table().get("headline_verbs", {})
    chosen = [lang for lang in languages if lang in table] or list(table)
    words = sorted({str(w) for lang in chosen for w in table[lang]}, key=lambda w: (-len(w), w))
    # Not inside a hyphenated name: "GRAND-EST" holds no French "est".
    return re.compile(r"(?<!-)(?:" + labels.trie_alternation(words) + r")(?!-)", re.I)


_ENCLITIC_VERB = re.compile(r"(?<![\w-])[a-zà-ÿ]{3,}-(?:se|lhe|lhes)(?![\w-])")


@lru_cache(maxsize=1)
def _amount_pattern() -> re.Pattern[str]:
    units = cue_alternation("headline_units")
    return re.compile(r"(?<![\w.,])\d[\d.,]*\s*(?:" + units + r")", re.IGNORECASE)


def is_headline(text: str, languages: Sequence[str] = ()) -> bool:
    """Whether a heading is a news headline (a sentence), not a project's title.

    A headline has a finite verb ("are meeting", "geplant", "se sabrá"), ends with "!" or
    "?", or counts years or money ("30 years of Interreg", "con 1,4 millones").
    """
    if text.rstrip().endswith(("!", "?")):
        return True
    # A verb with its pronoun joined by a hyphen ("unem-se", "candidata-se", "uneix-se"):
    # Portuguese and Catalan headlines, never a title's noun phrase.
    if _ENCLITIC_VERB.search(text):
        return True
    if _amount_pattern().search(text):
        return True
    return bool(_headline_pattern(tuple(languages)).search(text))


def _code_label(text: str) -> bool:
    """A project-code line ("Project code ROHU-48"): a label and its value, no title."""
    pattern = r"\W*(?:" + cue_alternation("project_code_labels") + r")(?!\w)"
    return re.match(pattern, text, re.IGNORECASE) is not None


def _programme_heading(text: str) -> bool:
    """A heading that is (nearly) a programme's name ("Interreg Europe", "Intereq europe")."""
    from rapidfuzz import fuzz, process

    from coopkg.records.vocab import fold

    key = fold(text)
    if len(key.split()) > 6:
        return False
    # Any name at 85 or more (one pass in C over the names, not a call per name).
    names = _programme_names()
    if process.extractOne(key, names, scorer=fuzz.ratio, processor=None, score_cutoff=85):
        return True
    # A fact sheet's running header: the programme's name and a few words of page matter
    # ("Interreg Aurora  PROJECT DESCRIPTION", "Interreg Sudoe  FICHA DE PROYECTO"), the
    # name first, led by "Interreg" (a title may start with "Central Europe", not with
    # "Interreg"); the names table holds most names without that word.
    words = key.split()
    if words[:1] != ["interreg"] or len(words) < 3:
        return False
    words = words[1:]
    return any(
        process.extractOne(
            " ".join(words[:k]), names, scorer=fuzz.ratio, processor=None, score_cutoff=92
        )
        is not None
        for k in range(max(1, len(words) - 3), len(words))
    )


@lru_cache(maxsize=1)
def _programme_names() -> tuple[str, ...]:
    from coopkg.records.vocab import fold, programmes

    return tuple(sorted({fold(a) for c in programmes() for a in c.aliases}))


def _title_hit(start: int, text: str, rule: str, confidence: float = 1.0) -> Hit:
    value = _first_language(text.strip())
    return Hit(start, start + len(value), value, rule, confidence)


@lru_cache(maxsize=1)
def _leading_project_word() -> re.Pattern[str]:
    # Only before an acronym and a dash: "Progetto GREENHARB – ...", not "Project Events".
    return re.compile(r"(?i:" + _project_words() + r")\s+(?=" + _ACRO_TOKEN + r"\s*[-–—:]\s)")


@lru_cache(maxsize=1)
def _code_leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A leading project number and dash; a project word, its number and a dash."""
    return (
        re.compile(r"(" + _PROJECT_CODE.pattern + r")\s*[-–—:]\s+(?=\S)"),
        re.compile(r"(?i:" + _project_words() + r")\s+" + _CODE_LEAD.pattern),
    )


def _strip_code(line: Line) -> Line:
    """The heading without a leading project number or project word.

    "AB86 – Title" -> "Title"; "Progetto GREENHARB – Porti ..." -> "GREENHARB – Porti ...".
    """
    code_first, word_code = _code_leads()
    m = code_first.match(line.text)
    if not m:
        # "Projekt AB 213 – Title": a project word, its number, a dash.
        m = word_code.match(line.text)
    if not m:
        m = _leading_project_word().match(line.text)
    if not m:
        return line
    return Line(line.start + m.end(), line.end, line.text[m.end() :], line.paragraph, line.kind)


#: An acronym of a heading in any script: Greek and Cyrillic pages write their projects'
#: short names in their own capitals ("ΘΑΛΑΣΣΑ+ : ...", "... (ЗЕЛЕН ДУНАВ)").
_HEADING_ACRO = (
    r"[A-ZÀ-Ý" + _CAPS_EXT + r"Α-ΩΆ-ΏА-ЯЀ-Џ0-9](?:[\wÀ-ÿ&+\-]|['’.:](?=[A-ZÀ-ÝΑ-ΩА-Я])){1,24}"
)


#: A name in two or three words of capitals in any script ("BORGO VIVO", "ДУНАВСКИ ПАРКОВЕ"),
#: perhaps in quotes; :func:`_capital_words` checks the case, which a class cannot.
_CAPITAL_WORDS = r"[„“”\"«]?([^\W\d_][^\W_]+(?:[ \t][^\W_]{2,}){1,2})[“”\"»]?"


def _capital_words(name: str) -> bool:
    """Whether a heading's name in several words is a project name in capitals.

    Every word in capitals, one of them acronym-shaped, and none of them a page word
    ("NOTA DE PRENSA", "FICHE PROJET" are the page's, not a project's). A number among the
    words makes a project code ("ROHU 283 – Title"), which is no name.
    """
    words = name.split()
    return (
        all(w.isupper() and not any(c.isdigit() for c in w) for w in words)
        and any(looks_like_acronym(w, relaxed=True) for w in words)
        and not is_page_word(name)
        and not any(is_page_word(w) or w.lower() in labels.stop_acronyms() for w in words[:1])
    )


@lru_cache(maxsize=1)
def _spaced_heading() -> re.Pattern[str]:
    """ "Progetto BORGO VIVO – Title", "Проект „ДУНАВСКИ ПАРКОВЕ“ – Title": name in words."""
    project_word = r"(?:(?i:" + _project_words() + r")\s+)?"
    return re.compile(project_word + _CAPITAL_WORDS + r"\s*(?:[-–—:]\s+|\s+[-–—]\s*)(.+)")


def _heading_hits(line: Line) -> tuple[Hit | None, Hit | None]:
    """Title and acronym of a heading line: "Title (ACR)", "ACR - Title", "ACR: Title"."""
    line = _strip_code(line)
    text = line.text
    m = _spaced_heading().fullmatch(text)
    # A headline all in capitals ("DRAVSKE STAZE: POTPISAN SPORAZUM") names no title.
    if (
        m
        and _capital_words(m.group(1))
        and not m.group(2).isupper()
        and _title_like(m.group(2), lower_ok=True, colon_ok=True)
    ):
        a = Hit(line.start + m.start(1), line.start + m.end(1), m.group(1), "heading:words-title")
        t = _title_hit(line.start + m.start(2), m.group(2), "heading:words-title")
        return t, a
    m = re.fullmatch(r"(.+?)\s*\((" + _HEADING_ACRO + r"|" + _SPACED_ACRO + r")\)", text)
    # '„Title“ (ACR)': a quoted title keeps its quotes out.
    words = m.group(1).strip(_QUOTES + " ") if m else ""
    if m and _acronym_ok(m.group(2)) and _title_like(words, colon_ok=True):
        at = line.start + m.group(1).index(words)
        t = _title_hit(at, words, "heading:title(acronym)")
        a = Hit(
            line.start + m.start(2), line.start + m.end(2), m.group(2), "heading:title(acronym)"
        )
        return t, a
    m = re.fullmatch(r"(" + _HEADING_ACRO + r")\s*(?:[-–—:|]\s+|\s+[-–—]\s*)(.+)", text)
    # After "ACR :" a title may start in lower case ("RESALP : des alpages résilients").
    if (
        m
        and looks_like_acronym(m.group(1))
        and _title_like(m.group(2), lower_ok=True, colon_ok=True)
    ):
        a = Hit(line.start, line.start + m.end(1), m.group(1), "heading:acronym-title")
        t = _title_hit(line.start + m.start(2), m.group(2), "heading:acronym-title")
        return t, a
    # "Title | ACR", "Title – ACR": the page title's style, the acronym last.
    m = re.fullmatch(r"(.+?)\s+[-–—|]\s+(" + _HEADING_ACRO + r")", text)
    if (
        m
        and looks_like_acronym(m.group(2))
        and len(m.group(1).split()) >= 3
        and _title_like(m.group(1), colon_ok=True)
    ):
        t = _title_hit(line.start, m.group(1), "heading:title-acronym")
        a = Hit(line.start + m.start(2), line.start + m.end(2), m.group(2), "heading:title-acronym")
        return t, a
    return None, None


#: A line of a narrow column that a heading wraps onto, and the heading line it continues.
_WRAP_LINE, _WRAPPED_HEADING = 60, 30
#: A heading line ending with a short word in lower case ("du", "of", "and") goes on.
_OPEN_END = re.compile(r"(?<!\S)[a-zà-ÿ]{1,4}$")


def _wrapped(title: Hit, heading: Line, following: Sequence[Line]) -> Hit:
    """A heading wrapped over the short lines of a narrow column (a PDF's title block):
    "ALPAGE+ : Pastoralisme ... dans" / "le massif jurassien et les Alpes du" / "Nord".
    A following line continues it when it is short, in the same paragraph, holds no label,
    and starts in lower case or follows a line ending with a short word in lower case."""
    value, end = title.value, title.end
    if len(value) < _WRAPPED_HEADING:
        return title
    for line in following:
        text = line.text
        opens = text[:1].islower() or _OPEN_END.search(value) is not None
        if line.paragraph != heading.paragraph or len(text) > _WRAP_LINE or ":" in text:
            break
        if not opens or text[-1:] in ".!?;":
            break
        value, end = f"{value} {text}", line.end
    if end == title.end or len(value) > _MAX_TITLE or not _title_like(value, lower_ok=True):
        return title
    return Hit(title.start, end, value, title.rule, title.confidence)


def _lone_acronym(line: Line) -> Hit | None:
    """A heading that is only an acronym (after any project number): "RFC", "ITAT1023 – X"."""
    line = _strip_code(line)
    word = line.text.strip()
    if " " in word or _PROJECT_CODE.fullmatch(word) or not looks_like_acronym(word):
        return None
    return Hit(line.start, line.end, word, "heading:acronym-line", 0.9)


def _named_line(line: Line) -> Hit | None:
    """A heading that is only the project's short name, perhaps after the project word:
    "RIVERLINK", "BALTIC SAUNA ROUTE", "Projekt GOZDNA POT", "Project TIDEGATE"."""
    hit = _lone_acronym(line) or _lone_capital_name(line)
    if hit is not None:
        return hit
    m = _project_word_re().match(line.text)
    if m is None or not line.text[m.end() : m.end() + 1].isspace():
        return None
    at = m.end() + 1
    rest = Line(line.start + at, line.end, line.text[at:], line.paragraph, line.kind)
    name = _lone_capital_name(rest)
    if name is None and rest.text.isupper():
        name = _lone_acronym(rest)
    return replace(name, rule="heading:name-line") if name is not None else None


def _lone_capital_name(line: Line) -> Hit | None:
    """A heading that is a name in two or three words of capitals ("BALTIC SAUNA ROUTE",
    "ΚΑΘΑΡΗ ΘΑΛΑΣΣΑ"), no page words: the project's short name over its title."""
    text = line.text.strip()
    words = text.split()
    if not 2 <= len(words) <= 3 or not re.fullmatch(_CAPITAL_WORDS, text):
        return None
    # "NOTA DE PRENSA": a function word of two letters makes a page's label, not a name.
    if any(len(w) < 3 for w in words):
        return None
    if text[0] in _QUOTES or not all(w.isupper() and w.isalpha() for w in words):
        return None
    # A programme's name in capitals ("CENTRAL EUROPE"), a page label ("FICHE PROJET") or
    # a line of stop words ("EU FUNDS") is not a project's name.
    stops = labels.stop_acronyms()
    if is_page_word(text) or any(is_page_word(w) for w in words) or _programme_heading(text):
        return None
    if all(w.lower() in stops for w in words):
        return None
    return Hit(line.start, line.end, text, "heading:name-line", 0.85)


def _pipe_menu(text: str) -> bool:
    """A flattened menu separated by bars: "Actualités | Environnement | Littoral"."""
    items = [x.strip() for x in text.split("|")]
    return (
        len(items) >= 3
        and all(0 < len(x.split()) <= 3 for x in items)
        and not re.search(r"[.,;:!?()]", text)
    )


#: Sentence punctuation, digits, quotes or a dash between words: a line holding one is
#: prose, a fact, a title or a site's name, not a menu.
_NOT_MENU = re.compile(r"[.,;:!?()\d\"„“”«»'’]|\s[-–—]\s")
#: The fewest words of a menu flattened to one line, and the share of them capitalised.
_MENU_WORDS = 4
_MENU_CAPITALS = 0.7
#: With a single menu word, a menu needs this many entries, all but one capitalised.
_MENU_WORDS_ONE_HIT = 6
_SEPARATORS = frozenset({"&", "|", "+", "-", "–", "/"})


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    return frozenset(p.casefold() for p in cue_phrases("language_names"))


def _menu_word(word: str) -> bool:
    """A menu entry or a language switch's entry ("News", "Kontakt", "English", "EN")."""
    w = word.strip("|")
    return (
        is_page_word(w) or w.casefold() in _language_names() or bool(re.fullmatch(r"[A-Z]{2}", w))
    )


def _collapsed_menu(text: str) -> bool:
    """A site's menu whose wide gaps were collapsed into single spaces: "Home News Projects
    Om oss Kontakt", "Начало Новини Проекти Контакти English".

    Four words or more, none of sentence punctuation, digits or quotes; most words
    capitalised (every entry starts with a capital, a second word may not); at least two
    entries a menu word or a language switch ("Nyheter", "Kontakt", "EN | FR"), or a
    language's name closing five words or more ("... Yhteistyö In English"), or one menu
    word among six entries or more, all but one capitalised and none in capitals (a title
    in title case holds a word in lower case or an acronym: "Rahmenprojekt Priorität II
    EUREGIO"). A headline has a verb in lower case among its words.
    """
    words = [w for w in text.split() if w not in _SEPARATORS]
    if len(words) < _MENU_WORDS or _NOT_MENU.search(text):
        return False
    lower = sum(not w[0].isupper() for w in words)
    if lower > (1 - _MENU_CAPITALS) * len(words) or (len(words) == _MENU_WORDS and lower):
        return False
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    hits = sum(_menu_word(w) for w in words) + sum(is_page_word(p) for p in pairs)
    # A language switch closing a line of five words or more ends a menu on its own.
    switch = len(words) > _MENU_WORDS and _menu_word(words[-1]) and not is_page_word(words[-1])
    if hits >= 2 or switch:
        return True
    return (
        hits == 1
        and len(words) >= _MENU_WORDS_ONE_HIT
        and lower <= 1
        and not any(len(w) >= 3 and w.isupper() for w in words)
    )


def _site_header(lay: Layout) -> set[int]:
    """Start offsets of header lines: the layout's, lines above a bar-separated menu, and a
    menu collapsed to one line with the lines above it (the site's name)."""
    out = set(header_lines(lay))
    top = lay.lines[:4]
    for i, line in enumerate(top):
        if _pipe_menu(line.text) and not _table_row(lay.lines, i):
            out.update(x.start for x in top[:i])
            break
        if _collapsed_menu(line.text) and not ("|" in line.text and _table_row(lay.lines, i)):
            out.update(x.start for x in top[: i + 1])
            break
    return out


def _table_row(lines: Sequence[Line], i: int) -> bool:
    """A bar line right over another with as many bars is a table's row ("Name | Role |
    Country" over "Provincie Zeeland | Leadpartner | NL"), not a site's menu."""
    bars = lines[i].text.count("|")
    return i + 1 < len(lines) and lines[i + 1].text.count("|") == bars


@lru_cache(maxsize=1)
def _project_section() -> re.Pattern[str]:
    return re.compile(r"(?:" + cue_alternation("project_sections") + r")", re.IGNORECASE)


def _breadcrumb_title(lay: Layout) -> str | None:
    """The last crumb of a trail through a projects section ("Projekty EU › <title>").

    On a site's project pages the trail ends with the page's project: its title, or its
    short name. A trail through news or other sections names a headline, not a project.
    """
    for line in lay.lines[:6]:
        if line.kind != FURNITURE:
            continue
        crumbs = [c.strip() for c in re.split(r"\s+[>»›/]\s+", line.text)]
        if len(crumbs) < 2 or not crumbs[-1]:
            continue
        if any(_project_section().fullmatch(c) for c in crumbs[:-1]):
            return crumbs[-1]
    return None


def _crumb_heading(lay: Layout, lines: list[Line]) -> tuple[Hit | None, Hit | None]:
    """The heading that the projects breadcrumb names: a title, or a short name over one."""
    crumb = _breadcrumb_title(lay)
    if crumb is None:
        return None, None
    for i, line in enumerate(lines[:3]):
        rest = line.text[len(crumb) : len(crumb) + 1]
        if not line.text.startswith(crumb) or (rest and rest.isalnum()):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        line = _strip_code(line)  # "ITAT1023 – SMARTLOGI": the number is no name
        words = line.text.split()
        # "Beyond EDP" / "Improve the RIS3 effectiveness ...": short name, then the title.
        if (
            nxt is not None
            and len(words) <= 3
            and nxt.paragraph == line.paragraph
            and _title_like(nxt.text)
            and len(nxt.text.split()) > 2 * len(words)
        ):
            name = Hit(line.start, line.end, line.text, "heading:breadcrumb-name", 0.9)
            return _title_hit(nxt.start, nxt.text, "heading:breadcrumb-name", 0.9), name
        if _heading_hits(line)[0] is None and _lone_acronym(line) is None:
            value = line.text
            if len(value.split()) >= 2 and not value.endswith((":", ";", ",")):
                return _title_hit(line.start, value.rstrip("."), "heading:breadcrumb", 0.9), None
        return None, None
    return None, None


# "Project code:CB006.2" is written without a space too; not a time ("15:18") or a URL.
# A flattened table writes "Label | value |" instead.
_FACT_LINE = re.compile(r"[^:|\n]{1,39}[^\d:|\n](?::|\s\|)\s*[^\s/|]")
_MIN_FACTS = 3


def _short_line(text: str) -> bool:
    """A label or value line of a flattened fact sheet: four words at most."""
    return 0 < len(text.split()) <= 4 and not text.endswith((".", "!", "?"))


@lru_cache(maxsize=1)
def _programme_prefix() -> re.Pattern[str]:
    """A heading that starts with a programme: "INTERREG VI – XTraVel Tourism"."""
    return re.compile(
        r"(?i:" + cue_alternation("programme_prefixes") + r")(?:\s+[\w./\-]+){0,3}?"
        r"\s+[-–—:|]\s+(?=\S)"
    )


def _after_programme(line: Line) -> tuple[Hit | None, Hit | None] | None:
    """Title or acronym of a heading after its programme prefix, None without a prefix."""
    m = _programme_prefix().match(line.text)
    if not m:
        return None
    rest = Line(line.start + m.end(), line.end, line.text[m.end() :], line.paragraph, line.kind)
    quoted = len(rest.text) > 2 and rest.text[0] in _QUOTES and rest.text[-1] in _QUOTES
    if quoted:
        # 'Interreg Euro-MED Thematic Project - “Blue Harbours”': the quoted heading is the
        # name.
        inner = rest.text[1:-1].strip()
        at = rest.start + rest.text.index(inner)
        rest = Line(at, at + len(inner), inner, line.paragraph, line.kind)
    if _is_short_name(rest.text):
        # A coined word ("XTraVel Tourism") makes it a short name; plain words in quotes
        # heading the page ("Blue Harbours") are the project's name as its title.
        if quoted and not any(looks_like_acronym(w) for w in rest.text.split()):
            return _title_hit(rest.start, rest.text, "heading:programme-title", 0.7), None
        return None, Hit(rest.start, rest.end, rest.text, "heading:programme-name", 0.8)
    title, acronym = _heading_hits(rest)
    if title is not None:
        return title, acronym
    if _title_like(rest.text):
        return _title_hit(rest.start, rest.text, "heading:programme-title", 0.7), None
    return None, None


def _kicker(lines: list[Line], i: int) -> bool:
    """A news site's section label over the headline ("Praxis & Ratgeber" / "Neues ...").

    A short first line with another short heading line under it, in the next paragraph:
    the page names its section, then the headline, then the article.
    """
    if len(lines[i].text.split()) > 4 or i + 1 >= len(lines):
        return False
    words = lines[i].text.split()
    # A name with an acronym among ordinary words ("Rahmenprojekt Kleinprojekte EUREGIO",
    # its translation under it) names a project; a section label has no acronym.
    if any(w[1:].islower() for w in words) and any(looks_like_acronym(w) for w in words):
        return False
    nxt = lines[i + 1]
    return (
        nxt.paragraph > lines[i].paragraph
        and len(nxt.text) < _MIN_BODY
        and len(nxt.text.split()) >= 3
        and _title_like(nxt.text)
        and _lone_acronym(lines[i]) is None
    )


@lru_cache(maxsize=1)
def _section_headings() -> frozenset[str]:
    return frozenset(p.casefold() for p in cue_phrases("section_headings"))


def _section_heading(text: str) -> bool:
    """A page section's heading ("The project", "Das Projekt"): it names no project."""
    return core(text).strip(" :.").casefold() in _section_headings()


@lru_cache(maxsize=1)
def _programme_noun() -> re.Pattern[str]:
    return re.compile(cue_alternation("programme_nouns"), re.IGNORECASE)


def _names_a_programme(text: str) -> bool:
    """A heading about a programme: it holds the noun "programme" and no project word."""
    return bool(_programme_noun().search(text)) and not re.search(
        r"(?i:" + _project_words() + r")", text
    )


def _meta_line(text: str) -> bool:
    """A line above the heading that names no project: a page or section word, or fields
    separated by middle dots or bars, one a number, without a lower-case word
    ("KOHESIO · Q4301933 · FI"); a menu ("Actualités | Mer") is not one."""
    if is_page_word(text) or _project_section().fullmatch(core(text)):
        return True
    parts = re.split(r"\s[·|•]\s", text)
    return (
        len(parts) >= 2
        and any(any(c.isdigit() for c in p) for p in parts)
        and not re.search(r"(?<!\w)[a-zà-ÿ]{3,}", text)
    )


def _not_a_title(lines: list[Line], i: int, languages: Sequence[str]) -> bool:
    """Whether a heading line is page matter rather than the project's name."""
    text = lines[i].text
    return (
        _section_heading(text)
        or _names_a_programme(text)
        or is_headline(text, languages)
        or _code_label(text)
        or _programme_heading(text)
        or _kicker(lines, i)
        or _opens_with_funder(text)
        or _about_a_project(_strip_code(lines[i]).text)
    )


@lru_cache(maxsize=1)
def _hyphen_project_word() -> re.Pattern[str]:
    """A project word, alone or closing a hyphenated compound ("Interreg-Projekt")."""
    words = _project_words().removeprefix(r"(?<!\w)")
    return re.compile(r"(?:(?<!\w)|(?<=\w-))(?i:" + words + r")")


def _about_a_project(text: str) -> bool:
    """A heading that says "project" is about one ("New cross-border project for ...",
    "Neues Interreg-Projekt startet", "Tionscadal nua ..."): a project's own title names
    its subject, not the word; a closed compound ("Rahmenprojekt") may be a title's."""
    return _hyphen_project_word().search(text) is not None


#: "EU", "Interreg" (and the EU's initials in other languages) opening a heading: news
#: about funding or a programme's page line ("EU yhteistyötä ...", "Interreg X HANKEKUVAUS"),
#: not a project's own title, which names its subject.
_FUNDER_OPENING = re.compile(r"(?:EU|UE|ЕС|ΕΕ|Interreg|INTERREG)(?=[\s:,–—-])")


def _opens_with_funder(text: str) -> bool:
    """Whether a heading opens with the EU's initials or the word Interreg."""
    return _FUNDER_OPENING.match(text.lstrip()) is not None


def _first_heading(lay: Layout, languages: Sequence[str] = ()) -> tuple[Hit | None, Hit | None]:
    """The first content line, when it is a short heading followed by body text.

    The site's own header lines are skipped; an acronym alone on a line with the title on
    the next line ("RFC" / "Recapture the Fortress Cities") is one heading; a heading that
    a projects breadcrumb names is the title even without body text right after it.
    """
    header = _site_header(lay)
    lines = [x for x in lay.content_lines() if x.start not in header]
    # A page's title written twice (the document title over the same heading) is one line.
    lines = [x for i, x in enumerate(lines) if i == 0 or x.text != lines[i - 1].text]
    crumb_title, crumb_name = _crumb_heading(lay, lines)
    if crumb_title is not None and crumb_name is not None:
        return crumb_title, crumb_name
    # The page's first heading may sit under a section word ("Projekty") or a record's
    # metadata line ("KOHESIO · Q4301933 · FI").
    # A programme's heading ("Projekty programu Interreg V-A ...") or a language switch may
    # sit above it too.
    first = 0
    while first < min(3, len(lines)) and (
        _meta_line(lines[first].text)
        or _names_a_programme(lines[first].text)
        or _programme_heading(lines[first].text)
        or is_page_word(lines[first].text)
    ):
        first += 1
    for i, line in enumerate(lines[:4]):
        named = _after_programme(line)
        if named is not None:
            return named
        title, acronym = _heading_hits(line)
        if title:
            return _wrapped(title, line, lines[i + 1 : i + 4]), acronym
        if i + 1 < len(lines) and _title_like(line.text) and len(line.text.split()) <= 40:
            # "Development of Sustainable wetland ..." / "DESIRE": the title over its acronym.
            # A word under a headline is a photo credit ("... geplant" / "UMG").
            under = _lone_acronym(lines[i + 1])
            if (
                under is not None
                and lines[i + 1].paragraph - line.paragraph <= 1
                and not is_headline(line.text, languages)
            ):
                return _title_hit(line.start, line.text, "heading:title-acronym-line", 0.9), under
        lone = _named_line(line)
        if lone and i + 1 < len(lines) and is_page_word(lines[i + 1].text):
            # "INNOGROW" / "Project summary": the name over the page's first section.
            return None, lone
        if lone and i + 1 < len(lines):
            nxt = lines[i + 1]
            # Not over a headline about the project ('... il progetto europeo “Lago Bici”'):
            # the word over a news headline is the site's name.
            if (
                nxt.paragraph - line.paragraph <= 1
                and _title_like(nxt.text)
                and not _quoted_project(nxt.text)
                and (
                    lone.rule == "heading:acronym-line"
                    or not (is_headline(nxt.text, languages) or _about_a_project(nxt.text))
                )
            ):
                return _title_hit(nxt.start, nxt.text, "heading:acronym-line", 0.9), lone
        if crumb_title is not None:
            return crumb_title, None
        body_follows = any(len(later.text) >= _MIN_BODY for later in lines[i + 1 : i + 6])
        # A fact sheet under the name ("Programové období: 2014-2020", "Příjemce: X").
        body_follows = (
            body_follows
            or sum(bool(_FACT_LINE.match(later.text)) for later in lines[i + 1 : i + 6])
            >= _MIN_FACTS
            # ... or flattened into label and value lines ("Stav" / "Pripravované").
            or sum(_short_line(later.text) for later in lines[i + 1 : i + 9]) >= _MIN_FACTS + 1
        )
        # A headline that talks about "the X project" is news about it, not its title.
        is_news = _prose_acronym(line.text) is not None or _quoted_project(line.text)
        if (
            i == first
            and body_follows
            and not is_news
            # A heading in quotes ('„Title“' under "EU projects") is its title.
            and _title_like(_strip_code(line).text.strip(_QUOTES + " "), colon_ok=True)
            and len(line.text.split()) <= 20
            and not _not_a_title(lines, i, languages)
        ):
            line = _strip_code(line)
            return Hit(line.start, line.end, line.text, "heading:first-line", 0.8), None
        if len(line.text) >= _MIN_BODY:
            break
    return None, None


@lru_cache(maxsize=1)
def _quoted_project_re() -> re.Pattern[str]:
    adjectives = cue_alternation("project_adjectives")
    return re.compile(
        r"(?<!\w)(?i:" + _project_words() + r")(?:[ \t]+(?i:" + adjectives + r"))?"
        r"[ \t]+[" + _QUOTES + r"][^" + _QUOTES + r"\n]{2,60}[" + _QUOTES + r"]"
    )


def _quoted_project(text: str) -> bool:
    """A heading that names a project in quotes after a project word ('... con il progetto
    europeo “Lago Bici”'): a headline about the project, not its title."""
    return _quoted_project_re().search(text) is not None


@lru_cache(maxsize=1)
def _titled_then_acronym_re() -> re.Pattern[str]:
    cues = cue_alternation("title_quote_cues")
    return re.compile(
        r"(?<!\w)(?i:" + cues + r")[ \t]+(?P<t>[A-ZÀ-Ý][^\n" + _QUOTES + r"–—.;:()]{10,200}?)"
        r"[ \t]+[–—-][ \t]+(?P<acr>" + _SPACED_ACRO + "|" + _ACRO_TOKEN + r")(?![\w-])"
    )


def _titled_then_acronym(clean: str) -> tuple[Hit, Hit] | None:
    """An unquoted title after a title cue, then a dash and its acronym: "Progetto europeo
    denominato Percorsi ciclabili per ... – VALBIKE", "named Safer Rivers for Towns –
    SAFERIV"."""
    for m in _titled_then_acronym_re().finditer(clean):
        title, acr = m.group("t").strip(), m.group("acr")
        if _acronym_ok(acr) and acr.isupper() and _title_like(title) and len(title.split()) >= 3:
            t = _title_hit(m.start("t"), title, "prose:titled-acronym", 0.8)
            return t, Hit(m.start("acr"), m.end("acr"), acr, "prose:titled-acronym", 0.8)
    return None


@lru_cache(maxsize=1)
def _prose_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern with group 'acr', relaxed shape) for the prose acronym cues."""
    words = _project_words()
    before = labels.trie_alternation(labels.phrases("acronym_before"))
    is_a = labels.trie_alternation(labels.phrases("acronym_is_a"))
    acr = r"(?P<acr>" + _ACRO_TOKEN + r")"
    q_open, q_close = r"[„“”\"«‚‘’]\s*", r"\s*[“”\"»‘’]"
    adjectives = cue_alternation("project_adjectives")
    spaced = r"(?P<acr>" + _SPACED_ACRO + r")"
    return (
        # "The EU CYCLE Project", 'het Interreg Europe-project "EU CYCLE"'
        (
            re.compile(r"(?:" + before + r")\s+" + spaced + r"(?:-|\s+)(?i:" + words + r")(?!\w)"),
            False,
        ),
        (re.compile(r"(?<!\w)(?i:" + words + r")\s+" + q_open + spaced + q_close), False),
        # "Clustrat is a project", "X est un projet"
        (re.compile(r"(?<![\w-])" + acr + r"\s+(?:" + is_a + r")", re.IGNORECASE), True),
        # "Das TraCS3-Projekt", "The ClusteriX project"
        (re.compile(r"(?:" + before + r")\s+" + acr + r"(?:-|\s+)(?:" + words + r")(?!\w)"), False),
        # "keurt ENLEB-project goed": a hyphenated compound needs no article
        (re.compile(r"(?<![\w-])" + acr + r"-(?:" + words + r")(?!\w)", re.IGNORECASE), False),
        # "le projet TECHLINK", "il progetto X", "el proyecto X", "project X", and with one
        # adjective "le projet européen SEACOAST", "das Interreg-Projekt „RadInn“"
        (
            re.compile(
                r"(?<!\w)(?i:" + words + r")(?:\s+(?i:" + adjectives + r"))?"
                r"(?:[ \t]*:)?\s+(?:" + q_open + r")?" + acr + r"(?!\w)"
            ),
            False,
        ),
        # "a GREEN-WAY c. projekt": a cue after the name, then the project word.
        (
            re.compile(
                r"(?<![\w-])" + acr + r"[ \t]+(?i:" + cue_alternation("title_after_cues") + r")"
                r"[ \t]+(?i:" + words + r")(?!\w)"
            ),
            False,
        ),
        # "sous le nom d'« AlcoTraité »", "unter dem Namen „RadInn“"
        (
            re.compile(
                r"(?<!\w)(?i:" + cue_alternation("name_cues") + r")\s*" + q_open + acr + q_close
            ),
            False,
        ),
        # "í nýju verkefni, FJARHEIL, sem ...", "a new project, SEAGRASS, that ...": the
        # name set off by commas after the project word (and up to two words).
        (
            re.compile(
                r"(?<!\w)(?i:" + words + r")(?:[ \t]+[^\W\d_]+){0,2},[ \t]+"
                r"(?P<acr>" + _SPACED_ACRO + r"|" + _ACRO_TOKEN + r"),"
            ),
            False,
        ),
    )


@lru_cache(maxsize=1)
def _prose_pattern_words() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """For each of :func:`_prose_patterns`: the phrases one of which each match holds, and
    whether each match begins with it. A pattern is only tried where, or when, the page
    holds one (most pages hold no "is a project" or name cue)."""
    words = tuple(
        dict.fromkeys([*labels.phrases("project_words"), *cue_phrases("project_words_extra")])
    )
    before = labels.phrases("acronym_before")
    return (
        (before, True),
        (words, True),
        (labels.phrases("acronym_is_a"), False),
        (before, True),
        (words, False),
        (words, True),
        (cue_phrases("title_after_cues"), False),
        (cue_phrases("name_cues"), True),
        (words, True),
    )


def _upper_context(clean: str, start: int, end: int) -> bool:
    """Whether the text around a word is in capitals, where a word's shape says nothing."""
    window = clean[max(0, start - 60) : end + 60]
    letters = [c for c in window if c.isalpha()]
    return len(letters) >= 40 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _after_code(clean: str, m: re.Match[str]) -> tuple[int, str] | None:
    """The project's name after a code ("ROHU 443-BABYROHU" -> BABYROHU): (start, name).

    ``(-1, "")`` when the word is a code with no name after it, None when it is no code.
    """
    acr = m.group("acr")
    after = _CODE_THEN_NAME.match(clean, m.end("acr"))
    if after is not None and looks_like_acronym(after.group("acr")):
        return after.start("acr"), after.group("acr")
    # "PLCZ.02.03.00-CZ-0421/19", "SKHU 117": letters that open a number are a code.
    if _PROJECT_CODE.fullmatch(acr) or re.match(r"[ \t]?[-./]?\d{2,}", clean[m.end("acr") :]):
        return -1, ""
    return None


#: A programme generation after a name ("VI-A", "IVC"), spelt as a Roman numeral should be:
#: "VIVA" is a word.
_STRICT_GENERATION = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)(?:-?[A-D])?")
#: Further words of a name in capitals after its first: "projekt MARINA VERDE, ...".
# Capitals of Latin Extended-A too ("MORSKIE ŚCIEŻKI", "ŽALIASIS KELIAS").
_CAPITAL_WORD = re.compile(
    r"[ \t](?P<w>[A-ZÀ-Ý" + _CAPS_EXT + r"Α-ΩА-Я][A-ZÀ-Ý" + _CAPS_EXT + r"Α-ΩА-Я0-9+\-]+)(?![\w'’])"
)


def _capital_run(clean: str, at: int, acr: str) -> str:
    """``acr`` with the words in capitals that follow it on its line (up to three): a
    project named in capital words ("il progetto VALLI UNITE", "proyecto PIRINEO VIVO") is
    one name, where the first word alone is a common noun. A stop word ("EU"), a
    programme generation ("VI-A") or a programme's name ends the run."""
    from coopkg.extraction.programme import programme_mentions

    end = at + len(acr)
    stops = labels.stop_acronyms()
    spans = programme_mentions(clean)
    for _ in range(3):
        m = _CAPITAL_WORD.match(clean, end)
        if m is None or not m.group("w").isupper():
            break
        word = m.group("w")
        if word.lower() in stops or _STRICT_GENERATION.fullmatch(word):
            break
        if any(s <= m.start("w") < e for s, e, _ in spans):
            break
        end = m.end("w")
    return clean[at:end]


@lru_cache(maxsize=1)
def _acronym_then_project_word() -> re.Pattern[str]:
    return re.compile(
        r"[ \t]+(?P<acr>" + _ACRO_TOKEN + r")(?:-|[ \t]+)(?i:" + _project_words() + r")(?!\w)"
    )


def _after_programme_name(clean: str) -> Hit | None:
    """An acronym between a programme's name and a project word.

    "the Interreg Europe EURE project": the programme's name is not part of the acronym,
    and a word that belongs to the programme's name ("Interreg NWE project") is none.
    """
    from coopkg.extraction.programme import programme_mentions

    pattern = _acronym_then_project_word()
    for _, end, _ in programme_mentions(clean):
        m = pattern.match(clean, end)
        if m and looks_like_acronym(m.group("acr")) and not _PROJECT_CODE.fullmatch(m["acr"]):
            return Hit(m.start("acr"), m.end("acr"), m.group("acr"), "prose:programme-acronym", 0.8)
    return None


#: Quotation marks that open a name in EU languages.
_OPEN_QUOTES = frozenset('"„“«‹‚‘»')


def _prose_acronym(clean: str) -> Hit | None:
    best: Hit | None = _after_programme_name(clean)
    for (pattern, relaxed), (needs, opens) in zip(
        _prose_patterns(), _prose_pattern_words(), strict=True
    ):
        if opens:
            matches = labels.phrase_matches(pattern, clean, needs)
        elif labels.may_contain(clean, needs):
            matches = pattern.finditer(clean)
        else:
            continue
        for m in matches:
            acr, at = m.group("acr"), m.start("acr")
            if relaxed and not m.group("acr")[0].isupper():
                continue
            coded = _after_code(clean, m)
            if coded is not None:
                at, acr = coded
                if at < 0:
                    continue
            # "SI" (a university's short name, a word in a text in capitals) is no project
            # name: two letters count only when the text says "X is a project".
            if (len(acr) < 3 and not relaxed) or _upper_context(clean, at, at + len(acr)):
                continue
            # "des Mur-Drau-Bike-Projekts": a name of three capitalised parts joined to the
            # project word is the project's, though "Cross-Border" alone is a word.
            compound = clean[at + len(acr) : at + len(acr) + 1] == "-" and re.fullmatch(
                r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+){2,}", acr
            )
            # A name in capital words is judged whole: "TEANGA BEO" ("language" and
            # "alive") names a project though its first word is a menu word.
            run = None
            if not compound and not _acronym_ok(acr, relaxed=relaxed):
                if not acr.isupper() or relaxed:
                    continue
                run = _capital_run(clean, at, acr)
                if " " not in run or not _acronym_ok(run) or is_page_word(run):
                    continue
            # „ROWEREM PO ŻELAZNYM SZLAKU“, "UniGR-Center for Border Studies": a quote that
            # goes on past the word holds a longer name, whose first word is no acronym.
            if clean[at - 1 : at] in _OPEN_QUOTES and re.match(r"[ \t]+\w", clean[at + len(acr) :]):
                continue
            if acr.isupper() and not relaxed:
                acr = run if run is not None else _capital_run(clean, at, acr)
            hit = Hit(at, at + len(acr), acr, "prose:project-cue", 0.8)
            if best is None or hit.start < best.start:
                best = hit
            break
    return best


@lru_cache(maxsize=1)
def _name_cue_patterns() -> tuple[re.Pattern[str], ...]:
    """(project word + quoted name, acronym word + name, project word + one word, project
    word + quoted title + short name)."""
    words = _project_words()
    adjectives = cue_alternation("project_adjectives")
    acr_cues = labels.trie_alternation(
        sorted(
            {*labels.phrases("acronym_labels"), *cue_phrases("acronym_quote_cues")},
            key=lambda p: (-len(p), p),
        )
    )
    lead = r"(?<!\w)(?i:" + words + r")(?:[ \t]+(?i:" + adjectives + r"))?[ \t]+"
    return (
        # 'the project “Aqua-lity”', "proyecto denominado 'Biomasa AP'"
        # (a plain apostrophe quotes too when it opens after a space and closes a word).
        re.compile(
            lead
            + r"(?:[\w]+[ \t]+)?(?:["
            + _QUOTES
            + r"][ \t]*(?P<acr>[^"
            + _QUOTES
            + r"\n]{2,40}?)[ \t]*["
            + _QUOTES
            + r"]|'(?P<plain>[^'\n]{2,40}?)'(?!\w))"
        ),
        # "z akronimom PMinter", "with the acronym CLIMATE-FIT"
        re.compile(r"(?<!\w)(?i:" + acr_cues + r")[ \t]*:?[ \t]+(?P<acr>" + _ACRO_TOKEN + r")"),
        # "il progetto Cyros", "o projecto Cerurbis"
        # The name then a clause break: "Il Progetto Alpimed Patrimonio" or "proiectul
        # Improved nodes ..." start a longer name.
        re.compile(lead + r"(?P<acr>[A-ZÀ-Ý][a-zà-ÿ]{3,24})(?=[ \t]*(?:[,.;:!?()]|\n|$))"),
        # 'проект „Green routes for the border“, GRB_118': the quoted title,
        # then its short name.
        re.compile(
            lead
            + r"["
            + _QUOTES
            + r"][^"
            + _QUOTES
            + r"\n]{10,200}["
            + _QUOTES
            + r"][ \t]*,?[ \t]*"
            r"(?P<acr>" + _ACRO_TOKEN + r")(?![\w-])"
        ),
    )


@lru_cache(maxsize=1)
def _hyphen_name_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?P<acr>(?:[A-ZÀ-Ý][\w.&+]*[ \t]){0,2}[A-ZÀ-Ý][\w.&+]*)[ \t]-"
        r"(?i:" + cue_alternation("name_hyphen_words") + r")(?!\w)"
    )


#: Languages that capitalise nouns or write headings in title case: there capitals alone
#: do not make a name ("the project Steering Group is", "das Projekt Anfang Mai ...").
_CAPITALISING = frozenset({"en", "de", "lb"})
#: Zipf frequency below which a capitalised word is foreign to a capitalising language.
_FOREIGN_ZIPF = 3.0


def _capitals_name(words: Sequence[str], languages: Sequence[str]) -> bool:
    """Whether capitalised words make a name in the text's languages: anywhere but in a
    capitalising language, and there only when no word is a word of the language (an
    English name in a German text) or one is shaped like an acronym."""
    from coopkg.extraction.wordlists import zipf_frequencies

    if any(looks_like_acronym(w) for w in words):
        return True
    langs = [lang for lang in languages if lang in _CAPITALISING]
    if not languages or "en" in langs:
        return False
    return all(
        max(zipf_frequencies(w.lower(), tuple(langs)), default=0.0) < _FOREIGN_ZIPF for w in words
    )


def _name_then_verb(clean: str, languages: Sequence[str]) -> Hit | None:
    """Two or three capitalised words between a project word and a finite verb: "the
    project Green Routes is ...", "das INTERREG-Projekt Blue Lakes ist ..."; not a place,
    not a programme."""
    from coopkg.extraction.programme import programme_mentions

    verbs = _headline_pattern(tuple(languages))
    pattern = re.compile(
        r"(?<![\w])(?:[\w-]*-)?(?i:" + _project_words() + r")[ \t]+"
        r"(?P<acr>[A-ZÀ-Ý][\w&+-]+(?:[ \t][A-ZÀ-Ý][\w&+-]+){1,2})[ \t]+(?=\w)"
    )
    spans = programme_mentions(clean)
    for m in pattern.finditer(clean):
        verb = verbs.match(clean, m.end())
        if verb is None or not re.match(r"(?!\w)", clean[verb.end() : verb.end() + 1]):
            continue
        name, at = m.group("acr"), m.start("acr")
        words = name.split()
        if any(w.lower() in labels.stop_acronyms() or _is_place(w) for w in words):
            continue
        if _is_place(name) or is_page_word(name) or any(s <= at < e for s, e, _ in spans):
            continue
        if not _capitals_name(words, languages):
            continue
        return Hit(at, at + len(name), name, "prose:project-name-verb", 0.7)
    return None


def _hyphen_named(clean: str) -> Hit | None:
    """A name of capitalised words before a hyphenated project word ("Clean Lakes
    -hankkeessa"), said at least twice or shaped like an acronym: one capitalised word
    before the hyphen may end a longer name ("... in the Border Lakes -hankkeessa")."""
    for m in _hyphen_name_re().finditer(clean):
        name = m.group("acr")
        if name.lower() in labels.stop_acronyms() or _project_word_re().fullmatch(name):
            continue
        said = len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", clean))
        if said >= 2 or looks_like_acronym(name):
            return Hit(m.start("acr"), m.end("acr"), name, "prose:name-hyphen-project", 0.75)
    return None


_CAMEL = re.compile(r"(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]+[A-ZÀ-Ý][\wÀ-ÿ]*(?![\w-])")


def _recurring_coined(clean: str) -> Hit | None:
    """A coined name in camel case that the text repeats ("AquaLinK connects ...",
    "AquaLinK will also train ..."): written so, a word is a project's or a product's name,
    not a word of any language; names of programmes and places excluded."""
    from collections import Counter

    from coopkg.extraction.programme import programme_mentions

    found = list(_CAMEL.finditer(clean))
    counts = Counter(m.group() for m in found)
    spans = programme_mentions(clean)
    for m in found:
        word = m.group()
        # Said once, it opens the page's text as its subject ("Το InGreenCi
        # χρηματοδοτείται ...", "InnoLake connects ...").
        if counts[word] < 2 and not _opens_text(clean, m.start()):
            continue
        if word.lower() in labels.stop_acronyms():
            continue
        if any(s <= m.start() < e for s, e, _ in spans) or _is_place(word):
            continue
        if not looks_like_acronym(word):
            continue
        return Hit(m.start(), m.end(), word, "prose:recurring-coined-name", 0.6)
    return _recurring_capitals(clean)


#: An article before a name opening a text ("The", "Το", "Il", "Das"): three letters at most.
_OPENING_ARTICLE = re.compile(r"[^\W\d_]{1,3}[ \t]+$")


def _opens_text(clean: str, at: int) -> bool:
    """Whether position ``at`` opens the page's first line of text, perhaps after an
    article: the subject of the page's first sentence."""
    first = re.search(r"\S", clean)
    if first is None:
        return False
    before = clean[first.start() : at]
    return before == "" or _OPENING_ARTICLE.fullmatch(before) is not None


#: A word in capitals of five letters or more, opening a sentence or line with a word in
#: lower case after it: "INNOGROW kicked off ...", "SEAGRASS wird ...".
_CAPITALS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<w>[A-ZÀ-Ý"
    + _CAPS_EXT
    + r"][A-ZÀ-Ý"
    + _CAPS_EXT
    + r"0-9+\-]{4,24})"
    r"(?=[ \t]+[a-zà-ÿ])",
    re.MULTILINE,
)


def _recurring_capitals(clean: str) -> Hit | None:
    """A coined name in capitals that opens a sentence as its subject and recurs: a text
    that writes "INNOGROW kicked off ..." and "all INNOGROW partners" names its project so.
    Programme names, places, stop words and text in capitals are left out."""
    from coopkg.extraction.programme import programme_mentions

    spans = programme_mentions(clean)
    for m in _CAPITALS_SUBJECT.finditer(clean):
        word = m.group("w")
        if word.lower() in labels.stop_acronyms() or is_page_word(word) or _is_place(word):
            continue
        if not looks_like_acronym(word) or _PROJECT_CODE.fullmatch(word):
            continue
        if any(s <= m.start() < e for s, e, _ in spans):
            continue
        if _upper_context(clean, m.start(), m.end()):
            continue
        # "all SEEGRAS-Partner": the name may open a compound.
        if len(re.findall(r"(?<![\w-])" + re.escape(word) + r"(?!\w)", clean)) < 2:
            continue
        return Hit(m.start("w"), m.end("w"), word, "prose:recurring-capitals-name", 0.6)
    return None


@lru_cache(maxsize=1)
def _hyphen_tail() -> re.Pattern[str]:
    """What follows the short name in :func:`_hyphen_title`."""
    return re.compile(
        r"[ \t]+[-–—][ \t]+(?P<t>[A-ZÀ-Ý][^\n.;:!?]{5,200}?)"
        r"[ \t]-(?i:" + cue_alternation("name_hyphen_words") + r")(?!\w)"
    )


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _hyphen_title(clean: str, acronym: str) -> Hit | None:
    """The title between the short name and a hyphenated project word: "Clean Lakes -
    Water Quality in the Border Lakes -hankkeessa"."""
    # The name is found with str.find and the rest matched after it: a pattern holding
    # the name was compiled anew for every notice (and pushed others out of re's cache).
    tail, m, at = _hyphen_tail(), None, clean.find(acronym)
    while at >= 0 and m is None:
        if at == 0 or not _WORD_OR_HYPHEN.match(clean, at - 1):
            m = tail.match(clean, at + len(acronym))
        at = clean.find(acronym, at + 1)
    if m is None or len(m.group("t").split()) < 3 or not _title_like(m.group("t")):
        return None
    return _title_hit(m.start("t"), m.group("t"), "prose:name-title-hyphen-project", 0.75)


def _named_after_cue(clean: str, languages: Sequence[str] = ()) -> Hit | None:
    """A project's short name right after a project word or an acronym word, in any
    language: quoted ('the project “Aqua-lity”'), after "acronym" ("z akronimom PMinter"),
    or one capitalised word closing its clause that the text repeats and never writes in
    lower case ("il progetto Cyros, ... Cyros"), which a common noun, a place or a
    programme would not be.
    """
    from coopkg.extraction.programme import programme_mentions

    quoted, acronym_word, single, after_title = _name_cue_patterns()
    found: list[Hit] = []
    for m in quoted.finditer(clean):
        group = "acr" if m.group("acr") is not None else "plain"
        value, at = m.group(group).strip(), m.start(group)
        if _is_short_name(value) or looks_like_acronym(value, relaxed=True):
            found.append(Hit(at, at + len(value), value, "prose:project-quoted", 0.8))
            break
    for pattern, rule in ((acronym_word, "prose:acronym-word"), (after_title, "prose:title-acr")):
        for m in pattern.finditer(clean):
            value = m.group("acr")
            if looks_like_acronym(value) and not _PROJECT_CODE.fullmatch(value):
                found.append(Hit(m.start("acr"), m.end("acr"), value, rule, 0.8))
                break
    for m in single.finditer(clean):
        value, at = m.group("acr"), m.start("acr")
        if not looks_like_acronym(value, relaxed=True):
            continue
        if re.search(r"(?<!\w)" + re.escape(value.lower()) + r"(?!\w)", clean) is not None:
            continue
        # Said once, the name must be no word of the text's languages ("o projecto
        # Cerurbis, que ..."), where "il progetto Europeo," names no project.
        if len(
            re.findall(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])", clean)
        ) < 2 and not _unknown_word(value, languages):
            continue
        if _is_place(value) or any(s <= at < e for s, e, _ in programme_mentions(clean)):
            continue
        found.append(Hit(at, at + len(value), value, "prose:project-name", 0.7))
        break
    return min(found, key=lambda h: h.start) if found else None


#: Zipf frequency (wordfreq) below which a word is no word of a language: a coined name.
_COINED_ZIPF = 1.0


def _unknown_word(word: str, languages: Sequence[str]) -> bool:
    """Whether no word list of the text's languages (nor English) knows ``word``."""
    from coopkg.extraction.wordlists import zipf_frequencies

    if not languages:
        return False
    return all(z < _COINED_ZIPF for z in zipf_frequencies(word.lower(), (*languages, "en")))


def _is_place(word: str) -> bool:
    """A country or a known place: "il progetto Italia", "das Projekt Bayern"."""
    from coopkg.records.countries import country_code
    from coopkg.records.gazetteer import cities_named, regions_named

    return country_code(word) is not None or bool(regions_named(word)) or bool(cities_named(word))


def _acronym_ok(acr: str, *, relaxed: bool = False) -> bool:
    """Acronym shape; a spaced all-capitals name needs a word that is not a stop word."""
    if " " not in acr:
        return looks_like_acronym(acr, relaxed=relaxed)
    parts = acr.split()
    stops = labels.stop_acronyms()
    return parts[-1].lower() not in stops and not all(_GENERATION.fullmatch(x) for x in parts)


def _initials_match(words: Sequence[str], acronym: str) -> bool:
    """Whether the words' initials spell the acronym ("Start in Mountains" = SIM).

    All initials or only the capitalised words' initials ("Recapture the Fortress Cities"
    = RFC) may spell it.
    """
    letters = "".join(c for c in acronym if c.isalpha()).lower()
    every = "".join(w[0] for w in words if w[0].isalpha()).lower()
    caps = "".join(w[0] for w in words if w[0].isupper()).lower()
    return len(letters) >= 2 and letters in (every, caps)


#: A quoted title, then its acronym in brackets after the closing quote.
_QUOTED_THEN_ACRONYM = re.compile(
    r"[" + _QUOTES + r"]\s*(?P<t>[^" + _QUOTES + r"()\n]{6,200}?)\s*[" + _QUOTES + r"]"
    r"[ \t]*\((?P<acr>" + _HEADING_ACRO + r"|" + _SPACED_ACRO + r")\)"
)
#: A name then a bracketed expansion of three words or more.
_NAME_THEN_EXPANSION = re.compile(
    r"(?<![\w-])(?P<acr>" + _ACRO_TOKEN + r")[ \t]*\((?P<t>[^()\n]{10,200})\)"
)


def _loosely_spelled(expansion: str, acronym: str) -> bool:
    from coopkg.records.vocab import fold

    """Whether the initials of the expansion's capitalised words spell the acronym's
    letters in order, from its first letter, covering half of them or more: "Small
    Harbours Organising Regional Electric Links" for SHORE-LINK (S-H-O-R-E-L...)."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    words = re.findall(r"[\w'’-]+", expansion)
    initials = fold("".join(w[0] for w in words if w[0].isupper()))
    if len(words) < 3 or len(initials) < 3 or not letters.startswith(initials[:1]):
        return False
    if 2 * len(initials) < len(letters):
        return False
    at = 0
    for c in initials:
        at = letters.find(c, at) + 1
        if at == 0:
            return False
    return True


def _expansion_before(clean: str, m: re.Match[str]) -> Hit | None:
    """The title words before "(ACR)" whose initials spell ACR, shortest run first."""
    acronym = m.group("acr")
    left = clean[max(0, m.start() - 200) : m.start()]
    tokens = list(re.finditer(r"[\w'’\-]+", left))
    for n in range(2, min(len(tokens), 12) + 1):
        run = tokens[-n:]
        words = [t.group(0) for t in run]
        if not words[0][0].isupper() or words[0] in labels.phrases("acronym_before"):
            continue
        gap = left[run[0].start() : run[-1].end()]
        if re.search(r"[,.;:!?()\n]", gap):
            break
        # Only after a project word ("el proyecto europeo Start in Mountains (SIM)"): an
        # organisation's abbreviation has the same shape.
        cue = left[max(0, run[0].start() - 40) : run[0].start()]
        if _initials_match(words, acronym) and re.search(
            r"(?:" + _project_words() + r")(?:\s+[\w-]+)?\s*$", cue, re.IGNORECASE
        ):
            start = m.start() - len(left) + run[0].start()
            return Hit(start, start + len(gap), gap, "prose:title(acronym)", 0.8)
    return None


def _is_short_name(text: str) -> bool:
    """A name of up to three capitalised words with a capital inside or two words.

    "Cycling Waterways", "EU CYCLE", "XTraVel Tourism" are names; "Grenzenlos" alone or a
    phrase with lower-case words is not.
    """
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if any(not re.fullmatch(r"[\wÀ-ÿ&+\-]+", w) for w in words):
        return False
    # "4helix+": a quoted name of digits and lower-case letters is a name too.
    digit_name = bool(re.fullmatch(r"\d[a-zà-ÿ][\wÀ-ÿ&+]{2,}", words[0]))
    return len(words) >= 2 or looks_like_acronym(words[0]) or digit_name


#: A second quoted phrase right after a first one (on the same line).
_SECOND_QUOTE = re.compile(
    r"[ \t]*,?[ \t]*["
    + _QUOTES
    + r"][ \t]*(?P<t>[^"
    + _QUOTES
    + r"\n]{10,200}?)[ \t]*["
    + _QUOTES
    + r"]"
)


def _prose_title(clean: str, short: str | None = None) -> tuple[Hit | None, Hit | None]:
    """Title (and acronym) stated in prose, the first in text order.

    "the project Start in Mountains (SIM)" (initials spell the acronym), "progetto
    BLUEMED-TOUR (Blue Mediterranean Sustainable Tourism)" (expansion after a project
    word) and 'Projekt „Nysa łączy – ..."' (a quoted name after a project word).
    """
    words = _project_words()
    found: list[tuple[int, Hit | None, Hit | None]] = []
    # '“Unlocking Green Hydrogen Economy for SMEs in European Regions (UNLOCK)”': a quoted
    # name with its acronym in brackets names the project wherever it stands.
    named = re.compile(
        r"[" + _QUOTES + r"]\s*(?P<t>[^" + _QUOTES + r"()\n]{10,200}?)\s*"
        r"\((?P<acr>" + _ACRO_TOKEN + r")\)\s*[" + _QUOTES + r"]"
    )
    for m in named.finditer(clean):
        title = m.group("t").strip()
        if looks_like_acronym(m.group("acr")) and _title_like(title) and len(title.split()) >= 3:
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:quoted-title(acronym)")
            a = Hit(m.start("acr"), m.end("acr"), m.group("acr"), t.rule, 0.9)
            found.append((m.start(), t, a))
            break
    # 'projektu “Upes bez robežām” (RIVERLINK)': the quoted title, its acronym after it.
    for m in _QUOTED_THEN_ACRONYM.finditer(clean):
        title = m.group("t").strip()
        # A project number in brackets ("(ROHU-00412)") is no acronym.
        code = _PROJECT_CODE.fullmatch(m.group("acr"))
        if _acronym_ok(m.group("acr")) and not code and _title_like(title, lower_ok=True):
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:quoted-title(acronym)")
            a = Hit(m.start("acr"), m.end("acr"), m.group("acr"), t.rule, 0.9)
            found.append((m.start(), t, a))
            break
    # "SHORE-LINK (Small Harbours Organising Regional Electric Links) received ...": a name
    # then its expansion in brackets, the capitals' initials spelling the name's start.
    for m in _NAME_THEN_EXPANSION.finditer(clean):
        acr, title = m.group("acr"), m.group("t").strip()
        # An organisation's abbreviation has the same shape ("run by ZLTO (Zuidelijke
        # ...)"): a project's name recurs, in a heading or later sentences.
        if (
            looks_like_acronym(acr)
            and not _PROJECT_CODE.fullmatch(acr)
            and _loosely_spelled(title, acr)
            and _title_like(title)
            and clean.count(acr) >= 2
        ):
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:name(expansion)", 0.8)
            found.append((m.start(), t, Hit(m.start("acr"), m.end("acr"), acr, t.rule, 0.8)))
            break
    # 'BEST "Addressing joint ..." è un progetto': a line opening with a name, then its
    # title in quotes.
    opening = re.compile(
        r"(?m)^[ \t]*(?P<acr>" + _ACRO_TOKEN + r")[ \t]+[" + _QUOTES + r"]"
        r"(?P<t>[^" + _QUOTES + r"\n]{10,200}?)[" + _QUOTES + r"]"
    )
    for m in opening.finditer(clean):
        title = m.group("t").strip()
        if looks_like_acronym(m.group("acr")) and _title_like(title) and len(title.split()) >= 3:
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:name-quoted-title", 0.8)
            a = Hit(m.start("acr"), m.end("acr"), m.group("acr"), t.rule, 0.8)
            found.append((m.start(), t, a))
            break
    for m in re.finditer(r"\((?P<acr>" + _ACRO_TOKEN + r")\)", clean):
        if looks_like_acronym(m.group("acr")) and (t := _expansion_before(clean, m)):
            a = Hit(m.start("acr"), m.end("acr"), m.group("acr"), "prose:title(acronym)", 0.8)
            found.append((t.start, t, a))
            break
    after = re.compile(
        r"(?<!\w)(?:" + words + r")\s+(?P<acr>" + _ACRO_TOKEN + r")\s*\((?P<t>[^()]{5,150})\)",
        re.IGNORECASE,
    )
    for m in after.finditer(clean):
        acr, title = m.group("acr"), m.group("t").strip()
        if looks_like_acronym(acr) and _title_like(title) and title[0].lower() == acr[0].lower():
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:acronym(title)", 0.8)
            found.append((m.start(), t, Hit(m.start("acr"), m.end("acr"), acr, t.rule, 0.8)))
            break
    quoted = re.compile(
        # 'projekt pt. „..."' / 'projekt pn. "..."': one word (or an abbreviation) between.
        # 'проект: „..."' (a colon may stand before the quote).
        # A compound ending in the project word counts ('koostööprojekti „..."',
        # 'Kooperationsprojekt „..."', 'grænseprojektet "..."').
        r"(?:(?<!\w)(?:" + words + r")|" + _compound_project_word() + r")"
        r"(?:\s+[\w-]+\.?){0,2}:?\s+[" + _QUOTES + r"]\s*"
        r"(?P<t>[^" + _QUOTES + r"\n]{3,200}?)\s*[" + _QUOTES + r"]",
        re.IGNORECASE,
    )
    for m in quoted.finditer(clean):
        title = m.group("t").strip()
        if title == short:
            # The short name a cue already gave ('със съкратено наименование „X“') is
            # not the title, which is quoted elsewhere.
            continue
        # 'progetto "Ci.Vi. Lago" “Ciclabile dei villaggi del lago”': a quoted short name,
        # then the quoted title right after it.
        second = _SECOND_QUOTE.match(clean, m.end())
        if (
            second is not None
            and len(title.split()) <= 3
            and len(second.group("t").split()) >= 3
            and _title_like(second.group("t").strip())
        ):
            long = second.group("t").strip()
            a = Hit(m.start("t"), m.start("t") + len(title), title, "prose:quoted-name-title", 0.7)
            t = _title_hit(second.start("t"), long, "prose:quoted-name-title", 0.7)
            found.append((m.start(), t, a))
            break
        # After "the project:" a quote may open a list of its events ('by the project:
        # „Launch Campaign”, „Training”'): only a long title counts there.
        if ":" in clean[m.start() : m.start("t")] and len(title.split()) < 4:
            continue
        # 'Projekt „RadInn – Grenzüberschreitendes Radwegenetz"': acronym, then the title.
        split = re.fullmatch(r"(" + _ACRO_TOKEN + r")\s+[-–—]\s+(.+)", title)
        if split and looks_like_acronym(split.group(1)) and _title_like(split.group(2)):
            at = m.start("t")
            a = Hit(at, at + len(split.group(1)), split.group(1), "prose:quoted-title", 0.7)
            t = _title_hit(at + split.start(2), split.group(2), "prose:quoted-title", 0.7)
            found.append((m.start(), t, a))
            break
        if _is_short_name(title):
            # 'projektet "Cycling Waterways"': a short capitalised name is the acronym.
            a = Hit(m.start("t"), m.start("t") + len(title), title, "prose:quoted-name", 0.7)
            if not any(f[1] is None for f in found):
                found.append((m.start(), None, a))
            continue
        if _title_like(title, lower_ok=False) or (
            len(title.split()) >= 2 and title[0].isupper() and not title.endswith(".")
        ):
            t = Hit(m.start("t"), m.start("t") + len(title), title, "prose:quoted-title", 0.7)
            found.append((m.start(), t, None))
            break
    titled_acr = _titled_then_acronym(clean)
    if titled_acr is not None:
        found.append((titled_acr[0].start, titled_acr[0], titled_acr[1]))
    if not found:
        return None, None
    # A quoted name alone ('Projekt „RadInn“') yields to a title stated later.
    titled = [f for f in found if f[1] is not None]
    named = [f[2] for f in found if f[1] is None]
    if not titled:
        return None, named[0]
    _, title_hit, acr_hit = min(titled, key=lambda x: x[0])
    if acr_hit is None:
        # The same title stated again with its acronym ('projektu “X” (ACR)') gives it.
        same = [f[2] for f in titled if f[2] is not None and f[1].value == title_hit.value]
        acr_hit = same[0] if same else None
    return title_hit, acr_hit or (named[0] if named else None)


def _recurring_title_acronym(clean: str, title: Hit) -> Hit | None:
    """An acronym glued to the title in prose ("InnoTrax- Innovation Clusters ...")."""
    m = re.search(r"(" + _ACRO_TOKEN + r")\s*[-–:]\s*" + re.escape(title.value), clean)
    if m and looks_like_acronym(m.group(1)):
        return Hit(m.start(1), m.end(1), m.group(1), "prose:acronym-title", 0.9)
    return None


def _under_brand(lay: Layout, brand: Hit, title: Hit, languages: Sequence[str]) -> bool:
    """Whether a heading is the line right under the site's name and spells it out: the
    page's first two lines "TIDEWISE" / "Tidal Data for Wise Estuary Management", the
    heading in four words or more, no headline, opening with the name's first letter."""
    from coopkg.records.vocab import fold

    lines = lay.lines
    if len(lines) < 2 or lines[0].start != brand.start or lines[1].start != title.start:
        return False
    words = title.value.split()
    return (
        len(words) >= 4
        and not is_headline(title.value, languages)
        and not _about_a_project(title.value)
        and fold(title.value[:1]) == fold(brand.value[:1])
    )


def _brand_acronym(lay: Layout) -> Hit | None:
    """A project site's name as its acronym: a header line that is one acronym ("NATTUR").

    Not when the word is used as a programme's name elsewhere on the page.
    """
    header = header_lines(lay)
    cue = labels.compiled("programme_cues")
    for line in lay.lines:
        if line.start not in header:
            continue
        word = line.text.strip()
        if " " in word or not looks_like_acronym(word) or _PROJECT_CODE.fullmatch(word):
            continue
        for m in re.finditer(re.escape(word), lay.clean):
            if m.start() != line.start and cue.search(
                lay.clean[max(0, m.start() - 60) : m.end() + 60]
            ):
                return None
        return Hit(line.start, line.end, word, "header:site-acronym", 0.6)
    return None


def find_title_and_acronym(
    lay: Layout, languages: Sequence[str] = ()
) -> tuple[Hit | None, Hit | None]:
    """The project's title and acronym hits (either may be None)."""
    cued_title, cued_acronym = _cued_quotes(lay.clean)
    title = _labelled(lay, "title_labels") or _scrambled_title(lay) or cued_title
    acronym = _labelled(lay, "acronym_labels")
    if acronym is not None:
        # "Número de proyecto y Acrónimo: EFA112/09 - PIRINEO": the number, then the name.
        lead = _CODE_LEAD.match(acronym.value)
        if lead is not None:
            start = acronym.start + lead.end()
            name = acronym.value[lead.end() :]
            acronym = Hit(start, start + len(name), name, acronym.rule, acronym.confidence)
    if acronym and not (
        looks_like_acronym(acronym.value, relaxed=True) or _short_name(acronym.value)
    ):
        acronym = None
    acronym = acronym or cued_acronym
    if title is None or acronym is None:
        h_title, h_acr = _first_heading(lay, languages)
        brand = _brand_acronym(lay) if h_title is not None else None
        # On a project's own site (its acronym is the site name) headings name pages; the
        # line right under the name, in words, is the name spelt out.
        if (
            h_title is not None
            and h_title.rule == "heading:first-line"
            and brand is not None
            and not _under_brand(lay, brand, h_title, languages)
        ):
            h_title = None
        if h_title is not None and h_title.rule == "heading:first-line":
            # A plain first line is the weakest title: a title stated in prose wins.
            p_title, p_acr = _prose_title(lay.clean, acronym.value if acronym else None)
            if p_title is not None:
                h_title, h_acr = p_title, h_acr or p_acr
            elif p_acr is not None and p_acr.value not in h_title.value:
                # 'projektet "Cycling Waterways"' under another first line: a headline.
                h_title, h_acr = None, h_acr or p_acr
        title = title or h_title
        acronym = acronym or h_acr
    if title is None:
        s_title, s_acr = _named_subject(lay.clean)
        if s_title is None:
            s_title, s_acr = _dashed_apposition(lay.clean)
        if s_title is not None and (acronym is None or acronym.value == s_acr.value):
            title, acronym = s_title, acronym or s_acr
    if title is None:
        p_title, p_acr = _prose_title(lay.clean, acronym.value if acronym else None)
        title = p_title or _heading_name_in_prose(lay) or _heading_after_facts(lay, languages)
        acronym = acronym or p_acr
    if acronym is None and title is not None:
        acronym = _recurring_title_acronym(lay.clean, title)
    if acronym is None:
        acronym = _prose_acronym(lay.clean)
    if acronym is None:
        acronym = (
            _named_after_cue(lay.clean, languages)
            or _hyphen_named(lay.clean)
            or _name_then_verb(lay.clean, languages)
        )
    if acronym is None:
        acronym = _recurring_coined(lay.clean)
    if acronym is None:
        acronym = _brand_acronym(lay)
    if title is not None and acronym is not None and title.rule == "heading:first-line":
        # "EURE kick-off meeting in ...", "AlcoTraité, un projet pour ...": a first line
        # that mentions the acronym is a headline about the project, not its title.
        if re.search(r"(?<!\w)" + re.escape(acronym.value) + r"(?!\w)", title.value):
            title = _spelled_expansion(lay.clean, acronym.value)
    elif title is None and acronym is not None:
        title = _spelled_expansion(lay.clean, acronym.value) or _hyphen_title(
            lay.clean, acronym.value
        )
    if title is not None and acronym is not None and title.value == acronym.value:
        title = None
    title, acronym = _split_short_name(_unquoted(title), acronym)
    title, acronym = _split_named_sentence(_trimmed(title), acronym)
    title, acronym = _split_acronym(title, acronym)
    return title, _with_sequel(lay.clean, acronym)


#: How far down the page a fact sheet and the heading under it are looked for.
_FACTS_REACH = 30


def _heading_after_facts(lay: Layout, languages: Sequence[str] = ()) -> Hit | None:
    """A heading under the page's fact sheet, over its description: database pages list
    "Start date: ...", "Total budget: ...", "Programming period: ..." first, then the
    project's name alone in its paragraph, then the text about it."""
    lines = list(lay.content_lines()[:_FACTS_REACH])
    facts = 0
    for i, line in enumerate(lines[:-1]):
        if _FACT_LINE.match(line.text):
            facts += 1
            continue
        nxt = lines[i + 1]
        if (
            facts >= _MIN_FACTS
            and line.paragraph != lines[i - 1].paragraph
            and nxt.paragraph != line.paragraph
            and len(nxt.text) >= _MIN_BODY
            and _title_like(line.text)
            and 3 <= len(line.text.split()) <= 20
            and not _not_a_title(lines, i, languages)
            and not _is_label(line.text)
        ):
            return Hit(line.start, line.end, line.text, "heading:after-facts", 0.7)
        if line.paragraph != lines[i - 1].paragraph and facts >= _MIN_FACTS:
            return None
    return None


def _heading_name_in_prose(lay: Layout) -> Hit | None:
    """The name before the colon of a news headline, when the article calls the project by
    it: "RIVER PATHS OF THE DRAVA: AGREEMENT SIGNED" over "... on the project River paths
    of the Drava, ...". The name is taken as the article writes it."""
    words = _project_words()
    for line in lay.content_lines()[:3]:
        m = re.match(r"(?P<n>[^:–—|]{8,120}?)\s*[:–—|]\s+\S", line.text)
        if m is None or len(m.group("n").split()) < 2:
            continue
        name = m.group("n").strip()
        said = re.search(
            r"(?<!\w)(?i:" + words + r")[ \t]+(?P<n>" + re.escape(name) + r")(?![\w-])",
            lay.clean[line.end :],
            re.IGNORECASE,
        )
        if said is None:
            continue
        at = line.end + said.start("n")
        value = lay.clean[at : at + len(name)]
        if _title_like(value, lower_ok=False):
            return Hit(at, at + len(value), value, "heading:name-in-prose", 0.7)
    return None


_SEQUEL = re.compile(r"[ \t]+(?:II|III|IV|V|VI)(?![\w-])")


def _with_sequel(clean: str, acronym: Hit | None) -> Hit | None:
    """A follow-up project's numeral belongs to its name: "COOLGEOHEAT II"."""
    if acronym is None or " " in acronym.value or not looks_like_acronym(acronym.value):
        return acronym
    if clean[acronym.start : acronym.end] != acronym.value:
        return acronym
    m = _SEQUEL.match(clean, acronym.end)
    if m is None:
        return acronym
    value = clean[acronym.start : m.end()]
    return Hit(acronym.start, m.end(), value, acronym.rule, acronym.confidence)


def _split_named_sentence(title: Hit | None, acronym: Hit | None) -> tuple[Hit | None, Hit | None]:
    """A heading "Short Name. Long title ..." gives the short name and the title."""
    if title is None:
        return title, acronym
    m = re.fullmatch(
        r"(?P<a>(?:[A-ZÀ-Ý][\w'’-]*[ \t]){0,2}[A-ZÀ-Ý][\w'’-]*)\.[ \t]+(?P<t>[A-ZÀ-Ý].{20,})",
        title.value,
    )
    if m is None or len(m.group("t").split()) < 4:
        return title, acronym
    if acronym is not None and acronym.value != m.group("a"):
        return title, acronym
    start = title.start + m.start("t")
    head = Hit(start, title.end, m.group("t"), title.rule, title.confidence)
    if acronym is None:
        acronym = Hit(title.start, title.start + len(m.group("a")), m.group("a"), title.rule, 0.8)
    return head, acronym


#: A title's acronym in brackets at its end, or set off by a dash or bar at either end:
#: "Title (ACR)", "Title – ACR", "ACR – Title", "ACR | Title", "ACR: Title" (the acronym in
#: any script's capitals, perhaps in words: "HEALTHY AGE").
_TITLE_ACRONYM = (
    re.compile(r"(?P<t>.+?)\s*\((?P<a>" + _HEADING_ACRO + r"|" + _SPACED_ACRO + r")\)"),
    re.compile(r"(?P<t>.+?)\s+[-–—|]\s+(?P<a>" + _HEADING_ACRO + r"|" + _SPACED_ACRO + r")"),
    re.compile(
        r"(?P<a>" + _SPACED_ACRO + r"|" + _HEADING_ACRO + r")(?:\s*[:|]\s+|\s+[-–—]\s+)(?P<t>.+)"
    ),
)


def _split_acronym(title: Hit | None, acronym: Hit | None) -> tuple[Hit | None, Hit | None]:
    """A title that still carries its acronym ("Title (ACR)", "Title – ACR", "ACR – Title"),
    whichever rule found it: the title is the words, the acronym the capitals.

    The acronym part has an acronym's shape and the rest a title's, in two words or more;
    an acronym found elsewhere that differs keeps its place unless it is a weaker guess
    than the heading's own.
    """
    if title is None:
        return title, acronym
    for pattern in _TITLE_ACRONYM:
        m = pattern.fullmatch(title.value)
        if m is None:
            continue
        acr, words = m.group("a"), m.group("t").strip()
        inner = words.strip(_QUOTES + " ")
        # "PRESS RELEASE – ...", "NOTA DE PRENSA: ...": a page's label in capitals.
        page_label = is_page_word(acr) or any(is_page_word(w) for w in acr.split())
        if (
            not _acronym_ok(acr)
            or page_label
            or _PROJECT_CODE.fullmatch(acr)
            or (" " in acr and not acr.isupper())
            or len(inner.split()) < 2
            or not _title_like(inner, lower_ok=True, colon_ok=True)
            or is_page_word(inner)
        ):
            continue
        start = title.start + m.start("t") + words.index(inner)
        head = Hit(start, start + len(inner), inner, title.rule, title.confidence)
        found = Hit(title.start + m.start("a"), title.start + m.end("a"), acr, title.rule, 0.85)
        if acronym is None or acronym.value == acr or acronym.confidence < found.confidence:
            acronym = found
        return head, acronym
    return title, acronym


@lru_cache(maxsize=1)
def _is_a_project() -> re.Pattern[str]:
    """ "... is a project", "... est un projet", "... on hanke", "... е проект": the verb and
    the project word that follow a sentence's subject naming the project."""
    cues = dict.fromkeys([*labels.phrases("acronym_is_a"), *cue_phrases("is_a_project")])
    alternation = labels.trie_alternation(sorted(cues, key=lambda w: (-len(w), w)))
    return re.compile(r"[ \t]+(?:" + alternation + r")(?!\w)", re.IGNORECASE)


#: The start of the sentence before an "is a project" cue: after a full stop, a line end.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?\n])[ \t]*)(?P<s>[^.!?\n]{6,260})$")
#: An article opening the subject ("The", "O", "Le", "Il", "El", "Het", "Το").
_LEADING_ARTICLE = re.compile(r"(?:[A-ZÀ-ÝΑ-ΩА-Я][a-zà-ÿα-ωа-я]{0,2}[ \t]+|L['’])(?=\S)")
#: "ACR (Title) is a project": in a sentence the name may come first, its title after.
_ACRONYM_THEN_TITLE = re.compile(
    r"(?P<a>" + _SPACED_ACRO + r"|" + _HEADING_ACRO + r")\s*\((?P<t>[^()]{10,200})\)"
)


#: "ACR – Title – verb ...": a paragraph opening with the name and its title between dashes.
_DASHED_APPOSITION = re.compile(
    r"(?m)^(?P<a>" + _SPACED_ACRO + r"|" + _HEADING_ACRO + r")[ \t]+[–—][ \t]+"
    r"(?P<t>[^–—\n]{10,200}?)[ \t]+[–—][ \t]+(?=[^\W\d_])"
)


def _dashed_apposition(clean: str) -> tuple[Hit | None, Hit | None]:
    """Title and acronym of a paragraph that opens "SANTÉLIEN – Réseau transfrontalier de
    télémédecine – réunit ...": the name, then its title set off by dashes, then the verb."""
    for m in _DASHED_APPOSITION.finditer(clean):
        acr, title = m.group("a"), m.group("t").strip()
        if not looks_like_acronym(acr.split()[0]) or _PROJECT_CODE.fullmatch(acr):
            continue
        if not clean[m.end()].islower():  # the verb goes on in lower case
            continue
        if len(title.split()) >= 3 and _title_like(title) and not is_headline(title):
            rule = "prose:dashed-apposition"
            return (
                Hit(m.start("t"), m.start("t") + len(title), title, rule, 0.8),
                Hit(m.start("a"), m.end("a"), acr, rule, 0.8),
            )
    return None, None


def _named_subject(clean: str) -> tuple[Hit | None, Hit | None]:
    """Title and acronym of a sentence whose subject names the project in full: "O ACR –
    Title é um projeto ...", "Title (ACR) is a project ...", "ACR: Title on hanke ...".

    The subject is split as a heading is (:data:`_TITLE_ACRONYM`); a subject that is one
    name without its acronym is left to the prose cues.
    """
    for cue in _is_a_project().finditer(clean):
        m = _SENTENCE_START.search(clean, max(0, cue.start() - 260), cue.start())
        if m is None:
            continue
        start, subject = m.start("s"), m.group("s")
        # "The ACR – Title", "Le projet ACR – Title": an article and a project word go.
        lead = _LEADING_ARTICLE.match(subject)
        at = lead.end() if lead is not None else 0
        word = _project_word_re().match(subject, at)
        if word is not None and subject[word.end() : word.end() + 1].isspace():
            at = word.end() + 1
        for skip in dict.fromkeys((0, at)):
            head = subject[skip:]
            hit = Hit(start + skip, start + len(subject), head, "prose:subject-is-a-project", 0.8)
            title, acronym = _split_acronym(hit, None)
            if title is not hit and acronym is not None:
                return title, acronym
            named = _ACRONYM_THEN_TITLE.fullmatch(head)
            if named is not None:
                words = named.group("t").strip()
                if _acronym_ok(named.group("a")) and _title_like(words) and len(words.split()) >= 3:
                    at_t, at_a = hit.start + named.start("t"), hit.start + named.start("a")
                    return (
                        Hit(at_t, at_t + len(words), words, hit.rule, 0.8),
                        Hit(at_a, at_a + len(named.group("a")), named.group("a"), hit.rule, 0.8),
                    )
    return None, None


#: A project number before the title ("ROHU 283 – ...", "AB 213 – ...").
_CODE_LEAD = re.compile(
    r"(?:[A-Z]{2,6}[ -]?\d{2,}[\w/.-]*[ \t]*[–—-]|[Nn][°º][ \t]?\d+[\w/.-]*)[ \t]+(?=\S)"
)
#: A translation or gloss of the title in brackets at its end, three words or more.
_GLOSS_TAIL = re.compile(r"\s*\((?:[^()\s]+\s+){2,}[^()\s]+\)\s*$")


def _trimmed(title: Hit | None) -> Hit | None:
    """The title without a leading project number, a closing full stop or a bracketed
    gloss ("Valga-Valka atraktiivsuse suurendamine (Increasing the attractiveness ...)")."""
    if title is None:
        return None
    value, start = title.value, title.start
    lead = _CODE_LEAD.match(value)
    if lead is not None and len(value[lead.end() :].split()) >= 2:
        value, start = value[lead.end() :], start + lead.end()
    gloss = _GLOSS_TAIL.search(value)
    if gloss is not None and len(value[: gloss.start()].split()) >= 2:
        value = value[: gloss.start()]
    # A closing full stop is the sentence's, unless it ends an abbreviation ("Co.").
    if value.endswith(".") and len(value.rsplit(None, 1)[-1]) > 4:
        value = value[:-1]
    if value == title.value:
        return title
    return Hit(start, start + len(value), value, title.rule, title.confidence)


def _split_short_name(title: Hit | None, acronym: Hit | None) -> tuple[Hit | None, Hit | None]:
    """A title written with its short name after a slash ("Long title/ SHORTNAME")."""
    if title is None:
        return title, acronym
    m = re.fullmatch(r"(?P<t>.{10,}?)\s*/\s*(?P<a>" + _ACRO_TOKEN + r")", title.value)
    if m is None or len(m.group("t").split()) < 3 or not looks_like_acronym(m.group("a")):
        return title, acronym
    head = Hit(title.start, title.start + m.end("t"), m.group("t"), title.rule, title.confidence)
    if acronym is None:
        start = title.start + m.start("a")
        acronym = Hit(start, start + len(m.group("a")), m.group("a"), title.rule, 0.8)
    return head, acronym


def _unquoted(title: Hit | None) -> Hit | None:
    """The title without wrapping quotes; None for an image caption ("Logo Anci Liguria")."""
    if title is None:
        return None
    first = title.value.split()[0].lower()
    if first in {w.lower() for w in cue_phrases("caption_words")}:
        return None
    value = title.value
    if len(value) > 2 and value[0] in _QUOTES and value[-1] in _QUOTES:
        inner = value[1:-1].strip()
        start = title.start + value.index(inner)
        return Hit(start, start + len(inner), inner, title.rule, title.confidence)
    return title


def _title_cased(text: str) -> bool:
    """A title in title case: four words or more, three in four of the words of four
    letters or more capitalised ("Restoring Atlantic Salt Marshes for Carbon and
    Biodiversity", "Restauration des Marais Côtiers pour les Oiseaux")."""
    words = text.split()
    long = [w for w in words if len(w) >= 4]
    capitals = sum(w[0].isupper() for w in long)
    return (
        len(words) >= 4 and len(long) >= 3 and 4 * capitals >= 3 * len(long) and _title_like(text)
    )


def _capitals_spell(expansion: str, acronym: str) -> bool:
    """Whether the expansion's capitals or word initials spell the acronym.

    "Sediment and Ecosystem Approaches to COAstal adaptation STrategies" spells SEACOAST
    with its capitals; "Start in Mountains" spells SIM with its initials.
    """
    letters = "".join(c for c in acronym if c.isalpha()).lower()
    capitals = "".join(c for c in expansion if c.isupper()).lower()
    return len(letters) >= 3 and (
        capitals == letters or _initials_match(re.findall(r"[\w'’-]+", expansion), acronym)
    )


#: What follows an acronym when its expansion is given in brackets after it.
_EXPANSION_AFTER = re.compile(r"\s*\((?P<t>[^()\n]{5,200})\)")


def _after_project_word(clean: str, at: int) -> bool:
    """Whether the word right before position ``at`` is the word for "project"."""
    before = clean[max(0, at - 30) : at].rstrip()
    word = re.search(r"[^\W\d_]+$", before)
    return word is not None and _project_word_re().fullmatch(word.group()) is not None


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=1)
def _spelled_after() -> re.Pattern[str]:
    """A verb that spells an acronym out, then the spelled-out name ("stands for: X")."""
    return re.compile(
        r"[ \t]+(?i:" + cue_alternation("expansion_cues") + r")"
        r"[ \t]*:?[ \t]*[" + _QUOTES + r"]?(?P<t>[A-ZÀ-Ý][^.!?;\n" + _QUOTES + r"]{10,200})"
        r"[" + _QUOTES + r"]?(?=[.!?;]?(?:\s|$))"
    )


def _spelled_expansion(clean: str, acronym: str) -> Hit | None:
    """The known acronym's expansion in brackets after it: "SEACOAST (Sediment and ...)",
    or after a verb that spells it out: "GreenPorT stands for: Green Ports and ..."."""
    # The acronym is found as a plain string and the bracket matched after it: a pattern
    # holding the acronym was compiled anew for every notice (and pushed others out of the
    # re module's cache). The matches are those of that pattern, in the same order.
    at = clean.find(acronym) if acronym else -1  # (an empty acronym spells nothing)
    while at >= 0:
        m = None
        if at == 0 or not _WORD_CHAR.match(clean, at - 1):
            m = _EXPANSION_AFTER.match(clean, at + len(acronym))
        if m is not None:
            title = m.group("t").strip()
            if len(title.split()) >= 2 and _capitals_spell(title, acronym):
                return Hit(
                    m.start("t"), m.start("t") + len(title), title, "prose:acronym(title)", 0.8
                )
            # "approved SALTMARSH+ (Restoring Atlantic Salt Marshes for Carbon and ...)":
            # the known name, then a title in title case of four words or more.
            if _title_cased(title) and not _programme_heading(title) and not is_headline(title):
                return Hit(
                    m.start("t"), m.start("t") + len(title), title, "prose:acronym(title-case)", 0.7
                )
            # "het project ZILTE OOGST (Zilte landbouw in ...)": after the project word, a
            # name made of words is followed by its title, which need not spell it.
            if (
                _after_project_word(clean, at)
                and len(title.split()) >= 3
                and _title_like(title)
                and not is_headline(title)
            ):
                return Hit(
                    m.start("t"), m.start("t") + len(title), title, "prose:project-name(title)", 0.7
                )
        at = clean.find(acronym, m.end() if m is not None else at + 1)
    at = clean.find(acronym) if acronym else -1
    while at >= 0:
        m = None
        if at == 0 or not _WORD_CHAR.match(clean, at - 1):
            m = _spelled_after().match(clean, at + len(acronym))
        if m is not None:
            title = m.group("t").strip()
            # A sentence ("X means that ...") is no title: the spelled-out name has four
            # words or more and title shape.
            if len(title.split()) >= 4 and _title_like(title) and not is_headline(title):
                return Hit(
                    m.start("t"), m.start("t") + len(title), title, "prose:acronym-spelled", 0.8
                )
        at = clean.find(acronym, at + 1)
    return None
