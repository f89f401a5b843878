"""A standfirst that restates the lead, or stands above the dateline: it is left out.

In text/, after clutter is left out of an article's sentences (:mod:`._content`): a
summary line under the headline that the lead says again would count the article twice
for one claim, so the shorter of the two is left out. The rule keeps anything that adds
a word of news; a summary line set above the dateline is the editor's, whatever it says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from ..records import TextSpan
from ._clean_patterns import DATELINE
from ._headline import headline_shaped
from ._languages import stemmer, stop_words

__all__ = ["restated_opening"]

#: How many content sentences, from the first, a standfirst and the lead stand among.
OPENING = 4
#: Fewest content words of the sentence left out (shorter ones say too little to match).
FEWEST_WORDS = 5
#: Words of negation, which change what a sentence says whatever else it shares.
_NEGATIONS = frozenset(["no", "not", "never", "nor", "none", "nobody", "nothing", "without"])
_QUOTES = '"\u201c\u201d\u00ab\u00bb'  # double quotes: a single one is mostly an apostrophe
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# A label in capitals before a colon ("UPDATE:"), and a file picture's "FILE - " caption,
# whose dash is no dateline's.
_LABEL = re.compile(r"[A-Z]{2,}[A-Z ]*:")
_FILE = re.compile(r"FILE\b")


def restated_opening(
    text: str, spans: Sequence[TextSpan], *, language: str = "english"
) -> int | None:
    r"""The position in ``spans`` of an opening sentence the lead restates, or None.

    The candidate is the first sentence, or the second after a headline (a line that
    ends without a stop), when it ends with a stop and stands on a line of its own: a
    standfirst, or the lead under none. It pairs with a later sentence among the first
    :data:`OPENING` when the one with fewer content words (stop words out, stems
    compared) finds every one of them in the other (all but one in ten of a longer
    one), and gives no number, no name (a word written with a capital inside it) and
    no negation the other lacks. That one is left out, the fuller sentence kept: it
    says everything the other says. A later sentence is left out only when it comes
    right after the candidate (a lead under a fuller standfirst), and a sentence with
    a quotation mark never is (a quote is its speaker's words, not a restatement).

    A candidate set above the dateline ("KESSEL (Wire) - " opening the next line) is
    the editor's summary of the story below, whatever words it shares with the lead,
    and is left out too, unless it opens with a label in capitals ("UPDATE: ...",
    news added since) or with a quotation mark (a pull quote).

    Example:
        >>> text = ("Three people died as floods swept Kessel on Monday.\n\n"
        ...         "Floods swept through Kessel on Monday, and three people died in them. "
        ...         "Rain is due again.")
        >>> from ._segment import split_sentences
        >>> restated_opening(text, split_sentences(text))
        0
    """
    first = 1 if spans and headline_shaped(spans[0].text) else 0
    if first >= len(spans) or not _standalone(text, spans[first]):
        return None
    opening = _Words(spans[first].text, language)
    if _above_dateline(text, spans[first]) and spans[first].text[:1] not in _QUOTES:
        return first
    for later in range(first + 1, min(len(spans), OPENING)):
        if later > first + 1 and not opening.restatable:
            break  # from here on only the opening could be left out
        other = _Words(spans[later].text, language)
        fewer, fuller = (opening, other)
        if len(other.stems) < len(opening.stems):
            fewer, fuller = other, opening
        dropped = first if fewer is opening else later
        if dropped in (first, first + 1) and fewer.restated_by(fuller):
            return dropped
    return None


def _standalone(text: str, span: TextSpan) -> bool:
    """Whether a sentence ends with a stop and nothing but white space shares its line."""
    return not headline_shaped(span.text) and _own_line(text, span)


def _above_dateline(text: str, span: TextSpan) -> bool:
    """Whether the line after the sentence opens with a dateline, and the sentence with no label."""
    following = text[span.end :].lstrip()
    return (
        _LABEL.match(span.text) is None
        and DATELINE.match(following) is not None
        and _FILE.match(following) is None
    )


def _own_line(text: str, span: TextSpan) -> bool:
    """Whether nothing but white space shares the sentence's line."""
    before = text[: span.start].rsplit("\n", 1)[-1]
    after = text[span.end :].split("\n", 1)[0]
    return not before.strip() and not after.strip()


class _Words:
    """A sentence's content words: stems, numbers, names and negations.

    The stems are read at once (every pairing compares them); the numbers, names and
    negation only when a pairing gets past the stems (:meth:`restated_by`), which few do.
    """

    def __init__(self, text: str, language: str) -> None:
        stop, stem = stop_words(language), stemmer(language)
        self._text = text
        self._words = words = _WORD.findall(text)
        self._lower = lower = list(map(str.lower, words))
        self.quoted = any(mark in text for mark in _QUOTES)
        # Each content word with its stem, stemmed once.
        self._content = [(w, stem(low)) for w, low in zip(words, lower, strict=True)
                         if low not in stop and low not in _NEGATIONS]  # fmt: skip
        self.stems = {stemmed for _, stemmed in self._content}
        #: Whether the sentence may be one that another restates (see :meth:`restated_by`).
        self.restatable = len(self.stems) >= FEWEST_WORDS and not self.quoted

    @cached_property
    def negated(self) -> bool:
        """Whether a word of negation ("not", "never", "won't") stands in the sentence."""
        return not _NEGATIONS.isdisjoint(self._lower) or (
            ("'" in self._text or "\u2019" in self._text)
            and any(w.endswith(("n't", "n\u2019t")) for w in self._lower)
        )

    @cached_property
    def numbers(self) -> set[str]:
        """The content words that hold a digit and are not all letters ("2024", "3.5")."""
        return {w for w, _ in self._content if not w.isalpha() and any(map(str.isdigit, w))}

    @cached_property
    def names(self) -> set[str]:
        """The stems of the words written with a capital, the sentence's first word aside."""
        return {stemmed for w, stemmed in self._content if w[0].isupper() and w != self._words[0]}

    def restated_by(self, fuller: _Words) -> bool:
        """Whether ``fuller`` says all this says: its words, numbers, names and negation.

        The stems first: the negation, numbers and names are read only past them.
        """
        if not self.restatable:
            return False
        missing = self.stems - fuller.stems
        return (
            len(missing) <= len(self.stems) // 10
            and self.negated == fuller.negated
            and self.numbers <= fuller.numbers
            and not (missing & self.names)
        )
