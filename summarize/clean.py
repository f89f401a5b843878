r"""Boilerplate: the parts of a scraped article that are not its content.

Cleaning never rewrites text. :func:`find_boilerplate` marks spans of the raw
text, each with a reason from :data:`REASONS`; :func:`drop_boilerplate` then
leaves out the sentences that mostly fall in those spans, and the second
printing of any sentence. A line is the unit of almost all boilerplate (scrapers
flatten page furniture into lines), so every rule looks at one line, or at one
line and its neighbour, and the whole pass is linear in the text.

Rules, and why each is general rather than fitted to one site:

``metadata``
    A scraped field label with an ISO date at the start of a line
    (``date 2019-03-27 ...``, ``published: 2020-01-05T10:00``). Only the prefix
    is marked; the rest of the line is judged on its own. Field labels are
    lower case or followed by a colon, which prose at the start of a line is not.
``caption``
    Photo captions: a line labelled ``caption``; a line ending with a photo
    credit, in parentheses (``(Name/Agency)``, ``(Agency Photo/Name)``) or as
    the ``AGENCY/Name`` tail wire services use; the line just before a
    credit-only line when it reads like a photo description (it mentions a
    picture, an image, what is shown or seen, or has no final punctuation); and
    a stand-alone single-sentence line of 15 to 60 words that ends without
    punctuation, has no quotation, and says in the present tense what someone
    or something in the picture does (*stands*, *holds*, *is seen* ...): too long
    for a headline, unfinished for prose, written as caption writers write.
``credit``
    A line that is only a photo credit: a parenthesised credit, ``Photo:
    Agency``, ``AGENCY/Name``, ``Agency via Getty Images``. A credit needs a
    slash or a photo word *and* an agency or photo word, so ``Reuters
    reported ...`` or ``(see table 2/3)`` are not credits.
``copyright``
    A short line starting with ``©``/``(c)``/``Copyright <year>``, or ending
    with the sentence ``All rights reserved``, without quotation marks or a
    reporting verb. A sentence that merely mentions a copyright notice neither
    starts nor ends that way.
``metadata`` (also)
    Whole lines that date or annotate the page rather than the story: a
    ``Published 11:05 a.m.`` or ``| 4 min read`` time stamp, and an editor's
    note about the article itself (``Correction:``, ``This article was amended
    on ...``, ``An earlier version of this article ...``).
``links``
    Link lists: ``Read more:``, ``Related:``, ``See also:``, ``More news:`` ...
    at the start of a short line, followed by the link text.
``call-to-action``
    Lines addressed to the reader rather than reporting: short questions such as
    ``Already a subscriber?`` or ``Want to leave a tip?``; lines opening with an
    imperative such as *subscribe*, *sign up*, *log in*, *donate*, *follow us*,
    *share this*; and short lines that speak to the reader (*you*, *our*, *us*)
    about tips, subscriptions, newsletters, donations, cookies or advertisers.
    Lines with quotation marks or a reporting verb (*said*, *told*) are never
    calls to action: that is how a story about a streaming service's
    subscribers survives.
``navigation``
    A line of up to six words, all page-furniture words (``Latest News``,
    ``Advertisement``, ``Most Read``); share and follow bars (``Share on
    Facebook``) count as calls to action.
``byline``
    ``By Jane Doe`` (up to a few names and an outlet), ``Jane Doe, Reuters``, or
    a bare two-to-four-word personal name among the last three lines or printed
    more than once. A bare name is never taken from the first line (it could be
    a title-case headline) nor from a one-line text.
``repeat``
    A line identical to an earlier line (ignoring case, spaces and quotes): the
    second printing of a headline or of a pull quote.

Example:
    >>> text = "The bridge reopened on Monday.\n\nRead more: Ferry fares rise"
    >>> [(b.reason, text[b.start:b.end]) for b in find_boilerplate(text)]
    [('links', 'Read more: Ferry fares rise')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from .errors import InputError
from .records import TextSpan

__all__ = ["REASONS", "Boilerplate", "drop_boilerplate", "find_boilerplate"]

REASONS: tuple[str, ...] = (
    "metadata",
    "caption",
    "credit",
    "copyright",
    "links",
    "call-to-action",
    "navigation",
    "byline",
    "repeat",
)
"""Every reason a :class:`Boilerplate` span can give, in the order rules are tried."""


def _check_bounds(instance: Boilerplate, attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= instance.start <= value:
        raise InputError(f"Boilerplate needs 0 <= start <= end, got {instance.start}..{value}")


def _check_reason(instance: Boilerplate, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in REASONS:
        raise InputError(f"unknown boilerplate reason {value!r}; use one of {', '.join(REASONS)}")


@attrs.frozen
class Boilerplate:
    """A span of an article's raw text that is not content: ``text[start:end]``.

    Example:
        >>> Boilerplate(0, 9, "navigation")
        Boilerplate(start=0, end=9, reason='navigation')
    """

    start: int
    end: int = attrs.field(validator=_check_bounds)
    reason: str = attrs.field(validator=_check_reason)


_AGENCY = (
    r"(?i:reuters|afp|ap|associated\s+press|getty(?:\s+images)?|epa(?:-efe)?|efe|ansa|dpa"
    r"|xinhua|anadolu(?:\s+agency)?|bloomberg|shutterstock|alamy|pa(?:\s+(?:images|wire|media))?"
    r"|nurphoto|sopa(?:\s+images)?|sipa(?:\s+usa)?|zuma(?:\s+(?:wire|press))?|upi|kyodo|yonhap"
    r"|tass|sputnik|handout|pool|stringer|aap|imagn)"
)
_PHOTO = r"(?i:photo(?:graph)?s?|images?|pictures?|credit|courtesy|foto)"
_PAREN_CREDIT = (
    rf"\((?=[^()]*(?:/|\b{_PHOTO}\b))(?=[^()]*\b(?:{_AGENCY}|{_PHOTO})\b)[^()]{{1,120}}\)"
)
_SEGMENT = r"[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}"  # a name or an outlet
_SLASHED = rf"{_SEGMENT}(?:\s*/\s*{_SEGMENT})*"  # Name/Agency/Outlet

_METADATA = re.compile(
    r"(?:(?:date|published|updated|posted|modified)\s*:?|(?i:date|published|updated|posted)\s*:)"
    r"\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)"
)
_DATELINE = re.compile(  # "HARBOURTON, W.M., Oct. 14 (Wire) - " or "LONDON — " before the lead
    r"[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z]?[\w.]+){0,2})*"
    r"(?:\s*\([A-Z][\w .&-]{0,40}\))?\s*[-\u2013\u2014]+\s+(?=[A-Z\"\u201c'\u2018])"
)
_DATELINE_LINES = 6  # a dateline opens the story, under at most a headline, byline and caption
_DATE_PIECE = (  # the words and numbers a time stamp is made of, and nothing else
    r"(?:\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:st|nd|rd|th)?|[ap]\.?m\.?|noon|midnight|today"
    r"|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?"
    r"|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|gmt|utc|bst|cet|[ecmp][sd]?t|on|at|[,.|/\u2013\u2014-])"
)
_TIMESTAMP = re.compile(  # "Published 11:05 a.m., Tuesday, Oct. 14", "Oct. 14, 2025 | 4 min read"
    rf"(?:(?:last\s+)?(?:published|updated|posted|modified)\s*:?(?:\s*{_DATE_PIECE})+"
    rf"|(?:{_DATE_PIECE}\s*)+\|\s*\d+\s*min(?:ute)?s?\s+read)\s*",
    re.IGNORECASE,
)
_STAFF_CREDITS = re.compile(  # the wire services' closing "(Reporting by ...; Editing by ...)"
    r"\((?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]*\)",
    re.IGNORECASE,
)
_JOB_TITLE = re.compile(  # a reporter's title alone on the line under the byline
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist"
    r"|Contributor|Photographer)(?:\s*,\s*[A-Z][\w ]{0,30})?"
)
_CORRECTION = re.compile(  # editors' notes about the article itself, not about the story
    r"(?:correction\s*:|clarification\s*:|editor'?s\s+note\s*:"
    r"|this\s+(?:article|story|piece)\s+(?:was|has\s+been)\s+"
    r"(?:amended|updated|corrected|edited|changed)\b"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|piece))",
    re.IGNORECASE,
)
_SHOUTED_CTA = re.compile(r"\b(?:SUBSCRIBE|SIGN\s+UP|JOIN\s+NOW|DONATE|REGISTER)(?:\s+NOW)?\b")
_LABELLED_CAPTION = re.compile(r"caption\s*:?\s+\S|(?i:(?:photo\s+|image\s+)?caption)\s*:\s*\S")
_CREDIT_LINE = re.compile(  # a whole line; labels are lower case (scraped fields) or take a colon
    rf"{_PAREN_CREDIT}"
    r"|(?:(?i:photo(?:graph)?|image|picture|credit|source)s?(?:\s+credit)?\s*:"
    r"|(?:photo(?:graph)?|image|picture|credit|source)s?|(?i:photo(?:graph)?|image|picture)\s+by)"
    rf"\s*(?=[^.!?]*(?:\b{_AGENCY}\b|/))[^.!?]{{1,100}}"
    rf"|(?=[^/]*?\b{_AGENCY}\b|.*/\s*{_AGENCY}\b){_SLASHED}(?:\s+via\s+{_SEGMENT})?"
    rf"|{_SEGMENT}\s+via\s+Getty\s+Images"
)
_ENDS_WITH_CREDIT = re.compile(  # "(Name/Agency)", "... 2019. AGENCY/Name", "... Photo: Name"
    rf"(?:{_PAREN_CREDIT}"
    rf"|(?<=[.!?)\]])\s+(?:{_AGENCY}|[A-Z][A-Z&.-]{{2,}})\s*/\s*{_SLASHED}"
    rf"|(?<=[.!?)\]])\s+{_PHOTO}(?:\s+credit)?\s*:\s*[A-Z](?:\S*\s*){{0,6}}\S)\s*$"
)
_PHOTO_CUE = re.compile(
    r"\b(?:pictures?|photo(?:graph)?s?|images?|pictured|seen|shows?|showing|taken|pos(?:es?|ing)"
    r"|handout|grab|file)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:copyright\s*)?(?:\u00a9|&copy;)\s*\S|(?:copyright\s*)?\(c\)\s*(?:\d{4}|.*all rights)"
    r"|copyright\s+(?:\d{4}|\u00a9)"
    r"|(?:.*[.!?|\u2013\u2014-]\s*)?all rights reserved\W*$",
    re.IGNORECASE,
)
_LINKS = re.compile(
    r"(?:read\s+more|more\s+news|more\s+from\s+\w+(?:\s+\w+)?|related(?:\s+\w+)?|see\s+also"
    r"|(?:also|further)\s+read(?:ing)?|read\s+also|recommended(?:\s+\w+)?|most\s+read"
    r"|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like|trending(?:\s+now)?|top\s+stories)"
    r"\s*[:\u00bb>|\u2013\u2014]\s*\S",
    re.IGNORECASE,
)
_CTA_KEYWORD = (
    r"subscri(?:be|bers?|ptions?)|sign(?:ed)?[\s-]?(?:up|in)|log[\s-]?in|newsletters?"
    r"|donat(?:e|ions?)|(?:leav|send|giv)(?:e|ing)\s+(?:us\s+)?a\s+tip|tip\s+(?:jar|line|us)"
    r"|news\s+tips?|tips?\s+today|cookies?|advertis(?:ers?|ements?|ing)|memberships?|paywall"
    r"|notifications?"
)
_CTA_QUESTION = re.compile(
    r"(?:want|would\s+you|do\s+you|already|not\s+(?:yet\s+)?a|are\s+you|ha(?:ve|s)\s+an?|got\s+an?"
    rf"|like|liked|enjoy(?:ed|ing)?|interested|ready|looking|new\s+(?:here|to)|care\s+to)\b"
    rf".*\b(?:{_CTA_KEYWORD}|conversation|comments?|account)\b.*\?$",
    re.IGNORECASE,
)
_CTA_IMPERATIVE = re.compile(
    r"(?:please\s+)?(?:subscribe|sign[\s-]?up|sign[\s-]?in|log[\s-]?in|donate|support\s+(?:us|our)"
    r"|help\s+(?:us|keep|support|fund)|tap\s+here|follow\s+us|share\s+(?:this|on|via)"
    r"|click\s+(?:here|through|(?:to|for)\s+(?:share|subscribe|read|watch|see|view|return"
    r"|continue|download|listen|follow|more))"
    r"|join\s+(?:us|our|the\s+conversation)|become\s+an?\s+(?:member|subscriber|supporter|patron)"
    r"|get\s+(?:our|the\s+latest|unlimited|full\s+access)|download\s+(?:our|the\s+app)"
    r"|leave\s+a\s+(?:tip|comment)|tip\s+us|contact\s+us|continue\s+reading|read\s+the\s+full"
    r"|(?:watch|listen)(?:\s*:|\s+(?:now|live|here|our|the\s+(?:video|podcast)))"
    r"|create\s+an?\s+(?:free\s+)?account|start\s+(?:your|a)\s+(?:free\s+)?trial"
    r"|unlock\s+(?:this|the\s+full|unlimited|full|all)|upgrade\s+(?:now|today|your))\b",
    re.IGNORECASE,
)
_CTA_KEYWORD_RE = re.compile(rf"\b(?:{_CTA_KEYWORD})\b", re.IGNORECASE)
_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Oo]ur|us)\b")  # "US" is a country
_REPORTED = re.compile(
    r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018]|\b(?:said|says|told|tells|according\s+to)\b",
    re.IGNORECASE,
)
_TOKEN = r"(?:[A-Z](?:[a-z]+|[a-z]*[A-Z][a-z]+)(?:[-'\u2019][A-Z]?[a-z]+)*|[A-Z]\.)"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|du|al|el|bin|ibn|ter|dos|das)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{1,3}}"
_BY_NAME = rf"[A-Z][A-Za-z'\u2019.-]+(?:\s+(?:{_PARTICLE}\s+)?[A-Z][A-Za-z'\u2019.-]*){{0,3}}"
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|The|Then|Now|Noon|Midnight)\b"
)
_BYLINE = re.compile(
    rf"By\s+(?!{_WHEN}){_BY_NAME}(?:\s*(?:,|and|&)\s*{_BY_NAME})*"
    r"(?:\s*(?:[,|\u2022\u00b7\u2013\u2014-]|\bfor\b|\bin\b)\s*[A-Z][^.!?]{0,50})?"
    rf"|{_NAME}\s*(?:,|\||\u2013|\u2014|-)\s*{_AGENCY}(?:\s+\w+)?"
)
_BARE_NAME = re.compile(_NAME)
_NAV_WEAK = {"the", "to", "for", "on", "in", "from", "this", "us", "you", "via", "all", "s", "x"}
_NAV_VOCABULARY = (  # words of page furniture: menus, share bars, ad slots, teasers
    "latest breaking top news stories story headlines most popular read viewed shared related"
    " articles article more trending now recommended home menu search sections section share"
    " comments comment follow may also like skip content main navigation editor editors picks"
    " watch video videos photos gallery next previous prev back sign up log out subscribe"
    " advertisement advert ad ads sponsored continues continue below reading print email facebook"
    " twitter instagram linkedin whatsapp telegram reddit pinterest youtube tiktok copy link tweet"
    " close open toggle newsletter newsletters live updates coverage around web partner promoted"
    " scroll view see show hide load page"
)
_NAV_WORDS = _NAV_WEAK | set(_NAV_VOCABULARY.split())
_CTA_FIRST = {"share", "follow", "subscribe", "sign", "log", "like", "print", "email", "tweet"}
_SENTENCE_BREAK = re.compile(
    r"[a-z0-9][.!?][\"'\u201d\u2019)]*\s+[\"\u201c(]?[A-Z]|[:;\u2014\u2013]"
)
_PICTURE_VERB = re.compile(  # what caption writers see people do, in the present tense
    r"\b(?:(?:is|are)\s+(?:seen|pictured|shown)|stands?|sits?|walks?|holds?|looks?|pos(?:es?|ing)"
    r"|waves?|gestures?|raises?|carr(?:y|ies)|rides?|waits?|watch(?:es)?|kneels?|prays?|rests?"
    r"|lies|lie|hugs?|cries|cry|smiles?|reacts?|marches|march|flashes|flash|greets?|inspects?"
    r"|arrives?|leaves|attends?|celebrates?|gathers?|plays?|runs?|stands?\s+guard|patrols?"
    r"|rises|rise|burns?|flies|fly|flutters?|hangs?)\b"
)
_WORD = re.compile(r"\w")
_FINAL = ".!?\u2026:;\"'\u201d\u2019)]\u00bb"
_QUOTES = re.compile("[\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a`\u00b4]")


def _norm(text: str) -> str:
    return " ".join(_QUOTES.sub("", text).casefold().split())


def _classify(line: str, position: int, count: int, printings: int) -> str | None:
    """Reason for one non-blank line (stripped, metadata prefix removed), or None."""
    words = len(line.split())
    if _LABELLED_CAPTION.match(line):
        return "caption"
    if words <= 16 and _CREDIT_LINE.fullmatch(line):
        return "credit"
    if words <= 80 and ("/" in line or ":" in line or line[-1] == ")") and (
        _ENDS_WITH_CREDIT.search(line)
    ):
        return "caption"
    if words <= 60 and _CORRECTION.match(line):
        return "metadata"
    if words <= 12 and _TIMESTAMP.fullmatch(line):
        return "metadata"
    if words <= 30 and _STAFF_CREDITS.fullmatch(line):
        return "byline"
    if words <= 6 and _JOB_TITLE.fullmatch(line):
        return "byline"
    if words <= 25 and _COPYRIGHT.match(line) and not _REPORTED.search(line):
        return "copyright"
    if words <= 30 and _LINKS.match(line):
        return "links"
    if (
        words <= 40
        and not _REPORTED.search(line)
        and (
            (words <= 12 and _CTA_QUESTION.match(line))
            or (
                _CTA_IMPERATIVE.match(line)
                and (words <= 8 or _READER.search(line) or _CTA_KEYWORD_RE.search(line))
            )
            or (_READER.search(line) and _CTA_KEYWORD_RE.search(line))
        )
    ):
        return "call-to-action"
    if words <= 20 and _SHOUTED_CTA.search(line) and not _REPORTED.search(line):
        return "call-to-action"
    tokens = re.findall(r"[a-z]+", line.casefold())
    vocabulary = set(tokens)
    if words <= 6 and vocabulary - _NAV_WEAK and vocabulary <= _NAV_WORDS:
        return "call-to-action" if tokens[0] in _CTA_FIRST else "navigation"
    if words <= 12 and _BYLINE.fullmatch(line):
        return "byline"
    if (
        count > 1
        and position > 0
        and (position >= count - 3 or printings > 1)
        and _BARE_NAME.fullmatch(line)
    ):
        return "byline"
    return None


def _is_description(line: str) -> bool:
    """A long one-sentence line without final punctuation, as photo descriptions are."""
    words = line.split()
    return (
        15 <= len(words) <= 60
        and line[-1].isalnum()
        and not _SENTENCE_BREAK.search(line)
        and not _REPORTED.search(line)
        and _PICTURE_VERB.search(" ".join(words[:15])) is not None
    )


def find_boilerplate(text: str) -> list[Boilerplate]:
    r"""Find the spans of ``text`` that are scraped boilerplate rather than content.

    See the module docstring for the rules. Spans are tight (no surrounding
    whitespace), sorted and non-overlapping; the text itself is never changed.

    Args:
        text: An article's raw text.

    Returns:
        The boilerplate spans, in text order.

    Example:
        >>> text = "Storm closes port\n\nThe port closed on Monday.\n\nStorm closes port"
        >>> [(b.reason, b.start) for b in find_boilerplate(text)]
        [('repeat', 47)]
    """
    spans: list[Boilerplate] = []
    lines: list[tuple[int, int, str]] = []  # (start, end, text) of each line, stripped
    offset = 0
    opening = 0  # non-blank lines seen so far
    for raw in text.splitlines(keepends=True):
        start = offset + len(raw) - len(raw.lstrip())
        offset += len(raw)
        line = raw.strip()
        meta = _METADATA.match(line) or (opening < _DATELINE_LINES and _DATELINE.match(line))
        opening += bool(line)
        if meta:  # the prefix is boilerplate; the rest of the line is judged on its own
            spans.append(Boilerplate(start, start + len(line[: meta.end()].rstrip()), "metadata"))
            start, line = start + meta.end(), line[meta.end() :]
        lines.append((start, start + len(line), line))
    filled = [i for i, (_, _, line) in enumerate(lines) if line]
    keys = {i: _norm(lines[i][2]) for i in filled}
    printings = Counter(keys.values())
    reasons: dict[int, str | None] = {}
    seen: set[str] = set()
    for position, i in enumerate(filled):
        line, key = lines[i][2], keys[i]
        reason = _classify(line, position, len(filled), printings[key])
        standalone = (i == 0 or not lines[i - 1][2]) and (
            i + 1 == len(lines) or not lines[i + 1][2]
        )
        if reason is None and standalone and _is_description(line):
            reason = "caption"
        if reason is None and key in seen and _WORD.search(key):
            reason = "repeat"
        seen.add(key)
        reasons[i] = reason
    for previous, i in itertools.pairwise(filled):  # a photo description above a credit line
        line = lines[previous][2]
        if (
            reasons[i] == "credit"
            and reasons[previous] is None
            and len(line.split()) <= 80
            and (_PHOTO_CUE.search(line) or line[-1] not in _FINAL)
        ):
            reasons[previous] = "caption"
    for previous, i in itertools.pairwise(filled):  # a bare name above a reporter's title
        if (
            reasons[i] == "byline"
            and reasons[previous] is None
            and _JOB_TITLE.fullmatch(lines[i][2])
            and _BARE_NAME.fullmatch(lines[previous][2])
        ):
            reasons[previous] = "byline"
    for i, reason in reasons.items():
        if reason is not None:
            spans.append(Boilerplate(lines[i][0], lines[i][1], reason))
    return sorted(spans, key=lambda span: span.start)


def _nonspace(text: str) -> int:
    return len(text) - sum(map(str.isspace, text))


def _trim(sentence: TextSpan, merged: list[list[int]], k: int) -> TextSpan:
    """Move a kept sentence's start past boilerplate that covers its beginning."""
    if k < len(merged) and merged[k][0] <= sentence.start < merged[k][1] < sentence.end:
        cut = merged[k][1] - sentence.start
        if not sentence.text[cut].isspace():  # only whole words: a prefix ends at a space
            return sentence
        rest = sentence.text[cut:]
        cut += len(rest) - len(rest.lstrip())
        return TextSpan(sentence.start + cut, sentence.end, sentence.text[cut:])
    return sentence


