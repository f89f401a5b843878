"""Digests on a Dask cluster: a Bag of clusters, or a DataFrame with one cluster per row.

Beside :mod:`summarize.batch`, for sets spread over machines. Needs the ``dask`` extra;
Dask is imported only when a function is called. Options are those of
:class:`~summarize.Options`, validated once, on the client; each partition is then
summarised with :func:`summarize.batch.run_many` in the worker that holds it, and the
warnings logged there go to the workers' logs.

Example:
    >>> import dask.bag
    >>> clusters = [{"id": "c1", "articles": ["Rain fell on Monday.", "On Monday rain fell."]}]
    >>> bag = digest_bag(dask.bag.from_sequence(clusters), merged=1)
    >>> [digest.merged[0].sources for digest in bag.compute(scheduler="sync")]
    [('0', '1')]
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .batch import OnError, run_many
from .digest import Digest
from .errors import InputError, OptionError
from .options import Options

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas  # type: ignore[import-untyped]

__all__ = ["digest_bag", "digest_frame"]

_INSTALL = "pip install 'summarize[dask]'"


def _require(module: str) -> None:
    try:
        __import__(module)
    except ImportError as error:
        raise ImportError(
            f"summarize.dask needs {module.split('.')[0]} ({error}); install it with: {_INSTALL}"
        ) from error


def _options(options: dict[str, Any]) -> Options:
    """Validate options given as :func:`summarize.summarize` takes them; unknown names fail."""
    valid = [field.name for field in attrs.fields(Options)]
    unknown = [name for name in options if name not in valid]
    if unknown:
        raise OptionError(f"unknown option {unknown[0]!r}; valid options are: {', '.join(valid)}")
    given = dict(options)
    return Options.resolve(
        merged=given.pop("merged", None), words=given.pop("words", None), **given
    )


def _check_on_error(on_error: str) -> None:
    if on_error not in ("raise", "skip"):
        raise OptionError(f"on_error must be 'raise' or 'skip' on dask, got {on_error!r}")


def _bag_partition(items: Iterable[Any], options: Options, on_error: OnError) -> list[Digest]:
    return list(run_many(items, options, on_error=on_error))


def digest_bag(bag: dask.bag.Bag, *, on_error: str = "raise", **options: Any) -> dask.bag.Bag:
    """Map a dask Bag of clusters to a Bag of digests, one per cluster, in the same order.

    Args:
        bag: Clusters, each a :class:`~summarize.records.Cluster`, a mapping
            ``{"id": ..., "articles": [...]}`` or a list of articles (as for
            :func:`summarize.batch.summarize_many`); for example
            ``dask.bag.read_text("clusters-*.jsonl").map(json.loads)``.
        on_error: ``"raise"`` (the computation fails with the cluster's
            :class:`~summarize.errors.SummarizeError`) or ``"skip"`` (the cluster
            is left out and a warning logged in its worker).
        **options: The options of :func:`summarize.summarize` (``per_source``,
            ``merged``, ``words``, ``method``, ...), validated here.

    Returns:
        A lazy Bag of :class:`~summarize.records.Digest` records.

    Raises:
        OptionError: An option is unknown or invalid.
        ImportError: dask is not installed; the message says how to install it.

    Example:
        >>> import dask.bag
        >>> story = {"id": "s", "articles": ["Rain fell on Monday.", "On Monday rain fell."]}
        >>> bag = digest_bag(dask.bag.from_sequence([story]), merged=1)
        >>> [d.merged[0].sources for d in bag.compute(scheduler="sync")]
        [('0', '1')]
    """
    _require("dask.bag")
    resolved = _options(options)
    _check_on_error(on_error)
    digests: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _bag_partition, resolved, on_error
    )
    return digests


def _missing(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or (type(value).__name__ == "NAType")
    )


def _row_cluster(cluster_id: object, articles: object) -> dict[str, Any]:
    name = None if _missing(cluster_id) else cluster_id
    if isinstance(articles, str):  # JSON text, or a list that dask turned into its repr
        try:
            articles = json.loads(articles)
        except json.JSONDecodeError:
            raise InputError(
                f"the articles of cluster {name!r} are a string that is not a JSON list; if "
                "dask turned a column of lists into strings, build the frame within "
                "dask.config.set({'dataframe.convert-string': False})"
            ) from None
    elif not isinstance(articles, (bytes, dict)) and isinstance(articles, Iterable):
        articles = list(articles)  # a list column read from Parquet arrives as an array
    return {"id": name, "articles": articles}


def _frame_partition(
    frame: pandas.DataFrame, options: Options, on_error: OnError, columns: tuple[str, str]
) -> pandas.Series:
    import pandas as pd

    texts: list[str | None] = []
    for cluster_id, articles in zip(frame[columns[0]], frame[columns[1]], strict=True):
        row = [_row_cluster(cluster_id, articles)]
        digest = next(run_many(row, options, on_error=on_error), None)  # None: skipped
        texts.append(None if digest is None else digest.to_json(indent=None).rstrip("\n"))
    return pd.Series(texts, index=frame.index, name="digest", dtype=object)


def digest_frame(
    frame: dask.dataframe.DataFrame,
    *,
    id_column: str = "id",
    articles_column: str = "articles",
    on_error: str = "raise",
    **options: Any,
) -> dask.dataframe.Series:
    """Map a dask DataFrame with one cluster per row to a Series of JSON digests.

    Args:
        frame: A DataFrame with a column of cluster ids (strings, or missing)
            and a column whose every value is a list of articles (mappings with
            ``text``, or strings) or that list as JSON text. dask turns columns
            of Python objects into strings unless told not to: build the frame
            within ``dask.config.set({"dataframe.convert-string": False})``.
        id_column: The column of ids.
        articles_column: The column of article lists.
        on_error: ``"raise"`` (the computation fails with the row's
            :class:`~summarize.errors.SummarizeError`) or ``"skip"`` (the row's
            digest is ``None`` and a warning is logged in its worker).
        **options: The options of :func:`summarize.summarize`, validated here.

    Returns:
        A lazy Series named ``digest`` with the index and partitions of
        ``frame``: each row's digest as one line of JSON (``Digest.to_json``
        with ``indent=None``, no final newline); ``Digest.from_json`` reads it back.

    Raises:
        OptionError: An option is unknown or invalid, or a column is missing.
        ImportError: dask's DataFrame support is not installed.
    """
    _require("dask.dataframe")
    resolved = _options(options)
    _check_on_error(on_error)
    missing = [name for name in (id_column, articles_column) if name not in frame.columns]
    if missing:
        raise OptionError(
            f"the frame has no column {missing[0]!r}; its columns are: "
            f"{', '.join(map(str, frame.columns))}"
        )
    series: dask.dataframe.Series = frame.map_partitions(  # type: ignore[no-untyped-call]
        _frame_partition,
        resolved,
        on_error,
        (id_column, articles_column),
        meta=("digest", "object"),
    )
    return series
