"""Many sets at once: :func:`summarize_many` streams one digest per cluster, in input order.

The input is read lazily, a bounded number of clusters at a time, so an
endless generator or a file larger than memory can be digested; the digests
come out in input order as they are made. With ``n_jobs=1`` every cluster is
summarised in this process, one at a time, when the next digest is asked for.
With more jobs, and an input of at least :data:`WORKERS_FROM` clusters (read
ahead to tell; a smaller one is summarised in process, with a warning that
``n_jobs`` changed nothing), clusters are sent in chunks of ``batch_size`` to joblib's
worker processes, at most ``4 * n_jobs`` chunks ahead of the digest being
yielded; closing the generator early, or an error, waits for the chunks
already sent (so that the workers stay up for the next call), while an
interruption (Ctrl-C) cancels them.

Warnings the library logs while a worker summarises a cluster are sent back
and logged again here, on the logger that made them, just before that
cluster's digest is yielded; while a cluster is being summarised in process,
or its warnings logged again, :func:`current_cluster` tells which one it is.
"""

from __future__ import annotations

import contextvars
import itertools
import logging
import math
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Literal, TypeAlias

import attrs

from .digest import Digest
from .errors import InputError, OptionError, SummarizeError
from .load import ArticleLike, as_articles, as_cluster
from .options import Options
from .pipeline import run
from .records import Cluster

__all__ = [
    "WORKERS_FROM",
    "ClusterLike",
    "OnError",
    "Skipped",
    "current_cluster",
    "run_many",
    "summarize_many",
]

logger = logging.getLogger("summarize.batch")

#: What :func:`summarize_many` accepts as one cluster.
ClusterLike: TypeAlias = "Cluster | Mapping[str, Any] | Sequence[ArticleLike]"

#: What to do with a cluster that cannot be summarised (see :func:`summarize_many`).
OnError: TypeAlias = "Literal['raise', 'skip'] | Callable[[Skipped], object]"

#: Chunks in flight per worker process: enough to keep them busy, few enough to bound memory.
_CHUNKS_PER_JOB = 4

#: Clusters sent to a worker at a time, unless ``batch_size`` says otherwise.
_BATCH_SIZE = 16

#: The fewest clusters for which ``n_jobs`` other than 1 starts worker processes. Each
#: worker pays its start-up (a fresh interpreter, the library's imports, a first digest
#: that fills its caches: 3 to 7 s for two on a busy two-core machine) before it gains
#: anything; ``benchmarks/speed.py --batch`` found two processes slower than one up to
#: about 1,000 real clusters there (0.05x at 10, 0.33x at 100, 0.85x to 1.27x at 1,000,
#: 1.07x at 2,000). A smaller batch is summarised in this process, with a warning. Read
#: when a batch starts: set it to 1 to always use workers (with many idle cores, say).
WORKERS_FROM = 1000

_CURRENT: contextvars.ContextVar[tuple[int, str | None] | None] = contextvars.ContextVar(
    "summarize_cluster", default=None
)


@attrs.frozen
class Skipped:
    """A cluster that :func:`summarize_many` left out because it could not be summarised.

    Attributes:
        position: Its position in the input, from 0.
        id: Its id, if it has one that could be read.
        error: Why it failed; the message names the cluster.
    """

    position: int
    id: str | None
    error: SummarizeError

    @property
    def name(self) -> str:
        """``cluster 'id'``, or ``cluster #position`` when it has no id."""
        return _name(self.position, self.id)


def current_cluster() -> tuple[int, str | None] | None:
    """Return (position, id) of the cluster being summarised or reported, else ``None``.

    A logging filter can read it to say which cluster a warning is about.

    Example:
        >>> current_cluster() is None
        True
    """
    return _CURRENT.get()


def _name(position: int, cluster_id: str | None) -> str:
    return f"cluster {cluster_id!r}" if cluster_id is not None else f"cluster #{position}"


@contextmanager
def _about(position: int, cluster_id: str | None) -> Iterator[None]:
    token = _CURRENT.set((position, cluster_id))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def _given_id(item: object) -> str | None:
    if isinstance(item, Cluster):
        return item.id
    if isinstance(item, Mapping) and isinstance(item.get("id"), str):
        return str(item["id"])
    return None


