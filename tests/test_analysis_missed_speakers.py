"""Regression tests of quotes whose speaker the article names but that were left without one.

A snippet cut short before its speech verb, an epithet the text has explained, a
mother named on the credit line of a pull quote, a governor moved to ask, a role noun
without the usual endings of one, a stance set apart from its subject, a stated wish,
a text someone wrote, a statement after "according to", a place's region after a name.
The rules are in summarize.analysis (_attribution, _epithets, _reach, _pronouns, _stance,
_described, _set_off, _apposition, _role_words); the tests go through find_quotes, as
the digest does. Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote in the text."""
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


def test_regression_a_speaker_cut_short_before_the_verb_was_missing() -> None:
    """A teaser ends mid-attribution: the name before the comma is the speaker."""
    text = (
        "The pier fell on Friday.\n\n"
        '"I was running so fast. I just ran for my life," Ada Ode, a ferry mechanic who '
        "was at the pier during..."
    )
    assert said(text) == [("Ada Ode", "ferry mechanic")]


@pytest.mark.parametrize(
    "tail",
    [
        "Ada Ode, a ferry mechanic who was at the pier during the storm.",  # not cut short
        "Ada Ode, a ferry mechanic who was at the pier during... More on that later.",
        "and other lines, all of them short...",  # no name or phrase before a comma
    ],
)
def test_an_attribution_with_no_verb_that_is_not_cut_short_names_no_one(tail: str) -> None:
    text = f'The pier fell on Friday.\n\n"I was running so fast, I just ran for my life," {tail}'
    assert said(text) == [(None, None)]


def test_regression_an_age_epithet_cut_short_named_no_one() -> None:
    """ "the 14-year-old", the one person the paragraph before names: that person."""
    text = (
        "The harbour board banned the pupil from the ferry club.\n\n"
        "The case began with a post that Ada Ode, then a pupil in Kessel, sent to friends "
        "after the club turned her down.\n\n"
        '"Down with the pier, down with the ferry, down with all of it," the 14-year-old, '
        "angry at the..."
    )
    assert said(text) == [("Ada Ode", None)]


def test_an_age_epithet_with_two_people_in_reach_still_names_no_one() -> None:
    text = (
        "The case began with a post that Ada Ode sent to Ivo Brandt after the club "
        "turned her down.\n\n"
        '"Down with the pier, down with the ferry," the 14-year-old said.'
    )
    assert said(text) == [(None, None)]


def test_regression_an_epithet_the_text_had_explained_named_no_one() -> None:
    """ "the 40-year-old mountaineer", whom the text has called "a mountaineer from Kessel".

    The passage follows Ada Ode, though others are named between her last quote and
    the epithet: the head of the role the text gave her says who is meant (the
    role's head before "from", so the name the text gave it with: "Ada Ode").
    """
    text = (
        "Ada Ode, a mountaineer from Kessel, spoke to reporters at the harbour.\n\n"
        '"The ferry was gone by the time we got there," Ode said.\n\n'
        "Ivo Brandt and Mia Lund had been on the pier when it sank.\n\n"
        '"We did not touch a thing and left the boat where it lay," said the 40-year-old '
        "mountaineer from Brennock."
    )
    assert said(text) == [
        ("Ode", "mountaineer from Kessel"),
        ("Ada Ode", "mountaineer from Kessel"),
    ]


def test_an_epithet_whose_head_is_not_the_persons_role_still_names_no_one() -> None:
    text = (
        "Ada Ode, a sailor from Kessel, spoke to reporters at the harbour.\n\n"
        '"The ferry was gone by the time we got there," Ode said.\n\n'
        "Ivo Brandt and Mia Lund had been on the pier when it sank.\n\n"
        '"We did not touch a thing and left the boat where it lay," said the 40-year-old '
        "mountaineer from Brennock."
    )
    assert said(text)[1] == (None, None)


