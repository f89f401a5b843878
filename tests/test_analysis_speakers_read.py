"""Regression tests of speakers and roles that readers of the digests found missing or wrong.

Each test pins one shape: a role noun the role words lacked, a title in quotation marks
inside an attribution, an epithet that is the speaker's role, a role noun opening a
name, a name used as a noun before another noun. The rules are in summarize.analysis;
the tests go through find_quotes, as the digest does. Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from summarize.analysis._quotes import find_quotes
from summarize.analysis._role_words import is_role
from summarize.pipeline import content_sentences
from summarize.records import Article


def said(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, role) of each quote in the text."""
    article = Article(id="a", text=text)
    return [(q.speaker, q.role) for q in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        (
            "Ada Ode, a research scholar in ferry history at Kessel University, told the Gazette",
            "research scholar in ferry history at Kessel University",
        ),
        ("Ada Ode, a scholar at Kessel, told the Gazette", "scholar at Kessel"),
        ("emcee Ada Ode said", "emcee"),
    ],
)
def test_regression_a_scholar_and_an_emcee_had_no_role(attribution: str, role: str) -> None:
    """ "scholar" and "emcee" head a role, though they do not end as agent nouns do."""
    text = f'"This is one of the earliest ferries ever found on the pier," {attribution}.'
    assert said(text) == [("Ada Ode", role)]


def test_regression_a_role_read_back_from_a_name_ran_into_the_heading_above() -> None:
    """A heading without a stop ("Lots of love for Brisa") is no part of the role below it."""
    text = (
        "Ivo Brandt leans on a wall by the pier.\n\n"
        "Lots of love for Brisa\n\n"
        "Ferry captain Brisa Ode is parked by a wall.\n\n"
        '"I so admire you," Ode tells her.'
    )
    assert said(text) == [("Ode", "Ferry captain")]


@pytest.mark.parametrize(
    "epithet",
    ["The presenter told the Gazette,", "The veteran presenter told the Gazette,"],
)
def test_regression_an_epithet_that_is_a_job_gave_the_speaker_no_role(epithet: str) -> None:
    """ "The presenter told": whom the epithet stands for has the job it names as a role."""
    text = (
        "Meanwhile, at the harbour ball, Ada Ode was not as talkative.\n\n"
        f'{epithet} "No, I am not going to speak about the ferry."'
    )
    assert said(text) == [("Ada Ode", epithet.split(" told")[0].split(maxsplit=1)[1])]


@pytest.mark.parametrize("epithet", ["the 45-year-old", "the German", "the mother of two"])
def test_an_epithet_for_an_age_a_nationality_or_a_relation_gives_no_role(epithet: str) -> None:
    text = (
        "Ada Ode spoke on the pier on Monday.\n\n"
        f'"We are not going to speak about the ferry today," {epithet} said.'
    )
    assert said(text) == [("Ada Ode", None)]


def test_a_role_given_where_the_text_names_the_speaker_comes_before_an_epithet() -> None:
    text = (
        "Ada Ode, the harbour master, spoke on Monday.\n\n"
        '"We are not going to speak about the ferry today," the presenter said.'
    )
    assert said(text) == [("Ada Ode", "harbour master")]


@pytest.mark.parametrize(
    ("attribution", "role"),
    [
        (
            'a bemused Ada Ode, co-writer and director of "Tidewater," said backstage.',
            "co-writer and director of Tidewater",
        ),
        ('Ada Ode, who won a prize for "Tidewater," said backstage.', None),
        ('Ada Ode, the director of "Tidewater", said backstage.', "director of Tidewater"),
        ('said Ada Ode, the director of "Tidewater."', "director of Tidewater"),
    ],
)
def test_regression_a_title_in_quotation_marks_inside_the_attribution_hid_the_speaker(
    attribution: str, role: str | None
) -> None:
    """The film's title in quotation marks is no quote: the attribution reads on past it."""
    text = (
        f'"It made a special day on the pier even more special," {attribution}\n\n'
        '"The folks at the ferry were so gracious," she added.'
    )
    assert said(text) == [("Ada Ode", role)] * 2


@pytest.mark.parametrize(
    ("opening", "speaker", "role"),
    [
        ("Filmmaker Ivo Brandt", "Ivo Brandt", "Filmmaker"),
        ("Oscar-winner Ivo Brandt", "Ivo Brandt", "Oscar-winner"),
        ("Walter Ivo Brandt", "Walter Ivo Brandt", None),  # a given name in "-er": no role
    ],
)
def test_regression_a_role_noun_opening_the_sentence_stayed_in_the_name(
    opening: str, speaker: str, role: str | None
) -> None:
    """ "Filmmaker Ivo Brandt, who won a prize, ...": the role noun is his role, not his name."""
    text = (
        f'{opening}, who won a prize for "Tidewater," cracked wise backstage: "It turns '
        'out that we actually won the cup, which we are happy about," he said.'
    )
    assert said(text) == [(speaker, role)]


def test_a_role_before_a_hyphenated_role_noun_runs_on_into_it() -> None:
    text = (
        "Best actor Oscar-winner Ivo Brandt told reporters backstage that "
        '"Of course it was an amazing thing to hear the pier named."'
    )
    assert said(text) == [("Ivo Brandt", "Best actor Oscar-winner")]


def test_regression_she_went_to_a_titled_name_after_a_sentence_she_opens() -> None:
    """ "She startles when she hears ..." goes on from the subject before it, not the name
    it mentions ("President Ivo Brandt jokes") nor the one the heard words call out."""
    text = (
        "Ada Ode is parked by a wall with her husband.\n\n"
        "Chilling in the wings, Ode laughs as she watches Kimmel make President Ivo Brandt "
        'jokes. She startles when she hears "Coming up, Ada Ode!" during the break, '
        "thinking she is late.\n\n"
        '"What, what?" she says. "It has happened before."'
    )
    assert said(text)[1:] == [("Ode", None), ("Ode", None)]


def test_a_pronoun_that_opens_two_sentences_in_a_row_is_not_read_back_past_them() -> None:
    """ "He claims ... He said ...": the subject two sentences back is not a subject."""
    text = (
        "Ivo Brandt spoke with the host.\n\n"
        "For years, Kessel's ferries have run without a licence. He claims the port owes "
        "him. He said he would talk to the board.\n\n"
        '"This pier is ours and they have no business here," he said.'
    )
    assert said(text) == [("Ivo Brandt", None)]


def test_regression_a_quoted_question_then_a_name_and_jokes_lost_its_speaker() -> None:
    """ "jokes" after a question and a name with an initial no longer starts a sentence."""
    text = (
        'The crew waited at the pier.\n\n"Wait, did I miss my moment?" Ada P. Ode jokes, '
        'watching the ferry. "Did my stand-in make it?"'
    )
    assert said(text) == [("Ada P. Ode", None)] * 2


def test_regression_a_short_term_quoted_before_a_quote_hid_its_speaker() -> None:
    """ "remained high" is a term: the speech verb before it reaches the quote after it."""
    text = (
        'Foreign Secretary Ivo Brandt insisted ferry numbers "remained high" and that the '
        'harbour crews did an "incredible job at keeping people safe".'
    )
    assert said(text) == [("Ivo Brandt", "Foreign Secretary")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a speech verb of the quote's own, though it names no one the rule reads
        'While Kessel insists on its pier, "any safety concerns" must "be taken care of '
        'right away," he was quoted as saying.',
        # a report, no person
        'A report by the board, concluding riders see the ferry as "slow," "costly" and '
        '"stuck in the past."',
    ],
)
def test_a_speaker_read_past_a_term_is_a_person_and_the_quote_has_no_verb_of_its_own(
    sentence: str,
) -> None:
    assert said(f"The ferry left the pier.\n\n{sentence}")[-1] == (None, None)


