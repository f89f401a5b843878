"""Sentences whose shape says they state no line's fact: each shape, and what stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import summarize
import summarize.pipeline
from summarize import Article
from summarize.claims import SupportVerifier
from summarize.claims._shapes import (
    asks,
    counts_apart,
    cut_short,
    leads_in,
    never_states,
    refuses,
)
from summarize.claims._verify import FEATURES
from summarize.text import signs_post

SHOWN = "The Kessel harbour board closed the north pier on Wednesday after a crane fell."


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("The harbour board closed the pier on...", "stub"),
        ("The north pier will not\u2026", "stub"),
        ("Will the Kessel harbour board ever reopen the north pier?", "question"),
        ("The board's lawyer did not respond to a request for comment.", "refusal"),
        ("Ada Ode declined to comment on the north pier.", "refusal"),
        ("Here are the piers the harbour board has closed:", "lead-in"),
        ("Here's what we know about the north pier.", "lead-in"),
        ("The north pier is shut. - Ada Ode (@adaode) March 3, 2021", "post"),
        ("Ada Ode on the north pier the day the crane fell (via Facebook)", "caption"),
        ("The crane fell on the north pier. (Ivo Brandt/Kessel Herald)", "caption"),
    ],
)
def test_a_sentence_of_each_shape_never_states_a_line(text: str, shape: str) -> None:
    assert never_states(SHOWN, text) == shape


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board shut the north pier in Kessel on Wednesday.",
        # cut off, but after it said its fact
        "The Kessel harbour board closed the north pier on Wednesday after a crane...",
        "The board closed the pier on Wednesday....",  # four dots: a whole sentence first
        '"Why now?" Ada Ode asked after the board closed the north pier.',  # reported
        "The board said it had not responded to the crane firm before the pier shut.",
        "Here's why: the harbour board closed the north pier after a crane fell.",
        "Ada Ode wrote on Twitter that the board closed the north pier.",
        "Ada Ode wrote on Facebook that the board closed the north pier after a crane fell.",
    ],
)
def test_a_sentence_that_states_the_line_is_of_no_such_shape(text: str) -> None:
    assert never_states(SHOWN, text) is None


def test_a_question_may_state_a_line_that_asks_or_quotes() -> None:
    asked = "Will the ferry run again?"
    assert never_states("Ada Ode asked the board: will the ferry run again?", asked) is None
    assert never_states('"We will run the ferry again," Ada Ode said.', asked) is None
    assert never_states("The ferry will run again.", asked) == "question"


def test_a_refusal_may_state_a_line_that_tells_of_one() -> None:
    line = "Ivo Brandt's lawyer declined to comment on the ferry fares."
    refusal = "Brandt's lawyer did not respond to a request for comment."
    assert never_states(line, refusal) is None
    assert never_states("Ivo Brandt's lawyer said he had no comment.", refusal) is None
    assert never_states("Ivo Brandt's lawyer would not answer his phone.", refusal) is None
    assert never_states("Ivo Brandt's lawyer contended the fares were fair.", refusal)


def test_a_share_under_a_count_of_other_things_states_another_figure() -> None:
    """The goal's share of trips under its count of people: figures of two things."""
    line = "The ferry company aims to carry 160 million people by July 4."
    assert never_states(line, "Its goal is 70% of trips by ferry by July 4.") == "other figure"
    assert never_states(line, "The company hopes 160 million will ride by July 4.") is None
    assert not counts_apart(line, "The company wants more riders by July 4.")  # no figure
    assert not counts_apart("Fares rose 5% in 2021.", "Fares went up 5 percent in 2021.")
    assert not counts_apart("The ferry carried 4,000 people.", "The ferry carried 3,900.")
    # the sentence of counts gives the share in words
    assert not counts_apart(
        "Ada Ode pledged to cut ferry fares in half by 2030 before 40 harbour chiefs.",
        "Ada Ode will aim for a 50% cut in ferry fares by 2030.",
    )
    # a price moves as its share does
    assert not counts_apart("Ferry shares fell 1.5%.", "Ferry shares fell 13 cents to $19.72.")
    # years and days of a month are no figures, nor a number inside a name
    assert not counts_apart("Ferries ran 10% late in 2021.", "Ferries ran late on March 3.")
    assert not counts_apart("The A320 carried 90 riders.", "The A320 flew 200 people.")


