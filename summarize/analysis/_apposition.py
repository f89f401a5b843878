"""The role in an apposition after a speaker's name: "Ada Ode, a spokeswoman for the port,".

In analysis/, for :mod:`summarize.analysis._roles`: :func:`apposed_role` reads the noun
phrase set off by commas after a name, past an age or a party and state, with
abbreviations inside it ("the U.S. Navy"); :func:`role_phrase` says which role a noun
phrase names. Each reads a bounded stretch of text.
"""

from __future__ import annotations

import re

from ._role_words import (
    DETERMINERS,
    HELD,
    LINKING,
    MOST,
    NOT_AGENT,
    NOT_ROLE,
    OF,
    PARTICIPLES,
    POSSESSIVES,
    is_role,
    owned,
)
from ._speech_words import BOUNDARY, word_set

__all__ = ["apposed_role", "role_phrase"]

_AGE = re.compile(r", \d{1,3}, ")  # "Ada Ode, 52, a ferry captain"
_YEARS_OLD = re.compile(r"\d{1,3}-year-old")  # "a 52-year-old ferry captain"
# A party and a state after a name: "Ada Ode, D-Ore., a member of", "Ada Ode, R-South Kessel,".
_PARTY = re.compile(r", [DRI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?, ")
# The words in lower case that a title of office written out holds between its capitals.
_TITLE_LINKS = word_set("of for the and at on in")
_GOES_ON = re.compile(r"[A-Za-z,]|[ \t]+[A-Z0-9]")
# A title in quotation marks after "of", "for" ... in an apposition: 'the host of "Low Tide,"',
# 'the author of the book "Tides,"'.
_MARKED_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(OF))})(?:[ \t]+(?:the|a|an|his|her|their|its))?(?:[ \t]+[a-z]+)?"
    r"[ \t]+(?P<open>[\"\u201c])(?P<title>[A-Z][^\"\u201c\u201d\n]{0,100}?)"
    r"[\"\u201d]"
)
_STOP = re.compile(r"[,;:.!?\"\u201c\u201d()\u2014\u2013\n]")  # what ends an apposition
# A stop that ends an abbreviation, not the apposition: "the U.S. Navy", "Rep. Ada Ode".
_ABBREVIATED = re.compile(
    r"(?:(?<![\w.])[A-Z]|\.[A-Z]|(?<!\w)(?:Rep|Sen|Gov|Dr|St|Mt|Ft|Gen|Lt|Col|Capt|Sgt|Prof|Rev"
    r"|Mr|Mrs|Ms|Adm|Maj|Del))$"
)


def apposed_role(text: str, end: int) -> str | None:
    """The role in an apposition after the name.

    As in ", the harbour master," or ", a spokeswoman for the port,", maybe after
    an age (", 52, a ferry captain,"). A line ends it too: an attribution line under
    a pull quote ("- Ada Ode, mother of the victim") has no stop of its own.
    """
    rest = text[end : end + 160]
    age = _AGE.match(rest) or _PARTY.match(rest)
    if age:
        rest = rest[age.end() - 2 :]
    if not rest.startswith(", "):
        return None
    rest = _titles_unmarked(rest)
    stop = _STOP.search(rest, 2)
    while stop and _abbreviation(rest, stop):
        stop = _STOP.search(rest, stop.end())  # "the U.S. Pacific Fleet", "the D.A.,"
    phrase = rest[2 : stop.start()] if stop else ""
    if not stop or stop.group() not in ",.;:(\u2014\u2013\n":
        return None
    return _one_of(phrase.split()) or role_phrase(phrase.split())


def _titles_unmarked(rest: str) -> str:
    """The apposition with the marks of a title it names after "of", "for" ... read as spaces.

    "Ada Ode, the anchor of "Harbour Tonight," said": a show, a paper or a book a role
    is of, whose marks would end the apposition; the comma a closing mark holds is the
    apposition's own. Only a title right after such a word, that closes on its line.
    """
    found = _MARKED_TITLE.search(rest, 2)
    if found is None:
        return rest
    if _STOP.search(rest, 2, found.start("open")):
        return rest  # the title stands after the apposition's end
    title = found.group("title")
    comma = "," if title.endswith(",") else " "
    inner = " " + title.rstrip(",") + " "
    return rest[: found.start("open")] + inner + comma + rest[found.end() :]


def _one_of(words: list[str]) -> str | None:
    """The role of "one of" and a definite phrase in the plural: "one of the ferry's captains".

    The phrase's head is a role noun in the plural among its first words ("one of the
    few doctors in town", "one of the architects involved with the pier"); no verb or
    relative clause follows it ("one of the men who ..." gives none).
    """
    if not 4 <= len(words) <= MOST + 2 or words[0].lower() != "one" or words[1] != "of":
        return None
    if words[2].lower() not in DETERMINERS | POSSESSIVES and not owned(words[2]):
        return None
    if any(w.lower() in BOUNDARY for w in words[3:]):
        return None
    plural = any(_plural_role(w) for w in words[3:6])
    return " ".join(words) if plural else None


def _plural_role(word: str) -> bool:
    """Whether a word in lower case is a role noun in the plural: "captains", "spokesmen"."""
    if not word.islower():
        return False
    return (word.endswith("s") and is_role([word[:-1]])) or (
        word.endswith("men") and is_role([word])
    )


