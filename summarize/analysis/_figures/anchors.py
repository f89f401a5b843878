"""Where figures may start in texts: digit runs and number words.

The first step of analysis/'s figure reading: :func:`anchors` finds the places that
:mod:`summarize.analysis._figures.quantities` then reads, in many texts at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from .words import WORD_NUMBERS

__all__ = ["DIGIT_RUN", "Anchors", "anchored", "anchors"]

#: A run of digits, as anchors and tokens read it.
DIGIT_RUN = r"[0-9]+(?:[.,][0-9]+)*"
_WORDS = "|".join(WORD_NUMBERS)
_FIRSTS = "".join(sorted({word[0] for word in WORD_NUMBERS}))
_ANCHOR = re.compile(rf"{DIGIT_RUN}|\b(?=[{_FIRSTS}])(?:{_WORDS})\b")  # on lower-cased text
_ANCHOR_ANY_CASE = re.compile(_ANCHOR.pattern, re.IGNORECASE)
# In texts joined by "\n", a number word is read with the non-word character before it.
_WORD_ANCHOR = re.compile(rf"\W(?:{_WORDS})\b")
# The first three letters of a number word, and the first four of one of four or more letters.
_PREFIXES = np.array(
    sorted({(ord(w[0]) << 16) | (ord(w[1]) << 8) | ord(w[2]) for w in WORD_NUMBERS}),
    dtype=np.uint32,
)
_LONG_PREFIXES = np.array(
    sorted(
        {(ord(w[0]) << 24) | (ord(w[1]) << 16) | (ord(w[2]) << 8) | ord(w[3])
         for w in WORD_NUMBERS if len(w) > 3}
    ),
    dtype=np.uint32,
)  # fmt: skip
_BATCH = 4096  # characters from which texts are matched joined
_LONGEST = max(map(len, WORD_NUMBERS))
_LONGER_LOWER = "\u0130"  # "İ", the one character whose lower case is two


class Anchors(NamedTuple):
    """Where figures may start in texts: parallel lists, by text then offset."""

    numbers: list[int]  # the text's place among the texts
    starts: list[int]
    ends: list[int]


def anchors(texts: Sequence[str]) -> Anchors:
    """Return where a figure may start in each text.

    A figure may start at a run of ASCII digits with inner "," or "." ("1,500",
    "38.5") anywhere, or at a number word of
    :data:`~summarize.analysis._figures.words.WORD_NUMBERS` as a whole word, in any
    case. Each text gets the anchors it would get alone; anchors never overlap.
    Texts are matched lower-cased; a text holding "İ", whose lower case is two
    characters, is matched on its own so that offsets stay the text's. Short
    inputs are matched text by text with one pattern; from a few thousand
    characters on (``_BATCH``), the texts are joined, and digit runs and the places
    where a number word may start are found on the characters' codes at once
    (numpy), the pattern confirming each word there (see ``_joined_anchors``).

    Args:
        texts: Any texts.

    Returns:
        The text number, start and end of each anchor, by text and then offset.

    Example:
        >>> anchors(["Eleven of 1,500 left.", "None.", "2 left."])
        Anchors(numbers=[0, 0, 2], starts=[0, 10, 0], ends=[6, 15, 1])
    """
    if sum(map(len, texts)) < _BATCH:
        return _one_by_one(texts, range(len(texts)))
    joined = "\n" + "\n".join(texts)
    alone: list[int] = []
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
    if alone:
        more = np.array(_one_by_one(texts, alone), dtype=np.int64).reshape(3, -1)
        numbers = np.concatenate([numbers, more[0]])
        starts, ends = np.concatenate([starts, more[1]]), np.concatenate([ends, more[2]])
        order = np.lexsort((starts, numbers))
        numbers, starts, ends = numbers[order], starts[order], ends[order]
    return Anchors(numbers.tolist(), starts.tolist(), ends.tolist())


def _one_by_one(texts: Sequence[str], numbers: Sequence[int]) -> Anchors:
    """The anchors of the texts of ``numbers``, matched one by one."""
    found = Anchors([], [], [])
    for n in numbers:
        for start, end in _anchors_of(texts[n]):
            found.numbers.append(n)
            found.starts.append(start)
            found.ends.append(end)
    return found


def _joined_anchors(joined: str) -> tuple[np.ndarray, np.ndarray]:
    """The anchors of texts joined by newlines, as arrays of starts and ends.

    Digit runs are found on the characters' codes at once (one byte each: a
    character past Latin-1 is "?", an ASCII capital is lower-cased). A number
    word is looked for only where a letter follows a character that is not an
    ASCII letter or digit and the word's first four letters start a number word
    (or its first three are one, then a non-letter: "six,"); the pattern
    confirms it there, on the lower-cased text around it.
    """
    codes = np.frombuffer((joined + "\n\n\n").encode("latin-1", "replace"), dtype=np.uint8)
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
    first, second, third, fourth = (codes[places + i].astype(np.uint32) for i in range(4))
    places = places[
        np.isin((first << 16) | (second << 8) | third, _PREFIXES)
        & (
            np.isin((first << 24) | (second << 16) | (third << 8) | fourth, _LONG_PREFIXES)
            | ~letter[places + 3]
        )
    ]
    word_starts, word_ends = [], []
    for place in places.tolist():
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
