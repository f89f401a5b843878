"""Concept coverage: concepts, their weights by support, and the greedy selector."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

import summarize
from summarize.claims.select._coverage import (
    CoverageSelector,
    _numbered,
    concept_matrix,
    concept_weights,
)
from summarize.text._vectorize import SentenceVectorizer

TERMS = [
    ["bridg", "collaps", "tuesday"],  # article 0
    ["bridg", "collaps", "harbour"],  # article 1
    ["mayor", "spoke"],  # article 1
    ["bridg", "collaps", "tuesday", "inquiri"],  # article 2
]
SOURCES = [0, 1, 1, 2]


def test_concept_matrix_holds_words_and_adjacent_pairs_once() -> None:
    m = concept_matrix([["a", "b", "a", "b"]])
    # a, b, (a, b), (b, a): repeats count once.
    assert m.shape == (1, 4)
    assert m.toarray().tolist() == [[1.0, 1.0, 1.0, 1.0]]


def test_concept_matrix_without_unigrams_or_bigrams() -> None:
    assert concept_matrix([["a", "b", "c"]], unigrams=False).shape[1] == 2
    assert concept_matrix([["a", "b", "c"]], bigrams=False).shape[1] == 3


def test_concept_matrix_of_sentences_without_terms_is_empty_not_an_error() -> None:
    m = concept_matrix([[], []])
    assert m.shape == (2, 1)
    assert m.nnz == 0


def test_weights_grow_steeply_with_the_number_of_sources() -> None:
    m = concept_matrix(TERMS)
    weights = concept_weights(m, SOURCES, support_exponent=3.0)
    bridge, harbour = 0, 3  # single terms first, numbered in order of first appearance
    assert weights[bridge] == 27.0  # three sources
    assert weights[harbour] == 1.0  # one source


def test_a_source_repeating_a_concept_does_not_add_support() -> None:
    m = concept_matrix([["flood"], ["flood"], ["flood"]])
    assert concept_weights(m, [0, 0, 1], support_exponent=2.0).tolist() == [4.0]


def test_one_source_weighs_concepts_by_how_many_sentences_hold_them() -> None:
    m = concept_matrix([["flood", "town"], ["flood"], ["rain"]])
    assert concept_weights(m, [0, 0, 0]).tolist()[:2] == [2.0, 1.0]


def test_selector_prefers_what_most_sources_report() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    # Rows 0 and 1 both report the collapse; row 0 adds "tuesday", which a second
    # source (row 3) also mentions, row 1 adds "harbour", which no other source does.
    assert selector.select(range(4), np.ones(4), [3, 3, 2, 4], count=1) == [0]


def test_selector_does_not_repeat_covered_concepts() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    # After one report of the collapse, another one adds little: the second pick is
    # the mayor (two new concepts), not a copy of the collapse with one new word.
    assert selector.select(range(4), np.ones(4), [3, 3, 2, 4], count=2) == [0, 2]


def test_selector_keeps_within_the_word_budget() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    lengths = [10, 10, 4, 12]
    picked = selector.select(range(4), np.ones(4), lengths, words=15)
    assert sum(lengths[row] for row in picked) <= 15
    assert len(picked) == 2


def test_selector_shows_a_first_sentence_longer_than_the_budget_alone() -> None:
    selector = CoverageSelector().fit_terms([["a", "b"], ["c"], ["d", "e"]], [0, 1, 2])
    assert selector.select(range(3), np.ones(3), [40, 50, 60], words=10) == [0]


def test_selector_takes_one_sentence_of_each_exclusive_group() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    picked = selector.select(range(4), np.ones(4), [3, 3, 2, 4], count=4, exclusive=[[0, 1, 3]])
    assert len(set(picked) & {0, 1, 3}) == 1
    assert 2 in picked


def test_selector_falls_back_on_scores_when_nothing_is_left_to_cover() -> None:
    selector = CoverageSelector().fit_terms([["a"], ["a"], ["a"]], [0, 1, 2])
    assert selector.select(range(3), np.array([0.1, 0.9, 0.5]), [1, 1, 1], count=3) == [1, 2, 0]


def test_redundancy_cut_skips_near_copies() -> None:
    matrix = sparse.csr_matrix(np.array([[1.0, 0.0], [0.99, 0.141], [0.0, 1.0]]))
    selector = CoverageSelector().fit_terms([["a", "b"], ["a", "c"], ["d"]], [0, 1, 2])
    picked = selector.select(
        range(3), np.ones(3), [2, 2, 1], count=3, matrix=matrix, redundancy=0.9
    )
    assert not {0, 1} <= set(picked)


def test_selector_needs_exactly_one_budget() -> None:
    selector = CoverageSelector().fit_terms([["a"]], [0])
    with pytest.raises(ValueError, match="exactly one"):
        selector.select([0], np.ones(1), [1])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=6), min_size=1, max_size=12),
    st.data(),
)
def test_picks_are_distinct_candidates_within_budget(
    terms: list[list[str]], data: st.DataObject
) -> None:
    n = len(terms)
    sources = data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    lengths = data.draw(st.lists(st.integers(1, 30), min_size=n, max_size=n))
    words = data.draw(st.integers(1, 60))
    candidates = sorted(data.draw(st.sets(st.integers(0, n - 1), min_size=1)))
    selector = CoverageSelector().fit_terms(terms, sources)
    picked = selector.select(candidates, np.ones(n), lengths, words=words)
    assert len(picked) == len(set(picked)) >= 1
    assert set(picked) <= set(candidates)
    if len(picked) > 1:
        assert sum(lengths[row] for row in picked) <= words


def _greedy_reference(
    selector: CoverageSelector,
    candidates: list[int],
    scores: np.ndarray,
    lengths: list[int],
    *,
    count: int | None,
    words: int | None,
    exclusive: list[list[int]],
    matrix: sparse.csr_matrix,
    redundancy: float,
    last: frozenset[int] = frozenset(),
) -> list[int]:
    """The selector's rule, one candidate and one concept at a time (dense, slow, plain).

    The rows of ``last`` are chosen among only when no other row is open.
    """
    held = selector.incidence_.toarray() > 0
    uncovered = np.asarray(selector.weights_, dtype=float).copy()
    similarity = (matrix @ matrix.T).toarray()
    exponent = selector.length_exponent if words is not None else selector.count_length_exponent
    open_ = list(candidates) if len(candidates) > 1 else []
    picked = [] if len(candidates) > 1 else list(candidates)
    used = 0
    while open_ and (count is None or len(picked) < count):
        if words is not None:
            if picked and used >= words:
                break
            fits = [row for row in open_ if used + lengths[row] <= words]
            if fits:
                open_ = fits
            elif picked:
                break

        def value(row: int, *, cover: bool) -> float:
            prior = max(float(scores[row]), 1e-9)
            if not cover:
                return prior
            gain = sum(uncovered[c] for c in np.flatnonzero(held[row]))
            return gain * max(lengths[row], 1) ** -exponent * prior

        pool = [row for row in open_ if row not in last] or open_
        cover = any(value(row, cover=True) > 0 for row in pool)
        best = max(pool, key=lambda row: (value(row, cover=cover), -open_.index(row)))
        picked.append(best)
        used += lengths[best]
        uncovered[held[best]] = 0.0
        rivals = {r for group in exclusive if best in group for r in group}
        open_ = [
            row
            for row in open_
            if row != best
            and row not in rivals
            and (redundancy >= 1.0 or similarity[best, row] < redundancy)
        ]
    return picked


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=6), min_size=1, max_size=14),
    st.data(),
)
def test_select_each_picks_from_each_list_as_a_plain_greedy_loop_would(
    terms: list[list[str]], data: st.DataObject
) -> None:
    n = len(terms)
    rows = st.integers(0, n - 1)
    sources = data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
    lengths = data.draw(st.lists(st.integers(1, 30), min_size=n, max_size=n))
    scores = np.asarray(
        data.draw(st.lists(st.sampled_from([0.0, 0.25, 0.5, 1.0]), min_size=n, max_size=n))
    )
    lists = data.draw(st.lists(st.lists(rows, unique=True), max_size=4))
    labels = data.draw(st.lists(st.integers(-1, 2), min_size=n, max_size=n))  # -1: in no group
    exclusive = [[row for row in range(n) if labels[row] == g] for g in range(3)]
    exclusive = [group for group in exclusive if group]
    budget = data.draw(st.sampled_from(["count", "words"]))
    count = data.draw(st.integers(1, 4)) if budget == "count" else None
    words = data.draw(st.integers(1, 60)) if budget == "words" else None
    redundancy = data.draw(st.sampled_from([0.5, 0.8, 1.0]))
    last = frozenset(data.draw(st.sets(rows)))
    vectorizer_terms = [" ".join(t) or "zz" for t in terms]
    matrix = sparse.csr_matrix(
        _unit_rows(np.array([[t.count(w) for w in "abcdefghz"] for t in vectorizer_terms], float))
    )
    selector = CoverageSelector(support_exponent=2.0).fit_terms(terms, sources)
    options = {"count": count, "words": words, "matrix": matrix, "redundancy": redundancy}
    each = selector.select_each(lists, scores, lengths, exclusive=exclusive, **options)
    assert each == [
        _greedy_reference(selector, rows, scores, lengths, exclusive=exclusive, **options)
        for rows in lists
    ]
    put_off = selector.select_each(
        lists, scores, lengths, exclusive=exclusive, last=last.__contains__, **options
    )
    assert put_off == [
        _greedy_reference(
            selector, rows, scores, lengths, exclusive=exclusive, last=last, **options
        )
        for rows in lists
    ]


def test_a_row_picked_last_waits_until_no_other_candidate_is_left() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    lengths = [3, 3, 2, 4]
    assert selector.select(range(4), np.ones(4), lengths, count=1) == [0]
    [first] = selector.select_each([range(4)], np.ones(4), lengths, count=1, last={0}.__contains__)
    assert first == [3]  # the collapse again, in the words of a source that reads alone
    [every] = selector.select_each([range(4)], np.ones(4), lengths, count=4, last={0}.__contains__)
    assert every[-1] == 0


def test_picked_last_is_asked_of_the_rows_that_would_be_picked_only() -> None:
    selector = CoverageSelector().fit_terms(TERMS, SOURCES)
    asked: list[int] = []

    def last(row: int) -> bool:
        asked.append(row)
        return row == 0

    [picked] = selector.select_each([range(4)], np.ones(4), [3, 3, 2, 4], count=2, last=last)
    assert picked == [3, 2]
    assert asked == [0, *picked]  # each asked once, when it would have been picked


def _unit_rows(array: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return np.divide(array, norms, out=np.zeros_like(array), where=norms > 0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-(2**40), 2**40) | st.integers(0, 5), max_size=40))
def test_numbered_is_np_unique_with_the_stable_order_of_the_keys(keys: list[int]) -> None:
    """One stable sort gives what np.unique and a second, stable argsort gave the selector."""
    array = np.asarray(keys, dtype=np.int64)
    distinct, number, order = _numbered(array)
    expected, inverse = np.unique(array, return_inverse=True)
    assert distinct.tolist() == expected.tolist()
    assert number.tolist() == inverse.ravel().tolist()
    assert order.tolist() == np.argsort(inverse.ravel(), kind="stable").tolist()


def test_regression_concept_numbers_followed_set_order_across_processes() -> None:
    """Concepts were numbered in set order, which changes with the hash seed."""
    code = (
        "from summarize.claims.select._coverage import concept_matrix;"
        "words = [f'w{i}' for i in range(30)];"
        "print(concept_matrix([words, words[::-1]]).indices.tolist())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_coverage_and_support_selection_both_count_the_three_sources() -> None:
    texts = [
        "The dam on the Ore river broke at dawn on Monday. Two villages were flooded.",
        "At dawn on Monday the Ore river dam broke. Rescuers reached one village by boat.",
        "The Ore dam broke on Monday morning, officials said. Two villages flooded.",
    ]
    for selection in ("coverage", "support"):
        digest = summarize.summarize(texts, merged=2, selection=selection)
        assert digest.merged[0].source_count == 3
        assert digest.options.selection == selection


def test_concepts_from_the_vectorisers_term_numbers_are_the_concepts_numbered_again() -> None:
    """The vectoriser's numbers of the terms give the matrix that numbering them gives."""
    texts = [
        "The old bridge over the river closed on Monday.",
        "On Monday the river rose and the bridge closed.",
        "Ferries ran again on Tuesday; the bridge stays closed.",
    ]
    vectorizer = SentenceVectorizer()
    vectorizer.fit_transform(texts)
    assert vectorizer.term_ids_ is not None
    fresh = concept_matrix(vectorizer.terms_)
    known = concept_matrix(vectorizer.terms_, ids=vectorizer.term_ids_)
    assert (fresh != known).nnz == 0
    assert fresh.shape == known.shape
    with pytest.raises(ValueError, match="term numbers"):
        concept_matrix(vectorizer.terms_, ids=vectorizer.term_ids_[:-1])
    assert SentenceVectorizer(ngram_range=(1, 2)).fit(texts).term_ids_ is None
