"""Towns on a notice's location lines: a labelled location ("Location: Lienz, Tyrol,
Austria", a "Localizzazione" heading over "Bolzano, Provincia autonoma di Bolzano,
Italia") and a partner card's town line ("Valmiera, Latvija").

The locality finder (:mod:`coopkg.extraction.localities`) leaves a small town alone at a
line's start, where a common word or a person's name stands as often; on these lines the
layout says the words are places: a location label before them, or a country's name
closing the line. A town counts when the table of localities knows it in a country the
line or the notice names. It must not link places to codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from coopkg.extraction.labels import spaced_alternation
from coopkg.records.countries import country_code
from coopkg.records.hits import Hit
from coopkg.records.localities import latin_name, localities_named

__all__ = ["location_places"]

#: Labels of a project's location in the EU's languages and Norwegian, each whole.
_LABELS = (
    # en, fr, de
    "location", "locations", "project location", "place of implementation",
    "localisation", "lieu", "lieux", "lieu de réalisation", "localisation du projet",
    "standort", "standorte", "projektstandort", "ort der durchführung",
    # es, it, pt
    "ubicación", "localización", "localización del proyecto", "lugar de ejecución",
    "localizzazione", "luogo", "ubicazione", "localizzazione del progetto",
    "localização", "local de execução", "localização do projeto",
    # nl, pl, cs, sk
    "locatie", "locaties", "projectlocatie",
    "lokalizacja", "lokalizacja projektu", "miejsce realizacji", "miejsce realizacji projektu",
    "místo realizace", "lokalita", "miesto realizácie", "miesto realizácie projektu",
    # hr, sl, hu, ro
    "lokacija", "lokacija projekta", "kraj izvedbe", "mjesto provedbe",
    "helyszín", "a projekt helyszíne", "megvalósítás helyszíne",
    "localizare", "locație", "amplasament", "locul de implementare",
    # bg, el
    "местоположение", "място на изпълнение", "τοποθεσία", "τόπος υλοποίησης",
    # fi, et, lt, lv
    "sijainti", "toteutuspaikka", "asukoht", "elluviimise koht",
    "vieta", "įgyvendinimo vieta", "atrašanās vieta", "īstenošanas vieta",
    # sv, da, no, mt, ga
    "plats", "genomförandeort", "sted", "lokalitet", "placering",
    "lokalità", "suíomh",
)  # fmt: skip
#: Lines read after a label heading, and a value line's longest length.
_MAX_VALUE_LINES = 6
_MAX_LINE = 90
_MAX_ITEMS = 4
_SEPARATORS = re.compile(r"\s*[,;|]\s*")
#: What a list of places does not hold: a sentence's stop, a dash between clauses, an
#: address (web, mail, a postcode or phone number).
_NOT_PLACES = re.compile(r"[.!?](?:\s|$)|\s[–—]\s|https?:|www\.|@|\d{3}")


@lru_cache(maxsize=1)
def _label_line() -> re.Pattern[str]:
    """A line that is a location label: alone (a heading over its values) or before them."""
    alternation = spaced_alternation(_LABELS)
    return re.compile(
        rf"^[ \t]*(?:[•·*–-][ \t]*)?(?i:{alternation})[ \t]*(?::[ \t]*(?P<value>[^\n]*))?$",
        re.M,
    )


#: The first words of the labels: a line is matched against the labels only when its
#: first word is one of these (most lines are not, and the test is a set lookup).
_FIRST_WORDS = frozenset(label.split()[0] for label in _LABELS)
_BULLETS = " \t•·*–-"


def _value_lines(clean: str) -> list[tuple[int, str]]:
    """(offset, line) of the values of every location label in ``clean``."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in clean.split("\n"):
        start, pos = pos, pos + len(line) + 1
        head = line.lstrip(_BULLETS)[:40].split(None, 1)
        if not head or head[0].rstrip(":").lower() not in _FIRST_WORDS:
            continue
        m = _label_line().match(clean, start)
        if m is not None:
            out += _values_of(clean, m)
    return out


def _values_of(clean: str, m: re.Match[str]) -> list[tuple[int, str]]:
    """The value lines of one label: the rest of its line, or the lines under it up to
    a blank line after them."""
    if m.group("value") is not None and m.group("value").strip():
        return [(m.start("value"), m.group("value"))]
    out: list[tuple[int, str]] = []
    pos = m.end() + 1
    for _ in range(_MAX_VALUE_LINES):
        if pos >= len(clean):
            break
        end = clean.find("\n", pos)
        end = len(clean) if end == -1 else end
        line = clean[pos:end]
        if not line.strip():
            if out:
                break  # a blank line after the values closes them
            pos = end + 1
            continue
        out.append((pos, line))
        pos = end + 1
    return out


def _country_lines(clean: str) -> list[tuple[int, str]]:
    """(offset, line) of the lines of two to four items that a country's name closes
    ("Valmiera, Latvija", "Lienz, Tirol, Österreich"): a card's or a location's line."""
    out = []
    pos = 0
    for line in clean.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "," not in line or len(line) > _MAX_LINE or line.count(",") >= _MAX_ITEMS:
            continue
        last = line.rsplit(",", 1)[1].strip().strip("()")
        if 2 <= len(last) <= 40 and country_code(last):
            out.append((start, line))
    return out


def location_places(
    clean: str, countries: Sequence[str], taken: Sequence[tuple[int, int]] = ()
) -> list[Hit]:
    """Towns the table knows on location lines (:mod:`module docs <.location_lines>`).

    >>> text = "Localizzazione\\nLienz, Tirol, Österreich\\n\\nDescrizione"
    >>> [h.value for h in location_places(text, ["IT"])]
    ['Lienz']
    """
    if "," not in clean and ":" not in clean:
        return []
    lines = dict(_country_lines(clean))
    lines.update(_value_lines(clean))
    wanted = {"GR" if c == "EL" else "GB" if c == "UK" else c for c in countries}
    out: list[Hit] = []
    for offset, line in sorted(lines.items()):
        if len(line) > _MAX_LINE or _NOT_PLACES.search(line):
            continue
        items = [(m.start(), m.end()) for m in re.finditer(r"[^,;|]+", line)]
        if len(items) > _MAX_ITEMS:
            continue
        named = {country_code(line[s:e].strip().strip("()")) for s, e in items} - {None}
        for s, e in items:
            raw = line[s:e]
            name = raw.strip()
            if not name or not name[0].isupper() or country_code(name):
                continue
            start = offset + s + (len(raw) - len(raw.lstrip()))
            end = start + len(name)
            if any(a < end and start < b for a, b in taken):
                continue
            found = {c for c in localities_named(name)} & (named | wanted)
            if not found:
                continue
            country = sorted(found)[0]
            out.append(
                Hit(start, end, latin_name(name, country) or name, "places:location", 0.6, country)
            )
    return out
