"""What the figures of a disagreement count, in a few words: the label a reader sees.

In analysis/, at the end of the figure stages: :func:`about` names a disagreement of
:mod:`summarize.analysis._disagree` from its figures' nouns, units and the phrase
they stand in ("people dead", "cost of repairs", "vehicles a day", "age of Ida
Marsh"), never a bare verb.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from .figure import Figure
from .predicates import PREDICATES, UNIT_NAMES, Lexicon

__all__ = ["about"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|\d[\d.,:]*|[^\w\s]")
_PEOPLE = ("", "person", "people", "persons")
_ARTICLES = ("the", "a", "an")
_MONEY_NAMES = frozenset({"cost", "revenue", "value", "penalty", "aid"})
#: Words a noun phrase of a label may hold at most ("national infrastructure plan").
_LONGEST = 3
#: Words before an amount where "cost of ..." may say what it pays for.
_WINDOW = 8


def about(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """Return a few words on what the figures of one disagreement count.

    * A count: its noun as written, with the modifiers that say which
      ("Chinese passengers"), what it is of ("counts of criminal mischief"), or
      the thing a compound count is part of ("cars in the pileup"), then its
      predicate ("people fled"); a predicate that is the noun is not said twice.
    * Money: what it is ("cost", "value"; "amount" with no money word) of the
      thing the figure stands before or after ("cost of repairs", "amount of the
      infrastructure package"); a predicate that is no money word ("voted") is
      never the label.
    * An age: whose it is ("age of Ida Marsh", "age of the bridge").
    * Other kinds: what the unit measures ("length", "time"), of the thing it
      describes ("length of the middle span"), or with the predicate ("year built");
      a time of day is of the happening its predicates name ("time of the collapse").

    The first figure of the group (set order) that gives a phrase names it.

    Args:
        group: The figures of the disagreement, in set order.
        lexicon: The predicate classes.
        stop: Stop words (lower-case), which end a noun phrase.

    Returns:
        The label, never empty.
    """
    first = group[0]
    if first.kind == "money":
        return _money(group, lexicon, stop)
    if first.kind == "age":
        name = next((n for n in map(_name, group) if n), "")
        thing = next((f.phrase for f in group if f.phrase and not f.person), "")
        return f"age of {name}" if name else f"age of the {thing}" if thing else "age"
    if first.kind == "count":
        noun = _count_noun(group, lexicon, stop)
    else:
        noun = UNIT_NAMES.get(first.unit, first.kind)
        thing = next((p for p in (_phrase(_after(f), lexicon, stop) for f in group) if p), "")
        thing = thing or first.phrase if first.kind == "measure" else thing  # "the span, 55 m long"
        if thing and first.kind == "measure":
            return f"{noun} of the {thing}"  # "the 200ft middle span"
    period = first.unit.partition("/")[2]
    if period:
        noun = f"{noun} a {period}"
    if first.kind == "time":
        happening = _happening(group, lexicon)
        if happening:
            return f"time of the {happening}"  # "collapsed at 7:42", "failed at 07:42"
    cue = _cue(group, lexicon, noun)
    if noun == "people" and cue.endswith("s") and cue in {f.quantity.noun.lower() for f in group}:
        return cue  # "627,000 deaths", "62,500 refugees": the plural noun says it
    return f"{noun} {cue}".strip() if cue else noun


def _count_noun(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """What a count counts, as written: "people", "Chinese passengers", "cars in the pileup"."""
    first = group[0]
    if " " in first.phrase and first.quantity.text.endswith(f"-{first.quantity.noun}"):
        head = first.phrase.rpartition(" ")[2]  # "a 30-car pileup": the cars of the pileup
        return f"{_plural(first.quantity.noun.lower())} in the {head}"
    nouns = [f.quantity.noun for f in group if f.quantity.noun]
    noun = next((n for n in nouns if not lexicon.classes(n.lower())), "")
    if first.unit == "person" and noun.lower() in _PEOPLE:
        return "people"  # "one dead", "One fatality": people, and the predicate says what
    noun = noun or next(iter(nouns), "")  # "12 arrests"
    if not noun:
        return first.unit.partition("/")[0] or "amount"
    low = noun.lower()
    for figure in group:
        modified = _modified(_after(figure), figure.quantity.noun, stop)
        if modified and figure.quantity.noun.lower() == low:
            return modified
    for figure in group:
        words = _after(figure)
        if words[:2] == [figure.quantity.noun, "of"] and figure.quantity.noun.lower() == low:
            thing = _phrase(words[2:], lexicon, stop)
            if thing:
                return f"{_case(noun)} of {thing}"  # "counts of criminal mischief"
    return _case(noun)


def _modified(words: list[str], noun: str, stop: Set[str]) -> str:
    """The counted noun with the modifiers written between it and the figure, or ""."""
    if not noun or noun not in words[1 : _LONGEST + 1]:
        return ""
    run = words[: words.index(noun) + 1]
    if any(w.lower() in stop or not w.isalpha() for w in run):
        return ""
    return " ".join([*run[:-1], _case(run[-1])])  # "Chinese passengers"


def _money(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """What an amount of money is: "cost of repairs", "amount of the infrastructure plan"."""
    what = ""
    for figure in group:
        bits = lexicon.classes(figure.cue.lower()) if figure.cue else 0
        if bits & lexicon.money:
            what = _money_name(bits)
            break
    for figure in group:
        run = _run(_after(figure), stop)
        last = lexicon.classes(run[-1]) if run else 0
        if last & lexicon.money:
            return " ".join(run)  # "$30,000 face value", "a $5 million repair bill"
        if run and not last:
            return f"{what or 'amount'} of the {' '.join(run)}"  # "$1.2 trillion rail package"
    for figure in group:
        words = _words(figure.sentence.text[: figure.quantity.start])[-_WINDOW:]
        for i, word in enumerate(words[:-2]):
            if lexicon.classes(word.lower()) & lexicon.money and words[i + 1] == "of":
                run = _run(words[i + 2 :], stop)
                if run and not lexicon.classes(run[-1]):
                    return f"{word.lower()} of {' '.join(run)}"  # "the cost of repairs at $4m"
    return what or "amount"


def _money_name(bits: int) -> str:
    """The name of the money class of a predicate's bits ("cost" for "paid")."""
    for bit, name in enumerate(PREDICATES):  # the bits are the classes in order
        if name in _MONEY_NAMES and bits & (1 << bit):
            return name
    return "amount"


def _run(words: Sequence[str], stop: Set[str]) -> list[str]:
    """The noun phrase that opens the words, an article aside ("infrastructure package").

    Lower-case words that are no stop words, at most :data:`_LONGEST`, ended by a
    stop word, a mark or the sentence's end; none when the last is a verb form
    ("-ed", "-ing") or an adverb, or the first a verb with an object ("relocating
    families"). Empty when there is none.
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


def _phrase(words: Sequence[str], lexicon: Lexicon, stop: Set[str]) -> str:
    """The noun phrase that opens the words, with no predicate word last, or ""."""
    run = _run(words, stop)
    return " ".join(run) if run and not lexicon.classes(run[-1]) else ""


def _cue(group: Sequence[Figure], lexicon: Lexicon, noun: str) -> str:
    """The group's most common predicate, as written; "" when the noun says it already."""
    cues = [f.cue for f in group if f.cue]
    if not cues:
        return ""
    stem = lexicon.stem
    common, _ = Counter(stem(c.lower()) for c in cues).most_common(1)[0]
    if common in {stem(w.lower()) for w in noun.split()}:
        return ""
    forms = [c.lower() for c in cues if stem(c.lower()) == common]
    return next((c for c in forms if c.endswith("ed")), forms[0])


def _happening(group: Sequence[Figure], lexicon: Lexicon) -> str:
    """The predicate class most of the figures share, as a noun ("collapse"), or ""."""
    shared: Counter[str] = Counter()
    for figure in group:
        bits = lexicon.classes(figure.cue.lower()) if figure.cue else 0
        shared.update(name for bit, name in enumerate(PREDICATES) if bits & (1 << bit))
    if not shared:
        return ""
    name = shared.most_common(1)[0][0]
    return _HAPPENINGS.get(name, name)


#: Predicate classes whose name is no noun of one happening.
_HAPPENINGS = {"missing": "disappearance", "displacement": "evacuation", "casualty": "attack",
               "charge": "charges", "construction": "building"}  # fmt: skip


def _name(figure: Figure) -> str:
    """The name of whose age a figure is, as its sentence writes it, or ""."""
    if not figure.person:
        return ""
    words = _words(figure.sentence.text)
    best: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in figure.person:
            run.append(word)
            continue
        if len(run) > len(best):
            best = run
        run = []
    return " ".join(best)


def _after(figure: Figure) -> list[str]:
    """The words of a figure's sentence after it."""
    return _words(figure.sentence.text[figure.quantity.end :])


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _case(word: str) -> str:
    """A noun as a label writes it: lower-case unless an acronym ("MPs")."""
    return word if word[:-1].isupper() and len(word) > 1 else word.lower()


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else f"{noun}s"
