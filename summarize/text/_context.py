"""Whether a sentence leans on the text around it, read on its own as an exclusive is.

A claim listed under its source, away from the article, must say who and what by
itself: one that opens on a word pointing back ("He", "They added", "The other ...",
in the writer's words or in quoted ones), that speaks in the writer's own voice ("I",
"we", "your") or names "this method" or "these passports" outside quotation marks, or
that holds a run of words printed twice (a headline glued to its own first line) is
read wrongly there. English only: other
languages have no word lists here.
"""

from __future__ import annotations

import re

from ._content import DEMONSTRATIVES, TIME_NOUNS
from ._pointers import holds
from ._referent import by_role, opens_on_before, unnamed_subject

__all__ = [
    "INTERJECTIONS",
    "leans_on_context",
    "opening_pronoun",
    "opens_on_pronoun",
    "subject_points_back",
]

#: A speaker's opening words before what they speak of: "Well, it means ...", "No, they ...".
INTERJECTIONS = frozenset({"well", "look", "oh", "yes", "no"})
# Words that join a sentence to the one before it, skipped to find the opening word.
_JOINERS = (
    frozenset(
        {"and", "but", "so", "yet", "still", "also", "however", "instead", "meanwhile", "then"}
        | {"thus", "now", "nor", "or"}
    )
    | INTERJECTIONS
)
# An opening word that points back to someone or something named before.
_PERSONAL = frozenset(
    {"he", "she", "it", "they", "him", "them", "his", "her", "its", "their", "theirs"}
)
_POINTERS = _PERSONAL | {*DEMONSTRATIVES, "such"}
# "The two ...", "The other ...", "Another ...": more of what was named before; "Another
# 40 people" counts more of them, and names them.
_MORE_OF = re.compile(
    r"(?:another(?!\s+(?:\d|one\b|two\b|three\b|four\b|five\b|dozen\b|hundred\b))"
    r"|the\s+(?:other|latter|former|same|two|three|four|five|six|pair|couple))\b",
    re.IGNORECASE,
)
# "Both men ...", "Both were ...", "Both of them ...": the two people named before. Not
# "Both the House and the Senate ...", "Both Ada Ode and ...", "Both men and women ...",
# which name them, nor "Both runways reopened", the two a place has.
_BOTH = re.compile(
    r"[Bb]oth\s+(?!\S+\s+and\b|\S+\s+\S+\s+and\b)(of\s+(?=them\b|these\b|those\b|us\b)|[a-z]+)"
)
_BOTH_DO = re.compile(r"(?:are|were|was|is|have|had|has|will|would|could|can|did|do|got)$")
# "It is unclear whether ...", "It was not clear when ...": an empty "it", pointing nowhere.
_EMPTY_IT = re.compile(
    r"it(?:'s|\u2019s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|"
    r"remained|seems|seemed|appears|appeared))"
    r"(?:\s+(?:not|still|also|now|as|so|too|far|immediately|yet))*\s+"
    # "likely" before a past participle is an adverb: "It was likely carved ..." speaks of
    # something named before, as "It was carved ..." does.
    r"(?:unclear|clear|(?:un)?likely(?!\s+[a-z]+(?:ed|en)\b)|possible|impossible|important|"
    r"necessary|true|hard|"
    r"difficult|easy|expected|believed|thought|understood|reported|said|feared|estimated|"
    r"known|unknown|uncertain|certain|obvious|worth|time|rare|common|up|hoped|to\s+be\s+seen)\b",
    re.IGNORECASE,
)
# "It's quite clear that ...", "It seems very odd that ...", "It could take weeks
# before ...": an "it" that holds the place of the clause after one word of judgement or
# after a time taken, and so points nowhere either. Not before "to": "It is ready to ..."
# and "It was fun to ..." speak of something named before as often.
_EXTRAPOSED_IT = re.compile(
    r"it(?:(?:'s|\u2019s|\s+(?:is|was|has\s+been|had\s+been|(?:will|would|could|may|might)\s+be"
    r"|seems|seemed))"
    r"(?:\s+(?:not|so|too|very|really|truly|still|also|just|quite|almost|simply|absolutely"
    r"|especially|particularly|now|always|never))*\s+(?!as\b)[a-z]+\s+(?:that|whether|when|how|if)\b"
    r"|\s+(?:(?:will|would|could|may|might|can)\s+)?(?:takes?|took)\b)",
    re.IGNORECASE,
)
# "Here are the results", "Here's how ...", "Below, the list ...": what the page shows.
_PAGE_POINTER = re.compile(r"(?:Here(?:['\u2019]s|\s+(?:is|are))|Below|Above)\b")
# "... on the ad below.", "... (click here).": a sentence that ends on what the page shows
# or sends its reader to a link; not "aged 65 and above" nor "fire from above".
_POINTS_AT_PAGE = re.compile(
    r"\b(?:click|tap)\s+here\b|(?<!\band\s)(?<!\bor\s)(?<!\bfrom\s)\b(?:below|above)\W*$",
    re.IGNORECASE,
)
_PAGE_CUES = ("here", "above", "below")
# "In another, ...", "Of those, ...", "Among them, ...", "In the other, ...": an opening
# phrase whose noun is left out or stands for one named before.
_ELLIPTIC_OPENING = re.compile(
    r"(?:(?:And|But|So|Yet|Still),?\s+)?"
    r"(?i:in|at|on|of|among|for|from|between|with|besides|to|unlike|like)\s+"
    r"(?:another|others?|them|those|these|it|both|one"
    r"|the\s+(?:other|others|latter|former|first|second|third|last|rest))\s*,"
)
# Opening marks of quoted words.
_OPENING_QUOTES = "\"'\u2018\u201c"
# Quoted words: someone else's voice, which may say "I" and "we" of its own.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d")
# A quotation mark left once the paired ones are taken out.
_QUOTE_MARK = re.compile('["\u201c\u201d]')
# The writer's own voice: "I" before a word in lower case (not "War I"), "we", "our",
# "you", "my", each a word of its own. Written for speed, this is
# ``(?<![Ww]ar )\bI(?:'m|'ve)?\s+[a-z]|\b(?:[Ww]e|[Oo]urs?|[Yy]ou(?:rs?)?|[Mm]y)\b``
# (either apostrophe; tests/test_text_context.py checks that both find the same): it
# opens on one character class, which lets the engine skip in C to the next letter that
# may start such a word, and the lookbehinds then tell the word apart.
_OWN_VOICE = re.compile(
    r"[IWwOoYyMm](?<!\w[IWwOoYyMm])"
    r"(?:(?<=I)(?<![Ww]ar I)(?:['\u2019](?:m|ve))?\s+[a-z]"
    r"|(?<=[Ww])e(?!\w)|(?<=[Oo])urs?(?!\w)|(?<=[Yy])ou(?:rs?)?(?!\w)|(?<=[Mm])y(?!\w))"
)
# "'s", "'re": what a pronoun may carry ("That's", "They're").
_CONTRACTED = re.compile(r"['\u2019](?:s|re|ve|ll|d)$")
# "This week", "That morning": a time, named by the words themselves.
_NOW = re.compile(rf"(?:{'|'.join(DEMONSTRATIVES)})\s+(?:{TIME_NOUNS})\b", re.IGNORECASE)
# "this method", "these passports" inside a sentence: a thing named before, unless the
# words name a time or a place of their own ("this past week", "this country"); "that"
# only after a preposition ("on that site", "for that reason"), elsewhere a conjunction as
# often. Not "those" ("those who", "those in need" describe).
_THIS_THING = re.compile(
    r"\b(?:this|these"
    r"|(?<![\w-])(?:[Aa]t|[Ii]n|[Oo]n|[Oo]f|[Ff]rom|[Ff]or|[Bb]y|[Ww]ith|[Aa]bout|to)\s+that"
    # "in that it ...": a conjunction; "similar to that of ...": a pronoun
    r"(?=\s+(?!(?:it|he|she|they|we|you|the|an?|of|which|in|to)\b)))"
    rf"\s+(?!(?:{TIME_NOUNS}|past|same|quarter|point|moment|stage|country)\b)"
    r"[a-z]"
)
# "such trips", "a similar warning", "similarly", "the same precautions", "encouraged the
# same.": a thing likened to one named before; not "such as", nor "the same ... as" that
# names what it is like, nor "the same day" and other times.
_LIKE_BEFORE = re.compile(
    r"\b(?:such\s+(?!as\b)(?:an?\s+)?[a-z]+|similarly|likewise|an?\s+similar\s+[a-z]+"
    r"|the\s+same\s+(?!(?:time|day|year|week|month|night|morning|period)\b)"
    r"(?![^.;:!?]{0,30}?\bas\b)[a-z]+|the\s+same(?=\s*[.!?]\W*$))",
    re.IGNORECASE,
)
# The words each of the two patterns above needs: _THIS_THING writes them in lower case;
# _LIKE_BEFORE ignores case, and is also tried on a text with a letter that it matches to
# "i" or "s" and str.lower() does not lower to them ("\u0130", "\u0131", "\u017f"). A text
# without any is not searched: most sentences, which both patterns would try at every word.
_THIS_CUES = ("this", "these", "that")
_LIKE_CUES = ("such", "similar", "likewise", "same")
_ODD_CASES = ("\u0130", "\u0131", "\u017f")
# A quoted question: '"Is the dam safe?" she asked.', '..., he asked: "Why us?"'.
_QUOTED_QUESTION = re.compile(r"[\"\u201c][^\"\u201c\u201d]*\?[\u2019']?\s*(?:[\"\u201d]|$)")
#: Most words before a quoted question that say only who asked it, and where or when.
_ASKER_WORDS = 12
# A clause that follows a short opening phrase: "In 2019, he was elected ...".
_AFTER_OPENING = re.compile(r"^[^,;:\"\u201c]{1,40},\s+(\w+)")
# A bare number that opens a sentence, then a verb ("6 was a day ...": the sentence was
# cut after "Jan." or "No."; news writing spells out a number that opens a sentence), a
# comma or a bracket (reference notes: "13, 17 This limited ..."), a list's full stop
# ("2. This ...") or "of" and a count (a gallery's "1 of 26"). Not "15 governors have",
# nor a year ("2020 was a hard year").
_CUT_OPENING = re.compile(
    r"(?!(?:1[5-9]|20)\d\d\b)\d+(?:[.,]\d+)*(?:\s+,|\s*\)|\.\s|\s+of\s+\d|\s+(?:was|were|is|are|went|has|had|have|will|would"
    r"|could|can|did|does|do)\b)"
)
# A word said twice across a dash ("a contest of values and-- and vision"): speech printed
# as it was spoken, stumbles and all, from a transcript that names its speaker elsewhere.
_STAMMER = re.compile(r"\b(\w+)\s*(?:--|\u2014|\u2013)\s*\1\b", re.IGNORECASE)
#: Share of a sentence's letters in capitals from which it is a headline, a teaser or a
#: broadcast transcript, not a sentence of the story ("FREE APP DOWNLOADED HERE.").
_SHOUTED = 0.8
# Fewest capitals of such a line: "NATO and the U.S." is no shout.
_FEWEST_SHOUTED = 20
# Words of a run that, printed twice in one sentence, is a line glued to its repeat.
_REPEATED_RUN = 5
_WORD = re.compile(r"\w+")


