"""The English word tables figures are read with: the values the module's rules give them."""

from __future__ import annotations

import pytest

from summarize.analysis._figures import words
from summarize.analysis._figures.words import (
    ADJACENT_MEASURES,
    AFTER_HEDGES,
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DURATIONS,
    HEDGES,
    IRREGULAR,
    MEASURES,
    PERSON,
    SCALES,
    SHORT_SCALES,
    SMALL,
    TENS,
    UNCOUNTED,
    VAGUE,
    WORD_NUMBERS,
)


def test_small_numbers_run_from_zero_to_nineteen_in_order() -> None:
    assert len(SMALL) == 20
    assert (SMALL["zero"], SMALL["one"], SMALL["twelve"], SMALL["nineteen"]) == (0, 1, 12, 19)
    assert list(SMALL.values()) == [float(n) for n in range(20)]


def test_tens_run_from_twenty_to_ninety() -> None:
    assert dict(TENS) == {
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    }  # fmt: skip


def test_scales_are_short_scale_so_a_billion_is_ten_to_the_ninth() -> None:
    assert dict(SCALES) == {
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    }  # fmt: skip
    assert (SHORT_SCALES["k"], SHORT_SCALES["m"], SHORT_SCALES["bn"], SHORT_SCALES["tn"]) == (
        1e3, 1e6, 1e9, 1e12,
    )  # fmt: skip


def test_vague_plurals_give_ranges_above_what_they_are_plurals_of() -> None:
    assert VAGUE["dozens"] == (24.0, 100.0)
    assert VAGUE["hundreds"] == (200.0, 1e3)
    assert VAGUE["thousands"] == (2e3, 1e4)
    assert VAGUE["millions"] == (2e6, 1e7)


def test_every_number_word_may_start_a_figure_and_none_is_listed_twice() -> None:
    expected = {*SMALL, *TENS, *SCALES, *VAGUE, "dozen", "half", "tens", "century"}
    assert set(WORD_NUMBERS) == expected
    assert len(WORD_NUMBERS) == len(expected)


@pytest.mark.parametrize(
    ("phrase", "hedge"),
    [
        ("nearly", "nearly"),
        ("close to", "nearly"),
        ("just shy of", "nearly"),
        ("about", "about"),
        ("an estimated", "about"),
        ("in the region of", "about"),
        ("more than", "over"),
        ("at least", "over"),
        ("no fewer than", "over"),
        ("up to", "under"),
        ("as many as", "under"),
        ("no more than", "under"),
        ("before", "before"),
        ("shortly before", "before-"),
        ("just after", "after-"),
        ("between", "between"),
    ],
)
def test_a_hedge_phrase_written_before_a_figure_names_its_range(phrase: str, hedge: str) -> None:
    assert HEDGES[tuple(phrase.split())] == hedge


def test_hedges_before_a_figure_have_one_to_four_words() -> None:
    assert {len(phrase) for phrase in HEDGES} == {1, 2, 3, 4}


def test_hedges_after_a_figure_name_their_range() -> None:
    assert AFTER_HEDGES[("or", "so")] == "about"
    assert AFTER_HEDGES[("or", "more")] == "over"
    assert AFTER_HEDGES[("+",)] == "over"
    assert AFTER_HEDGES[("or", "fewer")] == "under"
    assert AFTER_HEDGES[("-", "odd")] == "about"


def test_currency_codes_and_words_map_to_signs() -> None:
    assert (CURRENCY_CODES["eur"], CURRENCY_CODES["gbp"], CURRENCY_CODES["usd"]) == ("€", "£", "$")
    assert (CURRENCY_WORDS["euros"], CURRENCY_WORDS["pounds"], CURRENCY_WORDS["yen"]) == (
        "€", "£", "¥",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("word", "days"),
    [
        ("minute", 1 / 1440),
        ("hours", 1 / 24),
        ("day", 1.0),
        ("weeks", 7.0),
        ("fortnight", 14.0),
        ("month", 365.25 / 12),
        ("years", 365.25),
        ("decade", 3652.5),
        ("centuries", 36525.0),
    ],
)
def test_durations_are_measured_in_days(word: str, days: float) -> None:
    assert DURATIONS[word] == pytest.approx(days)


@pytest.mark.parametrize(
    ("word", "unit", "factor"),
    [
        ("feet", "m", 0.3048),
        ("km", "m", 1e3),
        ("miles", "m", 1609.344),
        ("tonnes", "kg", 1e3),
        ("lbs", "kg", 0.4536),
        ("gallons", "l", 3.785),
        ("hectares", "m2", 1e4),
        ("mph", "km/h", 1.609),
        ("knots", "km/h", 1.852),
    ],
)
def test_measures_convert_to_their_normalised_unit(word: str, unit: str, factor: float) -> None:
    assert MEASURES[word] == (unit, factor)


def test_only_abbreviated_measures_may_be_glued_to_a_number() -> None:
    assert set(MEASURES) >= ADJACENT_MEASURES
    assert {"ft", "km", "kg", "mph"} <= ADJACENT_MEASURES
    assert not {"feet", "metres", "tonnes", "miles"} & ADJACENT_MEASURES


def test_irregular_plurals_and_uncounted_nouns() -> None:
    assert (IRREGULAR["people"], IRREGULAR["children"], IRREGULAR["women"]) == (
        "person", "child", "woman",
    )  # fmt: skip
    assert {"police", "sheep", "dead", "injured"} <= UNCOUNTED
    assert {"dead", "injured", "wounded", "missing"} <= PERSON


def test_every_word_of_every_table_is_lower_case() -> None:
    for name in words.__all__:
        table = getattr(words, name)
        for key in table:
            for word in key if isinstance(key, tuple) else (key,):
                assert word == word.lower(), (name, word)
