"""The cosine of two figures' contexts, each word weighed by its rarity and nearness.

In analysis/, after :mod:`.context` reads each figure's context words: the evidence
:mod:`.match` weighs, for all pairs of one unit at once (:func:`context_cosines`) or a
pair at a time (:class:`Cosines`, for :mod:`summarize.analysis._disagree`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from .figure import Figure

__all__ = ["OWN", "Cosines", "context_cosines"]

#: Weight of what only the figure itself has: few shared words are little evidence.
OWN = 1.5
_SMALL = 1 << 22  # figure pairs times words up to which contexts are compared as dense rows


def context_cosines(terms: Sequence[Mapping[str, float]], idf: Mapping[str, float]) -> np.ndarray:
    """Cosine of the figures' contexts: words weighted by rarity in the set and nearness.

    A small product is computed in one loop, a large one as sparse matrices:
    neither calls BLAS, whose threads cost more than such products.
    """
    n = len(terms)
    vocabulary: dict[str, int] = {}
    rows, cols, weights = [], [], []
    for row, words in enumerate(terms):
        for word, nearness in words.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
            weights.append(idf[word] * nearness)
    if n * n * len(vocabulary) < _SMALL:
        dense = np.zeros((n, len(vocabulary)))
        dense[rows, cols] = weights
        dense /= np.sqrt((dense * dense).sum(axis=1) + OWN**2)[:, None]
        return np.asarray(np.einsum("ik,jk->ij", dense, dense))
    matrix = sparse.csr_matrix((weights, (rows, cols)), shape=(n, len(vocabulary)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel() + OWN**2)
    matrix = sparse.diags(1 / norms) @ matrix
    return np.asarray((matrix @ matrix.T).toarray())


class Cosines:
    """The context cosines :func:`.match.alike` weighs, a pair at a time, each context weighed once.

    Args:
        idf: Context stem -> its weight in the set.

    Example:
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> from summarize.text._languages import stemmer, stop_words
        >>> from summarize.records import Sentence
        >>> a = Sentence("a", 0, 0, 35, "The bridge repairs cost $5 million.")
        >>> b = Sentence("b", 0, 0, 36, "Bridge repairs will cost $9 million.")
        >>> lexicon = lexicon_for(stemmer("english"))
        >>> one, two = read_figures([a, b], {}, lexicon, stop_words("english"))
        >>> one.terms, two.terms
        ({'repair': 1.0, 'bridg': 1.0}, {'repair': 1.0, 'bridg': 0.5})
        >>> round(Cosines({"repair": 1.0, "bridg": 1.0})(one, two), 2)
        0.39
    """

    def __init__(self, idf: Mapping[str, float]) -> None:
        self.idf = idf
        self._weighed: dict[int, tuple[dict[str, float], float]] = {}

    def _weights(self, figure: Figure) -> tuple[dict[str, float], float]:
        """A figure's context weighed by ``idf``, and its squared norm."""
        weighed = self._weighed.get(id(figure))
        if weighed is None:
            weights = {t: w * self.idf[t] for t, w in figure.terms.items()}
            weighed = self._weighed[id(figure)] = (weights, sum(w * w for w in weights.values()))
        return weighed

    def __call__(self, one: Figure, two: Figure) -> float:
        """Return the cosine of the contexts of ``one`` and ``two``."""
        (a, sa), (b, sb) = self._weights(one), self._weights(two)
        dot = sum(w * b[t] for t, w in a.items() if t in b)
        return dot / math.sqrt((sa + OWN**2) * (sb + OWN**2))
