"""A count of a part of a thing against a count of all of it, and counts of two things.

Read by editors: "five counts of third-degree vandalism" in one source and "six counts
of vandalism" in another were flagged as sources that differ, though a count of one
degree of a charge and a count of the whole charge can both be true. A count whose
counted thing carries words that narrow it (a degree, "felony", an adjective the other
lacks, "of them") against a count of the bare thing is a part against its whole: no
flag when the part fits in the whole, at most "may differ" when it does not. Counts of
two things ("of assault", "of vandalism") are never compared.
"""

from __future__ import annotations

from summarize.analysis._disagree import find_disagreements
from summarize.analysis._figures.context import read_figures
from summarize.analysis._figures.narrowed import thing_of
from summarize.analysis._figures.predicates import lexicon_for
from summarize.records import Sentence
from summarize.text._languages import stemmer, stop_words

LEXICON = lexicon_for(stemmer("english"))
STOP = stop_words("english")


def flagged(*texts: str, one_claim: bool = True) -> list[tuple[bool, str, list[str]]]:
    """(certain, about, values) of each disagreement; the sentences one claim unless asked."""
    sentences = [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]
    claims = [list(range(len(texts)))] if one_claim else [[i] for i in range(len(texts))]
    sources = {s.article: f"Source {s.article}" for s in sentences}
    found = find_disagreements(sentences, sources, claims=claims)
    return [(d.certain, d.about, [v.value for v in d.versions]) for d in found]


def things(text: str) -> list[list[str]]:
    figures = read_figures([Sentence("a", 0, 0, len(text), text)], {}, LEXICON, STOP)
    return [sorted(thing_of(f, LEXICON, STOP) or ()) for f in figures]


def test_regression_a_count_of_one_degree_of_a_charge_was_flagged_against_the_whole_charge() -> (
    None
):
    """Five counts of one degree of vandalism and six of all of it: both can be true."""
    found = flagged(
        "Ivo Brandt faces two counts of assault and five counts of third-degree vandalism.",
        "Ivo Brandt was arrested on suspicion of assault and six counts of vandalism.",
    )
    assert found == []


def test_a_degree_written_in_two_words_narrows_the_charge_too() -> None:
    found = flagged(
        "He faces two counts of third degree assault and five counts of fifth degree vandalism.",
        "Ivo Brandt was arrested on suspicion of assault and six counts of vandalism.",
    )
    assert found == []


def test_a_part_greater_than_its_whole_may_differ_but_is_never_sure() -> None:
    """Seven counts of one degree cannot all lie in six counts of the charge: they may differ."""
    found = flagged(
        "Ivo Brandt faces seven counts of third-degree vandalism after the ferry brawl.",
        "Ivo Brandt faces six counts of vandalism after the ferry brawl.",
    )
    assert found == [(False, "counts of vandalism", ["seven", "six"])]


def test_counts_of_two_charges_are_two_things() -> None:
    """ "two counts of assault" and "six counts of vandalism" count different charges."""
    assert (
        flagged(
            "Ivo Brandt faces two counts of assault after the ferry brawl.",
            "Ivo Brandt faces six counts of vandalism after the ferry brawl.",
        )
        == []
    )


def test_counts_of_two_degrees_of_one_charge_are_two_things() -> None:
    assert (
        flagged(
            "Ivo Brandt faces five counts of first-degree assault after the ferry brawl.",
            "Ivo Brandt faces six counts of second-degree assault after the ferry brawl.",
        )
        == []
    )


def test_a_count_of_some_passengers_is_a_part_of_all_of_them() -> None:
    """ "Five Chinese passengers died" and "six passengers died": one part of the whole."""
    assert (
        flagged(
            "Five Chinese passengers died when the Kessel ferry sank.",
            "Six passengers died when the Kessel ferry sank.",
        )
        == []
    )


def test_the_same_charge_given_differently_is_still_sure() -> None:
    """The flag the rule must keep: one charge, one degree, two counts."""
    found = flagged(
        "Ivo Brandt faces five counts of third-degree vandalism after the ferry brawl.",
        "Ivo Brandt faces six counts of third-degree vandalism after the ferry brawl.",
    )
    assert [(certain, values) for certain, _, values in found] == [(True, ["five", "six"])]
    found = flagged(
        "Five passengers died when the Kessel ferry sank.",
        "Six passengers died when the Kessel ferry sank.",
    )
    assert found == [(True, "passengers died", ["Five", "Six"])]


def test_what_a_count_counts_is_read_before_its_noun_and_after_of() -> None:
    assert things("He faces five counts of fifth degree criminal mischief.") == [
        ["criminal", "degree", "fifth", "mischief"]
    ]
    assert things("He faces five felony counts.") == [["felony"]]
    assert things("About 15 of the passengers were hurt.") == [["passenger"]]
    assert things("Officers found 15 injured people on the pier.") == [[]]  # a predicate
    assert things("A 30-car pileup closed the Kessel road.") == [[]]  # a compound: not read