def test_regression_a_mother_named_on_a_pull_quotes_credit_line_was_no_ones_she() -> None:
    """The pull quote's credit line names her; the passage goes on with "She said"."""
    text = (
        "The ferry sank in May. Ada Ode told reporters she walks to the pier every day.\n\n"
        "I will wait. Every day they search, I will be there. \u2014 Ada Ode, mother of "
        "the pilot\n\n"
        "She said she still hears the horn.\n\n"
        '"Mum, are we going to be all right? Mum, are we OK?" she said.'
    )
    assert said(text) == [("Ada Ode", "mother of the pilot")]


def test_regression_a_titled_governor_moved_to_ask_was_missing() -> None:
    """ "prompting Gov. Ada Ode to ask:": the title's stop cut the object short."""
    text = 'The pier fell again, prompting Gov. Ada Ode to ask: "What is wrong with us?"'
    assert said(text) == [("Ada Ode", "Gov.")]


@pytest.mark.parametrize("role", ["ferry mechanic", "harbour medic", "paramedic"])
def test_regression_a_trade_without_a_role_nouns_ending_was_no_role(role: str) -> None:
    text = f'"The pier just went," Ada Ode, a {role} who was there, said.'
    assert said(text) == [("Ada Ode", role)]


def test_a_role_from_a_place_keeps_the_place() -> None:
    text = '"The pier just went," Ada Ode, a climber from Kessel, said.'
    assert said(text) == [("Ada Ode", "climber from Kessel")]


def test_regression_a_stance_cut_by_a_months_stop_named_no_one() -> None:
    """ "on Feb. 28 pledged": the stop of "Feb." ended the clause, leaving "28" its subject.

    A phrase of time or place between the name and the verb of stance does not hide it.
    """
    text = (
        "The ferry sailed at noon. Clearly aware of the risk, Ada Ode in her last meeting "
        'with the crew on Feb. 28 pledged her "full support and patience" to the new captain.'
    )
    assert said(text) == [("Ada Ode", None)]


@pytest.mark.parametrize(
    "between",
    [
        "in her last meeting with Ivo Brandt on Feb. 28",  # another name in the phrase
        "in a long meeting, after hours of talks,",  # a comma: no subject after it
    ],
)
def test_a_phrase_set_apart_that_names_or_says_more_gives_no_subject(between: str) -> None:
    text = (
        f"The ferry sailed at noon. Ada Ode {between} pledged her "
        '"full support and patience" to the new captain.'
    )
    assert said(text) == [(None, None)]


def test_regression_a_persons_stated_wish_named_no_one() -> None:
    """ "Ada Ode's wish to remain "..."": what she has said she wants, in her words."""
    text = (
        "The harbour board kept the visit short, in keeping with Ada Ode's wish to remain "
        '"away from the cameras" for now.'
    )
    assert said(text) == [("Ada Ode", None)]


@pytest.mark.parametrize(
    "owner",
    [
        "Acme's wish",  # one word that the text gives as no person's name
        "The board's wish",
        "Ada Ode's plan",  # a plan is no wish of hers stated
    ],
)
def test_a_wish_that_names_no_person_gives_no_speaker(owner: str) -> None:
    text = (
        f"The harbour board kept the visit short, in keeping with {owner} to remain "
        '"away from the cameras" for now.'
    )
    assert said(text) == [(None, None)]


def test_regression_words_of_an_article_a_person_wrote_named_no_one() -> None:
    """ "Ada Ode penned an essay arguing that ... "...": the words of her essay."""
    text = (
        "Ada Ode, a retired harbour master, penned an essay arguing that the pier had "
        '"lost all of its strength" over the winter.'
    )
    assert said(text) == [("Ada Ode", "retired harbour master")]


@pytest.mark.parametrize(
    "subject",
    ["The Kessel Gazette published an essay", "Ada Ode read an essay"],
)
def test_words_of_an_article_that_someone_did_not_write_name_no_one(subject: str) -> None:
    text = f'{subject} saying that the pier had "lost all of its strength" over the winter.'
    assert said(text) == [(None, None)]


