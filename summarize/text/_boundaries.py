"""Where a sentence ends besides Punkt's breaks, and which of all the breaks to keep.

In text/, used by :mod:`summarize.text._segment`: the words that matter at a full stop
(titles, abbreviations), the cuts added to Punkt's (final abbreviations, a final letter;
those at ellipses in :mod:`._ellipses`, between sentences glued without a space in
:mod:`._glued`) and the test each cut must pass.
"""

from __future__ import annotations

import re

from ._ellipses import ellipsis_cuts
from ._frame import SPEECH_VERBS
from ._glued import glued_cuts
from ._languages import ABBREVIATIONS_BY_LANGUAGE, ORDINAL_MONTHS, TITLES_BY_LANGUAGE
from ._lists import BULLETS
from ._marks import CLOSERS, OPENERS, RUN_ON_WORDS, last_word, words
from ._punkt import SENTENCE_STARTERS
from ._verbless import VERBS

__all__ = [
    "ABBREVIATIONS",
    "CLOSERS",
    "CLOSERS_AT_CUT",
    "OPENERS",
    "RUN_ON_WORDS",
    "TITLES",
    "first_word",
    "is_abbreviation",
    "is_boundary",
    "last_word",
    "rule_cuts",
    "words",
]


#: Words written before a name that never end a sentence (lower case, no final period),
#: those of every supported language (see :mod:`summarize.text._languages`) included.
_NAME_TITLES = (
    "mr mrs ms mx messrs mmes dr prof gen lt col sgt capt cpl pvt maj adm cmdr brig "
    "rev fr sen rep gov pres supt insp det hon amb atty sens reps govs drs profs del "
    "asst msgr ald spc ens rt treas"
)
TITLES: frozenset[str] = words(_NAME_TITLES + " e.g i.e vs v cf viz a.k.a aka").union(
    *TITLES_BY_LANGUAGE.values()
)

#: Abbreviations Punkt knows by default (lower case, no final period); titles included.
ABBREVIATIONS: frozenset[str] = TITLES | words(
    "st jr sr esq "  # after names and saints
    "jan feb mar apr jun jul aug sep sept oct nov dec tue tues wed thu thur thurs fri "
    "u.s u.s.a u.k u.n e.u u.a.e d.c a.m p.m ph.d m.d b.a m.a "
    "etc al approx ca est assoc sec dir mgr exec dist "
    "inc ltd corp co llc plc bros dept univ assn ave blvd rd mt ft lb lbs oz"
).union(*ABBREVIATIONS_BY_LANGUAGE.values())

