"""The bundled example, examples/data/harbour-bridge: golden digests and its planted facts.

The planted facts are listed in examples/README.md; every phrase quoted here occurs
verbatim in the named article.

Golden files: ``tests/golden/harbour-bridge.md`` and ``tests/golden/harbour-bridge.json``
are the Markdown and JSON digests of the example with default options. When a change
to the library changes them on purpose, regenerate them and review the diff::

    SUMMARIZE_UPDATE_GOLDEN=1 python -m pytest tests/test_example.py

With that variable set the golden tests rewrite the files and are skipped.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE

import summarize
from summarize import Article, Claim, Digest, Sentence

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("SUMMARIZE_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.id: a for a in summarize.load_articles(EXAMPLE)}


@pytest.fixture(scope="module")
def digest() -> Digest:
    """The digest with default options, as a user gets it."""
    return summarize.summarize(summarize.load_articles(EXAMPLE))


@pytest.fixture(scope="module")
def everything() -> Digest:
    """Every content sentence in its per-source summary and every claim of the set."""
    return summarize.summarize(
        summarize.load_articles(EXAMPLE), per_source=10_000, merged=10_000, redundancy=1.0
    )


def span_of(article: Article, phrase: str) -> tuple[int, int]:
    """The one occurrence of ``phrase`` in the article."""
    assert article.text.count(phrase) == 1, (article.id, phrase)
    start = article.text.index(phrase)
    return start, start + len(phrase)


def line_of(article: Article, fragment: str) -> tuple[int, int]:
    """The whole line (stripped) of the article's one line that contains ``fragment``."""
    found = []
    offset = 0
    for line in article.text.splitlines(keepends=True):
        if fragment in line:
            lead = len(line) - len(line.lstrip())
            found.append((offset + lead, offset + len(line.rstrip())))
        offset += len(line)
    assert len(found) == 1, (article.id, fragment, found)
    return found[0]


def overlaps(sentence: Sentence, span: tuple[int, int]) -> bool:
    return sentence.start < span[1] and span[0] < sentence.end


# Golden digests -----------------------------------------------------------------


def _approx_floats(value: Any) -> Any:
    """JSON data with every float compared to 1e-6, the precision the digest writes."""
    if isinstance(value, float):
        return pytest.approx(value, abs=2e-6)
    if isinstance(value, dict):
        return {key: _approx_floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_approx_floats(item) for item in value]
    return value


@pytest.mark.parametrize(
    ("name", "render"),
    [("harbour-bridge.md", Digest.to_markdown), ("harbour-bridge.json", Digest.to_json)],
)
def test_golden_digest(digest: Digest, name: str, render: Callable[[Digest], str]) -> None:
    path = GOLDEN / name
    actual = render(digest)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        pytest.skip(f"SUMMARIZE_UPDATE_GOLDEN=1: rewrote tests/golden/{name}; review the diff")
    expected = path.read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert json.loads(actual) == _approx_floats(json.loads(expected))
    else:
        assert actual == expected


def test_golden_json_reads_back_as_the_digest(digest: Digest) -> None:
    stored = Digest.from_json((GOLDEN / "harbour-bridge.json").read_text(encoding="utf-8"))
    assert stored.articles == digest.articles
    assert [c.support for c in stored.merged] == [c.support for c in digest.merged]


# Boilerplate --------------------------------------------------------------------

# (article, fragment): the whole line holding the fragment is not part of the story.
BOILERPLATE_LINES = [
    # bylines
    ("coastwire", "By Jonas Terrell"),
    ("brennock-courier", "By Saoirse Mallon, Chief Reporter"),
    ("continental-review", "Henrike Sollas"),
    ("continental-review", "Infrastructure Correspondent"),
    ("daily-klaxon", "By Kev Darrow"),
    ("span-and-girder", "By Aino Resk"),
    # time stamps
    ("brennock-courier", "Published 11:05 a.m., Tuesday, Oct. 14"),
    ("span-and-girder", "Oct. 14, 2025 | 4 min read"),
    # photo captions with their credits
    ("coastwire", "COASTWIRE/Piet Andersen"),
    ("brennock-courier", "Photo: Lena Hobb / Courier"),
    ("continental-review", "Photograph: Karel Vinn/Harbour Images"),
    ("daily-klaxon", "Picture: Klaxon Pictures/Dan Reeve"),
    ("span-and-girder", "Image: B.H.A./handout"),
    # credit line
    ("coastwire", "(Reporting by Jonas Terrell; Editing by Marta Ilves)"),
    # calls to action
    ("brennock-courier", "Sign up for the Courier's free Morning Edition newsletter"),
    ("daily-klaxon", "Get the Klaxon's breaking news alerts - SUBSCRIBE NOW"),
    ("span-and-girder", "Subscribe to the Span & Girder weekly briefing"),
    # link lines
    ("brennock-courier", "More news: Ferry timetable changes after Garrow Bridge closure"),
    ("continental-review", "Read more: Inside the 4.2 billion backlog"),
    ("daily-klaxon", "MORE NEWS: Ferry chaos as thousands try to cross harbour"),
    ("daily-klaxon", "Read more: Pictured: the moment the Garrow Bridge fell"),
    ("span-and-girder", "Related: Pin-and-hanger bridges: a 60-year-old warning"),
    # copyright lines
    *((article, "\u00a9") for article in ("coastwire", "brennock-courier", "continental-review")),
    *((article, "\u00a9") for article in ("daily-klaxon", "span-and-girder")),
]
DATELINE = ("coastwire", "BRENNOCK, W.M., Oct. 14 (Coastwire) - ")


