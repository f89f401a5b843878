"""One article's content sentences (split, clutter out, numbered), and which stand alone.

:func:`read_article` also says when the page is not an article at all
(:mod:`summarize.text._pages`), so that the pipeline can leave it out, leaves out a
standfirst the lead restates (:mod:`._standfirst`) and finds the headline the text
opens with (:mod:`._headline`), a title to show for an article that has none.
"""

from __future__ import annotations

import logging
import re

import attrs

from .. import limits
from ..records import Article, Sentence, TextSpan
from ._clean import drop_boilerplate, find_boilerplate
from ._headline import headline_shaped, opening_headline
from ._labels import unlabelled
from ._notices import sentence_clutter
from ._pages import not_an_article
from ._scene import sets_a_scene
from ._segment import split_sentences
from ._standfirst import restated_opening

__all__ = [
    "Reading",
    "content_sentences",
    "headline_shaped",
    "read_article",
    "stands_alone",
    "states_nothing",
]

logger = logging.getLogger("summarize")


@attrs.frozen
class Reading:
    """One article as read: its content sentences, and why it is no article, if it is none.

    Attributes:
        sentences: The content sentences, numbered from 0 (see :func:`content_sentences`).
        skipped: Why the page is not news (:func:`~summarize.text._pages.not_an_article`),
            or None for an article.
        headline: The headline the text opens with
            (:func:`~summarize.text._headline.opening_headline`), or None; never one
            for a page that is not news.
    """

    sentences: tuple[Sentence, ...]
    skipped: str | None = None
    headline: TextSpan | None = None


def read_article(article: Article, *, language: str = "english") -> Reading:
    r"""Read an article's content sentences and judge whether the page is an article.

    A standfirst that the lead restates (or a lead that restates the standfirst) is
    left out, the fuller of the two kept (:mod:`summarize.text._standfirst`).
    ``language`` gives the stop words and stems with which sentences are compared.

    Example:
        >>> read_article(Article(id="a", text="The dam held. Rain eased.")).skipped is None
        True
        >>> read_article(Article(id="b", text="Please enable JavaScript.")).skipped
        'an error page, not an article'
        >>> text = "Dam Holds As Rain Eases in Kessel\n\nThe dam at Kessel held as the rain eased."
        >>> read_article(Article(id="c", text=text)).headline.text
        'Dam Holds As Rain Eases in Kessel'
    """
    split = split_sentences(article.text)
    boilerplate = find_boilerplate(article.text)
    spans = unlabelled(article.text, drop_boilerplate(split, boilerplate))
    spans = [span for span in spans if sentence_clutter(span.text) is None]
    skipped = not_an_article(article.text, split, spans)
    restated = restated_opening(article.text, spans, language=language)
    if restated is not None:
        spans = spans[:restated] + spans[restated + 1 :]
    headline = None
    if skipped is None:
        headline = opening_headline(article.text, boilerplate, spans, language=language)
    spans = limits.cap_sentences(article.id, spans)
    sentences = tuple(
        Sentence(article=article.id, index=i, start=span.start, end=span.end, text=span.text)
        for i, span in enumerate(spans)
    )
    return Reading(sentences=sentences, skipped=skipped, headline=headline)


def content_sentences(article: Article, *, language: str = "english") -> list[Sentence]:
    r"""Split an article into sentences and leave out its boilerplate.

    The text is split into sentences first; the clutter found in the same text
    (captions, credits, bylines, links; and, sentence by sentence, embedded posts,
    site notices and promotions: :mod:`summarize.text._notices`) is then left out of
    them, so offsets stay offsets into the text as given. Sentences are numbered
    from 0 in document order, after cleaning. Past
    :data:`~summarize.limits.MAX_ARTICLE_SENTENCES` sentences, only the first ones
    are kept, with a warning (see ``docs/limits.md``).

    Example:
        >>> article = Article(id="a", text="Photo: AP\n\nThe dam held. Rain eased.")
        >>> [s.text for s in content_sentences(article)]
        ['The dam held.', 'Rain eased.']
    """
    sentences = read_article(article, language=language).sentences
    if not sentences:
        logger.warning("article %r has no content left after cleaning", article.id)
    return list(sentences)


#: Fewest words of a sentence that stands alone as a claim.
_FEWEST_WORDS = 4

