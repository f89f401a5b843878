"""Regular expressions written with possessive quantifiers where Python has them.

Shared by the tokenisers of text/ and analysis/ (:func:`possessive`), which run over every
sentence of a set; the tests compare each pattern with its :func:`greedy` form. A tokeniser
reads a sentence of ASCII characters alone (most of them) with its :func:`ascii_twin`.
"""

from __future__ import annotations

import re
import sys

__all__ = ["ascii_twin", "greedy", "possessive"]

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
