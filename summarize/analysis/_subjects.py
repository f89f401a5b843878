"""Who a sentence is about: its subject, and the people it names.

In analysis/, for :mod:`summarize.analysis._pronouns`, which resolves "he" and "she"
from the subjects of the sentences before a quote: :func:`opening_name` reads the
named person who opens a sentence as its subject, :func:`subject_at` where that
subject may start, :func:`named_in` the people a stretch names as speakers or with a
title, :func:`opening_role` the role phrase that opens a sentence as its subject,
:func:`coordinated` the subject a speech verb after "and" shares with the verb before. The
words are read by :mod:`summarize.analysis._speaker_phrases`; each function
reads a bounded number of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._people import is_person
from ._roles import is_role
from ._speaker_subject import subject

__all__ = ["FRONT", "coordinated", "named_in", "opening_name", "opening_role", "subject_at"]

_PLACE_PREFIX = re.compile(r"\b(?:St|Ste|Mt|Ft)\.?\s*$")
_OPENING = 24  # tokens read at a sentence's start for its subject
_DESCRIBING = 6  # words that may describe a sentence's subject before its name
_SUFFIXES = phrases.word_set("Jr Sr")  # after a name, with a stop of their own
_DASHES = frozenset("-\u2013\u2014")  # a dash after a subject's name sets off a clause
# Verbs that take a name as their object: "Police found Ada Ode", not "Dock worker Ada Ode".
_ACTS = phrases.word_set(
    "saw met found took brought hit left led sent gave kept caught held struck shot"
)
# Nouns after a name that make the name a modifier: "Harbour Board officials said".
_MEMBERS = phrases.word_set(
    "officials official spokesman spokeswoman spokesperson volunteers workers staff members"
    " residents crews crew officers troops fighters supporters sources chief director leader"
    " head chairman chairwoman chair president minister team fans senator governor mayor"
    " lawmaker lawmakers representative dean researchers scientists experts students players"
    " doctors lawyers analysts activists protesters investigators prosecutors"
)
# Words that may open a sentence before its subject: "But Ode said", "Even Ode is giddy".
_LEADING = phrases.word_set("but and yet still even now so then also however meanwhile instead")
# Words that open a phrase set off by a comma before a sentence's subject: "In 2007, Ada Ode
# sat down", "Through Dr. Ivo Brandt, Ada Ode met", "Reached by phone, Ada Ode said".
_FRONTING = phrases.OF | phrases.word_set(
    "after before during through since as when while although though without despite amid"
    " following like unlike upon by among across throughout until once one last asked"
    " contacted reached interviewed pressed questioned approached quizzed"
)
# Words that end a phrase of time set off before a sentence's subject: "A year later, Ada Ode".
_SINCE = phrases.word_set("later earlier ago afterward afterwards")
# Words that open a second such phrase: "On Monday, when asked about it, Ada Ode said".
_THEN = phrases.word_set("when while after before as although though if once since until")
FRONT = 16  # tokens of a phrase set before a sentence's subject, at most
# Words that open a role phrase that is a sentence's subject (see opening_role).
_OPENERS = phrases.word_set("the a an his her their its our")
_MODIFIERS = 3  # lower-case words before a role's head, at most
_ROLE_OF = phrases.word_set("for of at with")
# Words that cannot describe a name that follows them.
_NOT_DESCRIBING = phrases.BOUNDARY | phrases.OF | phrases.PRONOUNS


def _describes(word: str, k: int) -> bool:
    """Whether a word can describe a name that follows it ("Dock worker"), not act on it."""
    lower = word.lower()
    if not phrases.is_word(word) or lower in _NOT_DESCRIBING:
        return False
    acts = word.islower() and (word.endswith("ed") or lower in _ACTS)  # "Police arrested"
    return k == 0 or not acts


def subject_at(toks: phrases.Tokens) -> int:
    """Where a sentence's subject may start: after "But" or phrases set off before it.

    A phrase set off before the subject opens with a preposition, a conjunction of
    time or a participle, or ends with "later", "earlier" or "ago", and ends at a
    comma ("In 2007, ...", "Speaking on Tuesday, ...", "For his part, ...", "A year
    later, ..."), within :data:`FRONT` tokens; two may follow each other ("On
    Monday, when asked about it, ...").
    """
    k = 0
    if toks and toks[0][2].lower() in _LEADING:
        k = 2 if toks[1:2] and toks[1][2] == "," else 1  # "However, Ode said"
    for n in range(3):
        if k >= len(toks) or not toks[k][2].isalpha():
            return k
        first = toks[k][2].lower()
        then = toks[k + 1][2] if k + 1 < len(toks) else ""
        participle = first.endswith("ing") and then[:1].islower()  # "Speaking on Tuesday"
        comma = next(
            (
                j
                for j in range(k + 1, min(len(toks), k + FRONT))
                if toks[j][2] in phrases.ENDS | {","}
            ),
            None,
        )
        since = comma is not None and toks[comma - 1][2].lower() in _SINCE  # "A year later,"
        if not (participle or first in (_FRONTING if n == 0 else _THEN) or (since and not n)):
            return k
        if comma is None or toks[comma][2] != ",":
            return k
        k = comma + 1
    return k


_NUMBERED = re.compile(r"\s*\d{1,2}\.[ \t]+(?=[A-Z])")


def opening_name(text: str, lo: int, hi: int, known: Container[str] = ()) -> str | None:
    """The named person who opens text[lo:hi] as its subject ("Dock worker Ada Ode, 52, was").

    A sentence's subject is a name of two words or more that opens it outside any
    quote, possibly after words that describe it ("Dock worker Ada Ode, 52, was
    ...", "The city's engineer, Dr. Ada Ode, said ...", "Harbour pilot and fisherman
    Ada Ode", where "and" joins two lower-case words), followed by a lower-case
    word (its verb), a comma, a parenthesis or a dash before a lower-case word ("Ada
    Ode - who led the team - said"); not after "the" or a verb ("Police
    found Ada Ode"), not a possessive ("Ada Ode's car"), not followed by "and"
    ("Ada Ode and ...") or by a group noun ("Ada Ode supporters", where the name
    describes them). The subject may follow "But" or a phrase set off before it (see
    :func:`subject_at`: "In 2007, Ada Ode sat down"), and may be one word that is the
    first or last word of a name of two words or more (in ``known``: "Ode" of "Ada Ode");
    a name's "Jr." or "Sr." is part of it ("Ada Ode Jr. flew in").
    """
    numbered = _NUMBERED.match(text, lo, hi)  # "7. Ada Ode holds up her hand": a list's item
    lo = numbered.end() if numbered else lo
    toks = phrases.tokens(text, lo, hi, _OPENING + FRONT)
    toks = toks[subject_at(toks) :][:_OPENING]
    k, described, appositive = 0, 0, False
    while k < len(toks) and described <= _DESCRIBING:
        word = toks[k][2]
        if word == "," and described and not appositive:  # "The city's engineer, Dr. Ada Ode,"
            k, appositive = k + 1, True
            continue
        joins = word == "and" and 0 < k < len(toks) - 1 and toks[k + 1][2][:1].islower()
        opening = toks[0][2]  # "Actress and activist Ada Ode": a word that opens the sentence
        first = k == 1 and opening[1:].islower() and opening.lower() not in known
        if joins and (toks[k - 1][2][:1].islower() or first):  # "TCM host and film historian"
            k, described = k + 1, described + 1
            continue
        if not _describes(word, k):
            return None
        j = phrases.name_forward(toks, k, len(toks)) if phrases.capital(word) else k
        if j > k + 1 and j < len(toks) and toks[j - 1][2] in _SUFFIXES and toks[j][2] == ".":
            j += 1  # "Ada Ode Jr. said": the suffix's stop is the name's
        name = phrases.speaker_of(text, toks, k, j).speaker if j > k else None
        after = toks[j][2] if j < len(toks) else ""
        owner = toks[j - 1][2].endswith(("'s", "\u2019s"))  # "Ada Ode's car"
        if name is not None and len(name.split()) == 1:
            name = name if name.lower() in known else None  # "Ode" of "Ada Ode"
        named = name is not None and is_person(name)
        if named and not owner and not (k and toks[k - 1][2].lower() in ("the", "a", "an")):
            then = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
            if after in ("and", "or", "&") or (appositive and after != ","):
                return None
            if after == "," and then in phrases.PRONOUNS:  # "Operation Ode, she said, ..."
                return None
            capitals = [len(w) > 1 and w.isupper() for _, _, w in toks[k:j]]  # "MUST WATCH"
            shouted = capitals[-1] or sum(capitals) > 1
            verb = after in (",", "(") or after[:1].islower()  # what follows a subject
            verb = verb or (after in _DASHES and then[:1].islower())  # "Ada Ode - who led"
            if verb and after.lower() not in _MEMBERS and not shouted:
                return name
        k, described = max(j, k + 1), described + max(j - k, 1)
    return None


def opening_role(text: str, lo: int, hi: int) -> phrases.Said | None:
    """The role phrase that opens text[lo:hi] as its subject ("A spokesperson for the port said").

    An article, a possessive or a name ("the", "his", "Ode's", "Harbourmart"), at
    most :data:`_MODIFIERS` lower-case words ending in a role noun (its head: "harbour
    master", "senior spokesperson"), maybe "for", "of", "at" or "with" and what the
    role is of (a name, or "the" and one lower-case word), then a lower-case word
    that is no role noun: the verb. It may follow "But" or a phrase set off before
    it (see :func:`subject_at`). "Police arrested Ada Ode" and "The statement said"
    give none.

    Example:
        >>> text = "A spokesperson for Ivo Brandt issued a statement"
        >>> opening_role(text, 0, len(text)).speaker
        'a spokesperson for Ivo Brandt'
    """
    toks = phrases.tokens(text, lo, hi, _OPENING + FRONT)
    toks = toks[subject_at(toks) :][:_OPENING]
    if not toks:
        return None
    k = 0
    if toks[0][2].lower() in _OPENERS:
        k = 1
    elif phrases.capital(toks[0][2]):
        k = phrases.name_forward(toks, 0, len(toks))  # "Harbourmart officials", "Ode's lawyer"
    head = None
    while k < len(toks) and _plain(toks[k][2]):
        if is_role([toks[k][2]]):
            head = k
        elif head is not None or k >= _MODIFIERS + 1:
            break
        k += 1
    if head is None:
        return None
    end = head + 1
    if end + 1 < len(toks) and toks[end][2] in _ROLE_OF:  # "a spokesperson for the port"
        m = end + 2 if toks[end + 1][2] == "the" else end + 1
        if m < len(toks) and phrases.capital(toks[m][2]):
            end = phrases.name_forward(toks, m, len(toks))
        elif m > end + 1 and m < len(toks) and _plain(toks[m][2]):
            end = m + 1
        else:
            return None
    verb = toks[end][2] if end < len(toks) else ""
    if not _plain(verb) or is_role([verb]) or verb in phrases.OF:
        return None
    return phrases.speaker_of(text, toks, 0, end)


_AND_THEN = phrases.word_set("then later also")
# What joins the speech verb to the verb before it: "and", or "but" ("The office declined to
# comment but said").
_JOINS = phrases.word_set("and but")
_NOT_ONE_CLAUSE = phrases.word_set("who whom whose which that when while because as if")


def coordinated(
    text: str, toks: phrases.Tokens, clause: int, k: int, known: Container[str] = ()
) -> phrases.Said | None:
    """The subject a speech verb shares with a verb before it: 'Ada Ode met them and said'.

    The verb follows "and" or "but" (maybe "and then", maybe after a comma), and the clause
    before it (after a speech verb that reports it: "The suit alleges Ada Ode met them and
    said" is Ode's) is one clause, a relative clause set off after a name aside ("Ada Ode, who
    runs the pier, met them and said"): no other comma after its start, no relative word
    or conjunction ("who", "that", "when"), no other speech verb. The subject is the
    clause's opening "he"
    or "she", or the named person (one word of a full name in ``known``) or role
    phrase that opens it (see :func:`opening_name` and :func:`opening_role`).
    """
    j = k - 1
    if j > clause and toks[j][2] in _AND_THEN:
        j -= 1
    if j <= clause or toks[j][2] not in _JOINS:
        return None
    if toks[j - 1][2] == ",":
        j -= 1  # 'Ada Ode presided over the vote, and said': a comma before "and"
    start = clause + subject_at(toks[clause:j])
    rest = _past_relative(toks, start, j)  # 'Ada Ode, who runs the pier, met them and said'
    words = [word.lower() for _, _, word in toks[rest:j]]
    verb = next((v for v in range(j - 1, rest - 1, -1) if toks[v][2] in phrases.VERBS), -1)
    if verb >= 0:  # "The suit alleges Ada Ode met them and said": the reported clause's
        clause = verb + 1 + (verb + 1 < j and toks[verb + 1][2].lower() == "that")
        if clause >= j:
            return None
        start = clause + subject_at(toks[clause:j])
        rest = _past_relative(toks, start, j)
        words = [word.lower() for _, _, word in toks[rest:j]]
    if "," in words or not _NOT_ONE_CLAUSE.isdisjoint(words) or not phrases.VERBS.isdisjoint(words):
        return None
    if toks[start][2].lower() in ("he", "she"):
        return phrases.pronoun_at(toks, start)
    name = opening_name(text, toks[start][0], toks[j][0], known)
    if name is not None:
        at = text.find(name, toks[start][0], toks[j][0])
        return phrases.Said(name, at, at + len(name), False) if at >= 0 else None
    return opening_role(text, toks[start][0], toks[j][0])


def _past_relative(toks: phrases.Tokens, start: int, end: int) -> int:
    """Where the clause of the subject at ``start`` goes on past a relative clause after it.

    "Ada Ode, who was walking away, whirled round and said": a name (capitalised words)
    then a clause set off by commas that opens with "who" is read past, to the token
    after its closing comma; otherwise the clause goes on right after its first word.
    """
    c = start + 1
    while c < end and toks[c][2][:1].isupper():
        c += 1  # the name's words: "Ada Ode"
    if not (c + 2 < end and toks[c][2] == "," and toks[c + 1][2] == "who"):
        return start + 1
    close = next((d for d in range(c + 2, end) if toks[d][2] == ","), None)
    return start + 1 if close is None else close + 1


def _plain(word: str) -> bool:
    """Whether a word is written in lower case and is no word that ends a phrase ("and", "he")."""
    return word.isalpha() and word.islower() and word not in _NOT_DESCRIBING


_DETERMINED = phrases.word_set("the a an his her their its our my your and &")
# A lower-case word, then a name of two words: where "lawyer Ivo Brandt" may stand.
_MAY_FOLLOW_ROLE = re.compile(r"[a-z][ \t]+[A-Z][\w'\u2019.-]*[ \t]+[A-Z]")


def _after_role(toks: phrases.Tokens, k: int) -> bool:
    """Whether token k follows a role noun in lower case with no article or possessive before it.

    "Oculus founder Ivo Brandt", "climatologist Ivo Brandt"; not "her daughter Ivo
    Brandt" or "the official Ivo Brandt", which may be what a sentence speaks of, nor
    "Ada Ode and brother Ivo Brandt", two people.
    """
    before = toks[k - 1][2]
    if not (before.isalpha() and before.islower() and is_role([before])):
        return False
    return k < 2 or toks[k - 2][2].lower() not in _DETERMINED


def named_in(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """The named people in text[lo:hi] (no quote in it): who speaks, and titled names.

    Who speaks is a speech verb's subject, or the name right after a verb that
    opens a clause or follows a comma (", says branding expert Ada Ode."); a
    name of two words or more is titled ("Gov. Ada Ode") or follows a role noun in
    lower case with no article or possessive before it and is followed by a word in
    lower case other than a preposition, as the subject of a verb ("Oculus founder
    Ivo Brandt is", not "told anchor Ivo Brandt on Friday" or "her daughter Ivo
    Brandt,").
    """
    found: list[tuple[int, str]] = []
    if not (
        phrases.may_cue(text, lo, hi)
        or phrases.may_title(text, lo, hi)
        or _MAY_FOLLOW_ROLE.search(text, lo, hi)
    ):
        return found  # a verb's subject, a titled name or one after a role, or no one
    toks = phrases.tokens(text, lo, hi)
    clause = 0
    for k, (_, _, word) in enumerate(toks):
        who = None
        if word in phrases.ENDS and phrases.ends_at(toks, k):
            clause = k + 1
        elif phrases.cue(toks, k):
            who = subject(text, toks, clause, k, whole=False)
            if who is None and (k == clause or toks[k - 1][2] == ","):  # ", says Ada Ode."
                who = phrases.phrase_forward(text, toks, phrases.after_verb(toks, k), len(toks))
        elif word.lower() in phrases.TITLES and phrases.capital(word):
            j = phrases.name_forward(toks, k, len(toks))
            who = phrases.speaker_of(text, toks, k, j) if j - k >= 2 else None
        elif k and phrases.capital(word) and _after_role(toks, k):  # "lawyer Ivo Brandt"
            j = phrases.name_forward(toks, k, len(toks))
            acts = j < len(toks) and _plain(toks[j][2]) and toks[j][2] not in phrases.OF
            owner = toks[j - 1][2].endswith(("'s", "\u2019s"))  # "attorney Ivo Brandt's claim"
            named = j - k >= 2 and acts and not owner
            who = phrases.speaker_of(text, toks, k, j) if named else None
        if who is not None and who.speaker and is_person(who.speaker):
            saint = _PLACE_PREFIX.search(text, max(0, who.start - 5), who.start)  # "St. Ode said"
            if not saint:
                found.append((who.start, who.speaker))
    return found
