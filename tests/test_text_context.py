"""Sentences that lean on the text around them, and so read wrongly as an exclusive."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize import Article
from summarize.text import leans_on_context, opens_on_pronoun, stands_alone, subject_points_back
from summarize.text._context import (
    _LIKE_BEFORE,
    _OWN_VOICE,
    _THIS_THING,
    _names_one_before,
    _repeats_a_run,
)


@pytest.mark.parametrize(
    "text",
    [
        "He said the bridge would reopen in May.",
        "She left the port authority a year later.",
        "They added that the ferries would keep running.",
        "But they added that the ferries would keep running.",
        "That's part of a wider quarrel over the harbour.",
        "Those plans were shelved after the flood.",
        "The two engineers may not have convinced the council.",
        "Another resident said the water rose within minutes.",
        "The other known causes include rust and salt.",
        "In 2019, he moved to the port authority.",
        "For the harbour board and its critics, that is the real question.",
    ],
)
def test_an_opening_that_points_back_leans_on_context(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is a figure that once seemed out of reach.",
        "It was the worst flood the harbour had seen in a century.",
        "Each morning my daughter takes the ferry to school.",
        "We eat too much salt and sleep too little.",
        "If you skip the month by the fifth, your card is not charged.",
        "I gained my figures from the maker's own safety sheet.",
    ],
)
def test_the_writers_own_voice_outside_quotation_marks_leans_on_context(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Monday.",
        "It is unclear whether the bridge will reopen in May.",
        "It was not immediately clear when the ferries would run again.",
        "It remains to be seen whether the pier will hold.",
        "It's up to the council to decide when the bridge reopens.",
        "This week the council voted to close the pier.",
        '"We will rebuild the terminal by spring," said Ada Ode, the port director.',
        '"I was on the pier when it fell," said Ivo Brandt, a ferry hand.',
        '"We will rebuild the whole terminal by the spring.',
        "Ferries ran from the north pier all afternoon.",
        "The US coast guard closed the channel on Friday.",
        "Veterans of World War I laid a wreath at the pier.",
        "Both runways reopened on Tuesday after the storm.",
        "Another 40 people were rescued from the water near the north pier.",
        '"It could take weeks before the water recedes," said Ada Ode, the port director.',
        "The pier will stay shut, the harbour master told us on Monday.",
    ],
)
def test_a_sentence_that_names_what_it_speaks_of_does_not(text: str) -> None:
    assert not leans_on_context(text)


def test_regression_a_headline_glued_to_its_repeat_was_an_exclusive() -> None:
    """A headline printed twice before the story's first line read as one long claim."""
    glued = (
        "Storm Closes Harbour Bridge For Repairs Storm Closes Harbour Bridge For Repairs "
        "The harbour bridge closed on Monday."
    )
    assert leans_on_context(glued)
    assert not leans_on_context("Storm closes the harbour bridge for repairs on Monday.")


def test_regression_a_garbled_opening_mark_was_an_exclusive() -> None:
    """A line whose opening quotation mark was printed as '?' read as a claim."""
    assert leans_on_context('?We need more ferries!," the mayor wrote online.')
    assert not leans_on_context('"We need more ferries!," the mayor wrote online.')


_SHARED = "The harbour bridge closed on Monday after engineers found rust on two cables."


def test_regression_exclusives_listed_pronoun_openings_and_the_writers_own_voice() -> None:
    """Exclusives read away from their article: "They added ..." and "my son ..." were listed."""
    wire = Article(
        id="wire",
        text=f"{_SHARED} Port officials said ferries would run every ten minutes. "
        "They added that the toll would be waived until March. "
        "Each morning my son takes the ferry and I worry about the crossing. "
        "Shops near the bridge reported fewer customers within a week.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Repairs are expected to cost four million euros.",
    )
    digest = summarize.summarize([wire, post], exclusives=9, merged=1)
    shown = [c.text for c in digest.exclusive(wire.source)]
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert "They added that the toll would be waived until March." not in shown
    assert not any("my son" in text for text in shown)


