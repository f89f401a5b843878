"""Group the sentences of a set into claims: sentences of different articles that say the same.

Sentences are linked when their TF-IDF cosine similarity reaches the
``similarity`` threshold (a sparse graph, never a dense n x n matrix). Links are
taken strongest first, and two groups merge only when

* they share no article (a claim holds at most one sentence of each article), and
* at least half of the sentence pairs across the two groups are linked, so a
  chain of loosely related sentences does not snowball into one claim.

Every sentence ends in exactly one group; a sentence no other article echoes is
a claim of its own.

With the set's name columns given, two sentences are linked only when they share
two terms or more, one of which is not a name. Sharing only names ("Lerner's lawyer"
in a refusal to comment and in a plea of innocence; a tweet's signature line and a
sentence about its author) or a single word ("my son" in a mother's plea and in a
police search) is sharing a topic: a claim is what is said, not whom or what it is
about. The words that frame a statement count as names here (``frame``: a speech verb, a
title, a day): "..., former Senate Majority Leader X said on Sunday" closing two
different statements of X shares a speaker, not a claim.

With the set's figure columns given, two sentences of different articles that share
figures are linked below ``similarity`` too, from :data:`FIGURE_SHARE` of it: "fell by
92,000 to 498,000" and "fell to 498,000 last week" give one figure, in words too unlike
to link. The figures must be worth two (one of three significant digits or more, a
percentage or a decimal, or two other numbers: a vote of "52-46"), held by at most
:data:`FIGURE_ROWS` sentences of the set (a bill's "$3.5 trillion" that every sentence
repeats names a topic, as a name does), and the two must share a word that is neither a
name nor a number.

A sentence that states nothing (a heading or a cut-off fragment of four words or
fewer: ``mute``) is linked to none: "Compelling evidence" names a topic, it does not
report the claim whose words it shares.

Identical sentences (same TF-IDF row) of different articles state the same claim
whatever else happens, so they start as one group: the copies of a syndicated
article cost what one copy costs. An article that repeats a sentence puts its
second copy in a second group of second copies, and so on.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ._similarity import SimilarityGraph

__all__ = ["FIGURE_ROWS", "FIGURE_SHARE", "group_claims", "sharing_figures"]

#: Two sentences that share figures are linked from this share of the similarity (half:
#: 0.15 at the default 0.3).
FIGURE_SHARE = 0.5

#: The most sentences of a set a shared figure may stand in and still link two of them.
FIGURE_ROWS = 3


def group_claims(
    articles: Sequence[int],
    matrix: sparse.csr_matrix,
    *,
    similarity: float,
    graph: SimilarityGraph | None = None,
    names: np.ndarray | None = None,
    mute: Sequence[bool] | None = None,
    figures: np.ndarray | None = None,
    frame: np.ndarray | None = None,
) -> list[list[int]]:
    """Return groups of row indices, each group one claim.

    Args:
        articles: For each row of ``matrix``, the index of its article.
        matrix: L2-normalised TF-IDF rows, one per sentence.
        similarity: Cosine similarity at which two sentences are linked.
        graph: The similarity graph of ``matrix``, holding every link of
            ``similarity`` or more; built here when not given.
        names: For each column of ``matrix``, whether its term is a name (see
            :class:`~summarize.text.SentenceVectorizer`'s ``name_terms_``); two
            rows are then linked only when they share two terms or more, one of
            which is not a name.
        mute: For each row, whether its sentence states nothing (a heading or a
            cut-off fragment: :func:`~summarize.text.states_nothing`); such a row
            is linked to none and stays a claim of its own, with its copies.
        figures: For each column of ``matrix``, the weight of its term as a figure
            (see :attr:`~summarize.text.SentenceVectorizer.figure_terms_`); rows
            that share figures are then linked from :data:`FIGURE_SHARE` of
            ``similarity`` (with ``names`` only: the shared word must be no name).
        frame: For each column of ``matrix``, whether its term frames a statement
            rather than states it (a speech verb, a title, a day: the vectoriser's
            ``frame_terms_``); with ``names``, such terms count as names do.

    Returns:
        Groups of rows, each sorted, ordered by their first row; together they
        hold every row exactly once.

    Raises:
        ValueError: ``articles``, ``mute`` and ``matrix`` differ in length, or
            ``graph`` lacks links of ``similarity``.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.1]]))
        >>> group_claims([0, 0, 1], m, similarity=0.5)
        [[0, 2], [1]]
    """
    article_of = np.asarray(articles, dtype=np.int64)
    n = matrix.shape[0]
    if len(article_of) != n:
        raise ValueError(f"{len(article_of)} article labels for {n} rows")
    silent = np.zeros(n, dtype=bool) if mute is None else np.asarray(mute, dtype=bool)
    if len(silent) != n:
        raise ValueError(f"{len(silent)} mute flags for {n} rows")
    if graph is None:
        graph = SimilarityGraph.build(matrix, threshold=similarity)
    if len(graph.node) != n:
        raise ValueError(f"a similarity graph of {len(graph.node)} rows for {n} rows")
    rows_of, distinct = _copies(graph.node, article_of)
    nodes = len(rows_of)
    neighbours = sparse.csr_matrix(graph.at_least(similarity)[distinct][:, distinct])
    if names is not None:
        if frame is not None:
            names = np.asarray(names, dtype=bool) | np.asarray(frame, dtype=bool)
        rows = matrix[graph.first[distinct]]
        neighbours = _saying_alike(neighbours, rows, names)
        if figures is not None:
            shared = sharing_figures(rows, article_of[graph.first[distinct]], names, figures)
            neighbours = _with_links(neighbours, shared, similarity)
    size = np.array([len(rows) for rows in rows_of], dtype=np.int64)
    weight = size if (size > 1).any() else None  # None: every group is one row

    # Plain lists indexed by node, not arrays or dicts: the loop below runs once per
    # link and reads a few entries each time. A group is known by its label (one of
    # its nodes); the lists hold what is true of a group at its label.
    label = list(range(nodes))  # each node's group
    links = (neighbours.indptr.tolist(), neighbours.indices.tolist())
    count = None if weight is None else weight.tolist()
    row_count = size.tolist()  # rows in each group
    members: list[list[int]] = [[node] for node in range(nodes)]  # nodes of each group
    article_list = article_of.tolist()
    covered = [{article_list[row] for row in group_rows} for group_rows in rows_of]

    for source, target in _links_in_order(neighbours, rows_of, article_of, silent):
        a, b = label[source], label[target]
        if a == b:
            continue
        articles_a, articles_b = covered[a], covered[b]
        if not articles_a.isdisjoint(articles_b):
            continue
        size_a, size_b = row_count[a], row_count[b]
        if size_a < size_b:
            a, b = b, a
            size_a, size_b = size_b, size_a
            articles_a, articles_b = articles_b, articles_a
        small = members[b]
        pairs = size_a * size_b  # one pair: the link just read
        if pairs > 1 and not _mostly_linked(small, a, pairs, links, label, count):
            continue
        for node in small:
            label[node] = a
        members[a].extend(small)
        members[b] = []
        row_count[a] = size_a + size_b
        articles_a |= articles_b

    groups_of: dict[int, list[int]] = {}
    for node, group in enumerate(label):
        groups_of.setdefault(group, []).append(node)
    groups = [
        sorted(row for node in group for row in rows_of[node]) for group in groups_of.values()
    ]
    groups.sort()  # disjoint sorted lists: by their first row
    return groups


def _links_in_order(
    neighbours: sparse.csr_matrix,
    rows_of: list[list[int]],
    article_of: np.ndarray,
    mute: np.ndarray,
) -> list[list[int]]:
    """The links that may merge two starting groups, strongest first, as ``[lower, higher]``.

    A link of a group of ``mute`` rows is none. A link between two groups of one
    row of the same article is left out here, before sorting: it can never merge
    them (a claim holds one sentence per article), and most of a set's links lie
    within an article. Equal links go in order of their lower group, then of
    their higher one.
    """
    single = np.array([len(rows) == 1 for rows in rows_of], dtype=bool)
    firsts = [rows[0] for rows in rows_of]
    first, silent = article_of[firsts], mute[firsts]
    edges = sparse.triu(neighbours, k=1).tocoo()
    within = single[edges.row] & single[edges.col] & (first[edges.row] == first[edges.col])
    within |= silent[edges.row] | silent[edges.col]
    rows, columns, weights = edges.row[~within], edges.col[~within], edges.data[~within]
    order = np.lexsort((columns, rows, -weights))
    links: list[list[int]] = np.column_stack((rows[order], columns[order])).tolist()
    return links


def _saying_alike(
    neighbours: sparse.csr_matrix, rows: sparse.csr_matrix, names: np.ndarray
) -> sparse.csr_matrix:
    """The links of ``neighbours`` whose rows share two terms or more, one not a name."""
    if len(names) != rows.shape[1]:
        raise ValueError(f"a name mask of {len(names)} columns for {rows.shape[1]} columns")
    links = neighbours.tocoo()
    held = sparse.csr_matrix(rows, dtype=np.float64, copy=True)
    held.data[:] = 1.0  # which terms each row holds
    both = held[links.row].multiply(held[links.col])  # the terms each link's rows share
    shared = np.asarray(both.sum(axis=1)).ravel()
    shared_said = both @ (~names).astype(np.float64)  # of them, those that are no name
    keep = (shared >= 2) & (shared_said >= 1)
    kept = sparse.csr_matrix(
        (links.data[keep], (links.row[keep], links.col[keep])), shape=neighbours.shape
    )
    kept.sort_indices()
    return kept


def sharing_figures(
    rows: sparse.csr_matrix,
    articles: np.ndarray,
    names: np.ndarray,
    figures: np.ndarray,
    *,
    most: int | None = FIGURE_ROWS,
) -> sparse.csr_matrix:
    """The pairs of rows of different articles that share figures worth two, with their cosine.

    Only figures that ``most`` rows or fewer hold count (``None``: all do), and the
    two rows must share a term that is neither a name nor a number. The pairs are
    given once, the lower row first (an upper triangle).
    """
    if len(figures) != rows.shape[1]:
        raise ValueError(f"figure weights of {len(figures)} columns for {rows.shape[1]} columns")
    held = sparse.csr_matrix(rows, dtype=np.float64, copy=True)
    held.data[:] = 1.0
    weight = np.array(figures, dtype=np.float64)  # a copy: the caller's weights stay
    if most is not None:
        weight[np.asarray(held.sum(axis=0)).ravel() > most] = 0.0
    weighed = sparse.csr_matrix(held.multiply(weight[np.newaxis, :]))
    # Most terms weigh nothing: without their zeros the product only meets figures.
    weighed.eliminate_zeros()
    evidence = sparse.triu(weighed @ held.T, k=1).tocoo()  # the weight of the figures shared
    keep = (evidence.data >= 2) & (articles[evidence.row] != articles[evidence.col])
    first, second = evidence.row[keep], evidence.col[keep]
    plain = ((~names) & (figures == 0)).astype(np.float64)
    words = held[first].multiply(held[second]) @ plain  # shared words, neither name nor number
    cosine = np.asarray(rows[first].multiply(rows[second]).sum(axis=1)).ravel()
    keep = words >= 1
    return sparse.csr_matrix(
        (cosine[keep], (first[keep], second[keep])), shape=(rows.shape[0], rows.shape[0])
    )


def _with_links(
    neighbours: sparse.csr_matrix, shared: sparse.csr_matrix, similarity: float
) -> sparse.csr_matrix:
    """``neighbours`` with the pairs of ``shared`` from FIGURE_SHARE of ``similarity`` linked.

    They are links of ``similarity``: the weakest, taken after every link of cosine.
    """
    pairs = shared.tocoo()
    keep = (pairs.data >= FIGURE_SHARE * similarity) & (pairs.data < similarity)
    if not keep.any():
        return neighbours
    row, col = pairs.row[keep], pairs.col[keep]
    extra = sparse.csr_matrix(
        (np.full(2 * row.size, similarity), (np.r_[row, col], np.r_[col, row])),
        shape=neighbours.shape,
    )
    linked = sparse.csr_matrix(neighbours.maximum(extra))
    linked.sort_indices()
    return linked


def _copies(node: np.ndarray, article_of: np.ndarray) -> tuple[list[list[int]], np.ndarray]:
    """Split rows into starting groups: copies of one distinct row, one per article.

    The j-th copy of a distinct row within an article joins the group of j-th
    copies. Groups are numbered by their first row (so without copies group i is
    row i). Returns the rows of each group and each group's distinct row.
    """
    n = len(node)
    if len(article_of) != n:
        raise ValueError(f"{len(article_of)} articles for {n} rows: they must pair up")
    leader = np.arange(n, dtype=np.int64)  # the first row of each row's group
    # A row whose distinct row has no other copy starts a group of its own; the others
    # are read one by one.
    copied = np.flatnonzero(np.bincount(node, minlength=1)[node] > 1)
    first_of: dict[tuple[int, int], int] = {}
    seen: dict[tuple[int, int], int] = {}
    for row, d, article in zip(
        copied.tolist(), node[copied].tolist(), article_of[copied].tolist(), strict=True
    ):
        copy = seen.get((d, article), 0)
        seen[d, article] = copy + 1
        leader[row] = first_of.setdefault((d, copy), row)
    leads = np.flatnonzero(leader == np.arange(n))
    rows_of = [[row] for row in leads.tolist()]
    number = np.cumsum(leader == np.arange(n)) - 1  # each first row's group
    later = copied[leader[copied] != copied]
    for row, group in zip(later.tolist(), number[leader[later]].tolist(), strict=True):
        rows_of[group].append(row)
    return rows_of, np.asarray(node[leads], dtype=np.int64)


def _mostly_linked(
    small: list[int],
    large_label: int,
    pairs: int,
    links: tuple[list[int], list[int]],
    label: list[int],
    size: list[int] | None,
) -> bool:
    """Whether at least half of the row ``pairs`` between ``small`` and ``large_label`` are linked.

    ``small`` lists starting groups; ``links`` holds the neighbours of each
    (``indptr`` and ``indices`` of the graph); a group of ``size`` identical
    rows counts as that many rows, linked as their distinct row is (``None``:
    one row each).
    """
    indptr, indices = links
    linked = 0
    for node in small:
        near = indices[indptr[node] : indptr[node + 1]]
        if size is None:
            linked += [label[other] for other in near].count(large_label)
        else:
            hits = sum(size[other] for other in near if label[other] == large_label)
            linked += size[node] * hits
    return 2 * linked >= pairs
