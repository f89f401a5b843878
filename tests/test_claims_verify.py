"""The support verifier: a merged line keeps the sentences that state its claim."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import attrs
import numpy as np
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

import summarize
import summarize.pipeline
from summarize import Article
from summarize.claims import SentenceSet, SupportVerifier, shipped_verifier
from summarize.claims import _verify as verify
from summarize.claims._verify import FEATURES, GROUPED, RESTATING, STATING, pair_features, verified
from summarize.claims.select import SupportSelector
from summarize.options import Options

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "data" / "harbour-bridge"

PIER = (
    "The harbour board closed the north pier on Wednesday.",
    "The Kessel harbour board shut the north pier on Wednesday after a crane accident.",
)
TOPIC = (
    "A ferry worker died after a crane struck him on the north pier on Tuesday night.",
    "The crane had been moved to the north pier from the south quay a week earlier.",
)


def _reading(weights: dict[str, float], intercept: float, *, least: float) -> SupportVerifier:
    """A verifier whose log-odds are ``intercept`` plus the features named weighted."""
    return SupportVerifier.from_dict(
        {
            "features": list(FEATURES),
            "inverse_penalty": 1.0,
            "least": least,
            "mean": [0.0] * len(FEATURES),
            "scale": [1.0] * len(FEATURES),
            "coef": [weights.get(name, 0.0) for name in FEATURES],
            "intercept": intercept,
        }
    )


def _verifier(*, cosine: float, least: float = 0.5) -> SupportVerifier:
    """A verifier that reads the cosine alone: even odds at ``cosine``, surer beyond."""
    return _reading({"cosine": 20.0}, -20.0 * cosine, least=least)


def _with(monkeypatch: pytest.MonkeyPatch, verifier: SupportVerifier | None) -> None:
    """Make the pipeline check merged lines with ``verifier`` (None: no check)."""
    found: Callable[[], SupportVerifier | None] = lambda: verifier  # noqa: E731
    monkeypatch.setattr(summarize.pipeline, "shipped_verifier", found)


def _articles(pairs: tuple[tuple[str, str], ...]) -> list[Article]:
    """Two outlets, each writing one sentence of every pair, in that order."""
    return [
        Article(id=key, source=key.upper(), text="\n\n".join(pair[k] for pair in pairs))
        for k, key in enumerate(("wire", "post"))
    ]


def _supports(digest: summarize.Digest) -> dict[tuple[str, str], list[str]]:
    """Each merged line's shown article and sentence -> the articles of its support."""
    return {
        (c.sentence.article, c.sentence.text): [s.article for s in c.support] for c in digest.merged
    }


def test_the_shipped_verifier_reads_the_features_of_this_release() -> None:
    verifier = shipped_verifier()
    assert verifier.to_dict()["features"] == list(FEATURES)
    assert verifier.coef_.shape == (len(FEATURES),)
    assert verifier.least == 0.4
    assert shipped_verifier() is verifier  # read once


def test_the_shipped_verifier_keeps_a_restatement_and_doubts_a_topic_shared() -> None:
    """Golden pairs of features: a close restatement early in both articles, and a late
    sentence that shares one plain word and gives other figures."""
    close = dict.fromkeys(FEATURES, 0.0)
    close.update(cosine=0.7, plain_shared=5, sources=2, plain_covered=0.8, deed_shared=1)
    far = dict.fromkeys(FEATURES, 0.0)
    far.update(cosine=0.3, plain_shared=1, sources=2, figures_apart=1, plain_covered=0.1)
    far.update(support_place=np.log1p(12), shown_place=0.0)
    states = shipped_verifier().states([[close[f] for f in FEATURES], [far[f] for f in FEATURES]])
    assert states.tolist() == [True, False]


def test_a_verifier_from_another_feature_list_is_refused() -> None:
    data = shipped_verifier().to_dict()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="features"):
        SupportVerifier.from_dict(data)


