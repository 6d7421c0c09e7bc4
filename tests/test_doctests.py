"""Every example in every module's docstrings runs: the examples are the newcomer's guide.

One test per module (``pytest tests/test_doctests.py -k store.query`` runs one). The
modules are found by walking ``src/coopkg``, so a new module's examples run without
touching this file.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import coopkg


def all_modules() -> list[str]:
    names = ["coopkg"]
    for info in pkgutil.walk_packages(coopkg.__path__, prefix="coopkg."):
        names.append(info.name)
    return sorted(names)


def examples(name: str) -> list[doctest.DocTest]:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    return [t for t in finder.find(module, name) if t.examples]


MODULES = all_modules()


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in examples(name):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_the_examples_are_many() -> None:
    counted = {name: sum(len(t.examples) for t in examples(name)) for name in MODULES}
    with_examples = [name for name, n in counted.items() if n]
    # 29 modules, 137 examples when this test was written: a floor, so none go missing.
    assert len(with_examples) >= 29
    assert sum(counted.values()) >= 137
