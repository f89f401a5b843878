"""The documented limits: how much work one input may cost, and what happens past it.

Every stage is linear in the size of its input except two, which compare pairs:
reading a candidate sentence break looks at the words around it, and ranking
compares the sentences of the set with one another. Each limit below bounds one
of those, so that no input, however large or strange, makes summarize hang.
Where a limit leaves text out of the ranking, a warning says so on the
``summarize`` logger; the articles themselves are never changed, and every
offset still refers to their full text. ``docs/limits.md`` gives the measured
cost of each extreme input.

Example:
    >>> len(cap_sentences("a", range(MAX_ARTICLE_SENTENCES + 5)))  # and a warning
    5000
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TypeVar

__all__ = [
    "LONGEST_BOILERPLATE_LINE",
    "MAX_ARTICLE_SENTENCES",
    "PUNKT_RUN_EDGE",
    "WORD_WINDOW",
    "cap_sentences",
]

logger = logging.getLogger("summarize")

_T = TypeVar("_T")

#: Content sentences of one article that are ranked. An article with more (about
#: 750 KB of news prose; the longest article of the benchmark sets has about 400)
#: is ranked on its first ``MAX_ARTICLE_SENTENCES`` content sentences, with a
#: warning: comparing sentences costs the square of their number.
MAX_ARTICLE_SENTENCES = 5000

#: Characters of a word the sentence splitter reads when it decides whether a
#: break after that word ends a sentence (a title, an initial, a URL ...); a
#: longer word is judged by its last ``WORD_WINDOW`` characters.
WORD_WINDOW = 256

#: In a run of more than ``2 * PUNKT_RUN_EDGE`` characters without a space (a
#: URL with a long query, an encoded blob), Punkt reads only the first and last
#: ``PUNKT_RUN_EDGE`` characters, and none of its breaks inside the run is used.
PUNKT_RUN_EDGE = 100

#: A line longer than this many characters is never boilerplate as a whole
#: (captions, credits, bylines, link lists ... are short), so the rules need not
#: read a blob; a date or dateline opening it is still marked, and it can still
#: be the second printing of an earlier line.
LONGEST_BOILERPLATE_LINE = 2000


def cap_sentences(article: str, sentences: Sequence[_T]) -> list[_T]:
    """Return the first :data:`MAX_ARTICLE_SENTENCES` of an article's content sentences.

    Logs a warning on the ``summarize`` logger when sentences are left out, so
    the cut is never silent. The limit is read when called.

    Args:
        article: The article's id, for the warning.
        sentences: The article's content sentences, in document order.
    """
    limit = MAX_ARTICLE_SENTENCES
    if len(sentences) <= limit:
        return list(sentences)
    logger.warning(
        "article %r has %d content sentences; only its first %d are ranked and "
        "summarised (summarize.limits.MAX_ARTICLE_SENTENCES)",
        article,
        len(sentences),
        limit,
    )
    return list(sentences[:limit])
