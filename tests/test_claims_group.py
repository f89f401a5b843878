"""Claims: sentences of different articles that say the same, at most one per article."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import sparse

from summarize.claims._group import (
    FIGURE_ROWS,
    _copies,
    _links_in_order,
    _saying_alike,
    group_claims,
    sharing_figures,
)
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


# A brute-force reading of the rules of summarize.claims._group, row by row with dense cosines --


def _identical(rows: np.ndarray, r: int, s: int) -> bool:
    """The same TF-IDF row; a row with no terms is identical to none."""
    return bool(rows[r].any()) and np.array_equal(rows[r], rows[s])


def _cosine(rows: np.ndarray, r: int, s: int) -> float:
    """Rows are L2-normalised: their cosine is their dot product (one pair at a time)."""
    return float(np.dot(rows[r], rows[s]))


def _linked(
    rows: np.ndarray,
    r: int,
    s: int,
    similarity: float,
    names: np.ndarray | None,
    mute: list[bool] | None = None,
) -> bool:
    """A cosine of ``similarity`` or more and (with ``names``) two shared terms, one no name.

    A ``mute`` row is linked to none.
    """
    if mute is not None and (mute[r] or mute[s]):
        return False
    if _cosine(rows, r, s) < similarity:
        return False
    shared = (rows[r] > 0) & (rows[s] > 0)
    return names is None or (int(shared.sum()) >= 2 and bool((shared & ~names).any()))


def _brute_force_claims(
    articles: list[int],
    matrix: sparse.csr_matrix,
    similarity: float,
    names: np.ndarray | None = None,
    mute: list[bool] | None = None,
) -> list:
    """The documented rules, with no graph, no nodes and no counts kept.

    1. Starting groups: the j-th copy of a row within its article (j = how many earlier
       rows of the article are identical to it) joins the identical rows that are j-th
       copies in their own articles.
    2. Links: two starting groups are linked when the cosine of their rows reaches
       ``similarity`` (and, with ``names``, their rows share two columns or more,
       one of which is no name, and neither row is ``mute``); links are taken strongest
       first, equal ones by the
       first row of the earlier group, then by the first row of the other.
    3. A link merges the groups of its ends when they share no article and at least
       half of the row pairs across them are linked.
    4. Groups are sorted, and ordered by their first row.
    """
    rows = matrix.toarray()
    n = len(articles)
    copy = [
        sum(1 for q in range(r) if articles[q] == articles[r] and _identical(rows, q, r))
        for r in range(n)
    ]
    starting: list[list[int]] = []
    for r in range(n):
        for group in starting:
            if copy[group[0]] == copy[r] and _identical(rows, group[0], r):
                group.append(r)
                break
        else:
            starting.append([r])
    links = []
    for i in range(len(starting)):
        for j in range(i + 1, len(starting)):
            first, other = starting[i][0], starting[j][0]
            strength = _cosine(rows, first, other)
            if not _identical(rows, first, other) and _linked(
                rows, first, other, similarity, names, mute
            ):
                links.append((-strength, first, other))
    claims = [set(group) for group in starting]
    for _, first, other in sorted(links):
        a = next(claim for claim in claims if first in claim)
        b = next(claim for claim in claims if other in claim)
        if a is b or {articles[r] for r in a} & {articles[r] for r in b}:
            continue
        linked = sum(1 for r in a for s in b if _linked(rows, r, s, similarity, names, mute))
        if 2 * linked < len(a) * len(b):
            continue
        claims = [claim for claim in claims if claim is not b]
        a |= b
    return sorted((sorted(claim) for claim in claims), key=lambda group: group[0])


def _cosines_apart(rows: np.ndarray, similarity: float, gap: float = 1e-9) -> bool:
    """No cosine of two different rows lies near the threshold or near another such cosine.

    Sparse and dense products may differ in the last bit; away from near ties both
    order the links alike and put them on the same side of the threshold.
    """
    values: set[float] = set()
    for r in range(len(rows)):
        for s in range(r + 1, len(rows)):
            if rows[r].any() and rows[s].any() and not _identical(rows, r, s):
                values.add(_cosine(rows, r, s))
    ordered = sorted([*values, similarity])
    return all(b - a > gap for a, b in itertools.pairwise(ordered))


@settings(max_examples=300)
@given(
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    distinct=st.integers(min_value=1, max_value=6),
    picks=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=10),
    labels=st.lists(st.integers(min_value=0, max_value=4), min_size=10, max_size=10),
    terms=st.integers(min_value=2, max_value=5),
    similarity=st.floats(min_value=0.2, max_value=0.95),
    named=st.lists(st.booleans(), min_size=5, max_size=5),
    quiet=st.lists(st.booleans(), min_size=6, max_size=6),
    framing=st.lists(st.booleans(), min_size=5, max_size=5),
)
def test_groups_are_those_of_the_brute_force_rules(
    seed: int,
    distinct: int,
    picks: list[int],
    labels: list[int],
    terms: int,
    similarity: float,
    named: list[bool],
    quiet: list[bool],
    framing: list[bool],
) -> None:
    # a few distinct sentences, some printed by several articles or twice by one
    rng = np.random.default_rng(seed)
    palette = rng.random((distinct, terms)) ** 2 * (rng.random((distinct, terms)) > 0.3)
    palette /= np.maximum(np.linalg.norm(palette, axis=1, keepdims=True), 1e-300)
    array = palette[[pick % distinct for pick in picks]]
    articles = labels[: len(picks)]
    assume(_cosines_apart(array, similarity))
    matrix = sparse.csr_matrix(array)
    expected = _brute_force_claims(articles, matrix, similarity)
    assert group_claims(articles, matrix, similarity=similarity) == expected
    shared = SimilarityGraph.build(matrix, threshold=similarity / 2, top_k=1, keep_all=similarity)
    assert group_claims(articles, matrix, similarity=similarity, graph=shared) == expected
    names = np.array(named[:terms])
    expected = _brute_force_claims(articles, matrix, similarity, names)
    assert group_claims(articles, matrix, similarity=similarity, names=names) == expected
    assert group_claims(articles, matrix, similarity=similarity, graph=shared, names=names) == (
        expected
    )
    mute = [quiet[pick % distinct] for pick in picks]  # a sentence's text says it, copies alike
    expected = _brute_force_claims(articles, matrix, similarity, names, mute)
    assert group_claims(articles, matrix, similarity=similarity, names=names, mute=mute) == (
        expected
    )
    # words of attribution count as names do
    frame = np.array(framing[:terms])
    expected = _brute_force_claims(articles, matrix, similarity, names | frame, mute)
    found = group_claims(
        articles, matrix, similarity=similarity, names=names, mute=mute, frame=frame
    )
    assert found == expected


def _unit(*values: float) -> list[float]:
    """A row of six terms (the values given first), as the golden matrices below write them."""
    return [*values, *[0.0] * (6 - len(values))]


# Rows a, b, c, d of articles 0-3 and f, g of articles 4-5, at similarity 0.3:
# a.b = 0.8 and c.d the strongest links, then a.c = 0.36; f.g = 0.352 comes last.
A, B, C = _unit(1.0), _unit(0.8, 0.6), _unit(0.36, 0.0, 0.48, 0.8)
F, G = _unit(0, 0, 0, 0, 1.0), _unit(0, 0, 0, 0, 0.352, 0.936)


def test_groups_merge_when_exactly_half_of_their_row_pairs_are_linked() -> None:
    d = _unit(0.0, 0.6, 0.0, 0.8)  # c.d = 0.64, b.d = 0.36, a.d = 0: a.c and b.d, 2 of 4
    matrix = sparse.csr_matrix(np.array([A, B, C, d, F, G]))
    expected = [[0, 1, 2, 3], [4, 5]]
    assert _brute_force_claims(list(range(6)), matrix, 0.3) == expected
    assert group_claims(list(range(6)), matrix, similarity=0.3) == expected


def test_groups_stay_apart_under_half_linked_and_later_links_still_count() -> None:
    d = _unit(0.0, 0.0, 0.6, 0.8)  # c.d = 0.928, b.d = a.d = 0: only a.c, 1 of 4
    matrix = sparse.csr_matrix(np.array([A, B, C, d, F, G]))
    expected = [[0, 1], [2, 3], [4, 5]]  # f and g still merge after the refused link
    assert _brute_force_claims(list(range(6)), matrix, 0.3) == expected
    assert group_claims(list(range(6)), matrix, similarity=0.3) == expected


def _graph(weights: np.ndarray, threshold: float) -> SimilarityGraph:
    """A similarity graph with the links written by hand, one node per row."""
    n = len(weights)
    return SimilarityGraph(
        node=np.arange(n),
        first=np.arange(n),
        links=sparse.csr_matrix(weights),
        threshold=threshold,
        top_k=None,
        complete_from=threshold,
    )


@pytest.mark.parametrize(
    ("to_the_three", "expected"),
    [
        ([0.8, 0.6, 0.0], [[0, 1, 2, 3]]),  # 2 of the 3 pairs linked: y joins
        ([0.8, 0.0, 0.0], [[0, 1, 2], [3]]),  # 1 of 3: under half, y stays alone
    ],
)
def test_a_row_joins_a_claim_of_three_rows_only_when_linked_to_two(
    to_the_three: list[float], expected: list[list[int]]
) -> None:
    # rows 0-2 (articles 0-2) are one claim at 0.9 before y (row 3) is considered
    weights = np.full((4, 4), 0.9)
    weights[3, :3] = weights[:3, 3] = to_the_three
    np.fill_diagonal(weights, 0.0)
    matrix = sparse.csr_matrix(np.eye(4))  # only its number of rows is read
    graph = _graph(weights, threshold=0.5)
    assert group_claims([0, 1, 2, 3], matrix, similarity=0.5, graph=graph) == expected


X1, X2, Y = [0.6, 0.8, 0.0], [0.8, 0.0, 0.6], [1.0, 0.0, 0.0]  # y.x1 = 0.6, y.x2 = 0.8


@pytest.mark.parametrize(
    ("rows", "expected"),
    [([X1, X2, Y], [[0], [1, 2]]), ([X2, X1, Y], [[0, 2], [1]])],
)
def test_the_strongest_link_decides_which_sentence_of_an_article_joins(
    rows: list[list[float]], expected: list[list[int]]
) -> None:
    # both sentences of article 0 reach y's similarity 0.5; only the closer one joins y
    matrix = sparse.csr_matrix(np.array(rows))
    assert _brute_force_claims([0, 0, 1], matrix, 0.5) == expected
    assert group_claims([0, 0, 1], matrix, similarity=0.5) == expected


@pytest.mark.parametrize("outlets", [2, 3])
def test_syndicated_copies_count_as_many_rows_in_the_half_linked_rule(outlets: int) -> None:
    # x printed by `outlets` articles; y and z (one article each) are one claim first
    # (y.z = 0.8); x links y (0.6) but not z (0.48): x's copies times y make exactly half
    # of the row pairs, though one link of two between the distinct sentences.
    x, y, z = [0.6, 0.8, 0.0], [1.0, 0.0, 0.0], [0.8, 0.0, 0.6]
    matrix = sparse.csr_matrix(np.array([x] * outlets + [y, z]))
    articles = list(range(outlets + 2))
    expected = [list(range(outlets + 2))]
    assert _brute_force_claims(articles, matrix, 0.5) == expected
    assert group_claims(articles, matrix, similarity=0.5) == expected


def test_copies_of_two_articles_join_a_third_articles_paraphrase() -> None:
    x, y = [0.6, 0.8], [1.0, 0.0]  # x.y = 0.6
    matrix = sparse.csr_matrix(np.array([x, y, x]))
    assert group_claims([0, 1, 2], matrix, similarity=0.5) == [[0, 1, 2]]
    assert group_claims([0, 1, 1], matrix, similarity=0.5) == [[0, 2], [1]]  # one per article


def test_second_copies_within_articles_form_a_claim_of_their_own() -> None:
    # articles 0 and 1 each say s (resp. its paraphrase p) twice: first copies, second copies
    s, p = [0.6, 0.8], [1.0, 0.0]
    matrix = sparse.csr_matrix(np.array([s, s, p, p]))
    expected = [[0, 2], [1, 3]]
    assert _brute_force_claims([0, 0, 1, 1], matrix, 0.5) == expected
    assert group_claims([0, 0, 1, 1], matrix, similarity=0.5) == expected
    # a third article's single copy of s joins the first copies only
    matrix = sparse.csr_matrix(np.array([s, s, p, p, s]))
    expected = [[0, 2, 4], [1, 3]]
    assert _brute_force_claims([0, 0, 1, 1, 2], matrix, 0.5) == expected
    assert group_claims([0, 0, 1, 1, 2], matrix, similarity=0.5) == expected


def test_a_given_graph_serves_when_complete_from_the_similarity() -> None:
    d = _unit(0.0, 0.6, 0.0, 0.8)
    matrix = sparse.csr_matrix(np.array([A, B, C, d, F, G]))
    articles = list(range(6))
    expected = group_claims(articles, matrix, similarity=0.3)
    wide = SimilarityGraph.build(matrix, threshold=0.1, top_k=1, keep_all=0.3)
    assert group_claims(articles, matrix, similarity=0.3, graph=wide) == expected
    low = SimilarityGraph.build(matrix, threshold=0.1)
    assert group_claims(articles, matrix, similarity=0.3, graph=low) == expected
    assert group_claims(articles, matrix, similarity=0.7, graph=low) == [[0, 1], [2], [3], [4], [5]]
    high = SimilarityGraph.build(matrix, threshold=0.35)
    with pytest.raises(ValueError, match=r"every link only from 0\.35"):
        group_claims(articles, matrix, similarity=0.3, graph=high)
    strongest_only = SimilarityGraph.build(matrix, threshold=0.1, top_k=1)
    with pytest.raises(ValueError, match=r"keep_all=0\.3 to cluster at 0\.3"):
        group_claims(articles, matrix, similarity=0.3, graph=strongest_only)


def test_article_labels_must_match_the_rows() -> None:
    matrix = sparse.csr_matrix(np.eye(2))
    with pytest.raises(ValueError, match=r"^3 article labels for 2 rows$"):
        group_claims([0, 1, 2], matrix, similarity=0.5)
    with pytest.raises(ValueError, match=r"^1 article labels for 2 rows$"):
        group_claims([0], matrix, similarity=0.5)


def test_no_rows_make_no_claims() -> None:
    assert group_claims([], sparse.csr_matrix((0, 3)), similarity=0.5) == []
    assert group_claims([], sparse.csr_matrix((0, 3)), similarity=0.5, mute=[]) == []


def _named_groups(
    texts: list[str], *, figures: bool = False, articles: list[int] | None = None
) -> list[list[int]]:
    """The claims of ``texts``, one article each by default, with the set's names known.

    With ``figures``, the set's figures are known too.
    """
    documents = list(range(len(texts))) if articles is None else articles
    vectorizer = SentenceVectorizer()
    matrix = vectorizer.fit_transform(texts, documents=documents)
    return group_claims(
        documents,
        matrix,
        similarity=0.3,
        names=vectorizer.name_terms_,
        figures=vectorizer.figure_terms_ if figures else None,
        frame=vectorizer.frame_terms_,
    )


def _groups_of(texts: list[str]) -> list[list[int]]:
    """The claims of ``texts``, one article each, with no names known."""
    matrix = SentenceVectorizer().fit_transform(texts, documents=range(len(texts)))
    return group_claims(range(len(texts)), matrix, similarity=0.3)


def test_regression_a_signature_line_supported_a_sentence_naming_its_author() -> None:
    # "- Ada Ode, mother of Tom Ode" shares only names with the sentence about them.
    texts = [
        "Ada Ode mourned the death of her son Tom Ode, who was shot on Friday.",
        "- Ada Ode, mother of Tom Ode",
        "Ada Ode mourned her son Tom Ode on Friday evening.",
    ]
    assert _named_groups(texts) == [[0, 2], [1]]
    # without the names, the shared name alone links the signature line
    assert [0, 1] in _groups_of(texts[:2])


def test_a_shared_name_with_a_shared_word_still_links() -> None:
    texts = ["Ada Ode resigned on Monday.", "On Monday Ada Ode resigned, aides said."]
    assert _named_groups(texts) == [[0, 1]]


def test_regression_two_statements_of_one_speaker_were_one_claim_by_their_attribution() -> None:
    # The speaker, the title and the speech verb are what the two share: not a claim.
    texts = [
        "The Assembly is shaky, Assembly majority leader Ada Ode says.",
        "Assembly majority leader Ada Ode says she is weary of her party.",
    ]
    assert _named_groups(texts) == [[0], [1]]
    assert _groups_of(texts) == [[0, 1]]  # cosine 0.64


def test_regression_two_answers_on_one_show_were_one_claim() -> None:
    texts = [
        '"It is shaky," Ada Ode said on Sunday when asked about the Assembly.',
        '"I doubt it," Ada Ode said on Sunday when asked about her party.',
    ]
    assert _named_groups(texts) == [[0], [1]]
    assert _groups_of(texts) == [[0, 1]]


def test_one_statement_of_one_speaker_in_two_articles_is_one_claim() -> None:
    texts = [
        "Ada Ode said on Sunday the bridge will reopen in May.",
        "The bridge will reopen in May, Ada Ode said Sunday.",
    ]
    assert _named_groups(texts) == [[0, 1]]


def test_a_name_mask_of_other_columns_is_refused() -> None:
    matrix = sparse.csr_matrix(np.eye(3))
    with pytest.raises(ValueError, match="a name mask of 2 columns for 3 columns"):
        group_claims([0, 1, 2], matrix, similarity=0.3, names=np.zeros(2, dtype=bool))


def test_regression_one_shared_word_linked_a_mothers_plea_to_a_police_search() -> None:
    texts = [
        "Police say they are searching for the missing son of the mayor.",
        '"This is not like my son.',
        "Police are searching for the mayor's missing son, officers said.",
    ]
    # "son" alone: a topic; the police search shares four terms with its restatement
    assert _named_groups(texts) == [[0, 2], [1]]
    assert [0, 1] in _groups_of(texts[:2])


def test_links_within_one_article_are_left_out_before_sorting_and_ties_go_in_order() -> None:
    # groups 0 and 1: one row each of article 0; group 2: one row of article 1;
    # group 3: copies in articles 0 and 2 (rows 3 and 4)
    links = sparse.csr_matrix(
        np.array(
            [
                [0.0, 0.9, 0.7, 0.5],
                [0.9, 0.0, 0.7, 0.0],
                [0.7, 0.7, 0.0, 0.4],
                [0.5, 0.0, 0.4, 0.0],
            ]
        )
    )
    rows_of = [[0], [1], [2], [3, 4]]
    article_of = np.array([0, 0, 1, 0, 2])
    # 0-1 (article 0 twice) never merges; 0-3 stays, though both hold article 0:
    # a group of copies is judged when it is read
    quiet = np.zeros(5, dtype=bool)
    assert _links_in_order(links, rows_of, article_of, quiet) == [[0, 2], [1, 2], [0, 3], [2, 3]]
    quiet[2] = True  # the row of group 2 states nothing: its links are none
    assert _links_in_order(links, rows_of, article_of, quiet) == [[0, 3]]


def test_rows_and_their_articles_must_pair_up() -> None:
    with pytest.raises(ValueError, match="pair up"):
        _copies(np.array([0, 1]), np.array([0]))


def test_the_name_rule_leaves_the_rows_it_reads_unchanged() -> None:
    rows = sparse.csr_matrix(np.array([[0.6, 0.8, 0.0], [0.6, 0.0, 0.8]]))
    before = rows.toarray().copy()
    links = sparse.csr_matrix(np.array([[0.0, 0.36], [0.36, 0.0]]))
    kept = _saying_alike(links, rows, np.array([True, False, False]))
    assert kept.nnz == 0  # they share one term, a name
    np.testing.assert_array_equal(rows.toarray(), before)


def test_a_row_that_states_nothing_supports_no_claim() -> None:
    # a heading shares the claim's words, yet names a topic: it stays apart
    x, y, heading = [0.6, 0.8, 0.0], [0.8, 0.6, 0.0], [0.5, 0.8, 0.33]
    matrix = sparse.csr_matrix(np.array([x, y, heading]))
    assert group_claims([0, 1, 2], matrix, similarity=0.5) == [[0, 1, 2]]
    grouped = group_claims([0, 1, 2], matrix, similarity=0.5, mute=[False, False, True])
    assert grouped == [[0, 1], [2]]
    with pytest.raises(ValueError, match="mute flags"):
        group_claims([0, 1, 2], matrix, similarity=0.5, mute=[False])


def test_regression_a_section_heading_supported_a_claim() -> None:
    """'Compelling evidence', a heading, was listed as a source stating a claim."""
    import summarize
    from summarize import Article

    articles = [
        Article(
            id="wire",
            text="If the memo exists, there is compelling evidence that the mayor misled the "
            "council about the bridge.",
        ),
        Article(
            id="post",
            text="Compelling evidence\n\nEngineers had warned of rust on the cables a year "
            "earlier. Repairs begin in June.",
        ),
    ]
    [claim] = [c for c in summarize.summarize(articles, merged=10).merged if "memo" in c.text]
    assert [s.article for s in claim.support] == ["wire"]


def _figure_groups(texts: list[str], articles: list[int] | None = None) -> list[list[int]]:
    """The claims of ``texts`` with names and figures known (one article each by default)."""
    return _named_groups(texts, figures=True, articles=articles)


JOBLESS_FIGURES = [
    "Initial claims in regular state programs fell by 92,000 to 498,000 in the week ended May 1.",
    "Weekly unemployment claims fell to 498,000 last week, a low since the pandemic began.",
]


def test_regression_two_sentences_giving_one_figure_in_unlike_words_were_two_claims() -> None:
    # cosine below the claim similarity, but "498,000" and "claims" and "fell" are shared
    assert _named_groups(JOBLESS_FIGURES) == [[0], [1]]
    assert _figure_groups(JOBLESS_FIGURES) == [[0, 1]]


def test_a_vote_of_two_small_numbers_is_a_figure_worth_two() -> None:
    texts = [
        "Senators approved the blueprint by a near party-line 52-46 vote before dawn on Friday.",
        "The 52-46 vote on the resolution put Congress on a path to its first full budget.",
    ]
    assert _figure_groups(texts) == [[0, 1]]
    assert _figure_groups([texts[0].replace("52-46", "52"), texts[1].replace("52-46", "52")]) == [
        [0],
        [1],
    ]


@pytest.mark.parametrize(
    "texts",
    [
        [  # a year is no figure
            "Initial claims in regular state programs fell sharply in the week ended May 1, "
            "2021, the department said on Thursday.",
            "Weekly unemployment filings dropped to a pandemic low in 2021, economists noted, "
            "as claims fell.",
        ],
        [  # only the figure and names shared: no word of what is said
            "Ada Ode paid 498,000 to Eastdock on Monday evening after a long dispute over the "
            "port lease and its terms.",
            "Eastdock Harbour counted 498,000 visitors this summer, a record, as Ada Ode "
            "arrived for the opening of the festival.",
        ],
    ],
)
def test_sentences_sharing_a_year_or_no_word_of_what_they_say_stay_apart(texts: list[str]) -> None:
    assert _figure_groups(texts) == [[0], [1]]


def test_a_figure_most_sentences_repeat_names_a_topic_and_links_nothing() -> None:
    texts = [
        "The $3.5 trillion plan passed the Senate early Wednesday after a long debate.",
        "Democrats want the $3.5 trillion package to include paid leave and childcare.",
        "Critics say the $3.5 trillion bill is too costly for the country right now.",
        "Moderates would cut the $3.5 trillion total, aides said after the talks.",
    ]
    assert len(_figure_groups(texts)) == 4


def test_figures_of_one_article_link_nothing() -> None:
    assert _figure_groups(JOBLESS_FIGURES, articles=[0, 0]) == [[0], [1]]


def test_a_figure_mask_of_other_columns_is_refused() -> None:
    matrix = sparse.csr_matrix(np.eye(3))
    with pytest.raises(ValueError, match="figure weights of 2 columns for 3 columns"):
        group_claims(
            [0, 1, 2],
            matrix,
            similarity=0.3,
            names=np.zeros(3, dtype=bool),
            figures=np.zeros(2, dtype=np.int8),
        )


def _figure_rows(count: int) -> sparse.csr_matrix:
    """Rows that share a figure (column 0) and a plain word (column 1), each with a word
    of its own: cosine 0.29, from FIGURE_SHARE of 0.5 but under it."""
    array = np.zeros((count, 2 + count))
    array[:, :2] = 1.0
    array[np.arange(count), 2 + np.arange(count)] = 2.2
    return sparse.csr_matrix(array / np.linalg.norm(array, axis=1, keepdims=True))


@pytest.mark.parametrize("count", [FIGURE_ROWS, FIGURE_ROWS + 1])
def test_a_figure_that_exactly_figure_rows_sentences_hold_still_links_them(count: int) -> None:
    matrix = _figure_rows(count)
    names = np.zeros(matrix.shape[1], dtype=bool)
    figures = np.zeros(matrix.shape[1], dtype=np.int8)
    figures[0] = 2
    grouped = group_claims(list(range(count)), matrix, similarity=0.5, names=names, figures=figures)
    apart = [[row] for row in range(count)]  # a figure more rows hold names a topic
    assert grouped == ([list(range(count))] if count <= FIGURE_ROWS else apart)


def test_sentences_of_two_articles_sharing_a_figure_worth_one_stay_apart() -> None:
    """A small number ("7 ferries") is worth one: shared by two articles with a word, it
    links nothing under the similarity; worth two, the same rows are one claim."""
    matrix = _figure_rows(2)  # cosine 0.29: from FIGURE_SHARE of 0.5 but under it
    names = np.zeros(matrix.shape[1], dtype=bool)
    figures = np.zeros(matrix.shape[1], dtype=np.int8)
    figures[0] = 1
    assert group_claims([0, 1], matrix, similarity=0.5, names=names, figures=figures) == [[0], [1]]
    assert sharing_figures(matrix, np.array([0, 1]), names, figures).nnz == 0
    figures[0] = 2
    assert group_claims([0, 1], matrix, similarity=0.5, names=names, figures=figures) == [[0, 1]]


def test_sentences_sharing_a_figure_stay_apart_under_figure_share_of_the_similarity() -> None:
    matrix = _figure_rows(2)  # cosine 0.29: under FIGURE_SHARE of 0.6
    names = np.zeros(matrix.shape[1], dtype=bool)
    figures = np.zeros(matrix.shape[1], dtype=np.int8)
    figures[0] = 2
    assert group_claims([0, 1], matrix, similarity=0.6, names=names, figures=figures) == [[0], [1]]
    assert group_claims([0, 1], matrix, similarity=0.5, names=names, figures=figures) == [[0, 1]]


def test_sentences_sharing_a_figure_at_exactly_figure_share_of_the_similarity_link() -> None:
    """Cosine 0.25 exactly (0.5 * 0.25, twice): linked at a similarity of 0.5, not above."""
    rest = np.sqrt(1 - 2 * 0.25**2)
    matrix = sparse.csr_matrix(np.array([[0.5, 0.5, 0.5, 0.5, 0.0], [0.25, 0.25, 0.0, 0.0, rest]]))
    names = np.zeros(5, dtype=bool)
    figures = np.array([2, 0, 0, 0, 0], dtype=np.int8)  # column 0 a figure, column 1 a word
    assert group_claims([0, 1], matrix, similarity=0.5, names=names, figures=figures) == [[0, 1]]
    above = group_claims([0, 1], matrix, similarity=0.51, names=names, figures=figures)
    assert above == [[0], [1]]


def _normalised(rows: list[list[float]]) -> sparse.csr_matrix:
    array = np.array(rows)
    return sparse.csr_matrix(array / np.linalg.norm(array, axis=1, keepdims=True))


def test_two_sentences_sharing_a_figure_are_one_claim_before_a_sentence_of_other_words() -> None:
    """Rows 0 and 1 share a figure and a word (cosine 0.38, under the similarity); the
    last row shares nothing, so the figure link lies inside the set, not at its end."""
    matrix = _normalised([[1, 1, 2.2, 0, 0], [1, 1, 0, 2.2, 0], [0, 0, 0, 0, 1]])
    names = np.zeros(5, dtype=bool)
    figures = np.array([2, 0, 0, 0, 0], dtype=np.int8)
    found = group_claims([0, 1, 2], matrix, similarity=0.5, names=names, figures=figures)
    assert found == [[0, 1], [2]]


def test_a_figure_every_sentence_repeats_does_not_hide_a_second_figure_two_share() -> None:
    """Column 0 is a figure all four rows hold (a topic, more than FIGURE_ROWS); rows 0
    and 1 also share the figure of column 1 and the word of column 2: one claim."""
    matrix = _normalised(
        [
            [1, 1, 1, 2.2, 0, 0, 0],
            [1, 1, 1, 0, 2.2, 0, 0],
            [1, 0, 0, 0, 0, 2, 0],
            [1, 0, 0, 0, 0, 0, 2],
        ]
    )
    names = np.zeros(7, dtype=bool)
    figures = np.array([2, 2, 0, 0, 0, 0, 0], dtype=np.int8)
    found = group_claims([0, 1, 2, 3], matrix, similarity=0.5, names=names, figures=figures)
    assert found == [[0, 1], [2], [3]]


def test_more_sentences_than_terms_share_figures_pair_by_pair() -> None:
    """Three rows of two terms (a figure and a word), of three articles: every pair, once."""
    matrix = _normalised([[1, 1], [1, 1], [1, 1]])
    names = np.zeros(2, dtype=bool)
    shared = sharing_figures(matrix, np.arange(3), names, np.array([2, 0], dtype=np.int8))
    assert shared.shape == (3, 3)
    assert np.allclose(shared.toarray(), np.triu(np.ones((3, 3)), k=1))


def _plain_copies(node: list[int], article_of: list[int]) -> tuple[list[list[int]], list[int]]:
    """The starting groups read row by row: the j-th copy in an article joins the j-th copies."""
    first_of: dict[tuple[int, int], int] = {}
    seen: dict[tuple[int, int], int] = {}
    rows_of: list[list[int]] = []
    distinct: list[int] = []
    for row, (d, article) in enumerate(zip(node, article_of, strict=True)):
        copy = seen.get((d, article), 0)
        seen[d, article] = copy + 1
        group = first_of.setdefault((d, copy), len(rows_of))
        if group == len(rows_of):
            rows_of.append([])
            distinct.append(d)
        rows_of[group].append(row)
    return rows_of, distinct


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), min_size=0, max_size=40),
)
def test_starting_groups_are_those_read_row_by_row(rows: list[tuple[int, int]]) -> None:
    """Copies of a distinct row, one per article, start a group: as a plain loop finds them."""
    node = np.array([d for d, _ in rows], dtype=np.int64)
    article_of = np.array([a for _, a in rows], dtype=np.int64)
    rows_of, distinct = _copies(node, article_of)
    expected_rows, expected_distinct = _plain_copies(node.tolist(), article_of.tolist())
    assert rows_of == expected_rows
    assert distinct.tolist() == expected_distinct
    assert distinct.dtype == np.int64
