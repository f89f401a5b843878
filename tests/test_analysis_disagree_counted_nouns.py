"""Counts of one thing under another noun or spelling, and a compound count before "block".

Real disagreements the finder missed: a tower's storeys written "storey", "story" or
"floor" by different sources, a count of arrests against a count of people arrested,
and "an 11-storey block" left out as if it were "the 800 block of" a street. Each test
pins what is found now and the wrong flag the rule must not make.
"""

from __future__ import annotations

from summarize.analysis._disagree import find_disagreements
from summarize.analysis._figures.counted import address, counted_as, kin
from summarize.analysis._figures.quantities import find_quantities
from summarize.analysis._figures.tokens import SentenceTokens
from summarize.records import Sentence


def flagged(*texts: str, one_claim: bool = False) -> list[tuple[bool, str, list[str]]]:
    """(certain, about, values) of each disagreement; each sentence its own claim unless asked."""
    sentences = [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]
    claims = [list(range(len(texts)))] if one_claim else [[i] for i in range(len(texts))]
    sources = {s.article: f"Source {s.article}" for s in sentences}
    found = find_disagreements(sentences, sources, claims=claims)
    return [(d.certain, d.about, [v.value for v in d.versions]) for d in found]


def addresses(text: str) -> list[bool]:
    tokens = SentenceTokens(text, find_quantities(text), None)
    return [address(tokens, b) for _, b in tokens.spans]


def test_regression_a_compound_count_before_block_was_read_as_a_street_address() -> None:
    """ "an 11-storey block" counts storeys; "the 800 block of" a street stays an address."""
    assert addresses("Fire gutted an 11-storey block of flats in Kessel.") == [False]
    assert addresses("Two died in the 800 block of Pier Road.") == [False, True]
    assert addresses("Two died in the 1,200 block of Pier Road.") == [False, True]
    found = flagged(
        "Fire gutted an 11-storey block of flats beside the Kessel ferry pier.",
        "Fire gutted a 15-storey block of flats beside the Kessel ferry pier.",
        one_claim=True,
    )
    assert found == [(True, "storeys in the block", ["11-storey", "15-storey"])]


def test_street_numbers_of_two_blocks_are_still_never_compared() -> None:
    """The wrong flag the rule must not make: two addresses on one street."""
    found = flagged(
        "Police closed the 800 block of Pier Road after the crash.",
        "Police closed the 1200 block of Pier Road after the crash.",
        one_claim=True,
    )
    assert found == []


def test_regression_storeys_spelled_story_or_counted_as_floors_were_two_units() -> None:
    """ "storey", "story" and "floor" count the levels of one building."""
    assert counted_as("story") == counted_as("floor") == "storey"
    assert kin("story", "storey")
    assert not kin("storey", "vehicle")
    for other in ("a 15-story tower", "a 15-floor tower"):
        found = flagged(
            "Fire raced through an 11-storey tower in Brennock on Monday night.",
            f"Fire raced through {other} in Brennock on Monday night.",
            one_claim=True,
        )
        assert found == [(True, "storeys in the tower", ["11-storey", other.split()[1]])]


def test_storeys_of_different_buildings_or_news_stories_are_not_compared() -> None:
    """The wrong flags the rule must not make: another building, or stories a writer wrote."""
    assert (
        flagged(
            "Fire raced through an 11-storey tower in Brennock.",
            "The blaze spread to a 15-story car park nearby in Brennock.",
            one_claim=True,
        )
        == []
    )
    assert (
        flagged(
            "Ada Ode wrote two stories about the ferry strike.",
            "The ferry terminal in Kessel has three floors.",
        )
        == []
    )


def test_regression_a_count_of_arrests_was_not_a_count_of_people_arrested() -> None:
    """ "12 arrests" counts the people arrested, as "thirteen people were arrested" does."""
    found = flagged(
        "Police made 12 arrests after the clashes at the Kessel ferry pier.",
        "Thirteen people were arrested after the clashes at the Kessel ferry pier.",
        one_claim=True,
    )
    assert found == [(True, "people arrested", ["12", "Thirteen"])]


def test_arrests_are_not_compared_with_people_charged_or_hurt() -> None:
    """The wrong flag the rule must not make: a count of arrests against another happening."""
    assert (
        flagged(
            "Police made 12 arrests after the clashes at the Kessel ferry pier.",
            "Thirteen people were charged after the clashes at the Kessel ferry pier.",
            one_claim=True,
        )
        == []
    )
    assert (
        flagged(
            "Police made 12 arrests after the clashes at the Kessel ferry pier.",
            "Thirteen people were injured in the clashes at the Kessel ferry pier.",
            one_claim=True,
        )
        == []
    )
