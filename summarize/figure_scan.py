r"""Where figures may start in a text, its tokens there, and the numbers they write.

:func:`anchors` finds where a figure may start: a run of digits ("1,500",
"38.5") or a number word of :data:`~summarize.figure_words.WORD_NUMBERS` as a
whole word. :class:`Scan` cuts a text into tokens from a little before its
first anchor on, and :func:`read_number` reads the number at an anchor into a
:class:`Reading`, which :mod:`summarize.figure_units` and
:mod:`summarize.quantities` complete.

Rules:

* A token is a run of ASCII digits with inner "," or "." ("1,500.5"), a run of
  letters with inner apostrophes ("o'clock"), or any other single character;
  whitespace separates tokens and is never part of one.
* A number is digits, with a scale word after a space ("1.5 million"), or
  number words: "eleven", "a hundred and five", "two dozen", "half a million",
  "forty-two". "a" counts as one only before "hundred", "dozen" or a scale. A
  vague plural ("dozens", "tens of thousands") is read only before "of".
* Digit runs longer than 18 characters, or with misplaced commas ("1,50"),
  are not numbers.
* Texts read together are scanned in one pass; each text gets the anchors it
  would get alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from operator import sub
from typing import NamedTuple

import attrs
import numpy as np

from .figure_words import SCALES, SMALL, TENS, VAGUE, WORD_NUMBERS

__all__ = ["LOOK_BACK", "Anchors", "Reading", "Scan", "anchored", "anchors", "read_number"]

#: Characters before a text's first anchor that its tokens start from: a figure's
#: hedge, currency or label is read from the words just before it.
LOOK_BACK = 96

_WORDS = "|".join(WORD_NUMBERS)
_FIRSTS = "".join(sorted({word[0] for word in WORD_NUMBERS}))
_DIGIT_RUN = r"[0-9]+(?:[.,][0-9]+)*"
_ANCHOR = re.compile(rf"{_DIGIT_RUN}|\b(?=[{_FIRSTS}])(?:{_WORDS})\b")  # on lower-cased text
_ANCHOR_ANY_CASE = re.compile(_ANCHOR.pattern, re.IGNORECASE)
# In texts joined by "\n", a number word is read with the non-word character before it.
_WORD_ANCHOR = re.compile(rf"\W(?:{_WORDS})\b")
_PREFIXES = np.array(
    sorted({(ord(w[0]) << 16) | (ord(w[1]) << 8) | ord(w[2]) for w in WORD_NUMBERS}),
    dtype=np.uint32,
)
_BATCH = 4096  # characters from which texts are scanned joined
_LONGEST = max(map(len, WORD_NUMBERS))
_LONGER_LOWER = "\u0130"  # "İ", the one character whose lower case is two
_TOKEN = re.compile(rf"{_DIGIT_RUN}|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\S")
# The same tokens, each with the whitespace before it (ASCII words first, the most common).
_SPACED_TOKEN = re.compile(
    r"\s*(?:[a-z]+(?:[^\W\d_]+)?(?:['\u2019][^\W\d_]+)*|[0-9]+(?:[.,][0-9]+)*"
    r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\S)"
)
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_ARTICLE = re.compile(r"\b(an?)\s+\Z", re.IGNORECASE)
_NUMERALS = frozenset("0123456789")



class Anchors(NamedTuple):
    """Where figures may start in texts: parallel lists, by text then offset."""

    numbers: list[int]  # the text's place among the texts
    starts: list[int]
    ends: list[int]


def anchors(texts: Sequence[str]) -> Anchors:
    """Return where a figure may start in each text.

    Args:
        texts: Any texts.

    Returns:
        The text number, start and end of each anchor, by text and then offset.

    Example:
        >>> anchors(["Eleven of 1,500 left.", "None.", "2 left."])
        Anchors(numbers=[0, 0, 2], starts=[0, 10, 0], ends=[6, 15, 1])
    """
    alone: Sequence[int] = range(len(texts))
    if sum(map(len, texts)) >= _BATCH:
        joined = "\n" + "\n".join(texts)
        alone = []
        if _LONGER_LOWER in joined:
            # A letter whose lower case is longer ("İ"): such texts are read alone, and
            # blanks of their length keep the others' offsets.
            alone = [n for n, text in enumerate(texts) if _LONGER_LOWER in text]
            blank = {n: " " * len(texts[n]) for n in alone}
            joined = "\n" + "\n".join(blank.get(n, text) for n, text in enumerate(texts))
        starts, ends = _joined_anchors(joined)
        bases = np.cumsum([1] + [len(text) + 1 for text in texts])
        numbers = np.searchsorted(bases, starts, side="right") - 1
        starts, ends = starts - bases[numbers], ends - bases[numbers]
    else:
        numbers = starts = ends = np.zeros(0, dtype=np.int64)
    if alone:
        spans = [(n, *span) for n in alone for span in _anchors_of(texts[n])]
        more = np.array(spans, dtype=np.int64).reshape(-1, 3)
        numbers = np.concatenate([numbers, more[:, 0]])
        starts, ends = np.concatenate([starts, more[:, 1]]), np.concatenate([ends, more[:, 2]])
        order = np.lexsort((starts, numbers))
        numbers, starts, ends = numbers[order], starts[order], ends[order]
    return Anchors(numbers.tolist(), starts.tolist(), ends.tolist())


def _joined_anchors(joined: str) -> tuple[np.ndarray, np.ndarray]:
    """The anchors of texts joined by newlines, as arrays of starts and ends.

    Digit runs are found on the characters' codes at once (one byte each: a
    character past Latin-1 is "?", an ASCII capital is lower-cased). A number
    word is looked for only where a letter follows a character that is not an
    ASCII letter or digit and the word's first three letters start a number
    word; the pattern confirms it there, on the lower-cased text around it.
    """
    codes = np.frombuffer((joined + "\n\n").encode("latin-1", "replace"), dtype=np.uint8)
    codes = codes + ((codes - 65) < 26) * np.uint8(32)
    digit = (codes - 48) < 10
    separator = (codes == 44) | (codes == 46)
    inside = np.zeros_like(digit)  # continues the run before it: "1,5" has one run
    inside[1:] = digit[:-1]
    inside[2:] |= separator[1:-1] & digit[:-2]
    going = np.zeros_like(digit)  # the run goes on after it
    going[:-1] = digit[1:]
    going[:-2] |= separator[1:-1] & digit[2:]
    starts = [np.flatnonzero(digit & ~inside)]
    ends = [np.flatnonzero(digit & ~going) + 1]
    letter = (codes - 97) < 26
    ascii_word = letter | digit | (codes == 95)  # "_"; other characters are checked below
    places = np.flatnonzero(letter[1:] & ~ascii_word[:-1]) + 1
    wide = codes.astype(np.uint32)
    prefixes = (wide[places] << 16) | (wide[places + 1] << 8) | wide[places + 2]
    word_starts, word_ends = [], []
    for place in places[np.isin(prefixes, _PREFIXES)].tolist():
        match = _WORD_ANCHOR.match(joined[place - 1 : place + _LONGEST + 1].lower())
        if match is not None:
            word_starts.append(place)
            word_ends.append(place - 1 + match.end())
    starts.append(np.array(word_starts, dtype=np.int64))
    ends.append(np.array(word_ends, dtype=np.int64))
    all_starts, all_ends = np.concatenate(starts), np.concatenate(ends)
    order = np.argsort(all_starts, kind="stable")
    return all_starts[order], all_ends[order]


def _anchors_of(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    if len(lowered) == len(text):
        return [m.span() for m in _ANCHOR.finditer(lowered)]
    return [m.span() for m in _ANCHOR_ANY_CASE.finditer(text)]  # offsets must stay the text's


def anchored(text: str, pos: int) -> bool:
    """Whether a figure may start at ``pos`` of ``text``.

    Example:
        >>> anchored("about twenty", 6), anchored("plenty", 2)
        (True, False)
    """
    return _ANCHOR_ANY_CASE.match(text, pos) is not None


class Scan:
    """A text's tokens, and how far back from its first anchor a figure may read.

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

    Example:
        >>> read_number(Scan("1.5 million", 0), 0).value
        1500000.0
    """
    i = scan.index(pos)
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
