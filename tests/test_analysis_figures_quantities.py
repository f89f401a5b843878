"""Figures read from text: spans, units and the ranges their hedges allow."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis._figures.quantities import (
    KINDS,
    Quantity,
    find_quantities,
    find_quantities_in,
)

INF = math.inf

# text, then each figure expected in it: (as written, kind, unit, low, high)
FORMS: list[tuple[str, list[tuple[str, str, str, float, float]]]] = [
    ("Officials said 1,500 people left.", [("1,500", "count", "person", 1500, 1500)]),
    ("Officials said 1500 people left.", [("1500", "count", "person", 1500, 1500)]),
    ("Some 1.5 million live there.", [("Some 1.5 million", "count", "", 1.425e6, 1.575e6)]),
    ("The span will cost $38.5 million.", [("$38.5 million", "money", "$", 38.5e6, 38.5e6)]),
    ("Repairs may cost 40 million.", [("40 million", "count", "", 40e6, 40e6)]),
    ("Nearly 30,000 people fled.", [("Nearly 30,000", "count", "person", 27000, 30000)]),
    ("More than 50,000 people walked out.", [("More than 50,000", "count", "person", 50000, INF)]),
    ("We moved about 3,000 people.", [("about 3,000", "count", "person", 2700, 3300)]),
    ("It has some 25,000 cars a day.", [("some 25,000", "count", "car/day", 23750, 26250)]),
    ("At least 15 were hurt.", [("At least 15", "count", "", 15, INF)]),
    ("It stays shut for up to two years.", [("up to two years", "duration", "day", 0, 730.5)]),
    ("A 100% defeat.", [("100%", "percent", "%", 100, 100)]),
    ("It was 100 percent gone.", [("100 percent", "percent", "%", 100, 100)]),
    ("It was 12 per cent up.", [("12 per cent", "percent", "%", 12, 12)]),
    ("A %100 defeat, they wrote.", [("%100", "percent", "%", 100, 100)]),
    ("Six ferries sailed.", [("Six", "count", "ferry", 6, 6)]),
    ("Two are feared dead.", [("Two", "count", "", 2, 2)]),
    ("Eleven people were rescued.", [("Eleven", "count", "person", 11, 11)]),
    ("Crews saved a dozen people.", [("a dozen", "count", "person", 12, 12)]),
    ("Nearly two dozen people were hurt.", [("Nearly two dozen", "count", "person", 21.6, 24)]),
    ("There were more than a dozen injuries.", [("more than a dozen", "count", "injury", 12, INF)]),
    ("A 93-year-old crossing.", [("93-year-old", "age", "year", 93, 93)]),
    ("The 200ft span fell.", [("200ft", "measure", "m", 60.96, 60.96)]),
    ("About 60 metres of road went.", [("About 60 metres", "measure", "m", 55, 65)]),
    ("It fell at 7:42 a.m. on Monday.", [("7:42 a.m.", "time", "minute", 462, 462)]),
    ("It fell at 07:42 local time.", [("07:42", "time", "minute", 462, 462)]),
    ("It fell shortly before 8 a.m.", [("shortly before 8 a.m.", "time", "minute", 450, 479)]),
    ("It fell just after 8pm.", [("just after 8pm", "time", "minute", 1201, 1230)]),
    ("The hall opened in 1931.", [("1931", "year", "year", 1931, 1931)]),
    ("Ann Roe, 52, said so.", [("52", "age", "year", 52, 52)]),
    ("Between 20 and 30 people.", [("Between 20 and 30", "count", "person", 20, 30)]),
    ("A 50%-52% cut.", [("50%-52%", "percent", "%", 50, 52)]),
    ("Sales of $70 billion to $72 billion.", [("$70 billion", "money", "$", 7e10, 7e10),
                                              ("$72 billion", "money", "$", 7.2e10, 7.2e10)]),
    ("A hundred and five people came.", [("A hundred and five", "count", "person", 105, 105)]),
    ("Half a million people came.", [("Half a million", "count", "person", 5e5, 5e5)]),
    ("50 or more people came.", [("50 or more", "count", "person", 50, INF)]),
    ("Tens of thousands of people came.", [("Tens of thousands", "count", "person", 2e4, 1e5)]),
    ("It ran 1 hour, 30 minutes.", [("1 hour, 30 minutes", "duration", "day", 0.0625, 0.0625)]),
    ("A forty-tonne lorry.", [("forty-tonne", "measure", "kg", 40000, 40000)]),
    ("It was minus 4.5C.", [("minus 4.5C", "measure", "°C", -4.5, -4.5)]),
    ("A 2,000 US troops pullout.", [("2,000", "count", "troop", 2000, 2000)]),
    ("Three of the injured are stable.", [("Three", "count", "injured (part)", 3, 3)]),
    ("A three-decade-old ban.", [("three-decade-old", "age", "year", 27, 33)]),
    ("It rose 6% / hr.", [("6%", "percent", "%/hour", 6, 6)]),
    ("The £2bn plan.", [("£2bn", "money", "£", 2e9, 2e9)]),
    ("A US$5 million fine.", [("US$5 million", "money", "$", 5e6, 5e6)]),
]  # fmt: skip

# Numbers that are not figures: dates, labels, ordinals, decades, a "one" that counts nothing.
NOT_FIGURES = [
    "It opened on Oct. 14 in the rain.",
    "It went missing on 8 March at night.",
    "She took the 3rd place in the 1990s.",
    "The COVID-19 wards and the MP3 files.",
    "They met at No. 10 and Flight 370.",
    "He had stage 4 cancer.",
    "No one was hurt, and one of them left.",
    "Dated 2019-03-27, it was filed.",
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t for t, _ in FORMS])
def test_figure_forms_are_read_with_exact_spans_units_and_ranges(
    text: str, expected: list[tuple[str, str, str, float, float]]
) -> None:
    found = find_quantities(text)
    assert [q.text for q in found] == [figure for figure, *_ in expected]
    for quantity, (figure, kind, unit, low, high) in zip(found, expected, strict=True):
        assert text[quantity.start : quantity.end] == figure
        assert (quantity.kind, quantity.unit) == (kind, unit)
        assert quantity.low == pytest.approx(low)
        assert quantity.high == pytest.approx(high)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_dates_labels_ordinals_and_pronouns_are_not_figures(text: str) -> None:
    assert [q.text for q in find_quantities(text) if q.kind != "year"] == []


def test_counted_noun_is_given_as_written_and_left_out_of_the_span() -> None:
    (quantity,) = find_quantities("Nearly 30,000 People fled.")
    assert (quantity.text, quantity.noun, quantity.unit) == ("Nearly 30,000", "People", "person")


def test_vague_amounts_are_marked_vague() -> None:
    (quantity,) = find_quantities("Hundreds of civilians fled.")
    assert (quantity.hedge, quantity.unit, quantity.low, quantity.high) == (
        "vague", "civilian", 200, 1000,
    )  # fmt: skip


def test_a_year_is_never_a_count_and_a_count_never_a_year() -> None:
    kinds = [(q.text, q.kind) for q in find_quantities("In 2019, 1500 people and 2019 votes.")]
    assert kinds == [("2019", "year"), ("1500", "count"), ("2019", "count")]


def test_between_range_with_a_currency_sign_on_both_numbers() -> None:
    (quantity,) = find_quantities("between $70.5 billion and $72.5 billion in revenue")
    assert (quantity.low, quantity.high) == (70.5e9, 72.5e9)


def test_two_part_durations_are_one_figure() -> None:
    (quantity,) = find_quantities("He got two years and six months in jail.")
    assert quantity.text == "two years and six months"
    assert quantity.value == pytest.approx(2.5 * 365.25)


# --- invariants ---------------------------------------------------------------------------

PIECES = st.sampled_from(
    ["nearly", "more than", "about", "up to", "between", "and", "1,500", "30,000", "1.5",
     "million", "$", "%", "percent", "a dozen", "two", "dozen", "-year-old", "7:42", "a.m.",
     "ft", "metres", "people", "of the", "Oct.", "14", "1931", "-", "/", "hr", ",", ".",
     "Ms. Roe", "İ", "\u00a0", "\u2013", "one", "No.", "or so", "-plus", "°F", "TWO",
     "Thousands of", "o'one", "\u017fix", "\u212a", "é", "_", "\u0663"]
)  # fmt: skip
NEWSY = st.lists(PIECES, max_size=14).map(" ".join)


def _check(text: str) -> list[Quantity]:
    found = find_quantities(text)
    previous_end = 0
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.text
        assert previous_end <= quantity.start < quantity.end
        assert quantity.low <= quantity.value <= quantity.high or quantity.hedge == "vague"
        assert quantity.low <= quantity.high
        assert not math.isnan(quantity.low)
        assert not math.isnan(quantity.high)
        assert quantity.kind in KINDS
        previous_end = quantity.end
    return found


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_spans_slice_the_text_and_ranges_are_ordered_on_newsy_text(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_never_crashes_on_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[0-9][0-9,.:]{0,40}[0-9]?", fullmatch=True))
def test_long_and_odd_digit_runs_are_read_or_skipped_never_misread(digits: str) -> None:
    for quantity in _check(f"about {digits} people"):
        assert math.isfinite(quantity.value)


# A text long enough that texts read together are scanned joined, not one by one.
FILLER = "Words with no figure at all go on here. " * 110


@settings(max_examples=60, deadline=None)
@given(st.lists(NEWSY, min_size=1, max_size=6))
def test_texts_read_together_give_what_each_gives_alone(texts: list[str]) -> None:
    together = [*texts, FILLER, *texts]
    assert len("".join(together)) > 4096
    assert find_quantities_in(together) == [find_quantities(text) for text in together]


def test_a_letter_whose_lower_case_is_longer_keeps_offsets_among_texts_read_together() -> None:
    texts = ["İstanbul said 12 people left.", FILLER, "About 40 people fled İzmir."]
    for text, found in zip(texts, find_quantities_in(texts), strict=True):
        assert [text[q.start : q.end] for q in found] == [q.text for q in found]
    assert [q.text for q in find_quantities_in(texts)[2]] == ["About 40"]


def test_number_word_after_an_apostrophe_inside_a_word_is_no_figure() -> None:
    """It crashed at the end of a text and took the next number in at its start."""
    assert find_quantities("o'one") == []
    assert [(q.text, q.start) for q in find_quantities("o'one 1,500 people")] == [("1,500", 6)]


def _seconds_to_read(text: str, figures: int) -> float:
    """The best of three times to read ``text``'s figures, after checking their count."""
    import time

    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        found = find_quantities(text)
        best = min(best, time.perf_counter() - started)
        assert len(found) == figures
    return best


