"""Figures that sources give differently for one thing, and those they do not."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import load_articles
from summarize.analysis import _certainty as certainty
from summarize.analysis import _disagree as disagree
from summarize.analysis._disagree import find_disagreements
from summarize.errors import UnknownMethodError
from summarize.pipeline import content_sentences
from summarize.records import Article, Disagreement, Sentence

ROOT = Path(__file__).resolve().parents[1]


def articles(texts: Mapping[str, str]) -> list[Article]:
    return [Article(id=source, text=text) for source, text in texts.items()]


def disagreements(texts: Mapping[str, str], **options: str) -> list[Disagreement]:
    items = articles(texts)
    sentences = [s for article in items for s in content_sentences(article)]
    return find_disagreements(sentences, {a.id: a.source for a in items}, **options)


def values(disagreement: Disagreement) -> list[tuple[str, str]]:
    return [(v.source, v.value) for v in disagreement.versions]


FLOOD = {
    "wire": "Nearly 9,000 people fled the valley town between Monday and Friday. "
    "The storm killed 49 people in the north, officials said.",
    "daily": "More than 15,000 people streamed out of the town as the river rose. "
    "The mayor said 200 people would stay behind to guard the shops.",
    "post": "Officials said they managed to evacuate about 2,000 people from the district. "
    "The region is home to seven million people.",
}


def test_paraphrased_figures_of_one_thing_are_one_disagreement() -> None:
    (found,) = disagreements(FLOOD)
    assert found.about == "people fled"
    assert values(found) == [
        ("wire", "Nearly 9,000"),
        ("daily", "More than 15,000"),
        ("post", "about 2,000"),
    ]


def test_figures_of_other_things_do_not_join_the_disagreement() -> None:
    shown = {v.value for d in disagreements(FLOOD) for v in d.versions}
    assert not shown & {"49", "200", "seven million"}


def test_versions_slice_their_articles_one_per_source_in_set_order() -> None:
    texts = dict(FLOOD)
    items = {a.id: a for a in articles(texts)}
    for disagreement in disagreements(texts):
        assert len(set(disagreement.sources)) == len(disagreement.sources) >= 2
        for version in disagreement.versions:
            text = items[version.article].text
            assert text[version.start : version.end] == version.value
            assert text[version.sentence.start : version.sentence.end] == version.sentence.text
            assert version.sentence.start <= version.start < version.end <= version.sentence.end
        order = list(texts)
        assert [order.index(s) for s in disagreement.sources] == sorted(
            order.index(s) for s in disagreement.sources
        )


def test_an_open_bound_is_infinite_and_null_in_json() -> None:
    (found,) = disagreements(FLOOD)
    assert found.versions[1].high == math.inf


@pytest.mark.parametrize(("other", "flagged"), [("300", True), ("More than 800", False)])
def test_open_bounds_overlap_and_exclude_like_any_range(other: str, flagged: bool) -> None:
    texts = {
        "a": "More than 500 people fled the town on Monday.",
        "b": f"{other} people fled the town, police said.",
    }
    found = disagreements(texts)
    assert bool(found) is flagged
    for disagreement in found:
        assert sorted(v.high for v in disagreement.versions) == [300, math.inf]


def test_figures_past_the_cap_of_a_unit_are_left_out_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(disagree, "MAX_FIGURES_PER_UNIT", 2)
    texts = {
        "a": "Nearly 300 people fled the town.",
        "b": "More than 500 people fled the town.",
        "c": "Some 2,000 people fled the town.",
    }
    with caplog.at_level(logging.WARNING, logger="summarize"):
        (found,) = disagreements(texts)
    assert [v.source for v in found.versions] == ["a", "b"]
    assert "3 figures in ('count', 'person'); comparing the first 2" in caplog.text


def test_a_unit_whose_figures_all_agree_gives_no_disagreement() -> None:
    texts = {
        "a": "Nearly 300 people fled the town.",
        "b": "About 290 people fled the town.",
        "c": "Some 300 people fled the town; 12 people were hurt.",
        "d": "Officials said 40 people were hurt.",
    }
    assert [[v.value for v in d.versions] for d in disagreements(texts)] == [["12", "40"]]


@pytest.mark.parametrize(
    "texts",
    [
        {
            "a": "Officials estimated 1,500 civilians and 500 fighters remained in the town.",
            "b": "Before the assault, 1,500 civilians and 500 fighters were thought to remain.",
        },
        {
            "a": "The council declared a 100% victory over the flood.",
            "b": "The flood was declared 100 percent beaten by the council.",
        },
        {
            "a": "About 3,000 people fled the town on Monday.",
            "b": "Some 3,100 people fled the town, police said.",
        },
    ],
    ids=["same figures", "percent written two ways", "hedged ranges overlap"],
)
def test_agreeing_figures_are_not_flagged(texts: dict[str, str]) -> None:
    assert disagreements(texts) == []


def test_hedged_ranges_that_do_not_overlap_are_flagged() -> None:
    texts = {
        "a": "About 3,000 people fled the town on Monday.",
        "b": "Some 5,100 people fled the town, police said.",
    }
    assert [values(d) for d in disagreements(texts)] == [
        [("a", "About 3,000"), ("b", "Some 5,100")]
    ]


def test_one_source_giving_two_figures_is_not_a_disagreement() -> None:
    texts = {"a": "Nearly 300 people fled on Monday. Later, 500 people were evacuated."}
    assert disagreements(texts) == []


@pytest.mark.parametrize(("first", "flagged"), [("Some 400", True), ("An additional 400", False)])
def test_a_change_is_not_compared_with_a_total(first: str, flagged: bool) -> None:
    texts = {
        "a": f"{first} people fled the town on Tuesday.",
        "b": "In all, 2,000 people fled the town this week.",
    }
    assert bool(disagreements(texts)) is flagged


@pytest.mark.parametrize(
    ("second", "flagged"),
    [("$974 million", True), ("$974 million at first, or $1.2 billion in all", False)],
)
def test_a_source_that_gives_the_other_figure_too_agrees(second: str, flagged: bool) -> None:
    texts = {
        "a": "The new plan would cost $1.2 billion, officials said.",
        "b": f"The new plan would cost {second}, officials said.",
    }
    assert bool(disagreements(texts)) is flagged


@pytest.mark.parametrize(
    ("first", "flagged"),
    [
        ("At least 143 people died in Tarnland.", True),
        ("At least 143 people died in Tarnland, while 24 died in Velsmark.", False),
    ],
)
def test_tolls_of_different_places_are_not_versions_of_one_toll(first: str, flagged: bool) -> None:
    texts = {"a": first, "b": "In Tarnland the death toll stood at 24, the authorities said."}
    if not flagged:
        texts["b"] = "In Velsmark the death toll stood at 24, the authorities said."
    assert bool(disagreements(texts)) is flagged


@pytest.mark.parametrize(("name", "flagged"), [("Ida Marsh", True), ("Ada Marsh", False)])
def test_ages_of_one_named_person_are_compared(name: str, flagged: bool) -> None:
    texts = {
        "a": "Police arrested Ida Marsh, 29, on Monday.",
        "b": f"Twenty-eight-year-old {name} was charged on Tuesday.",
    }
    found = disagreements(texts)
    assert [values(d) for d in found] == (
        [[("a", "29"), ("b", "Twenty-eight-year-old")]] if flagged else []
    )


def test_other_languages_give_no_disagreements_and_unknown_ones_fail() -> None:
    assert disagreements(FLOOD, language="french") == []
    with pytest.raises(UnknownMethodError, match="english"):
        disagreements(FLOOD, language="klingon")


def test_no_sentences_no_disagreements() -> None:
    assert find_disagreements([], {}) == []


# --- invariants on generated sets ---------------------------------------------------------

FIGURES = st.sampled_from(
    ["12", "nearly 30", "more than 40", "about 3,000", "a dozen", "two", "15", "$4 million",
     "40%", "six months", "1931"]
)  # fmt: skip
NOUNS = st.sampled_from(["people", "cars", "", "civilians"])
VERBS = st.sampled_from(["fled", "were killed", "were injured", "cost", "rose", "remained"])
SENTENCE = st.tuples(FIGURES, NOUNS, VERBS).map(
    lambda t: f"{t[0]} {t[1]} {t[2]}.".replace("  ", " ")
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=2, max_size=4))
def test_every_disagreement_has_versions_of_distinct_sources_that_exclude(
    texts: list[str],
) -> None:
    named = {f"s{i}": text.capitalize() for i, text in enumerate(texts)}
    for disagreement in disagreements(named):
        versions = disagreement.versions
        assert len({v.source for v in versions}) == len(versions) >= 2
        assert any(a.high < b.low or b.high < a.low for a, b in combinations(versions, 2))
        for version in versions:
            assert named[version.article][version.start : version.end] == version.value


# --- real articles and the bundled example ------------------------------------------------


def _find_in(folder: Path) -> tuple[list[Disagreement], Sequence[Article]]:
    items = load_articles(folder)
    sentences = [s for article in items for s in content_sentences(article)]
    return find_disagreements(sentences, {a.id: a.source for a in items}), items


def test_baghouz_exodus_is_one_disagreement_of_three_sources(baghouz_dir: Path) -> None:
    found, _ = _find_in(baghouz_dir)
    exodus = [d for d in found if any(v.value == "Nearly 30,000" for v in d.versions)]
    assert len(exodus) == 1
    assert [(v.source[:3], v.value) for v in exodus[0].versions] == [
        ("000", "Nearly 30,000"),
        ("001", "More than 50,000"),
        ("004", "about 3,000"),
    ]
    assert exodus[0].about == "people fled"
    shown = {v.value for d in found for v in d.versions}
    assert not shown & {"200", "49", "seven million", "1,500", "500", "100%", "100 percent"}


def test_bundled_example_flags_only_planted_disagreements() -> None:
    truth = json.loads((ROOT / "examples/data/harbour-bridge-disagreements.json").read_text())
    found, items = _find_in(ROOT / "examples/data/harbour-bridge")
    texts = {a.source: a.text for a in items}

    def fact(source: str, start: int, end: int) -> tuple[str, list[list[str]]] | None:
        for item in truth["facts"]:
            for phrase in item["versions"].get(source, []):
                at = texts[source].find(phrase)
                while at >= 0:
                    if at < end and start < at + len(phrase):
                        return item["fact"], item["disagree"] + item["borderline"]
                    at = texts[source].find(phrase, at + 1)
        return None

    claimed = set()
    for disagreement in found:
        for a, b in combinations(disagreement.versions, 2):
            if a.high < b.low or b.high < a.low:
                where = fact(a.source, a.start, a.end)
                assert where is not None, f"{a.value!r} is no planted figure"
                assert where == fact(b.source, b.start, b.end), f"{a.value!r} / {b.value!r}"
                assert sorted((a.source, b.source)) in map(sorted, where[1])
                claimed.add(where[0])
    assert {"people injured", "people dead", "people rescued from the water"} <= claimed


ATTACKS = "Gunmen killed 17 people in January in attacks on a satirical weekly and a kosher store."


@pytest.mark.parametrize(
    "count",
    [
        "left 20 people dead, including the three gunmen",
        "left 18 people dead, including a police officer",
        "left 20 people dead, including the gunmen",
        "left 20 people dead, among them the three gunmen",
    ],
)
def test_regression_a_count_including_a_group_differed_from_one_without_it(count: str) -> None:
    """1.0 flagged "20 dead, including the three gunmen" against "17 killed": the same toll."""
    text = f"The January attacks on a satirical weekly and a kosher store {count}."
    assert disagreements({"wire": text, "daily": ATTACKS}) == []


@pytest.mark.parametrize(
    "count",
    [
        "left 25 people dead, including the three gunmen",
        "left 20 people dead, including a police officer",
        "left 20 people dead",
        "left 20 people dead, including heavy losses at the store",
    ],
)
def test_a_count_still_differs_when_what_it_includes_cannot_explain_it(count: str) -> None:
    text = f"The January attacks on a satirical weekly and a kosher store {count}."
    (found,) = disagreements({"wire": text, "daily": ATTACKS})
    assert [value for _, value in values(found)] == [count.split()[1], "17"]


# -- certain, or only may differ ------------------------------------------------------


def _told(*texts: str) -> list[Sentence]:
    """One sentence an article, the articles named a, b, c, ..."""
    return [Sentence(chr(ord("a") + i), 0, 0, len(t), t) for i, t in enumerate(texts)]


def _settled(
    sentences: Sequence[Sentence], claims: Sequence[Sequence[int]] | None
) -> list[tuple[bool, list[str]]]:
    found = find_disagreements(sentences, {}, claims=claims)
    return [(d.certain, [v.value for v in d.versions]) for d in found]


def test_figures_of_one_claim_are_certain_even_far_apart() -> None:
    told = _told(
        "Two people died when the old tower fell on Monday.",
        "Eight people died when the old tower fell on Monday.",
    )
    assert _settled(told, [[0, 1]]) == [(True, ["Two", "Eight"])]


def test_regression_a_crash_toll_against_the_storm_toll_only_may_differ() -> None:
    # Two dead in one crash and eight in the whole storm: different claims, far apart.
    told = _told(
        "A crash on the ring road killed two people.",
        "The storm left at least eight people dead across the state.",
    )
    assert _settled(told, [[0], [1]]) == [(False, ["two", "at least eight"])]


def test_figures_of_different_claims_within_the_scale_are_certain() -> None:
    told = _told(
        "Nearly 30,000 people fled the valley between January and March.",
        "More than 50,000 people trudged out of the valley as the siege went on.",
    )
    assert _settled(told, [[0], [1]]) == [(True, ["Nearly 30,000", "More than 50,000"])]


def test_regression_one_days_evacuees_are_no_version_of_all_who_fled() -> None:
    told = _told(
        "Nearly 30,000 people fled the valley between January and March.",
        "More than 50,000 people trudged out of the valley as the siege went on.",
        "About 3,000 people fled the valley on Tuesday alone.",
    )
    assert _settled(told, [[0], [1], [2]]) == [(True, ["Nearly 30,000", "More than 50,000"])]
    # Stated as the same claim as the 30,000, the 3,000 is a version again.
    assert _settled(told, [[0, 2], [1]]) == [
        (True, ["Nearly 30,000", "More than 50,000", "About 3,000"])
    ]


def test_a_version_that_agrees_with_a_certain_one_stays() -> None:
    told = _told(
        "Nearly 30,000 people fled the valley between January and March.",
        "More than 50,000 people trudged out of the valley as the siege went on.",
        "Some 29,000 people fled the valley, aid workers said.",
    )
    assert _settled(told, [[0], [1], [2]]) == [
        (True, ["Nearly 30,000", "More than 50,000", "Some 29,000"])
    ]


def test_without_claims_every_disagreement_is_certain() -> None:
    told = _told(
        "A crash on the ring road killed two people.",
        "The storm left at least eight people dead across the state.",
    )
    assert _settled(told, None) == [(True, ["two", "at least eight"])]


def test_the_scale_is_a_factor_between_the_nearest_ends_of_two_ranges() -> None:
    def sure(one: str, two: str) -> bool:
        return _settled(_told(one, two), [[0], [1]])[0][0]

    assert certainty.SCALE == 2.5
    assert sure("Ten people were hurt in the blast.", "25 people were hurt in the blast.")
    assert not sure("Ten people were hurt in the blast.", "26 people were hurt in the blast.")
    # "more than 50" starts at 50: within 2.5 of 20, not of 19.
    assert sure("20 people were hurt in the blast.", "More than 50 people were hurt in the blast.")
    assert not sure("19 people were hurt in the blast.", "More than 50 people were hurt there.")


def test_regression_last_months_toll_was_a_version_of_todays() -> None:
    for earlier in (
        "Last month 12 people were killed in clashes in the city.",
        "Twelve people were killed in clashes in the city last month.",
        "Twelve people were killed in clashes in the city in the past week.",
    ):
        told = _told(earlier, "Five people were killed in clashes in the city on Sunday.")
        assert _settled(told, [[0, 1]]) == [], earlier


def test_two_tolls_of_last_month_are_still_compared() -> None:
    told = _told(
        "Twelve people were killed in clashes in the city last month.",
        "Five people were killed in clashes in the city last month.",
    )
    assert _settled(told, [[0, 1]]) == [(True, ["Twelve", "Five"])]


def test_regression_a_figure_the_same_sentence_refutes_made_its_source_differ() -> None:
    told = _told(
        "Officials said 3,000 people died in the hurricane.",
        "The governor claimed only 18 people died in the hurricane, when in fact 3,000 died.",
    )
    assert _settled(told, [[0, 1]]) == []


def test_regression_a_label_said_people_injuring() -> None:
    """Figures whose predicates were all '-ing' forms gave the label 'people injuring'."""
    (found,) = disagreements(
        {
            "post": "The footbridge collapsed on Monday, killing one walker and injuring 12.",
            "times": "The footbridge collapsed on Monday, killing one walker and injuring 14.",
        }
    )
    assert found.about == "people injured"


def test_regression_a_version_cited_the_headline_not_the_sentence_that_repeats_it() -> None:
    """A source that gave the figure in its headline and again in its text was cited by the
    headline, which the digest does not show as a claim (and so could not tie to one)."""
    (found,) = disagreements(
        {
            "post": "Footbridge collapses: one dead, at least 15 hurt\n\n"
            "The old footbridge fell into the canal on Monday, leaving one walker dead and "
            "at least 15 injured, the fire service said.",
            "times": "The footbridge collapsed on Monday, killing one walker and injuring 12.",
        }
    )
    post = next(v for v in found.versions if v.source == "post")
    assert post.value == "at least 15"
    assert post.sentence.text.startswith("The old footbridge fell")
