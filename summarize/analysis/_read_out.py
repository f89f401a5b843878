"""A document that "read" its words: 'A statement from the harbour board read: "..."'.

In analysis/, for :mod:`summarize.analysis._speakers`: "read" is no speech verb of its
own ("she read the letter"), but after a document's noun and before a colon or a comma
that opens a quote it says whose words follow, as "said" does. :func:`read_out` reads
the subject as :func:`~summarize.analysis._speaker_subject.subject` reads one before
"said"; who issued a document named alone ("The statement read:") is found by the
caller, as for "the statement said".
"""

from __future__ import annotations

import re

from ._speaker_phrases import DOCUMENTS, Said, tokens
from ._speaker_subject import subject

__all__ = ["read_out"]

_REACH = 160  # characters read back before the quote
# A document's noun (maybe plural), then at most twelve words that are not a clause's end,
# then "read" or "reads" and a colon or a comma right before the quote.
_READ = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(DOCUMENTS))})s?(?:[ \t]+[^\s.!?;:\"\u201c\u201d]+){{0,12}}?"
    r"[ \t]+(?:read|reads)[ \t]*[:,][ \t]*$"
)


def read_out(text: str, lo: int, hi: int) -> Said | None:
    """The speaker of a quote at ``hi`` that a document's words "read", in text[lo:hi].

    The subject of "read", as it is written: 'A statement from the harbour board read:
    "..."' gives "a statement from the harbour board", which the caller reads as the
    board's words, as for 'A statement from the harbour board said'; 'The statement
    read, "..."' gives "The statement" (whose issuer the caller looks for); 'She read:
    "..."' gives nothing here (no document).

    Example:
        >>> text = 'A statement from the harbour board read: "We will rebuild."'
        >>> read_out(text, 0, text.index('"')).speaker
        'a statement from the harbour board'
    """
    found = _READ.search(text, max(lo, hi - _REACH), hi)
    if found is None:
        return None
    start = _clause_start(text, lo, found.start())
    verb = text.rfind("read", found.start(), hi)
    toks = tokens(text, start, verb)
    if not toks:
        return None
    return subject(text, toks, 0, len(toks), whole=False)


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause of the document's noun at ``at`` opens: after a stop or a mark."""
    cut = max((text.rfind(mark, lo, at) for mark in '.!?;:\n"\u201c\u201d'), default=-1)
    return max(lo, cut + 1)
