"""Sparse cosine-similarity graphs over TF-IDF rows, without a dense n x n matrix.

Rows are L2-normalised, so a sparse product gives cosine similarities. The
product is taken in blocks of rows and thresholded block by block, so memory
stays proportional to the number of similar pairs kept, not to n squared; with
``top_k`` it stays proportional to ``n * top_k``. Each block is multiplied with
its own and the later rows only: a link to an earlier row was found from that
row's end (see :mod:`._strongest`).

Identical rows (the same sentence syndicated by many outlets) are one node of a
:class:`SimilarityGraph`, so a set of 500 copies of an article costs what one
copy costs. The pipeline builds that graph once and hands it to the ranker and
to the clusterer.
"""

from __future__ import annotations

import itertools

import attrs
import numpy as np
from scipy import sparse

from ._strongest import Ahead, strongest, union

__all__ = ["SimilarityGraph", "distinct_rows", "similarity_graph"]

_BLOCK_ROWS = 1024


def similarity_graph(
    matrix: sparse.csr_matrix,
    *,
    threshold: float,
    top_k: int | None = None,
    keep_all: float | None = None,
    block_rows: int = _BLOCK_ROWS,
) -> sparse.csr_matrix:
    """Return the symmetric graph of cosine similarities of at least ``threshold``.

    The diagonal (each row with itself) is left out. With ``top_k``, each row
    keeps only its ``top_k`` strongest links (the lower column first on equal
    similarity), then the graph is made symmetric again: a link stays when
    either end keeps it. A row therefore keeps at least its own ``top_k``
    strongest links, and the graph holds at most ``2 * top_k * n`` entries.

    Args:
        matrix: L2-normalised rows (sentences x terms).
        threshold: Smallest similarity kept.
        top_k: Most links each row keeps for itself; ``None`` keeps them all.
        keep_all: With ``top_k``, links of at least this similarity are kept
            beyond the ``top_k`` strongest, so the graph is complete from
            ``keep_all`` up (one graph can then serve a clustering at
            ``keep_all`` and a ``top_k`` ranking at ``threshold``).
        block_rows: Rows multiplied at a time; bounds the memory of one product.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
        >>> similarity_graph(m, threshold=0.5).toarray().round(2)
        array([[0. , 0.6, 0. ],
               [0.6, 0. , 0.8],
               [0. , 0.8, 0. ]])
        >>> similarity_graph(m, threshold=0.5, top_k=1).toarray().round(2)
        array([[0. , 0.6, 0. ],
               [0.6, 0. , 0.8],
               [0. , 0.8, 0. ]])
    """
    if top_k is not None and top_k < 0:
        raise ValueError(f"top_k must be at least 0 or None, got {top_k}")
    n = matrix.shape[0]
    blocks = []
    dropped = False
    ahead = Ahead(n, block_rows, top_k, keep_all)
    for start in range(0, n, block_rows):
        stop = min(start + block_rows, n)
        # Only the columns from ``start`` on are multiplied: the links to earlier rows
        # were found from the other end, the same sums in the same order (see Ahead).
        product = matrix[start:stop] @ matrix[start:].T.tocsr()
        block = ahead.take(_above(product, threshold), start)
        if top_k is not None:
            block, cut = strongest(block, top_k, keep_all)
            dropped = dropped or cut
        blocks.append(block)
    if not blocks:
        return sparse.csr_matrix((n, n), dtype=np.float64)
    graph = sparse.csr_matrix(sparse.vstack(blocks, format="csr"))
    if dropped or ahead.dropped:
        graph = union(graph)
    # Rows are put in column order once, here: the blocks never needed it.
    graph.sort_indices()
    return graph


