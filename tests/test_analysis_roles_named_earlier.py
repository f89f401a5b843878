"""Roles an article gives a speaker where it first names them, for a quote that names them short.

Each regression pins a shape of English where the role was missing or wrong: a title
before a full name then the surname at the quote, a title in the plural before a list,
"one of" the holders of a role, a long title of office written out, a role that took
the speaker's place, a role that only names a relation to another holder.
"""

from __future__ import annotations

import pytest

from summarize.analysis import find_quotes
from summarize.analysis._apposition import apposed_role
from summarize.analysis._mentions import Mentions
from summarize.analysis._people import affiliation_apart
from summarize.analysis._titles import title_apart
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # "Professor Ode" later in the article is the professor named in full
        (
            "The pier was rebuilt, according to Professor Ada Ode, who drew it. "
            "Professor Ode said the work took a year.",
            "Ode",
            "Professor",
        ),
        # a name that opens with no given name ("Long-time Ode allies") is nobody else
        (
            "The ferry firm is close to Kessel Mayor Ada Ode. Long-time Ode allies left the board.",
            "Ode",
            "Kessel Mayor",
        ),
        # one person spelled two ways, with one title both times
        (
            "Kessel Mayor Ivo Brandt met the crews. Later, Kessel Mayor Ivan Brandt spoke.",
            "Brandt",
            "Kessel Mayor",
        ),
        # a title in the plural before a list of names: each of them holds it
        (
            "The ban covers Sens. Ada Ode, Ivo Brandt and Mara Quell, the ministry said.",
            "Brandt",
            "Sen.",
        ),
        (
            "The ban covers Sens. Ada Ode, Ivo Brandt and Mara Quell, the ministry said.",
            "Quell",
            "Sen.",
        ),
        # a title of office written out with "and", then the name in the same run of capitals
        (
            "Kessel's Minister for Ports and Ferry Services Ada Ode spoke. Later Ode said more.",
            "Ode",
            "Kessel's Minister for Ports and Ferry Services",
        ),
        (
            "The Minister for the Environment and Harbour Affairs Ivo B. Brandt came to the pier.",
            "Brandt",
            "Minister for the Environment and Harbour Affairs",
        ),
        # "one of" and the holders of a role, set off after the name
        (
            "Ivo Brandt, one of the architects involved with the pier, says it will last.",
            "Brandt",
            "one of the architects involved with the pier",
        ),
    ],
)
def test_regression_a_role_given_where_the_article_first_names_the_speaker_was_missing(
    text: str, speaker: str, role: str | None
) -> None:
    """The role given at a fuller name is the role of the speaker a surname names."""
    assert Mentions(text).role(speaker) == role


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two people share the surname, with different roles: no role
        (
            "Harbour Master Ada Ode met Ferry Captain Ivo Ode on the pier. They argued.",
            "Ode",
        ),
        # one of them has no role: none
        ("Harbour Master Ada Ode met Ivo Ode on the pier. They argued.", "Ode"),
        # "one of" the people a phrase without a role names, or before a relative clause
        ("Ivo Brandt, one of the men on the pier, says it will last.", "Brandt"),
        ("Ivo Brandt, one of the captains who saw it, says it will last.", "Brandt"),
        # "and" between two names, or after a body that is no office
        ("He met Ada Ode and Ivo Brandt on the pier.", "Brandt"),
        ("The Board of Ports and Ferry Lines Ivo Brandt met on Monday.", "Brandt"),
        # a relation to the one who held the office before or after: no role of theirs
        ("The ferry was blessed by his predecessor Ivo Brandt on Monday.", "Brandt"),
    ],
)
def test_no_role_from_a_namesake_a_relative_clause_or_a_relation(text: str, speaker: str) -> None:
    """Prefer no role to a wrong one."""
    assert Mentions(text).role(speaker) is None


def test_regression_the_role_before_the_full_name_reaches_the_quote_that_names_the_surname() -> (
    None
):
    """'"...," Brandt said.' takes the title the article gave "Ivo Brandt" before."""
    text = (
        "The ferry line is close to Kessel Mayor Ivo Brandt, some say. "
        'The crews asked for more. "We value your work," Brandt said, before the talks.'
    )
    assert _said(text) == [("Brandt", "Kessel Mayor")]


def test_regression_a_role_with_an_owner_took_the_place_of_the_name_after_it() -> None:
    """'"...," said Kessel's CEO, Ada Ode.' is said by Ada Ode, the CEO of Kessel."""
    text = '"We are glad the ferry runs again," said Kessel\'s CEO, Ada Ode.'
    assert _said(text) == [("Ada Ode", "Kessel's CEO")]


