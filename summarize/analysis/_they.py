"""Whom a "they" that says a quote stands for: a plural speaker just before, or two people.

In analysis/, for :mod:`summarize.analysis._speakers`: "he" and "she" are resolved by
:class:`summarize.analysis._pronouns.Resolver`; a "they" is rarely a named speaker, but
right after a quote of a plural one ('"...," the couple said. "...," they said.') it is
that speaker (:func:`they_before`), and right after a sentence that two people named
open ('Ada Ode and Ivo Brandt run the ferry.') it is those two (:func:`they_pair`). Each
call reads a bounded stretch of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Sentence
from ._attribution import QuoteSpan
from ._people import is_person
from ._speaker_phrases import Said, word_set

__all__ = ["they_before", "they_pair"]

_NEAR = 400  # characters from the quote before to this one, at most
# Nouns of a group of people that a "they" may stand for.
_GROUPS = word_set(
    "family couple parents group team officials authorities police researchers scientists"
    " authors organizers organisers lawyers prosecutors investigators relatives siblings"
    " friends neighbors neighbours residents students workers members"
)


_NAME = r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}"
# Two people joined by "and" who open a sentence as its subject, a verb in lower case after.
_PAIR = re.compile(rf"(?P<one>{_NAME})[ \t]+and[ \t]+(?P<two>{_NAME})(?=[ \t]+[a-z])")


def they_pair(text: str, sentences: Sequence[Sentence], k: int, pronoun: str) -> str | None:
    """The two people who open sentence k - 1 as its subject, for a "they" that says a quote.

    'Ada Ode and Ivo Brandt run the ferry.' then '"We will not give up," they said.':
    "Ada Ode and Ivo Brandt". Both are people (:func:`summarize.analysis._people.is_person`),
    the second named in full; anything else before the verb gives None.

    Example:
        >>> from summarize.pipeline import content_sentences
        >>> from summarize.records import Article
        >>> text = 'Ada Ode and Ivo Brandt run the ferry. "We stay," they said.'
        >>> they_pair(text, content_sentences(Article(id="a", text=text)), 1, "they")
        'Ada Ode and Ivo Brandt'
    """
    if pronoun.lower() != "they" or not 0 < k < len(sentences):
        return None
    before = sentences[k - 1]
    found = _PAIR.match(text, before.start, before.end)
    if found is None:
        return None
    one, two = found.group("one"), found.group("two")
    if " " not in two or not (is_person(one) and is_person(two)):
        return None
    return f"{one} and {two}"


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
