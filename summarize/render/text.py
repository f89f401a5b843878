"""The digest as plain text for a terminal, wrapped at 88 columns.

In render/, the last stage: :func:`to_text` writes a finished digest (claims/ chosen,
analysis/ done) for the command line to print.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from ._common import (
    claim_note,
    differences,
    empty_note,
    figures_note,
    heading,
    one_line,
    set_note,
    source_count,
    speakers_note,
)
from ._labels import Sources

if TYPE_CHECKING:
    from ..digest import Digest
    from ..records import Article

__all__ = ["WIDTH", "text_lines", "to_text"]

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


def _wrap(text: str, indent: str, *, first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def to_text(digest: Digest, *, evidence: bool = False) -> str:
    r"""Render the digest as plain text.

    Layout::

        Summary of <id>
        3 articles from 3 sources

        MERGED SUMMARY

        1. <claim, wrapped under its first word>
           3 of 5 sources: Harbour Times [1], reuters.com [2, 4]; quoting <speaker>
           > Harbour Times [1]: <a sentence that states it>     (with evidence=True)

        SOURCES DIFFER

        - <what>: <source> says <figure>; <source> says <figure>

        ONLY IN ONE SOURCE

        <source> [2]: <title>
        1. <claim>

        BY SOURCE

        <source> [1]: <title>
        1. <sentence>

        SOURCES

        [1] <source>: <title>
            <published>, <url>

    Every source of a claim is named, with the numbers of its articles in the list
    of sources at the end. A digest of one source compares nothing: its claims are
    shown without counts (``Gazette [1, 3]``), and it has no exclusives; a digest of
    one article is its summary (``KEY POINTS``), then the article in the list of
    sources, without notes, evidence or a section by source.

    Args:
        digest: The digest.
        evidence: Quote, under each claim, every sentence that states it, with its source.

    Example:
        >>> from summarize.digest import Digest
        >>> from summarize import Digest, Options
        >>> from summarize.records import Article, Claim, Sentence
        >>> a, b = Sentence("a", 0, 0, 3, "Hi."), Sentence("b", 0, 0, 3, "Hi.")
        >>> digest = Digest(
        ...     articles=(Article(id="a", text="Hi."), Article(id="b", text="Hi.")),
        ...     per_source=(),
        ...     merged=(Claim(sentence=a, support=(a, b), sources=("a", "b"), score=2.0),),
        ...     options=Options())
        >>> print("\n".join(to_text(digest).splitlines()[5:7]))
        1. Hi.
           2 of 2 sources: a [1], b [2]
    """
    return "\n".join(text_lines(digest, evidence=evidence)) + "\n"


def text_lines(digest: Digest, *, evidence: bool = False) -> list[str]:
    """The lines of :func:`to_text`."""
    articles = digest.articles
    sources = Sources(articles, digest.headlines)
    single = len(articles) == 1
    named = sources.name(articles[0].source) if source_count(articles) == 1 else None
    lines = [
        f"Summary of {one_line(digest.id)}" if digest.id else "Summary",
        one_line(set_note(articles, named)),
        "",
        "KEY POINTS" if single else "MERGED SUMMARY",
        "",
    ]
    width = len(str(len(digest.merged)))
    indent = " " * (width + 2)
    for number, claim in enumerate(digest.merged, start=1):
        item = _item(number, width, claim.text)
        support = claim_note(claim, articles, sources.cite(claim, escape=one_line))
        item += _wrap("; ".join(filter(None, [support, speakers_note(claim)])), indent)
        if evidence and not single:
            for sentence in claim.support:
                source = sources.of(sentence.article, escape=one_line)
                quoted = f"{source}: {one_line(sentence.text)}"
                item += _wrap(quoted, indent + "  ", first=indent + "> ")
        lines += [*item, ""]
    if not digest.merged:
        lines += [empty_note(digest), ""]
    for title, listed in differences(digest.disagreements):
        lines += [title.upper(), ""]
        for disagreement in listed:
            lines += _wrap(figures_note(disagreement, sources.label), "  ", first="- ")
        lines.append("")
    if digest.exclusives and named is None:
        lines += ["ONLY IN ONE SOURCE"]
        for exclusive in digest.exclusives:
            lines += ["", *_wrap(_heading(digest.article(exclusive.article), sources), "")]
            width = len(str(len(exclusive.claims)))
            for number, claim in enumerate(exclusive.claims, start=1):
                lines += _item(number, width, claim.text)
                lines += _wrap(speakers_note(claim), " " * (width + 2))
        lines.append("")
    if digest.skipped:
        lines += ["LEFT OUT: NOT NEWS", ""]
        for left in digest.skipped:
            title = _heading(digest.article(left.article), sources)
            lines += _wrap(f"{title}: {one_line(left.reason)}", "  ", first="- ")
        lines.append("")
    if not single:
        lines += [*_by_source(digest, sources), ""]
    lines += ["SOURCE" if single else "SOURCES", ""]
    wide = len(str(len(digest.articles))) + 3
    for article in digest.articles:
        lines += _reference(article, sources, wide)
    return lines


def _by_source(digest: Digest, sources: Sources) -> list[str]:
    """Each article's summary under its heading."""
    lines = ["BY SOURCE"]
    reasons = {left.article: left.reason for left in digest.skipped}
    summaries = {summary.article: summary for summary in digest.per_source}
    for article in digest.articles:
        lines += ["", *_wrap(_heading(article, sources), "")]
        summary = summaries.get(article.id)
        chosen = summary.sentences if summary is not None else ()
        for number, scored in enumerate(chosen, start=1):
            lines += _item(number, len(str(len(chosen))), scored.text)
        if not chosen and article.id in reasons:
            lines += _wrap(f"Left out: {one_line(reasons[article.id])}.", "")
        elif not chosen:
            lines.append("No sentences.")
    return lines


def _heading(article: Article, sources: Sources) -> str:
    label, number = sources.name(article.source), sources.number[article.id]
    return heading(article, label, number, title=sources.titles[article.id])


def _reference(article: Article, sources: Sources, wide: int) -> list[str]:
    """One entry of the list of sources: label and title, then date, URL and id."""
    marker = f"[{sources.number[article.id]}]".ljust(wide)
    name = one_line(sources.name(article.source))
    title = sources.titles[article.id]
    first = f"{name}: {one_line(title)}" if title else name
    rest = [one_line(value) for value in (article.published, article.url) if value]
    if article.id != sources.name(article.source):
        rest.append(f"article {one_line(article.id)}")
    lines = _wrap(first, " " * wide, first=marker)
    return lines + (_wrap(", ".join(rest), " " * wide) if rest else [])
