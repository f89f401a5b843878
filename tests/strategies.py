"""Hypothesis strategies: sets of news-like articles built from small pieces, and options.

The pieces are written for these tests. They share one small vocabulary, so that
articles of a set state the same facts in several wordings (and claims gather
support from several sources), and they carry what makes news hard to split and
clean: abbreviations, initials, times, decimals and money, straight and
typographic quotes, hard-wrapped lines, blank lines, headings without final
punctuation, lines that look like scraped boilerplate, and non-ASCII text.
"""

from __future__ import annotations

from typing import Any, Literal

from hypothesis import strategies as st

import summarize
from summarize.options import SELECTIONS

# fmt: off
SUBJECTS = (
    "The council", "Dr. Lena Hart", "Mr. Ivo Brandt", "Police", "The mayor of St. Ives",
    "Residents", "The U.S. embassy", "Firefighters", "Prof. Ana N\u00fa\u00f1ez",
    "The ferry company", "Caf\u00e9 owners in Z\u00fcrich", "Gen. Tomas Vey", "Engineers",
    "J. K. Moss", "The port authority (P.A.)",
)
VERBS = (
    "closed", "reopened", "inspected", "repaired", "criticised", "praised", "evacuated",
    "funded", "blamed the storm for damage to", "said they would rebuild",
)
OBJECTS = (
    "the old bridge", "the harbour road", "the north tunnel", "the town hall",
    "the river quay", "three schools", "the \u00d8resund ferry pier", "No. 4 dock",
)
TAILS = (
    "", "", "", " on Monday", " at 9:30 a.m.", " shortly after 5 p.m.", " after 3.5 hours",
    " for $4.5 million", " for \u20ac3.2 million", " by 40%", " near Main St. in the rain",
    ", officials said", " despite 1,200 complaints", " (about 2.5 km away)", " on Oct. 3",
    " \u2014 again", " in the U.S.", ", e.g. at night", " (\u6771\u4eac)",
)
OPENERS = ("On Monday", "In 2023", "At 7:15 a.m.", "By Friday", "Late on Tuesday", "As expected")
SPEAKERS = ("she said", "he said", "Dr. Hart said", "a spokesperson for the P.A. said")
ENDINGS = (".", ".", ".", ".", "!", "?", "", "...", "\u2026", ".)")
HEADINGS = (
    "Harbour bridge closed after storm", "BRIDGE OF DOOM", "Town Hall Reopens",
    "What we know so far", "Live updates", "Storm damage: the full list",
)
BOILERPLATE = (
    "By Anna Berg", "By ANNA BERG, Staff Writer", "\u00a9 2024 Harbour News. All rights reserved.",
    "Read more: Storm leaves town without power", "Photo: Ola Berg/Agency",
    "Sign up for our free newsletter", "Published 9:15 a.m., Monday, Oct. 3",
    "More news: Traffic | Weather", "(Reporting by Ana Ruiz; Editing by Ivo Brandt)",
    "Subscribe now", "Advertisement", "Share this article",
)
# fmt: on
SOURCES = ("Wire", "Post", "Radio", "Le Monde", "\u00d1ews", "Wire")
SENTENCE_GAPS = (" ", " ", " ", "  ", "\n", " \u00a0", "\t")
PARAGRAPH_GAPS = ("\n\n", "\n\n", "\n", "\r\n\r\n", "\n \n", "\n\n\n")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence about the shared story, in one of several shapes."""
    subject, verb, thing = (draw(st.sampled_from(pool)) for pool in (SUBJECTS, VERBS, OBJECTS))
    tail = draw(st.sampled_from(TAILS))
    end = draw(st.sampled_from(ENDINGS))
    shape = draw(st.sampled_from(("plain", "plain", "fronted", "quote", "curly", "question")))
    if shape == "fronted":
        return f"{draw(st.sampled_from(OPENERS))}, {subject} {verb} {thing}{tail}{end}"
    if shape == "quote":
        return f'"{subject} {verb} {thing}{tail}," {draw(st.sampled_from(SPEAKERS))}.'
    if shape == "curly":
        return f"\u201c{subject} {verb} {thing}{tail}.\u201d {draw(st.sampled_from(SPEAKERS))}."
    if shape == "question":
        return f'"Why was {thing} {verb}?" {draw(st.sampled_from(SPEAKERS))}.'
    return f"{subject} {verb} {thing}{tail}{end}"


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One to four sentences, separated by spaces or a hard-wrapping line break."""
    parts = draw(st.lists(sentences(), min_size=1, max_size=4))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(SENTENCE_GAPS)) + part
    return text


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """An article as a scraper saves it: maybe a heading, paragraphs, boilerplate lines."""
    blocks = draw(st.lists(paragraphs(), min_size=1, max_size=5))
    for line in draw(st.lists(st.sampled_from(BOILERPLATE), max_size=3)):
        blocks.insert(draw(st.integers(0, len(blocks))), line)
    if draw(st.booleans()):
        heading = draw(st.sampled_from(HEADINGS))
        blocks.insert(0, heading)
        if draw(st.integers(0, 4)) == 0:  # a heading printed twice, as scrapers do
            blocks.insert(draw(st.integers(1, len(blocks))), heading)
    text = blocks[0]
    for block in blocks[1:]:
        text += draw(st.sampled_from(PARAGRAPH_GAPS)) + block
    padding = st.sampled_from(("", "", " ", "\n", "\ufeff\n", "\n\n "))
    return draw(padding) + text + draw(padding)


