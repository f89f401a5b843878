"""The headline an article's text opens with, as a title to show when the article has none.

In text/, beside :mod:`._content`: it reads the text's first line, and the pipeline
carries what it finds into the digest (``Digest.headlines``), never into the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import TextSpan
from ._clean import Boilerplate
from ._languages import stemmer, stop_words
from ._notices import sentence_clutter

__all__ = ["headline_shaped", "opening_headline"]

# What may close a sentence after its final stop: quotes and brackets.
_CLOSERS = "\"'\u2019\u201d)]"

#: Fewest and most words of a line taken as a headline: shorter lines are labels
#: ("World", "Tina Fey"), longer ones captions and teasers.
FEWEST_WORDS, MOST_WORDS = 4, 16
#: Fewest of the headline's content words the article's next sentences must repeat.
SHARED_WORDS = 2
#: How many content sentences after the headline are read for those words.
LEAD_SENTENCES = 5

# Lines that open a page without being its headline: captions and credits, dates and
# updates, platform furniture, teasers and labels a scraper keeps.
_NOT_A_HEADLINE = re.compile(
    r"(?i)\b(?:photo|image|getty|file|caption|copyright|credit|video|watch|listen|tweets?|"
    r"click|share|subscribe|sign in|log in|javascript|browser|cookies?|advertisement|"
    r"published|updated?|posted|highlights|wikipedia|transcript|abstract|introduction)\b"
    r"|https?:|www\.|@|\||>>|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}:\d\d\b|\bago\b"
)
# A shouted label before a colon ("WARNING:", "UPDATE:") or a line that opens with CLOSE.
_LABEL = re.compile(r"[A-Z]{2,}[A-Z ]*:|CLOSE\b")
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def headline_shaped(text: str) -> bool:
    """Whether ``text`` ends without a stop, as headlines, titles and labels do.

    Narrower than not :func:`~summarize.text.stands_alone`: an excerpt cut off with an
    ellipsis, a short sentence or one that opens in lower case ends with a stop and is
    no headline.

    Example:
        >>> [headline_shaped(t) for t in ("Bridge Reopens After Storm", "He was 84.",
        ...                               "The council voted to...", "Why now?")]
        [True, False, False, False]
    """
    body = text.strip().rstrip(_CLOSERS)
    return not body or body[-1] not in ".!?\u2026"


def opening_headline(
    text: str,
    boilerplate: Sequence[Boilerplate],
    following: Sequence[TextSpan],
    *,
    language: str = "english",
) -> TextSpan | None:
    r"""The headline ``text`` opens with, or None when it opens with none for certain.

    A headline is the text's first non-blank line, with more text after it, that is
    headline-shaped (:func:`headline_shaped`) and written as headlines are: four to
    sixteen words, opening with a capital or a digit, not all in capitals, ending in
    neither a colon nor a comma; no part of it boilerplate (a byline, dateline or
    caption: ``boilerplate``) or clutter (:func:`~summarize.text._notices.sentence_clutter`),
    no caption, credit, date or platform words; and at least two of its content words
    stand in the next few of the article's sentences after it (``following``), so that
    it names this story. Nothing is ever made up: the span is the line exactly as written.

    Args:
        text: The article's text.
        boilerplate: The boilerplate spans found in it
            (:func:`~summarize.text.find_boilerplate`).
        following: Its content sentences, in order (those inside the line are passed over).
        language: For stop words and stems.

    Example:
        >>> text = "Ferry Runs Aground Off Kessel Point\n\nThe ferry Merrow ran aground at Kessel."
        >>> from ._segment import split_sentences
        >>> opening_headline(text, [], split_sentences(text))
        TextSpan(start=0, end=35, text='Ferry Runs Aground Off Kessel Point')
        >>> text = "Photo: Ferry at Kessel Point\n\nThe ferry ran aground."
        >>> opening_headline(text, [], split_sentences(text)) is None
        True
    """
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    if newline < 0 or not text[newline:].strip():
        return None
    line = text[start:newline].rstrip()
    end = start + len(line)
    if not _reads_as_headline(line):
        return None
    if any(b.start < end and start < b.end for b in boilerplate):
        return None
    later = " ".join(s.text for s in [s for s in following if s.start >= end][:LEAD_SENTENCES])
    if len(_content_words(line, language) & _content_words(later, language)) < SHARED_WORDS:
        return None
    return TextSpan(start, end, line)


def _reads_as_headline(line: str) -> bool:
    """Whether one line is written as a headline (see :func:`opening_headline`)."""
    words = line.split()
    if not FEWEST_WORDS <= len(words) <= MOST_WORDS or not headline_shaped(line):
        return False
    first = next((c for c in line if c.isalnum()), "")
    letters = [c for c in line if c.isalpha()]
    shouted = sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return (
        (first.isupper() or first.isdigit())
        and not shouted
        and not line.endswith((":", ",", ";", "-", "\u2013", "\u2014"))
        and _NOT_A_HEADLINE.search(line) is None
        and _LABEL.match(line) is None
        and sentence_clutter(line) is None
    )


def _content_words(text: str, language: str) -> set[str]:
    """The stems of the words of ``text`` that are no stop words."""
    stop, stem = stop_words(language), stemmer(language)
    return {stem(w) for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in stop}
