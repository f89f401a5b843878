"""The default ranker: LexRank-style centrality over the whole set, with a position prior.

In rank/, between text/ and claims/: :class:`CentralityRanker` scores the vectorised
sentences of the set on the similarity graph that claims/ then groups them on.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.preprocessing import normalize

from ..claims._similarity import SimilarityGraph
from ..records import Sentence
from ..text._segment import ends_sentence

__all__ = ["CentralityRanker"]

# Links each sentence keeps for itself, strongest first. Centrality is carried by
# the strong links; the weak tail of a row (sentences sharing one common word)
# grows with the square of the set (21 million links for 54,000 sentences at 0.1)
# and changes the ranking little. The graph is made symmetric afterwards, so a
# central sentence still keeps every sentence that counts it among its own 30
# strongest, and the graph holds at most 2 * 30 links per sentence on average.
# Sets of a few hundred sentences are almost untouched: on the Multi-News
# validation clusters of the benchmark (median 70 sentences, at most 511) 1% of
# sentences have more than 30 links (15 of the 250 digests change, and their
# word overlap with the reference summaries does not drop), in the baghouz set
# 1 sentence of 145 (no change).
TOP_K = 30


def _cut_off(text: str) -> bool:
    """Whether a text ends with an ellipsis, as the last sentence of a cut-off excerpt does."""
    return text.rstrip().rstrip("\"'\u201d\u2019)").endswith(("...", "\u2026"))


class CentralityRanker:
    """Score sentences by set-wide centrality times a position prior.

    A sentence matters when many sentences of the set, of its own article or of
    others, say something close to it. Centrality is the stationary distribution
    of a random walk on the sparse cosine-similarity graph of all sentences of the
    set (continuous LexRank, computed by power iteration on a sparse matrix), in
    which each sentence keeps its ``top_k`` strongest links. News puts its main
    facts first, so the score is multiplied by a prior that decays with the
    sentence's position in its article, and very short fragments are discounted.

    Args:
        threshold: Cosine similarity below which two sentences are not linked.
        top_k: Links each sentence keeps for itself, strongest first (see
            :func:`~summarize.claims._similarity.similarity_graph`); ``None`` keeps all,
            at a memory cost that grows with the square of the sentences.
        damping: Probability that the random walk follows a link rather than
            jumping to a random sentence.
        position_decay: How fast the prior falls with the sentence's position:
            the prior is ``1 / (1 + index) ** position_decay``; 0 turns it off.
        short_words: Sentences with fewer words are discounted in proportion.
        fragment_weight: Factor for lines that do not end as a sentence ends
            (headlines, standfirsts, list items): a summary reads better made
            of complete sentences.
        cut_off_weight: Factor for the cut-off last sentence of an excerpt
            ("The senator said that..."), which is only part of a sentence.
        centrality_exponent: Weight of centrality in the score (``centrality **
            centrality_exponent * prior``); 0 leaves the prior alone.
        article_exponent: Weight of the article's closeness to the set: each
            sentence is multiplied by its article's summed cosine similarity to
            the other articles, scaled to max 1, raised to this; 0 turns it off.
        max_iter: Power iterations at most.
        tol: Stop when the L1 change of the scores falls below this.

    Example:
        >>> from summarize.text._vectorize import SentenceVectorizer
        >>> texts = ["The dam broke at dawn.", "Floods followed.", "The dam broke early."]
        >>> sents = [Sentence("a", i, 0, len(t), t) for i, t in enumerate(texts[:2])]
        >>> sents.append(Sentence("b", 0, 0, len(texts[2]), texts[2]))
        >>> scores = CentralityRanker().score(sents, SentenceVectorizer().fit_transform(texts))
        >>> int(scores.argmin())
        1
    """

    def __init__(
        self,
        *,
        threshold: float = 0.1,
        top_k: int | None = TOP_K,
        damping: float = 0.85,
        position_decay: float = 0.5,
        short_words: int = 6,
        fragment_weight: float = 0.2,
        cut_off_weight: float = 0.05,
        centrality_exponent: float = 1.0,
        article_exponent: float = 1.0,
        max_iter: int = 100,
        tol: float = 1e-8,
    ) -> None:
        self.threshold = threshold
        self.top_k = top_k
        self.damping = damping
        self.position_decay = position_decay
        self.short_words = short_words
        self.fragment_weight = fragment_weight
        self.cut_off_weight = cut_off_weight
        self.centrality_exponent = centrality_exponent
        self.article_exponent = article_exponent
        self.max_iter = max_iter
        self.tol = tol

    def centrality(
        self, matrix: sparse.csr_matrix, *, graph: SimilarityGraph | None = None
    ) -> np.ndarray:
        """Return the stationary distribution of the similarity random walk, scaled to max 1.

        Identical rows are one node of ``graph`` (built here when not given): the
        walk runs on the nodes, each link weighted by the rows it reaches and each
        node linked to itself once per copy beyond the first. That is the walk on
        the rows with the copies of a row lumped together, so the scores are those
        of the walk on all rows, at the cost of the distinct rows only.
        """
        n = matrix.shape[0]
        if n == 0:
            return np.zeros(0)
        if graph is None:
            graph = SimilarityGraph.build(matrix, threshold=self.threshold, top_k=self.top_k)
        weighted = graph.strongest(threshold=self.threshold, top_k=self.top_k)
        counts = graph.counts.astype(np.float64)
        weighted.data *= counts[weighted.indices]
        if (counts > 1).any():
            weighted = sparse.csr_matrix(weighted + sparse.diags(counts - 1.0))
        nodes = len(counts)
        out_weight = np.asarray(weighted.sum(axis=1)).ravel()
        dangling = out_weight == 0
        inverse = np.divide(1.0, out_weight, out=np.zeros(nodes), where=~dangling)
        transition = sparse.csr_matrix(sparse.diags(inverse) @ weighted).T.tocsr()
        rank = counts / n
        for _ in range(self.max_iter):
            spread = self.damping * (transition @ rank + rank[dangling].sum() / n * counts)
            updated = spread + (1.0 - self.damping) / n * counts
            if np.abs(updated - rank).sum() < self.tol:
                rank = updated
                break
            rank = updated
        per_row = (rank / counts)[graph.node]
        return np.asarray(per_row / per_row.max())

    def prior(self, sentences: Sequence[Sentence]) -> np.ndarray:
        """Return the position and length prior of each sentence, in ``(0, 1]``."""
        index = np.fromiter((s.index for s in sentences), dtype=np.float64, count=len(sentences))
        # Words past ``short_words`` change nothing (the factor is 1 from there): a
        # sentence's first ones are counted, as Sentence.words counts them.
        enough = max(self.short_words, 1)
        words = np.fromiter(
            (len(s.text.split(None, enough)) for s in sentences),
            dtype=np.float64,
            count=len(sentences),
        )
        position = (1.0 + index) ** -self.position_decay
        length = np.minimum(1.0, np.maximum(words, 1.0) / enough)
        last = {s.article: s.index for s in sentences}
        complete = np.fromiter(
            (
                self.cut_off_weight
                if last[s.article] == s.index and _cut_off(s.text)
                else 1.0
                if ends_sentence(s.text)
                else self.fragment_weight
                for s in sentences
            ),
            dtype=np.float64,
            count=len(sentences),
        )
        return np.asarray(position * length * complete)

    def article_weight(
        self, sentences: Sequence[Sentence], matrix: sparse.csr_matrix
    ) -> np.ndarray:
        """Return, for each sentence, its article's closeness to the other articles, in ``(0, 1]``.

        An article's vector is the normalised sum of its sentences' rows; its
        closeness is the sum of its cosine similarities to the other articles'
        vectors, scaled so the closest article has 1 (computed in one product
        with the sum of all vectors, never article by article).
        """
        if self.article_exponent == 0 or len(sentences) == 0:
            return np.ones(len(sentences))
        ids = {a: i for i, a in enumerate(dict.fromkeys(s.article for s in sentences))}
        if len(ids) < 2:
            return np.ones(len(sentences))
        owner = np.fromiter((ids[s.article] for s in sentences), dtype=np.int64)
        indicator = sparse.csr_matrix(
            (np.ones(owner.size), (owner, np.arange(owner.size))), shape=(len(ids), owner.size)
        )
        vectors = normalize(indicator @ matrix)
        total = np.asarray(vectors.sum(axis=0)).ravel()
        self_similarity = np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()
        closeness = vectors @ total - self_similarity
        top = closeness.max()
        if top <= 0:
            return np.ones(len(sentences))
        floor = np.maximum(closeness / top, 1e-3)
        return np.asarray(floor[owner] ** self.article_exponent)

    def score(
        self,
        sentences: Sequence[Sentence],
        matrix: sparse.csr_matrix,
        *,
        graph: SimilarityGraph | None = None,
    ) -> np.ndarray:
        """Return one score per sentence in ``[0, 1]``: centrality x prior x article weight, max 1.

        Args:
            sentences: The content sentences of the set.
            matrix: Their TF-IDF rows.
            graph: The set's similarity graph, when already built with this
                ranker's ``threshold`` and ``top_k`` or looser; built here otherwise.
        """
        if len(sentences) == 0:
            return np.zeros(0)
        scores = self.prior(sentences) * self.article_weight(sentences, matrix)
        if self.centrality_exponent:
            scores *= self.centrality(matrix, graph=graph) ** self.centrality_exponent
        top = scores.max()
        return np.asarray(scores / top) if top > 0 else scores
