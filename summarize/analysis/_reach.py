"""Who a "he" or "she" stands for when the resolver names nobody: the one person in reach.

In analysis/, for :mod:`summarize.analysis._speakers`, after
:meth:`summarize.analysis._pronouns.Resolver.resolve` gives no one: :func:`in_reach`
reads the quote before and the sentence or two before the pronoun, and names someone
only when the evidence is clear; a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from . import _speaker_phrases as phrases
from ._people import is_person
from ._pronoun_evidence import ROLE_HE as _HE
from ._pronoun_evidence import ROLE_SHE as _SHE
from ._pronouns import Resolver
from ._roles import is_role
from ._speaker_phrases import Said
from ._subjects import opening_role

__all__ = ["in_reach"]

_BACK = 2  # sentences read back from the pronoun's sentence
_CONTEXT = 800  # characters read back from the pronoun for the one person in reach
_VERB_AFTER = 2  # lower-case words between a role that opens a sentence and its speech verb
_PERSONAL = frozenset({"he", "she"})
_HIS = phrases.word_set("he his him himself")
_HERS = phrases.word_set("she her hers herself")
_WORDS = re.compile(r"[A-Za-z]+")
_DETERMINERS = phrases.word_set("a an the his her")


def in_reach(
    resolver: Resolver,
    said: Sequence[Said | None],
    sentence: int,
    pronoun: str,
    at: int,
    *,
    person: bool = False,
) -> str | None:
    """The person quote ``len(said)``'s "he" or "she" (at offset ``at``) stands for, or None.

    Three readings, each of which must leave no one else in reach:

    - the speaker of the quote right before, in the same paragraph or the one
      before, when nothing between that quote and the pronoun names anyone
      ('"...," the mayor said.' then '"...," he added.');
    - the role that opens the sentence before as the subject of a speech verb, when
      no one is named after it ('A nurse at the clinic said she saw it.' then
      '"...," she said.');
    - the one person named in the pronoun's sentence and the one or two before it,
      within two paragraphs, when something says it is a person: a title or a role
      where named, a sentence it is the subject of, or the same pronoun for them
      elsewhere ('... including lawyer Ivo Brandt.'
      then '"...," he said.').

    A person or role the text calls by the other pronoun, or whose role says so
    ("spokeswoman" for "he"), is nobody's answer; two people in reach give none, and
    so does the one person when the other pronoun stands in reach too ("Ada Ode said
    she ..." for "he"), unless the text calls them by this one. With ``person``, the
    words read instead of the pronoun say themselves that a person is meant ("the
    14-year-old"): the one person named in reach needs no other evidence of it.
    """
    pronoun = pronoun.lower()
    if pronoun not in _PERSONAL:
        return None
    return (
        _quote_before(resolver, said, sentence, pronoun, at)
        or _role_before(resolver, sentence, pronoun, at)
        or _one_person(resolver, said, sentence, pronoun, at, person)
    )


def _quote_before(
    resolver: Resolver, said: Sequence[Said | None], sentence: int, pronoun: str, at: int
) -> str | None:
    """The speaker of the quote right before, when nothing between names anyone."""
    n = len(said)
    before = said[n - 1] if n else None
    if before is None or before.speaker is None or not _someone(before.speaker):
        return None
    text, span = resolver.text, resolver.spans[n - 1]
    if span.close > at or text.count("\n", span.close, at) > 3:
        return None  # more than the paragraph before
    lo = max(span.close, before.end) if span.close <= before.start < at else span.close
    written = text[before.start : before.end].lower()
    if written in _PERSONAL and written != pronoun:
        return None  # the quote before is the other pronoun's
    if _anyone(resolver, lo, at) or not _fits(resolver, before.speaker, pronoun):
        return None
    starts = resolver.starts
    first = next((k for k in range(sentence, -1, -1) if starts[k] <= span.close), 0)
    if sentence - first > _BACK:
        return None
    for k in range(first + 1, sentence + 1):
        if resolver.led(k) not in ("", pronoun):
            return None  # a sentence about someone the other pronoun stands for
        if opening_role(text, resolver.sents[k].start, at) is not None:
            return None  # "The officer then ...": someone else
    return before.speaker


def _role_before(resolver: Resolver, sentence: int, pronoun: str, at: int) -> str | None:
    """The role that opens the sentence before as its subject, when no one is named after it."""
    if sentence == 0 or resolver.led(sentence - 1) or not _same_paragraphs(resolver, sentence):
        return None
    text, before = resolver.text, resolver.sents[sentence - 1]
    if resolver.opening(sentence - 1) is not None:
        return None
    role = opening_role(text, before.start, before.end)
    if role is None or role.speaker is None or not _fits(resolver, role.speaker, pronoun):
        return None
    plural = role.speaker.split()[0] not in _DETERMINERS
    toks = phrases.tokens(text, role.end, before.end, _VERB_AFTER + 1)
    verb = next((k for k in range(len(toks)) if phrases.cue(toks, k)), _VERB_AFTER + 1)
    if plural or verb > _VERB_AFTER or any(not w.islower() for _, _, w in toks[:verb]):
        return None  # the role is no speaker: "The officer arrested ...", "A nurse, 52, said"
    if _anyone(resolver, role.end, at):
        return None
    return role.speaker + text[role.end : toks[verb][0]].rstrip()  # "a nurse at the clinic"


def _one_person(
    resolver: Resolver,
    said: Sequence[Said | None],
    sentence: int,
    pronoun: str,
    at: int,
    person: bool = False,
) -> str | None:
    """The one person named in the pronoun's sentence and the one or two before it.

    With ``person``, the words read for the pronoun are the evidence that they are a person.
    """
    text, sents = resolver.text, resolver.sents
    first = sentence
    while first > max(0, sentence - _BACK) and text.count("\n", sents[first - 1].end, at) <= 3:
        first -= 1
    lo = max(sents[first].start, at - _CONTEXT)
    people: dict[str, str] = {}  # by last word: the name
    full: set[str] = set()  # the names of two words or more ("Ada Ode" and "Ivo Ode": two)
    evidence: set[str] = set()
    for c, d in _outside(resolver, lo, at):
        for m in resolver.mentions.found(c, d):
            people.setdefault(m.name.split()[-1], m.name)
            full.add(m.name)
            if m.role is not None or len(m.key) < len(m.name.split()) or _after_role(text, m.start):
                evidence.add(m.name)  # a role or a title: "Gov. Ada Ode", "the driver, Ada Ode"
    for who in said[bisect_left(resolver.opens, lo - _CONTEXT) :]:
        if who and who.speaker and lo <= who.start < at and is_person(who.speaker):
            people.setdefault(who.speaker.split()[-1], who.speaker)
            evidence.add(who.speaker)
    for k in range(first, sentence + 1):
        if opening_role(text, sents[k].start, min(sents[k].end, at)) is not None:
            return None  # "A nurse said ...": someone unnamed in reach
        if k < sentence and resolver.led(k) not in ("", pronoun):
            return None  # "She said ...": the passage is about someone of the other pronoun
        subject = resolver.opening(k) if sents[k].start < at else None
        if subject is not None and is_person(subject):  # "Ode walked in.": a person, the subject
            evidence.add(people.setdefault(subject.split()[-1], subject))
    if len(people) != 1 or len({n for n in full if " " in n}) > 1:
        return None
    name = next(iter(people.values()))
    if not _fits(resolver, name, pronoun):
        return None
    if not person and name not in evidence and resolver.called_as(name) != pronoun:
        return None  # nothing says it is a person the pronoun may stand for
    other = _HERS if pronoun == "he" else _HIS
    if resolver.called_as(name) != pronoun and any(
        not other.isdisjoint(w.lower() for w in _WORDS.findall(text, c, d))
        for c, d in _outside(resolver, lo, at)
    ):
        return None  # "Ada Ode said she ...": the person may be the other pronoun's
    return name


def _someone(speaker: str) -> bool:
    """Whether a speaker is a person's name or a role ("the mayor"), not words cut ("backstage")."""
    words = speaker.split()
    if is_person(speaker):
        return True
    return len(words) > 1 and words[0].lower() in _DETERMINERS and any(is_role([w]) for w in words)


def _after_role(text: str, at: int) -> bool:
    """Whether a role noun in lower case stands right before ``at``: "lawyer ", "the driver, "."""
    words = text[max(0, at - 30) : at].rstrip(" ,").split()
    return bool(words) and words[-1].islower() and is_role(words[-1:])


def _outside(resolver: Resolver, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of text[lo:hi] outside quotes."""
    stretches: list[tuple[int, int]] = []
    spans = resolver.spans
    for j in range(max(0, bisect_left(resolver.opens, lo) - 1), len(spans)):
        span = spans[j]
        if span.close <= lo:
            continue
        if span.open >= hi:
            break
        if span.open > lo:
            stretches.append((lo, span.open))
        lo = max(lo, span.close)
    if lo < hi:
        stretches.append((lo, hi))
    return stretches


def _anyone(resolver: Resolver, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], outside quotes, may name someone (see Resolver.names_anyone)."""
    return any(resolver.names_anyone(c, d) for c, d in _outside(resolver, lo, hi))


def _same_paragraphs(resolver: Resolver, sentence: int) -> bool:
    """Whether sentence and the one before are in the same paragraph or the two next each other."""
    sents = resolver.sents
    return resolver.text.count("\n", sents[sentence - 1].end, sents[sentence].start) <= 3


def _fits(resolver: Resolver, speaker: str, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for the speaker: not the other's by the text or the role."""
    other = _SHE if pronoun == "he" else _HE
    if not other.isdisjoint(w.lower() for w in speaker.split()):
        return False
    if speaker[:1].islower():
        return True
    role = resolver.mentions.role(speaker) if is_person(speaker) else None
    if role is not None and not other.isdisjoint(w.lower() for w in role.split()):
        return False
    return resolver.called_as(speaker) in ("", pronoun)
