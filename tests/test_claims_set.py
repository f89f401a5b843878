"""The claim stages on a set built by hand: SentenceSet, claims, ranking, summaries, exclusives."""

from __future__ import annotations

import re

import attrs
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from references import alone
from scipy import sparse

import summarize
from summarize import Article, Quote, Sentence
from summarize.claims import (
    SentenceSet,
    SimilarityGraph,
    exclusive_claims,
    make_selector,
    rank_claims,
    source_summaries,
)
from summarize.claims._set import _alone_each, _kinds
from summarize.claims.select import CoverageSelector, SupportSelector

# Three articles; a and b come from one outlet. Rows 0, 2 and 4 say the dam broke;
# row 1 is a's alone, row 3 is b's alone, row 5 is c's alone.
ARTICLES = (
    Article(id="a", text="The dam broke at dawn. Crews came from the north.", source="Wire"),
    Article(id="b", text="At dawn the dam broke. Roads shut near the river.", source="Wire"),
    Article(id="c", text="The dam broke, said Ode. Rain eased by the evening.", source="Post"),
)


def _sentence(article: str, index: int, written: str) -> Sentence:
    text = {a.id: a.text for a in ARTICLES}[article]
    start = text.index(written)
    end = start + len(written)
    return Sentence(article=article, index=index, start=start, end=end, text=written)


SENTENCES = [
    _sentence("a", 0, "The dam broke at dawn."),
    _sentence("a", 1, "Crews came from the north."),
    _sentence("b", 0, "At dawn the dam broke."),
    _sentence("b", 1, "Roads shut near the river."),
    _sentence("c", 0, "The dam broke, said Ode."),
    _sentence("c", 1, "Rain eased by the evening."),
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
    assert by_row.lengths == [5, 5, 5, 5, 5, 5]


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
    # Without restatements: row 2 opens b as row 0 opens a, so the set has them.
    by_row = attrs.evolve(_set(), restated=[[] for _ in _set().groups])
    chosen = (
        SupportSelector()
        .fit(by_row)
        .choose_claims(by_row, count=2, words=None, min_sources=1, redundancy=1.0)
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
    by_row = attrs.evolve(_set(), restated=[[] for _ in _set().groups])  # groups alone
    chosen = (
        CoverageSelector()
        .fit(by_row)
        .choose_claims(by_row, count=6, words=None, min_sources=1, redundancy=1.0)
    )
    rows = [item.row for item in chosen]
    assert not {0, 4} <= set(rows)  # one sentence of the two-source claim at most
    assert len(rows) == 5


def test_openings_of_two_sources_that_share_words_restate_one_claim() -> None:
    by_row = _set()
    # Row 2 opens b (Wire) and row 4 opens c (Post), at cosine 0.8: at least 5/6 of 0.5.
    assert by_row.restated == [[2], [], [0], [], []]
    assert by_row.group_index == [0, 1, 2, 3, 0, 4]


@pytest.mark.parametrize("selection", ["support", "coverage"])
def test_a_claim_that_restates_one_shown_is_not_shown_and_lends_its_sources(
    selection: str,
) -> None:
    by_row = _set()
    selector = make_selector(selection).fit(by_row)
    every = selector.choose_claims(by_row, count=5, words=None, min_sources=1, redundancy=1.0)
    assert {0, 2} <= {item.row for item in every}  # no cut: each claim as it is
    chosen = selector.choose_claims(by_row, count=5, words=None, min_sources=1, redundancy=0.99)
    rows = [item.row for item in chosen]
    assert 0 in rows  # the dam breaking, once
    assert 2 not in rows
    assert len(rows) == 4
    dam = chosen[rows.index(0)]
    assert dam.rows == (0, 2, 4)  # b's way of saying it joins, for the article it lacked
    assert dam.claim.support == (SENTENCES[0], SENTENCES[2], SENTENCES[4])
    assert dam.claim.sources == ("Wire", "Post")


def test_a_restating_group_lends_no_second_sentence_of_an_article_the_claim_holds() -> None:
    by_row = attrs.evolve(_set(), restated=[[2, 1], [0], [0], [], []])
    item = by_row.merged_claim(4)
    assert item.rows == (0, 2, 4)  # row 1 is a's, and a is held by row 0
    assert by_row.merged_claim(5).rows == (5,)
    assert by_row.claim(4).rows == (0, 4)  # the group alone


def test_a_restating_sentence_more_alike_to_the_shown_one_takes_its_articles_place() -> None:
    """Regression: an outlet's opening that restated the shown line was closed, while a
    weaker sentence of that outlet (in the line's own group) stayed its support."""
    dense = MATRIX.toarray()
    dense[1] = dense[4]  # a's second sentence now says what c's shown sentence says
    by_row = attrs.evolve(_set(), matrix=sparse.csr_matrix(dense), restated=[[1], [0], [], [], []])
    assert by_row.merged_claim(4).rows == (1, 4)  # a's better sentence, in row 0's place
    assert by_row.merged_claim(0).rows == (0, 4)  # the shown sentence keeps its own place
    assert by_row.claim(4).rows == (0, 4)  # the group alone is unchanged
    dense[1] = dense[0]  # as alike to row 4 as row 0 is: no swap
    tie = attrs.evolve(by_row, matrix=sparse.csr_matrix(dense))
    assert tie.merged_claim(4).rows == (0, 4)


def test_of_two_restating_sentences_of_an_article_the_claim_lacks_the_more_alike_joins() -> None:
    """Groups 2 and 3 restate the dam claim and each holds a sentence of b, which the
    claim lacks: the one more alike to the shown sentence supports it, whichever group
    comes first."""
    by_row = attrs.evolve(_set(), restated=[[2, 3], [], [0], [0], []])
    assert by_row.merged_claim(4).rows == (0, 2, 4)  # row 2 at 0.8 to row 4, row 3 at 0
    dense = MATRIX.toarray()
    dense[3] = dense[4]  # b's second sentence now says what c's shown sentence says
    closer = attrs.evolve(by_row, matrix=sparse.csr_matrix(dense))
    assert closer.merged_claim(4).rows == (0, 3, 4)
    assert closer.merged_claim(4).claim.sources == ("Wire", "Post")


def test_regression_a_line_whose_sentence_supported_the_line_before_said_its_fact_again() -> None:
    """One spokeswoman's remark was two merged lines: the second line's sentence was a
    support of the first (and the first's sentence one of the second's), and a pointing
    opening swapped the second line's sentence for the first's, printing it twice."""
    by_row = _set()  # rows 0 and 2 restate one claim: each line lists the other's sentence
    lines = by_row.merged_claims([0, 2], restated=True, keep=1, words=None)
    assert [line.row for line in lines] == [0]
    assert lines[0].rows == (0, 2, 4)
    assert [
        line.row for line in by_row.merged_claims([2, 0], restated=True, keep=1, words=None)
    ] == [2]
    # Without the cut every claim is listed as it is; lines of other facts stay.
    assert [
        line.row for line in by_row.merged_claims([0, 2], restated=False, keep=1, words=None)
    ] == [0, 2]
    assert [
        line.row for line in by_row.merged_claims([0, 1, 3], restated=True, keep=1, words=None)
    ] == [0, 1, 3]


def test_a_set_keeps_the_vectorisers_term_numbers_for_the_coverage_selector() -> None:
    """The set hands the vectoriser's numbers of its terms on: numbers that do not match
    the terms are refused when the selector learns its concepts."""
    terms = [["dam"], ["crew"], ["dam"], ["road"], ["dam", "rain"], ["rain"]]
    ids = np.array([0, 1, 0, 2, 0, 3, 3])
    base = _set()
    numbered = SentenceSet.of(
        ARTICLES,
        SENTENCES,
        matrix=MATRIX,
        terms=terms,
        scores=base.scores,
        graph=base.graph,
        similarity=0.5,
        groups=base.groups,
        quotes=base.quotes,
        term_ids=ids,
    )
    assert numbered.term_ids is ids
    CoverageSelector().fit(numbered)  # one number per term
    short = attrs.evolve(numbered, term_ids=ids[:-1])
    with pytest.raises(ValueError, match="6 term numbers for 7 terms"):
        CoverageSelector().fit(short)


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


def test_a_set_of_one_source_has_no_exclusives() -> None:
    """Every claim of a set of one outlet has that outlet alone, and none is its own news:
    with no other source, nothing is one source's alone."""
    one = tuple(attrs.evolve(article, source="Wire") for article in ARTICLES)
    by_row = SentenceSet.of(
        one,
        SENTENCES,
        matrix=MATRIX,
        terms=[["dam"], ["crew"], ["dam"], ["road"], ["dam", "rain"], ["rain"]],
        scores=np.array([0.9, 0.2, 0.8, 0.3, 0.7, 0.4]),
        graph=SimilarityGraph.build(MATRIX, threshold=0.5),
        similarity=0.5,
        groups=[[0, 4], [1], [2], [3], [5]],
        quotes={"a": [], "b": [], "c": [QUOTE]},
    )
    assert exclusive_claims(by_row, one, make_selector("support"), count=3, redundancy=1.0) == ()


def test_make_selector_refuses_an_unknown_name() -> None:
    from summarize import OptionError

    with pytest.raises(OptionError, match="choose one of: coverage, support"):
        make_selector("best")


JOBLESS = [
    Article(
        id="wire",
        text="The council approved the budget on Monday. Applications for state jobless aid "
        "fell last week to a fresh pandemic low. Mayor Ada Ode will travel to Lisbon in May.",
    ),
    Article(
        id="post",
        text="On Monday the council approved the budget. The number of people filing for "
        "jobless benefits dropped to a new pandemic low. Bus fares rise in June.",
    ),
]


def test_regression_an_exclusive_had_a_near_paraphrase_in_another_source() -> None:
    """1.0 listed both jobless sentences as exclusives: too far apart to group, yet one fact."""
    import summarize

    digest = summarize.summarize(JOBLESS, merged=1)
    shown = {e.article: [c.text for c in e.claims] for e in digest.exclusives}
    assert shown == {
        "wire": ["Mayor Ada Ode will travel to Lisbon in May."],
        "post": ["Bus fares rise in June."],
    }


def test_near_paraphrases_are_those_of_another_source_only() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
    from summarize.claims._exclusives import near_paraphrased

    assert near_paraphrased(m, [0, 0, 1], [0, 1, 2], similarity=0.5) == set()
    assert near_paraphrased(m, [0, 1, 1], [0, 1, 2], similarity=0.5) == {0, 1}
    assert near_paraphrased(m, [0, 1, 1], [], similarity=0.5) == set()


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 12), st.integers(1, 5), st.integers(0, 2**16), st.floats(0.05, 1.0))
def test_near_paraphrases_are_those_a_loop_over_the_product_finds(
    rows: int, terms: int, seed: int, similarity: float
) -> None:
    """The rows found from the product's strong entries are those a plain loop over it finds."""
    from summarize.claims._exclusives import near_paraphrased

    rng = np.random.default_rng(seed)
    array = rng.integers(0, 3, (rows, terms)).astype(float)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    m = sparse.csr_matrix(np.divide(array, norms, out=np.zeros_like(array), where=norms > 0))
    sources = rng.integers(0, 3, rows).tolist()
    tested = sorted(set(rng.integers(0, rows, rows).tolist()))
    dense = (m @ m.T).toarray()
    expected = {
        row
        for row in tested
        if any(dense[row, other] >= similarity and sources[other] != sources[row]
               for other in range(rows))
    }  # fmt: skip
    assert near_paraphrased(m, sources, tested, similarity=similarity) == expected


