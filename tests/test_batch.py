"""summarize_many: input kinds, order, streaming, errors, worker processes, pickling."""

from __future__ import annotations

import inspect
import itertools
import logging
import pickle
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import mixed_sets, options

import summarize
from summarize.batch import WORKERS_FROM, Skipped, current_cluster, summarize_many
from summarize.errors import EmptyInputError, InputError, LoadError, OptionError, SummarizeError
from summarize.options import Options
from summarize.pipeline import content_sentences
from summarize.rank import METHODS, make_ranker
from summarize.text._vectorize import SentenceVectorizer

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_CLUSTERS = ROOT / "examples" / "data" / "clusters.jsonl"

FLOOD: dict[str, Any] = {
    "id": "flood",
    "references": ["ignored"],
    "articles": [
        {"id": "wire", "text": "The river burst its banks on Monday. Three villages were cleared."},
        {"id": "post", "text": "Three villages were cleared after the river burst its banks."},
    ],
}
VOTE = [
    "The mayor won a second term on Sunday. Turnout was the highest in a decade.",
    "Turnout was the highest in a decade as the mayor won a second term.",
]
FERRY = summarize.Cluster(
    id="ferry",
    articles=(
        summarize.Article(id="a", text="The ferry resumes in April. Fares stay the same."),
        summarize.Article(id="b", text="Fares stay the same when the ferry resumes in April."),
    ),
)
# Cleaning leaves nothing of the first article: the library warns about it.
NOISY: dict[str, Any] = {
    "articles": [
        "Subscribe to our newsletter.",
        "The quay reopened on Friday after repairs. Boats moored there again.",
    ]
}
EMPTY_ARTICLE: dict[str, Any] = {"id": "hollow", "articles": [{"id": "x", "text": "   "}]}


def as_json(digests: Any) -> list[str]:
    return [d.to_json(indent=None) for d in digests]


def counted(items: Any) -> tuple[Iterator[Any], list[int]]:
    """An iterator over ``items`` and a list holding how many were taken from it."""
    taken = [0]

    def walk() -> Iterator[Any]:
        for item in items:
            taken[0] += 1
            yield item

    return walk(), taken


# In process ------------------------------------------------------------------------


def test_each_kind_of_cluster_gives_the_digest_of_summarize() -> None:
    digests = list(summarize_many([FLOOD, VOTE, FERRY], merged=2, per_source=1))
    assert [d.id for d in digests] == ["flood", None, "ferry"]
    expected = [
        summarize.summarize(FLOOD["articles"], id="flood", merged=2, per_source=1),
        summarize.summarize(VOTE, merged=2, per_source=1),
        summarize.summarize(FERRY.articles, id="ferry", merged=2, per_source=1),
    ]
    assert as_json(digests) == as_json(expected)


def test_regression_summarize_many_lacked_an_option_of_summarize() -> None:
    """``selection`` was added to summarize() but not here: the keywords must stay the same."""

    def keywords(function: Any) -> dict[str, Any]:
        parameters = inspect.signature(function).parameters.values()
        return {p.name: p.default for p in parameters if p.kind is p.KEYWORD_ONLY}

    ours = keywords(summarize_many)
    assert [ours.pop(name) for name in ("n_jobs", "batch_size", "on_error")] == [1, 16, "raise"]
    theirs = keywords(summarize.summarize)
    del theirs["id"]  # each digest takes its cluster's id
    assert ours == theirs


def test_example_clusters_file_in_input_order() -> None:
    clusters = list(summarize.load_clusters(EXAMPLE_CLUSTERS))
    digests = list(summarize_many(iter(clusters), words=60))
    assert [d.id for d in digests] == [c.id for c in clusters]
    assert all(d.options == Options(words=60) for d in digests)


@settings(max_examples=15, deadline=None)
@given(st.lists(mixed_sets(), min_size=0, max_size=4), options())
def test_same_digests_as_one_call_per_set(sets: list[Any], opts: dict[str, Any]) -> None:
    """Invariant: summarize_many is summarize applied to each set, in order."""
    expected = [summarize.summarize(articles, **opts) for articles in sets]
    assert as_json(summarize_many(sets, **opts)) == as_json(expected)


def test_infinite_input_in_process_reads_one_cluster_per_digest() -> None:
    source, taken = counted(itertools.repeat(FLOOD))
    digests = summarize_many(source, merged=1)
    assert taken == [0], "nothing is read before the first digest is asked for"
    first = list(itertools.islice(digests, 3))
    assert [d.id for d in first] == ["flood"] * 3
    assert taken == [3]


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"merged": 0}, "merged must be at least 1"),
        ({"method": "magic"}, "unknown method 'magic'"),
        ({"merged": 2, "words": 20}, "not both"),
        ({"n_jobs": 0}, "n_jobs must be a whole number other than 0"),
        ({"n_jobs": True}, "n_jobs must be"),
        ({"n_jobs": "2"}, "n_jobs must be"),
        ({"batch_size": 0}, "batch_size must be"),
        ({"on_error": "ignore"}, "on_error must be 'raise', 'skip' or a callable"),
    ],
)
def test_bad_options_fail_before_any_cluster_is_read(
    keywords: dict[str, Any], message: str
) -> None:
    source, taken = counted(itertools.repeat(FLOOD))
    with pytest.raises(OptionError, match=message):
        summarize_many(source, **keywords)
    assert taken == [0]


