"""The set's topic words, which let a subject of "the" and plain words name its thing."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from summarize.claims._topic import Topic


def _topic(rows: list[list[float]], sources: list[int], names: list[bool], titles=()) -> Topic:
    matrix = sparse.csr_matrix(np.array(rows))
    vocabulary = {"suit": 0, "kessel": 1, "pier": 2}
    return Topic(
        sparse.csr_matrix(matrix.T), sources, vocabulary, str.split, np.array(names), list(titles)
    )


def test_a_word_most_sources_write_is_the_topic() -> None:
    topic = _topic([[1, 1, 0], [1, 1, 0], [0, 0, 1]], [0, 1, 2], [False, False, False])
    assert topic("suit")
    assert not topic("pier")  # one source of three
    assert not topic("ferry")  # a word the set does not know


def test_a_name_is_never_the_topic() -> None:
    topic = _topic([[1, 1, 0], [1, 1, 0]], [0, 1], [False, True, False])
    assert topic("suit")
    assert not topic("kessel")


def test_a_word_of_a_title_is_the_topic() -> None:
    topic = _topic([[1, 0, 1], [1, 0, 0]], [0, 1], [False, False, False], ["the old pier"])
    assert topic("pier")
    assert not _topic([[1, 0, 1], [1, 0, 0]], [0, 1], [False, False, False])("pier")


def test_one_source_makes_no_topic() -> None:
    topic = _topic([[1, 0, 0], [1, 0, 0]], [0, 0], [False, False, False])
    assert not topic("suit")
