"""Export importers: detection, mapping into records, identity and conflicts, the build hook.

Fixtures under tests/fixtures/exports are small tables written for these tests in each
source's column layout (names and numbers invented). Tests marked ``shared`` read the real
files of ../shared/data and are skipped when it is absent.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from coopkg.errors import InputError
from coopkg.link import Mention, link_records, resolve_organisations
from coopkg.read.exports import detect_kind, import_export, is_export
from coopkg.read.exports.registry import kind_names
from coopkg.read.exports.tables import parse_amount, parse_date, read_table
from coopkg.records import Partner, ProjectRecord

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "exports"
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared",
)
DATA = SHARED / "data"
needs_shared = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is absent")


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# ------------------------------------------------------------------ detection


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("cordis_json/project.json", "cordis"),
        ("cordis_json/organization.json", "cordis"),
        ("cordis_csv/project.csv", "cordis"),
        ("participations.csv", "cordis-participations"),
        ("interreg_se.json", "interreg-se"),
        ("keep_projects.csv", "keep-projects"),
        ("keep_partners.csv", "keep-partners"),
        ("kohesio.tsv", "kohesio-beneficiaries"),
        ("operations_fi.csv", "fi-eura2014"),
        ("operations_hr.csv", "hr-esif"),
        ("operations_dk.csv", "dk-erdf"),
        ("operations_el.csv", "el-operations"),
        ("grants_no.csv", "no-h2020-grants"),
    ],
)
def test_kind_is_detected_from_columns(name: str, kind: str) -> None:
    assert detect_kind(read_table(FIXTURES / name).columns) == kind


def test_unknown_table_names_file_and_columns() -> None:
    with pytest.raises(InputError) as caught:
        import_export(FIXTURES / "unknown.csv")
    message = str(caught.value)
    assert message.startswith(str(FIXTURES / "unknown.csv") + ": unknown export layout")
    assert "'Name', 'Colour', 'Weight'" in message


def test_exports_are_told_from_notices() -> None:
    assert is_export(FIXTURES / "kohesio.tsv")
    assert not is_export(ROOT / "seeds")
    assert "keep-partners" in kind_names() and "cordis" in kind_names()


def test_amounts_and_dates_in_national_conventions() -> None:
    assert parse_amount("1.000.000,00 kn") == 1000000.0
    assert parse_amount("2,000,000.00") == 2000000.0
    assert parse_amount("18,13 %") == 18.13
    assert parse_amount("") is None
    assert parse_date("01/02/2017").isoformat() == "2017-02-01"
    assert parse_date("2020-06-01 00:00:00").isoformat() == "2020-06-01"
    assert parse_date("31.13.2015") is None
    assert parse_date("31. Dez 18") is None  # month names only in the languages a map names
    assert parse_date("31. Dez 18", languages=("de",)).isoformat() == "2018-12-31"


# ------------------------------------------------------------------ CORDIS


def test_cordis_pair_gives_projects_with_partners_and_roles() -> None:
    imported = import_export(FIXTURES / "cordis_json" / "project.json")
    assert [r.acronym for r in imported.records] == ["LUMINA", "GRIDWISE"]
    lumina = imported.records[0]
    assert lumina.source == f"{FIXTURES / 'cordis_json' / 'project.json'}#/0"
    assert (lumina.start_date.isoformat(), lumina.end_date.isoformat()) == (
        "2019-01-01",
        "2022-12-31",
    )
    assert (lumina.eu_funding_eur, lumina.total_budget_eur, lumina.status) == (
        2400000.5,
        3000000.0,
        "finished",
    )
    assert [(p.name, p.country, p.role) for p in lumina.partners] == [
        ("Nordvik University", "SE", "lead"),
        ("Helios Lighting SA", "GR", "partner"),
        ("Marsh Institute", "GB", "third-party"),
        ("Fjord Energy Agency", "NO", "associated"),
    ]
    assert lumina.partners[0].ids == ("pic:911000001", "vat:SE202100999901")
    assert lumina.partners[0].aliases == ("NVU",)
    assert lumina.ids == ("cordis:900001",)
    roles = [e for e in lumina.evidence if e.field == "partner_role"]
    assert [(e.value, e.quote.rsplit("/", 2)[-2:]) for e in roles][2] == (
        "thirdParty",
        ["organization.json#", "2"],
    )
    gridwise = imported.records[1]
    assert gridwise.total_budget_eur is None and gridwise.status == "ongoing"


def test_cordis_csv_and_xlsx_read_like_json(tmp_path: Path) -> None:
    from_json = import_export(FIXTURES / "cordis_json" / "organization.json").records
    from_csv = import_export(FIXTURES / "cordis_csv" / "organization.csv").records
    openpyxl = pytest.importorskip("openpyxl")
    for name in ("project", "organization"):
        book = openpyxl.Workbook()
        sheet = book.active
        rows = list(
            csv.reader(
                (FIXTURES / "cordis_csv" / f"{name}.csv").open(encoding="utf-8"), delimiter=";"
            )
        )
        for row in rows:
            sheet.append(row)
        book.save(tmp_path / f"{name}.xlsx")
    from_xlsx = import_export(tmp_path / "project.xlsx").records

    def facts(records: tuple[ProjectRecord, ...]) -> list[tuple]:
        return [
            (r.acronym, r.title, r.start_date, r.eu_funding_eur, r.total_budget_eur,
             [(p.name, p.country, p.role, p.ids, p.partner_budget_eur) for p in r.partners])
            for r in records
        ]  # fmt: skip

    assert facts(from_csv) == facts(from_json)
    assert facts(from_xlsx) == facts(from_json)


def test_cordis_ids_keep_two_organisations_of_one_name_apart() -> None:
    records = import_export(FIXTURES / "cordis_json" / "project.json").records
    linked = link_records(records, themes=())
    gridwise = linked.records[1]
    # NORDVIK UNIVERSITY (same PIC as "Nordvik University") joins it; the two
    # "Gridwise Systems AB" have different PICs and stay two organisations.
    assert gridwise.organisation_ids[0] == linked.records[0].organisation_ids[0]
    assert gridwise.organisation_ids[1] != gridwise.organisation_ids[2]
    assert len(linked.organisations) == 6
    rejected = [m for m in linked.merges if not m.accepted]
    assert {(m.left, m.right, m.reason) for m in rejected} == {
        ("Gridwise Systems AB", "Gridwise Systems AB", "different pic")
    }


def test_participations_without_names_merge_with_named_cordis_by_pic() -> None:
    named = import_export(FIXTURES / "cordis_json" / "project.json").records
    compact = import_export(FIXTURES / "participations.csv").records
    assert [(r.ids, len(r.partners)) for r in compact] == [
        (("cordis-rcn:70001",), 3),
        (("cordis-rcn:70003",), 1),
    ]
    linked = link_records(named + compact, themes=())
    nordvik = [o for o in linked.organisations if "911000001" in (o.name, *o.alt_names)]
    assert [o.name for o in nordvik] == ["NVU"]  # the most used name, not the PIC
    assert "Nordvik University" in nordvik[0].alt_names
    assert len(linked.organisations) == 7  # 6 named + PIC 911000009


def test_sources_disagreeing_on_one_project_give_conflicts(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    result = build(
        [FIXTURES / "cordis_json" / "project.json", FIXTURES / "grants_no.csv"],
        tmp_path,
        views=False,
    )
    # Grant 900001 is in both files (end dates differ); grant 900003 reuses the acronym
    # LUMINA but its own grant number keeps it a project of its own.
    assert result.projects == 3
    rows = _csv_rows((tmp_path / "conflicts.csv").read_text(encoding="utf-8"))
    # The two files also give one partner two roles; the precedence keeps one.
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("lumina--h2020", "end_date", "2023-06-30 | 2022-12-31"),
        ("lumina--h2020", "partner_role:no-fjord-energy-agency-808bad32", "partner | associated"),
    ]
    # Sources are named as given relative to their folder (no machine path), in name order.
    assert rows[1][3] == ("grants_no.csv#row=2 | project.json#/0")
    # One value per single-valued fact and one role per participation: the graph conforms
    # (export titles without a language are plain strings; CORDIS third parties a role).
    from coopkg import load, validate

    assert validate(load(tmp_path / "graph.ttl")).conforms


# ------------------------------------------------------------------ Swedish partner table


def test_swedish_table_projects_roles_regions_and_unnamed_partners() -> None:
    records = import_export(FIXTURES / "interreg_se.json").records
    assert [(r.programme, r.acronym, len(r.partners)) for r in records] == [
        ("Central Baltic", "SEAWEED", 4),
        ("Interreg North Sea", "SEAWEED", 1),
        ("AURORA", "Snow Paths", 1),
        ("AURORA", "Snow Paths", 1),
    ]
    seaweed = records[0]
    assert [(p.name, p.role, p.region, p.partner_budget_eur) for p in seaweed.partners] == [
        ("Kustkommunen", "lead", "SE110", 120000.0),
        ("Havsinstitutet AB", "partner", "SE121", 80000.5),
        ("unnamed partner", "partner", "SE121", 40000.0),
        ("unnamed partner", "associated", "SE121", 0.0),
    ]
    assert records[0].programme_id == "central-baltic"
    assert records[2].partners[0].region == "SE331"


def test_swedish_table_builds_projects_participations_and_conflicts(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    result = build([FIXTURES / "interreg_se.json"], tmp_path, views=False)
    # SEAWEED in two programmes is two projects; Snow Paths' two rows are one project.
    assert (result.projects, result.participations, result.organisations) == (3, 6, 5)
    conflicts = _csv_rows((tmp_path / "conflicts.csv").read_text(encoding="utf-8"))
    assert [row[:3] for row in conflicts[1:]] == [
        ["snow-paths--aurora", "start_date", "2023-03-01 | 2024-01-01"],
        ["snow-paths--aurora", "end_date", "2023-08-31 | 2026-12-31"],
    ]
    assert conflicts[1][3] == "interreg_se.json#/6 | interreg_se.json#/7"


# ------------------------------------------------------------------ keep.eu, Kohesio


def test_keep_projects_and_partners_join_by_project_and_partner_ids() -> None:
    records = (
        import_export(FIXTURES / "keep_projects.csv").records
        + import_export(FIXTURES / "keep_partners.csv").records
    )
    riverlink = records[0]
    assert (riverlink.acronym, riverlink.programme, riverlink.cofinancing_rate) == (
        "RIVERLINK", "Interreg Danube", 0.85,
    )  # fmt: skip
    assert (riverlink.total_budget_eur, riverlink.eu_funding_eur) == (2000000.0, 1700000.0)
    assert riverlink.website == "https://riverlink.example.eu"
    assert riverlink.programme_id == "danube-2014-2020"  # from the CCI code, a strong key
    linked = link_records(records, themes=())
    assert len({r.project_id for r in linked.records}) == 2
    # "Dunaparti Logisztikai Kft." and "... Kft" share keep id 88002; the lead partner of
    # the project table (no id) joins the partner row of the same name.
    assert len(linked.organisations) == 4
    danube = next(
        o for o in linked.organisations if "Dunaparti Logisztikai Kft" in (o.name, *o.alt_names)
    )
    assert danube.region == "HU110"
    assert {danube.name, *danube.alt_names} == {
        "Dunaparti Logisztikai Kft.", "Dunaparti Logisztikai Kft", "Danube Shore Logistics Ltd",
    }  # fmt: skip


def test_kohesio_beneficiaries_are_organisations_without_projects(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    imported = import_export(FIXTURES / "kohesio.tsv")
    assert imported.records == ()
    assert [(p.name, p.country, p.region, p.aliases) for _s, p in imported.organisations] == [
        ("Dunaparti Logisztikai Kft.", "HU", "HU11", ()),
        ("СИНЯ РЕКА ООД", "BG", "BG413", ("SINYA REKA OOD",)),
    ]
    result = build(
        [FIXTURES / "kohesio.tsv", FIXTURES / "keep_partners.csv"], tmp_path, views=False
    )
    # The Hungarian beneficiary merges with the keep.eu partner of the same name.
    assert (result.projects, result.organisations) == (2, 5)


# ------------------------------------------------------------------ lists of operations


def test_operation_lists_through_column_maps() -> None:
    fi = import_export(FIXTURES / "operations_fi.csv").records
    # Two operations with one title stay two projects: their codes differ.
    linked = link_records(fi, themes=())
    assert len({r.project_id for r in linked.records}) == 2
    assert fi[0].end_date.isoformat() == "2017-02-28" and fi[0].total_budget_eur is None
    (hr,) = import_export(FIXTURES / "operations_hr.csv").records
    assert [(p.name, p.ids, p.region) for p in hr.partners] == [
        ("Lučka uprava Malo Selo", ("oib:12345678901",), "HR037")
    ]
    assert hr.total_budget_eur is None  # kuna: no euro amount is invented
    (dk,) = import_export(FIXTURES / "operations_dk.csv").records
    assert [(p.name, p.role) for p in dk.partners] == [
        ("Havnebyens Erhvervsråd", None),
        ("Fjordskolen", "partner"),
        ("Havnebyens Kommune", "partner"),
    ]
    assert (dk.cofinancing_rate, dk.partners[0].region) == (0.5, "DK05")
    (el,) = import_export(FIXTURES / "operations_el.csv").records
    assert (el.title, el.total_budget_eur, el.programme) == (
        "Ανάπλαση πλατείας",
        12345.67,
        "Περιφέρεια Κρήτης",
    )
    assert el.partners[0].region == "EL43"


def test_a_user_column_map_is_a_toml_file(tmp_path: Path) -> None:
    mapping = tmp_path / "colours.toml"
    mapping.write_text(
        'name = "colours"\nentity = "organisation"\ndetect = ["Name"]\n'
        '[columns]\nbeneficiary = "Name"\n',
        encoding="utf-8",
    )
    imported = import_export(FIXTURES / "unknown.csv", str(mapping))
    assert [p.name for _s, p in imported.organisations] == ["Alpha"]


# ------------------------------------------------------------------ identity rules


def test_identifiers_are_strong_keys_both_ways() -> None:
    resolution = resolve_organisations(
        [
            Mention("Acme Research", "FR", ids=("pic:1",)),
            Mention("ACME Research Institute", "FR", ids=("pic:1",)),
            Mention("Acme Research", "FR", ids=("pic:2",)),
            Mention("Zeta Labs", "FR", ids=("vat:FR1", "pic:3")),
            Mention("Zeta Laboratories", "FR", ids=("vat:FR1",)),
        ]
    )
    keys = resolution.keys
    assert keys[0] == keys[1] != keys[2]
    assert keys[3] == keys[4]
    accepted = {(m.rule, m.reason) for m in resolution.merges if m.accepted}
    assert ("identifier", "same pic:1") in accepted and ("identifier", "same vat:FR1") in accepted


def test_a_name_without_id_joins_the_one_identified_organisation_of_that_name() -> None:
    one = resolve_organisations(
        [Mention("Nordvik University", "SE", ids=("pic:1",)), Mention("Nordvik University", "SE")]
    )
    assert one.keys[0] == one.keys[1]
    two = resolve_organisations(
        [
            Mention("Nordvik University", "SE", ids=("pic:1",)),
            Mention("Nordvik University", "SE", ids=("pic:2",)),
            Mention("Nordvik University", "SE"),
        ]
    )
    assert len(set(two.keys)) == 3  # ambiguous: the plain mention stays apart


def test_polish_partnership_forms_are_legal_forms() -> None:
    from coopkg.link import normalise_org_name

    # Without these, two different "... sp. z o.o. sp. k." firms looked alike by their forms.
    assert (
        normalise_org_name("Lenaal Spółka z ograniczoną odpowiedzialnością spółka komandytowa")
        == "lenaal"
    )
    assert normalise_org_name("Koleje Podgórskie Spółka Akcyjna") == "koleje podgorskie"


def test_partner_region_uses_the_stated_nuts_code() -> None:
    from coopkg.link import partner_region

    assert partner_region(Partner("Kustkommunen", "SE", region="SE110")) == "SE110"


# ------------------------------------------------------------------ build and CLI


def test_build_reads_exports_next_to_notices_and_reports_unknown_tables(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    notices = tmp_path / "in"
    notices.mkdir()
    (notices / "notice.txt").write_text(
        "RIVERLINK - Linking river ports for freight\n\nProgramme: Interreg Danube\n"
        "Lead partner: Port Authority of Riverton (Austria)\n",
        encoding="utf-8",
    )
    shutil.copy(FIXTURES / "keep_partners.csv", notices / "partners.csv")
    shutil.copy(FIXTURES / "unknown.csv", notices / "unknown.csv")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(notices), "-o", str(out), "--no-views"])
    assert result.exit_code == 1, result.output
    seen = "unknown export layout; columns seen: 'Name', 'Colour', 'Weight'"
    assert f"{notices / 'unknown.csv'}: {seen}" in result.output
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    sources = sorted(Path(r["source"].split("#")[0]).name for r in records)
    assert sources == ["notice.txt", "partners.csv", "partners.csv"]


def test_format_option_forces_the_kind(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from coopkg.__main__ import cli

    out = tmp_path / "out"
    forced = CliRunner().invoke(
        cli,
        [
            "build",
            str(FIXTURES / "keep_partners.csv"),
            "-o",
            str(out),
            "--no-views",
            "--format",
            "hr-esif",
        ],
    )
    assert forced.exit_code == 0, forced.output
    assert "projects          0" in forced.output  # read as a list with no matching column
    bad = CliRunner().invoke(
        cli,
        [
            "build",
            str(FIXTURES / "keep_partners.csv"),
            "-o",
            str(out),
            "--no-views",
            "--format",
            "nope",
        ],
    )
    assert bad.exit_code == 1 and "unknown format 'nope'" in bad.output


# ------------------------------------------------------------------ real files


@pytest.mark.shared
@needs_shared
def test_real_swedish_table(tmp_path: Path) -> None:
    from rdflib import Graph

    from coopkg.pipeline import build

    result = build(
        [DATA / "interreg_se_partners_tillvaxtverket" / "rawdata.json"], tmp_path, views=False
    )
    assert (result.projects, result.participations) == (586, 1194)
    graph = Graph().parse(tmp_path / "graph.ttl")
    leads = graph.query(
        "PREFIX coop: <https://w3id.org/coopkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
        "WHERE { ?p a coop:Participation ; coop:role <https://w3id.org/coopkg/role/lead> }"
    )
    assert int(next(iter(leads))[0]) == 187


@pytest.mark.shared
@needs_shared
def test_real_cordis_json_export(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    folder = DATA / "cordis_search_export_json_semiconductors_ev"
    result = build([folder / "project.json", folder / "organization.json"], tmp_path, views=False)
    assert (result.projects, result.participations, result.organisations) == (26, 1075, 765)


@pytest.mark.shared
@needs_shared
def test_real_seeds_and_swedish_table_build_one_graph(tmp_path: Path) -> None:
    from coopkg.pipeline import build

    seeds_only = build([ROOT / "seeds"], tmp_path / "a", views=False)
    both = build(
        [ROOT / "seeds", DATA / "interreg_se_partners_tillvaxtverket" / "rawdata.json"],
        tmp_path / "b",
        views=False,
    )
    assert both.ok
    assert both.projects <= seeds_only.projects + 586
    assert both.organisations < seeds_only.organisations + 587  # shared organisations merge


@pytest.mark.shared
@needs_shared
@pytest.mark.parametrize(
    ("name", "kind", "records", "partners"),
    [
        ("AT_Vorhabensliste_IWB_EFRE_AT2014-2020_Download.csv", "at-iwb-efre", 49, 49),
        ("DE-SN_ERDF_FP_14-20_Verzeichnis_der_Beguenstigten_Stand_30-06-2016.csv", "de-sn-efre",
         2256, 2256),
        ("DK_ERDF_Denmark_2014-2020.csv", "dk-erdf", 107, 325),
        ("EL_ListOfOperations_20160513.csv", "el-operations", 2029, 2029),
        ("FI_ERDF_ESF_2014-2020_projektilista-csv-final.csv", "fi-eura2014", 2881, 2880),
        ("HR_ESIF_Croatia_2007-2020.csv", "hr-esif", 2532, 2532),
        ("PL_Poland_ERDF_2014_2020.csv", "pl-erdf", 749, 749),
        ("UK-ENG_ESIF_2014-2020_List_of_beneficiaries_Oct_2016.csv", "uk-eng-esif", 394, 394),
    ],
)  # fmt: skip
def test_real_national_lists(name: str, kind: str, records: int, partners: int) -> None:
    imported = import_export(DATA / "national_lists_of_operations_os_data" / name)
    assert (imported.kind, len(imported.records)) == (kind, records)
    assert sum(len(r.partners) for r in imported.records) == partners


@pytest.mark.shared
@needs_shared
def test_real_kohesio_cordis_csv_and_norway() -> None:
    kohesio = import_export(DATA / "kohesio_beneficiaries_2023" / "kohesio-data-export.tsv")
    assert len(kohesio.organisations) == 27147
    cordis = import_export(
        DATA
        / "cordis_h2020_organizations_gitscrape_2023"
        / "h2020_organizations_out_formatted_latest.csv"
    )
    assert (len(cordis.records), sum(len(r.partners) for r in cordis.records)) == (336, 2722)
    norway = import_export(DATA / "norway_forskningsradet_eu_grants" / "dataset.csv")
    assert (norway.kind, len(norway.records)) == ("no-h2020-grants", 1957)


@pytest.mark.shared
@needs_shared
def test_real_h2020_participations() -> None:
    imported = import_export(DATA / "cordis_h2020_participations_eunets_2020" / "h2020.csv.gz")
    assert len(imported.records) == 31451
    assert sum(len(r.partners) for r in imported.records) == 144726
