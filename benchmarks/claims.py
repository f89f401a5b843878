"""Claim grouping against hand-made gold, and paraphrase pairs as two-article sets.

Reads ``shared/data`` beside the repository and prints plain-text tables:

1. **Claim gold** (``claims/claims-dev.json``, scored as its README says): pairwise
   recall and precision of the claims of a digest that lists every claim
   (``merged`` large, no redundancy cut, no exclusives), over all 14 dev clusters,
   over the 10 used for tuning and over the 4 kept out (drawn with ``--seed``).
   With ``--curve``, the precision-recall curve of our grouping as ``similarity``
   moves, beside that of the obvious baseline: scikit-learn's
   ``AgglomerativeClustering`` (average linkage, TF-IDF cosine, the same sentences
   and vectors) as its distance threshold moves.
   Then the facts said twice: pairs of claims of a default digest of 8 merged
   claims whose supports state one gold claim.
2. **Paraphrase pairs** (``paraphrase/msr-train.tsv``) as two-article sets: pairs
   shuffled with ``--seed``, 8 at a time; article A holds the first sentences, one a
   paragraph, article B the second ones in shuffled order; a pair is grouped when both
   its sentences support one claim. Recall = positive pairs grouped / positive pairs;
   precision = positive pairs grouped / all cross-article pairs grouped.

Run from the repository root::

    python benchmarks/claims.py [--curve] [--sets N] [--seed S]

Exit status 2 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

import summarize
from summarize import Article, Sentence

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
GOLD = DATA / "claims" / "claims-dev.json"
PAIRS = DATA / "paraphrase" / "msr-train.tsv"
HELD_OUT = 4  # dev clusters kept out of tuning, drawn with --seed

#: A grouping: the articles of a set -> groups of sentences that state one claim.
Grouping = Callable[[Sequence[Article]], list[list[Sentence]]]


def ours(**options: Any) -> Grouping:
    """The support of every claim of a digest that lists them all."""

    def group(articles: Sequence[Article]) -> list[list[Sentence]]:
        digest = summarize.summarize(
            articles, merged=100_000, redundancy=1.0, exclusives=0, **options
        )
        return [list(claim.support) for claim in digest.merged]

    return group


def agglomerative(threshold: float) -> Grouping:
    """scikit-learn's average-linkage clustering of the same sentences' TF-IDF rows."""
    from sklearn.cluster import AgglomerativeClustering

    from summarize.text import SentenceVectorizer, content_sentences

    def group(articles: Sequence[Article]) -> list[list[Sentence]]:
        sentences = [s for article in articles for s in content_sentences(article)]
        if len(sentences) < 2:
            return [sentences]
        position = {article.id: i for i, article in enumerate(articles)}
        matrix = SentenceVectorizer().fit_transform(
            [s.text for s in sentences], documents=[position[s.article] for s in sentences]
        )
        dense = matrix.toarray()
        words = np.flatnonzero(dense.any(axis=1))  # a row of stop words alone has no angle
        labels = AgglomerativeClustering(
            n_clusters=None,
            metric="cosine",
            linkage="average",
            distance_threshold=1.0 - threshold,
        ).fit_predict(dense[words])
        groups: dict[int, list[Sentence]] = {}
        for label, row in zip(labels, words, strict=True):
            groups.setdefault(int(label), []).append(sentences[row])
        alone = set(range(len(sentences))) - set(words.tolist())
        return [*groups.values(), *([sentences[row]] for row in sorted(alone))]

    return group


# -- claim gold ------------------------------------------------------------------


def _clusters() -> dict[str, list[Article]]:
    wanted = json.loads(GOLD.read_text(encoding="utf-8"))["clusters"]
    found: dict[str, list[Article]] = {}
    for name in {entry["file"] for entry in wanted.values()}:
        for cluster in summarize.load_clusters(DATA / "bench" / name):
            if cluster.id in wanted:
                found[cluster.id] = list(cluster.articles)
    return found


def _where(articles: Sequence[Article], member: Sequence[str]) -> tuple[str, int]:
    """A gold member's article and the offset of its substring there."""
    article_id, text = member
    [article] = [a for a in articles if a.id == article_id]
    offset = article.text.find(text)
    if offset < 0:
        raise ValueError(f"gold substring not in article {article_id}: {text[:40]!r}")
    return article_id, offset


def _holds(sentence: Sentence, where: tuple[str, int]) -> bool:
    return sentence.article == where[0] and sentence.start <= where[1] < sentence.end


