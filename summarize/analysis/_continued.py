"""A quote that goes on with the quote before it, and so takes its speaker.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`continues` says whether a
quote goes on with the one before it in the next sentence or paragraph, :func:`resumes`
whether it resumes the one before it in the same sentence.
"""

from __future__ import annotations

import re

from ._attribution import QuoteSpan
from ._people import is_person
from ._quote_titles import titled
from ._roles import is_role
from ._speaker_phrases import BOUNDARY, OF, PRONOUNS, VERBS, Said, word_set

__all__ = ["continues", "goes_on", "resumes", "term"]

# A dash and a name after a quote, then a comma or the line's end: "-Ada Ode, on the ferry".
_CREDIT = re.compile(
    r"[ \t]*[-\u2013\u2014][ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,5}"
    r"[ \t]*(?:,|\n|$)"
)
# A verb in "-ed", then a name of two capitalised words or more: '"...," snapped Rep. Ada Ode'.
_VERB_NAME = re.compile(r"[ \t]+[a-z]+ed[ \t]+[A-Z][\w.'\u2019-]*[ \t]+[A-Z]")
# A comma (maybe inside the marks), then "one", "a" or "another" and lower-case words up
# to the sentence's stop.
_APART = re.compile(
    r"[ \t]*,?[ \t]+(?:one|an?|another)[ \t]+[a-z][^.!?\n\"\u201c\u201d,;:]{0,80}[.!?]"
)
# A word in lower case right after a quote's closing mark, as a verb after its subject.
_NAMED_SUBJECT = re.compile(r"[ \t]+[a-z]")
# A comma, then an indefinite subject and a verb in lower case: '"...," someone yells out.'
_SOMEONE = re.compile(
    r"[ \t]*,?[ \t]+(?:someone|somebody|everyone|everybody|another|others)[ \t]+(?P<verb>[a-z]+)"
)


def continues(text: str, before: QuoteSpan, span: QuoteSpan, sentences_apart: int) -> bool:
    """Whether a quote goes on with the one before it, and so with its speaker.

    It opens the sentence after the one where the quote before it ends, in the same
    paragraph (right after it when that quote is a title with the sentence's stop
    inside its marks: '"...," she told Wire's "Morning Harbour." "We never ..."'); or
    it opens the next paragraph right after the sentence of that quote (a speaker's
    words run over paragraphs, each opened with a quotation mark), unless the quote
    before is a question alone on its line, which someone else answers, or the
    sentence names someone else after it with no verb ('"...," one fan on the forum.'),
    or the quote before is credited after a dash ('"..." - Ada Ode, Harbour Gazette'),
    as items of a list are, each with its own credit or none; nor a title that is the
    subject of its sentence ('"Low Tide" beat out "Night Harbour"'), no words said.
    """
    if sentences_apart > 1 or _set_apart(text, span) or _CREDIT.match(text, before.close):
        return False
    if _NAMED_SUBJECT.match(text, span.close) and _name(text[span.start : span.end]):
        return False  # '"Low Tide" beat out "Lion"': a title, the subject of its sentence
    if before.paragraph == span.paragraph:
        between = text[before.close : span.open].strip()
        if not between:  # 'she told ABC's "This Week." "I never ..."': the stop is inside
            return _TITLE_STOP.fullmatch(text, before.start, before.end) is not None
        return between[-1:] in {".", "!", "?"}
    line = text.rfind("\n", 0, span.open) + 1
    if span.paragraph != before.paragraph + 1 or text[line : span.open].strip():
        return False
    return not _asked(text, before)


def _name(words: str) -> bool:
    """Whether a quote's words are a title or a name: "Low Tide", "Moonrise", not "Never,"."""
    return titled(words) or (" " not in words and words[:1].isupper() and words[-1:].isalnum())


