"""A quoted speaker's role or title, kept apart from the name."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summarize.analysis import _roles, find_quotes
from summarize.analysis._mentions import Mentions
from summarize.analysis._roles import role_of
from summarize.pipeline import content_sentences
from summarize.records import Article


def _said(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the role right before the name, the title kept with the name
        (
            '"We rushed in," said trauma surgeon Dr. Jason Lees.',
            ("Jason Lees", "trauma surgeon"),
        ),
        ('"It is a sad day," police chief Ana Ruiz told reporters.', ("Ana Ruiz", "police chief")),
        ('Port spokesman Ade Oyo said: "The crane held."', ("Ade Oyo", "Port spokesman")),
        ('"Many left early," usher Tom Bell said.', ("Tom Bell", "usher")),
        ('"We will vote no," said council member Ada Ode.', ("Ada Ode", "council member")),
        # the role in an apposition after the name
        (
            'Mara Quell, the harbour master, said: "Nobody listened."',
            ("Mara Quell", "harbour master"),
        ),
        (
            '"It fell," said Ada Ode, a spokeswoman for the port.',
            ("Ada Ode", "spokeswoman for the port"),
        ),
        ('"It fell," said Ada Ode, the town\'s mayor.', ("Ada Ode", "town's mayor")),
        (
            '"Bones last," said Ed Finn, a geologist at Lowmoor College who led the dig.',
            ("Ed Finn", "geologist at Lowmoor College"),
        ),
    ],
)
def test_the_role_is_kept_apart_from_the_name(text: str, said: tuple[str, str]) -> None:
    assert _said(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode, 52, said: "It fell."',  # an age is no role
        '"It fell," said Ada Ode, who saw it.',  # a relative clause is none
        '"No," according to Ada Ode.',
        '"It fell," said Ada Ode, another witness.',  # "another" ends as agents do
        # a sentence's last word is no role of the next one's subject
        'The ferry hit the pier. "We saw it," Ada Ode said.',
    ],
)
def test_no_role_where_the_text_gives_none(text: str) -> None:
    assert [role for _, role in _said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"No," Mayor Ada Ode said.', ("Ada Ode", "Mayor")),
        ('"No," said Lt. Gen. Ivo Brandt.', ("Ivo Brandt", "Lt. Gen.")),
        ('"No," said Secretary of State Ada Ode.', ("Ada Ode", "Secretary of State")),
        ('"No," said Prime Minister Ada Ode.', ("Ada Ode", "Prime Minister")),
        ('"No," Representative Ada Ode wrote.', ("Ada Ode", "Representative")),
        ('"No," said Congresswoman Ada Ode.', ("Ada Ode", "Congresswoman")),
        ('"No," Ms Ode said.', ("Ms Ode", None)),
        ('"No," Pope Ivo said.', ("Pope Ivo", None)),
    ],
)
def test_a_title_of_office_before_the_name_is_the_role(text: str, said: tuple) -> None:
    assert _said(text) == [said]


def test_regression_a_verb_that_ends_as_agents_do_was_a_role() -> None:
    # "smother" ends in "-er"; the head of a role stands right before the name.
    text = 'Asked why she tried to smother the blaze Ada Ode replied, "I panicked."'
    assert [role for _, role in _said(text)] == [None]


def test_regression_a_month_that_ends_as_agents_do_was_a_role() -> None:
    """'on 3 September of what Ada Ode called a test' gave Ode the role "September of what"."""
    text = (
        "On 3 September of what Ada Ode called a test, the pier shook. "
        'Ada Ode stood up and said, "The pier will hold through the winter."'
    )
    assert _said(text) == [("Ada Ode", None)]


@pytest.mark.parametrize("gap", ["\n\n", " \n \n ", "\n"])
def test_regression_the_first_word_of_the_next_line_joined_a_pull_quotes_role(gap: str) -> None:
    """An attribution line under a pull quote has no stop: "mother of Tom Roe She" was
    read to the next line's first word."""
    text = f"I will be there. \u2014 Jane Roe, mother of Tom Roe{gap}She said it again."
    start = text.index("Jane Roe")
    assert role_of(text, start, start + len("Jane Roe")) == "mother of Tom Roe"


