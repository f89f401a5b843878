"""A speaker named by what they are, then by a name: "a man who identified himself as Ivo B.".

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`identified_as` reads the
name that follows a speaker phrase without one ("a man", "one resident") as the name
the person gave or was given ("who identified himself as Ivo B.", ", identified only as
Ivo,", "who gave her name as Ada"), or as the name a role's phrase is set off before
("said another relative, Ivo Brandt, 18,"), so that the name is the speaker, not "a man"
or "another relative". It reads a bounded stretch of text after the phrase.
"""

from __future__ import annotations

import re

from ._role_words import is_role, owned
from ._speaker_phrases import Said

__all__ = ["identified_as"]

_READ = 120  # characters read after the speaker phrase, at most
_PHRASE = re.compile(r"(?i:an?|another|one|the)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}")
# ', who identified himself as', ', identified only as', ' who gave her name as': then maybe
# a quotation mark, then a name of capitalised words or initials ("Ivo B.", "Capt. Ada").
_AS = re.compile(
    r",?[ \t]+(?:who[ \t]+)?(?:(?:identified|identifies|identifying)"
    r"(?:[ \t]+(?:him|her|them)sel(?:f|ves))?(?:[ \t]+by[ \t]+police)?"
    r"|(?:gave|gives|giving)[ \t]+(?:his|her|their)[ \t]+(?:first[ \t]+)?name)"
    r"(?:[ \t]+only)?[ \t]+as[ \t]+[\"\u201c\u2018']?"
    r"(?P<name>[A-Z][\w'\u2019-]*\.?(?:[ \t]+[A-Z][\w'\u2019-]*\.?){0,3})"
)
_LIST = re.compile(r"[ \t]*,[ \t]+(?:and|or)\b")
_INITIAL = re.compile(r"[A-Z]\.")  # "B." of "Ivo B.": its stop is the name's
# A name of two to four capitalised words set off by a comma after a role, and closed by a
# comma or the sentence's stop: ', Ivo Brandt,' of 'said another relative, Ivo Brandt, 18'.
_SET_OFF = re.compile(
    r",[ \t]+(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){1,3})(?=[ \t]*(?:[,.;]|$))"
)


def identified_as(text: str, who: Said) -> Said | None:
    """The name a speaker phrase without one is given right after it, or ``None``.

    'said a man who identified himself as Ivo B.', 'Another woman, identified only as
    "Ada," told the Gazette': the phrase ("a man", an article and at most four words in
    lower case), then the name, as written (a stop ends it unless it is an initial's);
    or such a phrase or one in lower case headed by a role noun ("harbour manager",
    "Kessel's CEO": maybe after an owner, maybe an acronym),
    then a name of two to four capitalised words set off by a comma, that a comma or
    the sentence's stop closes ("and Ivo Brandt" after it makes a list: no name).

    Example:
        >>> text = 'said a man who identified himself as Ivo B. on the pier'
        >>> identified_as(text, Said("a man", 5, 10, False)).speaker
        'Ivo B.'
    """
    if who.speaker is None or who.pronoun:
        return None
    words = who.speaker.split()
    plain = words[1:] if len(words) > 1 and owned(words[0]) else words  # "Kessel's CEO"
    role = all(w.islower() or w.isupper() for w in plain) and is_role(words[-1:])
    if not (_PHRASE.fullmatch(text, who.start, who.end) or role):
        return None
    found = _AS.match(text, who.end, min(len(text), who.end + _READ))
    if found is None:
        named = _SET_OFF.match(text, who.end, min(len(text), who.end + _READ))
        if named is None or _LIST.match(text, named.end()):
            return None  # "said the mayor, Ada Ode, and Ivo Brandt": a list, nobody alone
        return Said(named.group("name"), named.start("name"), named.end("name"), False)
    words = found.group("name").split()
    while words and words[-1].endswith(".") and not _INITIAL.fullmatch(words[-1]):
        words[-1] = words[-1][:-1]  # "as Ivo." ends the sentence
    if not words:
        return None
    name = " ".join(words)
    start = found.start("name")
    return Said(name, start, start + len(name), False)
