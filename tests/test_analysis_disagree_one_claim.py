"""Parts of one whole and forecasts: disagreements that sentences of one claim show.

Two misses of the disagreement finder, each on sentences written for the test: two
parts of one whole ("nine hurt, including four children" against "including five
children") and two forecasts of one figure given differently. What must
stay unflagged is pinned beside each.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from summarize.analysis._disagree import find_disagreements
from summarize.records import Sentence


def told(*texts: str) -> list[Sentence]:
    """One sentence an article, the articles named a, b, c, ..."""
    return [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]


def flagged(
    *texts: str, claims: Sequence[Sequence[int]] | None = None
) -> list[tuple[bool, str, list[str]]]:
    """(certain, about, values) of each disagreement; by default all sentences state one claim."""
    groups = [list(range(len(texts)))] if claims is None else claims
    found = find_disagreements(told(*texts), {}, claims=groups)
    for disagreement in found:
        for version in disagreement.versions:
            text = version.sentence.text
            assert text[version.start : version.end] == version.value
    return [(d.certain, d.about, [v.value for v in d.versions]) for d in found]


# --- parts of one whole --------------------------------------------------------------


def test_regression_two_parts_of_one_agreed_toll_were_not_flagged() -> None:
    """Nine hurt in both, four children among them in one and five in the other."""
    found = flagged(
        "Nine people including four children were hurt in Tarnby on Monday when a boiler "
        "blew apart a bakery.",
        "Nine people, including five children, were hurt this morning after a boiler blew "
        "apart a bakery in Tarnby.",
    )
    assert found == [(True, "children hurt", ["four", "five"])]


def test_parts_of_wholes_that_differ_are_not_compared() -> None:
    found = flagged(
        "Nine people, including four children, were hurt when a boiler blew apart a bakery.",
        "Twelve people, including two children, were hurt when a boiler blew apart a bakery.",
    )
    assert found == [(True, "people", ["Nine", "Twelve"])]  # the wholes, not the parts


def test_parts_of_one_whole_need_sentences_of_one_claim() -> None:
    texts = (
        "Nine people including four children were hurt in Tarnby on Monday.",
        "Nine people, including five children, were hurt this morning in Tarnby.",
    )
    assert flagged(*texts, claims=[[0], [1]]) == []


# --- forecasts -----------------------------------------------------------------------


def test_regression_two_forecasts_of_one_figure_were_not_flagged() -> None:
    """Who made a forecast names no other thing: the forecast of one month's hiring."""
    found = flagged(
        "Economists had been looking for 640,000 new jobs in May.",
        "Analysts were expecting 700,000 jobs gained in May.",
    )
    assert found == [(True, "forecast of jobs gained", ["640,000", "700,000"])]


def test_regression_two_firms_forecasts_were_flagged_as_sources_differing() -> None:
    """Each source reports its own survey right: two forecasts, not one given differently."""
    found = flagged(
        "Economists surveyed by Harbour Data had been looking for 640,000 new jobs in May.",
        "Analysts polled by Quayside Research were expecting 700,000 jobs gained in May.",
    )
    assert found == []
    # one forecaster named alike in both: one forecast, given differently
    found = flagged(
        "Economists surveyed by Harbour Data had been looking for 640,000 new jobs in May.",
        "Analysts polled by Harbour Data were expecting 700,000 jobs gained in May.",
    )
    assert [values for _, _, values in found] == [["640,000", "700,000"]]


def test_a_forecast_is_not_compared_with_the_figure_it_forecast() -> None:
    found = flagged(
        "Employers added 410,000 jobs in May.",
        "Analysts were expecting 700,000 jobs gained in May.",
    )
    assert found == []


def test_forecasts_of_different_places_are_not_compared() -> None:
    found = flagged(
        "Economists polled by Harbour Data expect growth of 3% in Tarnland this year.",
        "Economists polled by Quayside Research expect growth of 5% this year.",
    )
    assert found == []
    # without the place, one firm's two forecasts are one forecast
    found = flagged(
        "Economists polled by Harbour Data expect growth of 3% this year.",
        "Economists polled by Harbour Data expect growth of 5% this year.",
    )
    assert [values for _, _, values in found] == [["3%", "5%"]]


@pytest.mark.xfail(
    strict=True,
    reason="known limit: the place guard of forecasts holds only where the sentences' "
    "other names differ too; with no forecaster named, the shared words of one claim "
    "match the two figures before the forecast rule is read",
)
def test_forecasts_of_a_place_and_of_none_are_not_compared_with_no_forecaster_named() -> None:
    found = flagged(
        "Economists expect growth of 3% in Tarnland this year.",
        "Economists expect growth of 5% this year.",
    )
    assert found == []


def test_forecasts_need_sentences_of_one_claim() -> None:
    texts = (
        "Economists surveyed by Harbour Data had been looking for 640,000 new jobs in May.",
        "Analysts polled by Quayside Research were expecting 700,000 jobs gained in May.",
    )
    assert flagged(*texts, claims=[[0], [1]]) == []
