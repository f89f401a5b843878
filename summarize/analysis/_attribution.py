"""The attribution after a quote: the words right after it, and those that close its sentence.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`tail` reads the attribution
after a quote ('"...," said X'), :func:`closing` one that closes the quote's sentence
further on, and :func:`credited` a source credited on the quote's line; the attribution
before a quote is read by :mod:`summarize.analysis._lead`. The words are read by
:mod:`summarize.analysis._speaker_phrases`; each function reads a bounded stretch of text.
"""

from __future__ import annotations

import re

import attrs

from . import _speaker_phrases as phrases
from ._speaker_phrases import Said
from ._speaker_subject import subject

__all__ = [
    "QuoteSpan",
    "closes",
    "closing",
    "credited",
    "cut_short",
    "ends_clause",
    "passive",
    "tail",
]

_TAIL = 40  # tokens read after a quote for its speaker (see _CLAUSE_REACH)
_DASHES = frozenset(",-\u2013\u2014")
_CLAUSE = frozenset(",.!?\u2026:;-\u2013\u2014")

# Tokens after a quote that ends a clause within which its speech verb is looked for:
# room for a speaker named with a role and a long description ('"...," the lead
# researcher, Ada Ode, a psychologist at the state university in Brennock, said').
_CLAUSE_REACH = 32
# Words that may follow the attribution that closes a quote's sentence (see _closing):
# "Ada Ode said Tuesday", "said Ada Ode on Tuesday night", "Ada Ode said in a statement".
_CLOSING_REST = phrases.TIME | phrases.word_set(
    "on last this late early earlier later night morning afternoon evening week in a an"
    " statement interview"
)
_RELAYING = phrases.word_set("reported reports")
# Whom "told" names at the end of a closing attribution (see _told).
_AUDIENCE = phrases.word_set("reporters journalists lawmakers")
_OBJECTS = phrases.word_set("him her them me us")
_OUTLET_LINKS = phrases.word_set("of the 's \u2019s")
_TO_SOMEONE = phrases.word_set("told tells asked asks")
# A passive verb of describing right before a quote, whose speaker follows "by":
# 'he was described as "irrelevant" by a spokesman'.
_BY = re.compile(r"[ \t]+by[ \t]")
_DESCRIBED = re.compile(r"(?<![\w-])(?:described|called|labell?ed|branded)(?: as)?[ \t]*$")
# A credit after a quote on its line: "Mirror", "- The Daily Post", "— Ada Ode".
# After a dash, the name may have what the person is, or what they spoke of, after a
# comma: "— Ada Ode, director of the Harbour Trust", "— Ada Ode, on the vote".
# On the next line, or past a blank one, only after a dash ("— Ada Ode, in a post, May
# 2"), where a party and state in brackets may follow the name ("— Sen. Ada Ode (H-Kes.)"),
# and a title of office may make it longer ("— Harbour Party National Committee Chair Ada Ode").
_CREDIT = re.compile(
    r"[ \t]*(?:(?:\n[ \t]*){1,2}(?=[-\u2013\u2014]))?(?:(?P<dash>[-\u2013\u2014]{1,2})[ \t]*)?"
    r"(?P<name>(?:The |the )?[A-Z][\w.&'\u2019-]*(?:[ \t]+(?:of|the|[A-Z][\w.&'\u2019-]*)){0,4}"
    r"(?(dash)(?:[ \t]+(?:of|the|[A-Z][\w.&'\u2019-]*)){0,3}))"
    r"(?(dash)(?:[ \t]+\([^()\n]{1,24}\))?(?:,[ \t]+[^,\n][^\n]{0,200})?)"
    r"[ \t]*(?:\n|$)"
)


# Verbs that name a text's words only after the text: "the letter reads", not "reads the
# long and detailed post", which no phrase reads whole.
_AFTER_ITS_TEXT = frozenset({"reads"})


