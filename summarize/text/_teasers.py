"""A page's heading glued to the sentence after it: a teaser for another page.

In text/, read by :mod:`summarize.claims._exclusives` on the few sentences picked as a
source's own news. A heading glued to the sentence after it ("Ada Ode backs the pier
plan in her home town While talks on the pier went on, ...", "Editor's Picks Ivo Brandt,
...") is a teaser for another page, cut where the page's line breaks were lost. English
only.
"""

from __future__ import annotations

import re

__all__ = ["glued_heading"]

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
