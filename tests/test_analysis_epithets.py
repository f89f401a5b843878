"""Speakers named by an epithet ("the Ohio Democrat said"): the person it stands for, or nobody.

The rules are summarize.analysis._epithets; the tests go through find_quotes, as the
digest does. An epithet is never shown as if it were a name.
"""

from __future__ import annotations

import pytest

from summarize.analysis import _epithets
from summarize.analysis._epithets import is_epithet
from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


def speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _ in said(text)]


@pytest.mark.parametrize(
    "phrase",
    [
        "the 45-year-old",
        "the 45-year-old ferry pilot",
        "the Ohio Democrat",
        "the North Dakota Republican",
        "the Democrat from Ohio",
        "the German",
        "the Frenchwoman",
        "the actress",
        "the best actor nominee",
        "the two-time best actor award nominee",  # five words
        "the war criminal",
        "the mom of two",
        "The singer",
    ],
)
def test_an_epithet_is_read_as_one(phrase: str) -> None:
    assert is_epithet(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the spokesman",  # a role of office: Mentions.named reads it
        "the lawyer",
        "the man",  # often someone never named
        "the woman",
        "the Guardian",  # a paper, not a nationality
        "the Ohio Democratic Party",
        "the Republican Party",
        "the German embassy",
        "the acting director for the agency",  # what a role is of
        "the singer's manager",  # someone else's
        "the actress\u2019s mother",
        "the 45-year-old's lawyer",
        "the Ohio Democrat's office",
        "the very famous and much loved singer",  # more than five words
        "German",  # no "the"
        "a German",
        "the",
        "the of two",
        "the of singer",  # nothing before "of"
        "the singer for the band",  # what a role is of
        "the little-known Ohio Democrat",
        "the Ohio singer",
    ],
)
def test_other_phrases_are_no_epithets(phrase: str) -> None:
    assert not is_epithet(phrase)


def test_regression_a_party_epithet_was_shown_as_the_speaker() -> None:
    """'the Ohio Democrat said' after "Sen. Ada Ode said": Ada Ode, with her title as role."""
    text = (
        "Sen. Ada Ode said on Sunday that the bridge bill would pass.\n\n"
        '"We have the votes and we will use them this week," the Ohio Democrat said.'
    )
    assert said(text) == [("Ada Ode", "Sen.")]


