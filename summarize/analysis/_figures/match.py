"""Which figures of one kind and unit count the same thing, as a matrix over their pairs.

In analysis/, after :mod:`summarize.analysis._figures.context` reads the figures:
:func:`alike` decides, on positive evidence only, which pairs match, for
:mod:`summarize.analysis._disagree` to group into disagreements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

import numpy as np

from .context import UNKNOWN_CURRENCY
from .cosine import context_cosines
from .counted import kin
from .figure import Figure
from .narrowed import apart, part_of
from .one_claim import forecasts, one_claim, parts_alike
from .predicates import Lexicon

__all__ = ["CONTEXT", "WEAK", "alike", "overlap", "same"]

#: Cosine of contexts that matches figures in doubt.
CONTEXT = 0.35
#: Cosine that matches figures of one class that needs context.
WEAK = 0.2


def alike(
    bucket: Sequence[Figure], lexicon: Lexicon, idf: Mapping[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Return which figures of one unit count the same thing (sources aside), and how closely.

    * Two figures of a *strong* predicate class (deaths, people fleeing ...) that
      both count match; figures of another shared class match when their contexts'
      cosine reaches :data:`WEAK`. Where a match is in doubt the cosine must reach
      :data:`CONTEXT`: when a source gives several figures of the class that
      exclude each other, when both sentences name something no other source
      names, when the figures' stretches name different places or bodies, and for
      periods (whose predicate must also be followed by the same word: "three years
      probation" is not "six months in jail").
    * Times of day match when their predicates share a class ("collapsed at 7:42
      a.m.", "failed at 07:42"), unless their sentences name different days of the
      week.
    * Figures with no predicate match as the age of one named person ("Kevin
      Johnson" is "Kevin Deon Johnson"), a rate of one noun in a like context, or a
      count of one noun with the same modifiers ("150 Chinese passengers") in a
      close context (see ``_named_alike``).
    * What an amount is in tells a source's amounts apart ("$3 million in sales",
      "$500,000 in tax revenue"), so that each is compared only with amounts in the
      same thing or in nothing said; amounts of one class in the same thing in
      sentences of one claim match with no more context.
    * In sentences of one claim, two parts of counts that agree ("nine hurt,
      including four children", "including five children") match, and so do
      figures that are both expected, whoever made the forecast (see
      :mod:`.one_claim`).
    * Vetoes: different roles (a change against a level), a period against none
      (a figure for "the first three months" or "last month" against one without),
      different currencies (an unknown one matches any), units of different
      things (cars and trucks; cars and vehicles may match), different sizes
      of a thing ("55 metres long", "20 metres wide"), different years,
      months or periods given with the figures, and sentences that name years
      that may date the figures but none in common ("in 2019" and "in 2021"; not
      the year of another happening, "opened in 1931", nor years against a year).
    * The context cosine weighs each word by its rarity among the set's figures
      (``idf``) and its nearness, with a weight of :data:`.cosine.OWN` for the figure
      itself, so that one shared word is little evidence (see :mod:`.cosine`).

    Args:
        bucket: Figures of one kind and unit, anchored
            (:func:`~summarize.analysis._figures.frame.anchor`).
        lexicon: The predicate classes.
        idf: Context stem -> its weight in the set.

    Returns:
        A boolean matrix of the pairs that match, and a score matrix (context
        cosine, plus one for a shared class) that ranks the matches.

    Example:
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> from summarize.text._languages import stemmer
        >>> from summarize.records import Sentence
        >>> lexicon = lexicon_for(stemmer("english"))
        >>> a = Sentence("a", 0, 0, 27, "Nearly 300 people fled it.")
        >>> b = Sentence("b", 0, 0, 32, "They evacuated 500 people.")
        >>> figures = read_figures([a, b], {}, lexicon)
        >>> alike(figures, lexicon, {t: 1.0 for f in figures for t in f.terms})[0].tolist()
        [[True, True], [True, True]]
    """
    similarity = context_cosines([f.terms for f in bucket], idf)
    together = _together(bucket)
    close = (similarity >= CONTEXT) | together
    classes = np.array([f.classes for f in bucket], dtype=np.int64)
    shared = (classes[:, None] & classes[None, :]) != 0
    strong = (classes[:, None] & classes[None, :] & lexicon.strong) != 0
    neither = (classes[:, None] == 0) & (classes[None, :] == 0)
    lows = np.array([f.quantity.low for f in bucket])
    highs = np.array([f.quantity.high for f in bucket])
    apart = (lows[:, None] > highs[None, :]) | (lows[None, :] > highs[:, None])
    one_source = same([f.source for f in bucket])
    # what amounts are in tells them apart: "$3 million in sales", "$500,000 in tax revenue"
    told = [f.phrase if f.kind == "money" else "" for f in bucket]
    given = np.array([bool(t) for t in told])
    distinct = given[:, None] & given[None, :] & ~same(told)
    # in one thing, in sentences of one claim: their places and times need not be said alike
    told_alike = given[:, None] & given[None, :] & ~distinct & one_claim(bucket)
    # A source that gives several different figures of one kind ("143 in Germany",
    # "24 in Belgium") leaves it to the context to say which is which.
    ambiguous = (one_source & apart & (shared | neither) & ~distinct).any(axis=1)
    anchored = np.array([f.anchored for f in bucket])
    period = np.array(
        [
            any(isinstance(x, tuple) and x[0] in ("duration", "last") for x in f.frame)
            for f in bucket
        ]
    )
    guarded = ambiguous[:, None] | ambiguous[None, :] | (anchored[:, None] & anchored[None, :])
    if bucket[0].kind == "duration":  # a period is read from its context, and "three years
        guarded[:] = True  # probation" is not "six months in jail"
        shared &= same([f.phrase for f in bucket])
    scoped = np.array([bool(f.scope) for f in bucket])
    guarded |= scoped[:, None] & scoped[None, :] & ~_share([f.scope for f in bucket])
    if bucket[0].kind == "time":  # the time of one happening: "collapsed at 7:42 a.m.",
        strong = shared  # "failed at 07:42"
    elif bucket[0].kind != "count":
        strong[:] = False  # a class alone says what is counted only of counts
    matches = (
        (strong & (~guarded | close))
        | (shared & ~strong & ((similarity >= WEAK) | together | told_alike) & (~guarded | close))
        | (neither & _named_alike(bucket, similarity, together))
        | parts_alike(bucket, together)
        | forecasts(bucket)
    )
    matches &= same([f.role for f in bucket]) & ~distinct
    if bucket[0].kind == "time":
        matches &= _same_day(bucket)  # not Monday's and Tuesday's
    if bucket[0].kind == "count":  # cars are vehicles, but a truck is no car
        units = [f.unit for f in bucket]
        if len(set(units)) > 1:
            matches &= _kin(units)
        matches &= ~_parts(bucket, lows, highs)
    if bucket[0].kind == "measure":  # the length and the width of one span
        sizes = np.array([f.dimension for f in bucket])
        given = sizes != ""
        matches &= ~(given[:, None] & given[None, :] & (sizes[:, None] != sizes[None, :]))
    if bucket[0].kind == "age":  # a person's age is not given for a period: "Ida Roe, 29,
        period[:] = False  # was arrested last week" is her age now
    matches &= period[:, None] == period[None, :]  # "in the first three months" against none
    if bucket[0].kind == "money":
        currency = np.array([f.currency for f in bucket])
        unknown = currency == UNKNOWN_CURRENCY
        matches &= (currency[:, None] == currency[None, :]) | unknown[:, None] | unknown[None, :]
    # given for different years or periods (an age is a person's now, whenever it is told)
    framed = np.array([bool(f.frame) and f.kind != "age" for f in bucket])
    matches &= ~(framed[:, None] & framed[None, :] & ~_share([f.frame for f in bucket]))
    dated = np.array([bool(f.years) for f in bucket])  # "in 2019", "in 2021" (none of a year)
    if dated.sum() > 1:
        matches &= ~(dated[:, None] & dated[None, :] & ~_share([f.years for f in bucket]))
    return matches, similarity + shared


