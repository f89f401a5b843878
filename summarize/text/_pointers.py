"""Sentences about the page and its newsroom: links, media above or below, contacts, credits.

In text/, a part of :func:`summarize.text._notices.sentence_clutter`. A page tells
its reader where to click ("For the full list, click here."), what to watch or read
"here", "above" or "below" ("Read the judge's ruling here."), how to reach the
newsroom ("Contact Ivo Brandt at 555-201-3344.", "For more, follow @ivobrandt.") and
who wrote or helped ("Ivo Brandt is a Coast News staff writer."). None of it states
news, and none of it means anything outside its page.
"""

from __future__ import annotations

import re

__all__ = ["clicks", "holds", "newsroom_line", "points_away"]

#: Where a reporter may be reached: an e-mail address, a handle, a web address, a platform.
_ADDRESS = r"(?:\S+@|@\w|https?://|www\.|\S+\.(?:com|org|net)\b|(?i:twitter|x|e-?mail)\b)"
#: A North American telephone number: "555-201-3344", "(555) 201-3344", "555.201.3344".
_PHONE = r"(?:\(\d{3}\)\s*|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b"
#: Who or what may be followed or called: pronouns and capitalised words (a name, a desk).
_WHOM = r"(?:(?:him|her|them|us|me|the|[A-Z][\w.&'\u2019-]*)\s+){0,4}"

_CLICK = re.compile(r"(?i:click|tap)\s+(?i:here|this\s+link)\b")  # opens a sentence
_POINTER = re.compile(  # the page sends its reader elsewhere: "For the full list, click here."
    r"(?:^|[,;:]\s+)(?:please\s+)?(?:click|tap)\s+(?:here|below|on\s+(?:the|this)\s+link)\b"
    r"|(?:^|[,;:]\s+)read\s+more\s+(?:on|at|in)\s+our\b|^please\s+(?:check|visit|see|go\s+to"
    r"|contact|click|read|enter|confirm|refresh)\b|\bplease\s+visit\s+our\b|\bour\s+live[\s-]?blog\b"
    r"|\{[*{]"  # a template's unfilled field: "{* emailAddress *}"
    # the page asks for its reader's comments or mail: "Let us know in the comments."
    r"|^(?:please\s+)?(?:let\s+us\s+know|tell\s+us|share\s+your\s+(?:thoughts|views)"
    r"|keep\s+posting\s+them|leave\s+a\s+comment)\b[^.!?]{0,40}?\bcomments?\b"
    r"|\be-?mail\s+(?:to\s+)?the\s+(?:author|writer|reporter)\s+at\b",
    re.IGNORECASE,
)
_POINTER_CUES = ("click", "tap", "please", "read more", "live", "{", "comment", "mail")
# Media the page shows: an imperative (or "you can") that reads, watches or hears
# something "here", "above" or "below", at the end of the sentence ("Watch it here.",
# "You can listen to the call below:", "(Read the letter here.)").
_MEDIA = re.compile(
    r"(?:^\(?|[,;:]\s+|\band\s+)(?:you\s+(?:can|may|could)\s+(?:also\s+)?|please\s+)?"
    r"(?:read|watch|see|view|listen\s+to|hear|check\s+out|look\s+at|download|find)\b"
    r"[^.!?]{0,160}?\b(?:here|above|below)\W*$",
    re.IGNORECASE,
)
_MEDIA_CUES = ("here", "above", "below")
# What the page prints above or below, said in the passive: "The 2020 timetables are also
# provided below for reference.", "The full ruling is embedded below."
_PRINTED = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:provided|listed|shown|included|printed|reproduced"
    r"|embedded|attached|posted|published|available)\s+(?:in\s+full\s+)?(?:below|above)"
    r"(?:\s+for\s+(?:reference|comparison))?\W*$",
    re.IGNORECASE,
)
# A reading sent elsewhere: "For more about the fares, see this guide by ...", "For more
# on the span, read our explainer." ("For more than a decade, ..." is news.)
_FOR_MORE = re.compile(
    r"for\s+more\s+(?:about|on|information|details|background|coverage)\b[^.!?]{0,120}?,\s+"
    r"(?:please\s+)?(?:see|read|visit|check\s+out|go\s+to|head\s+to|watch|listen\s+to)\b",
    re.IGNORECASE,
)
# The page keeping its reader: "Stay with <site> for updates."
_STAY = re.compile(
    r"^(?:please\s+)?stay\s+(?:with|tuned\s+to)\s+\S+(?:\s+\S+){0,4}?\s+for\s+"
    r"(?:updates|more|the\s+latest)\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(  # "<Name> can be reached at <address>", "Follow <Name> on Twitter"
    rf"(?:[A-Z][\w.'\u2019-]*\s+){{1,4}}(?:can|may)\s+be\s+(?:reached|contacted|emailed|followed)"
    rf"\s+(?:at|on|via|by)\s+{_ADDRESS}|(?i:follow|contact|e-?mail|reach)\s+"
    rf"(?:[A-Z][\w.'\u2019-]*\s+){{1,4}}(?i:on|at|via)\s+{_ADDRESS}"
)
# The reader told to reach someone at a number or a handle: "Call <desk> at 555-...",
# "Contact <Name>: 555-...", "..., follow @handle.", "Follow him on Twitter: @handle.",
# and a labelled line: "Twitter: @handle", "E-mail: <address>". Most shapes open the
# sentence; the others may also come after a comma, a semicolon or a colon.
_FOLLOW = (
    rf"(?i:please\s+)?(?:(?i:follow|tweet(?:\s+at)?)\s+{_WHOM}"
    r"(?:(?i:on|at|via)\s+[A-Z]\w*\s*:?\s+)?@\w"
    r"|(?i:follow|contact|reach|e-?mail)\s+(?i:him|her|them|us|me)\s+(?i:on|at|via)\s+\S)"
)
_REACH_OPENING = re.compile(  # tried at the sentence's start only (match)
    rf"(?i:please\s+)?(?i:call|text|phone|dial|contact|reach)\b[^.!?]{{0,80}}?{_PHONE}"
    r"|(?i:e-?mail|twitter|instagram|facebook|phone|tel)\s*:\s*(?:\S+@|@\w|https?://|www\.|\(?\d)"
    rf"|(?:[,;:]\s+)?{_FOLLOW}"
)
# Searched for: it opens on one of three marks, which the engine skips to in C, where one
# pattern with the anchored shapes among its branches would be tried at every character.
_REACH_AFTER_MARK = re.compile(rf"[,;:]\s+{_FOLLOW}")
#: Most words of a contact line: "Call <desk> reporter <Name> at <number>, email him at
#: <address> or follow him on Twitter: <handle>." gives three ways in 18 words.
_CONTACT_WORDS = 25
#: Most words of a contact or staff line that needs no number ("<Name> can be reached at").
_NAMED_CONTACT_WORDS = 15
_STAFF_NOTE = re.compile(  # "Jane Roe is a Coast News staff writer."
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}is\s+(?:an?\s+(?:[A-Z][\w.'\u2019&-]*\s+){1,5}"
    r"(?:(?:staff|senior|chief|contributing|political|national)\s+)?|the\s+(?:[\w&'\u2019-]+\s+){0,3})"
    r"(?:writer|reporter|correspondent|editor|columnist|photographer)\.?"
)
_DATELINE_CREDIT = re.compile(  # "Jane Roe reported from Kessel.", "Roe and Poe reported from Ode."
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:(?:and|,)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4})*"
    r"reported\s+from\s+[A-Z][\w'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*){0,4}\.?"
)
_CONTRIBUTORS = re.compile(  # "Jane Roe in Kessel contributed to this report."
    r"\bcontributed\s+(?:reporting\s+|research\s+)?(?:to|for)\s+this\s+(?:report|story|article)\b"
    r"(?!['\u2019]|\s+(?:of|about|on|that|which|who|is|was)\b)"
    r"|^\W*(?:\(\s*|additional\s+)(?:additional\s+)?(?:reporting|research)\s+by\b"
    r"|^\W*reporting\s+by\b[^.!?]*;\s*(?:editing|writing)\s+by\b",
    re.IGNORECASE,
)
_CONTRIBUTOR_CUES = ("contribut", "reporting by", "research by")
#: Most words of a credit line: it may list many names, each with a role and a place.
_CONTRIBUTOR_WORDS = 60


