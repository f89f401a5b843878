"""Answers of a question-and-answer interview: a question on its own line, the answer quoted.

'Ada Ode, the harbour master, answered our questions on Monday.' then 'Will the ferry
run again?' then '"Not this year."': the answer is the interviewee's, the question the
interviewer's.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`answer_of` says whether a
quote opens the answer to a question on the line before, and who answers: the one
person the paragraph that introduces the interview names as speaking to the outlet.
It reads a bounded number of lines back.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from ..records import Sentence
from ._attribution import QuoteSpan
from ._people import is_person
from ._speaker_phrases import Said, word_set
from ._subjects import opening_name

__all__ = ["answer_of"]

_LINES = 80  # lines read back from an answer for the introduction, at most
_QUESTION = 400  # characters of a question line, at most
_OPENING_MARKS = "\"\u201c\u201e\u00ab"
# What may open an answer's line before its quotation mark: "A:", "A.", "A -".
_ANSWER = re.compile(r"(?:A|Answer)[ \t]*[:.\-\u2013\u2014][ \t]*$")
_QUESTION_MARK = re.compile(r"^(?:(?:Q|Question)[ \t]*[:.\-\u2013\u2014][ \t]*)?(?P<q>.*)\?$")
_BOLD = "*_ \t\r\n\u00a0"  # spaces, and the marks of bold or italic type
# The verb after the interviewee that says they spoke to the outlet: "Ada Ode answered our
# questions", "Ada Ode also addressed the issue", "Ada Ode sat down with the Gazette".
_VERBS = word_set(
    "answered responded addressed replied spoke talked discussed fielded sat reflected"
)
_BETWEEN = word_set("also later then again has had briefly")
# "in an interview with Ada Ode", "interviewed Ada Ode", "Ada Ode was interviewed".
_INTERVIEW_WITH = re.compile(
    r"\b(?:interview(?:ed)?[ \t]+(?:with[ \t]+)?)"
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3})"
)
_AND_ANOTHER = re.compile(r"[ \t]*(?:&|and[ \t]+[A-Z])")  # "interviewed Ada Ode and Ivo Brandt"
_INTERVIEWED = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3})[ \t]+(?:was|has been)"
    r"[ \t]+interviewed\b"
)
_PRONOUN = re.compile(r"(?:(?:Also|Later|Then),?[ \t]+)?(?:He|She)[ \t]+(?:also[ \t]+)?(\w+)")


def _lines_before(text: str, at: int) -> list[tuple[int, int]]:
    """The non-blank lines before offset ``at`` (a line's start), last first, as (start, end)."""
    lines: list[tuple[int, int]] = []
    end = at
    while end > 0 and len(lines) < _LINES:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line and not (line[0] == "[" and line[-1] == "]"):  # "[Other story: ...]": a link
            lines.append((start, end))
        end = start
        if start == 0:
            break
    return lines


def _question(line: str) -> bool:
    """Whether a line is a question of the interviewer: it ends in "?" and opens with no mark."""
    line = line.strip(_BOLD)
    found = _QUESTION_MARK.match(line)
    return (
        found is not None
        and 0 < len(line) <= _QUESTION
        and line[:1] not in _OPENING_MARKS
        and found.group("q")[-1:] not in _OPENING_MARKS + "\u201d\u2019'"
    )


def _answer(line: str) -> bool:
    """Whether a line opens with an answer's quotation mark (maybe after "A:")."""
    line = line.strip(_BOLD)
    mark = next((n for n, c in enumerate(line) if c in _OPENING_MARKS), -1)
    return mark == 0 or (mark > 0 and _ANSWER.fullmatch(line[:mark]) is not None)


def answer_of(
    text: str, span: QuoteSpan, sentences: Sequence[Sentence], known: Container[str] = ()
) -> tuple[bool, Said | None]:
    """Whether the quote answers a question on the line before it, and who answers it.

    The quote opens its line (maybe after "A:"); the line before is a question with no
    quotation mark before it (maybe after "Q:" or in bold: "**Why now?**"); above them,
    further questions and quoted answers may stand, and above those the paragraph that
    introduces the interview, which must name one person as speaking: the subject of
    "answered", "responded", "addressed", "spoke", "talked", "sat" (down), "fielded",
    ... ("Ada Ode answered a few questions", or "She answered ..." after a sentence
    whose subject is Ada Ode), or the person "in an interview with" names, or who "was
    interviewed". Two people, or none, give no speaker: the question's words are the
    interviewer's, and nobody named nearby answers them for sure.
    """
    start = text.rfind("\n", 0, span.open) + 1
    if text[start : span.open].strip(_BOLD) and not _ANSWER.search(text, start, span.open):
        return False, None
    lines = _lines_before(text, start)
    if not lines or not _question(text[lines[0][0] : lines[0][1]]):
        return False, None
    for lo, hi in lines[1:]:
        line = text[lo:hi]
        if _question(line) or _answer(line):
            continue
        return True, _interviewee(text, lo, hi, sentences, known)
    return True, None


def _interviewee(
    text: str, lo: int, hi: int, sentences: Sequence[Sentence], known: Container[str]
) -> Said | None:
    """The one person the paragraph text[lo:hi] names as speaking to the outlet, or ``None``."""
    found: dict[str, int] = {}
    named: list[str] = []  # the subjects of the paragraph's sentences, for a "he" or "she"
    for sentence in sentences:
        if not lo <= sentence.start < hi:
            continue
        name = opening_name(text, sentence.start, sentence.end, known)
        if name is not None:
            named.append(name)
            at = text.find(name, sentence.start, sentence.end)
            if at >= 0 and _speaks(text, at + len(name), sentence.end):
                found.setdefault(name, at)
            continue
        led = _PRONOUN.match(text, sentence.start, sentence.end)
        if led and led.group(1) in _VERBS and len(set(named)) == 1:
            at = text.find(named[0], lo, sentence.start)
            found.setdefault(named[0], at)
    for pattern in (_INTERVIEW_WITH, _INTERVIEWED):
        for match in pattern.finditer(text, lo, hi):
            two = _AND_ANOTHER.match(text, match.end("name"), hi) is not None
            if is_person(match.group("name")) and not two:
                found.setdefault(match.group("name"), match.start("name"))
    if len(found) != 1:
        return None
    ((name, at),) = found.items()
    return Said(name, at, at + len(name), False)


def _speaks(text: str, at: int, hi: int) -> bool:
    """Whether the words after a subject's name at ``at`` say they spoke: "also answered"."""
    words = re.findall(r"[\w'\u2019]+|,", text[at : min(hi, at + 120)])
    if words[:1] == [","]:  # "Ada Ode, the harbour master, answered"
        close = next((n for n in range(1, len(words)) if words[n] == ","), None)
        words = words[close + 1 :] if close is not None and close <= 12 else []
    words = [w.lower() for w in words if not w.endswith("ly")]
    if words[:2] == ["was", "interviewed"] or words[:3] == ["has", "been", "interviewed"]:
        return True  # not "Ada Ode interviewed Ivo Brandt": the interviewer
    words = [w for w in words if w not in _BETWEEN]
    return bool(words) and words[0] in _VERBS
