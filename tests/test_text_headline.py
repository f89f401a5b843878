"""The headline an article's text opens with, shown as its title when it has none."""

from __future__ import annotations

import json

import pytest

import summarize
from summarize import Article, Digest, InputError
from summarize.records import TextSpan
from summarize.render import render_batch
from summarize.text import read_article
from summarize.text._clean import Boilerplate
from summarize.text._headline import headline_shaped, opening_headline
from summarize.text._segment import split_sentences

HEADLINE = "Kessel Ferry Runs Aground In Fog"
LEAD = (
    "The Kessel ferry Merrow ran aground in thick fog on Tuesday morning, "
    "and all 40 passengers were brought ashore by lifeboat."
)
UNTITLED = f"{HEADLINE}\n\n{LEAD} The harbour master said the channel would reopen on Friday."
ECHO = (
    "Lifeboat crews brought 40 passengers ashore after the ferry Merrow ran aground "
    "near Kessel in fog on Tuesday. Tugs will try to refloat the ferry at high tide."
)


def _digest(*extra: dict[str, str]) -> Digest:
    return summarize.summarize(
        [{"id": "gazette", "source": "Gazette", "text": UNTITLED}, *extra], merged=2
    )


def _titled() -> list[dict[str, str]]:
    return [
        {"id": "gazette", "source": "Gazette", "title": "Ferry aground", "text": UNTITLED},
        {"id": "wire", "source": "Wire", "title": "Passengers safe", "text": ECHO},
    ]


# What counts as a headline -----------------------------------------------------------


def test_first_line_shaped_as_a_headline_is_the_display_title() -> None:
    reading = read_article(Article(id="a", text=UNTITLED))
    assert reading.headline is not None
    assert reading.headline.text == HEADLINE
    assert UNTITLED[reading.headline.start : reading.headline.end] == HEADLINE


def test_headline_after_leading_blank_lines_keeps_exact_offsets() -> None:
    text = f"\n\n  {UNTITLED}"
    headline = read_article(Article(id="a", text=text)).headline
    assert headline is not None
    assert text[headline.start : headline.end] == HEADLINE


@pytest.mark.parametrize(
    "first",
    [
        "By Mara Quell, Harbour Correspondent",  # a byline
        "KESSEL, West Marrow (Coastwire) - The ferry Merrow ran aground in fog",  # a dateline
        "Photo: the ferry Merrow aground off Kessel in fog",  # a caption
        "The Merrow aground off Kessel. (Harbour Photos/Ida Lund)",  # a credit
        "Published on Mar 4, 2025 by the Kessel Gazette",  # a date line
        "Updated 11:05 a.m. with the harbour master's statement",  # an update line
        "Ferry News",  # a label, too short
        "FERRY RUNS AGROUND OFF KESSEL IN THICK FOG",  # shouted
        "WARNING: The ferry Merrow ran aground in fog",  # a label before a colon
        "The ferry ran aground, the harbour master said:",  # ends like a lead-in
        "Add a location to your Tweets",  # platform furniture
        "Council Votes On New Cycle Lanes For Old Town",  # names another story
        "The Kessel ferry Merrow ran aground in fog, and all 40 people on board were brought "
        "ashore by lifeboat crews working",  # a long line is a teaser or caption, not a headline
    ],
)
def test_lines_that_are_not_a_headline_give_no_display_title(first: str) -> None:
    """Bylines, datelines, captions, dates, labels and unrelated lines are never a title."""
    text = f"{first}\n\n{LEAD} The harbour master said the channel would reopen on Friday."
    assert read_article(Article(id="a", text=text)).headline is None


def test_sentence_opening_the_text_is_no_headline() -> None:
    text = f"{LEAD}\n\nThe harbour master said the channel would reopen on Friday."
    assert read_article(Article(id="a", text=text)).headline is None


def test_text_of_one_line_has_no_headline() -> None:
    """A line with nothing after it is the whole text, not a headline above it."""
    assert read_article(Article(id="a", text=HEADLINE)).headline is None
    assert read_article(Article(id="a", text=f"{HEADLINE}\n\n  \n")).headline is None


def test_page_that_is_not_news_has_no_headline() -> None:
    text = "Page Not Found On Kessel Gazette\n\nSorry, the page you requested could not be found."
    reading = read_article(Article(id="a", text=text))
    assert reading.skipped is not None
    assert reading.headline is None


