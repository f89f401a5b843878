"""Write a Markdown digest of a folder of articles.

Every ``.txt`` file in the folder is one article; its file stem is the article's
id and source. Without a folder, the bundled harbour-bridge story is used.

Run it from the repository root::

    python examples/digest_folder.py                       # the bundled story, to stdout
    python examples/digest_folder.py FOLDER --out digest.md
    python examples/digest_folder.py FOLDER --merged 8 --per-source 2
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import summarize
from summarize.errors import SummarizeError

HERE = Path(__file__).resolve().parent


STORY = HERE / "data" / "harbour-bridge"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="Write a Markdown digest of a folder of articles.")
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=STORY,
        help="folder of .txt articles (default: the bundled harbour-bridge story)",
    )
    parser.add_argument("--out", type=Path, help="Markdown file to write (default: stdout)")
    parser.add_argument("--merged", type=int, default=5, help="claims in the merged summary")
    parser.add_argument("--per-source", type=int, default=3, help="sentences per source")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Digest the folder; return the exit status."""
    args = parse_args(argv)
    try:
        articles = summarize.load_articles(args.folder)
        digest = summarize.summarize(articles, per_source=args.per_source, merged=args.merged)
    except SummarizeError as error:
        # Every error the library raises on purpose says what to do about it.
        print(f"digest_folder: {error}", file=sys.stderr)
        return 1

    markdown = digest.to_markdown()
    if args.out is None:
        sys.stdout.write(markdown)
    else:
        args.out.write_text(markdown, encoding="utf-8")
        print(
            f"wrote {args.out}: {len(digest.merged)} claims from {len(digest.articles)} articles",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
