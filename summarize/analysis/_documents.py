"""Who issued a document a quote is read from: "the report said" is the words of its author.

In analysis/, for :mod:`summarize.analysis._speakers`: a document named by its noun alone
is never a speaker (see :func:`summarize.analysis._people.spoken_by`); :func:`issuer`
names the body or person the article says issued the document ("a report by the Harbour
Institute", "the lawsuit filed by Ada Ode"), for an attribution that names the document
alone ("the report said");
:func:`goes_on_saying` gives the words a text goes on with to whoever gave those before
("The statement goes on to say"); :func:`named_document` keeps a document named by name
("the Kessel report") as the source of its words when no issuer is found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from .._regexes import OneWordFamily
from ._organisations import ORGANISATIONS
from ._role_words import is_role
from ._speaker_phrases import DOCUMENTS, TIME, TITLES, Said, word_set

__all__ = ["goes_on_saying", "issuer", "named_document"]

_BACK = 3000  # characters read back from the attribution for where the document is introduced
# Documents a body or a person issues ("the report"), as the speaker phrases read them.
_ISSUED = DOCUMENTS
_DEFINITE = re.compile(
    r"(?i:the|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?([a-z]+)(?:[ \t]+[a-z]+ed)?"
)  # "the report", "its new study", "the lawsuit filed"
# A name: capitalised words (an inner dot, "U.S", or an ordinal, "7th", too), maybe joined
# by "of", "for", "and", "on" or "the"; or "the" and a body's noun ("the ministry").
_WORD = r"[A-Z](?:[\w&'\u2019-]|\.(?=\w))*"
_ORDINAL = r"\d+(?:st|nd|rd|th)\b"
_LINK = r"(?:(?:of|for|and|on|the)[ \t]+)*"
# Or an article and a word in lower case, where a role may be named ("a publicist for the
# group"; read by _role_at).
_ROLE = (
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,7}?"
    r"(?:[ \t]+(?:the[ \t]+)?[A-Z][\w&'\u2019-]*(?:[ \t]+[A-Z][\w&'\u2019-]*){0,4})?"
)
_NAME = (
    rf"(?P<name>(?:the[ \t]+)?{_WORD}(?:[ \t]+{_LINK}(?:{_WORD}|{_ORDINAL}))*"
    rf"|{_ROLE})"
)
_ISSUING = (
    r"(?:released|published|issued|filed|sent|wrote|posted|put[ \t]+out|commissioned"
    r"|conducted|brought)"
)
# "released on Tuesday", "provided to the Gazette": lower-case words, a day, or the
# capitalised name a document was given to (after "to" or "the")
_BETWEEN = r"(?:[a-z][\w-]*|[A-Z][a-z]+day|(?<=(?:to|he)[ \t])[A-Z][\w&.-]*)"
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_ENDS = re.compile(r"[ \t]*(?:[.!?;](?:\s|$)|$)")  # the end of a sentence
_MONTHS = word_set(
    "january february march april may june july august september october november december"
)
# A document named by capitalised words before its noun: "the Pentagon report", "a Harbour
# Board memo", "the new Kessel study"; maybe a day after it ("the Kessel study Tuesday").
_NAMED = re.compile(
    rf"(?:[Tt]he|[Aa]n?)(?:[ \t]+[a-z][\w-]*)?(?:[ \t]+{_WORD}){{1,4}}"
    rf"(?:[ \t]+[a-z][\w-]*)?[ \t]+(?:{'|'.join(sorted(_ISSUED))})"
    r"(?=(?:[ \t]+(?:[A-Z][a-z]+day|today|yesterday))?$)"
)
# Words before a document's noun that introduce one: "a report", "its annual report".
_INTRODUCING = r"(?:(?i:a|an|its|their|his|her)|new|separate|[A-Z][\w.&-]*['\u2019]s)"


# Words in lower case before a name that describe it, no article: "from attorney Ada Ode".
_DESCRIBED = r"(?:(?!(?:the|a|an|its|their|his|her)\b)[a-z][\w-]*[ \t]+(?=[a-z]*[ \t]*[A-Z])){0,2}"


def _by(nouns: str) -> str:
    """After a document's noun (one of ``nouns``), its issuer: "the lawsuit, filed by Ode"."""
    return (
        rf"\b(?P<doc>{nouns})s?\b(?:,?[ \t]+{_BETWEEN}){{0,4}}?,?[ \t]+(?:by|from)[ \t]+"
        rf"{_DESCRIBED}{_NAME}"
    )


