"""Sentences that give the same quoted words: one statement, reported twice.

In claims/, before the restatements: when one sentence quotes someone ("'We will rebuild,'
she said outside the hall") and a quote in another sentence, of the same article or
another, holds the same words ('"To answer your question, we will rebuild," she said';
not '"rebuild"'), the two report one statement, however unlike the rest of their words.
:func:`~summarize.claims._restate.restated_groups` takes their claims for restatements of
each other, so the merged summary shows the statement once.

Quoted words count from five words up, or from three when they say something of someone
(a pronoun, a form of "be", "have" or "do", a modal or a negation: "I hope so", "we
will rebuild"; not a term in quotation marks, "harbour escort plan", "at risk of
closure"), compared by their letters and digits alone; a title in capitals ("Coast
Tonight", "Keeping Up with the Neighbours") is no statement. Short quoted words that the
quote finder leaves out as a term (she told the crews "do not come") are read as well.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..records import Quote, Sentence

__all__ = ["MOST_QUOTED", "QUOTED_WORDS", "STATEMENT_WORDS", "same_quotes"]

#: Fewest words of quoted words that make two sentences one statement, and fewest of those
#: that do when they hold no word of a clause (:data:`_CLAUSE`).
QUOTED_WORDS = 3
STATEMENT_WORDS = 5
#: The most sentences one quoted phrase may link (a slogan every source repeats is a topic).
MOST_QUOTED = 6

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# The words that make quoted words say something of someone: pronouns, the forms of "be",
# "have" and "do", modals and negations (English; quoted words in other languages count
# from STATEMENT_WORDS).
_CLAUSE_WORDS = (
    "i me my we us our you your he him his she her it its they them their this that these"
    " those am is are was were be been being have has had do does did will would shall"
    " should can could may might must not never no i'm we're you're he's she's it's"
    " they're i've we've you've they've i'd we'd i'll we'll don't doesn't didn't can't"
    " won't isn't aren't wasn't weren't"
)
_CLAUSE = frozenset(_CLAUSE_WORDS.split())


def same_quotes(
    sentences: Sequence[Sentence], quotes: Mapping[str, Sequence[Quote]]
) -> list[tuple[int, int]]:
    """Pairs of rows that give the words of one quote within another, the lower row first.

    A quote's words (a statement: see the module) found whole in another quote, of the
    same article or another, link the sentences of the one to those of the other that
    hold them. Only quoted words are read (the quotes, and the words in quotation marks
    within a sentence that no quote holds), each against those that hold its three
    longest words.

    Example:
        >>> a = Sentence("a", 0, 0, 38, '"We will rebuild," she said on Monday.')
        >>> b = Sentence("b", 0, 0, 51, '"Asked again, I say we will rebuild," she told us.')
        >>> c = Sentence("b", 1, 52, 69, "The pier is shut.")
        >>> said = {
        ...     "a": [Quote(text="We will rebuild,", speaker="she", article="a", start=1, end=17)],
        ...     "b": [Quote(text="Asked again, I say we will rebuild,", speaker="she",
        ...                 article="b", start=1, end=36)],
        ... }
        >>> same_quotes([a, b, c], said)
        [(0, 1)]
    """
    every = [q for said in quotes.values() for q in said]
    every += _phrases(sentences, quotes)
    written = [_WORD.findall(q.text) for q in every]  # read once, for the words and titles
    words = [tuple(_lowered(found)) for found in written]
    spelt = [_spelt(quoted) for quoted in words]
    holders: defaultdict[str, set[int]] = defaultdict(set)  # a word -> the quotes holding it
    for k, quoted in enumerate(words):
        for word in quoted:
            holders[word].add(k)  # no set made for a word met before, as setdefault would
    rows = _Rows(sentences)
    linked: dict[tuple[str, ...], set[int]] = {}
    for k, (found_words, quoted) in enumerate(zip(written, words, strict=True)):
        if quoted in linked or not _statement(list(quoted)) or _titled(found_words):
            continue
        found = linked.setdefault(quoted, set())
        longest = sorted(set(quoted), key=len, reverse=True)[:3]  # the rarest, mostly
        for other in set.intersection(*(holders[word] for word in longest)):
            if other == k or spelt[k] in spelt[other]:
                found.update(rows.holding(every[other], quoted))
    pairs: set[tuple[int, int]] = set()
    for found in linked.values():
        if 1 < len(found) <= MOST_QUOTED:
            ordered = sorted(found)
            pairs.update((one, two) for k, one in enumerate(ordered) for two in ordered[k + 1 :])
    return sorted(pairs)


# Words in a pair of quotation marks within one sentence.
_PAIRED = re.compile(r'"([^"\n]+)"|\u201c([^\u201c\u201d\n]+)\u201d')


def _phrases(sentences: Sequence[Sentence], quotes: Mapping[str, Sequence[Quote]]) -> list[Quote]:
    """Quoted words within a sentence that no quote holds, each as a quote with no speaker.

    The quote finder leaves out short quoted words inside a sentence as terms (she told
    them "do not come" to the pier); those that say something of someone still give
    the same statement as a quote elsewhere.
    """
    found = []
    for sentence in sentences:
        text = sentence.text
        if '"' not in text and "\u201c" not in text:
            continue
        said = quotes.get(sentence.article, ())
        for match in _PAIRED.finditer(text):
            group = 1 if match.group(1) is not None else 2
            start = sentence.start + match.start(group)
            end = sentence.start + match.end(group)
            if any(q.start < end and start < q.end for q in said):
                continue  # the quote finder's, read as such
            found.append(Quote(match.group(group), None, sentence.article, start, end))
    return found


class _Rows:
    """The rows of a set's sentences by article, to find those a quote lies in."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.rows_of: dict[str, list[int]] = {}
        for row, sentence in enumerate(sentences):
            self.rows_of.setdefault(sentence.article, []).append(row)
        self.spelt: dict[int, str] = {}  # each row's words, once read

    def holding(self, quote: Quote, quoted: tuple[str, ...]) -> list[int]:
        """The rows that overlap ``quote`` and hold the words ``quoted`` whole."""
        found = []
        for row in self.rows_of.get(quote.article, ()):
            sentence = self.sentences[row]
            if quote.start < sentence.end and sentence.start < quote.end:
                if row not in self.spelt:
                    self.spelt[row] = _spelt(tuple(_words(sentence.text)))
                if _spelt(quoted) in self.spelt[row]:
                    found.append(row)
        return found


def _spelt(words: tuple[str, ...]) -> str:
    """Words between spaces, so that one run of words stands in another as a substring."""
    return f" {' '.join(words)} "


def _words(text: str) -> list[str]:
    return _lowered(_WORD.findall(text))


def _lowered(words: list[str]) -> list[str]:
    """Words as compared: in lower case, with a straight apostrophe.

    Made in one string: no word holds a space, and lower case reads a word's letters
    alone (a final sigma is one before a space as at a word's end), so the words
    come apart again as each would be on its own.
    """
    if not words:
        return []
    return " ".join(words).lower().replace("\u2019", "'").split(" ")


def _statement(words: list[str]) -> bool:
    """Whether quoted words are long enough, or say enough, to be someone's statement."""
    if len(words) >= STATEMENT_WORDS:
        return True
    return len(words) >= QUOTED_WORDS and not _CLAUSE.isdisjoint(words)


def _titled(words: list[str]) -> bool:
    """Whether quoted words (as written) are a title: two capitalised, every long one too.

    Words of five letters or more are long ("Keeping Up with the Neighbours").
    """
    long = [w for w in words if len(w) >= 5]
    return sum(w[0].isupper() for w in words) >= 2 and all(w[0].isupper() for w in long)
