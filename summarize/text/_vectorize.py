"""TF-IDF vectors for every sentence of the set.

The last step of text/: :class:`SentenceVectorizer` turns the content sentences of
all articles into the vectors that rank/ scores and claims/ compares.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

from .._regexes import ascii_twin, possessive
from ._frame import frame_stems
from ._languages import stemmer, stop_words
from ._names import find_aliases

__all__ = ["SentenceVectorizer", "figure_weight", "tokenize_words"]

# A token is a number (digits with inner , . : separators, an optional %), or a word
# (letters, digits, inner apostrophes, hyphens and dots, as in "U.S", "al-Baghdadi",
# "don't": a dot, apostrophe or hyphen only between two word characters). Everything
# else, a word's final dot included, is a separator.
#
# Written for speed, this is ``\d+(?:[.,:]\d+)*%?|[^\W\d_][^\W_]*(?:['\u2019\-.][^\W_]+)*``
# (tests/test_vectorize.py checks that both find the same tokens): it opens on one
# character class, a letter or a digit, which lets the regular expression engine skip to
# the next such character in C; the lookbehind then tells a number from a word. The
# possessive repeats never give back: the greedy match is the first that succeeds.
_TOKEN = possessive(
    r"[^\W_]"
    r"(?:(?<=\d)\d*+(?:[.,:]\d++)*+%?"
    r"|[^\W_]*+(?:['\u2019\-.][^\W_]++)*+)",
)
_ASCII_TOKEN = ascii_twin(_TOKEN)  # the same tokens of an ASCII sentence, found faster


# A word (not a number) as tokenize_words finds it, and what opens a sentence's words.
_WORD_AT = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019\-.][^\W_]+)*")
_OPENERS = "\"'\u2018\u201c([:\u2014-"


def tokenize_words(text: str) -> list[str]:
    """Split text into word and number tokens, as written.

    Example:
        >>> tokenize_words("U.S.-backed forces said 200,000 fled, 1.5% more.")
        ['U.S', 'backed', 'forces', 'said', '200,000', 'fled', '1.5%', 'more']
    """
    return _TOKEN.findall(text)


def figure_weight(term: str) -> int:
    """How much a number term shared by two sentences tells that they give one figure.

    2 for a figure few texts share by chance: three significant digits or more
    ("375,000", "1,419", "239"), a percentage ("5%") or a decimal ("7.2"); 1 for
    another number ("6", "52", "100"); 0 for a year ("2021"), a time ("3:30") or a
    word.

    Example:
        >>> [figure_weight(t) for t in ("375,000", "4.2", "5%", "52", "100", "2021", "3:30")]
        [2, 2, 2, 1, 1, 0, 0]
    """
    if not term[:1].isdigit() or ":" in term or _YEAR.fullmatch(term):
        return 0
    if term.endswith("%"):
        return 2
    digits = term.replace(",", "")
    if "." in digits:
        return 2 if len(digits.replace(".", "").strip("0")) >= 2 else 1
    return 2 if len(digits.strip("0")) >= 3 else 1


_YEAR = re.compile(r"(?:19|20)\d\d")


def _term(word: str, stop: frozenset[str], stem: Callable[[str], str]) -> str | None:
    """The term of a lower-case word: a number as written, else its stem; None for none.

    A stop word and a lone letter or sign have no term.
    """
    if word in stop or (len(word) < 2 and not word.isdigit()):
        return None
    return word if word[0].isdigit() else stem(word)


class SentenceVectorizer:
    """TF-IDF over the sentences of one set, fitted on that set.

    Gives what scikit-learn's :class:`~sklearn.feature_extraction.text.TfidfVectorizer`
    with an analyzer of our own: words and **numbers kept whole** ("200,000",
    "1.5", "U.S."), lower-cased, stop words removed, Snowball-stemmed. Numbers are
    kept because claims live in them: "200,000 fled" and "180,000 fled" must not
    look the same.

    Follows scikit-learn's conventions: parameters are stored by ``__init__``,
    :meth:`fit` learns the vocabulary and returns ``self``, learned state ends
    with an underscore.

    Args:
        language: Language of the stemmer and stop-word list.
        ngram_range: Range of n-gram lengths over the analysed terms.
        sublinear_tf: Use ``1 + log(tf)`` instead of raw counts.
        names: Learn from the set which forms stand for one name (an acronym
            and its long form, two spellings of a name; see
            :mod:`summarize.text._names`) and count them as the same terms.

    Example:
        >>> v = SentenceVectorizer().fit(["Rebels took the town.", "The town fell to rebels."])
        >>> sorted(v.vocabulary_)
        ['fell', 'rebel', 'town']
    """

    def __init__(
        self,
        *,
        language: str = "english",
        ngram_range: tuple[int, int] = (1, 1),
        sublinear_tf: bool = True,
        names: bool = True,
    ) -> None:
        self.language = language
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.names = names

    def named_terms(self, text: str) -> frozenset[str]:
        """The terms of ``text`` it writes only in words capitalised inside it: parts of names.

        A word counts when it opens with a capital and is not the sentence's first word
        nor the first after an opening quotation mark, bracket or colon ("the Kessel
        Harbour Board" gives "harbour" and "board" in a sentence that writes no
        "harbour" in lower case). Read one sentence at a time, unlike ``name_terms_``:
        a word the set writes in lower case elsewhere ("board") may be part of a name
        here.

        Example:
            >>> v = SentenceVectorizer()
            >>> sorted(v.named_terms("Fares rose, the Kessel Harbour Board said."))
            ['board', 'harbour', 'kessel']
            >>> sorted(v.named_terms("The Harbour Board said the board would meet."))
            ['harbour']
        """
        named: list[str] = []
        plain: list[str] = []
        end = -1  # where the word before ends; -1 before the first
        for found in _WORD_AT.finditer(text):
            word, gap = found.group(), text[max(end, 0) : found.start()].strip()
            opening = end < 0 or (gap != "" and gap[-1] in _OPENERS)
            (named if word[0].isupper() and not opening else plain).append(word)
            end = found.end()
        return frozenset(self.analyze(" ".join(named))) - frozenset(self.analyze(" ".join(plain)))

    def analyze(self, text: str) -> list[str]:
        """Return the terms of ``text``: lower-cased, stop words out, stemmed.

        Once fitted, a form the set writes for a name in another way (see
        ``names``) gives the terms of that other way.
        """
        aliases = getattr(self, "aliases_", {})
        stop, stem = stop_words(self.language), stemmer(self.language)
        return [
            term
            for token in tokenize_words(text)
            for term in self._token_terms(token, aliases, stop, stem)
        ]

    def _terms(
        self,
        tokens: list[list[str]],
        written: Iterable[str],
        aliases: dict[str, tuple[str, ...]],
    ) -> tuple[list[list[str]], set[str]]:
        """The terms of each sentence, from its list of ``tokens``, and those written in lower case.

        ``written``: every distinct token. Each is analysed once. Most give one
        term or none, kept as a string or None, not as a tuple: a sentence of
        only such tokens is mapped and filtered by ``map`` and ``filter``, in C.
        """
        stop, stem = stop_words(self.language), stemmer(self.language)
        term_of: dict[str, str | None] = {}  # a token's one term, or None
        several: dict[str, tuple[str, ...]] = {}  # the terms of a token written for a name
        lower: set[str] = set()  # terms the set writes in lower case at least once
        for token in written:
            if aliases.get(token):
                several[token] = self._token_terms(token, aliases, stop, stem)
                term_of[token] = None
                continue
            term = _term(token.lower(), stop, stem)
            if term == "":  # an empty stem, were a stemmer to give one, is a term all the same
                several[token], term = (term,), None
            elif term is not None and not token[0].isupper():
                lower.add(term)
            term_of[token] = term
        one, aliased = term_of.__getitem__, frozenset(several)
        return [
            list(filter(None, map(one, words)))
            if aliased.isdisjoint(words)
            else [
                term
                for word in words
                for term in several.get(word, (term_of[word],))
                if term is not None
            ]
            for words in tokens
        ], lower

    def _token_terms(
        self,
        token: str,
        aliases: dict[str, tuple[str, ...]],
        stop: frozenset[str],
        stem: Callable[[str], str],
    ) -> tuple[str, ...]:
        """The terms of one token: those of the words it stands for, or of its own."""
        return tuple(
            term
            for word in aliases.get(token) or (token.lower(),)
            if (term := _term(word, stop, stem)) is not None
        )

    def _ngrams(self, terms: list[str]) -> list[str]:
        low, high = self.ngram_range
        if high <= 1:
            return terms
        grams = list(terms) if low <= 1 else []
        for n in range(max(low, 2), high + 1):
            grams.extend(" ".join(terms[i : i + n]) for i in range(len(terms) - n + 1))
        return grams

    def fit(
        self, texts: Iterable[str], y: Any = None, *, documents: Sequence[int] | None = None
    ) -> SentenceVectorizer:
        """Learn vocabulary and document frequencies from the sentences of a set."""
        self.fit_transform(texts, documents=documents)
        return self

    def fit_transform(
        self, texts: Iterable[str], y: Any = None, *, documents: Sequence[int] | None = None
    ) -> sparse.csr_matrix:
        """Fit, then return the L2-normalised TF-IDF matrix, one row per sentence.

        The terms of each text are kept in ``terms_``, for stages that need
        the words themselves (see :mod:`summarize.claims.select._coverage`), with
        ``term_ids_`` the number of each term of ``terms_`` in turn (in order of
        first use; None with n-grams or no terms), so that those stages need not
        number them again, and the forms
        learned as other ways to write a name in ``aliases_``. ``name_terms_`` marks
        the columns of terms the set writes only capitalised (names such as
        "Lerner" or "Aleppo", never "police", a number or an n-gram), for stages
        that tell what a sentence says from whom or where it is about,
        ``frame_terms_`` the columns of words that frame a statement rather than state it
        (speech verbs, titles, days: :func:`~summarize.text._frame.frame_stems`), and
        ``figure_terms_`` weighs the columns of numbers as evidence that two
        sentences give one figure (:func:`figure_weight`).

        A set whose sentences have no terms at all (only stop words or symbols)
        gives an all-zero matrix with one column instead of an error.

        Args:
            texts: The sentences of the set.
            y: Ignored (scikit-learn's signature).
            documents: The number of each sentence's article, so that two
                spellings one article writes side by side are kept apart; by
                default every sentence is its own article.
        """
        texts = list(texts)
        ascii_tokens, any_tokens = _ASCII_TOKEN.findall, _TOKEN.findall  # tokenize_words
        tokens = [(ascii_tokens if text.isascii() else any_tokens)(text) for text in texts]
        written = set().union(*tokens)
        if documents is None:
            documents = range(len(texts))
        self.aliases_ = find_aliases(texts, tokens, documents, written) if self.names else {}
        self.terms_, lower = self._terms(tokens, written, self.aliases_)
        grams = [self._ngrams(terms) for terms in self.terms_]
        self.term_ids_: np.ndarray | None = None
        if not any(grams):  # nothing but stop words and symbols
            self.vocabulary_: dict[str, int] = {}
            self.name_terms_: np.ndarray = np.zeros(1, dtype=bool)
            self.frame_terms_: np.ndarray = np.zeros(1, dtype=bool)
            self.figure_terms_: np.ndarray = np.zeros(1, dtype=np.int8)
            return sparse.csr_matrix((len(self.terms_), 1), dtype=float)
        counts, self.vocabulary_, ids = _count(grams)
        if self.ngram_range[1] <= 1:  # the grams are the terms
            self.term_ids_ = ids
        self.tfidf_ = TfidfTransformer(sublinear_tf=self.sublinear_tf, norm="l2").fit(counts)
        matrix = self.tfidf_.transform(counts, copy=False)
        self.name_terms_ = np.zeros(len(self.vocabulary_), dtype=bool)
        self.frame_terms_ = np.zeros(len(self.vocabulary_), dtype=bool)
        self.figure_terms_ = np.zeros(len(self.vocabulary_), dtype=np.int8)
        frame = frame_stems(self.language)
        for term, column in self.vocabulary_.items():
            self.name_terms_[column] = not (term in lower or " " in term)
            self.frame_terms_[column] = term in frame
            if term[0].isdigit():
                self.figure_terms_[column] = figure_weight(term)
        return sparse.csr_matrix(matrix)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Vectorise new texts with the fitted vocabulary."""
        if not self.vocabulary_:
            return sparse.csr_matrix((len(texts), 1), dtype=float)
        grams = [self._ngrams(self.analyze(text)) for text in texts]
        counts, _, _ = _count(grams, self.vocabulary_)
        return sparse.csr_matrix(self.tfidf_.transform(counts, copy=False))


def _count(
    grams: Sequence[Sequence[str]], vocabulary: dict[str, int] | None = None
) -> tuple[sparse.csr_matrix, dict[str, int], np.ndarray]:
    """The term counts of each text (as floats), the vocabulary (terms in sorted order), ids.

    The ids are those of every term of the texts in turn: fitting, each term's number
    in order of first use in the set; with a ``vocabulary``, its column (-1 outside it).

    With ``vocabulary``, terms outside it are not counted. Within a row, terms stand in
    the order scikit-learn's ``CountVectorizer`` stores them (fitting: by their first use
    in the set; with a ``vocabulary``: by column), so that the TF-IDF rows, normalised
    by sums in that order, are the same to the last bit.
    """
    flat = list(itertools.chain.from_iterable(grams))
    rows = np.repeat(
        np.arange(len(grams), dtype=np.int64),
        np.fromiter(map(len, grams), dtype=np.int64, count=len(grams)),
    )
    if vocabulary is None:
        first = {term: k for k, term in enumerate(dict.fromkeys(flat))}  # numbered by first use
        vocabulary = {term: column for column, term in enumerate(sorted(first))}
        column_of = np.empty(len(first), dtype=np.int64)
        column_of[[first[term] for term in vocabulary]] = np.arange(len(vocabulary))
        ids = np.fromiter(map(first.__getitem__, flat), dtype=np.int64, count=len(flat))
    else:
        column_of = np.arange(len(vocabulary), dtype=np.int64)
        ids = np.fromiter((vocabulary.get(term, -1) for term in flat), np.int64, len(flat))
    known = ids >= 0
    size = max(len(column_of), 1)
    keys, counts = np.unique(rows[known] * size + ids[known], return_counts=True)  # by row, id
    indptr = np.zeros(len(grams) + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // size, minlength=len(grams)), out=indptr[1:])
    matrix = sparse.csr_matrix(
        (counts.astype(np.float64), column_of[keys % size], indptr),
        shape=(len(grams), size),
    )
    return matrix, vocabulary, ids
