"""A standfirst that restates the lead counts once; anything that adds news stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize import Article
from summarize.text import content_sentences
from summarize.text._segment import split_sentences
from summarize.text._standfirst import _Words, restated_opening

HEADLINE = "Floods Cut Off Kessel"
STANDFIRST = "Floods cut off the town of Kessel on Monday, stranding hundreds of families."
LEAD = (
    "Floods cut off the town of Kessel on Monday, stranding hundreds of families "
    "as the river Brann burst its banks after three days of rain."
)
BODY = (
    "Rescue crews reached the old town by boat in the afternoon. "
    "The council opened two schools as shelters."
)


def _texts(text: str) -> list[str]:
    return [s.text for s in content_sentences(Article(id="a", text=text))]


def test_standfirst_restated_by_the_lead_is_left_out() -> None:
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}")
    assert STANDFIRST not in texts
    assert LEAD in texts
    assert texts[0] == HEADLINE


def test_standfirst_without_a_headline_above_it_is_left_out() -> None:
    assert STANDFIRST not in _texts(f"{STANDFIRST}\n\n{LEAD} {BODY}")


def test_lead_restating_a_fuller_standfirst_is_the_one_left_out() -> None:
    """The fuller sentence is kept, whichever of the two comes first."""
    texts = _texts(f"{HEADLINE}\n\n{LEAD}\n\n{STANDFIRST} {BODY}")
    assert LEAD in texts
    assert STANDFIRST not in texts


def test_offsets_of_the_sentences_kept_are_exact_after_a_standfirst_is_left_out() -> None:
    text = f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}"
    sentences = content_sentences(Article(id="a", text=text))
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_restated_standfirst_no_longer_doubles_its_article_in_a_claim() -> None:
    echo = "The town of Kessel was cut off by floods on Monday, stranding hundreds of families."
    digest = summarize.summarize(
        [f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}", echo], per_source=3
    )
    shown = [s.text for s in digest.per_source[0].sentences]
    assert STANDFIRST not in shown


@pytest.mark.parametrize(
    "second",
    [
        # shares the names, says something new
        "Floods cut off the town of Kessel on Monday, and the mayor ordered an evacuation.",
        # another figure
        "Floods cut off the town of Kessel on Monday, stranding 300 families.",
        # a negation
        "Floods did not cut off the town of Kessel on Monday, stranding hundreds of families.",
        # another name
        "Floods cut off the town of Harrow on Monday, stranding hundreds of families.",
        # another verb: it happened again, not the same news
        "Floods cut off the town of Kessel again on Tuesday, stranding hundreds of families.",
    ],
)
def test_lead_followed_by_a_sentence_that_says_something_new_keeps_both(second: str) -> None:
    """False positives: a second sentence that shares names but adds news must stay."""
    first = "Floods cut off the town of Kessel on Monday, stranding hundreds of families."
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{second} {BODY}")
    assert first in texts
    assert second in texts


def test_quote_that_restates_the_lead_is_kept() -> None:
    """A quote is its speaker's words: the quote analysis needs it."""
    quote = '"Floods cut off the town of Kessel on Monday," the mayor said.'
    texts = _texts(f"{HEADLINE}\n\n{quote}\n\n{LEAD} {BODY}")
    assert quote in texts


def test_opening_that_shares_a_line_with_the_lead_is_no_standfirst() -> None:
    """A standfirst stands on a line of its own; a lead paragraph is left alone."""
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST} {LEAD} {BODY}")
    assert STANDFIRST in texts
    assert LEAD in texts


def test_body_sentence_restating_the_lead_further_down_is_kept() -> None:
    """Only the opening is judged: a later sentence that sums up stays."""
    recap = "Floods cut off the town of Kessel on Monday."
    texts = _texts(f"{HEADLINE}\n\n{LEAD}\n\n{BODY} {recap}")
    assert recap in texts


