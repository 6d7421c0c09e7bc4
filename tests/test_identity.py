"""IRI minting: stable, safe, configurable, and reusing EU IRIs."""

from __future__ import annotations

import pytest

from coopkg.graph import identity
from coopkg.graph.identity import Minter


def test_same_key_same_iri_and_base_is_configurable() -> None:
    assert str(Minter().project("interreg-ivc-clusterix")) == (
        "https://w3id.org/coopkg/id/project/interreg-ivc-clusterix"
    )
    custom = Minter("https://example.org/kg/")
    assert (
        str(custom.organisation("at-ecoplus")) == "https://example.org/kg/organisation/at-ecoplus"
    )


def test_unsafe_keys_are_percent_encoded() -> None:
    iri = str(Minter().organisation("hu nyugat/pannon <x>"))
    assert iri == "https://w3id.org/coopkg/id/organisation/hu%20nyugat%2Fpannon%20%3Cx%3E"


def test_base_must_end_with_separator() -> None:
    with pytest.raises(ValueError, match="must end with"):
        Minter("https://example.org/kg")


def test_reused_eu_iris() -> None:
    assert str(identity.nuts_iri("at12")) == "http://data.europa.eu/nuts/code/AT12"
    assert (
        str(identity.country_iri("aut"))
        == "http://publications.europa.eu/resource/authority/country/AUT"
    )
    assert (
        str(identity.programme_iri("interreg-ivc"))
        == "https://w3id.org/coopkg/programme/interreg-ivc"
    )


def test_evidence_iris_are_per_notice_field_and_index() -> None:
    m = Minter()
    assert m.evidence("abc", "title", 0) != m.evidence("abc", "title", 1)
    assert str(m.evidence("abc", "title", 0)).startswith(str(m.notice("abc")) + "/")
