"""The CORDIS H2020 importer: a tiny inline sample, and the real snapshot (``shared``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopkg.errors import InputError
from coopkg.network import network_data, organisation_graph, programme_graph
from coopkg.pipeline import cordis_graph
from coopkg.read.exports.cordis import cordis_records

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
H2020 = SHARED / "data" / "cordis_h2020_fp7_network_sod16"

PROJECTS = (
    "rcn\treference\tacronym\tstatus\tprogramme\ttopics\tstartDate\tendDate\ttotalCost\t"
    "ecMaxContribution\tcall\tfundingScheme\tcoordinator\tcoordinatorCountry\tnumOrg\ttotalContrib\r\n"
    "1\t100\tONE\tSIGNED\tH2020-EU.3.2.;H2020-EC\tBG-09-2014\t2015-02-01\t2018-04-30\t"
    "5716971,00\t5716971,50\tc\tRIA\tSTIFTELSEN SINTEF\tNO\t 2\t1,00\r\n"
    "2\t200\tTWO\tCLOSED\tH2020-EU.1.1.\tERC\t2014-01-01\t2016-03-31\t230000,00\t230000,00\t"
    "c\tCSA\tUNIWERSYTET WARSZAWSKI\tPL\t 2\t1,00\r\n"
)
EDGES = "projectRcn\tnew_org_id\r\n1\ta\r\n1\tb\r\n2\tb\r\n2\tc\r\n2\tc\r\n"
ORGS = (
    "new_org_id\tname\tshortName\tname_normal\tcountry\tnumProj\tnproj_with_contrib\ttotContribution\r\n"
    "a\tSTIFTELSEN SINTEF\tSINTEF\tNO-sintef\tNO\t 1\t 1\t1,00\r\n"
    "b\tUNIWERSYTET WARSZAWSKI\tUW\tPL-uw\tPL\t 2\t 2\t1,00\r\n"
    "c\tATHENS LAB\tAL\tEL-al\tEL\t 1\t 1\t1,00\r\n"
)


@pytest.fixture
def sample(tmp_path):
    folder = tmp_path / "h2020_2016"
    folder.mkdir()
    (folder / "projects.csv").write_text(PROJECTS, encoding="utf-8")
    (folder / "edges.csv").write_text(EDGES, encoding="utf-8")
    (folder / "unique_org.csv").write_text(ORGS, encoding="utf-8")
    return tmp_path


def test_records(sample):
    records, orgs = cordis_records(sample)
    assert [r.project_id for r in records] == ["cordis-h2020-100", "cordis-h2020-200"]
    first = records[0]
    assert first.record.eu_funding_eur == 5716971.5
    assert first.programme_id == "h2020-eu-3-2"
    assert first.themes[0].theme_id == "cordis-bg-09-2014"
    assert [(p.name, p.role) for p in first.record.partners] == [
        ("STIFTELSEN SINTEF", "lead"),
        ("UNIWERSYTET WARSZAWSKI", "partner"),
    ]
    assert records[1].record.status == "finished"
    assert records[1].organisation_ids == ("cordis-b", "cordis-c")  # duplicate link dropped
    assert [(o.key, o.country) for o in orgs] == [
        ("cordis-a", "NO"),
        ("cordis-b", "PL"),
        ("cordis-c", "GR"),
    ]


def test_graph_feeds_the_networks(sample):
    data = network_data(cordis_graph(sample, vocabulary=False))
    graph = organisation_graph(data)
    assert graph.number_of_nodes() == 3
    assert graph.number_of_edges() == 2
    assert sorted(graph.nodes[n]["country"] for n in graph) == ["GR", "NO", "PL"]
    assert programme_graph(data).number_of_edges() == 1  # UW is in both programmes


def test_missing_files(tmp_path):
    with pytest.raises(InputError):
        cordis_records(tmp_path)


@pytest.mark.shared
@pytest.mark.skipif(not H2020.exists(), reason="needs ../shared")
def test_real_h2020_counts():
    records, orgs = cordis_records(H2020)
    assert len(records) == 7574
    assert len(orgs) == 12326
    assert sum(len(r.organisation_ids) for r in records) == 31868
