"""Claims: sentences of different articles that say the same, at most one per article."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from summarize.claims._group import group_claims
from summarize.claims._similarity import SimilarityGraph, similarity_graph
from summarize.text._vectorize import SentenceVectorizer


def test_paraphrases_across_articles_form_one_claim() -> None:
    texts = [
        "The old harbour bridge collapsed on Tuesday morning.",
        "Prices of fish rose at the market.",
        "On Tuesday morning the old harbour bridge collapsed.",
        "The harbour bridge collapsed Tuesday morning, officials said.",
    ]
    matrix = SentenceVectorizer().fit_transform(texts)
    groups = group_claims([0, 0, 1, 2], matrix, similarity=0.5)
    assert [0, 2, 3] in groups
    assert [1] in groups


def test_a_claim_takes_one_sentence_per_article() -> None:
    texts = ["The bridge collapsed.", "The bridge collapsed today.", "The bridge collapsed!"]
    matrix = SentenceVectorizer().fit_transform(texts)
    groups = group_claims([0, 0, 1], matrix, similarity=0.3)
    for group in groups:
        assert len({[0, 0, 1][row] for row in group}) == len(group)


def test_chains_do_not_snowball() -> None:
    # a ~ b and b ~ c, but a and c share nothing: c must not join a's claim through b
    matrix = sparse.csr_matrix(
        np.array([[1.0, 0.0, 0.0], [0.7, 0.7, 0.0], [0.0, 0.6, 0.8], [0.0, 0.0, 1.0]])
    )
    groups = group_claims([0, 1, 2, 3], matrix, similarity=0.45)
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
    groups = group_claims(labels, matrix, similarity=threshold)
    assert sorted(row for group in groups for row in group) == list(range(n))
    for group in groups:
        assert group == sorted(group)
        assert len({labels[row] for row in group}) == len(group)
    assert groups == group_claims(labels, matrix, similarity=threshold), "deterministic"


def _reference_cluster(articles: list[int], matrix: sparse.csr_matrix, similarity: float) -> list:
    """The clustering as it was before identical rows became one node: one row at a time."""
    article_of = np.asarray(articles, dtype=np.int64)
    n = matrix.shape[0]
    neighbours = similarity_graph(matrix, threshold=similarity)
    graph = sparse.triu(neighbours, k=1).tocoo()
    across = article_of[graph.row] != article_of[graph.col]
    rows, cols, weights = graph.row[across], graph.col[across], graph.data[across]
    label = np.arange(n)
    members = {i: [i] for i in range(n)}
    covered = {i: {int(article_of[i])} for i in range(n)}
    for edge in np.lexsort((cols, rows, -weights)):
        a, b = label[rows[edge]], label[cols[edge]]
        if a == b or covered[a] & covered[b]:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        small, large = members[b], members[a]
        if len(small) > 1 or len(large) > 1:
            linked = sum(
                int(np.count_nonzero(label[neighbours[row].indices] == a)) for row in small
            )
            if 2 * linked < len(small) * len(large):
                continue
        for row in members[b]:
            label[row] = a
        members[a].extend(members.pop(b))
        covered[a] |= covered.pop(b)
    return sorted(sorted(group) for group in members.values())


@settings(max_examples=100)
@given(
    n=st.integers(min_value=1, max_value=40),
    articles=st.integers(min_value=1, max_value=6),
    terms=st.integers(min_value=2, max_value=6),
    seed=st.integers(min_value=0, max_value=2**16),
    whole=st.booleans(),
    threshold=st.floats(min_value=0.05, max_value=0.95),
)
def test_without_copies_groups_are_those_of_the_row_by_row_clustering(
    n: int, articles: int, terms: int, seed: int, whole: bool, threshold: float
) -> None:
    rng = np.random.default_rng(seed)
    if whole:  # small whole numbers: many equal similarities, so ties are taken in order
        array = rng.integers(0, 3, (n, terms)).astype(float)
    else:
        array = rng.random((n, terms)) ** 3 * (rng.random((n, terms)) > 0.2)
    array = array / np.maximum(np.linalg.norm(array, axis=1, keepdims=True), 1e-300)
    _, keep = np.unique(array, axis=0, return_index=True)
    array = array[[row for row in sorted(keep) if array[row].any()] or [0]]  # no copies
    matrix = sparse.csr_matrix(array)
    labels = sorted(int(x) for x in rng.integers(0, articles, len(array)))
    expected = _reference_cluster(labels, matrix, threshold)
    assert group_claims(labels, matrix, similarity=threshold) == expected
    shared = SimilarityGraph.build(matrix, threshold=threshold / 2, top_k=2, keep_all=threshold)
    assert group_claims(labels, matrix, similarity=threshold, graph=shared) == expected


def test_equal_links_are_taken_by_first_row_then_second() -> None:
    # several links of similarity exactly 0.5 or 1/sqrt(2); the order among equals decides
    array = np.array(
        [[1, 0, 1], [1, 0, 0], [1, 2, 0], [1, 1, 0], [0, 2, 0], [0, 0, 2], [0, 1, 2]], dtype=float
    )
    matrix = sparse.csr_matrix(array / np.linalg.norm(array, axis=1, keepdims=True))
    labels = [0, 1, 2, 2, 2, 3, 3]
    expected = [[0, 1, 5], [2], [3], [4], [6]]
    assert _reference_cluster(labels, matrix, 0.5) == expected
    assert group_claims(labels, matrix, similarity=0.5) == expected


SYNDICATED = [
    "The old harbour bridge collapsed on Tuesday morning.",
    "Divers searched the water until dusk.",
    "The mayor promised a new crossing within two years.",
    "Ferries will run every hour in the meantime.",
]


def test_regression_syndicated_copies_were_linked_pair_by_pair() -> None:
    # 40 outlets print the same wire story: each sentence is one claim of 40 rows
    texts = SYNDICATED * 40
    matrix = SentenceVectorizer().fit_transform(texts)
    labels = [i // len(SYNDICATED) for i in range(len(texts))]
    groups = group_claims(labels, matrix, similarity=0.3)
    assert groups == [list(range(i, len(texts), len(SYNDICATED))) for i in range(4)]


def test_a_sentence_repeated_within_an_article_starts_a_second_claim() -> None:
    texts = [SYNDICATED[0], SYNDICATED[1], SYNDICATED[0], SYNDICATED[0], SYNDICATED[0]]
    matrix = SentenceVectorizer().fit_transform(texts)
    groups = group_claims([0, 0, 0, 1, 2], matrix, similarity=0.3)
    assert groups == [[0, 3, 4], [1], [2]]


def test_empty_rows_are_never_one_claim() -> None:
    matrix = sparse.csr_matrix(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 0.0], [1.0, 0.0]]))
    assert group_claims([0, 0, 1, 1], matrix, similarity=0.5) == [[0], [1, 3], [2]]


@settings(max_examples=60)
@given(
    n=st.integers(min_value=1, max_value=20),
    articles=st.integers(min_value=1, max_value=5),
    copies=st.lists(st.integers(min_value=0, max_value=19), max_size=25),
    seed=st.integers(min_value=0, max_value=2**16),
    threshold=st.floats(min_value=0.05, max_value=1.0),
)
def test_identical_rows_of_different_articles_share_their_claim(
    n: int, articles: int, copies: list[int], seed: int, threshold: float
) -> None:
    rng = np.random.default_rng(seed)
    base = rng.random((n, 4)) ** 3 + 1e-3
    picks = list(range(n)) + [row % n for row in copies]
    array = base[picks]
    matrix = sparse.csr_matrix(array / np.linalg.norm(array, axis=1, keepdims=True))
    labels = sorted(int(x) for x in rng.integers(0, articles, len(picks)))
    groups = group_claims(labels, matrix, similarity=threshold)
    assert sorted(row for group in groups for row in group) == list(range(len(picks)))
    claim_of = {row: i for i, group in enumerate(groups) for row in group}
    for group in groups:
        assert len({labels[row] for row in group}) == len(group)
    first_copy: dict[tuple[int, int], int] = {}
    for row, source in enumerate(picks):
        first_copy.setdefault((source, labels[row]), row)
    for source in set(picks):
        firsts = [row for (s, _), row in first_copy.items() if s == source]
        assert len({claim_of[row] for row in firsts}) == 1, "first copies in each article agree"


def test_mismatched_graph_is_refused() -> None:
    matrix = sparse.csr_matrix(np.eye(3))
    other = SimilarityGraph.build(sparse.csr_matrix(np.eye(2)), threshold=0.5)
    with pytest.raises(ValueError, match="2 rows for 3"):
        group_claims([0, 1, 2], matrix, similarity=0.5, graph=other)
