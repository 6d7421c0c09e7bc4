"""Tests for coopkg.link: organisations, regions, themes, projects, overrides."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from coopkg.errors import InputError
from coopkg.link import (
    Mention,
    Overrides,
    link_records,
    link_region,
    load_overrides,
    normalise_org_name,
    org_key,
    partner_region,
    project_key,
    resolve_organisations,
    score_themes,
)
from coopkg.records import Partner, ProjectRecord

VOCAB = (
    SimpleNamespace(
        id="clustering", labels={"en": "Clustering"}, keywords={"en": ("cluster", "cooperation")}
    ),
    SimpleNamespace(id="innovation", labels={"en": "Innovation"}, keywords={"en": ("innovat",)}),
    SimpleNamespace(id="tourism", labels={"en": "Tourism"}, keywords={"en": ("tourism",)}),
)

CLUSTERIX_PARTNERS = (
    Partner("ecoplus. The Business Agency of Lower Austria", "AT", "lead"),
    Partner("Cluster 55° / Lund University", "SE"),
    Partner("TIS Innovation Park", "IT"),
    Partner("Region Syddanmark", "DK"),
    Partner("ERAI Entreprise Rhône-Alpes International", "FR"),
    Partner("Nyugat-Pannon Nonprofit Kft", "HU", aliases=("West Pannon Ltd.",)),
    Partner("Stadt Karlsruhe Wirtschaftsförderung", "DE"),
    Partner("INMA Institutul National De Cercetare-Dezvoltare Pentru Masini", "RO"),
    Partner("Tillväxtverket", "SE"),
)


def clusterix(source: str = "clusterix.txt", **changes: object) -> ProjectRecord:
    fields = {
        "source": source,
        "title": "Clusters Innovation Cooperation",
        "acronym": "ClusteriX",
        "programme_id": "interreg-ivc",
        "period": "2007-2013",
        "partners": CLUSTERIX_PARTNERS,
        "regions": ("Lower Austria", "Western Transdanubia", "Syddanmark", "Rhône-Alpes",
                    "Karlsruhe", "Győr"),
        "countries": ("AT", "SE", "IT", "DK", "FR", "HU", "DE", "RO"),
        "description": "Cluster policies and innovation, cooperation of cluster managers "
        "for innovative firms.",
    }  # fmt: skip
    fields.update(changes)
    return ProjectRecord(**fields)  # type: ignore[arg-type]


def test_normalise_org_name_strips_legal_forms() -> None:
    assert normalise_org_name("West Pannon Ltd.") == "west pannon"
    assert normalise_org_name("Nyugat-Pannon Nonprofit Kft") == "nyugat pannon"
    assert normalise_org_name("Friuli Innovazione S.c.a.r.l.") == "friuli innovazione"
    assert normalise_org_name("Müller GmbH & Co. KG") == "muller"
    assert normalise_org_name("Volvo AB (publ)") == "volvo"


def test_org_key_is_deterministic_and_country_scoped() -> None:
    assert org_key("ACME GmbH", "DE") == org_key("Acme", "DE")
    assert org_key("ACME GmbH", "DE") != org_key("ACME GmbH", "AT")
    assert org_key("ACME", None).startswith("xx-acme-")


def test_clusterix_links_partners_to_eight_countries() -> None:
    result = link_records([clusterix()], themes=VOCAB)
    (linked,) = result.records
    assert len(linked.organisation_ids) == 9
    assert len(set(linked.organisation_ids)) == 9
    countries = {o.country for o in result.organisations}
    assert countries == {"AT", "SE", "IT", "DK", "FR", "HU", "DE", "RO"}
    pannon = next(o for o in result.organisations if o.country == "HU")
    assert pannon.alt_names == ("West Pannon Ltd.",)
    assert pannon.match_rule == "alias"


def test_alias_links_across_notices() -> None:
    other = ProjectRecord(source="b.txt", partners=(Partner("West Pannon Ltd", "HU"),))
    result = link_records([clusterix(), other], themes=VOCAB)
    assert result.records[1].organisation_ids[0] == result.records[0].organisation_ids[5]
    assert any(m.rule == "alias" and m.accepted for m in result.merges)


def test_clusterix_regions() -> None:
    (linked,) = link_records([clusterix()], themes=VOCAB).records
    codes = {link.mention: link.nuts_code for link in linked.regions}
    assert codes == {
        "Lower Austria": "AT12",
        "Western Transdanubia": "HU22",
        "Syddanmark": "DK03",
        "Rhône-Alpes": "FRK2",  # NUTS 2016/2021/2024 code (FR71 before NUTS 2016)
        "Karlsruhe": "DE122",  # the Stadtkreis, through the city table
        "Győr": "HU221",
    }
    assert linked.partner_regions[0] == "AT12"
    assert linked.partner_regions[1] == "SE224"
    assert linked.partner_regions[3] == "DK03"
    assert linked.partner_regions[4] == "FRK2"
    assert linked.partner_regions[6] == "DE122"
    assert linked.partner_regions[8] is None


def test_ambiguous_region_is_not_guessed() -> None:
    link = link_region("Limburg")
    assert (link.nuts_code, link.reason) == (None, "ambiguous: BE22, NL42")
    assert link_region("Limburg", ["NL"]).nuts_code == "NL42"
    assert link_region("AT12").reason == "code"
    assert link_region("Alpine Space").nuts_code == "area:alpine-space"


def test_partner_region_from_city() -> None:
    assert partner_region(Partner("Friuli Innovazione", "IT", city="Udine")) == "ITH42"
    assert partner_region(Partner("Some Office", "IT")) is None


def test_fuzzy_digit_and_acronym_rules() -> None:
    result = resolve_organisations(
        [
            Mention("University of Ljubljana", "SI"),
            Mention("Univerza v Ljubljani", "SI"),
            Mention("University of Ljubljana.", "SI"),
            Mention("Gimnazija 1 Split", "HR"),
            Mention("Gimnazija 2 Split", "HR"),
            Mention("ERAI Entreprise Rhône-Alpes International", "FR"),
            Mention("ERAI", "FR"),
            Mention("ERAI", "IT"),
        ]
    )
    keys = result.keys
    assert keys[0] == keys[2]
    assert keys[0] == keys[1]  # the same university in Slovene (the "translated" rule)
    assert keys[3] != keys[4]
    assert keys[5] == keys[6]
    assert keys[6] != keys[7]  # another country
    rejected = [m for m in result.merges if not m.accepted]
    assert [(m.rule, m.reason) for m in rejected] == [("digits", "numbers differ")]


def test_overrides(tmp_path: Path) -> None:
    toml = tmp_path / "o.toml"
    toml.write_text(
        'same_as = [["Univerza v Ljubljani", "University of Ljubljana"]]\n'
        'not_same_as = [["ACME Ltd", "ACME Limited."]]\n',
        encoding="utf-8",
    )
    rules = load_overrides(toml)
    assert rules == Overrides(
        same_as=(("Univerza v Ljubljani", "University of Ljubljana"),),
        not_same_as=(("ACME Ltd", "ACME Limited."),),
    )
    result = resolve_organisations(
        [
            Mention("University of Ljubljana", "SI"),
            Mention("Univerza v Ljubljani", "SI"),
            Mention("ACME Ltd", "GB"),
            Mention("ACME Ltd.", "GB"),
        ],
        overrides=rules,
    )
    assert result.keys[0] == result.keys[1]
    assert result.keys[2] == result.keys[3]  # same normalised name: one node, not a merge
    csv_path = tmp_path / "o.csv"
    csv_path.write_text("relation,left,right\nsame_as,A,B\n", encoding="utf-8")
    assert load_overrides(csv_path).same_as == (("A", "B"),)
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_overrides(bad)


def test_not_same_as_blocks_fuzzy_merge() -> None:
    left, right = "Regional Development Agency Pomurje", "Regional Development Agency Pomurje N"
    rules = Overrides(not_same_as=((left, right),))
    mentions = [Mention(left, "SI"), Mention(right, "SI")]
    assert len(set(resolve_organisations(mentions, threshold=50).keys)) == 1
    result = resolve_organisations(mentions, overrides=rules, threshold=50)
    assert result.keys[0] != result.keys[1]
    assert [(m.accepted, m.reason) for m in result.merges] == [(False, "not_same_as")]


def test_themes_ranked_and_thresholded() -> None:
    scores = score_themes(clusterix(), VOCAB)
    assert [s.theme_id for s in scores] == ["clustering", "innovation"]
    assert scores[0].score == 1.0
    assert score_themes(ProjectRecord(source="x"), VOCAB) == ()


def test_projects_merge_by_acronym_and_title_and_list_conflicts() -> None:
    a = clusterix("a.txt", eu_funding_eur=1000.0)
    b = clusterix("b.txt", eu_funding_eur=2000.0, title=None)
    c = ProjectRecord(source="c.txt", title="Clusters  innovation cooperation")
    d = ProjectRecord(source="d.txt", title="Something else", acronym="OTHER")
    result = link_records([a, b, c, d], themes=VOCAB)
    ids = [r.project_id for r in result.records]
    assert ids[0] == ids[1] == ids[2] == "clusterix--interreg-ivc"
    assert ids[3] != ids[0]
    assert project_key(d) == "other--any" == ids[3]
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.values, conflict.sources) == (
        "eu_funding_eur",
        ("1000.0", "2000.0"),
        ("a.txt", "b.txt"),
    )
    assert result.records[0].period_id == "2007-2013"
