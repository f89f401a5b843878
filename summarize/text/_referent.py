"""Whether a picked sentence speaks of a thing its article named before, without naming it.

A sentence whose subject is "the" and a few plain words ("The vote was 9 to 2.", "The
detour seems to work.") and that names nothing further on tells nothing away
from its article: which vote? So does one that opens on a comparison with what came
before ("By contrast, ...", "On the other hand, ...") or on a share of it ("Some of
them ...", "In another test, ..."), and so does one whose speaker is only "he" or
"they" ('"The tolls will rise," she said.') when the digest knows no name for them.
Read on the few sentences picked as exclusives only. English only.
"""

from __future__ import annotations

import re

__all__ = [
    "by_role",
    "opens_on_before",
    "pronoun_after_opening",
    "refers_back",
    "speaker_unnamed",
    "unnamed_subject",
]

# What may come before the subject: a word that joins the sentence to the one before it,
# or a short label ending on a colon ("The upshot: ").
_LEAD = (
    r"(?:(?:And|But|So|Yet|Still|However|Instead|Meanwhile|Now|Then|Thus),?\s+"
    r"|[A-Z][\w'\u2019]*(?:\s+[a-z][\w'\u2019]*){0,3}:\s+)?"
)
# "The" and the next two words at most, as long as they are in lower case.
_DEFINITE = re.compile(_LEAD + r"[Tt]he\s+([a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*)?)")
# A share of them, as its subject: "Many of the complaints ...", "Some of the boats ...".
_SHARE_OF = re.compile(
    _LEAD
    + r"(?i:many|most|some|all|several|few|none|half|much|each|one|two|three|both)\s+of\s+"
    + r"the\s+([a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*)?)"
)
# Words that give the subject a phrase or a clause of its own ("The transfer of light
# through the eyes ...", "The man who ..."): such a subject may say what it is.
_LINKS = frozenset(
    {"of", "in", "on", "at", "for", "from", "with", "between", "into", "to", "by", "about"}
    | {"and", "or", "who", "that", "which", "over", "under", "after", "before", "behind"}
    | {"against", "among", "during", "whose", "where"}
)
# A name, a title or an acronym further on (a capital letter), not "No. 15".
_NAMED = re.compile(r"\b(?!No\.\s*\d)[A-Z]")
# In an opening phrase, a capital that may name the one "he" or "she" stands for: not a
# day or a month ("On the night of May 20, she ..."), nor a party or a people, who are
# many ("After months of trying to win over Republicans, he ...").
_NAMES_SOMEONE = re.compile(
    r"\b(?!No\.\s*\d)"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|(?:Republicans|Democrats|Americans|Europeans|Conservatives|Liberals|Progressives"
    r"|Independents)\b)[A-Z]"
)
# A name that says which thing the subject is: in the word right after its words ("The
# northeastern U.S.", "The last US forces", 'The so-called "Harbour Watch" group', "The
# hashtag #nofares"), in a phrase set off by a comma or a dash right after them ("The
# judge, Ada Ode, ...", "The law, signed by Gov. Ada Ode, ..."), after a preposition or
# "...ed by" right after them ("The median estimate in a Kessel survey", "The new fares
# backed by Gov. Ada Ode"); and "of" there gives the subject a phrase of its own ("The
# intellectual roots of ..."). A day or a month names a time, not the thing ("The
# decision Monday ..."); a name further on, in the predicate ("The move drew praise from
# Kessel's mayor."), names another thing.
_NOT_A_NAME = (
    r"(?!No\.\s*\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
# Not after a verb of the subject's words: "The move was backed by ...", "The tribute
# consisted of ..." are in the predicate.
_NO_VERB = r"(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
_NAMES_SUBJECT = re.compile(
    rf"\s+(?:[\"\u201c\u2018']?{_NOT_A_NAME}[A-Z]|[#@]\w)"
    rf"|\s*(?:,|\s[\u2014\u2013-])[^,;:\u2014\u2013]*?(?<![\w'\u2019-]){_NOT_A_NAME}[A-Z]"
    rf"|(?:\s+(?:of|in|for|by|at|from|on|with|to|over|against|between|among)"
    rf"|{_NO_VERB}\s+[a-z]+ed\s+by)\s+(?:(?:the|a|an)\s+)?[\"\u201c\u2018']?{_NOT_A_NAME}[A-Z]"
    rf"|{_NO_VERB}(?<!ed)\s+of\b"
)
# "The last few months ...", "The past year ...": a time counted back from today, no thing.
_RECENT = re.compile(
    r"(?:last|past|coming)(?:\s+(?:few|two|three|four|five|several))?\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\b"
)
# "By contrast, ...", "On the other hand, ...": a comparison with what came before;
# "Some of them ...", "All of those ...": a share of it; "In another test, ...",
# "Then there's ...": one more of it; "Doing so ...", "Instead, ...": a step named
# before; "All were ...", "Several have ...": a share of a group named before.
_OPENING = re.compile(
    r"(?:(?:And|But|So|Yet|Still),?\s+)?"
    r"(?:(?i:by|in)\s+(?:comparison|contrast)\b"
    r"|(?i:on)\s+the\s+other\s+(?:hand|end|side)\b"
    r"|(?i:all|each|both|some|many|most|none|one|two|three|several|neither|either|few|half"
    r"|any|much|part|more)\s+of\s+(?:them|those|these|this|that|it)\b"
    r"(?!\s+(?:who|which|that|whose)\b)"
    r"|(?i:in|at|on|during|for|with|from|among|of|to)\s+(?:another|the\s+other|the\s+latter"
    r"|the\s+former)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*,"
    r"|(?i:finally|lastly|then|next|plus),?\s+there(?:['\u2019]s|\s+is|\s+are)\b"
    r"|(?i:doing|to\s+do)\s+(?:so|that|this)\b"
    r"|(?i:instead|in\s+return|in\s+exchange)\s*,"
    # "This time, ...": unlike a time named before; not "This time of year", "This time
    # last week", which name their own.
    r"|(?i:this\s+time)\b(?!\s+(?:of|last|next|a|an)\b)"
    r"|(?i:all|both|most|many|some|several|none|each|neither|either|few|others?)\s+"
    r"(?:were|are|was|is|have|has|had|will|would|could|can|may|might|must|should|took"
    r"|[a-z]+ed)\b)"
)

# "After three wrong tries at the ferry times, he went home.", "Quickly she wrote ...",
# "Should they lose, ...": "he", "she" or "they" as the subject, after an opening phrase
# that names nobody (a longer one than leans_on_context reads) or after an adverb or an
# auxiliary and at most one more word ("Ada Ode said she ..." is no such opening).
_PRONOUN_AFTER_OPENING = re.compile(
    r"(?:[^,;:\"\u201c\u201d]{1,120},\s+"
    r"|(?:[A-Z][a-z]+ly|Almost|Soon|Then|Later|Once|Now|Still|Should|Would|Could|Had|Were"
    r"|Yesterday|Today|Tomorrow|Eventually|Finally|Afterwards|Meanwhile|Next)"
    r"(?:\s+[a-z]+)?\s+)"
    r"(?:he|she|they)\s+(?!(?:and|or)\b)[a-z]"
)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that call a person (or people) by what they are, not by a name: a set has many
# of them ("the official", "the scientists", "the man"), so none is its one topic.
_ROLES = _words(
    "man men woman women boy boys girl girls child children kid kids teen teens teenager"
    " teenagers person couple family official officials minister ministers spokesman"
    " spokeswoman spokesperson scientist scientists researcher researchers expert experts"
    " analyst analysts host coach senator senators lawmaker lawmakers congressman"
    " congresswoman aide aides adviser advisers advisor source sources witness witnesses"
    " doctor doctors lawyer lawyers attorney attorneys officer officers agent agents driver"
    " pilot resident residents neighbor neighbour mother father son daughter wife husband"
    " brother sister friend friends student students teacher worker workers employee"
    " employees owner actor actress singer star rapper comedian model philanthropist"
    " president governor mayor judge suspect suspects victim victims defendant gunman"
    " shooter prosecutor prosecutors"
)
# A possessive ending: "the senator's office", "the woman\u2019s email".
_POSSESSIVE = re.compile(r"['\u2019]s?$")

# Quoted words, and a speaker named by a pronoun only: '..., she said.', '..." they wrote'.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
_PRONOUN_SPEAKS = re.compile(
    r"[,\"\u201d]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes"
    r"|explained|explains|noted|notes|recalled|recalls)\b"
)


def refers_back(text: str) -> bool:
    """Whether ``text`` speaks of something its article named before, and names it not.

    True when it opens on a comparison with what came before, a share of it, one more
    of it or a step it named ("By contrast, ...", "On the other hand, ...", "Some of
    them ...", "Several have ...", "In another test, ...", "Finally, there's ...",
    "Doing so ...", "Instead, ..."), or when its subject is "the" and plain words that
    name nothing (:func:`unnamed_subject`).

    Example:
        >>> refers_back("The vote was 9 to 2.")
        True
        >>> refers_back("The vote in the Kessel council was 9 to 2.")
        False
        >>> refers_back("By contrast, the older ferries ran on time.")
        True
        >>> refers_back("The move drew praise from Kessel's mayor.")
        True
        >>> refers_back("The harbour council, led by Ada Ode, approved the budget.")
        False
    """
    return opens_on_before(text) or unnamed_subject(text) is not None


def by_role(words: str) -> bool:
    """Whether ``words``, a subject's words after "the", call a person by a role, not a name.

    "security official", "man pressed", "senator's office": the set may speak of many
    officials, men or senators, so its topic does not tell which one is meant.

    Example:
        >>> by_role("security official"), by_role("senator's office"), by_role("new ferry")
        (True, True, False)
    """
    return any(_POSSESSIVE.sub("", word) in _ROLES for word in words.lower().split())


def opens_on_before(text: str) -> bool:
    """Whether ``text`` opens on what came before: a comparison, a share, one more, a step.

    "By contrast, ...", "Some of them ...", "In another test, ...", "Instead, ...".

    Example:
        >>> opens_on_before("On the other hand, the smaller boats kept sailing.")
        True
        >>> opens_on_before("The vote was 9 to 2.")
        False
    """
    return _OPENING.match(text.strip()) is not None


def unnamed_subject(text: str) -> str | None:
    """The words of a subject of "the" and plain words that names nothing, or None.

    The subject opens ``text``, after a joining word ("However, ") or a short label
    ("The upshot: "): "the" and one or two words in lower case of which neither gives
    it a phrase or a clause of its own ("The vote was ...", "The world-renowned expert";
    not "The transfer of light ...", "The man who ..."), with no name in the word right
    after them ("The northeastern U.S.") nor in a phrase set off by a comma or a dash
    right after them ("The judge, Ada Ode, ..."). A share of them ("Many of the
    complaints ...", "Some of the boats ...") is read as its "the" and words are. A name
    further on is in the predicate
    and names something else: "The move drew praise from Kessel's mayor." says nothing
    of which move. A day or a month is no name of the thing ("The decision Monday ...").
    Whether the words are the set's own topic ("The lawsuit seeks ..." in a set about
    one lawsuit) is for the caller to ask.

    Example:
        >>> unnamed_subject("However, the new timetable was dropped within a month.")
        'new timetable'
        >>> unnamed_subject("The decision Monday marks a setback for the port.")
        'decision'
        >>> unnamed_subject("The judge, Ada Ode, dismissed the case.") is None
        True
        >>> unnamed_subject("Many of the complaints were about the ferry.")
        'complaints were'
    """
    body = text.strip()
    subject = _DEFINITE.match(body) or _SHARE_OF.match(body)
    if subject is not None and body.startswith(":", subject.end()):
        return unnamed_subject(body[subject.end() + 1 :])  # "The big picture: ..." is a label
    if (
        subject is None
        or _LINKS.intersection(subject.group(1).split())
        or _NAMES_SUBJECT.match(body, subject.end()) is not None
        or _RECENT.match(body, subject.start(1)) is not None
    ):
        return None
    return subject.group(1)


def pronoun_after_opening(text: str) -> bool:
    """Whether the subject of ``text`` is "he", "she" or "they", after words that name nobody.

    The pronoun follows an opening phrase set off by a comma in which no word but the
    first is written with a capital ("After three wrong tries, he went home."), or
    an adverb or an auxiliary and at most one more word ("Quickly she wrote ...",
    "Should they lose ...", "Later today they ..."; not "Ada Ode said she ..."): who?
    A phrase that names someone ("When Ada Ode lost the vote, she resigned.") says who;
    a day, a month or a party ("After months of courting Democrats, he ...") does not.

    Example:
        >>> pronoun_after_opening("After three wrong tries at the ferry times, he went home.")
        True
        >>> pronoun_after_opening("Quickly she wrote a petition.")
        True
        >>> pronoun_after_opening("When Ada Ode lost the vote, she resigned.")
        False
        >>> pronoun_after_opening("The port closed, and they went home.")
        False
        >>> pronoun_after_opening("Police said they found the boat.")
        False
    """
    body = text.strip()
    found = _PRONOUN_AFTER_OPENING.match(body)
    return (
        found is not None
        and _NAMES_SOMEONE.search(body, 1, found.end()) is None
        and not _DEFINITE.match(body)  # "The port closed, and ...": a clause, no phrase
        and " and " not in body[: found.end()]
    )


def speaker_unnamed(text: str) -> bool:
    """Whether ``text`` gives its words to "he", "she" or "they" and names no one else.

    True when a pronoun says the words (", she said.", '," they wrote.') and no word
    outside quotation marks but the first is written with a capital letter: a sentence
    such as 'Nolan's parents, Ada and Bo Ode, were grateful, they said.' names them.
    Whether the digest knows the speaker from the text before is for the caller to ask.

    Example:
        >>> speaker_unnamed("The work could take up to a year, she said.")
        True
        >>> speaker_unnamed('"We will not wait for the board," they wrote.')
        True
        >>> speaker_unnamed("The port staff, Ada Ode said, worked all night.")
        False
        >>> speaker_unnamed("The Kessel board could take up to a year, she said.")
        False
    """
    body = text.strip()
    outside = _QUOTED.sub(" ", body)
    return (
        _PRONOUN_SPEAKS.search(body) is not None
        and _NAMED.search(outside.lstrip("\"\u201c\u2018' "), 1) is None
    )
