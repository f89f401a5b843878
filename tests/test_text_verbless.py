"""Sentences with no verb (captions, blurbs, lines of a list) are no exclusives."""

from __future__ import annotations

import pytest

import summarize
from summarize import Article
from summarize.text import lacks_a_verb


@pytest.mark.parametrize(
    "text",
    [
        "General view of the ferry terminal in Kessel, April 22, 2015.",
        "Original report on Kessel Harbour News.",
        "Part 3 of the harbour bridge saga.",
        '"A tender, gripping debut from the harbour poet." - The Kessel Post',
        "Grey seal near the slipway at the Eastdock pier.",
        "1. Turned off the old pier lamp.",
        "For more on the ferry, head over to the Kessel Gazette.",
        "ONE DEAD AFTER THE PIER FIRE.",
        # a word in "-ss", "-us" or "-is", or of three letters, is no verb in "-s"
        "View across the harbour at dusk.",
        "The campus ferry at dawn.",
        "The tennis club pier at Kessel.",
        "Cheap gas at the pier.",
    ],
)
def test_regression_verbless_fragments_and_blurbs_were_exclusives(text: str) -> None:
    assert lacks_a_verb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters want the council to act.",
        "Ferry crews often work through the night.",
        "The ferries don't run on Sundays.",
        "It's the third closure this year.",
        "The council approved the budget.",
        "They sail at dawn.",
        "Fares rose by a tenth in May.",
        "THE PIER REOPENS IN MAY.",
        "Ada Ode took the last ferry home.",
        # in capitals, a verb in "-ed" or "-s" of four letters or more
        "THE FERRY LINK CLOSED.",
        "THE PIER REOPENS ON FRIDAY.",
        "FERRY RUNS ON TIME.",
        # the word right after a subject pronoun, the last of the sentence
        "They sail.",
    ],
)
def test_a_sentence_with_a_verb_has_one(text: str) -> None:
    assert not lacks_a_verb(text)


def test_regression_exclusives_listed_a_caption_with_no_verb() -> None:
    shared = "The harbour bridge closed on Monday after engineers found rust on two cables."
    wire = Article(
        id="wire",
        text=f"{shared} General view of the old toll gate at the harbour bridge in Kessel, May 2. "
        "Shops near the bridge reported fewer customers within a week.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Repairs are expected to cost four million euros.",
    )
    shown = [c.text for c in summarize.summarize([wire, post], exclusives=9).exclusive("wire")]
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert not any(text.startswith("General view") for text in shown)
