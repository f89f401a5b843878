"""The words of a role: the nouns that head one, and the words that describe or end one.

In analysis/: :func:`is_role` says whether words end in a role's head ("trauma surgeon",
"spokeswoman"), for :mod:`summarize.analysis._roles` and the readers of a speaker's
words; :data:`PARTICIPLES` are the words in "-ed" and "-ing" that describe a role
("acting mayor", "retired teacher") rather than act on the name after them, and
:func:`clause_before` where a role read back starts past a clause ("judge sentenced").
"""

from __future__ import annotations

import re

from ._speech_words import BOUNDARY, PRONOUNS, TIME, word_set

__all__ = [
    "DETERMINERS",
    "HELD",
    "LINKING",
    "LINKING_ING",
    "MOST",
    "NOT_AGENT",
    "NOT_ROLE",
    "OF",
    "OWN_WORDS",
    "PARTICIPLES",
    "POSSESSIVES",
    "RELATIONS",
    "ROLE_NOUNS",
    "clause_before",
    "is_role",
    "owned",
    "verb_before",
]

#: Heads of a role that do not end as agent nouns do (lower case, singular and plural).
ROLE_NOUNS = word_set(
    "chief head spokesman spokeswoman spokesperson spokesmen spokeswomen official officials"
    " aide aides adviser advisor analyst analysts expert experts witness witnesses"
    " judge mayor governor senator secretary minister president chairman chairwoman chair"
    " director dean principal captain sergeant sheriff lieutenant colonel general"
    " commander detective deputy attorney counsel editor founder cofounder co-founder"
    " owner ceo cfo coo executive economist scientist strategist surgeon physician doctor"
    " nurse professor lecturer student students resident residents neighbour neighbor"
    " neighbours neighbors friend friends father mother son daughter wife husband brother"
    " sister uncle aunt cousin grandmother grandfather widow parent parents colleague"
    " coach player veteran victim survivor activist lawmaker lawmakers diplomat envoy"
    " ambassador representative delegate candidate host creator author member members"
    " chancellor premier king queen prince princess pope bishop priest imam rabbi"
    " superintendent inspector commissioner administrator coordinator manager clerk"
    " agent agents assistant attendant consultant correspondent regent"
    " architect architects"
    " mom dad mum grandson granddaughter stepfather stepmother fiance fiancee girlfriend"
    " boyfriend partner whip congressman congresswoman congressmen congresswomen"
    " actress actresses poet poets critic critics"
    " mechanic mechanics medic medics paramedic paramedics"
    " scholar scholars emcee emcees"
    " employee employees appointee appointees operative operatives"
    " fellow fellows"
    " mp mps mep meps mla mlas msp msps"  # members of a parliament: "Liberal MP Ada Ode"
    " councilman councilwoman councilmen councilwomen alderman alderwoman assemblyman"
    " assemblywoman trustee trustees"
)
# Words that end as agent nouns do but name no role.
NOT_AGENT = word_set(
    "other others another never ever however after over under rather whether together"
    " later water number numbers order center centre paper newspaper letter matter power"
    " major minor per winter summer border corner chapter character former latter"
    " quarter weather computer murder cancer september october november december"
    " younger older bigger larger smaller greater higher lower longer stronger newer"
    " predecessor predecessors successor successors"  # a relation to another holder
)

_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)s?")

#: Participles and adjectives in "-ed" or "-ing" that describe a role before its head
#: ("acting mayor", "retired teacher", "disgraced former senator"), not verbs before it.
PARTICIPLES = word_set(
    "acting retired elected reelected re-elected disgraced embattled alleged suspected"
    " unnamed unidentified licensed certified registered trained qualified seasoned respected"
    " renowned noted celebrated acclaimed distinguished decorated married divorced widowed"
    " leading ranking managing founding presiding visiting supervising retiring outgoing"
    " incoming sitting serving reigning governing ruling long-serving long-standing"
    " self-described self-proclaimed so-called grieving bereaved injured wounded missing"
)


