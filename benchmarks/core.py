"""Core benchmark: digest time, time per stage, peers, and the clusters batch.

Reads the real article sets in ``shared/data`` beside the repository and prints
plain-text tables:

1. Digest time: ``summarize.summarize(summarize.load_articles(baghouz),
   merged=5, per_source=3)`` in process, after one warm-up call, min / median /
   max over ``--repeat`` runs, against the target of 500 ms; and the time of
   ``import summarize`` in a fresh interpreter (minus that of an interpreter
   that imports nothing).
2. Time per stage on the same articles, calling the functions the pipeline
   calls, in its order, each timed on its own.
3. Peers on the same input: sumy's LexRank on all content sentences of the set
   as one document, and NLTK Punkt (no trained data) on the raw texts; with our
   time divided by theirs.
4. The clusters batch (``--skip-batch`` leaves it out): the command line on
   ``bench/multinews-val.jsonl`` (``--words 250``) and ``bench/allsides-dev.jsonl``
   (``--words 100``), timed, and its output checked: one line per cluster, ids
   in input order, merged summaries within the word budget, every sentence's
   offsets slicing its article's text.

Exit status: 0 when every check passes, 1 when one fails, 2 when the data
folder is missing.

Run from the repository root::

    python benchmarks/core.py [--repeat N] [--skip-batch]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
from nltk.tokenize.punkt import PunktSentenceTokenizer

import summarize
from summarize.digest import Digest
from summarize.rank import SumyRanker
from summarize.text import content_sentences, split_sentences

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
TARGET_MS = 500.0
MERGED = 5
PER_SOURCE = 3
BATCHES = (("multinews-val.jsonl", 250), ("allsides-dev.jsonl", 100))
IMPORT_RUNS = 5


# Output ------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Return a pipe table with aligned columns; text left-aligned, numbers right-aligned."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    numeric = [bool(rows) and all(_is_number(row[i]) for row in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = (
        "|"
        + "|".join(
            ("-" * (w + 1) + ":") if n else ("-" * (w + 2))
            for w, n in zip(widths, numeric, strict=True)
        )
        + "|"
    )
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


def _is_number(value: object) -> bool:
    """Numbers, percentages and blanks are right-aligned."""
    if isinstance(value, str):
        return value == "" or (value.endswith("%") and value[:-1].replace(".", "").isdigit())
    return isinstance(value, (int, float))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def section(title: str) -> None:
    print(f"\n## {title}\n")


# Timing helpers ----------------------------------------------------------------


def timed(call: Callable[[], object]) -> tuple[float, Any]:
    """Run ``call`` once; return (milliseconds, its result)."""
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def repeat_ms(call: Callable[[], object], repeat: int) -> list[float]:
    """Call once to warm up, then ``repeat`` times; return the timed runs in ms."""
    call()
    return [timed(call)[0] for _ in range(repeat)]


def spread(times: Sequence[float]) -> tuple[float, float, float]:
    return min(times), statistics.median(times), max(times)


# 1. Digest time and import time ------------------------------------------------


def digest_once(folder: Path) -> Digest:
    return summarize.summarize(
        summarize.load_articles(folder), merged=MERGED, per_source=PER_SOURCE
    )


def measure_digest(folder: Path, repeat: int) -> tuple[list[float], bool]:
    """Print min / median / max of the in-process digest; return the runs and the verdict.

    The first call after import (caches empty) is shown too, but not counted.
    """
    first, _ = timed(lambda: digest_once(folder))
    times = [timed(lambda: digest_once(folder))[0] for _ in range(repeat)]
    low, mid, high = spread(times)
    ok = mid < TARGET_MS
    section(f"1. Digest of the {len(summarize.load_articles(folder))} Baghouz articles, in process")
    print(
        table(
            [
                "measure",
                "first call ms",
                "runs",
                "min ms",
                "median ms",
                "max ms",
                "target",
                "check",
            ],
            [
                [
                    "summarize(load_articles(...), merged=5, per_source=3)",
                    first,
                    repeat,
                    low,
                    mid,
                    high,
                    f"median < {TARGET_MS:.0f} ms",
                    verdict(ok),
                ]
            ],
        )
    )
    return times, ok


def interpreter_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
    return (time.perf_counter() - start) * 1000


def measure_import(runs: int = IMPORT_RUNS) -> None:
    """Print the median wall time of a fresh interpreter with and without ``import summarize``."""
    bare: list[float] = []
    loaded: list[float] = []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(interpreter_ms("pass"))
        loaded.append(interpreter_ms("import summarize"))
    base, full = statistics.median(bare), statistics.median(loaded)
    print()
    print(
        table(
            ["fresh interpreter", "runs", "median ms"],
            [
                ['python -c "pass"', runs, base],
                ['python -c "import summarize"', runs, full],
                ["import summarize alone (difference)", runs, full - base],
            ],
        )
    )


# 2. Time per stage ---------------------------------------------------------------


@attrs.frozen
class Stage:
    name: str
    ms: float
    part: bool = False  # a part of the stage above it, not counted in the total


# (label, module file, function, only when called from this function or None, part)
STAGES = [
    ("load (load_articles)", "summarize/load.py", "load_articles", None, False),
    ("read: segment + clean (read_article)", "text/_content.py", "read_article", None, False),
    ("  split_sentences", "text/_segment.py", "split_sentences", None, True),
    ("  find_boilerplate", "text/_clean.py", "find_boilerplate", None, True),
    ("  drop_boilerplate", "text/_clean.py", "drop_boilerplate", None, True),
    ("  sentence_clutter", "text/_notices.py", "sentence_clutter", None, True),
    ("  not_an_article", "text/_pages.py", "not_an_article", None, True),
    ("vectorise (SentenceVectorizer.fit_transform)", "_vectorize.py", "fit_transform", None, False),
    ("  names across spellings (find_aliases)", "text/_names.py", "find_aliases", None, True),
    ("similarity graph (SimilarityGraph.build, shared)", "_similarity.py", "build", None, False),
    ("rank (CentralityRanker.score)", "rank/_centrality.py", "score", None, False),
    ("group (group_claims)", "claims/_group.py", "group_claims", None, False),
    ("coverage: concepts (CoverageSelector.fit_terms)", "_coverage.py", "fit_terms", None, False),
    ("coverage: selection, per source and merged", "_coverage.py", "select_each", None, False),
    ("claims (make_claim)", "claims/_claim.py", "make_claim", None, False),
    ("quotes and speakers (find_quotes)", "analysis/_quotes.py", "find_quotes", None, False),
    ("disagreements (find_disagreements)", "_disagree.py", "find_disagreements", None, False),
    ("render (to_json)", "render/json.py", "to_json", None, False),
]


def stage_run(folder: Path) -> list[Stage]:
    """Profile one whole digest and read each stage's cumulative time from the profile.

    The stages are the functions ``summarize.pipeline.run`` calls, then the JSON
    rendering the command line adds, so this table
    cannot drift from the pipeline. Profiling slows pure-Python code more than
    numpy and scipy, so the shares are approximate; section 1 has the real total.
    """
    profile = cProfile.Profile()
    profile.enable()
    digest = summarize.summarize(
        summarize.load_articles(folder), merged=MERGED, per_source=PER_SOURCE
    )
    digest.to_json()
    profile.disable()
    seconds = profiled_seconds(profile)
    return [Stage(label, 1000 * seconds[label], part) for label, *_, part in STAGES]


def profiled_seconds(profile: cProfile.Profile) -> dict[str, float]:
    """Each stage's cumulative seconds in a finished profile, by the labels of STAGES."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    seconds = {}
    for label, file, name, caller, _ in STAGES:
        total = 0.0
        for (path, _, function), (_, _, _, cumulative, callers) in stats.items():
            if function != name or not path.endswith(file):
                continue
            if caller is None:
                total += cumulative
            else:
                total += sum(c[3] for (_, _, f), c in callers.items() if f == caller)
        seconds[label] = total
    return seconds


