"""Choose what to show: budgets in sentences or words, redundancy control, output order."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

if TYPE_CHECKING:
    from .._claim import RankedClaim
    from .._set import SentenceSet

__all__ = ["leftover_claims", "select"]

# Candidates compared at a time; the chunk doubles up to _MAX_CHUNK, so a short
# list costs one small product and a long scan a few larger ones.
_FIRST_CHUNK = 32
_MAX_CHUNK = 512


def select(
    candidates: Sequence[int],
    matrix: sparse.csr_matrix,
    lengths: Sequence[int],
    *,
    count: int | None = None,
    words: int | None = None,
    redundancy: float = 1.0,
    closes: Mapping[int, Collection[int]] | None = None,
    last: Callable[[int], bool] | None = None,
) -> list[int]:
    """Pick rows from ``candidates`` (best first) within a budget, skipping near-repeats.

    A candidate whose cosine similarity to a row already picked reaches
    ``redundancy`` is skipped (the redundancy cut of maximal marginal relevance);
    1.0 turns the cut off. With a word budget, whole sentences are taken while
    their word counts add up to at most ``words``; one that does not fit is
    passed over for a shorter one further down, and the scan stops once the
    budget is full. If the best candidate alone is longer than the budget it is
    shown alone, so the summary is never empty when there is text.

    Args:
        candidates: Row indices, most important first.
        matrix: L2-normalised TF-IDF rows.
        lengths: Word count of every row of ``matrix``.
        count: Most rows to pick.
        words: Word budget; used instead of ``count`` when given.
        redundancy: A candidate whose similarity to a picked row reaches this
            value is skipped; 1.0 turns the cut off.
        closes: Candidate -> the candidates that picking it rules out (claims
            that restate it), whatever their similarity.
        last: A candidate it is true of is put off, and scanned again, in its order,
            after all the others. It is asked of the candidates the scan reaches only.

    Returns:
        The picked rows, in the order they were picked: the order of ``candidates``,
        the candidates put off after the others.

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
    cut = redundancy < 1.0
    picked: list[int] = []
    closed: set[int] = set()
    put_off: list[int] = []
    too_long: int | None = None
    used = 0
    for order in (list(candidates), put_off):  # the second is filled while the first is read
        start, size = 0, _FIRST_CHUNK
        while start < len(order):
            chunk = order[start : start + size]
            if cut:
                # Similarities of the chunk to the rows picked so far and among
                # themselves, in two sparse products instead of one per candidate.
                rows = matrix[chunk]
                closest = _closest(matrix, picked, rows)
                within = (rows @ rows.T).toarray()
            for i, row in enumerate(chunk):
                if count is not None and len(picked) >= count:
                    return picked
                if last is not None and order is not put_off and last(row):
                    put_off.append(row)
                    continue
                if words is not None:
                    if picked and used >= words:
                        return picked
                    if used + lengths[row] > words:
                        if not picked and not put_off:
                            return [row]
                        if not picked and too_long is None:
                            too_long = row  # shown alone if nothing else fits
                        continue
                if cut and picked and closest[i] >= redundancy:
                    continue
                if row in closed:
                    continue
                picked.append(row)
                used += lengths[row]
                if closes is not None:
                    closed.update(closes.get(row, ()))
                if cut:
                    closest = np.maximum(closest, within[i])
            start += size
            size = min(2 * size, _MAX_CHUNK)
    return picked if picked or too_long is None else [too_long]


def _closest(matrix: sparse.csr_matrix, picked: list[int], rows: sparse.csr_matrix) -> np.ndarray:
    """Return each of ``rows``' highest similarity to a picked row (0 when none is picked).

    The picked rows are the left operand, as the similarity of one candidate
    would be computed on its own, so the sums are taken in the same order and
    the values are the same to the last bit.
    """
    if not picked:
        return np.zeros(rows.shape[0])
    return np.asarray((matrix[picked] @ rows.T).toarray().max(axis=0))


def leftover_claims(
    sentences: SentenceSet,
    lines: Sequence[RankedClaim],
    *,
    count: int | None,
    words: int | None,
    min_sources: int,
    redundancy: float,
) -> list[RankedClaim]:
    """Claims of their own for the sentences of the lines' groups that no line holds.

    A line leaves out the members of its group that share nothing with its shown
    sentence but names (:meth:`~summarize.claims.SentenceSet.supporting`) and those its
    verifier doubts: they say something else, so they make claims of their own
    (:meth:`~summarize.claims.SentenceSet.part_claim`). Only a merged summary without the
    redundancy cut (``redundancy`` 1.0) lists them, in the room its budget leaves after
    ``lines``, shown by the ranker's best first, when they stand alone and have
    ``min_sources``: one that lists every claim thus lists every sentence. With the cut,
    a summary leaves them out: read on the dev sets' default digests, most of them say
    again what another line says in other words.
    """
    if redundancy < 1.0:
        return []
    held = {row for line in lines for row in line.rows}
    left = {row for line in lines for row in sentences.group_of[line.row]} - held
    rows = sorted(
        (row for row in left if sentences.alone[row]),
        key=lambda row: (-sentences.scores[row], row),
    )
    if not rows:
        return []
    shown = [line.row for line in lines]
    room = None if count is None else count - len(lines)
    used = sum(sentences.lengths[row] for row in shown)
    claims: list[RankedClaim] = []
    for row in rows:
        if room is not None and len(claims) >= room:
            break
        if row not in left:  # a support of a claim made here already
            continue
        if words is not None and used + sentences.lengths[row] > words:
            continue
        part = sentences.part_claim(row, left)
        if part.claim.source_count < min_sources:
            continue
        left.difference_update(part.rows)
        claims.append(part)
        used += sentences.lengths[row]
    return claims
