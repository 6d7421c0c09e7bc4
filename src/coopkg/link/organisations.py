"""Organisation resolution: partner mentions -> one key per organisation.

Rules, strongest first, each recorded as a :class:`MergeDecision`:

* ``override``  - a user ``same_as`` pair (``not_same_as`` pairs are never merged);
* ``identifier`` - both mentions carry the same source identifier (``pic:…``, ``vat:…``,
  ``oib:…``, ``keep:…``; see :attr:`coopkg.records.Partner.ids`). Identifiers are strong
  keys both ways: two clusters holding different identifiers of one scheme are never
  merged by any later rule (rejected as ``different <scheme>``);
* ``alias``     - the notice itself gives two names of one partner (``Partner.aliases``);
* ``normalised`` - equal names after :func:`normalise_org_name` in the same country;
* ``acronym``   - "ERAI" is the leading acronym of "ERAI Entreprise Rhône-Alpes
  International" (or its initials) in the same country, and of no other organisation;
* ``fuzzy``     - rapidfuzz ``token_sort_ratio`` >= :data:`FUZZY_THRESHOLD` within the
  country block, and the numbers in both names equal (``digits`` rule);
* ``translated`` - the same kind of body with the same proper names in another language
  ("Univerza v Ljubljani" = "University of Ljubljana"), see :mod:`coopkg.link.translations`.

Blocking keeps it near-linear: names are compared only within one country, and only with
names sharing one of their two rarest words. This module must not read files or mint IRIs.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coopkg.link.model import MergeDecision, Organisation, Overrides
from coopkg.link.translations import translated_pairs

#: token_sort_ratio at or above which two names in one country are one organisation.
#: Measured by scripts/measure_org_resolution.py (see its output in the README).
FUZZY_THRESHOLD = 92.0

#: The European countries whose legal forms cleanco lists (its names, as it spells them).
_CLEANCO_COUNTRIES = (
    "Albania", "Austria", "Belgium", "Bosnia / Herzegovina", "Bulgaria", "Croatia",
    "Czech Republic", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece",
    "Hungary", "Iceland", "Ireland", "Italy", "Latvia", "Lithuania", "Luxemborg", "Macedonia",
    "Netherlands", "Norway", "Poland", "Portugal", "Romania", "Serbia", "Slovenia", "Slovakia",
    "Spain", "Sweden", "Switzerland", "Turkey", "Ukraine", "United Kingdom",
)  # fmt: skip

#: EU legal forms cleanco (2.3) lacks, normalised: Italian, Polish (incl. the partnership
#: and joint-stock forms: sp. k., spółka komandytowa, spółka akcyjna) and Hungarian long
#: forms, non-profit and cooperative forms (gGmbH, e.V.'s "eg", ASBL/AISBL, IVZW, SCARL,
#: "soc coop"), EU-law bodies (EEIG, EGTC), Bulgarian EOOD, Greek IKE, Finnish "ry",
#: Swedish "(publ)", and the run-together spellings of forms cleanco writes with dots
#: ("spa", "sro", "bv", "sl", "slu", "doo").
EXTRA_LEGAL_FORMS = frozenset(
    {
        "societa consortile a responsabilita limitata", "societa a responsabilita limitata",
        "societa cooperativa a responsabilita limitata", "societa per azioni",
        "spolka z ograniczona odpowiedzialnoscia", "kozhasznu nonprofit kft", "nonprofit kft",
        "nonprofit zrt", "nonprofit bt", "gmbh co kg", "gmbh and co",
        "and co kg", "ggmbh", "mbh", "eg", "ug", "s c a r l", "scarl", "scrl", "soc coop",
        "asbl", "a s b l", "aisbl", "ivzw", "eeig", "egtc", "eood", "ike", "ry", "publ",
        "a b", "spa", "sro", "bv", "sl", "slu", "doo", "spolka komandytowa",
        "spolka komandytowo akcyjna", "spolka akcyjna", "spolka jawna",
    }
)  # fmt: skip


def _legal_forms() -> tuple[str, ...]:
    """cleanco's generic and European legal forms plus :data:`EXTRA_LEGAL_FORMS`,
    normalised like names, longest first; common words ("da", "et") are never forms."""
    from cleanco import termdata

    terms = [t for forms in termdata.terms_by_type.values() for t in forms]
    terms += [t for country in _CLEANCO_COUNTRIES for t in termdata.terms_by_country[country]]
    forms = {_plain(t) for t in terms} | EXTRA_LEGAL_FORMS
    return tuple(sorted(forms - _GENERIC - _NOT_FORMS, key=lambda form: (-len(form), form)))


#: cleanco terms that end European names as something else: "AT" (a Ukrainian form, but
#: Austria in "ECM Lithium AT GmbH"), "NL" (Australian "no liability"; the Netherlands).
_NOT_FORMS = frozenset({"", "at", "nl"})


#: Words too common in organisation names to serve as blocking keys.
_GENERIC = frozenset(
    {
        "the", "of", "and", "for", "de", "la", "le", "les", "des", "du", "der", "die", "das",
        "und", "fur", "di", "del", "della", "dei", "degli", "e", "et", "y", "da", "do", "dos",
        "na", "no", "w", "z", "i", "u", "a", "an", "en", "het", "van", "voor", "zu", "im", "am",
    }
)  # fmt: skip
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}$")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&\-]{1,9})\)")
_DIGITS = re.compile(r"\d+")


def _plain(text: str) -> str:
    """Transliterated, casefolded words. ``_plain("S.à r.l.")`` -> ``'s a r l'``."""
    from anyascii import anyascii

    return " ".join(
        re.sub(r"[^0-9a-z]+", " ", anyascii(text).casefold().replace("&", " and ")).split()
    )


@functools.cache
def legal_forms() -> tuple[str, ...]:
    """The normalised legal forms :func:`normalise_org_name` strips, longest first.

    >>> "gmbh" in legal_forms() and "societa per azioni" in legal_forms()
    True
    """
    return _legal_forms()


@functools.lru_cache(maxsize=200_000)  # exports repeat one name in many rows
def normalise_org_name(name: str) -> str:
    """Casefolded, transliterated, punctuation-free name without legal forms.

    >>> normalise_org_name("Nyugat-Pannon Nonprofit Kft.")
    'nyugat pannon'
    >>> normalise_org_name("Friuli Innovazione Società consortile a responsabilità limitata")
    'friuli innovazione'
    >>> normalise_org_name("ACME Sp. z o.o.")
    'acme'
    """
    from anyascii import anyascii

    text = _plain(name)
    suffix, prefix = _form_patterns()
    while True:
        stripped = prefix.sub("", suffix.sub("", text))
        if stripped == text:
            break
        text = stripped.removesuffix(" and")  # "Borg & Co AB": "borg and co" -> "borg"
    return text or " ".join(re.sub(r"[^0-9a-z]+", " ", anyascii(name).casefold()).split())


@functools.cache
def _form_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A legal form at the end of a name, and the few that also lead one ("GmbH X")."""
    forms = "|".join(re.escape(form) for form in legal_forms())
    return re.compile(rf"(?<=\S) (?:{forms})$"), re.compile(r"^(?:gmbh|ltd|kft|zrt) (?=\S)")


