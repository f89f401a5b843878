"""Clutter that comes inside a line: embedded posts, site notices, promotions, captions.

In text/, after :mod:`summarize.text._clean`: scrapes often flatten a whole page into
one line, where line rules cannot see a caption or a notice between two paragraphs.
:func:`sentence_clutter` judges one sentence by its shape; :func:`page_notice` names
the sentences that only a page that is not an article prints (archive, paywall, error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import _clean_patterns as patterns
from ._captions import caption, reported
from ._pointers import clicks, newsroom_line, points_away
from ._promotions import promotes, story_note

__all__ = [
    "NOTICES",
    "SENTENCE_REASONS",
    "may_be_notice",
    "page_notice",
    "sentence_clutter",
    "signs_post",
]

SENTENCE_REASONS: tuple[str, ...] = (
    "caption",
    "embedded-post",
    "notice",
    "promotion",
    "call-to-action",
    "byline",
)
"""Every reason :func:`sentence_clutter` gives, in the order rules are tried.

``caption``
    A caption label (``Image copyright <Agency> Image caption ...``, ``Media
    caption``), a credit list (``Photo: Left: <credit>. Right: <credit>.``), a
    caption opening ``In this <date> file photo, ...`` or ``FILE - `` or naming its
    picture (``This undated photo provided by ... shows``, as a caption line does: see
    :mod:`summarize.text._clean`), a sentence dated as a news agency dates its
    pictures, the weekday, the month as the agency writes it, the day and the year
    together (``Crews clear the quay, Friday, Oct. 4, 2024, in Kessel.``), or the month
    written out, the day and the year closing a line that tells in the present tense what
    the picture shows (``Ferry crews (L) are greeted on the quay in Kessel, October 4,
    2024.``), a
    line that only says where its picture comes from (``Photo courtesy of <name>.``,
    ``Image from <a campaign>.``, no verb of a statement), a
    caption cut off with an ellipsis before an agency in brackets
    (``... (Associated Press)``), and the items of a gallery or a list of videos
    (``Hide Caption 3 of 6 Photos: ...``, ``Photos: <title> Photos: <title> ...``,
    ``<credit> 3 of 68 Skip in Skip x Embed x Share ...``, ``JUST WATCHED <title>
    Replay More Videos``), and a picture's credit that opens the headline glued after a
    caption (``| AP Photo <headline> <standfirst>``): the shapes of
    :mod:`summarize.text._captions`.
``embedded-post``
    A post quoted as the platform prints it: a ``pic.twitter.com/...`` link, a
    signature ``Name (@handle) Month D, YYYY`` with or without the post before
    it, a bare signature (``Name (@handle)`` alone), and a thread marker
    (``2/2 This is ...``: two digits, the first no greater than the second, before
    a capital).
``notice``
    The platform or the site speaking to its reader: what *you can* do with
    *your* tweets, location, account or settings; ``Add <topic> as an
    interest``; an offer to *stay up to date* on the latest news; the
    paywall and error notices of :data:`NOTICES`; thanks for subscribing or signing
    up, and a petition's or a fundraiser's thanks (``Thank you for supporting the
    campaign to ...``); and a note on the story itself (:mod:`summarize.text._promotions`):
    ``This story first appeared in ...``, ``An edited version of this article appeared on
    ...``, ``This post has been updated.``, a transcript's note on how it was made
    (``<outlet> transcripts are created on a rush deadline``, ``This text may not be in
    its final form``).
``promotion``
    The outlet selling itself (:mod:`summarize.text._promotions`): its issue (``this
    week's <magazine> is on sale now``, ``pick up this week's copy``), its apps
    (``Download the <outlet> app``, ``Or, keep up ... with the <outlet> apps for
    iPhone``), its shows (``Get new episodes ...``, ``Watch full seasons ...``) and a
    broadcast's listing (``<anchor> anchors from <place> on Monday at 6:30pm ET``).
