"""A griffe extension that lets the API reference render our docstrings as written.

The docstrings follow the Google style as Napoleon and ruff read it, with a few
reStructuredText habits that griffe's Google parser does not know:

* ``Example:`` (singular) opens the examples section; griffe only knows
  ``Examples:`` and would show the doctest as prose;
* roles such as ``:class:`Article``` or ``:meth:`~summarize.records.Digest.to_json```
  become code spans naming the object;
* a paragraph ending in ``::`` before an indented block ends in ``:`` (the block
  is already a Markdown code block).

Only the text handed to the docstring parser changes; the source is untouched.
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension, Module, Object

_EXAMPLE = re.compile(r"^Example:[ \t]*$", re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj):`~?([^`]+)`")
_LITERAL_INTRO = re.compile(r"(\S)::[ \t]*$", re.MULTILINE)


def _code(match: re.Match[str]) -> str:
    target = match.group(1)
    if "<" in target:  # :meth:`text <target>` shows the text
        return f"`{target.split('<')[0].strip()}`"
    return f"`{target.rsplit('.', 1)[-1] if match.group(0).count('~') else target}`"


def to_markdown(text: str) -> str:
    """Return a docstring with the reStructuredText habits above turned into Markdown."""
    text = _EXAMPLE.sub("Examples:", text)
    text = _ROLE.sub(_code, text)
    return _LITERAL_INTRO.sub(r"\1:", text)


def _rewrite(obj: Object) -> None:
    if obj.docstring is not None:
        obj.docstring.value = to_markdown(obj.docstring.value)


class DocstringMarkup(Extension):
    """Rewrites each docstring once the object tree is complete."""

    def on_object(self, *, obj: Object, **kwargs: Any) -> None:
        """Rewrite the docstring of a module, class, function or attribute."""
        _rewrite(obj)

    def on_package(self, *, pkg: Module, **kwargs: Any) -> None:
        """Rewrite the docstring of the top-level package, which ``on_object`` does not see."""
        _rewrite(pkg)
