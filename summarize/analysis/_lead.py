"""The attribution before a quote in its sentence: 'X said: "..."', 'X closed it, saying: "..."'.

In analysis/, for :mod:`summarize.analysis._speakers`: :func:`lead` reads the attribution
before a quote, after it is looked for after the quote (see
:mod:`summarize.analysis._attribution`). The words are read by
:mod:`summarize.analysis._speaker_phrases`; each function reads a bounded stretch of text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Container

from . import _speaker_phrases as phrases
from ._called import plain, with_saying
from ._relative import relative
from ._speaker_phrases import Said
from ._speaker_subject import subject
from ._subjects import coordinated, opening_name, opening_role

__all__ = ["lead"]

_LEAD = 300  # characters read before a quote for its speaker
_LEAD_FILLER = phrases.TIME | phrases.word_set("that on reporters journalists me us him her them")
# A participle of speech after a comma, then at most two words before a quote (see _saying).
# The participle may take at most four words in lower case, none a speech verb: whom it
# is told to, where, or how ("telling them:", "telling the audience:", "saying in a
# statement,", "saying onstage:", "adding that").
# The comma may stand inside the closing mark of a quote before it, as American style puts
# it ('she is "A.O.," saying that').
_SAYING = re.compile(
    r",[\"\u201d]?[ \t]*(?:saying|adding|writing|noting|explaining|declaring|stating|warning"
    r"|insisting|telling)((?:[ \t]+[a-z]+){0,4})[ \t]*[:,]?[ \t]*$"
)
# Verbs of naming after a participle: "saying the mayor called it": the mayor's words.
_NAMING = phrases.word_set("called calls dubbed branded labelled labeled described")
_JOINING = phrases.word_set("and but then so yet still also ,")  # before 'said Ada Ode,'
_SAYING_REACH = 70  # characters read before a quote for it
# "according to", or a passive verb of speech or of taking a side, then "by": who follows
# names the speaker of a quote after a colon (see _introduced_by).
_BY_COLON = re.compile(
    r"(?<![\w-])(?:(?i:according)[ \t]+to|(?:echoed|seconded|repeated|reiterated|shared|voiced"
    r"|told|said|stated|put|made|expressed|raised|questioned|challenged|disputed|rejected"
    r"|criticized|criticised|welcomed|praised|dismissed|endorsed|backed|supported|countered"
    r"|contradicted|rebutted|explained|noted|issued|released|summed[ \t]+up)[ \t]+by)[ \t]+"
)
# What may stand between such a speaker and the colon: an apposition, with no mark that
# ends a clause or opens a quote.
_APPOSED_COLON = re.compile(
    r"(?:,[ \t]+[^,;:.!?\"\u201c\u201d\n]{1,120}(?:,[^,;:.!?\"\u201c\u201d\n]{1,80})?)?"
    r"[ \t]*:[ \t\n]*"
)


def _saying(text: str, lo: int, hi: int, known: Container[str] = ()) -> Said | None:
    """The named subject of a clause that a participle of speech closes, right before a quote.

    'Ada Ode ended the call, saying: "We will rebuild."', 'Ada Ode spoke for an hour,
    adding that "..."' and 'Ada Ode addressed the crowd, telling them: "..."': the
    participle after a comma, at most four words in lower case before the quote (whom
    it is told to, where or how; none a speech verb), and a named person who opens the
    sentence as its subject (see :func:`~summarize.analysis._subjects.opening_name`), by
    one word of a name the text gives in full (in ``known``: "Ode" of "Ada Ode").
    """
    found = _SAYING.search(text, max(lo, hi - _SAYING_REACH), hi)
    if found is None or not (phrases.VERBS | _NAMING).isdisjoint(found.group(1).split()):
        return None  # "saying that police told", "the mayor called it": whom the verb names
    name = opening_name(text, lo, found.start(), known)  # "Ode" of "Ada Ode" too
    if name is None:
        return opening_role(text, lo, found.start())  # "A spokesperson for the port released"
    at = text.find(name, lo, found.start())  # the name as written, for its role
    return Said(name, at, at + len(name), False) if at >= 0 else Said(name, lo, lo, False)


def _introduced_by(text: str, lo: int, hi: int) -> Said | None:
    """The speaker a passive verb of speech or "according to" names before a colon and a quote.

    'The call was echoed by Ada Ode, a spokeswoman for the port: "..."', 'According
    to Ada Ode, the harbour master: "..."', 'The Gazette was told by Ada Ode: "..."':
    the speaker after "by" or "according to", then maybe an apposition, then the
    colon that opens the quote.
    """
    if text[lo:hi].rstrip()[-1:] != ":":
        return None  # the commonest answer, and the cheapest test
    found = deque(_BY_COLON.finditer(text, max(lo, hi - _LEAD), hi), maxlen=1)  # the last
    if not found:
        return None
    toks = phrases.tokens(text, found[0].end(), hi)
    who = phrases.phrase_forward(text, toks, 0, len(toks))
    if who is None or who.pronoun or _APPOSED_COLON.fullmatch(text, who.end, hi) is None:
        return None
    return who


def _inverted(text: str, toks: phrases.Tokens, clause: int, k: int, hi: int) -> Said | None:
    """The named speaker right after the verb at k, set off before a quote: 'And, said Ada Ode,'.

    Only a word that joins a sentence to the one before ("And", "But", "Then") and
    commas may stand before the verb, and only a comma or a colon between the name and
    the quote.
    """
    if any(w.lower() not in _JOINING for _, _, w in toks[clause:k]):
        return None
    who = phrases.phrase_forward(text, toks, phrases.after_verb(toks, k), len(toks))
    if who is None or who.pronoun or who.speaker is None or not who.speaker[:1].isupper():
        return None
    return who if text[who.end : hi].strip(" \t") in (",", ":") else None


def _issued_from(text: str, toks: phrases.Tokens, who: Said | None) -> Said | None:
    """Who a document named after "according to" is from: "a statement from the board".

    The document's noun ends the phrase read (:data:`~phrases.DOCUMENTS`), "from" or
    "by" follows it, and after that a speaker: a name or a phrase ("a ferry
    representative"); else None.
    """
    if who is None or who.speaker is None or who.pronoun:
        return None
    if who.speaker.split()[-1].lower().rstrip("s") not in phrases.DOCUMENTS:
        return None
    k = next((n for n, tok in enumerate(toks) if tok[0] >= who.end), len(toks))
    if k + 1 >= len(toks) or toks[k][2] not in _ISSUED_BY:
        return None
    found = phrases.phrase_forward(text, toks, k + 1, len(toks))
    return None if found is None or found.pronoun or found.speaker is None else found


_ISSUED_BY = phrases.word_set("from by")


def _asked(toks: phrases.Tokens, k: int) -> bool:
    """Whether token k asks a question it names, no words of a quote: "he asked the question"."""
    rest = [w.lower() for _, _, w in toks[k + 1 : k + 3]]
    return toks[k][2] in _ASKED and rest in (["the", "question"], ["a", "question"])


_ASKED = phrases.word_set("asked asks")


def lead(
    text: str, lo: int, hi: int, ends: bool, known: Container[str] = (), opens: int | None = None
) -> tuple[Said | None, bool]:
    """The attribution before a quote in its sentence, and whether it is right next to it.

    Right next to it means the verb, then a colon, a comma, a time or "reporters"
    (at most two such words), then the quote; or the verb right before a quote
    that ends the clause (``ends``): 'Ode said: "no"', 'Ode said Friday "not yet"',
    'Ode said "no".', but not 'officials declared "total victory" over them'.
    ``known`` holds the words of full names a subject may be named by alone ("Ode");
    ``opens`` is where the sentence opens when a quote before in it ends at ``lo``: a
    participle of speech is the sentence's subject's, past that quote ('Ada Ode said
    she is "A.O.," saying that "..."').
    """
    saying = _saying(text, lo, hi, known) or _introduced_by(text, lo, hi)
    if saying is None and opens is not None and opens < lo and plain(text, lo, hi):
        saying = _saying(text, opens, hi, known)  # 'was "a closed shop," writing that "..."'
    if saying is not None:
        return saying, True
    saying = with_saying(text, lo, hi)  # "with Ada Ode saying the plan was "...""
    if saying is not None:
        return saying, False
    if not phrases.may_cue(text, max(lo, hi - _LEAD), hi):
        return None, False  # no speech verb, nor "according": no cue (nor any word at all)
    toks = phrases.tokens(text, max(lo, hi - _LEAD), hi)
    clause, cue, depth = 0, None, 0
    for k, (_, _, word) in enumerate(toks):
        depth = max(0, depth + (word == "(") - (word == ")"))  # "Ada Ode (R-Calif.) said"
        if word in phrases.ENDS and not depth and phrases.ends_at(toks, k):
            clause = k + 1
        elif (phrases.cue(toks, k) and not _asked(toks, k)) or (
            word.lower() == "according" and toks[k + 1 : k + 2] and toks[k + 1][2] == "to"
        ):
            cue = (clause, k)
    if cue is None:
        return None, False
    clause, k = cue
    if toks[k][2].lower() != "according":
        who = (
            subject(text, toks, clause, k, whole=False)
            or coordinated(text, toks, clause, k, known)
            or relative(text, toks, clause, k)
        )
        if who is None:  # 'And, said Ada Ode, "..."': the verb before its speaker
            who = _inverted(text, toks, clause, k, hi)
            if who is not None:
                return who, True
        after = toks[phrases.after_verb(toks, k) :]
        rest = [word.lower() for _, _, word in after if word not in ",:"]
        ends = ends or bool(rest) or any(word in ",:" for _, _, word in after)
        near = ends and len(rest) <= 2 and all(w in _LEAD_FILLER for w in rest)
        return who, who is not None and near
    who = phrases.phrase_forward(text, toks, k + 2, len(toks))
    who = _issued_from(text, toks, who) or who  # "According to a statement from the board,"
    if who and who.speaker and who.speaker[0].islower() and text[who.end : hi].isspace():
        return None, False  # 'according to a newly released "escort plan"': the text's name
    return who, who is not None and text[who.end : hi].strip(" ,:\n") == ""
