"""The packaged JSON Schema describes every digest JSON the library and the command write."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import EXAMPLE, ROOT, digest_validator
from hypothesis import given, settings
from strategies import methods, mixed_sets, options

import summarize
import summarize.schema
from summarize.cli import main
from summarize.options import ORDERS, Options
from summarize.render.json import digest_to_dict

Check = Callable[[Any], dict[str, Any]]

CLUSTERS = ROOT / "examples" / "data" / "clusters.jsonl"

# A small story written for these tests: three outlets, shared and exclusive claims.
STORY = [
    {
        "id": "wire",
        "source": "Harbour Wire",
        "title": "Ferry strike halts crossings",
        "url": "https://wire.example/ferry",
        "published": "2025-03-04",
        "text": (
            "Ferry crews walked out on Monday, halting every crossing to the islands. "
            "The union wants a 6% pay rise. Operators said talks would resume on Thursday."
        ),
    },
    {
        "id": "post",
        "source": "Island Post",
        "text": (
            "Every crossing to the islands was halted on Monday as ferry crews walked out.\n\n"
            "Shops on the islands ran short of bread by the evening. "
            "The union is asking for a pay rise of 6%."
        ),
    },
    {
        "id": "radio",
        "source": "Island Post",  # a second article of the same outlet
        "title": "",  # written as null
        "text": (
            "Talks between the operators and the union resume on Thursday, both sides said. "
            "Ferry crews walked out on Monday. Café owners in the port reported empty tables."
        ),
    },
]


def _errors(document: Any) -> list[str]:
    """Messages of every schema error, those inside ``anyOf``/``oneOf`` alternatives too."""
    pending = list(digest_validator().iter_errors(document))
    messages = []
    while pending:
        error = pending.pop(0)
        messages.append(error.message)
        pending += error.context or []
    return messages


def _story_digest(**kwargs: Any) -> summarize.Digest:
    return summarize.summarize(STORY, **kwargs)


# The schema itself --------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = summarize.schema.load()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_ships_inside_the_package() -> None:
    """The loader reads the package's data file, and hands out a fresh copy each time."""
    packaged = ROOT / "summarize" / "schema" / summarize.schema.DIGEST_SCHEMA
    assert json.loads(packaged.read_text(encoding="utf-8")) == summarize.schema.load()
    assert summarize.schema.text() == packaged.read_text(encoding="utf-8")
    first = summarize.schema.load()
    first["required"].clear()
    assert summarize.schema.load()["required"] == [
        "id",
        "articles",
        "per_source",
        "merged",
        "disagreements",
        "exclusives",
        "quotes",
        "skipped",
        "options",
    ]


def test_schema_names_the_keys_the_writer_writes_in_its_order() -> None:
    """Keys listed by the schema are those of ``digest_to_dict``, in the same order."""
    schema = summarize.schema.load()
    data = digest_to_dict(_story_digest(merged=2))
    defs = schema["$defs"]
    # headlines is written last, and only when an article without a title opens with one.
    assert list(schema["properties"]) == [*data, "headlines"]
    assert list(data) == schema["required"]
    assert list(defs["article"]["properties"]) == list(data["articles"][0])
    assert list(defs["sourceSummary"]["properties"]) == list(data["per_source"][0])
    scored = data["per_source"][0]["sentences"][0]
    assert [*defs["sentenceFields"]["properties"], "score"] == list(scored)
    assert list(defs["claim"]["properties"]) == list(data["merged"][0])
    assert list(defs["sentenceFields"]["properties"]) == list(data["merged"][0]["sentence"])
    assert list(defs["options"]["properties"]) == list(Options().to_dict())


def test_headlines_are_written_last_as_the_schema_lists_them() -> None:
    """An article without a title that opens with a headline gives the optional key."""
    text = "Ferry Crews Walk Out Over Pay\n\nFerry crews walked out over pay on Monday."
    digest = summarize.summarize([*STORY, {"id": "gazette", "text": text}])
    data = digest_to_dict(digest)
    schema = summarize.schema.load()
    assert list(data) == list(schema["properties"])
    assert list(schema["$defs"]["headline"]["properties"]) == list(data["headlines"][0])
    assert _errors(json.loads(digest.to_json())) == []


def test_schema_enums_are_the_library_names() -> None:
    properties = summarize.schema.load()["$defs"]["options"]["properties"]
    assert tuple(properties["method"]["enum"]) == summarize.METHODS
    assert tuple(properties["language"]["enum"]) == summarize.LANGUAGES
    assert tuple(properties["order"]["enum"]) == ORDERS


