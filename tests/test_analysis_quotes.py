"""Tests of summarize.analysis._quotes: marks, statements, invariants, the real articles.

The speakers' rules are tested in test_analysis_speakers.py.
"""

# The texts below are written with the typographic quotation marks they test.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize.analysis._quotes import find_quotes
from summarize.errors import InputError
from summarize.pipeline import content_sentences
from summarize.records import Article, Quote, Sentence


def quotes_in(text: str) -> list[Quote]:
    article = Article(id="a", text=text)
    return find_quotes(article, content_sentences(article))


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in quotes_in(text)]


# Marks ------------------------------------------------------------------------------------

MARKS = [
    ('"We will rebuild the bridge," said Ms Ode.', "We will rebuild the bridge,"),
    ("“We will rebuild the bridge,” said Ms Ode.", "We will rebuild the bridge,"),
    ("«Nous allons reconstruire le pont», a dit Ode.", "Nous allons reconstruire le pont"),
    ("»Wir bauen die Brücke wieder auf«, sagte Ode.", "Wir bauen die Brücke wieder auf"),
    ("„Wir bauen die Brücke wieder auf“, sagte Ode.", "Wir bauen die Brücke wieder auf"),
    ("‘We will rebuild the bridge,’ said Ms Ode.", "We will rebuild the bridge,"),
    ("”Vi bygger bron igen”, sa Ode.", "Vi bygger bron igen"),
    ('The quay has been " fully 100 percent rebuilt " by the crews.', "fully 100 percent rebuilt"),
]


@pytest.mark.parametrize(("text", "quoted"), MARKS)
def test_every_kind_of_quotation_mark_is_paired(text: str, quoted: str) -> None:
    """Straight, curly, low-high, guillemets both ways and single curly marks all pair."""
    assert [quote.text for quote in quotes_in(text)] == [quoted]


def test_quote_text_slices_the_article_without_marks_or_edge_spaces() -> None:
    text = "Rain fell. Ode said: “  The ferry will run all winter.  ” Then she left."
    (quote,) = quotes_in(text)
    assert text[quote.start : quote.end] == quote.text == "The ferry will run all winter."
    assert (quote.article, quote.speaker) == ("a", "Ode")


def test_doubled_opening_mark_is_read_once() -> None:
    """A scraped '""Maybe ...' once paired the two marks and shifted every later quote."""
    text = '""Maybe the bridge will reopen next year," a ferry captain told the Gazette.'
    assert pairs(text) == [("Maybe the bridge will reopen next year,", "a ferry captain")]


def test_unclosed_quote_is_skipped_not_extended() -> None:
    assert quotes_in('"This quote never closes and runs on. The end of the story.') == []
    text = '"An unclosed start. Then "a real quote comes here," said Ode.'
    assert pairs(text) == [("a real quote comes here,", "Ode")]


def test_apostrophes_are_not_quotes() -> None:
    text = "The council’s plan, the workers’ union and Ode’s crew said it’s over for ’90s boats."
    assert quotes_in(text) == []


def test_possessive_inside_single_quotes_does_not_close_them() -> None:
    """In ‘The workers’ union ...’ the first ’ is a possessive, not the closing mark."""
    text = "‘The workers’ union will fight on,’ Ode said."
    assert pairs(text) == [("The workers’ union will fight on,", "Ode")]


def test_nested_quote_is_part_of_the_outer_one() -> None:
    text = "“He told me ‘never again’ and then he walked off,” said Ode."
    assert pairs(text) == [("He told me ‘never again’ and then he walked off,", "Ode")]


def test_quote_across_sentences_keeps_its_speaker() -> None:
    text = '"We cannot reopen the bridge," said Ode. "It is unsafe for cars. But ferries run."'
    assert pairs(text) == [
        ("We cannot reopen the bridge,", "Ode"),
        ("It is unsafe for cars. But ferries run.", "Ode"),
    ]


def test_quote_does_not_cross_a_paragraph_break() -> None:
    text = 'Ode said: "The work goes on\n\nThe council met on Monday." Rain fell again.'
    assert quotes_in(text) == []


def test_quote_outside_the_given_sentences_is_not_read() -> None:
    """Quotes inside left-out boilerplate (a caption, say) are not the article's quotes."""
    text = 'Rain fell. "The ferry will run all winter," said Ode. Roads shut.'
    article = Article(id="a", text=text)
    sentences = content_sentences(article)
    assert len(sentences) == 3
    kept = [sentences[0], sentences[2]]
    assert find_quotes(article, kept) == []
    assert len(find_quotes(article, sentences)) == 1


