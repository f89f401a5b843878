"""The command line on a clusters file in text, Markdown and HTML; --output-dir; --evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import CLUSTERS, STORY
from test_cli import assert_usage_error, run, stdin

import summarize
from summarize.render import render

FORMATS = {"text": ".txt", "markdown": ".md", "html": ".html"}


def _digests() -> list[summarize.Digest]:
    """The digests of the clusters file, as the library makes them one by one."""
    return list(summarize.summarize_many(CLUSTERS))


# One document ---------------------------------------------------------------------------------


def test_regression_a_clusters_file_refused_markdown(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    """It said "a clusters file gives JSON Lines; --format markdown cannot be used with it"."""
    code, out, err = run(capsys, clusters_file, "--format", "markdown")
    assert (code, err) == (0, "")
    assert out.startswith(
        "# Digests of 3 stories\n\n"
        '<a id="contents"></a>\n\n'
        "1. [flood](#flood): 3 articles from 3 sources, 5 claims. "
    )
    assert "\n2. [election](#election): 2 articles from 2 sources, " in out
    assert "\n3. [ferry](#ferry): 1 article, " in out
    anchors = re.findall(r'^<a id="([^"]+)"></a>$', out, flags=re.MULTILINE)
    assert anchors == ["contents", "flood", "election", "ferry"]
    titles = re.findall(r"^## (.*)$", out, flags=re.MULTILINE)
    assert titles == ["Summary of flood", "Summary of election", "Summary of ferry"]
    assert out.count("\n[Back to the contents](#contents)\n") == 3


def test_markdown_batch_holds_each_digest_one_level_down(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    out = run(capsys, clusters_file, "--format", "markdown")[1]
    for digest in _digests():
        single = digest.to_markdown()
        down = "\n".join(
            "#" + line if line.startswith("#") else line for line in single.split("\n")
        )
        assert down in out


def test_text_batch_lists_the_stories_then_each_digest(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    code, out, err = run(capsys, clusters_file, "--format", "text", "--evidence")
    assert (code, err) == (0, "")
    assert out.startswith(
        "DIGESTS OF 3 STORIES\n\n"
        "1. flood: 3 articles from 3 sources, 5 claims\n"
        "2. election: 2 articles from 2 sources, 2 claims\n"
        "3. ferry: 1 article, 2 points\n\n" + "=" * 88 + "\n\nSummary of flood\n"
    )
    assert out.count("=" * 88) == 3
    for digest in _digests():
        assert digest.to_text(evidence=True) in out
    assert all(len(line) <= 88 for line in out.splitlines())


def test_html_batch_is_one_page(capsys: pytest.CaptureFixture[str], clusters_file: Path) -> None:
    code, out, err = run(capsys, clusters_file, "--format", "html")
    assert (code, err) == (0, "")
    assert out.count("<!DOCTYPE html>") == 1
    assert re.findall(r'<a href="(#[^"]*)"><span class="rank">', out) == [
        "#flood",
        "#election",
        "#ferry",
    ]
    assert re.findall(r'<article class="story" id="([^"]+)"', out) == ["flood", "election", "ferry"]
    ids = re.findall(r' id="([^"]+)"', out)
    assert len(ids) == len(set(ids)), "every id once"
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", out)


def test_batch_to_output_and_from_standard_input(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clusters_file: Path,
    tmp_path: Path,
) -> None:
    target = tmp_path / "day.md"
    assert run(capsys, clusters_file, "--format", "markdown", "--output", target)[:2] == (0, "")
    expected = run(capsys, clusters_file, "--format", "markdown")[1]
    assert target.read_text(encoding="utf-8") == expected
    stdin(monkeypatch, clusters_file.read_text(encoding="utf-8"))
    assert run(capsys, "-", "--format", "markdown")[1] == expected


def test_batch_is_written_whole_or_not_at_all(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "articles": [{"id": "x", "text": "  "}]}\n')
    target = tmp_path / "day.html"
    code, out, err = run(capsys, clusters_file, "--format", "html", "--output", target)
    assert_usage_error(code, out, err)
    assert err == (
        f"summarize: error: {clusters_file}, line 7: article 'x' is empty (only whitespace); "
        "remove it or give its text\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]
    assert run(capsys, clusters_file, "--format", "markdown")[1] == "", "nothing on stdout either"


def test_skipped_clusters_are_left_out_of_the_contents(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "articles": [{"id": "x", "text": "  "}]}\n')
    code, out, err = run(capsys, clusters_file, "--format", "markdown", "--skip-errors")
    assert code == 0
    assert out.startswith("# Digests of 3 stories\n")
    assert "broken" not in out
    assert err.splitlines()[-1] == "summarize: 1 of 4 clusters skipped"


# One file per cluster -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_output_dir_writes_a_file_per_cluster_and_an_index(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path, fmt: str
) -> None:
    folder = tmp_path / "out" / "day"
    code, out, err = run(capsys, clusters_file, "--format", fmt, "--output-dir", folder)
    assert (code, out, err) == (0, "", "")
    suffix = FORMATS.get(fmt, ".json")
    names = ["flood", "election", "ferry"] + ([] if fmt == "json" else ["index"])
    assert sorted(p.name for p in folder.iterdir()) == sorted(n + suffix for n in names)
    for digest in _digests():
        written = (folder / f"{digest.id}{suffix}").read_text(encoding="utf-8")
        assert written == render(digest, fmt)
    if fmt != "json":
        index = (folder / f"index{suffix}").read_text(encoding="utf-8")
        for name in ("flood", "election", "ferry"):
            assert name + suffix in index


def test_output_dir_is_the_default_json_too(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    assert run(capsys, clusters_file, "--output-dir", tmp_path / "out")[0] == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "election.json",
        "ferry.json",
        "flood.json",
    ]
    data = json.loads((tmp_path / "out" / "flood.json").read_text(encoding="utf-8"))
    assert summarize.Digest.from_json(json.dumps(data)).id == "flood"


def test_output_dir_names_are_safe_and_unique(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ids = ["Flood / Rhine", "flood-rhine", None, "../../escape", "index", "CON", "Überflutung", ""]
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps({"id": i, "articles": ["The river rose."]}) for i in ids]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    folder = tmp_path / "out"
    assert run(capsys, path, "--format", "markdown", "--output-dir", folder)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.jsonl", "out"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [
            "Flood-Rhine.md",
            "flood-rhine-2.md",
            "cluster-3.md",
            "escape.md",
            "index-2.md",
            "CON-.md",
            "Überflutung.md",
            "cluster-8.md",
            "index.md",
        ]
    )
    index = (folder / "index.md").read_text(encoding="utf-8")
    assert "1. [Flood / Rhine](Flood-Rhine.md): 1 article, 1 point." in index
    assert "3. [Cluster 3](cluster-3.md): " in index


def test_output_dir_replaces_files_and_leaves_no_temporary_one(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "flood.html").write_text("old", encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "articles": [{"id": "x", "text": "  "}]}\n')
    code, out, err = run(capsys, clusters_file, "--format", "html", "--output-dir", folder)
    assert_usage_error(code, out, err, "line 7")
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["election.html", "ferry.html", "flood.html", "notes.txt"], "no index"
    assert (folder / "flood.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


# Messages -----------------------------------------------------------------------------------


def test_output_and_output_dir_exclude_each_other(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, clusters_file, "--output", tmp_path / "a.md", "--output-dir", tmp_path / "b"
    )
    assert_usage_error(code, out, err)
    assert err == (
        "summarize: error: give --output FILE (one document) or --output-dir DIR (a file per "
        "cluster), not both\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]


def test_output_dir_needs_a_clusters_file(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, story_dir, "--output-dir", tmp_path / "out")
    assert_usage_error(code, out, err)
    assert err == (
        "summarize: error: --output-dir writes a file per cluster of a clusters file; for one "
        "set of articles, give --output FILE\n"
    )
    assert not (tmp_path / "out").exists()


def test_output_dir_that_is_a_file(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, clusters_file, "--output-dir", clusters_file)
    assert_usage_error(code, out, err)
    assert err == (
        f"summarize: error: cannot write to {clusters_file}: it is a file; give a folder for "
        "--output-dir (it is made if missing)\n"
    )
    below = clusters_file / "out"
    code, out, err = run(capsys, clusters_file, "--output-dir", below)
    assert_usage_error(code, out, err)
    assert err == f"summarize: error: cannot make the folder {below}: Not a directory\n"


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_evidence_warns_where_it_changes_nothing(
    capsys: pytest.CaptureFixture[str], story_dir: Path, fmt: str
) -> None:
    code, out, err = run(capsys, story_dir, "--format", fmt, "--evidence")
    assert code == 0
    assert out == run(capsys, story_dir, "--format", fmt)[1]
    assert err == (
        f"summarize: warning: --evidence changes nothing in --format {fmt}, which always holds "
        "every supporting sentence; use it with --format text or markdown\n"
    )
    assert run(capsys, story_dir, "--format", fmt, "--evidence", "--quiet")[2] == ""


# --evidence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "marker"), [("markdown", "   > "), ("text", "   > ")])
def test_evidence_quotes_the_support_of_each_claim(
    capsys: pytest.CaptureFixture[str], story_dir: Path, fmt: str, marker: str
) -> None:
    code, out, err = run(capsys, story_dir, "--format", fmt, "--evidence")
    assert (code, err) == (0, "")
    digest = summarize.summarize(summarize.load_articles(story_dir))
    assert out == render(digest, fmt, evidence=True)
    quoted = [line for line in out.splitlines() if line.startswith(marker)]
    assert len(quoted) == sum(len(claim.support) for claim in digest.merged)
    assert all(re.match(r" +> (gazette|river|valley) \[\d\]: ", line) for line in quoted)
    assert set(STORY) <= set(re.findall(r"> (\w+) \[", out))


def test_new_flags_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "--help")[1]
    assert "--evidence" in out
    assert "--output-dir DIR" in out


def test_the_contents_give_each_story_its_headline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A hash-like id says nothing; the first article's title tells what the story is."""
    path = tmp_path / "day.jsonl"
    articles = [{"id": k, "text": v, "title": f"{k.title()} floods"} for k, v in STORY.items()]
    path.write_text(json.dumps({"id": "c-9f2e7a", "articles": articles}) + "\n", encoding="utf-8")
    out = run(capsys, path, "--format", "markdown")[1]
    assert "\n1. [c-9f2e7a](#c-9f2e7a): 3 articles from 3 sources, 5 claims. River floods\n" in out
    page = run(capsys, path, "--format", "html")[1]
    assert '<span class="name">c-9f2e7a</span><span class="headline">River floods</span>' in page