def test_each_reading_on_its_own() -> None:
    assert cut_short("Over the past week, the...")
    assert not cut_short("The board voted 5-2 to close the 1910...")  # a figure ends it
    assert not cut_short(
        "The Kessel harbour board voted on Monday night to close the old north pier to..."
    )
    assert asks("Remember the ferry that sank in Kessel?")
    assert not asks('"Why us?" the mayor asked.')
    assert refuses("Ada Ode could not be reached for comment.")
    assert not refuses("The court did not respond to the motion.")
    assert leads_in("The new fares:")
    assert signs_post("pic.twitter.com/abc The pier at dawn.")


def _passing() -> SupportVerifier:
    """A verifier that passes every pair."""
    return SupportVerifier.from_dict(
        {
            "features": list(FEATURES),
            "inverse_penalty": 1.0,
            "least": 0.5,
            "mean": [0.0] * len(FEATURES),
            "scale": [1.0] * len(FEATURES),
            "coef": [0.0] * len(FEATURES),
            "intercept": 10.0,
        }
    )


def _supports(texts: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The support of each merged line of a set of one sentence an article, all passed."""
    found: Callable[[], SupportVerifier] = _passing
    monkeypatch.setattr(summarize.pipeline, "shipped_verifier", found)
    articles = [Article(id=f"a{k}", source=f"S{k}", text=text) for k, text in enumerate(texts)]
    digest = summarize.summarize(articles, merged=8, redundancy=1.0)
    return [[s.text for s in claim.support] for claim in digest.merged]


def test_a_stub_leaves_a_merged_line_and_a_restatement_stays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stub = "The Kessel harbour board closed the north pier on..."
    right = "The Kessel harbour board shut the north pier on Wednesday after a crane fell."
    lines = _supports((SHOWN, stub, right), monkeypatch)
    assert any(SHOWN in line and right in line for line in lines)
    assert not any(stub in line and len(line) > 1 for line in lines)


def test_regression_a_caption_credited_via_a_platform_supported_a_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A picture's caption closing on "(via Facebook)" shares the line's people, not its fact."""
    line = "Ada Ode, 34, drowned when the Kessel ferry sank off the north pier on Sunday."
    shown_caption = "Ada Ode and her son on the Kessel ferry off the north pier (via Facebook)"
    right = "Ada Ode, 34, drowned on Sunday after the Kessel ferry sank off the north pier."
    assert never_states(line, shown_caption) == "caption"
    assert never_states(shown_caption, shown_caption) is None  # a caption under a caption
    lines = _supports((line, shown_caption, right), monkeypatch)
    assert any(line in found and right in found for found in lines)
    assert not any(shown_caption in found and len(found) > 1 for found in lines)


def test_a_refusal_leaves_a_line_on_what_a_lawyer_contended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = "Ivo Brandt's lawyer contended in court that the ferry fares were fair."
    refusal = "Ivo Brandt's lawyer did not respond to a request for comment on the ferry fares."
    right = "In court, Ivo Brandt's lawyer argued that the ferry fares were fair."
    lines = _supports((line, refusal, right), monkeypatch)
    assert any(line in found and right in found for found in lines)
    assert not any(refusal in found and len(found) > 1 for found in lines)


def test_regression_a_line_of_min_sources_showed_fewer_when_a_stub_left_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A line of a summary of claims two sources state keeps two, the stub the last resort."""
    monkeypatch.setattr(summarize.pipeline, "shipped_verifier", _passing)
    stub = "The Kessel harbour board closed the north pier on..."
    articles = [Article(id="a0", source="S0", text=SHOWN), Article(id="a1", source="S1", text=stub)]
    digest = summarize.summarize(articles, merged=8, min_sources=2)
    assert [claim.source_count for claim in digest.merged] == [2]
