"""The records that flow through the pipeline: articles in, sentences and claims out.

All records are frozen ``attrs`` classes with slots. A :class:`Sentence` is an
offset into its article's original text, never a rewritten copy, so every piece
of output can be traced back to the exact characters a source published.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InputError

if TYPE_CHECKING:
    from .options import Options

__all__ = [
    "Article",
    "Claim",
    "Cluster",
    "Digest",
    "ScoredSentence",
    "Sentence",
    "SourceSummary",
    "TextSpan",
]


# A lone surrogate is a str character that no UTF-8 text can hold: it comes from
# bytes decoded with errors="surrogateescape" (os.fsdecode, sys.argv). Accepted,
# it would make every digest of the set impossible to write out as UTF-8 JSON.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_encodable(name: str, value: str, article: object = None) -> None:
    found = _SURROGATE.search(value)
    if found:
        where = f"article {article!r}: {name}" if isinstance(article, str) else f"Article.{name}"
        raise InputError(
            f"{where} holds a lone surrogate ({found.group()!r}) at offset "
            f"{found.start()}, which UTF-8 cannot encode; decode the bytes with "
            "errors='replace' (or in their real encoding) before summarising"
        )


def _optional_str(name: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError(
            f"Article.{name} must be a string or None, got {type(value).__name__}: {value!r:.60}"
        )
    _check_encodable(name, value)
    return value or None


def _title(value: object) -> str | None:
    return _optional_str("title", value)


def _url(value: object) -> str | None:
    return _optional_str("url", value)


def _published(value: object) -> str | None:
    return _optional_str("published", value)


def _required_str(name: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise InputError(
                f"Article.{name} must be a string, got {type(value).__name__}: {value!r:.60}"
            )
        _check_encodable(name, value, getattr(instance, "id", None) if name != "id" else None)

    return check


def _source_default(self: Article) -> str:
    return self.id


@attrs.frozen
class Article:
    """One article of the set, as published by one source.

    Attributes:
        id: Unique id of the article within the set (a file stem, a URL hash, ...).
        text: The article's text exactly as given; offsets of every sentence refer to it.
        source: The outlet that published it. Defaults to ``id``; several articles may
            share one source, and support is counted per distinct source.
        title: The headline, if known.
        url: Where the article was published, if known.
        published: Publication date or time as an ISO 8601 string, if known
            (``datetime.date`` and ``datetime.datetime`` values are converted).

    Example:
        >>> Article(id="a1", text="The bridge reopened on Monday.").source
        'a1'
    """

    id: str = attrs.field(validator=_required_str("id"))
    text: str = attrs.field(validator=_required_str("text"), repr=lambda t: f"<{len(t)} chars>")
    source: str = attrs.field(
        default=attrs.Factory(_source_default, takes_self=True),
        validator=_required_str("source"),
    )
    title: str | None = attrs.field(default=None, converter=_title)
    url: str | None = attrs.field(default=None, converter=_url)
    published: str | None = attrs.field(default=None, converter=_published)


@attrs.frozen
class Cluster:
    """A set of articles about one story, as read from one line of a clusters file.

    Attributes:
        id: The cluster's id, if it has one.
        articles: Its articles, in input order.

    Example:
        >>> cluster = Cluster(id="storm", articles=(Article(id="a", text="Wind rose."),))
        >>> [article.id for article in cluster.articles]
        ['a']
    """

    id: str | None
    articles: tuple[Article, ...]


@attrs.frozen
class TextSpan:
    """A stretch of text with its character offsets: ``text == original[start:end]``.

    Example:
        >>> TextSpan(4, 9, "quick")
        TextSpan(start=4, end=9, text='quick')
    """

    start: int
    end: int
    text: str


@attrs.frozen(order=True)
class Sentence:
    """A sentence of an article, as an offset into the article's original text.

    ``article.text[sentence.start:sentence.end] == sentence.text`` always holds.

    Attributes:
        article: Id of the article the sentence comes from.
        index: Position among the article's content sentences (0 is the first kept
            sentence; boilerplate left out by cleaning does not count).
        start: Offset of the first character in the article's text.
        end: Offset one past the last character.
        text: The sentence as written.

    Example:
        >>> text = "Rain fell. The river rose fast."
        >>> sentence = Sentence(article="a", index=1, start=11, end=31, text=text[11:31])
        >>> sentence.text, sentence.words
        ('The river rose fast.', 4)
    """

    article: str
    index: int
    start: int
    end: int
    text: str = attrs.field(order=False)

    @property
    def words(self) -> int:
        """Number of whitespace-separated words, the unit of word budgets."""
        return len(self.text.split())


@attrs.frozen
class ScoredSentence:
    """A sentence with the score its ranker gave it (higher is more important).

    Attributes:
        sentence: The sentence that was scored.
        score: The ranker's score for it.

    Example:
        >>> scored = ScoredSentence(Sentence("a", 0, 0, 10, "Rain fell."), 0.5)
        >>> scored.text, scored.score
        ('Rain fell.', 0.5)
    """

    sentence: Sentence
    score: float

    @property
    def text(self) -> str:
        """The sentence's text."""
        return self.sentence.text


