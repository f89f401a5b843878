"""What the figures of a disagreement count, in a few words: the label a reader sees.

In analysis/, at the end of the figure stages: :func:`about` names a disagreement of
:mod:`summarize.analysis._disagree` from its figures' nouns, units and the phrase
they stand in ("people dead", "cost of repairs", "vehicles a day", "age of Ida
Marsh"), never a bare verb.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set

from .amounts import money_label
from .figure import Figure
from .phrases import after, nominal, per, phrase, words
from .predicates import PREDICATES, UNIT_NAMES, Lexicon

__all__ = ["about"]

_PEOPLE = ("", "person", "people", "persons")
#: Words of modifiers a counted noun may keep at most ("young Chinese passengers").
_LONGEST = 3


def about(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """Return a few words on what the figures of one disagreement count.

    * A count: its noun as written, with the modifiers that say which
      ("Chinese passengers"), what it is of ("counts of criminal mischief"), or
      the thing a compound count is part of ("cars in the pileup"), then its
      predicate ("people fled"); a predicate that is the noun is not said twice,
      and one that is a noun of another thing ("230 MPs backed the bill") is not
      said, unless the figure is of it ("evacuation of people").
    * Money: what it is ("cost", "value"; "amount" with no money word) of the
      thing the figure stands before or after ("cost of repairs", "amount of the
      infrastructure package", "amount of the fund"), with the period of a rate
      ("cost a year"); a predicate that is no money word ("voted") is never the
      label (see :func:`~summarize.analysis._figures.amounts.money_label`).
    * An age: whose it is ("age of Ida Marsh", "age of the bridge").
    * A measure: the size a word after it names ("90 metres high": "height"), or
      what its unit measures ("length"), of the thing it describes ("height of
      the tower", "length of the middle span").
    * Other kinds: what the unit measures ("time", "share"), with the predicate
      ("year built"); a time of day is of the happening its predicates name
      ("time of the collapse").
    * Figures that are all expected ("economists had expected 640,000 new jobs")
      are a forecast of what the label says ("forecast of jobs gained").

    The first figure of the group (set order) that gives a phrase names it.

    Args:
        group: The figures of the disagreement, in set order.
        lexicon: The predicate classes.
        stop: Stop words (lower-case), which end a noun phrase.

    Returns:
        The label, never empty.
    """
    label = _label(group, lexicon, stop)
    if all(f.role == "expected" for f in group):
        return f"forecast of {label}"
    return label


def _label(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """What the figures of one disagreement count, forecast or not (see :func:`about`)."""
    first = group[0]
    if first.kind == "money":
        return money_label(group, lexicon, stop)
    if first.kind == "age":
        name = next((n for n in map(_name, group) if n), "")
        thing = next((f.phrase for f in group if f.phrase and not f.person), "")
        return f"age of {name}" if name else f"age of the {thing}" if thing else "age"
    if first.kind == "measure":
        return _measure(group, lexicon, stop)
    if first.kind == "count":
        noun = _count_noun(group, lexicon, stop)
    else:
        noun = UNIT_NAMES.get(first.unit, first.kind)
    period = first.unit.partition("/")[2]
    if period:
        noun = f"{noun} {per(period)}"
    if first.kind == "time":
        happening = _happening(group, lexicon)
        if happening:
            return f"time of the {happening}"  # "collapsed at 7:42", "failed at 07:42"
    own = {f.cue.lower() for f in group if f.cue.lower() == f.quantity.noun.lower()}
    if (
        noun == "people"
        and len(own) == 1
        and all(f.cue for f in group)
        and len({f.cue.lower() for f in group}) == 1
    ):
        return own.pop()  # "12 arrests", "30 arrests": the noun is the predicate
    cue = _cue(group, lexicon, noun)
    if noun == "people" and cue.endswith("s") and cue in {f.quantity.noun.lower() for f in group}:
        return cue  # "627,000 deaths", "62,500 refugees": the plural noun says it
    if not cue:  # "the evacuation of 500 people": the noun the figure is of
        of = next((f.cue.lower() for f in group if nominal(f) and _of_it(f)), "")
        return f"{of} of {noun}" if of else noun
    return f"{noun} {cue}"


def _measure(group: Sequence[Figure], lexicon: Lexicon, stop: Set[str]) -> str:
    """What a measure gives, of what: "height of the tower", "length of the middle span".

    A word after the measure that says which size it is ("90 metres high") names
    it, and is no thing it is of: that is the noun it describes ("the tower"). A
    distance of a named thing from a place is "distance of Fort Kessel from Brennock".
    """
    first = group[0]
    away = next((f.phrase for f in group if " " in f.phrase), "")
    if away:  # "Fort Kessel, 30 miles north of Brennock"
        return f"distance of {away}"
    noun = next((f.dimension for f in group if f.dimension), "")
    noun = noun or UNIT_NAMES.get(first.unit, first.kind)
    things = (phrase(after(f), lexicon, stop) for f in group if not f.dimension)
    thing = next((p for p in things if p), "") or next((f.phrase for f in group if f.phrase), "")
    return f"{noun} of the {thing}" if thing else noun  # "the 200ft middle span"


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
        modified = _modified(after(figure), figure.quantity.noun, stop)
        if modified and figure.quantity.noun.lower() == low:
            return modified
    for figure in group:
        words = after(figure)
        if words[:2] == [figure.quantity.noun, "of"] and figure.quantity.noun.lower() == low:
            thing = phrase(words[2:], lexicon, stop)
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


def _of_it(figure: Figure) -> bool:
    """Whether a figure's predicate noun is "of" it: "the evacuation of 500 people"."""
    between = figure.sentence.text[figure.cue_at + len(figure.cue) : figure.quantity.start]
    return figure.cue_at >= 0 and between.split() == ["of"]


def _cue(group: Sequence[Figure], lexicon: Lexicon, noun: str) -> str:
    """The group's most common predicate, as written; "" when the noun says it already."""
    cues = [f.cue for f in group if f.cue and not nominal(f)]  # not "the bill" of "230 MPs"
    if not cues:
        return ""
    stem = lexicon.stem
    common, _ = Counter(stem(c.lower()) for c in cues).most_common(1)[0]
    if common in {stem(w.lower()) for w in noun.split()}:
        return ""
    forms = [c.lower() for c in cues if stem(c.lower()) == common]
    done = next((c for c in forms if c.endswith("ed")), "")
    # "killing one and injuring 12": the label says it as done, "people injured"
    return done or next(
        (w for w in _predicate_words() if w.endswith("ed") and stem(w) == common), forms[0]
    )


def _predicate_words() -> list[str]:
    """Every word of the predicate classes, ``+`` marks off."""
    return [word.lstrip("+") for _, listed in PREDICATES.values() for word in listed.split()]


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
    best: list[str] = []
    run: list[str] = []
    for word in [*words(figure.sentence.text), ""]:
        if word in figure.person:
            run.append(word)
            continue
        if len(run) > len(best):
            best = run
        run = []
    return " ".join(best)


def _case(word: str) -> str:
    """A noun as a label writes it: lower-case unless an acronym ("MPs")."""
    return word if word[:-1].isupper() and len(word) > 1 else word.lower()


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else f"{noun}s"
