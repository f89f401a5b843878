"""Plain references the tests compare the library's faster code with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from summarize import Quote, Sentence
from summarize.text import opening_pronoun, stands_alone


def alone(sentence: Sentence, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence stands alone as a claim, with what the article's quotes tell.

    Each quote is met with each sentence. Someone's words stand alone only when the
    digest can say whose they are: a sentence that lies within a quote whose speaker is
    unknown does not, and one piece of a quotation over several sentences does when
    its speaker is known, unless it opens on a pronoun for a thing inside a quotation begun
    before it.
    """
    inside = [q for q in quotes if q.start < sentence.end and sentence.start < q.end]
    spoken = any(q.speaker is not None for q in inside)
    # all of it someone's words: the quote holds it, but for its quotation marks
    within = any(q.start - 1 <= sentence.start and sentence.end <= q.end + 2 for q in inside)
    if within and not spoken:
        return False
    pointing = opening_pronoun(sentence.text) in ("it", "its", "they", "them", "their", "theirs")
    if pointing and any(q.start < sentence.start for q in inside):
        return False  # 'Well, it means ...," she said.': a piece of words begun before
    return stands_alone(sentence.text, attributed=spoken)


def ranked_claims(
    groups: Sequence[Sequence[int]],
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    sources: Mapping[str, str],
    alone: Sequence[bool] | None = None,
) -> list[tuple[int, tuple[int, ...]]]:
    """Each group's shown row and its rows, most important first: the rule read literally.

    The shown row is the best-scored row that stands alone (any row when none does),
    the earliest on ties. Each claim is met with each other: one goes first when more
    distinct sources state it, then when its shown row scores higher, then when that
    row comes earlier in its article, then earlier in the set. A claim's place is the
    number of claims that go before it.
    """
    shown = []
    for group in groups:
        standing = [row for row in sorted(group) if alone is None or alone[row]]
        best = None
        for row in standing or sorted(group):
            if best is None or scores[row] > scores[best]:
                best = row
        assert best is not None
        shown.append(best)
    counts = [len({sources[sentences[row].article] for row in group}) for group in groups]

    def before(i: int, j: int) -> bool:
        a, b = shown[i], shown[j]
        if counts[i] != counts[j]:
            return counts[i] > counts[j]
        if scores[a] != scores[b]:
            return scores[a] > scores[b]
        if sentences[a].index != sentences[b].index:
            return sentences[a].index < sentences[b].index
        return a < b

    place = [sum(before(j, i) for j in range(len(groups))) for i in range(len(groups))]
    ranked = [-1] * len(groups)
    for i, at in enumerate(place):
        ranked[at] = i
    return [(shown[i], tuple(sorted(groups[i]))) for i in ranked]