def _set_apart(text: str, span: QuoteSpan) -> bool:
    """Whether an indefinite phrase set off after the quote ends its sentence: its speaker.

    As in '"...," one participant on the forum.' or '"...," a neighbour.': someone the
    text names with no verb (none in "-ed": "a fan yelled" is left to the rules for
    an attribution), a dash and a name ('"..." -Ada Ode, on the ferry'), a verb in
    "-ed" the rules for an attribution do not read, then a name ('"...," fumed Rep.
    Ada Ode'), or an indefinite subject ("someone", "another") and a verb that is no
    speech verb ('"...," someone yells out'): not the speaker of the quote before.
    """
    if _CREDIT.match(text, span.close) or _VERB_NAME.match(text, span.close):
        return True  # '"..." -Harbour Mayor Ada Ode, on the ferry': credited on its line
    someone = _SOMEONE.match(text, span.close)
    if someone is not None and someone.group("verb") not in VERBS:
        return True  # '"...," someone yells out': another's words, of no one named
    found = _APART.match(text, span.close)
    words = found.group().rstrip(".!?").lower().split() if found else ["said"]
    return VERBS.isdisjoint(words) and not any(w.endswith("ed") for w in words)  # "another yelled"


def resumes(text: str, before: QuoteSpan, span: QuoteSpan, who: Said | None) -> bool:
    """Whether a quote resumes the one before it in the same sentence, and so its speaker.

    The quote before has a speaker (``who``) who is a named person or a role ("Ada
    Ode", "an agency official"; not "police" reading out labels), and between the
    two stand either its attribution, then maybe the body the speaker writes for ("at
    the Kessel Courier") and at most a comma and a participle of speech ('"We heard
    you," said Ada Ode, "and we will rebuild."', '"...," notes Ode, adding
    that "..."'); or, with the attribution before both, only words that join ("and",
    "or", "and that", "and added"), commas and colons ('Ode said it was "A," and "B"'), or
    "and" and a verb that goes on with the same subject ('Ode said the crew was "A"
    and was "B"'); or
    one aside set off by dashes ('"... the pier" -- a plan of 2019 -- "and the quay."',
    with em dashes). Any other word (another name, a noun: 'Ode said the plan was
    "a fraud" and the fares "a theft"') leaves the quote to its own attribution. The
    caller checks that both quotes are in one sentence.
    """
    if who is None or who.speaker is None:
        return False
    speaker = who.speaker
    if not (is_person(speaker) or (speaker[0].islower() and is_role(speaker.split()))):
        return False
    between = text[before.close : span.open].strip()
    if before.close <= who.start and who.end <= span.open:  # '"...," said Ode, "..."'
        body = _AT_BODY.match(text, who.end, span.open)  # "writes Ode at the Kessel Courier"
        rest = _BETWEEN.findall(text, body.end() if body else who.end, span.open)
        return all(word in _PARTICIPLES for word in rest) and not _CLAUSE_END.search(between)
    if len(between) > 2 and between[0] in _ASIDE and between[-1] in _ASIDE:
        return _ASIDE_OPEN.search(between, 1, len(between) - 1) is None  # one aside
    words = _BETWEEN.findall(between)
    # 'Ode said the crew was "A" and was "B"': a second verb of the same subject
    second = bool(words) and words[0] == "and" and 1 < len(words) <= _SECOND
    if not all(
        word.lower() in _JOINING or word in VERBS or (second and word in _AUXILIARIES)
        for word in words
    ):
        return False
    return _CLAUSE_END.search(between) is None