def score_gold(
    grouping: Grouping, clusters: dict[str, list[Article]], gold: dict[str, Any], ids: Iterable[str]
) -> tuple[int, int, int, int]:
    """(gold pairs found, gold pairs, right judged pairs, judged pairs) over ``ids``."""
    found = total = right = judged = 0
    for cluster_id in ids:
        articles = clusters[cluster_id]
        entry = gold[cluster_id]
        members: list[tuple[str, tuple[str, int]]] = [
            (name, _where(articles, member))
            for name, group in entry["groups"].items()
            for member in group["members"]
        ]
        # A group counts as the same claim as itself and as those it may join.
        joins = _joins(entry)
        apart = [tuple(_where(articles, m) for m in pair) for pair in entry["apart"]]
        claims = grouping(articles)
        # A sentence may support more than one claim (one that states two claims).
        claim_of: dict[tuple[str, int, int], set[int]] = {}
        for k, support in enumerate(claims):
            for s in support:
                claim_of.setdefault((s.article, s.start, s.end), set()).add(k)

        for name in entry["groups"]:
            mine = [where for group, where in members if group == name]
            for one, two in combinations(mine, 2):
                if one[0] == two[0]:
                    continue
                total += 1
                found += bool(_claims_of(claim_of, one) & _claims_of(claim_of, two))
        for support in claims:
            for a, b in combinations(support, 2):
                if a.article == b.article:
                    continue
                groups_a = {name for name, where in members if _holds(a, where)}
                groups_b = {name for name, where in members if _holds(b, where)}
                in_apart = any(
                    (_holds(a, x) and _holds(b, y)) or (_holds(a, y) and _holds(b, x))
                    for x, y in apart
                )
                if in_apart:
                    judged += 1
                elif groups_a and groups_b:
                    judged += 1
                    right += any(joins[g] & groups_b for g in groups_a)
    return found, total, right, judged


def _joins(entry: dict[str, Any]) -> dict[str, set[str]]:
    """Each gold group's name -> itself and the groups it may join (the same claim)."""
    return {name: {name, *group['may_join']} for name, group in entry["groups"].items()}


