"""Whether figures that differ exclude each other, and whether a disagreement is certain.

In analysis/, for :mod:`summarize.analysis._disagree`, once it has gathered the figures
of one thing: :func:`excluding` tells whether two of their ranges allow no common value
(a disagreement needs such a pair), and :func:`settle` which versions to show and
whether the sources surely differ or the figures only *may* count one thing.
"""

from __future__ import annotations

from ._figures.figure import Figure
from ._figures.narrowed import part_of

__all__ = ["SCALE", "excluding", "settle"]

#: Two figures within this factor of each other may be one thing counted
#: differently, even in sentences that state different claims (see ``_sure``).
SCALE = 2.5


def _sure(one: Figure, two: Figure) -> bool:
    """Whether two figures that exclude each other surely give one thing differently.

    They do when their sentences state one claim, or when they lie within
    :data:`SCALE` of each other: sources that count one thing differently rarely
    differ tenfold, while a part and its whole, a day and a running total, or one
    place and the whole region do. A time, a year, or the size or age of a thing
    is sure only in sentences of one claim (see ``_thing``). A count of a part of
    what the other counts ("five counts of third-degree vandalism", "six counts of
    vandalism": :func:`~summarize.analysis._figures.narrowed.part_of`) is never sure.
    """
    if part_of(one, two) or part_of(two, one):
        return False  # "five counts of third-degree vandalism" and "six counts of vandalism"
    if one.claim >= 0 and one.claim == two.claim:
        return True
    if _thing(one) or _thing(two):
        return False
    low, high = max(one.lowest, two.lowest), min(one.quantity.high, two.quantity.high)
    return high > 0 and low <= SCALE * high


def _thing(figure: Figure) -> bool:
    """Whether a figure is a time, a year, or the size or age of a thing, not a count.

    Such figures are matched on a noun or a predicate alone ("the 200ft span",
    "collapsed at 7:42 a.m."), and their nearness says nothing: a bridge may
    have two spans, a story two mornings. Only sentences of one claim make
    them surely one thing.
    """
    return figure.kind in ("measure", "time", "year") or (
        figure.kind == "age" and not figure.person
    )


def settle(group: list[Figure], known: bool) -> tuple[list[Figure], bool]:
    """The versions to show and whether the disagreement is certain.

    Certain when two versions that exclude each other surely give one thing (see
    :func:`_sure`). A version then stays when it is one of such a pair or agrees
    with a version that stays; one that only excludes them counts something else
    ("about 3,000" evacuated one day against the "30,000" and "50,000" who fled)
    and is left out. With no such pair every version stays, and the figures only
    *may* differ. With the claims not known (``known`` false) every version stays,
    and the disagreement is certain unless it is of times, years, or sizes or ages
    of things, which only sentences of one claim make sure.
    """
    if not known:
        return group, not _thing(group[0])  # one kind: a time is never sure without claims
    sure = {
        i
        for i, one in enumerate(group)
        for j, two in enumerate(group)
        if i != j and excluding([one, two]) and _sure(one, two)
    }
    if not sure:
        return group, False
    kept = [
        f
        for i, f in enumerate(group)
        if i in sure or any(not excluding([f, group[j]]) for j in sure)
    ]
    return kept, True


def excluding(group: list[Figure]) -> bool:
    """Whether two figures of the group allow no common value.

    Ranges come from the hedges (see :mod:`summarize.analysis._figures.quantities`),
    so "about 3,000" and "3,100" agree and "100%" and "100 percent" are one
    figure. An open bound ("more than 50,000") is infinite (``math.inf``). A count
    that says whom it includes ("20 dead, including the three gunmen") also allows
    the count without them (17).
    """
    return max(f.lowest for f in group) > min(f.quantity.high for f in group)
