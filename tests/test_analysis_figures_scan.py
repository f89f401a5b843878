"""A text's tokens, and the number read where a figure may start: digits, scales or words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis._figures.scan import LOOK_BACK, Reading, Scan, read_number


def number_at(text: str, word: str) -> Reading | None:
    """The number read at the first place ``word`` is written in ``text``."""
    return read_number(Scan(text, 0), text.index(word))


# --- Scan ---------------------------------------------------------------------------------


def test_tokens_are_digit_runs_words_with_apostrophes_and_single_marks() -> None:
    scan = Scan("At o'clock, 1,500.5 fled: 3.", 0)
    assert scan.lows == ["at", "o'clock", ",", "1,500.5", "fled", ":", "3", "."]
    assert scan.starts == [0, 3, 10, 12, 20, 24, 26, 27]
    assert scan.ends == [2, 10, 11, 19, 24, 25, 27, 28]
    assert scan.size == 8


def test_whitespace_separates_tokens_and_is_never_part_of_one() -> None:
    scan = Scan("Some  1,500\tpeople ", 6)
    assert (scan.lows, scan.starts, scan.ends) == (
        ["some", "1,500", "people"], [0, 6, 12], [4, 11, 18],
    )  # fmt: skip


def test_tokens_are_lower_cased_and_piece_gives_them_as_written() -> None:
    scan = Scan("Nearly TWELVE Boats", 7)
    assert scan.lows == ["nearly", "twelve", "boats"]
    assert [scan.piece(i) for i in range(scan.size)] == ["Nearly", "TWELVE", "Boats"]


def test_spaced_tells_whether_whitespace_comes_before_a_token() -> None:
    scan = Scan("A 5-4 win", 2)
    assert [scan.spaced(i) for i in range(scan.size)] == [False, True, False, False, True]


def test_kind_tells_numbers_words_and_marks_apart() -> None:
    scan = Scan("About 40 % of them", 6)
    assert [scan.kind(i) for i in range(scan.size)] == ["word", "num", "mark", "word", "word"]


def test_index_gives_the_first_token_at_or_after_an_offset() -> None:
    scan = Scan("A 5-4 win", 2)
    assert [scan.index(pos) for pos in (0, 1, 2, 3, 5, 6, 99)] == [0, 1, 1, 2, 4, 4, 5]


def test_a_letter_whose_lower_case_is_longer_keeps_the_texts_offsets() -> None:
    scan = Scan("\u0130zmir had 12 boats", 10)
    assert scan.starts == [0, 6, 10, 13]
    assert scan.piece(0) == "\u0130zmir"
    assert scan.lows[2:] == ["12", "boats"]


def test_look_back_starts_at_the_whole_word_it_reaches_into() -> None:
    text = "word " * 30 + "nearly 12 people"  # each "word" starts at a multiple of five
    first = text.index("12")
    assert first - LOOK_BACK == 61  # inside the "word" at 60
    scan = Scan(text, first)
    assert scan.starts[scan.floor] == 60


def test_look_back_starts_at_the_first_token_when_the_first_anchor_is_near_the_start() -> None:
    text = "x" * 90 + " about 12"
    assert Scan(text, text.index("12")).floor == 0


def test_before_gives_at_most_count_tokens_and_none_before_the_floor() -> None:
    text = "word " * 30 + "nearly 12 people"
    scan = Scan(text, text.index("12"))
    assert scan.before(text.index("12"), 3) == [("word", 140), ("word", 145), ("nearly", 150)]
    assert scan.before(70) == [("word", 60), ("word", 65)]  # the floor is the token at 60
    assert Scan("12 people", 0).before(0) == []


# --- read_number: digits ------------------------------------------------------------------


def test_digits_with_thousands_commas_and_decimals_are_read() -> None:
    r = number_at("Officials said 1,500.5 tonnes", "1,500.5")
    assert r is not None
    assert (r.start, r.end, r.value, r.words) == (15, 22, 1500.5, False)


def test_a_scale_word_after_a_space_multiplies_the_digits() -> None:
    r = number_at("It cost 1.5 million euros", "1.5")
    assert r is not None
    assert (r.start, r.end, r.value) == (8, 19, 1.5e6)


def test_a_scale_word_glued_to_the_digits_is_not_read_as_a_scale() -> None:
    r = number_at("It cost 1.5million", "1.5")
    assert r is not None
    assert (r.end, r.value) == (11, 1.5)


def test_dozen_after_digits_is_not_a_scale() -> None:
    r = number_at("He bought 3 dozen eggs", "3")
    assert r is not None
    assert (r.end, r.value) == (11, 3.0)


def test_eighteen_digits_are_a_number_and_nineteen_are_not() -> None:
    r = number_at("It held 123456789012345678 atoms", "1")
    assert r is not None
    assert r.value == pytest.approx(123456789012345678.0)
    assert number_at("It held 1234567890123456789 atoms", "1") is None


def test_misplaced_commas_make_no_number() -> None:
    assert number_at("It held 1,50 boxes", "1") is None
    assert number_at("It held 1,5000 boxes", "1") is None
    r = number_at("It held 15,000 boxes", "1")
    assert r is not None
    assert r.value == 15000.0


def test_an_offset_that_starts_no_token_gives_no_number() -> None:
    assert read_number(Scan("1,500 left", 0), 2) is None
    assert read_number(Scan("o'one", 0), 2) is None  # "one" inside the word "o'one"


# --- read_number: words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "span", "value"),
    [
        ("Eleven ferries sailed", "Eleven", (0, 6), 11),
        ("It sent forty-two boats", "forty", (8, 17), 42),
        ("It sent twenty one boats", "twenty", (8, 18), 21),
        ("It sent ninety-nine boats", "ninety", (8, 19), 99),
        ("It sent twelve hundred men", "twelve", (8, 22), 1200),
        ("It sent a hundred and five men", "hundred", (8, 26), 105),
        ("It sent A thousand men", "thousand", (8, 18), 1000),
        ("It sent three thousand and forty men", "three", (8, 32), 3040),
        ("It sent one million two hundred thousand men", "one", (8, 40), 1.2e6),
        ("Crews saved a dozen people", "dozen", (12, 19), 12),
        ("Crews saved two dozen people", "two", (12, 21), 24),
        ("It drew half a million people", "half", (8, 22), 5e5),
        ("It sold half a dozen eggs", "half", (8, 20), 6),
    ],
)
def test_numbers_written_in_words_are_read_with_their_span(
    text: str, word: str, span: tuple[int, int], value: float
) -> None:
    r = number_at(text, word)
    assert r is not None
    assert ((r.start, r.end), r.value, r.words, r.hedge) == (span, value, True, "")


def test_a_counts_as_one_only_before_hundred_dozen_or_a_scale() -> None:
    r = number_at("a twelve-hour shift", "twelve")
    assert r is not None
    assert (r.start, r.value) == (2, 12.0)
    r = number_at("a hundred boats", "hundred")
    assert r is not None
    assert (r.start, r.value) == (0, 100.0)


def test_a_scale_or_dozen_with_no_article_or_number_is_no_number() -> None:
    assert number_at("The dozen eggs", "dozen") is None
    assert number_at("Hundred-year floods", "Hundred") is None
    assert number_at("It took half the town", "half") is None


def test_words_that_do_not_form_one_number_stop_the_reading() -> None:
    r = number_at("nineteen twelve", "nineteen")  # two small numbers in a row
    assert r is not None
    assert (r.end, r.value) == (8, 19.0)
    r = number_at("five and six boats", "five")  # "and" goes on only after a hundred or scale
    assert r is not None
    assert (r.end, r.value) == (4, 5.0)
    r = number_at("forty - two", "forty")  # a spaced dash does not join tens and units
    assert r is not None
    assert (r.end, r.value) == (5, 40.0)
    r = number_at("thirty-fifteen", "thirty")  # only a unit may follow tens
    assert r is not None
    assert (r.end, r.value) == (6, 30.0)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Dozens of people fled", (0, 6), 24, 100),
        ("Thousands of people fled", (0, 9), 2e3, 1e4),
        ("Tens of thousands of people fled", (0, 17), 2e4, 1e5),
        ("Hundreds of millions of dollars", (0, 20), 2e8, 1e9),
    ],
)
def test_a_vague_plural_before_of_is_a_vague_range(
    text: str, span: tuple[int, int], low: float, high: float
) -> None:
    r = read_number(Scan(text, 0), 0)
    assert r is not None
    assert ((r.start, r.end), r.value, r.high_value, r.hedge) == (span, low, high, "vague")


def test_a_vague_plural_not_before_of_is_no_number() -> None:
    assert read_number(Scan("Dozens more fled", 0), 0) is None
    assert read_number(Scan("Tens of people fled", 0), 0) is None  # "tens" needs a scale


def test_century_old_is_an_age_over_a_hundred_and_a_bare_century_no_number() -> None:
    r = number_at("A century-old bridge", "century")
    assert r is not None
    assert (r.start, r.end, r.value, r.kind, r.unit, r.hedge) == (
        2, 13, 100.0, "age", "year", "over",
    )  # fmt: skip
    assert number_at("A century ago", "century") is None


# --- against brute-force references -------------------------------------------------------

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell_below_thousand(n: int, with_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_UNITS[hundreds]} hundred"] if hundreds else []
    if rest:
        if hundreds and with_and:
            parts.append("and")
        tens, units = divmod(rest, 10)
        if rest < 20:
            parts.append(_UNITS[rest])
        else:
            parts.append(_TENS[tens] + (f"-{_UNITS[units]}" if units else ""))
    return " ".join(parts)


def spell(n: int, with_and: bool) -> str:
    """English words for 0 <= n < 1,000,000: "three hundred and forty-two thousand six"."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = [f"{spell_below_thousand(thousands, with_and)} thousand"] if thousands else []
    if rest:
        parts.append(spell_below_thousand(rest, with_and))
    return " ".join(parts)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999_999), st.booleans())
def test_numbers_spelled_in_words_read_as_their_value(n: int, with_and: bool) -> None:
    words = spell(n, with_and)
    scan = Scan(f"{words} boats", 0)
    if scan.size > 11:  # a number is read over at most ten tokens
        return
    r = read_number(scan, 0)
    assert r is not None
    assert (r.value, r.end, r.words) == (n, len(words), True)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10**15), st.booleans())
def test_digit_runs_up_to_eighteen_characters_read_as_their_value(n: int, commas: bool) -> None:
    digits = f"{n:,}" if commas else str(n)
    r = read_number(Scan(f"about {digits} boats", 6), 6)
    if len(digits) > 18:  # commas count towards the 18 characters
        assert r is None
    else:
        assert r is not None
        assert (r.value, r.end, r.words) == (n, 6 + len(digits), False)
