"""Tests written to kill the mutants a mutation run of coopkg.link left alive
(docs/architecture.md, "Mutation testing"): exact messages and exact edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopkg.errors import InputError
from coopkg.link import Overrides, load_overrides


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_toml_overrides_accept_tables_and_strip_names(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "o.toml",
        'same_as = [{left = " A ", right = "B"}, ["C", " D"]]\nnot_same_as = [["E", "F"]]\n',
    )
    assert load_overrides(path) == Overrides(
        same_as=(("A", "B"), ("C", "D")), not_same_as=(("E", "F"),)
    )
    assert load_overrides(write(tmp_path, "empty.toml", "")) == Overrides((), ())


def test_csv_overrides_keep_both_relations_in_order(tmp_path: Path) -> None:
    text = "relation,left,right\n same_as , A ,B\nnot_same_as,C,D\nsame_as,E,\n"
    assert load_overrides(write(tmp_path, "o.CSV", text)) == Overrides(
        same_as=(("A", "B"), ("E", "")), not_same_as=(("C", "D"),)
    )


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("o.toml", "same_as = [", "invalid TOML: "),
        ("o.toml", 'same = [["A", "B"]]\nother = 1\n', "unknown keys: other, same"),
        ("o.toml", 'same_as = "A"\n', "same_as must be a list of [left, right] pairs"),
        (
            "o.toml",
            'not_same_as = [["A"]]\n',
            "not_same_as: ['A'] is not a [left, right] pair of strings",
        ),
        ("o.toml", "same_as = [[1, 2]]\n", "same_as: [1, 2] is not a [left, right] pair"),
        ("o.csv", "left,right\nA,B\n", "CSV overrides need the header relation,left,right"),
        ("o.csv", "", "CSV overrides need the header relation,left,right"),
        (
            "o.csv",
            "relation,left,right\nsame_as,A,B\nmaybe,C,D\n",
            "line 3: relation must be same_as or not_same_as",
        ),
    ],
)
def test_bad_overrides_name_the_file_and_the_reason(
    tmp_path: Path, name: str, text: str, reason: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as caught:
        load_overrides(path)
    assert caught.value.path == str(path)
    assert caught.value.reason.startswith(reason)


def test_unreadable_overrides(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_overrides(tmp_path / "absent.toml")
    assert caught.value.reason.startswith("cannot read corrections: ")


def test_unreadable_overrides_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_overrides(tmp_path / "absent.csv")
    assert caught.value.path == str(tmp_path / "absent.csv")


def test_csv_overrides_keep_an_empty_left_side_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "o.csv", "relation,left,right\nnot_same_as,,B\n")
    assert load_overrides(path) == Overrides((), (("", "B"),))


# --- link_records: periods, regions, themes, members ----------------------------------

from types import SimpleNamespace  # noqa: E402

from coopkg.link import link_records  # noqa: E402
from coopkg.records import Partner, ProjectRecord  # noqa: E402


def test_period_from_the_record_then_from_the_programme() -> None:
    records = [
        ProjectRecord(source="a.txt", acronym="A", period="2007 – 2013"),
        ProjectRecord(source="b.txt", acronym="B", programme_id="adrion-2014-2020"),
        ProjectRecord(source="c.txt", acronym="C", programme_id="no-such-programme"),
        ProjectRecord(source="d.txt", acronym="D"),
    ]
    periods = [linked.period_id for linked in link_records(records, themes=()).records]
    assert periods == ["2007-2013", "2014-2020", None, None]


def test_region_mentions_are_read_in_the_record_countries() -> None:
    # "Limburg" is a Belgian and a Dutch NUTS-2 region: the record's country decides.
    record = ProjectRecord(source="a.txt", regions=("Limburg", "Limburg"), countries=("BE",))
    (linked,) = link_records([record], themes=()).records
    assert [(r.mention, r.nuts_code) for r in linked.regions] == [("Limburg", "BE22")]


def test_themes_come_from_the_given_vocabulary() -> None:
    vocabulary = (SimpleNamespace(id="tides", labels={"en": "Tides"}, keywords={"en": ("tidal",)}),)
    record = ProjectRecord(source="a.txt", description="Tidal energy from tidal tidal flows.")
    (linked,) = link_records([record], themes=vocabulary).records
    assert [t.theme_id for t in linked.themes] == ["tides"]


def test_organisation_members_are_source_and_partner_index() -> None:
    records = [
        ProjectRecord(source="a.txt", partners=(Partner("Alpha Agency", "AT"),)),
        ProjectRecord(
            source="b.txt", partners=(Partner("Beta Office", "DE"), Partner("Alpha Agency", "AT"))
        ),
    ]
    result = link_records(records, themes=())
    members = {o.name: o.members for o in result.organisations}
    assert members == {"Alpha Agency": (("a.txt", 0), ("b.txt", 1)), "Beta Office": (("b.txt", 0),)}


def test_each_record_gets_its_own_partners_keys_and_regions() -> None:
    from coopkg.link import Overrides as Rules

    records = [
        ProjectRecord(source="a.txt", partners=(Partner("Alpha Agency", "AT"),)),
        ProjectRecord(
            source="b.txt",
            partners=(Partner("Beta Office", "DE"), Partner("Gamma Lab", "DE", city="Karlsruhe")),
        ),
        ProjectRecord(source="c.txt", partners=(Partner("Delta Centre", "FR"),)),
        ProjectRecord(source="d.txt", partners=(Partner("Beta Bureau", "DE"),)),
    ]
    result = link_records(
        records, themes=(), overrides=Rules(same_as=(("Beta Office", "Beta Bureau"),))
    )
    names = {o.key: o.name for o in result.organisations}
    assert [[names[k] for k in r.organisation_ids] for r in result.records] == [
        ["Alpha Agency"],
        ["Beta Bureau", "Gamma Lab"],  # one organisation (override)
        ["Delta Centre"],
        ["Beta Bureau"],  # merged by the override
    ]
    assert result.records[1].partner_regions == (None, "DE122")
    regions = {o.name: o.region for o in result.organisations}
    assert regions["Gamma Lab"] == "DE122"


# --- partner regions: the partner's country decides --------------------------------------

from coopkg.link.projects import project_key  # noqa: E402
from coopkg.link.regions import _cities_in, partner_region  # noqa: E402


@pytest.mark.parametrize(
    ("partner", "expected"),
    [
        (Partner("Port Authority", "ES", city="Valencia"), "ES523"),
        (Partner("Port Authority", "Spain", city="Valencia"), "ES523"),
        (Partner("Port Authority", "DE", city="Valencia"), None),  # no Valencia in Germany
        (Partner("Agency of Lower Austria", "AT"), "AT12"),
        (Partner("Agency of Lower Austria", "DE"), None),  # a region of another country
        (Partner("Port Authority", "ES", address="Calle Mayor 1, Valencia"), "ES523"),
        (Partner("Port Authority", "FR", address="Calle Mayor 1, Valencia"), None),
        (Partner("Comune di Reggio nell Emilia", "IT"), "ITH53"),
    ],
)
def test_partner_region(partner: Partner, expected: str | None) -> None:
    assert partner_region(partner) == expected


def test_cities_in_reads_three_word_names_in_the_country() -> None:
    assert _cities_in("Comune di Reggio nell Emilia", None) == {"ITH53"}
    assert _cities_in("Stadtwerke Valencia", "FR") == set()
    assert _cities_in("Stadtwerke Valencia", "ES") == {"ES523"}


def test_project_keys_exactly() -> None:
    assert project_key(ProjectRecord(source="x", title="Green Rivers of Europe")) == (
        "t-1ddf3f9116"
    )
    record = ProjectRecord(source="x", acronym="Blue Coast", programme_id="adrion-2014-2020")
    assert project_key(record) == "blue-coast--adrion"  # the programme's family


# --- organisation names: leading acronyms, initials, the union-find -------------------

from coopkg.link.organisations import _Components, _initials, name_acronyms  # noqa: E402


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ERAI Entreprise Rhone", ("ERAI",)),  # three words are enough
        ("ERAI Entreprise", ()),  # two are not
        ("ERAI Entreprise RHONE Alpes", ("ERAI",)),  # only the second word must not shout
        ("ERAI ENTREPRISE Rhone Alpes", ()),
    ],
)
def test_leading_acronyms(name: str, expected: tuple[str, ...]) -> None:
    assert name_acronyms(name) == expected


def test_initials_skip_generic_words() -> None:
    assert _initials("university of ljubljana") == "ul"


def test_union_find_joins_the_smaller_group_into_the_larger() -> None:
    groups = _Components(4)
    assert groups.union(0, 1) is True
    assert groups.union(1, 0) is False  # already one
    assert (groups.find(0), groups.find(1)) == (0, 0)  # equal sizes: the first stays root
    assert groups.union(2, 1) is True
    assert groups.find(2) == 0  # the single node joins the pair
    assert groups.members == {0: {0, 1, 2}, 3: {3}}


def test_blocked_only_between_two_groups() -> None:
    groups = _Components(3)
    groups.forbidden = {frozenset((0, 1))}
    assert groups.blocked(0, 1) is True
    groups.union(0, 1)  # a union the resolver would refuse, forced here
    assert groups.blocked(0, 1) is False  # one group: nothing to block
    assert groups.blocked(1, 2) is False


def test_two_word_city_names() -> None:
    assert _cities_in("Mestna obcina Nova Gorica", "SI") == {"SI043"}


def test_linked_record_keeps_the_programme() -> None:
    record = ProjectRecord(source="b.txt", acronym="B", programme_id="adrion-2014-2020")
    (linked,) = link_records([record], themes=()).records
    assert linked.programme_id == "adrion-2014-2020"
