"""The example scripts run as documented, and print what they promise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_library_basics_prints_claims_and_checks_offsets() -> None:
    result = _run("examples/library_basics.py")
    assert result.returncode == 0, result.stderr
    assert "Merged summary" in result.stdout
    assert "source(s)" in result.stdout


def test_digest_folder_writes_markdown(tmp_path: Path) -> None:
    out = tmp_path / "digest.md"
    result = _run("examples/digest_folder.py", "examples/data/harbour-bridge", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("#")
    assert "harbour" in text.lower()


def test_batch_jsonl_writes_one_digest_per_cluster(tmp_path: Path) -> None:
    out = tmp_path / "digests.jsonl"
    result = _run("examples/batch_jsonl.py", "--out", str(out), "--words", "60")
    assert result.returncode == 0, result.stderr
    source = (ROOT / "examples" / "data" / "clusters.jsonl").read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in source.splitlines() if line.strip()]
    digests = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in digests] == ids
    for digest in digests:
        words = sum(len(claim["text"].split()) for claim in digest["merged"])
        assert words <= 60 or len(digest["merged"]) == 1


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "benchmarks").glob("*.py")))
def test_benchmarks_explain_themselves(script: str) -> None:
    result = _run(f"benchmarks/{script}", "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout
