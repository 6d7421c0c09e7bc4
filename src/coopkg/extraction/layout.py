"""Lines of a notice, classified as content or page furniture, and the masked text.

The assembler runs every finder on :attr:`Layout.clean`: the notice text with furniture,
adverts, link labels and publisher footers blanked out (replaced by spaces, so offsets
stay valid). Footer lines are kept apart in :attr:`Layout.footer` because a partner
website's footer names the page owner. This module decides what is furniture; it must not
extract any field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coopkg.extraction import labels

# Patterns asked of every line, compiled once.
_COPYRIGHT_YEAR = re.compile(r"\(c\)\s*\d{4}", re.IGNORECASE)
_WIDE_GAP = re.compile(r"\s{2,}|\t+")
_PUNCTUATION = re.compile(r"[.,;:!?()]")

CONTENT, FURNITURE, ADVERT, FOOTER, BLANK = "content", "furniture", "advert", "footer", "blank"

_BULLET = re.compile(r"^[\s•·\-*–▪►>]+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE_CITY = re.compile(r"\b(?:[A-Z]{1,2}-?)?\d{4,5}\s+[A-ZÀ-Ý][\w'’\-]+")
_PHONE = re.compile(
    r"(?:Tel|Tél|Phone|Telefon|Telefono|Teléfono)\.?\s*:?\s*\(?\+?\d", re.IGNORECASE
)
#: An advert swallows this many short neighbouring lines of its paragraph (its punchline).
_ADVERT_REACH = 3
#: How many lines at the top may be the site's header, and at the bottom its footer.
_HEADER_REACH = 4
_MAX_MENU_WORDS = 20
_FOOTER_REACH = 4
_SHORT_LINE = 80


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the notice: offsets of its stripped text, its paragraph and its kind."""

    start: int
    end: int
    text: str
    paragraph: int
    kind: str


@dataclass(frozen=True, slots=True)
class Layout:
    """The notice's lines with their kinds, and the text masked for extraction."""

    text: str
    clean: str
    footer: str
    lines: tuple[Line, ...]

    def content_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.kind == CONTENT)


def core(text: str) -> str:
    """A line without bullets, surrounding spaces and trailing punctuation."""
    return _BULLET.sub("", text).strip().rstrip(":.!?;,").strip()


def _split_lines(text: str) -> list[tuple[int, int, str, int]]:
    out: list[tuple[int, int, str, int]] = []
    paragraph, pos = 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(stripped), stripped, paragraph))
        else:
            paragraph += 1
        pos += len(raw) + 1
    return out


#: An image left as text: its file name ("logo-eu.jpg", "Flag_of_Europe.svg") or its alt
#: text naming a logo ("logo Region X e Interreg", "Logo: Programme Y"), a line of its own.
_IMAGE_LINE = re.compile(
    r"\S+\.(?:jpe?g|png|gif|svg|webp)|(?:logos?|logotip[oa]?|logotyp|logotype|λογότυπο|лого(?:тип)?)\b[\s:_-][^.!?;]{0,100}",
    re.IGNORECASE,
)


def _is_furniture(text: str) -> bool:
    c = core(text)
    if not c:
        return True
    if _IMAGE_LINE.fullmatch(text.strip()):
        return True
    if labels.compiled("furniture").fullmatch(c):
        return True
    # A link label alone on its line (its URL was lost): not a website, not a title.
    return bool(labels.compiled("link_labels").fullmatch(c)) and not _URL.search(text)


def _is_footer(text: str) -> bool:
    if "©" in text or _COPYRIGHT_YEAR.search(text):
        return True
    if _company_number().search(text):
        return True
    street = labels.compiled("street_words").search(text)
    return bool(
        street and _POSTCODE_CITY.search(text) and (_PHONE.search(text) or _EMAIL.search(text))
    )


