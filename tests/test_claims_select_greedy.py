"""Selection: budgets in sentences or words, redundancy cut, order of candidates kept."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from summarize.claims.select._greedy import select


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


def _reference_select(
    candidates: list[int],
    matrix: sparse.csr_matrix,
    lengths: list[int],
    *,
    count: int | None = None,
    words: int | None = None,
    redundancy: float = 1.0,
) -> list[int]:
    """Selection as it was, with one sparse product per candidate."""
    picked: list[int] = []
    used = 0
    for row in candidates:
        if count is not None and len(picked) >= count:
            break
        if words is not None and used + lengths[row] > words:
            if not picked:
                return [row]
            continue
        if picked and redundancy < 1.0:
            similarities = (matrix[picked] @ matrix[row].T).toarray().ravel()
            if similarities.max(initial=0.0) >= redundancy:
                continue
        picked.append(row)
        used += lengths[row]
    return picked


@settings(max_examples=100)
@given(
    n=st.integers(min_value=1, max_value=80),
    budget=st.one_of(
        st.tuples(st.just("count"), st.integers(min_value=1, max_value=40)),
        st.tuples(st.just("words"), st.integers(min_value=1, max_value=200)),
    ),
    redundancy=st.sampled_from([0.3, 0.5, 0.6, 0.8, 0.95, 1.0]),
    whole=st.booleans(),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_same_picks_as_one_product_per_candidate(
    n: int, budget: tuple[str, int], redundancy: float, whole: bool, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    # whole numbers give similarities that land exactly on the redundancy value
    rows = rng.integers(0, 3, (n, 3)).tolist() if whole else (rng.random((n, 6)) ** 3).tolist()
    matrix = _unit_rows(rows)
    lengths = [int(x) for x in rng.integers(1, 30, n)]
    order = [int(i) for i in rng.permutation(n)]
    kind, size = budget
    options = {"count": size} if kind == "count" else {"words": size}
    expected = _reference_select(order, matrix, lengths, redundancy=redundancy, **options)
    assert select(order, matrix, lengths, redundancy=redundancy, **options) == expected


class _Lengths(list[int]):
    """Word counts that remember which rows were looked at."""

    def __init__(self, values: list[int]) -> None:
        super().__init__(values)
        self.seen: list[int] = []

    def __getitem__(self, row):  # type: ignore[no-untyped-def]
        self.seen.append(row)
        return super().__getitem__(row)


def test_regression_word_budget_kept_scanning_after_it_was_full() -> None:
    lengths = _Lengths([5] * 100)
    matrix = _unit_rows(np.eye(100).tolist())
    assert select(list(range(100)), matrix, lengths, words=10, redundancy=0.5) == [0, 1]
    assert set(lengths.seen) == {0, 1}


def test_redundancy_is_reached_at_equality_and_one_turns_it_off() -> None:
    matrix = _unit_rows([[1.0, 0.0], [0.6, 0.8], [1.0, 0.0]])
    assert select([0, 1], matrix, [3, 3, 3], count=2, redundancy=0.6) == [0]
    assert select([0, 1], matrix, [3, 3, 3], count=2, redundancy=0.61) == [0, 1]
    assert select([0, 2], matrix, [3, 3, 3], count=2, redundancy=1.0) == [0, 2]


def test_long_candidate_lists_are_compared_across_chunks() -> None:
    # row 0 and row 300 are the same; 300 lies several chunks after 0
    rows = np.eye(400)
    rows[300] = rows[0]
    matrix = _unit_rows(rows.tolist())
    picked = select(list(range(400)), matrix, [1] * 400, count=400, redundancy=0.9)
    assert 300 not in picked
    assert len(picked) == 399
