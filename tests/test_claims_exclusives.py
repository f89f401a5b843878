"""Exclusives: a pick must tell something no other source writes."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy import sparse

import summarize
from summarize import Article
from summarize.claims._told_elsewhere import near_a_claim, news_of_its_own
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
    new = news_of_its_own(matrix, [0, 0, 1, 1], vectorizer.name_terms_)
    assert new.tolist()[:2] == [False, True]


def test_regression_a_pick_that_restates_a_claim_two_other_sources_share_was_an_exclusive() -> None:
    """Each of two sources gives half the words of the pick ("faulted the board's handling"
    beside "faulted the board" and "criticised its handling"): neither alone is near it,
    their sum is."""
    root = np.sqrt(0.5)
    matrix = sparse.csr_matrix(
        np.array(
            [
                [root, root, 0.0, 0.0],  # the pick, of source 0
                [root, 0.0, root, 0.0],  # source 1
                [0.0, root, 0.0, root],  # source 2: one claim with the row above
                [0.0, 0.0, 1.0, 0.0],  # source 1, a claim of its own
            ]
        )
    )
    rows = SimpleNamespace(numbers=[0, 1, 2, 1], groups=[[0], [1, 2], [3]], matrix=matrix)
    columns = sparse.csr_matrix(matrix.T)
    assert near_a_claim(rows, [0], similarity=0.6, columns=columns) == {0}  # type: ignore[arg-type]
    assert (matrix[0] @ matrix[1:].T).toarray().max() < 0.6
    alone = SimpleNamespace(numbers=[0, 1, 2, 1], groups=[[0], [1], [2], [3]], matrix=matrix)
    assert near_a_claim(alone, [0], similarity=0.6, columns=columns) == set()  # type: ignore[arg-type]


def test_regression_an_advertisers_paragraph_gave_exclusives() -> None:
    """A newsletter's paragraph that opens "A message from ...:" is an advertiser's words;
    the newsletter's own item after it stays."""
    shared = "The new Kessel ferry made its first crossing on Monday after two years of delays."
    letter = Article(
        id="letter",
        text=f"{shared}\n\n** A message from the Brennock Pier Trust: Piers work for every "
        "town on the coast. Harbour boards and skippers agree: protect the piers of Brennock. "
        "**\n\nIvo Brandt will chair the harbour board's inquiry into the ferry's cost.",
    )
    wire = Article(
        id="wire",
        text="After two years of delays, the new Kessel ferry made its first crossing on Monday. "
        "Tickets will cost four euros, the operator said.",
    )
    shown = [
        c.text
        for c in summarize.summarize([letter, wire], exclusives=9, merged=1).exclusive("letter")
    ]
    assert "Ivo Brandt will chair the harbour board's inquiry into the ferry's cost." in shown
    assert not any("Brennock" in text or "Piers work" in text for text in shown)


def test_regression_a_one_source_line_of_the_merged_summary_was_listed_again_as_exclusive() -> None:
    """The merged line already names its one source; listed again, one fact took two places."""
    wire = Article(
        id="wire",
        source="Wire",
        text="The Kessel ferry ran aground on Monday. A diver inspected the hull at noon.",
    )
    post = Article(id="post", source="Post", text="On Monday the Kessel ferry ran aground.")
    digest = summarize.summarize([wire, post], merged=2)
    [line] = [claim for claim in digest.merged if claim.sources == ("Wire",)]
    assert line.text == "A diver inspected the hull at noon."
    assert digest.exclusive("Wire") == ()
    shorter = summarize.summarize([wire, post], merged=1)
    assert [c.text for c in shorter.exclusive("Wire")] == [line.text]


def test_regression_a_question_that_quotes_a_term_was_an_exclusive() -> None:
    """'Will the board keep its "open pier" rule ...?' asks; the quoted term made it read
    as a question someone was reported to ask, and it was listed as the source's news."""
    shared = "The new Kessel ferry made its first crossing on Monday after two years of delays."
    for question in (
        'Will the harbour board keep its "open pier" rule for the old brass-bell tugs?',
        "Will the harbour board keep its \u201copen pier\u201d rule for the old brass-bell tugs?",
    ):
        asking = Article(id="asking", text=f"{shared} {question}")
        wire = Article(
            id="wire",
            text="After two years of delays, the new Kessel ferry made its first crossing on "
            "Monday. Tickets will cost four euros, the operator said.",
        )
        digest = summarize.summarize([asking, wire], exclusives=9, merged=1)
        assert not any(c.text.endswith("?") for c in digest.exclusive("asking"))
