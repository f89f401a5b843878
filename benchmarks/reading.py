"""Reading sheets: a seeded sample of dev clusters, each with its digest laid out for an editor.

ROUGE and unit tests cannot see whether a claim is right; a reader can. This script
draws clusters from ``shared/data/bench/*.jsonl`` with ``--seed`` and writes one
Markdown sheet per cluster to ``--out``: the articles in full, then every merged claim
with each of its supporting sentences and the exclusives (each claim with whom it
quotes, as the renderers show it), the disagreements with the sentence of each figure,
and every quote with its speaker. A reader counts, per sheet: supporting sentences right
and wrong, facts said twice in the merged summary, disagreements right and wrong,
exclusives right and wrong, quote speakers right, wrong and missing. Disagreements are
rare, so ``disagreements.md`` holds every one flagged on all dev clusters, each figure
with its sentence and the sentence before it.

Run from the repository root::

    python benchmarks/reading.py --out DIR [--seed 15] [--count 8] [--merged 8]

Exit status 2 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import summarize
from summarize import Claim, Digest
from summarize.render._common import speakers_note

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FILES = ("multinews-val.jsonl", "allsides-dev.jsonl")


def sample(seed: int, count: int) -> list[summarize.Cluster]:
    """``count`` clusters with two or more articles, half from each dev file, by ``seed``."""
    rng = random.Random(seed)
    chosen: list[summarize.Cluster] = []
    for k, name in enumerate(FILES):
        clusters = [
            c for c in summarize.load_clusters(DATA / "bench" / name) if len(c.articles) > 1
        ]
        chosen += rng.sample(clusters, count // 2 + (count % 2 if k == 0 else 0))
    return chosen


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _said(claim: Claim) -> str:
    """Who the claim quotes, as the library's renderers show it beside the claim."""
    note = speakers_note(claim)
    return f" ({note})" if note else ""


def sheet(digest: Digest) -> str:
    """The Markdown reading sheet of one digest."""
    lines = [f"# Cluster {digest.id}", ""]
    for article in digest.articles:
        lines += [f"## Article {article.id} (source {article.source})", "", article.text, ""]
    lines += ["# Digest", "", "## Merged claims", ""]
    for k, claim in enumerate(digest.merged, 1):
        lines.append(f"{k}. [{claim.source_count} sources] {_one_line(claim.text)}{_said(claim)}")
        for s in claim.support:
            mark = "shown" if s == claim.sentence else "support"
            lines.append(f"   - {mark} ({s.article}): {_one_line(s.text)}")
    lines += ["", "## Exclusives (claims no other source makes)", ""]
    for exclusive in digest.exclusives:
        for claim in exclusive.claims:
            lines.append(f"- ({exclusive.article}) {_one_line(claim.text)}{_said(claim)}")
    lines += ["", "## Disagreements", ""]
    for k, disagreement in enumerate(digest.disagreements, 1):
        shown = "sources differ" if disagreement.certain else "may differ"
        lines.append(f"{k}. about: {disagreement.about} ({shown})")
        for v in disagreement.versions:
            lines.append(f"   - {v.article} says {v.value!r}: {_one_line(v.sentence.text)}")
    lines += ["", "## Quotes", ""]
    for k, quote in enumerate(digest.quotes, 1):
        lines.append(
            f"{k}. ({quote.article}) speaker={quote.speaker!r} role={quote.role!r}: "
            f"{_one_line(quote.text)}"
        )
    return "\n".join(lines) + "\n"


def disagreement_sheet() -> str:
    """Every disagreement flagged on the dev clusters, each figure in its context."""
    lines = ["# Every disagreement flagged on the dev clusters", ""]
    k = 0
    for name in FILES:
        for cluster in summarize.load_clusters(DATA / "bench" / name):
            digest = summarize.summarize(cluster.articles, id=cluster.id)
            for disagreement in digest.disagreements:
                k += 1
                shown = "sources differ" if disagreement.certain else "may differ"
                lines.append(f"{k}. cluster {cluster.id}, about: {disagreement.about} ({shown})")
                for v in disagreement.versions:
                    text = digest.article(v.article).text
                    before = _one_line(text[max(0, v.sentence.start - 200) : v.sentence.start])
                    lines.append(
                        f"   - {v.article} says {v.value!r}: {_one_line(v.sentence.text)}"
                        f"  [before: ...{before}]"
                    )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--merged", type=int, default=8)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for cluster in sample(args.seed, args.count):
        digest = summarize.summarize(cluster.articles, merged=args.merged, id=cluster.id)
        (args.out / f"{cluster.id}.md").write_text(sheet(digest), encoding="utf-8")
        print(args.out / f"{cluster.id}.md")
    (args.out / "disagreements.md").write_text(disagreement_sheet(), encoding="utf-8")
    print(args.out / "disagreements.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
