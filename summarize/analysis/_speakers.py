"""Who made each quoted statement: where the attribution stands.

In analysis/, for :mod:`summarize.analysis._quotes`: :func:`find_speakers` names the
speaker of each quote it pairs; :mod:`summarize.analysis._speaker_phrases` reads the words,
and :mod:`summarize.analysis._pronouns` says who "he" and "she" stand for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Sequence

import attrs

from ..errors import InputError
from ..records import Sentence
from . import _speaker_phrases as phrases
from ._mentions import Mentions
from ._people import is_person, spoken_by
from ._pronouns import Resolver
from ._roles import role_of, title_apart
from ._speaker_phrases import Said
from ._subjects import opening_name, opening_role

__all__ = ["Attribution", "QuoteSpan", "find_speakers"]

_TAIL = 40  # tokens read after a quote for its speaker (see _CLAUSE_REACH)
_LEAD = 300  # characters read before a quote for its speaker

_LEAD_FILLER = phrases.TIME | phrases.word_set("that on reporters journalists me us him her them")
_DASHES = frozenset(",-\u2013\u2014")
_CLAUSE = frozenset(",.!?\u2026:;-\u2013\u2014")

# Tokens after a quote that ends a clause within which its speech verb is looked for:
# room for a speaker named with a role and a long description ('"...," the lead
# researcher, Ada Ode, a psychologist at the state university in Brennock, said').
_CLAUSE_REACH = 32
# A participle of speech after a comma, then at most two words before a quote (see _saying).
_SAYING = re.compile(
    r",[ \t]*(?:saying|adding|writing|noting|explaining|declaring|stating|warning|insisting)"
    r"(?:[ \t]+(?:that|only|simply|later|then))?[ \t]*[:,]?[ \t]*$"
)
_SAYING_REACH = 40  # characters read before a quote for it
# "according to", or a passive verb of speech or of taking a side, then "by": who follows
# names the speaker of a quote after a colon (see _introduced_by).
_BY_COLON = re.compile(
    r"(?<![\w-])(?:(?i:according)[ \t]+to|(?:echoed|seconded|repeated|reiterated|shared|voiced"
    r"|told|said|stated|put|made|expressed|raised|questioned|challenged|disputed|rejected"
    r"|criticized|criticised|welcomed|praised|dismissed|endorsed|backed|supported|countered"
    r"|contradicted|rebutted|explained|noted|issued|released|summed[ \t]+up)[ \t]+by)[ \t]+"
)
# What may stand between such a speaker and the colon: an apposition, with no mark that
# ends a clause or opens a quote.
_APPOSED_COLON = re.compile(
    r"(?:,[ \t]+[^,;:.!?\"\u201c\u201d\n]{1,120}(?:,[^,;:.!?\"\u201c\u201d\n]{1,80})?)?"
    r"[ \t]*:[ \t\n]*"
)
# Words that may follow the attribution that closes a quote's sentence (see _closing):
# "Ada Ode said Tuesday", "said Ada Ode on Tuesday night", "Ada Ode said in a statement".
_CLOSING_REST = phrases.TIME | phrases.word_set(
    "on last this late early earlier later night morning afternoon evening week in a an"
    " statement interview"
)
_RELAYING = phrases.word_set("reported reports")
_TO_SOMEONE = phrases.word_set("told tells asked asks")
# A passive verb of describing right before a quote, whose speaker follows "by":
# 'he was described as "irrelevant" by a spokesman'.
_BY = re.compile(r"[ \t]+by[ \t]")
_DESCRIBED = re.compile(r"(?<![\w-])(?:described|called|labell?ed|branded)(?: as)?[ \t]*$")
# A credit after a quote on its line: "Mirror", "- The Daily Post", "— Ada Ode".
_CREDIT = re.compile(
    r"[ \t]*(?:[-\u2013\u2014][ \t]*)?"
    r"((?:The |the )?[A-Z][\w.&'\u2019-]*(?:[ \t]+(?:of|the|[A-Z][\w.&'\u2019-]*)){0,4})"
    r"[ \t]*(?:\n|$)"
)


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


@attrs.frozen
class Attribution:
    """Who made a quoted statement, and whether the article says so right next to it.

    Attributes:
        speaker: The speaker as the article names them, or ``None``.
        near: Whether an attribution stands right next to the quote (``"...,"
            said X``, ``X said: "..."``), even one whose speaker is unknown
            (``"...," they said``).
        role: The speaker's role or title as the article gives it, at the
            attribution or where it names the speaker ("trauma surgeon",
            "spokeswoman for the port"; see :mod:`summarize.analysis._roles`), or ``None``.
        resolved: Whether the speaker is whom a "he" or "she" at the attribution
            stands for, not a name the attribution gives.

    Example:
        >>> Attribution(speaker="Ms Ode", near=True).speaker
        'Ms Ode'
    """

    speaker: str | None
    near: bool
    role: str | None = None
    resolved: bool = False


def find_speakers(
    text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]
) -> list[Attribution]:
    """The speaker of each quote, and whether the speaker stands right next to it.

    The words of an attribution (speech verbs, names, who can be a person) are
    read by :mod:`summarize.analysis._speaker_phrases`; each step reads each
    character a bounded number of times. The attribution is looked for after
    the quote (``"...," said X``, ``"...," X said``, ``"...," X, the head of ...,
    tweeted``, ``"...," according to X``; see ``_tail``), then before it in its
    sentence, where the last speech verb counts (``X said: "..."``, ``X told
    reporters "..."``, ``X said the plan would "..."``, ``According to X, "..."``;
    see ``_lead``). The speaker is right next to the quote after it, or before it
    when only a colon, a comma, a time or "reporters" comes between (``X said:
    "no"``, ``X said Friday "not yet"``, ``X said "no".``). A quote without a
    speaker of its own that opens the sentence right after a quote with one, in
    the same paragraph, continues that quote and takes its speaker. "he" and
    "she" are resolved as :class:`summarize.analysis._pronouns.Resolver` says;
    other pronouns ("they", "we", "it": a plural speaker is rarely named) and
    unresolved ones give ``None``.

    Args:
        text: The article's text.
        sentences: Its content sentences, in text order.
        spans: The quotes, in text order and without overlaps, each inside the
            sentences.

    Returns:
        One attribution for each span, in the same order.

    Raises:
        InputError: A span is out of order or not inside the sentences.

    Example:
        >>> text = 'Dock worker Ada Ode was there. "It just fell," she said.'
        >>> span = QuoteSpan(open=31, start=32, end=45, close=46, paragraph=0)
        >>> from summarize.pipeline import content_sentences
        >>> from summarize.records import Article
        >>> find_speakers(text, content_sentences(Article(id="a", text=text)), [span])
        [Attribution(speaker='Ada Ode', near=True, role='Dock worker', resolved=True)]
    """
    starts = [s.start for s in sentences]
    first = [bisect_right(starts, span.open) - 1 for span in spans]
    last = [bisect_right(starts, span.close - 1) - 1 for span in spans]
    for n, span in enumerate(spans):
        inside = first[n] >= 0 and span.close <= sentences[last[n]].end
        ordered = span.open < span.start < span.end <= span.close and (
            not n or spans[n - 1].close <= span.open
        )
        if not (inside and ordered):
            raise InputError(
                f"quote span {n} ({span.open}-{span.close}) is not inside the sentences or "
                "not after the span before it; pass the spans of find_quotes, in text order"
            )
    mentions = Mentions(text)
    resolver = Resolver(text, sentences, spans, mentions)
    said: list[Said | None] = []
    found: list[Attribution] = []
    role: str | None = None
    for n, span in enumerate(spans):
        hi = min(sentences[last[n]].end, spans[n + 1].open if n + 1 < len(spans) else len(text))
        lo = max(sentences[first[n]].start, spans[n - 1].close if n else 0)
        who = _tail(text, span, max(hi, span.close)) or _credited(text, span)
        near = who is not None and not _passive(text, span)  # "called 'coward' by X": a term
        if who is None:
            who, near = _lead(text, min(lo, span.open), span.open, _ends_clause(text, span))
        if who is None:  # 'The plan will "cost dearly" and hurt trade, Ada Ode said Tuesday.'
            who = _closing(text, span, sentences[last[n]].end)
        named = who is not None and not who.pronoun  # the attribution names its speaker
        resolved = who is not None and who.pronoun  # its speaker is who "he" stands for
        if who is None and n and _continues(text, spans[n - 1], span, first[n] - last[n - 1]):
            who, near = said[n - 1], said[n - 1] is not None
            resolved = found[n - 1].resolved
        else:
            role = None  # a continued quote keeps its speaker's role
            if who is None and _opens(text, span, sentences[first[n]]):
                who = resolver.introduced(first[n]) or resolver.followed(said, first[n])
        if who is not None and who.pronoun:
            pronoun = text[who.start : who.end]
            who = Said(resolver.resolve(said, first[n], pronoun), who.start, who.end, False)
        if who is not None and who.speaker is not None:
            speaker = spoken_by(who.speaker)  # "the statement": nobody
            who = None if speaker is None else Said(speaker, who.start, who.end, who.pronoun)
            near = near and who is not None
            if who is not None and named and _as_written(speaker, text[who.start : who.end]):
                role = role_of(text, who.start, who.end)
                person = mentions.named(speaker, who.start)  # "the officer": who they are
                if person is not None:
                    who, role = Said(person[0], who.start, who.end, False), person[1]
        said.append(who)
        speaker = who.speaker if who else None
        found.append(Attribution(speaker, near, role if who else None, resolved and bool(speaker)))
    # A role the article gives a speaker once is theirs at every quote ("..., he added"),
    # as is one it gives them where it names them ("Corey Gentry, his friend, ..." for "Gentry").
    roles: dict[str, str | None] = {}
    for attribution in found:
        if attribution.speaker is not None and attribution.role is not None:
            roles.setdefault(attribution.speaker, attribution.role)
    for attribution in found:
        if attribution.speaker is not None and attribution.speaker not in roles:
            named = is_person(attribution.speaker)
            roles[attribution.speaker] = mentions.role(attribution.speaker) if named else None
    found = [
        attrs.evolve(a, role=roles.get(a.speaker))
        if a.role is None and a.speaker is not None
        else a
        for a in found
    ]
    # "Gov. Ada Ode": the title of office is the role, the name the speaker.
    return [_apart(a) if a.speaker is not None else a for a in found]


def _as_written(speaker: str, written: str) -> bool:
    """Whether the speaker is the words of the attribution, an opening "The" or "A" aside."""
    return speaker.lower() == " ".join(written.split()).lower()


def _apart(attribution: Attribution) -> Attribution:
    """The attribution with a title of office before the name moved to the role."""
    speaker, role = title_apart(attribution.speaker or "", attribution.role)
    return attrs.evolve(attribution, speaker=speaker, role=role)


def _credited(text: str, span: QuoteSpan) -> Said | None:
    """The source a quote that opens its line is credited to at the line's end.

    Reviews and reactions are often listed so: '"A brilliant performance."
    Mirror', '"Gripping." - The Daily Post'. The credit is a capitalised name of
    at most five words, maybe after a dash, that ends the line; not a line cut
    short ("Fox...", as scraped teasers end).
    """
    if text[: span.open].rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # the quote does not open its line
    credit = _CREDIT.match(text, span.close)
    if credit is None or credit.group(1).endswith(".."):  # "Fox...": a line cut short
        return None
    return Said(credit.group(1), credit.start(1), credit.end(1), False)


def _opens(text: str, span: QuoteSpan, sentence: Sentence) -> bool:
    """Whether the quote opens its sentence (nothing but spaces before its mark)."""
    return not text[sentence.start : span.open].strip()


def _continues(text: str, before: QuoteSpan, span: QuoteSpan, sentences_apart: int) -> bool:
    """Whether a quote goes on with the one before it, and so with its speaker.

    It opens the sentence after the one where the quote before it ends, in the same
    paragraph; or it opens the next paragraph right after the sentence of that quote
    (a speaker's words run over paragraphs, each opened with a quotation mark), unless
    the quote before is a question alone on its line, which someone else answers.
    """
    if sentences_apart > 1:
        return False
    if before.paragraph == span.paragraph:
        return text[before.close : span.open].rstrip()[-1:] in {".", "!", "?"}
    line = text.rfind("\n", 0, span.open) + 1
    if span.paragraph != before.paragraph + 1 or text[line : span.open].strip():
        return False
    return not _asked(text, before)


def _asked(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a question that fills its line: in a dialogue, another person answers."""
    line = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    end = len(text) if end < 0 else end
    alone = not text[line : span.open].strip() and not text[span.close : end].strip()
    return alone and text[span.start : span.end].rstrip()[-1:] == "?"


def _ends_clause(text: str, span: QuoteSpan) -> bool:
    """Whether punctuation ends the quote or follows it: '"Never,"', '"never".'."""
    after = text[span.close : span.close + 40].lstrip()[:1]
    return text[span.end - 1] in _CLAUSE or after in _CLAUSE or not after


def _passive(text: str, span: QuoteSpan) -> bool:
    """Whether a passive verb of describing introduces the quote and "by" follows it."""
    return bool(_BY.match(text, span.close)) and bool(
        _DESCRIBED.search(text, max(0, span.open - 30), span.open)
    )


def _tail(text: str, span: QuoteSpan, hi: int) -> Said | None:
    """The attribution right after a quote: '"...," said X' or '"...," X said'.

    A quote a passive verb of describing introduces has its speaker after "by":
    'the plan was described as "a fantasy" by Ada Ode' (not "Ode" in "by Ode's
    lawyer"); such a quote is kept only if it reads as a statement (four words or
    more), as a quote with no speaker next to it is.
    """
    after = text[span.close : span.close + 40].lstrip()[:1]
    if not after or after in phrases.ENDS or after == ":":
        return None
    passive = _passive(text, span)
    if not passive and not phrases.may_cue(text, span.close, hi):
        return None  # each way below takes a speech verb, "according" or "described as"
    toks = phrases.tokens(text, span.close, hi, _TAIL)
    i, clause = 0, text[span.end - 1] in _CLAUSE
    while i < len(toks) and toks[i][2] in _DASHES:
        i, clause = i + 1, True
    if i == len(toks) or not phrases.is_word(toks[i][2]):
        return None
    who = None
    if toks[i][2].lower() == "according" and i + 1 < len(toks) and toks[i + 1][2] == "to":
        who = phrases.phrase_forward(text, toks, i + 2, len(toks))
    elif passive and toks[i][2] == "by":
        who = phrases.phrase_forward(text, toks, i + 1, len(toks))  # 'described as "..." by X'
        if who is not None and text[who.start : who.end].endswith(("'s", "\u2019s")):
            who = None  # 'by Ode's lawyer': not Ode
    elif phrases.cue(toks, i):
        who = phrases.phrase_forward(text, toks, i + 1, len(toks))
    else:
        depth = 0  # inside parentheses: "Sen. Ada Ode (D-Ore.) said"
        for k in range(i, min(len(toks), i + (_CLAUSE_REACH if clause else 5))):
            depth = max(0, depth + (toks[k][2] == "(") - (toks[k][2] == ")"))
            if phrases.cue(toks, k):
                who = phrases.subject(text, toks, i, k, whole=True)
                break
            if not depth and (phrases.ends_at(toks, k) or toks[k][2] == ":"):
                break
    # Without a comma or a full stop, only a name or a pronoun makes an attribution:
    # '"Never" said Ode', not 'the "caliphate" says little'.
    if who and not (clause or passive) and who.speaker and not phrases.capital(who.speaker):
        return None
    return who


def _closing(text: str, span: QuoteSpan, end: int) -> Said | None:
    """The attribution that closes the quote's sentence after a comma, further on than the quote.

    'The plan will "cost the port dearly" and hurt trade, Ada Ode said Tuesday.',
    '..., said Ada Ode on Tuesday.': the last comma of the sentence after the quote,
    then the speaker and the verb (or the verb and the speaker), then nothing but
    words of time or "in a statement" (:data:`_CLOSING_REST`) before the sentence's
    end; not "reported" (a paper reports someone else's words), nor "told" before
    whom it was told to. Only a quote that does not end its clause is read so (a
    quote that does has its attribution right after it: see ``_tail``). Such a quote
    is not right next to its speaker: it is kept only if it reads as a statement.
    """
    if _ends_clause(text, span):
        return None  # '"...," X, a partner at Y said': the words right after are the attribution
    comma = text.rfind(",", span.close, end)
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
        who = phrases.phrase_forward(text, toks, 1, stop)
        rest = next((k for k in range(1, stop) if who and toks[k][0] >= who.end), stop)
    else:
        who, rest = phrases.subject(text, toks, 0, verb, whole=True), verb + 1
    if who is None or any(w.lower() not in _CLOSING_REST for _, _, w in toks[rest:stop]):
        return None
    return who


def _saying(text: str, lo: int, hi: int) -> Said | None:
    """The named subject of a clause that a participle of speech closes, right before a quote.

    'Ada Ode ended the call, saying: "We will rebuild."' and 'Ada Ode spoke for an hour,
    adding that "..."': the participle after a comma, at most two words before the
    quote, and a named person who opens the sentence as its subject (see
    :func:`~summarize.analysis._subjects.opening_name`).
    """
    found = _SAYING.search(text, max(lo, hi - _SAYING_REACH), hi)
    if found is None:
        return None
    name = opening_name(text, lo, found.start())
    if name is None:
        return opening_role(text, lo, found.start())  # "A spokesperson for the port released"
    at = text.find(name, lo, found.start())  # the name as written, for its role
    return Said(name, at, at + len(name), False) if at >= 0 else Said(name, lo, lo, False)


def _introduced_by(text: str, lo: int, hi: int) -> Said | None:
    """The speaker a passive verb of speech or "according to" names before a colon and a quote.

    'The call was echoed by Ada Ode, a spokeswoman for the port: "..."', 'According
    to Ada Ode, the harbour master: "..."', 'The Gazette was told by Ada Ode: "..."':
    the speaker after "by" or "according to", then maybe an apposition, then the
    colon that opens the quote.
    """
    if text[lo:hi].rstrip()[-1:] != ":":
        return None  # the commonest answer, and the cheapest test
    found = deque(_BY_COLON.finditer(text, max(lo, hi - _LEAD), hi), maxlen=1)  # the last
    if not found:
        return None
    toks = phrases.tokens(text, found[0].end(), hi)
    who = phrases.phrase_forward(text, toks, 0, len(toks))
    if who is None or who.pronoun or _APPOSED_COLON.fullmatch(text, who.end, hi) is None:
        return None
    return who


def _lead(text: str, lo: int, hi: int, ends: bool) -> tuple[Said | None, bool]:
    """The attribution before a quote in its sentence, and whether it is right next to it.

    Right next to it means the verb, then a colon, a comma, a time or "reporters"
    (at most two such words), then the quote; or the verb right before a quote
    that ends the clause (``ends``): 'Ode said: "no"', 'Ode said Friday "not yet"',
    'Ode said "no".', but not 'officials declared "total victory" over them'.
    """
    saying = _saying(text, lo, hi) or _introduced_by(text, lo, hi)
    if saying is not None:
        return saying, True
    if not phrases.may_cue(text, max(lo, hi - _LEAD), hi):
        return None, False  # no speech verb, nor "according": no cue (nor any word at all)
    toks = phrases.tokens(text, max(lo, hi - _LEAD), hi)
    clause, cue = 0, None
    for k, (_, _, word) in enumerate(toks):
        if word in phrases.ENDS and phrases.ends_at(toks, k):
            clause = k + 1
        elif (word in phrases.VERBS and phrases.cue(toks, k)) or (
            word.lower() == "according" and toks[k + 1 : k + 2] and toks[k + 1][2] == "to"
        ):
            cue = (clause, k)
    if cue is None:
        return None, False
    clause, k = cue
    if toks[k][2] in phrases.VERBS:
        who = phrases.subject(text, toks, clause, k, whole=False)
        rest = [word.lower() for _, _, word in toks[k + 1 :] if word not in ",:"]
        ends = ends or bool(rest) or any(word in ",:" for _, _, word in toks[k + 1 :])
        near = ends and len(rest) <= 2 and all(w in _LEAD_FILLER for w in rest)
        return who, who is not None and near
    who = phrases.phrase_forward(text, toks, k + 2, len(toks))
    return who, who is not None and text[who.end : hi].strip(" ,:\n") == ""
