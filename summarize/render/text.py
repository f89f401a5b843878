"""The digest as plain text for a terminal, wrapped at 88 columns.

In render/, the last stage: :func:`to_text` writes a finished digest (claims/ chosen,
analysis/ done) for the command line to print.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ._common import (
    differences,
    figures_note,
    heading,
    one_line,
    plural,
    short_labels,
    sources_note,
    speakers_note,
    support_note,
)

if TYPE_CHECKING:
    from ..digest import Digest

__all__ = ["WIDTH", "to_text"]

#: Column at which lines are wrapped.
WIDTH = 88


def _item(number: int, width: int, text: str) -> list[str]:
    """A numbered item, its lines indented under the text, never longer than WIDTH."""
    marker = f"{number:>{width}}. "
    return textwrap.wrap(
        one_line(text),
        width=WIDTH,
        initial_indent=marker,
        subsequent_indent=" " * len(marker),
        break_long_words=True,
        break_on_hyphens=False,
    )


def to_text(digest: Digest) -> str:
    """Render the digest as plain text.

    Layout::

        Summary of <id>
        3 articles from 3 sources

        MERGED SUMMARY

        1. <claim, wrapped under its first word>
           [000_f27…, 002_4cf…, +1] 3 of 5 sources; quoting <speaker>

        SOURCES DIFFER

        - <what>: <source> says <figure>; <source> says <figure>

        ONLY IN ONE SOURCE

        <source>: <title>
        1. <claim>

        BY SOURCE

        <source>: <title>
        1. <sentence>

    Example:
        >>> from summarize.digest import Digest
        >>> from summarize import Digest, Options
        >>> from summarize.records import Article, Claim, Sentence
        >>> s = Sentence("a", 0, 0, 3, "Hi.")
        >>> digest = Digest(
        ...     articles=(Article(id="a", text="Hi."),), per_source=(),
        ...     merged=(Claim(sentence=s, support=(s,), sources=("a",), score=1.0),),
        ...     options=Options())
        >>> print(to_text(digest).splitlines()[5])
        1. Hi.
    """
    sources = {article.source for article in digest.articles}
    lines = [
        f"Summary of {digest.id}" if digest.id else "Summary",
        f"{plural(len(digest.articles), 'article')} from {plural(len(sources), 'source')}",
        "",
        "MERGED SUMMARY",
        "",
    ]
    labels = short_labels(article.source for article in digest.articles)
    width = len(str(len(digest.merged)))
    for number, claim in enumerate(digest.merged, start=1):
        item = _item(number, width, claim.text)
        notes = "; ".join(filter(None, [support_note(claim, len(sources)), speakers_note(claim)]))
        note = f"{sources_note(claim.sources, labels)} {notes}"
        item += textwrap.wrap(
            note, width=WIDTH, initial_indent=" " * (width + 2), subsequent_indent=" " * (width + 2)
        )
        lines += [*item, ""]
    if not digest.merged:
        lines += ["No claims.", ""]
    for title, listed in differences(digest.disagreements):
        lines += [title.upper(), ""]
        for disagreement in listed:
            lines += textwrap.wrap(
                figures_note(disagreement, labels),
                width=WIDTH,
                initial_indent="- ",
                subsequent_indent="  ",
                break_on_hyphens=False,
            )
        lines.append("")
    if digest.exclusives:
        lines += ["ONLY IN ONE SOURCE"]
        for exclusive in digest.exclusives:
            lines += ["", *textwrap.wrap(heading(digest.article(exclusive.article)), width=WIDTH)]
            for number, claim in enumerate(exclusive.claims, start=1):
                lines += _item(number, len(str(len(exclusive.claims))), claim.text)
        lines.append("")
    lines += ["BY SOURCE"]
    summaries = {summary.article: summary for summary in digest.per_source}
    for article in digest.articles:
        lines += ["", *textwrap.wrap(heading(article), width=WIDTH)]
        summary = summaries.get(article.id)
        chosen = summary.sentences if summary is not None else ()
        for number, scored in enumerate(chosen, start=1):
            lines += _item(number, len(str(len(chosen))), scored.text)
        if not chosen:
            lines.append("No sentences.")
    return "\n".join(lines) + "\n"