@pytest.mark.parametrize("clusters", ["some text", FLOOD, FERRY, 42])
def test_a_single_cluster_instead_of_an_iterable(clusters: Any) -> None:
    with pytest.raises(InputError, match="clusters"):
        summarize_many(clusters)


@pytest.mark.parametrize(
    ("item", "error", "message"),
    [
        (EMPTY_ARTICLE, EmptyInputError, "cluster 'hollow': article 'x' is empty"),
        ({"id": "t", "text": "Hi."}, InputError, "cluster 't' is a mapping without 'articles'"),
        ({"id": "n", "articles": "Hi."}, LoadError, "cluster 'n': 'articles' must be a list"),
        ("Hi.", InputError, "cluster #1 is a single str"),
        ([], EmptyInputError, "cluster #1: there are no articles"),
        (summarize.Cluster(id="c", articles=()), EmptyInputError, "cluster 'c': there are no"),
    ],
)
def test_bad_cluster_fails_fast_naming_it(
    item: Any, error: type[SummarizeError], message: str
) -> None:
    digests = summarize_many([FLOOD, item, VOTE], merged=1)
    assert next(digests).id == "flood", "the digests before the bad cluster come first"
    with pytest.raises(error, match=message):
        next(digests)
    assert next(digests, None) is None, "nothing after it"


def test_skip_logs_a_warning_naming_the_cluster(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="summarize"):
        digests = list(summarize_many([EMPTY_ARTICLE, FLOOD], on_error="skip"))
    assert [d.id for d in digests] == ["flood"]
    skips = [r for r in caplog.records if r.name == "summarize.batch"]
    assert [r.getMessage() for r in skips] == [
        "skipped cluster 'hollow': article 'x' is empty (only whitespace); "
        "remove it or give its text"
    ]


def test_callable_on_error_receives_each_skipped_cluster_in_order(
    caplog: pytest.LogCaptureFixture,
) -> None:
    skipped: list[Skipped] = []
    with caplog.at_level(logging.WARNING, logger="summarize"):
        digests = list(summarize_many([[], FLOOD, EMPTY_ARTICLE], on_error=skipped.append))
    assert [d.id for d in digests] == ["flood"]
    assert [(s.position, s.id, s.name) for s in skipped] == [
        (0, None, "cluster #0"),
        (2, "hollow", "cluster 'hollow'"),
    ]
    assert isinstance(skipped[1].error, EmptyInputError)
    assert not [r for r in caplog.records if r.name == "summarize.batch"], "the callable decides"


