"""A quote whose speaker is the subject of its sentence through a verb of stance, not of speech.

'Ada Ode scolded the board for "ignoring the harbour for ten years"', 'Ada Ode wrote to
the crew, acknowledging the "hard weeks ahead"', 'Ivo Brandt accused the council of
"wasting every chance it had"'.

In analysis/, for :mod:`summarize.analysis._speakers`, once the attributions before and
after a quote name no one: :func:`stance` reads the last verb that praises, blames,
promises, concedes or asserts before the quote in its clause, and gives the quote to
its subject. It reads a bounded stretch of text.
"""

from __future__ import annotations

import re
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._attribution import QuoteSpan
from ._called import plain
from ._people import is_person
from ._quote_titles import titled
from ._roles import is_role
from ._speaker_phrases import Said
from ._speaker_subject import subject
from ._speech_words import abbreviated
from ._subjects import FRONT, opening_name, opening_role, subject_at

__all__ = ["stance"]

_READ = 300  # characters read back from the quote, at most
_REACH = 30  # tokens from the verb to the quote, at most
_PERFECT = frozenset(("has", "have"))  # "the Harbour Party has been": a body's verb
_OWNER = 80  # characters read back from a subject's name for a phrase that holds it
# Verbs that take a side on what they name or assert it, as their subject's words: 'Ode
# scolded the board for "..."', 'Ode pledged that she would "..."'. Only forms that are
# no common noun ("charges", "promises" are left out).
_JUDGING = phrases.word_set(
    "scolded scolds condemned condemns slammed slams blasted blasts criticized criticizes"
    " criticised criticises praised lauded lauds hailed decried decries denounced denounces"
    " dismissed dismisses accused accuses defended defends mocked mocks blamed blames"
    " thanked welcomed welcomes ridiculed"
)
_ASSERTING = phrases.word_set(
    "pledged pledges promised vowed emphasized emphasizes emphasised emphasises asserted"
    " asserts contended contends characterized characterizes characterised characterises"
    " touted touts assured assures bragged brags boasted boasts clarified clarifies"
    " conceded concedes apologized apologised"
)
# Their participles, and those of speech, after a comma: ', acknowledging the "..."'.
_PARTICIPLES = phrases.word_set(
    "acknowledging vowing boasting bragging accusing charging condemning slamming blasting"
    " criticizing criticising praising lauding hailing decrying denouncing dismissing"
    " defending pledging promising emphasizing emphasising asserting contending"
    " characterizing characterising touting assuring scolding mocking blaming clarifying"
    " welcoming thanking conceding admitting arguing claiming warning urging insisting"
    " noting adding saying writing declaring stating explaining predicting complaining"
    " lamenting"
)
# Words after the verb that open a clause about something else: 'condemned the law, which
# says "..."'; "that" only after a verb of judging ("praised the plan that ...").
_OTHER_CLAUSE = phrases.word_set("which who whom whose where when while whereas")
# Speech verbs whose subject is the sentence's, with none of their own: after "to" ("came
# back to the stage to explain:"), after "by" ("closed by saying"), or "went on" itself.
_INFINITIVES = phrases.word_set(
    "say add explain tell note write declare state insist warn argue announce answer reply"
    " respond comment ask"
)
_GERUNDS = phrases.word_set(
    "saying adding explaining telling noting writing declaring stating insisting warning"
    " arguing announcing answering replying responding commenting asking"
)
_GOES = phrases.word_set("went goes go")
# Verbs that move their object to speak: "prompting the governor to ask:", "led the mayor
# to say": the words are the object's, not the subject's.
_MOVING = phrases.word_set(
    "prompting prompted prompts leading led leads causing caused causes forcing forced forces"
    " urging urged urges inviting invited invites pushing pushed pushes spurring spurred"
    " inspiring inspired moving moved"
)
_MOVED_MOST = 5  # words of the object between such a verb and "to", at most
_OBJECTS = phrases.word_set("him her them me us you it")  # "asked him to explain": his words
_ON_FILLER = phrases.word_set(", : however then again later")  # "went on, however:"
_PASSIVE = phrases.word_set("was were is are be been being get gets got the a an his her its")
_PARTICIPLE_BEFORE = re.compile(r",\s+(?P<verb>[a-z]+ing)\b")


