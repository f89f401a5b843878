"""Whom a sentence speaks of, rather than who speaks: the people "he" and "she" pass over.

In analysis/, for :class:`summarize.analysis._pronouns.Resolver`: a person named after the
speech verb of a sentence's subject (:func:`speaking`), after the same pronoun's speech
verb (:func:`speaks_of`), or as the object of a phrase that opens the pronoun's own
sentence (:func:`addressed`) is spoken of, and so not whom the pronoun stands for; a
sentence that speaks of a person by a definite role and the pronoun's possessive ("the
mayor's own staff ... her claim") follows them (:func:`by_role`), and so does one that
names a person and then calls someone by the pronoun before naming another ("with Sen.
Ada Ode, as she spoke against President Ivo Brandt's plan": :func:`followed`). Each call
reads one sentence up to a name.
"""

from __future__ import annotations

import re

from ..records import Sentence
from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._people import is_person

__all__ = ["addressed", "by_role", "followed", "speaking", "speaks_of"]

# "the delegate's", "the mayor": a role that may stand for a person named before.
_THE_ROLE = re.compile(r"\b([Tt]he[ \t]+[a-z]+)(?:['\u2019]s)?\b")
_POSSESSIVE = {"she": re.compile(r"\b[Hh]er\b"), "he": re.compile(r"\b[Hh]is\b")}
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
# Every form of the pronoun, subject, object and possessive.
_FORMS = {
    "she": re.compile(r"\b(?:[Ss]he|[Hh]ers?|[Hh]erself)\b"),
    "he": re.compile(r"\b(?:[Hh]e|[Hh]i[ms]|[Hh]imself)\b"),
}

# Prepositions that open a phrase set before a clause, and name whom it is to or about.
_FRONTING = phrases.word_set("in at on after during with through from by for to before upon")


def speaking(text: str, sentence: Sentence, at: int, subject: str | None) -> str | None:
    """The sentence's named subject when it speaks of someone named after its verb, at ``at``.

    As in "Ada Ode noted that Ivo Brandt never came.", where ``at`` is Brandt's offset and
    ``subject`` "Ada Ode": the one who speaks is whom the passage follows, not whom they
    speak of.

    Example:
        >>> text = "Ada Ode noted that Ivo Brandt never came."
        >>> sentence = Sentence("a", 0, 0, len(text), text)
        >>> speaking(text, sentence, text.index("Ivo"), "Ada Ode")
        'Ada Ode'
    """
    start = sentence.start
    if at >= sentence.end or subject is None or not is_person(subject):
        return None
    if not phrases.may_cue(text, start, at):
        return None
    toks = phrases.tokens(text, start, at)
    named = text.find(subject.split()[-1], start, at)
    verb = next((toks[n][0] for n in range(len(toks)) if phrases.cue(toks, n)), at)
    return subject if 0 <= named < verb < at else None


def speaks_of(text: str, sentence: Sentence, at: int, pronoun: str) -> bool:
    """Whether the pronoun speaks in the sentence before ``at``: "Then, she said, Ivo Brandt".

    Example:
        >>> text = "Then, she said, Ivo Brandt left."
        >>> speaks_of(text, Sentence("a", 0, 0, len(text), text), text.index("Ivo"), "she")
        True
    """
    start = sentence.start
    if at >= sentence.end or not phrases.may_cue(text, start, at):
        return False
    toks = phrases.tokens(text, start, at)
    return any(
        toks[n][2].lower() == pronoun and phrases.cue(toks, n + 1) for n in range(len(toks) - 1)
    )


def addressed(text: str, sentence: Sentence, at: int) -> bool:
    """Whether the person named at ``at`` is the object of a phrase that opens the sentence.

    As in "In a letter to Mayor Ivo Brandt, she wrote": a phrase that opens with a
    preposition, holds no comma before the name, and has one right before it (titles
    aside); whom the sentence's pronoun stands for is someone else.

    Example:
        >>> text = "In a letter to Mayor Ivo Brandt, she wrote: no."
        >>> addressed(text, Sentence("a", 0, 0, len(text), text), text.index("Ivo"))
        True
    """
    start = sentence.start
    words = text[start:at].split()
    if not words or words[0].lower() not in _FRONTING or "," in text[start:at]:
        return False
    while words and words[-1][:1].isupper():
        words.pop()  # "Mayor", "Gov.": a title before the name
    return bool(words) and words[-1] in _FRONTING


def by_role(text: str, sentence: Sentence, pronoun: str, mentions: Mentions) -> str | None:
    """The person a definite role in a sentence stands for, when it speaks of them so.

    As in "a betrayal by the mayor's own staff, and a turn from her first claim" after
    "Mayor Ada Ode": "the mayor" is a person named before with that role or title (see
    :meth:`~summarize.analysis._mentions.Mentions.named`), and the sentence holds the
    pronoun's possessive ("her" for "she"). The caller makes sure it names no one.

    Example:
        >>> from summarize.records import Sentence
        >>> text = "Mayor Ada Ode spoke. It was a blow to the mayor's staff and her plan."
        >>> sentence = Sentence("a", 1, 21, len(text), text[21:])
        >>> by_role(text, sentence, "she", Mentions(text))
        'Mayor Ada Ode'
    """
    possessive = _POSSESSIVE.get(pronoun)
    if possessive is None or not possessive.search(text, sentence.start, sentence.end):
        return None
    for m in _THE_ROLE.finditer(text, sentence.start, sentence.end):
        person = mentions.named(m.group(1).lower(), m.start())
        if person is not None:
            return person[0]
    return None


def followed(
    text: str, sentence: Sentence, at: int, pronoun: str, named: list[tuple[int, str]]
) -> str | None:
    """The person named before ``at`` in the sentence that the pronoun then stands for.

    ``named`` holds the people named in the sentence, each with its offset, in order;
    ``at`` is where the most recent of them is named, as the owner of something. When the
    pronoun ("she", "her", ...) stands between an earlier person and ``at``, no one else
    is named between and no quotation mark stands before, the sentence follows that
    person, not the owner: "Such was the case with Sen. Ada Ode, as she
    appeared on three shows against President Ivo Brandt's plan" calls Ode "she", so a
    later "she" stands for Ode, not Brandt.

    Example:
        >>> text = "It was so with Sen. Ada Ode, as she spoke against Gov. Ivo Brandt's plan."
        >>> sentence = Sentence("a", 0, 0, len(text), text)
        >>> named = [(15, "Sen. Ada Ode"), (50, "Gov. Ivo Brandt")]
        >>> followed(text, sentence, 50, "she", named)
        'Sen. Ada Ode'
        >>> followed(text, sentence, 50, "he", named) is None
        True
    """
    forms = _FORMS.get(pronoun)
    last = [name for where, name in named if where == at]
    if forms is None or not last or not text.startswith(("'s", "\u2019s"), at + len(last[0])):
        return None  # only a name that owns something ("Brandt's plan") gives way
    if any(mark in text[sentence.start : at] for mark in _QUOTE_MARKS):
        return None  # words in quotes call people from their speaker's side
    before = [(where, name) for where, name in named if sentence.start <= where < at]
    if not before:
        return None
    where, name = before[-1]
    found = forms.search(text, where + len(name), at)
    return name if found is not None and is_person(name) else None
