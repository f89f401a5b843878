"""A text's tokens, and the number written at a place where a figure may start.

In analysis/'s figure reading, after :mod:`summarize.analysis._figures.anchors`:
:class:`Scan` cuts a text into tokens and :func:`read_number` reads the number at an
anchor into a :class:`Reading`, which the sibling modules ``units`` and ``quantities`` complete.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from operator import sub

import attrs

from ..._regexes import possessive
from .anchors import DIGIT_RUN
from .words import SCALES, SMALL, TENS, VAGUE

__all__ = ["LOOK_BACK", "Reading", "Scan", "read_number"]

#: Characters before a text's first anchor that its tokens start from: a figure's
#: hedge, currency or label is read from the words just before it.
LOOK_BACK = 96

_TOKEN = re.compile(rf"{DIGIT_RUN}|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\S")
# The same tokens, each with the whitespace before it (ASCII words first, the most common).
# Possessive: this pattern runs over every sentence with a figure (see summarize._regexes).
_SPACED_TOKEN = possessive(
    r"\s*+(?:[a-z]++(?:[^\W\d_]+)?+(?:['\u2019][^\W\d_]+)*+|[0-9]++(?:[.,][0-9]+)*+"
    r"|[^\W\d_]++(?:['\u2019][^\W\d_]+)*+|\S)"
)
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_ARTICLE = re.compile(r"\b(an?)\s+\Z", re.IGNORECASE)
_NUMERALS = frozenset("0123456789")


class Scan:
    """A text's tokens, and how far back from its first anchor a figure may read.

    A token is a run of ASCII digits with inner "," or "." ("1,500.5"), a run of
    letters with inner apostrophes ("o'clock"), or any other single character;
    whitespace separates tokens and is never part of one. A figure reads back at
    most to :data:`LOOK_BACK` characters (and the rest of a word) before the
    text's first anchor.

    Attributes:
        text: The text.
        lows: Each token, lower-cased.
        starts: Offset of each token in ``text``.
        ends: Offset one past each token.
        size: How many tokens there are.
        floor: The first token a figure's hedge, currency or label may be read
            from: the first that starts ``LOOK_BACK`` characters (and the rest of
            a word) before the first anchor.

    Example:
        >>> scan = Scan("Some 1,500 people", 5)
        >>> scan.lows, scan.starts, scan.piece(0)
        (['some', '1,500', 'people'], [0, 5, 11], 'Some')
    """

    __slots__ = ("ends", "floor", "lows", "size", "starts", "text")

    def __init__(self, text: str, first: int, lowered: str | None = None) -> None:
        if lowered is None:
            lowered = text.lower()
        self.text = text
        if len(lowered) == len(text):
            # Pieces with the whitespace before them: no match object per token.
            pieces: list[str] = _SPACED_TOKEN.findall(lowered.rstrip())  # no quadratic tail
            self.lows: list[str] = list(map(str.lstrip, pieces))
            self.ends: list[int] = list(accumulate(map(len, pieces)))
            self.starts: list[int] = list(map(sub, self.ends, map(len, self.lows)))
        else:  # a letter whose lower case is longer ("İ"): offsets must stay the text's
            matches = list(_TOKEN.finditer(text))
            self.lows = [m.group().lower() for m in matches]
            self.starts = [m.start() for m in matches]
            self.ends = [m.end() for m in matches]
        self.size = len(self.lows)
        origin = text.rfind(" ", 0, first - LOOK_BACK) + 1 if first > LOOK_BACK else 0
        self.floor = bisect_left(self.starts, origin)

    def index(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def piece(self, i: int) -> str:
        """Token ``i`` as written."""
        return self.text[self.starts[i] : self.ends[i]]

    def spaced(self, i: int) -> bool:
        """Whether whitespace comes before token ``i``."""
        return self.starts[i] > (self.ends[i - 1] if i else 0)

    def kind(self, i: int) -> str:
        """The token's kind: "num", "word" or "mark"."""
        first = self.lows[i][0]
        return "num" if first in _NUMERALS else "word" if first.isalpha() else "mark"

    def before(self, pos: int, count: int = 6) -> list[tuple[str, int]]:
        """The ``count`` tokens before offset ``pos``, lower-cased, with their starts."""
        last = bisect_left(self.starts, pos)
        first = max(self.floor, last - count)
        return list(zip(self.lows[first:last], self.starts[first:last], strict=True))


@attrs.define
class Reading:
    """A figure being read: its number, then everything learned around it.

    Example:
        >>> r = read_number(Scan("two dozen eggs", 0), 0)
        >>> r.start, r.end, r.value, r.words
        (0, 9, 24.0, True)
    """

    start: int
    end: int
    value: float
    words: bool = False  # written in words
    kind: str = "count"
    unit: str = ""
    noun: str = ""
    hedge: str = ""
    high_value: float | None = None  # the second number of a range
    factor: float = 1.0
    offset: float = 0.0


