"""Claims from groups of sentences: their representative, support and sources; and their rank.

The merged summary picks claims in one of two ways (``selection=``): by
concept coverage (:mod:`summarize.claims.select._coverage`), which picks sentences and makes
each the representative of its claim (:func:`make_claim`), or by support
(:func:`rank_claims`): distinct sources first, then centrality, then position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..records import Claim, Quote, Sentence
from ._similarity import SimilarityGraph

__all__ = ["RankedClaim", "claim_vectors", "echoed", "make_claim", "rank_claims"]


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


def rank_claims(
    groups: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    sources: Mapping[str, str],
    *,
    quotes: Mapping[str, Sequence[Quote]] | None = None,
) -> list[RankedClaim]:
    """Turn groups of sentence rows into claims, most important first.

    The representative of a group is its best-scored sentence (the earliest in
    the set on ties). Claims are ordered by the number of distinct sources that
    state them, then by the representative's score, then by its position in its
    article, then by set order, so the ranking is total and deterministic.

    Args:
        groups: Rows of ``sentences`` stating the same claim (see ``cluster_claims``).
        sentences: Every content sentence of the set, in set order.
        scores: The ranker's score of each sentence.
        sources: Article id -> source name.
        quotes: Article id -> the article's quotes (see :func:`make_claim`).
    """
    ranked = []
    total = len(set(sources.values()))
    for group in groups:
        representative = max(group, key=lambda row: (scores[row], -row))
        item = make_claim(
            group, representative, sentences, scores, sources, total_sources=total, quotes=quotes
        )
        best = float(scores[representative])
        key = (-len(item.claim.sources), -best, sentences[representative].index, representative)
        ranked.append((key, item))
    ranked.sort(key=lambda item: item[0])
    return [item for _, item in ranked]


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


def echoed(graph: SimilarityGraph, similarity: float, sources: Sequence[int]) -> np.ndarray:
    """Tell, for each row, whether a sentence of another source says the same.

    A row is echoed when a row of another source is identical to it or linked
    to it at ``similarity`` or more. This is stricter than sharing a claim: a
    claim holds one sentence per article, so an article's second way of saying
    what other sources say is a claim of its own, yet no exclusive.

    Args:
        graph: The set's similarity graph, complete from ``similarity`` up.
        similarity: The claim similarity.
        sources: The number of each row's source.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.6, 0.8]]))
        >>> graph = SimilarityGraph.build(m, threshold=0.5)
        >>> echoed(graph, 0.5, [0, 0, 1, 2]).tolist()
        [True, True, True, True]
        >>> echoed(graph, 0.9, [0, 1, 1, 2]).tolist()
        [True, True, False, False]
    """
    source = np.asarray(sources, dtype=np.int64)
    nodes = len(graph.first)
    present = sparse.csr_matrix(
        (np.ones(len(source)), (graph.node, source)), shape=(nodes, int(source.max()) + 1)
    )
    present.data[:] = 1.0  # a node's rows may repeat a source
    heard = sparse.csr_matrix(graph.at_least(similarity) @ present + present)
    distinct = np.diff(heard.indptr)  # sources said by the node or a linked node
    return np.asarray(distinct[graph.node] > 1)
