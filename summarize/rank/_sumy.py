"""Every summarizer of sumy as a ranker: sumy's own choice, a score for every sentence.

In rank/, the alternative to :mod:`summarize.rank._centrality`: :class:`SumyRanker`
scores each article's content sentences as a sumy summarizer rates them, before claims/.
"""

from __future__ import annotations

import random
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.random import RandomSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from ..errors import UnknownMethodError
from ..records import Sentence
from ..text._languages import LANGUAGES, stemmer, stop_words
from ..text._vectorize import tokenize_words
from ._base import Ranker

__all__ = [
    "BONUS_STEMS",
    "STIGMA_WORDS",
    "SumyRanker",
    "SumyTokenizer",
    "bonus_words",
    "make_summarizer",
    "make_sumy_ranker",
]

#: How many of the set's most frequent content stems are Edmundson's bonus words.
BONUS_STEMS = 10

#: Edmundson's stigma words: page furniture that scraped news text is full of.
STIGMA_WORDS: frozenset[str] = frozenset(
    {"advertisement", "browser", "click", "cookies", "copyright", "javascript", "login"}
    | {"newsletter", "subscribe", "subscription", "unsubscribe"}
)

_CLASSES: dict[str, Any] = {
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "lexrank": LexRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "random": RandomSummarizer,
    "reduction": ReductionSummarizer,
    "sumbasic": SumBasicSummarizer,
    "textrank": TextRankSummarizer,
}


class SumyTokenizer:
    """The tokenizer sumy is given: needs no NLTK data, splits words as TF-IDF does.

    Example:
        >>> SumyTokenizer().to_words("U.S. forces said 200,000 fled.")
        ('U.S', 'forces', 'said', '200,000', 'fled')
    """

    def to_sentences(self, text: str) -> tuple[str, ...]:
        """Split text into sentences with :func:`summarize.text._segment.split_sentences`."""
        from ..text._segment import split_sentences

        return tuple(span.text for span in split_sentences(text))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Split a sentence into word and number tokens, as :func:`.tokenize_words` does."""
        return tuple(tokenize_words(sentence))


class _PlacedSentence(SumySentence):  # type: ignore[misc]  # sumy is untyped
    """A sumy sentence that equals only itself: identical texts keep separate ratings."""

    __slots__ = ("position",)

    def __init__(self, text: str, tokenizer: SumyTokenizer, position: int) -> None:
        super().__init__(text, tokenizer)
        self.position = position

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _PlacedSentence) and other.position == self.position

    def __hash__(self) -> int:
        return hash(self.position)


class _SeededRandomSummarizer(RandomSummarizer):  # type: ignore[misc]  # sumy is untyped
    """sumy's random summarizer, shuffling with its own generator instead of the global one."""

    def __init__(self, stemmer: Callable[[str], str], seed: int | str) -> None:
        super().__init__(stemmer)
        self._random = random.Random(seed)

    def _get_random_ratings(self, sentences: Sequence[Any]) -> dict[Any, int]:
        # The same draw as sumy's: shuffle the ranks 0..n-1, sentence i gets rank i.
        ratings = list(range(len(sentences)))
        self._random.shuffle(ratings)
        return dict(zip(sentences, ratings, strict=True))


class _FasterKLSummarizer(KLSummarizer):  # type: ignore[misc]  # sumy is untyped
    """sumy's KL summarizer, counting the summary's words once per step, not once per candidate.

    sumy recounts the words of the summary built so far for every candidate
    sentence, which makes an article of n sentences cost n**3 word counts. The
    joint frequencies built here hold the same keys in the same order with the
    same values, so the ratings are identical.
    """

    _summary_words: list[str] | None = None
    _summary_counts: dict[str, int]

    def _joint_freq(self, word_list_1: list[str], word_list_2: list[str]) -> dict[str, float]:
        if word_list_2 is not self._summary_words:  # a new step: sumy built a new list
            self._summary_words = word_list_2
            self._summary_counts = self._compute_word_freq(word_list_2)
        total = float(len(word_list_1) + len(word_list_2))
        joint: dict[str, int] = self._compute_word_freq(word_list_1)
        for word, count in self._summary_counts.items():
            joint[word] = joint.get(word, 0) + count
        return {word: count / total for word, count in joint.items()}