def measure_stages(folder: Path, repeat: int, digest_median: float) -> dict[str, float]:
    """Print the median time and share of each stage; return the medians by stage name."""
    stage_run(folder)  # warm-up
    runs = [stage_run(folder) for _ in range(repeat)]
    names = [s.name for s in runs[0]]
    parts = {s.name for s in runs[0] if s.part}
    medians = {name: statistics.median(run[i].ms for run in runs) for i, name in enumerate(names)}
    total = sum(ms for name, ms in medians.items() if name not in parts)
    rows: list[list[object]] = [
        [name, ms, f"{100 * ms / total:.1f}%"] for name, ms in medians.items()
    ]
    rows.append(["sum of stages (parts not counted)", total, "100.0%"])
    rows.append(["summarize() end to end, unprofiled (section 1)", digest_median, ""])
    section(f"2. Time per stage under cProfile, same articles (median of {repeat} runs)")
    print(table(["stage", "median ms", "share"], rows))
    print(
        "\nRead from a profile of whole digests, so the stages are exactly the pipeline's;"
        "\nprofiling inflates pure-Python stages. Indented rows are parts of the row above."
    )
    return medians


# 3. Peers ------------------------------------------------------------------------


def measure_peers(
    folder: Path, repeat: int, digest_median: float, stages: dict[str, float]
) -> None:
    """Print sumy LexRank and plain Punkt on the same input, and our time over theirs."""
    articles = summarize.load_articles(folder)
    texts = [a.text for a in articles]
    sentences = [s for a in articles for s in content_sentences(a)]
    # The whole set as one article: sumy's LexRank over every content sentence at once.
    as_one = [attrs.evolve(s, article="set", index=i) for i, s in enumerate(sentences)]
    lexrank = SumyRanker("lexrank")
    punkt = PunktSentenceTokenizer()

    lexrank_ms = repeat_ms(lambda: lexrank.score(as_one, None), repeat)
    punkt_ms = repeat_ms(lambda: [punkt.tokenize(t) for t in texts], repeat)
    ours_split = repeat_ms(lambda: [split_sentences(t) for t in texts], repeat)
    rank_name = next(name for name in stages if name.startswith("rank ("))
    graph_name = next(name for name in stages if name.startswith("similarity graph"))

    section(f"3. Peers on the same input (median of {repeat} runs)")
    print(
        table(
            ["peer", "input", "min ms", "median ms", "max ms"],
            [
                [
                    "sumy LexRank (SumyRanker)",
                    f"{len(sentences)} content sentences as one document",
                    *spread(lexrank_ms),
                ],
                ["NLTK Punkt, untrained", f"{len(texts)} raw texts", *spread(punkt_ms)],
            ],
        )
    )
    lex, pun = statistics.median(lexrank_ms), statistics.median(punkt_ms)
    split = statistics.median(ours_split)
    print()
    print(
        table(
            ["ours", "ours ms", "peer", "peer ms", "ours / peer"],
            [
                ["whole digest", digest_median, "sumy LexRank", lex, digest_median / lex],
                [
                    "graph + rank stages (default, profiled)",
                    stages[graph_name] + stages[rank_name],
                    "sumy LexRank",
                    lex,
                    (stages[graph_name] + stages[rank_name]) / lex,
                ],
                ["whole digest", digest_median, "NLTK Punkt", pun, digest_median / pun],
                ["split_sentences", split, "NLTK Punkt", pun, split / pun],
            ],
        )
    )