def test_exclusives_of_another_language_are_not_held_to_the_english_word_lists() -> None:
    """The words that point back are known in English only: a set read as French keeps them."""
    wire = Article(
        id="wire",
        text=f"{_SHARED} They added that the toll would be waived until March.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Repairs are expected to cost four million euros.",
    )
    added = "They added that the toll would be waived until March."
    english = summarize.summarize([wire, post], exclusives=9, merged=1)
    french = summarize.summarize([wire, post], exclusives=9, merged=1, language="french")
    assert added not in [c.text for c in english.exclusive(wire.source)]
    assert added in [c.text for c in french.exclusive(wire.source)]


@pytest.mark.parametrize("time", ["This week", "This decade", "These days", "That morning"])
def test_a_time_a_demonstrative_names_points_back_for_neither_test(time: str) -> None:
    """Exclusives and shown lines read one list of times: "This decade" points nowhere."""
    from summarize.text import stands_alone

    text = f"{time} the ferry carried more riders than the bridge."
    assert not leans_on_context(text)
    assert stands_alone(text)


@pytest.mark.parametrize("word", ["this", "that", "these", "those"])
def test_a_demonstrative_points_back_for_both_tests_from_one_list(word: str) -> None:
    """Exclusives and shown lines read one list of demonstratives: each points back
    before a noun in both tests, and names a time in both ("Those weeks ...")."""
    from summarize.text import stands_alone
    from summarize.text._content import DEMONSTRATIVES

    assert word in DEMONSTRATIVES
    pointing = f"{word.capitalize()} plans angered the ferry crews."
    assert leans_on_context(pointing)
    assert not stands_alone(pointing)
    timed = f"{word.capitalize()} weeks the ferry carried more riders than the bridge."
    assert not leans_on_context(timed)
    assert stands_alone(timed)


def test_such_points_back_for_exclusives_only() -> None:
    """ "Such" is no demonstrative of the shared list: it opens a shown line, not an exclusive."""
    from summarize.text import stands_alone

    text = "Such plans angered the ferry crews."
    assert leans_on_context(text)
    assert stands_alone(text)


def test_regression_an_exclusive_named_this_method_or_these_passports_of_the_text_before() -> None:
    """Exclusives such as "The researchers tested this method in the north." were listed:
    read away from their article, nobody knows which method."""
    assert leans_on_context("The crews tested this method on the north pier.")
    assert leans_on_context("A small number of these passports held old visas.")
    assert leans_on_context("Republicans have not been part of these talks.")


# The writer's own voice as first written: _OWN_VOICE is this, rewritten for speed.
_OWN_VOICE_AS_WRITTEN = re.compile(
    r"(?<![Ww]ar )\bI(?:'m|\u2019m|'ve|\u2019ve)?\s+[a-z]|"
    r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours|[Mm]y)\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried more riders this week than the bridge.",
        "Fares rose this past year by a fifth.",
        "Ferry crews in this country earn less than bus drivers.",
        "At this point the harbour board has no plan.",
        '"We will fix this mess by spring," said Ada Ode, the port director.',
    ],
)
def test_a_demonstrative_that_names_its_own_time_place_or_speaker_does_not_lean(
    text: str,
) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    ["I think so.", "War I ended.", "World War I was long.", "I\u2019ve seen it.", "I'm here",
     "Iran said", "We left.", "Owe us", "yours truly", "your", "yourself", "you'll see",
     "my", "Amy left", "Tommy", "(we)", "_we_", "éwe", "ours.", "our", "I\tknow", "XI said",
     "Ward I went", "war Ione", "I", ""],
)  # fmt: skip
def test_the_fast_own_voice_pattern_finds_what_the_written_one_finds(text: str) -> None:
    """Words of each alternative, inside other words, after "War", at the ends."""
    assert (_OWN_VOICE.search(text) is None) == (_OWN_VOICE_AS_WRITTEN.search(text) is None)


@given(st.text(alphabet="IiWwOoYyMmeursaAbvr '\u2019\t\n.-_1\u00e9", max_size=12))
def test_the_fast_own_voice_pattern_matches_the_written_one_on_any_text(text: str) -> None:
    """Any text of the letters and marks the two patterns read: found by both or neither."""
    assert (_OWN_VOICE.search(text) is None) == (_OWN_VOICE_AS_WRITTEN.search(text) is None)


