"""Countries a notice names anywhere in its text, in any EU language.

The record's ``countries`` are the countries *written in the text* (the annotation rule of
the shared gold, and what an analyst filters on): a partner's country, a programme's area
("Interreg Slovenija-Hrvatska") and a country named only as context all count. This module
finds every capitalised country name (1-4 words, the names pycountry and CLDR give in the
EU/EEA languages, see :mod:`coopkg.records.countries`); codes ("IT", "AUT") are left to the
partner finders, where a code follows a partner and is not a word of the prose.

It must not decide which countries a *partner* is in; that is the partner finders' job.
"""

from __future__ import annotations

import functools
import re

from coopkg.records.hits import Hit

#: Longest country name, in words ("Bosnia and Herzegovina", "Północna Macedonia").
_MAX_WORDS = 4
#: Shorter index keys are codes (EL, AUT) or too ambiguous to read in prose.
_MIN_KEY = 4
#: A word of a name: letters, with inner hyphens and apostrophes ("Jastrzębie-Zdrój").
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    from coopkg.records.countries import country_names

    return {k: v for k, v in country_names().items() if len(k) >= _MIN_KEY}


def country_mentions(text: str) -> list[Hit]:
    """Every capitalised country name in ``text``, one hit per mention, in text order.

    >>> [(h.value, h.quote("Partners from Slovenija and Hrvatska; Österreich too."))
    ...  for h in country_mentions("Partners from Slovenija and Hrvatska; Österreich too.")]
    [('SI', 'Slovenija'), ('HR', 'Hrvatska'), ('AT', 'Österreich')]
    >>> country_mentions("the slovenija team")  # not a name: lower case
    []
    """
    from coopkg.records.countries import normalise_name

    names = _names()
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + size - 1][1]
            if not text[start].isupper():
                continue
            code = names.get(normalise_name(text[start:end]))
            if code:
                hits.append(Hit(start, end, code, "countries:named", 0.8))
                i += size
                break
        else:
            i += 1
    return hits
