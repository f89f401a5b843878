"""Digest every cluster of a JSON Lines file: one JSON digest per output line.

Each input line is a cluster of articles about one story::

    {"id": "...", "articles": [{"id": "...", "source": "...", "title": "...", "text": "..."}]}

(other keys, such as ``references``, are ignored). Each output line is the
digest of one cluster, as ``Digest.to_json`` renders it, with the cluster's id.
Without a file, the bundled ``examples/data/clusters.jsonl`` is used.

Run it from the repository root::

    python examples/batch_jsonl.py                          # bundled clusters, to stdout
    python examples/batch_jsonl.py CLUSTERS.jsonl --words 120 --out digests.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

import summarize
from summarize.errors import SummarizeError

HERE = Path(__file__).resolve().parent


CLUSTERS = HERE / "data" / "clusters.jsonl"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="Digest each cluster of a JSON Lines file.")
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=CLUSTERS,
        help="clusters file, one JSON object per line (default: the bundled clusters.jsonl)",
    )
    parser.add_argument("--out", type=Path, help="JSON Lines file to write (default: stdout)")
    parser.add_argument("--words", type=int, default=100, help="word budget of each merged summary")
    return parser.parse_args(argv)


def digest_all(path: Path, words: int, out: TextIO) -> tuple[int, int]:
    """Write one digest line per cluster; return (clusters written, clusters failed).

    A cluster that cannot be summarised (an empty article, say) is reported on
    stderr and skipped, so one bad line does not lose the rest of the batch.
    """
    written = failed = 0
    # load_clusters reads lazily, one Cluster(id, articles) per line.
    for cluster in summarize.load_clusters(path):
        try:
            digest = summarize.summarize(cluster.articles, id=cluster.id, words=words)
        except SummarizeError as error:
            print(f"batch_jsonl: skipped cluster {cluster.id!r}: {error}", file=sys.stderr)
            failed += 1
            continue
        # indent=None renders the digest on one line, which is what makes the output JSON Lines.
        out.write(digest.to_json(indent=None).rstrip("\n") + "\n")
        written += 1
    return written, failed


def main(argv: list[str] | None = None) -> int:
    """Digest the file; return the exit status (1 if any cluster failed)."""
    args = parse_args(argv)
    try:
        if args.out is None:
            written, failed = digest_all(args.path, args.words, sys.stdout)
        else:
            with args.out.open("w", encoding="utf-8") as out:
                written, failed = digest_all(args.path, args.words, out)
    except SummarizeError as error:  # the file itself is missing or malformed
        print(f"batch_jsonl: {error}", file=sys.stderr)
        return 1
    print(f"batch_jsonl: {written} digest(s) written, {failed} cluster(s) skipped", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
