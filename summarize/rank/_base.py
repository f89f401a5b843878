"""The ranker protocols shared by every ranker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from scipy import sparse

from ..claims._similarity import SimilarityGraph
from ..records import Sentence

__all__ = ["GraphRanker", "Ranker"]


@runtime_checkable
class Ranker(Protocol):
    """Scores every sentence of a set; higher is more important.

    A ranker receives all content sentences of the set, grouped by article in
    input order and in document order within each article, together with their
    TF-IDF rows (L2-normalised, fitted on the whole set). It returns one
    non-negative score per sentence. Scores are compared within an article for
    per-source summaries and across articles for claims, so a ranker that scores
    articles independently should scale each article's scores to ``[0, 1]``.
    """

    def score(self, sentences: Sequence[Sentence], matrix: sparse.csr_matrix) -> np.ndarray:
        """Return an array of ``len(sentences)`` scores."""
        ...


@runtime_checkable
class GraphRanker(Ranker, Protocol):
    """A ranker that scores from the set's similarity graph.

    The pipeline builds one :class:`~summarize.claims._similarity.SimilarityGraph` per
    set, with at least the links of similarity ``threshold`` or more and
    ``top_k`` links per sentence that such a ranker asks for, and hands it to
    both the ranker and the clusterer, so the graph is built once. Called
    without ``graph``, the ranker builds its own.
    """

    threshold: float
    top_k: int | None

    def score(
        self,
        sentences: Sequence[Sentence],
        matrix: sparse.csr_matrix,
        *,
        graph: SimilarityGraph | None = None,
    ) -> np.ndarray:
        """Return an array of ``len(sentences)`` scores, reading links from ``graph``."""
        ...
