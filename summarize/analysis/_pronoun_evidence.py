"""What a text says of its people outside any quote, for the resolver of "he" and "she".

In analysis/, for :class:`summarize.analysis._pronouns.Resolver`: :func:`called_by`
reads the pronoun a text calls a person by, and :class:`KnownNames` the first and last
words of the full names it gives. Each is read from the whole text, once a person or a
word is asked for.
"""

from __future__ import annotations

import re

from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._named_at import named_at

__all__ = ["ROLE_HE", "ROLE_SHE", "KnownNames", "called_by", "called_by_role"]

_PERSONAL = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
#: Words of a role that say whether the person is a man or a woman.
ROLE_HE = phrases.word_set(
    "man men spokesman father husband son brother actor boy grandfather uncle chairman"
    " congressman businessman king prince nephew boyfriend widower dad grandson sir"
)
ROLE_SHE = phrases.word_set(
    "woman women spokeswoman mother wife daughter sister actress girl grandmother aunt"
    " chairwoman congresswoman businesswoman queen princess niece girlfriend widow mom"
    " granddaughter waitress lady"
)
_HE = phrases.word_set("he his him himself")
_CALLED = 80  # characters after a name read for the pronoun the text calls the person by
# The end of a sentence, a quote or another name: what the pronoun may no longer refer back over.
_STOP = re.compile(r"[.!?\"\u201c\u201d]|\b[A-Z][a-z]")
_QUOTE_MARKS = frozenset('"\u201c\u201d\u2018\u2019')


def called_by(text: str, name: str) -> str:
    """The pronoun ("he" or "she") the text uses for a person, or "" when it is unclear.

    Read from the first personal pronoun within 80 characters after each place
    (at most 20) that names them as ``name`` does, in the same sentence, with no
    other name or quote between: twice one of the two, and never the other.
    """
    he = she = 0
    for end in named_at(text, name, 20):
        word = _PERSONAL.search(text, end, end + _CALLED)
        if word is not None and not _STOP.search(text, end, word.start()):
            he, she = (he + 1, she) if word.group(1).lower() in _HE else (he, she + 1)
    return "he" if he > 1 and not she else "she" if she > 1 and not he else ""


def called_by_role(role: str | None) -> str:
    """The pronoun a role says its holder is called by ("mother": "she"), or "" when none does."""
    words = {w.lower() for w in role.split()} if role else set()
    he, she = not words.isdisjoint(ROLE_HE), not words.isdisjoint(ROLE_SHE)
    return "he" if he and not she else "she" if she and not he else ""


class KnownNames:
    """The first and last words (lower case) of the names of two words or more in a text.

    A name is read in running text (not on a line of its own, as in a list of
    tags), and a word the text also writes in lower case is no name ("Protesters").
    A word is looked up where it is asked for, in the runs of capitalised words
    that hold it (and, for lower case, where the text writes it), and the answer kept.
    """

    def __init__(self, text: str, mentions: Mentions) -> None:
        self.text, self.mentions = text, mentions
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self.answers:
            self.answers[word] = self._named(word)
        return self.answers[word]

    def _named(self, word: str) -> bool:
        if _in_lower_case(self.text, word):
            return False
        text = self.text
        for m in self.mentions.every(holding=word):
            key = m.key[: m.key.index("of", 2)] if "of" in m.key[2:] else m.key  # "Ode of Kessel"
            if len(key) < 2 or word not in (key[0], key[-1]):
                continue
            before = text[max(0, m.start - 20) : m.start].rstrip(" \t")
            line = before[-1:] == "\n" or (not before and m.start <= 20)
            quoted = text[m.start - 1 : m.start] in _QUOTE_MARKS  # '"Crimea Russia."'
            quoted = quoted or "\n" in text[m.start : m.end]
            if not quoted and not (line and text[m.end : m.end + 1] in ("", "\n")):
                return True
        return False


def _in_lower_case(text: str, word: str) -> bool:
    r"""Whether ``text`` writes ``word`` as a whole word in lower case ASCII letters.

    A word ``re.findall(r"\b[a-z]+\b", text)`` gives, looked for where the text writes
    it (:func:`named_at`) rather than by reading every word of a long text.

    Example:
        >>> _in_lower_case("Protesters met. The protesters left.", "protesters")
        True
        >>> _in_lower_case("Protesters met; counter-protesters2 left.", "protesters")
        False
    """
    return word.isascii() and word.isalpha() and word.islower() and bool(named_at(text, word, 1))