class _Recorder:
    """Stands in for ``_get_best_sentences``: records every rating, chooses nothing.

    Every summarizer of sumy ends by handing its ratings (a mapping, or a function
    with its arguments) to ``_get_best_sentences``; the summarizer :class:`SumyRanker`
    runs has that step replaced by this, which records the rating of each sentence
    instead of choosing. Each sentence of the sumy document knows its position in
    the article (:class:`_PlacedSentence`), so two identical sentences (which sumy's
    own ``Sentence`` treats as one) keep a rating each.
    """

    def __init__(self) -> None:
        self.ratings: dict[int, float] = {}

    def __call__(
        self, sentences: Iterable[Any], count: object, rating: Any, *args: Any, **kwargs: Any
    ) -> tuple[()]:
        # Called exactly as sumy calls a rating: once per sentence, in document order
        # (LSA's rating is an iterator that relies on it).
        for sentence in sentences:
            value = (
                rating[sentence] if isinstance(rating, dict) else rating(sentence, *args, **kwargs)
            )
            self.ratings[sentence.position] = float(value)
        return ()


def _check(method: str, language: str) -> None:
    if method not in _CLASSES:
        raise UnknownMethodError(f"unknown method {method!r}; choose one of: {', '.join(_CLASSES)}")
    if language not in LANGUAGES:
        raise UnknownMethodError(
            f"unknown language {language!r}; choose one of: {', '.join(LANGUAGES)}"
        )


def bonus_words(texts: Iterable[str], *, language: str = "english") -> frozenset[str]:
    """Return Edmundson's bonus words for a set: every form of its most frequent content stems.

    Content stems are the stems of the lower-cased tokens that are not stop words
    and have a letter and at least two characters; the :data:`BONUS_STEMS` most
    frequent ones are kept (ties in alphabetical order), and every word form of
    the set with one of those stems is returned (sumy stems bonus words itself).

    Example:
        >>> sorted(bonus_words(["Floods hit the town.", "The flood rose."]))
        ['flood', 'floods', 'hit', 'rose', 'town']
    """
    stem = stemmer(language)
    stop = stop_words(language)
    counts: Counter[str] = Counter()
    forms: dict[str, set[str]] = {}
    for text in texts:
        for token in tokenize_words(text):
            word = token.lower()
            if word in stop or len(word) < 2 or not any(c.isalpha() for c in word):
                continue
            stemmed = stem(word)
            counts[stemmed] += 1
            forms.setdefault(stemmed, set()).add(word)
    best = sorted(counts, key=lambda s: (-counts[s], s))[:BONUS_STEMS]
    return frozenset(form for stemmed in best for form in forms[stemmed])


def make_summarizer(
    method: str,
    *,
    language: str = "english",
    bonus: Collection[str] = (),
    seed: int | str = 0,
) -> Any:
    """Return the sumy summarizer that :class:`SumyRanker` runs, configured as it is.

    * stemmer: :func:`summarize.text._languages.stemmer`, the one TF-IDF uses: the
      stems of NLTK's Snowball, which is also what ``sumy.nlp.stemmers.Stemmer(language)``
      builds for every language of :data:`~summarize.text._languages.LANGUAGES` (same
      class, same settings; English gets the same stems from our own Snowball stemmer);
      stop words: sumy's list for the language.
    * Edmundson (sumy's default weights: cue, title and location): null words are
      the stop words; bonus words are the :data:`BONUS_STEMS` most frequent content
      stems of the whole set (see :func:`bonus_words`); stigma words are
      :data:`STIGMA_WORDS`, words of scraped page furniture. Without headings the
      title method rates nothing and the location method favours the first and
      last sentence of the article.
    * random: sumy's shuffle, drawn from a private ``random.Random`` seeded from
      ``random_state`` and the article id (see :meth:`SumyRanker.seed`); the global
      ``random`` state is never touched.
    * kl: sumy's algorithm, counting the summary's words once per step rather than
      once per candidate (identical ratings, half the time).

    Args:
        method: One of ``summarize.rank.SUMY_METHODS``.
        language: Language of the stemmer and of the stop words.
        bonus: Edmundson's bonus words (ignored by the other methods); when
            empty, a word no tokenizer produces stands in, as sumy refuses an
            empty set.
        seed: Seed of the random summarizer's own generator.

    Raises:
        UnknownMethodError: ``method`` or ``language`` is not supported.

    Example:
        >>> type(make_summarizer("lexrank")).__name__
        'LexRankSummarizer'
    """
    _check(method, language)
    stem = stemmer(language)
    stop = stop_words(language)
    if method == "random":
        return _SeededRandomSummarizer(stem, seed)
    summarizer = _FasterKLSummarizer(stem) if method == "kl" else _CLASSES[method](stem)
    if method == "edmundson":
        summarizer.bonus_words = bonus or ("",)
        summarizer.stigma_words = STIGMA_WORDS
        summarizer.null_words = stop
    else:
        summarizer.stop_words = stop
    return summarizer


