"""Towns and villages a notice names as project or partner territory.

The NUTS gazetteer finds regions and main cities (:mod:`.places`); notices also name small
places: the municipalities of a partnership ("Općina Vinica", "Gmina Łodygowice"), the
villages a trail links, the towns of a twin-town project. This finder reads capitalised
word runs (up to five words, with the connecting words place names carry: "Petrovice u
Karviné", "San Lorenzo al Mare") and keeps a run when

* a place of that name lies in one of the notice's countries (:mod:`coopkg.records.localities`),
* it is not a country's name and not a word the text also writes in lower case,
* a single common word of the notice's language ("Alap", "Parco", "Monte") is not taken
  for a small place of that name: below :data:`LARGE_PLACE` inhabitants a word as frequent
  as :data:`COMMON_ZIPF` on the Zipf scale (wordfreq) in the notice's language, the official
  languages of its countries (CLDR through babel) or English is
  a word, not a place; a sentence's first word must name a large place too,
* it is not the seat of an institution named with it ("Lund University"), while a
  territorial body's place counts ("Stadt Karlsruhe", "Općina Vinica"),
* it is not a venue, a co-funder, a payer or inside a programme's name (the same tests the
  region finder applies).

It must not link places to codes (the linker does) and knows nothing about RDF.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from coopkg.extraction.mentions import WORD
from coopkg.extraction.wordlists import WORDFREQ_CODES, zipf_frequencies
from coopkg.records.countries import country_code, normalise_name
from coopkg.records.hits import Hit
from coopkg.records.inflection import ENDINGS, find_inflected, readings
from coopkg.records.localities import is_main_name, latin_name, localities_named
from coopkg.records.organisation_terms import TERRITORIAL, concept_of

#: A single word naming a place this large is read as the place even if it is common.
LARGE_PLACE = 15_000
#: Zipf frequency (wordfreq) from which a word is a common word of a language.
COMMON_ZIPF = 4.5
_MAX_WORDS = 5
#: A one-word name this short counts only as a place's own name, not as an alternate.
_SHORT_ALTERNATE = 4
#: Lower-case words that join the words of a place name in the EU's languages.
_CONNECTORS = frozenset(
    [
        "nad",
        "pod",
        "de",
        "di",
        "del",
        "della",
        "dei",
        "v",
        "na",
        "an",
        "der",
        "am",
        "la",
        "le",
        "les",
        "do",
        "da",
        "du",
        "des",
        "sur",
        "sul",
        "im",
        "in",
        "pri",
        "u",
        "z",
        "w",
        "von",
        "bei",
        "en",
        "y",
        "al",
        "of",
        "upon",
        "on",
    ]
)
#: wordfreq's codes for the common-word test of place names: unlike the other lookups,
#: this one has never read Nynorsk ("nn") as Bokmål, and it is kept so.
_WORDFREQ_CODES = {k: v for k, v in WORDFREQ_CODES.items() if k != "nn"}


@functools.lru_cache(maxsize=4096)
def _is_common(word: str, languages: tuple[str, ...], zipf: float = COMMON_ZIPF) -> bool:
    found = zipf_frequencies(word, (*languages, "en"), _WORDFREQ_CODES)
    return any(frequency >= zipf for frequency in found)


@functools.lru_cache(maxsize=64)
def _languages_of(countries: frozenset[str]) -> tuple[str, ...]:
    """Official languages of the countries (CLDR via babel): their words are not places."""
    from babel.languages import get_official_languages

    found = {lang.split("_")[0] for c in countries for lang in get_official_languages(c)}
    return tuple(sorted(found))


#: The bodies whose place is their territory: a municipality's, a county's, and a council's
#: ("Cork County Council", "Kunsill Lokali Marsaxlokk", "Consiliul Județean Giurgiu").
_TERRITORY_BODIES = TERRITORIAL | {"council"}

#: An article elided onto a body's word: Maltese "Il-Kunsill", Italian "l'Università",
#: French "l'Université".
_ELIDED_ARTICLE = re.compile(r"^(?:[IiLl]l-|[Ll]-|(?:[Dd]ell|[Dd]all|[Nn]ell|[Ll]|[Dd])['’])(?=\w)")


def _body_concept(word: str) -> str | None:
    """The concept of a word of a body's name, an elided article set aside."""
    return concept_of(_ELIDED_ARTICLE.sub("", word))


