"""Names across spellings: acronyms and their long forms, and one-letter spelling variants."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summarize import load_articles, summarize
from summarize.pipeline import content_sentences
from summarize.text import _names as names
from summarize.text._names import find_aliases
from summarize.text._vectorize import SentenceVectorizer, tokenize_words


def aliases(
    texts: Sequence[str], documents: Sequence[int] | None = None
) -> dict[str, tuple[str, ...]]:
    return find_aliases(
        texts,
        [tokenize_words(text) for text in texts],
        documents if documents is not None else list(range(len(texts))),
    )


def test_an_acronym_stands_for_the_one_run_of_capitalised_words_that_spells_it() -> None:
    found = aliases(
        [
            "The Harbour Safety Board will report in May.",
            "The HSB said the report was late.",
        ]
    )
    assert found["HSB"] == ("harbour", "safety", "board")


def test_connectors_inside_a_long_form_are_skipped() -> None:
    found = aliases(["The Bank of North Marrow raised rates.", "BNM raised rates again."])
    assert found["BNM"] == ("bank", "of", "north", "marrow")


def test_an_acronym_two_long_forms_spell_is_left_alone() -> None:
    found = aliases(
        [
            "The Port Authority met.",
            "The Planning Agency met.",
            "The PA said nothing.",
        ]
    )
    assert "PA" not in found


def test_a_parenthesis_gives_every_acronym_in_it_the_long_form_before_it() -> None:
    found = aliases(
        [
            "Troops of the Northern Marrow Defence League (NMDL or NDL) crossed the river.",
            "The NDL denied it.",
        ]
    )
    assert found["NMDL"] == found["NDL"] == ("northern", "marrow", "defence", "league")


def test_places_joined_by_and_are_no_long_form_of_a_two_letter_acronym() -> None:
    # Regression: "Iraq and Syria" was taken as a long form of "IS".
    found = aliases(["Fighting spread across Marrow and Ness.", "The MN office closed."])
    assert "MN" not in found


def test_a_possessive_or_a_hyphenated_word_is_not_part_of_a_long_form() -> None:
    # Regression: "US-backed Syrian" spelled "US" and made it ambiguous.
    found = aliases(
        [
            "The United Nations sent aid.",
            "UN-backed Marrow forces moved in.",
            "The UN said so.",
        ]
    )
    assert found["UN"] == ("united", "nations")


def test_two_spellings_of_a_name_in_different_articles_become_the_commoner() -> None:
    found = aliases(
        [
            "Shelling hit Khirbet on Monday.",
            "Residents of Khirbet fled.",
            "Shelling hit Kherbet on Monday.",
        ],
        [0, 0, 1],
    )
    assert found == {"Kherbet": ("khirbet",)}


def test_two_spellings_in_one_article_are_two_names() -> None:
    found = aliases(["Mr Carden met Mr Carder on Monday."], [0])
    assert found == {}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Syria", "Syrian"),  # one is the start of the other: a derived word
        ("Marxist", "Marxism"),  # the last letter differs: an ending
        ("Lorna", "Laura"),  # two letters apart
        ("Powell", "Howell"),  # another first letter
    ],
)
def test_words_that_are_not_spellings_of_one_name_are_kept_apart(first: str, second: str) -> None:
    found = aliases([f"A man saw {first} today.", f"A man saw {second} today."], [0, 1])
    assert found == {}


def test_a_word_the_set_also_writes_in_lower_case_is_no_name() -> None:
    found = aliases(["They met at Brand.", "They met at Bread.", "We bought bread."], [0, 1, 2])
    assert found == {}


def test_the_vectorizer_counts_an_acronym_as_its_long_form() -> None:
    texts = ["The Harbour Safety Board closed the port.", "The HSB closed the port."]
    matrix = SentenceVectorizer().fit_transform(texts, documents=[0, 1])
    assert (matrix[0] @ matrix[1].T).toarray()[0, 0] == pytest.approx(1.0)
    unaware = SentenceVectorizer(names=False).fit_transform(texts, documents=[0, 1])
    assert (unaware[0] @ unaware[1].T).toarray()[0, 0] < 0.9


def test_a_claim_written_with_an_acronym_and_in_full_is_one_claim() -> None:
    digest = summarize(
        [
            "The Harbour Safety Board ordered the Garrow ferry off the water on Monday. "
            "Crews were told to stand down.",
            "On Monday the HSB ordered the Garrow ferry off the water. Tickets were refunded.",
        ],
        merged=1,
    )
    assert digest.merged[0].source_count == 2


@given(st.lists(st.text(max_size=60), max_size=8))
def test_aliases_are_learned_from_any_text_without_error(texts: list[str]) -> None:
    found = aliases(texts)
    for form, words in found.items():
        assert words
        assert all(word == word.lower() for word in words)
        assert any(form in tokenize_words(text) for text in texts)


def test_baghouz_acronyms_and_spellings(baghouz_dir: Path) -> None:
    articles = load_articles(baghouz_dir)
    sentences = [(n, s) for n, a in enumerate(articles) for s in content_sentences(a)]
    texts = [s.text for _, s in sentences]
    found = aliases(texts, [n for n, _ in sentences])
    assert found["SDF"] == ("syrian", "democratic", "forces")
    assert found["ISIS"] == found["ISIL"]
    assert found["ISIS"][:2] == ("islamic", "state")
    assert found["IS"] == ("islamic", "state")
    assert found["Mustefa"] == ("mustafa",)


# Names, possessives, hyphenated words, connectors, acronyms (some spelled by the names)
# and other words; the words of one long form, "Syrian Democratic Forces", come more often.
_NAME_TOKENS = [
    "Syrian", "Democratic", "Forces", "of", "the", "SDF",
    "Syrian", "Democratic", "Forces", "of", "the", "SDF",
    "Democratic's", "Forces\u2019s", "State", "Émile", "Islamic", "Iraq", "US-backed",
    "Al-Qaeda", "and", "de", "SD", "DF", "SDFS", "ISIL", "IS", "fled", "to", "7",
]  # fmt: skip


@given(st.lists(st.lists(st.sampled_from(_NAME_TOKENS), min_size=1, max_size=14), max_size=5))
@example([["Syrian", "Democratic's", "Forces", "SDF"]])  # a possessive ends a run
@example([["Syrian", "Democratic's", "SD"]])
@example([["Syrian", "of", "the", "Democratic", "Forces", "SDF"]])
@example(
    [["Islamic", "State", "of", "Iraq", "and", "the", "Syrian", "Democratic", "Forces", "SDF"]]
)
@settings(max_examples=300)
def test_long_forms_are_those_the_runs_of_each_sentence_spell(tokens: list[list[str]]) -> None:
    written = {token for words in tokens for token in words}
    known = {token for token in written if names._ACRONYM.fullmatch(token)}
    expected: dict[str, set[tuple[str, ...]]] = {}
    for words in tokens:
        for run in names._runs(words, names._NameWords()):
            for acronym, form in names._spellings(run).items():
                if len(run) >= 2 and acronym in known:
                    expected.setdefault(acronym, set()).add(tuple(w.lower() for w in form))
    assert names._long_forms(tokens, known, written) == expected


@given(st.lists(st.text(alphabet="abcz", min_size=1, max_size=6), unique=True, max_size=12))
def test_buckets_are_the_forms_with_a_letter_deleted_that_names_share(words: list[str]) -> None:
    buckets: dict[str, list[str]] = {}
    for word in words:
        for form in [word[:i] + word[i + 1 :] for i in range(len(word))] + [word]:
            buckets.setdefault(form, []).append(word)
    # Compared as sorted lists: the buckets come in another order, each bucket's names not.
    assert sorted(names._buckets(words)) == sorted(b for b in buckets.values() if len(b) > 1)
