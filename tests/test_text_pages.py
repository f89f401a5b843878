"""Pages that are not articles: each signal on a page written here, and the articles it spares."""

from __future__ import annotations

import json
import logging

import pytest

import summarize
from summarize import Article, Digest, SkippedArticle
from summarize.text import read_article

STORY = (
    "The harbour bridge in Brennock reopened on Monday after a two-week closure. "
    "Engineers replaced two girders that a storm had bent in March. "
    "Ferry crews said traffic on the water fell by half within an hour. "
    "The council said tolls would rise in May to pay for the repairs."
)
ECHO = (
    "Brennock's harbour bridge reopened on Monday after two weeks shut. "
    "Two girders bent by a storm in March were replaced, engineers said. "
    "Tolls will rise in May, the council said."
)
ARCHIVE = (
    "Since 2001 our crawler has given its crawl data to the web archive. "
    "New web captures reach the Wayback Machine after an embargo period."
)
ERROR = "Sorry, the page you requested could not be found.\n\nPlease enable JavaScript."
PAYWALL = (
    "This article is available only to subscribers.\n\n"
    "You have reached your limit of free articles this month.\n\nSubscribe now to continue reading."
)
LINKS = "\n\n".join(
    [
        "Harbour News",
        "Bridge Reopens After Storm",
        "Ferry Fares Rise",
        "Tolls: What You Need To Know",
        "Council Meets Tuesday",
        "https://coast.example/ferries",
        "Weather Warnings",
        "More From Brennock:",
    ]
)
CLUTTER = (
    "\u00a9 2024 Coast News Group. All rights reserved.\n\nPhoto: Wire Photos/Jane Roe\n\n"
    "By Jane Roe\n\nRead more: the ferry timetable for the winter season and the new fares\n\n"
    "Bridge shut."
)


def reason(text: str) -> str | None:
    return read_article(Article(id="p", text=text)).skipped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARCHIVE, "a web-archive notice, not an article"),
        (ERROR, "an error page, not an article"),
        (PAYWALL, "a paywall or sign-in page, not an article"),
        (LINKS, "a list of links, not an article"),
        ("Share on Facebook\n\nAdvertisement", "no content left after cleaning"),
    ],
)
def test_page_that_is_not_an_article_is_named(text: str, expected: str) -> None:
    assert reason(text) == expected


def test_a_page_that_is_mostly_clutter_says_how_much_cleaning_removed() -> None:
    found = reason(CLUTTER)
    assert found is not None
    assert found.startswith("mostly page clutter: cleaning removed ")
    assert found.endswith("% of the text, 2 words left")


def test_a_sentence_printed_again_is_not_page_clutter() -> None:
    # Regression: repeats taken out by cleaning counted as removed clutter, so a short
    # story printed three times under a doubled byline was left out as a clutter page.
    story = "On Monday, the council inspected the old bridge."
    text = "By Ada Vale\n\nBy Ada Vale\n\n" + "\n\n".join([story] * 3)
    assert reason(text) is None


def test_a_short_story_under_much_clutter_is_still_clutter_when_printed_once() -> None:
    clutter = "\n\n".join(["Share on Facebook", "Advertisement", "Sign up for our newsletter"] * 4)
    assert reason(clutter + "\n\nThe bridge reopened.").startswith("mostly page clutter")


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        "Rain fell.",  # short is not clutter: nothing was removed
        # an article about the web archive is long enough and mostly about other things
        STORY + " The Internet Archive said its crawler had saved the council's old pages.",
        # a paywall notice at the foot of a real story is clutter, the story is news
        STORY + "\n\nSubscribe now to continue reading.",
        # verse and short lines in sentence case are not links
        "\n\n".join(["the tide came in", "the boats went out", "the gulls were loud"] * 3),
    ],
)
def test_articles_are_not_flagged(text: str) -> None:
    assert reason(text) is None


def test_a_left_out_page_is_listed_with_a_warning_and_shares_no_claim(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Two copies of one archive notice never make a claim that two sources share."""
    articles = [
        Article(id="a", source="Harbour Post", text=STORY),
        Article(id="b", source="Coast News", text=ECHO),
        Article(id="c", source="Archive One", text=ARCHIVE),
        Article(id="d", source="Archive Two", text=ARCHIVE),
    ]
    with caplog.at_level(logging.WARNING, logger="summarize"):
        digest = summarize.summarize(articles)
    assert digest.skipped == (
        SkippedArticle(
            article="c", source="Archive One", reason="a web-archive notice, not an article"
        ),
        SkippedArticle(
            article="d", source="Archive Two", reason="a web-archive notice, not an article"
        ),
    )
    assert "article 'c' left out of the digest: a web-archive notice" in caplog.text
    shown = [s.article for s in digest.sentences()]
    assert "c" not in shown
    assert "d" not in shown
    assert [a.id for a in digest.articles] == ["a", "b", "c", "d"]
    assert [s.sentences for s in digest.per_source[2:]] == [(), ()]


def test_a_set_of_pages_that_are_not_articles_gives_an_empty_digest_with_the_reasons() -> None:
    digest = summarize.summarize([ARCHIVE, ERROR])
    assert digest.merged == ()
    assert digest.exclusives == ()
    assert [(s.article, s.reason) for s in digest.skipped] == [
        ("0", "a web-archive notice, not an article"),
        ("1", "an error page, not an article"),
    ]
    for text in (digest.to_text(), digest.to_markdown(), digest.to_html()):
        assert "a web-archive notice, not an article" in text
        assert "an error page, not an article" in text


def test_renderings_say_why_a_source_is_missing() -> None:
    digest = summarize.summarize(
        [
            Article(id="a", source="Harbour Post", text=STORY),
            Article(id="b", source="Coast News", text=ECHO),
            Article(id="c", source="Archive One", text=ARCHIVE),
        ]
    )
    text, markdown, html = digest.to_text(), digest.to_markdown(), digest.to_html()
    assert "LEFT OUT: NOT NEWS" in text
    assert "Left out: a web-archive notice" in text
    assert "## Left out: not news" in markdown
    assert "Left out: a web-archive notice" in markdown
    assert 'class="note skipped"' in html
    assert "Left out: a web-archive notice" in html


def test_json_round_trips_the_left_out_pages_and_reads_their_absence_as_none() -> None:
    digest = summarize.summarize([STORY, ECHO, ARCHIVE])
    data = json.loads(digest.to_json())
    assert data["skipped"] == [
        {"article": "2", "source": "2", "reason": "a web-archive notice, not an article"}
    ]
    assert Digest.from_json(digest.to_json()) == digest
    del data["skipped"]  # a digest written before the field
    assert Digest.from_json(json.dumps(data)).skipped == ()


def test_json_refuses_a_left_out_page_with_a_wrong_source() -> None:
    data = json.loads(summarize.summarize([STORY, ECHO, ARCHIVE]).to_json())
    data["skipped"][0]["source"] = "Elsewhere"
    with pytest.raises(summarize.InputError, match=r"skipped\[0\]\.source"):
        Digest.from_json(json.dumps(data))