def _repeats_as_written(body: str) -> bool:
    words = re.findall(r"\w+", body.lower())
    runs = [tuple(words[at : at + 5]) for at in range(len(words) - 4)]
    return len(set(runs)) < len(runs)


@given(st.lists(st.sampled_from(["the", "The", "dam", "held", "rain", "eased", "and"]),
                max_size=14).map(" ".join))  # fmt: skip
def test_a_repeated_run_is_found_with_or_without_the_count_of_repeated_words(body: str) -> None:
    """The count of repeated words only skips texts that cannot repeat a run of five."""
    assert _repeats_a_run(body) == _repeats_as_written(body)


def test_quoted_words_between_this_and_its_noun_still_point_back() -> None:
    """Quoted words are taken out before "this method" is looked for, leaving a gap:
    "this "quick" method" still names a method named before."""
    assert leans_on_context('The crews tested this "quick" method on the north pier.')


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Fares rose this quarter by a tenth.", False),
        ("At this moment the harbour board has no plan.", False),
        ("At this stage the harbour board has no plan.", False),
        ("Fares rose these days by a tenth.", False),
        ("The ferry resumes this Friday after repairs.", False),
        ("The board called this pointless delay a scandal.", True),
        ("The crews passed these stages without trouble.", True),
        ("The board read those plans twice.", False),
        ("The board said that crews were tired.", False),
    ],
)
def test_a_demonstrative_further_on_points_back_before_a_lower_case_noun_of_no_time(
    text: str, leans: bool
) -> None:
    """'this' and 'these' before a word in lower case that names no time or stage point
    back; a whole word is excluded ('point', not 'pointless'), a name is not a thing
    named before, and 'that' and 'those' are not read further on."""
    assert leans_on_context(text) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("", False),
        ("   ", False),
        ("(They later sold the ferry.)", True),
        ("[He left the port in May.]", True),
        ("(The crews later sold the ferry.)", False),
    ],
)
def test_an_empty_text_stands_and_a_pointer_inside_a_bracket_leans(text: str, leans: bool) -> None:
    """Nothing to read leans on nothing; a bracket that opens the sentence is passed over
    to find the word that points back."""
    assert leans_on_context(text) is leans