def goes_on(text: str, before: QuoteSpan, span: QuoteSpan, who: Said | None) -> bool:
    """Whether a quote goes on with the one before it in its sentence, and so its speaker.

    The speaker of the quote before (``who``, a named person or a role) speaks
    again, with a participle after a comma, a dash or "and" ('Ada Ode called the
    plan "a fraud" at the meeting, saying: "..."', 'Ode wrote of "hard weeks" and
    vowed to "..."', '"...," Ode told the board on Friday, adding, "..."'), or with
    a speech verb after "and" or "but" ('Ode confirmed that "A" and declared the
    port "B"'), an adverb maybe between. Between the quote before and that verb
    stand no pronoun but "it", no word that opens another clause ("while", "who", "and"), no
    other speech verb but the quote before's own attribution, and no capitalised
    word but after a preposition ("on Harbour Radio") or in that attribution ('told
    Wire's Ivo Brandt'): another subject may speak there. After the verb, at most
    five words in lower case, none of speech or naming ('saying the mayor called
    it "..."': the mayor's word). With no such verb, the words between must leave
    the speaker of the attribution before the quote before the subject (see
    ``_same_words``). The caller checks that both quotes are in one sentence.
    """
    if who is None or who.speaker is None or not _speaks(who.speaker):
        return False
    if _CLAUSE_END.search(text, before.close, span.open):
        return False
    attribution = before.close <= who.start and who.end <= span.open  # '"...," Ode told X'
    toks = [
        (m.start(), m.group())
        for m in _TOKEN.finditer(text, before.close, span.open)
        if not (attribution and who.start <= m.start() < who.end)
    ]
    verb = max((k for k, (_, w) in enumerate(toks) if _speech(w)), default=-1)
    if verb < 0:
        return _same_words(text, before, span, who, [w for _, w in toks])
    if not _after_verb([w for _, w in toks[verb + 1 :]]):
        return False
    k = verb - 1
    while k >= 0 and _adverb(toks[k][1]):
        k -= 1
    joins = _JOINS_VERB if toks[verb][1] in VERBS else _JOINS_PARTICIPLE
    if k < 0 or toks[k][1].lower() not in joins:
        return False
    return _no_other_subject([w for _, w in toks[:k]], attribution)


def _same_words(
    text: str, before: QuoteSpan, span: QuoteSpan, who: Said, words: list[str]
) -> bool:
    """Whether a quote is more of the words the attribution before the quote before reports.

    'Ode said the plan is "a burden" on every family and "a gift to the few"' is
    left to :func:`resumes`; here, with no "and" between: 'Ode warned the plan is
    "a burden" forced onto "every family in the town"'. The attribution stands
    before the quote before, in its clause, and the words between the two quotes
    leave its speaker the subject (see ``_no_other_subject``), with no verb of
    naming and no "what" ('... compared to what the board dubbed "..."'). Not a
    title ('"Harbour Nights" beat only "The Long Quay"'), nor a quote after an
    attribution in a clause that a conjunction opens ("While Ode insists ..."), nor
    one with words of speech right after it ('"...," he was quoted as saying').
    """
    if who.end > before.open or _CLAUSE_END.search(text, who.end, before.open):
        return False  # the attribution follows the quote before, or stands in another clause
    if not _NAMING.isdisjoint(words) or not _QUESTION.isdisjoint(w.lower() for w in words):
        return False
    if titled(text[span.start : span.end]):
        return False  # 'X said "Harbour Nights" beat only "The Long Quay"': a title
    opening = max(text.rfind(mark, max(0, who.start - _BACK), who.start) for mark in _OPENS)
    if not _SUBORDINATE.isdisjoint(w.lower() for w in _WORDS.findall(text, opening + 1, who.start)):
        return False  # 'While Ode insists on it, "A" ... "B"': the clause ends before the quote
    after = _WORDS.findall(text, span.close, span.close + _AFTER)
    if any(w in VERBS or w in _SPEAKING or w in _ASCRIBED for w in after):
        return False  # '"B," he was quoted as saying': the quote's own attribution
    return _no_other_subject(words, False)


def _speaks(speaker: str) -> bool:
    """Whether a speaker is a named person or a role ("Ada Ode", "the port's director")."""
    return is_person(speaker) or (speaker[0].islower() and is_role(speaker.split()))


def _speech(word: str) -> bool:
    """Whether a word is a speech verb or a participle of speech."""
    return word in VERBS or word in _SPEAKING


def _adverb(word: str) -> bool:
    """Whether a word may stand between "and" and a verb ("and again said", "and later added")."""
    return word in _THEN or (word.endswith("ly") and word.isalpha() and word.islower())


def _after_verb(words: list[str]) -> bool:
    """Whether the words after the verb say only how, to whom, what or where, in lower case."""
    plain = [w for w in words if w not in _JOINING_MARKS]
    return len(plain) <= _AFTER_VERB and all(
        w.isalpha() and w.islower() and w not in VERBS and w not in _NAMING for w in plain
    )


