"""Issue 16's shapes of page furniture: each rule on text written here, with look-alikes."""

from __future__ import annotations

import pytest

from summarize.text import stands_alone
from summarize.text._clean import drop_boilerplate, find_boilerplate
from summarize.text._notices import sentence_clutter
from summarize.text._segment import split_sentences

STORY = "The Kessel ferry resumed sailing on Monday after a week of storms, the harbour board said."
MORE = "Fares on the Brennock route will stay at four pounds until spring."


def marked(text: str) -> list[tuple[str, str]]:
    """(reason, marked text) of every boilerplate span of ``text``."""
    return [(b.reason, text[b.start : b.end]) for b in find_boilerplate(text)]


def kept_texts(text: str) -> list[str]:
    return [s.text for s in drop_boilerplate(split_sentences(text), find_boilerplate(text))]


@pytest.mark.parametrize(
    "bar",
    [
        "share tweet pin email",
        "Share Tweet 3.2k total shares total shares",
        "Share Tweet 7.6k shares on Facebook shares on Facebook",
        "12 Comments 4.5K Shares",
    ],
)
def test_a_share_bar_with_its_counters_is_navigation(bar: str) -> None:
    """A share bar's buttons and counters on a line of their own name no story."""
    assert kept_texts(f"{bar}\n\n{STORY}\n\n{MORE}") == [STORY, MORE]


@pytest.mark.parametrize(
    "news",
    [
        "Twitter shares fell 5% on Monday.",
        "The video was shared 3,200 times on Facebook.",
        "Ada Ode shared the ferry timetable on Twitter.",
        "Share prices of Kessel Ferries rose.",
    ],
)
def test_a_sentence_about_shares_or_a_platform_is_news(news: str) -> None:
    assert kept_texts(f"{STORY}\n\n{news}") == [STORY, news]


def test_share_buttons_glued_before_a_line_are_a_prefix() -> None:
    """'SHARE COPY LINK The board ...': the buttons go, the sentence after them stays."""
    text = (
        f"{STORY}\n\nSHARE COPY LINK {MORE}\n\nFacebook Twitter Pinterest Photograph: Ivo Brandt/AP"
    )
    assert kept_texts(text) == [STORY, MORE]
    # a headline that names two platforms and prose that lists them are no buttons
    headline = "Facebook and Twitter Users Queue for the Kessel Ferry"
    assert marked(f"{headline}\n\n{STORY}") == []
    listing = "Facebook, Twitter and Pinterest all carried the harbour board's notice."
    assert kept_texts(f"{STORY}\n\n{listing}") == [STORY, listing]


def test_a_wiki_section_heading_with_its_edit_mark_is_navigation() -> None:
    text = f"History [ edit ]\n\n{STORY}\n\nReferences[edit]\n\n{MORE}"
    assert marked(text) == [
        ("navigation", "History [ edit ]"),
        ("navigation", "References[edit]"),
    ]
    edited = "Ada Ode will edit the harbour board's report [sic] by Friday."
    assert kept_texts(f"{STORY}\n\n{edited}") == [STORY, edited]


@pytest.mark.parametrize(
    "line",
    [
        "Read or share this story: https://example.com/kessel-ferry",
        'Subscribe To "Kessel Tonight" Channel HERE: http://example.com/kt',
        'Follow "Kessel Tonight" on Twitter HERE: http://example.com/kt-tw',
        "Like us at example.com/kesselnews",
        "More info: http://www.example.com/",
        "https://example.com/ferries",
    ],
)
def test_a_label_and_its_link_is_a_link_line(line: str) -> None:
    """A line that ends on a link after a short label points away, whatever it quotes."""
    assert marked(f"{STORY}\n\n{line}\n\n{MORE}") == [("links", line)]


@pytest.mark.parametrize(
    "news",
    [
        "The harbour board said fares will rise. https://example.com/fares",
        "Ada Ode, who runs the Brennock pier, said the channel would be dredged in May.",
        "Supporters of the new ferry route note that the board backed it before it opposed it:"
        " https://example.com/route",
    ],
)
def test_a_sentence_that_cites_a_link_or_names_a_channel_is_news(news: str) -> None:
    assert kept_texts(f"{STORY}\n\n{news}")[1] == news


@pytest.mark.parametrize(
    "card",
    [
        "Ada Ode (D-Kessel) Follow",
        "Sen. Ivo Brandt R-Brennock More",
        "Ada Ode, Democrat of Kessel More",
    ],
)
def test_a_name_card_with_party_state_and_a_more_or_follow_tail_is_navigation(card: str) -> None:
    assert marked(f"{STORY}\n\n{card}\n\n{MORE}") == [("navigation", card)]


