"""The exceptions summarize raises.

Every exception derives from :class:`SummarizeError` and also from the standard
library error that fits, so ``except ValueError`` keeps working for callers who
do not know this library. Messages say what went wrong and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "EmptyInputError",
    "InputError",
    "LoadError",
    "OptionError",
    "SummarizeError",
    "UnknownMethodError",
]


class SummarizeError(Exception):
    """Base class of every error raised on purpose by summarize."""


class OptionError(SummarizeError, ValueError):
    """An option has a value it cannot take (a budget <= 0, an unknown order, ...)."""


class UnknownMethodError(OptionError, LookupError):
    """A ranker or language name is not one summarize knows; the message lists the valid ones."""


class InputError(SummarizeError, ValueError):
    """The articles handed in cannot be summarised as they are (wrong type, duplicate ids, ...)."""


class EmptyInputError(InputError):
    """There is nothing to summarise: no articles, or an article whose text is empty."""


class LoadError(SummarizeError, OSError):
    """A file or folder could not be read into articles (missing, not UTF-8, malformed JSON)."""
