"""Whether a sentence gives a small count of a thing another source's sentence gives: told again.

In claims/, read by :mod:`summarize.claims._exclusives` beside ``_same_figure``, which
leaves counts under a hundred alone (too common to tell a fact by themselves): "three
ferries" and "3 ferries", "a two-year ban" and "banned for two years", "the 45-year-old
singer" and "Ada Ode, 45,", "voted unanimously" and "the vote was 9-0" tell one fact
when the two sentences are alike in some words too. English only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from scipy import sparse

from ._told_elsewhere import told_elsewhere

__all__ = ["counts", "same_count"]


def _words(spaced: str) -> list[str]:
    return spaced.split()


_UNITS = _words("zero one two three four five six seven eight nine")
_TEENS = _words("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_VALUES = {
    **{word: k for k, word in enumerate(_UNITS)},
    **{word: 10 + k for k, word in enumerate(_TEENS)},
    **{word: 20 + 10 * k for k, word in enumerate(_TENS)},
}
_WORD = "|".join(sorted((w for w in _VALUES if _VALUES[w] >= 2), key=len, reverse=True))
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May"
    r"|June|July|August|September|October|November|December"
)
# A count under a hundred in digits or words ("3", "three", "twenty-one"), not a part of a
# figure ("4.5", "2,000", "2:17", "5%", "$3"), nor a day of a month ("Jan. 6"); then what
# it counts, after a space or a hyphen ("ferries", "two-year"), or an age ("45-year-old").
_COUNT = re.compile(
    r"(?<![\w.,$\u00a3\u20ac:/-])"
    rf"(?:(\d{{1,2}})|({_WORD})(?:-({'|'.join(_UNITS[1:])}))?)"
    r"(?![\w%\u00b0]|[.,:/]\d)"
    r"(?:(?P<age>-year-old|\s+years?\s+old\b)|[\s-]+(?P<unit>[A-Za-z][a-z'\u2019-]*))?",
    re.IGNORECASE,
)
_MONTH = re.compile(rf"(?:{_MONTHS})\s+$")
# An age after a name, set off by commas: "Ada Ode, 45, said ...".
_AGE = re.compile(r"[A-Z][\w.'\u2019-]*,\s+(?:aged\s+)?(\d{1,2}),")
# "Unanimous" and a tally of no vote against: "9-0", "9 to 0".
_UNANIMOUS = re.compile(
    r"\bunanimous(?:ly)?\b|\b\d{1,3}\s*(?:-|\u2013|to)\s*(?:0|zero|nil)\b", re.I
)
# Words after a count that say nothing of what it counts.
_NO_UNIT = frozenset(
    _words(
        "the and are was were for from with more other than that who which have has had but"
        " out times percent per into over under about"
    )
)
#: Fewest letters of a counted word: "p.m.", "am", "of" count nothing.
_SHORTEST = 3


@lru_cache(maxsize=1 << 14)
def counts(text: str) -> frozenset[tuple[int, str]]:
    """The small counts of ``text``, each with what it counts, read as :func:`same_count` does.

    An age is counted as ``"age"``, "unanimous" and a tally of none against as ``(0,
    "unanimous")``.

    Example:
        >>> sorted(counts("Three ferries and 3 tugs sank; Ada Ode, 45, swam."))
        [(3, 'ferry'), (3, 'tug'), (45, 'age')]
        >>> sorted(counts("The 45-year-old won a two-year deal on Jan. 6 at 2:17 p.m."))
        [(2, 'year'), (45, 'age')]
        >>> sorted(counts("The board voted 9-0."))
        [(0, 'unanimous')]
    """
    found: set[tuple[int, str]] = set()
    for count in _COUNT.finditer(text):
        if _MONTH.search(text, 0, count.start()):
            continue  # "January 6": a day
        digits, word, ones = count.group(1, 2, 3)
        value = (
            int(digits)
            if digits
            else _VALUES[word.lower()] + (_VALUES[ones.lower()] if ones else 0)
        )
        if value < 2:
            continue
        if count.group("age"):
            found.add((value, "age"))
        elif (unit := _unit(count.group("unit") or "")) is not None:
            found.add((value, unit))
    found.update((int(age), "age") for age in _AGE.findall(text))
    if _UNANIMOUS.search(text):
        found.add((0, "unanimous"))
    return frozenset(found)


def _unit(word: str) -> str | None:
    """What a count counts, in the singular: "ferries" -> "ferry", "co-workers" -> "coworker"."""
    head, _, rest = word.lower().replace("\u2019", "'").partition("-")
    if rest and len(head) < _SHORTEST:
        head = head + rest.partition("-")[0]  # "co-workers": one word
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    head = head.removesuffix("'")
    return head if len(head) >= _SHORTEST and head not in _NO_UNIT else None


def same_count(
    texts: Sequence[str],
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    rows: Sequence[int],
    *,
    similarity: float,
    columns: sparse.csr_matrix | None = None,
) -> set[int]:
    """The ``rows`` that give a small count of a thing a row of another source gives.

    A row counts when it gives one count of :func:`counts` (the number and what it
    counts) that a row of another source gives, and the two are alike at ``similarity``
    or more: "Three ferries sank off Kessel." beside "3 ferries went down near Kessel".

    Args:
        texts: The text of each row.
        matrix: L2-normalised TF-IDF rows of the set.
        sources: The number of each row's source.
        rows: The rows to test.
        similarity: The cosine similarity from which two rows with a count in common
            tell one fact.
        columns: ``csr_matrix(matrix.T)``, when the caller has it.

    Example:
        >>> import numpy as np
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.6, 0.8]]))
        >>> texts = ["Three ferries sank.", "3 ferries went down.", "Three tugs sank."]
        >>> sorted(same_count(texts, m, [0, 1, 1], [0], similarity=0.5))
        [0]
        >>> sorted(same_count(texts, m, [0, 0, 1], [0], similarity=0.5))  # tugs, not ferries
        []
    """
    read = [row for row in rows if counts(texts[row])]
    return told_elsewhere(
        matrix,
        sources,
        read,
        similarity=similarity,
        columns=columns,
        told=lambda row, other: not counts(texts[row]).isdisjoint(counts(texts[other])),
    )