def stance(
    text: str, span: QuoteSpan, lo: int, opens: int, known: Container[str] = ()
) -> Said | None:
    """The subject whose verb of stance the quote at ``span`` goes with, in text[lo:span.open].

    A verb of judging ("scolded", "accused", "condemned") or of asserting
    ("pledged", "emphasized", "bragged") with its subject before it, read as a
    speech verb's is (see :func:`~summarize.analysis._speaker_subject.subject`), or
    a participle of one of those or of speech after a comma, whose subject is the
    named person or role that opens the sentence (``opens``). Between the verb and
    the quote: no end of a clause, no speech verb (someone else's words), no relative
    clause ("the law, which says"), and after a verb of judging no "that" and no
    possessive ("praised the plan that ...", "praised the mayor's call to "...""). Not
    a passive ("was accused of"), nor a title ("praised the film "Night Over the Sea"").
    A speech verb that another verb moves its object to say gives the quote to that
    object, a name or a role ("prompting the governor to ask:"; "prompted him to ask:"
    names no one).
    """
    hi = span.open
    if titled(text[span.start : span.end].rstrip(",.")):
        return None
    toks = phrases.tokens(text, max(lo, hi - _READ), hi)
    verb, clause = -1, 0
    for k, (_, _, word) in enumerate(toks):
        if word in phrases.ENDS and phrases.ends_at(toks, k):
            verb, clause = -1, k + 1
        elif (
            word in _JUDGING
            or word in _ASSERTING
            or word in _PARTICIPLES
            or _spoken(toks, k)
            or _moved(toks, k) is not None
            or _written(toks, k) is not None
        ):
            verb = k
        elif verb >= 0 and (phrases.cue(toks, k) or word.lower() in _OTHER_CLAUSE):
            verb = -1
        elif verb >= 0 and _judging(toks[verb][2]) and _owned(word):
            verb = -1  # "that", or "praised the mayor's plan to "..."": another's words
    if verb < 0 or len(toks) - verb > _REACH:
        return None
    word, before = toks[verb][2], toks[verb - 1][2] if verb else ""
    moved = _moved(toks, verb)
    if moved is not None:  # "prompting the governor to ask:": the governor's words
        return _who(phrases.speaker_of(text, toks, moved, verb - 1), text)
    if _spoken(toks, verb):
        rest = toks[verb + 1 :] if word == "on" else []
        if any(w.lower() not in _ON_FILLER for _, _, w in rest):
            return None  # "went on a tour of the pier": no words of theirs
        return _opening(text, lo, toks[verb][0], known)
    wrote = _written(toks, verb)
    if wrote is not None:  # "Ada Ode penned an essay arguing that ...": her words
        return _who(subject(text, toks, clause, wrote, whole=False), text)
    if word in _PARTICIPLES:
        return _participle(text, toks, verb, lo, opens, known)
    if before.lower() in _PASSIVE or before.endswith(("'s", "\u2019s")):
        return None  # "was accused of", "the defended title", "Ode's promised plan"
    found = _who(subject(text, toks, clause, verb, whole=False), text)
    return found or _who(_set_apart(text, toks, clause, verb, known), text)


def _set_apart(
    text: str, toks: phrases.Tokens, lo: int, verb: int, known: Container[str]
) -> Said | None:
    """The named subject that a phrase of when or where sets apart from its verb.

    'Ada Ode in her last meeting with the crew on Feb. 28 pledged her "..."': after
    the clause's last comma, a person's name (of two words or more, or one word of a
    name the text gives in full), then a preposition of time or place and at most
    :data:`_APART_MOST` words, none a comma or a capitalised word but a month's or a
    day's, then the verb.
    """
    start = max((k + 1 for k in range(lo, verb) if toks[k][2] == ","), default=lo)
    end = phrases.name_forward(toks, start, verb) if phrases.capital(toks[start][2]) else start
    if end == start or end >= verb or toks[end][2] not in _APART:
        return None
    if verb - end > _APART_MOST or any(
        toks[k][2] in (",", ";", ":") or (phrases.capital(w) and w.lower() not in _WHEN)
        for k, w in ((k, toks[k][2]) for k in range(end, verb))
    ):
        return None  # a name in the phrase: "Ada Ode in talks with Ivo Brandt pledged"
    said = phrases.speaker_of(text, toks, start, end)
    name = said.speaker or ""
    if not is_person(name) or (" " not in name and name.lower() not in known):
        return None
    return said


_APART = phrases.word_set("in at during on after before throughout")
# Capitalised words of when, which a phrase of time may hold: "on Feb. 28", "on Tuesday".
_WHEN = phrases.TIME | phrases.word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june"
    " july august september october november december"
)
_APART_MOST = 14  # words from the preposition to the verb, at most


def _participle(
    text: str, toks: phrases.Tokens, verb: int, lo: int, opens: int, known: Container[str]
) -> Said | None:
    """The sentence's subject, for a participle after a comma, or after "and" that joins two."""
    before = toks[verb - 1][2] if verb else ""
    if before == "and" and verb == 1 and opens < lo:  # '..., acknowledging "..." and vowing'
        found = _PARTICIPLE_BEFORE.search(text, opens, lo)
        if found is None or found.group("verb") not in _PARTICIPLES:
            return None
        comma = found.start()
    elif before == ",":
        comma = toks[verb - 1][0]
    else:
        return None
    if comma < lo and not plain(text, lo, toks[verb][0]):
        return None
    start = lo if comma >= lo else opens
    if start == lo and opens < lo and plain(text, lo, toks[verb][0]):
        return _opening(text, lo, comma, known) or _opening(text, opens, comma, known)
    return _opening(text, start, comma, known)


