"""The pipeline: the stages in the order data flows, one call each.

articles -> text (sentences, clutter out, vectors) -> rank -> claims (graph, groups) ->
analysis (quotes, disagreements) -> claims (restatements, selection, exclusives) ->
:class:`Digest`. Each stage lives in its subpackage; only this module knows their order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from ._unused import warn_unused
from .analysis import find_disagreements, find_quotes
from .claims import (
    RankedClaim,
    SentenceSet,
    exclusive_claims,
    group_claims,
    make_selector,
    shipped_verifier,
    source_summaries,
)
from .claims.select import Selector
from .collector import collection_paused
from .digest import Digest
from .load import as_articles
from .options import Options
from .rank import Ranker, make_ranker, score_sentences
from .records import Article, Claim, Headline, Quote, Sentence, SkippedArticle, SourceSummary
from .text import NO_CONTENT, SentenceVectorizer, content_sentences, read_article, states_nothing

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
        exclusives: Claims that no other source makes and the merged summary does
            not show, listed per article, at most this many (0: none).
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


@collection_paused()
def run(
    articles: Sequence[Article],
    options: Options,
    *,
    id: str | None = None,
    ranker: Ranker | None = None,
    selector: Selector | None = None,
) -> Digest:
    """Run every stage on validated articles with validated options.

    The cyclic garbage collector is paused meanwhile (see :mod:`summarize.collector`).
    An option that can change nothing for these articles (``min_sources`` above
    their number of sources, say) is told in a warning on the ``summarize`` logger
    (see :mod:`summarize._unused`).

    Args:
        articles: The set.
        options: How to summarise it.
        id: An id for the set, carried into the digest.
        ranker: A ranker to use instead of the one ``options.method`` names
            (any object with the :class:`~summarize.rank.Ranker` method).
        selector: A selector to use instead of the one ``options.selection`` names
            (any :class:`~summarize.claims.select.Selector`), whatever the options.
    """
    warn_unused(articles, options)
    # The articles left out keep an empty summary; headlines are titles to show.
    sentences, skipped, headlines = _read(articles, language=options.language)
    if not sentences:
        logger.warning("no article of the set has content left after cleaning")
        return _empty_digest(articles, options, id=id, skipped=skipped)
    position = {article.id: i for i, article in enumerate(articles)}
    article_of = [position[s.article] for s in sentences]
    vectorizer = SentenceVectorizer(language=options.language)
    matrix = vectorizer.fit_transform([s.text for s in sentences], documents=article_of)
    scores, graph = score_sentences(
        ranker or make_ranker(options.method, language=options.language),
        sentences,
        matrix,
        similarity=options.similarity,
    )
    groups = group_claims(
        article_of,
        matrix,
        similarity=options.similarity,
        graph=graph,
        names=vectorizer.name_terms_,
        mute=[states_nothing(s.text) for s in sentences],
        figures=vectorizer.figure_terms_,
        frame=vectorizer.frame_terms_,
    )
    quotes = _quotes(articles, sentences)
    disagreements = tuple(
        find_disagreements(
            sentences,
            {article.id: article.source for article in articles},
            language=options.language,
            claims=groups,
        )
    )
    by_row = SentenceSet.of(
        articles,
        sentences,
        matrix=matrix,
        terms=vectorizer.terms_,
        term_ids=vectorizer.term_ids_,
        scores=scores,
        graph=graph,
        similarity=options.similarity,
        groups=groups,
        quotes=quotes,
        names=vectorizer.name_terms_,
        figures=vectorizer.figure_terms_,
        frame=vectorizer.frame_terms_,
        disagreements=disagreements,
        named_terms=vectorizer.named_terms,
        vocabulary=vectorizer.vocabulary_,
        language=options.language,
        # fitted on English news: other languages' lines keep every sentence grouping gave
        verifier=shipped_verifier() if options.language == "english" else None,
    )
    chooser = (selector or make_selector(options.selection)).fit(by_row)
    merged = chooser.choose_claims(
        by_row,
        count=options.merged,
        words=options.words,
        min_sources=options.min_sources,
        redundancy=options.redundancy,
    )
    per_source = source_summaries(
        by_row,
        articles,
        chooser,
        count=options.per_source,
        redundancy=options.redundancy,
        order=options.order,
    )
    lines = _in_order(merged, options.order, position)  # as the digest shows them
    exclusives = exclusive_claims(
        by_row,
        articles,
        chooser,
        count=options.exclusives,
        redundancy=options.redundancy,
        told_elsewhere=[version.sentence for d in disagreements for version in d.versions],
        merged=[claim.sentence for claim in lines],
        language=options.language,
        names=vectorizer.name_terms_,
        vocabulary=vectorizer.vocabulary_,
        analyze=vectorizer.analyze,
        titles=[a.title for a in articles if a.title] + [h.text for h in headlines],
    )
    return Digest(
        articles=tuple(articles),
        per_source=per_source,
        merged=lines,
        options=options,
        id=id,
        disagreements=disagreements,
        exclusives=exclusives,
        quotes=tuple(quote for article in articles for quote in quotes[article.id]),
        skipped=skipped,
        headlines=headlines,
    )


def _read(
    articles: Sequence[Article], *, language: str
) -> tuple[list[Sentence], tuple[SkippedArticle, ...], tuple[Headline, ...]]:
    """The set's content sentences, the pages left out as not news, and headlines as titles.

    A headline is kept for an article without a title only (the article is left as given).
    """
    sentences: list[Sentence] = []
    skipped: list[SkippedArticle] = []
    headlines: list[Headline] = []
    for article in articles:
        reading = read_article(article, language=language)
        found = reading.headline
        if found is not None and not article.title:
            headlines.append(Headline(article.id, found.start, found.end, found.text))
        if reading.skipped is None:
            sentences += reading.sentences
            continue
        if reading.skipped == NO_CONTENT:  # the warning 1.0 gave, word for word
            logger.warning("article %r has no content left after cleaning", article.id)
        else:
            logger.warning("article %r left out of the digest: %s", article.id, reading.skipped)
        skipped.append(
            SkippedArticle(article=article.id, source=article.source, reason=reading.skipped)
        )
    return sentences, tuple(skipped), tuple(headlines)


def _empty_digest(
    articles: Sequence[Article],
    options: Options,
    *,
    id: str | None,
    skipped: tuple[SkippedArticle, ...] = (),
) -> Digest:
    """The digest of a set with no content: one empty summary per article, and the reasons."""
    empty = tuple(SourceSummary(article=a.id, source=a.source, sentences=()) for a in articles)
    return Digest(
        articles=tuple(articles),
        per_source=empty,
        merged=(),
        options=options,
        id=id,
        skipped=skipped,
    )


def _quotes(articles: Sequence[Article], sentences: Sequence[Sentence]) -> dict[str, list[Quote]]:
    """Each article's quotes, read in its own content sentences."""
    own: dict[str, list[Sentence]] = {article.id: [] for article in articles}
    for sentence in sentences:
        own[sentence.article].append(sentence)
    return {article.id: find_quotes(article, own[article.id]) for article in articles}


def _in_order(
    ranked: Sequence[RankedClaim], order: str, position: Mapping[str, int]
) -> tuple[Claim, ...]:
    """The chosen claims in the order asked for: as chosen, or by article, then row."""
    if order == "source":
        ranked = sorted(ranked, key=lambda item: (position[item.claim.sentence.article], item.row))
    return tuple(item.claim for item in ranked)
