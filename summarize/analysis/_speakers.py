"""Who made each quoted statement: where the attribution stands.

In analysis/, for :mod:`summarize.analysis._quotes`: :func:`find_speakers` names the
speaker of each quote it pairs; :mod:`summarize.analysis._attribution` finds the
attribution next to a quote, :mod:`summarize.analysis._speaker_phrases` reads its words,
and :mod:`summarize.analysis._pronouns` says who "he" and "she" stand for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs

from ..errors import InputError
from ..records import Sentence
from ..text._labels import speaker_labels
from ._announced import announced, labelled, signed_above, signed_by, signed_by_handle
from ._apposed import apposed
from ._as_saying import as_saying
from ._attribution import QuoteSpan, closing, credited, ends_clause, passive, tail
from ._bodies import body_named
from ._called import naming
from ._colon import introduced_by_colon
from ._continued import continues, goes_on, resumes, term
from ._described import described_as, owned_wish, owned_words
from ._documents import goes_on_saying, issuer, named_document
from ._epithets import by_epithet, epithet_role, is_epithet
from ._identified import identified_as
from ._interview import answer_of
from ._introduced import about, followed, introduced
from ._its_words import body_before
from ._lead import lead
from ._mentions import Mentions
from ._name_colon import name_colon
from ._people import is_person, office_only, spoken_by
from ._pronoun_evidence import KnownNames
from ._pronouns import Resolver
from ._quote_titles import titled
from ._reach import in_reach
from ._read_out import read_out
from ._role_words import HELD, RELATIONS
from ._roles import role_of
from ._speaker_names import apart, organisation_title
from ._speaker_phrases import Said, may_cue
from ._stance import stance
from ._they import they_before, they_pair
from ._titles import title_apart
from ._turns import turned

__all__ = ["Attribution", "QuoteSpan", "find_speakers"]

_TERMS = 3  # quoted titles or terms an attribution is read past, at most


@attrs.frozen
class Attribution:
    """Who made a quoted statement, and whether the article says so right next to it.

    Attributes:
        speaker: The speaker as the article names them, or ``None``.
        near: Whether an attribution stands right next to the quote (``"...,"
            said X``, ``X said: "..."``), even one whose speaker is unknown
            (``"...," they said``).
        role: The speaker's role or title as the article gives it, at the
            attribution or where it names the speaker ("trauma surgeon",
            "spokeswoman for the port"; see :mod:`summarize.analysis._roles`), or ``None``.
        resolved: Whether the speaker is whom a "he" or "she" at the attribution
            stands for, not a name the attribution gives.

    Example:
        >>> Attribution(speaker="Ms Ode", near=True).speaker
        'Ms Ode'
    """

    speaker: str | None
    near: bool
    role: str | None = None
    resolved: bool = False


def find_speakers(
    text: str, sentences: Sequence[Sentence], spans: Sequence[QuoteSpan]
) -> list[Attribution]:
    """The speaker of each quote, and whether the speaker stands right next to it.

    The words of an attribution (speech verbs, names, who can be a person) are
    read by :mod:`summarize.analysis._speaker_phrases`; each step reads each
    character a bounded number of times. The attribution is looked for after
    the quote (``"...," said X``, ``"...," X said``, ``"...," X, the head of ...,
    tweeted``, ``"...," according to X``; see
    :func:`~summarize.analysis._attribution.tail`), then before it in its
    sentence, where the last speech verb counts (``X said: "..."``, ``X told
    reporters "..."``, ``X said the plan would "..."``, ``According to X, "..."``;
    see :func:`~summarize.analysis._lead.lead`), then where it closes the
    quote's sentence further on (``..., X said Tuesday.``; see
    :func:`~summarize.analysis._attribution.closing`). The speaker is right next
    to the quote after it, or before it when only a colon, a comma, a time or
    "reporters" comes between (``X said: "no"``, ``X said Friday "not yet"``,
    ``X said "no".``). A quote without a speaker of its own that opens the
    sentence right after a quote with one, in the same paragraph, continues that
    quote and takes its speaker, as does one that resumes a quote of its sentence
    right after that quote's attribution (``"...," said X, "..."``; see
    :mod:`summarize.analysis._continued`), or one that opens its sentence after one or
    two sentences about that speaker (see
    :func:`summarize.analysis._introduced.followed`). "he" and "she" are
    resolved as :class:`summarize.analysis._pronouns.Resolver` says; "it" is the
    body the sentence before names (:mod:`summarize.analysis._its_words`), "they" the
    group that speaks in the quote right before (:mod:`summarize.analysis._they`);
    other pronouns ("we": a plural speaker is rarely named) and unresolved ones give
    ``None``.

    Args:
        text: The article's text.
        sentences: Its content sentences, in text order.
        spans: The quotes, in text order and without overlaps, each inside the
            sentences.

    Returns:
        One attribution for each span, in the same order.

    Raises:
        InputError: A span is out of order or not inside the sentences.

    Example:
        >>> text = 'Dock worker Ada Ode was there. "It just fell," she said.'
        >>> span = QuoteSpan(open=31, start=32, end=45, close=46, paragraph=0)
        >>> from summarize.pipeline import content_sentences
        >>> from summarize.records import Article
        >>> find_speakers(text, content_sentences(Article(id="a", text=text)), [span])
        [Attribution(speaker='Ada Ode', near=True, role='Dock worker', resolved=True)]
    """
    starts = [s.start for s in sentences]
    first = [bisect_right(starts, span.open) - 1 for span in spans]
    last = [bisect_right(starts, span.close - 1) - 1 for span in spans]
    for n, span in enumerate(spans):
        inside = first[n] >= 0 and span.close <= sentences[last[n]].end
        ordered = span.open < span.start < span.end <= span.close and (
            not n or spans[n - 1].close <= span.open
        )
        if not (inside and ordered):
            raise InputError(
                f"quote span {n} ({span.open}-{span.close}) is not inside the sentences or "
                "not after the span before it; pass the spans of find_quotes, in text order"
            )
    mentions = Mentions(text)
    resolver = Resolver(text, sentences, spans, mentions)
    labels = speaker_labels(text)
    said: list[Said | None] = []
    found: list[Attribution] = []
    held: list[str] = []  # "former" right before a speaker's name: "said former CEO Ada Ode"
    called: dict[str, str] = {}  # the role an epithet gives a speaker: "the producer added"
    nearby: dict[str, str | None] = {}  # the role given where "he" or "she" was last named
    role: str | None = None
    for n, span in enumerate(spans):
        hi = min(sentences[last[n]].end, spans[n + 1].open if n + 1 < len(spans) else len(text))
        k = n - 1  # a title before it in the sentence ("a song like "Low Tide"") ends no clause
        words = text[span.start : span.end]
        while k >= 0 and last[k] == first[n] and _title(text, spans[k]) and not titled(words):
            k -= 1
        lo = max(sentences[first[n]].start, spans[k].close if k >= 0 else 0)
        stop = max(-1, k - _TERMS)  # a few, so a long sentence of quotes is read in linear time
        while k > stop and last[k] == first[n] and _passed(text, spans[k], words):
            k -= 1  # 'Ode insisted numbers "stayed high" and that crews did "...": past the term
        wide = max(sentences[first[n]].start, spans[k].close if k >= 0 else 0)
        view, hi = _past_titles(text, spans, n, sentences[last[n]].end, hi)
        who = (
            tail(view, span, max(hi, span.close))
            or credited(text, span)
            or as_saying(text, span, max(hi, span.close))
        )
        near = who is not None and not passive(text, span)  # "called 'coward' by X": a term
        start = sentences[first[n]].start
        if who is None:
            who, near = lead(
                text,
                min(lo, span.open),
                span.open,
                ends_clause(text, span),
                resolver.names(),
                opens=start,
            )
            who = (
                who
                or described_as(text, min(lo, span.open), span.open)
                or owned_words(text, min(lo, span.open), span.open)
                or owned_wish(text, min(lo, span.open), span.open, resolver.names())
                or naming(text, span, min(lo, span.open), resolver.names(), opens=start)
                or signed_by(text, min(lo, span.open), span.open)  # 'The letter, signed by X,'
            )
        if who is None:  # 'The plan will "cost dearly" and hurt trade, Ada Ode said Tuesday.'
            who = closing(text, span, sentences[last[n]].end)
            if who is not None and titled(text[span.start : span.end]):
                who = None  # 'the book "Tides: Notes on the Quay", X told the Gazette': a title
        colon = span.open
        while colon > lo and text[colon - 1].isspace():
            colon -= 1
        if who is None and text[colon - 1 : colon] == ":":  # 'Ada Ode was not convinced: "..."'
            who = introduced_by_colon(text, lo, colon - 1, resolver.names())
            who = who or name_colon(text, lo, colon - 1)  # 'The Gazette's Ivo Brandt: "..."'
        if who is None and (read := read_out(text, lo, span.open)) is not None:
            who, near = read, True  # 'A statement from the board read: "..."'
        if who is None:  # 'Ada Ode scolded the board for "...": the subject of a stance
            who = stance(text, span, min(lo, span.open), start, resolver.names())
        if who is None and wide < lo and not may_cue(text, span.close, sentences[last[n]].end):
            terms = spans[k + 1 : n]  # the terms read past: their marks end no clause
            who, near = _lead_past_terms(text, span, wide, resolver.names(), start, terms)
        label = who is None and labelled(text, labels, span.open)
        if label:  # 'ODE: "We will rebuild."': the quote that opens a turn of a transcript
            who, near = label, True
        named = who is not None and not who.pronoun  # the attribution names its speaker
        resolved = who is not None and who.pronoun  # its speaker is who "he" stands for
        if who is None and n and continues(text, spans[n - 1], span, first[n] - last[n - 1]):
            k = n - 1  # '"...," X said on Wire's "Meet the Harbour." "...": past the title
            if said[k] is None and k and first[k] == last[k - 1] and term(text, spans[k]):
                k -= 1 if spans[k].paragraph == span.paragraph else 0
            who, near = said[k], said[k] is not None
            resolved = found[k].resolved
        elif (
            who is None
            and n
            and first[n] == last[n - 1]
            and (
                resumes(text, spans[n - 1], span, said[n - 1])
                or goes_on(text, spans[n - 1], span, said[n - 1])
            )
        ):
            who, resolved = said[n - 1], found[n - 1].resolved  # '"...," said X, "..."'
            near = who is not None and spans[n - 1].close <= who.start < span.open
        else:
            role = None  # a continued quote keeps its speaker's role
            answers = False  # an answer in an interview: whoever it introduces, or no one
            if who is None:
                answers, who = answer_of(text, span, sentences, resolver.names())
            if who is None and not answers and _opens(text, span, sentences[first[n]]):
                who = (
                    introduced(resolver, first[n], said)
                    or announced(resolver, first[n])
                    or signed_above(text, span)
                    or signed_by_handle(text, span)
                    or followed(resolver, said, first[n])
                    or about(resolver, said, first[n])
                )
        if who is not None and not who.pronoun:  # 'a man who identified himself as Ivo B.'
            who = identified_as(text, who) or who
        if who is not None and who.speaker is None and who.end - who.start == 2:
            body = body_before(resolver, first[n], text[who.start : who.end])  # 'It said: "..."'
            who = who if body is None else Said(body, who.start, who.end, False)
        if who is not None and who.speaker is None:  # '"...," the couple said. "..." they'
            word = text[who.start : who.end]
            group = they_before(text, spans, said, n, word) if n else None
            group = group or they_pair(text, sentences, first[n], word)  # "Ode and Brandt run"
            who = who if group is None else Said(group, who.start, who.end, False)
        if who is not None and who.pronoun:
            pronoun = text[who.start : who.end]
            # '"...," X said.' then '"...," she said.': the other side of the exchange
            stands = turned(resolver, spans, said, first[n], who)
            stands = stands or resolver.resolve(said, first[n], pronoun)
            if not stands:  # the one in reach, unless the sentence before calls them the other
                stands = in_reach(resolver, said, first[n], pronoun, who.start)
                other = stands and resolver.called_other(said, first[n], pronoun, stands)
                stands = None if other else stands
            stands = None if stands and office_only(stands) else stands  # "as Attorney General"
            if stands is not None and stands not in nearby:  # 'Her co-presenter Brandt laughs.'
                nearby[stands] = _role_near(
                    text, stands, sentences[max(0, first[n] - 1)].start, who.start
                )
            who = Said(stands, who.start, who.end, False)
        elif who is not None and named and who.speaker and is_epithet(who.speaker):
            person = mentions.named(who.speaker, who.start)  # "the designer": a designer named
            stands = (
                person[0]
                if person
                else by_epithet(resolver, said, first[n], who.speaker, who.start)
            )
            named, resolved = False, stands is not None  # "the German": no name, whoever it is
            if stands is not None and (given := epithet_role(who.speaker)) is not None:
                called.setdefault(stands, given)
            who = None if stands is None else Said(stands, who.start, who.end, False)
        if who is not None and who.speaker is not None:
            speaker = spoken_by(who.speaker)  # "the statement": nobody
            if speaker is None:  # "the report" by "the Harbour Institute"; "it continued"
                whole = _opens(text, span, sentences[first[n]])  # not a fragment: "as "...""
                speaker = (
                    issuer(text, who.start, who.speaker, opens=whole)
                    or goes_on_saying(text, who, said)
                    or named_document(who.speaker)  # "the Pentagon report": named, a source
                )
            elif named:  # "the agency said" after "the Harbour Safety Service"
                speaker = body_named(text, speaker, who.start) or speaker
            who = None if speaker is None else Said(speaker, who.start, who.end, who.pronoun)
            near = near and who is not None
            if (
                speaker is not None
                and who is not None
                and named
                and not label  # a label in capitals gives no role: "PRESIDENT ODE"
                and _as_written(speaker, text[who.start : who.end])
            ):
                role = role_of(view, who.start, who.end) or organisation_title(text, who)
                person = mentions.named(speaker, who.start)  # "the officer": who they are
                person = person or apposed(text, speaker)  # "Ada Ode, the bus matron,"
                if person is not None:
                    who, role = Said(person[0], who.start, who.end, False), person[1]
            elif label and speaker is not None:
                role = title_apart(speaker, None)[1]  # "PRESIDENT ODE": the title "President"
        said.append(who)
        held.append(_held_before(text, who.start) if who is not None and named else "")
        speaker = who.speaker if who else None
        found.append(Attribution(speaker, near, role if who else None, resolved and bool(speaker)))
    # A role the article gives a speaker once is theirs at every quote ("..., he added"),
    # as is one it gives them where it names them ("Corey Gentry, his friend, ..." for "Gentry").
    roles: dict[str, str | None] = {}
    for attribution in found:
        if attribution.speaker is not None and attribution.role is not None:
            roles.setdefault(attribution.speaker, attribution.role)
    for attribution in found:
        if attribution.speaker is not None and attribution.speaker not in roles:
            named = is_person(attribution.speaker)
            role = mentions.role(attribution.speaker) if named else None
            role = role or _family_role(attribution.speaker, roles)  # "Ode" of "Ada Ode, a ..."
            role = role or called.get(attribution.speaker)
            roles[attribution.speaker] = role or nearby.get(attribution.speaker)
    found = [
        attrs.evolve(a, role=roles.get(a.speaker))
        if a.role is None and a.speaker is not None
        else a
        for a in found
    ]
    # "Gov. Ada Ode": the title of office is the role, the name the speaker.
    known = resolver.names()
    return [
        _apart(a, mentions, known, when) if a.speaker is not None else a
        for a, when in zip(found, held, strict=True)
    ]


def _role_near(text: str, name: str, lo: int, hi: int) -> str | None:
    """The role the text gives a name where it last writes it in text[lo:hi], or None.

    "Her co-presenter Brandt laughs." before '"...," he says.': the role of the one
    whom "he" stands for, given in the sentence before the quote or in its own.
    """
    at = text.rfind(name, lo, hi)
    while at >= 0 and (
        text[at - 1 : at].isalnum() or text[at + len(name) : at + len(name) + 1].isalnum()
    ):
        at = text.rfind(name, lo, at)  # a whole word only: not "Brandt" of "Brandtson"
    return role_of(text, at, at + len(name)) if at >= 0 else None


def _family_role(speaker: str, roles: dict[str, str | None]) -> str | None:
    """The role of the one speaker with a role whose full name ends in this one word.

    "Ada Mayor, a scholar at Kessel," then '"...," Mayor said': the family name alone is
    hers, though the text gives no role where it writes it (a family name that is also a
    title, "Mayor"), unless the role is a relation ("Ivo Ode's wife" is another Ode).
    """
    if " " in speaker:
        return None
    found = {r for s, r in roles.items() if r and " " in s and s.rsplit(" ", 1)[1] == speaker}
    role = found.pop() if len(found) == 1 else None
    head = role.split()[-1].lower() if role else ""
    return None if role is None or head in RELATIONS or head.rstrip("s") in RELATIONS else role


def _as_written(speaker: str, written: str) -> bool:
    """Whether the speaker is the words of the attribution, an opening "The" or "A" aside."""
    return speaker.lower() == " ".join(written.split()).lower()


def _apart(
    attribution: Attribution, mentions: Mentions, known: KnownNames, held: str = ""
) -> Attribution:
    """The attribution with its name and role kept apart (see :func:`apart`).

    A title the name opened with keeps the "former" written right before it: "said
    former CEO Ada Ode" is Ada Ode, the former CEO, not the CEO.
    """
    speaker, role = apart(attribution, mentions, known)
    whole = attribution.speaker or ""
    if held and role and whole.startswith(role) and not role.lower().startswith(held.lower()):
        role = f"{held} {role}"
    return attrs.evolve(attribution, speaker=speaker, role=role)


def _held_before(text: str, start: int) -> str:
    """The "former" (as written) right before text[start:] after a space, or ""."""
    before = text[max(0, start - 8) : start]
    word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    near = before.endswith(" ") and not before[:-1].endswith(" ")
    return word if near and word.lower() in HELD else ""


def _past_titles(
    text: str, spans: Sequence[QuoteSpan], n: int, end: int, hi: int
) -> tuple[str, int]:
    """The text the attribution after quote n is read in, and where that reading stops.

    A title in quotation marks after the quote, in its sentence, is no quote of its
    own ('"...," Ada Ode, director of "Tidewater," said'): its marks are read as spaces,
    and the reading goes on to the next quote or the sentence's end.
    """
    k = n + 1
    while k < min(len(spans), n + 1 + _TERMS) and spans[k].close <= end and _title(text, spans[k]):
        k += 1
    if k == n + 1:
        return text, hi
    pieces, at = [], 0
    for span in spans[n + 1 : k]:
        pieces += [
            text[at : span.open],
            " " * (span.start - span.open),
            text[span.start : span.end],
        ]
        pieces.append(" " * (span.close - span.end))
        at = span.close
    pieces.append(text[at:])
    return "".join(pieces), min(end, spans[k].open if k < len(spans) else len(text))


def _passed(text: str, span: QuoteSpan, words: str) -> bool:
    """Whether a quote before another in its sentence may be read past for its speaker.

    A title ("a song like "Low Tide"", unless the quote after it is one too) or a short
    term in lower case ('numbers "stayed high" and that crews did an "..."').
    """
    term = text[span.start].islower() and len(text[span.start : span.end].split()) < 4
    return term or (_title(text, span) and not titled(words))


def _lead_past_terms(
    text: str,
    span: QuoteSpan,
    lo: int,
    known: KnownNames,
    opens: int,
    terms: Sequence[QuoteSpan] = (),
) -> tuple[Said | None, bool]:
    """The speaker before a quote, read past short terms quoted before it in its sentence.

    'Ada Ode insisted ferry numbers "stayed high" and that the crews did an "...":
    Ode's, when nothing nearer names a speaker and no speech verb follows the quote;
    only a person or "he" or "she", not a body ("Kessel insists ... "..." he said").
    The marks of the ``terms`` read past are read as spaces: 'Ada Ode, who pledged "no
    action" on it, said the plan "..."' is Ode's, the term inside the clause set off.
    """
    view = text
    if terms:
        pieces, at = [], lo
        for term in terms:
            pieces += [text[at : term.open], " " * (term.start - term.open)]
            pieces += [text[term.start : term.end], " " * (term.close - term.end)]
            at = term.close
        view = text[:lo] + "".join(pieces) + text[at:]
    who, near = lead(view, lo, span.open, ends_clause(text, span), known, opens=opens)
    if who is None or not (who.pronoun or (who.speaker and is_person(who.speaker))):
        return None, False
    return who, near


def _title(text: str, span: QuoteSpan) -> bool:
    """Whether a quote is a title or a name written as one ("Low Tide Blues", "Tidewater")."""
    words = text[span.start : span.end].rstrip(",.")
    return (titled(words) or words.isalpha()) and not text[span.start].islower()


def _opens(text: str, span: QuoteSpan, sentence: Sentence) -> bool:
    """Whether the quote opens its sentence (nothing but spaces before its mark)."""
    return not text[sentence.start : span.open].strip()
