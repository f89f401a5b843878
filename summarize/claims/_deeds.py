"""Openings that report one deed: the same doer doing the same thing, in other words.

In claims/, before the restatements: two articles that open on "Gov. Ada Ode, a
Republican, on Monday signed a bill ..." and "Governor Ada Ode signed a law ..." report
one event, though they share too few words for any cosine to link them (the doer and the
deed as :func:`~summarize.text.deed` reads them). Only the openings of different sources
are read; two that name different weekdays ("on Monday signed", "signed ... on Thursday")
or give figures none of which the other gives ("dropped to 385,000", "dropped to
348,000") tell two deeds apart, and the two must share :data:`DEED_SHARE` of the claim
similarity besides. The reading assumes a set about one story: in a set of many, one
doer doing one thing twice on one day reads as one deed.
:func:`~summarize.claims._restate.restated_groups` takes their claims for restatements of
each other, so the merged summary shows the event once, with every source that opens on
it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from scipy import sparse

from ..records import Sentence
from ..text import deed

__all__ = ["DEED_SHARE", "same_deed"]

#: Two openings with one doer and one deed restate each other from this share of the
#: claim similarity (0.06 at the default 0.3): they must share some words besides.
DEED_SHARE = 0.2

_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# A figure that tells one happening from another: three digits or more, a decimal, a
# percentage or a tally ("385,000", "3.5", "12%", "54-35"; not "six", "2" or a year).
_FIGURE = re.compile(r"(?<![\d.,])(?:\d+(?:[.,]\d+)+|(?!(?:19|20)\d\d\b)\d{3,}|\d+%|\d+-\d+)")


def same_deed(
    sentences: Sequence[Sentence],
    openings: Mapping[str, Sequence[int]],
    sources: Sequence[int],
    matrix: sparse.csr_matrix,
    *,
    similarity: float,
) -> list[tuple[int, int]]:
    """Pairs of opening rows of different sources that report one deed of one doer.

    Args:
        sentences: The set's sentences by row.
        openings: Article id -> the rows that open it.
        sources: The number of each row's source.
        matrix: L2-normalised TF-IDF rows of the set.
        similarity: The claim similarity; a pair must reach :data:`DEED_SHARE` of it.

    Example:
        >>> import numpy as np
        >>> texts = ["Mayor Ada Ode on Monday signed a bill to shut the pier.",
        ...          "Ada Ode signed a law that shuts the old pier at Kessel."]
        >>> rows = [Sentence(a, 0, 0, len(t), t) for a, t in zip("ab", texts)]
        >>> m = sparse.csr_matrix(np.array([[0.8, 0.6, 0.0], [0.8, 0.0, 0.6]]))
        >>> same_deed(rows, {"a": [0], "b": [1]}, [0, 1], m, similarity=0.3)
        [(0, 1)]
    """
    by_deed: dict[tuple[str, str], list[int]] = {}
    for rows in openings.values():
        for row in rows:
            read = deed(sentences[row].text)
            if read is not None:
                by_deed.setdefault(read, []).append(row)
    least = DEED_SHARE * similarity
    pairs = []
    for rows in by_deed.values():
        for one, two in itertools.combinations(rows, 2):
            if sources[one] == sources[two]:
                continue
            if _apart(sentences[one].text, sentences[two].text):
                continue
            if matrix[one].multiply(matrix[two]).sum() >= least:
                pairs.append((one, two))
    return pairs


def _apart(one: str, two: str) -> bool:
    """Whether two openings tell their deeds apart: by the day, or by figures none shared.

    "Ode on Monday signed a bill" and "Ode signed a bill on Thursday" are two signings;
    so are "claims dropped to 385,000" and "claims dropped to 348,000" (two weeks).
    """
    for pattern in (_WEEKDAY, _FIGURE):
        first, second = set(pattern.findall(one)), set(pattern.findall(two))
        if first and second and first.isdisjoint(second):
            return True
    return False
