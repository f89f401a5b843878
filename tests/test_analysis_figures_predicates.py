"""Predicate classes by stem: which class a word says, and which classes are strong or personal."""

from __future__ import annotations

import pytest

from summarize.analysis._figures.predicates import PREDICATES, Lexicon, lexicon_for
from summarize.text._languages import stemmer

LEXICON = lexicon_for(stemmer("english"))


def bit(name: str) -> int:
    return 1 << list(PREDICATES).index(name)


def names(bits: int) -> set[str]:
    return {name for name in PREDICATES if bits & bit(name)}


@pytest.mark.parametrize(
    ("word", "classes"),
    [
        ("killed", {"death"}),
        ("drowned", {"death"}),
        ("hospitalized", {"injury"}),
        ("casualties", {"casualty"}),
        ("unaccounted", {"missing"}),
        ("fled", {"displacement"}),
        ("airlifted", {"rescue"}),
        ("detained", {"arrest"}),
        ("indicted", {"charge"}),
        ("hostages", {"abduction"}),
        ("built", {"construction"}),
        ("spent", {"cost"}),
        ("turnover", {"revenue"}),
        ("valued", {"value"}),
        ("fined", {"penalty"}),
        ("pledged", {"aid"}),
        ("soared", {"rise"}),
        ("plunged", {"fall"}),
        ("fell", {"fall", "collapse"}),
        ("toppled", {"collapse"}),
        ("turnout", {"vote"}),
        ("airstrikes", {"attack"}),
    ],
)
def test_a_word_belongs_to_the_classes_that_list_it(word: str, classes: set[str]) -> None:
    assert names(LEXICON.classes(word)) == classes


@pytest.mark.parametrize("word", ["said", "people", "bridge", "the", "tuesday", ""])
def test_a_word_of_no_class_has_no_bits(word: str) -> None:
    assert LEXICON.classes(word) == 0


def test_every_form_of_a_word_shares_its_stems_class() -> None:
    for word in ("evacuate", "evacuated", "evacuating", "evacuates"):
        assert names(LEXICON.classes(word)) == {"displacement"}, word
    assert LEXICON.classes("costs") == LEXICON.classes("costing") == bit("cost")


def test_words_are_matched_through_the_lexicons_own_stemmer() -> None:
    verbatim = lexicon_for(str)  # a "stemmer" that keeps every word as it is
    assert verbatim is not LEXICON
    assert verbatim.classes("evacuated") == bit("displacement")  # listed as written
    assert verbatim.classes("evacuates") == 0  # not listed, and not stemmed to a listed word


def test_a_particle_word_has_a_class_only_next_to_from_or_out() -> None:
    assert LEXICON.classes("trudged") == 0
    assert LEXICON.learn("trudged") == (0, bit("displacement"))
    assert LEXICON.learn("pulled") == (0, bit("rescue"))
    assert LEXICON.learn("fled") == (bit("displacement"), 0)


def test_learnt_words_are_kept_under_the_word_as_written() -> None:
    lexicon = lexicon_for(stemmer("english"))
    lexicon.classes("plucked")
    assert lexicon.known["plucked"] == (bit("rescue"), 0)


def test_strong_classes_are_those_that_say_alone_what_a_count_counts() -> None:
    strong = {"death", "injury", "casualty", "missing", "displacement", "rescue", "arrest",
              "charge", "abduction"}  # fmt: skip
    assert names(LEXICON.strong) == strong
    assert names(LEXICON.person) == strong
    assert not LEXICON.strong & LEXICON.classes("cost")
    assert LEXICON.strong & LEXICON.classes("killed")


def test_money_classes_are_costs_revenue_value_penalties_and_aid() -> None:
    assert names(LEXICON.money) == {"cost", "revenue", "value", "penalty", "aid"}
    assert LEXICON.money & LEXICON.classes("paid")
    assert not LEXICON.money & LEXICON.classes("soared")


def test_only_construction_dates_a_thing() -> None:
    assert names(LEXICON.dated) == {"construction"}
    assert LEXICON.dated & LEXICON.classes("inaugurated")
    assert not LEXICON.dated & LEXICON.classes("repaired")


def test_one_lexicon_is_made_per_stemmer() -> None:
    stem = stemmer("english")
    assert lexicon_for(stem) is lexicon_for(stem)
    assert isinstance(lexicon_for(stem), Lexicon)


def test_each_class_gets_the_bit_of_its_place_in_the_table() -> None:
    lexicon = lexicon_for(stemmer("english"))
    assert lexicon.words[lexicon.stem("kill")] == 1  # the first class
    assert lexicon.words[lexicon.stem("airstrikes")] == 1 << 19  # the twentieth and last
    assert lexicon.with_particle[lexicon.stem("trudged")] == 1 << 4  # displacement, the fifth