def test_regression_a_fragment_or_headline_was_listed_as_an_exclusive() -> None:
    """1.0 listed a cut-off excerpt ("... also...") and a headline as a source's exclusives."""
    import summarize

    articles = [
        Article(
            id="wire",
            text="Council passes the budget\n\nThe council approved the budget on Monday. "
            "The vote in the council came after a long night of talks. "
            "The opposition proposal also...",
        ),
        Article(id="post", text="On Monday the council approved the budget. Fares rise in June."),
    ]
    shown = [c.text for e in summarize.summarize(articles, merged=1).exclusives for c in e.claims]
    assert "The vote in the council came after a long night of talks." in shown
    assert "Fares rise in June." in shown
    assert not any(text.endswith("...") or text == "Council passes the budget" for text in shown)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("The council approved the budget on Monday.", True),
        ("“We will rebuild the bridge,” the mayor said.", True),
        # a question states nothing, unless the sentence reports it
        ("Did the council approve the budget?", False),
        ("“Why did the council wait so long?”", False),
        ("Will the bridge reopen before the winter, or stay shut?", False),
        ('"Why did the council wait so long?" the mayor asked.', True),
        ("The delay led the mayor to ask: “Why did the council wait so long?”", True),
        ('The mayor wrote that "nobody asked the riverside residents?"', True),
        ("12 people were hurt in the crash.", True),
        ("The council approved the budget (on Monday).", True),
        ("Council approves budget", False),
        ("The Republican proposal also...", False),
        ("The Republican proposal also…", False),
        ("and the council approved the budget.", False),
        ("Rain fell today.", False),
        ("", False),
        # pieces of someone's words that run over several sentences
        ("\u201cWe will rebuild the bridge by the spring.", False),
        ('"We will rebuild the bridge by the spring.', False),
        ("It will take us two years.\u201d", False),
        ('It will take us two years, and more."', False),
        # ... unless a verb says who speaks
        ("It will take us two years,\u201d the mayor said.", True),
        ('"It will take two years," she said, adding: "maybe more.', True),
        ('The mayor called the plan "a bridge too far" on Monday.', True),
        # no word in lower case of three letters or more: a list, a credit, a greeting
        ("GOP Sens. Ada Ode (Ohio), Bo Li (Utah), Cy Ng (Iowa) and Di Vo (Maine).", False),
        ("Directed by Ivo Brandt and Ada Ode.", False),
        ("Happy Harbour Bridge Opening Day!", False),
        ("Reporter: FOR 12 YEARS THE BRIDGE HAS BEEN SHUT TO TRUCKS.", True),
        ("THE BRIDGE HAS BEEN SHUT FOR 12 YEARS.", True),
        # a demonstrative as the subject points back at the sentence before
        ("That means the bridge will stay shut until May.", False),
        ("This is because the council ran out of money.", False),
        ("These are the first repairs since the bridge opened.", False),
        ("That\u2019s twice the cost the council was told.", False),
        ("Those were the words of the harbour master on Monday.", False),
        ("This week the council approved the budget.", True),
        ("That decision leaves the bridge shut until May.", False),
        ("This fell to 12 trucks a day after the repairs.", False),
        ("That same month the council approved the budget.", True),
        ("That the bridge held surprised the inspectors.", True),
        ("Those numbers may rise once the inspectors finish.", False),
        ("These repairs will cost the council twice as much.", False),
        ("Those who crossed the bridge on Monday paid no toll.", True),
        ("These days the bridge carries twice the traffic it did.", True),
        ('"That is our plan for the bridge," the mayor said.', True),
        ("Thistle grew on the bridge for years.", True),
    ],
)
def test_what_stands_alone_as_a_claim(text: str, alone: bool) -> None:
    from summarize.text import stands_alone

    assert stands_alone(text) is alone


