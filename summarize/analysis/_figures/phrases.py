"""The words around a figure that a label is made of: noun phrases and predicate nouns.

Part of analysis/'s figure labels: :mod:`summarize.analysis._figures.about` and
:mod:`summarize.analysis._figures.amounts` read with these what a figure's sentence
says it counts ("the infrastructure package", "the bill" that is no predicate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .figure import Figure
from .predicates import Lexicon

__all__ = ["after", "nominal", "noun_run", "per", "phrase", "words"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|\d[\d.,:]*|[^\w\s]")
_ARTICLES = ("the", "a", "an")
#: Words a noun phrase of a label may hold at most ("national infrastructure plan").
_LONGEST = 3
#: Words before a predicate word that make it a noun of a thing ("the bill", "its fund");
#: not "that", which opens a clause as often ("a pileup that killed two").
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "this", "these", "our", "your", "my"]
)  # fmt: skip
_POSSESSIVE = re.compile(r"\w(?:['\u2019]s|s['\u2019])$")


def noun_run(words: Sequence[str], stop: Set[str]) -> list[str]:
    """Return the noun phrase that opens the words, an article aside ("infrastructure package").

    Lower-case words that are no stop words, at most three, ended by a stop word,
    a mark or the sentence's end; none when the last is a verb form ("-ed",
    "-ing") or an adverb, or the first a verb with an object ("relocating
    families"). Empty when there is none.

    Example:
        >>> noun_run(["the", "rail", "package", "on", "Friday"], frozenset({"on"}))
        ['rail', 'package']
    """
    start = 1 if words and words[0].lower() in _ARTICLES else 0
    run: list[str] = []
    for word in words[start:]:
        if not word.isalpha() or word.lower() in stop or not word.islower():
            break
        run.append(word)
        if len(run) > _LONGEST:
            return []
    if not run or run[-1].endswith(("ed", "ing", "ly")):
        return []
    if len(run) > 1 and run[0].endswith("ing"):
        return []
    return run


def phrase(words: Sequence[str], lexicon: Lexicon, stop: Set[str]) -> str:
    """Return the noun phrase that opens the words, with no predicate word last, or ""."""
    run = noun_run(words, stop)
    return " ".join(run) if run and not lexicon.classes(run[-1]) else ""


def nominal(figure: Figure) -> bool:
    """Return whether a figure's predicate word is a noun of a thing, not said of what it counts.

    It is when a determiner or a possessive stands before it, or it is itself a
    possessive: "the bill" of "230 MPs backed the bill", "the fund" that holds an
    amount, "the fund's $5 billion". The counted noun itself ("One fatality") is
    not, nor a participle, which says what happened to what is counted ("the
    injured", "those killed").
    """
    at, cue = figure.cue_at, figure.cue
    if at < 0 or cue.lower() == figure.quantity.noun.lower() or cue.lower().endswith("ed"):
        return False
    before = figure.sentence.text[:at].rstrip()
    last = words(before)[-1:]
    return bool(
        _POSSESSIVE.search(cue)
        or _POSSESSIVE.search(before)
        or (last and last[0].lower() in _DETERMINERS)
    )


def after(figure: Figure) -> list[str]:
    """Return the words of a figure's sentence after it."""
    return words(figure.sentence.text[figure.quantity.end :])


def words(text: str) -> list[str]:
    """Return the words and marks of a text, a figure's digits as one word."""
    return _WORD.findall(text)


def per(period: str) -> str:
    """Return the period of a rate as a label writes it: "a day", "an hour".

    Example:
        >>> per("day"), per("hour")
        ('a day', 'an hour')
    """
    return f"an {period}" if period == "hour" else f"a {period}"