def test_regression_the_last_word_of_a_sentence_joined_the_role_of_the_next() -> None:
    text = 'The plan needs review. Port spokesman Ade Oyo said: "We agree."'
    assert _said(text) == [("Ade Oyo", "Port spokesman")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'Harbour press secretary Ada Ode said on Friday: "The port is shut."',
            "Harbour press secretary",
        ),
        (
            'The acting transport minister Ada Ode said, "No ship left."',
            "acting transport minister",
        ),
        ('State judge Ada Ode wrote: "The law stands."', "State judge"),
    ],
)
def test_regression_a_role_whose_head_is_also_a_title_was_none(text: str, role: str) -> None:
    """ "secretary", "minister", "judge" in lower case head a role; only "Secretary Ada
    Ode", written as part of the name, is a title."""
    assert _said(text) == [("Ada Ode", role)]


def test_a_title_written_as_part_of_the_name_is_no_role_before_it() -> None:
    text = "They met Secretary Ada Ode."
    assert role_of(text, text.index("Ada"), len(text) - 1) is None


def test_a_speakers_role_holds_at_their_later_quotes() -> None:
    text = 'Port spokesman Ade Oyo said: "The crane held." "It is over," he added.'
    assert _said(text) == [("Ade Oyo", "Port spokesman"), ("Ade Oyo", "Port spokesman")]


def test_a_speaker_named_only_by_a_phrase_has_no_role_of_it() -> None:
    assert _said('"We are looking into it," a spokesman for the port said.') == [
        ("a spokesman for the port", None)
    ]


def test_role_of_reads_only_around_the_name() -> None:
    text = "Ada Ode, the harbour master, spoke."
    assert role_of(text, 0, 7) == "harbour master"
    assert role_of(text, 9, 27) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a role that opens the clause, set off by a comma, before the name
        ('His father, Tom Brell, explained: "We never heard from him."', ("Tom Brell", "father")),
        ('"We never heard from him," his father, Tom Brell, explained.', ("Tom Brell", "father")),
        ('The city\'s engineer, Ada Ode, said: "It will hold."', ("Ada Ode", "city's engineer")),
        # an apposition that opens with a possessive, a description or "on"
        ('Tom Brell, his neighbour, said: "They left at dawn."', ("Tom Brell", "neighbour")),
        (
            '"Bones last," said Ed Finn, lead author of the study.',
            ("Ed Finn", "lead author of the study"),
        ),
        (
            '"It lasts," said Ed Finn, an expert on storms and a lecturer.',
            ("Ed Finn", "expert on storms"),
        ),
        # a missing second comma: "NAME, a ROLE said"
        ('Tom Brell, a neighbour said, "They left at dawn."', ("Tom Brell", "neighbour")),
    ],
)
def test_roles_set_off_by_commas(text: str, said: tuple[str, str]) -> None:
    assert _said(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        'In a letter to the mayor, Ada Ode wrote: "The quay must close."',  # no role phrase
        'After the storm, Ada Ode said: "The quay must close."',
        'Tom Brell, another neighbour, said: "They left at dawn."',
        'Tom Brell, who saw it, said: "They left at dawn."',
    ],
)
def test_no_role_from_a_phrase_that_names_none(text: str) -> None:
    assert [role for _, role in _said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a role given where the article names the person, for a shorter name
        (
            'Corey Dunn, his friend, called it odd. "He loved that boat," Dunn said.',
            ("Dunn", "friend"),
        ),
        (
            'The study was led by Ed Finn, a geologist. "Bones last," Dr. Finn said.',
            ("Finn", "geologist"),
        ),
        (
            'Harbour Board Chairman Ada Ode visited. "We will rebuild," Ode said.',
            ("Ode", "Harbour Board Chairman"),
        ),
        # a pronoun's person takes the role given where they were named
        (
            'Trauma surgeon Dr. Jane Roe was on duty. "We ran out of blood," she said.',
            ("Jane Roe", "Trauma surgeon"),
        ),
    ],
)
def test_a_role_given_where_the_speaker_is_named_holds_at_their_quotes(
    text: str, said: tuple[str, str]
) -> None:
    assert _said(text) == [said]


