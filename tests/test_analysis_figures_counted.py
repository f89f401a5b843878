"""What a count counts: general nouns, the head of a compound count, and addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.analysis._figures.context import read_figures
from summarize.analysis._figures.counted import (
    KINDS_OF,
    address,
    compound_head,
    counted_as,
    kin,
)
from summarize.analysis._figures.predicates import lexicon_for
from summarize.analysis._figures.quantities import find_quantities
from summarize.analysis._figures.tokens import SentenceTokens
from summarize.records import Sentence
from summarize.text._languages import stemmer, stop_words

LEXICON = lexicon_for(stemmer("english"))
STOP = stop_words("english")


def tokens_of(text: str) -> SentenceTokens:
    return SentenceTokens(text, find_quantities(text), None)


def figures_of(text: str, claim: int = -1) -> list[tuple[str, str, tuple[str, str], str]]:
    sentence = Sentence("a", 0, 0, len(text), text)
    figures = read_figures([sentence], {}, LEXICON, STOP, [claim])
    return [(f.quantity.text, f.unit, f.key, f.phrase) for f in figures]


# --- counted_as and kin -------------------------------------------------------------


def test_kinds_of_a_vehicle_are_counted_as_vehicles() -> None:
    assert {counted_as(unit) for unit in ("car", "truck", "bus", "van", "vehicle")} == {"vehicle"}
    assert counted_as("person") == "person"
    assert counted_as("") == ""


def test_a_kind_is_kin_to_its_general_noun_and_to_itself_only() -> None:
    assert kin("car", "vehicle")
    assert kin("vehicle", "truck")
    assert kin("car", "car")
    assert not kin("car", "truck")
    assert not kin("state", "vehicle")  # a noun with no general one is no vehicle


@given(st.sampled_from(sorted(KINDS_OF)), st.sampled_from(sorted(KINDS_OF)))
def test_kin_is_symmetric_and_two_kinds_are_kin_only_through_the_general_noun(
    one: str, two: str
) -> None:
    assert kin(one, two) == kin(two, one)
    # one is the other's general noun ("car", "vehicle"); a storey is no vehicle
    assert kin(one, two) == (one == two or KINDS_OF[one] == two or KINDS_OF[two] == one)


# --- compound counts ------------------------------------------------------------------


def test_a_compound_count_describes_the_noun_after_it() -> None:
    tokens = tokens_of("A 30-car pileup closed the road.")
    assert tokens.word(compound_head(tokens, 0, STOP)) == "pileup"


@pytest.mark.parametrize(
    "text",
    [
        "The 30 cars were towed away.",  # no hyphen: a count of cars
        "The road saw a 30-car, then a 12-car, pileup.",  # a comma after it
        "Police said it was a 30-car Pileup.",  # a capitalised word is no head
        "It was a 30-car in the end.",  # a stop word is no head
        "It was a 30-car",  # nothing after it
    ],
)
def test_a_count_with_no_noun_after_its_hyphen_has_no_head(text: str) -> None:
    tokens = tokens_of(text)
    assert compound_head(tokens, 0, STOP) == -1


def test_a_compound_count_takes_no_predicate_and_names_its_head_in_its_phrase() -> None:
    # "killed" is the pileup's predicate, not the cars'.
    assert figures_of("A 30-car pileup killed two people.") == [
        ("30-car", "car", ("count", "vehicle"), "vehicle pileup"),
        ("two", "person", ("count", "person"), ""),
    ]


def test_a_count_followed_by_per_is_a_ratio_and_not_compared() -> None:
    assert figures_of("Fertility is five children per woman.", claim=0) == []


# --- addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two died in the 800 block of Elm Street.", [False, True]),
        ("Two died at 1600 Grand Avenue.", [False, True]),
        ("Two died when 12 Elm trees fell.", [False, False]),
        ("Twelve people died, the route said.", [False]),
    ],
)
def test_numbers_of_addresses_are_told_apart_from_counts(text: str, expected: list[bool]) -> None:
    tokens = tokens_of(text)
    assert [address(tokens, b) for _, b in tokens.spans] == expected


def test_a_number_of_an_address_is_no_figure() -> None:
    assert [f[0] for f in figures_of("A shooting in the 800 block of Elm Street killed two.")] == [
        "two"
    ]
