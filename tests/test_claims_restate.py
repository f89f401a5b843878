"""Restatements: groups whose openings of different sources share words restate one fact."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.preprocessing import normalize

import summarize
from summarize import Article
from summarize.claims._group import FIGURE_SHARE
from summarize.claims._restate import OPENING_SHARE, OPENINGS, _upper, restated_groups
from summarize.claims._similarity import distinct_rows


def _reference(
    groups: list[list[int]],
    openings: dict[str, list[int]],
    dense: np.ndarray,
    sources: list[int],
    similarity: float,
    names: np.ndarray | None = None,
    figures: np.ndarray | None = None,
    same_event: frozenset[tuple[int, int]] = frozenset(),
) -> list[list[int]]:
    """Every pair of groups, every pair of their openings: the rule read literally."""
    opening = {row for rows in openings.values() for row in rows}
    # The cosines as the set's sparse product gives them: a dense dot product may round
    # two equal cosines apart by one unit in the last place, and so order them otherwise.
    product = sparse.csr_matrix(dense)
    cosine = (product @ product.T).toarray()
    found = []
    for a, group in enumerate(groups):
        best: dict[int, float] = {}
        for b, other in enumerate(groups):
            if a == b:
                continue
            for i in group:
                for j in other:
                    alike = float(cosine[i, j])
                    both = i in opening and j in opening and sources[i] != sources[j]
                    bar = similarity
                    if names is not None and figures is not None:
                        shared = (dense[i] != 0) & (dense[j] != 0)
                        plain = shared & ~names & (figures == 0)
                        if figures[shared].sum() >= 2 and plain.any():
                            bar = FIGURE_SHARE * similarity
                    event = (i, j) in same_event or (j, i) in same_event
                    if (both and alike >= bar) or event:
                        best[b] = max(best.get(b, 0.0), alike)
        found.append(sorted(best, key=lambda b: (-best[b], b)))
    return found


@st.composite
def _sets(draw: st.DrawFn) -> tuple[list[list[int]], dict[str, list[int]], np.ndarray, list[int]]:
    rows = draw(st.integers(1, 9))
    values = draw(
        st.lists(
            st.lists(st.sampled_from([0.0, 0.0, 1.0, 2.0]), min_size=3, max_size=3),
            min_size=rows,
            max_size=rows,
        )
    )
    dense = normalize(np.array(values))
    articles = draw(st.lists(st.integers(0, 3), min_size=rows, max_size=rows))
    sources = [article // 2 for article in articles]  # articles 0, 1 one outlet; 2, 3 another
    labels = draw(st.lists(st.integers(0, rows - 1), min_size=rows, max_size=rows))
    groups = [[row for row in range(rows) if labels[row] == g] for g in sorted(set(labels))]
    openings: dict[str, list[int]] = {}
    for row in range(rows):
        if draw(st.booleans()):
            openings.setdefault(str(articles[row]), []).append(row)
    return groups, openings, dense, sources


@settings(max_examples=300, deadline=None)
@given(_sets(), st.sampled_from([0.3, 0.55, 0.85, 0.99]))  # no cosine lies on these
def test_restated_groups_are_those_of_the_brute_force_rule(
    drawn: tuple[list[list[int]], dict[str, list[int]], np.ndarray, list[int]], similarity: float
) -> None:
    groups, openings, dense, sources = drawn
    found = restated_groups(
        groups, openings, sparse.csr_matrix(dense), sources, similarity=similarity
    )
    assert found == _reference(groups, openings, dense, sources, similarity)
    copies = distinct_rows(sparse.csr_matrix(dense))[1]
    given_copies = restated_groups(
        groups, openings, sparse.csr_matrix(dense), sources, similarity=similarity, copies=copies
    )
    assert given_copies == found


@settings(max_examples=300, deadline=None)
@given(
    _sets(),
    st.sampled_from([0.3, 0.55, 0.85, 0.99]),
    st.lists(st.booleans(), min_size=3, max_size=3),
    st.lists(st.sampled_from([0, 0, 1, 2]), min_size=3, max_size=3),
)
def test_restatements_with_figures_are_those_of_the_brute_force_rule(
    drawn: tuple[list[list[int]], dict[str, list[int]], np.ndarray, list[int]],
    similarity: float,
    name_columns: list[bool],
    figure_columns: list[int],
) -> None:
    """Openings that share figures worth two and a plain word restate from half the bar."""
    groups, openings, dense, sources = drawn
    names, figures = np.array(name_columns), np.array(figure_columns, dtype=np.int8)
    found = restated_groups(
        groups,
        openings,
        sparse.csr_matrix(dense),
        sources,
        similarity=similarity,
        names=names,
        figures=figures,
    )
    assert found == _reference(groups, openings, dense, sources, similarity, names, figures)


@settings(max_examples=300, deadline=None)
@given(_sets(), st.sampled_from([0.3, 0.55, 0.85, 0.99]), st.data())
def test_restatements_of_one_event_are_those_of_the_brute_force_rule(
    drawn: tuple[list[list[int]], dict[str, list[int]], np.ndarray, list[int]],
    similarity: float,
    data: st.DataObject,
) -> None:
    groups, openings, dense, sources = drawn
    rows = len(sources)
    pairs = data.draw(
        st.lists(st.tuples(st.integers(0, rows - 1), st.integers(0, rows - 1)), max_size=4)
    )
    pairs = [(i, j) for i, j in pairs if sources[i] != sources[j]]
    found = restated_groups(
        groups, openings, sparse.csr_matrix(dense), sources, similarity=similarity, same_event=pairs
    )
    expected = _reference(groups, openings, dense, sources, similarity, same_event=frozenset(pairs))
    assert found == expected


def test_openings_of_one_source_restate_nothing() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0]]))
    assert restated_groups([[0], [1]], {"a": [0], "b": [1]}, m, [0, 0], similarity=0.5) == [[], []]
    assert restated_groups([[0], [1]], {"a": [0], "b": [1]}, m, [0, 1], similarity=0.5) == [
        [1],
        [0],
    ]


def test_openings_at_exactly_the_similarity_restate() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8]]))  # cosine 0.6, exactly
    openings = {"a": [0], "b": [1]}
    assert restated_groups([[0], [1]], openings, m, [0, 1], similarity=0.6) == [[1], [0]]
    assert restated_groups([[0], [1]], openings, m, [0, 1], similarity=0.61) == [[], []]


def test_rows_that_open_no_article_restate_nothing() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0]]))
    assert restated_groups([[0], [1]], {"a": [0]}, m, [0, 1], similarity=0.5) == [[], []]


def test_the_most_alike_restatement_comes_first() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.8, 0.6]]))
    found = restated_groups(
        [[0], [1], [2]], {"a": [0], "b": [1], "c": [2]}, m, [0, 1, 2], similarity=0.5
    )
    assert found[0] == [2, 1]


def test_the_rule_reads_two_openings_at_five_sixths_of_the_claim_similarity() -> None:
    assert OPENINGS == 2
    assert round(OPENING_SHARE * 0.3, 6) == 0.25


DEATH = [
    Article(
        id="wire",
        source="Wire",
        text="A former harbour pilot accused of faking a distress call has died at his home. "
        "Pilot Ray Odum, 52, was found dead on Sunday, his lawyer said. "
        "The coastguard spent two days searching for the boat he reported sinking. "
        "Odum had pleaded not guilty in March.",
    ),
    Article(
        id="post",
        source="Post",
        text="Pilot Ray Odum, 52, was found dead at home on Sunday, police said. "
        "The former harbour pilot had been charged with faking a distress call. "
        "Officials said the hoax cost the coastguard more than $90,000.",
    ),
    Article(
        id="star",
        source="Star",
        text="Ray Odum, the harbour pilot charged over a hoax distress call, died on Sunday. "
        "A neighbour said the pilot had seemed calm in recent weeks. "
        "The port authority said it would review its rules.",
    ),
]


def test_regression_one_death_filled_three_merged_lines() -> None:
    """An article that opens with the news and tells it again with the details, in
    words too unlike to group, gave one death a line for each way of telling it."""
    digest = summarize.summarize(DEATH, merged=8)
    deaths = [c for c in digest.merged if "died" in c.text or "dead" in c.text]
    assert len(deaths) == 1
    assert deaths[0].source_count == 3


def test_a_sentence_that_tells_two_facts_makes_them_restate_each_other() -> None:
    """A known limit, documented: one opening that joins two facts restates both."""
    vote = [
        "The mayor won a second term on Sunday. Turnout was the highest in a decade.",
        "Turnout was the highest in a decade as the mayor won a second term.",
    ]
    shown = summarize.summarize(vote, merged=5).merged
    assert [(c.text, c.source_count) for c in shown] == [
        ("Turnout was the highest in a decade as the mayor won a second term.", 2)
    ]
    every = summarize.summarize(vote, merged=5, redundancy=1.0).merged
    assert len(every) == 2  # no cut: both claims


def _jobless(post_opening: str) -> list[Article]:
    """Three outlets on one weekly figure, which every one repeats (no claim of its own)."""
    return [
        Article(
            id="wire",
            source="Wire",
            text="Weekly jobless claims fell to 498,000 last week, the Labor Department said on "
            "Thursday. Economists had forecast 540,000 claims. The figure of 498,000 was the "
            "lowest since March of last year. Hiring has picked up as restaurants reopen.",
        ),
        Article(
            id="post",
            source="Post",
            text=post_opening + " Layoffs are slowing as vaccinations spread. Continuing claims, "
            "a proxy for those still out of work, were little changed. Analysts said 498,000 "
            "was a welcome surprise.",
        ),
        Article(
            id="star",
            source="Star",
            text="The labor market keeps healing. Employers in many states report shortages of "
            "workers. Some states have cut federal benefits early. A tally of 498,000 claims "
            "surprised traders.",
        ),
    ]


def test_regression_two_openings_that_give_the_weeks_figure_were_two_lines() -> None:
    """Two outlets open with the week's figure in other words (cosine 0.14, under the
    0.25 of openings): one line, with both sources."""
    post = "Applications for state unemployment aid fell sharply to 498,000, a pandemic low."
    shown = summarize.summarize(_jobless(post), merged=8).merged
    figure = [c for c in shown if c.sentence.start == 0 and "498,000" in c.text]
    assert [(c.sentence.article, sorted(c.sources)) for c in figure] == [("wire", ["Post", "Wire"])]


def test_openings_that_share_only_a_figure_and_no_word_stay_two_lines() -> None:
    post = "Applications for state unemployment aid dropped sharply to 498,000, a pandemic low."
    shown = summarize.summarize(_jobless(post), merged=8).merged
    assert [c.sentence.article for c in shown if c.sentence.start == 0 and "498,000" in c.text] == [
        "wire",
        "post",
    ]


def test_an_opening_several_sources_share_restates_one_of_those_sources() -> None:
    """A syndicated opening held by two sources restates the opening of either one:
    the other source tells it apart (copies are read once, with all their sources)."""
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.8, 0.6]]))
    groups = [[0, 1], [2]]  # rows 0 and 1: one opening printed by two outlets
    openings = {"a": [0], "b": [1], "c": [2]}
    for third in (0, 1, 2):  # the lone opening from the first, the second or another outlet
        sources = [0, 2, third]
        assert restated_groups(groups, openings, m, sources, similarity=0.5) == [[1], [0]]


def test_an_opening_of_one_source_restates_nothing_of_that_source_alone() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.8, 0.6]]))
    groups = [[0, 1], [2]]
    openings = {"a": [0], "b": [1], "c": [2]}  # one outlet's three articles
    assert restated_groups(groups, openings, m, [1, 1, 1], similarity=0.5) == [[], []]


def _figure_openings(count: int) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """``count`` openings that share a figure (column 0) and a plain word (column 1),
    each with a word of its own: cosine 2/3 between any two."""
    dense = np.zeros((count, 2 + count))
    dense[:, :2] = 1.0
    dense[np.arange(count), 2 + np.arange(count)] = 1.0
    names = np.zeros(2 + count, dtype=bool)
    figures = np.zeros(2 + count, dtype=np.int8)
    figures[0] = 2
    return sparse.csr_matrix(normalize(dense)), names, figures


def test_openings_restate_from_half_the_bar_with_only_names_or_only_figures_known() -> None:
    """The figure rule needs both the names and the figure weights; with one of them
    the bar stays the claim similarity."""
    m, names, figures = _figure_openings(2)
    openings = {"a": [0], "b": [1]}
    assert restated_groups([[0], [1]], openings, m, [0, 1], similarity=0.9) == [[], []]
    for known in ({"names": names}, {"figures": figures}):
        found = restated_groups([[0], [1]], openings, m, [0, 1], similarity=0.9, **known)
        assert found == [[], []]
    both = restated_groups(
        [[0], [1]], openings, m, [0, 1], similarity=0.9, names=names, figures=figures
    )
    assert both == [[1], [0]]


def test_openings_restate_however_many_of_them_repeat_the_figure() -> None:
    """Four openings share the week's figure (more than the grouping's three rows of
    a figure): each still restates the other three from half the bar."""
    m, names, figures = _figure_openings(4)
    groups = [[0], [1], [2], [3]]
    openings = {"a": [0], "b": [1], "c": [2], "d": [3]}
    found = restated_groups(
        groups, openings, m, [0, 1, 2, 3], similarity=0.9, names=names, figures=figures
    )
    assert found == [[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]]


def test_openings_that_share_figures_at_exactly_half_the_bar_restate() -> None:
    rest = np.sqrt(1 - 2 * 0.25**2)
    m = sparse.csr_matrix(np.array([[0.5, 0.5, 0.5, 0.5, 0.0], [0.25, 0.25, 0.0, 0.0, rest]]))
    names = np.zeros(5, dtype=bool)
    figures = np.array([2, 0, 0, 0, 0], dtype=np.int8)
    assert FIGURE_SHARE * 0.5 == 0.25  # the cosine, exactly: 0.5 * 0.25 twice
    openings = {"a": [0], "b": [1]}
    at = restated_groups(
        [[0], [1]], openings, m, [0, 1], similarity=0.5, names=names, figures=figures
    )
    assert at == [[1], [0]]
    over = restated_groups(
        [[0], [1]], openings, m, [0, 1], similarity=0.51, names=names, figures=figures
    )
    assert over == [[], []]


def test_groups_of_one_event_restate_each_other_whatever_their_words() -> None:
    """Rows that give one quantity of one thing (the versions of a sure disagreement)
    link their groups, openings or not, however unlike their words."""
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]]))
    assert restated_groups([[0], [1], [2]], {}, m, [0, 1, 1], similarity=0.5) == [[], [], []]
    found = restated_groups([[0], [1], [2]], {}, m, [0, 1, 1], similarity=0.5, same_event=[(0, 1)])
    assert found == [[1], [0], []]
    # rows of one group link nothing
    assert restated_groups(
        [[0, 1], [2]], {}, m, [0, 1, 1], similarity=0.5, same_event=[(0, 1)]
    ) == [
        [],
        [],
    ]


def test_a_link_of_one_event_ranks_by_its_cosine_among_the_openings_links() -> None:
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.8, 0.6]]))
    openings = {"a": [0], "b": [1]}
    found = restated_groups(
        [[0], [1], [2]], openings, m, [0, 1, 2], similarity=0.5, same_event=[(0, 2)]
    )
    assert found == [[2, 1], [0], [0]]  # row 2 (0.8) before row 1 (0.6)


def test_regression_a_toll_told_differently_was_a_line_of_its_own() -> None:
    """Two sources gave a collapse's toll in one sentence (12 and 14 injured), a third in
    other words (at least 15 hurt): its lead was a second line on the same collapse."""
    articles = [
        Article(
            id="a",
            source="Coast Post",
            text="The old footbridge over the Kessel canal collapsed on Monday morning, killing "
            "one walker and injuring 12, the council said. Divers searched the water until "
            "dark. The council had closed the bridge for repairs twice since 2019.",
        ),
        Article(
            id="b",
            source="Valley Times",
            text="The old footbridge over the Kessel canal collapsed on Monday morning, killing "
            "one walker and injuring 14, officials said. The mayor ordered every bridge in "
            "the town inspected. Shops near the canal stayed shut all day.",
        ),
        Article(
            id="c",
            source="Harbour Daily",
            text="A pedestrian crossing in the town centre gave way at dawn, leaving one person "
            "dead and at least 15 hurt. Rescue boats worked through the night. The crossing "
            "was 90 years old.",
        ),
    ]
    digest = summarize.summarize(articles, merged=8)
    [toll] = [c for c in digest.merged if "15" in c.text or "injuring" in c.text]
    assert toll.sources == ("Coast Post", "Valley Times", "Harbour Daily")
    assert not any(c.text.startswith("A pedestrian crossing") for c in digest.merged)

def test_a_group_that_restates_two_others_does_not_make_them_restate_each_other() -> None:
    """The middle opening is alike to both (0.6 and 0.8), the outer two to nothing of the
    other: the relation is not carried further, and the most alike comes first."""
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]]))
    openings = {"a": [0], "b": [1], "c": [2]}
    found = restated_groups([[0], [1], [2]], openings, m, [0, 1, 2], similarity=0.5)
    assert found == [[1], [2, 0], [1]]


def test_restatements_equally_alike_come_in_the_order_of_the_groups() -> None:
    half = np.sqrt(0.5)
    m = sparse.csr_matrix(np.array([[1.0, 0.0], [half, half], [0.0, 1.0]]))
    openings = {"a": [0], "b": [1], "c": [2]}
    found = restated_groups([[2], [1], [0]], openings, m, [0, 1, 2], similarity=0.5)
    assert found == [[1], [0, 2], [1]]


def test_regression_the_reference_ordered_two_equal_cosines_by_their_rounding() -> None:
    """Two openings equally alike to a third (1/3, 2/3, 2/3 and 2/3, 2/3, 1/3 against
    1, 1, 1): a dense dot product rounds both alike, the sparse product one unit apart,
    and the library and its reference once ordered them differently."""
    dense = normalize(np.array([[1.0, 2.0, 2.0], [2.0, 2.0, 1.0], [1.0, 1.0, 1.0]]))
    groups, openings, sources = [[0], [1], [2]], {"a": [0, 1], "b": [2]}, [0, 0, 1]
    found = restated_groups(groups, openings, sparse.csr_matrix(dense), sources, similarity=0.3)
    assert found == _reference(groups, openings, dense, sources, 0.3)


@settings(max_examples=60)
@given(
    seed=st.integers(0, 2**16),
    rows=st.integers(1, 12),
    least=st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]),
)
def test_upper_entries_are_those_of_triu_at_least_the_bar(
    seed: int, rows: int, least: float
) -> None:
    """The entries above the diagonal, in ``sparse.triu``'s order, from ``least`` up."""
    rng = np.random.default_rng(seed)
    dense = rng.integers(0, 3, (rows, 4)) * (rng.random((rows, 4)) > 0.4)
    matrix = sparse.csr_matrix(normalize(dense.astype(float)))
    product = matrix @ matrix.T
    triu = sparse.triu(product, k=1).tocoo()
    kept = triu.data >= least
    row, col, value = _upper(product, least)
    assert row.tolist() == triu.row[kept].tolist()
    assert col.tolist() == triu.col[kept].tolist()
    assert value.tolist() == triu.data[kept].tolist()