def org_key(name: str, country: str | None) -> str:
    """A stable key for an organisation name in a country (readable slug plus digest).

    >>> org_key("Nyugat-Pannon Nonprofit Kft", "HU")
    'hu-nyugat-pannon-c022aa7a'
    """
    normalised = normalise_org_name(name)
    digest = hashlib.sha1(f"{country or ''}|{normalised}".encode()).hexdigest()[:8]
    slug = normalised.replace(" ", "-")[:48].strip("-") or "org"
    return f"{(country or 'xx').lower()}-{slug}-{digest}"


def name_acronyms(name: str) -> tuple[str, ...]:
    """Acronyms a name states: a leading all-caps word followed by a name, or "(ERAI)".

    >>> name_acronyms("ERAI Entreprise Rhône-Alpes International")
    ('ERAI',)
    >>> name_acronyms("Technische Universität München (TUM)")
    ('TUM',)
    """
    found: list[str] = []
    words = name.split()
    if len(words) >= 3 and _ACRONYM.match(words[0]) and not words[1].isupper():
        found.append(words[0])
    found += _PAREN_ACRONYM.findall(name)
    return tuple(dict.fromkeys(found))


def _initials(normalised: str) -> str:
    return "".join(w[0] for w in normalised.split() if w not in _GENERIC)


