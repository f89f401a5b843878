"""Pages that are not articles: archive notices, paywalls, error pages, lists of links or teasers.

In text/, once an article is cleaned: :func:`not_an_article` weighs what cleaning
removed and what is left, and says why the page should be left out of the digest
(the pipeline lists it in ``Digest.skipped``), or None for an article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..records import TextSpan
from ._notices import may_be_notice, page_notice

__all__ = ["NO_CONTENT", "not_an_article"]

#: The reason given for a page that cleaning leaves empty.
NO_CONTENT = "no content left after cleaning"
#: Words of other content under which a page of notices is only its notice.
NOTICE_PAGE_WORDS = 150
#: Words left after cleaning under which a mostly cleaned page is only clutter.
CLUTTER_PAGE_WORDS = 60
#: Share of the text (non-space characters) cleaning must remove to call a page clutter.
CLUTTER_SHARE = 0.7
#: Fewest lines of a list of links, the share of them that must read as links, and
#: the most words of prose (sentences with a final stop) the list may hold besides.
LINK_LIST_LINES = 6
LINK_LIST_SHARE = 0.7
LINK_LIST_PROSE = 80
#: Most words of the text of one link.
LINK_WORDS = 12
#: Fewest lines, and most words, of a page without one sentence of prose that is no article
#: (one line alone is a headline: the digest shows it when the article has nothing else).
NO_PROSE_LINES = 3
NO_PROSE_WORDS = 150
#: Fewest paragraphs of a page of teasers that end cut off with an ellipsis or open with
#: their headline printed twice, and the share of its paragraphs they must be ("... a new
#: study ...": the openings of other stories).
TEASER_PARAGRAPHS = 3
TEASER_SHARE = 0.6

_PAGES = {
    "archive": "a web-archive notice",
    "paywall": "a paywall or sign-in page",
    "error": "an error page",
}
_URL = re.compile(r"https?://|www\.\w|\.(?:com|org|net)\b")
_CLOSERS = "\"'\u201d\u2019)]"  # what may follow a final stop: quotation marks, brackets
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CUT_OFF = re.compile(r"(?:\.\.\.|\u2026)\s*$")
# A teaser's headline printed twice, as the link's text and as its heading, before the
# story's opening words: "Ferry Fares Rise Again Ferry Fares Rise Again The harbour ...".
_TITLE_TWICE = re.compile(
    r"\s*((?:[A-Za-z][\w'\u2019:,-]*\s+){3,15}?[A-Za-z][\w'\u2019:,?!.-]*)\s+\1(?=\s|$)"
)


def _nonspace(text: str) -> int:
    return len("".join(text.split()))


def _final_stop(text: str) -> bool:
    """Whether ``text`` ends with a stop (. ! ?), maybe closed by quotation marks or brackets.

    A stop, any of :data:`_CLOSERS`, then the end or one final newline, as the pattern
    ``[.!?][...]*$`` reads it, without trying a pattern at every stop of the text.
    """
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(_CLOSERS).endswith((".", "!", "?"))


def _link_like(line: str) -> bool:
    """A short line without a final stop, a URL, a label or in title case: a link's text.

    Verse and lists of short prose lines are in sentence case: they are not links.
    """
    words = line.split()
    if len(words) > LINK_WORDS or _final_stop(line):
        return False
    if _URL.search(line) or line.endswith(":"):
        return True
    lettered = [w for w in words if w[0].isalpha()]
    return bool(lettered) and sum(w[0].isupper() for w in lettered) >= 0.6 * len(lettered)


def _link_list(text: str, kept: Sequence[TextSpan]) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < LINK_LIST_LINES:
        return False
    links = sum(_link_like(line) for line in lines)
    prose = sum(len(s.text.split()) for s in kept if _final_stop(s.text.strip()))
    return links >= LINK_LIST_SHARE * len(lines) and prose < LINK_LIST_PROSE


def _without_prose(kept: Sequence[TextSpan]) -> bool:
    """Whether what cleaning left is a few lines, none a sentence with a final stop.

    A crawl's description ("The seed for ... was:", "- Slash pages from every domain"),
    a page of headings and slogans, verse: no line states anything a digest can show.
    """
    if len(kept) < NO_PROSE_LINES or any(_final_stop(s.text.strip()) for s in kept):
        return False
    return sum(len(s.text.split()) for s in kept) < NO_PROSE_WORDS


def _teasers(text: str) -> bool:
    """Whether most paragraphs of ``text`` are teasers: an index of other stories.

    A section page or a list of related stories prints the opening words of each,
    stopping short with an ellipsis ("Men with dyslexia have altered connections, new
    research ...") or after its headline printed twice (the link's text, then the
    heading); an article cut off by its scraper ends so once, in its last paragraph,
    and a gallery's heading printed twice opens one paragraph of many.
    """
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if len(paragraphs) < TEASER_PARAGRAPHS:
        return False
    dotted = "..." in text or "\u2026" in text
    teasers = sum(
        (dotted and _CUT_OFF.search(p) is not None) or _titled_twice(p) for p in paragraphs
    )
    return teasers >= TEASER_PARAGRAPHS and teasers >= TEASER_SHARE * len(paragraphs)


def _titled_twice(paragraph: str) -> bool:
    """Whether a paragraph opens with a headline printed twice, of three different words or more.

    "Tide Tide Tide Tide" twice is one word said over and over, not a headline.
    """
    head = paragraph.lstrip()
    first = head.split(None, 1)[0]
    if head.find(first, len(first)) < 0:
        return False  # the first word, needed again for the headline's second print
    title = _TITLE_TWICE.match(head)
    return title is not None and len(set(title.group(1).lower().split())) >= 3


def _plainly_an_article(kept: Sequence[TextSpan]) -> bool:
    """Whether what cleaning left is too much news for any test below to call the page none.

    Enough words that cannot be archive notices (whatever else the page held), enough
    prose for no list of links, enough words for no page of clutter: the same answer
    as the tests give, without reading every sentence for notices.
    """
    words = prose = plain = 0
    for span in kept:
        count = len(span.text.split())
        words += count
        prose += count if _final_stop(span.text) else 0
        plain += 0 if may_be_notice(span.text, "archive") else count
        if plain >= NOTICE_PAGE_WORDS and prose >= LINK_LIST_PROSE and words >= CLUTTER_PAGE_WORDS:
            return True  # the counts only grow: the rest of the page cannot change the answer
    return False


def not_an_article(
    text: str, sentences: Sequence[TextSpan], kept: Sequence[TextSpan]
) -> str | None:
    """Why the page ``text`` is not a news article, or None when it is one.

    Signals, each general: most of the sentences left, counting the notices
    cleaning took out, are the notices of an archive, a paywall or an error page
    (:data:`~summarize.text._notices.NOTICES`) and little else is; the lines are
    mostly link texts (short, unpunctuated, and a URL, a label or in title case) with
    little prose among them; most paragraphs stop short with an ellipsis (the teasers
    of other stories); a few lines are left and none is a sentence (headings, list
    items, verse); cleaning
    removed most of the text and left only a few words; or it left nothing at all.

    Args:
        text: The page's raw text.
        sentences: All its sentences, as split.
        kept: Those left once cleaned (boilerplate and sentence clutter out, so none
            is a paywall or an error notice).

    Example:
        >>> text = "Our crawler saves pages to the web archive. Crawls run nightly."
        >>> spans = [TextSpan(0, 43, text[:43]), TextSpan(44, 63, text[44:])]
        >>> not_an_article(text, spans, spans)
        'a web-archive notice, not an article'
        >>> spans = [TextSpan(0, 13, "The dam held.")]
        >>> not_an_article("The dam held.", spans, spans) is None
        True
    """
    if not text or text.isspace():
        return "an empty page"
    if _teasers(text):  # before the shortcut: teasers are many words of prose
        return "teasers of other stories, not an article"
    if _plainly_an_article(kept):
        return None
    starts = {s.start for s in kept}
    kinds = [  # a kept sentence is no paywall or error notice: cleaning took those out
        page_notice(s.text, kinds=("archive",)) if s.start in starts else page_notice(s.text)
        for s in sentences
    ]
    pool = [(s, k) for s, k in zip(sentences, kinds, strict=True) if k or s.start in starts]
    found = Counter(k for _, k in pool if k)
    if found and 2 * found.total() >= len(pool):
        other = sum(len(s.text.split()) for s, k in pool if not k)
        if other < NOTICE_PAGE_WORDS:
            kind = max(_PAGES, key=lambda k: found[k])  # the most notices; ties in _PAGES order
            return f"{_PAGES[kind]}, not an article"
    if not kept:
        return NO_CONTENT
    if _link_list(text, kept):
        return "a list of links, not an article"
    if _without_prose(kept):
        return "headings or list items without a sentence of prose, not an article"
    words = sum(len(s.text.split()) for s in kept)
    # A sentence printed again (a repeat cleaning took out) is news, not page clutter.
    printed = {s.text for s in kept}
    left = sum(_nonspace(s.text) for s in sentences if s.start in starts or s.text in printed)
    total = _nonspace(text)
    if words < CLUTTER_PAGE_WORDS and left < (1 - CLUTTER_SHARE) * total:
        removed = round(100 * (1 - left / total))
        return f"mostly page clutter: cleaning removed {removed}% of the text, {words} words left"
    return None
