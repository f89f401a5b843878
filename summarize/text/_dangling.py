"""Sentences that hang on the one before: a clause with no main clause, an added point.

In text/, read by :mod:`summarize.claims._exclusives` on the few sentences picked as a
source's own news. "Though the board has also delayed the vote." says what the board did
only against what the sentence before it said; "Specifically, a new ramp at the pier."
and "Also, the old one could be kept." narrow or add to a point made before. Away from
its article, neither tells a reader what was found out. A page's heading glued to the
sentence after it ("Ada Ode backs the pier plan in her home town While talks on the
pier went on, ...", "Editor's Picks Ivo Brandt, ...") is a teaser for another page,
cut where the page's line breaks were lost. English only.
"""

from __future__ import annotations

import re

__all__ = ["adds_to_before", "glued_heading", "lacks_main_clause"]

# A subordinate clause's opening word: the clause says what holds against, or why, a
# main clause says something ("Though ...", "Because ...", not "Because of the storm").
_SUBORDINATE = re.compile(
    r"[\"'\u201c\u2018]?(?:Though|Although|Even\s+though|Whereas|While|Because(?!\s+of\b))\s",
)
# Where a main clause would be set off from the clause before it.
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s|--")
# Openings that add to a point made before or narrow it: no sentence opens so unless
# one before it made the point ("Also, ...", "Plus, ...", "Specifically, ...", "That
# said, ...", "Even so, ...").
_ADDITION = re.compile(
    r"(?:(?:And|But)\s+)?(?i:also|plus|specifically|more\s+specifically|that\s+said|even\s+so"
    # a phrase of a preposition and a word that points back: "For this, ...", "Despite
    # that, ...", "Because of it, ..." (what is "this"?)
    r"|(?:for|despite|after|before|beyond|besides|because\s+of|given|without|against|like"
    r"|unlike|apart\s+from|on\s+top\s+of|in\s+addition\s+to)\s+(?:this|that|these|those|it|them))"
    r"\s*,\s",
)


def lacks_main_clause(text: str) -> bool:
    """Whether ``text`` is a subordinate clause alone: it opens on one and nothing sets off more.

    A sentence that opens on "Though", "Although", "Even though", "Whereas", "While" or
    "Because" (not "Because of") and holds no comma, semicolon, colon or dash after it
    has no main clause: the clause answers one in the sentence before.

    Example:
        >>> lacks_main_clause("Though the board has also delayed the vote on the pier.")
        True
        >>> lacks_main_clause("Though the board delayed the vote, the pier opened in May.")
        False
        >>> lacks_main_clause("Because of the storm the ferry stayed in port.")
        False
        >>> lacks_main_clause("The ferry stayed in port because the storm grew.")
        False
    """
    body = text.strip()
    found = _SUBORDINATE.match(body)
    return found is not None and _CLAUSE_BREAK.search(body, found.end()) is None


def adds_to_before(text: str) -> bool:
    """Whether ``text`` opens on words that add to, or narrow, a point made before it.

    "Also, ...", "Plus, ...", "Specifically, ...", "That said, ...", "Even so, ...", or a
    phrase of a preposition and a word that points back ("For this, ...", "Despite that,
    ...").

    Example:
        >>> adds_to_before("Specifically, a new ramp at the pier.")
        True
        >>> adds_to_before("Also, the old one could be kept.")
        True
        >>> adds_to_before("For this, the town got a new ramp.")
        True
        >>> adds_to_before("For this year, the town got a new ramp.")
        False
        >>> adds_to_before("Also on the agenda was the new pier.")
        False
        >>> adds_to_before("Plus-size ferries will dock at Kessel.")
        False
    """
    return _ADDITION.match(text.strip()) is not None


# A heading and the sentence it heads, their break lost: a word in lower case, then a
# sentence's capitalised opening word and a word in lower case ("... home town While
# talks went on"); a name after the capital ("in The Kessel Post") is no such break.
_GLUED_OPENING = re.compile(
    r"[a-z]\s(?:While|The|After|Although|Since|When|As|But)\s[a-z]",
)
# A page's list of other stories, its heading glued to the first of them.
_LIST_HEADING = re.compile(
    r"(?:Editor['\u2019]?s['\u2019]?\s+Picks|Most\s+(?:Popular|Read)|Trending\s+Now"
    r"|Related\s+(?:Stories|Coverage|Articles))\s+[A-Z]",
)


def glued_heading(text: str) -> bool:
    """Whether ``text`` holds a page's heading glued to the sentence after it.

    A word in lower case and, with no stop between, a capitalised "While", "The",
    "After" (a sentence's opening word) before a word in lower case; or a list's
    heading ("Editor's Picks", "Most Popular", "Related Stories") that opens it.

    Example:
        >>> glued_heading("Ada Ode backs the pier plan While talks went on, she waited.")
        True
        >>> glued_heading("Editor's Picks Ivo Brandt, who sailed with her, still mourns.")
        True
        >>> glued_heading("Ada Ode wrote in The Kessel Post that the pier would close.")
        False
        >>> glued_heading("The ferry ran late, while the pier stayed shut.")
        False
    """
    body = text.strip()
    return _GLUED_OPENING.search(body) is not None or _LIST_HEADING.match(body) is not None