def _parts(bucket: Sequence[Figure], lows: np.ndarray, highs: np.ndarray) -> np.ndarray:
    """Which counts count two things, or a part and a whole it may be part of.

    "two counts of assault" and "six counts of vandalism", "first-degree" and
    "second-degree" assault, count two things; "five counts of third-degree vandalism"
    and "six counts of vandalism" count a part and its whole, and both may be true.
    A part greater than its whole is left to match (at most it *may* differ: see
    :mod:`summarize.analysis._certainty`). Two forecasts in sentences of one claim
    are one forecast whatever their nouns' words ("475,000 new claims", "500,000
    claims": see :func:`.one_claim.forecasts`).
    """
    size = len(bucket)
    found = np.zeros((size, size), dtype=bool)
    read = [i for i, f in enumerate(bucket) if f.thing is not None]
    if len({bucket[i].thing for i in read}) < 2:
        return found
    for i in read:
        for j in read:
            one, two = bucket[i], bucket[j]
            found[i, j] = apart(one, two) or (part_of(one, two) and lows[i] <= highs[j])
    found |= found.T
    expected = np.array([f.role == "expected" for f in bucket])
    found &= ~(expected[:, None] & expected[None, :] & one_claim(bucket))
    return found


def _named_alike(
    bucket: Sequence[Figure], similarity: np.ndarray, together: np.ndarray
) -> np.ndarray:
    """Which figures with no predicate still count one thing.

    The size or age of one thing: the same noun ("the 200ft middle span", "the
    span, 55 metres long"; "a 68-year-old bridge") in sentences that name a name in
    common, state one claim or have like contexts (two "27-inch displays" of two
    makers are two things); the age of one named person; a count of one noun with the same modifiers
    ("150 Chinese passengers", or a compound count with the same head: "a 30-car
    pileup", "a 25-vehicle pileup") in a like context or in sentences that state
    one claim, the phrase saying what is counted wherever it is; a count of one
    noun with no modifiers in sentences of one claim given for the same places
    and times (``together``) whose contexts have something in common ("eight
    stories below", "six stories below"), unless it is a part of another count
    ("31 killed, including six children": the children of another toll may be
    three); a rate of one noun ("vehicles a day")
    in a context with something in common. Words around a bare figure say too
    little: six children of "the average woman" in one century and seven in
    one country are not two versions of a fact.
    """
    if bucket[0].kind in ("measure", "age"):  # "the 200ft span", "a 68-year-old bridge"
        heads = np.array([f.phrase for f in bucket])
        matches = (heads[:, None] == heads[None, :]) & (heads[:, None] != "")
        matches &= (similarity >= CONTEXT) | one_claim(bucket) | _share([f.names for f in bucket])
    if bucket[0].kind == "age":  # "Kevin Johnson" is "Kevin Deon Johnson", not "Ann Johnson"
        for i, j in zip(*np.nonzero(_share([f.person for f in bucket])), strict=True):
            one, two = bucket[i].person, bucket[j].person
            matches[i, j] = one <= two or two <= one
    if bucket[0].kind in ("measure", "age"):
        return np.asarray(matches)
    if bucket[0].kind == "count" and "/" in bucket[0].unit:
        return np.asarray((similarity >= WEAK) | together)
    if bucket[0].kind == "count":
        phrases = np.array([f.phrase if " " in f.phrase else "" for f in bucket])
        named = (phrases[:, None] == phrases[None, :]) & (phrases[:, None] != "")
        if not together.any():
            return np.asarray(named & ((similarity >= CONTEXT) | one_claim(bucket)))
        bare = np.array([not f.phrase and not f.part for f in bucket])
        unit = bucket[0].unit != ""
        return np.asarray(
            (named & ((similarity >= CONTEXT) | one_claim(bucket)))
            | (together & (similarity >= WEAK) & unit & bare[:, None] & bare[None, :])
        )
    return np.zeros(similarity.shape, dtype=bool)


