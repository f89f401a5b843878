"""Options are declared once, in Options; every entry point is derived from it or checked here."""

from __future__ import annotations

import argparse
import inspect
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import summarize
from summarize.cli import build_parser
from summarize.options import DEFAULT_MERGED, Options

ROOT = Path(__file__).resolve().parents[1]
FIELDS = attrs.fields(Options)
NAMES = [field.name for field in FIELDS]


def _keyword_options(function: Any) -> dict[str, Any]:
    """The keyword-only parameters of ``function`` that are options, with their defaults."""
    return {
        name: parameter.default
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name in NAMES
    }


@pytest.mark.parametrize("function", [summarize.summarize, summarize.summarize_many])
def test_an_entry_point_takes_every_option_in_order_with_its_default(function: Any) -> None:
    taken = _keyword_options(function)
    assert list(taken) == NAMES
    assert taken == {field.name: field.default for field in FIELDS}


@pytest.mark.parametrize("function", [summarize.summarize, summarize.summarize_many])
def test_an_entry_point_documents_every_option(function: Any) -> None:
    args = inspect.getdoc(function).partition("Args:")[2]
    missing = [name for name in NAMES if not re.search(rf"^\s+{name}:", args, re.M)]
    assert missing == []


def test_the_options_class_documents_every_field() -> None:
    attributes = inspect.getdoc(Options).partition("Attributes:")[2]
    assert [name for name in NAMES if not re.search(rf"^\s+{name}:", attributes, re.M)] == []


def test_every_field_declares_its_command_line_help() -> None:
    for field in FIELDS:
        assert set(field.metadata) == {"help", "metavar", "choices", "group"}, field.name
        assert field.metadata["help"], field.name


def _flags() -> dict[str, argparse.Action]:
    return {action.dest: action for action in build_parser()._actions if action.option_strings}


def test_the_command_line_has_a_flag_per_option_with_its_default() -> None:
    flags = _flags()
    for field in FIELDS:
        action = flags[field.name]
        assert action.option_strings == [f"--{field.name.replace('_', '-')}"]
        assert action.default == field.default
        assert str(action.help).startswith(field.metadata["help"])


def test_the_budget_flags_exclude_each_other() -> None:
    with pytest.raises(summarize.OptionError):
        Options(merged=3, words=40)
    parser = build_parser()
    [group] = [g for g in parser._mutually_exclusive_groups if g._group_actions]
    assert [action.dest for action in group._group_actions] == ["merged", "words"]


def test_a_flag_reads_its_value_as_the_option_type() -> None:
    args = build_parser().parse_args(["--per-source", "2", "--similarity", "0.5", "x"])
    assert (args.per_source, args.similarity) == (2, 0.5)
    assert (type(args.per_source), type(args.similarity)) == (int, float)


def test_the_merged_default_is_said_once() -> None:
    assert Options().merged == DEFAULT_MERGED
    assert f"(default: {DEFAULT_MERGED})" in attrs.fields(Options).merged.metadata["help"]


def test_the_readme_option_table_lists_every_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \|", readme, re.M)
    assert [name for name in NAMES if name not in rows] == []


def test_the_readme_signature_shows_every_default() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    signature = re.search(r"`summarize\.summarize\(articles, \*,(.*?)\)`", readme, re.S)
    assert signature is not None
    shown = dict(re.findall(r"(\w+)=([^,\s]+)", signature.group(1)))
    for field in FIELDS:
        default = DEFAULT_MERGED if field.name == "merged" else field.default  # as resolved
        assert shown[field.name].strip('"') == str(default), field.name


def test_the_dask_functions_refuse_an_unknown_option() -> None:
    from summarize import dask as summarize_dask

    with pytest.raises(summarize.OptionError, match="unknown option 'per_sourc'"):
        summarize_dask._options({"per_sourc": 2})
    assert summarize_dask._options({"per_source": 2}) == Options(per_source=2)
