"""ROUGE scoring of summaries against references: summarize.evaluate and its command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize import Article, LoadError, OptionError
from summarize.evaluate import (
    ReferenceCluster,
    Scores,
    bootstrap_interval,
    evaluate,
    load_references,
    main,
    score,
    truncate,
)

REFERENCE = "Floods closed the coastal road on Monday, and two villages were evacuated."


def test_identical_summary_scores_100() -> None:
    assert score([REFERENCE], REFERENCE) == Scores(100.0, 100.0, 100.0)


def test_unrelated_summary_scores_0() -> None:
    assert score(["Quartz glitters underground."], REFERENCE) == Scores(0.0, 0.0, 0.0)


def test_stemming_is_on() -> None:
    # "flooding" and "floods" share Porter's stem "flood".
    assert score(["flooding"], "floods").rouge1 == 100.0


def test_truncation_cuts_the_summary_at_the_word_budget() -> None:
    assert truncate(["a b c", "d e f"], 4) == ["a b c", "d"]
    assert truncate(["a b c", "", "d e f"], 3) == ["a b c"]
    assert truncate(["a  b\nc"], None) == ["a b c"]
    long = score([REFERENCE, "Quartz glitters underground, say geologists."], REFERENCE, words=12)
    assert long == score([REFERENCE], REFERENCE)


def test_best_reference_counts_for_each_metric() -> None:
    summary = ["Floods closed the coastal road on Monday."]
    alone = score(summary, REFERENCE)
    assert score(summary, ["Quartz glitters underground.", REFERENCE]) == alone


def test_sentences_are_lines_for_rouge_lsum() -> None:
    # ROUGE-Lsum takes the union of longest common subsequences sentence by sentence,
    # so reordering whole sentences leaves it unchanged where plain ROUGE-L would drop.
    reference = "The road closed.\nThe villages emptied."
    assert (
        score(["The villages emptied.", "The road closed."], reference).rougeLsum
        == score(["The road closed.", "The villages emptied."], reference).rougeLsum
    )


def test_no_reference_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="reference"):
        score(["text"], [])


def test_bootstrap_interval_brackets_the_mean_and_is_reproducible() -> None:
    values = [float(v) for v in range(100)]
    low, high = bootstrap_interval(values)
    assert low < 49.5 < high
    assert (low, high) == bootstrap_interval(values)
    assert bootstrap_interval([]) == (0.0, 0.0)
    with pytest.raises(OptionError):
        bootstrap_interval(values, level=1.5)


def _clusters_file(tmp_path: Path, lines: list[object]) -> Path:
    file = tmp_path / "clusters.jsonl"
    file.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return file


CLUSTER = {
    "id": "floods",
    "articles": [
        {"id": "a", "text": REFERENCE + " Schools stayed shut."},
        {"id": "b", "text": "Two villages were evacuated on Monday as floods closed the road."},
    ],
    "references": [REFERENCE],
}


def test_load_references_reads_articles_and_references(tmp_path: Path) -> None:
    (cluster,) = load_references(_clusters_file(tmp_path, [CLUSTER]))
    assert cluster.id == "floods"
    assert [a.id for a in cluster.articles] == ["a", "b"]
    assert cluster.references == (REFERENCE,)


def test_a_line_without_reference_is_a_load_error_naming_the_line(tmp_path: Path) -> None:
    file = _clusters_file(tmp_path, [CLUSTER, {"id": "x", "articles": ["Text."]}])
    clusters = load_references(file)
    next(clusters)
    with pytest.raises(LoadError, match="line 2: no reference"):
        next(clusters)


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read"):
        list(load_references(tmp_path / "absent.jsonl"))


def test_evaluate_scores_the_default_digest_and_any_summarizer() -> None:
    cluster = ReferenceCluster(
        id="c", articles=(Article(id="a", text=REFERENCE),), references=(REFERENCE,)
    )
    result = evaluate([cluster], words=50)
    assert result.ids == ("c",)
    assert result.mean == Scores(100.0, 100.0, 100.0)
    silent = evaluate([cluster], words=50, summarizer=lambda c: ["Quartz glitters."])
    assert silent.mean.rouge1 == 0.0
    assert result.interval("rouge1") == (100.0, 100.0)
    with pytest.raises(OptionError, match="metric"):
        result.interval("bleu")


def test_command_prints_the_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = _clusters_file(tmp_path, [CLUSTER, {**CLUSTER, "id": "again"}])
    assert main([str(file), "--words", "20", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 clusters, 20 words")
    assert "rouge2" in out
    assert "ms per cluster" in out


def test_regression_limit_read_the_whole_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--limit 1 still parsed line 2, so a broken line after the limit was an error."""
    file = tmp_path / "clusters.jsonl"
    file.write_text(json.dumps(CLUSTER) + "\n{not json\n", encoding="utf-8")
    assert main([str(file), "--words", "20", "--limit", "1"]) == 0
    assert capsys.readouterr().out.startswith("1 clusters")


def test_command_reports_bad_input_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent.jsonl"), "--words", "20"]) == 2
    assert capsys.readouterr().err.startswith("error: cannot read")


@pytest.mark.shared
def test_default_digest_beats_lead_on_real_clusters(bench_dir: Path) -> None:
    """On the first 40 Multi-News clusters our digest scores above the lead baseline."""
    from summarize import split_sentences

    clusters = list(load_references(bench_dir / "multinews-val.jsonl"))[:40]

    def lead(cluster: ReferenceCluster) -> list[str]:
        firsts = [[s.text for s in split_sentences(a.text)] for a in cluster.articles]
        return [
            s
            for depth in range(60)
            for sents in firsts
            if depth < len(sents)
            for s in [sents[depth]]
        ]

    ours = evaluate(clusters, words=250)
    baseline = evaluate(clusters, words=250, summarizer=lead)
    assert ours.mean.rouge1 > baseline.mean.rouge1
    assert ours.mean.rouge2 > baseline.mean.rouge2
