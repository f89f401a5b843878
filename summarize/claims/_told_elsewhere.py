"""Whether a pick restates what other sources tell: a claim they share, or all of its words.

In claims/, read by :mod:`summarize.claims._exclusives`: a sentence of one source that
two others tell together in their own words, or all of whose plain words other sources
write, is no one source's news.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from ._set import SentenceSet

__all__ = ["NEAR_CLAIM", "near_a_claim", "news_of_its_own", "told_elsewhere"]

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
    picks = np.asarray(rows, dtype=np.int64)
    alike = sparse.csr_matrix(sentences.matrix[picks] @ columns).tocoo()
    other = source[alike.col] != source[picks[alike.row]]  # rows of the pick's own source out
    alike = sparse.csr_matrix(
        (alike.data[other], (alike.row[other], alike.col[other])), shape=alike.shape
    )
    total = sparse.csr_matrix(alike @ members.T).tocoo()  # each claim's cosines, summed
    # Two rows of other sources at least: the sum is sqrt(2) long or more.
    bound = total.data >= similarity * np.sqrt(2)
    found: set[int] = set()
    lengths: dict[tuple[int, int], float] = {}  # (claim, source left out) -> its sum's length
    for pick, claim, summed_cosine in zip(
        total.row[bound].tolist(),
        total.col[bound].tolist(),
        total.data[bound].tolist(),
        strict=True,
    ):
        row = rows[pick]
        if row in found:
            continue
        others = [member for member in claims[claim] if source[member] != source[row]]
        if len(others) < 2 or summed_cosine < similarity * np.sqrt(len(others)):
            continue
        key = (claim, int(source[row]) if len(others) < len(claims[claim]) else -1)
        if key not in lengths:  # most picks leave out no row: one length for all of them
            part = sentences.matrix[others]
            lengths[key] = float(np.sqrt(sparse.csr_matrix(part @ part.T).sum()))
        if summed_cosine >= similarity * lengths[key]:
            found.add(row)
    return found


# Rows multiplied at a time by told_elsewhere: bounds the memory of one product.
_BLOCK_ROWS = 256


def told_elsewhere(
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    rows: Sequence[int],
    *,
    similarity: float,
    told: Callable[[int, int], bool],
    columns: sparse.csr_matrix | None = None,
) -> set[int]:
    """The ``rows`` that a row of another source, alike at ``similarity``, tells again.

    ``told(row, other)`` says whether ``other`` tells what ``row`` tells (the same
    figure, the same small count); it is asked only of the rows of other sources alike
    enough, read from one product of the rows in blocks (``columns``:
    ``csr_matrix(matrix.T)``, when the caller has it).

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.6, 0.8]]))
        >>> sorted(told_elsewhere(m, [0, 1, 0], [0, 2], similarity=0.5, told=lambda r, o: True))
        [0, 2]
        >>> sorted(told_elsewhere(m, [0, 1, 0], [0, 2], similarity=0.5, told=lambda r, o: o != 1))
        []
    """
    found: set[int] = set()
    if not rows:
        return found
    if columns is None:
        columns = sparse.csr_matrix(matrix.T)
    source = np.asarray(sources)
    for start in range(0, len(rows), _BLOCK_ROWS):
        block = list(rows[start : start + _BLOCK_ROWS])
        # One product for the block: each row's entries are summed as in a product of its own.
        alike = sparse.csr_matrix(matrix[block] @ columns)
        for i, row in enumerate(block):
            lo, hi = alike.indptr[i], alike.indptr[i + 1]
            others = alike.indices[lo:hi][alike.data[lo:hi] >= similarity]
            others = others[source[others] != source[row]]  # another source's rows only
            if any(told(row, other) for other in others.tolist()):
                found.add(row)
    return found
