"""Partner grids: a table whose heading row names the partner column and its role or
country column is read row by row (the name from its column, lead from the role cell,
the country from its cell) and its heading row is never a partner. Every text is written
for the test, in the layouts programme sites use: an HTML table with <th> headings, a
table pasted as text with tabs, a Markdown table."""

from __future__ import annotations

import datetime as dt

import pytest

from coopkg.extraction import extract_record
from coopkg.extraction.partners import grid_columns
from coopkg.read.normalise import normalise_text
from coopkg.read.notices import notice_from_text

TODAY = dt.date(2025, 1, 1)


def _html(title: str, heading: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    th = "".join(f"<th>{c}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f"<html><body><h1>{title}</h1><h2>{heading}</h2>"
        f"<table><tr>{th}</tr>{trs}</table></body></html>"
    )


def _partners(text: str, media_type: str) -> list[tuple[str, str | None, str | None]]:
    notice = notice_from_text(text, "grid", media_type)
    record = extract_record(notice, today=TODAY)
    return [(p.name, p.role, p.country) for p in record.partners]


# (language, heading of the section, column headings, rows, expected partners)
GRIDS = [
    (
        "en",
        "Partners",
        ("Organisation", "Role", "Country"),
        [
            ("Viljandi Environmental Board", "Lead partner", "Estonia"),
            ("Latvian Nature Fund", "Partner", "Latvia"),
            ("Uppsala County Administrative Board", "Partner", "Sweden"),
        ],
        [
            ("Viljandi Environmental Board", "lead", "EE"),
            ("Latvian Nature Fund", "partner", "LV"),
            ("Uppsala County Administrative Board", "partner", "SE"),
        ],
    ),
    (
        "it",
        "Partenariato",
        ("Ruolo", "Ente", "Paese"),
        [
            ("Capofila", "Comune di Bormio", "Italia"),
            ("Partner", "Gemeinde Scuol", "Svizzera"),
            ("Partner", "Provincia di Belluno", "Italia"),
        ],
        [
            ("Comune di Bormio", "lead", "IT"),
            ("Gemeinde Scuol", "partner", "CH"),
            ("Provincia di Belluno", "partner", "IT"),
        ],
    ),
    (
        "de",
        "Projektpartner",
        ("Partner", "Rolle", "Land"),
        [
            ("Landkreis Meißen", "Leadpartner", "Deutschland"),
            ("Město Liberec", "Partner", "Tschechien"),
        ],
        [("Landkreis Meißen", "lead", "DE"), ("Město Liberec", "partner", "CZ")],
    ),
    (
        "fr",
        "Partenaires du projet",
        ("Partenaire", "Rôle", "Pays"),
        [
            ("Communauté de communes du Pays de Gex", "Chef de file", "France"),
            ("Canton de Genève", "Partenaire", "Suisse"),
        ],
        [
            ("Communauté de communes du Pays de Gex", "lead", "FR"),
            ("Canton de Genève", "partner", "CH"),
        ],
    ),
    (
        "et",
        "Partnerid",
        ("Partner", "Roll", "Riik"),
        [
            ("Pärnu Linnavalitsus", "Juhtpartner", "Eesti"),
            ("Liepājas pilsētas pašvaldība", "Partner", "Läti"),
        ],
        [("Pärnu Linnavalitsus", "lead", "EE"), ("Liepājas pilsētas pašvaldība", "partner", "LV")],
    ),
    (
        "el",
        "Εταίροι",
        ("Εταίρος", "Ρόλος", "Χώρα"),
        [
            ("Δήμος Καβάλας", "Επικεφαλής εταίρος", "Ελλάδα"),
            ("Община Смолян", "Εταίρος", "Βουλγαρία"),
        ],
        [("Δήμος Καβάλας", "lead", "GR"), ("Община Смолян", "partner", "BG")],
    ),
    (
        "pl",
        "Partnerzy projektu",
        ("Partner", "Rola", "Kraj"),
        [
            ("Gmina Bogatynia", "Partner wiodący", "Polska"),
            ("Stadt Bautzen", "Partner", "Niemcy"),
        ],
        [("Gmina Bogatynia", "lead", "PL"), ("Stadt Bautzen", "partner", "DE")],
    ),
    (
        "lv",
        "Partneri",
        ("Partneris", "Loma", "Valsts"),
        [
            ("Valmieras novada pašvaldība", "Vadošais partneris", "Latvija"),
            ("Võru Vallavalitsus", "Partneris", "Igaunija"),
        ],
        [
            ("Valmieras novada pašvaldība", "lead", "LV"),
            ("Võru Vallavalitsus", "partner", "EE"),
        ],
    ),
    (
        "hu",
        "Partnerek",
        ("Partner", "Szerep", "Ország"),
        [
            ("Győr-Moson-Sopron Vármegyei Önkormányzat", "Vezető partner", "Magyarország"),
            ("Land Burgenland", "Partner", "Ausztria"),
        ],
        [
            ("Győr-Moson-Sopron Vármegyei Önkormányzat", "lead", "HU"),
            ("Land Burgenland", "partner", "AT"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "heading", "head", "rows", "expected"), GRIDS, ids=[g[0] for g in GRIDS]
)
def test_an_html_partner_grid_is_read_row_by_row(lang, heading, head, rows, expected) -> None:
    html = _html("Green Borders", heading, head, rows)
    found = _partners(html, "text/html")
    assert found == expected
    assert not any(name in head for name, _, _ in found)  # the heading row is no partner


@pytest.mark.parametrize(
    ("lang", "heading", "head", "rows", "expected"), GRIDS[:4], ids=[g[0] for g in GRIDS[:4]]
)
def test_a_grid_pasted_as_text_with_tabs_is_read_like_the_html_one(
    lang, heading, head, rows, expected
) -> None:
    lines = ["Green Borders", "", heading, "\t".join(head), *("\t".join(r) for r in rows)]
    assert _partners("\n".join(lines), "text/plain") == expected


def test_a_markdown_grid_is_read_like_the_html_one() -> None:
    _, heading, head, rows, expected = GRIDS[0]
    table = [
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
        *("| " + " | ".join(r) + " |" for r in rows),
    ]
    text = "\n".join(["# Green Borders", "", f"## {heading}", "", *table])
    assert _partners(text, "text/markdown") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Partner | Role | Country", (3, 0, 1, 2)),
        ("Ruolo | Ente | Paese", (3, 1, 0, 2)),
        ("Beneficiary | Town | Budget", (3, 0, None, None)),
        # A two-name row, a label/value pair, a data row and a row of unknown words: no grid.
        ("Partner | Partners", None),
        ("Country | Estonia", None),
        ("Viljandi Environmental Board | Lead partner | Estonia", None),
        ("Activity | Month | Output", None),
        ("Partner 1 | Role | Country", None),
        ("Partners: A, B and C", None),
    ],
)
def test_grid_columns_need_a_partner_column_and_another_known_one(line, expected) -> None:
    columns = grid_columns(line)
    got = None if columns is None else (columns.width, columns.name, columns.role, columns.country)
    assert got == expected


def test_rows_of_another_width_end_the_grid() -> None:
    html = (
        "<html><body><h1>Green Borders</h1><table>"
        "<tr><th>Partner</th><th>Country</th></tr>"
        "<tr><td>Viljandi Environmental Board</td><td>Estonia</td></tr>"
        "<tr><td>Latvian Nature Fund</td><td>Latvia</td></tr>"
        "</table><p>Total budget: 1 200 000 EUR</p>"
        "<table><tr><th>Activity</th><th>Month</th><th>Output</th></tr>"
        "<tr><td>Restoration plan</td><td>6</td><td>Report</td></tr></table>"
        "</body></html>"
    )
    found = _partners(html, "text/html")
    assert [n for n, _, _ in found] == ["Viljandi Environmental Board", "Latvian Nature Fund"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Role\tOrganisation\tCountry", "Role | Organisation | Country"),
        (
            "Lead partner\t\tViljandi Environmental Board \tEstonia",
            "Lead partner | Viljandi Environmental Board | Estonia",
        ),
        # Two cells are as often a label and its value: one space, as before.
        ("Total budget:\t1 200 000 EUR", "Total budget: 1 200 000 EUR"),
        ("\tIndented  line", "Indented line"),
    ],
)
def test_tabs_between_three_or_more_cells_keep_the_cells_apart(line, expected) -> None:
    assert normalise_text(line) == expected
