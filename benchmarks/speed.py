"""Speed and scale benchmark: one digest of 10 to 1000 articles, peers, and the clusters batch.

Reads the real article sets in ``shared/data/bench`` beside the repository. The
article pool is every article of ``multinews-val.jsonl`` (690), then the first
articles of ``allsides-dev.jsonl`` in file order up to 1000; each set is a
sample of the pool drawn with a fixed seed (ids made unique, each article its
own source). For each size it prints:

* our digest, ``summarize.summarize(articles, words=250)``, single-threaded:
  wall time (median of N runs after a warm-up on another small set; N is
  ``--repeat`` up to 100 articles, half of it above), and the first of those
  runs apart (it stems the set's words; later runs find them in the stem
  cache), content sentences, sentences per second and peak RSS; each size runs in a fresh subprocess
  (``resource.getrusage(...).ru_maxrss`` read there), so peaks do not carry over;
* the share of each stage, read from one profiled digest (the cProfile stages
  of ``benchmarks/core.py``; what falls in none of them is shown as other);
* CPU time beside wall time, as the machine may be shared;
* sumy's LexRank over the same content sentences as one document, in a
  subprocess stopped after 60 s (larger sizes are then not tried), and NLTK
  Punkt alone (``PunktSentenceTokenizer()``, untrained) on the same texts, one
  Punkt run before each of ours so that both meet the same machine;
* our time divided by theirs (for Punkt, the median of each run's ratio to
  the Punkt run before it), and the growth exponent of our time against the
  number of sentences (slope of a least-squares line in log-log).

Then clusters per second on the first 250 clusters of multinews-val with
``summarize_many(..., words=250)`` and ``n_jobs`` 1 and 2 (worker processes forced on,
and their start timed apart: ``--batch`` times it in). Targets are printed beside the figures.

Exit status: 0 when every target is met, 1 when one is missed, 2 when the data
folder is missing.

With ``--batch COUNTS`` it measures instead where worker processes start to pay: for
each count of clusters (the bench files' clusters in turn, multinews-val then
allsides-dev, cycled past 722), a whole ``summarize_many`` run with the default options,
in one process and then in two worker processes forced on (the smallest batch they are
used for, :data:`summarize.batch.WORKERS_FROM`, set to 1), each in a fresh
interpreter with the library already imported, as the command line meets it: worker
start-up, their imports and first digests included. ``--repeat`` runs per cell up to
100 clusters, half as many above; the median is shown, with clusters per second and
the two-process speed-up.

With ``--cold SEEDS`` it measures instead what a command-line user meets: the first
digest of the largest size in a fresh interpreter, after Punkt there, on fresh samples
drawn with each seed from every article of both files (not the pool above, on which the
pipeline was tuned); ``--repeat`` fresh interpreters per seed.

Run from the repository root::

    python benchmarks/speed.py [--sizes 10,100,300,1000] [--repeat N] [--quick]
    python benchmarks/speed.py --cold 7,11 --sizes 1000 --repeat 3
    python benchmarks/speed.py --batch 10,100,1000 --repeat 3
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import math
import os
import pstats
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from core import STAGES, profiled_seconds, table
from nltk.tokenize.punkt import PunktSentenceTokenizer

import summarize
from summarize import batch
from summarize.batch import summarize_many
from summarize.rank._sumy import SumyRanker
from summarize.text import content_sentences

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "data" / "bench"
FILES = ("multinews-val.jsonl", "allsides-dev.jsonl")
POOL = 1000
SEED = 2024
WORDS = 250
SIZES = (10, 100, 300, 1000)
SUMY_LIMIT_S = 60.0
SUMY_CHECK_FROM = 100  # below, fixed costs (imports aside) dominate both sides
CLUSTERS = 250
TARGETS = {
    "100 articles": "wall < 1 s",
    "1000 articles": "wall < 15 s and peak RSS < 2 GB",
    "sumy LexRank": "ours >= 20x faster",
    "Punkt at 1000": "ours <= 4x Punkt",
}


WHOLE = "summarize() in all"

#: Stages shown in the share table (the timed call neither loads files nor renders).
LABELS = [
    label for label, *_, part in STAGES if not part and not label.startswith(("load", "render"))
]
SHORT = [label.split(" (")[0] for label in LABELS]


# The article pool -----------------------------------------------------------------


def pool() -> list[summarize.Article]:
    """Every multinews-val article, then allsides-dev ones up to 1000, ids made unique."""
    articles: list[summarize.Article] = []
    for name in FILES:
        for cluster in summarize.load_clusters(BENCH / name):
            for article in cluster.articles:
                if len(articles) == POOL:
                    return articles
                unique = f"{cluster.id}/{article.id}"
                articles.append(attrs.evolve(article, id=unique, source=unique))
    return articles


def sample(size: int, seed: int = SEED) -> list[summarize.Article]:
    return random.Random(seed).sample(pool(), size)


def fresh_sample(size: int, seed: int) -> list[summarize.Article]:
    """``size`` articles drawn with ``seed`` from every article of both files (not the pool)."""
    articles = [
        attrs.evolve(article, id=f"{cluster.id}/{article.id}", source=f"{cluster.id}/{article.id}")
        for name in FILES
        for cluster in summarize.load_clusters(BENCH / name)
        for article in cluster.articles
    ]
    return random.Random(seed).sample(articles, size)


def runs_for(size: int, repeat: int) -> int:
    """``repeat`` runs up to 100 articles, half as many above (at least 1)."""
    return repeat if size <= 100 else max(1, math.ceil(repeat / 2))


# Children: each measurement in a fresh interpreter ----------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def stage_seconds(articles: list[summarize.Article]) -> dict[str, float]:
    """Profile one digest; each stage's cumulative time, read as ``core.stage_run`` reads it."""
    profile = cProfile.Profile()
    profile.enable()
    summarize.summarize(articles, words=WORDS)
    profile.disable()
    by_label = profiled_seconds(profile)
    seconds = {label: by_label[label] for label, *_, part in STAGES if by_label[label] and not part}
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    whole = [v[3] for (path, _, f), v in stats.items() if f == "summarize" and "pipeline" in path]
    seconds[WHOLE] = sum(whole)
    return seconds