def holds(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts``: the cheap test before a rule's pattern.

    These rules run on every sentence of a set; a loop of substring tests outruns
    ``any()`` over a generator, which builds a frame and a generator each call.

    Example:
        >>> holds("click below", ("here", "below")), holds("the dam held", ("here",))
        (True, False)
    """
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def clicks(body: str) -> bool:
    """Whether the sentence opens with *click here* or *tap this link*: a link, quoting or not."""
    return _CLICK.match(body) is not None


def points_away(body: str, low: str) -> bool:
    """Whether the sentence sends its reader elsewhere: a link, a page's media, a live blog.

    Media the page prints above or below count, told to the reader ("Watch it here.") or
    in the passive ("The ruling is embedded below."), and so does "For more on ..., see ...".

    Args:
        body: The sentence, its opening decoration stripped.
        low: ``body`` in lower case.

    Example:
        >>> points_away("Watch the council vote below:", "watch the council vote below:")
        True
        >>> points_away("Rain fell below the dam.", "rain fell below the dam.")
        False
    """
    if holds(low, _POINTER_CUES) and _POINTER.search(body):
        return True
    if _ends_on_media_cue(low) and _MEDIA.search(body):
        return True
    if holds(low, ("below", "above")) and _PRINTED.search(body):
        return True
    if low.startswith("for more") and _FOR_MORE.match(body):
        return True
    return low.startswith(("stay", "please stay")) and _STAY.match(body) is not None


def _ends_on_media_cue(low: str) -> bool:
    """Whether ``low`` ends with "here", "above" or "below", then only marks and spaces.

    Where a match of ``_MEDIA`` ends: a test far cheaper than the pattern, which most
    sentences with one of the words elsewhere ("here" inside "there") would try.
    """
    end = len(low)
    while end and not (low[end - 1].isalnum() or low[end - 1] == "_"):  # a \W, as re reads it
        end -= 1
    return low.endswith(_MEDIA_CUES, 0, end)


def newsroom_line(body: str, low: str, words: int) -> bool:
    """Whether the sentence (of ``words`` words) tells how to reach the newsroom or who wrote.

    Args:
        body: The sentence, its opening decoration stripped.
        low: ``body`` in lower case.
        words: The number of words of ``body``.

    Example:
        >>> newsroom_line("Call the news desk at 555-201-3344.", "", 7)
        True
        >>> newsroom_line("Police said 555 people called the line.", "", 7)
        False
    """
    if words <= _NAMED_CONTACT_WORDS and (
        _CONTACT.match(body) or _STAFF_NOTE.fullmatch(body) or _DATELINE_CREDIT.fullmatch(body)
    ):
        return True
    if words <= _CONTACT_WORDS and (_REACH_OPENING.match(body) or _REACH_AFTER_MARK.search(body)):
        return True
    return (
        words <= _CONTRIBUTOR_WORDS
        and holds(low, _CONTRIBUTOR_CUES)
        and _CONTRIBUTORS.search(body) is not None
    )
