"""The cyclic garbage collector is paused while a digest is built, and left as it was found."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence

import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import collector
from summarize.collector import collection_paused
from summarize.options import Options
from summarize.pipeline import run
from summarize.rank._centrality import CentralityRanker
from summarize.records import Sentence

ARTICLES = [
    summarize.Article(id="a", text="The dam broke on Monday. Rain had fallen for days."),
    summarize.Article(id="b", text="On Monday the dam broke after days of rain."),
]


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


class _Watching(CentralityRanker):
    """The default ranker, noting whether the collector runs while it scores."""

    seen: list[bool]

    def score(
        self, sentences: Sequence[Sentence], matrix: sparse.csr_matrix, **kwargs: object
    ) -> np.ndarray:
        self.seen.append(gc.isenabled())
        return super().score(sentences, matrix, **kwargs)  # type: ignore[arg-type]


def test_the_collector_is_paused_during_a_digest_and_enabled_after() -> None:
    gc.enable()
    ranker = _Watching()
    ranker.seen = []
    run(summarize.as_articles(ARTICLES), Options.resolve(merged=None, words=None), ranker=ranker)
    assert ranker.seen == [False]
    assert gc.isenabled()


def test_a_collector_disabled_by_the_caller_stays_disabled() -> None:
    gc.disable()
    summarize.summarize(ARTICLES)
    assert not gc.isenabled()


def test_the_collector_is_enabled_again_when_a_stage_raises() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("a stage failed")
    assert gc.isenabled()


def test_regression_interleaved_pauses_left_the_collector_disabled() -> None:
    # Thread A pauses, thread B pauses (finding the collector off), A ends, B ends:
    # a pause that restored the state it found would leave the collector off for good.
    gc.enable()
    first, second = collection_paused(), collection_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled(), "the second block still runs"
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_digests_in_many_threads_leave_the_collector_enabled() -> None:
    gc.enable()
    expected = summarize.summarize(ARTICLES)
    results: list[summarize.Digest] = []

    def work() -> None:
        for _ in range(5):
            results.append(summarize.summarize(ARTICLES))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 20
    assert all(digest == expected for digest in results)
    assert gc.isenabled()


def test_pause_false_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "PAUSE", False)
    gc.enable()
    with collection_paused():
        assert gc.isenabled()
    gc.disable()
    with collection_paused():
        assert not gc.isenabled()


def _report(queue: multiprocessing.Queue[tuple[bool, int]]) -> None:
    queue.put((gc.isenabled(), collector._open))


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
def test_a_child_forked_during_a_pause_starts_with_the_collector_enabled() -> None:
    gc.enable()
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[tuple[bool, int]] = context.Queue()
    with collection_paused():
        child = context.Process(target=_report, args=(queue,))
        child.start()
        seen = queue.get(timeout=60)
        child.join(timeout=60)
    assert seen == (True, 0)
    assert gc.isenabled()