# What the library and the command write ------------------------------------------------------


def test_bundled_example_folder(assert_valid_digest_json: Check) -> None:
    digest = summarize.summarize(summarize.load_articles(EXAMPLE))
    data = assert_valid_digest_json(digest.to_json())
    assert len(data["articles"]) == 5
    assert data["merged"]


def test_bundled_example_through_the_command(
    assert_valid_digest_json: Check, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(EXAMPLE), "--format", "json", "--words", "80", "--order", "source"]) == 0
    data = assert_valid_digest_json(capsys.readouterr().out)
    assert data["options"]["words"] == 80


def test_golden_digest_of_the_example(assert_valid_digest_json: Check) -> None:
    assert_valid_digest_json((ROOT / "tests" / "golden" / "harbour-bridge.json").read_text("utf-8"))


def test_every_cluster_of_the_bundled_clusters_file(
    assert_valid_digest_json: Check, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's JSON Lines output: one valid digest a line, with the cluster's id."""
    assert main([str(CLUSTERS), "--words", "60"]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = [c.id for c in summarize.load_clusters(CLUSTERS)]
    assert len(lines) == len(expected) == 3
    assert [assert_valid_digest_json(line)["id"] for line in lines] == expected


def test_every_cluster_through_the_library(assert_valid_digest_json: Check) -> None:
    for cluster in summarize.load_clusters(CLUSTERS):
        digest = summarize.summarize(cluster.articles, id=cluster.id, merged=3)
        assert assert_valid_digest_json(digest.to_json(indent=None))["id"] == cluster.id


_COMBINATIONS = list(itertools.product(summarize.METHODS, ({"merged": 2}, {"words": 25}), ORDERS))


@pytest.mark.parametrize(
    ("method", "budget", "order"),
    _COMBINATIONS,
    ids=[f"{m}-{next(iter(b))}-{o}" for m, b, o in _COMBINATIONS],
)
def test_every_method_budget_and_order(
    assert_valid_digest_json: Check, method: str, budget: dict[str, int], order: str
) -> None:
    digest = _story_digest(method=method, order=order, per_source=2, **budget)
    data = assert_valid_digest_json(digest.to_json())
    assert data["options"]["method"] == method
    assert data["options"]["order"] == order
    assert {key: data["options"][key] for key in budget} == budget
    assert data["articles"][0]["url"] == "https://wire.example/ferry"
    assert data["articles"][2]["title"] is None


def test_other_options_and_language(assert_valid_digest_json: Check) -> None:
    texts = [
        "Le pont a été fermé lundi. Les travaux dureront deux ans.",
        "Lundi, le pont a été fermé à la circulation. Les commerçants sont inquiets.",
    ]
    digest = summarize.summarize(
        texts, language="french", similarity=1, redundancy=1.0, per_source=1, id="pont"
    )
    data = assert_valid_digest_json(digest.to_json())
    assert (data["options"]["similarity"], data["options"]["language"]) == (1, "french")


def test_digest_left_empty_by_cleaning(
    assert_valid_digest_json: Check, caplog: pytest.LogCaptureFixture
) -> None:
    """Only boilerplate: empty summaries, no claims, and still a valid document."""
    texts = ["By Jane Roe\n\n© 2025 The Example Gazette. All rights reserved.", "Subscribe now"]
    with caplog.at_level(logging.WARNING, logger="summarize"):
        digest = summarize.summarize(texts)
    data = assert_valid_digest_json(digest.to_json())
    assert data["merged"] == []
    assert [s["sentences"] for s in data["per_source"]] == [[], []]


def test_set_with_one_article_left_empty(assert_valid_digest_json: Check) -> None:
    texts = ["Subscribe now", STORY[0]["text"]]
    data = assert_valid_digest_json(summarize.summarize(texts).to_json())
    assert [len(s["sentences"]) > 0 for s in data["per_source"]] == [False, True]
    assert data["merged"]


@pytest.mark.shared
def test_baghouz_articles(assert_valid_digest_json: Check, baghouz_dir: Path) -> None:
    articles = summarize.load_articles(baghouz_dir)
    for kwargs in ({}, {"words": 100, "order": "source"}):
        data = assert_valid_digest_json(summarize.summarize(articles, **kwargs).to_json())
        assert len(data["articles"]) == 5
        assert data["merged"]


@settings(max_examples=25, deadline=None)
@given(mixed_sets(), options(methods))
def test_generated_sets_give_valid_json(
    assert_valid_digest_json: Check, articles: list[summarize.Article], kwargs: Any
) -> None:
    """Whatever the set and the options, the JSON validates (the checks beyond it hold too)."""
    data = assert_valid_digest_json(summarize.summarize(articles, **kwargs).to_json())
    assert len(data["per_source"]) == len(articles)


# What the schema refuses ----------------------------------------------------------------------


def _valid() -> dict[str, Any]:
    return digest_to_dict(_story_digest(merged=3))


def test_the_document_used_below_is_valid() -> None:
    data = _valid()
    assert _errors(data) == []
    assert data["merged"][0]["support"], "damages below need a claim with support"


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.pop("options"), "'options' is a required property"),
        (lambda d: d.update(notes="x"), "Unevaluated|Additional properties"),
        (lambda d: d.update(id=7), "is not of type 'string', 'null'"),
        (lambda d: d["articles"][0].pop("published"), "'published' is a required property"),
        (lambda d: d["articles"][0].update(title=""), "should be non-empty|is too short"),
        (lambda d: d["articles"][0].update(lang="en"), "Additional properties"),
        (lambda d: d["per_source"][0]["sentences"][0].pop("score"), "'score' is a required"),
        (lambda d: d["per_source"][0]["sentences"][0].update(score=-1), "less than the minimum"),
        (lambda d: d["per_source"][0]["sentences"][0].update(start=-3), "less than the minimum"),
        (lambda d: d["per_source"][0]["sentences"][0].update(index=1.5), "not of type 'integer'"),
        (lambda d: d["per_source"][0].update(sentences=None), "not of type 'array'"),
        (lambda d: d["merged"][0]["sentence"].update(score=0.5), "Unevaluated properties"),
        (lambda d: d["merged"][0]["support"][0].update(weight=1), "Unevaluated properties"),
        (lambda d: d["merged"][0].update(sources=[]), "should be non-empty|is too short"),
        (lambda d: d["merged"][0].update(sources=["a", "a"]), "non-unique elements"),
        (lambda d: d["merged"][0].update(support=[]), "should be non-empty|is too short"),
        (lambda d: d["merged"][0].update(score="high"), "not of type 'number'"),
        (lambda d: d["options"].update(words=40), "is valid under each of|is not valid"),
        (lambda d: d["options"].update(merged=None), "is not valid under any"),
        (lambda d: d["options"].update(merged=0), "less than the minimum"),
        (lambda d: d["options"].update(method="bert"), "is not one of"),
        (lambda d: d["options"].update(similarity=0), "less than or equal to the minimum"),
        (lambda d: d["options"].update(redundancy=1.5), "greater than the maximum"),
        (lambda d: d["options"].update(beam=4), "Additional properties"),
    ],
)
def test_schema_refuses_what_the_writer_never_writes(
    damage: Callable[[dict[str, Any]], object], message: str
) -> None:
    data = _valid()
    damage(data)
    errors = _errors(data)
    assert errors, "the damaged document passed"
    assert any(any(part in error for part in message.split("|")) for error in errors), errors


def test_checker_catches_what_the_schema_cannot(assert_valid_digest_json: Check) -> None:
    """Offsets that do not slice the text pass the schema; the test checker refuses them."""
    data = _valid()
    data["merged"][0]["sentence"]["start"] += 1
    assert _errors(data) == []
    with pytest.raises(AssertionError, match="offsets do not slice"):
        assert_valid_digest_json(data)
    moved = _valid()
    assert moved["merged"][0]["sources"] == ["Harbour Wire", "Island Post"]
    moved["merged"][0]["sources"].reverse()
    assert _errors(moved) == []
    with pytest.raises(AssertionError, match=r"merged\[0\]\.sources"):
        assert_valid_digest_json(moved)
    broken = _valid()
    del broken["articles"][0]["text"]
    with pytest.raises(pytest.fail.Exception, match="'text' is a required property"):
        assert_valid_digest_json(broken)


def test_every_digest_json_the_tests_make_is_checked() -> None:
    """conftest wraps the one JSON writer, so a digest breaking the schema fails any test."""
    import summarize.cli._main
    import summarize.render.json

    assert summarize.render.json.to_json.__name__ == "checked"
    assert summarize.cli._main.to_json is summarize.render.json.to_json
