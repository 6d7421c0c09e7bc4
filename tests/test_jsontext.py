"""The fast records.json writer gives exactly the text of json.dumps(indent=2)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coopkg.extraction.jsontext import indented_json
from coopkg.records import Evidence, Indicator, Partner, ProjectRecord

# Titles written for this test in the styles of project pages, eight languages.
TITLES = (
    "Green harbours for the Baltic coast",
    "Réseau transfrontalier «Santé & Montagne»",
    'Grenzüberschreitende Wärmenetze – Pilotphase "Süd"',
    "Valorizzazione dei borghi alpini: l'eredità dei mulini",
    "Cooperación rural en la Raya ibérica (fase II)",
    "Współpraca uczelni na pograniczu polsko-czeskim",
    "Trans-border river care\twith tabs\nand newlines \\ backslash",
    "Διασυνοριακό δίκτυο για τον πολιτισμό",
    "Přeshraniční cyklostezky v Krkonoších",
    "Control \x01 character and emoji 🌍",
)


def _record(title: str, number: int) -> ProjectRecord:
    return ProjectRecord(
        f"notices/{number:03d}.html",
        language="en",
        title=title,
        acronym=f"AC{number}" if number % 2 else None,
        start_date=dt.date(2020, 1, number + 1),
        end_date=None,
        eu_funding_eur=1234567.5 if number % 3 else None,
        total_budget_eur=float(number) * 1e16,
        cofinancing_rate=0.85,
        partner_count=number,
        partners=(
            Partner(f"{title} partner", country="AT", role="lead"),
            *((Partner("Zweiter Partner GmbH", aliases=("Second",)),) if number % 2 else ()),
        ),
        countries=("AT", "DE") if number % 2 else (),
        indicators=(Indicator("Jobs créés", 12.0, language="fr"),) if number % 4 == 0 else (),
        derived=("status",) if number % 2 else (),
        evidence=(
            Evidence("title", title, 0, len(title), title, "title:h1", 0.95),
            Evidence("partner_count", str(number), 3, 4, "3", "count", 0.5, True, 7, 8, "3"),
        ),
        sha256="ab" * 32,
    )


@pytest.mark.parametrize("number", range(len(TITLES)))
def test_indented_json_is_the_text_json_dumps_gives(number: int) -> None:
    record = _record(TITLES[number], number)
    expected = json.dumps(record.to_json(), ensure_ascii=False, indent=2)
    assert indented_json(record) == expected


def test_values_json_spells_itself_are_left_to_json() -> None:
    # A value a record does not normally hold (a string subclass, infinities) still
    # gives the standard library's text.
    class Name(str):
        pass

    record = ProjectRecord(
        "x.txt",
        title=Name("Nom"),
        eu_funding_eur=float("inf"),
        total_budget_eur=float("nan"),
        cofinancing_rate=-float("inf"),
    )
    assert indented_json(record) == json.dumps(record.to_json(), ensure_ascii=False, indent=2)
    assert indented_json(ProjectRecord("empty.txt")) == json.dumps(
        ProjectRecord("empty.txt").to_json(), ensure_ascii=False, indent=2
    )
