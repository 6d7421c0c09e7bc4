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
    assert caught.value.reason.startswith("cannot read overrides: ")