def leans_on_context(text: str) -> bool:
    """Whether ``text`` needs the article around it to be read right.

    True when it opens (after a joining word such as "But" or a short opening phrase
    ending in a comma) on a word that points back to something named before: a
    pronoun or a demonstrative ("He", "That's"), or more of the same ("The two
    officials", "Another witness", "The other", "Both men", "Both were"; not "Both the
    House and the Senate", which names them, nor "Both runways"); an empty "It" ("It is unclear
    whether ...", "It's quite clear that ...") points nowhere and is no such word.
    Quoted words that open the sentence are someone's, read with the speaker the
    digest names: "I" and "we" that open them are the speaker's own, but a word that
    points back opens them as it opens the writer's ('"They left the gate open," she
    said.': who did?). True as well when, outside quotation marks, the
    writer speaks of themselves or to the reader ("I", "we", "our", "you", "my";
    "told us" is how a reporter cites a source, and is not) or points, further on, at
    a thing named before ("The researchers tested this method ...", "... these
    passports"; "this week", "this past year" and "this country" name their own) or
    likens it to one ("such trips", "a similar warning", "similarly", "the same
    precautions"; "such as", "the same ... as" and "the same day" do not), when
    a run of five words
    comes twice (a headline printed again before the text it heads), when it points
    at what the page shows ("Here are the figures ...", "Below, the list of ...", "...
    on the ad below.", "... (click here)."), when
    it quotes a question with no statement of its own ('"Is the dam safe?" she asked.'),
    when it opens on a phrase whose noun is left out ("In another, ...", "Of those,
    ...", "Among them, ..."; "In all, ..." names a total),
    when it is written in capitals (a headline, a teaser, a broadcast transcript) or
    says a word twice across a dash ("and-- and": a transcript's words), when
    it opens on a bare number and a verb, a comma or a list's full stop (a sentence cut
    after "Jan." or "No.", reference notes, a list: "6 was a day of ..."), or
    when it opens on a stray mark that is neither a letter, a digit, a quotation mark
    nor a bracket.

    Example:
        >>> leans_on_context("The council approved the budget on Monday.")
        False
        >>> [leans_on_context(t) for t in ("He said the bridge would reopen in May.",
        ...                                "But they added that ferries would run.",
        ...                                "The two ministers left before the vote.",
        ...                                "In 2019, she moved to the port authority.",
        ...                                "Each morning my daughter takes the ferry.",
        ...                                "The crews tested this method in the harbour.")]
        [True, True, True, True, True, True]
        >>> leans_on_context("It is unclear whether the bridge will reopen in May.")
        False
        >>> leans_on_context('"We will rebuild it," said Ada Ode, the port director.')
        False
        >>> leans_on_context('"They will rebuild it," said Ada Ode, the port director.')
        True
    """
    body = text.strip()
    if not body:
        return False
    if not (body[0].isalnum() or body[0] in "\"'\u2018\u201c([\u2014-"):
        return True  # a stray mark: a garbled or cut printing
    if body[0] not in _OPENING_QUOTES and _opens_on_pointer(body.lstrip("([ ")):
        return True
    if _ELLIPTIC_OPENING.match(body):
        return True  # "In another, floodwaters swept ...": another what?
    if _PAGE_POINTER.match(body):
        return True  # "Here are the figures ...": the page's, shown beside the words
    if _CUT_OPENING.match(body):
        return True  # "6 was a day of darkness ...": cut after "Jan."; "13, 17 This ...": notes
    if _in_capitals(body):
        return True  # "WAS A CONVICTED SEX PREDATOR.": a headline or a transcript's shout
    if ("-" in body or "\u2014" in body or "\u2013" in body) and _STAMMER.search(body):
        return True  # "the ferry-- the ferry left": a transcript's words, whose?
    if holds(body.lower(), _PAGE_CUES) and _POINTS_AT_PAGE.search(_QUOTED.sub(" ", body)):
        return True  # "Two writers weigh in on the ad below.": the page's, not news
    if "?" in body and _asks_only(body):
        return True  # '"Is the dam safe?" she asked.': a question tells no news
    if body[0] in _OPENING_QUOTES and _opens_on_pointer(body[1:].lstrip()):
        return True  # "They left the gate open," she said: who did?
    opening = _AFTER_OPENING.match(body)
    if opening and (
        (opening.group(1).lower() in _POINTERS and not _empty_it(body[opening.start(1) :]))
        or _both_people(body[opening.start(1) :])
    ):
        return True  # "In the end, they ...", "Right now, both men ...": who?
    unquoted = _QUOTED.sub(" ", body)
    if _OWN_VOICE.search(unquoted) and not _QUOTE_MARK.search(unquoted):
        return True  # with a mark left unpaired, the words may all be someone's
    if _names_one_before(unquoted) and not _QUOTE_MARK.search(unquoted):
        return True  # "The researchers tested this method ...": which method?
    return _repeats_a_run(body)


