"""The digest as JSON: a stable, self-contained format that round-trips exactly.

The format (stable; keys appear in this order)::

    {
      "id": "cluster-7" | null,          # the set's id (a cluster id), if any
      "articles": [                      # input order
        {"id", "source", "title", "url", "published", "text"}
      ],
      "per_source": [                    # one entry per article, input order
        {"article": <article id>, "source": <source>, "sentences": [<sentence>, ...]}
      ],
      "merged": [                        # the claims, in output order
        {"text": <the representative sentence's text>,
         "score": <float>,
         "sources": [<distinct sources, article order>],
         "source_count": <len(sources)>,
         "share": <source_count / distinct sources of the set>,
         "sentence": <sentence>,         # the representative sentence itself
         "support": [<sentence>, ...],   # every sentence stating the claim
         "quotes": [<quote>, ...]}       # quotes inside the support sentences
      ],
      "disagreements": [                 # figures for one thing that differ by source
        {"about": <a few words>,
         "versions": [{"source", "article", "value", "low", "high",
                       "start", "end", "sentence": <sentence>}, ...],
         "certain": <bool>}             # false: the figures may differ (other claims; days)
      ],
      "exclusives": [                    # per article, claims no other source makes
                                         # (none in a set of one source)
        {"source", "article", "claims": [<claim, as in merged>, ...]}
      ],
      "quotes": [<quote>, ...],          # every quote of the set, article order
      "skipped": [                       # articles left out as not news, input order
        {"article", "source", "reason"}
      ],
      "options": {"per_source", "merged", "words", "method", "language",
                  "similarity", "redundancy", "order", "selection",
                  "min_sources", "exclusives"},
      "headlines": [                     # only when there are some, input order: what
        {"article", "start", "end", "text"}  # an article without a title opens with
      ]
    }

A ``<sentence>`` object is ``{"article", "index", "start", "end", "text"}``,
followed by ``"score"`` in per-source summaries (claim sentences carry no score
of their own). ``start`` and ``end`` are character offsets (Python string
indices, i.e. code points) into the article's ``text``:
``articles[i].text[start:end] == text``. A ``<quote>`` is ``{"text", "speaker",
"article", "start", "end", "role"}``: the quoted words (without the quotation marks),
who said them (``null`` when the article does not say), their offsets, so
that ``articles[i].text[start:end] == text`` again, and the speaker's role or
title as the article gives it (``null`` when it gives none). A version's ``value`` is the
figure as written ("nearly 30,000"), ``low`` and ``high`` the range it allows
(``high`` is ``null`` when the figure sets no upper bound, as "more than 50,000"
does: ``math.inf`` in Python; ``low`` is ``null`` for no lower bound, as in "less
than -5%"), and ``start``/``end`` its offsets in the article's
text.

``headlines`` gives, for articles whose ``title`` is ``null``, the headline their text
opens with (the title the renderings show for them): ``articles[i].text[start:end] ==
text`` again. The key is written only when the list is not empty, so that the JSON of
a digest whose articles have their titles is as it was; absent, it reads as none.

Articles carry their full ``text`` so that the document is self-contained: the
offsets can be checked and :func:`from_json` rebuilds the digest exactly.
``title``, ``url``, ``published`` and ``id`` may be ``null``.

Equal digests give byte-identical output: keys in fixed order, scores rounded
to 6 decimals, non-ASCII characters written as they are (UTF-8), and a final
newline. With ``indent=None`` the document fits on one line (JSON Lines).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import InputError, OptionError
from ..options import Options
from ..records import (
    Article,
    Claim,
    Disagreement,
    Exclusive,
    Headline,
    Quote,
    ScoredSentence,
    Sentence,
    SkippedArticle,
    SourceSummary,
    Version,
)

if TYPE_CHECKING:
    from ..digest import Digest

__all__ = ["digest_fields", "digest_to_dict", "to_json"]


def __getattr__(name: str) -> object:
    if name == "from_json":  # the reader before Digest.from_json was the one way in
        raise ImportError(
            "summarize.render.json.from_json moved: use summarize.Digest.from_json(text)"
        )
    raise AttributeError(f"module 'summarize.render.json' has no attribute {name!r}")


_SENTENCE_KEYS = ("article", "index", "start", "end", "text")


def _score(value: float) -> float:
    return round(float(value), 6)


def _sentence(sentence: Sentence, score: float | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "article": sentence.article,
        "index": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
    }
    if score is not None:
        data["score"] = _score(score)
    return data


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "text": article.text,
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "article": quote.article,
        "start": quote.start,
        "end": quote.end,
        "role": quote.role,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "text": claim.text,
        "score": _score(claim.score),
        "sources": list(claim.sources),
        "source_count": claim.source_count,
        "share": _score(claim.share),
        "sentence": _sentence(claim.sentence),
        "support": [_sentence(s) for s in claim.support],
        "quotes": [_quote(q) for q in claim.quotes],
    }


def _version(version: Version) -> dict[str, Any]:
    return {
        "source": version.source,
        "article": version.article,
        "value": version.value,
        "low": None if math.isinf(version.low) else _score(version.low),
        "high": None if math.isinf(version.high) else _score(version.high),
        "start": version.start,
        "end": version.end,
        "sentence": _sentence(version.sentence),
    }


def _disagreement(disagreement: Disagreement) -> dict[str, Any]:
    return {
        "about": disagreement.about,
        "versions": [_version(v) for v in disagreement.versions],
        "certain": disagreement.certain,
    }


def _exclusive(exclusive: Exclusive) -> dict[str, Any]:
    return {
        "source": exclusive.source,
        "article": exclusive.article,
        "claims": [_claim(c) for c in exclusive.claims],
    }


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """Return the digest as JSON-ready builtins, in the documented format.

    Example:
        >>> from summarize import Digest, Options
        >>> digest = Digest(articles=(), per_source=(), merged=(), options=Options())
        >>> list(digest_to_dict(digest))  # doctest: +NORMALIZE_WHITESPACE
        ['id', 'articles', 'per_source', 'merged', 'disagreements', 'exclusives',
         'quotes', 'skipped', 'options']
    """
    return {
        "id": digest.id,
        "articles": [_article(a) for a in digest.articles],
        "per_source": [
            {
                "article": summary.article,
                "source": summary.source,
                "sentences": [_sentence(s.sentence, s.score) for s in summary.sentences],
            }
            for summary in digest.per_source
        ],
        "merged": [_claim(c) for c in digest.merged],
        "disagreements": [_disagreement(d) for d in digest.disagreements],
        "exclusives": [_exclusive(e) for e in digest.exclusives],
        "quotes": [_quote(q) for q in digest.quotes],
        "skipped": [
            {"article": item.article, "source": item.source, "reason": item.reason}
            for item in digest.skipped
        ],
        "options": digest.options.to_dict(),
    } | _headlines(digest)


def _headlines(digest: Digest) -> dict[str, Any]:
    """``{"headlines": [...]}`` after ``options``, or nothing when the digest has none."""
    if not digest.headlines:
        return {}
    return {
        "headlines": [
            {"article": h.article, "start": h.start, "end": h.end, "text": h.text}
            for h in digest.headlines
        ]
    }


def to_json(digest: Digest, *, indent: int | None = 2) -> str:
    """Render the digest as JSON text ending with a newline.

    Args:
        digest: The digest.
        indent: Spaces per nesting level; ``None`` for a single line.

    Example:
        >>> from summarize import Digest, Options
        >>> digest = Digest(articles=(), per_source=(), merged=(), options=Options(), id="c1")
        >>> to_json(digest, indent=None)[:28]
        '{"id": "c1", "articles": [],'
    """
    text = json.dumps(digest_to_dict(digest), indent=indent, ensure_ascii=False, allow_nan=False)
    return text + "\n"


# Reading back -----------------------------------------------------------------


def _field(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise InputError(f"digest JSON: {where} is missing {key!r}")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InputError(f"digest JSON: {where}.{key} has the wrong type ({type(value).__name__})")
    return value


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"digest JSON: {where} must be an object, got {type(value).__name__}")
    return value


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value: list[Any] = _field(data, key, list, where)
    return value


def _optional_list(data: Mapping[str, Any], key: str, where: str = "the document") -> list[Any]:
    """A list that digests written before the claim analysis lack: absent reads as empty."""
    return _list(data, key, where) if key in data else []


def _read_score(data: Mapping[str, Any], where: str) -> float:
    score = _read_number(data, "score", where)
    if score < 0:
        raise InputError(f"digest JSON: {where}.score is {score}; scores are 0 or more")
    return score


def _read_sentence(value: object, where: str, texts: Mapping[str, str]) -> Sentence:
    data = _object(value, where)
    article = _field(data, "article", str, where)
    index, start, end = (_field(data, key, int, where) for key in ("index", "start", "end"))
    text = _field(data, "text", str, where)
    if article not in texts:
        raise InputError(f"digest JSON: {where} names article {article!r}, which is not listed")
    if texts[article][start:end] != text or not 0 <= start <= end:
        raise InputError(
            f"digest JSON: {where}: start/end ({start}, {end}) do not slice its text "
            f"out of article {article!r}"
        )
    if index < 0:
        raise InputError(f"digest JSON: {where}.index is {index}; sentences are numbered from 0")
    return Sentence(article=article, index=index, start=start, end=end, text=text)


def _read_article(value: object, where: str) -> Article:
    data = _object(value, where)
    fields = {key: _field(data, key, str, where) for key in ("id", "text", "source")}
    for key in ("title", "url", "published"):
        fields[key] = _field(data, key, (str, type(None)), where)
    return Article(**fields)


def _read_articles(top: Mapping[str, Any]) -> tuple[Article, ...]:
    articles = tuple(
        _read_article(a, f"articles[{i}]")
        for i, a in enumerate(_list(top, "articles", "the document"))
    )
    _check_unique([a.id for a in articles], "articles[{}] repeats the id {!r}; ids must be unique")
    return articles


def _check_unique(ids: list[str], message: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise InputError(f"digest JSON: {message.format(i, item)}")
        seen.add(item)


def _read_summary(
    value: object, where: str, texts: Mapping[str, str], sources: Mapping[str, str]
) -> SourceSummary:
    data = _object(value, where)
    article = _field(data, "article", str, where)
    source = _field(data, "source", str, where)
    if article not in sources:
        raise InputError(f"digest JSON: {where} is about article {article!r}, which is not listed")
    if source != sources[article]:
        raise InputError(
            f"digest JSON: {where}.source is {source!r}, but article {article!r} "
            f"has source {sources[article]!r}"
        )
    sentences = []
    for i, item in enumerate(_list(data, "sentences", where)):
        here = f"{where}.sentences[{i}]"
        score = _read_score(_object(item, here), here)
        sentence = _read_sentence(item, here, texts)
        if sentence.article != article:
            raise InputError(
                f"digest JSON: {here} is from article {sentence.article!r}, "
                f"not from {article!r} whose summary it is in"
            )
        sentences.append(ScoredSentence(sentence, score))
    return SourceSummary(article=article, source=source, sentences=tuple(sentences))


def _read_claim(
    value: object, where: str, texts: Mapping[str, str], sources: Mapping[str, str]
) -> Claim:
    """Read a claim, checking what follows from its support (``sources``: article -> source)."""
    data = _object(value, where)
    named = _list(data, "sources", where)
    if not all(isinstance(s, str) for s in named):
        raise InputError(f"digest JSON: {where}.sources must be a list of strings")
    known = set(sources.values())
    unknown = [s for s in named if s not in known]
    if unknown:
        raise InputError(
            f"digest JSON: {where}.sources names {unknown[0]!r}, "
            "which is the source of no listed article"
        )
    sentence = _read_sentence(_field(data, "sentence", dict, where), f"{where}.sentence", texts)
    support = tuple(
        _read_sentence(s, f"{where}.support[{i}]", texts)
        for i, s in enumerate(_list(data, "support", where))
    )
    position = {article: i for i, article in enumerate(texts)}
    order = [position[s.article] for s in support]
    if sentence not in support or order != sorted(set(order)):
        raise InputError(
            f"digest JSON: {where}.support must hold the claim's sentence and at most one "
            "sentence per article, in article order"
        )
    stated = list(dict.fromkeys(sources[s.article] for s in support))
    if named != stated:
        raise InputError(
            f"digest JSON: {where}.sources must be the sources of its support, "
            f"in article order: {stated}"
        )
    share = round(len(stated) / len(known), 6)
    if "share" in data and _read_number(data, "share", where) != share:
        raise InputError(
            f"digest JSON: {where}.share must be its {len(stated)} sources "
            f"over the set's {len(known)}: {share}"
        )
    return Claim(
        sentence=sentence,
        support=support,
        sources=tuple(named),
        score=_read_score(data, where),
        share=share,  # a digest written before claims had a share has none
        quotes=_read_quotes(_optional_list(data, "quotes", where), f"{where}.quotes", texts),
    )


def _read_number(data: Mapping[str, Any], key: str, where: str) -> float:
    value = _field(data, key, (int, float), where)
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        number = math.inf
    if not math.isfinite(number):
        raise InputError(f"digest JSON: {where}.{key} is {value!r:.20}; give a finite number")
    return round(number, 6)  # as written: to_json keeps six decimals


def _read_quotes(value: object, where: str, texts: Mapping[str, str]) -> tuple[Quote, ...]:
    if not isinstance(value, list):
        raise InputError(f"digest JSON: {where} must be a list, got {type(value).__name__}")
    quotes = []
    for i, item in enumerate(value):
        here = f"{where}[{i}]"
        data = _object(item, here)
        speaker = _field(data, "speaker", (str, type(None)), here)
        role = data.get("role")  # digests written before the field have none
        if role is not None and not isinstance(role, str):
            raise InputError(f"digest JSON: {here}.role must be a string or null, not {role!r}")
        span = _read_sentence({**data, "index": 0}, here, texts)
        quotes.append(
            Quote(
                text=span.text,
                speaker=speaker,
                article=span.article,
                start=span.start,
                end=span.end,
                role=role,
            )
        )
    return tuple(quotes)


def _read_disagreement(
    value: object, where: str, texts: Mapping[str, str], sources: Mapping[str, str]
) -> Disagreement:
    data = _object(value, where)
    versions = []
    for i, item in enumerate(_list(data, "versions", where)):
        here = f"{where}.versions[{i}]"
        version = _object(item, here)
        sentence = _read_sentence(
            _field(version, "sentence", dict, here), f"{here}.sentence", texts
        )
        span = _read_sentence(
            {**version, "text": _field(version, "value", str, here), "index": 0}, here, texts
        )
        low = -math.inf if version.get("low", 0) is None else _read_number(version, "low", here)
        high = math.inf if version.get("high", 0) is None else _read_number(version, "high", here)
        source = _field(version, "source", str, here)
        if sources.get(span.article) != source:
            raise InputError(
                f"digest JSON: {here}.source {source!r} is not article {span.article!r}'s"
            )
        versions.append(
            Version(
                source=source,
                article=span.article,
                value=span.text,
                low=low,
                high=high,
                start=span.start,
                end=span.end,
                sentence=sentence,
            )
        )
    certain = data.get("certain", True)  # digests written before the field: all certain
    if not isinstance(certain, bool):
        raise InputError(f"digest JSON: {where}.certain must be true or false, not {certain!r}")
    return Disagreement(
        about=_field(data, "about", str, where), versions=tuple(versions), certain=certain
    )


def _read_exclusive(
    value: object, where: str, texts: Mapping[str, str], sources: Mapping[str, str]
) -> Exclusive:
    data = _object(value, where)
    article = _field(data, "article", str, where)
    source = _field(data, "source", str, where)
    if sources.get(article) != source:
        raise InputError(f"digest JSON: {where}.source {source!r} is not article {article!r}'s")
    claims = tuple(
        _read_claim(c, f"{where}.claims[{i}]", texts, sources)
        for i, c in enumerate(_list(data, "claims", where))
    )
    if not claims:
        raise InputError(
            f"digest JSON: {where}.claims is empty; an article with no exclusive claim "
            "is left out of exclusives"
        )
    return Exclusive(source=source, article=article, claims=claims)


#: The keys :class:`Options` takes; other keys of ``options`` are ignored.
_OPTION_KEYS = frozenset(Options().to_dict())


def _read_skipped(value: object, where: str, sources: Mapping[str, str]) -> SkippedArticle:
    """An article left out as not news; digests written before the field have none."""
    data = _object(value, where)
    article = _field(data, "article", str, where)
    source = _field(data, "source", str, where)
    if sources.get(article) != source:
        raise InputError(f"digest JSON: {where}.source {source!r} is not article {article!r}'s")
    return SkippedArticle(article=article, source=source, reason=_field(data, "reason", str, where))


def _read_headlines(top: Mapping[str, Any], articles: tuple[Article, ...]) -> tuple[Headline, ...]:
    """The headlines shown as titles; digests written before the field, or with none, lack it."""
    texts = {article.id: article.text for article in articles}
    titled = {article.id for article in articles if article.title}
    headlines = []
    for i, item in enumerate(_optional_list(top, "headlines")):
        where = f"headlines[{i}]"
        span = _read_sentence({**_object(item, where), "index": 0}, where, texts)
        if span.article in titled:
            raise InputError(
                f"digest JSON: {where} is for article {span.article!r}, which has a title; "
                "drop the headline or the article's title"
            )
        headlines.append(Headline(span.article, span.start, span.end, span.text))
    _check_unique([h.article for h in headlines], "headlines[{}] is a second headline of {!r}")
    return tuple(headlines)


def _read_options(value: object) -> Options:
    data = _object(value, "options")
    try:
        return Options(**{key: item for key, item in data.items() if key in _OPTION_KEYS})
    except OptionError as error:
        raise InputError(f"digest JSON: options are not valid: {error}") from None


def digest_fields(data: str | bytes) -> dict[str, Any]:
    """Read the fields of a digest from the output of :func:`to_json`, all checked.

    :meth:`Digest.from_json <summarize.digest.Digest.from_json>` builds the digest from
    them; this module never imports :mod:`summarize.digest`.

    Keys outside the documented format are ignored, inside ``options`` too (a
    digest written by a version with more options can be read). What the format
    documents is checked: every sentence's offsets against its article's text,
    article ids unique, every summary, sentence and claim source naming a listed
    article or source, and scores finite (JSON has no ``Infinity`` or ``NaN``;
    :func:`to_json` could not write them back).

    Raises:
        InputError: ``data`` is not JSON, or not a digest; the message says what
            is missing or wrong, and where.

    Example:
        >>> from summarize import Digest, Options
        >>> digest = Digest(articles=(), per_source=(), merged=(), options=Options(merged=2))
        >>> Digest(**digest_fields(to_json(digest))) == digest
        True
    """
    try:
        parsed = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"digest JSON: not valid JSON ({error})") from None
    top = _object(parsed, "the document")
    digest_id = _field(top, "id", (str, type(None)), "the document")
    articles = _read_articles(top)
    texts = {article.id: article.text for article in articles}
    sources = {article.id: article.source for article in articles}
    per_source = tuple(
        _read_summary(s, f"per_source[{i}]", texts, sources)
        for i, s in enumerate(_list(top, "per_source", "the document"))
    )
    _check_unique([s.article for s in per_source], "per_source[{}] is a second summary of {!r}")
    if [s.article for s in per_source] != [a.id for a in articles]:
        raise InputError(
            "digest JSON: per_source must hold one summary per article, in the order of articles"
        )
    merged = tuple(
        _read_claim(c, f"merged[{i}]", texts, sources)
        for i, c in enumerate(_list(top, "merged", "the document"))
    )
    options = _read_options(_field(top, "options", dict, "the document"))
    # Digests written before the claim analysis existed have none of the three lists.
    disagreements = tuple(
        _read_disagreement(d, f"disagreements[{i}]", texts, sources)
        for i, d in enumerate(_optional_list(top, "disagreements"))
    )
    exclusives = tuple(
        _read_exclusive(e, f"exclusives[{i}]", texts, sources)
        for i, e in enumerate(_optional_list(top, "exclusives"))
    )
    return {
        "articles": articles,
        "per_source": per_source,
        "merged": merged,
        "options": options,
        "id": digest_id,
        "disagreements": disagreements,
        "exclusives": exclusives,
        "quotes": _read_quotes(_optional_list(top, "quotes"), "quotes", texts),
        "skipped": tuple(
            _read_skipped(item, f"skipped[{i}]", sources)
            for i, item in enumerate(_optional_list(top, "skipped"))
        ),
        "headlines": _read_headlines(top, articles),
    }
