"""What an amount of money of a disagreement is, in a few words: "cost of repairs".

Part of analysis/'s figure labels: :mod:`summarize.analysis._figures.about` names a
disagreement of money with :func:`money_label`, from the money word of its figures'
predicates and the noun phrase the amount stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from .figure import Figure
from .phrases import after, nominal, noun_run, per, words
from .predicates import PREDICATES, Lexicon
from .words import ADVERB_PERIODS, PERIOD_ABBREVIATIONS, PERIODS

__all__ = ["money_label"]

_MONEY_NAMES = frozenset({"cost", "revenue", "value", "penalty", "aid"})
#: Words before an amount where "cost of ..." may say what it pays for.
_WINDOW = 8
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def money_label(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """Return what an amount of money is: "cost of repairs", "amount of the infrastructure plan".

    What it is comes from the money word of a predicate ("cost", "value";
    "amount" with none); a money word that is a noun of a thing ("the fund holds
    $5 billion") says whose amount it is ("amount of the fund"). What it is of is
    the noun phrase after the amount ("$1.2 trillion rail package"), what it is in
    when that is money ("$500,000 in tax revenue"), or the one after "cost of"
    before it ("the cost of repairs at $4 million"); a rate keeps its period
    ("cost a year"), which is no thing it is of.

    Args:
        group: The figures of the disagreement, in set order.
        lexicon: The predicate classes.
        stop: Stop words (lower-case), which end a noun phrase.
    """
    period = group[0].unit.partition("/")[2]
    rate = f" {per(period)}" if period else ""  # "$5 billion a year"
    what = holder = ""
    for figure in group:
        bits = lexicon.classes(figure.cue.lower()) if figure.cue else 0
        if bits & lexicon.money:
            what = _money_name(bits)
            if nominal(figure):  # "the fund holds $5 billion": no cost, but the fund's
                noun = _POSSESSIVE_END.sub("", figure.cue.lower())
                if lexicon.stem(noun) != lexicon.stem(what):  # "its costs" are its cost
                    what, holder = "", noun
            break
    for figure in group:
        run = noun_run(_unrated(after(figure)) if period else after(figure), stop)
        last = lexicon.classes(run[-1]) if run else 0
        if last & lexicon.money:
            return " ".join(run) + rate  # "$30,000 face value", "a $5 million repair bill"
        if run and not last:
            return f"{what or 'amount'} of the {' '.join(run)}{rate}"  # "$1.2 trillion package"
    for figure in group:
        following = after(figure)
        run = noun_run(following[1:], stop) if following[:1] == ["in"] else []
        if run and lexicon.classes(run[-1]) & lexicon.money:
            return " ".join(run) + rate  # "$500,000 in tax revenue"
    for figure in group:
        before = words(figure.sentence.text[: figure.quantity.start])[-_WINDOW:]
        for i, word in enumerate(before[:-2]):
            if lexicon.classes(word.lower()) & lexicon.money and before[i + 1] == "of":
                run = noun_run(before[i + 2 :], stop)
                if run and not lexicon.classes(run[-1]):
                    return f"{word.lower()} of {' '.join(run)}{rate}"  # "cost of repairs at $4m"
    return (what or (f"amount of the {holder}" if holder else "amount")) + rate


def _unrated(words: list[str]) -> list[str]:
    """The words after an amount less the period of its rate ("a year", "annually")."""
    if words[:1] and words[0].lower() in ADVERB_PERIODS:
        return words[1:]
    first, second = (w.lower() for w in [*words[:2], "", ""][:2])
    if first in ("a", "an", "per", "each", "every", "/") and (
        second in PERIODS or second in PERIOD_ABBREVIATIONS
    ):
        return words[2:]
    return words


def _money_name(bits: int) -> str:
    """The name of the money class of a predicate's bits ("cost" for "paid")."""
    for bit, name in enumerate(PREDICATES):  # the bits are the classes in order
        if name in _MONEY_NAMES and bits & (1 << bit):
            return name
    return "amount"
