"""Tests of summarize.text._segment: golden cases per rule, invariants, the real articles."""

from __future__ import annotations

import itertools
import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.errors import InputError, OptionError
from summarize.records import TextSpan
from summarize.text._segment import Segmenter, split_paragraphs, split_sentences

# input -> expected sentences, one group per rule.
GOLDEN: dict[str, list[tuple[str, list[str]]]] = {
    "titles": [
        (
            "Gen. Ada Okafor spoke. The war was over.",
            ["Gen. Ada Okafor spoke.", "The war was over."],
        ),
        ("Mr. Trump and Mr Trump are the same man.", ["Mr. Trump and Mr Trump are the same man."]),
        (
            "Lt. Col. Ada Wong met Sgt. Bo Li and Prof. Cy Ng.",
            ["Lt. Col. Ada Wong met Sgt. Bo Li and Prof. Cy Ng."],
        ),
        ("Dr. The Rev. Kim Park preached.", ["Dr. The Rev. Kim Park preached."]),
        (
            "Mrs. Ann Fox, Ms. Bea Cole and Sen. Dan Ruiz voted. Gov. Eve Hart did not.",
            ["Mrs. Ann Fox, Ms. Bea Cole and Sen. Dan Ruiz voted.", "Gov. Eve Hart did not."],
        ),
        (  # a plural title: the list of names after it was a sentence of its own
            "It passed with GOP Sens. Ada Fox (Ohio) and Bo Li (Utah). Reps. Cy Ng and Di Ode "
            "voted no. Drs. Ann Lee and Ben Ode wrote it.",
            [
                "It passed with GOP Sens. Ada Fox (Ohio) and Bo Li (Utah).",
                "Reps. Cy Ng and Di Ode voted no.",
                "Drs. Ann Lee and Ben Ode wrote it.",
            ],
        ),
    ],
    "abbreviations": [
        (
            "The U.S.-backed force won. It took weeks.",
            ["The U.S.-backed force won.", "It took weeks."],
        ),
        ("She flew to the U.S. The trip was long.", ["She flew to the U.S.", "The trip was long."]),
        (
            "Officials at the U.N. Security Council agreed.",
            ["Officials at the U.N. Security Council agreed."],
        ),
        (
            "It opened on Sept. 3 and closed in Dec. The venue was sold.",
            ["It opened on Sept. 3 and closed in Dec.", "The venue was sold."],
        ),
        (
            "Tools, nails, etc. are sold here. Paint, brushes, etc. The shop is big.",
            ["Tools, nails, etc. are sold here.", "Paint, brushes, etc.", "The shop is big."],
        ),
        (
            "Big cities, e.g. Lyon, grew. Small ones, i.e. Tulle, did not.",
            ["Big cities, e.g. Lyon, grew.", "Small ones, i.e. Tulle, did not."],
        ),
        (
            "Shares of Acme Inc. rose. The firm was bought by Bolt Ltd. Analysts cheered.",
            ["Shares of Acme Inc. rose.", "The firm was bought by Bolt Ltd.", "Analysts cheered."],
        ),
        ("Talks start at 9 a.m. Monday in Oslo.", ["Talks start at 9 a.m. Monday in Oslo."]),
        (
            "Talks ended at 6 p.m. Delegates went home.",
            ["Talks ended at 6 p.m.", "Delegates went home."],
        ),
        ("He was ranked No. 4 last year.", ["He was ranked No. 4 last year."]),
    ],
    "initials": [
        (
            "George W. Bush visited. J. K. Rowling wrote. J.K. Rowling read.",
            ["George W. Bush visited.", "J. K. Rowling wrote.", "J.K. Rowling read."],
        ),
        ("The letter was signed by H. G. Wells.", ["The letter was signed by H. G. Wells."]),
        ("The pill holds vitamin C. It is cheap.", ["The pill holds vitamin C.", "It is cheap."]),
    ],
    "quotes": [
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        (
            "She called it \u2018done.\u2019 Nobody agreed.",
            ["She called it \u2018done.\u2019", "Nobody agreed."],
        ),
        (
            "\u201cIt is over.\u201d The crowd cheered.",
            ["\u201cIt is over.\u201d", "The crowd cheered."],
        ),
        (
            '"Why?" he asked. "Why not?" she replied.',
            ['"Why?" he asked.', '"Why not?" she replied.'],
        ),
        (
            "\u201cAre we safe?\u201d Maria Ortiz asked. No one knew.",
            ["\u201cAre we safe?\u201d Maria Ortiz asked.", "No one knew."],
        ),
        (  # any speech verb of the frame words, after a name with an initial
            '"Did I miss it?" Ada P. Ode jokes. No one knew.',
            ['"Did I miss it?" Ada P. Ode jokes.', "No one knew."],
        ),
        (  # a name and verb that open a quote of their own start a sentence
            '"Did you sell the pier?" Ada Ode answered: "No, never."',
            ['"Did you sell the pier?"', 'Ada Ode answered: "No, never."'],
        ),
        ("(Details follow.) The report was long.", ["(Details follow.)", "The report was long."]),
    ],
    "numbers": [
        (
            "The fund raised $1.5 million. It cost 3.14 times more.",
            ["The fund raised $1.5 million.", "It cost 3.14 times more."],
        ),
        (
            "Growth was 2.5% in 2019. It fell in 2020.",
            ["Growth was 2.5% in 2019.", "It fell in 2020."],
        ),
    ],
    "urls": [
        (
            "See www.example.com/a.b for more. Mail name@example.org today.",
            ["See www.example.com/a.b for more.", "Mail name@example.org today."],
        ),
        (
            "Write to jo.lee@mail.example.net. We answer fast.",
            ["Write to jo.lee@mail.example.net.", "We answer fast."],
        ),
    ],
    "ellipses and marks": [
        ("He waited... Then he spoke.", ["He waited...", "Then he spoke."]),
        ("It was... odd.", ["It was... odd."]),
        ("Wait\u2026 Is it true?", ["Wait\u2026", "Is it true?"]),
        ("Really?! Yes. Wow!! Done?", ["Really?!", "Yes.", "Wow!!", "Done?"]),
        ("It ended on Sunday.Crowds left.", ["It ended on Sunday.", "Crowds left."]),
    ],
    "lines": [
        (
            "Rebels Take Town\nThe town fell on Monday.",
            ["Rebels Take Town", "The town fell on Monday."],
        ),
        (
            "Key facts:\n- Prices rose\n- Wages fell",
            ["Key facts:", "- Prices rose", "- Wages fell"],
        ),
        ("1. Pack\n2. Leave", ["1. Pack", "2. Leave"]),
        ("The town fell.\nit was quiet.", ["The town fell.", "it was quiet."]),
        ("One part\n\ntwo part", ["One part", "two part"]),
        ("The long line was\nwrapped by a printer.", ["The long line was\nwrapped by a printer."]),
        (
            "The long line was\r\nwrapped by a printer.",
            ["The long line was\r\nwrapped by a printer."],
        ),
        ("They met with the\nPrime Minister today.", ["They met with the\nPrime Minister today."]),
        ("We waited,\nBut nobody came.", ["We waited,\nBut nobody came."]),
        ("Items:\n- eggs,\n- milk", ["Items:", "- eggs,", "- milk"]),
        ("He met Mr.\nSmith at noon.", ["He met Mr.\nSmith at noon."]),
        ("More news: A\nMore news: B", ["More news: A", "More news: B"]),
    ],
    "numero": [
        (
            "Lot N\u00b0. 88 and lot N\u00ba. 89 sold.",
            ["Lot N\u00b0. 88 and lot N\u00ba. 89 sold."],
        ),
        (
            "Bills nos. 3 and 4 passed. Bill No. 5 did not.",
            ["Bills nos. 3 and 4 passed.", "Bill No. 5 did not."],
        ),
        (
            "It peaked at No. 9. It fell out after a week.",
            ["It peaked at No. 9.", "It fell out after a week."],
        ),
        ("He wore No. 23. He retired it.", ["He wore No. 23.", "He retired it."]),
    ],
    "e-mail": [
        ("Mail Lea.Moss@Town.example now.", ["Mail Lea.Moss@Town.example now."]),
        (
            "Mail lea.moss@town.example. It is read daily.",
            ["Mail lea.moss@town.example.", "It is read daily."],
        ),
        ("Contact: Desk.News@Paper.example", ["Contact: Desk.News@Paper.example"]),
    ],
    "glued": [
        (
            "The road shut (for repairs).Crews worked all night.",
            ["The road shut (for repairs).", "Crews worked all night."],
        ),
        (
            "He called it \u2018over\u2019.Then he left.",
            ["He called it \u2018over\u2019.", "Then he left."],
        ),
        (
            "He was freed in May.He was arrested again.",
            ["He was freed in May.", "He was arrested again."],
        ),
        ("It cost 2.5 million (see Fig. 2).", ["It cost 2.5 million (see Fig. 2)."]),
    ],
    "final abbreviations": [
        (
            "The vote closed at 9 P.M. Officials then counted.",
            ["The vote closed at 9 P.M.", "Officials then counted."],
        ),
        (
            "It ended at 4 p.m. Gov. Ana Ruiz spoke next.",
            ["It ended at 4 p.m.", "Gov. Ana Ruiz spoke next."],
        ),
        ("Shares of Bolt Inc. Mr. Ray sold them.", ["Shares of Bolt Inc.", "Mr. Ray sold them."]),
        ("By 7 a.m. Mrs. Hall had left.", ["By 7 a.m. Mrs. Hall had left."]),
        (
            "Shortly after 2 P.M. Dr. Lin arrived. He left at 3.",
            ["Shortly after 2 P.M. Dr. Lin arrived.", "He left at 3."],
        ),
        ("Talks went on until 10 p.m. Friday.", ["Talks went on until 10 p.m. Friday."]),
        (
            "It sank off Port Ellis, N.K. Two men died.",
            ["It sank off Port Ellis, N.K.", "Two men died."],
        ),
        ("The author, J.K. Rowling spoke.", ["The author, J.K. Rowling spoke."]),
        (
            "It sank off Port Ellis, N.K. Coast Guard boats came.",
            ["It sank off Port Ellis, N.K. Coast Guard boats came."],
        ),
    ],
    "ellipses": [
        ("The plan was . . . bold, she said.", ["The plan was . . . bold, she said."]),
        (
            "\u201cWe just . . . waited,\u201d he said.",
            ["\u201cWe just . . . waited,\u201d he said."],
        ),
        (
            "\u201cI know ... I hoped it would stop,\u201d he said.",
            ["\u201cI know ...", "I hoped it would stop,\u201d he said."],
        ),
        ("It was . . . \u2014 nothing.", ["It was . . . \u2014 nothing."]),
        ("Some left\u2026. \u2014 Ana Ruiz", ["Some left\u2026.", "\u2014 Ana Ruiz"]),
        ("What it is . . . The rest is noise.", ["What it is . . . The rest is noise."]),
        ("We were tired . . . The road was long.", ["We were tired . . .", "The road was long."]),
        (
            "He cut the end off . . . . Then he spoke.",
            ["He cut the end off . . . .", "Then he spoke."],
        ),
        ("She left the room.... He stayed.", ["She left the room....", "He stayed."]),
        ("It was over. . . . The town slept.", ["It was over.", ". . . The town slept."]),
        ("The war was over. . . .", ["The war was over. . . ."]),
        ("He said \u201cit will pass. . . .\u201d", ["He said \u201cit will pass. . . .\u201d"]),
        ("We waited\u2026 Nobody came.", ["We waited\u2026", "Nobody came."]),
    ],
    "inline lists": [
        ("1.) Boil water 2.) Add rice", ["1.) Boil water", "2.) Add rice"]),
        ("1) Boil water. 2) Add rice. 3) Wait.", ["1) Boil water.", "2) Add rice.", "3) Wait."]),
        ("1. Boil water 2. Add rice", ["1. Boil water", "2. Add rice"]),
        (
            "\u2022 9. Boil water \u2022 10. Add rice",
            ["\u2022 9. Boil water", "\u2022 10. Add rice"],
        ),
        ("\u20439. Boil water \u204310. Add rice", ["\u20439. Boil water", "\u204310. Add rice"]),
        ("a. Boil water b. Add rice c. Wait", ["a. Boil water", "b. Add rice", "c. Wait"]),
        ("He came 2. She came 3. We left.", ["He came 2.", "She came 3.", "We left."]),
        (
            "J. K. Rowling wrote it. L. Ron Hubbard did not.",
            ["J. K. Rowling wrote it.", "L. Ron Hubbard did not."],
        ),
        ("1. Boil water in 2 pans", ["1. Boil water in 2 pans"]),
        ("Steps: (1) boil, (2) add rice.", ["Steps: (1) boil, (2) add rice."]),
        ("Steps: 1) Boil water 2) Add rice", ["Steps:", "1) Boil water", "2) Add rice"]),
        ("Steps: 1) boil, 2) add rice.", ["Steps: 1) boil, 2) add rice."]),
        (
            "Key points: 1. Prices rose. 2. Wages fell.",
            ["Key points:", "1. Prices rose.", "2. Wages fell."],
        ),
    ],
    "one letter at a sentence end": [
        ("It was left to Jo and I. Did it help?", ["It was left to Jo and I.", "Did it help?"]),
        ("Ask Carl I. Brandt.", ["Ask Carl I. Brandt."]),
        ("Only she and I. Sam stayed home.", ["Only she and I.", "Sam stayed home."]),
        ("It hit 38 C. Roads melted.", ["It hit 38 C.", "Roads melted."]),
        ("They backed plan B. Nobody asked why.", ["They backed plan B.", "Nobody asked why."]),
        ("Pass me vitamin D. Was that it?", ["Pass me vitamin D.", "Was that it?"]),
        ("A note from J. Moss came.", ["A note from J. Moss came."]),
        ("The F. Scott Fitzgerald book sold.", ["The F. Scott Fitzgerald book sold."]),
        ("They live at 12 W. Elm St. in town.", ["They live at 12 W. Elm St. in town."]),
    ],
    "short lines": [
        ("news\nlocal sport\nweather, traffic\n", ["news", "local sport", "weather, traffic"]),
        ("Menu\nhome page\ncontact us", ["Menu", "home page", "contact us"]),
        ("The storm hit the\ncoast at dawn.", ["The storm hit the\ncoast at dawn."]),
        ("It was a warm \nday in June.", ["It was a warm \nday in June."]),
        ("Rain and\nwind hit the town.", ["Rain and\nwind hit the town."]),
        ("A long line that the printer\nwrapped.", ["A long line that the printer\nwrapped."]),
    ],
}
CASES = [case for group in GOLDEN.values() for case in group]


