"""The package's structure: no import cycle, light options, records apart from the pipeline.

The import graph is read from the source with ``ast`` (imports under ``if TYPE_CHECKING:``
are left out: they never run); imports inside functions count, since they run too.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import summarize
from summarize._moved import MOVED

PACKAGE = Path(summarize.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports(name: str) -> set[str]:
    """The modules of the package that importing ``name`` (or calling into it) imports."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        for target in targets:
            # Importing a.b.c runs a, a.b and a.b.c: every one that is not already ours.
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                module = ".".join(parts[:end])
                if module in MODULES and not name.startswith(module + ".") and module != name:
                    found.add(module)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_import_graph_sees_relative_and_lazy_imports() -> None:
    assert "summarize.records" in GRAPH["summarize.digest"]
    assert "summarize.render.json" in GRAPH["summarize.digest"]  # imported inside to_json
    assert "summarize.claims" in GRAPH["summarize.rank._base"]  # the parent package runs too


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles(GRAPH) == []


def test_records_depend_on_nothing_of_the_pipeline() -> None:
    assert GRAPH["summarize.errors"] == set()
    assert GRAPH["summarize.options"] == {"summarize.errors"}
    assert GRAPH["summarize.records"] == {"summarize.errors"}


def test_renderers_import_records_never_the_digest() -> None:
    for name in GRAPH:
        if name.startswith("summarize.render"):
            assert "summarize.digest" not in GRAPH[name], name
            assert "summarize.pipeline" not in GRAPH[name], name


def test_stages_do_not_reach_into_later_stages() -> None:
    order = ["text", "rank", "claims", "analysis", "render"]
    for name, imported in GRAPH.items():
        stage = name.split(".")[1] if name.count(".") else ""
        if stage not in order:
            continue
        later = {f"summarize.{s}" for s in order[order.index(stage) + 1 :]}
        reached = {m for m in imported if any(m == s or m.startswith(s + ".") for s in later)}
        # rank reads the similarity graph that claims/ owns; nothing else looks ahead.
        allowed = {"summarize.claims", "summarize.claims._similarity"} if stage == "rank" else set()
        assert reached <= allowed, (name, reached - allowed)


def test_every_module_imports_on_its_own_in_a_fresh_interpreter() -> None:
    # Each module is imported with no module of the package loaded before it (as from a
    # fresh interpreter: third-party modules stay loaded, which an import cycle never
    # needs); __main__ is left out, since importing it runs the command.
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        f"for name in {sorted(set(MODULES) - {'summarize.__main__'})!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'summarize']:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError as error:\n"
        "        failed.append(f'{name}: {error}')\n"
        "print('\\n'.join(failed))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_importing_options_loads_no_nlp_library() -> None:
    script = (
        "import sys, summarize.options\n"
        "print(sorted(m for m in ('nltk', 'sklearn', 'sumy', 'scipy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_module_path_names_its_new_place(old: str) -> None:
    with pytest.raises(ModuleNotFoundError, match=f"{old} moved: import from summarize"):
        importlib.import_module(old)
    new = MOVED[old].split()[0]
    assert new in MODULES, f"{old} points at {new}, which does not exist"


def test_old_names_inside_kept_modules_name_their_new_place() -> None:
    with pytest.raises(ImportError, match=r"summarize\.Digest"):
        from summarize.records import Digest  # noqa: F401
    with pytest.raises(ImportError, match=r"Digest\.from_json"):
        from summarize.render.json import from_json  # noqa: F401


#: Modules below the top level that a user may import by path (docs/reference says so).
PUBLIC = {
    "summarize.render.html",
    "summarize.render.json",
    "summarize.render.markdown",
    "summarize.render.text",
}


def test_implementation_modules_are_private() -> None:
    for name, path in MODULES.items():
        if name.count(".") < 2 or path.name == "__init__.py" or name in PUBLIC:
            continue
        assert any(part.startswith("_") for part in name.split(".")[1:]), name


def test_a_subpackage_exports_only_names_it_has() -> None:
    for name, path in MODULES.items():
        if path.name != "__init__.py":
            continue
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", []):
            assert getattr(module, exported, None) is not None, f"{name}.{exported}"


def test_a_private_module_exports_no_private_name() -> None:
    for name in sorted(set(MODULES) - {"summarize.__main__"}):  # importing it runs the command
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", []):
            private = exported.startswith("_") and not exported.endswith("__")
            assert not private, f"{name}.__all__ holds {exported}"
