"""Who "he" and "she" stand for in the attributions of quotes.

In analysis/, for :mod:`summarize.analysis._speakers`: :class:`Resolver` names the person a
quote's "he" or "she" stands for, and who each sentence is about (:meth:`Resolver.opening`,
read by :mod:`summarize.analysis._introduced` too); :mod:`summarize.analysis._subjects`
reads a sentence's subject. Each stretch of text between quotes is read once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Protocol

from ..records import Sentence
from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._people import is_person
from ._pronoun_evidence import ROLE_HE, ROLE_SHE, KnownNames, called_in
from ._speaker_phrases import Said
from ._spoken_of import addressed, by_role, followed, speaking, speaks_of
from ._subjects import FRONT, named_in, opening_name, subject_at

__all__ = ["Resolver", "Span"]

_CONTEXT = 1200  # characters read before a quote to resolve "he" or "she"
_LOOKBACK = 16  # quotes looked back over to resolve "he" or "she"
_PASSAGE = 6  # sentences read back for whom a passage follows when nobody is near
_CHAIN = 2  # sentences led by the same pronoun looked back over for whom it stands for
# A name that opens a later clause of a sentence: ", and Ada Ode referred to".
_CLAUSE_NAME = re.compile(
    r"(?:,[ \t]+(?:and|but|while)|;)[ \t]+"
    r"([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019.-]+)*)[ \t]+[a-z]"
)
# A run of capitalised words (possessives and initials included): where a name may be.
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)*")


# A line that credits a pull quote above it: "— Ada Ode, mother of the pilot".
_CREDIT = re.compile(
    r"[-\u2013\u2014]{1,2}[ \t]*([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)+)(?:,|[ \t]*$)"
)


def _credited(text: str, start: int, end: int) -> str | None:
    """The person a credit line at text[start:end] names: "— Ada Ode, mother of the pilot"."""
    found = _CREDIT.match(text, start, end)
    if found is None or "\n" in text[start:end] or not is_person(found.group(1)):
        return None
    return found.group(1)


class Span(Protocol):
    """A paired quote as the resolver reads it: its opening mark, and one past its closing one."""

    @property
    def open(self) -> int: ...

    @property
    def close(self) -> int: ...


_OTHER = {"he": "she", "she": "he"}  # the pronoun of the other gender


class Resolver:
    """Resolves "he" and "she", reading each stretch of text between quotes once.

    "he" and "she" stand for a named person, looked for in this order: the subject
    of the quote's own sentence; the most recent person named earlier in that
    sentence; the subjects of the sentences before it, back to the most recent
    person named; then that person (an earlier quote's speaker, the subject of a
    speech verb, a titled name such as "President Ode"; see
    :func:`summarize.analysis._subjects.named_in`), looked for in the three content
    sentences before the quote and at most 1,200 characters back. A sentence's
    subject is found by :func:`summarize.analysis._subjects.opening_name`, after a
    phrase set off before it and by one word of a name the text gives in full. A
    person named in a sentence that opens with the same pronoun, or that the same pronoun
    speaks of ("Then, she said, Ivo Brandt ..."), is passed over for whom that pronoun
    stands for (``_candidates``); a person named after the speech verb of a sentence's
    named subject ("Ada Ode noted that Ivo Brandt ...") comes after that subject, and
    one named as the object of a phrase that opens the pronoun's own sentence ("In a
    letter to Ivo Brandt, she wrote") is passed over (see :mod:`._spoken_of`); a
    sentence right before the quote that opens with the same pronoun and names no one
    goes on from the subject of the sentence before it ("Ode laughs as she watches
    President Ivo Brandt. She startles ..."), who comes before the names it holds; a
    person the text calls by the other pronoun is passed over (``called_as``); a name
    that opens a later clause of a sentence between the subject and the quote leaves the
    pronoun unresolved (``_competes``). When nobody is named near the quote, the passage is followed
    further back (``_passage``). A person is never an organisation or a place (see
    :func:`summarize.analysis._people.is_person`), nor a name that follows "St.".
    """

    def __init__(
        self, text: str, sents: Sequence[Sentence], spans: Sequence[Span], mentions: Mentions
    ):
        self.text, self.sents, self.spans, self.mentions = text, sents, spans, mentions
        self.starts = [s.start for s in sents]
        self.opens = [span.open for span in spans]
        self.seen: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.subjects: dict[int, str | None] = {}
        self.called: dict[str, str] = {}  # the pronoun the text uses for a person
        self.known: KnownNames | None = None  # first and last words of full names

    def resolve(self, said: Sequence[Said | None], sentence: int, pronoun: str = "") -> str | None:
        """The person quote ``len(said)``'s "he" or "she" stands for, or None.

        ``said`` holds the attributions of the quotes before it, ``sentence`` is
        the index of the sentence it opens in, ``pronoun`` is "he" or "she". A
        person the text calls by the other pronoun is passed over (see ``called_as``).
        """
        pronoun, anyone = pronoun.lower(), False
        for name in self._candidates(said, sentence, pronoun):
            anyone = anyone or name is not None
            if (
                name
                and self._fits(name, pronoun)
                and not self.called_other(said, sentence, pronoun, name)
            ):
                return name
        if anyone:
            return None
        name = self._passage(said, sentence, pronoun)  # nobody nearer: further back
        return name if name is not None and self._fits(name, pronoun) else None

    def called_other(
        self, said: Sequence[Said | None], sentence: int, pronoun: str, name: str
    ) -> bool:
        """Whether a quote of the sentence before has the person as its "she" (or "he").

        'She then asked Brandt, "...?"' or 'The actress then asked Brandt, "...?"' before
        '"Everybody," he said.': whom the attribution there calls "she" or "the actress"
        is no "he".
        """
        other = _OTHER.get(pronoun)
        k = sentence - 1
        if other is None or k < 0:
            return False
        roles = ROLE_SHE if other == "she" else ROLE_HE
        start, end = self.sents[k].start, self.sents[k].end
        for j in range(bisect_left(self.opens, start), len(said)):
            who = said[j]
            if self.spans[j].open >= end:
                break
            written = self.text[who.start : who.end].lower().split() if who else []
            if who and who.speaker == name and written[-1:] and written[-1] in roles | {other}:
                return True  # '"...?" the actress asked': she
        return False

    def _fits(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" may stand for a person: not one the text calls the other.

        A name a person goes by alone ("Quillon"; see :meth:`KnownNames.stage`) only
        when the text calls them by that pronoun: a firm or a country may read so too.
        """
        called = self.called_as(name)
        alone = " " not in name and self.names().stage(name.lower())
        return called == pronoun if alone else called in ("", pronoun)

    def _passage(self, said: Sequence[Said | None], sentence: int, pronoun: str) -> str | None:
        """Whom a passage that names nobody near the quote follows, further back.

        The sentences before the quote, back to :data:`_PASSAGE` of them, are read
        while each opens with the same pronoun or names no one: the first that has a
        named subject, or holds a quote whose speaker is named, gives the person, if
        one of the sentences read opens with the pronoun (the passage follows
        someone: "She slept in her car."); one that names anyone else gives none. A
        line that credits a pull quote ("— Ada Ode, mother of the pilot") has the person
        it credits as its subject.
        """
        text, sents, spans, n = self.text, self.sents, self.spans, len(said)
        followed = False  # a sentence that opens with the pronoun: the passage follows someone
        for k in range(sentence - 1, max(-1, sentence - _PASSAGE - 1), -1):
            start, end = sents[k].start, sents[k].end
            subject = self.opening(k) or _credited(text, start, end)
            if subject is not None:
                return subject if followed else None
            quoted = [
                who.speaker
                for j, who in enumerate(said)
                if who and who.speaker and start <= spans[j].open < end and is_person(who.speaker)
            ]
            if quoted:
                return quoted[-1] if followed else None
            if self.led(k) == pronoun:
                followed = True
                continue
            c = (
                end
                if bisect_left(self.opens, start) >= n
                else min(end, spans[bisect_left(self.opens, start)].open)
            )
            if self.names_anyone(start, c):
                return None  # someone else is named
        return None

    def _candidates(
        self, said: Sequence[Said | None], sentence: int, pronoun: str, depth: int = 0
    ) -> Iterator[str | None]:
        """The people "he" or "she" may stand for, most likely first.

        Past the subjects of the sentences before, the most recent person named
        counts, unless a sentence that opens with the same pronoun names them
        ("He attacked Sen. Ivo Brandt."): that sentence is about whom its own
        pronoun stands for, looked for in the same way from its start.
        """
        sents, spans, n = self.sents, self.spans, len(said)
        hi = spans[n].open if depth == 0 else sents[sentence].start
        yield self.opening(sentence)
        lo = max(sents[max(0, sentence - 3)].start, hi - _CONTEXT)
        at, recent = self._recent(said, lo, hi)
        if at >= sents[sentence].start and addressed(self.text, sents[sentence], at):
            at, recent = -1, None  # "In a letter to Mayor Ivo Brandt, she wrote": not her
        if at >= sents[sentence].start:
            yield recent
        k = sentence - 1
        if k > 0 and at < sents[k].start and self.led(k) == pronoun:
            # "Ode laughs. She startles when she hears ...": the subject that "she" goes on from
            yield self.opening(k - 1)
        for k in range(sentence - 1, max(0, sentence - 3) - 1, -1):  # subjects first, then
            if k < sentence - 1 and sents[k].start <= at:  # by recency
                # "X noted that Y ...": X before Y
                yield speaking(self.text, sents[k], at, self.opening(k))
                break
            yield self.opening(k) if sents[k].start >= lo else None
            if k == sentence - 1 and depth == 0:  # "a betrayal by the delegate's staff, ... her"
                yield self._epithet(k, pronoun)
            if sents[k].start > at and self._competes(k):
                yield ""  # ", and Ada Ode referred to ...": two people to choose from
                return
        k = bisect_right(self.starts, at) - 1
        chained = (
            recent is not None
            and k < sentence
            and depth < _CHAIN
            and (self.led(k) == pronoun or speaks_of(self.text, sents[k], at, pronoun))
        )
        if not chained:
            yield self._followed(k, at, pronoun) if recent is not None else None
            yield recent
        else:  # "He attacked Sen. Ivo Brandt.", "Then, he said, Brandt left.": who "he" is
            before = said[: bisect_left(self.opens, sents[k].start)]
            yield from self._candidates(before, k, pronoun, depth + 1)

    def _followed(self, k: int, at: int, pronoun: str) -> str | None:
        """The person sentence k calls by the pronoun before naming, at ``at``, another."""
        named = named_in(self.text, self.sents[k].start, self.sents[k].end)
        return followed(self.text, self.sents[k], at, pronoun, named)

    def _epithet(self, k: int, pronoun: str) -> str | None:
        """The person a definite role in sentence k stands for (see :func:`by_role`)."""
        start, end = self.sents[k].start, self.sents[k].end
        j = bisect_left(self.opens, start)
        if (j < len(self.spans) and self.spans[j].open < end) or self.names_anyone(start, end):
            return None  # it quotes someone, or names someone
        return by_role(self.text, self.sents[k], pronoun, self.mentions)

    def _competes(self, k: int) -> bool:
        """Whether sentence k names someone as the subject of a later clause, outside quotes.

        As in ", and Ada Ode referred to the trial": a person "he" or "she" may stand
        for, though not the sentence's subject (a name of two words or more, or one
        word of such a name).
        """
        text, start, end = self.text, self.sents[k].start, self.sents[k].end
        j = bisect_left(self.opens, start)
        if j > 0 and self.spans[j - 1].close > start:
            return False  # the sentence starts inside a quote
        end = min(end, self.spans[j].open) if j < len(self.spans) else end
        for m in _CLAUSE_NAME.finditer(text, start, end):
            name = m.group(1)
            if is_person(name) and (" " in name or name.lower() in self.names()):
                return True
        return False

    def names_anyone(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] may name someone: a run of capitalised words, or a word of a name.

        Its first word and "I" aside ("Then her son.", "She said I was wrong" name nobody).
        """
        for m in _CAPITALISED.finditer(self.text, lo, hi):
            run = m.group().split()
            first = not self.text[lo : m.start()].strip()
            if len(run) > 1 or (not first and run[0].lower().strip(".'\u2019s") in self.names()):
                return True
        return False

    def led(self, k: int) -> str:
        """The pronoun ("he" or "she", lower case) that is the subject of sentence k, or ""."""
        start, end = self.sents[k].start, self.sents[k].end
        j = bisect_right(self.opens, start)
        if j > 0 and self.spans[j - 1].close > start:
            return ""  # the sentence starts inside a quote
        toks = phrases.tokens(self.text, start, end, FRONT + 4)
        k = subject_at(toks)
        word = toks[k][2].lower() if k < len(toks) else ""
        return word if word in ("he", "she") else ""

    def called_as(self, name: str) -> str:
        """The pronoun ("he" or "she") the text uses for a person (see :func:`called_in`)."""
        if name not in self.called:
            self.called[name] = called_in(self.text, name, self.mentions, self.names())
        return self.called[name]

    def opening(self, k: int) -> str | None:
        """The named subject of sentence k, unless k starts inside a quote."""
        if k not in self.subjects:
            start, end = self.sents[k].start, self.sents[k].end
            j = bisect_right(self.opens, start)
            inside = j > 0 and self.spans[j - 1].close > start
            self.subjects[k] = (
                None
                if inside
                else opening_name(self.text, start, end, self.names())
                or self.mentions.subject(start, end)
            )
        return self.subjects[k]

    def names(self) -> KnownNames:
        """The first and last words (lower case) of the names of two words or more in the text."""
        if self.known is None:
            self.known = KnownNames(self.text, self.mentions)
        return self.known

    def _recent(self, said: Sequence[Said | None], lo: int, hi: int) -> tuple[int, str | None]:
        """The most recent named person from ``lo`` to ``hi`` (quote ``len(said)`` or before)."""
        text, sents, spans, starts = self.text, self.sents, self.spans, self.starts
        n = len(said)
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
                        self.seen[c, d] = named_in(text, c, d)
                    for named in self.seen[c, d]:
                        plural = " " not in named[1] and named[1].endswith("s")  # "Critics"
                        plural = plural and named[1].lower() not in self.names()
                        if lo <= named[0] < hi and named > best and not plural:
                            best = named
                k += 1
        return (best[0], best[1]) if best[0] >= 0 else (-1, None)
