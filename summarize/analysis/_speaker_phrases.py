"""The words of an attribution: the name or phrase a stretch of words gives as its speaker.

In analysis/: :mod:`summarize.analysis._attribution` finds where an attribution stands
next to a quote; this module reads the names and phrases in it (:func:`phrase_forward`
after a verb, :func:`name_forward`, :func:`speaker_of`), with the vocabulary of
:mod:`summarize.analysis._speech_words` (re-exported here for its readers), and
:mod:`summarize.analysis._speaker_subject` the subject before a verb. Nothing here knows
about quotes: each function reads tokens of a stretch of the article's text, and each
character a bounded number of times.
"""

from __future__ import annotations

from ._organisations import joins_organisation
from ._roles import is_role
from ._speech_words import (
    BOUNDARY,
    ENDS,
    LINKS,
    PRONOUNS,
    TIME,
    TITLES,
    VERBS,
    Said,
    Tokens,
    abbreviated,
    after_verb,
    capital,
    cue,
    ends_at,
    is_word,
    may_cue,
    may_title,
    saint,
    tokens,
    word_set,
)

__all__ = [
    "AND_NAME",
    "BOUNDARY",
    "DOCUMENTS",
    "ENDS",
    "LINKS",
    "OF",
    "PLACE",
    "PRONOUNS",
    "TIME",
    "TITLES",
    "VERBS",
    "Said",
    "Tokens",
    "after_verb",
    "capital",
    "cue",
    "ends_at",
    "in_name",
    "is_word",
    "may_cue",
    "may_title",
    "name_forward",
    "phrase_forward",
    "phrase_word",
    "pronoun_at",
    "speaker_of",
    "tokens",
    "word_set",
]

_ROLE_WORDS = 3  # lower-case words of a role after an organisation's name, at most
#: Documents a body or a person issues, as an attribution names them ("the report").
DOCUMENTS = word_set(
    "statement report study lawsuit suit complaint filing memo letter survey poll release"
    " announcement indictment petition analysis review audit"
)
_ROLE_TOKENS = 6  # words of a role before a name after "said", at most
_ARTICLES = word_set("the a an")
_AFTER_SPEAKER = BOUNDARY | word_set(
    "on in at during to via from by adding referring saying according with"
)
# Words of when, where or how after a speech verb, which name no speaker: "said later",
# "said backstage", "said quietly the mayor" (the speaker, if any, comes after them).
_ADVERBS = word_set(
    "later earlier today tonight yesterday afterward afterwards backstage onstage offstage"
    " recently again once still also last next soon previously meanwhile"
)
_LY_NOUNS = word_set("family ally rally supply assembly belly bully italy fly")
PLACE = word_set("in at on from near to into across inside outside over under around throughout")
OF = PLACE | {"for", "of", "with"}
AND_NAME = frozenset({"and", "&"})  # what joins two names into a group that speaks


def in_name(toks: Tokens, k: int, lo: int, hi: int) -> bool:
    """Whether token k can belong to a name: a capitalised word, "Gen." or a link ("of").

    A capital letter and its stop after a word of the name is an initial, "A" and "I" too
    ("Mayor Ada A. Ode"), though as words they open no name.
    """
    word = toks[k][2]
    if capital(word):
        return True
    if len(word) == 1 and word.isupper() and lo < k < hi - 1 and capital(toks[k - 1][2]):
        return toks[k + 1][2] == "." and toks[k + 1][0] == toks[k][1]
    if word == "." and k > lo and toks[k - 1][1] == toks[k][0]:
        return abbreviated(toks[k - 1][2]) or saint(toks, k, lo, hi)
    return word in LINKS and lo < k < hi - 1 and capital(toks[k + 1][2])


def name_forward(toks: Tokens, lo: int, hi: int) -> int:
    """One past the end of the name that opens toks[lo:hi] (``lo`` if none does)."""
    j = lo
    while j < hi and in_name(toks, j, lo, hi):
        j += 1
    while j > lo and not capital(toks[j - 1][2]):
        j -= 1
    return j