MOST = 8  # words of a role, at most
#: Words that never belong to a role read back from a name.
NOT_ROLE = (
    BOUNDARY
    | PRONOUNS
    | TIME
    | word_set("the a an by to is was were has had have her his their its my our your")
)
DETERMINERS = word_set("the a an")
#: Prepositions a role read back from a name stops at (not "of": "University of Texas law
# professor").
LINKING = word_set("for at in with on from about against by to into over under after")
#: Prepositions in "-ing" that a role read back from a name starts after ("including lawyer").
LINKING_ING = word_set("including regarding concerning following excluding featuring")
#: Words that say a role is no longer held, kept with it: "said former CEO Ada Ode", "Ada
#: Ode, former mayor, said" ("former" ends as an agent noun does, yet is no one who forms).
HELD = word_set("former")
#: Possessives that may open a role ("his father"), dropped from it as "the" is.
POSSESSIVES = word_set("his her their its our my your")
#: Possessives of the one who speaks: a relation after them ("our dear friend Ada Ode",
#: "my mother Ada Ode") is theirs to the person named, no role of that person's.
OWN_WORDS = word_set("my our your")
#: Role nouns that name a relation to someone, not a title or a job.
RELATIONS = word_set(
    "friend friends father mother son daughter wife husband brother sister uncle aunt cousin"
    " grandmother grandfather parent parents colleague colleagues mom dad mum grandson"
    " granddaughter stepfather stepmother fiance fiancee girlfriend boyfriend partner"
    " neighbour neighbor brothers sisters"
)
#: Words after a role's head that open what it is of ("spokeswoman for the port", "adviser
#: to the mayor").
OF = word_set("of for at in with on to")


def is_role(phrase: list[str]) -> bool:
    """Whether the words end in a role noun (its head)."""
    if not phrase:
        return False
    head = phrase[-1].lower().rstrip(".")
    if phrase[-1].islower():  # "co-author": an author; not "then-Deputy"
        head = head.rpartition("-")[2]
    plural = head.removesuffix("s")  # "letters", "numbers": no role either
    agent = head not in NOT_AGENT and plural not in NOT_AGENT and bool(_AGENT.fullmatch(head))
    return head in ROLE_NOUNS or agent


def owned(word: str) -> bool:
    """Whether a word is a capitalised owner ("Brell's"), with either apostrophe."""
    return word[:1].isupper() and word.endswith(("'s", "\u2019s"))


def verb_before(word: str, after: int) -> bool:
    """Whether a word read back from a role is a verb that ends it, not a word of the role.

    A participle or a past tense in lower case ("-ed", "-ing") is a verb unless it
    describes a role (:data:`PARTICIPLES`: "acting", "retired", "elected") or stands
    right before the role's one word, as a noun does ("marketing coordinator",
    "convicted fraudster"): "accused former IRS official" is "accused" and a role.
    ``after`` is the number of words of the role read after it.
    """
    if not word.islower() or not word.endswith(("ed", "ing")) or word in PARTICIPLES:
        return False
    return after > 1


def clause_before(words: list[str]) -> int:
    """Where a role read back before a name starts past words that are not of it, or 0.

    A role noun then a past tense is a clause's subject and verb ("A judge sentenced
    veteran Ada Ode": "veteran"); a noun that is no role before "of", the role's head
    last, is what the sentence speaks of ("the whereabouts of French reporter Ada Ode":
    "French reporter"); "director of research" and "convicted fraudster" stay whole.
    """
    cut = 0
    for k in range(1, len(words) - 1):
        word, before = words[k], words[k - 1]
        if word.endswith("ed") and word.islower() and before.islower() and is_role([before]):
            cut = k + 1  # "judge sentenced": a subject and its verb
        elif word == "of" and k > cut and is_role(words[-1:]) and not is_role([before]):
            cut = k + 1  # "whereabouts of": what the role's holder has
    return cut