def texts(spans: list[TextSpan]) -> list[str]:
    return [span.text for span in spans]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_golden(text: str, expected: list[str]) -> None:
    """Each hand-written case splits exactly as expected."""
    assert texts(split_sentences(text)) == expected


def assert_spans_cover(text: str, spans: list[TextSpan]) -> None:
    """Spans slice the text exactly, in order, trimmed, and lose no visible character."""
    position = 0
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text
        assert span.text == span.text.strip()
        assert span.start >= position
        assert not text[position : span.start].strip(), "text lost between spans"
        position = span.end
    assert not text[position:].strip(), "text lost after the last span"


# Pieces that exercise every rule, for texts built at random.
# fmt: off
WORDS = [
    "Mr.", "Mr", "Gen.", "U.S.", "U.S.-backed", "J.", "K.", "etc.", "e.g.", "No.", "5",
    "3.14", "$1.5", "www.a.com/b.c", "x@y.org", "...", "\u2026", "?!", ".", "?", "!",
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", ")", "said", "The", "the",
    "he", "Smith", "caf\u00e9", "\u00dcber", "\u4e2d\u6587", "-", ",", ":", "p.m.",
    "Inc.", "1.", "a.", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", " ",
    # pieces of the rules for lists, ellipses, addresses, single letters and numero signs
    "1.)", "2)", "b.", "\u2022", "\u2043", ". . .", ". . . .", "....", "I.", "C.", "P.M.",
    "N\u00b0.", "nos.", "An.Bo@Ex.com", "x).", "Did", "Nobody", "and", "40",
]
# fmt: on
noisy_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(WORDS), max_size=40).map(lambda ws: " ".join(ws)),
    st.lists(st.sampled_from(WORDS), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(noisy_text)
def test_sentences_slice_exactly_and_lose_nothing(text: str) -> None:
    assert_spans_cover(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(noisy_text)
def test_sentences_never_cross_paragraphs(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert_spans_cover(text, paragraphs)
    for sentence in split_sentences(text):
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in paragraphs)


@settings(max_examples=150, deadline=None)
@given(noisy_text, st.sampled_from([" ", "\n", "\n\n ", "\t\r\n"]))
def test_surrounding_whitespace_only_shifts_offsets(text: str, pad: str) -> None:
    shifted = split_sentences(pad + text + pad)
    assert texts(shifted) == texts(split_sentences(text))
    assert [s.start - len(pad) for s in shifted] == [s.start for s in split_sentences(text)]


@settings(max_examples=150, deadline=None)
@given(noisy_text, noisy_text)
def test_blank_line_separates_independently(first: str, second: str) -> None:
    joined = first + "\n\n" + second
    assert texts(split_sentences(joined)) == texts(split_sentences(first)) + texts(
        split_sentences(second)
    )


@pytest.mark.parametrize("blank", ["", " ", "\n\n", " \t\r\n\u2028\u00a0"])
def test_blank_text_gives_nothing(blank: str) -> None:
    assert split_sentences(blank) == []
    assert split_paragraphs(blank) == []


def test_paragraphs_join_wrapped_lines_only() -> None:
    text = "Title\n\nA line that was\nwrapped here. Done.\nNext paragraph."
    assert texts(split_paragraphs(text)) == [
        "Title",
        "A line that was\nwrapped here. Done.",
        "Next paragraph.",
    ]


def test_extra_abbreviations() -> None:
    text = "The Cmsr. Jones agreed."
    assert texts(Segmenter().split(text)) == ["The Cmsr.", "Jones agreed."]
    assert texts(Segmenter(abbreviations=["Cmsr."]).split(text)) == [text]
    assert texts(Segmenter(abbreviations={"cmsr"}).split(text)) == [text]


@pytest.mark.parametrize("bad", ["approx", ["two words"], [""], [3], 7])
def test_bad_abbreviations_raise_option_error(bad: object) -> None:
    with pytest.raises(OptionError, match="abbreviation"):
        Segmenter(abbreviations=bad)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Segmenter(["Cmsr."])  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, b"bytes", 3])
