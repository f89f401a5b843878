"""Who "he" and "she" stand for: the person a passage is about, not the one named last.

The resolver is summarize.analysis._pronouns; these tests go through find_quotes, as the
digest does.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.analysis._named_at import named_at
from summarize.analysis._pronoun_evidence import _in_lower_case
from summarize.analysis._quotes import find_quotes
from summarize.analysis._spoken_of import addressed
from summarize.pipeline import content_sentences
from summarize.records import Article


def speakers(text: str) -> list[str | None]:
    article = Article(id="a", text=text)
    return [quote.speaker for quote in find_quotes(article, content_sentences(article))]


# The subject of a sentence ----------------------------------------------------------------


def test_regression_a_subject_after_a_phrase_set_off_by_a_comma_was_passed_over() -> None:
    text = (
        "Tomas Vey runs the night ferry. "
        "In 2007, Ivo Brandt, who teaches at the college, sat down on the quay and wept. "
        '"I had lost everything that winter," he said.'
    )
    assert speakers(text) == ["Ivo Brandt"]


@pytest.mark.parametrize("front", ["A little over a year later", "Two days ago", "Weeks earlier"])
def test_regression_a_subject_after_a_phrase_of_time_ending_in_later_was_passed_over(
    front: str,
) -> None:
    """'A year later, Ivo Brandt quit.' then '"...," he said': the phrase of time hid him."""
    text = (
        "Tomas Vey ran the night ferry for years. "
        f"{front}, Ivo Brandt quit the crew. "
        '"I thought everybody on the boat was against me," he said.'
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_regression_a_she_after_says_and_the_name_had_no_speaker() -> None:
    """The name after ", says" is who speaks: a "she" a sentence or a paragraph later is them."""
    text = (
        "Tolls could pay for the repairs, says harbour economist Ada Ode.\n\n"
        '"The port has never charged for the crossing," she says. "It could start now."'
    )
    assert speakers(text) == ["Ada Ode", "Ada Ode"]
    text = (
        "Ada Ode studies ports. The toll is no cure, says Ode, but, she adds, "
        '"it is a start for the harbour."'
    )
    assert speakers(text) == ["Ode"]


def test_a_text_after_says_is_no_one_a_she_stands_for() -> None:
    """", says a report by the board" names no person: "she" stays unresolved."""
    text = (
        "Tolls could pay for the repairs, says a report by the Harbour Board.\n\n"
        '"The port has never charged for the crossing," she says.'
    )
    assert speakers(text) == [None]


def test_regression_a_he_after_a_name_a_role_noun_gives_had_no_speaker() -> None:
    """"harbour founder Ada Ode is" names the person a later "she writes" stands for."""
    text = (
        "The ferry was sold on Tuesday. Read the threads where harbour founder Ada Ode is "
        'taking questions. "I am not going to close the pier to anyone at all," she writes.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_regression_a_subject_after_a_capitalised_role_and_another_was_not_read() -> None:
    text = (
        "The fares rose again. Actress and activist Ada Ode pushed back on critics of the "
        'plan. "I did an interview that caused so much trouble for me," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # wrong speakers once found: each name follows a role noun, and none speaks here
        (
            "Mara Quell, a clerk at the port, was one of three pregnant women in her office. "
            "She traced the birth of her daughter Ivy Brandt, who was born in June, to the "
            'strike, although she admits it was "all kind of hazy in the end."',
            ["Mara Quell"],
        ),
        (
            'Tom Brell spoke at length. "The land is ours to graze," he told anchor Ivo Lane '
            'on Friday, adding, "We need to get over this whole dispute."',
            ["Tom Brell", "Tom Brell"],
        ),
        (
            "Her sister, Mara Quell and brother Ivo Quell speak at the pier. "
            '"This is not the case at all," she said.',
            [None],
        ),
    ],
)
def test_a_name_after_a_role_noun_that_is_no_subject_is_not_who_a_pronoun_stands_for(
    text: str, expected: list[str | None]
) -> None:
    """An object ("told anchor X"), a possessive's ("her daughter X") or one of two is not it."""
    assert speakers(text) == expected


