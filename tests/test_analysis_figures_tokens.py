"""A sentence's tokens as figures' contexts read them, and the stem each word adds to one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis._figures.predicates import lexicon_for
from summarize.analysis._figures.quantities import find_quantities, scan_quantities
from summarize.analysis._figures.scan import Scan
from summarize.analysis._figures.tokens import ContextTerms, SentenceTokens
from summarize.text._languages import stemmer

LEXICON = lexicon_for(stemmer("english"))


def tokens_of(text: str) -> tuple[SentenceTokens, Scan]:
    """The sentence's tokens made as the figures' reader makes them, with its scan."""
    ((_, quantities, scan),) = scan_quantities([text])
    return SentenceTokens(text, quantities, scan), scan


# --- SentenceTokens -----------------------------------------------------------------------


def test_the_readers_tokens_are_taken_as_they_are_when_nothing_splits_otherwise() -> None:
    tokens, scan = tokens_of("Nearly 30,000 people fled the city.")
    assert tokens.lows is scan.lows
    assert tokens.lows == ["nearly", "30,000", "people", "fled", "the", "city", "."]
    assert tokens.spans == [(0, 2)]
    assert tokens.inside == {0, 1}


def test_a_time_of_day_is_one_token_and_the_tokens_are_made_anew() -> None:
    tokens, scan = tokens_of("At 7:42 a.m. about 12 people fled.")
    assert tokens.lows is not scan.lows
    assert tokens.lows[:4] == ["at", "7:42", "a", "."]
    assert [q.text for q in tokens.quantities] == ["7:42 a.m.", "about 12"]
    assert tokens.spans == [(1, 6), (6, 8)]
    assert tokens.inside == {1, 2, 3, 4, 5, 6, 7}


def test_an_underscore_is_no_token_of_the_context() -> None:
    tokens, _ = tokens_of("The file_name had 12 rows.")
    assert tokens.lows == ["the", "file", "name", "had", "12", "rows", "."]
    assert tokens.spans == [(4, 5)]


def test_a_digit_other_than_0_to_9_is_no_token_of_the_context() -> None:
    text = "It had \u0663 and 12 rows."  # an Arabic-Indic three
    tokens, _ = tokens_of(text)
    assert tokens.lows == ["it", "had", "and", "12", "rows", "."]
    assert tokens.spans == [(3, 4)]


def test_a_colon_between_words_or_spaced_digits_keeps_the_readers_tokens() -> None:
    tokens, scan = tokens_of("Police said: 12 people fled at 7 : 40.")
    assert tokens.lows is scan.lows


def test_words_keep_inner_apostrophes_and_tokens_keep_their_offsets() -> None:
    text = "O'Neill\u2019s 12 men don't care."
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert tokens.lows == ["o'neill\u2019s", "12", "men", "don't", "care", "."]
    assert tokens.starts == [0, 10, 13, 17, 23, 27]
    assert tokens.ends == [9, 12, 16, 22, 27, 28]
    assert tokens.texts == ["O'Neill\u2019s", "12", "men", "don't", "care", "."]
    assert tokens.word(0) == "O'Neill\u2019s"


def test_a_figure_spans_every_token_of_its_hedge_number_and_unit_words() -> None:
    text = "Officials said more than $1.5 million was paid to 40 families."
    tokens = SentenceTokens(text, find_quantities(text), None)
    assert [(q.text, tokens.lows[a:b]) for q, (a, b) in zip(tokens.quantities, tokens.spans,
                                                            strict=True)] == [
        ("more than $1.5 million", ["more", "than", "$", "1.5", "million"]),
        ("40", ["40"]),
    ]  # fmt: skip
    assert tokens.inside == {2, 3, 4, 5, 6, 10}


def test_a_sentence_with_no_figures_has_no_spans() -> None:
    tokens = SentenceTokens("No figure here.", [], None)
    assert (tokens.spans, tokens.inside) == ([], set())


ALPHABET = st.sampled_from(
    [*"ab Z09:_.,'-$%\n", "\u2019", "\u0663", "\u0130", "\u00e9", "\u00b2", "\u0301", "\u212a",
     "\u017f", "\u00a0", "\u00bd", "12", "7:42", "one", "about"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=20).map("".join))
def test_passing_the_readers_scan_never_changes_the_tokens(text: str) -> None:
    made = SentenceTokens(text, [], None)
    taken = SentenceTokens(text, [], Scan(text, 0))
    assert (taken.lows, taken.starts, taken.ends) == (made.lows, made.starts, made.ends)


# --- ContextTerms -------------------------------------------------------------------------


def test_an_ordinary_word_adds_its_stem() -> None:
    terms = ContextTerms(LEXICON, {"the"})
    assert (terms["bridges"], terms["residents"], terms["repairs"]) == ("bridg", "resid", "repair")


def test_a_stop_word_a_number_a_letter_or_a_predicate_word_adds_nothing() -> None:
    terms = ContextTerms(LEXICON, {"the", "said"})
    for word in ("the", "said", "12", "1,500", "a", "x", "fled", "evacuated", "cost", "killed"):
        assert terms[word] == "", word


def test_a_word_with_a_mark_inside_adds_nothing() -> None:
    terms = ContextTerms(LEXICON, set())
    assert (terms["don't"], terms["co-op"]) == ("", "")


def test_a_word_is_a_stop_word_only_when_the_stop_list_says_so() -> None:
    assert ContextTerms(LEXICON, set())["the"] == "the"
    assert ContextTerms(LEXICON, {"the"})["the"] == ""


def test_two_letter_words_add_their_stem() -> None:
    assert ContextTerms(LEXICON, set())["uk"] == "uk"


def test_terms_are_kept_as_they_are_looked_up() -> None:
    terms = ContextTerms(LEXICON, {"the"})
    assert terms["bridges"] == "bridg"
    assert terms["the"] == ""
    assert dict(terms) == {"bridges": "bridg", "the": ""}
