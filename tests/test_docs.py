"""The documentation tells the truth: every example in docs/*.md runs and prints what it shows.

Code blocks of a page run in order, in one namespace, from a scratch folder that holds
a copy of ``examples/data`` (so paths read as from the repository root, and files the
examples write land in the scratch folder):

* ``pycon`` blocks are doctests (``...`` matches anything);
* a ``python`` block runs as a script; when a ``text`` block follows it directly, that
  block is what it must print (``...`` matches anything);
* in ``console`` blocks, each ``$ summarize ...`` line runs the command in process; the
  lines up to the next ``$`` are what it must print (standard output, then standard
  error); the exit status must be 2 when it prints an error, 0 otherwise;
* ``sh``, ``json`` and ``text`` blocks are shown, not run.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib
import importlib.util
import io
import itertools
import re
import shlex
import shutil
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import ROOT

import summarize
from summarize.cli import build_parser, main

DOCS = ROOT / "docs"
PAGES = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
RUN = {"python", "pycon", "console"}
SHOWN = {"sh", "json", "text"}
FLAGS = doctest.ELLIPSIS

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.MULTILINE | re.DOTALL,
)


class Block(NamedTuple):
    """A fenced code block of a page."""

    lang: str
    body: str
    line: int
    start: int  # offset of the opening fence's line
    end: int  # offset just after the closing fence


def blocks(text: str) -> list[Block]:
    """The fenced code blocks of ``text``, in order, their bodies dedented."""
    found = []
    for match in _FENCE.finditer(text):
        indent = match.group("indent")
        body = "".join(
            line[len(indent) :] if line.startswith(indent) else line
            for line in match.group("body").splitlines(keepends=True)
        )
        line = text.count("\n", 0, match.start()) + 1
        found.append(Block(match.group("lang"), body, line, match.start(), match.end()))
    return found


def _read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def _matches(expected: str, got: str) -> bool:
    return doctest.OutputChecker().check_output(expected, got, FLAGS)


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with ``examples/data`` copied in, made the current directory."""
    shutil.copytree(ROOT / "examples" / "data", tmp_path / "examples" / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run_doctest(block: Block, namespace: dict[str, Any], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(block.body, namespace, name, name, block.line)
    assert test.examples, f"{name}: a pycon block without '>>>' examples"
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    result = runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # DocTest works on a copy; later blocks see its names
    if result.failed:
        pytest.fail("".join(report), pytrace=False)


def _run_script(block: Block, expected: str | None, namespace: dict[str, Any], name: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block.body, name, "exec"), namespace)
    if expected is not None and not _matches(expected, out.getvalue()):
        pytest.fail(f"{name} printed:\n{out.getvalue()}\nbut the page shows:\n{expected}")


def _commands(body: str) -> list[tuple[str, str]]:
    """(command, the output shown under it) for each ``$ `` line of a console block."""
    found: list[tuple[str, str]] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("$ "):
            found.append((line[2:].strip(), ""))
        else:
            assert found, f"console output before any command: {line!r}"
            found[-1] = (found[-1][0], found[-1][1] + line)
    return found


def _run_console(block: Block, name: str) -> None:
    commands = _commands(block.body)
    assert commands, f"{name}: a console block without '$ ' commands"
    for command, expected in commands:
        argv = shlex.split(command)
        assert not {"|", ">", "<", "&&", ";"} & set(argv), f"{name}: one command a line"
        prefix = 3 if argv[:3] == ["python", "-m", "summarize"] else 1
        assert argv[:prefix] in (["summarize"], ["python", "-m", "summarize"]), command
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv[prefix:])
        got = out.getvalue() + err.getvalue()
        assert code == (2 if "summarize: error:" in expected else 0), (command, got)
        if not _matches(expected, got):
            pytest.fail(f"{name}: `{command}` printed:\n{got}\nbut the page shows:\n{expected}")


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run_and_print_what_they_show(page: str, sandbox: Path) -> None:
    text = _read(page)
    found = blocks(text)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for number, block in enumerate(found):
        name = f"docs/{page}, line {block.line}"
        following = found[number + 1] if number + 1 < len(found) else None
        expected = None
        if following and following.lang == "text" and _adjacent(text, block, following):
            expected = following.body
        if block.lang == "pycon":
            _run_doctest(block, namespace, name)
        elif block.lang == "python":
            _run_script(block, expected, namespace, name)
        elif block.lang == "console":
            _run_console(block, name)


def _adjacent(text: str, first: Block, second: Block) -> bool:
    """Whether only blank lines separate the two blocks."""
    return not text[first.end : second.start].strip()


def test_pages_have_runnable_examples() -> None:
    """The pages that teach the library show code, and every fence has a known language."""
    for page in PAGES:
        for block in blocks(_read(page)):
            assert block.lang in RUN | SHOWN, f"docs/{page}, line {block.line}: '{block.lang}'"
    for page in ("index.md", "quickstart.md", "concepts.md", "cookbook.md", "json.md", "cli.md"):
        assert {b.lang for b in blocks(_read(page))} & RUN, f"docs/{page} runs no example"


