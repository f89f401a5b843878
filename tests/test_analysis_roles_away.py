"""Roles and speakers an article gives away from the quote, and the look-alikes that are none.

Each regression pins a shape readers of the digests found missing: a role given once in
an apposition after the family name alone, far from the quote ("Ode, a former harbour
board chairman, is ..."). The look-alike prose beside each (a title the text gives, two
people of one family, a list) must keep the answer it had. The tests go through
find_quotes, as the digest does. Sentences written for the tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis import find_quotes
from summarize.analysis._roles_before import (
    alone_after_comma,
    alone_before_comma,
    family_apposed,
    written_alone,
)
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote in the text."""
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the apposition after the family name comes after the quote
        (
            "The ferry pier closed on Monday.\n\n"
            '"It is an outrage," Ada Ode told the Gazette.\n\n'
            "Ode, a former harbour board chairman, is a critic of the port.",
            [("Ada Ode", "former harbour board chairman")],
        ),
        # before it, in another paragraph, and the quote gives the family name alone
        (
            "Ivo Brandt, 47, was at the pier.\n\n"
            "Brandt, a retired ferry captain, has sailed for years.\n\n"
            "Crowds came to the quay at noon.\n\n"
            '"We waited too long," Brandt said.',
            [("Brandt", "retired ferry captain")],
        ),
        # the speaker's full name at the quote, the role at another quote's family name
        (
            '"The crossing is unsafe," said Ada Ode.\n\n'
            "The board met later.\n\n"
            '"Nobody listens," said Ode, a retired ferry captain.',
            [("Ada Ode", "retired ferry captain"), ("Ode", "retired ferry captain")],
        ),
    ],
)
def test_regression_a_role_after_the_family_name_alone_was_not_read(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Ode, a former harbour board chairman," is the role of the Ada Ode quoted elsewhere."""
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title the text gives is her role, not the apposition further on
        (
            'Sen. Ada Ode spoke at the pier. "It is an outrage," Ode said.\n\n'
            "Ode, a former harbour board chairman, is a critic of the port.",
            [("Ode", "Sen.")],
        ),
        # a role before the name in full, where the text names him, comes first
        (
            "Former Harbour Master Ivo Brandt says the port has changed.\n\n"
            '"I doubt it," he said.\n\n'
            "Brandt, a veteran of the ferries from Kessel, said he believes it.",
            [("Ivo Brandt", "Former Harbour Master")],
        ),
        # two people of the family: the family name alone may be either
        (
            "Ada Ode and Ivo Ode ran the ferry.\n\n"
            '"It is an outrage," Ada Ode said.\n\n'
            "Ode, a former harbour board chairman, left early.",
            [("Ada Ode", None)],
        ),
        # a list: the apposition after "and" may be of both
        (
            '"It is an outrage," Ada Ode said.\n\n'
            "Brandt and Ode, the two pier wardens, left early.",
            [("Ada Ode", None)],
        ),
        # another name that ends in the family name is another person
        (
            '"It is an outrage," Ada Ode said.\n\nLater Mara Ode, the harbour master, left early.',
            [("Ada Ode", None)],
        ),
        # an age or a clause after the name is no role
        (
            '"It is an outrage," Ada Ode said.\n\nOde, 52, who runs the kiosk, left early.',
            [("Ada Ode", None)],
        ),
    ],
)
def test_a_family_name_alone_gives_no_role_where_it_may_be_another(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A title given, two of one family, a list, another name, an age: the role stays as it was."""
    assert _said(text) == expected


def test_family_apposed_reads_the_first_apposition_of_the_name_alone() -> None:
    """The first apposition after the word alone counts; one after a longer name does not."""
    text = "Ivo Ode, the pier warden, left. Ode, the harbour master, stayed. Ode, a pilot, slept."
    assert family_apposed(text, "Ode") == "harbour master"
    assert family_apposed("Ode's wife, a pilot, slept.", "Ode") is None
    assert family_apposed("The ode, a poem, was read.", "ode") is None


# Pieces around a family name: what may stand before it or after it, in any order.
_PIECES = ["Ode", "Odes", "ode", "Ode,", ", ", ",\t", ",", " ", "\t", "\n", ".", "'", "\u2019"]
_PIECES += ["-", "_", "a", "1", "\u00b2", "\u00e9", "St.", "O'", "Ivo ", "and "]


#: Each finder by ``str.find``, with the pattern (around the word) whose places it gives.
_FINDERS = [
    (alone_before_comma, r"(?<![\w.'\u2019-])", r"(?=,[ \t])"),
    (alone_after_comma, r"(?<=,[ \t])", r"(?![\w'\u2019-])"),
]


@pytest.mark.parametrize(("finder", "before", "after"), _FINDERS)
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["Ode", "O", "Odé"]))
def test_a_name_found_by_str_find_is_where_the_pattern_finds_it(
    finder: Callable[[str, str], Iterator[int]],
    before: str,
    after: str,
    pieces: list[str],
    word: str,
) -> None:
    """The places found by ``str.find`` are those of the pattern it stands for, in order."""
    text = "".join(pieces)
    pattern = re.compile(before + re.escape(word) + after)
    assert list(finder(text, word)) == [m.start() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["Ode", "O", "Odé", "ode"]))
def test_a_word_written_alone_found_by_str_find_is_where_the_pattern_finds_it(
    pieces: list[str], word: str
) -> None:
    """``written_alone`` answers as the pattern it stands for (compiled for each word) does."""
    text = "".join(pieces)
    pattern = re.compile(r"(?<![\w'\u2019-])" + re.escape(word) + r"(?![\w'\u2019-])")
    assert written_alone(text, word) is (pattern.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the kind before the name
        (
            "The ferry company Kessel Lines cut its winter trips.\n\n"
            '"We regret it," the company said in a statement.',
            "Kessel Lines",
        ),
        # the kind in an apposition after the name
        (
            "Brennock Ferries, a small ferry company, cut its winter trips.\n\n"
            '"We regret it," the company said.',
            "Brennock Ferries",
        ),
        # a name whose own last word says the kind, and the owner's document
        (
            "The lone storm warning was for the coast of Kessel. The National Harbour Service "
            "predicts high winds.\n\n"
            '"Strong winds will cause drifting," the agency\'s forecast said.',
            "the National Harbour Service",
        ),
        # a name whose first word says the kind
        (
            "In a statement, the Department of Ports said the pier would close.\n\n"
            '"We act now," the Department said.',
            "the Department of Ports",
        ),
    ],
)
def test_regression_a_body_named_by_its_kind_was_left_as_the_kind(text: str, speaker: str) -> None:
    """ "the company said" after "the ferry company Kessel Lines" is Kessel Lines."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two bodies of the kind: either may be meant
        (
            "The ferry company Kessel Lines and the ferry company Brennock Ferries cut trips.\n\n"
            '"We regret it," the company said.',
            "the company",
        ),
        # another body named after the one of the kind, nearer the quote
        (
            "The Harbour Safety Service warned of storms. The Kessel Ferry Fund, known as KFF, "
            "said it regretted the move.\n\n"
            '"We refute it," the agency said.',
            "the agency",
        ),
        # no body of the kind named: the capitalised words before are no name of one
        (
            'Kessel Lines cut its winter trips.\n\n"We regret it," the company said.',
            "the company",
        ),
        # a day after the kind names no body
        (
            'Crews waited at the pier. "We regret it," said the company. The company Tuesday '
            'denied it. "No," the company said.',
            "the company",
        ),
        # a kind that names no body ("the pier")
        (
            'The Kessel Pier Trust owns the pier.\n\n"It will hold," the pier said.',
            "the pier",
        ),
    ],
)
def test_a_body_named_by_its_kind_stays_so_where_the_text_names_none_or_two(
    text: str, speaker: str
) -> None:
    """Two bodies of the kind, another body nearer, none named: the kind stays the speaker."""
    assert {s for s, _ in _said(text)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time before the speech verb, after a title, is no speaker
        (
            'The ferry line\'s campaign "Sail On" last year said "we will end late sailings" '
            "and more.",
            None,
        ),
        # a time after the speaker is no part of it
        ('"We regret it," said the company Tuesday.', "the company"),
        (
            'Brennock Ferries last year said "we will end late sailings" and more.',
            "Brennock Ferries",
        ),
    ],
)
def test_regression_a_time_was_given_as_the_speaker(text: str, speaker: str | None) -> None:
    """ "last year said" names nobody; "the company Tuesday" is the company."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We regret it," said Ada Ode on Tuesday.',
        '"We regret it," Ada Ode said last week.',
    ],
)
def test_a_time_after_a_named_speaker_leaves_the_speaker(text: str) -> None:
    """The speaker named beside a time stays the speaker."""
    assert [s for s, _ in _said(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Harbour Master Ada Ode presided over the vote, and said it was "a very good day" '
            "for the pier.",
            [("Ada Ode", "Harbour Master")],
        ),
        (
            'Ada Ode met the crews on Monday, and then told reporters: "We will sail today."',
            [("Ada Ode", None)],
        ),
        # a relative clause set off after the name is read past
        (
            'Ada Ode, who runs the pier, met the crews, and said it was "a very good day" here.',
            [("Ada Ode", None)],
        ),
        (
            "President Ivo Brandt spoke in Kessel.\n\nBrandt, who was walking away after saying "
            "he was committed to the pier, whirled round at his questioner and said, "
            '"I am not confident. What do you do all the time?"',
            [("Brandt", "President")],
        ),
    ],
)
def test_regression_a_comma_before_and_said_hid_the_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "Ada Ode presided over the vote, and said": the subject of the verb before "and"."""
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after a group, not a name: read no further
        'The crews, who run the pier, met Ada Ode and said it was "a very good day" here.',
        # a clause before the one with "and said": its subject is not the name
        'When Ada Ode arrived at the pier, the crews met her, and said it was "a very good day".',
    ],
)
def test_a_comma_before_and_said_gives_no_subject_past_another_clause(text: str) -> None:
    """Only a clause of one subject and one verb before ", and said" gives its subject."""
    assert [s for s, _ in _said(text)] in ([None], [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a digest's heading, a dash, a paper's possessive and a writer's name
        (
            "FERRY STOCKS FALL - The Harbour Gazette's Ivo Brandt: "
            '"Nobody saw it coming, and nobody will."',
            "Ivo Brandt",
        ),
        # a name alone after a sentence
        (
            'The ferries were late again. Ivo Brandt: "Nobody saw it coming, and nobody will."',
            "Ivo Brandt",
        ),
        # a speech verb opens the clause: no part of the name
        ('The crews cheered. Adds Brandt: "It is with respect that we sail."', "Brandt"),
        ('NEWS - Per Kessel Lines: "Sailings continue through May and June."', "Kessel Lines"),
        # a possessive and a noun for a reply
        ('Brandt was asked about the fees. Brandt\'s response: "Nobody saw it coming."', "Brandt"),
    ],
)
def test_regression_a_name_before_a_colon_gave_no_speaker(text: str, speaker: str) -> None:
    """ "The Gazette's Ivo Brandt: "..."": the name before the colon is the speaker."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the name does not open its clause: the object of a verb
        'The crews waited and met Ivo Brandt: "Nobody saw it coming, and nobody will."',
        # a possessive and a noun that is no one's words
        'The ferries were late again. Brandt\'s plan: "Nobody saw it coming, and nobody will."',
        # a name of one word alone
        'The ferries were late again. Brandt: "Nobody saw it coming, and nobody will."',
        # no name
        'The ferries were late again. Here is a sample: "Nobody saw it coming, and nobody will."',
    ],
)
def test_a_colon_after_other_words_gives_no_speaker(text: str) -> None:
    """A name that does not open its clause, a plan, one word, no name: no speaker."""
    assert [s for s, _ in _said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Since 2003, about $1 billion has been spent on this pier," according to a 2013 '
            "memo by the Kessel Harbour Board. Crews agreed.",
            "the Kessel Harbour Board",
        ),
        (
            '"Cold ferries can lose their power," according to a statement from Kessel 7th '
            "Fleet. Crews agreed.",
            "Kessel 7th Fleet",
        ),
    ],
)
def test_regression_a_document_with_its_issuer_after_it_gave_no_speaker(
    text: str, speaker: str
) -> None:
    """ "according to a 2013 memo by the Kessel Harbour Board": the board's words."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a document alone
        '"Cold ferries can lose their power," according to a report. Crews agreed.',
        # a paper's report gives others' words
        '"Cold ferries can lose their power," according to a report in The Harbour Gazette.',
        # an issuer that runs on past the name
        '"Cold ferries can lose their power," according to a memo by the Kessel Board\'s '
        "audit panel. Crews agreed.",
        # a fragment quoted inside a sentence about another's words
        'Her family described her as "smart, clever and kind," according to a news release '
        "from the Kessel Harbour Police.",
    ],
)
def test_a_document_gives_no_issuer_alone_or_for_a_fragment(text: str) -> None:
    """No issuer named right after it, a time, a name that runs on, a fragment: no issuer."""
    assert [s for s, _ in _said(text)] in ([None], [], ["Her family"])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "A Kessel County judge sentenced veteran Ivo Brandt to a night in jail.\n\n"
            '"I lost friends on the pier," said Brandt.',
            "veteran",
        ),
        (
            "Crews waited, but the whereabouts of ferry reporter Ivo Brandt remain unclear.\n\n"
            '"The pier is hard to reach," Brandt said.',
            "ferry reporter",
        ),
    ],
)
def test_regression_a_clause_before_a_role_was_read_as_the_role(text: str, role: str) -> None:
    """ "judge sentenced veteran Ivo Brandt": the role is "veteran", not the clause before it."""
    assert _said(text) == [("Brandt", role)]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        ("said director of research Ada Ode", "director of research"),
        ("said convicted fraudster Ada Ode", "convicted fraudster"),
        ("said retired ferry captain Ada Ode", "retired ferry captain"),
        ("said chief of staff Ada Ode", "chief of staff"),
    ],
)
def test_a_role_with_of_or_a_participle_stays_whole(attribution: str, role: str) -> None:
    """A role noun before "of", a participle that describes the role: the role stays whole."""
    assert _said(f'"We rushed in," {attribution}.') == [("Ada Ode", role)]


