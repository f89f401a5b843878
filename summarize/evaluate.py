"""Score summaries against human-written references with ROUGE.

Beside the flow, not in it: :func:`evaluate` runs the whole pipeline on each cluster of a
references file and :func:`score` compares the merged summary with the references;
``python -m summarize.evaluate`` runs it from the command line (see :func:`main`).

Example:
    >>> score(["The dam broke on Monday."], "On Monday the dam broke.").rouge1
    100.0
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .digest import Digest
from .errors import LoadError, OptionError, SummarizeError
from .load import as_articles
from .records import Article

__all__ = [
    "METRICS",
    "Evaluation",
    "ReferenceCluster",
    "Scores",
    "bootstrap_interval",
    "digest_summary",
    "evaluate",
    "load_references",
    "main",
    "score",
    "truncate",
]

METRICS = ("rouge1", "rouge2", "rougeLsum")


@attrs.frozen
class Scores:
    """ROUGE F1 of one summary, each in ``[0, 100]``.

    Example:
        >>> Scores(rouge1=50.0, rouge2=20.0, rougeLsum=40.0).as_tuple()
        (50.0, 20.0, 40.0)
    """

    rouge1: float
    rouge2: float
    rougeLsum: float  # noqa: N815 - the name rouge-score and the literature use

    def as_tuple(self) -> tuple[float, float, float]:
        """Return ``(rouge1, rouge2, rougeLsum)``."""
        return (self.rouge1, self.rouge2, self.rougeLsum)


@attrs.frozen
class ReferenceCluster:
    """A set of articles about one story with its human-written reference summaries."""

    id: str | None
    articles: tuple[Article, ...]
    references: tuple[str, ...]


@attrs.frozen
class Evaluation:
    """Scores of many summaries: the mean of each metric and its bootstrap interval.

    Attributes:
        ids: The cluster ids, in input order.
        per_cluster: One :class:`Scores` per cluster, in input order.
        seconds: Time spent making the summaries (not scoring them).
    """

    ids: tuple[str | None, ...]
    per_cluster: tuple[Scores, ...]
    seconds: float = 0.0

    @property
    def mean(self) -> Scores:
        """The mean of each metric over the clusters."""
        if not self.per_cluster:
            return Scores(0.0, 0.0, 0.0)
        values = np.array([s.as_tuple() for s in self.per_cluster]).mean(axis=0)
        return Scores(*(float(v) for v in values))

    def interval(self, metric: str, *, level: float = 0.95) -> tuple[float, float]:
        """Return the bootstrap confidence interval of one metric's mean."""
        if metric not in METRICS:
            raise OptionError(f"metric must be one of {', '.join(METRICS)}; got {metric!r}")
        return bootstrap_interval([getattr(s, metric) for s in self.per_cluster], level=level)


def truncate(sentences: Iterable[str], words: int | None) -> list[str]:
    """Keep sentences in order until ``words`` whitespace words; cut the last one short.

    Example:
        >>> truncate(["One two three.", "Four five six."], 4)
        ['One two three.', 'Four']
        >>> truncate(["One two."], None)
        ['One two.']
    """
    kept: list[str] = []
    left = words
    for sentence in sentences:
        tokens = sentence.split()
        if not tokens:
            continue
        if left is not None:
            if left <= 0:
                break
            if len(tokens) > left:
                kept.append(" ".join(tokens[:left]))
                break
            left -= len(tokens)
        kept.append(" ".join(tokens))
    return kept


def score(
    summary: Sequence[str] | str, references: Sequence[str] | str, *, words: int | None = None
) -> Scores:
    """Score one summary against its references (the best reference for each metric).

    The scores are those of the ``rouge-score`` package (ROUGE-1, ROUGE-2 and
    ROUGE-Lsum F1, Porter stemming on), which most published figures on news
    summarisation use. Install it with ``pip install 'summarize[eval]'``.

    The convention: concatenate a summary's sentences in output order, truncate to
    the word budget (whitespace words), and score against the reference; with
    several references, each metric takes the best of them. Scores are reported
    x100.

    Args:
        summary: The summary's sentences in output order, or one string.
        references: One reference summary or several.
        words: Truncate the summary to this many whitespace words first.

    Returns:
        ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, x100.

    Raises:
        ImportError: ``rouge-score`` is not installed (``pip install 'summarize[eval]'``).
        OptionError: No reference is given.

    Example:
        >>> s = score(["The dam broke on Monday."], "On Monday the dam broke.")
        >>> round(s.rouge1, 1)
        100.0
        >>> from summarize.evaluate import score
        >>> text = "The ferry sank near the harbour."
        >>> score([text], text).as_tuple()
        (100.0, 100.0, 100.0)
    """
    sentences = [summary] if isinstance(summary, str) else list(summary)
    targets = [references] if isinstance(references, str) else list(references)
    if not targets:
        raise OptionError("give at least one reference summary to score against")
    prediction = "\n".join(truncate(sentences, words))
    result = _scorer().score_multi(targets, prediction)
    return Scores(*(100.0 * result[metric].fmeasure for metric in METRICS))


