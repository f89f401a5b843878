"""Byte-identical outputs: write the JSON digests of every dev set, or compare them with a folder.

A change of structure must not change what the library outputs. This script writes
the JSON digest of the Baghouz set, the bundled example and every cluster of both
``shared/data/bench/*.jsonl`` files under four option sets, one file each, and
compares them byte for byte with a folder written before the change::

    python benchmarks/identical.py write BEFORE_DIR     # on the old tree
    python benchmarks/identical.py compare BEFORE_DIR   # on the new tree

``compare`` prints the number compared and equal and the first differing names, and
exits 1 on any difference, 2 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import summarize

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"

#: Four option sets that between them exercise every stage and both selections.
OPTION_SETS: dict[str, dict[str, Any]] = {
    "default": {},
    "support-source": {"selection": "support", "order": "source", "min_sources": 2},
    "words-loose": {"words": 120, "similarity": 0.2, "redundancy": 0.5, "exclusives": 5},
    "luhn-tight": {"method": "luhn", "per_source": 2, "merged": 8, "similarity": 0.45},
}


def sets() -> Iterator[tuple[str, list[summarize.Article]]]:
    """Every article set the comparison covers, with a file-safe name."""
    yield "baghouz", summarize.load_articles(DATA / "baghouz")
    yield "harbour-bridge", summarize.load_articles(REPO / "examples" / "data" / "harbour-bridge")
    for name in ("multinews-val", "allsides-dev"):
        for i, cluster in enumerate(summarize.load_clusters(DATA / "bench" / f"{name}.jsonl")):
            yield f"{name}-{i:03d}", list(cluster.articles)


def digests() -> Iterator[tuple[str, str]]:
    """(file name, JSON digest) for every set under every option set."""
    for name, articles in sets():
        for label, options in OPTION_SETS.items():
            digest = summarize.summarize(articles, id=name, **options)
            yield f"{name}.{label}.json", digest.to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("write", "compare"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}; nothing to compare", file=sys.stderr)
        return 2
    if args.mode == "write":
        args.folder.mkdir(parents=True, exist_ok=True)
        count = 0
        for name, text in digests():
            (args.folder / name).write_text(text, encoding="utf-8")
            count += 1
        print(f"wrote {count} digests to {args.folder}")
        return 0
    compared = equal = 0
    differ: list[str] = []
    for name, text in digests():
        compared += 1
        before = args.folder / name
        if before.is_file() and before.read_text(encoding="utf-8") == text:
            equal += 1
        else:
            differ.append(name)
    print(f"compared {compared} digests: {equal} equal, {len(differ)} differ")
    for name in differ[:20]:
        print(f"  differs: {name}")
    return 0 if not differ and compared else 1


if __name__ == "__main__":
    sys.exit(main())
