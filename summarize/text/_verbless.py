"""Whether a sentence holds no verb: a caption, a blurb or a line of a list, no statement.

"General view of the harbour at dawn.", "Original article on Kessel Science.", '"A
gripping, tender debut."', "Part 6 of the pier saga." name a thing and say nothing of
it. Read on the few sentences picked as exclusives only. English only.
"""

from __future__ import annotations

import re

__all__ = ["VERBS", "lacks_a_verb"]

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
    rule errs towards finding a verb), an auxiliary, a modal or a common verb whose past
    has no "-ed" ("took", "say"), a pronoun's contracted verb ("it's", "don't"), or a
    word in lower case right after a subject pronoun or an adverb that stands before
    verbs ("they act", "often act"), or after a plural that is no preposition or article
    ("Voters want ...", "Americans call ..."; not "seals near the pier"). A
    word written with a capital does not count: a line that opens on "Updated ..." or
    "Turned ..." is a notice or a list item. A line in capitals is read as if in lower
    case.

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
        if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
            return False
        if at and words[at - 1].lower() in _BEFORE_A_VERB:
            return False
    return _PLURAL_SUBJECT.search(text) is None
