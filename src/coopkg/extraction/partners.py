"""Project partners: labelled lists, lead lines, table rows and a publisher's footer.

Reads "Lead partner: X (AT)", "Partenaires :" sections, runs of "Name (CC)" lines, table
rows "Name | Country | Role", and, on a partner's own web page, the footer that names the
page owner with address and VAT number (a lower-confidence partner). Also matches a
partner-budget label's subject ("West Pannon Ltd.") to the partner it names
("Nyugat-Pannon Nonprofit Kft"). It must not treat funders, programme bodies, contact
persons, link labels or the site's CMS as partners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coopkg.extraction import labels
from coopkg.extraction.layout import CONTENT, FOOTER, Layout, Line
from coopkg.records import Partner

ROLE_SECTIONS = (
    ("lead", "partner_labels.lead"),
    ("associated", "partner_labels.associated"),
    ("advisory", "partner_labels.advisory"),
    ("partner", "partner_labels.partner"),
)
_MAX_ENTRY = 250
_MAX_WORDS = 30
FOOTER_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class PartnerHit:
    """A partner with where it was read and how sure we are of its country."""

    partner: Partner
    start: int
    end: int
    rule: str
    country_derived: bool = False


def _country(text: str) -> str | None:
    from coopkg.countries import country_code

    t = text.strip().strip(".,;:")
    if not t or len(t) > 40:
        return None
    return country_code(t)


def _city_country(name: str) -> str | None:
    from coopkg.gazetteer import city_country

    return city_country(name.strip())


def _role_of(label_text: str) -> str | None:
    for role, section in ROLE_SECTIONS:
        if labels.compiled(section).fullmatch(label_text.strip()):
            return role
    return None


#: A bracket after a label: a count "(7)" or a second label "(Lead-Partner)".
_LABEL_BRACKET = r"(?:\s*\((?P<br>[^()]{1,40})\))?"


def _bracket_role(bracket: str | None, role: str) -> str | None:
    """The role a label keeps given its bracket, or None when the bracket is not a label's."""
    if bracket is None or bracket.strip().isdigit():
        return role
    inner = _role_of(bracket)
    if inner is None:
        return None
    return "lead" if "lead" in (inner, role) else role


def _label_split(text: str) -> tuple[str | None, str]:
    """(role, rest) when a line starts with a partner label ("Lead partner: ...").

    The label may carry a bracket: "Projektträger (Lead-Partner):", "Partners (7)".
    """
    for role, section in ROLE_SECTIONS:
        alt = labels.alternation(section)
        m = re.match(
            r"^\W*(?:" + alt + r")" + _LABEL_BRACKET + r"\s*(?:[:：]|[-–]\s)\s*", text, re.I
        )
        if m and (kept := _bracket_role(m.group("br"), role)):
            return kept, text[m.end() :]
        m = re.fullmatch(r"\W*(?:" + alt + r")" + _LABEL_BRACKET + r"\s*[:：]?", text.strip(), re.I)
        if m and (kept := _bracket_role(m.group("br"), role)):
            return kept, ""
    return None, text


def heading_count(lay: Layout) -> tuple[int, int, int] | None:
    """(count, start, end) of a partner list heading that states its size: "Partners (7)".

    Only the general partner label counts (an "Associated partners (1)" heading counts
    associated partners, which the partner count leaves out).
    """
    pat = re.compile(
        r"^\W*(?:" + labels.alternation("partner_labels.partner") + r")\s*\((\d{1,3})\)\s*[:：]?$",
        re.I,
    )
    for line in lay.content_lines():
        m = pat.match(line.text)
        if m and int(m.group(1)) > 0:
            return int(m.group(1)), line.start, line.end
    return None


def _excluded(name: str) -> bool:
    n = name.strip()
    if len(n) < 2 or "@" in n or re.search(r"https?://|www\.", n, re.I):
        return True
    if labels.compiled("not_partners").fullmatch(n):
        return True
    if re.match(r"^(?:" + labels.alternation("contact_labels") + r")\b", n, re.I):
        return True
    return bool(labels.compiled("link_labels").fullmatch(n.rstrip(":")))


