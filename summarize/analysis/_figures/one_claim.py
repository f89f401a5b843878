"""Figures that sentences of one claim make one: parts of one whole, and forecasts.

In analysis/, for :mod:`summarize.analysis._figures.match`: which figures stand in
sentences that state one claim (:func:`one_claim`), and two matches only such
sentences make: parts of counts that agree (:func:`parts_alike`) and figures that
are all expected (:func:`forecasts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .counted import kin
from .figure import Figure
from .quantities import Quantity, find_quantities

__all__ = ["forecasts", "one_claim", "parts_alike"]


def one_claim(bucket: Sequence[Figure]) -> np.ndarray:
    """Which figures stand in sentences that state one claim."""
    claims = np.fromiter((f.claim for f in bucket), dtype=np.int64, count=len(bucket))
    if claims.max() < 0:
        return np.zeros((len(bucket), len(bucket)), dtype=bool)
    return np.asarray((claims[:, None] == claims[None, :]) & (claims[:, None] >= 0))


def parts_alike(bucket: Sequence[Figure], together: np.ndarray) -> np.ndarray:
    """Which counts are one part of one whole: "nine hurt, including four children", "two".

    Two parts of counts ("including four children", "including five children") in
    sentences of one claim given for the same places and times (``together``) count
    one part when the counts they are parts of agree, predicate or none: eight
    people hurt in both, so the children among them are one group. A part of a
    whole that differs may be of another group.
    """
    found = np.zeros((len(bucket), len(bucket)), dtype=bool)
    if bucket[0].kind != "count" or not together.any():
        return found
    wholes = [_whole(f) if f.part else None for f in bucket]
    for i, j in zip(*np.nonzero(together), strict=True):
        one, two = wholes[i], wholes[j]
        found[i, j] = (
            one is not None
            and two is not None
            and kin(one.unit, two.unit)
            and one.low <= two.high
            and two.low <= one.high
        )
    return found


def forecasts(bucket: Sequence[Figure]) -> np.ndarray:
    """Which figures are one forecast: expected in sentences of one claim, by one forecaster.

    "Economists had expected 640,000 new jobs" and "analysts were expecting 700,000
    jobs gained" state one claim: the forecast of one figure, whatever its predicate.
    Two forecasters named apart ("surveyed by Harbour Data", "polled by Quayside
    Research") made two forecasts, each reported right: two quantities, not one
    given differently. Who made it (the names after "by" or "according to") is no
    place or body the figure is of; any other name in its stretch the other sentence
    must name too ("growth in Tarnland" is not growth in the world).
    """
    expected = np.array([f.role == "expected" for f in bucket])
    found = expected[:, None] & expected[None, :] & one_claim(bucket)
    makers: dict[int, frozenset[str]] = {}  # read only for the figures of a pair
    for i, j in zip(*np.nonzero(found), strict=True):
        one, two = bucket[i], bucket[j]
        for k, figure in ((i, one), (j, two)):
            if k not in makers:
                makers[k] = _makers(figure.sentence.text)
        if makers[i] and makers[j] and makers[i].isdisjoint(makers[j]):
            found[i, j] = False
            continue
        found[i, j] = one.scope - makers[i] <= two.names and two.scope - makers[j] <= one.names
    return np.asarray(found)


def _makers(text: str) -> frozenset[str]:
    """The names of who made a forecast: the capitalised words after "by" or "according to"."""
    return frozenset(
        word for run in _MAKERS.findall(text) for word in run.split() if word[:1].isupper()
    )


_MAKERS = re.compile(r"\b(?:by|according to)\s+((?:[A-Z][\w&.\u2019'-]*\s?)+)")


def _whole(figure: Figure) -> Quantity | None:
    """The count a part is of: the figure before it in its sentence, if it is a count."""
    before = [q for q in find_quantities(figure.sentence.text) if q.end <= figure.quantity.start]
    return before[-1] if before and before[-1].kind == "count" else None
