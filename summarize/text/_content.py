"""One article's content sentences: split, clutter left out, numbered, capped."""

from __future__ import annotations

import logging

from .. import limits
from ..records import Article, Sentence
from ._clean import drop_boilerplate, find_boilerplate
from ._segment import split_sentences

__all__ = ["content_sentences"]

logger = logging.getLogger("summarize")


def content_sentences(article: Article) -> list[Sentence]:
    r"""Split an article into sentences and leave out its boilerplate.

    The text is split into sentences first; the clutter found in the same text
    (captions, credits, bylines, links) is then left out of them, so offsets stay
    offsets into the text as given. Sentences are numbered from 0 in document
    order, after cleaning. Past :data:`~summarize.limits.MAX_ARTICLE_SENTENCES`
    sentences, only the first ones are kept, with a warning (see ``docs/limits.md``).

    Example:
        >>> article = Article(id="a", text="Photo: AP\n\nThe dam held. Rain eased.")
        >>> [s.text for s in content_sentences(article)]
        ['The dam held.', 'Rain eased.']
    """
    spans = drop_boilerplate(split_sentences(article.text), find_boilerplate(article.text))
    spans = limits.cap_sentences(article.id, spans)
    if not spans:
        logger.warning("article %r has no content left after cleaning", article.id)
    return [
        Sentence(article=article.id, index=i, start=span.start, end=span.end, text=span.text)
        for i, span in enumerate(spans)
    ]
