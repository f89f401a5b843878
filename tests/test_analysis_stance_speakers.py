"""Regression tests of partial quotes whose speaker takes a stance, not speaks (analysis._stance).

'Ada Ode scolded the board for "..."', 'Ada Ode wrote to the crew, acknowledging the
"..."': the speaker is the subject of the quote's sentence through a verb that judges,
promises or asserts, or a participle after a comma, and was left out. Sentences written
for the tests.
"""

from __future__ import annotations

import pytest

from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker, role) of each quote in the text."""
    article = Article(id="a", text=text)
    return [(q.text, q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Ivo Brandt scolded the harbour board for "ignoring the pier for ten long years."',
         "Ivo Brandt", None),
        ('Harbour master Ada Ode on Tuesday slammed the ruling as an "assault on every '
         'fisherman in town."', "Ada Ode", "Harbour master"),
        ('Ada Ode, head of the ferry union, accused the council of "wasting every chance it '
         'ever had."', "Ada Ode", "head of the ferry union"),
        ('Ivo Brandt pledged that the town would "rebuild the pier before the winter."',
         "Ivo Brandt", None),
        ('Ada Ode closed the pier on Friday, insisting it was "far too dangerous for anyone '
         'to walk on."', "Ada Ode", None),
        ('The Kessel Ferry Line blamed the delays on "a shortage of crews and of spare '
         'parts."', "the Kessel Ferry Line", None),
    ],
)  # fmt: skip
def test_regression_stance_quote_had_no_speaker(text: str, speaker: str, role: str | None) -> None:
    """'X scolded the board for "..."' gave no speaker: the words are X's."""
    assert [(s, r) for _, s, r in said(text)] == [(speaker, role)]


def test_regression_participles_after_a_comma_give_both_quotes_to_the_subject() -> None:
    """'X wrote to colleagues, acknowledging the "..." and vowing to "..."': both are X's."""
    text = (
        "The adviser Ada Ode wrote to colleagues on Monday, acknowledging the "
        '"hard weeks ahead for all of us" and vowing to "see this through to the end."'
    )
    assert [s for _, s, _ in said(text)] == ["Ada Ode", "Ada Ode"]


def test_regression_stance_quote_after_a_pronoun_is_who_it_stands_for() -> None:
    """'He promised that ... "..."' after a sentence about a named person is theirs."""
    text = (
        "Ivo Brandt spoke at the harbour on Monday. He promised that the town would "
        '"never again leave the pier to rot in the rain."'
    )
    assert [s for _, s, _ in said(text)] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Brandt was accused of "wasting every chance the town had."',
        'Ivo Brandt condemned the law, which says "no boat may dock after dark at all."',
        'Ivo Brandt praised the mayor\'s call to "rebuild the pier before the winter."',
        'Ivo Brandt praised the plan that promised to "rebuild the pier before winter."',
        'The lawyer for the family of harbour pilot Ada Ode denounced the film as a '
        '"cruel and careless attack on us."',
        'The storm closed the pier, leaving "nothing but broken planks behind."',
        'Ivo Brandt praised the play "The Long Night Over The Harbour" on Monday.',
        'Ivo Brandt scolded the board. The report found "no sign of any repairs at all."',
    ],
)
def test_stance_gives_no_speaker_where_the_words_are_anothers(text: str) -> None:
    """A passive, a clause about something else, another's words, a title: no speaker."""
    assert [s for _, s, _ in said(text)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ada Ode came back to the microphone to explain: "I read out the wrong card '
         'tonight."', "Ada Ode"),
        ('Mayor Ivo Brandt opened the meeting by saying, "Our long winter on the pier is '
         'over."', "Ivo Brandt"),
        ('Ada Ode went on to add, however: "It is a rather special kind of ferry."',
         "Ada Ode"),
        ('Ada Ode went on, "The crews have strong values and they work very hard."',
         "Ada Ode"),
    ],
)  # fmt: skip
def test_regression_speech_verb_after_to_or_by_had_no_speaker(text: str, speaker: str) -> None:
    """'X came back to explain: "..."', 'X opened by saying, "..."': the words are X's."""
    assert [s for _, s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode begged him to explain, "why the ferry was so late again tonight."',
        'Ada Ode got Ivo Brandt to explain, "why the ferry was so late again tonight."',
        'Ada Ode went on a tour of the pier and "every plank of it was rotten."',
    ],
)
def test_speech_verb_after_to_gives_no_speaker_where_another_speaks(text: str) -> None:
    """An infinitive whose subject is an object ("begged him to explain"): not the subject's."""
    assert [s for _, s, _ in said(text)] in ([], [None])


def test_regression_title_that_opens_a_sentence_did_not_continue_the_quote_before() -> None:
    """'"Moonrise" beat out "..."' after a quote took that quote's speaker: it is a title."""
    text = (
        'Ada Ode went back to explain: "I opened the card and it read another name."\n\n'
        '"Moonrise" beat out "Low Tide" and "Night Harbour" for the prize.'
    )
    assert [(w, s) for w, s, _ in said(text)] == [
        ("I opened the card and it read another name.", "Ada Ode")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A crew member shot three colleagues on Monday, prompting the state\'s governor to ask: '
         '"What on earth is wrong with all of us?"', "the state's governor"),
        ('The fire spread fast, which led Ada Ode to say: "We have never seen anything like '
         'this on the pier."', "Ada Ode"),
        ('The crash prompted the harbour master to write that "nobody could have stopped that '
         'ferry in time."', "the harbour master"),
    ],
)  # fmt: skip
def test_regression_words_a_verb_moved_its_object_to_say_went_to_the_sentences_subject(
    text: str, speaker: str
) -> None:
    """'X shot three, prompting the governor to ask: "..."' gave the words to X."""
    assert [s for _, s, _ in said(text)] == [speaker]


def test_words_a_verb_moved_a_pronoun_to_say_go_to_no_one_named_in_the_sentence() -> None:
    text = 'The crash prompted him to ask: "What on earth is wrong with all of us?"'
    assert [s for _, s, _ in said(text)] in ([], [None])
