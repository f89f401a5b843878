"""Regression tests of speakers a quote's attribution names by a description or a claim.

A description the article sets beside a person's name elsewhere ("Ada Ode, the bus
matron,") stands for that person; a claim held against doubt ('"...," Brandt
asserted') names its speaker as "said" does. The rules are in summarize.analysis
(_apposed, _speech_words); the tests go through find_quotes, as the digest does.
Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from summarize.analysis._apposed import apposed
from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote in the text."""
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


def test_regression_a_description_set_beside_a_name_was_the_speaker_not_the_person() -> None:
    """'the bus matron said' after "Ada Ode, the bus matron,": Ada Ode, the bus matron."""
    text = (
        "Ada Ode, the bus matron, has ridden the pier route for years. Ivo Brandt rides "
        "with her every morning.\n\n"
        '"We leave at seven and never a minute later," the bus matron said.'
    )
    assert said(text) == [("Ada Ode", "bus matron")]


def test_regression_a_capitalised_description_set_beside_a_name_gave_no_person() -> None:
    """'the Kessel Herald founder said' after "Ada Ode, the Kessel Herald founder,"."""
    text = (
        "Ada Ode, the Kessel Herald founder, bought the paper in 1990.\n\n"
        '"We will never sell the harbour to anyone," the Kessel Herald founder said.'
    )
    assert said(text) == [("Ada Ode", "Kessel Herald founder")]


@pytest.mark.parametrize(
    "text",
    [
        # two people share the description: it says neither
        "Ada Ode, the pier warden, and Ivo Brandt, the pier warden, met.",
        # the description is never set beside a name
        "The pier warden met Ada Ode on Monday.",
        # beside a name, but running on: "the pier warden's son" is another
        "Ada Ode, the pier warden's son, met Ivo Brandt.",
    ],
)
def test_a_description_no_name_is_set_beside_stays_a_description(text: str) -> None:
    """Only one person, described by those very words between commas, is the speaker."""
    assert apposed(text, "the pier warden") is None
    quoted = text + '\n\n"We leave at seven and never a minute later," the pier warden said.'
    assert said(quoted)[0][0] == "the pier warden"


def test_a_single_role_noun_is_left_to_the_roles() -> None:
    """'the warden' alone is a role noun's matter (summarize.analysis._mentions), not this one."""
    assert apposed("Ada Ode, the warden, met Ivo Brandt.", "the warden") is None


@pytest.mark.parametrize("verb", ["asserted", "asserts", "contended", "contends"])
def test_regression_a_claim_asserted_after_the_quote_had_no_speaker(verb: str) -> None:
    """'"...," Brandt asserted.' is Brandt's, as '"...," Brandt said.' is."""
    text = f'"It means that every ferry was late again," Brandt {verb}. The claim is weak.'
    assert said(text) == [("Brandt", None)]


def test_regression_a_pull_quote_credited_on_the_line_below_had_no_speaker() -> None:
    """A quote alone on its line, a dash and the name on the next: the name's words."""
    text = (
        '"Was the board paid for these tickets? Is it profiting from the ferry crisis?"\n\n'
        "\u2014 Harbour Party National Committee Chair Ada Ode, in a post, April 26, 2021\n\n"
        '"The board has failed the riders. Now they want riders to pay twice?"\n\n'
        "\u2014 Sen. Ivo Brandt (H-Kes.), in a post, April 25, 2021"
    )
    assert said(text) == [
        ("Ada Ode", "Harbour Party National Committee Chair"),
        ("Ivo Brandt", "Sen."),
    ]


def test_a_line_below_without_a_dash_credits_nobody() -> None:
    """Without the dash the next line is prose of its own, not a credit."""
    text = (
        '"Was the board paid for these tickets? Is it profiting from the ferry crisis?"\n\n'
        "Ada Ode, in a post, April 26, 2021"
    )
    assert said(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode sent a letter to the board. "We ask the board to reopen the pier before '
        'the summer season," the letter reads.',
        'Ada Ode sent a letter to the board. The letter reads: "We ask the board to reopen '
        'the pier before the summer season."',
    ],
)
def test_regression_a_letter_that_reads_had_no_speaker(text: str) -> None:
    """'the letter reads' gives whoever the article says sent the letter."""
    assert said(text) == [("Ada Ode", None)]


@pytest.mark.parametrize(
    "text",
    [
        # what a thing has written on it is nobody's words
        '"Closed for repairs until the end of the summer," the sign reads.',
        # before its text, "reads" gives nobody: no phrase reads the post whole
        '"Closed for repairs until the end of the summer," reads the long and careful '
        "post on the board's page.",
    ],
)
def test_a_text_that_reads_names_no_speaker_of_its_own(text: str) -> None:
    """A sign, or a text written after "reads", is no speaker."""
    assert said(text) == [(None, None)]