def test_sentence_of_another_article_is_an_input_error() -> None:
    article = Article(id="a", text="Rain fell on the town.")
    stranger = Sentence(article="b", index=0, start=0, end=9, text="Rain fell")
    with pytest.raises(InputError, match="content_sentences"):
        find_quotes(article, [stranger])
    shifted = Sentence(article="a", index=0, start=1, end=10, text="Rain fell")
    with pytest.raises(InputError):
        find_quotes(article, [shifted])


STRAY = [
    '"',
    '""',
    "“”",
    '" "',
    "He said ” and ‘ and „ then « nothing.",
    'A stray " mark. Another " one. "And "more" marks" here."',
    "“Open “open “open and never closed",
    "Closed” closed” closed”",
    "‘ ’ ‘’ ’‘ '' ' \" « » ‹ › ‚",
    "\n\n“\n\n”\n\n",
]


@pytest.mark.parametrize("text", STRAY)
def test_stray_marks_never_crash_or_misplace(text: str) -> None:
    for quote in quotes_in(text):
        assert text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text != ""


# Statements and scare quotes --------------------------------------------------------------

SCARE = [
    "The so-called “fortress” fell on Saturday after a long siege.",
    "Officials declared “total victory” over the rebels on Monday.",
    'A spokesman for the port said the town had achieved "full recovery" of its trade.',
    "The mayor announced the “complete defeat” of the flood at noon.",
    'Ode said the town was "liberated", but added that repairs will take years.',
    'There is no more "flood zone" in the town.',
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_are_left_out(text: str) -> None:
    """A quoted term of one to three words inside a sentence is not a statement."""
    assert quotes_in(text) == []


KEPT = [
    ('"Not yet," said Ode.', ("Not yet,", "Ode")),
    ('Ode said: "not yet".', ("not yet", "Ode")),
    ('Ode said "no".', ("no", "Ode")),
    ('Ode said Friday "it is time" to act.', ("it is time", "Ode")),
    ("Ivo Brandt, a senior engineer, said there was still “much work to do,” sadly.",
     ("much work to do,", "Ivo Brandt")),
    ('Rain fell. "Never!" The crowd went home.', ("Never!", None)),
    ('It was a "total disaster for the whole town" in every way.',
     ("total disaster for the whole town", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_statements_are_kept(text: str, expected: tuple[str, str | None]) -> None:
    """Four words or more, a sentence of its own, or a speaker right next to it."""
    assert pairs(text) == [expected]


# Invariants and speed ---------------------------------------------------------------------

MARK_CHARS = "\"'“”„«»‘’‚‹›"
ALPHABET = st.sampled_from([*MARK_CHARS, "a", "B", "said", "Ode", " ", " ", "\n", ".", ","])


@st.composite
def marked_texts(draw: st.DrawFn) -> str:
    """Text with quotation marks of every kind mixed into words and punctuation."""
    pieces = draw(st.lists(st.one_of(ALPHABET, st.text(max_size=6)), max_size=80))
    return "".join(pieces)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=marked_texts(), data=st.data())
def test_quotes_slice_the_text_inside_the_sentences_in_order(
    text: str, data: st.DataObject
) -> None:
    """Every quote slices the text exactly, lies in the sentences, in order, without overlap."""
    article = Article(id="x", text=text)
    sentences = content_sentences(article)
    sentences = data.draw(st.lists(st.sampled_from(sentences), unique=True)) if sentences else []
    covered = [False] * len(text)
    for sentence in sentences:
        covered[sentence.start : sentence.end] = [True] * (sentence.end - sentence.start)
    found = find_quotes(article, sentences)
    for quote in found:
        assert quote.article == "x"
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text
        inside = (covered[i] or text[i].isspace() for i in range(quote.start, quote.end))
        assert all(inside), (quote, sentences)
        assert covered[quote.start]
        assert covered[quote.end - 1]
    for before, after in pairwise(found):
        assert before.end < after.start


def seconds_to_find_quotes(repeats: int) -> float:
    text = '"Ab cd ef gh," he said, “ij ‘kl’ mn” ‘op ”qr „st « uv » ' * repeats + "end."
    sentence = Sentence(article="a", index=0, start=0, end=len(text), text=text)
    started = time.perf_counter()
    found = find_quotes(Article(id="a", text=text), [sentence])
    assert len(found) >= repeats
    return time.perf_counter() - started


def test_many_marks_stay_linear() -> None:
    """Resolving each "he said" once re-read the whole sentence before it: quadratic time."""
    small = min(seconds_to_find_quotes(250) for _ in range(3))
    large = seconds_to_find_quotes(2000)  # 8 times the text: 8 times the time, not 64
    assert large < 24 * small + 0.2


# The real articles ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def baghouz_quotes(baghouz_texts: dict[str, str]) -> list[Quote]:
    found: list[Quote] = []
    for stem, text in baghouz_texts.items():
        article = Article(id=stem, text=text)
        found += find_quotes(article, content_sentences(article))
    return found


def quote_starting(quotes: list[Quote], prefix: str) -> Quote:
    matching = [quote for quote in quotes if quote.text.startswith(prefix)]
    assert matching, f"no quote starts with {prefix!r}"
    return matching[0]


@pytest.mark.shared
def test_baghouz_quotes_slice_their_articles(
    baghouz_quotes: list[Quote], baghouz_texts: dict[str, str]
) -> None:
    assert len(baghouz_quotes) >= 10
    for quote in baghouz_quotes:
        assert baghouz_texts[quote.article][quote.start : quote.end] == quote.text


@pytest.mark.shared
@pytest.mark.parametrize(
    ("prefix", "speaker"),
    [
        ("We are proud of what we have accomplished", "Kobani"),
        ("Baghouz is free and the military victory against Daesh", "Mustafa Bali"),
        ("We cannot say that ISIS is finished", "Kino Gabriel"),
    ],
)
def test_baghouz_speakers(baghouz_quotes: list[Quote], prefix: str, speaker: str) -> None:
    quote = quote_starting(baghouz_quotes, prefix)
    assert quote.speaker is not None
    assert speaker in quote.speaker


@pytest.mark.shared
def test_baghouz_exact_speakers(baghouz_quotes: list[Quote]) -> None:
    """The tweet's speaker is the name alone, without the "SDF spokesman" before it."""
    tweet = quote_starting(baghouz_quotes, "Baghouz is free")
    assert tweet.speaker == "Mustafa Bali"
    assert quote_starting(baghouz_quotes, "We cannot say that ISIS").speaker == "Kino Gabriel"


@pytest.mark.shared
def test_baghouz_has_no_scare_quotes(baghouz_quotes: list[Quote]) -> None:
    """Quoted terms such as "caliphate" or "total elimination" are not statements."""
    for quote in baghouz_quotes:
        assert len(quote.text.split()) >= 3, quote
        assert quote.text.strip(" ,.").lower() != "caliphate"


@pytest.mark.parametrize(
    "text",
    [
        'She starred in "Gone With the Wind Again" for two seasons.',
        'The bill, known as the "Clean Harbour Act" in the House, passed.',
        'Crowds sang "We Shall Rise Over the Hill" outside the court.',
    ],
)
def test_regression_a_title_quoted_inside_a_sentence_was_a_quote(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"The port is shut," Ode said on Wire\u2019s "Morning Harbour." Rain fell.', 1),
        ('Ada Ode told "Harbour Sunday" that the port would reopen soon.', 0),
        ('"We will rebuild it," Ode said on "Harbour Tonight," before leaving.', 1),
        ('The crowd sang along to "Working on the Ferry Line." It was late.', 0),
    ],
)
def test_regression_the_title_of_a_programme_was_its_guests_quote(text: str, said: int) -> None:
    # 'said on CNN's "State of the Union."': the programme's name, whoever speaks on it.
    found = [quote for quote, _ in pairs(text)]
    assert len(found) == said
    assert not any(q.startswith(("Morning", "Harbour", "Working")) for q in found)


@pytest.mark.parametrize(
    "text",
    [
        'The 1961 film "A Ferry to the Islands," which won two prizes, opened in May.',
        'Her book, "The Long Quay Home," is out in June.',
        'They closed with "Songs of the Harbour." The crowd left.',
        'The album held "Rain Over the Quay," "Tidewater" and "Nine Bells," in that order.',
    ],
)
def test_regression_a_title_with_the_sentences_comma_or_stop_inside_was_a_quote(text: str) -> None:
    """American style puts the sentence's comma or stop inside the marks of a title."""
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Quay Boys answered with the equally bleak “Low Tide for ‘Em,” which came out in May.",
        'Ivo Brandt kept on, releasing the answer track "Kessel (True From the False)," in June.',
        'Ada Ode sings it in their most memorable song, "Ferry Lights Pt. II." Others followed.',
        'The record holds one of the crew\'s best-known songs, "Ferry Lights Pt. II."',
        'Ivo Brandt, author of the book "Son of a Ferryman: Tides, Ropes and What to Do When You '
        'Miss the Last Boat to Kessel," says most crews quit.',
        'In an ad titled, "Ada Ode for Kessel," the harbour master asks for votes.',
        "One email with the subject line “From the Harbour Master” urged the crew to stay.",
    ],
)
def test_regression_a_title_after_the_noun_for_its_work_was_a_quote(text: str) -> None:
    """A song's, a book's or an ad's title right after the words that name the work."""
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"It is quiet," Ivo Brandt told Wire\'s "State of the Harbour with Ada Ode" on Sunday.',
        'On "The Harbour Angle", Ada Ode said the ferry was late again.',
        'My signed copy of "Tides of Kessel: A Story of Ropes and Rain" is on the shelf.',
        'Ivo Brandt explains in this excerpt from "Ada Ode: Who Keeps the Lights On?" why.',
    ],
)
def test_regression_a_long_programme_title_or_a_title_after_copy_of_was_a_quote(
    text: str,
) -> None:
    """A programme's title of seven words, one after "On" that opens the sentence, and a
    book's after "copy of" or "excerpt from" were quotes."""
    titles = ("State", "The Harbour", "Tides", "Ada Ode:")
    assert not any(quote.startswith(titles) for quote, _ in pairs(text))