@pytest.mark.parametrize(
    "text",
    [
        '"They left the gate open all night," said Ada Ode, the port director.',
        '"He ran the night shift for years," said Ivo Brandt, a ferry hand.',
        '"It\'s two metres from the quay wall," Ivo Brandt said on Sunday.',
        "\u201cThis is a matter for the harbour board,\u201d Ada Ode told reporters.",
        '"These cranes are older than the pier," she said.',
        '"But she asked me to thank the crews for their work."',
        "It is ready to take the place of the old ferry.",  # "to": ready, as something is
        "It was quite easy to spot him on the pier.",
        "It's almost as if the ferry never left.",
        '"They\u2019ve kept to the timetable.',
    ],
)
def test_regression_quoted_words_that_open_on_a_word_pointing_back_were_exclusives(
    text: str,
) -> None:
    """Quoted words that open on "They", "He", "It's", "This" or "These" were exclusives:
    with the speaker named, the reader still cannot tell who or what they speak of."""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        '"It\'s quite clear that the pier needs new piles," said Ada Ode, an engineer.',
        '"It is absurd that the ferry costs more than the train," she said.',
        '"It seems very odd that the gate was left open," he said.',
        '"It will take years to rebuild the pier," said Ada Ode, the port director.',
        "It took five weeks for the council to approve the budget.",
        "It is untrue that the council hid the report, the mayor said.",
        '"This session, we passed a budget that keeps the ferries running," the mayor said.',
        '"We will rebuild it," said Ada Ode, the port director.',
        '"I saw the crane fall," said Ivo Brandt.',
    ],
)
def test_an_empty_it_or_the_speakers_own_words_open_quoted_words_that_stand_alone(
    text: str,
) -> None:
    """An "it" that holds the place of a clause ("It's clear that ...", "It will take years
    to ..."), a time ("This session") and the speaker's "I" or "we" point back at nothing."""
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was 10 p.m. on a Friday in May.",
        "It was a cold, wet morning in Kessel.",
        "It had been raining in the harbour town for two days.",
        "It was just after dawn on Sunday, June 8.",
        "It has been a wet and windy week in Kessel.",
        "It is late.",
        "It was 2019.",
    ],
)
def test_regression_a_line_that_only_sets_a_scene_was_shown_as_a_claim(text: str) -> None:
    """A line of a time, a date or the weather after "It was" was shown as a merged line:
    alone, it tells nothing."""
    from summarize.text import stands_alone
    from summarize.text._scene import sets_a_scene

    assert sets_a_scene(text)
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a crime.",  # a word of something else
        "It was 29 days old.",
        "It was late in the night when the crane fell onto the pier.",
        "There were 240 people on board the ferry.",
        "It is now 9.1% of the budget.",
        "The morning was cold and wet in Kessel.",  # no "It was"
        "It was a cold morning, a bright day, a wet night, a long week and a late hour.",  # long
    ],
)
def test_a_line_of_a_time_with_more_to_say_is_no_scene(text: str) -> None:
    from summarize.text._scene import sets_a_scene

    assert not sets_a_scene(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here are the five ferries that will keep running.",
        "Here\u2019s how the council reached that figure.",
        "Here is the harbour master's full statement on the closure.",
        "Below, the six changes the new timetable brings.",
    ],
)
def test_regression_a_line_that_points_at_what_the_page_shows_was_an_exclusive(
    text: str,
) -> None:
    """A line that opened "Below, the ..." was listed as an exclusive: it names what the
    page shows beside it, which the digest does not."""
    assert leans_on_context(text)


def test_here_inside_a_sentence_or_as_a_place_is_no_pointer_at_the_page() -> None:
    assert not leans_on_context("The ferries stop here less often since the bridge opened.")
    assert not leans_on_context("Hereford council closed the bridge on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board had asked its members to lift limits on such crossings.",
        "The port of Brennock has kept a similar rule since the storm.",
        "The coast guard has similarly said the channel will stay shut.",
        "Inspectors recommend the same checks for the north pier.",
        "In a speech on Monday, the mayor of Kessel urged the same.",
        "The ferry company likewise cut its fares in May.",
    ],
)
def test_regression_a_sentence_likening_its_thing_to_one_named_before_was_an_exclusive(
    text: str,
) -> None:
    """'such crossings', 'a similar rule', 'the same checks': alone, the reader cannot tell
    what they are like."""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ports such as Kessel and Brennock closed on Monday.",
        "The new ferry will never draw the same crowds as the old one did.",
        "Both ferries sailed on the same day from the north pier.",
        "The ferry hands struck, and \u201csuch a walkout\u201d had not happened in years.",
        "The bridge and the tunnel closed at the same time on Monday night.",
    ],
)
def test_a_likeness_the_sentence_names_itself_stands_alone(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Is there a night ferry?" he asked, before she told him there was none.',
        "\u201cWell, first of all,\u201d the mayor said, \u201cwhat do you mean by closed?\u2019",
        'In a speech at the quay in 1990, the harbour master asked, "Who will pay for it?"',
        '"Did the bridge need to close at all?" she added.',
    ],
)
def test_regression_a_quoted_question_with_nothing_else_was_an_exclusive(text: str) -> None:
    """Someone's question, quoted with only who asked it, was listed as an exclusive: a
    question states no fact."""
    assert leans_on_context(text)