_DATE_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b"
)
_FINAL_ABBREVIATION_BREAK = re.compile(  # "Acme Inc. Analysts said", not "5 p.m. Monday in"
    # or a month's: "arrived in Sept. Ivo Brandt left"
    r"\.(?:(?<=(?<![\w.])Co\.)|(?<=(?<![\w.])(?:Inc|Ltd|LLC|Plc|PLC|etc|[ap]\.m|[AP]\.M)\.)"
    r"|(?<=(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)"
    f"|(?<=(?<![\\w.])(?:Corp|Bros|Sept)\\.))[{CLOSERS}]*\\s+"
    # a word then one in lower case, not a time zone: "8 p.m. Moscow time" goes on
    f"(?=(?!{_DATE_WORD})[A-Z][a-z]+\\s+(?!time\\b)[a-z]"
    # or a name of two words then one in lower case: "at 4 a.m. Ada Ode was waiting"
    # (not a date, a zone or a feast: "p.m. Eastern Time on", "p.m. Christmas Day and")
    f"|(?!{_DATE_WORD})[A-Z][a-z]+\\s+(?!{_DATE_WORD}|(?:Time|Day|Eve|Night)\\b)"
    r"[A-Z][a-z]+\s+(?!time\b)[a-z]"
    # or a title and a name: "at 9 P.M. Mr. Lee then went"
    r"|(?=[A-Z])(?i:" + "|".join(_NAME_TITLES.split()) + r")\.?\s+[A-Z])"
)
# A time or a month that a word such as "the" makes a modifier: "the 8 p.m. Kessel
# ferry", "the Oct. Kessel vote".
_MODIFYING_TIME = re.compile(
    r"(?<![\w-])(?:the|a|an|this|that|each|every|its|their|his|her|our|your)"
    r"\s+(?:[\d:.]+\s*[ap]\.m|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\Z",
    re.IGNORECASE,
)
# A time that opens a sentence ("At 6 a.m. Mr. Lee opened") is not one.
_OPENING_TIME = re.compile(
    r"(?:(?:shortly|just|soon)\s+)?(?:at|by|until|till|before|after|around|about|from|since)"
    r"\s+[\d:.]+\s*[ap]\.m\.",
    re.IGNORECASE,
)
_LETTER_BREAK = re.compile(  # "you and I. Did", "reached 40 C. Crops" (not "12 W. Elm St.")
    # "a grade of D. Inspectors" (a letter after a word in lower case: see _GRADED)
    f"\\.(?:(?<=[a-z] [A-Z]\\.)|(?<=\\d [A-DF-MO-RT-VX-Z]\\.))[{CLOSERS}]*\\s+"
    "(?=[\"'\u2018\u201c]?[A-Z])"
)
# A letter that is a grade, a rating or a plan, not an initial, where a sentence may end
# on it: after such a word ("a grade of D.", "rated C.", "Plan B.") or after "a" or "an"
# ("earned a B."); not "by J. Brandt", "the survey of A. Ode" nor a middle initial
# ("Mark A. Brandt": the words are matched in their case).
_GRADED = re.compile(
    r"(?<![\w-])(?:(?:grade|rating|rated|score|class|type|category|tier|level|plan|route|option"
    r"|vitamin|Grade|Class|Type|Category|Tier|Level|Plan|Route|Option)(?:\s+of)?|an?)\s+\Z"
)
# A country's abbreviation that ends a sentence as the object of a preposition ("flew
# back to the U.S. Currently ...", "a tour in the U.K. Tickets go ..."): the next word is
# no part of a name (not "the U.S. Embassy in", "to the U.S. Virgin Islands") when it is
# an adverb in "-ly", or a plural and then its verb (not "for the U.S. Marines said": a
# preposition such as "for" or "by" leads to those who speak).
_COUNTRY_BREAK = re.compile(
    f"\\.(?<=(?<![\\w./])(?:U\\.S|U\\.K|U\\.N|E\\.U)\\.)[{CLOSERS}]*\\s+"
    r"(?=([A-Z][a-z]+)\s+([a-z]+))"
)
_INTO_THE = re.compile(
    r"(?<![\w-])(?:to|in|into|from|against|across|throughout|within|outside|inside|around)"
    r"\s+the\s+\Z",
    re.IGNORECASE,
)
_ADVERB = re.compile(r"[A-Z][a-z]{2,}ly")  # "Currently", "Fully"
_PLURAL = re.compile(r"[A-Z][a-z]*[^\Wsui]s")  # "Tickets", "Fares"; not "Press", "Campus"
# An abbreviation's stop that a quotation mark closes, then a capital: the quotation and
# its sentence end there ('"He moved to the U.S." Then he bought', '... Kessel Inc." Ode').
_QUOTED_ABBREVIATION_BREAK = re.compile(
    "\\.(?<=\\w\\.)[\"\u201d\u2019']+\\s+(?=[\"'\u2018\u201c]?[A-Z])"
)
# "I" the pronoun, not an initial, where a sentence may end on it: after "than" or
# after a pronoun and "and", "or" or "nor" ("you and I", not "Ada Ode and I. Brandt").
_PRONOUN_I = re.compile(
    r"(?<![\w-])(?:than|(?:you|he|she|we|they|me|him|her|us|them)\s+(?:and|or|nor))\s+\Z",
    re.IGNORECASE,
)
# Footnote marks after a sentence's stop, then the next sentence or the paragraph's end ("in
# 1912.[4] The parish", "rose 5%.[a][b] Fares"): the marks are the ending sentence's, the
# break comes after them.
_FOOTNOTE_BREAK = re.compile(
    f"[.?!][{CLOSERS}]*?(?:\\[(?:\\d{{1,3}}|[a-z])\\])+(?:\\s+(?=[\"'\u2018\u201c]?[A-Z])|\\s*$)"
)
# What moves a cut or removes it.
CLOSERS_AT_CUT = re.compile(f"[{CLOSERS}]*(?=\\s|$)\\s*")
_NO_START = frozenset(",;:)]}%?!")  # characters that cannot open a sentence
# Marks that close a quotation or a bracket, then a comma: the sentence goes on.
_CLOSED_IN_SENTENCE = re.compile(f"[{CLOSERS}]+[,;:]")
_LIST_MARKER = re.compile(  # "1.", "(a)", "iv.", "1.)", "\u2022 3."
    f"(?:[{BULLETS}]\\s*)?\\(?(?:\\d{{1,3}}|[A-Za-z]|[ivxIVX]{{1,5}})(?:\\.\\)|[.)])"
)
_WORDLIKE = re.compile(r"\w")
_CREDIT = re.compile(r"\([^().?!]*\)\s*\Z")  # "(Associated Press)" closing a paragraph
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_LETTER_BRAND = re.compile(r"[A-Z]!")  # a capital letter and "!" inside a sentence: "E! News"
_NEXT_INITIAL = re.compile(r"[A-Z]\.(?:\s|[A-Z]|$)")
_NEXT_WORD = re.compile(f"[\\s{OPENERS}{CLOSERS}]*([^\\W\\d_][\\w'\u2019-]*)")
# A dash and a word in lower case: the sentence goes on ("(D-Kessel) -- all of whom ...").
_DASH_GOES_ON = re.compile(f"(?:--|[\u2013\u2014])[{CLOSERS}]*\\s*[a-z]")
_PLAIN_STOP = re.compile(r"[^\W\d_]+\.")  # a word and its full stop: "seat.", not "9." or "N.Y."
# Before a number, in any case: "No. 10", "nos. 3 and 4", "N\u00b0. 12", "Nr. 4", a
# paper's pointers to its references, figures and equations: "(ref. 23)", "figs. 2, 3",
# and the short words of a gazetteer, a phone list, a date or a price: "(pop. 4,000)",
# "ext. 24", "para. 4", "c. 1900", "Rs. 500", "(b. 1950)", "(d. 2001)".
_NUMBERED = words(
    "no. nos. n\u00b0. n\u00ba. nr. vol. pp. p. fig. figs. art. ch. sec. ref. refs. eq. eqs. "
    "pop. ext. para. paras. c. rs. b. d."
)
# A bill's or a resolution's designation, initials and short abbreviations before its
# number: "H. Res. 601", "S. Con. Res. 14", "H. J. Res. 7" (an initial first: "Wind. 75 years
# later" is two sentences).
_DESIGNATION = re.compile(r"(?<![\w.])[A-Z]\.(?:[ \t]*[A-Z][a-z]{0,3}\.)+[ \t]*(?=\d)")
_SHORT_CAPITAL = re.compile(r"[A-Z][a-z]{0,3}\.")
_DESIGNATION_REACH = 40  # characters a designation may reach on either side of a cut in it
_QUOTED_QUESTION = re.compile(f"[?!\u061f][{CLOSERS}]+$")
_ORDINAL = re.compile(r"\d{1,2}\.")  # a day before its month: "am 3. Oktober"
# The mark that opens a quotation, by the mark that closes it, and how far back it is sought.
_OPENING_OF = {'"': '"', "'": "'", "\u201d": "\u201c", "\u2019": "\u2018", "\xbb": "\xab"}
_QUOTE_REACH = 400
# A name and a speech verb after a quoted question: '"Why?" Ada P. Ode jokes.' goes on;
# not one that opens a quote of its own: '"Why?" Ada Ode answered: "..."'.
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:"
    + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r")\b(?![ \t]*:)"
)


