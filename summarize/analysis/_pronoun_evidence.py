"""What a text says of its people outside any quote, for the resolver of "he" and "she".

In analysis/, for :class:`summarize.analysis._pronouns.Resolver`: :func:`called_by`
reads the pronoun a text calls a person by, and :class:`KnownNames` the first and last
words of the full names it gives. Each is read from the whole text, once a person or a
word is asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._named_at import named_at
from ._people import is_person
from ._role_words import ROLE_NOUNS

__all__ = ["ROLE_HE", "ROLE_SHE", "KnownNames", "called_by", "called_by_role", "called_in"]

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


def called_by(text: str, name: str, also: str = "") -> str:
    """The pronoun ("he" or "she") the text uses for a person, or "" when it is unclear.

    Read from the first personal pronoun within 80 characters after each place
    (at most 20) that names them as ``name`` does, or as ``also`` does (their full
    name, for a name of one word: "Ada Ode" for "Ada"), in the same sentence, with no
    other name or quote between: twice one of the two, and never the other.
    """
    he = she = 0
    ends = named_at(text, name, 20) + (named_at(text, also, 20) if also else [])
    for end in sorted(set(ends)):
        word = _PERSONAL.search(text, end, end + _CALLED)
        if word is not None and not _STOP.search(text, end, word.start()):
            he, she = (he + 1, she) if word.group(1).lower() in _HE else (he, she + 1)
    return "he" if he > 1 and not she else "she" if she > 1 and not he else ""


def called_in(text: str, name: str, mentions: Mentions, known: KnownNames) -> str:
    """The pronoun ("he" or "she") a text calls a person by: :func:`called_by`, else the role.

    A name of one word is read with the one full name it is a word of ("Ada" with "Ada
    Marren"); when the text's pronouns do not say, the role it gives them where it
    names them may ("His mother, Ada Ode,": "she"; see :func:`called_by_role`).
    """
    word, full = name.lower(), ""
    if " " not in name and is_person(name) and word in known:
        names = {m.name for m in mentions.every(holding=word) if word in m.key[:1] + m.key[-1:]}
        full = names.pop() if len(names) == 1 else ""
    called = called_by(text, name, full)
    if not called and is_person(name):
        called = called_by_role(mentions.role(name))
    return called


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
        self.alone: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self.answers:
            self.answers[word] = self._named(word) or self.stage(word)
        return self.answers[word]

    def stage(self, word: str) -> bool:
        """Whether a word (lower case) is a name a person goes by alone: "Quillon", "Zorabel".

        The text writes it capitalised, never in lower case and never beside another
        capitalised word (no word of a full name, not "Zorabel Quay"), at least once
        as the subject of a speech verb ("Zorabel said", "said Zorabel"), and calls them
        "he" or "she" (see :func:`called_by`: not a firm, a country or a film); a word in "s" is
        taken for a plural ("Critics", "Officials"), and a word that says nobody in
        particular ("Everyone", "Staff") is none. A person by the name (see
        :func:`~summarize.analysis._people.is_person`), not a body or a place.
        """
        if word not in self.alone:
            self.alone[word] = _stage(self.text, word, self.role)
        return self.alone[word]

    def role(self, word: str) -> bool:
        """Whether a word (lower case) is a role noun that may stand before a name alone.

        A word of :data:`~summarize.analysis._role_words.ROLE_NOUNS` or a performer's
        ("singer", "rapper"), not one read from its ending ("amber" of "Amber Ode").
        """
        return word in ROLE_NOUNS or word in _PERFORMERS

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


# Capitalised words that open a sentence as its subject and name nobody in particular.
_NOBODY = phrases.word_set(
    "everyone everybody someone somebody anyone anybody nobody none many most some few"
    " staff family management security media government parliament congress police"
    " lawmakers officials authorities spokesman spokeswoman spokesperson god"
)
_STAGE = re.compile(r"[A-Z][a-z]+")
# Performers, who often go by one name: "Singer Quillon", "Rapper Zorabel".
_PERFORMERS = phrases.word_set(
    "singer rapper actor actress comedian comic musician drummer guitarist bassist pianist"
    " producer model dancer songwriter artist star poet author designer chef host presenter"
    " filmmaker"
)


def _stage(text: str, word: str, role_word: Callable[[str], bool]) -> bool:
    """Whether ``word`` (lower case) is a name a person goes by alone (see KnownNames.stage)."""
    name = word.capitalize()
    if not _STAGE.fullmatch(name) or word.endswith("s") or word in _NOBODY or len(word) < 3:
        return False
    if not is_person(name) or not phrases.capital(name) or _in_lower_case(text, word):
        return False
    subject = False
    for end in named_at(text, name, 20):
        before = text[max(0, end - len(name) - 30) : end - len(name)].split()[-1:]
        after = text[end : end + 30].split()[:1]
        role = bool(before) and role_word(before[0].lower())  # "Singer Quillon"
        if any(phrases.capital(w) and w[-1:].isalpha() for w in after + before[: not role]):
            return False  # "Zorabel Quay", "Ada Zorabel": a word of a longer name
        speaks = bool(after) and after[0].rstrip(",.") in phrases.VERBS  # "Zorabel said"
        speaks = speaks or (bool(before) and before[0] in phrases.VERBS)  # "said Zorabel"
        subject = subject or speaks
    return subject and called_by(text, name) != ""  # "Zorabel said she": a person


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
