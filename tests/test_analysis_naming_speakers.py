"""Regression tests of partial quotes whose speaker names no speech verb (analysis._called).

'Ada Ode called the plan "..."', 'with Ada Ode saying the plan was "..."': the speaker
stands in the quote's sentence, as the subject of a verb of naming or of a participle
of speech, and was left out. Sentences written for the tests.
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
        ('Ada Ode called the ruling "a travesty of the law and the harbour" in a note.',
         "Ada Ode", None),
        ('The mayor, Ada Ode, called the ruling "a travesty of the law" in a note.',
         "Ada Ode", "mayor"),
        ('Harbour master Ada Ode has called it a "disgrace to the whole town" and left.',
         "Ada Ode", "Harbour master"),
        ('Ivo Brandt, a spokesman for the Kessel ferry line, calls it "a danger to every boat."',
         "Ivo Brandt", "spokesman for the Kessel ferry line"),
        ('Ivo Brandt, who called it "a disgrace to the harbour", left on Monday.',
         "Ivo Brandt", None),
        ('The Kessel Hospital called the crash "a tragic day for our harbour and our town."',
         "the Kessel Hospital", None),
        ('Ivo Brandt branded the ferry line "a danger to every boat in the bay."',
         "Ivo Brandt", None),
    ],
)  # fmt: skip
def test_regression_called_it_quote_had_no_speaker(
    text: str, speaker: str, role: str | None
) -> None:
    """'X called the ruling "..."' gave no speaker: X names the ruling so, in X's words."""
    assert [(s, r) for _, s, r in said(text)] == [(speaker, role)]


def test_regression_called_it_quote_after_a_pronoun_is_who_the_pronoun_stands_for() -> None:
    """'He called the pier "..."' after a sentence about a named person is that person's."""
    text = (
        "Ivo Brandt ran the Kessel ferry for ten years. "
        'He called the pier "the oldest and saddest thing in the harbour."'
    )
    assert [s for _, s, _ in said(text)] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        'It has been called the "worst ferry in the whole harbour of Kessel."',
        'The team built a system called Kessel Wind that links "all the mills together at once".',
        'Ada Ode called on the council to "act now on the ferry plan".',
        'Ada Ode called for "a full review of the ferry and the harbour".',
        "A lecturer at the University of Kessel, Eastdock, who calls the work "
        '"a critical advance for every harbour", spoke.',
    ],
)
def test_called_that_names_no_one_or_asks_gives_no_speaker(text: str) -> None:
    """The passive, "called" after a thing, "called on" and "called for", a place: no speaker."""
    assert [s for _, s, _ in said(text)] in ([None], [])


def test_regression_called_the_bill_a_title_is_a_name_not_words_said() -> None:
    """'X labelled the bill the "Harbour Safety Act"' names the bill: no quote is added."""
    text = 'Ada Ode and Ivo Brandt have labelled their plan the "Harbour Safety Act" since May.'
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode closed the pier, calling it "a danger to us all and the ferry".',
        'Ada Ode closed the pier on Monday, describing the ferry as "a danger to us all".',
    ],
)
def test_regression_calling_it_participle_quote_had_no_speaker(text: str) -> None:
    """'X closed the pier, calling it "..."' gave no speaker: the clause's subject names it."""
    assert [s for _, s, _ in said(text)] == ["Ada Ode"]


def test_regression_with_x_saying_partial_quote_had_no_speaker() -> None:
    """', with X saying the plan was "..."' gave no speaker."""
    text = (
        "The council met on Monday, with Ada Ode saying the ferry plan was "
        '"dead on arrival at the harbour" for the town.'
    )
    assert [s for _, s, _ in said(text)] == ["Ada Ode"]


def test_regression_with_x_saying_is_not_the_subject_of_an_earlier_speech_verb() -> None:
    """'The council said ..., with X saying "..."': the words are X's, not the council's."""
    text = (
        "The harbour board said the vote passed, with Ivo Brandt adding that the ferry was "
        '"too old to save and too dear to mend."'
    )
    assert [s for _, s, _ in said(text)] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        'The vote passed, with some saying the ferry plan was "dead on arrival at the pier".',
        'The vote passed, with Ada Ode saying the board said it was "dead on arrival at the pier".',
    ],
)
def test_with_saying_of_no_person_or_of_reported_words_gives_no_speaker(text: str) -> None:
    """'with some saying' names no one; a speech verb after the participle reports another's."""
    assert [s for _, s, _ in said(text)] == [None]