def test_regression_a_list_of_song_titles_and_dates_was_a_list_of_quotes() -> None:
    text = (
        "Her number ones:\n\n"
        '"Low Tide," Feb. 3, 2007\n\n'
        '"Ferry Lights (On the Quay)," Nov. 13, 2010\n\n'
        '"Who\'s That Ferryman?" (Ivo Brandt featuring Ada Ode), Feb. 2, 2011\n\n'
        '"Rain Over Kessel Tonight" - Ivo Brandt, Kessel Post\n'
    )
    assert pairs(text) == []


def test_regression_a_title_with_a_number_that_the_sentence_speaks_of_was_a_quote() -> None:
    text = "UPDATE: The Kessel Post said that “Harbour 7” is the first film to open in May."
    assert pairs(text) == []


def test_words_said_after_a_noun_for_a_work_stay_quotes() -> None:
    """Only a title after the work's noun goes: words said stay, and a list line that says."""
    text = (
        'Of the new song, Ada Ode said: "We wrote it on the ferry, and it shows."\n\n'
        '"Low Tide," Ivo Brandt said.\n'
    )
    assert [quote for quote, _ in pairs(text)] == [
        "We wrote it on the ferry, and it shows.",
        "Low Tide,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The man, who likes to say, "I\'m a Jet, bro," was late.',
        'She kept saying "Oh, my God, oh, my God," as the names were read.',
        'They chanted "Hold the Line. Hold the Quay." until dawn.',
    ],
)
def test_words_said_in_capitals_with_a_comma_inside_stay_quotes(text: str) -> None:
    assert len(pairs(text)) == 1