def test_short_sentences_are_never_compared() -> None:
    texts = _texts("Kessel Floods\n\nKessel flooded.\n\nKessel flooded on Monday. Rain fell.")
    assert "Kessel flooded." in texts


# Each rule's edge -------------------------------------------------------------------------


def test_standfirst_under_a_byline_and_headline_is_still_on_a_line_of_its_own() -> None:
    """Lines above the headline (a byline cleaning took out) do not share the standfirst's line."""
    texts = _texts(f"By Ada Vale\n{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD} {BODY}")
    assert STANDFIRST not in texts
    assert LEAD in texts


def test_standfirst_above_a_body_of_several_paragraphs_is_left_out() -> None:
    """Only the rest of its own line is read after a standfirst, not the paragraphs below."""
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST}\n\n{LEAD}\n\n{BODY}\n\nRain is due again.")
    assert STANDFIRST not in texts
    assert LEAD in texts


def test_opening_quotation_restated_by_the_lead_is_kept() -> None:
    quote = "\u201cFloods cut off the town of Kessel on Monday.\u201d"
    texts = _texts(f"{HEADLINE}\n\n{quote}\n\n{LEAD} {BODY}")
    assert quote in texts


@pytest.mark.parametrize("didnt", ["didn't", "didn\u2019t"])
def test_contracted_negation_the_lead_lacks_keeps_both(didnt: str) -> None:
    second = f"Floods {didnt} cut off the town of Kessel on Monday, stranding hundreds of families."
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST}\n\n{second} {BODY}")
    assert STANDFIRST in texts
    assert second in texts


def test_two_negated_sentences_restate_each_other_whatever_the_negation_word() -> None:
    """Negation is whether a sentence denies, not a word to find: "never" and "not" agree."""
    first = "The river never reached the old town of Kessel on Monday night."
    lead = (
        "The river did not reach the old town of Kessel on Monday night, "
        "though the water rose for hours."
    )
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{lead} {BODY}")
    assert first not in texts
    assert lead in texts


# Five content words are the fewest compared: "floods", "cut", "Kessel", "Monday", "rain".
FIVE = "Floods cut off Kessel on Monday after rain."
FOUR = "Floods cut off Kessel on Monday."


@pytest.mark.parametrize(("first", "dropped"), [(FIVE, True), (FOUR, False)])
def test_a_sentence_of_five_content_words_is_the_shortest_compared(
    first: str, dropped: bool
) -> None:
    lead = "Floods cut off Kessel on Monday after rain, and the council opened two shelters."
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{lead} {BODY}")
    assert (first not in texts) is dropped
    assert lead in texts


# Ten content words: one may be missing from the fuller sentence (one in ten), not a name.
TEN = "Heavy floods cut off the town of Kessel on Monday, stranding hundreds of farming families."
FULLER = (
    "Floods cut off the town of Kessel on Monday, stranding hundreds of farming families "
    "as the river Brann burst its banks after three days of rain."
)


def test_one_word_in_ten_may_be_missing_from_the_fuller_sentence() -> None:
    """The first word of a sentence is written with a capital without being a name."""
    texts = _texts(f"{HEADLINE}\n\n{TEN}\n\n{FULLER} {BODY}")
    assert TEN not in texts
    assert FULLER in texts


def test_one_missing_word_of_ten_that_is_a_name_keeps_both() -> None:
    first = (
        "Floods cut off the town of Kessel on Monday, stranding hundreds of farming families "
        "in Harrow."
    )
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{FULLER} {BODY}")
    assert first in texts


def test_one_missing_lower_case_word_of_ten_is_allowed() -> None:
    first = (
        "Floods cut off the town of Kessel on Monday, stranding hundreds of farming families "
        "overnight."
    )
    texts = _texts(f"{HEADLINE}\n\n{first}\n\n{FULLER} {BODY}")
    assert first not in texts


