"""Who "he" and "she" stand for in the attributions of quotes.

In analysis/, for :mod:`summarize.analysis._speakers`: :class:`Resolver` names the person a
quote's "he" or "she" stands for, and the speaker a sentence introduces before a quote
with no attribution; :mod:`summarize.analysis._speaker_phrases` reads the words. Each
stretch of text between quotes is read once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Protocol

from ..records import Sentence
from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._people import is_person
from ._speaker_phrases import Said

__all__ = ["Resolver", "Span"]

_PLACE_PREFIX = re.compile(r"\b(?:St|Ste|Mt|Ft)\.?\s*$")
_OPENING = 24  # tokens read at a sentence's start for its subject
_DESCRIBING = 6  # words that may describe a sentence's subject before its name
_CONTEXT = 1200  # characters read before a quote to resolve "he" or "she"
_LOOKBACK = 16  # quotes looked back over to resolve "he" or "she"
# Verbs that take a name as their object: "Police found Ada Ode", not "Dock worker Ada Ode".
_ACTS = phrases.word_set(
    "saw met found took brought hit left led sent gave kept caught held struck shot"
)
# Nouns after a name that make the name a modifier: "Harbour Board officials said".
_MEMBERS = phrases.word_set(
    "officials official spokesman spokeswoman spokesperson volunteers workers staff members"
    " residents crews crew officers troops fighters supporters sources chief director leader"
    " head chairman chairwoman chair president minister team fans senator governor mayor"
    " lawmaker lawmakers representative dean researchers scientists experts students players"
    " doctors lawyers analysts activists protesters investigators prosecutors"
)
# Words that cannot describe a name that follows them.
_NOT_DESCRIBING = phrases.BOUNDARY | phrases.OF | phrases.PRONOUNS
# What a sentence that introduces a speaker may say they did (see Resolver.introduced).
_SPEAKING = phrases.VERBS | phrases.word_set("spoke speaks speaking addressed addresses")
_WORDS = re.compile(r"[A-Za-z]+")


class Span(Protocol):
    """A paired quote as the resolver reads it: its opening mark, and one past its closing one."""

    @property
    def open(self) -> int: ...

    @property
    def close(self) -> int: ...


def _describes(word: str, k: int) -> bool:
    """Whether a word can describe a name that follows it ("Dock worker"), not act on it."""
    lower = word.lower()
    if not phrases.is_word(word) or lower in _NOT_DESCRIBING:
        return False
    acts = word.islower() and (word.endswith("ed") or lower in _ACTS)  # "Police arrested"
    return k == 0 or not acts


def _opening_name(text: str, lo: int, hi: int) -> str | None:
    """The named person who opens text[lo:hi] as its subject ("Dock worker Ada Ode, 52, was").

    A sentence's subject is a name of two words or more that opens it outside any
    quote, possibly after words that describe it ("Dock worker Ada Ode, 52, was
    ...", "The city's engineer, Dr. Ada Ode, said ..."), followed by a lower-case
    word (its verb), a comma or a parenthesis; not after "the" or a verb ("Police
    found Ada Ode"), not a possessive ("Ada Ode's car"), not followed by "and"
    ("Ada Ode and ...") or by a group noun ("Ada Ode supporters", where the name
    describes them).
    """
    toks = phrases.tokens(text, lo, hi, _OPENING)
    k, described, appositive = 0, 0, False
    while k < len(toks) and described <= _DESCRIBING:
        word = toks[k][2]
        if word == "," and described and not appositive:  # "The city's engineer, Dr. Ada Ode,"
            k, appositive = k + 1, True
            continue
        if not _describes(word, k):
            return None
        j = phrases.name_forward(toks, k, len(toks)) if phrases.capital(word) else k
        name = phrases.speaker_of(text, toks, k, j).speaker if j > k else None
        after = toks[j][2] if j < len(toks) else ""
        owner = toks[j - 1][2].endswith(("'s", "\u2019s"))  # "Ada Ode's car"
        named = name is not None and len(name.split()) >= 2 and is_person(name)
        if named and not owner and not (k and toks[k - 1][2].lower() in ("the", "a", "an")):
            then = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
            if after in ("and", "or", "&") or (appositive and after != ","):
                return None
            if after == "," and then in phrases.PRONOUNS:  # "Operation Ode, she said, ..."
                return None
            capitals = [len(w) > 1 and w.isupper() for _, _, w in toks[k:j]]  # "MUST WATCH"
            shouted = capitals[-1] or sum(capitals) > 1
            verb = after in (",", "(") or after[:1].islower()  # what follows a subject
            if verb and after.lower() not in _MEMBERS and not shouted:
                return name
        k, described = max(j, k + 1), described + max(j - k, 1)
    return None


def _mentions(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """The named people in text[lo:hi] (no quote in it): speech verbs' subjects and titled names."""
    found: list[tuple[int, str]] = []
    if not (phrases.may_cue(text, lo, hi) or phrases.may_title(text, lo, hi)):
        return found  # a verb's subject or a titled name, or no one
    toks = phrases.tokens(text, lo, hi)
    clause = 0
    for k, (_, _, word) in enumerate(toks):
        who = None
        if word in phrases.ENDS and phrases.ends_at(toks, k):
            clause = k + 1
        elif word in phrases.VERBS and phrases.cue(toks, k):
            who = phrases.subject(text, toks, clause, k, whole=False)
        elif word.lower() in phrases.TITLES and phrases.capital(word):
            j = phrases.name_forward(toks, k, len(toks))
            who = phrases.speaker_of(text, toks, k, j) if j - k >= 2 else None
        if who is not None and who.speaker and is_person(who.speaker):
            saint = _PLACE_PREFIX.search(text, max(0, who.start - 5), who.start)  # "St. Ode said"
            if not saint:
                found.append((who.start, who.speaker))
    return found


class Resolver:
    """Resolves "he" and "she", reading each stretch of text between quotes once.

    "he" and "she" stand for a named person, looked for in this order: the subject
    of the quote's own sentence; the most recent person named earlier in that
    sentence; the subject of the sentence before it; then the most recent of the
    people named in the three content sentences before the quote and at most 1,200
    characters back (an earlier quote's speaker, the subject of a speech verb, a
    titled name such as "President Ode", the subject of a sentence; see
    ``_mentions``). A sentence's subject is found by ``_opening_name``. A person is
    never an organisation or a place (see
    :func:`summarize.analysis._people.is_person`), nor a name that
    follows "St.".
    """

    def __init__(
        self, text: str, sents: Sequence[Sentence], spans: Sequence[Span], mentions: Mentions
    ):
        self.text, self.sents, self.spans, self.mentions = text, sents, spans, mentions
        self.starts = [s.start for s in sents]
        self.opens = [span.open for span in spans]
        self.seen: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.subjects: dict[int, str | None] = {}

    def resolve(self, said: Sequence[Said | None], sentence: int) -> str | None:
        """The person quote ``len(said)``'s "he" or "she" stands for, or None.

        ``said`` holds the attributions of the quotes before it, ``sentence`` is
        the index of the sentence it opens in.
        """
        n, sents, spans = len(said), self.sents, self.spans
        own = self._opening(sentence)
        if own is not None:
            return own
        lo = max(sents[max(0, sentence - 3)].start, spans[n].open - _CONTEXT)
        at, recent = self._recent(said, lo)
        if at >= sents[sentence].start:
            return recent
        for k in range(sentence - 1, max(0, sentence - 3) - 1, -1):  # subjects first, then
            if k < sentence - 1 and sents[k].start <= at:  # by recency
                break
            name = self._opening(k) if sents[k].start >= lo else None
            if name is not None:
                return name
        return recent

    def introduced(self, sentence: int) -> Said | None:
        """The speaker the sentence before introduces, for a quote with no attribution.

        News often names a speaker, then quotes them with no "said": 'The mayor,
        Ada Ode, spoke to reporters at the scene. "This is a dark day."' The
        speaker is the named subject of the sentence right before, when that
        sentence speaks of speaking (a speech verb, or "spoke", "speaking" or
        "addressed") and does not hold a quote of its own.
        """
        if sentence == 0:
            return None
        before = self.sents[sentence - 1]
        j = bisect_left(self.opens, before.start)
        if j < len(self.spans) and self.spans[j].open < before.end:
            return None  # the sentence before quotes someone itself
        words = {w.lower() for w in _WORDS.findall(self.text, before.start, before.end)}
        if words.isdisjoint(_SPEAKING):
            return None
        name = self._opening(sentence - 1)
        if name is None:
            return None
        return Said(name, before.start, before.start, False)

    def _opening(self, k: int) -> str | None:
        """The named subject of sentence k, unless k starts inside a quote."""
        if k not in self.subjects:
            start, end = self.sents[k].start, self.sents[k].end
            j = bisect_right(self.opens, start)
            inside = j > 0 and self.spans[j - 1].close > start
            self.subjects[k] = (
                None
                if inside
                else _opening_name(self.text, start, end) or self.mentions.subject(start, end)
            )
        return self.subjects[k]

    def _recent(self, said: Sequence[Said | None], lo: int) -> tuple[int, str | None]:
        """The most recent named person from ``lo`` to quote ``len(said)``, and where."""
        text, sents, spans, starts = self.text, self.sents, self.spans, self.starts
        n = len(said)
        hi = spans[n].open
        best: tuple[int, str] = (-1, "")
        a = n
        while a > max(0, n - _LOOKBACK) and spans[a - 1].close > lo:  # the quotes in the window
            a -= 1
        for who in said[a:n]:
            if who and who.speaker and lo <= who.start < hi and is_person(who.speaker):
                best = max(best, (who.start, who.speaker))
        for j in range(a, n + 1):  # the stretches outside quotes, sentence by sentence
            start = spans[j - 1].close if j else 0
            k = max(0, bisect_right(starts, max(start, lo)) - 1)
            while k < len(sents) and sents[k].start < spans[j].open:
                c, d = max(start, sents[k].start), min(spans[j].open, sents[k].end)
                if c < d:
                    if (c, d) not in self.seen:
                        self.seen[c, d] = _mentions(text, c, d)
                    for named in self.seen[c, d]:
                        if lo <= named[0] < hi and named > best:
                            best = named
                k += 1
        return (best[0], best[1]) if best[0] >= 0 else (-1, None)