def test_non_text_raises_input_error(bad: object) -> None:
    with pytest.raises(InputError, match="str"):
        split_sentences(bad)  # type: ignore[arg-type]


def test_pickle_round_trip_keeps_behaviour() -> None:
    segmenter = Segmenter(abbreviations=["Cmsr."])
    segmenter.split("Warm it up. The Cmsr. Jones agreed. " * 50)
    data = pickle.dumps(segmenter)
    assert len(data) < 1000, "the pickle carries state learned while splitting"
    copy = pickle.loads(data)
    text = "The Cmsr. Jones agreed. Gen. Ray Li left."
    assert copy.split(text) == segmenter.split(text)
    assert repr(copy) == "Segmenter(abbreviations=['cmsr'])"


# Words before a stop, and what follows it, in the candidate breaks Punkt weighs.
CONTEXT_WORDS = (
    *("said", "Mr", "mr", "U.S", "it", "a", "I", "St", "Inc", "jan", "JAN", "No", "vs", "gen"),
    *("\u00c4rzte", "\u0130stanbul", "stra\u00dfe", "x\u00b2", "ab-cd", "ab", "2nd"),
)
CONTEXT_NEXT = ("The", "the", "\u201cI", "1", "(a)", "...", ".", "-", "I.", "U.S.", "'s", ",")


