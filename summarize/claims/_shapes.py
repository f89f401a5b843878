"""Sentences whose shape says they state no line's fact, whatever words they share with it.

In claims/, read by :func:`~summarize.claims._verify.verified` before the support
verifier weighs a merged line's other sentences. Read by editors on merged lines, some
supports are wrong by their shape alone, and words in common cannot tell:

* a stub cut off by an ellipsis before it says anything ("The pier will not...");
* a question of its own ("Will the ferry run again?") under a line that asks nothing;
* a comment refused ("Brandt's lawyer did not respond to a request for comment.")
  under a line that tells what was said or done;
* a lead-in to a list ("Here are the new fares:", "Here's what we know.");
* the signature line of an embedded post ("- Ada Ode (@adaode) May 3, 2021": the
  shape the clutter rules know, :func:`~summarize.text.signs_post`);
* a caption, or a line that closes on a picture's or a post's credit ("Ada Ode on the
  pier with her son (via Facebook)": :func:`~summarize.text.credited`);
* a figure of another thing: "fares rose 5%" under "the ferry carried 4,000
  people", sharing no figure, one giving shares only and the other counts only;
* the line's background, told in a clause of the shown sentence ("..., who was
  charged last week, pleaded not guilty"): the sentence shares words with that clause
  only (:func:`~summarize.claims._background.tells_background`).

:func:`never_states` names the shape, if any. Each is read on the supporting sentence
and, where the line could share it, the shown one: a question supports a line that asks
one, a refusal a line that tells of one.
"""

from __future__ import annotations

import re

from ..text import credited, signs_post
from ._background import tells_background

__all__ = [
    "STUB_WORDS",
    "asks",
    "counts_apart",
    "cut_short",
    "leads_in",
    "never_states",
    "refuses",
]

#: A sentence cut off by an ellipsis is a stub below this many words.
STUB_WORDS = 12

_CLOSERS = "\"'\u2019\u201d)]"
_QUOTES = '"\u201c\u201d'
# An ellipsis straight after a word: the excerpt stops mid-sentence ("will not...",
# "for their\u2026"); four dots close a whole sentence first.
_CUT = re.compile(r"([^\W_][\w'\u2019-]*)\s?(?:\.\.\.|\u2026)$")
# Words after which a sentence cannot end: it was cut before it said what it meant.


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_UNFINISHED = _words(
    "the a an of to for and or but nor as than that which who whom whose with by in on"
    " at from into onto about after before over under between against during without"
    " is are was were be been has have had will would can could may might must shall"
    " should do does did not no its their his her our your my this these those such"
)
# The verbs that report a question ("..., she asked."): a reported question is a statement.
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|questioned)\b", re.I)
_REFUSAL = re.compile(
    r"\b(?:(?:did|does|do|has|have|had)(?: not|n['\u2019]t) (?:immediately |yet )?"
    r"(?:respond|reply|return)(?:ed)? (?:to )?(?:a |an |the |our |multiple |several |repeated )?"
    r"(?:request|requests|inquiry|inquiries|message|messages|e-?mails?|calls?|phone calls?)"
    r"|declined to (?:comment|elaborate)"
    r"|refused to comment"
    r"|(?:could not|couldn['\u2019]t|can ?not) be reached"
    r"|(?:was|were|is|are) not (?:immediately )?available (?:for|to) comment"
    r"|requests? (?:for|seeking) comment"
    r"|no immediate comment)",
    re.IGNORECASE,
)
# A figure: a number not part of a word ("COVID-19", "A320") or a date, and its unit if a
# share ("5%", "5 percent").
_FIGURE = re.compile(
    r"(?<![\w.,$/-])\$?(\d[\d,]*(?:\.\d+)?)(?![\w/-])(\s?(?:%|percent\b|per cent\b|"
    r"percentage points?\b))?"
)
_MONEY = re.compile(
    r"[$\u00a3\u20ac\u00a5]\s?\d|\d\s?(?:cents?|dollars?|euros?|pounds?|yen)\b", re.IGNORECASE
)
# A share written in words: the sentence of counts may give the other's share so.
_SHARE_WORDS = re.compile(
    r"\b(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|double|doubled"
    r"|majority|minority|share|proportion|fraction|percent|per cent)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
)
# Words of a line that tells of a comment or a response, given or refused ("had no
# comment", "would not answer", "did not have an immediate response").
_RESPONSE = re.compile(
    r"\b(?:comment|respon|repl|answer|reached|declin|refus|interview|confirm)", re.IGNORECASE
)
_HERE = re.compile(r"(?:Here(?:'s|\u2019s| is| are)|Below (?:is|are)|The following)\b")