# The digest: a place of its own, the articles untouched ---------------------------------


def test_headline_is_carried_beside_the_article_which_stays_as_given() -> None:
    articles = [Article(id="gazette", source="Gazette", text=UNTITLED)]
    digest = summarize.summarize([*articles, Article(id="wire", text=ECHO)])
    assert digest.articles[0] == articles[0]
    assert digest.articles[0].title is None
    [headline] = digest.headlines
    assert (headline.article, headline.text) == ("gazette", HEADLINE)
    assert digest.article("gazette").text[headline.start : headline.end] == headline.text
    assert digest.display_title("gazette") == HEADLINE
    assert digest.display_title("wire") is None


def test_article_with_a_title_keeps_its_title_and_gets_no_headline() -> None:
    digest = summarize.summarize(_titled())
    assert digest.headlines == ()
    assert digest.display_title("gazette") == "Ferry aground"


def test_display_title_of_an_unknown_article_raises_key_error() -> None:
    with pytest.raises(KeyError):
        _digest().display_title("nowhere")


# Renderings --------------------------------------------------------------------------


def test_text_and_markdown_show_the_headline_where_they_show_a_title() -> None:
    digest = _digest({"id": "wire", "source": "Wire", "text": ECHO})
    text, markdown = digest.to_text(), digest.to_markdown()
    assert f"Gazette [1]: {HEADLINE}" in text
    assert f"1. Gazette: *{HEADLINE}*" in markdown
    assert f"### Gazette [1]: {HEADLINE}" in markdown
    assert "Wire [2]:" not in text  # no title, no headline: the source alone


def test_html_shows_the_headline_as_the_page_and_column_title() -> None:
    page = _digest({"id": "wire", "source": "Wire", "text": ECHO}).to_html()
    assert f"<title>{HEADLINE}</title>" in page
    assert page.count(HEADLINE) >= 2


def test_batch_contents_name_a_story_by_its_headline() -> None:
    digest = _digest({"id": "wire", "source": "Wire", "text": ECHO})
    document = render_batch([digest], "markdown")
    [entry] = [line for line in document.splitlines() if line.startswith("1. [")]
    assert HEADLINE in entry


def test_renderings_of_titled_articles_are_byte_identical_to_before() -> None:
    """Titles given by the user win: the headline changes nothing where a title exists."""
    digest = summarize.summarize(_titled())
    without = Digest(
        articles=digest.articles,
        per_source=digest.per_source,
        merged=digest.merged,
        options=digest.options,
        disagreements=digest.disagreements,
        exclusives=digest.exclusives,
        quotes=digest.quotes,
    )
    for render in (Digest.to_text, Digest.to_markdown, Digest.to_html, Digest.to_json):
        assert render(digest) == render(without)
    assert "headlines" not in json.loads(digest.to_json())


# JSON ----------------------------------------------------------------------------------


def test_headlines_round_trip_through_json() -> None:
    digest = _digest({"id": "wire", "source": "Wire", "text": ECHO})
    data = json.loads(digest.to_json())
    assert list(data)[-1] == "headlines"
    assert data["headlines"][0]["text"] == HEADLINE
    assert Digest.from_json(digest.to_json()) == digest


def test_json_without_headlines_reads_as_none() -> None:
    """A document written before the key existed loads, with no headlines."""
    data = json.loads(_digest().to_json())
    del data["headlines"]
    assert Digest.from_json(json.dumps(data)).headlines == ()


def test_json_headline_that_does_not_slice_its_article_is_refused() -> None:
    data = json.loads(_digest().to_json())
    data["headlines"][0]["end"] += 1
    with pytest.raises(InputError, match=r"headlines\[0\]"):
        Digest.from_json(json.dumps(data))


def test_json_headline_for_an_article_with_a_title_is_refused() -> None:
    data = json.loads(_digest().to_json())
    data["articles"][0]["title"] = "Ferry aground"
    with pytest.raises(InputError, match="has a title"):
        Digest.from_json(json.dumps(data))


# Each rule's edge, on the line alone (opening_headline called as the pipeline calls it) ---

REST = f"{LEAD}\n\nThe harbour master said the channel would reopen on Friday."