def test_a_quote_in_title_case_after_a_colon_stays_a_quote() -> None:
    text = 'Ada Ode said in a statement: "The Port Is Open Again."'
    assert pairs(text) == [("The Port Is Open Again.", "Ada Ode")]


def test_a_title_someone_is_said_to_have_spoken_stays_their_quote() -> None:
    text = 'Ada Ode said the plan was "A Bridge Too Far For Us" at the council.'
    assert [quote for quote, _ in pairs(text)] == ["A Bridge Too Far For Us"]


def test_a_title_a_speaker_names_as_a_subject_is_no_quote_of_theirs() -> None:
    """A wrong speaker once found: a title the sentence goes on to speak of was Ode's words."""
    text = 'As Ada Ode points out, "Harbour Lights Over Eastdock" is the third result online.'
    assert pairs(text) == []


def test_a_short_answer_before_said_is_no_title() -> None:
    """A speech verb after the marks makes a title-cased answer words said: "I'm a 'no,'"."""
    text = "\"I'm a 'no,'\" said Ada Ode, a member of the harbour board."
    assert pairs(text) == [("I'm a 'no,'", "Ada Ode")]


def test_a_quoted_sentence_in_title_case_that_opens_its_sentence_stays_a_quote() -> None:
    text = '"We Will Not Leave The Harbour," the banner read.'
    assert [quote for quote, _ in pairs(text)] == ["We Will Not Leave The Harbour,"]


