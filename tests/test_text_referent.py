"""Picked exclusives that speak of a thing their article named before, without naming it."""

from __future__ import annotations

import pytest

import summarize
from summarize import Article
from summarize.text import (
    by_role,
    pronoun_after_opening,
    refers_back,
    speaker_unnamed,
    unnamed_subject,
)


@pytest.mark.parametrize(
    "text",
    [
        "The vote was 9 to 2.",
        "The detour seems to be working, for now.",
        "The soundtrack was bleak, with a hum of distant engines.",
        "The long-serving harbour master predicted a hard winter for the crews.",
        "However, the new timetable was dropped within a month.",
        "The upshot: The docks are the busiest on the coast.",
        "The single climbed to No. 12 in the spring.",
    ],
)
def test_regression_an_unnamed_definite_subject_was_an_exclusive(text: str) -> None:
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The divers dug a trench by the pier.",
        "The crew's report, sent last spring, asks for new cranes.",
        "The panic buying threatens to empty the pumps.",
    ],
)
def test_regression_an_unnamed_subject_before_a_verb_of_no_list_was_an_exclusive(
    text: str,
) -> None:
    """The subject was read up to a listed verb ("was", "said", "-ed"): "dug" was missed."""
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "By contrast, the older ferries ran on time.",
        "In comparison, the tunnel cost less.",
        "On the other hand, the smaller boats kept sailing.",
        "Some of them waved flags at the crews.",
        "All of those earlier bridges were lighter.",
        "In another test, nine divers reached the wreck.",
    ],
)
def test_regression_an_opening_on_what_came_before_was_an_exclusive(text: str) -> None:
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finally, there's the smallest of the three cranes, which folds flat.",
        "Then there is the question of the old pier.",
        "Doing so would let the ferries dock at night.",
        "Instead, the port says a smaller crane will come in the spring.",
        "All were back in the harbour by noon.",
        "Several have told the council the pier is unsafe.",
        "But others may have stayed home for the storm.",
    ],
)
def test_regression_one_more_item_or_a_step_named_before_was_an_exclusive(text: str) -> None:
    """'Then there is ...' lists one more of what came before; 'Doing so' a step it named;
    'All were ...' a share of a group named before."""
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The vote in the harbour council was 9 to 2.",
        "The harbour council, led by Ada Ode, approved the budget.",
        "The transfer of grain through the port doubled in a year.",
        "The northeastern US braced for the storm on Monday.",
        'The so-called "Harbour Watch" group met on Monday.',
        "The median fare in a Kessel survey rose by a tenth.",
        "The new tolls backed by Gov. Ada Ode start in May.",
        "The big picture: The Kessel ferries carry more cars than ever.",
        "The last few months have seen ferry fares double.",
        "Some of those who waited were sent home.",
        "Ferries ran every ten minutes.",
        "In all, nine divers reached the wreck.",
        "There is no ferry on Sundays.",
        "The Kessel crews would do so again, Ada Ode said.",
        "Instead of a bridge, the town built a tunnel.",
        "Many people waited for the ferry.",
        "",
    ],
)
def test_a_subject_that_says_what_it_is_is_read_as_named(text: str) -> None:
    assert not refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The move drew praise from Kessel's mayor.",
        "The vote was held in Kessel on Monday.",
        "The decision Monday marks a setback for the Kessel port board.",
        "The harbour council approved the Kessel budget.",
        "The move was backed by Kessel's mayor.",
        "The tribute consisted of songs by the Kessel choir.",
        "The big picture: The move drew praise from Kessel's mayor.",
    ],
)
def test_regression_a_name_in_the_predicate_named_an_unnamed_subject(text: str) -> None:
    """A capital further on let 'The move ...' pass: the name is another thing, not the move."""
    assert refers_back(text)
    assert unnamed_subject(text) is not None


def _lawsuit_set(opening: str) -> list[Article]:
    shared = "Ferry workers sued the Kessel port board on Monday over unpaid night shifts."
    return [
        Article(
            id="wire",
            text=f"{shared} The lawsuit was filed in the Kessel district court by the union. "
            f"{opening} "
            "Shops near the pier reported fewer customers within a week.",
        ),
        Article(
            id="post",
            text="The Kessel port board was sued on Monday by ferry workers over unpaid night "
            "shifts. The lawsuit names the board's two directors. "
            "Repairs to the old pier are expected to cost four million euros.",
        ),
    ]


def test_regression_a_subject_that_is_the_sets_topic_was_dropped() -> None:
    """'The lawsuit seeks ...' in a set about that lawsuit names it: it is the set's topic."""
    digest = summarize.summarize(
        _lawsuit_set("The lawsuit seeks back pay for about three hundred crew members."),
        exclusives=9,
        merged=1,
    )
    shown = [c.text for c in digest.exclusive("wire")]
    assert "The lawsuit seeks back pay for about three hundred crew members." in shown


def test_a_subject_that_is_no_topic_of_the_set_still_names_nothing() -> None:
    """'The move ...' in a set about a lawsuit: which move? A name further on does not say."""
    digest = summarize.summarize(
        _lawsuit_set("The move drew praise from the Kessel ferry captains."), exclusives=9, merged=1
    )
    shown = [c.text for c in digest.exclusive("wire")]
    assert "Shops near the pier reported fewer customers within a week." in shown
    assert not any(text.startswith("The move") for text in shown)


