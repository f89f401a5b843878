"""What a count counts, narrowed or not: a part against its whole, or another thing.

In analysis/, for :mod:`summarize.analysis._figures.match` and
:mod:`summarize.analysis._certainty`: "five counts of third-degree vandalism" counts
one kind of the charge that "six counts of vandalism" counts all of, and both can be
true; "two counts of assault" and "six counts of vandalism" count two charges.
:func:`thing_of` reads what a count counts (the thing it is of and the words that
narrow it), :func:`part_of` and :func:`apart` compare two.
"""

from __future__ import annotations

from collections.abc import Set

from .figure import Figure
from .phrases import after
from .predicates import Lexicon

__all__ = ["Thing", "apart", "part_of", "thing_of"]

#: What a count counts, beyond its noun: the words that narrow it ("felony", "Chinese",
#: "of them"), with what it is "of" ("vandalism", "third-degree").
Thing = frozenset[str]

#: Words after "of" that name a group told before: "three of them" is a part of it.
_GROUP = frozenset({"them", "whom", "those", "these", "us", "which"})
_ARTICLES = frozenset({"the", "a", "an"})
#: Words of what a count is of, read at most ("fifth degree criminal mischief").
_LONGEST = 5
#: Words that end what a count is of ("counts of assault and ...", "of vandalism in ...").
_ENDS = frozenset(
    str.split(
        "and or but nor in on at for to with by from as than that which who whom whose after"
        " before against over under during since until into onto about between among while"
        " when where because if he she it they we you i his her its their our your this these"
        " those was were is are be been has have had will would could should may might"
    )
)
#: The mark of a part of a group told before ("three of them").
_OF_GROUP = "of them"


def thing_of(figure: Figure, lexicon: Lexicon, stop: Set[str]) -> Thing | None:
    """Return what a count counts, or None for a figure that is no count or a compound one.

    The words written between the figure and its noun ("five felony counts", "150
    Chinese passengers") and, after the noun and "of", the words before the head of
    what it is of ("five counts of fifth degree criminal mischief": "fifth",
    "degree", "criminal"; the head "mischief") narrow it; so does "of them" ("three
    of them"). Predicate words ("15 injured people") and stop words narrow nothing.

    Example:
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> from summarize.records import Sentence
        >>> from summarize.text._languages import stemmer, stop_words
        >>> text = "He faces five counts of third-degree vandalism."
        >>> lexicon, stop = lexicon_for(stemmer("english")), stop_words("english")
        >>> (f,) = read_figures([Sentence("a", 0, 0, len(text), text)], {}, lexicon, stop)
        >>> sorted(thing_of(f, lexicon, stop))
        ['third-degree', 'vandalism']
    """
    quantity = figure.quantity
    if figure.kind != "count" or "/" in figure.unit or quantity.text.endswith(f"-{quantity.noun}"):
        return None
    words = [w.lower() for w in after(figure)]
    noun = quantity.noun.lower()
    before = figure.phrase.split()[:-1]  # "15 injured people": a predicate narrows nothing
    narrow = {w for w in before if w not in stop and not lexicon.classes(w)}
    at = 0 if words[:1] == ["of"] else words.index(noun) + 1 if noun in words[:4] else -1
    if at >= 0 and words[at : at + 1] == ["of"]:  # "15 of the passengers", "counts of"
        of = words[at + 1 : at + 2 + _LONGEST]
        if of[:1] and of[0] in _GROUP:
            narrow.add(_OF_GROUP)
        else:
            run = _run(of[1:] if of[:1] and of[0] in _ARTICLES else of)
            narrow.update(run[:-1])
            narrow.update(_singular(word) for word in run[-1:])
    return frozenset(narrow)


def _run(words: list[str]) -> list[str]:
    """The noun phrase that opens the words: words of letters, up to a word that ends it.

    Ordinals are stop words, but narrow what a count is of ("fifth degree mischief"):
    only a preposition, a conjunction, a pronoun or a mark ends the phrase.
    """
    run: list[str] = []
    for word in words:
        if word in _ENDS or not word.replace("-", "").isalpha():
            break
        run.append(word)
    return run[:_LONGEST]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def part_of(one: Figure, two: Figure) -> bool:
    """Whether ``one`` counts a part of what ``two`` counts: all of its words and more.

    "five counts of third-degree vandalism" of "six counts of vandalism"; "five counts
    of vandalism" of "six counts"; "three of them" of "ten people". Both counts' things
    must be read (:attr:`Figure.thing`).
    """
    return one.thing is not None and two.thing is not None and one.thing > two.thing


def apart(one: Figure, two: Figure) -> bool:
    """Whether two counts count two things: each narrowed by words the other lacks.

    "two counts of assault" and "six counts of vandalism"; "five counts of
    first-degree assault" and "six counts of second-degree assault".
    """
    if one.thing is None or two.thing is None:
        return False
    return bool(one.thing - two.thing) and bool(two.thing - one.thing)