def drop_boilerplate(
    sentences: Sequence[TextSpan], boilerplate: Sequence[Boilerplate]
) -> list[TextSpan]:
    """Keep the sentences that are content: not mostly boilerplate, not printed before.

    A sentence is dropped when at least half of its non-space characters fall in
    ``boilerplate``, or when its normalised text (case, whitespace and quote marks
    ignored) repeats a sentence kept earlier, which is how a headline printed twice
    counts once. A kept sentence that starts with boilerplate (a date or dateline
    prefix) starts after it. A sentence with no non-space character is dropped too. Spans may
    come in any order and overlap; sentences need not be sorted.

    Args:
        sentences: An article's sentences, with offsets into its raw text.
        boilerplate: The article's boilerplate spans (from :func:`find_boilerplate`).

    Returns:
        The kept sentences, in input order; ``[]`` when nothing is left.

    Example:
        >>> text = "Ferry fares rise. Ferry fares rise. Advertisement"
        >>> sentences = [TextSpan(0, 17, text[0:17]), TextSpan(18, 35, text[18:35]),
        ...              TextSpan(36, 49, text[36:49])]
        >>> [s.text for s in drop_boilerplate(sentences, [Boilerplate(36, 49, "navigation")])]
        ['Ferry fares rise.']
    """
    merged: list[list[int]] = []
    for span in sorted(boilerplate, key=lambda b: b.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    ends = [end for _, end in merged]
    kept: list[TextSpan] = []
    seen: set[str] = set()
    for sentence in sentences:
        covered = 0
        k = bisect.bisect_right(ends, sentence.start)
        while k < len(merged) and merged[k][0] < sentence.end:
            low, high = max(merged[k][0], sentence.start), min(merged[k][1], sentence.end)
            covered += _nonspace(sentence.text[low - sentence.start : high - sentence.start])
            k += 1
        if 2 * covered >= _nonspace(sentence.text):
            continue
        sentence = _trim(sentence, merged, bisect.bisect_right(ends, sentence.start))
        key = _norm(sentence.text)
        if key in seen:
            continue
        seen.add(key)
        kept.append(sentence)
    return kept
