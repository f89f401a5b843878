"""Boilerplate: the parts of a scraped article that are not its content.

In text/, right after loading: :func:`find_boilerplate` marks the page furniture of
an article's raw text, and :func:`drop_boilerplate` leaves out the sentences (split by
:mod:`summarize.text._segment`) that fall in it, before the rest are vectorised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from ..errors import InputError
from ..limits import LONGEST_BOILERPLATE_LINE
from ..records import TextSpan
from . import _clean_patterns as patterns
from ._frame import SPEECH_VERBS
from ._furniture import (
    SHARE_BAR_WORDS,
    agency_caption,
    edit_heading,
    link_line,
    name_card,
    share_bar,
    share_prefix,
)
from ._repeats import repeat_key

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
    "release",
)
"""Every reason a :class:`Boilerplate` span can give, in the order rules are tried.

Each rule, and why it is general rather than fitted to one site:

``metadata``
    A scraped field label with an ISO date at the start of a line
    (``date 2019-03-27 ...``, ``published: 2020-01-05T10:00``). Only the prefix
    is marked; the rest of the line is judged on its own. Field labels are
    lower case or followed by a colon, which prose at the start of a line is not.
    Also whole lines that date or annotate the page rather than the story: a
    ``Published 11:05 a.m.`` or ``| 4 min read`` time stamp, and an editor's
    note about the article itself (``Correction:``, ``Editor's note:``, ``This article was
    amended on ...``, ``An earlier version of this article ...``). And, among the opening
    lines, the prefix of a dateline (``KESSEL, W.M. (Wire) - ``), also an outlet's name in
    capitals in brackets with or without a dash (``(KTV) A ferry sank ...``, ``Kessel
    (KTV) Ada Ode said ...``), not an acronym after a name (``Ada Ode (MP) said``), or
    the dash alone, its place left out (``\u2014 A judge's act ...``).
``caption``
    Photo captions: a line labelled ``caption``, or opening on a picture's controls
    (``Enlarge this image toggle caption <credit>``) or on a gallery's counter and its
    player's controls (``3 of 12 Full Screen Autoplay Close ...``); a line ending with a
    photo credit, in parentheses (``(Name/Agency)``, ``(Agency Photo/Name)``, or after a
    stop a person's name and the site's, ``(Ada Ode/The Kessel Herald)``) or as
    the ``AGENCY/Name`` tail wire services use; the line just before a
    credit-only line when it reads like a photo description (it mentions a
    picture, an image, what is shown or seen, or has no final punctuation); and
    a stand-alone single-sentence line of 15 to 60 words that ends without
    punctuation, has no quotation, and says in the present tense what someone
    or something in the picture does (*stands*, *holds*, *is seen* ...): too long
    for a headline, unfinished for prose, written as caption writers write. Also,
    among the opening lines and above more text, a short line that names someone,
    says who in an apposition and ends on a place or a year without a verb
    (``Rex, a police dog, in 2004.``): a picture's caption above the lead; and a line of up to 60
    words that opens by naming its picture, in the present tense or by a participle
    (``This undated photo provided by the police shows ...``, ``A sketch released of
    ...``), not in the past tense of prose (``A photo released on Monday showed ...``).
    And a line of one sentence that ends on an agency's credit in brackets
    (``Crews clear the quay on Monday. (AP)``) inside the text: as the text's last line it
    may be a news brief's, which ends on its agency too.
    And a video's blurb, a paragraph of up to 80 words that closes on the day the clip
    went up (``... Ada Ode reports. (Published Friday, June 27, 2014)``): prose dates
    what happened, not when its own words were published. And a line of eight words or
    more printed whole within a caption that ends with its picture's credit: the same
    caption printed again without the credit.
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
``links``
    Link lists: ``Read more:``, ``Related:``, ``See also:``, ``More news:`` ...
    at the start of a short line, followed by the link text; and a label in capitals
    before a title (``PHOTOS: Ferries Of Kessel``, ``STORY: Pier Reopens After Storm``):
    two words or more, most of them capitalised, and no stop at the end.
    And a line that ends on a link after a short label that does not end as a
    sentence, whatever it quotes (``Read or share this story: http://...``, ``Like us at
    example.com/kessel``, ``Subscribe To "Kessel Tonight" Channel HERE: http://...``): a
    sentence that cites its source's address, or a longer text, is prose
    (:mod:`summarize.text._furniture`).
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
    Facebook``) count as calls to action. A share bar with its counters (``share tweet pin
    email``, ``Share Tweet 3.2k total shares``), a wiki's section heading with its edit
    mark (``History [ edit ]``) and a politics site's card of a name (``Ada Ode
    (D-Kessel) Follow``) are navigation too (:mod:`summarize.text._furniture`). Also a
    player's or a share bar's controls glued before a line's text (``Email This``,
    ``CLOSE``, ``Skip in Skip x Embed x Share``, ``SHARE COPY LINK``, ``Facebook Twitter
    Pinterest``): only the prefix is marked, as with ``metadata``. So is a
    site's label before a paragraph (``Why it matters:``, ``The big picture:``,
    ``Yes, but:``) on a line that ends as a sentence does: two or three words, the first
    capitalised and the others in lower case, none a verb of speech (``She also said:``
    introduces words) nor a word that points elsewhere (``More information:``), then a
    colon and a capital; and a box's or a picture's label glued before a sentence
    (``Analysis There had been ...``, ``Image The mayor said ...``): the label, then a
    capitalised article or pronoun, which prose never writes after a noun. And a heading
    in capitals glued before its paragraph by a dash (``FARES GO UP - The board said
    ...``), or a dateline past the opening lines.