@pytest.mark.parametrize("selection", ["coverage", "support"])
def test_regression_a_cut_off_excerpt_was_shown_as_a_merged_claim(selection: str) -> None:
    """1.0 showed "... also..." excerpts and bare headlines as lines of the merged summary."""
    import summarize

    articles = [
        Article(
            id="wire",
            text="Council passes the budget\n\nThe council approved the budget on Monday after "
            "a long night. The opposition proposal on bus fares also...",
        ),
        Article(
            id="post",
            text="On Monday the council approved the budget after a long night. The "
            "opposition proposal on bus fares also...",
        ),
    ]
    digest = summarize.summarize(articles, merged=5, selection=selection)
    [claim] = digest.merged  # not the shared excerpt, though two sources print it
    assert "approved the budget" in claim.text
    assert claim.sources == ("wire", "post")


def test_regression_a_sentence_pointing_back_was_shown_as_a_merged_claim() -> None:
    """A line that opens "That means ..." does not say what it is about: its group is
    shown by a sentence that does, and with none, another claim takes the line."""
    import summarize

    articles = [
        Article(
            id="wire",
            text="The harbour bridge will stay shut until May after inspectors found cracks. "
            "That means ferries will carry commuters across the bay all winter.",
        ),
        Article(
            id="post",
            text="Inspectors found cracks in the harbour bridge, which will stay shut until May. "
            "That means ferries will carry commuters across the bay all winter.",
        ),
    ]
    shown = [claim.text for claim in summarize.summarize(articles, merged=5).merged]
    assert shown
    assert not any(text.startswith("That means") for text in shown)


RESIGNED = [
    Article(
        id="wire",
        text="Ada Ode resigned as harbour master on Friday after the ferry crash at Kessel pier. "
        '"It was a hard week. But the harbour board ignored three written warnings about rusted '
        'bolts, cracked beams and a leaning crane on the pier," she said. '
        "The board meets on Monday.",
    ),
    Article(
        id="post",
        text="Kessel harbour master Ada Ode resigned on Friday, days after the ferry crash at the "
        "pier. Ferries will use the south quay.",
    ),
]


@pytest.mark.parametrize("selection", ["coverage", "support"])
def test_regression_a_piece_of_a_quotation_took_a_place_a_line_that_reads_alone_could_have(
    selection: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'But the board ignored ...," she said.' goes on from the rest of a quotation: it is
    picked after every line that reads right on its own, when the budget leaves room."""
    shown = [c.text for c in summarize.summarize(RESIGNED, merged=2, selection=selection).merged]
    assert shown == [
        "Ada Ode resigned as harbour master on Friday after the ferry crash at Kessel pier.",
        "Ferries will use the south quay.",
    ]
    every = [c.text for c in summarize.summarize(RESIGNED, merged=5, selection=selection).merged]
    assert any(text.startswith("But the harbour board") for text in every)
    monkeypatch.setattr(SentenceSet, "quote_piece", lambda self, row: False)
    before = summarize.summarize(RESIGNED, merged=2, selection=selection).merged
    assert before[1].text.startswith("But the harbour board")  # as it was


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ('But we kept them running," said Ada Ode.', True),
        ('They left the gate open," she said.', True),
        ('"We will rebuild the pier," said Ada Ode.', False),
        ("But they kept the ferries running.", False),  # no quotation: read elsewhere
        ("The board will meet on Monday.", False),
    ],
)
def test_what_is_a_piece_of_a_quotation_cut_from_its_start(text: str, piece: bool) -> None:
    sentence = Sentence(article="a", index=0, start=0, end=len(text), text=text)
    by_row = attrs.evolve(_set(), sentences=[sentence], language="english")
    assert by_row.quote_piece(0) is piece
    assert attrs.evolve(by_row, language="german").quote_piece(0) is False


def test_a_set_of_fragments_alone_still_has_a_merged_summary() -> None:
    import summarize

    articles = [Article(id="a", text="Budget passes"), Article(id="b", text="Budget passes")]
    assert [claim.text for claim in summarize.summarize(articles).merged] == ["Budget passes"]


def test_a_group_is_shown_by_a_member_that_stands_alone() -> None:
    by_row = _set()
    assert by_row.alone == [True] * 6
    cut = SentenceSet.of(
        ARTICLES,
        SENTENCES,
        matrix=MATRIX,
        terms=by_row.terms,
        scores=np.array([0.9, 0.2, 0.8, 0.3, 0.7, 0.4]),
        graph=by_row.graph,
        similarity=0.5,
        groups=by_row.groups,
        quotes=by_row.quotes,
    )
    object.__setattr__(cut, "alone", [False, True, True, True, True, True])
    ranked = rank_claims(cut.groups, SENTENCES, cut.scores, cut.source_of, alone=cut.alone)
    assert ranked[0].row == 4  # row 0 scores higher but does not stand alone


class _FirstPicks:
    """A selector that takes each article's first ``count`` candidates, in row order."""

    def choose_each(
        self, sentences: SentenceSet, candidates: list[list[int]], *, count: int, redundancy: float
    ) -> list[list[int]]:
        return [list(rows[:count]) for rows in candidates]


class _DropsTheLast(_FirstPicks):
    """A broken selector: it answers for every article but the last."""

    def choose_each(
        self, sentences: SentenceSet, candidates: list[list[int]], *, count: int, redundancy: float
    ) -> list[list[int]]:
        return super().choose_each(sentences, candidates, count=count, redundancy=redundancy)[:-1]


# Wire's article w says three things; Post's p one. w's first two sentences are near
# paraphrases of p's (cosine 0.28: at least NEAR * 0.5, under the claim similarity 0.5).
NEAR_TEXTS = {
    "w": [
        "Tolls rose at the bridge.",
        "Tolls rose at the tunnel.",
        "Ferries ran late all week.",
    ],
    "p": ["Tolls went up on Monday."],
}
NEAR_ARTICLES = (
    Article(id="w", text=" ".join(NEAR_TEXTS["w"]), source="Wire"),
    Article(id="p", text=" ".join(NEAR_TEXTS["p"]), source="Post"),
)
NEAR_SENTENCES = [
    Sentence(
        article=article.id,
        index=index,
        start=article.text.index(text),
        end=article.text.index(text) + len(text),
        text=text,
    )
    for article in NEAR_ARTICLES
    for index, text in enumerate(NEAR_TEXTS[article.id])
]
NEAR_MATRIX = sparse.csr_matrix(
    np.array(
        [
            [0.28, 0.96, 0.0, 0.0],
            [0.28, 0.0, 0.96, 0.0],
            [0.0, 0.0, 0.0, 1.0],
            [1.0, 0.0, 0.0, 0.0],
        ]
    )
)


def _near_set() -> SentenceSet:
    return SentenceSet.of(
        NEAR_ARTICLES,
        NEAR_SENTENCES,
        matrix=NEAR_MATRIX,
        terms=[["toll", "bridg"], ["toll", "tunnel"], ["ferri"], ["toll"]],
        scores=np.array([0.9, 0.8, 0.7, 0.6]),
        graph=SimilarityGraph.build(NEAR_MATRIX, threshold=0.5),
        similarity=0.5,
        groups=[[0], [1], [2], [3]],
        quotes={"w": [], "p": []},
    )


def test_exclusives_stay_free_of_every_near_paraphrase_found_in_any_round() -> None:
    # round 1 picks rows 0 and 3 (near each other), round 2 row 1 (near 3), round 3 row 2:
    # rows found near in an early round are not picked back in a later one
    found = exclusive_claims(_near_set(), NEAR_ARTICLES, _FirstPicks(), count=1, redundancy=1.0)
    assert [(e.source, e.article, [c.text for c in e.claims]) for e in found] == [
        ("Wire", "w", ["Ferries ran late all week."])
    ]


def test_exclusives_refuse_a_selector_that_skips_an_article() -> None:
    with pytest.raises(ValueError, match="zip"):
        exclusive_claims(_near_set(), NEAR_ARTICLES, _DropsTheLast(), count=1, redundancy=1.0)


def test_exclusives_name_their_source() -> None:
    found = exclusive_claims(_set(), ARTICLES, make_selector("support"), count=1, redundancy=1.0)
    assert [(e.source, e.article) for e in found] == [("Wire", "a"), ("Wire", "b"), ("Post", "c")]


def test_a_near_paraphrase_at_exactly_the_similarity_counts() -> None:
    from summarize.claims._exclusives import near_paraphrased

    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8]]))  # cosine 0.6
    assert near_paraphrased(m, [0, 1], [0, 1], similarity=0.6) == {0, 1}
    assert near_paraphrased(m, [0, 1], [0, 1], similarity=0.61) == set()