# The issuer after a document of any noun. Where it matches, the noun written there is
# the only one of them that can (each is a whole word, "s" aside), so at that place it
# matches as the pattern of that noun alone would ("the lawsuit filed by Ada Ode said").
_BY_ANY = re.compile(_by("|".join(sorted(_ISSUED))))


def _after(text: str, noun: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The issuers after a document of ``noun`` in text[lo:hi], as ``_by(noun)`` finds them.

    One after another, as ``finditer`` of that noun's own pattern gives them: where
    :data:`_BY_ANY` matches after another noun, the pattern of ``noun`` cannot match at
    that place, and the search goes on from the next character.
    """
    pos = lo
    while (found := _BY_ANY.search(text, pos, hi)) is not None:
        if found.group("doc") == noun:
            yield found
            pos = found.end()
        else:
            pos = found.start() + 1


def _owner(noun: str) -> str:
    """The issuer as the owner of a document: "the Harbour Institute's annual report"."""
    return rf"{_NAME}['\u2019]s[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}(?P<doc>{noun})s?\b"


def _in_it(noun: str) -> str:
    """The issuer after "in" a document: "In a statement on Monday, former mayor Ada Ode"."""
    return (
        rf"\b[Ii]n[ \t]+(?:a|an|its|their|his|her)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
        rf"(?P<doc>{noun})s?\b(?:[ \t]+(?:on[ \t]+)?{_BETWEEN}){{0,2}},[ \t]+{_DESCRIBED}{_NAME}"
        r"(?=,?[ \t]+[a-z])"
    )


def _issuing(noun: str) -> str:
    """The issuer as the subject of a verb: "The Harbour Institute released a report"."""
    return (
        rf"{_NAME}[ \t]+(?:{_ISSUING}|said[ \t]+in)[ \t]+(?:a|an|its|the|their|his|her)"
        rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}(?P<doc>{noun})s?\b"
    )


# Where an article names who issued a document: a possessive, "in" the document, or the
# verb. The group "doc" is the document's noun, the group "name" the issuer. The noun
# ends the first and the last, so one pattern for every noun would not match as each
# noun's own does; each is searched by one pattern for every noun all the same, and a
# noun's own pattern is compiled only where another noun matched at the place (see
# OneWordFamily). After "by" or "from" the issuer is found by :func:`_after`.
_WAYS = tuple(OneWordFamily(build, _ISSUED) for build in (_owner, _in_it, _issuing))


def issuer(text: str, at: int, phrase: str, *, opens: bool = True) -> str | None:
    """Who issued the document a definite phrase names ("the report"), or ``None``.

    ``phrase`` is the attribution's speaker, at offset ``at``: "the report", "the new
    study", "its statement". An issuer right after it counts first ("says the lawsuit
    filed by the Harbour Trust"); else the article before it is read back (3,000 characters) for
    where it introduces a document of the same noun with its issuer: after "by" or
    "from" ("a report released on Tuesday by the Harbour Institute"), as its owner
    ("the Harbour Institute's annual report"), or as the subject of a verb that issues
    it ("The Harbour Institute released a report", "Ada Ode said in a statement").
    Only the document of that noun introduced last ("a report", "its report",
    "the board's report") counts: when the article names no issuer there ("An
    official sent a statement"), the phrase gives no speaker. The issuer is a
    capitalised name, or "the" and a body's noun ("the ministry said in a statement").
    An indefinite phrase ("a 2013 memo", "a statement") gives the issuer named right
    after its noun, ending the sentence ("a memo by the Harbour Board."), not a report's
    (a paper's report gives others' words), and only for a quote that ``opens`` its
    sentence: a quoted
    fragment inside one ('Her family described her as "...," according to a release
    from the Harbour Police') may be another's words.

    Example:
        >>> text = "A report by the Harbour Institute came out. The report said: ..."
        >>> issuer(text, text.index("The report"), "The report")
        'the Harbour Institute'
        >>> issuer("The report said: ...", 0, "The report") is None
        True
    """
    found = _DEFINITE.fullmatch(phrase.strip())
    if found is None:  # "according to a 2013 memo by the Harbour Board": only as named there
        return _issued_with(text, at, phrase) if opens else None
    if found.group(1).lower() not in _ISSUED:
        return None
    noun = found.group(1).lower()
    own = _BY_ANY.match(text, at + found.start(1))  # "the lawsuit filed by X said"
    if own is not None and own.group("doc") == noun:  # the issuer must end the sentence
        name = _trimmed(own.group("name"))
        ends = _ENDS.match(text, own.end("name")) is not None
        return None if name is None or not ends or _cut(text, own.end("name"), name) else name
    lo = max(0, at - _BACK)
    introduced = re.compile(
        rf"\b{_INTRODUCING}[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}({noun})s?\b"
        rf"|\b[Tt]he[ \t]+({noun})s?[ \t]+(?:from|by)[ \t]"  # "The statement from Ada Ode"
    )
    last = max((max(m.start(1), m.start(2)) for m in introduced.finditer(text, lo, at)), default=-1)
    if last < 0:  # no document of that noun introduced before: who sued, for a complaint
        return _suer(text, lo, at) if noun in _SUITS else None
    issuers: set[str] = set()
    # "a report released on Tuesday by the Harbour Institute", "the lawsuit, filed by Ode"
    by = ((m, False) for m in _after(text, noun, lo, at))
    owners = ((m, True) for way in _WAYS for m in way.finditer(noun, text, lo, at))
    for m, ends in itertools.chain(by, owners):
        name = _trimmed(m.group("name"))
        if name is not None and name.split()[0] in ("a", "an", "the") and name[4:5].islower():
            role, end = _role_at(text, m.start("name"))  # "a publicist for the crew"
            name = role if not ends or end == m.end("name") else None
        if name is not None and _cut(text, m.end("name"), name):
            name = None  # "by the Austrian athletics federation": an adjective, not a name
        if name is not None and m.start("doc") == last:
            issuers.add(name)
    if len(issuers) != 1:
        return None  # the last document of that kind introduced has no issuer named
    return issuers.pop()


# What one who sues files, and the verbs of suing: "Ada Ode sued the port board".
_SUITS = word_set("complaint lawsuit suit")
_SUED = re.compile(rf"(?<![\w.])(?:{_NAME})[ \t]+(?:sued|sues|(?:has|have)[ \t]+sued)[ \t]")


def _suer(text: str, lo: int, at: int) -> str | None:
    """Who sued, the last the article names before ``at`` (from ``lo``): a complaint's issuer.

    "Ada Ode sued the port board" and then "according to the complaint": Ode's
    complaint; only a name that opens its clause ("The Kessel Trust sued"), not a
    sentence's first word alone ("Residents sued").
    """
    found = list(_SUED.finditer(text, lo, at))
    if not found:
        return None
    name = _trimmed(found[-1].group("name"))
    if name is None or " " not in name or (name[:1].islower() and not _NAMED_BODY.match(name)):
        return None  # "the board sued": a role, read where it is written
    return name


_NAMED_BODY = re.compile(r"the[ \t]+[A-Z]")  # "the Kessel Trust"


def _issued_with(text: str, at: int, phrase: str) -> str | None:
    """The issuer an indefinite document names right after its noun, ending the sentence.

    "a 2013 memo by the Harbour Board.", "a statement from Kessel 7th Fleet."; "a memo"
    alone, or one whose issuer runs on ("a memo by the Board's audit panel"), gives
    none, nor does a report, which a paper may give of others' words ("a report from
    the Harbour Gazette").
    """
    found = _INDEFINITE.fullmatch(phrase.strip())
    noun = found.group(1).lower() if found else ""
    if found is None or noun not in _ISSUED or noun == "report":
        return None
    own = _BY_ANY.match(text, at + found.start(1))
    if own is None or own.group("doc") != noun:
        return None
    name = _trimmed(own.group("name"))
    if name is None or (name[:1].islower() and not name.startswith("the ")):
        return None  # "by a spokesman": a role, read where it is written
    if _ENDS.match(text, own.end("name")) is None or _cut(text, own.end("name"), name):
        return None
    return name


# An indefinite document: "a report", "a 2013 memo", "a new study".
_INDEFINITE = re.compile(r"(?i:an?)[ \t]+(?:(?:\d{4}|[a-z][\w-]*)[ \t]+){0,2}?([a-z]+)")


# A verb after a text's name that goes on with words given before: "The statement goes on
# to say", "the letter continued", "the statement added".
_GOES_ON = re.compile(
    r"[ \t]+(?:(?:goes|went)[ \t]+on[ \t]+to[ \t]+(?:say|add|note|state)|continued|continues"
    r"|added|adds)\b"
)


_BARE = re.compile(rf"[Tt]he[ \t]+(?:{'|'.join(sorted(_ISSUED))})")


def goes_on_saying(text: str, who: Said, said: Sequence[Said | None]) -> str | None:
    """Who gave the words an attribution to a text goes on with ("the statement continued").

    As in "The statement goes on to say," or '"...," the statement added.': the
    speaker of the quote before (the last of ``said``), when its attribution stands
    within 600 characters before ``who``; for a text named by "the" and its noun alone
    ("The Acme statement added" is Acme's), whose issuer is not named (see :func:`issuer`).

    Example:
        >>> text = '"We are proud," Ada Ode said. The statement goes on to say, "We won."'
        >>> goes_on_saying(text, Said("The statement", 30, 43, False),
        ...                [Said("Ada Ode", 16, 23, False)])
        'Ada Ode'
    """
    by = said[-1] if said else None
    bare = _BARE.fullmatch(text, who.start, who.end)  # "the statement", not "the Acme statement"
    if by is None or by.start < who.start - 600 or not bare or not _GOES_ON.match(text, who.end):
        return None
    return by.speaker


def _role_at(text: str, at: int) -> tuple[str | None, int]:
    """The role phrase at ``at`` and where it ends: "a publicist for the crew", or None.

    An article, at most four words in lower case up to the last that is a role's
    head or a body's noun ("a senior ferry company official", "the ministry"), and
    what it is of after "for", "of", "at" or "with": "the" and one word in lower
    case (two when the second is a body's noun: "for the ferry company"), or
    capitalised words ("for the Harbour Board").
    """
    words = list(_PLAIN.finditer(text, at, at + 120))
    of = next((k for k, w in enumerate(words) if k and w.group() in _OF), len(words))
    head = next(
        (
            k
            for k in range(min(of - 1, 4), 0, -1)
            if all(w.group().islower() for w in words[1 : k + 1])
            and (is_role([words[k].group()]) or words[k].group() in ORGANISATIONS)
        ),
        0,
    )
    gaps = itertools.pairwise(words[: head + 1])
    if not head or not all(_SPACE.fullmatch(text, a.end(), b.start()) for a, b in gaps):
        return None, at  # a mark between the words
    end = words[head].end()
    body = _BODY.match(text, end)
    if body is not None:  # "for the ferry company", not "for the group said"
        noun = body.group("noun")
        end = body.end() if not noun or noun.strip() in ORGANISATIONS else body.start("noun")
    return " ".join([words[0].group().lower(), *text[words[0].end() : end].split()]), end


_PLAIN = re.compile(r"[A-Za-z][\w-]*")
_OF = word_set("for of at with")
_SPACE = re.compile(r"[ \t]+")
# What a role is of: "for the group", "of the Harbour Board", "at Acme Ferries".
_BODY = re.compile(
    r"[ \t]+(?:for|of|at|with)[ \t]+"
    r"(?:the[ \t]+[a-z][\w-]*(?P<noun>[ \t]+[a-z][\w-]*)?\b(?![ \t]+[A-Z])"
    r"|(?:the[ \t]+)?[A-Z][\w&'\u2019-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][\w&'\u2019-]*)*)"
)


def _cut(text: str, end: int, name: str) -> bool:
    """Whether "the" and one capitalised word run on in lower case: "the Austrian athletics"."""
    words = name.split()
    two = len(words) == 2 and words[0] == "the" and words[1][:1].isupper()
    return two and _LOWER_NEXT.match(text, end) is not None


def _trimmed(name: str) -> str | None:
    """The issuer's name as written, "the" in lower case; None for a time or a sentence's start."""
    words = name.split()
    if words[0] in ("The", "the", "A", "An"):
        words[0] = words[0].lower()
    bare = [w for w in words if w != "the"]
    if not bare or all(w.lower().rstrip(".") in TIME | _MONTHS for w in bare):
        return None  # "by Tuesday", "from March"
    if len(bare) == 1 and bare[0] in ("a", "an", "In", "On", "The", "This", "That"):
        return None
    if words[-1].lower() in TITLES:
        return None  # "CDC Director Dr" of "Dr. Ada Ode": a name cut at its title
    return " ".join(words)


def named_document(phrase: str) -> str | None:
    """The document an attribution names by name, as the speaker of its words, or ``None``.

    "the Pentagon report says" gives no issuer of its own (see :func:`issuer`), yet the
    report it names is a fair source of the words, as an organisation would be: a
    capitalised name stands before the document's noun ("the Kessel study", "a
    Harbour Board memo"), the article in lower case. A document named by its noun
    alone ("the statement", "a report", "the new study") is nobody's words.

    Example:
        >>> named_document("The Pentagon report"), named_document("the statement")
        ('the Pentagon report', None)
    """
    found = _NAMED.match(" ".join(phrase.split()))
    if found is None:
        return None
    named = found.group()
    return named[0].lower() + named[1:]
