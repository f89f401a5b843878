"""Renderers: a digest as plain text, Markdown, JSON or one HTML page.

One module a format (:mod:`.text`, :mod:`.markdown`, :mod:`.json`, :mod:`.html`), each a
function ``Digest -> str`` that imports records only; :func:`render` picks one by name.
:func:`render_batch` writes many digests as one document with a table of contents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import OptionError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..digest import Digest

__all__ = ["FORMATS", "render", "render_batch"]

#: Output formats accepted by :func:`render`, the first being the default.
FORMATS: tuple[str, ...] = ("text", "markdown", "json", "html")


def render(digest: Digest, format: str, *, evidence: bool = False) -> str:
    """Render a digest in one of :data:`FORMATS`.

    Args:
        digest: The digest.
        format: One of :data:`FORMATS`.
        evidence: In text and Markdown, quote under each claim every sentence that
            states it (the HTML page and JSON always hold them).

    Raises:
        OptionError: ``format`` is not one of :data:`FORMATS`.

    Example:
        >>> from summarize import Digest, Options
        >>> digest = Digest(articles=(), per_source=(), merged=(), options=Options())
        >>> render(digest, "json").startswith("{")
        True
    """
    if format == "text":
        from .text import to_text

        return to_text(digest, evidence=evidence)
    if format == "markdown":
        from .markdown import to_markdown

        return to_markdown(digest, evidence=evidence)
    if format == "json":
        from .json import to_json

        return to_json(digest)
    if format == "html":
        from .html import to_html

        return to_html(digest)
    raise OptionError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")


def render_batch(digests: Iterable[Digest], format: str, *, evidence: bool = False) -> str:
    r"""Render many digests (a clusters file's, say) as one document with a table of contents.

    ``text``: a numbered list of the stories, then each digest after a rule;
    ``markdown``: a list of links to each story's section, then each digest with its
    headings one level down; ``html``: one self-contained page, an index of the stories
    linking to each, every digest below it as on a page of its own; ``json``: JSON
    Lines, one digest a line. Sections are named after the digests' ids, made safe
    (letters, digits, ``.``, ``-`` and ``_``; ``cluster-<n>`` without an id) and unique.

    Args:
        digests: The digests, in output order (read once, one at a time).
        format: One of :data:`FORMATS`.
        evidence: In text and Markdown, quote under each claim every sentence that states it.

    Raises:
        OptionError: ``format`` is not one of :data:`FORMATS`.

    Example:
        >>> from summarize import summarize_many
        >>> digests = summarize_many([{"id": "rain", "articles": ["Rain fell."]},
        ...                           {"id": "wind", "articles": ["Wind rose."]}])
        >>> print(*render_batch(digests, "text").splitlines()[:4], sep="\n")
        DIGESTS OF 2 STORIES
        <BLANKLINE>
        1. rain: 1 article, 1 point
        2. wind: 1 article, 1 point
    """
    from ._batch import Batch

    batch = Batch(format, evidence=evidence)
    for digest in digests:
        batch.add(digest)
    return batch.document()