def digits_match(left: str, right: str) -> bool:
    """Whether two names contain the same numbers ("Lyceum 1" is not "Lyceum 2")."""
    return sorted(_DIGITS.findall(left)) == sorted(_DIGITS.findall(right))


@dataclass(frozen=True, slots=True)
class Mention:
    """One partner as one notice names it: the resolver's input."""

    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""
    index: int = 0
    region: str | None = None
    ids: tuple[str, ...] = ()
    #: The country is derived (read off a place in the name), not written.
    country_derived: bool = False


def _scheme(identifier: str) -> str:
    return identifier.split(":", 1)[0]


class _Components:
    """Union-find over name nodes that refuses unions joining a not_same_as pair."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, set[int]] = {i: {i} for i in range(size)}
        self.forbidden: set[frozenset[int]] = set()
        self.ids: dict[int, dict[str, set[str]]] = {}

    def add_id(self, node: int, identifier: str) -> None:
        self.ids.setdefault(node, {}).setdefault(_scheme(identifier), set()).add(identifier)

    def id_conflict(self, a: int, b: int) -> str | None:
        """The scheme in which the two clusters hold different identifiers, if any."""
        left, right = self.ids.get(self.find(a)), self.ids.get(self.find(b))
        if not left or not right:
            return None
        for scheme, values in left.items():
            other = right.get(scheme)
            if other and not values & other:
                return scheme
        return None

    def find(self, node: int) -> int:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def blocked(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.forbidden:
            return False
        return any(
            frozenset((x, y)) in self.forbidden for x in self.members[ra] for y in self.members[rb]
        )

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        moved = self.ids.pop(rb, None)
        if moved:
            target = self.ids.setdefault(ra, {})
            for scheme, values in moved.items():
                target.setdefault(scheme, set()).update(values)
        return True


@dataclass(frozen=True, slots=True)
class Resolution:
    """What :func:`resolve_organisations` found: one key per mention, plus the rest."""

    keys: tuple[str, ...]
    organisations: tuple[Organisation, ...]
    merges: tuple[MergeDecision, ...]


def resolve_organisations(
    mentions: Sequence[Mention],
    *,
    overrides: Overrides | None = None,
    threshold: float = FUZZY_THRESHOLD,
) -> Resolution:
    """Cluster partner mentions into organisations; see the module docstring for the rules.

    >>> r = resolve_organisations([Mention("Nyugat-Pannon Nonprofit Kft", "HU",
    ...     aliases=("West Pannon Ltd.",)), Mention("West Pannon Ltd", "HU")])
    >>> r.keys[0] == r.keys[1], len(r.organisations)
    (True, 1)
    """

    # Nodes are distinct (country, normalised name, first identifier); raw spellings are
    # kept per node. Two mentions with one name but different identifiers stay apart.
    node_ids: dict[tuple[str, str, str], int] = {}
    node_names: list[Counter[str]] = []
    node_country: list[str] = []
    node_norm: list[str] = []

    def node(name: str, country: str | None, strong: str = "") -> int:
        norm = normalise_org_name(name)
        ident = (country or "", norm, strong)
        if ident not in node_ids:
            node_ids[ident] = len(node_norm)
            node_names.append(Counter())
            node_country.append(country or "")
            node_norm.append(norm)
        found = node_ids[ident]
        node_names[found][name.strip()] += 1
        return found

    mention_nodes = [node(m.name, m.country, min(m.ids) if m.ids else "") for m in mentions]
    alias_pairs = [
        (mention_nodes[i], node(alias, m.country), alias)
        for i, m in enumerate(mentions)
        for alias in m.aliases
        if alias.strip()
    ]
    comps = _Components(len(node_norm))
    for m, n in zip(mentions, mention_nodes, strict=True):
        for identifier in m.ids:
            comps.add_id(n, identifier)
    identified = set(comps.ids)  # nodes holding an identifier of their own
    merges: list[MergeDecision] = []
    rules: dict[int, str] = {}

    def label(n: int) -> str:
        return node_names[n].most_common(1)[0][0]

    def merge(a: int, b: int, rule: str, score: float, reason: str = "") -> None:
        if comps.find(a) == comps.find(b):
            return
        if comps.blocked(a, b):
            merges.append(MergeDecision(label(a), label(b), rule, score, False, "not_same_as"))
            return
        conflict = comps.id_conflict(a, b)
        if conflict:
            merges.append(
                MergeDecision(label(a), label(b), rule, score, False, f"different {conflict}")
            )
            return
        comps.union(a, b)
        rules[comps.find(a)] = rule
        merges.append(MergeDecision(label(a), label(b), rule, score, True, reason))

    # Overrides: resolve each side by key or by normalised name, in any country.
    by_norm: dict[str, list[int]] = defaultdict(list)
    for (_country, norm, _strong), n in node_ids.items():
        by_norm[norm].append(n)
    keys_of = {org_key(label(n), node_country[n] or None): n for n in range(len(node_norm))}

    def lookup(side: str) -> list[int]:
        if side in keys_of:
            return [keys_of[side]]
        return by_norm.get(normalise_org_name(side), [])

    if overrides:
        for left, right in overrides.not_same_as:
            for a in lookup(left):
                for b in lookup(right):
                    comps.forbidden.add(frozenset((a, b)))
        for left, right in overrides.same_as:
            for a in lookup(left):
                for b in lookup(right):
                    merge(a, b, "override", 100.0, "same_as in overrides")

    # Identifiers: every node carrying one identifier joins the first that carried it.
    holder: dict[str, int] = {}
    for m, n in zip(mentions, mention_nodes, strict=True):
        for identifier in sorted(m.ids):
            if identifier not in holder:
                holder[identifier] = n
            elif comps.find(holder[identifier]) != comps.find(n):
                merge(holder[identifier], n, "identifier", 100.0, f"same {identifier}")

    # Same name in the same country, one node with and one without an identifier (or
    # both with identifiers of different schemes): one organisation, unless the name is
    # held by several clusters with conflicting identifiers (then it stays ambiguous).
    same_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (country, norm, _strong), n in node_ids.items():
        same_name[(country, norm)].append(n)
    for (_country, _norm), nodes in same_name.items():
        if len(nodes) < 2:
            continue
        plain = [n for n in nodes if n not in identified]
        strong = [n for n in nodes if n in identified]
        roots = {comps.find(n) for n in strong}
        for n in plain[1:]:
            merge(plain[0], n, "normalised", 100.0, "same name")
        if len(roots) == 1 and plain:
            merge(strong[0], plain[0], "normalised", 100.0, "same name, one identifier")
        elif len(roots) > 1:
            for n in strong[1:]:
                merge(strong[0], n, "normalised", 100.0, "same name")
            if plain and len({comps.find(n) for n in strong}) > 1:
                # Several organisations of this name with different identifiers: a mention
                # without one cannot tell which it is, so it joins none of them.
                for n in strong:
                    comps.forbidden.add(frozenset((plain[0], n)))
                merges.append(
                    MergeDecision(label(strong[0]), label(plain[0]), "normalised", 100.0, False,
                                  "ambiguous: several identifiers carry this name")
                )  # fmt: skip

    for a, b, _alias in alias_pairs:
        merge(a, b, "alias", 100.0, "named as an alias in the notice")

    # A mention without a country joins the only country that has its exact name.
    for n, norm in enumerate(node_norm):
        if node_country[n]:
            continue
        homes = [m for m in by_norm[norm] if node_country[m]]
        if len(homes) == 1:
            merge(homes[0], n, "normalised", 100.0, "same name, country unknown on one side")

    # Acronyms, per country: "ERAI" <- "ERAI Entreprise ..." or initials, if unique.
    acronym_homes: dict[tuple[str, str], set[int]] = defaultdict(set)
    for n, norm in enumerate(node_norm):
        for raw in node_names[n]:
            for acronym in name_acronyms(raw):
                acronym_homes[(node_country[n], acronym.casefold())].add(n)
        initials = _initials(norm)
        if len(initials) >= 3 and len(norm.split()) >= 3:
            acronym_homes[(node_country[n], initials)].add(n)
    for n, norm in enumerate(node_norm):
        if " " in norm or not any(_ACRONYM.match(raw) for raw in node_names[n]):
            continue
        homes = acronym_homes.get((node_country[n], norm), set()) - {n}
        roots = {comps.find(h) for h in homes}
        if len(roots) == 1:
            merge(next(iter(homes)), n, "acronym", 100.0, f"{label(n)} is its acronym")

    # Fuzzy within a country, blocked by each name's two rarest informative words.
    by_country: dict[str, list[int]] = defaultdict(list)
    for n in range(len(node_norm)):
        by_country[node_country[n]].append(n)
    for country, members in by_country.items():
        if not country:
            continue  # without a country there is no safe block
        order, near = _near_pairs(node_norm, members, threshold)
        for n in order:
            best = _best_match(node_norm, n, near.get(n, set()), threshold)
            if best is not None:
                score, c = best
                if digits_match(node_norm[n], node_norm[c]):
                    merge(c, n, "fuzzy", float(score))
                else:
                    merges.append(
                        MergeDecision(label(c), label(n), "digits", score, False, "numbers differ")
                    )

    # Translations, within a country: same concepts ("university"), same proper words.
    for a, b in translated_pairs(list(zip(node_norm, node_country, strict=True))):
        merge(a, b, "translated", 100.0, "the same name in another language")

    return _assemble(mentions, mention_nodes, comps, node_names, node_country, rules, merges)


def _rare_words(name: str, frequency: Counter[str]) -> list[str]:
    """A name's blocking keys: its two rarest informative words in its country."""
    words = [w for w in set(name.split()) if w not in _GENERIC and len(w) > 2]
    return sorted(words, key=lambda w: (frequency[w], w))[:2]


