"""Sentences of other claims that state a shown claim join its support, and only those."""

from __future__ import annotations

import attrs
import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import Article
from summarize.claims import SimilarityGraph
from summarize.claims._stating import PLAIN_SHARED, STATING_SHARE, _near

PIER = "The old pier was shut for repairs by Ada Ode."
BOTH = (
    "Ada Ode shut the old pier for repairs, and the ferry company raised its fares on the "
    "harbour route."
)


def _set(both: str = BOTH, pier: str = PIER) -> list[Article]:
    """Two outlets say the pier was shut, two that fares rose; one says both at once."""
    texts = {
        "a": "Ada Ode shut the old pier for repairs on Friday. The weather was mild all week.",
        "d": f"{pier} Gulls circled the quay.",
        "b": f"{both} Crowds gathered at the beach.",
        "c": "The ferry company raised its fares on the harbour route, Ada Ode said. "
        "Tickets sold out by noon.",
        "e": "Fares on the harbour route were raised. The mayor stayed away.",
    }
    return [Article(id=key, source=key.upper(), text=text) for key, text in texts.items()]


def _pier(digest: summarize.Digest) -> summarize.Claim:
    """The merged line of the pier's claim (shown by "a" or "d": the pier alone)."""
    [line] = [c for c in digest.merged if c.sentence.article in "ad" and "pier" in c.sentence.text]
    return line


@pytest.mark.parametrize("selection", ["coverage", "support"])
def test_regression_a_sentence_stating_two_facts_supported_one_line_only(selection: str) -> None:
    """A sentence that says the pier was shut and the fares rose sat in the fares claim,
    so the line "the pier was shut" counted two sources of the three that say so."""
    digest = summarize.summarize(_set(), merged=10, redundancy=1.0, selection=selection)
    pier = _pier(digest)
    assert [s.article for s in pier.support] == ["a", "d", "b"]
    assert pier.source_count == 3
    assert {s.text for s in pier.support} >= {BOTH}


def test_a_sentence_that_names_someone_else_does_not_join() -> None:
    """The same words said of another person are another fact."""
    both = BOTH.replace("Ada Ode", "Ivo Brandt")
    digest = summarize.summarize(_set(both=both), merged=10, redundancy=1.0)
    assert [s.article for s in _pier(digest).support] == ["a", "d"]


def test_a_sentence_that_names_no_one_may_join() -> None:
    """Said without her name, "the pier was shut" still states the line that names her."""
    both = BOTH.replace(
        "Ada Ode shut the old pier for repairs", "Workers shut the old pier for repairs on Friday"
    )
    digest = summarize.summarize(_set(both=both), merged=10, redundancy=1.0)
    assert "b" in {s.article for s in _pier(digest).support}


def test_a_sentence_with_other_figures_does_not_join() -> None:
    """Shut "for 40 days" is not shut "for 12 days", however alike the words."""
    pier = "The old pier was shut for 12 days of repairs by Ada Ode."
    both = BOTH.replace("for repairs", "for 40 days of repairs")
    digest = summarize.summarize(_set(both=both, pier=pier), merged=10, redundancy=1.0)
    assert "b" not in {s.article for s in _pier(digest).support}


def test_a_lead_in_does_not_join() -> None:
    """A sentence that ends on a colon introduces what is said; it states nothing."""
    both = "Ada Ode shut the old pier for repairs, and the ferry company said this of its fares:"
    digest = summarize.summarize(_set(both=both), merged=10, redundancy=1.0)
    for line in digest.merged:
        if line.sentence.text != both:
            assert both not in {s.text for s in line.support}


def test_the_thresholds_are_stricter_than_grouping() -> None:
    assert STATING_SHARE > 1.0
    assert PLAIN_SHARED >= 2


def test_rows_near_a_row_are_the_same_from_the_graph_and_from_the_matrix() -> None:
    """Copies of a sentence are one node of the graph; each copy is near, with its link."""
    rows = np.array([[1.0, 0.0], [0.8, 0.6], [0.8, 0.6], [0.0, 1.0], [0.6, 0.8]])
    matrix = sparse.csr_matrix(rows)
    graph = SimilarityGraph.build(matrix, threshold=0.3)
    assert graph.rows_of(np.array([1])).tolist() == [1, 2]  # the copies of row 1
    expected = {1: 0.8, 2: 0.8, 4: 0.6}
    for built in (graph, attrs.evolve(graph, complete_from=0.9)):  # the second compares anew
        near = _near(0, matrix, built, 0.5)
        assert near.keys() == expected.keys()
        assert [near[r] for r in expected] == pytest.approx(list(expected.values()))
