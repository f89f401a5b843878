"""What the command line reads and writes, beside the options: inputs, output file, stderr.

* :class:`Stdin` reads standard input (``-`` as a path) and tells a clusters
  stream from text, JSON or JSON Lines articles by its first non-blank line;
* :func:`cluster_lines` streams the lines of clusters files and standard input,
  and :class:`ClusterFeed` turns them into clusters, naming each by file and line;
* :func:`destination` writes the output file atomically (and each file of
  :class:`~summarize.cli._folder.OutputFolder`);
* :class:`Stderr` writes warnings and notes, under a progress bar when there
  is one, and :func:`warnings_to_stderr` shows the library's log records there,
  options named as the flags that set them (:func:`as_flags`).
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO

import attrs

from ..batch import Skipped, current_cluster
from ..errors import SummarizeError
from ..load import is_cluster_line, parse_cluster_line, read_articles
from ..options import Options
from ..records import Article, Cluster

__all__ = [
    "PROG",
    "STDIN",
    "ClusterFeed",
    "Stderr",
    "Stdin",
    "UsageError",
    "as_flags",
    "cluster_lines",
    "destination",
    "os_message",
    "warnings_to_stderr",
]

PROG = "summarize"

#: The path that means standard input.
STDIN = "-"

_STDIN_NAME = "<stdin>"


class UsageError(Exception):
    """A command-line mistake; reported like argparse's own errors."""


class Stdin:
    """Standard input, read once: the first non-blank line says what the rest is.

    Args:
        stream: The binary stream (``sys.stdin.buffer``).
    """

    name = _STDIN_NAME

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._head: list[bytes] = []
        for line in stream:
            self._head.append(line)
            if line.strip():
                break
        self.is_clusters = bool(self._head) and is_cluster_line(self._head[-1])

    def lines(self) -> Iterator[bytes]:
        """Every line, the ones already read first; read lazily."""
        return itertools.chain(self._head, self._stream)

    def articles(self) -> list[Article]:
        """The whole input as one set of articles (text, a JSON list or JSON Lines)."""
        return read_articles(b"".join(self._head) + self._stream.read(), name=self.name)