@pytest.mark.parametrize(
    "text",
    [
        'The town\'s name comes from a word which means "the meeting place by the river".',
        'Locals use the term "a bridge to nowhere at all" for it.',
        'The clinic runs a scheme known as "a bed for every night of the year".',
        'Her third novel, titled "The Long Way Back to the Quay", came out in May.',
        'The fleet is so-called "the last fleet of the old port" by its crews.',
        'The new title was that of "honorary master of the pier," since masters retire.',
    ],
)
def test_a_term_or_a_name_after_words_that_name_it_is_no_quote(text: str) -> None:
    """Words that define or name ("means", "known as", "titled") make the quote a term."""
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Asked how the trip fit the definition of "escort detail," she would only say that'
        " the matter was being looked at.",
        'The crew posing as "harbour officers," officials said, sold fake tickets.',
        'A man known only by the name of "Captain," told the radio that the pier was shut.',
        'The board called it a "disgrace," said Ada Ode.',
    ],
)
def test_regression_a_term_in_the_writers_phrase_was_a_quote_when_a_speech_verb_stood_next(
    text: str,
) -> None:
    """A preposition or an article before a short quote makes it the writer's noun.

    'fit the definition of "escort detail," she would only say' listed the term as a
    quote of hers, since a speech verb stood right after it.
    """
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Ode would go to a resort, according to a recently-released \u201cferry escort"
        " plan,\u201d where she would change her hat.",
        "Ada Ode left, according to the newly released \u201cferry escort plan.\u201d",
    ],
)
def test_regression_the_name_of_a_text_cited_after_according_to_was_a_quote_of_its_adjective(
    text: str,
) -> None:
    """'according to a recently-released "jail escort plan,"' gave the quote "jail escort
    plan," the speaker 'a recently-released': the quoted words end the cited text's name."""
    assert pairs(text) == []


def test_a_quote_set_off_after_according_to_keeps_its_speaker() -> None:
    text = "The pier shut, according to the harbour master, \u201cuntil the storm is over.\u201d"
    assert pairs(text) == [("until the storm is over.", "the harbour master")]


@pytest.mark.parametrize(
    "text",
    [
        '"Never," said Ada Ode.',
        'Ada Ode said "no".',
        'Ada Ode said: "never".',
        # four words after an article are words said
        'She called it "a disgrace for the town," said Ada Ode.',
    ],
)
def test_short_quotes_said_outside_a_phrase_stay_quotes(text: str) -> None:
    assert [speaker for _, speaker in pairs(text)] == ["Ada Ode"]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Ode said it means "we will rebuild the whole quay".',
        '"It means we will rebuild the whole quay," Ada Ode said.',
        'The mayor called "for calm and patience from everyone" on Friday.',
    ],
)
def test_words_said_after_a_naming_word_stay_quotes_when_attributed(text: str) -> None:
    """A quote the sentence attributes right next to it, or "called for", stays a quote."""
    assert len(pairs(text)) == 1


def test_regression_a_closing_mark_typed_as_two_apostrophes_lost_every_speaker() -> None:
    """'"We had no plan,'' said Ada Ode. "It just happened."': the closing mark typed as
    two apostrophes, as some wires write it, was no mark, so the opening marks paired
    with each other across the attribution and the quotes lost their speaker."""
    text = (
        '"We had no plan,\'\' said Ada Ode, the mayor. "It just happened. We built it."\n\n'
        "``The pier will reopen,'' Bo Li said.\n\n"
        "The workers' union met. He is 5' 10'' tall."
    )
    assert pairs(text) == [
        ("We had no plan,", "Ada Ode"),
        ("It just happened. We built it.", "Ada Ode"),
        ("The pier will reopen,", "Bo Li"),
    ]


RUNS_ON_TYPED = (
    "The ferry stopped in June.\n\n"
    "Bo Li said: ``We will sail again once the new hull is fitted.\n\n"
    "``It will take the yard most of the winter, and the crew knows it.''\n\n"
    "The port is small."
)