def child_digest(size: int, runs: int) -> dict[str, Any]:
    articles = sample(size)
    texts = [a.text for a in articles]
    base_rss = peak_rss_mb()
    summarize.summarize(sample(10, SEED + 1), words=WORDS)  # warm-up on another set
    punkt = PunktSentenceTokenizer()
    times, cpu, punkt_times = [], [], []
    for _ in range(runs):  # Punkt and ours in turn, so that both meet the same machine
        start = time.perf_counter()
        for text in texts:
            punkt.tokenize(text)
        punkt_times.append(time.perf_counter() - start)
        start, start_cpu = time.perf_counter(), time.process_time()
        summarize.summarize(articles, words=WORDS)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    rss = peak_rss_mb()
    sentences = sum(len(content_sentences(a)) for a in articles)
    return {
        "times": times,
        "cpu": cpu,
        "rss_mb": rss,
        "base_rss_mb": base_rss,
        "sentences": sentences,
        "characters": sum(map(len, texts)),
        "stages": stage_seconds(articles),
        "punkt": punkt_times,
    }


def child_cold(size: int, seed: int) -> dict[str, Any]:
    """Punkt, then our first digest, in a fresh interpreter: as a command-line user meets it.

    The modules are loaded already (this script imports them), so neither side pays imports.
    """
    articles = fresh_sample(size, seed)
    texts = [a.text for a in articles]
    start = time.perf_counter()
    punkt = PunktSentenceTokenizer()
    for text in texts:
        punkt.tokenize(text)
    punkt_s = time.perf_counter() - start
    start, start_cpu = time.perf_counter(), time.process_time()
    summarize.summarize(articles, words=WORDS)
    return {
        "punkt": punkt_s,
        "digest": time.perf_counter() - start,
        "cpu": time.process_time() - start_cpu,
        "sentences": sum(len(content_sentences(a)) for a in articles),
    }


def bench_clusters(count: int) -> list[summarize.Cluster]:
    """``count`` clusters: those of multinews-val, then allsides-dev, then again from the start."""
    every = [c for name in FILES for c in summarize.load_clusters(BENCH / name)]
    return [every[i % len(every)] for i in range(count)]


def child_batch(count: int, jobs: int) -> dict[str, Any]:
    """One whole batch run in this fresh interpreter, worker processes forced on for jobs > 1."""
    clusters = bench_clusters(count)
    batch.WORKERS_FROM = 1
    start, start_cpu = time.perf_counter(), time.process_time()
    done = sum(1 for _ in summarize_many(clusters, n_jobs=jobs))
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - start_cpu,
            "clusters": done}  # fmt: skip


