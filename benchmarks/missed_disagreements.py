"""Recall probe for disagreements: the candidate pairs the finder rejects, drawn for reading.

Run from the repository root::

    python benchmarks/missed_disagreements.py --sample 40 --seed 1
    python benchmarks/missed_disagreements.py --data ../shared/data/bench/multinews-val.jsonl

Precision is read from the flags (``benchmarks/disagreements.py --dump``); recall needs
what the finder did not flag. Every cluster is summarised with default options (the
claims come from the pipeline itself), and the figures and weekdays that two sources
give differently and that look alike enough to be one thing are listed when no
disagreement holds both:

* ``claim``: figures of one kind and unit that exclude each other in sentences of one
  claim;
* ``class``: such figures with a predicate class in common ("killed", "evacuated");
* ``phrase``: counts of one noun with the same modifiers, or measures of one thing;
* ``expected``: two forecasts;
* ``day``: different weekdays in sentences of two sources that name two names in common.

Reading a seeded sample of them against the articles (``--sample N --seed S``) tells
how many real disagreements are missed in each family, and which rule would find them.
Clusters listed in ``--skip FILE`` (one cluster id a line) are left out: keep the
clusters held back for unseen reading there. The benchmark data is research-only and
is read where it is, never copied.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any, NamedTuple
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import summarize.pipeline  # noqa: E402
from summarize import load_clusters  # noqa: E402
from summarize.analysis._disagree import _claims  # noqa: E402
from summarize.analysis._figures.context import read_figures  # noqa: E402
from summarize.analysis._figures.figure import Figure  # noqa: E402
from summarize.analysis._figures.frame import names_of  # noqa: E402
from summarize.analysis._figures.predicates import lexicon_for  # noqa: E402
from summarize.records import Disagreement, Sentence  # noqa: E402
from summarize.text._languages import stemmer, stop_words  # noqa: E402

BENCH = ROOT.parent / "shared" / "data" / "bench"
_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


class Candidate(NamedTuple):
    """Two sources' versions of what may be one thing, which no disagreement holds."""

    cluster: str
    family: str
    one: tuple[str, str, str]  # source, value, sentence
    two: tuple[str, str, str]


def candidates(cluster: str, articles: Sequence[Any]) -> list[Candidate]:
    """The pairs of one cluster that the finder rejects (see the module's list).

    The pipeline runs as it is, with default options; its call of the finder is
    recorded on the way, for the claims it passes.
    """
    with mock.patch.object(summarize.pipeline, "find_disagreements", _recording):
        flags = summarize.summarize(list(articles)).disagreements
    if not _SEEN:
        return []
    sentences, sources, claims = _SEEN.pop()
    held = {(v.article, v.start) for d in flags for v in d.versions}
    lexicon = lexicon_for(stemmer("english"))
    figures = read_figures(
        sentences, sources, lexicon, stop_words("english"), _claims(len(sentences), claims)
    )
    found = [
        Candidate(cluster, family, _version(one), _version(two))
        for one, two in combinations(figures, 2)
        if (family := _family(one, two)) and not (_held(one, held) and _held(two, held))
    ]
    return found + _days(cluster, sentences, sources, flags)


#: What the pipeline handed the finder: its sentences, sources and claims.
_SEEN: list[tuple[list[Sentence], dict[str, str], list[list[int]]]] = []
_FINDER = summarize.pipeline.find_disagreements


def _recording(sentences: Sequence[Sentence], sources: Mapping[str, str], **options: Any) -> Any:
    _SEEN.append((list(sentences), dict(sources), [list(c) for c in options["claims"]]))
    return _FINDER(sentences, sources, **options)


def _family(one: Figure, two: Figure) -> str:
    """Why two figures may be one thing, or "" when they may not or do not differ."""
    if one.source == two.source or one.key != two.key or one.kind == "year":
        return ""
    if not (one.quantity.high < two.quantity.low or two.quantity.high < one.quantity.low):
        return ""
    if one.claim >= 0 and one.claim == two.claim:
        return "claim"
    if one.classes & two.classes:
        return "class"
    if one.phrase and one.phrase == two.phrase:
        return "phrase"
    return "expected" if one.role == two.role == "expected" else ""


def _held(figure: Figure, held: set[tuple[str, int]]) -> bool:
    return (figure.sentence.article, figure.sentence.start + figure.quantity.start) in held


def _version(figure: Figure) -> tuple[str, str, str]:
    return (figure.source, figure.quantity.text, figure.sentence.text)


def _days(
    cluster: str,
    sentences: Sequence[Sentence],
    sources: Mapping[str, str],
    flags: Sequence[Disagreement],
) -> list[Candidate]:
    """Different weekdays in sentences of two sources that name two names in common."""
    held = {(v.article, v.sentence.start) for d in flags for v in d.versions}
    dated = [
        (s, sources.get(s.article, s.article), set(_DAY.findall(s.text)), names_of(s.text))
        for s in sentences
        if _DAY.search(s.text)
    ]
    return [
        Candidate(
            cluster, "day", (sa, "/".join(sorted(da)), a.text), (sb, "/".join(sorted(db)), b.text)
        )
        for (a, sa, da, na), (b, sb, db, nb) in combinations(dated, 2)
        if sa != sb
        and not da & db
        and len(na & nb) > 1
        and not ((a.article, a.start) in held and (b.article, b.start) in held)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=[BENCH / "allsides-dev.jsonl", BENCH / "multinews-val.jsonl"],
        help="clusters files (JSONL)",
    )
    parser.add_argument("--skip", type=Path, help="file of cluster ids to leave out")
    parser.add_argument("--sample", type=int, default=40, help="print N candidates drawn at random")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draw")
    args = parser.parse_args(argv)
    missing = [data for data in args.data if not data.exists()]
    if missing:
        print(f"no benchmark data at {missing[0]}", file=sys.stderr)
        return 2
    skip = set(args.skip.read_text(encoding="utf-8").split()) if args.skip else set()
    found: list[Candidate] = []
    clusters = 0
    for cluster in (c for data in args.data for c in load_clusters(data)):
        if cluster.id in skip:
            continue
        clusters += 1
        found.extend(candidates(cluster.id or "?", cluster.articles))
    distinct = list({(c.cluster, c.one[2], c.two[2]): c for c in found}.values())
    families = Counter(c.family for c in distinct)
    print(
        f"{clusters} clusters: {len(found)} rejected pairs, {len(distinct)} of distinct sentences"
    )
    print(", ".join(f"{family} {n}" for family, n in families.most_common()))
    picked = random.Random(args.seed).sample(distinct, min(args.sample, len(distinct)))
    for number, candidate in enumerate(picked, 1):
        print(f"\n[{number}] {candidate.cluster} ({candidate.family})")
        for source, value, text in (candidate.one, candidate.two):
            print(f"    {source}: {value!r}\n      {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
