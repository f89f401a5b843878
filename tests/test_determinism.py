"""Determinism: the same input and options give the same digest, byte for byte.

Checked on the bundled example and on the real Baghouz articles (which skip where
../shared is absent):

* across processes with different ``PYTHONHASHSEED`` (set and dict iteration
  orders differ between them);
* across repeated runs in one process, with other sets summarised in between
  (caches of stems, stop words and compiled patterns filled by other input);
* across orders of the articles, for everything that is not in input order by
  definition (see docs/limits.md): which sentences each article's summary holds and
  their scores, which claims the merged summary holds, with their support, their
  representative and their score, and their order by importance. Exact ties are
  broken by input position, so this holds for sets without exact ties, as these are.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, ROOT

import summarize
from summarize import Article, Digest

#: Options each set is summarised with: the default, each budget and order, other rankers.
OPTIONS: list[dict[str, Any]] = [
    {},
    {"order": "source", "per_source": 2, "words": 120, "similarity": 0.2},
    {"merged": 20, "per_source": 6, "redundancy": 1.0},
    {"method": "random"},  # sumy's shuffle, seeded per article
]

_SCRIPT = """
import json, sys
import summarize
options = json.loads(sys.argv[1])
for path in sys.argv[2:]:
    articles = summarize.load_articles(path)
    for kwargs in options:
        sys.stdout.write(summarize.summarize(articles, **kwargs).to_json(indent=None))
"""


def digests_in_process(paths: list[Path]) -> str:
    """The JSON of every digest of ``paths`` x :data:`OPTIONS`, as the script writes it."""
    return "".join(
        summarize.summarize(summarize.load_articles(path), **kwargs).to_json(indent=None)
        for path in paths
        for kwargs in OPTIONS
    )


def start_subprocess(paths: list[Path], seed: str) -> subprocess.Popen[str]:
    """Start writing the digests of ``paths`` x :data:`OPTIONS` in a fresh interpreter."""
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, json.dumps(OPTIONS), *map(str, paths)],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def output_of(process: subprocess.Popen[str]) -> str:
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    return stdout


@pytest.fixture(scope="module")
def sets(baghouz_dir: Path) -> list[Path]:
    return [EXAMPLE, baghouz_dir]


def test_json_is_byte_identical_across_processes_with_different_hash_seeds(
    sets: list[Path],
) -> None:
    processes = {seed: start_subprocess(sets, seed) for seed in ("0", "4242")}  # in parallel
    here = digests_in_process(sets)
    assert here.count("\n") == len(sets) * len(OPTIONS)  # one line per digest
    for seed, process in processes.items():
        assert output_of(process) == here, f"PYTHONHASHSEED={seed} differs"


def test_json_is_byte_identical_across_repeated_runs_in_one_process(sets: list[Path]) -> None:
    first = digests_in_process(sets)
    # fill every cache with other input: other languages, other words
    summarize.summarize(
        ["Die alte Brücke wurde gesperrt.", "Le vieux pont a été fermé."], language="german"
    )
    summarize.summarize(["Rain fell. Roads closed.", "Roads closed after rain."], method="lsa")
    assert digests_in_process(sets) == first


def _order_free(digest: Digest) -> dict[str, Any]:
    """What a digest says that does not depend on the order the articles came in."""
    return {
        "per_source": {
            s.article: [(x.sentence.start, x.sentence.end, x.score) for x in s.sentences]
            for s in digest.per_source
        },
        "merged": [
            (
                sorted((s.article, s.start, s.end) for s in claim.support),
                (claim.sentence.article, claim.sentence.start),
                sorted(claim.sources),
                claim.score,
            )
            for claim in digest.merged
        ],
    }


@pytest.mark.parametrize("kwargs", [k for k in OPTIONS if k.get("order") != "source"])
def test_article_order_changes_only_what_is_in_input_order(
    sets: list[Path], kwargs: dict[str, Any]
) -> None:
    rng = random.Random(7)
    for path in sets:
        articles = summarize.load_articles(path)
        expected = _order_free(summarize.summarize(articles, **kwargs))
        for _ in range(2):
            shuffled = rng.sample(articles, len(articles))
            digest = summarize.summarize(shuffled, **kwargs)
            assert [a.id for a in digest.articles] == [a.id for a in shuffled]
            assert _order_free(digest) == expected


def test_source_order_follows_the_new_article_order(sets: list[Path]) -> None:
    for path in sets:
        articles = summarize.load_articles(path)
        reverse = articles[::-1]
        digest = summarize.summarize(reverse, order="source", merged=8)
        position = {a.id: i for i, a in enumerate(reverse)}
        keys = [(position[c.sentence.article], c.sentence.index) for c in digest.merged]
        assert keys == sorted(keys)
        same = summarize.summarize(articles, order="source", merged=8)
        assert {frozenset(c.support) for c in digest.merged} == {
            frozenset(c.support) for c in same.merged
        }


def test_ties_between_identical_articles_go_to_the_first_given() -> None:
    """Two outlets print the same text: the claim shows the copy given first."""
    text = "The old bridge closed on Monday. Ferries ran all night."
    for first, second in (("wire", "post"), ("post", "wire")):
        digest = summarize.summarize(
            [Article(id=first, text=text), Article(id=second, text=text)], merged=2
        )
        assert [c.sentence.article for c in digest.merged] == [first, first]
        assert all(c.sources == (first, second) for c in digest.merged)