@given(
    st.sampled_from(CONTEXT_WORDS),
    st.sampled_from([".", "?", "..", "!"]),
    st.sampled_from([" ", "\n", "\n\n", "\t", "\xa0", "\u2028", " \n "]),
    st.sampled_from(CONTEXT_NEXT),
)
@settings(max_examples=300, deadline=None)
def test_punkt_shortcut_agrees_with_punkt(word: str, stop: str, space: str, after: str) -> None:
    """The segmenter answers the commonest candidate break itself; Punkt must agree."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    ours = Segmenter()._punkt
    punkt = PunktSentenceTokenizer(ours._params, lang_vars=ours._lang_vars)
    for context in (word + stop + space + after, "so " + word + stop + space + after):
        assert ours.text_contains_sentbreak(context) == punkt.text_contains_sentbreak(context)


@given(
    st.sampled_from(CONTEXT_WORDS),
    st.sampled_from([".", "?", "!", "..", "\u061f"]),
    st.sampled_from(['"', "\u201d", "\u2019", "'", ")", "]", "[", "*", ":", "@", "(", "?", "!"]),
    st.sampled_from(["", " The", "\nthe", ")"]),
)
@settings(max_examples=300, deadline=None)
def test_punkt_shortcut_agrees_with_punkt_before_a_quote_or_bracket(
    word: str, stop: str, mark: str, after: str
) -> None:
    """A stop, question or exclamation mark right before a quote or bracket: Punkt must agree."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    ours = Segmenter()._punkt
    punkt = PunktSentenceTokenizer(ours._params, lang_vars=ours._lang_vars)
    for context in (word + stop + mark + after, word + stop + " " + mark + after):
        assert ours.text_contains_sentbreak(context) == punkt.text_contains_sentbreak(context)


# Letters before a stop (abbreviations, initials, dotted forms among them) and a word after.
_LETTER_WORDS = st.one_of(
    st.sampled_from(("Mr", "mr", "Dr", "U.S", "u.s", "a.m", "J", "j", "I", "St", "Gen", "No")),
    st.sampled_from(("Sen", "Inc", "Jan", "vs", "etc", "E.U", "Ph.D", "\u00c9", "\u0130")),
    st.text(alphabet="abcAB\u00e9\u00c9\u00df", min_size=1, max_size=4),
)
_FOLLOWING = st.one_of(
    st.sampled_from(("The", "the", "Smith", "smith", "He", "It", "I", "A", "Bach", "officials")),
    st.sampled_from(("However", "\u00c9t\u00e9", "\u00e9t\u00e9", "\u0130stanbul", "\u00df")),
    st.text(alphabet="abcAB\u00e9\u00c9\u00df", min_size=1, max_size=4),
)


@given(_LETTER_WORDS, _FOLLOWING)
@settings(max_examples=400, deadline=None)
def test_punkt_abbreviation_shortcut_agrees_with_punkt(word: str, following: str) -> None:
    """'Mr. Smith', 'U.S. officials', 'J. Bach': the segmenter's answer is Punkt's two passes'."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    ours = Segmenter(abbreviations=["Sen.", "etc."])._punkt
    punkt = PunktSentenceTokenizer(ours._params, lang_vars=ours._lang_vars)
    context = f"{word}. {following}"
    assert ours.text_contains_sentbreak(context) == punkt.text_contains_sentbreak(context)


def test_punkt_abbreviation_shortcut_examples() -> None:
    """An abbreviation breaks before a sentence starter only; an initial before no name."""
    punkt = Segmenter()._punkt
    assert not punkt.text_contains_sentbreak("Mr. Smith")
    assert punkt.text_contains_sentbreak("Mr. The")
    assert not punkt.text_contains_sentbreak("J. Bach")
    assert punkt.text_contains_sentbreak("left. Bach")


# Regression tests, named after the bug they pin.


def test_regression_lowercase_after_realigned_quote_started_a_sentence() -> None:
    """The cut was moved past the closing quote but not past the space after it."""
    assert texts(split_sentences('"Why?" he asked.')) == ['"Why?" he asked.']


def test_regression_closing_bracket_after_abbreviation_started_a_sentence() -> None:
    """'(D-Conn.), who' was split before the bracket."""
    text = "He met Sen. Jo Ray (D-Conn.), who agreed. Fun (it was fun.), she says."
    assert texts(split_sentences(text)) == [
        "He met Sen. Jo Ray (D-Conn.), who agreed.",
        "Fun (it was fun.), she says.",
    ]


def test_regression_number_glued_to_next_sentence() -> None:
    """'on July 2.The office' was one sentence: only letters before the stop were checked."""
    assert texts(split_sentences("It was July 2.The office shut.")) == [
        "It was July 2.",
        "The office shut.",
    ]


def test_regression_percent_or_unit_glued_to_next_sentence() -> None:
    """'rose 5%.Riders' and 'cost \u00a34m.It' were one sentence: a per cent sign or a
    unit's letter after a number was not read as a word's end."""
    assert texts(split_sentences("The fare rose 5%.Riders complained.")) == [
        "The fare rose 5%.",
        "Riders complained.",
    ]
    assert texts(split_sentences("The pier cost \u00a34m.It was cheap.")) == [
        "The pier cost \u00a34m.",
        "It was cheap.",
    ]


def test_regression_initial_before_a_number_ended_a_sentence() -> None:
    """'near W. 37th St.' was split after the initial."""
    text = "The fire was on Elm Ave. near W. 37th St. in the city."
    assert texts(split_sentences(text)) == [text]


def test_regression_photo_credit_became_a_sentence() -> None:
    """A bracketed credit closing a paragraph was cut off its caption."""
    assert texts(split_sentences("Crowds gather in the square... (Associated Press)")) == [
        "Crowds gather in the square... (Associated Press)"
    ]
    assert texts(split_sentences("The town fell. (The count is rough.)")) == [
        "The town fell.",
        "(The count is rough.)",
    ]


def test_regression_ellipsis_pattern_was_quadratic_on_runs_of_dots() -> None:
    """An ellipsis was tried at every dot of a run, each try scanning to the run's end.

    50,000 dots took about 49 s; the run must now be scanned once (pytest's own
    timing shows it; the benchmark measures it).
    """
    dots = "." * 50_000
    assert split_sentences(dots) == [TextSpan(0, len(dots), dots)]
    spaced = ". " * 50_000
    assert split_sentences(spaced) == [TextSpan(0, len(spaced) - 1, spaced[:-1])]
    text = "Wait" + "." * 50_000 + " Then it came."
    assert texts(split_sentences(text)) == ["Wait" + "." * 50_000, "Then it came."]


def test_regression_wordless_head_was_rescanned_at_every_cut() -> None:
    """Every cut after a run of ". . ." searched the whole run again for a word."""
    text = "Word" + ". " * 50_000 + "End"
    assert split_sentences(text) == [TextSpan(0, 5, "Word."), TextSpan(6, len(text), text[6:])]
    # Before a lower-case word the dots leave the sentence open (they used to be cut
    # after "Word."): Punkt's breaks among them are dropped; among marks, they stay.
    text = "Word" + ". " * 50_000 + "end"
    assert split_sentences(text) == [TextSpan(0, len(text), text)]
    text = "Word" + "! " * 50_000 + "End"
    end = len(text) - 4
    assert split_sentences(text) == [
        TextSpan(0, end, text[:end]),
        TextSpan(end + 1, end + 4, "End"),
    ]


def test_regression_long_paragraph_hit_nltks_regex_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """NLTK 3.10 scans a paragraph for sentence ends under a wall-clock limit (5 s).

    A paragraph of about 600,000 characters took longer than that in all and
    raised TimeoutError, though the pattern is linear. The limit is lowered here
    so that a short paragraph would exceed it as well.
    """
    redos = pytest.importorskip("nltk.redos")
    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 0.05)
    text = "Rain fell. " * 20_000
    sentences = split_sentences(text)
    assert len(sentences) == 20_000
    assert sentences[-1] == TextSpan(len(text) - 11, len(text) - 1, "Rain fell.")


def test_regression_numero_sign_before_a_number_ended_a_sentence() -> None:
    """'N\u00b0. 12' and 'nos. 3' were cut after the stop: only 'No.' and 'no.' were known."""
    text = "The file sits at N\u00b0. 1207.33.5. That is the archive. See nos. 4 and 5."
    assert texts(split_sentences(text)) == [
        "The file sits at N\u00b0. 1207.33.5.",
        "That is the archive.",
        "See nos. 4 and 5.",
    ]


def test_regression_a_bills_designation_was_cut_before_its_number() -> None:
    """'H. Res. 412', 'S. Con. Res. 9' and 'H.R. 2210' were cut into pieces at their stops."""
    text = (
        "The House passed H. Res. 412, the pier rule. Senators adopted S. Con. Res. 9 on "
        "Monday. Since H.R. 2210 became law, fares have doubled."
    )
    assert texts(split_sentences(text)) == [
        "The House passed H. Res. 412, the pier rule.",
        "Senators adopted S. Con. Res. 9 on Monday.",
        "Since H.R. 2210 became law, fares have doubled.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Led by Ada Ode, D-N.Y. -- all of whom sat on the board -- they met.",
            ["Led by Ada Ode, D-N.Y. -- all of whom sat on the board -- they met."],
        ),
        (
            "Ivo Brandt (R-Kessel.) \u2014 at home \u2014 missed the vote. He wrote.",
            ["Ivo Brandt (R-Kessel.) \u2014 at home \u2014 missed the vote.", "He wrote."],
        ),
        # after a plain word's stop, a dash opens a post's signature or a byline
        (
            "we will miss the old ferry. \u2014 ada (@ada_ode) May 2, 2024",
            ["we will miss the old ferry.", "\u2014 ada (@ada_ode) May 2, 2024"],
        ),
        ("The pier shut. - posted by Ivo Brandt", ["The pier shut.", "- posted by Ivo Brandt"]),
    ],
)
def test_regression_a_dash_after_an_abbreviation_started_a_sentence(
    text: str, expected: list[str]
) -> None:
    """'D-N.Y. -- all of whom ...' was cut before the dash, losing the sentence's verb."""
    assert texts(split_sentences(text)) == expected


