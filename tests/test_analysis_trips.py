"""The day of one coming visit that sources give differently (analysis/_trips.py).

Sentences written for the test: "Mayor Ada Ode will visit Kessel on Tuesday" against
"Ode will travel to Kessel on Monday" is a day that may differ, whatever the claims;
another person, another place, a span of days, a deadline or a source that gives two
days for the visit is not.
"""

from __future__ import annotations

import pytest

from summarize.analysis._disagree import find_disagreements
from summarize.records import Sentence


def trips(*texts: str) -> list[tuple[bool, str, list[str], list[float]]]:
    """(certain, about, values, numbers) of each disagreement; each sentence its own claim."""
    sentences = [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]
    found = find_disagreements(sentences, {}, claims=[[i] for i in range(len(texts))])
    for disagreement in found:
        for version in disagreement.versions:
            start = version.start - version.sentence.start
            assert version.sentence.text[start : start + len(version.value)] == version.value
    return [
        (d.certain, d.about, [v.value for v in d.versions], [v.low for v in d.versions])
        for d in found
    ]


def test_the_day_of_one_visit_that_differs_may_differ() -> None:
    """A title and a state between the name and the day change nothing; never certain."""
    found = trips(
        "A century after the pier burned, Mayor Ada Ode will visit Kessel, Tarnland, "
        "on Tuesday to mark it.",
        "Ode will travel to Kessel on Monday and speak at the harbour hall.",
    )
    assert found == [(False, "day of the visit to Kessel", ["Tuesday", "Monday"], [2.0, 1.0])]


@pytest.mark.parametrize(
    "verb", ["is set to visit", "is scheduled to travel to", "plans to fly to", "will arrive in"]
)
def test_every_way_of_saying_a_coming_trip_dates_it(verb: str) -> None:
    found = trips(f"Ivo Brandt {verb} Brennock on Friday.", "Brandt will visit Brennock Thursday.")
    assert [values for _, _, values, _ in found] == [["Friday", "Thursday"]]


@pytest.mark.parametrize(
    ("one", "two"),
    [
        # two people, two places
        ("Ada Ode will visit Kessel on Tuesday.", "Ivo Brandt will visit Kessel on Monday."),
        ("Ada Ode will visit Kessel on Tuesday.", "Ada Ode will visit Brennock on Monday."),
        ("Ada Ode will visit Kessel on Tuesday.", "Ivo Ode will visit Kessel on Monday."),
        # a return is another trip
        ("Ada Ode will visit Kessel on Tuesday.", "Ada Ode will return to Kessel on Friday."),
        # a span, a deadline, a pronoun that names no one
        ("Ada Ode will visit Kessel Monday to Wednesday.", "Ada Ode will visit Kessel Friday."),
        ("Ada Ode will visit Kessel by Friday.", "Ada Ode will visit Kessel on Monday."),
        ("He will visit Kessel on Tuesday.", "He will visit Kessel on Monday."),
        # the same day
        ("Ada Ode will visit Kessel on Tuesday.", "Ode will travel to Kessel on Tuesday."),
        # a day told in a time zone may be another day elsewhere
        (
            "Ada Ode will visit Kessel on Tuesday at 9 a.m. local time.",
            "Ada Ode will visit Kessel on Wednesday.",
        ),
    ],
)
def test_other_visits_and_days_that_date_no_visit_are_not_compared(one: str, two: str) -> None:
    assert trips(one, two) == []


def test_a_source_that_gives_two_days_for_the_visit_gives_none() -> None:
    """A flight on one day and the visit on the next: the source's days are not one version."""
    fly, visit = "Ada Ode will fly to Kessel on Monday.", "Ada Ode will visit Kessel on Tuesday."
    sentences = [
        Sentence("a", 0, 0, len(fly), fly),
        Sentence("a", 1, len(fly) + 1, len(fly) + 1 + len(visit), visit),
        Sentence("b", 0, 0, len(visit), visit),
    ]
    assert find_disagreements(sentences, {}, claims=[[0], [1], [2]]) == []


def test_an_article_and_a_title_before_the_name_are_no_part_of_it() -> None:
    found = trips(
        "The President Ivo Brandt will visit Brennock on Friday.",
        "Brandt will travel to Brennock on Saturday.",
    )
    assert [values for _, _, values, _ in found] == [["Friday", "Saturday"]]
