"""Sentences where the outlet speaks of itself: its issue, apps and shows, notes on the story.

In text/, a part of :func:`summarize.text._notices.sentence_clutter`. A page sells its
own products ("Download the Coast News app for iPhone and Android.", "This week's
Coast Weekly is on sale now."), its shows ("Watch full seasons anytime with Coast+.",
"Coast Tonight airs from the harbour on Monday at 6:30 p.m. ET.", "Watch Coast Tonight
weeknights at 11:35 PM ET."), thanks its reader
("Thank you for subscribing.", "Thank you for supporting the campaign to ...") and tells
the story's own history ("This story first appeared in the May issue of Coast Weekly.";
an editor's note, as the line rules of :mod:`summarize.text._clean` read it: "This post
has been updated."; a transcript's note on how it was made: "Coast Radio transcripts are
created on a rush deadline", "This text may not be in its final form"). None of it is
news, and none of it means anything outside its page.
"""

from __future__ import annotations

import re

from . import _clean_patterns as patterns
from ._pointers import holds

__all__ = ["promotes", "sponsored", "story_note"]

# An imperative, after a joining word a page puts before its second offer ("Or, ...").
_IMPERATIVE = r"^(?:(?:or|and|also|plus),?\s+)?(?:please\s+)?"
_ISSUE = re.compile(  # the outlet selling its own issue
    r"\b(?:pick\s+up|grab|buy|get|order)\s+(?:a\s+copy\s+of\s+)?(?:this\s+week'?s|the\s+(?:latest"
    r"|new|current)|your)\s+(?:\w+\s+){0,3}?(?:copy|issue|edition)\b"
    r"|\b(?:this\s+week'?s|the\s+(?:latest|new|current))\s+(?:\w+\s+){0,3}?(?:is\s+)?"
    r"(?:on\s+sale|on\s+newsstands|in\s+(?:shops|stores)|out)\s+now\b",
    re.IGNORECASE,
)
_ISSUE_CUES = ("copy", "issue", "edition", "now")
_APP = re.compile(  # "Download the Coast News app", "Or, keep up with the Coast apps for iPhone"
    _IMPERATIVE + r"(?:download|get|install|try|grab|keep\s+up|stay\s+(?:connected|informed|up))"
    r"\b[^.!?]{0,120}?\bapps?\b",
    re.IGNORECASE,
)
_SHOWS = re.compile(  # "Get new episodes ...", "Watch full seasons anytime with Coast+."
    _IMPERATIVE + r"(?:get|watch|stream|catch|see|enjoy)\b[^.!?]{0,160}?"
    r"\b(?:episodes?|full\s+seasons?|live\s+tv|on\s+demand)\b",
    re.IGNORECASE,
)
_SHOW_CUES = ("episode", "season", "live tv", "on demand")
# A broadcast's listing: a show that airs (or is airing), an anchor who anchors, or the
# reader told to watch, at a time of a time zone ("... anchors from the harbour on Monday
# at 6:30 p.m. ET.", "Watch Kessel Tonight weeknights at 11:35 PM ET."). A story tells the
# time an event took place ("spoke at 11 a.m. ET") with a verb of the past.
_LISTING = re.compile(
    r"(?:\b(?:tune\s+in|airs|airing|anchors)|^(?:(?:or|and),?\s+)?[Ww]atch)\b[^.!?]{0,100}"
    r"\d(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|AM|PM)?\s*(?:ET|PT|EST|EDT|PST|PDT|CT|CST|CDT|MT)\b"
)
_LISTING_CUES = ("tune in", "airs", "airing", "anchors", "watch")
_THANKS = re.compile(  # "Thank you for subscribing.": said to the reader, alone
    r"thanks?(?:\s+you)?\s+for\s+(?:(?:subscribing|signing\s+up|registering)\W*"
    # a petition's or a fundraiser's page: "Thank you for supporting the campaign to ..."
    r"|(?:signing|supporting|your\s+(?:support|signature|donation)|donating)\b[^!?\"\u201c]{0,120}\W*)",
    re.IGNORECASE,
)
# A transcript's note on itself: how it was made, that it may change, what the record is.
_TRANSCRIPT_NOTE = re.compile(
    r"\btranscripts?\s+(?:are|is)\s+(?:created|produced|prepared|generated)\b"
    r"|\b(?:this|the)\s+(?:text|transcript|copy)\s+may\s+not\s+be\s+in\s+its\s+final\s+form\b"
    r"|\bthe\s+authoritative\s+record\s+of\b[^.!?]{0,80}\b(?:audio|video|broadcast)\b",
    re.IGNORECASE,
)
_STORY = r"(?:story|article|piece|interview|report|column|essay|post)"
_STORY_NOTE = re.compile(
    # where the story was first printed: "This story first appeared in ...", "An edited
    # version of this article appeared on ...", "This article was originally published by ...",
    # "A version of this article appeared May 3, 2020, on page A11 ..."
    rf"^(?:this|(?:an?\s+(?:\w+\s+)?)?version\s+of\s+this)\s+{_STORY}\s+(?:\w+\s+)?"
    r"(?:first\s+|originally\s+|also\s+)?(?:appeared|appears|ran|was\s+(?:first\s+|originally\s+)?"
    r"published)(?:\s+[^!?]{0,40}?,)?\s+(?:in|on|at|by)\b",
    re.IGNORECASE,
)
#: The words an editor's note or a note on where the story appeared opens with.
_NOTE_OPENINGS = ("this", "a ", "an ", "version", "correction", "clarification", "editor")


