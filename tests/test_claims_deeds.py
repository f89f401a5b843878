"""Openings of two sources with one doer doing one deed report one event: their claims restate."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import Article
from summarize.claims._deeds import DEED_SHARE, same_deed
from summarize.records import Sentence


def _rows(texts: list[str]) -> tuple[list[Sentence], dict[str, list[int]], list[int]]:
    """One article and one source a sentence, each sentence its article's opening."""
    sentences = [Sentence(f"a{k}", 0, 0, len(t), t) for k, t in enumerate(texts)]
    return sentences, {f"a{k}": [k] for k in range(len(texts))}, list(range(len(texts)))


def _alike(n: int, cosine: float = 0.5) -> sparse.csr_matrix:
    """``n`` unit rows whose every pair has the cosine ``cosine``."""
    rest = float(np.sqrt(1 - cosine))
    dense = np.hstack([np.full((n, 1), np.sqrt(cosine)), rest * np.eye(n)])
    return sparse.csr_matrix(dense)


def test_openings_with_one_doer_and_one_deed_pair_up() -> None:
    texts = [
        "Mayor Ada Ode, a Republican, on Monday signed a bill to shut the old pier.",
        "Ada Ode signed a law that shuts the old pier at Kessel.",
        "Ada Ode said the pier would stay shut for a year.",  # speech: no deed
        "Ivo Brandt signed the petition against the closure.",  # another doer
    ]
    sentences, openings, sources = _rows(texts)
    assert same_deed(sentences, openings, sources, _alike(4), similarity=0.3) == [(0, 1)]


def test_two_openings_of_one_source_do_not_pair() -> None:
    texts = ["Ada Ode signed a bill to shut the pier.", "Ada Ode signed a law to shut it."]
    sentences, openings, _ = _rows(texts)
    assert same_deed(sentences, openings, [0, 0], _alike(2), similarity=0.3) == []


def test_only_the_openings_are_read() -> None:
    texts = ["Ada Ode signed a bill to shut the pier.", "Ada Ode signed a law to shut it."]
    sentences, _, sources = _rows(texts)
    assert same_deed(sentences, {"a0": [0], "a1": []}, sources, _alike(2), similarity=0.3) == []


def test_different_weekdays_tell_two_deeds_apart() -> None:
    texts = [
        "Ada Ode on Monday signed a bill to shut the pier.",
        "Ada Ode signed a bill on Thursday to widen the ferry lanes.",
        "Ada Ode signed a bill that shuts the pier on Monday.",
    ]
    sentences, openings, sources = _rows(texts)
    assert same_deed(sentences, openings, sources, _alike(3), similarity=0.3) == [(0, 2)]


def test_figures_none_of_which_the_other_gives_tell_two_deeds_apart() -> None:
    texts = [
        "Ferry fares rose 4.5% in June, the harbour board said.",
        "Ferry fares rose 6% in March as fuel costs climbed.",
        "Ferry fares rose 4.5% last month.",
        "Ferry fares rose sharply in 2023.",  # a year is no figure: nothing to tell apart
    ]
    sentences, openings, sources = _rows(texts)
    pairs = same_deed(sentences, openings, sources, _alike(4), similarity=0.3)
    assert pairs == [(0, 2), (0, 3), (1, 3), (2, 3)]


def test_a_vote_tally_is_a_figure() -> None:
    texts = ["The council voted 7-2 to shut the pier.", "The council voted 5-4 to shut it."]
    sentences, openings, sources = _rows(texts)
    assert same_deed(sentences, openings, sources, _alike(2), similarity=0.3) == []


def test_the_pair_must_share_some_words_besides() -> None:
    texts = ["Ada Ode signed a bill to shut the pier.", "Ada Ode signed a law to shut it."]
    sentences, openings, sources = _rows(texts)
    below = _alike(2, DEED_SHARE * 0.3 * 0.9)
    above = _alike(2, DEED_SHARE * 0.3 * 1.1)
    assert same_deed(sentences, openings, sources, below, similarity=0.3) == []
    assert same_deed(sentences, openings, sources, above, similarity=0.3) == [(0, 1)]


# Three sources open on one signing in words too unlike to group; the rest differs.
_SIGNING = [
    (
        "Gov. Ada Ode, a Republican seeking a second term next spring, signed legislation "
        "on Monday at the Kessel maritime college that aims to rein in ferry operators.\n\n"
        "The college's rowing team performed a short display before the ceremony.\n\n"
        "Protesters gathered outside the gates with banners about parking."
    ),
    (
        "The news: Republican Governor Ada Ode signed a law fining ferry companies that "
        "cancel crossings without notice.\n\n"
        "Critics expect the measure to face a challenge in the courts.\n\n"
        "Island residents welcomed the promise of reliable winter timetables."
    ),
    (
        "Kessel Gov. Ada Ode, a Republican, on Monday signed a bill that lets any "
        "passenger sue operators for up to 5,000 in damages.\n\n"
        "Tourism officials hope the rules will bring more summer visitors.\n\n"
        "Harbour pilots have asked for new radio equipment for years."
    ),
]


def test_openings_on_one_signing_are_one_line_with_every_source() -> None:
    articles = [Article(id=f"a{k}", text=t) for k, t in enumerate(_SIGNING)]
    digest = summarize.summarize(articles, merged=8)
    signing = [c for c in digest.merged if "signed" in c.sentence.text]
    assert len(signing) == 1
    assert {s.article for s in signing[0].support} == {"a0", "a1", "a2"}


def test_without_the_deeds_the_signing_takes_more_than_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # what the line above owes to the deeds: the openings share too few words otherwise
    monkeypatch.setattr("summarize.claims._set.same_deed", lambda *args, **kwargs: [])
    articles = [Article(id=f"a{k}", text=t) for k, t in enumerate(_SIGNING)]
    digest = summarize.summarize(articles, merged=8)
    assert len([c for c in digest.merged if "signed" in c.sentence.text]) > 1


def test_in_another_language_openings_are_not_read_for_deeds() -> None:
    articles = [Article(id=f"a{k}", text=t) for k, t in enumerate(_SIGNING)]
    digest = summarize.summarize(articles, merged=8, language="german")
    assert len([c for c in digest.merged if "signed" in c.sentence.text]) > 1


def test_a_pair_of_one_source_does_not_stop_the_others() -> None:
    texts = [
        "Ada Ode signed a bill to shut the pier.",
        "Ada Ode signed a law to shut it.",
        "Ada Ode signed the order to shut the old pier.",
    ]
    sentences, openings, _ = _rows(texts)
    pairs = same_deed(sentences, openings, [0, 0, 1], _alike(3), similarity=0.3)
    assert pairs == [(0, 2), (1, 2)]


def test_a_pair_at_exactly_the_share_pairs_up() -> None:
    texts = ["Ada Ode signed a bill to shut the pier.", "Ada Ode signed a law to shut it."]
    sentences, openings, sources = _rows(texts)
    least = DEED_SHARE * 0.5
    matrix = sparse.csr_matrix(np.array([[1.0, 0.0], [least, np.sqrt(1 - least**2)]]))
    assert matrix[0].multiply(matrix[1]).sum() == least
    assert same_deed(sentences, openings, sources, matrix, similarity=0.5) == [(0, 1)]