@pytest.mark.parametrize(
    "attribution",
    [
        "One of the port's leading engineers, the retired Capt. Ivo Brandt, penned an essay "
        "arguing that the pier had",
        "One of the port's leading engineers, the Jesuit Rev. Ivo Brandt, wrote a letter "
        "saying that the pier had",
    ],
)
def test_regression_a_titled_name_after_the_and_its_description_was_no_subject(
    attribution: str,
) -> None:
    """ "..., the retired Capt. Ivo Brandt, penned": the name after "the", a word and a title."""
    text = f'{attribution} "lost all of its strength" over the years.'
    assert [speaker for speaker, _ in said(text)] == ["Ivo Brandt"]


def test_a_described_part_with_no_title_is_still_no_name() -> None:
    text = (
        "One of the port's leading engineers, the retired harbour master, "
        'penned an essay arguing that the pier had "lost all of its strength" over the years.'
    )
    assert said(text) == [(None, None)]


def test_regression_a_quoted_title_after_an_aside_had_the_title_as_its_speaker() -> None:
    """ "The other title _ ... _ was that of "..."": a title named, no statement, no speaker."""
    text = (
        "The ferry board met. The other title _ which board members had said would likely "
        'be chosen _ was that of "honorary master of the Kessel pier," since masters '
        "routinely retire."
    )
    assert said(text) == []


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("a statement from the Kessel Harbour Board.", "the Kessel Harbour Board"),
        ("a Saturday press release from the Kessel Harbour Board, which named the crew.",
         "the Kessel Harbour Board"),
        ("a statement from the Kessel Harbour Board on Tuesday.", "the Kessel Harbour Board"),
        ("a statement by Ada Ode, the harbour master.", "Ada Ode"),
        ("a statement from Kessel 7th Fleet.", "Kessel 7th Fleet"),  # the name read in full
    ],
)  # fmt: skip
def test_regression_a_statement_from_someone_after_according_to_was_nobodys(
    source: str, speaker: str
) -> None:
    """ "according to a statement from X": X's words, as "a statement from X said" are."""
    text = f'The pier fell.\n\n"The ferry is lost and the crew are safe," according to {source}'
    assert [who for who, _ in said(text)] == [speaker]


@pytest.mark.parametrize(
    "source",
    [
        "a report from the Kessel Gazette.",  # a paper reports others' words
        "a statement from Tuesday.",
        "a statement.",
    ],
)
def test_a_text_after_according_to_names_no_one_else(source: str) -> None:
    text = f'The pier fell.\n\n"The ferry is lost and the crew are safe," according to {source}'
    assert said(text) == [(None, None)]


