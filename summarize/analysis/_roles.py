"""A speaker's role or title, kept apart from the name.

In analysis/: :func:`role_of` reads the words that describe a named speaker, either
right before the name ("said trauma surgeon Dr. Jason Lees", "SDF spokesman Ada
Ode said") or in the apposition after it ("Mara Quell, the harbour master, said",
"Ada Ode, a spokeswoman for the port, said"). A role is a noun phrase whose head
is a role noun: a word of :data:`ROLE_NOUNS`, or one ending as agent nouns do
("-er", "-or", "-ist", "-ian") and is not one of the common words that end so
("other", "paper"); anything else ("Ada Ode, 52,", "Ada Ode, who ...") gives no role.
An apposition opens as a noun phrase does (an article, a capitalised word or a
possessive) and ends before a relative clause ("..., a paleontologist who worked
on the paper"); it is read by :mod:`summarize.analysis._apposition`, and the words of a
role are those of :mod:`summarize.analysis._role_words`; the body a person is of
("Ada Ode of the Harbour Board") is read by :mod:`summarize.analysis._affiliation`.

A title of office written before the name is kept apart from it by
:mod:`summarize.analysis._titles`. The roles an article gives across its text are read
by :mod:`summarize.analysis._mentions`.
"""

from __future__ import annotations

import re

from ._affiliation import affiliated
from ._apposition import apposed_role, role_phrase
from ._organisations import organisation_start
from ._role_words import (
    DETERMINERS,
    LINKING,
    LINKING_ING,
    MOST,
    NOT_ROLE,
    OF,
    OWN_WORDS,
    POSSESSIVES,
    RELATIONS,
    ROLE_NOUNS,
    clause_before,
    is_role,
    owned,
    verb_before,
)
from ._speech_words import PRONOUNS, TITLES, VERBS, word_set

__all__ = [
    "CLAUSE_START",
    "OF",
    "ROLE_NOUNS",
    "fronted_role",
    "is_role",
    "role_of",
    "role_phrase",
]

# A word; a dot only inside it ("U.S"), so a sentence's final stop stays a mark between words.
_ARTICLES = word_set("the a an")
_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019\-&]|\.(?=\w))*")
CLAUSE_START = frozenset('.!?:;\n"\u201c\u201d')


_COUNTING = word_set("another one")  # words that count a role: "Another resident"
# Words that open a clause before its subject, a role set off by commas: "After his father,
# Tom Brell, arrived".
_OPENING_CLAUSE = word_set("when after as since while because if although though before once")
# Prepositions of place a role read back from a name starts after: "near host Ada Ode's room".
_PLACING = word_set("near behind beside outside inside past toward towards around across")
# A name of capitalised words that a comma closes: "Ada Ode," of "Harbour manager, Ada Ode,".
_CLOSED_NAME = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3},")


def role_of(text: str, start: int, end: int) -> str | None:
    """The role the text gives the speaker named at text[start:end], or ``None``.

    Read right before the name ("trauma surgeon Dr. Jason Lees"), before it and set
    off by a comma at the start of its clause ("His father, Tom Brell, said",
    "Harbour manager, Ada Ode, said") or
    after a phrase set off before it ("On Monday, his father, Tom Brell, said"), in
    the apposition after it ("Mara Quell, the harbour master,"), or in the body it
    names after "of" ("Ada Ode of the Harbour Board", or the apposition after a
    place: "Ada Ode of Kessel, the minority leader,").

    Example:
        >>> text = '"We rushed in," said trauma surgeon Dr. Jason Lees.'
        >>> role_of(text, text.index("Dr."), len(text) - 1)
        'trauma surgeon'
        >>> text = 'Mara Quell, the harbour master, said: "Nobody listened."'
        >>> role_of(text, 0, 10)
        'harbour master'
        >>> text = 'Ada Ode, 52, said: "It fell."'
        >>> role_of(text, 0, 7) is None
        True
    """
    return (
        _before(text, start)
        or _fronted(text, start)
        or apposed_role(text, end)
        or _fronted_later(text, start, end)
        or affiliated(text, start, end)
    )


def _before(text: str, start: int) -> str | None:
    """The role written right before the name: the words back to a verb, a mark or a preposition.

    A title that is part of the name ("Dr.", "Gen.") is the speaker's, not here.
    "and" may join two role nouns ("founder and CEO"), and the head may stand
    before "of" and lower-case words ("director of research"). Right after a
    speech verb, a comma may stand between the role and the name ("said Acme
    founder and CEO, Ada Ode").
    """
    if _no_head_before(text, start):
        return None  # the commonest answer, read from the last word alone
    return _read_before(text, start)