def test_a_row_is_echoed_by_one_other_source() -> None:
    from summarize.claims._exclusives import echoed

    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
    graph = SimilarityGraph.build(m, threshold=0.5)
    assert echoed(graph, 0.5, [0, 1, 1]).tolist() == [True, True, False]
    assert echoed(graph, 0.5, [0, 0, 1]).tolist() == [False, True, True]


def test_a_row_echoed_by_another_source_stays_echoed_whatever_its_own_source_says() -> None:
    from summarize.claims._exclusives import echoed

    # row 0 resembles rows 1 and 2 of its own source and row 3 of another, each at 0.5
    # (the links of its own source add up to exactly 1)
    side = np.sqrt(0.75)
    m = sparse.csr_matrix(
        np.array(
            [
                [1.0, 0.0, 0.0, 0.0],
                [0.5, side, 0.0, 0.0],
                [0.5, 0.0, side, 0.0],
                [0.5, 0.0, 0.0, side],
            ]
        )
    )
    graph = SimilarityGraph.build(m, threshold=0.5)
    assert echoed(graph, 0.5, [0, 0, 0, 1]).tolist() == [True, False, False, True]


_ROOF = "The ferry terminal roof fell in on Monday morning."
_CLOSED = f"{_ROOF} The mayor ordered every terminal closed for checks."


def test_regression_a_piece_of_an_unattributed_quotation_was_an_exclusive() -> None:
    # Each sentence of a quotation that runs over three sentences read as a claim of its
    # own, though none says whose words they are; the middle one has no quotation mark.
    quoted = (
        f"{_ROOF}\n\n"
        '"Nobody was warned about the rust in time. Every beam was older than the pier. '
        'The inspectors never came back."\n\n'
        "Ferries ran from the north pier all afternoon."
    )
    digest = summarize.summarize([_CLOSED, quoted], exclusives=9, merged=1)
    assert [c.text for c in digest.exclusive("1")] == [
        "Ferries ran from the north pier all afternoon."
    ]


def test_a_piece_of_a_quotation_whose_speaker_is_known_is_a_claim_that_names_them() -> None:
    quoted = (
        f'{_ROOF} "We will rebuild the whole terminal by the spring. '
        'The beams were older than anyone knew," said Ada Ode, the port director.'
    )
    digest = summarize.summarize([_CLOSED, quoted], exclusives=9, merged=1)
    shown = {c.text: [q.speaker for q in c.quotes] for c in digest.exclusive("1")}
    assert shown['"We will rebuild the whole terminal by the spring.'] == ["Ada Ode"]


def test_regression_a_piece_of_a_quotation_that_goes_on_from_the_rest_was_an_exclusive() -> None:
    # The second sentence of a quotation over two opens on "But" and speaks of "them":
    # away from the first, it says nothing one can use; the first states its own fact.
    quoted = (
        f'{_ROOF} "We will rebuild the whole terminal by the spring. '
        'But nobody told them about the rust in the beams," said Ada Ode, the port director.'
    )
    digest = summarize.summarize([_CLOSED, quoted], exclusives=9, merged=1)
    shown = [c.text for c in digest.exclusive("1")]
    assert '"We will rebuild the whole terminal by the spring.' in shown
    assert not any(text.startswith("But nobody") for text in shown)


def test_regression_a_question_was_listed_as_an_exclusive() -> None:
    """A page's own question ("What does it mean for commuters?") was shown as a claim."""
    import summarize

    articles = [
        Article(
            id="wire",
            text="The Kessel bridge closed on Monday for repairs to its cables. "
            "What does the closure mean for the thousands of commuters who cross it? "
            "Ferries will run every ten minutes until the bridge reopens in March.",
        ),
        Article(
            id="post",
            text="The bridge at Kessel was closed on Monday so that its cables can be "
            "repaired. Engineers found rust on two of them last year.",
        ),
    ]
    digest = summarize.summarize(articles, merged=5)
    shown = [c.text for c in digest.merged] + [c.text for e in digest.exclusives for c in e.claims]
    assert any(text.startswith("Ferries will run") for text in shown)
    assert not any(text.endswith("?") for text in shown)


def test_sentences_judged_with_the_quotes_they_overlap_only_as_with_every_quote() -> None:
    """Each quote meets only the sentences it overlaps; the judgement is the one of all."""
    text = (
        'The mayor spoke. "The bridge will reopen. Work starts soon," she said. '
        '"Nobody told us anything." Residents were angry. "We wait," a man said.'
    )
    pieces = [
        "The mayor spoke.",
        '"The bridge will reopen.',
        'Work starts soon," she said.',
        '"Nobody told us anything."',
        "Residents were angry.",
        '"We wait," a man said.',
    ]
    sentences = []
    for index, piece in enumerate(pieces):
        start = text.index(piece)
        sentences.append(Sentence("a", index, start, start + len(piece), piece))
    said = [
        ("The bridge will reopen. Work starts soon,", "the mayor"),
        ("Nobody told us anything.", None),
        ("We wait,", "a man"),
    ]
    quotes = [
        Quote(text=words, speaker=who, article="a", start=text.index(words),
              end=text.index(words) + len(words))
        for words, who in said
    ]  # fmt: skip
    rows_of = {"a": list(range(len(sentences)))}
    expected = [alone(sentence, quotes) for sentence in sentences]
    assert _alone_each(sentences, rows_of, {"a": quotes}) == expected
    assert expected[3] is False  # someone's words, whose the article does not say
    shuffled = [sentences[i] for i in (2, 0, 5, 1, 4, 3)]  # not in text order: every one tried
    expected = [alone(sentence, quotes) for sentence in shuffled]
    assert _alone_each(shuffled, rows_of, {"a": quotes}) == expected


_STATED = "The council approved the budget on Monday."
_POINTING = "Well, it means the council approved the budget on Monday."


@st.composite
def _spans(draw: st.DrawFn) -> tuple[list[Sentence], list[Quote]]:
    """Sentences one after another (as the text runs) or anywhere, and quotes anywhere.

    Every sentence states something, so whether it stands alone turns on the quotes only;
    small offsets make quotes that touch, hold or just miss a sentence common.
    """
    count = draw(st.integers(1, 6))
    if draw(st.booleans()):
        starts, at = [], 0
        for _ in range(count):
            at += draw(st.integers(0, 3))
            starts.append(at)
            at += draw(st.integers(1, 6))
        ends = [*starts[1:], at]
        ends = [max(start + 1, end - draw(st.integers(0, 2))) for start, end in
                zip(starts, ends, strict=True)]  # fmt: skip
    else:
        starts = [draw(st.integers(0, 30)) for _ in range(count)]
        ends = [start + draw(st.integers(1, 12)) for start in starts]
    sentences = [
        Sentence("a", index, start, end, draw(st.sampled_from([_STATED, _POINTING])))
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, 32))
        speaker = draw(st.sampled_from([None, "the mayor"]))
        quotes.append(Quote("", speaker, "a", start, start + draw(st.integers(1, 12))))
    return sentences, quotes


