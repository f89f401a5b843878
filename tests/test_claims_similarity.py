"""Similarity graphs: top-k links per row, identical rows as one node, one graph for two stages."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

import summarize.claims._similarity as similarity_module
import summarize.claims._strongest as strongest_module
from summarize.claims._similarity import SimilarityGraph, distinct_rows, similarity_graph
from summarize.rank._base import GraphRanker
from summarize.rank._centrality import CentralityRanker
from summarize.rank._sumy import SumyRanker
from summarize.text._vectorize import SentenceVectorizer


def _unit(array: np.ndarray) -> sparse.csr_matrix:
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return sparse.csr_matrix(np.divide(array, norms, out=np.zeros_like(array), where=norms > 0))


@st.composite
def matrices(draw: st.DrawFn, max_rows: int = 25, signed: bool = False) -> sparse.csr_matrix:
    """Unit rows; small integer entries make equal similarities (ties) common."""
    n = draw(st.integers(min_value=1, max_value=max_rows))
    terms = draw(st.integers(min_value=1, max_value=6))
    seed = draw(st.integers(min_value=0, max_value=2**16))
    rng = np.random.default_rng(seed)
    if draw(st.booleans()):
        array = rng.integers(-2 if signed else 0, 3, (n, terms)).astype(float)
    else:
        array = rng.random((n, terms)) ** 3 * (rng.random((n, terms)) > 0.3)
        if signed:
            array *= rng.choice([-1.0, 1.0], (n, terms))
    return _unit(array)


def _reference_top_k(matrix: sparse.csr_matrix, threshold: float, k: int) -> np.ndarray:
    """Dense top-k graph: each row's k strongest (lower column first on ties), then union."""
    full = similarity_graph(matrix, threshold=threshold).toarray()
    chosen = np.zeros(full.shape, dtype=bool)
    for row in range(full.shape[0]):
        linked = np.flatnonzero(full[row])
        best = sorted(linked, key=lambda col: (-full[row, col], col))[:k]
        chosen[row, best] = True
    return np.where(chosen | chosen.T, full, 0.0)


@settings(max_examples=80)
@given(
    matrix=matrices(),
    k=st.integers(min_value=0, max_value=8),
    threshold=st.floats(min_value=0.05, max_value=1.0),
    block_rows=st.integers(min_value=1, max_value=30),
)
def test_top_k_graph_is_the_symmetric_union_of_each_rows_k_strongest(
    matrix: sparse.csr_matrix, k: int, threshold: float, block_rows: int
) -> None:
    graph = similarity_graph(matrix, threshold=threshold, top_k=k, block_rows=block_rows)
    dense = graph.toarray()
    n = matrix.shape[0]
    assert (dense == dense.T).all(), "symmetric"
    assert not dense.diagonal().any()
    assert graph.nnz <= 2 * k * n
    assert np.array_equal(dense, _reference_top_k(matrix, threshold, k))
    full = similarity_graph(matrix, threshold=threshold).toarray()
    assert (np.count_nonzero(dense, axis=1) >= np.minimum(k, np.count_nonzero(full, axis=1))).all()


@settings(max_examples=60)
@given(
    matrix=matrices(),
    threshold=st.floats(min_value=0.05, max_value=1.0),
    extra=st.integers(min_value=0, max_value=5),
)
def test_top_k_of_at_least_n_is_the_full_graph(
    matrix: sparse.csr_matrix, threshold: float, extra: int
) -> None:
    k = matrix.shape[0] - 1 + extra
    full = similarity_graph(matrix, threshold=threshold)
    assert (similarity_graph(matrix, threshold=threshold, top_k=k) != full).nnz == 0


@settings(max_examples=40)
@given(
    matrix=matrices(signed=True),
    k=st.integers(min_value=0, max_value=6),
    threshold=st.floats(min_value=-1.0, max_value=1.0),
)
def test_top_k_also_ranks_negative_similarities(
    matrix: sparse.csr_matrix, k: int, threshold: float
) -> None:
    graph = similarity_graph(matrix, threshold=threshold, top_k=k, block_rows=7)
    assert np.array_equal(graph.toarray(), _reference_top_k(matrix, threshold, k))


