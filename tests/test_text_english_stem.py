"""The English Snowball stemmer of summarize gives the stems of NLTK's, word for word.

summarize stemmed English with NLTK's ``SnowballStemmer("english")`` (stop words not
ignored) until its own :mod:`summarize.text._english_stem` took over, for speed: no
stem may change. Each test compares the two on words of one kind: forms the algorithm
treats as exceptions and its corner cases (written here), random words, and every word
of the benchmark clusters where they are present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nltk.stem.snowball import EnglishStemmer, SnowballStemmer

from summarize.text._english_stem import stem_english
from summarize.text._languages import stemmer
from summarize.text._vectorize import tokenize_words

NLTK = SnowballStemmer("english").stem

# fmt: off
#: Words that take each rule, or its exceptions and corner cases.
TRICKY = [
    # exceptional forms, whole and inflected
    "skis", "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only",
    "singly", "sky", "news", "howe", "atlas", "cosmos", "bias", "andes", "newsy", "biased",
    "inning", "innings", "outing", "outings", "canning", "herring", "herrings", "earring",
    "earrings", "proceed", "proceeds", "proceeding", "exceed", "exceeds", "succeed",
    "succeeds", "succeeding",
    # R1 after gener-, commun-, arsen-
    "generous", "generously", "generate", "generation", "general", "communism",
    "communication", "community", "arsenal", "arsenic", "gener", "commun",
    # y as a consonant, as a vowel, and runs of y
    "yes", "youth", "yelling", "toy", "toys", "enjoying", "saying", "sayyid", "ayyy",
    "yyyy", "boyy", "cry", "cries", "cried", "by", "say", "happy", "happily", "theyyy",
    # apostrophes, straight and curly
    "'s", "it's", "dogs'", "dog's'", "'quoted'", "o'neill", "rock\u2019n\u2019roll",
    "\u2018tis", "don\u2019t", "''s", "'''", "'a'", "''s'",
    # step 1a
    "caresses", "ties", "tied", "pies", "ponies", "cries", "gas", "gaps", "kiwis", "this",
    "us", "bus", "chorus", "press", "dress", "ss", "ies", "ied", "s's",
    # step 1b
    "agreed", "feed", "disagreed", "guaranteed", "indeed", "speedily", "exceedingly",
    "hated", "luxuriating", "hopping", "hoping", "filing", "filling", "falling", "sizing",
    "troubled", "conflated", "rated", "abated", "bled", "sing", "hopped", "tapped",
    "x-rated", "plastered", "fizzed", "failing", "opened", "ringed", "snowing", "boxing",
    "fixed", "kneeled", "eed", "ed", "ing", "ingly", "edly", "reportedly", "allegedly",
    # steps 1c to 5
    "realization", "sensationalism", "sensationally", "relational", "conditional",
    "valenci", "hesitanci", "digitizer", "operator", "feudalism", "formaliti", "radically",
    "hopefulness", "callousness", "decisiveness", "sensitiviti", "sensibiliti", "analogi",
    "geologi", "tragically", "lawfully", "fearlessly", "clearli", "brightly", "mostly",
    "formalize", "duplicate", "electricity", "electrical", "hopeful", "goodness",
    "demonstrative", "creative", "revival", "allowance", "inference", "airliner",
    "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
    "dependent", "adoption", "adoptions", "election", "invasion", "communion", "hoped",
    "controlling", "rolled", "fall", "ball", "rate", "ace", "eye", "create", "cease",
    "orchestral", "zelizer", "theme", "axe", "awe",
    # numbers, hyphens, dots and letters outside English
    "u.s", "al-baghdadi", "covid-19", "1990s", "3:30", "café", "naïve", "straße", "İstanbul",
    "DYING", "Generously", "x", "xy", "",
]
# fmt: on


def _stems_differ(words: list[str]) -> list[tuple[str, str, str]]:
    return [(w, NLTK(w), stem_english(w)) for w in words if NLTK(w) != stem_english(w)]


def test_summarize_stemmed_english_with_nltk_snowball_stop_words_kept() -> None:
    """The reference is the stemmer summarize used: NLTK's, which ignores no stop word."""
    reference = SnowballStemmer("english")
    assert isinstance(reference.stemmer, EnglishStemmer)
    assert not reference.stopwords
    assert NLTK("having") == "have"
    assert stem_english("having") == "have"


def test_english_is_stemmed_by_summarize_and_other_languages_by_nltk() -> None:
    """English goes to the stemmer of summarize; French stays with NLTK's (an elision out)."""
    assert stemmer("english").__wrapped__ is stem_english  # type: ignore[attr-defined]
    assert stemmer("english")("generously") == "generous"
    assert stemmer("french")("l'incendies") == SnowballStemmer("french").stem("incendies")


def test_tricky_words_stem_as_nltk_stems_them() -> None:
    """Exceptional forms, regions after prefixes, y, apostrophes and every step's corners."""
    assert _stems_differ(TRICKY) == []


def test_the_regions_after_a_replaced_suffix_are_those_nltk_keeps() -> None:
    """Regression: R2 was kept as a position where NLTK empties it ('realization')."""
    assert [stem_english(w) for w in ("realization", "x-rated", "zelizer")] == [
        NLTK("realization"), NLTK("x-rated"), NLTK("zelizer")
    ]
    assert stem_english("realization") == "realize"  # the description would give "realiz"


def test_eed_is_replaced_in_each_word_that_ends_with_it() -> None:
    """Regression: a slice of the ending read as empty, so '-eed' lost its e's ('agreed')."""
    assert [stem_english(w) for w in ("agreed", "indeed", "saeed")] == ["agre", "inde", "saeed"]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
def test_random_lowercase_words_stem_as_nltk_stems_them(word: str) -> None:
    """Any word of lowercase letters: the two stemmers agree."""
    assert stem_english(word) == NLTK(word)


@given(st.text(alphabet="aeiouybcdlnst'\u2019-.0Y", max_size=12))
def test_random_words_of_vowels_signs_and_apostrophes_stem_as_nltk_stems_them(word: str) -> None:
    """Words dense in vowels, y, apostrophes and signs, where the corner cases lie."""
    assert stem_english(word) == NLTK(word)


@given(
    st.lists(
        st.sampled_from(["gener", "commun", "arsen", "ation", "ational", "iveness", "eed",
                         "ing", "ly", "ed", "at", "bl", "iz", "ogi", "li", "ful", "ness",
                         "ive", "al", "ment", "ion", "s", "ies", "e", "ll", "y", "b", "t"]),
        max_size=5,
    ).map("".join)
)  # fmt: skip
def test_words_made_of_suffixes_stem_as_nltk_stems_them(word: str) -> None:
    """Words made of the algorithm's own suffixes and prefixes, one after another."""
    assert stem_english(word) == NLTK(word)


def test_every_word_of_the_bench_clusters_stems_as_nltk_stems_it(bench_dir: Path) -> None:
    """Every word the benchmark clusters write, as tokens and as space-separated strings."""
    words: set[str] = set()
    for path in sorted(bench_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = " ".join(a["text"] for a in json.loads(line)["articles"])
            words.update(w.lower() for w in tokenize_words(text))
            words.update(re.findall(r"\S+", text.lower()))
    assert len(words) > 10_000
    assert _stems_differ(sorted(words)) == []


@pytest.mark.parametrize("word", ["generously", "dying", "news", "skis", "succeed"])
def test_named_corners_of_the_algorithm(word: str) -> None:
    """The forms the algorithm names as its own exceptions and examples."""
    assert stem_english(word) == NLTK(word)
