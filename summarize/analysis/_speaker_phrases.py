"""The words of an attribution: who a stretch of words names as its speaker.

In analysis/: :mod:`summarize.analysis._speakers` finds where an attribution stands next
to a quote; this module reads who it names, with the vocabulary of
:mod:`summarize.analysis._speech_words` (re-exported here for its readers). Nothing here
knows about quotes: each function reads tokens of a stretch of the article's text, and
each character a bounded number of times.
"""

from __future__ import annotations

import re
from itertools import pairwise

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
    capital,
    cue,
    ends_at,
    is_word,
    may_cue,
    may_title,
    tokens,
    word_set,
)

__all__ = [
    "BOUNDARY",
    "ENDS",
    "LINKS",
    "OF",
    "PRONOUNS",
    "TIME",
    "TITLES",
    "VERBS",
    "Said",
    "Tokens",
    "capital",
    "cue",
    "ends_at",
    "is_word",
    "may_cue",
    "may_title",
    "name_forward",
    "phrase_forward",
    "speaker_of",
    "subject",
    "tokens",
    "word_set",
]

_SUBJECT = 60  # tokens read before a speech verb for its subject
_ROLE_WORDS = 3  # lower-case words of a role after an organisation's name, at most
_ROLE_TOKENS = 6  # words of a role before a name after "said", at most
_ARTICLES = word_set("the a an")
_AFTER_SPEAKER = BOUNDARY | word_set(
    "on in at during to via from by adding referring saying according with"
)
_PLACE = word_set("in at on from near to into across inside outside over under around throughout")
OF = _PLACE | {"for", "of", "with"}
_RELATIVE = word_set("who whom whose which")
_PARTIES = word_set("democrat republican independent democrats republicans")
_ADVERBS = TIME | word_set(
    "also later then again previously earlier once further reportedly separately recently"
    " has had have was were is would will on"
)
_AGE = re.compile(r"\d{1,3}")  # "Ada Ode, 52, said"
_AND = word_set("and or nor")
_AND_NAME = frozenset({"and", "&"})  # what joins two names into a group that speaks
_SEPARATORS = frozenset(",\u2014\u2013")


def _in_name(toks: Tokens, k: int, lo: int, hi: int) -> bool:
    """Whether token k can belong to a name: a capitalised word, "Gen." or a link ("of")."""
    word = toks[k][2]
    if capital(word):
        return True
    if word == "." and k > lo and toks[k - 1][1] == toks[k][0]:
        return abbreviated(toks[k - 1][2])
    return word in LINKS and lo < k < hi - 1 and capital(toks[k + 1][2])


def _name_back(toks: Tokens, lo: int, hi: int) -> int:
    i = hi
    while i > lo and _in_name(toks, i - 1, lo, hi):
        i -= 1
    while i < hi and not capital(toks[i][2]):
        i += 1
    return i


def name_forward(toks: Tokens, lo: int, hi: int) -> int:
    """One past the end of the name that opens toks[lo:hi] (``lo`` if none does)."""
    j = lo
    while j < hi and _in_name(toks, j, lo, hi):
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


def _pronoun(toks: Tokens, k: int) -> Said:
    return Said(None, toks[k][0], toks[k][1], toks[k][2].lower() in ("he", "she"))


def _phrase_back(text: str, toks: Tokens, lo: int, hi: int, whole: bool) -> Said | None:
    """The speaker that ends toks[lo:hi] ("SDF spokesman Ada Ode" gives "Ada Ode")."""
    if lo >= hi:
        return None
    last = toks[hi - 1][2]
    if last.lower() in PRONOUNS:
        i = hi - 1
    elif capital(last):
        i = _name_back(toks, lo, hi)
        if i < hi and _joined(toks, i - 1):  # "Ada Ode and Ivo Brandt said": two, not one
            return Said(None, toks[i][0], toks[hi - 1][1], False)
        if i > lo and toks[i - 1][2].lower() == "the":
            i -= 1
        if i > lo and toks[i - 1][2] in OF:  # "a spokesman for the SDF", "police in Oslo"
            i, name = i - 1, i
            while i > lo and is_word(toks[i - 1][2]) and toks[i - 1][2] not in BOUNDARY:
                i -= 1
            if name - i > 6:
                i = name
    else:
        i = hi
        while i > lo and _phrase_word(toks, i - 1, lo, hi, BOUNDARY):
            i -= 1
        if hi - i > 8:
            return None
    if i >= hi:
        return None
    if whole:  # after a quote, only describing words may come before the speaker
        prefix = [word for _, _, word in toks[lo:i]]
        if len(prefix) > (0 if last.lower() in PRONOUNS else 4):  # not "noting he warned"
            return None
        if any(not is_word(w) or w.lower() in BOUNDARY or w.endswith("ing") for w in prefix):
            return None
    return _pronoun(toks, i) if last.lower() in PRONOUNS else speaker_of(text, toks, i, hi)


