"""The English words a figure is read with: numbers, hedges, currencies and units.

Data only, for analysis/'s figure reading: read by :mod:`summarize.analysis._figures.scan`,
:mod:`summarize.analysis._figures.units` and :mod:`summarize.analysis._figures.quantities`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

__all__ = [
    "ADJACENT_MEASURES", "ADVERB_PERIODS", "AFTER_HEDGES", "CURRENCY_CODES", "CURRENCY_SIGNS",
    "CURRENCY_WORDS", "DURATIONS", "HEDGES", "IRREGULAR", "LABELS", "MEASURES", "MONTHS",
    "PARTITIVE", "PERIODS", "PERIOD_ABBREVIATIONS", "PERSON", "SCALES", "SENTENCE_OPENERS",
    "SHORT_SCALES", "SMALL", "STOP", "TENS", "UNCOUNTED", "VAGUE", "VERBS", "WORD_NUMBERS",
    "YEAR_PREPOSITIONS",
]  # fmt: skip

_V = TypeVar("_V")


def _each(spec: str, value: _V) -> dict[str, _V]:
    """A table that gives ``value`` to every word of ``spec``.

    Every word of this module's tables is lower-case; each table is built from a
    space-separated list, so a word is added by writing it in the list.

    Example:
        >>> DURATIONS["fortnight"], MEASURES["feet"], HEDGES[("more", "than")]
        (14.0, ('m', 0.3048), 'over')
    """
    return dict.fromkeys(spec.split(), value)


def _list_of(spec: str) -> list[str]:
    return spec.split()


def _set_of(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# --- numbers ------------------------------------------------------------------------------
# A number word has one value: "zero" to "nineteen", the tens, and the scales from
# "hundred" to "trillion" (short scale: a billion is 10^9). A vague plural ("dozens",
# "thousands") is a range, read only before "of".
#: "zero" to "nineteen" and their values.
SMALL: Mapping[str, float] = {
    word: float(n)
    for n, word in enumerate(
        _list_of(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
#: "twenty" to "ninety".
TENS: Mapping[str, float] = {
    word: 10.0 * n
    for n, word in enumerate(_list_of("twenty thirty forty fifty sixty seventy eighty ninety"), 2)
}
#: Scale words after a number ("1.5 million").
SCALES: Mapping[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
#: Scales glued to an amount of money ("$5m", "£2bn").
SHORT_SCALES: Mapping[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
#: Vague plurals and the ranges they give.
VAGUE: Mapping[str, tuple[float, float]] = {
    "dozens": (24.0, 100.0), "scores": (40.0, 200.0), "hundreds": (200.0, 1e3),
    "thousands": (2e3, 1e4), "millions": (2e6, 1e7), "billions": (2e9, 1e10),
}  # fmt: skip
#: Every word a figure written in words may start with.
WORD_NUMBERS: tuple[str, ...] = (
    *SMALL, *TENS, *SCALES, "dozen", "half", "tens", "century", *VAGUE,
)  # fmt: skip

# --- hedges -------------------------------------------------------------------------------
# A hedge is a phrase of up to four words written before a figure, or "or so", "or more",
# "+" after it; its name says which range it gives (see the table of
# summarize.analysis._figures.quantities._bounds). "before-" and "after-" are the short
# forms ("shortly before").
#: Hedges written before a figure, as word tuples, and the range each gives.
HEDGES: Mapping[tuple[str, ...], str] = {
    tuple(phrase.split()): hedge
    for hedge, phrases in {
        "about": "about|around|roughly|approximately|approx|some|circa|estimated|an estimated"
        "|in the region of",
        "nearly": "nearly|almost|approaching|close to|just under|not quite|just shy of",
        "over": "over|above|exceeding|more than|at least|upwards of|in excess of|well over"
        "|just over|no fewer than|no less than",
        "under": "under|below|up to|fewer than|less than|at most|no more than|as many as"
        "|as much as|a maximum of",
        "before": "before",
        "before-": "shortly before|just before",
        "after": "after",
        "after-": "shortly after|just after|soon after",
        "between": "between",
    }.items()
    for phrase in phrases.split("|")
}
#: Hedges written after a figure.
AFTER_HEDGES: Mapping[tuple[str, ...], str] = {
    ("or", "so"): "about", ("or", "more"): "over", ("or", "fewer"): "under",
    ("or", "less"): "under", ("-", "plus"): "over", ("+",): "over", ("-", "odd"): "about",
}  # fmt: skip

# --- money --------------------------------------------------------------------------------
CURRENCY_SIGNS: Mapping[str, str] = {"$": "$", "£": "£", "€": "€", "¥": "¥", "₹": "₹"}
#: Codes written before an amount ("EUR 5"), upper-case in the text.
CURRENCY_CODES: Mapping[str, str] = {
    "usd": "$", "us": "$", "eur": "€", "gbp": "£", "rs": "₹", "inr": "₹",
}  # fmt: skip
#: Currencies written after an amount ("5 million euros").
CURRENCY_WORDS: Mapping[str, str] = {
    "dollars": "$", "euros": "€", "yen": "¥", "rupees": "₹", "pounds": "£",
}  # fmt: skip

# --- units --------------------------------------------------------------------------------
# A unit word maps to the normalised unit and the factor that converts to it: durations
# to days, lengths to metres, areas to square metres, weights to kilograms, volumes to
# litres, speeds to km/h.
#: Duration words and their length in days.
DURATIONS: Mapping[str, float] = {
    **_each("second seconds sec secs", 1 / 86400),
    **_each("minute minutes min mins", 1 / 1440),
    **_each("hour hours hr hrs", 1 / 24),
    **_each("day days", 1.0),
    **_each("week weeks", 7.0),
    **_each("fortnight fortnights", 14.0),
    **_each("month months", 30.4375),
    **_each("year years yr yrs", 365.25),
    **_each("decade decades", 3652.5),
    **_each("century centuries", 36525.0),
}
#: Measure words, their normalised unit and the factor to it.
MEASURES: Mapping[str, tuple[str, float]] = {
    **_each("m metre metres meter meters", ("m", 1.0)),
    **_each("km kilometre kilometres kilometer kilometers", ("m", 1e3)),
    **_each("cm", ("m", 0.01)),
    **_each("mm", ("m", 1e-3)),
    **_each("ft foot feet", ("m", 0.3048)),
    **_each("yard yards yd", ("m", 0.9144)),
    **_each("mile miles mi", ("m", 1609.344)),
    **_each("inch inches", ("m", 0.0254)),
    **_each("kg kilogram kilograms kilo kilos", ("kg", 1.0)),
    **_each("tonne tonnes ton tons", ("kg", 1e3)),
    **_each("lb lbs pound pounds", ("kg", 0.4536)),
    **_each("litre litres liter liters", ("l", 1.0)),
    **_each("gallon gallons", ("l", 3.785)),
    **_each("barrel barrels", ("l", 159.0)),
    **_each("acre acres", ("m2", 4046.86)),
    **_each("hectare hectares", ("m2", 1e4)),
    **_each("mph", ("km/h", 1.609)),
    **_each("kph kmh", ("km/h", 1.0)),
    **_each("knot knots", ("km/h", 1.852)),
}
#: Measures that may be glued to the number ("200ft").
ADJACENT_MEASURES = _set_of("m km cm mm ft mi kg lb lbs mph kph kmh")
#: Periods of a rate ("a day", "per year") and their abbreviations and adverbs.
PERIODS = _set_of("second minute hour day night week month year")
PERIOD_ABBREVIATIONS: Mapping[str, str] = {
    "hr": "hour", "h": "hour", "yr": "year", "wk": "week", "min": "minute",
}  # fmt: skip
ADVERB_PERIODS: Mapping[str, str] = {
    "daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
}  # fmt: skip

# --- counted nouns ------------------------------------------------------------------------
# A counted noun is singular-ised by rule; the exceptions are listed (IRREGULAR, and
# UNCOUNTED nouns that count as plurals).
#: Plurals that do not take the rule, and their singulars.
IRREGULAR: Mapping[str, str] = {
    "people": "person", "persons": "person", "men": "man", "women": "woman",
    "children": "child", "lives": "life", "wives": "wife", "feet": "foot",
}  # fmt: skip
#: Nouns that count as plurals without an "s".
UNCOUNTED = _set_of(
    "police staff personnel cattle livestock sheep fish deer aircraft crew dead injured "
    "wounded missing homeless displaced unemployed jobless"
)
#: Nouns counted as persons.
PERSON = _set_of("person individual dead injured wounded missing")
#: Words that end the noun phrase after a count.
STOP = _set_of(
    "a an the of in on at to from by for with and or but as than that this these those who "
    "whom which whose what when where while was were is are be been being have has had will "
    "would could should may might can do does did not no more most less many much few other "
    "another each every all both some any such own same so too very just only also there here "
    "then it its their his her our your my them they we you he she us me him per ago later "
    "earlier again still now yet"
)
VERBS = _set_of(
    "fled fell went left fought ran came rose grew took gave saw sent lost won spent paid sold "
    "built stood held kept met brought bought caught felt hit cut put set shut flee die remain "
    "live say says said told get got made make became become"
)
#: Words after "of" that make a count a part ("three of the dead").
PARTITIVE = _set_of("the those these its their them whom which us you")

# --- what a bare number is ----------------------------------------------------------------
MONTHS = _set_of(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june "
    "july august september october november december"
)
#: Words before a number that make it a label ("stage 4", "Flight 370").
LABELS = _set_of(
    "stage level category phase grade type class number no page chapter section article "
    "amendment title room gate exit route highway interstate flight channel district ward "
    "precinct round game season episode volume issue version model line platform terminal "
    "pier row seat zone sector lane unit step tier act verse"
)
YEAR_PREPOSITIONS = _set_of("in since from until till by during early late mid of")
SENTENCE_OPENERS = frozenset('.!?:;"(\u201c\u2018')