@lru_cache(maxsize=1)
def _scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError as error:  # pragma: no cover - the eval extra is installed in CI
        raise ImportError(
            "scoring needs the rouge-score package: pip install 'summarize[eval]'"
        ) from error
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def bootstrap_interval(
    values: Sequence[float], *, level: float = 0.95, samples: int = 1000, seed: int = 0
) -> tuple[float, float]:
    """Return the percentile bootstrap interval of the mean of ``values``.

    Example:
        >>> bootstrap_interval([1.0, 1.0, 1.0])
        (1.0, 1.0)
    """
    if not 0.0 < level < 1.0:
        raise OptionError(f"level must lie between 0 and 1; got {level!r}")
    data = np.asarray(values, dtype=np.float64)
    if data.size == 0:
        return (0.0, 0.0)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(samples, data.size))].mean(axis=1)
    tail = (1.0 - level) / 2.0 * 100.0
    low, high = np.percentile(means, [tail, 100.0 - tail])
    return (float(low), float(high))


def load_references(path: str | Path) -> Iterator[ReferenceCluster]:
    """Stream the clusters of a JSON Lines file that carries reference summaries.

    Each line is ``{"id": ..., "articles": [...], "references": ["...", ...]}``
    (``"reference": "..."`` is accepted too).

    Raises:
        LoadError: The file cannot be read, a line is not JSON, or a line has no
            reference (raised when that line is reached).
    """
    file = Path(path)
    try:
        handle = file.open(encoding="utf-8")
    except OSError as error:
        raise LoadError(f"cannot read {file}: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                raise LoadError(f"{file}, line {number}: not JSON ({error.msg})") from error
            refs = obj.get("references", obj.get("reference")) if isinstance(obj, dict) else None
            if isinstance(refs, str):
                refs = [refs]
            if not refs or not all(isinstance(r, str) for r in refs):
                raise LoadError(
                    f"{file}, line {number}: no reference summary; give each line "
                    '"references": ["..."] to score against'
                )
            cluster_id = obj.get("id")
            yield ReferenceCluster(
                id=None if cluster_id is None else str(cluster_id),
                articles=tuple(as_articles(obj.get("articles") or [])),
                references=tuple(refs),
            )


def digest_summary(digest: Digest) -> list[str]:
    """Return the merged summary of a digest as the list of its claims' sentences."""
    return [claim.sentence.text for claim in digest.merged]


def evaluate(
    clusters: Iterable[ReferenceCluster],
    *,
    words: int,
    summarizer: Callable[[ReferenceCluster], Sequence[str]] | None = None,
    **options: Any,
) -> Evaluation:
    """Summarise every cluster and score the summaries against its references.

    Args:
        clusters: Clusters with references, e.g. from :func:`load_references`.
        words: The word budget: summaries are made with it and truncated to it.
        summarizer: Makes a summary (a list of sentences) of a cluster; by
            default the merged summary of :func:`summarize.summarize` with
            ``words`` and ``options``.
        **options: Options of :func:`summarize.summarize` for the default summarizer.

    Example:
        >>> from summarize import Article
        >>> cluster = ReferenceCluster("c", (Article(id="a", text="The dam broke."),),
        ...                            ("The dam broke.",))
        >>> evaluate([cluster], words=10).mean.rouge1
        100.0
    """
    if summarizer is None:
        from .pipeline import summarize

        def summarizer(cluster: ReferenceCluster) -> Sequence[str]:
            return digest_summary(summarize(cluster.articles, words=words, **options))

    ids: list[str | None] = []
    scores: list[Scores] = []
    seconds = 0.0
    for cluster in clusters:
        started = time.perf_counter()
        summary = summarizer(cluster)
        seconds += time.perf_counter() - started
        ids.append(cluster.id)
        scores.append(score(summary, cluster.references, words=words))
    return Evaluation(ids=tuple(ids), per_cluster=tuple(scores), seconds=seconds)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``python -m summarize.evaluate``; return the exit status.

    Scores the default digest of every cluster of a clusters file that carries
    references (one ``{"id", "articles", "references"}`` object a line)::

        python -m summarize.evaluate clusters.jsonl --words 250
    """
    parser = argparse.ArgumentParser(
        prog="python -m summarize.evaluate",
        description="Score the default merged digest of each cluster against its references.",
    )
    parser.add_argument("data", help="clusters JSON Lines file with references")
    parser.add_argument("--words", type=int, required=True, help="word budget of each summary")
    parser.add_argument("--method", default="default", help="ranking method")
    parser.add_argument("--limit", type=int, default=None, help="score the first N clusters")
    parser.add_argument(
        "--verbose", action="store_true", help="show the library's warnings (empty articles)"
    )
    args = parser.parse_args(argv)
    library = logging.getLogger("summarize")
    level = library.level
    if not args.verbose:
        library.setLevel(logging.ERROR)
    try:
        clusters: Iterable[ReferenceCluster] = load_references(args.data)
        if args.limit is not None:
            clusters = itertools.islice(clusters, args.limit)
        result = evaluate(clusters, words=args.words, method=args.method)
    except (SummarizeError, ImportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        library.setLevel(level)
    n = len(result.per_cluster)
    print(f"{n} clusters, {args.words} words, method {args.method}")
    print(f"{'metric':<10} {'F1 x100':>8}  95% interval")
    for metric in METRICS:
        low, high = result.interval(metric)
        print(f"{metric:<10} {getattr(result.mean, metric):>8.2f}  [{low:.2f}, {high:.2f}]")
    if n:
        print(f"{1000.0 * result.seconds / n:.1f} ms per cluster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
