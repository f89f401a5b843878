"""Rank claims by support: distinct sources first, then the ranker's score, then position.

The order of the merged summary under ``selection="support"`` (see :mod:`.select`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..records import Quote, Sentence
from ._claim import RankedClaim, make_claim

__all__ = ["rank_claims"]


def rank_claims(
    groups: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    sources: Mapping[str, str],
    *,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
    alone: Sequence[bool] | None = None,
) -> list[RankedClaim]:
    """Turn groups of sentence rows into claims, most important first.

    The representative of a group is its best-scored sentence (the earliest in
    the set on ties), among those that stand alone as statements when ``alone``
    says some do. Claims are ordered by the number of distinct sources that
    state them, then by the representative's score, then by its position in its
    article, then by set order, so the ranking is total and deterministic.

    Args:
        groups: Rows of ``sentences`` stating the same claim (see ``group_claims``).
        sentences: Every content sentence of the set, in set order.
        scores: The ranker's score of each sentence.
        sources: Article id -> source name.
        quotes: Article id -> the article's quotes (see :func:`make_claim`).
        alone: Row -> whether its sentence stands alone (fragments and headlines
            do not); by default every row does.
    """
    ranked = []
    total = len(set(sources.values()))
    for group in groups:
        whole = [row for row in group if alone[row]] if alone is not None else group
        representative = max(whole or group, key=lambda row: (scores[row], -row))
        ranked.append(
            make_claim(
                group,
                representative,
                sentences,
                scores,
                sources,
                total_sources=total,
                quotes=quotes,
            )
        )
    ranked.sort(
        key=lambda item: (
            -len(item.claim.sources),
            -float(scores[item.row]),
            sentences[item.row].index,
            item.row,
        )
    )
    return ranked
