"""A quote that a sentence about a named person introduces with a colon.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`introduced_by_colon` reads
'Ada Ode was not convinced: "..."' and 'Ada Ode kept to the radio: "..."', where the
clause names no speech verb (:func:`summarize.analysis._attribution.lead` reads those) but
its subject is whom the quote after the colon gives the words of.
"""

from __future__ import annotations

import re
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._people import is_person
from ._speaker_phrases import Said
from ._subjects import opening_name

__all__ = ["introduced_by_colon"]

_WORDS = re.compile(r"[\w'\u2019.-]+|,")
_READ = 160  # characters of a sentence read before the colon, at most
# Words after which a clause speaks of someone else's words or of another subject.
_ELSEWHERE = (
    phrases.BOUNDARY
    | phrases.PRONOUNS
    | phrases.word_set(
        "saying heard quoted reading read reads statement posted website site page letter"
        " report sign note"
    )
)
_BEFORE_A_NAME = phrases.OF | phrases.word_set("the")
# A text of the subject's own ("kept his statement short:"): their words follow.
_OWN = phrases.word_set("his her their")
_TEXTS = phrases.word_set("statement post letter note")
_THEN = phrases.word_set("also then later")  # "and also offered": the subject's next verb


def introduced_by_colon(text: str, lo: int, colon: int, known: Container[str] = ()) -> Said | None:
    """The named person who opens text[lo:colon], a clause that a colon right before a quote ends.

    ``lo`` is the start of the quote's sentence, ``colon`` the offset of the colon.
    The clause is at most 160 characters, its subject a named person (see
    :func:`~summarize.analysis._subjects.opening_name`; one word of a full name in
    ``known``), and after the name it holds no comma, no word of another clause or
    another speaker (a conjunction, a relative or a pronoun: "in which a woman is
    heard saying:"; an "and" before the subject's next verb is theirs: "and also
    offered"), no text ("statement", "website": a text's words) but one of the
    subject's own ("kept his statement short:"), and no
    capitalised word but after a preposition ("kept to Harbour Radio:").
    """
    if colon - lo > _READ:
        return None
    name = opening_name(text, lo, colon, known)
    if name is None or not is_person(name):
        return None
    at = text.find(name, lo, colon)
    if at < 0:
        return None
    words = _WORDS.findall(text, at + len(name), colon)
    for k, word in enumerate(words):
        own = k and words[k - 1].lower() in _OWN and word.lower() in _TEXTS  # "kept his post"
        after = words[k + 1] if k + 1 < len(words) else ""
        own = own or (word == "and" and (after.endswith("ed") or after in _THEN))  # "and added"
        if word == "," or (word.lower() in _ELSEWHERE and not own):
            return None
        before = words[k - 1] if k else ""
        adjective = "-" in word and word.rpartition("-")[2].islower()  # "a Kessel-friendly"
        if (
            word[:1].isupper()
            and not adjective
            and before.lower() not in _BEFORE_A_NAME
            and not before[:1].isupper()
        ):
            return None  # "Ada Ode met Ivo Brandt:": another person who may speak
    return Said(name, at, at + len(name), False)
