"""Whom an "it" that says a quote stands for: the one organisation the sentence before names.

In analysis/, for :mod:`summarize.analysis._speakers`: "he" and "she" are resolved by
:class:`summarize.analysis._pronouns.Resolver`; an "it" that speaks ('It said at the
time, "..."') stands for a body, which :func:`body_before` reads from the sentence
before: 'In May the FDA announced that it would look into it.'
"""

from __future__ import annotations

import re

from ._organisations import ORGANISATIONS
from ._pronouns import Resolver

__all__ = ["body_before"]

# A body's name: "the" and an acronym ("the FDA"), or "the" and capitalised words of which
# the last is an organisation's noun ("the Kessel Harbour Board"), then a lower-case word.
_BODY = re.compile(
    r"\b[Tt]he[ \t]+(?P<name>[A-Z]{2,6}|(?:[A-Z][\w&'\u2019-]*[ \t]+){0,4}[A-Z][\w-]*)"
    r"(?=[ \t]+[a-z])"
)
_IT = frozenset({"it"})
_ITS = re.compile(r"\b(?:it|its)\b")  # the body spoken of as "it" after its name
# A quotation in the sentence before: a body named inside it is in the words said
# ('"... will hit the United States back," the ministry said').
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d]")
_COUNTRIES = frozenset({"US", "USA", "UK", "UAE"})  # acronyms of countries, not bodies


def body_before(resolver: Resolver, sentence: int, pronoun: str) -> str | None:
    """The one body the sentence before names, for an "it" that speaks in sentence ``sentence``.

    The body is "the" and an acronym or capitalised words that end in an organisation's
    noun ("the FDA", "the Kessel Harbour Board"; not a country's: "the US"), followed by a
    lower-case word; the sentence before must name no other outside its quotations (a
    body in the words said is not their speaker), and speak of it as "it" or "its" after
    its name ('In May the FDA announced that it would look into it.').

    Example:
        >>> from summarize.pipeline import content_sentences
        >>> from summarize.records import Article
        >>> from ._mentions import Mentions
        >>> text = "In May the FDA announced that it would act. It said: ok."
        >>> sents = content_sentences(Article(id="a", text=text))
        >>> body_before(Resolver(text, sents, [], Mentions(text)), 1, "It")
        'the FDA'
    """
    if pronoun.lower() not in _IT or sentence == 0:
        return None
    before = resolver.sents[sentence - 1]
    quoted = [q.span() for q in _QUOTED.finditer(resolver.text, before.start, before.end)]
    found = [
        m
        for m in _BODY.finditer(resolver.text, before.start, before.end)
        if (
            (m.group("name").isupper() and m.group("name") not in _COUNTRIES)
            or m.group("name").split()[-1].lower() in ORGANISATIONS
        )
        and not any(lo <= m.start() < hi for lo, hi in quoted)  # words said: no subject
    ]
    if len({m.group("name") for m in found}) != 1:
        return None
    if _ITS.search(resolver.text, found[-1].end(), before.end) is None:
        return None  # the sentence before does not speak of the body as "it"
    return "the " + found[-1].group("name")