def _seat_of_an_institution(
    clean: str, run: Sequence[tuple[int, int]], k: int, last: int, own_name: bool = False
) -> bool:
    """Whether the run names an institution the place is only the seat of ("Lund
    University", "Technische Universität Dresden"), not a territorial body ("Stadt
    Karlsruhe", "Općina Vinica") or an institution named "of" its place ("Universidade de
    Aveiro", :func:`coopkg.extraction.places.of_its_place`) under the place's own name or
    a case form of it (an alternate spelling there is mostly a cut-off name: "University
    of Ljubljan")."""
    concepts = {_body_concept(clean[s:e]) for i, (s, e) in enumerate(run) if not k <= i <= last} - {
        None
    }
    if not concepts or concepts & _TERRITORY_BODIES:
        return False
    from coopkg.extraction.places import of_its_place

    return not (own_name and last == len(run) - 1 and k > 0 and of_its_place(clean, run[k][0]))


def _runs(text: str) -> Iterable[list[tuple[int, int]]]:
    """Runs of capitalised words (with connectors between them), as word spans."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    i = 0
    while i < len(words):
        if not text[words[i][0]].isupper():
            i += 1
            continue
        run = [words[i]]
        j = i + 1
        while j < len(words) and len(run) < _MAX_WORDS:
            start, end = words[j]
            gap = text[run[-1][1] : start]
            # A number between two words parts them ("DJ 601 B Stoenești").
            if "\n" in gap or any(c in gap for c in ".,;:()|/") or any(c.isdigit() for c in gap):
                break
            if text[start].isupper() or (
                text[start:end].lower() in _CONNECTORS and j + 1 < len(words)
            ):
                run.append(words[j])
            else:
                break
            j += 1
        while run and not text[run[-1][0]].isupper():
            run.pop()  # a run ends on a name word, not on "de"
        yield run
        i += len(run)


#: Nominative endings (folded) a place name's stem may take back: "Snin-ie" is "Snin-a",
#: "Birž-ų" is "Birž-ai", "Gorlic-ami" is "Gorlic-e", "Ηπείρ-ου" is "Ήπειρ-ος".
_NOMINATIVE_ENDINGS = ("a", "e", "i", "o", "u", "y", "", "s", "as", "is", "us", "ai", "ia",
                       "ie", "α", "η", "ο", "οσ", "ι", "ια", "ασ", "ησ")  # fmt: skip
#: A place read from a case form must be at least this large: small villages share their
#: names with too many inflected words.
CASE_FORM_PLACE = 1_000
#: Names shorter than this (folded) are read in a case form only with a 2+ letter ending.
_SHORT_NAME = 5
_HUNGARIAN_LONG = {"á": "a", "é": "e"}
#: Languages whose only case ending on names is a genitive -s.
_GENITIVE_S_ONLY = frozenset({"de", "sv", "da", "nb", "no", "nn"})
#: Below this population a case form that is a word this frequent (Zipf) is the word.
CASE_FORM_TOWN = 10_000
CASE_ZIPF = 4.2
CASE_FORM_CITY = 50_000
CASE_ZIPF_HIGH = 5.0


def _case_form(
    name: str,
    languages: tuple[str, ...],
    wanted: set[str],
    short: bool = True,
    guard: bool = True,
) -> tuple[str, dict[str, int]]:
    found_name, found = _case_form_cached(name, languages, frozenset(wanted), short, guard)
    return found_name, dict(found)


@functools.lru_cache(maxsize=8192)
def _case_form_cached(
    name: str, languages: tuple[str, ...], wanted: frozenset[str], short: bool, guard: bool
) -> tuple[str, tuple[tuple[str, int], ...]]:
    written, found = _read_case_form(name, languages, wanted, short, guard)
    return written, tuple(sorted(found.items()))


def _read_case_form(
    name: str, languages: tuple[str, ...], wanted: frozenset[str], short: bool, guard: bool = True
) -> tuple[str, dict[str, int]]:
    """The place a name written in a case form is ("Mariboru" -> Maribor), read through
    the case endings of ``languages``, with the countries it lies in; ``(name, {})`` if none.

    The name's last word is the one inflected ("Jelgavas novada" -> "Jelgavas novads");
    the nominative keeps the written letters of the stem ("Biržų" -> "Biržai"). ``short``
    guards short names against one-letter endings ("Roma" is not read from "Román");
    a caller that already knows the written form names the place turns it off, as
    ``guard`` turns off the common-word test where a body's word says a place is meant.
    """
    head, _, last = name.rpartition(" ")
    folded = normalise_name(last)
    if last.isupper():  # "MOSTE": an acronym or a heading, not a declined name
        return name, {}
    same_length = len(folded) == len(last)
    # German and Scandinavian add a genitive -s to the whole name ("Lunds"); the others
    # replace the stem's vowels ("Gyulán", "Sninie").
    endings = _NOMINATIVE_ENDINGS if set(languages) - _GENITIVE_S_ONLY else ("",)
    best: tuple[tuple[int, bool, int, int], str, dict[str, int]] = (
        (0, False, -99, -99),
        name,
        {},
    )
    for stem in readings(folded, languages)[1:]:
        if stem.endswith("~"):
            continue
        cut = len(folded) - len(stem)
        for ending in (*endings, *_fleeting(stem, languages)):
            nominative = _with_ending(stem, ending)
            if nominative == folded or (
                short and len(nominative) < _SHORT_NAME and len(folded) - len(nominative) < 2
            ):
                continue
            key = f"{head} {nominative}".strip()
            found = {
                c: p
                for c, p in localities_named(key).items()
                if c in wanted and p >= CASE_FORM_PLACE
            }
            # The largest place, and of one place's spellings its own name ("Bardejov",
            # not the alternate "Bardejova"), else the one that keeps most written letters
            # ("Skellefteå" from "Skellefteån") and the first ending of the list ("Jasla"
            # rather than "Jaslas").
            if not found:
                continue
            country = max(found, key=found.get)
            order = endings.index(ending) if ending in endings else len(endings)
            rank = (found[country], is_main_name(key, country), -cut, -order)
            if not found or country_code(key) or rank <= best[0]:
                continue
            kept = last[:-cut]
            if "hu" in languages and not ending and kept[-1:] in _HUNGARIAN_LONG:
                # Hungarian lengthens a final a/e before an ending ("Gyula": "Gyulán").
                kept = kept[:-1] + _HUNGARIAN_LONG[kept[-1]]
            written = _with_ending(kept, ending) if same_length else nominative.capitalize()
            best = (rank, f"{head} {written}" if head else written, found)
    (population, *_), written, found = best
    # A common word of the text's language in a case form ("Κεντρικής", "Πολιτικής") is
    # that word, unless the place is a town of some size; a very common word ("Ελληνική")
    # only names a city.
    word = last.lower()
    if found and (
        (guard and population < CASE_FORM_TOWN and _is_common(word, languages, CASE_ZIPF))
        or (guard and population < CASE_FORM_CITY and _is_common(word, languages, CASE_ZIPF_HIGH))
        or _is_country(folded, languages)
    ):
        return name, {}
    return written, found


#: Languages that drop the vowel of a name's last syllable in its cases ("Čakovec":
#: "Čakovcu", "Kežmarok": "Kežmarku", "Zgorzelec": "Zgorzelca").
_FLEETING_LANGUAGES = frozenset({"cs", "sk", "pl", "sl", "hr", "sr", "bs"})
_FLEETING_STEM = re.compile(r"[^aeiouy][ckln]$")


#: A Polish stem that ends in a soft consonant spelt with "i" before the case ending
#: ("Poznani-u" is Poznań, "Lubni-u" is Lubień).
_SOFT_STEM = re.compile(r"[ncsz]i$")
#: A soft stem whose last syllable lost its "ie" ("zglobni": two consonants before "i").
_SOFT_FLEETING = re.compile(r"[^aeiouy][ncsz]i$")
_SOFTENED = {"n": "ń", "c": "ć", "s": "ś", "z": "ź", "N": "Ń", "C": "Ć", "S": "Ś", "Z": "Ź"}


def _fleeting(stem: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """Endings that put a dropped "e" or "o" (Polish also "ie") back into a Slavic stem
    ("cakovc" -> "cakovec"), written "<e", "<o" and "<ie", and for a Polish soft stem
    the same after its "i" is dropped ("poznani" -> "poznan", "zglobni" -> "zglobien"),
    written "-i" and "-i<ie" (see :func:`_with_ending`)."""
    out: tuple[str, ...] = ()
    if _FLEETING_LANGUAGES & set(languages) and _FLEETING_STEM.search(stem):
        out = ("<e", "<o", "<ie") if "pl" in languages else ("<e", "<o")
    if "pl" in languages and _SOFT_STEM.search(stem):
        out += ("-i", "-i<ie") if _SOFT_FLEETING.search(stem) else ("-i",)
    return out


def _with_ending(stem: str, ending: str) -> str:
    """``stem`` plus ``ending``; an ending "<e" puts the vowel before the stem's last
    letter ("Čakovc" + "<e" -> "Čakovec"); "-i" first drops a Polish soft stem's "i",
    writing the consonant soft ("Poznani" + "-i" -> "Poznań").

    >>> _with_ending("Lubni", "-i<ie"), _with_ending("poznani", "-i")
    ('Lubień', 'poznań')
    """
    if ending.startswith("-i"):
        stem, ending = stem[:-2] + _SOFTENED.get(stem[-2], stem[-2]), ending[2:]
    if ending.startswith("<"):
        return stem[:-1] + ending[1:] + stem[-1:]
    return stem + ending


def _is_country(folded: str, languages: tuple[str, ...]) -> bool:
    """Whether a word is a country's name in a case form ("României", "Mađarskoj")."""
    from coopkg.extraction.mentions import inflected_country_index

    index = inflected_country_index(tuple(sorted(set(languages))))
    return bool(find_inflected([(0, len(folded), folded)], index, languages))