def _spoken(toks: phrases.Tokens, k: int) -> bool:
    """Whether token k is a speech verb whose subject is the sentence's ("by saying").

    "to explain", "by saying", "went on"; not one whose subject is an object before it
    ("got Ode to say").
    """
    word, before = toks[k][2], toks[k - 1][2].lower() if k else ""
    if word in _INFINITIVES and before == "to":
        prior = toks[k - 2][2] if k > 1 else ""
        return bool(prior) and not prior[:1].isupper() and prior.lower() not in _OBJECTS
    return (word in _GERUNDS and before == "by") or (word == "on" and before in _GOES)


def _moved(toks: phrases.Tokens, k: int) -> int | None:
    """Where the object opens that a verb moves to speak at token k, or None.

    "prompting the governor to ask": the words between such a verb and "to", at most
    :data:`_MOVED_MOST`.
    """
    if k < 3 or toks[k][2] not in _INFINITIVES or toks[k - 1][2].lower() != "to":
        return None
    for start in range(k - 2, max(0, k - 2 - _MOVED_MOST), -1):
        word = toks[start][2]
        titled = word == "." and start and abbreviated(toks[start - 1][2])  # "Gov."
        if not phrases.is_word(word) and word not in ("'", "\u2019") and not titled:
            return None
        if toks[start - 1][2] in _MOVING:
            return start
    return None


def _written(toks: phrases.Tokens, k: int) -> int | None:
    """Where the verb of writing stands whose text a participle at token k says what it says.

    "penned an article suggesting", "wrote a long letter arguing", "issued a statement
    saying": a verb of writing or issuing, "a", "an" or a possessive, at most two words that
    describe, a noun for a written text, then the participle of speech at k; the
    subject of the verb of writing is the speaker.
    """
    if toks[k][2] not in _WRITING_SAYS or k < 3 or toks[k - 1][2] not in _WRITINGS:
        return None
    for j in range(k - 2, max(0, k - 5), -1):
        if toks[j][2].lower() in _WRITING_OPENS:
            before = toks[j - 1][2] if j else ""
            return j - 1 if before in _WRITE_VERBS else None
        if not (toks[j][2].isalpha() and toks[j][2].islower()):
            return None
    return None


_WRITE_VERBS = phrases.word_set(
    "wrote writes penned pens authored posted released releases issued issues"
)
_WRITING_OPENS = phrases.word_set("a an his her their its")
_WRITINGS = phrases.word_set(
    "article column op-ed essay letter paper book post blog memo note commentary editorial"
    " statement"
)
_WRITING_SAYS = phrases.word_set(
    "saying suggesting arguing claiming contending warning noting insisting asserting"
    " stating declaring explaining"
)


def _opening(text: str, start: int, end: int, known: Container[str]) -> Said | None:
    """The named person, role or body that opens text[start:end] as its subject."""
    name = opening_name(text, start, end, known)
    if name is None:
        return _who(opening_role(text, start, end), text) or _body(text, start, end)
    at = text.find(name, start, end)
    return Said(name, at, at + len(name), False) if at >= 0 else Said(name, start, start, False)


def _judging(verb: str) -> bool:
    """Whether a verb or participle judges what it names ("praised", "condemning")."""
    return verb in _JUDGING or (verb in _PARTICIPLES and verb[:-3] + "ed" in _JUDGING)


def _owned(word: str) -> bool:
    """Whether a word after a verb of judging makes the quote another's: "that", "Ode's"."""
    return word.lower() == "that" or word.endswith(("'s", "\u2019s"))


def _who(said: Said | None, text: str) -> Said | None:
    """A subject who can take a stance: a pronoun, a name or a role, not "a system".

    Not a name that a longer subject holds after "of" or "for" ("the lawyer for the
    family of harbour pilot Ada Ode"): that subject's head is whom the verb is of.
    """
    if said is None or said.pronoun or said.speaker is None:
        return said
    before = re.split(r"[,;.:!?\n]", text[max(0, said.start - _OWNER) : said.start])[-1]
    if not {"of", "for"}.isdisjoint(before.lower().split()):
        return None
    words = said.speaker.split()
    named = words[words[0].lower() in {"the", "a", "an"} :]
    return said if (named and named[0][:1].isupper()) or is_role(words[-1:]) else None


def _body(text: str, start: int, end: int) -> Said | None:
    """A body's name that opens text[start:end] as the subject of a verb in the present perfect.

    "In the days since, the Harbour Party has been targeting cuts, accusing ...":
    "the" and capitalised words, or one, then "has" or "have" (a party, a union, a
    council speaks so); a person's name is read by :func:`opening_name`.
    """
    toks = phrases.tokens(text, start, end, FRONT + 8)
    k = subject_at(toks)
    n = k + (k < len(toks) and toks[k][2] in ("the", "The"))
    j = phrases.name_forward(toks, n, len(toks)) if n < len(toks) else n
    if j == n or j >= len(toks) or toks[j][2] not in _PERFECT:
        return None
    return phrases.speaker_of(text, toks, k, j)
