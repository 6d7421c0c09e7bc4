"""The one place that mints IRIs.

Data resources (projects, organisations, participations, notices, evidence) get IRIs under
a configurable base; vocabulary concepts (programmes, periods, themes, roles, statuses,
cooperation areas) live under coopkg's fixed vocabulary namespaces; regions, countries and
languages reuse the EU's own IRIs (NUTS, EU authority tables) instead of minting new ones.

The same keys always give the same IRIs: keys come from the linker (organisation and
project keys) or from content (a notice's SHA-256), never from counters or clocks.
Nothing else in coopkg concatenates IRI strings.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/coopkg/id/"
VOCAB_BASE = "https://w3id.org/coopkg/"
NUTS_BASE = "http://data.europa.eu/nuts/code/"
NUTS_SCHEME_BASE = "http://data.europa.eu/nuts/scheme/"
COUNTRY_BASE = "http://publications.europa.eu/resource/authority/country/"
LANGUAGE_BASE = "http://publications.europa.eu/resource/authority/language/"
EU_PROGRAMME_BASE = "http://publications.europa.eu/resource/authority/eu-programme/"

_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")


_WEB_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+(?::\d+)?$")


def web_iri(text: str) -> URIRef | None:
    """A web address as an absolute IRI, or None when it is not one.

    A written address without a scheme gets ``https://`` (a bare ``www.x.eu/...`` would
    otherwise become an IRI relative to wherever the graph file lies); characters an IRI
    cannot hold are percent-encoded; other schemes (``javascript:``, ``file:``) give None.

    >>> web_iri("www.interregeurope.eu/clusterix")
    rdflib.term.URIRef('https://www.interregeurope.eu/clusterix')
    >>> web_iri("javascript:alert(1)") is None
    True
    """
    value = text.strip()
    if value.startswith("//"):
        value = "https:" + value
    match = _WEB_SCHEME.match(value)
    if match is None or (match.group(1).lower() not in ("http", "https") and "." in match.group(1)):
        value = "https://" + value
    elif match.group(1).lower() not in ("http", "https"):
        host = value.split("/", 1)[0]
        if not _HOST.match(host):
            return None
        value = "https://" + value  # "example.eu:8080/x" is a host and a port
    scheme, _, rest = value.partition("://")
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if not _HOST.match(host.rsplit("@", 1)[-1]):
        return None
    safe = "/:?#[]@!$&'()*+,;=%-._~"
    return URIRef(f"{scheme.lower()}://{quote(rest, safe=safe)}")


@functools.lru_cache(maxsize=1 << 16)
def _segment(key: str) -> str:
    """A key as one safe path segment (keys are slugs already; this guards the rest).

    Cached: a build mints IRIs from the same keys (a notice's hash, a project's key,
    field names) many times.
    """
    key = key.strip()
    if _UNSAFE.search(key):
        return quote(key, safe="-._~")
    return key


@dataclass(frozen=True, slots=True)
class Minter:
    """Mints the IRIs of one build. ``base`` must end with ``/`` or ``#``."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"base IRI must end with '/' or '#': {self.base!r}")

    def _data(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(_segment(p) for p in parts))

    def project(self, key: str) -> URIRef:
        return self._data("project", key)

    def organisation(self, key: str) -> URIRef:
        return self._data("organisation", key)

    def participation(self, project_key: str, organisation_key: str) -> URIRef:
        return self._data("participation", project_key, organisation_key)

    def notice(self, sha256: str) -> URIRef:
        return self._data("notice", sha256)

    def extraction(self, sha256: str) -> URIRef:
        return self._data("notice", sha256, "extraction")

    def evidence(self, sha256: str, field: str, index: int) -> URIRef:
        return self._data("notice", sha256, "evidence", field, str(index))

    def indicator(self, project_key: str, index: int) -> URIRef:
        return self._data("project", project_key, "indicator", str(index))

    def theme_assignment(self, project_key: str, theme_id: str) -> URIRef:
        return self._data("project", project_key, "theme", theme_id)

    def correction(self, project_key: str, number: int) -> URIRef:
        """A correction applied to a project: ``number`` is its place in the corrections file."""
        return self._data("project", project_key, "correction", str(number))

    def graph(self) -> URIRef:
        """The named graph a build is pushed to."""
        return self._data("graph")


def programme_iri(programme_id: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}programme/{_segment(programme_id)}")


def period_iri(period: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}period/{_segment(period)}")


def theme_iri(theme_id: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}theme/{_segment(theme_id)}")


def role_iri(role: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}role/{_segment(role)}")


def status_iri(status: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}status/{_segment(status)}")


def area_iri(area_id: str) -> URIRef:
    return URIRef(f"{VOCAB_BASE}area/{_segment(area_id)}")


def nuts_iri(code: str) -> URIRef:
    return URIRef(NUTS_BASE + _segment(code.upper()))


def nuts_scheme_iri(version: str) -> URIRef:
    return URIRef(NUTS_SCHEME_BASE + _segment(version))


def country_iri(alpha3: str) -> URIRef:
    """EU authority-table country IRI from an ISO 3166-1 alpha-3 code."""
    return URIRef(COUNTRY_BASE + _segment(alpha3.upper()))


def language_iri(iso639_2: str) -> URIRef:
    return URIRef(LANGUAGE_BASE + _segment(iso639_2.upper()))


def eu_programme_iri(code: str) -> URIRef:
    return URIRef(EU_PROGRAMME_BASE + _segment(code))
