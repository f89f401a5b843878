"""Sentences with no verb (captions, blurbs, lines of a list) are no exclusives."""

from __future__ import annotations

import pytest

import summarize
from summarize import Article
from summarize.text import labelled_scene, lacks_a_verb, lists_things


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
    shown = [
        c.text for c in summarize.summarize([wire, post], exclusives=9, merged=1).exclusive("wire")
    ]
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert not any(text.startswith("General view") for text in shown)


@pytest.mark.parametrize(
    "text",
    [
        "Rusty cranes, slow ferries, a crowded pier.",
        "Cheap fares, long queues and a late ferry.",
        "Loud horns, cold decks, seals near the slipway.",
        '"Empty berths, idle crews, broken lamps."',
        "Tickets, maps or timetables.",
    ],
)
def test_regression_a_list_of_plurals_was_an_exclusive(text: str) -> None:
    """A plural passes lacks_a_verb as a verb; in a list of short noun phrases it is a noun."""
    assert not lacks_a_verb(text)
    assert lists_things(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ode, 45, runs the ferry.",
        "The port cut fares, added ferries and closed the pier.",
        "Fares rise, queues grow, ferries lag.",
        "Ferries sail, fares fall and piers open.",
        "Ada Ode, Ivo Brandt and Bo Li won seats.",
        "Ada Ode added ferries, new ramps and a cafe.",
        "Ada Ode and Ivo Brandt, Kessel pier wardens, jumped in with rope and lamps.",
        'The port\'s page, "Kessel Ferries 2024," published the timetable.',
        "They sail at dawn, at noon and at dusk.",
        "Crews repaired the pier, the ramp and the ferry.",
        "Cranes, ferries and tugs crowded the harbour on Monday morning.",
        "Piers closed, ferries delayed, fares refunded.",
        "The ferry sails at noon.",
    ],
)
def test_a_list_with_a_verb_or_a_sentence_is_no_list_of_things(text: str) -> None:
    assert not lists_things(text)


def test_regression_exclusives_listed_a_list_of_things() -> None:
    """The list is dropped from the review's exclusives; a statement of the same look stays."""
    shared = "The new Kessel ferry made its first crossing on Monday after two years of delays."
    review = Article(
        id="review",
        text=f"{shared} Creaky ramps, cramped cabins, dreadful harbour views. "
        "The cabins, the ramps and the cafe were refitted in Brennock.",
    )
    wire = Article(
        id="wire",
        text="After two years of delays, the new Kessel ferry made its first crossing on Monday. "
        "Ada Ode, the harbour master, said tickets would cost four euros.",
    )
    shown = [
        c.text
        for c in summarize.summarize([review, wire], exclusives=9, merged=1).exclusive("review")
    ]
    assert "The cabins, the ramps and the cafe were refitted in Brennock." in shown
    assert not any(text.startswith("Creaky ramps") for text in shown)


@pytest.mark.parametrize(
    "text",
    [
        "A treat beforehand: Ada Ode and Ivo Brandt talking about recent ferry trips.",
        "A new nugget from the pier last night: Ivo Brandt physically grabbing Ada Ode's "
        "arm in a commercial break.",
        "Seen from the pier: Ada Ode waving at the ferry.",
    ],
)
def test_regression_a_live_page_note_was_an_exclusive(text: str) -> None:
    """A label, names and a word in "-ing", with no verb: a live page's note, no statement."""
    assert labelled_scene(text)


@pytest.mark.parametrize(
    "text",
    [
        "The upshot: Ada Ode resigning was no surprise to the port.",
        "Latest: Ivo Brandt sailing from Kessel, his crew said.",
        "Ada Ode said: Kessel is booming.",
        "Seen from the pier: Ada Ode waving at ferries that left at dawn.",
        "A treat beforehand: Ada Ode and Ivo Brandt talking about ferries runs late.",
        "A very long label of more than eight words before it: Ada Ode sailing.",
    ],
)
def test_a_note_with_a_verb_or_no_label_is_a_statement(text: str) -> None:
    assert not labelled_scene(text)


def test_regression_exclusives_listed_a_live_page_note() -> None:
    """The note is dropped from the live page's exclusives; a labelled statement stays."""
    shared = "The new Kessel ferry made its first crossing on Monday after two years of delays."
    live = Article(
        id="live",
        text=f"{shared} A treat beforehand: Ada Ode and Ivo Brandt talking about golf at the "
        "quay. The upshot: Ivo Brandt resigning from the harbour board was announced at noon.",
    )
    wire = Article(
        id="wire",
        text="After two years of delays, the new Kessel ferry made its first crossing on Monday. "
        "Tickets will cost four euros, the operator said.",
    )
    shown = [
        c.text for c in summarize.summarize([live, wire], exclusives=9, merged=1).exclusive("live")
    ]
    assert any(text.startswith("The upshot:") for text in shown)
    assert not any(text.startswith("A treat") for text in shown)


@pytest.mark.parametrize(
    "text",
    [
        "A threat to the harbour\u2019s winter trade.",
        "A blow to the port's trade with Brennock.",
        "Ada Ode\u2019s new ferry at the Kessel slipway.",
    ],
)
def test_regression_a_possessive_was_read_as_a_verb(text: str) -> None:
    """ "the harbour's" ends in "-s" and passed as a verb: a noun phrase was an exclusive."""
    assert lacks_a_verb(text)


@pytest.mark.parametrize(
    "text",
    ["The port's ferries sail at dawn.", "Ada Ode's crew repairs the pier."],
)
def test_a_sentence_with_a_possessive_and_a_verb_has_one(text: str) -> None:
    assert not lacks_a_verb(text)