def _is_main(name: str, found: dict[str, int]) -> bool:
    return any(is_main_name(name, country) for country in found)


def _own_places(name: str, found: dict[str, int]) -> dict[str, int]:
    """The places of ``found`` whose own name ``name`` is, where there are any: twin towns
    list each other's names ("Valka" is an alternate name of Valga too), and a text naming
    both means two places."""
    own = {c: p for c, p in found.items() if is_main_name(name, c)}
    return own or found


def _in_other_name(
    clean: str,
    run: Sequence[tuple[int, int]],
    k: int,
    wanted: set[str] | None = None,
    languages: tuple[str, ...] = (),
) -> bool:
    """Whether the one word ``run[k]`` is a word of a short name that is not a place's:
    a person ("Tomasz Nowa", "Ing. Peter Lipa", "Anna Di Marco"), a street ("Levski
    Blvd"). Its neighbours (joined by spaces) are two or fewer plain capitalised words: no
    lower-case connector ("Università degli Studi di Padova", "Vila Real e Chaves"), no
    acronym ("RRA Krosno"), no word of a territorial body ("Općina Vinica", "Pécs Város")
    and no other place of the notice's countries."""
    # Only the words joined to it by spaces: "Dărăşti Vlaşca – Novaci" lists two places.
    left = k
    while left > 0 and not clean[run[left - 1][1] : run[left][0]].strip():
        left -= 1
    right = k
    while right + 1 < len(run) and not clean[run[right][1] : run[right + 1][0]].strip():
        right += 1
    others = [clean[s:e] for i, (s, e) in enumerate(run) if left <= i <= right and i != k]
    opening = clean[run[left][0] : run[left][1]] if _sentence_start(clean, run[left][0]) else None
    if any(w.lower() in _CONNECTORS and w.islower() for w in others):
        return False
    if any(w.isupper() for w in others):
        return False
    # A common word capitalised at a sentence's start ("Matka Ouluun") is no
    # part of a name.
    # A territorial body's word stays even there ("Primăria Municipiului Calafat").
    others = [
        w
        for w in others
        if not (
            w == opening
            and languages
            and _is_common(w.lower(), languages)
            and _body_concept(w) not in _TERRITORY_BODIES
        )
    ]
    if not others or len(others) > 2:
        return False
    if wanted and any(set(localities_named(w)) & wanted for w in others):
        return False
    concepts = {_body_concept(w) for w in others}
    return not concepts & _TERRITORY_BODIES and None in concepts


