"""Plain references the tests compare the library's faster code with."""

from __future__ import annotations

from collections.abc import Sequence

from summarize import Quote, Sentence
from summarize.text import stands_alone


def alone(sentence: Sentence, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence stands alone as a claim, with what the article's quotes tell.

    Each quote is met with each sentence. Someone's words stand alone only when the
    digest can say whose they are: a sentence that lies within a quote whose speaker is
    unknown does not, and one piece of a quotation over several sentences does when
    its speaker is known.
    """
    inside = [q for q in quotes if q.start < sentence.end and sentence.start < q.end]
    spoken = any(q.speaker is not None for q in inside)
    # all of it someone's words: the quote holds it, but for its quotation marks
    within = any(q.start - 1 <= sentence.start and sentence.end <= q.end + 2 for q in inside)
    if within and not spoken:
        return False
    return stands_alone(sentence.text, attributed=spoken)