def test_a_statement_that_a_quoted_question_closes_stands_alone() -> None:
    text = (
        "Floods closed the port of Kessel for a week and cut the town off from the coast "
        'road, prompting the mayor to ask: "What is wrong with our dams?"'
    )
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "In another, floodwaters swept through a care home on the quay, killing 12.",
        "Of those, 12 were children on the morning ferry.",
        "Among them, the harbour master said the pier was safe.",
        "In it, the mayor of Kessel said the pier would reopen in May.",
        "But in the other, the crew reached the shore unhurt.",
        "For one, the ferry costs less than the bridge toll.",
    ],
)
def test_regression_an_opening_phrase_without_its_noun_was_an_exclusive(text: str) -> None:
    """'In another, floodwaters swept ...' was listed as an exclusive: another what?"""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "In all, 40 people died in the floods around Kessel.",
        "At first, the pier held against the storm.",
        "In one case, the ferry ran aground off Brennock.",
        "In 2019, the port of Kessel opened a second pier.",
    ],
)
def test_an_opening_phrase_with_its_own_noun_stands_alone(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear how much was raised on that site for the ferry crew.",
        "Deputies said the people living in that home sold tickets for the ferry.",
        "Inspectors found rust in that section of the Kessel pier.",
    ],
)
def test_regression_that_thing_after_a_preposition_was_an_exclusive(text: str) -> None:
    """'... donated on that site' was listed as an exclusive: which site?"""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rule is unusual in that it binds every ferry in Kessel.",
        "The new hull's strength was similar to that of steel in the tests.",
        "A crew member led a sit-in that forced the harbour board to act.",
        "The harbour board said that ferries would run on Monday.",
    ],
)
def test_that_as_a_conjunction_or_a_pronoun_points_nowhere(text: str) -> None:
    """'in that it ...', 'similar to that of ...', 'a sit-in that forced ...', 'said that'."""
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's help the ferry crews through this hard time.",
        "Please, let us remember the crews who died off Kessel.",
        "So let\u2019s see how the pier came to fall.",
        "Take the ride from Kessel to Brennock with the night crew.",
        "Check out the harbour board's site for the new fares.",
        "Picture a storm: waves over the pier and the ferries tied up.",
    ],
)
def test_regression_the_writer_urging_the_reader_on_was_a_merged_claim(text: str) -> None:
    """A fundraising page's 'Let's help ... through this hard time' led a merged claim."""
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Let\'s go home," the captain said at the quay.',
        "Let's rebuild the pier,\" the mayor wrote on Monday.",
        "Letters from the ferry crews arrived on Monday.",
        "Get Out played to full halls in Kessel all summer.",
        "Meet the Press put the question to the mayor on Sunday.",
    ],
)
def test_an_appeal_someone_is_quoted_making_or_a_word_like_it_stands_alone(text: str) -> None:
    assert stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please keep the ferry crews in your thoughts this week.",
        "Please note that the night ferry leaves from the north pier.",
        "Click on the map to see the new ferry routes.",
        "Do not miss the last ferry home on Sunday.",
    ],
)
def test_regression_a_plea_or_a_pointer_to_the_page_was_a_merged_claim(text: str) -> None:
    """'Please keep ... in your thoughts' led a merged line; 'Click on ...' was an exclusive."""
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pleased with the vote, the mayor opened the pier.",
        "Clicks on the fare site doubled in May.",
        '"Please come home," the captain told the crews.',
        "Doctors at the port clinic treated nine crew members.",
    ],
)
def test_words_like_a_plea_that_are_news_stand_alone(text: str) -> None:
    assert stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union's press office sent the following statement to the Kessel Courier:",
        "Here are the new ferry fares for the summer, as the board set them:",
        'The mayor, who spoke at the quay on Monday, said:"',
    ],
)
def test_regression_a_lead_in_ending_on_a_colon_supported_a_claim(text: str) -> None:
    """'The group's publicist sent the following statement:' supported the news it
    introduced: the statement comes after it."""
    from summarize.text import states_nothing

    assert states_nothing(text)
    assert not states_nothing(text.rstrip(':"') + ".")


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("Harbour fares rise again", True),  # four words, no full stop: a heading
        ("Storm hits Pier X", True),
        ("Fares rose again...", True),  # cut off
        ("Fares rose again\u2026", True),
        ("", True),
        ("   ", True),
        ("Fares rose again.", False),
        ("Rain eased.", False),
        ("Rain eased!", False),
        ("Why now?", False),
        ("The harbour board raised ferry fares", False),  # five words say something
    ],
)
def test_states_nothing_is_a_short_heading_or_a_fragment_cut_off(text: str, nothing: bool) -> None:
    from summarize.text import states_nothing

    assert states_nothing(text) is nothing


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("The council approved the budget on Monday.", True),
        ("The council approved the budget on Monday\u2026", False),  # cut off
        ("The council approved the budget on Monday...", False),
        ("Is the dam safe now after the storm?", False),  # a question of its own
        ('The mayor asked: "Is the dam safe now?"', True),  # one it reports
        ("The council approved the budget on Monday", False),  # no full stop: a heading
    ],
)
def test_stands_alone_needs_a_full_stop_and_no_question_of_its_own(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone


_PIECES_BEFORE = ["this", "These", "that", "at", "In", "such", "SUCH", "as", "a", "similar",
                  "Similarly", "likewise", "LIKEWISE", "the", "same", "day", "method", ".",
                  " ", "\u0130", "\u0131", "\u017f", "\u212a", "u", "ch", "imilar"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES_BEFORE), max_size=10).map("".join))
