"""How much a short text looks like an organisation's name, in any EU language.

A linear model over hashed features: case-aware character 2-5-grams of the text between
start and end markers, its lower-cased words and the shapes of its words ("Xxxx", "XX",
"x", "9"). It was trained by ``scripts/train_orgname.py`` on registry names (CORDIS,
Kohesio, national lists of operations, a partner table) against project titles, summaries,
places, programmes, people, dates, amounts and page furniture; ``models/README.md`` says
what it read and the scores it reached.

The weights are a plain ``.npz`` array loaded without pickle and without scikit-learn.
This module only scores strings: deciding which strings are partners is
:mod:`coopkg.extraction.candidates`' job.

>>> score("Univerza v Mariboru") > 0.5
True
>>> score("Read more") < 0.5
True
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

#: Number of hashed feature slots (a power of two).
DIM = 1 << 18
_MASK = DIM - 1
_MODEL = "models/orgname.npz"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "9" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def feature_keys(text: str) -> list[str]:
    """The feature strings of one text (before hashing).

    >>> feature_keys("AB")[:3]
    ['c\\x02A', 'cAB', 'cB\\x03']
    """
    t = " ".join(text.split())
    keys = ["c" + gram for gram in _grams(t)]
    keys.extend(_word_keys(t))
    return keys


def _grams(t: str) -> list[str]:
    """The character 2-5-grams of a (space-normalised) text between its markers."""
    padded = "\x02" + t + "\x03"
    n = len(padded)
    return [padded[i : i + size] for size in (2, 3, 4, 5) for i in range(n - size + 1)]


def _word_keys(t: str) -> list[str]:
    """The word, shape and size features of a (space-normalised) text."""
    keys: list[str] = []
    words = _WORD.findall(t)
    for w in words:
        keys.append("w" + w.lower())
    shapes = [_shape(w) for w in t.split()]
    keys.extend("s" + s for s in shapes)
    if shapes:
        keys.append("s^" + shapes[0])
        keys.append("s$" + shapes[-1])
    keys.append(f"n{min(len(words), 12)}")
    keys.append(f"l{min(len(t) // 8, 16)}")
    return keys


_SLOTS: dict[str, int] = {}


def _slot(key: str) -> int:
    slot = _SLOTS.get(key)
    if slot is None:
        if len(_SLOTS) > 500_000:
            _SLOTS.clear()
        slot = _SLOTS[key] = zlib.crc32(key.encode("utf-8")) & _MASK
    return slot


#: Slots of character n-grams by the bare n-gram: prefixing "c" to each before the look-up
#: was most of the scoring's cost.
_GRAM_SLOTS: dict[str, int] = {}


def _gram_slot(gram: str) -> int:
    if len(_GRAM_SLOTS) > 500_000:
        _GRAM_SLOTS.clear()
    slot = _GRAM_SLOTS[gram] = zlib.crc32(("c" + gram).encode("utf-8")) & _MASK
    return slot


def _gram_ids(grams: list[str]) -> list[int]:
    out = list(map(_GRAM_SLOTS.get, grams))
    if None in out:
        out = [_gram_slot(g) if s is None else s for s, g in zip(out, grams, strict=True)]
    return out


def _word_ids(t: str) -> list[int]:
    get = _SLOTS.get
    out = []
    for k in _word_keys(t):
        slot = get(k)
        if slot is None:
            slot = _slot(k)
        out.append(slot)
    return out


def feature_ids(text: str) -> list[int]:
    """The hashed slots of one text's features (a slot may repeat), in the order of
    :func:`feature_keys`."""
    t = " ".join(text.split())
    out = _gram_ids(_grams(t))
    out.extend(_word_ids(t))
    return out


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, float]:
    raw = resources.files("coopkg.extraction").joinpath(_MODEL)
    with raw.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
        return z["weights"].astype(np.float32), float(z["bias"][0])


def _decision_of(ids: list[int]) -> float:
    w, b = _weights()
    unique = set(ids)
    return float(w.take(np.fromiter(unique, np.intp, len(unique))).sum()) + b if unique else b


def decision(text: str) -> float:
    """The model's raw score (log-odds) that ``text`` is an organisation's name."""
    return _decision_of(feature_ids(text))


def decisions(texts: Sequence[str], passage: str = "") -> list[float]:
    """:func:`decision` of each text, for texts cut from one ``passage`` (by default the
    longest text), such as the spans of a phrase a name may be ("Univerza", "Univerza v
    Mariboru", "v Mariboru"): the n-grams inside the passage are looked up once, where
    scoring each text alone spent most of its time cutting and hashing the same n-grams
    again; only those holding a text's start or end marker are its own. A text the passage
    does not hold is scored alone; every score equals :func:`decision`'s."""
    normal = [" ".join(t.split()) for t in texts]
    whole = " ".join(passage.split()) if passage else max(normal, key=len, default="")
    # The n-gram ids of each size at each offset of the passage.
    inner = {
        size: _gram_ids([whole[i : i + size] for i in range(len(whole) - size + 1)])
        for size in (2, 3, 4, 5)
    }
    out = []
    for t in normal:
        at = whole.find(t) if t else -1
        if at < 0:
            out.append(_decision_of([*_gram_ids(_grams(t)), *_word_ids(t)]))
            continue
        padded = "\x02" + t + "\x03"
        n = len(padded)
        ids: list[int] = []
        # As _grams orders them: by size, then by offset in the padded text.
        for size in (2, 3, 4, 5):
            if n < size:
                continue
            ids.extend(_gram_ids([padded[:size]]))  # holds the start marker
            if n - size >= 2:
                # padded[i : i + size] for 0 < i < n - size is t[i - 1 : i - 1 + size].
                ids.extend(inner[size][at : at + n - size - 1])
            if n - size >= 1:
                ids.extend(_gram_ids([padded[n - size :]]))  # holds the end marker
        ids.extend(_word_ids(t))
        out.append(_decision_of(ids))
    return out


def score(text: str) -> float:
    """The probability that ``text`` is an organisation's name (0..1).

    >>> score("Gmina Boguchwała") > 0.5
    True
    """
    z = decision(text)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
