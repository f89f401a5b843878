"""A page's heading glued to a teaser for another page is no exclusive."""

from __future__ import annotations

import pytest

from summarize.text import glued_heading


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