def cut_short(text: str) -> bool:
    """Whether ``text`` is a stub an ellipsis cut off before it said what it meant.

    Fewer than :data:`STUB_WORDS` words end on an ellipsis straight after a word that
    cannot end a sentence (an article, a preposition, a conjunction, an auxiliary,
    "not", a possessive). A longer sentence cut off has most often said its fact.

    Example:
        >>> [cut_short(t) for t in ("The pier will not...", "Over the past week, the...",
        ...                         "The board voted 5-2 to close the 1910...",
        ...                         "The ferry ran late....")]
        [True, True, False, False]
    """
    body = text.strip().rstrip(_CLOSERS).rstrip()
    found = _CUT.search(body)
    return (
        found is not None
        and len(body.split()) < STUB_WORDS
        and found.group(1).lower() in _UNFINISHED
    )


def asks(text: str) -> bool:
    """Whether ``text`` is a question of its own, not one it reports.

    It ends on a question mark (before any closing quote or bracket), and no verb
    reports the question ("..., she asked.").

    Example:
        >>> [asks(t) for t in ("Will the ferry run again?", '"Why us?" Ada Ode asked.',
        ...                    "The ferry ran again.")]
        [True, False, False]
    """
    body = text.strip().rstrip(_CLOSERS).rstrip()
    return body.endswith("?") and _ASKED.search(text) is None


def refuses(text: str) -> bool:
    """Whether ``text`` tells of a comment refused, or sought and not given.

    Example:
        >>> refuses("Brandt's lawyer did not respond to a request for comment.")
        True
        >>> refuses("The court did not respond to the motion before the law took effect.")
        False
    """
    return _REFUSAL.search(text) is not None


def leads_in(text: str) -> bool:
    """Whether ``text`` introduces what follows, as a list's heading does.

    It ends on a colon, or opens (outside quotation marks) on "Here is", "Here are",
    "Here's", "Below is" or "The following" and holds no colon ("Here's why: the pier
    is unsafe." states what follows its colon).

    Example:
        >>> [leads_in(t) for t in ("Here are the new ferry fares:", "Here's what we know.",
        ...                        "Here's why: the pier is unsafe.", "The fares start today.")]
        [True, True, False, False]
    """
    body = text.strip()
    return body.endswith(":") or (_HERE.match(body) is not None and ":" not in body)


def _figures(text: str) -> dict[str, bool]:
    """The figures of ``text`` (no year, no day of a month) -> whether each is a share."""
    found: dict[str, bool] = {}
    for match in _FIGURE.finditer(_DAY.sub(" ", text)):
        number = match.group(1).rstrip(",").replace(",", "")
        share = match.group(2) is not None
        if share or not _YEAR.fullmatch(number):
            found[number] = found.get(number, False) or share
    return found


def counts_apart(shown: str, text: str) -> bool:
    """Whether the two sentences give figures of other things: shares against counts.

    Both give figures and share none, and one gives shares only ("70%", "5 percent")
    where the other gives counts only ("160 million", "4,000") and writes no share in
    words ("cut in half", "a third", "a majority"). Years and days of a month are no
    figures here, and a sum of money leaves the pair unread: a price moves as its share
    does ("down 13 cents", "down 1.5%").

    Example:
        >>> counts_apart("The ferry aims to carry 160 million people by July 4.",
        ...              "The goal is to have 70% of trips by ferry by July 4.")
        True
        >>> counts_apart("Fares rose 5% in 2021.", "Fares went up 5 percent last year.")
        False
    """
    if _MONEY.search(shown) or _MONEY.search(text):
        return False  # a price may move as its share does: "down 13 cents", "down 1.5%"
    ours, theirs = _figures(shown), _figures(text)
    if not ours or not theirs or ours.keys() & theirs.keys():
        return False
    kinds = set(ours.values()), set(theirs.values())
    if len(kinds[0]) != 1 or len(kinds[1]) != 1 or kinds[0] == kinds[1]:
        return False
    counts = text if kinds[0] == {True} else shown
    return _SHARE_WORDS.search(counts) is None


def never_states(shown: str, text: str) -> str | None:
    """Why ``text`` cannot state the fact of the line ``shown`` shows, or None.

    ``"stub"``, ``"question"``, ``"refusal"``, ``"lead-in"``, ``"post"``, ``"caption"``,
    ``"other figure"`` or ``"background"``: see the module's list. A question may state
    a line that asks one or quotes someone (whose words may ask without the mark), and a
    refusal a line that tells of a comment or a response in any words ("had no comment",
    "would not answer").

    Example:
        >>> never_states("Ivo Brandt's lawyer said the ferry was safe.",
        ...              "Brandt's lawyer did not respond to a request for comment.")
        'refusal'
        >>> never_states("Will the ferry run again?", "Will the Kessel ferry run again?") is None
        True
    """
    if cut_short(text):
        return "stub"
    if asks(text) and "?" not in shown and not any(mark in shown for mark in _QUOTES):
        return "question"
    if refuses(text) and _RESPONSE.search(shown) is None:
        return "refusal"
    if leads_in(text) and not leads_in(shown):
        return "lead-in"
    if signs_post(text) and not signs_post(shown):
        return "post"
    if credited(text) and not credited(shown):
        return "caption"
    if counts_apart(shown, text):
        return "other figure"
    if tells_background(shown, text):
        return "background"
    return None
