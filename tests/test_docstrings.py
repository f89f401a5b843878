"""Every public name of the package documents itself with an example."""

from __future__ import annotations

import inspect

import pytest

import summarize

DOCUMENTED = [
    name
    for name in summarize.__all__
    if inspect.isclass(getattr(summarize, name))
    or inspect.isfunction(getattr(summarize, name))
    or inspect.ismodule(getattr(summarize, name))
]


def test_the_public_names_include_classes_functions_and_modules() -> None:
    assert {"Article", "summarize", "evaluate", "LoadError"} <= set(DOCUMENTED)


@pytest.mark.parametrize("name", DOCUMENTED)
def test_public_name_has_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(summarize, name))
    assert doc is not None, f"summarize.{name} has no docstring"
    assert "Example" in doc, f"the docstring of summarize.{name} has no Example section"
