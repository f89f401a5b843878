"""A quote with no attribution that a passage gives to someone: introduced, or followed.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`introduced` names the
speaker the sentence before a quote introduces, and :func:`followed` the speaker of the
quote before when the sentences between are about them; both read the subjects of
sentences as :class:`summarize.analysis._pronouns.Resolver` does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from . import _speaker_phrases as phrases
from ._people import is_person
from ._pronouns import Resolver
from ._speaker_phrases import Said

__all__ = ["followed", "introduced"]

_FOLLOWED = 2  # sentences about a speaker between their quote and one that goes on with it
# What a sentence that introduces a speaker may say they did (see introduced).
_SPEAKING = phrases.VERBS | phrases.word_set("spoke speaks speaking addressed addresses")
_WORDS = re.compile(r"[A-Za-z]+")


def introduced(resolver: Resolver, sentence: int) -> Said | None:
    """The speaker the sentence before introduces, for a quote with no attribution.

    News often names a speaker, then quotes them with no "said": 'The mayor,
    Ada Ode, spoke to reporters at the scene. "This is a dark day."' The
    speaker is the named subject of the sentence right before, when that
    sentence speaks of speaking (a speech verb, or "spoke", "speaking" or
    "addressed") and does not hold a quote of its own.
    """
    if sentence == 0:
        return None
    before = resolver.sents[sentence - 1]
    j = bisect_left(resolver.opens, before.start)
    if j < len(resolver.spans) and resolver.spans[j].open < before.end:
        return None  # the sentence before quotes someone itself
    words = {w.lower() for w in _WORDS.findall(resolver.text, before.start, before.end)}
    if words.isdisjoint(_SPEAKING):
        return None
    name = resolver.opening(sentence - 1)
    if name is None:
        return None
    return Said(name, before.start, before.start, False)


def followed(resolver: Resolver, said: Sequence[Said | None], sentence: int) -> Said | None:
    """The speaker of the quote before, for a quote with no "said" after sentences about them.

    News quotes someone, says more of them, then quotes them again with no
    "said": '"We will rebuild," said Ada Ode.' then 'Ode has run the port for
    ten years.' then '"The bridge is the heart of this town."'. The quote before
    (quote ``len(said) - 1``) has a named person as its speaker, and each of the
    one or two sentences between the two quotes has that person as its subject:
    by their name or one word of it, or by a "he" or "she" that stands for them
    (see :meth:`~summarize.analysis._pronouns.Resolver.resolve`). A sentence about
    anyone else gives none.
    """
    n = len(said)
    before = said[n - 1] if n else None
    if before is None or before.speaker is None or not is_person(before.speaker):
        return None
    name = before.speaker
    last = bisect_right(resolver.starts, resolver.spans[n - 1].close - 1) - 1
    if not 0 < sentence - last - 1 <= _FOLLOWED:
        return None
    for k in range(last + 1, sentence):
        subject = resolver.opening(k)
        if subject is None:
            led = resolver.led(k)
            subject = resolver.resolve(said, k, led) if led else None
        if subject is None or subject.split()[-1] != name.split()[-1]:
            return None  # the sentence is about someone else, or nobody known
    start = resolver.sents[sentence - 1].start
    return Said(name, start, start, False)
