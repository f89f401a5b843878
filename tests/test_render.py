"""Renderers: JSON (stable contract, exact round trip), Markdown and plain text.

The HTML page has its own tests, in a browser too: tests/test_render_html.py.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize import summarize
from summarize.digest import Digest
from summarize.errors import InputError, OptionError
from summarize.options import ORDERS, Options
from summarize.records import (
    Article,
    Claim,
    Disagreement,
    Exclusive,
    Quote,
    ScoredSentence,
    Sentence,
    SourceSummary,
    Version,
)
from summarize.render import FORMATS, render
from summarize.render._common import heading, plural, quoted_speakers, speakers_note
from summarize.render._labels import Sources, site, source_labels
from summarize.render.html import to_html
from summarize.render.json import digest_to_dict, to_json
from summarize.render.markdown import escape, to_markdown
from summarize.render.text import WIDTH, to_text

ARTICLES = {
    "000_f2750bfaa80f3dc8": (
        "Harbour bridge opens\n\nThe council opened the harbour bridge on Monday. "
        "Work took three years. The mayor cut a ribbon."
    ),
    "002_4cf36d9f8b7891da": "On Monday the harbour bridge opened to traffic. Tolls start in May.",
    "003_2036ea662adc4e34": "The harbour bridge opened on Monday after three years of work.",
    "004_1160085869670d29": "Drivers crossed the harbour bridge on Monday. Café owners cheered.",
}


def _sentence(article: str, index: int, text: str) -> Sentence:
    start = ARTICLES[article].index(text)
    return Sentence(article=article, index=index, start=start, end=start + len(text), text=text)


def _digest(*, digest_id: str | None = "bridge-1") -> Digest:
    """A digest built by hand: four articles, two claims, per-source summaries."""
    ids = list(ARTICLES)
    articles = tuple(
        Article(id=i, text=t, title="Bridge opens" if n == 0 else None, url=None)
        for n, (i, t) in enumerate(ARTICLES.items())
    )
    opened = [
        _sentence(ids[0], 0, "The council opened the harbour bridge on Monday."),
        _sentence(ids[1], 0, "On Monday the harbour bridge opened to traffic."),
        _sentence(ids[2], 0, "The harbour bridge opened on Monday after three years of work."),
        _sentence(ids[3], 0, "Drivers crossed the harbour bridge on Monday."),
    ]
    cafe = _sentence(ids[3], 1, "Café owners cheered.")
    claims = (
        Claim(
            sentence=opened[2],
            support=tuple(opened),
            sources=tuple(ids),
            score=0.912345678,
        ),
        Claim(sentence=cafe, support=(cafe,), sources=(ids[3],), score=0.25, share=0.25),
    )
    per_source = (
        SourceSummary(
            article=ids[0],
            source=ids[0],
            sentences=(
                ScoredSentence(opened[0], 0.9),
                ScoredSentence(_sentence(ids[0], 1, "Work took three years."), 0.123456789),
            ),
        ),
        SourceSummary(article=ids[1], source=ids[1], sentences=(ScoredSentence(opened[1], 1.0),)),
        SourceSummary(article=ids[2], source=ids[2], sentences=(ScoredSentence(opened[2], 1.0),)),
        SourceSummary(
            article=ids[3],
            source=ids[3],
            sentences=(ScoredSentence(opened[3], 0.75), ScoredSentence(cafe, 0.5)),
        ),
    )
    return Digest(
        articles=articles,
        per_source=per_source,
        merged=claims,
        options=Options(merged=2, per_source=2),
        id=digest_id,
    )


# Hypothesis: digests of made-up articles ------------------------------------------------

words = st.text(alphabet='abcdeéß zZ09*_[]#<>|`-\n"\\', min_size=1, max_size=12).filter(
    lambda w: w.strip() != ""
)


@st.composite
def digests(draw: st.DrawFn, *, rounded: bool = True) -> Digest:
    scores = st.floats(min_value=0, max_value=10, allow_nan=False)
    if rounded:
        scores = scores.map(lambda x: round(x, 6))
    articles: list[Article] = []
    sentences: list[list[Sentence]] = []
    for n in range(draw(st.integers(1, 4))):
        parts = draw(st.lists(words, min_size=1, max_size=5))
        text, own = "", []
        for index, part in enumerate(parts):
            text += draw(st.sampled_from(["", " ", "\n\n"]))
            own.append(Sentence(f"a{n}", index, len(text), len(text) + len(part), part))
            text += part
        source = draw(st.sampled_from([f"a{n}", "Shared Outlet", f"{n:03}_9f8e7d6c5b4a"]))
        title = draw(st.none() | words)
        articles.append(Article(id=f"a{n}", text=text, source=source, title=title))
        sentences.append(own)
    per_source = tuple(
        SourceSummary(
            article=a.id,
            source=a.source,
            sentences=tuple(ScoredSentence(s, draw(scores)) for s in own[:2]),
        )
        for a, own in zip(articles, sentences, strict=True)
    )
    quotes = tuple(
        Quote(
            text=s.text,
            speaker=draw(st.none() | words),
            article=s.article,
            start=s.start,
            end=s.end,
            role=draw(st.none() | words),
        )
        for own in sentences
        for s in own
        if draw(st.booleans())
    )
    claims = []
    for _ in range(draw(st.integers(0, 3))):
        support = tuple(own[draw(st.integers(0, len(own) - 1))] for own in sentences)
        sources = tuple(dict.fromkeys(a.source for a in articles))
        mine = tuple(
            q for q in quotes if any(q.start == s.start and q.article == s.article for s in support)
        )
        claims.append(Claim(support[-1], support, sources, draw(scores), quotes=mine))
    total = len({a.source for a in articles})
    exclusives = tuple(
        Exclusive(
            source=a.source,
            article=a.id,
            claims=(Claim(own[-1], (own[-1],), (a.source,), draw(scores), round(1 / total, 6)),),
        )
        for a, own in zip(articles, sentences, strict=True)
        if draw(st.booleans())
    )
    firsts = {a.source: (a, own[0]) for a, own in zip(articles, sentences, strict=True)}
    versions = tuple(
        Version(
            a.source,
            a.id,
            s.text,
            draw(st.sampled_from([low, -math.inf])),
            draw(st.sampled_from([low, low + 3.5, math.inf])),
            s.start,
            s.end,
            s,
        )
        for low, (a, s) in enumerate(firsts.values())
    )
    disagreements = (
        (Disagreement(about=draw(words), versions=versions, certain=draw(st.booleans())),)
        if len(versions) > 1
        else ()
    )
    options = Options(
        per_source=draw(st.integers(1, 9)),
        merged=draw(st.integers(1, 9)),
        order=draw(st.sampled_from(ORDERS)),
        min_sources=draw(st.integers(1, 3)),
        exclusives=draw(st.integers(0, 3)),
    )
    return Digest(
        tuple(articles),
        per_source,
        tuple(claims),
        options,
        draw(st.none() | st.just("c-1")),
        disagreements=disagreements if draw(st.booleans()) else (),
        exclusives=exclusives,
        quotes=quotes,
    )


# JSON ----------------------------------------------------------------------------------


def test_json_contract_keys_and_order() -> None:
    data = json.loads(to_json(_digest()))
    assert list(data) == [
        "id",
        "articles",
        "per_source",
        "merged",
        "disagreements",
        "exclusives",
        "quotes",
        "skipped",
        "options",
    ]
    assert data["id"] == "bridge-1"
    assert list(data["articles"][0]) == ["id", "source", "title", "url", "published", "text"]
    assert data["articles"][0]["title"] == "Bridge opens"
    assert list(data["per_source"][0]) == ["article", "source", "sentences"]
    assert list(data["per_source"][0]["sentences"][0]) == [
        "article",
        "index",
        "start",
        "end",
        "text",
        "score",
    ]
    claim = data["merged"][0]
    assert list(claim) == [
        "text",
        "score",
        "sources",
        "source_count",
        "share",
        "sentence",
        "support",
        "quotes",
    ]
    assert claim["text"] == claim["sentence"]["text"]
    assert "score" not in claim["sentence"]
    assert all("score" not in s for s in claim["support"])
    assert list(claim["support"][0]) == ["article", "index", "start", "end", "text"]
    assert data["options"] == Options(merged=2, per_source=2).to_dict()


def test_json_offsets_slice_the_article_text() -> None:
    data = json.loads(to_json(_digest()))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    objects = [s for p in data["per_source"] for s in p["sentences"]]
    objects += [s for c in data["merged"] for s in [c["sentence"], *c["support"]]]
    assert len(objects) == 13
    for s in objects:
        assert texts[s["article"]][s["start"] : s["end"]] == s["text"]


def test_json_scores_rounded_to_6_decimals() -> None:
    text = to_json(_digest())
    assert '"score": 0.912346' in text
    assert '"score": 0.123457' in text
    assert "0.9123456" not in text


def test_json_non_ascii_is_written_as_is_with_final_newline() -> None:
    text = to_json(_digest())
    assert "Café" in text
    assert "\\u00e9" not in text
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")


def test_json_single_line() -> None:
    text = to_json(_digest(), indent=None)
    assert text.count("\n") == 1
    assert text.endswith("\n")
    assert json.loads(text) == digest_to_dict(_digest())


def test_json_is_byte_identical_for_equal_digests() -> None:
    first, second = _digest(), _digest()
    assert first == second
    assert first is not second
    assert to_json(first).encode() == to_json(second).encode()


def test_json_round_trip_of_hand_built_digest() -> None:
    digest = _digest()
    again = Digest.from_json(to_json(digest))
    # Scores come back rounded to 6 decimals; everything else is exact.
    assert again.merged[0].score == 0.912346
    assert to_json(again) == to_json(digest)
    assert again.articles == digest.articles
    assert again.merged[0].support == digest.merged[0].support


def test_digest_methods_use_the_renderers() -> None:
    digest = _digest()
    assert Digest.from_json(digest.to_json()) == Digest.from_json(to_json(digest))
    assert digest.to_markdown() == to_markdown(digest)
    assert digest.to_text() == to_text(digest)
    assert digest.to_html() == to_html(digest)


@given(digests())
def test_json_round_trip_is_exact(digest: Digest) -> None:
    """Digests whose scores have at most 6 decimals survive to_json/from_json unchanged."""
    assert Digest.from_json(digest.to_json()).disagreements == digest.disagreements
    assert Digest.from_json(to_json(digest, indent=None)) == digest
    assert Digest.from_json(digest.to_json().encode("utf-8")) == digest


@given(digests(rounded=False))
def test_json_of_reread_digest_is_identical(digest: Digest) -> None:
    """Whatever the scores, writing a re-read digest gives the same bytes."""
    text = to_json(digest)
    assert to_json(Digest.from_json(text)) == text


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.pop("articles"), "missing 'articles'"),
        (lambda d: d.pop("options"), "missing 'options'"),
        (lambda d: d["merged"][0].pop("sentence"), r"merged\[0\] is missing 'sentence'"),
        (lambda d: d["merged"][1]["support"][0].pop("end"), r"support\[0\] is missing 'end'"),
        (lambda d: d["per_source"][0]["sentences"][0].pop("score"), "missing 'score'"),
        (lambda d: d["articles"][2].pop("text"), r"articles\[2\] is missing 'text'"),
        (lambda d: d["per_source"][1]["sentences"][0].update(start=3), "do not slice"),
        (lambda d: d["merged"][0]["sentence"].update(article="zzz"), "'zzz'"),
        (lambda d: d["merged"][0].update(score="high"), "wrong type"),
        (lambda d: d["merged"][0].update(score=-1.0), r"merged\[0\]\.score is -1\.0"),
        (
            lambda d: d["per_source"][0]["sentences"][0].update(index=-1),
            r"per_source\[0\]\.sentences\[0\]\.index is -1",
        ),
        (lambda d: d["options"].update(merged=0), "options are not valid"),
        (lambda d: d["options"].update(method=None), "options are not valid"),
    ],
)
def test_from_json_says_what_is_wrong(damage: object, message: str) -> None:
    data = digest_to_dict(_digest())
    damage(data)  # type: ignore[operator]
    with pytest.raises(InputError, match=message):
        Digest.from_json(json.dumps(data))


def _damaged(damage: Any) -> str:
    data = digest_to_dict(_digest())
    damage(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("where", "damage"),
    [
        ("merged[0].score is inf", lambda d: d["merged"][0].update(score=math.inf)),
        ("merged[1].score is -inf", lambda d: d["merged"][1].update(score=-math.inf)),
        (
            "per_source[0].sentences[1].score is nan",
            lambda d: d["per_source"][0]["sentences"][1].update(score=math.nan),
        ),
        ("merged[0].score is 1000", lambda d: d["merged"][0].update(score=10**400)),
    ],
)
def test_regression_from_json_accepted_scores_to_json_cannot_write(where: str, damage: Any) -> None:
    """``Infinity`` and ``NaN`` were read as scores, after which to_json raised ValueError."""
    text = _damaged(damage)
    assert "Infinity" in text or "NaN" in text or "1000" in text
    with pytest.raises(InputError, match=re.escape(where)) as caught:
        Digest.from_json(text)
    assert "give a finite number" in str(caught.value)


def test_regression_from_json_accepted_a_summary_of_an_unlisted_article() -> None:
    text = _damaged(lambda d: d["per_source"][1].update(article="elsewhere"))
    with pytest.raises(
        InputError, match=r"per_source\[1\] is about article 'elsewhere', which is not"
    ):
        Digest.from_json(text)


def test_regression_from_json_accepted_duplicate_article_ids() -> None:
    def repeat(data: dict[str, Any]) -> None:
        data["articles"][1]["id"] = data["articles"][0]["id"]

    with pytest.raises(InputError, match=r"articles\[1\] repeats the id '000_f2750bfaa80f3dc8'"):
        Digest.from_json(_damaged(repeat))


def test_regression_from_json_accepted_support_of_unknown_articles() -> None:
    """Claims: support sentences, and sources, must belong to listed articles."""
    unknown_support = _damaged(lambda d: d["merged"][1]["support"][0].update(article="gone"))
    with pytest.raises(InputError, match=r"merged\[1\].support\[0\] names article 'gone'"):
        Digest.from_json(unknown_support)
    unknown_source = _damaged(lambda d: d["merged"][1].update(sources=["Nobody"]))
    with pytest.raises(InputError, match=r"merged\[1\].sources names 'Nobody'"):
        Digest.from_json(unknown_source)


def test_from_json_refuses_summaries_that_disagree_with_their_article() -> None:
    ids = list(ARTICLES)
    moved = _damaged(
        lambda d: d["per_source"][0]["sentences"].append(d["per_source"][1]["sentences"][0])
    )
    with pytest.raises(InputError, match=rf"sentences\[2\] is from article '{ids[1]}'"):
        Digest.from_json(moved)
    renamed = _damaged(lambda d: d["per_source"][2].update(source="Other"))
    with pytest.raises(InputError, match=r"per_source\[2\].source is 'Other'"):
        Digest.from_json(renamed)
    twice = _damaged(lambda d: d["per_source"].append(d["per_source"][0]))
    with pytest.raises(InputError, match=r"per_source\[4\] is a second summary"):
        Digest.from_json(twice)


def test_regression_unknown_key_in_options_was_refused_though_documented_as_ignored() -> None:
    """The docstring says unknown keys are ignored; one inside ``options`` raised InputError."""
    digest = _digest()
    data = digest_to_dict(digest)
    data["options"]["colour"] = "red"
    data["options"]["beam_width"] = 4
    data["notes"] = "kept by another tool"
    assert Digest.from_json(json.dumps(data)) == Digest.from_json(to_json(digest))


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", "null"])
def test_from_json_refuses_what_is_not_a_digest(text: str) -> None:
    with pytest.raises(InputError, match="digest JSON"):
        Digest.from_json(text)


# Labels ---------------------------------------------------------------------------------


def _labels(*articles: Article) -> dict[str, str]:
    return source_labels(articles)


def test_regression_hash_ids_were_cut_to_three_characters() -> None:
    """Claims read '[000_f27…, 002_4cf…, +2]': an id is now shown whole, never cut."""
    labels = _labels(*_digest().articles)
    assert labels == {i: i for i in ARTICLES}


def test_a_label_is_the_given_source_else_the_site_else_the_id() -> None:
    labels = _labels(
        Article(id="a1", text="Hi.", source="Reuters", url="https://www.apnews.com/x"),
        Article(id="a2", text="Hi.", url="https://www.washingtonpost.com/politics/x"),
        Article(id="a3", text="Hi.", url="bbc.co.uk/news/1"),
        Article(id="a4", text="Hi.", url="not a url"),
        Article(id="a5", text="Hi."),
    )
    assert labels == {
        "Reuters": "Reuters",
        "a2": "washingtonpost.com",
        "a3": "bbc.co.uk",
        "a4": "a4",
        "a5": "a5",
    }


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://www.reuters.com/world/", "reuters.com"),
        ("http://WWW.Example.ORG:8080/a?b#c", "example.org"),
        ("https://news.bbc.co.uk/x", "news.bbc.co.uk"),
        ("https://www.com/", "www.com"),
        ("//apnews.com/article", "apnews.com"),
        ("mailto:desk@paper.com", None),
        ("https://[::1]:99999/", None),
        ("localhost", None),
        ("", None),
        (None, None),
    ],
)
def test_site_of_a_url(url: str | None, found: str | None) -> None:
    assert site(url) == found


def test_long_labels_are_cut_between_words_never_inside_one() -> None:
    labels = _labels(
        Article(id="a", text="Hi.", source="The Very Long Name of a Regional Evening Newspaper"),
        Article(id="b", text="Hi.", source="Fox News (Online News and Opinion Pages)"),
        Article(id="c", text="Hi.", source="x" * 40),
    )
    assert labels == {
        "The Very Long Name of a Regional Evening Newspaper": "The Very Long Name…",
        "Fox News (Online News and Opinion Pages)": "Fox News",
        "x" * 40: "x" * 40,
    }


def test_labels_that_would_look_alike_stay_apart() -> None:
    labels = _labels(
        Article(id="a", text="Hi.", source="Morning Chronicle of the Northern Harbour Towns"),
        Article(id="b", text="Hi.", source="Morning Chronicle of the Northern Harbour Cities"),
        Article(id="c", text="Hi.", url="https://www.reuters.com/1"),
        Article(id="d", text="Hi.", url="https://reuters.com/2"),
        Article(id="e", text="Hi.", source="reuters.com"),
    )
    assert labels == {
        "Morning Chronicle of the Northern Harbour Towns": (
            "Morning Chronicle of the Northern Harbour Towns"
        ),
        "Morning Chronicle of the Northern Harbour Cities": (
            "Morning Chronicle of the Northern Harbour Cities"
        ),
        "c": "reuters.com",
        "d": "reuters.com (2)",
        "reuters.com": "reuters.com (3)",
    }


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d"]),
            st.one_of(st.none(), st.text(alphabet="ab (x)", min_size=1, max_size=40)),
            st.one_of(st.none(), st.sampled_from(["https://x.com/1", "http://www.x.com/2"])),
        ),
        max_size=8,
    )
)
def test_labels_are_unique_and_never_cut_inside_a_word(
    items: list[tuple[str, str | None, str | None]],
) -> None:
    articles = [
        Article(id=f"{key}{n}", text="Hi.", url=url, **({"source": source} if source else {}))
        for n, (key, source, url) in enumerate(items)
    ]
    labels = source_labels(articles)
    assert set(labels) == {article.source for article in articles}
    assert len({label.casefold() for label in labels.values()}) == len(labels)
    for source, label in labels.items():
        base = re.sub(r" \(\d+\)\Z", "", label).removesuffix("…")
        name = " ".join(source.split()) or source
        if base != "x.com":  # the site of the url
            assert name.startswith(base), (source, label)
            rest = name[len(base) :]
            assert not rest or not (rest[0].isalnum() and base[-1:].isalnum()), "inside a word"


def test_a_claim_cites_every_source_with_its_article_numbers() -> None:
    """Regression: a third source was hidden as '+1'; every one is named now."""
    digest = _digest()
    cited = Sources(digest.articles).cite(digest.merged[0])
    assert cited == ", ".join(f"{article} [{n}]" for n, article in enumerate(ARTICLES, start=1))
    wire = (Article(id="x", text="Hi.", source="Wire"), Article(id="y", text="Yo.", source="Wire"))
    x, y = Sentence("x", 0, 0, 3, "Hi."), Sentence("y", 0, 0, 3, "Yo.")
    claim = Claim(sentence=x, support=(x, y), sources=("Wire",), score=1.0)
    assert Sources(wire).cite(claim) == "Wire [1, 2]"
    assert Sources(wire).of("y") == "Wire [2]"


def test_regression_renderers_each_had_their_own_heading_and_count() -> None:
    """Text and Markdown built headings and plurals each in their own way; they share one now."""
    assert [plural(n, "source") for n in (0, 1, 2)] == ["0 sources", "1 source", "2 sources"]
    article = Article(id="a*1", text="Hi.", source="The  Gazette", title="Floods\n*rise*")
    assert heading(article, "The Gazette", 1) == "The Gazette [1]: Floods *rise*"
    assert heading(article, "The *Gazette*", 1, escape=escape) == (
        "The \\*Gazette\\* [1]: Floods \\*rise\\*"
    )
    assert heading(Article(id="wire", text="Hi."), "wire", 2) == "wire [2]"
    sentence, other = Sentence("a*1", 0, 0, 3, "Hi."), Sentence("wire", 0, 0, 3, "Hi.")
    digest = Digest(
        (article, Article(id="wire", text="Hi.")),
        (
            SourceSummary("a*1", "The  Gazette", (ScoredSentence(sentence, 1.0),)),
            SourceSummary("wire", "wire", (ScoredSentence(other, 1.0),)),
        ),
        (Claim(sentence, (sentence, other), ("The  Gazette", "wire"), 1.0),),
        Options(),
    )
    assert "\nThe Gazette [1]: Floods *rise*\n1. Hi.\n" in to_text(digest)
    assert "\n### The Gazette \\[1\\]: Floods \\*rise\\*\n" not in to_markdown(digest)
    assert "\n### The Gazette [1]: Floods \\*rise\\*\n" in to_markdown(digest)
    assert "2 articles from 2 sources" in to_text(digest)
    assert "2 articles from 2 sources." in to_markdown(digest)


# Markdown ------------------------------------------------------------------------------


def test_markdown_layout() -> None:
    text = to_markdown(_digest())
    assert text.startswith("# Summary of bridge-1\n\n4 articles from 4 sources.\n")
    merged = text.index("## Merged summary")
    by_source = text.index("## By source")
    assert merged < by_source
    claims = text[merged:by_source]
    assert (
        "1. The harbour bridge opened on Monday after three years of work. (4 of 4 sources: "
        "000_f2750bfaa80f3dc8 [1], 002_4cf36d9f8b7891da [2], 003_2036ea662adc4e34 [3], "
        "004_1160085869670d29 [4])"
    ) in claims
    assert "2. Café owners cheered. (1 of 4 sources: 004_1160085869670d29 [4])" in claims
    sections = re.findall(r"^### (.*)$", text[by_source:], flags=re.MULTILINE)
    assert sections == [
        "000_f2750bfaa80f3dc8 [1]: Bridge opens",
        "002_4cf36d9f8b7891da [2]",
        "003_2036ea662adc4e34 [3]",
        "004_1160085869670d29 [4]",
    ]
    assert text.endswith(
        "## Sources\n\n1. 000_f2750bfaa80f3dc8: *Bridge opens*\n2. 002_4cf36d9f8b7891da\n"
        "3. 003_2036ea662adc4e34\n4. 004_1160085869670d29\n"
    )
    first = text[text.index("### 000") : text.index("### 002")]
    assert (
        "1. The council opened the harbour bridge on Monday.\n2. Work took three years.\n" in first
    )


def test_markdown_counts_articles_beyond_sources() -> None:
    digest = _digest()
    articles = tuple(
        Article(id=a.id, text=a.text, source="Wire" if i < 2 else a.id)
        for i, a in enumerate(digest.articles)
    )
    claim = digest.merged[0]
    shared = Claim(claim.sentence, claim.support, ("Wire", *claim.sources[2:]), claim.score, 1.0)
    digest = Digest(articles, digest.per_source, (shared,), digest.options)
    text = to_markdown(digest)
    assert (
        "(3 of 3 sources, 4 articles: Wire [1, 2], 003_2036ea662adc4e34 [3], "
        "004_1160085869670d29 [4])"
    ) in text
    assert "\n### Wire [1]\n" in text
    assert (
        "\n1. Wire. article 000_f2750bfaa80f3dc8\n2. Wire. article 002_4cf36d9f8b7891da\n"
    ) in text
    assert text.startswith("# Summary\n\n4 articles from 3 sources.")


def test_scraped_link_does_not_become_markdown() -> None:
    """Regression: scraped '[text](url)' and '*' must be shown as written, not rendered."""
    assert escape("See [the map](http://x.org) *now*") == (
        "See \\[the map\\](http://x.org) \\*now\\*"
    )


def test_sentence_that_looks_like_markup_at_line_start_is_escaped() -> None:
    assert escape("# Breaking") == "\\# Breaking"
    assert escape("3. Third point") == "3\\. Third point"
    assert escape("- dash") == "\\- dash"
    assert escape("snake_case and _emphasis_") == "snake_case and \\_emphasis\\_"


def test_sentence_on_several_lines_is_one_line() -> None:
    assert escape("Line one\nline   two") == "Line one line two"


@given(digests())
def test_markdown_has_one_numbered_line_per_claim_and_sentence(digest: Digest) -> None:
    text = to_markdown(digest)
    if len(digest.articles) == 1:  # its key points, then the article: no section by source
        merged, listed = text.split("\n## Source\n")
        assert "\n## By source\n" not in merged
        assert len(re.findall(r"^\d+\. ", listed, flags=re.MULTILINE)) == 1
        assert len(re.findall(r"^\d+\. ", merged, flags=re.MULTILINE)) == len(digest.merged)
        return
    merged, by_source = text.split("\n## By source\n")
    by_source, listed = by_source.split("\n## Sources\n")
    assert len(re.findall(r"^\d+\. ", listed, flags=re.MULTILINE)) == len(digest.articles)
    assert len(re.findall(r"^\d+\. ", merged, flags=re.MULTILINE)) == len(digest.merged)
    assert len(re.findall(r"^\d+\. ", by_source, flags=re.MULTILINE)) == sum(
        len(p.sentences) for p in digest.per_source
    )
    assert len(re.findall(r"^### ", by_source, flags=re.MULTILINE)) == len(digest.articles)


# Plain text ----------------------------------------------------------------------------


def test_text_layout() -> None:
    text = to_text(_digest())
    lines = text.splitlines()
    assert lines[:5] == [
        "Summary of bridge-1",
        "4 articles from 4 sources",
        "",
        "MERGED SUMMARY",
        "",
    ]
    assert lines[5] == "1. The harbour bridge opened on Monday after three years of work."
    assert lines[6:8] == [
        "   4 of 4 sources: 000_f2750bfaa80f3dc8 [1], 002_4cf36d9f8b7891da [2],",
        "   003_2036ea662adc4e34 [3], 004_1160085869670d29 [4]",
    ]
    assert "BY SOURCE" in lines
    assert "000_f2750bfaa80f3dc8 [1]: Bridge opens" in lines
    assert lines[-6:] == [
        "SOURCES",
        "",
        "[1] 000_f2750bfaa80f3dc8: Bridge opens",
        "[2] 002_4cf36d9f8b7891da",
        "[3] 003_2036ea662adc4e34",
        "[4] 004_1160085869670d29",
    ]
    assert "2. Work took three years." in lines


def test_text_wraps_long_sentences_under_their_first_word() -> None:
    long = " ".join(["word"] * 60)
    article = Article(id="a", text=long)
    sentence = Sentence("a", 0, 0, len(long), long)
    digest = Digest(
        (article,),
        (SourceSummary("a", "a", (ScoredSentence(sentence, 1.0),)),),
        (Claim(sentence, (sentence,), ("a",), 1.0),),
        Options(),
    )
    lines = to_text(digest).splitlines()
    start = lines.index("KEY POINTS") + 2  # of one article
    assert lines[start].startswith("1. word")
    assert lines[start + 1].startswith("   word")
    assert max(len(line) for line in lines) <= WIDTH


@given(digests())
def test_text_lines_fit_the_width_and_keep_every_word(digest: Digest) -> None:
    text = to_text(digest)
    assert all(len(line) <= WIDTH for line in text.splitlines())
    flat = " ".join(text.split())
    for claim in digest.merged:
        assert " ".join(claim.text.split()) in flat


# render --------------------------------------------------------------------------------


def test_render_dispatches_every_format() -> None:
    digest = _digest()
    assert FORMATS == ("text", "markdown", "json", "html")
    assert render(digest, "text") == to_text(digest)
    assert render(digest, "markdown") == to_markdown(digest)
    assert render(digest, "json") == to_json(digest)
    assert render(digest, "html") == to_html(digest)


def test_render_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(OptionError, match="text, markdown, json, html"):
        render(_digest(), "pdf")


def test_regression_from_json_read_a_digest_without_its_summaries() -> None:
    data = json.loads(to_json(_digest()))
    data["per_source"] = data["per_source"][1:]
    with pytest.raises(InputError, match="one summary per article"):
        Digest.from_json(json.dumps(data))


def _with_an_exclusive() -> dict[str, Any]:
    """The JSON of a digest whose first article has one exclusive claim."""
    digest = summarize(
        [
            {
                "id": "a",
                "source": "Wire",
                "text": "The old bridge closed on Monday. Ferries ran all night.",
            },
            {"id": "b", "source": "Post", "text": "On Monday the old bridge closed."},
        ],
        merged=1,
    )
    data: dict[str, Any] = json.loads(to_json(digest))
    assert [len(e["claims"]) for e in data["exclusives"]] == [1]
    return data


def test_regression_from_json_read_an_exclusive_with_no_claims() -> None:
    data = _with_an_exclusive()
    data["exclusives"][0]["claims"] = []
    with pytest.raises(InputError, match=r"exclusives\[0\]\.claims is empty"):
        Digest.from_json(json.dumps(data))


def test_regression_a_claim_without_a_share_was_read_as_said_by_every_source() -> None:
    data = _with_an_exclusive()
    for claim in (data["merged"][0], data["exclusives"][0]["claims"][0]):
        del claim["share"]  # as written before claims had a share
    digest = Digest.from_json(json.dumps(data))
    assert [c.share for c in digest.merged] == [1.0]
    assert digest.exclusives[0].claims[0].share == 0.5


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda c: c.update(sources=["Post"]), r"sources must be the sources of its support"),
        (lambda c: c.update(sources=[]), r"sources must be the sources of its support"),
        (lambda c: c.update(share=0.0), r"share must be its 1 sources over the set's 2: 0\.5"),
        (lambda c: c.update(support=[]), r"support must hold the claim's sentence"),
        (lambda c: c.update(support=c["support"] * 2), r"at most one sentence per article"),
    ],
)
def test_regression_from_json_read_a_claim_its_own_support_contradicts(
    damage: Any, message: str
) -> None:
    data = _with_an_exclusive()
    damage(data["exclusives"][0]["claims"][0])
    with pytest.raises(InputError, match=message):
        Digest.from_json(json.dumps(data))


@pytest.mark.parametrize("key", ["disagreements", "exclusives", "quotes"])
def test_regression_a_null_analysis_list_was_a_type_error(key: str) -> None:
    data = json.loads(to_json(_digest()))
    data[key] = None
    with pytest.raises(InputError, match=f"{key} has the wrong type"):
        Digest.from_json(json.dumps(data))


def test_one_speaker_named_two_ways_is_shown_once() -> None:
    sentence = _sentence(
        "000_f2750bfaa80f3dc8", 0, "The council opened the harbour bridge on Monday."
    )
    quotes = tuple(
        Quote(text="The council", speaker=speaker, article=sentence.article, start=0, end=11)
        for speaker in ("Mayor Ada Ode", "Tearful Mayor Ada Ode", "Ben Ode")
    )
    claim = Claim(sentence, (sentence,), ("a",), 1.0, quotes=quotes)
    assert speakers_note(claim) == "quoting Mayor Ada Ode, Ben Ode"


def _quoting(*named: tuple[str, str | None]) -> Claim:
    """A claim whose support quotes each of ``named`` (speaker, role) in turn."""
    sentence = _sentence(
        "000_f2750bfaa80f3dc8", 0, "The council opened the harbour bridge on Monday."
    )
    quotes = tuple(
        Quote(
            text="The council", speaker=name, article=sentence.article, start=0, end=11, role=role
        )
        for name, role in named
    )
    return Claim(sentence, (sentence,), ("a",), 1.0, quotes=quotes)


def test_regression_one_speaker_spelt_two_ways_by_two_outlets_was_quoted_twice() -> None:
    claim = _quoting(
        ("Katarina Ode", "council spokesman"), ("Katerina Ode", None), ("Ben Ode", None)
    )
    assert speakers_note(claim) == "quoting Katarina Ode (council spokesman), Ben Ode"
    # the same people for the web page's exclusives
    assert quoted_speakers(claim) == [("Katarina Ode", "council spokesman"), ("Ben Ode", None)]
    # the role of the other spelling serves when the first has none
    claim = _quoting(("Annabella Ode", None), ("Anabella Ode", "mayor"))
    assert speakers_note(claim) == "quoting Annabella Ode (mayor)"


def test_two_people_whose_names_are_one_letter_apart_are_both_quoted() -> None:
    claim = _quoting(
        ("Mark Ode", None), ("Mary Ode", None), ("Louis Kerr", None), ("Louise Kerr", None)
    )
    assert speakers_note(claim) == "quoting Mark Ode, Mary Ode, Louis Kerr, Louise Kerr"
    claim = _quoting(("Daniel Ode", None), ("Daniel Odell", None))  # another surname
    assert speakers_note(claim) == "quoting Daniel Ode, Daniel Odell"


# Disagreements that only may differ ------------------------------------------------------


def _with_differences() -> Digest:
    """The hand-built digest with one certain disagreement and one that may differ."""
    digest = _digest()
    [one, two, three, four] = digest.merged[0].support

    def version(s: Sentence, value: str, number: float) -> Version:
        start = s.start + s.text.index(value)
        return Version(s.article, s.article, value, number, number, start, start + len(value), s)

    sure = Disagreement(
        about="years of work",
        versions=(version(three, "three", 3.0), version(one, "Monday", 2.0)),
    )
    unsure = Disagreement(
        about="days open",
        versions=(version(two, "Monday", 1.0), version(four, "Monday", 9.0)),
        certain=False,
    )
    return attrs.evolve(digest, disagreements=(sure, unsure))


def test_markdown_shows_figures_that_may_differ_apart() -> None:
    markdown = _with_differences().to_markdown()
    sure, unsure = markdown.index("## Sources differ"), markdown.index("## May differ")
    assert sure < markdown.index("- years of work:") < unsure < markdown.index("- days open:")


def test_text_shows_figures_that_may_differ_apart() -> None:
    text = _with_differences().to_text()
    sure, unsure = text.index("SOURCES DIFFER"), text.index("MAY DIFFER")
    assert sure < text.index("- years of work:") < unsure < text.index("- days open:")


def test_no_may_differ_heading_without_such_figures() -> None:
    digest = _with_differences()
    certain = attrs.evolve(digest, disagreements=digest.disagreements[:1])
    assert "May differ" not in certain.to_markdown()
    assert "MAY DIFFER" not in certain.to_text()
    assert "May differ" not in certain.to_html()


def test_html_shows_figures_that_may_differ_apart() -> None:
    page = _with_differences().to_html()
    assert page.index("years of work") < page.index('<h3 class="unsure">May differ</h3>')
    assert page.index('<div class="differ unsure">') < page.index("days open")


def test_json_keeps_whether_a_disagreement_is_certain() -> None:
    digest = _with_differences()
    data = digest_to_dict(digest)
    assert [d["certain"] for d in data["disagreements"]] == [True, False]
    assert Digest.from_json(digest.to_json()).disagreements == digest.disagreements


def test_digest_json_without_certain_reads_as_certain() -> None:
    data = digest_to_dict(_with_differences())
    for disagreement in data["disagreements"]:
        del disagreement["certain"]
    assert all(d.certain for d in Digest.from_json(json.dumps(data)).disagreements)


def test_from_json_refuses_a_certain_that_is_not_true_or_false() -> None:
    data = digest_to_dict(_with_differences())
    data["disagreements"][1]["certain"] = "no"
    with pytest.raises(InputError) as caught:
        Digest.from_json(json.dumps(data))
    assert str(caught.value) == (
        "digest JSON: disagreements[1].certain must be true or false, not 'no'"
    )


def _quoted() -> Digest:
    """The hand-built digest with one quote whose speaker has a role."""
    digest = _digest()
    sentence = digest.merged[0].support[0]
    quote = Quote(
        text="The council",
        speaker="Ada Ode",
        article=sentence.article,
        start=sentence.start,
        end=sentence.start + 11,
        role="harbour master",
    )
    return attrs.evolve(digest, quotes=(quote,))


def test_json_keeps_a_speakers_role() -> None:
    digest = _quoted()
    assert digest_to_dict(digest)["quotes"][0]["role"] == "harbour master"
    assert Digest.from_json(digest.to_json()).quotes == digest.quotes


def test_digest_json_without_roles_reads_as_none() -> None:
    data = digest_to_dict(_quoted())
    del data["quotes"][0]["role"]
    assert Digest.from_json(json.dumps(data)).quotes[0].role is None


def test_from_json_refuses_a_role_that_is_not_text() -> None:
    data = digest_to_dict(_quoted())
    data["quotes"][0]["role"] = 3
    with pytest.raises(InputError) as caught:
        Digest.from_json(json.dumps(data))
    assert str(caught.value) == "digest JSON: quotes[0].role must be a string or null, not 3"


# Evidence ------------------------------------------------------------------------------


def test_markdown_evidence_quotes_every_supporting_sentence_with_its_source() -> None:
    digest = _digest()
    text = to_markdown(digest, evidence=True)
    first = text[text.index("1. The harbour bridge") : text.index("2. Café owners")]
    quoted = [line for line in first.splitlines() if line.startswith("   >")]
    assert quoted == [
        "   > 000_f2750bfaa80f3dc8 [1]: The council opened the harbour bridge on Monday.",
        "   >",
        "   > 002_4cf36d9f8b7891da [2]: On Monday the harbour bridge opened to traffic.",
        "   >",
        "   > 003_2036ea662adc4e34 [3]: The harbour bridge opened on Monday after three years "
        "of work.",
        "   >",
        "   > 004_1160085869670d29 [4]: Drivers crossed the harbour bridge on Monday.",
    ]
    assert "\n\n2. Café owners cheered. (1 of 4 sources: 004_1160085869670d29 [4])\n\n" in text
    assert "\n\n\n" not in text
    assert ">" not in to_markdown(digest).split("## By source")[0]


def test_markdown_evidence_is_escaped_and_indented_under_a_two_digit_number() -> None:
    text = "*Bold* [link](http://x.org) claim."
    sentence = Sentence("a", 0, 0, len(text), text)
    claims = tuple(Claim(sentence, (sentence,), ("a",), 1.0) for _ in range(10))
    articles = (Article(id="a", text=text, source="The *Wire*"), Article(id="b", text="No."))
    digest = Digest(articles, (), claims, Options())
    lines = to_markdown(digest, evidence=True).splitlines()
    assert "    > The \\*Wire\\* [1]: \\*Bold\\* \\[link\\](http://x.org) claim." in lines
    assert "   > The \\*Wire\\* [1]: \\*Bold\\* \\[link\\](http://x.org) claim." in lines


def test_text_evidence_quotes_every_supporting_sentence_under_its_claim() -> None:
    lines = to_text(_digest(), evidence=True).splitlines()
    start = lines.index("1. The harbour bridge opened on Monday after three years of work.")
    assert lines[start + 3 : start + 8] == [
        "   > 000_f2750bfaa80f3dc8 [1]: The council opened the harbour bridge on Monday.",
        "   > 002_4cf36d9f8b7891da [2]: On Monday the harbour bridge opened to traffic.",
        "   > 003_2036ea662adc4e34 [3]: The harbour bridge opened on Monday after three years of",
        "     work.",
        "   > 004_1160085869670d29 [4]: Drivers crossed the harbour bridge on Monday.",
    ]
    assert not any(line.lstrip().startswith(">") for line in to_text(_digest()).splitlines())


@given(digests())
def test_evidence_shows_every_support_and_keeps_text_within_the_width(digest: Digest) -> None:
    text = to_text(digest, evidence=True)
    assert all(len(line) <= WIDTH for line in text.splitlines())
    flat = " ".join(text.split())
    for claim in digest.merged:
        for sentence in claim.support:
            assert " ".join(sentence.text.split()) in flat
    markdown = to_markdown(digest, evidence=True)
    quoted = [line for line in markdown.splitlines() if re.match(r"^ +> \S", line)]
    shown = sum(len(claim.support) for claim in digest.merged)
    assert len(quoted) == (0 if len(digest.articles) == 1 else shown), "one article: no evidence"


def test_evidence_reaches_every_entry_point_and_changes_only_text_and_markdown() -> None:
    digest = _digest()
    assert digest.to_markdown(evidence=True) == render(digest, "markdown", evidence=True)
    assert digest.to_text(evidence=True) == render(digest, "text", evidence=True)
    assert digest.to_markdown() == render(digest, "markdown") != digest.to_markdown(evidence=True)
    for fmt in ("json", "html"):
        assert render(digest, fmt, evidence=True) == render(digest, fmt)


def test_the_source_list_gives_title_date_link_and_id() -> None:
    article = Article(
        id="a1",
        text="Hi there.",
        url="https://www.harbour-times.example/ferry_(2)",
        title="Ferry *aground*",
        published="2025-03-04",
    )
    other = Article(id="b", text="Yo.", source="Coast Radio", url="radio:not-a-link")
    digest = Digest((article, other), (), (), Options())
    assert to_markdown(digest).endswith(
        "## Sources\n\n"
        "1. harbour-times.example: *Ferry \\*aground\\**. 2025-03-04. "
        "<https://www.harbour-times.example/ferry_(2)>. article a1\n"
        "2. Coast Radio. radio:not-a-link. article b\n"
    )
    assert to_text(digest).endswith(
        "SOURCES\n\n"
        "[1] harbour-times.example: Ferry *aground*\n"
        "    2025-03-04, https://www.harbour-times.example/ferry_(2), article a1\n"
        "[2] Coast Radio\n"
        "    radio:not-a-link, article b\n"
    )


# Batches -------------------------------------------------------------------------------


def test_render_batch_refuses_an_unknown_format_with_the_valid_ones() -> None:
    from summarize.render import render_batch

    with pytest.raises(OptionError) as raised:
        render_batch([_digest()], "pdf")
    assert str(raised.value) == "unknown format 'pdf'; choose one of: text, markdown, json, html"


@given(st.lists(st.one_of(st.none(), st.text(max_size=30)), max_size=12))
def test_batch_names_are_safe_file_names_and_unique(ids: list[str | None]) -> None:
    from summarize.render._batch import Names

    names = Names(taken=("index",))
    given_names = [names.add(i) for i in ids]
    assert len({n.casefold() for n in given_names} | {"index"}) == len(given_names) + 1
    for name in given_names:
        assert re.fullmatch(r"[\w.-]+", name), name
        assert not name.startswith((".", "-")), name
        assert len(name) <= 90


# One article, one source: nothing to compare ---------------------------------------------

ALONE = (
    "The ferry to Orla Island stopped on Friday after a storm damaged its pier. "
    "Repairs will take two weeks, the port said. "
    '"Islanders will get a water taxi meanwhile," said harbour master Ines Calloway. '
    "The ferry carries about 600 passengers a day."
)


def _alone(**options: Any) -> Digest:
    article = Article(id="orla", text=ALONE, source="Island Post", url="https://post.example/f")
    return summarize([article], **options)


def test_regression_one_article_repeated_every_sentence_as_its_exclusive() -> None:
    """With one source no claim is one source's alone: no exclusives, even when asked."""
    digest = _alone(exclusives=5)
    assert digest.exclusives == ()
    assert json.loads(digest.to_json())["exclusives"] == []
    two = summarize([Article(id="a", text=ALONE, source="Post"),
                     Article(id="b", text="Voters queued at dawn.", source="Post")])  # fmt: skip
    assert two.exclusives == (), "several articles of one source have no exclusives either"


