"""Exclusives sheet: each exclusive of a seeded sample of dev clusters, laid out for an editor.

An exclusive is right only when no other source of the cluster states its fact, in any
wording, and it reads as a claim away from its article. Neither shows in ROUGE; a reader
judges both, and this sheet puts beside each exclusive what the judgement needs: whom it
quotes (as the renderers show it), the text just before it in its article (does it lean
on it?) and the other sources' sentences nearest to it in TF-IDF cosine (does one of them
say the same?). The clusters are drawn as ``reading.py`` draws them (``--seed``,
``--count``). Run from the repository root::

    python benchmarks/exclusives.py [--seed 41] [--count 12] [--nearest 6] > sheet.txt

Exit status 2 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import numpy as np
from reading import DATA, sample
from sklearn.feature_extraction.text import TfidfVectorizer

import summarize
from summarize import Digest
from summarize.render._common import speakers_note

#: Text shown before an exclusive, in characters.
BEFORE = 250
#: Weakest cosine at which another source's sentence is shown.
WEAKEST = 0.05


def _one_line(text: str) -> str:
    return " ".join(text.split())


def sheet(digest: Digest, *, nearest: int) -> list[str]:
    """The lines of one cluster's exclusives, each with its context and nearest sentences."""
    others = [
        (article.id, article.source, span.text)
        for article in digest.articles
        for span in summarize.split_sentences(article.text)
    ]
    shown = [claim for exclusive in digest.exclusives for claim in exclusive.claims]
    lines = [f"# Cluster {digest.id}: {len(digest.articles)} articles, {len(shown)} exclusives"]
    if not shown or not others:
        return lines
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([text for _, _, text in others] + [c.text for c in shown])
    merged = {claim.sentence for claim in digest.merged}
    for k, claim in enumerate(shown):
        article = digest.article(claim.sentence.article)
        note = speakers_note(claim)
        lines.append("")
        lines.append(
            f"[{k + 1}] ({article.id}, {article.source}) {_one_line(claim.text)}"
            + (f"  ({note})" if note else "")
            + ("  [also a merged line]" if claim.sentence in merged else "")
        )
        start = claim.sentence.start
        lines.append(f"    before: ...{_one_line(article.text[max(0, start - BEFORE) : start])}")
        cosines = (matrix[: len(others)] @ matrix[len(others) + k].T).toarray().ravel()
        listed = 0
        for row in np.argsort(-cosines, kind="stable").tolist():
            if listed == nearest or cosines[row] < WEAKEST:
                break
            if others[row][1] != article.source:
                lines.append(
                    f"    ~{cosines[row]:.2f} ({others[row][0]}): {_one_line(others[row][2])}"
                )
                listed += 1
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--nearest", type=int, default=6)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no shared data at {DATA}", file=sys.stderr)
        return 2
    total = 0
    for cluster in sample(args.seed, args.count):
        digest = summarize.summarize(cluster.articles, id=cluster.id)
        lines = sheet(digest, nearest=args.nearest)
        total += sum(len(exclusive.claims) for exclusive in digest.exclusives)
        print("\n".join(lines), end="\n\n")
    print(f"{total} exclusives in {args.count} clusters (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
