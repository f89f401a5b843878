"""Sentences that hang on the one before are no exclusives: a lone clause, an added point."""

from __future__ import annotations

import pytest

import summarize
from summarize import Article
from summarize.text import adds_to_before, glued_heading, lacks_main_clause


@pytest.mark.parametrize(
    "text",
    [
        "Though the harbour board has also delayed the vote on the pier.",
        "Although Ada Ode sort of hinted at it in her letter.",
        '"Because the ferries never ran on time."',
        "Even though Kessel had paid for the new ramp twice.",
        "While the board said it only wanted a small stake in the ferry line.",
    ],
)
def test_regression_a_clause_with_no_main_clause_was_an_exclusive(text: str) -> None:
    assert lacks_main_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "Though the board delayed the vote, the pier opened in May.",
        "Because of the storm the ferry stayed in port.",
        "While in Kessel, Ada Ode met the harbour board.",
        "Although costly - four million euros - the ramp was built.",
        "The ferry stayed in port because the storm grew.",
        "Thoughtful crews kept the ferries running.",
    ],
)
def test_a_sentence_with_its_main_clause_is_whole(text: str) -> None:
    assert not lacks_main_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "Also, the old ramp could be kept for the tugs.",
        "Plus, at four euros a ride, it is cheaper than the bus.",
        "Specifically, a new ramp just beneath its old crane.",
        "But specifically, the pier will close at night.",
        "That said, the board kept the fares.",
        "For this, the buyer got a berth and two moorings.",
        "Despite that, Ada Ode kept the ferry running.",
    ],
)
def test_regression_an_added_point_was_an_exclusive(text: str) -> None:
    assert adds_to_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "Also on the agenda was the new pier.",
        "For this year, the board kept the fares.",
        "Despite the storm, Ada Ode kept the ferry running.",
        "Plus-size ferries will dock at Kessel.",
        "Specifically designed ramps were fitted at the pier.",
        "The board, also, kept the fares.",
    ],
)
def test_an_opening_that_names_its_own_is_no_added_point(text: str) -> None:
    assert not adds_to_before(text)


def test_regression_exclusives_listed_a_lone_clause_and_an_added_point() -> None:
    """Both are dropped from the column's exclusives; a whole sentence beside them stays."""
    shared = "The new Kessel ferry made its first crossing on Monday after two years of delays."
    column = Article(
        id="column",
        text=f"{shared} Though Ivo Brandt has also sort of muddled his pitch by calling it a "
        "secret. Plus, at four euros a ride, it is wildly cheaper than the harbour bus. "
        "Brennock dockers voted to strike over the night shifts on the slipway.",
    )
    wire = Article(
        id="wire",
        text="After two years of delays, the new Kessel ferry made its first crossing on Monday. "
        "Ada Ode, the harbour master, said tickets would cost four euros.",
    )
    shown = [
        c.text
        for c in summarize.summarize([column, wire], exclusives=9, merged=1).exclusive("column")
    ]
    assert "Brennock dockers voted to strike over the night shifts on the slipway." in shown
    assert not any(text.startswith(("Though", "Plus")) for text in shown)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ode backs the ferry plan in her home town of Kessel While talks on the pier went "
        "on for weeks, Ada Ode has pressed the board.",
        "Editor's Picks Ivo Brandt, who sailed with the crew, still mourns the old ferry.",
        "Most Popular Brennock pier closes after storm damage to the ramp.",
        "Harbour chief quits over the ramp The board met on Monday to name a new one.",
    ],
)
def test_regression_a_heading_glued_to_a_teaser_was_an_exclusive(text: str) -> None:
    assert glued_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ode wrote in The Kessel Post that the pier would close.",
        "The ferry ran late, while the pier stayed shut.",
        "Ivo Brandt left the pier As It Was, a play on the harbour, in May.",
        "Most ferries popular with tourists stop in May.",
    ],
)
def test_a_sentence_with_a_title_or_a_plain_while_is_no_glued_heading(text: str) -> None:
    assert not glued_heading(text)
