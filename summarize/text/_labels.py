"""Speaker labels of transcripts: "NAME: words" at the start of a line.

In text/: :func:`speaker_labels` finds the labels an interview or a broadcast transcript
sets before each turn ("ODE: We will rebuild.", "PRESIDENT ODE: ..."), for
:mod:`summarize.analysis._speakers`, which makes the label the speaker of the quotes of its
turn. A heading in capitals before a colon ("UPDATE: ...", "PHOTOS: ...") is no label.
Only the lines with a colon after a capital or a dot are read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from ..records import TextSpan

__all__ = ["Label", "speaker_labels", "unlabelled"]

# One to four words in capitals at the start of a line, a colon and the turn's words; a
# lower-case letter among the turn's first words (a heading in capitals has none).
_LABEL = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z'\u2019.\-]*[ \t]+){0,3}[A-Z][A-Z'\u2019.\-]*[A-Z.])"
    r":[ \t]+(?=\S[^\n]{0,40}?[a-z])",
    re.MULTILINE,
)
# What a label's last character is: the colon after one of them is where a label may end.
_BEFORE_COLON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_QUOTE_MARKS = "\"'\u201c\u2018\u00ab"
_TURNS = 2  # labels of a transcript: two or more, each given to two turns or more
_LOWER_WORDS = frozenset({"the", "of", "and"})


@attrs.frozen
class Label:
    """A speaker label: ``text[start:end]`` is the label, its colon and the spaces after it.

    Attributes:
        start: Where the label begins.
        end: Where the turn's words begin.
        name: The label's words as the text writes them elsewhere ("ODE" as "Ode" when
            the text names "Ada Ode"), else with a capital first ("Ode").
    """

    start: int
    end: int
    name: str


def speaker_labels(text: str) -> list[Label]:
    r"""The speaker labels of a text, in text order.

    A label is one to four words in capitals at the start of a line, before a colon and
    words in lower case. It names who speaks when the text is a transcript (two labels
    or more each open two lines or more: "HOST:" and "ODE:" take turns), or when the
    words after it open with a quotation mark and its last word is written in the text,
    not in capitals, as the last word of a name ('ODE: "We will ..."' in a text that
    names "Ada Ode"). Headings ("UPDATE: Police said ...", "WATCH: How the bridge
    fell") are neither.

    Example:
        >>> text = 'Ada Ode runs the port.\n\nODE: "We will rebuild."'
        >>> [(text[label.start:label.end], label.name) for label in speaker_labels(text)]
        [('ODE: ', 'Ode')]
    """
    found = _labels_at_colons(text)
    if not found:
        return []
    counts = Counter(m.group(1) for m in found)
    transcript = sum(1 for n in counts.values() if n >= _TURNS) >= _TURNS
    labels: list[Label] = []
    written: dict[str, str] = {}  # each word read once
    for m in found:
        quoted = text[m.end() : m.end() + 1] in _QUOTE_MARKS
        words = m.group(1).split()
        if transcript or (quoted and _named(text, words[-1])):
            name = " ".join(written.get(w) or _as_written(text, w, k) for k, w in enumerate(words))
            written.update(zip(words, name.split(), strict=True))
            labels.append(Label(m.start(1), m.end(), name))
    return labels


def _labels_at_colons(text: str) -> list[re.Match[str]]:
    """What ``_LABEL.finditer(text)`` finds, read only on the lines with a capital's colon.

    A label ends in a capital or a dot, its colon and a space: the colons are found by
    ``str.find``, far faster than the pattern tried at every character, and the pattern
    is tried at the start of each line that holds one. A label never spans two lines,
    so each line gives one at most, as ``finditer`` would.
    """
    found: list[re.Match[str]] = []
    line = -1  # where the last line tried starts
    at = text.find(":")
    while at >= 0:
        if at and text[at - 1] in _BEFORE_COLON and text[at + 1 : at + 2] in (" ", "\t"):
            start = text.rfind("\n", 0, at) + 1
            if start != line:
                line = start
                label = _LABEL.match(text, start)
                if label is not None:
                    found.append(label)
        at = text.find(":", at + 1)
    return found


def _named(text: str, word: str) -> bool:
    """Whether the text writes ``word`` in lower case after a capital as a name's last word."""
    if len(word) < 2 or not word[0].isalpha():
        return False
    written = word[0] + word[1:].lower()
    pattern = rf"\b[A-Z][a-z]+[ \t]+(?i:{re.escape(written)})\b(?![ \t]+[A-Z])"
    return any(not m.group().isupper() for m in re.finditer(pattern, text))


def _as_written(text: str, word: str, k: int) -> str:
    """A word of a label as the text writes it not in capitals ("MCKAY" as "McKay")."""
    if k == 0 and word.lower() == "the":
        return "the"
    if word.lower() in _LOWER_WORDS:
        return word.lower()
    for m in re.finditer(rf"\b(?i:{re.escape(word)})\b", text):
        if not m.group().isupper():
            return m.group()
    return word[0] + word[1:].lower()


def unlabelled(text: str, sentences: Sequence[TextSpan]) -> list[TextSpan]:
    r"""The sentences, each that opens with a speaker label starting after it.

    "ODE: We will rebuild." is the sentence "We will rebuild.", said by Ode: the label
    names who speaks, and is no part of what is said.

    Example:
        >>> text = "HOST: Welcome.\nODE: Thanks.\nHOST: Why?\nODE: It fell."
        >>> [s.text for s in unlabelled(text, [TextSpan(0, 14, text[:14])])]
        ['Welcome.']
    """
    labels = {label.start: label.end for label in speaker_labels(text)}
    if not labels:
        return list(sentences)
    found: list[TextSpan] = []
    for s in sentences:
        lead = len(s.text) - len(s.text.lstrip())
        end = labels.get(s.start + lead)
        if end is not None and end < s.end and text[end:s.end].strip():
            s = TextSpan(end, s.end, text[end : s.end])
        found.append(s)
    return found