def _above(product: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """Keep the entries of ``product`` of at least ``threshold``, off the diagonal.

    ``product`` holds the similarities of a block of rows with the rows from the
    block's first on (numbered from 0 there), so a row meets itself in column
    ``row``; an entry of exactly 0 is dropped too, as :meth:`eliminate_zeros` would (and
    a NaN kept: it is not below the threshold). The entries kept are copied out
    in one pass: the product is mostly weak links.
    """
    keep = ~(product.data < threshold)
    if threshold <= 0:
        keep &= product.data != 0
    # Positions, not a boolean mask, index the arrays: far fewer entries are kept.
    at = np.flatnonzero(keep)
    rows = np.searchsorted(product.indptr, at, side="right") - 1
    columns = product.indices[at]
    off = columns != rows
    at, rows, columns = at[off], rows[off], columns[off]
    indptr = np.zeros(product.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=product.shape[0]), out=indptr[1:])
    return sparse.csr_matrix((product.data[at], columns, indptr), shape=product.shape)


def _links(graph: sparse.csr_matrix, *, threshold: float, top_k: int | None) -> sparse.csr_matrix:
    """Return the links of ``graph`` of at least ``threshold``, ``top_k`` per row, symmetric.

    Applied to ``similarity_graph(m, threshold=t, top_k=K, keep_all=...)`` with
    ``t <= threshold`` and ``top_k <= K``, this gives exactly
    ``similarity_graph(m, threshold=threshold, top_k=top_k)``: every row of the
    larger graph holds its own ``K`` strongest links.
    """
    kept = sparse.csr_matrix(graph, copy=True)
    kept.data[kept.data < threshold] = 0.0
    kept.eliminate_zeros()
    if top_k is None:
        return kept
    kept, cut = strongest(kept, top_k, None)
    if cut:
        kept = union(kept)
    kept.sort_indices()
    return kept


