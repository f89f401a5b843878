"""Names of organisations that hold "and" or "for": where a role before a name begins.

In analysis/: a role read back from a name ("Means Committee Chairman" of "Ways and Means
Committee Chairman Dave Camp") stops at "and" and "for", which join two people as often
as they join the words of one body's name. :func:`organisation_start` says where a
capitalised role begins when those words are inside the name of an organisation, for
:mod:`summarize.analysis._roles`, :mod:`summarize.analysis._mentions` and the readers of a
speaker before a verb (:mod:`summarize.analysis._speaker_subject`). Each call reads a
bounded stretch of text.
"""

from __future__ import annotations

import re

from ._speech_words import TITLES, word_set

__all__ = [
    "ORGANISATIONS",
    "held_as",
    "joins_organisation",
    "organisation_start",
    "with_organisation",
]

#: Nouns that end the name of an organisation or a place, never a person's.
ORGANISATIONS = word_set(
    "forces force army ministry department council committee agency office house party group"
    " government court police news times post union nations coalition command watch"
    " organization organisation institute university company bank state states network tv"
    " radio press service guard front movement media observatory centre center foundation"
    " board commission assembly parliament congress senate hospital clinic school college"
    " academy polytechnic church cathedral mosque temple museum library prison station airport"
    " port harbour harbor quay pier bridge tunnel street st road avenue square authority"
    " association society trust corporation inc ltd brigade bureau administration"
    " services team club federation league city town village county district province region"
    " centers centres institutes"
)
#: Words before a role that say when it was held ("former Senate Majority Leader").
_WHEN_HELD = word_set("former acting interim outgoing incoming retired")
_JOINS = word_set("and &")
_LINKS = word_set("for of")  # what an organisation's name is of: "Centers for Disease Control"
_WORD = re.compile(r"[A-Za-z](?:[\w'\u2019&-]|\.(?=\w))*|&")  # a stop after it is a mark
_REACH = 80  # characters read on either side of the "and"
_CHAIN = 6  # capitalised words read back before it, at most


