"""Whether a quote is a title, not words said: a programme, a heading, a name a sentence speaks of.

In analysis/, for :mod:`summarize.analysis._quotes`, which leaves such quotes out: each
test reads the quote and a few characters around it.
"""

# The docstrings show the typographic quotation marks the quotes are read with.
# ruff: noqa: RUF002

from __future__ import annotations

import re
from itertools import islice

from ._attribution import QuoteSpan
from ._speech_words import VERBS, word_set

__all__ = ["heading", "named_title", "programme", "strict_title", "titled"]

_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")
# Words right before a title-case quote that make it the name of a programme, a paper or a
# book, whoever speaks: 'said on CNN's "State of the Union."', 'told "Fox News Sunday."'.
_ON_A_TITLE = re.compile(r"(?:\b(?:on|in|to|told|tells|for|from)|['\u2019]s)[ \t]*$")
_TITLE_WORDS = 6  # most words of such a title
# The words a title writes in lower case ("Gone With the Wind", "12 Years a Slave").
_SMALL_WORDS = word_set(
    "a an the and but or nor of to in on at by for with from as vs via into onto upon over per"
)
_INNER_STOP = re.compile(r"[.!?]\s+\S")  # a sentence ends inside: "Oh, my God. Oh, my God."


def programme(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is the title of a programme, paper or book a sentence names.

    Short (at most :data:`_TITLE_WORDS` words), written as a title, and right after
    "on", "in", "to", "told", "for", "from" or a possessive ("CNN's").

    Example:
        >>> text = 'Ode said on Wire\u2019s "Morning Harbour." She smiled.'
        >>> programme(text, QuoteSpan(open=19, start=20, end=36, close=37, paragraph=0))
        True
    """
    if _ON_A_TITLE.search(text, max(0, span.open - 12), span.open) is None:
        return False  # the commonest answer, and the cheapest test: a few characters
    words = sum(1 for _ in islice(_WORD.finditer(text, span.start, span.end), _TITLE_WORDS + 1))
    return words <= _TITLE_WORDS and titled(text[span.start : span.end])


def named_title(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a title that its sentence goes on to speak of, whoever speaks.

    Written as a title, with two capitalised words or more and no mark of its own
    at its end, and a lower-case word that is neither a speech verb nor a preposition
    right after its closing mark: 'as Ode points out, "Harbour Lights Over Eastdock"
    is the third result'; not '"I'm a 'no,'" said Ode', nor 'Ode said the plan was
    "A Bridge Too Far" at the council'.

    Example:
        >>> text = 'As Ode said, "Harbour Lights Over Eastdock" is the top result.'
        >>> named_title(text, QuoteSpan(open=13, start=14, end=42, close=43, paragraph=0))
        True
    """
    after = _AFTER_TITLE.match(text, span.close)
    if text[span.end - 1] in ".!?,;:\u2026" or after is None or after.group(1) in _NOT_AFTER_TITLE:
        return False
    phrase = text[span.start : span.end]
    return titled(phrase) and sum(w[0].isupper() for w in _WORD.findall(phrase)) > 1


_AFTER_TITLE = re.compile(r"[ \t]+([a-z]\w*)")  # a lower-case word after the closing mark
_NOT_AFTER_TITLE = VERBS | word_set(
    "in at on from near to into across inside outside over under around for of with by"
)


def heading(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a heading: alone on its line, short, written as a title, with no stop.

    Example:
        >>> text = "She wrote on." + chr(10) * 2 + "‘A Single Voice’" + chr(10)
        >>> heading(text, QuoteSpan(open=15, start=16, end=30, close=31, paragraph=1))
        True
    """
    if text[span.end - 1] in ".!?,;:\u2026":
        return False
    line = text.rfind("\n", 0, span.open) + 1
    after = text.find("\n", span.close)
    after = len(text) if after < 0 else after
    if text[line : span.open].strip() or text[span.close : after].strip():
        return False  # not alone on its line
    words = sum(1 for _ in islice(_WORD.finditer(text, span.start, span.end), _TITLE_WORDS + 1))
    return words <= _TITLE_WORDS and titled(text[span.start : span.end])


def strict_title(phrase: str) -> bool:
    """Whether a phrase is a title to the letter, not words written as one.

    At most twelve words, no sentence inside, and every word in lower case one of
    the short words titles keep small.

    Example:
        >>> titles = ("12 Years a Slave,", "Gone with the Wind,", "Oh, my God, oh, my God,")
        >>> [strict_title(p) for p in titles]
        [True, True, False]
    """
    words = _WORD.findall(phrase)
    return (
        1 < len(words) <= 2 * _TITLE_WORDS
        and not words[0][0].islower()
        and _INNER_STOP.search(phrase) is None
        and all(w in _SMALL_WORDS for w in words if w[0].islower())
    )


def titled(phrase: str) -> bool:
    """Whether a phrase is written as a title: its first word and every longer word capitalised.

    Example:
        >>> [titled(p) for p in ("In God We Trust", "Gone With the Wind", "a nation of cowards")]
        [True, True, False]
    """
    words = _WORD.findall(phrase)
    return len(words) > 1 and all(
        w[0].isupper() or w[0].isdigit() for k, w in enumerate(words) if not k or len(w) > 3
    )
