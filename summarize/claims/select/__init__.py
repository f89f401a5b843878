"""Selection: which claims the merged summary shows, and which sentences each article's summary.

One :class:`Selector` protocol with two implementations beside it: concept coverage
(the default, :class:`CoverageSelector`) and support (:class:`SupportSelector`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ...errors import OptionError
from ...options import SELECTIONS
from ._coverage import CoverageSelector
from ._support import SupportSelector

if TYPE_CHECKING:
    from .._claim import RankedClaim
    from .._set import SentenceSet

__all__ = ["CoverageSelector", "Selector", "SupportSelector", "make_selector"]


@runtime_checkable
class Selector(Protocol):
    """Chooses the merged summary's claims and the sentences of per-article lists.

    :meth:`fit` learns what it needs from a set and returns the selector; the two
    ``choose`` methods then pick within budgets, skipping a candidate whose TF-IDF
    similarity to one already picked reaches ``redundancy`` (1.0: no cut).
    """

    def fit(self, sentences: SentenceSet) -> Selector:
        """Learn from the set's sentences; return the fitted selector."""
        ...

    def choose_claims(
        self,
        sentences: SentenceSet,
        *,
        count: int | None,
        words: int | None,
        min_sources: int,
        redundancy: float,
    ) -> list[RankedClaim]:
        """The merged summary's claims, in the order chosen (one budget of ``count`` or ``words``).

        Only claims that at least ``min_sources`` distinct sources state may be chosen.
        """
        ...

    def choose_each(
        self,
        sentences: SentenceSet,
        candidates: Sequence[Sequence[int]],
        *,
        count: int,
        redundancy: float,
    ) -> list[list[int]]:
        """From each list of candidate rows on its own, at most ``count``, in the order chosen."""
        ...


def make_selector(selection: str) -> Selector:
    """Return the selector that ``selection`` names (one of :data:`~summarize.options.SELECTIONS`).

    Raises:
        OptionError: ``selection`` is not a known name.

    Example:
        >>> type(make_selector("support")).__name__
        'SupportSelector'
    """
    if selection == "coverage":
        return CoverageSelector()
    if selection == "support":
        return SupportSelector()
    raise OptionError(f"unknown selection {selection!r}; choose one of: {', '.join(SELECTIONS)}")
