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
    """Base class of every error raised on purpose by summarize.

    Catch it to handle every failure summarize reports, whatever its cause.

    Example:
        >>> import summarize
        >>> try:
        ...     summarize.summarize([])
        ... except summarize.SummarizeError as error:
        ...     print(type(error).__name__)
        EmptyInputError
    """


class OptionError(SummarizeError, ValueError):
    """An option has a value it cannot take (a budget <= 0, an unknown order, ...).

    Example:
        >>> import summarize
        >>> summarize.Options(merged=0)
        Traceback (most recent call last):
        ...
        summarize.errors.OptionError: merged must be at least 1, got 0
    """


class UnknownMethodError(OptionError, LookupError):
    """A ranker or language name is not one summarize knows; the message lists the valid ones.

    Example:
        >>> import summarize
        >>> try:
        ...     summarize.Options(method="nope")
        ... except summarize.UnknownMethodError as error:
        ...     print(isinstance(error, LookupError), "textrank" in str(error))
        True True
    """


class InputError(SummarizeError, ValueError):
    """The articles handed in cannot be summarised as they are (wrong type, duplicate ids, ...).

    Example:
        >>> import summarize
        >>> rain = summarize.Article(id="a", text="Rain fell.")
        >>> summarize.summarize([rain, rain])
        Traceback (most recent call last):
        ...
        summarize.errors.InputError: duplicate article ids: 'a'; give each article its own id
    """


class EmptyInputError(InputError):
    """There is nothing to summarise: no articles, or an article whose text is empty.

    Example:
        >>> import summarize
        >>> summarize.summarize([], merged=1)
        Traceback (most recent call last):
        ...
        summarize.errors.EmptyInputError: there are no articles to summarise; give at least one
    """


class LoadError(SummarizeError, OSError):
    """A file or folder could not be read into articles (missing, not UTF-8, malformed JSON).

    Example:
        >>> import summarize
        >>> try:
        ...     summarize.load_articles("missing-folder")
        ... except summarize.LoadError as error:
        ...     print(isinstance(error, OSError), error)
        True no such file or folder: missing-folder
    """