def test_regression_a_title_of_office_written_out_was_cut_at_its_and() -> None:
    """A long title in capitals, past its "and", is read whole to the body it is of."""
    text = (
        "said Ivo Brandt, Deputy Director for the Upper Harbour and North Pier Programme "
        "at Kessel Ferries."
    )
    assert apposed_role(text, text.index(",")) == (
        "Deputy Director for the Upper Harbour and North Pier Programme at Kessel Ferries"
    )


@pytest.mark.parametrize(
    ("speaker", "apart"),
    [
        ("Professor Ada Ode", ("Ada Ode", "Professor")),
        ("Acting Harbour Chief Ada Ode", ("Ada Ode", "Acting Harbour Chief")),
        ("Distinguished Professor Ada Ode", ("Ada Ode", "Distinguished Professor")),
        ("Smiling Mayor Ada Ode", ("Ada Ode", "Mayor")),
    ],
)
def test_regression_a_professor_or_a_participle_of_the_title_stayed_in_the_name(
    speaker: str, apart: tuple[str, str]
) -> None:
    """ "Professor" is a title of office; "Acting" describes the title, "Smiling" the moment."""
    assert title_apart(speaker, None) == apart


def test_regression_a_role_to_a_body_had_no_head() -> None:
    """ "a delegate to the Harbour Board" is a delegate, as "a spokeswoman for the port" is."""
    text = "Ivo Brandt, a non-voting delegate to the Harbour Board from the Kessel Islands, said"
    assert apposed_role(text, text.index(",")) == (
        "non-voting delegate to the Harbour Board from the Kessel Islands"
    )


def test_regression_an_office_the_sentence_before_opens_with_was_missing() -> None:
    """ "Kessel's Harbour Master was quick to ..." then '"...," Ada Ode told' gives the office."""
    text = (
        "The pier reopened on Monday. Kessel's Harbour Master was quick to praise the crews."
        '\n\n"This is a proud day," Ada Ode told the Gazette.'
    )
    assert Mentions(text).role("Ada Ode") == "Kessel's Harbour Master"
    assert _said(text) == [("Ada Ode", "Kessel's Harbour Master")]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names a person: the office may be theirs
        "The pier reopened. Kessel's Harbour Master told Ivo Brandt to close it."
        '\n\n"It is a shame," Ada Ode said.',
        # the speaker was named before: the article gave no role then
        'Ada Ode came. Kessel\'s Harbour Master closed it. "It is a shame," Ada Ode said.',
        # no office opens the sentence before
        'The pier reopened. Kessel\'s ferry was late. "It is a shame," Ada Ode said.',
        # the sentence before quotes words: they may be the office holder's
        'Kessel\'s Harbour Master called it "a shame". "We lost a day," Ada Ode said.',
    ],
)
def test_no_office_from_the_sentence_before_a_name_given_before_or_after_another(
    text: str,
) -> None:
    """The office before a name is its role only where nothing else can hold it."""
    assert Mentions(text).role("Ada Ode") is None


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Moderate Democratic Sen. Ada Ode of Kessel", "Moderate Democratic Sen."),
        ("Veteran Republican Rep. Ada Ode of Kessel", "Veteran Republican Rep."),
        ("Lead counsel Ada Ode of Kessel Harbour Law", "Lead counsel"),
    ],
)
def test_regression_a_name_before_its_place_gave_a_later_surname_no_role(
    opening: str, role: str
) -> None:
    """'Sen. Ada Ode of Kessel' then 'Ode told reporters': "of Kessel" counted as the name's
    last word, so "Ode" matched no one; and a role noun opening the run ("Veteran") hid the
    title of office after it."""
    text = (
        f"{opening} said on Thursday that the pier budget was too high.\n\n"
        "\u201cI am willing to come down to half of it,\u201d Ode told reporters."
    )
    assert _said(text)[-1] == ("Ode", role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a relative named in full once shares the surname the principal is called by
        (
            'Judge Ivo Brandt was on the list.\n\n"I am honored," Brandt said.\n\n'
            "His mother, Ada Lin Brandt, ran the ferry agency for years.",
            "Brandt",
            "Judge",
        ),
        # a word before the name that the text also writes in lower case opens no name
        (
            "Could Brandt win the vote? Mayor Ivo Brandt thinks he could.\n\n"
            '"I am ready," Brandt said.',
            "Brandt",
            "Mayor",
        ),
        # a caption's word glued to the title: the title the text gives most often
        (
            "Watching President Ivo Brandt open the pier was a joy. Could Brandt stay? "
            "Surely he could. President Brandt waved.",
            "Brandt",
            "President",
        ),
        # a picture credit glued before the caption's role is no part of it
        (
            "Buy Photo Kessel port official Ivo Brandt checks the pier. Kessel Harbour "
            'Supervisor Ivo Brandt said so.\n\n"We test the water," Brandt said.',
            "Brandt",
            "Kessel port official",
        ),
    ],
)
def test_regression_a_role_was_missing_where_a_relative_or_a_glued_word_shared_the_name(
    text: str, speaker: str, role: str
) -> None:
    """Fuller names that are a relative's, or no name, leave the principal's role."""
    assert Mentions(text).role(speaker) == role


