"""Which body a speaker named by its kind stands for: "the company said" after "Kessel Ferries".

In analysis/, for :mod:`summarize.analysis._speakers`: an attribution may name a body by
its kind alone ("the agency said", "the company said in a statement") after the article
has named it. :func:`body_named` reads the article before the attribution for the one
body it names as of that kind: with the kind before the name ("the ferry company Kessel
Lines"), in an apposition after it ("Kessel Lines, a ferry company,") or with a name
whose own word says the kind ("the Harbour Safety Agency", "the Department of Ports" for
"the department"). Each call reads a bounded stretch of text.
"""

from __future__ import annotations

import re

from .._regexes import OneWordFamily
from ._organisations import ORGANISATIONS
from ._speech_words import word_set

__all__ = ["body_named"]

# The kinds a speaker may name a body by, each with the words that end (or open) a body's
# name of that kind: "the agency" for "the Harbour Safety Service".
_HEADS: dict[str, frozenset[str]] = {
    "agency": word_set("agency service administration bureau commission authority"),
    "company": word_set("company co corp corporation inc ltd llc plc"),
    "firm": word_set("firm llp llc"),
    "department": word_set("department"),
    "ministry": word_set("ministry"),
    "committee": word_set("committee"),
    "council": word_set("council"),
    "board": word_set("board"),
    "network": word_set("network"),
    "group": word_set("group"),
    "team": word_set("team"),
    "union": word_set("union"),
    "magazine": word_set("magazine"),
    "newspaper": word_set("newspaper"),
    "airline": word_set("airline airlines airways"),
    "charity": word_set("charity"),
}
# Words of when, which follow a kind without naming a body: "said the company Tuesday".
_WHEN = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december jan feb mar apr jun jul aug"
    " sep sept oct nov dec"
)
_BACK = 3000  # characters read back for the body
# A body's name: capitalised words, maybe with "of", "for", "and" or "&" between them.
# A word of it holds a stop only between letters ("St.Kessel") or as initials ("U.S."), so
# a name never runs on past a sentence's end ("... of Kessel. The Harbour Service").
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w&'\u2019-]|\.(?=\w))*)"
_NAME = r"(?P<name>(?:" + _WORD + r"|&)(?:[ \t]+(?:(?:of|for|and|on|the|&)[ \t]+)*" + _WORD + r")*)"
# Another body's name after the one found: an acronym, or capitalised words (see _last_body).
_OTHER = re.compile(r"\b[A-Z]{3,6}\b|\b[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)+")
_KIND = re.compile(r"^[Tt]he[ \t]+(\w+)$")


def _before(kind: str) -> str:
    """The kind before the name: "the ferry company Kessel Lines", "Ferry company Kessel Lines"."""
    return r"(?i:\b" + kind + r")[ \t]+" + _NAME


def _apposed(kind: str) -> str:
    """The kind in an apposition after the name: "Kessel Lines, a ferry company,"."""
    return _NAME + r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}" + kind + r"\b"


# The ways a text names a body of a kind, each one pattern for every kind (see
# OneWordFamily): a digest compiles no pattern for a kind.
_WAYS = (OneWordFamily(_before, _HEADS), OneWordFamily(_apposed, _HEADS))


def body_named(text: str, phrase: str, at: int) -> str | None:
    """The body the phrase ("the agency") at ``at`` stands for, or None.

    The body is the one the article names as of that kind before ``at`` (3,000
    characters): "the company" after "the ferry company Kessel Lines" or "Kessel Lines, a
    ferry company," gives "Kessel Lines"; "the agency" after "the Harbour Safety Service"
    gives "the Harbour Safety Service"; "the department" after "the Department of Ports"
    gives "the Department of Ports". Where the article names two bodies of the kind, or
    none, the phrase stays as it is (None).

    Example:
        >>> text = "The ferry company Kessel Lines cut trips. The company said: no."
        >>> body_named(text, "The company", text.index("The company"))
        'Kessel Lines'
        >>> body_named("Kessel Lines cut trips. The company said: no.", "The company", 24) is None
        True
    """
    found = _KIND.match(phrase.strip())
    kind = found.group(1).lower() if found else ""
    heads = _HEADS.get(kind)
    if heads is None:
        return None
    lo = max(0, at - _BACK)
    names: dict[str, str] = {}  # by the name's key, the name as given
    for way in _WAYS:
        for match in way.finditer(kind, text, lo, at):
            _add(names, match.group("name"), text, match.start("name"))
    for match in re.finditer(_NAME, text[lo:at]):
        words = match.group("name").split()
        if len(words) > 1 and (words[-1].lower().rstrip(".") in heads or words[0].lower() in heads):
            _add(names, match.group("name"), text, lo + match.start("name"))
    if len(names) != 1:
        return None
    body = next(iter(names.values()))
    return body if _last_body(text[lo:at], body) else None


def _last_body(text: str, body: str) -> bool:
    """Whether the body is the last the text names: no other body's name comes after it.

    Another body is capitalised words ending in an organisation's noun ("the Harbour
    Board") or an acronym ("UNFPA"): 'the Harbour Safety Service ... The Ferry Fund,
    known as KFF, said "..."' gives "the agency said" no body, as it may be either.
    """
    bare = body.removeprefix("the ")
    last = text.rfind(bare)
    if last < 0:
        return False
    return not any(
        (match.group().isupper() or match.group().split()[-1].lower() in ORGANISATIONS)
        and match.group() not in bare
        for match in _OTHER.finditer(text, last + len(bare))
    )


def _add(names: dict[str, str], name: str, text: str, start: int) -> None:
    """Keep a body's name, with "the" where the text writes it before the name."""
    name = re.sub(r"['\u2019]s$", "", name.strip())
    words = name.split()
    if words and words[0] in ("The", "A", "An"):
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in _HEADS):
        return  # "Company officials": the kind, not a name
    if words[0].lower().rstrip(".") in _WHEN or words[0] in ("I", "It", "In", "On", "At"):
        return  # "said the company Tuesday", "the agency In a statement": no name
    bare = " ".join(words)
    the = text[max(0, start - 4) : start].lower() == "the " or name.startswith("The ")
    names.setdefault(bare.lower(), ("the " if the else "") + bare)
