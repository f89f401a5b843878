"""The vocabulary of an attribution: tokens, speech verbs, titles and clause ends.

In analysis/: the word lists and token tests that :mod:`summarize.analysis._speaker_phrases`
reads names with, and that :mod:`summarize.analysis._speakers`, ``_subjects`` and
``_roles`` share. Each test reads a word or a stretch of text once.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from .._regexes import possessive
from ..text._frame import SPEECH_VERBS, SPOKEN_TITLES, WEEKDAYS

__all__ = [
    "BOUNDARY",
    "ENDS",
    "GOES",
    "LINKS",
    "PRONOUNS",
    "TIME",
    "TITLES",
    "VERBS",
    "Said",
    "Tokens",
    "abbreviated",
    "after_verb",
    "capital",
    "cue",
    "ends_at",
    "goes_on",
    "is_word",
    "may_cue",
    "may_title",
    "saint",
    "tokens",
    "word_set",
]


def word_set(spaced: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(spaced.split())


# Each piece can be matched one way only (possessive: see summarize._regexes).
# An underscore with a space before and after it (or the text's end): a dash in wire copy.
_DASH_UNDERSCORE = re.compile(r"\s_(?:\s|$)")
_TOKEN = possessive(r"\w++(?:(?:['\u2019]|[.\-](?=\w)|\.(?=-))\w*+)*+|\S")


# The speech verbs, days and titles are those of text/ (summarize.text._frame), which marks
# them in the vectors too; and verbs that report words only beside a quote, which the
# vectors leave alone: lyrics rapped or sung ("Ode raps"), an account given ("Ode detailed"),
# a point made plain or a joke ("Ode clarified", "Ode teased in her monologue"), a judge's
# words in a ruling ('"...," Judge Ode ruled'), a claim in a suit ('the lawsuit alleges'),
# a claim held against doubt ('"...," Brandt asserted', 'Ode contends'), a text's words
# ('the letter reads': whose the letter is, see analysis._documents).
VERBS = SPEECH_VERBS | word_set(
    "rapped raps sang sings detailed suggested clarified clarifies teased teases ruled alleges"
    " asserted asserts contended contends reads"
)
# Speech verbs after "goes on to" or "went on to", whose subject is that of "goes".
_ON_TO = word_set("say add note write explain state")
GOES = word_set("go goes going gone went")
# Verbs that report speech only with their particle: "Ode points out", "as Ode pointed out,"
# (not "the points", "pointed a gun"); the particle belongs to the verb (see after_verb).
_WITH_OUT = word_set("point points pointed")
# Speech verbs that are nouns too: a verb only where no possessive, article or "of"
# stands before them ("Ode remarks", not "Lincoln's remarks" or "a series of jokes").
_NOUNS_TOO = word_set("remarks notes jokes")
# Speech verbs that are adjectives too: a verb only where no possessive or article stands
# before them and no lower-case word but "that" or a preposition after them ("Ode predicted
# that", "Ode predicted, ...", not "the predicted rise" or "gave predicted totals").
_ADJECTIVES_TOO = word_set("predicted predicts")
# Words that describe a noun between a possessive or an article and "remarks" or "notes".
_DESCRIBING = word_set("brief short long own first last public recent latest new prepared few")
_AFTER_A_VERB = word_set("that in at on from to about for during before after last this")
_BEFORE_A_NOUN = word_set("the a an his her their its our my your of these those")


def _verb_pattern() -> re.Pattern[str]:
    """The speech verbs as written, and "according" in any case, grouped by first letter.

    Grouping spares the engine most alternatives at a letter no verb starts with.
    """
    rests: dict[str, list[str]] = {}
    for verb in sorted(VERBS | _WITH_OUT, key=len, reverse=True):
        rests.setdefault(verb[0], []).append(re.escape(verb[1:]))
    groups = [f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(rests.items())]
    return re.compile("|".join([*groups, "(?i:according)"]))


_MAY_CUE = _verb_pattern()
BOUNDARY = VERBS | word_set(
    "that and but or nor while as because when whenever after before if which who whom whose"
    " where so then than since although though until unless whether once"
)
TIME = WEEKDAYS
PRONOUNS = word_set("he she they we i it you")
# Ranks abbreviated before a name that the text's frame words need not hold.
TITLES = SPOKEN_TITLES | word_set("brig cpl pvt cmdr det insp supt")
# Titles that are titles only with their stop: "Del." (a delegate), not "del" or "Del" in a
# name ("Ada del Ode", "Ada Del Ode").
_DOTTED_TITLES = word_set("Del")
# A title as `capital` reads one: a capital first ("K", the Kelvin sign, lower-cases to "k"),
# any case after (re's IGNORECASE matches every character whose lower case is the letter).
_MAY_TITLE = re.compile(
    "(?=[A-Z\u212a])(?i:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")"
)
_PARTICLES = word_set("al el bin ibn abu")  # joined to a family name by a hyphen
LINKS = word_set("of al bin ibn abu de da di del van von der den du la le el")
_NOT_NAMES = word_set(
    "The A An But And Or In On At For Of To From With By As After Before When While If So Then"
    " This That These Those It He She They We I You His Her Their Our Its My There Here Also"
    " However Meanwhile Still Yet Now Later Earlier Although Though Because Since Even"
    " Nevertheless Instead Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today"
    " Yesterday"
)
# What ends a clause: these marks and the quotation marks summarize.analysis._quotes reads.
ENDS = frozenset(';.!?"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u201a\u2018\u2019')


class Said(NamedTuple):
    """An attribution: who (None when the article does not say), where, and how."""

    speaker: str | None
    start: int
    end: int
    pronoun: bool  # "he" or "she", still to resolve


Tokens = list[tuple[int, int, str]]


def tokens(text: str, lo: int, hi: int, most: int | None = None) -> Tokens:
    """The first ``most`` (or all) tokens of text[lo:hi], as (start, end, token).

    A word keeps its inner apostrophes, dots and hyphens ("it's", "U.S.-backed");
    any other character is a token of its own. An underscore set apart by spaces, which
    wire copy writes for a dash ("The plan _ which the board backed _ was"), is the
    token of a dash.
    """
    found = _TOKEN.finditer(text, lo, hi)
    toks: Tokens = []
    for match in found if most is None else islice(found, most):
        start, end = match.span()  # one call for both ends, the token sliced from the text
        word = text[start:end]
        if word == "_" and _DASH_UNDERSCORE.match(text, start - 1):
            word = "\u2014"
        toks.append((start, end, word))
    return toks


def may_cue(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] may hold a speech verb or "according"; False proves it holds none.

    A search of the text, much cheaper than its tokens: a stretch without it gives
    no attribution, and need not be tokenised.
    """
    return _MAY_CUE.search(text, lo, hi) is not None