def _joined(toks: Tokens, k: int) -> bool:
    """Whether token k joins a name to another before it: "Ada Ode and", "Ada Ode, 52, and"."""
    if k < 1 or toks[k][2] not in _AND_NAME:
        return False
    before = toks[k - 1][2]
    aged = before == "," and k > 1 and _AGE.fullmatch(toks[k - 2][2]) is not None
    return capital(before) or aged


def phrase_forward(text: str, toks: Tokens, lo: int, hi: int) -> Said | None:
    """The speaker that opens toks[lo:hi] ("said Ada Ode on Monday" gives "Ada Ode")."""
    if lo >= hi or not is_word(toks[lo][2]):
        return None
    first = toks[lo][2]
    if first.lower() in PRONOUNS:
        return _pronoun(toks, lo)
    skip = 1 if first.lower() == "the" and lo + 1 < hi and capital(toks[lo + 1][2]) else 0
    if capital(toks[lo + skip][2]):
        j = name_forward(toks, lo + skip, hi)
        if not skip and j + 1 < hi and toks[j][2] in _AND_NAME and capital(toks[j + 1][2]):
            return Said(None, toks[lo][0], toks[j - 1][1], False)  # "said Ada Ode and Ivo Brandt"
        later = _name_after_role(text, toks, j, hi)
        if later is not None:  # "said Harvard law professor Ada Ode": the name, not "Harvard"
            return later
        j = _role_after(toks, j, hi)  # "said the Harbour Board chairman": not "the Harbour Board"
    elif first[0].islower():
        j = lo
        while j < hi and _phrase_word(toks, j, lo, hi, _AFTER_SPEAKER):
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
    else:
        return None
    return speaker_of(text, toks, lo, j) if j > lo + skip else None


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
    group = end + 2 < hi and toks[end + 1][2] in _AND_NAME and capital(toks[end + 2][2])
    if after == "," and group:
        return Said(None, toks[j][0], toks[end - 1][1], False)
    return speaker_of(text, toks, j, end)


def _phrase_word(toks: Tokens, k: int, lo: int, hi: int, stops: frozenset[str]) -> bool:
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
    if word in _AND_NAME:
        return (after.islower() or after.isupper()) and is_role([after])
    plain = after.isalpha() and after.islower() and after not in _ARTICLES
    return word == "of" and plain and after not in _AFTER_SPEAKER and after not in OF


def _adverb(word: str) -> bool:
    return word.lower() in _ADVERBS or (word.endswith("ly") and word.islower())


