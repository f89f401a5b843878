"""Sparse cosine-similarity graphs over TF-IDF rows, without a dense n x n matrix.

Rows are L2-normalised, so a sparse product gives cosine similarities. The
product is taken in blocks of rows and thresholded block by block, so memory
stays proportional to the number of similar pairs kept, not to n squared.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

__all__ = ["similarity_graph"]

_BLOCK_ROWS = 1024


def similarity_graph(
    matrix: sparse.csr_matrix, *, threshold: float, block_rows: int = _BLOCK_ROWS
) -> sparse.csr_matrix:
    """Return the symmetric graph of cosine similarities of at least ``threshold``.

    The diagonal (each row with itself) is left out.

    Args:
        matrix: L2-normalised rows (sentences x terms).
        threshold: Smallest similarity kept.
        block_rows: Rows multiplied at a time; bounds the memory of one product.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
        >>> similarity_graph(m, threshold=0.5).toarray().round(2)
        array([[0. , 0.6, 0. ],
               [0.6, 0. , 0.8],
               [0. , 0.8, 0. ]])
    """
    n = matrix.shape[0]
    transposed = matrix.T.tocsc()
    blocks = []
    for start in range(0, n, block_rows):
        block = sparse.csr_matrix(matrix[start : start + block_rows] @ transposed)
        block.data[block.data < threshold] = 0.0
        block.eliminate_zeros()
        blocks.append(block)
    if not blocks:
        return sparse.csr_matrix((n, n), dtype=np.float64)
    graph = sparse.csr_matrix(sparse.vstack(blocks, format="csr"))
    graph.setdiag(0.0)
    graph.eliminate_zeros()
    graph.sort_indices()
    return graph