@given(st.lists(st.lists(st.floats(0, 5), min_size=len(FEATURES), max_size=len(FEATURES))))
def test_a_verifier_written_and_read_back_gives_the_same_chances(rows: list[list[float]]) -> None:
    verifier = shipped_verifier()
    again = SupportVerifier.from_dict(verifier.to_dict())
    if rows:
        assert np.array_equal(verifier.predict_proba(rows), again.predict_proba(rows))
        chances = verifier.predict_proba(rows)
        assert np.allclose(chances.sum(axis=1), 1.0)


def test_fit_learns_which_pairs_state_the_claim() -> None:
    rng = np.random.default_rng(0)
    features = rng.uniform(0, 1, size=(200, len(FEATURES)))
    labels = (features[:, 0] > 0.5).astype(int)  # the cosine decides
    verifier = SupportVerifier(least=0.5).fit(features, labels)
    assert verifier.coef_[0] == max(verifier.coef_, key=abs)
    assert (verifier.states(features) == labels.astype(bool)).mean() > 0.95


def test_a_sentence_the_verifier_doubts_leaves_the_merged_line_for_a_claim_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles((PIER, TOPIC))
    _with(monkeypatch, None)
    unchecked = _supports(summarize.summarize(articles, merged=8, redundancy=1.0))
    _with(monkeypatch, _verifier(cosine=0.99))  # doubts every pair but copies
    checked = _supports(summarize.summarize(articles, merged=8, redundancy=1.0))
    paired = {line: found for line, found in unchecked.items() if len(found) == 2}
    assert paired
    for (shown, text), found in paired.items():
        assert checked[shown, text] == [shown]
        [other] = [article for article in found if article != shown]
        assert [found for (article, _), found in checked.items() if article == other]
    assert sorted(a for found in checked.values() for a in found) == sorted(
        a for found in unchecked.values() for a in found
    )


def test_a_budget_full_of_lines_leaves_no_room_for_the_sentences_taken_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with(monkeypatch, _verifier(cosine=0.99))
    digest = summarize.summarize(_articles((PIER, TOPIC)), merged=1, redundancy=1.0)
    assert len(digest.merged) == 1


def test_a_sentence_the_verifier_finds_alike_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles((PIER, TOPIC))
    _with(monkeypatch, None)
    unchecked = _supports(summarize.summarize(articles, merged=8, redundancy=1.0))
    _with(monkeypatch, _verifier(cosine=0.01))
    assert _supports(summarize.summarize(articles, merged=8, redundancy=1.0)) == unchecked


@pytest.mark.parametrize("selection", ["coverage", "support"])
def test_with_the_redundancy_cut_a_summary_leaves_the_sentences_taken_off_out(
    monkeypatch: pytest.MonkeyPatch, selection: str
) -> None:
    """Read on dev digests, a sentence taken off its line mostly says again what another
    line says: a summary with the redundancy cut does not list it as a claim of its own."""
    articles = _articles((PIER, TOPIC))
    _with(monkeypatch, None)
    unchecked = _supports(summarize.summarize(articles, merged=8, selection=selection))
    _with(monkeypatch, _verifier(cosine=0.99))
    checked = _supports(summarize.summarize(articles, merged=8, selection=selection))
    assert any(len(found) == 2 for found in unchecked.values())
    assert checked == {(shown, text): [shown] for shown, text in unchecked}


@pytest.mark.parametrize("selection", ["coverage", "support"])
def test_a_line_keeps_the_sources_min_sources_asks_for(
    monkeypatch: pytest.MonkeyPatch, selection: str
) -> None:
    """With ``min_sources``, the merged summary shows only claims that many sources state:
    the check never takes a line below it."""
    _with(monkeypatch, _verifier(cosine=0.99))
    digest = summarize.summarize(
        _articles((PIER, TOPIC)), merged=8, min_sources=2, selection=selection
    )
    assert digest.merged
    assert all(c.source_count >= 2 for c in digest.merged)


