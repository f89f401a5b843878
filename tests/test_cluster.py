"""Claims: sentences of different articles that say the same, at most one per article."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from summarize.cluster import cluster_claims
from summarize.similarity import similarity_graph
from summarize.vectorize import SentenceVectorizer


def test_paraphrases_across_articles_form_one_claim() -> None:
    texts = [
        "The old harbour bridge collapsed on Tuesday morning.",
        "Prices of fish rose at the market.",
        "On Tuesday morning the old harbour bridge collapsed.",
        "The harbour bridge collapsed Tuesday morning, officials said.",
    ]
    matrix = SentenceVectorizer().fit_transform(texts)
    groups = cluster_claims([0, 0, 1, 2], matrix, similarity=0.5)
    assert [0, 2, 3] in groups
    assert [1] in groups


def test_a_claim_takes_one_sentence_per_article() -> None:
    texts = ["The bridge collapsed.", "The bridge collapsed today.", "The bridge collapsed!"]
    matrix = SentenceVectorizer().fit_transform(texts)
    groups = cluster_claims([0, 0, 1], matrix, similarity=0.3)
    for group in groups:
        assert len({[0, 0, 1][row] for row in group}) == len(group)


def test_chains_do_not_snowball() -> None:
    # a ~ b and b ~ c, but a and c share nothing: c must not join a's claim through b
    matrix = sparse.csr_matrix(
        np.array([[1.0, 0.0, 0.0], [0.7, 0.7, 0.0], [0.0, 0.6, 0.8], [0.0, 0.0, 1.0]])
    )
    groups = cluster_claims([0, 1, 2, 3], matrix, similarity=0.45)
    assert not any({0, 2} <= set(group) for group in groups)


def test_similarity_graph_in_blocks_equals_one_product() -> None:
    rng = np.random.default_rng(7)
    matrix = sparse.csr_matrix(rng.random((37, 6)) * (rng.random((37, 6)) > 0.5))
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A.ravel()
    matrix = sparse.csr_matrix(sparse.diags(1 / np.where(norms > 0, norms, 1)) @ matrix)
    whole = similarity_graph(matrix, threshold=0.3, block_rows=1000).toarray()
    blocked = similarity_graph(matrix, threshold=0.3, block_rows=5).toarray()
    assert np.allclose(whole, blocked)
    assert np.allclose(whole, whole.T)
    assert not whole.diagonal().any()


@settings(max_examples=60)
@given(
    n=st.integers(min_value=1, max_value=30),
    articles=st.integers(min_value=1, max_value=5),
    seed=st.integers(min_value=0, max_value=2**16),
    threshold=st.floats(min_value=0.05, max_value=1.0),
)
def test_groups_partition_rows_with_one_sentence_per_article(
    n: int, articles: int, seed: int, threshold: float
) -> None:
    rng = np.random.default_rng(seed)
    array = rng.random((n, 4)) ** 3
    matrix = sparse.csr_matrix(array / np.linalg.norm(array, axis=1, keepdims=True))
    labels = sorted(int(x) for x in rng.integers(0, articles, n))
    groups = cluster_claims(labels, matrix, similarity=threshold)
    assert sorted(row for group in groups for row in group) == list(range(n))
    for group in groups:
        assert group == sorted(group)
        assert len({labels[row] for row in group}) == len(group)
    assert groups == cluster_claims(labels, matrix, similarity=threshold), "deterministic"
