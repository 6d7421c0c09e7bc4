"""Partner cards in page text: a name, then its town, country, role or web address on
lines of their own, card after card.

A page of partner cards (a heading, a town, a flag, a link per organisation) copied as text
becomes a run of short lines in which only every third or fourth line names a partner:

    Partners
    Stadtwerke Lindau GmbH
    Lindau, Germany
    Website
    Energieinstitut Vorarlberg
    Dornbirn, Austria
    Website

Read line by line, the towns and links look like entries of a list and the names stand
between them. Here the lines of a run under a partner heading are sorted into kinds (a web
address or link label, a place, a role), and the other lines open cards; the run is read as
cards only when most of them carry a place or a link, so a plain list of names is left to the
list readers. Nothing here is learned: the cards say which line of each card names the
organisation, and which country and role its other lines state.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coopkg.extraction.layout import BLANK, CONTENT, FURNITURE, Layout
from coopkg.read.notices import is_website_label
from coopkg.records.countries import country_code
from coopkg.records.gazetteer import city_country, regions_named
from coopkg.records.localities import localities_named

#: A web address, with or without its scheme ("hz.nl", "https://www.uks.eu/x").
_WEB = re.compile(r"(?i)(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/\S*)?")
#: The bare words a card's link may show besides the labels the readers know.
_LINK_WORDS = frozenset({"web", "www", "link", "url", "homepage", "internet"})

#: At most this many lines between two names: a card is short.
_MAX_CARD = 5
#: Cards read from a run need at least this many.
_MIN_CARDS = 3


@dataclass(frozen=True, slots=True)
class Card:
    """One partner card: the line naming the organisation, its other lines, and the
    country and role those state (None where none does)."""

    name_line: int
    lines: tuple[int, ...]
    country: str | None
    role: str | None


def is_web_line(text: str) -> bool:
    """A line that is a web address or a link's label only.

    >>> is_web_line("hz.nl"), is_web_line("Site web: https://www.uks.eu"), is_web_line("ZLTO")
    (True, True, False)
    """
    t = text.strip()
    if _WEB.fullmatch(t):
        return True
    label, _, rest = t.partition(":")
    if rest.strip() and not _WEB.fullmatch(rest.strip()):
        return False
    label = label.strip()
    return len(label.split()) <= 3 and (label.casefold() in _LINK_WORDS or is_website_label(label))


def place_country(text: str) -> tuple[bool, str | None]:
    """(whether the line names a place only, the country it states).

    "Nederland" and "Lindau, Germany" state a country; "Merelbeke" is a place that states
    none (its country is not read from a gazetteer: the card does not write it).

    >>> place_country("Lindau, Germany"), place_country("Belgique"), place_country("ZLTO")
    ((True, 'DE'), (True, 'BE'), (False, None))
    """
    t = text.strip()
    if t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    if not t or len(t.split()) > 5 or any(c.isdigit() for c in t.replace(" ", "")[:1]):
        return False, None
    if code := country_code(t):
        return True, code
    head, _, tail = t.rpartition(",")
    if head and (code := country_code(tail.strip().strip("()"))):
        return _placeish(head.strip()), code if _placeish(head.strip()) else None
    if m := re.fullmatch(r"(.+?)\s*\(([^()]+)\)", t):
        code = country_code(m.group(2).strip())
        if code and _placeish(m.group(1)):
            return True, code
    return _placeish(t), None


def _placeish(text: str) -> bool:
    t = text.strip()
    if not t or len(t.split()) > 3:
        return False
    return bool(city_country(t) or regions_named(t) or localities_named(t))


def find_cards(
    lay: Layout,
    roles: Sequence[str | None],
    short: Sequence[bool],
    role_of: Callable[[str], str | None],
) -> list[Card]:
    """The cards of every run of short lines that a partner heading opens or stands in.

    ``roles`` gives each line's heading role (None, "partner", "lead", ...), ``short``
    whether it is a short content line, as the candidate generators see them, and
    ``role_of`` the role a short phrase names (how those roles were read). The heading
    may stand a few lines above the run ("Partners", then a sentence introducing them)."""
    lines = lay.lines
    out: list[Card] = []
    last_heading = -99  # the index among non-blank lines of the last partner heading
    seen = 0  # non-blank lines so far
    i = 0
    while i < len(lines):
        if lines[i].kind == BLANK:
            i += 1
            continue
        run: list[int] = []
        j = i
        while j < len(lines):
            if lines[j].kind == BLANK:
                j += 1
                continue
            if not _card_line(lines[j].kind, lines[j].text, roles[j], short[j]):
                break
            run.append(j)
            j += 1
        if not run:
            if _role_only(roles[i]):
                last_heading = seen
            seen += 1
            i += 1
            continue
        headed = seen - last_heading <= _HEADING_REACH or any(_role_only(roles[k]) for k in run)
        if headed:
            out.extend(_cards(lay, run, roles, role_of))
        for n, k in enumerate(run):
            if _role_only(roles[k]):
                last_heading = seen + n
        seen += len(run)
        i = j
    return out


#: A partner heading opens a run at most this many lines above it.
_HEADING_REACH = 3


def _card_line(kind: str, text: str, role: str | None, short: bool) -> bool:
    # A link label is page furniture to the layout ("Website"), and a card's last line here.
    if kind == FURNITURE:
        return is_web_line(text)
    return kind == CONTENT and (short or _role_only(role))


def _role_only(role: str | None) -> bool:
    return role in ("partner", "lead")


def _kind(
    text: str, role: str | None, role_of: Callable[[str], str | None]
) -> tuple[str, str | None, str | None, bool]:
    """(kind, country, role, linked) of one line of a card run; the kind is "role",
    "web", "place" or "name", and ``linked`` says the line ends with a web address.

    A card's details may share one line ("Zagreb  Lead partner  city.hr"): a trailing web
    address and a role phrase are taken off before the rest is read as a place."""
    if _role_only(role):
        return "role", None, role, False
    if is_web_line(text):
        return "web", None, None, True
    words = text.split()
    rest, linked = text, False
    if len(words) > 1 and is_web_line(words[-1]):
        rest, linked = " ".join(words[:-1]), True
    place, code = place_country(rest)
    if place:
        return "place", code, None, linked
    words = rest.split()
    # The longest role phrase first: "Vodeći partner" is a lead, "partner" alone is not.
    for k in (3, 2, 1):
        if len(words) > k and _role_only(said := role_of(" ".join(words[-k:]))):
            place, code = place_country(" ".join(words[:-k]))
            if place:
                return "place", code, said, linked
    return "name", None, None, False


def _cards(
    lay: Layout,
    run: list[int],
    roles: Sequence[str | None],
    role_of: Callable[[str], str | None],
) -> list[Card]:
    read = [_kind(lay.lines[k].text, roles[k], role_of) for k in run]
    kinds = [kind for kind, _, _, _ in read]
    _names_read_as_places(kinds, [linked for *_, linked in read])
    names = [n for n, kind in enumerate(kinds) if kind == "name"]
    names = _places_read_as_names(kinds, names)
    if len(names) < _MIN_CARDS:
        return []
    cards: list[Card] = []
    framed = 0  # cards with a town or a link
    for c, n in enumerate(names):
        end = names[c + 1] if c + 1 < len(names) else len(run)
        # A role line right before a name (after the last card's link, or first in the
        # run) is that name's badge ("Chef de file" over the card's heading).
        own = [m for m in range(n + 1, end) if not _badge_of_next(kinds, m, end)]
        if c == 0:
            own = [m for m in range(0, n) if kinds[m] == "role"] + own
        elif n > 0 and kinds[n - 1] == "role" and _badge_of_next(kinds, n - 1, n):
            own = [n - 1, *own]
        if len(own) > _MAX_CARD:
            return []
        framed += any(kinds[m] in ("place", "web") for m in own)
        country = next((read[m][1] for m in own if read[m][1]), None)
        lead = any(read[m][2] == "lead" for m in own)
        cards.append(
            Card(run[n], tuple(run[m] for m in sorted(own)), country, "lead" if lead else None)
        )
    # Most cards carry a town or a link: otherwise the run is a list of names with a stray
    # place in it, which the list readers read.
    if framed * 3 < len(cards) * 2:
        return []
    return cards


def _names_read_as_places(kinds: list[str], linked: list[bool]) -> None:
    """A place first in the run, or right after a card's last line (its link) or badge,
    and followed by the card's other lines opens a card: a regional body may be named as
    its region ("Primorsko-goranska županija", "Občina Kobarid"). Marks such lines as
    names, in place."""
    for n in range(len(kinds) - 1):
        opens = n == 0 or linked[n - 1] or kinds[n - 1] == "role"
        if kinds[n] == "place" and opens and kinds[n + 1] != "name":
            kinds[n] = "name"


def _places_read_as_names(kinds: list[str], names: list[int]) -> list[int]:
    """The name lines, less those that stand where the other cards have their place: a
    village the gazetteer does not know ("Rumbeke-Beitem") right under a name whose card
    would otherwise have no line, when most cards put a place right under their name."""
    under = [kinds[n + 1] if n + 1 < len(kinds) else "" for n in names]
    if under.count("place") * 2 < len(names):
        return names
    out: list[int] = []
    for c, n in enumerate(names):
        if out and out[-1] == n - 1 and under[c - 1] == "name" and under[c] != "place":
            kinds[n] = "place"
            continue
        out.append(n)
    return out


def _badge_of_next(kinds: list[str], m: int, end: int) -> bool:
    """Whether the role line at ``m`` is the badge of the card that starts at ``end``: it is
    the last line before that name and follows a link line (the previous card's end)."""
    return kinds[m] == "role" and m == end - 1 and m > 0 and kinds[m - 1] == "web"
