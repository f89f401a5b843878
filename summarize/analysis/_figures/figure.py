"""A figure of the set with what it takes to compare it: the record the figure stages pass on.

Made by :func:`~summarize.analysis._figures.context.read_figures`, given its frame by
:mod:`.frame`, and matched by :mod:`summarize.analysis._disagree`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...records import Sentence
from .counted import counted_as
from .quantities import Quantity
from .tokens import SentenceTokens

__all__ = ["Figure", "pair_claims"]

_PART = ("including", "among them", "among whom", "of whom", "of them")


@attrs.define(eq=False)
class Figure:
    """A figure of the set with what it takes to compare it.

    Attributes:
        quantity: The figure as read.
        sentence: Its sentence.
        place: The number of its sentence in the set.
        source: The source that gives it.
        kind: The kind it is compared in ("count", "money", ...).
        unit: The unit it is compared in ("person", "$", "?" ...).
        classes: Bits of its predicate classes (0: none).
        cue: The predicate word as written, or "".
        terms: Context stem -> nearness weight.
        phrase: The counted noun with its modifiers ("chinese passengers"); for a
            measure or the age of a thing, the noun it describes ("span"); for
            money, what it is in, stemmed ("tax revenu" for "in tax revenues").
        person: For an age, the name of whose age it is.
        dimension: For a measure, the size a word after it says it gives
            ("55 metres long": "length"), or "".
        cue_at: The offset of its predicate word in its sentence, or -1.
        role: "change", "earlier", "expected", "other", "whole" or "".
        scope: Names in its stretch, speakers left out.
        frame: Years, months and periods it is given for.
        names: The names of its sentence.
        anchored: Its sentence names something no other source names (set by
            :func:`~summarize.analysis._figures.frame.anchor`).
        included: For a count, how many of a group it says it includes ("20 dead,
            including the three gunmen": 3), which another source may leave out.
        years: The calendar years its sentence names that may date it ("in 2019":
            2019.0): not a year that is a figure of its own ("opened in 1931"
            dates the opening), and none for a year or an age.
        claim: The number of the claim its sentence states, or -1 (set by
            :mod:`summarize.analysis._disagree` when the set's claims are known).
        thing: For a count compared, the words that narrow what it counts
            ("third-degree", "vandalism" of "five counts of third-degree vandalism":
            :func:`~summarize.analysis._figures.narrowed.thing_of`), or None (not read,
            or a compound count).
        pending: What :func:`~summarize.analysis._figures.context.read_frames` reads
            role, scope, frame and names from (its sentence's tokens, its
            place among their figures, its stretch), until it has read them.

    Role, scope, frame and names (:mod:`summarize.analysis._figures.frame`) are read only
    for a figure that may match another (:attr:`active`), and only when it is compared
    (:func:`~summarize.analysis._figures.context.read_frames`); the others never need them.

    Example:
        >>> from summarize.text._languages import stemmer
        >>> from summarize.analysis._figures.context import read_figures
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> s = Sentence("a", 0, 0, 26, "Nearly 300 people fled it.")
        >>> (f,) = read_figures([s], {"a": "Wire"}, lexicon_for(stemmer("english")))
        >>> f.kind, f.unit, f.cue, f.key, f.active
        ('count', 'person', 'fled', ('count', 'person'), True)
    """

    quantity: Quantity
    sentence: Sentence
    place: int
    source: str
    kind: str
    unit: str
    classes: int
    cue: str
    terms: dict[str, float]
    phrase: str
    person: frozenset[str]
    dimension: str = ""
    cue_at: int = -1
    role: str = ""
    scope: frozenset[str] = frozenset()
    frame: frozenset[object] = frozenset()
    names: frozenset[str] = frozenset()
    anchored: bool = False
    included: float = 0.0
    years: frozenset[float] = frozenset()
    claim: int = -1
    thing: frozenset[str] | None = None
    pending: tuple[SentenceTokens, int, range, range] | None = attrs.field(default=None, repr=False)

    @property
    def lowest(self) -> float:
        """The smallest value it allows as another source may count: without those it includes."""
        return self.quantity.low - self.included

    @property
    def position(self) -> tuple[int, int]:
        """Its place in the set: its sentence's number, then its offset there."""
        return (self.place, self.quantity.start)

    @property
    def key(self) -> tuple[str, str]:
        """The kind and unit its figures are compared in.

        Money of any currency together, and counts of a kind of thing with its
        general noun (:func:`~summarize.analysis._figures.counted.counted_as`).
        """
        if self.kind == "money":
            return ("money", self.unit.partition("/")[2])
        if self.kind == "count":
            return ("count", counted_as(self.unit))  # cars and vehicles together
        return (self.kind, self.unit)

    @property
    def currency(self) -> str:
        """The currency of an amount of money, or ""."""
        return self.unit.partition("/")[0] if self.kind == "money" else ""

    @property
    def bare(self) -> bool:
        """Whether it is a count that only a claim can make comparable ("six stories")."""
        return (
            self.kind == "count"
            and not self.classes
            and "/" not in self.unit
            and " " not in self.phrase
            and self.unit != ""
        )

    @property
    def part(self) -> bool:
        """Whether it is a part of the count before it: "31 killed, including six children"."""
        before = self.sentence.text[: self.quantity.start].rstrip().lower()
        return before.endswith(_PART)

    @property
    def active(self) -> bool:
        """Whether it can match another figure.

        It can with a predicate, as the age of a named person, as the size or age
        of a thing it names ("the 200ft span", "a 68-year-old bridge"), as a rate,
        as a count with a phrase ("150 Chinese passengers"), or as a count of a
        named noun in a sentence that states a claim of the set ("six stories").
        """
        if self.kind in ("measure", "age") and self.phrase:
            return True  # the size or age of a thing: "the 200ft span", "a 68-year-old bridge"
        return bool(self.classes) or (
            bool(self.person)
            if self.kind == "age"
            else self.kind == "count"
            and ("/" in self.unit or " " in self.phrase or (self.claim >= 0 and self.unit != ""))
        )


def pair_claims(figures: Sequence[Figure]) -> None:
    """Forget, in place, the claim of a bare count that no other source's bare count pairs.

    A count with no predicate, phrase or rate (:attr:`Figure.active` only through
    its claim: "six stories") can match only a count of its unit that another
    source gives in a sentence of the same claim, bare or with a phrase (two
    forecasts, "500,000 claims" and "475,000 new claims", are one), or, as a part of a count
    ("including five children"), a part of a count that another source gives there,
    predicate or none; with none it matches nothing, and is left out of the
    comparison (its claim set to -1) rather than make it slower.

    Args:
        figures: The set's figures, their claims set.
    """
    sources: dict[tuple[int, tuple[str, str]], set[str]] = {}
    parts: dict[tuple[int, tuple[str, str]], set[str]] = {}
    bare = [f for f in figures if f.claim >= 0 and f.bare]
    for figure in figures:  # a bare count, or one with a phrase ("475,000 new claims")
        if figure.claim >= 0 and (figure.bare or (figure.kind == "count" and " " in figure.phrase)):
            sources.setdefault((figure.claim, figure.key), set()).add(figure.source)
    for figure in figures:  # "including four children": paired by a part of another source
        if figure.claim >= 0 and figure.kind == "count" and figure.part:
            parts.setdefault((figure.claim, figure.key), set()).add(figure.source)
    for figure in bare:
        place = (figure.claim, figure.key)
        if len(sources[place]) < 2 and not (figure.part and len(parts[place]) > 1):
            figure.claim = -1
