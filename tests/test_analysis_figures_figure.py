"""A figure of the set: the key it is compared under, its currency, and whether it may match."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from summarize.analysis._figures.figure import Figure
from summarize.analysis._figures.quantities import Quantity
from summarize.records import Sentence

SENTENCE = Sentence("a", 3, 0, 26, "Nearly 300 people fled it.")


def fig(
    kind: str,
    unit: str,
    *,
    classes: int = 0,
    phrase: str = "",
    person: Iterable[str] = (),
    start: int = 0,
    place: int = 0,
) -> Figure:
    quantity = Quantity(start, start + 3, "300", 300.0, 300.0, 300.0, kind, unit)
    return Figure(quantity, SENTENCE, place, "Wire", kind, unit, classes, "", {}, phrase,
                  frozenset(person))  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "unit", "key"),
    [
        ("money", "$", ("money", "")),
        ("money", "\u20ac", ("money", "")),
        ("money", "?", ("money", "")),
        ("money", "$/day", ("money", "day")),
        ("money", "\u00a3/year", ("money", "year")),
        ("count", "person", ("count", "person")),
        ("count", "car/day", ("count", "car/day")),
        ("percent", "%", ("percent", "%")),
        ("duration", "day", ("duration", "day")),
    ],
)
def test_money_of_any_currency_shares_a_key_and_other_kinds_keep_their_unit(
    kind: str, unit: str, key: tuple[str, str]
) -> None:
    assert fig(kind, unit).key == key


def test_the_currency_is_the_unit_before_its_period_and_only_for_money() -> None:
    assert fig("money", "$/day").currency == "$"
    assert fig("money", "\u20ac").currency == "\u20ac"
    assert fig("count", "car/day").currency == ""
    assert fig("measure", "m").currency == ""


def test_a_figure_with_a_predicate_class_may_match() -> None:
    assert fig("percent", "%", classes=1).active
    assert not fig("percent", "%").active


def test_an_age_may_match_only_when_a_person_is_named() -> None:
    assert fig("age", "year", person={"Johnson"}).active
    assert not fig("age", "year").active


def test_a_count_with_no_predicate_may_match_as_a_rate_or_with_a_modified_noun() -> None:
    assert fig("count", "car/day").active
    assert fig("count", "passenger", phrase="chinese passengers").active
    assert not fig("count", "passenger", phrase="passengers").active
    assert not fig("count", "passenger").active


def test_only_counts_may_match_on_a_rate_or_phrase_alone() -> None:
    assert not fig("money", "$/day").active
    assert not fig("duration", "day", phrase="jail term").active
    assert not fig("count", "person", person={"Johnson"}).active  # a name is for ages


def test_the_position_is_the_sentence_number_then_the_offset() -> None:
    assert fig("count", "person", start=7, place=4).position == (4, 7)


def test_a_figure_is_created_with_no_role_scope_frame_or_names_and_unanchored() -> None:
    figure = fig("count", "person")
    assert (figure.role, figure.scope, figure.frame, figure.names, figure.anchored) == (
        "", frozenset(), frozenset(), frozenset(), False,
    )  # fmt: skip


def test_lowest_leaves_out_whom_a_count_says_it_includes() -> None:
    from summarize.analysis._figures.context import read_figures
    from summarize.analysis._figures.predicates import lexicon_for
    from summarize.records import Sentence
    from summarize.text._languages import stemmer

    lexicon = lexicon_for(stemmer("english"))
    texts = {
        "The raid left 20 people dead, including the three gunmen.": (3.0, 17.0),
        "The raid left 20 people dead, including the gunman.": (1.0, 19.0),
        "The raid left 20 people dead, including a child.": (1.0, 19.0),
        "The raid left 20 people dead, including the gunmen.": (20.0, 0.0),
        "The raid left 20 people dead.": (0.0, 20.0),
    }
    for text, (included, lowest) in texts.items():
        figure = read_figures([Sentence("a", 0, 0, len(text), text)], {}, lexicon)[0]
        assert (figure.included, figure.lowest) == (included, lowest), text
