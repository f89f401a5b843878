"""Claim analysis in the digest: corroboration, exclusives, quotes and disagreements, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize import Digest, OptionError, load_articles, summarize

STORY = [
    {
        "id": "a",
        "source": "Wire",
        "text": (
            "The Garrow ferry ran aground off Eastdock on Monday. "
            "Forty passengers were taken off by the lifeboat. "
            "The harbour master said the channel had silted up."
        ),
    },
    {
        "id": "b",
        "source": "Courier",
        "text": (
            "On Monday the Garrow ferry ran aground off Eastdock. "
            "The lifeboat took forty passengers off. "
            "A diver inspected the hull in the afternoon."
        ),
    },
    {
        "id": "c",
        "source": "Gazette",
        "text": (
            "The Garrow ferry ran aground off Eastdock on Monday morning. "
            "Tickets for the week will be refunded, the operator said."
        ),
    },
]


def test_every_claim_carries_its_source_count_and_share_of_the_set() -> None:
    digest = summarize(STORY, merged=3)
    assert digest.merged, "the story has claims"
    for claim in digest.merged:
        assert claim.source_count == len(claim.sources)
        assert claim.share == round(claim.source_count / 3, 6)
    assert digest.merged[0].sources == ("Wire", "Courier", "Gazette")
    assert digest.merged[0].share == 1.0


def test_min_sources_keeps_only_claims_that_many_sources_state() -> None:
    for selection in ("coverage", "support"):
        digest = summarize(STORY, merged=5, min_sources=2, selection=selection)
        assert digest.merged, selection
        assert all(claim.source_count >= 2 for claim in digest.merged), selection
        texts = {claim.text for claim in digest.merged}
        assert not any("refunded" in text or "diver" in text for text in texts), selection


def test_min_sources_above_the_set_gives_an_empty_merged_summary_not_an_error() -> None:
    digest = summarize(STORY, min_sources=4)
    assert digest.merged == ()
    assert digest.per_source[0].sentences, "per-source summaries do not depend on min_sources"


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_min_sources_must_be_a_whole_number_of_at_least_one(bad: object) -> None:
    with pytest.raises(OptionError, match="min_sources"):
        summarize(STORY, min_sources=bad)  # type: ignore[arg-type]


def test_exclusives_list_per_article_what_no_other_source_says() -> None:
    digest = summarize(STORY, merged=1)
    assert [claim.text for claim in digest.exclusive("Courier")] == [
        "A diver inspected the hull in the afternoon."
    ]
    gazette = [claim.text for claim in digest.exclusive("Gazette")]
    assert gazette == ["Tickets for the week will be refunded, the operator said."]
    for item in digest.exclusives:
        for claim in item.claims:
            assert claim.sources == (item.source,)
            assert claim.sentence.article == item.article


def test_a_claim_two_sources_state_is_no_exclusive() -> None:
    digest = summarize(STORY)
    listed = {claim.text for item in digest.exclusives for claim in item.claims}
    assert not any("aground" in text or "passengers" in text for text in listed)


def test_exclusives_zero_lists_none_and_the_count_caps_each_article() -> None:
    assert summarize(STORY, exclusives=0).exclusives == ()
    capped = summarize(STORY, exclusives=1)
    assert all(len(item.claims) == 1 for item in capped.exclusives)
    with pytest.raises(OptionError, match="exclusives must be 0 or more"):
        summarize(STORY, exclusives=-1)


def test_exclusive_of_an_unknown_source_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        summarize(STORY).exclusive("Nobody")


def test_a_quoted_claim_shows_its_speaker() -> None:
    texts = [
        '"We will reopen the channel by Friday," said Mara Quell, the harbour master. '
        "Dredging starts today.",
        "Mara Quell, the harbour master, said the channel would reopen by Friday. "
        "Dredging starts today.",
    ]
    digest = summarize(texts, merged=2)
    quoted = [claim for claim in digest.merged if claim.quotes]
    assert quoted, "the harbour master's words are a claim with a quote"
    assert quoted[0].quotes[0].speaker == "Mara Quell"
    assert digest.quotes == quoted[0].quotes


def test_the_analysis_round_trips_through_json() -> None:
    digest = summarize(STORY)
    assert Digest.from_json(digest.to_json()) == digest


def test_a_digest_written_before_the_analysis_reads_with_empty_lists() -> None:
    import json

    data = json.loads(summarize(STORY).to_json())
    for key in ("disagreements", "exclusives", "quotes"):
        del data[key]
    for claim in data["merged"]:
        del claim["share"], claim["quotes"], claim["source_count"]
    old = Digest.from_json(json.dumps(data))
    assert (old.disagreements, old.exclusives, old.quotes) == ((), (), ())


# The reference story -------------------------------------------------------------------


@pytest.fixture(scope="module")
def baghouz(baghouz_dir: Path) -> Digest:
    return summarize(load_articles(baghouz_dir))


def test_baghouz_the_declaration_of_defeat_is_reported_by_at_least_three_sources(
    baghouz: Digest,
) -> None:
    declared = [
        claim
        for claim in baghouz.merged
        if "declare" in claim.text.lower()
        and "defeat" in " ".join(s.text.lower() for s in claim.support)
    ]
    assert declared
    assert max(claim.source_count for claim in declared) >= 3


def test_baghouz_the_two_longest_articles_have_exclusives(baghouz: Digest) -> None:
    longest = sorted(baghouz.articles, key=lambda a: len(a.text), reverse=True)[:2]
    for article in longest:
        assert baghouz.exclusive(article.source), article.id


def test_baghouz_kobani_is_quoted(baghouz: Digest) -> None:
    proud = [
        q for q in baghouz.quotes if q.text.startswith("We are proud of what we have accomplished")
    ]
    assert len(proud) == 1
    assert proud[0].speaker is not None
    assert "Kobani" in proud[0].speaker


def test_baghouz_sources_differ_on_how_many_people_left(baghouz: Digest) -> None:
    left = [d for d in baghouz.disagreements if any("30,000" in v.value for v in d.versions)]
    assert len(left) == 1
    assert left[0].certain
    figures = {v.article[:3]: (v.value, v.low, v.high) for v in left[0].versions}
    assert figures["000"][0] == "Nearly 30,000"
    assert figures["001"][0] == "More than 50,000"
    assert figures["001"][2] == float("inf")
    # "about 3,000" evacuated on one day is not a count of all who left: no version.
    assert "004" not in figures
    markdown = baghouz.to_markdown()
    assert "## Sources differ" in markdown
    assert "says nearly 30,000" in markdown  # lower case in a line, as written in its record
    assert "says more than 50,000" in markdown


def test_baghouz_html_report_loads_nothing_from_the_network(
    baghouz_dir: Path, tmp_path: Path
) -> None:
    from summarize.cli import main

    out = tmp_path / "report.html"
    assert main([str(baghouz_dir), "--format", "html", "--output", str(out), "--quiet"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for loader in ("src=", "<link", "@import", "url("):
        assert loader not in page, loader
    assert page.count("data-disagreement") >= 1


def test_regression_an_articles_second_telling_of_a_shared_claim_was_an_exclusive() -> None:
    # A claim holds one sentence per article, so the second was a one-source claim.
    digest = summarize(
        [
            "The Garrow ferry ran aground off Eastdock on Monday. Its crew was unhurt.",
            "On Monday the Garrow ferry ran aground off Eastdock. "
            "The Garrow ferry ran aground off Eastdock, the operator said. "
            "A diver inspected the hull.",
        ],
        merged=1,
    )
    courier = [claim.text for claim in digest.exclusive("1")]
    assert courier == ["A diver inspected the hull."]


def test_a_figure_two_sources_give_differently_is_no_exclusive() -> None:
    # Each source gives its own count of the hurt in words the other does not use; the
    # claims differ, the quantity is one: a disagreement, and neither source's own news.
    wire = (
        "The ferry terminal roof fell in on Monday morning. "
        "Rescuers said 40 people were hurt in the collapse. "
        "Mayor Ada Ode ordered every terminal closed for checks."
    )
    daily = (
        "The ferry terminal roof fell in on Monday morning. "
        "Hospitals treated 75 injured people after the roof came down. "
        "The Kessel port said ferries would run from the north pier."
    )
    digest = summarize([wire, daily], exclusives=5, merged=1)
    [disagreement] = digest.disagreements
    assert [v.value for v in disagreement.versions] == ["40", "75"]
    listed = [claim.text for item in digest.exclusives for claim in item.claims]
    assert listed == [
        "Mayor Ada Ode ordered every terminal closed for checks.",
        "The Kessel port said ferries would run from the north pier.",
    ]


def test_regression_a_figure_with_no_lower_bound_broke_the_json_writer() -> None:
    digest = summarize(
        [
            "Exports fell by less than -5% in May, the ministry said.",
            "Exports fell by 12% in May, the ministry said.",
        ]
    )
    text = digest.to_json()  # -inf is no JSON number: written as null
    assert Digest.from_json(text) == digest
