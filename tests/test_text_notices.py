"""Sentence clutter: each shape on text written here, and the news sentences like it that stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.records import Article
from summarize.text import content_sentences, sponsored
from summarize.text._notices import (
    _PLATFORM,
    SENTENCE_REASONS,
    _may_be_platform,
    page_notice,
    sentence_clutter,
)
from summarize.text._pointers import _MEDIA, _ends_on_media_cue, newsroom_line, points_away

LEAD = "The harbour bridge reopened on Monday after a two-week closure, the council said."


def kept(text: str) -> list[str]:
    return [s.text for s in content_sentences(Article(id="a", text=text))]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # captions and credits
        ("Image copyright Wire Photos Image caption Ferry crews waited at the pier", "caption"),
        ("Media caption The harbour master explains the closure", "caption"),
        ("Photo: Left: Jane Roe/Wire. Right: Tom Poe/Agency.", "caption"),
        ("In this March 3, 2019 file photo, the mayor walks across the bridge.", "caption"),
        ("In this Friday, Oct. 4, 2024, photo, ferries wait at the quay.", "caption"),
        ("FILE - In this 2019 photo, the council meets in Brennock.", "caption"),
        ("Ferry crews gather on the pier as the bridge reopens in Brennock,... (AP)", "caption"),
        ("A crane lifts a girder at the quay... (Associated Press)", "caption"),
        ("The mayor speaks at the quay, in this May 2, 2018 file photo.", "caption"),
        ("The wreck is shown in this police photo released on Tuesday.", "caption"),
        ("AFP/Jane Roe A diver holds up a rusted bolt from the girder.", "caption"),
        ("In this image released by the studio, the actor appears as a ferry pilot.", "caption"),
        ("This undated photo provided by the council shows the old pier.", "caption"),
        ("A sketch released of a man seen near the pier on the night of the fire.", "caption"),
        # embedded posts
        (
            "The bridge is open again! pic.twitter.com/Ab12Cd34 \u2014 Brennock Council "
            "(@brennockcouncil) June 23, 2013",
            "embedded-post",
        ),
        ("\u2014 Jane Roe (@janeroe) March 4, 2021", "embedded-post"),
        ("Jane Roe (@janeroe) March 4, 2021", "embedded-post"),
        ("2/2 This is the last ferry of the night.", "embedded-post"),
        # the items of a gallery or of a list of videos
        ("Hide Caption 3 of 6 Photos: The old pier The pier in 1944, before the fire.", "caption"),
        ("Photos: The old pier Photos: The old pier Divers check the pilings in May.", "caption"),
        ("JUST WATCHED Ferry runs aground Replay More Videos ...", "caption"),
        ("COLD SNAP Ice on the harbour | 0:46 The harbour froze over on Monday.", "caption"),
        (
            "(Jan. 8) Wire 3 of 40 Skip in Skip x Embed x Share CLOSE COLD SNAP Ice on the "
            "harbour | 0:46 The harbour froze over on Monday.",
            "caption",
        ),
        ("(1/3) We are on the bridge now.", "embedded-post"),
        # platform and site notices
        (
            "You can add location information to your Tweets, such as your city, from the web.",
            "notice",
        ),
        (
            "Add Harbours as an interest to stay up to date on the latest Harbours news, "
            "video, and analysis from Coast News.",
            "notice",
        ),
        ("Sign up for our alerts to stay informed about the latest breaking news.", "notice"),
        ("By registering, you agree to our Terms of Service and Privacy Policy.", "notice"),
        ("Please enable JavaScript to watch this video.", "notice"),
        ("You always have the option to delete your location history.", "notice"),
        # an embedded player's error, in the place of the video
        ("This feature is not available right now.", "notice"),
        ("This video is no longer available.", "notice"),
        ("Please try again later.", "notice"),
        ("Try again in a few minutes.", "notice"),
        ("Subscribe now to continue reading.", "notice"),
        ("You have reached your limit of free articles this month.", "notice"),
        ("--------- Sign up for the evening newsletter.", "call-to-action"),
        ("You must pick a newsletter to subscribe to.", "call-to-action"),
        # promotions
        ("This week's Coast Weekly is on sale now.", "promotion"),
        ("For the full interview, pick up this week's copy of Coast Weekly.", "promotion"),
        ("Download the Coast News app for iPhone and Android now!", "promotion"),
        ("Get the Harbour TV app for iPhone & iPad!", "promotion"),
        (
            "Or, keep up-to-date on the latest news and weather with the Coast 7 apps "
            "for iPhone, Android and Kindle.",
            "promotion",
        ),
        (
            "Get new episodes of the shows you love the next day, stream live TV, and "
            "watch full seasons anytime with Coast+.",
            "promotion",
        ),
        (
            "Coast Tonight Special: Ada Ode anchors from the harbour on Monday and "
            "Tuesday at 6:30pm ET.",
            "promotion",
        ),
        # notes on the story itself, and thanks to the reader
        ("This story first appeared in the May 3 issue of Coast Weekly magazine.", "notice"),
        ("An edited version of this article first appeared on Harbour Review.", "notice"),
        ("This article was originally published by The Coast Ledger.", "notice"),
        ("This post has been updated.", "notice"),
        ("Version of this story first appeared in the Coast Ledger.", "notice"),
        ("An earlier version of this post gave the wrong name for the ferry.", "notice"),
        (
            "A version of this article appeared May 3, 2020, on page A11 of the Coast Ledger.",
            "notice",
        ),
        ("Thank you for subscribing.", "notice"),
        ("Thanks for signing up!", "notice"),
        # contact lines
        ("Jane Roe can be reached at jroe@paper.example.", "byline"),
        ("Follow Jane Roe on Twitter @janeroe.", "byline"),
        # a link that quotes the title it leads to
        ('CLICK HERE to find out more about "The Harbour Files."', "call-to-action"),
        ('Tap here to watch "Bridge Down" in full.', "call-to-action"),
        # the page sending its reader elsewhere
        ("For a full list of the ferry times, click here.", "call-to-action"),
        ("To read the council's report, please click below.", "call-to-action"),
        ("Click below to sign the petition for the bridge.", "call-to-action"),
        ("Please check your email and click on the link to confirm.", "call-to-action"),
        ("If you need help with your account, please visit our help centre.", "call-to-action"),
        ("To do so, read more on our harbour topic page.", "call-to-action"),
        ("Follow the count on our live blog for updates all night.", "call-to-action"),
        ("We have sent a confirmation email to {* emailAddress *}.", "call-to-action"),
        # credits of those who helped
        ("The Wire Service contributed to this report.", "byline"),
        ("Staff writers Ada Ode and Ivo Ode in Kessel contributed to this story.", "byline"),
        ("Ada Ode contributed reporting to this article from Kessel.", "byline"),
        ("(Additional reporting by Ada Ode in Kessel; Writing by Ivo Ode)", "byline"),
        ("Additional reporting by Ada Ode.", "byline"),
        ("Reporting by Ada Ode; Editing by Ivo Ode", "byline"),
    ],
)
def test_clutter_shape(sentence: str, reason: str) -> None:
    """Each shape is clutter, for the reason documented in SENTENCE_REASONS."""
    assert reason in SENTENCE_REASONS
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence that mentions a platform, a post or a magazine is still news
        "The mayor announced the reopening on Twitter on Monday morning.",
        "In a tweet, the council said the bridge would reopen on Monday.",
        "The magazine's latest issue, on sale Thursday, puts the bridge on its cover.",
        "Coast Weekly said its sales rose by a third this year.",
        "Sales of the magazine fell after the editor resigned in March.",
        "Readers can pick up copies of the report at the library.",
        "The council's newsletter will carry the new ferry timetable, the mayor said.",
        # an app, a show, a listing or a story's history in the news
        "Ada Ode co-founded the ferry app, which sold tickets to a million riders.",
        "She built an app for harbour pilots and sold it to the port in 2019.",
        "Riders can download timetables from the council's website.",
        "The mayor made the announcement on the pier at 11 a.m. ET on Monday.",
        "The last episode of the series aired in March, and its sales fell.",
        "The report was updated in May after the council found new figures.",
        "The first account of the crash appeared in the Coast Ledger on Monday.",
        "This report first found that the bridge had cracked in 2019.",
        "Thank you notes piled up at the ferry terminal.",
        "The show airs on Coast TV every week, and its host anchors the news.",
        "Crews began repairs on the pier at 6:30 p.m. ET on Monday.",
        # a gallery's or a player's words in prose
        "The photos: two of them show the pier before the fire.",
        "She scored in 13 of 23 games and skipped the final.",
        "Fans asked for a replay of the final, and more videos of the goal.",
        # captions' words in prose
        "In this case, the photo was taken by a neighbour from her window.",
        "The photographer said the image shows the girder before it fell.",
        "Reuters/Ipsos polling shows support for the bridge at 61 percent.",
        "A photo released by the council on Monday showed the pier in ruins.",
        "The other photo shows the pier from the sea, the council said.",
        "This is a picture of resilience, the mayor said, as the town shows its strength.",
        "Police said the suspect can be reached at a halfway house in Brennock.",
        # fractions and dates are not thread markers
        "9/11 changed how the port is guarded.",
        "3/4 of the ferries were back in service by noon.",
        # a long sentence that speaks of donations is a letter's or a statement's
        "Our volunteers will donate their time, and the funds will go to supplies, food and "
        "shelter for the families who lost their homes in the flood last week.",
        # a story about the web archive itself is news: archive words alone drop nothing
        "The Internet Archive said on Tuesday that it had saved 800 billion web pages.",
        # clicking, in news
        '"Click here" was the only button on the page, the engineer said.',
        "Users who click here and there on the map see the ferry routes.",
        "Residents who click on the link are sent to a fake bank site.",
        "The council's live blog drew 3,000 readers on election night.",
        "Please, the mayor told the crowd, go home before the storm.",
        # trying again and things not available, in news
        "The ferry company told riders to try again later in the week.",
        "She failed the exam twice and will try again later this year.",
        "The new feature is not available to riders outside the city.",
        "This feature is not available to riders who bought their tickets before May.",
        "Pleased with the vote, the mayor left the chamber at noon.",
        "Readers can read more on the council's website.",
        # contributing to a report or a story, in news
        "The agency contributed to the report on river levels.",
        "Donors contributed to this story of recovery across the valley for years.",
        "Her data contributed to this report's findings on ferry safety.",
        "Research by Kessel economists shows rents rose by a third.",
        "Reporting by the Courier found waste in the port budget.",
        LEAD,
    ],
)
def test_news_that_looks_like_clutter_stays(sentence: str) -> None:
    """No rule takes a sentence of news that only shares words with clutter."""
    assert sentence_clutter(sentence) is None


def test_caption_inside_a_flattened_page_is_left_out_and_offsets_stay_exact() -> None:
    """A page flattened into one line loses the caption and keeps the story around it."""
    text = (
        f"Image copyright Wire Photos Image caption Ferry crews waited at the pier. {LEAD} "
        "You can add location information to your Tweets, such as your city, from the web. "
        "Tolls will rise in May."
    )
    article = Article(id="a", text=text)
    sentences = content_sentences(article)
    assert [s.text for s in sentences] == [LEAD, "Tolls will rise in May."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_embedded_post_lines_leave_the_story() -> None:
    text = (
        f"{LEAD}\n\nWe are open! pic.twitter.com/Xy12Ab \u2014 Brennock Council "
        "(@brennockcouncil) June 23, 2013\n\nTolls will rise in May."
    )
    assert kept(text) == [LEAD, "Tolls will rise in May."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Our crawler has saved these pages to the web archive since 2001.", "archive"),
        ("These web captures are kept in the Wayback Machine.", "archive"),
        ("Sorry, the page you requested could not be found.", "error"),
        ("JavaScript is disabled in your browser.", "error"),
        ("This article is available only to subscribers.", "paywall"),
        ("The dam held on Monday.", None),
        ("The clerk archived the court filings on Monday.", None),
    ],
)
def test_page_notice(text: str, kind: str | None) -> None:
    assert page_notice(text) == kind


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Jane Roe (@janeroe)", "embedded-post"),
        ("Jane Roe is a Coast News staff writer.", "byline"),
    ],
)
def test_bare_signature_and_staff_note(sentence: str, reason: str) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor (@brennockmayor) did not reply to questions on Monday.",
        "Jane Roe is a Coast News reporter who covered the flood for a decade.",
    ],
)
def test_a_handle_or_a_reporter_inside_news_stays(sentence: str) -> None:
    assert sentence_clutter(sentence) is None


# Calls to action: each word limit, just under and just over ------------------------------


def _words(sentence: str) -> int:
    return len(sentence.split())


def _padded(opening: str, words: int) -> str:
    """``opening`` padded with words of news to ``words`` words, with a stop."""
    pad = ["ferry", "crews", "at", "the", "harbour"] * words
    return " ".join([*opening.split(), *pad[: words - _words(opening)]]) + "."


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a question asking the reader to sign up: 12 words at most, no "you" needed
        ("Enjoyed this newsletter?", "call-to-action"),
        (
            "Interested in more stories about the harbour bridge and the ferry newsletter?",
            "call-to-action",
        ),
        (
            "Interested in more stories about the harbour bridge and the weekly ferry newsletter?",
            None,
        ),
        # longer, the question must speak to the reader of a subscription (15 words at most)
        (
            "Would you like the harbour newsletter with news of the bridge and ferries?",
            "call-to-action",
        ),
        ("Would you like to join the conversation about the harbour bridge and ferries?", None),
        (
            "Interested in more stories about the old harbour bridge, the ferries and the weekly "
            "town newsletter?",
            None,
        ),
        # an imperative: 8 words at most, or speaking to the reader, or of a subscription
        ("Share this story with a friend on Monday.", "call-to-action"),
        ("Share this story with a friend on Monday morning.", None),
        ("Share this story with your neighbours on the harbour front tonight.", "call-to-action"),
        # a sentence of neither shape: 15 words at most, speaking to the reader of a subscription
        (
            "The harbour desk sends our weekly newsletter to every house on the quay each Monday.",
            "call-to-action",
        ),
        (
            "The harbour desk sends our weekly newsletter to every house on the old quay "
            "each Monday.",
            None,
        ),
    ],
)
def test_call_to_action_word_limits(sentence: str, reason: str | None) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(("words", "reason"), [(40, "call-to-action"), (41, None)])
def test_an_imperative_of_over_40_words_is_a_statement_not_a_call_to_action(
    words: int, reason: str | None
) -> None:
    sentence = _padded("Subscribe to the newsletter for", words)
    assert _words(sentence) == words
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Would you like the harbour newsletter with news of the bridge and all the ferries?",
            "call-to-action",
        ),
        (
            "Would you like the harbour newsletter with news of the old bridge and all "
            "the ferries?",
            None,
        ),
    ],
)
def test_a_question_to_the_reader_about_a_subscription_has_15_words_at_most(
    sentence: str, reason: str | None
) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Jane Roe can be reached at jroe@paper.example or at the harbour desk on the quay.",
            "byline",
        ),
        (
            "Jane Roe can be reached at jroe@paper.example or at the harbour desk on the old quay.",
            None,
        ),
    ],
)
def test_a_contact_line_has_15_words_at_most(sentence: str, reason: str | None) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("2/3 The ferry is running late tonight.", "embedded-post"),
        ("3/3 The ferry is running late tonight.", "embedded-post"),
        # the first number greater than the second: a ratio or a date, not a thread
        ("3/2 The ferry is running late tonight.", None),
    ],
)
def test_thread_marker_counts_up_to_its_total(sentence: str, reason: str | None) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("A crane lifts a girder at the quay\u2026 (Associated Press)", "caption"),
        ("Crowds gather on the pier FILE - In this town, the ferry is always late.", "caption"),
        # an ellipsis or a word in capitals alone is no caption
        ("The mayor paused... then spoke about the pier.", None),
        ("The mayor paused\u2026 then spoke about the pier.", None),
        ("The FILE party won two seats on the harbour board.", None),
    ],
)
def test_caption_cut_short_or_opened_mid_sentence(sentence: str, reason: str | None) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # a caption's credit glued to the page's headline and standfirst after it
        ("| AP Photo Kessel council picks a harbour master Few expected the vote.", "caption"),
        ("AP Photo Ferry fares rise again The harbour board said costs grew.", "caption"),
        ("Getty Images Crowds gather on the pier as the ferry sails.", "caption"),
        # the words of a credit in prose
        ("AP photo editor Ada Ode said the pier was closed.", None),
        ("The AP Photo desk said it would review the picture.", None),
        ("Reuters reported that the pier was closed on Monday.", None),
    ],
)
def test_regression_a_credit_glued_to_a_headline_was_shown_as_a_claim(
    sentence: str, reason: str | None
) -> None:
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Thank you for supporting the campaign to rebuild the Kessel pier.", "notice"),
        ("Thank you for your support.", "notice"),
        ("Thank you for signing the petition to save the ferry!", "notice"),
        ("Coast Radio transcripts are created on a rush deadline by a contractor.", "notice"),
        ("This text may not be in its final form and may be updated.", "notice"),
        ("The authoritative record of Coast Radio's programming is the audio record.", "notice"),
        # someone's thanks, a transcript or a record in the news
        ('"Thank you for supporting us," the mayor said.', None),
        ("Thank you for your service, the mayor told the veterans.", None),
        ("The court transcript was released on Monday.", None),
        ("Transcripts of the hearing were released on Monday.", None),
        ("The plan may not be in its final form until May, officials said.", None),
        ("The plan may not be in its final form until May.", None),
        ("The authoritative record of the vote is kept by the clerk.", None),
    ],
)
def test_regression_a_petitions_thanks_and_a_transcripts_note_were_shown_as_claims(
    sentence: str, reason: str | None
) -> None:
    assert sentence_clutter(sentence) == reason


def test_a_short_link_that_is_no_post_link_is_news() -> None:
    assert sentence_clutter("Shortened links such as t.co/abc hide where they lead.") is None


@pytest.mark.parametrize(("length", "reason"), [(2000, "caption"), (2001, None)])
def test_a_sentence_over_2000_characters_is_never_judged(length: int, reason: str | None) -> None:
    """A run of text that long is a page the splitter could not cut, not a sentence."""
    opening = "Image copyright Wire Photos Image caption "
    sentence = opening + "x" * (length - len(opening))
    assert len(sentence) == length
    assert sentence_clutter(sentence) == reason
    assert sentence_clutter("  --  ") is None  # decoration alone leaves nothing to judge


def test_a_post_with_both_kinds_of_link_is_an_embedded_post() -> None:
    sentence = "The council posted pic.twitter.com/Ab12Cd34 and t.co/Xy12Ab34 on Monday."
    assert sentence_clutter(sentence) == "embedded-post"


def test_a_sentence_with_every_reporting_verb_is_reported() -> None:
    """The reader rules yield to a reporting verb however many of them the sentence holds."""
    sentence = (
        "The mayor says, and aides said and told reporters, that the app tells users, "
        "according to its guide, that you can change your location settings."
    )
    assert sentence_clutter(sentence) is None
    assert sentence_clutter("You can change your location settings.") == "notice"


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribe accordingly to our newsletter.",
        "Sign up for our newsletter, unsaid until now.",
    ],
)
def test_a_word_that_only_holds_a_reporting_verb_reports_nothing(sentence: str) -> None:
    """The words "accordingly" and "unsaid" hold no reporting verb: the reader rules apply."""
    assert sentence_clutter(sentence) == "call-to-action"


# Pointers to the page's media and ways to reach the newsroom -------------------------------


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Watch it here.", "call-to-action"),
        ("Read the council's letter to the ferry operators here.", "call-to-action"),
        ("Watch the harbour master's briefing in the clip above.", "call-to-action"),
        ("You can listen to the radio call below:", "call-to-action"),
        ("(Read more about the span's history here.)", "call-to-action"),
        ("The timetable is long, and you can find it here.", "call-to-action"),
        ("Call 555-201-3344 with information about the crash.", "byline"),
        ("Call Courier reporter Jane Roe at (555) 201-3344.", "byline"),
        ("Contact Jane Roe: 555.201.3344 or jroe@paper.example.", "byline"),
        ("For more news on the harbour, follow @janeroe.", "byline"),
        ("Follow her on Twitter: @janeroe.", "byline"),
        ("Twitter: @janeroe", "byline"),
        ("E-mail: jroe@paper.example", "byline"),
        ("Follow her at paper.example/janeroe.", "byline"),
        ("Contact us at desk@paper.example.", "call-to-action"),
        ("Jane Roe is the lead harbour reporter.", "byline"),
        ("Roe reported from Brennock.", "byline"),
        ("Jane Roe and Tom Poe reported from Kessel, Ode.", "byline"),
        ("Stay with the Courier for updates.", "call-to-action"),
        ("Stay tuned to courier.example for the latest on the bridge.", "call-to-action"),
        # what the page prints below or above, said in the passive; a reading sent elsewhere
        ("The 2020 timetables are also provided below for reference.", "call-to-action"),
        ("The full ruling is embedded below.", "call-to-action"),
        ("The council's letter is reproduced in full above.", "call-to-action"),
        (
            "For more about the fare rules, see this guide by the Kessel Ferry Board: "
            "Fares and Passes.",
            "call-to-action",
        ),
        ("For more on the span's history, read our explainer.", "call-to-action"),
        (
            "Call Courier reporter Jane Roe at 555-201-3344, email her at jroe@paper.example "
            "or follow her on Twitter: @janeroe.",
            "byline",
        ),
    ],
)
def test_a_pointer_or_a_contact_line_is_clutter(sentence: str, reason: str) -> None:
    """Regression: "Read <a letter> here." and "Call <number> with information" were exclusives."""
    assert sentence_clutter(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        # here, above and below in news
        "We will find out what happened here.",
        "Divers could see the wreck below.",
        "Temperatures in the valley fell to 28 below.",
        "Let's see how the council got here.",
        "The mayor said residents can read the report at the library.",
        "Viewers saw the ferry sink below the waves.",
        # numbers, handles and following in news
        "Police said 555 people called the hotline on Monday.",
        "The council's account, @brennockcouncil, posted the timetable at noon.",
        "Ferry crews will follow the new route from Monday.",
        "Anyone with information should contact the harbour police at 555-201-3344.",
        "Twitter: the platform where the council posts its notices, said a spokesman.",
        # reporters, staying and following in news
        "Jane Roe is the lead harbour reporter who broke the story in 2019.",
        "Roe reported from Brennock that the span had cracked.",
        "The BBC's correspondent reported from Kessel on Monday.",
        "Crews will stay with the ferry for the night.",
        "Fans who follow her on tour pay for their own tickets.",
        # printed below, shown above, and "for more" in news
        "Water levels are listed below normal for the season.",
        "The new fares are shown below the old ones on every ticket machine.",
        "Wages were provided below the legal minimum, the inspectors said.",
        "For more than a decade, ferries have sailed from the pier.",
        "For more about the rules, the board said, passengers should see the ticket office.",
    ],
)
def test_news_with_words_of_pointers_or_contacts_stays(sentence: str) -> None:
    assert sentence_clutter(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Call Courier reporter Jane Roe at 555-201-3344, email her at jroe@paper.example or "
            "follow her on Twitter at the handle @janeroe or on the other sites.",
            "byline",
        ),
        (
            "Call Courier reporter Jane Roe at 555-201-3344, email her at jroe@paper.example or "
            "follow her on Twitter at the handle @janeroe or on the other two sites.",
            None,
        ),
    ],
)
def test_a_contact_line_with_a_number_has_25_words_at_most(
    sentence: str, reason: str | None
) -> None:
    assert sentence_clutter(sentence) == reason


def _pointer(sentence: str) -> bool:
    return points_away(sentence, sentence.lower())


def test_regression_a_sentence_opening_with_stay_is_no_pointer_unless_it_keeps_the_reader() -> None:
    assert sentence_clutter("Stay times at the shelter rose to nine days in March.") is None
    assert not _pointer("Stay times at the shelter rose to nine days in March.")
    assert _pointer("Stay with Coast News for the latest on the storm.")


def test_please_stay_with_the_site_for_updates_points_away() -> None:
    assert _pointer("Please stay with Coast News for the latest on the storm.")
    assert _pointer("Please stay tuned to Harbour Radio for updates.")


def test_a_pointer_that_holds_every_cue_word_is_still_a_pointer() -> None:
    """The cue words only spare the patterns; a sentence with all of them is read too."""
    assert _pointer("Please click here or tap {{ link }} to read more on our live blog.")
    assert _pointer("Watch the views from above and below the dam here.")
    credit = "Reporting by Jane Roe and research by Tom Poe; Ivo Brandt contributed to this report."
    assert newsroom_line(credit, credit.lower(), len(credit.split()))
    assert sentence_clutter(credit) == "byline"


_CREDITED = [
    ("Jane Roe", "Kessel"), ("Tom Poe", "Ode"), ("Ivo Brandt", "Brennock"), ("Ada Lusk", "Lanton"),
    ("Ben Hale", "Marsh"), ("Cy Dunn", "Fenby"), ("Di Tull", "Arden"), ("Ed Wick", "Coldby"),
    ("Flo Rusk", "Esk"), ("Gus Marr", "Tarn"), ("Hal Penn", "Rye"), ("Ivy Cobb", "Sale"),
    ("Jo Lamb", "Hove"), ("Kit Moss", "Wem"),
]  # fmt: skip


def test_a_credit_line_is_a_byline_up_to_sixty_words() -> None:
    names = ", ".join(f"{name} in {town}" for name, town in _CREDITED)
    sixty = f"{names} contributed to this report."
    sixty_one = f"{names} all contributed to this report."
    assert (len(sixty.split()), len(sixty_one.split())) == (60, 61)
    assert sentence_clutter(sixty) == "byline"
    assert sentence_clutter(sixty_one) is None


@pytest.mark.parametrize(
    "text",
    ["Watch the video here.", "Read the full report below \u2193", "See the photos above:\n",
     "You can also listen to it HERE!", "(Watch below)", "Watch it here_"],
)  # fmt: skip
def test_a_media_pointer_ends_on_its_cue(text: str) -> None:
    """The cheap test before _MEDIA passes each sentence the pattern finds."""
    assert _MEDIA.search(text) is not None or text.endswith("_")
    assert _ends_on_media_cue(text.lower()) == (not text.endswith("_"))


@given(
    st.lists(st.sampled_from(["watch", "Read", "the", "video", "here", "HERE", "above",
                              "below", "there", ",", ".", ":", "!", " ", "\n", "_", "\u2193"]),
             max_size=8).map("".join)
)  # fmt: skip
def test_the_media_pattern_matches_only_where_the_cheap_test_passes(text: str) -> None:
    """Whatever _MEDIA finds ends on "here", "above" or "below" and marks alone."""
    if _MEDIA.search(text):
        assert _ends_on_media_cue(text.lower())


@pytest.mark.parametrize(
    "text",
    ["You can change your location settings at any time.",
     "By signing up you agree to our Terms of Service.",
     "Add Harbour News as an interest to get updates.",
     "To stay up to date, follow the latest coverage.",
     "YOU MAY ALWAYS EDIT YOUR PROFILE."],
)  # fmt: skip
def test_each_way_of_a_platform_notice_passes_the_cheap_test(text: str) -> None:
    """Each way of a platform's notice: the pattern matches and the cheap test lets it try."""
    assert _PLATFORM.search(text) is not None
    assert _may_be_platform(text.lower())