def _together(bucket: Sequence[Figure]) -> np.ndarray:
    """Which figures stand in sentences of one claim, given for the same places and times.

    Sentences that state one claim say the same thing, so their figures of one
    unit likely count one thing; not when a figure names a place or body that
    the other's sentence does not name, or a period the other does not give
    ("15 killed in the Idlib area" and "104 killed in Homs"; "$70 million in
    donations" and "$2 million to Citizens United"; "0.8 percent from March to
    April" and "3% from a year before"). "Killed two in Aleppo" and "in Aleppo,
    killed at least three" are one place however the sentences order it.
    """
    together = one_claim(bucket)
    if not together.any():
        return together
    framed = np.array([bool(f.frame) for f in bucket])
    together &= framed[:, None] == framed[None, :]
    together &= _share([f.frame for f in bucket]) | ~framed[:, None]
    for i, j in zip(*np.nonzero(together), strict=True):
        one, two = bucket[i], bucket[j]
        together[i, j] = one.scope <= two.names and two.scope <= one.names
    return together


def _same_day(bucket: Sequence[Figure]) -> np.ndarray:
    """Which figures' sentences name no different days of the week ("on Monday", "Tuesday")."""
    days = [frozenset(_DAYS.findall(f.sentence.text)) for f in bucket]
    named = np.array([bool(d) for d in days])
    return np.asarray(~(named[:, None] & named[None, :]) | _share(days))


