"""Rank the claims of a set: support from distinct sources first, then centrality, then position."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy as np

from .records import Claim, Sentence

__all__ = ["RankedClaim", "rank_claims"]


@attrs.frozen
class RankedClaim:
    """A claim with the matrix row of its representative sentence (for redundancy checks)."""

    claim: Claim
    row: int


def rank_claims(
    groups: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    sources: Mapping[str, str],
) -> list[RankedClaim]:
    """Turn groups of sentence rows into claims, most important first.

    The representative of a group is its best-scored sentence (the earliest in
    the set on ties). Claims are ordered by the number of distinct sources that
    state them, then by the representative's score, then by its position in its
    article, then by set order, so the ranking is total and deterministic. A
    claim's ``score`` is its source count plus its representative's score
    (which lies in ``[0, 1]``).

    Args:
        groups: Rows of ``sentences`` stating the same claim (see ``cluster_claims``).
        sentences: Every content sentence of the set, in set order.
        scores: The ranker's score of each sentence.
        sources: Article id -> source name.
    """
    ranked = []
    for group in groups:
        rows = sorted(group)
        representative = max(rows, key=lambda row: (scores[row], -row))
        support = tuple(sentences[row] for row in rows)
        distinct = tuple(dict.fromkeys(sources[s.article] for s in support))
        best = float(scores[representative])
        claim = Claim(
            sentence=sentences[representative],
            support=support,
            sources=distinct,
            score=round(len(distinct) + best, 6),
        )
        key = (-len(distinct), -best, sentences[representative].index, representative)
        ranked.append((key, RankedClaim(claim=claim, row=representative)))
    ranked.sort(key=lambda item: item[0])
    return [item for _, item in ranked]
