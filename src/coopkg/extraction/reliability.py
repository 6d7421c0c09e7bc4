"""Values whose evidence is too weak to state: dropped rather than risk an invented fact.

Two checks, each chosen on the shared notices with leave-one-site-out (the partner decision
retrained without the notice's site), not on the notices written in this repository:

* :func:`confident_partners`: a partner a list reader read but the partner decision
  doubts. The list readers take every line under a partner heading; a line that is not a
  name ("Total costs", a street and number, a label row of a fact table) is kept only
  because a rule hit needs a low probability (``candidates.RULE_THRESHOLD``). Under
  leave-one-site-out, list-reader hits below :data:`LIST_FLOOR` were all wrong (0 right,
  3 wrong; .64-.80: 1 right, 2 wrong; .80 and up: 39 right, 0 wrong). Such a line is
  dropped only among list entries the decision is sure of: a whole list it doubts is
  a list in a language the name model knows little, and stays.
* :func:`countable_list`: whether the partners found may give a derived partner count.
  An entry that holds several organisations joined by commas ("Partners: A GmbH, B
  museum, C university" read as one name) means the list is longer than it looks: its
  length is no count.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from coopkg.extraction.partners import PartnerHit
from coopkg.records.countries import country_code
from coopkg.records.gazetteer import city_country

__all__ = [
    "LIST_FLOOR",
    "confident_partners",
    "countable_list",
    "cut_piece",
    "joins_organisations",
]

#: Below this probability of the partner decision a list reader's hit is dropped.
LIST_FLOOR = 0.64
#: ... when the median of the other list entries is at least this.
LIST_SURE = 0.9

#: Roles a partner count counts (not associated partners, observers or advisers).
_COUNTED_ROLES = (None, "lead", "partner")
#: The rule of the page owner named in a footer.
FOOTER_RULE = "partners:footer-owner"

#: The rules of the list readers (a line under a partner heading, one entry a line).
_LIST_RULES = ("partners:list:",)


def confident_partners(hits: Sequence[PartnerHit]) -> list[PartnerHit]:
    """The hits without list-reader entries the decision doubts among list entries it is
    sure of (see :func:`_doubted_line`) and without pieces cut from a sentence (see
    :func:`cut_piece`)."""
    listed = [h.partner.confidence for h in hits if h.rule.startswith(_LIST_RULES)]
    return [h for h in hits if not _doubted_line(h, listed) and not cut_piece(h.partner.name)]


def _doubted_line(hit: PartnerHit, listed: Sequence[float]) -> bool:
    """Whether a list reader's entry scores below :data:`LIST_FLOOR` while the record's
    other list entries score :data:`LIST_SURE` or more (their median): a line that is not
    like its list ("Total costs" after the names). A list the decision doubts as a whole
    is kept: its names are in a language the name model knows little ("Ollscoil na
    Gaillimhe"), which is why a rule hit needs only a low probability."""
    if not hit.rule.startswith(_LIST_RULES) or hit.partner.confidence >= LIST_FLOOR:
        return False
    others = sorted(listed)
    others.remove(hit.partner.confidence)
    return bool(others) and others[len(others) // 2] >= LIST_SURE


#: Opening quotes and brackets with the marks that may close them.
_CLOSERS = {"«": "»", "(": ")", "[": "]", "„": "“”", "‚": "‘’"}


def cut_piece(name: str) -> bool:
    """Whether a name opens a quote or bracket it never closes: a piece cut from a
    sentence or a bullet ("Renforcement de l'évènementiel « Fête des"), not a whole name.

    >>> cut_piece("Participation au festival « Vignes ouvertes"), cut_piece("Verein „Olza“")
    (True, False)
    """
    for opening, closing in _CLOSERS.items():
        if name.count(opening) > sum(name.count(c) for c in closing):
            return True
    return False


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Head words of a part of an organisation ("University X, Faculty of Y"), in every
    language of ``data/unit_words.toml``: a piece after a comma that starts with one names
    a unit of the organisation before it, not another one."""
    raw = resources.files("coopkg.extraction").joinpath("data/unit_words.toml").read_bytes()
    return frozenset(w.casefold() for words in tomllib.loads(raw.decode()).values() for w in words)


_PIECES = re.compile(r"\s*[,;]\s*")
_BRACKET = re.compile(r"\s*\([^()]*\)")


def _organisation_piece(piece: str) -> bool:
    """A piece of an entry that can name an organisation on its own: two words or more,
    capitalised, not a place ("Vestfold fylkeskommune", not "Blagoevgrad" or "Bulgaria")."""
    words = _BRACKET.sub("", piece).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    name = " ".join(words)
    return not (country_code(name) or city_country(name))


def joins_organisations(name: str) -> bool:
    """Whether an entry holds two organisations or more joined by commas or semicolons.

    >>> joins_organisations("Vestfold fylkeskommune, Bohusläns museum")
    True
    >>> joins_organisations("Univerza v Mariboru, Fakulteta za gradbeništvo")
    False
    >>> joins_organisations("Martrain, CRL")
    False
    """
    pieces = [p for p in _PIECES.split(name) if p.strip()]
    if len(pieces) < 2:
        return False
    firsts = [_BRACKET.sub("", p).split()[:1] for p in pieces[1:]]
    if any(f and f[0].casefold() in _unit_words() for f in firsts):
        return False
    return sum(_organisation_piece(p) for p in pieces) >= 2


def countable_list(counted: Sequence[PartnerHit], found: Sequence[PartnerHit]) -> bool:
    """Whether the length of the list ``counted`` may stand as the partner count, where
    ``found`` are all the partners the record states: no entry holds several, and no
    partner (lead or partner) was found outside it. A partner named beside the list shows
    the list is not the whole partnership; the record would contradict itself."""
    if any(joins_organisations(h.partner.name) for h in counted):
        return False
    # The page's owner read from a footer is never counted (it may publish the page only).
    beside = [h for h in found if h.rule != FOOTER_RULE and h.partner.role in _COUNTED_ROLES]
    return len(beside) <= len(counted)
