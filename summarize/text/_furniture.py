"""Lines of page furniture in the shapes of issue 16: share bars, edit marks, link labels.

In text/, read by the line rules of :mod:`summarize.text._clean`: a share bar's buttons
and counters ("share tweet pin email", "Share Tweet 3.2k total shares"), or its
buttons glued before a line's text ("SHARE COPY LINK The board said ..."); a wiki's
section heading with its edit mark ("History [ edit ]"); a label and the link it points
to ("Read or share this story: http://...", "Like us at example.com/kessel"); a
politics site's name card ("Ada Ode (D-Kessel) Follow"); and a photo's one-sentence
caption that ends on its agency's credit ("Crews clear the quay. (AP)").
"""

from __future__ import annotations

import re

__all__ = [
    "agency_caption",
    "edit_heading",
    "link_line",
    "name_card",
    "share_bar",
    "share_prefix",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The words of a share bar, in lower case: its buttons, the platforms, its counters' words.
_SHARE_WORDS = _words(
    "share shares shared tweet tweets pin pins email e-mail print comment comments facebook"
    " twitter pinterest linkedin whatsapp reddit flipboard messenger copy link total on via"
    " save"
)
# The buttons that make a line a share bar (the platforms alone may be a list of names).
_SHARE_ACTIONS = _words("share shares tweet pin email e-mail")
# A counter: "3.2k", "1,204", "12".
_COUNT = re.compile(r"\d[\d.,]*[kKmM]?")
#: Most words of a share bar's line.
SHARE_BAR_WORDS = 14
# A share bar's buttons glued before a line's text: two buttons or more, in capitals or
# capitalised, then a capitalised word ("SHARE COPY LINK The board ...", "Facebook
# Twitter Pinterest Photograph: ...").
_BUTTON = (
    r"(?:SHARE|Share|TWEET|Tweet|EMAIL|Email|PRINT|Print|COPY|Copy|LINK|Link|PIN|Pin"
    r"|Facebook|Twitter|Pinterest|LinkedIn|WhatsApp|Reddit)"
)
_SHARE_PREFIX = re.compile(rf"{_BUTTON}(?:[ \t]+{_BUTTON})+[ \t]+(?=[\"\u201c]?[A-Z])")
# A wiki's section heading and its edit link: "History [ edit ]", "Notes[edit]".
_EDIT_HEADING = re.compile(r"[^\[\]]{1,100}?\s*\[\s*edit\s*\]", re.IGNORECASE)
# A link a line ends on: a URL, or a site's address with a path ("example.com/kessel").
_LINK = re.compile(
    r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)\S*[\w/#=+-]", re.IGNORECASE
)
#: Most words of the label before a link (a longer text is prose that cites it).
LINK_LABEL_WORDS = 12
# A name card: a name (a title, then two to four capitalised words), the party and state
# ("(D-Kessel)", "R-Kessel", "Republican of Kessel"), then the card's "More" or "Follow".
_NAME_CARD = re.compile(
    r"(?:(?:Sen|Rep|Gov|Del|Sens|Reps)\.?\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}"
    r",?\s+(?:\(?[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)?"
    r"|(?:Republican|Democrat|Democratic|Independent)(?:,|\s+of|\s+from)?\s+[A-Z][A-Za-z.]*"
    r"(?:\s[A-Z][A-Za-z.]*)?)"
    r"[\s.,]*(?:More|MORE|more|Follow|FOLLOW|follow)\s*[\u00bb\u203a>+]?"
)
# A sentence, its stop, then an agency's credit in brackets: a photo's caption.
_AGENCY_CAPTION = re.compile(
    r"[^()]{10,}[^\W\d_][.!?][\"'\u201d\u2019]?\s+"
    r"\((?:AP|AFP|Reuters|EPA|UPI|Getty\s+Images|AP\s+Photo)\)"
)
# Where a sentence ends inside a line: a stop, then a capital ("... quay. Fares ...").
_INNER_BREAK = re.compile(r"[a-z0-9][.!?][\"'\u201d\u2019]*\s+[\"\u201c]?[A-Z]")


def share_bar(line: str) -> bool:
    """Whether ``line`` is a share bar's buttons and counters, and nothing else.

    Example:
        >>> share_bar("Share Tweet 3.2k total shares"), share_bar("Twitter shares fell 5%")
        (True, False)
    """
    tokens = line.casefold().split()
    if not 2 <= len(tokens) <= SHARE_BAR_WORDS:
        return False
    if not any(token in _SHARE_ACTIONS for token in tokens):
        return False
    return all(token in _SHARE_WORDS or _COUNT.fullmatch(token) for token in tokens)


def share_prefix(line: str) -> re.Match[str] | None:
    """A share bar's buttons glued before the line's text ("SHARE COPY LINK The ..."), or None.

    Example:
        >>> share_prefix("SHARE COPY LINK The pier reopened.").group()
        'SHARE COPY LINK '
        >>> share_prefix("Facebook and Twitter Users Complain") is None
        True
    """
    return _SHARE_PREFIX.match(line)


def edit_heading(line: str) -> bool:
    """Whether ``line`` is a wiki's section heading with its edit mark ("History [ edit ]")."""
    return line.endswith("]") and _EDIT_HEADING.fullmatch(line) is not None


def link_line(line: str) -> bool:
    """Whether ``line`` is a label and the link it points to, or a link alone.

    The text before the link has :data:`LINK_LABEL_WORDS` words at most and does not
    end as a sentence ends ("Read or share this story: http://...", "Like us at
    example.com/kessel"), whatever it quotes ('Follow "Kessel Tonight" HERE: http://...');
    a sentence that ends with its source's address ("... the board said.
    http://...") or a longer text that cites one is prose.

    Example:
        >>> link_line("More on the ferries: https://example.com/ferries")
        True
        >>> link_line("The board said fares will rise. https://example.com/fares")
        False
    """
    words = line.rsplit(None, 1)  # the last word only: a pattern searched along the line
    if not ("/" in words[-1] or "www." in words[-1]) or not _LINK.fullmatch(words[-1]):
        return False  # costs a scan from each of its characters
    label = words[0].rstrip() if len(words) > 1 else ""
    return len(label.split()) <= LINK_LABEL_WORDS and not label.endswith(
        (".", "!", "?", '"', "\u201d")
    )


def name_card(line: str) -> bool:
    """Whether ``line`` is a politics site's card of a name: party, state, "More" or "Follow".

    Example:
        >>> name_card("Ada Ode (D-Kessel) Follow"), name_card("Ada Ode (D-Kessel) spoke.")
        (True, False)
    """
    return _NAME_CARD.fullmatch(line) is not None


def agency_caption(line: str) -> bool:
    """Whether ``line`` is one sentence that ends on an agency's credit: "... (AP)".

    Example:
        >>> agency_caption("Crews clear the quay at Kessel on Monday. (AP)")
        True
        >>> agency_caption("The pier shut. Crews left on Monday. (AP)")
        False

    The caller asks only of a line that neither opens nor closes the text: a news
    brief also ends on its agency, as the last line of its text.
    """
    if not line.endswith(")"):
        return False
    found = _AGENCY_CAPTION.fullmatch(line)
    return found is not None and _INNER_BREAK.search(line, 0, line.rindex("(")) is None
