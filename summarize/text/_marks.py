"""The marks and words read on either side of a candidate sentence break.

In text/, shared by :mod:`summarize.text._boundaries` and the cuts it adds
(:mod:`._ellipses`, :mod:`._glued`): the marks that close or open a quotation or a
bracket, the words a sentence does not end with, and the last word before a break.
"""

from __future__ import annotations

from ..limits import WORD_WINDOW

__all__ = ["CLOSERS", "OPENERS", "RUN_ON_WORDS", "last_word", "words"]


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


CLOSERS = "\"'\u2019\u201d\xbb)\\]}"
OPENERS = "\"'\u2018\u201c\xab(\\[{"
#: Words a sentence does not end with ("the", "is"): a line or an ellipsis after one
#: leaves the sentence open.
RUN_ON_WORDS = words(
    "the a an of to and or but in on at for with by from that as is was were are be has have "
    "had said says"
)


def last_word(text: str, start: int = 0, end: int | None = None) -> str:
    """Return the last whitespace-separated word of ``text[start:end]``, openers stripped.

    Only the last ``WORD_WINDOW`` characters are read, so a caller may ask
    once per candidate break without reading a long word again each time.
    """
    end = len(text) if end is None else end
    window = text[max(start, end - WORD_WINDOW) : end]
    while not window.strip() and end - len(window) > start:  # a long run of spaces
        end -= len(window)
        window = text[max(start, end - WORD_WINDOW) : end]
    words = window.rsplit(None, 1)
    return words[-1].lstrip(OPENERS) if words else ""