def test_a_short_name_two_people_share_takes_no_role() -> None:
    text = 'Ivo Ode, a fisherman, and his sister Mara Ode came. "It fell," Ode said.'
    assert _said(text) == [("Ode", None)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Officer Pat Quinn came first. "The door was open," the officer said.',
            ("Pat Quinn", "Officer"),
        ),
        (
            "Ivo Brell vanished in May. His mother, Mara Brell, flew in. "
            '"This is not like my son," his mother said.',
            ("Mara Brell", "mother"),
        ),
        (
            "Lina Vask, the comic's creator, lives in Oslo. It ran for years. "
            '"I drew every panel," the comic\'s creator wrote.',
            ("Lina Vask", "comic's creator"),
        ),
        # a pronoun whose antecedent is a role phrase
        (
            'His mother, Mara Brell, flew in. His mother is relieved. "He is home," she said.',
            ("Mara Brell", "mother"),
        ),
    ],
)
def test_a_role_phrase_speaker_is_the_person_named_with_that_role(
    text: str, said: tuple[str, str]
) -> None:
    assert _said(text) == [said]


def test_regression_the_president_was_another_president_named_between() -> None:
    """'"...," the president said.' after "Ms Ode went on" was given to Brennock's president,
    named two paragraphs up, though the lead names Ms Ode "President Ada Ode"."""
    text = (
        "President Ada Ode apologised on Monday after snapping at a reporter at a news "
        "conference in Kessel.\n\nThe row followed her talks with the harbour unions, who had "
        "asked for higher wages for ferry crews.\n\nEarlier that day, Brennock President Ivo "
        "Brandt had said the ferry talks with Kessel were going well.\n\nAs the reporter tried "
        "to speak, Ms Ode went on: \u201cWhen did I say I was sure of it?\u201d\n\n"
        "\u201cLet\u2019s get this straight,\u201d the president said."
    )
    assert _said(text) == [("Ms Ode", "President"), ("Ms Ode", "President")]
    # with no role given for her anywhere, the president named before is still found
    plain = text.replace("President Ada Ode", "Ada Ode")
    assert _said(plain)[-1] == ("Ivo Brandt", "Brennock President")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # indefinite: someone else
        ('Ada Ode, the mayor, spoke. "It fell," a neighbour said.', "a neighbour"),
        # a role with another head
        ('Ada Ode, the mayor, spoke. "It fell," the officer said.', "the officer"),
        # nobody named with that role before the quote
        ('"It fell," the officer said. Officer Pat Quinn left.', "the officer"),
    ],
)
def test_a_role_phrase_speaker_stays_a_phrase_without_a_person_of_that_role(
    text: str, speaker: str
) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a verb after a pronoun opens no role
        ('He hired defence lawyer Ivo Brandt. "We will appeal," Brandt said.', None),
        # a role read back from a name starts after a preposition
        (
            'A plea came from whistleblower Ivo Brandt. "Look at the books," Brandt said.',
            "whistleblower",
        ),
        # "former" ends in "-er" but is no role's head: it says when the title that opens
        # the name was held
        ('It was former Mayor Ivo Brandt. "We will appeal," Brandt said.', "former Mayor"),
        # a clause opened by a verb is no apposition
        (
            'Ivo Brandt, telling the crowd about his daughter, wept. "She is home," Brandt said.',
            None,
        ),
        # "of" stays inside a role read back from a name
        (
            'Lowmoor College of Music professor Ivo Brandt spoke. "It is sad," Brandt said.',
            "Lowmoor College of Music professor",
        ),
    ],
)
def test_roles_given_where_a_speaker_is_named_read_no_verb_or_clause(
    text: str, role: str | None
) -> None:
    assert [r for _, r in _said(text)] == [role]


