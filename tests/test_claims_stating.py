"""Sentences of other claims that state a shown claim join its support, and only those."""

from __future__ import annotations

import attrs
import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import Article
from summarize.claims import SentenceSet, SimilarityGraph
from summarize.claims._stating import PLAIN_SHARED, STATING_SHARE, _near, stating_rows

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


A0 = "Ada Ode shut the old pier for repairs on Friday."
FARES = "the ferry company raised its fares on the harbour route"
LONG = (
    f", and {FARES} and cut two night sailings to the islands for the winter months while"
    " crews painted the hulls of the old boats in the yard near the beach near the beach"
)


def _joining(monkeypatch: pytest.MonkeyPatch, b: str, *, a: str = A0, d: str = PIER) -> list[str]:
    """What joins the pier's claim (shown by ``d``) from ``b``, which it lacks.

    Five articles: ``a`` and ``d`` say the pier was shut, ``c`` and ``e`` that fares
    rose; ``b`` says what the test gives, so grouping puts it beside ``c`` and ``e``.
    """
    built: list[SentenceSet] = []
    of = SentenceSet.of.__func__  # type: ignore[attr-defined]

    def keep(cls: type[SentenceSet], *args: object, **kwargs: object) -> SentenceSet:
        built.append(of(cls, *args, **kwargs))
        return built[-1]

    monkeypatch.setattr(SentenceSet, "of", classmethod(keep))
    texts = {
        "a": f"{a} The weather was mild all week.",
        "d": f"{d} Gulls circled the quay.",
        "b": f"{b} Crowds gathered at the beach.",
        "c": "The ferry company raised its fares on the harbour route, Ada Ode said. "
        "Tickets sold out by noon.",
        "e": "Fares on the harbour route were raised. The mayor stayed away.",
    }
    summarize.summarize([Article(id=k, source=k, text=t) for k, t in texts.items()])
    [found] = built
    [row] = [r for r, sentence in enumerate(found.sentences) if sentence.text == d]
    assert [found.sentences[r].article for r in found.group_of[row]] == ["a", "d"]
    rows = stating_rows(
        row,
        {"a", "d"},
        sentences=found.sentences,
        terms=found.terms,
        matrix=found.matrix,
        graph=found.graph,
        similarity=found.similarity,
        alone=found.alone,
        kinds=found.kinds,
    )
    return [found.sentences[r].text for r in rows]


def test_the_sentence_that_states_it_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joining(monkeypatch, BOTH) == [BOTH]
    # said at more length, linked still above 1.3 times the claim similarity
    assert _joining(monkeypatch, f"Ada Ode shut the old pier for repairs{LONG[:80]}.") != []


def test_a_sentence_linked_only_as_strongly_as_grouping_asks_does_not_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Linked at 0.36: enough to group, not to count for a claim it was not grouped with."""
    assert _joining(monkeypatch, f"Ada Ode shut the old pier for repairs{LONG}.") == []


def test_a_sentence_that_names_someone_the_claim_does_not_name_does_not_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Workers shut the pier" is not "Ada Ode shut the pier"; a sentence that names no
    one ("Workers", its first word, is no name) may state a claim that names her."""
    a, d = "Workers shut the old pier for repairs on Friday.", "The old pier was shut for repairs."
    assert _joining(monkeypatch, BOTH, a=a, d=d) == []
    workers = BOTH.replace("Ada Ode shut", "Workers shut")
    d = "Ada Ode shut the old pier for repairs."
    assert _joining(monkeypatch, workers, a=PIER, d=d) == [workers]


def test_a_sentence_that_does_not_stand_alone_does_not_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _joining(monkeypatch, f"That is why {BOTH[0].lower()}{BOTH[1:]}") == []


def test_a_sentence_that_gives_other_figures_does_not_join(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shut "for 40 days" is not shut "for 12 days", however alike the words; a sentence
    that gives no figure may state the claim that gives one."""
    d = "The old pier was shut for 12 days of repairs by Ada Ode."
    forty = BOTH.replace("for repairs", "for 40 days of repairs")
    assert _joining(monkeypatch, forty, d=d) == []
    assert _joining(monkeypatch, BOTH, d=d) == [BOTH]


def test_a_sentence_sharing_one_plain_word_does_not_join(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name and "shut" are shared, the pier is not: the gates were shut."""
    b = "Ada Ode shut the gates of the ferry company."
    assert _joining(monkeypatch, b, a=A0, d="Ada Ode shut the pier.") == []


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


@pytest.mark.xfail(
    strict=True,
    reason="known limit: two short sentences that share their subject and verb and differ "
    "in the object they act on are linked strongly enough to read as one claim",
)
def test_a_sentence_with_another_object_does_not_join() -> None:
    """Found by the partition property: "The council closed the old bridge." joined the
    claim "The council closed the harbour road." of an article that said both."""
    articles = [
        Article(id="x", text="The council closed the old bridge. The mayor left at noon."),
        Article(id="y", text="The council closed the harbour road. Rain fell all day."),
        Article(
            id="z", text="The council closed the old bridge. The council closed the harbour road."
        ),
    ]
    digest = summarize.summarize(articles, merged=10, redundancy=1.0, similarity=0.25)
    for line in digest.merged:
        if "harbour" in line.sentence.text:
            assert all("bridge" not in s.text for s in line.support)
