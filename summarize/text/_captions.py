"""Captions and picture credits: what a picture shows, and whose it is, in a line of text.

In text/, a part of :func:`summarize.text._notices.sentence_clutter`: the shapes of the
``caption`` reason, from the labels a page prints (``Image caption``, ``FILE -``) to the
dates news agencies give their pictures.
"""

from __future__ import annotations

import re

from . import _clean_patterns as patterns
from ._pointers import holds

__all__ = ["caption", "credited", "reported"]

_DATE_WORDS = (  # "Thursday, Jan. 17, 2013, ": the date in a caption's opening, if any
    rf"(?:(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day|{patterns.MONTH}|\d{{1,4}}),?\s+)*"
)
# A picture dated as another agency dates them: the month written out, the day and the year
# close the line, after a comma and no weekday ("..., in Kessel, October 4, 2024."); prose
# dates an event "on October 4" or "on Friday, October 4, 2024". It opens on the comma,
# which the engine skips to in C (a look behind first would be tried at every character).
_AGENCY_DATE_END = re.compile(
    r",(?<!day,)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},\s+(?:19|20)\d\d\W*$"
)
# Who stands where in the picture, "(L)", "(2nd R)", and a present passive, "is greeted by".
_PLACED = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+)?[LRC]\)|\b(?:is|are)\s+\w+(?:ed|en)\b")
_CAPTION = re.compile(
    r"(?:Image|Media|Photo|Picture|Video)\s+(?:copyright|caption|source)\b"
    # a gallery's or a video list's item: "Hide Caption 3 of 6 Photos: <title> <caption>",
    # "Photos: <title> Photos: <title> <caption>", "JUST WATCHED <title> Replay More Videos"
    r"|(?:Hide|Show)\s+Caption\s+\d+\s+of\s+\d+\b|JUST\s+WATCHED\b"
    r"|Photos?:\s+(?P<gallery>[^.!?:]{3,80}?)\s+Photos?:\s+(?P=gallery)\b"
    r"|(?i:photos?|images?|pictures?)\s*:\s*(?:Left|Right|Top|Bottom|Above|Below|Main|Inset)\s*:"
    r"|FILE\s*[-\u2013\u2014]\s"
    rf"|(?i:in\s+this\s+{_DATE_WORDS}(?:(?:file|handout|undated|archive|aerial)\s+)*"
    r"(?:photo(?:graph)?|image|picture|(?:video|frame)\s+grab|still)\b)"
)
# A gallery item or a video list, anywhere in the sentence: "<credit> 3 of 68 Skip in Skip x
# Embed x Share ...", "... Replay More Videos ...", a video's title and length before its
# description ("Ice on the harbour | 0:46 The harbour froze ...")
_PLAYER = re.compile(
    r"\b\d+\s+of\s+\d+\s+Skip\s+in\s+Skip\b|\bReplay\s+More\s+Videos\b"
    r"|\s\|\s*\d{1,2}:\d\d\s+[A-Z]"
)
_CREDIT_FIRST = re.compile(rf"{patterns.AGENCY}\s*/\s*{patterns.SEGMENT}\s+(?=[A-Z])")
# "AP Photo <headline>", "Getty Images <headline>": an agency's picture credit, then words
_CREDIT_OPENING = re.compile(rf"{patterns.AGENCY}\s+{patterns.PHOTO}\s+(?=[\"\u201c'\u2018]?[A-Z])")
# "Photo courtesy of Ada Ode.", "Image from the Kessel Harbour campaign.": a line that
# only says where its picture comes from, a name (see :func:`_media_source`).
_MEDIA_SOURCE = re.compile(
    r"(?:File\s+)?(?:Photo(?:graph)?|Image|Picture|Video|Illustration|Graphic|Screenshot)s?"
    r"\s+(?:courtesy(?:\s+of)?|provided\s+by|supplied\s+by|via|from|by)\s+"
    r"([^.!?]{1,80})[.!]?\s*$"
)
# Small words a name may hold in lower case ("the Port of Kessel", "Ode and Li").
_NAME_JOINERS = frozenset({"the", "a", "an", "of", "and", "for", "at", "in", "on", "&"})
#: Most other words in lower case a picture's source may hold ("the harbour board's
#: archive"); "Video from the pier went viral after the crash." says more.
_SOURCE_LOWER = 3
# Verbs that make such a line a statement: "Video from the scene shows flames."
_SOURCE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may"}
    | {"shows", "show", "showing", "depicts", "went", "goes", "appears", "says", "said"}
)
_TRUNCATED_CAPTION = re.compile(  # a caption cut short, credited, anywhere in the sentence
    rf"(?:\.\.\.|\u2026)\s*\((?:the\s+)?{patterns.AGENCY}\)|\bFILE\s*[-\u2013\u2014]\s+In\s+this\b"
)
_CAPTION_END = re.compile(  # "..., in this March 2, 2015 file photo." closes a caption
    rf"\bin\s+this\s+{_DATE_WORDS}(?:\w+\s+)?(?:photo(?:graph)?|image|picture|handout)\b"
    r"[^.!?]{0,100}[.!?]?\W*$",
    re.IGNORECASE,
)


