"""Each row's strongest links in a similarity graph, and the links kept for later rows.

In claims/, for :mod:`summarize.claims._similarity`: :func:`strongest` keeps each row's
``top_k`` strongest links, :func:`union` makes a graph symmetric again, and
:class:`Ahead` holds the links an upper band of the product finds for later rows.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

__all__ = ["AHEAD_PER_ROW", "Ahead", "strongest", "union"]

#: Links kept for later rows, per row, past which they are cut back to the top_k strongest.
AHEAD_PER_ROW = 128


class Ahead:
    """The links found from an earlier row's end, kept for the later row's block.

    A block of rows is multiplied with its own and the later rows only, so each
    product is an upper band of the square one. A link between a row of the
    block and a later row is found once, from the block's end, and kept here
    until the later row's block takes it: its similarity is the same number,
    to the last bit, as the later row's own product would give, since the
    vectoriser stores the terms of every row in one order (their first use in
    the set), so both products add the same terms in the same order.

    The links are kept by the block of their later row, one matrix for each earlier
    block (that block's rows as columns), so that a block's links are those matrices
    side by side, then its band; a block's matrices are let go once it has them, so
    at most the links across one boundary between blocks are held. With ``top_k``,
    they are cut back to each later row's ``top_k`` strongest (and all of
    ``keep_all`` or more) when they grow past :data:`AHEAD_PER_ROW` per row, so
    memory stays proportional to ``n * top_k``: a link that many stronger ones
    beat is cut from its row's block too.
    """

    def __init__(
        self, n: int, block_rows: int, top_k: int | None, keep_all: float | None
    ) -> None:
        self.n, self.block_rows, self.top_k, self.keep_all = n, block_rows, top_k, keep_all
        self.dropped = False  # whether a cut took a link (the graph is then made symmetric)
        # The first row of a later block -> its rows of the links of each earlier block.
        self._waiting: dict[int, list[sparse.csr_matrix]] = {}
        self._held = 0

    def take(self, band: sparse.csr_matrix, start: int) -> sparse.csr_matrix:
        """The block's rows with all their links, from its upper ``band`` and what is kept.

        ``band`` holds the block's links to the columns from ``start`` on (numbered
        from 0 there); its links to rows past the block are kept for their blocks.
        The matrices kept for the block cover the columns before ``start`` in order,
        so the block is those, then ``band``.
        """
        size = band.shape[0]
        parts = self._waiting.pop(start, [])
        self._held -= sum(part.nnz for part in parts)
        block = sparse.csr_matrix(sparse.hstack([*parts, band], format="csr"))
        stop = start + size
        later = sparse.csr_matrix(band[:, size:].T)  # rows: the rows from ``stop`` on
        for first in range(stop, self.n, self.block_rows):
            rows = later[first - stop : first - stop + self.block_rows]
            self._waiting.setdefault(first, []).append(rows)
        self._held += later.nnz
        if self.top_k is not None and self._held > AHEAD_PER_ROW * self.n:
            self._cut()
        return block

    def _cut(self) -> None:
        """Keep only each later row's ``top_k`` strongest links (and all of ``keep_all`` up)."""
        assert self.top_k is not None
        self._held = 0
        for first, parts in self._waiting.items():
            links = sparse.csr_matrix(sparse.hstack(parts, format="csr"))
            kept, cut = strongest(links, self.top_k, self.keep_all)
            self.dropped = self.dropped or cut
            self._waiting[first] = [kept]
            self._held += kept.nnz


def union(graph: sparse.csr_matrix) -> sparse.csr_matrix:
    """Return the symmetric graph holding every link of ``graph`` in both directions.

    A link kept from both ends has the same similarity at each (the same sum, see
    :class:`Ahead`). When every similarity is positive (TF-IDF rows, the pipeline's
    case), the larger of the two ends is the link's similarity, one pass; a signed
    graph adds both ends and takes the links kept at both once.
    """
    if graph.nnz and graph.data.min() > 0:
        joined = sparse.csr_matrix(graph.maximum(graph.T))
    else:
        both = graph.multiply(graph.T != 0)  # links kept from both ends, counted once
        joined = sparse.csr_matrix(graph + graph.T - both)
    joined.eliminate_zeros()
    return joined


def strongest(
    block: sparse.csr_matrix, top_k: int, keep_all: float | None
) -> tuple[sparse.csr_matrix, bool]:
    """Keep each row's ``top_k`` strongest entries (and all of ``keep_all`` or more).

    Ties go to the lower column, so the result does not depend on how entries
    are stored. Returns the block and whether anything was dropped.
    """
    counts = np.diff(block.indptr)
    full = counts > top_k
    if not full.any():
        return block, False
    keep = np.repeat(~full, counts)
    if keep_all is not None:
        keep |= block.data >= keep_all
    keep |= _in_top(block, np.flatnonzero(full), top_k)
    if keep.all():
        return block, False
    before = np.zeros(keep.size + 1, dtype=np.int64)  # the entries kept before each entry
    np.cumsum(keep, out=before[1:])
    indptr = before[block.indptr]
    kept = sparse.csr_matrix((block.data[keep], block.indices[keep], indptr), shape=block.shape)
    return kept, True


def _in_top(block: sparse.csr_matrix, crowded: np.ndarray, top_k: int) -> np.ndarray:
    """Mark the ``top_k`` largest entries of each ``crowded`` row (ties: the lower columns).

    The ``top_k``-th largest value of each row is found by a partial sort of
    the rows as a padded array (no full sort), rows of like length together so
    that padding at most doubles the entries held. Only the entries tied with
    that value are then ordered by column, so the rows need not be sorted.
    """
    indptr, data = block.indptr, block.data
    marked = np.zeros(data.size, dtype=bool)
    if top_k == 0:
        return marked
    counts = indptr[crowded + 1] - indptr[crowded]
    sizes = np.frexp(counts)[1]  # rows of 2**(s-1) to 2**s - 1 entries share a size s
    for size in np.unique(sizes):
        rows, lengths = crowded[sizes == size], counts[sizes == size]
        ends = np.cumsum(lengths)
        row = np.repeat(np.arange(rows.size), lengths)
        at = np.arange(ends[-1]) - np.repeat(ends - lengths, lengths)  # position in its row
        entries = np.repeat(indptr[rows], lengths) + at
        values = data[entries]
        width = int(lengths.max())
        padded = np.full(rows.size * width, -np.inf)
        padded[row * width + at] = values  # flat positions: cheaper than a pair of indices
        padded = padded.reshape(rows.size, width)
        padded.partition(width - top_k, axis=1)
        kth = padded[:, width - top_k][row]
        above = values > kth
        # Of the entries tied with the top_k-th value, the lower columns fill the places left.
        places = top_k - np.bincount(row[above], minlength=rows.size)
        tied = np.flatnonzero(values == kth)
        tied = tied[np.lexsort((block.indices[entries[tied]], row[tied]))]
        first_tied = np.searchsorted(row[tied], row[tied])  # each row's first tied entry
        rank = np.arange(tied.size) - first_tied
        chosen = above
        chosen[tied] = rank < places[row[tied]]
        marked[entries] = chosen
    return marked
