"""Sentence segmentation: accuracy on hard English cases, and speed on real articles.

Compares summarize's splitter with plain Punkt (``PunktSentenceTokenizer()`` with
empty parameters), Punkt with summarize's parameters and, if it is installed, pySBD.

1. Accuracy: per category, how many hand-written hard cases (see
   ``benchmarks/segmentation_cases.py``) each splitter reproduces exactly
   (whitespace inside a sentence is normalised before comparing); the cases of
   1.0, written with its rules, those written before the rule that fixes them,
   those written after the rules without tuning on them and those written
   without reading the rules at all are counted apart.
2. Speed: sentences found and seconds taken over every article text of
   ``shared/data/bench/multinews-val.jsonl`` beside the repository, and the
   ratios to plain Punkt and to Punkt tuned with summarize's parameters
   (abbreviations and sentence starters, none of its rules), measured in the
   same run.

Run from the repository root::

    python benchmarks/segmentation.py [--limit N] [--repeat R] [--no-pysbd] [--show-failures]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer
from segmentation_cases import AFTER_RULES, BEFORE_RULES, UNSEEN, WITH_RULES, Case

from summarize.text._segment import Segmenter, split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ARTICLES = SHARED / "data" / "bench" / "multinews-val.jsonl"

Splitter = Callable[[str], list[str]]


def _normalise(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def ours(text: str) -> list[str]:
    return [span.text for span in split_sentences(text)]


def plain_punkt() -> Splitter:
    tokenizer = PunktSentenceTokenizer()
    return lambda text: [text[a:b] for a, b in tokenizer.span_tokenize(text)]


def tuned_punkt() -> Splitter:
    """NLTK's Punkt with summarize's parameters (abbreviations, sentence starters), no rules."""
    params = Segmenter()._punkt._params
    tokenizer = PunktSentenceTokenizer(params)
    return lambda text: [text[a:b] for a, b in tokenizer.span_tokenize(text)]


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd  # type: ignore[import-untyped]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: list(segmenter.segment(text))


def passed(split: Splitter, cases: list[Case], failures: list[str] | None = None) -> int:
    """Count the cases ``split`` gets exactly right; note the others in ``failures``."""
    right = 0
    for text, expected in cases:
        got = _normalise(split(text))
        if got == _normalise(expected):
            right += 1
        elif failures is not None:
            failures.append(f"  {text!r}\n    got {got}")
    return right


def accuracy_table(
    title: str,
    groups: dict[str, list[Case]],
    splitters: list[tuple[str, Splitter | None]],
    show_failures: bool,
) -> None:
    """Print the cases each splitter passes, per category and in all."""
    width = max(map(len, groups)) + 6
    total = sum(map(len, groups.values()))
    print(f"{title} ({total} cases; exact match of every sentence)")
    print(f"{'category':<{width}}" + "".join(f"{name:>16}" for name, _ in splitters))
    sums = dict.fromkeys((name for name, _ in splitters), 0)
    failures: dict[str, list[str]] = {name: [] for name, _ in splitters}
    for category, cases in groups.items():
        row = f"{category} ({len(cases)})"
        cells = []
        for name, split in splitters:
            if split is None:
                cells.append(f"{'-':>16}")
                continue
            right = passed(split, cases, failures[name])
            sums[name] += right
            cells.append(f"{right:>16}")
        print(f"{row:<{width}}" + "".join(cells))
    cells = [
        f"{'-' if split is None else f'{sums[name]}/{total}':>16}" for name, split in splitters
    ]
    print(f"{'all':<{width}}" + "".join(cells))
    if show_failures:
        for name, split in splitters:
            if split is not None and failures[name]:
                print(f"{name} fails:\n" + "\n".join(failures[name]))
    print()


def load_texts(limit: int | None) -> list[str]:
    if not ARTICLES.exists():
        sys.exit(
            f"{ARTICLES} is absent: the speed benchmark reads the shared data, which "
            "sits beside the repository (shared/data/bench/multinews-val.jsonl)."
        )
    texts: list[str] = []
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(article["text"] for article in json.loads(line)["articles"])
    return texts[:limit] if limit else texts


def timed(split: Splitter, texts: list[str], repeat: int) -> tuple[int, float]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        began = time.perf_counter()
        count = sum(len(split(text)) for text in texts)
        best = min(best, time.perf_counter() - began)
    return count, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Accuracy on hard English sentence boundaries, per category, and speed "
        "on real articles, for summarize's splitter, plain Punkt and pySBD."
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="time only the first N articles (default: all)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each splitter R times and keep the best (default: 1)",
    )
    parser.add_argument(
        "--no-pysbd", action="store_true", help="leave pySBD out of the speed table (it is slow)"
    )
    parser.add_argument(
        "--show-failures", action="store_true", help="print the cases each splitter gets wrong"
    )
    args = parser.parse_args(argv)

    splitters: list[tuple[str, Splitter | None]] = [
        ("summarize", ours),
        ("punkt (plain)", plain_punkt()),
        ("punkt (tuned)", tuned_punkt()),
        ("pysbd", pysbd_splitter()),
    ]
    accuracy_table("Written with 1.0's rules", WITH_RULES, splitters, args.show_failures)
    accuracy_table("Written before their rule", BEFORE_RULES, splitters, args.show_failures)
    accuracy_table("Written after the rules", AFTER_RULES, splitters, args.show_failures)
    accuracy_table("Written without reading the rules", UNSEEN, splitters, args.show_failures)

    texts = load_texts(args.limit)
    chars = sum(map(len, texts))
    print(f"Speed on {len(texts)} articles ({chars:,} characters) of {ARTICLES.name}")
    print(f"{'splitter':<16}{'sentences':>10}{'seconds':>10}{'x plain':>9}{'x tuned':>9}")
    timings: dict[str, tuple[int, float]] = {}
    for name, split in splitters:
        if split is not None and not (name == "pysbd" and args.no_pysbd):
            timings[name] = timed(split, texts, args.repeat)
    plain = timings["punkt (plain)"][1]
    tuned = timings["punkt (tuned)"][1]
    for name, split in splitters:
        if name not in timings:
            print(f"{name:<16}{'not installed' if split is None else 'skipped':>20}")
            continue
        count, seconds = timings[name]
        print(
            f"{name:<16}{count:>10}{seconds:>10.2f}{seconds / plain:>9.2f}{seconds / tuned:>9.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