@settings(max_examples=150, deadline=None)
@given(_spans())
def test_whether_each_sentence_stands_alone_is_what_every_quote_met_with_it_tells(
    spans: tuple[list[Sentence], list[Quote]],
) -> None:
    """Bisection finds the sentences each quote overlaps, as meeting every pair would."""
    sentences, quotes = spans
    expected = [alone(sentence, quotes) for sentence in sentences]
    rows_of = {"a": list(range(len(sentences))), "b": []}
    assert _alone_each(sentences, rows_of, {"a": quotes}) == expected


@pytest.mark.parametrize(
    ("parts", "words", "stands"),
    [
        (  # the bug: the piece opens inside the quotation, on a pronoun
            ['"What does that mean?', 'Well, it means they were spies," Ode asserted.'],
            "What does that mean? Well, it means they were spies,",
            False,
        ),
        (  # a piece that names its subject
            ['"We wait.', 'The pier stays shut all week," Ode said.'],
            "We wait. The pier stays shut all week,",
            True,
        ),
        (  # "she": most often the story's person
            ['"We wait.', 'She did not close the pier," Ode said.'],
            "We wait. She did not close the pier,",
            True,
        ),
        (  # the quotation opens in the sentence itself
            ['"No ferry sails today.', '"It will stay shut all week," Ode said.'],
            "It will stay shut all week,",
            True,
        ),
    ],
)
def test_regression_a_piece_of_a_quotation_opening_on_a_pronoun_was_a_merged_line(
    parts: list[str], words: str, stands: bool
) -> None:
    """'Well, it means that in every case, they were spies," Ada Ode asserted.' was shown
    as a line of its own once its speaker was known: the piece opens inside a quotation
    begun in the sentence before, on a pronoun whose referent that sentence holds."""
    text = " ".join(parts)
    sentences = [
        Sentence("a", i, text.index(p), text.index(p) + len(p), p) for i, p in enumerate(parts)
    ]
    quote = Quote(words, "Ada Ode", "a", text.rindex(words), text.rindex(words) + len(words))
    assert _alone_each(sentences, {"a": [0, 1]}, {"a": [quote]})[1] is stands


@pytest.mark.parametrize(
    ("start", "end", "speaker", "stands"),
    [
        (10, 50, None, False),  # all of it someone's words, whose the article does not say
        (10, 50, "the mayor", True),  # ... or says
        (11, 48, None, False),  # within the quote but for its marks
        (12, 48, None, True),  # the quote opens two characters in: the sentence says more
        (11, 47, None, True),  # the quote ends three characters early
        (50, 60, None, True),  # touches the sentence's end: no overlap
        (0, 10, None, True),  # touches its start
    ],
)
def test_a_sentence_within_a_quote_whose_speaker_is_unknown_does_not_stand_alone(
    start: int, end: int, speaker: str | None, stands: bool
) -> None:
    sentence = Sentence("a", 0, 10, 50, _STATED)
    quote = Quote("", speaker, "a", start, end)
    assert _alone_each([sentence], {"a": [0]}, {"a": [quote]}) == [stands]


@pytest.mark.parametrize(
    ("spans", "said", "stands"),
    [
        # the second sentence comes first in the text
        ([(17, 19), (7, 8)], [(16, 27, None)], [False, True]),
        ([(10, 12), (20, 29), (1, 2)], [(0, 10, None)], [True, True, False]),
        # in order of their starts, not of their ends: the first holds the second
        ([(8, 19), (8, 11)], [(9, 17, None), (16, 18, "the mayor")], [True, False]),
    ],
)
def test_sentences_out_of_text_order_are_each_met_with_every_quote(
    spans: list[tuple[int, int]], said: list[tuple[int, int, str | None]], stands: list[bool]
) -> None:
    sentences = [Sentence("a", i, start, end, _STATED) for i, (start, end) in enumerate(spans)]
    quotes = [Quote("", speaker, "a", start, end) for start, end, speaker in said]
    assert [alone(sentence, quotes) for sentence in sentences] == stands
    assert _alone_each(sentences, {"a": list(range(len(spans)))}, {"a": quotes}) == stands


def test_regression_an_exclusive_gave_the_figure_another_source_gives_in_other_words() -> None:
    """ "Prices went up 4.7 percent" and "pay 4.7% more" tell one fact, yet were listed alone.

    Too far apart in words to be near paraphrases; the figure they share at a weaker
    likeness makes the first no exclusive, while a figure of its own keeps one.
    """
    wire = Article(
        id="wire",
        text="The harbour bridge closed on Monday after engineers found rust on two cables. "
        "Ticket prices on the ferries went up 4.7 percent in March, the operator said. "
        "Shops near the bridge reported fewer customers within a week.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Commuters now pay 4.7% more for each ticket than a year ago. "
        "Repairs are expected to cost 3.2 million euros.",
    )
    digest = summarize.summarize([wire, post], exclusives=9, merged=1)
    shown = {e.article: [c.text for c in e.claims] for e in digest.exclusives}
    assert not any("4.7" in text for texts in shown.values() for text in texts)
    assert "Repairs are expected to cost 3.2 million euros." in shown["post"]
    assert "Shops near the bridge reported fewer customers within a week." in shown["wire"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Fares went up 4.7 percent, or 4.7%, in May.", {"4.7"}),
        ("Some 12,500 riders, or 12500, were counted.", {"12500"}),
        ("In 2021 the Zx-210 made its 100th crossing on day 12.", set()),
        ("Version 3.5.2 of the tool.", set()),
        ("It cost $3.18 billion and 318,000 hours.", {"3.18", "318000"}),
    ],
)
def test_figures_that_tell_a_fact_apart(text: str, figures: set[str]) -> None:
    from summarize.claims._same_figure import _figures

    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "other", "same"),
    [
        # one source rounds a count the other gives exactly: one fact
        ("Ferries carried more than 1 million riders in July.",
         "In July the ferries took 943,000 riders across.", True),
        ("The council set aside nearly $139 million for the quay.",
         "A sum of $138.7 million goes to rebuilding the quay.", True),
        ("Some 12,000 riders crossed on the first day.",
         "On its first day 12,600 riders crossed.", True),
        # neither rounded, or further apart than a tenth: two facts
        ("The council set aside $139 million for the quay.",
         "A sum of $138.7 million goes to rebuilding the quay.", False),
        ("Ferries carried more than 1.3 million riders in July.",
         "In July the ferries took 943,000 riders across.", False),
        ("Ferries carried more than 1 million riders in 2019.",
         "In 2020 the ferries took few riders across.", False),  # years are no counts
    ],
)  # fmt: skip
def test_regression_a_count_another_source_gives_rounded_was_an_exclusive(
    text: str, other: str, same: bool
) -> None:
    """'more than 1 million' beside '943,000' of another source, alike in words, was listed
    as the one source's news: it is one count, rounded by one and given exactly by the
    other."""
    from summarize.claims._exclusives import same_figure

    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8]]))
    assert same_figure([text, other], m, [0, 1], [0], similarity=0.5) == ({0} if same else set())