def test_a_role_phrase_whose_head_is_a_name_stands_for_no_one() -> None:
    # "Fletcher" ends in "-er", but a role's head is written in lower case.
    text = "Officer Ivo Fletcher sold the boat. The suit against Fletcher said so."
    mentions = Mentions(text)
    at = text.index("The suit")
    assert mentions.named("the suit against officer Fletcher", at) is None
    assert mentions.named("the officer", at) == ("Officer Ivo Fletcher", "Officer")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an abbreviated title stands for its role: "Gen." for "the general"
        (
            'Lt. Gen. Ada Ode visited the base. "We are ready," the general said.',
            "Ada Ode",
        ),
        (
            'Gen. Ivo Brandt met Dr. Ada Ode. "The ward is full," the doctor said.',
            "Ada Ode",
        ),
        # no one of that rank: the phrase stays
        ('Gen. Ivo Brandt left early. "We are ready," the colonel said.', "the colonel"),
        # "Rep." names a congressman or congresswoman too, and a lawmaker; "Sen." a lawmaker
        (
            'Rep. Ada Ode left early. "We have the votes," the congresswoman said.',
            "Ada Ode",
        ),
        ('Rep. Ivo Brandt left early. "We have the votes," the congressman said.', "Ivo Brandt"),
        ('Sen. Ivo Brandt left early. "We have the votes," the lawmaker said.', "Ivo Brandt"),
        ('Gov. Ivo Brandt left. "We have the votes," the congressman said.', "the congressman"),
    ],
)
def test_a_role_phrase_speaker_is_the_person_whose_title_names_that_role(
    text: str, speaker: str
) -> None:
    assert [s for s, _ in _said(text)] == [speaker]


def test_regression_congresswoman_was_no_role_noun() -> None:
    """'said Democratic congresswoman Ada Ode': the role is read as any other's."""
    text = '"We have the votes," said Democratic congresswoman Ada Ode.'
    assert _said(text) == [("Ada Ode", "Democratic congresswoman")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"It fell," said Ada Ode, 52, a ferry captain.', "ferry captain"),
        ('Ada Ode, 52, a ferry captain, said: "It fell."', "ferry captain"),
        ('Ada Ode, 52, and Ivo Brandt, 50, said: "It fell."', None),  # two people
        ('Ada Ode, 52, said: "It fell."', None),  # an age alone
    ],
)
def test_a_role_after_an_age(text: str, role: str | None) -> None:
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the title given where the article names the speaker holds at a shorter name
        (
            'Senate Majority Leader Ada Ode spoke first. "We will vote," Ode said.',
            [("Ode", "Senate Majority Leader")],
        ),
        (
            'Kessel Gov. Ada Ode met them. "We will rebuild," Ode said.',
            [("Ode", "Kessel Gov.")],
        ),
        # a role the text gives says more than the title, and comes first
        (
            'Dr. Ada Ode, the harbour surgeon, was there. "We ran out," Ode said.',
            [("Ode", "harbour surgeon")],
        ),
        # words before the title that are no part of it
        ('Through Dr. Ada Ode the clinic spoke. "It held," Ode said.', [("Ode", "Dr.")]),
    ],
)
def test_a_title_given_where_the_speaker_is_named_is_their_role_later(
    text: str, said: list[tuple[str, str | None]]
) -> None:
    assert _said(text)[-1:] == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '"We will not sign it," said Minister of Foreign Affairs Ada Ode.',
            ("Ada Ode", "Minister of Foreign Affairs"),
        ),
        (
            'Secretary of Homeland Security Ivo M. Brandt said: "The port is safe."',
            ("Ivo M. Brandt", "Secretary of Homeland Security"),
        ),
        ('"No," said Mayor of Kessel Ada Ode.', ("Ada Ode", "Mayor of Kessel")),
        ('"No," said Secretary of State Brandt.', ("Brandt", "Secretary of State")),
        (
            '"The motion is out of order," said Guild of Pilots President Ada Ode.',
            ("Ada Ode", "Guild of Pilots President"),
        ),
    ],
)
def test_regression_a_title_with_of_and_more_than_one_word_after_it_was_cut_wrongly(
    text: str, said: tuple
) -> None:
    """The name took the last word of what the office is of ("Affairs Ada Ode")."""
    assert _said(text) == [said]