def _scale(ratings: np.ndarray) -> np.ndarray:
    """Scale one article's ratings to ``[0, 1]``; non-finite ratings count as the lowest."""
    finite = np.isfinite(ratings)
    if not finite.any():
        return np.ones_like(ratings)
    ratings = np.where(finite, ratings, ratings[finite].min())
    low, high = ratings.min(), ratings.max()
    if high == low:
        return np.ones_like(ratings)
    return np.asarray((ratings - low) / (high - low))


class SumyRanker:
    """Rank the sentences of each article with one of sumy's summarizers.

    sumy's summarizers pick the best ``count`` sentences of a document and drop the
    ratings that led to the choice. This builds one sumy document per article from
    *our* sentences (our text, our order, one paragraph), runs the chosen
    summarizer, and keeps the rating sumy computed for every sentence (see
    ``_Recorder``), so the ranking is exactly sumy's while offsets and attribution
    stay ours. The configuration, identical for every article of a set, is that
    of :func:`make_summarizer`.

    Each article is rated on its own, exactly as sumy rates it, and its ratings
    are scaled to ``[0, 1]`` (1 for sumy's first choice, 0 for its last), so
    sorting an article's sentences by score, ties in document order, gives
    sumy's choice for every summary length. An article whose every sentence
    gets the same rating scores 1 throughout; one that sumy declines to rate
    (LSA on an article of stop words only) scores 0 throughout. The TF-IDF
    matrix is not used: sumy counts words itself.

    Args:
        method: One of ``summarize.rank.SUMY_METHODS``.
        language: Language of the stemmer and stop words.
        random_state: Seed of the ``"random"`` method.

    Raises:
        UnknownMethodError: ``method`` or ``language`` is not supported.

    Example:
        >>> texts = ["Rain fell on the town.", "The river rose.", "The river flooded the town."]
        >>> sents = [Sentence("a", i, 0, len(t), t) for i, t in enumerate(texts)]
        >>> SumyRanker("luhn").score(sents, None).tolist()
        [0.0, 0.0, 1.0]
    """

    def __init__(self, method: str, *, language: str = "english", random_state: int = 0) -> None:
        _check(method, language)
        self.method = method
        self.language = language
        self.random_state = random_state

    def seed(self, article: str) -> str:
        """Return the seed of the random shuffle of one article (``"<random_state>/<id>"``)."""
        return f"{self.random_state}/{article}"

    def score(self, sentences: Sequence[Sentence], matrix: sparse.csr_matrix | None) -> np.ndarray:
        """Return one score in ``[0, 1]`` per sentence, scaled within each article."""
        scores = np.zeros(len(sentences))
        groups: dict[str, list[int]] = {}
        for position, sentence in enumerate(sentences):
            groups.setdefault(sentence.article, []).append(position)
        bonus = (
            bonus_words((s.text for s in sentences), language=self.language)
            if self.method == "edmundson"
            else frozenset()
        )
        tokenizer = SumyTokenizer()
        for article, positions in groups.items():
            summarizer = make_summarizer(
                self.method, language=self.language, bonus=bonus, seed=self.seed(article)
            )
            recorder = _Recorder()
            summarizer._get_best_sentences = recorder
            document = ObjectDocumentModel(
                [
                    Paragraph(
                        _PlacedSentence(sentences[p].text, tokenizer, i)
                        for i, p in enumerate(positions)
                    )
                ]
            )
            with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
                # LSA warns when an article has fewer distinct words than sentences;
                # LexRank divides by zero when no two sentences share a weighted word
                # (its ratings are then NaN, which _scale treats as ties).
                warnings.filterwarnings("ignore", "Number of words", UserWarning)
                summarizer(document, len(positions))
            if not recorder.ratings:
                continue
            ratings = np.array([recorder.ratings[i] for i in range(len(positions))])
            scores[positions] = _scale(ratings)
        return scores


def make_sumy_ranker(method: str, *, language: str) -> Ranker:
    """Return the ranker that runs sumy's summarizer ``method``.

    Raises:
        UnknownMethodError: ``method`` is not one of ``summarize.rank.SUMY_METHODS``
            (the message lists them), or ``language`` is not supported.

    Example:
        >>> make_sumy_ranker("textrank", language="english").method
        'textrank'
    """
    return SumyRanker(method, language=language)
