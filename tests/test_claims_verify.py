"""The support verifier: a merged line keeps the sentences that state its claim."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
import summarize.pipeline
from summarize import Article
from summarize.claims import SupportVerifier, shipped_verifier
from summarize.claims._verify import FEATURES

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


def _verifier(*, cosine: float, least: float = 0.5) -> SupportVerifier:
    """A verifier that reads the cosine alone: even odds at ``cosine``, surer beyond."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("cosine")] = 20.0
    return SupportVerifier.from_dict(
        {
            "features": list(FEATURES),
            "inverse_penalty": 1.0,
            "least": least,
            "mean": [0.0] * len(FEATURES),
            "scale": [1.0] * len(FEATURES),
            "coef": weights.tolist(),
            "intercept": -20.0 * cosine,
        }
    )


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
