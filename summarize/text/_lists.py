"""The items of a list written on one line: "1) Check the tyres 2) Fill the tank".

In text/, used by :mod:`summarize.text._segment`: where each item of such a list
starts, so that it is a sentence of its own even without a full stop.
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "list_cuts"]

#: Marks that open a list item (besides "-", "*" and "+", too common inside a sentence).
BULLETS = "\u2022\u2023\u2043\u25aa\u25cf\u25e6"

# A marker: an optional bullet, a number or a letter, then ".", ")" or ".)"; a space after.
_FIRST = re.compile(f"([{BULLETS}]?)\\s*(\\d{{1,3}}|[A-Za-z])(\\.\\)|[.)])\\s+\\S")
_NEXT = re.compile(f"(?<=\\s)([{BULLETS}]?)\\s*(\\d{{1,3}}|[A-Za-z])(\\.\\)|[.)])(?=\\s+\\S)")


def _following(value: str) -> str:
    """Return the marker after ``value``: "2" after "1", "b" after "a"."""
    return str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)


def list_cuts(text: str) -> set[int]:
    """Return where the items after the first start, if ``text`` opens a list on one line.

    The paragraph must open with a marker, the first of its kind ("1.", "a)",
    "A.") or after a bullet ("\u2022 3."). Each later item starts at the next marker
    in the sequence written the same way ("2.", "b)", "\u2022 4."), after at least
    one word of the item before; other numbers and letters ("J. K. Rowling",
    "won 2. She") start nothing.
    """
    first = _FIRST.match(text)
    if not first:
        return set()
    bullet, value, mark = first.groups()
    if not bullet and value not in ("1", "a", "A"):
        return set()
    cuts: set[int] = set()
    expected, words_from = _following(value), first.end() - 1
    for marker in _NEXT.finditer(text, first.end()):
        if marker.groups() == (bullet, expected, mark) and marker.start() > words_from:
            cuts.add(marker.start())
            expected, words_from = _following(expected), marker.end()
    return cuts