def _as_cluster(item: object, where: str) -> Cluster:
    """Check one input item and turn it into a cluster of valid articles."""
    if isinstance(item, Cluster):
        try:
            return Cluster(id=item.id, articles=as_articles(item.articles))
        except InputError as error:
            raise type(error)(f"{where}: {error}") from None
    if isinstance(item, Mapping):
        if "articles" not in item:
            raise InputError(
                f"{where} is a mapping without 'articles'; give "
                '{"id": ..., "articles": [...]} or a list of articles'
            )
        return as_cluster(item, where=where)
    if isinstance(item, (str, bytes, bytearray)):
        raise InputError(f"{where} is a single {type(item).__name__}; give a list of articles")
    try:
        return Cluster(id=None, articles=as_articles(item))  # type: ignore[arg-type]
    except InputError as error:
        raise type(error)(f"{where}: {error}") from None


def _digest(position: int, item: object, options: Options) -> Digest | Skipped:
    """The digest of one item, or why it could not be made."""
    cluster_id = _given_id(item)
    try:
        cluster = _as_cluster(item, _name(position, cluster_id))
        return run(cluster.articles, options, id=cluster.id)
    except SummarizeError as error:
        return Skipped(position=position, id=cluster_id, error=error)


@attrs.frozen
class _Outcome:
    """What a worker sends back for one cluster: the result and the warnings it logged."""

    position: int
    id: str | None
    result: Digest | Skipped
    records: tuple[logging.LogRecord, ...]


