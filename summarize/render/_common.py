"""What the human-readable renderers share: headings, counts and one-line notes.

In render/, beside :mod:`._labels` (what each source is called).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..digest import Digest
    from ..records import Article, Claim, Disagreement, Version

__all__ = [
    "LINKABLE",
    "claim_note",
    "differences",
    "empty_note",
    "figure_shown",
    "figures_note",
    "heading",
    "one_line",
    "plural",
    "quoted_speakers",
    "set_note",
    "source_count",
    "speakers_note",
    "story_title",
    "support_note",
]

#: URLs that are shown as links: http(s), with nothing that could end the link early.
LINKABLE = re.compile(r"(?i)https?://[^\s\"'<>]+\Z")


def plural(number: int, noun: str) -> str:
    """Return ``number`` and ``noun``, with an ``s`` unless the number is 1.

    Example:
        >>> plural(1, "source"), plural(3, "article")
        ('1 source', '3 articles')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"


def one_line(text: str) -> str:
    r"""Return ``text`` with every run of whitespace, line breaks included, as one space.

    Example:
        >>> one_line(" Floods\n hit  the town ")
        'Floods hit the town'
    """
    return " ".join(text.split())


def heading(
    article: Article,
    label: str,
    number: int,
    *,
    escape: Callable[[str], str] = one_line,
    title: str | None = None,
) -> str:
    r"""Return the heading of an article's section: its source's label, number and title.

    Args:
        article: The article.
        label: What its source is called (see :func:`._labels.source_labels`).
        number: Its number in the list of sources.
        escape: Applied to the label and title (Markdown escapes them).
        title: The title to show when the article has none of its own (the headline
            its text opens with: :meth:`~summarize.digest.Digest.display_title`).

    Example:
        >>> from summarize.records import Article
        >>> heading(Article(id="a1", text="Hi.", source="Gazette", title="Floods\nrise"),
        ...         "Gazette", 2)
        'Gazette [2]: Floods rise'
    """
    text = f"{escape(label)} [{number}]"
    shown = article.title or title
    if shown:
        text += f": {escape(shown)}"
    return text


def story_title(digest: Digest) -> str | None:
    """The title of a digest's story: its first article's title, else its first headline.

    Headlines (:attr:`~summarize.digest.Digest.headlines`) stand in only when no article
    of the set has a title of its own.
    """
    titles = [article.title for article in digest.articles if article.title]
    titles += [headline.text for headline in digest.headlines]
    return titles[0] if titles else None


def support_note(claim: Claim, total: int | None = None) -> str:
    """Say how many sources (of ``total``, when given) and articles, when more, state the claim.

    Example:
        >>> from summarize.records import Claim, Sentence
        >>> s = Sentence("a", 0, 0, 3, "Hi.")
        >>> claim = Claim(sentence=s, support=(s,), sources=("a",), score=1.0)
        >>> support_note(claim), support_note(claim, total=4)
        ('1 source', '1 of 4 sources')
    """
    if total is None:
        note = plural(claim.source_count, "source")
    else:
        note = f"{claim.source_count} of {plural(total, 'source')}"
    if len(claim.support) > claim.source_count:
        note += f", {len(claim.support)} articles"
    return note


def source_count(articles: Sequence[Article]) -> int:
    """The number of distinct sources of a set of articles.

    A set of one source is no set to compare: its digest has no exclusives, no
    agreement between sources and no counts of sources.
    """
    return len({article.source for article in articles})


def set_note(articles: Sequence[Article], name: str | None = None) -> str:
    """Say how many articles, from how many sources; one source is named when ``name`` is.

    Example:
        >>> from summarize.records import Article
        >>> a, b = Article(id="a", text="Hi.", source="Wire"), Article(id="b", text="Yo.")
        >>> set_note([a, b]), set_note([a], "Wire"), set_note([a, a], "Wire")
        ('2 articles from 2 sources', '1 article from Wire', '2 articles, all from Wire')
        >>> set_note([a, a]), set_note([a])
        ('2 articles from one source', '1 article')
    """
    count = source_count(articles)
    if count != 1:
        return f"{plural(len(articles), 'article')} from {plural(count, 'source')}"
    if name is None:
        return "1 article" if len(articles) == 1 else f"{len(articles)} articles from one source"
    if len(articles) == 1:
        return f"1 article from {name}"
    return f"{len(articles)} articles, all from {name}"