def _both_people(words: str) -> bool:
    """Whether ``words`` open on "Both" and two people named before: "Both men", "Both were"."""
    both = _BOTH.match(words)
    if both is None:
        return False
    word = both.group(1)
    return (
        word.startswith("of")
        or _BOTH_DO.match(word) is not None
        or word.endswith("ed")
        or by_role(word)
    )


def _in_capitals(body: str) -> bool:
    """Whether ``body`` is written in capitals: :data:`_SHOUTED` of its cased letters."""
    upper = sum(map(str.isupper, body))
    if upper < _FEWEST_SHOUTED:
        return False  # most sentences: a few capitals only
    return upper >= _SHOUTED * (upper + sum(map(str.islower, body)))


def _asks_only(body: str) -> bool:
    """Whether ``body`` quotes a question with no statement of its own before it.

    Up to :data:`_ASKER_WORDS` words may come before the question (who asked, where and
    when: "In a speech in 1852, Ivo Brandt asked, ..."); more make a statement that the
    question only closes ("Floods closed the port for a week, prompting the mayor to
    ask: ...").
    """
    question = _QUOTED_QUESTION.search(body)
    return question is not None and len(body[: question.start()].split()) <= _ASKER_WORDS


def opens_on_pronoun(text: str) -> bool:
    """Whether ``text`` opens, after any joining words, on a personal pronoun that points back.

    "He", "But they", "Well, it means", "It reported", "His findings", outside quotation
    marks (a speaker's "Well," "No," or "Look," is read as a joining word): the
    sentence does not say who or what it speaks of (an empty "It", "It is unclear
    whether ...", points nowhere). Narrower than :func:`leans_on_context`, which also
    reads demonstratives ("That means"), more of the same ("The two officials") and
    pointers further on.

    Example:
        >>> [opens_on_pronoun(t) for t in ("But they added that ferries would run.",
        ...                                "His findings surprised the board.",
        ...                                "The two ministers left before the vote.",
        ...                                "It is unclear whether the bridge will reopen.")]
        [True, True, False, False]
    """
    return opening_pronoun(text) is not None


