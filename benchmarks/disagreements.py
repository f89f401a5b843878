"""Disagreement benchmark: figures that sources give differently, found and checked.

Run from the repository root::

    python benchmarks/disagreements.py                        # all three parts
    python benchmarks/disagreements.py --dump 20 --seed 1     # and 20 flagged AllSides cases
    python benchmarks/disagreements.py --data FILE.jsonl --skip-speed

1. The bundled example (``examples/data/harbour-bridge``) against its ground
   truth (``examples/data/harbour-bridge-disagreements.json``): every pair of
   versions of a found disagreement whose ranges exclude each other is a found
   pair; it is right when both versions give the same planted fact (their
   spans overlap one of its phrases) and the truth lists the two sources as
   disagreeing. Pairs the truth calls borderline are not counted either way.
   Precision and recall per fact and in all, then the wrong pairs.
2. The AllSides clusters (``../shared/data/bench/allsides-dev.jsonl``, or
   ``--data``): how many clusters get at least one disagreement, and, with
   ``--dump N --seed S``, N flagged disagreements drawn at random, each with
   its versions and their sentences, for reading by hand.
3. Speed: the 1000-article set of ``benchmarks/speed.py`` (``sample(1000)``,
   about 23,000 content sentences, each article its own source), or
   ``--articles N`` of it: process CPU time, best of ``--runs`` (5), of
   ``find_disagreements`` and of the figure reader alone, text by text
   (``find_quantities``) and all at once (``find_quantities_in``).

The finder is called the way the pipeline calls it: ``find_disagreements`` on
the ``content_sentences`` of every article, with each article's source, but with no
claims; ``--pipeline`` takes parts 1 and 2 from ``summarize()`` itself (default
options), whose claims make figures of one claim comparable::

    python benchmarks/disagreements.py --pipeline --skip-speed \
        --data ../shared/data/bench/allsides-dev.jsonl ../shared/data/bench/multinews-val.jsonl The
benchmark data is research-only and is read where it is, never copied.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarize import load_articles, load_clusters, summarize  # noqa: E402
from summarize.analysis import find_disagreements  # noqa: E402
from summarize.analysis._figures.quantities import find_quantities, find_quantities_in  # noqa: E402
from summarize.records import Article, Disagreement, Version  # noqa: E402
from summarize.text import content_sentences  # noqa: E402

EXAMPLE = ROOT / "examples" / "data" / "harbour-bridge"
TRUTH = ROOT / "examples" / "data" / "harbour-bridge-disagreements.json"
BENCH = ROOT.parent / "shared" / "data" / "bench"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A pipe table; numbers right-aligned."""
    cells = [[f"{v:.2f}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    numeric = [
        bool(rows) and all(isinstance(r[i], (int, float)) for r in rows)
        for i in range(len(headers))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = (
        "|"
        + "|".join(
            "-" * (w + 1) + ":" if n else "-" * (w + 2)
            for w, n in zip(widths, numeric, strict=True)
        )
        + "|"
    )
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


#: With ``--pipeline``: disagreements as the digest gives them (claims passed, default options).
PIPELINE = False


def disagreements_of(articles: Sequence[Article]) -> list[Disagreement]:
    if PIPELINE:
        return list(summarize(list(articles)).disagreements)
    sentences = [s for article in articles for s in content_sentences(article)]
    return find_disagreements(sentences, {a.id: a.source for a in articles})


def excluding_pairs(disagreement: Disagreement) -> list[tuple[Version, Version]]:
    """The pairs of versions whose ranges allow no common value: what the finder claims."""
    return [
        (a, b)
        for a, b in combinations(disagreement.versions, 2)
        if a.high < b.low or b.high < a.low
    ]


# 1. The bundled example --------------------------------------------------------------


def fact_spans(
    truth: dict[str, Any], texts: dict[str, str]
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(fact, source) -> the spans of its phrases in that source's article."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for fact in truth["facts"]:
        for source, phrases in fact["versions"].items():
            for phrase in phrases:
                start = texts[source].find(phrase)
                if start < 0:
                    raise SystemExit(f"{TRUTH.name}: {phrase!r} is not in {source}")
                while start >= 0:
                    spans[fact["fact"], source].append((start, start + len(phrase)))
                    start = texts[source].find(phrase, start + 1)
    return spans


def fact_of(version: Version, spans: dict[tuple[str, str], list[tuple[int, int]]]) -> str | None:
    for (fact, source), places in spans.items():
        if source == version.source and any(
            version.start < end and start < version.end for start, end in places
        ):
            return fact
    return None


def example(folder: Path, truth_file: Path) -> None:
    print(f"## 1. The bundled example ({folder.name}) against {truth_file.name}\n")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    articles = load_articles(folder)
    texts = {a.source: a.text for a in articles}
    spans = fact_spans(truth, texts)
    started = time.perf_counter()
    found = disagreements_of(articles)
    elapsed = (time.perf_counter() - started) * 1000
    planted = {f["fact"]: {frozenset(p) for p in f["disagree"]} for f in truth["facts"]}
    borderline = {f["fact"]: {frozenset(p) for p in f["borderline"]} for f in truth["facts"]}
    right: dict[str, set[frozenset[str]]] = defaultdict(set)
    wrong: list[str] = []
    claimed = 0
    for disagreement in found:
        for a, b in excluding_pairs(disagreement):
            fact_a, fact_b = fact_of(a, spans), fact_of(b, spans)
            pair = frozenset((a.source, b.source))
            if fact_a is not None and fact_a == fact_b and pair in borderline[fact_a]:
                continue
            claimed += 1
            if fact_a is not None and fact_a == fact_b and pair in planted[fact_a]:
                right[fact_a].add(pair)
            else:
                wrong.append(
                    f"{disagreement.about!r}: {a.source} {a.value!r} ({fact_a}) / "
                    f"{b.source} {b.value!r} ({fact_b})"
                )
    rows: list[list[object]] = []
    for fact in truth["facts"]:
        name = fact["fact"]
        rows.append(
            [
                name,
                len(planted[name]),
                len(right[name]),
                _share(len(right[name]), len(planted[name])),
            ]
        )
    total = sum(len(p) for p in planted.values())
    hits = sum(len(r) for r in right.values())
    rows.append(["all facts", total, hits, _share(hits, total)])
    print(table(["fact", "disagreeing pairs", "found", "recall"], rows))
    print(
        f"\n{len(found)} disagreements, {claimed} excluding pairs claimed (borderline left out): "
        f"precision {_share(hits, claimed)}, recall {_share(hits, total)}, {elapsed:.0f} ms"
    )
    for line in wrong:
        print(f"  wrong: {line}")
    for disagreement in found:
        values = "; ".join(f"{v.source} {v.value!r}" for v in disagreement.versions)
        print(f"  found: {disagreement.about!r}: {values}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


# 2. AllSides -------------------------------------------------------------------------


def allsides(files: Sequence[Path], dump: int, seed: int) -> None:
    names = " and ".join(data.name for data in files)
    print(f"\n## 2. {names}: clusters with at least one disagreement\n")
    flagged: list[tuple[str, Disagreement]] = []
    clusters = with_flag = 0
    times: list[float] = []
    for cluster in (c for data in files for c in load_clusters(data)):
        clusters += 1
        started = time.perf_counter()
        found = disagreements_of(cluster.articles)
        times.append((time.perf_counter() - started) * 1000)
        with_flag += bool(found)
        flagged.extend((cluster.id or "?", d) for d in found)
    print(
        table(
            ["clusters", "flagged clusters", "share", "disagreements", "certain", "median ms",
             "max ms"],
            [[clusters, with_flag, _share(with_flag, clusters), len(flagged),
              sum(d.certain for _, d in flagged), statistics.median(times), max(times)]],
        )
    )  # fmt: skip
    if dump:
        picked = random.Random(seed).sample(flagged, min(dump, len(flagged)))
        print(f"\n{len(picked)} flagged disagreements drawn with seed {seed}:")
        for number, (cluster_id, disagreement) in enumerate(picked, 1):
            sure = "sources differ" if disagreement.certain else "may differ"
            print(f"\n[{number}] {cluster_id}: {disagreement.about!r} ({sure})")
            for version in disagreement.versions:
                print(
                    f"    {version.source}: {version.value!r}  [{version.low:g}, {version.high:g}]"
                )
                print(f"      {version.sentence.text}")


# 3. Speed ---------------------------------------------------------------------------


def speed(articles: int, runs: int) -> None:
    import speed as speed_benchmark  # the same article sets as benchmarks/speed.py

    print(f"\n## 3. Speed: {articles} articles of the speed benchmark's pool\n")
    chosen = speed_benchmark.sample(articles)
    sentences = [s for article in chosen for s in content_sentences(article)]
    sources = {a.id: a.source for a in chosen}
    texts = [s.text for s in sentences]
    logging.getLogger("summarize").setLevel(logging.ERROR)  # the cap's warning, once is enough
    one_by_one = _best_of(runs, lambda: [find_quantities(t) for t in texts])
    together = _best_of(runs, lambda: find_quantities_in(texts))
    finding = _best_of(runs, lambda: find_disagreements(sentences, sources))
    found = find_disagreements(sentences, sources)
    figures = sum(map(len, find_quantities_in(texts)))
    print(
        table(
            ["sentences", "figures", "find_quantities ms", "find_quantities_in ms",
             "find_disagreements ms", "disagreements"],
            [[len(sentences), figures, one_by_one, together, finding, len(found)]],
        )
    )  # fmt: skip
    print(f"(best of {runs} runs, process CPU time)")


def _best_of(runs: int, call: Any) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        call()
        best = min(best, (time.process_time() - started) * 1000)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--example", type=Path, default=EXAMPLE, help="folder of the example set")
    parser.add_argument("--truth", type=Path, default=TRUTH, help="its ground truth (JSON)")
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=[BENCH / "allsides-dev.jsonl"],
        help="clusters files (JSONL)",
    )
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="parts 1 and 2 as the digest gives them: summarize() with its claims, default options",
    )
    parser.add_argument("--dump", type=int, default=0, help="print N flagged disagreements")
    parser.add_argument("--seed", type=int, default=0, help="seed of the --dump draw")
    parser.add_argument("--articles", type=int, default=1000, help="size of the speed set")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of part 3 (best is kept)")
    parser.add_argument("--skip-speed", action="store_true", help="leave out part 3")
    args = parser.parse_args(argv)
    global PIPELINE  # one switch for parts 1 and 2
    PIPELINE = args.pipeline
    example(args.example, args.truth)
    missing = [data for data in args.data if not data.exists()]
    if missing:
        print(f"\nno benchmark data at {missing[0]}: parts 2 and 3 skipped", file=sys.stderr)
        return 2
    allsides(args.data, args.dump, args.seed)
    if not args.skip_speed:
        speed(args.articles, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
