"""Selection by support: the claims most sources state first, then the ranker's best."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._claim import RankedClaim, claim_vectors
from .._rank import rank_claims
from ._greedy import leftover_claims, select

if TYPE_CHECKING:
    from .._set import SentenceSet

__all__ = ["SupportSelector"]


class SupportSelector:
    """Pick claims by their number of distinct sources, sentences by the ranker's score.

    The redundancy cut alone keeps repetition out: claims are compared by the sum of
    their support's TF-IDF rows (:func:`~summarize.claims._claim.claim_vectors`), so
    two claims that say one thing in different words are caught. Nothing to learn:
    :meth:`fit` returns the selector as it is.
    """

    def fit(self, sentences: SentenceSet) -> SupportSelector:
        """Return ``self``: support needs nothing from the set beforehand."""
        return self

    def choose_claims(
        self,
        sentences: SentenceSet,
        *,
        count: int | None,
        words: int | None,
        min_sources: int,
        redundancy: float,
    ) -> list[RankedClaim]:
        """Claims ranked by :func:`~summarize.claims._rank.rank_claims`, taken within the budget.

        Claims shown by a sentence that does not stand alone (a fragment, a headline)
        are left out, unless no other claim is left; one shown by a piece of a quotation
        cut from its start ('But we kept them running," she said.':
        :meth:`~summarize.claims.SentenceSet.quote_piece`) is taken after all others.
        With a redundancy cut (``redundancy`` below 1.0), a claim that restates one
        picked is no candidate, and lends its sources to the one picked, which is then
        ranked with them.
        """
        supported = [
            item
            for item in rank_claims(
                sentences.groups,
                sentences.sentences,
                sentences.scores,
                sentences.source_of,
                quotes=sentences.quotes,
                alone=sentences.alone,
            )
            if item.claim.source_count >= min_sources
        ]
        # A claim shown by a fragment or a headline only when nothing else is there.
        claims = [item for item in supported if sentences.alone[item.row]] or supported
        cut = redundancy < 1.0  # restatements are repeats too
        # A claim that restates one picked is no candidate any more; it lends its sources.
        index = {sentences.group_index[item.row]: i for i, item in enumerate(claims)}
        closes = {
            i: [index[other] for other in sentences.restated[group] if other in index]
            for group, i in index.items()
        }
        chosen = select(
            range(len(claims)),
            claim_vectors(claims, sentences.matrix),
            [sentences.lengths[item.row] for item in claims],
            count=count,
            words=words,
            redundancy=redundancy,
            closes=closes if cut else None,
            last=lambda i: sentences.quote_piece(claims[i].row),
        )
        merged = sentences.merged_claims(
            [claims[i].row for i in chosen], restated=cut, keep=min_sources, words=words
        )
        merged += leftover_claims(
            sentences,
            merged,
            count=count,
            words=words,
            min_sources=min_sources,
            redundancy=redundancy,
        )
        if not cut:
            return merged
        # Ranked again with the sources lent: most sources first, then the score.
        return sorted(merged, key=lambda item: (-item.claim.source_count, -item.claim.score))

    def choose_each(
        self,
        sentences: SentenceSet,
        candidates: Sequence[Sequence[int]],
        *,
        count: int,
        redundancy: float,
    ) -> list[list[int]]:
        """Each list's best-scored rows (earliest first on ties), skipping near-repeats."""
        scores = sentences.scores
        return [
            select(
                sorted(rows, key=lambda row: (-scores[row], row)),
                sentences.matrix,
                sentences.lengths,
                count=count,
                redundancy=redundancy,
            )
            for rows in candidates
        ]
