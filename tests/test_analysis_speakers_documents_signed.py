"""Regression tests: a complaint's words after who sued, a letter's after who signed it,
and "the general" after two generals, for the one the passage follows."""

from __future__ import annotations

import pytest

from summarize.analysis._announced import signed_by
from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ada Ode sued the Kessel port board on Monday.\n\nThe board "failed to keep the '
         'pier safe for the public in any way," according to the complaint.', "Ada Ode"),
        ('On Monday, Ada Ode sued the port board.\n\n"The board failed to keep the pier '
         'safe for the public," the lawsuit says.', "Ada Ode"),
        ('The Kessel Trust sued the port board.\n\n"The board failed to keep the pier '
         'safe for the public," the complaint says.', "the Kessel Trust"),
    ],
)  # fmt: skip
def test_regression_a_complaint_after_who_sued_had_no_speaker(text: str, speaker: str) -> None:
    """'X sued ...' then 'according to the complaint' gave the complaint's words no one."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Residents sued the port board.\n\n"The board failed to keep the pier safe for us '
        'all," the complaint says.',
        'The board sued Ada Ode on Monday.\n\n"She failed to keep the pier safe for the '
        'public," the report says.',
    ],
)
def test_a_complaint_after_no_named_suer_has_no_speaker(text: str) -> None:
    """A plural noun that sued, or a report rather than a complaint: nobody."""
    assert [s for s, _ in _said(text)] == [None]


def test_regression_a_letter_after_who_signed_it_had_no_speaker() -> None:
    """'The letter, signed by Ada Ode, reads: "..."' gave the letter's words no one."""
    text = 'The letter, signed by Ada Ode, reads: "The pier must close until the repairs end."'
    assert _said(text) == [("Ada Ode", None)]
    two = 'The letter, signed by Ada Ode and Ivo Brandt, said: "Close the pier at once."'
    assert _said(two) == [("Ada Ode and Ivo Brandt", None)]
    body = 'The letter, signed by Kessel Port Authority, reads: "Close the pier at once."'
    assert signed_by(body, 0, body.index('"')) is None


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Ada Ode led the southern force. Her deputy, Gen. Ivo Brandt, stayed behind."
        "\n\nOde crossed the river on Monday. "
        '"We held the bridge for three whole days," the general said.',
        "Gen. Ada Ode spoke first.\n\nThe army's chief, Gen. Ivo Brandt, said the bridge "
        'had fallen. Ode disagreed.\n\n"We held the bridge for three whole days," the '
        "general said.",
    ],
)
def test_regression_the_general_went_to_the_other_general_named_last_in_full(
    text: str,
) -> None:
    """'the general said' after 'Gen. Ivo Brandt' but in a passage about Ode was Brandt's."""
    assert _said(text) == [("Ada Ode", "Gen.")]


def test_the_general_stays_with_the_last_general_when_the_passage_cannot_tell() -> None:
    """Two people named Ode: the family name alone says nothing; the last general named."""
    text = (
        "Gen. Ada Ode and Gen. Tom Ode spoke first.\n\nGen. Ivo Brandt said the bridge had "
        'fallen. Ode disagreed.\n\n"We held the bridge for three whole days," the general said.'
    )
    assert _said(text) == [("Ivo Brandt", "Gen.")]


def test_regression_the_lawyer_for_a_defendant_went_to_the_defendant() -> None:
    """'the lawyer for Brandt said' went to Brandt, a lawyer himself: the role is for him."""
    text = (
        "Ivo Brandt, a Kessel lawyer, was charged with fraud on Monday. He denied it.\n\n"
        '"My client did nothing wrong at the pier," the lawyer for Brandt said.'
    )
    assert [s for s, _ in _said(text)] != ["Ivo Brandt"]


def test_regression_a_way_set_off_after_a_name_was_read_as_a_role() -> None:
    """'Ivo Brandt, through his lawyer, Ada Ode,' gave Brandt the role "through his lawyer"."""
    text = (
        "Ivo Brandt, through his lawyer, Ada Ode, denied the charge.\n\n"
        '"My client did nothing wrong at the pier," the lawyer said.'
    )
    assert _said(text) != [("Ivo Brandt", "through his lawyer")]
    assert all(r is None or not r.startswith("through") for _, r in _said(text))
