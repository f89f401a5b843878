"""Lines that leave out what they speak of: read after the lines a digest shows before them."""

from __future__ import annotations

import attrs
import numpy as np
import pytest
from scipy import sparse

from summarize import Article, Quote, Sentence
from summarize.claims import SentenceSet, SimilarityGraph
from summarize.claims._exclusives import _left_out
from summarize.text import names_before, pointing_noun, speaker_left_out, told_whole


def _set(
    texts: list[tuple[str, str]], rows: list[list[float]], groups: list[list[int]]
) -> SentenceSet:
    """The sentences ``texts`` ((article, text) pairs, each article's in order), one outlet an
    article, with the TF-IDF ``rows`` and claim ``groups`` given."""
    articles = [
        Article(id=article, text=" ".join(t for a, t in texts if a == article), source=article)
        for article in dict.fromkeys(article for article, _ in texts)
    ]
    sentences = []
    for article in dict.fromkeys(a for a, _ in texts):
        start = 0
        for index, text in enumerate(t for a, t in texts if a == article):
            sentences.append(
                Sentence(
                    article=article, index=index, start=start, end=start + len(text), text=text
                )
            )
            start += len(text) + 1
    matrix = sparse.csr_matrix(np.array(rows))
    return SentenceSet.of(
        articles,
        sentences,
        matrix=matrix,
        terms=[[] for _ in texts],
        scores=np.linspace(0.9, 0.1, len(texts)),
        graph=SimilarityGraph.build(matrix, threshold=0.5),
        similarity=0.5,
        groups=groups,
        quotes={},
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The move drew praise from the harbour board.", "move"),
        ("However, the news will not surprise the crews.", "news"),
        ("The number marks a rise on last summer.", "number"),
        ("The Kessel senator said the pier would close.", "senator"),
        ("The economy grew in May.", None),
        ("The move by Ada Ode drew praise.", None),
        ("The effort aimed at saving the pier failed.", None),
        ("The Kessel Harbour Board met on Monday.", None),
    ],
)
def test_a_subject_that_stands_for_a_thing_named_elsewhere_gives_its_noun(
    text: str, noun: str | None
) -> None:
    """ "The move", "The news", "The Kessel senator": which? A subject that says which ("by
    Ada Ode", "aimed at ..."), or one that is no such noun, gives none."""
    assert pointing_noun(text) == noun


def test_a_noun_is_named_before_in_any_of_its_forms() -> None:
    assert names_before("move", ["The board moved the ferry to Brennock."])
    assert names_before("senator", ["Two senators met the crews."])
    assert not names_before("number", ["The ferry sailed at noon."])


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ('"We will rebuild the pier by spring.', True),
        ("\u201cWe will rebuild the pier by spring.", True),
        ('Rebuild it all by spring."', True),
        ("I adore the old ferry.", True),
        ("But we never sold the ferry.", True),
        ("I\u2019m like, \u201cSo it was my fault, then.\u201d", True),
        ('"We will rebuild the pier," said Ada Ode.', False),
        ('We will rebuild it," said Ada Ode, the harbour master.', False),
        ("The pier reopened on Monday.", False),
        ("Ivan said: \u201cThe ferry sails at noon.\u201d", False),
    ],
)
def test_regression_words_whose_speaker_the_line_does_not_name_were_shown_as_a_line(
    text: str, left_out: bool
) -> None:
    """A piece of a quotation over several sentences, or "I" outside quotation marks, reads
    as nobody's words: the speaker is not in the line."""
    assert speaker_left_out(text) is left_out


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ('"We will rebuild the pier," said Ada Ode.', True),
        ("The Kessel ferry sailed at noon on Monday.", True),
        ('"We will rebuild the pier," she began.', False),
        ("\u2014 Ada Ode, asked where the ferry would go.", False),
        ("The appeal of those fines will be heard in May.", False),
        ('"We will rebuild the pier by spring.', False),
    ],
)
def test_regression_a_stand_in_was_itself_a_piece_or_pointed_back(text: str, whole: bool) -> None:
    """What takes a left-out line's place must read whole as written: no pronoun for its
    speaker, no dash that opens a caption, no "those" things named before, no quote piece."""
    assert told_whole(text) is whole


# Row 0: a line of article a; rows 1 and 2: article b, a quote piece (row 1) whose speaker
# the sentence after names (row 2); row 3: article c, the same words with their speaker.
_QUOTED = [
    ("a", "Harbour master Ada Ode closed the Kessel pier on Monday."),
    ("b", '"We will rebuild every pier of Kessel by the spring.'),
    ("b", 'The crews are ready," Ivo Brandt said.'),
    ("c", '"We will rebuild every pier of Kessel by the spring," Ivo Brandt said on Monday.'),
]
_ROWS = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.6, 0.8], [0.0, 0.9, np.sqrt(0.19)]]