def parse_entry(text: str) -> tuple[str, str | None, str | None, bool] | None:
    """(name, country, city, country_derived) of one partner entry, or None.

    Handles "Name (AT)", "Name, City (Country)", "Name – Country", "Name, City, Country",
    "Name | Country | Role" and a bare name with a trailing known city.
    """
    t = re.sub(r"^[\s•·\-*▪]+", "", text).strip()
    if not t:
        return None
    if "|" in t:
        cells = [c.strip() for c in t.split("|") if c.strip()]
        if not cells:
            return None
        country = next((c for c in (_country(x) for x in cells[1:]) if c), None)
        return cells[0], country, None, False
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", t)
    if m and (code := _country(m.group(2))):
        name, city = m.group(1).strip(" ,"), None
        parts = [p.strip() for p in name.rsplit(",", 1)]
        if len(parts) == 2 and _city_country(parts[1]):
            name, city = parts
        return name, code, city, False
    m = re.fullmatch(r"(.+?)\s+[–—-]\s+([^–—-]{2,40})", t)
    if m and (code := _country(m.group(2))):
        return m.group(1).strip(), code, None, False
    parts = [p.strip() for p in t.split(",")]
    if len(parts) >= 2 and (code := _country(parts[-1])):
        city = parts[-2] if len(parts) >= 3 else None
        return ", ".join(parts[:-2] if city else parts[:-1]), code, city, False
    if len(parts) >= 2 and (code := _city_country(parts[-1])):
        return ", ".join(parts[:-1]), code, parts[-1], True
    return t, None, None, False


_DATED = re.compile(r"^\W*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b")


def ends_with_legal_form(text: str) -> bool:
    """Whether a name ends in a dotted legal form ("e.V.", "S.p.A.", "Sp. z o.o.", "Ltd.")."""
    last = text.split()[-1] if text.split() else ""
    if re.fullmatch(r"(?:[A-Za-zÀ-ÿ]{1,3}\.){2,}", last):
        return True
    return last.endswith(".") and " ".join(re.sub(r"[^\w]+", " ", last.lower()).split()) in (
        labels.legal_form_groups()
    )


