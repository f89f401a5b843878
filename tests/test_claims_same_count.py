"""A small count another source gives of the same thing, in other words: no exclusive."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import Article
from summarize.claims._same_count import counts, same_count


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Three ferries sank off Kessel.", "3 ferries went down near Kessel."),
        ("Ada Ode, 45, opened the harbour festival.", "The 45-year-old singer opened it."),
        ("The harbour board voted unanimously for night ferries.", "The vote was 9-0."),
        ("The council agreed a two-year ban on cruise ships.", "Ships are banned for two years."),
        ("Twenty-one crew members were rescued.", "21 crew were rescued."),
    ],
)
def test_the_same_count_of_a_thing_read_in_other_words(one: str, other: str) -> None:
    assert not counts(one).isdisjoint(counts(other))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at 7 p.m. on Jan. 6 from the harbour.",
        "Fares rose 4.5% to $3 and 2,000 riders paid.",
        "The January 6 committee met at 2:17 in Kessel.",
        "Only one ferry ran.",
    ],
)
def test_no_count_in_a_time_a_date_a_figure_or_one(text: str) -> None:
    assert counts(text) == frozenset()


def test_a_count_of_another_thing_is_not_the_same() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8]]))
    texts = ["Three ferries sank.", "Three tugs sank."]
    assert same_count(texts, m, [0, 1], [0], similarity=0.5) == set()
    assert same_count(["Three ferries sank.", "3 ferries sank."], m, [0, 1], [0], similarity=0.5)


def test_regression_a_count_in_words_told_in_digits_elsewhere_was_an_exclusive() -> None:
    """'Three ferries ...' was one source's news beside another's '3 ferries ...'."""
    shared = "The harbour bridge closed on Monday after engineers found rust on two cables."
    ferries = "Three ferries were moved to the old pier while crews worked through the night."
    wire = Article(
        id="wire",
        text=f"{shared} {ferries} Shops near the bridge reported fewer customers within a week.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Officials in Kessel said 3 ferries would carry commuters across the bay instead. "
        "Repairs are expected to cost four million euros.",
    )
    shown = [
        c.text for c in summarize.summarize([wire, post], exclusives=9, merged=1).exclusive("wire")
    ]
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert ferries not in shown
