"""The figures of a set's sentences, each with what it takes to compare it with another.

In analysis/, between reading figures and matching them: :func:`read_figures` keeps the
figures that can be compared, each as a :class:`Figure` with its unit, predicate and
context, for :mod:`summarize.analysis._disagree` to match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from itertools import chain

from ...records import Sentence
from .counted import address, compound_head, counted_as, included
from .figure import Figure
from .frame import frame_of, names_of, person
from .heads import dimension_of, head_of
from .predicates import PERSON_UNITS, REFERENCES, SEPARATORS, Lexicon
from .quantities import Quantity, scan_quantities
from .tokens import ContextTerms, SentenceTokens

__all__ = ["UNKNOWN_CURRENCY", "read_figures", "read_frames"]

#: The currency of a bare amount that a money predicate makes money ("40 million").
UNKNOWN_CURRENCY = "?"
_WINDOW = 8  # words either side of a figure that make its context
_NOBODY: frozenset[str] = frozenset()
_NO_YEARS: frozenset[float] = frozenset()
_NEARNESS = (1.0, 1.0, 1.0, *[0.5] * (_WINDOW - 3))  # weight of a context word by distance


def read_figures(
    sentences: Sequence[Sentence],
    sources: Mapping[str, str],
    lexicon: Lexicon,
    stop: Set[str] = frozenset(),
    claims: Sequence[int] = (),
    *,
    frames: bool = True,
) -> list[Figure]:
    """Return the figures of the sentences that can be compared, in set order.

    Reads the figures of every sentence
    (:func:`~summarize.analysis._figures.quantities.scan_quantities`) and keeps those
    that can be compared, each as a :class:`Figure`: the kind and unit it is
    compared in, its predicate class (:mod:`summarize.analysis._figures.predicates`),
    and the words around it (:mod:`summarize.analysis._figures.tokens`), and, for a
    figure that may match another, what it is given for
    (:mod:`summarize.analysis._figures.frame`).

    Not compared: vague amounts ("thousands"), ratios, temperatures, compound
    periods ("a 14-day average"), periods that say when ("after five months"),
    figures whose sentence is cut off just after them ("$1 trillion in..."),
    counts that name nothing and have no person or money predicate, fractional
    counts of people (the "7.2" of an earthquake) and years that date nothing.

    Args:
        sentences: The set's sentences, in set order.
        sources: Article id -> source name (an article it does not name is its own source).
        lexicon: The predicates, with the stemmer that context words are stemmed with.
        stop: Stop words, left out of the context.
        claims: The number of the claim each sentence states (-1: none), by its
            place in ``sentences``; empty when the claims are not known.
        frames: Whether to read what the figures that may match are given for now
            (:func:`read_frames`); ``False`` leaves it to the caller, for the
            figures it compares.

    Example:
        >>> from summarize.text._languages import stemmer
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> s = Sentence("a", 0, 0, 50, "Thousands of people fled and 12 died in two days.")
        >>> lexicon = lexicon_for(stemmer("english"))
        >>> [(f.quantity.text, f.unit, f.cue) for f in read_figures([s], {}, lexicon)]
        [('12', 'person', 'died')]
    """
    figures: list[Figure] = []
    term_of = ContextTerms(lexicon, stop)
    for number, quantities, scan in scan_quantities([s.text for s in sentences]):
        if not any(map(_candidate, quantities)):
            continue
        sentence = sentences[number]
        source = sources.get(sentence.article, sentence.article)
        tokens = SentenceTokens(sentence.text, quantities, scan)
        claim = claims[number] if claims else -1
        figures.extend(_figures(sentence, tokens, source, number, lexicon, term_of, claim))
    if frames:
        read_frames(figures)
    return figures


def _figures(
    sentence: Sentence,
    tokens: SentenceTokens,
    source: str,
    number: int,
    lexicon: Lexicon,
    term_of: ContextTerms,
    claim: int,
) -> list[Figure]:
    """The comparable figures of one sentence, each with its predicate and context."""
    lows, spans, size = tokens.lows, tokens.spans, len(tokens.lows)
    truncated = sentence.text.rstrip().endswith(("...", "\u2026"))
    figures = []
    for k, quantity in enumerate(tokens.quantities):
        a, b = spans[k]
        if not _candidate(quantity) or (truncated and size - b <= 3):
            continue  # "$1 trillion in...": what it counts was cut off
        if quantity.kind == "duration" and _reference(lows, a, b):
            continue  # "after five months", "over eight years": when, not how long
        if quantity.kind == "count" and address(tokens, b):
            continue  # "the 800 block of Elm Street", "1600 Grand Avenue"
        noun = -1  # the counted noun's token
        if quantity.noun:
            ahead = range(b, min(b + 6, size))
            noun = next((i for i in ahead if tokens.word(i) == quantity.noun), -1)
            if 0 <= noun < size - 2 and lows[noun + 1] == "per":
                continue  # "five children per woman": a ratio
        before, after = _stretch(tokens, k)
        # "a 30-car pileup": the predicate near it is its head's ("the pileup killed two")
        head = compound_head(tokens, k, term_of.stop)
        unread = quantity.kind in ("age", "measure") or head >= 0
        classes, cue, cue_at = (0, "", -1) if unread else (
            _predicate(tokens, before, after, noun, lexicon)
        )  # fmt: skip
        kind, unit = _comparable(quantity, classes, lexicon)
        if not kind:
            continue
        skip = {noun, b, b + 1} if "/" in quantity.unit else {noun, head}  # "a day", "per day"
        phrase = " ".join(lows[b : noun + 1]) if noun > b else ""
        if head >= 0:
            phrase = f"{counted_as(unit)} {lows[head]}"  # "30-car", "25-vehicle": "vehicle pileup"
        if kind == "duration" and b < size:  # "three years probation"
            following = tokens.word(b)
            phrase = following if following.isalpha() and lows[b] not in term_of.stop else ""
        if kind == "money":  # "$3 million in sales", "$500,000 in tax revenue"
            phrase = _made_in(tokens, b, lexicon, term_of.stop)
        whose = person(tokens.texts, a, b, term_of.stop) if kind == "age" else _NOBODY
        if kind == "measure" or (kind == "age" and not whose):  # "the 200ft span", "a
            phrase = head_of(tokens, k, term_of.stop)  # 68-year-old bridge": of one thing
        figure = Figure(
            quantity, sentence, number, source, kind, unit, classes, cue,
            _terms(tokens, a, b, skip, term_of), phrase, whose, claim=claim, cue_at=cue_at,
            dimension=dimension_of(tokens, k) if kind == "measure" else "",
        )  # fmt: skip
        if kind == "count":
            figure.included = included(sentence.text, tokens.quantities, k)
        if figure.active:
            figure.pending = (tokens, k, before, after)
        figures.append(figure)
    # a year that is a figure itself ("opened in 1931") dates its own happening, not
    # the sentence's other figures; a year figure is dated by no year but its own value
    dates = {id(f.quantity) for f in figures if f.kind == "year"}
    years = frozenset(q.value for q in tokens.quantities if q.kind == "year" and id(q) not in dates)
    for figure in figures:
        figure.years = years if figure.kind not in ("year", "age") else _NO_YEARS
    return figures


def read_frames(figures: Iterable[Figure]) -> None:
    """Read, in place, what the figures are given for, once each.

    The role, scope and frame (:func:`~summarize.analysis._figures.frame.frame_of`)
    and the names of the sentence of each figure that can match another
    (:attr:`Figure.active`). Only the figures a set compares need them, so
    :mod:`summarize.analysis._disagree` reads them for those alone.

    Args:
        figures: Figures read by :func:`read_figures`; those read already are left as they are.
    """
    names: dict[int, frozenset[str]] = {}  # by sentence tokens
    for figure in figures:
        if figure.pending is None:
            continue
        tokens, k, before, after = figure.pending
        figure.role, figure.scope, figure.frame = frame_of(tokens, k, before, after)
        told = names.get(id(tokens))
        if told is None:
            told = names[id(tokens)] = names_of(tokens.text)
        figure.names = told
        figure.pending = None


def _candidate(quantity: Quantity) -> bool:
    """Whether a figure may be compared: not vague, a ratio, a temperature or a compound period."""
    return not (
        quantity.hedge == "vague"
        or quantity.kind == "ratio"
        or quantity.unit == "\u00b0C"
        or (quantity.kind == "duration" and "-" in quantity.text)  # "a 14-day average"
    )


def _terms(
    tokens: SentenceTokens, a: int, b: int, skip: Set[int], term_of: ContextTerms
) -> dict[str, float]:
    """The figure's context: stems within ``_WINDOW`` tokens, with their nearness.

    The words up to eight tokens either side, stemmed, without stop words,
    predicate words, numbers or the words of other figures, weighted 1 within
    three tokens and 0.5 beyond (``_NEARNESS``).

    Read nearest first before the figure, then after it (the order the stems are
    kept in); a stem keeps its greatest nearness.
    """
    terms: dict[str, float] = {}
    lows, inside, get = tokens.lows, tokens.inside, terms.get
    for i in range(a - 1, max(0, a - _WINDOW) - 1, -1):
        if i in inside or i in skip:
            continue
        term = term_of[lows[i]]
        weight = _NEARNESS[a - 1 - i]
        if term and get(term, 0.0) < weight:
            terms[term] = weight
    for i in range(b, min(len(lows), b + _WINDOW)):
        if i in inside or i in skip:
            continue
        term = term_of[lows[i]]
        weight = _NEARNESS[i - b]
        if term and get(term, 0.0) < weight:
            terms[term] = weight
    return terms


def _made_in(tokens: SentenceTokens, b: int, lexicon: Lexicon, stop: Set[str]) -> str:
    """What an amount is in, stemmed: "tax revenu" for "$500,000 in tax revenues", or "".

    The lower-case words after "in" right after the amount, up to a stop word or a
    mark, at most three; none when they run on ("in the first quarter" is when).
    """
    texts = tokens.texts
    if b >= len(texts) or tokens.lows[b] != "in":
        return ""
    run: list[str] = []
    for word in texts[b + 1 : b + 5]:
        if not (word.isalpha() and word.islower()) or word in stop:
            break
        run.append(lexicon.stem(word))
    return " ".join(run) if 0 < len(run) <= 3 else ""


def _reference(lows: list[str], a: int, b: int) -> bool:
    """Whether a duration says when ("after five months", "two years ago"), not how long."""
    previous = lows[a - 1] if a else ""
    if previous in ("the", "its", "their") and a > 1:
        previous = lows[a - 2]
    following = lows[b] if b < len(lows) else ""
    return previous in REFERENCES or following in ("later", "ago", "earlier", "before", "after")


def _stretch(tokens: SentenceTokens, k: int) -> tuple[range, range]:
    """The token indices before and after figure ``k`` that are its own, nearest first.

    A figure's *stretch* is the words up to the nearest comma, conjunction or
    other figure either side (at most eight each way). Between two figures, the
    words up to the first separator (a comma, a conjunction ...) go to the first,
    the rest to the second; at the ends of the sentence, a figure keeps the words
    up to the nearest separator, at most ``_WINDOW`` of them.
    """
    spans, lows = tokens.spans, tokens.lows
    a, b = spans[k]
    if k:  # after the previous figure's first separator
        low = spans[k - 1][1]
        for i in range(low, a):
            if lows[i] in SEPARATORS:
                low = i + 1
                break
    else:  # after the last separator before it
        low = max(0, a - _WINDOW)
        for i in range(a - 1, low - 1, -1):
            if lows[i] in SEPARATORS:
                low = i + 1
                break
    high = min(spans[k + 1][0] if k + 1 < len(spans) else len(lows), b + _WINDOW)
    for i in range(b, high):
        if lows[i] in SEPARATORS:
            high = i
            break
    return range(a - 1, max(low, a - _WINDOW) - 1, -1), range(b, high)


def _predicate(
    tokens: SentenceTokens, before: range, after: range, noun: int, lexicon: Lexicon
) -> tuple[int, str, int]:
    """The predicate class bits of a figure, the word that gives them and its offset (or 0, "", -1).

    The predicate is the nearest predicate word in the figure's stretch, or its
    counted noun ("One fatality"). A capitalised word inside the sentence is a
    name, never a predicate.
    """
    lows, starts = tokens.lows, tokens.starts
    if noun >= 0:
        bits = lexicon.classes(lows[noun])
        if bits:
            return bits, tokens.word(noun), starts[noun]  # "One fatality", "a dozen injuries"
    known, text = lexicon.known, tokens.text
    particle: bool | None = None  # "from" or "out" in the stretch: read when first needed
    both = chain.from_iterable(zip(before, after, strict=False))
    for i in chain(both, before[len(after) :], after[len(before) :]):  # nearest first
        bits, with_particle = known.get(lows[i]) or lexicon.learn(lows[i])
        if not (bits or with_particle) or (i and text[starts[i]].isupper()):
            continue  # no predicate, or a name ("Bill", "Price")
        if not bits:
            if particle is None:
                particle = any(lows[j] in ("from", "out") for j in chain(before, after))
            bits = with_particle if particle else 0
        if bits:
            return bits, tokens.word(i), starts[i]
    return 0, "", -1


def _comparable(quantity: Quantity, classes: int, lexicon: Lexicon) -> tuple[str, str]:
    """The kind and unit a figure is compared in, or ("", "") when it cannot be compared.

    A count with no unit counts people when its predicate is about people; a
    bare amount of 1000 or more is money of unknown currency ("?") when its
    predicate is about money.
    """
    kind, unit = quantity.kind, quantity.unit
    if kind == "count":
        if classes & lexicon.person and unit in PERSON_UNITS:
            whole = quantity.value.is_integer()
            return (kind, "person") if whole else ("", "")  # not the "7.2" of an earthquake
        if not unit and classes & lexicon.money and quantity.value >= 1000:
            return "money", UNKNOWN_CURRENCY
        if not unit:
            return "", ""
    if kind == "year" and not classes & lexicon.dated:
        return "", ""  # years are everywhere: compared only when they date the same thing
    return kind, unit
