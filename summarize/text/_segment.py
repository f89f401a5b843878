"""Paragraphs and sentences, as exact character offsets into the original text.

In text/, after loading: :class:`Segmenter` (NLTK's Punkt, see :mod:`._punkt`, with
the rules of :mod:`._boundaries` for news text) splits each article, whose boilerplate
:mod:`summarize.text._clean` then drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, OptionError
from ..records import TextSpan
from ._boundaries import (
    ABBREVIATIONS,
    CLOSERS,
    CLOSERS_AT_CUT,
    RUN_ON_WORDS,
    TITLES,
    first_word,
    is_abbreviation,
    is_boundary,
    last_word,
    rule_cuts,
)
from ._lists import list_cuts
from ._punkt import Punkt

__all__ = [
    "ABBREVIATIONS",
    "TITLES",
    "Segmenter",
    "ends_sentence",
    "split_paragraphs",
    "split_sentences",
]


_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks on
# A line without its surrounding whitespace (never empty); line breaks are whitespace.
_STRIPPED_LINE = re.compile(f"\\S(?:[^{_BREAK_CHARS}]*\\S)?")
_LINE_BREAK = re.compile(f"\r\n|[{_BREAK_CHARS}]")
# A line that ends a sentence, words that leave a line open, a line that starts a list item.
_TERMINAL_END = re.compile(f"[.?!\u061f\u2026][{CLOSERS}]*$")
_RUN_ON_CHARS = frozenset(",;(-\u2013\u2014")
_BULLET = re.compile(r"(?:[-*+\u2022\u2013\u2014\u25aa\u25cf]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s)")
_WORDLIKE = re.compile(r"\w")


def _strip(text: str, start: int, end: int, offset: int) -> TextSpan | None:
    """Return ``text[start:end]`` without surrounding whitespace, or None if nothing is left.

    The span's offsets are shifted by ``offset`` (where ``text`` starts in a longer text).
    """
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    begin = offset + start + len(piece) - len(piece.lstrip())
    return TextSpan(begin, begin + len(stripped), stripped)


class Segmenter:
    """Splits text into paragraphs and sentences with exact character offsets.

    The engine is NLTK's Punkt, built from parameters written here (abbreviations and
    words that start sentences; see :mod:`._punkt`), so no trained model is loaded or
    downloaded. Rules of our own then fix what Punkt gets wrong in news text:

    * **Line breaks** (see :meth:`paragraphs`): one line break already ends a paragraph.
    * **Quotes and brackets** after the final punctuation stay with their sentence.
    * **Never a break** after a title, between initials, before a lower-case word, and
      more (see :func:`._boundaries.is_boundary`).
    * **A break** where Punkt misses one: after an ellipsis, a company's, a time's
      or a month's abbreviation, "I" or a unit's letter, and between sentences glued
      without a space (see :func:`._boundaries.rule_cuts`).
    * **Lists written on one line**: one sentence per item, "1) Open the valve 2)
      Close the door" (see :func:`._lists.list_cuts`).
    * **Every supported language at once**: the titles and abbreviations of each
      ("la Dra. Ruiz", "Brücke Nr. 4"), German ordinal dates ("am 3. Oktober") and
      the Arabic question mark (see :mod:`summarize.text._languages`).
    * **Bounded work**: each candidate break reads a bounded stretch of text, so a
      paragraph of any length is split in linear time (see :mod:`summarize.limits`).

    Args:
        abbreviations: Extra abbreviations, with or without the final period
            (``["approx", "Brig."]``); they are added to :data:`ABBREVIATIONS`.

    Raises:
        OptionError: ``abbreviations`` is not a collection of single words.

    Example:
        >>> text = 'Gen. Ada Okafor said "it is over." The U.S.-backed force won.'
        >>> [s.text for s in Segmenter().split(text)]
        ['Gen. Ada Okafor said "it is over."', 'The U.S.-backed force won.']
    """

    def __init__(self, *, abbreviations: Iterable[str] = ()) -> None:
        self.abbreviations: frozenset[str] = ABBREVIATIONS | _normalise(abbreviations)
        self._engine = Punkt(self.abbreviations)
        self._punkt = self._engine.tokenizer

    def __repr__(self) -> str:
        extra = sorted(self.abbreviations - ABBREVIATIONS)
        return f"Segmenter(abbreviations={extra!r})"

    def __getstate__(self) -> dict[str, Any]:
        return {"abbreviations": sorted(self.abbreviations - ABBREVIATIONS)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        Segmenter.__init__(self, abbreviations=state["abbreviations"])

    def split(self, text: str) -> list[TextSpan]:
        """Return the sentences of ``text``, in order; ``[]`` if it is blank.

        Every non-space character of the input lies in exactly one sentence, sentences
        never cross paragraphs, and ``text[s.start:s.end] == s.text`` always holds.

        Raises:
            InputError: ``text`` is not a string.
        """
        sentences: list[TextSpan] = []
        for paragraph in self.paragraphs(text):
            for start, end in self._sentence_bounds(paragraph.text):
                span = _strip(paragraph.text, start, end, paragraph.start)
                if span is not None:
                    sentences.append(span)
        return sentences

    def paragraphs(self, text: str) -> list[TextSpan]:
        """Return the paragraphs of ``text``: runs of lines that continue one another.

        In scraped news one line break already ends a paragraph, so a sentence never
        runs across a blank line or across a line that ends with sentence punctuation,
        and headings and list items without a full stop are sentences of their own.
        Hard-wrapped prose (a line of three words or more without final punctuation
        followed by one that starts in lower case, or a line that ends with a comma
        or a word such as "the") is joined; a line without a word (a rule of dashes)
        is never joined, nor a short line before one in lower case (a list of links).

        Raises:
            InputError: ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise InputError(f"expected the text as a str, got {type(text).__name__}")
        paragraphs: list[TextSpan] = []
        start = end = -1
        previous = ""
        for line in _STRIPPED_LINE.finditer(text):
            if start >= 0 and (
                len(_LINE_BREAK.findall(text, end, line.start())) > 1
                or not self._continues(previous, line.group())
            ):
                paragraphs.append(TextSpan(start, end, text[start:end]))
                start = -1
            if start < 0:
                start = line.start()
            end, previous = line.end(), line.group()
        if start >= 0:
            paragraphs.append(TextSpan(start, end, text[start:end]))
        return paragraphs

    def _continues(self, line: str, following: str) -> bool:
        """Tell whether ``following`` goes on with the sentence that ``line`` leaves open."""
        if _BULLET.match(following) or not (_WORDLIKE.search(line) and _WORDLIKE.search(following)):
            return False  # a list item, or a rule of dashes or stars: no words to go on with
        word = last_word(line)
        if is_abbreviation(word, TITLES):
            return True
        terminal = _TERMINAL_END.search(word) is not None
        if following[0].islower():
            if terminal:
                return is_abbreviation(word, self.abbreviations)
            # a line of one or two words is an item or a heading ("features",
            # "contact manager"), not wrapped prose, unless it leaves its words open
            return len(line.split(None, 2)) > 2 or line[-1] in _RUN_ON_CHARS or word in RUN_ON_WORDS
        return not terminal and (line[-1] in _RUN_ON_CHARS or word in RUN_ON_WORDS)

    def _sentence_bounds(self, text: str) -> Iterator[tuple[int, int]]:
        """Yield (start, end) of each sentence of one paragraph, before stripping.

        Punkt's breaks and those of :func:`._boundaries.rule_cuts`, each kept if
        :func:`._boundaries.is_boundary` says so. Quotes and brackets after the final
        punctuation stay with their sentence.
        """
        cuts = self._engine.cuts(text)
        rule_cuts(text, cuts)
        items = list_cuts(text)  # they start sentences whatever follows: "b. Sign"
        cuts |= items
        if len(cuts) == 1:  # only the cut at 0 (always there), which never ends a sentence
            yield 0, len(text)
            return
        previous = 0
        words_from = first_word(text, previous)  # found once per sentence, not once per cut
        for cut in sorted(cuts):
            closers = CLOSERS_AT_CUT.match(text, cut)  # quotes that close the sentence
            if closers:
                cut = closers.end()
            if (
                previous < cut < len(text)
                and words_from < cut  # a sentence needs words: not "..." alone
                and (cut in items or is_boundary(text, previous, cut, self.abbreviations))
            ):
                yield previous, cut
                previous = cut
                words_from = first_word(text, previous)
        yield previous, len(text)


