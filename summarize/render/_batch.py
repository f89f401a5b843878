"""Many digests at once: one document with a table of contents, or one file each and an index.

In render/, after the renderers of one digest (:mod:`.text`, :mod:`.markdown`, :mod:`.json`,
:mod:`.html`), behind :func:`summarize.render.render_batch`: :class:`Batch` gathers the
digests of a clusters file, one at a time, into one document; :class:`Names` names a
digest's section or file after its (sanitised) id; :func:`index` lists them.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

import attrs

from ..errors import OptionError
from ._common import one_line, plural, set_note, story_title
from ._html_batch import index_page, story_page
from .markdown import escape, markdown_lines
from .text import WIDTH, text_lines

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..digest import Digest

__all__ = ["SUFFIXES", "Batch", "Entry", "Names", "index"]

#: The file suffix of each format, for one file per digest.
SUFFIXES: dict[str, str] = {"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html"}

_UNSAFE = re.compile(r"[^\w.-]+")
_RESERVED = re.compile(r"(?i)\A(?:con|prn|aux|nul|com\d|lpt\d)\Z")  # device names on Windows
_LONGEST = 80


class Names:
    """Names for the digests of a batch, from their ids: safe as file names and anchors, unique.

    A name keeps the letters, digits, ``.``, ``-`` and ``_`` of the id, every other
    run of characters becoming one ``-``; a digest without an id, or whose id keeps
    nothing, is ``cluster-<n>`` (its position from 1); names that would be equal, in
    any case, get ``-2``, ``-3``, ...

    Args:
        taken: Names not to give (``index``, the name of the index file).

    Example:
        >>> names = Names(taken=("index",))
        >>> [names.add(i) for i in ["Flood / Rhine", "flood-rhine", None, "../etc", "index"]]
        ['Flood-Rhine', 'flood-rhine-2', 'cluster-3', 'etc', 'index-2']
    """

    def __init__(self, *, taken: Iterable[str] = ()) -> None:
        self._taken = {name.casefold() for name in taken}
        self._count = 0

    def add(self, id: str | None) -> str:
        """The name of the next digest of the batch, whose id is ``id``."""
        self._count += 1
        name = _UNSAFE.sub("-", id or "")[:_LONGEST].strip(".-_")
        if not name:
            name = f"cluster-{self._count}"
        if _RESERVED.match(name):
            name += "-"
        unique, number = name, 1
        while unique.casefold() in self._taken:
            number += 1
            unique = f"{name}-{number}"
        self._taken.add(unique.casefold())
        return unique


@attrs.frozen
class Entry:
    """One digest of a batch, as its table of contents or index lists it.

    Attributes:
        name: Its anchor, or its file's name without suffix (see :class:`Names`).
        title: The cluster's id, else its first article's title (else the first headline
            an article without one opens with), else ``Cluster <n>``.
        summary: ``3 articles from 3 sources, 4 claims`` (``1 article, 4 points``).
        first: Its first claim, or None.
        headline: That title (or headline), when the title is not already it.
    """

    name: str
    title: str
    summary: str
    first: str | None
    headline: str | None = None

    @classmethod
    def of(cls, digest: Digest, name: str, position: int) -> Entry:
        """The entry of ``digest``, the ``position``-th (from 1) of its batch."""
        story = story_title(digest)
        title = one_line(digest.id or story or f"Cluster {position}")
        claims = "point" if len(digest.articles) == 1 else "claim"  # one article: key points
        summary = f"{set_note(digest.articles)}, {plural(len(digest.merged), claims)}"
        first = one_line(digest.merged[0].text) if digest.merged else None
        headline = one_line(story) if story and digest.id else None
        return cls(name=name, title=title, summary=summary, first=first, headline=headline)


class Batch:
    """The digests of a batch in one document, added one at a time, in output order.

    * ``text``: a numbered list of the stories, then each digest after a rule;
    * ``markdown``: a title, a list of links to each story's section, then each
      digest with its headings one level down, after an anchor named after its id;
    * ``html``: one self-contained page, an index of the stories linking to each one,
      every digest below it, each as on a page of its own (claims open one by one);
    * ``json``: one JSON digest a line (JSON Lines), as for a clusters file.

    Each digest is rendered when added; only its rendering and its entry are kept.

    Args:
        format: One of ``text``, ``markdown``, ``json``, ``html``.
        evidence: Quote each claim's supporting sentences (text and Markdown; the
            HTML page and JSON always hold them).

    Raises:
        OptionError: ``format`` is not one of them.

    Example:
        >>> from summarize import summarize
        >>> batch = Batch("markdown")
        >>> batch.add(summarize(["Rain fell on Monday.", "On Monday rain fell."], id="rain"))
        >>> print(batch.document().splitlines()[:4])
        ['# Digests of 1 story', '', '<a id="contents"></a>', '']
    """

    def __init__(self, format: str, *, evidence: bool = False) -> None:
        if format not in SUFFIXES:
            raise OptionError(f"unknown format {format!r}; choose one of: {', '.join(SUFFIXES)}")
        self.format, self.evidence = format, evidence
        self.names = Names(taken=("contents", "top"))
        self.entries: list[Entry] = []
        self.parts: list[str] = []
        self.sources = 1

    def add(self, digest: Digest) -> None:
        """Render one more digest into the batch."""
        entry = Entry.of(digest, self.names.add(digest.id), len(self.entries) + 1)
        self.entries.append(entry)
        self.sources = max(self.sources, len({a.source for a in digest.articles}))
        if self.format == "json":
            self.parts.append(digest.to_json(indent=None))
        elif self.format == "html":
            self.parts.append(story_page(digest, entry.name, len(self.entries)))
        elif self.format == "markdown":
            lines = markdown_lines(digest, evidence=self.evidence, depth=1)
            back = "[Back to the contents](#contents)"
            self.parts.append("\n".join([f'<a id="{entry.name}"></a>', "", *lines, "", back]))
        else:
            lines = text_lines(digest, evidence=self.evidence)
            self.parts.append("\n".join(["=" * WIDTH, "", *lines]))

    def document(self) -> str:
        """The whole document: the table of contents, then every digest added."""
        if self.format == "json":
            return "".join(self.parts)
        if self.format == "html":
            return index_page(self.entries, self.parts, sources=self.sources)
        return index(self.entries, self.format, local=True) + "\n" + "\n\n".join(self.parts) + "\n"


def index(entries: Iterable[Entry], format: str, *, local: bool = False) -> str:
    """A table of contents of a batch: each story with its counts, and its headline or first claim.

    Args:
        entries: The stories, in output order.
        format: ``text``, ``markdown`` or ``html`` (an index page of its own).
        local: Link to sections of the same document (``#name``), not to files.
    """
    entries = list(entries)
    if format == "html":
        return index_page(entries, (), sources=1, files=SUFFIXES["html"])
    title = f"Digests of {len(entries)} {'story' if len(entries) == 1 else 'stories'}"
    if format == "text":
        lines = [title.upper(), ""]
        width = len(str(len(entries)))
        for number, entry in enumerate(entries, start=1):
            where = "" if local else f" ({entry.name}{SUFFIXES['text']})"
            marker = f"{number:>{width}}. "
            lines += textwrap.wrap(
                f"{entry.title}{where}: {entry.summary}",
                width=WIDTH,
                initial_indent=marker,
                subsequent_indent=" " * len(marker),
                break_on_hyphens=False,
            )
        return "\n".join(lines) + "\n"
    lines = [f"# {escape(title)}", "", '<a id="contents"></a>', ""]
    for number, entry in enumerate(entries, start=1):
        target = f"#{entry.name}" if local else f"{entry.name}{SUFFIXES['markdown']}"
        line = f"{number}. [{escape(entry.title)}]({target}): {entry.summary}"
        lead = entry.headline or entry.first  # what the story is about
        lines.append(line + (f". {escape(lead)}" if lead else ""))
    return "\n".join(lines) + "\n"
