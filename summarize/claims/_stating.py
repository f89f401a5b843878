"""Sentences that state a shown claim although grouping put them in another claim.

Grouping puts each sentence in one claim, so a sentence that states two facts, or one
fact said along with more, supports one line only: "Ada Ode shut the old pier for
repairs, and the ferry company raised its fares" sits in the fares claim and leaves the
line "The old pier was shut for repairs by Ada Ode" one source short. A
shown claim therefore also takes, from each article it lacks, that article's sentence
most alike its shown sentence, when they are linked more strongly than two sentences of
one claim must be (:data:`STATING_SHARE` of the claim similarity) and say the same of
the same:

* it stands alone as a statement (:func:`~summarize.text.stands_alone`: no heading, no
  lead-in ending on a colon, no sentence that opens by pointing back);
* the two share two plain words at least: neither a name, nor a word that frames a
  statement (a speech verb, a title, a day), nor a figure, nor a word both write as
  part of a name ("Board" in "the Kessel Harbour Board", in a fare rise and in a strike);
* it names no one the shown sentence does not name, unless the two share a name: "we
  are confident X will win" and "he was confident Y would prevail" share the words
  and not the fact (a name of the set counts where the sentence writes it capitalised
  inside it, not as its first word: "Workers shut the pier" names no one);
* when both give figures, they share one.

Only the claims shown are read, from the set's similarity graph.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set

import attrs
import numpy as np
from scipy import sparse

from ..records import Sentence
from ._similarity import SimilarityGraph

__all__ = ["PLAIN_SHARED", "STATING_SHARE", "TermKinds", "stating_rows"]

#: The similarity, as a share of the claim similarity, from which a sentence of another
#: claim may state a shown one (0.39 at the default 0.3). Read on default digests of the
#: dev sets, the sentences that join from 0.3 up state the claim about two times in three,
#: from 0.39 up about nine times in ten.
STATING_SHARE = 1.3

#: The fewest plain words (no name, frame word or figure) the two sentences share.
PLAIN_SHARED = 2


@attrs.frozen(eq=False)
class TermKinds:
    """What each term of the set's TF-IDF columns is, as the vectoriser found.

    Attributes:
        vocabulary: Term -> its column.
        names: Column -> whether the set writes its term only capitalised (a name).
        plain: Column -> whether its term is a plain word: no name, no word that
            frames a statement, no figure.
        figures: Column -> whether its term is a figure.
        named_terms: The terms a sentence writes as parts of names
            (:meth:`~summarize.text.SentenceVectorizer.named_terms`).
    """

    vocabulary: Mapping[str, int]
    names: np.ndarray
    plain: np.ndarray
    figures: np.ndarray
    named_terms: Callable[[str], Set[str]]

    def of_kind(self, term: str, kind: np.ndarray) -> bool:
        """Whether ``term`` is in the vocabulary and its column of ``kind`` is set."""
        column = self.vocabulary.get(term)
        return column is not None and bool(kind[column])

    @classmethod
    def of(
        cls,
        vocabulary: Mapping[str, int],
        *,
        names: np.ndarray,
        frame: np.ndarray,
        figures: np.ndarray,
        named_terms: Callable[[str], Set[str]],
    ) -> TermKinds:
        """From the vectoriser's name and frame columns and figure weights."""
        numbers = figures > 0
        return cls(vocabulary, names, ~(names | frame | numbers), numbers, named_terms)


def stating_rows(
    row: int,
    held: Set[str],
    *,
    sentences: Sequence[Sentence],
    terms: Sequence[Sequence[str]],
    matrix: sparse.csr_matrix,
    graph: SimilarityGraph,
    similarity: float,
    alone: Sequence[bool],
    kinds: TermKinds,
) -> list[int]:
    """For each article the claim lacks, its row that states ``row``'s claim, if any.

    Args:
        row: The shown sentence's row.
        held: The articles the claim has a sentence of already.
        sentences: The set's content sentences, by row.
        terms: The analysed terms of each sentence.
        matrix: Their L2-normalised TF-IDF rows.
        graph: The set's similarity graph, complete from ``similarity`` up.
        similarity: The claim similarity (links from :data:`STATING_SHARE` of it count).
        alone: Row -> whether its sentence stands alone as a statement.
        kinds: What each column's term is.

    Returns:
        The rows that join, in the order of their articles' rows.
    """
    near = _near(row, matrix, graph, STATING_SHARE * similarity)
    lacking: dict[str, list[int]] = {}  # only the articles of the rows linked strongly enough
    for r in sorted(near):
        if sentences[r].article not in held:
            lacking.setdefault(sentences[r].article, []).append(r)
    if not lacking:
        return []
    own_terms = set(terms[row])
    own_names = {term for term in own_terms if kinds.of_kind(term, kinds.names)}
    own_named = kinds.named_terms(sentences[row].text)
    columns = matrix[row].indices
    own_figures = set(columns[kinds.figures[columns]])
    joined = []
    for rows in lacking.values():
        best = max(rows, key=lambda r: (near[r], -r))
        if not alone[best]:
            continue
        columns = matrix[best].indices
        its_figures = set(columns[kinds.figures[columns]])
        if own_figures and its_figures and not own_figures & its_figures:
            continue
        named = kinds.named_terms(sentences[best].text)
        its_names = {term for term in named if kinds.of_kind(term, kinds.names)}
        if its_names and not its_names & own_names:
            continue
        shared = {
            term
            for term in own_terms.intersection(terms[best])
            if kinds.of_kind(term, kinds.plain) and term not in own_named & named
        }
        if len(shared) >= PLAIN_SHARED:
            joined.append(best)
    return joined


def _near(
    row: int, matrix: sparse.csr_matrix, graph: SimilarityGraph, similarity: float
) -> dict[int, float]:
    """The rows linked to ``row`` at ``similarity`` or more, with their similarity."""
    if graph.complete_from > similarity:  # a graph built for other work: compare anew
        alike = (matrix @ matrix[row].T).toarray().ravel()
        return {int(r): float(alike[r]) for r in np.flatnonzero(alike >= similarity) if r != row}
    links = graph.links[graph.node[row]]
    strong = links.data >= similarity
    nodes = links.indices[strong]
    if not len(nodes):
        return {}
    alike = dict(zip(nodes.tolist(), links.data[strong].tolist(), strict=True))
    return {int(r): alike[int(graph.node[r])] for r in graph.rows_of(nodes)}