def test_regression_a_merged_line_showed_a_quote_piece_another_source_gives_with_its_speaker() -> (
    None
):
    """'"We will rebuild every pier ...' names no speaker; another source's sentence of the
    line gives the same words and says who spoke them: it shows the line, which keeps its
    support and sources."""
    by_row = _set(_QUOTED, _ROWS, [[0], [1, 3], [2]])
    first, second = by_row.merged_claims([0, 1], restated=False, keep=1, words=None)
    assert first.row == 0
    assert second.row == 3
    assert second.rows == (1, 3)
    assert set(second.claim.sources) == {"b", "c"}


def test_a_quote_piece_right_after_its_speakers_line_keeps_its_sentence() -> None:
    """Shown right after the sentence of its article that names the speaker, the piece
    reads as that speaker's words going on."""
    by_row = _set(_QUOTED, _ROWS, [[0], [1, 3], [2]])
    lines = by_row.merged_claims([2, 1], restated=False, keep=1, words=None)
    assert [line.row for line in lines] == [2, 1]


def test_a_one_source_line_is_not_shown_by_another_sentence() -> None:
    by_row = _set(_QUOTED, _ROWS, [[0], [1], [2], [3]])
    lines = by_row.merged_claims([0, 1], restated=False, keep=1, words=None)
    assert [line.row for line in lines] == [0, 1]


def test_regression_a_line_on_the_move_with_no_move_named_before_was_shown() -> None:
    """'The move drew praise ...' after lines that name no move: another source's sentence
    that says which move shows the line; after a line that names it, it keeps its own."""
    texts = [
        ("a", "Ada Ode closed the Kessel pier on Monday."),
        ("b", "The move drew praise from the harbour crews."),
        ("c", "The closing of the Kessel pier by Ada Ode drew praise from the harbour crews."),
        ("d", "Ada Ode moved the Kessel ferry to Brennock."),
    ]
    rows = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.8, 0.6], [0.6, 0.0, 0.8]]
    by_row = _set(texts, rows, [[0], [1, 2], [3]])
    assert by_row.merged_claims([0, 1], restated=False, keep=1, words=None)[1].row == 2
    assert by_row.merged_claims([3, 1], restated=False, keep=1, words=None)[1].row == 1


def test_regression_an_exclusive_left_out_its_speaker_or_its_subject() -> None:
    """Read after the line before it, a quote piece of another article, or "The number ..."
    with no number named there, is refused; an article that lost such a pick takes in its
    place only a sentence that reads whole."""
    texts = [
        ("a", "Harbour master Ada Ode closed the Kessel pier on Monday."),
        ("b", '"We will rebuild every pier of Kessel by the spring.'),
        ("b", "The number marks a rise on last summer."),
        ("b", '"Tolls will rise," she began.'),
        ("c", "Ferries carried 400 riders a day, a number not seen since May."),
        ("c", "The number marks a rise on last summer."),
    ]
    rows = np.eye(6).tolist()
    by_row = _set(texts, rows, [[0], [1], [2], [3], [4], [5]])
    strict: set[int] = set()
    refused = _left_out(
        by_row, [[], [1, 2], [4, 5]], {1, 2, 4, 5}, set(), set(), [0], set(), strict
    )
    assert refused == {1, 2}
    assert strict == {1}
    refused = _left_out(by_row, [[], [3], [4, 5]], {3}, set(), {1, 2}, [0], set(), strict)
    assert refused == {3}


def test_regression_a_sentence_inside_someones_words_with_no_mark_was_shown_as_its_own() -> None:
    """'Tolls rise in May.' inside a quotation over three sentences is the speaker's, who is
    named in another sentence: another source's sentence that names them shows the line."""
    texts = [
        ("a", "Harbour master Ada Ode closed the Kessel pier on Monday."),
        ("b", '"We sailed at dawn.'),
        ("b", "Tolls on the Kessel ferry rise in May."),
        ("b", 'We will be back," the crews said.'),
        ("c", "Tolls on the Kessel ferry rise in May, the crews of the ferry said."),
    ]
    rows = [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.9, 0.0]]
    by_row = _set(
        texts, np.array(rows) / np.linalg.norm(rows, axis=1, keepdims=True), [[0], [1], [2, 4], [3]]
    )
    page = " ".join(text for article, text in texts if article == "b")
    words = page[1 : page.index('"', 1)]
    quote = Quote(text=words, speaker="the crews", article="b", start=1, end=1 + len(words))
    by_row = attrs.evolve(by_row, quotes={"b": [quote]})
    lines = by_row.merged_claims([0, 2], restated=False, keep=1, words=None)
    assert [line.row for line in lines] == [0, 4]
    assert lines[1].rows == (2, 4)