def _normalise(abbreviations: Iterable[str]) -> frozenset[str]:
    if isinstance(abbreviations, str) or not isinstance(abbreviations, Iterable):
        raise OptionError(
            f"abbreviations must be a collection of words such as ['approx', 'Brig.'], "
            f"got {abbreviations!r:.60}"
        )
    words = set()
    for word in abbreviations:
        if not isinstance(word, str) or not word.strip(". ") or any(c.isspace() for c in word):
            raise OptionError(f"each abbreviation must be one word such as 'Brig.', got {word!r}")
        words.add(word.lower().rstrip("."))
    return frozenset(words)


_DEFAULT = Segmenter()


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence ends: final punctuation, maybe inside quotes.

    Example:
        >>> ends_sentence('He left."'), ends_sentence("Storm closes port")
        (True, False)
    """
    return _TERMINAL_END.search(text) is not None


def split_sentences(text: str) -> list[TextSpan]:
    r"""Split ``text`` into sentences with the default :class:`Segmenter`.

    Raises:
        InputError: ``text`` is not a string.

    Example:
        >>> [s.text for s in split_sentences("Mr Trump spoke.\nMore news")]
        ['Mr Trump spoke.', 'More news']
    """
    return _DEFAULT.split(text)


def split_paragraphs(text: str) -> list[TextSpan]:
    r"""Split ``text`` into paragraphs with the default :class:`Segmenter`.

    A blank line always ends a paragraph; so does a single line break unless the
    next line continues the sentence (hard-wrapped prose).

    Raises:
        InputError: ``text`` is not a string.

    Example:
        >>> [p.text for p in split_paragraphs("Title\n\nA long line that was\nwrapped.")]
        ['Title', 'A long line that was\nwrapped.']
    """
    return _DEFAULT.paragraphs(text)
