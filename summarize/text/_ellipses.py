"""Sentence breaks at ellipses: where a sentence ends after one, and where it goes on.

In text/, used by :func:`summarize.text._boundaries.rule_cuts`: the breaks Punkt
leaves inside or just after an ellipsis are replaced by those decided here.
"""

from __future__ import annotations

import bisect
import re

from ._marks import CLOSERS, RUN_ON_WORDS, last_word

__all__ = ["ellipsis_cuts"]

# The pattern starts with the punctuation, which keeps it fast:
# :mod:`re` skips straight to the characters a match can start with (so the tests on
# what precedes an ellipsis's first dot come after that dot). An ellipsis is tried
# only at the first dot of a run (no dot before it, and no ". " before it for
# ". . ."), so a long run of dots is scanned once, not once per dot.
_ELLIPSIS = re.compile(  # "paused...", "Wait\u2026", "was . . . complicated", "play. . . ."
    "\u2026[\u2026.]*|\\.(?:(?<!\\.\\.)\\.{2,}|(?<!\\. \\.)(?: \\.){2,})"
)
_AFTER_ELLIPSIS = re.compile(f"[{CLOSERS}]*(\\s*)")
_CAPITAL_NEXT = re.compile("[\"'\u2018\u201c]?[A-Z]")


def ellipsis_cuts(text: str, cuts: set[int]) -> None:
    """Decide the breaks at each ellipsis of a paragraph, in place of any in ``cuts``.

    A sentence starts after one only with a capital, or with a mark after four dots,
    never without a space. A stop written before a spaced ellipsis ends its
    sentence, and the ellipsis opens the next ("play. . . . The second"); four dots
    end a sentence ("a stop . . . . Then", "that.... She"), and so do three after a
    word ("paused... Then") or set apart by spaces ("the crash . . . The case"),
    unless the word before cannot end one ("the thing is . . . I lost"). Punkt's
    breaks inside an ellipsis or just after it (at the first dot of ". . .") are
    dropped.
    """
    if "\u2026" not in text and ".." not in text and ". ." not in text:
        return  # no ellipsis (most paragraphs): found by a search of the text, not the pattern
    ranges: list[tuple[int, int]] = []
    added: list[int] = []
    for run in _ELLIPSIS.finditer(text):
        start, end = run.span()
        after = _AFTER_ELLIPSIS.match(text, end)
        assert after is not None  # it matches the empty string
        ranges.append((start, after.end()))
        following = after.end()
        if not after.group(1) or following == len(text):
            continue  # "mean...see", the paragraph's end
        dots = end - start - run.group().count(" ") + 2 * run.group().count("\u2026")
        attached = start > 0 and not text[start - 1].isspace()
        capital = _CAPITAL_NEXT.match(text, following) is not None
        if attached and dots > 3 and " " in run.group():
            if capital:
                added.append(start + 1)  # play. | . . . The
        elif dots > 3:
            if capital or not text[following].isalpha():
                added.append(end)  # a stop . . . . | Then; left\u2026. | \u2014 Ana Ruiz
        elif capital and (attached or last_word(text, 0, start) not in RUN_ON_WORDS):
            added.append(end)  # paused... | Then; the crash . . . | The case
    if ranges:
        starts = [start for start, _ in ranges]
        cuts.difference_update([c for c in cuts if _within(c, starts, ranges)])
        cuts.update(added)


def _within(position: int, starts: list[int], ranges: list[tuple[int, int]]) -> bool:
    """Tell whether ``start < position <= end`` for one of the sorted ``ranges``."""
    i = bisect.bisect_left(starts, position) - 1
    return i >= 0 and position <= ranges[i][1]