def caption(text: str, low: str) -> bool:
    """Whether ``text`` (``low``: the same in lower case) is a caption or a picture's credit."""
    if _CAPTION.match(text) or patterns.PICTURE_LINE.match(text):
        return True
    if "day" in text and patterns.DATED_PICTURE.search(text):
        return True  # "..., in Kessel, Friday, Oct. 4, 2024.": a picture's date
    if _AGENCY_DATE_END.search(text) and _pictured(text, low):
        return True  # "Crews clear the quay in Kessel, October 4, 2024.": another agency's
    if ("..." in text or "\u2026" in text or "FILE" in text) and _TRUNCATED_CAPTION.search(text):
        return True
    if "in this" in low and _CAPTION_END.search(text):
        return True
    if ("skip" in low or "replay" in low or "|" in low) and _PLAYER.search(text):
        return True
    if ("photo" in low or "image" in low or "picture" in low) and _CREDIT_OPENING.match(text):
        return True  # "AP Photo <headline>": a credit, then the page's headline
    if _media_source(text):
        return True  # "Photo courtesy of Ada Ode.": where the picture comes from
    # "AGENCY/Name" before a description: a credit, then what the picture shows
    return (
        "/" in text
        and _CREDIT_FIRST.match(text) is not None
        and patterns.PICTURE_VERB.search(text) is not None
    )


# A picture or a post credited to the platform it was taken from, closing the line:
# "(via Facebook)", "(Photo via Instagram)", "(Ada Ode via Twitter)".
_PLATFORM = r"(?:Facebook|Twitter|Instagram|YouTube|TikTok|Snapchat|Reddit|LinkedIn|GoFundMe|X)"
_VIA_CREDIT = re.compile(
    rf"\((?:{patterns.PHOTO}\s+)?(?:{patterns.SEGMENT}\s+)?via\s+{_PLATFORM}"
    rf"(?:\s*/\s*{patterns.SEGMENT})?\s*\)\W*$"
)


def credited(text: str) -> bool:
    """Whether the sentence ``text`` is a caption, or closes on a picture's or a post's credit.

    A caption by :func:`caption`'s shapes, or a sentence that ends on a credit: an
    agency's or a photographer's ("(Ada Ode/Reuters)", "... Photo: Ada Ode"), or the
    platform a picture or a post was taken from ("(via Facebook)"). Such a sentence tells
    what a picture shows, not what happened.

    Example:
        >>> credited("Ada Ode stands on the north pier with her son (via Facebook)")
        True
        >>> credited("The ferry docked at the north pier. (Ivo Brandt/Kessel Herald)")
        True
        >>> credited("Ada Ode said on Facebook that the ferry docked at the north pier.")
        False
    """
    return (
        _VIA_CREDIT.search(text) is not None
        or patterns.ENDS_WITH_CREDIT.search(text) is not None
        or caption(text, text.lower())
    )


def _media_source(text: str) -> bool:
    """Whether ``text`` only says where its picture comes from: a name after "Photo by"."""
    found = _MEDIA_SOURCE.match(text)
    if found is None:
        return False
    lower = [w for w in found.group(1).split() if w[0].islower() and w not in _NAME_JOINERS]
    return len(lower) <= _SOURCE_LOWER and not any(
        w in _SOURCE_VERBS or w.endswith("ed") for w in lower
    )


_QUOTATION_MARKS = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2018")
_REPORTING = ("said", "says", "told", "tells", "according")


def reported(body: str, low: str) -> bool:
    """Whether ``body`` reports: a quotation mark, or a reporting verb (patterns.REPORTED).

    The regular expression is run only when a reporting word is there.
    """
    if holds(body, _QUOTATION_MARKS):
        return True
    return holds(low, _REPORTING) and bool(patterns.REPORTED.search(body))


def _pictured(text: str, low: str) -> bool:
    """Whether ``text`` tells what a picture shows, as a caption does: in the present tense.

    Not a sentence that reports ("said", a quotation mark): a statement made on that day.
    """
    if reported(text, low):
        return False
    return bool(patterns.PICTURE_VERB.search(text) or _PLACED.search(text))