@settings(max_examples=60)
@given(matrix=matrices(signed=True), seed=st.integers(min_value=0, max_value=2**16))
def test_union_of_a_positive_graph_is_the_sum_of_its_ends_less_the_links_at_both(
    matrix: sparse.csr_matrix, seed: int
) -> None:
    """The one-pass union of positive links is, to the bit, what the signed formula gives."""
    full = sparse.csr_matrix(abs(matrix @ matrix.T))
    full.setdiag(0)
    full.eliminate_zeros()
    kept = full.multiply(np.random.default_rng(seed).random(full.shape) < 0.5).tocsr()
    kept.eliminate_zeros()
    expected = sparse.csr_matrix(kept + kept.T - kept.multiply(kept.T != 0))
    expected.eliminate_zeros()
    assert np.array_equal(strongest_module.union(kept).toarray(), expected.toarray())


def test_regression_centrality_graph_grew_with_n_squared() -> None:
    # every row shares a term with every other: the full graph has n * (n - 1) links
    rng = np.random.default_rng(3)
    array = np.hstack([np.ones((400, 1)), rng.random((400, 20)) * (rng.random((400, 20)) > 0.8)])
    matrix = _unit(array)
    assert similarity_graph(matrix, threshold=0.1).nnz == 400 * 399
    assert similarity_graph(matrix, threshold=0.1, top_k=5, block_rows=64).nnz <= 2 * 5 * 400


@settings(max_examples=60)
@given(
    matrix=matrices(),
    k=st.integers(min_value=1, max_value=6),
    low=st.floats(min_value=0.05, max_value=0.5),
    gap=st.floats(min_value=0.0, max_value=0.5),
)
def test_one_shared_graph_gives_both_stages_their_exact_links(
    matrix: sparse.csr_matrix, k: int, low: float, gap: float
) -> None:
    """A graph of top-k links plus every strong link serves the ranker and the clusterer."""
    high = low + gap
    shared = SimilarityGraph.build(matrix, threshold=low, top_k=k, keep_all=high)
    alone = SimilarityGraph.build(matrix, threshold=low, top_k=k)
    full = SimilarityGraph.build(matrix, threshold=high)
    assert (shared.strongest(threshold=low, top_k=k) != alone.links).nnz == 0
    assert (shared.at_least(high) != full.links).nnz == 0
    looser = shared.strongest(threshold=min(1.0, low + gap / 2), top_k=max(1, k - 1))
    fresh = SimilarityGraph.build(matrix, threshold=min(1.0, low + gap / 2), top_k=max(1, k - 1))
    assert (looser != fresh.links).nnz == 0


def test_a_graph_refuses_links_it_does_not_hold() -> None:
    matrix = _unit(np.eye(3) + 0.5)
    graph = SimilarityGraph.build(matrix, threshold=0.2, top_k=1, keep_all=0.5)
    with pytest.raises(ValueError, match=r"keep_all=0\.3"):
        graph.at_least(0.3)
    with pytest.raises(ValueError, match="build it with"):
        graph.strongest(threshold=0.1, top_k=1)
    with pytest.raises(ValueError, match="build it with"):
        graph.strongest(threshold=0.2, top_k=2)
    with pytest.raises(ValueError, match="top_k"):
        similarity_graph(matrix, threshold=0.2, top_k=-1)


def test_identical_rows_share_a_node_but_empty_rows_do_not() -> None:
    matrix = _unit(np.array([[1.0, 2.0], [0.0, 0.0], [1.0, 2.0], [0.0, 0.0], [2.0, 1.0]]))
    first, node = distinct_rows(matrix)
    assert first.tolist() == [0, 1, 3, 4]
    assert node.tolist() == [0, 1, 0, 2, 3]
    graph = SimilarityGraph.build(matrix, threshold=0.1)
    assert graph.counts.tolist() == [2, 1, 1, 1]
    assert graph.links.shape == (4, 4)


def test_distinct_rows_ignore_how_entries_are_stored() -> None:
    row = sparse.csr_matrix((np.array([0.6, 0.8]), np.array([0, 1]), np.array([0, 2])), (1, 2))
    swapped = sparse.csr_matrix(
        (np.array([0.8, 0.6]), np.array([1, 0]), np.array([0, 2])), shape=(1, 2)
    )
    assert distinct_rows(sparse.csr_matrix(sparse.vstack([row, swapped])))[1].tolist() == [0, 0]


