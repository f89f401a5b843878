"""README.md tells the truth: its code runs, its commands exist, the public API is documented."""

from __future__ import annotations

import ast
import inspect
import re
import shlex
from pathlib import Path

import conftest
import pytest
from conftest import ROOT

import summarize
from summarize.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"


def blocks(language: str, text: str = README) -> list[str]:
    """The fenced code blocks of ``text`` in ``language``, in order."""
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)


def section(title: str) -> str:
    """The text of the README's ``## title`` section, up to the next ``## `` heading."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


PYTHON_BLOCKS = blocks("python")


def test_readme_has_python_examples() -> None:
    assert PYTHON_BLOCKS


@pytest.mark.parametrize("number", range(len(PYTHON_BLOCKS)))
def test_python_block_runs(
    number: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each block runs alone, from the repository root, in a fresh namespace."""
    monkeypatch.chdir(ROOT)
    code = compile(PYTHON_BLOCKS[number], f"README.md python block {number + 1}", "exec")
    exec(code, {"__name__": "__readme__"})
    assert capsys.readouterr().out.strip(), "the example prints what it shows"


def test_the_two_commands_are_there() -> None:
    commands = [block.strip() for block in blocks("sh", section("Two commands"))]
    assert len(commands) == 2
    assert all("\n" not in command for command in commands), "each is one line to paste"
    install, test = commands
    assert install.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install . ")
    assert install.endswith("&& summarize examples/data/harbour-bridge --format markdown")
    assert test == TEST_COMMAND


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in [line.strip() for line in ci.splitlines()]


def test_first_command_prints_the_markdown_digest(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ``summarize`` part of the first command runs and prints the Markdown digest."""
    install = blocks("sh", section("Two commands"))[0].strip()
    argv = shlex.split(install.rpartition("&& summarize ")[2])
    scripts = re.search(r"^\[project\.scripts\]\n(.*?)(?=^\[|\Z)", _pyproject(), re.M | re.S)
    assert scripts
    assert 'summarize = "summarize.cli:main"' in scripts.group(1)
    monkeypatch.chdir(ROOT)
    assert main(argv) == 0
    expected = summarize.summarize(summarize.load_articles(argv[0])).to_markdown()
    assert capsys.readouterr().out == expected


def _pyproject() -> str:
    return (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_documented_signature_matches_summarize() -> None:
    """The signature and option table in the README name the real keywords and defaults."""
    match = re.search(r"`summarize\.summarize\((.*?)\)`", README, re.S)
    assert match, "README.md shows the signature of summarize.summarize"
    documented = ast.parse(f"def f({match.group(1)}): pass").body[0]
    assert isinstance(documented, ast.FunctionDef)
    defaults = {
        arg.arg: ast.literal_eval(default)
        for arg, default in zip(
            documented.args.kwonlyargs, documented.args.kw_defaults, strict=True
        )
        if default is not None
    }
    actual = {
        name: p.default
        for name, p in inspect.signature(summarize.summarize).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    }
    assert list(defaults) == list(actual)
    # merged defaults to None in the code so that words=N can replace it; it means 5.
    assert defaults.pop("merged") == summarize.Options.resolve(merged=None, words=None).merged
    assert defaults == {name: value for name, value in actual.items() if name != "merged"}
    table = re.findall(r"^\| `(\w+)` \|", section("Library"), re.M)
    assert set(table) == set(actual) - {"id"}


def test_public_names_resolve() -> None:
    assert len(set(summarize.__all__)) == len(summarize.__all__)
    for name in summarize.__all__:
        assert hasattr(summarize, name), name


def _documented(name: str) -> list[str]:
    """Names of the public object and its public methods and properties without a docstring."""
    obj = getattr(summarize, name)
    missing = [] if (obj.__doc__ or "").strip() else [name]
    if inspect.isclass(obj):
        for attribute, value in vars(obj).items():
            if attribute.startswith("_"):
                continue
            if isinstance(value, (classmethod, staticmethod)):
                value = value.__func__
            if (inspect.isfunction(value) or isinstance(value, property)) and not (
                value.__doc__ or ""
            ).strip():
                missing.append(f"{name}.{attribute}")
    return missing


@pytest.mark.parametrize(
    "name",
    [n for n in summarize.__all__ if callable(getattr(summarize, n))],
)
def test_public_name_has_a_docstring(name: str) -> None:
    assert _documented(name) == []


def test_public_constants() -> None:
    assert isinstance(summarize.__version__, str)
    assert summarize.__version__
    assert "default" in summarize.METHODS
    assert "english" in summarize.LANGUAGES
    for constant in (summarize.METHODS, summarize.LANGUAGES):
        assert isinstance(constant, tuple)
        assert all(isinstance(x, str) for x in constant)


def test_readme_names_only_files_that_exist() -> None:
    """Paths the README gives, and the modules its stage table names, exist."""
    named = set(re.findall(r"`((?:summarize|examples|benchmarks|tests)/[\w./-]+)`", README))
    named |= set(re.findall(r"python ((?:benchmarks|examples)/\w+\.py)", README))
    named |= set(re.findall(r"summarize (examples/[\w./-]+)", README))
    assert "summarize/pipeline.py" in named
    assert "examples/data/harbour-bridge" in named
    assert sorted(path for path in named if not (ROOT / path).exists()) == []
    package = {p.name for p in (ROOT / "summarize").rglob("*.py")}
    package |= {p.name + "/" for p in (ROOT / "summarize").iterdir() if p.is_dir()}
    stages = set(re.findall(r"`(\w+\.py|\w+/)`", section("How it works")))
    assert {"load.py", "text/", "rank/", "render/"} <= stages
    assert sorted(stages - package) == []


def test_a_test_of_the_real_articles_says_why_it_skips_and_where_it_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A newcomer without ../shared learns what the data is and that CI runs the test."""
    monkeypatch.setattr(conftest, "SHARED", tmp_path)
    with pytest.raises(pytest.skip.Exception) as skipped:
        conftest._shared("bench")
    assert skipped.value.msg == (
        f"{tmp_path / 'data' / 'bench'} is absent: this test reads real news (scraped "
        "articles, Multi-News and AllSides clusters) and hand-made gold, licensed for "
        "research only and so not shipped with summarize; it runs in CI, where that data "
        "sits beside the repository (or set SUMMARIZE_SHARED to a folder that holds it as "
        "data/)"
    )
    assert "skip with a reason when `../shared/data` is absent; CI" in " ".join(README.split())