def test_versions_of_a_disagreement_stay_whatever_the_verifier_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bundled example's sources give the collapse's toll differently: each version
    reports the collapse, so the check does not take them off its line."""
    articles = summarize.load_articles(EXAMPLE)
    _with(monkeypatch, _verifier(cosine=0.99))
    digest = summarize.summarize(articles)
    [collapse] = [c for c in digest.merged if "collapsed" in c.sentence.text]
    assert collapse.source_count == len(articles)


def test_other_languages_keep_every_sentence_grouping_gave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The verifier is fitted on English news: a set in another language is not checked."""
    texts = ("Der Hafen schloss am Mittwoch den Nordpier.", "Am Mittwoch schloss der Hafen.")
    articles = [Article(id=k, source=k, text=t) for k, t in zip("ab", texts, strict=True)]
    _with(monkeypatch, _verifier(cosine=0.99))
    digest = summarize.summarize(articles, language="german", merged=4)
    assert [c.source_count for c in digest.merged] == [2]


def test_the_defaults_are_those_the_shipped_verifier_was_fitted_with() -> None:
    shipped = shipped_verifier()
    default = SupportVerifier()
    assert (default.inverse_penalty, default.least) == (shipped.inverse_penalty, shipped.least)


def test_load_reads_the_verifier_the_package_ships() -> None:
    text = resources.files("summarize.claims").joinpath("support_verifier.json").read_text()
    shipped = json.loads(text)
    loaded = SupportVerifier.load().to_dict()
    assert loaded == {key: shipped[key] for key in loaded}