def test_a_number_after_a_short_word_with_no_initial_before_it_still_opens_a_sentence() -> None:
    """A designation opens on an initial: a title's last word ends its sentence."""
    text = "She sang in Night Over the Harbour. 40 years later, it still plays."
    assert texts(split_sentences(text)) == [
        "She sang in Night Over the Harbour.",
        "40 years later, it still plays.",
    ]


def test_regression_a_papers_pointer_to_a_reference_ended_a_sentence() -> None:
    """'(ref. 23)' was cut after 'ref.': a shown exclusive ended on '(ref.'."""
    text = (
        "Cold rock slows the waves to 7.1 km a second (ref. 23), as seen beneath the pier. "
        "The board met (refs. 5, 6) on Monday. Costs rose (figs. 2 and 3). Read eq. 4 twice."
    )
    assert texts(split_sentences(text)) == [
        "Cold rock slows the waves to 7.1 km a second (ref. 23), as seen beneath the pier.",
        "The board met (refs. 5, 6) on Monday.",
        "Costs rose (figs. 2 and 3).",
        "Read eq. 4 twice.",
    ]
    # not before a word: "a ref." closing a sentence still ends it
    assert len(split_sentences("He was the ref. The game went on.")) == 2


def test_regression_a_gazetteers_short_word_before_a_number_ended_a_sentence() -> None:
    """'Brennock (pop. 4,000) has one pier' was cut after 'pop.'; so were 'ext. 24',
    'para. 4', 'c. 1900', 'Rs. 500', '(b. 1950)' and '(d. 2001)'."""
    for text in (
        "Brennock (pop. 4,000) has one pier.",
        "Ask for ext. 24 at the harbour desk.",
        "See para. 4 of the lease.",
        "The pier was built c. 1900 by Ivo Brandt.",
        "A seat on the ferry costs Rs. 500.",
        "Ivo Brandt (b. 1950) built the pier; Ada Ode (d. 2001) sold it.",
    ):
        assert texts(split_sentences(text)) == [text]
    # before a word, the short word may close a sentence
    assert len(split_sentences("They played pop. The pier shook.")) == 2


def test_regression_stop_inside_a_quotation_before_a_comma_ended_a_sentence() -> None:
    """'The boat, named "Ode II.", sank' was cut after the stop: the quotation mark
    and the comma after it were taken for the start of a sentence."""
    for text in ('The boat, named "Ode II.", sank.', "The ferry (see below.), was late."):
        assert texts(split_sentences(text)) == [text]
    assert len(split_sentences('He said "Stop." Then he left.')) == 2


