"""Quotes read from documents: "the report said" is the words of whoever issued the report.

The rule is summarize.analysis._documents (with spoken_by in _people); these tests go
through find_quotes, as the digest does. A document alone is never a speaker.
"""

from __future__ import annotations

import pytest

from summarize.analysis._documents import issuer
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


def test_the_last_document_introduced_without_an_issuer_gives_no_speaker() -> None:
    """A later statement from an unnamed official is not the earlier named one's."""
    text = (
        "Ada Ode said in a statement on Monday that the pier was safe. "
        "On Tuesday a senior official sent a statement to the Gazette.\n\n"
        '"We are always concerned when the pier is closed for a day," the statement said.'
    )
    assert speakers(text) == [None]


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