def speaker_of(text: str, toks: Tokens, i: int, j: int) -> Said:
    """The speaker toks[i:j] name, as the article writes it.

    Titles are kept ("Gen. Ada Ode", "Ms Ode"), spaces normalised, a final
    possessive dropped, and a leading "The", "A" or "An" lower-cased.
    """
    speaker = " ".join(text[toks[i][0] : toks[j - 1][1]].split())
    if speaker[-2:] in ("'s", "\u2019s"):
        speaker = speaker[:-2]
    head, _, rest = speaker.partition(" ")
    if head in ("The", "A", "An") and rest:
        speaker = f"{head.lower()} {rest}"
    return Said(speaker, toks[i][0], toks[j - 1][1], False)


def pronoun_at(toks: Tokens, k: int) -> Said:
    return Said(None, toks[k][0], toks[k][1], toks[k][2].lower() in ("he", "she"))


def phrase_forward(text: str, toks: Tokens, lo: int, hi: int) -> Said | None:
    """The speaker that opens toks[lo:hi] ("said Ada Ode on Monday" gives "Ada Ode")."""
    if lo >= hi or not is_word(toks[lo][2]):
        return None
    first = toks[lo][2]
    if first.lower() in PRONOUNS:
        return pronoun_at(toks, lo)
    skip = 1 if first.lower() == "the" and lo + 1 < hi and capital(toks[lo + 1][2]) else 0
    if capital(toks[lo + skip][2]):
        j = name_forward(toks, lo + skip, hi)
        if not skip and j + 1 < hi and toks[j][2] in AND_NAME and capital(toks[j + 1][2]):
            if not joins_organisation(text, toks[j][0], toks[j][1]):  # "said Ode and Brandt"
                k = name_forward(toks, j + 1, hi)  # the two of them, unless a list goes on
                one, two = speaker_of(text, toks, lo, j), speaker_of(text, toks, j + 1, k)
                alone = k >= hi or toks[k][2] not in (",", *AND_NAME)
                both = f"{one.speaker} and {two.speaker}" if alone else None
                return Said(both, toks[lo][0], toks[k - 1][1], False)
            lo = j + 1  # "said Ways and Means Committee Chairman Ada Ode": the words after "and"
            j = name_forward(toks, lo, hi)
        later = _name_after_role(text, toks, j, hi)
        if later is not None:  # "said Harvard law professor Ada Ode": the name, not "Harvard"
            return later
        j = _role_after(toks, j, hi)  # "said the Harbour Board chairman": not "the Harbour Board"
        if skip and j < hi and toks[j][2] in DOCUMENTS:
            j += 1  # "says the Kessel report": the document, not "the Kessel"
    elif first.lower() in _ADVERBS or (first.endswith("ly") and first not in _LY_NOUNS):
        after = lo + 1  # "said quietly the mayor": the speaker comes after, if at all
        if after < hi and (capital(toks[after][2]) or toks[after][2].lower() in _ARTICLES):
            return phrase_forward(text, toks, after, hi)
        return None
    elif first[0].islower():
        j = lo
        while j < hi and phrase_word(toks, j, lo, hi, _AFTER_SPEAKER):
            j += 1
        if j - lo > 10:
            return None
        # A role, then a name: "said trauma surgeon Dr. Jason Lees" gives the name (its
        # title's stop included), as "SDF spokesman Ada Ode said" does; "a spokesman for
        # the Harbour Board" stays a phrase.
        name = next((k for k in range(lo, j) if capital(toks[k][2])), j)
        if name < j and not any(toks[k][2].lower() in OF for k in range(lo, name)):
            end = name_forward(toks, name, hi)
            if end >= j:  # the name ends the phrase: not "a Republican source"
                return speaker_of(text, toks, name, end)
        named = _named_after(text, toks, lo, j, hi)
        if named is not None:  # "said his wife, Ada Ode,": Ada Ode
            return named
    else:
        return None
    return speaker_of(text, toks, lo, j) if j > lo + skip else None


def _named_after(text: str, toks: Tokens, lo: int, j: int, hi: int) -> Said | None:
    """The person a definite role after "said" names after a comma: "said his wife, Ada Ode".

    toks[lo:j] opens with "the" or a possessive and ends in a role noun, of at most
    four words; a name of two words or more follows the comma, then a comma, a stop
    or the end (not "said the mayor, Ada Ode, and Ivo Brandt", a list).
    """
    if not lo < j < hi - 1 or j - lo > 4 or toks[j][2] != "," or not capital(toks[j + 1][2]):
        return None
    if toks[lo][2].lower() not in _DEFINITE or not is_role([toks[j - 1][2]]):
        return None
    end = name_forward(toks, j + 1, hi)
    after = toks[end][2] if end < hi else "."
    listed = after == "," and end + 1 < hi and toks[end + 1][2] in AND_NAME
    if end - j - 1 < 2 or after not in (",", ".", ";") or listed:
        return None
    return speaker_of(text, toks, j + 1, end)