def test_regression_quoted_question_after_a_lead_in_ran_into_the_next_sentence() -> None:
    """'He asked, "Is it safe?" She said, "No."' was one sentence: 'She said' after the
    quoted question was read as its attribution, though the sentence had its own."""
    assert texts(split_sentences('He asked, "Is it safe?" She said, "No."')) == [
        'He asked, "Is it safe?"',
        'She said, "No."',
    ]
    assert texts(split_sentences("He asked, \u201cIs it safe?\u201d Ada Ode said no.")) == [
        "He asked, \u201cIs it safe?\u201d",
        "Ada Ode said no.",
    ]
    # a quotation that opens the sentence keeps its attribution, an apostrophe opening nothing
    for text in (
        '"Where is the ferry?" Ada Ode asked.',
        "'Isn't it safe?' Ode asked.",
        "\"They all said, 'Why a ferry?'\" Ivo Brandt told the board.",
    ):
        assert texts(split_sentences(text)) == [text]


def test_regression_abbreviation_closing_a_quotation_never_ended_a_sentence() -> None:
    """'"He moved to the U.S." Then he bought a ferry' stayed one sentence: the
    abbreviation's stop was read as no stop, though a quotation mark closed it."""
    assert texts(split_sentences('"He moved to the U.S." Then he bought a ferry.')) == [
        '"He moved to the U.S."',
        "Then he bought a ferry.",
    ]
    assert texts(split_sentences("\u201cIt is Kessel Inc.\u201d Ode said so.")) == [
        "\u201cIt is Kessel Inc.\u201d",
        "Ode said so.",
    ]
    for text in ('"We moved to the U.S.," she said.', 'He wrote "Mr." on the form.'):
        assert texts(split_sentences(text)) == [text]


def test_regression_email_address_cut_at_its_dot() -> None:
    """'Anna.Berg@Example.com' was cut after 'Anna.': the glued-sentence rule read only
    the word before the stop, which has no '@' yet."""
    assert texts(split_sentences("Write to Anna.Berg@Example.com for the forms.")) == [
        "Write to Anna.Berg@Example.com for the forms."
    ]


def test_regression_a_letter_and_exclamation_mark_in_a_name_ended_a_sentence() -> None:
    """'She told E! News' was cut after 'E!': a capital letter and its '!' inside a
    sentence are a name; a word exclaimed, or such a letter opening a line, still ends one."""
    assert texts(split_sentences("Ada Ode told E! News she was fine. She left.")) == [
        "Ada Ode told E! News she was fine.",
        "She left.",
    ]
    assert texts(split_sentences("The pier held! Ferries ran.")) == [
        "The pier held!",
        "Ferries ran.",
    ]
    assert texts(split_sentences("O! Ferries ran.")) == ["O!", "Ferries ran."]


def test_regression_bracket_before_a_glued_stop_hid_the_sentence_end() -> None:
    """'(a broken arm).Nurses' stayed one sentence: only letters or a digit
    before the stop were looked for."""
    text = "She was hurt (a broken arm).Nurses treated her at home."
    assert texts(split_sentences(text)) == [
        "She was hurt (a broken arm).",
        "Nurses treated her at home.",
    ]


def test_regression_closing_quote_of_a_glued_stop_opened_the_next_sentence() -> None:
    """'as much."We were told' gave the closing quote to the next sentence: Punkt's
    break at the stop stayed beside the one after the quote, and the quote alone
    joined the sentence after it, which then opened with a stray mark."""
    text = 'She said, "he likes it less."We were told they were surprised.It rained.'
    assert texts(split_sentences(text)) == [
        'She said, "he likes it less."',
        "We were told they were surprised.",
        "It rained.",
    ]
    assert texts(split_sentences("He said 'no way.'Then he left.")) == [
        "He said 'no way.'",
        "Then he left.",
    ]
    # a mark after a stop that opens a quotation still opens the next sentence
    text = 'She said "no."Then he left."Go away," she said.It\'s over.\'We won,\' he said.'
    assert texts(split_sentences(text)) == [
        'She said "no."',
        "Then he left.",
        '"Go away," she said.',
        "It's over.",
        "'We won,' he said.",
    ]


def test_regression_time_before_a_title_never_ended_a_sentence() -> None:
    """'at 9 P.M. Mr. Lee then went' stayed one sentence: the title after the time
    hid the break, and 'P.M.' in capitals was not read as a time."""
    text = "At 6 a.m. Mr. Lee opened the shop. He shut it at 9 P.M. Mr. Lee then went home."
    assert texts(split_sentences(text)) == [
        "At 6 a.m. Mr. Lee opened the shop.",
        "He shut it at 9 P.M.",
        "Mr. Lee then went home.",
    ]


def test_regression_time_before_a_name_opening_a_sentence_never_ended_one() -> None:
    """'docked at 4 a.m. Ada Ode was waiting' stayed one sentence: only one capitalised
    word was looked for after the time; and a time zone ('8 p.m. Moscow time') or a
    time that modifies a noun ('the 8 p.m. Kessel ferry') was cut from what follows."""
    assert texts(split_sentences("The boat docked at 4 a.m. Ada Ode was waiting.")) == [
        "The boat docked at 4 a.m.",
        "Ada Ode was waiting.",
    ]
    assert texts(split_sentences("Shares of Kessel Inc. Ivo Brandt sold them.")) == [
        "Shares of Kessel Inc.",
        "Ivo Brandt sold them.",
    ]
    for text in (
        "The vote closes at 8 p.m. Moscow time on Friday.",
        "The ferry left at 9 a.m. Eastern Time on Monday.",
        "The pier shut at 5 p.m. Christmas Day and reopened.",
        "The pier shut at 5 p.m. Sunday Japan time.",
        "They took the 8 p.m. Kessel ferry home.",
        "She went to a 7 P.M. Harbour Board meeting.",
    ):
        assert texts(split_sentences(text)) == [text]


def test_regression_less_common_titles_ended_a_sentence() -> None:
    """'the Asst. Harbour Master', 'Msgr. Ivo Brandt', 'Sec. Ada Ode' were cut after the
    abbreviation, which was not known; a short word such as 'sec.' or 'exec.' still ends
    a sentence before one that opens sentences."""
    for text in (
        "He is the Asst. Harbour Master.",
        "Msgr. Ivo Brandt and Ald. Ada Ode met Spc. Lena Kessel.",
        "The Rt. Hon. Ada Ode spoke.",
        "Sec. Ada Ode and Dist. Atty. Ivo Brandt visited.",
    ):
        assert texts(split_sentences(text)) == [text]
    assert len(split_sentences("The ferry left in 30 sec. The pier shook.")) == 2
    assert len(split_sentences("He is an exec. He works late.")) == 2


def test_regression_a_name_after_aka_opened_a_sentence() -> None:
    """'Ivo Brandt, a.k.a. The Skipper, sank' was cut after 'a.k.a.': a name follows it,
    as one follows a title."""
    for text in ("Ivo Brandt, a.k.a. The Skipper, sank.", "Ada Ode, aka. The Pilot, won."):
        assert texts(split_sentences(text)) == [text]


