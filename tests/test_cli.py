"""The command line: formats, clusters files, atomic output, exit status and messages."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from conftest import CLUSTERS, STORY

import summarize
import summarize.cli._io
import summarize.cli._main
from summarize.batch import WORKERS_FROM
from summarize.cli._main import build_parser, main
from summarize.errors import OptionError
from summarize.options import Options
from summarize.rank import METHODS
from summarize.text._languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_usage_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2
    assert out == ""
    assert err.startswith("summarize: error: ")
    assert err.count("\n") == 1, "one line on stderr"
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


# Success --------------------------------------------------------------------------------


def test_folder_as_text_by_default(capsys: pytest.CaptureFixture[str], story_dir: Path) -> None:
    code, out, err = run(capsys, story_dir)
    assert (code, err) == (0, "")
    assert out.startswith("Summary\n3 articles from 3 sources\n\nMERGED SUMMARY\n")
    assert "BY SOURCE" in out
    assert all(len(line) <= 88 for line in out.splitlines())


def test_markdown_and_json_formats(capsys: pytest.CaptureFixture[str], story_dir: Path) -> None:
    code, out, _ = run(capsys, story_dir, "--format", "markdown")
    assert code == 0
    assert "## Merged summary" in out
    assert "### gazette" in out
    code, out, _ = run(capsys, story_dir, "--format", "json", "--words", "20", "--per-source", "1")
    assert code == 0
    data = json.loads(out)
    assert data["id"] is None
    assert data["options"]["words"] == 20
    assert data["options"]["merged"] is None
    assert all(len(p["sentences"]) == 1 for p in data["per_source"])
    assert sum(len(c["text"].split()) for c in data["merged"]) <= 20


def test_options_reach_the_digest(capsys: pytest.CaptureFixture[str], story_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        story_dir,
        "--format=json",
        "--merged=2",
        "--method=luhn",
        "--similarity=0.4",
        "--redundancy=0.9",
        "--order=source",
        "--selection=support",
        "--min-sources=2",
        "--exclusives=1",
    )
    assert code == 0
    options = json.loads(out)["options"]
    assert options == {
        "per_source": 3,
        "merged": 2,
        "words": None,
        "method": "luhn",
        "language": "english",
        "similarity": 0.4,
        "redundancy": 0.9,
        "order": "source",
        "selection": "support",
        "min_sources": 2,
        "exclusives": 1,
    }


def test_several_paths_give_one_digest(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text("Boats reached the stranded farms on Tuesday.", encoding="utf-8")
    code, out, _ = run(capsys, story_dir, extra, "--format", "json")
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["gazette", "river", "valley", "extra"]


def test_output_file_matches_stdout(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "digest.md"
    target.write_text("old content", encoding="utf-8")
    code, out, _ = run(capsys, story_dir, "--format", "markdown", "--output", target)
    assert (code, out) == (0, "")
    _, expected, _ = run(capsys, story_dir, "--format", "markdown")
    assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.md", "story"]


def test_clusters_file_gives_json_lines_in_order(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    code, out, err = run(capsys, clusters_file, "--merged", "2")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(CLUSTERS)
    digests = [json.loads(line) for line in lines]
    assert [d["id"] for d in digests] == ["flood", "election", "ferry"]
    assert [len(d["articles"]) for d in digests] == [3, 2, 1]
    assert digests[0]["articles"][0]["source"] == "River"
    assert all(next(iter(d)) == "id" for d in digests)


def test_clusters_file_accepts_format_json_and_output(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.jsonl"
    assert run(capsys, clusters_file, "--format", "json", "--output", target)[0] == 0
    _, expected, _ = run(capsys, clusters_file)
    assert target.read_text(encoding="utf-8") == expected


def test_help_lists_choices_and_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    flat = " ".join(out.split())
    for name in (*METHODS, *LANGUAGES):
        assert name in flat
    for option in ("--per-source", "--merged", "--words", "--similarity", "--order", "--output"):
        assert option in flat
    for option in ("--jobs", "--skip-errors", "--quiet", "--version", "standard input"):
        assert option in flat
    assert "(default: 3)" in flat
    assert f"(default: {Options().similarity})" in flat


def test_regression_readme_synopsis_lacked_redundancy() -> None:
    """The README's synopsis of the command left out ``--redundancy X``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Command line\n", 1)[1]
    synopsis = section.split("```sh\n", 1)[1].split("```", 1)[0]
    flags = {
        flag
        for action in build_parser()._actions
        for flag in action.option_strings
        if flag.startswith("--") and flag not in ("--help", "--version")
    }
    assert "--redundancy" in flags
    assert {"--jobs", "--skip-errors", "--quiet"} <= flags
    assert {
        flag for flag in flags if not re.search(rf"[\[ ]{re.escape(flag)}[\] ]", synopsis)
    } == set()
    assert "[--redundancy X]" in synopsis


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"summarize {version('summarize')}\n")
    assert out == f"summarize {summarize.__version__}\n"