def _read_before(text: str, start: int) -> str | None:
    """The role right before the name, read word by word (see :func:`_before`)."""
    words = list(_WORD.finditer(text, max(0, start - 120), start))
    phrase: list[re.Match[str]] = []
    comma, stop = False, ""
    for match in reversed(words):
        gap = text[match.end() : phrase[0].start() if phrase else start]
        if not phrase and not comma and gap.strip() == "," and gap.endswith(" "):
            comma = True  # "founder and CEO, Ada Ode": a speech verb must open the role
        elif gap.strip() or gap.count("\n") > 1 or len(phrase) == MOST:
            break  # a comma, a quotation mark, a dash or a paragraph break: the phrase ends
        word = match.group()
        if word == "and" and phrase and (is_role([phrase[0].group()]) or _headed(phrase)):
            phrase.insert(0, match)  # "founder and CEO", "host and film historian": two roles
            continue
        title = word[0].isupper() and word.lower().rstrip(".") in TITLES  # "Gen.", "Secretary"
        if word.lower() in NOT_ROLE or (title and not phrase):
            if word.lower() in PRONOUNS and not gap.strip():
                return None  # "He took defense attorney Ada Ode": a verb opens the phrase
            stop = word
            break
        if word in LINKING or word in LINKING_ING or word in _PLACING:
            break  # "a plea from whistleblower Ada Ode": the role starts after "from"
        if phrase and owned(phrase[0].group()) and word.islower() and word not in _ARTICLES:
            break  # "the question involves Brell's attorney Ada Ode": the owner opens it
        if phrase and verb_before(word, len(phrase)):
            before = text[max(0, match.start() - 8) : match.start()].split()[-1:]
            if before and before[0].lower() in PRONOUNS:
                return None  # "He hired defence lawyer Ada Ode": as any verb after a pronoun
            break  # "accused former IRS official Ada Ode": the role starts after the verb
        phrase.insert(0, match)
    found = [m.group() for m in phrase]
    for k in range(len(found) - 1, -1, -1):  # "and" after a word that is no role noun ends it
        if found[k] == "and" and not (k and _role_word(found, k - 1)):
            found, phrase = found[k + 1 :], phrase[k + 1 :]
            break
    cut = clause_before(found)  # "judge sentenced veteran", "whereabouts of French reporter"
    found, phrase = found[cut:], phrase[cut:]
    if comma and stop not in VERBS and not _said_before(text, phrase, stop):
        return None  # "Ivo Brandt, the mayor, Ada Ode": a list, not a role
    if stop.lower() in OWN_WORDS and found and found[-1].lower() in RELATIONS:
        return None  # "our dear friend Ada Ode": the speaker's friend, no role of hers
    # The role's head noun stands right before the name ("trauma surgeon Dr. Jason Lees"),
    # or before "of" and what it is of ("director of research Ada Ode").
    of = found.index("of") if "of" in found[1:-1] else 0
    headed = bool(found) and is_role(found[-1:])
    if not headed and not (of and is_role(found[of - 1 : of]) and _lower(found[of + 1 :])):
        return None
    first = phrase[0].start()
    if found[0][:1].isupper():  # "Means Committee chairman": "Ways and" may open it
        first = organisation_start(text, first)
    return " ".join(text[first : phrase[-1].end()].split())


def _said_before(text: str, phrase: list[re.Match[str]], stop: str) -> bool:
    """Whether "the" or a possessive after a speech verb opens the role: "said his wife, Ada"."""
    if not phrase or stop.lower() not in DETERMINERS | POSSESSIVES:
        return False
    before = text[max(0, phrase[0].start() - 30) : phrase[0].start()].split()
    return len(before) > 1 and before[-1].lower() == stop.lower() and before[-2] in VERBS


def _no_head_before(text: str, start: int) -> bool:
    """Whether no role can stand right before text[start:], by the last word alone.

    True only when :func:`_before` would find none: no word before the name, or a
    mark other than a comma between them, or a last word that can neither be a
    role's head nor a lower-case word after "of" ("director of research"), or that
    ends a role phrase ("the", "said", "from", "Gen."). A word with other characters
    than letters and hyphens is left to the full reading.
    """
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == start or i == 0:
        return True  # the name opens the text, or is glued to what comes before it
    if text[i - 1] == ",":
        i -= 1
        while i > 0 and text[i - 1].isspace():
            i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    if j == i:
        return not (text[i - 1].isalnum() or text[i - 1] in "_'\u2019&.")  # a mark: no role
    if j and (text[j - 1].isalnum() or text[j - 1] in "_'\u2019&."):
        return False  # "U.S", "3rd", "workers'": read in full
    word = text[j:i]
    lower = word.lower()
    if lower in NOT_ROLE or (lower in TITLES and word[0].isupper()) or word in LINKING:
        return True
    return not (word.islower() or is_role([word]))


def _lower(words: list[str]) -> bool:
    """Whether every word is written in lower case."""
    return all(w.islower() for w in words)


def _headed(phrase: list[re.Match[str]]) -> bool:
    """Whether words read back are lower-case modifiers and a role noun: "political commentator"."""
    words = [m.group() for m in phrase]
    return len(words) <= 3 and _lower(words) and is_role(words[-1:])


def _role_word(words: list[str], k: int) -> bool:
    """Whether words[k] is a role noun in lower case, an acronym, or first ("Actress and")."""
    word = words[k]
    if not k and word[:1].isupper() and word[1:].islower():
        word = word.lower()
    return _plain(word) and is_role([word])


