"""Whether a sentence gives a figure another source's sentence gives: the same fact, told again.

In claims/, read by :mod:`summarize.claims._exclusives`: a pick that gives the figure of
a sentence of another source alike in some words (or a count one of them rounds) is no
one source's news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from scipy import sparse

from ._told_elsewhere import told_elsewhere

__all__ = ["ROUNDED", "same_figure"]

# A figure: "12,500", "4.7", "318000", not one within a word or a name ("Zx-210", "100th").
_FIGURE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\w|,\d|\.\d)")

# A figure as an amount, with the word of its scale ("1.2 million", "$139 million").
_AMOUNT = re.compile(
    r"[$\u00a3\u20ac]?(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s+(million|billion|trillion)\b)?(?!\w|,\d|\.\d)",
    re.IGNORECASE,
)
# The words that say an amount is rounded, which white space parts from it: "nearly
# 190,000", "about $139 million", "more than 1 million". They are read back from the
# amount, a word at a time (see _rounded), not looked for at every character of the text:
# the last word, and for the words of a phrase the word before it.
_ROUNDING = re.compile(
    r"nearly|almost|about|roughly|around|some|approximately|over|under"
    r"|(?P<than>than)|(?P<to>to)|(?P<least>least)|(?P<estimated>estimated)",
    re.IGNORECASE,
)
_PHRASE_OPENING = {
    "than": re.compile("more|less|fewer", re.IGNORECASE),
    "to": re.compile("close|up", re.IGNORECASE),
    "least": re.compile("at", re.IGNORECASE),
    "estimated": re.compile("an", re.IGNORECASE),
}
# What every figure holds: a text without a digit is not read by the two patterns above.
_DIGIT = re.compile(r"\d")
_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}

#: A rounded figure ("more than 1 million") and another source's figure this share of the
#: larger apart or closer ("943,000") may tell one fact, counted again or rounded.
ROUNDED = 0.1


def same_figure(
    texts: Sequence[str],
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    rows: Sequence[int],
    *,
    similarity: float,
    columns: sparse.csr_matrix | None = None,
) -> set[int]:
    """The ``rows`` that give a figure a row of another source gives, at ``similarity``.

    A figure counts when it has a decimal part or three digits or more and is not a
    year ("4.7", "12,500" and "12500" alike; not "12", "2021", "Zx-210" or "100th"):
    two sentences alike in some words that give one such figure most often tell one
    fact, though too far apart in words to be near paraphrases. So do two that give
    figures :data:`ROUNDED` apart or closer (a tenth of the larger), when a word says
    one of them is rounded ("more than 1 million" and "943,000", "nearly $139 million"
    and "$138.7 million"; "1.2 million" and the like read as numbers).

    Args:
        texts: The text of each row.
        matrix: L2-normalised TF-IDF rows of the set.
        sources: The number of each row's source.
        rows: The rows to test.
        similarity: The cosine similarity from which two rows with a figure in common
            tell one fact.
        columns: ``csr_matrix(matrix.T)``, when the caller has it; else it is made here,
            once for all rows, not once a row.

    Example:
        >>> import numpy as np
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.6, 0.8]]))
        >>> texts = ["Fares went up 4.7% in May.", "Riders pay 4.7 percent more.", "Fares rose."]
        >>> sorted(same_figure(texts, m, [0, 1, 1], [0, 2], similarity=0.5))
        [0]
        >>> sorted(same_figure(texts, m, [0, 1, 1], [0], similarity=0.7))
        []
    """
    read = [row for row in rows if _figures(texts[row]) or _amounts(texts[row])]
    return told_elsewhere(
        matrix,
        sources,
        read,
        similarity=similarity,
        columns=columns,
        told=lambda row, other: _told_again(texts[row], texts[other]),
    )


def _told_again(text: str, other: str) -> bool:
    """Whether ``other`` gives a figure of ``text`` or an amount near one of its amounts.

    A text without an amount gives no figure either (what :func:`_figures` reads,
    :func:`_amounts` reads too): most sentences alike in words give none, and their
    figures need not be read.
    """
    if not _amounts(other):
        return False
    mine = _figures(text)
    return bool(mine and not mine.isdisjoint(_figures(other))) or _near_amounts(text, other)


def _near_amounts(text: str, other: str) -> bool:
    """Whether ``text`` and ``other`` give amounts :data:`ROUNDED` apart, one of them rounded.

    "more than 1 million jobs" and "943,000 jobs", "nearly $139 million" and "$138.7
    million": one count written rounded by one source and exactly by another.
    """
    mine = _amounts(text)
    if not mine:
        return False
    return any(
        (rounded or theirs_rounded) and abs(value - theirs) <= ROUNDED * max(value, theirs)
        for value, rounded in mine
        for theirs, theirs_rounded in _amounts(other)
    )


@lru_cache(maxsize=1 << 14)
def _amounts(text: str) -> tuple[tuple[float, bool], ...]:
    """The figures of ``text`` as values, each with whether a word says it is rounded.

    Figures as :func:`_figures` reads them, and "1.2 million" too; rounded, "more
    than", "nearly", "about" and the like before them. Cached, as :func:`_figures`.
    """
    if not _DIGIT.search(text):
        return ()
    found = []
    for amount in _AMOUNT.finditer(text):
        whole, part, scale = amount.group(1, 2, 3)
        part, scale = part or "", scale or ""
        digits = whole.replace(",", "")
        year = len(whole) == 4 and whole.startswith(("19", "20")) and not (part or scale)
        if (part or scale or len(digits) >= 3) and not year:
            value = float(digits + part) * _SCALES.get(scale.lower(), 1.0)
            found.append((value, _rounded(text, amount.start())))
    return tuple(found)


def _rounded(text: str, at: int) -> bool:
    r"""Whether words that say an amount is rounded stand right before it, at ``at``.

    Read back from the amount, this finds what ``\b(?:more\s+than|nearly|about|...
    |an\s+estimated)\s+`` ending at ``at`` finds, case ignored as there: white space,
    then one of the words, or the last word of a phrase, white space and its first word.
    """
    last = _word_before(text, at)
    if last is None:
        return False
    word = _ROUNDING.fullmatch(text, *last)
    if word is None:
        return False
    if word.lastgroup is None:
        return True  # "nearly", "about": a word of its own
    first = _word_before(text, last[0])
    return first is not None and _PHRASE_OPENING[word.lastgroup].fullmatch(text, *first) is not None


def _word_before(text: str, at: int) -> tuple[int, int] | None:
    r"""Where the word that white space (one character or more) parts from ``at`` starts and ends.

    A word is what ``\w+`` matches; None when no white space or no word is there.
    """
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return (start, end) if start < end < at else None


@lru_cache(maxsize=1 << 14)
def _figures(text: str) -> frozenset[str]:
    """The figures of ``text`` that may tell a fact apart: see :func:`same_figure`.

    Cached: the rows a pick resembles are read again for the next pick and round.
    """
    if not _DIGIT.search(text):
        return frozenset()
    found = set()
    for whole, part in _FIGURE.findall(text):
        digits = whole.replace(",", "")
        year = len(whole) == 4 and whole.startswith(("19", "20"))
        if part or (len(digits) >= 3 and not year):
            found.add(digits + part)
    return frozenset(found)
