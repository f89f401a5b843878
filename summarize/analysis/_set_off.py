"""The words set off by commas around a speaker's name: appositives and roles before it.

In analysis/, for :mod:`summarize.analysis._speaker_subject`, which reads the speaker
before a speech verb: :func:`appositive` says whether a part after a name describes it
(", the head of ...,", ", 52,", ", R-Ore.,"), :func:`described_name` whether a name
comes after the parts that describe it ("his father, Tom Brell,"), and
:func:`unclosed_body` whether a name's apposition runs to the verb with its closing
comma left out ("Ada Ode, a partner of Acme LLP said"); :func:`owner_role` reads a
role of a named owner ("Acme's chief"). Each reads a bounded number of tokens.
"""

from __future__ import annotations

import re

from ._roles import is_role
from ._speaker_phrases import (
    BOUNDARY,
    OF,
    TITLES,
    Tokens,
    capital,
    in_name,
    is_word,
    word_set,
)

__all__ = [
    "appositive",
    "described_name",
    "name_back",
    "of_region",
    "owner_role",
    "titled_name",
    "unclosed_body",
]

# A party and a state after a name: "Ada Ode, R-Kessel, said", "Ada Ode, D-Ore., said".
_PARTY = re.compile(r"[DRI]-[A-Z][\w.-]*")
_PARTIES = word_set("democrat republican independent democrats republicans")
_AGE = re.compile(r"\d{1,3}")  # "Ada Ode, 52, said"
_AND = word_set("and or nor")
_ARTICLES = word_set("a an the")
_BODY_OF = word_set("of at for with")
_COUNTS = word_set("two three four five six several many some both all most few")
_LINKS = word_set("of the a an for at in with on and or to by from")  # "Head of the board"


def name_back(toks: Tokens, lo: int, hi: int) -> int:
    """Where the name that ends toks[lo:hi] starts (hi when none does)."""
    i = hi
    while i > lo and in_name(toks, i - 1, lo, hi):
        i -= 1
    while i < hi and not capital(toks[i][2]):
        i += 1
    return i


def unclosed_body(toks: Tokens, lo: int, cut: int, hi: int) -> bool:
    """Whether toks[lo:hi] is a name, then a role of a body whose closing comma is left out.

    '"...," Ada Ode, a partner of Acme Law LLP said': the name alone before the comma,
    then an article, lower-case words ending in a role noun, "of", "at", "for" or
    "with", and the body's capitalised name up to the verb; or at most four lower-case
    words up to the verb that end in a role noun ("Ada Ode, harbour master said"). A
    name after a role noun ("Ode, the lawyer Ivo Brandt said") is no body's name, and
    gives none.
    """
    if cut == lo or not all(in_name(toks, k, lo, cut) for k in range(lo, cut)):
        return False
    k = cut + 1
    words = [w for _, _, w in toks[k:hi]]
    if 0 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words):
        # "Kelly Ode, senior deputy harbourmaster said": a role with no article, to the verb
        return is_role(words[-1:]) and _ARTICLES.isdisjoint(words) and BOUNDARY.isdisjoint(words)
    if k >= hi or toks[k][2].lower() not in _ARTICLES:
        return False
    k += 1
    while k < hi and toks[k][2].isalpha() and toks[k][2].islower() and toks[k][2] not in OF:
        k += 1
    if k >= hi - 1 or k == cut + 2 or toks[k][2] not in _BODY_OF or not is_role([toks[k - 1][2]]):
        return False
    k += 2 if toks[k + 1][2].lower() == "the" else 1
    return k < hi and all(in_name(toks, m, k, hi) for m in range(k, hi))


