"""Which figures of a set can be compared, and the unit, predicate and context of each."""

from __future__ import annotations

import pytest

from summarize.analysis._figures.context import UNKNOWN_CURRENCY, read_figures
from summarize.analysis._figures.figure import Figure
from summarize.analysis._figures.predicates import PREDICATES, lexicon_for
from summarize.records import Sentence
from summarize.text._languages import stemmer, stop_words

LEXICON = lexicon_for(stemmer("english"))
STOP = stop_words("english")


def bit(name: str) -> int:
    return 1 << list(PREDICATES).index(name)


def sentence(text: str, article: str = "a") -> Sentence:
    return Sentence(article, 0, 0, len(text), text)


def figures(text: str, stop: frozenset[str] = STOP) -> list[Figure]:
    return read_figures([sentence(text)], {}, LEXICON, stop)


def compared(text: str) -> list[tuple[str, str, str]]:
    """The figures of ``text`` that can be compared: as written, kind and unit."""
    return [(f.quantity.text, f.kind, f.unit) for f in figures(text)]


# --- what is compared, in what unit -------------------------------------------------------


def test_a_count_of_people_with_a_person_predicate_is_compared_in_persons() -> None:
    (f,) = figures("Nearly 300 people fled the city.")
    assert (f.quantity.text, f.kind, f.unit, f.cue, f.classes) == (
        "Nearly 300", "count", "person", "fled", bit("displacement"),
    )  # fmt: skip


def test_a_count_with_no_unit_counts_people_when_its_predicate_is_about_people() -> None:
    assert compared("The blast injured 12 in the city.") == [("12", "count", "person")]
    assert compared("The score was 12 in the end.") == []


def test_a_count_of_a_noun_that_is_no_person_keeps_its_noun() -> None:
    assert compared("The storm killed 40 cattle.") == [("40", "count", "cattle")]


def test_a_bare_amount_of_a_thousand_or_more_with_a_money_predicate_is_money() -> None:
    assert compared("The plan will cost 40 million.") == [
        ("40 million", "money", UNKNOWN_CURRENCY),
    ]  # fmt: skip
    assert compared("The plan will cost 1,000.") == [("1,000", "money", "?")]
    assert compared("The plan will cost 999.") == []


def test_an_amount_with_a_currency_keeps_it() -> None:
    (f,) = figures("The bridge repairs cost $38.5 million.")
    assert (f.kind, f.unit, f.currency, f.key) == ("money", "$", "$", ("money", ""))


def test_a_fractional_count_of_people_is_not_compared() -> None:
    assert compared("He said 7.5 people died.") == []
    assert compared("He said 7 people died.") == [("7", "count", "person")]
    assert compared("The quake of magnitude 7.2 killed 40 people.") == [("40", "count", "person")]


def test_vague_amounts_ratios_and_temperatures_are_not_compared() -> None:
    assert compared("Thousands of people fled and 12 died.") == [("12", "count", "person")]
    assert compared("Prices rose 3 times and it was 40F, killing 3.") == [("3", "count", "person")]


def test_a_compound_period_is_not_compared_but_a_plain_one_is() -> None:
    assert compared("A 14-day curfew was imposed.") == []
    assert compared("The siege lasted 14 days.") == [("14 days", "duration", "day")]


def test_a_period_that_says_when_is_not_compared() -> None:
    assert compared("After five months, 300 people were evacuated.") == [
        ("300", "count", "person"),
    ]  # fmt: skip
    assert compared("It ended two years ago when 300 people died.") == [
        ("300", "count", "person"),
    ]  # fmt: skip
    assert compared("Within the five months, 300 people were evacuated.") == [
        ("300", "count", "person"),
    ]  # fmt: skip


def test_a_year_is_compared_only_when_it_dates_a_thing() -> None:
    assert compared("The bridge was built in 1931.") == [("1931", "year", "year")]
    assert compared("The bridge was repaired in 1931.") == []


def test_a_figure_cut_off_by_an_ellipsis_just_after_it_is_not_compared() -> None:
    assert compared("The plan will cost $1 trillion in\u2026") == []
    assert compared("The plan will cost $1 trillion\u2026") == []
    assert compared("The plan will cost $1 trillion...") == []
    assert compared("The plan will cost $1 trillion in new spending...") == [
        ("$1 trillion", "money", "$"),
    ]  # fmt: skip


@pytest.mark.xfail(
    reason="'...' is three tokens, so the module's own example \"$1 trillion in...\" is "
    "four tokens from the end and kept (only the one-character ellipsis drops it)",
    strict=True,
)
def test_a_figure_cut_off_by_three_dots_after_one_word_is_not_compared() -> None:
    assert compared("The plan will cost $1 trillion in...") == []


# --- predicates ---------------------------------------------------------------------------


def test_the_counted_noun_is_the_predicate_when_it_has_a_class() -> None:
    (f,) = figures("Officials confirmed 12 deaths.")
    assert (f.cue, f.classes, f.unit) == ("deaths", bit("death"), "person")
    (f,) = figures("One fatality was recorded.")
    assert (f.cue, f.unit) == ("fatality", "person")


def test_each_figure_takes_the_predicate_of_its_own_stretch() -> None:
    one, two = figures("Officials said 40 people died and 12 were hurt.")
    assert (one.cue, two.cue) == ("died", "hurt")
    assert (one.classes, two.classes) == (bit("death"), bit("injury"))


