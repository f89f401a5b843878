"""Who "he" and "she" stand for when the resolver names nobody: the one person in reach.

The rules are summarize.analysis._reach; these tests go through find_quotes, as the
digest does, and pin the cases where the evidence is not clear: no speaker then.
"""

from __future__ import annotations

from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


def speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _ in said(text)]


# The speaker of the quote before -----------------------------------------------------------


def test_regression_he_added_after_a_role_speaker_had_no_speaker() -> None:
    """'"...," the mayor said.' then '"...," he added.': the mayor goes on."""
    text = (
        "The council met on Monday to vote on the tolls.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the mayor said. '
        '"Every household would pay twice."\n\n'
        '"The tolls are the fairest way to share the cost," he added.'
    )
    assert speakers(text) == ["the mayor", "the mayor", "the mayor"]


def test_a_pronoun_after_a_quote_whose_speaker_is_a_woman_stays_empty_for_he() -> None:
    """The quote before is a spokeswoman's: "he" is someone else, unnamed."""
    text = (
        "The ferry did not sail on Friday.\n\n"
        '"We will not put the crew at risk in this weather," a spokeswoman said.\n\n'
        '"The owners should have known the hull was cracked," he said.'
    )
    assert speakers(text) == ["a spokeswoman", None]


def test_a_name_between_the_quote_before_and_the_pronoun_leaves_it_empty() -> None:
    """Someone else named between the two quotes may be whom "he" stands for."""
    text = (
        "The council met on Monday.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the mayor said.\n\n'
        "The plan was drawn up by Ivo Brandt and Tomas Vey of the harbour trust.\n\n"
        '"The tolls are the fairest way to share the cost," he added.'
    )
    assert speakers(text) == ["the mayor", None]


# A role that opens the sentence before ---------------------------------------------------


def test_regression_she_after_a_role_subject_of_a_speech_verb_had_no_speaker() -> None:
    """'A nurse at the clinic said she ...' then '"...," she said.': the nurse."""
    text = (
        "Two sailors were brought ashore on Sunday.\n\n"
        "A nurse at the harbour clinic said she could not describe their injuries.\n\n"
        '"We have been working all night," she said.'
    )
    assert speakers(text) == ["a nurse at the harbour clinic"]


def test_a_role_subject_of_another_verb_is_no_speaker_for_she() -> None:
    """'A nurse treated ...' says nothing of who speaks next: no speaker."""
    text = (
        "Two sailors were brought ashore on Sunday.\n\n"
        "A nurse at the harbour clinic treated their wounds for an hour.\n\n"
        '"We have been working all night," she said.'
    )
    assert speakers(text) == [None]


def test_a_role_of_the_other_sex_is_no_speaker() -> None:
    """ "A spokesman ... said" is no one "she" stands for."""
    text = (
        "The ferry did not sail on Friday.\n\n"
        "A spokesman for the ferry company said the crew was safe.\n\n"
        '"We will not put the crew at risk in this weather," she said.'
    )
    assert speakers(text) == [None]


# One person in reach --------------------------------------------------------------------


def test_regression_he_whose_antecedent_is_an_object_had_no_speaker() -> None:
    """'... including lawyer Ivo Brandt.' then '"...," he told the Gazette.': Brandt."""
    text = (
        "In 2009, half the staff at the harbour office won the lottery. "
        "The other half got nothing, including lawyer Ivo Brandt.\n\n"
        '"The first days after it happened, my stomach hurt," he told the Gazette.'
    )
    assert said(text) == [("Ivo Brandt", "lawyer")]


def test_regression_a_role_read_back_from_a_name_ran_over_including() -> None:
    """ "including lawyer Ivo Brandt" gives "lawyer", not "including lawyer"."""
    text = (
        'The other half got nothing, including lawyer Ivo Brandt. "It hurt for days," Brandt said.'
    )
    assert said(text) == [("Brandt", "lawyer")]


def test_regression_a_role_read_back_from_a_name_ran_over_a_verb_before_its_owner() -> None:
    """ "question involves Vey's attorney Ivo Brandt" gives "Vey's attorney"."""
    text = (
        "The next question involves Vey's attorney Ivo Brandt and his claim. "
        '"The deal was never signed," Brandt said.'
    )
    assert said(text) == [("Brandt", "Vey's attorney")]


def test_two_people_in_reach_leave_the_pronoun_empty() -> None:
    """Two people the pronoun may stand for: no speaker rather than a guess."""
    text = (
        "The other half got nothing, including lawyer Ivo Brandt and clerk Tomas Vey.\n\n"
        '"The first days after it happened, my stomach hurt," he told the Gazette.'
    )
    assert speakers(text) == [None]


def test_one_person_named_with_no_sign_of_a_person_stays_empty() -> None:
    """A name with no title, role or pronoun of its own may be a place or a firm."""
    text = (
        "The ferry left Kessel Harbour on Monday and sank near Ode Point.\n\n"
        '"The first days after it happened, my stomach hurt," he told the Gazette.'
    )
    assert speakers(text) == [None]


def test_a_person_a_she_stands_for_in_reach_is_no_one_he_stands_for() -> None:
    """The one person in reach is followed by "She ...": "he" is someone else."""
    text = (
        "The other half got nothing, including clerk Ada Ode. She cried for days.\n\n"
        '"The first days after it happened, my stomach hurt," he told the Gazette.'
    )
    assert speakers(text) == [None]


def test_regression_a_quote_with_a_verb_not_read_and_a_name_went_on_with_the_one_before() -> None:
    """'"...," snapped Rep. Ivo Brandt': someone else speaks, with a verb the rules do not read."""
    text = (
        '"This is a shady bill and it will not pass," said Rep. Ada Ode.\n\n'
        '"This deal trades our ferries for a few votes," snapped Rep. Ivo Brandt, before the vote. '
        '"The lesson today is that the board can wait us out."'
    )
    assert speakers(text) == ["Ada Ode", None, None]


def test_a_verb_in_ed_before_one_word_is_no_one_set_apart() -> None:
    """'"...," snapped Ode.': one word, as the speaker before is named again; it goes on."""
    text = (
        '"This is a shady bill and it will not pass," said Rep. Ada Ode.\n\n'
        '"The tolls will be paid by the ferries," snapped Ode.'
    )
    assert speakers(text) == ["Ada Ode", "Ada Ode"]


def test_regression_a_quote_with_its_own_speaker_set_apart_went_on_with_the_one_before() -> None:
    """'"...," one sailor on the forum.' names its own speaker: not the one before."""
    text = (
        "Ferry captain Tomas Vey jumped from the deck.\n\n"
        '"Safety first," he replied.\n\n'
        '"So my friends and I thought this would be a fine thing to do over the holiday," '
        "one sailor on the harbour forum."
    )
    assert speakers(text) == ["Tomas Vey", None]
