"""End to end: the whole pipeline on real scraped news and on text written for the test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import sparse

import summarize
from summarize import Article, EmptyInputError, InputError, OptionError, UnknownMethodError
from summarize.claims import _similarity as similarity_module
from summarize.claims import claim_vectors
from summarize.pipeline import content_sentences

BOILERPLATE = re.compile(
    r"^\s*(date \d{4}|caption\b)|REUTERS/|Getty Images|More news:|©|All rights reserved"
    r"|leave a tip|subscriber|join the conversation|^Latest News$",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def baghouz_digest(baghouz_dir: Path) -> summarize.Digest:
    return summarize.summarize(summarize.load_articles(baghouz_dir), merged=5, per_source=3)


def test_baghouz_offsets_slice_the_article_exactly(baghouz_digest: summarize.Digest) -> None:
    sentences = list(baghouz_digest.sentences())
    assert sentences
    for sentence in sentences:
        assert baghouz_digest.article(sentence.article).text[sentence.start : sentence.end] == (
            sentence.text
        )


def test_baghouz_output_has_no_boilerplate(baghouz_digest: summarize.Digest) -> None:
    for sentence in list(baghouz_digest.sentences()):
        assert not BOILERPLATE.search(sentence.text), sentence.text
        words = sentence.text.split()
        is_bare_name = len(words) <= 3 and all(w[:1].isupper() for w in words)
        assert not (is_bare_name and not sentence.text.endswith((".", "!", "?"))), sentence.text


def test_baghouz_first_claim_is_widely_corroborated(baghouz_digest: summarize.Digest) -> None:
    assert len(baghouz_digest.merged) == 5
    assert len(baghouz_digest.merged[0].sources) >= 3


def test_baghouz_declaration_of_defeat_is_among_first_two(
    baghouz_digest: summarize.Digest,
) -> None:
    declaration = re.compile(r"(defeat|eliminat)", re.IGNORECASE)
    top = baghouz_digest.merged[:2]
    assert any(declaration.search(claim.text) and len(claim.sources) >= 3 for claim in top), [
        c.text for c in top
    ]


def test_baghouz_claims_are_ranked_by_support_first(baghouz_dir: Path) -> None:
    # With selection="support"; coverage orders claims by the coverage they add.
    articles = summarize.load_articles(baghouz_dir)
    digest = summarize.summarize(articles, merged=5, selection="support")
    counts = [len(claim.sources) for claim in digest.merged]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == 5


def test_baghouz_support_holds_one_sentence_per_article(baghouz_digest: summarize.Digest) -> None:
    for claim in baghouz_digest.merged:
        articles = [s.article for s in claim.support]
        assert len(articles) == len(set(articles))
        assert claim.sentence in claim.support
        assert set(claim.sources) == {baghouz_digest.article(a).source for a in articles}


def test_repeated_headline_counts_once(baghouz_texts: dict[str, str]) -> None:
    for stem, text in baghouz_texts.items():
        texts = [s.text.strip().lower() for s in content_sentences(Article(id=stem, text=text))]
        assert len(texts) == len(set(texts)), stem


def test_names_are_never_split(baghouz_texts: dict[str, str]) -> None:
    for stem, text in baghouz_texts.items():
        sentences = content_sentences(Article(id=stem, text=text))
        for name in ("Gen. Mazloum Kobani", "U.S.-backed", "Mr Trump"):
            for match in re.finditer(re.escape(name), text):
                inside = [s for s in sentences if s.start <= match.start() < s.end]
                for s in inside:
                    assert match.end() <= s.end, (name, s.text)


def test_same_input_gives_byte_identical_json_across_processes(baghouz_dir: Path) -> None:
    code = (
        "import sys, summarize; "
        "d = summarize.summarize(summarize.load_articles(sys.argv[1]), merged=5, per_source=3); "
        "sys.stdout.write(d.to_json())"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", code, str(baghouz_dir)],
            capture_output=True,
            check=True,
            env=env,
            text=True,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["merged"]


def test_word_budget_is_kept(baghouz_dir: Path) -> None:
    digest = summarize.summarize(summarize.load_articles(baghouz_dir), words=60)
    total = sum(len(claim.text.split()) for claim in digest.merged)
    assert digest.merged
    assert total <= 60 or len(digest.merged) == 1


def test_source_order(baghouz_dir: Path) -> None:
    articles = summarize.load_articles(baghouz_dir)
    digest = summarize.summarize(articles, merged=6, order="source")
    position = {a.id: i for i, a in enumerate(articles)}
    keys = [(position[c.sentence.article], c.sentence.index) for c in digest.merged]
    assert keys == sorted(keys)
    for summary in digest.per_source:
        indexes = [s.sentence.index for s in summary.sentences]
        assert indexes == sorted(indexes)


# Text written for these tests.
RIVER = [
    Article(
        id="daily",
        source="The Daily",
        text=(
            "The river burst its banks on Monday night, flooding the old town. "
            "About 300 homes were evacuated. The mayor said the clean-up would take weeks."
        ),
    ),
    Article(
        id="wire",
        source="Wire",
        text=(
            "Flood water poured into the old town on Monday night after the river burst its "
            "banks. Officials said 320 homes had been evacuated. Schools will stay shut."
        ),
    ),
    Article(
        id="radio",
        source="Radio",
        text="The river burst its banks on Monday night. Nobody was hurt, police said.",
    ),
]


def test_shared_claim_lists_every_source() -> None:
    digest = summarize.summarize(RIVER, merged=3, per_source=1)
    first = digest.merged[0]
    assert first.sources == ("The Daily", "Wire", "Radio")
    assert "burst its banks" in first.text


def test_several_articles_of_one_source_count_once() -> None:
    articles = [
        Article(id="a", source="Wire", text="The river burst its banks on Monday night."),
        Article(id="b", source="Wire", text="On Monday night the river burst its banks."),
        Article(id="c", source="Radio", text="The river burst its banks Monday night."),
    ]
    claim = summarize.summarize(articles, merged=1).merged[0]
    assert len(claim.support) == 3
    assert claim.sources == ("Wire", "Radio")


def test_one_article_merged_is_its_own_ranking() -> None:
    digest = summarize.summarize([RIVER[0]], merged=2, per_source=2)
    assert [c.text for c in digest.merged] == [s.text for s in digest.per_source[0].sentences]


def test_one_sentence_and_unpunctuated_articles() -> None:
    digest = summarize.summarize(["Rain fell", "a storm hit the coast overnight"], merged=2)
    assert {c.text for c in digest.merged} == {"Rain fell", "a storm hit the coast overnight"}


def test_strings_and_mappings_are_accepted() -> None:
    digest = summarize.summarize(
        ["The vote passed.", {"text": "The vote passed easily.", "source": "Post", "id": "p"}]
    )
    assert [a.id for a in digest.articles] == ["0", "p"]
    assert digest.articles[1].source == "Post"


@pytest.mark.parametrize(
    ("articles", "error", "message"),
    [
        ([], EmptyInputError, "no articles"),
        (["   \n "], EmptyInputError, "empty"),
        ([Article(id="x", text="A."), Article(id="x", text="B.")], InputError, "duplicate"),
        ([b"bytes"], InputError, "decode"),
        ("just a string", InputError, "list"),
    ],
)
def test_bad_input_raises_a_clear_error(articles: object, error: type, message: str) -> None:
    with pytest.raises(error, match=re.compile(message, re.IGNORECASE)):
        summarize.summarize(articles)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"merged": 0}, OptionError),
        ({"per_source": -1}, OptionError),
        ({"words": 0}, OptionError),
        ({"merged": 3, "words": 50}, OptionError),
        ({"method": "nope"}, UnknownMethodError),
        ({"language": "klingon"}, UnknownMethodError),
        ({"similarity": 1.5}, OptionError),
        ({"order": "random"}, OptionError),
    ],
)
def test_bad_options_raise(options: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        summarize.summarize(RIVER, **options)  # type: ignore[arg-type]


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        summarize.summarize(RIVER, mergd=3)  # type: ignore[call-arg]


def test_errors_are_also_stdlib_errors() -> None:
    with pytest.raises(ValueError, match="choose one of: default, "):
        summarize.summarize(RIVER, method="nope")


@pytest.mark.parametrize("method", summarize.METHODS)
def test_every_method_runs_and_keeps_offsets(method: str) -> None:
    digest = summarize.summarize(RIVER, method=method, merged=3, per_source=2)
    assert digest.options.method == method
    assert 1 <= len(digest.merged) <= 3
    for summary, article in zip(digest.per_source, RIVER, strict=True):
        assert 1 <= len(summary.sentences) <= 2
        for scored in summary.sentences:
            s = scored.sentence
            assert article.text[s.start : s.end] == s.text


def test_words_alone_sets_the_budget() -> None:
    """Regression: Options(words=N) failed because merged defaulted to 5."""
    options = summarize.Options(words=40)
    assert (options.merged, options.words) == (None, 40)
    assert summarize.Options().merged == 5


def test_integer_like_budgets_are_accepted() -> None:
    import numpy as np

    digest = summarize.summarize(RIVER, per_source=np.int64(1), merged=np.int64(2))
    assert digest.options.per_source == 1
    assert type(digest.options.per_source) is int


def test_regression_non_string_id_broke_rendering() -> None:
    with pytest.raises(InputError, match="string or None"):
        summarize.summarize(RIVER, id=7)  # type: ignore[arg-type]


def test_regression_claim_vectors_of_no_claims_raised() -> None:
    matrix = sparse.csr_matrix(np.eye(4))
    vectors = claim_vectors([], matrix)
    assert vectors.shape == (0, 4)
    assert vectors.nnz == 0


@pytest.mark.parametrize("method", ["default", "luhn"])
def test_regression_similarity_graph_was_built_twice(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, object]] = []
    build = similarity_module.similarity_graph

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return build(*args, **kwargs)

    monkeypatch.setattr(similarity_module, "similarity_graph", counted)
    digest = summarize.summarize(RIVER, method=method, similarity=0.4)
    assert digest.merged
    assert len(calls) == 1
    if method == "default":
        assert calls[0]["threshold"] == 0.1
        assert calls[0]["top_k"] == 30
        assert calls[0]["keep_all"] == 0.4
    else:
        assert calls[0]["threshold"] == 0.4
        assert calls[0].get("top_k") is None


WIRE = (
    "The old harbour bridge collapsed on Tuesday morning. Divers searched the water "
    "until dusk.\n\nThe mayor promised a new crossing within two years. Ferries will "
    "run every hour in the meantime, the port said."
)


def test_syndicated_copies_give_one_claim_and_equal_summaries() -> None:
    digest = summarize.summarize(
        [{"id": f"outlet-{i}", "text": WIRE} for i in range(30)], merged=2, per_source=2
    )
    assert [len(claim.sources) for claim in digest.merged] == [30, 30]
    assert all(claim.sentence.article == "outlet-0" for claim in digest.merged)
    first = digest.per_source[0].sentences
    for summary in digest.per_source[1:]:
        assert [(s.sentence.index, s.score) for s in summary.sentences] == [
            (s.sentence.index, s.score) for s in first
        ]


STORM = [
    Article(id="a", text="The storm cut power to the port on Monday. Ferries stayed in."),
    Article(id="b", text="On Monday the storm cut power to the port. Schools closed early."),
    Article(id="c", text="Schools closed early as the storm hit. The mayor asked for calm."),
]


def test_regression_a_given_selector_was_ignored_with_support_selection() -> None:
    """1.0 used ``selector=`` only with selection="coverage"; a stage given is now used."""
    from summarize.claims.select import CoverageSelector
    from summarize.pipeline import run

    calls: list[str] = []

    class Counted(CoverageSelector):
        def choose_claims(self, *args: Any, **kwargs: Any) -> Any:
            calls.append("claims")
            return super().choose_claims(*args, **kwargs)

        def choose_each(self, *args: Any, **kwargs: Any) -> Any:
            calls.append("each")
            return super().choose_each(*args, **kwargs)

    given = run(STORM, summarize.Options(selection="support"), selector=Counted())
    coverage = run(STORM, summarize.Options(selection="coverage"))
    # merged, per source, exclusives (picked again without "The mayor asked for calm.",
    # which names no mayor)
    assert calls[:3] == ["claims", "each", "each"]
    assert set(calls[3:]) <= {"each"}
    assert given.merged == coverage.merged
    assert given.per_source == coverage.per_source
    assert given.exclusives == coverage.exclusives


class _FirstRows:
    """A selector that takes candidates in set order: the simplest Selector there is."""

    def fit(self, sentences: Any) -> _FirstRows:
        self.fitted_on = sentences
        return self

    def choose_claims(self, sentences: Any, *, count: Any, words: Any, **_: Any) -> list[Any]:
        return [sentences.claim(row) for row in range(min(count, len(sentences.sentences)))]

    def choose_each(self, sentences: Any, candidates: Any, *, count: int, **_: Any) -> Any:
        return [list(rows)[:count] for rows in candidates]


def test_a_selector_of_ones_own_chooses_the_claims_and_summaries() -> None:
    from summarize.claims.select import Selector
    from summarize.pipeline import run

    selector = _FirstRows()
    assert isinstance(selector, Selector)
    digest = run(STORM, summarize.Options(merged=2, per_source=1, exclusives=1), selector=selector)
    assert [claim.sentence.index for claim in digest.merged] == [0, 1]
    assert [claim.sentence.article for claim in digest.merged] == ["a", "a"]
    assert [[s.sentence.index for s in summary.sentences] for summary in digest.per_source] == [
        [0],
        [0],
        [0],
    ]
    assert selector.fitted_on.sentences[0].article == "a"


# Options that can change nothing for the set are said, on the summarize logger ---------

FIVE = [
    "The pier reopened on Monday.",
    "On Monday the pier reopened to walkers.",
    "Walkers returned to the pier on Monday.",
    "Gulls circled the reopened pier.",
    "The pier had been shut since March.",
]


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("summarize")]


def test_min_sources_above_the_sources_of_the_set_is_warned_about(
    caplog: pytest.LogCaptureFixture,
) -> None:
    digest = summarize.summarize(FIVE, min_sources=9)
    assert digest.merged == ()
    assert _warnings(caplog) == [
        "min_sources=9 is more than the set's 5 sources, so no claim can enter the merged "
        "summary; give min_sources=5 or less"
    ]
    caplog.clear()
    summarize.summarize(FIVE[:1], min_sources=2)
    assert _warnings(caplog) == [
        "min_sources=2 is more than the set's 1 source, so no claim can enter the merged "
        "summary; give min_sources=1"
    ]


def test_exclusives_asked_of_one_source_are_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    summarize.summarize(FIVE[:1], exclusives=5)
    assert _warnings(caplog) == [
        "exclusives=5 changes nothing: a set of one source has no claims that no other "
        "source makes"
    ]


def test_defaults_and_options_that_act_are_not_warned_about(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """As scikit-learn does: a default suits any set, and 0 exclusives asks for none."""
    summarize.summarize(FIVE[:1])
    summarize.summarize(FIVE[:1], exclusives=0)
    summarize.summarize(FIVE, min_sources=5, exclusives=1)
    assert _warnings(caplog) == []


HEADLINE_STORY = (
    "The harbour bridge in Brennock reopened on Monday after a two-week closure. "
    "Engineers replaced two girders that a storm had bent in March. "
    "The council said tolls would rise in May to pay for the repairs."
)
HEADLINE_ECHO = (
    "Brennock's harbour bridge reopened on Monday after two weeks shut. "
    "Tolls will rise in May, the council said."
)


def test_a_headline_is_no_per_source_sentence_unless_the_article_has_nothing_else() -> None:
    """Headlines name the story; a summary shows what the story states."""
    digest = summarize.summarize(
        [
            "Harbour Bridge Reopens\n\n" + HEADLINE_STORY,
            "Bridge reopens after storm\n\n" + HEADLINE_ECHO,
            "Tolls to rise at Brennock bridge",
        ],
        per_source=5,
    )
    shown = [[s.text for s in summary.sentences] for summary in digest.per_source]
    assert "Harbour Bridge Reopens" not in shown[0]
    assert "Bridge reopens after storm" not in shown[1]
    assert shown[2] == ["Tolls to rise at Brennock bridge"]
    for summary in digest.exclusives:
        assert all(claim.text[-1] == "." for claim in summary.claims)