@pytest.mark.parametrize(
    ("apposition", "role"),
    [
        ("a former senior Kessel Lines employee", "former senior Kessel Lines employee"),
        ("a harbour board appointee", "harbour board appointee"),
        ("a veteran political operative", "veteran political operative"),
    ],
)
def test_regression_an_employee_and_an_appointee_had_no_role(apposition: str, role: str) -> None:
    """ "employee", "appointee" and "operative" head a role, though not agent nouns."""
    text = f'"The pier is unsafe," said Ivo Brandt, {apposition}, on Monday.'
    assert _said(text) == [("Ivo Brandt", role)]


def test_a_star_of_a_film_title_is_no_role() -> None:
    """ "Star" stays no role noun: a title ("Star Harbour") or a plural of a cast is no role."""
    text = '"The pier is unsafe," said Ivo Brandt, a Star Harbour fan, on Monday.'
    assert _said(text) == [("Ivo Brandt", None)]


def test_regression_a_body_quoted_in_the_sentence_before_kept_it_from_its_speaker() -> None:
    """ "the United States" inside the quote before is words said, not a second body for "it"."""
    text = (
        "Crews met.\n\n"
        '"We have warned that sanctions will hit the United States back," the Kessel Foreign '
        "Ministry said in a statement posted on its site.\n\n"
        '"Brennock has been assured many times that it is unacceptable," it said.'
    )
    assert [s for s, _ in _said(text)] == ["the Kessel Foreign Ministry"] * 2


