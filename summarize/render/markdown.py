"""The digest as Markdown: the merged claims with their sources, then each source's summary.

In render/, the last stage: :func:`to_markdown` writes a finished digest (claims/ chosen,
analysis/ done) as Markdown, escaping the scraped text it shows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._common import (
    LINKABLE,
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

__all__ = ["escape", "markdown_lines", "to_markdown"]

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


def to_markdown(digest: Digest, *, evidence: bool = False) -> str:
    """Render the digest as Markdown.

    Layout::

        # Summary of <id>

        3 articles from 3 sources.

        ## Merged summary

        1. <claim> (3 of 5 sources: Harbour Times [1], reuters.com [2, 4]; quoting <speaker>)

           > Harbour Times [1]: <a sentence that states it>       (with evidence=True)

        ## Sources differ

        - <what>: <source> says <figure>; <source> says <figure>

        ## Only in one source

        ### <source> [2]: <title>

        - <claim>

        ## By source

        ### <source> [1]: <title>

        1. <sentence>

        ## Sources

        1. <source>: <title>. <published>. <url>

    Every source of a claim is named, with the numbers of its articles in the list of
    sources at the end (see :func:`summarize.render._labels.source_labels` for the
    names). A digest of one source compares nothing: its claims are shown without
    counts, and it has no exclusives; a digest of one article is its summary
    (``## Key points``), then the article under ``## Source``, without notes, evidence
    or a section by source. Sentences are shown on one line each (runs of whitespace become one
    space) and Markdown's special characters in them are escaped, so scraped text
    cannot turn into links, emphasis or headings.

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
        >>> print(to_markdown(digest).splitlines()[6])
        1. Hi. (2 of 2 sources: a [1], b [2])
    """
    return "\n".join(markdown_lines(digest, evidence=evidence)) + "\n"


def markdown_lines(digest: Digest, *, evidence: bool = False, depth: int = 0) -> list[str]:
    """The lines of :func:`to_markdown`, every heading ``depth`` levels lower (for a batch)."""
    h = "#" * depth
    title = f"Summary of {escape(digest.id)}" if digest.id else "Summary"
    articles = digest.articles
    sources = Sources(articles, digest.headlines)
    single = len(articles) == 1
    named = sources.name(articles[0].source) if source_count(articles) == 1 else None
    lines = [
        f"{h}# {title}",
        "",
        f"{escape(set_note(articles, named))}.",
        "",
        f"{h}## Key points" if single else f"{h}## Merged summary",
        "",
    ]
    for number, claim in enumerate(digest.merged, start=1):
        support = claim_note(claim, articles, sources.cite(claim, escape=escape), escape=escape)
        notes = "; ".join(filter(None, [support, escape(speakers_note(claim))]))
        lines.append(f"{number}. {escape(claim.text)}" + (f" ({notes})" if notes else ""))
        if evidence and not single:
            indent = " " * (len(str(number)) + 2)
            quoted = [
                f"{indent}> {sources.of(s.article, escape=escape)}: {escape(s.text)}"
                for s in claim.support
            ]
            lines += ["", *_between(quoted, f"{indent}>"), ""]
    if not digest.merged:
        lines.append(empty_note(digest))
    for title, listed in differences(digest.disagreements):
        lines += ["", f"{h}## {title}", ""]
        lines += [f"- {escape(figures_note(d, sources.label))}" for d in listed]
    if digest.exclusives and named is None:
        lines += ["", f"{h}## Only in one source"]
        for exclusive in digest.exclusives:
            lines += ["", f"{h}### {_heading(digest.article(exclusive.article), sources)}", ""]
            for claim in exclusive.claims:
                note = speakers_note(claim)
                said = f" \u2014 {escape(note)}" if note else ""
                lines.append(f"- {escape(claim.text)}{said}")
    reasons = {item.article: item.reason for item in digest.skipped}
    if digest.skipped:
        lines += ["", f"{h}## Left out: not news", ""]
        lines += [
            f"- {_heading(digest.article(item.article), sources)}: {escape(item.reason)}"
            for item in digest.skipped
        ]
    if not single:
        lines += ["", f"{h}## By source"]
        summaries = {summary.article: summary for summary in digest.per_source}
        for article in digest.articles:
            lines += ["", f"{h}### {_heading(article, sources)}", ""]
            summary = summaries.get(article.id)
            chosen = summary.sentences if summary is not None else ()
            lines += [f"{n}. {escape(s.text)}" for n, s in enumerate(chosen, start=1)]
            if not chosen and article.id in reasons:
                lines.append(f"Left out: {escape(reasons[article.id])}.")
            elif not chosen:
                lines.append("No sentences.")
    lines += ["", f"{h}## Source" if single else f"{h}## Sources", ""]
    lines += [f"{sources.number[a.id]}. {_reference(a, sources)}" for a in digest.articles]
    return [line for n, line in enumerate(lines) if line or (n and lines[n - 1])]


def _between(items: list[str], separator: str) -> list[str]:
    """The items with ``separator`` between each two."""
    joined: list[str] = []
    for item in items:
        joined += [separator, item] if joined else [item]
    return joined


def _heading(article: Article, sources: Sources) -> str:
    label = sources.name(article.source)
    number = sources.number[article.id]
    return heading(article, label, number, escape=escape, title=sources.titles[article.id])


def _reference(article: Article, sources: Sources) -> str:
    """One entry of the list of sources: label, title, date, link, and the id if not shown."""
    parts = [escape(sources.name(article.source))]
    title = sources.titles[article.id]
    if title:
        parts[0] += f": *{escape(title)}*"
    if article.published:
        parts.append(escape(article.published))
    if article.url and LINKABLE.match(article.url):
        parts.append(f"<{article.url}>")
    elif article.url:
        parts.append(escape(article.url))
    if article.id != sources.name(article.source):
        parts.append(f"article {escape(article.id)}")
    return ". ".join(parts)