``call-to-action``
    The line rules of :mod:`summarize.text._clean` (an imperative such as
    *subscribe* or *sign up*; *you* or *our* with a word of subscriptions,
    newsletters, cookies) applied to one sentence, past rule characters
    (``---``, bullets) that open it; a sentence that only speaks to the reader
    about such things is clutter when it is short (15 words at most). The page
    sending its reader elsewhere (:mod:`summarize.text._pointers`): ``Click here``
    (even when it quotes), *read more on our*, *Please visit*, a template's unfilled
    field, the page's media (``Watch it here.``, ``You can read the ruling below:``)
    and ``Stay with <site> for updates.``
``byline``
    The newsroom (:mod:`summarize.text._pointers`): a reporter's contact line
    (``<Name> can be reached at ...``, ``Call 555-201-3344 with information ...``,
    ``..., follow @handle.``, ``Twitter: @handle``), the reporter's note ``<Name> is
    a <Outlet> staff writer.`` or ``is the lead crime reporter.``, and the credit of
    those who wrote or helped: ``<Name> reported from <Place>.``, ``<Names>
    contributed to this report.``, ``(Additional reporting by <Names> ...``.

No rule takes a sentence with a quotation mark or a reporting verb (*said*, *told*):
a story about a platform's settings or a magazine's sales reports them.
"""

_DECORATION = re.compile(r"[-\u2013\u2014=*_~\u2022\u00b7>|#\s]+")
_SIGNATURE = re.compile(rf"\(@\w{{1,30}}\)\s*{patterns.MONTH}\s+\d{{1,2}},\s+\d{{4}}")
_BARE_SIGNATURE = re.compile(r"[^.!?()@]{1,60}\(@\w{1,30}\)\W*")  # "Jane Roe (@janeroe)" alone
_POST_LINK = re.compile(r"\bpic\.twitter\.com/\w|\bt\.co/\w{6,}")
_THREAD = re.compile(r"\(?([1-9])/([1-9])\)?\s+[\"\u201c]?[A-Z]")
_PLATFORM = re.compile(
    r"\byou\s+(?:can|may|could|will|(?:always\s+)?have\s+the\s+option\s+to)\s+(?:always\s+)?"
    r"(?:add|change|edit|manage|turn|delete|remove"
    r"|update|opt|control|choose|find)\b[^.!?]{0,80}?\byour\s+(?:tweets?|location|account|settings"
    r"|profile|browser|preferences|privacy|timeline|feed|notifications?|inbox|history|data)\b"
    r"|\byou\s+(?:agree|consent|accept)\b[^.!?]{0,60}?\b(?:terms|privacy|cookies?|policy)\b"
    r"|^add\b[^.!?]{0,60}?\bas\s+an?\s+interest\b"
    r"|\bto\s+stay\s+(?:up\s+to\s+date|informed|updated|in\s+the\s+know)\b[^.!?]{0,60}?"
    r"\b(?:latest|breaking)\b",
    re.IGNORECASE,
)
NOTICES: dict[str, re.Pattern[str]] = {
    "archive": re.compile(
        r"\b(?:crawl(?:s|ed|er|ing)?|wayback\s+machine|internet\s+archive|web\s+(?:archiv\w*"
        r"|captures?|collections?)|archive-?it|warc\s+files?|end\s+of\s+term\s+(?:web\s+)?archive"
        r"|archived?\s+(?:the\s+)?(?:pages?|sites?|web))\b",
        re.IGNORECASE,
    ),
    "paywall": re.compile(
        r"\b(?:subscribe|log\s*in|sign\s*in|register)\s+(?:now\s+)?to\s+(?:continue|read|keep"
        r"|access|view|unlock)|\b(?:reached|used)\s+(?:your|the)\s+(?:\w+\s+)?(?:limit|maximum|all)"
        r"\s+(?:of\s+)?(?:your\s+)?free\s+(?:articles?|stories|reads?|views?)"
        r"|\b(?:available|reserved|exclusive)\s+(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:paying\s+)?"
        r"(?:subscribers|members)\b|\bcontinue\s+reading\s+with\s+a\s+subscription"
        r"|\bverify\s+(?:that\s+)?you(?:'re|\s+are)\s+(?:not\s+a\s+robot|human)",
        re.IGNORECASE,
    ),
    "error": re.compile(
        r"\bpage\s+(?:you\s+(?:are|were|'re)\s+looking\s+for|you\s+requested|not\s+found"
        r"|(?:cannot|can't|could\s+not|couldn't)\s+be\s+found|(?:does\s+not|doesn't)\s+exist)"
        r"|\b(?:error\s+)?40[34]\b[^.!?]{0,30}\b(?:error|not\s+found|forbidden)\b"
        r"|\b(?:enable|turn\s+on|activate)\s+javascript\b|\bjavascript\s+(?:is\s+)?(?:disabled|required)"
        r"|\byour\s+browser\s+(?:is\s+not|isn't|does\s+not|doesn't)\b|\baccess\s+(?:is\s+)?denied\b"
        r"|\bsomething\s+went\s+wrong\b|\b(?:video|content|page)\s+is\s+(?:no\s+longer|not|currently"
        r"\s+not)\s+available\b|^(?:this\s+)?(?:feature|clip|player)\s+is\s+(?:no\s+longer|not"
        r"|currently\s+not)\s+available(?:\s+right\s+now|\s+at\s+this\s+time)?[.!]?$"
        r"|^(?:please\s+)?try\s+again\s+(?:later|shortly|in\s+a\s+(?:few\s+)?(?:moments?|minutes?))\b"
        r"|\bpage\s+(?:url|address)\s+may\s+have\s+changed"
        r"|\bcontact\s+(?:our|the)\s+webmaster\b",
        re.IGNORECASE,
    ),
}
"""Shapes of the sentences a page that is not an article prints, by kind of page."""

# Words each rule needs, in lower case: a sentence without any is not tried, which keeps
# the rules, run on every sentence of a set, cheaper than splitting it.
_CUES: dict[str, tuple[str, ...]] = {
    kind: tuple(cues)
    for kind, cues in {
        "post": ("pic.twitter.com", "t.co/"),
        "platform": ("you", "add", "stay"),
        "archive": ("crawl", "archiv", "wayback", "warc", "web capture", "web collection"),
        "paywall": ("subscri", "log", "sign", "regist", "free", "member", "robot", "human"),
        "error": (
            "page",
            "403",
            "404",
            "javascript",
            "browser",
            "denied",
            "wrong",
            "available",
            "try again",
            "webmaster",
        ),
    }.items()
}


# The notices of a page that are clutter in an article too: a paywall's or an error page's
# line is never news, while an archive's wording ("crawled", "archived pages") may be.
_READER_NOTICES = ("paywall", "error")

# The quotation marks of patterns.REPORTED, and words its reporting verbs need.
#: Most words of a sentence that speaks to the reader about subscriptions and the like
#: and is clutter for that alone (a line rule allows more: a line is a unit of layout).
_READER_WORDS = 15


def signs_post(text: str) -> bool:
    """Whether ``text`` holds an embedded post's signature or its picture link.

    The signature ``Name (@handle) Month D, YYYY`` or a ``pic.twitter.com/...`` link:
    a sentence that holds one is (or ends) a post as the platform prints it.

    Example:
        >>> signs_post("The pier is shut. - Ada Ode (@adaode) May 3, 2021")
        True
        >>> signs_post("Ada Ode wrote on Twitter that the pier is shut.")
        False
    """
    return _SIGNATURE.search(text) is not None or _POST_LINK.search(text) is not None


def _call_to_action(text: str, words: int) -> bool:
    """Whether ``text`` (of ``words`` words) asks the reader to subscribe, sign up and the like."""
    question = text[-1] == "?" and patterns.CTA_QUESTION.match(text)  # it ends with "?"
    imperative = patterns.CTA_IMPERATIVE.match(text)
    if not (question or imperative):  # most sentences: only the last test below can hold
        return (
            words <= _READER_WORDS
            and patterns.READER.search(text) is not None
            and patterns.CTA_KEYWORD_RE.search(text) is not None
        )
    reader = patterns.READER.search(text)
    if words > 40:
        return False
    if words <= 12 and question:
        return True
    if imperative and (words <= 8 or reader or patterns.CTA_KEYWORD_RE.search(text)):
        return True
    return bool(  # inside a long line a sentence may be a letter's or a statement's: short only
        words <= _READER_WORDS and reader and patterns.CTA_KEYWORD_RE.search(text)
    )


def _thread_marker(text: str) -> bool:
    found = _THREAD.match(text)
    return found is not None and int(found.group(1)) <= int(found.group(2))


def may_be_notice(text: str, kind: str) -> bool:
    """Whether ``text`` holds a word without which no notice of ``kind`` matches.

    Example:
        >>> may_be_notice("The dam held.", "archive"), may_be_notice("Crawl data.", "archive")
        (False, True)
    """
    return _cued(text.lower(), kind)


def _cued(low: str, kind: str) -> bool:
    """Whether ``low`` (lower case) holds a word without which the ``kind`` rule cannot match."""
    # Substring tests outrun one regex here; a loop outruns any() over a generator.
    for cue in _CUES[kind]:  # noqa: SIM110
        if cue in low:
            return True
    return False


def _may_be_platform(low: str) -> bool:
    """Whether ``low`` (lower case) holds the words each way of ``_PLATFORM`` needs.

    "your"; "you" and the terms, privacy, cookies or a policy; "add" first and an
    interest; staying and the latest or breaking news. Sharper than the cues "you",
    "add" and "stay" alone, which many sentences hold. The parts looked for have no
    letter that matches another when case is ignored (as the long s matches "s").
    """
    return (
        "your" in low
        or ("you" in low and ("term" in low or "vacy" in low or "coo" in low or "pol" in low))
        or (low.startswith("add") and "ntere" in low)
        or ("tay" in low and ("late" in low or "brea" in low))
    )


def _reader_clutter(body: str, low: str) -> str | None:
    """The rules that a quotation or a reporting verb overrules, in order."""
    if _may_be_platform(low) and _PLATFORM.search(body):
        return "notice"
    for kind in _READER_NOTICES:  # a loop, not any() over a generator: see holds
        if _cued(low, kind) and NOTICES[kind].search(body):
            return "notice"
    if promotes(body, low):
        return "promotion"
    if story_note(body, low):
        return "notice"
    words = len(body.split())
    if _call_to_action(body, words) or points_away(body, low):
        return "call-to-action"
    if newsroom_line(body, low, words):
        return "byline"
    return None


def sentence_clutter(text: str) -> str | None:
    """The reason one sentence is clutter (see :data:`SENTENCE_REASONS`), or None.

    Example:
        >>> sentence_clutter("Image copyright Wire Photos Image caption Crowds on the pier")
        'caption'
        >>> sentence_clutter("Pick up this week's copy for the full interview.")
        'promotion'
        >>> sentence_clutter("The mayor posted the plan on Twitter on Monday.") is None
        True
    """
    opening = _DECORATION.match(text)
    body = text[opening.end() if opening else 0 :].strip()
    if not body or len(body) > 2000:
        return None
    low = body.lower()
    if (
        ("(@" in body and (_SIGNATURE.search(body) or _BARE_SIGNATURE.fullmatch(body)))
        or (_cued(low, "post") and _POST_LINK.search(body))
        or ("/" in body[1:3] and _thread_marker(body))  # "2/2 ...", "(1/3) ..."
    ):
        return "embedded-post"  # a post quotes, but its quotation marks are its own
    if caption(body, low):
        return "caption"  # a caption may quote a sign or a name; its label says what it is
    if clicks(body):
        return "call-to-action"  # 'Click here to read "...".': a link, whatever it quotes
    if reported(body, low):
        return None  # a quotation or a reporting verb overrules the rules below
    return _reader_clutter(body, low)


def page_notice(text: str, *, kinds: Sequence[str] = tuple(NOTICES)) -> str | None:
    """The kind of non-article page whose notices ``text`` reads like, or None.

    Args:
        text: A sentence.
        kinds: The kinds of :data:`NOTICES` to try, in this order.

    Example:
        >>> page_notice("Please enable JavaScript to view this page.")
        'error'
        >>> page_notice("The court archived the filing on Monday.") is None
        True
    """
    low = text.lower()
    for kind in kinds:
        if _cued(low, kind) and NOTICES[kind].search(text):
            return kind
    return None