@attrs.frozen
class SourceSummary:
    """The summary of one article: its best sentences, in the requested order.

    Attributes:
        article: Id of the summarised article.
        source: The article's source.
        sentences: The selected sentences with their scores.

    Example:
        >>> from summarize import summarize
        >>> digest = summarize(["Rain fell on Monday. Roads shut.", "On Monday rain fell."])
        >>> summary = digest.per_source[1]
        >>> summary.article, [scored.text for scored in summary.sentences]
        ('1', ['On Monday rain fell.'])
    """

    article: str
    source: str
    sentences: tuple[ScoredSentence, ...]


@attrs.frozen
class Claim:
    """One statement made by one or more sources of the set.

    Attributes:
        sentence: The representative sentence, shown as the claim's text.
        support: Every sentence of the set that states the claim, at most one per
            article, the representative included, in article order.
        sources: The distinct sources of ``support``, in article order.
        score: The claim's importance (support first, then centrality and position).

    Example:
        >>> from summarize import summarize
        >>> texts = ["Rain fell on Monday. Roads shut.", "On Monday rain fell."]
        >>> digest = summarize(texts, merged=1)
        >>> claim = digest.merged[0]
        >>> claim.sources, claim.source_count
        (('0', '1'), 2)
    """

    sentence: Sentence
    support: tuple[Sentence, ...]
    sources: tuple[str, ...]
    score: float

    @property
    def text(self) -> str:
        """The representative sentence's text."""
        return self.sentence.text

    @property
    def source_count(self) -> int:
        """How many distinct sources state the claim."""
        return len(self.sources)


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

    def article(self, article_id: str) -> Article:
        """Return the article with this id.

        Raises:
            KeyError: No article of the digest has that id.
        """
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def sentences(self) -> Iterator[Sentence]:
        """Yield every sentence the digest shows, each an offset into its article.

        Per-source sentences first, then each merged claim's representative and
        support, in output order; a sentence shown in several places is yielded
        each time.

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

    def to_json(self, *, indent: int | None = 2) -> str:
        """Render the digest as JSON (the format documented in the README)."""
        from .render.json import to_json

        return to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """Render the digest as Markdown: merged claims with their sources, then each source."""
        from .render.markdown import to_markdown

        return to_markdown(self)

    def to_text(self) -> str:
        """Render the digest as plain text."""
        from .render.text import to_text

        return to_text(self)

    @classmethod
    def from_json(cls, data: str | bytes) -> Digest:
        """Rebuild a digest from the output of :meth:`to_json`.

        Raises:
            InputError: The JSON is not a digest.
        """
        from .render.json import from_json

        return from_json(data)
