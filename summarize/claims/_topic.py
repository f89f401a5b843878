"""The set's topic: the words most of its sources write often, and those of its titles.

A picked exclusive whose subject is "the" and plain words ("The lawsuit seeks ...")
names what it speaks of when those words are the set's own topic: in a set about one
lawsuit, "the lawsuit" is that one. Read on the few picks only (see ``_exclusives``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from scipy import sparse

__all__ = ["TOPIC_TERMS", "Topic"]

#: How many of the set's terms, the most written first, may be its topic.
TOPIC_TERMS = 12

# A word of a title, as its words are compared: letters, an apostrophe or a hyphen inside.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


class Topic:
    """Tell whether words are the set's topic, read lazily on the first question.

    A word is the topic when a title of the set writes it (or its plural, or its
    singular), or when at least half the set's sources (two at least) write its term
    and it is among the :data:`TOPIC_TERMS` terms that the most sentences write, names
    left out (a name says which thing by itself). A word whose term the set does not
    know and no title writes is none.

    Args:
        columns: ``csr_matrix(matrix.T)``: each term's row, its sentences as columns.
        sources: The number of each sentence's source.
        vocabulary: Term -> column.
        analyze: The terms of a text (the vectoriser's
            :meth:`~summarize.text.SentenceVectorizer.analyze`).
        names: For each column, whether it is a name's.
        titles: The set's titles and headlines.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [1.0, 0.0, 0.0]]))
        >>> topic = Topic(sparse.csr_matrix(m.T), [0, 1, 1], {"suit": 0, "dam": 1, "pier": 2},
        ...               str.split, np.zeros(3, dtype=bool), ["the pier"])
        >>> topic("suit"), topic("dam"), topic("pier"), topic("ferry")
        (True, False, True, False)
    """

    __slots__ = (
        "_analyze",
        "_columns",
        "_least",
        "_names",
        "_needed",
        "_sources",
        "_titles",
        "_vocabulary",
        "_written",
    )

    def __init__(
        self,
        columns: sparse.csr_matrix,
        sources: Sequence[int],
        vocabulary: Mapping[str, int],
        analyze: Callable[[str], Sequence[str]],
        names: np.ndarray,
        titles: Sequence[str],
    ) -> None:
        self._columns = columns
        self._sources = np.asarray(sources, dtype=np.int64)
        whole = int(self._sources.max()) + 1 if len(self._sources) else 0
        self._needed = max(2, -(-whole // 2))  # sources that write a topic word: half, two at least
        self._vocabulary = vocabulary
        self._analyze = analyze
        self._names = names
        self._titles = "\n".join(titles).lower()
        self._written: frozenset[str] | None = None  # the titles' words, read on first use
        self._least: int | None = None  # the fewest sentences of a term among the most written

    def __call__(self, words: str) -> bool:
        """Whether one of ``words``, a subject's words after "the", is the set's topic.

        A word after the first that ends in "s" or "ed" is read as the verb ("The
        lawsuit seeks ...", "The move drew ..."), not as the subject's noun.
        """
        first, *rest = words.lower().split() or [""]
        return any(
            self._titled(word) or any(map(self._frequent, self._analyze(word)))
            for word in (first, *(word for word in rest if not word.endswith(("s", "ed"))))
            if word
        )

    def _titled(self, word: str) -> bool:
        """Whether a title writes ``word``, in the singular or the plural."""
        if self._written is None:
            self._written = frozenset(_WORD.findall(self._titles))
        return not self._written.isdisjoint((word, word + "s", word.removesuffix("s")))

    def _frequent(self, term: str) -> bool:
        column = self._vocabulary.get(term)
        if column is None or (column < len(self._names) and self._names[column]):
            return False
        indptr = self._columns.indptr
        rows = self._columns.indices[indptr[column] : indptr[column + 1]]
        return (
            len(rows) >= max(self._needed, self._fewest())  # a sentence per source at least
            and len(np.unique(self._sources[rows])) >= self._needed
        )

    def _fewest(self) -> int:
        """The number of sentences of the :data:`TOPIC_TERMS`-th most written term, no name."""
        if self._least is None:
            counts = np.diff(self._columns.indptr)
            if len(self._names) == len(counts):
                counts = counts[~self._names]
            top = min(TOPIC_TERMS, len(counts))
            at = len(counts) - top
            self._least = int(np.partition(counts, at)[at]) if top else 1
        return self._least
