"""Group the sentences of a set into claims: sentences of different articles that say the same.

Sentences are linked when their TF-IDF cosine similarity reaches the
``similarity`` threshold (a sparse graph, never a dense n x n matrix). Links are
taken strongest first, and two groups merge only when

* they share no article (a claim holds at most one sentence of each article), and
* at least half of the sentence pairs across the two groups are linked, so a
  chain of loosely related sentences does not snowball into one claim.

Every sentence ends in exactly one group; a sentence no other article echoes is
a claim of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .similarity import similarity_graph

__all__ = ["cluster_claims"]


def cluster_claims(
    articles: Sequence[int], matrix: sparse.csr_matrix, *, similarity: float
) -> list[list[int]]:
    """Return groups of row indices, each group one claim.

    Args:
        articles: For each row of ``matrix``, the index of its article.
        matrix: L2-normalised TF-IDF rows, one per sentence.
        similarity: Cosine similarity at which two sentences are linked.

    Returns:
        Groups of rows, each sorted, ordered by their first row; together they
        hold every row exactly once.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1]]))
        >>> cluster_claims([0, 0, 1], m, similarity=0.5)
        [[0, 2], [1]]
    """
    article_of = np.asarray(articles, dtype=np.int64)
    n = matrix.shape[0]
    if len(article_of) != n:
        raise ValueError(f"{len(article_of)} article labels for {n} rows")
    neighbours = similarity_graph(matrix, threshold=similarity)
    graph = sparse.triu(neighbours, k=1).tocoo()
    across = article_of[graph.row] != article_of[graph.col]
    rows, cols, weights = graph.row[across], graph.col[across], graph.data[across]
    order = np.lexsort((cols, rows, -weights))

    label = np.arange(n)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    covered: dict[int, set[int]] = {i: {int(article_of[i])} for i in range(n)}

    for edge in order:
        a, b = label[rows[edge]], label[cols[edge]]
        if a == b or covered[a] & covered[b]:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        if not _mostly_linked(members[b], members[a], a, neighbours, label):
            continue
        for row in members[b]:
            label[row] = a
        members[a].extend(members.pop(b))
        covered[a] |= covered.pop(b)

    groups = [sorted(group) for group in members.values()]
    groups.sort(key=lambda group: group[0])
    return groups


def _mostly_linked(
    small: list[int],
    large: list[int],
    large_label: int,
    neighbours: sparse.csr_matrix,
    label: np.ndarray,
) -> bool:
    """Whether at least half of the row pairs between ``small`` and ``large`` are linked."""
    if len(small) == 1 and len(large) == 1:
        return True
    linked = 0
    for row in small:
        start, end = neighbours.indptr[row], neighbours.indptr[row + 1]
        linked += int(np.count_nonzero(label[neighbours.indices[start:end]] == large_label))
    return 2 * linked >= len(small) * len(large)