@settings(max_examples=60, deadline=None)
@given(
    weights=st.lists(
        st.lists(st.sampled_from([0.0, 0.0, 0.3, 0.5, 1.0]), min_size=3, max_size=3),
        min_size=2,
        max_size=7,
    ),
    sources=st.lists(st.integers(0, 2), min_size=7, max_size=7),
    said=st.lists(st.integers(0, 4), min_size=7, max_size=7),
    similarity=st.sampled_from([0.1, 0.4, 0.7]),
)
def test_figures_told_again_are_found_as_row_by_row_in_blocks_of_any_size(
    weights: list[list[float]], sources: list[int], said: list[int], similarity: float
) -> None:
    """Picks multiplied a block at a time find what a product of each pick of its own
    finds, in blocks of one, two or more picks, and sentences without a digit count."""
    from summarize.claims import _same_figure, _told_elsewhere

    rows = np.array(weights) + 0.01 * (1 + np.arange(len(weights)))[:, None]
    m = sparse.csr_matrix(rows / np.linalg.norm(rows, axis=1, keepdims=True))
    texts = [
        ["Fares rose.", "Fares rose by 4.7%.", "Nearly 1 million rode.", "Some 950,000 rode.",
         "It cost 4.7 million."][k]
        for k in said[: len(weights)]
    ]  # fmt: skip
    owner = sources[: len(weights)]
    dense = m.toarray() @ m.toarray().T
    expected = {
        row
        for row in range(len(weights))
        for other in range(len(weights))
        if dense[row, other] >= similarity
        and owner[other] != owner[row]
        and (
            _same_figure._figures(texts[row]) & _same_figure._figures(texts[other])
            or _same_figure._near_amounts(texts[row], texts[other])
        )
    }
    every = list(range(len(weights)))
    for block in (1, 2, 256):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_told_elsewhere, "_BLOCK_ROWS", block)
            found = _same_figure.same_figure(texts, m, owner, every, similarity=similarity)
        assert found == expected


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("It cost about $1.2 billion and 318,000 hours.", ((1.2e9, True), (318000.0, False))),
        ("In 2021 nearly 40 boats made 12 crossings.", ()),  # a year, small counts
        ("Up to 2.5 million euros and at least 500 jobs.", ((2.5e6, True), (500.0, True))),
    ],
)
def test_amounts_are_read_with_their_scale_and_whether_they_are_rounded(
    text: str, amounts: tuple[tuple[float, bool], ...]
) -> None:
    from summarize.claims._same_figure import _amounts

    assert _amounts(text) == amounts


# The one pattern the amounts were read with, the words that say one is rounded looked
# for at every character: the reference that reading them back from each amount must give.
_AMOUNT_AT_EVERY_CHARACTER = re.compile(
    r"(?:\b(more\s+than|less\s+than|fewer\s+than|nearly|almost|about|roughly|around|some"
    r"|approximately|over|under|close\s+to|up\s+to|at\s+least|an\s+estimated)\s+)?"
    r"[$\u00a3\u20ac]?(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:\s+(million|billion|trillion)\b)?(?!\w|,\d|\.\d)",
    re.IGNORECASE,
)
_PIECES = [
    "more", "MORE", "than", "Than", "less", "fewer", "nearly", "almost", "ALMOST", "about",
    "roughly", "around", "some", "\u017fome", "awesome", "approximately", "approx\u0130mately",
    "over", "under", "close", "up", "UP", "to", "at", "least", "an", "estimated", "no",
    "million", "Billion", "trillion", "$", "\u00a3", "\u20ac", "12", "1,500", "318000",
    "4.7", "2021", "1.2", "-", ",", ".", "th", "_", "x", "(", "'",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(
            st.sampled_from(_PIECES),
            st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", " \n "]),
        ),
        max_size=12,
    )
)
@example(pieces=[("about", ""), ("$", ""), ("318000", "")])  # no white space between
@example(pieces=[("x", ""), ("_", ""), ("about", " "), ("318000", "")])  # "_" is in a word
@example(pieces=[("12", ""), ("about", " "), ("318000", "")])  # so is a digit
@example(pieces=[("more", "\n"), ("than", " "), ("\u20ac", " "), ("4.7", " "), ("Billion", "")])
def test_rounded_amounts_read_back_from_each_amount_as_one_pattern_reads_them(
    pieces: list[tuple[str, str]],
) -> None:
    """The words that say an amount is rounded, read back from each amount, are those one
    pattern that tries them at every character finds: in any case, across any white space,
    and not inside a longer word ("awesome 500")."""
    from summarize.claims._same_figure import _SCALES, _amounts

    text = "".join(piece + space for piece, space in pieces)
    expected = []
    for rounding, whole, part, scale in _AMOUNT_AT_EVERY_CHARACTER.findall(text):
        digits = whole.replace(",", "")
        year = len(whole) == 4 and whole.startswith(("19", "20")) and not (part or scale)
        if (part or scale or len(digits) >= 3) and not year:
            value = float(digits + part) * _SCALES.get(scale.lower(), 1.0)
            expected.append((value, bool(rounding)))
    assert _amounts(text) == tuple(expected)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "\n", "\u00a0"])),
        max_size=12,
    )
)
@example(pieces=[("$", ""), ("4.7", " "), ("million", "")])
@example(pieces=[("x", " "), ("1,500", ""), ("th", "")])  # "1,500th": no figure, no amount
def test_a_text_that_gives_a_figure_gives_an_amount(pieces: list[tuple[str, str]]) -> None:
    """What the figures are read from, the amounts are read from too: a sentence without
    an amount is passed over without reading its figures (see same_figure)."""
    from summarize.claims._same_figure import _amounts, _figures

    text = "".join(piece + space for piece, space in pieces)
    assert not _figures(text) or _amounts(text)


def test_regression_a_caption_or_a_line_of_talk_was_listed_as_an_exclusive() -> None:
    """1.0 listed a caption and a line of talk with one word of substance as exclusives:
    read away from their article, they tell no one's news."""
    import summarize

    articles = [
        Article(
            id="wire",
            text="The council approved the budget on Monday. Interior of the hall. "
            '"I am ready," she said. Mayors will travel to Lisbon in May.',
        ),
        Article(
            id="post",
            text="On Monday the council approved the budget. Ferry fares rise by a third in June.",
        ),
    ]
    digest = summarize.summarize(articles, merged=1)
    shown = {e.article: [c.text for c in e.claims] for e in digest.exclusives}
    # two words of substance and a name ("mayor", "travel"; "Lisbon") still make a claim
    assert shown == {
        "wire": ["Mayors will travel to Lisbon in May."],
        "post": ["Ferry fares rise by a third in June."],
    }


def test_substance_counts_terms_other_than_names_and_two_names_at_most() -> None:
    from summarize.claims._exclusives import _substance

    m = sparse.csr_matrix(
        np.array(
            [
                [0.5, 0.5, 0.5, 0.0, 0.5, 0.0],  # three names and a word: 2 + 1
                [0.6, 0.6, 0.6, 0.0, 0.0, 0.0],  # three names: 2
                [0.0, 0.7, 0.0, 0.7, 0.0, 0.0],  # a name and a word: 2
                [0.0, 0.0, 0.0, 0.6, 0.6, 0.6],  # three words: 3
            ]
        )
    )
    names = np.array([True, True, True, False, False, False])
    assert _substance(m, names).tolist() == [True, False, False, True]
    assert _substance(m, None).tolist() == [True, True, True, True]