@given(
    st.lists(
        st.sampled_from(
            ["said", "the", "Acme", "founder", "and", "CEO", "director", "of", "research",
             "Gen.", "U.S", "3rd", "workers\u2019", "from", "lead", "author", ",", '"', "\u00a0",
             "\n", "his", "father", "Ada", "Ode", "-", "&", "(", "."]
        ),
        max_size=12,
    ),
    st.sampled_from([" ", " \"", "(", "\u00a0", ", ", ",\n"]),
)  # fmt: skip
@example(["said", "Acme", "director", "of", "research"], " ")
@example(["said", "Acme", "founder", "and", "CEO"], ", ")
def test_the_last_word_test_only_skips_names_the_full_reading_gives_no_role(
    words: list[str], gap: str
) -> None:
    """_before's quick test (by the last word) never drops a role the word-by-word reading finds."""
    text = " ".join(words) + gap + "Ada Ode said."
    start = text.rindex("Ada Ode")
    if _roles._no_head_before(text, start):
        assert _roles._read_before(text, start) is None


def test_the_last_word_test_reads_on_where_a_role_may_stand() -> None:
    for text in ('"No," said Acme director of research Ada Ode.', "Acme founder and CEO Ada Ode"):
        start = text.index("Ada Ode")
        assert not _roles._no_head_before(text, start)
        assert _roles._read_before(text, start) is not None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Ada Ode of the Harbour Trust said: "The quay must close."',
            ("Ada Ode", "of the Harbour Trust"),
        ),
        ('"The quay must close," said Ada Ode of Eastdock.', ("Ada Ode", "of Eastdock")),
        (
            'Brand Manager at Acme Ada Ode said: "The cups sold out in a day."',
            ("Ada Ode", "Brand Manager at Acme"),
        ),
    ],
)
def test_regression_the_body_a_speaker_is_of_was_part_of_the_name(
    text: str, said: tuple[str, str]
) -> None:
    assert _said(text) == [said]


