"""Which sentences of a merged line state its claim: a check of each pair, fitted on readings.

In claims/, the last step of a merged line (:meth:`~summarize.claims.SentenceSet.merged_claim`).
Grouping, restatements and the stating rule gather the sentences of other articles that share
words with the shown one; read by editors on dev digests, about one in four of them shares
only the topic (another fact of the story, its background, the same kind of fact about
another person). :class:`SupportVerifier`, a logistic regression over a few facts of the pair
(:data:`FEATURES`), gives the chance that a sentence states the shown one; one below
``least`` leaves the line. Its coefficients were fitted on pairs of dev digests labelled by
editors (``benchmarks/support_check.py``) and ship with the package.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence, Set
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from ..text import deed
from ._shapes import never_states

if TYPE_CHECKING:
    from ._set import SentenceSet

__all__ = [
    "FEATURES",
    "GROUPED",
    "RESTATING",
    "STATING",
    "SupportVerifier",
    "pair_features",
    "shipped_verifier",
    "verified",
]

#: How a sentence came to a merged line: its claim's own group, a group that restates the
#: claim, or the stating rule (:mod:`summarize.claims._stating`).
GROUPED, RESTATING, STATING = 0, 1, 2

#: What the check reads of a pair (the shown sentence, a supporting one), in this order.
FEATURES: tuple[str, ...] = (
    "cosine",  # their TF-IDF cosine similarity
    "plain_shared",  # the plain words they share (no name, frame word or figure), at most 6
    "restating",  # the sentence joined through a group that restates the claim
    "stating",  # the sentence joined by the stating rule
    "figures_shared",  # the figures they share
    "sources",  # the sources of the shown sentence's claim
    "support_place",  # log(1 + the sentence's place among its article's statements, at most 20)
    "shown_place",  # the same of the shown sentence
    "figures_apart",  # both give figures and share none
    "frame_shared",  # the frame words they share (speech verbs, titles, days)
    "support_quotes",  # the sentence holds a quotation mark
    "plain_covered",  # the share of the shown sentence's plain words the sentence writes
    "deed_shared",  # the sentence writes the verb of the shown one's deed (text.deed)
)

_PLAIN_MOST = 6
_PLACE_MOST = 20
_QUOTATION_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def pair_features(sentences: SentenceSet, shown: int, member: int, how: int) -> list[float]:
    """The :data:`FEATURES` of the pair of rows ``shown`` and ``member`` of ``sentences``.

    ``how`` is :data:`GROUPED`, :data:`RESTATING` or :data:`STATING`. The set must know its
    terms' kinds (``sentences.kinds``).
    """
    kinds = sentences.kinds
    if kinds is None:
        raise ValueError("the set does not know its terms' kinds: build it with them")
    ours, theirs = sentences.matrix[shown], sentences.matrix[member]
    cosine = float(ours.multiply(theirs).sum())
    columns = np.intersect1d(ours.indices, theirs.indices)
    plain = int(kinds.plain[columns].sum())
    figures = int(kinds.figures[columns].sum())
    frame = int((~kinds.names[columns] & ~kinds.plain[columns] & ~kinds.figures[columns]).sum())
    apart = bool(
        figures == 0 and kinds.figures[ours.indices].any() and kinds.figures[theirs.indices].any()
    )
    own_plain = int(kinds.plain[ours.indices].sum())
    act = deed(sentences.sentences[shown].text)
    return [
        cosine,
        float(min(plain, _PLAIN_MOST)),
        float(how == RESTATING),
        float(how == STATING),
        float(figures),
        float(sentences.support[shown]),
        math.log1p(_place(sentences, member)),
        math.log1p(_place(sentences, shown)),
        float(apart),
        float(frame),
        float(any(mark in _QUOTATION_MARKS for mark in sentences.sentences[member].text)),
        plain / own_plain if own_plain else 0.0,
        float(act is not None and act[1] in sentences.terms[member]),
    ]


def _place(sentences: SentenceSet, row: int) -> int:
    """The row's place among its article's sentences that stand alone (0: the first)."""
    if not sentences.alone[row]:
        return _PLACE_MOST
    rows = sentences.rows_of[sentences.sentences[row].article]
    return min(sum(1 for r in rows if r < row and sentences.alone[r]), _PLACE_MOST)


class SupportVerifier:
    """Whether a sentence states a merged line's claim: a logistic regression over its pair.

    Follows scikit-learn's conventions: parameters are stored as given, :meth:`fit`
    learns the standardisation and the weights (``mean_``, ``scale_``, ``coef_``,
    ``intercept_``) and returns ``self``. :meth:`load` gives the verifier fitted on the dev
    sets' labelled pairs, as shipped; :meth:`to_dict` and :meth:`from_dict` write and read
    a fitted one.

    Args:
        inverse_penalty: The inverse strength of the fit's L2 penalty (scikit-learn's ``C``).
        least: The chance of stating the claim below which a sentence leaves a line.

    Example:
        >>> X = [[0.6, 3.0], [0.5, 2.0], [0.1, 0.0], [0.2, 1.0]]
        >>> verifier = SupportVerifier(least=0.5).fit(X, [1, 1, 0, 0])
        >>> verifier.states([[0.55, 3.0], [0.1, 0.0]]).tolist()
        [True, False]
    """

    def __init__(self, *, inverse_penalty: float = 0.3, least: float = 0.4) -> None:
        self.inverse_penalty = inverse_penalty
        self.least = least

    def fit(self, features: Any, labels: Sequence[int]) -> SupportVerifier:
        """Learn from pairs' :data:`FEATURES` and labels (1: the sentence states the claim)."""
        from sklearn.linear_model import LogisticRegression

        values = np.asarray(features, dtype=np.float64)
        self.mean_ = values.mean(axis=0)
        scale = values.std(axis=0)
        self.scale_ = np.where(scale > 0, scale, 1.0)
        model = LogisticRegression(C=self.inverse_penalty, max_iter=1000)
        model.fit((values - self.mean_) / self.scale_, np.asarray(labels))
        self.coef_ = model.coef_[0].copy()
        self.intercept_ = float(model.intercept_[0])
        return self

    def predict_proba(self, features: Any) -> np.ndarray:
        """For each pair, the chances that it does not and that it does state the claim."""
        values = (np.asarray(features, dtype=np.float64) - self.mean_) / self.scale_
        states = 1.0 / (1.0 + np.exp(-(values @ self.coef_ + self.intercept_)))
        return np.column_stack((1.0 - states, states))

    def states(self, features: Any) -> np.ndarray:
        """Whether each pair states the claim: its chance is ``least`` or more."""
        return np.asarray(self.predict_proba(features)[:, 1] >= self.least)

    def to_dict(self) -> dict[str, Any]:
        """The fitted verifier as plain data (see :meth:`from_dict`)."""
        return {
            "features": list(FEATURES),
            "inverse_penalty": self.inverse_penalty,
            "least": self.least,
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
            "coef": self.coef_.tolist(),
            "intercept": self.intercept_,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SupportVerifier:
        """A fitted verifier from :meth:`to_dict`'s data.

        Raises:
            ValueError: The data were fitted on other features than :data:`FEATURES`.
        """
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"a verifier of features {data['features']}, not {list(FEATURES)}")
        verifier = cls(inverse_penalty=data["inverse_penalty"], least=data["least"])
        verifier.mean_ = np.asarray(data["mean"], dtype=np.float64)
        verifier.scale_ = np.asarray(data["scale"], dtype=np.float64)
        verifier.coef_ = np.asarray(data["coef"], dtype=np.float64)
        verifier.intercept_ = float(data["intercept"])
        return verifier

    @classmethod
    def load(cls) -> SupportVerifier:
        """The verifier fitted on the dev sets' labelled pairs, as the package ships it."""
        text = resources.files(__package__).joinpath(_SHIPPED).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(text))


