"""Quoted statements in an article, and who made them.

In analysis/: :func:`find_quotes` pairs the quotation marks of an article's content
sentences, keeps the statements and names their speakers (with
:mod:`summarize.analysis._speakers`), leaving out titles (see
:mod:`summarize.analysis._quote_titles`); each claim of claims/ keeps its sentences' quotes.
"""

# The docstrings show the typographic quotation marks this module reads.
# ruff: noqa: RUF002, RUF003

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice
from operator import attrgetter

from ..errors import InputError
from ..records import Article, Quote, Sentence
from ._quote_titles import heading, listed, named_title, programme, strict_title, titled, work_title
from ._speakers import QuoteSpan, find_speakers

__all__ = ["find_quotes"]

_DOUBLE = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
# How a mark may be read: "either" opens or closes by its neighbours; "open"/"close"
# is its usual role, turned round when only the other fits; "low" only opens;
# "left" (‘) is read from its neighbours alone; "right" (’) can only close.
_ROLE = {'"': "either", "\u201c": "open", "\u00ab": "open", "\u2039": "open", "\u201d": "close"}
_ROLE |= {"\u00bb": "close", "\u203a": "close", "\u201e": "low", "\u201a": "low"}
_ROLE |= {"\u2018": "left", "\u2019": "right"}
# Double marks typed as two characters, as some wires and old pages write them: two
# apostrophes close ("So,'' she said), two backticks open; one apostrophe is never a mark.
_TYPED = ("''", "``")
_ROLE_TYPED = {"'": "either", "`": "open"}
_BEFORE_OPENER = frozenset("([{<\u2014\u2013-/") | set(_ROLE)
_AFTER_CLOSER = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026") | set(_ROLE)
_OPEN, _CLOSE, _EITHER, _WEAK = 1, 2, 3, 4
_NONSPACE = re.compile(r"\S")
_WORD = re.compile(r"\w+(?:['\u2019.\-]\w+)*")
# Words right before a quote that make it a name or a term, not words said: 'which means
# "the field of the assembly"', 'a show titled "Night Over the Harbour"', 'the word "home"',
# 'the title was that of "master of the pier"'.
_NAMING = re.compile(
    r"(?i:\b(?:means|meaning|meant|dubbed|titled|entitled|nicknamed|known as|that of"
    r"|translate[sd]? (?:as|to)|(?:is|are|was|were|be|been|being|so)[ -](?:called|named)"
    r"|the (?:words?|terms?|phrases?|names?|slogans?|motto|hashtags?))),?[ \t]*$"
)
# A preposition or an article right before a quote: the quote is the writer's noun, and
# a few words of it a term even when a speech verb stands next to it ('how the trip fit
# the definition of "escort detail," she would only say ...'; 'the board called it a
# "disgrace," she said').
_IN_PHRASE = re.compile(
    r"(?i:\b(?:of|a|an|the|as|for|about|into|like|than|with|without|from|on|in))[ \t]*$"
)
#: Fewest words of a quote after such a word to be words said rather than a term.
_TERM_WORDS = 4

# A web or mail address, or a file's path, alone between the marks: markup's value
# ('poster="http://..."', 'href="www.kessel.example"'), no one's words.
_ADDRESS = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*://|www\.|[\w.+-]+@)\S*\s*|\s*\S*/\S*\.\w{2,4}\s*")


