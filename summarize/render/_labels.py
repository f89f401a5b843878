"""Readable names for the sources of a digest, and the numbered list of its articles.

In render/, shared by the text, Markdown and HTML renderers: a source is shown by
the name its articles give (``source``), else by the site of their ``url``, else by
its id, never cut inside a word, and every label of a digest is different.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..records import Article, Claim, Headline

__all__ = ["LONGEST", "Sources", "article_numbers", "site", "source_labels"]

#: Labels longer than this many characters are cut, between words, with "…".
LONGEST = 28

_QUALIFIER = re.compile(r"\s*\([^()]*\)\Z")  # "CNN (Online News)": the part in brackets
_LINKING = frozenset({"a", "an", "and", "at", "de", "for", "in", "of", "on", "the", "to", "&"})
_HOST = re.compile(r"(?i)\A[a-z0-9.-]+\Z")


def _same(text: str) -> str:
    return text


def site(url: str | None) -> str | None:
    """Return the site of a URL, without ``www.``; None when the URL names no host.

    Example:
        >>> site("https://www.reuters.com/world/x"), site("apnews.com/article/y"), site("notes")
        ('reuters.com', 'apnews.com', None)
    """
    if not url:
        return None
    text = url.strip()
    try:
        parts = urlsplit(text if "//" in text else "//" + text)
        host, _ = parts.hostname, parts.port
    except ValueError:  # a malformed port or bracket
        return None
    if parts.scheme not in ("", "http", "https") or parts.username is not None:
        return None  # mailto:desk@paper.com, ftp://...
    if not host or "." not in host or not _HOST.match(host):
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


def _cut(label: str) -> str:
    """The label, at most :data:`LONGEST` characters, cut between words; a lone word stays whole."""
    if len(label) <= LONGEST:
        return label
    shorter = _QUALIFIER.sub("", label)
    if shorter and len(shorter) <= LONGEST:
        return shorter
    kept: list[str] = []
    for word in label.split(" "):
        if kept and len(" ".join([*kept, word])) > LONGEST - 1:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].casefold() in _LINKING:  # not "The Times and…"
        kept.pop()
    cut = " ".join(kept).rstrip(" ,;:-(\u2013\u2014")
    return cut + "…" if cut != label else label


def _named(source: str, articles: list[Article]) -> str:
    """What to call a source: its given name, else its articles' site, else its id."""
    given = any(article.source != article.id for article in articles)
    if not given:
        for article in articles:
            found = site(article.url)
            if found:
                return found
    return " ".join(source.split()) or source


def source_labels(articles: Iterable[Article]) -> dict[str, str]:
    """Map each source of the articles to a short, readable label, each label different.

    A source is named by its ``source`` where the article gives one (one that is not
    just the article's id), else by the site of its ``url`` (``www.reuters.com`` ->
    ``reuters.com``), else by its id. A label longer than :data:`LONGEST` characters
    loses a last part in brackets or is cut between words, never inside one; where two
    sources would look alike, they keep their whole names, then are numbered.

    Example:
        >>> from summarize.records import Article
        >>> source_labels([
        ...     Article(id="000_f2750bfa", text="Hi.", url="https://www.reuters.com/a"),
        ...     Article(id="a1", text="Hi.", source="The Harbour Times and Evening Chronicle"),
        ...     Article(id="a2", text="Hi.", url="https://www.reuters.com/b"),
        ...     Article(id="a3", text="Hi."),
        ... ])  # doctest: +NORMALIZE_WHITESPACE
        {'000_f2750bfa': 'reuters.com',
         'The Harbour Times and Evening Chronicle': 'The Harbour Times…',
         'a2': 'reuters.com (2)', 'a3': 'a3'}
    """
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.source, []).append(article)
    names = {source: _named(source, group) for source, group in grouped.items()}
    labels = {source: _cut(name) for source, name in names.items()}
    for source, label in labels.items():  # two names cut alike: both whole
        if label != names[source] and _count(labels, label) > 1:
            labels = {s: names[s] if shown == label else shown for s, shown in labels.items()}
    seen: dict[str, int] = {}
    for source, label in labels.items():  # still alike: number them in article order
        seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
        if seen[label.casefold()] > 1:
            labels[source] = _numbered(label, seen[label.casefold()], labels)
    return labels


def _count(labels: Mapping[str, str], label: str) -> int:
    return sum(shown == label for shown in labels.values())


def _numbered(label: str, number: int, labels: Mapping[str, str]) -> str:
    taken = {shown.casefold() for shown in labels.values()}
    while f"{label} ({number})".casefold() in taken:
        number += 1
    return f"{label} ({number})"


def article_numbers(articles: Iterable[Article]) -> dict[str, int]:
    """Number the articles from 1 in input order, as the list of sources at the end shows them.

    Example:
        >>> from summarize.records import Article
        >>> article_numbers([Article(id="b", text="Hi."), Article(id="a", text="Yo.")])
        {'b': 1, 'a': 2}
    """
    return {article.id: number for number, article in enumerate(articles, start=1)}


class Sources:
    """The sources of one digest as a reader sees them: labels, article numbers, citations.

    Args:
        articles: The digest's articles, in input order (numbered from 1 in that order).
        headlines: The headlines shown as titles of articles without one
            (:attr:`~summarize.digest.Digest.headlines`).

    Example:
        >>> from summarize.records import Article, Claim, Sentence
        >>> sources = Sources([Article(id="a", text="Hi.", source="Wire"),
        ...                    Article(id="b", text="Hi.", url="https://www.gazette.com/x")])
        >>> a, b = Sentence("a", 0, 0, 3, "Hi."), Sentence("b", 0, 0, 3, "Hi.")
        >>> sources.cite(Claim(sentence=a, support=(a, b), sources=("Wire", "b"), score=2.0))
        'Wire [1], gazette.com [2]'
        >>> sources.of("b")
        'gazette.com [2]'
    """

    def __init__(self, articles: Sequence[Article], headlines: Sequence[Headline] = ()) -> None:
        self.articles = tuple(articles)
        own = {article.id: article.title for article in self.articles}
        shown = {h.article: h.text for h in headlines if not own.get(h.article)}
        #: The title shown for each article: its own, else its headline, else None.
        self.titles = {key: title or shown.get(key) for key, title in own.items()}
        self.label = source_labels(self.articles)
        self.number = article_numbers(self.articles)
        self.source_of = {article.id: article.source for article in self.articles}

    def name(self, source: str) -> str:
        """The label of a source (the source itself if no article of the digest has it)."""
        return self.label.get(source, source)

    def of(self, article: str, *, escape: Callable[[str], str] = _same) -> str:
        """``<label> [<number>]`` for an article, by its id."""
        source = self.source_of.get(article, article)
        number = self.number.get(article)
        label = escape(self.name(source))
        return f"{label} [{number}]" if number is not None else label

    def cite(self, claim: Claim, *, escape: Callable[[str], str] = _same) -> str:
        """Every source of a claim, each with the numbers of its articles that state it."""
        found: dict[str, list[int]] = {source: [] for source in claim.sources}
        for sentence in claim.support:
            if sentence.article in self.number:
                source = self.source_of[sentence.article]
                found.setdefault(source, []).append(self.number[sentence.article])
        names = []
        for source, numbers in found.items():
            shown = ", ".join(map(str, sorted(numbers)))
            label = escape(self.name(source))
            names.append(f"{label} [{shown}]" if shown else label)
        return ", ".join(names)
