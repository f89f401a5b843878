"""A quoted speaker's role or title, kept apart from the name."""

from __future__ import annotations

import pytest

from summarize.analysis import find_quotes
from summarize.analysis._roles import role_of
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the role right before the name, the title kept with the name
        (
            '"We rushed in," said trauma surgeon Dr. Jason Lees.',
            ("Dr. Jason Lees", "trauma surgeon"),
        ),
        ('"It is a sad day," police chief Ana Ruiz told reporters.', ("Ana Ruiz", "police chief")),
        ('Port spokesman Ade Oyo said: "The crane held."', ("Ade Oyo", "Port spokesman")),
        ('"Many left early," usher Tom Bell said.', ("Tom Bell", "usher")),
        ('"We will vote no," said council member Ada Ode.', ("Ada Ode", "council member")),
        # the role in an apposition after the name
        (
            'Mara Quell, the harbour master, said: "Nobody listened."',
            ("Mara Quell", "harbour master"),
        ),
        (
            '"It fell," said Ada Ode, a spokeswoman for the port.',
            ("Ada Ode", "spokeswoman for the port"),
        ),
        ('"It fell," said Ada Ode, the town\'s mayor.', ("Ada Ode", "town's mayor")),
        (
            '"Bones last," said Ed Finn, a geologist at Lowmoor College who led the dig.',
            ("Ed Finn", "geologist at Lowmoor College"),
        ),
    ],
)
def test_the_role_is_kept_apart_from_the_name(text: str, said: tuple[str, str]) -> None:
    assert _said(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode, 52, said: "It fell."',  # an age is no role
        '"It fell," said Ada Ode, who saw it.',  # a relative clause is none
        '"No," Mayor Ada Ode said.',  # a title stays in the name
        '"No," according to Ada Ode.',
        '"It fell," said Ada Ode, another witness.',  # "another" ends as agents do
        # a sentence's last word is no role of the next one's subject
        'The ferry hit the pier. "We saw it," Ada Ode said.',
    ],
)
def test_no_role_where_the_text_gives_none(text: str) -> None:
    assert [role for _, role in _said(text)] == [None]


def test_regression_a_verb_that_ends_as_agents_do_was_a_role() -> None:
    # "smother" ends in "-er"; the head of a role stands right before the name.
    text = 'Asked why she tried to smother the blaze Ada Ode replied, "I panicked."'
    assert [role for _, role in _said(text)] == [None]


def test_regression_the_last_word_of_a_sentence_joined_the_role_of_the_next() -> None:
    text = 'The plan needs review. Port spokesman Ade Oyo said: "We agree."'
    assert _said(text) == [("Ade Oyo", "Port spokesman")]


def test_a_speakers_role_holds_at_their_later_quotes() -> None:
    text = 'Port spokesman Ade Oyo said: "The crane held." "It is over," he added.'
    assert _said(text) == [("Ade Oyo", "Port spokesman"), ("Ade Oyo", "Port spokesman")]


def test_a_speaker_named_only_by_a_phrase_has_no_role_of_it() -> None:
    assert _said('"We are looking into it," a spokesman for the port said.') == [
        ("a spokesman for the port", None)
    ]


def test_role_of_reads_only_around_the_name() -> None:
    text = "Ada Ode, the harbour master, spoke."
    assert role_of(text, 0, 7) == "harbour master"
    assert role_of(text, 9, 27) is None
