"""Rankers: one score per sentence of the set, higher is more important.

``"default"`` is :class:`CentralityRanker` (set-wide centrality with a position
prior); every summarizer of sumy is there by name through :class:`SumyRanker`,
which loads sumy on first use. :func:`score_sentences` is the pipeline's rank stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..claims._similarity import SimilarityGraph
from ..errors import UnknownMethodError
from ..options import METHODS, SUMY_METHODS
from ..records import Sentence
from ._base import GraphRanker, Ranker
from ._centrality import CentralityRanker

if TYPE_CHECKING:
    from ._sumy import SumyRanker

__all__ = [
    "METHODS",
    "SUMY_METHODS",
    "CentralityRanker",
    "GraphRanker",
    "Ranker",
    "SumyRanker",
    "make_ranker",
    "score_sentences",
]


def __getattr__(name: str) -> object:
    if name == "SumyRanker":  # sumy is imported only when one of its rankers is asked for
        from ._sumy import SumyRanker

        return SumyRanker
    raise AttributeError(f"module 'summarize.rank' has no attribute {name!r}")


def make_ranker(method: str, *, language: str = "english") -> Ranker:
    """Return the ranker called ``method``.

    Args:
        method: ``"default"`` or a name from :data:`SUMY_METHODS`.
        language: Language of the articles (used by sumy's stemmers and stop words).

    Raises:
        UnknownMethodError: ``method`` is not a known name; the message lists them.

    Example:
        >>> type(make_ranker("default")).__name__
        'CentralityRanker'
    """
    if method == "default":
        return CentralityRanker()
    if method in SUMY_METHODS:
        from ._sumy import SumyRanker

        return SumyRanker(method, language=language)
    raise UnknownMethodError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")


def score_sentences(
    ranker: Ranker,
    sentences: Sequence[Sentence],
    matrix: sparse.csr_matrix,
    *,
    similarity: float,
) -> tuple[np.ndarray, SimilarityGraph]:
    """Score the set's sentences, and build the similarity graph the claim stages read.

    A :class:`GraphRanker` and the claim grouping share one graph: each sentence's
    ``top_k`` links from the ranker's threshold up, and every link from ``similarity``
    up. Any other ranker scores on its own and the graph holds the claim links only.

    Returns:
        The scores, one per sentence, and the graph, complete from ``similarity`` up.
    """
    if isinstance(ranker, GraphRanker):
        graph = SimilarityGraph.build(
            matrix,
            threshold=min(ranker.threshold, similarity),
            top_k=ranker.top_k,
            keep_all=similarity,
        )
        return ranker.score(sentences, matrix, graph=graph), graph
    graph = SimilarityGraph.build(matrix, threshold=similarity)
    return ranker.score(sentences, matrix), graph