_SHIPPED = "support_verifier.json"


@functools.cache
def shipped_verifier() -> SupportVerifier:
    """The verifier the package ships, read once (:meth:`SupportVerifier.load`)."""
    return SupportVerifier.load()


def verified(
    sentences: SentenceSet,
    shown: int,
    rows: Sequence[int],
    how: Mapping[int, int],
    verifier: SupportVerifier,
    *,
    keep: int = 1,
    sure: Set[int] = frozenset(),
) -> list[int]:
    """The rows of ``rows`` that the verifier finds state ``shown``'s claim, in their order.

    A row whose shape says it states no fact of the line (a stub, a question, a refusal
    to comment, a lead-in, a post's signature:
    :func:`~summarize.claims._shapes.never_states`) leaves it unread. ``shown`` itself
    always stays, and so do the rows of ``sure``, which state its fact whatever their
    words (the versions of a figure two sources disagree on). So do, the likeliest first
    and the rows of those shapes last, as many others as the claim needs to keep ``keep``
    distinct sources (a merged summary of claims that at least so many sources state never
    shows one with fewer).

    Args:
        sentences: The set.
        shown: The shown sentence's row.
        rows: The line's rows, ``shown`` among them or not.
        how: Row -> how it joined (:data:`GROUPED`, :data:`RESTATING`, :data:`STATING`).
        verifier: A fitted verifier.
        keep: The fewest distinct sources the line keeps, its shown sentence's included.
        sure: Rows that stay unchecked.
    """
    said = sentences.sentences[shown].text
    checked = [row for row in rows if row != shown and row not in sure]
    shaped = [row for row in checked if never_states(said, sentences.sentences[row].text)]
    others = [row for row in checked if row not in shaped]
    chance: list[float] = []
    if others:
        features = [pair_features(sentences, shown, row, how[row]) for row in others]
        chance = verifier.predict_proba(features)[:, 1].tolist()
    kept = {row for row, p in zip(others, chance, strict=True) if p >= verifier.least}
    source = sentences.numbers
    sources = {source[row] for row in (shown, *kept, *(r for r in rows if r in sure))}
    # The likeliest first, then the shapes that state nothing, as the last resort.
    likeliest = [row for _, row in sorted(zip(chance, others, strict=True), key=lambda x: -x[0])]
    for row in (*likeliest, *shaped):
        if len(sources) >= keep:
            break
        if row not in kept and source[row] not in sources:
            kept.add(row)
            sources.add(source[row])
    return [row for row in rows if row == shown or row in kept or row in sure]