def _near_pairs(
    names: list[str], members: list[int], threshold: float
) -> tuple[list[int], dict[int, set[int]]]:
    """One country's names in the order the fuzzy rule takes them (by name), and for
    each the earlier names of its blocks that may be its best match.

    A name is compared with the names before it that share one of its two rarest words
    (a block). Each block is scored as one triangle of rapidfuzz matrices rather than
    one call per name: a block grows with the corpus, and gathering, sorting and
    converting a whole block for every name in it was the superlinear part of linking.
    Kept are the names within ``_NEAR_SLACK`` of a row's best that may reach the
    threshold: a superset of the best and its equals, which :func:`_best_match` then
    scores exactly as a comparison with the whole block would (the names left out
    score below the best either way).
    """
    frequency = Counter(w for n in members for w in set(names[n].split()))
    order = sorted(members, key=lambda m: names[m])
    blocks: dict[str, list[int]] = defaultdict(list)
    for n in order:
        for word in _rare_words(names[n], frequency):
            blocks[word].append(n)
    near: dict[int, set[int]] = {}
    for block in blocks.values():
        if len(block) > 1:
            for n, c in _block_pairs(names, block, threshold - _NEAR_SLACK):
                near.setdefault(n, set()).add(c)
    return order, near


#: How far below a row's best (and the threshold) a pair is kept for exact scoring:
#: far more than any rounding between rapidfuzz's single and matrix scorers.
_NEAR_SLACK = 0.5

