"""The records that flow through the pipeline: articles in, sentences and claims out.

Frozen ``attrs`` classes that import nothing of the pipeline. A :class:`Sentence` is an
offset into its article's text, never a rewritten copy; :class:`~summarize.digest.Digest`
(in :mod:`summarize.digest`) gathers them.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import attrs

from .errors import InputError

__all__ = [
    "Article",
    "Claim",
    "Cluster",
    "Disagreement",
    "Exclusive",
    "Headline",
    "Quote",
    "ScoredSentence",
    "Sentence",
    "SkippedArticle",
    "SourceSummary",
    "TextSpan",
    "Version",
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
class Quote:
    """A quoted statement in an article, with who said it when the article says.

    Attributes:
        text: The quoted words, without the quotation marks.
        speaker: Who said it, as the article names them ("Kobani", "a spokesman
            for the SDF"; for words read from a document, "the report said", whoever
            the article says issued it), or ``None`` when the article does not say.
        article: Id of the article it is quoted in.
        start: Offset of the quoted words' first character in the article's text.
        end: Offset one past their last character.
        role: The speaker's role or title as the article gives it, at the
            attribution or where it names the speaker, kept apart from the name
            ("trauma surgeon" in "said trauma surgeon Dr. Jason Lees", "harbour
            master" in "Mara Quell, the harbour master, said"), or ``None``.

    Example:
        >>> text = '"We will rebuild," said Ms Ode.'
        >>> quote = Quote(text="We will rebuild,", speaker="Ms Ode", article="a", start=1, end=17)
        >>> text[quote.start : quote.end] == quote.text
        True
    """

    text: str
    speaker: str | None
    article: str
    start: int
    end: int
    role: str | None = None


@attrs.frozen
class Claim:
    """One statement made by one or more sources of the set.

    Attributes:
        sentence: The representative sentence, shown as the claim's text.
        support: Every sentence of the set that states the claim, at most one per
            article, the representative included, in article order.
        sources: The distinct sources of ``support``, in article order.
        score: The claim's importance (support first, then centrality and position).
        share: ``sources`` as a share of the set's distinct sources (0 to 1).
        quotes: The quotes inside the support sentences, in support order, so
            that a claim that is a quote shows who said it.

    Example:
        >>> from summarize import summarize
        >>> texts = ["Rain fell on Monday. Roads shut.", "On Monday rain fell."]
        >>> digest = summarize(texts, merged=1)
        >>> claim = digest.merged[0]
        >>> claim.sources, claim.source_count, claim.share
        (('0', '1'), 2, 1.0)
    """

    sentence: Sentence
    support: tuple[Sentence, ...]
    sources: tuple[str, ...]
    score: float
    share: float = 1.0
    quotes: tuple[Quote, ...] = ()

    @property
    def text(self) -> str:
        """The representative sentence's text."""
        return self.sentence.text

    @property
    def source_count(self) -> int:
        """How many distinct sources state the claim."""
        return len(self.sources)


@attrs.frozen
class Version:
    """One source's figure in a disagreement.

    Attributes:
        source: The source that gives the figure.
        article: Id of the article it is given in.
        value: The figure as written, hedge included ("nearly 30,000").
        low: The smallest number the figure allows (``-math.inf`` when it sets
            no lower bound, as "less than -5%"); a time of day in minutes after
            midnight, a day of the week by its ISO number (Monday 1, Sunday 7).
        high: The largest number it allows (equal to ``low`` for an exact figure;
            ``math.inf`` when the figure sets no upper bound, as "more than 50,000").
        start: Offset of ``value`` in the article's text.
        end: Offset one past its end.
        sentence: The sentence that gives it.

    Example:
        >>> text = "Nearly 300 people fled."
        >>> version = Version(
        ...     source="a", article="a", value="Nearly 300", low=270.0, high=300.0,
        ...     start=0, end=10, sentence=Sentence("a", 0, 0, 23, text))
        >>> text[version.start : version.end]
        'Nearly 300'
    """

    source: str
    article: str
    value: str
    low: float
    high: float
    start: int
    end: int
    sentence: Sentence


@attrs.frozen
class Disagreement:
    """Figures for the same thing that differ between sources.

    Attributes:
        about: A few words on what the figures count ("people fled").
        versions: One figure per source (the first it gives, or the same figure where its
            text gives it again after a headline), in article order;
            at least two of them exclude each other.
        certain: Whether two versions that exclude each other stand in sentences
            that state one claim (the same claim of the digest), so the sources
            give the same figure differently. ``False``: they match only by
            what they count ("two people killed" in one crash against "eight
            dead" in the storm around it), so the figures *may* differ; the
            renderings show such disagreements apart, under "May differ".

    Example:
        >>> s = Sentence("a", 0, 0, 10, "Rain fell.")
        >>> one = Version("A", "a", "20", 20.0, 20.0, 0, 2, s)
        >>> two = Version("B", "b", "40", 40.0, 40.0, 0, 2, s)
        >>> Disagreement(about="people fled", versions=(one, two)).sources
        ('A', 'B')
    """

    about: str
    versions: tuple[Version, ...]
    certain: bool = True

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources of the versions, in order."""
        return tuple(version.source for version in self.versions)


@attrs.frozen
class Exclusive:
    """The claims of one article that no other source of the set makes.

    Attributes:
        source: The article's source.
        article: The article's id.
        claims: Its most important exclusive claims, best first; each has one source.

    Example:
        >>> Exclusive(source="Wire", article="a1", claims=()).claims
        ()
    """

    source: str
    article: str
    claims: tuple[Claim, ...]


@attrs.frozen
class Headline:
    r"""The headline an article without a title opens with: the title a digest shows for it.

    The article itself is left as given (its ``title`` stays None); the digest carries
    the headline beside it, as an offset into the article's text like a sentence:
    ``article.text[headline.start:headline.end] == headline.text``.

    Attributes:
        article: Id of the article.
        start: Offset of the headline's first character in the article's text.
        end: Offset one past its last character.
        text: The headline as written.

    Example:
        >>> text = "Ferry Runs Aground Off Kessel\n\nThe ferry ran aground."
        >>> headline = Headline(article="a", start=0, end=29, text=text[:29])
        >>> text[headline.start : headline.end]
        'Ferry Runs Aground Off Kessel'
    """

    article: str
    start: int
    end: int
    text: str


def _text(instance: SkippedArticle, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        kind = type(value).__name__
        raise InputError(f"SkippedArticle.{attribute.name} must be a string, got {kind}")


@attrs.frozen
class SkippedArticle:
    """An article left out of the digest because its text is not news, and why.

    Attributes:
        article: The article's id.
        source: The article's source.
        reason: Why it was left out (a web-archive notice, a paywall, an error page,
            a list of links or teasers, headings without prose, mostly page clutter), in words a
            reader can check.

    Example:
        >>> SkippedArticle(article="a2", source="Wire", reason="an error page").reason
        'an error page'
    """

    article: str = attrs.field(validator=_text)
    source: str = attrs.field(validator=_text)
    reason: str = attrs.field(validator=_text)


def __getattr__(name: str) -> object:
    if name == "Digest":  # records.Digest before the digest had a module of its own
        raise ImportError("Digest moved to summarize.digest; import it as summarize.Digest")
    raise AttributeError(f"module 'summarize.records' has no attribute {name!r}")
