"""Whether a sentence is a piece of a longer quotation that leans on the rest of it.

In text/, read by claims/ on the exclusives' candidates. News runs one speaker's words
over several sentences, and each sentence of them is read alone as an exclusive. A piece
that states its own fact reads right ('"We will rebuild the terminal by spring.'), but
one that goes on from what the speaker said before does not: it opens on a joining word
('But we kept the ferries running," she said.') or speaks of someone or something named
only in the rest of the quotation ('"I think he will sign it.': who, what?). A piece is
the words after a quotation mark left open, or before a closing one that no mark in the
sentence opened. English only.
"""

from __future__ import annotations

import re

from ._context import INTERJECTIONS
from ._context import _empty_it as empty_it

__all__ = ["leans_within_quote", "quote_pieces"]

# A straight mark opens a quotation where it stands before a word and after a space,
# the start or a bracket ('said "we', '("we'); elsewhere it closes one ('we," she').
_STRAIGHT_OPENS = re.compile(r'(?:^|(?<=[\s(\[\u2014\u2013:-]))"(?=[\w\'\u2018(\[\u2026.-])')
_MARKS = re.compile('["\u201c\u201d]')

# Words that join the piece to what the speaker said before it.
_JOINED = re.compile(r"\W*(?:but|and|so|or|yet|because|nor)\b", re.IGNORECASE)
# Words that point to someone or something named outside the piece: a personal pronoun
# (not a possessive: "customers ... on their phones" most often points within the
# sentence), "that" standing alone ("That's ...", "doing that", "on that point"; not
# "the crime that's ..."), "those" and "such" before a noun ("those illegal acts", "such
# a way"; not "those who ...", "such as").
_POINTER = re.compile(
    r"\b(?:(?:he|she|it|they|him|her|them)\b"
    r"|(?:(?<=^)|(?<=[,;:\u2014\u2013]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))"
    r"that(?=['\u2019]s\b|\s+(?:is|was)\b)"
    r"|that(?=\s+(?:point|way|kind|sort|moment)\b|\s*[,.;!?]|$)"
    r"|(?:do|does|did|doing|done|about|like|of|on|with)\s+that\b"
    r"|those\s+(?!(?:who|whom|whose|which|that|in|of|at|with|from|on|for)\b)[a-z]"
    r"|such\s+(?!as\b)[a-z])",
    re.IGNORECASE,
)
# "it" that holds the place of a clause after a judgement: "find it deeply odd that ...".
_PLACE_HOLDING_IT = re.compile(
    r"it\s+(?:[a-z]+ly\s+)?(?!(?:back|out|up|down|off|away|over|around|home)\b)[a-z]+\s+"
    r"(?:that|to|whether|if)\b",
    re.IGNORECASE,
)
# A word with a capital, other than "I" and its forms: a name the pronoun may stand for
# ("Kessel", "iPhone").
_CAPITAL = re.compile(r"\b(?!I\b|I['\u2019])[a-z]*[A-Z][\w'\u2019.-]*")
# A contraction's ending: "We're", "It's", "They've" open on an opener all the same.
_CONTRACTION = re.compile(r"['\u2019](?:s|re|ve|ll|d|m)$")
# Words that open a sentence in capitals but name nobody.
_OPENERS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there"}
    | {"the", "a", "an", "my", "our", "your", "his", "her", "its", "their", "if", "when"}
    | {"but", "and", "so", "or", "yet", "because", "as", "in", "on", "at", "for", "not"}
    | {"no", "yes", "now", "then", "what", "why", "how", "who", "all", "some", "one"}
    | INTERJECTIONS  # a speaker's opening: "Well, it means ..."
)


def quote_pieces(text: str) -> list[str]:
    """The quoted words of ``text`` that run over its edges: a quotation it opens or closes only.

    Example:
        >>> quote_pieces('We kept them running," said Ada Ode.')
        ['We kept them running,']
        >>> quote_pieces('Ada Ode said: "We kept the ferries running.')
        ['We kept the ferries running.']
        >>> quote_pieces('"We kept the ferries running," said Ada Ode.')
        []
    """
    pieces: list[str] = []
    opened: int | None = None
    closed_any = False
    for mark in _MARKS.finditer(text):
        opens = mark.group() == "\u201c" or (
            mark.group() == '"' and _STRAIGHT_OPENS.match(text, mark.start()) is not None
        )
        if opens:
            opened = mark.end()
        elif opened is not None:
            opened, closed_any = None, True
        elif not closed_any and not pieces:  # closes what an earlier sentence opened
            pieces.append(text[: mark.start()].strip())
    if opened is not None:
        pieces.append(text[opened:].strip())
    return [piece for piece in pieces if piece]


def leans_within_quote(text: str) -> bool:
    """Whether ``text`` is a piece of a longer quotation that reads wrongly on its own.

    The piece (:func:`quote_pieces`) opens on a joining word ("But", "And", "So") or,
    before any name, holds a pronoun or a "that", "those" or "such" that points to
    what the speaker named before it ("he", "it", "That's", "those plans", "such a
    way"); an empty "it" ("it is clear that ...") points nowhere, and "this" most often
    names the matter at hand ("this bill").

    Example:
        >>> leans_within_quote('But we kept the ferries running," said Ada Ode.')
        True
        >>> leans_within_quote('Ada Ode said: "I think he will sign the bill.')
        True
        >>> leans_within_quote('"We will rebuild the terminal by the spring.')
        False
        >>> leans_within_quote('"Kessel Ferries told us it would cut the service.')
        False
        >>> leans_within_quote('"He will sign the bill," said Ada Ode.')
        False
    """
    return any(_leans(piece) for piece in quote_pieces(text))


def _leans(piece: str) -> bool:
    """Whether one piece's words open on a joining word or point back before any name."""
    if _JOINED.match(piece):
        return True
    for pointer in _POINTER.finditer(piece):
        if pointer.group().lower() == "it" and (
            empty_it(piece[pointer.start() :])
            or _PLACE_HOLDING_IT.match(piece, pointer.start()) is not None
        ):
            continue  # "it is clear that ...": points nowhere
        # "Kessel Ferries told us it ...": a name before it, which it may stand for
        return not _named_before(piece[: pointer.start()])
    return False


def _named_before(words: str) -> bool:
    """Whether ``words`` hold a name: a capitalised word, the first unless it is an opener."""
    for capital in _CAPITAL.finditer(words):
        first = not words[: capital.start()].strip(" \"'\u2018\u201c([")
        word = _CONTRACTION.sub("", capital.group().strip(".,").lower())  # "We're": "we"
        if not first or word not in _OPENERS:
            return True
    return False
