"""The set's sentences as the claim stages read them: vectors, scores, groups and sources by row."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set

import attrs
import numpy as np
from scipy import sparse

from ..records import Article, Disagreement, Quote, Sentence
from ..text import (
    lacks_a_verb,
    leans_on_context,
    leans_within_quote,
    names_before,
    opening_pronoun,
    opens_on_pronoun,
    pointing_noun,
    speaker_left_out,
    stands_alone,
    subject_points_back,
    told_whole,
    unnamed_subject,
)
from ._claim import RankedClaim, make_claim
from ._deeds import same_deed
from ._quoted import same_quotes
from ._restate import OPENING_SHARE, OPENINGS, restated_groups, same_event
from ._similarity import SimilarityGraph
from ._stating import TermKinds, stating_rows
from ._verify import GROUPED, RESTATING, STATING, SupportVerifier, verified

__all__ = ["SentenceSet"]


@attrs.frozen(eq=False)
class SentenceSet:
    """Every content sentence of a set, by row, with what the claim stages know of it.

    Row ``i`` is ``sentences[i]`` everywhere: in ``matrix``, ``terms``, ``scores``
    and the groups. Build it with :meth:`of`.

    Attributes:
        sentences: The set's content sentences, grouped by article in input order.
        matrix: Their L2-normalised TF-IDF rows.
        terms: The analysed terms of each sentence (stems, stop words out).
        scores: The ranker's score of each sentence.
        graph: The set's similarity graph, complete from ``similarity`` up.
        similarity: The similarity at which sentences of two articles state one claim.
        groups: Rows that state the same claim, each group sorted.
        source_of: Article id -> source.
        quotes: Article id -> the article's quotes, in text order.
        numbers: Each row's source, numbered from 0 in order of first appearance.
        rows_of: Article id -> its rows, in order.
        group_of: Row -> the group it belongs to.
        group_index: Row -> the index of its group in ``groups``.
        restated: For each group, the groups that restate it, the most alike
            first (:func:`~summarize.claims._restate.restated_groups`).
        support: Row -> the number of distinct sources of its group.
        lengths: Row -> its word count.
        alone: Row -> whether its sentence stands alone as a statement, not a
            fragment, headline or caption (:func:`~summarize.text.stands_alone`), nor
            words whose speaker the article does not name (see ``_alone_each``).
        total_sources: Distinct sources of the set.
        term_ids: The number of every term of ``terms`` in turn, in order of first
            use (the vectoriser's ``term_ids_``), or None when not known.
        named_terms: The terms a sentence writes only as parts of names (the
            vectoriser's :meth:`~summarize.text.SentenceVectorizer.named_terms`), or
            None: then every member of a group supports its claim.
        kinds: What each column's term is (a name, a plain word, a figure), or None:
            with it, a merged claim also takes the sentences of other claims that
            state it (:func:`~summarize.claims._stating.stating_rows`).
        verifier: With ``kinds``, the check a merged claim's sentences must pass to
            support it (:class:`~summarize.claims._verify.SupportVerifier`), or None.
        events: Row -> the rows that report its event whatever their words (a version of
            a figure of a sure disagreement, the same quoted words, in English one doer's
            one deed: see ``of``); the verifier does not check them.
        language: The articles' language: in English, a merged line is shown by a
            sentence that reads right on its own where its support has one
            (:meth:`merged_claim`).
    """

    sentences: Sequence[Sentence]
    matrix: sparse.csr_matrix
    terms: Sequence[Sequence[str]]
    scores: np.ndarray
    graph: SimilarityGraph
    similarity: float
    groups: Sequence[Sequence[int]]
    source_of: Mapping[str, str]
    quotes: Mapping[str, Sequence[Quote]]
    numbers: Sequence[int]
    rows_of: Mapping[str, Sequence[int]]
    group_of: Mapping[int, Sequence[int]]
    group_index: Sequence[int]
    restated: Sequence[Sequence[int]]
    support: Sequence[int]
    lengths: Sequence[int]
    alone: Sequence[bool]
    total_sources: int
    term_ids: np.ndarray | None = None
    named_terms: Callable[[str], Set[str]] | None = None
    kinds: TermKinds | None = None
    verifier: SupportVerifier | None = None
    events: Mapping[int, Set[int]] = attrs.field(factory=dict)
    language: str = "english"

    @classmethod
    def of(
        cls,
        articles: Sequence[Article],
        sentences: Sequence[Sentence],
        *,
        matrix: sparse.csr_matrix,
        terms: Sequence[Sequence[str]],
        scores: np.ndarray,
        graph: SimilarityGraph,
        similarity: float,
        groups: Sequence[Sequence[int]],
        quotes: Mapping[str, Sequence[Quote]],
        term_ids: np.ndarray | None = None,
        names: np.ndarray | None = None,
        figures: np.ndarray | None = None,
        frame: np.ndarray | None = None,
        disagreements: Sequence[Disagreement] = (),
        named_terms: Callable[[str], Set[str]] | None = None,
        vocabulary: Mapping[str, int] | None = None,
        language: str = "english",
        verifier: SupportVerifier | None = None,
    ) -> SentenceSet:
        """Gather a set's sentences and what the earlier stages found, and index them by row.

        ``names`` and ``figures`` are the vectoriser's name and figure columns
        (``name_terms_``, ``figure_terms_``): with them, openings that share figures
        restate from less (:func:`~summarize.claims._restate.restated_groups`). With its
        ``frame_terms_``, ``vocabulary_`` and ``named_terms`` too, a merged claim takes
        the sentences of other claims that state it (:meth:`merged_claim`), and with a
        ``verifier`` too, only the sentences that pass its check support it. The
        sentences of the versions of a sure disagreement in ``disagreements`` report one
        event whatever their words, and two sentences that hold the same quoted words
        one statement, and, in English (``language``), two openings with one doer doing
        one deed one event: their groups restate each other
        (:func:`~summarize.claims._restate.same_event`,
        :func:`~summarize.claims._quoted.same_quotes`,
        :func:`~summarize.claims._deeds.same_deed`).
        """
        source_of = {article.id: article.source for article in articles}
        rows_of: dict[str, list[int]] = {article.id: [] for article in articles}
        for row, sentence in enumerate(sentences):
            rows_of[sentence.article].append(row)
        number_of = {source: i for i, source in enumerate(dict.fromkeys(source_of.values()))}
        support = [0] * len(sentences)
        group_index = [0] * len(sentences)
        for index, group in enumerate(groups):
            count = len({source_of[sentences[row].article] for row in group})
            for row in group:
                support[row] = count
                group_index[row] = index
        alone = _alone_each(sentences, rows_of, quotes)
        numbers = [number_of[source_of[s.article]] for s in sentences]
        openings = {
            article: [row for row in rows if alone[row]][:OPENINGS]
            for article, rows in rows_of.items()
        }
        deeds = (
            same_deed(sentences, openings, numbers, matrix, similarity=similarity)
            if language == "english"
            else []
        )
        events = [*same_event(sentences, disagreements), *same_quotes(sentences, quotes), *deeds]
        restated = restated_groups(
            groups,
            openings,
            matrix,
            numbers,
            similarity=OPENING_SHARE * similarity,
            copies=graph.node,
            names=names,
            figures=figures,
            same_event=events,
        )
        return cls(
            sentences=sentences,
            matrix=matrix,
            terms=terms,
            scores=scores,
            graph=graph,
            similarity=similarity,
            groups=groups,
            source_of=source_of,
            quotes=quotes,
            numbers=numbers,
            rows_of=rows_of,
            group_of={row: group for group in groups for row in group},
            group_index=group_index,
            restated=restated,
            support=support,
            lengths=[s.words for s in sentences],
            alone=alone,
            total_sources=len(set(source_of.values())),
            term_ids=term_ids,
            named_terms=named_terms,
            kinds=_kinds(vocabulary, names, figures, frame, named_terms),
            verifier=verifier,
            events=_pairs_by_row(events),
            language=language,
        )

    def claim(self, row: int, rows: Sequence[int] | None = None) -> RankedClaim:
        """The claim of ``rows`` (by default ``row``'s group), shown by ``row``'s sentence.

        A member of the group that shares with the shown sentence only words both write
        as parts of names ("the Kessel Harbour Board" in a fare rise and in a strike)
        does not support it (:meth:`supporting`).
        """
        return make_claim(
            self.supporting(row) if rows is None else rows,
            row,
            self.sentences,
            self.scores,
            self.source_of,
            total_sources=self.total_sources,
            quotes=self.quotes,
        )

    def merged_claims(
        self, rows: Sequence[int], *, restated: bool, keep: int, words: int | None
    ) -> list[RankedClaim]:
        """The merged summary's lines shown by ``rows`` (see :meth:`merged_claim`).

        With a budget of ``words``, a line is shown in other words (a sentence that reads
        right on its own in place of one that leans back) only as far as the words the
        picks left over allow. With ``restated``, a line whose shown sentence supports a
        line before it, or which lists that line's shown sentence among its support, says
        that line's fact again: it is left out (the sentences checked as stating a line's
        fact are what tells that both state one fact; their words may differ).
        """
        spare = None if words is None else words - sum(self.lengths[row] for row in rows)
        lines: list[RankedClaim] = []
        held: set[int] = set()  # the rows of the lines so far
        for row in rows:
            longest = None if spare is None else self.lengths[row] + max(spare, 0)
            line = self.merged_claim(row, restated=restated, keep=keep, longest=longest)
            if restated and (line.row in held or any(other.row in line.rows for other in lines)):
                if spare is not None:
                    spare += self.lengths[row]
                continue
            if self.unresolved(line.row, [other.row for other in lines]):
                line = self._told_whole(line, held, longest)
            if spare is not None:
                spare -= self.lengths[line.row] - self.lengths[row]
            lines.append(line)
            held.update(line.rows)
        return lines

    def merged_claim(
        self, row: int, *, restated: bool = True, keep: int = 1, longest: int | None = None
    ) -> RankedClaim:
        """The claim of ``row``'s group as the merged summary shows it, with all its sources.

        With ``restated``, for each article the group lacks, the sentence of the most
        alike restating group that has one joins the support: the merged summary shows
        one of two claims that give one fact, and counts the sources of both. For an
        article the group holds (other than the shown sentence's), a restating group's
        sentence takes the place of the group's own when it is more alike to the shown
        one: the sentence that states the fact best supports it.

        With the set's verifier, a sentence it doubts leaves the line, keeping ``keep``
        distinct sources (:func:`~summarize.claims._verify.verified`), unless it reports
        the shown one's event whatever its words (``events``). Then each article
        still lacking lends the sentence that states the claim although grouping put it
        in another claim, if it has one and the verifier passes it
        (:func:`~summarize.claims._stating.stating_rows`).

        In English, a shown sentence whose subject points back to its article ("It also
        fined her.", "But he said the pier would close.", "Instead, it ...", "The woman
        said ...": :func:`~summarize.text.subject_points_back`) gives its place to the
        supporting sentence most alike to it that stands alone, whose subject does not
        point back and that reads right on its own (:func:`~summarize.text.leans_on_context`),
        when the line has one (of ``longest`` words at most, if given): the line keeps its
        support and sources.
        """
        index = self.group_index[row]
        rows = self.supporting(row)
        how = dict.fromkeys(rows, GROUPED)
        place = {self.sentences[member].article: k for k, member in enumerate(rows)}
        shown = self.sentences[row].article
        for other in self.restated[index] if restated else ():
            for member in self.groups[other]:
                article = self.sentences[member].article
                if article not in place:
                    place[article] = len(rows)
                    rows.append(member)
                    how[member] = RESTATING
                elif article != shown and self._closer(row, member, rows[place[article]]):
                    rows[place[article]] = member
                    how[member] = RESTATING
        if self.kinds is None:
            return self.claim(self._readable(row, rows, longest), rows)
        check = self.verifier
        if check is not None:
            sure = self.events.get(row, frozenset())
            rows = verified(self, row, rows, how, check, keep=keep, sure=sure)
        stating = stating_rows(
            row,
            {self.sentences[member].article for member in rows},
            sentences=self.sentences,
            terms=self.terms,
            matrix=self.matrix,
            graph=self.graph,
            similarity=self.similarity,
            alone=self.alone,
            kinds=self.kinds,
        )
        if check is not None:
            how.update(dict.fromkeys(stating, STATING))
            stating = verified(self, row, stating, how, check)
        rows = rows + stating
        return self.claim(self._readable(row, rows, longest), rows)

    def quote_piece(self, row: int) -> bool:
        """Whether ``row``'s sentence, in English, is a piece of a quotation cut from its start.

        A quotation over several sentences is split with them; a piece that goes on
        from the rest ('But we kept them running," she said.', 'They left the gate
        open," said Ada Ode.') reads wrongly away from it
        (:func:`~summarize.text.leans_within_quote`). In other languages none is known.
        """
        return self.language == "english" and leans_within_quote(self.sentences[row].text)

    def _readable(self, row: int, rows: Sequence[int], longest: int | None) -> int:
        """``row``, or in English the row of ``rows`` to show in its place when it points back.

        The one most alike to ``row`` (cosine) of those that stand alone, pass the test
        ``row`` failed, do not lean on their article and hold ``longest`` words at most;
        ``row`` when none does or its subject names what it speaks of. For a shown
        sentence that opens on a pronoun ("He was 14 ..."), one whose subject is called by
        a role or that opens on what came before ("The victim ...", "Instead, the school
        ...") says more, and takes its place when no other does.
        """
        text = self.sentences[row].text
        if self.language != "english" or not subject_points_back(text):
            return row
        fits = [
            member
            for member in rows
            if member != row
            and self.alone[member]
            and (longest is None or self.lengths[member] <= longest)
            and not leans_on_context(self.sentences[member].text)
        ]
        readable = [
            member for member in fits if not subject_points_back(self.sentences[member].text)
        ]
        if not readable and opens_on_pronoun(text):
            readable = fits
        if not readable:
            return row
        alike = self.matrix[readable] @ self.matrix[row].T
        return readable[int(np.argmax(alike.toarray().ravel()))]

    def unresolved(self, row: int, before: Sequence[int]) -> bool:
        """Whether ``row``'s sentence, shown after the rows ``before``, leaves out its subject.

        Its speaker is not in it (a piece of a quotation, '"We will rebuild the pier.', a
        sentence inside one with no mark of its own, or "I" and "we" outside quotation
        marks: :func:`~summarize.text.speaker_left_out`),
        and the line right before (the last of ``before``) is not one of the
        :data:`_GOES_ON` sentences of its article on either side of it (where the
        speaker's words go on, or the speaker is named); or
        its subject is "the" and a word that stands for a thing named elsewhere ("The
        move ...", "The Kessel senator ...": :func:`~summarize.text.pointing_noun`) that
        no row of ``before`` writes (:func:`~summarize.text.names_before`). In other
        languages, never.
        """
        if self.language != "english":
            return False
        text = self.sentences[row].text
        if speaker_left_out(text) or self._amid_quote(row):
            last = before[-1] if before else None
            return not (
                last is not None
                and abs(row - last) <= _GOES_ON
                and self.sentences[last].article == self.sentences[row].article
            )
        noun = pointing_noun(text)
        return noun is not None and not names_before(
            noun, [self.sentences[other].text for other in before]
        )

    def _amid_quote(self, row: int) -> bool:
        """Whether ``row``'s sentence lies inside a quotation opened and closed in others.

        A middle sentence of someone's words over three sentences or more carries no
        quotation mark ('... the crews said. "We sailed at dawn. Tolls rise in May. We will
        be back."'): "Tolls rise in May." is the speaker's, who is named elsewhere.
        """
        sentence = self.sentences[row]
        if _MARKS.search(sentence.text):
            return False
        return any(
            quote.start < sentence.start and sentence.end <= quote.end + 1
            for quote in self.quotes.get(sentence.article, ())
        )

    def _told_whole(self, line: RankedClaim, held: Set[int], longest: int | None) -> RankedClaim:
        """``line``, shown by a sentence of another of its sources that reads whole, if one does.

        Of the line's sentences from another source than the shown one's (two sources at
        least), none held by a line before, of ``longest`` words at most if given, the one
        most alike to the shown sentence that stands alone as written (its speaker named in
        it: :func:`~summarize.text.stands_alone`), whose subject names what it is
        (:func:`~summarize.text.leans_on_context`,
        :func:`~summarize.text.subject_points_back`; no "the" and plain words:
        :func:`~summarize.text.unnamed_subject`), that has a verb and that is alike to it at
        the claim similarity or more (so that it states the same fact); the line keeps its
        support and sources.
        """
        row = line.row
        source = self.source_of[self.sentences[row].article]
        others = [
            member
            for member in line.rows
            if self.source_of[self.sentences[member].article] != source
            and member not in held
            and (longest is None or self.lengths[member] <= longest)
            and _whole(self.sentences[member].text)
            and not self._amid_quote(member)
        ]
        if not others:
            return line
        alike = (self.matrix[others] @ self.matrix[row].T).toarray().ravel()
        best = int(np.argmax(alike))
        if alike[best] < self.similarity:
            return line
        return self.claim(others[best], line.rows)

    def part_claim(self, row: int, left: Set[int]) -> RankedClaim:
        """The claim ``row`` shows among ``left``: sentences of its group no line holds.

        The rows of ``left`` that support it as :meth:`supporting` reads them and, with the
        set's verifier, pass its check (one of each article, as in a group) join it.
        """
        rows = [member for member in self.supporting(row) if member == row or member in left]
        if self.verifier is not None and self.kinds is not None:
            rows = verified(self, row, rows, dict.fromkeys(rows, GROUPED), self.verifier)
        return self.claim(row, rows)

    def supporting(self, row: int) -> list[int]:
        """The rows of ``row``'s group that support the claim ``row``'s sentence shows.

        Grouping links two sentences that share a word other than a name (see
        :func:`~summarize.claims.group_claims`), a name being a word the set writes only
        capitalised. A word the set also writes in lower case may still be part of a
        name in both sentences ("Board" in "the Kessel Harbour Board"): a member whose
        only words in common with the shown sentence are such, by each sentence's own
        capitals, shares a topic, not the claim, and is left out, unless it has no other
        words ("This is not the Harbour Board." said twice). So are the members that share
        no term with it (a group links them through other members).
        """
        group = self.group_of[row]
        if self.named_terms is None or len(group) == 1:
            return list(group)
        shown = self.sentences[row].text
        terms = set(self.terms[row])
        named = None  # the shown sentence's, read once when needed
        kept = []
        for member in group:
            shared = terms.intersection(self.terms[member])
            if member != row and shared and shared != terms | set(self.terms[member]):
                named = self.named_terms(shown) if named is None else named
                shared = shared - (named & self.named_terms(self.sentences[member].text))
            if shared or member == row:
                kept.append(member)
        return kept

    def _closer(self, row: int, one: int, other: int) -> bool:
        """Whether row ``one`` is more alike to ``row`` than row ``other`` is (cosine)."""
        shown = self.matrix[row]
        alike = shown.multiply(self.matrix[one]).sum()
        return bool(alike > shown.multiply(self.matrix[other]).sum())


def _whole(text: str) -> bool:
    """Whether ``text`` reads right on its own, its subject and speaker named in it."""
    return (
        told_whole(text)
        and not leans_on_context(text)
        and not subject_points_back(text)
        and unnamed_subject(text) is None
        and not lacks_a_verb(text)
    )


def _pairs_by_row(pairs: Sequence[tuple[int, int]]) -> dict[int, set[int]]:
    """Row -> the rows it is paired with, either way round."""
    paired: dict[int, set[int]] = {}
    for one, two in pairs:
        paired.setdefault(one, set()).add(two)
        paired.setdefault(two, set()).add(one)
    return paired


def _kinds(
    vocabulary: Mapping[str, int] | None,
    names: np.ndarray | None,
    figures: np.ndarray | None,
    frame: np.ndarray | None,
    named_terms: Callable[[str], Set[str]] | None,
) -> TermKinds | None:
    """What each column's term is, or None when the vectoriser did not say all of it."""
    if vocabulary is None or names is None or figures is None or frame is None:
        return None
    if named_terms is None:
        return None
    return TermKinds.of(
        vocabulary, names=names, frame=frame, figures=figures, named_terms=named_terms
    )


#: Most sentences between a line and the one right before it, of the same article, that
#: give one speaker's words: a quotation over several sentences names its speaker once.
_GOES_ON = 2

# A double quotation mark.
_MARKS = re.compile('["\u201c\u201d]')

#: Pronouns for a thing or a group, which a quotation's earlier words name.
_THINGS = frozenset({"it", "its", "they", "them", "their", "theirs"})


def _alone_each(
    sentences: Sequence[Sentence],
    rows_of: Mapping[str, Sequence[int]],
    quotes: Mapping[str, Sequence[Quote]],
) -> list[bool]:
    """Whether each sentence stands alone as a claim, with what the article's quotes tell.

    Someone's words stand alone only when the digest can say whose they are: a
    sentence that lies within a quote whose speaker is unknown does not, and one
    piece of a quotation over several sentences does when its speaker is known, unless
    it opens inside a quotation begun before it on a pronoun for a thing ('Well, it means
    they were ...," she said.': :func:`~summarize.text.opening_pronoun`), whose referent
    the quotation's earlier words hold; "he" or "she" is most often the story's person
    ('She did not mislead anyone," her lawyer said.').
    Each quote is met with the sentences it overlaps only.

    They are found by bisection in the article's sentences, which follow one another
    in the text (every sentence is tried when they do not), not among all of them.
    """
    spoken = [False] * len(sentences)  # in a quote whose speaker is known
    within = [False] * len(sentences)  # all of it someone's words, but for the marks
    inside = [False] * len(sentences)  # it opens inside a quote that opened before it
    for article, rows in rows_of.items():
        said = quotes.get(article, ())
        if not said:
            continue
        starts = [sentences[row].start for row in rows]
        ends = [sentences[row].end for row in rows]
        ordered = all(a <= b for a, b in itertools.pairwise(starts)) and all(
            a <= b for a, b in itertools.pairwise(ends)
        )
        for quote in said:
            low = bisect.bisect_right(ends, quote.start) if ordered else 0
            high = bisect.bisect_left(starts, quote.end) if ordered else len(rows)
            for row in rows[low:high]:
                sentence = sentences[row]
                if not (quote.start < sentence.end and sentence.start < quote.end):
                    continue
                spoken[row] = spoken[row] or quote.speaker is not None
                within[row] = within[row] or (
                    quote.start - 1 <= sentence.start and sentence.end <= quote.end + 2
                )
                inside[row] = inside[row] or quote.start < sentence.start
    return [
        stands_alone(sentence.text, attributed=spoken[row])
        and not (inside[row] and opening_pronoun(sentence.text) in _THINGS)
        if spoken[row] or not within[row]
        else False
        for row, sentence in enumerate(sentences)
    ]
