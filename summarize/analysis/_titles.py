"""A speaker's title of office, kept apart from the name.

In analysis/, after the speaker's name and role are read (:mod:`summarize.analysis._roles`):
:func:`title_apart` moves a title of office written before a name ("Oklahoma Gov. Mary
Fallin") out of the name and, when the attribution gives no role, to the role. Used by
:mod:`summarize.analysis._speakers` and :mod:`summarize.analysis._mentions`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._role_words import PARTICIPLES
from ._speech_words import TITLES, word_set

__all__ = ["OFFICES", "office_over_and", "title_apart"]

#: Titles of office written before a name ("Gov.", "Lt. Gen.", "Prime Minister", "Judge",
#: "House Speaker", "Chief Fire Officer"): a role, kept apart from the name by
#: :func:`title_apart`. Courtesy titles (Mr, Ms, Mrs, Miss), ranks written as part of a
#: name (King, Pope, Sheikh) and words that open the names of firms as often ("General",
#: "Major") are not among them; "General" is one after another title ("Attorney General").
OFFICES = (
    TITLES - word_set("mr mrs ms miss king queen prince princess pope sheikh general major")
) | (
    word_set(
        "leader director chief chairman chairwoman chair spokesman spokeswoman spokesperson"
        " commissioner superintendent ambassador administrator speaker officer detective"
        " inspector deputy sheriff attorney treasurer justice surgeon marshal councilman"
        " councilwoman trooper constable cmdr det insp supt representative congressman"
        " congresswoman assemblyman assemblywoman professor"
    )
)
# Words that may stand before a title but are no part of it ("Through Dr. Ode", "AP Sen.").
_NOT_TITLE = word_set(
    "the a an by to for at in with on from about against into over under after through"
    " during amid among as like via across behind beyond near upon within without when"
    " while and but or so then also"
    " ap afp reuters getty images epa upi photo file"  # a picture credit glued to a caption
)

# Titles of a person, not of an office, that may follow an office before the name.
_COURTESY = word_set("dr prof rev mr mrs ms miss")
# What stands inside a name between the given name and the surname, or after the surname.
_INITIAL = re.compile(r"[A-Z]\.")
_NAME_LINKS = word_set("de da di del van von der den du la le al bin ibn")
_SUFFIXES = word_set("jr sr ii iii iv")
_DOTTED = word_set("Del.")  # titles of office only with their stop
# A capitalised word, maybe an owner, that may open a title of office: "Kessel's", "Deputy".
_OPENS_OFFICE = re.compile(r"[A-Z][\w-]*(?:['\u2019]s)?")


# Asked again for the same names at many quotes and mentions (two asks in three): kept.
@lru_cache(maxsize=1 << 14)
def title_apart(speaker: str, role: str | None) -> tuple[str, str | None]:
    """The name and the role of a speaker written with a title of office before the name.

    The words up to the last title (:data:`OFFICES`) that a name follows, among the
    first seven ("Lt. Gen.", "Senate Majority Leader", "Oklahoma Gov."; "Prime" only
    before "Minister"; with "of" and what the office is of, up to the name's given
    name: "Secretary of State", "Minister of Foreign Affairs"; after the name of a
    body: "Community of Christ President"), become the role when the attribution
    gives none, and are left out of
    the name either way. A participle that opens them describes the moment and is
    dropped ("Smiling Mayor"), unless it describes the role ("Acting Mayor"). A
    title with no name after it stays as it is.

    Example:
        >>> title_apart("Gov. Ada Ode", None), title_apart("Kessel Gov. Ada Ode", None)
        (('Ada Ode', 'Gov.'), ('Ada Ode', 'Kessel Gov.'))
        >>> title_apart("Chief Fire Officer Ada Ode", None)
        ('Ada Ode', 'Chief Fire Officer')
        >>> title_apart("Dr. Ada Ode", "trauma surgeon")
        ('Ada Ode', 'trauma surgeon')
        >>> title_apart("Secretary of State Ada Ode", None)
        ('Ada Ode', 'Secretary of State')
        >>> title_apart("Minister of Foreign Affairs Ada B. Ode", None)
        ('Ada B. Ode', 'Minister of Foreign Affairs')
        >>> title_apart("Smiling Mayor Ada Ode", None)
        ('Ada Ode', 'Mayor')
        >>> title_apart("Harbour Director Dr. Ada Ode", None)
        ('Ada Ode', 'Harbour Director')
        >>> title_apart("Kessel Del. Ada Ode", None), title_apart("Ada Del Ode", None)
        (('Ada Ode', 'Kessel Del.'), ('Ada Del Ode', None))
        >>> title_apart("Ms Ode", None), title_apart("General Motors", None)
        (('Ms Ode', None), ('General Motors', None))
    """
    words = speaker.split()
    low = [w.lower().rstrip(".") for w in words]
    cut = 0  # the name starts at words[cut]
    for k in range(min(7, len(words) - 1)):
        if low[k] == "of" and k and words[k + 1][:1].isupper():
            continue  # "Community of Christ President": a name of a body before the title
        if not words[k][:1].isupper():
            break  # "Secretary of State": "of" after a title is read below
        office = low[k] in OFFICES or (low[k] == "general" and k > 0 and low[k - 1] in OFFICES)
        office = office or words[k] in _DOTTED  # "Del." (a delegate), not "Ada Del Ode"
        if low[k] == "prime" and low[k + 1] != "minister":
            office = False
        if office and words[k + 1][:1].isupper() and low[k + 1] not in OFFICES:
            cut = k + 1  # a name may follow: the title ends here, unless a later one does
        elif office and low[k + 1] == "of" and k + 3 < len(words) and words[k + 2][:1].isupper():
            # "Secretary of State Ada Ode", "Minister of Foreign Affairs Ada Ode": what the
            # office is of runs to the name, its last two words and any initial between
            cut = max(k + 3, len(words) - _name_length(words))
            break
    if not cut or not words[cut][:1].isupper():
        return speaker, role
    opening = max(  # "Smiling Mayor", "Through Dr.": words that are no part of the title
        (n + 1 for n in range(cut) if _moment(low[n]) or low[n] in _NOT_TITLE),
        default=0,
    )
    titled = words[opening:cut]
    if len(titled) > 1 and low[cut - 1] in _COURTESY:
        titled = titled[:-1]  # "CDC Director Dr. Ada Ode": the office, not the doctor
    return " ".join(words[cut:]), role or " ".join(titled)


def _moment(word: str) -> bool:
    """Whether a word before a title describes the moment ("Smiling"), not the title.

    A participle that describes a role ("Acting", "Distinguished") is the title's.
    """
    return word.endswith(("ing", "ed")) and word not in PARTICIPLES


def _opens_office(word: str) -> bool:
    """Whether a word may open a title of office: "Kessel's", "Deputy"; not "The"."""
    return word not in ("The", "A", "An") and _OPENS_OFFICE.fullmatch(word) is not None


def _name_length(words: list[str]) -> int:
    """How many words at the end of a title and a name are the name.

    A given name, any initials or links ("M.", "de"), and a surname with its suffix ("Jr.").
    """
    n = 2 if words[-1].lower().rstrip(".") in _SUFFIXES and len(words) > 2 else 1
    while n < len(words) and (
        _INITIAL.fullmatch(words[-n - 1]) or words[-n - 1].lower() in _NAME_LINKS
    ):
        n += 1
    return n + 1


def office_over_and(text: str, start: int, name: str) -> tuple[str, str] | None:
    """A title of office written out with "and" before a name, and the name: (role, name).

    "Kessel's Minister for Ports and Ferry Services Ada Ode": the name's run of capitals
    ("Ferry Services Ada Ode") goes on from "and" after an office, "for" or "of" and
    what it is of; its last words are the name (a given name and a surname, with any
    initials between). ``start`` is the offset of ``name`` in ``text``.

    Example:
        >>> text = "Kessel's Minister for Ports and Ferry Services Ada Ode spoke."
        >>> office_over_and(text, text.index("Ferry"), "Ferry Services Ada Ode")
        ("Kessel's Minister for Ports and Ferry Services", 'Ada Ode')
    """
    words = name.split()
    cut = len(words) - _name_length(words)
    if cut < 1:
        return None
    before = text[max(0, start - 150) : start].split()
    if len(before) < 4 or before[-1] != "and":
        return None
    k = len(before) - 2
    while k >= 0 and before[k][:1].isupper():
        k -= 1  # what the office is of, before "and": "Ports"
    if k == len(before) - 2:
        return None
    if before[k] == "the":
        k -= 1  # "for the Environment and ..."
    if k < 1 or before[k] not in ("for", "of") or before[k - 1].lower() not in OFFICES:
        return None
    first = k - 1
    while first > 0 and _opens_office(before[first - 1]):
        first -= 1  # "Kessel's", "Deputy": the words that open the office
    return " ".join(before[first:] + words[:cut]), " ".join(words[cut:])
