"""Quality benchmark: ROUGE of our merged summary against classic extractive baselines.

Run from the repository root::

    python benchmarks/quality.py                      # both files of ../shared/data/bench
    python benchmarks/quality.py --data FILE.jsonl --words 250 --predictions out.jsonl
    python benchmarks/quality.py --ablation           # also the table of levers

Every system runs on the same clusters (in ``--jobs`` worker processes, one
system and file at a time each), with the same sentence splitter
(``summarize.split_sentences``), and is scored the same way (see
``summarize.evaluate``): the summary's sentences in output order, truncated to
the word budget, ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100 from ``rouge-score``
with Porter stemming. Baselines see the raw text (no boilerplate removal):
removing it is part of what our system does.

Systems:
    ours        ``summarize.summarize(articles, words=budget)``, the default digest
    filled      ours with a fifth more words, cut back to the budget by the scorer,
                as the baselines fill it (ours keeps within the budget)
    lead        the first sentence of each article in turn, then the second, ...
    centroid    sentences by cosine to the set's TF-IDF centroid, skipping any
                with cosine >= 0.5 to one already picked
    lexrank, textrank, lsa
                sumy 0.13 on the concatenated set (English stemmer and stop
                words, one sentence per 15 words of budget)
    random      sentences in a seeded random order
    oracle      greedy ROUGE oracle (adds the sentence that raises mean R1/R2 F1
                most), on the first ``--oracle-sample`` clusters: the ceiling

The data is research-only and is read from ``../shared/data/bench``; nothing of
it is copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path
from typing import IO

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarize import Options, pipeline, split_sentences, summarize
from summarize.claims.select import CoverageSelector
from summarize.evaluate import (
    METRICS,
    ReferenceCluster,
    Scores,
    bootstrap_interval,
    digest_summary,
    load_references,
    score,
    truncate,
)
from summarize.rank import CentralityRanker
from summarize.text import SentenceVectorizer, _content

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "data" / "bench"
BUDGETS = {"multinews-val": 250, "allsides-dev": 100}
WORDS_PER_SUMY_SENTENCE = 15

Summarizer = Callable[[ReferenceCluster, int], list[str]]
#: One system's run on one file: scores per cluster, ms per cluster, the summaries.
Result = tuple[list[tuple[float, float, float]], float, list[list[str]]]


# --- baselines -------------------------------------------------------------------------


def raw_sentences(cluster: ReferenceCluster) -> list[list[str]]:
    """Each article's sentences, as our splitter finds them, with no cleaning."""
    return [[span.text for span in split_sentences(a.text)] for a in cluster.articles]


def fill(sentences: Iterable[str], words: int) -> list[str]:
    picked: list[str] = []
    used = 0
    for sentence in sentences:
        if used >= words:
            break
        picked.append(sentence)
        used += len(sentence.split())
    return picked


def lead(cluster: ReferenceCluster, words: int) -> list[str]:
    per_article = raw_sentences(cluster)
    depth = max((len(s) for s in per_article), default=0)
    in_turn = (s[i] for i in range(depth) for s in per_article if i < len(s))
    return fill(in_turn, words)


def centroid(cluster: ReferenceCluster, words: int, *, redundancy: float = 0.5) -> list[str]:
    texts = [t for article in raw_sentences(cluster) for t in article]
    if not texts:
        return []
    matrix = SentenceVectorizer().fit_transform(texts)
    centre = np.asarray(matrix.sum(axis=0)).ravel()
    norm = np.linalg.norm(centre)
    if norm == 0:
        return fill(texts, words)
    closeness = matrix @ (centre / norm)
    picked: list[int] = []
    used = 0
    for row in np.argsort(-closeness, kind="stable"):
        if used >= words:
            break
        if picked and (matrix[picked] @ matrix[row].T).max() >= redundancy:
            continue
        picked.append(int(row))
        used += len(texts[row].split())
    return [texts[row] for row in picked]