def may_title(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] may hold a title ("Gen.", "President"); False proves it holds none."""
    return _MAY_TITLE.search(text, lo, hi) is not None


def is_word(word: str) -> bool:
    """Whether a token is a word, not a mark."""
    return word[0].isalnum() or word[0] == "_"


def capital(word: str) -> bool:
    """Whether a word can be part of a name: capitalised, and not "The", "However", ...

    A particle joined to a capitalised word by a hyphen is capitalised too: "al-Thani",
    "el-Sadek" (as "Ada al-Ode" and "Ada el-Ode" write a family name).
    """
    if word[0].isupper():
        return word not in _NOT_NAMES
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in _PARTICLES and rest[:1].isupper()


def abbreviated(word: str) -> bool:
    """Whether a dot after ``word`` is an abbreviation's: "Gen.", "Dr.", an initial, "N.C."."""
    return (
        word.lower() in TITLES
        or word in _DOTTED_TITLES
        or (len(word) == 1 and word.isupper())
        or _DOTTED.fullmatch(word) is not None
    )


_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "N.C", "U.S": the last dot comes apart


# A form of "be" before a speech verb's participle makes it passive.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def cue(toks: Tokens, k: int) -> bool:
    """Whether token k is a speech verb with a subject ("said", not "to say").

    A verb after "to" has no subject ("to say"), but after "goes on to" or "went on
    to" it has that of "goes" ("The statement goes on to say"); "remarks", "notes" and "jokes"
    after a possessive, an article, "of" or a compound are nouns ("Lincoln's remarks",
    "post-it notes", "a series of jokes"), and so is "predicted" there or before a
    lower-case word other than "that" or a preposition ("gave predicted totals");
    "points out" and "pointed out" speak with their particle only ("Ode points out",
    not "three points"); after a form of "be" a participle is passive, its subject
    spoken of or to ("was added", "were told"), but "was saying" speaks, and one who
    "was asked" is the one who answers next ('Ode was asked about it. "No," she said.').
    """
    word = toks[k][2]
    if k and toks[k - 1][2] == "to":
        return word in _ON_TO and goes_on(toks, k - 1)
    if k and toks[k - 1][2].lower() in _BE and word != "asked" and not word.endswith("ing"):
        return False  # "King Day was added in 1983", "Ode was told": spoken of or to, not speaking
    if word in _WITH_OUT:
        return k + 1 < len(toks) and toks[k + 1][2] == "out"
    if word not in VERBS:
        return False
    if word not in _NOUNS_TOO | _ADJECTIVES_TOO:
        return True
    after = toks[k + 1][2] if k + 1 < len(toks) else ""
    if word in _ADJECTIVES_TOO and after.islower() and after not in _AFTER_A_VERB:
        return False  # "the models gave predicted totals": an adjective
    if not k:
        return True
    before = toks[k - 1][2].lower()  # "Lincoln's remarks", "post-it notes": nouns
    described = before in _DESCRIBING or before.endswith(("ing", "al"))
    if described and k > 1 and toks[k - 2][2].lower() in _BEFORE_A_NOUN:
        return False  # "in his opening remarks", "the final notes": a noun
    return before not in _BEFORE_A_NOUN and "-" not in before and not _POSSESSIVE.search(before)


