"""Paragraphs and sentences, as exact character offsets into the original text.

In text/, after loading: :class:`Segmenter` (NLTK's Punkt, with rules of its own for
news text) splits each article, whose boilerplate :mod:`summarize.text._clean` then drops.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from ..errors import InputError, OptionError
from ..limits import PUNKT_RUN_EDGE, WORD_WINDOW
from ..records import TextSpan
from ._languages import (
    ABBREVIATIONS_BY_LANGUAGE,
    ORDINAL_MONTHS,
    SENTENCE_END_CHARS,
    TITLES_BY_LANGUAGE,
)

__all__ = [
    "ABBREVIATIONS",
    "TITLES",
    "Segmenter",
    "ends_sentence",
    "split_paragraphs",
    "split_sentences",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words written before a name that never end a sentence (lower case, no final period),
#: those of every supported language (see :mod:`summarize.text._languages`) included.
TITLES: frozenset[str] = _words(
    "mr mrs ms mx messrs mmes dr prof gen lt col sgt capt cpl pvt maj adm cmdr brig "
    "rev fr sen rep gov pres supt insp det hon amb atty"
    " e.g i.e vs v cf viz"
).union(*TITLES_BY_LANGUAGE.values())

#: Abbreviations Punkt knows by default (lower case, no final period); titles included.
ABBREVIATIONS: frozenset[str] = TITLES | _words(
    "st jr sr esq "  # after names and saints
    "jan feb mar apr jun jul aug sep sept oct nov dec tue tues wed thu thur thurs fri "
    "u.s u.s.a u.k u.n e.u u.a.e d.c a.m p.m ph.d m.d b.a m.a a.k.a "
    "etc al approx ca est "
    "inc ltd corp co llc plc bros dept univ assn ave blvd rd mt ft lb lbs oz"
).union(*ABBREVIATIONS_BY_LANGUAGE.values())

# Capitalised, these words nearly always open a sentence; lower case, they sit inside
# one. Punkt reads that from the orthographic context below: after an abbreviation,
# an initial, a number or an ellipsis, "The" starts a sentence and "Bush" does not.
_SENTENCE_STARTERS = _words(
    "a an the he she it they we you this that these those there here his her its "
    "their our my your but and so yet however meanwhile moreover still then now later "
    "earlier today yesterday tomorrow in on at after before when while if although "
    "though as for with by from since during despite because what why how who where "
    "some many most all both each every no not also even only such other another "
    "several according under instead unlike until once"
)
_BEG_UC, _MID_LC = 1 << 1, 1 << 5  # Punkt's flags: capitalised at a start, lower inside


class _Orthography(dict[str, int]):
    """Punkt's orthographic context; unknown words read as 0 and are not stored."""

    def __missing__(self, key: str) -> int:
        return 0


class _LanguageVars(PunktLanguageVars):  # type: ignore[misc]  # nltk ships no types
    """Punkt's English settings with curly quotes, guillemets and the Arabic question mark."""

    sent_end_chars = SENTENCE_END_CHARS

    @property
    def _re_non_word_chars(self) -> str:
        return "(?:[)\";}\\]\\*:@'({\\[\u2018\u2019\u201c\u201d\xab\xbb?!\u061f])"

    # Punkt asks for its patterns once per paragraph or candidate break: each is
    # built on first use and kept (a copy or an unpickled instance builds it again).
    @functools.cached_property
    def _period_context(self) -> re.Pattern[str]:
        return _compiled(
            self._period_context_fmt
            % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}
        )

    @functools.cached_property
    def _word_tokenizer(self) -> re.Pattern[str]:
        return _compiled(
            self._word_tokenize_fmt
            % {
                "NonWord": self._re_non_word_chars,
                "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start,
            }
        )

    def period_context_re(self) -> re.Pattern[str]:
        """Punkt's pattern of possible sentence ends, compiled with :mod:`re`.

        It scans a paragraph once, in linear time. Recent NLTK runs its own copy
        under a wall-clock limit of a few seconds for the whole paragraph, which
        a very long paragraph exceeds (TimeoutError) though nothing backtracks.
        """
        return self._period_context

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        """Punkt's word pattern, compiled with :mod:`re` as the one above.

        Punkt reads the words around each candidate break with it; NLTK's copy runs
        each call under a timer, which costs more than the match, and raises
        :class:`TimeoutError` on a long enough word.
        """
        return self._word_tokenizer


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """Compile one of Punkt's patterns once for all segmenters."""
    return re.compile(pattern, re.UNICODE | re.VERBOSE)


_NON_PUNCT = re.compile(r"[^\W\d]")


