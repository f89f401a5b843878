"""One claim from its rows: support, sources, share and quotes; ranking; per-article lists."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from references import ranked_claims
from scipy import sparse

from summarize import Article, Quote, Sentence
from summarize.claims import (
    SentenceSet,
    SimilarityGraph,
    SupportSelector,
    claim_vectors,
    make_claim,
    rank_claims,
    source_summaries,
)

# One article of three sentences: "The dam held." 0-13, "The dam broke." 14-28,
# "Rain fell." 29-39; and one of a second source.
TEXT = "The dam held. The dam broke. Rain fell."
SENTENCES = [
    Sentence("a", 0, 0, 13, "The dam held."),
    Sentence("a", 1, 14, 28, "The dam broke."),
    Sentence("a", 2, 29, 39, "Rain fell."),
    Sentence("b", 0, 0, 14, "The dam broke."),
]
SCORES = np.array([0.9, 0.5, 0.2, 0.4])
SOURCES = {"a": "Wire", "b": "Post"}


def _quote(start: int, end: int, speaker: str | None = "Ode") -> Quote:
    return Quote(text=TEXT[start:end], speaker=speaker, article="a", start=start, end=end)


def test_a_claim_keeps_the_quotes_that_overlap_its_support_only() -> None:
    """A quote that ends where a support sentence starts, or starts where it ends, is
    another sentence's; one that overlaps two support sentences is kept once."""
    before = _quote(4, 14)  # ends at the start of "The dam broke."
    inside = _quote(18, 27)
    after = _quote(28, 33)  # starts at its end
    later = _quote(30, 38)  # in "Rain fell." only
    quotes = {"a": [before, inside, after, later]}
    item = make_claim([1, 3], 1, SENTENCES, SCORES, SOURCES, quotes=quotes)
    assert item.claim.quotes == (inside,)
    both = _quote(10, 20)  # over "The dam held." and "The dam broke."
    item = make_claim([0, 1], 0, SENTENCES, SCORES, SOURCES, quotes={"a": [both, inside]})
    assert item.claim.quotes == (both, inside)
    assert make_claim([1], 1, SENTENCES, SCORES, SOURCES).claim.quotes == ()


def test_a_claims_share_is_of_the_total_sources_given() -> None:
    item = make_claim([1, 3], 3, SENTENCES, SCORES, SOURCES, total_sources=4)
    assert item.claim.share == 0.5
    assert item.claim.sources == ("Wire", "Post")
    assert item.claim.score == pytest.approx(2.4)
    alone = make_claim([1], 1, SENTENCES, SCORES, SOURCES)  # of the sources given: two
    assert alone.claim.share == 0.5
    assert make_claim([1, 3], 1, SENTENCES, SCORES, SOURCES).claim.share == 1.0


def test_no_claims_have_no_vectors_but_keep_the_matrixs_columns() -> None:
    vectors = claim_vectors([], sparse.csr_matrix(np.eye(4)[:, :3]))
    assert vectors.shape == (0, 3)
    assert vectors.dtype == np.float64


def test_ranked_claims_keep_the_quotes_of_their_support() -> None:
    quote = _quote(18, 27)
    ranked = rank_claims([[0], [1, 3], [2]], SENTENCES, SCORES, SOURCES, quotes={"a": [quote]})
    assert [item.row for item in ranked] == [1, 0, 2]  # two sources first
    assert [item.claim.quotes for item in ranked] == [(quote,), (), ()]
    assert [item.claim.share for item in ranked] == [1.0, 0.5, 0.5]


ARTICLES = (
    Article(id="a", text="Council passes budget\n\nThe council met. Fares rise.", source="Wire"),
    Article(id="b", text="Budget passes", source="Post"),
)
_ROWS = [("a", "Council passes budget"), ("a", "The council met."), ("a", "Fares rise."),
         ("b", "Budget passes")]  # fmt: skip


def _set() -> SentenceSet:
    sentences = []
    for index, (article, text) in enumerate(_ROWS):
        start = {a.id: a.text for a in ARTICLES}[article].index(text)
        sentences.append(Sentence(article, index, start, start + len(text), text))
    matrix = sparse.csr_matrix(np.eye(4))
    return SentenceSet.of(
        ARTICLES,
        sentences,
        matrix=matrix,
        terms=[["council", "budget"], ["council"], ["fare"], ["budget"]],
        scores=np.array([0.9, 0.5, 0.4, 0.3]),  # the headline scores best
        graph=SimilarityGraph.build(matrix, threshold=0.5),
        similarity=0.5,
        groups=[[0], [1], [2], [3]],
        quotes={},
    )


def test_a_summary_leaves_out_a_headline_unless_the_article_has_nothing_else() -> None:
    summaries = source_summaries(
        _set(), ARTICLES, SupportSelector(), count=3, redundancy=1.0, order="importance"
    )
    shown = [[scored.text for scored in summary.sentences] for summary in summaries]
    assert shown == [["The council met.", "Fares rise."], ["Budget passes"]]


class _DropsTheLast:
    """A broken selector: it answers for every article but the last."""

    def choose_each(
        self, sentences: SentenceSet, candidates: list[list[int]], *, count: int, redundancy: float
    ) -> list[list[int]]:
        return [list(rows[:count]) for rows in candidates][:-1]


def test_summaries_refuse_a_selector_that_skips_an_article() -> None:
    with pytest.raises(ValueError, match="zip"):
        source_summaries(
            _set(), ARTICLES, _DropsTheLast(), count=1, redundancy=1.0, order="source"
        )


def test_the_support_selector_has_nothing_to_show_when_no_claim_has_enough_sources() -> None:
    chosen = SupportSelector().choose_claims(
        _set(), count=3, words=None, min_sources=3, redundancy=0.5
    )
    assert chosen == []


@st.composite
def _ranked_sets(
    draw: st.DrawFn,
) -> tuple[list[list[int]], list[Sentence], list[float], list[bool] | None]:
    """Rows of four articles (two a source), scores with ties, groups in any order."""
    rows = draw(st.integers(1, 9))
    articles = draw(st.lists(st.integers(0, 3), min_size=rows, max_size=rows))
    sentences = []
    for row, article in enumerate(articles):
        index = articles[:row].count(article)
        sentences.append(Sentence(str(article), index, 10 * index, 10 * index + 9, "Rain fell."))
    scores = draw(st.lists(st.sampled_from([0.0, 0.25, 0.5]), min_size=rows, max_size=rows))
    labels = draw(st.lists(st.integers(0, rows - 1), min_size=rows, max_size=rows))
    groups = [[row for row in range(rows) if labels[row] == g] for g in set(labels)]
    groups = draw(st.permutations([draw(st.permutations(group)) for group in groups]))
    alone = draw(st.none() | st.lists(st.booleans(), min_size=rows, max_size=rows))
    return groups, sentences, scores, alone


@settings(max_examples=300, deadline=None)
@given(_ranked_sets())
def test_ranked_claims_are_those_of_the_brute_force_rule(
    drawn: tuple[list[list[int]], list[Sentence], list[float], list[bool] | None],
) -> None:
    """Sources, then score, then place in the article, then in the set; the shown row is
    the best that stands alone, the earliest on ties."""
    groups, sentences, scores, alone = drawn
    sources = {"0": "Wire", "1": "Wire", "2": "Post", "3": "Post"}
    ranked = rank_claims(groups, sentences, np.array(scores), sources, alone=alone)
    assert [(item.row, item.rows) for item in ranked] == ranked_claims(
        groups, sentences, scores, sources, alone
    )