def test_output_blocks_follow_code() -> None:
    """An output (``text``) block always directly follows the python block it belongs to."""
    for page in PAGES:
        text = _read(page)
        found = blocks(text)
        for previous, block in itertools.pairwise(found):
            if block.lang == "text":
                assert previous.lang == "python", f"docs/{page}, line {block.line}"
                assert _adjacent(text, previous, block), (
                    f"docs/{page}, line {block.line}: an output block must follow its code directly"
                )


def test_blocks_are_found_in_nested_markup() -> None:
    text = (
        "Intro\n\n```python\nprint(1)\n```\n\n```text\n1\n```\n\n"
        "??? note\n\n    ```json\n    {}\n    ```\n"
    )
    assert [(b.lang, b.body) for b in blocks(text)] == [
        ("python", "print(1)\n"),
        ("text", "1\n"),
        ("json", "{}\n"),
    ]
    assert _commands("$ summarize a\nerror line\n$ summarize b\n") == [
        ("summarize a", "error line\n"),
        ("summarize b", ""),
    ]


def test_a_wrong_shown_output_fails(sandbox: Path) -> None:
    """The checker is not vacuous: a page whose shown output is wrong fails."""
    block = Block("python", "print(2 + 2)\n", 1, 0, 0)
    with pytest.raises(pytest.fail.Exception, match="but the page shows"):
        _run_script(block, "5\n", {}, "made-up page")
    _run_script(block, "4\n", {}, "made-up page")
    with pytest.raises(pytest.fail.Exception):
        _run_doctest(Block("pycon", ">>> 1 + 1\n3\n", 1, 0, 0), {}, "made-up page")
    wrong = "$ summarize --merged 0 examples/data\nsummarize: error: nope\n"
    with pytest.raises(pytest.fail.Exception, match="but the page shows"):
        _run_console(Block("console", wrong, 1, 0, 0), "made-up page")


# The pages against the code --------------------------------------------------------------


def test_command_line_page_documents_every_flag_and_no_other() -> None:
    page = _read("cli.md")
    flags = {option for action in build_parser()._actions for option in action.option_strings}
    assert {"--output", "-h"} <= flags
    assert sorted(flag for flag in flags if f"`{flag}" not in page) == []
    table = re.search(r"^\| option \|.*?(?=^$)", page, flags=re.MULTILINE | re.DOTALL)
    assert table, "docs/cli.md has a table of options"
    rows = re.findall(r"^\| (`.*?) \|", table.group(0), flags=re.MULTILINE)
    documented = {flag for row in rows for flag in re.findall(r"`(--?[\w-]+)", row)}
    assert sorted(documented - flags) == []
    assert len(rows) == len({a.dest for a in build_parser()._actions if a.option_strings})


def test_reference_covers_the_public_surface() -> None:
    """Every public name has its entry in the API reference, and every entry resolves."""
    targets: list[str] = []
    for page in PAGES:
        targets += re.findall(r"^::: ([\w.]+)$", _read(page), flags=re.MULTILINE)
    shown = {target.rpartition(".")[2] for target in targets}
    assert sorted(set(summarize.__all__) - {"__version__"} - shown) == []
    for target in targets:
        _resolve(target)


def _resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            obj = getattr(obj, attribute)
        return obj
    raise AssertionError(f"{dotted} does not resolve")


def test_json_page_embeds_the_packaged_schema() -> None:
    page = _read("json.md")
    included = re.findall(r'--8<-- "([^"]+)"', page)
    assert included == ["summarize/schema/digest.schema.json"]
    assert (ROOT / included[0]).is_file()


def test_pages_name_only_modules_that_exist() -> None:
    named: set[str] = set()
    for page in PAGES:
        named |= set(re.findall(r"`(summarize/[\w./]+)`", _read(page)))
    assert "summarize/pipeline.py" in named
    assert sorted(path for path in named if not (ROOT / path).exists()) == []


def test_pages_use_only_bundled_data() -> None:
    for page in PAGES:
        text = _read(page)
        for block in blocks(text):
            if block.lang in RUN:
                assert "shared/" not in block.body, f"docs/{page}, line {block.line}"
        assert not re.search(r"(?<![\w.])/(?:home|work|tmp|Users)/", text), page


def test_every_page_is_in_the_navigation() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def files(nav: Any) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, dict):
            return [f for value in nav.values() for f in files(value)]
        return [f for item in nav for f in files(item)]

    listed = files(config["nav"])
    assert len(listed) == len(set(listed))
    assert sorted(listed) == PAGES
    assert config["theme"]["font"] is False
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert "privacy" not in plugins
    assert "mkdocstrings" in plugins


def test_reference_shows_docstring_examples_as_examples() -> None:
    """The docs' griffe extension turns our reStructuredText habits into Markdown."""
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location("markup", DOCS / "_ext" / "docstring_markup.py")
    assert spec is not None
    assert spec.loader is not None
    markup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(markup)
    text = (
        "Read it with :func:`load_articles` or :meth:`~summarize.records.Digest.to_json`.\n\n"
        "Usage::\n\n    summarize PATH\n\nExample:\n    >>> 1 + 1\n    2"
    )
    assert markup.to_markdown(text) == (
        "Read it with `load_articles` or `to_json`.\n\n"
        "Usage:\n\n    summarize PATH\n\nExamples:\n    >>> 1 + 1\n    2"
    )