@pytest.mark.parametrize("which", ["digest", "everything"])
def test_no_boilerplate_in_any_output_sentence(
    which: str, request: pytest.FixtureRequest, articles: dict[str, Article]
) -> None:
    digest: Digest = request.getfixturevalue(which)
    boilerplate = [(a, line_of(articles[a], fragment)) for a, fragment in BOILERPLATE_LINES]
    boilerplate.append((DATELINE[0], span_of(articles[DATELINE[0]], DATELINE[1])))
    for sentence in digest.sentences():
        for article, span in boilerplate:
            assert not (sentence.article == article and overlaps(sentence, span)), (
                sentence.text,
                articles[article].text[span[0] : span[1]],
            )


def test_dateline_prefix_is_cut_from_the_first_sentence(everything: Digest) -> None:
    first = everything.per_source[[a.id for a in everything.articles].index("coastwire")]
    texts = [scored.text for scored in first.sentences]
    assert any(t.startswith("The central span of the Garrow Bridge, a 93-year-old") for t in texts)


def test_repeated_headline_is_shown_once(everything: Digest) -> None:
    headline = "BRIDGE OF HORROR: Commuters plunge into harbour as 100-year-old span crumbles"
    per_source = [s for summary in everything.per_source for s in summary.sentences]
    assert sum(scored.text == headline for scored in per_source) <= 1


def test_correction_note_is_boilerplate(everything: Digest, articles: dict[str, Article]) -> None:
    span = line_of(articles["continental-review"], "This article was amended on 15 October")
    for sentence in everything.sentences():
        assert not (sentence.article == "continental-review" and overlaps(sentence, span))


# Claims several outlets state -------------------------------------------------------

# (article, phrase): where each outlet states the claim (the attribution included
# where the quote is split over two sentences).
INQUIRY = [
    ("coastwire", "announced an independent inquiry into the collapse"),
    ("brennock-courier", "has announced an independent inquiry into the disaster"),
    ("continental-review", "announced an independent inquiry on Tuesday afternoon"),
    ("span-and-girder", "The West Marrow government has ordered an independent inquiry"),
]
MAYOR = [
    (
        "coastwire",
        '"This is a dark morning for Brennock, and our thoughts are with everyone who was on '
        'that bridge,"',
    ),
    (
        "brennock-courier",
        "Mayor Alma Voss, visibly shaken, spoke to reporters at the Old Town end of the bridge. "
        '"This is a dark morning for Brennock. We will rebuild it, and we will find out why it '
        'fell."',
    ),
    (
        "continental-review",
        "Mayor Alma Voss called it \u201ca dark morning\u201d for the city and promised that the "
        "crossing would be rebuilt",
    ),
    (
        "daily-klaxon",
        "Weeping Mayor Alma Voss said: \"It's a dark day for our city. We'll get to the bottom "
        'of this."',
    ),
]


def stating(claim: Claim, places: list[tuple[str, tuple[int, int]]]) -> set[str]:
    """The articles whose support sentence of ``claim`` overlaps their planted wording."""
    return {
        s.article
        for s in claim.support
        for article, span in places
        if s.article == article and overlaps(s, span)
    }


@pytest.mark.parametrize(("claim", "wording"), [("inquiry", INQUIRY), ("mayor", MAYOR)])
def test_shared_claim_is_one_claim_with_three_or_more_sources(
    digest: Digest,
    articles: dict[str, Article],
    claim: str,
    wording: list[tuple[str, str]],
) -> None:
    places = [(a, span_of(articles[a], phrase)) for a, phrase in wording]
    best = max(digest.merged, key=lambda c: len(stating(c, places)))
    assert len(stating(best, places)) >= 3, [c.text for c in digest.merged]
    assert best.source_count >= 3


def test_first_claim_is_the_collapse_itself(digest: Digest) -> None:
    """The story's main event leads the merged summary, with more than one source behind it."""
    first = digest.merged[0]
    assert "Garrow Bridge" in first.text
    assert re.search(r"collapsed|fell|gave way", first.text), first.text
    assert first.source_count >= 2


# Exclusives of the two longest articles -----------------------------------------------

