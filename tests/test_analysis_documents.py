"""Quotes read from documents: "the report said" is the words of whoever issued the report.

The rule is summarize.analysis._documents (with spoken_by in _people); these tests go
through find_quotes, as the digest does. A document named by its noun alone is never a
speaker; one named by name ("the Kessel report") is, when no issuer is found.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize.analysis._documents import _BY_ANY, _after, _by, issuer
from summarize.analysis._quotes import find_quotes
from summarize.pipeline import content_sentences
from summarize.records import Article


def speakers(text: str) -> list[str | None]:
    article = Article(id="a", text=text)
    return [quote.speaker for quote in find_quotes(article, content_sentences(article))]


@pytest.mark.parametrize(
    ("introduced", "expected"),
    [
        (
            "A report released on Tuesday by the Harbour Institute looked at the tolls.",
            "the Harbour Institute",
        ),
        (
            "The Harbour Institute published a report on the tolls on Tuesday.",
            "the Harbour Institute",
        ),
        ("The Harbour Institute's annual report looked at the tolls.", "the Harbour Institute"),
        (
            "The Kessel Port Authority said in a statement that it was studying the tolls.",
            "the Kessel Port Authority",
        ),
    ],
)
def test_regression_the_report_said_had_no_speaker_though_the_text_names_its_issuer(
    introduced: str, expected: str
) -> None:
    """ "the report said" after the report is introduced with its issuer: the issuer."""
    noun = "statement" if "statement" in introduced else "report"
    text = (
        f'{introduced}\n\n"The tolls would pay for the bridge within ten years," the {noun} said.'
    )
    assert speakers(text) == [expected]


def test_regression_according_to_the_statement_had_no_speaker() -> None:
    """ "according to the statement" names the body the statement is from."""
    text = (
        "The fake office was run by a crime ring, the Harbour Ministry said in a statement.\n\n"
        'The ring was able "to pay off officials to look the other way for a decade," '
        "according to the statement."
    )
    assert speakers(text) == ["the Harbour Ministry"]


def test_a_document_with_no_issuer_named_gives_no_speaker() -> None:
    """ "the report said" with no issuer anywhere before: no speaker, never "the report"."""
    text = (
        "A report on the tolls came out on Tuesday.\n\n"
        '"The tolls would pay for the bridge within ten years," the report said.'
    )
    assert speakers(text) == [None]


def test_the_last_document_introduced_is_its_own_issuer_s() -> None:
    """A later statement from an unnamed official is the official's, not the earlier named one's."""
    text = (
        "Ada Ode said in a statement on Monday that the pier was safe. "
        "On Tuesday a senior official sent a statement to the Gazette.\n\n"
        '"We are always concerned when the pier is closed for a day," the statement said.'
    )
    assert speakers(text) == ["a senior official"]
    text = text.replace("a senior official", "somebody")
    assert speakers(text) == [None]  # introduced with no issuer: nobody's


def test_a_document_the_text_names_no_issuer_of_is_no_speaker_after_by_a_time() -> None:
    """ "a report by Tuesday" names a time, not an issuer."""
    assert issuer("A report by Tuesday was due. The report said", 32, "The report") is None


def test_regression_an_adjective_after_the_was_taken_for_the_issuer() -> None:
    """ "a statement by the Kessel harbour board" names no "the Kessel"."""
    text = (
        "A joint statement by the Kessel harbour board and the clinic came out.\n\n"
        '"The patient had surgery to stabilise her spine on Monday," the statement said.'
    )
    assert speakers(text) == [None]


def test_a_page_or_a_post_is_no_document_with_an_issuer() -> None:
    """A page is not issued: "the page said" stays nobody's, whoever made a page."""
    text = (
        "Ada Ode set up a page for the fund.\n\n"
        '"Every coin goes to the families of the crew," the page said.'
    )
    assert speakers(text) == [None]


def test_regression_a_credited_quote_went_on_with_the_quote_before() -> None:
    """'"..." -Harbour Mayor Ada Ode, on the ferry' is credited: Ada Ode's, not the one before's."""
    text = (
        'The Harbour Council issued a statement. "We are saddened by the loss of the ferry '
        'and its crew," the statement said.\n\n'
        '"He is a good kid. It is too bad the sea got the best of him." -Harbour Mayor '
        "Ada Ode, on the ferry's captain."
    )
    assert speakers(text) == ["the Harbour Council", "Ada Ode"]