def test_a_sentence_that_names_a_lawmaker_and_a_party_is_news() -> None:
    news = "Rep. Ada Ode (D-Kessel) said she would follow the ferry talks closely."
    more = "Sen. Ivo Brandt (R-Brennock) wants more ferries."
    assert kept_texts(f"{STORY}\n\n{news}\n\n{more}") == [STORY, news, more]


def test_a_one_sentence_caption_ending_on_its_agency_inside_the_text_is_a_caption() -> None:
    caption = "Ferry crews clear the quay at Kessel after the storm, Monday. (AP)"
    assert marked(f"{STORY}\n\n{caption}\n\n{MORE}") == [("caption", caption)]


def test_a_news_brief_that_ends_on_its_agency_is_kept() -> None:
    """A brief ends on its agency too: as the text's last line, or in more than one sentence."""
    brief = "The Brennock pier will reopen in May, the harbour board said. (AP)"
    assert kept_texts(f"{STORY}\n\n{brief}") == [STORY, brief]
    longer = "The Brennock pier shut. It will reopen in May, the board said. (AP)"
    assert kept_texts(f"{STORY}\n\n{longer}\n\n{MORE}")[1:3] == [
        "The Brennock pier shut.",
        "It will reopen in May, the board said. (AP)",
    ]


@pytest.mark.parametrize(
    "listing",
    [
        "Watch Kessel Tonight weeknights at 11:35 PM ET/10:35 PM CT.",
        "Kessel Tonight is the late show on KTV, airing at 11:35pm EST and streaming online.",
    ],
)
def test_a_channel_promoting_its_show_with_a_time_and_a_zone_is_a_promotion(listing: str) -> None:
    assert sentence_clutter(listing) == "promotion"


@pytest.mark.parametrize(
    "news",
    [
        "Crowds watched the ferry arrive at 9 a.m. ET.",
        "Ada Ode will watch the vote at 9 p.m. ET, her office said.",
        "The Kessel channel was dredged at 6 a.m. on Monday.",
    ],
)
def test_a_sentence_that_watches_at_a_time_is_news(news: str) -> None:
    assert sentence_clutter(news) is None


@pytest.mark.parametrize(
    "fragment",
    [
        "Charged with theft of a ferry ticket.",
        "Upgraded to the new timetable this morning.",
        "Moored at the Brennock pier for the winter.",
    ],
)
def test_a_participle_phrase_without_a_clause_does_not_stand_alone(fragment: str) -> None:
    """A charge sheet's or a post's line names no one and states nothing on its own."""
    assert not stands_alone(fragment)


@pytest.mark.parametrize(
    "news",
    [
        "Charged with theft, Ivo Brandt was freed on bail on Monday.",
        "Moored at the Brennock pier was the old Kessel ferry.",
        "Based on the tide tables, the harbour board moved the sailing to noon.",
        "Ada Ode charged with her crew into the flooded ferry terminal.",
    ],
)
def test_a_sentence_that_opens_on_a_participle_and_goes_on_stands_alone(news: str) -> None:
    assert stands_alone(news)


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("(KTV) A ferry sank off Kessel on Monday.", "A ferry sank off Kessel on Monday."),
        ("Kessel (KTV) Ada Ode said the pier would shut.", "Ada Ode said the pier would shut."),
        ("(KTV) -- Ferries stayed in port on Monday.", "Ferries stayed in port on Monday."),
        # look-alikes: an acronym after a name, which the sentence goes on from
        ("Ada Ode (MP) said the pier would shut.", "Ada Ode (MP) said the pier would shut."),
        (
            "The Kessel Harbour Board (KHB) shut the pier.",
            "The Kessel Harbour Board (KHB) shut the pier.",
        ),
    ],
)
def test_an_outlet_in_brackets_opening_the_lead_is_a_dateline(lead: str, kept: str) -> None:
    """'(CNN) A Detroit man ...' was shown with its outlet: the outlet goes, the lead stays."""
    assert kept_texts(f"{lead}\n\n{MORE}") == [kept, MORE]


def test_an_editors_note_with_a_curly_apostrophe_is_metadata() -> None:
    note = "Editor\u2019s note: This story has been revised."
    assert marked(f"{STORY}\n\n{note}\n\n{MORE}") == [("metadata", note)]


def test_a_dateline_dash_without_its_place_opening_the_lead_is_trimmed() -> None:
    """'\u2014 A judge's act ...' was shown with the dash its dropped place left."""
    lead = "\u2014 A ferry captain from Kessel rescued two swimmers on Monday."
    assert kept_texts(f"{lead}\n\n{MORE}") == [lead[2:], MORE]
    item = "- Check the ferry timetable before you travel."  # a list's hyphen stays
    assert kept_texts(f"{item}\n\n{MORE}")[0] == item
