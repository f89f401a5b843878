"""Every option of a run, declared once: its default, its validation, its help and its docs.

:func:`summarize.summarize`, :func:`summarize.summarize_many`, the Dask functions and
the command line's flags take their options from :class:`Options` (a test keeps them
in step). This module is plain data: it imports nothing but :mod:`summarize.errors`.
"""

from __future__ import annotations

import operator
from typing import Any, Literal

import attrs

from .errors import OptionError, UnknownMethodError

__all__ = [
    "DEFAULT_MERGED",
    "LANGUAGES",
    "METHODS",
    "ORDERS",
    "SELECTIONS",
    "SUMY_METHODS",
    "Options",
]

#: sumy summarizers selectable by name (see :mod:`summarize.rank`).
SUMY_METHODS: tuple[str, ...] = (
    "edmundson",
    "kl",
    "lexrank",
    "lsa",
    "luhn",
    "random",
    "reduction",
    "sumbasic",
    "textrank",
)

#: Every accepted ``method=`` name.
METHODS: tuple[str, ...] = ("default", *SUMY_METHODS)

#: Languages accepted by ``language=``: those with both a Snowball stemmer and a
#: stop-word list (see :mod:`summarize.text`).
LANGUAGES: tuple[str, ...] = (
    "arabic",
    "english",
    "french",
    "german",
    "italian",
    "portuguese",
    "spanish",
    "swedish",
)

#: Claims in the merged summary when neither ``merged`` nor ``words`` is given.
DEFAULT_MERGED = 5

#: Orders in which selected sentences and claims can be shown.
ORDERS = ("importance", "source")

#: How the summaries choose their sentences (see :mod:`summarize.claims.select`).
SELECTIONS = ("coverage", "support")


def _whole(value: object) -> object:
    """Turn integer-like values (``numpy.int64(3)``) into ``int``; the validator judges the rest."""
    if isinstance(value, bool) or value is None:
        return value
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return value


def _positive_int(name: str, *, optional: bool = False) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(f"{name} must be a whole number, got {value!r}")
        if value <= 0:
            raise OptionError(f"{name} must be at least 1, got {value}")

    return check


