"""Figures for the same thing that differ between sources.

In analysis/, on the set's content sentences: :func:`find_disagreements` reads their
figures (with :mod:`summarize.analysis._figures`) and gathers those that different
sources give differently for one thing into the digest's disagreements, with the
days of one happening that :mod:`summarize.analysis._days` finds;
:mod:`summarize.analysis._certainty` says which of them are certain.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from ..errors import UnknownMethodError
from ..records import Disagreement, Sentence, Version
from ..text._languages import LANGUAGES, stemmer, stop_words
from ._certainty import excluding, settle
from ._days import day_disagreements
from ._figures.about import about
from ._figures.context import UNKNOWN_CURRENCY, read_figures, read_frames
from ._figures.cosine import Cosines
from ._figures.counted import kin
from ._figures.figure import Figure, pair_claims
from ._figures.frame import anchor
from ._figures.match import WEAK, alike, overlap
from ._figures.narrowed import thing_of
from ._figures.predicates import PREDICATES, Lexicon, lexicon_for
from ._trips import trip_disagreements

__all__ = ["MAX_FIGURES_PER_UNIT", "PREDICATES", "find_disagreements"]

logger = logging.getLogger("summarize")

#: Figures of one unit compared in a set, the first in set order; past it, later
#: figures of that unit are left out with a warning (grouping compares figures pairwise).
MAX_FIGURES_PER_UNIT = 600


def find_disagreements(
    sentences: Sequence[Sentence],
    sources: Mapping[str, str],
    *,
    language: str = "english",
    claims: Sequence[Sequence[int]] | None = None,
) -> list[Disagreement]:
    """Return the figures that different sources of the set give differently for one thing.

    Every figure of the sentences is read with its context
    (:mod:`summarize.analysis._figures.context`); which figures of different sources
    count the same thing is decided by :mod:`summarize.analysis._figures.match`, and
    they are gathered into disagreements (see ``_group``). Precision comes first: a
    reader told that sources differ must be able to trust it, so two figures are
    matched only on positive evidence, and anything that suggests two different
    things vetoes. Figures are read in English: other languages give no
    disagreements rather than guesses.

    Figures are compared within one kind and unit: the same counted noun
    ("people", "vehicles a day"), currency, or measure (metres and feet alike).
    Money of every currency is compared together, an unknown currency ("40
    million" that a money predicate makes money) matching any. At most
    :data:`MAX_FIGURES_PER_UNIT` figures of a unit are compared, the first in set
    order. Only figures that can match another are compared: those with a
    predicate, the age of a named person, a rate, or a count of a noun with
    modifiers; and a unit whose figures all share a value gives no disagreement.
    With the claims known, the days of the week that date one happening in
    sentences of one claim are compared too
    (:func:`~summarize.analysis._days.day_disagreements`), and, whatever the claims,
    the days of one person's coming visit to one place
    (:func:`~summarize.analysis._trips.trip_disagreements`); they only *may* differ.

    Args:
        sentences: Every content sentence of the set, in set order (articles in
            input order, each as :func:`summarize.pipeline.content_sentences`
            gives them).
        sources: Article id -> source name; an article it does not name is its
            own source.
        language: The set's language. Figures are read in English only: any
            other language gives no disagreements.
        claims: The claims of the set, each the positions in ``sentences`` of
            the sentences that state it (as :func:`summarize.claims.group_claims`
            gives them). A disagreement is ``certain`` when two of its versions
            that exclude each other stand in sentences of one claim; otherwise the
            figures only count alike things, and it is marked as one that *may*
            differ. ``None``: every disagreement is taken as certain, but one of
            times of day, years, or sizes or ages of things, which only may differ.

    Returns:
        The disagreements, in set order of their first version; each has one
        version per source, in set order, at least two of which exclude each other.

    Raises:
        UnknownMethodError: ``language`` is not one summarize supports.

    Example:
        >>> a = Sentence("a", 0, 0, 42, "Nearly 300 people fled the town on Monday.")
        >>> b = Sentence("b", 0, 0, 44, "More than 500 people were evacuated from it.")
        >>> found = find_disagreements([a, b], {"a": "Wire", "b": "Daily"})
        >>> [(d.about, [(v.source, v.value) for v in d.versions]) for d in found]
        [('people fled', [('Wire', 'Nearly 300'), ('Daily', 'More than 500')])]
        >>> found[0].versions[1].high
        inf
    """
    if language not in LANGUAGES:
        raise UnknownMethodError(
            f"unknown language {language!r}; choose one of: {', '.join(LANGUAGES)}"
        )
    if language != "english" or not sentences:
        return []
    lexicon = lexicon_for(stemmer("english"))
    claim_of = _claims(len(sentences), claims)
    found = _figure_disagreements(sentences, sources, lexicon, claim_of, known=claims is not None)
    found += day_disagreements(sentences, sources, claim_of, lexicon, stop_words("english"))
    found += trip_disagreements(sentences, sources)
    found.sort(key=lambda placed: placed[0])
    return [disagreement for _, disagreement in found]


def _figure_disagreements(
    sentences: Sequence[Sentence],
    sources: Mapping[str, str],
    lexicon: Lexicon,
    claim_of: list[int],
    *,
    known: bool,
) -> list[tuple[tuple[int, int], Disagreement]]:
    """The disagreements of figures, each with the place of its first version."""
    figures = read_figures(
        sentences, sources, lexicon, stop_words("english"), claim_of, frames=False
    )
    if len({f.source for f in figures}) < 2:
        return []
    pair_claims(figures)
    spread = Counter(chain.from_iterable(figure.terms for figure in figures))
    idf = {word: math.log((len(figures) + 1) / (count + 1)) + 1 for word, count in spread.items()}
    buckets: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        buckets.setdefault(figure.key, []).append(figure)
    compared: list[list[Figure]] = []
    for key, bucket in buckets.items():
        if len({f.source for f in bucket}) < 2:
            continue
        if len(bucket) > MAX_FIGURES_PER_UNIT:
            logger.warning(
                "%d figures in %s; comparing the first %d", len(bucket), key, MAX_FIGURES_PER_UNIT
            )
            bucket = bucket[:MAX_FIGURES_PER_UNIT]
        bucket = [f for f in bucket if f.active]  # the others match nothing
        if len({f.source for f in bucket}) > 1 and excluding(bucket):  # else all agree
            compared.append(bucket)
    read_frames(f for bucket in compared for f in bucket)  # only the compared need them
    stop = stop_words("english")
    for figure in (f for bucket in compared for f in bucket):
        figure.thing = thing_of(figure, lexicon, stop)
    anchor([f for bucket in compared for f in bucket], sentences, sources)
    found = [group for bucket in compared for group in _group(bucket, lexicon, idf)]
    by_source: dict[str, list[Figure]] = {}
    for figure in figures:
        by_source.setdefault(figure.source, []).append(figure)
    cosine = Cosines(idf)
    found = [v for v in (_reconcile(g, by_source, cosine) for g in found) if excluding(v)]
    return [(group[0].position, _disagreement(*settle(group, known), lexicon)) for group in found]


def _claims(size: int, claims: Sequence[Sequence[int]] | None) -> list[int]:
    """The number of the claim each sentence states, -1 for none; empty when none are given.

    A claim only one sentence states gives no evidence that two figures count
    one thing, and is left out.
    """
    if claims is None:
        return []
    claim_of = [-1] * size
    for number, rows in enumerate(claims):
        if len(rows) > 1:
            for row in rows:
                claim_of[row] = number
    return claim_of


def _group(bucket: list[Figure], lexicon: Lexicon, idf: Mapping[str, float]) -> list[list[Figure]]:
    """The disagreements among the figures of one unit, each one figure per source.

    Matching figures are gathered greedily in set order, each joining the group it
    is closest to (most of whose members it matches), one figure per source (the
    first it gives; a source that says it again is not a second version). A group
    becomes a :class:`~summarize.records.Disagreement` when two of its figures'
    ranges exclude each other (see :func:`_reconcile` and :func:`excluding`).
    """
    matches, score = alike(bucket, lexicon, idf)
    rows, scores = matches.tolist(), score.tolist()
    sources = [f.source for f in bucket]
    groups: list[list[int]] = []
    group_of = [-1] * len(bucket)  # -1: a figure its source said again, in no group
    for i, (row, row_score) in enumerate(zip(rows, scores, strict=True)):
        best, best_score, again = -1, -1.0, False
        for g in dict.fromkeys(group_of[j] for j in range(i) if row[j] and group_of[j] >= 0):
            members = groups[g]
            mine = [m for m in members if sources[m] == sources[i]]
            if mine:
                again = row[mine[0]] and overlap(bucket[i], bucket[mine[0]])
                if again:
                    break  # the source says it again: its first figure stands
                continue  # the source gives another figure there: not this group
            closest = max(row_score[m] for m in members)
            if 2 * sum(row[m] for m in members) >= len(members) and closest > best_score:
                best, best_score = g, closest
        if again:
            continue
        if best < 0:
            best = len(groups)
            groups.append([])
        groups[best].append(i)
        group_of[i] = best
    return [[bucket[i] for i in members] for members in groups if len(members) > 1]


def _reconcile(
    group: list[Figure], by_source: Mapping[str, list[Figure]], cosine: Cosines
) -> list[Figure]:
    """One version per source, in set order.

    When a source also gives a figure that agrees with another source's version
    in a like context, or in the same sentence, and of no other predicate class
    (not the "30" wounded for the "two" killed), that figure stands for it ("$974
    billion over five years or $1.2 trillion over eight years"; "to 5.7% from
    5.9%"; "he claimed 18 died, when in fact 3,000 did": a sentence that gives
    both does not dispute the 3,000). Of figures that agree as well, one in a sentence
    that ends as a statement stands for the source, not one in its headline: a
    source that gives the same figure again in its text ("at least 15 hurt" over
    "... and at least 15 injured.") is cited by that sentence.
    """
    chosen = {f.source: f for f in group}
    for source, current in list(chosen.items()):
        others = [f for s, f in chosen.items() if s != source]
        options = [
            f
            for f in by_source[source]
            if f.kind == current.kind
            and _same_unit(f, current)
            and _same_class(f, current)
            and (
                _again(f, current)
                or any(
                    overlap(f, o) and (f.sentence == current.sentence or cosine(f, o) >= WEAK)
                    for o in others
                )
            )
        ]
        chosen[source] = max(
            [current, *options],
            key=lambda f: (sum(overlap(f, o) for o in others), _stated(f.sentence.text)),
        )
    return sorted(chosen.values(), key=lambda f: f.position)


def _again(one: Figure, two: Figure) -> bool:
    """Whether two figures of one source give the same range: the figure said again."""
    return (one.quantity.low, one.quantity.high) == (two.quantity.low, two.quantity.high)


def _stated(text: str) -> bool:
    """Whether a figure's sentence ends as a statement does: a headline's does not."""
    return text.rstrip().rstrip("\"'\u2019\u201d)")[-1:] in (".", "!", "?")


def _same_class(one: Figure, two: Figure) -> bool:
    """Whether two figures may count the same happening: "30 wounded" is not of "two killed"."""
    return not (one.classes and two.classes) or bool(one.classes & two.classes)


def _same_unit(one: Figure, two: Figure) -> bool:
    if one.kind == "money":
        return UNKNOWN_CURRENCY in (one.currency, two.currency) or one.currency == two.currency
    if " " in one.phrase or " " in two.phrase:  # "150 Chinese passengers", "a 30-car pileup"
        return kin(one.unit, two.unit)
    return kin(one.unit, two.unit) or "person" in (one.unit, two.unit)


def _disagreement(group: list[Figure], certain: bool, lexicon: Lexicon) -> Disagreement:
    versions = tuple(
        Version(
            source=f.source,
            article=f.sentence.article,
            value=f.quantity.text,
            low=f.quantity.low,
            high=f.quantity.high,
            start=f.sentence.start + f.quantity.start,
            end=f.sentence.start + f.quantity.end,
            sentence=f.sentence,
        )
        for f in group
    )
    return Disagreement(
        about=about(group, lexicon, stop_words("english")), versions=versions, certain=certain
    )