def test_current_cluster_names_the_cluster_a_warning_is_about(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[tuple[str, Any]] = []

    class Spy(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append((record.getMessage(), current_cluster()))

    spy = Spy(logging.WARNING)
    logging.getLogger("summarize").addHandler(spy)
    try:
        list(summarize_many([FLOOD, NOISY]))
    finally:
        logging.getLogger("summarize").removeHandler(spy)
    assert seen == [("article '0' has no content left after cleaning", (1, None))]
    assert current_cluster() is None


# Pickling ----------------------------------------------------------------------------


def test_digests_options_and_skips_survive_pickling() -> None:
    digest = summarize.summarize(FLOOD["articles"], id="flood", words=12, order="source")
    for value in (digest, digest.options, Options(merged=2, method="lexrank")):
        again = pickle.loads(pickle.dumps(value))
        assert again == value
    assert pickle.loads(pickle.dumps(digest)).to_json() == digest.to_json()
    skipped = Skipped(position=3, id=None, error=EmptyInputError("nothing"))
    again = pickle.loads(pickle.dumps(skipped))
    assert (again.position, again.name, type(again.error), str(again.error)) == (
        3,
        "cluster #3",
        EmptyInputError,
        "nothing",
    )


@pytest.mark.parametrize("method", METHODS)
def test_rankers_survive_pickling(method: str) -> None:
    """A ranker sent to a worker scores exactly as the original."""
    articles = summarize.as_articles([*FLOOD["articles"], *VOTE])
    sentences = [s for article in articles for s in content_sentences(article)]
    matrix = SentenceVectorizer().fit_transform(s.text for s in sentences)
    ranker = make_ranker(method, language="english")
    again = pickle.loads(pickle.dumps(ranker))
    assert type(again) is type(ranker)
    assert again.score(sentences, matrix).tolist() == ranker.score(sentences, matrix).tolist()


# Worker processes ----------------------------------------------------------------------


@pytest.mark.usefixtures("workers_for_any_batch")
def test_two_jobs_give_byte_identical_digests_to_one() -> None:
    clusters: list[Any] = [*summarize.load_clusters(EXAMPLE_CLUSTERS), FLOOD, VOTE, FERRY]
    clusters *= 3
    one = as_json(summarize_many(clusters, words=60))
    two = as_json(summarize_many(iter(clusters), words=60, n_jobs=2, batch_size=2))
    assert len(two) == len(clusters)
    assert two == one


@pytest.mark.usefixtures("workers_for_any_batch")
def test_workers_skip_like_in_process() -> None:
    skipped: list[Skipped] = []
    kept = summarize_many([FLOOD, EMPTY_ARTICLE, VOTE], n_jobs=2, on_error=skipped.append)
    assert [d.id for d in kept] == ["flood", None]
    assert [s.name for s in skipped] == ["cluster 'hollow'"]


@pytest.mark.usefixtures("workers_for_any_batch")
def test_warnings_of_workers_are_logged_here_naming_the_cluster() -> None:
    seen: list[tuple[str, str, Any]] = []

    class Spy(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append((record.name, record.getMessage(), current_cluster()))

    spy = Spy(logging.WARNING)
    logging.getLogger("summarize").addHandler(spy)
    try:
        digests = list(summarize_many([FLOOD, NOISY, {**NOISY, "id": "quay"}], n_jobs=2))
    finally:
        logging.getLogger("summarize").removeHandler(spy)
    assert len(digests) == 3
    message = "article '0' has no content left after cleaning"
    assert seen == [
        ("summarize", message, (1, None)),
        ("summarize", message, (2, "quay")),
    ]


@pytest.mark.usefixtures("workers_for_any_batch")
def test_workers_fail_fast_like_in_process() -> None:
    digests = summarize_many([FLOOD, EMPTY_ARTICLE, VOTE], n_jobs=2, batch_size=1)
    assert next(digests).id == "flood"
    with pytest.raises(EmptyInputError, match="cluster 'hollow': article 'x' is empty"):
        next(digests)
    assert next(digests, None) is None, "nothing after it"


@pytest.mark.usefixtures("workers_for_any_batch")
def test_infinite_input_in_workers_is_read_a_bounded_window_ahead() -> None:
    """Closing early waits for the chunks already sent, and reads nothing more."""
    source, taken = counted(itertools.repeat(FLOOD))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # stopping early must not warn
        digests = summarize_many(source, merged=1, n_jobs=2, batch_size=2)
        first = list(itertools.islice(digests, 5))
        digests.close()
    assert [d.id for d in first] == ["flood"] * 5
    assert taken[0] <= 4 * 2 * 2, "one window: 4 chunks per job of batch_size clusters"


# Worker processes only where they gain ------------------------------------------------------


def test_too_few_clusters_for_workers_are_summarised_here_with_a_warning(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below WORKERS_FROM clusters no worker starts: the digests are the same, made here."""
    monkeypatch.setattr("summarize.batch._in_workers", None)  # calling it would fail
    clusters = [FLOOD, VOTE, FERRY]
    digests = as_json(summarize_many(iter(clusters), merged=1, n_jobs=2))
    assert digests == as_json(summarize_many(clusters, merged=1))
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        (
            "summarize.batch",
            "WARNING",
            f"n_jobs=2 changes nothing for 3 clusters: worker processes gain only from "
            f"{WORKERS_FROM:,} clusters on, so they are summarised in this process",
        )
    ]
    caplog.clear()
    list(summarize_many([FLOOD], n_jobs=-1))
    if caplog.records:  # -1 is one job on a machine of one core
        assert caplog.records[0].getMessage().startswith("n_jobs=-1 changes nothing for 1 cluster:")


def test_a_batch_as_large_as_workers_from_goes_to_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first WORKERS_FROM clusters are read ahead to tell, and none is lost or repeated."""
    monkeypatch.setattr("summarize.batch.WORKERS_FROM", 4)
    sent: list[int] = []

    def in_workers(items: Any, *args: Any) -> Iterator[summarize.Digest]:
        for cluster in items:
            sent.append(1)
            yield from summarize_many([cluster], merged=1)

    monkeypatch.setattr("summarize.batch._in_workers", in_workers)
    source, taken = counted(itertools.islice(itertools.cycle([FLOOD, FERRY]), 6))
    digests = summarize_many(source, merged=1, n_jobs=2)
    assert taken[0] == 0, "nothing is read before the first digest is asked for"
    assert [d.id for d in digests] == ["flood", "ferry"] * 3
    assert len(sent) == 6


def test_batch_size_without_workers_is_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    assert [d.id for d in summarize_many([FLOOD], batch_size=4)] == ["flood"]
    assert [r.getMessage() for r in caplog.records] == [
        "batch_size=4 changes nothing: with n_jobs=1 the clusters are summarised in this "
        "process, one at a time"
    ]
    caplog.clear()
    list(summarize_many([FLOOD], batch_size=16))
    assert caplog.records == [], "the default is never warned about"