def test_regression_a_nationality_epithet_was_shown_as_the_speaker() -> None:
    text = (
        "Ivo Brandt wrote the letter from his cell in 1961.\n\n"
        '"I only ever followed the orders I was given," the German wrote.'
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_regression_an_age_epithet_was_shown_as_the_speaker() -> None:
    """The speaker of the quote before, in the paragraph before: the 45-year-old."""
    text = (
        '"The tide came in faster than anyone expected," said harbour pilot Ada Ode.\n\n'
        '"We lost two boats before the sun was up," the 45-year-old said.'
    )
    assert speakers(text) == ["Ada Ode", "Ada Ode"]


def test_a_quote_that_goes_on_after_an_epithet_keeps_the_person() -> None:
    text = (
        "Sen. Ada Ode said on Sunday that the bridge bill would pass.\n\n"
        '"We have the votes and we will use them," the Ohio Democrat said. '
        '"The tolls will go the week after."'
    )
    assert speakers(text) == ["Ada Ode", "Ada Ode"]


def test_an_epithet_with_no_one_named_gives_no_speaker() -> None:
    text = (
        "The council met on Monday to vote on the tolls.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the Ohio Democrat said.'
    )
    assert speakers(text) == [None]


def test_an_epithet_with_two_people_in_reach_gives_no_speaker() -> None:
    text = (
        "Ada Ode and Ivo Brandt argued about the tolls for an hour.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the 45-year-old said.'
    )
    assert speakers(text) == [None]


def test_an_epithet_of_the_other_sex_gives_no_speaker() -> None:
    """"the actress" for a man the text calls "he": nobody."""
    text = (
        "Ivo Brandt said he would not return to the stage. He said he was tired.\n\n"
        '"I have played my last part and I am glad of it," the actress said.'
    )
    assert speakers(text) == [None]


def test_an_epithet_for_a_man_is_not_read_as_a_woman() -> None:
    """"the actor" for a woman the text calls "she": nobody."""
    text = (
        "Ada Brandt said she would not return to the stage. She said she was tired.\n\n"
        '"I have played my last part and I am glad of it," the actor said.'
    )
    assert speakers(text) == [None]


def test_an_epithet_of_the_same_sex_is_read() -> None:
    text = (
        "Ada Brandt said she would not return to the stage. She said she was tired.\n\n"
        '"I have played my last part and I am glad of it," the actress said.'
    )
    assert speakers(text) == ["Ada Brandt"]


def test_an_epithet_whose_head_an_unnamed_person_has_gives_no_speaker() -> None:
    """'a farmer ... the farmer said': someone the text does not name, not Ada Ode."""
    text = (
        "Sen. Ada Ode visited the valley with a farmer on Monday.\n\n"
        '"We will not have a harvest this year or the next," the farmer said.'
    )
    assert speakers(text) == [None]
    text = text.replace("with a farmer", "with the mayor")  # no farmer: the one person
    assert speakers(text) == ["Ada Ode"]
    text = text.replace("with the mayor", "with farmer Ivo Brandt")
    assert speakers(text) == ["Ivo Brandt"]  # the farmer the text names


def test_a_party_epithet_after_a_party_word_with_a_capital_is_still_read() -> None:
    """"a Republican Congress" is no unnamed Republican: the guard reads lower-case heads."""
    text = (
        "A Republican Congress would act. Sen. Ada Ode said so on Sunday.\n\n"
        '"We have the votes and we will use them this week," the Ohio Republican said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_an_epithet_the_resolver_follows_too_far_gives_no_speaker() -> None:
    """Ada Ode is no subject of the sentence before, and others are named between."""
    text = (
        "Ada Ode spoke first. The plan was drawn up by Tomas Vey and Ivo Brandt of the trust."
        " The vote was put off to Friday.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the 45-year-old said.'
    )
    assert speakers(text) == [None]


def test_an_epithet_a_man_and_a_woman_may_stand_for_gives_no_speaker() -> None:
    """"he" would be Ivo Brandt, "she" Ada Ode: "the 45-year-old" is either."""
    text = (
        "Ivo Brandt and Ada Ode spoke. He said he would go and she said she would stay.\n\n"
        '"We cannot pay for the bridge out of the rates alone," the 45-year-old said.'
    )
    assert speakers(text) == [None]


def test_the_subject_of_the_sentence_before_is_read_though_others_are_named() -> None:
    """Ivo Brandt is named too, so no one person is in reach; Ada Ode is the subject."""
    text = (
        "Sen. Ada Ode spoke for an hour on Sunday after a speech by Ivo Brandt.\n\n"
        '"We have the votes and we will use them this week," the Ohio Democrat said.'
    )
    assert speakers(text) == ["Ada Ode"]


class _Resolver:
    """A resolver that names one person for "he" and another for "she"."""

    text = "Ivo Brandt and Ada Ode spoke. They left."

    def __init__(self, he: str | None, she: str | None) -> None:
        self.answers = {"he": he, "she": she}

    def resolve(self, said: object, sentence: int, pronoun: str = "") -> str | None:
        return self.answers[pronoun]

    def opening(self, k: int) -> str | None:
        return "Ivo Brandt" if k == 0 else None


def test_an_epithet_he_and_she_read_as_two_people_gives_no_speaker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_epithets, "in_reach", lambda *args, **kwargs: None)
    two = _Resolver("Ivo Brandt", "Ada Ode")
    one = _Resolver("Ivo Brandt", None)
    assert _epithets.by_epithet(two, [], 1, "the 45-year-old", 40) is None  # type: ignore[arg-type]
    assert _epithets.by_epithet(one, [], 1, "the 45-year-old", 40) == "Ivo Brandt"  # type: ignore[arg-type]
    assert _epithets.by_epithet(one, [], 1, "the firm's aide", 40) is None  # type: ignore[arg-type]