def test_a_body_named_with_of_is_no_person_to_take_apart() -> None:
    text = '"The quay must close," said the University of Eastdock.'
    assert [speaker for speaker, _ in _said(text)] == ["the University of Eastdock"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The Fish and Game Committee met on Monday. Fish and Game Committee Chairman"
            ' Ada Ode said: "The river is closed to boats."',
            ("Ada Ode", "Fish and Game Committee Chairman"),
        ),
        (
            "The Fish and Game Committee met on Monday. Fish and Game Committee chairman"
            ' Ada Ode spoke first. "The river is closed to boats," Ode said.',
            ("Ode", "Fish and Game Committee chairman"),
        ),
        (
            "Office for Coast Safety and Rescue director Ada Ode spoke first."
            ' "The river is closed to boats," Ode said.',
            ("Ode", "Office for Coast Safety and Rescue director"),
        ),
        (
            'The Fish and Game Committee met. "We will look again," the Fish and Game'
            " Committee said.",
            ("the Fish and Game Committee", None),
        ),
    ],
)
def test_regression_a_role_inside_an_organisation_named_with_and_was_cut_at_and(
    text: str, said: tuple[str, str | None]
) -> None:
    """ "Fish and Game Committee Chairman Ada Ode" gave the role "Game Committee Chairman"."""
    assert _said(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        # a name before "and": two people, the role is the second one's alone
        "Ivo Brandt spoke first. Brandt and Kessel Harbour Board attorney Ada Ode were"
        ' shouted down. "We will be back next week," Ode said.',
        "Brandt and Kessel Harbour Board attorney Ada Ode were shouted down."
        ' "We will be back next week," Ode said.',
        "Sen. Ivo Brandt and Kessel Harbour Board attorney Ada Ode were shouted down."
        ' "We will be back next week," Ode said.',
    ],
)
def test_a_list_of_people_joined_by_and_is_no_organisation_in_a_role(text: str) -> None:
    assert _said(text) == [("Ode", "Kessel Harbour Board attorney")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'The panel accused former port official Ada Ode of lying. "I never lied," Ode said.',
            "former port official",
        ),
        (
            'The Gazette quoted longtime ferry captain Ada Ode. "I never lied," Ode said.',
            "longtime ferry captain",
        ),
        ('"I never lied," said disgraced former mayor Ada Ode.', "disgraced former mayor"),
        ('"I never lied," said retired ferry captain Ada Ode.', "retired ferry captain"),
        ('"I never lied," said acting port director Ada Ode.', "acting port director"),
        ('"I never lied," said marketing coordinator Ada Ode.', "marketing coordinator"),
        ('"I never lied," the younger Ode said.', None),
    ],
)
def test_regression_a_verb_before_a_role_was_read_into_it(text: str, role: str | None) -> None:
    """ "accused former port official" was the role of a name that "accused" takes as its object."""
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"We are seeing more cases every week," said Dr. Jane Roe, co-author of the'
            " county's health report.",
            "co-author of the county's health report",
        ),
        (
            '"We found the walls," said Dr. Ada Ode, co-author and director of the Kessel'
            " dig in Brennock.",
            "co-author and director of the Kessel dig in Brennock",
        ),
        (
            '"We will not fight alone," said Capt. Ada Ode, an air battle manager with the'
            " 61st Air Wing at Kessel Air Force Base in Brennock.",
            "air battle manager with the 61st Air Wing",
        ),
        (
            '"No," said Rep. Ada Ode, R-Ore., a member of the House Harbour Caucus.',
            "member of the House Harbour Caucus",
        ),
        (
            '"No," said Capt. Ada Ode, commander of the U.S. Harbour Fleet.',
            "commander of the U.S. Harbour Fleet",
        ),
        (
            '"No," said Ada Ode, a spokeswoman for the D.A., in a statement.',
            "spokeswoman for the D.A.",
        ),
        ('Harbour Director Dr. Ada Ode said: "It is done now."', "Harbour Director"),
        (
            '"No," said Ada Ode, a partner and co-chair of the antitrust and trade group.',
            "partner and co-chair of the antitrust and trade group",
        ),
    ],
)
def test_regression_a_title_alone_was_the_role_where_an_apposition_gives_one(
    text: str, role: str
) -> None:
    """ "Dr." or "Capt." was the whole role when the apposition after the name gives a fuller
    one that was not read: a hyphenated head ("co-author"), two role nouns joined by
    "and", a long apposition, a party and state before it, an abbreviation inside it."""
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Once the vote was over, the firm's new lawyer, Ivo Brandt, said the sale was"
            ' off. "We will see them in court next week," Brandt said.',
            "firm's new lawyer",
        ),
        (
            "She is in hospital in Harbour City with a fever, her husband, Ivo Brandt, told the"
            ' Gazette. "She is a fighter and will pull through this," Brandt said.',
            "husband",
        ),
        (
            "At the yearly dinner, the port's chief executive, Ivo Brandt, said the toll was"
            ' "the wrong answer to a question nobody asked."',
            "port's chief executive",
        ),
    ],
)
def test_regression_a_role_set_off_after_a_phrase_before_the_name_was_not_read(
    text: str, role: str
) -> None:
    """'On Monday, her husband, Ivo Brandt, said': the role opens no clause of its own, so
    the reading of a role that opens its clause gave none."""
    assert _said(text) == [("Brandt" if "Brandt said" in text else "Ivo Brandt", role)]