def find_quotes(article: Article, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every quoted statement in the article's content sentences, in text order, with its speaker.

    Args:
        article: The article the sentences come from.
        sentences: Its content sentences (as :func:`summarize.pipeline.content_sentences`
            gives them); quotes outside them are not read.

    Each step reads each character a bounded number of times, with patterns that
    cannot backtrack. Quotation marks are paired by ``_spans``. A quote is kept
    when it has at least four words, or opens its sentence and reads as one (a
    capital first, ``.``, ``!`` or ``?`` last: "Never!"), or its speaker stands
    right next to it: ``"Never," he said``, ``X said: "never"``, ``X said Friday
    "not yet"``, ``X said "no".``. Other short quotes are terms being quoted (a
    "caliphate", officials declared "total victory" over them, a group
    "liberated") and are left out; so is a quote of fewer than four words right after a
    preposition or an article, whoever speaks next to it (the definition of "escort
    detail," she said): the writer's noun.

    Returns:
        The quotes, in text order and without overlaps; each one's text slices the
        article's text exactly (see :mod:`summarize.analysis._speakers` for how the
        speakers are found).

    Raises:
        InputError: A sentence is not a sentence of this article.

    Example:
        >>> from summarize.pipeline import content_sentences
        >>> article = Article(id="a", text='"We will rebuild the bridge," said Ms Ode.')
        >>> [(q.text, q.speaker) for q in find_quotes(article, content_sentences(article))]
        [('We will rebuild the bridge,', 'Ms Ode')]
    """
    text = article.text
    sents = sorted(sentences, key=attrgetter("start", "end"))
    for s in sents:
        if s.article != article.id or text[s.start : s.end] != s.text:
            raise InputError(
                f"sentence {s.index} of {s.article!r} is not a sentence of article "
                f"{article.id!r}; pass the sentences content_sentences(article) gives"
            )
    marks = _marks(text)
    if not marks:
        return []
    at = [start for start, _ in marks]
    spans: list[QuoteSpan] = []
    regions = _regions(text, sents)
    for r, (lo, hi) in enumerate(regions):
        found = marks[bisect_left(at, lo) : bisect_left(at, hi)]
        # A speaker's words run on when the next paragraph opens with a quotation mark.
        runs_on = r + 1 < len(regions) and _opens_with_quote(text, regions[r + 1][0])
        if len(found) > 1 or (found and runs_on):
            spans += _spans(text, found, r, hi if runs_on else None)
    starts = [s.start for s in sents]
    quotes: list[Quote] = []
    for span, said in zip(spans, find_speakers(text, sents, spans), strict=True):
        opening = sents[bisect_right(starts, span.open) - 1]
        if programme(text, span) or heading(text, span) or named_title(text, span):
            continue  # 'on CNN's "State of the Union."', a quoted heading: a title, whoever speaks
        if work_title(text, span) or listed(text, span):
            continue  # 'the answer track "Low Tide,"', a list of songs: titles, whoever speaks
        if _ADDRESS.fullmatch(text, span.start, span.end):
            continue  # 'poster="http://..."': a page's markup, no one's words
        named = said.speaker is not None and not said.resolved  # not "he" or "she"
        if _in_phrase(text, span, opening):
            continue  # 'the definition of "escort detail," she said': a term in the phrase
        if said.near or _statement(text, span, opening, named):
            quotes.append(
                Quote(
                    text[span.start : span.end],
                    said.speaker,
                    article.id,
                    span.start,
                    span.end,
                    role=said.role,
                )
            )
    return quotes


def _statement(text: str, span: QuoteSpan, opening: Sentence, spoken: bool) -> bool:
    """Whether a quote with no speaker next to it is a statement: four words, or a sentence.

    Unless the sentence names who spoke, a quote right after words that name or
    define ("means", "known as", "titled", "so-called", "the term") is a term or
    a title, however long.

    Unless the sentence names who ``spoken`` it, a phrase quoted inside a sentence,
    with no mark of its own at its end, written as a title ("Gone With the Wind",
    "For the People Act") is a title, not a statement; a "he" or "she" names no one
    ('she posted a photo of an "Expected Date Wheel"').

    ``opening`` is the sentence the quote opens in.
    """
    if not spoken and _NAMING.search(text, max(opening.start, span.open - 40), span.open):
        return False  # 'the word Dingwall means "the field of the assembly"': a term
    alone = not _NONSPACE.search(text, opening.start, span.open)  # opens its sentence
    inside = not (alone or spoken)
    end = text[span.end - 1]
    phrase = text[span.start : span.end]
    if inside and end not in ".!?,;:\u2026" and titled(phrase):
        return False  # "Gone With the Wind", "For the People Act": a title, not words said
    if inside and end in ".," and strict_title(phrase):
        # The comma or stop inside the marks is the sentence's, as American style puts it
        # ('the film "Gone With the Wind," which'); not 'likes to say, "I'm an F-18, bro,"'.
        return False
    if _words(text, span, 4) >= 4:
        return True
    return alone and text[span.start].isupper() and end in ".!?"


def _in_phrase(text: str, span: QuoteSpan, opening: Sentence) -> bool:
    """Whether the quote is a term of fewer than four words inside the writer's phrase.

    A preposition or an article right before the opening mark makes the quoted words
    a noun of the sentence around them ('fit the definition of "escort detail," she
    said'), however near a speech verb stands; four words or more are words said.
    """
    return _words(text, span, _TERM_WORDS) < _TERM_WORDS and bool(
        _IN_PHRASE.search(text, max(opening.start, span.open - 12), span.open)
    )


def _words(text: str, span: QuoteSpan, most: int) -> int:
    """The number of words of a quote, counted up to ``most``."""
    return sum(1 for _ in islice(_WORD.finditer(text, span.start, span.end), most))


# Pairing marks ----------------------------------------------------------------------------


def _marks(text: str) -> list[tuple[int, int]]:
    """Offsets of the quotation marks in ``text``, a run of one mark as one."""
    found: list[int] = []
    for mark in _ROLE:  # str.find outruns a regular expression here
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    for pair in _TYPED:  # two apostrophes or backticks typed for a double mark: one mark
        i = text.find(pair)
        while i >= 0:
            found.append(i)
            i = text.find(pair, i + 2)
    found.sort()
    marks: list[tuple[int, int]] = []
    for i in found:
        size = 2 if text[i] in "'`" else 1
        if marks and marks[-1][1] == i and text[i] == text[i - 1]:
            marks[-1] = (marks[-1][0], i + size)
        else:
            marks.append((i, i + size))
    return marks


def _regions(text: str, sents: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Runs of consecutive sentences with no paragraph break between them."""
    regions: list[tuple[int, int]] = []
    for s in sents:
        if regions:
            lo, hi = regions[-1]
            if s.start <= hi or (
                text[hi : s.start].isspace() and text.count("\n", hi, s.start) < 2
            ):
                if s.end > hi:
                    regions[-1] = (lo, s.end)
                continue
        regions.append((s.start, s.end))
    return regions


def _kind(text: str, start: int, end: int) -> int:
    """How the mark at text[start:end] can be read, from its role and its neighbours."""
    role = _ROLE_TYPED.get(text[start]) or _ROLE[text[start]]
    if role == "low":
        return _OPEN
    before, after = text[start - 1 : start], text[end : end + 1]
    blank_before, blank_after = not before or before.isspace(), not after or after.isspace()
    opens = not blank_after and (blank_before or before in _BEFORE_OPENER)
    closes = not blank_before and (blank_after or after in _AFTER_CLOSER)
    if opens != closes:
        possessive = before.isalpha() and after.isspace() and text[end + 1 : end + 2].islower()
        if closes and role == "right" and possessive:  # "the workers’ union"
            return _WEAK
        return _CLOSE if closes else (0 if role == "right" else _OPEN)
    return {"either": _EITHER, "open": _OPEN, "close": _CLOSE}.get(role, 0)


def _pair(marks: list[tuple[int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Pair one family's marks left to right: (open, text start, text end, close) each."""
    found: list[tuple[int, int, int, int]] = []
    opened: tuple[int, int] | None = None
    weak: tuple[int, int] | None = None
    for start, end, kind in marks:
        if opened is None:
            if kind in (_OPEN, _EITHER):
                opened = (start, end)
        elif kind == _WEAK:
            weak = weak or (start, end)
        elif kind in (_CLOSE, _EITHER):
            found.append((*opened, start, end))
            opened = weak = None
        elif kind == _OPEN:  # the open quote never closed: start again here
            if weak:
                found.append((*opened, *weak))
            opened, weak = (start, end), None
    if opened and weak:
        found.append((*opened, *weak))
    return found


def _opens_with_quote(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` opens with a double quotation mark."""
    if text.startswith("``", start):
        return True
    return text[start : start + 1] in _DOUBLE and _kind(text, start, start + 1) in (_OPEN, _EITHER)


def _spans(
    text: str, marks: Sequence[tuple[int, int]], region: int, runs_on: int | None = None
) -> list[QuoteSpan]:
    """The quotes that one paragraph's marks enclose, in order and without overlaps.

    Marks are straight ``"..."``, typographic ``“...”``, ``„...“``, ``«...»`` (and
    ``»...«``), double marks typed as two characters (two apostrophes closing, two
    backticks opening, as some wires write them), and single ``‘...’``, ``‚...‘``,
    ``‹...›``. A mark's neighbours say whether it opens (after a space or bracket,
    before a word) or closes (the reverse); a run of one mark (``""``) counts once. A
    straight ``'`` alone is never a quote mark, and ``’`` only closes an open ``‘``:
    never between letters (it’s), and when a lower-case word follows it ("the fighters’
    wives") only if no later mark closes the quote. A quote stays inside one paragraph
    of consecutive content sentences; a mark that cannot be paired there is skipped,
    except a last double opening mark when the next paragraph opens with one
    (``runs_on``: the paragraph's end): news runs one speaker's words over paragraphs,
    closing the quote only in the last, so the quote runs to the paragraph's end. A
    quote inside another is part of it, and double marks win over single ones where they
    cross.
    """
    double: list[tuple[int, int, int]] = []
    single: list[tuple[int, int, int]] = []
    for start, end in marks:
        typed = text[start] in _ROLE_TYPED  # "''" or "``"
        (double if typed or text[start] in _DOUBLE else single).append(
            (start, end, _kind(text, start, end))
        )
    pairs, k = _pair(double), 0
    if runs_on is not None:
        last = max((pair[3] for pair in pairs), default=-1)
        dangling = [m for m in double if m[0] >= last and m[2] in (_OPEN, _EITHER)]
        if dangling:  # the quote that runs on: from its mark to the paragraph's end
            pairs.append((dangling[0][0], dangling[0][1], runs_on, runs_on))
    kept = list(pairs)
    for pair in _pair(single):  # single quotes that do not cross a double one
        while k < len(pairs) and pairs[k][3] <= pair[0]:
            k += 1
        if k == len(pairs) or pair[3] <= pairs[k][0]:
            kept.append(pair)
    spans: list[QuoteSpan] = []
    for o, start, end, c in sorted(kept):
        quoted = text[start:end]
        start, end = (
            start + len(quoted) - len(quoted.lstrip()),
            end - len(quoted) + len(quoted.rstrip()),
        )
        if _WORD.search(text, start, end) and (not spans or o >= spans[-1].close):
            spans.append(QuoteSpan(open=o, start=start, end=end, close=c, paragraph=region))
    return spans