def test_a_speaker_the_quotes_own_clause_names_comes_before_one_read_past_a_term() -> None:
    text = (
        'Before Ivo Brandt announced he would be known as "pier master," the harbour '
        "lawyer Ada Ode penned an essay suggesting that in leaving the board he had "
        '"lost all the power of his office".'
    )
    assert said(text)[-1][0] == "Ada Ode"


def test_regression_the_number_of_a_list_item_hid_its_subject() -> None:
    """ "7. Brandt holds up his hand." has Brandt as its subject, as without the number."""
    text = (
        "5. Ferry captain Ivo Brandt waves from the pier.\n\n"
        "6. The crowd waits.\n\n"
        "7. Brandt holds up his hand to stop the cheering as the crew see they have not "
        'won. "This is not a joke," he tells the crowd.'
    )
    assert said(text) == [("Brandt", "Ferry captain")]


@pytest.mark.parametrize("body", ["the Harbour Party", "Kesselwork"])
def test_regression_a_party_that_accuses_someone_was_no_speaker(body: str) -> None:
    """A body as the subject of "has been ..., accusing X of "..."" takes the stance."""
    text = (
        f"In the days since the storm, {body} "
        "has been targeting cuts to the harbour budget, accusing Ivo Brandt of "
        '"letting the pier rot and the ferries sink".'
    )
    assert said(text) == [(body, None)]


def test_a_thing_that_has_done_something_to_a_quoted_state_is_no_speaker() -> None:
    text = 'The storm has hit the town, leaving the pier "a wreck that nobody walks on now".'
    assert said(text) == [(None, None)]


@pytest.mark.parametrize(
    ("subject", "verb"),
    [("Ada Ode", "issued"), ("The Kessel Ferry Company, which owns the pier,", "released")],
)
def test_regression_a_statement_someone_issued_saying_words_had_no_speaker(
    subject: str, verb: str
) -> None:
    """ "X issued a statement saying: "..."": X's words, as "X wrote a letter saying" are."""
    text = (
        f'{subject} {verb} a statement saying: "We are saddened by the loss of the pier '
        'and we are working with the harbour board."'
    )
    speaker = "the Kessel Ferry Company" if subject.startswith("The") else subject
    assert said(text) == [(speaker, None)]


def test_regression_he_asked_the_question_gave_the_quote_after_to_whom_he_stands_for() -> None:
    """ "he asked the question because ... "..."": the question names no words of the quote."""
    text = (
        "Kessel Police Chief Ivo Brandt spoke to the press. "
        '"We know the pier well and we are sure of it," Brandt said.\n\n'
        "The reporter said that he asked the question because some may be concerned that "
        'there may be somebody "preying on people that they need to be afraid of."'
    )
    assert said(text)[-1] == ("the reporter", None)


@pytest.mark.parametrize("verb", ["clarified", "teased in her opening monologue"])
def test_regression_a_verb_that_reports_words_beside_a_quote_was_no_speech_verb(verb: str) -> None:
    """ "clarified" and "teased" report words beside a quote, as "quipped" does."""
    text = f'"I was not trying to be funny on the pier," Ada Ode {verb}.'
    assert said(text) == [("Ada Ode", None)]


def test_regression_an_owners_role_with_a_capitalised_word_hid_the_name_after_it() -> None:
    """ "Brandt's German attorney, Dr. Ivo Keel, noted ...": a role of Brandt's, then Keel."""
    text = (
        "The pier fell.\n\nBrandt's German attorney, Dr. Ivo Keel, noted in the request that "
        'his client was "an unimportant person who was thrust by fate into events."'
    )
    assert said(text) == [("Ivo Keel", "Brandt's German attorney")]


def test_regression_a_family_name_that_is_a_title_lost_the_role_given_with_the_full_name() -> None:
    """ "Ada Mayor, a scholar at Kessel," then "Mayor said": her role, though "Mayor" is a title."""
    text = (
        '"This is one of the earliest ferries ever found," Ada Mayor, a scholar at '
        "Kessel University, told the Gazette.\n\n"
        '"The ferry sank in a storm and was found by divers," Mayor said.'
    )
    role = "scholar at Kessel University"
    assert said(text) == [("Ada Mayor", role), ("Mayor", role)]


