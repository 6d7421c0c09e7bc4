"""Themes, results, website and description: the free-text fields of a record.

Themes come from a labelled keyword line ("Themes:", "Thématiques", "Schlagwörter") plus
theme-vocabulary keywords found in the description; results from the sentences or list
items after a results label ("Results", "Réalisations", "Projektergebnisse"); the website
only from a URL in the text next to a website label; the description is the main prose.
This module reads the masked text only; it must not decide dates, money or partners.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import ahocorasick

from coopkg.extraction import labels
from coopkg.extraction.layout import Layout, find_urls
from coopkg.records.hits import Hit

_PROSE = 200
_MAX_RESULTS = 8
_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]|$)")


def description(lay: Layout) -> Hit | None:
    """The main prose: the content lines of the longest paragraph run, joined."""
    prose = [line for line in lay.content_lines() if len(line.text) >= _PROSE]
    if not prose:
        return None
    start, end = prose[0].start, prose[-1].end
    # Stop before the first long gap of non-prose lines (lists, facts): keep the first run.
    for a, b in pairwise(prose):
        if b.paragraph - a.paragraph > 2:
            end = a.end
            break
    text = " ".join(line.text for line in prose if line.end <= end)
    return Hit(start, end, text, "description:prose", 0.9)


def themes(lay: Layout, languages: Sequence[str] = ()) -> list[Hit]:
    """Stated keywords: a labelled theme line, then vocabulary keywords in the prose."""
    out: list[Hit] = []
    pat = re.compile(r"^\W*(?:" + labels.alternation("theme_labels") + r")\s*[:：]\s*(.+)$", re.I)
    for line in lay.content_lines():
        m = pat.match(line.text)
        if not m:
            continue
        pos = line.start + m.start(1)
        for piece in re.split(r"\s*[,;|•]\s*", m.group(1)):
            if piece.strip():
                s = lay.text.find(piece, pos)
                out.append(Hit(s, s + len(piece), piece.strip(" ."), "themes:label", 1.0))
    out.extend(_vocabulary_keywords(_prose_only(lay), languages))
    unique: dict[str, Hit] = {}
    for h in out:
        unique.setdefault(str(h.value).lower(), h)
    return list(unique.values())


def _prose_only(lay: Layout) -> str:
    """The masked text with fact lines ("Lead partner: University of ...") and table rows
    blanked (same length, so offsets hold): organisation names are not themes."""
    chars = list(lay.clean)
    for line in lay.content_lines():
        if " | " in line.text or is_fact_line(line.text):
            chars[line.start : line.end] = " " * (line.end - line.start)
    return "".join(chars)


@lru_cache(maxsize=4096)
def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    """A keyword at a word start, any case (cached: the re module's own cache is too small).

    A short keyword (fewer than 6 letters) may only grow by a short ending: "cluster" finds
    "clusters", "coal" does not find "coalitions".
    """
    tail = "" if len(keyword) >= 6 else r"\w{0,3}(?!\w)"
    return re.compile(r"(?<!\w)" + re.escape(keyword) + tail, re.IGNORECASE)


@lru_cache(maxsize=1)
def _keyword_table() -> tuple[tuple[str, dict[str, tuple[tuple[str, str], ...]]], ...]:
    """(concept id, language -> ((keyword, its lower case), ...)) of the theme vocabulary."""
    from coopkg.errors import CoopkgError
    from coopkg.records.vocab import themes as theme_concepts

    try:
        concepts = theme_concepts()
    except CoopkgError:  # no theme vocabulary installed: stated keywords only
        return ()
    return tuple(
        (
            concept.id,
            {
                lang: tuple((kw, kw.lower()) for kw in kws)
                for lang, kws in (getattr(concept, "keywords", {}) or {}).items()
            },
        )
        for concept in concepts
    )


@lru_cache(maxsize=1)
def _concepts_of_keyword() -> dict[str, tuple[int, ...]]:
    """Keyword (lower case) -> the positions in :func:`_keyword_table` of the concepts
    that list it in some language."""
    out: dict[str, list[int]] = {}
    for i, (_, keywords) in enumerate(_keyword_table()):
        for kws in keywords.values():
            for _, kw_lower in kws:
                out.setdefault(kw_lower, []).append(i)
    return {kw: tuple(dict.fromkeys(found)) for kw, found in out.items()}


_PREFIX = 4


@lru_cache(maxsize=1)
def _keyword_index() -> tuple[ahocorasick.Automaton, tuple[str, ...]]:
    """(the keywords of at least four letters starting with a word character, in one
    automaton; the keywords too short or not starting so)."""
    automaton = ahocorasick.Automaton()
    other: list[str] = []
    for _, keywords in _keyword_table():
        for kws in keywords.values():
            for _, kw_lower in kws:
                if len(kw_lower) >= _PREFIX and re.match(r"\w", kw_lower):
                    automaton.add_word(kw_lower, kw_lower)
                else:
                    other.append(kw_lower)
    automaton.make_automaton()
    return automaton, tuple(dict.fromkeys(other))


def _present_keywords(lowered: str) -> set[str]:
    """The keywords (lower case) that start a word somewhere in ``lowered``.

    One Aho-Corasick pass over the text finds every keyword, kept where it starts a word,
    instead of one substring scan per keyword of the vocabulary.
    """
    automaton, other = _keyword_index()
    present = {kw for kw in other if kw in lowered}
    if not len(automaton):
        return present
    for end, kw in automaton.iter(lowered):
        start = end - len(kw) + 1
        # re's \w: a letter, a digit or "_" (the keyword itself starts with one).
        if start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
            present.add(kw)
    return present


def _vocabulary_keywords(clean: str, languages: Sequence[str]) -> list[Hit]:
    lowered = clean.lower()
    present = _present_keywords(lowered)
    hits: list[Hit] = []
    if not present:
        return hits
    table = _keyword_table()
    # Only the concepts that hold a present keyword (in any language) can give a hit: the
    # others are not walked keyword by keyword. Their order is the table's, as before.
    concepts = _concepts_of_keyword()
    for i in sorted({i for kw in present for i in concepts.get(kw, ())}):
        concept_id, keywords = table[i]
        langs = [lang for lang in languages if lang in keywords] or list(keywords)
        for lang in langs:
            for kw, kw_lower in keywords.get(lang, ()):
                # Most keywords are absent: a set lookup first, the search only for the rest.
                if kw_lower not in present:
                    continue
                m = _keyword_pattern(kw).search(clean)
                if m:
                    end = m.end()
                    while end < len(clean) and clean[end].isalnum():
                        end += 1
                    hits.append(
                        Hit(
                            m.start(),
                            end,
                            clean[m.start() : end],
                            f"themes:vocabulary:{concept_id}",
                            0.7,
                        )
                    )
    return sorted(hits, key=lambda h: h.start)


def _results_label() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + labels.alternation("result_labels") + r")(?!\w)\s*[:：]?", re.IGNORECASE
    )


#: Words of field labels the label table lacks (money and duration lines of a facts block).
_FACT_WORDS = (
    "funding", "budget", "duration", "co-financing", "cofinancing", "erdf", "efre", "feder",
    "fesr", "efrr", "ipa", "eni", "laufzeit", "durée", "durata", "duración", "förder",
    "financement", "finanziamento", "financiación", "start date", "end date", "contact",
)  # fmt: skip
_FACT_SECTIONS = (
    "programme_labels", "partner_labels.lead", "partner_labels.partner",
    "partner_labels.associated", "status_labels", "acronym_labels", "title_labels",
    "website_labels",
)  # fmt: skip


@lru_cache(maxsize=1)
def _fact_label() -> re.Pattern[str]:
    words = [labels.alternation(name) for name in _FACT_SECTIONS]
    words = [w for w in words if w]
    words.append("|".join(re.escape(w) for w in _FACT_WORDS))
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")", re.IGNORECASE)


def is_fact_line(text: str) -> bool:
    """True for a "Label: value" line of a facts block ("Lead partner: ecoplus (AT)",
    "ERDF funding: 1 687 872,00 EUR"): such lines are fields, never stated results.

    >>> is_fact_line("Funding program: INTERREG IVC"), is_fact_line("Manual of good practices")
    (True, False)
    """
    label, colon, value = text.partition(":")
    if not colon or not value.strip() or len(label) > 40:
        return False
    return _fact_label().search(label) is not None


def results(lay: Layout) -> list[Hit]:
    """Stated results: list items under a results heading, or sentences after an inline label."""
    label = _results_label()
    section_end = re.compile(r"(?<!\w)(?:" + labels.alternation("section_labels") + r")(?!\w)")
    content = lay.content_lines()
    starts = labels.phrases("result_labels")
    for i, line in enumerate(content):
        # Tried only where a label's first word stands: most lines hold none.
        m = labels.phrase_search(label, line.text, starts)
        if not m:
            continue
        rest = line.text[m.end() :].strip()
        if not rest:
            items = []
            for nxt in content[i + 1 :]:
                if (
                    nxt.text.endswith(":")
                    or len(items) >= _MAX_RESULTS
                    or nxt.paragraph - line.paragraph > 12
                ):
                    break
                if len(nxt.text) > _PROSE * 2 or is_fact_line(nxt.text):
                    break  # a facts block ("Lead partner: ...") ends the results
                items.append(Hit(nxt.start, nxt.end, nxt.text.lstrip("•·-* "), "results:list", 0.8))
            if items:
                return items
            continue
        start = (
            line.start + m.end() + (len(line.text[m.end() :]) - len(line.text[m.end() :].lstrip()))
        )
        stop = section_end.search(lay.text, start, line.end)
        segment_end = stop.start() if stop else line.end
        hits = []
        for s in _SENTENCE.finditer(lay.text, start, segment_end):
            sentence = s.group(0).strip()
            if len(sentence) >= 15:
                off = s.start() + (len(s.group(0)) - len(s.group(0).lstrip()))
                hits.append(
                    Hit(off, off + len(sentence), sentence.rstrip(".;"), "results:inline", 0.7)
                )
            if len(hits) >= _MAX_RESULTS:
                break
        if hits:
            return hits
    return []


@lru_cache(maxsize=1)
def _website_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(label right before a URL, a website cue, a project word) patterns."""
    from coopkg.extraction.titles import cue_alternation

    label = re.compile(
        r"(?:" + labels.alternation("website_labels") + r")\s*[:：]?\s*$", re.IGNORECASE
    )
    cue = re.compile(
        r"(?<!\w)(?:"
        + cue_alternation("website_cues")
        + r"|"
        + labels.alternation("website_labels")
        + r")",
        re.IGNORECASE,
    )
    project = re.compile(
        r"(?:"
        + labels.alternation("project_words")
        + r"|"
        + cue_alternation("project_words_extra")
        + r")",
        re.IGNORECASE,
    )
    return label, cue, project


@lru_cache(maxsize=1)
def _never_project_domains() -> frozenset[str]:
    from coopkg.extraction.titles import cue_table

    return frozenset(str(d).lower() for d in cue_table("not_project_sites").get("domains", ()))


def _domain(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
    return host.split(":")[0]


#: Path segments after which a URL is a page deep in a portal, not a project's own site.
_MAX_NAMED_DEPTH = 2


def _names_acronym(url: str, acronym: str | None, title: str | None = None) -> bool:
    """Whether the URL's host or short path holds the acronym as a word ("www.smartlogi.eu",
    "www.interreg-example.eu/greenroof"), or its host the short title's words
    ("forest-fire-watch.eu" for "Forest Fire Watch").

    A page deep in a portal (".../projects/funded-projects/acr") is the portal's page
    about the project, not the project's site.
    """
    low = url.lower()
    host = _domain(url)
    path = re.sub(r"^(?:https?://)?[^/]+", "", low).strip("/")
    shallow = len([p for p in path.split("/") if p]) <= _MAX_NAMED_DEPTH
    key = re.sub(r"[^a-z0-9]", "", (acronym or "").lower())
    if len(key) >= 3:
        m = re.search(r"(?<![a-z0-9])" + re.escape(key) + r"(?![a-z0-9])", low)
        if m is not None and (shallow or host.find(key) >= 0):
            return True
    words = re.findall(r"\w+", (title or "").lower())
    if 2 <= len(words) <= 4:
        label = host.split(".")[-2] if host.count(".") >= 1 else host
        return re.sub(r"[^a-z0-9]", "", label) == "".join(words)
    return False


def _sentence_before(text: str, end: int) -> str:
    """The part of the sentence in ``text`` before ``end``."""
    starts = [m.end() for m in re.finditer(r"[.!?;]\s", text[:end])]
    return text[starts[-1] if starts else 0 : end]


def website(lay: Layout, acronym: str | None = None, title: str | None = None) -> Hit | None:
    """The project's site: a URL after a website label, or in a sentence that points to it.

    A URL counts when a website label stands right before it ("Website: ..."), when its
    host or path holds the project's acronym and a cue points to it ("En savoir plus :
    www.acr.eu", "sul sito www.acr.eu"), or when the sentence calls it the project's site
    ("página web del proyecto"). Never social media, never the publisher's own domain (the
    one its header or footer shows), never a programme's site.
    """
    label, cue, project = _website_patterns()
    never = _never_project_domains()
    own = {_domain(url) for _, _, url in find_urls(lay.footer)}
    programme = labels.compiled("programme_labels")
    best: tuple[float, Hit] | None = None
    content = lay.content_lines()
    for i, line in enumerate(content):
        for start, end, url in find_urls(line.text):
            domain = _domain(url)
            if domain in never or any(domain.endswith("." + d) for d in never):
                continue
            named = _names_acronym(url, acronym, title)
            if domain in own and not named:
                continue
            before = line.text[:start]
            prev = content[i - 1].text if i and not before.strip() else ""
            labelled = label.search(before) or (prev and label.search(prev))
            sentence = _sentence_before(line.text, start)
            # "Programme website: www.interreg-x.eu" names the programme's site.
            if programme.search(sentence[-40:]) and not named:
                continue
            if labelled:
                confidence = 1.0
            elif named:
                confidence = 0.9 if cue.search(sentence) else 0.8
            elif cue.search(sentence) and project.search(sentence):
                confidence = 0.7
            else:
                continue
            rule = "website:label" if labelled else "website:sentence"
            hit = Hit(line.start + start, line.start + end, url, rule, confidence)
            if best is None or confidence > best[0]:
                best = (confidence, hit)
    return best[1] if best else None
