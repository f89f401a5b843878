"""Exclusives: a pick must tell something no other source writes."""

from __future__ import annotations

from summarize.claims._exclusives import _news_of_its_own
from summarize.text import SentenceVectorizer


def test_regression_an_exclusive_whose_every_plain_word_another_source_writes_was_listed() -> None:
    """'Ada Ode served in the navy during the war.' beside sources that write each of its
    words tells nothing of its own; a sentence with one word no other source writes does."""
    texts = [
        "Ada Ode served in the navy during the war.",
        "Ada Ode rebuilt the pier with salvaged oak.",
        "The war closed the port of Kessel for years.",
        "Ships of the navy guard the harbour, and Ada Ode served on one.",
    ]
    vectorizer = SentenceVectorizer()
    matrix = vectorizer.fit_transform(texts)
    new = _news_of_its_own(matrix, [0, 0, 1, 1], vectorizer.name_terms_)
    assert new.tolist()[:2] == [False, True]
