"""TF-IDF over the set: our analyzer keeps numbers whole and stems words."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.vectorize import SentenceVectorizer, tokenize_words


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
