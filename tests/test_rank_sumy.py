"""SumyRanker: sumy's own choice of sentences, with a score for every sentence and our offsets."""

from __future__ import annotations

import pickle
import random
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.random import RandomSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarize.errors import UnknownMethodError
from summarize.rank import SUMY_METHODS
from summarize.rank._base import Ranker
from summarize.rank._sumy import (
    STIGMA_WORDS,
    SumyRanker,
    SumyTokenizer,
    bonus_words,
    make_summarizer,
    make_sumy_ranker,
)
from summarize.records import Sentence
from summarize.text._languages import LANGUAGES, stemmer

NORTH = (
    "Floodwater broke through the Kessel dam early on Tuesday, forcing the evacuation "
    "of three villages.",
    "Regional officials said about 4,000 people left their homes before dawn.",
    "The dam, built in 1962, had been under repair since a storm damaged its spillway last spring.",
    "Rescue teams in boats searched flooded streets in Lower Kessel for residents who "
    "stayed behind.",
    "No deaths have been reported, the regional fire service said.",
    "Engineers warned that the river below the dam would keep rising until Thursday.",
)
SOUTH = (
    "Thousands fled their homes after the Kessel dam failed on Tuesday morning.",
    "Officials put the number of people evacuated from the villages at 4,000.",
    "The spillway had been damaged by a storm last year and repairs were not finished.",
    "Water levels on the river are expected to rise for two more days, engineers said.",
    "Schools in the district will stay closed for the rest of the week.",
)
ONE = ("A second dam upstream of the villages is being watched closely.",)
# Sentences 0 and 2 are the same text; DUPLICATE_VARIANT differs only in punctuation,
# which no tokenizer keeps, so every method must rate both articles alike.
DUPLICATE = (
    "The river rose overnight.",
    "Police closed the bridge at the Kessel crossing.",
    "The river rose overnight.",
    "Residents of the villages were told to stay indoors and wait for news.",
)
DUPLICATE_VARIANT = (DUPLICATE[0], DUPLICATE[1], "The river rose overnight!", DUPLICATE[3])


def article(article_id: str, texts: Sequence[str]) -> list[Sentence]:
    """Sentences of an article whose text is ``texts`` joined by spaces, with true offsets."""
    sentences, start = [], 0
    for index, text in enumerate(texts):
        sentences.append(Sentence(article_id, index, start, start + len(text), text))
        start += len(text) + 1
    return sentences


SET = {"north": NORTH, "south": SOUTH, "one": ONE, "dup": DUPLICATE}
SET_SENTENCES = [s for article_id, texts in SET.items() for s in article(article_id, texts)]


def top(scores: np.ndarray, count: int) -> list[int]:
    """Positions of the ``count`` best scores, ties in document order, in document order."""
    return sorted(np.argsort(-scores, kind="stable")[:count].tolist())


SUMY_CLASSES = {
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "lexrank": LexRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "reduction": ReductionSummarizer,
    "sumbasic": SumBasicSummarizer,
    "textrank": TextRankSummarizer,
}


def sumy_summarizer(method: str, set_texts: list[str]) -> Any:
    """sumy's own summarizer, configured by hand as the ranker documents it."""
    summarizer = SUMY_CLASSES[method](Stemmer("english"))
    if method == "edmundson":
        # sumy refuses an empty set; the ranker documents a word that never occurs instead.
        summarizer.bonus_words = bonus_words(set_texts) or {""}
        summarizer.stigma_words = STIGMA_WORDS
        summarizer.null_words = get_stop_words("english")
    else:
        summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_choice(
    ranker: SumyRanker, article_id: str, texts: Sequence[str], count: int, set_texts: list[str]
) -> list[int]:
    """Positions of the sentences sumy itself picks on a document of plain sumy sentences."""
    tokenizer = SumyTokenizer()
    document = ObjectDocumentModel([Paragraph([SumySentence(t, tokenizer) for t in texts])])
    if ranker.method == "random":  # sumy's own summarizer, on the global generator
        state = random.getstate()
        random.seed(ranker.seed(article_id))
        try:
            chosen = RandomSummarizer()(document, count)
        finally:
            random.setstate(state)
    else:
        with np.errstate(invalid="ignore"):  # LexRank's NaN ratings, see the module
            chosen = sumy_summarizer(ranker.method, set_texts)(document, count)
    return [list(texts).index(str(s)) for s in chosen]