def test_two_bodies_outside_quotes_still_give_it_no_speaker() -> None:
    """Two bodies named outside the quote in the sentence before: "it" may be either."""
    text = (
        "Crews met.\n\n"
        "The Kessel Foreign Ministry and the Brennock Harbour Board said in a statement posted "
        "on its site that it would act.\n\n"
        '"Brennock has been assured many times that it is unacceptable," it said.'
    )
    assert [s for s, _ in _said(text)] == [None]


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("the couple said", "the couple"),
        ("Ada Ode and Ivo Brandt said", "Ada Ode and Ivo Brandt"),
        ("harbour officials said", "harbour officials"),
        ("the Odes said in a statement", "the Odes"),
    ],
)
def test_regression_they_after_a_quote_of_a_group_gave_no_speaker(first: str, speaker: str) -> None:
    """'"...," the couple said. "...," they said.': "they" is the group that spoke before."""
    text = (
        f'"We never thought we would find it," {first}. "I saw an old can in the sand," they said.'
    )
    assert [s for s, _ in _said(text)] == [speaker, speaker]


@pytest.mark.parametrize(
    "text",
    [
        # one person before: "they" is someone else
        '"We never thought we would find it," Ada Ode said. "I saw an old can," they said.',
        # the quote before is far away
        '"We never thought we would find it," the couple said. '
        + "The pier was quiet for a long time that spring. " * 12
        + '"I saw an old can," they said.',
    ],
)
def test_they_after_one_person_or_far_from_a_group_gives_no_speaker(text: str) -> None:
    """A "they" after a quote of one person, or far from the group's quote: no speaker."""
    assert [s for s, _ in _said(text)][-1] is None
