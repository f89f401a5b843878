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

import importlib
from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING

from . import _moved
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
from .records import (
    Article,
    Claim,
    Cluster,
    Disagreement,
    Exclusive,
    Headline,
    Quote,
    ScoredSentence,
    Sentence,
    SkippedArticle,
    SourceSummary,
    TextSpan,
    Version,
)

if TYPE_CHECKING:
    from . import dask, evaluate
    from .batch import summarize_many
    from .pipeline import summarize
    from .text import split_sentences

#: Names loaded on first use, by the module that defines them: the records, options
#: and errors above cost no more than attrs, while these load NLTK, sumy and
#: scikit-learn (or Dask), so ``import summarize.options`` stays light.
_LAZY = {
    "summarize": ("pipeline", "summarize"),
    "summarize_many": ("batch", "summarize_many"),
    "split_sentences": ("text", "split_sentences"),
    "evaluate": ("evaluate", None),
    "dask": ("dask", None),
}

_moved.install()


def __getattr__(name: str) -> object:
    """Load a name of :data:`_LAZY` on first use (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'summarize' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    loaded = importlib.import_module(f".{module}", __name__)
    value = loaded if attribute is None else getattr(loaded, attribute)
    if attribute is not None:
        globals()[name] = value  # the next look-up is a plain one
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "Headline",
    "InputError",
    "LoadError",
    "OptionError",
    "Options",
    "Quote",
    "ScoredSentence",
    "Sentence",
    "SkippedArticle",
    "SourceSummary",
    "SummarizeError",
    "TextSpan",
    "UnknownMethodError",
    "Version",
    "__version__",
    "as_articles",
    "dask",
    "evaluate",
    "load_articles",
    "load_clusters",
    "split_sentences",
    "summarize",
    "summarize_many",
]
