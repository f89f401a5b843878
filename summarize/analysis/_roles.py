"""A speaker's role or title, kept apart from the name.

In analysis/: :func:`role_of` reads the words that describe a named speaker, either
right before the name ("said trauma surgeon Dr. Jason Lees", "SDF spokesman Ada
Ode said") or in the apposition after it ("Mara Quell, the harbour master, said",
"Ada Ode, a spokeswoman for the port, said"). A role is a noun phrase whose head
is a role noun: a word of :data:`ROLE_NOUNS`, or one ending as agent nouns do
("-er", "-or", "-ist", "-ian") and is not one of the common words that end so
("other", "paper"); anything else ("Ada Ode, 52,", "Ada Ode, who ...") gives no role.
An apposition opens as a noun phrase does (an article, a capitalised word or a
possessive) and ends before a relative clause ("..., a paleontologist who worked
on the paper").
"""

from __future__ import annotations

import re

from ._speaker_phrases import BOUNDARY, PRONOUNS, TIME, TITLES, word_set

__all__ = ["ROLE_NOUNS", "role_of"]

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
)
# Words that end as agent nouns do but name no role.
_NOT_AGENT = word_set(
    "other others another never ever however after over under rather whether together"
    " later water number numbers order center centre paper newspaper letter matter power"
    " major minor per winter summer border corner chapter character"
    " quarter weather computer murder cancer"
)

_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)s?")
# A word; a dot only inside it ("U.S"), so a sentence's final stop stays a mark between words.
_WORD = re.compile(r"[^\W\d_](?:[\w'\u2019\-&]|\.(?=\w))*")
_MOST = 8  # words of a role, at most
# Words that never belong to a role read back from a name.
_NOT_ROLE = (
    BOUNDARY
    | PRONOUNS
    | TIME
    | word_set("the a an by to is was were has had have her his their its my our your")
)
_DETERMINERS = word_set("the a an")


def role_of(text: str, start: int, end: int) -> str | None:
    """The role the text gives the speaker named at text[start:end], or ``None``.

    Example:
        >>> text = '"We rushed in," said trauma surgeon Dr. Jason Lees.'
        >>> role_of(text, text.index("Dr."), len(text) - 1)
        'trauma surgeon'
        >>> text = 'Mara Quell, the harbour master, said: "Nobody listened."'
        >>> role_of(text, 0, 10)
        'harbour master'
        >>> text = 'Ada Ode, 52, said: "It fell."'
        >>> role_of(text, 0, 7) is None
        True
    """
    return _before(text, start) or _after(text, end)


def _is_role(phrase: list[str]) -> bool:
    """Whether the words end in a role noun (its head)."""
    if not phrase:
        return False
    head = phrase[-1].lower().rstrip(".")
    return head in ROLE_NOUNS or (head not in _NOT_AGENT and bool(_AGENT.fullmatch(head)))


def _before(text: str, start: int) -> str | None:
    """The role written right before the name: the words back to a verb or a mark.

    A title that is part of the name ("Dr.", "Gen.") is the speaker's, not here.
    """
    words = list(_WORD.finditer(text, max(0, start - 120), start))
    phrase: list[re.Match[str]] = []
    for match in reversed(words):
        gap = text[match.end() : phrase[0].start() if phrase else start]
        if gap.strip() or len(phrase) == _MOST:
            break  # a comma, a quotation mark or a dash: the phrase ends there
        word = match.group()
        if word.lower() in _NOT_ROLE or (word.lower().rstrip(".") in TITLES and not phrase):
            break
        phrase.insert(0, match)
    # The role's head noun stands right before the name ("trauma surgeon Dr. Jason Lees").
    if not phrase or not _is_role([phrase[-1].group()]):
        return None
    return " ".join(text[phrase[0].start() : phrase[-1].end()].split())


def _after(text: str, end: int) -> str | None:
    """The role in an apposition after the name.

    As in ", the harbour master," or ", a spokeswoman for the port,".
    """
    rest = text[end : end + 160]
    if not rest.startswith(", "):
        return None
    stop = re.search(r"[,;:.!?\"\u201c\u201d()\u2014\u2013]", rest[2:])
    phrase = rest[2 : 2 + stop.start()] if stop else ""
    if not stop or rest[2 + stop.start()] not in ",.;:\u2014\u2013":
        return None
    words = phrase.split()
    if not words or not (
        words[0].lower() in _DETERMINERS
        or words[0][0].isupper()
        or words[0].endswith(("'s", "\u2019s"))
    ):
        return None
    if words[0].lower() in _DETERMINERS:
        words = words[1:]
    words = words[: next((k for k, w in enumerate(words) if w.lower() in BOUNDARY), len(words))]
    if len(words) > _MOST + 4:
        return None
    # The head is the last word before "of", "for", "at" or "in" ("spokeswoman for the port").
    cut = next(
        (k for k, w in enumerate(words) if w.lower() in ("of", "for", "at", "in", "with")),
        len(words),
    )
    if not _is_role(words[:cut]):
        return None
    return " ".join(words)
