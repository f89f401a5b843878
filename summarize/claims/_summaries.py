"""Per-source summaries: each article's best sentences, picked by the selector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Article, ScoredSentence, SourceSummary
from ..text import headline_shaped

if TYPE_CHECKING:
    from ._set import SentenceSet
    from .select import Selector

__all__ = ["source_summaries"]


def source_summaries(
    sentences: SentenceSet,
    articles: Sequence[Article],
    selector: Selector,
    *,
    count: int,
    redundancy: float,
    order: str,
) -> tuple[SourceSummary, ...]:
    """One summary per article, in input order: at most ``count`` of its sentences.

    A headline names the story but states nothing: sentences that end without a stop
    (:func:`~summarize.text.headline_shaped`) are candidates only when the article has
    no other (an excerpt cut off with an ellipsis is the article's own words). With
    ``order="source"`` each summary keeps its sentences in text order, else in the
    order the selector chose them. Scores are rounded to six decimals.
    """
    lists = []
    for article in articles:
        rows = sentences.rows_of[article.id]
        texts = sentences.sentences
        lists.append([row for row in rows if not headline_shaped(texts[row].text)] or rows)
    picked = selector.choose_each(sentences, lists, count=count, redundancy=redundancy)
    summaries = []
    for article, rows in zip(articles, picked, strict=True):
        shown = sorted(rows) if order == "source" else rows
        summaries.append(
            SourceSummary(
                article=article.id,
                source=article.source,
                sentences=tuple(
                    ScoredSentence(
                        sentence=sentences.sentences[row],
                        score=round(float(sentences.scores[row]), 6),
                    )
                    for row in shown
                ),
            )
        )
    return tuple(summaries)
