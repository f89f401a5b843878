"""Choose what to show: budgets in sentences or words, redundancy control, output order."""

from __future__ import annotations

from collections.abc import Sequence

from scipy import sparse

__all__ = ["select"]


def select(
    candidates: Sequence[int],
    matrix: sparse.csr_matrix,
    lengths: Sequence[int],
    *,
    count: int | None = None,
    words: int | None = None,
    redundancy: float = 1.0,
) -> list[int]:
    """Pick rows from ``candidates`` (best first) within a budget, skipping near-repeats.

    A candidate whose cosine similarity to a row already picked reaches
    ``redundancy`` is skipped (the redundancy cut of maximal marginal relevance).
    With a word budget, whole sentences are taken while their word counts add
    up to at most ``words``; one that does not fit is passed over for a shorter
    one further down. If the best candidate alone is longer than the budget it
    is shown alone, so the summary is never empty when there is text.

    Args:
        candidates: Row indices, most important first.
        matrix: L2-normalised TF-IDF rows.
        lengths: Word count of every row of ``matrix``.
        count: Most rows to pick.
        words: Word budget; used instead of ``count`` when given.
        redundancy: Highest similarity allowed between two picked rows.

    Returns:
        The picked rows, in the order of ``candidates``.

    Example:
        >>> import numpy as np
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
        >>> select([0, 1, 2], m, [5, 5, 5], count=2, redundancy=0.9)
        [0, 2]
        >>> select([0, 1, 2], m, [5, 5, 5], words=9, redundancy=1.0)
        [0]
    """
    if (count is None) == (words is None):
        raise ValueError("give exactly one of count and words")
    picked: list[int] = []
    used = 0
    for row in candidates:
        if count is not None and len(picked) >= count:
            break
        if words is not None:
            if used + lengths[row] > words:
                if not picked:
                    return [row]
                continue
            if used == words:
                break
        if picked and redundancy < 1.0 and _too_close(row, picked, matrix, redundancy):
            continue
        picked.append(row)
        used += lengths[row]
    return picked


def _too_close(row: int, picked: list[int], matrix: sparse.csr_matrix, redundancy: float) -> bool:
    similarities = (matrix[picked] @ matrix[row].T).toarray().ravel()
    return bool(similarities.max(initial=0.0) >= redundancy)