@given(
    st.lists(st.sampled_from(["you", "You", "can", "may", "agree", "to", "your", "Your", "edit",
                              "manage", "location", "data", "terms", "Privacy", "cookies",
                              "add", "Add", "as", "an", "interest", "stay", "informed", "with",
                              "latest", "BREAKING", "news"]), max_size=10).map(" ".join)
)  # fmt: skip
def test_the_platform_pattern_matches_only_where_the_cheap_test_passes(text: str) -> None:
    """Whatever _PLATFORM finds holds the words that _may_be_platform looks for."""
    if _PLATFORM.search(text):
        assert _may_be_platform(text.lower())


@pytest.mark.parametrize(
    "caption",
    [
        "Ferry hands coil ropes on the north pier of Kessel, Friday, Oct. 4, 2024.",
        "A crane lifts a girder onto the new span in Brennock, Tuesday May 6, 2025.",
        "Divers were checking the hull of a tug on Monday, Jan. 13, 2025, in Brennock.",
        "A ferry leaves the harbour at dawn, Wednesday, Sept. 10, 2025.",
        "(Published Thursday, July 3, 2025)",
    ],
)
def test_regression_a_caption_dated_as_an_agency_dates_pictures_was_an_exclusive(
    caption: str,
) -> None:
    """Captions of a gallery, each dated by weekday, month, day and year as a news agency
    writes them, were read as the story's sentences and listed as its exclusives."""
    assert sentence_clutter(caption) == "caption"
    after = "Ferries ran to the timetable all week."
    assert kept(f"{LEAD}\n\n{caption}\n\n{after}") == [LEAD, after]


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour office is seen before the mayor arrives to open the pier, January 20, 2025.",
        "The harbour master (R) speaks with crews after the drill in Kessel, April 2, 2025.",
        "Ferry crews (2nd L) are greeted by families on the quay in Brennock, May 16, 2024.",
        "Coast guards patrol outside the ferry terminal in Kessel, April 22, 2025.",
        "The mayor poses with crews after the race in Brennock, June 1, 2024.",
    ],
)
def test_regression_a_photo_caption_dated_at_its_end_was_a_merged_claim(caption: str) -> None:
    """Captions that close on the month written out, the day and the year, as some agencies
    date their pictures, and say in the present tense what the picture shows, were kept as
    prose: one was shown as a merged claim."""
    assert sentence_clutter(caption) == "caption"
    after = "Ferries ran to the timetable all week."
    assert kept(f"{LEAD}\n\n{caption}\n\n{after}") == [LEAD, after]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge opened to traffic in Brennock, January 20, 2025.",  # no picture verb
        "Crews gather at the pier on Sunday, October 5, 2025.",  # a weekday before the month
        "Crews gather at the pier every spring, the harbour master said, May 16, 2024.",
        "\u201cWe stand with the crews,\u201d the mayor wrote, June 1, 2024.",  # quoted
        "The crews (L) are greeted by families on the quay.",  # no date at its end
        "Crews gather at the pier in Kessel, April 22.",  # no year
    ],
)
def test_a_sentence_dated_at_its_end_that_shows_no_picture_is_prose(sentence: str) -> None:
    """A date at the end makes no caption without a picture's present tense or places, after a
    weekday, in a report or a quotation, or without its year."""
    assert sentence_clutter(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master set out the plan on the radio on Sunday, October 5, 2025.",
        "The council met on Thursday, and the vote came on Dec. 11, 2025.",  # apart
        "The bridge opened on Dec. 11, 2025, a Thursday.",  # no weekday before the month
        "The ferry sailed on Thursday, Dec. 11, at noon.",  # no year
    ],
)
def test_a_date_not_written_as_an_agency_dates_pictures_is_prose(sentence: str) -> None:
    """A month written out that the agency cuts short, a weekday apart from the date, a date
    without its weekday before it or without its year: prose."""
    assert sentence_clutter(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Let us know in comments or send an email to the author at jroe at wire dot com.",
        "Tell us in the comments.",
        "Please keep posting them in the comments.",
        "Share your thoughts on the new timetable in the comments below.",
        "You can email the author at jroe@wire.example.",
    ],
)
def test_regression_a_page_asking_for_comments_or_mail_was_an_exclusive(sentence: str) -> None:
    """A page's sign-off asking its reader for comments or mail was listed as an exclusive."""
    assert sentence_clutter(sentence) == "call-to-action"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said she would let us know in the comments she filed.",
        "Critics posted comments about the ferry on Monday.",
        "Riders left comments on the council's page all week.",
    ],
)
def test_comments_that_are_news_are_no_call_to_action(sentence: str) -> None:
    assert sentence_clutter(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Photo courtesy of Ada Ode.",
        "Image from the Kessel Harbour campaign.",
        "Photographs by Ivo Brandt",
        "Video provided by the Port of Kessel",
        "Photo courtesy of the harbour board's archive.",
    ],
)
def test_regression_a_line_naming_a_pictures_source_was_a_merged_claim(sentence: str) -> None:
    """'Image from the <campaign>.' led a merged claim: it only says where a picture is from."""
    assert sentence_clutter(sentence) == "caption"