def _ends_role(words: list[str], k: int, *, joined: bool = True) -> bool:
    """Whether words[k] ends a role phrase: a verb or a conjunction.

    Not "and" that joins two role nouns ("co-author and director of the dig"), nor one
    that joins two nouns of what the role is of ("deputy commissioner for early care and
    education", "Department of Health and Mental Hygiene"): after "of", "for" ..., before
    a word that is no verb, conjunction, article or possessive.
    """
    if words[k].lower() not in BOUNDARY:
        return False
    if words[k] != "and" or not 0 < k < len(words) - 1:
        return True
    if is_role([words[k - 1]]) and is_role([words[k + 1]]):
        return False
    following = words[k + 1].lower()
    return not (
        joined
        and any(w.lower() in OF for w in words[:k])
        and following not in BOUNDARY
        and following not in DETERMINERS
        and following not in POSSESSIVES
        and not following.endswith("ed")
    )


def _reduced(words: list[str], end: int) -> int:
    """Where a participle after the role's head cuts the role short, or ``end``.

    "an Air Force captain recruited by the port", "a lawyer based in Kessel": the
    clause after the head ("recruited by", "based in") says more of the person, not of
    the role. Only a participle before "by", or "based": "his wife appeared to be" is
    a clause of its own, no apposition.
    """
    for k in range(1, min(end, len(words) - 1)):
        word = words[k]
        after = words[k + 1].lower()
        if word.islower() and ((after == "by" and word.endswith("ed")) or word == "based"):
            return k if is_role(words[k - 1 : k]) else end
    return end


def _titled(words: list[str]) -> bool:
    """Whether a long role is a title of office written out, each word capitalised but links.

    "Deputy Director for the Middle East and North Africa Programme at the Kessel Harbour
    Board" is read whole, up to :data:`MOST` and eight words.
    """
    return len(words) <= MOST + 8 and all(w[:1].isupper() or w in _TITLE_LINKS for w in words)


def _abbreviation(rest: str, stop: re.Match[str]) -> bool:
    """Whether a stop in an apposition ends an abbreviation inside it, not the apposition.

    "the U.S. Navy", "the W.H.O.,", "Rep. Ada Ode": a stop after a title or a single
    capital, with a letter, a comma or a capitalised word on the same line after it.
    """
    if stop.group() != "." or not _ABBREVIATED.search(rest, 0, stop.start()):
        return False
    return _GOES_ON.match(rest, stop.end()) is not None


def role_phrase(words: list[str]) -> str | None:
    """The role a noun phrase names, without its article or possessive pronoun, or ``None``.

    It opens with an article, a possessive, a capitalised word or a word that may
    describe a role ("lead author of the study"); it ends before a verb or a
    relative clause or a participle's clause after the head ("captain recruited by the
    port"), and its head is the last word before "of", "for", "at", "in",
    "with", "on" or "from" ("spokeswoman for the port", "expert on bullying", "mountaineer
    from Kessel"). What the role is of
    may hold "and" ("professor of chemistry and biochemistry"); when that makes the
    phrase too long to be a role, the role ends at that "and".
    """
    return _role_phrase(words, joined=True) or _role_phrase(words, joined=False)


_HEAD_ENDS = OF | {"from"}
# Prepositions that open a phrase set off after a name, not a role: "through her lawyer".
_NO_ROLE_OPENING = word_set("through via like unlike despite besides including")


def _role_phrase(words: list[str], *, joined: bool) -> str | None:
    """:func:`role_phrase`, an "and" after "of", "for" ... read as joining or as an end."""
    if not words:
        return None
    first = words[0].lower()
    bare = False  # opened by neither an article, a possessive nor a capital
    if first in DETERMINERS or first in POSSESSIVES:
        words = words[1:]
        if len(words) > 1 and _YEARS_OLD.fullmatch(words[0]):
            words = words[1:]  # "a 52-year-old ferry clerk": the age is no part of the role
    elif not words[0][0].isupper() and not first.endswith(("'s", "\u2019s")):
        described = first in PARTICIPLES  # "acting director of ...", "retired teacher"
        if (
            first in NOT_ROLE
            or first in LINKING  # "Ada Ode, through her lawyer,": a way, no role
            or first in _NO_ROLE_OPENING
            or (first in NOT_AGENT and first not in HELD)
            or (first.endswith(("ing", "ed")) and not described)
        ):
            return None  # "another witness", "who saw it", "telling the audience"
        bare = True
    end = next((k for k in range(len(words)) if _ends_role(words, k, joined=joined)), len(words))
    if end < len(words) and words[end] == "and":
        # "partner and co-chair of the antitrust and trade group": a second "and" cuts what
        # the role is of short, so the first one ends the role
        end = words.index("and")
    words = words[: _reduced(words, end)]
    if len(words) > MOST + 4 and not (joined and _titled(words)):  # to the second "at" ...
        later = [k for k, w in enumerate(words[: MOST + 5]) if k > 2 and w in LINKING]
        words = words[: later[1]] if len(later) > 1 else []
    if not words:
        return None
    # the head stands before what the role is of, or where the person is from ("a
    # mountaineer from Kessel")
    cut = next((k for k, w in enumerate(words) if w.lower() in _HEAD_ENDS), len(words))
    if bare and (cut > 3 or any(w.lower() in DETERMINERS for w in words[:cut])):
        return None  # a bare role is short: "lead author of the study"
    if not is_role(words[:cut]):
        return None
    return " ".join(words)