def child_lexrank(size: int) -> dict[str, Any]:
    sentences = [s for a in sample(size) for s in content_sentences(a)]
    as_one = [attrs.evolve(s, article="set", index=i) for i, s in enumerate(sentences)]
    print("ready", flush=True)  # the parent's 60 s start now
    start = time.perf_counter()
    SumyRanker("lexrank").score(as_one, None)
    return {"seconds": time.perf_counter() - start}


def lexrank_seconds(size: int) -> float | None:
    """LexRank's time in a child, or None when it runs over the limit (then killed)."""
    command = [sys.executable, __file__, "--child", "lexrank", "--sizes", str(size)]
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"lexrank child for {size} articles failed")
        try:
            child.wait(timeout=SUMY_LIMIT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            return None
        seconds: float = json.loads(child.stdout.read().splitlines()[-1])["seconds"]
    return seconds if seconds <= SUMY_LIMIT_S else None


def in_child(
    kind: str, size: int, runs: int = 1, seed: int = SEED, jobs: int = 1
) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, "--sizes", str(size)]
    command += ["--repeat", str(runs), "--seed", str(seed), "--jobs", str(jobs)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} child for {size} articles failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


# Parent ---------------------------------------------------------------------------------


def growth(points: Sequence[tuple[float, float]]) -> float | None:
    """Slope of log(time) against log(sentences), least squares."""
    if len(points) < 2:
        return None
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread


def measure_sizes(sizes: Sequence[int], repeat: int) -> list[str]:
    """Print sections 1 to 3; return the targets missed."""
    rows, peers, shares = [], [], []
    points: list[tuple[float, float]] = []
    failed: list[str] = []
    sumy_over = False
    for size in sizes:
        runs = runs_for(size, repeat)
        ours = in_child("digest", size, runs)
        wall = statistics.median(ours["times"])
        punkt = statistics.median(ours["punkt"])
        # Each run against the Punkt run just before it, the median of those ratios.
        times = zip(ours["times"], ours["punkt"], strict=True)
        against_punkt = statistics.median(t / p for t, p in times)
        points.append((ours["sentences"], wall))
        lexrank: float | None = None
        if not sumy_over:
            lexrank = lexrank_seconds(size)
            sumy_over = lexrank is None
        rows.append(
            [size, ours["sentences"], f"{ours['characters'] / 1e6:.2f}", runs,
             ours["times"][0], wall, statistics.median(ours["cpu"]), ours["rss_mb"],
             ours["sentences"] / wall]
        )  # fmt: skip
        sumy_cell = "over 60 s" if lexrank is None else lexrank
        ratio = f"< {wall / SUMY_LIMIT_S:.3f}" if lexrank is None else f"{wall / lexrank:.3f}"
        peers.append([size, wall, sumy_cell, ratio, punkt, f"{against_punkt:.2f}"])
        stages = ours["stages"]
        total = stages.pop(WHOLE)
        shares.append(
            [size]
            + [f"{100 * stages.get(label, 0.0) / total:.0f}%" for label in LABELS]
            + [f"{100 * (total - sum(stages.values())) / total:.0f}%"]
        )
        failed += check_size(size, wall, ours["rss_mb"], lexrank, against_punkt, sumy_over)
        print(f"  measured {size} articles", file=sys.stderr)

    section("1. One digest of N articles, single-threaded: summarize(articles, words=250)")
    print(
        table(
            ["articles", "sentences", "M chars", "runs", "first run s", "wall s (median)",
             "CPU s (median)", "peak RSS MB", "sentences/s"],
            rows,
        )
    )  # fmt: skip
    exponent = growth(points)
    if exponent is not None:
        print(f"\nGrowth: wall time ~ sentences^{exponent:.2f} (least squares, log-log).")
    print(
        f"Targets: {TARGETS['100 articles']} at 100 articles; {TARGETS['1000 articles']} at 1000."
    )
    section("2. Share of each stage (one profiled digest per size; profiling inflates Python)")
    print(table(["articles", *SHORT, "other"], shares))
    print(
        "\nShares of the profiled summarize() call; other: time in no stage that "
        "benchmarks/core.py names."
    )
    section("3. Peers on the same input")
    print(
        table(
            ["articles", "ours s", "sumy LexRank s", "ours / LexRank", "Punkt s",
             "ours / Punkt"],
            peers,
        )
    )  # fmt: skip
    print(
        "\nsumy LexRank: all content sentences of the set as one document, in a subprocess"
        f"\nstopped after {SUMY_LIMIT_S:.0f} s (larger sizes then not tried). Punkt: "
        "PunktSentenceTokenizer() untrained,\non the raw texts (splitting only). "
        f"Targets: {TARGETS['sumy LexRank']} (ours / LexRank <= 0.05, checked from "
        f"{SUMY_CHECK_FROM} articles);\n"
        f"{TARGETS['Punkt at 1000']}."
    )
    return failed