_DEFINITE = word_set("the his her their its")


def _role_after(toks: Tokens, lo: int, hi: int) -> int:
    """One past the role noun that ends the lower-case words at toks[lo:hi] (``lo`` if none).

    A name after "said" may be an organisation that opens a role with no name after
    it ("said the Harbour Board chairman", "said Harbourmart chief executive"): at
    most three lower-case words, none a preposition or a word that ends the phrase,
    the last a role noun (see :func:`~summarize.analysis._roles.is_role`).
    """
    j, end = lo, lo
    while j < hi and j - lo < _ROLE_WORDS and toks[j][2].isalpha() and toks[j][2].islower():
        if toks[j][2] in _AFTER_SPEAKER or toks[j][2] in OF:
            break
        j += 1
        if is_role([toks[j - 1][2]]):
            end = j
    return end


def _name_after_role(text: str, toks: Tokens, lo: int, hi: int) -> Said | None:
    """The person named after the lower-case words of a role at toks[lo:hi], if any.

    After "said", an organisation may open the role of the person named next
    ("CNN senior political analyst Ada Ode", "Harvard law professor Ada Ode"):
    lower-case words, none a preposition or a word that ends the phrase, though
    "and" or "of" may join two words of the role ("founder and CEO", "director of
    research"); at most six words, maybe a comma after a role noun, then a name of
    two words or more, which a role noun does not follow ("Acme founder and CEO, Ada
    Ode", "... Ada Ode in 1968", not "... Ada Ode supporters").
    """
    j = lo
    while j < hi and j - lo < _ROLE_TOKENS:
        word = toks[j][2]
        if word.isalpha() and word.islower() and word not in _AFTER_SPEAKER and word not in OF:
            j += 1
        elif j > lo and _joins_role(toks, j, hi):
            j += 2
        else:
            break
    if lo < j < hi and toks[j][2] == "," and is_role([toks[j - 1][2]]):
        j += 1  # "Acme founder and CEO, Ada Ode"
    if j == lo or j >= hi or not capital(toks[j][2]):
        return None
    end = name_forward(toks, j, hi)
    after = toks[end][2] if end < hi else ""
    if end - j < 2 or (is_word(after) and (not after.islower() or is_role([after]))):
        return None  # no name, or one that a role noun follows ("... Ode supporters")
    # "said Acme's chief, Ada Ode, and Ivo Brandt": two speakers, neither alone
    group = end + 2 < hi and toks[end + 1][2] in AND_NAME and capital(toks[end + 2][2])
    if after == "," and group:
        return Said(None, toks[j][0], toks[end - 1][1], False)
    return speaker_of(text, toks, j, end)


def phrase_word(toks: Tokens, k: int, lo: int, hi: int, stops: frozenset[str]) -> bool:
    """Whether token k is a word of a speaker's phrase: a word not in ``stops``, or a join.

    "and" between two role nouns joins them ("the actor and activist").
    """
    word = toks[k][2]
    if not is_word(word):
        return False
    return word.lower() not in stops or (lo < k and _joins_role(toks, k, hi))


def _joins_role(toks: Tokens, j: int, hi: int) -> bool:
    """Whether toks[j] joins a role noun to a word after it: "founder and CEO", "head of news".

    "and" joins two role nouns (the second may be written in capitals, "CEO"); "of"
    joins a role noun to a lower-case word other than an article ("director of research").
    """
    if j + 1 >= hi or not is_role([toks[j - 1][2]]):
        return False
    word, after = toks[j][2], toks[j + 1][2]
    if word in AND_NAME:
        return (after.islower() or after.isupper()) and is_role([after])
    plain = after.isalpha() and after.islower() and after not in _ARTICLES
    return word == "of" and plain and after not in _AFTER_SPEAKER and after not in OF
