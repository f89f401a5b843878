"""Pages that are not articles: each signal on a page written here, and the articles it spares."""

from __future__ import annotations

import json
import logging
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize import Article, Digest, SkippedArticle
from summarize.records import TextSpan
from summarize.text import read_article
from summarize.text._notices import may_be_notice, page_notice
from summarize.text._pages import NO_CONTENT, not_an_article

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
        # two lines without a stop: a headline and a standfirst above a short story
        "Bridge Reopens\n\nTolls to rise in May\n\nThe harbour bridge reopened on Monday.",
        # a headline alone, or two: the digest shows them when there is nothing else
        "Harbour bridge reopens after storm",
        "Harbour bridge reopens\n\nFerry fares rise in May",
    ],
)
def test_articles_are_not_flagged(text: str) -> None:
    assert reason(text) is None


TEASERS = "teasers of other stories, not an article"
_TEASERS = [
    "Ferry crews who share a plate at lunch work better together, a new study ...",
    "Tolls on the harbour bridge will rise in May, the council said, after engineers ...",
    "Men who swim in the bay each morning sleep longer, new research from Brennock ...",
    "A storm bent two girders of the old pier in March, and divers found \u2026",
    "The lighthouse keeper retired after forty years on the rock.",
]


def test_regression_a_page_of_teasers_for_other_stories_was_summarised_as_news() -> None:
    """Each paragraph the opening of another story, cut off: an index page, not an article."""
    assert reason("\n\n".join(_TEASERS)) == TEASERS
    assert reason("\n\n".join(_TEASERS[:2] + [STORY] * 2)) is None  # two of four: news
    assert reason("\n\n".join(_TEASERS[:3] + [STORY] * 2)) == TEASERS  # three of five


@pytest.mark.parametrize(
    "text",
    [
        STORY + " The council said more ...",  # a story its scraper cut off once, at its end
        # an ellipsis inside a paragraph is a pause or a cut quotation, not a cut-off teaser
        "\n\n".join([f"{STORY} He said ... it would hold." for _ in range(3)]),
        # three paragraphs cut off among six: fewer than 0.6 of them
        "\n\n".join(_TEASERS[:3] + [STORY] * 3),
    ],
)
def test_an_article_with_ellipses_is_no_page_of_teasers(text: str) -> None:
    assert reason(text) is None


_TITLED_TEASERS = [
    "Ferry Fares Rise Again Ferry Fares Rise Again The harbour board raised fares.The board sa",
    "Kessel Pier Reopens After Storm Kessel Pier Reopens After Storm Crowds came back on Sunday",
    "Bobcat Loose In The Hills Bobcat Loose In The Hills Residents were told to keep pets in",
    "Weather: rain on and off through Friday, with sun on the weekend.",
]


def test_regression_a_page_of_teasers_with_their_headlines_printed_twice_was_news() -> None:
    """Each paragraph another story's headline, printed twice, then its first words."""
    assert reason("\n\n".join(_TITLED_TEASERS)) == TEASERS
    # a gallery's heading printed twice opens one paragraph of an article
    gallery = "Photos: The harbour at dawn Photos: The harbour at dawn Boats leave at six."
    assert reason("\n\n".join([gallery] + [STORY] * 4)) is None
    # a phrase said twice for effect is no headline: three words, or not at the start
    said = "Build it now, build it now, the crowd chanted at the pier on Monday."
    assert reason("\n\n".join([said] * 2 + [STORY] * 2)) is None


NO_PROSE = "headings or list items without a sentence of prose, not an article"


@pytest.mark.parametrize(
    "text",
    [
        # verse and short lines in sentence case are not links, nor prose
        "\n\n".join(["the tide came in", "the boats went out", "the gulls were loud"] * 3),
        # a crawl's description: labels and list items, not one sentence
        "The seed for the harbour crawl was:\n\n- Front pages of every port site:\n\n"
        "-- up to a maximum of 100 pages per site\n\n-- ranked by their incoming links",
        # a page of slogans and headings
        "Ms Vale Goes To Brennock\n\nHelp her win\n\nMeet her at the harbour",
    ],
)
def test_a_page_of_lines_without_a_sentence_is_no_article(text: str) -> None:
    """Regression: a crawl's seed description and a page of slogans were per-source summaries."""
    assert reason(text) == NO_PROSE


