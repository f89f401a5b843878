"""Shared fixtures: the real articles in ../shared/data, read where they are present.

That folder holds real news (scraped articles, clusters of Multi-News and AllSides)
and hand-made gold, for research only: it is not in the repository nor the package.
CI puts it beside the repository, so every test runs there; elsewhere the tests that
read it skip and say so (:data:`ABSENT`), and the rest run on text written for them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# No per-example deadline: how long an example takes is for the benchmarks to measure,
# and on a busy machine a deadline only makes property tests flaky.
settings.register_profile("summarize", deadline=None)
settings.load_profile("summarize")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared"))
EXAMPLE = ROOT / "examples" / "data" / "harbour-bridge"


#: Why a test of the real articles skips where they are absent: what they are, and where
#: the test does run.
ABSENT = (
    "{path} is absent: this test reads real news (scraped articles, Multi-News and "
    "AllSides clusters) and hand-made gold, licensed for research only and so not "
    "shipped with summarize; it runs in CI, where that data sits beside the repository "
    "(or set SUMMARIZE_SHARED to a folder that holds it as data/)"
)


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(ABSENT.format(path=path))
    return path


@pytest.fixture(scope="session")
def baghouz_dir() -> Path:
    """The folder of five real scraped articles about the fall of Baghouz."""
    return _shared("baghouz")


@pytest.fixture(scope="session")
def baghouz_texts(baghouz_dir: Path) -> dict[str, str]:
    """File stem -> text of each Baghouz article."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(baghouz_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """The folder of benchmark clusters (JSON Lines with references)."""
    return _shared("bench")


@pytest.fixture
def workers_for_any_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker processes for a batch of any size, so that a test's few clusters use them."""
    monkeypatch.setattr("summarize.batch.WORKERS_FROM", 1)


# Digest JSON ------------------------------------------------------------------------------

#: What ``assert_valid_digest_json`` takes: one digest as JSON text, or already parsed.
DigestJSON = str | bytes | Mapping[str, Any]