def _headline(text: str, boilerplate: tuple[Boilerplate, ...] = ()) -> TextSpan | None:
    return opening_headline(text, boilerplate, split_sentences(text))


@pytest.mark.parametrize(
    ("first", "found"),
    [
        ("Ferry Aground In Fog", True),  # four words: the fewest
        ("Ferry Aground Again", False),  # three: a label
        # sixteen words: the most
        (
            "Kessel Ferry Merrow Runs Aground In Thick Fog Off The Point As Lifeboat Crews "
            "Bring Passengers",
            True,
        ),
        # seventeen: a teaser
        (
            "Kessel Ferry Merrow Runs Aground In Thick Fog Off The Point As Lifeboat Crews "
            "Bring Passengers Ashore",
            False,
        ),
    ],
)
def test_headline_has_four_to_sixteen_words(first: str, found: bool) -> None:
    assert (_headline(f"{first}\n\n{REST}") is not None) is found


@pytest.mark.parametrize("end", [",", ";", "-", "\u2013", "\u2014", ":"])
def test_line_ending_as_a_lead_in_is_no_headline(end: str) -> None:
    assert _headline(f"Kessel Ferry Runs Aground In Fog {end}\n\n{REST}") is None
    assert _headline(f"Kessel Ferry Runs Aground In Fog{end}\n\n{REST}") is None


def test_line_four_fifths_in_capitals_is_not_shouted() -> None:
    """Shouted means more than four letters in five are capitals: acronyms are allowed."""
    text = "UK AND EU SIGN FERRY deal\n\nThe UK and the EU signed a ferry deal on Monday."
    assert _headline(text) is not None


def test_line_without_a_letter_or_digit_is_no_headline() -> None:
    assert _headline(f"* * * * *\n\n{REST}") is None


def test_headline_sharing_exactly_two_content_words_with_the_lead_is_one() -> None:
    """Two shared content words (stemmed) name the story; one does not."""
    two = "Fog Strands Kessel Ferry Passengers\n\nThe ferry left Kessel late. Rain fell."
    one = "Fog Strands Kessel Ferry Passengers\n\nThe boat left Kessel late. Rain fell."
    assert _headline(two) is not None
    assert _headline(one) is None


def test_stop_words_shared_with_the_lead_do_not_make_a_headline() -> None:
    """Words such as "what", "they" and "did" name no story, in any case."""
    text = "What They Did Then Was Right\n\nWhat they did then, nobody knows. Rain fell."
    assert _headline(text) is None


def test_roman_numeral_in_a_headline_is_a_word_like_any_other() -> None:
    """The sentences after the line are read as they are, nothing put between them."""
    text = "Pope Leo XX Visits Brennock Abbey\n\nCrowds met the pope. Rain fell."
    assert _headline(text) is None  # "pope" is the only word it shares


def test_only_the_first_line_is_the_headline_candidate() -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\nThe harbour master said the channel would reopen on Friday."
    headline = _headline(text)
    assert headline is not None
    assert headline.text == HEADLINE


def test_white_space_after_the_headline_is_not_part_of_it() -> None:
    text = f"{HEADLINE}   \t\n\n{REST}"
    assert _headline(text) == TextSpan(0, len(HEADLINE), HEADLINE)


def test_boilerplate_beside_the_headline_but_not_on_it_leaves_it_a_headline() -> None:
    text = f"\n\n{HEADLINE}\n\n{REST}"
    start, end = 2, 2 + len(HEADLINE)
    assert _headline(text, (Boilerplate(0, start, "navigation"),)) is not None
    assert _headline(text, (Boilerplate(end, end + 2, "navigation"),)) is not None
    assert _headline(text, (Boilerplate(end - 1, end + 2, "navigation"),)) is None
    assert _headline(text, (Boilerplate(0, start + 1, "navigation"),)) is None


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ('The mayor said "no."', False),  # a stop inside closing quotes
        ("(He was 84.)", False),
        ("The council voted on \u2018the plan\u2019", True),
        ("Apple Unveils iPhone X", True),
        ("What Next For Kessel?", False),
        ("", True),
    ],
)
def test_headline_shaped_reads_the_stop_before_closing_quotes_and_brackets(
    text: str, shaped: bool
) -> None:
    assert headline_shaped(text) is shaped