def _reference_distinct_rows(matrix: sparse.csr_matrix) -> tuple[list[int], list[int]]:
    """Each row's entries as a tuple, grouped in a dict in row order; empty rows alone."""
    rows = matrix.sorted_indices()
    groups: dict[tuple[tuple[int, float], ...], int] = {}
    first: list[int] = []
    node: list[int] = []
    for row in range(rows.shape[0]):
        span = slice(rows.indptr[row], rows.indptr[row + 1])
        key = tuple(zip(rows.indices[span].tolist(), rows.data[span].tolist(), strict=True))
        group = groups.setdefault(key, len(first)) if key else len(first)
        if group == len(first):
            first.append(row)
        node.append(group)
    return first, node


@settings(max_examples=80)
@given(
    matrix=matrices(max_rows=30),
    copies=st.lists(st.integers(0, 29), max_size=30),
    order=st.randoms(use_true_random=False),
)
def test_distinct_rows_group_as_a_dict_of_every_row_does(
    matrix: sparse.csr_matrix, copies: list[int], order: random.Random
) -> None:
    """Rows are grouped as by their full entries, copies spread among the others."""
    extra = [row % matrix.shape[0] for row in copies]
    rows = sparse.csr_matrix(sparse.vstack([matrix, matrix[extra]])) if extra else matrix
    shuffled = list(range(rows.shape[0]))
    order.shuffle(shuffled)
    rows = sparse.csr_matrix(rows[shuffled])
    first, node = distinct_rows(rows)
    expected_first, expected_node = _reference_distinct_rows(rows)
    assert first.tolist() == expected_first
    assert node.tolist() == expected_node
    assert first.dtype == node.dtype == np.int64


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.float32, np.float64, np.complex128])
def test_distinct_rows_of_any_value_type_group_as_a_dict_of_every_row_does(
    dtype: type[np.generic],
) -> None:
    """Values of 1, 2, 4 or 8 bytes are checksummed, others (16-byte complex) all
    compared in full: either way copies share a node. More rows than columns, so a
    checksum per column instead of per row would not do."""
    array = np.array([[1, 2], [0, 0], [2, 1], [1, 2], [0, 3], [2, 1], [0, 0]])
    matrix = sparse.csr_matrix(array.astype(dtype))
    first, node = distinct_rows(matrix)
    assert (first.tolist(), node.tolist()) == _reference_distinct_rows(matrix)
    assert node.tolist() == [0, 1, 2, 0, 3, 2, 4]


