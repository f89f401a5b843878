"""The size and the age of one thing, given differently by two sources.

A measure or an age that is no person's is compared only with one of the same noun
("the 200ft middle span", "the span, 55 metres long"; "the 68-year-old bridge") in
sentences that name something in common, state one claim or have like contexts; and
it is certain only in sentences of one claim, else it *may* differ.
"""

from __future__ import annotations

import pytest

from summarize.analysis._disagree import find_disagreements
from summarize.analysis._figures.heads import dimension_of, head_of
from summarize.analysis._figures.quantities import find_quantities
from summarize.analysis._figures.tokens import SentenceTokens
from summarize.records import Sentence
from summarize.text._languages import stop_words


def flagged(*texts: str, one_claim: bool = False) -> list[tuple[bool, str, list[str]]]:
    """(certain, about, values) of each disagreement; each sentence its own claim unless asked."""
    sentences = [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]
    claims = [list(range(len(texts)))] if one_claim else [[i] for i in range(len(texts))]
    found = find_disagreements(sentences, {}, claims=claims)
    return [(d.certain, d.about, [v.value for v in d.versions]) for d in found]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The 200ft middle span of the Tarn Bridge fell.", "span"),
        ("The span, roughly 55 metres long, fell into the river.", "span"),
        ("The tower was 90 metres high until the fire.", "tower"),
        ("The old tower is 90 metres high.", ""),  # "old tower": the word before is no noun
        ("A 93-year-old steel crossing fell into the river.", "crossing"),
        ("The 68-year-old bridge closed on Monday.", "bridge"),
        ("A century-old bridge snapped in the storm.", "bridge"),
        ("About 60 metres of roadway gave way.", ""),  # stuff, not one thing
        ("The storm dropped 13 inches of snow on the town.", ""),
        ("A 29-year-old nurse was hurt.", ""),  # a person: read with a name
        ("Two 11-year-old students were hurt.", ""),
        ("A 17-year-old girl unconscious was found.", ""),
        ("They saw a 7-year-old selling lemonade.", ""),
        ("The boat dropped 30 feet into the water.", ""),  # no determiner: no thing
    ],
)
def test_the_head_of_a_measure_or_an_age_is_the_noun_it_describes(text: str, head: str) -> None:
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert head_of(tokens, 0, stop_words("english")) == head


def test_the_length_of_one_span_that_differs_may_differ() -> None:
    """The same noun and a name in common: one span, but no claim says they are one."""
    found = flagged(
        "Cars fell into the river as the 200ft middle span of the Tarn Bridge crashed down.",
        "The span, roughly 55 metres long, fell from the Tarn Bridge at dawn.",
    )
    assert found == [(False, "length of the middle span", ["200ft", "roughly 55 metres"])]


def test_the_length_of_one_span_in_sentences_of_one_claim_surely_differs() -> None:
    found = flagged(
        "The 200ft middle span of the Tarn Bridge fell into the river at dawn.",
        "The 45-metre middle span of the Tarn Bridge fell into the river at dawn.",
        one_claim=True,
    )
    assert found == [(True, "length of the middle span", ["200ft", "45-metre"])]


def test_lengths_that_agree_in_their_units_do_not_differ() -> None:
    found = flagged(
        "The 200ft middle span of the Tarn Bridge fell.",
        "The span of the Tarn Bridge, about 60 metres long, fell.",
    )
    assert found == []


def test_sizes_of_one_noun_with_no_name_in_common_are_two_things() -> None:
    """Two makers' "27-inch" and "20-inch" displays are not one display."""
    found = flagged(
        "The Orrin desk computer comes with a 27-inch display and a stand.",
        "The Vell tablet comes with a 20-inch display and a pen.",
    )
    assert found == []


def test_amounts_of_stuff_are_not_the_size_of_one_thing() -> None:
    found = flagged(
        "The storm dropped 13 inches of snow on Tarnby overnight.",
        "Forecasters expect 7 inches of snow in Tarnby overnight.",
        one_claim=True,
    )
    assert found == []


