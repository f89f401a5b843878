"""Who speaks before a speech verb: the subject, read back from the verb.

In analysis/: :func:`subject` reads the speaker in the words before a speech verb
("SDF spokesman Ada Ode, 52, said" gives "Ada Ode"), dropping the words that describe
the name, appositives and relative clauses, for :mod:`summarize.analysis._attribution`
and :mod:`summarize.analysis._subjects`; names and phrases are read with
:mod:`summarize.analysis._speaker_phrases`, and who a relative "who" before the verb
stands for by :mod:`summarize.analysis._relative`. Each function reads a bounded number
of tokens.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ._organisations import joins_organisation, organisation_start
from ._roles import is_role
from ._speaker_phrases import (
    AND_NAME,
    BOUNDARY,
    OF,
    PLACE,
    PRONOUNS,
    TIME,
    Said,
    Tokens,
    capital,
    in_name,
    is_word,
    phrase_word,
    pronoun_at,
    speaker_of,
    word_set,
)
from ._speech_words import goes_on
from ._titles import title_apart

__all__ = ["adverb", "name_back", "subject"]

_SUBJECT = 60  # tokens read before a speech verb for its subject
_ROLE_PREFIX = 8  # words of a role before a speaker's name after a quote, at most
# A party and a state after a name: "Ada Ode, R-Kessel, said", "Ada Ode, D-Ore., said".
_PARTY = re.compile(r"[DRI]-[A-Z][\w.-]*")
_RELATIVE = word_set("who whom whose which")
_PARTIES = word_set("democrat republican independent democrats republicans")
_ADVERBS = TIME | word_set(
    "also later then again previously earlier once further reportedly separately recently"
    " has had have was were is would will on"
)
_AGE = re.compile(r"\d{1,3}")  # "Ada Ode, 52, said"
_AND = word_set("and or nor")
_ARTICLES = word_set("a an the")
_BODY_OF = word_set("of at for with")
_SEPARATORS = frozenset(",\u2014\u2013")


def name_back(toks: Tokens, lo: int, hi: int) -> int:
    """Where the name that ends toks[lo:hi] starts (hi when none does)."""
    i = hi
    while i > lo and in_name(toks, i - 1, lo, hi):
        i -= 1
    while i < hi and not capital(toks[i][2]):
        i += 1
    return i


def _phrase_back(text: str, toks: Tokens, lo: int, hi: int, whole: bool) -> Said | None:
    """The speaker that ends toks[lo:hi] ("SDF spokesman Ada Ode" gives "Ada Ode")."""
    if lo >= hi:
        return None
    last = toks[hi - 1][2]
    if last.lower() in PRONOUNS:
        i = hi - 1
    elif capital(last):
        i = name_back(toks, lo, hi)
        joins = i > lo and joins_organisation(text, toks[i - 1][0], toks[i - 1][1])
        if i < hi and _joined(toks, i - 1) and not joins:  # "Ada Ode and Ivo Brandt said"
            return Said(None, toks[i][0], toks[hi - 1][1], False)
        named = speaker_of(text, toks, i, hi).speaker or ""
        if joins and title_apart(named, None)[0] == named:  # no "Chairman Ada Ode" in it
            # "the Ways and Means Committee said": the whole organisation's name
            start = organisation_start(text, toks[i][0])
            while i > lo and toks[i - 1][0] >= start:
                i -= 1
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
        while i > lo and phrase_word(toks, i - 1, lo, hi, BOUNDARY):
            i -= 1
        if hi - i > 8:
            return None
    if i >= hi:
        return None
    if whole:  # after a quote, only describing words may come before the speaker
        # an abbreviation's stop belongs to it ("U.S. Harbour spokeswoman Ada Ode")
        prefix = [
            word
            for k, (_, _, word) in enumerate(toks[lo:i], lo)
            if not (word == "." and k > lo and toks[k - 1][1] == toks[k][0])
        ]
        # a role that ends in its head may be longer ("Kessel Park public information officer")
        most = _ROLE_PREFIX if prefix and is_role(prefix[-1:]) else 4
        if len(prefix) > (0 if last.lower() in PRONOUNS else most):  # not "noting he warned"
            return None
        # an "and" between two roles: "the actor and activist Ada Ode"
        ands = {n for n, w in enumerate(prefix) if n and w == "and" and is_role([prefix[n - 1]])}
        roles = ands if prefix and is_role(prefix[-1:]) else set()
        if any(
            not is_word(w) or (w.lower() in BOUNDARY and n not in roles) or w.endswith("ing")
            for n, w in enumerate(prefix)
        ):
            return None
    return pronoun_at(toks, i) if last.lower() in PRONOUNS else speaker_of(text, toks, i, hi)


def _joined(toks: Tokens, k: int) -> bool:
    """Whether token k joins a name to another before it: "Ada Ode and", "Ada Ode, 52, and"."""
    if k < 1 or toks[k][2] not in AND_NAME:
        return False
    before = toks[k - 1][2]
    aged = before == "," and k > 1 and _AGE.fullmatch(toks[k - 2][2]) is not None
    return capital(before) or aged


def adverb(word: str) -> bool:
    """Whether a word may stand between a speaker and the verb: "also", "Friday", "quickly"."""
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
        >>> from summarize.analysis._speech_words import cue, tokens
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
    if hi - lo > 2 and goes_on(toks, hi - 1):  # "The statement goes on to say"
        hi -= 3
    while hi > lo and adverb(toks[hi - 1][2]):  # "Ode also said", "Ode on Friday said"
        hi -= 1
    cuts = [k for k in range(lo, hi) if toks[k][2] in _SEPARATORS]
    if hi > lo and toks[hi - 1][2] in _SEPARATORS:  # "Ada Ode, the head of the office," said
        bounds = [lo - 1, *cuts]
        parts = [(a + 1, b) for a, b in zip(bounds, cuts, strict=False) if b > a + 1]
        pick = None
        for n, (a, b) in enumerate(parts[:-1]):
            name = name_back(toks, a, b)
            place = name > a and toks[name - 1][2].lower() in PLACE
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
        if whole and len(cuts) == 1 and _unclosed_body(toks, lo, cuts[0], hi):
            return _phrase_back(text, toks, lo, cuts[0], whole)  # "Ode, a partner of Acme said"
        if whole:
            return None
        lo = cuts[-1] + 1
    hi = next((k for k in range(lo, hi) if toks[k][2].lower() in _RELATIVE), hi)
    return _phrase_back(text, toks, lo, hi, whole)


def _unclosed_body(toks: Tokens, lo: int, cut: int, hi: int) -> bool:
    """Whether toks[lo:hi] is a name, then a role of a body whose closing comma is left out.

    '"...," Ada Ode, a partner of Acme Law LLP said': the name alone before the comma,
    then an article, lower-case words ending in a role noun, "of", "at", "for" or
    "with", and the body's capitalised name up to the verb. A name after a role noun
    ("Ode, the lawyer Ivo Brandt said") is no body's name, and gives none.
    """
    if cut == lo or not all(in_name(toks, k, lo, cut) for k in range(lo, cut)):
        return False
    k = cut + 1
    if k >= hi or toks[k][2].lower() not in _ARTICLES:
        return False
    k += 1
    while k < hi and toks[k][2].isalpha() and toks[k][2].islower() and toks[k][2] not in OF:
        k += 1
    if k >= hi - 1 or k == cut + 2 or toks[k][2] not in _BODY_OF or not is_role([toks[k - 1][2]]):
        return False
    k += 2 if toks[k + 1][2].lower() == "the" else 1
    return k < hi and all(in_name(toks, m, k, hi) for m in range(k, hi))


def _described_name(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
    """Whether the last part is a name that the parts before it describe: "his father, Tom Brell".

    Each part before it opens with a word that cannot open a name ("his", "the",
    "a", "lead", or "One of": "One of the founders, Tom Brell,"), and none is a
    clause ("his father, who ...").
    """
    *before, (a, b) = parts
    if name_back(toks, a, b) != a or not capital(toks[a][2]):
        return False
    return all(
        (not capital(toks[c][2]) or _owner_role(toks, c, d) or _one_of(toks, c, d))
        and is_word(toks[c][2])
        and not any(toks[k][2].lower() in BOUNDARY for k in range(c, d))
        for c, d in before
    )


def _one_of(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is "One of" and a role: "One of the founders (of Acme)"."""
    if d - c < 3 or toks[c][2] != "One" or toks[c + 1][2] != "of":
        return False
    return any(w.islower() and is_role([w]) for _, _, w in toks[c + 2 : d])


