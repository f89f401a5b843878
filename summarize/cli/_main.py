"""The ``summarize`` command: summarise articles from files, folders or standard input.

Usage::

    summarize PATH... [--format text|markdown|json|html] [--per-source N]
                      [--merged N | --words N] [--method NAME] [--language L]
                      [--similarity X] [--redundancy X] [--order importance|source]
                      [--selection coverage|support] [--min-sources K]
                      [--exclusives N] [--evidence] [--output FILE | --output-dir DIR]
                      [--jobs N] [--skip-errors] [--quiet] [--version]

Folders and files give one digest for all their articles together. ``-`` as a
path is standard input, told apart by its content: JSON Lines whose first line
is ``{"id": ..., "articles": [...]}`` is a clusters stream, a first ``[`` a
JSON list of articles, a first ``{`` JSON Lines of articles, anything else the
text of one article (id ``stdin``). A clusters file or stream gives one digest
per line, in input order: as JSON Lines (``--format json``, the default), as one
text, Markdown or HTML document with a table of contents, or, with
``--output-dir DIR``, as one file per cluster named after its id, with an index;
``--jobs N`` summarises N clusters at a time in worker processes (-1: one per
core) when the file holds enough clusters for them to gain (see
:data:`summarize.batch.WORKERS_FROM`). A flag that can change nothing for the
input (``--jobs`` on one set of articles, ``--min-sources`` above its number of
sources, ``--exclusives`` on one source, ``--evidence`` on one article) is said in
a warning. ``--evidence`` quotes each claim's supporting sentences in text and
Markdown. A bad line or cluster stops the run with its file and line number,
unless ``--skip-errors`` is given: then it is reported, the run goes on, and
the number skipped is told at the end (exit status 2 only if none succeeded).

Results go to standard output (or ``--output``); messages to standard error: a
progress bar for clusters when standard error is a terminal and tqdm is
installed, warnings (an article left empty by cleaning, say; naming the
cluster), and errors. ``--quiet`` silences the bar and the warnings, not errors.

Exit status: 0 on success, 2 on a usage error, bad input or a file that cannot
be read or written, with a one-line message on standard error (naming the file).
``--output`` replaces its file only once the whole output is written, and never
leaves a temporary file behind, nor does each file of ``--output-dir``; on
standard output, the JSON digests of a clusters file are written as they are
made, so an error on a later line leaves the earlier ones (a document with a
table of contents is written once every cluster is done).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

import attrs

from .. import __version__
from ..batch import run_many
from ..digest import Digest
from ..errors import OptionError, SummarizeError
from ..load import as_articles, is_clusters_file, load_articles
from ..options import Options
from ..pipeline import run
from ..records import Article
from ..render import FORMATS, render
from ..render._batch import Batch
from ..render.json import to_json
from ._folder import OutputFolder
from ._io import (
    PROG,
    STDIN,
    ClusterFeed,
    Stderr,
    Stdin,
    UsageError,
    destination,
    os_message,
    warnings_to_stderr,
)

__all__ = ["build_parser", "main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr, not usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the ``summarize`` command."""
    parser = _Parser(
        prog=PROG,
        description=(
            "Summarise a set of news articles about one story: the best sentences of "
            "each source, and the claims the sources make, each with the sources that "
            "state it."
        ),
        epilog=(
            'A clusters file (.jsonl, one {"id", "articles": [...]} object a line) '
            "gives one JSON digest a line, in input order, or one text, Markdown or HTML "
            "document with a section per cluster (--output-dir: a file per cluster). "
            "Exit status: 0 on success, "
            "2 on a usage error, bad input or a file that cannot be read or written "
            "(with --skip-errors: only when no cluster succeeded)."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=(
            "a folder of .txt/.md files (one article each), a .txt/.md file, a .json "
            "list of articles, a .jsonl file of articles, a .jsonl clusters file, or - "
            "for standard input (any of these kinds of file, told by its content); "
            "several paths are summarised together"
        ),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help=(
            "output format; html is one self-contained page (default: text; json, "
            "as JSON Lines, for a clusters file; text, markdown and html give one "
            "document for all its clusters, with a table of contents)"
        ),
    )
    _add_option_flags(parser)
    parser.add_argument(
        "--evidence",
        action="store_true",
        help="in text and Markdown, quote under each claim every sentence that states it, "
        "with its source (the HTML page and JSON always hold them)",
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE (replaced whole, never left half-written) instead of stdout",
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help="for a clusters file: one file per cluster in DIR (made if missing), named "
        "after its id, each replaced whole, and an index of them",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="clusters summarised at a time, in worker processes (-1: one per core; "
        "default: %(default)s), for a clusters file large enough to gain from them",
    )
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help="for clusters, report a bad line or cluster and go on (default: stop)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no warnings"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _add_option_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per field of :class:`Options`, with the help, default and checks it declares.

    Values are checked by :class:`Options` itself (see :func:`_options`), not by argparse,
    so a flag and the library refuse the same values with the same message.
    """
    groups: dict[str, argparse._MutuallyExclusiveGroup] = {}
    for field in attrs.fields(Options):
        flag = field.metadata
        where: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup = parser
        if flag["group"] is not None:
            if flag["group"] not in groups:
                groups[flag["group"]] = parser.add_mutually_exclusive_group()
            where = groups[flag["group"]]
        default = field.default
        help = flag["help"]
        if default is not None:
            help += " (default: %(default)s)"
        where.add_argument(
            f"--{field.name.replace('_', '-')}",
            type=_TYPES.get(field.type, str),
            default=default,
            metavar=flag["metavar"],
            choices=flag["choices"],
            help=help,
        )


#: How a flag's text is read, by the type of its option (as :class:`Options` annotates it).
_TYPES: dict[object, type] = {"int": int, "int | None": int, "float": float}


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {value!r}") from None
    if number == 0:
        raise argparse.ArgumentTypeError("give a number of processes other than 0 (-1: all cores)")
    return number


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


def _digest_clusters(
    sources: Sequence[str | Stdin], options: Options, args: argparse.Namespace, stderr: Stderr
) -> None:
    format = args.format or "json"
    folder = None
    if args.output_dir is not None:  # made, or refused, before any work
        folder = OutputFolder(args.output_dir, format, evidence=args.evidence)
    clusters = ClusterFeed(sources, skip=args.skip_errors, stderr=stderr)
    with warnings_to_stderr(stderr, clusters.where), stderr.progress("clusters") as tick:
        digests = run_many(clusters, options, n_jobs=args.jobs, on_error=clusters.failed)
        if folder is not None:
            _each(digests, clusters, tick, folder.write)
            folder.finish()
        elif format == "json":  # JSON Lines, each digest written as soon as it is made
            with destination(args.output) as out:
                _each(digests, clusters, tick, lambda d: out.write(to_json(d, indent=None)))
        else:  # one document, whose table of contents needs every cluster first
            batch = Batch(format, evidence=args.evidence)
            _each(digests, clusters, tick, batch.add)
            with destination(args.output) as out:
                out.write(batch.document())


def _each(
    digests: Iterable[Digest],
    clusters: ClusterFeed,
    tick: Callable[[], None],
    write: Callable[[Digest], object],
) -> None:
    """Write each digest as it comes, then stop on the feed's error or tell what was skipped."""
    succeeded = 0
    for digest in digests:
        write(digest)
        clusters.written()
        succeeded += 1
        tick()
    clusters.finish(succeeded)


def _check_outputs(args: argparse.Namespace, clusters: bool, stderr: Stderr) -> None:
    """Refuse outputs that cannot go together, before any work; warn of a flag that does nothing."""
    if args.output is not None and args.output_dir is not None:
        raise UsageError(
            "give --output FILE (one document) or --output-dir DIR (a file per cluster), not both"
        )
    if args.output_dir is not None and not clusters:
        raise UsageError(
            "--output-dir writes a file per cluster of a clusters file; for one set of "
            "articles, give --output FILE"
        )
    if args.output is not None and Path(args.output).is_dir():
        raise UsageError(f"cannot write {args.output}: it is a folder; give a file name")
    format = args.format or ("json" if clusters else FORMATS[0])
    if args.evidence and format in ("json", "html"):
        stderr.warn(
            f"--evidence changes nothing in --format {format}, which always holds every "
            "supporting sentence; use it with --format text or markdown"
        )


def _check_one_article(args: argparse.Namespace, articles: list[Article], stderr: Stderr) -> None:
    """Warn of the flags that change nothing in the digest of one article."""
    if len(articles) != 1:
        return
    format = args.format or FORMATS[0]
    if args.evidence and format in ("text", "markdown"):
        stderr.warn(
            "--evidence changes nothing for one article: it quotes the sentences of the "
            "other articles that state each claim"
        )
    if args.per_source != attrs.fields(Options).per_source.default and format != "json":
        stderr.warn(
            f"--per-source {args.per_source} changes nothing in --format {format} for one "
            "article, shown once as its key points; --merged or --words set how many"
        )


def _run(args: argparse.Namespace, stderr: Stderr) -> None:
    options = _options(args)
    if args.paths.count(STDIN) > 1:
        raise UsageError("give - (standard input) once at most")
    sources = [Stdin(sys.stdin.buffer) if path == STDIN else path for path in args.paths]
    kinds = [s.is_clusters if isinstance(s, Stdin) else is_clusters_file(s) for s in sources]
    if any(kinds) and not all(kinds):
        raise UsageError("give clusters files alone, not mixed with other files or folders")
    _check_outputs(args, any(kinds), stderr)
    if any(kinds):
        _digest_clusters(sources, options, args, stderr)
        return
    if args.jobs != 1:
        stderr.warn(
            f"--jobs {args.jobs} changes nothing here: it summarises the clusters of a "
            "clusters file in worker processes, and these articles are one set"
        )
    articles: list[Article] = []
    with warnings_to_stderr(stderr, lambda position, cluster_id: ""):
        for source in sources:
            articles += source.articles() if isinstance(source, Stdin) else load_articles(source)
        _check_one_article(args, articles, stderr)
        digest = run(as_articles(articles), options)
    text = render(digest, args.format or FORMATS[0], evidence=args.evidence)
    with destination(args.output) as out:
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
        _run(args, Stderr(quiet=args.quiet))
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
        print(f"{PROG}: error: {os_message(error)}", file=sys.stderr)
        return 2
    return 0
