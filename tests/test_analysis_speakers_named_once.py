"""Speakers and roles an article gives once, for quotes that name the speaker short or not at all.

Each regression pins a shape of English where the speaker or the role was missing: a
member of a parliament named with the party before the name, a relative introduced by
the family member's name in the possessive, a writer named with the outlet, a title or
role written before a name in the possessive, a capitalised role that opens a name, a
document whose words "read", a second verb of the attribution's clause, and a quote
split by a writer's attribution that names the outlet.
"""

from __future__ import annotations

import pytest

from summarize.analysis import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member of parliament named once with the party, quoted by the surname after
        (
            "Liberal MP Ada Ode introduced a bill on Wednesday.\n\n"
            '"We must change the pier law now," Ode said in a statement.',
            [("Ode", "Liberal MP")],
        ),
        (
            "The bill came from Ada Ode, the Liberal MP, on Wednesday.\n\n"
            '"We must change the pier law now," Ode said.',
            [("Ode", "Liberal MP")],
        ),
        # a family story: the father named once after his daughter's name, quoted by first name
        (
            "Ada Ode's father, Ivo Ode, ran the pier for years. Ada Ode's mother, Mia Ode,"
            " sold the tickets.\n\n"
            '"We must change it now," Ivo said. "It is time," Mia said.',
            [("Ivo", "Ada Ode's father"), ("Mia", "Ada Ode's mother")],
        ),
        # a word that opens the sentence is no part of the owner's name
        (
            "Meanwhile, Ada Ode's lawyer, Ivo Brandt, filed a motion.\n\n"
            '"We must change the pier law now," Brandt said.',
            [("Brandt", "Ada Ode's lawyer")],
        ),
        # the outlet a writer is of, given once, for the quotes that name the writer short
        (
            "Ada Ode of the Kessel Courier wrote that the pier was closing.\n\n"
            '"We must change the pier law now," Ode wrote.',
            [("Ode", "of the Kessel Courier")],
        ),
        # a title or a role before a name in the possessive
        (
            "Kessel lawmakers failed to override Gov. Ada Bel Ode's (D) veto of the pier bill.\n\n"
            'Ode said "the pier is no Kessel value, and this bill was a solution to no problem."',
            [("Ode", "Gov.")],
        ),
        (
            "The crowd gathered near host Ada Ode's dressing room before the show.\n\n"
            '"I think I am going to be asked about this for the rest of my life," Ode said.',
            [("Ode", "host")],
        ),
        # a role set off before the name after a word that opens the clause ("When")
        (
            "When the head of Kessel Search, Ada Ode, let me try the new system, I was pleased.\n\n"
            '"We are showing all the things that people look for," Ode told me.',
            [("Ode", "head of Kessel Search")],
        ),
        # a possessive with no role names no other person: "Despite Ode's plea"
        (
            "President Ada Ode came to the pier on Friday. Despite Ode's plea, the board voted.\n\n"
            '"It is going to be important for all of us to think again," Ode said.',
            [("Ode", "President")],
        ),
    ],
)
def test_a_role_given_once_is_the_role_of_a_speaker_named_short(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """The role the article gives where it names the speaker once is theirs at each quote."""
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Guitarist Ivo Brandt, 70, has spent two years in the vaults.", "Guitarist"),
        (
            "A renowned mountaineer was lost. Mountaineer Ivo Brandt said he saw the boats.",
            "Mountaineer",
        ),
        # a first name that ends as a role noun does, never written in lower case
        ("Oliver Ivo Brandt said he saw the boats on the glacier.", None),
    ],
)
def test_a_capitalised_role_that_opens_a_name_is_its_role(text: str, role: str | None) -> None:
    """A capitalised role noun before a full name is the role when it reads as one."""
    quoted = text + '\n\n"Ada made the conclusion that it was two friends of his," Brandt said.'
    assert _said(quoted) == [("Brandt", role)]


def test_a_statement_that_read_its_words_is_the_issuer_s() -> None:
    """'A statement from the board read: "..."' is the board's, as its issuer's."""
    assert _said('A statement from the harbour board read: "The pier will close this week."') == [
        ("the harbour board", None)
    ]
    text = (
        "The harbour board sent a statement to the Gazette on Monday.\n\n"
        'The statement read: "The pier will close for good this week."'
    )
    assert _said(text) == [("the harbour board", None)]
    # one who reads a letter aloud is no document that reads
    assert _said('She read the letter aloud. "The pier will close for good this week."') == [
        (None, None)
    ]


def test_a_second_verb_of_the_attribution_s_clause_keeps_its_speaker() -> None:
    """'Ode said the crew was "A" and was "B"': both quotes are Ode's."""
    text = (
        'Ada Ode said the crew was "not pushing it with the board" and was "just doing'
        ' the work we are paid for."'
    )
    assert _said(text) == [("Ada Ode", None), ("Ada Ode", None)]
    # another subject between the two quotes leaves the second to its own attribution
    text = (
        'Ada Ode said the crew was "not pushing it with the board" and the board members'
        ' "a danger to every ferry in the bay."'
    )
    assert _said(text)[1] == (None, None)


def test_a_quote_split_by_a_writer_and_the_outlet_keeps_its_speaker() -> None:
    """'"The question is," writes Ode at the Courier, "will ...?"': both parts are Ode's."""
    text = (
        '"The question is," writes Ada Ode at the Kessel Courier, "will the board ever fix'
        ' the pier before winter?"'
    )
    assert _said(text) == [("Ada Ode", None), ("Ada Ode", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle's clause set off between the subject and the speech verb
        (
            "The harbour master, speaking from the pier on Monday, said the crews have been"
            ' "watching the ferry very closely every single day."',
            "the harbour master",
        ),
        # a short term quoted inside the relative clause set off after the subject
        (
            'Ada Ode, who on Tuesday pledged "no action" on the pier, said in a statement that'
            ' the plan "will be decided by whoever wins the vote in the spring."',
            "Ada Ode",
        ),
    ],
)
def test_a_clause_set_off_after_the_subject_leaves_it_the_speaker(text: str, speaker: str) -> None:
    """A clause set off by commas after the subject does not hide it from the speech verb."""
    assert [s for s, _ in _said(text)][-1] == speaker


def test_a_statement_from_a_speaker_after_according_to_is_theirs() -> None:
    """'According to a statement from the harbour board, "..."' is the board's."""
    text = 'According to a statement from the harbour board, "It was paid for by the ferry firm."'
    assert _said(text) == [("the harbour board", None)]
    text = 'According to a statement by Ada Ode, "It was paid for by the ferry firm."'
    assert [s for s, _ in _said(text)] == ["Ada Ode"]


def test_a_quote_after_or_goes_on_with_the_speaker_before() -> None:
    """'Ode said the crew was "A" or "B"': both quotes are Ode's."""
    text = (
        'Ada Ode, the harbour master, said the crew was "a fine body of sailors" or "the best'
        ' crew on the coast at any rate."'
    )
    assert [s for s, _ in _said(text)] == ["Ada Ode", "Ada Ode"]


def test_a_speech_verb_after_but_shares_the_subject_before() -> None:
    """'Ode declined to comment but said she "..."': Ode's words."""
    text = (
        "Ada Ode declined to comment on the case but said she"
        ' "will keep working with the harbour board on every crossing."'
    )
    assert _said(text) == [("Ada Ode", None)]
    # another subject after "but" speaks for itself
    text = 'Ada Ode met the crew but Ivo Brandt said "the board will work on every crossing."'
    assert _said(text) == [("Ivo Brandt", None)]
