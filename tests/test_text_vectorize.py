"""TF-IDF over the set: our analyzer keeps numbers whole and stems words."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize import _regexes as regexes
from summarize.text import _vectorize as vectorize
from summarize.text._languages import stemmer, stop_words
from summarize.text._vectorize import SentenceVectorizer, tokenize_words


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("200,000 fled and 180,000 stayed", ["200,000", "fled", "and", "180,000", "stayed"]),
        ("a 1.5% rise at 3:30", ["a", "1.5%", "rise", "at", "3:30"]),
        ("U.S.-backed forces", ["U.S", "backed", "forces"]),
        ("al-Baghdadi's men don't", ["al-Baghdadi's", "men", "don't"]),
        ("end. Next", ["end", "Next"]),
    ],
)
def test_tokenize_words_keeps_numbers_and_inner_punctuation(text: str, tokens: list[str]) -> None:
    assert tokenize_words(text) == tokens


def test_numbers_that_differ_give_different_vectors() -> None:
    """Regression for the sumy behaviour we avoid: it drops every token with a digit."""
    matrix = SentenceVectorizer().fit_transform(["200,000 people fled", "180,000 people fled"])
    similarity = (matrix[0] @ matrix[1].T).toarray()[0, 0]
    assert similarity < 0.99


def test_stop_words_out_and_words_stemmed() -> None:
    vectorizer = SentenceVectorizer().fit(["The rebels were fighting", "A rebel fights"])
    assert set(vectorizer.vocabulary_) == {"rebel", "fight"}


def test_rows_are_unit_length() -> None:
    matrix = SentenceVectorizer().fit_transform(["Floods hit the town.", "The town flooded again."])
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A.ravel()
    assert np.allclose(norms, 1.0)


def test_only_stop_words_gives_a_zero_matrix_not_an_error() -> None:
    matrix = SentenceVectorizer().fit_transform(["the and of", "it is"])
    assert matrix.shape[0] == 2
    assert matrix.nnz == 0


def test_bigrams_when_asked() -> None:
    vectorizer = SentenceVectorizer(ngram_range=(1, 2)).fit(["Bridge collapse kills two"])
    assert "bridg collaps" in vectorizer.vocabulary_


@given(st.text(max_size=200))
def test_any_text_tokenizes_to_substrings(text: str) -> None:
    for token in tokenize_words(text):
        assert token
        assert token in text


# The token pattern as first written; summarize.text._vectorize writes it another way, for speed.
_PLAIN_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*%?|[^\W\d_][^\W_]*(?:['\u2019\-.][^\W_]+)*")
# Python 3.10 has no possessive quantifiers: summarize._regexes compiles their greedy form.
_TOKEN_ON_PYTHON_3_10 = re.compile(regexes.greedy(vectorize._TOKEN.pattern))
# Letters and digits of several scripts (decimal and other numerals: "²", "½", "٣"), a
# combining mark, the inner separators and "%", an underscore, spaces and other signs.
_TOKEN_PIECES = list("aZé\u00df\u0416\u4e2d09\u0663\u00b2\u00bd\u2167\u0301.,:%'\u2019-_ /()$")
_TOKEN_PIECES += ["12", "Ab", "1.5%", "200,000", "3:30", "U.S.", "don't", "it\u2019s", "al-"]


@given(st.lists(st.sampled_from(_TOKEN_PIECES), max_size=30).map("".join) | st.text(max_size=80))
def test_tokenize_words_finds_the_tokens_of_the_plain_pattern(text: str) -> None:
    assert tokenize_words(text) == _PLAIN_TOKEN.findall(text)
    assert _TOKEN_ON_PYTHON_3_10.findall(text) == _PLAIN_TOKEN.findall(text)


@given(
    st.lists(
        st.lists(st.sampled_from(["Rebels", "the", "took", "SDF", "A", "200,000", "is"])),
        max_size=6,
    ),
    st.dictionaries(
        st.sampled_from(["Rebels", "SDF", "A"]),
        st.lists(st.sampled_from(["rebel", "the", "syrian", "forces", "7", "x"]), max_size=3).map(
            tuple
        ),
    ),
)
def test_the_terms_of_a_set_are_those_of_each_token_in_turn(
    tokens: list[list[str]], aliases: dict[str, tuple[str, ...]]
) -> None:
    vectorizer = SentenceVectorizer()
    stop, stem = stop_words("english"), stemmer("english")
    written = {token for words in tokens for token in words}
    expected = [
        [term for token in words for term in vectorizer._token_terms(token, aliases, stop, stem)]
        for words in tokens
    ]
    assert vectorizer._terms(tokens, written, aliases)[0] == expected


def test_name_terms_are_the_terms_the_set_writes_only_capitalised() -> None:
    vectorizer = SentenceVectorizer()
    vectorizer.fit(
        [
            "Police said Ada Ode left Brennock on Monday.",
            "The police found 200 people near the Brennock bridge.",
        ]
    )
    vocabulary = vectorizer.vocabulary_.items()
    named = {term for term, column in vocabulary if vectorizer.name_terms_[column]}
    # "police" is also written in lower case, a number is never a name
    assert named == {"ada", "ode", "brennock", "monday"}


def test_a_set_with_no_terms_has_no_name_terms() -> None:
    vectorizer = SentenceVectorizer()
    vectorizer.fit(["The", "and of"])
    assert not vectorizer.name_terms_.any()
    assert not vectorizer.frame_terms_.any()


def test_frame_terms_are_the_words_of_an_attribution() -> None:
    vectorizer = SentenceVectorizer()
    vectorizer.fit(
        [
            "Former mayor Ada Ode told reporters on Monday the dam held.",
            "The spokesman insisted in an interview that the town was safe, Ode added.",
        ]
    )
    vocabulary = vectorizer.vocabulary_.items()
    framing = {term for term, column in vocabulary if vectorizer.frame_terms_[column]}
    # speech verbs ("reporters" stems as "reported" does), titles, days, where it was said;
    # "former" is a stop word
    expected = {"mayor", "told", "report", "monday", "spokesman", "insist", "interview", "ad"}
    assert framing == expected


def test_only_english_has_frame_terms() -> None:
    vectorizer = SentenceVectorizer(language="german")
    vectorizer.fit(["Bürgermeister Ada Ode sagte am Montag, der Damm hält."])
    assert not vectorizer.frame_terms_.any()


_TERMS = st.lists(
    st.lists(
        st.sampled_from(["dam", "held", "rain", "2,000", "town", "fled", "kessel"]), max_size=8
    ),
    min_size=1,
    max_size=12,
)


def _bits(matrix: object) -> tuple[bytes, ...]:
    return tuple(
        np.ascontiguousarray(a).tobytes() for a in (matrix.indptr, matrix.indices, matrix.data)
    )  # type: ignore[attr-defined]


@given(_TERMS, st.sampled_from([(1, 1), (1, 2), (2, 2)]), st.booleans())
def test_the_counts_give_scikit_learns_tfidf_to_the_last_bit(
    terms: list[list[str]], ngrams: tuple[int, int], sublinear: bool
) -> None:
    # Reference: TfidfVectorizer over the same analysed terms. Rows are normalised by
    # sums in storage order, so the order of terms within a row must match too.
    from sklearn.feature_extraction.text import TfidfVectorizer

    ours = SentenceVectorizer(ngram_range=ngrams, sublinear_tf=sublinear)
    grams = [ours._ngrams(t) for t in terms]
    if not any(grams):
        return
    counts, vocabulary, _ = vectorize._count(grams)
    reference = TfidfVectorizer(
        analyzer=lambda grams: grams, sublinear_tf=sublinear, norm="l2", dtype=np.float64
    )
    expected = reference.fit_transform(grams)
    ours.tfidf_ = vectorize.TfidfTransformer(sublinear_tf=sublinear, norm="l2").fit(counts)
    assert vocabulary == reference.vocabulary_
    assert _bits(ours.tfidf_.transform(counts, copy=False)) == _bits(expected)
    new, _, _ = vectorize._count([*grams[:3], ["unseen"]], vocabulary)
    assert _bits(ours.tfidf_.transform(new, copy=False)) == _bits(
        reference.transform([*grams[:3], ["unseen"]])
    )


def test_new_texts_are_vectorised_with_the_fitted_vocabulary_only() -> None:
    v = SentenceVectorizer().fit(["Rebels took the town.", "The town fell to rebels."])
    row = v.transform(["The town flooded."])
    assert row.nnz == 1
    assert row[0, v.vocabulary_["town"]] == pytest.approx(1.0)