# A verb that tells who is speaking: a piece of a quotation with one says whose words it holds.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|explained|recalled"
    r"|continued|insisted|argued|noted|according)\b"
)
# A letter or a digit: what str.isalnum accepts.
_ALNUM = re.compile(r"[^\W_]")
# A word in lower case of three letters or more, other than those that join names.
_LOWER_WORD = re.compile(r"\b(?!(?:and|the|for|nor|with|from)\b)[a-z]{3}")
# What may close a sentence after its final stop: quotes and brackets.
_CLOSERS = "\"'\u2019\u201d)]"
#: Nouns of a time that a demonstrative names rather than points back with ("This week",
#: "These days"), as a pattern's alternatives; :mod:`summarize.text._context` reads them too.
TIME_NOUNS = (
    "week|weekend|month|year|morning|afternoon|evening|night|summer|spring|autumn|fall|winter"
    "|season|session|time|century|decade|days|weeks|months|years"
)
#: The demonstratives, which point back at what was named before ("That means ...",
#: "These numbers ...") unless they name a time (:data:`TIME_NOUNS`); one list for
#: :func:`stands_alone` and :mod:`summarize.text._context`.
DEMONSTRATIVES = ("this", "that", "these", "those")
# A sentence that opens by pointing back at the one before: a demonstrative as its
# subject or before its subject's noun ("That means ...", "These are ...", "That's ...",
# "This decision ...", "Those numbers ..."), unless it names a time ("This week ...",
# "That same month ...") or opens a description of its own ("Those who ...", "That the
# ...", "These days ...").
_POINTS_BACK = re.compile(
    rf"(?:{'|'.join(word.capitalize() for word in DEMONSTRATIVES)})"
    rf"(?:['\u2019]s\b|\s+(?!(?:{TIME_NOUNS}|past|same|the|a|an"
    r"|who|whom|whose|which|that|with|in|of|at|on|from|under|over|aged|born|living|working"
    r"|seeking|without|among|between|behind|near|outside|inside)\b)[a-z])"
)


# The writer urging the reader on, outside quotation marks: "Let's help the crews through
# this.", "Please, let us remember ...", "Take the ferry from ...", "Imagine the queues.",
# "Please note that ...", "Click on the map ...", "Do not miss ..."
# An appeal or an aside, not news. The verb's next word in lower case: "Get Out", a
# film's title, may open a sentence of news.
_EXHORTS = re.compile(
    r"(?:(?:So|And|But|Now|Then|Just|Please),?\s+)*"
    r"(?:[Ll]et(?:['\u2019]s|\s+us)\s"
    r"|(?:Take|Consider|Imagine|Check|Look|Think|Remember|Picture|Note|Keep|Try|Don['\u2019]t"
    r"|Get|Watch|Listen|See|Read|Join|Enjoy|Find|Discover|Stay|Visit|Learn|Grab|Head|Expect"
    r"|Catch|Tune|Click|Please|Do\s+not)\s+(?=[a-z]))"
)
_QUOTE_MARKS = '"\u201c\u201d'
# A participle and its phrase with no clause after it: "Charged with theft.", "Upgraded to
# 5.1 this morning." (a charge sheet's line, a post's). A sentence that opens on one goes
# on after a comma ("Charged with theft, Ivo Brandt was ...") or inverts with a verb
# ("Moored at the pier was the old ferry.").
_PARTICIPLE_FRAGMENT = re.compile(
    r"[\"\u201c]?[A-Z][a-z]{2,}ed\s+(?:to|with|by|at|in|on|for|from|as|after|into|over|under"
    r"|during|before)\b[^,;:\u2014\u2013]*"
)
_AUXILIARY = re.compile(
    r"\b(?:am|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may"
    r"|might|must|shall|should)\b"
)


