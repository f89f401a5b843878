"""A supporting sentence that states only the shown sentence's background, not its news.

In claims/, one of the shapes :func:`~summarize.claims._shapes.never_states` reads. A news
sentence often carries the story's background in a clause of its own: "Ivo Brandt, who
was charged with arson last week, pleaded not guilty on Monday", "The ferry company
raised its fares after the pier was shut for repairs". A sentence of another article
that tells that background ("Brandt was charged with arson last week") shares many words
with the line and states none of its news. Read by editors on dev digests, about one
wrong support in five is such a sentence.

:func:`tells_background` finds it: the shown sentence has a subordinate clause (opened
by a relative word after a comma, ", who", ", which", ", where", or by "after",
"following", "since", "while", "amid", and running to the next comma, dash, semicolon,
colon or quotation mark); the other sentence writes at least :data:`BACKGROUND_SHARED` words of that
clause, and none of the rest of the shown sentence, which writes as many words at least
("There are few who ..." has its news in the clause). Words are compared by their stems,
those written in lower case only (no name), stop words left out, and on the clause's
side the words that frame a statement too (a speech verb, a title, a day). English only:
the clause's opening words are English ones. A relative clause with no comma
before it tells which one is meant ("The mother of a boy whose body was found on the
pier admitted ...") and is read as none. The reading is a shallow one: the news told in
a clause of time ("... was hurt after she fell from the pier") reads as its background,
and a sentence that states that news then leaves the line.
"""

from __future__ import annotations

import re

from ..text._frame import frame_stems
from ..text._languages import stemmer, stop_words

__all__ = ["BACKGROUND_SHARED", "clauses", "tells_background"]

#: The fewest plain words of the shown sentence's clause the other sentence writes.
BACKGROUND_SHARED = 2

# The lower-case words that open a clause of background: a relative word after a comma
# (", who was charged": a clause set off; "the boy whose body was found" tells which boy,
# and runs on to the main verb), or a conjunction of time or cause; never "who's" (a
# question's "who is"). Written capitalised, a word opens the sentence or is part of a
# name ("WHO", "After Hours"), and is no opening here.
_OPENS = re.compile(
    r"(?:(?<=,)[ \t]+(?P<word>who|whom|whose|which|where)"
    r"|\b(?P<time>after|following|since|while|amid))\b(?![\'\u2019])"
)
# What closes such a clause: a comma, a dash, a semicolon, a colon or a quotation mark
# (a quotation is what someone said, no clause of the sentence around it).
_CLOSES = re.compile(r"[,;:\"\u201c\u201d\u2018]|\s[\u2014\u2013]|\u2014|\s--\s")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def clauses(text: str) -> tuple[str, list[str]]:
    """The rest of ``text`` and its clauses of background, as :mod:`this module <.>` reads them.

    Example:
        >>> clauses("Ivo Brandt, who was charged last week, pleaded not guilty on Monday.")
        ('Ivo Brandt, , pleaded not guilty on Monday.', ['who was charged last week'])
    """
    rest: list[str] = []
    found: list[str] = []
    at = 0
    for opening in _OPENS.finditer(text):
        start = opening.start("word") if opening.group("word") else opening.start("time")
        if start < at:
            continue  # inside a clause already read
        close = _CLOSES.search(text, opening.end())
        end = close.start() if close else len(text)
        rest.append(text[at:start])
        found.append(text[start:end].strip())
        at = end
    rest.append(text[at:])
    return "".join(rest), found


def _plain(text: str) -> set[str]:
    """The stems of the words of ``text`` written in lower case, stop words left out."""
    stop, stem = stop_words("english"), stemmer("english")
    return {
        stem(word.lower())
        for word in _WORD.findall(text)
        if word[0].islower() and word.lower() not in stop
    }


def tells_background(shown: str, text: str) -> bool:
    """Whether ``text`` shares its words with a clause of background of ``shown`` only.

    Example:
        >>> shown = "Ivo Brandt, who was charged with arson last week, pleaded not guilty."
        >>> tells_background(shown, "Brandt was charged with arson last week.")
        True
        >>> tells_background(shown, "Brandt pleaded not guilty to arson on Monday.")
        False
    """
    rest, found = clauses(shown)
    if not found:
        return False
    ours, theirs = _plain(rest), _plain(text)
    if len(ours) < BACKGROUND_SHARED or ours & theirs:
        return False  # the rest says next to nothing: the clause holds the news
    told = _plain(" ".join(found)) - frame_stems("english")
    return len(told & theirs) >= BACKGROUND_SHARED
