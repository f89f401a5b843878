"""Figures in English text: what they count, in what unit, and the range they allow.

The base of analysis/'s figures: :func:`find_quantities` reads each figure with its
exact span and hedge; :mod:`summarize.analysis._figures.context` then reads what it is
about, for :mod:`summarize.analysis._disagree` to compare across sources.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

import attrs

from .anchors import anchored, anchors
from .scan import Reading, Scan, read_number
from .units import plausible, rate, read_unit
from .words import CURRENCY_CODES, CURRENCY_SIGNS, HEDGES, MONTHS, SHORT_SCALES

__all__ = ["KINDS", "Quantity", "find_quantities", "find_quantities_in", "scan_quantities"]

#: The kinds of figure :func:`find_quantities` returns.
KINDS = ("count", "money", "percent", "measure", "duration", "age", "year", "time", "ratio")

_WORDS_AND_SPACES = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*\s+")
_NUMBER_ABBREVIATION = re.compile(r"\bno\.\s?\Z", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_DASHES = ("-", "\u2013")
_HEDGE_ENDS = frozenset(phrase[-1] for phrase in HEDGES)


@attrs.frozen
class Quantity:
    """One figure found in a text.

    Attributes:
        start: Offset of the figure's first character, hedge included.
        end: Offset one past its last one (scale, currency and unit words included;
            a counted noun is not part of the figure).
        text: ``text[start:end]`` as written ("nearly 30,000", "$38.5 million").
        low: Smallest value the figure allows, in ``unit``.
        high: Largest value it allows (``math.inf`` for "more than x").
        value: The figure itself, in ``unit``.
        kind: One of :data:`KINDS`.
        unit: The normalised unit: for counts the counted noun in the singular
            ("person", "vehicle/day" for a rate), "" when none is named
            ("injuring 12"); "%" or "pp" (percentage points); a currency sign;
            "m", "m2", "kg", "l", "km/h", "°C"; "day" (durations); "year" (ages and
            calendar years); "minute" (times of day, after midnight); "times".
        noun: The counted noun as written ("people"), or "".
        hedge: "" (exact), "about", "nearly", "over", "under", "range", "before",
            "after" or "vague".

    Example:
        >>> q = find_quantities("Nearly 30,000 people fled.")[0]
        >>> q.text, q.low, q.high, q.unit, q.noun
        ('Nearly 30,000', 27000.0, 30000.0, 'person', 'people')
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    value: float
    kind: str
    unit: str
    noun: str = ""
    hedge: str = ""


def find_quantities(text: str) -> list[Quantity]:
    """Return the figures of ``text`` in order, each with its span, unit and range.

    Finds counts ("1,500 civilians", "Eleven people", "a dozen"), money ("$38.5
    million"), percentages ("40%", "100 percent", "%100"), measures ("200ft", "60
    metres"; normalised to m, m2, kg, l, km/h, °C), durations ("up to two years",
    in days), ages ("93-year-old"), calendar years ("in 1931") and times of day
    ("7:42 a.m.", in minutes after midnight), each with its exact span, hedge
    included: ``text[q.start:q.end] == q.text``. The hedge gives the range (see
    ``_bounds``).

    Not read as figures: the day of a calendar date ("Oct. 14"; the year of a
    date is a ``year``), ISO dates, ordinals ("3rd"), decades ("1990s"), numbers
    glued to a name or label ("Boeing 737", "COVID-19", "No. 10"), a "one" that
    counts nothing ("one of them", "no one"), and fractions ("two thirds").

    Args:
        text: Any text; figures are read in English.

    Returns:
        One :class:`Quantity` per figure, in text order, spans not overlapping.

    Example:
        >>> text = "More than 50,000 people left; repairs cost $38.5 million."
        >>> for q in find_quantities(text):
        ...     print(repr(q.text), q.kind, q.unit, q.low, q.high)
        'More than 50,000' count person 50000.0 inf
        '$38.5 million' money $ 38500000.0 38500000.0
    """
    return find_quantities_in([text])[0]


