"""Where a text writes a name as whole words.

In analysis/, for :mod:`summarize.analysis._pronoun_evidence`: :func:`named_at` finds
each place a name stands in the text, its words apart by any white space, with
``str.find`` rather than a pattern compiled for each name.
"""

from __future__ import annotations

__all__ = ["named_at"]


def named_at(text: str, name: str, most: int) -> list[int]:
    r"""Where the text writes ``name`` as whole words: one past the end of each (``most`` at most).

    The words may stand apart by any white space; the places are those
    ``re.finditer(r"\bAda\s+Ode\b", text)`` finds for "Ada Ode", read with
    ``str.find`` rather than a pattern compiled for each name.

    Example:
        >>> named_at("Ada  Ode said. Adam Ode. Ada Ode", "Ada Ode", 5)
        [8, 32]
    """
    first, *rest = name.split() or [""]
    ends: list[int] = []
    i = text.find(first) if first else -1
    while i >= 0 and len(ends) < most:
        j = i + len(first)
        whole = _boundary(text, i)
        for word in rest:
            if not whole:
                break
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            whole = k > j and text.startswith(word, k)
            j = k + len(word)
        if whole and _boundary(text, j):
            ends.append(j)
            i = text.find(first, j)
        else:
            i = text.find(first, i + 1)
    return ends


def _boundary(text: str, at: int) -> bool:
    r"""Whether a word starts or ends at ``at``, as ``\b`` reads it."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after
