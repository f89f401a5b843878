"""Regression tests of "he" or "she" in a dialogue, right after another person's quote.

The pronoun stands for the person the passage follows by it, not the name printed last
(summarize.analysis._turns); the tests go through find_quotes, as the digest does.
Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article

_PASSAGE = (
    "Ada Ode runs the ferry kiosk, where she has sold tickets since she was twenty. "
    "She knows every sailor by name.\n\n"
)


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote in the text."""
    article = Article(id="a", text=text)
    return [q.speaker for q in find_quotes(article, content_sentences(article))]


def test_regression_she_after_another_persons_quote_went_to_the_last_name_printed() -> None:
    """Each turn of the exchange goes to its side: the passage follows Ada Ode as "she"."""
    text = (
        _PASSAGE + '"The pier is closed until Friday," Ivo Brandt told her on Monday.\n\n'
        '"Then we will just wait," she said.\n\n'
        '"Not for long," Brandt said.\n\n'
        '"We will see," she says.'
    )
    assert speakers(text) == ["Ivo Brandt", "Ada Ode", "Brandt", "Ada Ode"]


@pytest.mark.parametrize(
    "reply",
    [
        # the attribution goes on with the words before: the same speaker
        '"It will open again next week," she added.',
        # a sentence of prose between the two quotes: not a turn of the exchange
        'Ivo Brandt took the morning ferry.\n\n"It will open again next week," she said.',
        # in the same paragraph: the same speaker goes on
        None,
    ],
)
def test_a_pronoun_that_is_no_turn_keeps_the_resolvers_reading(reply: str | None) -> None:
    """Only a new paragraph right after the other's quote is read as the other side."""
    quote = '"The pier is closed until Friday," Mia Lund said.'
    if reply is None:
        text = _PASSAGE + quote + ' "It will open again next week," she said.'
        assert speakers(text) == ["Mia Lund", "Mia Lund"]
    else:
        text = _PASSAGE + quote + "\n\n" + reply
        assert speakers(text)[0] == "Mia Lund"
        assert speakers(text)[1] != "Ada Ode"


def test_a_speaker_the_text_calls_by_the_pronoun_keeps_it() -> None:
    """Mia Lund, whom the text calls "she" twice, is whom her next "she" stands for."""
    text = (
        _PASSAGE + "Mia Lund said she had waited, and Mia Lund said she would wait again.\n\n"
        '"The pier is closed until Friday," Mia Lund said.\n\n'
        '"It will open again next week," she said.'
    )
    assert speakers(text) == ["Mia Lund", "Mia Lund"]
