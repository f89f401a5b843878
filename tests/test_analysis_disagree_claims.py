"""Disagreements found through claims, compound counts and ages, and those never flagged.

The pipeline passes the set's claims to :func:`find_disagreements`: figures of one
unit in sentences that state one claim count one thing unless something says
otherwise. These tests pin what that finds, and that what must never be flagged
stays unflagged even in sentences of one claim (the strongest evidence there is).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from summarize.analysis._disagree import find_disagreements
from summarize.records import Sentence

ONE_CLAIM = "one"


def told(*texts: str) -> list[Sentence]:
    """One sentence an article, the articles named a, b, c, ..."""
    return [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]


def flagged(
    *texts: str, claims: Sequence[Sequence[int]] | str | None = ONE_CLAIM
) -> list[tuple[bool, str, list[str]]]:
    """(certain, about, values) of each disagreement; by default all sentences state one claim."""
    groups = [list(range(len(texts)))] if claims == ONE_CLAIM else claims
    assert not isinstance(groups, str)
    found = find_disagreements(told(*texts), {}, claims=groups)
    for disagreement in found:
        for version in disagreement.versions:
            text = version.sentence.text
            assert text[version.start : version.end] == version.value  # offsets stay exact
    return [(d.certain, d.about, [v.value for v in d.versions]) for d in found]


# --- misses, now found ------------------------------------------------------------------


def test_regression_a_30_car_pileup_against_a_25_vehicle_pileup_was_not_flagged() -> None:
    found = flagged(
        "Snow caused a 30-car pileup on the highway north of Tarnby that killed two people.",
        "A 25-vehicle pileup killed two people near Tarnby, state police said.",
    )
    assert found == [(True, "cars in the pileup", ["30-car", "25-vehicle"])]


def test_regression_a_30_car_pileup_against_a_25_car_pileup_was_not_flagged() -> None:
    found = flagged(
        "Blowing snow caused a 30-car pileup on the highway north of Tarnby.",
        "A 25-car pileup closed the highway near Tarnby for hours.",
    )
    assert found == [(True, "cars in the pileup", ["30-car", "25-car"])]


def test_regression_a_year_figure_counted_as_a_year_its_sentence_names_vetoed_every_year() -> None:
    """ "Opened in 1931" and "completed in 1932": each year dated its own figure, and two
    sentences that name different years veto each other, so no two years were ever compared."""
    found = flagged(
        "The Tarn Bridge, opened in 1931, carries trains to the coast.",
        "The Tarn Bridge was completed in 1932, engineers said.",
    )
    assert found == [(True, "year opened", ["1931", "1932"])]


def test_regression_a_year_of_another_happening_vetoed_the_figures_of_its_sentence() -> None:
    """ "Opened in 1931" dates the opening, not the traffic the bridge carries now."""
    found = flagged(
        "The Tarn Bridge, opened in 1931, carries some 25,000 vehicles a day.",
        "The Tarn Bridge, completed in 1932, carries about 22,000 vehicles a day.",
    )
    assert ("vehicles a day", ["some 25,000", "about 22,000"]) in [(a, v) for _, a, v in found]


def test_a_year_figure_is_dated_by_no_other_year_of_its_sentence() -> None:
    """ "Closed in 2024" and "shut in 2020" say nothing of when the bridge was built."""
    found = flagged(
        "The Tarn Bridge was built in 1931 and closed in 2024.",
        "The Tarn Bridge, built in 1932, was shut in 2020.",
    )
    assert found == [(True, "year built", ["1931", "1932"])]


def test_a_year_that_dates_a_count_still_vetoes_another_year() -> None:
    """A year no predicate of its own claims ("in 2019") dates the sentence's counts."""
    found = flagged(
        "The storm, which hit a town founded in 1850, killed 12 people in the county in 2019.",
        "The storm killed 40 people in the county in 2021.",
    )
    assert [a for _, a, _ in found] == []


def test_regression_tax_revenue_beside_sales_was_not_flagged() -> None:
    """A source that gives two amounts of money left them to context, which said too little;
    what each is in ("in sales", "in tax revenue") says which is which."""
    found = flagged(
        "Shops made $3 million in sales in the first four days, and the state took in "
        "$500,000 in tax revenue, officials said.",
        "Dispensaries made about $3 million in sales and the state made about $1 million in "
        "tax revenue between July 1 and July 4.",
    )
    assert found == [(True, "tax revenue", ["$500,000", "about $1 million"])]


def test_amounts_in_different_things_are_never_compared() -> None:
    found = flagged(
        "The state took in $500,000 in tax revenue in the first four days.",
        "Shops made $1 million in sales in the first four days.",
    )
    assert found == []


def test_a_compound_count_is_compared_only_with_one_of_the_same_head() -> None:
    assert (
        flagged(
            "A 30-car pileup closed the highway near Tarnby.",
            "A 25-car convoy closed the highway near Tarnby.",
        )
        == []
    )