def opening_pronoun(text: str) -> str | None:
    """The personal pronoun pointing back that ``text`` opens on, in lower case, or None.

    As :func:`opens_on_pronoun` reads it ("But they added ...": "they").

    Example:
        >>> [opening_pronoun(t) for t in ("Well, it means more.", "His findings stood.",
        ...                               "It is unclear whether the pier opens.")]
        ['it', 'his', None]
    """
    body = text.strip().lstrip("([")
    if not body or body[0] in _OPENING_QUOTES:
        return None
    first, rest = _opening(body)
    return first if first in _PERSONAL and not _empty_it(rest) else None


def subject_points_back(text: str) -> bool:
    """Whether the subject of ``text`` points back to what its article named before.

    Outside quotation marks, it opens on a personal pronoun ("It also fined her.":
    :func:`opens_on_pronoun`) or on what came before ("Instead, ...", "This time, ...":
    :func:`~summarize.text.opens_on_before`), or its subject is a person called by a
    role ("The woman said ...", "The former president ...": see
    :func:`~summarize.text.unnamed_subject` and :func:`~summarize.text.by_role`; not "The
    mayor's office", a thing). Narrower than :func:`leans_on_context`: the shapes whose
    subject a reader cannot tell, whatever words come after. A demonstrative ("That
    pier ...") is not read here: it names its thing's kind, and a set about one pier
    has one.

    Example:
        >>> [subject_points_back(t) for t in ("Instead, it went to the pier.",
        ...                                   "This time, the ferry left early.",
        ...                                   "The woman said the pier was closed.",
        ...                                   "The mayor's office closed the pier.",
        ...                                   "Ada Ode closed the pier.",
        ...                                   "That pier closed on Monday.")]
        [True, True, True, False, False, False]
    """
    body = text.strip()
    if opens_on_pronoun(body) or opens_on_before(body):
        return True
    subject = unnamed_subject(body)
    return (
        subject is not None
        and by_role(subject)
        and not any(_CONTRACTED.search(word) for word in subject.split())
    )