@attrs.frozen
class QuoteSpan:
    """A paired quote, by offsets into its article's text.

    Attributes:
        open: Offset of the opening mark.
        start: Offset of the quoted words' first character.
        end: Offset one past their last character.
        close: Offset one past the closing mark (the paragraph's end for a quote that
            runs on into the next paragraph, which has none).
        paragraph: Number of the paragraph (run of consecutive sentences) it is in.

    Example:
        >>> span = QuoteSpan(open=0, start=1, end=7, close=8, paragraph=0)
        >>> '"Go on," said Ode.'[span.start : span.end]
        'Go on,'
    """

    open: int
    start: int
    end: int
    close: int
    paragraph: int


def credited(text: str, span: QuoteSpan) -> Said | None:
    """The source a quote that opens its line is credited to at the line's end.

    Reviews and reactions are often listed so: '"A brilliant performance."
    Mirror', '"Gripping." - The Daily Post'. The credit is a capitalised name of
    at most five words, maybe after a dash, that ends the line; not a line cut
    short ("Fox...", as scraped teasers end). After a dash, what the person is or
    what they spoke of may follow the name after a comma ('"..." — Ada Ode, director
    of the Harbour Trust', '"..." - Ada Ode, on the vote'); the role is read from
    there as from any apposition.
    """
    if text[: span.open].rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # the quote does not open its line
    credit = _CREDIT.match(text, span.close)
    if credit is None or credit.group("name").endswith(".."):  # "Fox...": a line cut short
        return None
    return Said(credit.group("name"), credit.start("name"), credit.end("name"), False)


def _last(text: str, span: QuoteSpan) -> str:
    """The quote's last character, past the marks of a quote that closes inside it.

    A comma or stop before the closing mark of a quote inside it ends the clause, as
    one before the quote's own closing mark does ("hold on to the end," in single marks).
    """
    return text[span.start : span.end].rstrip("'\"\u2019\u201d\u203a\u00bb")[-1:]


def ends_clause(text: str, span: QuoteSpan) -> bool:
    """Whether punctuation ends the quote or follows it: '"Never,"', '"never".'."""
    after = text[span.close : span.close + 40].lstrip()[:1]
    return _last(text, span) in _CLAUSE or after in _CLAUSE or not after


def passive(text: str, span: QuoteSpan) -> bool:
    """Whether a passive verb of describing introduces the quote and "by" follows it."""
    return bool(_BY.match(text, span.close)) and bool(
        _DESCRIBED.search(text, max(0, span.open - 30), span.open)
    )


def tail(text: str, span: QuoteSpan, hi: int) -> Said | None:
    """The attribution right after a quote: '"...," said X' or '"...," X said'.

    A quote a passive verb of describing introduces has its speaker after "by":
    'the plan was described as "a fantasy" by Ada Ode' (not "Ode" in "by Ode's
    lawyer"); such a quote is kept only if it reads as a statement (four words or
    more), as a quote with no speaker next to it is.
    """
    after = text[span.close : span.close + 40].lstrip()[:1]
    if not after or after in phrases.ENDS or after == ":":
        return None
    by = passive(text, span)
    if not by and not phrases.may_cue(text, span.close, hi):
        # each way below takes a speech verb, "according" or "described as", unless the
        # text is cut short before it
        return cut_short(text, span, hi)
    toks = phrases.tokens(text, span.close, hi, _TAIL)
    i, clause = 0, _last(text, span) in _CLAUSE
    while i < len(toks) and toks[i][2] in _DASHES:
        i, clause = i + 1, True
    if i == len(toks) or not phrases.is_word(toks[i][2]):
        return None
    who = None
    if toks[i][2].lower() == "according" and i + 1 < len(toks) and toks[i + 1][2] == "to":
        who = phrases.phrase_forward(text, toks, i + 2, len(toks))
        if not _CALLING.search(text, max(0, span.open - 80), span.open):
            who = _issued_by(text, toks, who) or who  # "according to a statement from the port"
    elif by and toks[i][2] == "by":
        who = phrases.phrase_forward(text, toks, i + 1, len(toks))  # 'described as "..." by X'
        if who is not None and text[who.start : who.end].endswith(("'s", "\u2019s")):
            who = None  # 'by Ode's lawyer': not Ode
    elif phrases.cue(toks, i) and toks[i][2] not in _AFTER_ITS_TEXT:
        who = phrases.phrase_forward(text, toks, phrases.after_verb(toks, i), len(toks))
    elif toks[i][2] in _AFTER_ITS_TEXT and clause:  # '"...," reads a statement from X'
        who = _issued_by(text, toks, phrases.phrase_forward(text, toks, i + 1, len(toks)))
    else:
        depth = 0  # inside parentheses: "Sen. Ada Ode (D-Ore.) said"
        for k in range(i, min(len(toks), i + (_CLAUSE_REACH if clause else 5))):
            depth = max(0, depth + (toks[k][2] == "(") - (toks[k][2] == ")"))
            if phrases.cue(toks, k):
                who = subject(text, toks, i, k, whole=True)
                break
            if not depth and (phrases.ends_at(toks, k) or toks[k][2] == ":"):
                break
    # Without a comma or a full stop, only a name or a pronoun makes an attribution:
    # '"Never" said Ode', not 'the "caliphate" says little'.
    if who and not (clause or by) and who.speaker and not phrases.capital(who.speaker):
        return None
    return who


