"""Who did what: the doer and the deed a news sentence opens on ("Gov. Ada Ode signed ...").

In text/, read by claims/ on the openings of a set's articles. A news article opens with
its news, and two sources that open on the same doer doing the same deed report one
event, whatever else their words say: "Gov. Ada Ode, a Republican, on Monday signed a
bill ..." and "Governor Ada Ode signed a law ..." share a name and a verb, too few words
for any cosine to link. English only: the verbs are read by their English forms.

The reading is a shallow one, and refuses what it cannot read plainly: the doer is the
last word before the verb once an apposition between commas ("Ada Ode, the mayor, ...")
and the time and place after it ("... on Monday", "... in Kessel") are set aside; the
deed is the first word that reads as a finite verb in the past ("signed", "fell"), or the
participle after an auxiliary ("has died", "will sign"). A sentence that opens on a
quotation, a clause or a pronoun, whose verb is one of speech ("said") or of being
("was"), or one that takes its meaning from its object ("took", "made"), has no deed.
"""

from __future__ import annotations

import re

from ._frame import SPEECH_VERBS, WEEKDAYS
from ._languages import stemmer
from ._verbless import VERBS

__all__ = ["DOER_WORDS", "deed"]

#: Most words between the sentence's start and its verb, appositions set aside: a
#: longer opening is a clause this reading does not follow.
DOER_WORDS = 12

# An apposition after the doer, between commas: at most this many words.
_APPOSITION_WORDS = 14


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(
    r"[^\W\d_][\w'\u2019.-]*|\d+(?:[.,]\d+)*%?|[,;:()\[\]\"\u201c\u201d\u2014\u2013]"
)
# A label or a dateline before the news, a few words up to a colon or a dash.
_LABEL = re.compile(r"^[^.:\u2014\u2013\"\u201c]{1,40}?(?::|\s[\u2014\u2013]|\s--)\s+")
_LABEL_WORDS = 5
# A doer: a word of letters, an apostrophe or a hyphen inside ("o'hara", "ode-brandt").
_NAME = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_AUXILIARIES = _words(
    "am is are was were be been being has have had do does did will would can could may"
    " might must shall should"
)
# The auxiliaries a bare verb follows ("will sign", "did not sign"); the others ask for
# a participle ("has signed", "was fired").
_BEFORE_BARE = _words("do does did will would can could may might must shall should")
# Words that open a clause before the news: "When the pier closed, Ode resigned."
_CLAUSE_OPENERS = _words(
    "when after before as while if although though because since once until unless"
    " despite amid following with without"
)
# Words between an auxiliary and its participle ("has also signed", "will not sign").
_BETWEEN = _words("not also again now still already just never finally formally")
# Verbs whose meaning lies in what follows them ("took office", "took to the streets",
# "made history"): the same verb is no evidence of the same deed.
_LIGHT = _words(
    "take took taken make made get got gotten give gave given come came go went gone put set"
    " let keep kept hold held seem seemed appear appeared become became remain remained"
    " begin began want wanted need needed try tried use used"
)
# Words that end the doer: a preposition, a relative or a conjunction ("Ada Ode of Kessel",
# "the ferry that sank", "Ode and Brandt").
_AFTER_DOER = _words(
    "of on in at for from with by near after before during since about over under into"
    " who whom whose that which and or but as than"
)
_PRONOUNS = _words("i we you he she it they this that these those there here who what one someone")
_DETERMINERS = _words("a an the his her its their our my your this that these those")


def deed(text: str) -> tuple[str, str] | None:
    """The doer and the deed's stem that ``text`` opens on, in lower case; ``None`` if unread.

    Example:
        >>> deed("Gov. Ada Ode, a Republican, on Monday signed a bill to close the pier.")
        ('ode', 'sign')
        >>> deed("Governor Ada Ode signed a law that closes the old pier.")
        ('ode', 'sign')
        >>> deed("The Kessel ferry has run aground off the harbour wall.")
        ('ferry', 'run')
        >>> deed("Ada Ode said the pier would close.") is None
        True
    """
    text = re.sub(r"\([^()]*\)", " ", text)  # "(R-Ky.)", "(pictured)"
    label = _LABEL.match(text)
    if label and len(label.group(0).split()) <= _LABEL_WORDS:
        text = text[label.end() :]
    tokens = _WORD.findall(text)
    if not tokens or tokens[0].lower() in _CLAUSE_OPENERS:
        return None
    zone: list[str] = []  # the words before the verb, appositions set aside
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token == ",":
            close = _next_comma(tokens, at)
            if close is None or not zone:
                return None
            at = close + 1
            continue
        if not token[0].isalnum():
            return None  # a quotation, a dash or a colon: no plain opening
        word = token.lower()
        if zone and token[0].islower():
            verb = _verb(tokens, at)
            if verb is not None:
                return _reading(zone, verb)
            if word in _AUXILIARIES:
                return None  # "has until ...": the verb, with no deed after it
        if word not in _BETWEEN and not (token[0].islower() and word.endswith("ly")):
            zone.append(token)  # "The board also voted", "Ode quickly signed": no doer
        if len(zone) > DOER_WORDS:
            return None
        at += 1
    return None


def _next_comma(tokens: list[str], at: int) -> int | None:
    """The comma that closes an apposition opened at ``at``, or ``None``."""
    for later in range(at + 1, min(len(tokens), at + 2 + _APPOSITION_WORDS)):
        if tokens[later] == ",":
            return later
        if not tokens[later][0].isalnum():
            return None
    return None


def _verb(tokens: list[str], at: int) -> str | None:
    """The deed if ``tokens[at]`` opens the verb: itself, or the participle after it."""
    word = tokens[at].lower()
    if word in _AUXILIARIES:
        bare = word in _BEFORE_BARE
        for later in tokens[at + 1 : at + 5]:
            if not later[0].isalpha() or not later[0].islower():
                return None
            if later in _BETWEEN or later.endswith("ly"):
                continue
            if later in _AUXILIARIES:  # "has been charged", "will be sentenced"
                if later in _BEFORE_BARE:
                    return None  # "will do her best": "do" is the verb, its meaning after it
                bare = False
                continue
            return later if bare or _past(later) or later in VERBS else None
        return None
    if word in VERBS or _past(word):
        previous = tokens[at - 1].lower()
        # "the embattled mayor", "the board's revised plan": a participle as an adjective
        if previous in _DETERMINERS or previous.endswith(("'s", "\u2019s")):
            return None
        return word
    return None


def _past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def _reading(zone: list[str], verb: str) -> tuple[str, str] | None:
    """The doer of ``zone`` (the last word before what ends it) and the verb's stem."""
    if verb in SPEECH_VERBS or verb in _AUXILIARIES or verb in _LIGHT:
        return None
    head: list[str] = []
    for word in zone:
        if head and word.lower() in _AFTER_DOER:
            break
        head.append(word)
    while head and head[-1].lower().rstrip(".") in WEEKDAYS:
        head.pop()  # "The council on Monday", once "on" is cut: no day is a doer
    if not head:
        return None
    doer = head[-1].lower()
    if doer.endswith(("'s", "\u2019s")):
        doer = doer[:-2]
    doer = doer.rstrip(".")
    if doer in _PRONOUNS or not _NAME.fullmatch(doer):
        return None
    return doer, stemmer("english")(verb)