@pytest.mark.parametrize(
    "attribution",
    [
        "Ada Ode of Kessel, Brennock, tweeted after speaking with her grandson by phone.",
        "Ada Ode of Kessel, New Brennock, said.",
        "Ada Ode of Kessel, Brennock, a ferry pilot, said.",
    ],
)
def test_regression_a_name_of_a_place_and_its_region_was_no_speaker(attribution: str) -> None:
    """ "Ada Ode of Kessel, Brennock, said": the region set off by commas hid the name."""
    text = (
        f'The ferry reached the pier.\n\n"He is fine. Thank you all for the prayers," {attribution}'
    )
    assert [speaker for speaker, _ in said(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    "attribution",
    [
        "Ada Ode of Kessel, Ivo Brandt, said.",  # two people
        "Ada Ode of Kessel, Brennock, Ivo Brandt and Mia Lund said.",  # a list
    ],
)
def test_a_name_after_a_place_is_no_region(attribution: str) -> None:
    text = (
        f'The ferry reached the pier.\n\n"He is fine. Thank you all for the prayers," {attribution}'
    )
    assert said(text) == [(None, None)]


def test_words_someone_described_a_person_by_stay_theirs_after_according_to() -> None:
    """The family's words, relayed by a statement from the port: not the port's."""
    text = (
        "The ferry reached the pier.\n\nHer family described her as "
        '"smart, clever and kind," according to a statement from the Kessel Harbour Board.'
    )
    assert [speaker for speaker, _ in said(text)] != ["the Kessel Harbour Board"]


@pytest.mark.parametrize(
    "before",
    [
        # the paragraph before is about the speaker, by name and then by "she"
        "Ada Ode, the skipper's daughter, knew something was wrong when the ferry was late. "
        "She was sure her father was in danger.",
        # only its last sentence is about her
        "The ferry was late again. Ada Ode was not happy with the harbour board.",
    ],
)
def test_regression_a_quote_alone_in_its_paragraph_after_one_about_its_speaker_was_missing(
    before: str,
) -> None:
    """A first-person quote alone in its paragraph: whom the paragraph before is about."""
    text = (
        f"The pier closed on Friday.\n\n{before}\n\n"
        '"I am certain my father had no part in it, because he would never hurt anyone."'
    )
    assert [speaker for speaker, _ in said(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    "text",
    [
        # in the third person: words about her, maybe from anyone
        'Ada Ode was arrested on Monday.\n\n"She was a danger to everyone on the pier."',
        # the sentence before is about someone else than the one it names
        'Police arrested Ada Ode on Monday.\n\n"I was afraid for my life on that pier."',
        # a heading before the quote, no sentence about anyone
        'Ada Ode wrote to him.\n\nRELATED Judge in ferry case named\n\n"I do not want to be '
        'punished for the pier."',
        # the quote shares its paragraph with its own attribution
        'Ada Ode was arrested on Monday.\n\n"I was afraid for my life," a neighbour said.',
    ],
)
def test_a_quote_alone_after_a_paragraph_names_no_one_it_is_not_about(text: str) -> None:
    assert said(text)[0][0] in (None, "a neighbour")


def test_regression_a_judge_who_ruled_after_the_quote_was_missing() -> None:
    """ "ruled" after a quote is a judge's words given, as "wrote" in an opinion is."""
    text = (
        "The harbour board lost its case.\n\n"
        '"The order must be set aside. The pier stays open," Harbour Court Judge Ada Ode '
        "ruled on Wednesday."
    )
    assert [speaker for speaker, _ in said(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry case went on.\n\nThe indictment alleges Ivo Brandt called the skipper in "
            'April and said the case "had become far more complicated" and that he wanted to meet.',
            "Ivo Brandt",
        ),
        (
            "Ada Ode said that Ivo Brandt met the skipper and said the pier "
            '"would never reopen after the storm" on Monday.',
            "Ivo Brandt",
        ),
        (
            'Ada Ode met the skipper and said the pier "would never reopen after the storm" on '
            "Monday.",
            "Ada Ode",
        ),
        (  # a speech verb in a clause set off before the subject: that subject still
            "When Ivo Brandt asked Ada Ode what she wants her legacy to be, Ode shook her "
            'head and said, "I have a ton of ideas to put on the ferry about people."',
            "Ode",
        ),
    ],
)
def test_regression_a_speech_verb_that_reports_a_clause_hid_its_subject(
    text: str, speaker: str
) -> None:
    """ "The suit alleges X met them and said "..."": X said it, not the suit (nor no one)."""
    assert [who for who, _ in said(text)] == [speaker]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Ada Ode and Ivo Brandt run the ferry.", "Ada Ode and Ivo Brandt"),
        ("Ada and Ivo Brandt run the ferry.", "Ada and Ivo Brandt"),
        # places, not people; or the pair is not the sentence's subject
        ("Kessel and Brennock Harbour run the ferry.", None),
        ("Ada Ode and Ivo Brandt run the ferry. Their crews went on strike.", None),
    ],
)
def test_regression_they_for_two_people_named_just_before_gave_no_speaker(
    before: str, speaker: str | None
) -> None:
    """ "they" after a sentence that two named people open as its subject: the two."""
    text = f'{before}\n\n"We will not give up the pier," they said.'
    assert [who for who, _ in said(text)] == [speaker]