def claim_note(
    claim: Claim, articles: Sequence[Article], cite: str, *, escape: Callable[[str], str] = one_line
) -> str:
    """Say who states a claim: ``3 of 5 sources: <cite>``; from one source, ``cite`` alone.

    The claim of a digest of one article gets no note: its one source is the article.

    Args:
        claim: The claim.
        articles: The digest's articles.
        cite: The claim's sources, each with its article numbers (already escaped).
        escape: Applied to the count.

    Example:
        >>> from summarize.records import Article, Claim, Sentence
        >>> a, b = Article(id="a", text="Hi."), Article(id="b", text="Hi.", source="a")
        >>> s = Sentence("a", 0, 0, 3, "Hi.")
        >>> claim = Claim(sentence=s, support=(s,), sources=("a",), score=1.0)
        >>> claim_note(claim, [a, Article(id="c", text="Yo.")], "a [1]")
        '1 of 2 sources: a [1]'
        >>> claim_note(claim, [a, b], "a [1]"), claim_note(claim, [a], "a [1]")
        ('a [1]', '')
    """
    if len(articles) == 1:
        return ""
    total = source_count(articles)
    return cite if total == 1 else f"{escape(support_note(claim, total))}: {cite}"


def empty_note(digest: Digest) -> str:
    """What a merged summary without claims says: why, when ``min_sources`` is why.

    Example:
        >>> from summarize import Digest, Options
        >>> empty_note(Digest(articles=(), per_source=(), merged=(), options=Options()))
        'No claims.'
        >>> options = Options(min_sources=3)
        >>> empty_note(Digest(articles=(), per_source=(), merged=(), options=options))
        'No claim is stated by 3 sources or more.'
    """
    least = digest.options.min_sources
    return f"No claim is stated by {least} sources or more." if least > 1 else "No claims."


def quoted_speakers(claim: Claim) -> list[tuple[str, str | None]]:
    """Who the claim's support quotes, in order, each person once, with the role the article gives.

    A name that ends with another one quoted ("Tearful Ada Ode" and "Ada Ode") is the same
    person, shown by the shorter name; so is a name spelt as another with the same surname
    but for a vowel or a doubled letter in a word of six letters or more ("Katarina Ode" and
    "Katerina Ode", "Annabella" and "Anabella", as outlets transliterate a name), shown as
    first quoted. "Mark Ode" and "Mary Ode" are two people.

    Example:
        >>> from summarize.records import Claim, Quote, Sentence
        >>> s = Sentence("a", 0, 0, 20, '"Go," said Ms Ode.')
        >>> named = [("Katarina Ode", None), ("Katerina Ode", "mayor"), ("Ben Ode", None)]
        >>> quotes = tuple(
        ...     Quote(text="Go,", speaker=name, article="a", start=1, end=4, role=role)
        ...     for name, role in named
        ... )
        >>> claim = Claim(sentence=s, support=(s,), sources=("a",), score=1.0, quotes=quotes)
        >>> quoted_speakers(claim)
        [('Katarina Ode', 'mayor'), ('Ben Ode', None)]
    """
    roles: dict[str, str | None] = {}
    for quote in claim.quotes:
        if quote.speaker:
            roles[quote.speaker] = roles.get(quote.speaker) or quote.role
    names = list(roles)
    shown: dict[str, str | None] = {}
    for k, name in enumerate(names):
        same = [
            other
            for other in names
            if other != name and (name.endswith(" " + other) or _respelt(name, other))
        ]
        kept = [o for o in same if not name.endswith(" " + o) and names.index(o) < k]
        if any(name.endswith(" " + other) for other in same) or kept:
            continue  # shown by a shorter or an earlier name
        shown[name] = roles[name] or next((roles[o] for o in same if roles[o]), None)
    return list(shown.items())


