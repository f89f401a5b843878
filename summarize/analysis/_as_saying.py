"""An attribution after a quote that reports its speaker "as saying".

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`as_saying` reads
'"...," Ada Ode was quoted as saying', '"...," Ada Ode was recorded saying' and
'"...," the Gazette quoted Ada Ode as saying', which name no speech verb the
attribution after a quote (:func:`summarize.analysis._attribution.tail`) reads.
"""

from __future__ import annotations

from . import _speaker_phrases as phrases
from ._attribution import QuoteSpan, ends_clause
from ._speaker_phrases import Said
from ._speaker_subject import subject

__all__ = ["as_saying"]

_READ = 30  # tokens read after a quote, at most
_REACH = 240  # characters read after a quote, at most
_REPORTED = phrases.word_set("quoted recorded heard caught overheard filmed")
_PASSIVE = phrases.word_set("was were is are been")
_HAVE = phrases.word_set("has had have")
_OBJECTS = phrases.word_set("him her them me us you it")


def as_saying(text: str, span: QuoteSpan, hi: int) -> Said | None:
    """The speaker an attribution after a quote reports as saying it, or ``None``.

    Right after the quote (which a comma or a stop ends: '"...,"'), its clause
    reads the speaker, then "was" (or "were", "is", "has been", ...), then
    "quoted", "recorded", "heard", "caught", "overheard" or "filmed", maybe "as",
    then "saying" ('"...," Ada Ode, a pilot, was recorded as saying after the
    storm'); or a source, "quoted", the speaker, "as saying" ('"...," the Gazette
    quoted a port official as saying'). A pronoun gives none ('"...," he was quoted
    as saying', 'she quoted him as saying'): whom it stands for is left unread.
    ``hi`` ends the text read.
    """
    hi = min(hi, span.close + _REACH)
    if not ends_clause(text, span) or text.find("saying", span.close, hi) < 0:
        return None  # the cheapest test first
    toks = phrases.tokens(text, span.close, hi, _READ)
    i = 0
    while i < len(toks) and toks[i][2] in (",", "-", "\u2013", "\u2014"):
        i += 1
    end = next((k for k in range(i, len(toks)) if phrases.ends_at(toks, k)), len(toks))
    saying = next((k for k in range(i, end) if toks[k][2] == "saying"), None)
    if saying is None:
        return None
    k = saying - 1 if toks[saying - 1][2] == "as" else saying
    if k - 2 > i and toks[k - 1][2] in _REPORTED and toks[k - 2][2] in _PASSIVE:
        aux = k - 2  # "Ode was quoted as saying", "Ode has been heard saying"
        while aux - 1 > i and toks[aux - 1][2] in _PASSIVE | _HAVE:
            aux -= 1
        who = subject(text, toks, i, aux, whole=True)
        return None if who is None or who.pronoun or who.speaker is None else who
    if k == saying:
        return None
    verb = next((j for j in range(k - 1, i, -1) if toks[j][2] == "quoted"), None)
    if verb is None or subject(text, toks, i, verb, whole=True) is None:
        return None  # who quotes the speaker must stand right after the quote
    if toks[verb + 1][2].lower() in _OBJECTS:
        return None  # "she quoted him as saying": whom "him" stands for is not read here
    return phrases.phrase_forward(text, toks, verb + 1, k)  # "the Gazette quoted Ode as"
