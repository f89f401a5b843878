"""Shared fixtures: the real articles in ../shared/data, read where they are present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared"))
EXAMPLE = ROOT / "examples" / "data" / "harbour-bridge"


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data sits beside the repository in CI")
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