def test_trailing_whitespace_is_read_in_linear_time() -> None:
    """8 times the spaces cost about 8 times the time, not 64: compared, not clocked."""
    assert [q.text for q in find_quantities("12 people" + " " * 200_000)] == ["12"]
    small = _seconds_to_read("12 people" + " " * 25_000, 1)
    large = _seconds_to_read("12 people" + " " * 200_000, 1)
    assert large < 24 * small + 0.2


def test_linear_time_on_a_long_run_of_figures_and_hedges() -> None:
    run = "nearly 1,500 people and more than two dozen, "
    small = _seconds_to_read(run * 500, 1000)
    large = _seconds_to_read(run * 4000, 8000)
    assert large < 24 * small + 0.2


def test_regression_a_percent_sign_between_two_numbers_gave_figures_that_overlap() -> None:
    """'5%3' read '5%' and '%3' (found by test_never_crashes_on_arbitrary_unicode with
    '0%0'): the sign ends the figure before it; a sign before a number alone opens it."""
    for text in ("0%0", "Turnout rose 5%3 times."):
        _check(text)
    assert [q.text for q in find_quantities("Turnout rose 5%3 times.")] == ["5%", "3 times"]
    assert [(q.text, q.unit) for q in find_quantities("a fee of %5 a year")] == [("%5", "%")]