def test_text_of_one_article_is_its_key_points_without_counts() -> None:
    text = _alone().to_text()
    assert text.splitlines()[:4] == ["Summary", "1 article from Island Post", "", "KEY POINTS"]
    assert "ONLY IN ONE SOURCE" not in text
    assert "BY SOURCE" not in text
    assert " of 1 source" not in text
    assert "1 source" not in text
    assert "   quoting Ines Calloway (harbour master)" in text.splitlines(), "the speaker alone"
    assert text.endswith("SOURCE\n\n[1] Island Post\n    https://post.example/f, article orla\n")
    assert _alone().to_text(evidence=True) == text, "no other article to quote"


def test_markdown_of_one_article_is_its_key_points_without_counts() -> None:
    markdown = _alone().to_markdown(evidence=True)
    lines = markdown.splitlines()
    assert lines[:6] == ["# Summary", "", "1 article from Island Post.", "", "## Key points", ""]
    assert lines[6] == (
        "1. The ferry to Orla Island stopped on Friday after a storm damaged its pier."
    )
    assert not [line for line in lines if "source" in line.lower() and "(" in line]
    assert "## Only in one source" not in markdown
    assert "## By source" not in markdown
    assert markdown.endswith(
        "## Source\n\n1. Island Post. <https://post.example/f>. article orla\n"
    )