def check_size(
    size: int, wall: float, rss: float, lexrank: float | None, punkt: float, sumy_over: bool
) -> list[str]:
    """The targets missed at one size (``punkt``: our time over Punkt's, run by run)."""
    failed = []
    if size == 100 and wall >= 1.0:
        failed.append(f"100 articles in {wall:.2f} s (target < 1 s)")
    if size == 1000:
        if wall >= 15.0:
            failed.append(f"1000 articles in {wall:.2f} s (target < 15 s)")
        if rss >= 2048:
            failed.append(f"1000 articles peak RSS {rss:.0f} MB (target < 2 GB)")
        if punkt > 4:
            failed.append(f"1000 articles: {punkt:.1f}x Punkt (target <= 4x)")
    if lexrank is not None and size >= SUMY_CHECK_FROM and wall > lexrank / 20:
        failed.append(f"{size} articles: only {lexrank / wall:.1f}x faster than LexRank (>= 20x)")
    return failed


def measure_cold(size: int, seeds: Sequence[int], runs: int) -> list[str]:
    """Our first digest in a fresh process against Punkt there, on fresh samples."""
    section(f"Cold: the first digest in a fresh process, {size} articles of fresh samples")
    rows, failed = [], []
    for seed in seeds:
        results = [in_child("cold", size, seed=seed) for _ in range(runs)]
        ratio = statistics.median(r["digest"] / r["punkt"] for r in results)
        rows.append(
            [
                seed,
                results[0]["sentences"],
                f"{statistics.median(r['digest'] for r in results):.2f}",
                f"{statistics.median(r['cpu'] for r in results):.2f}",
                f"{statistics.median(r['punkt'] for r in results):.2f}",
                f"{ratio:.2f}",
            ]
        )
        if ratio > 4.0:
            failed.append(f"cold {size} articles, seed {seed}: {ratio:.2f}x Punkt")
    print(
        table(
            ["seed", "sentences", "digest s", "digest cpu s", "Punkt s", "ours / Punkt"],
            rows,
        )
    )
    print(
        f"\nEach row: median of {runs} fresh interpreters; in each, Punkt (untrained) on the raw "
        "texts, then\nour first summarize(words=250), both with the modules loaded. "
        "Samples drawn from\nevery article of both bench files, not the pool above. "
        "Target: ours <= 4x Punkt."
    )
    return failed


def measure_clusters(count: int) -> None:
    clusters = list(summarize.load_clusters(BENCH / FILES[0]))[:count]
    batch.WORKERS_FROM = 1  # workers whatever the count: their start is timed apart
    rows = []
    for jobs in (1, 2):
        start_s = 0.0
        if jobs > 1:  # start the workers, timed apart
            start = time.perf_counter()
            list(summarize_many(clusters[: 2 * jobs], words=WORDS, n_jobs=jobs, batch_size=1))
            start_s = time.perf_counter() - start
        start = time.perf_counter()
        digests = list(summarize_many(clusters, words=WORDS, n_jobs=jobs))
        seconds = time.perf_counter() - start
        rows.append([jobs, len(digests), seconds, len(digests) / seconds, start_s])
    section(f"4. Clusters: summarize_many(first {count} of multinews-val, words=250)")
    print(table(["n_jobs", "clusters", "wall s", "clusters/s", "worker start s"], rows))
    print(f"\nn_jobs=2 / n_jobs=1 speed-up: {rows[0][2] / rows[1][2]:.2f}x")


