"""Selection: budgets in sentences or words, redundancy cut, order of candidates kept."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import sparse

from summarize.select import select


def _unit_rows(rows: list[list[float]]) -> sparse.csr_matrix:
    array = np.array(rows, dtype=float)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return sparse.csr_matrix(np.divide(array, norms, out=np.zeros_like(array), where=norms > 0))


def test_count_budget_takes_best_first() -> None:
    matrix = _unit_rows([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert select([2, 0, 1], matrix, [4, 4, 4], count=2) == [2, 0]


def test_redundant_candidate_is_skipped() -> None:
    matrix = _unit_rows([[1, 0], [1, 0.1], [0, 1]])
    assert select([0, 1, 2], matrix, [3, 3, 3], count=2, redundancy=0.9) == [0, 2]


def test_word_budget_skips_what_does_not_fit_and_takes_shorter() -> None:
    matrix = _unit_rows([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert select([0, 1, 2], matrix, [6, 8, 3], words=10) == [0, 2]


def test_first_candidate_longer_than_budget_is_shown_alone() -> None:
    matrix = _unit_rows([[1, 0], [0, 1]])
    assert select([0, 1], matrix, [30, 2], words=10) == [0]


def test_exactly_one_budget() -> None:
    matrix = _unit_rows([[1.0]])
    with pytest.raises(ValueError, match="exactly one"):
        select([0], matrix, [1], count=1, words=1)


@given(
    lengths=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=30),
    budget=st.integers(min_value=1, max_value=120),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_word_budget_invariants(lengths: list[int], budget: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = _unit_rows(rng.random((len(lengths), 5)).tolist())
    order = [int(i) for i in rng.permutation(len(lengths))]
    picked = select(order, matrix, lengths, words=budget, redundancy=0.95)
    assert picked, "a budget never gives an empty summary when there are candidates"
    assert len(set(picked)) == len(picked)
    assert picked == [row for row in order if row in picked], "candidate order is kept"
    total = sum(lengths[row] for row in picked)
    assert total <= budget or (len(picked) == 1 and picked[0] == order[0])


@given(
    n=st.integers(min_value=1, max_value=25),
    count=st.integers(min_value=1, max_value=30),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_count_and_redundancy_invariants(n: int, count: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = _unit_rows(rng.random((n, 4)).tolist())
    picked = select(list(range(n)), matrix, [5] * n, count=count, redundancy=0.9)
    assert 1 <= len(picked) <= min(count, n)
    for i, a in enumerate(picked):
        for b in picked[i + 1 :]:
            assert (matrix[a] @ matrix[b].T).toarray()[0, 0] < 0.9