def _capital(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in ("the", "a", "an")


def _back(text: str, at: int) -> tuple[list[str], int]:
    """The capitalised words (and the links between them) that end right before ``at``.

    Returned with the offset of the first of them (``at`` if none).
    """
    words = list(_WORD.finditer(text, max(0, at - _REACH), at))
    chain: list[re.Match[str]] = []
    end = at
    for match in reversed(words):
        word = match.group()
        if text[match.end() : end].strip() or len(chain) == _CHAIN:
            break  # a mark between the words: the chain ends there
        if not (
            _capital(word) or (word in _LINKS | _JOINS and chain and _capital(chain[0].group()))
        ):
            break
        chain.insert(0, match)
        end = match.start()
    while chain and not _capital(chain[0].group()):
        chain.pop(0)
    return [m.group() for m in chain], chain[0].start() if chain else at


def _forward(text: str, at: int) -> list[str]:
    """The capitalised words (and the links between them) that start right after ``at``."""
    chain: list[str] = []
    end = at
    for match in _WORD.finditer(text, at, at + _REACH):
        word = match.group()
        if text[end : match.start()].strip() or not (_capital(word) or word in _LINKS):
            break
        chain.append(word)
        end = match.end()
    return chain


def joins_organisation(text: str, lo: int, hi: int) -> bool:
    """Whether the "and" at text[lo:hi] joins two parts of one organisation's name.

    As in "Ways and Means Committee", "House Oversight and Government Reform
    Committee", "Centers for Disease Control and Prevention"; not two people or two
    bodies ("Sen. Ada Ode and Harbour Board chairman Ivo Brandt", "Ode and Harbour
    Board chairman Brandt", "the Justice Department and Harbour Board chairman
    Brandt"). The capitalised words before it hold no title and end in no
    organisation noun (a name ends there); an organisation noun
    (:data:`ORGANISATIONS`) follows it among the capitalised words after it, or
    stands before "for" or "of" before it; and the name reads as one: an
    organisation noun stands before it ("House Oversight and ..."), or the article
    writes the word before it, "and" and the word after it elsewhere too ("the Ways
    and Means Committee").
    """
    before, after = _back(text, lo)[0], _forward(text, hi)
    if not before or not after or not _capital(after[0]):
        return False
    low = [w.lower().rstrip(".") for w in before]
    if any(w in TITLES or w.endswith(("'s", "\u2019s")) for w in low) or low[-1] in ORGANISATIONS:
        return False
    ahead = any(w.lower() in ORGANISATIONS for w in after)
    of = any(w in ORGANISATIONS and n in _LINKS for w, n in zip(low, [*low[1:], ""], strict=True))
    if not (ahead or of):
        return False
    if any(w in ORGANISATIONS for w in low):
        return True
    phrase = f"{before[-1]} {text[lo:hi]} {after[0]}"  # written twice: str.find stops early
    return text.find(phrase, text.find(phrase) + 1) >= 0


def organisation_start(text: str, start: int) -> int:
    """Where the organisation's name that text[start:] goes on with begins (``start`` if none).

    The capitalised words of a role may begin after "and" or "for" inside the name
    of an organisation ("Means Committee Chairman" of "Ways and Means Committee
    Chairman", "Biological Diversity spokesman" of "Center for Biological Diversity
    spokesman"); the name then begins at its first capitalised word, with no "the"
    before it: back over an "and" that joins one organisation's name (see
    :func:`joins_organisation`), or a "for" or "of" after an organisation noun.

    Example:
        >>> text = "The Ways and Means Committee met. Ways and Means Committee Chairman Ada Ode"
        >>> text[organisation_start(text, text.rindex("Means")) :]
        'Ways and Means Committee Chairman Ada Ode'
    """
    found = start
    while True:
        link = _LINK_END.search(text, max(0, found - 8), found)
        if link is None:
            return found
        chain, at = _back(text, link.start())
        if not chain:
            return found
        if link.group(1) in _JOINS:
            joined = joins_organisation(text, link.start(), link.end(1))
        else:  # "Center for Biological Diversity", "Department of Homeland Security"
            joined = chain[-1].lower().rstrip(".") in ORGANISATIONS
        if not joined:
            return found
        found = at


_LINK_END = re.compile(r"(?<![\w&])(and|&|for|of)[ \t]+$")


def with_organisation(text: str, start: int, role: str) -> str:
    """A role that opens the capitalised words at text[start:], with what stands before it.

    That is the organisation it is of and the word that says when it was held: "Means
    Committee Chairman" at "Means" in "Ways and Means Committee Chairman" gives "Ways and
    Means Committee Chairman" (see :func:`organisation_start`); "Senate Majority Leader"
    after "former" gives "former Senate Majority Leader".

    Example:
        >>> text = "said former Senate Majority Leader Ada Ode."
        >>> with_organisation(text, text.index("Senate"), "Senate Majority Leader")
        'former Senate Majority Leader'
    """
    lead = organisation_start(text, start)
    if lead != start:
        role = " ".join(f"{text[lead:start]} {role}".split())
    before = text[max(0, lead - 12) : lead]
    held = before.split()[-1:] if before[-1:].isspace() else []
    if held and held[0].lower() in _WHEN_HELD:
        role = f"{held[0]} {role}"
    return role


def held_as(title: str, given: str | None) -> str:
    """A title, with the words that say when it was held where the article gives them.

    ``given`` is the role the article gives where it names the person: "former Senate
    Majority Leader" for "Senate Majority Leader" keeps "former"; any other role (a
    participle before it, a shorter or another title) leaves the title as it is.

    Example:
        >>> held_as("Governor", "former Governor"), held_as("Mayor", "Weeping Mayor")
        ('former Governor', 'Mayor')
    """
    if given is None:
        return title
    words, held = title.split(), given.split()
    extra = held[: len(held) - len(words)]
    if len(held) <= len(words) or held[len(extra) :] != words:
        return title
    return given if all(word.lower() in _WHEN_HELD for word in extra) else title
