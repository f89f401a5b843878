"""A speaker named by an epithet: "the German said", "the Kentucky Republican said".

In analysis/, for :mod:`summarize.analysis._speakers`: news calls a person it has just
named by what they are ("the 45-year-old", "the Ohio Democrat", "the actress").
:func:`is_epithet` tells such a phrase from a role of office ("the spokesman", read by
:meth:`summarize.analysis._mentions.Mentions.named`), and :func:`by_epithet` names the one
person the passage follows, as a "he" or "she" is named, or nobody: an epithet is no name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ._pronouns import Resolver
from ._reach import in_reach
from ._role_words import RELATIONS, is_role
from ._speaker_phrases import Said, word_set

__all__ = ["by_epithet", "epithet_role", "is_epithet"]

_MOST = 5  # words of an epithet after "the", at most
_AGE = re.compile(r"\d{1,3}-year-old")
# Party and political leaning, after a state's name or alone: "the Ohio Democrat".
_PARTIES = word_set("Republican Democrat Independent Conservative Liberal Socialist Tory")
# Nationalities a person is called by ("the German"), as nouns; not adjectives of a
# paper or a team ("the Guardian", "the Canadiens").
_DEMONYMS = word_set(
    "German Briton Brit Frenchman Frenchwoman Englishman Englishwoman Scot Scotsman Welshman"
    " Irishman Irishwoman Dutchman Swede Dane Finn Norwegian Pole Czech Slovak Hungarian"
    " Austrian Swiss Italian Spaniard Portuguese Greek Turk Russian Ukrainian Belarusian"
    " Serb Croat Bosnian Albanian Romanian Bulgarian Israeli Palestinian Iraqi Iranian"
    " Syrian Lebanese Jordanian Egyptian Saudi Yemeni Kuwaiti Qatari Emirati Afghan"
    " Pakistani Indian Bangladeshi Nepali Chinese Japanese Korean Vietnamese Thai Filipino"
    " Indonesian Malaysian Australian Kiwi Canadian American Mexican Brazilian Argentine"
    " Argentinian Chilean Colombian Venezuelan Cuban Nigerian Kenyan Ethiopian Ghanaian"
    " Somali Sudanese Libyan Tunisian Algerian Moroccan Texan Californian Floridian"
    " Nazi"
)
# Words for what a person is (their work, their fame, their place in the story) that
# the text calls them by once it has named them; not an office they speak for, nor
# "the man" or "the woman", as often someone the text never names.
_NOUNS = word_set(
    "actor actress star superstar singer songwriter rapper comedian comic musician"
    " guitarist drummer model designer director filmmaker producer writer novelist poet"
    " artist painter photographer dancer chef athlete sprinter swimmer skier climber"
    " mountaineer golfer boxer footballer striker goalkeeper quarterback champion winner"
    " nominee hopeful legend icon veteran billionaire millionaire tycoon mogul entrepreneur"
    " rancher farmer mom dad mother father native criminal convict fugitive politician"
    " presenter broadcaster anchor celebrity socialite heiress royal duchess duke grandmother"
    " grandfather"
)
_SHE = word_set(
    "actress mom mother grandmother heiress duchess Frenchwoman Englishwoman Irishwoman"
)
_HE = word_set("actor dad father grandfather duke Frenchman Englishman Scotsman Welshman Irishman")
_HE_ONLY = ("he",)
_SHE_ONLY = ("she",)
_EITHER = ("he", "she")
_OF = word_set("of from in")  # what the person is of or from: "the mom of two"
_ROLE_OF = word_set("for at with on")  # what a role is of: "the director for the agency"
_INDEFINITE = word_set("a an another one")
_BACK = 800  # characters read back for the head word written after "a" or "an"


def _head(phrase: str) -> tuple[list[str], str] | None:
    """The words of a phrase after "the", before any "of" or "from", and its head; or None."""
    words = phrase.split()
    if len(words) < 2 or words[0] not in ("the", "The"):
        return None
    words = words[1:]
    cut = next((k for k, w in enumerate(words) if w in _OF), len(words))
    if cut == 0 or cut > _MOST or not _ROLE_OF.isdisjoint(words):
        return None  # "the director for the agency": a role of office
    if any(w.endswith(("'s", "\u2019s")) for w in words):
        return None  # "the firm's founder": someone else's
    return words[:cut], words[cut - 1]


def is_epithet(phrase: str) -> bool:
    """Whether a speaker's phrase calls a person by what they are, not by a role of office.

    "the" and at most five words (with what they are of or from after them: "the mom
    of two", "the 40-year-old from Oslo"): an age ("the 45-year-old", "the 26-year-old
    student"), a party or a nationality as the last word ("the Ohio Democrat", "the
    German"), or a word for what a person is in lower case ("the actress", "the war
    criminal", "the best actor nominee"); not "the spokesman", "the Guardian" or "the
    Ohio Democratic Party".

    Example:
        >>> [is_epithet(p) for p in ("the 45-year-old", "the Ohio Democrat", "the spokesman")]
        [True, True, False]
    """
    found = _head(phrase)
    if found is None:
        return False
    words, head = found
    if any(_AGE.fullmatch(w) for w in words):
        return True
    if head in _PARTIES or head in _DEMONYMS:
        return all(w[:1].isupper() or w in _NOUNS for w in words)  # "the Ohio Democrat"
    return head in _NOUNS and all(w.islower() or _AGE.fullmatch(w) for w in words)


def epithet_role(phrase: str) -> str | None:
    """The role an epithet gives the person it stands for ("the producer": "producer"), or None.

    Only a job or a calling in lower case, with what it is of ("the producer", "the
    veteran presenter", "the director of the film"), past an age before it ("the
    42-year-old driver": "driver"): not an age alone, a party, a nationality or a
    relation, which say what a person is but not their role ("the 45-year-old", "the
    German", "the mother").

    Example:
        >>> [epithet_role(p) for p in ("the producer", "the 45-year-old", "the mother")]
        ['producer', None, None]
    """
    found = _head(phrase)
    if found is None or not is_epithet(phrase):
        return None
    words, head = found
    if not (head.isalpha() and head.islower()) or head in RELATIONS or not is_role([head]):
        return None
    if _AGE.fullmatch(words[0]):  # "the 42-year-old pilot": a pilot, the age no part of it
        words = words[1:]
    if any(not w.islower() or not w.replace("-", "").isalpha() for w in words):
        return None  # "the Kessel-born pilot": a place is no part of a role either
    rest = phrase.split()[1 + len(found[0]) :]  # what the role is of: "of the film"
    return " ".join(words + rest)


def by_epithet(
    resolver: Resolver, said: Sequence[Said | None], sentence: int, phrase: str, at: int
) -> str | None:
    """The one person an epithet (at offset ``at``) stands for, as "he" or "she" would, or None.

    The epithet says which of "he" and "she" it may be read as ("the actress" only
    "she"); the person is whom the resolver or the one person in reach gives (see
    :meth:`~summarize.analysis._pronouns.Resolver.resolve` and
    :func:`~summarize.analysis._reach.in_reach`) for each, when all agree; and only
    when the one person in reach is they, or they are the named subject of the
    epithet's sentence or the one before (the resolver alone follows a passage too
    far for an epithet), or when the text gives them a role with the epithet's head
    where it names them ("Ada Ode, a mountaineer from Kessel," then "the 40-year-old
    mountaineer"). Else the epithet's head in lower case after "a" or "an" in the 800
    characters before ("a farmer ... the farmer said") is someone unnamed: nobody.
    """
    found = _head(phrase)
    if found is None:
        return None
    head = found[1]
    pronouns = _SHE_ONLY if head in _SHE else _HE_ONLY if head in _HE else _EITHER
    names: set[str] = set()
    near = False  # the one person in reach, or the subject of this sentence or the one before
    for pronoun in pronouns:
        reach = in_reach(resolver, said, sentence, pronoun, at, person=True)
        near = near or reach is not None
        names |= {p for p in (reach, resolver.resolve(said, sentence, pronoun)) if p is not None}
    if len(names) != 1:
        return None
    name = names.pop()
    subjects = (resolver.opening(k) for k in range(max(0, sentence - 1), sentence + 1))
    if _described(resolver, name, head):
        return name  # "Ada Ode, a mountaineer from Kessel," ... "the 40-year-old mountaineer"
    if not near and name not in subjects:
        return None  # nothing says the passage follows them up to here
    before = resolver.text[max(0, at - _BACK) : at].split()
    if head.islower() and any(w.lower() in _INDEFINITE and a == head for w, a in pairwise(before)):
        return None  # "a stylist ... the stylist says": someone the text does not name
    return name


def _described(resolver: Resolver, name: str, head: str) -> bool:
    """Whether the text gives the person a role with the epithet's head where it names them.

    "Ada Ode, a mountaineer from Kessel," then "the 40-year-old mountaineer": the
    epithet says what the text has said the person is.
    """
    if not (head.isalpha() and head.islower()):
        return False  # "the 40-year-old", "the German": no role's head
    role = resolver.mentions.role(name)
    if role is None:
        return False
    words = role.lower().replace(",", " ").split()
    cut = next((k for k, w in enumerate(words) if w in _OF or w in _ROLE_OF), len(words))
    return cut > 0 and words[cut - 1] == head