def test_one_source_of_several_articles_cites_them_without_counting_sources() -> None:
    texts = ["The ferry stopped on Friday after a storm.", "A storm stopped the ferry on Friday."]
    articles = [Article(id=f"p{n}", text=t, source="Island Post") for n, t in enumerate(texts)]
    digest = summarize(articles, merged=1)
    text, markdown = digest.to_text(), digest.to_markdown()
    assert text.splitlines()[1] == "2 articles, all from Island Post"
    assert text.splitlines()[3] == "MERGED SUMMARY"
    assert "   Island Post [1, 2]" in text.splitlines()
    assert "BY SOURCE" in text
    assert "ONLY IN ONE SOURCE" not in text
    assert markdown.splitlines()[2] == "2 articles, all from Island Post."
    assert "(Island Post [1, 2])" in markdown.splitlines()[6]
    assert " of 1 source" not in text + markdown


def test_html_of_one_article_has_no_section_that_compares_sources() -> None:
    page = _alone().to_html()
    assert '<p class="lede">1 article · 4 points</p>' in page
    for gone in ('id="exclusives"', 'id="agreement"', 'id="sources"', 'id="differ"',
                 "data-badge", " of 1 source", "Only one source", '<nav aria-label'):  # fmt: skip
        assert gone not in page, gone
    assert "What the article says" in page
    assert '<a href="https://post.example/f" rel="noreferrer">' in page, "its link in the header"