def distinct_rows(matrix: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Group identical non-empty rows.

    Rows with no terms at all are never grouped: they share no words with
    anything, not even with each other.

    Returns:
        ``(first, node)``: the first row of each group, in row order, and for
        every row the index of its group.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]))
        >>> first, node = distinct_rows(m)
        >>> first.tolist(), node.tolist()
        ([0, 1, 3], [0, 1, 0, 2])
    """
    n = matrix.shape[0]
    bounds = matrix.indptr
    # Only rows whose checksum another non-empty row shares can be copies (equal rows
    # have equal sums, in any order of their entries); the others are nodes of their
    # own, found without a loop.
    sums = _row_checksums(matrix)
    filled = np.flatnonzero(bounds[1:] > bounds[:-1])
    _, inverse, shared = np.unique(sums[filled], return_inverse=True, return_counts=True)
    compared = filled[shared[inverse] > 1]
    rows = sparse.csr_matrix(matrix[compared])  # a copy: their entries are put in column order
    rows.sort_indices()
    rep = np.arange(n, dtype=np.int64)  # the first row equal to each row
    # Each row's key is its stretch of the index and data bytes, sliced from two
    # bytes objects: cheaper than two arrays and their bytes for every row.
    indices, data = rows.indices.tobytes(), rows.data.tobytes()
    width, size = rows.indices.itemsize, rows.data.itemsize
    groups: dict[tuple[bytes, bytes], int] = {}
    spans = itertools.pairwise(rows.indptr.tolist())
    for row, (start, end) in zip(compared.tolist(), spans, strict=True):
        key = (indices[start * width : end * width], data[start * size : end * size])
        rep[row] = groups.setdefault(key, row)
    leads = rep == np.arange(n)
    number = np.cumsum(leads) - 1  # each first row's node
    return np.flatnonzero(leads).astype(np.int64), number[rep].astype(np.int64)


_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd constant that spreads the bits of a product


def _row_checksums(rows: sparse.csr_matrix) -> np.ndarray:
    """A number for each row from its stored entries, equal for rows that store the same ones.

    The sum (wrapping round) of a mix of each entry's column and the bits of its
    value, so the order the entries are stored in does not count; rows of other value
    types than 1, 2, 4 or 8 bytes all get 0, so that every row is then compared in full.
    """
    n = rows.shape[0]
    size = rows.data.itemsize
    if size not in (1, 2, 4, 8) or not rows.nnz:
        return np.zeros(n, dtype=np.uint64)
    bits = rows.data.view(f"u{size}").astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = (rows.indices.astype(np.uint64) + np.uint64(1)) * _MIX
        mixed ^= bits
        mixed *= _MIX
        total = np.zeros(rows.nnz + 1, dtype=np.uint64)
        np.cumsum(mixed, out=total[1:])
        return np.asarray(total[rows.indptr[1:]] - total[rows.indptr[:-1]])


@attrs.frozen(eq=False)
class SimilarityGraph:
    """Similarity links between the distinct rows of a TF-IDF matrix.

    Identical rows share one node; ``links`` holds no link of a node to itself
    (identical rows are similar by definition: see ``counts``).

    Attributes:
        node: For each row of the matrix, the index of its node.
        first: For each node, its first row.
        links: Node x node cosine similarities (see :func:`similarity_graph`).
        threshold: Smallest similarity in ``links``.
        top_k: Links each node keeps for itself, or ``None`` for all.
        complete_from: Similarity from which ``links`` holds every link.
        members: Node x row incidence: each node's rows (made from ``node``).

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.6, 0.8]]))
        >>> graph = SimilarityGraph.build(m, threshold=0.5)
        >>> graph.node.tolist(), graph.counts.tolist()
        ([0, 0, 1], [2, 1])
        >>> graph.at_least(0.7).nnz
        0
    """

    node: np.ndarray
    first: np.ndarray
    links: sparse.csr_matrix
    threshold: float
    top_k: int | None
    complete_from: float
    members: sparse.csr_matrix = attrs.field(
        default=attrs.Factory(lambda self: _members(self.node, len(self.first)), takes_self=True),
        repr=False,
    )

    @classmethod
    def build(
        cls,
        matrix: sparse.csr_matrix,
        *,
        threshold: float,
        top_k: int | None = None,
        keep_all: float | None = None,
    ) -> SimilarityGraph:
        """Group identical rows, then link the groups (arguments of :func:`similarity_graph`)."""
        first, node = distinct_rows(matrix)
        links = similarity_graph(matrix[first], threshold=threshold, top_k=top_k, keep_all=keep_all)
        if top_k is None:
            complete_from = threshold
        else:
            complete_from = np.inf if keep_all is None else max(threshold, keep_all)
        return cls(
            node=node,
            first=first,
            links=links,
            threshold=threshold,
            top_k=top_k,
            complete_from=float(complete_from),
        )

    @property
    def counts(self) -> np.ndarray:
        """Rows in each node."""
        return np.bincount(self.node, minlength=len(self.first))

    def rows_of(self, nodes: np.ndarray) -> np.ndarray:
        """The rows of ``nodes``, node after node, each node's in order."""
        return np.asarray(self.members[nodes].indices)

    def at_least(self, similarity: float) -> sparse.csr_matrix:
        """Return every link of at least ``similarity`` between nodes.

        Raises:
            ValueError: The graph was built without all of those links.
        """
        if similarity < self.complete_from:
            raise ValueError(
                f"this graph holds every link only from {self.complete_from}; "
                f"build it with keep_all={similarity} to cluster at {similarity}"
            )
        return _links(self.links, threshold=similarity, top_k=None)

    def strongest(self, *, threshold: float, top_k: int | None) -> sparse.csr_matrix:
        """Return the links a fresh ``similarity_graph(threshold=..., top_k=...)`` would keep.

        Raises:
            ValueError: The graph was built with a higher threshold or fewer links per node.
        """
        wider = self.top_k is None or (top_k is not None and top_k <= self.top_k)
        if threshold < self.threshold or not wider:
            raise ValueError(
                f"this graph (threshold {self.threshold}, top_k {self.top_k}) cannot give "
                f"threshold {threshold}, top_k {top_k}; build it with those at least"
            )
        return _links(self.links, threshold=threshold, top_k=top_k)


def _members(node: np.ndarray, nodes: int) -> sparse.csr_matrix:
    """The node x row incidence matrix of ``node`` (row -> its node)."""
    rows = len(node)
    ones = np.ones(rows, dtype=np.int8)
    return sparse.csr_matrix((ones, (node, np.arange(rows))), shape=(nodes, rows))
