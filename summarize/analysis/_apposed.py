"""The person a description stands for where the article sets it beside their name.

'"...," the bus matron said.' after "Ada Ode, the bus matron, ...": Ada Ode.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`apposed` reads the
article for the one person it describes by the speaker's words, written right after
their name between commas ("Ada Ode, the bus matron,", "Ivo Brandt, a ferry
hand,"), whatever the description's nouns; a role noun is not needed, since the
article itself says whom the words describe. Each place the words are written is read
once.
"""

from __future__ import annotations

import re

from ._people import is_person

__all__ = ["apposed"]

# A definite description of two to five words, "the" first: "the bus matron", "the
# Kessel Herald founder". A single noun ("the officer") is a role read elsewhere.
_DESCRIPTION = re.compile(r"[Tt]he((?:[ \t]+[\w'\u2019-]+){2,5})")
# The name that ends right before the comma of an apposition: capitalised words.
_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)+)$")
_READ = 80  # characters read back from the comma for the name
_AFTER = frozenset(",;")  # what closes the apposition: "Ada Ode, the bus matron, said"


def apposed(text: str, phrase: str) -> tuple[str, str] | None:
    """The person the article describes by ``phrase`` beside their name, with the role.

    ``phrase`` is a speaker as written ("the bus matron"). It stands for a person when
    the article writes it, with "the", "a" or "an", right after a full name and a comma,
    and closes it with a comma or a semicolon ("Ada Ode, the bus matron, said"), for
    one person only; the role is the description without its article.

    Example:
        >>> text = 'Ada Ode, the bus matron, drove. "Never," the bus matron said.'
        >>> apposed(text, "the bus matron")
        ('Ada Ode', 'bus matron')
        >>> apposed(text, "the pier warden") is None
        True
    """
    found = _DESCRIPTION.fullmatch(" ".join(phrase.split()))
    if found is None:
        return None
    words = found.group(1).strip()
    people: set[str] = set()
    for article in ("the", "a", "an"):
        written = f", {article} {words}"
        at = text.find(written)
        while at >= 0:
            end = at + len(written)
            if text[end : end + 1] in _AFTER:
                name = _NAME_BEFORE.search(text, max(0, at - _READ), at)
                if name is not None and is_person(name.group(1)):
                    people.add(name.group(1))
            at = text.find(written, at + 1)
    return (people.pop(), words) if len(people) == 1 else None
