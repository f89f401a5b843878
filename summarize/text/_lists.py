"""The items of a list written on one line: "1) Check the tyres 2) Fill the tank".

In text/, used by :mod:`summarize.text._segment`: where each item of such a list
starts, so that it is a sentence of its own even without a full stop.
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "list_cuts"]

#: Marks that open a list item (besides "-", "*" and "+", too common inside a sentence).
BULLETS = "\u2022\u2023\u2043\u25aa\u25cf\u25e6"

# A marker: an optional bullet, a number, a roman numeral or a letter, then ".", ")" or
# ".)", or the same in brackets ("(b)"); a space after.
_VALUE = r"(\d{1,3}|[ivx]{1,4}|[IVX]{1,4}|[A-Za-z])"
_FIRST = re.compile(f"([{BULLETS}]?)\\s*(\\(?){_VALUE}(\\.\\)|[.)])\\s+\\S")
_NEXT = re.compile(f"(?<=\\s)([{BULLETS}]?)\\s*(\\(?){_VALUE}(\\.\\)|[.)])(?=\\s+\\S)")
# A list after a colon, its items capitalised: "Steps: 1) Boil water 2) Add rice"; or
# after a sentence's end, numbered or lettered in lower case (a capital letter there
# is too often an initial: "gold. A. Ode won"): "Do this. 1) Boil water 2) Add rice".
# The sentence must end on a word in lower case: "(Jan. 1) AP" is no end.
# It starts with the punctuation, which :mod:`re` skips to quickly.
_ITEM = f"\\s+(([{BULLETS}]?)\\s*(\\(?)([1aAiI])(\\.\\)|[.)])\\s+[A-Z])"
_AFTER_LEAD = re.compile(
    f"(?::|[.?!][\"'\u2019\u201d)\\]]*(?=\\s+[{BULLETS}]?\\s*\\(?[1ai][.)]))" + _ITEM
)
_TRIES = 4  # lists sought after a colon or a stop, at most, in one paragraph
_LOWER_WORD = re.compile("[\"'\u2018\u201c(\\[]*[a-z]+[.?!]")  # "steps.", not "Jan."
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# A bullet alone before an item's words, at the paragraph's start or after a space.
_BULLET_FIRST = re.compile(f"([{BULLETS}])\\s+\\S")
_BULLET_NEXT = re.compile(f"(?<=\\s)([{BULLETS}])(?=\\s+\\S)")


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _roman(value: str) -> bool:
    """Whether a list that starts at ``value`` counts in roman numerals: "i.", "II.", not "v."."""
    return value.lower() == "i" or (len(value) > 1 and value.lower() in _ROMAN)


def _following(value: str, roman: bool) -> str:
    """Return the marker after ``value``: "2" after "1", "b" after "a", "ii" after "i"."""
    if value.isdigit():
        return str(int(value) + 1)
    if roman:
        low = value.lower()
        after = _ROMAN[_ROMAN.index(low) + 1] if low in _ROMAN[:-1] else ""  # no more
        return after if value.islower() else after.upper()
    return chr(ord(value) + 1)


def list_cuts(text: str) -> set[int]:
    """Return where the items of a list written on one line start, but at the paragraph's.

    The paragraph must open with a marker, the first of its kind ("1.", "a)",
    "A.", "(a)", "i.") or after a bullet ("\u2022 3."), or with a bullet alone, each
    later item then starting at the same bullet ("\u2022 Drain \u2022 Refill"); or a
    colon must be followed by a first marker and a capital ("Steps: 1) Boil"), or
    the stop after a word in lower case by a first marker in figures or lower case
    and a capital ("Do this. 1) Boil", not "gold. A. Ode" nor "(Jan. 1) AP"), the
    items then all capitalised. Each later
    item starts at the next marker in the sequence written the same way ("2.", "b)",
    "(b)", "ii.", "\u2022 4."), after at least one word of the item before; other
    numbers and letters ("J. K. Rowling", "won 2. She") start nothing, and neither
    does a colon or a stop before a list of one item.
    """
    alone = _BULLET_FIRST.match(text)
    if alone and not _FIRST.match(text):  # "\u2022 Drain the tank \u2022 Refill it"
        return {m.start() for m in _BULLET_NEXT.finditer(text, alone.end()) if m[1] == alone[1]}
    first = _FIRST.match(text)
    if first:
        bullet, bracket, value, mark = first.groups()
        if (bullet or value in ("1", "a", "A", "i", "I")) and not (bracket and mark != ")"):
            return _items(text, first.groups(), first.end() - 1, capitals=False)
        return set()
    if not _has_second_marker(text):
        return set()  # most paragraphs: found by a search of the text, not by the pattern
    for tries, lead in enumerate(_AFTER_LEAD.finditer(text)):
        if tries == _TRIES:
            break
        if (lead.group(3) and lead.group(5) != ")") or not (
            text[lead.start()] == ":" or _LOWER_WORD.fullmatch(_word_before(text, lead.start() + 1))
        ):
            continue
        cuts = _items(text, lead.group(2, 3, 4, 5), lead.end() - 1, capitals=True)
        if cuts:
            return cuts | {lead.start(1)}
    return set()


def _has_second_marker(text: str) -> bool:
    """Whether ``text`` may hold a list's second marker ("2.", "b)", "ii."), by plain search."""
    return (
        " 2." in text
        or "2)" in text
        or " b." in text
        or "b)" in text
        or "ii." in text
        or "ii)" in text
    )


def _word_before(text: str, end: int) -> str:
    """Return the word that ends at ``end`` (read within 64 characters)."""
    words = text[max(0, end - 64) : end].split()
    return words[-1] if words else ""


def _items(text: str, first: tuple[str, ...], words_from: int, *, capitals: bool) -> set[int]:
    """Return where the items after ``first`` (bullet, bracket, value, mark) start.

    ``words_from`` is where the first item's words start; with ``capitals``, an
    item must start with a capital letter.
    """
    bullet, bracket, value, mark = first
    roman = _roman(value)
    cuts: set[int] = set()
    expected = _following(value, roman)
    for marker in _NEXT.finditer(text, words_from):
        if (
            marker.groups() == (bullet, bracket, expected, mark)
            and marker.start() > words_from
            and not (capitals and not _CAPITAL_AFTER.match(text, marker.end()))
        ):
            cuts.add(marker.start())
            expected, words_from = _following(expected, roman), marker.end()
    return cuts
