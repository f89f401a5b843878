"""Sentences that hold the same quoted words report one statement: their claims restate."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize import Article
from summarize.claims._quoted import _WORD, MOST_QUOTED, _lowered, same_quotes
from summarize.records import Quote, Sentence


def _set(texts: list[str]) -> tuple[list[Sentence], dict[str, list[Quote]]]:
    """One article a sentence, each sentence's words between its quotation marks a quote."""
    sentences = [Sentence(f"a{k}", 0, 0, len(t), t) for k, t in enumerate(texts)]
    quotes: dict[str, list[Quote]] = {}
    for k, text in enumerate(texts):
        for found in re.finditer(r'"([^"]+)"', text):
            quote = Quote(found.group(1), "Ada Ode", f"a{k}", found.start(1), found.end(1))
            quotes.setdefault(f"a{k}", []).append(quote)
    return sentences, quotes


def test_sentences_that_quote_the_same_words_pair_up() -> None:
    texts = [
        '"We will rebuild," Ada Ode said outside the hall.',
        '"To answer your question, we will rebuild," she said.',
        "Asked again, she said we will rebuild.",  # the words, but no one's quoted words
        '"The pier is shut," her office said.',
    ]
    assert same_quotes(*_set(texts)) == [(0, 1)]


def test_a_term_or_a_title_in_quotation_marks_is_no_statement() -> None:
    texts = [
        'The "harbour escort plan" was read on "Coast Tonight" again.',
        'Ode said "the harbour escort plan" was heard on "Coast Tonight Live" at six.',
    ]
    assert same_quotes(*_set(texts)) == []
    # three words that say something of someone are a statement
    texts = ['"I hope so," Ada Ode said.', 'Asked about the pier, she said "I hope so, yes."']
    assert same_quotes(*_set(texts)) == [(0, 1)]
    # five words are, whatever they are
    texts = ['It is "at risk of total closure" now.', 'The pier, "at risk of total closure."']
    assert same_quotes(*_set(texts)) == [(0, 1)]


def test_a_quote_links_only_to_quotes_that_hold_its_words_in_order() -> None:
    texts = [
        '"We will rebuild the pier," she said.',
        '"The pier? We will see, and rebuild what we will," he said.',  # the words, scattered
        '"Yes, we will rebuild the pier this year," she said again.',
    ]
    assert same_quotes(*_set(texts)) == [(0, 2)]


def test_the_words_outside_a_quote_of_the_same_article_are_not_its_sentences() -> None:
    text = '"We will rebuild the pier," she said. Later she said we will rebuild the pier.'
    first, second = text.index("Later"), len(text)
    sentences = [
        Sentence("a", 0, 0, first - 1, text[: first - 1]),
        Sentence("a", 1, first, second, text[first:]),
    ]
    quotes = {"a": [Quote("We will rebuild the pier,", "Ada Ode", "a", 1, 26)]}
    other = Sentence("b", 0, 0, 33, '"We will rebuild the pier," he said.')
    said = {**quotes, "b": [Quote("We will rebuild the pier,", "Ivo Brandt", "b", 1, 26)]}
    assert same_quotes([*sentences, other], said) == [(0, 2)]


def test_curly_and_straight_apostrophes_are_one_word() -> None:
    texts = ['"I\u2019m sure of it," she said.', 'Asked again: "I\'m sure of it."']
    assert same_quotes(*_set(texts)) == [(0, 1)]


def test_a_title_is_capitals_in_its_long_words_only() -> None:
    # a show's name in capitals, five words long: no statement
    texts = [
        'She watched "Keeping Up with the Neighbours" at home.',
        'On "Keeping Up with the Neighbours" it ran.',
    ]
    assert same_quotes(*_set(texts)) == []
    texts = [
        'She read "Tales from the old Harbour" again.',
        'Ode wrote "Tales from the old Harbour."',
    ]
    assert same_quotes(*_set(texts)) == []  # two capitals, every long word capitalised
    # words of five letters in lower case make five words a statement
    texts = [
        '"Visit Kessel today and smile," the board said.',
        'Its sign: "Visit Kessel today and smile."',
    ]
    assert same_quotes(*_set(texts)) == [(0, 1)]


def test_a_quote_every_sentence_repeats_links_none() -> None:
    quote = "build the new pier now"
    texts = [f'They chanted "{quote}" again.' for _ in range(MOST_QUOTED + 1)]
    assert same_quotes(*_set(texts)) == []
    assert same_quotes(*_set(texts[:MOST_QUOTED])) != []


