"""A forecast another source gives from another survey is no exclusive."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize.claims._same_forecast import (
    _CUE,
    Forecasts,
    _alike,
    _cued,
    _forecasts,
    _side,
    may_cue,
    same_forecast,
)

_MINE = "Analysts polled by a Kessel bank had looked for 52,000 new ferry riders."


def test_a_forecast_another_source_gives_with_a_near_figure_is_found() -> None:
    texts = [_MINE, "Ridership rose by 31,000, short of the 50,000 that forecasters expected."]
    assert same_forecast(texts, [0, 1], [0]) == {0}


def test_a_forecast_share_is_matched_with_a_share_only() -> None:
    texts = [
        "Economists had expected fares to rise 2.1% in March.",
        "Fares rose 2.4% in March, above the 2.2% forecast of economists.",
        "Economists expected 2,100 new ferry passes.",
    ]
    assert same_forecast(texts, [0, 1, 2], [0, 2]) == {0}


def test_guards_keep_a_pick_whose_forecast_no_other_source_gives() -> None:
    texts = [
        _MINE,
        # another source's forecast of a size far from it
        "Forecasters expected 80,000 new passes to be sold.",
        # a near figure with no word of forecasting near it
        "The harbour board counted 51,500 riders in June on the old and the new ferries"
        " of the port, a count that pleased the economists.",
        # the same source
        "Forecasters had expected 52,500 new riders.",
        # a small count: an age or a tally
        "Analysts expected the 12 new ferries to sail by May.",
    ]
    assert same_forecast(texts, [0, 1, 1, 0, 1], [0]) == set()
    assert same_forecast(["Analysts expected 12 ferries.", texts[4]], [0, 1], [0]) == set()


def test_a_word_that_only_holds_a_cue_is_no_cue() -> None:
    texts = [
        "Ridership unexpectedly reached 52,000 in June.",
        "Forecasters had expected 52,000 new riders.",
    ]
    assert same_forecast(texts, [0, 1], [0]) == set()


def test_regression_the_forecast_one_source_gives_from_another_survey_was_an_exclusive() -> None:
    # Both sources tell what forecasters expected, in words that share nothing but the
    # kind of figure, each from its own survey: neither is one source's news.
    post = (
        "Kessel ferries carried 31,000 new riders in June, the port authority said on "
        "Friday. Ridership fell short of the 50,000 that forecasters had expected. "
        "The port blamed a week of storms that kept two ferries in the dock."
    )
    wire = (
        "The port authority said on Friday that Kessel ferries carried 31,000 new riders "
        f"in June. {_MINE} Ticket machines on the north pier were replaced in May."
    )
    digest = summarize.summarize([post, wire], exclusives=9, merged=1)
    shown = [claim.text for exclusive in digest.exclusives for claim in exclusive.claims]
    assert _MINE not in shown
    assert "Ridership fell short of the 50,000 that forecasters had expected." not in shown
    assert "Ticket machines on the north pier were replaced in May." in shown


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        (
            "Kessel ferries carried more riders than expected in June.",
            "Ridership rose by 31,000, more than the 25,000 that forecasters had expected.",
        ),
        (
            "Ridership on the Kessel ferries unexpectedly slowed in June.",
            "June ridership came in far below the consensus of economists.",
        ),
        (
            "The port's takings missed analysts' estimates for a second month.",
            "Ticket sales were lower than the port had predicted.",
        ),
    ],
)
def test_regression_a_pick_on_the_side_of_the_forecast_another_source_gives_was_an_exclusive(
    mine: str, theirs: str
) -> None:
    # "hired more workers than expected" beside "more than economists had expected": one
    # fact, that the outcome beat the forecast, in words that share nothing else.
    assert same_forecast([mine, theirs], [0, 1], [0]) == {0}


@pytest.mark.parametrize(
    "theirs",
    [
        "Ridership fell short of the forecasts of the port.",  # the other side
        "More ferries are expected to sail in July.",  # "more" of no comparison
        "Ridership was in line with the estimates of economists.",  # no side
        "Riders were more than expected, yet takings were lower than predicted.",  # both
    ],
)
def test_a_pick_on_one_side_of_the_forecast_stays_beside_no_such_side(theirs: str) -> None:
    mine = "Kessel ferries carried more riders than expected in June."
    assert same_forecast([mine, theirs], [0, 1], [0]) == set()


_WORDS = [
    "expect",
    "Expected",
    "EXPECTATIONS",
    "forecast",
    "Forecasters",
    "predict",
    "Predictions",
    "estimat",
    "estimate",
    "ESTIMATED",
    "consensus",
    "economist",
    "Economists",
    "analyst",
    "surveyed",
    "POLLED",
    "poll",
    "survey",
    "unexpected",
    "respect",
    "forecastle",
    "the",
    "fare",
    "52,000",
    "ferry",
    ".",
    ",",
    "-",
    "'",
]
# letters whose case folds to a plain one: a dotted capital I, the Kelvin sign, a long s
_FOLDED = ["\u0130", "\u212a", "\u017furveyed", "con\u017fen\u017fus", "anal\u0130st"]
_PIECES = st.sampled_from(_WORDS + _FOLDED)


@given(st.lists(_PIECES, max_size=8), st.sampled_from(["", " "]))
def test_the_string_search_for_a_word_of_forecasting_agrees_with_the_pattern(
    pieces: list[str], joint: str
) -> None:
    """The plain-string screen before the pattern never misses what the pattern finds."""
    text = joint.join(pieces)
    assert _cued(text) == (_CUE.search(text) is not None)


@given(st.lists(st.lists(_PIECES, max_size=6).map(" ".join), max_size=6))
def test_the_screen_of_the_texts_joined_gives_the_texts_screened_one_by_one(
    texts: list[str],
) -> None:
    """Screened together, then read by the pattern, the texts give those screened one by one."""
    texts = [*texts, "stra\u00dfe forecast", "\u0130\u0130 polled", "projector"]  # folded longer
    together = [row for row in may_cue(texts) if _CUE.search(texts[row]) is not None]
    assert together == [row for row, text in enumerate(texts) if _cued(text)]


_SENTENCES = st.sampled_from(
    [
        "Economists had expected 52,000 new riders.",
        "Riders rose by 31,000, short of the 50,000 that forecasters expected.",
        "Analysts polled by a bank looked for 2.1% growth.",
        "Fares rose 2.2%, above the forecast.",
        "The line carried more riders than expected.",
        "Traffic unexpectedly slowed in June.",
        "Traffic fell far below forecasts.",
        "Ada Ode expects 70,000 riders and fewer than expected delays.",
        "The ferry carried 52,000 riders.",
        "Riders came in well above projected levels.",
        "The toll was more than anticipated.",
    ]
)


@given(
    st.lists(st.tuples(_SENTENCES, st.integers(0, 2)), min_size=1, max_size=7),
    st.data(),
)
def test_same_forecast_agrees_with_a_search_of_every_pair(
    rows: list[tuple[str, int]], data: st.DataObject
) -> None:
    """Each pick against each row of another source, as the module defines a match."""
    texts = [text for text, _ in rows]
    sources = [source for _, source in rows]
    picks = data.draw(st.lists(st.sampled_from(range(len(texts))), unique=True))

    def matches(row: int, other: int) -> bool:
        mine, theirs = _forecasts(texts[row]), _forecasts(texts[other])
        side = _side(texts[row])
        return sources[other] != sources[row] and (
            bool(mine and _alike(mine, theirs)) or bool(side and side == _side(texts[other]))
        )

    expected = {row for row in picks if any(matches(row, other) for other in range(len(texts)))}
    assert same_forecast(texts, sources, picks) == expected
    # read once and asked round after round, as the exclusives ask it
    forecasts = Forecasts(texts, sources)
    half = len(picks) // 2
    assert forecasts.told(picks[:half]) | forecasts.told(picks[half:]) == expected


def test_regression_a_side_of_the_forecast_said_with_projected_or_anticipated_was_never_read() -> (
    None
):
    """'above projected levels' and 'more than anticipated' name a side of the forecast, but
    neither word was a word of forecasting, so no pick matched them."""
    mine = "Kessel ferries carried more riders than expected in June."
    for theirs in (
        "Ridership came in well above projected levels.",
        "The pier drew more visitors than anticipated.",
    ):
        assert same_forecast([mine, theirs], [0, 1], [0]) == {0}
