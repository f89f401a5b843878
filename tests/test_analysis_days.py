"""The day of one happening that sources of one claim give differently (analysis/_days.py).

Sentences written for the test: "the army attacked the port on Thursday" against
"attacks on the port early Friday" is a day that may differ; a deadline, a day that
may be any week, a day of telling, of another happening or of what will happen is not.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from summarize.analysis._disagree import find_disagreements
from summarize.records import Sentence


def told(*texts: str) -> list[Sentence]:
    """One sentence an article, the articles named a, b, c, ..., each after a line of its own."""
    opening = "A line before. "
    return [
        Sentence(chr(ord("a") + i), 0, len(opening), len(opening) + len(t), t)
        for i, t in enumerate(texts)
    ]


def days(
    *texts: str, claims: Sequence[Sequence[int]] | None = None
) -> list[tuple[bool, str, list[str], list[float]]]:
    """(certain, about, values, numbers) of each disagreement; all of one claim by default."""
    groups = [list(range(len(texts)))] if claims is None else claims
    sentences = told(*texts)
    found = find_disagreements(sentences, {}, claims=groups)
    for disagreement in found:
        for version in disagreement.versions:
            start = version.start - version.sentence.start  # offsets in the article
            assert version.sentence.text[start : start + len(version.value)] == version.value
            assert version.end - version.start == len(version.value)
    return [
        (d.certain, d.about, [v.value for v in d.versions], [v.low for v in d.versions])
        for d in found
    ]


def test_regression_the_day_of_one_attack_given_differently_was_not_flagged() -> None:
    found = days(
        "Harbour troops carried out attacks on Tarnby port early Friday.",
        "Harbour troops attacked the port of Tarnby on Thursday, officials said.",
        "Troops attacked the Tarnby port early Friday morning.",
    )
    assert found == [
        (False, "day of the attack", ["Friday", "Thursday", "Friday"], [5.0, 4.0, 5.0])
    ]


def test_regression_the_day_of_one_indictment_given_differently_was_not_flagged() -> None:
    found = days(
        "Two former aides of the mayor were indicted Thursday for leaking her letters.",
        "Two former aides of the mayor were indicted on Tuesday over the leaked letters.",
    )
    assert found == [(False, "day of the charges", ["Thursday", "Tuesday"], [4.0, 2.0])]


def test_a_verb_no_class_names_labels_the_day() -> None:
    found = days(
        "The harbour board ordered the ferries to stop on Wednesday.",
        "The ferries were ordered Tuesday to stop, the harbour board said.",
    )
    assert found == [(False, "day ordered", ["Wednesday", "Tuesday"], [3.0, 2.0])]


def test_days_of_one_happening_need_sentences_of_one_claim() -> None:
    texts = (
        "Harbour troops attacked the port of Tarnby early Friday.",
        "Harbour troops attacked the port of Tarnby on Thursday.",
    )
    assert days(*texts, claims=[[0], [1]]) == []
    assert find_disagreements(told(*texts), {}) == []  # claims not known: no days


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Harbour troops attacked the port of Tarnby on Friday.",
            "Harbour troops attacked the port of Tarnby on Friday, officials said Saturday.",
            id="one day, another the day of telling",
        ),
        pytest.param(
            "The board must approve the port budget by Friday.",
            "The board approved the port budget on Tuesday.",
            id="a deadline against a day",
        ),
        pytest.param(
            "The port has been closed since Monday.",
            "The port closed on Tuesday.",
            id="since",
        ),
        pytest.param(
            "Ferries sailed from the port last Monday.",
            "Ferries sailed from the port on Wednesday.",
            id="last Monday may be another week",
        ),
        pytest.param(
            "The board will vote on the budget on Friday.",
            "The board voted on the budget on Thursday.",
            id="what will happen",
        ),
        pytest.param(
            "Twelve people were killed in Tarnby on Monday.",
            "Sixty more were killed in Tarnby on Tuesday.",
            id="one more happening",
        ),
        pytest.param(
            "The ferry sailed from Monday to Friday.",
            "The ferry sailed on Saturday.",
            id="a span of days",
        ),
        pytest.param(
            "The mayor spoke on Tuesday morning about the port.",
            "The mayor spoke on Wednesday morning about the port.",
            id="a day of telling",
        ),
        pytest.param(
            "Troops attacked the port on Thursday (on the East Coast of the U.S.).",
            "Troops attacked the port early Friday morning, local time.",
            id="days told in two time zones",
        ),
        pytest.param(
            "The port bill passed the House on Tuesday.",
            "The port bill passed the Senate on Thursday.",
            id="two bodies, two happenings",
        ),
        pytest.param(
            "The harbour board met on Tuesday.",
            "The harbour board voted on Wednesday.",
            id="two happenings",
        ),
    ],
)
def test_days_never_flagged_even_in_one_claim(first: str, second: str) -> None:
    assert days(first, second) == []


def test_a_source_that_gives_two_days_for_one_happening_gives_none() -> None:
    found = days(
        "Troops attacked the port on Thursday.",
        "Troops attacked the port on Friday.",
        "Troops attacked the port late Thursday and attacked the docks on Friday.",
        claims=[[0, 1, 2]],
    )
    assert found == [(False, "day of the attack", ["Thursday", "Friday"], [4.0, 5.0])]


def test_regression_a_day_told_in_another_time_zone_was_flagged() -> None:
    """A source that tells a time in a zone anywhere may give the day of another zone."""
    texts = [
        "Troops carried out attacks on Tarnby port early Friday.",
        "Troops attacked the port of Tarnby on Thursday.",
        "The army wrote about it Thursday, on the East Coast of the U.S.",
    ]
    sentences = told(*texts)
    sentences[2] = Sentence("b", 1, 0, len(texts[2]), texts[2])  # the second article's
    assert find_disagreements(sentences, {}, claims=[[0, 1]]) == []
    assert len(find_disagreements(sentences[:2], {}, claims=[[0, 1]])) == 1