def promotes(body: str, low: str) -> bool:
    """Whether the sentence sells the outlet's issue, apps or shows.

    Args:
        body: The sentence, its opening decoration stripped.
        low: ``body`` in lower case.

    Example:
        >>> promotes("Get the Coast News app for iPhone!", "get the coast news app for iphone!")
        True
        >>> promotes("She built an app for farmers.", "she built an app for farmers.")
        False
    """
    # each test first looks for a word its pattern needs, which most sentences lack
    if holds(low, _ISSUE_CUES) and _ISSUE.search(body):
        return True
    if "app" in low and _APP.match(body):
        return True
    if holds(low, _SHOW_CUES) and _SHOWS.match(body):
        return True
    return holds(low, _LISTING_CUES) and _LISTING.search(body) is not None


def story_note(body: str, low: str) -> bool:
    """Whether the sentence speaks of the story itself or thanks its reader.

    Args:
        body: The sentence, its opening decoration stripped.
        low: ``body`` in lower case.

    Example:
        >>> story_note("This post has been updated.", "this post has been updated.")
        True
        >>> story_note("The report was updated in May.", "the report was updated in may.")
        False
    """
    if low.startswith("thank"):
        return _THANKS.fullmatch(body) is not None
    if ("transcript" in low or "final form" in low or "record" in low) and _TRANSCRIPT_NOTE.search(
        body
    ):
        return True
    if not low.startswith(_NOTE_OPENINGS):
        return False
    # an editor's note as the line rules read it ("This post has been updated.")
    return _STORY_NOTE.match(body) is not None or patterns.CORRECTION.match(body) is not None


# A paragraph's opening that hands it to a sponsor: "A message from the Kessel Ferry
# Company:", "Sponsored by Kessel Lines:", "Paid for by ...:", after a newsletter's marks.
_SPONSOR_LABEL = re.compile(
    r"[\s*\u2022#>-]*(?:A\s+message\s+from|Sponsored\s+by|Paid\s+for\s+by|Presented\s+by"
    r"|Brought\s+to\s+you\s+by)\s+[^.:!?\n]{1,80}:"
)
# A break between paragraphs: a line with nothing on it but spaces.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def sponsored(text: str, start: int) -> bool:
    r"""Whether the sentence at ``start`` of ``text`` stands in a sponsor's paragraph.

    A newsletter prints an advertiser's words as a paragraph of its own that opens on
    whose they are ("A message from the Kessel Ferry Company: Ferries carry ..."); each
    sentence of it, the label aside, reads as news of the story away from the page.
    Set between marks ("** A message from ...: ... **"), the advertiser's words run on
    over paragraphs to the closing marks.

    Example:
        >>> page = "The pier reopened.\n\n** A message from Kessel Lines: Ferries work. "
        >>> sponsored(page + "Fares stay low.", len(page))
        True
        >>> sponsored(page + "**\n\nFares rose.", len(page) + 4)
        False
    """
    breaks = [found.end() for found in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    opening = breaks[-1] if breaks else 0
    if _SPONSOR_LABEL.match(text, opening) is not None:
        return True
    # Marked "** ... **", the advertiser's words run on over paragraphs to the closing marks.
    mark = text.rfind("**", 0, start)
    return (
        mark >= 0
        and text.count("**", 0, mark) % 2 == 0  # an opening mark, not a closing one
        and _SPONSOR_LABEL.match(text, mark) is not None
    )
