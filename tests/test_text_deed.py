"""The doer and the deed a news sentence opens on, and the openings it refuses to read."""

from __future__ import annotations

import pytest

from summarize.text import deed
from summarize.text._deed import DOER_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer is the name's last word, the deed the verb's stem
        ("Ada Ode signed a bill to shut the pier.", ("ode", "sign")),
        ("Mayor Ada Ode signed a bill to shut the pier.", ("ode", "sign")),
        # an apposition between commas is set aside
        ("Ada Ode, the mayor of Kessel, signed a bill.", ("ode", "sign")),
        ("Ivo Brandt, 54, was found dead in his home.", ("brandt", "found")),
        # so are the time and place after the doer
        ("The harbour board on Monday voted to close the pier.", ("board", "vote")),
        ("The council in Kessel approved the budget.", ("council", "approv")),
        # a label or a dateline before the news
        ("The news: Ada Ode signed a bill to shut the pier.", ("ode", "sign")),
        ("KESSEL \u2014 The harbour board voted to close the pier.", ("board", "vote")),
        ("From the harbour news desk: Ada Ode signed a bill.", ("ode", "sign")),  # five words
        # a participle after an auxiliary, an adverb between
        ("The Kessel ferry has sunk off the harbour wall.", None),  # "sunk": not read
        ("Ada Ode has resigned as mayor of Kessel.", ("ode", "resign")),
        ("Ada Ode will formally sign the bill on Friday.", ("ode", "sign")),
        ("Ada Ode has not signed the bill.", ("ode", "sign")),
        ("Ada Ode has quietly signed the bill.", ("ode", "sign")),
        ("Ada Ode has now also formally approved the plan.", ("ode", "approv")),
        # four words read after an auxiliary at most
        ("Ada Ode has now also formally finally approved the plan.", None),
        # an auxiliary before a word that is no verb: no deed ("a" is one letter)
        ("Ada Ode has a plan for the pier.", None),
        ("The harbour board did Kessel proud.", None),
        ("Ada Ode will be the next mayor of Kessel.", None),
        # an adjective that looks like a past is part of the doer
        ("The embattled mayor resigned on Friday.", ("mayor", "resign")),
        ("A troubled ferry sank off the harbour wall.", ("ferry", "sank")),
        # a word of four letters in "-ed" is no past ("seed", "shed")
        ("The harbour seed bank closed on Monday.", ("bank", "close")),
        # a day right after the doer is no doer
        ("The harbour board Monday voted to close the pier.", ("board", "vote")),
        # "'s" for "has", with either apostrophe; a full stop of an abbreviation
        ("Ada Ode's already signed the bill.", ("ode", "sign")),
        ("Ada Ode\u2019s already signed the bill.", ("ode", "sign")),
        ("Kessel Ferry Co. raised its fares.", ("co", "rais")),
        # a first word in lower case opens the doer, even one that reads as a past
        ("eased rules lifted fares on Monday.", ("rules", "lift")),
        # a possessive's noun, with a remark in parentheses
        ("Ada Ode (D-Kessel) rejected the plan.", ("ode", "reject")),
        ("Kessel's mayor rejected the plan.", ("mayor", "reject")),
        # no deed: speech, being, a light verb, a pronoun doer, a quotation, a clause
        ("Ada Ode said the pier would close.", None),
        ("Ada Ode was the mayor of Kessel.", None),
        ("Ada Ode took office in January.", None),
        ("She signed the bill on Monday.", None),
        ('"We will rebuild," Ada Ode said.', None),
        ("When the pier closed, Ada Ode resigned.", None),
        ("After the vote, Ada Ode resigned.", None),
        # an apposition that no comma closes
        ("Ada Ode, the mayor of Kessel signed the bill.", None),
        # an office written as a noun is a doer
        ("The mayor signed the bill.", ("mayor", "sign")),
        # a bare verb after a modal, a participle after "be" after a modal
        ("Ada Ode did not sign the bill.", ("ode", "sign")),
        ("Ivo Brandt will be sentenced in May.", ("brandt", "sentenc")),
    ],
)
def test_the_doer_and_the_deed_an_opening_gives(text: str, expected: object) -> None:
    assert deed(text) == expected


def test_the_verbs_read_in_the_past_include_the_common_irregular_ones() -> None:
    assert deed("Ada Ode won the race for mayor.") == ("ode", "won")
    assert deed("Prices rose again in June.") == ("prices", "rose")


def test_an_auxiliary_with_no_participle_after_it_is_no_deed() -> None:
    # regression: the reading went on past "has" and took a later adjective for the verb
    assert deed("The ferry company has until Friday to answer the board's revised plan.") is None


def test_an_adverb_before_the_verb_is_no_doer() -> None:
    # regression: "also" was read as the doer of two unrelated openings
    assert deed("The harbour board also voted to close the pier.") == ("board", "vote")
    assert deed("Ada Ode quickly signed the bill.") == ("ode", "sign")


def test_a_participle_after_a_possessive_is_an_adjective() -> None:
    # regression: "the board's revised plan" gave the deed "revise" to the board
    assert deed("The board's revised plan, which comes a month late, asks for more.") is None


def test_a_long_opening_before_any_verb_is_not_followed() -> None:
    doer = " ".join(["Kessel"] * (DOER_WORDS + 1))
    assert deed(f"{doer} signed the bill.") is None
    assert deed(" ".join(["Kessel"] * DOER_WORDS) + " signed the bill.") == ("kessel", "sign")


def test_a_number_in_an_apposition_keeps_its_comma() -> None:
    assert deed("Ada Ode, 1,200 votes ahead, won the race.") == ("ode", "won")


def test_a_participle_after_a_curly_possessive_is_an_adjective() -> None:
    assert deed("The board\u2019s revised plan, which comes a month late, asks for more.") is None


@pytest.mark.parametrize(("words", "expected"), [(14, ("ode", "sign")), (15, None)])
def test_an_apposition_holds_fourteen_words_at_most(words: int, expected: object) -> None:
    apposition = " ".join(["the"] * words)
    assert deed(f"Ada Ode, {apposition}, signed the bill.") == expected


def test_a_doubled_comma_is_an_empty_apposition() -> None:
    assert deed("Ada Ode,, signed the bill.") == ("ode", "sign")


def test_regression_do_after_a_modal_read_the_word_after_it_as_the_deed() -> None:
    # "will do her best" gave the deed "her": "do" after a modal is the verb itself
    assert deed("Ada Ode will do her best to keep the ferry running.") is None
    assert deed("The harbour board did do its part.") is None