def test_the_words_looked_for_first_never_hide_a_thing_named_before(text: str) -> None:
    """The cheap test of the words "this method" and "such trips" need gives the patterns'
    answer: with the long s for "s" ("\u017fuch"), a dotted or dotless i ("\u0130", "\u0131")
    and the Kelvin sign for "k", which the patterns read as those letters when case is
    ignored."""
    expected = bool(_THIS_THING.search(text) or _LIKE_BEFORE.search(text))
    assert _names_one_before(text) == expected


@pytest.mark.parametrize(
    "text",
    ["They took \u017fuch trips.", "A s\u0131milar warning came.", "A S\u0130MILAR plan.",
     "Li\u212aewise the port.", "They took such trips.", "The crews tested this method."],
)  # fmt: skip
def test_a_thing_named_before_is_found_in_letters_that_only_ignored_case_reads(
    text: str,
) -> None:
    assert _names_one_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two harbour writers share their views on the ferry advert below.",
        "An easy way to book is on the Kessel port site (click here).",
        "Alternatively, catch up later on the ferry channel using the link above.",
    ],
)
def test_regression_a_pointer_to_the_page_below_or_a_link_was_an_exclusive(text: str) -> None:
    """A sentence that ends on what the page shows, or sends to a link, is no one's news."""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferries are free for riders aged 65 and above.",
        "The water stayed below the harbour wall.",
        "The crews were filmed from above.",
    ],
)
def test_above_or_below_that_is_no_pointer_to_the_page(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "WAS A CONVICTED FERRY THIEF.",
        "FREE HARBOUR TIDE APP DOWNLOADED BY SEARCHING KESSEL IN YOUR APP STORE.",
    ],
)
def test_regression_a_line_in_capitals_was_an_exclusive(text: str) -> None:
    """A headline, a teaser or a broadcast transcript in capitals is no sentence of news."""
    assert leans_on_context(text)


def test_a_sentence_with_acronyms_is_not_in_capitals() -> None:
    assert not leans_on_context("NATO and the U.S. agreed on the new KESSEL ferry rules.")


@pytest.mark.parametrize(
    "text",
    [
        "6 was a day of darkness for the harbour,\u201d Ada Ode told reporters.",
        "13 , 17 This limited success could be due to the ferry timetable.",
        "2. This does not mean the ferry will run again in May.",
        "1 of 26 Full Screen Autoplay Close A look back at the Kessel ferry.",
    ],
)
def test_regression_a_sentence_cut_after_an_abbreviation_or_a_note_was_an_exclusive(
    text: str,
) -> None:
    """A bare number and a verb, a comma or a list's stop: the text was cut ("Jan. | 6 was")."""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "15 ferries ran on Monday despite the storm.",
        "3,000 people were evacuated from Kessel.",
        "2020 was a hard year for the ferry crews.",
    ],
)
def test_a_number_that_opens_a_whole_sentence_is_no_cut(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is-- going to be a vote on the pier and-- and the ferry in May.",
        "We will keep the the -- the ferry running all winter.",
        "The harbour is \u2014 is the town's last employer.",
    ],
)
def test_regression_a_transcript_stammer_was_an_exclusive(text: str) -> None:
    """A word said twice across a dash is speech from a transcript, shown with no speaker."""
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry -- the old one from Kessel -- sank in May.",
        "The ferry\u2014the old one\u2014sank in May.",
        "Ada Ode ran the well-known pier cafe for a decade.",
        "Fares rose 10-10.5% on the Kessel ferry in May.",
    ],
)
def test_a_dash_between_two_words_is_no_stammer(text: str) -> None:
    assert not leans_on_context(text)