def find_quantities_in(texts: Sequence[str]) -> list[list[Quantity]]:
    """Return the figures of each text: :func:`find_quantities` of many texts at once.

    The texts are scanned for where figures may start in one pass, so many short
    texts (the sentences of a set) are read faster than one by one.

    Args:
        texts: Any texts.

    Returns:
        One list per text, as :func:`find_quantities` gives it.

    Example:
        >>> [[q.text for q in found] for found in find_quantities_in(["Two ran.", "No."])]
        [['Two'], []]
    """
    found: list[list[Quantity]] = [[] for _ in texts]
    for number, quantities, _ in scan_quantities(texts):
        found[number] = quantities
    return found


def scan_quantities(texts: Sequence[str]) -> Iterator[tuple[int, list[Quantity], Scan]]:
    """Yield the figures of each text where a figure may start, with the text's tokens.

    The scan is linear: where a figure may start is found first
    (:mod:`summarize.analysis._figures.anchors`), and each start is read a few
    tokens either way (:mod:`summarize.analysis._figures.scan` reads the number,
    :mod:`summarize.analysis._figures.units` what it counts; the words are in
    :mod:`summarize.analysis._figures.words`).

    Args:
        texts: Any texts.

    Yields:
        The text's number, its figures (as :func:`find_quantities` gives them,
        maybe none) and its :class:`~summarize.analysis._figures.scan.Scan`, text by text.

    Example:
        >>> [(n, len(found), scan.lows) for n, found, scan in scan_quantities(["No.", "Two ran."])]
        [(1, 1, ['two', 'ran', '.'])]
    """
    numbers, starts, ends = anchors(texts)
    k = 0
    while k < len(numbers):
        number = numbers[k]
        scan = Scan(texts[number], starts[k])
        found: list[Quantity] = []
        done = 0
        while k < len(numbers) and numbers[k] == number:
            if starts[k] >= done:  # else an earlier figure took it in
                quantity, done = _read(scan, starts[k])
                if quantity is not None:
                    found.append(quantity)
                if ends[k] > done:
                    done = ends[k]
            k += 1
        yield number, found, scan


def _read(scan: Scan, pos: int) -> tuple[Quantity | None, int]:
    """Read the figure whose number starts at ``pos``; return it and where reading stopped."""
    r = read_number(scan, pos)
    if r is None or _glued(scan.text, r.start):
        return None, r.end if r else pos
    back = scan.before(pos)
    previous = back[-1][0] if back else ""
    previous_word = previous  # the last word before the number other than "."
    if previous == ".":
        previous_word = next((w for w, _ in back[-2::-1] if w != "."), "")
    if not r.words and r.value <= 31 and r.value.is_integer():
        j = bisect_left(scan.starts, r.end)
        if previous_word in MONTHS or (j < scan.size and scan.lows[j] in MONTHS and (
                scan.text[scan.starts[j]].isupper())):  # fmt: skip
            return None, r.end  # the day of "Oct. 14", "8 March"
    currency = _currency(scan.text, r, back)
    if previous in ("minus", "\u2212") or (previous == "-" and r.start == back[-1][1] + 1 and (
            len(back) < 2 or back[-2][1] + len(back[-2][0]) < back[-1][1])):  # fmt: skip
        r.value, r.start = -r.value, back[-1][1]
    number_start = r.start
    _hedge(scan.text, r, back if r.start == pos else [b for b in back if b[1] < r.start])
    if r.hedge == "between" and not _second_number(scan, r):
        r.hedge, r.start = "", number_start
    if not r.words and r.hedge != "range" and not _dash_range(scan, r):
        return None, r.end
    if back and back[-1] == ("%", r.start - 1) and not r.words and not _after_digit(scan, r):
        r.start, r.kind, r.unit = r.start - 1, "percent", "%"  # "%100", as some sources write it
        number_start = r.start
    elif r.kind == "year":
        pass
    elif currency:
        r.kind, r.unit = "money", currency
        j = bisect_left(scan.starts, r.end)
        if j < scan.size and scan.starts[j] == r.end and scan.lows[j] in SHORT_SCALES:
            r.value, r.end = r.value * SHORT_SCALES[scan.lows[j]], scan.ends[j]  # "$5m", "£2bn"
        rate(scan, r, r.end)
    elif not read_unit(scan, r):
        return None, r.end
    if not plausible(scan, r, back, previous_word):
        return None, r.end
    if (r.hedge.startswith(("before", "after")) and r.kind != "time") or (
        r.kind == "year" and r.hedge not in ("", "about", "range")
    ):
        r.hedge, r.start = "", number_start
    low, high = _bounds(r)
    factor, offset = r.factor, r.offset
    return Quantity(
        r.start, r.end, scan.text[r.start : r.end], low * factor + offset, high * factor + offset,
        r.value * factor + offset, r.kind, r.unit, r.noun, r.hedge.rstrip("-"),
    ), r.end  # fmt: skip


