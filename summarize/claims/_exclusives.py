"""Exclusives: each article's claims that no other source makes, picked by the selector."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from ..records import Article, Exclusive, Sentence
from ..text import (
    by_role,
    glued_heading,
    labelled_scene,
    lacks_a_verb,
    leans_on_context,
    leans_within_quote,
    lists_things,
    opens_on_before,
    pronoun_after_opening,
    speaker_unnamed,
    sponsored,
    told_whole,
    unnamed_subject,
)
from ._same_count import same_count
from ._same_figure import ROUNDED, same_figure
from ._same_forecast import Forecasts
from ._similarity import SimilarityGraph
from ._told_elsewhere import NEAR_CLAIM, near_a_claim, news_of_its_own
from ._topic import Topic

if TYPE_CHECKING:
    from ._set import SentenceSet
    from .select import Selector

__all__ = [
    "NEAR",
    "NEAR_CLAIM",
    "NEAR_FIGURE",
    "ROUNDED",
    "SUBSTANCE",
    "echoed",
    "exclusive_claims",
    "near_paraphrased",
    "same_figure",
]


#: A sentence with another source's sentence at this share of the claim similarity or
#: more is a near paraphrase of it, and so no exclusive (half: 0.15 at the default 0.3).
NEAR = 0.5

#: A sentence that gives a figure another source's sentence gives, at this share of the
#: claim similarity or more, tells the same fact in other words (0.105 at the default 0.3).
NEAR_FIGURE = 0.35

#: Rounds of picking again in place of picks found to be near paraphrases.
_ROUNDS = 4

#: Fewest terms (stems, stop words out; two names at most counted among them) of a
#: sentence that makes a claim of its own: "Interior of the church." or '"I am ready,"
#: she said.' holds fewer, and read away from its article tells nothing one source found out.
SUBSTANCE = 3

# Quotation marks: quoted words are someone's own, though other sources write each word.
_QUOTES = re.compile('["\u201c\u201d]')

# Names counted towards it: a sentence of names and one verb ("Ada Ode met Bo Li in Kessel.")
# is a caption or a line of a list; a sentence's opening word, which the set may write
# capitalised only, counts as a name ("Fares rise in June.").
_NAMES_COUNTED = 2


def exclusive_claims(
    sentences: SentenceSet,
    articles: Sequence[Article],
    selector: Selector,
    *,
    count: int,
    redundancy: float,
    told_elsewhere: Collection[Sentence] = (),
    merged: Sequence[Sentence] = (),
    language: str = "english",
    names: np.ndarray | None = None,
    vocabulary: Mapping[str, int] | None = None,
    analyze: Callable[[str], Sequence[str]] | None = None,
    titles: Sequence[str] = (),
) -> tuple[Exclusive, ...]:
    """Each article's best claims, at most ``count``, among those no other source says the like of.

    A candidate is a sentence whose claim has one source, that no sentence of another
    source echoes (:func:`echoed`), that stands alone (a fragment or a headline is no
    claim of its own) and that is not among ``told_elsewhere``: the sentences that
    give a figure another source gives for the same thing (the versions of a
    disagreement, sure or not: the height of a strike two sources give differently
    is no source's own news). Read in English, a candidate must also read right on
    its own, away from its article (:func:`~summarize.text.leans_on_context`): no
    "He" or "The two officials" with nobody named, no writer's "I" or "you", and no
    piece of a longer quotation that goes on from the rest of it ('But we kept them
    running," she said.': :func:`~summarize.text.leans_within_quote`). Given
    the vectoriser's name columns (``names``), a candidate also holds at least
    :data:`SUBSTANCE` terms, two names at most counted among them: a caption
    ("Interior of the church.") or a line of talk ('"I am ready," she said.') is no
    one's news; and unless it quotes someone, it writes a word, names aside, that no
    other source writes: one all of whose words other sources write tells what they
    tell, in other words. The selector picks among each article's candidates as it picks a
    per-source summary.
    A pick is then held to a looser test than grouping: a sentence of another source
    at :data:`NEAR` times the claim similarity or more (:func:`near_paraphrased`), the
    sum of a claim's sentences of two other sources or more at that share (not under
    :data:`NEAR_CLAIM`: together they write more of the words another source may use
    for their claim), or one at :data:`NEAR_FIGURE` times it that gives the same figure
    (:func:`same_figure`: "fares went up 4.7%" beside "riders pay 4.7% more", or "more
    than 1 million riders" beside "943,000 riders", one count rounded), makes
    it no exclusive, and so does, in English, one at :data:`NEAR_FIGURE` times it that
    gives a small count of the same thing (``_same_count``: "three ferries" beside "3
    ferries", "the 45-year-old" beside "Ada Ode, 45,", "unanimously" beside "9-0") or
    a forecast another source gives from another survey (``_same_forecast``: "economists
    looked for 720,000 hires" beside "the roughly 700,000 that forecasters expected",
    "more workers than expected" beside "more than economists had expected"),
    a subject of "the" and plain words that
    names nothing ("The vote was 9 to 2.", "The move drew praise from Kessel's mayor.":
    :func:`~summarize.text.unnamed_subject`), unless its words are the set's topic
    (given the ``vocabulary``, ``analyze`` and ``titles``: a word of a title, or one of
    the words most of the set's sources write most; see ``_topic``; never a person called
    by a role, "The official said ...": :func:`~summarize.text.by_role`), or an opening on
    what came before ("By contrast, ...": :func:`~summarize.text.opens_on_before`, read
    on the picks only), a page's heading glued to a teaser ("Editor's Picks Ada Ode, ...":
    :func:`~summarize.text.glued_heading`),
    a subject "he", "she" or "they" after an opening that names nobody
    (:func:`~summarize.text.pronoun_after_opening`), or words given to "she" or "they"
    that no quote of the claim names (:func:`~summarize.text.speaker_unnamed`), or no
    verb (a caption, a blurb, a line of a list: :func:`~summarize.text.lacks_a_verb`), or
    a list of things and no verb ("Rusty cranes, slow ferries, a crowded pier.":
    :func:`~summarize.text.lists_things`, which reads a plural as a noun where
    :func:`~summarize.text.lacks_a_verb` reads it as a verb), or a live page's note of
    names doing something, with no verb ("Latest: Ada Ode and Ivo Brandt talking about
    ferries.": :func:`~summarize.text.labelled_scene`), or an advertiser's words (a
    paragraph that opens "A message from ...:": :func:`~summarize.text.sponsored`); the
    selector picks again without it. So it does, in English, without a pick that, read
    right after the line the digest shows before it (the last of ``merged`` or the
    exclusive before), leaves out what it speaks of: words whose speaker it does not
    name (a piece of a quotation, '"We will rebuild the pier.'), unless that line is the
    sentence before it in its article, or a subject such as "The move ..." or "The
    Kessel senator ..." that the line before does not name
    (:meth:`~summarize.claims.SentenceSet.unresolved`); in that article's place, only a
    sentence that reads whole as written (:func:`~summarize.text.told_whole`) stands in.
    Last, a pick among ``merged`` (the sentences the merged summary shows, in its order)
    is left out
    and not replaced: its line already names its one source, and listed again one fact
    would take two places in the digest; a candidate the selector ranked lower is no
    exclusive worth its place (read on the dev digests, 9 of 20 such stand-ins were right).
    An article with fewer good candidates than ``count`` lists fewer; articles with
    none are left out; ``count=0`` gives none, and so does a set of one source: with
    no other source, no claim is one's alone.
    """
    if not count or len(set(sentences.numbers)) < 2:
        return ()
    heard = echoed(sentences.graph, sentences.similarity, sentences.numbers)
    elsewhere = {(s.article, s.start) for s in told_elsewhere}
    on_show = {(s.article, s.start) for s in merged}
    own = language == "english"  # the words that point back are known in English only
    weighty = _substance(sentences.matrix, names)
    novel = news_of_its_own(sentences.matrix, sentences.numbers, names)
    texts = [sentence.text for sentence in sentences.sentences]
    pages = {article.id: article.text for article in articles}
    candidates = [
        [
            row
            for row in sentences.rows_of[a.id]
            if sentences.support[row] == 1
            and not heard[row]
            and sentences.alone[row]
            and weighty[row]
            and (novel[row] or _QUOTES.search(sentences.sentences[row].text) is not None)
            and (a.id, sentences.sentences[row].start) not in elsewhere
            and not (own and (leans_on_context(texts[row]) or leans_within_quote(texts[row])))
        ]
        for a in articles
    ]
    near: set[int] = set()
    tested: set[int] = set()
    strict: set[int] = set()  # articles (by number) that lost a pick that left out its subject
    shown_before = _rows_of(sentences, merged)
    forecasts: Forecasts | None = None
    columns = sparse.csr_matrix(sentences.matrix.T)  # as each product reads it: made once
    topic = (
        Topic(columns, sentences.numbers, vocabulary, analyze, names, titles)
        if own and vocabulary is not None and analyze is not None and names is not None
        else None
    )
    for _ in range(_ROUNDS):
        lists = [[row for row in rows if row not in near] for rows in candidates]
        picked = selector.choose_each(sentences, lists, count=count, redundancy=redundancy)
        new = sorted({row for rows in picked for row in rows} - tested)
        found = near_paraphrased(
            sentences.matrix,
            sentences.numbers,
            new,
            similarity=NEAR * sentences.similarity,
            columns=columns,
        )
        found |= near_a_claim(
            sentences,
            [row for row in new if row not in found],  # refused already: no need to sum
            similarity=max(NEAR * sentences.similarity, NEAR_CLAIM),
            columns=columns,
        )
        found |= same_figure(
            texts,
            sentences.matrix,
            sentences.numbers,
            new,
            similarity=NEAR_FIGURE * sentences.similarity,
            columns=columns,
        )
        if own:  # read on the picks only: a few sentences, not every candidate
            found |= same_count(
                texts,
                sentences.matrix,
                sentences.numbers,
                [row for row in new if row not in found],
                similarity=NEAR_FIGURE * sentences.similarity,
                columns=columns,
            )
            if forecasts is None:  # read once, on the first round's picks
                forecasts = Forecasts(texts, sentences.numbers)
            found |= forecasts.told([row for row in new if row not in found])
            found |= {
                row
                for row in new
                if row not in found  # refused already: no need to read it
                and (
                    _leans_back(texts[row], topic)
                    or _unnamed(sentences, row)
                    or lacks_a_verb(texts[row])
                    or glued_heading(texts[row])
                    or lists_things(texts[row])
                    or labelled_scene(texts[row])
                    or _sponsored(sentences.sentences[row], pages)
                )
            }
            found |= _left_out(sentences, picked, new, found, near, shown_before, on_show, strict)
        tested.update(new)
        if not found:
            break
        near |= found
    return tuple(
        Exclusive(
            source=article.source,
            article=article.id,
            claims=tuple(sentences.claim(row).claim for row in shown),
        )
        for article, rows in zip(articles, picked, strict=True)
        if (
            shown := [
                row for row in rows if row not in near and _key(sentences, row) not in on_show
            ]
        )
    )


def _rows_of(sentences: SentenceSet, shown: Collection[Sentence]) -> list[int]:
    """The rows of the ``shown`` sentences, in their order (any the set lacks left out)."""
    row_of = {_key(sentences, row): row for row in range(len(sentences.sentences))}
    keys = [(sentence.article, sentence.start) for sentence in shown]
    return [row_of[key] for key in keys if key in row_of]


def _left_out(
    sentences: SentenceSet,
    picked: Sequence[Sequence[int]],
    new: Collection[int],
    found: Collection[int],
    near: Collection[int],
    merged: Sequence[int],
    on_show: Collection[tuple[str, int]],
    strict: set[int],
) -> set[int]:
    """The ``new`` picks that leave out what they speak of, read in the digest's order.

    Each pick is read after the line the digest shows right before it: the last merged
    line (``merged``, in the digest's order) for the first article's first exclusive,
    else the exclusive before it (:meth:`~summarize.claims.SentenceSet.unresolved`: a
    speaker not named, "The move ..." with no move named right before). An article that
    lost a pick so (its number added to ``strict``) takes in its place only a sentence
    that reads whole as written, its speaker named in it
    (:func:`~summarize.text.told_whole`).
    The picks ``found`` or in ``near`` already are refused, and those ``on_show`` (merged
    lines already) are not listed: neither is read as a line.
    """
    shown = list(merged[-1:])
    refused: set[int] = set()
    for number, rows in enumerate(picked):
        for row in rows:
            if row in near or row in found or _key(sentences, row) in on_show:
                continue
            if row in new:
                text = sentences.sentences[row].text
                if sentences.unresolved(row, shown[-1:]):
                    strict.add(number)
                    refused.add(row)
                    continue
                if number in strict and not told_whole(text):
                    refused.add(row)
                    continue
            shown.append(row)
    return refused


def _key(sentences: SentenceSet, row: int) -> tuple[str, int]:
    sentence = sentences.sentences[row]
    return sentence.article, sentence.start


def _leans_back(text: str, topic: Topic | None) -> bool:
    """Whether ``text`` speaks of a thing named before, and the set's topic does not name it.

    A subject of "the" and plain words (:func:`~summarize.text.unnamed_subject`) is the
    set's own when its words are the set's ``topic`` ("The lawsuit seeks ..." in a set
    about one lawsuit); with no topic known, it names nothing.
    """
    if opens_on_before(text) or pronoun_after_opening(text):
        return True  # "By contrast, ...", "After a long wait, she ...": who, what?
    subject = unnamed_subject(text)
    return subject is not None and (topic is None or by_role(subject) or not topic(subject))


def _sponsored(sentence: Sentence, pages: Mapping[str, str]) -> bool:
    """Whether ``sentence`` stands in a sponsor's paragraph of its article's page."""
    page = pages.get(sentence.article)
    return page is not None and sponsored(page, sentence.start)


def _unnamed(sentences: SentenceSet, row: int) -> bool:
    """Whether ``row`` gives its words to a pronoun that the digest knows no name for."""
    return speaker_unnamed(sentences.sentences[row].text) and not any(
        quote.speaker for quote in sentences.claim(row).claim.quotes
    )


def _substance(matrix: sparse.csr_matrix, names: np.ndarray | None) -> np.ndarray:
    """For each row, whether it holds :data:`SUBSTANCE` terms, two names at most among them.

    Without ``names`` (no name columns known), every row does.
    """
    if names is None:
        return np.ones(matrix.shape[0], dtype=bool)
    own = np.diff(sparse.csr_matrix(matrix[:, np.flatnonzero(~names)]).indptr)
    named = np.diff(sparse.csr_matrix(matrix[:, np.flatnonzero(names)]).indptr)
    return np.asarray(own + np.minimum(named, _NAMES_COUNTED) >= SUBSTANCE)


def near_paraphrased(
    matrix: sparse.csr_matrix,
    sources: Sequence[int],
    rows: Sequence[int],
    *,
    similarity: float,
    columns: sparse.csr_matrix | None = None,
) -> set[int]:
    """The ``rows`` that a row of another source resembles at ``similarity`` or more.

    Args:
        matrix: L2-normalised TF-IDF rows of the set.
        sources: The number of each row's source.
        rows: The rows to test.
        similarity: The cosine similarity from which two sentences are near paraphrases.
        columns: ``csr_matrix(matrix.T)``, when the caller has it (it takes as long
            to make as the product).

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0], [0.6, 0.8]]))
        >>> sorted(near_paraphrased(m, [0, 0, 1, 1], [0, 1, 2], similarity=0.5))
        [0, 1, 2]
        >>> sorted(near_paraphrased(m, [0, 0, 1, 1], [0, 1, 2], similarity=0.7))
        [1]
    """
    if not rows:
        return set()
    source = np.asarray(sources, dtype=np.int64)
    tested = np.asarray(rows, dtype=np.int64)
    product = sparse.csr_matrix(matrix[tested] @ (matrix.T if columns is None else columns))
    # Most of the product is weak: its rows are found for the entries at the similarity only.
    at = np.flatnonzero(product.data >= similarity)
    owner = np.searchsorted(product.indptr, at, side="right") - 1
    close = source[product.indices[at]] != source[tested[owner]]
    return set(tested[np.unique(owner[close])].tolist())


def echoed(graph: SimilarityGraph, similarity: float, sources: Sequence[int]) -> np.ndarray:
    """Tell, for each row, whether a sentence of another source says the same.

    A row is echoed when a row of another source is identical to it or linked
    to it at ``similarity`` or more. This is stricter than sharing a claim: a
    claim holds one sentence per article, so an article's second way of saying
    what other sources say is a claim of its own, yet no exclusive.

    Args:
        graph: The set's similarity graph, complete from ``similarity`` up.
        similarity: The claim similarity.
        sources: The number of each row's source.

    Example:
        >>> m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.6, 0.8]]))
        >>> graph = SimilarityGraph.build(m, threshold=0.5)
        >>> echoed(graph, 0.5, [0, 0, 1, 2]).tolist()
        [True, True, True, True]
        >>> echoed(graph, 0.9, [0, 1, 1, 2]).tolist()
        [True, True, False, False]
    """
    source = np.asarray(sources, dtype=np.int64)
    nodes = len(graph.first)
    present = sparse.csr_matrix(
        (np.ones(len(source)), (graph.node, source)), shape=(nodes, int(source.max()) + 1)
    )
    # A node's rows may repeat a source (summed into one entry): entries are counted, not read.
    heard = sparse.csr_matrix(graph.at_least(similarity) @ present + present)
    distinct = np.diff(heard.indptr)  # sources said by the node or a linked node
    return np.asarray(distinct[graph.node] > 1)
