"""A quote with no attribution that a passage gives to someone: introduced, or followed.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`introduced` names the
speaker the sentence before a quote introduces, and :func:`followed` the speaker of the
quote before when the sentences between are about them; both read the subjects of
sentences as :class:`summarize.analysis._pronouns.Resolver` does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from . import _speaker_phrases as phrases
from ._attribution import closes
from ._people import is_person
from ._pronouns import Resolver
from ._speaker_phrases import Said

__all__ = ["about", "followed", "introduced"]

_FOLLOWED = 2  # sentences about a speaker between their quote and one that goes on with it
# What a sentence that introduces a speaker may say they did (see introduced).
_SPEAKING = phrases.VERBS | phrases.word_set(
    "spoke speaks speaking addressed addresses remembers remembered"
)
_WORDS = re.compile(r"[A-Za-z]+")
_PERSONAL = frozenset({"he", "she"})
_REPORTING = phrases.word_set("saying quoted quoting quotes")  # "quoted him as saying"
_OPENING = 8  # tokens read for a "he" or "she" that opens a sentence and speaks
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm][ey]|[Ww]e|[Oo]ur|us)\b")  # "I'm" too; not "US"


def introduced(resolver: Resolver, sentence: int, said: Sequence[Said | None] = ()) -> Said | None:
    """The speaker the sentence before introduces, for a quote with no attribution.

    News often names a speaker, then quotes them with no "said": 'The mayor,
    Ada Ode, spoke to reporters at the scene. "This is a dark day."' The
    speaker is the named subject of the sentence right before, when that
    sentence speaks of speaking (a speech verb, or "spoke", "speaking",
    "addressed" or "remembers": 'His mother, Mara Ode, remembers that day. "All of
    us cheered."') and does not hold a quote of its own; or whom the "he" or "she" that
    is the subject of its speech verb stands for ('Ada Ode noted the cost. But, she
    said, it was worth it. "We had no choice."'), ``said`` holding the attributions of
    the quotes before (see :meth:`~summarize.analysis._pronouns.Resolver.resolve`),
    unless the quote's sentence speaks after it in words not read as an attribution
    ('"...," she quoted him as saying': someone else's words); or, with the same proviso,
    the person the attribution that closes that sentence names ("The men wore work
    clothes, Ada Ode said."; see :func:`~summarize.analysis._attribution.closes`), by a
    name of two words or one word of such a name.
    """
    if sentence == 0:
        return None
    before = resolver.sents[sentence - 1]
    j = bisect_left(resolver.opens, before.start)
    if j < len(resolver.spans) and resolver.spans[j].open < before.end:
        return None  # the sentence before quotes someone itself
    words = {w.lower() for w in _WORDS.findall(resolver.text, before.start, before.end)}
    if words.isdisjoint(_SPEAKING):
        return None
    name = resolver.opening(sentence - 1)
    if name is None and not _speaks_after(resolver, len(said), sentence):
        pronoun = _speaking_pronoun(resolver, sentence - 1)
        name = resolver.resolve(said, sentence - 1, pronoun) if pronoun else None
        who = None if pronoun else closes(resolver.text, before.start, before.end)
        if who is not None and who.speaker is not None and _named(resolver, who.speaker):
            name = who.speaker  # "The men wore uniforms, Ada Ode said." then "..."
    if name is None:
        return None
    return Said(name, before.start, before.start, False)


def _named(resolver: Resolver, speaker: str) -> bool:
    """Whether a speaker is a person's name of two words, or one word of such a name."""
    words = speaker.split()
    return is_person(speaker) and (len(words) > 1 or speaker.lower() in resolver.names())


def _speaks_after(resolver: Resolver, n: int, sentence: int) -> bool:
    """Whether quote n's sentence holds a speech verb after it: '"...," she quoted him'."""
    if n >= len(resolver.spans):
        return False
    close = resolver.spans[n].close
    end = resolver.sents[max(sentence, bisect_right(resolver.starts, close - 1) - 1)].end
    toks = phrases.tokens(resolver.text, close, end)
    return any(phrases.cue(toks, k) or toks[k][2] in _REPORTING for k in range(len(toks)))


def _speaking_pronoun(resolver: Resolver, k: int) -> str:
    """The "he" or "she" that opens sentence k as the subject of a speech verb, or "".

    After words in lower case and marks only: "He added that ...", "But, she said, ...".
    """
    sentence = resolver.sents[k]
    toks = phrases.tokens(resolver.text, sentence.start, sentence.end, _OPENING)
    for n in range(len(toks) - 1):
        word = toks[n][2]
        if word.lower() in _PERSONAL:
            return word.lower() if phrases.cue(toks, n + 1) else ""
        if n and phrases.is_word(word) and not word.islower():
            return ""  # a name before it: "Then Ada Ode, he said, ..."
    return ""


def followed(resolver: Resolver, said: Sequence[Said | None], sentence: int) -> Said | None:
    """The speaker of the quote before, for a quote with no "said" after sentences about them.

    News quotes someone, says more of them, then quotes them again with no
    "said": '"We will rebuild," said Ada Ode.' then 'Ode has run the port for
    ten years.' then '"The bridge is the heart of this town."'. The quote before
    (quote ``len(said) - 1``) has a named person as its speaker, and each of the
    one or two sentences between the two quotes has that person as its subject:
    by their name or one word of it, or by a "he" or "she" that stands for them
    (see :meth:`~summarize.analysis._pronouns.Resolver.resolve`). A sentence about
    anyone else gives none.
    """
    n = len(said)
    before = said[n - 1] if n else None
    if before is None or before.speaker is None or not is_person(before.speaker):
        return None
    name = before.speaker
    last = bisect_right(resolver.starts, resolver.spans[n - 1].close - 1) - 1
    if not 0 < sentence - last - 1 <= _FOLLOWED:
        return None
    for k in range(last + 1, sentence):
        subject = resolver.opening(k)
        if subject is None:
            led = resolver.led(k)
            subject = resolver.resolve(said, k, led) if led else None
        if subject is None or subject.split()[-1] != name.split()[-1]:
            return None  # the sentence is about someone else, or nobody known
    start = resolver.sents[sentence - 1].start
    return Said(name, start, start, False)


def about(resolver: Resolver, said: Sequence[Said | None], sentence: int) -> Said | None:
    """The person the paragraph before is about, for a quote that is a paragraph on its own.

    News tells of someone, then gives their words as a paragraph of their own with no
    "said": 'Ada Ode, the skipper's daughter, knew something was wrong. She was sure
    he was in danger.' then '"I am certain he had no part in it."'. The quote (quote
    ``len(said)``) is its whole paragraph, speaks in the first person ("I", "my",
    "we") and the sentence right before it ends the paragraph before with a stop (not
    a heading), holds no quote and has a person named in full (or one word of such a
    name) as its subject, by name or by a "he" or "she" that stands for them. A quote
    in the third person ('"He was a danger to everyone."') or after a sentence about
    nobody named gives none.
    """
    n = len(said)
    if sentence == 0 or n >= len(resolver.spans):
        return None
    text, span = resolver.text, resolver.spans[n]
    line_start = text.rfind("\n", 0, span.open) + 1
    line_end = text.find("\n", span.close)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span.open].strip() or text[span.close : line_end].strip(" .,;"):
        return None  # something else stands in its paragraph: an attribution, a story
    before = resolver.sents[sentence - 1]
    if "\n" not in text[before.end : span.open] or not text[before.start : before.end].rstrip(
        " \u2019\u201d\"')"
    ).endswith((".", "!", "?")):
        return None  # not the paragraph before, or a heading ("RELATED Judge in ...")
    j = bisect_left(resolver.opens, before.start)
    if j < len(resolver.spans) and resolver.spans[j].open < before.end:
        return None  # the sentence before quotes someone itself
    if _FIRST_PERSON.search(text, span.open, span.close) is None:
        return None
    name = resolver.opening(sentence - 1)
    if name is None:
        led = resolver.led(sentence - 1)
        name = resolver.resolve(said, sentence - 1, led) if led else None
    if name is None or not _named(resolver, name) or any(w.isupper() for w in name.split()):
        return None
    return Said(name, before.start, before.start, False)
