"""A supporting sentence that tells the shown line's background, not its news, leaves the line."""

from __future__ import annotations

import pytest

import summarize
import summarize.pipeline
from summarize import Article
from summarize.claims._background import BACKGROUND_SHARED, clauses, tells_background
from summarize.claims._shapes import never_states

LINE = "Ivo Brandt, who was charged with arson at the Kessel pier last week, pleaded not guilty."
BACKGROUND = "Brandt was charged last week with arson after a fire gutted the pier at Kessel."
NEWS = "Ivo Brandt pleaded not guilty on Monday to setting the fire at the Kessel pier."


def test_clauses_of_background_run_from_their_opening_word_to_the_next_comma() -> None:
    rest, found = clauses(LINE)
    assert found == ["who was charged with arson at the Kessel pier last week"]
    assert rest == "Ivo Brandt, , pleaded not guilty."
    assert clauses("The ferry sailed after the storm \u2014 late, but full.")[1] == [
        "after the storm"
    ]
    assert clauses("The ferry sailed; the pier stayed shut.")[1] == []
    # a colon or a quotation mark closes it: what follows is what someone said
    assert clauses('Ada Ode spoke after the race: "The pier is a wreck."')[1] == ["after the race"]


def test_a_capitalised_opening_word_opens_no_clause() -> None:
    """'WHO' is a name, and 'After' opens the sentence, not a clause of the line's news."""
    assert clauses("The WHO said the ferry was safe.")[1] == []
    assert clauses("After the storm, the ferry sailed.")[1] == []


@pytest.mark.parametrize(
    ("shown", "text"),
    [
        (LINE, BACKGROUND),
        (
            "Ada Ode resigned as harbour master on Friday, amid a row over unpaid ferry fees.",
            "The row over unpaid ferry fees has dogged the port for months.",
        ),
        (
            "The Brennock council voted to rebuild the jetty, which a storm wrecked last winter.",
            "A storm wrecked the old pier at Brennock last winter.",
        ),
    ],
)
def test_regression_a_sentence_telling_the_lines_background_supported_it(
    shown: str, text: str
) -> None:
    """Sharing only the words of the shown sentence's background clause is no support."""
    assert tells_background(shown, text)
    assert never_states(shown, text) == "background"


@pytest.mark.parametrize(
    ("shown", "text"),
    [
        (LINE, NEWS),  # it shares the news' words too
        # the same words, but the line has no clause of background
        ("Ivo Brandt was charged with arson at the Kessel pier.", BACKGROUND),
        # a quotation after the clause is no part of it
        (
            'Ada Ode spoke to the crowd after the race: "The old pier is a wreck."',
            '"The old pier is a wreck."',
        ),
        # the rest of the line says next to nothing: its news is in the clause
        (
            "There are few in Kessel who have never waited an hour for the ferry.",
            "Most people of Kessel have waited an hour for the ferry at least once.",
        ),
        # one word of the clause only
        (LINE, "Prosecutors said the arson cost the town a year of ferry trips."),
        # a frame word ("said") of the clause is no word of its background
        (
            "Ada Ode, who said the pier was unsafe, closed it on Friday.",
            "The harbour master said on Friday that the ferry would run late.",
        ),
    ],
)
def test_a_sentence_that_shares_the_lines_news_or_too_little_stays(shown: str, text: str) -> None:
    assert not tells_background(shown, text)
    assert never_states(shown, text) is None


def test_the_fewest_words_shared_with_the_clause() -> None:
    assert BACKGROUND_SHARED == 2


def test_regression_the_background_left_a_merged_line_and_the_news_stayed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three articles: the line's news, its background, the news again in other words."""
    from tests.test_claims_shapes import _passing

    monkeypatch.setattr(summarize.pipeline, "shipped_verifier", _passing)
    texts = (LINE, BACKGROUND, NEWS)
    articles = [Article(id=f"a{k}", source=f"S{k}", text=text) for k, text in enumerate(texts)]
    digest = summarize.summarize(articles, merged=8, redundancy=1.0)
    lines = [[s.text for s in claim.support] for claim in digest.merged]
    assert not any(LINE in found and BACKGROUND in found for found in lines)
    assert any(LINE in found and NEWS in found for found in lines) or not any(
        LINE in found for found in lines
    )


def test_regression_a_clause_that_tells_which_one_ran_over_the_main_verb() -> None:
    """A relative clause with no comma before it tells which one, not the background.

    "The mother of a girl whose body was found at the pier admitted ..." read a clause
    from "whose" to the comma, over "admitted", and a sentence stating the admission
    left the line.
    """
    shown = "The mother of a girl whose body was found at the pier admitted hitting her, they say."
    assert clauses(shown)[1] == []
    assert not tells_background(shown, "Ada Ode admitted she hit the girl she found by the pier.")


def test_regression_a_questions_who_is_opened_a_clause() -> None:
    """ "who's" asks a question ("who's got a plan"): it opens no clause of background."""
    assert clauses("We need someone who's got a plan for the pier, Ode said.")[1] == []
    assert clauses("The ferry, who\u2019s late again, docked.")[1] == []
