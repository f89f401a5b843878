"""Sentences that give the same quoted words: one statement, reported twice.

In claims/, before the restatements: when one sentence quotes someone ("'We will rebuild,'
she said outside the hall") and another sentence, of the same article or another,
holds the same words ("She told reporters they would 'rebuild'" does not; "To answer
your question, we will rebuild, she said" does), the two report one statement, however unlike
the rest of their words. :func:`~summarize.claims._restate.restated_groups` takes their
claims for restatements of each other, so the merged summary shows the statement once.

Quoted words count from five words up, or from three when they say something of someone
(a pronoun, a form of "be", "have" or "do", a modal or a negation: "I hope so", "we
will rebuild"; not a term in quotation marks, "harbour escort plan", "at risk of
closure"), compared by their letters and digits alone; a title in capitals ("Coast
Tonight", "Keeping Up with the Neighbours") is no statement.
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
    """Pairs of rows whose sentences both hold the words of one quote, the lower row first.

    Example:
        >>> a = Sentence("a", 0, 0, 36, '"We will rebuild," she said on Monday.')
        >>> b = Sentence("b", 0, 0, 39, "Asked again, she said: we will rebuild.")
        >>> c = Sentence("b", 1, 40, 60, "The pier is shut.")
        >>> quote = Quote(text="We will rebuild,", speaker="she", article="a", start=1, end=16)
        >>> same_quotes([a, b, c], {"a": [quote]})
        [(0, 1)]
    """
    words = [_words(s.text) for s in sentences]
    # Each row by the first three words of every run of three it holds: a quote's rows are
    # looked up by its first three words, then checked whole.
    by_opening: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for row, own in enumerate(words):
        for k in range(len(own) - QUOTED_WORDS + 1):
            by_opening[tuple(own[k : k + QUOTED_WORDS])].add(row)
    pairs: set[tuple[int, int]] = set()
    for quote in (q for said in quotes.values() for q in said):
        quoted = _words(quote.text)
        if not _statement(quoted) or _title(quote.text):
            continue
        rows = [
            row
            for row in sorted(by_opening.get(tuple(quoted[:QUOTED_WORDS]), ()))
            if _holds(words[row], quoted)
        ]
        if 1 < len(rows) <= MOST_QUOTED:
            pairs.update((one, two) for k, one in enumerate(rows) for two in rows[k + 1 :])
    return sorted(pairs)


def _words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _holds(words: list[str], quoted: list[str]) -> bool:
    """Whether ``quoted`` stands whole, in order, among ``words``."""
    n = len(quoted)
    return any(words[k : k + n] == quoted for k in range(len(words) - n + 1))


def _statement(words: list[str]) -> bool:
    """Whether quoted words are long enough, or say enough, to be someone's statement."""
    if len(words) >= STATEMENT_WORDS:
        return True
    return len(words) >= QUOTED_WORDS and not _CLAUSE.isdisjoint(words)


def _title(text: str) -> bool:
    """Whether quoted words are a title: two capitalised words, every long word capitalised.

    Words of five letters or more are long ("Keeping Up with the Neighbours").
    """
    words = _WORD.findall(text)
    long = [w for w in words if len(w) >= 5]
    return sum(w[0].isupper() for w in words) >= 2 and all(w[0].isupper() for w in long)