def _owner_role(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is a role of a named owner: "Mr. Brell's attorney", "Acme's chief".

    A name (capitalised words and abbreviations) ending in a possessive, then
    lower-case words, the last a role noun.
    """
    owner = next((k for k in range(c, d) if toks[k][2].endswith(("'s", "\u2019s"))), d)
    if owner >= d - 1 or not all(in_name(toks, k, c, d) for k in range(c, owner + 1)):
        return False
    return all(toks[k][2].islower() for k in range(owner + 1, d)) and is_role([toks[d - 1][2]])


def _appositive(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
    """Whether the first of the parts after a name describes it: ", the head of ...," or ", 52,".

    A capitalised part describes the name when it is a title with its body or place
    (", Democrat of Kessel,", ", Chairman of the Harbour Board,"), names a party
    (", Kessel Democrat,") or is a body's role headed by a role noun in lower case
    (", Harbour Board press secretary,", ", Acme's chief executive,").

    An age describes the name when it is the last part or another description
    follows it, but not in "Ada Ode, 52, and Ivo Brandt, 50, said".
    """
    (c, d), *rest = parts
    if d == c + 1 and _AGE.fullmatch(toks[c][2]):
        return not rest or (toks[rest[0][0]][2][0].islower() and toks[rest[0][0]][2] not in _AND)
    words = [word for _, _, word in toks[c:d]]
    if _PARTY.fullmatch(words[0]) and all(w == "." or w[:1].isupper() for w in words[1:3]):
        return len(words) <= 3  # "R-Kessel", "D-Ore.", "R-South Kessel"
    # a title with its body or place ("Democrat of Kessel", "Chairman of the Board") or a
    # party ("Kessel Democrat"), though capitalised, is no second name
    titled = "of" in words[1:] or any(word.lower() in _PARTIES for word in words)
    # a body's role, its head in lower case ("Harbour Board press secretary", "Acme's chief
    # executive", "Acme's vice president for relations"), is no name either
    cut = next((k for k, word in enumerate(words) if k and word in OF), len(words))
    headed = words[cut - 1].islower() and is_role(words[cut - 1 : cut])
    return words[0][0].islower() or ((titled or headed) and not set(words) & _AND)
