"""A quote that a subject describes something as: 'Ada Ode described the plan as "..."'.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`described_as` reads who
describes something as the quote's words, right before it in its sentence, where no
speech verb stands (:func:`summarize.analysis._attribution.lead` reads those). The
passive ('the plan was described as "..."') names no one here; a speaker after "by"
is read by :func:`~summarize.analysis._attribution.tail`.
"""

from __future__ import annotations

import re

from . import _speaker_phrases as phrases
from ._speaker_phrases import Said
from ._speaker_subject import relative, subject

__all__ = ["described_as"]

_READ = 200  # characters read back from the quote, at most
# "described", what it describes (no mark that ends a clause or opens a quote), then "as".
_DESCRIBED = re.compile(
    r"\b(?:described|describes)\b[^.;:!?\"\u201c\u201d\n]{1,80}?\bas(?:[ \t]+(?:an?|the))?[ \t]*$"
)
_PASSIVE = phrases.word_set("was were is are be been being")


def described_as(text: str, lo: int, hi: int) -> Said | None:
    """The subject that describes something as the quote at ``hi``, in text[lo:hi].

    'Harbour spokesman Ada Ode described the wreck as "..."', '..., Ada Ode, who
    described her as "..."': "described" or "describes", what it describes, then
    "as" (maybe "a" or "the") right before the quote; the subject is read as a
    speech verb's is (see :func:`~summarize.analysis._speaker_subject.subject`), or
    is whom a relative "who" stands for. Not the passive ("was described as"), nor
    a name that ends with "'s" ("Harbourmart's describes"), which would lose it.
    """
    found = _DESCRIBED.search(text, max(lo, hi - _READ), hi)
    if found is None:
        return None
    toks = phrases.tokens(text, max(lo, hi - _READ), found.start() + len("described"))
    k = next((j for j in range(len(toks) - 1, -1, -1) if toks[j][0] == found.start()), None)
    if k is None or (k and toks[k - 1][2].lower() in _PASSIVE):
        return None
    if k and toks[k - 1][2].endswith(("'s", "\u2019s")):
        return None  # "Harbourmart's describes": a name with its "'s" would lose it
    clause = 0
    for j in range(k):
        if toks[j][2] in phrases.ENDS and phrases.ends_at(toks, j):
            clause = j + 1
    return subject(text, toks, clause, k, whole=False) or relative(text, toks, clause, k)