# 4. Clusters batch ---------------------------------------------------------------


@attrs.frozen
class Check:
    dataset: str
    name: str
    value: str
    ok: bool


def input_ids(path: Path) -> list[str | None]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line).get("id") for line in lines if line.strip()]


def sentence_objects(digest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every sentence object of a JSON digest: per-source, representatives, support."""
    for summary in digest["per_source"]:
        yield from summary["sentences"]
    for claim in digest["merged"]:
        yield claim["sentence"]
        yield from claim["support"]


def check_output(
    name: str, ids: list[str | None], digests: list[dict[str, Any]], words: int
) -> list[Check]:
    """Check the digests written for a clusters file against its input and the budget."""
    checks = [
        Check(name, "lines written", f"{len(digests):,} of {len(ids):,}", len(digests) == len(ids))
    ]
    out_ids = [d.get("id") for d in digests]
    same = out_ids == ids
    first_off = next(
        (i for i, (a, b) in enumerate(zip(ids, out_ids, strict=False)) if a != b),
        min(len(ids), len(out_ids)),
    )
    checks.append(
        Check(
            name,
            "same ids, same order",
            "all equal" if same else f"first difference at line {first_off + 1}",
            same,
        )
    )
    over = alone = 0
    longest = 0
    for digest in digests:
        total = sum(len(claim["text"].split()) for claim in digest["merged"])
        longest = max(longest, total)
        if total > words:
            if len(digest["merged"]) == 1:
                alone += 1  # a single claim longer than the budget is shown alone
            else:
                over += 1
    checks.append(
        Check(
            name,
            f"merged within {words} words",
            f"{over} over; {alone} single long claim(s); longest {longest}",
            over == 0,
        )
    )
    count = bad = 0
    for digest in digests:
        texts = {a["id"]: a["text"] for a in digest["articles"]}
        for s in sentence_objects(digest):
            count += 1
            text = texts.get(s["article"])
            if text is None or text[s["start"] : s["end"]] != s["text"]:
                bad += 1
    checks.append(
        Check(name, "offsets slice article text", f"{count:,} sentences, {bad} wrong", bad == 0)
    )
    return checks


def run_batch(path: Path, words: int) -> tuple[list[Check], list[object]]:
    """Run the command line on a clusters file; return its checks and a timing row."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "digests.jsonl"
        command = [
            sys.executable, "-m", "summarize", str(path),
            "--format", "json", "--words", str(words), "--output", str(output),
        ]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        lines = output.read_text(encoding="utf-8").splitlines() if output.exists() else []
    warnings = [line for line in done.stderr.splitlines() if ": warning: " in line]
    errors = [line for line in done.stderr.splitlines() if line and line not in warnings]
    checks = [
        Check(
            path.name,
            "exit status 0",
            f"{done.returncode}" + (f" ({errors[-1]})" if errors else ""),
            done.returncode == 0,
        )
    ]
    digests = [json.loads(line) for line in lines]
    checks += check_output(path.name, input_ids(path), digests, words)
    timing: list[object] = [
        path.name, words, len(digests), seconds, len(digests) / seconds if seconds else 0.0,
        1000 * seconds / max(len(digests), 1), len(warnings),
    ]  # fmt: skip
    return checks, timing


def measure_batches(bench: Path) -> list[Check]:
    checks: list[Check] = []
    timings: list[list[object]] = []
    for name, words in BATCHES:
        batch_checks, timing = run_batch(bench / name, words)
        checks += batch_checks
        timings.append(timing)
    section("4. Clusters batch: python -m summarize FILE --format json --words N --output TMP")
    print(
        table(
            ["file", "words", "clusters", "wall s", "clusters/s", "ms/cluster", "warnings"],
            timings,
        )
    )
    print()
    print(
        table(
            ["file", "check", "value", "result"],
            [[c.dataset, c.name, c.value, verdict(c.ok)] for c in checks],
        )
    )
    return checks


# Main --------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=(
            "Time summarize on the real articles in shared/data beside the repository "
            "(digest, stages, peers) and run and check the clusters batch."
        ),
        epilog="Exit status: 0 if every check passes, 1 if one fails, 2 if the data is missing.",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=20,
        metavar="N",
        help="timed runs per in-process measurement, after one warm-up (default: %(default)s)",
    )
    parser.add_argument(
        "--skip-batch", action="store_true", help="leave out the clusters batch (section 4)"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    baghouz, bench = DATA / "baghouz", DATA / "bench"
    needed = [baghouz] + ([] if args.skip_batch else [bench / name for name, _ in BATCHES])
    missing = [str(path) for path in needed if not path.exists()]
    if missing:
        print(
            f"core.py: error: benchmark data not found: {', '.join(missing)}; "
            "put the shared data folder (shared/data) beside the repository",
            file=sys.stderr,
        )
        return 2

    print(f"# summarize {summarize.__version__} core benchmark (Python {sys.version.split()[0]})")
    digest_times, target_ok = measure_digest(baghouz, args.repeat)
    measure_import()
    digest_median = statistics.median(digest_times)
    stages = measure_stages(baghouz, args.repeat, digest_median)
    measure_peers(baghouz, args.repeat, digest_median, stages)
    checks = [] if args.skip_batch else measure_batches(bench)

    failed = [f"{c.dataset}: {c.name}" for c in checks if not c.ok]
    if not target_ok:
        failed.insert(0, f"digest median under {TARGET_MS:.0f} ms")
    print()
    if failed:
        print(f"FAIL: {len(failed)} check(s) failed: {'; '.join(failed)}")
        return 1
    print(f"PASS: all {len(checks) + 1} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
