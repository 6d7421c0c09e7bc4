"""Project title and acronym.

Reads labelled lines ("Acronym: X", "Titre du projet : ..."), heading lines ("Title
(ACRONYM)", "ACRONYM - Title", a short title-like line before the body) and prose cues
("The X project", "Das X-Projekt", "le projet X", "X is a project"). Works on the masked
text of :mod:`coopkg.extraction.layout`, so site navigation never becomes a title. It must not
decide any other field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coopkg.extraction import labels
from coopkg.extraction.hits import Hit
from coopkg.extraction.layout import Layout, Line, core

_WORD = r"[A-Za-zÀ-ÿ0-9][\w\-&+]*"
_ACRO_TOKEN = r"[A-ZÀ-Ý0-9][\wÀ-ÿ&+\-]{1,24}"
_MAX_TITLE = 220
_MIN_BODY = 200


def looks_like_acronym(word: str, *, relaxed: bool = False) -> bool:
    """Whether ``word`` has the shape of a project acronym.

    Strict: at least two capitals, or a capital plus a digit (TECHLINK, InnoTrax, TraCS3).
    Relaxed (used after a strong project cue): a capitalised word that is not a common word.
    """
    w = word.strip("-–:,.;()")
    if not 2 <= len(w) <= 25 or w.lower() in labels.stop_acronyms():
        return False
    if not w[0].isupper() and not w[0].isdigit():
        return False
    if not re.fullmatch(r"[\wÀ-ÿ&+\-]+", w) or w.isdigit():
        return False
    caps = sum(c.isupper() for c in w)
    digits = any(c.isdigit() for c in w)
    if caps >= 2 or (caps >= 1 and digits):
        # Hyphenated capitalised compounds ("Cross-Linking") are words, not acronyms.
        return not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+", w)
    return relaxed and w[1:].islower() and len(w) >= 4


def _labelled(lay: Layout, section: str) -> Hit | None:
    pat = re.compile(
        r"^\W*(?:" + labels.alternation(section) + r")\s*[:：]\s*(\S.*)$", re.IGNORECASE
    )
    for line in lay.content_lines():
        m = pat.match(line.text)
        if m:
            value = m.group(1).strip()
            start = line.start + m.start(1)
            return Hit(start, start + len(value), value, f"label:{section}", 1.0)
    return None


def _title_like(text: str) -> bool:
    words = text.split()
    if len(words) < 2 or len(text) > _MAX_TITLE or text.endswith((".", ":", ";", ",")):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if re.search(r"[:|@]|https?://|\d{4}", text):
        return False
    # Section headings ("Results", "Available materials") are not titles.
    return not any(
        labels.compiled(s).fullmatch(core(text))
        for s in ("result_labels", "section_labels", "theme_labels", "furniture")
    )


def _heading_hits(line: Line) -> tuple[Hit | None, Hit | None]:
    """Title and acronym of a heading line: "Title (ACR)", "ACR - Title", "ACR: Title"."""
    text = line.text
    m = re.fullmatch(r"(.+?)\s*\((" + _ACRO_TOKEN + r")\)", text)
    if m and looks_like_acronym(m.group(2)) and _title_like(m.group(1)):
        t = Hit(line.start, line.start + m.end(1), m.group(1).strip(), "heading:title(acronym)")
        a = Hit(
            line.start + m.start(2), line.start + m.end(2), m.group(2), "heading:title(acronym)"
        )
        return t, a
    m = re.fullmatch(r"(" + _ACRO_TOKEN + r")\s*(?:[-–—:]\s+|\s+[-–—]\s*)(.+)", text)
    if m and looks_like_acronym(m.group(1)) and _title_like(m.group(2)):
        a = Hit(line.start, line.start + m.end(1), m.group(1), "heading:acronym-title")
        t = Hit(
            line.start + m.start(2),
            line.start + m.end(2),
            m.group(2).strip(),
            "heading:acronym-title",
        )
        return t, a
    return None, None


def _first_heading(lay: Layout) -> tuple[Hit | None, Hit | None]:
    """The first content line, when it is a short heading followed by body text."""
    lines = lay.content_lines()
    for i, line in enumerate(lines[:4]):
        title, acronym = _heading_hits(line)
        if title:
            return title, acronym
        body_follows = any(len(later.text) >= _MIN_BODY for later in lines[i + 1 : i + 6])
        # A headline that talks about "the X project" is news about it, not its title.
        is_news = _prose_acronym(line.text) is not None
        if (
            i == 0
            and body_follows
            and not is_news
            and _title_like(line.text)
            and len(line.text.split()) <= 20
        ):
            return Hit(line.start, line.end, line.text, "heading:first-line", 0.8), None
        if len(line.text) >= _MIN_BODY:
            break
    return None, None


def _prose_patterns() -> list[tuple[re.Pattern[str], bool]]:
    """(pattern with group 'acr', relaxed shape) for the prose acronym cues."""
    words = "|".join(labels.phrase_pattern(w) for w in labels.phrases("project_words"))
    before = "|".join(labels.phrase_pattern(w) for w in labels.phrases("acronym_before"))
    is_a = "|".join(labels.phrase_pattern(w) for w in labels.phrases("acronym_is_a"))
    acr = r"(?P<acr>" + _ACRO_TOKEN + r")"
    return [
        # "Clustrat is a project", "X est un projet"
        (re.compile(r"(?<![\w-])" + acr + r"\s+(?:" + is_a + r")", re.IGNORECASE), True),
        # "Das TraCS3-Projekt", "The ClusteriX project"
        (re.compile(r"(?:" + before + r")\s+" + acr + r"(?:-|\s+)(?:" + words + r")(?!\w)"), False),
        # "le projet TECHLINK", "il progetto X", "el proyecto X", "project X"
        (re.compile(r"(?<!\w)(?:" + words + r")\s+" + acr + r"(?!\w)", re.IGNORECASE), False),
    ]


def _prose_acronym(clean: str) -> Hit | None:
    best: Hit | None = None
    for pattern, relaxed in _prose_patterns():
        for m in pattern.finditer(clean):
            acr = m.group("acr")
            if relaxed and not m.group("acr")[0].isupper():
                continue
            if not looks_like_acronym(acr, relaxed=relaxed):
                continue
            hit = Hit(m.start("acr"), m.end("acr"), acr, "prose:project-cue", 0.8)
            if best is None or hit.start < best.start:
                best = hit
            break
    return best


def _recurring_title_acronym(clean: str, title: Hit) -> Hit | None:
    """An acronym glued to the title in prose ("InnoTrax- Innovation Clusters ...")."""
    m = re.search(r"(" + _ACRO_TOKEN + r")\s*[-–:]\s*" + re.escape(title.value), clean)
    if m and looks_like_acronym(m.group(1)):
        return Hit(m.start(1), m.end(1), m.group(1), "prose:acronym-title", 0.9)
    return None


def find_title_and_acronym(
    lay: Layout, languages: Sequence[str] = ()
) -> tuple[Hit | None, Hit | None]:
    """The project's title and acronym hits (either may be None)."""
    del languages  # cue tables cover all languages; kept for a uniform finder signature
    title = _labelled(lay, "title_labels")
    acronym = _labelled(lay, "acronym_labels")
    if acronym and not looks_like_acronym(acronym.value, relaxed=True):
        acronym = None
    if title is None or acronym is None:
        h_title, h_acr = _first_heading(lay)
        title = title or h_title
        acronym = acronym or h_acr
    if acronym is None and title is not None:
        acronym = _recurring_title_acronym(lay.clean, title)
    if acronym is None:
        acronym = _prose_acronym(lay.clean)
    if title is not None and acronym is not None and title.value == acronym.value:
        title = None
    return title, acronym
