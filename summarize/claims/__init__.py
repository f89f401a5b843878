"""The set's sentences -> claims: similarity graph, grouping, ranking, selection, exclusives.

Flow: :class:`SimilarityGraph` -> :func:`group_claims` -> :class:`SentenceSet` (the
set by row) -> a :class:`~summarize.claims.select.Selector` picks the merged claims and
each article's sentences (:func:`source_summaries`) -> :func:`exclusive_claims`; a merged
line keeps the sentences :class:`SupportVerifier` finds state it.
"""

from ._claim import RankedClaim, claim_vectors, make_claim
from ._exclusives import echoed, exclusive_claims
from ._group import group_claims
from ._rank import rank_claims
from ._set import SentenceSet
from ._similarity import SimilarityGraph
from ._summaries import source_summaries
from ._verify import SupportVerifier, shipped_verifier
from .select import CoverageSelector, Selector, SupportSelector, make_selector

__all__ = [
    "CoverageSelector",
    "RankedClaim",
    "Selector",
    "SentenceSet",
    "SimilarityGraph",
    "SupportSelector",
    "SupportVerifier",
    "claim_vectors",
    "echoed",
    "exclusive_claims",
    "group_claims",
    "make_claim",
    "make_selector",
    "rank_claims",
    "shipped_verifier",
    "source_summaries",
]
