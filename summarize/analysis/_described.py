"""A quote that a subject describes something as, or whose words a possessive names.

'Ada Ode described the plan as "..."', 'Ada Ode's line "..."'.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`described_as` reads who
describes something as the quote's words, right before it in its sentence, where no
speech verb stands (:func:`summarize.analysis._attribution.lead` reads those). The
passive ('the plan was described as "..."') names no one here; a speaker after "by"
is read by :func:`~summarize.analysis._attribution.tail`. :func:`owned_words` reads a
person's possessive and a noun for their words ("line", "tweet") right before a quote,
and :func:`owned_wish` one for what they said they want ("Ada Ode's wish to stay").
"""

from __future__ import annotations

import re
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._people import is_person
from ._relative import relative
from ._speaker_phrases import Said
from ._speaker_subject import subject

__all__ = ["described_as", "owned_wish", "owned_words"]

_READ = 200  # characters read back from the quote, at most
# "described", what it describes (no mark that ends a clause or opens a quote), then "as"
# (a no-break space before the quote too, as some pages write it).
_DESCRIBED = re.compile(
    r"\b(?:described|describes)\b[^.;:!?\"\u201c\u201d\n]{1,80}?"
    r"\bas(?:[ \t\u00a0]+(?:an?|the))?[ \t\u00a0]*$"
)
_PASSIVE = phrases.word_set("was were is are be been being")
# A name's possessive, then a noun for words of theirs, right before a quote: "Ada Ode's
# line", "Ode's famous verse", "Ivo Brandt's tweet,". The name opens with a capital and
# holds at most four words.
_OWNED_WORDS = re.compile(
    r"(?<![\w.'\u2019-])(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})['\u2019]s[ \t]+"
    r"(?:(?:famous|best-known|memorable|opening|closing|last|first|own)[ \t]+)?"
    r"(?:line|lines|lyric|lyrics|verse|words|tweet|post|response|reply|answer|retort)"
    r"[ \t]*[,:]?[ \t]*$"
)

# A name's possessive, then a noun for what they want or vow, "to" and a few lower-case
# words right before a quote: 'Ada Ode's wish to remain "..."'.
_OWNED_WISH = re.compile(
    r"(?<![\w.'\u2019-])(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3})['\u2019]s[ \t]+"
    r"(?:(?:stated|expressed|own)[ \t]+)?"
    r"(?:desire|wish|hope|intention|pledge|promise|vow|determination|insistence)[ \t]+"
    r"to(?:[ \t]+[a-z]+){1,3}[ \t]*$"
)
_ARTICLES = phrases.word_set("The A An")


def described_as(text: str, lo: int, hi: int) -> Said | None:
    """The subject that describes something as the quote at ``hi``, in text[lo:hi].

    'Harbour spokesman Ada Ode described the wreck as "..."', '..., Ada Ode, who
    described her as "..."': "described" or "describes", what it describes, then
    "as" (maybe "a" or "the") right before the quote; the subject is read as a
    speech verb's is (see :func:`~summarize.analysis._speaker_subject.subject`), or
    is whom a relative "who" stands for. Not the passive ("was described as"), nor
    a name that ends with "'s" ("Harbourmart's describes"), which would lose it.
    """
    found = _DESCRIBED.search(text, max(lo, hi - _READ), hi)
    if found is None:
        return None
    toks = phrases.tokens(text, max(lo, hi - _READ), found.start() + len("described"))
    k = next((j for j in range(len(toks) - 1, -1, -1) if toks[j][0] == found.start()), None)
    if k is None or (k and toks[k - 1][2].lower() in _PASSIVE):
        return None
    if k and toks[k - 1][2].endswith(("'s", "\u2019s")):
        return None  # "Harbourmart's describes": a name with its "'s" would lose it
    clause = 0
    for j in range(k):
        if toks[j][2] in phrases.ENDS and phrases.ends_at(toks, j):
            clause = j + 1
    return subject(text, toks, clause, k, whole=False) or relative(text, toks, clause, k)


def owned_words(text: str, lo: int, hi: int) -> Said | None:
    """The person whose words a possessive names right before the quote at ``hi``.

    'Ada Ode's line "..." was used again', 'in Ivo Brandt's tweet, "..."', 'Ode's
    response: "..."': the name, a possessive and a noun for words ("line", "lyrics",
    "verse", "words", "tweet", "post", "response", "reply", "answer", "retort"), maybe
    after "famous" or "opening", maybe a comma or a colon; the name must be a person's.
    """
    found = _OWNED_WORDS.search(text, max(lo, hi - 80), hi)
    if found is None or not is_person(found.group("name")):
        return None
    return Said(found.group("name"), found.start("name"), found.end("name"), False)


def owned_wish(text: str, lo: int, hi: int, known: Container[str] = ()) -> Said | None:
    """The person whose stated wish or vow a possessive names right before the quote at ``hi``.

    'in keeping with Ada Ode's wish to remain "out of sight"', 'Ode's pledge to keep
    "every ferry running"': the name, a possessive, a noun for what they want or vow
    ("desire", "wish", "hope", "pledge", "promise", "vow", maybe after "stated" or
    "own"), "to" and one to three lower-case words. The name must be a person's, of two
    words or more or one word of a name the text gives in full (in ``known``: not
    "Acme's wish"), and not open with "The".
    """
    found = _OWNED_WISH.search(text, max(lo, hi - 80), hi)
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    if words[0] in _ARTICLES or not is_person(name):
        return None
    if len(words) == 1 and name.lower() not in known:
        return None
    return Said(name, found.start("name"), found.end("name"), False)
