"""Where figures may start: digit runs anywhere, number words as whole words in any case."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.analysis._figures.anchors import Anchors, anchored, anchors
from summarize.analysis._figures.words import WORD_NUMBERS

# Long enough that texts read together are joined and matched on their codes (4096 characters).
FILLER = "No figure at all is written in this filler sentence. " * 90


def spans(text: str) -> list[tuple[int, int]]:
    found = anchors([text])
    assert set(found.numbers) <= {0}
    return list(zip(found.starts, found.ends, strict=True))


def written(text: str) -> list[str]:
    return [text[a:b] for a, b in spans(text)]


def test_a_digit_run_with_inner_commas_and_points_is_one_anchor() -> None:
    assert written("Repairs cost 1,500.75 euros in 2019.") == ["1,500.75", "2019"]


def test_a_trailing_or_doubled_separator_ends_the_digit_run() -> None:
    assert spans("Rows 1,,2 and 3. and 4,") == [(5, 6), (8, 9), (14, 15), (21, 22)]


def test_digits_glued_to_letters_still_anchor() -> None:
    assert spans("The MP3 files and 5G masts") == [(6, 7), (18, 19)]


def test_number_words_anchor_as_whole_words_in_any_case() -> None:
    text = "Nearly TWELVE boats and Eleven crews, some thirty people."
    assert written(text) == ["TWELVE", "Eleven", "thirty"]


def test_a_number_word_inside_a_longer_word_is_no_anchor() -> None:
    assert spans("It was often plenty; oneself, the tenth, sixteenth, someone.") == []


def test_each_word_of_a_hyphenated_number_is_an_anchor() -> None:
    assert spans("seventy-two") == [(0, 7), (8, 11)]


def test_vague_plurals_and_scale_words_are_anchors_too() -> None:
    assert written("Dozens of tens and half a million, a century") == [
        "Dozens", "tens", "half", "million", "century",
    ]  # fmt: skip


def test_anchors_are_listed_by_text_then_offset_and_texts_without_any_are_skipped() -> None:
    found = anchors(["Eleven of 1,500 left.", "None left.", "2 left."])
    assert found == Anchors(numbers=[0, 0, 2], starts=[0, 10, 0], ends=[6, 15, 1])


def test_no_texts_and_empty_texts_give_no_anchors() -> None:
    assert anchors([]) == Anchors([], [], [])
    assert anchors(["", ""]) == Anchors([], [], [])


def test_texts_read_joined_get_the_anchors_each_gets_alone() -> None:
    texts = ["Twelve boats, 40 crews.", FILLER, "\u00e9leven and one,5 and Ninety"]
    assert sum(map(len, texts)) > 4096
    found = anchors(texts)
    assert [(n, s, e) for n, s, e in zip(*found, strict=True) if n != 1] == [
        (0, 0, 6), (0, 14, 16), (2, 11, 14), (2, 15, 16), (2, 21, 27),
    ]  # fmt: skip


def test_a_dotted_capital_i_keeps_the_offsets_of_every_text_read_joined() -> None:
    texts = ["\u0130zmir saw twelve boats.", FILLER, "About forty left \u0130stanbul in 2019."]
    found = anchors(texts)
    got = [texts[n][s:e] for n, s, e in zip(*found, strict=True) if n != 1]
    assert got == ["twelve", "forty", "2019"]


def test_anchored_accepts_a_figure_start_and_rejects_the_middle_of_a_word() -> None:
    assert anchored("about twenty", 6)
    assert not anchored("about twenty", 7)
    assert anchored("of ten", 3)
    assert not anchored("often", 2)
    assert anchored("NINETY boats", 0)
    assert anchored("The MP3 file", 6)
    assert not anchored("The MP3 file", 5)


# --- against a brute-force reference ------------------------------------------------------

_WORD_SET = frozenset(WORD_NUMBERS)


def reference(text: str) -> list[tuple[int, int]]:
    """Digit runs anywhere, and every whole word (a maximal run of \\w) that is a number word."""
    found = [m.span() for m in re.finditer(r"[0-9]+(?:[.,][0-9]+)*", text)]
    found += [m.span() for m in re.finditer(r"\w+", text) if m.group().lower() in _WORD_SET]
    return sorted(found)


PIECES = st.sampled_from(
    ["one", "Two", "TWELVE", "dozens", "hundred", "tens", "half", "century", "seventy", "sixth",
     "ones", "plenty", "tenth", "1", "2,5", "3.", ".4", "1,,2", "x", "_", "\u00e9", "\u0130",
     " ", "\n", "-", "'", ",", ".", "five5", "5five", "\u00bd", "\u0663"]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_anchors_match_a_brute_force_reference_alone_and_joined(texts: list[str]) -> None:
    for batch in (texts, [*texts, FILLER]):
        found = anchors(batch)
        by_text: dict[int, list[tuple[int, int]]] = {}
        for n, start, end in zip(*found, strict=True):
            by_text.setdefault(n, []).append((start, end))
        for n, text in enumerate(batch):
            assert by_text.get(n, []) == reference(text)
            assert all(anchored(text, start) for start, _ in by_text.get(n, []))
