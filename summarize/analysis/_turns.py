"""Who answers in a dialogue: "she said" right after another person's quote.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`turned` reads a "he" or
"she" that opens a new paragraph right after a quote someone else is named for, as the
other side of the exchange: the person the passage followed before that quote by the
same pronoun, not the name printed last. It asks
:class:`summarize.analysis._pronouns.Resolver` what each sentence opens with and what
the text calls each person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ._attribution import QuoteSpan
from ._pronouns import Resolver
from ._speaker_phrases import Said

__all__ = ["turned"]

_BACK = 6  # sentences read back, before the other person's quote, for whom the passage follows
# A verb after the pronoun that goes on with the words before it: the same speaker.
_GOES_ON = re.compile(r"[ \t]+(?:added|adds|continued|continues|went[ \t]+on|goes[ \t]+on)\b")


def turned(
    resolver: Resolver,
    spans: Sequence[QuoteSpan],
    said: Sequence[Said | None],
    sentence: int,
    who: Said,
) -> str | None:
    """The person a quote's "he" or "she" stands for when it answers another's quote, or None.

    As in "Ada Ode runs the kiosk. She knows every sailor." then '"The pier is closed,"
    Ivo Brandt told her.' and, in a new paragraph, '"Then we wait," she said.': Ada
    Ode. Read only when the quote before (the last of ``said``) ends the sentence right
    before, in the paragraph right before, and names its speaker, whom the text never
    calls "he" or "she", and when the attribution does not go on with that speaker's
    words ("she added"). The sentences before that quote are read back, at most six:
    one that opens with the pronoun says the passage follows someone by it, and the
    first named subject before it is that person; a named subject the text calls by
    the pronoun counts without one; an earlier quote whose attribution was the same
    pronoun gives its speaker (the turn before). A sentence that names anyone else
    first, or a person the text calls by the other pronoun, gives None.

    ``spans`` are the article's quotes, ``sentence`` the index of the sentence quote
    ``len(said)`` opens in, ``who`` its attribution ("she").
    """
    text, sents = resolver.text, resolver.sents
    n, pronoun = len(said), text[who.start : who.end].lower()
    last = said[-1] if said else None
    if (
        last is None
        or last.pronoun
        or not last.speaker
        or pronoun not in ("he", "she")
        or spans[n - 1].paragraph != spans[n].paragraph - 1  # a turn: the paragraph before
        or _GOES_ON.match(text, who.end)
        or resolver.called_as(last.speaker)
        or resolver.opening(sentence) is not None
    ):
        return None
    before = bisect_right(resolver.starts, spans[n - 1].open) - 1  # the other's quote's sentence
    if bisect_right(resolver.starts, spans[n - 1].close - 1) - 1 != sentence - 1:
        return None  # a sentence of prose between: not right after the other's quote
    followed = False
    for k in range(before - 1, max(-1, before - _BACK - 1), -1):
        j = _last_quote(resolver, k, n)
        if j is not None:  # an earlier turn: '"...," she said.' for Ada Ode, then Brandt's
            earlier = said[j]
            own = earlier is not None and text[earlier.start : earlier.end].lower() == pronoun
            turn = earlier.speaker if earlier is not None and own else None
            return turn if turn and turn != last.speaker else None
        if resolver.led(k) == pronoun:
            followed = True
            continue
        subject = resolver.opening(k)
        if subject is not None:
            called = resolver.called_as(subject)
            fits = subject != last.speaker and called in ("", pronoun)
            return subject if fits and (followed or called == pronoun) else None
        if resolver.names_anyone(sents[k].start, sents[k].end):
            return None
    return None


def _last_quote(resolver: Resolver, k: int, n: int) -> int | None:
    """The last of the quotes before quote n that sentence k holds, or None."""
    start, end = resolver.sents[k].start, resolver.sents[k].end
    j = bisect_left(resolver.opens, end) - 1
    return j if 0 <= j < n and resolver.spans[j].open >= start else None
