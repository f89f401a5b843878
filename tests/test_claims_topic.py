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


def _spread(sources: list[int], suit: list[int], *, names: int = 0, others: int = 0) -> Topic:
    """One sentence a source number given; "suit" in the sentences ``suit``; ``names``
    name columns in every sentence; ``others`` plain terms each in every sentence."""
    n = len(sources)
    columns = ["suit", *(f"name{k}" for k in range(names)), *(f"word{k}" for k in range(others))]
    dense = np.zeros((n, len(columns)))
    dense[suit, 0] = 1
    dense[:, 1:] = 1
    vocabulary = {term: k for k, term in enumerate(columns)}
    flags = np.array([False] + [True] * names + [False] * others)
    matrix = sparse.csr_matrix(dense)
    return Topic(sparse.csr_matrix(matrix.T), sources, vocabulary, str.split, flags, [])


def test_half_the_sources_rounded_up_write_the_topic() -> None:
    assert not _spread([0, 1, 2, 3, 4], [0, 1])("suit")  # two of five: not half
    assert _spread([0, 1, 2, 3, 4], [0, 1, 2])("suit")
    assert _spread([0, 1, 2, 3], [0, 1])("suit")  # two of four: half


def test_a_set_with_no_sentences_has_only_its_titles_for_topic() -> None:
    topic = Topic(sparse.csr_matrix((0, 0)), [], {}, str.split, np.zeros(0, bool), ["the pier"])
    assert topic("pier")
    assert not topic("suit")


def test_a_term_below_the_most_written_is_no_topic() -> None:
    # twelve other plain terms in every sentence: "suit", in two of three, is the 13th
    assert not _spread([0, 1, 2], [0, 1], others=12)("suit")
    assert _spread([0, 1, 2], [0, 1], others=11)("suit")


def test_names_do_not_count_among_the_most_written() -> None:
    assert _spread([0, 1, 2], [0, 1], names=12)("suit")


def test_a_name_column_beyond_the_flags_is_no_name() -> None:
    topic = _topic([[1, 0, 1], [1, 0, 1]], [0, 1], [False, True])  # "pier" has no flag
    assert topic("pier")


def test_every_title_is_read_to_its_last_word() -> None:
    titles = ["Kessel shuts the pier", "Ferry fares rise"]
    topic = _topic([[1, 0, 0], [1, 0, 0]], [0, 1], [False, False, False], titles)
    assert topic("pier")
    assert topic("ferry")


def test_a_title_in_the_plural_or_the_singular_names_the_topic() -> None:
    rows, sources, names = [[1, 0, 0], [1, 0, 0]], [0, 1], [False, False, False]
    assert _topic(rows, sources, names, ["The old piers"])("pier")
    assert _topic(rows, sources, names, ["The old pier"])("piers")


def test_a_later_word_in_s_or_ed_is_the_verb_not_the_subject() -> None:
    rows, sources, names = [[1, 0, 0], [1, 0, 0]], [0, 1], [False, False, False]
    assert _topic(rows, sources, names, ["The old pier"])("harbour pier")
    assert not _topic(rows, sources, names, ["The old pier"])("crew piers")
    assert not _topic(rows, sources, names, ["Docked at dawn"])("crew docked")
