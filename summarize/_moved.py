"""Module paths of 1.0 that moved: importing one raises an ImportError that names the new place."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from types import ModuleType

__all__ = ["MOVED", "install"]

#: 1.0 module -> where its public names live now.
MOVED = {
    "summarize.segment": "summarize.text (split_sentences, Segmenter)",
    "summarize.clean": "summarize.text (find_boilerplate, drop_boilerplate)",
    "summarize.clean_patterns": "summarize.text (private patterns of find_boilerplate)",
    "summarize.languages": "summarize.options (LANGUAGES)",
    "summarize.vectorize": "summarize.text (SentenceVectorizer)",
    "summarize.names": "summarize.text (find_aliases)",
    "summarize.regexes": "summarize._regexes (private)",
    "summarize.similarity": "summarize.claims (SimilarityGraph)",
    "summarize.cluster": "summarize.claims (group_claims, formerly cluster_claims)",
    "summarize.coverage": "summarize.claims.select (CoverageSelector)",
    "summarize.select": "summarize.claims.select (SupportSelector, Selector)",
    "summarize.quotes": "summarize.analysis (find_quotes)",
    "summarize.speakers": "summarize.analysis (find_quotes)",
    "summarize.speaker_phrases": "summarize.analysis (find_quotes)",
    "summarize.disagree": "summarize.analysis (find_disagreements)",
    "summarize.quantities": "summarize.analysis (find_quantities, Quantity)",
    "summarize.cli_io": "summarize.cli",
    "summarize.rank.base": "summarize.rank (Ranker, GraphRanker)",
    "summarize.rank.centrality": "summarize.rank (CentralityRanker)",
    "summarize.rank.sumy_adapter": "summarize.rank (SumyRanker)",
    "summarize.render.html_assets": "summarize.render.html",
    **{
        f"summarize.figure_{name}": "summarize.analysis (find_disagreements)"
        for name in ("anchors", "context", "frame", "match", "predicates", "scan", "tokens")
    },
    "summarize.figure_units": "summarize.analysis (find_quantities)",
    "summarize.figure_words": "summarize.analysis (find_quantities)",
}


class _MovedFinder(importlib.abc.MetaPathFinder):
    """Answers an import of a moved module with where it went."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> None:
        if fullname in MOVED:
            raise ModuleNotFoundError(
                f"{fullname} moved: import from {MOVED[fullname]}",
                name=fullname,
            )


def install() -> None:
    """Put the finder last on :data:`sys.meta_path` (once), after every real module."""
    if not any(isinstance(finder, _MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