def test_regression_a_document_filed_by_someone_in_the_attribution_had_no_speaker() -> None:
    """'"...," says the lawsuit filed by the Harbour Trust.': the trust's words."""
    text = (
        "The pier was closed in May.\n\n"
        '"The closing of the pier broke the lease of every stall on it," '
        "says the lawsuit filed by the Harbour Trust."
    )
    assert speakers(text) == ["the Harbour Trust"]


def test_a_statement_signed_by_several_people_gives_no_speaker() -> None:
    """'according to the statement signed by Dr. Ada Ode, Dr. Ivo Brandt and ...': no one."""
    text = (
        "Harbour officials spoke on Wednesday.\n\n"
        'It is "very clear" that the sea wall is failing and "we are starting to see the '
        'first cracks along the quay," according to the statement signed by Harbour Director '
        "Dr. Ada Ode, Port Engineer Dr. Ivo Brandt and others."
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "attribution",
    [
        "the suit said",
        "says the suit",
        "the memorandum says",
        "the motion said",
        "the opinion said",
        "the court papers said",
        "the nondisclosure agreement said",
        "the manual says",
    ],
)
def test_regression_legal_papers_were_shown_as_speakers(attribution: str) -> None:
    """A suit, a motion, an opinion or a memorandum says nothing itself: no speaker."""
    text = f'The case went on.\n\n"The harbour board broke every term of the lease," {attribution}.'
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "phrase",
    [
        "according to a page set up on a fundraising site",
        "according to a letter sent on Monday",
        "according to a statement put out on Monday",
        "according to a statement written for the board",
        "according to a letter drawn up on Monday",
        "according to a note made on Monday",
        "according to a statement given to the board",
        "according to a video shown on Monday",
    ],
)
def test_regression_a_text_with_a_participle_after_it_was_shown_as_the_speaker(
    phrase: str,
) -> None:
    """'a page set up on a site': the page's words, nobody's (a cut phrase before)."""
    text = f'The fund opened.\n\nThe crew "worked through the night to save the boat," {phrase}.'
    assert speakers(text) == [None]


def test_a_forecast_is_the_words_of_whose_forecast_it_is() -> None:
    text = (
        "The storm came in from the west.\n\n"
        '"Strong winds will bring down trees across the harbour," the agency\'s forecast said.'
    )
    assert speakers(text) == ["the agency"]


_NOUNS = ("report", "reports", "study", "statement", "suit", "lawsuit", "analysis", "poll")
_BETWEEN = ("", " released", ", filed", " on Tuesday", " and its review", " sent", ",")
_ISSUERS = ("by the Harbour Institute", "from Ada Ode", "by the ministry", "by Tuesday", "")


@given(
    st.sampled_from(_NOUNS),
    st.sampled_from(_BETWEEN),
    st.sampled_from(_ISSUERS),
    st.sampled_from(("report", "study", "suit", "poll", "review")),
)
def test_the_issuer_after_any_noun_matches_as_the_nouns_own_pattern(
    written: str, between: str, by: str, noun: str
) -> None:
    """Tried at the noun's place, the pattern of every noun finds what that noun's finds."""
    text = f"The {written}{between} {by} said."
    specific = re.compile(_by(noun)).match(text, 4)
    general = _BY_ANY.match(text, 4)
    if general is not None and general.group("doc") != noun:
        general = None
    assert (specific and specific.groupdict()) == (general and general.groupdict())


def test_a_phrase_with_no_document_of_its_noun_introduced_gives_no_issuer() -> None:
    """Without "a report" (or its issuer right after it) before "the report", nobody issued it."""
    text = "A study by the Harbour Institute came out. The report said: ..."
    assert issuer(text, text.index("The report"), "The report") is None
    text = "The Harbour Institute issued a report. The report said: ..."
    assert issuer(text, text.index("The report"), "The report") == "the Harbour Institute"


