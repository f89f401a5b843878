"""Regression tests: roles the article gives a speaker away from the quote, and a
statement's signers after "reads"."""

from __future__ import annotations

import pytest

from summarize.analysis._copular import clause_role
from summarize.analysis._epithets import epithet_role
from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Ada Ode is the harbour master of Kessel.\n\n"The pier will reopen," said Ode.',
         "harbour master of Kessel"),
        ('Ada Ode, who chairs the Kessel port board, came early.\n\n"We will rebuild," Ode said.',
         "chair of the Kessel port board"),
        ('Ada Ode, who was a ferry clerk, came early.\n\n"We will rebuild the pier," Ode said.',
         "ferry clerk"),
        ('Ivo Brandt, who founded the Kessel Ferry Trust, came.\n\n"It will sail," Brandt said.',
         "founder of the Kessel Ferry Trust"),
    ],
)  # fmt: skip
def test_regression_a_role_given_by_a_verb_after_the_name_was_missing(text: str, role: str) -> None:
    """'Ada Ode is the harbour master' and 'Ada Ode, who chairs the board,' gave no role."""
    assert _said(text) == [("Ode" if "Ode" in text else "Brandt", role)]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ode is the first to go.",
        "Ada Ode is expected to speak.",
        "Ada Ode is a Republican.",
        "Ada Ode, who chairs and funds the board, came.",
        "Ada Ode, who leads that the board is wrong, came.",
    ],
)
def test_a_verb_after_a_name_that_gives_no_role_gives_none(text: str) -> None:
    """Not a role phrase after "is", nor a clause after a verb of office: no role."""
    assert clause_role(text, 7) is None


def test_regression_a_role_in_an_apposition_before_a_quoted_title_was_missing() -> None:
    """'Brian Brell, the anchor of "Kessel Evening News,"' gave no role where named apart."""
    text = (
        'Brian Brell, the anchor of "Kessel Evening News," spoke on Monday.\n\n'
        '"How long until the pier falls down again?" Brell said.'
    )
    assert _said(text) == [("Brell", "anchor of Kessel Evening News")]


def test_a_quoted_title_after_the_apposition_ends_is_not_read_into_it() -> None:
    """'Ada Ode, the mayor, on "Harbour Talk"': the title is no part of the role."""
    text = 'Ada Ode, the mayor, spoke to "Harbour Talk," on Monday.\n\n"It fell," Ode said.'
    assert _said(text) == [("Ode", "mayor")]


def test_regression_an_epithet_with_an_age_gave_no_role() -> None:
    """ "the 42-year-old driver said" gave the driver no role: the age is left out of it."""
    text = (
        "Ivo Brandt, 42, was driving the ferry bus when the brakes failed.\n\n"
        '"I saw the water coming up very fast at me," the 42-year-old driver said.'
    )
    assert _said(text) == [("Ivo Brandt", "driver")]
    assert epithet_role("the 42-year-old") is None
    assert epithet_role("the 30-year-old director of the film") == "director of the film"


def test_regression_a_joint_statement_after_reads_went_to_the_speaker_before() -> None:
    """'"...," reads a joint statement from Sen. Ada Ode' took the quote before's speaker."""
    text = (
        '"This plan is a disappointment to anyone who hoped for a fix," said Sen. Ivo '
        "Brandt (D-Kessel).\n\n"
        '"The harbour commission draft misses the mark," reads a joint statement from '
        "Sen. Ada Ode (D-Kessel) and Rep. Tom Brell (D-Brennock)."
    )
    assert [s for s, _ in _said(text)] == ["Ivo Brandt", "Ada Ode"]


def test_regression_an_age_in_an_apposition_was_kept_in_the_role() -> None:
    """'Ada Ode, a 52-year-old ferry clerk,' gave the role "52-year-old ferry clerk"."""
    text = 'Ada Ode, a 52-year-old ferry clerk, saw it.\n\n"It just fell into the sea," Ode said.'
    assert _said(text) == [("Ode", "ferry clerk")]


def test_regression_a_role_of_a_book_named_in_quotation_marks_was_missing() -> None:
    """'Don Brell, author of the book "Tides,"' gave no role: the marks ended the apposition."""
    text = (
        'Don Brell, author of the book "Tides of Kessel," says most winners lose it.\n\n'
        '"It is too much, too fast," Brell says.'
    )
    assert _said(text) == [("Brell", "author of the book Tides of Kessel")]
