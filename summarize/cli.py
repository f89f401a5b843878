"""The ``summarize`` command: summarise articles from files and folders.

Usage::

    summarize PATH... [--format text|markdown|json] [--per-source N]
                      [--merged N | --words N] [--method NAME] [--language L]
                      [--similarity X] [--redundancy X] [--order importance|source]
                      [--output FILE]

Folders and files give one digest for all their articles together. A clusters
file (JSON Lines whose lines are ``{"id": ..., "articles": [...]}``) gives one
digest per line, written as JSON Lines (one JSON digest a line, input order);
only ``--format json`` (the default for such files) is accepted with it.

Exit status: 0 on success, 2 on a usage error, bad input or a file that cannot
be read or written, with a one-line message on standard error (naming the file).
``--output`` replaces its file only once the whole output is written, and never
leaves a temporary file behind; on standard output, the digests of a clusters
file are written as they are made, so an error on a later line leaves the
earlier ones.
Warnings (such as an article left empty by cleaning) go to standard error,
naming the cluster.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NoReturn

from . import __version__
from .errors import OptionError, SummarizeError
from .languages import LANGUAGES
from .load import as_articles, is_clusters_file, load_articles, load_clusters
from .options import ORDERS, Options
from .pipeline import run
from .rank import METHODS
from .records import Article, Digest
from .render import FORMATS, render
from .render.json import to_json

__all__ = ["build_parser", "main"]

PROG = "summarize"


class UsageError(Exception):
    """A command-line mistake; reported like argparse's own errors."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, not usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``summarize`` command."""
    defaults = Options()
    parser = _Parser(
        prog=PROG,
        description=(
            "Summarise a set of news articles about one story: the best sentences of "
            "each source, and the claims the sources make, each with the sources that "
            "state it."
        ),
        epilog=(
            'A clusters file (.jsonl, one {"id", "articles": [...]} object a line) '
            "gives one JSON digest a line, in input order. Exit status: 0 on success, "
            "2 on a usage error, bad input or a file that cannot be read or written."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=(
            "a folder of .txt/.md files (one article each), a .txt/.md file, a .json "
            "list of articles, a .jsonl file of articles, or a .jsonl clusters file; "
            "several paths are summarised together"
        ),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: text; json, as JSON Lines, for a clusters file)",
    )
    parser.add_argument(
        "--per-source",
        type=int,
        default=defaults.per_source,
        metavar="N",
        help="sentences in each source's summary (default: %(default)s)",
    )
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument(
        "--merged",
        type=int,
        default=None,
        metavar="N",
        help=f"claims in the merged summary (default: {defaults.merged})",
    )
    budget.add_argument(
        "--words",
        type=int,
        default=None,
        metavar="N",
        help="word budget of the merged summary, instead of --merged",
    )
    parser.add_argument(
        "--method",
        default=defaults.method,
        metavar="NAME",
        help=f"sentence ranker, one of: {', '.join(METHODS)} (default: %(default)s)",
    )
    parser.add_argument(
        "--language",
        default=defaults.language,
        metavar="L",
        help=f"language of the articles, one of: {', '.join(LANGUAGES)} (default: %(default)s)",
    )
    parser.add_argument(
        "--similarity",
        type=float,
        default=defaults.similarity,
        metavar="X",
        help=(
            "cosine similarity (0 to 1) at which sentences of two sources state "
            "the same claim (default: %(default)s)"
        ),
    )
    parser.add_argument(
        "--redundancy",
        type=float,
        default=defaults.redundancy,
        metavar="X",
        help=(
            "skip a sentence whose similarity (0 to 1) to one already chosen reaches X; "
            "1 turns the cut off "
            "(default: %(default)s)"
        ),
    )
    parser.add_argument(
        "--order",
        choices=ORDERS,
        default=defaults.order,
        help=(
            "importance: best first; source: article order, then position in the "
            "article (default: %(default)s)"
        ),
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE (replaced whole, never left half-written) instead of stdout",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _options(args: argparse.Namespace) -> Options:
    """The run's options, validated once (by :class:`Options`) before any file is read.

    Raises:
        UsageError: An option is out of range or unknown; the message names its flag.
    """
    fields = list(Options().to_dict())
    given = {name: value for name, value in vars(args).items() if name in fields}
    try:
        return Options(**given)
    except OptionError as error:
        message = str(error)
        named = [name for name in fields if name in message.split(None, 2)[:2]]
        if named:  # "merged must be ...", "unknown method ...": say which flag it was
            message = f"argument --{named[0].replace('_', '-')}: {message}"
        raise UsageError(message) from None


def _summarize(articles: Sequence[Article], options: Options, set_id: str | None = None) -> Digest:
    return run(as_articles(articles), options, id=set_id)


def _os_message(error: OSError, path: object = None) -> str:
    """``<path>: <reason>`` for an OSError; ``path`` defaults to the one the error names."""
    path = path or error.filename
    reason = error.strerror or str(error)
    return f"{path}: {reason}" if path else reason


@contextmanager
def _destination(output: str | None) -> Iterator[IO[str]]:
    """Stdout, or a temporary file beside ``output`` moved over it only on success."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(output)
    folder = target.parent
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w",
            encoding="utf-8",
            newline="",
            dir=folder,
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
            raise UsageError(f"cannot write {_os_message(error, target)}") from None
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


class _Where(logging.Filter):
    """Tells, in each warning of the library, which cluster was being summarised."""

    def __init__(self) -> None:
        super().__init__()
        self.where = ""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the ``where`` field the format refers to; keep every record."""
        record.where = self.where
        return True


@contextmanager
def _warnings_to_stderr() -> Iterator[_Where]:
    """Show the library's warnings as ``summarize: warning: ...`` while the command runs."""
    logger = logging.getLogger("summarize")
    where = _Where()
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(f"{PROG}: warning: %(where)s%(message)s"))
    handler.addFilter(where)
    logger.addHandler(handler)
    try:
        yield where
    finally:
        logger.removeHandler(handler)


def _run(args: argparse.Namespace, where: _Where) -> None:
    options = _options(args)
    if args.output is not None and Path(args.output).is_dir():  # known before any work
        raise UsageError(f"cannot write {args.output}: it is a folder; give a file name")
    clusters = [is_clusters_file(path) for path in args.paths]
    if any(clusters):
        if not all(clusters):
            raise UsageError("give clusters files alone, not mixed with other files or folders")
        if args.format not in (None, "json"):
            raise UsageError(
                f"a clusters file gives JSON Lines; --format {args.format} cannot be used with it"
            )
        with _destination(args.output) as out:
            for path in args.paths:
                for number, cluster in enumerate(load_clusters(path), start=1):
                    name = repr(cluster.id) if cluster.id is not None else f"{number} of {path}"
                    where.where = f"cluster {name}: "
                    digest = _summarize(cluster.articles, options, cluster.id)
                    out.write(to_json(digest, indent=None))
        return
    articles: list[Article] = []
    for path in args.paths:
        articles += load_articles(path)
    digest = _summarize(articles, options)
    text = render(digest, args.format or FORMATS[0])
    with _destination(args.output) as out:
        out.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Example:
        >>> main(["--merged", "0", "articles/"])
        2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        with _warnings_to_stderr() as where:
            _run(args, where)
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    except (UsageError, SummarizeError) as error:
        message = " ".join(str(error).split())
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`summarize ... | head`)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as error:  # a file or folder that cannot be read or written
        print(f"{PROG}: error: {_os_message(error)}", file=sys.stderr)
        return 2
    return 0
