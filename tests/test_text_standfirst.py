"""A standfirst that restates the lead counts once; anything that adds news stays."""

from __future__ import annotations

import pytest

import summarize
from summarize import Article
from summarize.text import content_sentences

HEADLINE = "Floods Cut Off Kessel"
STANDFIRST = "Floods cut off the town of Kessel on Monday, stranding hundreds of families."
LEAD = (
    "Floods cut off the town of Kessel on Monday, stranding hundreds of families "
    "as the river Brann burst its banks after three days of rain."
)
BODY = (
    "Rescue crews reached the old town by boat in the afternoon. "
    "The council opened two schools as shelters."
)


def _texts(text: str) -> list[str]:
    return [s.text for s in content_sentences(Article(id="a", text=text))]


def test_standfirst_restated_by_the_lead_is_left_out() -> None:
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}")
    assert STANDFIRST not in texts
    assert LEAD in texts
    assert texts[0] == HEADLINE


def test_standfirst_without_a_headline_above_it_is_left_out() -> None:
    assert STANDFIRST not in _texts(f"{STANDFIRST}\n\n{LEAD} {BODY}")


def test_lead_restating_a_fuller_standfirst_is_the_one_left_out() -> None:
    """The fuller sentence is kept, whichever of the two comes first."""
    texts = _texts(f"{HEADLINE}\n\n{LEAD}\n\n{STANDFIRST} {BODY}")
    assert LEAD in texts
    assert STANDFIRST not in texts


def test_offsets_of_the_sentences_kept_are_exact_after_a_standfirst_is_left_out() -> None:
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}"
    sentences = content_sentences(Article(id="a", text=text))
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_restated_standfirst_no_longer_doubles_its_article_in_a_claim() -> None:
    echo = "The town of Kessel was cut off by floods on Monday, stranding hundreds of families."
    digest = summarize.summarize(
        [f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}", echo], per_source=3
    )
    shown = [s.text for s in digest.per_source[0].sentences]
    assert STANDFIRST not in shown


@pytest.mark.parametrize(
    "second",
    [
        # shares the names, says something new
        "Floods cut off the town of Kessel on Monday, and the mayor ordered an evacuation.",
        # another figure
        "Floods cut off the town of Kessel on Monday, stranding 300 families.",
        # a negation
        "Floods did not cut off the town of Kessel on Monday, stranding hundreds of families.",
        # another name
        "Floods cut off the town of Harrow on Monday, stranding hundreds of families.",
        # another verb: it happened again, not the same news
        "Floods cut off the town of Kessel again on Tuesday, stranding hundreds of families.",
    ],
)
def test_lead_followed_by_a_sentence_that_says_something_new_keeps_both(second: str) -> None:
    """False positives: a second sentence that shares names but adds news must stay."""
    first = "Floods cut off the town of Kessel on Monday, stranding hundreds of families."
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{second} {BODY}")
    assert first in texts
    assert second in texts


def test_quote_that_restates_the_lead_is_kept() -> None:
    """A quote is its speaker's words: the quote analysis needs it."""
    quote = '"Floods cut off the town of Kessel on Monday," the mayor said.'
    texts = _texts(f"{HEADLINE}\n\n{quote}\n\n{LEAD} {BODY}")
    assert quote in texts


def test_opening_that_shares_a_line_with_the_lead_is_no_standfirst() -> None:
    """A standfirst stands on a line of its own; a lead paragraph is left alone."""
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST} {LEAD} {BODY}")
    assert STANDFIRST in texts
    assert LEAD in texts


def test_body_sentence_restating_the_lead_further_down_is_kept() -> None:
    """Only the opening is judged: a later sentence that sums up stays."""
    recap = "Floods cut off the town of Kessel on Monday."
    texts = _texts(f"{HEADLINE}\n\n{LEAD}\n\n{BODY} {recap}")
    assert recap in texts


def test_short_sentences_are_never_compared() -> None:
    texts = _texts("Kessel Floods\n\nKessel flooded.\n\nKessel flooded on Monday. Rain fell.")
    assert "Kessel flooded." in texts
