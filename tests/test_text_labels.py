"""Speaker labels of transcripts: who takes each turn, and no part of what is said."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.pipeline import content_sentences
from summarize.records import Article
from summarize.text._labels import _LABEL, _labels_at_colons, speaker_labels

TRANSCRIPT = (
    "HOST: Welcome to the harbour hour.\n\n"
    "MAYOR ODE: Thank you for having me.\n\n"
    "HOST: Why did the pier close?\n\n"
    "MAYOR ODE: The pilings had rotted through."
)


def _sentences(text: str) -> list[str]:
    return [s.text for s in content_sentences(Article(id="a", text=text))]


def test_regression_a_transcript_label_leaked_into_the_sentence_it_opens() -> None:
    """ "MAYOR ODE: The pilings had rotted through." was a content sentence with its label,
    and so a claim that showed it; the label names who speaks, and is left out."""
    assert _sentences(TRANSCRIPT) == [
        "Welcome to the harbour hour.",
        "Thank you for having me.",
        "Why did the pier close?",
        "The pilings had rotted through.",
    ]


def test_a_label_names_the_speaker_as_the_text_writes_them() -> None:
    text = TRANSCRIPT + "\n\nThe interview with Mayor Ada McKee ran on Monday."
    text = text.replace("ODE", "MCKEE")
    assert [label.name for label in speaker_labels(text)] == ["Host", "Mayor McKee"] * 2


@pytest.mark.parametrize(
    "text",
    [
        # headings in capitals before a colon, each once
        "UPDATE: The pier opened again on Monday.\n\nPHOTOS: The pier before the storm",
        # a heading whose words are in capitals too
        "HOST: WELCOME BACK\n\nODE: THANK YOU\n\nHOST: AGAIN\n\nODE: YES",
        # one label, no quotation after it, no name it is written as
        'The pier is closed.\n\nWATCH: How the harbour "fell apart" in a week',
    ],
)
def test_a_heading_is_no_speaker_label(text: str) -> None:
    """A heading is no label, and its sentence keeps it."""
    assert speaker_labels(text) == []
    assert _sentences(text)[-1].startswith(text.split("\n\n")[-1].split(":")[0])


_PIECES = ["HOST", "MAYOR ODE", "U.S.", "Ode", "said", ":", ": ", ":\t", " ", "\n", "\t",
           "x", "we will", "A.", "ODE:", "Z", "'", "-"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_the_labels_read_at_colons_are_those_the_pattern_finds_everywhere(text: str) -> None:
    """Only the lines with a colon after a capital or a dot are read for labels: the same
    matches as the pattern tried at every character."""
    expected = [m.span() for m in _LABEL.finditer(text)]
    assert [m.span() for m in _labels_at_colons(text)] == expected


def test_labels_on_several_lines_are_read_at_colons_as_everywhere() -> None:
    text = "Intro: none here.\nHOST: Why now?\n  ODE:\tBecause it fell.\nU.S.: the talks go on"
    expected = [m.span() for m in _LABEL.finditer(text)]
    assert len(expected) == 3
    assert [m.span() for m in _labels_at_colons(text)] == expected