def _opens_on_pointer(body: str) -> bool:
    """Whether ``body`` opens, after any joining words, on a word pointing back."""
    first, rest = _opening(body)
    if first in _POINTERS:
        return not (_empty_it(rest) or _NOW.match(rest))
    return _MORE_OF.match(rest) is not None or _both_people(rest)


def _opening(body: str) -> tuple[str, str]:
    """The first word after any joining words, in lower case and bare, and the words from it."""
    words = body.split(None, 4)
    at = 0
    while at < len(words) - 1 and words[at].lower().strip(",") in _JOINERS:
        at += 1
    first = _CONTRACTED.sub("", words[at].strip(",;:").lower()) if words else ""
    return first, " ".join(words[at:])


def _names_one_before(unquoted: str) -> bool:
    """Whether ``_THIS_THING`` or ``_LIKE_BEFORE`` matches, each tried where its words stand."""
    if holds(unquoted, _THIS_CUES) and _THIS_THING.search(unquoted):
        return True
    return (
        holds(unquoted.lower(), _LIKE_CUES) or holds(unquoted, _ODD_CASES)
    ) and _LIKE_BEFORE.search(unquoted) is not None


def _empty_it(text: str) -> bool:
    """Whether ``text`` opens on an "it" that points nowhere ("It is unclear whether ...")."""
    return _EMPTY_IT.match(text) is not None or _EXTRAPOSED_IT.match(text) is not None


def _repeats_a_run(body: str) -> bool:
    """Whether a run of :data:`_REPEATED_RUN` words comes twice in ``body``."""
    words = _WORD.findall(body.lower())
    if len(words) - len(set(words)) < _REPEATED_RUN:
        return False  # the second printing of a run repeats each of its words
    seen: set[tuple[str, ...]] = set()
    for at in range(len(words) - _REPEATED_RUN + 1):
        run = tuple(words[at : at + _REPEATED_RUN])
        if run in seen:
            return True
        seen.add(run)
    return False
