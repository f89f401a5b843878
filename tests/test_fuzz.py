"""Fuzzing the public API with input nobody planned for (strategies in tests/strategies.py).

The promise under test: ``summarize.summarize``, ``split_sentences``, ``as_articles``
and the digest's renderers and JSON reader either give a valid result or raise a
documented :class:`summarize.SummarizeError`, never another exception, whatever the
text holds: emoji, right-to-left scripts, combining marks, zero-width, direction and
control characters (NUL included), every kind of line break, markup, articles that
are only boilerplate, the same article from two outlets, another language.

A ``str`` can hold a lone surrogate (bytes decoded with ``surrogateescape``); UTF-8
cannot. Articles refuse them with an :class:`~summarize.InputError` (see the
regression test below), so the strategies leave them out everywhere else.

Hypothesis profiles, chosen with the ``HYPOTHESIS_PROFILE`` environment variable and
applied to this file's tests only: ``fast`` (the default, for every run of the
suite), ``ci`` (about ten times as many examples) and ``fuzz`` (for long runs, a
hundred times as many). The number of examples run is printed at the end of the file.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    SOURCES,
    hostile_sets,
    hostile_texts,
    methods,
    news_texts,
    options,
    unicode_texts,
)

import summarize
from summarize import Article, Digest, SummarizeError
from summarize.text._vectorize import SentenceVectorizer

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("fast", max_examples=60, deadline=None, suppress_health_check=_SLOW)
settings.register_profile("ci", max_examples=600, deadline=None, suppress_health_check=_SLOW)
settings.register_profile("fuzz", max_examples=6000, deadline=None, suppress_health_check=_SLOW)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fast")
if PROFILE not in ("fast", "ci", "fuzz"):
    PROFILE = "fast"
_BASE = settings.get_profile(PROFILE)


def scaled(factor: float) -> settings:
    """This file's profile with ``factor`` times its number of examples."""
    return settings(_BASE, max_examples=max(1, int(_BASE.max_examples * factor)))