def measure_batch(counts: Sequence[int], repeat: int) -> None:
    """Clusters per second at 1 and 2 processes for each count, each run in a fresh interpreter."""
    rows = []
    for count in counts:
        seconds: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(runs_for(count, repeat)):
            for jobs in (1, 2):  # in turn, so that both meet the same machine
                seconds[jobs].append(in_child("batch", count, jobs=jobs)["seconds"])
        one, two = (statistics.median(seconds[jobs]) for jobs in (1, 2))
        rows.append([count, len(seconds[1]), one, count / one, two, count / two, one / two])
    section("Batch: summarize_many(n_jobs=1 or 2), default options, fresh interpreters")
    print(table(["clusters", "runs", "1 process s", "clusters/s", "2 processes s",
                 "clusters/s", "speed-up"], rows))  # fmt: skip
    print(
        f"\nn_jobs other than 1 starts worker processes from {batch.WORKERS_FROM} clusters "
        "(summarize.batch.WORKERS_FROM); a speed-up below 1 means they lose."
    )


def section(title: str) -> None:
    print(f"\n## {title}\n")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Time one digest of 10 to 1000 real articles (wall time, peak memory, stages, "
            "sumy LexRank and NLTK Punkt on the same input) and the clusters batch."
        ),
        epilog="Exit status: 0 if every target is met, 1 if one is missed, 2 if data is missing.",
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="comma-separated set sizes, at most 1000 (default: %(default)s)",
    )
    parser.add_argument(
        "--repeat", type=int, default=5, metavar="N", help="runs up to 100 articles (default: 5)"
    )
    parser.add_argument("--quick", action="store_true", help="sizes 10,100, one run, 50 clusters")
    parser.add_argument(
        "--cold",
        metavar="SEEDS",
        help="instead: first digests of --sizes articles (the largest) in fresh processes, on "
        "fresh samples of both bench files drawn with these comma-separated seeds",
    )
    parser.add_argument(
        "--batch",
        metavar="COUNTS",
        help="instead: clusters per second of whole batch runs of these comma-separated "
        "numbers of clusters, in one process and in two",
    )
    parser.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument(
        "--child", choices=("digest", "lexrank", "cold", "batch"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(size) for size in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes must be whole numbers separated by commas, got {args.sizes!r}")
    if args.child != "batch" and not all(0 < size <= POOL for size in args.sizes):
        parser.error(f"each size must be between 1 and {POOL}")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.batch:
        try:
            args.batch = [int(count) for count in args.batch.split(",")]
        except ValueError:
            parser.error(f"--batch must be whole numbers separated by commas, got {args.batch!r}")
        if not all(count > 0 for count in args.batch):
            parser.error("each count of clusters must be at least 1")
    if args.quick:
        args.sizes, args.repeat = [10, 100], 1
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child == "digest":
        print(json.dumps(child_digest(args.sizes[0], args.repeat)))
        return 0
    if args.child == "lexrank":
        print(json.dumps(child_lexrank(args.sizes[0])))
        return 0
    if args.child == "cold":
        print(json.dumps(child_cold(args.sizes[0], args.seed)))
        return 0
    if args.child == "batch":
        print(json.dumps(child_batch(args.sizes[0], args.jobs)))
        return 0
    missing = [str(BENCH / name) for name in FILES if not (BENCH / name).exists()]
    if missing:
        print(
            f"speed.py: error: benchmark data not found: {', '.join(missing)}; "
            "put the shared data folder (shared/data) beside the repository",
            file=sys.stderr,
        )
        return 2
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    if args.batch:
        print(
            f"# summarize {summarize.__version__} batch benchmark (Python "
            f"{sys.version.split()[0]}, {os.cpu_count()} cores, load average {load})"
        )
        logging.getLogger("summarize").addHandler(logging.NullHandler())
        measure_batch(args.batch, args.repeat)
        return 0
    print(
        f"# summarize {summarize.__version__} speed benchmark (Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load average {load})\n\n"
        f"Articles: all {POOL} of a pool made of the 690 articles of multinews-val and the "
        f"first 310 of allsides-dev,\nsampled with seed {SEED}; ids made unique, each "
        "article its own source."
    )
    logging.getLogger("summarize").addHandler(logging.NullHandler())  # articles left empty
    if args.cold:
        seeds = [int(seed) for seed in args.cold.split(",")]
        failed = measure_cold(max(args.sizes), seeds, args.repeat)
    else:
        failed = measure_sizes(args.sizes, args.repeat)
        measure_clusters(50 if args.quick else CLUSTERS)
    print()
    if failed:
        print(f"MISSED {len(failed)} target(s): " + "; ".join(failed))
        return 1
    print("PASS: every target measured was met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