@given(
    st.lists(
        st.sampled_from(
            (
                *("the report", "reports", "a study", "statement", "lawsuit", "suit", "review"),
                *(",", "released", "filed", "on Tuesday", "by", "from", "the Harbour Institute"),
                *("Ada Ode", "by Tuesday", "and", "its report", "said", "."),
            )
        ),
        max_size=14,
    ).map(" ".join),
    st.sampled_from(("report", "study", "suit", "lawsuit", "statement", "review")),
    st.integers(0, 20),
)
def test_the_issuers_after_a_noun_are_those_its_own_pattern_finds(
    text: str, noun: str, lo: int
) -> None:
    """_after gives, one after another, the matches finditer of the noun's pattern gives."""
    own = [(m.span(), m.groupdict()) for m in re.compile(_by(noun)).finditer(text, lo)]
    assert [(m.span(), m.groupdict()) for m in _after(text, noun, lo, len(text))] == own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A publicist for the ferry company said in a statement that the crossing was safe. "
            'The statement goes on to say, "No passenger was ever at risk."',
            ["a publicist for the ferry company"],
        ),
        (
            "The crossing was safe, according to a statement provided to the Gazette by a "
            "publicist for the crew. The statement goes on to say that the crews were "
            '"trained for far worse weather than this."',
            ["a publicist for the crew"],
        ),
        (
            'A spokeswoman for the Harbour Board said in a statement, "The pier will reopen '
            'on Monday." The statement continued, "We thank the divers for their work."',
            ["a spokeswoman for the Harbour Board", "a spokeswoman for the Harbour Board"],
        ),
        (
            '"The pier will reopen on Monday," Ada Ode said in a statement. The statement '
            'went on to say, "We thank the divers for their work."',
            ["Ada Ode", "Ada Ode"],
        ),
        (
            "Ivo Brandt praised the crews. He went on to say that the harbour "
            '"will never forget what they did that night."',
            ["Ivo Brandt"],
        ),
    ],
)
def test_regression_a_statement_issued_by_a_role_and_its_words_going_on_had_no_speaker(
    text: str, expected: list[str]
) -> None:
    """A statement's issuer named by a role, and "goes on to say", "continued": the same issuer."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a statement with no issuer, and nobody quoted before it
        'The statement goes on to say, "We thank the divers for their work."',
        # "an" inside a word is no article: no role issues the statement
        "A group of Kessel harbour pilots issued a statement on Monday. "
        '"The channel has silted up," the statement said.',
    ],
)
def test_a_statement_going_on_keeps_to_its_own_issuer(text: str) -> None:
    assert speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In a statement on its website, the Kessel Port Authority said it would close the '
         'pier.\n\n"We regret the delays to every ferry," the statement said.',
         "the Kessel Port Authority"),
        ('In a statement Monday, former mayor Ada Ode thanked the crews.\n\n"It was a hard '
         'winter for all of us," the statement said.', "Ada Ode"),
        ('The statement from attorney Ada Ode was issued on Monday.\n\n"My client will '
         'answer every question," the statement said.', "Ada Ode"),
    ],
)  # fmt: skip
def test_regression_statement_issued_in_an_opening_phrase_or_from_a_described_name_had_no_speaker(
    text: str, speaker: str
) -> None:
    """'In a statement, X ...' and 'The statement from attorney X' name who issued it."""
    assert speakers(text) == [speaker]


def test_statement_from_a_group_of_officials_names_no_issuer() -> None:
    """'A statement from harbour officials at X': not one person's; the issuer stays unread."""
    text = (
        "A statement from harbour officials at the Kessel Port Authority came out.\n\n"
        '"We are sorry for every delay this winter," the statement said.'
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("attribution", "expected"),
    [
        ("the Kessel report says", "the Kessel report"),
        ("the new Harbour Board study says", "the new Harbour Board study"),
        ("the Brennock lawsuit alleges", "the Brennock lawsuit"),
        # the speech verb first: the name ran on into the document's noun, which was lost
        ("says the Kessel report", "the Kessel report"),
        ("said the Harbour Board memo", "the Harbour Board memo"),
        ("says the Brennock lawsuit, filed on Monday", "the Brennock lawsuit"),
        # a role after the body's name is still the role's
        ("said the Harbour Board chairman", "the Harbour Board chairman"),
        # named by its noun alone: nobody's words
        ("the statement said", None),
        ("a statement said", None),
        ("the report says", None),
        ("the new study says", None),
    ],
)
def test_regression_a_document_named_by_name_was_no_speaker(
    attribution: str, expected: str | None
) -> None:
    """ "the Kessel report says": a named document is a fair source, as an organisation is.

    The article names no issuer, so the document, as named, stands for it; "the
    statement" or "the report" alone stays nobody's. After the verb ("says the Kessel
    report") the speaker was "the Kessel": the name, without the document it names.
    """
    text = f'The pier closed.\n\n"The pier was unsafe for years," {attribution}.'
    assert speakers(text) == [expected]


def test_a_statement_named_by_its_issuer_after_another_speaker_is_its_own() -> None:
    """ "The Harbour Board statement added": the statement's words, not the last speaker's."""
    text = (
        '"We were never told," Ada Ode said. The Harbour Board statement added that the '
        'pier "will reopen on Monday after the divers finish."'
    )
    assert speakers(text)[-1] == "the Harbour Board statement"
