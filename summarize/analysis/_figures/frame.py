"""What a figure is given for: its role, the names and periods around it, its sentence's names.

Part of analysis/'s figure reading: :mod:`summarize.analysis._figures.context` reads a
figure's role, scope and frame (:func:`frame_of`) and whose age it is (:func:`person`);
:mod:`summarize.analysis._disagree` has :func:`anchor` mark the figures of a set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING, NamedTuple

from ...records import Sentence
from .predicates import (
    CALENDAR,
    EXPECTED,
    INCREMENT,
    MONTH_NAMES,
    OPENERS,
    REPORTING,
    SEPARATORS,
)
from .tokens import SentenceTokens

_LAST = frozenset({"week", "month", "year", "weekend"})
_AGO = frozenset({"earlier", "before", "ago"})

if TYPE_CHECKING:
    from .figure import Figure

__all__ = ["Frame", "anchor", "frame_of", "names_of", "person"]

_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}\b(?!['\u2019]?[A-Z])")  # a \b first
_NONE: frozenset[str] = frozenset()  # one empty set for all: many figures have none


class Frame(NamedTuple):
    """What a figure is given for.

    Attributes:
        role: "change", "earlier", "expected", "other", "whole" or "".
        scope: The names in its stretch, speakers left out.
        frame: The years, months and periods it is given for.
    """

    role: str
    scope: frozenset[str]
    frame: frozenset[object]


def frame_of(tokens: SentenceTokens, k: int, before: Sequence[int], after: Sequence[int]) -> Frame:
    """Return the role, scope and frame of figure ``k`` of a sentence.

    * Role: "earlier" after "from" ("down from 943,000"); "whole" for the second
      figure of "four of five"; "expected" with an expectation word in the
      stretch ("economists expected 3.6 percent"); "other" with "other" or
      "another" next to it ("three other sailors"); "change" with "additional",
      "extra", "more", "further" or "new" next to it; otherwise "".
    * Scope: the capitalised names in the figure's stretch, less those next to a
      reporting word (who said it is not what it counts; see ``_scope``).
    * Frame: a year or period written next to the figure with no separator
      between, the months named in its stretch, "last" or "past" before a
      week, month or year in its sentence ("12 killed last month" is not the
      "five killed on Sunday"), and the span of a change its sentence gives ("3%
      from a year earlier" is not "0.8% from March to April").

    Args:
        tokens: The sentence's tokens.
        k: The figure's place among the sentence's figures.
        before: The indices of its stretch's tokens before it, nearest first.
        after: Those after it.

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "An additional 40 people fled in May."
        >>> tokens = SentenceTokens(text, find_quantities(text), None)
        >>> frame_of(tokens, 0, [1, 0], [3, 4, 5, 6])
        Frame(role='change', scope=frozenset(), frame=frozenset({'May'}))
    """
    lows, spans = tokens.lows, tokens.spans
    a = spans[k][0]
    near = {lows[i] for i in (*before[:2], *after[:2])}
    whole = k and a > 1 and lows[a - 1] == "of" and spans[k - 1][1] == a - 1
    role = (
        "earlier" if a and lows[a - 1] == "from"  # "down from 943,000"
        else "whole" if whole  # the five of "four of five charges"
        else "expected" if any(lows[i] in EXPECTED for i in (*before, *after))
        else "other" if near & {"other", "another"}  # "three other sailors"
        else "change" if near & INCREMENT
        else ""
    )  # fmt: skip
    quantities = tokens.quantities
    frame: set[object] = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(quantities) and quantities[j].kind in ("year", "duration"):
            low, high = sorted((spans[j], spans[k]))
            if not any(lows[i] in SEPARATORS for i in range(low[1], high[0])):
                frame.add((quantities[j].kind, round(quantities[j].value, 3)))
    texts = tokens.texts
    frame.update(texts[i] for i in (*before, *after) if texts[i] in MONTH_NAMES)
    # "last month", "last week", anywhere in the sentence: a count of an earlier
    # period, not of the event itself (precision first: a sentence that also gives
    # today's count marks it too, and it is then compared with fewer figures)
    frame.update(
        ("last", lows[i + 1])
        for i in range(len(lows) - 1)
        if lows[i] in ("last", "past") and lows[i + 1] in _LAST
    )
    # "from a year earlier", "a month before": a change over that span, not over another
    frame.update(
        ("over", lows[i + 1])
        for i in range(len(lows) - 2)
        if lows[i] in ("a", "the") and lows[i + 1] in _LAST and lows[i + 2] in _AGO
    )
    return Frame(role, _scope(texts, lows, [*before, *after]), frozenset(frame) if frame else _NONE)


def names_of(text: str) -> frozenset[str]:
    """Return the names of a sentence, those that may open a sentence and calendar words aside.

    Example:
        >>> sorted(names_of("Police in Tarnland said on Monday that Ida Roe's car"))
        ['Ida', 'Roe', 'Tarnland']
    """
    names = frozenset(
        _name(m.group())
        for m in _CAPITALISED.finditer(text)
        if m.start() > 1 and text[m.start() - 2] not in OPENERS and m.group() not in CALENDAR
    )
    return names if names else _NONE


def anchor(
    figures: Sequence[Figure], sentences: Sequence[Sentence], sources: Mapping[str, str]
) -> None:
    """Mark, in place, the figures whose sentence names something no other source names.

    A sentence is *anchored* when one of its names (capitalised words not opening
    a sentence, months and weekdays aside) is named by no other source of the set.

    Args:
        figures: Figures read by :func:`~summarize.analysis._figures.context.read_figures`.
        sentences: All the sentences of the set they were read from.
        sources: Article id -> source name.

    Example:
        >>> from summarize.text._languages import stemmer
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> a = Sentence("a", 0, 0, 35, "In Tarnland, 40 people fled on May 3.")
        >>> b = Sentence("b", 0, 0, 26, "Tarnland saw 50 people flee.")
        >>> figures = read_figures([a, b], {}, lexicon_for(stemmer("english")))
        >>> anchor(figures, [a, b], {})
        >>> [f.anchored for f in figures]
        [False, False]
    """
    wanted = frozenset().union(*(f.names for f in figures))
    if not wanted:
        return
    parts: dict[str, list[str]] = {}
    for sentence in sentences:
        parts.setdefault(sources.get(sentence.article, sentence.article), []).append(sentence.text)
    spread: Counter[str] = Counter()
    for texts in parts.values():
        spread.update(wanted.intersection(_CAPITALISED.findall("\n".join(texts))))
    for figure in figures:
        figure.anchored = any(spread[name] < 2 for name in figure.names)


def _is_name(texts: list[str], i: int) -> bool:
    """Whether token i is a name.

    A name is a capitalised word of three letters or more with no capital
    inside, a possessive "'s" dropped, not a calendar word and not opening a
    sentence.
    """
    word = _name(texts[i])
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and word not in CALENDAR
        and texts[i - 1] not in OPENERS
    )


def _name(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def person(texts: list[str], a: int, b: int, stop: Set[str] = frozenset()) -> frozenset[str]:
    """Return the name an age belongs to: "Kevin Johnson, 25" or "28-year-old Geraldine Alcorn".

    A capitalised word that opens the sentence or a clause (after a colon, a
    quote ...) is taken as the first name when another name of the person
    follows it and it is no stop word ("as: Kevin Deon Johnson, 24"; not "The"
    of "The Johnson, 25").

    Args:
        texts: The sentence's tokens as written.
        a: The index of the age's first token.
        b: The index of the first token after it.
        stop: Stop words (lower-case), never a first name.

    Example:
        >>> sorted(person(["Police", "held", "Ida", "Marsh", ",", "29"], 5, 6))
        ['Ida', 'Marsh']
    """
    if a > 1 and texts[a - 1] == ",":
        run = range(a - 2, max(-1, a - 5), -1)
    else:
        run = range(b, min(len(texts), b + 3))
    names: list[str] = []
    for i in run:
        if not (i and _is_name(texts, i)):
            if names and _opens_name(texts, i, names) and texts[i].lower() not in stop:
                names.append(_name(texts[i]))  # "as: Kevin Deon Johnson, 24"
            break
        names.append(_name(texts[i]))
    return frozenset(names) if names else _NONE


def _opens_name(texts: list[str], i: int, names: list[str]) -> bool:
    """Whether token ``i``, before a name and after an opener, is that name's first word.

    A capitalised word after a colon, a quote or a stop may open a clause rather
    than be a name; before another name of the person ("Kevin" of "as: Kevin Deon
    Johnson, 24") it is the first name.
    """
    word = _name(texts[i])
    return (
        (i == 0 or texts[i - 1] in OPENERS)
        and len(word) > 2
        and word[0].isupper()
        and word[1:].islower()
        and word not in CALENDAR
        and word not in names
    )


def _scope(texts: list[str], lows: list[str], own: list[int]) -> frozenset[str]:
    """The names in a figure's own stretch (places, bodies), less those of who said it."""
    names = set()
    for i in own:
        if not i or not texts[i][:1].isupper() or not _is_name(texts, i):
            continue
        if not any(lows[j] in REPORTING for j in range(max(0, i - 2), i + 4) if j < len(lows)):
            names.add(_name(texts[i]))
    return frozenset(names) if names else _NONE
