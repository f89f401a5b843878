"""The day of one happening that sources of one claim give differently.

In analysis/, beside the figures: :func:`day_disagreements` reads the weekdays that
date a happening ("attacked the port on Thursday", "attacks on the port early
Friday") in sentences that state one claim, for :mod:`summarize.analysis._disagree`
to add to the set's disagreements. Such days only *may* differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from typing import Protocol

import attrs

from ..records import Disagreement, Sentence, Version
from ._figures.frame import names_of
from ._figures.predicates import PREDICATES, Lexicon

__all__ = ["WEEKDAYS", "GivesDay", "Zoned", "day_disagreements", "weekday_disagreement"]

#: The days of the week, numbered as ISO 8601 numbers them (Monday 1, Sunday 7).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Words that tell a time in a zone: a day told in one may be another day elsewhere.
_ZONES = re.compile(
    r"\blocal time\b|\ball times\b|\btime zones?\b|\b(?:East|West) Coast\b|"
    r"\b(?:Eastern|Pacific|Central|Mountain) (?:[Tt]ime|[Ss]tandard|[Dd]aylight)\b|"
    r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)\b"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d[\d,.:]*|\S")
_BEFORE, _AFTER = 6, 3  # words of a day's stretch either side


def _set_of(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Words between two days that make them a span or a choice: "Monday to Friday".
_JOINS = frozenset({"-", "\u2013", "to", "through", "or", "and"})
#: Words between a day and the words before it that do not change what it dates.
_LEADS = _set_of("on early late")
#: Words before a day that make it a bound, a reference or one of many: "by Friday"
#: (a deadline), "since Monday", "last Monday" (which may be any week), "every Monday".
_BOUNDS = _set_of(
    "by until till before after since next last this through from every each following "
    "previous starting beginning as of between to"
)
#: Words that end a day's stretch.
_SEPARATORS = _set_of(
    ', ; : ( ) \u2014 \u2013 - " \u201c \u201d and or but while as when because although '
    "though including which who whom whose where after before since until"
)
#: Words in a day's stretch that make it no day of a past happening, or of another one:
#: what will or may happen, a deadline, and one more happening ("more were killed on Tuesday").
_VETOES = _set_of(
    "will would could can may might should shall plan plans planned expected expects scheduled "
    "set due deadline expire expires effective begin begins start starts more another again "
    "other second further additional new also still"
)
#: Words of a stretch that say no happening: parts of the day, and saying or telling
#: (a source may tell a happening on any day; "said Thursday" dates the telling).
_NO_HAPPENING = _set_of(
    "morning night afternoon evening noon midnight overnight day time local hours "
    "said say says told tell tells announced announce reported report confirmed confirm "
    "released release posted post published tweeted added noted wrote write gave give "
    "made make took take got get came come went go held hold met meet spoke speak called "
    "call asked ask showed show issued issue sent send put began begin started start saw "
    "see according statement"
)
#: Past forms that do not end in "-ed".
_IRREGULAR = _set_of(
    "found made took gave got came went met saw sent put brought caught fled hit shot struck "
    "stole beat fought won lost left led fell rose sold bought paid ran drove flew slain "
    "bound broke broken burnt built spent stood swept threw thrown tore torn woke"
)


@attrs.frozen
class _Dated:
    """A weekday that dates a happening in a sentence.

    Attributes:
        row: The sentence's place in the set.
        source: The source that gives it.
        day: The day's ISO number (Monday 1).
        start: Its offset in the sentence.
        text: The day as written.
        happenings: The stems of the words of its stretch that may name its happening.
        verbs: Those of them written as a past verb ("attacked", "fled").
        words: Stem -> a word of the stretch that has it (for the label).
        scope: The names of its stretch ("the House" of "passed the House on Tuesday").
        names: The names of its sentence.
    """

    row: int
    source: str
    day: int
    start: int
    text: str
    happenings: frozenset[str]
    verbs: frozenset[str]
    words: Mapping[str, str]
    scope: frozenset[str]
    names: frozenset[str]


def day_disagreements(
    sentences: Sequence[Sentence],
    sources: Mapping[str, str],
    claim_of: Sequence[int],
    lexicon: Lexicon,
    stop: Set[str],
) -> list[tuple[tuple[int, int], Disagreement]]:
    """Return the days of one happening that sources of one claim give differently.

    A weekday dates a happening when the words of its stretch (up to six before it
    and three after it, to the nearest comma, conjunction or relative word) name one:
    "indicted Thursday", "attacks on the port early Friday"; not a day that is a
    bound or a reference ("by Friday", "since Monday", "last Monday", "Monday to
    Friday"), of what will or may happen ("will meet on Friday"), of one more
    happening ("more were killed on Tuesday"), nor the day a source was told
    something ("said Thursday"). Two such days of different sources disagree when
    their sentences state one claim and their stretches name one happening: a word
    of the same stem that one of them writes as a past verb ("attacked", "attacks"),
    and neither stretch names what the other sentence does not ("passed the House on
    Tuesday" is not "passed the Senate on Thursday").
    A source that gives two days for one happening of a claim gives none. The
    disagreement is never certain: a day depends on where it is told, and a claim on
    which happening it is; and a day of a source that tells a time in a zone ("local
    time", "ET", "on the East Coast") anywhere in its text may be another day
    elsewhere, so no day of the claim is compared then.

    Args:
        sentences: The set's sentences, in set order.
        sources: Article id -> source name (an article it does not name is its own source).
        claim_of: The number of the claim each sentence states (-1: none).
        lexicon: The predicate classes, with the stemmer words are stemmed with.
        stop: Stop words (lower-case).

    Returns:
        (the place of the first version: sentence number and offset, the
        disagreement) for each claim with days that differ, one version per source
        in set order; ``Version.low`` and ``high`` are the day's ISO number.
    """
    by_claim: dict[int, list[_Dated]] = {}
    for row, sentence in enumerate(sentences):
        claim = claim_of[row] if claim_of else -1
        if claim < 0 or not any(day in sentence.text for day in WEEKDAYS):
            continue
        source = sources.get(sentence.article, sentence.article)
        by_claim.setdefault(claim, []).extend(_read(sentence.text, row, source, lexicon, stop))
    zoned = Zoned(sentences)
    found = []
    for dated in by_claim.values():
        versions = _differing(dated)
        if any(zoned(sentences[d.row].article) for d in versions):
            continue  # "Thursday (on the East Coast)", "early Friday local time": zones apart
        if versions:
            first = versions[0]
            label = _label(versions, lexicon)
            found.append(
                ((first.row, first.start), weekday_disagreement(versions, sentences, label))
            )
    return found


class Zoned:
    """Whether an article's sentences tell a time in a zone ("local time", "ET") anywhere.

    Read for an article only when one of its days is compared: most sets compare none.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._texts: dict[str, list[str]] = {}  # by article, made when first asked
        self._known: dict[str, bool] = {}

    def __call__(self, article: str) -> bool:
        if not self._texts:
            for sentence in self._sentences:
                self._texts.setdefault(sentence.article, []).append(sentence.text)
        if article not in self._known:
            self._known[article] = any(map(_ZONES.search, self._texts.get(article, ())))
        return self._known[article]


def _read(text: str, row: int, source: str, lexicon: Lexicon, stop: Set[str]) -> list[_Dated]:
    """The weekdays of a sentence that date a happening, with the words of their stretches."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    lows = [word.lower() for word, _ in tokens]
    names = names_of(text)
    found = []
    for k, (word, start) in enumerate(tokens):
        if word not in WEEKDAYS:
            continue
        i = k - 1
        while i >= 0 and lows[i] in _LEADS:
            i -= 1
        if i >= 0 and (lows[i] in _BOUNDS or tokens[i][0] in WEEKDAYS):
            continue  # "by Friday", "Monday and Tuesday"
        if k + 2 < len(tokens) and lows[k + 1] in _JOINS and tokens[k + 2][0] in WEEKDAYS:
            continue  # "Monday to Friday"
        low = k
        while low > 0 and k - low < _BEFORE and lows[low - 1] not in _SEPARATORS:
            low -= 1
        high = k + 1
        while high < len(tokens) and high - k <= _AFTER and lows[high] not in _SEPARATORS:
            high += 1
        stretch = [lows[j] for j in range(low, high) if j != k]
        if _VETOES.intersection(stretch):
            continue
        words: dict[str, str] = {}
        verbs = set()
        for j in range(low, high):
            w = tokens[j][0]
            if j == k or not (w.isalpha() and w.islower()) or w in stop or w in _NO_HAPPENING:
                continue
            stem = lexicon.stem(w)
            words.setdefault(stem, w)
            if w.endswith("ed") or w in _IRREGULAR:
                verbs.add(stem)
        if words:
            scope = frozenset(
                w for j in range(max(low, 1), high) if (w := tokens[j][0]) in names
            )  # fmt: skip
            found.append(
                _Dated(row, source, WEEKDAYS.index(word) + 1, start, word,
                       frozenset(words), frozenset(verbs), words, scope, names)
            )  # fmt: skip
    return found


def _differing(dated: list[_Dated]) -> list[_Dated]:
    """One day per source for the happening of a claim whose days differ most, or none.

    Each stem that one source writes as a past verb names a happening; the sources
    that give it with exactly one day each are its versions (the first in set order
    per source). The happening whose versions give the most days wins, then the one
    with the most sources.
    """
    best: list[_Dated] = []
    best_key = (1, 0)
    for stem in sorted({s for d in dated for s in d.verbs}):
        days: dict[str, set[int]] = {}
        first: dict[str, _Dated] = {}
        for d in dated:
            if stem in d.happenings:
                days.setdefault(d.source, set()).add(d.day)
                first.setdefault(d.source, d)
        versions = [first[s] for s in first if len(days[s]) == 1]
        if not any(stem in d.verbs for d in versions) or not _one_place(versions):
            continue
        key = (len({d.day for d in versions}), len(versions))
        if key[0] > 1 and key > best_key:
            best, best_key = versions, key
    return sorted(best, key=lambda d: (d.row, d.start))


def _one_place(versions: Sequence[_Dated]) -> bool:
    """Whether no version's stretch names what another's sentence does not name.

    "Passed the House on Tuesday" and "passed the Senate on Thursday" are two
    happenings, however alike their words.
    """
    return all(one.scope <= two.names for one in versions for two in versions if one.day != two.day)


def _label(versions: Sequence[_Dated], lexicon: Lexicon) -> str:
    """What the days date: "day of the attack" by its predicate class, else "day" and its word."""
    stems = frozenset.intersection(*(d.happenings for d in versions))
    verbs = sorted(stems.intersection(*(d.verbs for d in versions if d.verbs)))
    stem = verbs[0] if verbs else sorted(stems)[0]
    word = versions[0].words[stem]
    if word in _IRREGULAR:  # "found" is no "founded"
        return f"day {word}"
    for name, (_, vocabulary) in PREDICATES.items():
        if stem in {lexicon.stem(w.lstrip("+")) for w in vocabulary.split()}:
            return f"day of the {_HAPPENING.get(name, name)}"
    return f"day {word}"


#: Predicate classes whose name is no noun of one happening.
_HAPPENING = {"missing": "disappearance", "displacement": "evacuation", "casualty": "attack",
              "charge": "charges", "construction": "building"}  # fmt: skip


class GivesDay(Protocol):
    """A weekday a sentence of the set gives: where, by which source, and as written."""

    @property
    def row(self) -> int: ...
    @property
    def source(self) -> str: ...
    @property
    def day(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...


def weekday_disagreement(
    versions: Sequence[GivesDay], sentences: Sequence[Sentence], about: str
) -> Disagreement:
    """The disagreement of weekdays that may differ: each version the day as written.

    A weekday is a value of its ISO number (Monday 1); the versions only may differ.
    """
    return Disagreement(
        about=about,
        versions=tuple(
            Version(
                source=d.source,
                article=sentences[d.row].article,
                value=d.text,
                low=float(d.day),
                high=float(d.day),
                start=sentences[d.row].start + d.start,
                end=sentences[d.row].start + d.start + len(d.text),
                sentence=sentences[d.row],
            )
            for d in versions
        ),
        certain=False,
    )