# Usage errors and bad input ----------------------------------------------------------------


def test_unknown_method_lists_valid_names(
    capsys: pytest.CaptureFixture[str], story_dir: Path
) -> None:
    assert_usage_error(*run(capsys, story_dir, "--method", "magic"), "'magic'", ", ".join(METHODS))


def test_unknown_language_lists_valid_names(
    capsys: pytest.CaptureFixture[str], story_dir: Path
) -> None:
    assert_usage_error(*run(capsys, story_dir, "--language", "klingon"), ", ".join(LANGUAGES))


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--merged", "0"], "argument --merged: merged must be at least 1"),
        (["--per-source", "-1"], "argument --per-source: per_source must be at least 1"),
        (["--words", "many"], "argument --words: invalid int value: 'many'"),
        (["--merged", "2", "--words", "30"], "not allowed with argument --merged"),
        (["--similarity", "1.5"], "argument --similarity: similarity must be greater than 0"),
        (["--redundancy", "nan"], "argument --redundancy: redundancy must be greater than 0"),
        (["--similarity", "half"], "argument --similarity: invalid float value: 'half'"),
        (["--order", "random"], "invalid choice"),
        (["--format", "pdf"], "invalid choice"),
        (["--min-sources", "0"], "argument --min-sources: min_sources must be at least 1"),
        (["--exclusives", "-2"], "argument --exclusives: exclusives must be 0 or more"),
    ],
)
def test_bad_option_values(
    capsys: pytest.CaptureFixture[str], story_dir: Path, args: list[str], fragment: str
) -> None:
    assert_usage_error(*run(capsys, story_dir, *args), fragment)


def test_no_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert_usage_error(*run(capsys), "required: PATH")


def test_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert_usage_error(*run(capsys, tmp_path / "nowhere"), "no such file or folder")


def test_not_utf8_file(capsys: pytest.CaptureFixture[str], story_dir: Path) -> None:
    (story_dir / "latin.txt").write_bytes("Caf\u00e9 owners met.".encode("latin-1"))
    assert_usage_error(*run(capsys, story_dir), "latin.txt", "re-encode it as UTF-8")


def test_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert_usage_error(*run(capsys, tmp_path), "no .txt or .md files")


def test_clusters_file_mixed_with_folder(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, story_dir: Path
) -> None:
    assert_usage_error(*run(capsys, clusters_file, story_dir), "clusters files alone")


