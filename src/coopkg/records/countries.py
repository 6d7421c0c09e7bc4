"""Countries: names in the EU/EEA languages, codes, VAT prefixes and phone prefixes.

Everything here maps some written form of a country ("Autriche", "Niemcy", "EL", "+39")
to its ISO 3166-1 alpha-2 code. Eurostat/EU spellings are folded in: ``EL`` is Greece
(``GR``) and ``UK`` is the United Kingdom (``GB``). Names come from pycountry's gettext
catalogues plus a small table of common short forms (``Česko``, ``Holland``...).

The indexes are built once, on first use (``functools.lru_cache``), never at import time.
This module must not guess: an unknown form gives ``None``. It mints no IRIs; it only
returns the alpha-3 code that :mod:`coopkg.graph.identity` puts into the EU authority IRI.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from coopkg.errors import LinkError

#: Languages whose country names are indexed: the EU's 24 plus the EEA's and neighbours'.
INDEX_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "it", "es", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "ro",
    "bg", "el", "da", "sv", "fi", "et", "lv", "lt", "ga", "mt", "nb", "nn", "is", "sr",
    "sq", "mk", "tr", "uk", "ca", "eu", "gl", "lb",
)  # fmt: skip

#: Languages :func:`country_labels` always returns.
LABEL_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "it", "es", "pl", "nl", "pt")

#: Eurostat/EU codes that differ from ISO 3166-1, and "SL": partner lists of EU cooperation
#: programmes write Slovenia "(SL)" (its language code) far more often than anyone means
#: Sierra Leone, which is still found by its name or by "SLE".
_EU_TO_ISO = {"EL": "GR", "UK": "GB", "SL": "SI"}

#: Short or colloquial forms the gettext catalogues lack (normalised on load).
_EXTRA_NAMES: dict[str, str] = {
    "Česko": "CZ",
    "Czech Republic": "CZ",
    "Tschechien": "CZ",
    "République tchèque": "CZ",
    "Repubblica Ceca": "CZ",
    "República Checa": "CZ",
    "Tsjechië": "CZ",
    "Czechy": "CZ",
    "Great Britain": "GB",
    "Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Grande-Bretagne": "GB",
    "Royaume-Uni": "GB",
    "Großbritannien": "GB",
    "Grossbritannien": "GB",
    "Vereinigtes Königreich": "GB",
    "Gran Bretagna": "GB",
    "Holland": "NL",
    "The Netherlands": "NL",
    "Niederlande": "NL",
    "Pays-Bas": "NL",
    "Paesi Bassi": "NL",
    "Países Bajos": "NL",
    "Slovak Republic": "SK",
    "Macedonia": "MK",
    "North Macedonia": "MK",
    "FYROM": "MK",
    "Moldova": "MD",
    "Republic of Moldova": "MD",
    "Russia": "RU",
    "Turkey": "TR",
    "Türkiye": "TR",
    "Kosovo": "XK",
    "Bosnia and Herzegovina": "BA",
    "Bosnia": "BA",
    "Hellas": "GR",
    "Hellenic Republic": "GR",
    "Ελλάς": "GR",
    "Deutschland": "DE",
    "Österreich": "AT",
    "Schweiz": "CH",
    "Suisse": "CH",
    "Svizzera": "CH",
    "Magyarország": "HU",
    "Polska": "PL",
    "Slovensko": "SK",
    "Slovenija": "SI",
    "Hrvatska": "HR",
    "România": "RO",
    "Romania": "RO",
    "България": "BG",
    "Danmark": "DK",
    "Sverige": "SE",
    "Suomi": "FI",
    "Eesti": "EE",
    "Latvija": "LV",
    "Lietuva": "LT",
    "Éire": "IE",
    "Norge": "NO",
    "Ísland": "IS",
    "España": "ES",
    "Italia": "IT",
    "Nederland": "NL",
    "België": "BE",
    "Belgique": "BE",
    "Belgien": "BE",
    "Luxembourg": "LU",
    "Lëtzebuerg": "LU",
    "Κύπρος": "CY",
    "Malta": "MT",
    "Liechtenstein": "LI",
    "Srbija": "RS",
    "Crna Gora": "ME",
    "Shqipëri": "AL",
    "Shqipëria": "AL",
    "Україна": "UA",
    "Ukraine": "UA",
}

#: Official language(s) of European countries, for :func:`country_labels`.
_OWN_LANGUAGES: dict[str, tuple[str, ...]] = {
    "AT": ("de",), "BE": ("nl", "fr", "de"), "BG": ("bg",), "CH": ("de", "fr", "it"),
    "CY": ("el",), "CZ": ("cs",), "DE": ("de",), "DK": ("da",), "EE": ("et",),
    "ES": ("es",), "FI": ("fi", "sv"), "FR": ("fr",), "GB": ("en",), "GR": ("el",),
    "HR": ("hr",), "HU": ("hu",), "IE": ("ga", "en"), "IS": ("is",), "IT": ("it",),
    "LI": ("de",), "LT": ("lt",), "LU": ("lb", "fr", "de"), "LV": ("lv",), "MT": ("mt", "en"),
    "NL": ("nl",), "NO": ("nb",), "PL": ("pl",), "PT": ("pt",), "RO": ("ro",), "SE": ("sv",),
    "SI": ("sl",), "SK": ("sk",), "RS": ("sr",), "ME": ("sr",), "AL": ("sq",),
    "MK": ("mk",), "TR": ("tr",), "UA": ("uk",), "BA": ("hr", "sr"),
}  # fmt: skip

#: International calling codes (ITU E.164) of European and neighbouring countries.
_CALLING_CODES: dict[str, str] = {
    "30": "GR", "31": "NL", "32": "BE", "33": "FR", "34": "ES", "350": "GI", "351": "PT",
    "352": "LU", "353": "IE", "354": "IS", "355": "AL", "356": "MT", "357": "CY",
    "358": "FI", "359": "BG", "36": "HU", "370": "LT", "371": "LV", "372": "EE",
    "373": "MD", "374": "AM", "375": "BY", "376": "AD", "377": "MC", "378": "SM",
    "380": "UA", "381": "RS", "382": "ME", "383": "XK", "385": "HR", "386": "SI",
    "387": "BA", "389": "MK", "39": "IT", "40": "RO", "41": "CH", "420": "CZ",
    "421": "SK", "423": "LI", "43": "AT", "44": "GB", "45": "DK", "46": "SE", "47": "NO",
    "48": "PL", "49": "DE", "90": "TR", "995": "GE", "212": "MA", "213": "DZ",
    "216": "TN", "20": "EG", "972": "IL", "961": "LB", "962": "JO",
}  # fmt: skip

#: VAT number shapes per EU prefix (after the two-letter prefix, spaces removed).
_VAT_SHAPES: dict[str, str] = {
    "AT": r"U\d{8}", "BE": r"[01]?\d{9}", "BG": r"\d{9,10}", "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}", "DE": r"\d{9}", "DK": r"\d{8}", "EE": r"\d{9}", "EL": r"\d{9}",
    "GR": r"\d{9}", "ES": r"[0-9A-Z]\d{7}[0-9A-Z]", "FI": r"\d{8}", "FR": r"[0-9A-Z]{2}\d{9}",
    "HR": r"\d{11}", "HU": r"\d{8}", "IE": r"\d[0-9A-Z+*]\d{5}[A-Z]{1,2}", "IT": r"\d{11}",
    "LT": r"\d{9}|\d{12}", "LU": r"\d{8}", "LV": r"\d{11}", "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}", "PL": r"\d{10}", "PT": r"\d{9}", "RO": r"\d{2,10}",
    "SE": r"\d{12}", "SI": r"\d{8}", "SK": r"\d{10}", "GB": r"\d{9}|\d{12}|GD\d{3}|HA\d{3}",
    "XI": r"\d{9}|\d{12}", "CH": r"E\d{9}(MWST|TVA|IVA)?", "NO": r"\d{9}(MVA)?",
}  # fmt: skip

#: Countries of EU cooperation programmes and their neighbours (those with a calling code
#: above): the ones whose names are worth reading in case forms, where a short stem of a
#: far country ("Σαμόα") would mostly meet another word ("Σάμου", of the island Samos).
NEIGHBOURHOOD: frozenset[str] = frozenset(_CALLING_CODES.values())

_PHONE = re.compile(r"(?:\+|\b00)\s*\(?\s*(\d{1,3})")
_PHONE_PAREN = re.compile(r"\(\s*\+\s*(\d{1,3})\s*\)")


@functools.lru_cache(maxsize=65536)  # finders normalise the same words and phrases again
def normalise_name(text: str) -> str:
    """Casefold, strip accents and punctuation, collapse spaces: the index key form.

    >>> normalise_name("  Österreich ")
    'osterreich'
    >>> normalise_name("Regno  Unito")
    'regno unito'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("ı", "i")
    cleaned = re.sub(r"[^\w]+", " ", stripped)
    return " ".join(cleaned.split())