def _glued(text: str, start: int) -> bool:
    """Whether the number is part of a name or label: "MP3", "COVID-19", "Mum-of-two", "No. 4"."""
    before = text[max(0, start - 4) : start]
    if before[-1:].isalnum() or before[-1:] in ("_", "#", "\u2116"):
        return True
    if before[-1:] in _DASHES and before[-2:-1].isalnum():
        return not before.lower().endswith("mid-")
    return "." in before and bool(_NUMBER_ABBREVIATION.search(before))


def _currency(text: str, r: Reading, back: list[tuple[str, int]]) -> str:
    """The currency written before the number ("$", "US$", "EUR"), moving its start; or ""."""
    if not back:
        return ""
    word, at = back[-1]
    gap = text[at + len(word) : r.start]
    if word in CURRENCY_SIGNS and gap in ("", " "):
        sign, r.start = CURRENCY_SIGNS[word], at
        if len(back) > 1 and back[-2][1] + len(back[-2][0]) == at and back[-2][0].isalpha():
            r.start = back[-2][1]  # "US$", "A$": the letters are part of the sign
            return sign if back[-2][0] == "us" else back[-2][0].upper() + sign
        return sign
    if word in CURRENCY_CODES and word != "us" and gap == " " and text[at : at + 1].isupper():
        r.start = at
        return CURRENCY_CODES[word]
    return ""


def _hedge(text: str, r: Reading, back: list[tuple[str, int]]) -> None:
    """Take the hedge written just before the figure ("nearly", "more than") into it."""
    if not back or back[-1][0] not in _HEDGE_ENDS:
        return
    words = [w for w, _ in back]
    for size in (4, 3, 2, 1):
        phrase = tuple(words[-size:])
        if len(phrase) == size and phrase in HEDGES:
            first = back[-size][1]
            if _WORDS_AND_SPACES.fullmatch(text[first : r.start]):
                r.hedge, r.start = HEDGES[phrase], first
            return


def _second_number(scan: Scan, r: Reading) -> bool:
    """Read the "and y" of "between x and y" into a range."""
    j = bisect_left(scan.starts, r.end)
    if scan.size - j < 2:
        return False
    k = j + 1
    if scan.size - j > 2 and scan.lows[k] in CURRENCY_SIGNS and not scan.spaced(j + 2):
        k = j + 2  # "between $70.5 billion and $72.5 billion"
    if scan.lows[j] != "and" or not anchored(scan.text, scan.starts[k]):
        return False
    second = read_number(scan, scan.starts[k])
    if second is None or second.value < r.value:
        return False
    r.high_value, r.end, r.hedge = second.value, second.end, "range"
    return True