def _count(name: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(f"{name} must be a whole number, got {value!r}")
        if value < 0:
            raise OptionError(f"{name} must be 0 or more, got {value}")

    return check


def _unit_float(name: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise OptionError(f"{name} must be a number between 0 and 1, got {value!r}")
        if not 0.0 < float(value) <= 1.0:
            raise OptionError(f"{name} must be greater than 0 and at most 1, got {value}")

    return check


def _one_of(name: str, valid: tuple[str, ...], error: type[OptionError] = OptionError) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in valid:
            raise error(f"unknown {name} {value!r}; choose one of: {', '.join(valid)}")

    return check


def _flag(
    help: str,
    *,
    metavar: str | None = None,
    choices: tuple[str, ...] | None = None,
    group: str | None = None,
) -> dict[str, Any]:
    """The command-line flag of an option: its help line, and how argparse shows it.

    Options of one ``group`` are mutually exclusive flags (``--merged`` or ``--words``).
    """
    return {"help": help, "metavar": metavar, "choices": choices, "group": group}


@attrs.frozen(kw_only=True)
class Options:
    """How to summarise a set; every field is validated on construction.

    Attributes:
        per_source: Sentences in each per-source summary.
        merged: Claims in the merged summary: 5 unless ``words`` is given, ``None``
            when ``words`` sets the budget.
        words: Word budget of the merged summary (whole sentences whose
            whitespace word counts add up to at most this; a first claim longer
            than the budget is shown alone). Replaces ``merged`` when given.
        method: Ranker name: ``"default"`` or one of sumy's summarizers.
        language: Language of the articles, for stemming and stop words.
        similarity: Cosine similarity (TF-IDF) at which two sentences of different
            articles state the same claim.
        redundancy: A candidate whose TF-IDF similarity to a sentence (or, for
            claims, a claim) already chosen reaches this value is skipped; 1.0
            turns the cut off.
        order: ``"importance"`` (in the order the selection chose them: most
            new coverage first, or most sources first with ``"support"``) or
            ``"source"`` (article order, then position in the article).
        selection: ``"coverage"``: sentences that together cover the words and
            word pairs most sources mention, per word under a word budget (per
            square root of the words under a claim count), weighted by the
            ranker's score; ``"support"``: claims stated by the most sources
            first, then the ranker's best, with the redundancy cut alone
            against repetition.
        min_sources: Only claims stated by at least this many distinct sources
            enter the merged summary (1: every claim).
        exclusives: The most important claims that no other source makes and
            the merged summary does not show, listed per article, at most this
            many (0: none); an article with fewer that make a claim of their
            own lists fewer.

    Example:
        >>> Options(merged=3).per_source
        3
        >>> Options(merged=0)
        Traceback (most recent call last):
        ...
        summarize.errors.OptionError: merged must be at least 1, got 0
    """

    per_source: int = attrs.field(
        default=3,
        converter=_whole,
        validator=_positive_int("per_source"),
        metadata=_flag("sentences in each source's summary", metavar="N"),
    )
    merged: int | None = attrs.field(
        default=None,
        converter=_whole,
        validator=_positive_int("merged", optional=True),
        metadata=_flag(
            f"claims in the merged summary (default: {DEFAULT_MERGED})",
            metavar="N",
            group="budget",
        ),
    )
    words: int | None = attrs.field(
        default=None,
        converter=_whole,
        validator=_positive_int("words", optional=True),
        metadata=_flag(
            "word budget of the merged summary, instead of --merged", metavar="N", group="budget"
        ),
    )
    method: str = attrs.field(
        default="default",
        validator=_one_of("method", METHODS, UnknownMethodError),
        metadata=_flag(f"sentence ranker, one of: {', '.join(METHODS)}", metavar="NAME"),
    )
    language: str = attrs.field(
        default="english",
        validator=_one_of("language", LANGUAGES, UnknownMethodError),
        metadata=_flag(f"language of the articles, one of: {', '.join(LANGUAGES)}", metavar="L"),
    )
    similarity: float = attrs.field(
        default=0.3,
        validator=_unit_float("similarity"),
        metadata=_flag(
            "cosine similarity (0 to 1) at which sentences of two sources state the same claim",
            metavar="X",
        ),
    )
    redundancy: float = attrs.field(
        default=0.6,
        validator=_unit_float("redundancy"),
        metadata=_flag(
            "skip a sentence whose similarity (0 to 1) to one already chosen reaches X; "
            "1 turns the cut off",
            metavar="X",
        ),
    )
    order: Literal["importance", "source"] = attrs.field(
        default="importance",
        validator=_one_of("order", ORDERS),
        metadata=_flag(
            "importance: best first; source: article order, then position in the article",
            choices=ORDERS,
        ),
    )
    selection: Literal["coverage", "support"] = attrs.field(
        default="coverage",
        validator=_one_of("selection", SELECTIONS),
        metadata=_flag(
            "coverage: sentences that together cover what most sources mention; "
            "support: claims stated by the most sources first",
            choices=SELECTIONS,
        ),
    )
    min_sources: int = attrs.field(
        default=1,
        converter=_whole,
        validator=_positive_int("min_sources"),
        metadata=_flag(
            "only claims that at least K sources state enter the merged summary", metavar="K"
        ),
    )
    exclusives: int = attrs.field(
        default=3,
        converter=_whole,
        validator=_count("exclusives"),
        metadata=_flag(
            "at most N claims no other source makes and the merged summary does not show, "
            "listed per article; 0: none",
            metavar="N",
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.merged is not None and self.words is not None:
            raise OptionError(
                "give the merged budget either as merged=N (claims) or as words=N, not both"
            )
        if self.merged is None and self.words is None:
            object.__setattr__(self, "merged", DEFAULT_MERGED)  # frozen: set once, here

    @classmethod
    def resolve(cls, *, merged: int | None, words: int | None, **fields: Any) -> Options:
        """Build options from keyword arguments as :func:`summarize.summarize` takes them."""
        return cls(merged=merged, words=words, **fields)

    def to_dict(self) -> dict[str, Any]:
        """The options as a JSON-ready mapping."""
        return attrs.asdict(self)