#: Web and mail addresses: their words are written in lower case whatever they name.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+\.(?:[a-z]{2,3})(?:/\S*)?\b")


@functools.lru_cache(maxsize=4)
def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, outside web and mail addresses: a name
    written so is a common word there ("cross-border"), while "www.snina.sk" does not
    make the town's name a word.

    Cached: the record's regions and :func:`find_localities` read the same text.

    >>> sorted(lower_case_words("Visit www.snina.sk or the border."))
    ['border', 'or', 'the']
    """
    return frozenset(w.lower() for w in WORD.findall(_ADDRESS.sub(" ", text)) if w[0].islower())


#: A genitive link and a capitalised word after a place name: the place heads a longer
#: name ("Foz do Minho", "Feira do Viño", "Val d'Aoste"), which is not that place.
_NAME_TAIL = re.compile(
    r"[ \u00a0]+(?:(?:do|da|dos|das|di|del|della|dei|degli|de|des|du|of|von|van)[ \u00a0]+"
    r"|(?:d|dell|l)['’])(?P<next>[^\W\d_][\w'’-]*)"
)


def _head_of_longer_name(
    text: str, end: int, wanted: set[str], inflected: tuple[str, ...] = ()
) -> bool:
    """Whether the place name ending at ``end`` heads a longer name; not where the next
    name is a country or another place ("od Ptuja do Maribora": from one town to another)."""
    m = _NAME_TAIL.match(text, end)
    if m is None or not m.group("next")[0].isupper():
        return False
    after = m.group("next")
    if country_code(after) or set(localities_named(after)) & wanted:
        return False
    return not (inflected and _case_form(after, inflected, wanted)[1])


#: The word right after a name, for :func:`_body_word_after`.
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _body_word_after(text: str, end: int) -> bool:
    """Whether a territorial body's word follows the name ("Bauskas novada pašvaldība",
    "Aabenraa Kommune"): then the name is the body's place even where it opens a sentence."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and concept_of(m.group(1)) in TERRITORIAL