_WORDS = st.sampled_from(["we", "have", "a", "rebuild", "the", "pier", "is", "safe", "I", "hope"])


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=9), min_size=1, max_size=6))
def test_pairs_are_those_of_a_plain_search(quoted: list[list[str]]) -> None:
    """Every pair of quotes, one of which holds the other's words whole, read pair by pair."""
    texts = ['"' + " ".join(words) + '"' for words in quoted]
    expected: set[tuple[int, int]] = set()
    for one in quoted:
        low = [w.lower() for w in one]
        statement = len(low) >= 5 or (len(low) >= 3 and bool({"we", "have", "is", "i"} & set(low)))
        title = sum(w[0].isupper() for w in one) >= 2 and all(
            w[0].isupper() for w in one if len(w) >= 5
        )
        if not statement or title:
            continue
        rows = [
            k
            for k, words in enumerate(quoted)
            if any([w.lower() for w in words[i : i + len(low)]] == low for i in range(len(words)))
        ]
        if 1 < len(rows) <= MOST_QUOTED:
            expected |= {(a, b) for a in rows for b in rows if a < b}
    assert same_quotes(*_set(texts)) == sorted(expected)


def test_regression_one_statement_quoted_twice_filled_two_merged_lines() -> None:
    one = Article(
        id="a",
        source="Harbour Times",
        text=(
            "The harbour board and the ferry union ended their talks on Monday. "
            "The union's leader, Ada Ode, spoke outside the hall at noon. "
            '"To answer your question, we will rebuild," she said.'
        ),
    )
    two = Article(
        id="b",
        source="Coast News",
        text=(
            '"We will rebuild," Ada Ode said after the talks with the harbour board on Monday. '
            "Ferries will run again from Tuesday, the board said."
        ),
    )
    digest = summarize.summarize([one, two], merged=8)
    lines = [c.text for c in digest.merged]
    holding = [t for t in lines if "we will rebuild" in t.lower()]
    assert len(holding) == 1, lines


def test_regression_short_quoted_words_no_quote_holds_did_not_link() -> None:
    """The quote finder leaves out three quoted words inside a sentence as a term; the
    same words quoted in full by another source filled a second merged line."""
    texts = [
        "Ada Ode told the ferry crews \u201cdo not come\u201d to the pier on Monday.",
        "\u201cDo not come, do not come,\u201d she said at the quay.",
    ]
    sentences = [Sentence(f"a{k}", 0, 0, len(t), t) for k, t in enumerate(texts)]
    said = {"a1": [Quote("Do not come, do not come,", "Ada Ode", "a1", 1, 26)]}
    assert same_quotes(sentences, said) == [(0, 1)]
    # a term in quotation marks still links nothing; nor do words the finder's quote holds
    texts[0] = "Ada Ode told the ferry crews of the \u201charbour escort plan\u201d on Monday."
    sentences[0] = Sentence("a0", 0, 0, len(texts[0]), texts[0])
    assert same_quotes(sentences, said) == []


def test_phrases_are_the_quoted_words_no_quote_holds_at_their_offsets() -> None:
    from summarize.claims._quoted import _phrases

    one = 'Ada Ode said "not yet" and then "we will see" at the pier.'
    two = "Nothing was quoted in this sentence at all."
    three = 'Crews chanted \u201cno more cuts\u201d on the quay.'
    text = f"{two} {one} {three}"
    at = [text.index(part) for part in (two, one, three)]
    sentences = [
        Sentence("a", 0, at[0], at[0] + len(two), two),
        Sentence("a", 1, at[1], at[1] + len(one), one),
        Sentence("a", 2, at[2], at[2] + len(three), three),
    ]
    first = text.index("not yet")
    held = {"a": [Quote("not yet", "Ada Ode", "a", first, first + 7)]}  # the finder's
    found = [(q.text, q.start, q.end, q.speaker) for q in _phrases(sentences, held)]
    second, third = text.index("we will see"), text.index("no more cuts")
    assert found == [
        ("we will see", second, second + 11, None),
        ("no more cuts", third, third + 12, None),
    ]
    assert [q.text for q in _phrases(sentences, {})] == ["not yet", "we will see", "no more cuts"]
    # a quote of the finder's that only touches the words' ends leaves them to be read
    touching = {"a": [Quote("x", None, "a", second - 1, second)]}
    assert "we will see" in [q.text for q in _phrases(sentences, touching)]
    touching = {"a": [Quote("x", None, "a", second + 11, second + 12)]}
    assert "we will see" in [q.text for q in _phrases(sentences, touching)]
    other = {"b": [Quote("we will see", None, "b", second, second + 11)]}  # another article's
    assert "we will see" in [q.text for q in _phrases(sentences, other)]


@given(
    st.text(
        alphabet=st.sampled_from(list("aZ \u2019'-.İıΣσςΟΔßẞǅ\u0307Abc")) | st.characters(),
        max_size=60,
    )
)
def test_quoted_words_lower_in_one_string_as_one_at_a_time(text: str) -> None:
    """Words lowered in one joined string are those lowered one by one (final sigma, İ)."""
    words = _WORD.findall(text)
    assert _lowered(words) == [w.lower().replace("\u2019", "'") for w in words]


def test_quoted_words_lower_greek_and_turkish_capitals_as_one_at_a_time() -> None:
    """A final sigma ends its own word only; a dotted capital I keeps its dot."""
    words = _WORD.findall("ΟΔΟΣ ΣΑΣ İZMİR\u2019S Brennock\u2019s pier")
    assert _lowered(words) == ["οδος", "σας", "i̇zmi̇r's", "brennock's", "pier"]
    assert _lowered([]) == []
