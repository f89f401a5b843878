"""Restatements: claims that give the story's news again, in words too unlike to group.

In claims/, between grouping and selection. A news article opens with its news
(who did what, when: the inverted pyramid), so the opening sentences of two
sources that share words at :data:`OPENING_SHARE` of the claim similarity give
one fact, though in words too different for a claim of their own ("was found dead
in his home" and "has died after apparently committing suicide"). An article that
states its news twice, in its opening and again with details, also puts that
fact in two claims, since a claim holds one sentence per article. Two openings that
give the story's figure ("fell by 92,000 to 498,000" and "fell to 498,000 last week")
restate it from half that share, however many sentences repeat the figure. Two
sentences that give one quantity of one thing differently (the versions of a
disagreement the digest is sure of: "killing one person and injuring 12" and "leaving
one person dead and at least 15 injured") report one event, whatever their words, and so
do two that hold the same quoted words (:mod:`summarize.claims._quoted`). The
merged summary shows one of two claims that restate each other, with the other's sources
folded in (:meth:`~summarize.claims.SentenceSet.merged_claim`).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np
from scipy import sparse

from ..records import Disagreement, Sentence
from ._group import FIGURE_SHARE, sharing_figures
from ._similarity import distinct_rows

__all__ = ["OPENINGS", "OPENING_SHARE", "restated_groups", "same_event"]

#: The sentences of an article, from its first that stands alone, that open it.
OPENINGS = 2

#: Two openings of different sources at this share of the claim similarity or more
#: restate one fact (0.25 at the default 0.3).
OPENING_SHARE = 5 / 6


def restated_groups(
    groups: Sequence[Sequence[int]],
    openings: Mapping[str, Sequence[int]],
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    *,
    similarity: float,
    copies: np.ndarray | None = None,
    names: np.ndarray | None = None,
    figures: np.ndarray | None = None,
    same_event: Sequence[tuple[int, int]] = (),
) -> list[list[int]]:
    """For each group, the other groups that restate it, the most alike first.

    Two groups restate each other when an opening of one and an opening of the
    other, from different sources, have a cosine similarity of at least
    ``similarity``, or of at least :data:`~summarize.claims._group.FIGURE_SHARE` of it
    when they share figures worth two and a word that is no name nor number
    (:func:`~summarize.claims._group.sharing_figures`, with no limit on the sentences
    that hold the figures). The relation is not carried further: a group that
    restates two others does not make them restate each other.

    Args:
        groups: Rows that state one claim, as :func:`~summarize.claims.group_claims`
            gives them.
        openings: Article id -> the rows that open it.
        matrix: L2-normalised TF-IDF rows of the set.
        sources: The number of each row's source.
        similarity: The cosine similarity from which two openings restate one fact.
        copies: For each row, the number of its distinct row (identical rows share
            one, as in :attr:`~summarize.claims.SimilarityGraph.node`); found here
            when not given.
        names: For each column of ``matrix``, whether its term is a name.
        figures: For each column of ``matrix``, the weight of its term as a figure
            (:attr:`~summarize.text.SentenceVectorizer.figure_terms_`); with
            ``names``, openings that share figures restate from less.
        same_event: Pairs of rows that report one event whatever their words, openings
            or not (the sentences of two versions of a sure disagreement, two sentences
            that hold the same quoted words); their groups restate each other, ranked
            by the rows' cosine similarity like the openings' links.

    Returns:
        One list per group, of indices into ``groups``; ties in the order of the groups.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.8, 0.6], [0.0, 1.0]]))
        >>> openings = {"a": [0, 1], "b": [2]}
        >>> restated_groups([[0], [1], [2], [3]], openings, m, [0, 0, 1, 1], similarity=0.5)
        [[2], [2], [0, 1], []]
        >>> restated_groups([[0], [1], [2], [3]], openings, m, [0, 0, 1, 1], similarity=0.7)
        [[2], [], [0], []]
    """
    label = np.empty(matrix.shape[0], dtype=np.int64)  # each row's group: they share none
    label[np.fromiter(itertools.chain.from_iterable(groups), dtype=np.int64)] = np.repeat(
        np.arange(len(groups), dtype=np.int64), [len(group) for group in groups]
    )
    one, two, strength = _opening_links(
        label, openings, matrix, sources, similarity, copies, names, figures
    )
    if events := [(x, y) for x, y in same_event if label[x] != label[y]]:
        rows = np.asarray(events, dtype=np.int64)
        # as the set's product gives them, to the last digit: ties then order alike
        cosine = (matrix[rows[:, 0]] @ matrix[rows[:, 1]].T).diagonal()
        one = np.concatenate([one, label[rows[:, 0]]])
        two = np.concatenate([two, label[rows[:, 1]]])
        strength = np.concatenate([strength, cosine])
    # Both directions, then the strongest link of each pair of groups, the most alike first.
    this = np.concatenate([one, two])
    that = np.concatenate([two, one])
    value = np.concatenate([strength, strength])
    order = np.lexsort((that, -value, this))
    found: list[list[int]] = [[] for _ in groups]
    for group, other in np.column_stack((this, that))[order].tolist():
        if other not in found[group]:
            found[group].append(other)
    return found


def same_event(
    sentences: Sequence[Sentence], disagreements: Sequence[Disagreement]
) -> list[tuple[int, int]]:
    """Pairs of rows that give one quantity of one thing: the versions of a sure disagreement.

    Sources that differ on a figure report the same event, in words too unlike to
    group ("killing one person and injuring 12" against "leaving one person dead and at
    least 15 injured"). A disagreement that only *may* be one links none.

    Example:
        >>> from summarize.records import Version
        >>> a, b = Sentence("a", 0, 0, 9, "12 hurt."), Sentence("b", 0, 0, 9, "15 hurt.")
        >>> one = Version("A", "a", "12", 12.0, 12.0, 0, 2, a)
        >>> two = Version("B", "b", "15", 15.0, 15.0, 0, 2, b)
        >>> same_event([a, b], [Disagreement(about="people hurt", versions=(one, two))])
        [(0, 1)]
        >>> same_event([a, b], [Disagreement("people hurt", (one, two), certain=False)])
        []
    """
    row_of = {(s.article, s.start): row for row, s in enumerate(sentences)}
    return [
        (
            row_of[(one.sentence.article, one.sentence.start)],
            row_of[(two.sentence.article, two.sentence.start)],
        )
        for disagreement in disagreements
        if disagreement.certain
        for one, two in itertools.combinations(disagreement.versions, 2)
    ]


_NONE = np.zeros(0, dtype=np.int64)


def _opening_links(
    label: np.ndarray,
    openings: Mapping[str, Sequence[int]],
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    similarity: float,
    copies: np.ndarray | None,
    names: np.ndarray | None,
    figures: np.ndarray | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The links of openings of different groups and sources: both groups, and the cosine."""
    # Copies of one opening in one group are read once (a syndicated story has hundreds):
    # an entry is a distinct row of a group, with the sources that open with it.
    node = (distinct_rows(matrix)[1] if copies is None else np.asarray(copies)).tolist()
    group_of = label.tolist()
    entry_of: dict[tuple[int, int], int] = {}
    first: list[int] = []
    held: list[set[int]] = []
    for row in (row for opening in openings.values() for row in opening):
        entry = entry_of.setdefault((node[row], group_of[row]), len(first))
        if entry == len(first):
            first.append(row)
            held.append(set())
        held[entry].add(sources[row])
    if len(first) < 2:
        return _NONE, _NONE, np.zeros(0)
    entries = np.asarray(first, dtype=np.int64)
    by_figures = names is not None and figures is not None
    least = min(similarity, FIGURE_SHARE * similarity) if by_figures else similarity
    left, right, value = _upper(matrix[entries] @ matrix[entries].T, least)
    a, b = label[entries[left]], label[entries[right]]
    # Different sources: unless both entries are one and the same single source.
    lone = np.asarray([min(h) if len(h) == 1 else -1 for h in held], dtype=np.int64)
    same = (lone[left] >= 0) & (lone[left] == lone[right])
    linked = value >= similarity
    if names is not None and figures is not None:
        own = np.arange(len(entries))  # the sources are told apart above
        shared = sharing_figures(matrix[entries], own, names, figures, most=None).todok()
        # Only the pairs not linked yet and alike enough to be linked by figures are looked
        # up (most of the product is weak links); both upper triangles: a pair of entries
        # is read at the same place in each.
        near = np.flatnonzero(~linked & (value >= FIGURE_SHARE * similarity))
        pairs = np.column_stack((left[near], right[near])).tolist()
        linked[near[np.asarray([(i, j) in shared for i, j in pairs], dtype=bool)]] = True
    keep = linked & (a != b) & ~same
    return a[keep], b[keep], value[keep]


def _upper(product: sparse.csr_matrix, least: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows, columns and values of the entries above the diagonal of at least ``least``.

    In the order the product stores them, as ``sparse.triu(product, k=1).tocoo()`` gives
    them, less the weaker entries, which link nothing: they are not copied out.
    """
    rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
    at = np.flatnonzero((product.indices > rows) & (product.data >= least))
    return rows[at], product.indices[at].astype(np.int64), product.data[at]