def _sentence_start(text: str, start: int) -> bool:
    # A line's first word after a bullet or a footnote star ("*Champs obligatoire") too.
    before = text[max(0, start - 4) : start]
    return start == 0 or re.search(r"(^|[.!?:\n][\s*•·–-]*)$", before) is not None


def find_localities(
    clean: str,
    countries: Sequence[str],
    languages: Sequence[str] = (),
    taken: Sequence[tuple[int, int]] = (),
    towns_only: Sequence[str] = (),
) -> list[Hit]:
    """Places in ``countries`` that ``clean`` names, longest name first within a run.

    ``taken`` are spans other finders already read (regions, main cities): a locality
    inside one is not found again. In ``towns_only`` (countries the text does not name,
    only its language suggests) a place counts from :data:`LARGE_PLACE` inhabitants: a
    German noun ("Hochschulen") may name a hamlet somewhere in Switzerland.

    >>> text = "Trail linking Kysucké Nové Mesto and the village of Łodygowice."
    >>> [h.value for h in find_localities(text, ["SK", "PL"], ["en"])]
    ['Kysucké Nové Mesto', 'Łodygowice']
    """
    from coopkg.extraction.places import is_incidental

    wanted = {"GR" if c == "EL" else "GB" if c == "UK" else c for c in [*countries, *towns_only]}
    if not wanted:
        return []
    weak = set(towns_only) - set(countries)

    def kept(found: dict[str, int]) -> dict[str, int]:
        return {c: p for c, p in found.items() if c not in weak or p >= LARGE_PLACE}

    lower_words = lower_case_words(clean)
    langs = tuple(sorted(set(languages) | set(_languages_of(frozenset(wanted)))))
    inflected = tuple(lang for lang in languages if lang in ENDINGS)
    hits: list[Hit] = []
    places: list[tuple[tuple[str, int], ...]] = []
    for run in _runs(clean):
        # Only a taken span that reaches into the run can hold or cut one of its names.
        near = [(s, e) for s, e in taken if e < s or (s <= run[-1][1] and e >= run[0][0])]
        k = 0
        while k < len(run):
            for last in range(len(run) - 1, k - 1, -1):
                start, end = run[k][0], run[last][1]
                inside = [
                    (s, e) for s, e in near if (start < s and e <= end) or start <= s < e < end
                ]
                if any(s <= start < e or s < end <= e for s, e in near) and not (
                    inside and last > k and all(s > start for s, _ in inside)
                ):
                    continue
                name = clean[start:end]
                found = kept({c: p for c, p in localities_named(name).items() if c in wanted})
                if not found and not inflected:
                    # No place by that name and no case form to read: every test below
                    # could only skip it, so none is run.
                    continue
                if inside and (not found or not _is_main(name, found)):
                    # A town whose name holds a region's ("Miranda do Douro") counts
                    # only under its own full name.
                    continue
                if _head_of_longer_name(clean, end, wanted, inflected):
                    continue
                if inflected and (not found or not _is_main(name, found)):
                    # A case form the table lists among a place's alternate names
                    # ("Maribora") is still given under the place's own name.
                    base, base_found = _case_form(name, inflected, wanted, short=not found)
                    if not base_found and _body_word_after(clean, end):
                        # "Bauskas novada": the genitive of a body's town, however common
                        # the form is as a word.
                        base, base_found = _case_form(
                            name, inflected, wanted, short=not found, guard=False
                        )
                    # Twin towns list each other's names ("Valka" is also an alternate name
                    # of Valga): the place whose own name this is, where there is one.
                    base_found = kept(_own_places(base, base_found))
                    if base_found and (not found or base_found == found):
                        name, found = base, base_found
                if not found or country_code(name) or concept_of(name):
                    continue
                found = _own_places(name, found)
                own_name = name != clean[start:end] or _is_main(name, found)
                if _seat_of_an_institution(clean, run, k, last, own_name):
                    continue
                single = last == k
                population = max(found.values())
                small = population < LARGE_PLACE
                common = _is_common(name.lower(), langs)
                if single and (
                    name.lower() in lower_words
                    # GeoNames lists codes and nicknames among a place's alternate names
                    # ("Inn" for Innsbruck): a short word names a place only as its own name.
                    or (len(name) <= _SHORT_ALTERNATE and not _is_main(name, found))
                    or (name.isupper() and len(name) <= 5)
                    or (
                        small
                        and (
                            (_sentence_start(clean, start) and not _body_word_after(clean, end))
                            or common
                        )
                    )
                    # "Par exemple": a common word opening a sentence, whatever town
                    # shares its name.
                    or (common and _sentence_start(clean, start))
                    or _in_other_name(clean, run, k, wanted, langs)
                ):
                    continue
                if is_incidental(clean, start, end):
                    # A dateline or a venue: its words are not read as shorter places.
                    k = last
                    break
                rule = "localities:named" if name == clean[start:end] else "localities:inflected"
                country = max(found, key=found.get)
                # A Greek or Cyrillic name is given as the place calls itself in Latin
                # letters ("Ксанти" -> "Xánthi", "Констанца" -> "Constanţa").
                name = latin_name(name, country) or name
                hits.append(Hit(start, end, name, rule, 0.6, country))
                places.append(tuple(sorted(found.items())))
                k = last
                break
            k += 1
    return _one_name_per_place(hits, places)


def _one_name_per_place(hits: list[Hit], places: list[tuple[tuple[str, int], ...]]) -> list[Hit]:
    """A place read from a case form is dropped where the text also writes it as it is
    named ("w Jaśle" next to "Jasło"), and kept once otherwise; a place written under two
    of its names ("Beljak (Villach)", a name and its translation) is
    kept under the first. (Places are told apart by their countries and populations: twin
    towns that list each other's names, such as Valga and Valka, both stay when written.)"""
    written = {p for h, p in zip(hits, places, strict=True) if h.rule == "localities:named"}
    out: list[Hit] = []
    seen: set[tuple[tuple[str, int], ...]] = set()
    for hit, place in zip(hits, places, strict=True):
        if hit.rule != "localities:named" and place in written:
            continue
        if place in seen:
            continue
        # Without a population the table cannot tell two places apart.
        if all(population for _, population in place):
            seen.add(place)
        out.append(hit)
    return out
