"""The role a clause right after a name gives the person: "Ada Ode is the harbour master".

In analysis/, for :mod:`summarize.analysis._mentions`: :func:`clause_role` reads a
role given by a verb after a name rather than set off beside it: "is", "was" or
"serves as" and a role phrase ("Ada Ode is the harbour master of Kessel"), or a verb
of office and what the office is of ("Ada Ode, who chairs the port board," is the
chair of the port board). It reads a bounded stretch of text.
"""

from __future__ import annotations

import re

from ._apposition import role_phrase
from ._role_words import DETERMINERS, POSSESSIVES

__all__ = ["clause_role"]

# A name's verb that gives a role, maybe in a relative clause: "Ada Ode is the",
# "Ada Ode, who was a", "Ada Ode serves as the"; then the phrase up to a stop.
_BEING = re.compile(
    r"(?:,[ \t]+who)?[ \t]+(?:is|was|serves[ \t]+as|served[ \t]+as)[ \t]+"
    r"(?P<phrase>(?:the|a|an)[ \t]+[^,;:.!?\"\u201c\u201d()\u2014\u2013\n]{2,80})[,;:.\u2014\u2013]"
)
# A verb of office in a relative clause and what the office is of: "Ada Ode, who chairs
# the port board,", "..., who heads the Kessel Trust."
_HOLDING = re.compile(
    r",[ \t]+who[ \t]+(?P<verb>chairs|heads|directs|leads|founded|co-founded)[ \t]+"
    r"(?P<what>[^,;:.!?\"\u201c\u201d()\u2014\u2013\n]{2,60})[,.;\u2014\u2013]"
)
_OFFICE = {
    "chairs": "chair",
    "heads": "head",
    "directs": "director",
    "leads": "leader",
    "founded": "founder",
    "co-founded": "co-founder",
}
_MOST = 8  # words of what an office is of, at most


def clause_role(text: str, end: int) -> str | None:
    """The role a verb right after the name ending at ``end`` gives, or ``None``.

    Example:
        >>> text = "Ada Ode is the harbour master of Kessel. She spoke."
        >>> clause_role(text, 7)
        'harbour master of Kessel'
        >>> text = "Ada Ode, who chairs the Kessel port board, spoke."
        >>> clause_role(text, 7)
        'chair of the Kessel port board'
        >>> clause_role("Ada Ode is the first to go.", 7) is None
        True
    """
    being = _BEING.match(text, end)
    if being is not None:
        return role_phrase(being.group("phrase").split())
    holding = _HOLDING.match(text, end)
    if holding is None:
        return None
    what = holding.group("what").split()
    first = what[0].lower()
    opens = first in DETERMINERS or first in POSSESSIVES or what[0][:1].isupper()
    if not opens or len(what) > _MOST or any(w.lower() in _CLAUSE for w in what):
        return None
    return f"{_OFFICE[holding.group('verb')]} of {' '.join(what)}"


_CLAUSE = frozenset(("and", "or", "but", "that", "which", "who", "when", "since", "for", "to"))
