"""A found speaker's name and role, each kept apart from the other.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`apart` moves a title before
a name, a role written before it and the body a person is of into the role ("Gov. Ada
Ode", "Singer Quillon", "Ada Ode of the Harbour Board"); :func:`organisation_title`
reads a title that goes on from an organisation's name ("Ways and Means Committee
Chairman Ada Ode").
"""

from __future__ import annotations

from typing import Protocol

from ._mentions import Mentions
from ._organisations import held_as, with_organisation
from ._people import affiliation_apart, is_person, role_apart
from ._pronoun_evidence import KnownNames
from ._role_words import is_role
from ._speaker_phrases import TITLES, Said
from ._titles import title_apart

__all__ = ["apart", "organisation_title"]

_NOMINEES = frozenset(("nominee", "nominated"))


class Found(Protocol):
    """A speaker found for a quote, with the role found at the attribution."""

    @property
    def speaker(self) -> str | None: ...

    @property
    def role(self) -> str | None: ...


def apart(
    found: Found, mentions: Mentions, known: KnownNames | None = None
) -> tuple[str, str | None]:
    """The speaker's name and role, a title before the name and a body after it in the role.

    "Gov. Ada Ode" and "Ada Ode of the Harbour Board" are Ada Ode. A title moved to the
    role keeps the word that says when it was held where the article names the person
    with it ("former Gov. Ada Ode" for a "she" that stands for "Gov. Ada Ode"). A role
    noun that opens a sentence before a name a person goes by alone ("Singer Quillon";
    see :meth:`KnownNames.stage` of ``known``) is the role. Two people ("Ada Ode and Ivo
    Brandt") have no one role.

    Example:
        >>> from summarize.analysis._speakers import Attribution
        >>> found = Attribution("Gov. Ada Ode", True)
        >>> apart(found, Mentions("Gov. Ada Ode said so."))
        ('Ada Ode', 'Gov.')
    """
    if " and " in (found.speaker or ""):
        return found.speaker or "", None
    speaker, role = title_apart(found.speaker or "", found.role)
    if found.role is None and role is not None and speaker != found.speaker:
        role = held_as(role, mentions.role(speaker) if is_person(speaker) else None)
    words = speaker.split()
    staged = len(words) == 2 and role is None and words[0].lower() not in TITLES
    if staged and known and known.stage(words[1].lower()) and known.role(words[0].lower()):
        return words[1], words[0]  # "Singer Quillon": the singer Quillon
    if len(words) > 2 and known and _role_word(words[0], known) and is_person(" ".join(words[1:])):
        whole = f"{role} {words[0]}"  # "Best actress Oscar-winner Ada Ode": the role runs on
        role = whole if whole in mentions.text else role
        return " ".join(words[1:]), role or words[0]  # "Filmmaker Ada Ode": the filmmaker
    return affiliation_apart(*role_apart(speaker, role))


def _role_word(word: str, known: KnownNames) -> bool:
    """Whether a capitalised word before a name is a role noun: "Filmmaker", "Oscar-winner".

    A role noun that may stand before a name alone (see :meth:`KnownNames.role`), not one
    read from its ending ("Walter" of "Walter Ode"), or a hyphenated word whose last part
    is a role noun in lower case ("Oscar-winner", "Emmy-nominee").
    """
    if not word[:1].isupper():
        return False
    body, _, part = word.rpartition("-")
    if body and part.islower():
        return is_role([part]) or part in _NOMINEES
    return known.role(word.lower())


def organisation_title(text: str, who: Said) -> str | None:
    """The title that opens a speaker's name, after the organisation's name it goes on from.

    "Means Committee Chairman Ada Ode" after "Ways and" gives "Ways and Means
    Committee Chairman" (see :func:`~summarize.analysis._organisations.with_organisation`).
    """
    speaker = who.speaker or ""
    title = title_apart(speaker, None)[1]
    if title is None or not speaker.startswith(title):
        return None
    role = with_organisation(text, who.start, title)
    return role if role != title else None