def _entry_shape(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= _MAX_WORDS or len(text) > _MAX_ENTRY or _DATED.match(text):
        return False
    return not text.endswith(".") or ends_with_legal_form(text)


def split_entries(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the partners on one line: "A (FR), B (IT); C (FR)" gives three.

    Commas split only after a closing country bracket, so "Université de Turin, Département
    ..." stays one name; semicolons always split.
    """
    out: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r"(?<=\))\s*,\s*|\s*;\s*", text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    pieces = [(o, p) for o, p in out if p.strip()]
    return pieces or [(0, text)]


def _hit(line: Line, offset: int, rest: str, role: str, rule: str) -> PartnerHit | None:
    parsed = parse_entry(rest)
    if parsed is None:
        return None
    name, country, city, derived = parsed
    if _excluded(name) or not _entry_shape(name):
        return None
    start = line.start + offset
    return PartnerHit(
        Partner(name=name, country=country, role=role, city=city),
        start,
        start + len(rest.rstrip()),
        rule,
        derived,
    )


def listed_partners(lay: Layout) -> list[PartnerHit]:
    hits: list[PartnerHit] = []
    section_role: str | None = None  # role of the list we are in
    explicit = False  # opened by a list label (entries need no country)
    for line in lay.lines:
        if line.kind != CONTENT and section_role is None:
            continue
        role, rest = _label_split(line.text) if line.kind == CONTENT else (None, line.text)
        if role is not None:
            offset = len(line.text) - len(rest)
            if rest.strip():
                for sub, piece in split_entries(rest):
                    hit = _hit(line, offset + sub, piece, role, f"partners:label:{role}")
                    if hit:
                        hits.append(hit)
                section_role, explicit = ("partner", False) if role == "lead" else (role, False)
            else:
                # A lead heading alone on its line: the entry below it is the lead.
                section_role, explicit = role, True
            continue
        text = line.text
        if line.kind != CONTENT:
            # A menu, heading or footer line between lists ends the list ("Latest news").
            section_role, explicit = None, False
            continue
        if (
            re.search(r"[:：]\s*$", text)
            or re.match(r"^[^:]{1,40}:\s+\S", text)
            or len(text) > _MAX_ENTRY
        ):
            section_role, explicit = None, False
            continue
        parsed = parse_entry(text)
        has_country = bool(parsed and parsed[1])
        if section_role and (explicit or has_country):
            hit = _hit(line, 0, text, section_role, f"partners:list:{section_role}")
            if hit:
                hits.append(hit)
                if section_role == "lead":
                    section_role, explicit = "partner", False
                continue
        if section_role and not has_country and not explicit:
            section_role = None
        if section_role is None and has_country and re.search(r"\([A-Z]{2}\)\s*$", text):
            hit = _hit(line, 0, text, "partner", "partners:country-code-line")
            if hit:
                hits.append(replace(hit, partner=replace(hit.partner, confidence=0.9)))
    return _runs_only(hits)


def _runs_only(hits: list[PartnerHit]) -> list[PartnerHit]:
    """Unlabelled "Name (CC)" lines count only when there are at least two of them."""
    loose = [h for h in hits if h.rule == "partners:country-code-line"]
    return [h for h in hits if h.rule != "partners:country-code-line" or len(loose) >= 2]


def name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())


def merge(hits: list[PartnerHit]) -> list[PartnerHit]:
    """One partner per organisation: a lead listed again in the list stays one (lead)."""
    out: list[PartnerHit] = []
    index: dict[str, int] = {}
    for h in hits:
        k = name_key(h.partner.name)
        if k not in index:
            index[k] = len(out)
            out.append(h)
            continue
        old = out[index[k]]
        p = old.partner
        role = "lead" if "lead" in (p.role, h.partner.role) else p.role
        merged = replace(
            p, role=role, country=p.country or h.partner.country, city=p.city or h.partner.city
        )
        out[index[k]] = replace(old, partner=merged)
    return out


# ------------------------------------------------------------------ footer partner


def _number_after(label: str, text: str) -> re.Match[str] | None:
    return re.search(
        labels.phrase_pattern(label) + r"\s*[:.]?\s*([A-Z]{2})?U?\s?(\d[\d .]{6,}\d)", text, re.I
    )


def _vat(text: str) -> tuple[re.Match[str], str, bool] | None:
    """(match, implied country, is a VAT number) of a footer's VAT or company number.

    A company-register number (SIRET, KvK, C.F.) marks the footer but is not a VAT number.
    """
    for label, country in sorted(labels.vat_labels().items(), key=lambda kv: -len(kv[0])):
        if m := _number_after(label, text):
            return m, (m.group(1) or country or "").upper(), True
    for label in labels.phrases("registry_labels"):
        if m := _number_after(label, text):
            return m, "", False
    return None


def is_listed(owner: Partner, listed: list[Partner]) -> bool:
    """Whether a footer's publisher is already one of the listed partners."""
    return match_subject(owner.name, listed) is not None or any(
        name_key(owner.name) in name_key(p.name) for p in listed
    )


def footer_partner(lay: Layout) -> PartnerHit | None:
    """The page owner named in a footer with address and VAT number (confidence 0.6)."""
    from coopkg.countries import phone_country

    for line in lay.lines:
        if line.kind != FOOTER:
            continue
        found = _vat(line.text)
        if not found or labels.compiled("programme_bodies").search(line.text):
            continue  # a managing authority or secretariat signs the page: not a partner
        vat_match, vat_country, is_vat = found
        text = line.text
        street = re.search(
            r"(?:\d+[a-z]?,?\s+)?(?:(?:" + labels.alternation("street_words") + r")\s+\S"
            r"|(?<!\w)[\w\-]+(?:"
            + "|".join(map(re.escape, labels.phrases("street_suffixes")))
            + r")\s+\d)",
            text,
            re.I,
        )
        postcode = re.search(r"\b(\d{4,5})\s+([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)", text)
        cut = min(x.start() for x in (street, postcode, vat_match) if x is not None)
        name = text[:cut].strip(" ,-–|")
        if _excluded(name) or len(name.split()) < 2 or not name[0].isupper():
            continue
        city = address = None
        if postcode:
            city = postcode.group(2).split()[0]
            if street and street.start() < postcode.start():
                address = text[street.start() : postcode.start(2) + len(city)].strip()
        country = vat_country or phone_country(text) or (_city_country(city) if city else None)
        vat_number = re.sub(r"[ .]", "", vat_match.group(2)) if is_vat else None
        partner = Partner(
            name=name,
            country=country or None,
            role="partner",
            city=city,
            address=address,
            vat=vat_number,
            confidence=FOOTER_CONFIDENCE,
        )
        return PartnerHit(
            partner, line.start, line.start + len(name), "partners:footer-owner", False
        )
    return None


# ------------------------------------------------------------------ budget subjects


def _tokens(name: str) -> tuple[set[str], set[str]]:
    """(distinctive tokens, legal-form groups) of an organisation name."""
    norm = " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())
    forms = labels.legal_form_groups()
    groups = {
        g for form, g in forms.items() if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", norm)
    }
    words = {
        w for w in norm.split() if len(w) >= 4 and w not in forms and w not in {"the", "of", "and"}
    }
    return words, groups


def match_subject(subject: str, partners: list[Partner]) -> int | None:
    """Index of the partner a budget label's subject names, or None if unsure.

    Exact names match; otherwise the names must share a distinctive token and, when both
    carry a legal form, forms of the same kind (Kft = Ltd).
    """
    key = name_key(subject)
    for i, p in enumerate(partners):
        if name_key(p.name) == key or key in {name_key(a) for a in p.aliases}:
            return i
    s_words, s_groups = _tokens(subject)
    scored = []
    for i, p in enumerate(partners):
        p_words, p_groups = _tokens(p.name)
        shared = s_words & p_words
        if not shared:
            continue
        if s_groups and p_groups and not s_groups & p_groups:
            continue
        scored.append((len(shared), i))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None
