"""A quote in a sentence whose speaker names no speech verb: "X called it "..."", "with X saying".

'Ada Ode called the plan "a disgrace"', 'Ada Ode, who called it "a travesty"',
'Ada Ode closed the pier, calling it "a danger to us all"', 'The vote passed, with Ada
Ode saying the plan was "dead on arrival"'.

In analysis/, for :mod:`summarize.analysis._speakers` and :mod:`summarize.analysis._lead`:
:func:`naming` reads who calls something the quote's words, right before it in its
sentence, where no speech verb stands (:func:`~summarize.analysis._lead.lead` reads
those); :func:`calling` the subject of a clause that a participle of naming closes;
:func:`with_saying` the speaker of a participle of speech after "with". Each reads a
bounded stretch of text.
"""

from __future__ import annotations

import re
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._attribution import QuoteSpan
from ._people import is_person
from ._quote_titles import titled
from ._relative import relative
from ._roles import is_role
from ._speaker_phrases import Said
from ._speaker_subject import subject
from ._subjects import opening_name, opening_role

__all__ = ["called", "calling", "naming", "plain", "with_saying"]

_READ = 200  # characters read back from the quote, at most
_SPACE = "[ \\t\u00a0]"
# A verb of naming, what it names (no mark that ends a clause or opens a quote, six words at
# most), maybe "a", "an" or "the", then the quote: 'called the deal "..."', 'calls it an "..."'.
_CALLED = re.compile(
    r"\b(?P<verb>called|calls|dubbed|dubs|branded|brands|labelled|labeled|labels)"
    r"(?P<what>(?:" + _SPACE + r"+[\w'\u2019.-]+){1,6}?)"
    r"(?:" + _SPACE + r"+(?:an?|the))?" + _SPACE + r"*$"
)
# The same after a comma with no subject of its own: ', calling it "..."', ', describing
# the plan as "..."' (the subject is the sentence's).
_CALLING = re.compile(
    r",[ \t\u00a0]*(?P<verb>calling|dubbing|branding|labelling|labeling|describing)"
    r"(?P<what>(?:" + _SPACE + r"+[\w'\u2019.-]+){1,6}?)"
    r"(?:" + _SPACE + r"+(?:an?|the))?" + _SPACE + r"*$"
)
# Words that make "called" no naming: "called on Congress", "called for a review",
# "called out", "called it quits"; a second clause ("called it that and") is no object.
_NOT_NAMING = phrases.BOUNDARY | phrases.word_set(
    "on upon for out in up off back into over away around about quits to by with at from"
)
_PASSIVE = phrases.word_set("was were is are be been being so")
_ARTICLES = phrases.word_set("the a an")
_OBJECT = phrases.word_set("which what")  # a relative that is what is called so
# A participle of speech after "with" and its speaker: "with Ada Ode saying the plan ...".
_WITH_SAYING = phrases.word_set(
    "saying adding noting warning arguing insisting telling claiming writing declaring stating"
    " explaining predicting vowing urging complaining acknowledging conceding calling"
    " describing muttering shouting whispering"
)
_MARKS = frozenset('",\u201d')  # a quote's closing mark and comma before a participle
_WITH_READ = 30  # tokens read after "with" for a name and its participle, at most


def _naming(toks: phrases.Tokens, verb: str) -> bool:
    """Whether the words after a verb of naming are what it names (not "on", "for", "that")."""
    words = [w for _, _, w in toks]
    if not words or words[0].lower() in _NOT_NAMING:
        return False
    if verb.startswith("describ") and words[-1] != "as":
        return False
    rest = words[:-1] if words[-1] == "as" else words
    return all(phrases.is_word(w) and w.lower() not in _NOT_NAMING for w in rest)


def _speaker(said: Said | None) -> Said | None:
    """A speaker who can name something: a pronoun, a name or a role, not "a system"."""
    if said is None or said.pronoun or said.speaker is None:
        return said
    words = said.speaker.split()
    named = words[words[0].lower() in _ARTICLES :]  # "the Kessel Hospital"
    return said if (named and named[0][:1].isupper()) or is_role(words[-1:]) else None


def naming(
    text: str, span: QuoteSpan, lo: int, known: Container[str] = (), opens: int | None = None
) -> Said | None:
    """Who calls something the quote's words (:func:`called`, :func:`calling`), if no title.

    'Ada Ode labelled the bill the "Harbour Safety Act"' names the bill: no words said.
    ``lo`` opens the stretch read; ``known`` holds words of full names ("Ode"); ``opens``
    opens the sentence when a quote before in it ends at ``lo``: the participle is the
    sentence's subject's past that quote, when only plain words stand between (see
    :func:`plain`).
    """
    if titled(text[span.start : span.end].rstrip(",.")):
        return None
    who = called(text, lo, span.open) or calling(text, lo, span.open, known)
    if who is None and opens is not None and opens < lo and plain(text, lo, span.open):
        who = calling(text, opens, span.open, known)
    return who