def _no_other_subject(words: list[str], attribution: bool) -> bool:
    """Whether the words between the quote before and the verb leave its speaker the subject."""
    verbs = 0
    for k, word in enumerate(words):
        lower = word.lower()
        if (lower in PRONOUNS and lower != "it") or lower in _NEW_CLAUSE:
            return False
        if lower in BOUNDARY and (not attribution or word not in VERBS or verbs):
            return False  # "while", "who", or a second speech verb
        verbs += word in VERBS
        if word[:1].isupper() and not attribution:
            j = k - 1
            while j >= 0 and (words[j][:1].isupper() or words[j] == "the"):
                j -= 1
            if j < 0 or words[j] not in OF:
                return False  # a name that may be another subject, not one after "on"
    return True


_TOKEN = re.compile(r"[\w'\u2019.-]+|[,:\u2014\u2013]")
_SPEAKING = word_set(
    "saying adding writing noting explaining declaring stating warning insisting telling"
    " arguing asking acknowledging conceding claiming promising vowing urging calling"
    " responding replying recalling complaining"
)
_THEN = word_set("then later also again further")
_JOINS_PARTICIPLE = frozenset({",", "\u2014", "\u2013", "and"})
_JOINS_VERB = word_set("and but")
_JOINING_MARKS = frozenset({",", ":"})
_AFTER_VERB = 5  # words at most between the verb and the quote
_NAMING = word_set("called calls dubbed named termed titled labelled labeled branded described")
_NEW_CLAUSE = word_set("and or nor but")
_QUESTION = word_set("what whom whose how why")
_SUBORDINATE = word_set(
    "while although though if when whenever because as after before since unless until whether"
    " once where"
)
_OPENS = ('.', '!', '?', ';', ':', '\n', '"', '\u201c', '\u201d')  # where a clause may open
_BACK = 160  # characters read back from the attribution for the clause's start
_AFTER = 40  # characters read after the quote for its own attribution
_ASCRIBED = word_set("quoted according")
_WORDS = re.compile(r"[A-Za-z]+")
_TERM = 3  # words of a term at most

# A title of at most six words, capitalised but for short links ("Meet the Harbour."), with
# the sentence's stop inside its marks.
_TITLE_STOP = re.compile(
    r"(?:(?:[A-Z0-9][\w'\u2019&-]*|the|of|and|a|an|in|on|for|to|with)[ \t]+){0,5}"
    r"[A-Z0-9][\w'\u2019&-]*\."
)
_ASIDE = frozenset("\u2014\u2013")
_ASIDE_OPEN = re.compile('[\u2014\u2013"\u201c\u201d.!?]')
_BETWEEN = re.compile(r"[\w'\u2019.-]+")
_CLAUSE_END = re.compile(r"[;!?]|\.(?:\s|$)")
_PARTICIPLES = word_set("adding saying noting continuing that")
_JOINING = _PARTICIPLES | word_set("and or then")
# Where the speaker writes or works, right after the name: "writes Ada Ode at the Courier".
_AT_BODY = re.compile(
    r"[ \t]+(?:at|of|for|in)[ \t]+(?:the[ \t]+)?[A-Z][\w.&'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,4}"
)
# Verbs that go on with the subject of the clause before after "and": 'was "A" and was "B"'.
_AUXILIARIES = word_set("was were is are has have had would will could can not also still")
_SECOND = 3  # words at most of such a second verb, its "and" too


def term(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a term or a title, not words said: three words at most, or a title.

    A quote that goes on with the words of a speaker after one in the sentence of
    their attribution ('"...," X said on Wire's "Meet the Harbour." "..."', '...
    who calls her "a force" on the council. "..."') goes on with that speaker's.
    """
    phrase = text[span.start : span.end]
    return len(_WORDS.findall(phrase)) <= _TERM or titled(phrase)


def _asked(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a question that fills its line: in a dialogue, another person answers."""
    line = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    end = len(text) if end < 0 else end
    alone = not text[line : span.open].strip() and not text[span.close : end].strip()
    return alone and text[span.start : span.end].rstrip()[-1:] == "?"