@pytest.mark.parametrize(
    "text",
    [
        'At the dock, the harbour master, Ada Ode, and her deputy spoke. "We will open the quay'
        ' again next week," Ode said.',
        "In a letter to the port's director, Ada Ode wrote: \"We will open the quay again next"
        ' week."',
    ],
)
def test_a_role_in_a_list_or_a_phrase_before_a_name_is_no_role(text: str) -> None:
    """A role as the first item of a list, or the end of a phrase set off before the name
    with no comma after the name, is not the speaker's."""
    assert [role for _, role in _said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '"Boats without lights will be towed from the quay," said Ada Ode of the Harbour'
            " Department of Law Enforcement.",
            ("Ada Ode", "of the Harbour Department of Law Enforcement"),
        ),
        (
            'Ada Ode of the Centre for Sea Safety doubted the plan, saying: "No buoy in the'
            ' bay has been checked this year."',
            ("Ada Ode", "of the Centre for Sea Safety"),
        ),
        (
            'Ada Ode of the Centre for Sea Safety spoke first. "The rules will not protect a'
            ' single boat," Ode said.',
            ("Ode", "of the Centre for Sea Safety"),
        ),
    ],
)
def test_regression_the_body_a_speaker_is_of_was_no_role(text: str, said: tuple) -> None:
    """ "Ada Ode of the Harbour Board" where the attribution names only "Ada Ode" gave no
    role; the body is the role, as it is when the attribution holds it."""
    assert _said(text) == [said]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"The night crews know the bay," said Petty Officer Ada Ode of the Coast Guard.',
            "Petty Officer",
        ),
        (
            'Ivo Brandt of Kessel Street was at the counter. "The lights went out at once,"'
            " Brandt said.",
            None,
        ),
    ],
)
def test_a_title_stays_the_role_and_a_place_is_no_body(text: str, role: str | None) -> None:
    """A title of office before the name stays the role; a street is a place, not a body."""
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"No," said Ada Ode, a spokesman for the Department of Ports and Harbour Safety.',
            "spokesman for the Department of Ports and Harbour Safety",
        ),
        (
            '"No," said Ada Ode, professor of chemistry and biochemistry at Brennock College.',
            "professor of chemistry and biochemistry at Brennock College",
        ),
        # "and" before a verb, an article or a possessive still ends the role
        (
            '"No," said Ada Ode, a spokeswoman for the port and a former mayor.',
            "spokeswoman for the port",
        ),
        (
            '"No," said Ada Ode, a spokeswoman for the port and said nothing more.',
            "spokeswoman for the port",
        ),
        # too long with what follows "and": the role ends there
        (
            '"No," said Ada Ode, a researcher at the Brennock Harbour Study at Kessel Hospital'
            " and one of the report's lead authors.",
            "researcher at the Brennock Harbour Study at Kessel Hospital",
        ),
    ],
)
def test_regression_a_role_was_cut_at_the_and_of_what_it_is_of(text: str, role: str) -> None:
    """ "spokesman for the Department of Health" lost "and Mental Hygiene": every "and"
    that joined no two role nouns ended the role, also one inside what the role is of."""
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"We will appeal," said former Kessel Mayor Ivo Brandt.', "former Kessel Mayor"),
        (
            '"We will appeal," former Assembly Majority Leader Ivo Brandt said.',
            "former Assembly Majority Leader",
        ),
        ('"We will appeal," said acting Police Chief Ivo Brandt.', "acting Police Chief"),
        ('"It is done," said retired Gen. Ivo Brandt.', "retired Gen."),
        # no such word: the title alone
        ('"We will appeal," said Kessel Mayor Ivo Brandt.', "Kessel Mayor"),
    ],
)
def test_regression_a_title_lost_the_word_that_says_when_it_was_held(text: str, role: str) -> None:
    assert _said(text) == [("Ivo Brandt", role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The quay is not safe, former Harbour Board Chairman Ivo Brandt says.\n\n"
            '"It leans badly," he said on the radio.',
            "former Harbour Board Chairman",
        ),
        (
            "The pier will close, former Governor Ivo Brandt told the council.\n\n"
            '"Nobody mended it," he said.',
            "former Governor",
        ),
        # no such word: the title alone
        (
            "The pier will close, Kessel Mayor Ivo Brandt told the council.\n\n"
            '"Nobody mended it," he said.',
            "Kessel Mayor",
        ),
    ],
)
def test_regression_a_pronoun_speaker_lost_the_word_that_says_when_a_title_was_held(
    text: str, role: str
) -> None:
    """A "he" that stood for "former Governor Ivo Brandt" gave the role "Governor": the
    title was read off the name the pronoun stands for, without the "former" before it."""
    assert _said(text)[-1] == ("Ivo Brandt", role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Actress and activist Ada Ode spoke at the pier.\n\n"
            '"We will not move the ferry," she said.',
            "Actress and activist",
        ),
        (
            '"It could take weeks," the satirist and political commentator Ada Ode wrote.',
            "satirist and political commentator",
        ),
        (
            "Harbour host and ferry historian Ada Ode spoke at the quay.\n\n"
            '"The quay is older than the town," Ode said.',
            "Harbour host and ferry historian",
        ),
        ('"It could take weeks," said Acme founder and CEO Ada Ode.', "Acme founder and CEO"),
    ],
)
def test_regression_two_roles_joined_by_and_kept_only_the_second(text: str, role: str) -> None:
    """ "Actress and activist Ada Ode" gave the role "activist": an "and" was read as
    joining two roles only when the second was one word, and a role opening the sentence
    (capitalised) was no role word."""
    assert _said(text)[-1][1] == role