def first_word(text: str, start: int) -> int:
    """Return where the first word character at or after ``start`` is (``len(text)`` if none)."""
    match = _WORDLIKE.search(text, start)
    return match.start() if match else len(text)


def is_abbreviation(word: str, known: frozenset[str]) -> bool:
    """Tell whether ``word`` is one of ``known`` (lower case, no stop) with its stop."""
    word = word.lower()
    return word.endswith(".") and (word[:-1] in known or word[:-1].split("-")[-1] in known)


def _verb(word: str) -> bool:
    """Whether a word in lower case reads as a verb: a common one, or a past in "-ed"."""
    return word in VERBS or word.endswith("ed")


def rule_cuts(text: str, cuts: set[int]) -> None:
    """Add to ``cuts`` the breaks Punkt misses in one paragraph.

    A break after an ellipsis followed by a capital letter (see
    :func:`._ellipses.ellipsis_cuts`), after a company's, a time's or a month's final
    abbreviation ("Acme Inc. Analysts said", "at 4 a.m. Ada Ode was", not "the 8
    p.m. Kessel ferry"), after "I", a unit's or a grade's letter ending a sentence ("you
    and I. Did", "40 C. Crops", "a grade of D. Inspectors"), after a country's
    abbreviation that a preposition leads to, before an adverb or a plural and its verb
    ("flew to the U.S. Currently", "a tour of the U.K. Tickets go"), after the footnote
    marks that follow a sentence's stop ("in 1912.[4] The"), and where a full stop is followed by
    a capital with no space ("ended.The"; after the marks that close it: 'much."We')
    unless the word is an address ("www.Example.com", "Anna.Berg@Example.com").
    """
    ellipsis_cuts(text, cuts)
    for match in _FINAL_ABBREVIATION_BREAK.finditer(text):
        if not _MODIFYING_TIME.search(text, max(0, match.start() - 30), match.start() + 1):
            cuts.add(match.end())
    cuts.update(match.end() for match in _QUOTED_ABBREVIATION_BREAK.finditer(text))
    if "[" in text:
        for match in _FOOTNOTE_BREAK.finditer(text):  # not before the marks: after them
            cuts.difference_update(range(match.start() + 1, match.end()))
            cuts.add(match.end())
    for match in _LETTER_BREAK.finditer(text):
        stop = match.start()
        if text[stop - 3].isdigit() or (  # "40 C. Crops"
            _PRONOUN_I.search(text, max(0, stop - 30), stop - 1)
            if text[stop - 1] == "I"  # "you and I. Did", not "Carl I. Brandt" nor "by I. Brandt"
            else _GRADED.search(text, max(0, stop - 30), stop - 1)  # "a grade of D. Inspectors"
        ):
            cuts.add(match.end())
    for match in _COUNTRY_BREAK.finditer(text):
        if _INTO_THE.search(text, max(0, match.start() - 33), match.start() - 3) and (
            _ADVERB.fullmatch(match.group(1))
            or (_PLURAL.fullmatch(match.group(1)) and _verb(match.group(2)))
        ):
            cuts.add(match.end())  # "to the U.K. Tickets go", "to the U.S. Currently"
    glued_cuts(text, cuts)


