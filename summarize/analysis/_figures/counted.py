"""What a count counts: the general noun of a kind, a compound count's head, an address.

Part of analysis/'s figure reading: :mod:`summarize.analysis._figures.context` compares
a count under the general noun of what it counts (:func:`counted_as`: "30 cars" and
"25 vehicles" may count one thing, :func:`kin` says which units may), reads what a
compound count describes with :func:`compound_head` ("a 30-car pileup": cars in a
pileup, not the pileup's toll), leaves out numbers of addresses (:func:`address`) and
reads whom a count says it includes (:func:`included`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from .quantities import Quantity
from .tokens import SentenceTokens

__all__ = ["KINDS_OF", "STREETS", "address", "compound_head", "counted_as", "included", "kin"]

#: Counted nouns that news counts of one thing use in turn, by the general noun
#: they are counted as (the singular forms the unit reader gives): a pileup of
#: "30 cars" in one report is one of "25 vehicles" in another. Kept to nouns
#: whose general word is the usual one in such counts; a truck and a car are
#: not one thing, but both are vehicles.
KINDS_OF: Mapping[str, str] = {
    noun: general
    for general, nouns in {
        "vehicle": "vehicle car truck lorry van bus suv automobile",
        "storey": "storey story floor",  # "an 11-storey tower", "a 15-story tower", "15 floors"
    }.items()
    for noun in nouns.split()
}


def counted_as(unit: str) -> str:
    """Return the unit a count is compared in: the general noun of a kind of one thing.

    Example:
        >>> counted_as("car"), counted_as("truck"), counted_as("person")
        ('vehicle', 'vehicle', 'person')
    """
    return KINDS_OF.get(unit, unit)


def kin(one: str, two: str) -> bool:
    """Whether two units may count one thing: the same noun, or a kind and its general noun.

    Example:
        >>> kin("car", "vehicle"), kin("car", "car"), kin("car", "truck")
        (True, True, False)
    """
    return one == two or counted_as(one) == two or counted_as(two) == one


#: Words that end a street's name ("12 Elm Street").
_STREET_WORDS = (
    "street st avenue ave road rd boulevard blvd lane ln drive dr place court ct way highway"
)
STREETS = frozenset(_STREET_WORDS.split())


def address(tokens: SentenceTokens, b: int) -> bool:
    """Whether the figure that ends before token ``b`` is part of an address, not a count.

    "the 800 block of Elm Street", "1600 Grand Avenue". (A number after a name,
    "Interstate 35", is never read as a figure.)

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "Two died in the 800 block of Elm Street."
        >>> tokens = SentenceTokens(text, find_quantities(text), None)
        >>> [address(tokens, b) for _, b in tokens.spans]
        [False, True]
    """
    lows, text, starts = tokens.lows, tokens.text, tokens.starts
    if b < len(lows) and lows[b] == "block":  # "the 800 block of Elm Street"; not a
        return text[: starts[b]].rstrip()[-1:].isdigit()  # count's noun: "an 11-storey block"
    for i in range(b, min(b + 4, len(lows))):
        if not text[starts[i]].isupper():
            return False
        if i > b and lows[i] in STREETS:
            return True  # "1600 Grand Avenue"
    return False


def compound_head(tokens: SentenceTokens, k: int, stop: Set[str]) -> int:
    """Return the token a compound count describes ("a 30-car pileup": "pileup"), or -1.

    A compound count is a number joined by a hyphen to the noun it counts and
    written before another noun, which it describes: the head. The head is the
    next token when it is a lower-case word that is not a stop word; otherwise
    the count stands alone ("a 40-seat", "a 30-car, ..."), and -1 is returned.

    Args:
        tokens: The sentence's tokens.
        k: The figure's place among the sentence's figures.
        stop: Stop words.

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "A 30-car pileup closed the road."
        >>> tokens = SentenceTokens(text, find_quantities(text), None)
        >>> tokens.word(compound_head(tokens, 0, frozenset()))
        'pileup'
    """
    quantity = tokens.quantities[k]
    noun = quantity.noun
    if quantity.kind != "count" or not noun or not quantity.text.endswith(f"-{noun}"):
        return -1
    b = tokens.spans[k][1]
    if b >= len(tokens.lows):
        return -1
    head, word = tokens.lows[b], tokens.word(b)
    return b if head.isalpha() and word[:1].islower() and head not in stop else -1


def included(text: str, quantities: Sequence[Quantity], k: int) -> float:
    """How many of those a count counts it says it includes: "20 dead, including the 3 gunmen".

    Another source may count without them (17 killed), so the count allows that many
    fewer. "including the gunman" or "a child" is one; "including the gunmen", with no
    number, may be all of them. 0 when the count names no group it includes.
    """
    after = quantities[k + 1].start if k + 1 < len(quantities) else len(text)
    found = _INCLUDING.match(text, quantities[k].end, after)
    if found is None:
        return 0.0
    if k + 1 < len(quantities) and found.end() == after:
        return quantities[k + 1].high  # "including the three gunmen": three
    noun, one = (found.group("noun") or "").lower(), (found.group("one") or "").lower()
    if noun and (one in ("a", "an", "one") or (one == "the" and not _plural(noun))):
        return 1.0  # "including a police officer", "including the gunman"
    if noun and one == "the":
        return quantities[k].low  # "including the gunmen": perhaps all of them
    return 0.0  # "including heavy goods traffic": of what it counts, not a group apart


def _plural(noun: str) -> bool:
    """Whether a noun reads as plural: "gunmen", "children", "victims"."""
    return noun.endswith(("s", "men")) or noun in _PLURALS


_PLURALS = frozenset({"children", "people", "police", "crew", "staff", "personnel", "youth"})


# ", including", ", among them", ", of whom" after a count, within its clause; then the
# included: a number (the next figure) or a determiner and a noun.
_INCLUDING = re.compile(
    r"[^,.;:!?]{0,48},\s+(?:including|among them|among whom|of whom)\s+"
    r"(?:(?P<one>the|a|an|one)\s+)?(?:(?P<noun>[A-Za-z][\w-]*)\b)?",
    re.IGNORECASE,
)
