"""Roles an article gives before a person's name, away from it.

In analysis/, for :mod:`summarize.analysis._mentions`: :func:`listed_title` reads a title
in the plural before a list of names ("Sens. Ada Ode, Ivo Brandt and Mara Quell": each a
senator), and :func:`office_before` the office that opens the sentence right before a
person's first mention ("Kessel's Harbour Master was quick to praise the crews." then
'"...," Ada Ode told the Gazette.'); :func:`family_apposed` reads the apposition after a
family name written alone ("Ode, a former harbour board chairman, is ...") for a speaker
that :func:`plain_name` says is named by a name alone. Each reads a bounded stretch of text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ._apposition import apposed_role
from ._role_words import ROLE_NOUNS, is_role
from ._roles import fronted_role
from ._speech_words import TITLES
from ._titles import OFFICES

__all__ = [
    "alone_after_comma",
    "alone_before_comma",
    "family_apposed",
    "family_fronted",
    "listed_title",
    "office_before",
    "plain_name",
    "written_alone",
]

# A title in the plural before a list of names, each of whom holds it: "Sens. Ada Ode, Ivo
# Brandt and ..." (names set apart by a comma or "and", so each split is read one way).
_NAME = r"[A-Z][\w'\u2019.-]*+(?:[ \t]++[A-Z][\w'\u2019.-]*+)*+"
_LISTED = r"(?:,[ \t]++(?:and[ \t]++)?|[ \t]++and[ \t]++)"  # ", ", ", and " or " and "
_PLURAL_TITLE = re.compile(r"\b(Sens|Reps|Govs|Gens)\.[ \t]++(?:" + _NAME + _LISTED + r")*+$")
_LIST_BACK = 200  # characters read back for a title in the plural
# Where a name's sentence opens: after a stop, maybe after the quote that opens it ('... .
# "It is great," Ada Ode').
_OPENS_AT = re.compile(r"[.!?][\"\u201d]?\s+(?:[\"\u201c][^\"\u201c\u201d\n]*[\"\u201d][ \t]+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]?(?=\s)")
_BEFORE = 400  # characters read back for the sentence before a name's first mention
# A sentence that opens with an office as its subject: "Kessel's Harbour Master was ...",
# "The Minister for Ports says ...".
_OFFICE_SUBJECT = re.compile(
    r"(?P<role>(?:The|[A-Z][\w-]*['\u2019]s)[ \t]+(?:[A-Z][a-z-]+[ \t]+){0,2}"
    r"(?P<head>[A-Z][a-z-]+)(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][a-z-]+)?)[ \t]+[a-z]"
)
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Words of a speaker's name that make it more than a name: a role, a title, when it was held.
_NOT_NAME = ROLE_NOUNS | OFFICES | TITLES | frozenset({"former", "acting", "retired"})
# The word before a name that makes it part of a list or of a longer name: "and Ode,".
_LIST_WORDS = frozenset({"and", "or", "nor", "&"})


def listed_title(text: str, start: int) -> str | None:
    """The title a plural before a list of names gives the one at ``start``, or None.

    Example:
        >>> text = "The ban covers Sens. Ada Ode, Ivo Brandt and Mara Quell."
        >>> listed_title(text, text.index("Ivo")), listed_title(text, text.index("Mara"))
        ('Sen.', 'Sen.')
    """
    found = _PLURAL_TITLE.search(text, max(0, start - _LIST_BACK), start)
    return f"{found.group(1)[:-1]}." if found else None


def office_before(
    text: str, at: int, surname: str, names_in: Callable[[int, int], bool]
) -> str | None:
    """The office the sentence right before a name's first mention opens with, or None.

    The name, in full at ``at``, is the first the article gives of that person (its
    ``surname`` is nowhere before) and opens its sentence or follows the quote that
    does. The sentence before opens with an owner or "The", then a title in capitals
    whose head is a role noun, maybe "for" or "of" and what it is of, then a word in
    lower case; it quotes nothing and names nobody (``names_in(lo, hi)`` says whether
    text[lo:hi] names a person).

    Example:
        >>> text = "Kessel's Harbour Master was quick to act. Ada Ode said it went well."
        >>> office_before(text, text.index("Ada"), "Ode", lambda lo, hi: False)
        "Kessel's Harbour Master"
    """
    lo = max(0, at - _BEFORE)
    opening = _OPENS_AT.search(text, lo, at)
    if opening is None:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, opening.start())]
    if not ends and lo > 0:
        return None  # the sentence before opens further back than is read
    first = ends[-1] if ends else 0
    sentence = text[first : opening.start() + 1].strip()
    office = _OFFICE_SUBJECT.match(sentence)
    if office is None or not is_role([office.group("head").lower()]):
        return None
    # Tried once the sentence before is read as an office: a pattern for each surname,
    # compiled for few of them (most names open no sentence after one), not for every one.
    if re.search(rf"\b{re.escape(surname)}\b", text[:at], re.IGNORECASE):
        return None  # named before, in a way not read as a mention
    if _QUOTE_MARKS.search(sentence) or names_in(first, opening.start()):
        return None  # words quoted or a person named: the office may be another's
    role = office.group("role")
    return role[4:] if role.startswith("The ") else role


def family_apposed(text: str, word: str) -> str | None:
    """The role of the first apposition after ``word`` written alone, or None.

    "Ode, a former harbour board chairman, is a critic of the port." gives "former
    harbour board chairman" for the "Ode" of "Ada Ode": the name alone, not after another
    capitalised word ("Ivo Ode, ..." is another person's name, read where the text names
    him), nor after "and" or "or" ("Brandt and Ode, a captain,": the apposition may be of
    both), nor a possessive ("Ode's wife, ..."). The caller says the name is one person's.

    Example:
        >>> family_apposed("Ada Ode spoke. Ode, the harbour master, left.", "Ode")
        'harbour master'
        >>> family_apposed("Ada Ode spoke. Then Ivo Ode, the harbour master, left.", "Ode") is None
        True
    """
    if not word.isalpha() or not word[:1].isupper():
        return None
    for at in alone_before_comma(text, word):
        before = text[max(0, at - 30) : at]
        last = before.split()[-1] if before.split() and before[-1:].isspace() else ""
        if (last[:1].isupper() and last[-1:].isalpha()) or last.lower() in _LIST_WORDS:
            continue  # "Ivo Ode, ...", "Brandt and Ode, ..."
        role = apposed_role(text, at + len(word))
        if role is not None:
            return role
    return None


def family_fronted(text: str, word: str) -> str | None:
    """The role that opens the clause of ``word`` written alone, set off by a comma, or None.

    "A harbour contractor, Ode arrived in 1968." gives "harbour contractor" for the "Ode"
    of "Ada Ode" (see :func:`family_apposed`; the caller says the name is one person's).

    Example:
        >>> family_fronted("Ada Ode spoke. A harbour contractor, Ode left.", "Ode")
        'harbour contractor'
    """
    if not word.isalpha() or not word[:1].isupper():
        return None
    for at in alone_after_comma(text, word):
        role = fronted_role(text, at)
        if role is not None:
            return role
    return None


def alone_before_comma(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (letters only) stands written alone before a comma and a space or tab.

    Not inside a longer word, nor after a stop, an apostrophe or a hyphen ("St.Ode,",
    "O'Ode,", "van-Ode,"): the places a pattern (a lookbehind for none of those, the word,
    a lookahead for the comma and the space) finds, found by ``str.find``: a pattern for each
    word would be compiled at its first use, which costs more than the search (about 0.5
    ms a word, for a few hundred names a digest).

    Example:
        >>> list(alone_before_comma("Ode, then Ivo Ode, then O'Ode, Odes, Ode,x", "Ode"))
        [0, 14]
    """
    key = f"{word},"
    at = text.find(key)
    while at >= 0:
        after = at + len(key)
        if text[after : after + 1] in (" ", "\t") and not (at and _joins(text[at - 1])):
            yield at
        at = text.find(key, at + 1)


def alone_after_comma(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (letters only) stands after a comma and a space or tab, written alone.

    Not the start of a longer word, nor joined by an apostrophe (straight or curly) or a
    hyphen to what follows ("Odes", "Ode's", "Ode-Brandt"): the places a pattern (a
    lookbehind for the comma and the space, the word, a lookahead for none of those) finds,
    found by ``str.find``, as :func:`alone_before_comma` finds its own.

    Example:
        >>> list(alone_after_comma("Ada Ode, Ode left, Odes, Ode's, Ode", "Ode"))
        [9, 32]
    """
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 1]
        if text[max(0, at - 2) : at] in (", ", ",\t") and not (after and _goes_on(after)):
            yield at
        at = text.find(word, at + 1)


def written_alone(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own, found by ``str.find``.

    Neither a word character, an apostrophe (straight or curly) nor a hyphen stands right
    before or right after it: what a pattern of the escaped word between a lookbehind and a
    lookahead for none of those finds, without a pattern compiled for each word.

    Example:
        >>> written_alone("the pier's ode", "ode"), written_alone("odes, ode-like", "ode")
        (True, False)
    """
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _goes_on(text[at - 1])) and not (end < len(text) and _goes_on(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _goes_on(char: str) -> bool:
    """Whether a character after a word makes it part of a longer one.

    A word character, an apostrophe (straight or curly) or a hyphen does.
    """
    return char.isalnum() or char in "_'\u2019-"


def _joins(char: str) -> bool:
    """Whether a character joins the word after it to what comes before.

    A word character, a stop, an apostrophe (straight or curly) or a hyphen does.
    """
    return char.isalnum() or char in "_.'\u2019-"


def plain_name(speaker: str) -> bool:
    """Whether a speaker is a name alone: capitalised words or initials, none a role or title.

    "Ada Ode", "Ada B. Ode", "Ode"; not "Sen. Ada Ode", "Former Harbour Master Ada Ode",
    "Ada Ode of Kessel" nor "Ode and Brandt".
    """
    for word in speaker.split():
        bare = word.rstrip(".")
        if word.endswith(".") and len(bare) != 1:
            return False  # a title's abbreviation ("Del."), not an initial
        if not (bare[:1].isupper() and bare.replace("-", "").replace("'", "").isalpha()):
            return False
        if bare.lower() in _NOT_NAME:
            return False
    return True
