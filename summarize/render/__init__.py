"""Renderers: a digest as plain text, Markdown, JSON or one HTML page.

One module a format (:mod:`.text`, :mod:`.markdown`, :mod:`.json`, :mod:`.html`), each a
function ``Digest -> str`` that imports records only; :func:`render` picks one by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import OptionError

if TYPE_CHECKING:
    from ..digest import Digest

__all__ = ["FORMATS", "render"]

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