_POSSESSIVE = re.compile("(?:['\u2019]s|s['\u2019])$")


def goes_on(toks: Tokens, k: int) -> bool:
    """Whether token k is the "to" of "goes on to" or "went on to" (before a verb)."""
    return k >= 2 and toks[k - 1][2] == "on" and toks[k - 2][2].lower() in GOES


def after_verb(toks: Tokens, k: int) -> int:
    """The token after the speech verb at k, its particle passed: "points out Ode" gives Ode's."""
    return k + 2 if toks[k][2] in _WITH_OUT else k + 1


def saint(toks: Tokens, k: int, lo: int, hi: int) -> bool:
    """Whether the dot at k is that of "St." inside a name: "Ada St. Clair", one word after it.

    A name before it, not after a word of place ("on Main St. Ode said": a street), and
    one capitalised word after it, then no other ("Main St. Ada Ode": a street, a name).
    """
    return (
        toks[k - 1][2] in _SAINT
        and k - 1 > lo
        and capital(toks[k - 2][2])
        and not (k - 2 > lo and toks[k - 3][2] in _STREET_BEFORE)
        and k + 1 < hi
        and capital(toks[k + 1][2])
        and not (k + 2 < hi and capital(toks[k + 2][2]))
    )


_SAINT = word_set("St Ste")
_MONTHS = word_set("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")  # before a day
_SUFFIXES = word_set("Jr Sr Inc Co Corp Ltd")  # a stop of their own before a lower-case word
_STREET_BEFORE = word_set("on at in from near to off along down up")


def ends_at(toks: Tokens, k: int) -> bool:
    """Whether token k ends a clause (; . ! ? or a quote mark, but not the dot of "Gen.").

    Nor a dot right before a comma: "Ada Ode, R-Ore., said", nor that of "Jr." or "Inc."
    before a word in lower case ("at Ode's Jr. and Brandt's"), nor that of a month
    before its day ("on Feb. 28 pledged").
    """
    word = toks[k][2]
    if word == "." and k and toks[k - 1][1] == toks[k][0]:
        comma = k + 1 < len(toks) and toks[k + 1][2] == "," and toks[k + 1][0] == toks[k][1]
        lower = k + 1 < len(toks) and toks[k + 1][2].islower()  # "Ode's Jr. and"
        suffix = lower and toks[k - 1][2] in _SUFFIXES
        day = k + 1 < len(toks) and toks[k + 1][2][:1].isdigit()
        month = day and toks[k - 1][2] in _MONTHS  # "Feb. 28"
        return not (
            comma or suffix or month or abbreviated(toks[k - 1][2]) or saint(toks, k, 0, len(toks))
        )
    return word in ENDS