@pytest.mark.parametrize(("words", "expected"), [(149, NO_PROSE), (150, None)])
def test_a_page_without_prose_has_fewer_than_150_words(words: int, expected: str | None) -> None:
    lines = [" ".join([word] * (words // 3)) for word in ("tide", "gull", "boat")]
    lines[-1] += " boat" * (words % 3)
    assert reason("\n\n".join(lines)) == expected


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


# --- each threshold, on pages built sentence by sentence: just under and just over --------

_ARCHIVE_PAGE = "a web-archive notice, not an article"
_ERROR_PAGE = "an error page, not an article"
_PAYWALL_PAGE = "a paywall or sign-in page, not an article"
_NEWS_WORDS = ["Crews", "repaired", "the", "harbour", "bridge", "in", "Brennock", "after"]


def news(words: int, stop: str = ".") -> str:
    """A sentence of news of exactly ``words`` words (no notice's wording), with ``stop``."""
    return " ".join(_NEWS_WORDS[i % len(_NEWS_WORDS)] for i in range(words)) + stop


def page(*parts: str, dropped: tuple[int, ...] = ()) -> tuple[str, list[TextSpan], list[TextSpan]]:
    """A page of ``parts``, one a paragraph: its text, its sentences and those cleaning kept.

    ``dropped`` are the positions of the parts cleaning took out.
    """
    text = "\n\n".join(parts)
    spans, start = [], 0
    for part in parts:
        spans.append(TextSpan(start, start + len(part), part))
        start += len(part) + 2
    return text, spans, [s for i, s in enumerate(spans) if i not in dropped]


def judged(*parts: str, dropped: tuple[int, ...] = ()) -> str | None:
    return not_an_article(*page(*parts, dropped=dropped))


CRAWL = "Our crawler saves pages to the web archive."
CAPTURES = "New web captures reach the Wayback Machine nightly."
NOT_FOUND = "Sorry, the page you requested could not be found."
LIMIT = "You have reached your limit of free articles this month."


def test_news_words_page_builder_counts_exactly() -> None:
    assert len(news(59).split()) == 59
    assert page_notice(news(200)) is None
    assert not may_be_notice(news(200), "archive")


# With a stop the words beside the notices are prose, which the shortcut for plain
# articles counts; without one only the full test reads them: both give one answer.
@pytest.mark.parametrize("stop", [".", ""])
@pytest.mark.parametrize(("other", "expected"), [(149, _ARCHIVE_PAGE), (150, None)])
def test_notice_page_holds_fewer_than_150_words_of_anything_else(
    other: int, expected: str | None, stop: str
) -> None:
    """Archive notices with 149 words of news beside them are the page; 150 words are news."""
    assert judged(CRAWL, CAPTURES, news(other, stop)) == expected


@pytest.mark.parametrize("stop", [".", ""])
@pytest.mark.parametrize(("other", "expected"), [(149, _ERROR_PAGE), (150, None)])
def test_error_page_holds_fewer_than_150_words_of_anything_else(
    other: int, expected: str | None, stop: str
) -> None:
    """The same limit for notices cleaning took out."""
    assert judged(NOT_FOUND, NOT_FOUND, news(other, stop), dropped=(0, 1)) == expected


def test_half_the_sentences_being_notices_makes_a_notice_page() -> None:
    assert judged(CRAWL, news(10)) == "a web-archive notice, not an article"


def test_fewer_than_half_the_sentences_being_notices_is_no_notice_page() -> None:
    assert judged(CRAWL, news(10), news(12)) is None


def test_sentences_that_are_neither_notices_nor_kept_do_not_count_against_the_notices() -> None:
    """Clutter cleaning took out (no notice) is in no share: two notices outweigh one sentence."""
    clutter = "Share this story with a friend today"
    assert judged(clutter, clutter, clutter, CRAWL, news(8), dropped=(0, 1, 2)) == (
        "a web-archive notice, not an article"
    )


def test_the_kind_with_most_notices_names_the_page() -> None:
    assert judged(NOT_FOUND, CRAWL, NOT_FOUND, dropped=(0, 2)) == _ERROR_PAGE
    assert judged(LIMIT, CRAWL, LIMIT, dropped=(0, 2)) == _PAYWALL_PAGE


def test_a_tie_between_kinds_names_the_first_in_archive_paywall_error_order() -> None:
    assert judged(NOT_FOUND, CRAWL, dropped=(0,)) == _ARCHIVE_PAGE
    assert judged(NOT_FOUND, LIMIT, dropped=(0, 1)) == _PAYWALL_PAGE


def test_a_kept_sentence_is_read_for_archive_wording_only() -> None:
    """A paywall line cleaning kept was judged news by it: the page is no paywall for it."""
    assert judged(LIMIT, news(6)) is None
    assert judged(LIMIT, news(6), dropped=(0,)) == "a paywall or sign-in page, not an article"


def test_an_archive_notice_page_is_named_whether_or_not_cleaning_kept_its_lines() -> None:
    assert judged(CRAWL, CAPTURES, dropped=(0, 1)) == "a web-archive notice, not an article"


def test_a_page_whose_sentences_cleaning_all_took_out_has_no_content() -> None:
    assert judged("Share this", "Print this", dropped=(0, 1)) == NO_CONTENT


def test_a_blank_page_is_an_empty_page() -> None:
    assert not_an_article("", [], []) == "an empty page"
    assert not_an_article(" \n\t ", [], []) == "an empty page"


def _clutter(chars: int) -> str:
    """A line cleaning took out, of ``chars`` non-space characters (no notice, no link)."""
    return " ".join(["abcdefghij"] * (chars // 10) + ["x" * (chars % 10)]).strip()


@pytest.mark.parametrize(("words", "expected"), [(59, True), (60, False)])
def test_clutter_page_has_fewer_than_60_words_left(words: int, expected: bool) -> None:
    story = news(words)
    found = judged(_clutter(40 * len(story)), story, dropped=(0,))
    assert (found is not None and found.startswith("mostly page clutter")) is expected
    if expected:
        assert found.endswith(f"of the text, {words} words left")


@pytest.mark.parametrize(("left", "expected"), [(29, True), (31, False)])
def test_clutter_page_is_one_where_cleaning_removed_over_70_percent(
    left: int, expected: bool
) -> None:
    """Out of 100 non-space characters, 29 left is clutter and 31 left is not."""
    story = "a" * (left - 1) + "."
    found = judged(_clutter(100 - left), story, dropped=(0,))
    if expected:
        removed = 100 - left
        assert (
            found == f"mostly page clutter: cleaning removed {removed}% of the text, 1 words left"
        )
    else:
        assert found is None


LINK = "Ferry Fares Rise Again"
VERSE = "the tide came in again"
LIST = "a list of links, not an article"


@pytest.mark.parametrize(("lines", "expected"), [(6, LIST), (5, NO_PROSE)])
def test_a_list_of_links_has_at_least_six_lines(lines: int, expected: str | None) -> None:
    assert judged(*[LINK] * lines) == expected


@pytest.mark.parametrize(("links", "expected"), [(7, LIST), (6, NO_PROSE)])
def test_seven_lines_in_ten_reading_as_links_make_a_list(links: int, expected: str | None) -> None:
    assert judged(*[LINK] * links, *[VERSE] * (10 - links)) == expected


@pytest.mark.parametrize(("prose", "expected"), [(79, LIST), (80, None)])
def test_a_list_of_links_holds_fewer_than_80_words_of_prose(
    prose: int, expected: str | None
) -> None:
    assert judged(*[LINK] * 6, news(prose)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # twelve words in title case: the longest link text
        ("Ferry Fares Rise Again As Council Backs New Tolls For The Harbour", LIST),
        # thirteen: a line of prose without its stop (and so a page without prose)
        ("Ferry Fares Rise Again As Council Backs New Tolls For The Old Harbour", NO_PROSE),
        # three words in five written with a capital: title case
        ("Ferry fares Rise Again today", LIST),
        # two in five: sentence case, as verse and short prose lines are
        ("Ferry fares rise Again today", NO_PROSE),
        # a stop: a sentence, whatever its case
        ("Ferry Fares Rise Again.", None),
        ('Ferry Fares Rise "Again."', None),
        # a label or an address, whatever its case
        ("more from the harbour desk:", LIST),
        ("coast.example.com/ferries", LIST),
        ("see www.coast-news", LIST),
        # a word of one letter counts like any other
        ("A Guide To Ferry Fares", LIST),
        # figures are no words in the count of capitals
        ("2024 fares Rise Again", LIST),
    ],
)
def test_line_read_as_a_link(line: str, expected: str | None) -> None:
    """Six lines alike: a list of links if the line reads as a link's text, else no list.

    Six lines, none with a stop, and no list of links are a page without prose.
    """
    assert judged(*[line] * 6) == expected


def test_a_long_list_of_links_with_a_paragraph_of_prose_is_still_a_list() -> None:
    """Past 150 words, lines without a stop are no prose: the list is still found."""
    assert judged(*[LINK] * 20, news(79)) == LIST


@given(st.text(alphabet=".!?\"'\u201d\u2019)]\n a", max_size=8))
def test_a_final_stop_is_told_as_the_pattern_tells_it(text: str) -> None:
    """_final_stop is the pattern of a stop closed by marks at the end, '$' before a newline."""
    from summarize.text._pages import _final_stop

    written = re.search(r"[.!?][\"'\u201d\u2019)\]]*$", text) is not None
    assert _final_stop(text) == written