def _issued_by(text: str, toks: phrases.Tokens, who: Said | None) -> Said | None:
    """A document's phrase with who issued it: "a statement" and "from the Harbour Board".

    After "according to", a phrase that ends in a noun for a text an organisation or a
    person issues ("a statement", "a Saturday press release"), then "from" or "by" and a
    name or a phrase that a mark, "on", "in", "at" or a relative closes, is read whole ("a statement
    from the Harbour Board"), as the words of whom it is from (see
    :func:`~summarize.analysis._people.spoken_by`).
    """
    if who is None or who.speaker is None or who.pronoun:
        return None
    if who.speaker.split()[-1].lower() not in _ISSUED:
        return None
    k = next((k for k, tok in enumerate(toks) if tok[0] >= who.end), len(toks))
    if k + 1 >= len(toks) or toks[k][2] not in ("from", "by"):
        return None
    source = phrases.phrase_forward(text, toks, k + 1, len(toks))
    if source is None or source.speaker is None or source.pronoun:
        return None
    after = next((tok[2] for tok in toks if tok[0] >= source.end), ".")
    if phrases.is_word(after) and after not in _AFTER_ISSUER:
        return None  # the name cut short: "from US 7th Fleet" is not "US"
    return Said(f"{who.speaker} {toks[k][2]} {source.speaker}", who.start, source.end, False)


_ISSUED = phrases.word_set("statement statements release releases announcement")
# Someone describing or calling something right before the quote in its clause: the words
# are theirs, whoever issued the text that relays them ('Her family described her as
# "...," according to a statement from the port').
_CALLING = re.compile(
    r"\b(?:described|describes|called|calls|dubbed|labell?ed|branded)\b[^.;:!?\n]*$"
)
_AFTER_ISSUER = phrases.word_set("on in at which who that")  # "from the port on Tuesday"


def cut_short(text: str, span: QuoteSpan, hi: int) -> Said | None:
    """The speaker of an attribution that the text cuts short before its speech verb.

    Teasers and snippets end mid-sentence: '"...," Ada Ode, a ferry mechanic who was
    at the pier during...'. A quote that ends with a comma inside its marks, then a
    name or a phrase up to a comma (at most :data:`_CUT_SUBJECT` tokens), then words
    up to "..." or "…" that end the paragraph, with no stop or quote mark among
    them, gives that name or phrase, read as the subject of a speech verb is.
    """
    if _last(text, span) != ",":
        return None
    rest = text[span.close : hi].rstrip()
    then = text[hi : hi + 200].strip(" \t")[:1]  # what follows: a line's end, or nothing
    if not rest.endswith(("...", "\u2026")) or then not in ("", "\n"):
        return None  # not cut short, or cut short inside a paragraph that goes on
    toks = phrases.tokens(text, span.close, span.close + len(rest.rstrip(".\u2026")), _TAIL)
    comma = next((k for k, (_, _, word) in enumerate(toks) if word == ","), len(toks))
    if not 0 < comma <= _CUT_SUBJECT or comma + 1 >= len(toks):
        return None
    if any(phrases.ends_at(toks, k) for k in range(len(toks))):
        return None
    return subject(text, toks, 0, comma, whole=True)