def subject(text: str, toks: Tokens, lo: int, hi: int, whole: bool) -> Said | None:
    """Who speaks in toks[lo:hi], the words before a speech verb.

    Words before a name that describe it are dropped ("SDF spokesman Ada Ode"
    gives "Ada Ode"), and so are appositives, ages among them, and relative
    clauses ("Ada Ode, the head of ..., said", "Ada Ode, 52, said" and "a man who
    fled in May told" give "Ada Ode" and "a man"); a speaker without a name stays
    a phrase ("a spokesman for the city council"). The name itself is written as
    :func:`speaker_of` says.

    With ``whole``, toks[lo:hi] must be the speaker and words describing it, and
    nothing else (what stands between a quote and the verb after it).

    Example:
        >>> text = "SDF spokesman Ada Ode, 52, said"
        >>> toks = tokens(text, 0, len(text))
        >>> verb = next(k for k in range(len(toks)) if cue(toks, k))
        >>> subject(text, toks, 0, verb, whole=False).speaker
        'Ada Ode'
    """
    lo = max(lo, hi - _SUBJECT)
    if any(toks[k][2] == "(" for k in range(lo, hi)):  # "Ada Ode (D-Ore.) said"
        kept, depth = [], 0
        for token in toks[lo:hi]:
            depth = max(0, depth + (token[2] == "(") - (token[2] == ")"))
            if not depth and token[2] != ")":
                kept.append(token)
        toks, lo, hi = kept, 0, len(kept)
    while hi > lo and _adverb(toks[hi - 1][2]):  # "Ode also said", "Ode on Friday said"
        hi -= 1
    cuts = [k for k in range(lo, hi) if toks[k][2] in _SEPARATORS]
    if hi > lo and toks[hi - 1][2] in _SEPARATORS:  # "Ada Ode, the head of the office," said
        bounds = [lo - 1, *cuts]
        parts = [(a + 1, b) for a, b in zip(bounds, cuts, strict=False) if b > a + 1]
        pick = None
        for n, (a, b) in enumerate(parts[:-1]):
            name = _name_back(toks, a, b)
            place = name > a and toks[name - 1][2].lower() in _PLACE
            if _appositive(toks, parts[n + 1 :]) and name < b and not place:
                pick = (a, b)
                break
        if pick is None:
            pick = next((p for p, q in pairwise(parts) if toks[q[0]][2].lower() in _RELATIVE), None)
        if pick is None and len(parts) > 1 and _described_name(toks, parts):
            pick = parts[-1]  # "his father, Tom Brell," said
        if pick is None:
            return None
        # With ``whole``, only a role may stand before the name: '"...," the lead
        # author, Ada Ode, a psychologist, said'.
        before = [(a, b) for a, b in parts if b < pick[0]]
        roles = all(toks[a][2][:1].islower() or _owner_role(toks, a, b) for a, b in before)
        if whole and not roles:
            return None
        lo, hi = pick
    elif cuts:
        if whole:
            return None
        lo = cuts[-1] + 1
    hi = next((k for k in range(lo, hi) if toks[k][2].lower() in _RELATIVE), hi)
    return _phrase_back(text, toks, lo, hi, whole)


def _described_name(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
    """Whether the last part is a name that the parts before it describe: "his father, Tom Brell".

    Each part before it opens with a word that cannot open a name ("his", "the",
    "a", "lead"), and none is a clause ("his father, who ...").
    """
    *before, (a, b) = parts
    if _name_back(toks, a, b) != a or not capital(toks[a][2]):
        return False
    return all(
        (not capital(toks[c][2]) or _owner_role(toks, c, d))
        and is_word(toks[c][2])
        and not any(toks[k][2].lower() in BOUNDARY for k in range(c, d))
        for c, d in before
    )


def _owner_role(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is a role of a named owner: "Mr. Brell's attorney", "Acme's chief".

    A name (capitalised words and abbreviations) ending in a possessive, then
    lower-case words, the last a role noun.
    """
    owner = next((k for k in range(c, d) if toks[k][2].endswith(("'s", "\u2019s"))), d)
    if owner >= d - 1 or not all(_in_name(toks, k, c, d) for k in range(c, owner + 1)):
        return False
    return all(toks[k][2].islower() for k in range(owner + 1, d)) and is_role([toks[d - 1][2]])


def _appositive(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
    """Whether the first of the parts after a name describes it: ", the head of ...," or ", 52,".

    A capitalised part describes the name when it is a title with its body or place
    (", Democrat of Kessel,", ", Chairman of the Harbour Board,") or names a party
    (", Kessel Democrat,").

    An age describes the name when it is the last part or another description
    follows it, but not in "Ada Ode, 52, and Ivo Brandt, 50, said".
    """
    (c, d), *rest = parts
    if d == c + 1 and _AGE.fullmatch(toks[c][2]):
        return not rest or (toks[rest[0][0]][2][0].islower() and toks[rest[0][0]][2] not in _AND)
    words = [word for _, _, word in toks[c:d]]
    # a title with its body or place ("Democrat of Kessel", "Chairman of the Board") or a
    # party ("Kessel Democrat"), though capitalised, is no second name
    titled = "of" in words[1:] or any(word.lower() in _PARTIES for word in words)
    return words[0][0].islower() or (titled and not set(words) & _AND)