def test_a_subject_after_two_phrases_set_off_by_commas_is_read() -> None:
    text = (
        "Mayor Lena Hart opened the hall. "
        "On Monday, when asked about the fares, Ada Ode shrugged at the crowd. "
        '"Nobody pays them anyway, not even the mayor," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_a_participle_set_off_before_the_subject_is_skipped() -> None:
    text = (
        "Mayor Lena Hart opened the hall. "
        "Speaking at the pier, Ada Ode thanked the crews for their work. "
        '"They worked all night without a break," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


@pytest.mark.parametrize(
    "fronted",
    [
        "Contacted by email",
        "Reached by phone",
        "Interviewed on Monday",
        "Pressed on the point",
        "Questioned about the tolls",
        "Approached at the pier",
        "Quizzed about it",
    ],
)
def test_regression_a_subject_after_a_phrase_of_being_reached_or_asked_was_not_read(
    fronted: str,
) -> None:
    """'Reached by phone, Ada Ode denied it.' then '"...," she said.': Ada Ode."""
    text = (
        "The harbour office was shut on Monday.\n\n"
        f"{fronted}, Ada Ode denied she had closed it.\n\n"
        '"We will open again when the crews are paid," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_a_participle_in_ed_that_describes_the_subject_opens_no_phrase_set_off() -> None:
    """'Registered nurse Ada Ode, a mother of two, ...': the name is the subject, not after."""
    text = (
        "The harbour office was shut on Monday.\n\n"
        "Registered nurse Ada Ode, a mother of two, carried a sign.\n\n"
        '"We will open again when the crews are paid," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_regression_a_surname_as_the_subject_lost_to_a_titled_name_before_it() -> None:
    text = (
        "Harbour master Ada Ode met Mayor Ivo Brandt on the quay. "
        "Ode walked the length of the pier alone. "
        '"The piles held, every one of them," she said.'
    )
    assert speakers(text) == ["Ode"]


def test_regression_a_subject_described_by_two_roles_joined_by_and_was_passed_over() -> None:
    text = (
        "Harbour pilot and part-time fisherman Ivo Brandt watched the storm from the quay. "
        '"I have never seen the water come up so fast," he said.'
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_one_word_is_a_subject_only_as_part_of_a_name_given_in_full() -> None:
    text = (
        "Ivo Brandt spoke to the Kessel Protesters at the gate. "
        "Protesters marched to the quay, and the protesters sang for an hour. "
        '"We will not stop until the yard reopens," he said.'
    )
    assert speakers(text) == ["Ivo Brandt"]


# Who the passage is about -------------------------------------------------------------------


def test_regression_a_person_named_in_a_sentence_led_by_the_pronoun_was_taken_for_it() -> None:
    """The known wrong case: the words of one official given to another she praised."""
    text = (
        "Mayor Ada Ode opened the new bridge on Friday. "
        "She thanked Governor Lena Hart for the state's money. "
        '"We built this together, and it will stand for a century," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_regression_a_critics_words_were_given_to_the_rival_he_named_last() -> None:
    text = (
        "In an interview on Friday, Ivo Brandt said his office inherited a mess from "
        "former Governor Tomas Vey. "
        'He said it was "the failure of the last administration to plan for anything."'
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_a_critic_keeps_his_words_when_he_attacks_a_rival() -> None:
    text = (
        "Senator Ivo Brandt spoke in Kessel on Monday. "
        "He attacked Governor Tomas Vey over the ferry contract. "
        '"The governor sold the harbour to his friends," he said.'
    )
    assert speakers(text) == ["Ivo Brandt"]


def test_regression_a_name_opening_a_later_clause_left_he_to_an_earlier_subject() -> None:
    """Two people the passage may be about, and no way to tell: no speaker."""
    text = (
        "Ivo Brandt fled the town in 1950. "
        "The trial was a turning point, and Tomas Vey referred to it often. "
        '"We were busy rebuilding the town in those years," he said.'
    )
    assert speakers(text) == [None]


def test_regression_he_was_given_to_a_woman_the_text_calls_she() -> None:
    text = (
        "Senator Ada Ode said she would vote against the bill. "
        "Ode recalled that one colleague, a man she sat beside for years, once grabbed her arm. "
        '"Smile more, it will help you win," he told her.'
    )
    assert speakers(text) == [None]


def test_she_is_still_the_woman_the_text_calls_she() -> None:
    text = (
        "Senator Ada Ode said she would vote against the bill. "
        "Ode said she had read it twice. "
        '"It gives the harbour away for nothing," she said.'
    )
    assert speakers(text) == ["Ode"]


# Further back -----------------------------------------------------------------------------


def test_regression_she_far_from_the_name_had_no_speaker_in_a_passage_about_her() -> None:
    text = (
        "Dock worker Ada Ode lost her house in the flood. "
        "She slept in her car for a week. "
        "Then the rain stopped. "
        "She went back to the street at dawn. "
        "The water had reached the roof. "
        '"There was nothing left to save, not even the photographs," she said.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_she_far_from_the_name_stays_without_a_speaker_when_someone_else_is_named() -> None:
    text = (
        "Dock worker Ada Ode lost her house in the flood. "
        "She slept in her car for a week. "
        "The flood also took the boat of Tomas Vey. "
        "The water had reached the roof. "
        '"There was nothing left to save, not even the photographs," she said.'
    )
    assert speakers(text) == [None]


def test_regression_a_title_quoted_after_she_became_a_quote_once_she_was_resolved() -> None:
    """A "she" names no one: the title stays a title, as it does with no speaker."""
    article = Article(
        id="a",
        text=(
            "Night nurse Ada Ode first saw the rise in births. "
            'She posted a photo of an "Expected Date Wheel Chart" on the ward board.'
        ),
    )
    assert find_quotes(article, content_sentences(article)) == []


def test_known_names_are_the_first_and_last_words_of_full_names_in_running_text() -> None:
    from summarize.analysis._mentions import Mentions
    from summarize.analysis._pronoun_evidence import KnownNames

    text = (
        "Harbour Tags\nAda Ode\n\nDock worker Ada Ode walked to the pier. Protesters "
        'gathered. The "Crimea Russia." label stayed. Ivo Brandt left, and protesters went.'
    )
    known = KnownNames(text, Mentions(text))
    assert all(word in known for word in ("ada", "ode", "ivo", "brandt"))  # in running text
    assert "protesters" not in known  # the text also writes it in lower case
    assert "crimea" not in known  # a quoted run
    assert not any(word in known for word in ("harbour", "tags", "dock"))
    assert 3 not in known


@given(
    st.text(alphabet="Ada Oe_\u00a0\n.'-1\u00e9", max_size=40),
    st.sampled_from(["Ada Ode", "Ode", "Ada", "Ada O. Ode", "O.", "Ode-Ada", "A_a"]),
)
def test_named_at_finds_the_places_a_word_bounded_pattern_finds(text: str, name: str) -> None:
    """named_at reads names with str.find as a pattern compiled per name would (the reference)."""
    written = r"\s+".join(re.escape(w) for w in name.split())
    expected = [m.end() for m in re.finditer(rf"\b{written}\b", text)][:20]
    assert named_at(text, name, 20) == expected


@given(
    st.text(alphabet="adeoADO _\u00e9\n.-2", max_size=40),
    st.sampled_from(["ode", "ada", "a", "Ode", "ode2", "\u00e9de", "", "o-de"]),
)
def test_a_word_in_lower_case_is_one_the_lower_case_word_pattern_finds(
    text: str, word: str
) -> None:
    """_in_lower_case answers as the set of re.findall(r"\b[a-z]+\b", text) did (the reference)."""
    assert _in_lower_case(text, word) == (word in set(re.findall(r"\b[a-z]+\b", text)))


def test_regression_a_subject_named_with_jr_or_sr_was_not_read() -> None:
    """'Tomas Vey Sr. also wants ...': his "he", not the speaker of the quote before."""
    text = (
        '"We searched all night," said Ivo Brandt.\n\n'
        "Tomas Vey Sr. also wants his son to know he has not been forgotten.\n\n"
        '"We will find you and we love you," he said.'
    )
    assert speakers(text) == ["Ivo Brandt", "Tomas Vey Sr."]
    text = text.replace("Vey Sr.", "Vey Jr.")
    assert speakers(text) == ["Ivo Brandt", "Tomas Vey Jr."]
    text = text.replace("Vey Jr.", "Vey Jr")  # written without its stop
    assert speakers(text) == ["Ivo Brandt", "Tomas Vey Jr"]


def test_a_word_with_a_stop_after_a_name_is_no_suffix_of_it() -> None:
    """Only "Jr." and "Sr." go with a name; "Tomas Vey Inc." opens no sentence as a person."""
    text = (
        '"We searched all night," said Ivo Brandt.\n\n'
        "Tomas Vey Inc. also wants his son to know he has not been forgotten.\n\n"
        '"We will find you and we love you," he said.'
    )
    assert speakers(text)[1] != "Tomas Vey Inc."


@pytest.mark.parametrize(
    "text",
    [
        # the critic speaks of the one criticised after the verb, then a sentence about "he"
        "He spoke for an hour.\n\nMr. Brandt noted that Mr. Weller never answered the letter."
        " But he said it still mattered. In one part of his speech, he said:"
        ' "We will take it to the court."',
        # a sentence that names nobody between them
        'Ivo Brandt says Mayor Tomas Weller was "careless" with the funds.\n\n'
        "He spoke of the harbour fees and the closed pier.\n\n"
        '"This goes on everywhere," he said.',
    ],
)
def test_regression_he_said_went_to_the_person_spoken_of_not_the_one_who_spoke(
    text: str,
) -> None:
    """ "X noted that Y ..." two sentences before "he said" gave Y, the person named last;
    the subject of the speech verb is whom the passage follows."""
    assert speakers(text)[-1] in ("Ivo Brandt", "Mr. Brandt")


@pytest.mark.parametrize(
    "text",
    [
        "Furthermore, she said, Mr. Vask never asked the trust. "
        '"Nobody came to see us," she said. "Nobody asked."',
        # a quote whose pronoun speaks of someone set off after it
        '"We asked twice," she said, thanking Harbour Master Lena Vask and Mayor Ivy Hart.\n\n'
        '"The water is still rising," she said.',
    ],
)
def test_regression_she_said_went_to_the_person_she_spoke_of_before(text: str) -> None:
    """ "Furthermore, she said, Mr. Vask never ..." then '"...," she said.' gave Mr. Vask:
    the person the same pronoun speaks of is not whom it stands for."""
    lead = 'Ada Ode, head of the trust, called the plan an insult.\n\n"It is late," she said.'
    assert set(speakers(f"{lead}\n\n{text}")) == {"Ada Ode"}


def test_regression_she_wrote_went_to_the_person_the_opening_phrase_writes_to() -> None:
    """ "In an e-mail to Mayor Ivo Brandt ..., she wrote" gave Ivo Brandt, the person named
    last: one named as the object of a phrase that opens the sentence is not its "she"."""
    text = (
        "Ada Ode had denied she slept on the job. Her critics do not understand the work,"
        " she said.\n\nIn an e-mail Monday to Mayor Ivo Brandt announcing her resignation,"
        ' she wrote, "This has been a dreadful year for everyone in the office."'
    )
    assert speakers(text) == ["Ada Ode"]


@pytest.mark.parametrize(
    ("text", "name", "spoken_to"),
    [
        ("In an e-mail to Mayor Ivo Brandt, she wrote: no.", "Ivo", True),
        ("After talks with Ivo Brandt, she said: no.", "Ivo", True),
        # the name is the subject of a clause, or the phrase has ended before it
        ("When Ivo Brandt was asked, he said: no.", "Ivo", False),
        ("In the end, Ivo Brandt said: no.", "Ivo", False),
        ("Mara Quell spoke to Ivo Brandt, and he said: no.", "Ivo", False),
    ],
)
def test_a_name_is_spoken_to_only_as_the_object_of_an_opening_phrase(
    text: str, name: str, spoken_to: bool
) -> None:
    sentence = content_sentences(Article(id="a", text=text))[0]
    assert addressed(text, sentence, text.index(name)) is spoken_to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillon said she would miss the harbour. Tickets sold out in an hour.\n\n"
            "Quillon spoke to reporters at the pier after she landed. "
            '"This is a dark morning for the ferry crews."',
            [("Quillon", None)],
        ),
        (
            "Zorabel said she had sailed on the ferry as a girl. Later, Zorabel told the crowd "
            "that she would come back. The ferry left at noon.\n\n"
            '"We never cancel a show because of the weather," she said.',
            [("Zorabel", None)],
        ),
        (
            "Singer Quillon said she would miss the harbour. Quillon said she loved the crew.\n\n"
            '"We never cancel a show because of the weather," Singer Quillon said.',
            [("Quillon", "Singer")],
        ),
    ],
)
def test_regression_a_one_word_stage_name_was_read_as_no_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A performer known by one name, the subject of a speech verb and called "she" by the
    text, is a person: a sentence's subject, whom "she" stands for, and no role word."""
    article = Article(id="a", text=text)
    found = find_quotes(article, content_sentences(article))
    assert [(q.speaker, q.role) for q in found] == expected


def test_regression_she_said_at_the_time_went_to_a_plural_that_spoke() -> None:
    """ "Critics said ..." named nobody "she" could stand for: the passage follows Ada Ode."""
    text = (
        "Ada Ode ran the harbour board for ten years. Critics said Ivo Brandt, the board's "
        "treasurer, had hidden the losses from her. "
        '"We were never told about the debts," she said at the time.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_regression_she_said_at_the_time_went_to_the_person_spoken_about() -> None:
    """A paragraph about an aide accused, then one about "the mayor's own staff" and "her"
    claim: "she said at the time" is the mayor's, not the aide's last named."""
    text = (
        "Kessel Mayor Ada Ode said on Monday that her files had been stolen. Two of her aides "
        "were charged. One aide, Ivo Brandt, took her phone for repairs, and he made copies. "
        "He is due in court in July, and Mia Lund's hearing is not yet set.\n\n"
        "The charges, if proved, would be a betrayal by the mayor's own staff, and a turn from "
        "her first claim that rivals had hacked her computer. "
        '"This marks a new low in Kessel politics," she said at the time.'
    )
    assert speakers(text) == ["Ada Ode"]


def test_regression_he_went_to_a_woman_named_by_her_first_name_alone() -> None:
    """ "Ada" is the "Ada Marren" the text calls "her": "he says" is not hers."""
    text = (
        "Ada Marren hums to herself on the pier. Ada will tell you about her years on the "
        "ferries.\n\n"
        "Ivo Brandt, 15, walks over with a toolbox and waves at Ada.\n\n"
        '"This buoy tells the harbour office when a boat drifts," Brandt says.\n\n'
        '"Is that so?" Ada asks. "How clever."\n\n'
        '"Thanks," he says, and bends to fix the buoy.'
    )
    assert speakers(text)[-1] != "Ada"