def test_distinct_rows_tell_apart_rows_whose_checksums_meet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows that only share a checksum are compared in full and kept apart."""
    monkeypatch.setattr(
        similarity_module, "_row_checksums", lambda rows: np.zeros(rows.shape[0], np.uint64)
    )
    matrix = _unit(np.array([[1.0, 2.0], [2.0, 1.0], [1.0, 2.0], [0.0, 0.0], [0.0, 0.0]]))
    first, node = distinct_rows(matrix)
    assert first.tolist() == [0, 1, 3, 4]
    assert node.tolist() == [0, 1, 0, 2, 3]


def test_distinct_rows_of_an_empty_matrix() -> None:
    first, node = distinct_rows(sparse.csr_matrix((0, 3)))
    assert first.tolist() == []
    assert node.tolist() == []
    first, node = distinct_rows(sparse.csr_matrix((2, 3)))
    assert first.tolist() == [0, 1]
    assert node.tolist() == [0, 1]


def _reference_centrality(matrix: sparse.csr_matrix, threshold: float) -> np.ndarray:
    """Continuous LexRank on every row (copies included), dense, as the ranker once did."""
    weights = (matrix @ matrix.T).toarray()
    np.fill_diagonal(weights, 0.0)
    weights[weights < threshold] = 0.0
    n = len(weights)
    out = weights.sum(axis=1)
    dangling = out == 0
    transition = np.divide(
        weights, out[:, None], out=np.zeros_like(weights), where=~dangling[:, None]
    )
    rank = np.full(n, 1.0 / n)
    for _ in range(100):
        updated = 0.85 * (transition.T @ rank + rank[dangling].sum() / n) + 0.15 / n
        if np.abs(updated - rank).sum() < 1e-8:
            rank = updated
            break
        rank = updated
    return rank / rank.max()


@settings(max_examples=60)
@given(matrix=matrices(max_rows=12), copies=st.lists(st.integers(0, 11), max_size=12))
def test_centrality_on_distinct_rows_equals_the_walk_on_every_row(
    matrix: sparse.csr_matrix, copies: list[int]
) -> None:
    """Lumping identical rows into one node changes no score."""
    extra = [row % matrix.shape[0] for row in copies]
    rows = sparse.csr_matrix(sparse.vstack([matrix, matrix[extra]])) if extra else matrix
    scores = CentralityRanker(top_k=None).centrality(rows)
    assert np.allclose(scores, _reference_centrality(rows, 0.1), rtol=1e-6, atol=1e-9)
    first, node = distinct_rows(rows)
    assert (scores == scores[first][node]).all(), "copies score exactly alike"


def test_centrality_with_a_shared_graph_equals_its_own() -> None:
    rng = np.random.default_rng(11)
    matrix = _unit(rng.random((60, 8)) ** 4)
    ranker = CentralityRanker(top_k=4)
    shared = SimilarityGraph.build(matrix, threshold=0.05, top_k=10, keep_all=0.5)
    assert np.array_equal(ranker.centrality(matrix), ranker.centrality(matrix, graph=shared))
    with pytest.raises(ValueError, match="build it with"):
        CentralityRanker(top_k=None).centrality(matrix, graph=shared)


def test_only_graph_rankers_take_the_shared_graph() -> None:
    assert isinstance(CentralityRanker(), GraphRanker)
    assert not isinstance(SumyRanker("lexrank"), GraphRanker)


@settings(max_examples=60)
@given(
    matrix=matrices(),
    k=st.integers(min_value=0, max_value=6),
    threshold=st.floats(min_value=0.05, max_value=1.0),
    block_rows=st.integers(min_value=1, max_value=30),
)
def test_links_kept_for_later_rows_may_be_cut_back_at_any_block(
    matrix: sparse.csr_matrix, k: int, threshold: float, block_rows: int
) -> None:
    """Cutting the links kept for later rows to their top k changes no row's links."""
    before = strongest_module.AHEAD_PER_ROW
    strongest_module.AHEAD_PER_ROW = 0  # cut back after every block
    try:
        graph = similarity_graph(matrix, threshold=threshold, top_k=k, block_rows=block_rows)
    finally:
        strongest_module.AHEAD_PER_ROW = before
    assert np.array_equal(graph.toarray(), _reference_top_k(matrix, threshold, k))


def test_a_link_found_from_the_earlier_row_is_the_number_the_later_row_would_find() -> None:
    """The upper band of each block's product gives every similarity to the last bit."""
    texts = [
        "The river burst its banks on Monday and the old bridge closed.",
        "On Monday the bridge closed after the river burst its banks.",
        "Shops near the river closed early on Monday as water rose.",
        "The council said the old bridge would stay closed for a week.",
        "Water rose in the square, and the council closed the shops.",
    ] * 3
    matrix = SentenceVectorizer().fit_transform(texts)
    whole = matrix @ matrix.T.tocsr()
    whole.setdiag(0.0)
    whole.data[whole.data < 0.1] = 0.0
    whole.eliminate_zeros()
    for block_rows in (1, 2, 4, 100):
        graph = similarity_graph(matrix, threshold=0.1, block_rows=block_rows)
        assert (graph != whole).nnz == 0
        assert np.array_equal(graph.toarray(), whole.toarray())


def test_a_link_cut_at_the_later_rows_end_only_is_kept_from_the_earlier_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Row 2's strongest link is row 1's: the link from row 0, kept for row 2 and cut
    there, is still row 0's strongest, so the graph holds it both ways."""
    monkeypatch.setattr(strongest_module, "AHEAD_PER_ROW", 0)  # cut after every block
    matrix = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]]))
    graph = similarity_graph(matrix, threshold=0.1, top_k=1, block_rows=1)
    assert graph.toarray().tolist() == [[0.0, 0.0, 0.6], [0.0, 0.0, 0.8], [0.6, 0.8, 0.0]]


