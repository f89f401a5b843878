"""Who speaks before a speech verb: the subject, read back from the verb.

In analysis/: :func:`subject` reads the speaker in the words before a speech verb
("SDF spokesman Ada Ode, 52, said" gives "Ada Ode"), dropping the words that describe
the name, appositives and relative clauses, for :mod:`summarize.analysis._attribution`
and :mod:`summarize.analysis._subjects`; names and phrases are read with
:mod:`summarize.analysis._speaker_phrases`, the parts set off by commas around a name by
:mod:`summarize.analysis._set_off`, and who a relative "who" before the verb stands for
by :mod:`summarize.analysis._relative`. Two people named as one subject ("Ada Ode and
Ivo Brandt said") are both the speaker. Each function reads a bounded number
of tokens.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ._organisations import joins_organisation, organisation_start
from ._roles import is_role
from ._set_off import (
    appositive,
    described_name,
    name_back,
    of_region,
    owner_role,
    titled_name,
    unclosed_body,
)
from ._speaker_phrases import (
    AND_NAME,
    BOUNDARY,
    OF,
    PLACE,
    PRONOUNS,
    TIME,
    TITLES,
    Said,
    Tokens,
    capital,
    is_word,
    phrase_word,
    pronoun_at,
    speaker_of,
    word_set,
)
from ._speech_words import goes_on
from ._titles import title_apart

__all__ = ["adverb", "name_back", "subject"]

_SUBJECT = 60  # tokens read before a speech verb for its subject
_ROLE_PREFIX = 8  # words of a role before a speaker's name after a quote, at most
_RELATIVE = word_set("who whom whose which")
_ADVERBS = TIME | word_set(
    "also later then again previously earlier once twice further reportedly separately recently"
    " has had have was were is would will on"
)
_AGE = re.compile(r"\d{1,3}")  # "Ada Ode, 52, said"
_GROUP = word_set("two three both")  # "the two captains": a group of people named before
_SEPARATORS = frozenset(",\u2014\u2013")
# Participles (in lower case) that open a clause set off after a subject: "The mayor,
# speaking on Monday, said", "Ada Ode, flanked by the crew, said".
_PARTICIPLES = word_set(
    "speaking writing talking appearing standing sitting walking visiting testifying addressing"
    " responding reacting campaigning arriving leaving returning flanked surrounded"
)


def _phrase_back(text: str, toks: Tokens, lo: int, hi: int, whole: bool) -> Said | None:
    """The speaker that ends toks[lo:hi] ("SDF spokesman Ada Ode" gives "Ada Ode")."""
    if lo >= hi:
        return None
    last = toks[hi - 1][2]
    if last.lower() in PRONOUNS:
        i = hi - 1
    elif capital(last):
        i = name_back(toks, lo, hi)
        joins = i > lo and joins_organisation(text, toks[i - 1][0], toks[i - 1][1])
        if i < hi and _joined(toks, i - 1) and not joins:  # "Ada Ode and Ivo Brandt said"
            return _pair(text, toks, lo, i, hi, whole)
        named = speaker_of(text, toks, i, hi).speaker or ""
        if joins and title_apart(named, None)[0] == named:  # no "Chairman Ada Ode" in it
            # "the Ways and Means Committee said": the whole organisation's name
            start = organisation_start(text, toks[i][0])
            while i > lo and toks[i - 1][0] >= start:
                i -= 1
        if i > lo + 1 and toks[i - 1][2] in _GROUP and toks[i - 2][2].lower() == "the":
            i -= 1  # "the two captains said": the pair, not "captains"
        if i > lo and toks[i - 1][2].lower() == "the":
            i -= 1
        if i > lo and toks[i - 1][2] in OF:  # "a spokesman for the SDF", "police in Oslo"
            i, name = i - 1, i
            while i > lo and is_word(toks[i - 1][2]) and toks[i - 1][2] not in BOUNDARY:
                i -= 1
            if name - i > 6:
                i = name
    else:
        i = hi
        while i > lo and phrase_word(toks, i - 1, lo, hi, BOUNDARY):
            i -= 1
        if hi - i > 8:
            return None
    if i >= hi:
        return None
    if whole:  # after a quote, only describing words may come before the speaker
        # an abbreviation's stop belongs to it ("U.S. Harbour spokeswoman Ada Ode")
        prefix = [
            word
            for k, (_, _, word) in enumerate(toks[lo:i], lo)
            if not (word == "." and k > lo and toks[k - 1][1] == toks[k][0])
        ]
        # a role that ends in its head may be longer ("Kessel Park public information officer")
        most = _ROLE_PREFIX if prefix and is_role(prefix[-1:]) else 4
        if len(prefix) > (0 if last.lower() in PRONOUNS else most):  # not "noting he warned"
            return None
        # an "and" between two roles: "the actor and activist Ada Ode"
        ands = {n for n, w in enumerate(prefix) if n and w == "and" and is_role([prefix[n - 1]])}
        roles = ands if prefix and is_role(prefix[-1:]) else set()
        if any(
            not is_word(w) or (w.lower() in BOUNDARY and n not in roles) or w.endswith("ing")
            for n, w in enumerate(prefix)
        ):
            return None
    return pronoun_at(toks, i) if last.lower() in PRONOUNS else speaker_of(text, toks, i, hi)


def _pair(text: str, toks: Tokens, lo: int, i: int, hi: int, whole: bool) -> Said:
    """Two people who speak together: "Ada Ode and Ivo Brandt said" gives them both.

    toks[i:hi] is the second name, after "and". The first is a name with no comma or
    name before it, and after a quote nothing but a few words of a role ("harbour
    pilot Ada Ode and Ivo Brandt"); else, as in a list ("Mia Lund, Ada Ode and Ivo
    Brandt said") or after an age, the speakers are not told (``None``).
    """
    first = name_back(toks, lo, i - 1)
    while any(w.endswith(("'s", "\u2019s")) for _, _, w in toks[first : i - 2]):
        first += 1  # "the Tax Office's Ada Ode and Ivo Brandt": the owner is no name of theirs
    before = toks[first - 1][2] if first > lo else "a"
    owner = before.endswith(("'s", "\u2019s"))
    listed = before == "," or (capital(before) and not owner)
    if first < i - 2 and toks[first][2].lower().rstrip(".").removesuffix("s") in TITLES:
        first += 1  # "Senators Ada Ode and Ivo Brandt": the title of both
    if first >= i - 1 or listed or (whole and first - lo > 4):
        return Said(None, toks[i][0], toks[hi - 1][1], False)
    one, two = speaker_of(text, toks, first, i - 1), speaker_of(text, toks, i, hi)
    return Said(f"{one.speaker} and {two.speaker}", one.start, two.end, False)


def _joined(toks: Tokens, k: int) -> bool:
    """Whether token k joins a name to another before it: "Ada Ode and", "Ada Ode, 52, and"."""
    if k < 1 or toks[k][2] not in AND_NAME:
        return False
    before = toks[k - 1][2]
    aged = before == "," and k > 1 and _AGE.fullmatch(toks[k - 2][2]) is not None
    return capital(before) or aged


def _aside(word: str) -> bool:
    """Whether a word opens a clause set off after a subject: "who", a participle ("speaking")."""
    return word.lower() in _RELATIVE or word in _PARTICIPLES


def adverb(word: str) -> bool:
    """Whether a word may stand between a speaker and the verb: "also", "Friday", "quickly"."""
    return word.lower() in _ADVERBS or (word.endswith("ly") and word.islower())


def subject(text: str, toks: Tokens, lo: int, hi: int, whole: bool) -> Said | None:
    """Who speaks in toks[lo:hi], the words before a speech verb.

    Words before a name that describe it are dropped ("SDF spokesman Ada Ode"
    gives "Ada Ode"), and so are appositives, ages among them, and relative
    clauses ("Ada Ode, the head of ..., said", "Ada Ode, 52, said" and "a man who
    fled in May told" give "Ada Ode" and "a man"); a speaker without a name stays
    a phrase ("a spokesman for the city council"). The name itself is written as
    :func:`speaker_of` says.

    With ``whole``, toks[lo:hi] must be the speaker and words describing it, and
    nothing else (what stands between a quote and the verb after it).

    Example:
        >>> from summarize.analysis._speech_words import cue, tokens
        >>> text = "SDF spokesman Ada Ode, 52, said"
        >>> toks = tokens(text, 0, len(text))
        >>> verb = next(k for k in range(len(toks)) if cue(toks, k))
        >>> subject(text, toks, 0, verb, whole=False).speaker
        'Ada Ode'
    """
    lo = max(lo, hi - _SUBJECT)
    if any(toks[k][2] == "(" for k in range(lo, hi)):  # "Ada Ode (D-Ore.) said"
        kept, depth = [], 0
        for token in toks[lo:hi]:
            depth = max(0, depth + (token[2] == "(") - (token[2] == ")"))
            if not depth and token[2] != ")":
                kept.append(token)
        toks, lo, hi = kept, 0, len(kept)
    if hi - lo > 2 and goes_on(toks, hi - 1):  # "The statement goes on to say"
        hi -= 3
    while hi > lo and adverb(toks[hi - 1][2]):  # "Ode also said", "Ode on Friday said"
        hi -= 1
    cuts = [k for k in range(lo, hi) if toks[k][2] in _SEPARATORS]
    if hi > lo and toks[hi - 1][2] in _SEPARATORS:  # "Ada Ode, the head of the office," said
        bounds = [lo - 1, *cuts]
        parts = [(a + 1, b) for a, b in zip(bounds, cuts, strict=False) if b > a + 1]
        pick = None
        for n, (a, b) in enumerate(parts[:-1]):
            name = name_back(toks, a, b)
            place = name > a and toks[name - 1][2].lower() in PLACE
            region = of_region(toks, (a, b), parts[n + 1])  # "Ada Ode of Kessel, Brennock,"
            if region and len(parts) > n + 2 and not appositive(toks, parts[n + 2 :]):
                region = False  # "of Kessel, Brennock, Ivo Brandt,": a list
            if (region or appositive(toks, parts[n + 1 :])) and name < b and not place:
                pick = (a, b)
                break
        if pick is None:  # "Ada Ode, who ..., said"; "The mayor, speaking on Monday, said"
            pick = next((p for p, q in pairwise(parts) if _aside(toks[q[0]][2])), None)
        if pick is None and len(parts) > 1 and described_name(toks, parts):
            # "his father, Tom Brell," said; "..., the retired Capt. Tom Brell," said
            pick = (titled_name(toks, *parts[-1]), parts[-1][1])
        if pick is None:
            return None
        # With ``whole``, only a role may stand before the name: '"...," the lead
        # author, Ada Ode, a psychologist, said'.
        before = [(a, b) for a, b in parts if b < pick[0]]
        roles = all(toks[a][2][:1].islower() or owner_role(toks, a, b) for a, b in before)
        if whole and not roles:
            return None
        lo, hi = pick
    elif cuts:
        if whole and len(cuts) == 1 and unclosed_body(toks, lo, cuts[0], hi):
            return _phrase_back(text, toks, lo, cuts[0], whole)  # "Ode, a partner of Acme said"
        if whole:
            return None
        lo = cuts[-1] + 1
    hi = next((k for k in range(lo, hi) if toks[k][2].lower() in _RELATIVE), hi)
    return _phrase_back(text, toks, lo, hi, whole)