def test_html_of_one_source_of_several_articles_keeps_its_columns() -> None:
    texts = ["The ferry stopped on Friday after a storm.", "A storm stopped the ferry on Friday."]
    articles = [Article(id=f"p{n}", text=t, source="Island Post") for n, t in enumerate(texts)]
    page = summarize(articles, merged=1).to_html()
    assert 'id="sources"' in page
    assert 'id="claims"' in page
    assert 'id="exclusives"' not in page
    assert 'id="agreement"' not in page
    assert '<span class="share">2 articles</span>' in page
    assert " of 1 source" not in page


def test_an_empty_merged_summary_says_when_min_sources_is_why() -> None:
    digest = summarize(["Rain fell on Monday.", "Wind rose on Tuesday."], min_sources=2)
    assert digest.merged == ()
    assert "No claim is stated by 2 sources or more." in digest.to_text()
    assert "No claim is stated by 2 sources or more." in digest.to_markdown()
    assert "No claim is stated by 2 sources or more." in digest.to_html()


def test_an_exclusive_that_quotes_someone_names_them_in_every_format() -> None:
    roof = "The ferry terminal roof fell in on Monday morning."
    articles = [
        Article(id="a", text=f"{roof} The mayor ordered every terminal closed for checks."),
        Article(
            id="b",
            text=f'{roof} "The beams were older than anyone knew," said port director Ada Ode.',
        ),
    ]
    digest = summarize(articles, exclusives=3, merged=1)
    [quoted] = [c for c in digest.exclusive("b") if c.quotes]
    assert [(q.speaker, q.role) for q in quoted.quotes] == [("Ada Ode", "port director")]
    assert "quoting Ada Ode (port director)" in digest.to_text()
    assert "said port director Ada Ode. \u2014 quoting Ada Ode (port director)" in (
        digest.to_markdown()
    )
    assert '<cite>Ada Ode, <span class="role">port director</span></cite>' in digest.to_html()
