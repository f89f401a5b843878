"""Clutter benchmark: page clutter among the lines a default digest shows.

Runs the default digest on every cluster of both bench files and counts, by kind,
the shown lines (merged claims and exclusives; per-source sentences in a column of
their own) that this script's detectors flag: captions and credits, embedded posts,
platform and site notices, promotions, link lines, bylines, contact lines (a telephone
number, an e-mail address, "follow @handle"), pointers to media ("Watch it here.") and
headlines. The detectors are written here, apart from the library's cleaning rules, so that the
count does not grade the rules with themselves; they are deliberately loose (a line
they flag is worth reading, not proven clutter), so read the sample. A seeded sample
of flagged lines and of all shown lines is printed for reading, with the articles
the digest left out as not news and the reason given.

Run from the repository root::

    python benchmarks/clutter.py [--seed 16] [--sample 100] [--flagged 40]

The data is research-only and is read in place from ``../shared/data/bench``;
nothing of it is copied into the project. Exit status 2 when it is missing.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import summarize
from summarize import Digest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "data" / "bench"
FILES = ("multinews-val.jsonl", "allsides-dev.jsonl")
PLACES = ("merged", "exclusive", "per-source")

_I = re.IGNORECASE
#: The benchmark's own detectors, one a kind, tried in this order (a line counts once).
DETECTORS: dict[str, re.Pattern[str]] = {
    "caption": re.compile(
        r"\bimage (?:copyright|caption)\b|\bphoto(?:graph)?\s*(?:by\b|:)|\bphoto credit\b"
        r"|\bgetty images\b|\bfile photo\b|\((?:AP|AFP|Reuters|EPA)\b[^()]*(?:photo|/)[^()]*\)"
        r"|\((?:the\s+)?associated press\)\s*$|\bpictured\b|^\(?(?:photo|image)\b"
        r"|\bhide caption\b|\bskip in skip\b|\bembed x share\b|\breplay more videos\b"
        r"|\bjust watched\b|\| \d{1,2}:\d\d\b|^close\b|^email this\b|\bphotos:.*\bphotos:",
        _I,
    ),
    "embedded post": re.compile(
        r"pic\.twitter\.com|\(@\w+\)|https?://t\.co/|^\s*\d+/\d+\s|\btweet(?:ed)?\s+(?:at|@)"
        r"|\u2014\s*[^.!?]{1,60}\(@\w+\)|^@\w+",
        _I,
    ),
    "notice": re.compile(
        r"location information to your tweets|as an interest to stay up to date"
        r"|\bcookies?\b|\bsign[\s-]?up\b|\bnewsletters?\b|\bsubscri(?:be|ption)\b"
        r"|internet archive|wayback machine|end of term|\bjavascript\b|your browser"
        r"|page (?:not found|you requested)|\b404\b|terms of (?:use|service)|privacy policy"
        r"|ad[\s-]?blocker|\bpaywall\b|\blog\s?in\b|\bregister\b.*\baccount\b"
        r"|\bthank you for (?:subscribing|registering)|^this (?:story|article|post) (?:first "
        r"appeared|has been updated)|\bversion of this (?:story|article) (?:first )?appeared",
        _I,
    ),
    "promotion": re.compile(
        r"\bon sale now\b|this week'?s (?:copy|issue)|\bpick up\b[^.]{0,30}\bcopy\b"
        r"|\bon newsstands\b|\bdownload (?:the|our) app\b|\bsubscribe to (?:the|our) podcast\b"
        r"|\bapps? for (?:iphone|ipad|android)|\b(?:new|full) episodes\b|\bfull seasons\b"
        r"|\bstream live tv\b|\banchors from\b",
        _I,
    ),
    "link": re.compile(
        r"^(?:read more|related|see also|click here|more:)\b|https?://\S+|\bwww\.\w", _I
    ),
    "byline": re.compile(r"^by\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*$|^\(?(?:reporting|editing) by\b", _I),
    "contact": re.compile(
        r"\b\d{3}[-.)\s]+\d{3}[-.]\d{4}\b|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b"
        r"|\bfollow\b[^.!?]{0,40}@\w|^(?:e-?mail|twitter|contact)\b\s*:",
        _I,
    ),
    "pointer": re.compile(
        r"^\(?(?:you\s+can\s+)?(?:read|watch|see|view|listen|check|look|download)\b"
        r"[^.!?]*\b(?:here|above|below)\W*$",
        _I,
    ),
}
_FINAL = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def kind(line: str, title: str | None) -> str | None:
    """The kind of clutter the benchmark's detectors see in one shown line, or None."""
    for name, pattern in DETECTORS.items():
        if pattern.search(line):
            return name
    if (title and _norm(line) == _norm(title)) or not _FINAL.search(line):
        return "headline"  # the title itself, or a line without a final stop
    return None