def is_boundary(text: str, start: int, cut: int, abbreviations: frozenset[str]) -> bool:
    """Tell whether the sentence ``text[start:cut]`` (which has a word) ends at ``cut``.

    Never a break after a title ("Gen. Ada Okafor", "Mr. Trump"), between
    initials ("J. K. Rowling", "J.K. Rowling"), before a lower-case word
    (``"Why?" he asked``), after a known abbreviation that a slash joins to a word ("the
    Kessel/U.S. Combined Command"), after "No." or an acronym no one knows before a number ("H.R.
    3684"), inside a designation ("S. Con. Res. 14"), or after a bare list
    marker; ``"Why?" Smith asked`` stays whole too (not ``He asked, "Why?" Smith
    said``). ``abbreviations`` are the segmenter's.

    The sentence is never copied: a paragraph in which most candidate breaks
    are refused would otherwise cost the square of its length.
    """
    end = cut
    while end > start and text[end - 1].isspace():
        end -= 1
    if _LIST_MARKER.fullmatch(text, start, end) or _OPENING_TIME.fullmatch(text, start, end):
        return False  # a bare list marker: "1."; a time that opens a sentence: "At 6 a.m."
    if text[cut] in _NO_START or _CREDIT.match(text, cut) or _CLOSED_IN_SENTENCE.match(text, cut):
        return False  # "(D-Conn.), telling", "... (Associated Press)", 'named "Ode II.", sank'
    word = last_word(text, start, end)
    following = _NEXT_WORD.match(text, cut)
    if following:
        after = following.group(1)
        if after[0].islower() and not (len(after) > 1 and after[1].isupper()):
            return False  # "Why?" he asked. (but not before "iPhone")
        if _ORDINAL.fullmatch(word) and after.lower() in ORDINAL_MONTHS:
            return False  # am 3. Oktober
        if (
            _DOTTED.fullmatch(word)
            and after.lower() not in SENTENCE_STARTERS
            and not is_abbreviation(word, abbreviations)
        ):
            return False  # J.K. Rowling
        if (
            "/" in word
            and after.lower() not in SENTENCE_STARTERS
            and is_abbreviation(word.rsplit("/", 1)[1], abbreviations)
        ):
            return False  # "the Kessel/U.S. Combined Command": an abbreviation after a slash
    if is_abbreviation(word, TITLES):
        return False  # Gen. Ada Okafor
    if _LETTER_BRAND.fullmatch(word) and end - start > len(word):
        return False  # "she told E! News": a name, not a letter exclaimed
    if _DASH_GOES_ON.match(text, cut) and (
        not _PLAIN_STOP.fullmatch(word) or is_abbreviation(word, abbreviations)
    ):
        return False  # "(D-Kessel) -- all of whom", "N.Y. \u2014 and", '?" \u2014 a word' (not
        # after a plain word's stop: "was sad. \u2014 ada (@ada)" signs a post)
    if _INITIAL.fullmatch(word) and (_NEXT_INITIAL.match(text, cut) or text[cut].isdigit()):
        return False  # J. A. Smith, W. 37th St.
    if text[cut].isdigit() and (
        word.lower() in _NUMBERED
        or (_DOTTED.fullmatch(word) and not is_abbreviation(word, abbreviations))
    ):
        return False  # No. 10, N\u00b0. 12, H.R. 3684 (not "the U.S. 2 ...")
    if _SHORT_CAPITAL.fullmatch(word) and _designated(text, start, cut):
        return False  # H. Res. 601, S. Con. Res. 14
    return not (
        _QUOTED_QUESTION.search(word)
        and _ATTRIBUTION.match(text, cut)
        and not _led_in(text, start, end - len(word) + len(word.rstrip(CLOSERS)) - 1, end)
    )


