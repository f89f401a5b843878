"""Regression tests of question-and-answer interviews (analysis._interview).

A question on its own line, then the answer in quotation marks: the answers had no
speaker, though the introduction names the one person who answers. Texts written for
the tests.
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


INTERVIEW = (
    "Harbour master Ada Ode answered our questions on Monday.\n\n"
    "Will the ferry run again?\n\n"
    '"Not this year, and maybe not the next one either."\n\n'
    "Why not?\n\n"
    '"The pier is too old to hold a boat."\n\n'
    "Ferry captain Ivo Brandt also addressed the issue.\n\n"
    "Did it cause a delay?\n\n"
    '"Every ferry was late by an hour."'
)


def test_regression_interview_answers_after_a_question_line_had_no_speaker() -> None:
    """Each answer is the person's the introduction above its questions names."""
    assert said(INTERVIEW) == [
        ("Ada Ode", "Harbour master"),
        ("Ada Ode", "Harbour master"),
        ("Ivo Brandt", "Ferry captain"),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Ada Ode spoke to the Gazette on Monday.",
        "The Gazette sat with the harbour master. She answered a few questions. Ada Ode spoke.",
        "In an interview with Ada Ode, the Gazette asked about the pier.",
        "Ada Ode, the harbour master, was interviewed on Monday.",
    ],
)
def test_regression_interview_q_and_a_labels_and_bold_questions(intro: str) -> None:
    """'Q:' and '**...?**' questions, 'A: "..."' answers; the interviewee as intros name them."""
    text = (
        f"{intro}\n\n"
        "Q: Will the ferry run again?\n\n"
        'A: "Not this year, and maybe not the next one either."\n\n'
        "**Why not?**\n\n"
        '"The pier is too old to hold a boat."'
    )
    assert [speaker for speaker, _ in said(text)] == ["Ada Ode", "Ada Ode"]


def test_regression_she_answered_after_a_named_subject_is_the_interviewee() -> None:
    """'Ada Ode ran the pier. She answered a few questions.' introduces Ada Ode."""
    text = (
        "Ada Ode ran the Kessel pier for ten years. She answered a few questions.\n\n"
        "Will the ferry run again?\n\n"
        '"Not this year, and maybe not the next one either."'
    )
    assert [speaker for speaker, _ in said(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    "intro",
    [
        "The Kessel ferry sank on Monday.",
        "Ada Ode and Ivo Brandt answered our questions.",
        "Ada Ode interviewed Ivo Brandt and Mara Quell on Monday.",
        "Ada Ode answered our questions. Ivo Brandt spoke to the Gazette too.",
    ],
)
def test_interview_with_no_one_or_two_people_introduced_gives_no_speaker(intro: str) -> None:
    """No interviewee, or two: the answer gets no speaker, never someone in the question."""
    text = (
        f"{intro}\n\n"
        "Did the ferry captain Mara Quell warn you?\n\n"
        '"Nobody listened to the crew about the pier."'
    )
    assert said(text) == [(None, None)]


def test_interview_answer_with_its_own_attribution_keeps_it() -> None:
    """An answer that names its speaker ('..., said Ivo Brandt') is that speaker's."""
    text = (
        "Ada Ode answered our questions.\n\n"
        "Will the ferry run again?\n\n"
        '"Not this year, and maybe not the next one," said Ivo Brandt.'
    )
    assert [speaker for speaker, _ in said(text)] == ["Ivo Brandt"]
