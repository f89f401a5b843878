"""A person's name alone before a colon that opens a quote: 'The Gazette's Ivo Brandt: "..."'.

In analysis/, for :mod:`summarize.analysis._speakers`: a digest of other papers' words
or a transcript gives the speaker as a name and a colon, with no verb ("FERRY STOCKS FALL
- The Harbour Gazette's Ivo Brandt: "..."", "Ivo Brandt: "...""). :func:`name_colon`
reads the name, maybe after the possessive of the body the person writes or speaks for.
A name in capitals ("ODE:") is a transcript's label, read by
:mod:`summarize.analysis._announced`. Each call reads a bounded stretch of text.
"""

from __future__ import annotations

import re

from ._people import is_person
from ._speaker_phrases import VERBS, Said

__all__ = ["name_colon"]

_PER = frozenset({"Per"})  # "Per Kessel Lines:": the body's words
_READ = 120  # characters read back from the colon, at most
# The clause before the colon: maybe a body's possessive, then a name of two to four
# capitalised words, then the colon; it opens after a stop, a dash set apart by spaces,
# a line or the text's start.
_NAMED = re.compile(
    r"(?:\A|(?<=[.!?\"\u201d])[ \t]+|[ \t][-\u2013\u2014][ \t]+|\n[ \t]*)"
    r"(?:(?:[Tt]he[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,4}['\u2019]s[ \t]+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'\u2019-]*)){1,3})"
    r"[ \t]*:[ \t]*$"
)


def name_colon(text: str, lo: int, colon: int) -> Said | None:
    """The person named alone right before the colon at text[colon], or None.

    The name opens its clause (after a stop, a dash set apart by spaces or a line),
    maybe after the possessive of a body ("The Harbour Gazette's Ivo Brandt:"), and is a
    person's of two words or more; a clause with a verb ("Ivo Brandt was blunt:") or a
    name of one word ("Brandt:") gives none. A speech verb or "Per" may open it, and is
    no part of the name: "Adds Brandt:" and "Per Kessel Lines:" name Brandt and Kessel
    Lines.

    Example:
        >>> text = "SHARES FALL - The Gazette's Ivo Brandt: 'No.'"
        >>> name_colon(text, 0, text.index(":")).speaker
        'Ivo Brandt'
        >>> name_colon('Ivo Brandt was blunt: "No."', 0, 20) is None
        True
    """
    start = max(lo, colon - _READ)  # where the clause may open: text[lo] opens one
    found = _NAMED.search(text[start : colon + 1])
    if found is None or (found.start() == 0 and start > lo):
        return None
    name, at = found["name"], start + found.start("name")
    first = name.split()[0]
    if first.lower() in VERBS or first in _PER:  # "Adds Ivo Brandt:", "Per Kessel Lines:"
        rest = name[len(first) :].lstrip()
        name, at = rest, at + len(name) - len(rest)
    elif not is_person(name):
        return None
    return Said(name, at, at + len(name), False)