def described_name(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
    """Whether the last part is a name that the parts before it describe: "his father, Tom Brell".

    The name may have a title and, before it, "the" and words that describe it ("one of
    the port's engineers, the retired Capt. Tom Brell,"; see :func:`titled_name`).

    Each part before it opens with a word that cannot open a name ("his", "the",
    "a", "lead", or "One of": "One of the founders, Tom Brell,") or is a role that
    opens the sentence with a capital ("Harbour manager, Tom Brell,"), and none is a
    clause ("his father, who ...").
    """
    *before, (a, b) = parts
    a = titled_name(toks, a, b)
    if name_back(toks, a, b) != a or not capital(toks[a][2]):
        return False
    return all(
        (
            not capital(toks[c][2])
            or owner_role(toks, c, d)
            or _one_of(toks, c, d)
            or _capital_role(toks, c, d)
        )
        and is_word(toks[c][2])
        and not any(toks[k][2].lower() in BOUNDARY for k in range(c, d))
        for c, d in before
    )


def of_region(toks: Tokens, part: tuple[int, int], region: tuple[int, int]) -> bool:
    """Whether a part is the region of the place a name before it is of: "of Kessel, Brennock".

    "Ada Ode of Kessel, Brennock, said": the part before ends with "of" and a capitalised
    word; the part is one capitalised word, or two whose first says where ("New",
    "North", ...), as a state's or a country's name is written.
    """
    (a, b), (c, d) = part, region
    if b - a < 3 or toks[b - 2][2] != "of" or not capital(toks[b - 1][2]):
        return False
    words = [w for _, _, w in toks[c:d]]
    if not all(w.isalpha() and capital(w) for w in words):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0] in _REGION_OPENS)


_REGION_OPENS = word_set("New North South East West Rhode")


def titled_name(toks: Tokens, a: int, b: int) -> int:
    """Where a titled name starts in toks[a:b] after "the" and what describes it (else ``a``).

    "the retired Capt. Tom Brell", "the Jesuit Rev. Tom Brell": "the", one or two words,
    then a title (see :data:`TITLES`) and a name of two words or more that ends the part.
    """
    if b - a < 5 or toks[a][2].lower() != "the":
        return a
    for t in range(a + 2, min(a + 4, b - 2)):
        title = toks[t][2].lower() in TITLES
        if title and all(in_name(toks, k, t, b) for k in range(t, b)):
            words = sum(1 for k in range(t + 1, b) if capital(toks[k][2]))
            return t if words >= 2 else a
    return a


def _capital_role(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is a role that opens its sentence: "Harbour manager", "Another resident".

    A capitalised word, then at most three words in lower case, the last a role noun
    (or the first, alone: "Resident").
    """
    words = [w for _, _, w in toks[c:d]]
    if not words or len(words) > 4 or words[0].lower() in _COUNTS:
        return False  # "Two of the founders, Ada Ode,": more people than the name
    modifiers = words[1:]
    if not all(w.isalpha() and w.islower() and w not in _LINKS for w in modifiers):
        return False
    return is_role([words[-1].lower()])


def _one_of(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is "One of" and a role: "One of the founders (of Acme)"."""
    if d - c < 3 or toks[c][2] != "One" or toks[c + 1][2] != "of":
        return False
    return any(w.islower() and is_role([w]) for _, _, w in toks[c + 2 : d])


def owner_role(toks: Tokens, c: int, d: int) -> bool:
    """Whether toks[c:d] is a role of a named owner: "Mr. Brell's attorney", "Acme's chief".

    A name (capitalised words and abbreviations) ending in a possessive, then words,
    the last a role noun in lower case: "Brell's German attorney", "Acme's chief".
    """
    owner = next((k for k in range(c, d) if toks[k][2].endswith(("'s", "\u2019s"))), d)
    if owner >= d - 1 or not all(in_name(toks, k, c, d) for k in range(c, owner + 1)):
        return False
    words = [toks[k][2] for k in range(owner + 1, d)]
    return all(w.isalpha() for w in words) and words[-1].islower() and is_role(words[-1:])


def appositive(toks: Tokens, parts: list[tuple[int, int]]) -> bool:
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
