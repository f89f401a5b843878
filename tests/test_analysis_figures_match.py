"""Which figures of one kind and unit count the same thing: evidence, doubts and vetoes."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis._figures.context import read_figures
from summarize.analysis._figures.cosine import OWN, Cosines
from summarize.analysis._figures.figure import Figure
from summarize.analysis._figures.match import CONTEXT, WEAK, alike, overlap, same
from summarize.analysis._figures.predicates import PREDICATES, lexicon_for
from summarize.analysis._figures.quantities import Quantity
from summarize.records import Sentence
from summarize.text._languages import stemmer

LEXICON = lexicon_for(stemmer("english"))
SENTENCE = Sentence("a", 0, 0, 4, "Text")
INF = math.inf


def bit(name: str) -> int:
    return 1 << list(PREDICATES).index(name)


DEATH, CHARGE, COST = bit("death"), bit("charge"), bit("cost")


def fig(
    value: float,
    source: str,
    *,
    kind: str = "count",
    unit: str = "person",
    classes: int = 0,
    terms: Mapping[str, float] | None = None,
    low: float | None = None,
    high: float | None = None,
    phrase: str = "",
    person: Iterable[str] = (),
    role: str = "",
    scope: Iterable[str] = (),
    frame: Iterable[object] = (),
    anchored: bool = False,
) -> Figure:
    """A figure as read_figures and anchor would give it, every field chosen."""
    low = value if low is None else low
    high = value if high is None else high
    quantity = Quantity(0, 1, "x", low, high, value, kind, unit)
    return Figure(
        quantity, SENTENCE, 0, source, kind, unit, classes, "", dict(terms or {}), phrase,
        frozenset(person), role=role, scope=frozenset(scope), frame=frozenset(frame),
        anchored=anchored,
    )  # fmt: skip


def matches(*bucket: Figure, idf: Mapping[str, float] | None = None) -> list[list[bool]]:
    if idf is None:
        idf = {term: 1.0 for f in bucket for term in f.terms}
    return alike(bucket, LEXICON, idf)[0].tolist()


def pair(*bucket: Figure) -> bool:
    """Whether the first two figures match."""
    return matches(*bucket)[0][1]


def cosine(one: Mapping[str, float], two: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """The context cosine by its definition: idf times nearness, plus OWN in each norm."""
    dot = sum(w * idf[t] * two[t] * idf[t] for t, w in one.items() if t in two)
    a = sum((w * idf[t]) ** 2 for t, w in one.items())
    b = sum((w * idf[t]) ** 2 for t, w in two.items())
    return dot / math.sqrt((a + OWN**2) * (b + OWN**2))


ONE_WORD = {"bridg": 1.0}  # one shared word: cosine 1 / 3.25, between WEAK and CONTEXT
TWO_WORDS = {"bridg": 1.0, "repair": 1.0}  # two shared words: cosine 2 / 4.25, above CONTEXT


def test_thresholds_sit_where_one_shared_word_is_weak_evidence_and_two_are_context() -> None:
    one_word = cosine(ONE_WORD, ONE_WORD, {"bridg": 1.0})
    assert one_word == pytest.approx(1 / 3.25)
    assert WEAK < one_word < CONTEXT
    assert cosine(TWO_WORDS, TWO_WORDS, {"bridg": 1.0, "repair": 1.0}) > CONTEXT


# --- positive evidence --------------------------------------------------------------------


def test_two_counts_of_a_strong_class_match_with_no_shared_context() -> None:
    assert pair(fig(40, "Wire", classes=DEATH), fig(50, "Post", classes=DEATH))


def test_figures_of_no_shared_class_do_not_match_on_context_alone() -> None:
    one = fig(40, "Wire", classes=DEATH, terms=TWO_WORDS)
    two = fig(50, "Post", classes=bit("injury"), terms=TWO_WORDS)
    assert not pair(one, two)


def test_a_strong_class_alone_is_enough_only_for_counts() -> None:
    one = fig(12, "Wire", kind="percent", unit="%", classes=DEATH)
    two = fig(13, "Post", kind="percent", unit="%", classes=DEATH)
    assert not pair(one, two)
    one.terms, two.terms = dict(ONE_WORD), dict(ONE_WORD)
    assert pair(one, two)  # a shared class with weak context


def test_a_weak_class_needs_its_contexts_cosine_to_reach_weak() -> None:
    def money(word_weight: float) -> list[Figure]:
        return [fig(v, s, kind="money", unit="$", classes=COST, terms={"bridg": word_weight})
                for v, s in ((4e6, "Wire"), (5e6, "Post"))]  # fmt: skip

    assert WEAK < cosine({"bridg": 0.76}, {"bridg": 0.76}, {"bridg": 1.0}) < WEAK + 0.01
    assert pair(*money(0.76))
    assert WEAK - 0.01 < cosine({"bridg": 0.73}, {"bridg": 0.73}, {"bridg": 1.0}) < WEAK
    assert not pair(*money(0.73))


def test_rare_words_weigh_more_through_idf() -> None:
    one = fig(4e6, "Wire", kind="money", unit="$", classes=COST, terms={"bridg": 0.7})
    two = fig(5e6, "Post", kind="money", unit="$", classes=COST, terms={"bridg": 0.7})
    assert not matches(one, two, idf={"bridg": 1.0})[0][1]
    assert matches(one, two, idf={"bridg": 2.0})[0][1]


# --- doubt: the context must reach CONTEXT ------------------------------------------------


def test_a_source_giving_two_apart_figures_of_a_class_leaves_the_match_to_context() -> None:
    bucket = [fig(40, "Wire", classes=DEATH), fig(12, "Wire", classes=DEATH),
              fig(50, "Post", classes=DEATH)]  # fmt: skip
    assert matches(*bucket) == [[False] * 3, [False] * 3, [False, False, True]]
    for f in bucket:
        f.terms = dict(TWO_WORDS)
    assert all(all(row) for row in matches(*bucket))


def test_a_source_giving_two_overlapping_figures_is_not_in_doubt() -> None:
    bucket = [fig(40, "Wire", classes=DEATH, low=36, high=44), fig(42, "Wire", classes=DEATH),
              fig(50, "Post", classes=DEATH)]  # fmt: skip
    assert all(all(row) for row in matches(*bucket))


def test_two_anchored_figures_need_context_but_one_anchored_figure_does_not() -> None:
    assert not pair(fig(40, "Wire", classes=DEATH, anchored=True),
                    fig(50, "Post", classes=DEATH, anchored=True))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, anchored=True, terms=TWO_WORDS),
                fig(50, "Post", classes=DEATH, anchored=True, terms=TWO_WORDS))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, anchored=True), fig(50, "Post", classes=DEATH))


def test_one_shared_word_is_not_enough_context_for_a_match_in_doubt() -> None:
    assert not pair(fig(40, "Wire", classes=DEATH, anchored=True, terms=ONE_WORD),
                    fig(50, "Post", classes=DEATH, anchored=True, terms=ONE_WORD))  # fmt: skip


def test_stretches_naming_different_places_need_context() -> None:
    assert not pair(fig(40, "Wire", classes=DEATH, scope={"Tarnland"}),
                    fig(50, "Post", classes=DEATH, scope={"Vessia"}))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, scope={"Tarnland"}),
                fig(50, "Post", classes=DEATH, scope={"Tarnland", "Vessia"}))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, scope={"Tarnland"}), fig(50, "Post", classes=DEATH))


def test_periods_need_context_and_the_same_word_after_them() -> None:
    def period(days: float, source: str, phrase: str, terms: Mapping[str, float]) -> Figure:
        return fig(days, source, kind="duration", unit="day", classes=CHARGE, phrase=phrase,
                   terms=terms)  # fmt: skip

    assert pair(period(1095.75, "Wire", "probation", TWO_WORDS),
                period(365.25, "Post", "probation", TWO_WORDS))  # fmt: skip
    assert not pair(period(1095.75, "Wire", "probation", TWO_WORDS),
                    period(182.6, "Post", "jail", TWO_WORDS))  # fmt: skip
    assert not pair(period(1095.75, "Wire", "probation", ONE_WORD),
                    period(365.25, "Post", "probation", ONE_WORD))  # fmt: skip


# --- figures with no predicate ------------------------------------------------------------


def test_ages_match_when_one_persons_names_hold_the_others() -> None:
    kevin = fig(25, "Wire", kind="age", unit="year", person={"Kevin", "Johnson"})
    kevin_deon = fig(26, "Post", kind="age", unit="year", person={"Kevin", "Deon", "Johnson"})
    ann = fig(26, "Times", kind="age", unit="year", person={"Ann", "Johnson"})
    assert matches(kevin, kevin_deon, ann) == [
        [True, True, False], [True, True, False], [False, False, True],
    ]  # fmt: skip


def test_rates_of_one_noun_match_in_a_like_context() -> None:
    cars = [fig(25000, "Wire", unit="car/day", terms=ONE_WORD),
            fig(30000, "Post", unit="car/day", terms=ONE_WORD),
            fig(30000, "Times", unit="car/day", terms={"road": 1.0})]  # fmt: skip
    assert [row[:2] for row in matches(*cars)] == [[True, True], [True, True], [False, False]]


def test_counts_of_one_noun_with_modifiers_match_in_a_close_context() -> None:
    def count(source: str, phrase: str, terms: Mapping[str, float]) -> Figure:
        return fig(150, source, unit="passenger", phrase=phrase, terms=terms)

    assert pair(count("Wire", "chinese passengers", TWO_WORDS),
                count("Post", "chinese passengers", TWO_WORDS))  # fmt: skip
    assert not pair(count("Wire", "chinese passengers", ONE_WORD),
                    count("Post", "chinese passengers", ONE_WORD))  # fmt: skip
    assert not pair(count("Wire", "chinese passengers", TWO_WORDS),
                    count("Post", "french passengers", TWO_WORDS))  # fmt: skip
    assert not pair(count("Wire", "passengers", TWO_WORDS), count("Post", "passengers", TWO_WORDS))


def test_bare_measures_with_no_predicate_never_match() -> None:
    one = fig(60, "Wire", kind="measure", unit="m", terms=TWO_WORDS)
    two = fig(61, "Post", kind="measure", unit="m", terms=TWO_WORDS)
    assert not pair(one, two)


# --- vetoes -------------------------------------------------------------------------------


def test_different_roles_never_match() -> None:
    assert not pair(fig(40, "Wire", classes=DEATH, role="change"), fig(50, "Post", classes=DEATH))
    assert pair(fig(40, "Wire", classes=DEATH, role="change"),
                fig(50, "Post", classes=DEATH, role="change"))  # fmt: skip


def test_a_figure_given_for_a_period_never_matches_one_given_for_none() -> None:
    week = ("duration", 7.0)
    assert not pair(fig(40, "Wire", classes=DEATH, frame={week}), fig(50, "Post", classes=DEATH))
    assert pair(fig(40, "Wire", classes=DEATH, frame={week}),
                fig(50, "Post", classes=DEATH, frame={week}))  # fmt: skip


def test_figures_given_for_different_years_or_months_never_match() -> None:
    assert not pair(fig(40, "Wire", classes=DEATH, frame={("year", 2019.0)}),
                    fig(50, "Post", classes=DEATH, frame={("year", 2020.0)}))  # fmt: skip
    assert not pair(fig(40, "Wire", classes=DEATH, frame={"May"}),
                    fig(50, "Post", classes=DEATH, frame={"June"}))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, frame={("year", 2019.0), "May"}),
                fig(50, "Post", classes=DEATH, frame={"May"}))  # fmt: skip
    assert pair(fig(40, "Wire", classes=DEATH, frame={("year", 2019.0)}),
                fig(50, "Post", classes=DEATH))  # fmt: skip


def test_amounts_in_different_currencies_never_match_but_an_unknown_one_matches_any() -> None:
    dollars = fig(4e6, "Wire", kind="money", unit="$", classes=COST, terms=TWO_WORDS)
    euros = fig(5e6, "Post", kind="money", unit="\u20ac", classes=COST, terms=TWO_WORDS)
    unknown = fig(5e6, "Times", kind="money", unit="?", classes=COST, terms=TWO_WORDS)
    assert matches(dollars, euros, unknown) == [
        [True, False, True], [False, True, True], [True, True, True],
    ]  # fmt: skip


def test_scores_rank_matches_by_cosine_plus_one_for_a_shared_class() -> None:
    one = fig(40, "Wire", classes=DEATH, terms=TWO_WORDS)
    two = fig(50, "Post", classes=DEATH, terms=TWO_WORDS)
    three = fig(50, "Times", terms=TWO_WORDS)
    scores = alike([one, two, three], LEXICON, {"bridg": 1.0, "repair": 1.0})[1]
    assert scores[0, 1] == pytest.approx(1 + 2 / 4.25)
    assert scores[0, 2] == pytest.approx(2 / 4.25)


# --- same, overlap, cosines ---------------------------------------------------------------


def test_same_marks_the_pairs_of_equal_values() -> None:
    assert same(["Wire", "Post", "Wire"]).tolist() == [
        [True, False, True], [False, True, False], [True, False, True],
    ]  # fmt: skip
    assert same([("year", 2019.0), ("year", 2019.0)]).all()


@pytest.mark.parametrize(
    ("one", "two", "expected"),
    [
        ((27000, 30000), (30000, 30000), True),  # bounds are inclusive
        ((27000, 30000), (30001, 30001), False),
        ((50000, INF), (1e9, 1e9), True),
        ((0, 40), (41, INF), False),
        ((-5, -3), (-4, -4), True),  # below zero
        ((-5, -3), (-2.5, 0), False),
    ],
)
def test_overlap_says_whether_two_ranges_share_a_value(
    one: tuple[float, float], two: tuple[float, float], expected: bool
) -> None:
    a = fig(one[0], "Wire", low=one[0], high=one[1])
    b = fig(two[0], "Post", low=two[0], high=two[1])
    assert overlap(a, b) is expected
    assert overlap(b, a) is expected


def test_cosines_of_figures_read_from_sentences() -> None:
    one, two = read_figures(
        [Sentence("a", 0, 0, 35, "The bridge repairs cost $5 million."),
         Sentence("b", 0, 0, 36, "Bridge repairs will cost $9 million.")],
        {}, LEXICON, frozenset({"the", "will"}),
    )  # fmt: skip
    idf = {"repair": 1.0, "bridg": 1.0}
    assert Cosines(idf)(one, two) == pytest.approx(cosine(one.terms, two.terms, idf))
    assert Cosines(idf)(one, two) == pytest.approx(1.5 / math.sqrt((2 + 2.25) * (1.25 + 2.25)))


VOCABULARY = ["bridg", "repair", "storm", "citi", "flood", "road", "port", "dam"]
TERMS = st.dictionaries(st.sampled_from(VOCABULARY), st.sampled_from([0.5, 1.0]), max_size=5)
IDF = st.fixed_dictionaries({w: st.floats(0.1, 5.0) for w in VOCABULARY})


@settings(max_examples=60, deadline=None)
@given(st.lists(TERMS, min_size=1, max_size=6), IDF)
def test_alike_and_cosines_weigh_contexts_as_the_cosine_is_defined(
    contexts: list[dict[str, float]], idf: dict[str, float]
) -> None:
    bucket = [fig(n, f"S{n}", unit="x", terms=terms) for n, terms in enumerate(contexts)]
    scores = alike(bucket, LEXICON, idf)[1]  # no classes: the score is the cosine
    cosines = Cosines(idf)
    for i, one in enumerate(bucket):
        for j, two in enumerate(bucket):
            expected = cosine(one.terms, two.terms, idf)
            assert scores[i, j] == pytest.approx(expected, abs=1e-12)
            assert cosines(one, two) == pytest.approx(expected, abs=1e-12)


def test_a_large_bucket_weighs_contexts_as_a_small_one_does() -> None:
    rng = np.random.default_rng(7)
    vocabulary = [f"w{n}" for n in range(300)]
    contexts = [{vocabulary[k]: float(rng.choice([0.5, 1.0]))
                 for k in rng.choice(300, size=6, replace=False)} for _ in range(130)]  # fmt: skip
    idf = {w: float(rng.uniform(0.5, 3.0)) for w in vocabulary}
    bucket = [fig(n, f"S{n}", unit="x", terms=terms) for n, terms in enumerate(contexts)]
    used = {word for terms in contexts for word in terms}
    assert len(bucket) ** 2 * len(used) >= 1 << 22  # compared as sparse rows
    scores = alike(bucket, LEXICON, idf)[1]
    close = list(zip(*np.nonzero(scores > 0.2), strict=True))[:20]
    for i, j in [(0, 0), (0, 1), (5, 77), (129, 3), *close]:
        assert scores[i, j] == pytest.approx(cosine(contexts[i], contexts[j], idf), abs=1e-12)


# --- what an amount of money is in ---------------------------------------------------------


def amount(
    value: float, source: str, told: str, *, claim: int = -1, terms: Mapping[str, float] = {}
) -> Figure:
    """An amount of one cost class, in ``told`` ("tax revenu": "in tax revenue")."""
    figure = fig(value, source, kind="money", unit="$", classes=COST, phrase=told, terms=terms)
    figure.claim = claim
    return figure


def test_amounts_in_different_things_never_match() -> None:
    """ "$3 million in sales" and "$1 million in tax revenue" are two things, whatever the words."""
    sales = amount(3e6, "Wire", "sale", terms=TWO_WORDS)
    assert not pair(sales, amount(1e6, "Post", "tax revenu", terms=TWO_WORDS))
    assert pair(sales, amount(1e6, "Post", "", terms=TWO_WORDS))


def test_what_amounts_are_in_tells_a_sources_amounts_apart() -> None:
    """A source's two amounts in different things leave no doubt to the context."""
    one = amount(5e5, "Wire", "tax revenu", terms=ONE_WORD)
    two = amount(1e6, "Post", "tax revenu", terms=ONE_WORD)
    other = amount(3e6, "Post", "sale", terms=ONE_WORD)
    assert matches(one, two, other)[0][1]
    other.phrase = ""  # an amount in nothing said: which is which is in doubt
    assert not matches(one, two, other)[0][1]


def test_amounts_in_one_thing_in_sentences_of_one_claim_match_with_no_context() -> None:
    one = amount(5e5, "Wire", "tax revenu", claim=0)
    two = amount(1e6, "Post", "tax revenu", claim=0)
    assert pair(one, two)
    two.claim = 1
    assert not pair(one, two)
    two.claim, two.phrase = 0, "sale"
    assert not pair(one, two)
