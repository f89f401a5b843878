"""Pieces of a longer quotation that lean on the rest of it, and so read wrongly alone."""

from __future__ import annotations

import pytest

from summarize.text import leans_within_quote
from summarize.text._quote_piece import quote_pieces


@pytest.mark.parametrize(
    "text",
    [
        'But we kept the ferries running all winter," Ada Ode said.',
        'And the crews never came back," said Ivo Brandt, the harbour master.',
        'So nobody knows what happened to him," her neighbour said.',
        'Ada Ode said: "I think he will sign the bill before the vote.',
        "\u201cIt was never meant to carry that many trucks.",
        'There are good reasons for doing that before the winter storms."',
        '"I was told that arrests were made over those illegal payments.',
        '"As a teacher I am shocked that the children were treated in such a way.',
        "The pilot said: \"That's the hardest part of the whole flight.",
        "We\u2019re bringing it back to the harbour.\u201d",
    ],
)
def test_a_piece_that_goes_on_from_the_rest_of_its_quotation_leans_on_it(text: str) -> None:
    assert leans_within_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        # whole quotations: the speaker's words are all here (leans_on_context reads them)
        '"He will sign the bill on Friday," said Ada Ode.',
        '"But the fares must rise," Ada Ode said.',
        # pieces that state their own fact
        '"We will rebuild the whole terminal by the spring.',
        'The pier will reopen in May," said Ada Ode, the port director.',
        # a name before the pronoun: the name it stands for
        '"Kessel Ferries told us it would cut the service in June.',
        'Ada Ode, as the town knows her, ran the port for twenty years."',
        # an "it" that points nowhere, and "this" that names the matter at hand
        '"It is clear that the pier cannot carry the new ferries.',
        'Ivo Brandt said: "I find it deeply troubling that the port was not warned.',
        '"We see no reason why we cannot pass this harbour bill by June.',
        # "those who", "such as", "that" joining a clause
        '"We will help those who lost boats in the storm.',
        '"Ports such as Kessel need new cranes.',
        '"I hope that the council will fund the new pier.',
        # "that" opening a relative clause, a possessive pointing within the sentence, a
        # name written with an inner capital
        "I hate the flooding that's going on in the harbour.\"",
        'The survey that is starting is being watched closely," Ivo Brandt said.',
        '"Most riders top up the cards on their phones within a week.',
        '"The new eFerry update fixed the faults that riders saw on it.',
        # no quotation at all
        "But the ferries kept running all winter.",
    ],
)
def test_a_whole_quotation_or_a_piece_of_its_own_does_not_lean_on_it(text: str) -> None:
    assert not leans_within_quote(text)


def test_a_piece_is_the_words_before_a_lone_closing_mark_or_after_a_lone_opening_one() -> None:
    assert quote_pieces('The pier will reopen," she said.') == ["The pier will reopen,"]
    assert quote_pieces("She said: \u201cThe pier will reopen.") == ["The pier will reopen."]
    assert quote_pieces('She said: "The pier will reopen."') == []
    assert quote_pieces("The pier will reopen in May.") == []


@pytest.mark.parametrize(
    "text",
    [
        'Well, it means that in every case, they were spies," Ada Ode asserted.',
        'Look, they never told us," said Ivo Brandt.',
    ],
)
def test_regression_a_speakers_well_before_a_pronoun_was_read_as_a_name(text: str) -> None:
    """'Well, it means ...' did not lean on its quotation: the capitalised 'Well' was read
    as a name the pronoun could stand for."""
    assert leans_within_quote(text)
    assert not leans_within_quote('Well, the pier stays shut all week," Ada Ode said.')
