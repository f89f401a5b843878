"""Exclusives: each article's claims that no other source makes, picked by the selector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..records import Article, Exclusive
from ._similarity import SimilarityGraph

if TYPE_CHECKING:
    from ._set import SentenceSet
    from .select import Selector

__all__ = ["echoed", "exclusive_claims"]


def exclusive_claims(
    sentences: SentenceSet,
    articles: Sequence[Article],
    selector: Selector,
    *,
    count: int,
    redundancy: float,
) -> tuple[Exclusive, ...]:
    """Each article's best ``count`` claims among those no other source says the like of.

    A candidate is a sentence whose claim has one source and that no sentence of
    another source echoes (:func:`echoed`); the selector picks among each
    article's candidates as it picks a per-source summary. Articles with none are
    left out; ``count=0`` gives none.
    """
    if not count:
        return ()
    heard = echoed(sentences.graph, sentences.similarity, sentences.numbers)
    alone = [
        [row for row in sentences.rows_of[a.id] if sentences.support[row] == 1 and not heard[row]]
        for a in articles
    ]
    picked = selector.choose_each(sentences, alone, count=count, redundancy=redundancy)
    return tuple(
        Exclusive(
            source=article.source,
            article=article.id,
            claims=tuple(sentences.claim(row).claim for row in rows),
        )
        for article, rows in zip(articles, picked, strict=True)
        if rows
    )


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
