"""Legal forms come from cleanco plus a short table of EU forms it lacks."""

from __future__ import annotations

import pytest

from coopkg.link.organisations import EXTRA_LEGAL_FORMS, legal_forms, normalise_org_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ikerlan S. Coop.", "ikerlan"),  # cleanco (Spain)
        ("Telenor ASA", "telenor"),  # cleanco (Norway)
        ("Matis ohf.", "matis"),  # cleanco (Iceland)
        ("Siaxampanis E.E.", "siaxampanis"),  # cleanco (Greece)
        ("Borg & Co AB", "borg"),  # "co", then "ab": the "and" left behind goes too
        ("ECM Lithium AT GmbH", "ecm lithium at"),  # "at" is never a form
        ("Swarco Peek NL BV", "swarco peek nl"),  # nor "nl"
        ("Friuli Innovazione S.c.a.r.l.", "friuli innovazione"),  # the EU table
        ("Stiftung Xyz gGmbH", "stiftung xyz"),  # the EU table
        ("GmbH Ostbahn", "ostbahn"),  # a leading GmbH
        ("GmbH", "gmbh"),  # a name that is only a form stays
        ("AB & Co", "ab"),
    ],
)
def test_normalise_org_name(name: str, expected: str) -> None:
    assert normalise_org_name(name) == expected


def test_extra_forms_are_ones_cleanco_lacks() -> None:
    from cleanco import termdata

    from coopkg.link.organisations import _plain

    cleanco_forms = {
        _plain(t)
        for table in (termdata.terms_by_country, termdata.terms_by_type)
        for forms in table.values()
        for t in forms
    }
    assert not EXTRA_LEGAL_FORMS & cleanco_forms
    forms = legal_forms()
    assert list(forms) == sorted(forms, key=lambda f: (-len(f), f))
    assert {"gmbh", "s coop", "asa", "societa per azioni"} <= set(forms)
    assert not {"at", "nl", "da", "et", "de"} & set(forms)


def test_which_cleanco_lists_are_used() -> None:
    from coopkg.link.organisations import _legal_forms

    forms = _legal_forms()  # uncached: what legal_forms() computes once
    assert forms == legal_forms()
    assert {"gbr", "ead", "cvba"} <= set(forms)  # European countries' lists
    assert {"inc", "corporation", "llc"} <= set(forms)  # the generic types
    assert not {"pte ltd", "pvt ltd", "s a de c v", "eirl"} & set(forms)  # other countries
    assert set(forms) >= EXTRA_LEGAL_FORMS
    assert list(forms) == sorted(forms, key=lambda f: (-len(f), f))
    assert "" not in forms
