"""A sentence's tokens as the figures' context reads them, and the words that make a context.

In analysis/'s figure reading, for :mod:`summarize.analysis._figures.context`:
:class:`SentenceTokens` places each figure among a sentence's tokens, and
:class:`ContextTerms` gives the stem each word adds to a figure's context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set

from .predicates import Lexicon
from .quantities import Quantity
from .scan import Scan

__all__ = ["ContextTerms", "SentenceTokens"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|[0-9]+(?:[.,:][0-9]+)*|[^\w\s]")
_CLOCK = re.compile(r"[0-9]:[0-9]")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit other than 0-9


class SentenceTokens:
    """One sentence's tokens (lower-case, with offsets) and the token span of each figure.

    A token is a run of letters with inner apostrophes, a run of digits with
    inner ".", "," or ":" ("7:42" is one token), or any other character but "_"
    and whitespace. The figure reader's tokens are the same but for "7:42",
    "_" and digits other than 0-9, so they are taken as they are where the
    sentence has none of those.

    Args:
        text: The sentence's text.
        quantities: Its figures.
        scan: The figure reader's tokens of it, taken as they are unless the
            sentence has what the two split differently; or None.

    Attributes:
        text: The sentence's text.
        lows: Each token, lower-cased.
        starts: Offset of each token.
        ends: Offset one past each token.
        quantities: The sentence's figures.
        spans: For each figure, the indices of its first token and of the first after it.
        inside: The indices of the tokens inside a figure.

    Example:
        >>> from summarize.analysis._figures.quantities import find_quantities
        >>> text = "About 7:42 a.m., 12 people fled."
        >>> tokens = SentenceTokens(text, find_quantities(text), None)
        >>> tokens.lows[:3], tokens.spans
        (['about', '7:42', 'a'], [(0, 6), (7, 8)])
    """

    __slots__ = ("_texts", "ends", "inside", "lows", "quantities", "spans", "starts", "text")

    def __init__(self, text: str, quantities: list[Quantity], scan: Scan | None) -> None:
        self.text = text
        if scan is not None and not _split_otherwise(text):
            self.lows, self.starts, self.ends = scan.lows, scan.starts, scan.ends
        else:
            matches = list(_TOKEN.finditer(text))
            self.lows = [m.group().lower() for m in matches]
            self.starts = [m.start() for m in matches]
            self.ends = [m.end() for m in matches]
        self._texts: list[str] | None = None
        self.quantities = quantities
        self.spans = [
            (bisect_left(self.starts, q.start), bisect_left(self.starts, q.end)) for q in quantities
        ]
        self.inside = {i for a, b in self.spans for i in range(a, b)}

    @property
    def texts(self) -> list[str]:
        """The tokens as written."""
        if self._texts is None:
            self._texts = [self.text[a:b] for a, b in zip(self.starts, self.ends, strict=True)]
        return self._texts

    def word(self, i: int) -> str:
        """Token ``i`` as written."""
        return self.text[self.starts[i] : self.ends[i]]


def _split_otherwise(text: str) -> bool:
    """Whether the figure reader and the context split ``text`` into different tokens."""
    return (
        "_" in text
        or (":" in text and _CLOCK.search(text) is not None)
        or (not text.isascii() and _OTHER_DIGIT.search(text) is not None)
    )


class ContextTerms(dict[str, str]):
    """Lower-case word -> the stem it adds to a figure's context, or "" for none.

    No stem for a word of one letter, a number, a stop word or a predicate word
    (the predicate is matched on its own). Filled as words are looked up.

    Args:
        lexicon: The predicates, and the stemmer.
        stop: Stop words.

    Example:
        >>> from summarize.analysis._figures.predicates import lexicon_for
        >>> from summarize.text._languages import stemmer
        >>> terms = ContextTerms(lexicon_for(stemmer("english")), {"the"})
        >>> terms["bridges"], terms["the"], terms["fled"], terms["12"]
        ('bridg', '', '', '')
    """

    def __init__(self, lexicon: Lexicon, stop: Set[str]) -> None:
        super().__init__()
        self.lexicon, self.stop = lexicon, stop

    def __missing__(self, word: str) -> str:
        lexicon = self.lexicon
        if not word.isalpha() or len(word) < 2 or word in self.stop or lexicon.classes(word):
            term = ""  # the predicate is matched on its own
        else:
            term = lexicon.stem(word)
        self[word] = term
        return term
