# ruff: noqa: E501  (notice texts keep their real long lines)
"""The assembled record: whole notices in several languages, traps, robustness, seed score."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopkg.extraction import explain, extract_record
from coopkg.records import Notice

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures" / "notices"
TODAY = dt.date(2025, 1, 1)


def _record(text: str, source: str = "t.txt"):
    return extract_record(Notice(source=source, text=text), today=TODAY)


KEEP_EN = """Search for European Projects

Harbour Energy Network (HarbEN)
Start date: Mar 1, 2016, End date: Feb 28, 2019 PROJECT  FINISHED

The HarbEN project connects port authorities and energy agencies around the North Sea to plan shore power, share good practices on renewable energy in ports and train technicians. Partners prepared investment plans, piloted smart grids in three harbours and published a guide for port managers across the region.

Looking for a partnership?
Have a look at
Ma Région Sud!

  • 50%   1 200 000,00
  • 2014 - 2020 Interreg VB North Sea
  • Project on KEEP Platform
Project Website

7 Partners Participants
"""

PARTNER_SITE_DE = """Das SmartAlp-Projekt unterstützt Gemeinden im Alpenraum bei der Planung klimafreundlicher Mobilität. Gemeinsam mit Partnern aus fünf Ländern wurden Pilotaktionen umgesetzt, Schulungen angeboten und eine Plattform für den Austausch bewährter Verfahren aufgebaut, die Gemeinden und Unternehmen nutzen.
Kontakt: Dr. Anna Huber, anna.huber@example.at
Innovationsagentur Tirol GmbH Maria-Theresien-Straße 5, 6020 Innsbruck Tel +43 512 123456 UID ATU12345678 Stammkapital € 35.000
Diese Website verwendet Cookies
"""


def test_keep_listing_english_with_traps() -> None:
    r = _record(KEEP_EN)
    assert (r.title, r.acronym) == ("Harbour Energy Network", "HarbEN")
    assert (r.start_date, r.end_date, r.status) == (
        dt.date(2016, 3, 1),
        dt.date(2019, 2, 28),
        "finished",
    )
    assert "Ma Région Sud" not in r.regions and r.partners == () and r.website is None
    assert r.language == "en" and r.page_language is None
    assert r.cofinancing_rate == 0.5 and r.eu_funding_eur == 1200000.0
    assert r.total_budget_eur == 2400000.0 and "total_budget_eur" in r.derived
    assert r.period == "2014-2020" and "period" not in r.derived
    assert r.programme is not None and "North Sea" in r.programme


def test_partner_site_footer_contact_and_capital() -> None:
    r = _record(PARTNER_SITE_DE)
    assert r.acronym == "SmartAlp" and r.language == "de"
    assert [(p.name, p.country, p.city, p.vat, p.confidence) for p in r.partners] == [
        ("Innovationsagentur Tirol GmbH", "AT", "Innsbruck", "ATU12345678"[3:], 0.6)
    ]
    assert r.eu_funding_eur is None and r.total_budget_eur is None
    assert r.title is None and r.status is None


def test_every_value_has_evidence_and_explain_rows() -> None:
    r = _record(KEEP_EN)
    fields_with_values = {
        name
        for name in ("title", "acronym", "start_date", "end_date", "status", "programme", "period")
        if getattr(r, name) is not None
    }
    assert fields_with_values <= {e.field for e in r.evidence}
    rows = explain(r, Notice(source="t.txt", text=KEEP_EN))
    assert rows[0][0] == "title" and rows[0][1] == "Harbour Energy Network"
    assert all(0 < row[4] <= 1 for row in rows)
    derived_rows = [row for row in rows if row[3].endswith("(derived)")]
    assert derived_rows and all(row[4] <= 0.5 for row in derived_rows)


def test_programme_budget_and_publication_date_are_not_project_facts() -> None:
    text = (
        "Publié le 3 mars 2021\n\nLe projet ReSEAU relie les villes portuaires de l'Espace Atlantique "
        "pour partager des pratiques de gestion de l'eau. Le programme dispose d'un budget de 185 000 000 EUR "
        "pour l'ensemble des projets approuvés lors de cet appel, et les partenaires travaillent ensemble.\n"
    )
    r = _record(text)
    assert r.acronym == "ReSEAU"
    assert (r.start_date, r.end_date, r.eu_funding_eur, r.total_budget_eur) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_notices(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = _record(path.read_text(encoding="utf-8"), path.name).to_json()
    for key, value in expected.items():
        if key == "partners":
            assert [[p["name"], p["country"], p["role"]] for p in got["partners"]] == value
        elif key == "programme_contains":
            assert value in (got["programme"] or "")
        else:
            assert got[key] == value, key


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extract_record_never_raises(text: str) -> None:
    r = extract_record(Notice(source="x.txt", text=text), today=TODAY)
    assert r.source == "x.txt"
    for e in r.evidence:
        assert 0 <= e.start <= e.end <= len(text)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent")
def test_seed_score(tmp_path: Path) -> None:
    from coopkg.read.notices import read_notice

    records = [
        extract_record(read_notice(p)).to_json() for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    out = tmp_path / "out.json"
    out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score_extraction.py"),
            str(SHARED / "gold"),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    precision = float(score[-2].split()[2])
    f1 = float(score[-1].split()[-1])
    assert f1 >= 0.97, "\n".join(score)
    assert precision >= 0.98, "\n".join(score)
