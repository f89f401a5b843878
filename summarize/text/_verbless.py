"""Whether a sentence holds no verb: a caption, a blurb or a line of a list, no statement.

"General view of the harbour at dawn.", "Original article on Kessel Science.", '"A
gripping, tender debut."', "Part 6 of the pier saga." name a thing and say nothing of
it; "Rusty cranes, slow ferries, a crowded pier." lists things. Read on the few
sentences picked as exclusives only. English only.
"""

from __future__ import annotations

import re

__all__ = ["VERBS", "labelled_scene", "lacks_a_verb", "lists_things"]

# Finite verbs and their helpers that take no "-ed" or "-s": the auxiliaries and modals,
# the common verbs whose past is not written with "-ed", and a few that are seldom nouns
# ("want", "seem"); one that is as often a noun ("view", "work") is read from its place.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


VERBS = _words(
    "am is are was were be been being has have had do does did will would can could may"
    " might must shall should ought need dare"
    " said say told tell went go gone goes made make took take came come got get gave give"
    " found find saw see knew know thought think became become left leave felt feel kept keep"
    " began begin brought bring held hold stood stand ran run met meet paid pay sent send"
    " built build fell fall lost lose won win led lead spent spend struck strike wrote write"
    " spoke speak sat sit set put cut hit let shot shoot fled flee sought seek sold sell"
    " bought buy taught teach heard hear meant mean rose rise grew grow drew draw chose choose"
    " drove drive broke break threw throw wore wear hung hang fought fight caught catch swore"
    " dug flew fly forgot hid slid sank stole stuck swam tore woke wound lay lie laid bore"
    " ate eat drank drink sang sing rang ring fed feed bent bend lent lend spun spin shut"
    " quit read spread cost hurt split burst bet cast beat bit bite shook shake rode ride"
    " want hate live seem try ask remain agree serve"
)
# A pronoun's contracted verb ("it's", "they're", "we've", "I'll"), a negation ("don't").
_CONTRACTED = re.compile(
    r"\b(?:i|you|he|she|it|we|they|that|there|here|what|who|where|how|this)"
    r"['\u2019](?:s|re|ve|ll|d|m)\b|n['\u2019]t\b",
    re.IGNORECASE,
)
# What finds most verbs at once: a word in lower case after a space (not the first word)
# that ends in "-ed" or "-s" (not "-ss", "-us", "-is"), four letters at least, or "is",
# "was", "said" and the like. Each is a verb to the word-by-word reading below as well.
_QUICK = re.compile(
    r"(?<=\s)(?:[a-z][a-z'\u2019-]+(?:ed|[^\Wsui]s)"
    r"|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says)\b"
)
# Words that follow a plural noun without being its verb ("seals near the pier").
_FUNCTION_WORDS = _words(
    "the a an of in on at to for from with by near and or but as into onto over under after"
    " before about around across along against between through during without within beside"
    " behind beyond its their his her our your this that these those who which whose"
)
# A plural and, right after it, a word in lower case that is no preposition or article:
# its verb ("Voters want ...", "as many Americans call ..."; not "Tax Cuts, end of ...",
# "its cool demeanor", "seals near the pier").
_PLURAL_SUBJECT = re.compile(
    r"(?<![\w'\u2019])(?!(?:its|this|thus|was|has|does|yes|plus|less|unless|always|perhaps)\b)"
    r"[A-Za-z][a-z]*[^\W\d_sui']s[ \t]+"
    rf"(?!(?:{'|'.join(sorted(_FUNCTION_WORDS))})\b)[a-z]"
)
# A word, as the rule reads it: letters, with an apostrophe or a hyphen inside.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Words after which a word in lower case is a verb: a pronoun subject ("they act"), an
# adverb that stands before verbs ("often act").
_BEFORE_A_VERB = _words(
    "i we you they he she it who often also still never always usually rarely sometimes"
    " just already soon then now"
)


def lacks_a_verb(text: str) -> bool:
    """Whether ``text`` holds no word that may be a finite verb.

    A verb is a word in lower case that ends in "-ed" or "-s" (a plural noun too: the
    rule errs towards finding a verb; a possessive, "the nation's", is none), an
    auxiliary, a modal or a common verb whose past has no "-ed" ("took", "say"), a
    pronoun's contracted verb ("it's", "don't"), or a word in lower case right after a
    subject pronoun or an adverb that stands before verbs ("they act", "often act"), or
    after a plural that is no preposition or article ("Voters want ...", "Americans
    call ..."; not "seals near the pier"). A word written with a capital does not
    count: a line that opens on "Updated ..." or "Turned ..." is a notice or a list
    item. A line in capitals is read as if in lower case.

    Example:
        >>> lacks_a_verb("General view of the harbour entrance in Kessel, April 22, 2015.")
        True
        >>> lacks_a_verb('"A gripping, tender debut." - The Kessel Post')
        True
        >>> lacks_a_verb("Voters want the council to act.")
        False
        >>> lacks_a_verb("The ferry ran aground off Eastdock.")
        False
    """
    if _QUICK.search(text) or _CONTRACTED.search(text):
        return False  # most sentences: a verb found in C
    if text.isupper():  # a line in capitals: read its words as words
        text = text.lower()
    words = _WORD.findall(text)
    for at, word in enumerate(words):
        if not word[0].islower():
            continue  # a name, or the first word: "Updated ..." opens a notice
        if word in VERBS or word.endswith("ed"):
            return False
        if (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))  # "the port's": a noun's
            and len(word) > 3
        ):
            return False
        if at and words[at - 1].lower() in _BEFORE_A_VERB:
            return False
    return _PLURAL_SUBJECT.search(text) is None


