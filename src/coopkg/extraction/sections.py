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
from itertools import pairwise

from coopkg.extraction import labels
from coopkg.extraction.hits import Hit
from coopkg.extraction.layout import Layout, find_urls

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
    out.extend(_vocabulary_keywords(lay.clean, languages))
    unique: dict[str, Hit] = {}
    for h in out:
        unique.setdefault(str(h.value).lower(), h)
    return list(unique.values())


def _vocabulary_keywords(clean: str, languages: Sequence[str]) -> list[Hit]:
    from coopkg.errors import CoopkgError
    from coopkg.vocab import themes as theme_concepts

    try:
        concepts = theme_concepts()
    except CoopkgError:  # no theme vocabulary installed: stated keywords only
        return []
    hits: list[Hit] = []
    for concept in concepts:
        keywords = getattr(concept, "keywords", {}) or {}
        langs = [lang for lang in languages if lang in keywords] or list(keywords)
        for lang in langs:
            for kw in keywords.get(lang, ()):
                m = re.search(r"(?<!\w)" + re.escape(kw), clean, re.IGNORECASE)
                if m:
                    end = m.end()
                    while end < len(clean) and clean[end].isalnum():
                        end += 1
                    hits.append(
                        Hit(
                            m.start(),
                            end,
                            clean[m.start() : end],
                            f"themes:vocabulary:{concept.id}",
                            0.7,
                        )
                    )
    return sorted(hits, key=lambda h: h.start)


def _results_label() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + labels.alternation("result_labels") + r")(?!\w)\s*[:：]?", re.IGNORECASE
    )


def results(lay: Layout) -> list[Hit]:
    """Stated results: list items under a results heading, or sentences after an inline label."""
    label = _results_label()
    section_end = re.compile(r"(?<!\w)(?:" + labels.alternation("section_labels") + r")(?!\w)")
    content = lay.content_lines()
    for i, line in enumerate(content):
        m = label.search(line.text)
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
                if len(nxt.text) > _PROSE * 2:
                    break
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


def website(lay: Layout) -> Hit | None:
    """A URL the text labels as the project's site (never a bare label, an e-mail or a footer)."""
    label = re.compile(
        r"(?:" + labels.alternation("website_labels") + r")\s*[:：]?\s*$", re.IGNORECASE
    )
    content = lay.content_lines()
    for i, line in enumerate(content):
        for start, end, url in find_urls(line.text):
            before = line.text[:start]
            prev = content[i - 1].text if i and not before.strip() else ""
            if label.search(before) or (prev and label.search(prev)):
                return Hit(line.start + start, line.start + end, url, "website:label", 1.0)
    return None