def test_regression_a_friend_named_in_a_statement_was_the_role_of_the_person_named() -> None:
    """ "our dear friend Ivo Brandt" in the crew's words gave Brandt the role "dear friend":
    a relation the speaker names in their own words is theirs, not a title or job of his."""
    text = (
        'The crew said: "We mourn our dear friend Ivo Brandt, a fine pilot."\n\n'
        'Brandt had said in May: "The tide is mine and always will be."'
    )
    assert _said(text)[-1] == ("Brandt", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Harbour manager, Ada Ode, said the pier would close. "We will rebuild it," Ode said.',
         "Harbour manager"),
        ('Another resident, Ada Ode, said the lift broke. "It never stops there," Ode said.',
         "resident"),
        ('"The council never listens to us," said Ivo Brandt, a veteran harbour critic.',
         "veteran harbour critic"),
    ],
)  # fmt: skip
def test_regression_role_before_a_name_with_a_comma_or_headed_by_critic_was_missing(
    text: str, role: str
) -> None:
    """'Harbour manager, Ada Ode,' and 'a veteran harbour critic' gave no role."""
    assert [r for _, r in _said(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        'Meanwhile, Ada Ode, the pier closed. "We will rebuild it," Ode said.',
        'Brandt through his lawyer, Ada Ode, wrote to them. "We will rebuild it," Ode said.',
        'Harbour manager, Ada Ode and Ivo Brandt met. "We will rebuild it," Ode said.',
    ],
)
def test_no_role_opens_a_clause_without_its_head_or_a_comma_after_the_name(text: str) -> None:
    """No role noun as the head, words that link, or no comma closing the name: no role."""
    assert [r for _, r in _said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Harbour manager, Ada Ode, said: "We will rebuild the whole pier."',
         ("Ada Ode", "Harbour manager")),
        ('Another resident, Ada Ode, told the Gazette: "We will rebuild the whole pier."',
         ("Ada Ode", "resident")),
    ],
)  # fmt: skip
def test_regression_capitalised_role_set_off_before_the_speaker_lost_the_speaker(
    text: str, said: tuple[str, str]
) -> None:
    """'Harbour manager, Ada Ode, said: "..."' gave no speaker at all."""
    assert _said(text) == [said]


def test_a_capitalised_place_set_off_before_a_name_describes_no_speaker() -> None:
    """'Dock Street, Ada Ode said': a place, no role; the speaker is still read."""
    assert _said('In Dock Street, Ada Ode said: "We will rebuild the whole pier."') == [
        ("Ada Ode", None)
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"We knew the pier was weak," former CEO Ivo Brandt said.', ("Ivo Brandt", "former CEO")),
        (
            '"We knew the pier was weak," said former Gov. Ivo Brandt.',
            ("Ivo Brandt", "former Gov."),
        ),
        ('"We knew the pier was weak," said CEO Ivo Brandt.', ("Ivo Brandt", "CEO")),
    ],
)
def test_regression_a_former_title_before_the_name_was_given_as_held_now(
    text: str, said: tuple[str, str]
) -> None:
    """ "said former CEO Ivo Brandt": the title split off the name keeps its "former"."""
    assert _said(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        '"We knew the pier was weak," said Ivo Brandt, former chief executive of Kessel Ferries.',
        'Ivo Brandt, former chief executive of Kessel Ferries, spoke on Monday. "We knew the '
        'pier was weak," Brandt said.',
    ],
)
def test_regression_a_former_role_in_an_apposition_with_no_article_was_missing(
    text: str,
) -> None:
    """ "Ivo Brandt, former chief executive of ...,": "former" may open a bare role."""
    assert _said(text)[0][1] == "former chief executive of Kessel Ferries"