def _dash_range(scan: Scan, r: Reading) -> bool:
    """Read "x-y" into a range; False for what is not a figure (a score "2-1", a date)."""
    j = bisect_left(scan.starts, r.end)
    if j + 1 >= scan.size or scan.lows[j] not in _DASHES or scan.starts[j] > r.end:
        return True
    k = j + 1
    if scan.kind(k) != "num" or scan.spaced(k):
        return True
    if j + 2 < scan.size and scan.lows[j + 2] in ("-", "/") and not scan.spaced(j + 2):
        r.end = scan.ends[min(j + 3, scan.size - 1)]
        return False  # 2019-03-27
    second = scan.lows[k]
    high = float(second.replace(",", "")) if _DIGITS.fullmatch(second) else 0.0
    if 1000 <= r.value <= 2100 and len(second) in (2, 4) and "," not in second:
        century = r.value - r.value % 100 if len(second) == 2 else 0.0
        high += century
        if high > r.value:
            r.kind, r.unit, r.hedge, r.high_value = "year", "year", "range", high
            r.end = scan.ends[k]
            return True
    if high > r.value and not (r.value < 32 and high < 32):
        r.hedge, r.high_value, r.end = "range", high, scan.ends[k]
        return True
    r.end = scan.ends[k]
    return False


def _bounds(r: Reading) -> tuple[float, float]:
    """The range the hedge allows, in the written unit.

    A hedge turns a figure ``x`` into a range ``[low, high]``. The bounds are
    generous on purpose: a figure read too strictly would make two sources
    "disagree" when they do not. A range and a vague amount come with their
    high value already read (``r.high_value``).

    ====================================================  ==========================================
    hedge (as written)                                    range
    ====================================================  ==========================================
    none                                                  ``[x, x]``
    about, around, roughly, some, an estimated, x or so   ``x`` ± half its last rounded digit
                                                          (3,000 is rounded to the thousand), kept
                                                          between 5% and 10% of ``x``
    nearly, almost, close to, just under                  ``[0.9x, x]``
    more than, over, at least, upwards of, x or more      ``[x, inf]`` (``math.inf``)
    up to, fewer than, less than, under, at most          ``[0, x]``
    between x and y; x-y                                  ``[x, y]``
    before, after (times of day)                          60 minutes before or after (30 with
                                                          *shortly* or *just*), ``x`` excluded
    about (times of day; years)                           ± 15 minutes; ± 5 years
    dozens, hundreds, thousands, tens of thousands, ...   vague: ``[24, 100]``, ``[200, 1000]``,
                                                          ``[2000, 10000]``, ``[20000, 100000]``...
                                                          with ``hedge == "vague"``
    ====================================================  ==========================================
    """
    x, hedge = r.value, r.hedge
    if r.high_value is not None:
        return x, r.high_value
    if hedge == "about":
        if r.kind in ("time", "year"):
            spread = 15.0 if r.kind == "time" else 5.0
        else:
            spread = abs(x) * min(max(_step(x) / 2 / abs(x), 0.05), 0.10) if x else 0.0
        return x - spread, x + spread
    if hedge == "nearly":
        return x - (15.0 if r.kind == "time" else abs(x) * 0.1), x
    if hedge == "over":
        return x, math.inf
    if hedge == "under":
        return (-math.inf if x < 0 else 0.0), x
    if hedge.startswith(("before", "after")):
        spread = 30.0 if hedge.endswith("-") else 60.0
        return (x - spread, x - 1) if hedge.startswith("before") else (x + 1, x + spread)
    return x, x


def _step(x: float) -> float:
    """The place of the last significant digit of ``x``: 1000 for 22,000, 0.1 for 38.5."""
    if x.is_integer():
        n, step = int(abs(x)), 1.0
        while n and n % 10 == 0:
            n, step = n // 10, step * 10
        return step
    return 10.0 ** -len(f"{abs(x):.6f}".rstrip("0").split(".")[1])


def _after_digit(scan: Scan, r: Reading) -> bool:
    """Whether the sign before the number ends the figure before it ("5%3": "5%", then 3)."""
    return r.start >= 2 and scan.text[r.start - 2].isdigit()
