"""The ranker protocol shared by every ranker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
from scipy import sparse

from ..records import Sentence

__all__ = ["Ranker"]


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