_DAYS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _kin(units: Sequence[str]) -> np.ndarray:
    """Which pairs of the units may count one thing (see :func:`.counted.kin`)."""
    kinds = sorted(set(units))
    code = {unit: n for n, unit in enumerate(kinds)}
    table = np.array([[kin(one, two) for two in kinds] for one in kinds])
    codes = np.array([code[unit] for unit in units])
    return np.asarray(table[codes[:, None], codes[None, :]])


def same(values: Sequence[object]) -> np.ndarray:
    """Return which pairs of the items have equal values.

    Example:
        >>> same(["a", "b", "a"]).astype(int).tolist()
        [[1, 0, 1], [0, 1, 0], [1, 0, 1]]
    """
    index: dict[object, int] = {}
    codes = np.array([index.setdefault(value, len(index)) for value in values])
    return np.asarray(codes[:, None] == codes[None, :])


def _share(sets: Sequence[Set[object]]) -> np.ndarray:
    """Which pairs of the sets have an element in common."""
    holders: dict[object, list[int]] = {}
    for row, items in enumerate(sets):
        for item in items:
            holders.setdefault(item, []).append(row)
    shared = np.zeros((len(sets), len(sets)), dtype=bool)
    filled = [row for row, items in enumerate(sets) if items]
    shared[filled, filled] = True  # a set that is not empty shares with itself
    for rows in holders.values():
        if len(rows) > 1:
            shared[np.ix_(rows, rows)] = True
    return shared


def overlap(one: Figure, two: Figure) -> bool:
    """Return whether two figures' ranges have a value in common (open bounds are infinite).

    Example:
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> from summarize.text._languages import stemmer
        >>> from summarize.records import Sentence
        >>> s = Sentence("a", 0, 0, 44, "Over 50 people fled, and about 60 were hurt.")
        >>> one, two = read_figures([s], {}, lexicon_for(stemmer("english")))
        >>> overlap(one, two)
        True
    """
    return one.quantity.low <= two.quantity.high and two.quantity.low <= one.quantity.high
