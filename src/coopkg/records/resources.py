"""Find coopkg's ontology files, wherever coopkg is installed.

A wheel carries the repository's ``ontology/`` folder as package data
(``coopkg/ontology/``, see ``pyproject.toml``); a source checkout or an editable install
keeps it at ``<repo>/ontology/``. This module is the one place that knows both layouts:
everyone else asks for a file by name.

It must not parse anything (that is :mod:`coopkg.records.vocab`'s job) and must not do work at
import time.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from coopkg.errors import InputError

#: Name of the folder, both inside the installed package and at the repository root.
ONTOLOGY_DIR = "ontology"


def _packaged_dir() -> Traversable | None:
    """The ontology folder shipped inside the installed package, if there is one."""
    try:
        candidate = resources.files("coopkg").joinpath(ONTOLOGY_DIR)
    except ModuleNotFoundError:  # pragma: no cover - coopkg itself is importable here
        return None
    return candidate if candidate.is_dir() else None


def _checkout_dir() -> Path | None:
    """``<repo>/ontology`` for a source checkout (``src/coopkg/`` -> ``<repo>``)."""
    here = Path(__file__).resolve().parent
    for parent in here.parents:
        candidate = parent / ONTOLOGY_DIR
        # The pyproject.toml check stops us from picking an unrelated folder higher up.
        if candidate.is_dir() and (parent / "pyproject.toml").is_file():
            return candidate
    return None


def ontology_dir() -> Traversable | Path:
    """The folder holding the ontology files (installed package data first)."""
    found = _packaged_dir() or _checkout_dir()
    if found is None:
        raise InputError(ONTOLOGY_DIR, "ontology folder not found in the package or checkout")
    return found


def ontology_path(name: str) -> Traversable | Path:
    """One file of the ontology folder, e.g. ``ontology_path("themes.ttl")``.

    Raises :class:`coopkg.errors.InputError` when the file does not exist.

    >>> ontology_path("roles.ttl").name
    'roles.ttl'
    """
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise InputError(name, "expected a plain file name of the ontology folder")
    for folder in (_packaged_dir(), _checkout_dir()):
        if folder is not None:
            candidate = folder.joinpath(name)
            if candidate.is_file():
                return candidate
    raise InputError(name, "no such file in the ontology folder")


def read_ontology_text(name: str) -> str:
    """The text (UTF-8) of one ontology file."""
    return ontology_path(name).read_text(encoding="utf-8")
