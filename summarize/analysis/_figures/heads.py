"""The thing a measure or the age of a thing is of: "the 200ft middle span", "a 68-year-old bridge".

Part of analysis/'s figure reading: :func:`head_of` gives
:mod:`summarize.analysis._figures.context` the noun a measure or an age that is no
person's describes, so that :mod:`summarize.analysis._figures.match` compares such
figures only when they are of one thing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

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
#: Words of a bearing between a distance and its place ("30 miles north of Brennock").
_BEARINGS = _set_of(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northeastern northwestern southeastern southwestern due"
)
#: Words of a name of a thing or place, at most ("Fort Kessel", "Area 9").
_NAME_WORDS = 6
#: Verbs between a named thing and its distance ("Kessel lies 30 miles north of Brennock").
_LIES = frozenset({"is", "was", "lies", "sits", "located", "situated"})
#: Words of the noun set off between a named thing and its distance ("Kessel, the old
#: pier town 30 miles north of Brennock"), at most.
_SET_OFF = 5


def head_of(tokens: SentenceTokens, k: int, stop: Set[str]) -> str:
    """Return the noun that figure ``k`` of a sentence measures or gives the age of, or "".

    * Before the noun, after a determiner: "the 200ft middle span", "a
      93-year-old steel crossing" (the last word of the lower-case words after
      the figure, up to a stop word or a mark; "a century-old bridge snapped":
      a last word in "-ed" or a common verb is the verb).
    * After the noun, with its dimension: "the span, roughly 55 metres long",
      "the tower was 90 metres high".
    * A distance set off after a name, with the place it is measured from: "Fort
      Kessel, 30 miles north of Brennock" is "Fort Kessel from Brennock" (see
      :func:`distance_of`).
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
    if tokens.quantities[k].kind == "measure" and (away := distance_of(texts, a, b, stop)):
        return away  # "Fort Kessel, 30 miles north of Brennock": of a named thing
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


def distance_of(texts: Sequence[str], a: int, b: int, stop: Set[str]) -> str:
    """Return the named thing and place a distance (tokens ``a`` to ``b``) lies between, or "".

    A distance set off after a name and followed by a bearing and the place it is
    measured from ("Fort Kessel, about 125 miles northwest of Brennock"; "Fort
    Kessel, the old base 90 miles north of Brennock"), or told of a name by "lies",
    "is" or "is located" ("Fort Kessel lies 30 miles north of Brennock"), is the
    distance of that thing from that place: "Fort Kessel from Brennock". A distance
    of nothing named ("the crash, 30 miles from Brennock") or from no named place is "".

    Example:
        >>> texts = "Fort Kessel , 30 miles north of Brennock".split()
        >>> distance_of(texts, 3, 5, frozenset({"in"}))
        'Fort Kessel from Brennock'
    """
    bearing = b < len(texts) and texts[b].lower() in _BEARINGS
    i = b + 1 if bearing else b
    if i >= len(texts) or texts[i] not in (("of", "from") if bearing else ("from",)):
        return ""  # "30 miles north of", "30 miles from"; not "30 miles of coastline"
    place = _name(texts[i + 1 :])
    j = a - 1
    if j >= 1 and texts[j] in _LIES:  # "Fort Kessel lies 30 miles north of Brennock"
        j -= texts[j - 1] in _LIES  # "is located"
        thing = _name_before(texts, j, stop)
        return f"{' '.join(thing)} from {' '.join(place)}" if thing and place else ""
    while j >= 0 and a - j <= _SET_OFF and texts[j].isalpha() and texts[j].islower():
        j -= 1  # "the old base"
    if not place or j < 1 or texts[j] != ",":
        return ""
    thing = _name_before(texts, j, stop)
    return f"{' '.join(thing)} from {' '.join(place)}" if thing else ""


def _name(texts: Sequence[str]) -> list[str]:
    """The words of a name that opens ``texts``: capitalised, with its numbers ("Area 9")."""
    words: list[str] = []
    for word in texts[:_NAME_WORDS]:
        if not (_capital(word) or (words and word.isdigit())):
            break
        words.append(word)
    return words


def _name_before(texts: Sequence[str], end: int, stop: Set[str]) -> list[str]:
    """The words of the name that ends right before token ``end`` ("Fort Kessel", "Area 9").

    A stop word that opens a sentence is no word of it ("In Kessel, ...").
    """
    start = end
    while start > max(0, end - _NAME_WORDS) and (
        _capital(texts[start - 1]) or texts[start - 1].isdigit()
    ):
        start -= 1
    while start < end and (not _capital(texts[start]) or texts[start].lower() in stop):
        start += 1  # a name opens on a capitalised word
    return list(texts[start:end])


def _capital(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


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