def test_regression_people_opening_a_sentence_after_an_abbreviation_or_initial() -> None:
    """'flew to the U.S. Officials met him' and 'was Ivo B. Officials said' stayed one
    sentence: the plural nouns of people that news sentences open with were not known
    to open sentences, so the abbreviation or the initial was read as going on."""
    assert texts(split_sentences("Ivo Brandt flew to the U.S. Officials met him.")) == [
        "Ivo Brandt flew to the U.S.",
        "Officials met him.",
    ]
    assert texts(split_sentences("The ticket read Ivo B. Investigators said it was fake.")) == [
        "The ticket read Ivo B.",
        "Investigators said it was fake.",
    ]
    assert len(split_sentences("U.S. officials and U.S. Navy divers met Ada B. Ode.")) == 1


def test_regression_month_before_a_new_sentence_never_ended_one() -> None:
    """'arrived in Sept. Ivo Brandt left' stayed one sentence: a month's abbreviation
    was read as going on before any capital."""
    assert texts(split_sentences("She arrived in Sept. Ivo Brandt left in Oct.")) == [
        "She arrived in Sept.",
        "Ivo Brandt left in Oct.",
    ]
    for text in ("The Oct. Kessel Harbour vote was close.", "It opened on Dec. 5, Ode said."):
        assert texts(split_sentences(text)) == [text]


def test_regression_spaced_ellipsis_was_cut_after_its_first_dot() -> None:
    """'was . . . complicated' was cut after 'was .': Punkt took the first dot of a
    spaced ellipsis for a full stop."""
    text = "The deal was . . . complicated, he said."
    assert texts(split_sentences(text)) == [text]


def test_regression_period_before_a_spaced_ellipsis_was_lost() -> None:
    """In 'play. . . . The second', the stop ends the sentence and the ellipsis opens
    the next; it was cut after the first spaced dot and again after the last."""
    text = "It was slow . . . said critics of the play. . . . The second act was better. . . ."
    assert texts(split_sentences(text)) == [
        "It was slow . . . said critics of the play.",
        ". . . The second act was better. . . .",
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["word", "Word", "I", "is", ".", ". . .", "...", "....", "\u2026", '"', "\u201d"]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_ellipses_keep_offsets_and_lose_nothing(text: str) -> None:
    """Whatever the dots, spaced or not, sentences slice the text and lose nothing."""
    assert_spans_cover(text, split_sentences(text))


def test_regression_inline_numbered_list_ran_into_one_sentence() -> None:
    """'1) Check the tyres 2) Fill the tank' was one sentence, and '1.) Shut the valve
    2.) Lock the door' was cut after each marker instead of before it."""
    assert texts(split_sentences("1) Check the tyres 2) Fill the tank")) == [
        "1) Check the tyres",
        "2) Fill the tank",
    ]
    assert texts(split_sentences("1.) Shut the valve 2.) Lock the door")) == [
        "1.) Shut the valve",
        "2.) Lock the door",
    ]


def test_regression_bracketed_and_roman_list_markers_started_no_item() -> None:
    """'(a) Count the berths (b) Paint the bollards' was one sentence, and 'i. Read the
    table ii. Fill the tank' was cut after each numeral instead of before it."""
    assert texts(split_sentences("(a) Count the berths (b) Paint the bollards")) == [
        "(a) Count the berths",
        "(b) Paint the bollards",
    ]
    assert texts(split_sentences("i. Read the table ii. Fill the tank iii. Start")) == [
        "i. Read the table",
        "ii. Fill the tank",
        "iii. Start",
    ]
    assert texts(split_sentences("I. Open the gate II. Shut it")) == [
        "I. Open the gate",
        "II. Shut it",
    ]
    # a lettered list passes "i." on its way to "j.", and an initial "I." opens no list
    items = [f"{letter}. Item" for letter in "abcdefghij"]
    assert texts(split_sentences(" ".join(items))) == items
    assert texts(split_sentences("I. Brandt met Ivo Ode on the pier.")) == [
        "I. Brandt met Ivo Ode on the pier."
    ]


def test_regression_bullets_without_numbers_ran_into_one_sentence() -> None:
    """'\u2022 Drain the tank \u2022 Refill it' was one sentence: only a bullet with a
    number or a letter after it started an item."""
    assert texts(split_sentences("\u2022 Drain the tank \u2022 Refill it")) == [
        "\u2022 Drain the tank",
        "\u2022 Refill it",
    ]
    # another bullet, or one inside a sentence that opened without one, starts nothing
    assert len(split_sentences("\u25aa Drain \u2022 Refill")) == 1
    assert len(split_sentences("Drain \u2022 Refill")) == 1


def test_regression_list_after_a_sentence_in_its_paragraph_ran_into_one() -> None:
    """'Follow these steps. 1) Open the valve 2) Close the door' kept both items in one
    sentence, and '\u2022 1. Arrive early \u2022 2. Pay the fare' after a sentence was cut
    after '2.': a list was sought only at a paragraph's start or after a colon."""
    assert texts(split_sentences("Follow these steps. 1) Open the valve 2) Close the door")) == [
        "Follow these steps.",
        "1) Open the valve",
        "2) Close the door",
    ]
    assert texts(split_sentences("The rules are simple. \u2022 1. Arrive early \u2022 2. Pay")) == [
        "The rules are simple.",
        "\u2022 1. Arrive early",
        "\u2022 2. Pay",
    ]
    # a capital letter after a stop is an initial, not a list's first marker, and a stop
    # after an abbreviation ends no sentence
    assert len(split_sentences("Ice formed (Jan. 1) AP and thawed (Jan. 2) AP.")) == 1
    assert texts(split_sentences("The winners were named. A. Ode won gold, B. Brandt silver.")) == [
        "The winners were named.",
        "A. Ode won gold, B. Brandt silver.",
    ]


ITEM_WORDS = ["water", "the", "rice", "in", "two", "pans", "J.", "K.", "it", "Ann"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Boil", "Add", "Wait"]),
            st.lists(st.sampled_from(ITEM_WORDS), max_size=4),
        ).map(lambda item: " ".join([item[0], *item[1]])),
        min_size=2,
        max_size=6,
    ),
    st.sampled_from(["{}.", "{})", "{}.)", "\u2022 {}."]),
    st.sampled_from([" ", ". "]),
)
def test_inline_list_items_are_sentences(items: list[str], marker: str, gap: str) -> None:
    """A list written on one line gives one sentence per item, whatever the items say."""
    numbered = [f"{marker.format(n)} {item}" for n, item in enumerate(items, 1)]
    text = gap.join(numbered)
    sentences = texts(split_sentences(text))
    assert [s.rstrip(".") for s in sentences] == [i.rstrip(".") for i in numbered]