def test_regression_the_length_and_the_width_of_one_span_were_flagged_as_one_figure() -> None:
    """Two sizes of one thing are two figures, however they differ."""
    found = flagged(
        "The span, roughly 55 metres long, fell into the river.",
        "The span, about 20 metres wide, fell into the river.",
        one_claim=True,
    )
    assert found == []


def test_a_height_said_high_or_tall_is_one_size() -> None:
    found = flagged(
        "The tower, 90 metres high, burned on Monday.",
        "The tower, 100 metres tall, burned on Monday.",
        one_claim=True,
    )
    assert found == [(True, "height of the tower", ["90 metres", "100 metres"])]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The span, roughly 55 metres long, fell.", "length"),
        ("The tower was 90 metres high.", "height"),
        ("The wall stands 12 feet tall.", "height"),
        ("The river is 40 metres deep here.", "depth"),
        ("The road is 9 metres wide.", "width"),
        ("The 200ft middle span fell.", ""),
        ("The span fell 30 metres.", ""),
        ("The span fell 30 metres", ""),  # the sentence's last word
    ],
)
def test_the_size_a_measure_gives_is_read_from_the_word_after_it(text: str, size: str) -> None:
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert dimension_of(tokens, 0) == size


def test_the_age_of_one_bridge_that_differs_may_differ() -> None:
    found = flagged(
        "The 68-year-old bridge over the Tarn closed on Monday.",
        "Engineers had warned that the 70-year-old bridge over the Tarn was failing.",
    )
    assert found == [(False, "age of the bridge", ["68-year-old", "70-year-old"])]


def test_a_year_is_never_compared_with_an_age() -> None:
    """ "The 68-year-old bridge" and "built in 1957" may agree or not: years are no counts."""
    found = flagged(
        "The 68-year-old bridge over the Tarn closed on Monday.",
        "The bridge over the Tarn, built in 1957, closed on Monday.",
        one_claim=True,
    )
    assert found == []


def test_ages_of_unnamed_people_are_never_compared() -> None:
    found = flagged(
        "A 25-year-old man was hurt in the crash on the Tarn Bridge.",
        "A 30-year-old man was hurt in the crash on the Tarn Bridge.",
        one_claim=True,
    )
    assert found == []


# --- the time of one happening ----------------------------------------------------------


def test_times_of_one_happening_that_differ_may_differ() -> None:
    """A predicate of one class says what a time of day is of, whatever the words around it."""
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday, officials said.",
        "Witnesses said the old depot roof fell in just after 8 a.m. on Tuesday.",
    )
    assert found == [(False, "time of the collapse", ["7:42 a.m.", "just after 8 a.m."])]


def test_times_of_one_happening_in_sentences_of_one_claim_surely_differ() -> None:
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday.",
        "The roof of the Tarnby depot collapsed just after 8 a.m. on Tuesday.",
        one_claim=True,
    )
    assert found == [(True, "time of the collapse", ["7:42 a.m.", "just after 8 a.m."])]


def test_times_that_agree_within_their_hedges_do_not_differ() -> None:
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday.",
        "The depot roof fell in shortly before 8 a.m. on Tuesday.",
    )
    assert found == []


def test_times_on_different_days_are_of_two_happenings() -> None:
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday.",
        "A wall of the Tarnby depot collapsed at 9 a.m. on Wednesday.",
    )
    assert found == []


def test_times_of_different_happenings_are_not_compared() -> None:
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday.",
        "Rescuers reached the Tarnby depot at 9 a.m. on Tuesday.",
    )
    assert found == []


def test_regression_snapped_in_two_cut_a_time_off_its_predicate() -> None:
    """ "snapped in two just after 8 a.m.": the "two" was a count that ended the time's words."""
    found = flagged(
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday, officials said.",
        "The old depot roof snapped in two just after 8 a.m. on Tuesday.",
    )
    assert found == [(False, "time of the collapse", ["7:42 a.m.", "just after 8 a.m."])]