def test_regression_it_likely_before_a_participle_pointed_nowhere() -> None:
    """ "It was likely carved ..." speaks of a thing named before; "It is likely that" does not."""
    assert leans_on_context('"It was likely carved in revenge for the sinking of the ferry.')
    assert leans_on_context("It is likely painted over before the ferry season.")
    assert not leans_on_context("It is likely that the pier will reopen in May.")
    assert not leans_on_context("It is unlikely to reopen before the ferry season.")


@pytest.mark.parametrize(
    "text",
    [
        "Both men deny taking the ferry's keys.",
        "Right now, both officers are standing on the pier.",
        "But both women were rescued from the ferry.",
        "Both were pulled from the harbour by the lifeboat.",
        "Both of them left the board in May.",
    ],
)
def test_regression_an_exclusive_spoke_of_both_men_named_before(text: str) -> None:
    assert leans_on_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both the harbour board and the council backed the new pier.",
        "Both Ada Ode and Ivo Brandt deny taking the ferry's keys.",
        "Both men and women queued for the first ferry.",
        "In Kessel, both the pier and the quay flooded.",
        "The ferry and the tug both sank within a mile of Kessel.",
        "Both ferries sailed from the north pier at dawn.",
    ],
)
def test_both_before_the_names_it_joins_does_not_lean(text: str) -> None:
    assert not leans_on_context(text)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("It also fined the Kessel ferry company.", True),
        ("But they closed the pier.", True),
        ("Instead, the crews closed the pier.", True),
        ("This time, the board closed the pier.", True),
        ("The woman closed the pier on Monday.", True),
        ("The former president closed the pier.", True),
        ("The woman's boat left the pier.", False),  # the boat, a thing
        ("That pier closed on Monday.", False),  # a demonstrative names its kind
        ('"It was a hard night," Ada Ode said.', False),  # quoted words, their speaker named
        ("It is unclear whether the pier will reopen.", False),
        ("Harbour master Ada Ode closed the pier.", False),
    ],
)
def test_subject_points_back_reads_the_shapes_whose_subject_no_one_can_tell(
    text: str, points: bool
) -> None:
    assert subject_points_back(text) is points


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ('Will the board keep its "open pier" rule for the ferries?', False),
        ("Will the board keep its \u201copen pier\u201d rule for the ferries?", False),
        ('The flood led the mayor to ask: "Is the dam safe now?"', True),
        ("The flood led the mayor to ask: \u201cIs the dam safe now?\u201d", True),
    ],
)
def test_regression_a_question_quoting_a_term_read_as_a_reported_question(
    text: str, alone: bool
) -> None:
    """The quoted term closes before the question mark: the writer asks, and states nothing."""
    assert stands_alone(text) is alone


@pytest.mark.parametrize(
    "text",
    [
        "Well, it means that in every case, they were spies,\u201d Ada Ode asserted.",
        "No, they did not close the pier.",
        "Look, he said the ferry was safe.",
    ],
)
def test_regression_a_speakers_well_before_a_pronoun_hid_that_the_line_points_back(
    text: str,
) -> None:
    """'Well, it means that ... they were spies," Ada Ode asserted.' was read as naming
    its subject: a speaker's opening word ('Well,', 'No,', 'Look,') stood before the pronoun."""
    assert opens_on_pronoun(text)


@pytest.mark.parametrize(
    "text",
    ["No one knew the pier was shut.", "Well-known sailors left the pier.", "Now Ada Ode runs it."],
)
def test_an_opening_word_that_names_its_subject_does_not_point_back(text: str) -> None:
    assert not opens_on_pronoun(text)
