"""The digest: everything one run produces for one set of articles, and its renderings.

Built by :mod:`summarize.pipeline` from the leaf records of :mod:`summarize.records`;
its ``to_*`` methods hand it to :mod:`summarize.render`, which imports records only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from .errors import InputError
from .options import Options
from .records import (
    Article,
    Claim,
    Disagreement,
    Exclusive,
    Headline,
    Quote,
    Sentence,
    SkippedArticle,
    SourceSummary,
)

__all__ = ["Digest"]


def _optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InputError(f"a digest id must be a string or None, got {type(value).__name__}")


@attrs.frozen
class Digest:
    """Everything one run produces for one set of articles.

    Attributes:
        articles: The articles summarised, in input order.
        per_source: One summary per article, in input order.
        merged: The claims of the merged summary, in output order.
        options: The options of the run, so that it can be reproduced.
        id: The id of the set (a cluster id from a JSON Lines file), if any.
        disagreements: Figures for the same thing that differ between sources.
        exclusives: Per article, the claims no other source makes and the merged
            summary does not show (articles with none are left out).
        quotes: Every quoted statement found in the set's content sentences,
            in article order.
        skipped: The articles left out because their text is not news (a
            web-archive notice, a paywall, an error page, a list of links, headings
            without prose, mostly page clutter), each with the reason, in input
            order. They stay in ``articles``, with an empty per-source summary.
        headlines: For articles without a title, the headline their text opens
            with, when it surely is one, in input order: the title the renderings
            show for them (see :meth:`display_title`). The articles themselves are
            left as given.

    Example:
        >>> from summarize import summarize
        >>> texts = ["Rain fell on Monday. Roads shut.", "On Monday rain fell."]
        >>> digest = summarize(texts, merged=1)
        >>> [article.id for article in digest.articles], len(digest.merged)
        (['0', '1'], 1)
    """

    articles: tuple[Article, ...]
    per_source: tuple[SourceSummary, ...]
    merged: tuple[Claim, ...]
    options: Options
    id: str | None = attrs.field(default=None, validator=_optional_id)
    disagreements: tuple[Disagreement, ...] = ()
    exclusives: tuple[Exclusive, ...] = ()
    quotes: tuple[Quote, ...] = ()
    skipped: tuple[SkippedArticle, ...] = ()
    headlines: tuple[Headline, ...] = ()

    def article(self, article_id: str) -> Article:
        """Return the article with this id.

        Raises:
            KeyError: No article of the digest has that id.
        """
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def display_title(self, article_id: str) -> str | None:
        r"""Return the title to show for an article: its own, else the headline its text opens with.

        None when it has neither (a digest never makes one up).

        Raises:
            KeyError: No article of the digest has that id.

        Example:
            >>> from summarize import summarize
            >>> digest = summarize([
            ...     "Kessel Bridge Reopens After Storm\n\nThe bridge at Kessel reopened on Monday.",
            ...     {"text": "The Kessel bridge reopened on Monday.", "title": "Open again"},
            ... ])
            >>> digest.display_title("0"), digest.display_title("1"), digest.article("0").title
            ('Kessel Bridge Reopens After Storm', 'Open again', None)
        """
        title = self.article(article_id).title
        if title:
            return title
        return next((h.text for h in self.headlines if h.article == article_id), None)

    def exclusive(self, source: str) -> tuple[Claim, ...]:
        """Return the claims that only ``source`` makes, over all its articles.

        Claims the merged summary shows are not among them: their line already names
        ``source`` as the one that states them.

        Raises:
            KeyError: No article of the digest has that source.

        Example:
            >>> from summarize import summarize
            >>> digest = summarize([
            ...     "The bridge reopened on Monday. A cyclist was the first across.",
            ...     "On Monday the bridge reopened. Tolls for trucks will rise in May.",
            ... ], merged=1)
            >>> [claim.text for claim in digest.exclusive("1")]
            ['Tolls for trucks will rise in May.']
        """
        if not any(article.source == source for article in self.articles):
            raise KeyError(source)
        return tuple(
            claim for item in self.exclusives if item.source == source for claim in item.claims
        )

    def sentences(self) -> Iterator[Sentence]:
        """Yield every sentence the digest shows, each an offset into its article.

        Per-source sentences first, then each merged claim's representative and
        support, in output order, then the sentences of the exclusives and of the
        disagreements; a sentence shown in several places is yielded each time.

        Example:
            >>> from summarize import summarize
            >>> d = summarize(["Rain fell on Monday.", "On Monday rain fell."], merged=1)
            >>> all(d.article(s.article).text[s.start : s.end] == s.text for s in d.sentences())
            True
        """
        for summary in self.per_source:
            for scored in summary.sentences:
                yield scored.sentence
        for claim in self.merged:
            yield claim.sentence
            yield from claim.support
        for exclusive in self.exclusives:
            for claim in exclusive.claims:
                yield claim.sentence
        for disagreement in self.disagreements:
            for version in disagreement.versions:
                yield version.sentence

    def to_json(self, *, indent: int | None = 2) -> str:
        """Render the digest as JSON (the format documented in the README)."""
        from .render.json import to_json

        return to_json(self, indent=indent)

    def to_markdown(self, *, evidence: bool = False) -> str:
        """Render the digest as Markdown: merged claims with their sources, then each source.

        Args:
            evidence: Quote under each claim every sentence that states it, with its source.
        """
        from .render.markdown import to_markdown

        return to_markdown(self, evidence=evidence)

    def to_text(self, *, evidence: bool = False) -> str:
        """Render the digest as plain text.

        Args:
            evidence: Quote under each claim every sentence that states it, with its source.
        """
        from .render.text import to_text

        return to_text(self, evidence=evidence)

    def to_html(self) -> str:
        """Render the digest as one self-contained HTML page (no network needed to view it)."""
        from .render.html import to_html

        return to_html(self)

    @classmethod
    def from_json(cls, data: str | bytes) -> Digest:
        """Rebuild a digest from the output of :meth:`to_json`.

        Raises:
            InputError: The JSON is not a digest.
        """
        from .render.json import digest_fields

        return cls(**digest_fields(data))