def _plain(word: str) -> bool:
    """Whether a word is written in lower case or is an acronym ("CEO"): not a name."""
    return word.islower() or word.isupper()


def fronted_role(text: str, start: int) -> str | None:
    """The role that opens the clause of the name at text[start:], set off by a comma.

    As in "A ferry contractor, Brandt arrived in 1968" (see :func:`_fronted`).

    Example:
        >>> text = "He left. A ferry contractor, Brandt arrived in 1968."
        >>> fronted_role(text, text.index("Brandt"))
        'ferry contractor'
    """
    return _fronted(text, start)


def _fronted(text: str, start: int) -> str | None:
    """The role that opens the name's clause, set off by a comma: "His father, Tom Brell,".

    The phrase runs back from the comma to the start of the clause (the text's
    start, a stop, a colon, a line or a quotation mark), and opens with an article
    or a possessive ("The city's engineer, Dr. Ada Ode"); "In a letter to the
    mayor, Ada Ode wrote" gives none.
    """
    head = text[max(0, start - 120) : start]
    if not head.endswith((", ", ",\n")):
        return None
    lo = max((head.rfind(mark, 0, len(head) - 2) for mark in CLAUSE_START), default=-1)
    if lo < 0 and start > len(head):
        return None  # the clause opens further back than is read
    words = head[lo + 1 : -2].split()
    closed = _CLOSED_NAME.match(text, start) is not None
    opening = closed and len(words) > 2 and words[0].lower() in _OPENING_CLAUSE
    if opening and not any("," in w for w in words):  # not "Once the vote was over, the ..."
        words = words[1:]  # "When the head of the port, Ada Ode, let me in": after "When"
    return _opened_role(words) or _capital_role(words, closed)


def _capital_role(words: list[str], closed: bool) -> str | None:
    """A role that opens its clause with a capital and no article: "Harbour manager, Ada Ode,".

    Only lower-case words may follow the first (the role's modifiers and head, as
    :func:`role_phrase` reads them), and a comma must close the name after it, as
    one closes an apposition: "Harbour manager, Ada Ode, said"; "Another resident,
    Ada Ode," gives "resident"; "Meanwhile, Ada Ode, said" and "Brandt through his
    lawyer, Ada Ode," give none.
    """
    if not closed or not words or len(words) > 4 or not words[0][:1].isupper():
        return None
    if words[0].lower() in _COUNTING:
        words = words[1:]  # "Another resident, Ada Ode,": a resident
    modifiers = words[1:] if words and words[0][:1].isupper() else words
    if not words or not is_role(words[-1:]) or not all(_modifier(w) for w in modifiers):
        return None
    return role_phrase(words)


def _modifier(word: str) -> bool:
    """Whether a word may describe a role's head in lower case: "former", "harbour"."""
    lower = word.lower()
    return word.islower() and word.isalpha() and lower not in NOT_ROLE | LINKING | OF


def _fronted_later(text: str, start: int, end: int) -> str | None:
    """The role set off by commas on both sides of the name, after a phrase set off before it.

    "On Monday, his father, Tom Brell, said", "Reached late on Friday, the firm's
    lawyer, Ada Ode, said", "... in hospital, her husband, Tom Brell, told the
    Gazette": the words after the last comma before the name open with an article
    or a possessive, as :func:`_fronted` reads them, and a comma closes the name.
    A role as the first item of a list ("the mayor, Ada Ode, and ...") or one
    before the name with "and" ("and her deputy, Tom Brell,") gives none.
    """
    head = text[max(0, start - 120) : start]
    if not head.endswith(", ") or not text.startswith(",", end):
        return None
    if text[end + 1 : end + 6].lstrip().startswith(("and ", "or ")):
        return None  # "the mayor, Ada Ode, and ...": a list
    lo = max((head.rfind(mark, 0, len(head) - 2) for mark in CLAUSE_START), default=-1)
    comma = head.rfind(", ", lo + 1, len(head) - 2)
    if comma < 0:
        return None  # no phrase set off before the role: _fronted reads it
    return _opened_role(head[comma + 2 : -2].split())


def _opened_role(words: list[str]) -> str | None:
    """The role of a short phrase that opens with an article or a possessive, or None."""
    if not words or len(words) > MOST:
        return None
    first = words[0].lower()
    if not (first in DETERMINERS or first in POSSESSIVES or _owner_named(words)):
        return None
    return role_phrase(words)


def _owner_named(words: list[str]) -> bool:
    """Whether the phrase opens with a name in the possessive: "Ada Ode's father".

    At most three capitalised words, the last of them ending in "'s", then the role.
    """
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), -1)
    if owner < 0 or owner >= _OWNER_WORDS or owner == len(words) - 1:
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words[: owner + 1])  # not "Meanwhile,"


_OWNER_WORDS = 3  # words of a name in the possessive that opens a role, at most
_NAME_WORD = re.compile(r"[A-Z][\w.\-]*(?:['\u2019]s)?")