def _check_digest_json(document: DigestJSON) -> dict[str, Any]:
    """Fail the test unless ``document`` is a digest as the package's schema and docs define it.

    The schema (``summarize/schema/digest.schema.json``, draft 2020-12) gives keys,
    types and ranges; what a schema cannot say is checked here: every sentence
    slices its article's text, summaries follow the articles, a claim's text is
    its representative's, its support has at most one sentence per article (in
    article order, the representative among them), its sources are the
    distinct sources of that support with their count and share, its quotes lie
    in its support; exclusive claims have the one source of their article;
    quotes and disagreement versions slice their articles, and a version lies
    in its sentence, one per source. Returns the parsed document.
    """
    data = json.loads(document) if isinstance(document, (str, bytes)) else dict(document)
    errors = sorted(digest_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        shown = "\n".join(f"  at {e.json_path}: {e.message:.200}" for e in errors[:5])
        pytest.fail(f"digest JSON breaks the schema ({len(errors)} errors):\n{shown}")
    texts = {a["id"]: a["text"] for a in data["articles"]}
    source_of = {a["id"]: a["source"] for a in data["articles"]}
    position = {article: n for n, article in enumerate(texts)}
    assert len(texts) == len(data["articles"]), "article ids repeat"
    assert [s["article"] for s in data["per_source"]] == list(texts), "one summary per article"

    def exact(sentence: Mapping[str, Any], where: str) -> None:
        article = sentence["article"]
        assert article in texts, f"{where} names an unlisted article {article!r}"
        start, end = sentence["start"], sentence["end"]
        assert start <= end, f"{where}: start {start} is after end {end}"
        assert texts[article][start:end] == sentence["text"], f"{where}: offsets do not slice"

    for n, summary in enumerate(data["per_source"]):
        assert summary["source"] == source_of[summary["article"]], f"per_source[{n}].source"
        for k, sentence in enumerate(summary["sentences"]):
            exact(sentence, f"per_source[{n}].sentences[{k}]")
            assert sentence["article"] == summary["article"], f"per_source[{n}].sentences[{k}]"
    n_sources = len(set(source_of.values()))

    def claim_ok(claim: Mapping[str, Any], where: str) -> None:
        exact(claim["sentence"], f"{where}.sentence")
        for k, sentence in enumerate(claim["support"]):
            exact(sentence, f"{where}.support[{k}]")
        assert claim["text"] == claim["sentence"]["text"], f"{where}.text"
        assert claim["sentence"] in claim["support"], f"{where}: representative not in support"
        order = [position[s["article"]] for s in claim["support"]]
        assert order == sorted(set(order)), f"{where}.support: one per article, article order"
        sources = list(dict.fromkeys(source_of[s["article"]] for s in claim["support"]))
        assert claim["sources"] == sources, f"{where}.sources"
        assert claim["source_count"] == len(sources), f"{where}.source_count"
        assert claim["share"] == round(len(sources) / n_sources, 6), f"{where}.share"
        for k, item in enumerate(claim["quotes"]):
            exact(item, f"{where}.quotes[{k}]")
            assert any(
                s["article"] == item["article"]
                and item["start"] < s["end"]
                and s["start"] < item["end"]
                for s in claim["support"]
            ), f"{where}.quotes[{k}] lies in no support sentence"

    for n, claim in enumerate(data["merged"]):
        claim_ok(claim, f"merged[{n}]")
    for n, exclusive in enumerate(data["exclusives"]):
        assert exclusive["source"] == source_of[exclusive["article"]], f"exclusives[{n}].source"
        for k, claim in enumerate(exclusive["claims"]):
            claim_ok(claim, f"exclusives[{n}].claims[{k}]")
            assert claim["sources"] == [exclusive["source"]], f"exclusives[{n}].claims[{k}]"
    for n, disagreement in enumerate(data["disagreements"]):
        versions = disagreement["versions"]
        for k, version in enumerate(versions):
            where = f"disagreements[{n}].versions[{k}]"
            exact({**version, "text": version["value"]}, where)
            exact(version["sentence"], f"{where}.sentence")
            assert version["source"] == source_of[version["article"]], f"{where}.source"
            low, high = version["low"], version["high"]
            assert None in (low, high) or low <= high, f"{where}: low above high"
            sentence = version["sentence"]
            assert sentence["start"] <= version["start"] <= version["end"] <= sentence["end"], where
        assert len({v["source"] for v in versions}) == len(versions), f"disagreements[{n}]"
    for n, item in enumerate(data["quotes"]):
        exact(item, f"quotes[{n}]")
    return data


@cache
def digest_validator() -> Any:
    """The draft 2020-12 validator of the packaged digest schema, checked once."""
    import jsonschema  # a test dependency; imported here so other tests run without it

    import summarize.schema

    schema = summarize.schema.load()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def assert_valid_digest_json() -> Callable[[DigestJSON], dict[str, Any]]:
    """A checker for digest JSON (one document; split JSON Lines first); returns it parsed.

    Example::

        def test_json(assert_valid_digest_json):
            assert_valid_digest_json(digest.to_json())
    """
    return _check_digest_json


@pytest.fixture(scope="session", autouse=True)
def _every_digest_json_is_checked() -> Iterator[None]:
    """Check every digest JSON the tests make against the schema, wherever it is made.

    ``Digest.to_json``, the renderers and the command line all write through
    ``summarize.render.json.to_json``; wrapped here, no test can produce a digest
    JSON that breaks the contract without failing.
    """
    import summarize.cli._main
    import summarize.render.json

    original = summarize.render.json.to_json

    def checked(digest: Any, **kwargs: Any) -> str:
        text: str = original(digest, **kwargs)
        _check_digest_json(text)
        return text

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarize.render.json, "to_json", checked)
        patch.setattr(summarize.cli._main, "to_json", checked)
        yield


# The command line's tests: a made-up flood story and three clusters -------------------

STORY = {
    "river": (
        "The river burst its banks on Monday night. Three villages were evacuated before dawn. "
        "Rescue teams used boats to reach stranded farms."
    ),
    "valley": (
        "Three villages were evacuated on Monday night as the river burst its banks. "
        "The regional council opened two shelters. Schools will stay closed until Friday."
    ),
    "gazette": (
        "Rescue teams in boats reached stranded farms after the river burst its banks. "
        "Officials said nobody was hurt. The council opened two shelters in the town hall."
    ),
}

CLUSTERS: list[dict[str, Any]] = [
    {
        "id": "flood",
        "dataset": "made-up",
        "references": ["A reference summary."],
        "articles": [
            {"id": k, "source": k.title(), "text": v, "url": None} for k, v in STORY.items()
        ],
    },
    {
        "id": "election",
        "articles": [
            "The mayor won a second term on Sunday. Turnout was the highest in a decade.",
            "Turnout was the highest in a decade, officials said. The mayor won a second term.",
        ],
    },
    {"id": "ferry", "articles": ["The ferry service resumes in April. Fares will not change."]},
]


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    """The flood story's three articles, one .txt file each."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def clusters_file(tmp_path: Path) -> Path:
    """The three CLUSTERS as a clusters file, a blank line after each."""
    path = tmp_path / "clusters.jsonl"
    path.write_text("".join(json.dumps(c) + "\n\n" for c in CLUSTERS), encoding="utf-8")
    return path