``byline``
    ``By Jane Doe`` (up to a few names and an outlet), ``Jane Doe, Reuters``, or
    a bare two-to-four-word personal name among the last three lines or printed
    more than once. A bare name is never taken from the first line (it could be
    a title-case headline) nor from a one-line text.
``repeat``
    A line identical to an earlier line (ignoring case, spaces and quotes): the
    second printing of a headline or of a pull quote.
``release``
    A press release's closing matter, in the second half of its text: every line after
    its end mark (a line of only ``###`` or ``-30-``: the issuer's notes, its
    description of itself, contacts) and the mark, and a heading ``About <Name>`` (a
    capitalised line of up to nine words without a stop) with every line after it. An end mark
    or such a heading in a text's first half is left alone: it may divide a story.
"""


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


def _classify(line: str, position: int, count: int, printings: int) -> str | None:
    """Reason for one non-blank line (stripped, metadata prefix removed), or None."""
    if len(line) > LONGEST_BOILERPLATE_LINE:
        return None  # page furniture is short; the rules below need not read a blob
    words = len(line.split())
    if patterns.LABELLED_CAPTION.match(line):
        return "caption"
    if words <= 16 and patterns.CREDIT_LINE.fullmatch(line):
        return "credit"
    if (
        words <= 80
        and ("/" in line or ":" in line or "|" in line or line[-1] == ")")
        and (patterns.ENDS_WITH_CREDIT.search(line))
    ):
        return "caption"
    if (
        words <= 15
        and position < min(patterns.DATELINE_LINES, count - 1)
        and patterns.LEAD_CAPTION.fullmatch(line)
        and not patterns.REPORTED.search(line)
    ):
        return "caption"
    if words <= 60 and patterns.PICTURE_LINE.match(line):
        return "caption"
    if words <= 40 and 0 < position < count - 1 and agency_caption(line):
        return "caption"  # the last line may be a news brief's, which ends on its agency too
    if words <= 80 and line[-1] == ")" and patterns.VIDEO_BLURB.search(line):
        return "caption"
    if words <= 60 and patterns.CORRECTION.match(line):
        return "metadata"
    if words <= 12 and patterns.TIMESTAMP.fullmatch(line):
        return "metadata"
    if words <= 30 and patterns.STAFF_CREDITS.fullmatch(line):
        return "byline"
    if words <= 6 and patterns.JOB_TITLE.fullmatch(line):
        return "byline"
    if words <= 25 and patterns.COPYRIGHT.match(line) and not patterns.REPORTED.search(line):
        return "copyright"
    if (
        (words <= 30 and patterns.LINKS.match(line))
        or (words <= 20 and _shouted_link(line))
        or (words <= 40 and link_line(line))
    ):
        return "links"
    if (  # reported speech is looked for last: it is the dearest test, and seldom needed
        words <= 40
        and (
            (words <= 12 and patterns.CTA_QUESTION.match(line))
            or (
                patterns.CTA_IMPERATIVE.match(line)
                and (
                    words <= 8
                    or patterns.READER.search(line)
                    or patterns.CTA_KEYWORD_RE.search(line)
                )
            )
            or (patterns.READER.search(line) and patterns.CTA_KEYWORD_RE.search(line))
        )
        and not patterns.REPORTED.search(line)
    ):
        return "call-to-action"
    if words <= 20 and patterns.SHOUTED_CTA.search(line) and not patterns.REPORTED.search(line):
        return "call-to-action"
    if words <= 6:
        tokens = re.findall(r"[a-z]+", line.casefold())
        vocabulary = set(tokens)
        if vocabulary - patterns.NAV_WEAK and vocabulary <= patterns.NAV_WORDS:
            return "call-to-action" if tokens[0] in patterns.CTA_FIRST else "navigation"
    if words <= SHARE_BAR_WORDS and (share_bar(line) or name_card(line) or edit_heading(line)):
        return "navigation"
    if words <= 12 and patterns.BYLINE.fullmatch(line):
        return "byline"
    if (
        count > 1
        and position > 0
        and (position >= count - 3 or printings > 1)
        and patterns.BARE_NAME.fullmatch(line)
    ):
        return "byline"
    return None


def _is_description(line: str) -> bool:
    """A long one-sentence line without final punctuation, as photo descriptions are."""
    if len(line) > LONGEST_BOILERPLATE_LINE:
        return False
    words = line.split()
    return (
        15 <= len(words) <= 60
        and line[-1].isalnum()
        and not patterns.SENTENCE_BREAK.search(line)
        and not patterns.REPORTED.search(line)
        and patterns.PICTURE_VERB.search(" ".join(words[:15])) is not None
    )


#: Least share of a title's words that open with a capital (``_shouted_link``).
_TITLE_CASE_SHARE = 0.6
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _shouted_link(line: str) -> bool:
    """Whether the line is a label in capitals, a colon and a title (see ``links``)."""
    label = patterns.SHOUTED_LINK.match(line)
    if label is None or line.endswith(_SENTENCE_ENDS):
        return False
    words = _TITLE_WORD.findall(line, label.end())
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= 2 and capitals >= _TITLE_CASE_SHARE * len(words)


def find_boilerplate(text: str) -> list[Boilerplate]:
    r"""Find the spans of ``text`` that are scraped boilerplate rather than content.

    Cleaning never rewrites text: each span is marked with a reason from
    :data:`REASONS` (which describes the rule behind each). A line is the unit of
    almost all boilerplate (scrapers flatten page furniture into lines), so every
    rule looks at one line, or at one line and its neighbour, and the whole pass
    is linear in the text. Spans are tight (no surrounding whitespace), sorted
    and non-overlapping.

    Args:
        text: An article's raw text.

    Returns:
        The boilerplate spans, in text order.

    Example:
        >>> text = "The bridge reopened on Monday.\n\nRead more: Ferry fares rise"
        >>> [(b.reason, text[b.start:b.end]) for b in find_boilerplate(text)]
        [('links', 'Read more: Ferry fares rise')]
        >>> text = "Storm closes port\n\nThe port closed on Monday.\n\nStorm closes port"
        >>> [(b.reason, b.start) for b in find_boilerplate(text)]
        [('repeat', 47)]
    """
    spans: list[Boilerplate] = []
    lines: list[tuple[int, int, str]] = []  # (start, end, text) of each line, stripped
    offset = 0
    opening = 0  # non-blank lines seen so far
    videos: set[int] = set()  # lines a player's controls open and a video's credit ends
    for raw in text.splitlines(keepends=True):
        start = offset + len(raw) - len(raw.lstrip())
        offset += len(raw)
        line = raw.strip()
        meta = widget = None
        if line:  # a blank line (half the lines of some scrapes) has no prefix to mark
            meta = patterns.METADATA.match(line) or (
                opening < patterns.DATELINE_LINES
                and (
                    patterns.DATELINE.match(line)
                    or patterns.OUTLET_DATELINE.match(line)
                    or patterns.BARE_DATELINE_DASH.match(line)
                )
            )
            widget = None
            if not meta:
                widget = (
                    patterns.WIDGET.match(line)
                    or share_prefix(line)
                    or _section_label(line)
                    or patterns.HEADING.match(line)
                )
            opening += 1
        prefix = meta or widget
        if prefix:  # the prefix is boilerplate; the rest of the line is judged on its own
            kind = "metadata" if meta else "navigation"
            spans.append(Boilerplate(start, start + len(line[: prefix.end()].rstrip()), kind))
            start, line = start + prefix.end(), line[prefix.end() :]
            if widget and patterns.VIDEO_CREDIT.search(line):
                videos.add(len(lines))
        lines.append((start, start + len(line), line))
    filled = [i for i, (_, _, line) in enumerate(lines) if line]
    keys = {i: repeat_key(lines[i][2]) for i in filled}
    printings = Counter(keys.values())
    reasons: dict[int, str | None] = {}
    seen: set[str] = set()
    for position, i in enumerate(filled):
        line, key = lines[i][2], keys[i]
        reason = _classify(line, position, len(filled), printings[key])
        standalone = (i == 0 or not lines[i - 1][2]) and (
            i + 1 == len(lines) or not lines[i + 1][2]
        )
        if reason is None and (i in videos or (standalone and _is_description(line))):
            reason = "caption"
        if reason is None and key in seen and patterns.WORD.search(key):
            reason = "repeat"
        seen.add(key)
        reasons[i] = reason
    for previous, i in itertools.pairwise(filled):  # a photo description above a credit line
        line = lines[previous][2]
        if (
            reasons[i] == "credit"
            and reasons[previous] is None
            and len(line) <= LONGEST_BOILERPLATE_LINE
            and len(line.split()) <= 80
            and (patterns.PHOTO_CUE.search(line) or line[-1] not in patterns.FINAL)
        ):
            reasons[previous] = "caption"
    # A caption printed twice, once with its picture's credit and once bare: the bare
    # printing, whole within the credited one, is the caption's too.
    credited = [
        keys[i]
        for i, reason in reasons.items()
        if reason == "caption" and patterns.ENDS_WITH_CREDIT.search(lines[i][2])
    ]
    if credited:
        for i in filled:
            if (
                reasons[i] is None
                and len(keys[i].split()) >= CAPTION_COPY_WORDS
                and any(keys[i] in key for key in credited)
            ):
                reasons[i] = "caption"
    for previous, i in itertools.pairwise(filled):  # a bare name above a reporter's title
        if (
            reasons[i] == "byline"
            and reasons[previous] is None
            and patterns.JOB_TITLE.fullmatch(lines[i][2])
            and patterns.BARE_NAME.fullmatch(lines[previous][2])
        ):
            reasons[previous] = "byline"
    closing = _release_close(lines, filled, len(text))
    for i in filled[closing:]:
        reasons[i] = reasons[i] or "release"
    for i, reason in reasons.items():
        if reason is not None:
            spans.append(Boilerplate(lines[i][0], lines[i][1], reason))
    return sorted(spans, key=lambda span: span.start)


def _release_close(lines: list[tuple[int, int, str]], filled: list[int], size: int) -> int:
    """Position in ``filled`` where a press release's closing matter starts, or its length.

    The rule is ``release`` in :data:`REASONS`.
    """
    for position, i in enumerate(filled):
        start, _, line = lines[i]
        if 2 * start < size:
            continue
        if patterns.RELEASE_END.fullmatch(line) or patterns.ABOUT_HEADING.fullmatch(line):
            return position
    return len(filled)


#: Fewest words of a line that a credited caption holds whole for it to be that caption
#: printed again without its credit (shorter lines may be a caption's words by chance).
CAPTION_COPY_WORDS = 8


def _nonspace(text: str) -> int:
    return len("".join(text.split()))  # split() drops exactly the str.isspace characters


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


def _section_label(line: str) -> re.Match[str] | None:
    """A site's label before a paragraph ("Why it matters: "), not a speaker's lead-in.

    A label of links ("Read more: ...") is left to the links rule, which marks the line.
    """
    label = patterns.SECTION_LABEL.match(line)
    if label is None or patterns.LINKS.match(line) or not line.endswith(_SENTENCE_ENDS):
        return None  # "Read more about: Ada Ode, Kessel": a line of tags, not a sentence
    words = label.group().lower().rstrip(": ").replace(",", "").split()
    if words[0] in _PRONOUNS or SPEECH_VERBS.intersection(words):
        return None  # "She also said: ...", "He added: ..." introduce words
    if _POINTER_WORDS.intersection(words):
        return None  # "More information: ...", "Explore further: ...": the other rules' lines
    return label


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# A label's first word that makes it a clause: "He added: ..." (even misspelt).
_PRONOUNS = _words("i we you he she it they")
# Words of labels that point elsewhere or credit, not of a section of the story.
_POINTER_WORDS = _words(
    "more read about further information related see also watch listen click follow share"
    " tags filed source sources photo photos image video credit credits"
)
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", ")")


def drop_boilerplate(
    sentences: Sequence[TextSpan], boilerplate: Sequence[Boilerplate]
) -> list[TextSpan]:
    """Keep the sentences that are content: not mostly boilerplate, not printed before.

    A sentence is dropped when at least half of its non-space characters fall in
    ``boilerplate``, or when its normalised text (case, whitespace and quote marks
    ignored) repeats a sentence kept earlier, which is how a headline printed twice
    counts once. A kept sentence that starts with boilerplate (a date or dateline
    prefix) starts after it. A sentence without a letter or a digit (a rule of dashes, an
    emoji alone, a stray byte-order mark) states nothing and is dropped too. Spans may
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
        if covered:
            mostly_boilerplate = 2 * covered >= _nonspace(sentence.text)
        else:  # dropped only if blank: its characters need not be counted
            mostly_boilerplate = not sentence.text.strip()
        if mostly_boilerplate:
            continue
        sentence = _trim(sentence, merged, bisect.bisect_right(ends, sentence.start))
        key = repeat_key(sentence.text)
        if key in seen or not patterns.WORD.search(key):
            continue
        seen.add(key)
        kept.append(sentence)
    return kept