EXCLUSIVES = [
    ("brennock-courier", "A petition signed by 2,300 people in 2023"),
    ("brennock-courier", '"noted and filed."'),
    # Not "double sailings between Harbour Steps and Eastdock pier": its sentence also
    # says buses go through the Ness Tunnel, a claim coastwire shares.
    ("span-and-girder", 'rated the hanger connections on its central span as "poor"'),
    ("span-and-girder", "a 7.5-tonne weight limit that was never put in place"),
    ("span-and-girder", "section loss of up to 40% in the lower hanger plates"),
    ("span-and-girder", "Halloway Dunn Engineering"),
    ("span-and-girder", "scheduled for the 2026-27 capital programme"),
    ("span-and-girder", "pin-and-hanger assemblies, a detail that offers no alternative load"),
    ("span-and-girder", "for laboratory testing"),
]


def test_longest_articles_exclusives_are_in_no_shared_claim(
    everything: Digest, articles: dict[str, Article]
) -> None:
    for article, phrase in EXCLUSIVES:
        place = [(article, span_of(articles[article], phrase))]
        claims = [c for c in everything.merged if stating(c, place)]
        assert len(claims) == 1, (phrase, "is content, so exactly one claim states it")
        assert claims[0].source_count == 1, [s.text for s in claims[0].support]


# Hard sentence boundaries --------------------------------------------------------------

ABBREVIATION = re.compile(r"(?<![\w.])(?:Dr|St|Gen|Ms|Oct|a\.m|p\.m|W\.M|B\.H\.A)\.")
# Where an abbreviation does end its sentence: (article, text up to and including it).
REAL_ENDS = {
    ("continental-review", "the rescue operation was stood down shortly after 1 p.m."),
    ("span-and-girder", "dropped into the inner harbour at Brennock, W.M."),
}
UNSPLIT = [
    "St. Aldric",
    "Quay St. when",
    "Quay St. as",
    "Dr. Oren Lasko",
    "Dr. Ines Falk",
    "retired Gen. Mara Quist",
    "Ms. Strand",
    "Oct. 14",
    "BRENNOCK, W.M., Oct. 14 (Coastwire)",
    "(B.H.A.) closed",
    "a spokesperson for the B.H.A. said",
    "Image: B.H.A./handout",
    "7:42 a.m. on Tuesday",
    "shortly before 8 a.m. today",
    "just after 8 a.m. yesterday",
    "Published 11:05 a.m., Tuesday",
    "07:42 local time",
    "$38.5 million",
    "7.5-tonne",
    "4.2 billion",
    "40%",
    "2,300",
    "25,000",
    "22,000",
    "Dr. Falk",
]


@pytest.fixture(scope="module")
def split(articles: dict[str, Article]) -> dict[str, list[summarize.TextSpan]]:
    return {a.id: summarize.split_sentences(a.text) for a in articles.values()}


def test_abbreviations_end_no_sentence_except_where_they_do(
    articles: dict[str, Article], split: dict[str, list[summarize.TextSpan]]
) -> None:
    checked = 0
    for article in articles.values():
        text = article.text
        for match in ABBREVIATION.finditer(text):
            if any(text.endswith(end, 0, match.end()) for a, end in REAL_ENDS if a == article.id):
                continue
            for span in split[article.id]:
                if span.start <= match.start() < span.end:
                    rest = text[match.end() : span.end]
                    assert rest.strip("\"'\u201d\u2019)]"), (article.id, span.text)
            checked += 1
    assert checked >= 25


@pytest.mark.parametrize("phrase", UNSPLIT)
def test_hard_phrase_lies_in_one_sentence(
    phrase: str, articles: dict[str, Article], split: dict[str, list[summarize.TextSpan]]
) -> None:
    found = 0
    for article in articles.values():
        for match in re.finditer(re.escape(phrase), article.text):
            found += 1
            assert any(
                s.start <= match.start() and match.end() <= s.end for s in split[article.id]
            ), (
                article.id,
                phrase,
                [s.text for s in split[article.id] if overlaps(s, match.span())],
            )
    assert found, f"{phrase!r} is not in the example"


# (article, text before the boundary, text after it or "" at the end of a paragraph)
BOUNDARIES = [
    ("continental-review", "stood down shortly after 1 p.m.", ""),
    ("span-and-girder", "dropped into the inner harbour at Brennock, W.M.", "One fatality"),
    ("brennock-courier", 'said it had been "noted and filed."', "He was blunter"),
    ("brennock-courier", 'had gone in "without a second thought."', ""),
    ("continental-review", "\u201ca starting point, not a ceiling.\u201d", ""),
    ("daily-klaxon", '"I heard a crack like a gunshot.', "Then the middle of the bridge"),
]


@pytest.mark.parametrize(("article", "before", "after"), BOUNDARIES)
def test_sentence_ends_where_the_text_does(
    article: str,
    before: str,
    after: str,
    articles: dict[str, Article],
    split: dict[str, list[summarize.TextSpan]],
) -> None:
    _, end = span_of(articles[article], before)
    spans = split[article]
    assert end in {s.end for s in spans}, [s.text for s in spans if s.start < end <= s.end]
    if after:
        start = articles[article].text.index(after, end)
        assert start in {s.start for s in spans}
