"""User overrides for organisation identity: ``same_as`` and ``not_same_as`` pairs.

Read from TOML::

    same_as = [["West Pannon Ltd.", "Nyugat-Pannon Nonprofit Kft"]]
    not_same_as = [["University of Udine", "University of Padua"]]

or CSV with a header ``relation,left,right`` (relation ``same_as`` or ``not_same_as``).
Either side may be an organisation name (compared after :func:`normalise_org_name`) or an
organisation key. This module only reads the file; the resolver applies it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from coopkg.errors import InputError
from coopkg.link.model import Overrides

_RELATIONS = ("same_as", "not_same_as")


def load_overrides(path: str | Path) -> Overrides:
    """The overrides in a TOML or CSV file; raises InputError for a bad file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read overrides: {exc}") from exc
    if path.suffix.lower() == ".csv":
        return _from_csv(text, str(path))
    return _from_toml(text, str(path))


def _pairs(value: object, path: str, relation: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise InputError(path, f"{relation} must be a list of [left, right] pairs")
    pairs = []
    for item in value:
        if isinstance(item, dict):
            item = [item.get("left"), item.get("right")]
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(s, str) for s in item)
        ):
            raise InputError(path, f"{relation}: {item!r} is not a [left, right] pair of strings")
        pairs.append((item[0].strip(), item[1].strip()))
    return tuple(pairs)


def _from_toml(text: str, path: str) -> Overrides:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"invalid TOML: {exc}") from exc
    unknown = set(data) - set(_RELATIONS)
    if unknown:
        raise InputError(path, f"unknown keys: {', '.join(sorted(unknown))}")
    return Overrides(
        same_as=_pairs(data.get("same_as", []), path, "same_as"),
        not_same_as=_pairs(data.get("not_same_as", []), path, "not_same_as"),
    )


def _from_csv(text: str, path: str) -> Overrides:
    found: dict[str, list[tuple[str, str]]] = {r: [] for r in _RELATIONS}
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"relation", "left", "right"} <= set(reader.fieldnames):
        raise InputError(path, "CSV overrides need the header relation,left,right")
    for line, row in enumerate(reader, start=2):
        relation = (row.get("relation") or "").strip()
        if relation not in found:
            raise InputError(path, f"line {line}: relation must be same_as or not_same_as")
        found[relation].append(((row["left"] or "").strip(), (row["right"] or "").strip()))
    return Overrides(tuple(found["same_as"]), tuple(found["not_same_as"]))