def test_regression_a_support_shared_only_a_name_of_several_words_with_the_claim() -> None:
    """Two outlets' sentences that shared only "the Kessel Harbour Board" (whose words the
    set also writes in lower case, so the set does not count them as a name) supported
    one claim: a fare rise and a strike are two facts about one board."""
    import summarize

    fares = "The Kessel Harbour Board raised fares."
    strike = "Crews of the Kessel Harbour Board struck."
    articles = [
        Article(id="wire", text=f"{fares} The board said fuel cost more. Ferries left late."),
        Article(id="post", text=f"{strike} The harbour was quiet and the board said nothing."),
    ]
    digest = summarize.summarize(articles, merged=10, redundancy=1.0)
    for claim in digest.merged:
        assert {s.text for s in claim.support} != {fares, strike}
    # the same fact in words of its own still supports the claim
    articles[1] = Article(id="post", text="The Kessel Harbour Board raised its fares. " + strike)
    digest = summarize.summarize(articles, merged=10, redundancy=1.0)
    assert any(len(claim.support) == 2 for claim in digest.merged)


def test_a_sentence_of_names_only_said_again_supports_itself() -> None:
    """A member with no words but the shown sentence's names, said twice, is the same
    statement, not a shared topic."""
    import summarize

    said = "But it was Ada Ode, not Ivo Brandt."
    articles = [
        Article(id="wire", text=f"{said} The board met on Monday in the harbour."),
        Article(id="post", text=f"{said} The harbour closed and the board left."),
    ]
    digest = summarize.summarize(articles, merged=10, redundancy=1.0)
    supports = [[s.text for s in claim.support] for claim in digest.merged]
    assert [said, said] in supports


def test_supporting_keeps_the_shown_row_and_members_that_share_a_plain_word() -> None:
    """Members that share with the shown row only words both write as names, or no term,
    leave; the shown row stays, even with no term of its own."""

    def named(text: str) -> frozenset[str]:  # "Dam" and "Rain" as parts of names
        return frozenset(w.lower() for w in ("Dam", "Rain") if f" {w}" in text)

    by_row = attrs.evolve(_set(), named_terms=named)
    assert by_row.supporting(4) == [0, 4]  # "dam" in lower case in both
    by_row = attrs.evolve(
        by_row,
        sentences=[*SENTENCES[:4], attrs.evolve(SENTENCES[4], text="The Dam broke, said Ode.")],
    )
    assert by_row.supporting(4) == [0, 4]  # written as a name in one only
    dam = attrs.evolve(SENTENCES[0], text="The Dam broke at dawn.")
    by_row = attrs.evolve(by_row, sentences=[dam, *by_row.sentences[1:]])
    assert by_row.supporting(4) == [4]  # a name in both: a topic
    assert by_row.supporting(0) == [0]
    by_row = attrs.evolve(by_row, terms=[["dam"], ["crew"], ["dam"], ["road"], [], ["rain"]])
    assert by_row.supporting(4) == [4]  # no term of its own: shown all the same
    assert attrs.evolve(_set(), named_terms=None).supporting(4) == [0, 4]


def _pointing_set(first: str, second: str, *, language: str = "english") -> SentenceSet:
    """Two articles, one sentence each, grouped as one claim: row 0 shows it."""
    articles = (Article(id="a", text=first, source="Wire"), Article(id="b", text=second))
    matrix = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6]]))
    return SentenceSet.of(
        articles,
        [
            Sentence(article="a", index=0, start=0, end=len(first), text=first),
            Sentence(article="b", index=0, start=0, end=len(second), text=second),
        ],
        matrix=matrix,
        terms=[["pier", "close"], ["pier", "close", "kessel"]],
        scores=np.array([0.9, 0.5]),
        graph=SimilarityGraph.build(matrix, threshold=0.5),
        similarity=0.5,
        groups=[[0, 1]],
        quotes={},
        language=language,
    )


@pytest.mark.parametrize(
    "first",
    [
        "He closed the pier on Monday after the storm.",
        "But they closed the pier on Monday after the storm.",
        "His crews closed the pier on Monday after the storm.",
    ],
)
def test_regression_a_line_was_shown_by_a_sentence_whose_subject_points_back(first: str) -> None:
    """'He closed the pier' shown alone does not say who: a supporting sentence that names
    the doer shows the line, which keeps its support and sources."""
    second = "Harbour master Ada Ode closed the Kessel pier on Monday."
    line = _pointing_set(first, second).merged_claim(0)
    assert line.claim.text == second
    assert line.rows == (0, 1)
    assert line.claim.sources == ("Wire", "b")


@pytest.mark.parametrize(
    "first",
    [
        "Instead, the crews closed the pier on Monday.",
        "This time, the crews closed the pier on Monday.",
        "The woman closed the pier on Monday.",
        "The former president closed the pier on Monday.",
    ],
)
def test_regression_a_line_opening_on_what_came_before_or_a_role_kept_its_sentence(
    first: str,
) -> None:
    """'Instead, ...' or 'The woman ...' shown alone does not say instead of what, or who:
    a supporting sentence that names the doer shows the line."""
    second = "Harbour master Ada Ode closed the Kessel pier on Monday."
    line = _pointing_set(first, second).merged_claim(0)
    assert line.claim.text == second
    assert line.rows == (0, 1)


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        # a role says more than a pronoun: it takes the pronoun's place
        ("He closed the pier on Monday.", "The woman closed the Kessel pier on Monday.", 1),
        ("He closed the pier on Monday.", "Instead, the crews closed the Kessel pier.", 1),
        # a pronoun or another opening on what came before does not take a role's place
        ("The woman closed the pier on Monday.", "He closed the Kessel pier on Monday.", 0),
        ("The woman closed the pier on Monday.", "Instead, they closed the Kessel pier.", 0),
        ("Instead, the crews closed the pier.", "The woman closed the Kessel pier.", 0),
    ],
)
def test_regression_a_replacing_sentence_pointed_back_as_the_shown_one_did(
    first: str, second: str, shown: int
) -> None:
    """A stand-in must pass the test the shown sentence failed; only a pronoun gives way to
    a sentence that says more, though it points back too ("The victim" for "He")."""
    assert _pointing_set(first, second).merged_claim(0).row == shown


@pytest.mark.parametrize(
    ("first", "second", "longest", "shown"),
    [
        # the shown sentence names its subject: it stays
        (
            "Ada Ode closed the pier on Monday.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
            None,
            0,
        ),
        # a pronoun after an opening phrase, or a demonstrative: left as it is
        (
            "After a night of storms, she closed the pier.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
            None,
            0,
        ),
        (
            "That pier closed on Monday.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
            None,
            0,
        ),
        # the other points back too, or leans on its article further on
        ("He closed the pier on Monday.", "She closed the Kessel pier on Monday.", None, 0),
        ("He closed the pier on Monday.", "Ada Ode closed this pier on Monday.", None, 0),
        # the other is longer than the words left allow
        (
            "He closed the pier on Monday.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
            6,
            0,
        ),
        (
            "He closed the pier on Monday.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
            10,
            1,
        ),
    ],
)
def test_a_line_keeps_its_sentence_unless_another_reads_right_within_the_words_left(
    first: str, second: str, longest: int | None, shown: int
) -> None:
    line = _pointing_set(first, second).merged_claim(0, longest=longest)
    assert line.row == shown


def test_merged_claims_keep_the_word_budget_when_a_line_changes_sentence() -> None:
    first = "He closed the pier on Monday."
    second = "Harbour master Ada Ode closed the Kessel pier on Monday."
    by_row = _pointing_set(first, second)
    [line] = by_row.merged_claims([0], restated=True, keep=1, words=9)
    assert line.row == 0  # 6 words shown; the other's 10 would pass the budget of 9
    [line] = by_row.merged_claims([0], restated=True, keep=1, words=10)
    assert line.row == 1
    [line] = by_row.merged_claims([0], restated=True, keep=1, words=None)
    assert line.row == 1