EXAMPLES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def report_examples(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many examples the tests of this file ran."""
    yield
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    counts = ", ".join(f"{name} {n}" for name, n in sorted(EXAMPLES.items()))
    with capture.global_and_fixture_disabled():
        reporter.write_line(
            f"\ntest_fuzz.py, profile {PROFILE!r}: {sum(EXAMPLES.values())} examples ({counts})"
        )


def check_digest(digest: Digest, articles: list[Article]) -> None:
    """Everything a digest promises about the articles it was made from."""
    assert digest.articles == tuple(articles)
    by_id = {a.id: a for a in articles}
    assert [(s.article, s.source) for s in digest.per_source] == [
        (a.id, a.source) for a in articles
    ]
    for s in digest.sentences():
        text = by_id[s.article].text  # every sentence is from an input article ...
        assert 0 <= s.start < s.end <= len(text)  # ... lies inside it ...
        assert text[s.start : s.end] == s.text  # ... and slices it exactly
        assert s.text.strip() == s.text
    sources = {a.source for a in articles}
    for claim in digest.merged:
        assert claim.sentence in claim.support
        assert set(claim.sources) <= sources
        ids = [s.article for s in claim.support]
        assert len(ids) == len(set(ids))
    rendered = digest.to_json()
    rendered.encode("utf-8")  # writable as UTF-8, whatever the text held
    assert json.loads(rendered)["articles"][0]["text"] == articles[0].text
    assert Digest.from_json(rendered) == digest
    assert Digest.from_json(digest.to_json(indent=None).encode("utf-8")) == digest
    for text in (digest.to_markdown(), digest.to_text()):
        assert isinstance(text, str)
        text.encode("utf-8")


@scaled(1)
@given(hostile_sets(), options(methods))
def test_summarize_gives_a_valid_digest_or_a_documented_error(
    articles: list[Article], kwargs: dict[str, Any]
) -> None:
    EXAMPLES["summarize"] += 1
    try:
        digest = summarize.summarize(articles, **kwargs)
    except SummarizeError:
        return
    check_digest(digest, articles)


@scaled(0.5)
@given(hostile_sets(max_size=2), st.sampled_from(summarize.LANGUAGES))
def test_another_language_than_the_text_still_gives_a_valid_digest(
    articles: list[Article], language: str
) -> None:
    EXAMPLES["language"] += 1
    try:
        digest = summarize.summarize(articles, language=language, merged=3, per_source=2)
    except SummarizeError:
        return
    check_digest(digest, articles)


@scaled(0.5)
@given(
    news_texts(),
    st.sampled_from(SOURCES),
    st.sampled_from(SOURCES),
    hostile_texts().filter(str.strip),
)
def test_the_same_article_from_two_outlets_is_one_claim_with_both_sources(
    text: str, first: str, second: str, other: str
) -> None:
    """Every sentence of a syndicated copy is in the claim of its original.

    Except a sentence of stop words only ("What we know so far"): it has no terms,
    and sentences without terms are never grouped (see summarize.claims._group).
    """
    EXAMPLES["copies"] += 1
    articles = [
        Article(id="a", text=text, source=first),
        Article(id="b", text=text, source=f"{second} 2"),
        Article(id="c", text=other, source="other"),
    ]
    digest = summarize.summarize(articles, merged=10_000, per_source=1, redundancy=1.0)
    check_digest(digest, articles)
    terms = SentenceVectorizer().analyze
    for claim in digest.merged:
        spans = {s.article: (s.start, s.end) for s in claim.support}
        if ("a" in spans or "b" in spans) and terms(claim.text):
            assert spans.get("a") == spans.get("b"), claim
            assert claim.sources[:2] == (first, f"{second} 2")


@scaled(4)
@given(hostile_texts())
def test_split_sentences_slices_hostile_text_exactly(text: str) -> None:
    EXAMPLES["split_sentences"] += 1
    position = 0
    covered = 0
    for span in summarize.split_sentences(text):
        assert position <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text == span.text.strip()
        covered += sum(not c.isspace() for c in span.text)
        position = span.end
    assert covered == sum(not c.isspace() for c in text), "a character is in no sentence"


_ITEMS = st.one_of(
    unicode_texts,
    st.builds(Article, id=st.text(min_size=1, max_size=4), text=unicode_texts),
    st.dictionaries(
        st.sampled_from(("id", "text", "source", "title", "url", "published", "body")),
        st.one_of(unicode_texts, st.none(), st.integers(), st.binary(max_size=4)),
        max_size=4,
    ),
    st.none(),
    st.integers(),
    st.floats(),
    st.binary(max_size=8),
    st.lists(st.text(max_size=3), max_size=2),
)


@scaled(4)
@given(st.one_of(st.lists(_ITEMS, max_size=4), _ITEMS, st.iterables(_ITEMS, max_size=3)))
def test_as_articles_gives_articles_or_an_input_error(items: Any) -> None:
    EXAMPLES["as_articles"] += 1
    try:
        articles = summarize.as_articles(items)
    except summarize.InputError:
        return
    assert articles
    assert all(isinstance(a, Article) and a.text.strip() for a in articles)
    assert len({a.id for a in articles}) == len(articles)


def _digest_dict() -> dict[str, Any]:
    articles = [
        Article(id="a", text="The old bridge closed on Monday. Ferries ran.", source="Wire"),
        Article(id="b", text="On Monday the old bridge closed.", source="Post"),
    ]
    result: dict[str, Any] = json.loads(summarize.summarize(articles).to_json())
    return result


_JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), unicode_texts),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(unicode_texts, children, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def damaged_digests(draw: st.DrawFn) -> str:
    """The JSON of a real digest with one value somewhere replaced, or removed."""
    document = _digest_dict()
    node: Any = document
    path = []
    while isinstance(node, (dict, list)) and node and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append(key)
        node = node[key]
    if not path:
        return json.dumps(draw(_JSON_VALUES))
    parent: Any = document
    for key in path[:-1]:
        parent = parent[key]
    if isinstance(parent, dict) and draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(_JSON_VALUES)
    return json.dumps(document)


@scaled(4)
@given(st.one_of(damaged_digests(), unicode_texts, st.binary(max_size=40)))
def test_from_json_gives_a_digest_or_an_input_error(data: str | bytes) -> None:
    EXAMPLES["from_json"] += 1
    try:
        digest = Digest.from_json(data)
    except summarize.InputError:
        return
    for s in digest.sentences():
        assert digest.article(s.article).text[s.start : s.end] == s.text
    rendered = digest.to_json()
    assert Digest.from_json(rendered).to_json() == rendered


def test_regression_a_score_with_more_than_six_decimals_did_not_round_trip() -> None:
    """Found by the fuzz profile: reading 0.0078125 gave a digest its own JSON does not give."""
    document = _digest_dict()
    document["per_source"][0]["sentences"][0]["score"] = 0.0078125
    digest = Digest.from_json(json.dumps(document))
    assert Digest.from_json(digest.to_json()) == digest


@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDCFF), chr(0xDFFF)], ids=ascii)
def test_regression_lone_surrogate_gave_a_digest_that_could_not_be_written_as_utf8(
    surrogate: str,
) -> None:
    """Text decoded with surrogateescape used to give JSON that UTF-8 cannot encode."""
    text = f"The bridge closed on Monday. Caf{surrogate} owners were angry."
    with pytest.raises(summarize.InputError, match=r"article '1': text .* offset 32"):
        summarize.summarize(["The bridge closed on Monday.", text])
    with pytest.raises(summarize.InputError, match="surrogate"):
        Article(id="a", text="fine", source=f"Wire{surrogate}")
    document = _digest_dict()
    document["articles"][0]["text"] += surrogate
    with pytest.raises(summarize.InputError, match="surrogate"):
        Digest.from_json(json.dumps(document))


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "\u200b",
        "\u202e\u2066",
        "\U0001f692\U0001f692",
        "\u0301\u0301\u0301",
        "<p></p>",
        "\r\r\r.",
        "?!",
        "\u3002\u3002",
    ],
)
def test_articles_with_no_words_give_a_valid_digest(text: str) -> None:
    """Text that is not blank but holds no word is still summarised, offsets exact."""
    articles = [Article(id="x", text=text), Article(id="y", text="The bridge closed.")]
    check_digest(summarize.summarize(articles), articles)


@pytest.mark.parametrize(
    "junk", ["\ufeff", "\u200b\u200e", "- - - - - -", "\U0001f692\U0001f692", "..."]
)
def test_regression_sentence_without_a_word_was_shown_as_a_claim(junk: str) -> None:
    """A stray byte-order mark alone on its line used to be a content sentence and a claim."""
    text = f"{junk}\nThe council closed the old bridge. Ferries ran all night."
    digest = summarize.summarize([text, "The council closed the old bridge on Monday."])
    assert all(junk not in s.text for s in digest.sentences())
    assert [len(s.sentences) for s in digest.per_source] == [2, 1]