def test_of_two_sentences_with_the_same_words_the_opening_is_left_out() -> None:
    """When neither says more, the lead (the later one) is the sentence kept."""
    lead = "On Monday, floods cut off the town of Kessel, stranding hundreds of families."
    texts = _texts(f"{HEADLINE}\n\n{STANDFIRST}\n\n{lead} {BODY}")
    assert STANDFIRST not in texts
    assert lead in texts


def test_restated_opening_reads_english_by_default() -> None:
    text = f"{STANDFIRST}\n\n{LEAD} {BODY}"
    assert restated_opening(text, split_sentences(text)) == 0


# A standfirst above the dateline: the editor's summary of the story below, in words of
# its own, which would otherwise show as a second line for the lead's fact.
DEK = 'The "Merrow" captain was hailed by passengers after a storm stranded the boat overnight.'
DATELINED = "KESSEL (Wire) - " + LEAD


@pytest.mark.parametrize("above", ["", f"{HEADLINE}\n\n"])
def test_regression_a_standfirst_above_the_dateline_was_shown_as_a_claim(above: str) -> None:
    texts = _texts(f"{above}{DEK}\n\n{DATELINED} {BODY}")
    assert DEK not in texts
    assert LEAD in texts


@pytest.mark.parametrize(
    "opening",
    [
        # news added since, under a label: it stays
        "UPDATE: Rescue crews reached the last stranded families on Tuesday morning.",
        # a pull quote above the story is its speaker's words
        '"We never gave up hope," said Ada Ode, whose family was stranded for two days.',
    ],
)
def test_a_label_or_a_quotation_above_the_dateline_stays(opening: str) -> None:
    assert opening in _texts(f"{opening}\n\n{DATELINED} {BODY}")


def test_a_lead_above_a_file_pictures_caption_is_no_standfirst() -> None:
    """'FILE - In this ... photo' opens a caption; its dash is no dateline's."""
    caption = "FILE - In this May 2, 2021, file photo, a ferry docks at Kessel."
    texts = _texts(f"{LEAD}\n\n{caption}\n\n{BODY}")
    assert LEAD in texts


def test_a_sentence_above_a_later_paragraph_of_the_body_stays() -> None:
    """Only the opening sentence is read for a dateline under it."""
    second = "Ivo Brandt, the harbour master, said the river would crest on Tuesday."
    texts = _texts(f"{LEAD}\n\n{BODY}\n\n{second}\n\nKESSEL - {BODY}")
    assert second in texts
    assert LEAD in texts


_PIER_WORDS = (
    "The", "ferry", "Ferry", "pier", "Kessel", "Brennock", "reopened", "closed", "not",
    "never", "won't", "didn't", "on", "Monday", "3", "3.5", "2024", "crews", "harbour",
    "repaired", "the", "old", "north", "quay", "Ada", "Ode", "said", "again",
)  # fmt: skip


def _eager_restated_by(fewer: _Words, fuller: _Words) -> bool:
    """The rule as it read every part before the stems: the reference for the lazy one."""
    if not fewer.restatable or fewer.negated != fuller.negated:
        return False
    missing = fewer.stems - fuller.stems
    return (
        len(missing) <= len(fewer.stems) // 10
        and fewer.numbers <= fuller.numbers
        and not (missing & fewer.names)
    )


@given(
    st.lists(st.sampled_from(_PIER_WORDS), min_size=1, max_size=14),
    st.lists(st.sampled_from(_PIER_WORDS), min_size=1, max_size=14),
)
def test_the_stems_first_gives_the_eager_rules_answer(first: list[str], other: list[str]) -> None:
    """Reading negation, numbers and names only past the stems changes no answer."""
    a, b = " ".join(first) + ".", " ".join(other) + "."
    lazy = [_Words(a, "english").restated_by(_Words(b, "english"))]
    lazy.append(_Words(b, "english").restated_by(_Words(a, "english")))
    eager = [_eager_restated_by(_Words(a, "english"), _Words(b, "english"))]
    eager.append(_eager_restated_by(_Words(b, "english"), _Words(a, "english")))
    assert lazy == eager