def test_cars_and_trucks_are_vehicles_but_not_each_other() -> None:
    lot = "The fire destroyed {} in the lot behind the depot."
    assert flagged(lot.format("12 cars"), lot.format("15 vehicles")) == [
        (True, "cars", ["12", "15"])
    ]
    assert flagged(lot.format("12 cars"), lot.format("15 trucks")) == []
    assert flagged("A 30-car pileup shut the road.", "A 25-truck pileup shut the road.") == []


def test_regression_kevin_johnson_25_against_kevin_deon_johnson_24_was_not_flagged() -> None:
    found = flagged(
        "Dwight Marsh, 30, and Kevin Johnson, 25, were arrested last week, police said.",
        "The suspects were identified as: Kevin Deon Johnson, 24; Dwight Kevin Marsh, 30.",
        claims=[[0], [1]],  # an age needs no claim: the name says whose it is
    )
    assert found == [(True, "age of Kevin Johnson", ["25", "24"])]


def test_ages_of_two_people_who_share_a_surname_are_not_compared() -> None:
    assert (
        flagged(
            "Police arrested Erin Tarrow, 32, on Monday.",
            "Police arrested Jonathan Tarrow, 33, on Monday.",
        )
        == []
    )


def test_regression_a_toll_of_one_event_in_one_claim_was_not_flagged() -> None:
    # The second source gives other tolls too, so context alone was not enough; the
    # first sentence names the city outside the figure's own words.
    found = flagged(
        "On Sunday, an explosion killed two and wounded 30 in the northern city of Tarnby.",
        "A car bomb in the city of Tarnby killed at least three people on Sunday.",
        "The army said 40 people were killed in Elmford last month.",
        claims=[[0, 1], [2]],
    )
    assert found == [(True, "people killed", ["two", "at least three"])]


def test_regression_the_wounded_count_stood_for_the_death_toll_of_its_sentence() -> None:
    # "30" wounded overlaps "at least three" killed: it must not replace "two" killed.
    found = flagged(
        "An explosion killed two and wounded 30 in Tarnby on Sunday.",
        "A car bomb killed at least three people in Tarnby on Sunday.",
    )
    assert [values for _, _, values in found] == [["two", "at least three"]]


def test_counts_of_one_noun_in_one_claim_need_no_predicate() -> None:
    found = flagged(
        "The elevator car stood eight stories below the lobby, police said.",
        "The elevator car stood six stories below the lobby.",
    )
    assert found == [(True, "stories", ["eight", "six"])]
    # Not in one claim, the same sentences say too little.
    assert flagged(*_stories(), claims=[[0], [1]]) == []


def _stories() -> tuple[str, str]:
    return (
        "The elevator car stood eight stories below the lobby, police said.",
        "The elevator car stood six stories below the lobby.",
    )


# --- never flagged, even in one claim --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Police said a shooting in the 800 block of Elm Street killed two people.",
            "Two people were killed in the shooting on Elm Street, police said.",
            id="street address",
        ),
        pytest.param(
            "A crash on Interstate 35 killed two people on Friday.",
            "A crash on the interstate killed two people on Friday.",
            id="road number",
        ),
        pytest.param(
            "In 2019, the storm killed 12 people in the county.",
            "The storm killed 40 people in the county in 2021.",
            id="different years",
        ),
        pytest.param(
            "A leak of cesium-137 killed two workers at the plant.",
            "The leak killed two workers at the plant, officials said.",
            id="isotope number",
        ),
        pytest.param(
            "The governor claimed only 18 people died in the hurricane, when in fact 3,000 died.",
            "Officials said 3,000 people died in the hurricane.",
            id="figure the sentence refutes",
        ),
        pytest.param(
            "The virus has killed more than 600,000 people in the country.",
            "The country recorded a seven-day average of about 330 deaths from the virus.",
            id="daily average against the total",
        ),
        pytest.param(
            "Twelve people were killed in clashes in the city last month.",
            "Five people were killed in clashes in the city on Sunday.",
            id="earlier count",
        ),
        pytest.param(
            "The monitors said 15 people had been killed in the Tarnby area.",
            "In all, 104 people were killed on Monday in Elmford, the monitors said.",
            id="one place of several",
        ),
        pytest.param(
            "Eleven military planes, one civil aircraft and 15 ships joined the search.",
            "Twelve aircraft and 15 ships joined the search on Monday.",
            id="part against the whole",
        ),
        pytest.param(
            "At least 28 people, including nine children, were reported killed in the region.",
            "Seven of the dead were of a single family, including three children.",
            id="parts of two different counts",
        ),
        pytest.param(
            "South of the desert, fertility is five children per woman; in Tarnland it is seven.",
            "In Tarnland the average woman has seven children.",
            id="a ratio against a count",
        ),
        pytest.param(
            "The foundation had given $70 million in donations by the end of the decade.",
            "The foundation donated $2 million to Citizens United.",
            id="one gift against the running total",
        ),
        pytest.param(
            "From March to April, prices increased 0.8 percent.",
            "Prices increased 3% from the same period a year before.",
            id="a month's rise against a year's",
        ),
    ],
)
def test_never_flagged_even_in_one_claim(first: str, second: str) -> None:
    assert flagged(first, second) == []