def scores_by_article(ranker: SumyRanker, sentences: list[Sentence]) -> dict[str, np.ndarray]:
    scores = ranker.score(sentences, None)
    return {
        a: scores[[i for i, s in enumerate(sentences) if s.article == a]]
        for a in dict.fromkeys(s.article for s in sentences)
    }


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_one_finite_score_in_unit_range_per_sentence(method: str) -> None:
    scores = SumyRanker(method).score(SET_SENTENCES, None)
    assert scores.shape == (len(SET_SENTENCES),)
    assert np.isfinite(scores).all()
    assert ((scores >= 0.0) & (scores <= 1.0)).all()
    for per_article in scores_by_article(SumyRanker(method), SET_SENTENCES).values():
        assert per_article.max() == 1.0  # sumy's first choice in every article


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_one_sentence_article_scores_one(method: str) -> None:
    assert SumyRanker(method).score(article("one", ONE), None).tolist() == [1.0]


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_deterministic_across_runs_and_instances(method: str) -> None:
    first = SumyRanker(method, random_state=7).score(SET_SENTENCES, None)
    second = SumyRanker(method, random_state=7).score(SET_SENTENCES, None)
    assert first.tolist() == second.tolist()


@pytest.mark.parametrize("method", SUMY_METHODS)
@pytest.mark.parametrize(("article_id", "texts"), [("north", NORTH), ("south", SOUTH)])
def test_ordering_is_sumys_choice_for_every_length(
    method: str, article_id: str, texts: tuple[str, ...]
) -> None:
    ranker = SumyRanker(method)
    scores = scores_by_article(ranker, SET_SENTENCES)[article_id]
    set_texts = [s.text for s in SET_SENTENCES]
    for count in range(1, len(texts) + 1):
        assert top(scores, count) == sumy_choice(ranker, article_id, texts, count, set_texts)


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_identical_sentences_keep_their_own_scores(method: str) -> None:
    """Regression: sumy's Sentence hashes by text, so identical sentences shared one rating."""
    ranker = SumyRanker(method)
    duplicate = ranker.score(article("dup", DUPLICATE), None)
    variant = ranker.score(article("dup", DUPLICATE_VARIANT), None)
    assert duplicate.tolist() == variant.tolist()
    # The variant has no colliding texts, so sumy can be asked directly.
    for count in range(1, len(DUPLICATE) + 1):
        expected = sumy_choice(ranker, "dup", DUPLICATE_VARIANT, count, list(DUPLICATE_VARIANT))
        assert top(duplicate, count) == expected


@pytest.mark.parametrize("method", ["kl", "sumbasic"])
def test_identical_sentences_rank_apart_in_greedy_methods(method: str) -> None:
    # Greedy methods take one copy early; the second adds nothing and ranks lower.
    scores = SumyRanker(method).score(article("dup", DUPLICATE), None)
    assert scores[0] != scores[2]


def test_kl_ratings_equal_sumys_exactly() -> None:
    tokenizer = SumyTokenizer()
    texts = NORTH + SOUTH
    sentences = ObjectDocumentModel(
        [Paragraph([SumySentence(t, tokenizer) for t in texts])]
    ).sentences
    ours = make_summarizer("kl")._compute_ratings(sentences)
    theirs = sumy_summarizer("kl", [])._compute_ratings(sentences)
    assert type(make_summarizer("kl")) is not KLSummarizer  # the faster one is under test
    assert [ours[s] for s in sentences] == [theirs[s] for s in sentences]


def test_random_is_seeded_and_leaves_global_random_alone() -> None:
    state = random.getstate()
    sentences = article("north", NORTH)
    seven = SumyRanker("random", random_state=7).score(sentences, None)
    eight = SumyRanker("random", random_state=8).score(sentences, None)
    assert random.getstate() == state
    assert seven.tolist() != eight.tolist()
    assert sorted(seven.tolist()) == [i / 5 for i in range(6)]  # a permutation of ranks


