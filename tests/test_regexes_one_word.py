"""A family of patterns searched by one pattern finds what each word's own pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize._regexes import OneWordFamily
from summarize.analysis import _bodies, _documents

# Pieces of harbour copy that the issuers' and the bodies' patterns read: openings of their
# shapes (owners, the verbs that issue a document, appositions), names, words between.
_OPENINGS = [
    "the Harbour Institute's ",
    "Kessel\u2019s annual ",
    "In a ",
    "In its new ",
    "in their ",
    "Ada Ode said in a ",
    "Brandt released the ",
    "The Ferry Board filed a ",
    "Kessel Lines, a ",
    "Brennock Ferries, the small ",
    "the ferry ",
    "The ",
    "Ferry ",
    "U.S. ",
    "7th ",
]
_JOINS = [" ", " ", ", ", ",", ".", ". ", "s", "s ", "\t", "-", "\n", "'s "]
_AFTER = [
    " on Monday, former mayor Ada Ode thanked",
    ", Ada Ode said",
    " Kessel Lines",
    " Ivo Brandt",
    " Department of Ports",
    "the",
    "said",
    "by ",
    "from ",
    "to the Gazette",
]
_FAMILIES = [*_documents._WAYS, *_bodies._WAYS]


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """Each match's span and its groups of the one word's pattern, by name."""
    return [
        (m.span(), {k: m.group(k) for k in ("name", "doc") if k in m.re.groupindex})
        for m in matches
    ]


@pytest.mark.parametrize("family", _FAMILIES, ids=lambda f: f.build.__name__)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_a_family_finds_what_each_words_own_pattern_finds(
    family: OneWordFamily, data: st.DataObject
) -> None:
    """The issuers' and bodies' families give each word's matches, spans and groups alike."""
    word = data.draw(st.sampled_from(sorted(family.words)))
    other = data.draw(st.sampled_from(sorted(family.words)))
    pieces = st.sampled_from([*_OPENINGS, *_JOINS, *_AFTER, word, word, other, f"{other} {word}"])
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    lo = data.draw(st.just(0) | st.integers(0, len(text)))
    hi = data.draw(st.just(len(text)) | st.integers(lo, len(text)))
    own = re.compile(family.build(word))
    expected = _found(list(own.finditer(text, lo, hi)))
    assert _found(list(family.finditer(word, text, lo, hi))) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["pier", "piers", "s", " ", "Ode", "'", "ferry"]), max_size=12))
def test_a_word_another_word_opens_is_found_by_its_own_pattern(pieces: list[str]) -> None:
    """Where a longer word of the family matches first ("piers"), the shorter one is tried too."""
    family = OneWordFamily(lambda word: rf"(?:Ode[ ']?)?{word}\w*", ["pier", "piers", "ferry"])
    text = "".join(pieces)
    for word in sorted(family.words):
        own = re.compile(family.build(word))
        assert [m.span() for m in family.finditer(word, text, 0, len(text))] == [
            m.span() for m in own.finditer(text)
        ]


def test_a_word_outside_the_family_is_refused() -> None:
    """Only the family's words have a pattern; another word is a KeyError, not an empty list."""
    family = OneWordFamily(lambda word: rf"\b{word}\b", ["pier"])
    with pytest.raises(KeyError):
        list(family.finditer("quay", "the quay", 0, 8))
    with pytest.raises(ValueError, match="letters"):
        OneWordFamily(lambda word: word, ["pier-head"])