def test_a_quote_left_open_runs_on_into_a_paragraph_opened_by_backticks_or_a_mark() -> None:
    """A speaker's words run over paragraphs, each opened by two backticks and only the
    last closed: the first paragraph's quote runs to its end, as with one mark."""
    expected = [
        ("We will sail again once the new hull is fitted.", "Bo Li"),
        ("It will take the yard most of the winter, and the crew knows it.", "Bo Li"),
    ]
    assert pairs(RUNS_ON_TYPED) == expected
    straight = RUNS_ON_TYPED.replace("``", '"').replace("''", '"')
    assert pairs(straight) == expected
    # marks printed as closing ones on both sides, as Swedish and Finnish texts print
    # them: a paragraph that opens on one, before a word, opens a quote
    swedish = (
        "The ferry stopped in June.\n\n"
        "Bo Li said: \u201dWe will sail again once the new hull is fitted.\n\n"
        "\u201dA new hull takes the yard all winter, and the crew knows it.\u201d\n\n"
        "The port is small."
    )
    assert pairs(swedish) == [
        ("We will sail again once the new hull is fitted.", "Bo Li"),
        ("A new hull takes the yard all winter, and the crew knows it.", "Bo Li"),
    ]
    # a quote left open on the text's first character runs on as well
    first = (
        '"We will sail again once the new hull is fitted.\n\n'
        '"It will take the yard most of the winter, and the crew knows it," said Bo Li.'
    )
    assert [quote for quote, _ in pairs(first)] == [
        "We will sail again once the new hull is fitted.",
        "It will take the yard most of the winter, and the crew knows it,",
    ]
    # the next paragraph opens with no mark: the open quote is left unclosed, no quote
    plain = RUNS_ON_TYPED.replace("``It will", "It will").replace("knows it.''", "knows it.")
    assert pairs(plain) == []


def test_a_run_of_one_mark_is_read_as_one_mark_typed_or_straight() -> None:
    """Two backticks, two apostrophes or a straight mark, each doubled as a run
    (``''''``, ``""``), is one mark, from the text's first character on."""
    from summarize.analysis._quotes import _marks

    text = "``We sail,'''' he said. \"\"We row.\"\" ``Go.''"
    assert [text[start:end] for start, end in _marks(text)] == [
        "``",
        "''''",
        '""',
        '""',
        "``",
        "''",
    ]


@pytest.mark.parametrize("after", ["backstage", "later", "quietly", "again", "last year"])
def test_regression_a_word_of_when_or_how_after_the_verb_was_the_speaker(after: str) -> None:
    """'"...," said backstage.' gave the speaker "backstage": the lower-case words after a
    speech verb were read as a speaker's phrase whatever they were."""
    assert pairs(f'"We were thrilled to win the prize tonight," said {after}.') == [
        ("We were thrilled to win the prize tonight,", None)
    ]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("quietly the mayor", "the mayor"),
        ("later Ada Ode", "Ada Ode"),
        ("officials", "officials"),
        ("family members", "family members"),
    ],
)
def test_a_speaker_after_a_word_of_how_or_a_plain_noun_is_read(after: str, speaker: str) -> None:
    assert pairs(f'"We were thrilled to win the prize tonight," said {after}.') == [
        ("We were thrilled to win the prize tonight,", speaker)
    ]


@pytest.mark.parametrize(
    "markup",
    [
        'poster="http://media.kessel.example/img/1234_5678-vs.jpg?id=99" true',
        'href="www.kessel.example/ferries"',
        'data-src="/img/2020/pier.jpg"',
    ],
)
def test_regression_a_web_address_of_the_pages_markup_was_a_quote(markup: str) -> None:
    text = f'The ferry sailed at noon.\n\n{markup}\n\n"We are ready," said Ada Ode.'
    article = Article(id="a", text=text)
    quotes = find_quotes(article, content_sentences(article))
    assert [(q.text, q.speaker) for q in quotes] == [("We are ready,", "Ada Ode")]


def test_words_that_name_a_web_address_are_still_a_quote() -> None:
    text = '"Ferries run hourly from www.kessel.example," said Ada Ode.'
    article = Article(id="a", text=text)
    quotes = find_quotes(article, content_sentences(article))
    assert [q.text for q in quotes] == ["Ferries run hourly from www.kessel.example,"]
