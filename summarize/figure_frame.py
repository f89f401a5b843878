"""What a figure is given for: its role, the names and periods around it, its sentence's names.

:func:`describe` completes the :class:`~summarize.figure_context.Figure` of
figures that may match another (the others never need it), and
:func:`person` names whose age a figure is. Rules:

* Role: "earlier" after "from" ("down from 943,000"); "whole" for the second
  figure of "four of five"; "expected" with an expectation word in the
  stretch ("economists expected 3.6 percent"); "other" with "other" or
  "another" next to it ("three other sailors"); "change" with "additional",
  "extra", "more", "further" or "new" next to it; otherwise "".
* Scope: the capitalised names in the figure's stretch, less those next to a
  reporting word (who said it is not what it counts).
* Frame: a year or period written next to the figure with no separator
  between, and the months named in its stretch.
* A sentence is *anchored* when one of its names (capitalised words not
  opening a sentence, months and weekdays aside) is named by no other source
  of the set.
* A name is a capitalised word of three letters or more with no capital
  inside, a possessive "'s" dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .figure_predicates import (
    CALENDAR,
    EXPECTED,
    INCREMENT,
    MONTH_NAMES,
    OPENERS,
    REPORTING,
    SEPARATORS,
)
from .records import Sentence

if TYPE_CHECKING:
    from .figure_context import Figure, _Tokens

__all__ = ["describe", "person"]

_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{2,}\b(?!['\u2019]?[A-Z])")  # a \b first


def describe(
    figures: Sequence[Figure], sentences: Sequence[Sentence], sources: Mapping[str, str]
) -> None:
    """Set the role, scope, frame and anchoring of ``figures``, in place.

    Args:
        figures: Figures read by :func:`~summarize.figure_context.read_figures`.
        sentences: All the sentences of the set they were read from.
        sources: Article id -> source name.

    Example:
        >>> from summarize.languages import stemmer
        >>> from summarize.figure_context import read_figures
        >>> from summarize.figure_predicates import lexicon_for
        >>> s = Sentence("a", 0, 0, 37, "An additional 40 people fled in May.")
        >>> figures = read_figures([s], {}, lexicon_for(stemmer("english")))
        >>> describe(figures, [s], {})
        >>> figures[0].role, sorted(figures[0].frame), figures[0].anchored
        ('change', ['May'], False)
    """
    for figure in figures:
        tokens, k = figure.tokens, figure.number
        if tokens is None:
            raise ValueError("only figures that may match another can be described")
        lows, texts, spans = tokens.lows, tokens.texts, tokens.spans
        a = spans[k][0]
        before, after = figure.stretch
        near = {lows[i] for i in (*before[:2], *after[:2])}
        whole = k and a > 1 and lows[a - 1] == "of" and spans[k - 1][1] == a - 1
        figure.role = (
            "earlier" if a and lows[a - 1] == "from"  # "down from 943,000"
            else "whole" if whole  # the five of "four of five charges"
            else "expected" if any(lows[i] in EXPECTED for i in (*before, *after))
            else "other" if near & {"other", "another"}  # "three other sailors"
            else "change" if near & INCREMENT
            else ""
        )  # fmt: skip
        figure.scope = _scope(texts, lows, [*before, *after])
        figure.frame = _frame(figure, tokens)
    named = {id(f.sentence): _names(f.sentence.text) for f in figures}
    wanted = frozenset().union(*named.values())
    if not wanted:
        return
    parts: dict[str, list[str]] = {}
    for sentence in sentences:
        parts.setdefault(sources.get(sentence.article, sentence.article), []).append(sentence.text)
    spread: Counter[str] = Counter()
    for texts in parts.values():
        spread.update(wanted.intersection(_CAPITALISED.findall("\n".join(texts))))
    for figure in figures:
        figure.anchored = any(spread[name] < 2 for name in named[id(figure.sentence)])


def _names(text: str) -> frozenset[str]:
    """The names of a sentence, those that may open a sentence and calendar words aside."""
    return frozenset(
        _name(m.group())
        for m in _CAPITALISED.finditer(text)
        if m.start() > 1 and text[m.start() - 2] not in OPENERS and m.group() not in CALENDAR
    )


def _frame(figure: Figure, tokens: _Tokens) -> frozenset[object]:
    """What a figure is given for: a year, a month, a period written next to it."""
    k = figure.number
    quantities, spans, lows = tokens.quantities, tokens.spans, tokens.lows
    frame: set[object] = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(quantities) and quantities[j].kind in ("year", "duration"):
            low, high = sorted((spans[j], spans[k]))
            if not any(lows[i] in SEPARATORS for i in range(low[1], high[0])):
                frame.add((quantities[j].kind, round(quantities[j].value, 3)))
    before, after = figure.stretch
    frame.update(tokens.texts[i] for i in (*before, *after) if tokens.texts[i] in MONTH_NAMES)
    return frozenset(frame)


def _is_name(texts: list[str], i: int) -> bool:
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


def person(texts: list[str], a: int, b: int) -> frozenset[str]:
    """The name an age belongs to: "Kevin Johnson, 25" or "28-year-old Geraldine Alcorn".

    Args:
        texts: The sentence's tokens as written.
        a: The index of the age's first token.
        b: The index of the first token after it.

    Example:
        >>> sorted(person(["Police", "held", "Ida", "Marsh", ",", "29"], 5, 6))
        ['Ida', 'Marsh']
    """
    if a > 1 and texts[a - 1] == ",":
        run = range(a - 2, max(0, a - 5), -1)
    else:
        run = range(b, min(len(texts), b + 3))
    names = []
    for i in run:
        if not (i and _is_name(texts, i)):
            break
        names.append(_name(texts[i]))
    return frozenset(names)


def _scope(texts: list[str], lows: list[str], own: list[int]) -> frozenset[str]:
    """The names in a figure's own stretch (places, bodies), less those of who said it."""
    names = set()
    for i in own:
        if not i or not _is_name(texts, i):
            continue
        if not any(lows[j] in REPORTING for j in range(max(0, i - 2), i + 4) if j < len(lows)):
            names.add(_name(texts[i]))
    return frozenset(names)
