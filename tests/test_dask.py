"""summarize.dask on a real local cluster of two worker processes: same digests as in process."""

# dask's collections and pandas are untyped: calls on them are checked at run time here.
# mypy: disable-error-code="no-untyped-call,import-untyped"

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.distributed", reason="dask is not installed: pip install '.[dask]'")

import dask
import dask.bag
from dask.distributed import Client, LocalCluster

import summarize
from summarize.batch import summarize_many
from summarize.dask import digest_bag, digest_frame
from summarize.errors import EmptyInputError, InputError, OptionError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_CLUSTERS = ROOT / "examples" / "data" / "clusters.jsonl"

OWN: list[dict[str, Any]] = [
    {
        "id": "flood",
        "articles": [
            {"id": "wire", "text": "The river burst its banks on Monday. Three villages emptied."},
            {"id": "post", "text": "Three villages emptied after the river burst its banks."},
        ],
    },
    {"id": None, "articles": ["The ferry resumes in April.", "In April the ferry resumes."]},
    {"id": "vote", "articles": ["The mayor won on Sunday. Turnout rose.", "Turnout rose."]},
]
HOLLOW = {"id": "hollow", "articles": [{"id": "x", "text": " "}]}


def clusters() -> list[dict[str, Any]]:
    lines = EXAMPLE_CLUSTERS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()] + OWN


def expected(items: list[Any], **options: Any) -> list[str]:
    return [d.to_json(indent=None) for d in summarize_many(items, **options)]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_bag_gives_the_digests_of_one_process(client: Client) -> None:
    items = clusters()
    bag = digest_bag(dask.bag.from_sequence(items, npartitions=3), words=60, per_source=2)
    digests = bag.compute()
    assert all(isinstance(d, summarize.Digest) for d in digests)
    assert [d.to_json(indent=None) for d in digests] == expected(items, words=60, per_source=2)
    # nthreads asks the scheduler; scheduler_info() may return a cache with no workers listed.
    assert len(client.nthreads()) == 2


def test_bag_of_cluster_records_read_from_text(client: Client) -> None:
    records = list(summarize.load_clusters(EXAMPLE_CLUSTERS))
    bag = dask.bag.read_text(str(EXAMPLE_CLUSTERS)).map(json.loads)
    assert [d.to_json(indent=None) for d in digest_bag(bag, merged=2).compute()] == expected(
        records, merged=2
    )


def test_bag_skips_or_raises(client: Client) -> None:
    items = [OWN[0], HOLLOW, OWN[2]]
    kept = digest_bag(dask.bag.from_sequence(items, npartitions=2), on_error="skip").compute()
    assert [d.id for d in kept] == ["flood", "vote"]
    with pytest.raises(EmptyInputError, match="cluster 'hollow': article 'x' is empty"):
        digest_bag(dask.bag.from_sequence(items, npartitions=2)).compute()


def test_frame_gives_one_json_digest_per_row(client: Client) -> None:
    pytest.importorskip("dask.dataframe", reason="dask's DataFrame needs pandas: dask[dataframe]")
    import dask.dataframe
    import pandas as pd

    items = clusters()
    table = pd.DataFrame(
        {"id": [c["id"] for c in items], "articles": [c["articles"] for c in items]},
        index=[f"row{i}" for i in range(len(items))],
    )
    with dask.config.set({"dataframe.convert-string": False}):
        frame = dask.dataframe.from_pandas(table, npartitions=2)
        series = digest_frame(frame, merged=3).compute()
    assert series.name == "digest"
    assert list(series.index) == list(table.index)
    assert [text + "\n" for text in series] == expected(items, merged=3)
    assert summarize.Digest.from_json(series.iloc[0]).id == items[0]["id"]


def test_frame_skipped_row_is_none_and_stringified_lists_are_explained(client: Client) -> None:
    pytest.importorskip("dask.dataframe", reason="dask's DataFrame needs pandas: dask[dataframe]")
    import dask.dataframe
    import pandas as pd

    items = [OWN[0], HOLLOW]
    table = pd.DataFrame(
        {"id": [c["id"] for c in items], "articles": [c["articles"] for c in items]}
    )
    with dask.config.set({"dataframe.convert-string": False}):
        frame = dask.dataframe.from_pandas(table, npartitions=1)
        texts = list(digest_frame(frame, on_error="skip").compute())
    assert json.loads(texts[0])["id"] == "flood"
    assert texts[1] is None
    with dask.config.set({"dataframe.convert-string": True}):  # lists become their repr
        frame = dask.dataframe.from_pandas(table, npartitions=1)
        with pytest.raises(InputError, match=r"dataframe\.convert-string"):
            digest_frame(frame).compute()


def test_options_are_checked_on_the_client_before_any_work() -> None:
    bag = dask.bag.from_sequence(OWN)
    with pytest.raises(OptionError, match="unknown option 'budget'; valid options are: per_"):
        digest_bag(bag, budget=3)
    with pytest.raises(OptionError, match="merged must be at least 1"):
        digest_bag(bag, merged=0)
    with pytest.raises(OptionError, match="on_error must be 'raise' or 'skip'"):
        digest_bag(bag, on_error=print)  # type: ignore[arg-type]


def test_missing_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'summarize\[dask\]'"):
        digest_bag(object())  # type: ignore[arg-type]