def speakers_note(claim: Claim) -> str:
    """Name who is quoted in the claim's support (:func:`quoted_speakers`); empty when nobody is.

    Each speaker is named with the role the article gives them, if any ("Ada Ode
    (harbour master)").

    Example:
        >>> from summarize.records import Claim, Quote, Sentence
        >>> s = Sentence("a", 0, 0, 20, '"Go," said Ms Ode.')
        >>> quote = Quote(text="Go,", speaker="Ms Ode", article="a", start=1, end=4)
        >>> claim = Claim(sentence=s, support=(s,), sources=("a",), score=1.0, quotes=(quote,))
        >>> speakers_note(claim)
        'quoting Ms Ode'
    """
    speakers = [f"{name} ({role})" if role else name for name, role in quoted_speakers(claim)]
    return f"quoting {', '.join(speakers)}" if speakers else ""


def _respelt(one: str, other: str) -> bool:
    """Whether two names with the same surname are one name spelt two ways (see above)."""
    a, b = one.split(), other.split()
    if len(a) != len(b) or len(a) < 2 or a[-1].lower() != b[-1].lower():
        return False
    return all(x == y or _transliterated(x, y) for x, y in zip(a, b, strict=True))


_VOWELS = frozenset("aeiouy")


def _transliterated(x: str, y: str) -> bool:
    """Whether two words of six letters or more differ by one vowel or one doubled letter."""
    if min(len(x), len(y)) < 6:
        return False
    if len(x) == len(y):
        apart = [(p, q) for p, q in zip(x.lower(), y.lower(), strict=True) if p != q]
        return len(apart) == 1 and set(apart[0]) <= _VOWELS
    short, long = sorted((x, y), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short and long[i] == long[i - 1] for i in range(1, len(long))
    )


#: The headings of certain disagreements and of those whose figures only may differ.
SURE, UNSURE = "Sources differ", "May differ"


def differences(
    disagreements: Sequence[Disagreement],
) -> list[tuple[str, list[Disagreement]]]:
    """The disagreements to show under each heading, certain ones first; no empty heading.

    Example:
        >>> from summarize.records import Disagreement
        >>> [(title, len(shown)) for title, shown in differences(
        ...     [Disagreement("a", ()), Disagreement("b", (), certain=False)])]
        [('Sources differ', 1), ('May differ', 1)]
    """
    sections = [
        (SURE, [d for d in disagreements if d.certain]),
        (UNSURE, [d for d in disagreements if not d.certain]),
    ]
    return [(title, shown) for title, shown in sections if shown]


def figures_note(disagreement: Disagreement, labels: Mapping[str, str]) -> str:
    """Say which source gives which figure, in one line.

    Example:
        >>> from summarize.records import Disagreement, Sentence, Version
        >>> s = Sentence("a", 0, 0, 10, "Rain fell.")
        >>> versions = (Version("A", "a", "20", 20.0, 20.0, 0, 2, s),
        ...             Version("B", "b", "about 40", 36.0, 44.0, 0, 8, s))
        >>> figures_note(Disagreement(about="people fled", versions=versions), {})
        'people fled: A says 20; B says about 40'
    """
    figures = "; ".join(
        f"{labels.get(v.source, v.source)} says {figure_shown(v)}" for v in disagreement.versions
    )
    return f"{one_line(disagreement.about)}: {figures}"


def figure_shown(version: Version) -> str:
    """The figure as a line shows it: on one line, and in lower case if it opens its sentence.

    "One person was killed" gives "one", as "the mayor says one" reads; the record's
    ``value`` stays as written, at its offsets. A figure in capitals ("NEARLY 300")
    keeps them.

    Example:
        >>> from summarize.records import Sentence, Version
        >>> s = Sentence("a", 0, 0, 23, "Nearly 300 people fled.")
        >>> figure_shown(Version("A", "a", "Nearly 300", 270.0, 300.0, 0, 10, s))
        'nearly 300'
        >>> later = Sentence("a", 1, 30, 51, "Police said 300 fled.")
        >>> figure_shown(Version("A", "a", "300", 300.0, 300.0, 42, 45, later))
        '300'
    """
    value = one_line(version.value)
    opens = version.start == version.sentence.start
    if opens and value[:1].isupper() and value[1:2].islower():
        return value[0].lower() + value[1:]
    return value