@pytest.mark.parametrize(
    "sentence",
    [
        "Video from the pier went viral after the crash.",
        "Photo from the ferry company shows the hull.",
        "Images from the crash have circulated widely on social media.",
        "Video by Ada Ode, posted online, drew a crowd to the quay.",
        "Video from the scene shows flames.",
    ],
)
def test_a_sentence_about_a_picture_that_says_more_is_news(sentence: str) -> None:
    assert sentence_clutter(sentence) is None


def test_a_sponsors_paragraph_is_sponsored() -> None:
    """Each sentence of a paragraph that opens "A message from ...:" is the advertiser's."""
    page = (
        "The Kessel ferry sailed at dawn.\n\n"
        "** A message from the Kessel Ferry Company: Ferries carry the harbour's trade. "
        "Groups across the port agree: keep the ferries running. **\n\n"
        "Ada Ode, the harbour master, said the pier would reopen in May."
    )
    ad = page.index("Groups")
    news = page.index("Ada Ode")
    assert sponsored(page, ad)
    assert sponsored(page, page.index("Ferries carry"))
    assert not sponsored(page, news)
    assert not sponsored(page, 0)


def test_a_marked_sponsors_block_runs_on_over_paragraphs() -> None:
    """Between "**" marks, the advertiser's words run to the closing marks, not further."""
    page = (
        "The Kessel ferry sailed at dawn.\n\n"
        "** A message from the Kessel Ferry Company: Ferries carry the harbour's trade.\n\n"
        "Skippers and harbour boards all agree.\n\nVisit the company's page. **\n\n"
        "Ada Ode, the harbour master, said the pier would reopen in May."
    )
    assert sponsored(page, page.index("Skippers"))
    assert sponsored(page, page.index("Visit"))
    assert not sponsored(page, page.index("Ada Ode"))
    assert not sponsored(page, 0)


@pytest.mark.parametrize(
    "label",
    [
        "Sponsored by Kessel Lines:",
        "Paid for by the Brennock Pier Trust:",
        "A message from Ivo Brandt:",
    ],
)
def test_a_sponsors_label_opens_the_paragraph(label: str) -> None:
    page = f"{label} Fares are the lowest on the coast."
    assert sponsored(page, len(label) + 1)


def test_a_message_further_in_a_paragraph_is_no_sponsors_label() -> None:
    """A story that quotes a message is news: the label must open the paragraph."""
    page = "Ada Ode read a message from the mayor: the pier will close. Ferries will run."
    assert not sponsored(page, page.index("Ferries"))