def test_with_no_claims_known_a_time_only_may_differ() -> None:
    """ "None: every disagreement is taken as certain" holds for counts, not for times."""
    texts = (
        "The roof of the Tarnby depot collapsed at 7:42 a.m. on Tuesday, officials said.",
        "Witnesses said the old depot roof fell in just after 8 a.m. on Tuesday.",
    )
    sentences = [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]
    found = find_disagreements(sentences, {}, claims=None)
    assert [(d.about, d.certain) for d in found] == [("time of the collapse", False)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The bridge is 55 metres", ""),  # the figure ends the sentence: no word after it
        ("They built a mast 30 metres high.", "mast"),  # the noun right before the figure
        ("Engineers said the span, roughly 55 metres long, fell.", "span"),  # mid-sentence
        ("Crews replaced 68-year-old cables on Monday.", ""),  # no determiner: no one thing
        ("A 93-year-old steel crossing collapsed into the river.", "crossing"),  # a verb in -ed
        ("The man was 2 metres tall.", ""),  # a person's size is no thing's
        ("The 68-year-old collapsed on Monday.", ""),  # a verb alone is no noun
        ("The 68-year-old quietly retired in May.", ""),  # nor an adverb
        ("The towers were 90 metres high until the fire.", "towers"),  # a plural, no person
        ("The 11-year-old students were hurt.", ""),  # a plural of people
    ],
)
def test_regression_the_head_of_a_figure_at_the_edges_of_the_rule(text: str, head: str) -> None:
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert head_of(tokens, 0, stop_words("english")) == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Fort Kessel, about 125 miles northwest of Brennock, is a base.",
            "Fort Kessel from Brennock",
        ),
        (
            "They saw Fort Kessel, the old desert base 90 miles north of Brennock.",
            "Fort Kessel from Brennock",
        ),
        ("Pier 9, 40 kilometres from Brennock Point, was shut.", "Pier 9 from Brennock Point"),
        ("In Kessel, 30 miles south of Brennock, the ferry sank.", "Kessel from Brennock"),
        ("The crash, 30 miles from Brennock, closed the road.", ""),  # no thing named
        ("Fort Kessel, 30 miles north of the harbour, is a base.", ""),  # from no place named
        ("Fort Kessel lies 30 miles north of Brennock.", "Fort Kessel from Brennock"),
        ("Fort Kessel is located 30 miles from Brennock.", "Fort Kessel from Brennock"),
        ("The base is 30 miles north of Brennock.", ""),  # no name: which base?
        ("Fort Kessel was closed 30 miles north of Brennock.", ""),  # no verb of place
    ],
)
def test_a_distance_set_off_after_a_name_is_of_that_thing_from_its_place(
    text: str, head: str
) -> None:
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert head_of(tokens, 0, stop_words("english")) == head


def test_the_distance_of_one_named_thing_from_one_place_may_differ() -> None:
    """Two sources put one base at two distances from one town: it may differ, not surely."""
    found = flagged(
        "Fort Kessel, about 125 miles northwest of Brennock, is a byword for secrecy.",
        "The files name Fort Kessel, the remote desert base 90 miles north of Brennock.",
    )
    assert found == [
        (False, "distance of Fort Kessel from Brennock", ["about 125 miles", "90 miles"])
    ]


@pytest.mark.parametrize(
    "other",
    [
        "The files name Fort Ardley, the remote desert base 90 miles north of Brennock.",
        "The files name Fort Kessel, the remote desert base 90 miles north of Tarnby.",
        "The files name Fort Kessel, the remote desert base 120 miles north of Brennock.",
    ],
)
def test_distances_of_other_things_places_or_that_agree_are_not_compared(other: str) -> None:
    assert flagged("Fort Kessel, about 125 miles northwest of Brennock, is a base.", other) == []


def test_a_measure_of_stuff_after_a_name_is_no_distance() -> None:
    """ "Of" with no bearing before it: the miles of a coast, not a distance from it."""
    text = "Kessel, 30 miles of Brennock Bay coastline, was closed."
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert head_of(tokens, 0, stop_words("english")) == ""