def _to_iso(code: str) -> str:
    return _EU_TO_ISO.get(code, code)


@functools.lru_cache(maxsize=1)
def _translations() -> dict[str, object]:
    """One gettext catalogue per indexed language (missing catalogues are skipped)."""
    import gettext

    import pycountry

    catalogues: dict[str, object] = {}
    for lang in INDEX_LANGUAGES:
        try:
            catalogues[lang] = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[lang]
            )
        except OSError:
            continue
    return catalogues


def _english_names(country: object) -> tuple[str, ...]:
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    return tuple(n for n in names if n)


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised name or code -> alpha-2; English and earlier languages win collisions."""
    import pycountry

    index: dict[str, str] = {}

    def add(name: str, alpha2: str) -> None:
        key = normalise_name(name)
        if key and key not in index:
            index[key] = alpha2

    catalogues = _translations()
    countries = list(pycountry.countries)
    english = {c.alpha_2: _english_names(c) for c in countries}
    # Codes and English names first, then one language at a time, so that a name in a
    # later language never shadows another country's code or English name.
    for country in countries:
        add(country.alpha_2, country.alpha_2)
        add(country.alpha_3, country.alpha_2)
        for name in english[country.alpha_2]:
            add(name, country.alpha_2)
    for lang in INDEX_LANGUAGES:
        cat = catalogues.get(lang)
        if cat is None:
            continue
        for alpha2, names in english.items():
            for name in names:
                local = cat.gettext(name)  # type: ignore[attr-defined]
                add(local, alpha2)
                # Irish and some others prefix an article ("An Ghearmáin").
                if local.startswith(("An ", "Na ")):
                    add(local.split(" ", 1)[1], alpha2)
    for eu_code, iso in _EU_TO_ISO.items():
        index[normalise_name(eu_code)] = iso
    for name, alpha2 in _EXTRA_NAMES.items():
        index.setdefault(normalise_name(name), alpha2)
    index["xk"] = "XK"
    index["xkx"] = "XK"
    return index


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country name or code in any EU/EEA language.

    Case- and accent-insensitive; Eurostat's ``EL`` and ``UK`` give ``GR`` and ``GB``, and
    ``SL`` (as partner lists write Slovenia) gives ``SI``.

    >>> [country_code(t) for t in ("AT", "AUT", "Autriche", "Niemcy", "EL", "UK", "Narnia")]
    ['AT', 'AT', 'AT', 'DE', 'GR', 'GB', None]
    >>> country_code("SL"), country_code("Sierra Leone")
    ('SI', 'SL')
    """
    if not text:
        return None
    return _index().get(normalise_name(text))