def plain(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], after a quote, holds no other subject or clause before a participle.

    Only words that open no clause and no speech verb (' laws send, telling', ' on
    Twitter, writing that'), or nothing: not 'while Ivo Brandt disagreed, saying' or
    'and the mayor agreed, saying'.
    """
    comma = text.rfind(",", lo, hi)
    words = phrases.tokens(text, lo, comma if comma >= 0 else lo)
    return all(
        w.lower() not in phrases.BOUNDARY and (phrases.is_word(w) or w in _MARKS)
        for _, _, w in words
    )


def called(text: str, lo: int, hi: int) -> Said | None:
    """The subject that calls something the quote at ``hi``, in text[lo:hi].

    'Ada Ode called the deal "a disgrace"', 'Harbour master Ada Ode has called it a
    "...", 'Ada Ode, the harbour master, calls the plan "..."', '..., Ada Ode, who
    called it "..."': "called", "calls", "dubbed", "branded" or "labelled", what it
    names (up to six words, no clause in them), maybe "a", "an" or "the", then the
    quote. The subject is read as a speech verb's is (see
    :func:`~summarize.analysis._speaker_subject.subject`), or is whom a relative "who"
    stands for, and must be a name, a role or a pronoun ("an imaginary system called
    X" names no one). Not the passive ("was called", "so-called"), nor "called on"
    or "called for", which ask, not name.
    """
    found = _CALLED.search(text, max(lo, hi - _READ), hi)
    if found is None:
        return None
    what = phrases.tokens(text, found.start("what"), found.end("what"))
    if not _naming(what, found.group("verb")):
        return None
    verb_at = found.start("verb")
    toks = phrases.tokens(text, max(lo, hi - _READ), found.end("verb"))
    k = next((j for j in range(len(toks) - 1, -1, -1) if toks[j][0] == verb_at), None)
    if k is None or not k or toks[k - 1][2].lower() in _PASSIVE or toks[k - 1][2] == "-":
        return None
    if toks[k - 1][2].endswith(("'s", "\u2019s")):
        return None  # "Harbourmart's calls": a possessive, no subject
    clause = 0
    for j in range(k):
        if toks[j][2] in phrases.ENDS and phrases.ends_at(toks, j):
            clause = j + 1
    if clause >= k:
        return None
    who = _speaker(subject(text, toks, clause, k, whole=False))
    if who is not None:
        return who
    who = relative(text, toks, clause, k)
    if who is not None and _place_after(text, who.start):
        return None  # "at University of Kessel, Eastdock, who calls it": a place, no one
    if who is None:  # "the Senate, which he called the "...""; "what the port board calls"
        j = next((j for j in range(k - 1, clause - 1, -1) if toks[j][2].lower() in _OBJECT), -1)
        if j >= 0 and j + 1 < k:
            who = _speaker(subject(text, toks, j + 1, k, whole=True))
    return who


def _place_after(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a capitalised word and a comma, as a place does."""
    before = text[max(0, at - 40) : at].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1][:1].isupper()


def calling(text: str, lo: int, hi: int, known: Container[str] = ()) -> Said | None:
    """The subject of a clause that a participle of naming closes, right before the quote.

    'Ada Ode closed the pier, calling it "a danger to us all"', 'Ada Ode spoke for an
    hour, describing the plan as "..."': the participle after a comma, what it names
    (up to six words), and a named person who opens the sentence as its subject (see
    :func:`~summarize.analysis._subjects.opening_name`), or a role that does.
    """
    found = _CALLING.search(text, max(lo, hi - _READ), hi)
    if found is None:
        return None
    what = phrases.tokens(text, found.start("what"), found.end("what"))
    if not _naming(what, found.group("verb")):
        return None
    name = opening_name(text, lo, found.start(), known)
    if name is None:
        return _speaker(opening_role(text, lo, found.start()))
    at = text.find(name, lo, found.start())
    return Said(name, at, at + len(name), False) if at >= 0 else Said(name, lo, lo, False)


def with_saying(text: str, lo: int, hi: int) -> Said | None:
    """The person a participle of speech after "with" gives the quote at ``hi`` to.

    'The vote passed, with Ada Ode saying the plan was "dead on arrival"': a comma,
    "with", a person's name (maybe with a role before it: "with harbour master Ada
    Ode"), then "saying", "adding", "warning", ... and the quote after it in the same
    clause, with no other speech verb between. The speaker must be a person (see
    :func:`~summarize.analysis._people.is_person`); "with some saying" gives none.
    """
    start = max(lo, hi - _READ)
    at = text.rfind(", with ", start, hi)
    if at < 0:
        return None
    toks = phrases.tokens(text, at + len(", with "), hi)
    k = next((j for j, (_, _, w) in enumerate(toks[:_WITH_READ]) if w in _WITH_SAYING), None)
    if k is None or not k:
        return None
    rest = toks[k + 1 :]
    if any(
        phrases.cue(toks, j) or (toks[j][2] in phrases.ENDS and phrases.ends_at(toks, j))
        for j in range(k + 1, len(toks))
    ) or any(w in _WITH_SAYING for _, _, w in rest):
        return None  # another speaker's words, or another clause, before the quote
    who = subject(text, toks, 0, k, whole=True) or _doing_and(text, toks, k)
    if who is None or who.pronoun or who.speaker is None or not is_person(who.speaker):
        return None
    return who


def _doing_and(text: str, toks: phrases.Tokens, k: int) -> Said | None:
    """The name after "with" that a participle and "and" join to the one at k.

    "with Ada Ode holding the Cup and muttering": a name, a participle in "-ing", at most
    four more words, then "and" right before the participle of speech.
    """
    j = phrases.name_forward(toks, 0, k)
    rest = [w for _, _, w in toks[j:k]]
    if not j or len(rest) > 6 or rest[-1:] != ["and"] or not rest[0].endswith("ing"):
        return None
    if not all(w.isalpha() for w in rest) or not rest[0].islower():
        return None
    return phrases.speaker_of(text, toks, 0, j)
