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
from coopkg.extraction.layout import FOOTER, Layout, Line
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


def _label_split(text: str) -> tuple[str | None, str]:
    """(role, rest) when a line starts with a partner label ("Lead partner: ...")."""
    for role, section in ROLE_SECTIONS:
        m = re.match(
            r"^\W*(?:" + labels.alternation(section) + r")\s*(?:[:：]|[-–]\s)\s*", text, re.I
        )
        if m:
            return role, text[m.end() :]
        if labels.compiled(section).fullmatch(text.strip().rstrip(":：").strip()):
            return role, ""
    return None, text


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


def _entry_shape(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_WORDS and len(text) <= _MAX_ENTRY and not text.endswith(".")


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
    for line in lay.content_lines():
        role, rest = _label_split(line.text)
        if role is not None:
            offset = len(line.text) - len(rest)
            if rest.strip():
                for piece in re.split(r"\s*;\s*", rest.strip()):
                    sub = rest.find(piece)
                    hit = _hit(line, offset + max(sub, 0), piece, role, f"partners:label:{role}")
                    if hit:
                        hits.append(hit)
                section_role, explicit = ("partner", False) if role == "lead" else (role, False)
            else:
                section_role, explicit = ("partner" if role == "lead" else role), role != "lead"
            continue
        text = line.text
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


def _vat(text: str) -> tuple[re.Match[str], str] | None:
    for label, country in sorted(labels.vat_labels().items(), key=lambda kv: -len(kv[0])):
        m = re.search(
            labels.phrase_pattern(label) + r"\s*[:.]?\s*([A-Z]{2})?U?\s?(\d[\d .]{6,}\d)",
            text,
            re.I,
        )
        if m:
            return m, (m.group(1) or country or "").upper()
    return None


def footer_partner(lay: Layout) -> PartnerHit | None:
    """The page owner named in a footer with address and VAT number (confidence 0.6)."""
    from coopkg.countries import phone_country

    for line in lay.lines:
        if line.kind != FOOTER:
            continue
        found = _vat(line.text)
        if not found:
            continue
        vat_match, vat_country = found
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
        vat_number = re.sub(r"[ .]", "", vat_match.group(2))
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