def _claims_of(
    claim_of: dict[tuple[str, int, int], set[int]], where: tuple[str, int]
) -> set[int]:
    """The claims whose support holds the sentence at ``where``."""
    return {
        k
        for (article, start, end), held in claim_of.items()
        if article == where[0] and start <= where[1] < end
        for k in held
    }


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def _split(seed: int) -> tuple[dict[str, Any], dict[str, list[Article]], list[str], list[str]]:
    """The gold, its clusters' articles, and the ids used for tuning and kept out."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["clusters"]
    ids = sorted(gold)
    held = sorted(random.Random(seed).sample(ids, HELD_OUT))
    return gold, _clusters(), [i for i in ids if i not in held], held


def gold_table(groupings: dict[str, Grouping], seed: int) -> None:
    gold, clusters, tuned, held = _split(seed)
    ids = sorted(gold)
    print(f"## Claim gold: {len(ids)} dev clusters; kept out (seed {seed}): {', '.join(held)}\n")
    print("| grouping | recall | precision | tuned R / P | kept-out R / P | pairs found / gold |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, grouping in groupings.items():
        every = score_gold(grouping, clusters, gold, ids)
        one = score_gold(grouping, clusters, gold, tuned)
        two = score_gold(grouping, clusters, gold, held)
        print(
            f"| {label} | {_ratio(every[0], every[1])} | {_ratio(every[2], every[3])} "
            f"| {_ratio(one[0], one[1])} / {_ratio(one[2], one[3])} "
            f"| {_ratio(two[0], two[1])} / {_ratio(two[2], two[3])} "
            f"| {every[0]} / {every[1]} |"
        )
    print()


def facts_twice(
    clusters: dict[str, list[Article]], gold: dict[str, Any], ids: Iterable[str], merged: int
) -> tuple[int, int, int]:
    """(claims that repeat one shown before, claims shown, claims stating a gold claim).

    Each cluster's default digest of ``merged`` claims; a claim repeats an earlier one
    when the support of each holds a member of one gold group (or of groups that may
    join): a fact said twice in the merged summary.
    """
    twice = shown = known = 0
    for cluster_id in ids:
        articles = clusters[cluster_id]
        entry = gold[cluster_id]
        joins = _joins(entry)
        members = [
            (name, _where(articles, member))
            for name, group in entry["groups"].items()
            for member in group["members"]
        ]
        claims = summarize.summarize(articles, merged=merged).merged
        states = [
            {name for name, where in members for s in claim.support if _holds(s, where)}
            for claim in claims
        ]
        shown += len(claims)
        known += sum(bool(names) for names in states)
        for k, now in enumerate(states):
            twice += any(joins[name] & before for before in states[:k] for name in now)
    return twice, shown, known


def twice_table(seed: int, merged: int = 8) -> None:
    gold, clusters, tuned, held = _split(seed)
    ids = sorted(gold)
    print(f"## Facts said twice: default digests of {merged} merged claims, gold claims\n")
    print("| clusters | claims shown | stating a gold claim | repeating an earlier claim |")
    print("|---|---:|---:|---:|")
    for label, part in (("all 14", ids), ("tuned", tuned), ("kept out", held)):
        twice, shown, known = facts_twice(clusters, gold, part, merged)
        print(f"| {label} | {shown} | {known} | {twice} |")
    print()


# -- paraphrase pairs --------------------------------------------------------------


def _pairs() -> list[tuple[int, str, str]]:
    with PAIRS.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(row[0]), row[3], row[4]) for row in rows[1:] if len(row) == 5]


def two_article_sets(seed: int, limit: int | None = None) -> list[tuple[list[Article], Any]]:
    """(articles, paragraph starts of A and B, [(label, paragraph in A, paragraph in B)])."""
    pairs = _pairs()
    random.Random(seed).shuffle(pairs)
    shuffle = random.Random(seed + 1)
    sets: list[tuple[list[Article], Any]] = []
    for start in range(0, len(pairs) - 7, 8):
        chunk = pairs[start : start + 8]
        order = list(range(8))  # B's paragraph k holds the second sentence of pair order[k]
        shuffle.shuffle(order)
        firsts = [first for _, first, _ in chunk]
        seconds = [chunk[i][2] for i in order]
        articles = [
            Article(id="A", text="\n\n".join(firsts)),
            Article(id="B", text="\n\n".join(seconds)),
        ]
        labels = [(label, i, order.index(i)) for i, (label, _, _) in enumerate(chunk)]
        sets.append((articles, (_starts(firsts), _starts(seconds), labels)))
        if limit is not None and len(sets) >= limit:
            break
    return sets


def _starts(paragraphs: Sequence[str]) -> list[int]:
    starts, at = [], 0
    for paragraph in paragraphs:
        starts.append(at)
        at += len(paragraph) + 2
    return starts


def _paragraph(starts: Sequence[int], offset: int) -> int:
    return max(i for i, start in enumerate(starts) if start <= offset)


def score_pairs(grouping: Grouping, sets: Sequence[Any]) -> tuple[int, int, int]:
    """(positive pairs grouped, positive pairs, paragraph pairs grouped across A and B).

    A pair is grouped when a sentence of its paragraph in A and one of its paragraph in
    B support one claim (the splitter may cut a paragraph in two).
    """
    hit = positives = grouped = 0
    for articles, (a_starts, b_starts, labels) in sets:
        together: set[tuple[int, int]] = set()
        for support in grouping(articles):
            a_side = {_paragraph(a_starts, s.start) for s in support if s.article == "A"}
            b_side = {_paragraph(b_starts, s.start) for s in support if s.article == "B"}
            together |= {(a, b) for a in a_side for b in b_side}
        grouped += len(together)
        for label, a, b in labels:
            if label == 1:
                positives += 1
                hit += (a, b) in together
    return hit, positives, grouped


def pairs_table(groupings: dict[str, Grouping], seed: int, limit: int | None) -> None:
    sets = two_article_sets(seed, limit)
    print(f"## Paraphrase pairs as two-article sets: {len(sets)} sets of 8 (seed {seed})\n")
    print("| grouping | recall | precision | positives grouped / positives | pairs grouped |")
    print("|---|---:|---:|---:|---:|")
    for label, grouping in groupings.items():
        hit, positives, grouped = score_pairs(grouping, sets)
        print(
            f"| {label} | {_ratio(hit, positives)} | {_ratio(hit, grouped)} "
            f"| {hit} / {positives} | {grouped} |"
        )
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--curve", action="store_true", help="sweep thresholds, with the baseline")
    parser.add_argument("--sets", type=int, default=None, help="two-article sets (default: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-pairs", action="store_true")
    args = parser.parse_args(argv)
    if not GOLD.is_file():
        print(f"no claim gold at {GOLD}; nothing to score", file=sys.stderr)
        return 2
    groupings: dict[str, Grouping] = {"ours (default options)": ours()}
    if args.curve:
        for value in np.round(np.arange(0.15, 0.75, 0.05), 2):
            groupings[f"ours, similarity {value}"] = ours(similarity=float(value))
        for value in np.round(np.arange(0.10, 0.75, 0.05), 2):
            groupings[f"agglomerative, cosine {value}"] = agglomerative(float(value))
    gold_table(groupings, args.seed)
    twice_table(args.seed)
    if not args.skip_pairs:
        pairs_table(
            {k: v for k, v in groupings.items() if not k.startswith("agglomerative")},
            args.seed,
            args.sets,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
