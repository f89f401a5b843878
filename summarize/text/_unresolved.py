"""Whether a shown line's subject finds what it stands for in the line or in the lines before it.

In text/, read by claims/ on the lines a digest shows, in the order it shows them. A
line whose subject is a word that stands for something named elsewhere ("The move
...", "The news ...", "The Kessel senator said ...") reads right when a line shown
before it names that thing, and wrongly when none does; a line whose speaker is not in
it (a piece of a quotation that runs over several sentences, '"We will rebuild the
pier.'; words in the first person, "I adore the old ferry.") reads right only right
after a sentence of its article next to it, where the speaker's words go on. English only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._content import stands_alone
from ._context import INTERJECTIONS
from ._languages import stemmer
from ._referent import by_role, unnamed_subject

__all__ = ["SHELL_NOUNS", "names_before", "pointing_noun", "speaker_left_out", "told_whole"]

#: Nouns that, after "the", stand for a thing said, done or counted before ("The move
#: ...", "The news ...", "The number ..."): a set tells of many such things, so its topic
#: does not say which one is meant. Nouns a set is often about as a whole ("the
#: decision", "the allegations", "the report") are left out: the set's topic says which.
SHELL_NOUNS = frozenset(
    {"move", "announcement", "news", "number", "issue", "incident", "statement", "remarks"}
    | {"comments", "development", "step", "change", "effort", "result", "results"}
    | {"finding", "findings", "figure", "figures"}
)
# What may come before the subject: a word that joins the sentence to the one before it.
_LEAD = r"(?:(?:And|But|So|Yet|Still|However|Meanwhile|Now|Then),?\s+)?"
# "The Kessel senator", "The Democratic lawmaker": "the", a word or two with a capital (a
# place, a party), then a word in lower case, which calls someone by a role.
_NAMED_ROLE = re.compile(
    _LEAD + r"[Tt]he\s+(?:[A-Z][\w.'\u2019-]*\s+){1,2}([a-z][a-z'\u2019]*)\b(?!\s*,)"
)
# After a subject's words, a participle and a preposition that say which thing it is:
# "(The effort) aimed at ...", "(The move) intended to ...", "(The step) taken by ...".
_SAYS_WHICH = re.compile(
    r"(?:\s+[a-z]+){0,1}?\s+[a-z]+(?:ed|en|ing)\s+(?:at|to|by|for|on|in|of|against|toward)\b"
)
# After a shell noun, a word in lower case that is neither a verb nor an adverb (not "-s",
# "-ed", "-ly", an auxiliary or a preposition): the noun it heads, the shell noun only
# its modifier ("The news network reported ...").
_HEAD_AFTER = re.compile(
    r"\s+(?!(?:is|was|are|were|will|would|could|can|may|might|must|should|shall|has|had|have"
    r"|did|does|do|came|come|drew|led|left|made|took|gave|got|went|broke|fell|rose|met|won|lost"
    r"|sent|brought|began|became|kept|held|said|told|meant|set|put|by|of|in|on|at|for|from|to"
    r"|with|over|after|before|since|about|against|also|now|then|still|alone)\b)"
    r"[a-z]+(?<!s)(?<!ed)(?<!ly)\b(?![\'\u2019])"
)
# Words that join a sentence to the one before, skipped to find who speaks.
_JOINERS = frozenset({"and", "but", "so", "yet", "still", "now", "then"}) | INTERJECTIONS
# The speaker's own "I" or "we" as the subject: "I adore ...", "We're not ...".
_FIRST_PERSON = re.compile(r"(?:i|we)(?:['\u2019](?:m|re|ve|ll|d))?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# Quoted words closed, then more words: those that say who spoke them ('...," said Ada Ode.').
_SAID_AFTER = re.compile(r"[,?!.\u2026-][\"\u201d]\s+\w")
# Quoted words, and a speaker named by a pronoun only, after them: '..., he began.'.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
_PRONOUN_SPEAKS = re.compile(r"[,?!][\"\u201d]\s*(?:he|she|they)\s+[a-z]+")
# "those convictions": things named before; not "those who ...", "those in need".
_THOSE = re.compile(
    r"\b[Tt]hose\s+(?!(?:who|whom|whose|which|that|in|of|at|with|from|on|for|are|were)\b)[a-z]"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def pointing_noun(text: str) -> str | None:
    """The noun of a subject of "the" that stands for a thing or a person named elsewhere.

    A shell noun (:data:`SHELL_NOUNS`) among the subject's plain words ("The move drew
    praise.", "The news will not surprise the board."), or a role after a name or a
    party ("The Kessel senator said ...": which one?). None when the subject names what
    it is (:func:`~summarize.text.unnamed_subject`: "The move by Ada Ode ...") or is none
    of these ("The economy grew.").

    Example:
        >>> pointing_noun("The move drew praise from the harbour board.")
        'move'
        >>> pointing_noun("The Kessel senator said the pier would close.")
        'senator'
        >>> pointing_noun("The economy grew in May."), pointing_noun("The move by Ada Ode.")
        (None, None)
        >>> pointing_noun("The effort aimed at recalling the mayor failed.") is None
        True
        >>> pointing_noun("The news network reported the fire."), pointing_noun("The news broke.")
        (None, 'news')
    """
    body = text.strip()
    subject = unnamed_subject(body)
    if subject is not None:
        for word in subject.split():
            if word in SHELL_NOUNS:
                after = body[body.index(subject) + subject.index(word) + len(word) :]
                # "The effort aimed at recalling the mayor ...": a phrase says which; "The
                # news network ...": the noun is another's, not the subject's head
                if _SAYS_WHICH.match(after) or _HEAD_AFTER.match(after):
                    return None
                return word
        return None
    role = _NAMED_ROLE.match(body)
    if role is not None and by_role(role.group(1)) and not _POSSESSIVE.search(role.group(1)):
        return role.group(1)
    return None


def names_before(noun: str, lines: Sequence[str]) -> bool:
    """Whether one of ``lines`` writes ``noun`` (or another form of it: "senators", "moved").

    Example:
        >>> names_before("move", ["Kessel moved the ferry to Brennock."])
        True
        >>> names_before("senator", ["The pier closed."])
        False
    """
    stem = stemmer("english")
    wanted = stem(noun)
    return any(
        stem(_POSSESSIVE.sub("", word.lower())) == wanted
        for line in lines
        for word in _WORD.findall(line)
    )


def speaker_left_out(text: str) -> bool:
    """Whether ``text`` gives words whose speaker it does not name.

    A piece of a quotation that runs over several sentences and no verb of its own
    says who speaks ('"We will rebuild the pier.', 'Rebuild it all."':
    :func:`~summarize.text.stands_alone` read with no speaker known), or a sentence
    whose subject is "I" or "we", outside quotation marks ("I adore the old ferry.").

    Example:
        >>> speaker_left_out('"We will rebuild the pier by spring.')
        True
        >>> speaker_left_out("But I adore the old ferry.")
        True
        >>> speaker_left_out('"We will rebuild the pier," said Ada Ode.')
        False
        >>> speaker_left_out('We will rebuild it," said Ada Ode.')
        False
        >>> speaker_left_out("The pier reopened on Monday.")
        False
    """
    body = text.strip()
    if not body:
        return False
    if body[0].isalpha() and _first_person(body) and not _SAID_AFTER.search(body):
        return True  # 'We live in hard times," said Ada Ode.' names the speaker after the words
    return not stands_alone(body) and stands_alone(body, attributed=True)


def told_whole(text: str) -> bool:
    """Whether ``text`` reads whole as written: nothing that it speaks of or quotes left out.

    It stands alone (:func:`~summarize.text.stands_alone`, no speaker known from
    elsewhere), names its speaker (:func:`speaker_left_out`; not '..., he began.'),
    opens on a letter, a digit or a quotation mark (not on a dash: "— Ada Ode, asked
    ..." is a caption), and speaks of no "those" things named before ("those
    convictions"; "those who ..." describes).

    Example:
        >>> told_whole('"We will rebuild the pier," said Ada Ode.')
        True
        >>> [told_whole(t) for t in ('"We will rebuild the pier," she began.',
        ...                          "\u2014 Ada Ode, asked where the ferry goes.",
        ...                          "The appeal of those fines will be heard in May.")]
        [False, False, False]
    """
    body = text.strip()
    return (
        bool(body)
        and (body[0].isalnum() or body[0] in '"\u201c')
        and stands_alone(body)
        and not speaker_left_out(body)
        and _PRONOUN_SPEAKS.search(body) is None
        and _THOSE.search(_QUOTED.sub(" ", body)) is None
    )


def _first_person(body: str) -> bool:
    """Whether ``body`` opens, after any joining words, on "I" or "we"."""
    for word in body.split(None, 4):
        bare = word.strip(",;:").lower()
        if bare in _JOINERS:
            continue
        return _FIRST_PERSON.fullmatch(bare) is not None
    return False
