"""The thing a measure or the age of a thing is of: "the 200ft middle span", "a 68-year-old bridge".

Part of analysis/'s figure reading: :func:`head_of` gives
:mod:`summarize.analysis._figures.context` the noun a measure or an age that is no
person's describes, so that :mod:`summarize.analysis._figures.match` compares such
figures only when they are of one thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from .tokens import SentenceTokens
from .words import VERBS

__all__ = ["DIMENSIONS", "PEOPLE", "dimension_of", "head_of"]


def _set_of(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Words after a measure that say which of a thing's sizes it gives ("55 metres long"),
#: with the name of that size.
DIMENSIONS: Mapping[str, str] = {
    "long": "length", "wide": "width", "broad": "width", "high": "height", "tall": "height",
    "deep": "depth", "thick": "thickness",
}  # fmt: skip
#: Words before a figure that open a noun phrase it stands in ("the 200ft span").
_DETERMINERS = _set_of("a an the its their his her this that")
#: Words between a thing and its measure given after it ("the span, 55 metres long").
_LINKS = frozenset({",", "is", "was", "are", "were"})
#: Nouns of people: the age of a man or a nurse is a person's, read only with a name.
PEOPLE = _set_of(
    "man woman men women boy girl child children son daughter mother father wife husband "
    "brother sister baby infant toddler teen teenager youth student pupil person people "
    "victim suspect driver passenger resident worker officer soldier nurse doctor teacher "
    "mum mom dad grandmother grandfather grandson granddaughter friend neighbour neighbor "
    "gunman shooter player athlete patient citizen immigrant migrant"
)
#: Noun phrases a head is read from are at most this many words ("steel truss crossing").
_LONGEST = 3


def head_of(tokens: SentenceTokens, k: int, stop: Set[str]) -> str:
    """Return the noun that figure ``k`` of a sentence measures or gives the age of, or "".

    * Before the noun, after a determiner: "the 200ft middle span", "a
      93-year-old steel crossing" (the last word of the lower-case words after
      the figure, up to a stop word or a mark; "a century-old bridge snapped":
      a last word in "-ed" or a common verb is the verb).
    * After the noun, with its dimension: "the span, roughly 55 metres long",
      "the tower was 90 metres high".
    An amount of stuff ("60 metres of roadway", "13 inches of snow") is of no one
    thing, and a noun of people ("a 29-year-old nurse") no head: their ages are
    read with a name.

    Args:
        tokens: The sentence's tokens.
        k: The figure's place among the sentence's figures.
        stop: Stop words (lower-case).

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "The span, roughly 55 metres long, fell."
        >>> head_of(SentenceTokens(text, find_quantities(text), None), 0, frozenset({"the"}))
        'span'
    """
    lows, texts = tokens.lows, tokens.texts
    a, b = tokens.spans[k]
    size = len(lows)
    head = ""
    if b < size and lows[b] in DIMENSIONS:  # "the span, roughly 55 metres long"
        i = a - 1
        if i >= 1 and lows[i] in _LINKS:
            i -= 1
        if i >= 1 and _word(texts[i], stop) and lows[i - 1] in _DETERMINERS:
            head = lows[i]
    elif a and lows[a - 1] in _DETERMINERS:  # "the 200ft middle span"
        run = _run(texts, b, stop)
        if len(run) > 1 and (run[-1].endswith("ed") or run[-1] in VERBS):
            run = run[:-1]  # "a century-old bridge snapped", "a 93-year-old crossing fell"
        if run and (any(map(_person, run)) or run[0].endswith("ing")):
            run = []  # "a 17-year-old girl unconscious", "a 7-year-old selling lemonade"
        head = run[-1] if run and not run[-1].endswith(("ed", "ly")) else ""  # "crossing"
    return "" if _person(head) else head


def _run(texts: list[str], start: int, stop: Set[str]) -> list[str]:
    """The lower-case words from ``start`` to a stop word or a mark; none past :data:`_LONGEST`."""
    run: list[str] = []
    for word in texts[start:]:
        if not _word(word, stop):
            break
        run.append(word)
        if len(run) > _LONGEST:
            return []
    return run


def _person(word: str) -> bool:
    """Whether a noun is of people, singular or plural ("students")."""
    return word in PEOPLE or (word.endswith("s") and word[:-1] in PEOPLE)


def _word(word: str, stop: Set[str]) -> bool:
    return word.isalpha() and word.islower() and word not in stop


def dimension_of(tokens: SentenceTokens, k: int) -> str:
    """Return the size that measure ``k`` of a sentence gives, by the word after it, or "".

    "55 metres long" is a length, "90 metres high" and "90 metres tall" a height:
    two sizes of one thing are no two versions of one figure.

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "The tower, 90 metres tall, fell."
        >>> dimension_of(SentenceTokens(text, find_quantities(text), None), 0)
        'height'
    """
    b = tokens.spans[k][1]
    return DIMENSIONS.get(tokens.lows[b], "") if b < len(tokens.lows) else ""
