"""Rankers: one score per sentence of the set, higher is more important.

``"default"`` is :class:`~summarize.rank._centrality.CentralityRanker`; every
summarizer of sumy is available by name through
:class:`~summarize.rank._sumy.SumyRanker`.
"""

from __future__ import annotations

from ..errors import UnknownMethodError
from ._base import Ranker
from ._centrality import CentralityRanker

__all__ = ["METHODS", "SUMY_METHODS", "CentralityRanker", "Ranker", "make_ranker"]

#: sumy summarizers selectable by name.
SUMY_METHODS: tuple[str, ...] = (
    "edmundson",
    "kl",
    "lexrank",
    "lsa",
    "luhn",
    "random",
    "reduction",
    "sumbasic",
    "textrank",
)

#: Every accepted ``method=`` name.
METHODS: tuple[str, ...] = ("default", *SUMY_METHODS)


def make_ranker(method: str, *, language: str = "english") -> Ranker:
    """Return the ranker called ``method``.

    Args:
        method: ``"default"`` or a name from :data:`SUMY_METHODS`.
        language: Language of the articles (used by sumy's stemmers and stop words).

    Raises:
        UnknownMethodError: ``method`` is not a known name; the message lists them.

    Example:
        >>> type(make_ranker("default")).__name__
        'CentralityRanker'
    """
    if method == "default":
        return CentralityRanker()
    if method in SUMY_METHODS:
        from ._sumy import SumyRanker

        return SumyRanker(method, language=language)
    raise UnknownMethodError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")