def test_the_union_of_a_signed_graph_holds_each_link_kept_at_one_end_or_both() -> None:
    kept = sparse.csr_matrix(
        np.array([[0.0, -0.5, 0.25], [-0.5, 0.0, 0.0], [0.0, 0.75, 0.0]])
    )  # 0-1 at both ends, 0-2 at row 0's only, 2-1 at row 2's only
    joined = strongest_module.union(kept).toarray()
    assert joined.tolist() == [[0.0, -0.5, 0.25], [-0.5, 0.0, 0.75], [0.25, 0.75, 0.0]]


@settings(max_examples=80)
@given(
    matrix=matrices(signed=True),
    threshold=st.one_of(st.sampled_from([0.0, -0.25, 0.5]), st.floats(-1.0, 1.0)),
    block_rows=st.integers(min_value=1, max_value=30),
)
def test_the_full_graph_holds_every_link_of_at_least_the_threshold_off_the_diagonal(
    matrix: sparse.csr_matrix, threshold: float, block_rows: int
) -> None:
    """Against the whole product: negative links at or above a threshold below 0 count,
    links of exactly 0 never do, and no row links to itself."""
    whole = (matrix @ matrix.T).toarray()
    np.fill_diagonal(whole, 0.0)
    whole[whole < threshold] = 0.0
    graph = similarity_graph(matrix, threshold=threshold, block_rows=block_rows)
    assert np.array_equal(graph.toarray() != 0, whole != 0)
    assert np.allclose(graph.toarray(), whole, rtol=0, atol=1e-12)


def test_a_set_of_no_rows_has_an_empty_graph() -> None:
    graph = similarity_graph(sparse.csr_matrix((0, 3)), threshold=0.1)
    assert graph.shape == (0, 0)
    assert graph.nnz == 0


def test_links_kept_for_later_rows_are_never_cut_without_top_k(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no top_k every link stays, however many are kept for later rows."""
    monkeypatch.setattr(strongest_module, "AHEAD_PER_ROW", 0)
    matrix = _unit(np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 2.0]]))
    whole = (matrix @ matrix.T).toarray()
    np.fill_diagonal(whole, 0.0)
    graph = similarity_graph(matrix, threshold=0.1, block_rows=1)
    assert np.allclose(graph.toarray(), whole, rtol=0, atol=1e-12)


def test_a_link_of_exactly_keep_all_is_kept_past_the_top_k() -> None:
    block = sparse.csr_matrix(np.array([[0.0, 0.9, 0.5, 0.3]]))
    kept, cut = strongest_module.strongest(block, 1, 0.5)
    assert kept.toarray().tolist() == [[0.0, 0.9, 0.5, 0.0]]
    assert cut
    same, cut = strongest_module.strongest(block, 3, 0.5)  # no row over top_k
    assert same is block
    assert not cut


@pytest.mark.parametrize(("per_row", "top_k"), [(1, 2), (3, 1), (0, 0)])
def test_links_kept_for_later_rows_stay_within_their_bound(
    monkeypatch: pytest.MonkeyPatch, per_row: int, top_k: int
) -> None:
    """Every row links to every other: what is kept for later rows is cut back to their
    top_k strongest each time it grows past AHEAD_PER_ROW links per row."""
    from summarize.claims._similarity import _above

    monkeypatch.setattr(strongest_module, "AHEAD_PER_ROW", per_row)
    rng = np.random.default_rng(5)
    matrix = _unit(np.hstack([np.ones((40, 1)), rng.random((40, 3))]))
    n, block_rows = matrix.shape[0], 4
    ahead = strongest_module.Ahead(n, block_rows, top_k, None)
    for start in range(0, n, block_rows):
        band = _above(matrix[start : start + block_rows] @ matrix[start:].T.tocsr(), 0.1)
        ahead.take(band, start)
        held = sum(part.nnz for parts in ahead._waiting.values() for part in parts)
        assert held <= max(per_row, top_k) * n
    assert ahead.dropped