class _Collector(logging.Handler):
    """Keeps the records logged in a worker process, ready to be pickled."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg = record.getMessage()
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        self.records.append(record)


def _work(chunk: Sequence[tuple[int, object]], options: Options) -> list[_Outcome]:
    """Summarise a chunk of clusters in a worker process, keeping their warnings."""
    library = logging.getLogger("summarize")
    outcomes = []
    for position, item in chunk:
        collector = _Collector()
        library.addHandler(collector)
        try:
            result = _digest(position, item, options)
        finally:
            library.removeHandler(collector)
        outcomes.append(_Outcome(position, _given_id(item), result, tuple(collector.records)))
    return outcomes


def summarize_many(
    clusters: Iterable[ClusterLike],
    *,
    n_jobs: int = 1,
    batch_size: int = _BATCH_SIZE,
    on_error: OnError = "raise",
    per_source: int = 3,
    merged: int | None = None,
    words: int | None = None,
    method: str = "default",
    language: str = "english",
    similarity: float = 0.3,
    redundancy: float = 0.6,
    order: Literal["importance", "source"] = "importance",
    selection: Literal["coverage", "support"] = "coverage",
    min_sources: int = 1,
    exclusives: int = 3,
) -> Generator[Digest, None, None]:
    """Summarise many sets of articles, yielding one digest per set in input order.

    Options are validated once, when this is called, before any cluster is read.
    The input is consumed lazily (a bounded number of clusters ahead of the
    digest being yielded), so it may be a generator of any length.

    Args:
        clusters: Clusters as :class:`~summarize.records.Cluster` records (as
            :func:`~summarize.load.load_clusters` reads them), mappings
            ``{"id": ..., "articles": [...]}`` (one line of a clusters file; other
            keys are ignored), or sequences of articles (any kind
            :func:`~summarize.summarize` accepts). A digest's id is its cluster's.
        n_jobs: Worker processes: 1 summarises in this process, without
            joblib; -1 uses every core, -2 all but one, and so on. Workers start
            only for an input of :data:`WORKERS_FROM` clusters or more, as their
            start-up costs more than they save on fewer; a smaller input is
            summarised in this process, with a warning on the ``summarize.batch``
            logger.
        batch_size: Clusters sent to a worker at a time (with ``n_jobs=1``, a value
            other than the default is warned about, as it changes nothing).
        on_error: What to do with a cluster that cannot be summarised (its
            :class:`~summarize.errors.SummarizeError` names the cluster):
            ``"raise"`` raises it when that cluster's turn comes, after the digests
            before it; ``"skip"`` logs a warning on the ``summarize.batch`` logger
            and goes on; a callable is called with a :class:`Skipped` record, in
            input order, instead of the warning, and the run goes on (collect
            them with ``on_error=skipped.append``; raise from it to stop).
        per_source: Sentences in each per-source summary.
        merged: Claims in each merged summary (5 unless ``words`` is given).
        words: Word budget of each merged summary instead of a claim count.
        method: Sentence ranker, as for :func:`~summarize.summarize`.
        language: Language of the articles.
        similarity: Cosine similarity at which sentences state the same claim.
        redundancy: Similarity to a chosen sentence at which a candidate is skipped.
        order: ``"importance"`` or ``"source"``.
        selection: ``"coverage"`` or ``"support"``, as for :func:`~summarize.summarize`.
        min_sources: Fewest distinct sources of a claim in a merged summary.
        exclusives: Exclusive claims listed per article, at most this many (0: none).

    Returns:
        A generator of digests, one per cluster, in input order (skipped
        clusters left out); close it to stop early and cancel the work ahead.

    Raises:
        OptionError: An option, ``n_jobs``, ``batch_size`` or ``on_error`` is
            invalid (raised by this call, before any work).
        SummarizeError: With ``on_error="raise"``, from the iterator: a cluster
            cannot be summarised.

    Example:
        >>> import itertools
        >>> story = {"id": "flood", "articles": [
        ...     "The river burst its banks on Monday.", "On Monday the river burst its banks."]}
        >>> skipped = []
        >>> digests = summarize_many([story, [], story], merged=1, on_error=skipped.append)
        >>> [d.id for d in digests], [s.name for s in skipped]
        (['flood', 'flood'], ['cluster #1'])
        >>> endless = summarize_many(itertools.repeat(story), merged=1)
        >>> [d.merged[0].sources for d in itertools.islice(endless, 2)]
        [('0', '1'), ('0', '1')]
    """
    options = Options.resolve(
        merged=merged,
        words=words,
        per_source=per_source,
        method=method,
        language=language,
        similarity=similarity,
        redundancy=redundancy,
        order=order,
        selection=selection,
        min_sources=min_sources,
        exclusives=exclusives,
    )
    return run_many(clusters, options, n_jobs=n_jobs, batch_size=batch_size, on_error=on_error)


def run_many(
    clusters: Iterable[ClusterLike],
    options: Options,
    *,
    n_jobs: int = 1,
    batch_size: int = _BATCH_SIZE,
    on_error: OnError = "raise",
) -> Generator[Digest, None, None]:
    """Summarise many sets with options already validated, as :func:`summarize_many` does.

    The counterpart of :func:`summarize.pipeline.run` for many sets, for callers
    that hold an :class:`~summarize.options.Options` (the command line, the
    tasks of :mod:`summarize.dask`). Arguments as for :func:`summarize_many`.

    Raises:
        OptionError: ``n_jobs``, ``batch_size`` or ``on_error`` is invalid
            (raised by this call, before any work).

    Example:
        >>> [d.id for d in run_many([{"id": "a", "articles": ["Rain fell."]}], Options())]
        ['a']
    """
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise OptionError(
            f"n_jobs must be a whole number other than 0 (-1: every core), got {n_jobs!r}"
        )
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(f"batch_size must be a whole number of at least 1, got {batch_size!r}")
    if not callable(on_error) and on_error not in ("raise", "skip"):
        raise OptionError(f"on_error must be 'raise', 'skip' or a callable, got {on_error!r}")
    if isinstance(clusters, (str, bytes, Mapping, Cluster)):
        raise InputError("got a single cluster; give an iterable of clusters")
    if not isinstance(clusters, Iterable):
        raise InputError(f"expected an iterable of clusters, got {type(clusters).__name__}")
    jobs = _effective_jobs(n_jobs)
    if jobs == 1:
        if batch_size != _BATCH_SIZE:
            logger.warning(
                "batch_size=%d changes nothing: with n_jobs=%d the clusters are summarised "
                "in this process, one at a time",
                batch_size,
                n_jobs,
            )
        return _in_process(clusters, options, on_error)
    return _in_workers_if_worth_it(clusters, options, on_error, n_jobs, jobs, batch_size)


def _effective_jobs(n_jobs: int) -> int:
    if n_jobs == 1:
        return 1  # no joblib import: it costs time and is not needed
    from joblib import effective_n_jobs  # type: ignore[import-untyped]

    return int(effective_n_jobs(n_jobs))


def _handle(skipped: Skipped, on_error: OnError) -> None:
    if on_error == "raise":
        raise skipped.error
    if on_error == "skip":
        logger.warning("skipped %s", skipped.error)
        return
    assert callable(on_error)
    on_error(skipped)


def _in_process(
    clusters: Iterable[object], options: Options, on_error: OnError
) -> Generator[Digest, None, None]:
    for position, item in enumerate(clusters):
        with _about(position, _given_id(item)):
            result = _digest(position, item, options)
        if isinstance(result, Skipped):
            _handle(result, on_error)
        else:
            yield result


def _chunks(
    numbered: Iterator[tuple[int, object]], jobs: int, batch_size: int
) -> Iterator[list[list[tuple[int, object]]]]:
    """Windows of at most ``4 * jobs`` chunks; a short last window is spread over every job."""
    tasks = _CHUNKS_PER_JOB * jobs
    while window := list(itertools.islice(numbered, tasks * batch_size)):
        size = min(batch_size, math.ceil(len(window) / min(len(window), tasks)))
        yield [window[i : i + size] for i in range(0, len(window), size)]


def _in_workers_if_worth_it(
    clusters: Iterable[object],
    options: Options,
    on_error: OnError,
    n_jobs: int,
    jobs: int,
    batch_size: int,
) -> Generator[Digest, None, None]:
    """In worker processes when the input holds :data:`WORKERS_FROM` clusters, else here.

    The first clusters are read ahead to tell; a batch too small to gain is
    summarised in this process, with a warning that ``n_jobs`` changed nothing.
    """
    items = iter(clusters)
    least = WORKERS_FROM
    head = list(itertools.islice(items, least))
    if len(head) < least:
        logger.warning(
            "n_jobs=%d changes nothing for %s: worker processes gain only from %s "
            "clusters on, so they are summarised in this process",
            n_jobs,
            "1 cluster" if len(head) == 1 else f"{len(head):,} clusters",
            f"{least:,}",
        )
        yield from _in_process(head, options, on_error)
        return
    yield from _in_workers(itertools.chain(head, items), options, on_error, jobs, batch_size)


def _in_workers(
    items: Iterable[object], options: Options, on_error: OnError, jobs: int, batch_size: int
) -> Generator[Digest, None, None]:
    from joblib import Parallel, delayed

    with Parallel(n_jobs=jobs, return_as="generator") as parallel:
        # One call per window, so that no more than a window is read ahead (joblib
        # keeps dispatching as workers finish, whether or not results are taken).
        for window in _chunks(enumerate(items), jobs, batch_size):
            results = parallel(delayed(_work)(chunk, options) for chunk in window)
            try:
                for outcomes in results:
                    for outcome in outcomes:
                        _relay(outcome)
                        if isinstance(outcome.result, Skipped):
                            _handle(outcome.result, on_error)
                        else:
                            yield outcome.result
            except (GeneratorExit, SummarizeError):
                # Closed early, or a cluster failed: let the window's tasks end, since
                # cancelling them makes joblib restart its workers for the next call.
                for _ in results:
                    pass
                raise
            finally:
                with warnings.catch_warnings():  # interrupted: the tasks ahead are cancelled
                    warnings.filterwarnings("ignore", r"\d+ tasks (which were|have been)")
                    results.close()


def _relay(outcome: _Outcome) -> None:
    """Log again, here, the records a worker logged while summarising one cluster."""
    with _about(outcome.position, outcome.id):
        for record in outcome.records:
            source = logging.getLogger(record.name)
            if source.isEnabledFor(record.levelno):
                source.handle(record)