class _Token(PunktToken):  # type: ignore[misc]  # nltk ships no types
    """Punkt's token with its patterns compiled with :mod:`re` (see ``_word_tokenizer_re``)."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$")
    _RE_ALPHA = re.compile(r"[^\W\d]+$")

    @property
    def is_non_punct(self) -> bool:
        """Whether the token is a number or has a letter."""
        return _NON_PUNCT.search(self.type) is not None


# The commonest candidate break Punkt weighs: a word of two or more letters, a full
# stop, then the next word ("said. The", "Monday.\n\u201cWe").
_PLAIN_STOP = re.compile(r"([^\W\d_]{2,})\.\s+\S+")


class _Punkt(PunktSentenceTokenizer):  # type: ignore[misc]  # nltk ships no types
    """Punkt, with its commonest decision taken without building its tokens."""

    def text_contains_sentbreak(self, text: str) -> bool:
        """Tell whether a token of ``text`` other than the last ends a sentence.

        ``text`` is the context of one candidate break. In the shape of
        ``_PLAIN_STOP``, Punkt's tokens are the word with its stop, then one or
        more from the next word. Its first pass marks the first token as a
        sentence break unless the word is a known abbreviation; its second pass
        takes that back only for an abbreviation, an ellipsis, an initial, a
        number or a known collocation, and the word is none of them (two
        letters or more, no digit, no collocations are set). So the answer is
        yes, found here without the few dozen calls per token Punkt makes.
        """
        plain = _PLAIN_STOP.fullmatch(text)
        if (
            plain
            and not self._params.collocations
            and plain.group(1).lower() not in self._params.abbrev_types
        ):
            return True
        return bool(super().text_contains_sentbreak(text))


_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks on
# A line without its surrounding whitespace (never empty); line breaks are whitespace.
_STRIPPED_LINE = re.compile(f"\\S(?:[^{_BREAK_CHARS}]*\\S)?")
_LINE_BREAK = re.compile(f"\r\n|[{_BREAK_CHARS}]")
_CLOSERS = "\"'\u2019\u201d\xbb)\\]}"
_OPENERS = "\"'\u2018\u201c\xab(\\[{"
# A line that ends a sentence, words that leave a line open, a line that starts a list item.
_TERMINAL_END = re.compile(f"[.?!\u061f\u2026][{_CLOSERS}]*$")
_RUN_ON_CHARS = frozenset(",;(-\u2013\u2014")
_RUN_ON_WORDS = _words(
    "the a an of to and or but in on at for with by from that as is was were are be has have "
    "had said says"
)
_BULLET = re.compile(r"(?:[-*+\u2022\u2013\u2014\u25aa\u25cf]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s)")
# Cuts added to Punkt's. Each pattern starts with the punctuation, which keeps it fast:
# :mod:`re` skips straight to the characters a match can start with (so the tests on
# what precedes an ellipsis's first dot come after that dot). An ellipsis is tried
# only at the first dot of a run (no dot before it, and no ". " before it for
# ". . ."), so a long run of dots is scanned once, not once per dot.
_ELLIPSIS_BREAK = re.compile(  # "He paused... Then", "Wait\u2026 Is it true?"
    f"(?:\u2026|\\.(?:(?<!\\.\\.)\\.{{2,}}|(?<!\\. \\.)(?: \\.){{2,}}))"
    f"[{_CLOSERS}]*\\s+(?=[\"'\u2018\u201c]?[A-Z])"
)
_FINAL_ABBREVIATION_BREAK = re.compile(  # "Acme Inc. Analysts said", not "5 p.m. Monday in"
    r"\.(?:(?<=(?<![\w.])Co\.)|(?<=(?<![\w.])(?:Inc|Ltd|LLC|Plc|PLC|etc|[ap]\.m)\.)"
    f"|(?<=(?<![\\w.])(?:Corp|Bros)\\.))[{_CLOSERS}]*\\s+"
    r"(?=(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\s+[a-z])"
)
_GLUED_BREAK = re.compile(  # "ended on Saturday.Residents", "on July 2.The"
    f"[.?!](?:(?<=[a-z][a-z].)|(?<=\\d.))[{_CLOSERS}]*(?=[A-Z][a-z])"
)
_URLISH = re.compile(r"[@/]|www\.|\.[a-z]")
# What moves a cut or removes it.
_CLOSERS_AT_CUT = re.compile(f"[{_CLOSERS}]*(?=\\s|$)\\s*")
_NO_START = frozenset(",;:)]}%?!")  # characters that cannot open a sentence
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]")
_WORDLIKE = re.compile(r"\w")
_CREDIT = re.compile(r"\([^().?!]*\)\s*\Z")  # "(Associated Press)" closing a paragraph
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_NEXT_INITIAL = re.compile(r"[A-Z]\.(?:\s|[A-Z]|$)")
_NEXT_WORD = re.compile(f"[\\s{_OPENERS}{_CLOSERS}]*([^\\W\\d_][\\w'\u2019-]*)")
_NUMBERED = _words("No. Nos. no. Vol. vol. pp. p. Fig. fig. Art. Ch. ch. Sec. sec.")
_QUOTED_QUESTION = re.compile(f"[?!\u061f][{_CLOSERS}]+$")
_ORDINAL = re.compile(r"\d{1,2}\.")  # a day before its month: "am 3. Oktober"
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:said|says|asked|asks|told|added|adds|wrote|writes"
    r"|tweeted|replied|shouted|cried|insisted|explained)\b"
)


# Work per candidate break is bounded, so that splitting stays linear in the text
# (see summarize.limits): a word is judged by its last WORD_WINDOW characters, and
# Punkt sees only the PUNKT_RUN_EDGE characters at each end of a long run of
# non-space characters (the middle is replaced for it, offsets unchanged).
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{2 * PUNKT_RUN_EDGE + 1},}}")  # tried at word starts only
_PUNKT_ENDS = re.compile(f"[{''.join(SENTENCE_END_CHARS)}]")  # Punkt breaks only after these


def _last_word(text: str, start: int = 0, end: int | None = None) -> str:
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
    return words[-1].lstrip(_OPENERS) if words else ""


def _for_punkt(text: str) -> tuple[str, list[int], list[int]]:
    """Return ``text`` with the middle of very long runs replaced, and where the runs are.

    Punkt reads the word before and after every candidate break whole, and NLTK
    applies its regular expressions to them under a wall-clock limit, so a run
    of a million characters without a space would be read once per break in it,
    and could raise :class:`TimeoutError`. The middle becomes short words
    (``" x x x"``), not spaces: a long gap would be read whole too.
    """
    if len(text) <= 2 * PUNKT_RUN_EDGE:
        return text, [], []  # too short to hold a long run
    runs = [(m.start(), m.end()) for m in _LONG_RUN.finditer(text)]
    if not runs:
        return text, [], []
    pieces: list[str] = []
    last = 0
    for start, end in runs:
        filler = end - start - 2 * PUNKT_RUN_EDGE
        pieces += (text[last : start + PUNKT_RUN_EDGE], (" x" * (filler // 2 + 1))[:filler])
        last = end - PUNKT_RUN_EDGE
    pieces.append(text[last:])
    return "".join(pieces), [s for s, _ in runs], [e for _, e in runs]


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Tell whether ``position`` lies strictly inside one of the sorted runs."""
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and starts[i] < position < ends[i]


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
    words that start sentences), so no trained model is loaded or downloaded. Rules
    of our own then fix what Punkt gets wrong in news text:

    * **Line breaks** (see :meth:`paragraphs`): one line break already ends a paragraph.
    * **Quotes and brackets** after the final punctuation stay with their sentence.
    * **Never a break** after a title, between initials, before a lower-case word, and
      more (see ``_is_boundary``).
    * **A break** where Punkt misses one (see ``_sentence_bounds``).
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
        params = PunktParameters()
        params.abbrev_types = set(self.abbreviations)
        params.sent_starters = set(_SENTENCE_STARTERS)
        params.ortho_context = _Orthography(dict.fromkeys(_SENTENCE_STARTERS, _BEG_UC | _MID_LC))
        language = _LanguageVars()
        self._punkt = _Punkt(params, lang_vars=language, token_cls=_Token)
        self._punkt_candidates = language.period_context_re()

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
        Hard-wrapped prose (a line without final punctuation followed by one that
        starts in lower case, or a line that ends with a comma) is joined; a line
        without a word (a rule of dashes) is never joined.

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

    @staticmethod
    def _is_abbreviation(word: str, known: frozenset[str]) -> bool:
        word = word.lower()
        return word.endswith(".") and (word[:-1] in known or word[:-1].split("-")[-1] in known)

    def _continues(self, line: str, following: str) -> bool:
        """Tell whether ``following`` goes on with the sentence that ``line`` leaves open."""
        if _BULLET.match(following) or not (_WORDLIKE.search(line) and _WORDLIKE.search(following)):
            return False  # a list item, or a rule of dashes or stars: no words to go on with
        word = _last_word(line)
        if self._is_abbreviation(word, TITLES):
            return True
        terminal = _TERMINAL_END.search(word) is not None
        if following[0].islower():
            return not terminal or self._is_abbreviation(word, self.abbreviations)
        return not terminal and (line[-1] in _RUN_ON_CHARS or word in _RUN_ON_WORDS)

    def _punkt_cuts(self, text: str) -> set[int]:
        """Return where Punkt starts sentences in one paragraph (0 included)."""
        if not _PUNKT_ENDS.search(text):
            return {0}
        masked, starts, ends = _for_punkt(text)
        if not self._punkt_candidates.search(masked):
            # Punkt breaks only at a match of this pattern (final punctuation before
            # a word or a mark); without one, as in a paragraph of one sentence, it
            # returns the paragraph whole, and need not be run.
            return {0}
        cuts = {start for start, _ in self._punkt.span_tokenize(masked, realign_boundaries=False)}
        if starts:  # no break inside a long run: it is a blob, not prose
            cuts = {c for c in cuts if not _inside(c, starts, ends)}
        return cuts

    def _sentence_bounds(self, text: str) -> Iterator[tuple[int, int]]:
        """Yield (start, end) of each sentence of one paragraph, before stripping.

        Punkt's breaks, plus a break after an ellipsis followed by a capital letter,
        after a company's final abbreviation ("Acme Inc. Analysts said"), and where a
        full stop is followed by a capital with no space ("ended.The"). Quotes and
        brackets after the final punctuation stay with their sentence.
        """
        cuts = self._punkt_cuts(text)
        cuts.update(match.end() for match in _ELLIPSIS_BREAK.finditer(text))
        cuts.update(match.end() for match in _FINAL_ABBREVIATION_BREAK.finditer(text))
        for match in _GLUED_BREAK.finditer(text):
            if not _URLISH.search(_last_word(text, 0, match.end())):
                cuts.add(match.end())
        if len(cuts) == 1:  # only the cut at 0 (always there), which never ends a sentence
            yield 0, len(text)
            return
        previous = 0
        first_word = _first_word(text, previous)  # found once per sentence, not once per cut
        for cut in sorted(cuts):
            closers = _CLOSERS_AT_CUT.match(text, cut)  # quotes that close the sentence
            if closers:
                cut = closers.end()
            if (
                previous < cut < len(text)
                and first_word < cut  # a sentence needs words: not "..." alone
                and self._is_boundary(text, previous, cut)
            ):
                yield previous, cut
                previous = cut
                first_word = _first_word(text, previous)
        yield previous, len(text)

    def _is_boundary(self, text: str, start: int, cut: int) -> bool:
        """Tell whether the sentence ``text[start:cut]`` (which has a word) ends at ``cut``.

        Never a break after a title ("Gen. Ada Okafor", "Mr. Trump"), between
        initials ("J. K. Rowling", "J.K. Rowling"), before a lower-case word
        (``"Why?" he asked``), after "No." before a number, or after a bare list
        marker; ``"Why?" Smith asked`` stays whole too.

        The sentence is never copied: a paragraph in which most candidate breaks
        are refused would otherwise cost the square of its length.
        """
        end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        if _LIST_MARKER.fullmatch(text, start, end):
            return False  # a bare list marker: "1."
        if text[cut] in _NO_START or _CREDIT.match(text, cut):
            return False  # "(D-Conn.), telling", "... (Associated Press)"
        word = _last_word(text, start, end)
        following = _NEXT_WORD.match(text, cut)
        if following:
            after = following.group(1)
            if after[0].islower() and not (len(after) > 1 and after[1].isupper()):
                return False  # "Why?" he asked. (but not before "iPhone")
            if _ORDINAL.fullmatch(word) and after.lower() in ORDINAL_MONTHS:
                return False  # am 3. Oktober
            if (
                _DOTTED.fullmatch(word)
                and after.lower() not in _SENTENCE_STARTERS
                and not self._is_abbreviation(word, self.abbreviations)
            ):
                return False  # J.K. Rowling
        if self._is_abbreviation(word, TITLES):
            return False  # Gen. Ada Okafor
        if _INITIAL.fullmatch(word) and (_NEXT_INITIAL.match(text, cut) or text[cut].isdigit()):
            return False  # J. A. Smith, W. 37th St.
        if word in _NUMBERED and text[cut].isdigit():
            return False  # No. 10
        return not (_QUOTED_QUESTION.search(word) and _ATTRIBUTION.match(text, cut))


def _first_word(text: str, start: int) -> int:
    """Return where the first word character at or after ``start`` is (``len(text)`` if none)."""
    match = _WORDLIKE.search(text, start)
    return match.start() if match else len(text)


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
