"""The people an article names, and the role it gives each where it names them.

In analysis/: :class:`Mentions` reads the roles an article gives where it names
people, for a speaker whose attribution gives none ("Corey Dunn, his friend, ..."
then "Dunn said", or "she said"), and finds who a speaker named by a role is ("the
officer said" after "Officer Pat Quinn"). The words of a role are read by
:mod:`summarize.analysis._roles`, a role given away from the name ("Sens. Ada Ode, Ivo
Brandt and ...", an office in the sentence before) by :mod:`summarize.analysis._roles_before`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from ._copular import clause_role
from ._organisations import with_organisation
from ._people import is_person
from ._role_words import RELATIONS
from ._roles import CLAUSE_START, OF, ROLE_NOUNS, is_role, role_of, role_phrase
from ._roles_before import (
    family_apposed,
    family_fronted,
    listed_title,
    office_before,
    plain_name,
    written_alone,
)
from ._speaker_phrases import (
    TITLES,
    Said,
    Tokens,
    capital,
    name_forward,
    speaker_of,
    tokens,
)
from ._titles import OFFICES, office_over_and, title_apart

__all__ = ["Mention", "Mentions"]

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
# Heads of a role phrase that a title names besides its own ("Rep." for "the congressman").
_ALSO = {"rep": ("congressman", "congresswoman", "lawmaker"), "sen": ("lawmaker",)}
_BACK = 1500  # characters read back for the person a role phrase stands for
# Heads that name one role: "the lawyer" after "his attorney, Ada Ode,".
_SAME_HEAD = {"attorney": "lawyer", "counsel": "lawyer", "spokeswoman": "spokesperson"}
_SAME_HEAD |= {"spokesman": "spokesperson"}
_NOT_GIVEN = re.compile(r"[A-Z][a-z]*-[a-z]+")
# A picture credit glued before a caption's first words: "AP Photo", "Getty Images".
_CREDIT = re.compile(r"^(?:[A-Z][\w-]*[ \t]+)?(?:Photos?|Images)[ \t]+")
_OWNING = re.compile(r"['\u2019]s\b")  # the possessive's ending: "Ode's" is "Ode"
_AGED = re.compile(r"(?i:\b(?:younger|elder|older)\b)")  # "the younger Ode": two of a family


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
    :func:`summarize.analysis._people.is_person`), with :func:`role_of`
    at it, or the capitalised role that opens the run ("Homeland Security
    Secretary Ada Ode").
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._seen: dict[int, Mention | None] = {}  # by the run's offset
        self._bare: dict[int, Mention | None] = {}  # the same, read without the text's roles
        self._runs: list[tuple[int, int, str]] | None = None  # each run, in lower case
        self._roles: dict[str, str | None] = {}  # by speaker: each read once (see role)
        self._lower: dict[str, bool] = {}  # whether the text writes a word in lower case
        # Each stretch read (lo, hi, roles) -> the mentions found, and how many mentions
        # with roles were known then: a stretch is often asked for again (by the quotes of
        # one passage), and gives the same mentions until a mention of it is read with
        # roles (which only adds to those known).
        self._stretches: dict[tuple[int, int, bool], tuple[int, list[Mention]]] = {}

    def found(self, lo: int, hi: int, *, roles: bool = True) -> list[Mention]:
        """The people named in text[lo:hi], in text order (a run cut at ``lo`` may be partial).

        Without ``roles``, a mention not read before comes without the role the text
        gives there (its ``role`` is None): reading roles is the costly part.
        """
        known = self._stretches.get((lo, hi, roles))
        if known is not None and known[0] == len(self._seen):
            return list(known[1])
        found = self._found(lo, hi, roles)
        self._stretches[lo, hi, roles] = (len(self._seen), found)
        return list(found)

    def _found(self, lo: int, hi: int, roles: bool) -> list[Mention]:
        """The mentions of :meth:`found`, read from the text."""
        toks = tokens(self.text, lo, hi)
        found: list[Mention] = []
        k = 0
        while k < len(toks):
            j = name_forward(toks, k, len(toks)) if capital(toks[k][2]) else k
            if j - k >= 2:
                mention = self._at(toks, k, j, roles)
                if mention is not None:
                    found.append(mention)
            k = max(j, k + 1)
        return found

    def every(self, *, holding: str = "") -> list[Mention]:
        """Every person the text names (in runs that hold ``holding``, lower case), without roles.

        Read run by run, in text order (see :meth:`found`).
        """
        return [
            m
            for lo, hi, low in self._capital_runs()
            if holding in low
            for m in self.found(lo, hi, roles=False)
        ]

    def _at(self, toks: Tokens, k: int, j: int, roles: bool) -> Mention | None:
        """The person toks[k:j] name, read once with roles and once without."""
        at = toks[k][0]
        if at in self._seen:
            return self._seen[at]
        seen = self._seen if roles else self._bare
        if at not in seen:
            said = speaker_of(self.text, toks, k, j)
            person = said.speaker is not None and is_person(said.speaker)
            seen[at] = self._mention(said, roles) if person else None
        return seen[at]

    def _capital_runs(self) -> list[tuple[int, int, str]]:
        """The runs of two capitalised words or more, each in lower case (one pass, kept)."""
        if self._runs is None:
            self._runs = [(m.start(), m.end(), m.group().lower()) for m in _RUN.finditer(self.text)]
        return self._runs

    def _mention(self, said: Said, roles: bool) -> Mention:
        name = said.speaker or ""
        words = name.split()
        lead = max(
            (n for n, w in enumerate(words[:-2]) if self._role_word(w)),
            default=-1,
        )
        while 0 <= lead < len(words) - 4 and words[lead + 1] == "of":  # "Secretary of State"
            lead += 2
        titled = title_apart(name, None)[1]
        if titled is not None and len(titled.split()) > lead + 1:
            lead = -1  # "Veteran Republican Rep. Ada Ode": the title of office comes later
        if lead >= 0:  # "Homeland Security Secretary Ada Ode": the role opens the run
            rest = " ".join(words[lead + 1 :])
            opening = with_organisation(self.text, said.start, " ".join(words[: lead + 1]))
            return Mention(said.start, said.end, name, _key(rest), opening)
        # "Senate Majority Leader Ada Ode": a title of office opens the run; a role the
        # text gives ("..., the harbour master,") says more than the title, and comes first.
        rest, title = title_apart(name, None)
        if title is not None and name.startswith(title):  # "Ways and" before "Means Chairman"
            title = with_organisation(self.text, said.start, title)
        over = office_over_and(self.text, said.start, name) if title is None else None
        if over is not None:  # "Minister for Ports and Ferry Services Ada Ode"
            title, name = over
            rest = name
        role = (role_of(self.text, said.start, said.end) if roles else None) or title
        if role is None and roles:  # "Sens. Ada Ode, Ivo Brandt and ...": each a senator
            role = listed_title(self.text, said.start)
        return Mention(said.start, said.end, name, _key(rest), role)

    def _role_word(self, word: str) -> bool:
        """Whether a capitalised word that opens a run is a role: "Homeland Security Secretary".

        A word of :data:`ROLE_NOUNS`, one in "-ist" ("Guitarist Ada Ode"), or a doer's
        noun ("Mountaineer Ada Ode") that the text also writes in lower case ("a
        mountaineer"): a first name that ends as such nouns do ("Oliver", "Taylor") is
        not written so.
        """
        lower = word.lower().rstrip(".")
        if lower in ROLE_NOUNS:
            return True
        if not (is_role([lower]) and lower.isalpha()):
            return False
        return lower.endswith(("ist", "ists")) or self._written_lower(lower)  # "Guitarist"

    def role(self, speaker: str) -> str | None:
        """The role the article gives the person it calls ``speaker`` where it names them.

        "Gentry", "Dr. Copeland" and "Ada" are the one person the article names
        "Corey Gentry", "William E. Copeland" or "Ada Ode" (first and last words
        alike), and take the first role it gives them; a short name two people
        share ("Ode" for "Ada Ode" and "Ivo Ode") takes none, unless the article gives
        each of them one role, the same ("Kessel Mayor Ada Ode" and "Kessel Mayor Ada
        Odé"). Only the runs of capitalised words that hold the name's first or last
        word are read; one that opens with no given name ("Long-time Ode associates")
        names nobody else. A name in full that no role comes with may take the office
        that opens the sentence right before its first mention (:func:`office_before`),
        and any name the role in an apposition after its last word written alone
        ("Ode, a former harbour board chairman, is ..."; :func:`family_apposed`).
        """
        # Asked again for a name at many quotes and roles: read once, as it is the same.
        if speaker not in self._roles:
            self._roles[speaker] = self._role(speaker)
        return self._roles[speaker]

    def _role(self, speaker: str) -> str | None:
        """The role of :meth:`role`, read from the text."""
        key = _key(speaker)
        if not key:
            return None
        matches: dict[int, Mention] = {}
        for lo, hi, low in self._capital_runs():  # tokens only where a run holds the name
            if not (key[0] in low or key[-1] in low):
                continue
            # "Gov. Ada Ode's veto": a possessive names the person too, where it gives a role
            owning = {key[0], key[-1]}.isdisjoint(_key(low))
            if owning and {key[0], key[-1]}.isdisjoint(_key(_OWNING.sub("", low))):
                continue
            for m in self.found(lo, hi):
                if _same(key, m.key) and not (owning and m.role is None):
                    matches[m.start] = m
        named = [m for m in matches.values() if not _NOT_GIVEN.fullmatch(m.name.split()[0])]
        fuller = {(m.key[0], m.key[-1]) for m in named if len(m.key) > 1}
        if len(fuller) > 1:
            one = self._one_person(named, key[-1])
            if one is None:  # two people share the name: their one role, or none
                roles = {m.role for m in named if len(m.key) > 1}
                role = roles.pop() if len(roles) == 1 else None  # {None}: no role either
                return role if role is not None and role not in speaker else None
            return _commonest([m.role for m in one if m.role and m.role not in speaker])
        matches = {m.start: m for m in named}
        # A title the speaker's name keeps ("Mayor Ada Ode") is no role of theirs.
        return next(
            (
                m.role
                for _, m in sorted(matches.items())
                if m.role is not None and m.role not in speaker
            ),
            None,
        ) or (
            self._introduced(key, sorted(matches.items()))
            or self._apposed(speaker, key, matches.values())
            or next(  # "Ada Ode is the harbour master", "Ada Ode, who chairs the board,"
                (r for _, m in sorted(matches.items()) if (r := clause_role(self.text, m.end))),
                None,
            )
        )

    def _one_person(self, named: list[Mention], family: str) -> list[Mention] | None:
        """The mentions of the one person fuller names sharing a word stand for, or None.

        Of the people named in full, a relative is not the one (news names a relative
        in full once, "His mother, Ada Lin Ode,", and the principal by the surname
        alone); a capitalised word glued before a name that the text also writes in lower
        case opens no name ("Could Ode", "Despite Ode"), nor do the words before a name the
        text also writes alone ("Democrat Ada Ode" is "Ada Ode"). The one left must have a
        role: two people with none or with two roles ("Ada Ode", "Ivo Ode") stay apart,
        as do two the text tells apart by age ("the younger Ode"), whom it calls by the
        family name alone each.
        """
        if _AGED.search(self.text) and re.search(
            rf"\b(?:younger|elder|older)[ \t]+{re.escape(family)}\b", self.text, re.IGNORECASE
        ):
            return None
        people: dict[tuple[str, ...], list[Mention]] = {}
        single: list[Mention] = []
        for m in named:
            key = m.key
            while len(key) > 1 and self._written_lower(key[0]):
                key = key[1:]  # "Could Ode": "could" is no given name
            (people.setdefault(key, []) if len(key) > 1 else single).append(m)
        for key in sorted(people, key=len, reverse=True):  # "Democrat Ada Ode" is "Ada Ode"
            shorter = next((k for k in people if len(k) < len(key) and key[-len(k) :] == k), None)
            if shorter is not None:
                people[shorter] += people.pop(key)
        by_name: dict[tuple[str, str], list[Mention]] = {}
        for key, found in people.items():
            by_name.setdefault((key[0], key[-1]), []).extend(found)
        kept = [found for found in by_name.values() if not any(_relation(m.role) for m in found)]
        if len(kept) == 1 and (len(by_name) == 1 or any(m.role for m in kept[0])):
            return kept[0] + single
        return None

    def _written_lower(self, word: str) -> bool:
        """Whether the text writes a word in lower case, as a word of its own."""
        if word not in self._lower:
            self._lower[word] = written_alone(self.text, word)
        return self._lower[word]

    def _apposed(self, speaker: str, key: tuple[str, ...], named: Iterable[Mention]) -> str | None:
        """The role after the name's last word alone (:func:`family_apposed`), if none is given.

        Only for a speaker named by a name alone: not with a title or a role ("Sen. Ada
        Ode", "Harbour Master Ada Ode": the title is the role, here or where the text
        names them), nor for two people ("Ode and Brandt"), nor where the text names
        another person with the word ("Ada Ode and Ivo Ode").
        """
        if not plain_name(speaker):
            return None
        if any(m.role is not None for m in named):
            return None
        people = {(m.key[0], m.key[-1]) for m in self.every(holding=key[-1]) if key[-1] in m.key}
        if len(people) > 1 or (len(key) > 1 and not people <= {(key[0], key[-1])}):
            return None  # "Ada Ode and Ivo Ode": the family name alone may be either
        word = next((w for w in speaker.split() if w.lower().rstrip(".") == key[-1]), "")
        return family_apposed(self.text, word) or family_fronted(self.text, word)

    def _introduced(self, key: tuple[str, ...], matches: list[tuple[int, Mention]]) -> str | None:
        """The office the sentence before a name's first mention gives (:func:`office_before`)."""
        if not matches or len(matches[0][1].key) < 2:
            return None  # a name in full only
        return office_before(self.text, matches[0][0], key[-1], self._names_in)

    def _names_in(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names a person."""
        return bool(self.found(lo, hi, roles=False))

    def named(self, phrase: str, start: int) -> tuple[str, str] | None:
        """The person a speaker named by a role phrase is, with the role: (name, role).

        ``start`` is the phrase's offset. A phrase right after a name that opens
        its clause is that name's apposition ("Ada Ode, a neighbour said"). A
        definite phrase ("the officer", "his mother", "the comic's creator")
        stands for the most recent person named before it, within 1,500
        characters, whose role has the same head ("Officer Pat Quinn", "His
        mother, Mara Brandt,") or whose title names that role ("Lt. Gen. Ada
        Ode" for "the general", "Rep. Ada Ode" for "the congresswoman"); a person
        named there without a role takes the one the article gives them elsewhere
        (:meth:`role`: "Mr Ode continued" after "President Ada Ode" in the lead is
        "the president", not another president named between). An indefinite
        phrase ("a spokesman for the port") stays a phrase.
        """
        words = phrase.split()
        role = role_phrase(words) if words and words[0].islower() else None
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
        # "the lawyer for Brandt": whom the role is for is someone else than the speaker
        owners = {w.lower().rstrip(".,") for w in words[words.index(head) + 1 :] if w[:1].isupper()}
        for m in reversed(earlier):
            if m.key and m.key[-1] in owners:
                continue
            # "Officer Pat Quinn", "Lt. Gen. Ada Ode" for "the general"
            titled = _titled(m.name, head)
            # named here without the role ("Mr Ode continued"), with it elsewhere
            given = m.role or (None if titled else self.role(m.name))
            if titled or (given is not None and _same_head(_head(given), head)):
                return self._followed(earlier, m, head, start) or (m.name, given or role)
        return None

    def _followed(
        self, earlier: list[Mention], found: Mention, head: str, start: int
    ) -> tuple[str, str] | None:
        """Another titled person of the role the passage goes on with after ``found``, or None.

        "Gen. Ada Ode ... Gen. Ivo Brandt ... Ode crossed the river. "...," the general
        said": Ode, whose family name the text writes alone after Brandt's mention, not
        Brandt. Only one such person, named in full once, with a title of the role.
        """
        others = {
            m.key: m
            for m in earlier
            if len(m.key) > 1
            and m.key != found.key
            and m.key[-1] != found.key[-1]
            and _titled(m.name, head)
            and m.start < found.start
        }
        later = []
        for key, m in others.items():
            if sum(1 for o in earlier if o.key and o.key[-1] == key[-1] and len(o.key) > 1) > 1:
                continue  # "Ada Ode" and "Tom Ode": the family name alone may be either
            word = re.compile(rf"(?<![\w.]){re.escape(m.name.split()[-1])}(?![\w'\u2019-])")
            if word.search(self.text, found.end, start):
                later.append(m)
        if len(later) != 1:
            return None
        title = next(w for w in later[0].name.split()[:-1] if _titled(f"{w} x", head))
        return later[0].name, title

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
            if is_role(phrase[-1:]) and (n == len(found) or not found[n][0].isupper()):
                person = self.named(" ".join(phrase), lo)
                return person[0] if person else None
        return None


def _titled(name: str, head: str) -> bool:
    """Whether a title in the name names the role's head: "Lt. Gen. Ada Ode" for "general"."""
    titles = (w.lower().rstrip(".") for w in name.split()[:-1])
    return any(_TITLE_HEADS.get(w, w) == head or head in _ALSO.get(w, ()) for w in titles)


def _opens_clause(text: str, at: int) -> bool:
    """Whether text[at:] opens a clause: after the text's start, a stop, a line or a quote mark."""
    before = text[max(0, at - 20) : at].rstrip(" ")
    return (not before and at < 20) or before[-1:] in CLAUSE_START


def _key(name: str) -> tuple[str, ...]:
    """A name's words in lower case, without titles ("Dr. Ada Ode" gives ("ada", "ode")).

    A title of office that opens it goes too ("Professor Ode" gives ("ode",)), and the
    place after a name of two words or more ("Ada Ode of Kessel" gives ("ada", "ode")).
    """
    words = [w.lower().rstrip(".") for w in name.split()]
    if len(words) > 1 and words[0] in OFFICES and name[:1].isupper():
        words = words[1:]
    if "of" in words[2:]:  # "Ada Ode of Kessel": the place a person is of is no part of the name
        words = words[: words.index("of", 2)]
    return tuple(w for w in words if w not in TITLES)


def _same(key: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name (``key``) can be a shorter form of a full one: "Ode" or "Ada" of "Ada Ode"."""
    if not full:
        return False
    if len(key) == 1:
        return key[0] in (full[0], full[-1])
    return key[0] == full[0] and key[-1] == full[-1]


def _commonest(roles: list[str]) -> str | None:
    """The role whose head the text gives most often, in its shortest form; none for a tie.

    "Watching President" (a caption's verb glued to the title) and "President" give
    "President"; "Gov.", "Nevada Gov." and "former judge" give "Gov."; a picture
    credit glued before a caption's role is no part of it ("Buy Photo Kessel port
    official").
    """
    heads: dict[str, list[str]] = {}
    for role in roles:
        role = _CREDIT.sub("", role)  # "Buy Photo Kessel port official": a credit glued on
        if role:
            heads.setdefault(_head(role), []).append(role)
    if not heads:
        return None
    counts = sorted((len(found) for found in heads.values()), reverse=True)
    if len(counts) > 1 and counts[0] == counts[1]:
        return None  # two roles given as often: no telling which is the one
    most = max(heads.values(), key=lambda found: len(found))
    return min(most, key=len)


def _relation(role: str | None) -> bool:
    """Whether a role names a relation to someone: "his mother", "Ode's son"."""
    if role is None:
        return False
    cut = role.lower().split(" of ")[0].split()  # "mother of the victim": a mother
    return bool(cut) and (cut[-1] in RELATIONS or cut[-1].rstrip("s") in RELATIONS)


def _same_head(one: str, two: str) -> bool:
    """Whether two heads name one role: "attorney" and "lawyer", "spokesman" and "spokesperson".

    A title's abbreviation is its role's head too: "Gov." given where the article names
    someone ("Kessel Gov. Ada Ode") is "the governor" elsewhere.
    """
    one = _TITLE_HEADS.get(one.rstrip("."), one)
    return _SAME_HEAD.get(one, one) == _SAME_HEAD.get(two, two)


def _head(role: str) -> str:
    """The head noun of a role: "mother" of "his mother", "governor" of "governor from X"."""
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if w in OF or w == "from"), len(words))
    return words[cut - 1] if cut else ""
