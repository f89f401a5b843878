"""The key of a line printed again: the fast path gives the pattern's key on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarize.text import _clean_patterns as patterns
from summarize.text._repeats import _ASCII_IGNORES, repeat_key, slow_repeat_key

# ASCII (control characters, the three quotation marks and the separators \x1c to \x1f
# that str.split takes for white space among them), and the characters where folding
# case, white space or the ignored marks differ past ASCII.
_MIXED = st.sampled_from(
    [chr(c) for c in range(128)]
    + list("\u00df\u017f\u212a\u0130\u00c9\u00e9\ufb01\u00a0\u2003\u3000\u0085")
    + list("\u201c\u201d\u2018\u2019\u00ab\u00bb\u00ad\u200b\u200d\u2060\ufeff\u00b4")
)


@given(st.text(alphabet=_MIXED, max_size=80))
def test_the_key_equals_the_patterns_key(text: str) -> None:
    """Any text, ASCII or not, gets the key the pattern gives it."""
    repeat_key.cache_clear()
    assert repeat_key(text) == slow_repeat_key(text)
    assert repeat_key(text) == slow_repeat_key(text)  # kept, and the same


@given(st.text(alphabet=st.sampled_from([chr(c) for c in range(128)]), max_size=80))
def test_ascii_text_is_keyed_alike(text: str) -> None:
    """ASCII text alone, control characters and all, takes the substring path."""
    repeat_key.cache_clear()
    assert repeat_key(text) == slow_repeat_key(text)


def test_the_ascii_marks_are_those_the_pattern_ignores() -> None:
    """The fast path takes out exactly the ASCII characters of ``REPEAT_IGNORES``."""
    ignored = {chr(c) for c in range(128) if patterns.REPEAT_IGNORES.fullmatch(chr(c))}
    assert ignored == set(_ASCII_IGNORES)


def test_a_headline_printed_twice_has_one_key() -> None:
    """Straight or curly quotes, case and spacing aside, the pier's headline is one line."""
    assert repeat_key('Kessel  pier "reopens"') == repeat_key("KESSEL pier \u201creopens\u201d")
