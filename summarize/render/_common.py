"""What the human-readable renderers share: source labels, counts and one-line notes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Article, Claim, Disagreement

__all__ = [
    "differences",
    "figures_note",
    "heading",
    "one_line",
    "plural",
    "short_labels",
    "sources_note",
    "speakers_note",
    "support_note",
]

# A run of 8 or more hexadecimal characters holding at least one digit and one
# letter: the hash part of ids such as "000_f2750bfaa80f3dc8".
_HASH = re.compile(r"(?i)(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}")
_LONGEST = 32


def _shorten(label: str, keep: int) -> str:
    match = _HASH.search(label)
    if match is not None:
        cut = match.start() + keep
        return label if cut >= match.end() else label[:cut] + "…"
    if len(label) > _LONGEST:
        return label[: _LONGEST - 1] + "…"
    return label


def short_labels(labels: Iterable[str]) -> dict[str, str]:
    """Map each label to a short form for display, keeping different labels apart.

    The hash part of an id is cut to its first three characters (more where
    two labels would otherwise look alike); other labels longer than 32
    characters are cut; the rest are kept.

    Example:
        >>> short_labels(["000_f2750bfaa80f3dc8", "Reuters"])
        {'000_f2750bfaa80f3dc8': '000_f27…', 'Reuters': 'Reuters'}
    """
    unique = list(dict.fromkeys(labels))
    keep = 3
    while True:
        shown = {label: _shorten(label, keep) for label in unique}
        if len(set(shown.values())) == len(unique) or keep > 64:
            return shown
        keep += 1


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


def heading(article: Article, *, escape: Callable[[str], str] = one_line) -> str:
    r"""Return the heading of an article's section: source, title, and the id if it differs.

    Args:
        article: The article.
        escape: Applied to the source, title and id (Markdown escapes them).

    Example:
        >>> from summarize.records import Article
        >>> heading(Article(id="a1", text="Hi.", source="Gazette", title="Floods\nrise"))
        'Gazette: Floods rise (a1)'
    """
    text = escape(article.source)
    if article.title:
        text += f": {escape(article.title)}"
    if article.id != article.source:
        text += f" ({escape(article.id)})"
    return text


def sources_note(sources: Sequence[str], labels: Mapping[str, str], *, shown: int = 2) -> str:
    """Return sources in brackets, at most ``shown`` of them, then ``+N``.

    Example:
        >>> sources_note(["a", "b", "c", "d"], {})
        '[a, b, +2]'
    """
    names = [labels.get(source, source) for source in sources[:shown]]
    if len(sources) > shown:
        names.append(f"+{len(sources) - shown}")
    return "[" + ", ".join(names) + "]"


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


def speakers_note(claim: Claim) -> str:
    """Name who is quoted in the claim's support, in order, each once; empty when nobody is.

    A name that ends with another one shown ("Tearful Mayor Ada Ode" and "Mayor
    Ada Ode") is the same person, shown once, by the shorter name.

    Example:
        >>> from summarize.records import Claim, Quote, Sentence
        >>> s = Sentence("a", 0, 0, 20, '"Go," said Ms Ode.')
        >>> quote = Quote(text="Go,", speaker="Ms Ode", article="a", start=1, end=4)
        >>> claim = Claim(sentence=s, support=(s,), sources=("a",), score=1.0, quotes=(quote,))
        >>> speakers_note(claim)
        'quoting Ms Ode'
    """
    named = list(dict.fromkeys(q.speaker for q in claim.quotes if q.speaker))
    # One person named two ways ("Mayor Ada Ode", "Tearful Mayor Ada Ode"): the shorter.
    speakers = [
        name
        for name in named
        if not any(other != name and name.endswith(" " + other) for other in named)
    ]
    return f"quoting {', '.join(speakers)}" if speakers else ""


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
        f"{labels.get(v.source, v.source)} says {one_line(v.value)}" for v in disagreement.versions
    )
    return f"{one_line(disagreement.about)}: {figures}"
