"""A quote that the text right before gives to someone: a statement announced, a post signed.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`announced` reads 'The
harbour board released the following statement:' then, in the next paragraph, the
quoted statement, where no speech verb names the speaker (see
:func:`summarize.analysis._introduced.introduced` for those); :func:`signed_above` reads
a post quoted under a line that holds only its writer's name, :func:`signed_by_handle` one
whose writer's line ("Ada Ode (@adaode)") stands right above or below it, and
:func:`labelled` the turn of a transcript a speaker's label opens ('ODE: "..."'), and
:func:`signed_by` a letter's words after who signed it ('The letter, signed by X, reads:').
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..text._labels import Label
from . import _speaker_phrases as phrases
from ._attribution import QuoteSpan
from ._people import is_person
from ._pronouns import Resolver
from ._role_words import is_role
from ._speaker_phrases import Said
from ._subjects import opening_role, subject_at

__all__ = ["announced", "labelled", "signed_above", "signed_by", "signed_by_handle"]

# A verb of giving out words, then what was given out ("the following statement", "this
# message", "her own open letter", "a post on the page"); or "vented on" a page. What was
# given out may be followed by more words ("to students on Wednesday", "which began").
_ANNOUNCING = re.compile(
    r"\b(?:sent|released|issued|offered|gave|posted|shared|provided|published|put[ \t]+out"
    r"|e-?mailed)\b[^:\n]{0,60}?\b(?:statements?|messages?|letters?|notes?|posts?|responses?"
    r"|comments?|tweets?)\b|\bvented[ \t]+on\b"
)
# "The crew's publicist": an article, a common noun's possessive, a role noun.
_OWNED_ROLE = re.compile(
    r"(?:The|A|An|Its|Their|His|Her)[ \t]+([a-z]+(?:['\u2019]s|s['\u2019]))[ \t]+([a-z]+)\b"
)


def announced(resolver: Resolver, sentence: int) -> Said | None:
    """Who the sentence before a quote says gave out a statement that a colon ends it on.

    'The crew's publicist sent the following statement to the Post:', 'The Kessel
    Harbour Board released the following statement:', 'Ivo Brandt vented on the
    ferry line's page:', then the quote, opening a sentence of its own. The speaker is
    the subject of the sentence before: a name or an organisation's name (see
    :func:`~summarize.analysis._speaker_phrases.phrase_forward`), or a role ("a
    spokesperson for the board", "the crew's publicist"). The sentence before holds
    no quote of its own and ends on the colon.

    Example:
        >>> from summarize.pipeline import content_sentences
        >>> from summarize.records import Article
        >>> from ._attribution import QuoteSpan
        >>> from ._mentions import Mentions
        >>> text = "The Kessel Harbour Board released this statement:" + chr(10) * 2
        >>> text += '"We mourn our colleague."'
        >>> sents = content_sentences(Article(id="a", text=text))
        >>> spans = [QuoteSpan(open=52, start=53, end=76, close=77, paragraph=1)]
        >>> announced(Resolver(text, sents, spans, Mentions(text)), 1).speaker
        'the Kessel Harbour Board'
    """
    if sentence == 0:
        return None
    text = resolver.text
    before = resolver.sents[sentence - 1]
    if not text[before.start : before.end].rstrip().endswith(":"):
        return None
    if any(before.start <= span.open < before.end for span in resolver.spans):
        return None  # the sentence before quotes someone itself
    if _ANNOUNCING.search(text, before.start, before.end) is None:
        return None
    toks = phrases.tokens(text, before.start, before.end)
    k = subject_at(toks)
    who = opening_role(text, before.start, before.end)
    if who is None:
        who = phrases.phrase_forward(text, toks, k, len(toks))
    if who is None or who.pronoun or who.speaker is None:
        owned = _OWNED_ROLE.match(text, toks[k][0]) if k < len(toks) else None
        if owned is None or not is_role([owned.group(2)]):
            return None
        speaker = text[owned.start() : owned.end()]
        return Said(speaker[0].lower() + speaker[1:], owned.start(), owned.end(), False)
    return who


_NAME_LINE = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}")


def signed_above(text: str, span: QuoteSpan) -> Said | None:
    """The writer a line of its own names right above a quote that opens its paragraph.

    Reactions are often listed so: a line with the writer's name alone ("Ada Ode",
    "IVO BRANDT"), then their post in quotation marks. The line holds two to four
    capitalised words and nothing else, and the name must be a person's; the quote
    opens its line.
    """
    line = text.rfind("\n", 0, span.open) + 1
    if text[line : span.open].strip():
        return None  # the quote does not open its line
    above = text[:line].rstrip()
    name = above[above.rfind("\n") + 1 :].strip()
    if _NAME_LINE.fullmatch(name) is None:
        return None
    person = name.title() if name.isupper() else name
    if not is_person(person):
        return None
    at = above.rfind(name)
    return Said(name, at, at + len(name), False)


# A writer's line of a post: maybe the post's words and a dash, then a name, its handle in
# parentheses and maybe a date: "— Ada Ode (@adaode) May 16, 2017".
_HANDLE = (
    r"(?P<name>[^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3})[ \t]*"
    r"\(@\w+\)(?:[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*"
)
_SIGNED_AFTER = re.compile(r"(?:^|[\u2014\u2013-][ \t]*)" + _HANDLE + r"\Z", re.MULTILINE)
_SIGNED_BELOW = re.compile(r"[ \t]*(?:[\u2014\u2013-][ \t]*)?" + _HANDLE + "(?:\n|$)")


def signed_by_handle(text: str, span: QuoteSpan) -> Said | None:
    """The writer of a post quoted alone on its line, named with a handle right above or below.

    '— Ada Ode (@adaode) May 16, 2017' on the line above (alone, or after the post
    as first written, whose words the quote gives again), or 'Ada Ode (@adaode)' on
    the line below; blank lines may stand between. The quote fills its line: only a
    stop may follow its mark.
    """
    line = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    end = len(text) if end < 0 else end
    if text[line : span.open].strip() or text[span.close : end].strip(" \t.!?"):
        return None  # the quote does not fill its line
    above = text[:line].rstrip()
    found = _SIGNED_AFTER.search(above, above.rfind("\n") + 1)
    if found is None:
        below = end
        while below < len(text) and text[below].isspace():
            below += 1
        found = _SIGNED_BELOW.match(text, below)
        if found is None:
            return None
    return Said(found.group("name"), found.start("name"), found.end("name"), False)


def labelled(text: str, labels: Sequence[Label], at: int) -> Said | None:
    """The speaker label right before offset ``at`` (a quote's mark), with nothing between.

    A quote further on in the turn is someone's words the speaker reports ('ODE: My
    mother says, "..."'), left to its own attribution.
    """
    k = bisect_right([label.start for label in labels], at) - 1
    if k < 0 or labels[k].end > at or text[labels[k].end : at].strip():
        return None
    return Said(labels[k].name, labels[k].start, labels[k].end, False)


# A text and who signed or wrote it, set off before its verb, right before the quote:
# 'The letter, signed by Ada Ode and Ivo Brandt, reads: "..."'.
_SIGNED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]n?[ \t]+open)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?:letters?|statements?|petitions?|notes?|memos?|op-eds?|posts?)"
    r",[ \t]+(?:signed|written|sent|issued)[ \t]+by[ \t]+"
    r"(?P<names>[A-Z][^,;:.!?\"\u201c\u201d\n]{1,80}?),[ \t]+"
    r"(?:reads?|said|says|states?|stated|declares?|declared)[ \t]*[,:]?[ \t]*$"
)


def signed_by(text: str, lo: int, at: int) -> Said | None:
    """Who signed the text whose words a quote at ``at`` gives, named right before it from ``lo``.

    As in 'The letter, signed by Ada Ode, reads: "..."': the signer (or the signers,
    "Ada Ode and Ivo Brandt"), when they are people.

    Example:
        >>> text = 'The letter, signed by Ada Ode, reads: "Close the pier."'
        >>> signed_by(text, 0, text.index('"')).speaker
        'Ada Ode'
    """
    found = _SIGNED.search(text, lo, at)
    if found is None:
        return None
    names = found.group("names")
    each = [n.strip() for n in re.split(r",|\band\b", names) if n.strip()]
    if not each or not all(is_person(n) for n in each):
        return None
    return Said(names, found.start("names"), found.end("names"), False)
