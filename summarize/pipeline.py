"""The pipeline: clean → segment → vectorise → rank → cluster → select → analyse, in one function.

Each stage lives in its own module and takes and returns plain records; only
this module knows their order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import numpy as np

from . import limits
from .analysis._disagree import find_disagreements
from .analysis._quotes import find_quotes
from .claims._group import cluster_claims
from .claims._set import RankedClaim, claim_vectors, echoed, make_claim, rank_claims
from .claims._similarity import SimilarityGraph
from .claims.select._coverage import CoverageSelector
from .claims.select._greedy import select
from .collector import collection_paused
from .load import as_articles
from .options import Options
from .rank import make_ranker
from .rank._base import GraphRanker, Ranker
from .records import Article, Digest, Exclusive, ScoredSentence, Sentence, SourceSummary
from .text._clean import drop_boilerplate, find_boilerplate
from .text._segment import split_sentences
from .text._vectorize import SentenceVectorizer

__all__ = ["content_sentences", "run", "summarize"]

logger = logging.getLogger("summarize")


def summarize(
    articles: Iterable[Article | str | Mapping[str, object]],
    *,
    per_source: int = 3,
    merged: int | None = None,
    words: int | None = None,
    method: str = "default",
    language: str = "english",
    similarity: float = 0.3,
    redundancy: float = 0.6,
    order: Literal["importance", "source"] = "importance",
    selection: Literal["coverage", "support"] = "coverage",
    min_sources: int = 1,
    exclusives: int = 3,
    id: str | None = None,
) -> Digest:
    """Summarise a set of articles about one story, per source and merged into claims.

    Args:
        articles: :class:`Article` records, plain strings, or mappings with ``text``
            and optional ``id``, ``source``, ``title``, ``url``, ``published``.
        per_source: Sentences in each article's summary.
        merged: Claims in the merged summary (5 unless ``words`` is given).
        words: Word budget of the merged summary instead of a claim count.
        method: ``"default"`` (set-wide centrality with a position prior) or a
            sumy summarizer: ``lexrank``, ``textrank``, ``lsa``, ``luhn``, ``kl``,
            ``sumbasic``, ``edmundson``, ``reduction``, ``random``.
        language: Language of the articles, for stemming and stop words.
        similarity: Cosine similarity at which sentences of two articles state the same claim.
        redundancy: A candidate whose similarity to a sentence already picked for
            the same summary reaches this value is skipped; 1.0 turns the cut off.
        order: ``"importance"`` or ``"source"`` (article order, then position).
        selection: ``"coverage"`` picks sentences that together cover what most
            sources report, per word; ``"support"`` picks the claims most
            sources state, then the ranker's best (see :class:`Options`).
        min_sources: Only claims that at least this many distinct sources
            state enter the merged summary.
        exclusives: Claims that no other source makes, listed per article (0: none).
        id: An id for the set, carried into the digest.

    Returns:
        A :class:`Digest`: the summaries, plus the figures sources disagree on,
        each article's exclusive claims and every quote with its speaker. When
        cleaning leaves no content in any article (a set of bylines and
        credits, say), the digest has empty summaries and a warning is logged
        on the ``summarize`` logger.

    Raises:
        OptionError: An option is out of range or unknown.
        InputError: The articles cannot be summarised as given (the message says why).

    Example:
        >>> digest = summarize([
        ...     "The river burst its banks on Monday. Shops closed early.",
        ...     "On Monday the river burst its banks, flooding the square.",
        ... ], merged=1)
        >>> digest.merged[0].sources
        ('0', '1')
    """
    options = Options.resolve(
        merged=merged,
        words=words,
        per_source=per_source,
        method=method,
        language=language,
        similarity=similarity,
        redundancy=redundancy,
        order=order,
        selection=selection,
        min_sources=min_sources,
        exclusives=exclusives,
    )
    return run(as_articles(articles), options, id=id)


def content_sentences(article: Article) -> list[Sentence]:
    """Split an article into sentences and leave out its boilerplate.

    Sentences are numbered from 0 in document order, after cleaning. Past
    :data:`~summarize.limits.MAX_ARTICLE_SENTENCES` sentences, only the first
    ones are kept, with a warning (see ``docs/limits.md``).
    """
    spans = drop_boilerplate(split_sentences(article.text), find_boilerplate(article.text))
    spans = limits.cap_sentences(article.id, spans)
    if not spans:
        logger.warning("article %r has no content left after cleaning", article.id)
    return [
        Sentence(article=article.id, index=i, start=span.start, end=span.end, text=span.text)
        for i, span in enumerate(spans)
    ]


@collection_paused()
def run(
    articles: Sequence[Article],
    options: Options,
    *,
    id: str | None = None,
    ranker: Ranker | None = None,
    selector: CoverageSelector | None = None,
) -> Digest:
    """Run every stage on validated articles with validated options.

    The cyclic garbage collector is paused meanwhile (see :mod:`summarize.collector`).

    Args:
        articles: The set.
        options: How to summarise it.
        id: An id for the set, carried into the digest.
        ranker: A ranker to use instead of the one ``options.method`` names
            (any object with the :class:`~summarize.rank._base.Ranker` method).
        selector: A configured :class:`~summarize.claims.select._coverage.CoverageSelector` to
            use instead of the default one (with ``selection="coverage"``).
    """
    sentences = [s for article in articles for s in content_sentences(article)]
    if not sentences:
        logger.warning("no article of the set has content left after cleaning")
        empty = tuple(SourceSummary(article=a.id, source=a.source, sentences=()) for a in articles)
        return Digest(articles=tuple(articles), per_source=empty, merged=(), options=options, id=id)
    position = {article.id: i for i, article in enumerate(articles)}
    vectorizer = SentenceVectorizer(language=options.language)
    matrix = vectorizer.fit_transform(
        [s.text for s in sentences], documents=[position[s.article] for s in sentences]
    )
    if ranker is None:
        ranker = make_ranker(options.method, language=options.language)
    if isinstance(ranker, GraphRanker):
        # One graph for the ranker and the clusterer: each sentence's top_k links from
        # the ranker's threshold up, and every link from the claim similarity up.
        graph = SimilarityGraph.build(
            matrix,
            threshold=min(ranker.threshold, options.similarity),
            top_k=ranker.top_k,
            keep_all=options.similarity,
        )
        scores = ranker.score(sentences, matrix, graph=graph)
    else:
        graph = SimilarityGraph.build(matrix, threshold=options.similarity)
        scores = ranker.score(sentences, matrix)
    lengths = [s.words for s in sentences]
    source_of = {a.id: a.source for a in articles}
    groups = cluster_claims(
        [position[s.article] for s in sentences],
        matrix,
        similarity=options.similarity,
        graph=graph,
    )
    rows_of: dict[str, list[int]] = {article.id: [] for article in articles}
    for row, sentence in enumerate(sentences):
        rows_of[sentence.article].append(row)
    quotes = {
        article.id: find_quotes(article, [sentences[row] for row in rows_of[article.id]])
        for article in articles
    }
    total_sources = len(set(source_of.values()))

    def claim(group: Sequence[int], row: int) -> RankedClaim:
        return make_claim(
            group, row, sentences, scores, source_of, total_sources=total_sources, quotes=quotes
        )

    group_of = {row: group for group in groups for row in group}
    support = _support(groups, sentences, source_of)
    number_of = {source: i for i, source in enumerate(dict.fromkeys(source_of.values()))}
    numbers = [number_of[source_of[s.article]] for s in sentences]  # each row's source
    if options.selection == "coverage":
        fitted = (selector or CoverageSelector()).fit(vectorizer.terms_, numbers)

        def pick_each(lists: Sequence[Sequence[int]], **budget: Any) -> list[list[int]]:
            return fitted.select_each(
                lists, scores, lengths, matrix=matrix, redundancy=options.redundancy, **budget
            )

        candidates = [row for row in range(len(sentences)) if support[row] >= options.min_sources]
        [shown] = pick_each(
            [candidates], count=options.merged, words=options.words, exclusive=groups
        )
        ranked = [claim(group_of[row], row) for row in shown]
    else:

        def pick_each(lists: Sequence[Sequence[int]], **budget: Any) -> list[list[int]]:
            return [
                select(
                    sorted(rows, key=lambda row: (-scores[row], row)),
                    matrix,
                    lengths,
                    redundancy=options.redundancy,
                    **budget,
                )
                for rows in lists
            ]

        claims = [
            item
            for item in rank_claims(groups, sentences, scores, source_of, quotes=quotes)
            if item.claim.source_count >= options.min_sources
        ]
        chosen = select(
            range(len(claims)),
            claim_vectors(claims, matrix),
            [lengths[item.row] for item in claims],
            count=options.merged,
            words=options.words,
            redundancy=options.redundancy,
        )
        ranked = [claims[i] for i in chosen]

    summaries = pick_each([rows_of[article.id] for article in articles], count=options.per_source)
    per_source = tuple(
        _source_summary(article, rows, sentences, scores, options)
        for article, rows in zip(articles, summaries, strict=True)
    )
    exclusives = []
    if options.exclusives:
        # Each article's best sentences among those no other source says the like of.
        heard = echoed(graph, options.similarity, numbers)
        alone = [
            [row for row in rows_of[article.id] if support[row] == 1 and not heard[row]]
            for article in articles
        ]
        for article, rows in zip(articles, pick_each(alone, count=options.exclusives), strict=True):
            if rows:
                found = tuple(claim(group_of[row], row).claim for row in rows)
                exclusives.append(
                    Exclusive(source=article.source, article=article.id, claims=found)
                )
    if options.order == "source":
        ranked.sort(key=lambda item: (position[item.claim.sentence.article], item.row))
    merged = tuple(item.claim for item in ranked)
    return Digest(
        articles=tuple(articles),
        per_source=per_source,
        merged=merged,
        options=options,
        id=id,
        disagreements=tuple(find_disagreements(sentences, source_of, language=options.language)),
        exclusives=tuple(exclusives),
        quotes=tuple(quote for article in articles for quote in quotes[article.id]),
    )


def _support(
    groups: Sequence[Sequence[int]], sentences: Sequence[Sentence], source_of: Mapping[str, str]
) -> list[int]:
    """The number of distinct sources of each sentence's claim, by row."""
    support = [0] * len(sentences)
    for group in groups:
        count = len({source_of[sentences[row].article] for row in group})
        for row in group:
            support[row] = count
    return support


def _source_summary(
    article: Article,
    rows: list[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    options: Options,
) -> SourceSummary:
    if options.order == "source":
        rows = sorted(rows)
    chosen = tuple(
        ScoredSentence(sentence=sentences[row], score=round(float(scores[row]), 6)) for row in rows
    )
    return SourceSummary(article=article.id, source=article.source, sentences=chosen)
