"""Selection: budgets in sentences or words, redundancy cut, order of candidates kept."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from summarize.claims.select._greedy import leftover_claims, select


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
    with pytest.raises(ValueError, match=r"^give exactly one of count and words$"):
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
    last: frozenset[int] = frozenset(),
) -> list[int]:
    """Selection as it was, with one sparse product per candidate.

    The rows of ``last`` are scanned after all others; a first row too long for the
    budget is shown alone at once only when none of them came before it.
    """
    picked: list[int] = []
    used = 0
    too_long = None
    first_last = min((candidates.index(row) for row in last if row in candidates), default=None)
    for row in [r for r in candidates if r not in last] + [r for r in candidates if r in last]:
        if count is not None and len(picked) >= count:
            break
        if words is not None and used + lengths[row] > words:
            if not picked:
                if row not in last and (first_last is None or candidates.index(row) < first_last):
                    return [row]
                too_long = row if too_long is None else too_long
            continue
        if picked and redundancy < 1.0:
            similarities = (matrix[picked] @ matrix[row].T).toarray().ravel()
            if similarities.max(initial=0.0) >= redundancy:
                continue
        picked.append(row)
        used += lengths[row]
    return picked if picked or too_long is None else [too_long]


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


@settings(max_examples=100)
@given(
    n=st.integers(min_value=1, max_value=40),
    budget=st.one_of(
        st.tuples(st.just("count"), st.integers(min_value=1, max_value=20)),
        st.tuples(st.just("words"), st.integers(min_value=1, max_value=100)),
    ),
    redundancy=st.sampled_from([0.5, 0.8, 1.0]),
    seed=st.integers(min_value=0, max_value=2**16),
    data=st.data(),
)
def test_rows_picked_last_are_scanned_after_all_others(
    n: int, budget: tuple[str, int], redundancy: float, seed: int, data: st.DataObject
) -> None:
    rng = np.random.default_rng(seed)
    matrix = _unit_rows((rng.random((n, 6)) ** 3).tolist())
    lengths = [int(x) for x in rng.integers(1, 30, n)]
    order = [int(i) for i in rng.permutation(n)]
    last = frozenset(data.draw(st.sets(st.integers(0, n - 1))))
    kind, size = budget
    options = {"count": size} if kind == "count" else {"words": size}
    expected = _reference_select(
        order, matrix, lengths, redundancy=redundancy, last=last, **options
    )
    got = select(order, matrix, lengths, redundancy=redundancy, last=last.__contains__, **options)
    assert got == expected
    assert got, "a budget never gives an empty summary when there are candidates"


def test_a_row_put_off_is_taken_when_the_others_leave_room() -> None:
    matrix = _unit_rows(np.eye(3).tolist())
    assert select([0, 1, 2], matrix, [4, 4, 4], count=2, last={0}.__contains__) == [1, 2]
    assert select([0, 1, 2], matrix, [4, 4, 4], count=3, last={0}.__contains__) == [1, 2, 0]
    # Too long for the budget, the others are shown alone only if nothing else fits.
    assert select([0, 1], matrix, [3, 30, 4], words=10, last={0}.__contains__) == [0]
    assert select([0, 1], matrix, [30, 30, 4], words=10, last={0}.__contains__) == [1]


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


def test_without_the_cut_a_long_list_is_taken_whole_each_candidate_once() -> None:
    """Two hundred candidates span four chunks; none is read twice."""
    matrix = _unit_rows(np.eye(200).tolist())
    assert select(list(range(200)), matrix, [1] * 200, count=200) == list(range(200))


def test_a_candidate_a_picked_one_closes_is_skipped_whatever_its_similarity() -> None:
    """``closes``: picking 0 rules out 2 (a claim restating it); 1 and 3 close nothing."""
    matrix = _unit_rows(np.eye(4).tolist())
    closes = {0: [2]}
    first = select([0, 1, 2, 3], matrix, [1] * 4, count=3, redundancy=0.5, closes=closes)
    assert first == [0, 1, 3]
    # 2 picked before 0 stays: picking rules out only the candidates after it
    later = select([1, 2, 0, 3], matrix, [1] * 4, count=3, redundancy=0.5, closes=closes)
    assert later == [1, 2, 0]


@attrs.frozen
class _Set:
    """What leftover_claims reads of a set: one group of rows 0-7 whose claim row 0 shows,
    each row's source, score, word count and whether it stands alone; a leftover row's
    part claim takes the rows of ``left`` that ``joins`` lists for it."""

    numbers: Sequence[int] = (0, 1, 2, 3, 4, 5, 6, 7)
    scores: Sequence[float] = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
    lengths: Sequence[int] = (10,) * 8
    alone: Sequence[bool] = (True,) * 8
    joins: dict[int, tuple[int, ...]] = attrs.field(factory=dict)

    @property
    def group_of(self) -> dict[int, list[int]]:
        return {row: list(range(8)) for row in range(8)}

    def part_claim(self, row: int, left: set[int]) -> SimpleNamespace:
        rows = (row, *(other for other in self.joins.get(row, ()) if other in left))
        sources = len({self.numbers[r] for r in rows})
        return SimpleNamespace(row=row, rows=rows, claim=SimpleNamespace(source_count=sources))


_LINE = SimpleNamespace(row=0, rows=(0, 1))  # the line holds rows 0 and 1


def _leftover(
    sentences: _Set,
    *,
    count: int | None = None,
    words: int | None = None,
    min_sources: int = 1,
    redundancy: float = 1.0,
) -> list[tuple[int, ...]]:
    """The rows of each leftover claim of :class:`_Set` beside :data:`_LINE`."""
    claims = leftover_claims(
        sentences,  # type: ignore[arg-type]
        [_LINE],  # type: ignore[list-item]
        count=count,
        words=words,
        min_sources=min_sources,
        redundancy=redundancy,
    )
    return [claim.rows for claim in claims]


def test_leftover_claims_come_by_score_and_skip_the_rows_a_claim_took() -> None:
    """The best-scored first (scores given out of row order); row 3 supports row 5's
    claim, so the rows after it still come; row 6 does not stand alone."""
    scores = (1.0, 0.9, 0.2, 0.6, 0.5, 0.8, 0.7, 0.1)
    alone = (True,) * 6 + (False, True)
    sentences = _Set(scores=scores, alone=alone, joins={5: (3,)})
    assert _leftover(sentences, words=1000) == [(5, 3), (4,), (2,), (7,)]
    assert _leftover(sentences, count=3) == [(5, 3), (4,)]  # the line takes one of three
    assert _leftover(sentences, count=3, redundancy=0.9) == []


def test_leftover_claims_fill_the_word_budget_the_lines_leave() -> None:
    """The line's 10 words of 30: row 2 (25 words) does not fit, 3 and 4 (12 and 8)
    fill the rest exactly, then row 5 (5) no longer fits."""
    sentences = _Set(lengths=(10, 10, 25, 12, 8, 5, 40, 40))
    assert _leftover(sentences, words=30) == [(3,), (4,)]


def test_leftover_claims_need_min_sources() -> None:
    """Row 2 alone has one source; row 3 with row 4 of another source has two."""
    sentences = _Set(joins={3: (4,)})
    assert _leftover(sentences, words=1000, min_sources=2) == [(3, 4)]
