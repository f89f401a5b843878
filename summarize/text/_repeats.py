"""The key by which a line or a sentence printed again is known: a page's repeats.

In text/, read by :mod:`summarize.text._clean`: :func:`find_boilerplate` keys every line
of an article to find the lines a page prints twice, and :func:`drop_boilerplate` keys
every sentence to keep one printing of each. A one-sentence paragraph is both a line and
a sentence, so its key is kept (:func:`repeat_key`) and read once.
"""

from __future__ import annotations

from functools import lru_cache

from . import _clean_patterns as patterns

__all__ = ["REPEAT_KEYS", "repeat_key", "slow_repeat_key"]

#: How many distinct texts :func:`repeat_key` keeps the keys of (about a quarter of the
#: lines and sentences of 1,000 articles are asked for twice, as a line and a sentence).
REPEAT_KEYS = 1 << 12

# The characters of patterns.REPEAT_IGNORES that are ASCII: three quotation marks.
_ASCII_IGNORES = ('"', "'", "`")


def slow_repeat_key(text: str) -> str:
    """The key of ``text`` read by the pattern: the reference :func:`repeat_key` equals.

    Quotation marks and invisible characters (``REPEAT_IGNORES``) out, case folded,
    runs of white space made one space, none at the ends.

    Example:
        >>> slow_repeat_key(' \u201cFerry  Fares\u201d RISE\u200b ')
        'ferry fares rise'
    """
    return " ".join(patterns.REPEAT_IGNORES.sub("", text).casefold().split())


@lru_cache(maxsize=REPEAT_KEYS)
def repeat_key(text: str) -> str:
    """The key of ``text``: two texts with the same key are one text printed twice.

    The same key as :func:`slow_repeat_key`. A text of ASCII characters alone (most
    lines) has its three quotation marks taken out by substring replacement, and is
    lowered, which folds ASCII case as ``casefold`` does, instead of a pattern tried at
    every character.

    Example:
        >>> repeat_key('"Ferry  fares" RISE'), repeat_key("\u201cFerry fares\u201d rise")
        ('ferry fares rise', 'ferry fares rise')
    """
    if not text.isascii():
        return slow_repeat_key(text)
    for mark in _ASCII_IGNORES:
        if mark in text:
            text = text.replace(mark, "")
    return " ".join(text.lower().split())
