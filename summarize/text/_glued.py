"""Sentence breaks where a stop is glued to the next sentence without a space.

In text/, used by :func:`summarize.text._boundaries.rule_cuts`: "ended on
Saturday.Residents", 'much."We', but not an address ("www.Example.com").
"""

from __future__ import annotations

import re

from ..limits import WORD_WINDOW
from ._marks import CLOSERS, last_word

__all__ = ["glued_cuts"]

_GLUED_BREAK = re.compile(  # "ended on Saturday.Residents", "on July 2.The", "(hurt).Doctors"
    # "rose 5%.Riders", "cost \u00a34m.It"
    f"[.?!](?:(?<=[a-z][a-z].)|(?<=[\\d%].)|(?<=\\d[a-z].)|(?<=[a-z\\d%][{CLOSERS}].))"
    f"[{CLOSERS}]*(?=[A-Z][a-z])"
)
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # "don't", not a quotation mark
_URLISH = re.compile(r"[@/]|www\.|\.[a-z]")  # in the word before a glued stop
# ... or in the rest of its word: "Anna.Berg@Example.com" (read up to WORD_WINDOW characters)
_ADDRESS_AFTER = re.compile(f"[^\\s@/]{{0,{WORD_WINDOW}}}[@/]")


def glued_cuts(text: str, cuts: set[int]) -> None:
    """Add to ``cuts`` the breaks between sentences glued without a space, in one paragraph.

    Where a full stop is followed by a capital with no space ("ended.The"; after the
    marks that close it: 'much."We') unless the word is an address ("www.Example.com",
    "Anna.Berg@Example.com"); a break Punkt put inside the marks moves to the end of them.
    """
    marks = _Marks(text)
    for match in _GLUED_BREAK.finditer(text):
        if not (
            _URLISH.search(last_word(text, 0, match.end()))
            or _ADDRESS_AFTER.match(text, match.end())
        ):
            # the sentence ends after the marks that close it ('much."We'), before one
            # that opens the next ('week."We had no warning," he said')
            cut = marks.cut(match.start() + 1, match.end())
            cuts.difference_update(range(match.start() + 1, match.end() + 1))
            cuts.add(cut)


class _Marks:
    """Where a sentence glued to the next ends: the marks after its stop, read along a paragraph.

    A straight quotation mark there may open the next sentence instead ('all week."We
    had no warning," he said'): it closes one only when the paragraph has opened a
    quotation before it (an odd number of such marks), an apostrophe inside a word
    ("don't") not counted. Stops are asked about in text order, so the marks before
    each are counted from the last one asked about.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.read = 0
        self.counts = {'"': 0, "'": 0}

    def cut(self, start: int, end: int) -> int:
        """Where the sentence ends whose stop is at ``start - 1``, ``text[start:end]`` its marks.

        After them, unless a straight quotation mark among them opens a quotation: then
        before it.
        """
        run = self.text[start:end]
        if '"' not in run and "'" not in run:
            return end
        before = self.text[self.read : start]
        self.counts['"'] += before.count('"')
        self.counts["'"] += before.count("'") - len(_APOSTROPHE.findall(before))
        self.read = start
        opening = [run.index(mark) for mark in "\"'" if mark in run and not self.counts[mark] % 2]
        return start + min(opening) if opening else end