def test_regression_pronoun_i_ending_a_sentence_read_as_an_initial() -> None:
    """'you and I. Did anyone' stayed one sentence: 'I.' was taken for an initial."""
    text = "It was up to you and I. Did anyone ask Peter I. Moss?"
    assert texts(split_sentences(text)) == [
        "It was up to you and I.",
        "Did anyone ask Peter I. Moss?",
    ]


def test_regression_initial_i_after_a_lower_case_word_ended_a_sentence() -> None:
    """'led by I. Brandt and A. Ode' was cut after 'I.': any 'I.' after a word in lower
    case was read as the pronoun. It is one only after "than" or a pronoun and "and"."""
    for text in (
        "The ferry was led by I. Brandt and A. Ode.",
        "The prize went to Ada Ode and I. Brandt.",
    ):
        assert texts(split_sentences(text)) == [text]
    assert texts(split_sentences("No one was more surprised than I. Brandt said so too.")) == [
        "No one was more surprised than I.",
        "Brandt said so too.",
    ]


def test_regression_unit_letter_after_a_number_read_as_an_initial() -> None:
    """'reached 40 C. Crops withered' stayed one sentence."""
    assert texts(split_sentences("Temperatures reached 40 C. Crops withered.")) == [
        "Temperatures reached 40 C.",
        "Crops withered.",
    ]


def test_regression_short_lower_case_lines_were_joined_as_wrapped_prose() -> None:
    """'features / contact manager / events' was one sentence: a line without a stop
    before one in lower case was taken for wrapped prose however short it was."""
    text = "features\ncontact manager\nevents, activities\n"
    assert texts(split_sentences(text)) == ["features", "contact manager", "events, activities"]


# The real articles.

PHRASES = ("Gen. Mazloum Kobani", "U.S.-backed", "Mr Trump")


@pytest.mark.shared
def test_baghouz_offsets_and_unsplit_phrases(baghouz_texts: dict[str, str]) -> None:
    found = dict.fromkeys(PHRASES, 0)
    for text in baghouz_texts.values():
        sentences = split_sentences(text)
        assert_spans_cover(text, sentences)
        for phrase in PHRASES:
            for match in re.finditer(re.escape(phrase), text):
                found[phrase] += 1
                assert any(s.start <= match.start() and match.end() <= s.end for s in sentences), (
                    f"{phrase!r} split at offset {match.start()}"
                )
    assert all(found.values()), f"a phrase no longer occurs in the articles: {found}"


@pytest.mark.shared
@pytest.mark.parametrize("name", ["multinews-val.jsonl", "allsides-dev.jsonl"])
def test_bench_articles_split_exactly_and_never_inside_an_address(
    bench_dir: Path, name: str
) -> None:
    """Every article of the bench files: offsets exact, nothing lost, and no sentence
    that starts inside an e-mail address (a cut with no space where '@' is near)."""
    with (bench_dir / name).open(encoding="utf-8") as lines:
        articles = [a["text"] for line in lines for a in json.loads(line)["articles"]]
    assert articles
    for text in articles:
        sentences = split_sentences(text)
        assert_spans_cover(text, sentences)
        for before, after in itertools.pairwise(sentences):
            if before.end == after.start:  # glued: the word across the cut is no address
                word = before.text.split()[-1] + after.text.split()[0]
                assert "@" not in word, (before, after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier opened in 1890.[4] The parish grew.[12][13] Fares rose 5%.[a]",
            ["The pier opened in 1890.[4]", "The parish grew.[12][13]", "Fares rose 5%.[a]"],
        ),
        ('It is old.[2] "Very," she said.', ["It is old.[2]", '"Very," she said.']),
        ("See note [4] for more. He left.", ["See note [4] for more.", "He left."]),
    ],
)
def test_regression_footnote_marks_after_a_stop_opened_the_next_sentence(
    text: str, expected: list[str]
) -> None:
    """'in 1890.[4] The parish' gave a sentence that opened on '[4]': the marks are the
    ending sentence's, and a mark closing the paragraph was a sentence of its own."""
    assert texts(split_sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The band ends its tour in the U.K. Tickets go on sale in May.",
            ["The band ends its tour in the U.K.", "Tickets go on sale in May."],
        ),
        (
            "The ferry crew flew home to the U.S. Currently the pier stays shut.",
            ["The ferry crew flew home to the U.S.", "Currently the pier stays shut."],
        ),
        (  # look-alikes: a name that the abbreviation opens
            "A spokesman for the U.S. Marines said the pier was safe.",
            ["A spokesman for the U.S. Marines said the pier was safe."],
        ),
        (
            "Ada Ode sailed to the U.S. Virgin Islands in June.",
            ["Ada Ode sailed to the U.S. Virgin Islands in June."],
        ),
        (
            "Ivo Brandt went to the U.S. Embassy in Kessel. He left at noon.",
            ["Ivo Brandt went to the U.S. Embassy in Kessel.", "He left at noon."],
        ),
    ],
)
def test_regression_a_country_abbreviation_ending_a_sentence_ran_into_the_next(
    text: str, expected: list[str]
) -> None:
    """'a tour in the U.K. Tickets go ...' was one sentence: Punkt takes "U.K." for an
    abbreviation inside one, which it is before "Embassy", not before a plural and its
    verb or an adverb."""
    assert texts(split_sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier got a rating of C. Divers found rust on every pile.",
            ["The pier got a rating of C.", "Divers found rust on every pile."],
        ),
        (
            "Her report on the ferry earned a B. Examiners praised its maps.",
            ["Her report on the ferry earned a B.", "Examiners praised its maps."],
        ),
        (  # look-alikes: initials
            "Harbour chief Mark A. Brandt met the crew.",
            ["Harbour chief Mark A. Brandt met the crew."],
        ),
        ("The survey of A. Ode found rust.", ["The survey of A. Ode found rust."]),
    ],
)
def test_regression_a_grade_letter_ending_a_sentence_ran_into_the_next(
    text: str, expected: list[str]
) -> None:
    """'a grade of D. Inspectors found ...' was one sentence: the letter read as an
    initial, which it is after a first name, not after "grade of" or "a"."""
    assert texts(split_sentences(text)) == expected


def test_regression_an_abbreviation_after_a_slash_ended_a_sentence() -> None:
    """'the Kessel/U.S. Combined Harbour Command' was cut after "U.S.": the word with its
    slash is no known abbreviation, its part after the slash is."""
    text = "The drill was run by the Kessel/U.S. Combined Harbour Command on Monday."
    assert texts(split_sentences(text)) == [text]
    assert texts(split_sentences("Ships left Kessel/U.S. The port shut.")) == [
        "Ships left Kessel/U.S.",
        "The port shut.",
    ]