def shown(digest: Digest) -> Iterator[tuple[str, str, str]]:
    """(place, article id, text) of every line the digest shows."""
    for claim in digest.merged:
        yield "merged", claim.sentence.article, claim.text
    for exclusive in digest.exclusives:
        for claim in exclusive.claims:
            yield "exclusive", exclusive.article, claim.text
    for summary in digest.per_source:
        for scored in summary.sentences:
            yield "per-source", summary.article, scored.text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--sample", type=int, default=100, help="shown lines to list")
    parser.add_argument("--flagged", type=int, default=40, help="flagged lines to list")
    args = parser.parse_args(argv)
    if not BENCH.is_dir():
        print(f"no bench data at {BENCH}", file=sys.stderr)
        return 2
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    flagged: list[tuple[str, str, str, str]] = []
    everything: list[tuple[str, str, str]] = []
    skipped: list[tuple[str, str, str]] = []
    clusters = 0
    for name in FILES:
        for cluster in summarize.load_clusters(BENCH / name):
            clusters += 1
            digest = summarize.summarize(cluster.articles, id=cluster.id)
            for record in getattr(digest, "skipped", ()):
                skipped.append((str(cluster.id), record.article, record.reason))
            titles = {article.id: article.title for article in digest.articles}
            for place, article, text in shown(digest):
                line = " ".join(text.split())
                totals[place] += 1
                where = f"{cluster.id}/{article}"
                if place != "per-source":
                    everything.append((place, where, line))
                found = kind(line, titles.get(article))
                if found:
                    counts[found, place] += 1
                    flagged.append((found, place, where, line))
    kinds = [*DETECTORS, "headline"]
    print(f"{clusters} clusters; shown lines: " + ", ".join(f"{p} {totals[p]}" for p in PLACES))
    print()
    print(f"| kind | {' | '.join(PLACES)} | merged + exclusive |")
    print("|---|" + "---:|" * (len(PLACES) + 1))
    for k in kinds:
        row = [counts[k, p] for p in PLACES]
        print(f"| {k} | {' | '.join(map(str, row))} | {row[0] + row[1]} |")
    row = [sum(counts[k, p] for k in kinds) for p in PLACES]
    print(f"| **all** | {' | '.join(map(str, row))} | {row[0] + row[1]} |")
    rng = random.Random(args.seed)
    print(f"\n## Articles left out as not news: {len(skipped)}\n")
    for cluster_id, article, reason in skipped:
        print(f"- {cluster_id}/{article}: {reason}")
    shown_flagged = [f for f in flagged if f[1] != "per-source"]
    print(f"\n## {args.flagged} flagged merged/exclusive lines (seed {args.seed})\n")
    for found, place, where, line in sorted(
        rng.sample(shown_flagged, min(args.flagged, len(shown_flagged)))
    ):
        print(f"- [{found}, {place}] {where}: {line[:200]}")
    print(f"\n## {args.sample} shown merged/exclusive lines (seed {args.seed})\n")
    for place, where, line in rng.sample(everything, min(args.sample, len(everything))):
        print(f"- [{place}] {where}: {line[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