def test_regression_described_as_before_a_no_break_space_had_no_speaker() -> None:
    """'X described the dead as\\u00a0"..."' (a no-break space before the mark) gave none."""
    text = 'Harbour spokesman Ivo Brandt described the crew as\u00a0"brave and tired men,"'
    text += " and left."
    assert [(s, r) for _, s, r in said(text)] == [("Ivo Brandt", "Harbour spokesman")]


def test_regression_he_as_attorney_general_resolved_to_the_office() -> None:
    """A "he" after "his first speech as Attorney General" gave "General", an office, no one."""
    text = (
        "His first speech as Attorney General set the town afire because he said "
        '"we are a town of cowards and fools" that day.'
    )
    assert [s for _, s, _ in said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"The ferry must run," said Del. Ada Ode (D-Kessel).', "Ada Ode", "Del."),
        ('"The ferry must run," said Kessel Del. Ada Ode.', "Ada Ode", "Kessel Del."),
        ('Kessel Del. Ada Ode said, "The ferry must run again next year."', "Ada Ode",
         "Kessel Del."),
        ('"The ferry must run," said Rep. Ada del Ode.', "Ada del Ode", "Rep."),
        ('"The ferry must run," said Ada Del Ode, a spokeswoman.', "Ada Del Ode", "spokeswoman"),
    ],
)  # fmt: skip
def test_regression_del_delegate_ended_the_sentence_and_gave_del(
    text: str, speaker: str, role: str
) -> None:
    """'said Del. Ada Ode' gave the speaker "Del": the stop of "Del." (a delegate) ends
    nothing, and "Del." is a title of office; "del" and "Del" inside a name stay in it."""
    assert [(s, r) for _, s, r in said(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"The ferry must run," said Ivo Brandt, acting director of the harbour board.',
         "acting director of the harbour board"),
        ('Ivo Brandt, managing editor of the Kessel Gazette, said, "The ferry must run."',
         "managing editor of the Kessel Gazette"),
        ('Ivo Brandt, retired ferry captain, said "The ferry must run again next year."',
         "retired ferry captain"),
        ('Ivo Brandt, injured in the crash, said "The ferry must run again next year."', None),
        ('Ivo Brandt, leading the harbour board, said "The ferry must run again next year."',
         None),
    ],
)  # fmt: skip
def test_regression_apposed_role_opening_with_acting_had_no_role(
    text: str, role: str | None
) -> None:
    """'X, acting director of ..., said' gave no role: a participle that describes a role
    opens it; one that acts ("leading the board") or names no role does not."""
    assert [(s, r) for _, s, r in said(text)] == [("Ivo Brandt", role)]


def test_regression_saying_after_a_quote_in_its_sentence_had_no_speaker() -> None:
    """'X said she was "A.O.," saying that "..."': the participle is the subject's, past the
    quote before it in the sentence."""
    text = (
        'Ada Ode told the Gazette in May that the board was "a closed shop," writing that '
        '"nobody on the harbour board listens to the pilots."'
    )
    assert [s for _, s, _ in said(text)] == ["Ada Ode"]  # "a closed shop" is a term


def test_regression_telling_after_a_quoted_term_in_its_sentence_had_no_speaker() -> None:
    """'X raised the "closed shop" of the board, telling a pilot that he "..."'."""
    text = (
        'Ada Ode raised questions about the "closed shop" of the board, telling a pilot that '
        'he "has no say at all in what the harbour board does."'
    )
    assert [s for _, s, _ in said(text)] == ["Ada Ode"]


def test_regression_which_she_called_quote_had_no_speaker() -> None:
    """'the Senate, which she called the "..."': the words are the subject's of "called"."""
    text = 'Ada Ode praised the Senate, which she called the "greatest harbour of debate ever."'
    assert [s for _, s, _ in said(text)] == ["Ada Ode"]


def test_regression_what_he_called_quote_had_no_speaker() -> None:
    """'..., who have ripped what he called the "..."': the words of whom "he" stands for."""
    text = (
        "Ivo Brandt sails the Kessel ferry. He joined the pilots, who have ripped what he "
        'called the "rude and reckless plan."'
    )
    assert [s for _, s, _ in said(text)] == ["Ivo Brandt"]
