"""Who can be a speaker: whether a name can be a person's, and who a found speaker is.

In analysis/: :func:`is_person` tells a person's name from an organisation's or a
place's, for :mod:`summarize.analysis._speakers`, :mod:`summarize.analysis._pronouns`
("he" stands for a person) and :mod:`summarize.analysis._mentions`; :func:`spoken_by`
turns a speaker found for a quote into who said it ("a statement from the firm" gives
"the firm"); :func:`affiliation_apart` keeps the body a person speaks for out of their
name. The words of a name are read by :mod:`summarize.analysis._speaker_phrases`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._organisations import ORGANISATIONS
from ._role_words import ROLE_NOUNS, is_role
from ._speaker_phrases import LINKS, OF, TITLES, capital, word_set

__all__ = ["affiliation_apart", "is_person", "office_only", "role_apart", "spoken_by"]

_GROUPS = ORGANISATIONS
# Nouns that are also surnames: a place only after a civic word ("City Hall", not "Ada Hall").
_CIVIC_NOUNS = word_set("hall park hill green field gardens")
_CIVIC = word_set("city town county state village national central memorial royal public parish")
# Words that open a noun phrase, not a name: "One Republican", "Last December".
_DETERMINERS = word_set("one two three another some many each every last next several both all no")


def office_only(name: str) -> bool:
    """Whether a capitalised name is an office with no person's name in it: "Attorney General".

    Two words or more, every one a title or a role noun of the list ("Harbour Master"
    is not: "Harbour" is neither; "Potter" alone may be anyone's family name).

    Example:
        >>> office_only("Attorney General"), office_only("General Ada Ode")
        (True, False)
    """
    words = [w.lower().rstrip(".") for w in name.split()]
    return len(words) > 1 and all(w in TITLES or w in ROLE_NOUNS for w in words)


# A digest asks again for most names (8,734 asks, 3,319 names at 1,000 articles): the
# answers for the last names asked are kept, a bounded store shared by all digests.
@lru_cache(maxsize=1 << 14)
def is_person(name: str) -> bool:
    """Whether a name can be a person's.

    A person is never an organisation or a place: no name whose last word (or
    last word before "of") is an organisation or place noun ("the Harbour Board",
    "Eastdock Hospital", "University of ...", "City Hall" but not "Ada Hall"),
    that holds a possessive ("St. Mary's Clinic"), opens with a determiner ("One
    Republican"), holds a lower-case word other than a link such as "of" or "de"
    ("Police in Oslo") or is one all-capitals word.

    Example:
        >>> is_person("Ada Ode"), is_person("Eastdock Hospital")
        (True, False)
    """
    words = name.split()
    if not capital(name) or (len(words) == 1 and name.isupper()):
        return False
    if words[0].lower() in _DETERMINERS:  # "One Republican"
        return False
    if any(w not in LINKS and w.islower() for w in words):  # "Police in Oslo"
        return False
    if any(w.endswith(("'s", "\u2019s")) for w in words):  # "St. Mary's Clinic"
        return False
    cut = next((k for k, w in enumerate(words) if w in LINKS), len(words))
    head = [w.lower().rstrip(".") for w in words[:cut]]  # "Ada Ode" of "Ada Ode of Eastdock"
    if all(w in TITLES for w in head):  # "Secretary" of "Secretary of State Ada Ode"
        head = [w.lower().rstrip(".") for w in words]
    if head[-1] in _GROUPS or not capital(words[-1]):  # "Ada al-Ode" too
        return False
    return not (head[-1] in _CIVIC_NOUNS and len(head) > 1 and head[-2] in _CIVIC)


def spoken_by(speaker: str) -> str | None:
    """Who a speaker found for a quote is, or ``None`` when it cannot have said it.

    A speaker is never a count ("3 Republican in the House", "eight", "nine out of
    ten") and never a text: "a statement from the firm" and "the firm's statement"
    are the firm's words, and so are "a statement released by the firm" and "the
    lawsuit filed by the firm"; "the statement" alone (or "the statement signed", "a
    page set up on a site", "the lawsuit against the firm", "the motion") is nobody's.
    A capitalised word is a name ("Jimmy Page", "the City Paper"), never a text.
    Nor is it words of a clause cut short: a phrase with a verb such as "could" or
    "not" ("If Ode could have said"), or one that ends with an article, a possessive
    or a preposition ("his" of "his family", "took the chance of the"), nor one that
    says nobody ("No other sailors") or holds a pronoun and its verb ("Soon what
    they'll"), nor a time ("last year", "Monday"); a time after a speaker is no part of it
    ("the company Tuesday" and "the company last year" are the company, "reports
    Monday" reports: nobody).

    Example:
        >>> [spoken_by(s) for s in ("Ada Ode", "one juror", "the statement", "eight",
        ...                         "a statement from the firm", "the team's statement")]
        ['Ada Ode', 'one juror', None, None, 'the firm', 'the team']
        >>> [spoken_by(s) for s in ("3 Republican in the House", "Jimmy Page", "one of them")]
        [None, 'Jimmy Page', 'one of them']
        >>> [spoken_by(s) for s in ("the board should not be", "his", "his e-mail")]
        [None, None, None]
        >>> spoken_by("the lawsuit filed by Ada Ode"), spoken_by("a statement released on Monday")
        ('Ada Ode', None)
        >>> [spoken_by(s) for s in ("last year", "the company Tuesday", "reports Monday")]
        [None, 'the company', None]
    """
    words = speaker.split()
    while len(words) > 1 and words[-1].lower() in _DAYS:
        words = words[:-1]  # "the company Tuesday": a day after the speaker
        speaker = " ".join(words)
    if len(words) > 2 and words[-1].lower() in _TIMES and words[-2] in _WHICH:
        words = words[:-2]  # "the ferry line last year": a time after the speaker
        speaker = " ".join(words)
    if words and words[-1].lower() in _DAYS | _TIMES and (len(words) == 1 or words[0] in _WHICH):
        return None  # "last year", "this week", "Monday": a time, nobody
    if not words or words[0][0].isdigit() or words[1:3] == ["out", "of"]:
        return None  # "3 Republican in the House", "nine out of 10 winners go"
    if words[-1] in _OPEN_ENDED or not _CLAUSE_WORDS.isdisjoint(words):
        return None  # "the board should not be", "took the chance of the": words cut
    if len(words) == 1 and words[0] in _NOT_ALONE:
        return None  # "during" of "during which the mayor said"
    if words[0].lower() in _NOBODY or any(_CONTRACTED.search(w) for w in words):
        return None  # "No other sailors have said", "Soon what they'll say"
    cut = link = next(
        (k for k, w in enumerate(words) if w.lower() in _CUT or w == "by"), len(words)
    )
    while cut > 1 and _PARTICIPLE.fullmatch(words[cut - 1]):
        cut -= 1  # "a statement released on Monday": the statement's words
    of = cut < len(words) and words[cut].lower() == "of"  # "one of them" is someone
    if not of and all(w.lower() in _NUMBERS for w in words[:cut]):
        return None  # "eight", "one in"
    head = words[cut - 1].strip(".,") if cut else ""
    if head not in _DOCUMENTS:
        return speaker
    if cut < len(words) - 1 and words[cut].lower() in ("from", "by", "of"):
        return " ".join(words[cut + 1 :])  # "a statement from the firm"
    if cut < link < len(words) - 1 and words[link] == "by":
        return " ".join(words[link + 1 :])  # "the lawsuit filed by Ada Ode"
    owner = next((k for k, w in enumerate(words[:cut]) if w.endswith(("'s", "\u2019s"))), -1)
    if owner >= 0:  # "the team's statement"
        return " ".join([*words[:owner], words[owner][:-2]])
    return None


def affiliation_apart(speaker: str, role: str | None) -> tuple[str, str | None]:
    """A person's name and role, with the body or place they are of kept out of the name.

    "Kassie Siegel of the Center for Biological Diversity" is Kassie Siegel, with
    "of the Center for Biological Diversity" as her role, after the role the
    attribution gives if any; "Brand Manager at Acme Ada Ode" is Ada Ode, the Brand
    Manager at Acme; a role that names the place already keeps it once. The name
    is two or three capitalised words that can be a person's (:func:`is_person`);
    anything else is left as it is.

    Example:
        >>> affiliation_apart("Ada Ode of the Harbour Board", None)
        ('Ada Ode', 'of the Harbour Board')
        >>> affiliation_apart("Ada Ode of Eastdock", "a neighbour")
        ('Ada Ode', 'a neighbour, of Eastdock')
        >>> affiliation_apart("Ada Ode of Eastdock", "a ferry pilot from Eastdock")
        ('Ada Ode', 'a ferry pilot from Eastdock')
        >>> affiliation_apart("Brand Manager at Acme Ada Ode", None)
        ('Ada Ode', 'Brand Manager at Acme')
        >>> affiliation_apart("University of Eastdock", None), affiliation_apart("Ada Ode", None)
        (('University of Eastdock', None), ('Ada Ode', None))
    """
    words = speaker.split()
    link = next((k for k, w in enumerate(words) if w in _AFFILIATIONS), -1)
    if link < 0 or link == len(words) - 1:
        return speaker, role
    head = words[link - 1].lower().rstrip(".,") if link else ""
    if head in _ROLE_HEADS:  # "Brand Manager at Acme Ada Ode": the name, two words, last
        if len(words) - link >= 4 and _named(words[-2:]):
            return " ".join(words[-2:]), role or " ".join(words[:-2])
        return speaker, role
    if 2 <= link <= 3 and _named(words[:link]):  # "Ada Ode of the Harbour Board"
        body = " ".join(words[link:])
        if role and " ".join(words[link + 1 :]) in role:
            return " ".join(words[:link]), role  # "a mountaineer from Kessel" has "of Kessel"
        return " ".join(words[:link]), f"{role}, {body}" if role else body
    return speaker, role


def role_apart(speaker: str, role: str | None) -> tuple[str, str | None]:
    """A person's name and role, with a role written before the name kept out of it.

    "New York University Law Professor Ada Ode" and "the Harbour Board's press
    secretary Ada Ode" are Ada Ode: the words up to the last role noun (see
    :func:`~summarize.analysis._role_words.is_role`) that a person's name of two to
    four capitalised words follows (maybe with the body or place they are of,
    "Ada Ode of Kessel") become the role when the attribution gives none. An
    opening "the" or "a" is dropped from the role.

    Example:
        >>> role_apart("Kessel University Law Professor Ada Ode", None)
        ('Ada Ode', 'Kessel University Law Professor')
        >>> role_apart("study researcher Ada Ode of the Kessel Clinic", None)
        ('Ada Ode of the Kessel Clinic', 'study researcher')
        >>> role_apart("Ada Ode", None), role_apart("the Harbour Board chairman", None)
        (('Ada Ode', None), ('the Harbour Board chairman', None))
    """
    words = speaker.split()
    link = next((k for k, w in enumerate(words) if k and w in _AFFILIATIONS), len(words))
    for k in range(link - 3, max(-1, link - 6), -1):
        if k < 0 or not _role_word(words, k) or not _named(words[k + 1 : link]):
            continue
        lead = 1 if words[0].lower() in ("the", "a", "an") and k > 0 else 0
        return " ".join(words[k + 1 :]), role or " ".join(words[lead : k + 1])
    return speaker, role


def _role_word(words: list[str], k: int) -> bool:
    """Whether words[k] heads a role before a name, not a given name ("Peter", "Oliver").

    A capitalised word that is a role only as it ends ("Coroner", "Defender") must
    follow another word of the role ("Kessel County Coroner"); one that opens the name
    must be a role noun ("Professor"), or end as "-ist" or "-ian" do ("Guitarist").
    """
    word = words[k]
    if not is_role([word]):
        return False
    low = word.lower().rstrip(".")
    return word.islower() or k > 0 or low in ROLE_NOUNS or low.endswith(("ist", "ian"))


def _named(words: list[str]) -> bool:
    """Whether the words are a person's name: capitalised, and a person's (see is_person)."""
    return all(w[:1].isupper() for w in words) and is_person(" ".join(words))


# The words that join a person to the body or place they are of.
_AFFILIATIONS = word_set("of at from with")
# Heads of a role of a body before its name and a person's ("Brand Manager at Acme").
_ROLE_HEADS = word_set(
    "manager director head chief president officer spokesman spokeswoman spokesperson"
    " founder analyst economist researcher professor editor executive"
)

# Number words that name no speaker alone; texts, not people, that say nothing themselves
# (lower case: "Page" and "Paper" may be names).
_NUMBERS = word_set("one two three four five six seven eight nine ten dozens hundreds")
_DOCUMENTS = word_set(
    "statement statements report reports release letter post posts tweet tweets document"
    " documents article study memo filing complaint lawsuit survey poll email message video"
    " note website site page book paper ad transcript description caption e-mail emails"
    " e-mails profile blog announcement petition indictment story stories thread threads"
    " suit suits memorandum motion opinion agreement papers forecast manual"
    # what a thing has written on it, read out ('"Closed," the sign reads')
    " sign signs banner banners placard placards plaque inscription headline headlines"
    " billboard"
)
_CUT = OF | word_set("against")  # what ends the head of a speaker's phrase
# "released", "signed", "set up", "written" after a text's noun
_PARTICIPLE = re.compile(r"[a-z]+ed|set|put|sent|written|drawn|made|given|shown|up|out")
# Words of a clause that no speaker's phrase holds: "Ode could", "officials did not".
_CLAUSE_WORDS = word_set(
    "is was were has had have having should would could will can did does do not be been what"
)
# A time said as a speaker's words: "The campaign last year said", "according to reports Monday".
_DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight")
_TIMES = word_set("year years week weeks month months night morning evening afternoon decade")
_WHICH = frozenset({"last", "this", "next", "that", "earlier", "later", "Last", "This", "Earlier"})
_NOBODY = word_set("no nobody none neither anyone anybody")  # "No other sailors", "Anyone who"
_NOT_ALONE = OF | word_set("during after before while which where when as")
_CONTRACTED = re.compile(r"['\u2019](?:ll|ve|re|d)$")  # "they'll": a subject and a verb
# Words that never end a speaker's phrase: "took the chance of the", "his".
_OPEN_ENDED = word_set(
    "the a an of his her their its our my your to for in on at by with and or but that which"
)
