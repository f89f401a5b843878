"""NLTK's Punkt, tuned for news text: the candidate breaks the segmenter starts from.

In text/, used by :mod:`summarize.text._segment`: parameters written here (no trained
model), patterns compiled once with :mod:`re`, its commonest decisions (a plain word
before the stop, or a possible abbreviation or initial before a word) taken without
building tokens, and a bounded reading of very long runs without a space.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from nltk.tokenize.punkt import (
    _ORTHO_BEG_LC,
    _ORTHO_LC,
    _ORTHO_MID_UC,
    _ORTHO_UC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from ..limits import PUNKT_RUN_EDGE
from ._languages import SENTENCE_END_CHARS

__all__ = ["SENTENCE_STARTERS", "Punkt"]


# Capitalised, these words nearly always open a sentence; lower case, they sit inside
# one. Punkt reads that from the orthographic context below: after an abbreviation,
# an initial, a number or an ellipsis, "The" starts a sentence and "Bush" does not.
_STARTERS = (
    "a an the he she it they we you this that these those there here his her its "
    "their our my your but and so yet however meanwhile moreover still then now later "
    "earlier today yesterday tomorrow in on at after before when while if although "
    "though as for with by from since during despite because what why how who where "
    "some many most all both each every no not also even only such other another "
    "several according under instead unlike until once "
    "did do does is are was were has have had can could would should "  # questions
    "nobody everyone everybody someone nothing none neither "
    "one two three four five six seven eight nine ten "  # "Brennock, W.M. One fatality"
    # the people a news sentence so often opens with: "to the U.S. Officials said"
    "officials residents witnesses investigators analysts critics experts researchers "
    "scientists prosecutors lawmakers"
)
SENTENCE_STARTERS = frozenset(_STARTERS.split())
_BEG_UC, _MID_LC = 1 << 1, 1 << 5  # Punkt's flags: capitalised at a start, lower inside


class _Orthography(dict[str, int]):
    """Punkt's orthographic context; unknown words read as 0 and are not stored."""

    def __missing__(self, key: str) -> int:
        return 0


# Punctuation that ends a word token in Punkt: it is a token of its own.
_NON_WORD = "(?:[)\";}\\]\\*:@'({\\[\u2018\u2019\u201c\u201d\xab\xbb?!\u061f])"


class _LanguageVars(PunktLanguageVars):  # type: ignore[misc]  # nltk ships no types
    """Punkt's English settings with curly quotes, guillemets and the Arabic question mark."""

    sent_end_chars = SENTENCE_END_CHARS

    @property
    def _re_non_word_chars(self) -> str:
        return _NON_WORD

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


# The commonest candidate breaks Punkt weighs: a word of two or more letters, a full
# stop, then the next word ("said. The", "Monday.\n\u201cWe") or a mark ('it."',
# "room.)"); a word of letters, a question or exclamation mark, then the next word or
# a mark ("this? A", 'do?"').
_PLAIN_STOP = re.compile(rf"([^\W\d_]{{2,}})\.(?:\s+\S+|{_NON_WORD})")
_PLAIN_ASK = re.compile(rf"[^\W\d_]+[?!](?:\s+\S+|{_NON_WORD})")
# The next commonest, where the word before the stop may be an abbreviation or an
# initial: letters, maybe with inner dots ("Mr", "U.S", "J"), a full stop, one space and
# a word of letters ("Mr. Smith", "U.S. officials", "J. Bach").
_LETTERS_STOP = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\. ([^\W\d_]+)")


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
        yes, found here without the few dozen calls per token Punkt makes. A
        mark right after the stop (``_NON_WORD``: a quote, a bracket) is a token of
        its own too. In the shape of ``_PLAIN_ASK``, the question or exclamation
        mark is a token of its own that the first pass marks as a break and the
        second never reads (it reads only tokens that end with a full stop).
        """
        plain = _PLAIN_STOP.fullmatch(text)
        if (
            plain
            and not self._params.collocations
            and plain.group(1).lower() not in self._params.abbrev_types
        ):
            return True
        if _PLAIN_ASK.fullmatch(text):
            return True
        letters = _LETTERS_STOP.fullmatch(text)
        if letters and not self._params.collocations:
            return self._breaks_after(letters.group(1), letters.group(2))
        return bool(super().text_contains_sentbreak(text))

    def _breaks_after(self, word: str, following: str) -> bool:
        """Punkt's two passes over the two tokens of "word. following" (see ``_LETTERS_STOP``).

        The first marks "word." a break unless the word is a known abbreviation; the
        second may make an abbreviation a break, or an initial (one letter) no break,
        by the next word's case and its orthographic context, as Punkt's
        ``_second_pass_annotation`` does with no collocations set.
        """
        low = word.lower()
        abbreviation = low in self._params.abbrev_types
        initial = len(word) == 1
        sentbreak = not abbreviation
        starter = self._ortho(following)
        upper = following[0].isupper()
        if abbreviation and not initial and (
            starter is True or (upper and following.lower() in self._params.sent_starters)
        ):
            return True
        if initial:
            context = self._params.ortho_context[following.lower()]
            if starter is False or (starter is None and upper and not context & _ORTHO_LC):
                return False
        return sentbreak

    def _ortho(self, word: str) -> bool | None:
        """Punkt's orthographic heuristic for a word of letters: does it start a sentence?"""
        context = self._params.ortho_context[word.lower()]
        if word[0].isupper() and context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            return True
        if word[0].islower() and (context & _ORTHO_UC or not context & _ORTHO_BEG_LC):
            return False
        return None  # Punkt's "unknown"


# Work per candidate break is bounded, so that splitting stays linear in the text
# (see summarize.limits): a word is judged by its last WORD_WINDOW characters, and
# Punkt sees only the PUNKT_RUN_EDGE characters at each end of a long run of
# non-space characters (the middle is replaced for it, offsets unchanged).
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{2 * PUNKT_RUN_EDGE + 1},}}")  # tried at word starts only
_PUNKT_ENDS = re.compile(f"[{''.join(SENTENCE_END_CHARS)}]")  # Punkt breaks only after these


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


class Punkt:
    """Punkt's sentence starts in one paragraph, with the given abbreviations."""

    def __init__(self, abbreviations: Iterable[str]) -> None:
        params = PunktParameters()
        params.abbrev_types = set(abbreviations)
        params.sent_starters = set(SENTENCE_STARTERS)
        params.ortho_context = _Orthography(dict.fromkeys(SENTENCE_STARTERS, _BEG_UC | _MID_LC))
        language = _LanguageVars()
        self.tokenizer = _Punkt(params, lang_vars=language, token_cls=_Token)
        self._candidates = language.period_context_re()

    def cuts(self, text: str) -> set[int]:
        """Return where Punkt starts sentences in one paragraph (0 included)."""
        if not _PUNKT_ENDS.search(text):
            return {0}
        masked, starts, ends = _for_punkt(text)
        if not self._candidates.search(masked):
            # Punkt breaks only at a match of this pattern (final punctuation before
            # a word or a mark); without one, as in a paragraph of one sentence, it
            # returns the paragraph whole, and need not be run.
            return {0}
        tokenizer = self.tokenizer
        cuts = {start for start, _ in tokenizer.span_tokenize(masked, realign_boundaries=False)}
        if starts:  # no break inside a long run: it is a blob, not prose
            cuts = {c for c in cuts if not _inside(c, starts, ends)}
        return cuts