def test_regression_a_person_called_by_role_passed_as_the_sets_topic() -> None:
    """'The workers said ...' in a set about ferry workers: which of them? The topic names
    the lawsuit, not one person or group of the many a set speaks of."""
    opening = "The workers said their pay slips had been wrong since the spring."
    digest = summarize.summarize(_lawsuit_set(opening), exclusives=9, merged=1)
    shown = [c.text for c in digest.exclusive("wire")]
    assert "Shops near the pier reported fewer customers within a week." in shown
    assert not any(text.startswith("The workers") for text in shown)


@pytest.mark.parametrize(
    ("words", "role"),
    [
        ("security official", True),
        ("man pressed", True),
        ("senator's office", True),
        ("woman\u2019s email", True),
        ("lawsuit", False),
        ("new ferry", False),
    ],
)
def test_a_subject_that_calls_a_person_by_role(words: str, role: bool) -> None:
    assert by_role(words) is role


def _bridge_exclusives(middle: str) -> list[str]:
    """The exclusives of an article whose ``middle`` stands between a shared lead and a
    line no other source gives ("Shops near the bridge ..."), beside a second source."""
    shared = "The harbour bridge closed on Monday after engineers found rust on two cables."
    wire = Article(
        id="wire",
        text=f"{shared} {middle} Shops near the bridge reported fewer customers within a week.",
    )
    post = Article(
        id="post",
        text="Engineers found rust on two cables, and the harbour bridge closed on Monday. "
        "Repairs are expected to cost four million euros.",
    )
    digest = summarize.summarize([wire, post], exclusives=9, merged=1)
    return [c.text for c in digest.exclusive(wire.source)]


def test_regression_exclusives_listed_the_vote_with_no_vote_named() -> None:
    """'The vote was 9 to 2.' was listed as one source's news; read away, it names no vote."""
    shown = _bridge_exclusives(
        "The port board then voted on a plan to add night ferries. The vote was 9 to 2."
    )
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert "The vote was 9 to 2." not in shown


@pytest.mark.parametrize(
    "text",
    [
        "The repairs could take up to a year, she said.",
        '"We will not wait for the board," they wrote to the council.',
        "The odds of the ferries running again are, he says, slim.",
    ],
)
def test_regression_words_given_to_a_pronoun_alone_were_an_exclusive(text: str) -> None:
    assert speaker_unnamed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The repairs could take up to a year, Ada Ode said.",
        "The crew's parents, Ada and Bo Ode, were grateful, they said.",
        "The repairs could take up to a year.",
    ],
)
def test_words_given_to_a_name_have_a_speaker(text: str) -> None:
    assert not speaker_unnamed(text)


def test_regression_exclusives_listed_words_of_a_she_the_digest_could_not_name() -> None:
    """', she said.' with no one named before it: whose words? A named speaker stays."""
    shown = _bridge_exclusives(
        "The port board met late into the night. "
        "Work on the old pier could take up to a year, she said."
    )
    assert "Shops near the bridge reported fewer customers within a week." in shown
    assert not any("she said" in text for text in shown)


@pytest.mark.parametrize(
    "text",
    [
        "After three wrong tries at the ferry times last night, he went home.",
        "Quickly she wrote a petition to save the pier.",
        "Should they lose the vote, the ferries will stop in May.",
        "After weeks of courting Democrats on the ferry bill, she gave up.",
        "Asked on Monday about the new pier, he said nothing.",
    ],
)
def test_regression_a_pronoun_after_an_opening_that_names_nobody_was_an_exclusive(
    text: str,
) -> None:
    """An opening phrase longer than the context reader takes, or one or two words, hid "he"."""
    assert pronoun_after_opening(text)


@pytest.mark.parametrize(
    "text",
    [
        "When Ada Ode lost the harbour vote, she resigned from the board.",
        "After Ada Ode met the Democrats on Monday, she resigned.",
        "The port closed early, and they went home.",
        "In Kessel's long budget fight, the council gave way.",
    ],
)
def test_a_pronoun_after_a_name_or_no_pronoun_is_read_as_named(text: str) -> None:
    assert not pronoun_after_opening(text)


def test_a_speaker_who_says_he_or_they_is_named() -> None:
    assert not pronoun_after_opening("Police said they found the ferry on Monday.")
    assert not pronoun_after_opening("Ode said she would sail at dawn.")


@pytest.mark.parametrize(
    "text",
    [
        "This time, the ferry left without its crew.",
        "This time the board voted against the pier.",
        "Many of the complaints were about the late ferries.",
        "Some of the skippers stayed in port.",
        "But most of the old cranes were sold.",
    ],
)
def test_regression_a_share_of_them_or_this_time_was_an_exclusive(text: str) -> None:
    """A share of them ("Many of the complaints") or "This time": of what, after which time?"""
    assert refers_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "This time of year the harbour is full of yachts.",
        "Many of the Kessel ferries were built in Brennock.",
        "Some of the skippers who fished off Kessel stayed in port.",
    ],
)
def test_a_time_of_its_own_or_a_named_share_does_not_refer_back(text: str) -> None:
    assert not refers_back(text)


@pytest.mark.parametrize(
    "words", ["former president", "suspect", "victim told", "gunman fled", "judge ruled"]
)
def test_regression_a_subject_called_by_a_role_of_office_or_crime_was_the_topic(
    words: str,
) -> None:
    """A subject such as "the former president" named nobody, yet passed as the topic."""
    assert by_role(words)
