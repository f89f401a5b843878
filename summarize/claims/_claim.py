"""A claim made of a group of sentence rows: its representative, support, sources and quotes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..records import Claim, Quote, Sentence

__all__ = ["RankedClaim", "claim_vectors", "make_claim"]


@attrs.frozen
class RankedClaim:
    """A claim with the matrix rows of its representative and of all its support."""

    claim: Claim
    row: int
    rows: tuple[int, ...]


def make_claim(
    rows: Sequence[int],
    representative: int,
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    sources: Mapping[str, str],
    *,
    total_sources: int | None = None,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
) -> RankedClaim:
    """Make the claim of a group of sentence rows, shown by ``representative``.

    A claim's ``score`` is the number of distinct sources that state it plus
    its representative's score (which lies in ``[0, 1]``); its ``share`` is its
    distinct sources over ``total_sources`` (by default, those of ``sources``).

    Args:
        rows: Rows of ``sentences`` stating the same claim.
        representative: The row that shows the claim; one of ``rows``.
        sentences: Every content sentence of the set, in set order.
        scores: The ranker's score of each sentence.
        sources: Article id -> source name.
        total_sources: Distinct sources of the set.
        quotes: Article id -> the article's quotes, in text order; the claim keeps
            those that overlap its support sentences.
    """
    ordered = tuple(sorted(rows))
    support = tuple(sentences[row] for row in ordered)
    distinct = tuple(dict.fromkeys(sources[s.article] for s in support))
    total = total_sources or len(set(sources.values()))
    claim = Claim(
        sentence=sentences[representative],
        support=support,
        sources=distinct,
        score=round(len(distinct) + float(scores[representative]), 6),
        share=round(len(distinct) / total, 6),
        quotes=_quotes_of(support, quotes or {}),
    )
    return RankedClaim(claim=claim, row=representative, rows=ordered)


def _quotes_of(
    support: Sequence[Sentence], quotes: Mapping[str, Sequence[Quote]]
) -> tuple[Quote, ...]:
    found: list[Quote] = []
    for sentence in support:
        for quote in quotes.get(sentence.article, ()):
            if quote.start < sentence.end and sentence.start < quote.end and quote not in found:
                found.append(quote)
    return tuple(found)


def claim_vectors(ranked: Sequence[RankedClaim], matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Return one L2-normalised row per claim: the sum of its support's TF-IDF rows.

    A claim's vector holds the words of every source's version of it, so two
    claims that say the same thing in different words are caught as redundant
    even when their representative sentences share few words.

    Example:
        >>> claim_vectors([], sparse.csr_matrix(np.eye(3))).shape
        (0, 3)
    """
    if not ranked:
        return sparse.csr_matrix((0, matrix.shape[1]), dtype=np.float64)
    members = [row for item in ranked for row in item.rows]
    owners = [i for i, item in enumerate(ranked) for _ in item.rows]
    indicator = sparse.csr_matrix(
        (np.ones(len(members)), (owners, members)), shape=(len(ranked), matrix.shape[0])
    )
    return sparse.csr_matrix(normalize(indicator @ matrix))
