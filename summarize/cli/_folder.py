"""``--output-dir``: a file per digest of a clusters file, each written atomically, and an index.

In cli/, beside :mod:`._io` (whose :func:`~._io.destination` writes each file); the
names and the index come from :mod:`summarize.render._batch`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..render import render
from ..render._batch import SUFFIXES, Entry, Names, index
from ._io import UsageError, destination, os_message

if TYPE_CHECKING:
    from ..digest import Digest

__all__ = ["OutputFolder"]


class OutputFolder:
    """A file per digest in a folder (``--output-dir``), named after its id, and an index.

    Each file is written atomically, as by :func:`destination`, as soon as its
    digest is made; :meth:`finish` writes ``index.<suffix>``, a table of contents
    linking to them (not for JSON, whose files are the digests alone).

    Args:
        path: The folder, made (with its parents) if missing.
        format: The format of every file.
        evidence: Quote each claim's supporting sentences (text and Markdown).

    Raises:
        UsageError: ``path`` is a file, or the folder cannot be made.
    """

    def __init__(self, path: str, format: str, *, evidence: bool) -> None:
        self.folder, self.format, self.evidence = Path(path), format, evidence
        self.suffix = SUFFIXES[format]
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(
                f"cannot write to {path}: it is a file; give a folder for --output-dir "
                "(it is made if missing)"
            )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UsageError(f"cannot make the folder {os_message(error, path)}") from None
        self.names = Names(taken=() if format == "json" else ("index",))
        self.entries: list[Entry] = []

    def write(self, digest: Digest) -> None:
        """Write one digest to its own file."""
        name = self.names.add(digest.id)
        with destination(str(self.folder / f"{name}{self.suffix}")) as out:
            out.write(render(digest, self.format, evidence=self.evidence))
        self.entries.append(Entry.of(digest, name, len(self.entries) + 1))

    def finish(self) -> None:
        """Write the index of the files written (text, Markdown and HTML)."""
        if self.format != "json":
            with destination(str(self.folder / f"index{self.suffix}")) as out:
                out.write(index(self.entries, self.format))