def _led_in(text: str, start: int, mark: int, end: int) -> bool:
    """Whether words of the sentence come before the quotation its question closes.

    The question mark is at ``mark``, the marks after it end at ``end``, the last of
    them closing the outermost quotation. 'He asked, "Is it safe?" She said' has words
    before it, so what follows is a sentence of its own; '"Is it safe?" Ode asked' and
    a question quoted inside a quotation that opens the sentence have none. The
    opening mark is looked for within ``_QUOTE_REACH`` characters; not found (a
    quotation of several sentences), there are none.
    """
    closing = text[end - 1]
    opening = _OPENING_OF.get(closing)
    if opening is None:
        return False
    position = mark
    while True:
        position = text.rfind(opening, max(start, mark - _QUOTE_REACH), position)
        if position < 0:
            return False
        if not (  # an apostrophe inside a word ("isn't") opens nothing
            opening == "'"
            and text[position - 1 : position].isalpha()
            and text[position + 1].isalpha()
        ):
            return _WORDLIKE.search(text, start, position) is not None


def _designated(text: str, start: int, cut: int) -> bool:
    """Whether ``cut`` falls inside a designation and its number ("S. Con. | Res. 14")."""
    lo, hi = max(start, cut - _DESIGNATION_REACH), cut + _DESIGNATION_REACH
    return any(found.start() < cut <= found.end() for found in _DESIGNATION.finditer(text, lo, hi))
