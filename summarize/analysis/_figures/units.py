"""What a number counts or measures: the words after it, and whether it is a figure at all.

In analysis/'s figure reading, after :mod:`summarize.analysis._figures.scan` reads a
number: :func:`read_unit` reads the words after it and :func:`plausible` decides what a
bare number is, for :mod:`summarize.analysis._figures.quantities`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .anchors import anchored
from .scan import Reading, Scan, read_number
from .words import (
    ADJACENT_MEASURES,
    ADVERB_PERIODS,
    AFTER_HEDGES,
    CURRENCY_WORDS,
    DURATIONS,
    IRREGULAR,
    LABELS,
    MEASURES,
    MONTHS,
    PARTITIVE,
    PERIOD_ABBREVIATIONS,
    PERIODS,
    PERSON,
    SENTENCE_OPENERS,
    STOP,
    UNCOUNTED,
    VERBS,
    YEAR_PREPOSITIONS,
)  # fmt: skip

__all__ = ["plausible", "rate", "read_unit"]

_AMPM = re.compile(r"\s?([ap])(?:\.\s?m\b\.?|\s?m\b)|\s?o['\u2019]clock\b", re.IGNORECASE)
_MINUTES = re.compile(r":([0-5][0-9])(?![0-9])")
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_DASHES = ("-", "\u2013")
_CLOCK_STARTS = frozenset({"a", "p", "am", "pm", "o'clock", "o\u2019clock"})  # of _AMPM's matches
#: The first words of every unit :func:`read_unit` reads after a space.
_UNIT_STARTS = frozenset(
    {*_DASHES, "°", *_CLOCK_STARTS, "percent", "pct", "per", "percentage", *CURRENCY_WORDS,
     "square", "sq", "degrees", *MEASURES, *DURATIONS, "times"}
)  # fmt: skip


def read_unit(scan: Scan, r: Reading) -> bool:
    """Read what the figure counts or measures; False when it is not a figure ("3rd", "5G").

    Completes the :class:`~summarize.analysis._figures.scan.Reading` from a few
    tokens after its number. The rules, in the order they are tried:

    * "%", "percent", "per cent" make a percentage, "percentage points" a change
      in points; "50%-52%" is a range.
    * Glued to the number: "7:42" (with an optional a.m./p.m.), "8pm", "4.5C",
      "200ft", "3x"; any other glued word means no figure ("3rd", "1990s", "5G").
    * "93-year-old", "48-hour", "forty-tonne", "50-plus", "a 30-car pileup".
    * A currency word ("euros"; "pounds" only for millions or with "sterling"),
      "square" measures, "degrees Celsius", a measure, a duration (with its
      smaller part: "1 hour, 30 minutes"), "times".
    * Otherwise a count (see ``_count_noun``).
    * A unit becomes a rate when "a day", "per year", "annually" follows
      (see :func:`rate`).

    Example:
        >>> scan = Scan("1,500 US troops left", 0)
        >>> r = Reading(0, 5, 1500.0)
        >>> read_unit(scan, r), r.unit, r.noun
        (True, 'troop', 'troops')
    """
    j, size, lows = bisect_left(scan.starts, r.end), scan.size, scan.lows
    if j == size:
        return True
    word = lows[j]
    nxt = lows[j + 1] if j + 1 < size else ""
    glued = scan.starts[j] == r.end
    if word == "%" and not r.words:
        if j + 3 < size and lows[j + 1] in _DASHES and lows[j + 3] == "%" and (
                scan.kind(j + 2) == "num"):  # fmt: skip
            high = float(lows[j + 2].replace(",", "")) if _DIGITS.fullmatch(lows[j + 2]) else 0.0
            if high > r.value and not any(scan.spaced(k) for k in range(j + 1, j + 4)):
                r.hedge, r.high_value = "range", high  # "50%-52%"
                return _set(r, "percent", "%", scan.ends[j + 3]) and rate(scan, r, r.end)
        return _set(r, "percent", "%", scan.ends[j]) and rate(scan, r, r.end)
    if not r.words and glued:
        clock = _MINUTES.match(scan.text, r.end) if word == ":" else None
        if clock and r.value < 24 and r.value.is_integer():
            r.value += int(clock[1]) / 60
            return _clock(scan, r, clock.end(), required=False)
        if word[0].isalpha():
            if scan.piece(j) in ("C", "F"):
                return _temperature(r, scan.piece(j), scan.ends[j])
            if word in ("am", "pm"):
                return _clock(scan, r, r.end, required=True)
            if word in ADJACENT_MEASURES:
                return _measure(r, word, scan.ends[j])
            if word == "x":
                return _set(r, "ratio", "times", scan.ends[j])
            return False  # "3rd", "1990s", "5G"
    if word not in _UNIT_STARTS:  # none of the units below: a count
        _after_hedge(scan, r, j)
        return _count_noun(scan, r)
    if word in _DASHES and glued and j + 1 < size and not scan.spaced(j + 1):
        return _compound(scan, r, j)
    if word == "°" and j + 1 < size and scan.piece(j + 1) in ("C", "F"):
        return _temperature(r, scan.piece(j + 1), scan.ends[j + 1])
    if word in _CLOCK_STARTS and not r.words and _AMPM.match(scan.text, r.end) and (
            r.value <= 12 and r.value.is_integer()):  # fmt: skip
        return _clock(scan, r, r.end, required=True)
    if word in ("percent", "pct") or (word, nxt) == ("per", "cent"):
        return _set(r, "percent", "%", scan.ends[j + 1] if word == "per" else scan.ends[j])
    if (word, nxt) in (("percentage", "points"), ("percentage", "point")):
        return _set(r, "percent", "pp", scan.ends[j + 1])
    if word in CURRENCY_WORDS and (word != "pounds" or r.value >= 1e6 or nxt == "sterling"):
        return _set(r, "money", CURRENCY_WORDS[word], scan.ends[j]) and rate(scan, r, r.end)
    if word in ("square", "sq") and nxt in MEASURES and MEASURES[nxt][0] == "m":
        r.kind, r.unit, r.end, r.factor = "measure", "m2", scan.ends[j + 1], MEASURES[nxt][1] ** 2
        return True
    if word == "degrees" and nxt in ("celsius", "fahrenheit", "c", "f"):
        return _temperature(r, nxt[0].upper(), scan.ends[j + 1])
    if word in MEASURES:
        return _measure(r, word, scan.ends[j])
    if word in DURATIONS:
        if nxt == "old" and word.startswith(("year", "month", "week", "day")):
            return _age(r, word, scan.ends[j + 1])
        r.kind, r.unit, r.end, r.factor = "duration", "day", scan.ends[j], DURATIONS[word]
        _coarse(r, word)
        _smaller_part(scan, r)
        return rate(scan, r, r.end)
    if word == "times":
        return _set(r, "ratio", "times", scan.ends[j])
    _after_hedge(scan, r, j)
    return _count_noun(scan, r)


def _smaller_part(scan: Scan, r: Reading) -> None:
    """Add the smaller unit of "1 hour, 30 minutes" or "two years and six months"."""
    j = bisect_left(scan.starts, r.end)
    if j < scan.size and scan.piece(j) in (",", "and"):
        j += 1
    if j == scan.size or not anchored(scan.text, scan.starts[j]):
        return
    part = read_number(scan, scan.starts[j])
    if part is None:
        return
    k = bisect_left(scan.starts, part.end)
    if k < scan.size and DURATIONS.get(scan.lows[k], r.factor) < r.factor:
        r.value += part.value * DURATIONS[scan.lows[k]] / r.factor
        r.end = scan.ends[k]


def _set(r: Reading, kind: str, unit: str, end: int) -> bool:
    r.kind, r.unit, r.end = kind, unit, end
    return True


def _measure(r: Reading, word: str, end: int) -> bool:
    unit, factor = MEASURES[word]
    r.kind, r.unit, r.end, r.factor = "measure", unit, end, factor
    return True


def _temperature(r: Reading, scale: str, end: int) -> bool:
    r.kind, r.unit, r.end = "measure", "°C", end
    if scale == "F":
        r.factor, r.offset = 5 / 9, -32 * 5 / 9
    return True


def _age(r: Reading, word: str, end: int) -> bool:
    r.kind, r.unit, r.end, r.factor = "age", "year", end, DURATIONS[word] / 365.25
    _coarse(r, word)
    return True


def _coarse(r: Reading, word: str) -> None:
    """A figure in decades or centuries is a rounded one: "three-decade-old" is about 30."""
    if not r.hedge and word.startswith(("decade", "centur")):
        r.hedge = "about"


def _clock(scan: Scan, r: Reading, pos: int, *, required: bool) -> bool:
    """Finish a time of day at ``pos``: an optional (or ``required``) a.m. / p.m."""
    half = _AMPM.match(scan.text, pos)
    if half is None and required:
        return False
    hours = r.value
    if half is not None and half[1]:
        if hours >= 13:
            return False
        hours = hours % 12 + (12 if half[1].lower() == "p" else 0)
    r.value, r.kind, r.unit = round(hours * 60), "time", "minute"
    r.end = half.end() if half is not None else pos
    return True


def _compound(scan: Scan, r: Reading, j: int) -> bool:
    """Read "93-year-old", "48-hour", "7.5-tonne", "50-plus", "forty-tonne" (a dash at ``j``)."""
    word, end = scan.lows[j + 1], scan.ends[j + 1]
    if word in DURATIONS and scan.lows[j + 2 : j + 4] == ["-", "old"]:
        return _age(r, word, scan.ends[j + 3])
    if word in DURATIONS:
        r.kind, r.unit, r.end, r.factor = "duration", "day", end, DURATIONS[word]
        _coarse(r, word)
        return True
    if word in MEASURES:
        return _measure(r, word, end)
    if word in ("plus", "odd"):
        r.hedge, r.end = ("over" if word == "plus" else "about"), end
    elif word[0].isalpha():  # "a seven-count indictment", "a 30-car pileup"
        r.noun, r.unit, r.end = scan.piece(j + 1), _singular(word), end
    return True


def _after_hedge(scan: Scan, r: Reading, j: int) -> None:
    """Take "or so", "or more", "+" written just after the number into the figure."""
    if r.hedge:
        return
    pair = tuple(scan.lows[j : j + 2])
    if len(pair) == 2 and pair in AFTER_HEDGES:
        r.hedge, r.end = AFTER_HEDGES[pair], scan.ends[j + 1]
    elif (scan.lows[j],) in AFTER_HEDGES and scan.starts[j] == r.end:
        r.hedge, r.end = AFTER_HEDGES[(scan.lows[j],)], scan.ends[j]


def _count_noun(scan: Scan, r: Reading) -> bool:
    """Find the noun a count counts: "1,500 civilians", "2,000 US troops", "three of the dead".

    The noun is the first plural among up to four words after the number ("2,000
    US troops"), stopped by a function word, a verb or a participle ("12
    killed"); "three of the dead" counts a part. A count of one takes the last of
    those words ("one fatality").
    """
    lows, j = scan.lows, bisect_left(scan.starts, r.end)
    stop = min(j + 7, scan.size)
    if r.hedge == "vague" and j < stop and lows[j] == "of":
        j += 1  # "thousands of people"
    elif j + 2 < stop and lows[j] == "of" and lows[j + 1] in PARTITIVE:
        k = j + 2
        if lows[j + 1] in ("the", "those", "these", "its", "their") and lows[k][0].isalpha() and (
                lows[k] not in STOP):  # fmt: skip
            r.noun, r.unit = scan.piece(k), f"{_singular(lows[k])} (part)"
        return True
    run: list[int] = []
    for k in range(j, stop):
        word = lows[k]
        if not word[0].isalpha() or (word in STOP and not scan.piece(k).isupper()) or (
                word in VERBS):  # fmt: skip
            break
        if word.endswith(("ed", "ing")) and not _plural(word):
            break  # "12 killed", "200 remaining"
        run.append(k)
        if len(run) == 4:
            break
    head = -1
    if r.value == 1 and run:
        head = run[-2] if len(run) > 1 and lows[run[-1]].endswith("s") else run[-1]
    elif run:
        plurals = [k for k in run if scan.piece(k)[:1].islower() and _plural(lows[k])]
        if plurals:
            head = plurals[0]
        elif _plural(lows[run[-1]]) and not scan.piece(run[-1]).isupper():
            head = run[-1]
    if head >= 0:
        r.noun, r.unit = scan.piece(head), _singular(lows[head])
        if r.unit in PERSON:
            r.unit = "person"
        rate(scan, r, scan.ends[head])
    return True


def _plural(word: str) -> bool:
    if word in IRREGULAR or word in UNCOUNTED:
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _singular(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in UNCOUNTED or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def rate(scan: Scan, r: Reading, pos: int) -> bool:
    """Make the unit a rate when "a day", "per year", "annually" follows offset ``pos``.

    Example:
        >>> scan = Scan("25,000 cars a day", 0)
        >>> r = Reading(0, 6, 25000.0, unit="car")
        >>> rate(scan, r, 11), r.unit
        (True, 'car/day')
    """
    j = bisect_left(scan.starts, pos)
    words = scan.lows[j : j + 2]
    if len(words) == 2 and words[0] in ("a", "an", "per", "each", "every", "/") and (
            words[1] in PERIODS or words[1] in PERIOD_ABBREVIATIONS):  # fmt: skip
        r.unit += f"/{PERIOD_ABBREVIATIONS.get(words[1], words[1])}"
    elif words[:1] and words[0] in ADVERB_PERIODS:
        r.unit += f"/{ADVERB_PERIODS[words[0]]}"
    return True


def plausible(scan: Scan, r: Reading, back: list[tuple[str, int]], previous_word: str) -> bool:
    """Decide what a bare number is: a year, an age after a name, a label, or nothing.

    A bare four-digit number from 1000 to 2100 is a year; a number after a label
    ("stage 4") or a capitalised word inside a sentence ("Boeing 737") is no
    figure, nor is "in two" with nothing counted ("snapped in two"); after "aged"
    or between commas after a name ("Ann Roe, 52,") it is an age.

    Args:
        scan: The text's tokens.
        r: The figure read so far.
        back: The tokens before the figure's number (lower-cased, with their starts).
        previous_word: The last of them that is not ".".

    Example:
        >>> scan = Scan("It opened in 1931", 13)
        >>> r = Reading(13, 17, 1931.0)
        >>> plausible(scan, r, scan.before(13), "in"), r.kind
        (True, 'year')
    """
    if r.kind != "count" or r.hedge == "vague":
        return True
    written = scan.text[r.start : r.end].split()[-1] if not r.words else ""
    if written.isdigit() and len(written) == 4 and 1000 <= r.value <= 2100 and (
            not r.unit or previous_word in YEAR_PREPOSITIONS):  # fmt: skip
        r.kind, r.unit, r.noun = "year", "year", ""
        return True
    if previous_word in LABELS and not r.unit:
        return False  # "stage 4", "Flight 370", "phase two"
    if previous_word in ("age", "aged") and not r.unit and r.value <= 130:
        r.kind, r.unit = "age", "year"  # "died at age 36"
        return True
    if r.words and previous_word == "in" and r.value == 2 and not r.unit and not r.hedge:
        return False  # "the bridge snapped in two": no count
    if r.words:
        return r.value != 1 or (bool(r.unit) and previous_word not in ("no", "any", "every"))
    if r.hedge or not back:
        return True
    word, at = back[-1]
    after = scan.text[r.end : r.end + 1]
    if word == "," and not r.unit and len(back) > 1 and scan.text[back[-2][1]].isupper():
        if r.value <= 120 and r.value.is_integer() and after in ("", ",", ")", ".", ";"):
            r.kind, r.unit = "age", "year"  # "Tomas Brill, 52, said"
        return True
    opener = len(back) < 2 or back[-2][0] in SENTENCE_OPENERS
    label = scan.text[at].isupper() and word.isalpha() and not opener and word not in MONTHS
    return not label  # "Boeing 737", "Route 66"
