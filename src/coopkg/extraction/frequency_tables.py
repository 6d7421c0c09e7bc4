"""Word frequencies from wordfreq's lists, read from compact tables kept in a cache folder.

wordfreq builds a Python dict of every word of a language the first time it is asked:
0.1-0.4 CPU-s and some 36 MB a language, for the dozen languages a build's first notices
meet (on one core, before the workers start, while the other core waits; and again in a
worker for each language those notices did not meet). Here each list is turned once into
a table (its words sorted by their UTF-8 bytes, back to back, with their frequency
bands) written in the cache folder under the SHA-256 of wordfreq's file; later processes
read the file in milliseconds and look a word up by bisection. Nothing is downloaded: the
tables are made from the installed package, and made again when its files change.

:func:`zipf_frequency` gives ``wordfreq.zipf_frequency(word, code)`` bit for bit: the same
tokens, the same bands, the same arithmetic (``tests/test_frequency_tables.py`` compares
them word by word in twelve languages).
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import sys
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: The first line of a table file (a new layout gets a new line).
MAGIC = b"coopkg wordfreq table 1\n"

#: Environment variable naming the cache folder (default: ``$XDG_CACHE_HOME/coopkg``,
#: else ``~/.cache/coopkg``).
CACHE_ENV = "COOPKG_CACHE_DIR"


@dataclass(frozen=True, slots=True)
class FrequencyTable:
    """A language's words (UTF-8, sorted, back to back) and each one's band: its
    frequency is ``10 ** (-band / 100)`` (wordfreq's centibels)."""

    words: bytes
    #: Where each word starts in :attr:`words`, and the end of the last one.
    offsets: array
    bands: array

    def __len__(self) -> int:
        return len(self.bands)

    def __getitem__(self, index: int) -> bytes:
        return self.words[self.offsets[index] : self.offsets[index + 1]]

    def band(self, word: str) -> int | None:
        """The word's band, or ``None`` when the list does not have it."""
        key = word.encode("utf-8", errors="surrogatepass")
        index = bisect_left(self, key)
        return self.bands[index] if index < len(self) and self[index] == key else None


def table_bytes(bands: Iterable[tuple[str, int]]) -> bytes:
    """A table file's bytes for (word, band) pairs (a word given twice keeps its last band,
    as wordfreq's dict does)."""
    kept: dict[bytes, int] = {}
    for word, band in bands:
        kept[word.encode("utf-8", errors="surrogatepass")] = band
    words = sorted(kept)
    offsets = array("I", [0])
    total = 0
    for word in words:
        total += len(word)
        offsets.append(total)
    levels = array("H", (kept[word] for word in words))
    if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
        offsets.byteswap()
        levels.byteswap()
    head = MAGIC + len(words).to_bytes(4, "little")
    return head + offsets.tobytes() + levels.tobytes() + b"".join(words)


def parse_table(data: bytes) -> FrequencyTable:
    """The table a file's bytes hold; ``ValueError`` when they are not one."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise ValueError("not a word frequency table")
    start = len(MAGIC) + 4
    count = int.from_bytes(data[len(MAGIC) : start], "little")
    offsets, bands = array("I"), array("H")
    middle = start + 4 * (count + 1)
    end = middle + 2 * count
    offsets.frombytes(data[start:middle])
    bands.frombytes(data[middle:end])
    if sys.byteorder != "little":  # pragma: no cover
        offsets.byteswap()
        bands.byteswap()
    words = data[end:]
    if len(offsets) != count + 1 or len(bands) != count or offsets[-1] != len(words):
        raise ValueError("a word frequency table cut short")
    return FrequencyTable(words, offsets, bands)


def wordfreq_bands(code: str) -> Iterable[tuple[str, int]]:
    """(word, band) for each word of wordfreq's list for ``code``, in its order."""
    from wordfreq import get_frequency_list

    for band, words in enumerate(get_frequency_list(code)):
        for word in words:
            yield word, band


def cache_folder() -> Path:
    """Where tables are kept: ``$COOPKG_CACHE_DIR``, else the user's cache folder."""
    given = os.environ.get(CACHE_ENV)
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coopkg"


def _source_file(code: str) -> Path | None:
    from wordfreq import available_languages

    found = available_languages("best").get(code)
    return Path(found) if found else None


def load_table(code: str, folder: Path | None) -> FrequencyTable:
    """The table of wordfreq's list for ``code``: read from ``folder`` when a table made
    from the same file is there, else made (and written there, when ``folder`` is given
    and writable; another process writing it at the same time is harmless)."""
    source = _source_file(code)
    if folder is not None and source is not None:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:24]
        path = folder / "wordfreq" / f"{code}-{digest}.table"
        try:
            return parse_table(path.read_bytes())
        except (OSError, ValueError):
            pass  # not made yet, or damaged: made again below
        data = table_bytes(wordfreq_bands(code))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only cache: the table lives in this process only
        return parse_table(data)
    return parse_table(table_bytes(wordfreq_bands(code)))


@functools.cache
def frequency_table(code: str) -> FrequencyTable:
    """:func:`load_table` from :func:`cache_folder`, once per process and language."""
    return load_table(code, cache_folder())


@functools.lru_cache(maxsize=65536)
def zipf_frequency(word: str, code: str) -> float:
    """``wordfreq.zipf_frequency(word, code)``, from :func:`frequency_table`.

    wordfreq's steps, in its order: the word's tokens; a token with digits is looked up
    with its digits as zeros and scaled by wordfreq's digit frequency; several tokens
    combine as ``1 / (1/f1 + 1/f2 + ...)``; a missing token gives the minimum; the result
    is rounded to three significant digits, then to two decimals on the Zipf scale.
    """
    from wordfreq import freq_to_zipf, zipf_to_freq

    return round(freq_to_zipf(_frequency(word, code, zipf_to_freq(0.0))), 2)


def _frequency(word: str, code: str, minimum: float) -> float:
    """wordfreq's ``_word_frequency`` over a table."""
    from wordfreq import INFERRED_SPACE_FACTOR, cB_to_freq
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, code)
    if not tokens:
        return minimum
    table = frequency_table(code)
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        band = table.band(smashed)
        if band is None:
            return minimum
        freq = cB_to_freq(-band)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    if get_language_info(code)["tokenizer"] == "jieba":
        freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)
