"""A pattern's ASCII twin finds its matches on ASCII text, and refuses what could differ."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarize._regexes import ascii_twin
from summarize.text._vectorize import _ASCII_TOKEN, _TOKEN

ASCII_TEXT = st.text(alphabet=st.sampled_from([chr(c) for c in range(128)]), max_size=80)


@given(ASCII_TEXT | st.text(alphabet=string.printable, max_size=80))
def test_the_vectorizers_ascii_twin_finds_its_tokens(text: str) -> None:
    """Every ASCII text, control characters and all, gives the vectoriser the same tokens."""
    assert _ASCII_TOKEN.findall(text) == _TOKEN.findall(text)


def test_the_twin_of_a_word_pattern_reads_ferry_copy_alike() -> None:
    """Words, digits, underscores and marks of a harbour story split the same way."""
    word = re.compile(r"[^\W_]+(?:['.-][^\W_]+)*|\d+")
    text = "Ivo Brandt's ferry_7 left Kessel pier at 10.30, a U.S.-built boat."
    assert ascii_twin(word).findall(text) == word.findall(text)
    assert ascii_twin(word).flags & re.ASCII


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\w+\s+\w+"),  # \s takes \x1c to \x1f in Unicode mode only
        re.compile(r"\S+"),
        re.compile("stra\u017fse", re.IGNORECASE),  # the long s matches "s" in Unicode mode
    ],
)
def test_patterns_that_could_match_ascii_text_otherwise_are_refused(
    pattern: re.Pattern[str],
) -> None:
    """Whitespace classes and case folding past ASCII could differ: no twin is made."""
    with pytest.raises(ValueError, match="ASCII mode"):
        ascii_twin(pattern)