def cluster_lines(sources: Iterable[str | Stdin]) -> Iterator[tuple[str, int, bytes]]:
    """Yield (name, line number, line) for every non-blank line of each source, lazily.

    Raises:
        OSError: A file cannot be opened or read (the error names it).
    """
    for source in sources:
        if isinstance(source, Stdin):
            name, lines = source.name, source.lines()
            numbered: Iterable[tuple[int, bytes]] = enumerate(lines, start=1)
            for number, line in numbered:
                if line.strip():
                    yield name, number, line
            continue
        with open(source, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield source, number, line


class ClusterFeed:
    """The clusters of every source, line by line, for :func:`~summarize.batch.summarize_many`.

    A bad line stops the feed (its error is raised by :meth:`finish`, once the
    digests before it are written) or, with ``skip``, is reported and passed over.
    Call :meth:`written` once per digest written and pass :meth:`failed` as
    ``on_error``, so that each cluster can be named by its file and line.
    """

    def __init__(self, sources: Sequence[str | Stdin], *, skip: bool, stderr: Stderr) -> None:
        self.sources, self.skip, self.stderr = sources, skip, stderr
        self.lines: dict[int, tuple[str, int]] = {}  # position -> (file, line), until done
        self.done = self.skipped = 0
        self.error: BaseException | None = None

    def __iter__(self) -> Iterator[Cluster]:
        position = 0
        try:
            for name, number, line in cluster_lines(self.sources):
                try:
                    cluster = parse_cluster_line(line, name=name, number=number)
                except SummarizeError as error:
                    if not self.skip:
                        raise
                    self._skip(str(error))
                    continue
                self.lines[position] = (name, number)
                position += 1
                yield cluster
        except (SummarizeError, OSError) as error:
            self.error = error  # raised after the digests of the lines before it

    def where(self, position: int, cluster_id: str | None) -> str:
        """Name a cluster for warnings: by its id, else by its file and line."""
        if cluster_id is not None:
            return f"cluster {cluster_id!r}"
        name, number = self.lines.get(position, ("?", 0))
        return f"{name}, line {number}"

    def written(self) -> None:
        """Forget the line of the cluster whose digest was just written."""
        self.lines.pop(self.done, None)
        self.done += 1

    def failed(self, skipped: Skipped) -> None:
        """Stop, or report and count, a cluster that could not be summarised."""
        name, number = self.lines.get(skipped.position, ("?", 0))
        error = type(skipped.error)(f"{name}, line {number}: {skipped.error}")
        if not self.skip:
            raise error
        self.written()
        self._skip(str(error))

    def _skip(self, message: str) -> None:
        self.skipped += 1
        self.stderr.warn(f"skipped {message}")

    def finish(self, succeeded: int) -> None:
        """Raise the error that stopped the feed, or tell how many clusters were skipped.

        Raises:
            UsageError: Clusters were skipped and none succeeded.
        """
        if self.error is not None:
            raise self.error
        if self.skipped:
            total = succeeded + self.skipped
            if not succeeded:
                raise UsageError(f"no cluster could be summarised ({total} skipped)")
            self.stderr.note(f"{self.skipped} of {total} clusters skipped")


def os_message(error: OSError, path: object = None) -> str:
    """``<path>: <reason>`` for an OSError; ``path`` defaults to the one the error names."""
    path = path or error.filename
    reason = error.strerror or str(error)
    return f"{path}: {reason}" if path else reason


@contextmanager
def destination(output: str | None) -> Iterator[IO[str]]:
    """Stdout, or a temporary file beside ``output`` moved over it only on success."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(output)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w",
            encoding="utf-8",
            newline="",
            dir=target.parent,
            prefix=f".{target.name}.",
            suffix=".tmp",
            delete=False,
        )
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}") from None
    try:
        with handle:
            yield handle
        try:
            os.chmod(handle.name, _file_mode(target))
            os.replace(handle.name, target)
        except OSError as error:
            raise UsageError(f"cannot write {os_message(error, target)}") from None
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _file_mode(target: Path) -> int:
    """The permissions a new file would get: the target's own, or the umask's."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class Stderr:
    """Messages on standard error: warnings (silenced by ``quiet``), notes, a progress bar.

    Args:
        quiet: Drop warnings and never show a progress bar.
    """

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet
        self._bar: Any = None

    def write(self, line: str) -> None:
        """Write one line, above the progress bar if one is shown."""
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def warn(self, message: str) -> None:
        """``summarize: warning: <message>``, unless quiet."""
        if not self.quiet:
            self.write(f"{PROG}: warning: {message}")

    def note(self, message: str) -> None:
        """``summarize: <message>``, even when quiet."""
        self.write(f"{PROG}: {message}")

    @contextmanager
    def progress(self, unit: str) -> Iterator[Callable[[], None]]:
        """Count items with a tqdm bar when stderr is a terminal and tqdm is installed.

        Yields a function to call once per item (it does nothing without a bar).
        """
        if self.quiet or not sys.stderr.isatty():
            yield lambda: None
            return
        try:
            from tqdm import tqdm  # type: ignore[import-untyped]
        except ImportError:
            yield lambda: None
            return
        with tqdm(unit=f" {unit}", file=sys.stderr, dynamic_ncols=True) as bar:
            self._bar = bar
            try:
                yield lambda: bar.update()
            finally:
                self._bar = None


#: Options the library names as keyword arguments (``min_sources=9``), by their flags.
_FLAGS = {name: f"--{name.replace('_', '-')}" for name in attrs.fields_dict(Options)}
_FLAGS["n_jobs"] = "--jobs"
_KEYWORD = re.compile(rf"\b({'|'.join(_FLAGS)})=(?=\S)")


def as_flags(message: str) -> str:
    """The message with the options it names as keyword arguments named as flags.

    Example:
        >>> as_flags("min_sources=9 is more than 5; give min_sources=5 or less")
        '--min-sources 9 is more than 5; give --min-sources 5 or less'
    """
    return _KEYWORD.sub(lambda match: _FLAGS[match.group(1)] + " ", message)


class _ToStderr(logging.Handler):
    """Shows the library's warnings through :class:`Stderr`, naming the cluster and flags."""

    def __init__(self, stderr: Stderr, where: Callable[[int, str | None], str]) -> None:
        super().__init__(logging.WARNING)
        self.stderr = stderr
        self.where = where

    def emit(self, record: logging.LogRecord) -> None:
        cluster = current_cluster()
        prefix = "" if cluster is None else f"{self.where(*cluster)}: "
        self.stderr.warn(prefix + as_flags(record.getMessage()))


@contextmanager
def warnings_to_stderr(stderr: Stderr, where: Callable[[int, str | None], str]) -> Iterator[None]:
    """Show warnings of the ``summarize`` loggers while the command runs.

    Args:
        stderr: Where to write them (nowhere when quiet: the handler still stops
            Python from printing them itself).
        where: Names a cluster from its position and id, as
            :func:`summarize.batch.current_cluster` gives them.
    """
    logger = logging.getLogger("summarize")
    handler = _ToStderr(stderr, where)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
