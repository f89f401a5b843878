"""Whom a "they" that says a quote stands for: the plural speaker of the quote right before.

In analysis/, for :mod:`summarize.analysis._speakers`: "he" and "she" are resolved by
:class:`summarize.analysis._pronouns.Resolver`; a "they" is rarely a named speaker, but
right after a quote of a plural one ('"...," the couple said. "...," they said.') it is
that speaker. :func:`they_before` reads it; each call reads a bounded stretch of text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._attribution import QuoteSpan
from ._speaker_phrases import Said, word_set

__all__ = ["they_before"]

_NEAR = 400  # characters from the quote before to this one, at most
# Nouns of a group of people that a "they" may stand for.
_GROUPS = word_set(
    "family couple parents group team officials authorities police researchers scientists"
    " authors organizers organisers lawyers prosecutors investigators relatives siblings"
    " friends neighbors neighbours residents students workers members"
)


def they_before(
    text: str, spans: Sequence[QuoteSpan], said: Sequence[Said | None], n: int, pronoun: str
) -> str | None:
    """The plural speaker of quote n - 1, for a "they" that says quote n, or None.

    The quote before ends within 400 characters before this one, with no quote between,
    and its speaker is plural: two joined by "and" ("Ada Ode and Ivo Brandt"), a group
    ("the couple", "Ode's family", "harbour officials") or a family by its name ("the
    Odes"). A speaker of one ("Ada Ode", "the mayor") gives None.

    Example:
        >>> text = '"We saw it," the couple said. "It was old," they said.'
        >>> spans = [QuoteSpan(0, 1, 10, 11, 0), QuoteSpan(30, 31, 43, 44, 0)]
        >>> they_before(text, spans, [Said("the couple", 12, 22, False)], 1, "they")
        'the couple'
    """
    if pronoun.lower() != "they" or not n or n > len(said):
        return None
    before = said[n - 1]
    if before is None or before.speaker is None or spans[n].open - spans[n - 1].close > _NEAR:
        return None
    speaker = before.speaker
    words = speaker.split()
    last = words[-1]
    plural = (
        " and " in speaker
        or last.lower() in _GROUPS
        or (last.islower() and last.endswith("s") and len(words) > 1)
        or (words[0].lower() == "the" and last[:1].isupper() and last.endswith("s"))
    )
    return speaker if plural else None
