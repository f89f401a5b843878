"""Concept coverage: choose the sentences that cover what most sources report.

A *concept* is a content word or a pair of adjacent content words of a sentence
(stemmed, stop words out: the terms of :class:`~summarize.text._vectorize.SentenceVectorizer`).
A concept is worth more the more sources mention it, steeply: its weight is the
number of distinct sources whose sentences hold it, raised to ``support_exponent``
(a set with one source weighs concepts by how many of its sentences hold them).
A summary is worth the total weight of the distinct concepts it holds, so a
second sentence that repeats the first adds nothing.

The selector is greedy, as in concept-coverage summarisation (Gillick and
Favre, 2009): it repeatedly takes the sentence with the highest weight of
concepts not yet covered, per word, times the sentence's score from the ranker
(centrality and position), until the budget is spent. Each step sums over the
candidates' stored concepts and terms, so a pick costs time linear in the set.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ._greedy import leftover_claims

if TYPE_CHECKING:
    from .._claim import RankedClaim
    from .._set import SentenceSet

__all__ = ["CoverageSelector", "concept_matrix", "concept_weights"]


def concept_matrix(
    terms: Sequence[Sequence[str]],
    *,
    unigrams: bool = True,
    bigrams: bool = True,
    ids: np.ndarray | None = None,
) -> sparse.csr_matrix:
    """Return a binary sentences x concepts matrix: which concepts each sentence holds.

    Args:
        terms: The analysed terms of each sentence, in order.
        unigrams: Count single terms as concepts.
        bigrams: Count pairs of adjacent terms as concepts.
        ids: The number of every term of ``terms`` in turn, in order of first
            appearance, when known (the vectoriser's ``term_ids_``); numbered here
            otherwise.

    Raises:
        ValueError: ``ids`` does not hold one number per term.

    Example:
        >>> concept_matrix([["dam", "broke"], ["dam"]]).toarray()
        array([[1., 1., 1.],
               [1., 0., 0.]])
    """
    # Terms are numbered in order of first appearance (never in set or hash order,
    # so sums over concepts run in the same order in every process); a word pair
    # (i, j) is the number (i + 1) * size + j, above every single term's number.
    counts = np.fromiter((len(words) for words in terms), dtype=np.int64, count=len(terms))
    if ids is None:
        flat = list(itertools.chain.from_iterable(terms))
        vocabulary = {word: i for i, word in enumerate(dict.fromkeys(flat))}
        ids = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
    elif ids.size != counts.sum():
        raise ValueError(f"{ids.size} term numbers for {counts.sum()} terms")
    owner = np.repeat(np.arange(len(terms), dtype=np.int64), counts)
    # Any size above every number orders the pairs alike: numbered by first appearance,
    # the terms are 0 to the number of distinct terms less one.
    size = int(ids.max()) + 1 if ids.size else 1
    columns, rows = [], []
    count = 0  # concepts numbered so far
    if unigrams:  # every single term is a concept, below every pair: numbered with no sort
        present = np.zeros(size, dtype=bool)
        present[ids] = True
        columns.append((np.cumsum(present) - 1)[ids])
        rows.append(owner)
        count = int(present.sum())
    if bigrams and ids.size > 1:
        same = owner[1:] == owner[:-1]
        pairs = (ids[:-1][same] + 1) * size + ids[1:][same]
        distinct, place = np.unique(pairs, return_inverse=True)
        columns.append(place.ravel() + count)
        rows.append(owner[1:][same])
        count += distinct.size
    column = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
    row = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    matrix = sparse.csr_matrix(
        (np.ones(row.size), (row, column)), shape=(len(terms), max(count, 1))
    )
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    return matrix


def concept_weights(
    incidence: sparse.csr_matrix, sources: Sequence[int], *, support_exponent: float = 3.0
) -> np.ndarray:
    """Weigh each concept by the number of distinct sources that mention it.

    Args:
        incidence: Sentences x concepts, from :func:`concept_matrix`.
        sources: For each sentence, the index of its source.
        support_exponent: Weight is ``sources ** support_exponent``.

    Returns:
        One weight per concept. With a single source, a concept's weight is the
        number of sentences that hold it.

    Example:
        >>> m = concept_matrix([["dam", "broke"], ["dam", "held"]])
        >>> concept_weights(m, [0, 1], support_exponent=2.0).tolist()
        [4.0, 1.0, 1.0, 1.0, 1.0]
    """
    owners = np.asarray(sources, dtype=np.int64)
    if owners.size == 0:
        return np.zeros(incidence.shape[1])
    if np.unique(owners).size == 1:
        return np.asarray(incidence.sum(axis=0), dtype=np.float64).ravel()
    indicator = sparse.csr_matrix(
        (np.ones(owners.size), (owners, np.arange(owners.size))),
        shape=(int(owners.max()) + 1, owners.size),
    )
    mentioned = indicator @ incidence
    mentioned.data[:] = 1.0
    support = np.asarray(mentioned.sum(axis=0), dtype=np.float64).ravel()
    return np.asarray(support**support_exponent)


class CoverageSelector:
    """Pick sentences that cover the most heavily weighted concepts per word, within a budget.

    Follows scikit-learn's conventions: :meth:`fit` (or :meth:`fit_terms`) learns the concepts of a
    set and their weights (``incidence_``, ``weights_``) and returns ``self``;
    :meth:`select` then picks among the set's sentences.

    Args:
        support_exponent: A concept's weight is the number of sources that
            mention it raised to this.
        length_exponent: The uncovered weight of a sentence is divided by its
            word count raised to this (1.0: per word; 0.0: longer sentences
            win as they hold more), under a word budget.
        count_length_exponent: The same under a count budget (default: per
            square root of the words), where a long sentence takes no more of
            the budget than a short one but a summary of run-on sentences reads
            worse; chosen by reading digests, not measured on references.
        unigrams: Count single terms as concepts.
        bigrams: Count pairs of adjacent terms as concepts.

    Example:
        >>> selector = CoverageSelector(support_exponent=2.0).fit_terms(
        ...     [["dam", "broke"], ["dam", "broke", "dawn"], ["rain"]], [0, 1, 1])
        >>> selector.select([0, 1, 2], np.ones(3), [2, 3, 1], words=4)
        [0, 2]
    """

    def __init__(
        self,
        *,
        support_exponent: float = 3.0,
        length_exponent: float = 1.0,
        count_length_exponent: float = 0.5,
        unigrams: bool = True,
        bigrams: bool = True,
    ) -> None:
        self.support_exponent = support_exponent
        self.length_exponent = length_exponent
        self.count_length_exponent = count_length_exponent
        self.unigrams = unigrams
        self.bigrams = bigrams

    def fit(self, sentences: SentenceSet) -> CoverageSelector:
        """Learn the concepts of a set's sentences and their weights (see :meth:`fit_terms`)."""
        return self.fit_terms(sentences.terms, sentences.numbers, ids=sentences.term_ids)

    def choose_claims(
        self,
        sentences: SentenceSet,
        *,
        count: int | None,
        words: int | None,
        min_sources: int,
        redundancy: float,
    ) -> list[RankedClaim]:
        """The sentences that cover most, one a claim, each shown as its claim's representative.

        Only sentences that stand alone are candidates (not a fragment or a headline),
        unless none does; a piece of a quotation cut from its start ('But we kept them
        running," she said.': :meth:`~summarize.claims.SentenceSet.quote_piece`) is
        picked last. With a redundancy cut (``redundancy`` below 1.0), a claim
        that restates one picked is no candidate, and lends its sources to the one
        picked (:meth:`~summarize.claims.SentenceSet.merged_claim`).
        """
        supported = [
            row for row in range(len(sentences.sentences)) if sentences.support[row] >= min_sources
        ]
        candidates = [row for row in supported if sentences.alone[row]] or supported
        cut = redundancy < 1.0  # restatements are repeats too
        [shown] = self.select_each(
            [candidates],
            sentences.scores,
            sentences.lengths,
            count=count,
            words=words,
            exclusive=sentences.groups,
            restated=sentences.restated if cut else (),
            matrix=sentences.matrix,
            redundancy=redundancy,
            last=sentences.quote_piece,
        )
        lines = sentences.merged_claims(shown, restated=cut, keep=min_sources, words=words)
        return lines + leftover_claims(
            sentences,
            lines,
            count=count,
            words=words,
            min_sources=min_sources,
            redundancy=redundancy,
        )

    def choose_each(
        self,
        sentences: SentenceSet,
        candidates: Sequence[Sequence[int]],
        *,
        count: int,
        redundancy: float,
    ) -> list[list[int]]:
        """From each list on its own, the rows that cover most (see :meth:`select_each`)."""
        return self.select_each(
            candidates,
            sentences.scores,
            sentences.lengths,
            count=count,
            matrix=sentences.matrix,
            redundancy=redundancy,
        )

    def fit_terms(
        self,
        terms: Sequence[Sequence[str]],
        sources: Sequence[int],
        *,
        ids: np.ndarray | None = None,
    ) -> CoverageSelector:
        """Learn the concepts of a set and their weights.

        Args:
            terms: The analysed terms of each sentence of the set.
            sources: For each sentence, the index of its source.
            ids: The number of every term in turn, when known (see :func:`concept_matrix`).
        """
        self.incidence_ = concept_matrix(
            terms, unigrams=self.unigrams, bigrams=self.bigrams, ids=ids
        )
        self.weights_ = concept_weights(
            self.incidence_, sources, support_exponent=self.support_exponent
        )
        return self

    def select(
        self,
        candidates: Sequence[int],
        scores: np.ndarray,
        lengths: Sequence[int],
        *,
        count: int | None = None,
        words: int | None = None,
        exclusive: Sequence[Sequence[int]] = (),
        matrix: sparse.csr_matrix | None = None,
        redundancy: float = 1.0,
    ) -> list[int]:
        """Return the picked rows, in the order they were picked.

        Args:
            candidates: Rows that may be picked.
            scores: The ranker's score of every row (centrality, position).
            lengths: Word count of every row.
            count: Most rows to pick.
            words: Word budget instead of ``count``: rows whose word counts add
                up to at most this. A first row longer than the budget is
                picked alone, so the summary is never empty when there is text.
            exclusive: Groups of rows, no row in two, of which at most one
                may be picked (the sentences of one claim).
            matrix: TF-IDF rows, for the redundancy cut.
            redundancy: Skip a candidate whose cosine similarity to a picked row
                reaches this; 1.0 turns the cut off.

        Ties go to the candidate listed first, so the choice is deterministic.
        """
        return self.select_each(
            [candidates],
            scores,
            lengths,
            count=count,
            words=words,
            exclusive=exclusive,
            matrix=matrix,
            redundancy=redundancy,
        )[0]

    def select_each(
        self,
        candidate_lists: Sequence[Sequence[int]],
        scores: np.ndarray,
        lengths: Sequence[int],
        *,
        count: int | None = None,
        words: int | None = None,
        exclusive: Sequence[Sequence[int]] = (),
        restated: Sequence[Sequence[int]] = (),
        matrix: sparse.csr_matrix | None = None,
        redundancy: float = 1.0,
        last: Callable[[int], bool] | None = None,
    ) -> list[list[int]]:
        """Pick from each list of candidates on its own, as :meth:`select` would, all at once.

        Each list has its own budget, covers its own concepts and is compared
        with its own picks only (``exclusive`` groups too apply within each
        list). With ``restated`` (for each of the ``exclusive`` groups, the groups
        that restate it), a pick closes the rows of those groups as it closes
        its own group's. Each step of the greedy choice is a few array operations over
        all the lists, so the per-source summaries of a set of 1,000 articles
        cost a handful of steps, not 1,000 calls.

        With ``last``, a row it is true of is picked last: when it would be picked, it
        is put off, and taken, as the greedy choice ranks it, only once its list has
        no other candidate left. It is asked of the rows that would be picked only.

        Returns:
            The rows picked from each list, in the order they were picked.

        Example:
            >>> terms = [["dam"], ["dam", "broke"], ["rain"]]
            >>> selector = CoverageSelector().fit_terms(terms, [0, 0, 1])
            >>> selector.select_each([[0, 1], [1, 2]], np.ones(3), [1, 2, 1], count=1)
            [[1], [1]]
        """
        if (count is None) == (words is None):
            raise ValueError("give exactly one of count and words")
        lists = [np.asarray(rows, dtype=np.int64) for rows in candidate_lists]
        # A list of one row has nothing to choose between (a one-sentence article).
        picked = [[int(row) for row in rows] if rows.size <= 1 else [] for rows in lists]
        busy = [i for i, rows in enumerate(lists) if rows.size > 1]
        if not busy:
            return picked
        rows = np.concatenate([lists[i] for i in busy])
        owner = np.repeat(np.arange(len(busy)), [lists[i].size for i in busy])
        first_of = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # each list's start
        state = _Greedy(self, rows, owner, lengths, exclusive, restated, matrix, redundancy)
        exponent = self.length_exponent if words is not None else self.count_length_exponent
        per_word = np.maximum(state.size, 1.0) ** -exponent
        # A ranker may give an article's weakest sentence 0 (sumy's, scaled per
        # article); a floor keeps such a sentence in the running on its coverage.
        prior = np.maximum(np.asarray(scores[rows], dtype=np.float64), 1e-9)
        taken = np.zeros(len(busy), dtype=np.int64)
        used = np.zeros(len(busy), dtype=np.float64)
        done = np.zeros(len(busy), dtype=bool)
        put_off = np.zeros(rows.size, dtype=bool)  # asked of ``last``, and true
        asked = np.zeros(rows.size, dtype=bool)
        while True:
            if count is not None:
                done |= taken >= count
            if words is not None:
                done |= (taken > 0) & (used >= words)
                # Within the budget only, unless nothing fits before the first pick.
                fits = state.open & (state.size + used[owner] <= words)
                any_fits = np.logical_or.reduceat(fits, first_of)
                done |= ~any_fits & (taken > 0)
                state.open = np.where(any_fits[owner], fits, state.open)
            live = state.open & ~done[owner]
            if not live.any():
                break
            if last is not None:  # a list's rows put off only once it has no others
                ready = live & ~put_off
                live = np.where(np.logical_or.reduceat(ready, first_of)[owner], ready, live)
            value = state.gain * per_word * prior
            # A list with nothing left to cover falls back on the ranker.
            covering = np.logical_or.reduceat(live & (value > 0), first_of)
            value = np.where(covering[owner], value, prior)
            value[~live] = -np.inf
            top = np.maximum.reduceat(value, first_of)
            hits = np.flatnonzero(live & (value == top[owner]))
            winners, first = np.unique(owner[hits], return_index=True)
            best = hits[first]  # the first candidate of the best value, in each list
            if last is not None and not asked[best].all():
                fresh = best[~asked[best]]
                asked[fresh] = True
                put_off[fresh] = [last(row) for row in rows[fresh].tolist()]
                if put_off[fresh].any():  # choose again, without them while others are left
                    continue
            for k, row in zip(winners.tolist(), rows[best].tolist(), strict=True):
                picked[busy[k]].append(row)
            taken[winners] += 1
            used[winners] += state.size[best]
            state.take(best)
        return picked


class _Greedy:
    """The candidates of :meth:`CoverageSelector.select_each`, as flat arrays, and their state.

    Candidate ``i`` is row ``rows[i]`` of list ``owner[i]``. A list's concepts
    and terms are its own (keyed by list and column), so that covering a
    concept, or picking a row, changes the candidates of its list only.
    """

    def __init__(
        self,
        selector: CoverageSelector,
        rows: np.ndarray,
        owner: np.ndarray,
        lengths: Sequence[int],
        exclusive: Sequence[Sequence[int]],
        restated: Sequence[Sequence[int]],
        matrix: sparse.csr_matrix | None,
        redundancy: float,
    ) -> None:
        incidence = selector.incidence_
        n = rows.size
        self.open = np.ones(n, dtype=bool)
        self.size = np.fromiter((lengths[row] for row in rows), dtype=np.float64, count=n)
        # The concepts each candidate holds, as (candidate, concept) entries in row
        # order, and the same entries by concept: a step then costs the entries of
        # the concepts it covers, not a sparse product over every candidate.
        self.holder, concept, self.starts, _ = _entries(incidence, rows)
        keys = owner[self.holder] * incidence.shape[1] + concept
        concepts, self.concept, self.by_concept = _numbered(keys)
        self.concept_starts = np.zeros(concepts.size + 1, dtype=np.int64)
        counts = np.bincount(self.concept, minlength=concepts.size)
        np.cumsum(counts, out=self.concept_starts[1:])
        weights = np.asarray(selector.weights_, dtype=np.float64)
        self.uncovered = weights[concepts % incidence.shape[1]]
        self.gain = np.bincount(self.holder, weights=self.uncovered[self.concept], minlength=n)
        # The exclusive group of each candidate, within its list (-1: none).
        self.group: np.ndarray | None = None
        if exclusive:
            label = _group_labels(exclusive, incidence.shape[0])[rows]
            self.group = np.where(label >= 0, owner * len(exclusive) + label, -1)
        self.restated = restated
        self.redundancy = redundancy
        self.terms: tuple[np.ndarray, ...] | None = None
        if matrix is not None and redundancy < 1.0:
            holder, term, starts, weight = _entries(matrix, rows)
            terms, local_term, _ = _numbered(owner[holder] * matrix.shape[1] + term)
            self.terms = (holder, local_term, starts, weight)
            self.best_terms = np.zeros(terms.size)

    def take(self, best: np.ndarray) -> None:
        """Pick the candidates ``best`` (at most one per list): update gains, close rivals."""
        n = self.open.size
        # The concepts they cover now count for no candidate.
        covered = self.concept[
            _positions(self.starts[best], self.starts[best + 1] - self.starts[best])
        ]
        covered = covered[self.uncovered[covered] > 0]
        first = self.concept_starts[covered]
        held = self.by_concept[_positions(first, self.concept_starts[covered + 1] - first)]
        lost = self.uncovered[self.concept[held]]
        self.gain -= np.bincount(self.holder[held], weights=lost, minlength=n)
        self.uncovered[covered] = 0.0
        self.open[best] = False
        if self.group is not None:
            rivals = self.group[best]
            rivals = rivals[rivals >= 0]
            if self.restated:
                # A group's number is its list's offset plus its index in ``restated``.
                count = len(self.restated)
                restating = [
                    group - group % count + other
                    for group in rivals.tolist()
                    for other in self.restated[group % count]
                ]
                rivals = np.concatenate([rivals, np.asarray(restating, dtype=rivals.dtype)])
            self.open[np.isin(self.group, rivals)] = False
        if self.terms is not None:
            # Cosine similarity of every candidate to the one just picked in its list.
            holder, term, starts, weight = self.terms
            own = _positions(starts[best], starts[best + 1] - starts[best])
            self.best_terms[term[own]] = weight[own]
            similar = np.bincount(holder, weights=weight * self.best_terms[term], minlength=n)
            self.best_terms[term[own]] = 0.0
            self.open &= similar < self.redundancy


def _numbered(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.unique(keys, return_inverse=True)``, and the stable order that sorts ``keys``.

    One stable sort gives all three: the distinct keys in order, the number of each
    key among them, and the positions of the keys by number (equal keys in place).

    Example:
        >>> [a.tolist() for a in _numbered(np.array([7, 3, 7, 5]))]
        [[3, 5, 7], [2, 0, 2, 1], [1, 3, 0, 2]]
    """
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    new = np.ones(ordered.size, dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    number = np.empty(keys.size, dtype=np.int64)
    number[order] = np.cumsum(new) - 1
    return ordered[new], number, order


def _group_labels(groups: Sequence[Sequence[int]], rows: int) -> np.ndarray:
    """The number of each row's group among ``groups`` (-1 for a row in none)."""
    label = np.full(rows, -1, dtype=np.int64)
    if groups:
        sizes = np.fromiter((len(group) for group in groups), dtype=np.int64, count=len(groups))
        members = np.fromiter(itertools.chain.from_iterable(groups), dtype=np.int64)
        label[members] = np.repeat(np.arange(len(groups)), sizes)
    return label


def _entries(
    matrix: sparse.csr_matrix, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The stored entries of ``matrix[rows]``, without building that matrix.

    Returns, for each entry in row order, the position of its row in ``rows``,
    its column and its value; and where each row's entries start (one more
    than ``rows``, so row ``i`` holds entries ``starts[i]:starts[i + 1]``).
    """
    first, last = matrix.indptr[rows], matrix.indptr[rows + 1]
    counts = last - first
    starts = np.zeros(rows.size + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    if rows[-1] - rows[0] + 1 == rows.size and bool((np.diff(rows) == 1).all()):
        positions = np.arange(first[0], last[-1])  # consecutive rows (one article's): a slice
    else:
        positions = _positions(first, counts)
    holder = np.repeat(np.arange(rows.size), counts)
    return holder, matrix.indices[positions], starts, matrix.data[positions]


def _positions(first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions ``first[i]:first[i] + counts[i]`` of every ``i``, one after another."""
    ends = np.cumsum(counts)
    return np.repeat(first - (ends - counts), counts) + np.arange(ends[-1] if ends.size else 0)
