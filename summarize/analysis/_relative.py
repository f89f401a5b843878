"""Who speaks after a relative "who": the name the clause hangs on.

In analysis/, for :mod:`summarize.analysis._lead` and :mod:`summarize.analysis._described`:
:func:`relative` reads 'Ode spoke to Ivo Brandt, who replied, "..."', where the speech
verb's subject is "who" and the speaker is the person named before it; the subject of a
speech verb is read by :mod:`summarize.analysis._speaker_subject`. It reads a bounded
number of tokens.
"""

from __future__ import annotations

from ._people import is_person
from ._speaker_phrases import Said, Tokens, speaker_of, word_set
from ._speaker_subject import adverb, name_back

__all__ = ["relative"]

_BODY_OF = word_set("of at for with")


def relative(text: str, toks: Tokens, lo: int, k: int) -> Said | None:
    """The person a relative "who" before the speech verb at k stands for.

    'Ode spoke to Ivo Brandt, who replied, "..."', '..., said Ode, who also told
    them "..."': "who" (maybe an adverb after it) right after a comma and a name of
    a person, which is not the object of "of" ("the son of Ada Ode, who said":
    the son or Ode), nor a possessive.
    """
    j = k - 1
    while j > lo and adverb(toks[j][2]):
        j -= 1
    if j - 2 < lo or toks[j][2].lower() != "who" or toks[j - 1][2] != ",":
        return None
    start = name_back(toks, lo, j - 1)
    if start >= j - 1 or (start > lo and toks[start - 1][2].lower() in _BODY_OF):
        return None
    said = speaker_of(text, toks, start, j - 1)
    if said.speaker is None or toks[j - 2][2].endswith(("'s", "\u2019s")):
        return None
    return said if is_person(said.speaker) else None