def country_names() -> dict[str, str]:
    """Every indexed form (normalised name or code) -> alpha-2, for building patterns.

    The returned dict is a copy; changing it does not change the index.
    """
    return dict(_index())


def country_iri_code(alpha2: str) -> str:
    """The alpha-3 code of the EU country authority table (``"EL"`` and ``"GR"`` -> ``"GRC"``).

    Raises :class:`coopkg.errors.LinkError` for an unknown code.

    >>> country_iri_code("AT"), country_iri_code("EL"), country_iri_code("UK")
    ('AUT', 'GRC', 'GBR')
    """
    import pycountry

    iso = _to_iso(alpha2.strip().upper())
    if iso == "XK":
        return "XKX"  # Kosovo: user-assigned code, as used by the EU authority table
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        raise LinkError(f"unknown country code: {alpha2!r}")
    return str(country.alpha_3)


def country_labels(alpha2: str) -> dict[str, str]:
    """Names of a country by language: en, fr, de, it, es, pl, nl, pt plus its own language(s).

    >>> country_labels("AT")["fr"], country_labels("HU")["hu"]
    ('Autriche', 'Magyarország')
    """
    import pycountry

    iso = _to_iso(alpha2.strip().upper())
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        raise LinkError(f"unknown country code: {alpha2!r}")
    english = getattr(country, "common_name", None) or country.name
    catalogues = _translations()
    labels: dict[str, str] = {}
    for lang in LABEL_LANGUAGES + _OWN_LANGUAGES.get(iso, ()):
        if lang == "en":
            labels[lang] = english
            continue
        cat = catalogues.get(lang)
        if cat is None:
            continue
        local = cat.gettext(english)  # type: ignore[attr-defined]
        if local == english and english != country.name:
            local = cat.gettext(country.name)  # type: ignore[attr-defined]
        labels[lang] = local
    return labels


def vat_country(vat: str) -> str | None:
    """The country of a VAT number from its prefix and shape (``"IT02159640305"`` -> ``"IT"``).

    Italian "P. IVA" numbers are often written without the prefix: eleven bare digits
    are not enough to tell the country, so they give ``None``.

    >>> vat_country("IT02159640305"), vat_country("ATU12345678"), vat_country("XX1")
    ('IT', 'AT', None)
    """
    compact = re.sub(r"[\s.\-/]", "", vat).upper()
    prefix, rest = compact[:2], compact[2:]
    shape = _VAT_SHAPES.get(prefix)
    if shape is None or not re.fullmatch(shape, rest):
        return None
    if prefix == "XI":
        return "GB"
    return _to_iso(prefix)