#: Any text with something besides whitespace in it.
arbitrary_texts = st.text(min_size=1, max_size=300).filter(str.strip)

_ids = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=6)


@st.composite
def article_sets(
    draw: st.DrawFn,
    texts: st.SearchStrategy[str] | None = None,
    *,
    min_size: int = 1,
    max_size: int = 5,
) -> list[summarize.Article]:
    """A set of ``min_size`` to ``max_size`` articles with unique ids; sources may repeat."""
    texts = news_texts() if texts is None else texts
    bodies = draw(st.lists(texts, min_size=min_size, max_size=max_size))
    ids = draw(st.lists(_ids, min_size=len(bodies), max_size=len(bodies), unique=True))
    return [
        summarize.Article(id=i, text=body, source=draw(st.sampled_from(SOURCES)))
        for i, body in zip(ids, bodies, strict=True)
    ]


def mixed_sets(
    texts: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[list[summarize.Article]]:
    """Sets with at least one news-like article, the others news-like or arbitrary text.

    A news-like article always keeps some content after cleaning, so a set of
    these can always be summarised.
    """
    others = st.one_of(news_texts(), arbitrary_texts) if texts is None else texts
    return st.tuples(article_sets(max_size=1), article_sets(others, min_size=0, max_size=3)).map(
        lambda pair: _renamed(pair[0] + pair[1])
    )


def _renamed(articles: list[summarize.Article]) -> list[summarize.Article]:
    """Give the articles of two sets ids that are unique across both."""
    return [
        summarize.Article(id=f"{n}-{a.id}", text=a.text, source=a.source)
        for n, a in enumerate(articles)
    ]


_DEFAULT_METHOD = st.just("default")
_ORDERS = st.sampled_from(("importance", "source"))


def options(
    methods: st.SearchStrategy[str] = _DEFAULT_METHOD,
    orders: st.SearchStrategy[str] = _ORDERS,
) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments of ``summarize.summarize``: a claim count or a word budget."""
    budgets = st.one_of(
        st.builds(dict, merged=st.integers(1, 6)), st.builds(dict, words=st.integers(1, 80))
    )
    rest = st.fixed_dictionaries(
        {
            "per_source": st.integers(1, 4),
            "method": methods,
            "language": st.one_of(st.just("english"), st.sampled_from(summarize.LANGUAGES)),
            "similarity": st.floats(0.05, 1.0),
            "redundancy": st.floats(0.05, 1.0),
            "order": orders,
            "selection": st.sampled_from(SELECTIONS),
        }
    )
    return st.tuples(budgets, rest).map(lambda pair: {**pair[0], **pair[1]})


#: Every method, the default one half of the time.
methods = st.one_of(st.just("default"), st.sampled_from(summarize.METHODS))


# Input nobody planned for --------------------------------------------------------------
# Pieces that break naive text handling, for the fuzz suite (tests/test_fuzz.py).

# fmt: off
#: Emoji, with skin tones, joiners, flags, keycaps and variation selectors.
EMOJI = (
    "\U0001f692", "\U0001f309", "\U0001f469\u200d\U0001f692", "\U0001f44d\U0001f3fd",
    "\U0001f1f3\U0001f1f4", "1\ufe0f\u20e3", "\u2764\ufe0f",
    "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
)
#: Sentences in right-to-left scripts (Arabic, Hebrew), written for these tests.
RTL_SENTENCES = (
    "انهار الجسر القديم صباح الاثنين.",
    "هل كان الجسر آمنا؟",
    "הגשר הישן נסגר ביום שני.",
    "המשטרה פינתה את הרחוב!",
)
#: Sentences in the other supported languages, written for these tests.
FOREIGN_SENTENCES = (
    "Le vieux pont a été fermé lundi après la tempête.",
    "M. Dupont a dit que la mairie paierait les réparations.",
    "Die alte Brücke wurde am Montag nach dem Sturm gesperrt.",
    "Laut Dr. Müller dauern die Arbeiten etwa drei Wochen.",
    "Il vecchio ponte è stato chiuso lunedì dopo la tempesta.",
    "A ponte velha foi fechada na segunda-feira após a tempestade.",
    "El puente viejo fue cerrado el lunes tras la tormenta.",
    "Den gamla bron stängdes i måndags efter stormen.",
    "¿Quién pagará la reparación del puente?",
)
#: Combining marks, stacked or alone.
COMBINING = ("e\u0301", "a\u0308\u0301", "\u0301", "o\u0338", "Z\u0351\u0325\u0307\u036e", "\u20dd")
#: Characters that take no room: zero-width spaces and joiners, direction marks and
#: overrides, the byte-order mark, the soft hyphen, a variation selector.
INVISIBLE = (
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069",
    "\u2060", "\ufeff", "\u00ad", "\ufe0f",
)
#: Control characters, NUL included.
CONTROL = ("\x00", "\x01", "\x07", "\x08", "\x1b", "\x1c", "\x1f", "\x7f", "\x85", "\x9f")
#: Every way a line can end, and tabs.
LINE_BREAKS = ("\r\n", "\r", "\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\t")
#: Spaces other than the ASCII one.
SPACES = ("\u00a0", "\u3000", "\u2003", "\u202f", "\u2009")
#: Sentence punctuation of other scripts and other shapes.
PUNCTUATION = (
    "\u3002", "\uff01", "\uff1f", "\u0964", "\u061f", "\u037e", "\u2026", "?!", "!!!",
    "...", ". . .", "\u203d", "\u00bf", "\u00a1",
)
#: Markup a scraper leaves in: HTML, entities, Markdown, code.
MARKUP = (
    "<p>", "</p>", "<br/>", "<b>", "</b>", "<script>var a = b.c(1);</script>",
    "<!-- comment -->", "&amp;", "&nbsp;", "&#8217;", "# ", "## ", "> ", "* ", "- ", "1. ",
    "**", "_", "`", "```", "[link](https://example.org/a.b?c=d&e=f.)", "![img](x.png)",
    "| a | b |", "---", "https://example.org/path/to.page.html", "user@example.org",
)
#: One pool per kind, keyed by name.
HOSTILE = {
    "emoji": EMOJI, "rtl": RTL_SENTENCES, "foreign": FOREIGN_SENTENCES,
    "combining": COMBINING, "invisible": INVISIBLE, "control": CONTROL,
    "line-break": LINE_BREAKS, "space": SPACES, "punctuation": PUNCTUATION, "markup": MARKUP,
}
# fmt: on

#: Any Unicode text but surrogates (which a Python str can hold alone, but which
#: summarize refuses: see tests/test_fuzz.py).
_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
_characters = st.characters(exclude_categories=_SURROGATES)
unicode_texts = st.text(_characters, max_size=200)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Text as nobody planned it: news, foreign or arbitrary text with hostile pieces put in.

    The pieces (emoji, right-to-left sentences, combining marks, zero-width and
    control characters, every kind of line break, markup ...) go anywhere, even
    inside a word, and line breaks may all be replaced by one other kind.
    """
    base = draw(
        st.one_of(
            news_texts(),
            st.lists(
                st.sampled_from(FOREIGN_SENTENCES + RTL_SENTENCES), min_size=1, max_size=5
            ).map(" ".join),
            unicode_texts,
        )
    )
    kinds = draw(st.lists(st.sampled_from(sorted(HOSTILE)), max_size=8))
    for kind in kinds:
        at = draw(st.integers(0, len(base)))
        base = base[:at] + draw(st.sampled_from(HOSTILE[kind])) + base[at:]
    if draw(st.integers(0, 3)) == 0:
        base = base.replace("\n", draw(st.sampled_from(LINE_BREAKS)))
    return base


#: An article made only of scraped page furniture.
boilerplate_texts = st.lists(st.sampled_from(BOILERPLATE), min_size=1, max_size=5).map("\n".join)

_hostile_ids = st.text(_characters, min_size=1, max_size=8)


@st.composite
def hostile_sets(draw: st.DrawFn, *, max_size: int = 4) -> list[summarize.Article]:
    """Sets of hostile articles: some all boilerplate, some copies of another under a new source.

    Ids and sources are arbitrary Unicode too (NUL, emoji, right-to-left text).
    """
    bodies = draw(
        st.lists(st.one_of(hostile_texts(), boilerplate_texts), min_size=1, max_size=max_size)
    )
    for _ in range(draw(st.integers(0, 2))):  # the same article from another outlet
        bodies.append(draw(st.sampled_from(bodies)))
    ids = draw(st.lists(_hostile_ids, min_size=len(bodies), max_size=len(bodies), unique=True))
    sources = st.one_of(st.sampled_from(SOURCES), _hostile_ids)
    return [
        summarize.Article(id=i, text=body, source=draw(sources))
        for i, body in zip(ids, bodies, strict=True)
    ]
