"""A notice's results hold no label lines; themes never come from one stray keyword."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.sections import is_fact_line
from coopkg.link.themes import score_themes
from coopkg.read.notices import notice_from_text, read_notice
from coopkg.records import ProjectRecord

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_results_stop_at_the_facts_block() -> None:
    record = extract_record(read_notice(SEEDS / "clusterix_en.txt"))
    assert record.results == (
        "Manual of Good Practices (dropbox link(English)",
        "Policy Recommendations (dropbox link(English)",
        "Materials of the ClusteriX Cluster Master CourseGyőr",
        "Western Transdanubian Regional Action Plan (Hungarian)",
    )


@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Funding program: INTERREG IVC", True),
        ("Lead partner: ecoplus. The Business Agency of Lower Austria (AT)", True),
        ("Project duration: 1st January 2012 – 31st December 2014", True),
        ("ERDF funding: 1 687 872,00 EUR", True),
        ("Manual of Good Practices", False),
        ("Outcome: a shared action plan for ports", False),
    ],
)
def test_fact_lines(line: str, fact: bool) -> None:
    assert is_fact_line(line) is fact


@pytest.mark.parametrize(
    "text",
    [
        "Regional coalitions were formed to share experience.",  # not "coal"
        "The partners built networks of regional agencies.",  # one generic keyword
    ],
)
def test_one_stray_keyword_gives_no_theme(text: str) -> None:
    assert score_themes(ProjectRecord(source="x", description=text)) == ()


def test_a_repeated_or_confirmed_theme_is_kept() -> None:
    coal = "Coal regions close coal mines and coal plants in a just transition."
    assert [t.theme_id for t in score_themes(ProjectRecord(source="x", description=coal))] == [
        "traditional-energy"
    ]


def test_partner_names_give_no_theme_keyword() -> None:
    notice = notice_from_text(
        "PORTNET - Port network\n\nProject acronym: PORTNET\nProgramme: Interreg Europe\n"
        "Lead partner: Stadt Kiel (DE)\nPartner: University of Gdansk (PL)\n"
        "Partner: Hafen Stadt Rostock Agentur (DE)\n\n"
        "The project improves how small ports plan their hinterland connections together, "
        "with pilot actions in two harbours and a joint action plan for the Baltic Sea.\n",
        "portnet.txt",
    )
    record = extract_record(notice)
    assert not {"University", "Stadt", "university", "stadt"} & set(record.themes)