def test_a_family_name_does_not_take_the_relation_given_to_another_of_the_family() -> None:
    """ "Vera Ode, Ivo Ode's wife," speaks; "Ode" later is Ivo, not his wife."""
    text = (
        '"He was a good man and a good captain," said Vera Ode, the captain\'s wife.\n\n'
        "The court read the letter Ivo Ode wrote in May.\n\n"
        '"I was never the one who gave the orders on the pier," Ode wrote.'
    )
    assert said(text)[-1] == ("Ode", None)


@pytest.mark.parametrize("asker", ["The actress then asked Brandt,", "She then asked Brandt,"])
def test_regression_he_went_to_the_woman_who_asked_the_question_before(asker: str) -> None:
    """ "The actress asked Brandt, "...?"" then '"Everybody," he said': not the actress."""
    text = (
        '"Thank God there were two of us up there on the pier," Ada Ode told the Gazette. '
        f'{asker} "Who else should I tell?"\n\n"Everybody," he said.'
    )
    assert said(text)[-1][0] != "Ada Ode"


@pytest.mark.parametrize("verb", ["muttering", "saying"])
def test_regression_with_a_name_doing_something_and_muttering_had_no_speaker(verb: str) -> None:
    """ "with Ode holding the Cup and muttering, "..."": Ode's words."""
    text = (
        f'The crew pour onto the pier, with Ada Ode holding the Cup and {verb}, "Oh, my '
        'God, oh, my God." Everyone looks befuddled.'
    )
    assert said(text) == [("Ada Ode", None)]


def test_with_a_name_and_a_long_clause_before_the_participle_names_no_one() -> None:
    text = (
        "The crew pour onto the pier, with Ada Ode holding the cup that the harbour board "
        'gave the crew last year and saying, "Oh, my God, oh, my God."'
    )
    assert said(text) == [(None, None)]


@pytest.mark.parametrize("words", [["letters"], ["numbers"], ["papers"], ["matters"]])
def test_regression_the_plural_of_a_word_that_names_no_role_read_as_a_role(
    words: list[str],
) -> None:
    """ "In previously released letters, Brandt wrote": "letters" is no agent noun."""
    assert not is_role(words)


def test_regression_he_stood_for_a_person_whose_role_the_sentence_before_gives() -> None:
    """ "Her co-presenter Brandt laughs." then '"...," he says': Brandt, the co-presenter."""
    text = (
        "Ivo Brandt waves from the pier.\n\n"
        'Her co-presenter Brandt laughs. "That was a moment on the pier," he says.'
    )
    assert said(text) == [("Brandt", "co-presenter")]


def test_a_role_given_where_the_text_names_the_speaker_comes_before_one_given_nearby() -> None:
    text = (
        "Ivo Brandt, the harbour master, waves from the pier.\n\n"
        'Her co-presenter Brandt laughs. "That was a moment on the pier," he says.'
    )
    assert said(text) == [("Brandt", "harbour master")]


@pytest.mark.parametrize(
    "text",
    [
        "Weeks after the Kessel Ferry Act passed, since Harbour Day was added in 1990, "
        'crews returned to their refrain: "It is good, but it is not enough."',
        'The skipper was said to have been "close to tears, with no way back" when he landed.',
    ],
)
def test_regression_the_subject_of_a_passive_speech_verb_was_the_speaker(text: str) -> None:
    """ "Day was added", "was said to", "is told": spoken of or to, not speaking."""
    assert [speaker for speaker, _ in said(text)] == [None]


def test_one_who_was_asked_is_the_one_who_answers_next() -> None:
    text = 'Backstage, Ada Ode was asked about the ferry. "No one knows," she said.'
    assert said(text) == [("Ada Ode", None)]


def test_one_who_is_told_is_not_the_speaker() -> None:
    text = 'Ada Ode vowed to "save the old pier," the Kessel Gazette is told.'
    assert said(text) == [("Ada Ode", None)]