def test_random_scores_an_article_alike_whatever_else_is_in_the_set() -> None:
    ranker = SumyRanker("random", random_state=3)
    alone = ranker.score(article("south", SOUTH), None)
    with_others = scores_by_article(ranker, SET_SENTENCES)["south"]
    assert alone.tolist() == with_others.tolist()


def test_edmundson_bonus_words_are_the_sets_frequent_stems() -> None:
    words = bonus_words([s.text for s in SET_SENTENCES])
    assert {"dam", "river", "villages", "kessel"} <= words
    assert not words & {"the", "a", "of"}  # stop words are null words, never bonus words
    assert "4,000" not in words


def test_edmundson_stigma_words_lower_a_sentence() -> None:
    texts = (
        "The dam on the river broke.",
        "Subscribe to the newsletter about the dam on the river.",
        "The dam on the river held.",
    )
    scores = SumyRanker("edmundson").score(article("a", texts), None)
    assert scores[1] < scores[2]
    assert "newsletter" in STIGMA_WORDS


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_works_offline(language: str) -> None:
    # Edmundson uses all of a language's resources: stemmer, stop words as null words.
    scores = SumyRanker("edmundson", language=language).score(SET_SENTENCES, None)
    assert np.isfinite(scores).all()
    assert scores.max() == 1.0


