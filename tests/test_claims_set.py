"""The claim stages on a set built by hand: SentenceSet, claims, ranking, summaries, exclusives."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from summarize import Article, Quote, Sentence
from summarize.claims import (
    SentenceSet,
    SimilarityGraph,
    exclusive_claims,
    make_selector,
    rank_claims,
    source_summaries,
)
from summarize.claims.select import CoverageSelector, SupportSelector

# Three articles; a and b come from one outlet. Rows 0, 2 and 4 say the dam broke;
# row 1 is a's alone, row 3 is b's alone, row 5 is c's alone.
ARTICLES = (
    Article(id="a", text="The dam broke at dawn. Crews came.", source="Wire"),
    Article(id="b", text="At dawn the dam broke. Roads shut.", source="Wire"),
    Article(id="c", text="The dam broke, said Ode. Rain eased.", source="Post"),
)


def _sentence(article: str, index: int, start: int, end: int) -> Sentence:
    text = {a.id: a.text for a in ARTICLES}[article]
    return Sentence(article=article, index=index, start=start, end=end, text=text[start:end])


SENTENCES = [
    _sentence("a", 0, 0, 22),
    _sentence("a", 1, 23, 34),
    _sentence("b", 0, 0, 21),
    _sentence("b", 1, 22, 33),
    _sentence("c", 0, 0, 24),
    _sentence("c", 1, 25, 36),
]
MATRIX = sparse.csr_matrix(
    np.array(
        [
            [1.0, 0.0, 0.0, 0.0],
            [0.0, 1.0, 0.0, 0.0],
            [1.0, 0.0, 0.0, 0.0],
            [0.0, 0.0, 1.0, 0.0],
            [0.8, 0.0, 0.0, 0.6],
            [0.0, 0.0, 0.0, 1.0],
        ]
    )
)
QUOTE = Quote(text="The dam broke,", speaker="Ode", article="c", start=0, end=14)


def _set(scores: list[float] | None = None) -> SentenceSet:
    graph = SimilarityGraph.build(MATRIX, threshold=0.5)
    return SentenceSet.of(
        ARTICLES,
        SENTENCES,
        matrix=MATRIX,
        terms=[["dam"], ["crew"], ["dam"], ["road"], ["dam", "rain"], ["rain"]],
        scores=np.array(scores or [0.9, 0.2, 0.8, 0.3, 0.7, 0.4]),
        graph=graph,
        similarity=0.5,
        groups=[[0, 4], [1], [2], [3], [5]],
        quotes={"a": [], "b": [], "c": [QUOTE]},
    )


def test_a_set_indexes_its_rows_by_article_source_and_group() -> None:
    by_row = _set()
    assert by_row.rows_of == {"a": [0, 1], "b": [2, 3], "c": [4, 5]}
    assert by_row.numbers == [0, 0, 0, 0, 1, 1]  # Wire, then Post, by first appearance
    assert by_row.support == [2, 1, 1, 1, 2, 1]
    assert by_row.group_of[4] == [0, 4]
    assert by_row.total_sources == 2
    assert by_row.lengths == [5, 2, 5, 2, 5, 2]


def test_a_claim_is_shown_by_the_row_asked_for_with_its_whole_group() -> None:
    item = _set().claim(4)
    assert item.row == 4
    assert item.rows == (0, 4)
    assert item.claim.sentence == SENTENCES[4]
    assert item.claim.support == (SENTENCES[0], SENTENCES[4])
    assert item.claim.sources == ("Wire", "Post")
    assert item.claim.share == 1.0
    assert item.claim.score == pytest.approx(2.7)  # two sources, plus the row's score
    assert item.claim.quotes == (QUOTE,)


def test_claims_rank_by_sources_then_score_then_position() -> None:
    by_row = _set()
    ranked = rank_claims(by_row.groups, SENTENCES, by_row.scores, by_row.source_of)
    assert [item.row for item in ranked] == [0, 2, 5, 3, 1]
    tied = _set([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    ranked = rank_claims(tied.groups, SENTENCES, tied.scores, tied.source_of)
    assert [item.row for item in ranked] == [0, 2, 1, 3, 5]  # then index, then row


def test_the_support_selector_takes_the_best_supported_claims_within_the_budget() -> None:
    by_row = _set()
    chosen = SupportSelector().fit(by_row).choose_claims(
        by_row, count=2, words=None, min_sources=1, redundancy=1.0
    )
    assert [item.row for item in chosen] == [0, 2]
    cut = SupportSelector().choose_claims(
        by_row, count=2, words=None, min_sources=1, redundancy=0.6
    )
    assert [item.row for item in cut] == [0, 5]  # row 2 repeats the dam claim
    only = SupportSelector().choose_claims(
        by_row, count=5, words=None, min_sources=2, redundancy=1.0
    )
    assert [item.row for item in only] == [0]


def test_the_coverage_selector_shows_each_claim_once() -> None:
    by_row = _set()
    chosen = CoverageSelector().fit(by_row).choose_claims(
        by_row, count=6, words=None, min_sources=1, redundancy=1.0
    )
    rows = [item.row for item in chosen]
    assert not {0, 4} <= set(rows)  # one sentence of the two-source claim at most
    assert len(rows) == 5


@pytest.mark.parametrize("order", ["importance", "source"])
def test_a_summary_per_article_in_input_order(order: str) -> None:
    by_row = _set([0.9, 0.2, 0.8, 0.3, 0.4, 0.7])  # c's second sentence scores higher
    summaries = source_summaries(
        by_row, ARTICLES, SupportSelector(), count=2, redundancy=1.0, order=order
    )
    assert [s.article for s in summaries] == ["a", "b", "c"]
    assert [s.source for s in summaries] == ["Wire", "Wire", "Post"]
    shown = [[scored.sentence.index for scored in s.sentences] for s in summaries]
    assert shown == ([[0, 1], [0, 1], [0, 1]] if order == "source" else [[0, 1], [0, 1], [1, 0]])
    assert summaries[2].sentences[0].score == (0.4 if order == "source" else 0.7)


def test_exclusives_leave_out_what_another_source_echoes() -> None:
    by_row = _set()
    found = exclusive_claims(by_row, ARTICLES, make_selector("support"), count=3, redundancy=1.0)
    # Row 2 has one source in its group, but Post's row 4 says the same: no exclusive.
    # Row 5 shares no link with Wire's rows: Post's alone.
    assert [(e.article, [c.sentence.index for c in e.claims]) for e in found] == [
        ("a", [1]),
        ("b", [1]),
        ("c", [1]),
    ]
    assert exclusive_claims(by_row, ARTICLES, make_selector("support"), count=0, redundancy=1) == ()


def test_make_selector_refuses_an_unknown_name() -> None:
    from summarize import OptionError

    with pytest.raises(OptionError, match="choose one of: coverage, support"):
        make_selector("best")