def test_a_line_in_another_language_keeps_its_sentence_whatever_it_opens_on() -> None:
    """Only English pronouns are read: in another language the shown sentence stays."""
    first = "He closed the pier on Monday after the storm."
    second = "Harbour master Ada Ode closed the Kessel pier on Monday."
    by_row = _pointing_set(first, second, language="german")
    assert by_row.language == "german"
    assert by_row.merged_claim(0).row == 0
    assert _pointing_set(first, second).merged_claim(0).row == 1


def _lines_set(
    texts: list[str],
    rows: list[list[float]],
    groups: list[list[int]],
    names: np.ndarray | None = None,
    figures: np.ndarray | None = None,
    similarity: float = 0.5,
) -> SentenceSet:
    """One article of one outlet for each text, with the rows and groups given (and the
    name and figure columns, if given)."""
    articles = [
        Article(id=f"n{i}", text=text, source=f"Outlet {i}") for i, text in enumerate(texts)
    ]
    matrix = sparse.csr_matrix(np.array(rows))
    return SentenceSet.of(
        articles,
        [
            Sentence(article=f"n{i}", index=0, start=0, end=len(text), text=text)
            for i, text in enumerate(texts)
        ],
        matrix=matrix,
        terms=[[] for _ in texts],
        scores=np.linspace(0.9, 0.1, len(texts)),
        graph=SimilarityGraph.build(matrix, threshold=similarity),
        similarity=similarity,
        groups=groups,
        quotes={},
        names=names,
        figures=figures,
    )


def test_regression_a_line_pointing_back_is_shown_by_the_readable_sentence_most_alike() -> None:
    """Of two supporting sentences that read right on their own, the one most alike to the
    shown sentence shows the line, not the first of them."""
    by_row = _lines_set(
        [
            "He closed the pier on Monday.",
            "Ivo Brandt of the harbour board met the crews on Monday.",
            "Harbour master Ada Ode closed the Kessel pier on Monday.",
        ],
        [[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.9, 0.0, np.sqrt(0.19)]],
        [[0, 1, 2]],
    )
    line = by_row.merged_claim(0)
    assert line.row == 2
    assert line.rows == (0, 1, 2)


# Two claims, each shown by a sentence that points back (rows 0 and 2, six words each),
# with a supporting sentence that names its subject: four words more (row 1), two more (row 3).
_TWO_LINES = (
    [
        "He closed the pier on Monday.",
        "Harbour master Ada Ode closed the Kessel pier on Monday.",
        "She sold the ferry on Friday.",
        "Ivo Brandt sold the Brennock ferry on Friday.",
    ],
    [[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0]],
    [[0, 1], [2, 3]],
)


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        (12, [0, 2]),  # no word left
        (14, [0, 3]),  # two words left: the first line's other needs four, the second's two
        (16, [1, 2]),  # four left: the first line takes them all
        (18, [1, 3]),  # six left: four, then two
        (None, [1, 3]),
    ],
)
def test_merged_claims_spend_the_words_left_line_by_line(
    words: int | None, shown: list[int]
) -> None:
    """Each line that changes sentence spends the words it adds; one that keeps its
    sentence spends none, and the next line may use them."""
    by_row = _lines_set(*_TWO_LINES)
    assert by_row.lengths == [6, 10, 6, 8]
    lines = by_row.merged_claims([0, 2], restated=False, keep=1, words=words)
    assert [line.row for line in lines] == shown
    if words is not None:
        assert sum(by_row.lengths[row] for row in shown) <= words


@pytest.mark.parametrize("words", [5, 6])
def test_merged_claims_over_or_at_their_budget_change_no_sentence(words: int) -> None:
    """With no word left (or fewer than none), a sentence one word longer does not show
    the line."""
    by_row = _pointing_set("He closed the pier on Monday.", "Ada Ode closed the pier on Monday.")
    assert by_row.lengths == [6, 7]
    [line] = by_row.merged_claims([0], restated=True, keep=1, words=words)
    assert line.row == 0
    [line] = by_row.merged_claims([0], restated=True, keep=1, words=7)
    assert line.row == 1


def test_a_part_claim_takes_the_rows_left_of_its_group_and_always_its_own() -> None:
    by_row = _set()
    assert by_row.part_claim(4, {0, 1}).rows == (0, 4)
    assert by_row.part_claim(4, set()).rows == (4,)
    assert by_row.part_claim(4, {4}).rows == (4,)
    assert by_row.part_claim(0, {4}).rows == (0, 4)


@pytest.mark.parametrize("missing", ["vocabulary", "names", "figures", "frame", "named_terms"])
def test_the_kinds_of_the_terms_need_every_part_the_vectoriser_gives(missing: str) -> None:
    parts = {
        "vocabulary": {"pier": 0, "kessel": 1, "said": 2, "40": 3},
        "names": np.array([False, True, False, False]),
        "figures": np.array([0.0, 0.0, 0.0, 1.0]),
        "frame": np.array([False, False, True, False]),
        "named_terms": lambda text: frozenset({"kessel"}),
    }
    kinds = _kinds(**parts)  # type: ignore[arg-type]
    assert kinds is not None
    assert kinds.plain.tolist() == [True, False, False, False]
    assert _kinds(**{**parts, missing: None}) is None  # type: ignore[arg-type]


def test_a_set_restates_openings_that_share_figures_from_less() -> None:
    """Two outlets' openings that share a figure and a plain word, each with a word of its
    own (cosine 2/3, under the openings' bar at a similarity of 0.9), restate one claim
    when the set knows its name and figure columns, and only then."""
    texts = ["Kessel ferry fares rose by 40 cents.", "In Brennock, 40 more ferries sailed."]
    third = np.sqrt(1 / 3)
    rows = [[third, third, third, 0.0], [third, third, 0.0, third]]
    names = np.array([False, False, True, True])
    figures = np.array([2, 0, 0, 0], dtype=np.int8)
    assert _lines_set(texts, rows, [[0], [1]], similarity=0.9).restated == [[], []]
    assert _lines_set(texts, rows, [[0], [1]], similarity=0.9, names=names).restated == [[], []]
    assert _lines_set(texts, rows, [[0], [1]], similarity=0.9, figures=figures).restated == [[], []]
    both = _lines_set(texts, rows, [[0], [1]], similarity=0.9, names=names, figures=figures)
    assert both.restated == [[1], [0]]


@pytest.mark.parametrize("ordered", [True, False])
@pytest.mark.parametrize(("start", "end"), [(50, 60), (0, 10)])
def test_a_quote_that_only_touches_a_piece_of_a_quotation_does_not_name_its_speaker(
    start: int, end: int, ordered: bool
) -> None:
    """A quote whose speaker is known and that starts where the sentence ends (or ends
    where it starts) does not hold it: the piece of a quotation stays unattributed,
    whether the sentences come in text order (found by bisection) or not (each tried)."""
    from summarize.text import stands_alone

    piece = '"We will reopen the Kessel pier by the spring.'
    assert stands_alone(piece, attributed=True)
    assert not stands_alone(piece)
    later = Sentence("a", 1, 70, 112, "The ferries to Brennock run again on Monday.")
    sentences = [Sentence("a", 0, 10, 50, piece), later]
    if not ordered:
        sentences.reverse()
    row = 0 if ordered else 1  # the piece's
    for speaker_at, held in [((start, end), False), ((max(start - 1, 0), end + 1), True)]:
        quote = Quote("", "the harbour master", "a", *speaker_at)
        found = _alone_each(sentences, {"a": [0, 1]}, {"a": [quote]})
        assert found[row] is held
        assert found[1 - row]  # the later sentence stands alone whatever the quote