# Words each Snowball stemmer changes, so that a different stemmer would show.
STEMMED = {
    "arabic": ["الكتابات", "والمدن"],
    "english": ["floods", "evacuated", "villages", "running"],
    "french": ["inondations", "villages", "évacuées"],
    "german": ["Überschwemmungen", "Dörfer", "evakuiert"],
    "italian": ["inondazioni", "villaggi", "evacuati"],
    "portuguese": ["inundações", "aldeias", "evacuadas"],
    "spanish": ["inundaciones", "pueblos", "evacuados"],
    "swedish": ["översvämningar", "byarna", "evakuerade"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_regression_sumy_methods_kept_a_stemmer_of_their_own(language: str) -> None:
    """A second memoised stemmer duplicated summarize.text._languages.stemmer; it is shared now.

    Sharing it changes nothing: sumy's Stemmer(language) is NLTK's Snowball too.
    """
    for method in SUMY_METHODS:
        assert make_summarizer(method, language=language)._stemmer is stemmer(language)
    sumy_stem = Stemmer(language)
    words = STEMMED[language]
    assert [stemmer(language)(w) for w in words] == [sumy_stem(w) for w in words]
    assert any(stemmer(language)(w) != w for w in words)


def test_empty_input_gives_no_scores() -> None:
    assert SumyRanker("lexrank").score([], None).shape == (0,)


def test_lsa_article_of_stop_words_only_scores_zero() -> None:
    scores = SumyRanker("lsa").score(article("a", ("It was.", "And then it was not.")), None)
    assert scores.tolist() == [0.0, 0.0]


def test_unknown_method_lists_valid_names() -> None:
    with pytest.raises(UnknownMethodError) as error:
        make_sumy_ranker("pagerank", language="english")
    message = str(error.value)
    assert "'pagerank'" in message
    assert message.endswith(", ".join(SUMY_METHODS))
    assert isinstance(error.value, LookupError)


def test_unknown_language_lists_valid_names() -> None:
    with pytest.raises(UnknownMethodError, match=r"klingon.*english"):
        SumyRanker("lsa", language="klingon")


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_make_sumy_ranker_gives_a_ranker(method: str) -> None:
    ranker = make_sumy_ranker(method, language="english")
    assert isinstance(ranker, Ranker)
    assert isinstance(ranker, SumyRanker)
    assert ranker.method == method


@pytest.mark.parametrize("method", SUMY_METHODS)
def test_pickle_round_trip(method: str) -> None:
    ranker = SumyRanker(method, language="english", random_state=5)
    before = ranker.score(SET_SENTENCES, None)
    restored = pickle.loads(pickle.dumps(ranker))
    assert (restored.method, restored.language, restored.random_state) == (method, "english", 5)
    assert restored.score(SET_SENTENCES, None).tolist() == before.tolist()
    assert pickle.loads(pickle.dumps(SumyTokenizer())).to_words("Dams hold.") == ("Dams", "hold")


def test_tokenizer_splits_sentences_with_our_segmenter() -> None:
    pytest.importorskip("summarize.text._segment")
    assert SumyTokenizer().to_sentences("The dam broke. The river rose.") == (
        "The dam broke.",
        "The river rose.",
    )


WORDS = ["dam", "river", "rose", "broke", "kessel", "town", "the", "it", "was", "4,000", "fled"]
sentence_texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(
    lambda words: " ".join(words) + "."
)
article_sets = st.lists(
    st.lists(sentence_texts, min_size=1, max_size=6), min_size=1, max_size=3
).map(lambda arts: [s for i, texts in enumerate(arts) for s in article(f"a{i}", texts)])


@settings(max_examples=25, deadline=None)
@given(sentences=article_sets, method=st.sampled_from(SUMY_METHODS))
def test_scores_are_finite_unit_and_topped_by_one(sentences: list[Sentence], method: str) -> None:
    scores = scores_by_article(SumyRanker(method), sentences)
    for per_article in scores.values():
        assert np.isfinite(per_article).all()
        assert ((per_article >= 0.0) & (per_article <= 1.0)).all()
        assert per_article.max() == 1.0 or not per_article.any()


@settings(max_examples=25, deadline=None)
@given(sentences=article_sets, method=st.sampled_from(SUMY_METHODS))
def test_article_order_does_not_change_scores(sentences: list[Sentence], method: str) -> None:
    forward = scores_by_article(SumyRanker(method), sentences)
    reordered = [s for a in reversed(list(forward)) for s in sentences if s.article == a]
    backward = scores_by_article(SumyRanker(method), reordered)
    assert {a: s.tolist() for a, s in forward.items()} == {
        a: s.tolist() for a, s in backward.items()
    }


@settings(max_examples=25, deadline=None)
@given(
    texts=st.lists(sentence_texts, min_size=1, max_size=6, unique=True),
    method=st.sampled_from(SUMY_METHODS),
)
@example(texts=["dam.", "dam river.", "river.", "the.", "dam rose.", "dam dam river."],
         method="lexrank")  # fmt: skip
def test_agrees_with_sumy_on_any_article(texts: list[str], method: str) -> None:
    ranker = SumyRanker(method)
    scores = ranker.score(article("a", texts), None)
    if not scores.any():  # sumy declined to rate (LSA on stop words only) and picks nothing
        assert sumy_choice(ranker, "a", texts, 1, texts) == []
        return
    for count in range(1, len(texts) + 1):
        chosen = sumy_choice(ranker, "a", texts, count, texts)
        if chosen == top(scores, count):
            continue
        # sumy's own ratings of sentences we rate alike may differ in the last bit
        # ('river.' and 'dam rose.' under lexrank): any pick among such near-ties is sumy's
        left = [i for i in range(len(texts)) if i not in chosen]
        assert len(chosen) == count
        assert scores[chosen].min() >= scores[left].max() - 1e-9


@pytest.mark.shared
@pytest.mark.parametrize("method", SUMY_METHODS)
def test_real_articles_rank_line_by_line(baghouz_texts: dict[str, str], method: str) -> None:
    # Lines stand in for sentences: the ranker must cope with real scraped noise.
    sentences = []
    for article_id, text in baghouz_texts.items():
        lines = [line for line in text.splitlines() if line.strip()]
        sentences += article(article_id, lines)
    scores = scores_by_article(SumyRanker(method), sentences)
    assert len(scores) == len(baghouz_texts)
    for per_article in scores.values():
        assert np.isfinite(per_article).all()
        assert ((per_article >= 0.0) & (per_article <= 1.0)).all()
        assert per_article.max() == 1.0