@pytest.mark.parametrize(
    "text",
    [
        # the text tells two of the family apart by age: either may be "Brandt"
        "Mayor Ivo Brandt spoke. His son, Ada Lin Brandt, wrote too. The younger Brandt "
        "posts often.",
        # two roles given as often: no telling which is the one
        "Harbour Master Ivo Brandt met Ferry Captain Ada Brandt on the pier, and his "
        "sister, Mara Brandt, watched.",
    ],
)
def test_no_role_where_relatives_are_told_apart_or_two_roles_tie(text: str) -> None:
    """Prefer no role to a relative's or a namesake's."""
    assert Mentions(text).role("Brandt") is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a fellow of an institute is a role
        (
            '"It was probably a mistake," said Ivo Brandt, senior fellow of the Harbour '
            "Archive, a research institute.",
            [("Ivo Brandt", "senior fellow of the Harbour Archive")],
        ),
        # a participle's clause after the role's head says more of the person
        (
            "Brandt, a ferry captain recruited by the port, said the stories "
            '"were known by those of us who worked there."',
            [("Brandt", "ferry captain")],
        ),
        (
            '"The ferries were late," said Brandt, a lawyer based in Kessel.',
            [("Brandt", "lawyer")],
        ),
        # a role that opens the clause of the surname alone, set off by a comma
        (
            "Ivo Brandt, 75, of Kessel worked on the ferry.\n\n"
            '"There is not much new here," said Brandt, who worked on the pier.\n\n'
            "A harbour contractor, Brandt arrived at the pier in 1968.",
            [("Brandt", "harbour contractor")],
        ),
    ],
)
def test_regression_a_role_given_as_a_fellow_before_a_participle_or_fronted_was_missing(
    text: str, said: list[tuple[str, str]]
) -> None:
    """A fellow, a role before a participle's clause, a role fronted before the surname."""
    assert _said(text) == said


def test_no_role_from_a_clause_of_its_own_after_a_name() -> None:
    """ "Ode, his wife appeared to be ..." is a clause, not an apposition of Ode."""
    text = 'According to Ode, his wife appeared to be aware of it. "We knew," Ode said.'
    assert _said(text) == [("Ode", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the role phrase runs on with where the person is from: its head is "governor"
        'Kessel Gov. Ivo Brandt opened his campaign on Monday. In an ad titled "Brandt for'
        ' Kessel," the Republican governor from Kessel said he hopes to "make our harbour'
        ' great again for all of us."',
        # the title's abbreviation, given where the article first names him, is "the
        # governor" where it names him again without it
        "Kessel Gov. Ivo Brandt opened his campaign on Monday. "
        + " ".join(["The pier reopened on Monday after a closure of many weeks."] * 30)
        + ' Ivo Brandt met voters at the pier. The governor said: "We will make our harbour'
        ' great again."',
    ],
)
def test_regression_a_governor_named_by_his_title_was_a_phrase_not_a_person(text: str) -> None:
    """'the Republican governor from Kessel said' after "Kessel Gov. Ivo Brandt".

    The head of the role phrase was read as "Kessel" (the place after "from"), and a
    title's abbreviation ("Gov.") was no head of "the governor": the speaker stayed the
    phrase.
    """
    assert _said(text)[-1] == ("Ivo Brandt", "Kessel Gov.")


def test_a_role_that_names_the_place_keeps_it_once() -> None:
    """ "Ada Ode of Kessel", whose role says she is from Kessel: the place is written once."""
    assert affiliation_apart("Ada Ode of Kessel", "diver from Kessel") == (
        "Ada Ode",
        "diver from Kessel",
    )
    assert affiliation_apart("Ada Ode of Kessel", "diver") == ("Ada Ode", "diver, of Kessel")