# Where a list's parts meet: a comma, with "and" or "or" after it or not, or "and", "or".
_LIST_JOINS = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# Articles: "a" and "an" first.
_ARTICLES = ("a", "an", "the")
# Words that open a noun phrase, before an adjective in "-ed" ("a crowded pier").
_DETERMINERS = _words("the a an its their his her our your this that these those")
# Words a plural may stand before in a noun phrase ("seats near the pier", "lots of room").
_PREPOSITIONS = _FUNCTION_WORDS - _DETERMINERS
#: Fewest parts of a list of things, and most words of each part.
LIST_PARTS = 3
LIST_PART_WORDS = 4
#: Most words of a note's label ("A treat beforehand:").
LABEL_WORDS = 8
# A label, a colon, names (joined by "and"), an adverb in "-ly" or not, a word in "-ing".
_LABELLED_DOING = re.compile(
    r"([^:]{1,80}):\s+(?:[A-Z][\w'\u2019.-]*,?\s+(?:(?:and|&)\s+)?)+(?:[a-z]+ly\s+)?[a-z]+ing\b"
)


def lists_things(text: str) -> bool:
    """Whether ``text`` is a list of things: short noun phrases, with no verb among them.

    :func:`lacks_a_verb` counts every plural as a verb (it errs towards finding one), so
    a list of plurals ("Rusty cranes, slow ferries, empty berths.") passes it. Here
    ``text`` is cut at its commas and its "and" and "or": a list has
    :data:`LIST_PARTS` parts or more, each of :data:`LIST_PART_WORDS` words at most,
    and none holds a word that is a verb in its place: an auxiliary or a common verb
    (:data:`VERBS`), a pronoun's contracted verb, a pronoun that a verb follows, a
    word ending in "-s" with a word in lower case after it that is no preposition
    ("runs the ferry"; not "seats near the pier"), or one
    ending in "-ed" that closes its part, follows a word other than "the", "a" and
    the like, or stands before a function word or a name ("Ode added ferries",
    "ferries delayed", "jumped in with", "published the"; not "cramped cabins", "a
    crowded pier").

    Example:
        >>> lists_things("Rusty cranes, slow ferries, a crowded pier.")
        True
        >>> lists_things("Ada Ode, 45, runs the ferry.")
        False
        >>> lists_things("The port cut fares, added ferries and closed the pier.")
        False
    """
    if _CONTRACTED.search(text):
        return False
    body = text.strip().strip("\"'\u201c\u201d\u2018\u2019").rstrip(".!?;: ")
    parts = [part for part in _LIST_JOINS.split(body) if part.strip()]
    if len(parts) < LIST_PARTS:
        return False
    return all(
        len(words) <= LIST_PART_WORDS and not _holds_a_verb(words)
        for words in (_WORD.findall(part) for part in parts)
    )


def labelled_scene(text: str) -> bool:
    """Whether ``text`` is a note's label, then names doing something, with no verb.

    A live page notes what it sees ("A treat beforehand: Ada Ode and Ivo Brandt talking
    about ferries."): a label of :data:`LABEL_WORDS` words at most with no verb, a colon,
    names, a word in "-ing" (an adverb in "-ly" before it, or not), and after it no word
    that is a verb in its place (as :func:`lists_things` reads them; "in a commercial
    break" closes on a noun). Said with a verb
    ("The upshot: Ada Ode resigning was no surprise.") it is a statement.

    Example:
        >>> labelled_scene("A treat beforehand: Ada Ode and Ivo Brandt talking about ferries.")
        True
        >>> labelled_scene("The upshot: Ada Ode resigning was no surprise.")
        False
    """
    body = text.strip()
    found = _LABELLED_DOING.match(body)
    if found is None or _CONTRACTED.search(body):
        return False
    label = _WORD.findall(found.group(1))
    return (
        len(label) <= LABEL_WORDS
        and not _holds_a_verb(label)
        and not _holds_a_verb(_WORD.findall(body[found.end() :]), closing_noun=True)
    )


def _holds_a_verb(words: list[str], *, closing_noun: bool = False) -> bool:
    """Whether one of ``words`` is a verb in its place, as :func:`lists_things` reads it.

    With ``closing_noun``, a word of :data:`VERBS` that closes ``words`` two words after
    "a" or "an" is a noun ("in a commercial break"), as is one right after "a", "an" or
    "the" anywhere.
    """
    for at, word in enumerate(words):
        low = word.lower()
        last = at == len(words) - 1
        if closing_noun and (
            (at and words[at - 1].lower() in _ARTICLES)
            or (last and at > 1 and words[at - 2].lower() in _ARTICLES[:2])
        ):
            continue  # "a break", "in a commercial break": a noun
        if low in VERBS or low in _BEFORE_A_VERB:
            return True
        if (
            low.endswith("ed")
            and len(low) > 3
            and (
                last
                or (at and words[at - 1].lower() not in _DETERMINERS)
                or not words[at + 1].islower()
                or words[at + 1] in _FUNCTION_WORDS
            )
        ):
            return True  # "Ode added ferries", "jumped in"; not "cramped cabins"
        if (
            not last
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "'s", "\u2019s"))
            and words[at + 1][0].islower()
            and words[at + 1] not in _PREPOSITIONS
        ):
            return True  # "runs the ferry"; not "seats near the pier", "Ode's arm"
    return False
