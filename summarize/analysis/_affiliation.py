"""The body or place a named person is of: "Ada Ode of the Harbour Board".

In analysis/, for :mod:`summarize.analysis._roles`: :func:`affiliated` reads the body a
person is of, named after their name, as their role (or the apposition after a place:
"Ada Ode of Kessel, the minority leader,"), unless a title of office stands at the name;
the apposition is read by :mod:`summarize.analysis._apposition`.
"""

from __future__ import annotations

import re

from ._apposition import apposed_role
from ._organisations import ORGANISATIONS
from ._speech_words import TITLES, word_set
from ._titles import OFFICES

__all__ = ["affiliated"]


def affiliated(text: str, start: int, end: int) -> str | None:
    """The body the person named at text[start:end] is of, as their role, or ``None``.

    None when a title of office stands in or right before the name (the title is the
    role then; see :func:`_titled`).

    Example:
        >>> text = "Ada Ode of the Harbour Board said it would reopen."
        >>> affiliated(text, 0, 7)
        'of the Harbour Board'
    """
    return None if _titled(text, start, end) else _of_body(text, end)


# "of", then a capitalised name of at most eight words: the body or place a person is of.
_OF_BODY = re.compile(
    r",?[ \t]+of[ \t]+((?:the[ \t]+)?[A-Z][\w.&'\u2019-]*"
    r"(?:[ \t]+(?:of|for|and|&|on|[A-Z][\w.&'\u2019-]*)){0,7})"
)
# Nouns that end a place's name, not a body's: "of Kessel County", "of Quay Road".
_PLACES = word_set(
    "city town village county district province region street st road avenue square state"
    " states port harbour harbor quay pier bridge tunnel"
)
# Nouns that end the name of a newspaper, a magazine or another outlet: the writer's body,
# "Ada Ode of the Kessel Courier".
_OUTLETS = word_set(
    "courier herald journal tribune gazette telegraph chronicle examiner inquirer magazine"
    " review observer sentinel dispatch bulletin monitor mirror register globe daily weekly"
    " newspaper channel broadcasting"
)
_BODIES = (ORGANISATIONS - _PLACES) | _OUTLETS
_OFFICE_WORDS = TITLES | OFFICES


def _of_body(text: str, end: int) -> str | None:
    """The body a person is of, named after their name, or the apposition after a place.

    "Ada Ode of the Harbour Board" gives "of the Harbour Board", as
    :func:`~summarize.analysis._people.affiliation_apart` keeps it apart from a name;
    "Ada Ode of Kessel, the minority leader, said" gives "minority leader". A place
    alone ("Ada Ode of Kessel") gives none; a body's name ends with a noun of
    :data:`~summarize.analysis._organisations.ORGANISATIONS` (not one of a place).
    """
    found = _OF_BODY.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    while words and not words[-1][:1].isupper():
        words.pop()  # "of the Harbour Board and": the links after the name are not of it
    if words and words[-1].endswith(".") and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]  # the sentence's stop: "of the Harbour Board."
    cut = next((k for k, w in enumerate(words) if k and w in ("of", "for")), len(words))
    if words and words[cut - 1].lower().rstrip(".,") in _BODIES:
        return "of " + " ".join(words)
    after = found.start(1) + len(" ".join(words))
    if text.startswith(", ", after) and " ".join(words) == text[found.start(1) : after]:
        return apposed_role(text, after)
    return None


def _titled(text: str, start: int, end: int) -> bool:
    """Whether a title of office stands in or right before the name: "Petty Officer Ada Ode".

    Such a title is the role (see :func:`~summarize.analysis._titles.title_apart`), not
    the body the person is of.
    """
    words = text[max(0, start - 30) : start].split()[-2:] + text[start:end].split()[:2]
    return any(w[:1].isupper() and w.lower().rstrip(".") in _OFFICE_WORDS for w in words)