def stands_alone(text: str, *, attributed: bool = False) -> bool:
    """Whether ``text`` reads as a whole statement, not a fragment, headline or caption.

    It opens with a capital letter or a digit (after any opening quote), ends with a
    full stop, question or exclamation mark (before any closing quote or bracket) but
    not an ellipsis (an excerpt cut off), and holds at least four words. A question
    states nothing: one that ends the sentence is no statement unless the sentence
    reports it (a speech verb, or words of its own before the quoted question). A sentence
    whose double quotation marks do not pair up (it opens words it does not close, or
    closes words opened before it) is a piece of a quotation that runs over several
    sentences, unless a verb says who speaks (``..., she said.``) or it is
    ``attributed``: it lies in a quote whose speaker is known, which the digest names.
    Written in mixed case, it holds a word in lower case of three letters or more (a
    verb, most often): a list of names ("GOP Sens. Ada Ode (Ohio), Bo Li (Utah)."), a
    credit ("Directed by Ivo Brandt.") or a contact line states nothing; a sentence
    mostly in capitals (a broadcast transcript) is judged by the rest.
    It does not open by pointing back at the sentence before, a demonstrative as its
    subject ("That means ...", "This is because ...") or before its subject's noun
    ("Those numbers may rise.", "That decision ..."): shown alone, it does not say what
    it is about. "This week ...", "Those who ..." and quoted words that open so ('"That
    is our plan," she said.') do. Nor does it only set a scene ("It was a cold morning.":
    :func:`sets_a_scene`), nor urge the reader on outside quotation marks ("Let's help
    the crews through this.", "Take the ferry from Kessel ..."), nor is it a participle's
    phrase with no clause ("Charged with theft.", "Upgraded to 5.1 this morning."; not
    "Charged with theft, Ivo Brandt was freed." nor "Moored at the pier was the ferry.").

    Example:
        >>> stands_alone("The council approved the budget on Monday.")
        True
        >>> [stands_alone(t) for t in ("Budget approved", "The Republican proposal also...",
        ...                            "and then it passed.", "Rain fell.",
        ...                            '"We will rebuild the bridge.', "Is the dam safe now?")]
        [False, False, False, False, False, False]
        >>> stands_alone('The flood led the mayor to ask: "Is the dam safe now?"')
        True
        >>> [stands_alone(t) for t in ("GOP Sens. Ada Ode (Ohio), Bo Li (Utah).",
        ...                            "Directed by Ivo Brandt Jr.", "THE DAM HELD ALL NIGHT.")]
        [False, False, True]
        >>> [stands_alone(t) for t in ("That means the dam will hold.",
        ...                            "This week the dam held.")]
        [False, True]
        >>> [stands_alone(t) for t in ("Charged with theft of a ferry ticket.",
        ...                            "Charged with theft, Ivo Brandt was freed on bail.")]
        [False, True]
    """
    body = text.strip().rstrip(_CLOSERS)
    if not body or body[-1] not in ".!?" or body.endswith(("...", "\u2026")):
        return False
    if body[-1] == "?" and _asks(text, body):
        return False
    if (
        not attributed
        and (text.count('"') + text.count("\u201c") + text.count("\u201d")) % 2
        and not _ATTRIBUTED.search(text)
    ):
        return False  # a piece of someone's words that run over several sentences
    first = _ALNUM.search(body)  # [^\W_] is str.isalnum, found in C
    return (
        first is not None
        and (first.group().isupper() or first.group().isdigit())
        and len(body.split(None, _FEWEST_WORDS)) >= _FEWEST_WORDS  # the first words only
        and (_LOWER_WORD.search(body) is not None or _in_capitals(body))
        and _POINTS_BACK.match(body) is None
        and not sets_a_scene(body)
        and not (_PARTICIPLE_FRAGMENT.fullmatch(body) and not _AUXILIARY.search(body))
        and not (_EXHORTS.match(body) and not any(m in text for m in _QUOTE_MARKS))
    )


def _in_capitals(text: str) -> bool:
    """Whether most letters are capitals ("Reporter: FOR 12 YEARS THE PHOTO HAS ...")."""
    upper = sum(c.isupper() for c in text)
    return 2 * upper > sum(c.isalpha() for c in text)


def states_nothing(text: str) -> bool:
    """Whether ``text`` is a heading, a cut-off fragment or a lead-in that states no claim.

    At most four words, and no full stop, question or exclamation mark at the end
    (before any closing quote or bracket), or an ellipsis there: "Compelling
    evidence", "$13 million", "Continuing claims,...". Such a line names a topic;
    it supports no claim (see :func:`~summarize.claims.group_claims`). Nor does a
    sentence of any length that ends on a colon: it introduces what follows ("Her
    office sent the following statement:", "Here are the new fares:").

    Example:
        >>> [states_nothing(t) for t in ("Compelling evidence", "Rain eased.",
        ...                               "Continuing claims,...", "The dam held firm overnight")]
        [True, False, True, False]
        >>> states_nothing("The harbour board sent the following statement to the press:")
        True
    """
    body = text.strip().rstrip(_CLOSERS)
    if body.endswith(":"):
        return True  # a lead-in: the words it introduces come after it
    if len(body.split(None, _FEWEST_WORDS)) > _FEWEST_WORDS:  # the first words tell
        return False
    return not body or body[-1] not in ".!?" or body.endswith(("...", "\u2026"))


def _asks(text: str, body: str) -> bool:
    """Whether the sentence is a question of its own, which states nothing.

    A question someone is told to ask (``"..., she asked."``, a speech verb) or one
    the sentence quotes after words of its own (``prompting the mayor to ask: "Why
    us?"``) is reported, not asked. Words quoted and closed before the mark ('Will the
    board keep its "open pier" rule?') are a term the question uses: the sentence asks.
    """
    if body[-1] != "?" or _ATTRIBUTED.search(text):
        return False
    opens = max(body.rfind('"'), body.rfind("\u201c"))
    closed = body.count('"') % 2 == 0 if body[opens:].startswith('"') else "\u201d" in body[opens:]
    if opens >= 0 and closed:
        return True  # the last quoted words close before the mark: a term, not the question
    return opens < 0 or not any(c.isalnum() for c in body[:opens])