def phone_country(text: str) -> str | None:
    """The country of the first international phone number in a text (``"(+39) 0432"`` -> IT).

    >>> phone_country("(+39) 0432 629911"), phone_country("Tel. 0049 721 1"), phone_country("04")
    ('IT', 'DE', None)
    """
    match = _PHONE_PAREN.search(text) or _PHONE.search(text)
    if match is None:
        return None
    digits = match.group(1)
    # E.164 codes are prefix-free: the longest known prefix is the right one.
    for size in (3, 2, 1):
        found = _CALLING_CODES.get(digits[:size])
        if found:
            return found
    return None


#: Notice language codes whose adjective table is kept under another code ("no" is Bokmål).
_ADJECTIVE_LANGUAGE = {"no": "nb", "nn": "nb", "bs": "hr", "sr": "hr"}


#: How a "-sk-"/"-ck-" adjective stem is written in the plural of persons.
_PERSONAL_PLURALS = {
    "cs": (r"(?:sk|št)\\w*", r"(?:ck|čt)\\w*"),
    "pl": (r"(?:sk|sc)\\w*", r"(?:ck|cc)\\w*"),
}


#: The languages with a table of country adjectives here.
ADJECTIVE_LANGUAGES: tuple[str, ...] = (
    "cs", "sk", "sl", "hr", "hu", "ro", "bg", "el", "da", "sv", "nb", "is", "fi", "et", "lv",
    "lt", "mt", "ga", "en", "fr", "de", "it", "es", "pt", "nl", "pl",
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _adjective_tables() -> dict[str, dict[str, str]]:
    import tomllib
    from importlib import resources

    raw = resources.files("coopkg.records").joinpath("country_adjectives.toml").read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    return {lang: {str(k): str(v) for k, v in t.items()} for lang, t in data.items()}


@functools.lru_cache(maxsize=64)
def adjective_pattern(language: str) -> re.Pattern[str] | None:
    """One pattern over the country adjectives of a language, matched against a whole word;
    the named group that matched is the country's code ("magyar" in Hungarian -> HU).

    The table is per language: "slovenský" is Slovak in Czech, "slovenski" Slovenian in
    Slovene. ``None`` for a language without a table here.

    >>> adjective_pattern("hu").fullmatch("magyar").lastgroup
    'HU'
    >>> adjective_pattern("cs").fullmatch("slovenský").lastgroup
    'SK'
    >>> adjective_pattern("sl").fullmatch("slovenski").lastgroup
    'SI'
    >>> adjective_pattern("xx") is None
    True
    """
    table = _adjective_tables().get(_ADJECTIVE_LANGUAGE.get(language, language))
    if not table:
        return None
    if language in _PERSONAL_PLURALS:
        # Czech and Polish plurals of persons change the stem: "slovenští", "němečtí",
        # "polscy", "niemieccy".
        sk, ck = _PERSONAL_PLURALS[language]
        table = {c: re.sub(r"ck\\w\*", ck, re.sub(r"sk\\w\*", sk, a)) for c, a in table.items()}
    groups = [f"(?P<{code}>{alternatives})" for code, alternatives in table.items()]
    return re.compile("|".join(groups), re.IGNORECASE)


def adjective_country(word: str, language: str) -> str | None:
    """The country whose adjective the whole ``word`` is in ``language``'s table (``None``
    where it is none, or the language has no table).

    >>> adjective_country("slovenský", "cs"), adjective_country("slovenský", "xx")
    ('SK', None)
    """
    pattern = adjective_pattern(language)
    m = pattern.fullmatch(word) if pattern is not None else None
    return m.lastgroup if m is not None else None


def own_languages(alpha2: str) -> tuple[str, ...]:
    """The official language(s) of a European country (``()`` for others).

    >>> own_languages("SK"), own_languages("BE")
    (('sk',), ('nl', 'fr', 'de'))
    """
    return _OWN_LANGUAGES.get(alpha2, ())


def adjective_of_other(word: str, code: str, languages: tuple[str, ...] = ()) -> str | None:
    """The other country whose adjective a name of ``code`` also is, in some language, when
    no language of the text reads it as ``code``'s adjective: "Slovensko"
    (Slovakia in Slovak and Czech) is the Slovene adjective "Slovenian" in an Italian or a
    Slovene text.

    >>> adjective_of_other("Slovensko", "SK", ("it",))
    'SI'
    >>> adjective_of_other("Slovensko", "SK", ("cs",)) is None
    True
    """
    readers = set(languages)
    other = None
    for lang in _adjective_tables():
        found = adjective_country(word, lang)
        if not found:
            continue
        if found == code and lang in readers:
            return None
        if found != code:
            other = other or found
    return other
