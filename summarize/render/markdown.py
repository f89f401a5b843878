"""The digest as Markdown: the merged claims with their sources, then each source's summary.

In render/, the last stage: :func:`to_markdown` writes a finished digest (claims/ chosen,
analysis/ done) as Markdown, escaping the scraped text it shows.
"""

from __future__ import annotations

import re
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

__all__ = ["escape", "to_markdown"]

# Characters that could start Markdown markup inside a line; "_" only where it
# could open or close emphasis (not inside a word such as an id).
_SPECIAL = re.compile(r"[\\`*\[\]<>|]|(?<![^\W_])_|_(?![^\W_])")
# What would make a line a heading, a list item or a rule when it starts one.
_LEADING = re.compile(r"^(?:[#=+-]|\d+(?=[.)]))")


def escape(text: str) -> str:
    r"""Put ``text`` on one line and backslash-escape Markdown markup in it.

    Example:
        >>> escape("A *bold*\n claim about file_name")
        'A \\*bold\\* claim about file_name'
    """
    text = _SPECIAL.sub(lambda m: "\\" + m.group(0), one_line(text))
    return _LEADING.sub(_escape_leading, text)


def _escape_leading(match: re.Match[str]) -> str:
    found = match.group(0)
    return found + "\\" if found[0].isdigit() else "\\" + found


def to_markdown(digest: Digest) -> str:
    """Render the digest as Markdown.

    Layout::

        # Summary of <id>

        3 articles from 3 sources.

        ## Merged summary

        1. <claim> [000_f27…, 002_4cf…, +1] (3 of 5 sources; quoting <speaker>)

        ## Sources differ

        - <what>: <source> says <figure>; <source> says <figure>

        ## Only in one source

        ### <source>

        - <claim>

        ## By source

        ### <source>: <title>

        1. <sentence>

    Sentences are shown on one line each (runs of whitespace become one space)
    and Markdown's special characters in them are escaped, so scraped text cannot
    turn into links, emphasis or headings.

    Example:
        >>> from summarize.digest import Digest
        >>> from summarize import Digest, Options
        >>> from summarize.records import Article, Claim, Sentence
        >>> s = Sentence("a", 0, 0, 3, "Hi.")
        >>> digest = Digest(
        ...     articles=(Article(id="a", text="Hi."),), per_source=(),
        ...     merged=(Claim(sentence=s, support=(s,), sources=("a",), score=1.0),),
        ...     options=Options())
        >>> print(to_markdown(digest).splitlines()[6])
        1. Hi. [a] (1 of 1 source)
    """
    title = f"Summary of {escape(digest.id)}" if digest.id else "Summary"
    sources = {article.source for article in digest.articles}
    lines = [
        f"# {title}",
        "",
        f"{plural(len(digest.articles), 'article')} from {plural(len(sources), 'source')}.",
        "",
        "## Merged summary",
        "",
    ]
    short = short_labels(article.source for article in digest.articles)
    labels = {source: escape(label) for source, label in short.items()}
    for number, claim in enumerate(digest.merged, start=1):
        notes = "; ".join(filter(None, [support_note(claim, len(sources)), speakers_note(claim)]))
        shown = sources_note(claim.sources, labels)
        lines.append(f"{number}. {escape(claim.text)} {shown} ({escape(notes)})")
    if not digest.merged:
        lines.append("No claims.")
    for title, listed in differences(digest.disagreements):
        lines += ["", f"## {title}", ""]
        lines += [f"- {escape(figures_note(d, short))}" for d in listed]
    if digest.exclusives:
        lines += ["", "## Only in one source"]
        for exclusive in digest.exclusives:
            lines += ["", f"### {heading(digest.article(exclusive.article), escape=escape)}", ""]
            lines += [f"- {escape(claim.text)}" for claim in exclusive.claims]
    lines += ["", "## By source"]
    summaries = {summary.article: summary for summary in digest.per_source}
    for article in digest.articles:
        lines += ["", f"### {heading(article, escape=escape)}", ""]
        summary = summaries.get(article.id)
        chosen = summary.sentences if summary is not None else ()
        lines += [f"{n}. {escape(s.text)}" for n, s in enumerate(chosen, start=1)]
        if not chosen:
            lines.append("No sentences.")
    return "\n".join(lines) + "\n"
