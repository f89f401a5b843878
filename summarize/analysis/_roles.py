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

:class:`Mentions` reads the roles the article gives where it names people, for a
speaker whose attribution gives none ("Corey Dunn, his friend, ..." then "Dunn
said", or "she said"), and finds who a speaker named by a role is ("the officer
said" after "Officer Pat Quinn").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._speaker_phrases import (
    BOUNDARY,
    PRONOUNS,
    TIME,
    TITLES,
    Said,
    capital,
    is_person,
    name_forward,
    speaker_of,
    tokens,
    word_set,
)

__all__ = ["OFFICES", "ROLE_NOUNS", "Mention", "Mentions", "role_of", "title_apart"]

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
    " mom dad mum grandson granddaughter stepfather stepmother fiance fiancee girlfriend"
    " boyfriend partner"
)
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
        " councilwoman trooper constable cmdr det insp supt"
    )
)
# Words that may stand before a title but are no part of it ("Through Dr. Ode", "AP Sen.").
_NOT_TITLE = word_set(
    "the a an by to for at in with on from about against into over under after through"
    " during amid among as like via across behind beyond near upon within without when"
    " while and but or so then also"
    " ap afp reuters getty images epa upi photo file"  # a picture credit glued to a caption
)
# Words that end as agent nouns do but name no role.
_NOT_AGENT = word_set(
    "other others another never ever however after over under rather whether together"
    " later water number numbers order center centre paper newspaper letter matter power"
    " major minor per winter summer border corner chapter character former latter"
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
_AGE = re.compile(r", \d{1,3}, ")  # "Ada Ode, 52, a ferry captain"
# Prepositions a role read back from a name stops at (not "of": "University of Texas law
# professor").
_LINKING = word_set("for at in with on from about against by to into over under after")
# Possessives that may open a role ("his father"), dropped from it as "the" is.
_POSSESSIVES = word_set("his her their its our my your")
# Words after a role's head that open what it is of ("spokeswoman for the port").
_OF = word_set("of for at in with on")
# What a clause may open after: the text's start, a stop, a colon, a line or a quotation mark.
_CLAUSE_START = frozenset('.!?:;\n"\u201c\u201d')
_APPOSED = re.compile(r",[ \t]+")  # between a name and its apposition
# The first words of a sentence that may be a definite role phrase: "His mother is", "The
# comic's creator".
_LEADING = re.compile(
    r"((?:The|His|Her|Their|[A-Z][\w-]*['\u2019]s)(?: [a-z][\w'\u2019-]*){1,3})[ ,]"
)
# Two or more capitalised words in a row, maybe with links ("Ada de Ode"): where names may be.
_RUN = re.compile(
    r"[A-Z][\w'\u2019.-]*+(?:[^\S\n]++(?:(?:of|de|da|di|del|van|von|der|al|bin|ibn|abu|la|le)"
    r"[^\S\n]++)?[A-Z][\w'\u2019.-]*+)++"
)
# Abbreviated titles and the role each stands for ("Gen." for "the general").
_TITLE_HEADS = {
    "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "sgt": "sergeant", "adm": "admiral", "gov": "governor", "sen": "senator",
    "rep": "representative", "prof": "professor", "dr": "doctor", "det": "detective",
    "insp": "inspector", "supt": "superintendent", "cmdr": "commander", "cdr": "commander",
}  # fmt: skip
_BACK = 1500  # characters read back for the person a role phrase stands for


def role_of(text: str, start: int, end: int) -> str | None:
    """The role the text gives the speaker named at text[start:end], or ``None``.

    Read right before the name ("trauma surgeon Dr. Jason Lees"), before it and set
    off by a comma at the start of its clause ("His father, Tom Brell, said"), or in
    the apposition after it ("Mara Quell, the harbour master,").

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
    return _before(text, start) or _fronted(text, start) or _after(text, end)


def _is_role(phrase: list[str]) -> bool:
    """Whether the words end in a role noun (its head)."""
    if not phrase:
        return False
    head = phrase[-1].lower().rstrip(".")
    return head in ROLE_NOUNS or (head not in _NOT_AGENT and bool(_AGENT.fullmatch(head)))


def _before(text: str, start: int) -> str | None:
    """The role written right before the name: the words back to a verb, a mark or a preposition.

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
            if word.lower() in PRONOUNS and not gap.strip():
                return None  # "He took defense attorney Ada Ode": a verb opens the phrase
            break
        if word in _LINKING:
            break  # "a plea from whistleblower Ada Ode": the role starts after "from"
        phrase.insert(0, match)
    # The role's head noun stands right before the name ("trauma surgeon Dr. Jason Lees").
    if not phrase or not _is_role([phrase[-1].group()]):
        return None
    return " ".join(text[phrase[0].start() : phrase[-1].end()].split())


def _fronted(text: str, start: int) -> str | None:
    """The role that opens the name's clause, set off by a comma: "His father, Tom Brell,".

    The phrase runs back from the comma to the start of the clause (the text's
    start, a stop, a colon, a line or a quotation mark), and opens with an article
    or a possessive ("The city's engineer, Dr. Ada Ode"); "In a letter to the
    mayor, Ada Ode wrote" gives none.
    """
    head = text[max(0, start - 120) : start]
    if not head.endswith((", ", ",\n")):
        return None
    lo = max((head.rfind(mark, 0, len(head) - 2) for mark in _CLAUSE_START), default=-1)
    if lo < 0 and start > len(head):
        return None  # the clause opens further back than is read
    words = head[lo + 1 : -2].split()
    if not words or len(words) > _MOST:
        return None
    first = words[0].lower()
    if not (first in _DETERMINERS or first in _POSSESSIVES or first.endswith(("'s", "\u2019s"))):
        return None
    return _phrase(words)


def _after(text: str, end: int) -> str | None:
    """The role in an apposition after the name.

    As in ", the harbour master," or ", a spokeswoman for the port,", maybe after
    an age (", 52, a ferry captain,").
    """
    rest = text[end : end + 160]
    age = _AGE.match(rest)
    if age:
        rest = rest[age.end() - 2 :]
    if not rest.startswith(", "):
        return None
    stop = re.search(r"[,;:.!?\"\u201c\u201d()\u2014\u2013]", rest[2:])
    phrase = rest[2 : 2 + stop.start()] if stop else ""
    if not stop or rest[2 + stop.start()] not in ",.;:\u2014\u2013":
        return None
    return _phrase(phrase.split())


def _phrase(words: list[str]) -> str | None:
    """The role a noun phrase names, without its article or possessive pronoun, or ``None``.

    It opens with an article, a possessive, a capitalised word or a word that may
    describe a role ("lead author of the study"); it ends before a verb or a
    relative clause, and its head is the last word before "of", "for", "at", "in",
    "with" or "on" ("spokeswoman for the port", "expert on bullying").
    """
    if not words:
        return None
    first = words[0].lower()
    bare = False  # opened by neither an article, a possessive nor a capital
    if first in _DETERMINERS or first in _POSSESSIVES:
        words = words[1:]
    elif not words[0][0].isupper() and not first.endswith(("'s", "\u2019s")):
        if first in _NOT_ROLE or first in _NOT_AGENT or first.endswith(("ing", "ed")):
            return None  # "another witness", "who saw it", "telling the audience"
        bare = True
    words = words[: next((k for k, w in enumerate(words) if w.lower() in BOUNDARY), len(words))]
    if not words or len(words) > _MOST + 4:
        return None
    cut = next((k for k, w in enumerate(words) if w.lower() in _OF), len(words))
    if bare and (cut > 3 or any(w.lower() in _DETERMINERS for w in words[:cut])):
        return None  # a bare role is short: "lead author of the study"
    if not _is_role(words[:cut]):
        return None
    return " ".join(words)


def title_apart(speaker: str, role: str | None) -> tuple[str, str | None]:
    """The name and the role of a speaker written with a title of office before the name.

    The words up to the last title (:data:`OFFICES`) that a name follows, among the
    first seven ("Lt. Gen.", "Senate Majority Leader", "Oklahoma Gov."; "Prime" only
    before "Minister"; with "of" and one capitalised word after it: "Secretary of
    State"), become the role when the attribution gives none, and are left out of
    the name either way. A participle that opens them describes the moment and is
    dropped ("Smiling Mayor"). A title with no name after it stays as it is.

    Example:
        >>> title_apart("Gov. Ada Ode", None), title_apart("Kessel Gov. Ada Ode", None)
        (('Ada Ode', 'Gov.'), ('Ada Ode', 'Kessel Gov.'))
        >>> title_apart("Chief Fire Officer Ada Ode", None)
        ('Ada Ode', 'Chief Fire Officer')
        >>> title_apart("Dr. Ada Ode", "trauma surgeon")
        ('Ada Ode', 'trauma surgeon')
        >>> title_apart("Secretary of State Ada Ode", None)
        ('Ada Ode', 'Secretary of State')
        >>> title_apart("Smiling Mayor Ada Ode", None)
        ('Ada Ode', 'Mayor')
        >>> title_apart("Ms Ode", None), title_apart("General Motors", None)
        (('Ms Ode', None), ('General Motors', None))
    """
    words = speaker.split()
    low = [w.lower().rstrip(".") for w in words]
    cut = 0  # the name starts at words[cut]
    for k in range(min(7, len(words) - 1)):
        if not words[k][:1].isupper():
            break  # "Secretary of State": "of" ends the title words (see below)
        office = low[k] in OFFICES or (low[k] == "general" and k > 0 and low[k - 1] in OFFICES)
        if low[k] == "prime" and low[k + 1] != "minister":
            office = False
        if office and words[k + 1][:1].isupper() and low[k + 1] not in OFFICES:
            cut = k + 1  # a name may follow: the title ends here, unless a later one does
        elif office and low[k + 1] == "of" and k + 3 < len(words) and words[k + 2][:1].isupper():
            cut = k + 3  # "Secretary of State Ada Ode", "Mayor of Kessel Ada Ode"
    if not cut or not words[cut][:1].isupper():
        return speaker, role
    opening = max(  # "Smiling Mayor", "Through Dr.": words that are no part of the title
        (n + 1 for n in range(cut) if low[n].endswith(("ing", "ed")) or low[n] in _NOT_TITLE),
        default=0,
    )
    return " ".join(words[cut:]), role or " ".join(words[opening:cut])


# Roles across the article ---------------------------------------------------------------


class Mention(NamedTuple):
    """A person the article names: where, how, the name's key words and the role given there."""

    start: int
    end: int
    name: str
    key: tuple[str, ...]
    role: str | None


class Mentions:
    """The people an article names, each with the role the text gives them there.

    Read only where needed, a stretch at a time: around the words of a speaker's
    name that lacks a role, or before a speaker named by a role ("the officer").
    A person is a run of capitalised words that can be a person's name (see
    :func:`summarize.analysis._speaker_phrases.is_person`), with :func:`role_of`
    at it, or the capitalised role that opens the run ("Homeland Security
    Secretary Ada Ode").
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[int, Mention | None] = {}  # by the run's offset
        self._runs: list[tuple[int, int, str]] | None = None  # each run, in lower case

    def found(self, lo: int, hi: int) -> list[Mention]:
        """The people named in text[lo:hi], in text order (a run cut at ``lo`` may be partial)."""
        toks = tokens(self.text, lo, hi)
        found: list[Mention] = []
        k = 0
        while k < len(toks):
            j = name_forward(toks, k, len(toks)) if capital(toks[k][2]) else k
            if j - k >= 2:
                at = toks[k][0]
                if at not in self._seen:
                    said = speaker_of(self.text, toks, k, j)
                    person = said.speaker is not None and is_person(said.speaker)
                    self._seen[at] = self._mention(said) if person else None
                mention = self._seen[at]
                if mention is not None:
                    found.append(mention)
            k = max(j, k + 1)
        return found

    def _mention(self, said: Said) -> Mention:
        name = said.speaker or ""
        words = name.split()
        lead = max(
            (n for n, w in enumerate(words[:-2]) if w.lower().rstrip(".") in ROLE_NOUNS),
            default=-1,
        )
        while 0 <= lead < len(words) - 4 and words[lead + 1] == "of":  # "Secretary of State"
            lead += 2
        if lead >= 0:  # "Homeland Security Secretary Ada Ode": the role opens the run
            rest = " ".join(words[lead + 1 :])
            return Mention(said.start, said.end, name, _key(rest), " ".join(words[: lead + 1]))
        # "Senate Majority Leader Ada Ode": a title of office opens the run; a role the
        # text gives ("..., the harbour master,") says more than the title, and comes first.
        rest, title = title_apart(name, None)
        role = role_of(self.text, said.start, said.end) or title
        return Mention(said.start, said.end, name, _key(rest), role)

    def role(self, speaker: str) -> str | None:
        """The role the article gives the person it calls ``speaker`` where it names them.

        "Gentry", "Dr. Copeland" and "Ada" are the one person the article names
        "Corey Gentry", "William E. Copeland" or "Ada Ode" (first and last words
        alike), and take the first role it gives them; a short name two people
        share ("Ode" for "Ada Ode" and "Ivo Ode") takes none. Only the runs of
        capitalised words that hold the name's first or last word are read.
        """
        key = _key(speaker)
        if not key:
            return None
        if self._runs is None:  # one pass of a plain pattern; tokens only where a run matches
            self._runs = [(m.start(), m.end(), m.group().lower()) for m in _RUN.finditer(self.text)]
        matches: dict[int, Mention] = {}
        for lo, hi, low in self._runs:
            if (key[0] in low or key[-1] in low) and not {key[0], key[-1]}.isdisjoint(_key(low)):
                for m in self.found(lo, hi):
                    if _same(key, m.key):
                        matches[m.start] = m
        fuller = {(m.key[0], m.key[-1]) for m in matches.values() if len(m.key) > 1}
        if len(fuller) > 1:
            return None
        # A title the speaker's name keeps ("Mayor Ada Ode") is no role of theirs.
        return next(
            (
                m.role
                for _, m in sorted(matches.items())
                if m.role is not None and m.role not in speaker
            ),
            None,
        )

    def named(self, phrase: str, start: int) -> tuple[str, str] | None:
        """The person a speaker named by a role phrase is, with the role: (name, role).

        ``start`` is the phrase's offset. A phrase right after a name that opens
        its clause is that name's apposition ("Ada Ode, a neighbour said"). A
        definite phrase ("the officer", "his mother", "the comic's creator")
        stands for the most recent person named before it, within 1,500
        characters, whose role has the same head ("Officer Pat Quinn", "His
        mother, Mara Brandt,") or whose title names that role ("Lt. Gen. Ada
        Ode" for "the general"). An indefinite phrase ("a spokesman for the port")
        stays a phrase.
        """
        words = phrase.split()
        role = _phrase(words) if words and words[0].islower() else None
        head = _head(role) if role else ""
        if role is None or head not in phrase.split():
            return None  # a role's head is written in lower case: not "the rifle maker Acme"
        earlier = [m for m in self.found(max(0, start - _BACK), start) if m.start < start]
        last = earlier[-1] if earlier else None
        if (
            last
            and _APPOSED.fullmatch(self.text, last.end, start)
            and _opens_clause(self.text, last.start)
        ):
            return last.name, role  # "Ada Ode, a neighbour said"
        if words[0] in ("a", "an"):
            return None
        for m in reversed(earlier):
            # "Officer Pat Quinn", "Lt. Gen. Ada Ode" for "the general"
            titles = (w.lower().rstrip(".") for w in m.name.split()[:-1])
            titled = any(_TITLE_HEADS.get(w, w) == head for w in titles)
            if titled or (m.role is not None and _head(m.role) == head):
                return m.name, m.role or role
        return None

    def subject(self, lo: int, hi: int) -> str | None:
        """The person a role phrase that opens text[lo:hi] as its subject stands for.

        As in "His mother flew in on Friday." after "His mother, Mara Brandt,": a
        definite phrase of at most four words whose last word is a role's head,
        followed by a lower-case word or a comma (see :meth:`named`).
        """
        words = _LEADING.match(self.text, lo, hi)
        if words is None:
            return None
        found = words.group(1).split()
        for n in range(len(found), 1, -1):
            phrase = [found[0].lower(), *found[1:n]]
            if _is_role(phrase[-1:]) and (n == len(found) or not found[n][0].isupper()):
                person = self.named(" ".join(phrase), lo)
                return person[0] if person else None
        return None


def _opens_clause(text: str, at: int) -> bool:
    """Whether text[at:] opens a clause: after the text's start, a stop, a line or a quote mark."""
    before = text[max(0, at - 20) : at].rstrip(" ")
    return (not before and at < 20) or before[-1:] in _CLAUSE_START


def _key(name: str) -> tuple[str, ...]:
    """A name's words in lower case, without titles ("Dr. Ada Ode" gives ("ada", "ode"))."""
    return tuple(w for w in (w.lower().rstrip(".") for w in name.split()) if w not in TITLES)


def _same(key: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name (``key``) can be a shorter form of a full one: "Ode" or "Ada" of "Ada Ode"."""
    if not full:
        return False
    if len(key) == 1:
        return key[0] in (full[0], full[-1])
    return key[0] == full[0] and key[-1] == full[-1]


def _head(role: str) -> str:
    """The head noun of a role: "mother" of "his mother", "spokesman" of "spokesman for X"."""
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if w in _OF), len(words))
    return words[cut - 1] if cut else ""