def test_output_left_untouched_on_error(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    (story_dir / "latin.txt").write_bytes("Caf\u00e9 owners met.".encode("latin-1"))
    target = tmp_path / "digest.json"
    assert run(capsys, story_dir, "--output", target)[0] == 2
    assert not target.exists()
    target.write_text("previous run", encoding="utf-8")
    assert run(capsys, story_dir, "--output", target)[0] == 2
    assert target.read_text(encoding="utf-8") == "previous run"


def test_output_not_half_written_when_a_cluster_fails(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    """The first clusters are already written to the temporary file when line 3 fails."""
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "articles": [{"id": "x", "text": "  "}]}\n')
    target = tmp_path / "out.jsonl"
    code, out, err = run(capsys, clusters_file, "--output", target)
    assert_usage_error(code, out, err, "line 7", "'x' is empty")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl"]


def test_output_into_missing_folder(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    assert_usage_error(
        *run(capsys, story_dir, "--output", tmp_path / "no" / "x.txt"), "cannot write"
    )


def test_regression_output_folder_gave_a_traceback(
    capsys: pytest.CaptureFixture[str], story_dir: Path, tmp_path: Path
) -> None:
    """``--output FOLDER`` ended in IsADirectoryError from os.replace, exit status 1."""
    target = tmp_path / "out"
    target.mkdir()
    code, out, err = run(capsys, story_dir, "--output", target)
    assert_usage_error(code, out, err, f"cannot write {target}: it is a folder")
    assert list(target.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "story"], "no temporary file"


def test_regression_failed_replace_gave_a_traceback(
    capsys: pytest.CaptureFixture[str],
    story_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An OSError while moving the finished output over its file escaped as a traceback."""

    def refuse(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied", source, None, target)

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "digest.txt"
    code, out, err = run(capsys, story_dir, "--output", target)
    assert_usage_error(code, out, err, f"cannot write {target}: Permission denied")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story"], "the temporary file is gone"


def test_regression_unreadable_folder_gave_a_traceback(
    capsys: pytest.CaptureFixture[str], story_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that could not be listed raised PermissionError out of the command."""

    def refuse(self: Path) -> Any:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    code, out, err = run(capsys, story_dir)
    assert_usage_error(code, out, err, f"cannot read {story_dir}: Permission denied")


def test_regression_oserror_anywhere_is_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], story_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any other OSError is reported in one line with the file it names, exit status 2."""

    def refuse(path: object) -> bool:
        raise OSError(5, "Input/output error", "/mnt/articles")

    monkeypatch.setattr(summarize.cli._main, "is_clusters_file", refuse)
    code, out, err = run(capsys, story_dir)
    assert_usage_error(code, out, err, "/mnt/articles: Input/output error")


def test_regression_null_text_in_clusters_file_gave_a_traceback(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    """``"text": null`` in a clusters file ended in a TypeError from attrs."""
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "bad", "articles": [{"id": "x", "text": null}]}\n')
    code, out, err = run(capsys, clusters_file)
    assert code == 2
    assert len(out.splitlines()) == len(CLUSTERS), "the earlier clusters are written"
    assert (
        err == f"summarize: error: {clusters_file}, line 7: article 0 ('x') has no text; "
        "give it a 'text' string\n"
    )


@pytest.mark.parametrize(
    ("args", "fields"),
    [
        (["--merged", "0"], {"merged": 0}),
        (["--words", "-5"], {"words": -5}),
        (["--similarity", "0"], {"similarity": 0.0}),
        (["--method", "magic"], {"method": "magic"}),
    ],
)
def test_regression_cli_repeated_the_validation_of_options(
    capsys: pytest.CaptureFixture[str], story_dir: Path, args: list[str], fields: dict[str, Any]
) -> None:
    """The command had validators of its own; it now reports what Options itself says."""
    with pytest.raises(OptionError) as caught:
        Options.resolve(**{"merged": None, "words": None, **fields})
    assert_usage_error(*run(capsys, story_dir, *args), str(caught.value))


# Real articles ------------------------------------------------------------------------------


@pytest.mark.shared
def test_baghouz_offsets_slice_each_file_exactly(
    capsys: pytest.CaptureFixture[str], baghouz_dir: Path, baghouz_texts: dict[str, str]
) -> None:
    code, out, _ = run(capsys, baghouz_dir, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {a["id"]: a["text"] for a in data["articles"]} == baghouz_texts
    objects = [s for p in data["per_source"] for s in p["sentences"]]
    objects += [s for c in data["merged"] for s in (c["sentence"], *c["support"])]
    assert len(objects) >= 15
    for s in objects:
        assert baghouz_texts[s["article"]][s["start"] : s["end"]] == s["text"]


@pytest.mark.shared
def test_baghouz_json_is_byte_identical_across_runs(
    capsys: pytest.CaptureFixture[str], baghouz_dir: Path
) -> None:
    """Two runs in this process and one in a fresh process with another hash seed agree."""
    first = run(capsys, baghouz_dir, "--format", "json")[1]
    second = run(capsys, baghouz_dir, "--format", "json")[1]
    assert first == second
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    fresh = subprocess.run(
        [sys.executable, "-m", "summarize", str(baghouz_dir), "--format", "json"],
        capture_output=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    assert fresh.stdout == first.encode("utf-8")


@pytest.mark.shared
def test_baghouz_output_left_absent_on_error(
    capsys: pytest.CaptureFixture[str], baghouz_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "digest.json"
    code, _, err = run(capsys, baghouz_dir, "--method", "nope", "--output", target)
    assert code == 2
    assert "choose one of" in err
    assert list(tmp_path.iterdir()) == []


# Warnings, progress, --quiet ------------------------------------------------------------------

# Cleaning leaves nothing of the first article of these clusters: the library warns.
NOISY = [
    {"id": "quay", "articles": ["Subscribe to our newsletter.", "The quay reopened on Friday."]},
    {"articles": ["Boats moored at the quay again.", "Sign up for our free newsletter"]},
]


@pytest.fixture
def noisy_file(tmp_path: Path) -> Path:
    path = tmp_path / "noisy.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in [CLUSTERS[0], *NOISY]), "utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.usefixtures("workers_for_any_batch")
def test_warnings_name_the_cluster(
    capsys: pytest.CaptureFixture[str], noisy_file: Path, jobs: str
) -> None:
    """A warning logged while a cluster is summarised names it: by id, else by file and line.

    With ``--jobs 2`` the warnings are made in worker processes and shown here.
    """
    code, out, err = run(capsys, noisy_file, "--jobs", jobs)
    assert code == 0
    assert len(out.splitlines()) == 3
    assert err.splitlines() == [
        "summarize: warning: cluster 'quay': article '0' has no content left after cleaning",
        f"summarize: warning: {noisy_file}, line 3: article '1' has no content left after cleaning",
    ]
    assert not [
        h for h in logging.getLogger("summarize").handlers if not isinstance(h, logging.NullHandler)
    ], "the handler is removed when the command ends"


@pytest.mark.usefixtures("workers_for_any_batch")
def test_jobs_give_the_same_output(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, tmp_path: Path
) -> None:
    _, expected, _ = run(capsys, clusters_file, "--words", "30")
    target = tmp_path / "two.jsonl"
    assert run(capsys, clusters_file, "--words", "30", "-j", "2", "--output", target)[0] == 0
    assert target.read_text(encoding="utf-8") == expected
    code, out, _ = run(capsys, clusters_file, "--words", "30", "--jobs=-1")
    assert (code, out) == (0, expected)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("0", "other than 0"), ("two", "invalid int value: 'two'")],
)
def test_bad_jobs(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, value: str, fragment: str
) -> None:
    assert_usage_error(*run(capsys, clusters_file, "--jobs", value), "--jobs", fragment)


def test_quiet_silences_warnings_not_errors(
    capsys: pytest.CaptureFixture[str], noisy_file: Path, story_dir: Path
) -> None:
    code, out, err = run(capsys, noisy_file, "--quiet")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 3
    assert_usage_error(*run(capsys, story_dir, "-q", "--merged", "0"), "--merged")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], clusters_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, clusters_file)[2] == "", "no bar when stderr is not a terminal"
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(clusters_file)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(CLUSTERS)
    assert f"{len(CLUSTERS)} clusters" in terminal.getvalue()
    for argv, why in (
        ([str(clusters_file), "--quiet"], "quiet"),
        ([str(clusters_file)], "no tqdm"),
    ):
        terminal.seek(0)
        terminal.truncate()
        if why == "no tqdm":
            monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm raises ImportError
        assert main(argv) == 0
        assert terminal.getvalue() == "", why


# --skip-errors --------------------------------------------------------------------------------


@pytest.fixture
def flawed_file(clusters_file: Path) -> Path:
    """The three clusters (lines 1, 3, 5), then a bad cluster and a line that is not JSON."""
    with clusters_file.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "hollow", "articles": [{"id": "x", "text": "  "}]}\n')
        handle.write('{"id": "cut", "articles": [\n')
        handle.write(json.dumps(NOISY[0]) + "\n")
    return clusters_file


def test_default_stops_at_the_first_bad_line(
    capsys: pytest.CaptureFixture[str], flawed_file: Path
) -> None:
    code, out, err = run(capsys, flawed_file)
    assert code == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["flood", "election", "ferry"]
    assert err == (
        f"summarize: error: {flawed_file}, line 7: article 'x' is empty (only whitespace); "
        "remove it or give its text\n"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.usefixtures("workers_for_any_batch")
def test_skip_errors_goes_on_and_counts(
    capsys: pytest.CaptureFixture[str], flawed_file: Path, tmp_path: Path, jobs: str
) -> None:
    target = tmp_path / "out.jsonl"
    code, out, err = run(capsys, flawed_file, "--skip-errors", "-j", jobs, "--output", target)
    assert (code, out) == (0, "")
    ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert ids == ["flood", "election", "ferry", "quay"]
    assert err.splitlines() == [
        f"summarize: warning: skipped {flawed_file}, line 7: article 'x' is empty (only "
        "whitespace); remove it or give its text",
        f"summarize: warning: skipped {flawed_file}, line 8: malformed JSON: Expecting value",
        "summarize: warning: cluster 'quay': article '0' has no content left after cleaning",
        "summarize: 2 of 6 clusters skipped",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "out.jsonl"]


def test_skip_errors_count_is_told_even_when_quiet(
    capsys: pytest.CaptureFixture[str], flawed_file: Path
) -> None:
    code, out, err = run(capsys, flawed_file, "--skip-errors", "--quiet")
    assert code == 0
    assert len(out.splitlines()) == 4
    assert err == "summarize: 2 of 6 clusters skipped\n"


def test_skip_errors_fails_when_nothing_succeeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "articles": []}\n{"id": "b", "articles": [1]}\n', "utf-8")
    target = tmp_path / "out.jsonl"
    code, out, err = run(capsys, path, "--skip-errors", "--quiet", "--output", target)
    assert_usage_error(code, out, err, "no cluster could be summarised (2 skipped)")
    assert not target.exists()


def test_unreadable_second_file_is_named_after_the_first_is_written(
    capsys: pytest.CaptureFixture[str],
    clusters_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    second = tmp_path / "more.jsonl"
    second.write_text(json.dumps(CLUSTERS[2]) + "\n", encoding="utf-8")
    real_open = open

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path) == str(second):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(summarize.cli._io, "open", refuse, raising=False)
    code, out, err = run(capsys, clusters_file, second, "--skip-errors")
    assert code == 2
    assert len(out.splitlines()) == len(CLUSTERS)
    assert err == f"summarize: error: {second}: Permission denied\n"


# Standard input -------------------------------------------------------------------------------


def stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (STORY["river"], ["stdin"]),
        ("\n\n" + json.dumps([{"id": k, "text": v} for k, v in STORY.items()]), list(STORY)),
        ("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in STORY.items()), list(STORY)),
        (json.dumps(CLUSTERS[0]) + "\n", list(STORY)),
    ],
    ids=["text", "json", "jsonl", "one-cluster"],
)
def test_stdin_articles_by_content(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: str, ids: list[str]
) -> None:
    stdin(monkeypatch, data)
    code, out, err = run(capsys, "-", "--format", "json")
    assert (code, err) == (0, "")
    digest = json.loads(out)
    assert [a["id"] for a in digest["articles"]] == ids
    if ids == ["stdin"]:
        assert digest["articles"][0]["text"] == STORY["river"]


def test_stdin_beside_a_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, story_dir: Path
) -> None:
    stdin(monkeypatch, "Boats reached the stranded farms on Tuesday.")
    code, out, _ = run(capsys, story_dir, "-", "--format", "json")
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["gazette", "river", "valley", "stdin"]


@pytest.mark.parametrize(
    ("data", "args", "fragment"),
    [
        ("", [], "<stdin> is empty"),
        ("[1, 2", [], "<stdin>, line 1: malformed JSON"),
        ("{}", ["-"], "give - (standard input) once at most"),
        (json.dumps(CLUSTERS[0]) + "\n", ["STORY"], "clusters files alone"),
    ],
)
def test_stdin_errors(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    story_dir: Path,
    data: str,
    args: list[str],
    fragment: str,
) -> None:
    stdin(monkeypatch, data)
    paths = [str(story_dir) if a == "STORY" else a for a in args]
    assert_usage_error(*run(capsys, "-", *paths), fragment)


def test_stdin_clusters_stop_at_a_bad_line_naming_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin(monkeypatch, json.dumps(CLUSTERS[0]) + "\n{oops\n" + json.dumps(CLUSTERS[1]) + "\n")
    code, out, err = run(capsys, "-")
    assert code == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["flood"]
    assert err.startswith("summarize: error: <stdin>, line 2: malformed JSON")


def test_stdin_clusters_through_a_pipe(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    """A clusters stream piped into ``python -m summarize -`` gives what the file gives."""
    piped = subprocess.run(
        [sys.executable, "-m", "summarize", "-", "--merged", "2"],
        input=clusters_file.read_bytes(),
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    assert (piped.returncode, piped.stderr) == (0, b"")
    code, from_file, _ = run(capsys, clusters_file, "--merged", "2")
    assert code == 0
    assert piped.stdout.decode("utf-8") == from_file
    assert [json.loads(line)["id"] for line in from_file.splitlines()] == [
        "flood",
        "election",
        "ferry",
    ]


# Options that change nothing: a warning that says why -----------------------------------


@pytest.fixture
def one_article(tmp_path: Path) -> Path:
    path = tmp_path / "river.txt"
    path.write_text(STORY["river"], encoding="utf-8")
    return path


def test_jobs_on_one_set_of_articles_is_warned_about(
    capsys: pytest.CaptureFixture[str], story_dir: Path
) -> None:
    code, out, err = run(capsys, story_dir, "--jobs", "2")
    assert code == 0
    assert out.startswith("Summary")
    assert err == (
        "summarize: warning: --jobs 2 changes nothing here: it summarises the clusters of a "
        "clusters file in worker processes, and these articles are one set\n"
    )


def test_jobs_on_too_few_clusters_is_warned_about(
    capsys: pytest.CaptureFixture[str], clusters_file: Path
) -> None:
    _, expected, _ = run(capsys, clusters_file)
    code, out, err = run(capsys, clusters_file, "--jobs", "2")
    assert (code, out) == (0, expected)
    assert err == (
        "summarize: warning: --jobs 2 changes nothing for 3 clusters: worker processes gain "
        f"only from {WORKERS_FROM:,} clusters on, so they are summarised in this process\n"
    )


def test_min_sources_above_the_sources_is_warned_about_by_its_flag(
    capsys: pytest.CaptureFixture[str], story_dir: Path, clusters_file: Path
) -> None:
    code, out, err = run(capsys, story_dir, "--min-sources", "9")
    assert code == 0
    assert "No claim is stated by 9 sources or more." in out
    assert err == (
        "summarize: warning: --min-sources 9 is more than the set's 3 sources, so no claim "
        "can enter the merged summary; give --min-sources 3 or less\n"
    )
    code, out, err = run(capsys, clusters_file, "--min-sources", "2")
    assert err == (
        "summarize: warning: cluster 'ferry': --min-sources 2 is more than the set's 1 "
        "source, so no claim can enter the merged summary; give --min-sources 1\n"
    )


def test_flags_that_change_nothing_for_one_article_are_warned_about(
    capsys: pytest.CaptureFixture[str], one_article: Path
) -> None:
    code, out, err = run(capsys, one_article, "--exclusives", "5", "--evidence")
    assert code == 0
    assert "KEY POINTS" in out
    assert err.splitlines() == [
        "summarize: warning: --evidence changes nothing for one article: it quotes the "
        "sentences of the other articles that state each claim",
        "summarize: warning: --exclusives 5 changes nothing: a set of one source has no "
        "claims that no other source makes",
    ]
    code, out, err = run(capsys, one_article, "--per-source", "5", "--format", "markdown")
    assert err == (
        "summarize: warning: --per-source 5 changes nothing in --format markdown for one "
        "article, shown once as its key points; --merged or --words set how many\n"
    )
    assert run(capsys, one_article, "--per-source", "5", "--format", "json")[2] == ""
    assert run(capsys, one_article, "-q", "--jobs", "2", "--exclusives", "5")[2] == ""