@lru_cache(maxsize=1)
def _company_number() -> re.Pattern[str]:
    """A VAT or company-register label followed by its number: the mark of a footer."""
    names = [*labels.vat_labels(), *labels.phrases("registry_labels")]
    return re.compile(
        r"(?:" + labels.trie_alternation(names) + r")\s*[:.]?\s*"
        r"(?:[A-Z]{2}U?)?\s?\d[\d .]{6,}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)  # asked of the same lines by several finders
def is_navigation(text: str) -> bool:
    """A menu bar or breadcrumb trail: short items separated by wide gaps or ' > '.

    "Home  Programme  Projects  News" (HTML menus flattened with two or more spaces) and
    "Projects > Axis 2 > AB86" hold no project facts.
    """
    items = [x for x in _WIDE_GAP.split(text.strip()) if x]
    if len(items) >= 3 and all(_menu_item(x) for x in items) and not _ends_with_country(items[-1]):
        return True
    if _menu_bar(text):
        return True
    # "le projet « X » a démarré": a closing guillemet is a quote, not a crumb separator.
    separators = r"[>›]" if "«" in text else r"[>»›]"
    crumbs = [x.strip() for x in re.split(r"\s+" + separators + r"\s+", text.strip())]
    return (
        len(crumbs) >= 2
        and all(0 < len(c.split()) <= 8 for c in crumbs)
        and not re.search(r"[.!?;]\s", text)
    )


_SWITCHER = re.compile(r"(?<!\w)[A-Z]{2}(?:\s*\|\s*[A-Z]{2})+\s*$")


def _menu_bar(text: str) -> bool:
    """A flattened menu: menu words only, no sentence punctuation, no country brackets."""
    if len(text.split()) > _MAX_MENU_WORDS or _PUNCTUATION.search(text):
        return False
    hits = {m.group(0).lower() for m in labels.compiled("menu_words").finditer(text)}
    return len(hits) >= 3 or (len(hits) >= 2 and bool(_SWITCHER.search(text)))


def _menu_item(item: str) -> bool:
    """A menu entry: a few words, or a language switcher ("ES | FR | CA | EU")."""
    words = [w for w in item.split() if w != "|"]
    return not item.endswith(".") and (len(words) <= 4 or all(len(w) <= 3 for w in words))


def _ends_with_country(cell: str) -> bool:
    """A table row ("Name   City   Belgium") ends with a country; a menu does not."""
    from coopkg.records.countries import country_code

    return len(cell) > 2 and country_code(cell.strip()) is not None


def header_lines(lay: Layout) -> frozenset[int]:
    """Start offsets of the site's own header lines (brand, portal or publisher name).

    A page opens with the site's name: the lines above the first menu bar among the first
    lines, a top line that the page's last lines repeat (the footer names the publisher),
    and a top line holding a site-brand word ("portal", "TV", "Urząd"). They name the
    site, never the project's title.
    """
    lines = [x for x in lay.lines if x.kind != ADVERT]
    top = lines[:_HEADER_REACH]
    out: set[int] = set()
    for i, line in enumerate(top):
        if is_navigation(line.text):
            out.update(x.start for x in top[:i] if x.kind == CONTENT)
            break
    tail = " ".join(x.text for x in lines[-_FOOTER_REACH:]).lower()
    # A copyright or address line naming it is the site's own footer, whatever the name.
    footer_tail = " ".join(x.text for x in lines[-_FOOTER_REACH:] if x.kind == FOOTER).lower()
    brand = labels.compiled("site_brand_words")
    for i, line in enumerate(top[:2]):
        if line.kind != CONTENT or line.start in out:
            continue
        key = re.split(r"\s[–—|-]\s", line.text)[0].strip().lower()
        repeated = (
            len(key) >= 4
            and key in tail
            and line not in lines[-_FOOTER_REACH:]
            and (key in footer_tail or not _page_heading(line, lines[i + 1 : i + 2], tail, key))
        )
        # "Title (ACRONYM)" is a project heading even when a brand word occurs in it.
        branded = brand.search(line.text) and not re.search(r"\([^()]+\)\s*$", line.text)
        if repeated or (len(line.text) <= _SHORT_LINE and branded):
            out.add(line.start)
    return frozenset(out)


def _page_heading(line: Line, following: list[Line], tail: str, key: str) -> bool:
    """Whether a top line that the page's last lines repeat is the page's own heading, not
    the site's name: written twice in a row (the page title over the same heading), naming
    a project ("X Project - ...", "Projekt X"), or repeated after a project word at the end
    ("all news about the project – X"). A site's name recurs in its footer; a project's
    name recurs in a related-news link or a closing repetition of the heading.
    """
    if following and following[0].text == line.text:
        return True
    words = labels.compiled("project_words")
    if words.search(line.text):
        return True
    at = tail.find(key)
    return bool(words.search(tail[max(0, at - 40) : at]))


def _is_advert(text: str) -> bool:
    return len(text) <= 200 and bool(labels.compiled("advert").search(text))


def layout(text: str) -> Layout:
    """Split ``text`` into lines, classify them and build the masked texts."""
    raw = _split_lines(text)
    kinds: list[str] = []
    for _, _, line, _ in raw:
        if _is_footer(line):
            kinds.append(FOOTER)
        elif _is_advert(line):
            kinds.append(ADVERT)
        elif _is_furniture(line) or is_navigation(line):
            kinds.append(FURNITURE)
        else:
            kinds.append(CONTENT)
    # Adverts are short multi-line blocks ("Looking for a partnership? / Have a look at /
    # Ma Région Sud!"): the short lines next to a call to action belong to it.
    for i, kind in enumerate(list(kinds)):
        if kind != ADVERT:
            continue
        for step in (-1, 1):
            j = i + step
            for _ in range(_ADVERT_REACH):
                if not 0 <= j < len(raw) or raw[j][3] != raw[i][3]:
                    break
                if kinds[j] != CONTENT or len(raw[j][2]) > _SHORT_LINE:
                    break
                kinds[j] = ADVERT
                j += step
    _mask_related_boxes(raw, kinds)
    lines = tuple(Line(s, e, t, p, k) for (s, e, t, p), k in zip(raw, kinds, strict=True))
    return Layout(
        text=text,
        clean=_mask(text, lines, keep={CONTENT}),
        footer=_mask(text, lines, keep={FOOTER}),
        lines=lines,
    )


def _is_related_heading(text: str) -> bool:
    c = core(text)
    return 0 < len(c.split()) <= 8 and bool(labels.compiled("related_boxes").fullmatch(c))


def _mask_related_boxes(raw: list[tuple[int, int, str, int]], kinds: list[str]) -> None:
    """Mark a box of other items ("Related news", "Leggi anche") as furniture, in place.

    The box is its heading and the rest of the heading's paragraph; a heading alone in its
    paragraph takes the next paragraph when that one is a list of short items.
    """
    for i, (_, _, text, paragraph) in enumerate(raw):
        if kinds[i] not in (CONTENT, FURNITURE) or not _is_related_heading(text):
            continue
        kinds[i] = FURNITURE
        same = [j for j in range(i + 1, len(raw)) if raw[j][3] == paragraph]
        if not same and i + 1 < len(raw):
            nxt = [j for j in range(i + 1, len(raw)) if raw[j][3] == raw[i + 1][3]]
            if all(len(raw[j][2]) <= 2 * _SHORT_LINE for j in nxt):
                same = nxt
        for j in same:
            if kinds[j] == CONTENT:
                kinds[j] = FURNITURE


def _mask(text: str, lines: tuple[Line, ...], keep: set[str]) -> str:
    chars = [" " if c != "\n" else "\n" for c in text]
    for line in lines:
        if line.kind in keep:
            chars[line.start : line.end] = text[line.start : line.end]
    return "".join(chars)


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """URLs in ``text`` (not e-mail addresses), trailing punctuation trimmed."""
    out = []
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        out.append((m.start(), m.start() + len(url), url))
    return out