def read_number(scan: Scan, pos: int) -> Reading | None:
    """Read the number whose first token starts at ``pos``: digits (and a scale), or words.

    A number is digits, with a scale word after a space ("1.5 million"), or
    number words: "eleven", "a hundred and five", "two dozen", "half a million",
    "forty-two". "a" counts as one only before "hundred", "dozen" or a scale. A
    vague plural ("dozens", "tens of thousands") is read only before "of".
    Digit runs longer than 18 characters, or with misplaced commas ("1,50"),
    are not numbers, and nor is a number word that starts inside a word ("o'one").

    Example:
        >>> read_number(Scan("1.5 million", 0), 0).value
        1500000.0
    """
    i = bisect_left(scan.starts, pos)
    if i == scan.size or scan.starts[i] != pos:
        return None  # "o'one": the anchor is inside a word
    low = scan.lows[i]
    if low[0] not in _NUMERALS:
        return _words(scan, pos, i)
    if len(low) > 18 or not _DIGITS.fullmatch(low):
        return None
    r = Reading(pos, scan.ends[i], float(low.replace(",", "")))
    if i + 1 < scan.size and scan.lows[i + 1] in SCALES and scan.spaced(i + 1):
        r.value, r.end = r.value * SCALES[scan.lows[i + 1]], scan.ends[i + 1]
    return r


def _words(scan: Scan, pos: int, i: int) -> Reading | None:
    """Read a number written in words: "Eleven", "two dozen", "a hundred and five"."""
    lows, stop = scan.lows, min(i + 10, scan.size)
    word = lows[i]
    after = lows[i + 1 : min(i + 4, stop)]
    if word in VAGUE or word == "tens":
        if after[:1] != ["of"]:
            return None
        low, high = VAGUE.get(word, (0.0, 0.0))
        end = scan.ends[i]
        if word in ("tens", "hundreds") and after[1:2] in (["thousands"], ["millions"]):
            scale = 1e3 if after[1] == "thousands" else 1e6
            low, high = (20 * scale, 100 * scale) if word == "tens" else (200 * scale, 1e3 * scale)
            end = scan.ends[i + 2]
        if not high:
            return None
        return Reading(pos, end, low, words=True, hedge="vague", high_value=high)
    if word == "century":
        if i + 2 < stop and scan.piece(i + 1) == "-" and scan.piece(i + 2) == "old":
            return Reading(pos, scan.ends[i + 2], 100.0, True, "age", "year", hedge="over")
        return None
    start, total, current, state, end = pos, 0.0, 0.0, "", pos
    if word in ("half", "dozen") or word in SCALES:
        article = _ARTICLE.search(scan.text[max(0, pos - 4) : pos])
        if word == "half" and after[:1] == ["a"] and len(after) > 1 and (
                after[1] in SCALES or after[1] == "dozen"):  # fmt: skip
            factor = 12.0 if after[1] == "dozen" else SCALES[after[1]]
            return Reading(pos, scan.ends[i + 2], 0.5 * factor, words=True)
        if word == "half" or not article:
            return None
        start, current, state = pos - len(article.group()), 1.0, "small"
    k = i
    while k < stop:
        word = lows[k]
        if not word[0].isalpha() and word != "-":
            break
        if word in SMALL and (state in ("", "hundred", "and", "scale") or (
                state == "tens" and 0 < SMALL[word] < 10)):  # fmt: skip
            current += SMALL[word]
            state = "small" if state != "tens" else "unit"
        elif word in TENS and state in ("", "hundred", "and", "scale"):
            current, state = current + TENS[word], "tens"
        elif word == "hundred" and state in ("small", "unit", "tens"):
            current, state = current * 100, "hundred"
        elif word in SCALES and word != "hundred" and state in ("small", "unit", "tens", "hundred"):
            total, current, state = total + current * SCALES[word], 0.0, "scale"
        elif word == "dozen" and state in ("small", "unit", "tens"):
            current, end = current * 12, scan.ends[k]
            break
        elif word == "and" and state in ("hundred", "scale") and k + 1 < stop and (
                lows[k + 1] in SMALL or lows[k + 1] in TENS):  # fmt: skip
            state = "and"
            k += 1
            continue
        elif word == "-" and k > i and not scan.spaced(k) and state == "tens":
            k += 1
            continue
        else:
            break
        end = scan.ends[k]
        k += 1
    if end == pos and start == pos:
        return None
    return Reading(start, end, total + current, words=True)