def sumy_baseline(name: str) -> Summarizer:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    from summarize.rank._sumy import SumyTokenizer

    classes = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer}
    summarizer = classes[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SumyTokenizer()

    def run(cluster: ReferenceCluster, words: int) -> list[str]:
        texts = [t for article in raw_sentences(cluster) for t in article]
        if not texts:
            return []
        document = ObjectDocumentModel([Paragraph([SumySentence(t, tokenizer) for t in texts])])
        count = max(1, words // WORDS_PER_SUMY_SENTENCE)
        return [str(s) for s in summarizer(document, count)]

    return run


def random_sentences(cluster: ReferenceCluster, words: int) -> list[str]:
    texts = [t for article in raw_sentences(cluster) for t in article]
    random.Random(f"{cluster.id}").shuffle(texts)
    return fill(texts, words)


# --- the oracle: greedy on a fast ROUGE-1/2 that uses rouge-score's own tokenizer --------


def oracle(cluster: ReferenceCluster, words: int) -> list[str]:
    from rouge_score.tokenizers import DefaultTokenizer

    tokenizer = DefaultTokenizer(use_stemmer=True)
    texts = [t for article in raw_sentences(cluster) for t in article]
    references = [_grams(tokenizer.tokenize(r)) for r in cluster.references]
    tokens = [tokenizer.tokenize(" ".join(truncate([t], words))) for t in texts]
    grams = [_grams(t) for t in tokens]
    picked: list[int] = []
    summary: tuple[Counter[str], Counter[tuple[str, str]]] = (Counter(), Counter())
    best = 0.0
    used = 0
    while used < words:
        choice, choice_value = -1, best
        for row, (one, two) in enumerate(grams):
            if row in picked:
                continue
            value = max(_gain(summary, (one, two), ref) for ref in references)
            if value > choice_value:
                choice, choice_value = row, value
        if choice < 0:
            break
        picked.append(choice)
        summary = (summary[0] + grams[choice][0], summary[1] + grams[choice][1])
        best = choice_value
        used += len(texts[choice].split())
    return [texts[row] for row in picked]


def _grams(tokens: Sequence[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    return Counter(tokens), Counter(pairwise(tokens))


def _f1(candidate: Counter, reference: Counter) -> float:  # type: ignore[type-arg]
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def _gain(summary, sentence, reference) -> float:  # type: ignore[no-untyped-def]
    one = summary[0] + sentence[0]
    two = summary[1] + sentence[1]
    return (_f1(one, reference[0]) + _f1(two, reference[1])) / 2


# --- ours, and the levers it is made of ------------------------------------------------


def ours(
    *,
    ranker: dict[str, float] | None = None,
    selector: dict[str, float] | None = None,
    clean: bool = True,
    **options: object,
) -> Summarizer:
    """Our merged summary, with the default stages or stages configured otherwise."""

    def run(cluster: ReferenceCluster, words: int) -> list[str]:
        settings = Options.resolve(merged=None, words=words, **options)
        stages = {
            "ranker": CentralityRanker(**ranker) if ranker is not None else None,
            "selector": CoverageSelector(**selector) if selector is not None else None,
        }
        if clean:
            digest = pipeline.run(cluster.articles, settings, **stages)  # type: ignore[arg-type]
        else:
            with _no_cleaning():
                digest = pipeline.run(cluster.articles, settings, **stages)  # type: ignore[arg-type]
        return digest_summary(digest)

    return run


@contextmanager
def _no_cleaning() -> Iterator[None]:
    """Let every line, sentence and page through as content: what cleaning is worth."""
    originals = (_content.find_boilerplate, _content.sentence_clutter, _content.not_an_article)
    _content.find_boilerplate = lambda text: []  # type: ignore[assignment]
    _content.sentence_clutter = lambda text: None  # type: ignore[assignment]
    _content.not_an_article = lambda text, sentences, kept: None  # type: ignore[assignment]
    try:
        yield
    finally:
        (
            _content.find_boilerplate,
            _content.sentence_clutter,
            _content.not_an_article,
        ) = originals


def filled(system: Summarizer) -> Summarizer:
    """Run ``system`` with a fifth more words, for the scorer to cut back to the budget.

    Our digests keep within the word budget (about 96 of 100 words on average);
    the baselines, like most published ones, add sentences until the budget is
    reached and are cut by the scorer. This row shows ours filled the same way.
    """

    def run(cluster: ReferenceCluster, words: int) -> list[str]:
        return system(cluster, words + words // 5)

    return run


def per_source_scores(clusters: Sequence[ReferenceCluster], words: int) -> dict[str, list[float]]:
    """Each article's per-source summary (ours) and its lead, scored against the reference."""
    rows: dict[str, list[Scores]] = {"per-source (ours)": [], "per-source lead": []}
    for cluster in clusters:
        digest = summarize(cluster.articles)
        for article, summary in zip(cluster.articles, digest.per_source, strict=True):
            count = len(summary.sentences)
            ours_text = [s.sentence.text for s in summary.sentences]
            lead_text = [s.text for s in split_sentences(article.text)][: max(count, 1)]
            rows["per-source (ours)"].append(score(ours_text, cluster.references, words=words))
            rows["per-source lead"].append(score(lead_text, cluster.references, words=words))
    return {name: [s.as_tuple() for s in values] for name, values in rows.items()}  # type: ignore[misc]


# --- the run -------------------------------------------------------------------------


def run_system(
    summarizer: Summarizer, clusters: Sequence[ReferenceCluster], words: int
) -> tuple[list[tuple[float, float, float]], float, list[list[str]]]:
    scores, summaries = [], []
    elapsed = 0.0
    for cluster in clusters:
        started = time.perf_counter()
        summary = summarizer(cluster, words)
        elapsed += time.perf_counter() - started
        summaries.append(summary)
        scores.append(score(summary, cluster.references, words=words).as_tuple())
    return scores, 1000.0 * elapsed / max(len(clusters), 1), summaries


def table(
    name: str,
    results: dict[str, tuple[list[tuple[float, float, float]], float]],
    best_baseline: dict[str, str],
) -> None:
    print(f"\n## {name}\n")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | ms/cluster | clusters |")
    print("|---|---|---|---|---|---|")
    for system, (values, ms) in results.items():
        data = np.array(values)
        means = data.mean(axis=0)
        cells = []
        for i, metric in enumerate(METRICS):
            cell = f"{means[i]:.2f}"
            if system == "ours" or best_baseline.get(metric) == system:
                low, high = bootstrap_interval(data[:, i])
                cell += f" [{low:.2f}, {high:.2f}]"
            if best_baseline.get(metric) == system:
                cell = f"**{cell}**"
            cells.append(cell)
        print(f"| {system} | {' | '.join(cells)} | {ms:.1f} | {len(values)} |")


def paired(ours_values: list, other: list) -> str:  # type: ignore[type-arg]
    a, b = np.array(ours_values), np.array(other)
    parts = []
    for i, metric in enumerate(METRICS):
        diff = a[:, i] - b[:, i]
        low, high = bootstrap_interval(diff)
        parts.append(f"{metric} {diff.mean():+.2f} [{low:+.2f}, {high:+.2f}]")
    return "; ".join(parts)


#: Each lever turned off (or set otherwise) alone, against the default.
ABLATION: dict[str, Summarizer] = {
    "default": ours(),
    "claims by support, then centrality (1.0)": ours(selection="support"),
    "concepts weighed by sources^1, not ^3": ours(selector={"support_exponent": 1.0}),
    "single words only as concepts": ours(selector={"bigrams": False}),
    "word pairs only as concepts": ours(selector={"unigrams": False}),
    "coverage not divided by length": ours(selector={"length_exponent": 0.0}),
    "no centrality (prior only)": ours(ranker={"centrality_exponent": 0.0}),
    "no position prior": ours(ranker={"position_decay": 0.0}),
    "no article closeness": ours(ranker={"article_exponent": 0.0}),
    "no fragment discount": ours(ranker={"fragment_weight": 1.0}),
    "no cut-off excerpt discount": ours(ranker={"cut_off_weight": 1.0}),
    "no redundancy cut": ours(redundancy=1.0),
    "claims at similarity 0.5": ours(similarity=0.5),
    "no claims (only identical sentences merge)": ours(similarity=1.0),
    "no boilerplate removal": ours(clean=False),
}


def make_system(name: str) -> Summarizer:
    """The system called ``name``: ours, a baseline, or a configuration of the ablation."""
    if name in ABLATION:
        return ABLATION[name]
    systems: dict[str, Callable[[], Summarizer]] = {
        "ours": ours,
        "filled": lambda: filled(ours()),
        "lead": lambda: lead,
        "centroid": lambda: centroid,
        "lexrank": lambda: sumy_baseline("lexrank"),
        "textrank": lambda: sumy_baseline("textrank"),
        "lsa": lambda: sumy_baseline("lsa"),
        "random": lambda: random_sentences,
        "oracle": lambda: oracle,
    }
    return systems[name]()


SYSTEMS = ("ours", "filled", "lead", "centroid", "lexrank", "textrank", "lsa", "random", "oracle")


def task(name: str, file: Path, words: int, limit: int | None) -> Result:
    """Run one system on the first ``limit`` clusters of one file (in a worker process)."""
    clusters = list(load_references(file))[:limit]
    return run_system(make_system(name), clusters, words)


def run_all(
    tasks: list[tuple[str, Path, int, int | None]], jobs: int
) -> dict[tuple[str, Path], Result]:
    """Run every task, ``jobs`` at a time in worker processes; the slowest are started first."""
    if jobs <= 1:
        return {(name, file): task(name, file, words, limit) for name, file, words, limit in tasks}
    slow_first = sorted(tasks, key=lambda t: t[0] not in ("lsa", "lexrank", "textrank", "oracle"))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {(t[0], t[1]): pool.submit(task, *t) for t in slow_first}
        return {key: future.result() for key, future in futures.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, action="append", help="clusters file (repeatable)")
    parser.add_argument("--words", type=int, help="word budget (default: the file's own)")
    parser.add_argument("--limit", type=int, help="first N clusters of each file")
    parser.add_argument("--oracle-sample", type=int, default=50, help="clusters for the oracle")
    parser.add_argument("--predictions", type=Path, help="write our summaries here as JSONL")
    parser.add_argument(
        "--systems", default=",".join(SYSTEMS), help="comma-separated systems to run"
    )
    parser.add_argument("--ablation", action="store_true", help="also run the lever ablation")
    parser.add_argument("--jobs", type=int, default=2, help="systems run at a time (processes)")
    args = parser.parse_args(argv)

    files = args.data or sorted(BENCH.glob("*.jsonl"))
    if not files:
        print(f"no benchmark data: expected clusters files in {BENCH}", file=sys.stderr)
        return 2
    wanted = [s for s in args.systems.split(",") if s]
    unknown = set(wanted) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    budgets = {}
    for file in files:
        budgets[file] = args.words or BUDGETS.get(file.stem)
        if budgets[file] is None:
            parser.error(f"give --words for {file.name}: no default budget for it")
    tasks = [
        (system, file, budgets[file], args.oracle_sample if system == "oracle" else args.limit)
        for file in files
        for system in wanted
    ]
    if args.ablation:
        tasks += [(label, file, budgets[file], args.limit) for file in files for label in ABLATION]
    started = time.perf_counter()
    done = run_all(tasks, args.jobs)
    predictions = args.predictions.open("w", encoding="utf-8") if args.predictions else None
    try:
        for file in files:
            report(file, budgets[file], wanted, done, args, predictions)
    finally:
        if predictions is not None:
            predictions.close()
    if args.ablation:
        ablation(files, done)
    print(f"\n{time.perf_counter() - started:.0f} s in all, {args.jobs} processes")
    return 0


def report(
    file: Path,
    words: int,
    wanted: list[str],
    done: dict[tuple[str, Path], Result],
    args: argparse.Namespace,
    predictions: IO[str] | None,
) -> None:
    """Print the table of one file and the paired differences to the best baselines."""
    name = file.stem
    clusters = list(load_references(file))[: args.limit]
    results: dict[str, tuple[list[tuple[float, float, float]], float]] = {}
    for system in wanted:
        values, ms, summaries = done[(system, file)]
        label = {
            "oracle": f"oracle (first {len(values)})",
            "filled": "ours, filled past the budget and cut",
        }.get(system, system)
        results[label] = (values, ms)
        if system == "ours" and predictions is not None:
            for cluster, summary in zip(clusters, summaries, strict=True):
                line = {"id": cluster.id, "dataset": name, "summary": summary}
                predictions.write(json.dumps(line, ensure_ascii=False) + "\n")
    baselines = {
        k: v for k, v in results.items() if not k.startswith(("ours", "oracle", "per-source"))
    }
    best = (
        {
            metric: max(baselines, key=lambda k: np.mean([v[i] for v in baselines[k][0]]))
            for i, metric in enumerate(METRICS)
        }
        if baselines
        else {}
    )
    if "ours" in wanted:
        results.update({k: (v, 0.0) for k, v in per_source_scores(clusters, words).items()})
    table(f"{name}: {len(clusters)} clusters, {words} words", results, best)
    if "ours" in results:
        for metric, system in best.items():
            print(
                f"\nours - best {metric} baseline ({system}): "
                + paired(results["ours"][0], results[system][0])
            )


def ablation(files: Sequence[Path], done: dict[tuple[str, Path], Result]) -> None:
    """Print one row per lever: our scores with that lever alone changed, and the change."""
    print("\n## Ablation: each lever changed alone (R1 / R2 / RLsum; change from default)\n")
    print("| configuration | " + " | ".join(f.stem for f in files) + " |")
    print("|---|" + "---|" * len(files))
    default = {f: np.array(done[("default", f)][0]).mean(axis=0) for f in files}
    for label in ABLATION:
        cells = []
        for file in files:
            means = np.array(done[(label, file)][0]).mean(axis=0)
            cell = " / ".join(f"{m:.2f}" for m in means)
            if label != "default":
                change = means - default[file]
                cell += " (" + " / ".join(f"{d:+.2f}" for d in change) + ")"
            cells.append(cell)
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())
