"""Picks that give a forecast another source gives: one consensus, another survey's figure.

In claims/, read by :mod:`summarize.claims._exclusives` on the picks: economic news gives
what forecasters expected beside what came ("Economists surveyed by a bank had looked for
720,000 new hires." in one source, "far fewer than the roughly 700,000 expected by
forecasters" in another). The two tell one fact, what was expected, in words that share
nothing but the kind of figure, and their figures differ as two surveys do: a pick that
gives a figure next to a word of forecasting ("expected", "forecast", "estimate",
"economists surveyed") within :data:`FORECAST_SHARE` of a figure that another source
gives next to such a word is no one source's news. Counts of a thousand or more and
shares ("0.5%") only: a small count is an age or a tally as often. Nor is a pick that
says on which side of the forecast the outcome fell ("hired more workers than
expected", "unexpectedly slowed") when another source says the same side ("more than
the 870,000 economists had expected", "far below forecasts"). English only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

__all__ = ["FORECAST_SHARE", "Forecasts", "same_forecast"]

#: Two forecast figures tell one expectation when they differ by this share of the larger
#: or less (360,000 and 359,000; 387,000 and 400,000; not 671,000 and 559,000).
FORECAST_SHARE = 0.1

#: Most words between a word of forecasting and its figure.
_WINDOW = 8

_CUE = re.compile(
    r"(?:expect(?:ed|s|ing|ations?)?|forecast(?:s|ers?|ed|ing)?|predict(?:ed|s|ions?)?"
    r"|estimates?|estimated|consensus|economists?|analysts?|surveyed|polled|anticipated"
    r"|projected|projections?)",
    re.IGNORECASE,
)
# What each word of forecasting starts with, in lower case: most sentences hold none, and a
# search for these strings is many times faster than one of the pattern.
_CUE_STARTS = (
    "expect",
    "forecast",
    "predict",
    "estimat",
    "consensus",
    "economist",
    "analyst",
    "survey",
    "poll",
    "anticipated",
    "project",
)
# A figure: "720,000", "0.5", "1.2" with its unit after it, if any ("%", "million").
_FIGURE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(%|percent\b|per\s+cent\b|million\b|billion\b|trillion\b|thousand\b))?",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD = re.compile(r"\S+")

# Which side of the forecast the outcome fell on: "more workers than expected", "far
# below the consensus", "beat forecasts", "unexpectedly slowed".
_FORECAST_WORD = (
    r"(?:expected|forecast|forecasts|predicted|anticipated|estimated|expectations"
    r"|estimates|consensus|projected)"
)
_SOME_WORDS = r"(?:\W+[\w'\u2019.,-]+){0,5}?\W+"
_COMPARED = re.compile(
    r"\b(?:(?P<above>more|higher|greater|larger|bigger|better|stronger|faster|heavier)"
    r"|(?P<below>fewer|less|lower|smaller|weaker|worse|slower|lighter))\b"
    r"(?:\W+[\w'\u2019-]+){0,3}?\W+than\b" + _SOME_WORDS + _FORECAST_WORD + r"\b",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    r"\b(?:(?P<above>above|beat|beats|beating|exceeded|exceeds|exceeding|topped|surpassed)"
    r"|(?P<below>below|short\s+of|missed|misses|miss|undershot|undershooting|fraction\s+of))\b"
    + _SOME_WORDS
    + _FORECAST_WORD
    + r"\b",
    re.IGNORECASE,
)
_UNEXPECTED = re.compile(
    r"\bunexpectedly\s+(?:(?P<above>rose|increased|jumped|climbed|grew|surged|accelerated)"
    r"|(?P<below>fell|dropped|declined|slowed|slumped|shrank|contracted|decreased|eased))\b",
    re.IGNORECASE,
)


class Forecasts:
    """The forecasts a set's sentences give, read once, asked about each round of picks.

    Args:
        texts: The text of each row of the set.
        sources: The number of each row's source.

    Most sentences hold no word of forecasting: the texts are screened together once
    (:func:`may_cue`), and only the few that hold one are read for figures and sides.
    """

    def __init__(self, texts: Sequence[str], sources: Sequence[int]) -> None:
        self._sources = sources
        cued = [row for row in may_cue(texts) if _CUE.search(texts[row]) is not None]
        self._figures = {row: _forecasts(texts[row]) for row in cued}
        self._sides = {row: _side(texts[row]) for row in cued}
        self._sided: dict[int, set[int]] = {}  # side -> the sources that say it
        for row in cued:
            self._sided.setdefault(self._sides[row], set()).add(sources[row])
        self._given = [row for row in cued if self._figures[row]]

    def told(self, rows: Sequence[int]) -> set[int]:
        """The ``rows`` that give a forecast another source gives (see :func:`same_forecast`)."""
        sources, figures = self._sources, self._figures
        found: set[int] = set()
        for row in rows:
            mine, side = figures.get(row), self._sides.get(row, 0)
            if (side and bool(self._sided[side] - {sources[row]})) or (
                mine
                and any(
                    sources[other] != sources[row] and _alike(mine, figures[other])
                    for other in self._given
                )
            ):
                found.add(row)
        return found


def same_forecast(texts: Sequence[str], sources: Sequence[int], rows: Sequence[int]) -> set[int]:
    """The ``rows`` that give a forecast figure another source gives, give or take a survey.

    Args:
        texts: The text of each row of the set.
        sources: The number of each row's source.
        rows: The rows to test (the picks).

    So does a pick that says on which side of the forecast the outcome fell, when another
    source says the same side ("hired more workers than expected" beside "more than the
    870,000 that economists had expected"; "unexpectedly slowed" beside "far below
    forecasts"). To ask about several rounds of picks of one set, read it once with
    :class:`Forecasts`.

    Example:
        >>> texts = ["Economists surveyed by a bank had looked for 720,000 new hires.",
        ...          "Firms hired 235,000, far below the 700,000 that forecasters expected.",
        ...          "Economists had expected the fares to rise by 12,000 a year."]
        >>> sorted(same_forecast(texts, [0, 1, 1], [0, 2]))
        [0]
    """
    if not rows:
        return set()
    return Forecasts(texts, sources).told(rows)


def _cued(text: str) -> bool:
    """Whether ``text`` holds a word of forecasting (``_CUE``).

    Folded as the pattern's case is ("\u017f" as "s"), the text holds the start of one first.
    """
    folded = text.casefold()
    return any(start in folded for start in _CUE_STARTS) and _CUE.search(text) is not None


def may_cue(texts: Sequence[str]) -> list[int]:
    """The numbers of the texts that hold the start of a word of forecasting, in order.

    What :func:`_cued` screens text by text, read in the texts joined (folded as the
    pattern's case is): a few searches of one string for each start, and a look-up of
    the text each is in. A start holds no line break, so none runs from a text into the
    next. A text it gives may still hold no word of forecasting ("projector").
    """
    each = [text.casefold() for text in texts]  # its length may change ("\u00df": "ss")
    starts = list(itertools.accumulate((len(text) + 1 for text in each), initial=0))
    folded = "\n".join(each)
    found: set[int] = set()
    for start in _CUE_STARTS:
        at = folded.find(start)
        while at >= 0:
            row = bisect.bisect_right(starts, at) - 1
            found.add(row)
            at = folded.find(start, starts[row + 1])  # the next text: this one is found
    return sorted(found)


def _side(text: str) -> int:
    """1 when ``text`` says the outcome came above the forecast, -1 below, 0 neither or both."""
    said = {
        1 if found.group("above") else -1
        for pattern in (_COMPARED, _AGAINST, _UNEXPECTED)
        for found in pattern.finditer(text)
    }
    return said.pop() if len(said) == 1 else 0


def _alike(mine: list[tuple[float, bool]], theirs: list[tuple[float, bool]]) -> bool:
    """Whether a figure of ``mine`` and one of ``theirs``, of one kind, differ by little."""
    return any(
        share == other_share and abs(value - other) <= FORECAST_SHARE * max(value, other)
        for value, share in mine
        for other, other_share in theirs
    )


def _forecasts(text: str) -> list[tuple[float, bool]]:
    """The figures of ``text`` near a word of forecasting: (value, whether it is a share)."""
    starts = [word.start() for word in _WORD.finditer(text)]
    cues = [
        bisect.bisect_right(starts, cue.start()) - 1
        for cue in _CUE.finditer(text)
        if _whole(text, cue)
    ]
    if not cues:
        return []
    found = []
    for figure in _FIGURE.finditer(text):
        unit = (figure.group(2) or "").lower()
        share = unit.startswith(("%", "percent", "per"))
        value = float(figure.group(1).replace(",", "")) * _SCALE.get(unit, 1.0)
        plain_year = not unit and "," not in figure.group(1) and 1900 <= value <= 2100
        if plain_year or (not share and value < 1000):
            continue  # a year, an age, a small tally
        at = bisect.bisect_right(starts, figure.start()) - 1
        if any(abs(at - cue) <= _WINDOW for cue in cues):
            found.append((value, share))
    return found


def _whole(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a whole word of ``text`` (not "unexpected", "expectant")."""
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return not before.isalnum() and not after.isalnum()
