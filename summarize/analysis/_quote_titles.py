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

__all__ = ["heading", "listed", "named_title", "programme", "strict_title", "titled", "work_title"]

_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")
# Words right before a title-case quote that make it the name of a programme, a paper or a
# book, whoever speaks: 'said on CNN's "State of the Union."', 'told "Fox News Sunday."'.
_ON_A_TITLE = re.compile(r"(?:\b(?i:on|in|to|told|tells|for|from)|['\u2019]s)[ \t]*$")
_TITLE_WORDS = 6  # most words of such a title
# The words a title writes in lower case ("Gone With the Wind", "12 Years a Slave").
_SMALL_WORDS = word_set(
    "a an the and but or nor of to in on at by for with from as vs via into onto upon over per"
)
# A sentence ends inside: "Oh, my God. Oh, my God."; not the stop of "Pt." or "Vol." in a title.
_INNER_STOP = re.compile(r"(?<!\bPt)(?<!\bVol)(?<!\bNo)[.!?]\s+\S")
# A work named right before its quoted title: a noun for a song, a record, a film, a show, a
# book or a piece ('the answer track "Harbour Lights,"', 'best-known songs, "Ferry Pt. II."'); a
# word that names ('an ad titled, "Ode for Kessel,"') or sings ('sang "Low Tide"'); or an
# article with a degree word and an adjective ('the equally bleak "Low Tide,"'). Read back
# from the opening mark.
_WORK_NOUNS = (
    r"songs?|tracks?|singles?|albums?|records?|EPs?|mixtapes?|anthems?|ballads?|tunes?|hits?"
    r"|films?|movies?|documentar(?:y|ies)|sequels?|shows?|series|episodes?|musicals?|plays?"
    r"|operas?|books?|novels?|memoirs?|poems?|essays?|articles?|columns?|stor(?:y|ies)"
    r"|headlines?|subject[ \t]+line|videos?|podcasts?|ads?|adverts?"
    r"|cop(?:y|ies)[ \t]+of|excerpts?[ \t]+from|editions?[ \t]+of"
)
_WORK_BEFORE = re.compile(
    rf"(?:\b(?:{_WORK_NOUNS}),?"
    r"|\b(?:titled|entitled|dubbed|nicknamed|(?:known|identified)(?:[ \t]+only)?[ \t]+as),?"
    r"|\b(?:sang|sings|sung|singing|performed|performing)(?:[ \t]+along[ \t]+to)?"
    r"|\b(?:the|a|an|their|his|her|its)[ \t]+(?:\w+ly|most|more)[ \t]+[a-z]\w*)[ \t]*$"
)
_WORK_WORDS = 20  # most words of a work's title after the noun that names it


def programme(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is the title of a programme, paper or book a sentence names.

    Short (at most :data:`_TITLE_WORDS` words) and written as a title, or a title to the
    letter (see :func:`strict_title`), right after "on", "in", "to", "told", "for",
    "from" (in any case: 'On "Harbour Tonight", Ode said') or a possessive ("CNN's").

    Example:
        >>> text = 'Ode said on Wire\u2019s "Morning Harbour." She smiled.'
        >>> programme(text, QuoteSpan(open=19, start=20, end=36, close=37, paragraph=0))
        True
    """
    if _ON_A_TITLE.search(text, max(0, span.open - 12), span.open) is None:
        return False  # the commonest answer, and the cheapest test: a few characters
    words = sum(1 for _ in islice(_WORD.finditer(text, span.start, span.end), _TITLE_WORDS + 1))
    phrase = text[span.start : span.end]
    return (words <= _TITLE_WORDS and titled(phrase)) or strict_title(phrase)


def named_title(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a title that its sentence goes on to speak of, whoever speaks.

    Written as a title, with two capitalised words (or numbers) or more and no mark of its own
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
    words = _WORD.findall(phrase)  # a number counts as a capital: "Harbour 7"
    return titled(phrase) and sum(w[0].isupper() or w[0].isdigit() for w in words) > 1


_AFTER_TITLE = re.compile(r"[ \t]+([a-z]\w*)")  # a lower-case word after the closing mark
_NOT_AFTER_TITLE = VERBS | word_set(
    "in at on from near to into across inside outside over under around for of with by"
)


def work_title(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is the title of a work that the words right before it name, whoever speaks.

    Written as a title to the letter (see :func:`strict_title`, up to
    :data:`_WORK_WORDS` words), right after a noun for a work ("song", "track",
    "film", "book", "the subject line"), a word that names ("titled", "known as")
    or an article with a degree word and an adjective ("the equally bleak").

    Example:
        >>> text = 'The crew answered with the equally bleak \u201cLow Tide,\u201d out in May.'
        >>> work_title(text, QuoteSpan(open=41, start=42, end=51, close=52, paragraph=0))
        True
    """
    if _WORK_BEFORE.search(text, max(0, span.open - 40), span.open) is None:
        return False
    return strict_title(text[span.start : span.end], most=_WORK_WORDS)


def listed(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a title in a list: it opens its line and no word in lower case follows.

    '"Harbour Lights," May 2, 2009' or '"Low Tide" (Ada Ode featuring Ivo Brandt), 2011'
    in a list of songs, or a headline with its writer ('"Ferries Return" - Ivo Brandt,
    Kessel Post'); not '"Low Tide," Ode said.'

    Example:
        >>> text = "Hits:" + chr(10) + "\u201cLow Tide,\u201d May 2, 2009" + chr(10)
        >>> listed(text, QuoteSpan(open=6, start=7, end=16, close=17, paragraph=1))
        True
    """
    line = text.rfind("\n", 0, span.open) + 1
    if text[line : span.open].strip():
        return False
    after = text.find("\n", span.close)
    rest = _BRACKETED.sub(" ", text[span.close : len(text) if after < 0 else after])
    if not rest.strip() or any(w[0].islower() for w in _WORD.findall(rest)):
        return False
    return strict_title(text[span.start : span.end])


_BRACKETED = re.compile(r"\([^()\n]*\)")


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


def strict_title(phrase: str, *, most: int = 2 * _TITLE_WORDS) -> bool:
    """Whether a phrase is a title to the letter, not words written as one.

    At most ``most`` words (twelve unless told), no sentence inside, and every word
    in lower case one of the short words titles keep small.

    Example:
        >>> titles = ("12 Years a Slave,", "Gone with the Wind,", "Oh, my God, oh, my God,")
        >>> [strict_title(p) for p in titles]
        [True, True, False]
    """
    words = _WORD.findall(phrase)
    return (
        1 < len(words) <= most
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
