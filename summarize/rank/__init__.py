"""Rankers: one score per sentence of the set, higher is more important.

``"default"`` is :class:`~summarize.rank.centrality.CentralityRanker`; every
summarizer of sumy is available by name through
:class:`~summarize.rank.sumy_adapter.SumyRanker`.
"""

from __future__ import annotations

__all__ = ["METHODS", "SUMY_METHODS"]

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
