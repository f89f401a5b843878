"""Whether a pick restates what other sources tell: a claim they share, or all of its words.

In claims/, read by :mod:`summarize.claims._exclusives`: a sentence of one source that
two others tell together in their own words, or all of whose plain words other sources
write, is no one source's news.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from ._set import SentenceSet

__all__ = ["NEAR_CLAIM", "near_a_claim", "news_of_its_own"]

#: Fewest cosine at which a pick is near what a claim's sentences of other sources say
#: together (:func:`near_a_claim`): ``_exclusives.NEAR`` times the claim similarity, never under
#: this (its value at the default 0.3): summed, many rows make a loose similarity looser.
NEAR_CLAIM = 0.15


def news_of_its_own(
    matrix: sparse.csr_matrix, sources: Sequence[int], names: np.ndarray | None
) -> np.ndarray:
    """For each row, whether it writes a word (names aside) that no other source writes.

    A sentence all of whose plain words other sources write, in whatever order, most
    often tells what they tell ("Ada Ode served in the navy during the war." beside
    sentences of the navy and the war) or is a fragment of it; quoted words are the
    speaker's own all the same (the caller's to tell). Without ``names``, every row does.
    """
    if names is None or not matrix.shape[0]:
        return np.ones(matrix.shape[0], dtype=bool)
    source = np.asarray(sources, dtype=np.int64)
    written = sparse.csr_matrix(
        (np.ones(len(source)), (source, np.arange(len(source)))),
        shape=(int(source.max()) + 1, matrix.shape[0]),
    ) @ sparse.csr_matrix(matrix != 0, dtype=np.float64)
    writers = np.diff(sparse.csc_matrix(written).indptr)  # distinct sources of each term
    own = np.flatnonzero((writers == 1) & ~names[: len(writers)])
    return np.asarray(np.diff(sparse.csr_matrix(matrix[:, own]).indptr) > 0)


def near_a_claim(
    sentences: SentenceSet, rows: Sequence[int], *, similarity: float, columns: sparse.csr_matrix
) -> set[int]:
    """The ``rows`` alike at ``similarity`` to what a claim's rows of other sources say together.

    Two or more sources that state one claim in their own words write between them
    more of the words another source may use for it ("criticised the agency's
    handling" beside "slammed the agency" and "faulted its response"): a row is held
    to the sum of each such claim's rows of the other sources (two at least), as to
    one sentence. The sum of ``k`` rows is ``sqrt(k)`` long at least, which bounds the
    cosine from above: only the claims under that bound are summed.
    """
    source = np.asarray(sentences.numbers, dtype=np.int64)
    claims = [
        group
        for group in sentences.groups
        if len(group) > 2 or (len(group) == 2 and source[group[0]] != source[group[1]])
    ]
    if not rows or not claims:
        return set()
    members = sparse.csr_matrix(
        (
            np.ones(sum(map(len, claims))),
            np.concatenate([np.asarray(group, dtype=np.int64) for group in claims]),
            np.cumsum([0, *map(len, claims)]),
        ),
        shape=(len(claims), len(source)),
    )
    found: set[int] = set()
    for row in rows:
        alike = np.asarray((sentences.matrix[row] @ columns).todense()).ravel()
        other = source != source[row]
        count = members @ other.astype(np.float64)
        total = members @ (alike * other)
        for k in np.flatnonzero((count >= 2) & (total >= similarity * np.sqrt(count))).tolist():
            others = [member for member in claims[k] if other[member]]
            summed = np.asarray(sentences.matrix[others].sum(axis=0)).ravel()
            if total[k] >= similarity * float(np.linalg.norm(summed)):
                found.add(row)
                break
    return found
