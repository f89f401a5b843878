"""Regular expressions written with possessive quantifiers where Python has them.

Shared by the tokenisers of text/ and analysis/ (:func:`possessive`), which run over every
sentence of a set; the tests compare each pattern with its :func:`greedy` form. A tokeniser
reads a sentence of ASCII characters alone (most of them) with its :func:`ascii_twin`.
A family of patterns that differ in one word is searched by one pattern for all of them
(:class:`OneWordFamily`), so that a digest compiles none of them.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator

__all__ = ["OneWordFamily", "ascii_twin", "greedy", "possessive"]

# Python has possessive quantifiers from 3.11, but before 3.11.5 they could keep
# text from a failed pass of a repeated group (CPython issues 100061 and 106052):
# there, and on 3.10, the same patterns are compiled greedy and match the same.
_POSSESSIVE = sys.version_info >= (3, 11, 5)


def greedy(pattern: str) -> str:
    r"""Return ``pattern`` with its possessive quantifiers made plain greedy ones.

    The rewrite is textual: it is meant for the patterns of this package, which
    write no ``+`` or ``*`` sign followed by ``+`` (as ``\++`` or ``[*+]``) and
    no possessive ``{m,n}+``.

    Example:
        >>> greedy(r"[a-z]++(?:-\w*+)?+")
        '[a-z]+(?:-\\w*)?'
    """
    return pattern.replace("++", "+").replace("*+", "*").replace("?+", "?")


def possessive(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""Compile ``pattern``, its possessive quantifiers made greedy where Python lacks them.

    A possessive quantifier (``*+``, ``++``, ``?+``) never gives back what it
    matched, so the engine keeps no backtracking state for it: a tokeniser run over
    every sentence of a set is markedly faster. It changes no match of a pattern
    whose first greedy path is always accepted (each alternative ends the pattern,
    and what follows a possessive repeat can never start with what it repeats), the
    only kind written with it here; the tests check each one against its greedy form.

    Example:
        >>> possessive(r"[a-z]++|\S").findall("ab, c")
        ['ab', ',', 'c']
    """
    return re.compile(pattern if _POSSESSIVE else greedy(pattern), flags)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""Compile ``pattern`` again for texts of ASCII characters alone (``re.ASCII``).

    On such a text it finds what ``pattern`` finds, faster: the engine tests ``\w`` and
    ``\d`` on a table, not on the Unicode database (about a sixth less time for the
    vectoriser's tokens). Patterns whose matches could differ there are refused: one that
    reads whitespace (``\s`` takes four control characters in Unicode only) or ignores
    case with characters past ASCII (the long s then matches "s").

    Raises:
        ValueError: The pattern may match an ASCII text otherwise in ASCII mode.

    Example:
        >>> word = re.compile(r"[^\W_]+")
        >>> twin = ascii_twin(word)
        >>> twin.findall("Ferry 7_pier") == word.findall("Ferry 7_pier")
        True
    """
    source = pattern.pattern
    if (
        r"\s" in source
        or r"\S" in source
        or (pattern.flags & re.IGNORECASE and not source.isascii())
    ):
        raise ValueError(f"{source!r} may match ASCII text otherwise in ASCII mode")
    return re.compile(source, (pattern.flags & ~re.UNICODE) | re.ASCII)


class OneWordFamily:
    r"""Patterns that differ in one word, found by one pattern compiled for all the words.

    ``build(word)`` writes the pattern of one word (kept as :attr:`build`); the family's
    pattern is ``build`` of the words as alternatives, each in a group of its own.
    :meth:`finditer` gives what ``re.compile(build(word)).finditer`` gives, without
    compiling that pattern where it can: where the family's pattern matches with the asked
    word, the word's own pattern matches the same there (it takes the same path: the
    family's pattern tries the same choices in the same order, with more words at the
    word's place); where it matches with another word, the word's own pattern is compiled
    (once) and tried at that place; where it does not match, neither does the word's own
    pattern. The words are letters alone, none a group's name of ``build``'s pattern; no
    atomic group or possessive repeat holds the word's place, and no pattern of the family
    matches an empty text.

    Example:
        >>> family = OneWordFamily(lambda word: rf"\b{word}s?\b", ["ferry", "pier"])
        >>> [m.group() for m in family.finditer("pier", "Ferry piers, a pier.", 0, 20)]
        ['piers', 'pier']
    """

    def __init__(self, build: Callable[[str], str], words: Iterable[str], flags: int = 0) -> None:
        self.words = frozenset(words)
        if not all(word.isascii() and word.isalpha() for word in self.words):
            raise ValueError("a family's words are ASCII letters alone")
        self.build, self._flags = build, flags
        self._compiled: dict[str, re.Pattern[str]] = {}  # a word's own pattern, once needed

    @functools.cached_property
    def _any(self) -> re.Pattern[str]:
        """The family's pattern, compiled when first searched (not when a module is imported)."""
        alternatives = "|".join(f"(?P<{word}>{word})" for word in sorted(self.words))
        return re.compile(self.build(f"(?:{alternatives})"), self._flags)

    def _one(self, word: str) -> re.Pattern[str]:
        if word not in self._compiled:
            self._compiled[word] = re.compile(self.build(word), self._flags)
        return self._compiled[word]

    def finditer(self, word: str, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches of ``word``'s own pattern in ``text[pos:endpos]``, in order.

        Raises:
            KeyError: ``word`` is not one of the family's words.
        """
        if word not in self.words:
            raise KeyError(word)
        while (found := self._any.search(text, pos, endpos)) is not None:
            match = found if found.group(word) is not None else None
            if match is None:  # another word matched here; this word's own pattern may too
                match = self._one(word).match(text, found.start(), endpos)
            if match is None:
                pos = found.start() + 1
                continue
            yield match
            pos = max(match.end(), found.start() + 1)  # (the patterns match no empty text)
