"""summarize: claim-level summaries of a set of news articles, with exact source attribution.

Example:
    >>> import summarize
    >>> digest = summarize.summarize([
    ...     summarize.Article(id="a", text="The mayor resigned on Friday. Aides were stunned."),
    ...     summarize.Article(id="b", text="On Friday the mayor resigned after a vote."),
    ... ], merged=1, per_source=1)
    >>> digest.merged[0].sources
    ('a', 'b')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from .batch import summarize_many
from .digest import Digest
from .errors import (
    EmptyInputError,
    InputError,
    LoadError,
    OptionError,
    SummarizeError,
    UnknownMethodError,
)
from .load import as_articles, load_articles, load_clusters
from .options import LANGUAGES, METHODS, Options
from .pipeline import summarize
from .records import (
    Article,
    Claim,
    Cluster,
    Disagreement,
    Exclusive,
    Quote,
    ScoredSentence,
    Sentence,
    SourceSummary,
    TextSpan,
    Version,
)
from .text import split_sentences


def __getattr__(name: str) -> object:
    """Import :mod:`summarize.evaluate` on first use.

    ``python -m summarize.evaluate`` runs that module as a script; importing it here
    as well would load it twice.
    """
    if name == "evaluate":
        import importlib

        return importlib.import_module(".evaluate", __name__)
    raise AttributeError(f"module 'summarize' has no attribute {name!r}")


try:
    __version__ = _version("summarize")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "LANGUAGES",
    "METHODS",
    "Article",
    "Claim",
    "Cluster",
    "Digest",
    "Disagreement",
    "EmptyInputError",
    "Exclusive",
    "InputError",
    "LoadError",
    "OptionError",
    "Options",
    "Quote",
    "ScoredSentence",
    "Sentence",
    "SourceSummary",
    "SummarizeError",
    "TextSpan",
    "UnknownMethodError",
    "Version",
    "__version__",
    "as_articles",
    "evaluate",
    "load_articles",
    "load_clusters",
    "split_sentences",
    "summarize",
    "summarize_many",
]