_CUT_SUBJECT = 6  # tokens of the name or phrase before the comma of a cut attribution


def closing(text: str, span: QuoteSpan, end: int) -> Said | None:
    """The attribution that closes the quote's sentence after a comma, further on than the quote.

    'The plan will "cost the port dearly" and hurt trade, Ada Ode said Tuesday.',
    '..., said Ada Ode on Tuesday.': the last comma of the sentence after the quote,
    then the speaker and the verb (or the verb and the speaker), then nothing but
    words of time or "in a statement" (:data:`_CLOSING_REST`) before the sentence's
    end, after whom "told" names if it does ("told the Gazette", "told reporters");
    not "reported" (a paper reports someone else's words), nor "told" before whom it
    was told to. Only a quote that does not end its clause is read so (a
    quote that does has its attribution right after it: see :func:`tail`). Such a quote
    is not right next to its speaker: it is kept only if it reads as a statement.
    """
    if ends_clause(text, span):
        return None  # '"...," X, a partner at Y said': the words right after are the attribution
    return closes(text, span.close, end)


def closes(text: str, lo: int, end: int) -> Said | None:
    """The attribution that closes text[lo:end] after its last comma (see :func:`closing`).

    As in "The pier had rotted through, Ada Ode said on Tuesday.": reported words, and
    who reported them.
    """
    comma = text.rfind(",", lo, end)
    if comma < 0 or not phrases.may_cue(text, comma, end):
        return None
    toks = phrases.tokens(text, comma + 1, end, _TAIL)
    stop = len(toks)
    while stop and toks[stop - 1][2] in ".!?" and phrases.ends_at(toks, stop - 1):
        stop -= 1
    verb = next((k for k in range(stop) if phrases.cue(toks, k)), None)
    if verb is None or toks[verb][2] in _RELAYING or (verb == 0 and toks[0][2] in _TO_SOMEONE):
        return None  # "..., the Gazette reported": the words of whom it reports; "told X"
    if verb == 0:
        who = phrases.phrase_forward(text, toks, phrases.after_verb(toks, 0), stop)
        rest = next((k for k in range(1, stop) if who and toks[k][0] >= who.end), stop)
    else:
        who, rest = subject(text, toks, 0, verb, whole=True), phrases.after_verb(toks, verb)
        if toks[verb][2] in _TO_SOMEONE:
            rest = _told(toks, rest, stop)  # "..., Ada Ode told the Gazette on Tuesday."
    if who is None or any(w.lower() not in _CLOSING_REST for _, _, w in toks[rest:stop]):
        return None
    return who


def _told(toks: phrases.Tokens, k: int, stop: int) -> int:
    """One past whom a closing attribution's "told" names: a name, reporters, or a pronoun.

    "told the Harbour Press", "told pool reporters", "told him"; ``k`` if none stands there.
    """
    j = k + (k + 1 < stop and toks[k][2] == "the" and phrases.capital(toks[k + 1][2]))
    if j < stop and phrases.capital(toks[j][2]):
        while j < stop and (phrases.capital(toks[j][2]) or toks[j][2] in _OUTLET_LINKS):
            j += 1
        return j
    for n in (1, 2):  # "told reporters", "told pool reporters"
        if k + n <= stop and toks[k + n - 1][2] in _AUDIENCE:
            return k + n if all(w.islower() for _, _, w in toks[k : k + n]) else k
    return k + 1 if k < stop and toks[k][2] in _OBJECTS else k