#: Cells of one block matrix: bounds the memory of a large block (4 bytes a cell).
_MATRIX_CELLS = 1 << 22


def _block_pairs(names: list[str], block: list[int], cutoff: float) -> Iterator[tuple[int, int]]:
    """(later, earlier) pairs of a block, the earlier name at or near the later one's
    best score among the names before it, and that score at least ``cutoff``: rows of
    later names against all names before them, a band of rows at a time."""
    import numpy as np
    from rapidfuzz import fuzz, process

    # token_sort_ratio is the plain ratio of the names' sorted words: sorting each name
    # once here spares sorting it again in every band.
    texts = [" ".join(sorted(names[n].split())) for n in block]
    start = 1
    while start < len(block):
        end = min(len(block), start + max(1, _MATRIX_CELLS // start))
        scores = process.cdist(
            texts[start:end], texts[:end], scorer=fuzz.ratio, score_cutoff=cutoff,
            dtype=np.float32,
        )  # fmt: skip
        rows = np.arange(start, end)[:, None]
        scores[np.arange(end)[None, :] >= rows] = 0  # a name and those after it
        best = scores.max(axis=1, keepdims=True)
        kept = (scores > 0) & (scores >= best - _NEAR_SLACK)
        for row, column in zip(*np.nonzero(kept), strict=True):
            yield block[start + row], block[column]
        start = end


def _best_match(
    names: list[str], node: int, candidates: set[int], threshold: float
) -> tuple[float, int] | None:
    """The candidate whose name scores highest against the node's (token_sort_ratio, at
    or above ``threshold``; the first in node order among equals), or None.

    The candidates are the few names :func:`_near_pairs` found near the node's, all
    scored in one rapidfuzz call.
    """
    if not candidates:
        return None
    import numpy as np
    from rapidfuzz import fuzz, process

    ordered = sorted(candidates)
    scores = process.cdist(
        [names[node]],
        [names[c] for c in ordered],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=threshold,
        dtype=np.float64,
    )[0]
    at = int(np.argmax(scores))  # the first of the highest
    score = float(scores[at])
    return (score, ordered[at]) if score >= threshold else None


def _identified_key(name: str, country: str | None, identifier: str) -> str:
    """The key of an organisation a source identifies: name slug plus the id's digest."""
    normalised = normalise_org_name(name)
    digest = hashlib.sha1(identifier.encode()).hexdigest()[:8]
    slug = normalised.replace(" ", "-")[:48].strip("-") or "org"
    return f"{(country or 'xx').lower()}-{slug}-{digest}"


def _assemble(
    mentions: Sequence[Mention],
    mention_nodes: list[int],
    comps: _Components,
    node_names: list[Counter[str]],
    node_country: list[str],
    rules: dict[int, str],
    merges: list[MergeDecision],
) -> Resolution:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, n in enumerate(mention_nodes):
        clusters[comps.find(n)].append(i)
    key_of_root: dict[int, str] = {}
    organisations: list[Organisation] = []
    for root in sorted(clusters, key=lambda r: min(clusters[r])):
        indices = clusters[root]
        names: Counter[str] = Counter()
        for n in comps.members[root]:
            names.update(node_names[n])
        # Preferred name: most used, then not an acronym, then longest, then alphabetical.
        # A bare number (an export naming a partner by its PIC) only when nothing else.
        pref = sorted(
            names, key=lambda s: (s.isdigit(), -names[s], bool(_ACRONYM.match(s)), -len(s), s)
        )[0]
        countries = Counter(node_country[n] for n in comps.members[root] if node_country[n])
        country = countries.most_common(1)[0][0] if countries else None
        # Derived when no mention writes it: only read off places in the names.
        derived = country is not None and not any(
            mentions[i].country == country and not mentions[i].country_derived for i in indices
        )
        regions = Counter(mentions[i].region for i in indices if mentions[i].region)
        acronyms = sorted(
            {a for s in names for a in name_acronyms(s)} | {s for s in names if _ACRONYM.match(s)}
        )
        ids = comps.ids.get(root)
        strongest = min(v for values in ids.values() for v in values) if ids else None
        key = _identified_key(pref, country, strongest) if strongest else org_key(pref, country)
        key_of_root[root] = key
        organisations.append(
            Organisation(
                key=key,
                name=pref,
                alt_names=tuple(sorted(set(names) - {pref})),
                country=country,
                country_derived=derived,
                region=regions.most_common(1)[0][0] if regions else None,
                acronyms=tuple(acronyms),
                members=tuple((mentions[i].source, mentions[i].index) for i in indices),
                match_rule=rules.get(root, "exact"),
            )
        )
    keys = tuple(key_of_root[comps.find(n)] for n in mention_nodes)
    return Resolution(keys, tuple(organisations), tuple(merges))