def test_the_nearest_predicate_word_is_taken() -> None:
    (f,) = figures("Rescuers saved 40 people who had fled.")
    assert f.cue == "saved"


def test_a_capitalised_word_inside_the_sentence_is_a_name_and_no_predicate() -> None:
    (f,) = figures("The Price family hosted 40 guests.")
    assert (f.cue, f.classes, f.active) == ("", 0, False)
    (f,) = figures("The price family hosted 40 guests.")
    assert (f.cue, f.classes, f.active) == ("price", bit("cost"), True)


def test_a_particle_predicate_counts_only_with_from_or_out_in_the_stretch() -> None:
    (f,) = figures("Nine people trudged out of the town.")
    assert (f.cue, f.classes) == ("trudged", bit("displacement"))
    (f,) = figures("Nine people trudged along the road.")
    assert (f.cue, f.classes, f.active) == ("", 0, False)


def test_ages_and_measures_take_no_predicate() -> None:
    (f,) = figures("Police said Ida Marsh, 29, was killed.")
    assert (f.kind, f.cue, f.classes, f.person) == ("age", "", 0, {"Ida", "Marsh"})
    (f,) = figures("The floods killed cattle over 40 hectares.")
    assert (f.kind, f.unit, f.classes) == ("measure", "m2", 0)


# --- context ------------------------------------------------------------------------------


def test_context_words_weigh_one_within_three_tokens_and_half_up_to_eight() -> None:
    text = "alpha bravo charlie delta echo foxtrot golf hotel india 40 people fled."
    (f,) = figures(text, frozenset())
    assert f.terms == {
        "india": 1.0, "hotel": 1.0, "golf": 1.0,
        "foxtrot": 0.5, "echo": 0.5, "delta": 0.5, "charli": 0.5, "bravo": 0.5,
    }  # fmt: skip
    assert list(f.terms) == ["india", "hotel", "golf", "foxtrot", "echo", "delta", "charli",
                             "bravo"]  # fmt: skip


def test_context_leaves_out_stop_words_predicates_its_noun_and_other_figures() -> None:
    first = figures("The storm killed 40 people near 12 villages on Tuesday.")[0]
    assert first.terms == {"storm": 1.0, "villag": 0.5, "tuesday": 0.5}


def test_a_stem_keeps_its_greatest_nearness() -> None:
    (f,) = figures("Storm crews said 40 people fled the storm.")
    assert f.terms["storm"] == 1.0
    (f,) = figures("The storm hit hard and storm crews said 40 people fled.")
    assert f.terms["storm"] == 1.0
    (f,) = figures("Crews said 40 people fled the storm.")
    assert f.terms["storm"] == 0.5


# --- what a figure that may match carries -------------------------------------------------


def test_a_count_of_one_noun_with_modifiers_has_a_phrase_and_may_match() -> None:
    (f,) = figures("The ship had 150 Chinese passengers aboard.")
    assert (f.unit, f.phrase, f.active) == ("passenger", "chinese passengers", True)
    (f,) = figures("The ship had 150 passengers aboard.")
    assert (f.unit, f.phrase, f.active) == ("passenger", "", False)


def test_a_rate_may_match_with_no_predicate() -> None:
    (f,) = figures("Some 25,000 cars a day cross the bridge.")
    assert (f.unit, f.classes, f.active) == ("car/day", 0, True)


def test_a_period_takes_the_word_after_it_as_its_phrase() -> None:
    (f,) = figures("He got three years probation.")
    assert (f.kind, f.phrase, f.active) == ("duration", "probation", False)


def test_an_age_may_match_only_when_it_names_a_person() -> None:
    (f,) = figures("Police said Kevin Johnson, 25, was held.")
    assert (f.kind, f.person, f.active) == ("age", {"Kevin", "Johnson"}, True)
    (f,) = figures("A 25-year-old man was held.")
    assert (f.kind, f.person, f.active) == ("age", frozenset(), False)


def test_only_a_figure_that_may_match_gets_its_role_scope_frame_and_names() -> None:
    (f,) = figures("In Tarnland, an additional 40 people fled in May.")
    assert f.active
    assert (f.role, f.frame, f.names) == ("change", {"May"}, {"Tarnland"})
    (f,) = figures("In Tarnland, there are 12 bridges.")
    assert not f.active
    assert (f.role, f.frame, f.names) == ("", frozenset(), frozenset())


def test_figures_carry_their_sentences_place_and_source() -> None:
    sentences = [
        sentence("No figure here.", "a"),
        sentence("Then 40 people fled.", "a"),
        sentence("Then 12 people died.", "b"),
    ]
    found = read_figures(sentences, {"a": "Wire"}, LEXICON, STOP)
    assert [(f.place, f.source, f.position) for f in found] == [(1, "Wire", (1, 5)),
                                                                (2, "b", (2, 5))]  # fmt: skip
    assert [f.sentence for f in found] == sentences[1:]


def test_money_figures_of_any_currency_share_a_key_and_rates_keep_their_period() -> None:
    (f,) = figures("Tolls cost \u20ac5 a day on the bridge.")
    assert (f.unit, f.currency, f.key) == ("\u20ac/day", "\u20ac", ("money", "day"))
    (f,) = figures("Then 40 people fled.")
    assert (f.currency, f.key) == ("", ("count", "person"))