def _pairs(rows: int = 120, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Features of scales below and above 1, one constant (never set in the pairs)."""
    rng = np.random.default_rng(seed)
    features = rng.uniform(0, 1, size=(rows, len(FEATURES)))
    features[:, 1] *= 6.0
    features[:, 2] = 0.0
    chance = 1.0 / (1.0 + np.exp(-(4 * features[:, 0] + features[:, 1] - 5)))
    return features, (rng.uniform(size=rows) < chance).astype(int)


@pytest.mark.parametrize("inverse_penalty", [0.05, 0.3, 5.0])
def test_fit_is_scikit_learns_logistic_regression_on_standardised_features(
    inverse_penalty: float,
) -> None:
    """The reference: StandardScaler, then LogisticRegression with C = inverse_penalty."""
    features, labels = _pairs()
    verifier = SupportVerifier(inverse_penalty=inverse_penalty).fit(features, labels)
    scaler = StandardScaler().fit(features)
    model = LogisticRegression(C=inverse_penalty, max_iter=1000)
    model.fit(scaler.transform(features), labels)
    assert np.allclose(verifier.mean_, scaler.mean_)
    assert np.allclose(verifier.scale_, scaler.scale_)  # 1.0 for the constant feature
    assert np.allclose(verifier.coef_, model.coef_[0], atol=1e-4)
    assert verifier.intercept_ == pytest.approx(model.intercept_[0], abs=1e-4)
    rng = np.random.default_rng(1)
    unseen = rng.uniform(0, 2, size=(50, len(FEATURES)))
    expected = model.predict_proba(scaler.transform(unseen))
    assert np.allclose(verifier.predict_proba(unseen), expected, atol=1e-4)


def test_fit_reads_features_at_double_precision_whatever_they_come_in() -> None:
    features, labels = _pairs()
    single = features.astype(np.float32)
    from_single = SupportVerifier().fit(single, labels)
    from_double = SupportVerifier().fit(single.astype(np.float64), labels)
    assert from_single.to_dict() == from_double.to_dict()


def test_a_chance_of_exactly_least_states_the_claim() -> None:
    even = _reading({}, 0.0, least=0.5)
    assert even.predict_proba([[0.0] * len(FEATURES)]).tolist() == [[0.5, 0.5]]
    assert even.states([[0.0] * len(FEATURES)]).tolist() == [True]


def test_a_verifier_written_and_read_back_keeps_its_parameters() -> None:
    features, labels = _pairs()
    verifier = SupportVerifier(inverse_penalty=0.05, least=0.7).fit(features, labels)
    data = verifier.to_dict()
    assert SupportVerifier.from_dict(data).to_dict() == data
    assert (data["inverse_penalty"], data["least"]) == (0.05, 0.7)


# A set written for the features: each outlet's sentences, rows 0-3 and 4-8 of the set.
HARBOUR = {
    "wire": (
        "The storm closed the harbour at Kessel on Monday, the port office confirmed.",
        "Ada Ode said 40 ferries stayed in port.",
        '"We will reopen the harbour soon," Ada Ode said.',
        "Ada Ode told Brennock on Monday.",  # no plain word
    ),
    "post": (
        "Brennock fishermen waited.",  # does not stand alone
        "The harbour office confirmed that the storm closed the harbour at Kessel.",
        "About 35 ferries stayed in port, said Ada Ode.",
        '"The storm closed the harbour," a ferry captain said.',
        "Ada Ode counted 40 ferries in port.",
    ),
}


class _Keeping(SupportSelector):
    """The support selector, keeping the set it is fitted on."""

    def fit(self, sentences: SentenceSet) -> _Keeping:
        self.set = sentences
        return self


@pytest.fixture(scope="module")
def harbour() -> SentenceSet:
    """The set the pipeline builds of :data:`HARBOUR`."""
    articles = [
        Article(id=key, source=key.upper(), text=" ".join(written))
        for key, written in HARBOUR.items()
    ]
    keeping = _Keeping()
    summarize.pipeline.run(articles, Options(), selector=keeping)
    rows = [s.text for s in keeping.set.sentences]
    assert rows == [text for written in HARBOUR.values() for text in written]
    return keeping.set


PLACE_2, PLACE_3, LAST = math.log1p(2), math.log1p(3), math.log1p(20)


@pytest.mark.parametrize(
    ("shown", "member", "how", "expected"),
    [
        # a restatement: four plain words shared, one frame word (confirmed), the deed's verb
        (0, 5, GROUPED, [4, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0.8, 1]),
        # a sentence that does not stand alone is placed last
        (0, 4, GROUPED, [0, 0, 0, 0, 2, LAST, 0, 0, 0, 0, 0.0, 0]),
        # joined by the stating rule, in quotes, two sentences that stand alone before it
        (0, 7, STATING, [3, 0, 1, 0, 2, PLACE_2, 0, 0, 0, 1, 0.6, 1]),
        # both give a figure, not the same one; two names shared, not counted as frame words
        (1, 6, GROUPED, [3, 0, 0, 0, 2, math.log1p(1), math.log1p(1), 1, 0, 0, 1.0, 0]),
        # joined through a restating group, one figure shared
        (1, 8, RESTATING, [2, 1, 0, 1, 2, PLACE_3, math.log1p(1), 0, 0, 0, 2 / 3, 0]),
        # only the shown sentence gives a figure
        (1, 0, GROUPED, [1, 0, 0, 0, 2, 0, math.log1p(1), 0, 0, 0, 1 / 3, 0]),
        # a shown sentence with no plain word covers none
        (3, 1, GROUPED, [0, 0, 0, 0, 1, math.log1p(1), PLACE_3, 0, 0, 0, 0.0, 0]),
    ],
)
def test_pair_features_of_pairs_written_for_them(
    harbour: SentenceSet, shown: int, member: int, how: int, expected: list[float]
) -> None:
    """Golden features (all but the cosine, compared with the rows' product) of pairs
    of :data:`HARBOUR`."""
    features = pair_features(harbour, shown, member, how)
    cosine = (harbour.matrix[shown] @ harbour.matrix[member].T).toarray()[0, 0]
    assert features[0] == pytest.approx(cosine)
    assert features[1:] == pytest.approx(expected)


def test_pair_features_need_the_kinds_of_the_terms(harbour: SentenceSet) -> None:
    with pytest.raises(ValueError, match=r"^the set does not know its terms' kinds: build it"):
        pair_features(attrs.evolve(harbour, kinds=None), 0, 5, GROUPED)


def test_verified_reads_how_each_row_joined(harbour: SentenceSet) -> None:
    """A verifier that passes only the rows joined through a restating group."""
    restating = _reading({"restating": 10.0}, -5.0, least=0.5)
    how = {1: GROUPED, 6: GROUPED, 8: RESTATING}
    assert verified(harbour, 1, [1, 6, 8], how, restating) == [1, 8]


def _reference_verified(
    shown: int,
    rows: list[int],
    chance: dict[int, float],
    source: list[int],
    *,
    least: float,
    keep: int,
    sure: set[int],
) -> list[int]:
    """What verified keeps, by its docstring: the shown row, the sure rows and those
    likely enough; then, while fewer than ``keep`` sources, the likeliest row (the first
    of the likeliest) of a source not yet kept."""
    kept = {shown} | (sure & set(rows)) | {row for row in rows if chance[row] >= least}
    while len({source[row] for row in kept}) < keep:
        new = [row for row in rows if source[row] not in {source[r] for r in kept}]
        if not new:
            break
        best = max(chance[row] for row in new)
        kept.add(next(row for row in new if chance[row] == best))
    return [row for row in rows if row in kept]


@st.composite
def _lines(draw: st.DrawFn) -> tuple[int, list[int], dict[int, float], list[int], int, set[int]]:
    """A merged line: its shown row, its rows (with the shown one or not), each row's
    chance (a few values, so that ties and chances of exactly least come up) and
    source, the sources to keep and the sure rows."""
    size = draw(st.integers(1, 9))
    source = draw(st.lists(st.integers(0, 4), min_size=size, max_size=size))
    chances = st.sampled_from([0.1, 0.3, 0.5, 0.7, 0.9])
    chance = {row: draw(chances) for row in range(size)}
    rows = sorted(draw(st.sets(st.integers(0, size - 1), min_size=1)))
    shown = draw(st.sampled_from(rows if draw(st.booleans()) else range(size)))
    sure = draw(st.sets(st.sampled_from(rows), max_size=2))
    return shown, rows, chance, source, draw(st.integers(1, 5)), sure


@given(_lines())
# keep 3: the likeliest row of a new source (1), not one of a source kept (3), then 2
@example((0, [0, 1, 2, 3], {0: 0.9, 1: 0.3, 2: 0.1, 3: 0.2}, [0, 1, 2, 1], 3, set()))
def test_verified_keeps_what_its_docstring_says(
    line: tuple[int, list[int], dict[int, float], list[int], int, set[int]],
) -> None:
    """Against a naive reference, with each pair's chance given (pair_features stubbed:
    its cosine is the chance's log-odds, which a verifier of the cosine alone reads)."""
    shown, rows, chance, source, keep, sure = line

    def features(_: object, __: int, row: int, ___: int) -> list[float]:
        odds = [0.0] * len(FEATURES)
        odds[0] = math.log(chance[row] / (1 - chance[row]))
        return odds

    reader = _reading({"cosine": 1.0}, 0.0, least=0.5)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(verify, "pair_features", features)
        found = verified(
            SimpleNamespace(  # type: ignore[arg-type]
                numbers=source,
                sentences=[SimpleNamespace(text="The pier shut on Monday.")] * len(source),
            ),
            shown,
            rows,
            dict.fromkeys(rows, GROUPED),
            reader,
            keep=keep,
            sure=sure,
        )
    assert found == _reference_verified(
        shown, rows, chance, source, least=0.5, keep=keep, sure=sure
    )


class _Passing(SupportVerifier):
    """A verifier that passes every pair and keeps what it reads of how each joined."""

    def __init__(self) -> None:
        super().__init__(least=0.5)
        self.joined: list[tuple[float, float]] = []

    def predict_proba(self, features: object) -> np.ndarray:
        read = np.asarray(features, dtype=float)
        restating, stating = FEATURES.index("restating"), FEATURES.index("stating")
        self.joined += [(row[restating], row[stating]) for row in read.tolist()]
        return np.column_stack([np.zeros(len(read)), np.ones(len(read))])


def _restating(harbour: SentenceSet, shown: int, other: int) -> list[list[int]]:
    """The set's restatements, with ``other``'s group restating ``shown``'s alone."""
    restated: list[list[int]] = [[] for _ in harbour.groups]
    restated[harbour.group_index[shown]] = [harbour.group_index[other]]
    return restated


def test_a_merged_line_tells_the_verifier_how_each_sentence_joined(harbour: SentenceSet) -> None:
    """A sentence of a restating group joins as restating, whether it fills an article the
    claim lacks or takes the place of a less alike one; one of another claim that states
    it joins as stating; the group's own as grouped."""
    check = _Passing()
    line = attrs.evolve(harbour, verifier=check).merged_claim(0, restated=False)
    assert (line.rows, check.joined) == ((0, 5), [(0.0, 0.0)])
    check = _Passing()
    line = attrs.evolve(harbour, verifier=check).merged_claim(8)
    assert (line.rows, check.joined) == ((1, 8), [(0.0, 1.0)])  # row 1 by the stating rule
    check = _Passing()
    lacking = attrs.evolve(harbour, verifier=check, restated=_restating(harbour, 2, 8))
    assert (lacking.merged_claim(2).rows, check.joined) == ((2, 8), [(1.0, 0.0)])
    # row 8 written as row 1 is: more alike to it than row 6 of its own group
    rows = harbour.matrix.toarray()
    rows[8] = rows[1]
    check = _Passing()
    closer = attrs.evolve(
        harbour,
        verifier=check,
        restated=_restating(harbour, 1, 8),
        matrix=sparse.csr_matrix(rows),
    )
    assert harbour.group_of[1] == [1, 6]
    assert (closer.merged_claim(1).rows, check.joined) == ((1, 8), [(1.0, 0.0)])


def test_a_merged_line_the_verifier_doubts_keeps_one_source_unless_asked_for_more(
    harbour: SentenceSet,
) -> None:
    doubting = attrs.evolve(harbour, verifier=_reading({}, -10.0, least=0.5))
    assert doubting.merged_claim(0).rows == (0,)
    assert doubting.merged_claim(0, keep=2).rows == (0, 5)


def test_a_part_claim_keeps_what_the_verifier_passes(harbour: SentenceSet) -> None:
    """part_claim checks the rows left with the set's verifier, and without one (or without
    the kinds of the terms the check reads) keeps them all."""
    assert attrs.evolve(harbour, verifier=_Passing()).part_claim(0, {5}).rows == (0, 5)
    doubting = attrs.evolve(harbour, verifier=_reading({}, -10.0, least=0.5))
    assert doubting.part_claim(0, {5}).rows == (0,)
    assert attrs.evolve(doubting, kinds=None).part_claim(0, {5}).rows == (0, 5)
    assert attrs.evolve(harbour, verifier=None).part_claim(0, {5}).rows == (0, 5)


def test_a_checked_line_pointing_back_is_shown_in_other_words_within_the_words_left(
    harbour: SentenceSet,
) -> None:
    """With the kinds of the terms (and so the check), the longest words a line may
    show still bound the sentence shown in place of one that points back."""
    sentences = list(harbour.sentences)
    sentences[1] = attrs.evolve(sentences[1], text="She said 40 ferries stayed in port.")
    pointing = attrs.evolve(harbour, sentences=sentences, verifier=_Passing())
    assert harbour.lengths[1] == 8
    assert harbour.lengths[6] == 9
    assert pointing.merged_claim(1).row == 6
    assert pointing.merged_claim(1, longest=9).row == 6
    assert pointing.merged_claim(1, longest=8).row == 1
